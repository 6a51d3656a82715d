"""Attacks on a real store (a full analysis of a real clip) by someone who can change its files but holds
neither the passphrase's keys in memory nor the anchor folder: each is refused with one line naming it."""

import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pytest

from emotion_jax.cli import main
from emotion_jax.pipeline import analyze
from emotion_jax.store import SessionStore
from privacy import audit
from privacy.audit import AuditError
from tests.conftest import PASSPHRASE, RAVDESS_CLIP


@dataclass(frozen=True)
class Copy:
    """A copy of the analysed store, with its own anchor folder."""

    root: Path
    anchors: Path
    session: str

    def output(self, name: str) -> Path:
        return self.root / "sessions" / self.session / f"{name}.ejx"

    def open(self) -> SessionStore:
        return SessionStore.open(self.root, PASSPHRASE, actor="dr-a", anchor=self.anchors)

    def cli(self, capsys, action: str = "verify") -> tuple[int, list[str]]:
        """Exit code and every line printed by `emotion-jax store ACTION`."""
        code = main(["store", action, str(self.root), "--anchor", str(self.anchors), "--actor", "dr-a"])
        out = capsys.readouterr()
        return code, out.out.splitlines() + out.err.splitlines()


@pytest.fixture
def copy(analysed, tmp_path, monkeypatch) -> Copy:
    store, session, _, _ = analysed
    root, anchors = tmp_path / "store", tmp_path / "anchors"
    shutil.copytree(store.root, root)
    anchors.mkdir(mode=0o700)
    shutil.copy2(store.files.anchor.path, anchors / store.files.anchor.name)
    monkeypatch.setenv("EMOTION_JAX_PASSPHRASE", PASSPHRASE)
    return Copy(root, anchors, session)


def _one_line(capsys, copy: Copy, pattern: str, code: int, action: str = "verify") -> str:
    got, lines = copy.cli(capsys, action)
    assert got == code and len(lines) == 1 and re.fullmatch(pattern, lines[0]), (got, lines)
    return lines[0]


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_an_untouched_copy_verifies(copy, capsys):
    _one_line(capsys, copy, r"audit log intact: \d+ entries, anchored at .*; every stored file matches .*", 0)
    names = {p.name for p in copy.root.rglob("*.ejx")}
    assert {"timeline.ejx", "words.ejx", "turns.ejx"} <= names  # what the attacks below aim at


def test_flipped_byte(copy, capsys):
    data = bytearray(copy.output("timeline").read_bytes())
    data[len(data) // 2] ^= 0x01
    copy.output("timeline").write_bytes(bytes(data))
    line = _one_line(capsys, copy, r"tampered: sessions/\w+/timeline\.ejx was modified after it was written: "
                                   r"its bytes differ from those of audit line \d+", 1)
    with pytest.raises(AuditError, match=re.escape(line.removeprefix("tampered: "))):
        copy.open().get(copy.session, "timeline")  # reading it is refused the same way


def test_flipped_byte_in_a_key_file_is_refused_on_open(copy, capsys):
    key = copy.root / "keys-1" / f"{copy.session}.key"
    data = bytearray(key.read_bytes())
    data[-1] ^= 0x80
    key.write_bytes(bytes(data))
    _one_line(capsys, copy, rf"error: keys-1/{copy.session}\.key was modified after it was written: .*", 2, "list")


def test_truncated_file(copy, capsys):
    path = copy.output("words")
    path.write_bytes(path.read_bytes()[:-100])
    _one_line(capsys, copy, r"tampered: sessions/\w+/words\.ejx is truncated: (\d+) of the \d+ bytes recorded at "
                            r"audit line \d+", 1)


def test_swapped_files(copy, capsys):
    a, b = copy.output("words"), copy.output("turns")
    a_bytes, b_bytes = a.read_bytes(), b.read_bytes()
    a.write_bytes(b_bytes)
    b.write_bytes(a_bytes)
    got, lines = copy.cli(capsys)
    assert got == 1 and sorted(lines) == [
        f"tampered: sessions/{copy.session}/turns.ejx holds the file recorded for sessions/{copy.session}/words.ejx: "
        "the files were swapped or copied",
        f"tampered: sessions/{copy.session}/words.ejx holds the file recorded for sessions/{copy.session}/turns.ejx: "
        "the files were swapped or copied"]


def test_replayed_older_version(copy, capsys):
    old = copy.output("timeline").read_bytes()
    store = copy.open()
    store.put_table(copy.session, "timeline", pa.table({"x": [1]}))  # a newer version, as a re-analysis writes
    copy.output("timeline").write_bytes(old)
    line = _one_line(capsys, copy, r"tampered: sessions/\w+/timeline\.ejx is an older version \(written at audit "
                                   r"line \d+, replaced at line \d+\): it was put back from a copy", 1)
    with pytest.raises(AuditError, match=re.escape(line.removeprefix("tampered: "))):
        store.get_table(copy.session, "timeline")


def test_deleted_file(copy, capsys):
    copy.output("turns").unlink()
    _one_line(capsys, copy, r"tampered: sessions/\w+/turns\.ejx is missing: it was written at audit line \d+ and "
                            r"deleted outside the store", 1)
    _one_line(capsys, copy, r"error: sessions/\w+/turns\.ejx is missing: .*", 2, "list")  # on open too


def test_planted_file(copy, capsys):
    shutil.copy2(copy.output("words"), copy.root / "sessions" / copy.session / "notes.ejx")
    _one_line(capsys, copy, r"tampered: sessions/\w+/notes\.ejx holds the file recorded for sessions/\w+/words\.ejx"
                            r": the files were swapped or copied", 1)


def _cut(log: Path, n: int) -> None:
    log.write_bytes(b"".join(log.read_bytes().splitlines(keepends=True)[:-n]))


def test_audit_tail_cut(copy, capsys):
    _cut(copy.root / "audit.log", 3)
    _one_line(capsys, copy, r"error: log has (\d+) entries but \d+ were recorded earlier \(its anchor .*\): its tail "
                            r"was removed, or the log was rolled back to an older copy", 2)


def test_audit_tail_cut_with_its_head(copy, capsys):
    _cut(copy.root / "audit.log", 3)
    anchor = next(copy.anchors.iterdir())
    anchor.unlink()  # the head is gone too
    _one_line(capsys, copy, r"error: the log's anchor .* is missing, so a cut or rolled-back log cannot be told from "
                            r"a good one: give the folder that holds it \(--anchor\)", 2)
    last = json.loads((copy.root / "audit.log").read_bytes().splitlines()[-1])
    doc = {"format": "emotion-jax audit anchor", "log": anchor.name, "count": last["seq"] + 1, "head": last["hash"]}
    mac = hashlib.sha256(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
    anchor.write_text(json.dumps({**doc, "mac": mac}))  # rewritten to the cut log's head, without the audit key
    anchor.chmod(0o600)
    _one_line(capsys, copy, r"error: anchor .* was altered, or belongs to another log or key", 2)


def test_log_and_store_rolled_back_together(copy, capsys, tmp_path):
    before = tmp_path / "backup"
    shutil.copytree(copy.root, before)
    store = copy.open()
    store.withdraw(copy.session, "client", recorded_by="dr-a")  # everything the session had is shredded
    shutil.rmtree(copy.root)
    shutil.copytree(before, copy.root)  # the whole store put back, its log and key ring with it
    _one_line(capsys, copy, r"error: log has \d+ entries but \d+ were recorded earlier \(its anchor .*\): its tail "
                            r"was removed, or the log was rolled back to an older copy", 2, "list")


def test_replayed_consent_after_withdrawal(copy, capsys):
    ledger = copy.root / "consent" / f"{copy.session}.ejx"
    granted = ledger.read_bytes()
    copy.open().withdraw(copy.session, "client", recorded_by="dr-a", modalities=["voice"])
    ledger.write_bytes(granted)  # the grant of voice put back
    line = _one_line(capsys, copy, r"tampered: consent/\w+\.ejx is an older version \(written at audit line \d+, "
                                   r"replaced at line \d+\): it was put back from a copy", 1)
    store = copy.open()
    with pytest.raises(AuditError, match=re.escape(line.removeprefix("tampered: "))):
        store.consent(copy.session)
    with pytest.raises(AuditError, match="older version"):
        analyze(RAVDESS_CLIP, store=store, session=copy.session, progress=False)


def test_restored_pre_withdrawal_key_files(copy, capsys, tmp_path):
    keys = tmp_path / "keys-backup"
    shutil.copytree(copy.root / "keys-1", keys)
    copy.open().withdraw(copy.session, "client", recorded_by="dr-a")
    shutil.rmtree(copy.root / "keys-1")
    shutil.copytree(keys, copy.root / "keys-1")  # the shredded keys put back
    shutil.rmtree(copy.root / "shredded")
    _one_line(capsys, copy, rf"error: keys-1/{copy.session}(\.face|\.voice|\.words)?\.key was deleted at audit line "
                            r"\d+ but is back: restored from a copy made before \(and \d+ more: run `emotion-jax "
                            r"store verify`\)", 2, "list")
    got, lines = copy.cli(capsys)
    assert got == 1 and any(re.fullmatch(r"tampered: shredded/\w+ is missing: .*", line) for line in lines)


def test_partial_last_line_is_refused_and_repair_mends_only_it(copy, capsys):
    log = copy.root / "audit.log"
    whole = log.read_bytes()
    log.write_bytes(whole + b'{"seq":999,"time":"2026-')  # a crash, or a full disk, mid-append
    _one_line(capsys, copy, rf"error: line \d+: entry is incomplete \(an interrupted write\?\); run `emotion-jax "
                            rf"store repair {copy.root}` to cut it", 2, "list")
    before = _snapshot(copy.root)
    _one_line(capsys, copy, r"cut an interrupted last line \(24 bytes\) from the audit log, and logged so at line \d+",
              0, "repair")
    after = _snapshot(copy.root)
    assert after.pop("audit.log").startswith(whole) and before.pop("audit.log") != whole
    assert after == before  # nothing but the log changed
    repaired = list(audit.entries(log))[-1]
    assert (repaired.action, dict(repaired.details)) == ("repair", {"removed_bytes": 24,
                                                                    "after_entry": len(whole.splitlines())})
    _one_line(capsys, copy, r"audit log intact: .*", 0)
    _one_line(capsys, copy, r"nothing to repair: the audit log ends with a whole entry", 0, "repair")


def test_repair_refuses_a_log_damaged_elsewhere(copy, capsys):
    log = copy.root / "audit.log"
    lines = log.read_bytes().splitlines(keepends=True)
    lines[2] = lines[2].replace(b"dr-a", b"dr-x")
    damaged = b"".join(lines) + b'{"seq":'
    log.write_bytes(damaged)
    _one_line(capsys, copy, r"error: only an interrupted last line can be repaired, and the rest is damaged too: "
                            r"line 3: hash does not match: .*", 2, "repair")
    assert log.read_bytes() == damaged


def test_repair_mends_no_tampered_output(copy, capsys):
    copy.output("turns").unlink()
    log = copy.root / "audit.log"
    log.write_bytes(log.read_bytes() + b'{"seq"')
    assert copy.cli(capsys, "repair")[0] == 0
    _one_line(capsys, copy, r"tampered: sessions/\w+/turns\.ejx is missing: .*", 1)


def test_log_or_anchor_open_to_others_is_refused_with_the_fix(copy, capsys):
    log = copy.root / "audit.log"
    log.chmod(0o644)
    _one_line(capsys, copy, rf"error: {log} is open to other users \(mode 644\): run chmod 600 {log}", 2, "list")
    log.chmod(0o600)
    anchor = next(copy.anchors.iterdir())
    anchor.chmod(0o604)
    _one_line(capsys, copy, rf"error: {anchor} is open to other users \(mode 604\): run chmod 600 {anchor}", 2, "list")
