"""Voice tokens centred on their speaker: each speaker's mean token over the session is subtracted.

A voice's pitch range, timbre, room and microphone shift every token of that speaker alike; what changes with
emotion moves around that speaker's own mean. With little speech the speaker's mean is unreliable (and a lone
clip's own mean holds its emotion), so the mean is shrunk towards the training speakers' mean by `prior` tokens.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np

PRIOR_TOKENS = 200.0  # 20 s of speech (100 ms tokens): a speaker's mean counts fully only after a few utterances


def speaker_means(items: Sequence[np.ndarray], speakers: Sequence[Hashable], mean: np.ndarray,
                  prior: float = PRIOR_TOKENS) -> dict[Hashable, np.ndarray]:
    """Each speaker's shrunk mean token: (sum of their tokens + prior * mean) / (their token count + prior)."""
    sums: dict[Hashable, np.ndarray] = {}
    counts: dict[Hashable, int] = {}
    for tokens, speaker in zip(items, speakers):
        sums[speaker] = sums.get(speaker, 0.0) + np.asarray(tokens, np.float64).sum(0)
        counts[speaker] = counts.get(speaker, 0) + len(tokens)
    return {s: ((sums[s] + prior * mean) / (counts[s] + prior)).astype(np.float32) for s in sums}


def centred(items: Sequence[np.ndarray], speakers: Sequence[Hashable], mean: np.ndarray,
            prior: float = PRIOR_TOKENS) -> list[np.ndarray]:
    """Every item's tokens (T, D) less its speaker's shrunk mean; `speakers` names the speaker of each item."""
    means = speaker_means(items, speakers, mean, prior)
    return [np.asarray(tokens, np.float32) - means[speaker] for tokens, speaker in zip(items, speakers)]
