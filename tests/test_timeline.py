import numpy as np
import pyarrow.parquet as pq
import pytest

from emotion_jax.labels import EMOTIONS, INDEX
from emotion_jax.timeline import MODALITIES, Timeline, from_arrow, summarize, to_arrow, write_csv, write_parquet


def _timeline(dominant: list[str]) -> Timeline:
    w, p, m = len(dominant), 1, len(MODALITIES)
    probs = np.full((w, p, m, 7), np.nan, np.float32)
    present = np.zeros((w, p, m), bool)
    face = MODALITIES.index("face")
    for i, name in enumerate(dominant):
        row = np.full(7, 0.05, np.float32)
        row[INDEX[name]] = 0.7
        probs[i, 0, face] = row
        present[i, 0, face] = True
    va = np.where(present, 0.1, np.nan).astype(np.float32)
    return Timeline(np.arange(w, dtype=float), 1.0, ("person 1",), MODALITIES, probs, va, va,
                    np.where(present, 0.7, np.nan).astype(np.float32), present)


def test_summary_shares_peaks_and_transitions():
    t = _timeline(["neutral"] * 4 + ["happy"] * 4 + ["neutral"] * 2)
    s = summarize(t, "person 1")
    assert s.modality == "face"
    assert s.share["neutral"] == pytest.approx(0.6) and s.share["happy"] == pytest.approx(0.4)
    assert [(e, f, to) for e, f, to in s.transitions][0][1:] == ("neutral", "happy")
    assert any(e == "happy" for _, e, _ in s.peaks)
    assert s.seconds_present == 10.0


def test_a_steady_mood_has_no_peaks():
    assert summarize(_timeline(["happy"] * 10), "person 1").peaks == []


def test_shape_is_checked():
    t = _timeline(["neutral"])
    with pytest.raises(ValueError, match="probs"):
        Timeline(t.starts, 1.0, ("a", "b"), MODALITIES, t.probs, t.valence, t.arousal, t.confidence, t.present)


def test_export_parquet_and_csv(tmp_path):
    t = _timeline(["sad", "sad", "angry"])
    table = to_arrow(t)
    assert table.num_rows == 3
    assert table.column("dominant").to_pylist() == ["sad", "sad", "angry"]
    assert {f"p_{e}" for e in EMOTIONS} <= set(table.column_names)
    back = pq.read_table(write_parquet(t, tmp_path / "t.parquet"))
    assert back.num_rows == 3
    text = write_csv(t, tmp_path / "t.csv").read_text()
    assert text.splitlines()[0].startswith('"start","end","participant"')


def test_absent_participant_summary_is_empty():
    t = _timeline(["neutral"])
    empty = Timeline(t.starts, 1.0, t.participants, t.modalities, t.probs, t.valence, t.arousal, t.confidence,
                     np.zeros_like(t.present))
    s = summarize(empty, "person 1", "face")
    assert s.seconds_present == 0 and not s.peaks



def test_from_arrow_gives_back_the_present_cells():
    t = _timeline(["happy", "happy", "sad", "neutral"])
    back = from_arrow(to_arrow(t))
    assert back.participants == t.participants and back.window == t.window
    np.testing.assert_array_equal(back.present, t.present)
    np.testing.assert_allclose(back.probs[t.present], t.probs[t.present])
    np.testing.assert_allclose(back.valence[t.present], t.valence[t.present])
