"""Body language said in words: each participant's movement, nods and shakes, and each pair's synchrony."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from emotion_jax.movement.synchrony import finite_mean
from emotion_jax.timeline import MOVEMENT, Timeline


def movement_stats(timeline: Timeline, participant: str) -> dict[str, float]:
    """One participant's mean head speed (deg/s), nods and shakes a minute, shares of frames facing the camera and
    turned toward another face on screen, and mean motion energy over the windows their face was seen in (NaN
    when it never was)."""
    grid = timeline.movement[:, timeline.participants.index(participant)]
    seen = np.isfinite(grid).any(axis=1)
    minutes = seen.sum() * timeline.window / 60.0
    column = {name: grid[seen, k] for k, name in enumerate(MOVEMENT)}
    if not seen.any():
        return dict.fromkeys(("head_speed", "nods_per_minute", "shakes_per_minute", "facing_camera",
                              "toward_other", "motion_energy"), float("nan"))
    return {"head_speed": finite_mean(column["head_speed"]),
            "nods_per_minute": float(np.nansum(column["nods"]) / minutes),
            "shakes_per_minute": float(np.nansum(column["shakes"]) / minutes),
            "facing_camera": finite_mean(column["facing_camera"]),
            "toward_other": finite_mean(column["toward_other"]),
            "motion_energy": finite_mean(column["motion_energy"])}


def movement_line(timeline: Timeline, participant: str) -> str | None:
    """`movement_stats` in words (what was not read left out); None when the participant's face was never seen."""
    stats = movement_stats(timeline, participant)
    if not np.isfinite(stats["nods_per_minute"]):
        return None
    said = {"head_speed": "head {:.1f} deg/s", "facing_camera": "facing the camera {:.0%}",
            "toward_other": "turned toward another {:.0%}", "motion_energy": "motion energy {:.3f}"}
    parts = [f"{stats['nods_per_minute']:.1f} nods and {stats['shakes_per_minute']:.1f} shakes a minute"]
    parts += [text.format(stats[key]) for key, text in said.items() if np.isfinite(stats[key])]
    return "movement: " + ", ".join(parts)


def pair_stats(table: pa.Table, participant: str) -> dict[str, float]:
    """The mean session synchrony of a participant's pairs, and the share of those pairs above chance (NaN
    without a pair)."""
    mine = [r for r in table.to_pylist() if r["scope"] == "session" and participant in
            (r["participant_a"], r["participant_b"])]
    values = [r["synchrony"] for r in mine if np.isfinite(r["synchrony"])]
    return {"movement_synchrony": float(np.mean(values)) if values else float("nan"),
            "synchrony_above_chance": float(np.mean([r["above_chance"] for r in mine])) if mine else float("nan")}


def synchrony_lines(table: pa.Table) -> list[str]:
    """A line per pair: the session's movement synchrony against chance, and who leads."""
    lines = []
    for row in table.to_pylist():
        if row["scope"] != "session":
            continue
        a, b = row["participant_a"], row["participant_b"]
        if not np.isfinite(row["synchrony"]):
            lines.append(f"movement synchrony {a} / {b}: not measurable (a session shorter than one window, or too "
                         "little movement seen)")
            continue
        if np.isfinite(row["chance_95"]):
            verdict = "above chance" if row["above_chance"] else "not above chance"
            against = f"against chance {row['chance_95']:.2f} ({verdict})"
        else:
            against = "(too short a session to tell from chance)"
        lines.append(f"movement synchrony {a} / {b}: {row['synchrony']:.2f} {against}; {_lead(a, b, row['lag_s'])}")
    return lines


def _counted(n: int, word: str) -> list[str]:
    return [] if n == 0 else [word if n == 1 else f"{n} {word}s"]


def window_events(timeline: Timeline, participant: str) -> list[tuple[float, float, str]]:
    """(start, end, "nod" / "2 nods" / "nod, shake" ...) of each window in which a participant began a nod or a
    shake."""
    grid = timeline.movement[:, timeline.participants.index(participant)]
    nods, shakes = (np.nan_to_num(grid[:, MOVEMENT.index(k)]).astype(int) for k in ("nods", "shakes"))
    return [(float(timeline.starts[w]), float(timeline.ends[w]),
             ", ".join(_counted(nods[w], "nod") + _counted(shakes[w], "shake")))
            for w in np.flatnonzero((nods > 0) | (shakes > 0))]


def _lead(a: str, b: str, lag: float) -> str:
    return "in step" if lag == 0 else f"{a if lag > 0 else b} leads by {abs(lag):.1f} s"


def pair_windows(table: pa.Table | None) -> dict[tuple[str, str], list[tuple[dict, float]]]:
    """Each pair's window rows of a synchrony table, in order, with where each is shown to: the start of the
    pair's next window (the last one, its own end), so that shown windows do not overlap."""
    rows: dict[tuple[str, str], list[dict]] = {}
    for row in table.to_pylist() if table is not None else []:
        if row["scope"] == "window":
            rows.setdefault((row["participant_a"], row["participant_b"]), []).append(row)
    return {pair: [(row, after["start"] if after else row["end"]) for row, after in zip(found, [*found[1:], None])]
            for pair, found in rows.items()}


def synchrony_spans(table: pa.Table) -> dict[tuple[str, str], list[tuple[float, float, str]]]:
    """Each pair's windows of movement synchrony above chance as (start, end, text), shown as `pair_windows`."""
    return {pair: [(row["start"], end, f"synchrony {row['synchrony']:.2f}, {_lead(*pair, row['lag_s'])}")
                   for row, end in shown if row["above_chance"]]
            for pair, shown in pair_windows(table).items()}
