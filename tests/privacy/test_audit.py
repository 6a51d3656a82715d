"""privacy.audit: the chain verifies, and any edit, removal, insertion or reordering names its line."""

import fcntl
import hashlib
import json
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from privacy.audit import (
    GENESIS,
    Anchor,
    AuditError,
    PartialLineError,
    VerifyReport,
    append,
    entries,
    repair,
    verify,
)
from privacy.crypto import ExposedFileError

KEY = b"audit-key-0123456789abcdef"
ACTIONS = [("dr.lee", "open", "s1"), ("dr.lee", "analyse", "s1"), ("dr.kim", "export", "s1/timeline.parquet"),
           ("dr.lee", "redact", "s1/transcript.json")]  # fmt: skip


def write_log(path: Path, key: bytes | None = None) -> list:
    return [append(path, a, act, t, {"n": i}, key=key) for i, (a, act, t) in enumerate(ACTIONS)]


def lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def rewrite(path: Path, new_lines: list[bytes]) -> None:
    path.write_bytes(b"".join(new_lines))


def unkeyed_hash(doc: dict) -> str:
    """What anyone can compute for an entry: SHA-256 of its canonical JSON without the hash."""
    body = {k: v for k, v in doc.items() if k != "hash"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def test_append_and_verify(tmp_path):
    log = tmp_path / "audit.jsonl"
    written = write_log(log)
    report = verify(log)
    assert report.count == 4 and report.head == written[-1].hash
    read = list(entries(log))
    assert read == written
    assert [e.seq for e in read] == [0, 1, 2, 3]
    assert read[0].prev == GENESIS and all(b.prev == a.hash for a, b in zip(read, read[1:], strict=False))
    assert read[2].action == "export" and read[2].target == "s1/timeline.parquet" and read[2].details == {"n": 2}
    assert datetime.fromisoformat(read[0].time).utcoffset().total_seconds() == 0
    assert len(lines(log)) == 4 and all(line.endswith(b"\n") for line in lines(log))


def test_keyed_log_verifies_with_its_key(tmp_path):
    log = tmp_path / "audit.jsonl"
    write_log(log, KEY)
    assert verify(log, KEY).count == 4


def test_edited_entry(tmp_path):
    log = tmp_path / "audit.jsonl"
    write_log(log)
    old = lines(log)
    old[1] = old[1].replace(b'"action":"analyse"', b'"action":"export"')
    rewrite(log, old)
    with pytest.raises(AuditError, match="line 2: hash does not match: the entry was edited") as info:
        verify(log)
    assert info.value.line == 2


def test_removed_entry(tmp_path):
    log = tmp_path / "audit.jsonl"
    write_log(log)
    old = lines(log)
    rewrite(log, old[:1] + old[2:])
    with pytest.raises(AuditError, match="line 2: entry does not follow the one before it"):
        verify(log)


def test_reordered_entries(tmp_path):
    log = tmp_path / "audit.jsonl"
    write_log(log)
    old = lines(log)
    rewrite(log, [old[0], old[2], old[1], old[3]])
    with pytest.raises(AuditError, match="line 2: entry does not follow"):
        verify(log)


def test_inserted_entry(tmp_path):
    log = tmp_path / "audit.jsonl"
    write_log(log)
    old = lines(log)
    rewrite(log, old[:2] + [old[1]] + old[2:])  # a replayed copy of entry 2
    with pytest.raises(AuditError, match="line 3: entry does not follow"):
        verify(log)


def test_forged_insertion_breaks_the_next_link(tmp_path):
    log = tmp_path / "audit.jsonl"
    write_log(log)
    old = lines(log)
    prev = json.loads(old[1])
    body = {**prev, "seq": 2, "action": "delete", "prev": prev["hash"]}
    forged = json.dumps({**body, "hash": unkeyed_hash(body)}).encode() + b"\n"
    rewrite(log, old[:2] + [forged] + old[2:])
    with pytest.raises(AuditError, match="line 4: entry does not follow"):  # the forged line itself is consistent
        verify(log)


def test_recomputed_chain_is_caught_by_the_key(tmp_path):
    log = tmp_path / "audit.jsonl"
    write_log(log, KEY)
    old = [json.loads(line) for line in lines(log)]
    old[1]["target"] = "s2"
    prev = GENESIS
    for doc in old:  # an attacker without the key rehashes everything with plain SHA-256
        doc["prev"] = prev
        doc["hash"] = prev = unkeyed_hash(doc)
    rewrite(log, [json.dumps(doc).encode() + b"\n" for doc in old])
    with pytest.raises(AuditError, match="line 1: hash does not match"):
        verify(log, KEY)


def test_truncated_tail_found_against_an_earlier_head(tmp_path):
    log = tmp_path / "audit.jsonl"
    write_log(log)
    report = verify(log)
    append(log, "dr.lee", "delete", "s1")
    assert verify(log, since=report).count == 5  # growing is fine
    rewrite(log, lines(log)[:3])
    assert verify(log).count == 3  # without the earlier head, a shorter log looks valid
    with pytest.raises(AuditError, match="log has 3 entries but 4 were recorded earlier: its tail was removed"):
        verify(log, since=report)


def test_rewritten_head_found_against_an_earlier_head(tmp_path):
    log = tmp_path / "audit.jsonl"
    write_log(log)
    report = verify(log)
    rewrite(log, lines(log)[:3])
    append(log, "dr.lee", "open", "s1")  # a different 4th entry, chained correctly
    with pytest.raises(AuditError, match="line 4: entry 4 is not the head recorded earlier"):
        verify(log, since=report)


def test_hmac_key_mismatch(tmp_path):
    log = tmp_path / "audit.jsonl"
    write_log(log, KEY)
    with pytest.raises(AuditError, match="line 1: hash does not match: .*or the audit key is wrong"):
        verify(log, b"another-key-0123456789")
    with pytest.raises(AuditError, match="line 1: entry is hmac-sha256-hashed: pass the audit key"):
        verify(log)
    with pytest.raises(AuditError, match="uses hmac-sha256 but this append would use sha256"):
        append(log, "dr.lee", "open", "s1")
    plain = tmp_path / "plain.jsonl"
    write_log(plain)
    with pytest.raises(AuditError, match="not keyed"):
        verify(plain, KEY)


def test_interrupted_last_line(tmp_path):
    log = tmp_path / "audit.jsonl"
    write_log(log)
    rewrite(log, lines(log) + [b'{"seq":4,"time":"2026'])
    with pytest.raises(AuditError, match="line 5: entry is incomplete"):
        verify(log)
    with pytest.raises(AuditError, match="cannot append after a damaged last entry"):
        append(log, "dr.lee", "open", "s1")


def test_append_validates_its_inputs(tmp_path):
    log = tmp_path / "audit.jsonl"
    with pytest.raises(ValueError, match="unknown action 'peek'; valid actions: analyse"):
        append(log, "dr.lee", "peek", "s1")
    with pytest.raises(ValueError, match="actor must be a non-empty string"):
        append(log, "", "open", "s1")
    with pytest.raises(ValueError, match="details must map strings"):
        append(log, "dr.lee", "open", "s1", {"nested": {"a": 1}})
    with pytest.raises(ValueError, match="details must stay under"):
        append(log, "dr.lee", "open", "s1", {"note": "x" * 5000})
    with pytest.raises(ValueError, match="at least 16 bytes"):
        append(log, "dr.lee", "open", "s1", key=b"short")
    assert not log.exists()
    entry = append(log, "dr.lee", "open", "s1", now=datetime(2026, 5, 1, 12, tzinfo=UTC))
    assert entry.time == "2026-05-01T12:00:00+00:00"


def test_append_waits_for_another_writer(tmp_path):
    log = tmp_path / "audit.jsonl"
    write_log(log)
    with open(log, "ab") as other:
        fcntl.flock(other, fcntl.LOCK_EX)  # another process is mid-append
        writer = threading.Thread(target=append, args=(log, "dr.kim", "open", "s2"))
        writer.start()
        writer.join(timeout=0.3)
        assert writer.is_alive(), "append did not wait for the lock: two writers could fork the chain"
        fcntl.flock(other, fcntl.LOCK_UN)
    writer.join(timeout=10)
    assert verify(log).count == 5


def _anchored(tmp_path: Path) -> tuple[Path, Anchor]:
    log, anchor = tmp_path / "audit.jsonl", Anchor(tmp_path / "elsewhere" / "log-1", "log-1")
    for i, (a, act, t) in enumerate(ACTIONS):
        append(log, a, act, t, {"n": i}, key=KEY, anchor=anchor)
    return log, anchor


def test_the_anchor_follows_every_append_and_catches_a_cut_tail(tmp_path):
    log, anchor = _anchored(tmp_path)
    assert anchor.read(KEY) == VerifyReport(4, verify(log, KEY).head)
    assert anchor.path.stat().st_mode & 0o077 == 0 and log.stat().st_mode & 0o077 == 0
    full = lines(log)
    rewrite(log, full[:2])
    with pytest.raises(AuditError, match=r"log has 2 entries but 4 were recorded earlier \(its anchor .*log-1\)"):
        verify(log, KEY, anchor=anchor)
    with pytest.raises(AuditError, match="has 2 entries but its anchor .* counts 4: its tail was removed"):
        append(log, "dr.lee", "open", "s1", key=KEY, anchor=anchor)  # nothing is chained onto a cut log
    assert lines(log) == full[:2]


def test_a_log_rolled_back_and_regrown_is_caught_by_the_anchor(tmp_path):
    log, anchor = _anchored(tmp_path)
    rewrite(log, lines(log)[:3])
    append(log, "dr.lee", "delete", "s1", key=KEY)  # a different 4th entry, chained with the key, no anchor
    with pytest.raises(AuditError, match=r"line 4: entry 4 is not the head recorded earlier \(its anchor"):
        verify(log, KEY, anchor=anchor)


def test_an_anchor_that_is_missing_altered_or_another_logs_is_refused(tmp_path):
    log, anchor = _anchored(tmp_path)
    with pytest.raises(AuditError, match="belongs to log 'log-1', not 'log-2'"):
        verify(log, KEY, anchor=Anchor(anchor.path, "log-2"))
    doc = json.loads(anchor.path.read_bytes())
    anchor.path.write_text(json.dumps({**doc, "count": 3}))
    with pytest.raises(AuditError, match="was altered, or belongs to another log or key"):
        verify(log, KEY, anchor=anchor)
    anchor.path.unlink()
    with pytest.raises(AuditError, match="anchor .* is missing"):
        verify(log, KEY, anchor=anchor)
    with pytest.raises(AuditError, match="its anchor .* is missing"):
        append(log, "dr.lee", "open", "s1", key=KEY, anchor=anchor)


def test_repair_cuts_only_an_interrupted_last_line(tmp_path):
    log, anchor = _anchored(tmp_path)
    whole = log.read_bytes()
    assert repair(log, "dr.kim", KEY, anchor) is None
    log.write_bytes(whole + b'{"seq":4,"ti')
    with pytest.raises(PartialLineError, match="line 5: entry is incomplete"):
        verify(log, KEY, anchor=anchor)
    entry = repair(log, "dr.kim", KEY, anchor)
    assert (entry.seq, entry.action, entry.target, dict(entry.details)) == (
        4, "repair", "audit.jsonl", {"removed_bytes": 12, "after_entry": 4})
    assert log.read_bytes().startswith(whole) and verify(log, KEY, anchor=anchor).count == 5


def test_repair_refuses_when_more_than_the_last_line_is_damaged(tmp_path):
    log, anchor = _anchored(tmp_path)
    old = lines(log)
    damaged = b"".join(old[:1] + old[2:]) + b'{"seq"'  # an entry removed, then a partial line
    log.write_bytes(damaged)
    with pytest.raises(AuditError, match="only an interrupted last line can be repaired.*line 2: entry does not"):
        repair(log, "dr.kim", KEY, anchor)
    rewrite(log, old[:2] + [b'{"seq"'])  # whole entries, but fewer than the anchor counts
    with pytest.raises(AuditError, match="only an interrupted last line.*its anchor .* counts 4"):
        repair(log, "dr.kim", KEY, anchor)
    assert log.read_bytes() == b"".join(old[:2]) + b'{"seq"'


def test_a_log_open_to_others_is_refused_with_the_fix(tmp_path):
    log, _ = _anchored(tmp_path)
    log.chmod(0o644)
    with pytest.raises(ExposedFileError, match=f"run chmod 600 {log}$"):
        verify(log, KEY)
