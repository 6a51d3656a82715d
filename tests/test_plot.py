"""The timeline figure: window bars, gaps where a modality is absent, "uncertain" hatching, labelled axes, one row
per participant (modalities on demand), a size that fits the session, an honest label for a face-only person."""

from dataclasses import replace

import numpy as np
import pyarrow as pa
import pytest
from PIL import Image

from emotion_jax.config import AnalysisConfig
from emotion_jax.labels import EMOTIONS
from emotion_jax.pipeline import analyze
from emotion_jax.plot import DPI, MAX_HEIGHT_INCHES, MAX_WIDTH_INCHES, UNCERTAIN_HATCH, plot_timeline, timeline_figure
from emotion_jax.result import SYNCHRONY_SCHEMA
from emotion_jax.timeline import MODALITIES, MOVEMENT, Timeline


def _timeline(windows: int = 6, people=("A", "B"), fused: bool = True, absent=((2, 1),)) -> Timeline:
    """Every modality present for everyone, but no fused track unless `fused`, and nothing at all for the
    (window, participant) pairs in `absent`. A's top reading is 0.7 (certain) everywhere."""
    w, p, m = windows, len(people), len(MODALITIES)
    probs = np.full((w, p, m, len(EMOTIONS)), 0.05, np.float32)
    probs[..., EMOTIONS.index("sad")] = 0.7
    present = np.ones((w, p, m), bool)
    if not fused:
        present[:, :, MODALITIES.index("fused")] = False
    for k, person in absent:
        present[k, person] = False
    probs[~present] = np.nan
    valence = np.where(present, np.linspace(-0.8, 0.8, w)[:, None, None], np.nan).astype(np.float32)
    return Timeline(np.arange(w, dtype=float), 1.0, tuple(people), MODALITIES, probs, valence, valence / 2,
                    np.where(present, 0.8, np.nan).astype(np.float32), present)


def _row(fig, person: str, modality: str):
    """The row's axes and its twin (valence / arousal)."""
    axes = [ax for ax in fig.axes if ax.get_gid() == f"row:{person}:{modality}"]
    assert len(axes) == 1, [ax.get_gid() for ax in fig.axes]
    twin = [ax for ax in fig.axes if ax is not axes[0] and ax.bbox.bounds == axes[0].bbox.bounds]
    return axes[0], twin[0]


def _line(twin, name: str):
    return next(line for line in twin.get_lines() if line.get_gid() == name)


def _titles(fig) -> list[str]:
    return [ax.get_title(loc="left") for ax in fig.axes if ax.get_title(loc="left")]


def test_an_absent_window_is_a_gap_and_windows_are_flat_bars():
    timeline = _timeline()
    fig = timeline_figure(timeline)
    fig.canvas.draw()
    ax, twin = _row(fig, "B", "fused")
    x, y = (np.asarray(a, float) for a in _line(twin, "valence").get_data())
    window = np.arange(len(x)) // 2  # each window is two points, its start and its end
    np.testing.assert_array_equal(np.isnan(y), window == 2)  # a gap, not a fall to zero
    # window bars: each window is drawn flat from its start to its end, with no ramp to the next one
    np.testing.assert_array_equal(x, np.column_stack([timeline.starts, timeline.ends]).ravel())
    np.testing.assert_array_equal(y[0::2], y[1::2])
    # no probability area covers the absent window, and A (present throughout) has one unbroken area
    for collection in ax.collections:
        if str(collection.get_gid()).startswith("probability:"):
            for path in collection.get_paths():
                xs = path.vertices[:, 0]
                assert xs.max() <= 2.0 or xs.min() >= 3.0, (collection.get_gid(), xs.min(), xs.max())
    a_areas = [c for c in _row(fig, "A", "fused")[0].collections if c.get_gid() == "probability:sad"]
    assert len(a_areas) == 1 and len(a_areas[0].get_paths()) == 1


def test_axes_are_labelled_and_time_reads_as_mm_ss_in_a_long_session(tmp_path):
    fig = timeline_figure(_timeline())
    ax, twin = _row(fig, "A", "fused")
    assert ax.get_ylabel() == "probability" and twin.get_ylabel() == "valence / arousal"
    assert [a.get_xlabel() for a in fig.axes if a.get_xlabel()] == ["time (s)"]
    long = timeline_figure(_timeline(windows=600, absent=()))
    long.canvas.draw()
    bottom = next(a for a in long.axes if a.get_xlabel())
    assert bottom.get_xlabel() == "time (mm:ss)"
    labels = [t.get_text() for t in bottom.get_xticklabels() if t.get_text()]
    assert "1:00" in labels and "10:00" in labels, labels


def test_uncertain_windows_keep_the_hatching():
    timeline = _timeline(absent=())
    probs = timeline.probs.copy()
    probs[3:5, 0] = 1 / len(EMOTIONS)  # a flat reading: its top probability is below the rule's 0.5
    timeline = Timeline(timeline.starts, 1.0, timeline.participants, MODALITIES, probs, timeline.valence,
                        timeline.arousal, timeline.confidence, timeline.present)
    ax, _ = _row(timeline_figure(timeline), "A", "fused")
    hatched = [c for c in ax.collections if c.get_gid() == "uncertain"]
    assert len(hatched) == 1 and hatched[0].get_hatch() == UNCERTAIN_HATCH
    (path,) = hatched[0].get_paths()
    assert path.vertices[:, 0].min() == 3.0 and path.vertices[:, 0].max() == 5.0
    assert not [c for c in _row(timeline_figure(timeline), "B", "fused")[0].collections if c.get_gid() == "uncertain"]


def test_one_row_per_participant_with_modalities_on_demand():
    timeline = _timeline()
    rows = lambda fig: [ax.get_gid() for ax in fig.axes if str(ax.get_gid()).startswith("row:")]  # noqa: E731
    assert rows(timeline_figure(timeline)) == ["row:A:fused", "row:B:fused"]
    assert rows(timeline_figure(timeline, modalities=True)) == [
        f"row:{p}:{m}" for p in "AB" for m in ("fused", "face", "voice", "words")]
    assert rows(timeline_figure(timeline, modalities=("voice",))) == ["row:A:fused", "row:A:voice", "row:B:fused",
                                                                      "row:B:voice"]
    with pytest.raises(ValueError, match="no modality 'smell'"):
        timeline_figure(timeline, modalities=("smell",))


def test_a_face_only_participant_is_not_called_fused():
    timeline = _timeline(fused=False)
    titles = _titles(timeline_figure(timeline))
    assert titles == [f"{p}: {timeline.track_label(p)}" for p in "AB"]
    assert all("face" in t and "no fused track" in t and not t.endswith(": fused") for t in titles)
    assert _titles(timeline_figure(_timeline())) == ["A: fused", "B: fused"]


def test_the_figure_is_sized_for_the_session_and_capped(tmp_path):
    short = plot_timeline(_timeline(windows=5), tmp_path / "short.png", title="two people, 5 s")  # the old call
    width, height = Image.open(short).size
    assert height <= 600 and width <= 1000, (width, height)
    crowd = plot_timeline(_timeline(windows=3600, people=tuple("ABCDEFGHIJ"), absent=()), tmp_path / "crowd.png",
                          modalities=True)
    width, height = Image.open(crowd).size
    assert height <= MAX_HEIGHT_INCHES * DPI and width <= MAX_WIDTH_INCHES * DPI and width > 1000


@pytest.fixture(scope="module")
def debate(data_dir, tmp_path_factory):
    """The real two-person 5 s debate clip, analysed for faces only."""
    clip = data_dir / "video" / "debate_2people_5s.mp4"
    return analyze(clip, AnalysisConfig(modalities=("face",)), work_dir=tmp_path_factory.mktemp("debate"),
                   progress=False).timeline


def test_a_real_two_person_five_second_clip(debate, tmp_path):
    assert len(debate.participants) == 2 and debate.ends[-1] <= 7
    path = plot_timeline(debate, tmp_path / "debate.png", title="debate")
    width, height = Image.open(path).size
    assert height < 600 and width < 1000, (width, height)  # was 2,000 pixels tall
    fig = timeline_figure(debate)
    assert _titles(fig) == [f"{p}: {debate.track_label(p)}" for p in debate.participants]
    for p, person in enumerate(debate.participants):  # wherever the face was not seen, the line has a gap
        best = debate.best_modality(person)
        present = debate.present[:, p, debate.modalities.index(best)]
        _, y = _line(_row(fig, person, best)[1], "valence").get_data()
        np.testing.assert_array_equal(np.isnan(np.asarray(y, float)), np.repeat(~present, 2))


def _moving(timeline: Timeline) -> tuple[Timeline, pa.Table]:
    """The timeline with A's face moving (B never seen), and a synchrony table for A and B."""
    movement = np.full((len(timeline.starts), len(timeline.participants), len(MOVEMENT)), np.nan, np.float32)
    movement[:, 0] = [5.0, 0.0, 0.0, 1.0, np.nan, 0.1]  # head speed, nods, shakes, facing, toward, energy
    movement[2, 0, MOVEMENT.index("nods")] = 1
    rows = [dict(participant_a="A", participant_b="B", scope=scope, start=start, end=start + 4.0, synchrony=0.5,
                 lag_s=0.0, chance_95=0.3, above_chance=True) for scope, start in (("window", 0.0), ("window", 2.0),
                                                                                   ("session", 0.0))]
    return replace(timeline, movement=movement), pa.Table.from_pylist(rows, SYNCHRONY_SCHEMA)


def test_body_language_and_synchrony_rows_on_demand():
    timeline, pairs = _moving(_timeline())
    rows = lambda fig: [ax.get_gid() for ax in fig.axes if str(ax.get_gid()).startswith("row:")]  # noqa: E731
    assert rows(timeline_figure(timeline)) == ["row:A:fused", "row:B:fused"]
    assert rows(timeline_figure(timeline, movement=True, synchrony=pairs)) == [
        "row:A:fused", "row:A:movement", "row:B:fused", "row:A/B:synchrony"]  # B's face was never seen
    fig = timeline_figure(timeline, movement=True, synchrony=pairs)
    moving = next(ax for ax in fig.axes if ax.get_gid() == "row:A:movement")
    nods = next(line for line in moving.get_lines() if line.get_gid() == "nods")
    assert list(nods.get_xdata()) == [2.5]  # a nod begun in window 2, marked in its middle
    synchronous = next(ax for ax in fig.axes if ax.get_gid() == "row:A/B:synchrony")
    x, y = (np.asarray(a, float) for a in next(line for line in synchronous.get_lines()
                                               if line.get_gid() == "synchrony").get_data())
    np.testing.assert_array_equal(x, [0.0, 2.0, 2.0, 6.0])  # each window until the next one starts, the last whole
