"""De-identified export from the store, on the real RAVDESS clip: faces blurred in every frame, the redacted word
bleeped, the transcript redacted, all kept encrypted; no plaintext video or transcript on disk at any moment."""

import argparse
import io
import re
import tempfile
from pathlib import Path

import av
import numpy as np
import pytest

from emotion_jax import deidentify, transcript
from emotion_jax.deidentify import VIDEO, WORDS, Deidentified, DeidentifyConfig, export_deidentified
from privacy.audit import entries
from privacy.blur import BlurResult, centerface_finder, haar_finder, leakage
from privacy.redact import accepted, decide, propose, start_review
from tests.conftest import PASSPHRASE, RAVDESS_CLIP

MP4 = re.compile(rb"ftyp(?:iso.|mp4.|avc1|M4V )")  # an MP4's first box and its brand (in any MP4 we make)
TEXT = [b"talking", b"door.", b"[NAME]", b"client", b"ARROW1"]  # the transcript in plaintext, redacted or not
TONE = DeidentifyConfig().blur.mute_tone


def _plaintext_files(*folders: Path) -> list[str]:
    """Files under the folders holding an MP4 header or transcript text in the clear."""
    found = []
    for path in (p for folder in folders for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [f"{path}: the start of an MP4" for _ in MP4.finditer(data)]
        found += [f"{path}: {marker!r}" for marker in TEXT if marker in data]
    return found


@pytest.fixture(scope="module")
def exported(analysed, tmp_path_factory):
    """The analysed session exported with its first word ('Kids', as a participant's name) redacted; the store
    and temp folder are scanned for plaintext every 10 frames while the video is written."""
    store, session, _, analysis_temp = analysed
    temp = tmp_path_factory.mktemp("export-tmp")
    words = transcript.words_from_table(store.get_table(session, "words"))
    review = start_review(propose(words, names={"client": ["Kids"]}))
    assert [p.text for p in review.proposals] == ["Kids"]
    review = decide(review, 0, accept=True)
    leaks: list[str] = []

    def scan(done: int, total: int) -> None:
        if done % 10 == 0:
            leaks.extend(_plaintext_files(store.root, temp))

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TMPDIR", str(temp))
        mp.setattr(tempfile, "tempdir", str(temp))
        done = export_deidentified(store, session, RAVDESS_CLIP, accepted(review, undecided=False), progress=scan)
    return store, session, done, leaks, [store.root, temp, analysis_temp]


def _audio(container: av.container.InputContainer) -> tuple[np.ndarray, int]:
    frames = list(container.decode(audio=0))
    return np.concatenate([f.to_ndarray() for f in frames], axis=1).mean(axis=0), frames[0].sample_rate


def _tone_share(samples: np.ndarray, rate: int, start: float, end: float) -> float:
    """The share of the power in (start, end) s that lies within 50 Hz of the bleep's pitch."""
    piece = samples[int(start * rate):int(end * rate)]
    power = np.abs(np.fft.rfft(piece * np.hanning(len(piece)))) ** 2
    freqs = np.fft.rfftfreq(len(piece), 1 / rate)
    return float(power[np.abs(freqs - TONE) < 50].sum() / power.sum())


def _rms(samples: np.ndarray, rate: int, start: float, end: float) -> float:
    return float(np.sqrt(np.mean(samples[int(start * rate):int(end * rate)] ** 2)))


def test_redacted_words_are_kept_encrypted_and_audited(exported):
    store, session, done, _, _ = exported
    words, redacted = store.get_table(session, "words"), store.get_table(session, WORDS)
    assert redacted.column("word").to_pylist() == ["[NAME]", *words.column("word").to_pylist()[1:]]
    assert redacted.drop_columns(["word"]).equals(words.drop_columns(["word"]))  # times and speakers kept
    assert done.redactions == 1 and {WORDS, VIDEO} <= set(store.names(session))
    assert store.derived_from(session, WORDS) == store.derived_from(session, "words")  # inherited
    logged = [(e.action, e.details.get("output")) for e in entries(store.root / "audit.log") if e.target == session]
    assert ("redact", WORDS) in logged and ("export", VIDEO) in logged


def test_no_face_is_found_in_any_frame_of_the_stored_video(exported):
    store, session, done, _, _ = exported
    video = store.get(session, VIDEO)  # decrypted in memory only
    assert MP4.match(video, 4)
    checks = leakage(RAVDESS_CLIP, io.BytesIO(video), {"centerface": centerface_finder(), "haar": haar_finder()})
    for name, leak in checks.items():
        assert leak.frames == done.blur.frames and leak.face_frames >= 0.9 * leak.frames, (name, leak)
        assert leak.leaked_frames == 0, (name, leak)


def test_the_redacted_word_is_bleeped_and_the_rest_is_kept(exported):
    store, session, done, _, _ = exported
    (start, end), = done.audio_spans
    kids = store.get_table(session, "words").to_pylist()[0]
    assert start < kids["start"] and end > kids["end"]
    with av.open(io.BytesIO(store.get(session, VIDEO))) as out, av.open(str(RAVDESS_CLIP)) as original:
        bleeped, rate = _audio(out)
        source, source_rate = _audio(original)
    assert rate == source_rate and abs(len(bleeped) - len(source)) < 0.05 * rate
    inside = (start + 0.03, end - 0.03)
    assert _tone_share(bleeped, rate, *inside) > 0.9 and _tone_share(source, rate, *inside) < 0.2
    after = (end + 0.05, 2.4)  # the rest of the sentence
    assert _tone_share(bleeped, rate, *after) < 0.2
    assert _rms(bleeped, rate, *after) == pytest.approx(_rms(source, rate, *after), rel=0.2)
    assert _tone_share(bleeped, rate, 0.0, start - 0.05) < 0.2


def test_no_plaintext_video_or_transcript_is_ever_on_disk(exported):
    _, _, _, leaks_during, folders = exported
    assert leaks_during == []
    assert _plaintext_files(*folders) == []


def test_command_line_lists_the_proposals_and_redacts_all_but_the_kept(analysed, monkeypatch, capsys):
    store, session, _, _ = analysed
    calls = []

    def export(*args):  # the real export is tested above; here only what the command asks of it
        calls.append(args)
        return Deidentified(WORDS, VIDEO, len(args[3]), (), BlurResult(99, 99, 99, 1, 0.0))

    monkeypatch.setattr(deidentify, "export_deidentified", export)
    parser = argparse.ArgumentParser()
    deidentify.add_parser(parser.add_subparsers())
    monkeypatch.setenv("EMOTION_JAX_PASSPHRASE", PASSPHRASE)
    argv = ["export-deidentified", str(store.root), session, str(RAVDESS_CLIP), "--name", "client=Kids",
            "--name", "client=Door", "--keep", "1", "--actor", "dr-b"]
    args = parser.parse_args(argv)
    with pytest.raises(ValueError, match="PARTICIPANT=FULL NAME"):
        args.func(parser.parse_args([*argv[:4], "--name", "Kids"]))
    with pytest.raises(ValueError, match="there are 2 proposals"):
        args.func(parser.parse_args([*argv, "--keep", "2"]))
    assert args.func(args) == 0
    (_, got_session, recording, redactions, config), = calls
    assert (got_session, recording) == (session, RAVDESS_CLIP)
    assert [p.text for p in redactions] == ["Kids"] and config == DeidentifyConfig()
    out = capsys.readouterr().out
    assert re.search(r"0: redact NAME at 0\.[6-9] s", out) and "1: keep NAME" in out and "99 frames" in out


def test_a_recording_other_than_the_sessions_is_refused_and_nothing_is_replaced(exported, data_dir):
    store, session, _, _, _ = exported
    before = {name: store.get(session, name) for name in (WORDS, VIDEO)}
    other = data_dir / "av" / "ravdess_actor01" / "01-01-05-01-01-01-01.flac"  # the same actor, another clip
    with pytest.raises(ValueError, match="is not the recording session .* was analysed from"):
        export_deidentified(store, session, other, [])
    with pytest.raises(ValueError, match="is a folder"):
        export_deidentified(store, session, data_dir, [])
    assert {name: store.get(session, name) for name in (WORDS, VIDEO)} == before


def test_a_failed_video_step_replaces_neither_output(exported, monkeypatch):
    store, session, _, _, _ = exported
    before = {name: store.get(session, name) for name in (WORDS, VIDEO)}
    words = transcript.words_from_table(store.get_table(session, "words"))
    everything = propose(words, names={"client": ["Kids", "Door"]})  # would change the redacted words

    def broken(src, out, *args, **kwargs):
        out.write(b"\x00" * 1000)  # part of a video, then the encoder fails
        raise ValueError("cannot process the video: corrupt or unsupported video")

    monkeypatch.setattr(deidentify, "blur_video", broken)
    with pytest.raises(ValueError, match="corrupt or unsupported"):
        export_deidentified(store, session, RAVDESS_CLIP, everything)
    assert {name: store.get(session, name) for name in (WORDS, VIDEO)} == before
    assert not [p for p in store.root.rglob("*") if p.is_file() and "tmp" in p.name.lower()]
