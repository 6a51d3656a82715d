"""analyze(recording) -> Analysis: the one place that knows the order of the stages.

Stages: decode once (frames: detect, track and crop faces; audio kept in memory) -> expression model ->
speech (voice activity -> transcription of the speech -> speakers -> prosody -> voice emotion) -> timeline.
Each stage's output is kept in a work folder keyed by the recording's content, the configuration and the
model weights, so an interrupted analysis resumes at the first unfinished stage.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from tqdm.auto import tqdm

from emotion_jax import consenting, labels, transcript
from emotion_jax.digest import RECORDING, file_digest
from emotion_jax.face import model as face_model
from emotion_jax.face.crops import CropConfig, align_crops
from emotion_jax.fusion import linking
from emotion_jax.fusion.linking import LinkConfig
from emotion_jax.fusion.model import FusionConfig, with_reading
from emotion_jax.fusion.predict import FusedReading, FusionPredictor, Stream, empty_stream
from emotion_jax.media import MediaConfig, load_audio, open_media, probe
from emotion_jax.result import Result
from emotion_jax.speech import asr, diarize, prosody, vad
from emotion_jax.speech import model as voice_model
from emotion_jax.speech.asr import ASRConfig
from emotion_jax.speech.diarize import DiarizationConfig
from emotion_jax.speech.features import voice_features
from emotion_jax.speech.prosody import ProsodyConfig
from emotion_jax.speech.vad import SpeechSegment, VADConfig
from emotion_jax.store import SessionStore
from emotion_jax.text import model as text_model
from emotion_jax.text.encoder import EncoderConfig
from emotion_jax.timeline import MODALITIES, PROSODY, SOURCES, Timeline, overlap_seconds
from emotion_jax.timeline import to_arrow as timeline_table
from privacy.consent import MODALITIES as CONSENT_MODALITIES
from privacy.consent import ConsentError, ConsentLedger
from privacy.faces import DetectorConfig, FaceDetector, FaceTracker, TrackerConfig

NO_VIDEO = "the recording has no video stream (audio only): no face track"
NO_AUDIO = "the recording has no sound (no audio stream): no transcript, voice or prosody track"
NO_SPEECH = "no speech was found in the sound track: no transcript, voice or prosody track"
NOT_ANALYSED = "{} not analysed (left out of AnalysisConfig.modalities)"
UNCONSENTED = "an unconsented participant was present from {:.1f} s to {:.1f} s: no readings were made or kept"
STAGES = ("faces", "expression", "speech", "words")  # what the progress bars are called, in order
Progress = bool | type  # True: tqdm bars; False: none; a tqdm subclass: its bars (a notebook panel's, say)


@dataclass(frozen=True)
class AnalysisConfig:
    """Everything that changes an analysis' result (it is part of the resume key)."""

    media: MediaConfig = field(default_factory=MediaConfig)
    detector: DetectorConfig = field(default_factory=DetectorConfig)
    tracker: TrackerConfig = field(default_factory=TrackerConfig)
    crops: CropConfig = field(default_factory=CropConfig)
    window_seconds: float = 1.0       # timeline resolution
    min_track_seconds: float = 1.0    # shorter face tracks are treated as detector noise
    batch_size: int = 256            # expression model batch (fixed shape; 256 is fastest on CPU)
    speech: VADConfig = field(default_factory=VADConfig)
    asr: ASRConfig = field(default_factory=ASRConfig)
    speakers: DiarizationConfig = field(default_factory=DiarizationConfig)
    prosody: ProsodyConfig = field(default_factory=ProsodyConfig)
    voice_piece_seconds: float = 6.0  # longer turns are read by the voice model in pieces about this long
    linking: LinkConfig = field(default_factory=LinkConfig)  # when a voice is taken to be a face's
    # what may be analysed: "face" (expressions), "voice" (speakers, prosody, voice emotion), "words" (transcript)
    modalities: tuple[str, ...] = CONSENT_MODALITIES
    purpose: str = "clinical review"  # checked against each participant's consent when a store is used

    def __post_init__(self) -> None:
        """The speech models read 16 kHz audio only; modalities are the ones consent is recorded for."""
        if self.media.sample_rate != 16000:
            raise ValueError(f"the speech models need media.sample_rate 16000, got {self.media.sample_rate}")
        unknown = set(self.modalities) - set(CONSENT_MODALITIES)
        if unknown:
            raise ValueError(f"unknown modalities {sorted(unknown)}; choose from {CONSENT_MODALITIES}")


class DamagedStage(ValueError):
    """A kept stage file cannot be read (truncated or corrupt); the message says how to compute it again."""


def run_key(recording: Path, config: AnalysisConfig, participants: Mapping[str, str] | None = None) -> str:
    """Resume key: recording content + configuration + model weights (+ who is who, when that was said)."""
    parts = [file_digest(recording), json.dumps(asdict(config), sort_keys=True, default=str),
             face_model.weights_hash(), voice_model.weights_hash(), text_model.weights_hash()]
    if participants:
        parts.append(json.dumps(sorted(participants.items())))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _bar(progress: Progress, **kwargs) -> tqdm:
    """A progress bar of the caller's kind: tqdm's own (True), none (False), or the given tqdm subclass."""
    return (progress if isinstance(progress, type) else tqdm)(disable=progress is False, **kwargs)


def find_faces(recording: Path, config: AnalysisConfig, progress: Progress = True,
               audio: list[np.ndarray] | None = None) -> dict[str, np.ndarray]:
    """Decode once, detect and track faces in each analysis frame, and crop them for the expression model.

    The sound of the same pass is appended, chunk by chunk, to `audio` when a list is given.
    """
    decoded = open_media(recording, config.media)
    detector, tracker = FaceDetector(config.detector), FaceTracker(config.tracker)
    times, ids, boxes, crops, frame_times = [], [], [], [], []
    bar = _bar(progress, total=round(decoded.info.duration, 1), unit="s", desc="faces")
    for chunk in decoded.chunks():
        if audio is not None and decoded.info.has_audio:
            audio.append(chunk.audio)
        for t, frame in zip(chunk.frame_times, chunk.frames):
            faces = detector(frame)
            track_ids = tracker.update(float(t), frame, faces)
            frame_times.append(t)
            if len(faces.boxes):
                times.append(np.full(len(faces.boxes), t))
                ids.append(track_ids)
                boxes.append(faces.boxes)
                crops.append(align_crops(frame, faces.boxes, faces.landmarks, config.crops))
        bar.update(round(min(chunk.end, decoded.info.duration) - bar.n, 1))
    bar.close()
    return {
        "frame_times": np.asarray(frame_times, np.float64),
        "times": np.concatenate(times) if times else np.zeros(0),
        "track_ids": np.concatenate(ids).astype(np.int64) if ids else np.zeros(0, np.int64),
        "boxes": np.concatenate(boxes).astype(np.float32) if boxes else np.zeros((0, 4), np.float32),
        "crops": np.concatenate(crops) if crops else np.zeros((0, 48, 48), np.uint8),
        "duration": np.float64(decoded.info.duration),
        "problems": np.array(([] if decoded.info.has_video else [NO_VIDEO]) + decoded.problems, dtype=str),
    }


def read_expressions(faces: dict[str, np.ndarray], config: AnalysisConfig,
                     progress: Progress = True) -> dict[str, np.ndarray]:
    """Expression probabilities and embeddings for every face crop (batched, fixed shapes)."""
    predictor = face_model.Predictor(batch_size=config.batch_size)
    crops = faces["crops"]
    probs, embs = [], []
    step = config.batch_size * 16
    for start in _bar(progress, iterable=range(0, len(crops), step), desc="expression", unit="batch"):
        e, p = predictor(crops[start:start + step])
        embs.append(e)
        probs.append(p)
    dim = face_model.ExpressionConfig().embed_dim
    return {"probs": np.concatenate(probs) if probs else np.zeros((0, labels.NUM_CLASSES), np.float32),
            "embeddings": np.concatenate(embs) if embs else np.zeros((0, dim), np.float32)}


def hear_speech(audio: np.ndarray, config: AnalysisConfig, progress: Progress = True) -> dict[str, np.ndarray]:
    """Who spoke when, the words with their times, each turn's prosody and the voice model's reading of it.

    Without "words" in config.modalities nothing is transcribed; without "voice" there are no speaker
    embeddings, prosody or voice emotion (speech stretches stand in for turns, all of one speaker).
    """
    words_on, voice_on = "words" in config.modalities, "voice" in config.modalities
    if not (words_on or voice_on):
        return _no_speech(NOT_ANALYSED.format("voice and words"))
    rate = config.media.sample_rate
    bar = _bar(progress, total=4, desc="speech", unit="step")
    segments = vad.speech_segments(audio, rate, config.speech)
    bar.update()
    if not segments:
        bar.close()
        return _no_speech(NO_SPEECH)
    heard = asr.transcribe_speech(audio, segments, config.asr) if words_on else asr.Transcript((), "")
    words = list(heard.words)
    bar.update()
    turns = (diarize.diarize(audio, segments, config.speakers) if voice_on else []) or [
        diarize.Turn(s.start, s.end, 0) for s in segments]
    out = _no_speech("" if words_on else NOT_ANALYSED.format("words"))
    out.update({
        "speech": np.array([(s.start, s.end) for s in segments], np.float64),
        "language": np.array(heard.language),
        "word_times": np.array([(w.start, w.end) for w in words], np.float64).reshape(-1, 2),
        "word_text": np.array([w.text for w in words], str),
        "word_probability": np.array([w.probability for w in words], np.float32),
        "word_speaker": np.array(diarize.assign_words(words, turns), np.int64),
        "turn_times": np.array([(t.start, t.end) for t in turns], np.float64),
        "turn_speaker": np.array([t.speaker for t in turns], np.int64),
    })
    bar.update()
    if voice_on:
        utterances = prosody.utterance_prosody(audio, [SpeechSegment(t.start, t.end) for t in turns], rate,
                                               config.prosody, words if words_on else None)
        out["turn_prosody"] = np.array([[getattr(u, f) for f in transcript.TURN_PROSODY] for u in utterances])
        frames = prosody.frame_features(audio, rate, config.prosody)
        out.update({f"frame_{k}": np.asarray(frames[k], np.float32) for k in prosody.FRAME_KEYS})
        out.update(_voice_readings(audio, turns, config))
    else:
        out["turn_prosody"] = np.full((len(turns), len(transcript.TURN_PROSODY)), np.nan)
        out["problems"] = np.append(out["problems"], NOT_ANALYSED.format("voice"))
    bar.update()
    bar.close()
    return out


def _voice_readings(audio: np.ndarray, turns: list[diarize.Turn], config: AnalysisConfig) -> dict[str, np.ndarray]:
    """The voice model's probabilities for each piece of each turn, and its token embeddings with their times."""
    rate = config.media.sample_rate
    predictor = voice_model.VoicePredictor()
    pieces, speaker_of, probs, token_times, token_speaker, token_embeddings = [], [], [], [], [], []
    for turn in turns:
        count = max(1, round((turn.end - turn.start) / config.voice_piece_seconds))
        edges = np.linspace(turn.start, turn.end, count + 1)
        for a, b in zip(edges[:-1], edges[1:]):
            features = voice_features(audio[round(a * rate): round(b * rate)])
            embedding, p = predictor(features["tokens"])
            pieces.append((a, b))
            speaker_of.append(turn.speaker)
            probs.append(p)
            token_times.append(a + features["times"])
            token_speaker.append(np.full(len(features["times"]), turn.speaker))
            token_embeddings.append(embedding)
    return {
        "piece_times": np.array(pieces, np.float64),
        "piece_speaker": np.array(speaker_of, np.int64),
        "piece_probs": np.array(probs, np.float32),
        "token_times": np.concatenate(token_times),
        "token_speaker": np.concatenate(token_speaker).astype(np.int64),
        "token_embeddings": np.concatenate(token_embeddings).astype(np.float32),
    }


def read_words(speech: dict[str, np.ndarray], config: AnalysisConfig) -> dict[str, np.ndarray]:
    """The text model's reading of each turn's words: probabilities, valence, arousal, token states with times."""
    owner = transcript.turn_words(speech)
    said = [k for k in range(len(speech["turn_times"])) if np.any(owner == k)]
    width = EncoderConfig().hidden
    if not said:
        return {"turn": np.zeros(0, np.int64), "probs": np.zeros((0, labels.NUM_CLASSES), np.float32),
                "valence": np.zeros(0, np.float32), "arousal": np.zeros(0, np.float32),
                "token_times": np.zeros((0, 2)), "token_turn": np.zeros(0, np.int64),
                "token_embeddings": np.zeros((0, width), np.float32)}
    readings = text_model.TextPredictor()([speech["word_text"][owner == k].tolist() for k in said],
                                          [speech["word_times"][owner == k] for k in said])
    kept = [r.word_index >= 0 for r in readings]  # [CLS] and [SEP] have no time
    return {"turn": np.array(said, np.int64), "probs": np.stack([r.probs for r in readings]).astype(np.float32),
            "valence": np.array([r.valence for r in readings], np.float32),
            "arousal": np.array([r.arousal for r in readings], np.float32),
            "token_times": np.concatenate([r.token_times[k] for r, k in zip(readings, kept)]),
            "token_turn": np.concatenate([np.full(k.sum(), t) for t, k in zip(said, kept)]).astype(np.int64),
            "token_embeddings": np.concatenate([r.tokens[k] for r, k in zip(readings, kept)]).astype(np.float32)}


def _no_speech(problem: str) -> dict[str, np.ndarray]:
    """The speech stage's output when there is nothing to hear, saying why."""
    width = voice_model.VoiceConfig().width
    empty2, ints = np.zeros((0, 2)), np.zeros(0, np.int64)
    return {"speech": empty2, "language": np.array(""), "word_times": empty2, "word_text": np.array([], str),
            "word_probability": np.zeros(0, np.float32), "word_speaker": ints, "turn_times": empty2,
            "turn_speaker": ints, "turn_prosody": np.zeros((0, len(transcript.TURN_PROSODY))),
            "piece_times": empty2, "piece_speaker": ints, "piece_probs": np.zeros((0, labels.NUM_CLASSES), np.float32),
            "token_times": np.zeros(0), "token_speaker": ints, "token_embeddings": np.zeros((0, width), np.float32),
            **{f"frame_{k}": np.zeros(0, np.float32) for k in prosody.FRAME_KEYS},
            "problems": np.array([problem] if problem else [], str)}


@dataclass(frozen=True)
class Participant:
    """One person in the timeline: their face track, their voice (speaker id), or both once matched."""

    name: str
    face_track: int | None
    speaker: int | None


def cast(faces: dict[str, np.ndarray], speech: dict[str, np.ndarray],
         config: AnalysisConfig) -> tuple[list[Participant], list[str]]:
    """The participants (faces in order of appearance, voices in order of first word) and notes on how."""
    notes = []
    ids, times = faces["track_ids"], faces["times"]
    min_hits = max(1, int(round(config.min_track_seconds * config.media.fps)))
    unique, counts = np.unique(ids, return_counts=True)
    tracks = sorted((int(u) for u, c in zip(unique, counts) if c >= min_hits), key=lambda k: times[ids == k].min())
    if len(unique) > len(tracks):
        notes.append(f"ignored {len(unique) - len(tracks)} brief face track(s) shorter than "
                     f"{config.min_track_seconds:g} s (likely detector noise)")
    if not len(unique) and not {NO_VIDEO, NOT_ANALYSED.format("faces")} & set(faces["problems"].tolist()):
        notes.append("no face was found in the video: the face track is empty")
    speakers = list(dict.fromkeys(speech["turn_speaker"].tolist()))
    if len(tracks) == 1 and len(speakers) == 1:
        return [Participant("person 1", tracks[0], speakers[0])], notes
    links = {lk.track: lk for lk in linking.link(faces, speech, tracks, speakers, config.linking)}
    people = [Participant(f"person {i + 1}", k, links[k].speaker if k in links else None) for i, k in enumerate(tracks)]
    voices = {lk.speaker: lk for lk in links.values()}
    for p in people:
        if p.speaker is not None:
            notes.append(f"the voice of speaker {speakers.index(p.speaker) + 1} is linked to {p.name}'s face by mouth "
                         f"movement during their turns (correlation {voices[p.speaker].score:.2f})")
    unlinked = [s for s in speakers if s not in voices]
    if tracks and unlinked:
        notes.append("voices whose turns no face's mouth movement follows are listed as speakers of their own")
    return people + [Participant(f"speaker {speakers.index(s) + 1}", None, s) for s in unlinked], notes


def _window_prosody(speech: dict[str, np.ndarray], speaker: int, starts: np.ndarray, win: float) -> np.ndarray:
    """(W, len(PROSODY)) prosody of one speaker's speech frames in each window; NaN where they did not speak."""
    out = np.full((len(starts), len(PROSODY)), np.nan, np.float32)
    times, turns = speech["frame_times"], speech["turn_times"][speech["turn_speaker"] == speaker]
    inside = np.zeros(len(times), bool)
    for a, b in turns:
        inside[np.searchsorted(times, a): np.searchsorted(times, b)] = True
    window = np.minimum((times // win).astype(np.int64), len(starts) - 1)
    voiced = inside & speech["frame_voiced"].astype(bool)

    def mean(values: np.ndarray, where: np.ndarray) -> np.ndarray:
        where = where & np.isfinite(values)
        n = np.bincount(window[where], minlength=len(starts))
        total = np.bincount(window[where], weights=values[where], minlength=len(starts))
        return np.where(n > 0, total / np.maximum(n, 1), np.nan)

    energy = 10.0 ** (speech["frame_intensity_db"].astype(np.float64) / 10.0)
    out[:, 0] = mean(speech["frame_f0"], voiced)
    out[:, 1] = 10.0 * np.log10(mean(energy, inside))
    out[:, 2] = mean(speech["frame_hnr_db"], voiced)
    out[:, 3] = mean(voiced.astype(np.float64), inside)
    return out


def build_timeline(faces: dict[str, np.ndarray], expr: dict[str, np.ndarray], speech: dict[str, np.ndarray],
                   text: dict[str, np.ndarray], config: AnalysisConfig,
                   cast_result: tuple[list[Participant], list[str]] | None = None) -> Timeline:
    """Each participant's face probabilities averaged into fixed windows; voice and words weighted by overlap;
    and the fusion model's reading of all three, with each one's contribution.

    The participants are `cast_result` (from cast, or mapped to consent), else cast here.
    Valence and arousal follow the emotion circumplex, except for words and fused, whose models read them directly.
    """
    duration, win = float(faces["duration"]), config.window_seconds
    starts = np.arange(0.0, max(duration, win) - 1e-9, win)
    ends = starts + win
    people, cast_notes = cast_result or cast(faces, speech, config)
    notes = [str(p) for p in faces["problems"]] + [str(p) for p in speech["problems"]] + cast_notes
    ids, times, probs = faces["track_ids"], faces["times"], expr["probs"]
    shape = (len(starts), len(people), len(MODALITIES))
    out_probs = np.full((*shape, labels.NUM_CLASSES), np.nan, np.float32)
    present = np.zeros(shape, bool)
    confidence = np.full(shape, np.nan, np.float32)
    out_prosody = np.full((len(starts), len(people), len(PROSODY)), np.nan, np.float32)
    frames_per_window = np.histogram(faces["frame_times"], bins=np.append(starts, ends[-1]))[0]
    face, voice, words = MODALITIES.index("face"), MODALITIES.index("voice"), MODALITIES.index("words")
    read_va = np.full((len(starts), len(people), 2), np.nan, np.float32)  # the text model's valence, arousal
    window_of = np.minimum((times // win).astype(np.int64), len(starts) - 1)
    for p, person in enumerate(people):
        if person.face_track is not None:
            sel = ids == person.face_track
            for w in np.unique(window_of[sel]):
                rows = probs[sel & (window_of == w)]
                mean = rows.mean(axis=0)
                out_probs[w, p, face] = mean
                present[w, p, face] = True
                coverage = len(rows) / max(frames_per_window[w], 1)
                confidence[w, p, face] = float(mean.max()) * min(coverage, 1.0)
        if person.speaker is not None:
            mine = speech["piece_speaker"] == person.speaker
            weight = overlap_seconds(starts, ends, speech["piece_times"][mine])
            spoken = weight.sum(axis=1)
            heard = spoken > 0
            mean = weight[heard] @ speech["piece_probs"][mine] / spoken[heard, None]
            out_probs[heard, p, voice] = mean
            present[heard, p, voice] = True
            confidence[heard, p, voice] = mean.max(axis=1) * np.minimum(spoken[heard] / win, 1.0)
            out_prosody[:, p] = _window_prosody(speech, person.speaker, starts, win)
            mine = speech["turn_speaker"][text["turn"]] == person.speaker
            weight = overlap_seconds(starts, ends, speech["turn_times"][text["turn"][mine]])
            spoken = weight.sum(axis=1)
            said = spoken > 0
            share = weight[said] / spoken[said, None]
            mean = share @ text["probs"][mine]
            out_probs[said, p, words] = mean
            present[said, p, words] = True
            confidence[said, p, words] = mean.max(axis=1) * np.minimum(spoken[said] / win, 1.0)
            read_va[said, p] = np.stack([share @ text["valence"][mine], share @ text["arousal"][mine]], axis=1)
    valence, arousal = labels.valence_arousal(np.nan_to_num(out_probs))
    valence[..., words], arousal[..., words] = read_va[..., 0], read_va[..., 1]
    fused, shares = MODALITIES.index("fused"), np.full((len(starts), len(people), len(SOURCES)), np.nan, np.float32)
    for p, reading in enumerate(fuse(faces, expr, speech, text, people, len(starts))):
        some = reading.any
        out_probs[some, p, fused], present[some, p, fused] = reading.probs[some], True
        valence[some, p, fused], arousal[some, p, fused] = reading.valence[some], reading.arousal[some]
        confidence[some, p, fused] = reading.probs[some].max(axis=1)
        shares[:, p] = reading.contributions
    valence, arousal = np.where(present, valence, np.nan), np.where(present, arousal, np.nan)
    return Timeline(starts, win, tuple(p.name for p in people), MODALITIES, out_probs, valence.astype(np.float32),
                    arousal.astype(np.float32), confidence, present, tuple(notes), out_prosody, shares)


def fuse(faces: dict[str, np.ndarray], expr: dict[str, np.ndarray], speech: dict[str, np.ndarray],
         text: dict[str, np.ndarray], people: list[Participant], n_windows: int) -> list[FusedReading]:
    """The fusion model's reading of each participant from their face, voice and word tokens (any may be absent)."""
    predictor = FusionPredictor()
    return [predictor(person_streams(faces, expr, speech, text, person), n_windows) for person in people]


def person_streams(faces: dict[str, np.ndarray], expr: dict[str, np.ndarray], speech: dict[str, np.ndarray],
                   text: dict[str, np.ndarray], person: Participant) -> list[Stream]:
    """One participant's face, voice and word tokens with their times, each beside its model's reading of it
    (the crop's, the voice piece's, the turn's probabilities); empty where the participant has none."""
    dims = FusionConfig().dims
    streams = [empty_stream(d) for d in dims]
    if person.face_track is not None:
        sel = faces["track_ids"] == person.face_track
        streams[0] = (with_reading(expr["embeddings"][sel], expr["probs"][sel]), faces["times"][sel])
    if person.speaker is not None:
        sel = np.flatnonzero(speech["token_speaker"] == person.speaker)
        mine = np.flatnonzero(speech["piece_speaker"] == person.speaker)
        times = speech["token_times"][sel]
        piece = mine[np.clip(np.searchsorted(speech["piece_times"][mine, 0], times, side="right") - 1, 0, None)] \
            if len(mine) else np.zeros(0, np.int64)
        streams[1] = (with_reading(speech["token_embeddings"][sel], speech["piece_probs"][piece]), times)
        row = np.searchsorted(text["turn"], text["token_turn"])
        sel = np.flatnonzero(speech["turn_speaker"][text["token_turn"]] == person.speaker)
        streams[2] = (with_reading(text["token_embeddings"][sel], text["probs"][row[sel]]),
                      text["token_times"][sel].mean(axis=1))
    return streams


def check_consent(ledger: ConsentLedger, session: str, config: AnalysisConfig,
                  participants: Mapping[str, str] | None = None) -> None:
    """Refuse (ConsentError) unless each participant named in `participants` ({found name: participant id or
    role}), or without it every participant of the session, consented to every modality analysed."""
    recorded = consenting.participants(ledger, session)
    if not recorded:
        raise ConsentError(f"no consent is recorded for session {session}: record each participant's consent "
                           "(store.save_consent) before analysing")
    named = [consenting.resolve(ledger, session, who) for who in (participants or {}).values()]
    missing = []
    for modality in config.modalities:
        for participant in dict.fromkeys(named or recorded):
            try:
                ledger.require(participant, session, modality, config.purpose)
            except ConsentError as err:
                missing.append(str(err))
    if missing:
        raise ConsentError("; ".join(missing) + ". Analyse only what was consented to with "
                           "AnalysisConfig(modalities=...), or record the missing consent.")


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
    given = dict(participants or {})
    if store is not None:
        if session is None or work_dir is not None:
            raise ValueError("with a store, give its session (and no work_dir: stages are kept in the store)")
        ledger = store.consent(session)
        check_consent(ledger, session, config, given)
        given = {name: consenting.resolve(ledger, session, who) for name, who in given.items()}  # roles -> ids
    elif given:
        raise ValueError("participants are matched to consent records, which are kept in a store: give a store")
    key = run_key(recording, config, given) if store is not None or work_dir is not None else ""
    stage_dir = Path(work_dir) / key if work_dir is not None else None

    def kept(name: str) -> dict[str, np.ndarray] | None:
        if store is not None:
            return store.get_arrays(session, f"{name}-{key}") if store.has(session, f"{name}-{key}") else None
        path = stage_dir / f"{name}.npz" if stage_dir else None
        return _load_stage(path) if path is not None and path.exists() else None

    def keep(name: str, result: dict[str, np.ndarray], derived_from: tuple[str, ...]) -> None:
        if store is not None:
            # only what was analysed: after a voice withdrawal a face and words analysis can still be kept
            store.put_arrays(session, f"{name}-{key}", result, derived_from=tuple(
                m for m in derived_from if m in config.modalities))
        elif stage_dir is not None:
            stage_dir.mkdir(parents=True, exist_ok=True)
            tmp = stage_dir / f"{name}.tmp.npz"
            np.savez(tmp, **result)
            tmp.replace(stage_dir / f"{name}.npz")

    def stage(name: str, compute, derived_from: tuple[str, ...], now: bool = True) -> dict[str, np.ndarray]:
        """A kept stage, or computed (and kept unless `now` is False: kept once consent has been applied)."""
        found = kept(name)
        if found is None:
            found = compute()
            if now:
                keep(name, found, derived_from)
        return found

    sound: list[np.ndarray] = []  # filled by the face stage's decoding pass; read again only if that was kept

    def faces() -> dict[str, np.ndarray]:
        if "face" in config.modalities:
            return find_faces(recording, config, progress, sound)
        return _no_faces(recording, config, NOT_ANALYSED.format("faces"))

    def speech() -> dict[str, np.ndarray]:
        if not info.has_audio:
            return _no_speech(NO_AUDIO)
        audio = np.concatenate(sound) if sound else load_audio(recording, config.media.sample_rate)
        return hear_speech(audio, config, progress)

    mapped = kept("people") if store is not None else None  # consent was applied and kept by a run before
    seen = stage("faces", faces, ("face",), now=store is None)
    heard = stage("speech", speech, ("voice", "words"), now=store is None)
    sound.clear()
    if mapped is not None:
        cast_result = _people_from(mapped)
    else:
        cast_result = cast(seen, heard, config)
        if store is not None:
            people, notes = cast_result
            chosen = consenting.assign([p.name for p in people], ledger, session, given, _where(seen, heard, people))
            seen, heard, people, consent_notes = only_consented(seen, heard, people, chosen)
            cast_result = (people, notes + consent_notes)
            keep("faces", seen, ("face",))
            keep("speech", heard, ("voice", "words"))
            keep("people", _people_arrays(*cast_result), ("face", "voice"))
    expr = stage("expression", lambda: read_expressions(seen, config, progress), ("face",))
    text = stage("words", lambda: read_words(heard, config), ("voice", "words"))
    names = {p.speaker: p.name for p in cast_result[0] if p.speaker is not None}
    analysis = Result(build_timeline(seen, expr, heard, text, config, cast_result),
                        transcript.words_table(heard, names), transcript.turns_table(heard, names, text))
    if store is not None:
        notes = {"notes": "\n".join(analysis.timeline.notes)}
        # everything analysed: participants are named by linking faces to voices
        store.put_table(session, "timeline", timeline_table(analysis.timeline).replace_schema_metadata(notes),
                        derived_from=config.modalities)
        store.put_table(session, "words", analysis.words, derived_from=config.modalities)
        store.put_table(session, "turns", analysis.turns, derived_from=config.modalities)
        store.put(session, RECORDING, json.dumps({"sha256": file_digest(recording)}).encode(), derived_from=())
        store.log("analyse", session, {"modalities": ",".join(config.modalities), "purpose": config.purpose})
    return analysis


def _load_stage(path: Path) -> dict[str, np.ndarray]:
    """A stage kept as .npz; DamagedStage when it cannot be read whole."""
    try:
        with np.load(path, allow_pickle=False) as f:
            return {k: f[k] for k in f.files}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as err:
        raise DamagedStage(f"the kept stage {path} is damaged (truncated or corrupt: {err}); delete it and run "
                           "again to compute that stage anew") from None


def _where(faces: dict[str, np.ndarray], speech: dict[str, np.ndarray], people: list[Participant]) -> dict[str, str]:
    """Where each participant found can be seen or heard first, so a reviewer can say who is who."""
    out = {}
    for p in people:
        if p.face_track is not None:
            sel = faces["track_ids"] == p.face_track
            first = int(np.argmin(np.where(sel, faces["times"], np.inf)))
            centre = (faces["boxes"][first, 0] + faces["boxes"][first, 2]) / 2
            out[p.name] = f"a face first seen at {faces['times'][first]:.1f} s, {centre:.0f} px from the left"
        else:
            start = speech["turn_times"][speech["turn_speaker"] == p.speaker, 0].min()
            out[p.name] = f"a voice no face was linked to, first heard at {start:.1f} s"
    return out


def only_consented(faces: dict[str, np.ndarray], speech: dict[str, np.ndarray], people: list[Participant],
                   chosen: Mapping[str, str]) -> tuple[dict, dict, list[Participant], list[str]]:
    """The face and speech stages of the participants in `chosen` ({found name: participant id}) only, each
    named for their consent (a face and a voice mapped to one participant become one); the rest are only
    noted as present (UNCONSENTED), and brief face tracks, which belong to nobody, are dropped."""
    merged: dict[str, Participant] = {}
    notes = []
    for p in people:
        who = chosen.get(p.name)
        if who is None:
            spans = [faces["times"][faces["track_ids"] == p.face_track]] if p.face_track is not None else []
            if p.speaker is not None:
                spans.append(speech["turn_times"][speech["turn_speaker"] == p.speaker].ravel())
            times = np.concatenate(spans)
            notes.append(UNCONSENTED.format(times.min(), times.max()))
            continue
        before = merged.get(who, Participant(who, None, None))
        if (p.face_track is not None and before.face_track is not None) or (
                p.speaker is not None and before.speaker is not None):
            raise ConsentError(f"two faces or two voices are given as {who}: a participant has one face and one voice")
        merged[who] = Participant(who, before.face_track if p.face_track is None else p.face_track,
                                  before.speaker if p.speaker is None else p.speaker)
        notes.append(f"{p.name} is {who} (by their consent record)")
    tracks = [p.face_track for p in merged.values() if p.face_track is not None]
    speakers = [p.speaker for p in merged.values() if p.speaker is not None]
    face = np.isin(faces["track_ids"], tracks)
    faces = {**faces, **{k: faces[k][face] for k in ("times", "track_ids", "boxes", "crops")}}
    return faces, _speech_of(speech, speakers), list(merged.values()), notes


def _speech_of(speech: dict[str, np.ndarray], speakers: list[int]) -> dict[str, np.ndarray]:
    """The speech stage of these speakers only: their words, turns, voice pieces and tokens, and the frame prosody
    and speech stretches within their turns."""
    out = dict(speech)
    for prefix, keys in (("word", ("times", "text", "probability")), ("turn", ("times", "prosody")),
                         ("piece", ("times", "probs")), ("token", ("times", "embeddings"))):
        sel = np.isin(speech[f"{prefix}_speaker"], speakers)
        for k in (*keys, "speaker"):
            out[f"{prefix}_{k}"] = speech[f"{prefix}_{k}"][sel]
    turns = out["turn_times"].reshape(-1, 2)
    times = speech["frame_times"]
    inside = ((times[:, None] >= turns[None, :, 0]) & (times[:, None] < turns[None, :, 1])).any(axis=1)
    for k in prosody.FRAME_KEYS[1:]:
        out[f"frame_{k}"] = np.where(inside, speech[f"frame_{k}"], 0 if k == "voiced" else np.nan).astype(np.float32)
    stretches = speech["speech"].reshape(-1, 2)
    heard = ((stretches[:, None, 0] < turns[None, :, 1]) & (stretches[:, None, 1] > turns[None, :, 0])).any(axis=1)
    out["speech"] = stretches[heard]
    return out


def _people_arrays(people: list[Participant], notes: list[str]) -> dict[str, np.ndarray]:
    """The participants and the notes on how they were found and mapped, as a stage's arrays."""
    return {"name": np.array([p.name for p in people], str),
            "face_track": np.array([-1 if p.face_track is None else p.face_track for p in people], np.int64),
            "speaker": np.array([-1 if p.speaker is None else p.speaker for p in people], np.int64),
            "notes": np.array(notes, str)}


def _people_from(arrays: dict[str, np.ndarray]) -> tuple[list[Participant], list[str]]:
    """_people_arrays read back."""
    people = [Participant(str(n), None if f < 0 else int(f), None if s < 0 else int(s))
              for n, f, s in zip(arrays["name"], arrays["face_track"], arrays["speaker"])]
    return people, [str(n) for n in arrays["notes"]]


def _no_faces(recording: Path, config: AnalysisConfig, problem: str) -> dict[str, np.ndarray]:
    """The face stage's output when faces are not analysed, with the recording's duration for the timeline."""
    return {"frame_times": np.zeros(0), "times": np.zeros(0), "track_ids": np.zeros(0, np.int64),
            "boxes": np.zeros((0, 4), np.float32), "crops": np.zeros((0, 48, 48), np.uint8),
            "duration": np.float64(open_media(recording, config.media).info.duration),
            "problems": np.array([problem], str)}


def crop_largest_face(image_rgb: np.ndarray, detector: FaceDetector,
                      config: AnalysisConfig = AnalysisConfig()) -> tuple[np.ndarray, bool]:
    """(48x48 crop, found) for the largest face in a still image; the whole image is the crop if none is found."""
    faces = detector(image_rgb)
    if len(faces.boxes):
        areas = (faces.boxes[:, 2] - faces.boxes[:, 0]) * (faces.boxes[:, 3] - faces.boxes[:, 1])
        i = int(np.argmax(areas))
        return align_crops(image_rgb, faces.boxes[i:i + 1], faces.landmarks[i:i + 1], config.crops)[0], True
    h, w = image_rgb.shape[:2]
    whole = np.array([[0, 0, w, h]], np.float32)
    return align_crops(image_rgb, whole, None, CropConfig(size=config.crops.size, scale=1.0))[0], False
