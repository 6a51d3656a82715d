"""The Python front door and the stored-session commands: the README's tour, ej.load, export and show."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from pympi.Elan import Eaf

import emotion_jax as ej
from emotion_jax.cli import main
from emotion_jax.store import StoreError
from emotion_jax.timeline import from_arrow, to_arrow
from tests.conftest import PASSPHRASE
from tests.test_pipeline import RAVDESS_CLIP


def test_the_readme_tour_runs(tmp_path):
    """README 'A tour': analyse, read the tables with pandas, plot, export, open the ELAN file."""
    a = ej.analyze(RAVDESS_CLIP, progress=False)
    assert isinstance(a.timeline, pd.DataFrame) and {"start", "participant", "modality", "uncertain"} <= set(
        a.timeline.columns)
    assert a.people["participant"].tolist() == ["person 1"] and a.people["face_track"][0] >= 0
    assert "Kids" in " ".join(a.words["word"])
    assert len(a.turns) == 1 and a.turns["participant"][0] == "person 1"
    assert a.plot(tmp_path / "timeline.png").stat().st_size > 0
    assert a.plot(tmp_path / "moving.png", movement=True).stat().st_size > 0
    assert a.synchrony.empty and any(line.startswith("  movement: ") for line in a.summary())  # one person
    written = a.export(tmp_path / "out")
    eaf = Eaf(str(written["eaf"]))
    assert eaf.media_descriptors and eaf.media_descriptors[0]["MEDIA_URL"].endswith(RAVDESS_CLIP.name)
    assert any(t.startswith("person 1") for t in eaf.get_tier_names())
    assert ej.__version__ == "0.1.0" and ej.AnalysisConfig().window_seconds == 1.0


def test_a_stored_session_loads_back_as_it_was_kept(analysed):
    store, session, analysis, _ = analysed
    a = ej.load(session, store=store)
    assert a.result.words.equals(analysis.words)
    pd.testing.assert_frame_equal(a.turns, analysis.turns.to_pandas())  # NaN prosody: compared as equal
    assert a.people["participant"].tolist() == analysis.people.column("participant").to_pylist()
    assert a.notes == analysis.timeline.notes
    kept = from_arrow(to_arrow(analysis.timeline))
    assert a.windows.participants == analysis.timeline.participants == ("client",)  # named by consent
    np.testing.assert_array_equal(a.windows.present, kept.present)
    np.testing.assert_allclose(np.nan_to_num(a.windows.probs), np.nan_to_num(kept.probs))
    np.testing.assert_allclose(np.nan_to_num(a.windows.movement), np.nan_to_num(kept.movement))
    assert np.isfinite(a.windows.movement).any()  # the client's face moved and was read
    assert a.result.synchrony.equals(analysis.synchrony) and a.synchrony.empty  # one person: no pair


def test_loading_a_session_with_no_analysis_says_so(analysed):
    store = analysed[0]
    with pytest.raises(StoreError, match="holds no finished analysis"):
        ej.load(store.new_session(), store=store)


def test_export_and_show_work_on_a_stored_session(analysed, tmp_path, monkeypatch, capsys):
    store, session, analysis, _ = analysed
    monkeypatch.setenv("EMOTION_JAX_PASSPHRASE", PASSPHRASE)
    root = str(store.root)
    assert main(["show", session, "--store", root, "--actor", "dr-a", "--words"]) == 0
    shown = capsys.readouterr().out
    assert "participant: " in shown and "Kids are talking by the door" in shown
    assert main(["export", session, "--store", root, "--actor", "dr-a", "--format", "eaf,vtt",
                 "--out", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written and all(n.endswith((".eaf", ".vtt")) for n in written), written
    assert main(["export", session, "--store", root, "--format", "docx", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1  # one line: unknown format, no traceback


def test_the_api_page_is_generated_from_the_docstrings():
    from docs.make_api import PAGE, page

    assert PAGE.read_text(encoding="utf-8") == page(), "run `python docs/make_api.py` and commit docs/API.md"

