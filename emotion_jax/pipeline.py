"""analyze(recording) -> Result: the one place that knows the order of the stages.

Decode once (faces: detect, track, crop; the sound kept in memory) -> speech (voice activity, words, speakers,
prosody, voice emotion) -> people (faces linked to voices; with a store, mapped to consent) -> expressions ->
words -> windows and fusion (the Timeline). Each stage's result is kept under a key of the recording's content,
the configuration and the model weights, so an interrupted analysis resumes at the first unfinished stage.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np

from emotion_jax import checkpoint, consenting
from emotion_jax.arrays import to_arrays
from emotion_jax.config import AnalysisConfig
from emotion_jax.digest import RECORDING, file_digest
from emotion_jax.face import model as face_model
from emotion_jax.face.crops import crop_largest_face
from emotion_jax.face.expressions import Expressions, read_expressions
from emotion_jax.face.tracks import Faces, find_faces, no_faces
from emotion_jax.fusion.linking import faces_of_voices
from emotion_jax.fusion.streams import person_streams
from emotion_jax.kept import Kept
from emotion_jax.media import MediaError, MediaInfo, load_audio, open_media, probe
from emotion_jax.movement.lanes import synchrony_table
from emotion_jax.people import People, cast, lasting_tracks, only_consented, where
from emotion_jax.progress import Progress, finish, overall
from emotion_jax.result import Result
from emotion_jax.speech import model as voice_model
from emotion_jax.speech.heard import NO_AUDIO, NOT_ANALYSED, Speech, hear_speech, no_speech
from emotion_jax.store import SessionStore
from emotion_jax.text import model as text_model
from emotion_jax.text.reading import Words, read_words
from emotion_jax.timeline import to_arrow
from emotion_jax.transcript import turns_table, words_table
from emotion_jax.windows import build_timeline
from privacy.consent import ConsentLedger
from privacy.faces import FaceDetector

# the progress bars' names, in the order shown, with each stage's rough share of a run's time (2 cores, a long
# two-person session) for the one bar over the run
SHARES = {"faces": 0.35, "expression": 0.03, "speech": 0.45, "words": 0.12, "fusion": 0.05}
STAGES = tuple(SHARES)


def run_key(recording: Path, config: AnalysisConfig, participants: Mapping[str, str] | None = None) -> str:
    """Resume key: recording content + configuration + model weights (+ who is who, when that was said)."""
    parts = [file_digest(recording), json.dumps(asdict(config), sort_keys=True, default=str),
             face_model.weights_hash(), voice_model.weights_hash(), text_model.weights_hash()]
    if participants:
        parts.append(json.dumps(sorted(participants.items())))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def analyze(recording: str | Path, config: AnalysisConfig = AnalysisConfig(), work_dir: Path | None = None,
            progress: Progress = True, store: SessionStore | None = None, session: str | None = None,
            participants: Mapping[str, str] | None = None) -> Result:
    """Run every stage on one recording and keep finished stages for a resumed run.

    With a `store` and its `session`, consent is checked first, and stages and results are kept there,
    encrypted (nothing is written in plaintext); otherwise stages go to `work_dir` as plain .npz files. With a
    store, the faces and voices found are mapped to the consented participants (`participants`, e.g.
    {"person 1": "client"}; see emotion_jax.consenting) before anything is kept: whoever no consent covers gets
    no readings, and only when they were present is noted.
    """
    recording = Path(recording)
    info = probe(recording)  # a recording that cannot be analysed is refused before anything is written
    checkpoint.keep_compiled()
    given, ledger = dict(participants or {}), None
    if store is not None:
        if session is None or work_dir is not None:
            raise ValueError("with a store, give its session (and no work_dir: stages are kept in the store)")
        ledger = store.consent(session)
        consenting.check_consent(ledger, session, config.modalities, config.purpose, given)
        given = {name: consenting.resolve(ledger, session, who) for name, who in given.items()}  # roles -> ids
    elif given:
        raise ValueError("participants are matched to consent records, which are kept in a store: give a store")
    key = run_key(recording, config, given) if store is not None or work_dir is not None else ""
    kept = Kept(key, store, session, work_dir, config.modalities)
    progress = overall(SHARES, progress)
    try:
        result = _stages(recording, config, info, kept, progress, store, session, ledger, given)
    except BaseException:
        finish(progress, completed=False)
        raise
    finish(progress)
    return result


def _stages(recording: Path, config: AnalysisConfig, info: MediaInfo, kept: Kept, progress: Progress,
            store: SessionStore | None, session: str | None, ledger: ConsentLedger | None,
            given: dict[str, str]) -> Result:
    """The stages in their order (see `analyze`)."""
    sound: list[np.ndarray] = []  # filled by the face stage's decoding pass; read again only if that was kept

    def faces() -> Faces:
        if "face" in config.modalities:
            return find_faces(recording, config.media, config.detector, config.tracker, config.crops, progress,
                              sound, config.identity, config.energy)
        duration = open_media(recording, config.media).info.duration
        return no_faces(duration, NOT_ANALYSED.format("faces"), config.crops.size)

    def speech() -> Speech:
        if not info.has_audio:
            return no_speech(NO_AUDIO)
        audio = np.concatenate(sound) if sound else load_audio(recording, config.media.sample_rate)
        tracks = lasting_tracks(seen, config.min_track_seconds, config.media.fps, config.still_change)
        return hear_speech(audio, config.hearing(), progress, len(tracks),
                           lambda turns: faces_of_voices(seen, turns, tracks, config.linking))

    mapped = kept.get("people") if store is not None else None  # consent was applied and kept by a run before
    seen = kept.stage("faces", Faces, faces, ("face",), now=store is None)
    heard = kept.stage("speech", Speech, speech, ("voice", "words"), now=store is None)
    sound.clear()
    if mapped is not None:
        people = People.from_arrays(mapped)
    else:
        people = cast(seen, heard, config.min_track_seconds, config.media.fps, config.linking, config.still_change)
        if store is not None:
            chosen = consenting.assign([p.name for p in people.participants], ledger, session, given,
                                       where(seen, heard, people))
            seen, heard, people = only_consented(seen, heard, people, chosen)
            kept.put("faces", to_arrays(seen), ("face",))
            kept.put("speech", to_arrays(heard), ("voice", "words"))
            kept.put("people", people.arrays(), ("face", "voice"))
    expressions = kept.stage("expression", Expressions,
                             lambda: read_expressions(seen.crops, config.batch_size, progress), ("face",))
    words = kept.stage("words", Words, lambda: read_words(heard, progress), ("voice", "words"))
    names = people.names()
    faced = {p.name: p.face_track for p in people.participants if p.face_track is not None}
    result = Result(build_timeline(seen, expressions, heard, words, people, config.window_seconds, progress,
                                   config.movement),
                    words_table(heard, names), turns_table(heard, names, words), people.table(),
                    synchrony_table(seen, faced, config.media.fps, config.movement.synchrony))
    if store is not None:
        _save(store, session, result, recording, config)
    return result


def _save(store: SessionStore, session: str, result: Result, recording: Path, config: AnalysisConfig) -> None:
    """Keep a finished analysis in the store (everything analysed; participants named by consent)."""
    notes = {"notes": "\n".join(result.timeline.notes)}
    store.put_table(session, "timeline", to_arrow(result.timeline).replace_schema_metadata(notes),
                    derived_from=config.modalities)
    for name in ("words", "turns", "people", "synchrony"):
        store.put_table(session, name, getattr(result, name), derived_from=config.modalities)
    store.put(session, RECORDING, json.dumps({"sha256": file_digest(recording)}).encode(), derived_from=())
    store.log("analyse", session, {"modalities": ",".join(config.modalities), "purpose": config.purpose})


def one_person(recording: Path, config: AnalysisConfig = AnalysisConfig()) -> tuple[list, int, int, float]:
    """The stages for a clip of one labelled person (evaluation): the largest face of every frame (the whole
    frame where none is found) and every voice found theirs. Gives (face, voice, words streams; frames; frames
    without a face; duration); MediaError when the clip has no sound, speech or words."""
    decoded = open_media(recording, config.media)
    detector = checkpoint.loaded_once(lambda: FaceDetector(config.detector), "detector", config.detector)
    crops, times, sound, whole = [], [], [], 0
    for chunk in decoded.chunks():
        if decoded.info.has_audio:
            sound.append(chunk.audio)
        for t, frame in zip(chunk.frame_times, chunk.frames):
            crop, found = crop_largest_face(frame, detector, config.crops)
            crops.append(crop)
            times.append(t)
            whole += not found
    if not decoded.info.has_audio or not sound:
        raise MediaError("the video has no sound")
    heard = hear_speech(np.concatenate(sound), config.hearing(), progress=False)
    if not len(heard.token_times):
        raise MediaError("no speech found")
    words = read_words(heard)
    if not len(words.token_times):
        raise MediaError("no words were transcribed")
    size = config.crops.size
    cut = np.stack(crops) if crops else np.zeros((0, size, size), np.uint8)
    stamps = np.asarray(times, np.float64)
    nothing = np.full(len(cut), np.nan, np.float32)
    seen = Faces(stamps, stamps, np.zeros(len(cut), np.int64), np.zeros((len(cut), 4), np.float32), cut,
                 np.float64(decoded.info.duration), np.array([], str), np.zeros((0, 2), np.int64), nothing,
                 np.full((len(cut), 3), np.nan, np.float32), nothing, np.ones(len(cut), bool))
    heard = replace(heard, **{f"{k}_speaker": np.zeros_like(getattr(heard, f"{k}_speaker"))
                              for k in ("token", "piece", "turn", "word")})  # one person: every voice is theirs
    streams = person_streams(seen, read_expressions(cut, 64, progress=False), heard, words,
                             0 if len(cut) else None, 0)
    return streams, len(cut), whole, float(decoded.info.duration)
