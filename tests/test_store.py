"""The encrypted session store and the pipeline on top of it: consent gates, nothing in plaintext, withdrawal."""

import tempfile
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from emotion_jax.pipeline import AnalysisConfig, analyze
from emotion_jax.store import SessionStore, StoreError
from emotion_jax.timeline import MODALITIES
from privacy.audit import AuditError
from privacy.consent import ConsentError, ConsentLedger
from privacy.crypto import MissingKeyError, ScryptParams, WrongKeyError
from tests.conftest import RAVDESS_CLIP

FAST = ScryptParams(n=2**10)  # tests only: a user's store uses the strong default
PASSPHRASE = "a long passphrase for tests"
# What the clip's analysis holds in plaintext: its words, a participant label, labels, and the container magics
MARKERS = [b"Kids", b"talking", b"door", b"person 1", b"neutral", b"PK\x03\x04", b"ARROW1", b"NUMPY"]


def _consent(store: SessionStore, session: str, modalities=("face", "voice", "words")) -> None:
    ledger = ConsentLedger()
    ledger.record("client", session, modalities=modalities, purposes=["clinical review"],
                  recorded_by="dr-a", retention_days=365)
    store.save_consent(session, ledger)


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    """A store holding one full analysis of the RAVDESS clip, and the temp folder the analysis used."""
    root, temp = tmp_path_factory.mktemp("store"), tmp_path_factory.mktemp("tmp")
    store = SessionStore.create(root, PASSPHRASE, actor="dr-a", params=FAST)
    session = store.new_session()
    _consent(store, session)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TMPDIR", str(temp))
        mp.setattr(tempfile, "tempdir", str(temp))
        analysis = analyze(RAVDESS_CLIP, store=store, session=session, progress=False)
    return store, session, analysis, temp


def test_outputs_round_trip(tmp_path):
    store = SessionStore.create(tmp_path, PASSPHRASE, actor="dr-a", params=FAST)
    session = store.new_session()
    arrays = {"a": np.arange(5.0), "b": np.array(["x", "y"])}
    store.put_arrays(session, "features", arrays)
    table = pa.table({"word": ["hello"], "start": [1.5]})
    store.put_table(session, "words", table)
    again = SessionStore.open(tmp_path, PASSPHRASE, actor="dr-b")
    assert again.sessions() == [session]
    assert again.names(session) == ["features", "words"]
    np.testing.assert_array_equal(again.get_arrays(session, "features")["a"], arrays["a"])
    assert again.get_table(session, "words").equals(table)
    with pytest.raises(StoreError, match="no output named 'timeline'"):
        again.get(session, "timeline")


def test_wrong_passphrase_is_refused(tmp_path):
    SessionStore.create(tmp_path, PASSPHRASE, actor="dr-a", params=FAST)
    with pytest.raises(WrongKeyError):
        SessionStore.open(tmp_path, "not the passphrase", actor="dr-a")


def test_full_analysis_leaves_no_plaintext_in_store_or_temp_folder(analysed):
    store, session, analysis, temp = analysed
    assert "kids" in " ".join(analysis.words["word"].to_pylist()).lower()
    files = _files(store.root) + _files(temp)
    for path in files:
        data = path.read_bytes()
        for marker in MARKERS:
            assert marker not in data, f"{marker!r} in plaintext in {path}"
    names = " ".join(str(p.relative_to(store.root)) for p in _files(store.root))
    assert "client" not in names and "person" not in names and RAVDESS_CLIP.stem not in names


def test_stored_results_read_back_and_a_rerun_resumes_from_the_store(analysed, monkeypatch):
    store, session, analysis, _ = analysed
    assert store.get_table(session, "words").equals(analysis.words)
    assert store.get_table(session, "timeline").num_rows > 0
    from emotion_jax import pipeline

    monkeypatch.setattr(pipeline, "hear_speech", lambda *a, **k: pytest.fail("the speech stage ran again"))
    again = analyze(RAVDESS_CLIP, store=store, session=session, progress=False)
    assert again.words.equals(analysis.words)


def test_analysis_without_consent_is_refused_and_names_what_is_missing(tmp_path):
    store = SessionStore.create(tmp_path, PASSPHRASE, actor="dr-a", params=FAST)
    session = store.new_session()
    with pytest.raises(ConsentError, match="no consent is recorded"):
        analyze(RAVDESS_CLIP, store=store, session=session, progress=False)
    _consent(store, session, modalities=("face",))
    with pytest.raises(ConsentError) as refused:
        analyze(RAVDESS_CLIP, store=store, session=session, progress=False)
    assert "'voice'" in str(refused.value) and "'words'" in str(refused.value)
    assert store.names(session) == []  # nothing ran


def test_only_consented_modalities_are_analysed(tmp_path):
    store = SessionStore.create(tmp_path, PASSPHRASE, actor="dr-a", params=FAST)
    session = store.new_session()
    _consent(store, session, modalities=("face",))
    analysis = analyze(RAVDESS_CLIP, AnalysisConfig(modalities=("face",)), store=store, session=session,
                       progress=False)
    timeline = analysis.timeline
    assert analysis.words.num_rows == 0
    assert timeline.present[..., MODALITIES.index("face")].any()
    assert not timeline.present[..., MODALITIES.index("voice")].any()
    assert any("voice and words not analysed" in n for n in timeline.notes)


def test_withdrawal_makes_outputs_unreadable_and_stays_on_record(tmp_path):
    store = SessionStore.create(tmp_path, PASSPHRASE, actor="dr-a", params=FAST)
    session = store.new_session()
    _consent(store, session)
    store.put_arrays(session, "speech", {"x": np.zeros(3)})
    store.withdraw(session, "client", recorded_by="dr-a")
    with pytest.raises((StoreError, MissingKeyError)):
        store.get(session, "speech")
    assert session not in store.sessions()
    assert store.consent(session).current("client", session).kind == "withdrawal"


def test_edited_or_shortened_audit_log_is_detected_on_open(tmp_path):
    store = SessionStore.create(tmp_path, PASSPHRASE, actor="dr-a", params=FAST)
    session = store.new_session()
    store.put_arrays(session, "speech", {"x": np.zeros(3)})
    store.get(session, "speech")
    log = tmp_path / "audit.log"
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(b"".join(lines[:-1]))  # the last entry (the read) removed
    with pytest.raises(AuditError):
        SessionStore.open(tmp_path, PASSPHRASE, actor="dr-a")
    log.write_bytes(b"".join(lines).replace(b'"dr-a"', b'"dr-x"', 1))
    with pytest.raises(AuditError):
        SessionStore.open(tmp_path, PASSPHRASE, actor="dr-a")
