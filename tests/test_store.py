"""The encrypted session store and the pipeline on top of it: consent gates, nothing in plaintext, withdrawal."""

import getpass
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from emotion_jax.config import AnalysisConfig
from emotion_jax.pipeline import analyze
from emotion_jax.store import SessionStore, StoreError, WithdrawnError
from emotion_jax.timeline import MODALITIES
from privacy import audit
from privacy.audit import AuditError
from privacy.consent import ConsentError
from privacy.crypto import CryptoError, MissingKeyError, WrongKeyError, file_aad, iter_decrypted
from tests.conftest import FAST, PASSPHRASE, RAVDESS_CLIP, record_consent

# What the clip's analysis holds in plaintext: its words, a participant label, labels, and the container magics
MARKERS = [b"Kids", b"talking", b"door", b"person 1", b"neutral", b"PK\x03\x04", b"ARROW1", b"NUMPY"]


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


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
    assert again.get_table(session, "words", pa.schema([("word", pa.string())])).equals(table)  # kept: read
    empty = again.get_table(session, "synchrony", pa.schema([("start", pa.float64())]))  # not kept: empty
    assert empty.num_rows == 0 and empty.schema.names == ["start"]


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
    record_consent(store, session, modalities=("face",))
    with pytest.raises(ConsentError) as refused:
        analyze(RAVDESS_CLIP, store=store, session=session, progress=False)
    assert "'voice'" in str(refused.value) and "'words'" in str(refused.value)
    assert store.names(session) == []  # nothing ran


def test_only_consented_modalities_are_analysed(tmp_path):
    store = SessionStore.create(tmp_path, PASSPHRASE, actor="dr-a", params=FAST)
    session = store.new_session()
    record_consent(store, session, modalities=("face",))
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
    record_consent(store, session)
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
    assert {e.actor for e in audit.entries(log)} == {f"{getpass.getuser()} (dr-a)"}  # the OS user, then the name
    log.write_bytes(b"".join(lines).replace(b"(dr-a)", b"(dr-x)", 1))
    with pytest.raises(AuditError):
        SessionStore.open(tmp_path, PASSPHRASE, actor="dr-a")


def _withdrawable(tmp_path: Path) -> tuple[SessionStore, str]:
    """A session with one output per kind of derivation."""
    store = SessionStore.create(tmp_path, PASSPHRASE, actor="dr-a", params=FAST)
    session = store.new_session()
    record_consent(store, session)
    store.put_arrays(session, "faces", {"x": np.zeros(3)}, derived_from=["face"])
    store.put_arrays(session, "speech", {"x": np.ones(3)}, derived_from=["voice"])
    store.put_table(session, "words", pa.table({"word": ["hello"]}), derived_from=("voice", "words"))
    store.put(session, "timeline", b"all of them")  # derived from every modality unless told otherwise
    store.put(session, "record", b"status", derived_from=())
    return store, session


def test_withdrawing_one_modality_shreds_exactly_what_derives_from_it(tmp_path):
    store, session = _withdrawable(tmp_path)
    store.withdraw(session, "client", recorded_by="dr-b", modalities=["voice"])
    for name in ("speech", "words", "timeline"):
        with pytest.raises(WithdrawnError, match=r"derives from 'voice'.*withdrawn on \d{4}-\d\d-\d\d by dr-b"):
            store.get(session, name)
    np.testing.assert_array_equal(store.get_arrays(session, "faces")["x"], np.zeros(3))
    assert store.get(session, "record") == b"status"
    again = SessionStore.open(tmp_path, PASSPHRASE, actor="dr-c")  # for good: not just in this process
    with pytest.raises(WithdrawnError):
        again.get(session, "speech")
    with pytest.raises(WithdrawnError, match="can never be read or written again"):
        again.put(session, "speech", b"new")
    again.put(session, "faces", b"face only", derived_from=["face"])
    assert again.get(session, "faces") == b"face only"
    current = store.consent(session).current("client", session)
    assert (current.kind, current.modalities, current.withdrawn) == ("grant", ("face", "words"), ("voice",))
    log = [(e.action, dict(e.details)) for e in audit.entries(tmp_path / "audit.log") if e.target == session]
    assert ("withdraw-consent", {"modalities": "voice"}) in log
    assert ("shred", {"modality": "voice", "outputs": 3}) in log


def test_full_withdrawal_after_a_partial_one_shreds_everything(tmp_path):
    store, session = _withdrawable(tmp_path)
    store.withdraw(session, "client", recorded_by="dr-a", modalities=["voice"])
    store.withdraw(session, "client", recorded_by="dr-a")
    assert session not in store.sessions() and not (tmp_path / "sessions" / session).exists()
    with pytest.raises((StoreError, MissingKeyError)):
        store.get(session, "faces")
    assert store.consent(session).current("client", session).kind == "withdrawal"


def test_derived_from_is_bound_to_the_output(tmp_path):
    store, session = _withdrawable(tmp_path)
    store.put(session, "faces", b"now from face and words", derived_from=["words", "face"])
    assert store.names(session) == ["faces", "record", "speech", "timeline", "words"]
    assert store.get(session, "faces") == b"now from face and words"  # the face-only version was replaced
    assert store.derived_from(session, "faces") == ("face", "words") and store.derived_from(session, "record") == ()
    folder = tmp_path / "sessions" / session
    (folder / "faces@face+words.ejx").rename(folder / "faces@face.ejx")  # claiming fewer modalities fails
    swapped = r"faces@face.ejx holds the file recorded for sessions/\w+/faces@face\+words.ejx"
    with pytest.raises(AuditError, match=swapped):
        store.get(session, "faces")
    with pytest.raises(CryptoError):  # and would fail to decrypt even with the log's check passed
        b"".join(iter_decrypted(folder / "faces@face.ejx", store._key(session, "faces", ("face",)),
                                file_aad(session, "faces@face")))
    with pytest.raises(StoreError, match="unknown modality video"):
        store.put(session, "x", b"", derived_from=["video"])


def _crash_during(tmp_path: Path, session: str, patch: str, action: str) -> None:
    """Run `action` on the store in a child process that dies (os._exit) where `patch` is replaced."""
    script = (f"import os\nfrom privacy import tracked\n{patch} = lambda *a: os._exit(3)\n"
              "from emotion_jax.store import SessionStore\nfrom privacy.crypto import ScryptParams\n"
              f"store = SessionStore.open({str(tmp_path)!r}, {PASSPHRASE!r}, actor='dr-a')\n"
              f"session = {session!r}\n{action}\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parents[1], capture_output=True)
    assert done.returncode == 3, done.stderr.decode()


def test_a_write_or_deletion_cut_short_by_a_crash_is_finished_on_open(tmp_path):
    store = SessionStore.create(tmp_path, PASSPHRASE, actor="dr-a", params=FAST)
    session = store.new_session()
    store.put(session, "timeline", b"one")
    store.put(session, "faces", b"face only", derived_from=["face"])
    folder = tmp_path / "sessions" / session
    _crash_during(tmp_path, session, "tracked.os.replace", "store.put(session, 'timeline', b'two')")
    assert [p.name for p in folder.glob(".timeline.ejx.*.tmp")]  # logged, the anchor not yet moved, not in place
    assert SessionStore.open(tmp_path, PASSPHRASE, actor="dr-b").get(session, "timeline") == b"two"
    _crash_during(tmp_path, session, "tracked.destroy", "store.put(session, 'faces', b'from all')")
    assert sorted(p.name for p in folder.iterdir()) == [".faces@face.ejx.removing", "faces.ejx", "timeline.ejx"]
    again = SessionStore.open(tmp_path, PASSPHRASE, actor="dr-b")
    assert again.get(session, "timeline") == b"two" and again.get(session, "faces") == b"from all"
    assert sorted(p.name for p in (tmp_path / "sessions" / session).iterdir()) == ["faces.ejx", "timeline.ejx"]
    assert again.verify() == []


def test_a_worker_gets_only_its_sessions_keys(tmp_path):
    store = SessionStore.create(tmp_path, PASSPHRASE, actor="dr-a", params=FAST)
    mine, other = store.new_session(), store.new_session()
    for session in (mine, other):
        record_consent(store, session)
        store.put(session, "timeline", session.encode())
    store.withdraw(mine, "client", recorded_by="dr-a", modalities=["words"])
    keys = store.handout(mine)
    assert keys.sessions() == sorted([mine, f"{mine}.consent", f"{mine}.face", f"{mine}.voice", "store-audit"])
    worker = SessionStore(tmp_path, keys, store.files)  # as a batch worker holds it
    worker.put(mine, "faces", b"x", derived_from=["face"])
    assert worker.get(mine, "faces") == b"x" and worker.consent(mine).current("client", mine).kind == "grant"
    with pytest.raises(MissingKeyError, match="not its session"):
        worker.get(other, "timeline")
    with pytest.raises(WithdrawnError):
        worker.put(mine, "words", b"x", derived_from=["words"])
    shipped = pickle.dumps((store.files, keys))  # what Ray carries to a worker
    assert all(store.ring.data_key(other + suffix) not in shipped for suffix in ("", ".face", ".consent"))
    assert b"KeyRing" not in shipped and b"UserKey" not in shipped
