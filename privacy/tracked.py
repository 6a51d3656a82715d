"""A folder whose every file change is an audit entry holding the file's hash, and its check against the log.

A file is written through `commit` (the finished temp file is hashed, a 'write' entry appended, then the file
renamed into place, all under the log's lock) and deleted through `remove` (renamed aside, a 'delete' entry
appended, then destroyed), so a crash at any point leaves what `recover` finishes. Replaying the log gives the
state every file should be in; `problems` names each file that differs from it: modified, truncated, an older
version put back, swapped with another file, deleted, restored after its deletion, or never recorded.

    files = TrackedFolder(root, root / "audit.log", audit_key, anchor, "dr.lee")
    write_encrypted(root / "s1" / "timeline.ejx", data, key, aad, commit=files.commit)
    files.problems()        # [] or one line per file, e.g. "s1/timeline.ejx was modified after ..."
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from privacy import audit
from privacy.crypto import destroy, fsync_dir, staged_target

_ASIDE = ".removing"  # suffix of a file being deleted: `.<name>.removing`


class TamperError(audit.AuditError):
    """A file of the folder is not what the audit log recorded for it; the message says how it differs."""


@dataclass(frozen=True)
class Recorded:
    """The last entry about one file: its hash and size, and the audit line (1-based) that recorded it."""

    sha256: str
    size: int
    line: int
    deleted: bool


@dataclass
class Manifest:
    """The log's file entries replayed: the latest record per path, and every (path, line) each hash was at."""

    latest: dict[str, Recorded] = field(default_factory=dict)
    seen: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    def apply(self, entries: list[audit.AuditEntry]) -> None:
        """Take in entries (in log order); those not about a file are passed over."""
        for e in entries:
            if e.action in ("write", "delete") and "sha256" in e.details:
                sha, line = str(e.details["sha256"]), e.seq + 1
                self.latest[e.target] = Recorded(sha, int(e.details["bytes"]), line, e.action == "delete")
                if e.action == "write":
                    self.seen.setdefault(sha, []).append((e.target, line))

    def presence(self, rel: str, present: bool) -> str | None:
        """What is wrong with a file being there (or not), or None."""
        rec = self.latest.get(rel)
        if not present:
            if rec is not None and not rec.deleted:
                return f"{rel} is missing: it was written at audit line {rec.line} and deleted outside the store"
            return None
        if rec is None:
            return f"{rel} is not in the audit log: it was put there from outside the store"
        if rec.deleted:
            return f"{rel} was deleted at audit line {rec.line} but is back: restored from a copy made before"
        return None

    def content(self, rel: str, sha: str, size: int) -> str | None:
        """What is wrong with a present file's bytes, or None."""
        rec = self.latest.get(rel)
        if rec is not None and not rec.deleted and sha == rec.sha256:
            return None
        earlier = [line for path, line in self.seen.get(sha, []) if path == rel]
        elsewhere = [path for path, _ in self.seen.get(sha, []) if path != rel]
        if (rec is None or rec.deleted) and not (elsewhere and not earlier):
            return self.presence(rel, True)
        if earlier:
            return (f"{rel} is an older version (written at audit line {earlier[-1]}, replaced at line {rec.line}): "
                    "it was put back from a copy")
        if elsewhere:
            return f"{rel} holds the file recorded for {elsewhere[-1]}: the files were swapped or copied"
        if size < rec.size:
            return f"{rel} is truncated: {size} of the {rec.size} bytes recorded at audit line {rec.line}"
        return f"{rel} was modified after it was written: its bytes differ from those of audit line {rec.line}"


def digest(path: Path) -> tuple[str, int]:
    """(SHA-256 hex, size in bytes) of a file."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest(), f.tell()


@dataclass
class TrackedFolder:
    """The files under `root` (but the log and `untracked`), each change recorded in the HMAC-keyed, anchored
    audit log. Picklable: a process it is handed to reads the log again before it trusts its own state."""

    root: Path
    log: Path
    key: bytes = field(repr=False)
    anchor: audit.Anchor
    actor: str
    untracked: frozenset[str] = frozenset()
    _manifest: Manifest | None = field(default=None, init=False, repr=False)
    _read: audit.VerifyReport | None = field(default=None, init=False, repr=False)

    def append(self, action: str, target: str, details: audit.Details | None = None) -> audit.AuditEntry:
        """Log an action (the anchor moves on with it)."""
        with audit.writing(self.log, self.key, self.anchor) as log:
            return log.append(self.actor, action, target, details)

    def commit(self, staged: Path, path: Path) -> None:
        """Record `staged`'s hash as `path`'s new content, then move it there."""
        with audit.writing(self.log, self.key, self.anchor) as log:
            self._record(log, "write", path, staged)
            os.replace(staged, path)
            fsync_dir(path.parent)

    def adopt(self, path: Path) -> None:
        """Record a file written before the log existed (a new store's first files)."""
        with audit.writing(self.log, self.key, self.anchor) as log:
            self._record(log, "write", path, path)

    def remove(self, path: Path) -> None:
        """Record `path`'s deletion, then overwrite and delete it."""
        aside = path.with_name(f".{path.name}{_ASIDE}")
        with audit.writing(self.log, self.key, self.anchor) as log:
            os.replace(path, aside)
            self._record(log, "delete", path, aside)
            destroy(aside)

    def load(self) -> None:
        """Check the whole log (chain and anchor: audit.AuditError) and replay its file entries."""
        got, self._read = audit.verified(self.log, self.key, anchor=self.anchor)
        self._manifest = Manifest()
        self._manifest.apply(got)

    def recover(self) -> list[str]:
        """Finish what a crash interrupted: a recorded write not yet in place, a deletion not yet done."""
        done = []
        with audit.writing(self.log, self.key, self.anchor) as log:
            self._refresh(locked=True)
            for aside in self.root.rglob(f".*{_ASIDE}"):
                path = aside.with_name(aside.name[1 : -len(_ASIDE)])
                rec = self._manifest.latest.get(self._rel(path))
                if rec is None or not rec.deleted and digest(aside)[0] != rec.sha256:
                    continue  # not a file this log knows: `problems` does not count it, nothing reads it
                if not rec.deleted:
                    self._record(log, "delete", path, aside)
                destroy(aside)
                done.append(f"finished deleting {self._rel(path)}")
            for staged in self.root.rglob(".*.tmp"):
                path = staged_target(staged)
                rec = self._manifest.latest.get(self._rel(path)) if path else None
                if rec is None or rec.deleted or digest(staged)[0] != rec.sha256:
                    continue  # a write that never reached its entry (or one still being written): never read
                os.replace(staged, path)
                fsync_dir(path.parent)
                done.append(f"finished writing {self._rel(path)}")
        return done

    def check(self, path: Path) -> bool:
        """Whether `path` is there; TamperError unless it holds what the log last recorded for it (or is
        absent, when the log says it was deleted or never written)."""
        found = digest(path) if path.exists() else None
        self._refresh()  # this or another process may have written it since the log was last read
        rel = self._rel(path)
        problem = self._manifest.presence(rel, False) if found is None else self._manifest.content(rel, *found)
        if problem is not None:
            raise TamperError(problem)
        return found is not None

    def recorded(self, path: Path) -> bool:
        """Whether the log says `path` exists now."""
        self._refresh()
        rec = self._manifest.latest.get(self._rel(path))
        return rec is not None and not rec.deleted

    def problems(self, hashed: Callable[[str], bool] = lambda rel: True) -> list[str]:
        """One line per file that differs from the log: its bytes compared where `hashed(rel)`, else only
        whether it is there."""
        self._refresh()
        found, on_disk = [], set()
        for path in self._files():
            rel = self._rel(path)
            on_disk.add(rel)
            problem = self._manifest.content(rel, *digest(path)) if hashed(rel) else self._manifest.presence(rel, True)
            if problem:
                found.append(problem)
        for rel in sorted(set(self._manifest.latest) - on_disk):
            if problem := self._manifest.presence(rel, False):
                found.append(problem)
        return found

    def _record(self, log: audit.Appender, action: str, path: Path, content: Path) -> None:
        sha, size = digest(content)
        log.append(self.actor, action, self._rel(path), {"sha256": sha, "bytes": size})

    def _refresh(self, locked: bool = False) -> None:
        if self._manifest is None:
            self.load()
            return
        got, self._read = audit.read(self.log, self.key, self._read, locked=locked)
        self._manifest.apply(got)

    def _files(self) -> Iterator[Path]:
        for path in sorted(self.root.rglob("*")):
            name = path.name
            pending = name.endswith(_ASIDE) or staged_target(path) is not None
            if path.is_file() and not pending and self._rel(path) not in self.untracked:
                yield path

    def _rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()
