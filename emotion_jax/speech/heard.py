"""The speech stage: who spoke when, the words with their times, each turn's prosody and the voice model's reading.

Voice activity -> transcription of the speech -> speakers -> prosody -> voice emotion, in one function whose
result, Speech, the words stage, the face-voice linking, the transcript tables and the timeline read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from emotion_jax import checkpoint, labels
from emotion_jax.progress import Progress, bar
from emotion_jax.speech import asr, diarize, prosody, vad
from emotion_jax.speech import model as voice_model
from emotion_jax.speech.asr import ASRConfig
from emotion_jax.speech.diarize import DiarizationConfig
from emotion_jax.speech.features import voice_features
from emotion_jax.speech.prosody import TURN_PROSODY, ProsodyConfig
from emotion_jax.speech.vad import SpeechSegment, VADConfig

NO_AUDIO = "the recording has no sound (no audio stream): no transcript, voice or prosody track"
NO_SPEECH = "no speech was found in the sound track: no transcript, voice or prosody track"
NOT_ANALYSED = "{} not analysed (left out of AnalysisConfig.modalities)"


@dataclass(frozen=True)
class HearingConfig:
    """What the speech stage does: its models' settings, and whether words and voice may be analysed."""

    sample_rate: int = 16000
    vad: VADConfig = field(default_factory=VADConfig)
    asr: ASRConfig = field(default_factory=ASRConfig)
    speakers: DiarizationConfig = field(default_factory=DiarizationConfig)
    prosody: ProsodyConfig = field(default_factory=ProsodyConfig)
    voice_piece_seconds: float = 6.0  # longer turns are read by the voice model in pieces about this long
    words: bool = True   # transcribe (consent to "words")
    voice: bool = True   # speakers, prosody and voice emotion (consent to "voice")


@dataclass(frozen=True)
class Speech:
    """Everything heard. Times in s; speaker ids are the diarization's (0, 1, ...); turns are one speaker's."""

    speech: np.ndarray            # (S, 2) voice-activity stretches
    language: np.ndarray          # () str: Whisper's language ("" when nothing was transcribed)
    word_times: np.ndarray        # (W, 2)
    word_text: np.ndarray         # (W,) str, as heard (leading space kept)
    word_probability: np.ndarray  # (W,) float32: Whisper's probability of the word
    word_speaker: np.ndarray      # (W,) int64
    turn_times: np.ndarray        # (T, 2)
    turn_speaker: np.ndarray      # (T,) int64
    turn_prosody: np.ndarray      # (T, len(TURN_PROSODY)), NaN where a turn cannot give a value
    piece_times: np.ndarray       # (P, 2): turns cut into pieces the voice model reads
    piece_speaker: np.ndarray     # (P,) int64
    piece_probs: np.ndarray       # (P, 7) float32: the voice model's calibrated probabilities
    token_times: np.ndarray       # (K,) the voice model's tokens (one per 100 ms of speech)
    token_speaker: np.ndarray     # (K,) int64
    token_embeddings: np.ndarray  # (K, D) float32: the fusion model's voice tokens
    frame_times: np.ndarray       # (Q,) prosody frames (every hop)
    frame_f0: np.ndarray          # (Q,) Hz, NaN unvoiced
    frame_voiced: np.ndarray      # (Q,) 0/1
    frame_intensity_db: np.ndarray  # (Q,)
    frame_hnr_db: np.ndarray      # (Q,)
    problems: np.ndarray          # (R,) str: why a track may be missing

    def word_turns(self) -> np.ndarray:
        """Index of the turn each word belongs to: its speaker's turn it overlaps most; -1 when there are none."""
        words, turns = self.word_times.reshape(-1, 2), self.turn_times.reshape(-1, 2)
        if not len(turns):
            return np.full(len(words), -1)
        overlap = np.minimum(words[:, None, 1], turns[None, :, 1]) - np.maximum(words[:, None, 0], turns[None, :, 0])
        score = np.where(self.word_speaker[:, None] == self.turn_speaker[None, :], overlap, -np.inf)
        return np.argmax(score, axis=1) if len(words) else np.zeros(0, np.int64)

    def of_speakers(self, speakers: list[int]) -> Speech:
        """Only these speakers: their words, turns, voice pieces and tokens, and the frame prosody and speech
        stretches within their turns."""
        kept = {}
        for prefix, keys in (("word", ("times", "text", "probability")), ("turn", ("times", "prosody")),
                             ("piece", ("times", "probs")), ("token", ("times", "embeddings"))):
            sel = np.isin(getattr(self, f"{prefix}_speaker"), speakers)
            kept.update({f"{prefix}_{k}": getattr(self, f"{prefix}_{k}")[sel] for k in (*keys, "speaker")})
        turns = kept["turn_times"].reshape(-1, 2)
        times = self.frame_times
        inside = ((times[:, None] >= turns[None, :, 0]) & (times[:, None] < turns[None, :, 1])).any(axis=1)
        for k in prosody.FRAME_KEYS[1:]:
            kept[f"frame_{k}"] = np.where(inside, getattr(self, f"frame_{k}"),
                                          0 if k == "voiced" else np.nan).astype(np.float32)
        stretches = self.speech.reshape(-1, 2)
        heard = ((stretches[:, None, 0] < turns[None, :, 1]) & (stretches[:, None, 1] > turns[None, :, 0])).any(axis=1)
        return replace(self, speech=stretches[heard], **kept)


def hear_speech(audio: np.ndarray, config: HearingConfig = HearingConfig(), progress: Progress = True,
                faces_seen: int = 0, faces_of: Callable[[list[diarize.Turn]], dict[int, int]] | None = None
                ) -> Speech:
    """Voice activity, then (as consented) the words, the speakers, each turn's prosody and voice reading.

    Without words nothing is transcribed; without voice there are no speaker embeddings, prosody or voice
    emotion (speech stretches stand in for turns, all of one speaker). When the number of speakers is not given,
    the faces that speak (`faces_of`: {speaker: face track} for given turns) correct the voices both ways: with
    fewer voices than the `faces_seen` people on screen, the voices are separated into as many as faces, or fewer
    (but more than found), the most for which each voice is spoken by a face of its own (two voices of one gender,
    which the distance threshold takes for one);
    and voices that one face speaks are one person's voice, split in two by the clustering, and are joined.
    """
    if not (config.words or config.voice):
        return no_speech(NOT_ANALYSED.format("voice and words"))
    rate = config.sample_rate
    shown = bar(progress, total=4, desc="speech", unit="step")
    segments = vad.speech_segments(audio, rate, config.vad)
    shown.update()
    if not segments:
        shown.close()
        return no_speech(NO_SPEECH)
    heard = asr.transcribe_speech(audio, segments, config.asr) if config.words else asr.Transcript((), "")
    words = list(heard.words)
    shown.update()
    turns = _speaker_turns(audio, segments, config.speakers, faces_seen, faces_of) if config.voice else []
    turns = turns or [diarize.Turn(s.start, s.end, 0) for s in segments]
    problems = [] if config.words else [NOT_ANALYSED.format("words")]
    found = dict(
        speech=np.array([(s.start, s.end) for s in segments], np.float64),
        language=np.array(heard.language),
        word_times=np.array([(w.start, w.end) for w in words], np.float64).reshape(-1, 2),
        word_text=np.array([w.text for w in words], str),
        word_probability=np.array([w.probability for w in words], np.float32),
        word_speaker=np.array(diarize.assign_words(words, turns), np.int64),
        turn_times=np.array([(t.start, t.end) for t in turns], np.float64),
        turn_speaker=np.array([t.speaker for t in turns], np.int64))
    shown.update()
    if config.voice:  # Praat's pitch, intensity and HNR once for the recording; turns and pieces read them
        frames = prosody.frame_features(audio, rate, config.prosody)
        utterances = prosody.utterance_prosody(audio, [SpeechSegment(t.start, t.end) for t in turns], rate,
                                               config.prosody, words if config.words else None, frames)
        found["turn_prosody"] = np.array([[getattr(u, f) for f in TURN_PROSODY] for u in utterances])
        found.update({f"frame_{k}": np.asarray(frames[k], np.float32) for k in prosody.FRAME_KEYS})
        found.update(_voice_readings(audio, turns, rate, config.voice_piece_seconds, frames))
    else:
        found["turn_prosody"] = np.full((len(turns), len(TURN_PROSODY)), np.nan)
        problems.append(NOT_ANALYSED.format("voice"))
    shown.update()
    shown.close()
    return replace(no_speech(""), problems=np.array(problems, str), **found)


def _speaker_turns(audio: np.ndarray, segments: list[SpeechSegment], config: DiarizationConfig, faces_seen: int,
                   faces_of: Callable[[list[diarize.Turn]], dict[int, int]] | None) -> list[diarize.Turn]:
    """Diarized turns, corrected by the faces that speak them when the count is not given (see hear_speech). The
    windows are embedded once for both clusterings."""
    windows = diarize.speaker_windows(audio, segments, config)
    turns = diarize.speaker_turns(windows, config)
    if not turns or faces_of is None or config.count is not None:
        return turns
    for count in range(min(faces_seen, config.max_speakers), len({t.speaker for t in turns}), -1):
        split = diarize.speaker_turns(windows, replace(config, count=count))
        faces = faces_of(split)
        if len(faces) == count and len(set(faces.values())) == count:
            return split
    return joined_by_face(turns, faces_of(turns))


def joined_by_face(turns: list[diarize.Turn], faces: dict[int, int]) -> list[diarize.Turn]:
    """Turns with the speakers that one face speaks (`faces`: {speaker: face track}) made one, the one heard first;
    speakers numbered again in order of first appearance."""
    first_of_track: dict[int, int] = {}
    same: dict[int, int] = {}
    for turn in sorted(turns, key=lambda t: t.start):
        if turn.speaker in faces and turn.speaker not in same:
            same[turn.speaker] = first_of_track.setdefault(faces[turn.speaker], turn.speaker)
    labels = [same.get(t.speaker, t.speaker) for t in turns]
    order = {s: k for k, s in enumerate(dict.fromkeys(labels))}
    return [diarize.Turn(t.start, t.end, order[s]) for t, s in zip(turns, labels)]


def _voice_readings(audio: np.ndarray, turns: list[diarize.Turn], rate: int, piece_seconds: float,
                    frames: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The voice model's probabilities for each piece of each turn, and its token embeddings with their times
    (`frames`: the recording's prosody frames); each piece is read against its speaker's voice over the session."""
    predictor = checkpoint.loaded_once(voice_model.VoicePredictor, "voice", voice_model.weights_hash())
    pieces, speaker_of, features = [], [], []
    for turn in turns:
        count = max(1, round((turn.end - turn.start) / piece_seconds))
        edges = np.linspace(turn.start, turn.end, count + 1)
        for a, b in zip(edges[:-1], edges[1:]):
            features.append(voice_features(audio[round(a * rate): round(b * rate)], prosody.between(frames, a, b)))
            pieces.append((a, b))
            speaker_of.append(turn.speaker)
    readings = predictor.read([f["tokens"] for f in features], speaker_of)
    return {
        "piece_times": np.array(pieces, np.float64),
        "piece_speaker": np.array(speaker_of, np.int64),
        "piece_probs": np.array([p for _, p in readings], np.float32),
        "token_times": np.concatenate([a + f["times"] for (a, _), f in zip(pieces, features)]),
        "token_speaker": np.concatenate([np.full(len(f["times"]), s) for s, f in zip(speaker_of, features)]).astype(
            np.int64),
        "token_embeddings": np.concatenate([e for e, _ in readings]).astype(np.float32),
    }


def no_speech(problem: str) -> Speech:
    """The speech stage's result when there is nothing to hear, saying why."""
    width = voice_model.VoiceConfig().width
    empty2, ints, floats = np.zeros((0, 2)), np.zeros(0, np.int64), np.zeros(0, np.float32)
    return Speech(
        speech=empty2, language=np.array(""), word_times=empty2, word_text=np.array([], str),
        word_probability=floats, word_speaker=ints, turn_times=empty2, turn_speaker=ints,
        turn_prosody=np.zeros((0, len(TURN_PROSODY))), piece_times=empty2, piece_speaker=ints,
        piece_probs=np.zeros((0, labels.NUM_CLASSES), np.float32), token_times=np.zeros(0), token_speaker=ints,
        token_embeddings=np.zeros((0, width), np.float32), frame_times=floats, frame_f0=floats,
        frame_voiced=floats, frame_intensity_db=floats, frame_hnr_db=floats,
        problems=np.array([problem] if problem else [], str))
