"""Audit log: append-only JSON lines, each entry hash-chained to the one before it, its head anchored elsewhere.

Each entry holds its sequence number, UTC time, actor, action, target (a session id or file name, never
participant data), a small details dict, the previous entry's hash and its own hash: SHA-256 over the
canonical JSON of everything else, or HMAC-SHA256 when a key is given (then nobody without the key can
rewrite the chain). `verify` finds any edited, removed, inserted or reordered entry. A removed tail or a log
rolled back to an older copy is found against an `Anchor`: a file kept in another place (another disk, the
user's home) that every append moves forward to the new head and entry count, a counter that only grows, so
an anchored log can never become shorter unnoticed. Rolling back the log and its anchor together is not
detected: keep the anchor where whoever can change the log cannot.

    anchor = Anchor(Path.home() / ".local/state/app/anchors/store-1", "store-1")
    append(log, "dr.lee", "export", "s1/timeline.parquet", {"rows": 120}, key=audit_key, anchor=anchor)
    report = verify(log, key=audit_key, anchor=anchor)   # VerifyReport(count=..., head=..., size=...)
    repair(log, "dr.lee", key=audit_key, anchor=anchor)  # cuts an interrupted last line, and says so
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from privacy.crypto import check_private, fsync_dir

ACTIONS = frozenset(
    {
        "create", "import", "open", "analyse", "export", "redact", "delete", "shred",
        "rotate-keys", "record-consent", "withdraw-consent", "verify", "write", "repair",
    }
)  # fmt: skip
GENESIS = "0" * 64  # the `prev` of the first entry
MAX_DETAILS_BYTES = 2048
_FIELDS = ("seq", "time", "actor", "action", "target", "details", "alg", "prev", "hash")
_TAIL_BYTES = 1 << 16  # an entry line is far shorter than this
_ANCHOR_FORMAT = "emotion-jax audit anchor"

Details = Mapping[str, str | int | float | bool | None]


class AuditError(Exception):
    """The log is damaged or was altered; `line` is the first bad line (1-based), when known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message if line is None else f"line {line}: {message}")
        self.line = line


class PartialLineError(AuditError):
    """The last line was cut off mid-write (a crash, a full disk): `repair` removes it."""


@dataclass(frozen=True)
class AuditEntry:
    """One logged action, as stored."""

    seq: int  # 0, 1, 2, ... (line number - 1)
    time: str  # UTC, ISO 8601
    actor: str
    action: str
    target: str  # session id or file name
    details: Details
    alg: str  # "sha256" or "hmac-sha256"
    prev: str  # hash of the previous entry (GENESIS for the first)
    hash: str


@dataclass(frozen=True)
class VerifyReport:
    """What a successful `verify` saw: the number of entries, the last entry's hash, and the bytes read."""

    count: int
    head: str
    size: int = 0


@dataclass(frozen=True)
class Anchor:
    """The head and entry count of the log named `name`, kept in a file at `path`, outside the log's folder."""

    path: Path
    name: str

    def read(self, key: bytes | None) -> VerifyReport | None:
        """The recorded head, or None when there is no anchor file; AuditError for an altered or foreign one."""
        if not self.path.exists():
            return None
        check_private(self.path)
        try:
            doc = json.loads(self.path.read_bytes())
            body = {k: doc[k] for k in ("format", "log", "count", "head")}
            mac, count, head = doc["mac"], int(doc["count"]), str(doc["head"])
        except (ValueError, KeyError, TypeError):
            raise AuditError(f"anchor {self.path} is not an audit anchor (damaged?)") from None
        if body["format"] != _ANCHOR_FORMAT or not hmac.compare_digest(_digest(body, key), str(mac)):
            raise AuditError(f"anchor {self.path} was altered, or belongs to another log or key")
        if body["log"] != self.name:
            raise AuditError(f"anchor {self.path} belongs to log {body['log']!r}, not {self.name!r}")
        return VerifyReport(count, head)

    def write(self, report: VerifyReport, key: bytes | None) -> None:
        """Record a new head (atomically, owner-only)."""
        body = {"format": _ANCHOR_FORMAT, "log": self.name, "count": report.count, "head": report.head}
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(_canonical({**body, "mac": _digest(body, key)}) + b"\n")
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        fsync_dir(self.path.parent)


class Appender:
    """Appends to a log whose lock is held (see `writing`)."""

    def __init__(self, f: BinaryIO, path: Path, key: bytes | None, anchor: Anchor | None):
        self._f, self._path, self._key, self._anchor = f, path, key, anchor

    def append(self, actor: str, action: str, target: str, details: Details | None = None,
               now: datetime | None = None) -> AuditEntry:
        """Append one entry (flushed and fsynced), then move the anchor to it."""
        body = _body(actor, action, target, details, self._key, now)
        last = _last_entry(self._f, self._path)
        if last is not None and last.alg != body["alg"]:
            raise AuditError(f"{self._path} uses {last.alg} but this append would use {body['alg']} "
                             "(wrong or missing key?)")
        if self._anchor is not None:
            _check_tail(last, self._anchor.read(self._key), self._anchor, self._path)
        body.update(seq=0 if last is None else last.seq + 1, prev=GENESIS if last is None else last.hash)
        body["hash"] = _digest(body, self._key)
        self._f.write(_canonical(body) + b"\n")
        self._f.flush()
        os.fsync(self._f.fileno())
        if self._anchor is not None:
            self._anchor.write(VerifyReport(body["seq"] + 1, body["hash"]), self._key)
        return AuditEntry(**body)


@contextmanager
def writing(path: str | os.PathLike, key: bytes | None = None, anchor: Anchor | None = None) -> Iterator[Appender]:
    """Hold the log's lock (created owner-only if new) for a block that appends; other writers wait."""
    path = Path(path)
    if key is not None and len(key) < 16:
        raise ValueError("an audit key must be at least 16 bytes")
    created = not path.exists()
    with open(path, "a+b", opener=lambda p, flags: os.open(p, flags, 0o600)) as f:
        check_private(path)
        fcntl.flock(f, fcntl.LOCK_EX)  # two writers must not both chain onto the same entry
        if created:
            fsync_dir(path.parent)
        yield Appender(f, path, key, anchor)


def append(
    path: str | os.PathLike,
    actor: str,
    action: str,
    target: str,
    details: Details | None = None,
    *,
    key: bytes | None = None,
    now: datetime | None = None,
    anchor: Anchor | None = None,
) -> AuditEntry:
    """Append one entry (locked, flushed and fsynced; the anchor moved on) and return it."""
    _body(actor, action, target, details, key, now)  # refuse bad input before the log is created
    with writing(path, key, anchor) as log:
        return log.append(actor, action, target, details, now)


def entries(path: str | os.PathLike) -> Iterator[AuditEntry]:
    """Every entry in order, parsed but not verified (use `verify` for that)."""
    for number, raw in enumerate(_lines(path, 0), 1):
        yield _parse(raw, number)


def read(path: str | os.PathLike, key: bytes | None = None, start: VerifyReport | None = None, *,
         locked: bool = False) -> tuple[list[AuditEntry], VerifyReport]:
    """The entries after `start` (a report from an earlier `read` or `verify` of this log), each checked,
    and the report that continues from them. `locked`: the caller holds the log's lock (see `writing`)."""
    start = start or VerifyReport(0, GENESIS)
    raws = _lines(path, start.size, lock=not locked)
    got = [_parse(raw, start.count + i) for i, raw in enumerate(raws, 1)]
    report = _check_chain(got, key, start)
    return got, VerifyReport(report.count, report.head, start.size + sum(map(len, raws)))


def verify(path: str | os.PathLike, key: bytes | None = None, since: VerifyReport | None = None,
           anchor: Anchor | None = None) -> VerifyReport:
    """Check every hash and link; AuditError names the first bad line. With `since` (an earlier report) or an
    `anchor`, the log must still hold that many entries ending in that head: a removed tail or a rollback."""
    return verified(path, key, since, anchor)[1]


def verified(path: str | os.PathLike, key: bytes | None = None, since: VerifyReport | None = None,
             anchor: Anchor | None = None) -> tuple[list[AuditEntry], VerifyReport]:
    """`verify`, returning the checked entries too."""
    got, report = read(path, key)
    where = ""
    if anchor is not None:
        since = anchor.read(key)
        if since is None:
            raise AuditError(f"the log's anchor {anchor.path} is missing, so a cut or rolled-back log cannot be "
                             "told from a good one: give the folder that holds it (--anchor)")
        where = f" (its anchor {anchor.path})"
    if since is not None:
        if report.count < since.count:
            raise AuditError(f"log has {report.count} entries but {since.count} were recorded earlier{where}: "
                             "its tail was removed, or the log was rolled back to an older copy")
        if since.count and got[since.count - 1].hash != since.head:
            raise AuditError(f"entry {since.count} is not the head recorded earlier{where}: the log was rewritten",
                             since.count)
    return got, report


def repair(path: str | os.PathLike, actor: str, key: bytes | None = None, anchor: Anchor | None = None
           ) -> AuditEntry | None:
    """Cut an interrupted last line, and only that (the rest must verify), logging a 'repair' entry saying
    how many bytes went; None when the last line is whole."""
    path = Path(path)
    with writing(path, key, anchor) as log:
        data = path.read_bytes()
        if not data or data.endswith(b"\n"):
            return None
        cut = data.rfind(b"\n") + 1
        try:
            got = [_parse(raw, number) for number, raw in enumerate(data[:cut].splitlines(keepends=True), 1)]
            report = _check_chain(got, key, VerifyReport(0, GENESIS))
            _check_tail(got[-1] if got else None, anchor.read(key) if anchor else None, anchor, path)
        except AuditError as err:
            raise AuditError(f"only an interrupted last line can be repaired, and the rest is damaged too: {err}"
                             ) from None
        with open(path, "r+b") as f:
            f.truncate(cut)
            os.fsync(f.fileno())
        return log.append(actor, "repair", path.name,
                          {"removed_bytes": len(data) - cut, "after_entry": report.count})


def _body(actor: str, action: str, target: str, details: Details | None, key: bytes | None,
          now: datetime | None) -> dict:
    """An entry's fields before it is chained, its input checked."""
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
    time = (now or datetime.now(UTC)).astimezone(UTC).isoformat()
    return {"time": time, "actor": actor, "action": action, "target": target, "details": details,
            "alg": "sha256" if key is None else "hmac-sha256"}


def _lines(path: str | os.PathLike, offset: int, lock: bool = True) -> list[bytes]:
    """The raw lines from byte `offset` on, read under a shared lock (no half-written entry is read)."""
    with open(path, "rb") as f:
        check_private(path)
        if lock:
            fcntl.flock(f, fcntl.LOCK_SH)
        f.seek(offset)
        return f.readlines()


def _check_chain(got: Iterable[AuditEntry], key: bytes | None, start: VerifyReport) -> VerifyReport:
    prev, count = start.head, start.count
    for entry in got:
        line = count + 1
        if entry.alg != ("sha256" if key is None else "hmac-sha256"):
            hint = "pass the audit key" if key is None else "this log is not keyed: verify without a key"
            raise AuditError(f"entry is {entry.alg}-hashed: {hint}", line)
        if not hmac.compare_digest(_digest(_as_body(entry, hashed=False), key), entry.hash):
            cause = "the entry was edited" + (", or the audit key is wrong" if key else "")
            raise AuditError(f"hash does not match: {cause}", line)
        if entry.prev != prev or entry.seq != count:
            raise AuditError("entry does not follow the one before it: an entry was removed, inserted or moved", line)
        prev, count = entry.hash, line
    return VerifyReport(count, prev)


def _check_tail(last: AuditEntry | None, anchored: VerifyReport | None, anchor: Anchor | None, path: Path) -> None:
    """Refuse to extend a log that is shorter than its anchor, or whose head the anchor does not know."""
    count = 0 if last is None else last.seq + 1
    if anchored is None:
        if count and anchor is not None:
            raise AuditError(f"{path}: its anchor {anchor.path} is missing; give the folder that holds it (--anchor)")
        return
    if count < anchored.count:
        raise AuditError(f"{path} has {count} entries but its anchor {anchor.path} counts {anchored.count}: "
                         "its tail was removed, or the log was rolled back to an older copy")
    if count == anchored.count and last is not None and last.hash != anchored.head:
        raise AuditError(f"{path}: its last entry is not the head its anchor {anchor.path} recorded: "
                         "the log was rewritten")


def _as_body(entry: AuditEntry, hashed: bool = True) -> dict:
    return {name: getattr(entry, name) for name in (_FIELDS if hashed else _FIELDS[:-1])}


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def _digest(body: Mapping, key: bytes | None) -> str:
    data = _canonical(body)
    return hashlib.sha256(data).hexdigest() if key is None else hmac.new(key, data, hashlib.sha256).hexdigest()


def _parse(raw: bytes, line: int | None = None) -> AuditEntry:
    if not raw.endswith(b"\n"):
        raise PartialLineError("entry is incomplete (an interrupted write?)", line)
    try:
        doc = json.loads(raw)
        if not isinstance(doc, dict) or set(doc) != set(_FIELDS):
            raise ValueError("wrong fields")
        if not isinstance(doc["seq"], int) or not isinstance(doc["details"], dict):
            raise ValueError("wrong field types")
        return AuditEntry(**doc)
    except ValueError as err:
        raise AuditError(f"not an audit entry ({err})", line) from None


def _last_entry(f: BinaryIO, path: Path) -> AuditEntry | None:
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
        raise type(err)(f"{path}: cannot append after a damaged last entry ({err}); run verify") from None
