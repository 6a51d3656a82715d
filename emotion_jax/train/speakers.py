"""Fit the speaker space (speech.speaker_space) on RAVDESS actors 01-16 and score it on their conversations.

Every voice-active window of every clip of actors 01-16 (less 05) is embedded by resemblyzer, as recorded and through
`rooms` random consulting rooms (so that the space also learns how a room moves a voice); WCCN is fitted on them,
each actor one class. The settings are judged on conversations built from the same actors, each conversation
diarized in a space fitted without its own actors, so that no figure reads a voice the space has learned; actors
17-20 stay held out for benchmarks/diarization.md.
Run: `emotion-jax train speakers [--shrink S] [--rooms N]` (about 4 min).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from emotion_jax.evaluate.diarization import diarization_error_rate
from emotion_jax.media import load_audio
from emotion_jax.speech.diarize import DiarizationConfig, SpeakerWindows, Turn, speaker_turns, speaker_windows
from emotion_jax.speech.speaker_space import WEIGHTS, SpeakerSpace, fit
from emotion_jax.speech.vad import speech_segments
from emotion_jax.train.conversations import RAVDESS, ROOM, STUDIO, Realism, conversation, in_room

ACTORS = (1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)  # RAVDESS has no actor 05 here; 17-20 are held out
SHRINK = 0.6  # these two chosen on the development conversations (benchmarks/diarization_choice.md)
ROOMS = 2
RATE = 16000


@dataclass(frozen=True)
class Conversation:
    """A built conversation's embedded windows (encoder's own space) and its reference turns."""

    actors: tuple[int, ...]
    windows: SpeakerWindows
    reference: list[Turn]


def clip_embeddings(actors: Sequence[int] = ACTORS, root: Path = RAVDESS, rooms: int = 0, seed: int = 0
                    ) -> tuple[np.ndarray, np.ndarray]:
    """resemblyzer embeddings of every speech window of every clip of `actors`, as recorded and through `rooms`
    random consulting rooms (conversations.in_room), and each window's actor."""
    rng = np.random.default_rng(seed)
    embeddings, owners = [], []
    for actor in actors:
        for path in sorted((root / f"Actor_{actor:02d}").glob("*.flac")):
            audio = load_audio(path, RATE)
            speech = speech_segments(audio, RATE)
            for version in [audio] + [in_room(audio, rng) for _ in range(rooms)]:
                windows = speaker_windows(version, speech, space=SpeakerSpace.identity())
                embeddings.append(windows.embeddings)
                owners += [actor] * len(windows.embeddings)
    return np.concatenate(embeddings), np.array(owners)


def development_groups(seed: int = 5) -> list[tuple[int, ...]]:
    """56 speaker groups of actors 01-16: 15 same-gender pairs, 10 mixed pairs, 15 trios, 10 alone, 6 of four."""
    rng = random.Random(seed)
    men, women = [a for a in ACTORS if a % 2], [a for a in ACTORS if a % 2 == 0]
    groups = [tuple(rng.sample(men if k % 2 else women, 2)) for k in range(15)]
    groups += [(rng.choice(men), rng.choice(women)) for _ in range(10)]
    groups += [tuple(rng.sample(ACTORS, 3)) for _ in range(15)]
    groups += [(rng.choice(ACTORS),) for _ in range(10)]
    groups += [tuple(rng.sample(ACTORS, 4)) for _ in range(6)]
    return groups


def development_conversations(realism: Realism = STUDIO, root: Path = RAVDESS) -> list[Conversation]:
    """One conversation of each development group, embedded in the encoder's own space."""
    out = []
    for k, actors in enumerate(development_groups()):
        audio, reference = conversation(actors, 1000 + k, root, realism)
        windows = speaker_windows(audio, speech_segments(audio, RATE), space=SpeakerSpace.identity())
        out.append(Conversation(actors, windows, reference))
    return out


def leave_out_scores(conversations: Sequence[Conversation], embeddings: np.ndarray, owners: np.ndarray,
                     shrink: float | None, thresholds: Sequence[float], config: DiarizationConfig = DiarizationConfig()
                     ) -> dict[float, tuple[float, float]]:
    """{threshold: (mean DER, share of conversations with the speaker count right)}, each conversation diarized as
    `config` says at each threshold, in a space fitted without its own actors (`shrink` None: the encoder's own)."""
    scores: dict[float, list[tuple[float, bool]]] = {t: [] for t in thresholds}
    for talk in conversations:
        others = ~np.isin(owners, talk.actors)
        space = SpeakerSpace.identity() if shrink is None else fit(embeddings[others], owners[others], shrink)
        windows = replace(talk.windows, embeddings=space.project(talk.windows.embeddings))
        for threshold in thresholds:
            turns = speaker_turns(windows, replace(config, threshold=threshold))
            right = len({t.speaker for t in turns}) == len(talk.actors)
            scores[threshold].append((diarization_error_rate(talk.reference, turns), right))
    return {t: (float(np.mean([d for d, _ in s])), float(np.mean([r for _, r in s]))) for t, s in scores.items()}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="emotion-jax train speakers", description=__doc__.splitlines()[0])
    p.add_argument("--shrink", type=float, default=SHRINK)
    p.add_argument("--rooms", type=int, default=ROOMS)
    p.add_argument("--out", type=Path, default=WEIGHTS)
    args = p.parse_args(argv)
    embeddings, owners = clip_embeddings(rooms=args.rooms)
    fit(embeddings, owners, args.shrink).save(args.out)
    config = DiarizationConfig()
    development = {}
    for name, realism in (("studio", STUDIO), ("room", ROOM)):
        der, count = leave_out_scores(development_conversations(realism), embeddings, owners, args.shrink,
                                      [config.threshold], config)[config.threshold]
        development[name] = {"mean_der": round(der, 4), "speaker_count_right": round(count, 4)}
    options = "".join(f" --{k} {v}" for k, v, d in (("shrink", args.shrink, SHRINK), ("rooms", args.rooms, ROOMS))
                      if v != d)
    record = {
        "command": "emotion-jax train speakers" + options,
        "method": "WCCN of resemblyzer window embeddings (speech.speaker_space.fit), covariance shrunk by `shrink`",
        "shrink": args.shrink,
        "data": "RAVDESS speech, ../shared/data/speech/ravdess: every 1.5 s window (0.75 s hop) of voice-active "
                f"speech, each clip as recorded and through {args.rooms} random rooms (train.conversations.in_room)",
        "split": {"fit": list(ACTORS), "held_out": [17, 18, 19, 20]},
        "windows": int(len(embeddings)),
        "development": {
            "conversations": "train.speakers.development_groups (56; 8-12 turns each), built as studio and as room "
                             "conversations, each diarized in a space fitted without its own actors, count guessed",
            "threshold": config.threshold, "piece_seconds": config.piece_seconds, **development,
        },
    }
    args.out.with_suffix(".json").write_text(json.dumps(record, indent=2) + "\n")
    print(f"speaker space on {len(embeddings)} windows of actors 01-16 -> {args.out}; development conversations "
          f"(own actors left out), mean DER and count right: " +
          ", ".join(f"{k} {v['mean_der']:.3f} {v['speaker_count_right']:.2f}" for k, v in development.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
