"""Voice features for emotion: Whisper tiny.en encoder states (20 ms) and prosody, as 100 ms tokens.

The Whisper encoder is the one the pipeline loads for transcription anyway. Whisper pads every input to 30 s;
here the encoder runs on only the mel frames the audio needs (positional embedding cut to match), in pieces of at
most 30 s: for a 3.5 s clip 23 ms instead of 250 ms for the padded call (2-core CPU). With prosody and decoding,
a RAVDESS clip takes about 0.1 s.

Tokens, one every 100 ms, are D = 388 float32 columns: the mean of the five 20 ms encoder states in the step
(384, WHISPER_DIM) followed by the prosody tokens of `prosody.prosody_tokens` (4, TOKEN_FEATURES).
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
import whisper

from emotion_jax.speech.asr import load_model
from emotion_jax.speech.prosody import TOKEN_FEATURES, frame_features, prosody_tokens

SAMPLE_RATE = 16000
STEP = 0.1  # seconds per token
WHISPER_DIM = 384  # tiny.en encoder width
TOKEN_DIM = WHISPER_DIM + len(TOKEN_FEATURES)  # 388
_HOP = whisper.audio.HOP_LENGTH  # 160 samples: one mel frame, 10 ms
_FRAMES_PER_TOKEN = 5  # encoder frames (20 ms) per token
_TOKEN_SAMPLES = round(STEP * SAMPLE_RATE)  # 1600
_MAX_MEL = whisper.audio.N_FRAMES  # 3000 mel frames: the encoder's 30 s context


def whisper_states(audio16k: np.ndarray) -> np.ndarray:
    """Whisper tiny.en encoder states (T, 384) float32, one per 20 ms, for audio zero-padded to whole 100 ms."""
    audio = np.asarray(audio16k, dtype=np.float32)
    if audio.ndim != 1:
        raise ValueError(f"voice features need mono audio as a 1-D array, got shape {audio.shape}")
    tokens = -(-len(audio) // _TOKEN_SAMPLES)
    if tokens == 0:
        return np.zeros((0, WHISPER_DIM), np.float32)
    padded = np.pad(audio, (0, tokens * _TOKEN_SAMPLES - len(audio)))
    encoder = load_model().encoder
    mel = whisper.log_mel_spectrogram(torch.from_numpy(padded))[:, : len(padded) // _HOP]  # normalised over all
    out = []
    with torch.no_grad():
        for first in range(0, mel.shape[1], _MAX_MEL):
            x = mel[None, :, first : first + _MAX_MEL]
            x = F.gelu(encoder.conv2(F.gelu(encoder.conv1(x)))).permute(0, 2, 1)
            x = x + encoder.positional_embedding[: x.shape[1]]
            for block in encoder.blocks:
                x = block(x)
            out.append(encoder.ln_post(x)[0].numpy())
    return np.concatenate(out).astype(np.float32)


def voice_features(audio16k: np.ndarray, frames: dict[str, np.ndarray] | None = None) -> dict[str, np.ndarray]:
    """Encoder states `whisper` (5T, 384) at 50 Hz, and 100 ms token centre `times` (T,) with `tokens` (T, 388).

    `frames`: the audio's prosody frames (`prosody.frame_features`, on its clock) when they were computed already.
    """
    states = whisper_states(audio16k)
    count = len(states) // _FRAMES_PER_TOKEN
    if count == 0:
        return {"whisper": states, "times": np.zeros(0), "tokens": np.zeros((0, TOKEN_DIM), np.float32)}
    pooled = states.reshape(count, _FRAMES_PER_TOKEN, WHISPER_DIM).mean(axis=1)
    if frames is None:
        frames = frame_features(np.asarray(audio16k, dtype=np.float32), SAMPLE_RATE)
    _, prosody = prosody_tokens(frames, STEP)
    prosody = np.pad(prosody[:count], ((0, max(0, count - len(prosody))), (0, 0)))  # on the same 100 ms grid
    return {
        "whisper": states,
        "times": ((np.arange(count) + 0.5) * STEP).astype(np.float64),
        "tokens": np.concatenate([pooled, prosody], axis=1).astype(np.float32),
    }
