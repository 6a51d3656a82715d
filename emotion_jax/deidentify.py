"""De-identified export of a stored session: the transcript with the reviewed redactions applied, and the video
with every face blurred and the redacted words bleeped, both kept in the store, encrypted; nothing in plaintext
on disk, not even for a moment (the video is muxed as a fragmented MP4 into a stream the store encrypts).

    words = transcript.words_from_table(store.get_table(session, "words"))
    review = decide(start_review(propose(words, names={"P1": ["Sarah Miller"]})), 0, accept=False)
    export_deidentified(store, session, "session.mp4", accepted(review))
    video = store.get(session, VIDEO)    # MP4 bytes, decrypted in memory
"""

from __future__ import annotations

import argparse
import getpass
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from emotion_jax import transcript
from emotion_jax.digest import RECORDING, file_digest
from emotion_jax.store import SessionStore, secret_from
from privacy.blur import BlurConfig, BlurResult, blur_video
from privacy.redact import Proposal, accepted, apply_to_words, audio_spans, decide, propose, start_review

WORDS = "words-redacted"  # store names of the two outputs
VIDEO = "video-deidentified"


@dataclass(frozen=True)
class DeidentifyConfig:
    """How faces are masked and redacted words are hidden in the audio."""

    blur: BlurConfig = BlurConfig(mute_tone=1000.0)  # mute_tone=0 silences redacted words instead of bleeping
    pad_seconds: float = 0.05  # audio hidden before and after each redacted span's words


@dataclass(frozen=True)
class Deidentified:
    """What an export kept (store names) and did."""

    words: str
    video: str
    redactions: int
    audio_spans: tuple[tuple[float, float], ...]  # seconds bleeped or silenced
    blur: BlurResult


def export_deidentified(store: SessionStore, session: str, recording: str | Path, redactions: Sequence[Proposal],
                        config: DeidentifyConfig = DeidentifyConfig(),
                        progress: Callable[[int, int], None] | None = None) -> Deidentified:
    """Keep the session's redacted words table and its de-identified video in the store; both are audited.

    `redactions` are the reviewed proposals (privacy.redact.accepted) over the session's stored "words" table;
    `recording` is the recording that table was made from (one whose SHA-256 differs from the one the analysis
    recorded is refused). The video is encrypted chunk by chunk as it is encoded, so memory stays bounded
    whatever its length. Atomic: both outputs are replaced once the video is whole, or neither is.
    """
    _check_recording(store, session, Path(recording))
    table = store.get_table(session, "words")
    words = transcript.words_from_table(table)
    outside = [p for p in redactions if not 0 <= p.start < p.stop <= len(words)]
    if outside:
        raise ValueError(f"{len(outside)} redaction(s) do not fit session {session}'s {len(words)} words: "
                         "propose them over its stored 'words' table")
    redacted = transcript.redacted_table(table, apply_to_words(words, redactions))
    spans = tuple(audio_spans(words, redactions, config.pad_seconds))
    with store.writer(session, VIDEO) as out:  # derived from every modality: a body, a voice, what is said
        result = blur_video(recording, out, config.blur, audio_mute_spans=spans, progress=progress)
        # the words go in once the video is whole; the video replaces the old one only if they did
        store.put_table(session, WORDS, redacted, derived_from=store.derived_from(session, "words"))
    store.log("redact", session, {"output": WORDS, "spans": len(redactions)})
    store.log("export", session, {"output": VIDEO, "frames": result.frames, "masked_frames": result.masked_frames,
                                  "audio_spans": len(spans)})
    return Deidentified(WORDS, VIDEO, len(redactions), spans, result)


def _check_recording(store: SessionStore, session: str, recording: Path) -> None:
    """Refuse a recording that is not the one the session was analysed from (by SHA-256)."""
    if recording.is_dir():
        raise ValueError(f"{recording} is a folder, not a recording")
    if not recording.is_file():
        raise FileNotFoundError(f"the recording {recording} was not found")
    if not store.has(session, RECORDING):
        raise ValueError(f"session {session} keeps no record of the recording it was analysed from (analysed by an "
                         "older version): analyse it again, then export")
    if json.loads(store.get(session, RECORDING))["sha256"] != file_digest(recording):
        raise ValueError(f"{recording} is not the recording session {session} was analysed from (its SHA-256 "
                         "differs): give the session's own recording")


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """The `export-deidentified` (or `redact`) subcommand, for the emotion-jax command line."""
    p = subparsers.add_parser(
        "export-deidentified", aliases=["redact"],
        help="keep a session's redacted transcript and face-blurred video in its store",
        description="Proposes redactions over the session's stored words, redacts all but the --keep ones, and "
                    "keeps the redacted words and the de-identified video (faces blurred, redacted words bleeped) "
                    "in the store, encrypted. Run it once without --keep to see the numbered proposals.")
    p.add_argument("store", type=Path)
    p.add_argument("session")
    p.add_argument("recording", type=Path, help="the recording the session was analysed from")
    p.add_argument("--name", action="append", default=[], metavar="PARTICIPANT=FULL NAME",
                   help="a participant's name, redacted wherever it is said (repeatable)")
    p.add_argument("--keep", type=int, action="append", default=[], metavar="N",
                   help="leave proposal N unredacted (repeatable); every other proposal is redacted")
    p.add_argument("--silence", action="store_true", help="silence redacted words instead of bleeping them")
    p.add_argument("--key-file", type=Path, help="unlock with a key file instead of a passphrase")
    p.add_argument("--actor", default=getpass.getuser(), help="who is acting (named in the audit log)")
    p.add_argument("--anchor", type=Path, help="the folder holding the store's audit anchor (default: "
                   "$EMOTION_JAX_ANCHORS, else ~/.local/state/emotion-jax/anchors)")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    """Run `export-deidentified`: list the proposals and what happens to each, then export."""
    store = SessionStore.open(args.store, secret_from(args.key_file), actor=args.actor,
                              anchor=args.anchor)
    names: dict[str, list[str]] = {}
    for given in args.name:
        participant, sep, full = given.partition("=")
        if not sep or not participant.strip() or not full.strip():
            raise ValueError(f"--name takes PARTICIPANT=FULL NAME, got {given!r}")
        names.setdefault(participant.strip(), []).append(full.strip())
    words = transcript.words_from_table(store.get_table(args.session, "words"))
    review = start_review(propose(words, names))
    for index in args.keep:
        if not 0 <= index < len(review.proposals):
            raise ValueError(f"--keep {index}: there are {len(review.proposals)} proposals (0 to n-1)")
        review = decide(review, index, accept=False)
    for index, (p, keep) in enumerate(zip(review.proposals, review.decisions)):
        action = "keep" if keep is False else "redact"
        print(f"{index}: {action} {p.category} at {words[p.start].start:.1f} s ({p.reason}): {p.text}")
    config = DeidentifyConfig(BlurConfig(mute_tone=0.0)) if args.silence else DeidentifyConfig()
    done = export_deidentified(store, args.session, args.recording, accepted(review), config)
    print(f"kept encrypted in {args.store}, session {args.session}: {done.words} ({done.redactions} redactions), "
          f"{done.video} ({done.blur.frames} frames, {done.blur.masked_frames} masked, "
          f"{len(done.audio_spans)} audio spans hidden)")
    return 0
