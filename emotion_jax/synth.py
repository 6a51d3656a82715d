"""Offline speech synthesis with the espeak-ng library shipped in the `espeakng-loader` wheel.

Used to give the demo session a real voice without any data files or network.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import numpy as np

_SYNCHRONOUS = 2          # espeak_AUDIO_OUTPUT: AUDIO_OUTPUT_SYNCHRONOUS
_CHARS_UTF8 = 1
_RATE, _PITCH = 1, 3      # espeak_PARAMETER
_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)
_state: dict = {}


def _library() -> tuple[ctypes.CDLL, int]:
    """Load and initialise espeak-ng once per process; returns (library, sample rate)."""
    if "lib" not in _state:
        import espeakng_loader

        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        data = str(Path(espeakng_loader.get_data_path()).parent).encode()
        rate = lib.espeak_Initialize(_SYNCHRONOUS, 0, data, 0)
        if rate <= 0:
            raise RuntimeError("espeak-ng could not be initialised from the espeakng-loader package")
        samples: list[np.ndarray] = []

        def collect(wav, n, _events):
            if n > 0:
                samples.append(np.ctypeslib.as_array(wav, shape=(n,)).copy())
            return 0

        callback = _CALLBACK(collect)
        lib.espeak_SetSynthCallback(callback)
        _state.update(lib=lib, rate=rate, samples=samples, callback=callback)
    return _state["lib"], _state["rate"]


def speak(text: str, voice: str = "en-us", words_per_minute: int = 150, pitch: int = 50) -> tuple[np.ndarray, int]:
    """Synthesise `text`; returns (float32 mono samples in [-1, 1], sample rate)."""
    lib, rate = _library()
    samples: list[np.ndarray] = _state["samples"]
    samples.clear()
    if lib.espeak_SetVoiceByName(voice.encode()) != 0:
        raise ValueError(f"espeak-ng has no voice named {voice!r}")
    lib.espeak_SetParameter(_RATE, words_per_minute, 0)
    lib.espeak_SetParameter(_PITCH, pitch, 0)
    data = text.encode("utf-8") + b"\0"
    lib.espeak_Synth(data, len(data), 0, 0, 0, _CHARS_UTF8, None, None)
    lib.espeak_Synchronize()
    audio = np.concatenate(samples) if samples else np.zeros(0, np.int16)
    return audio.astype(np.float32) / 32768.0, rate
