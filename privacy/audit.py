"""Audit log: append-only JSON lines, each entry hash-chained to the one before it.

Each entry holds its sequence number, UTC time, actor, action, target (a session id or file name, never
participant data), a small details dict, the previous entry's hash and its own hash: SHA-256 over the
canonical JSON of everything else, or HMAC-SHA256 when a key is given (then nobody without the key can
rewrite the chain). `verify` finds any edited, removed, inserted or reordered entry; a removed tail is
found only against a head recorded earlier (`verify(..., since=report)`).

    append(log, "dr.lee", "export", "s1/timeline.parquet", {"rows": 120}, key=audit_key)
    report = verify(log, key=audit_key)       # VerifyReport(count=..., head=...): keep it to check later
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from privacy.crypto import fsync_dir

ACTIONS = frozenset(
    {
        "create", "import", "open", "analyse", "export", "redact", "delete", "shred",
        "rotate-keys", "record-consent", "withdraw-consent", "verify",
    }
)  # fmt: skip
GENESIS = "0" * 64  # the `prev` of the first entry
MAX_DETAILS_BYTES = 2048
_FIELDS = ("seq", "time", "actor", "action", "target", "details", "alg", "prev", "hash")
_TAIL_BYTES = 1 << 16  # an entry line is far shorter than this


class AuditError(Exception):
    """The log is damaged or was altered; `line` is the first bad line (1-based), when known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message if line is None else f"line {line}: {message}")
        self.line = line


@dataclass(frozen=True)
class AuditEntry:
    """One logged action, as stored."""

    seq: int  # 0, 1, 2, ... (line number - 1)
    time: str  # UTC, ISO 8601
    actor: str
    action: str
    target: str  # session id or file name
    details: Mapping[str, str | int | float | bool | None]
    alg: str  # "sha256" or "hmac-sha256"
    prev: str  # hash of the previous entry (GENESIS for the first)
    hash: str


@dataclass(frozen=True)
class VerifyReport:
    """What a successful `verify` saw: the number of entries and the last entry's hash."""

    count: int
    head: str


def append(
    path: str | os.PathLike,
    actor: str,
    action: str,
    target: str,
    details: Mapping[str, str | int | float | bool | None] | None = None,
    *,
    key: bytes | None = None,
    now: datetime | None = None,
) -> AuditEntry:
    """Append one entry (locked, flushed and fsynced) and return it."""
    for name, value in (("actor", actor), ("target", target)):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}; valid actions: {', '.join(sorted(ACTIONS))}")
    details = dict(details or {})
    if any(not isinstance(k, str) or not isinstance(v, str | int | float | bool | None) for k, v in details.items()):
        raise ValueError("details must map strings to strings, numbers, booleans or None")
    if len(_canonical(details)) > MAX_DETAILS_BYTES:
        raise ValueError(f"details must stay under {MAX_DETAILS_BYTES} bytes of JSON")
    if key is not None and len(key) < 16:
        raise ValueError("an audit key must be at least 16 bytes")
    path, alg = Path(path), "sha256" if key is None else "hmac-sha256"
    time = (now or datetime.now(UTC)).astimezone(UTC).isoformat()
    created = not path.exists()
    with open(path, "a+b") as f:
        fcntl.flock(f, fcntl.LOCK_EX)  # two writers must not both chain onto the same entry
        last = _last_entry(f, path)
        if last is not None and last.alg != alg:
            raise AuditError(f"{path} uses {last.alg} but this append would use {alg} (wrong or missing key?)")
        body = {
            "seq": 0 if last is None else last.seq + 1, "time": time, "actor": actor, "action": action,
            "target": target, "details": details, "alg": alg, "prev": GENESIS if last is None else last.hash,
        }  # fmt: skip
        body["hash"] = _digest(body, key)
        f.write(_canonical(body) + b"\n")
        f.flush()
        os.fsync(f.fileno())
    if created:
        fsync_dir(path.parent)
    return AuditEntry(**body)


def entries(path: str | os.PathLike) -> Iterator[AuditEntry]:
    """Every entry in order, parsed but not verified (use `verify` for that)."""
    with open(path, "rb") as f:
        for number, raw in enumerate(f, 1):
            yield _parse(raw, number)


def verify(path: str | os.PathLike, key: bytes | None = None, since: VerifyReport | None = None) -> VerifyReport:
    """Check every hash and link; AuditError names the first bad line. With `since` (an earlier report),
    the log must still hold that many entries ending in that head, which finds a removed tail."""
    prev, count = GENESIS, 0
    for entry in entries(path):
        line = count + 1
        if entry.alg != ("sha256" if key is None else "hmac-sha256"):
            hint = "pass the audit key" if key is None else "this log is not keyed: verify without a key"
            raise AuditError(f"entry is {entry.alg}-hashed: {hint}", line)
        body = {name: getattr(entry, name) for name in _FIELDS[:-1]}
        if not hmac.compare_digest(_digest(body, key), entry.hash):
            cause = "the entry was edited" + (", or the audit key is wrong" if key else "")
            raise AuditError(f"hash does not match: {cause}", line)
        if entry.prev != prev or entry.seq != count:
            raise AuditError("entry does not follow the one before it: an entry was removed, inserted or moved", line)
        if since is not None and line == since.count and entry.hash != since.head:
            raise AuditError(f"entry {line} is not the head recorded earlier: the log was rewritten", line)
        prev, count = entry.hash, line
    if since is not None and count < since.count:
        raise AuditError(f"log has {count} entries but {since.count} were recorded earlier: its tail was removed")
    return VerifyReport(count, prev)


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def _digest(body: Mapping, key: bytes | None) -> str:
    data = _canonical(body)
    return hashlib.sha256(data).hexdigest() if key is None else hmac.new(key, data, hashlib.sha256).hexdigest()


def _parse(raw: bytes, line: int | None = None) -> AuditEntry:
    if not raw.endswith(b"\n"):
        raise AuditError("entry is incomplete (an interrupted write?)", line)
    try:
        doc = json.loads(raw)
        if not isinstance(doc, dict) or set(doc) != set(_FIELDS):
            raise ValueError("wrong fields")
        if not isinstance(doc["seq"], int) or not isinstance(doc["details"], dict):
            raise ValueError("wrong field types")
        return AuditEntry(**doc)
    except ValueError as err:
        raise AuditError(f"not an audit entry ({err})", line) from None


def _last_entry(f, path: Path) -> AuditEntry | None:
    """The last entry of an open log, read from its tail."""
    size = f.seek(0, os.SEEK_END)
    if size == 0:
        return None
    start = f.seek(max(0, size - _TAIL_BYTES))
    tail = f.read()
    cut = tail.rfind(b"\n", 0, len(tail) - 1)
    if cut < 0 and start > 0:
        raise AuditError(f"{path}: last line is too long to be an audit entry; run verify")
    try:
        return _parse(tail[cut + 1 :])
    except AuditError as err:
        raise AuditError(f"{path}: cannot append after a damaged last entry ({err}); run verify") from None
