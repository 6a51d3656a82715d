"""Movement synchrony between two people: windowed cross-lagged correlation of their motion energy, against
pseudo-synchrony.

In each window (`window_seconds`, every `step_seconds`) the first person's motion energy is correlated (Pearson)
with the second's shifted by every lag up to `max_lag_seconds` either way; the window's synchrony is the highest
of those correlations, at its lag (lag > 0: the first person moves first and the second follows). The session's
synchrony is the windows' mean. Chance is what the same measure gives when the second person's series is cut
into `segment_seconds` pieces and shuffled (pseudo-synchrony, Ramseyer & Tschacher), each piece moved further
than the largest lag, so that no lag can find it in its old place again: the real value is above chance when it
beats the 95th percentile of `surrogates` such shuffles. A session too short for `min_orders` different shuffles
(under about 30 s) has no chance level, and is never called above chance.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class SynchronyConfig:
    """Windows, lags and surrogates of the synchrony measure."""

    window_seconds: float = 10.0
    step_seconds: float = 5.0
    max_lag_seconds: float = 5.0
    segment_seconds: float = 5.0   # the pieces shuffled for pseudo-synchrony
    surrogates: int = 200
    min_valid: float = 0.5         # a correlation needs this share of its frames read for both people
    min_orders: int = 20           # a chance level needs at least this many different shuffles
    seed: int = 0


@dataclass(frozen=True)
class Synchrony:
    """Two people's synchrony per window and over the session, with the chance level the shuffles gave."""

    starts: np.ndarray      # (K,) window starts, s
    peak: np.ndarray        # (K,) highest correlation over the lags (NaN: too little movement to tell)
    lag: np.ndarray         # (K,) its lag, s (> 0: the first person leads)
    session: float          # mean of the windows' peaks
    chance: float           # the surrogates' mean session value
    chance_95: float        # their 95th percentile: a session value above it is synchrony above chance
    window_chance_95: float  # the 95th percentile of the surrogates' window peaks: the same test per window
    leader_lag: float       # the lag (s) where the windows' mean correlation peaks (> 0: the first leads)

    @property
    def above_chance(self) -> bool:
        return bool(np.isfinite(self.session) and self.session > self.chance_95)


def synchrony(x: np.ndarray, y: np.ndarray, fps: float, config: SynchronyConfig = SynchronyConfig()) -> Synchrony:
    """The synchrony of two motion-energy series sampled together at `fps` frames a second (NaN: not read)."""
    x, y = np.asarray(x, np.float64), np.asarray(y, np.float64)
    n, most = int(round(config.window_seconds * fps)), int(round(config.max_lag_seconds * fps))
    step = max(1, int(round(config.step_seconds * fps)))
    lags = np.arange(-most, most + 1)
    starts = np.arange(0, max(len(x) - n, 0) + 1, step) if len(x) >= n else np.zeros(0, np.int64)
    curves = _lagged(x, y, starts, n, lags, config.min_valid)
    peak, lag = _peaks(curves, lags, fps)
    rng = np.random.default_rng(config.seed)
    segment = max(1, int(round(config.segment_seconds * fps)))
    orders = _orders(-(-len(y) // segment), most // segment + 1, config.surrogates, rng) if len(starts) else []
    if len({tuple(o) for o in orders}) < config.min_orders:
        orders = []  # too few pieces for a chance level worth the name
    shuffled = [_peaks(_lagged(x, _reordered(y, segment, order), starts, n, lags, config.min_valid), lags, fps)[0]
                for order in orders]
    sessions = np.array([finite_mean(p) for p in shuffled])
    pooled = np.concatenate(shuffled) if shuffled else np.zeros(0)
    mean_curve = finite_mean(curves, axis=0) if len(starts) else np.full(len(lags), np.nan)
    return Synchrony(
        starts=starts / fps, peak=peak, lag=lag, session=finite_mean(peak),
        chance=finite_mean(sessions), chance_95=_quantile(sessions), window_chance_95=_quantile(pooled),
        leader_lag=float(lags[np.nanargmax(mean_curve)] / fps) if np.isfinite(mean_curve).any() else float("nan"))


def _lagged(x: np.ndarray, y: np.ndarray, starts: np.ndarray, n: int, lags: np.ndarray,
            min_valid: float) -> np.ndarray:
    """(K, L) Pearson correlation of x[s:s+n] with y[s+lag:s+lag+n] for each window start and lag (NaN where
    the shifted window leaves the series, too few frames are read, or either side does not move)."""
    out = np.full((len(starts), len(lags)), np.nan)
    if not len(starts):
        return out
    windows = np.lib.stride_tricks.sliding_window_view
    a_all = windows(x, n)[starts]
    for j, lag in enumerate(lags):
        inside = (starts + lag >= 0) & (starts + lag + n <= len(y))
        if not inside.any():
            continue
        a, b = a_all[inside], windows(y, n)[starts[inside] + lag]
        ok = np.isfinite(a) & np.isfinite(b)
        count = ok.sum(axis=1)
        a, b = np.where(ok, a, 0.0), np.where(ok, b, 0.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            da = np.where(ok, a - a.sum(axis=1, keepdims=True) / count[:, None], 0.0)
            db = np.where(ok, b - b.sum(axis=1, keepdims=True) / count[:, None], 0.0)
            r = (da * db).sum(axis=1) / np.sqrt((da ** 2).sum(axis=1) * (db ** 2).sum(axis=1))
        enough = count >= max(3, min_valid * n)
        out[inside, j] = np.where(enough & np.isfinite(r), np.clip(r, -1.0, 1.0), np.nan)
    return out


def _peaks(curves: np.ndarray, lags: np.ndarray, fps: float) -> tuple[np.ndarray, np.ndarray]:
    """Each window's highest correlation and its lag in seconds (NaN where no lag could be read)."""
    peak, lag = np.full(len(curves), np.nan), np.full(len(curves), np.nan)
    for k, curve in enumerate(curves):
        if np.isfinite(curve).any():
            j = int(np.nanargmax(curve))
            peak[k], lag[k] = curve[j], lags[j] / fps
    return peak, lag


def _orders(pieces: int, least: int, count: int, rng: np.random.Generator, tries: int = 1000) -> list[np.ndarray]:
    """`count` orders of `pieces` pieces in which every piece moves at least `least` places (none when random
    tries find no such order: too few pieces)."""
    found = []
    for _ in range(count):
        order = next((o for o in (rng.permutation(pieces) for _ in range(tries))
                      if (np.abs(o - np.arange(pieces)) >= least).all()), None)
        if order is None:
            return []
        found.append(order)
    return found


def _reordered(y: np.ndarray, segment: int, order: np.ndarray) -> np.ndarray:
    """y cut into pieces of `segment` frames, put back in `order`."""
    pieces = [y[i:i + segment] for i in range(0, len(y), segment)]
    return np.concatenate([pieces[i] for i in order])


def finite_mean(values: np.ndarray, axis: int | None = None) -> float | np.ndarray:
    """Mean over finite values (NaN when there are none, with no warning)."""
    values = np.asarray(values, np.float64)
    finite = np.isfinite(values)
    count = finite.sum(axis=axis)
    total = np.where(finite, values, 0.0).sum(axis=axis)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = total / count
    return float(mean) if axis is None else mean


def _quantile(values: np.ndarray) -> float:
    """The 95th percentile of the finite values (NaN when there are none)."""
    finite = values[np.isfinite(values)]
    return float(np.quantile(finite, 0.95)) if len(finite) else float("nan")
