"""The session store: every output of an analysis kept encrypted, consent kept apart, every access audited.

Layout under the store's root (nothing in a name reveals who a session is about):
    keyring.json, keys-N/, shredded/      the key ring (privacy.crypto): one data key per session
    sessions/<id>/<name>.ejx               a session's outputs, each encrypted under the session's key
    consent/<id>.ejx                       the session's consent ledger, under a key of its own, so a
                                           withdrawal that shreds the session's outputs stays on record
    audit.log, audit.head.ejx              the hash-chained audit log (HMAC-keyed) and its last verified head
"""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from privacy import audit
from privacy.consent import ConsentLedger
from privacy.crypto import DEFAULT_SCRYPT, KeyRing, ScryptParams, UserKey, file_aad, iter_decrypted, write_encrypted

_SUFFIX = ".ejx"
_CONSENT_KEY = "store-consent"  # key-ring ids of the store's own keys; session ids are random hex
_AUDIT_KEY = "store-audit"


def secret_from(key_file: Path | None) -> str | UserKey:
    """The key that unlocks a store from the command line: a key file's, else $EMOTION_JAX_PASSPHRASE, else asked."""
    import getpass

    if key_file:
        return UserKey.from_file(key_file)
    return os.environ.get("EMOTION_JAX_PASSPHRASE") or getpass.getpass("store passphrase: ")


class StoreError(Exception):
    """A store operation that cannot be done as asked (unknown session or output, bad name)."""


@dataclass(frozen=True)
class SessionStore:
    """An unlocked store; `actor` is who every audit entry names."""

    root: Path
    ring: KeyRing
    actor: str

    @classmethod
    def create(cls, root: str | os.PathLike, secret: str | UserKey, actor: str,
               params: ScryptParams = DEFAULT_SCRYPT) -> SessionStore:
        """A new, empty store locked with a passphrase or a key file's key."""
        root = Path(root)
        store = cls(root, KeyRing.create(root, secret, params), actor)
        (root / "sessions").mkdir()
        (root / "consent").mkdir()
        store._log("create", "store")
        return store

    @classmethod
    def open(cls, root: str | os.PathLike, secret: str | UserKey, actor: str) -> SessionStore:
        """Unlock an existing store (privacy.crypto.WrongKeyError for a wrong passphrase or key)."""
        store = cls(Path(root), KeyRing.open(root, secret), actor)
        store.verify_audit()
        return store

    # sessions
    def new_session(self) -> str:
        """A new session with a random id (the id says nothing about the people in it)."""
        session = secrets.token_hex(8)
        self.ring.data_key(session, create=True)
        (self.root / "sessions" / session).mkdir()
        self._log("create", session)
        return session

    def sessions(self) -> list[str]:
        """Ids of the sessions whose outputs can still be read."""
        return [s for s in self.ring.sessions() if (self.root / "sessions" / s).is_dir()]

    def names(self, session: str) -> list[str]:
        """The outputs kept for a session."""
        return sorted(p.name[: -len(_SUFFIX)] for p in self._session_dir(session).glob(f"*{_SUFFIX}"))

    def has(self, session: str, name: str) -> bool:
        return self._path(session, name).exists()

    def shred(self, session: str) -> None:
        """Destroy the session's key (its outputs become unreadable for good) and remove its files."""
        self.ring.shred(session)
        for path in self._session_dir(session).glob("*"):
            path.unlink()
        self._session_dir(session).rmdir()
        self._log("shred", session)

    # outputs
    def put(self, session: str, name: str, data: bytes | Iterable[bytes]) -> None:
        """Encrypt and keep one output (atomically: a crash leaves the previous version)."""
        write_encrypted(self._path(session, name), data, self.ring.data_key(session), file_aad(session, name))

    def chunks(self, session: str, name: str) -> Iterator[bytes]:
        """An output's plaintext, chunk by chunk, each authenticated first."""
        path = self._path(session, name)
        if not path.exists():
            kept = ", ".join(self.names(session)) or "nothing yet"
            raise StoreError(f"session {session} has no output named {name!r}; it has: {kept}")
        yield from iter_decrypted(path, self.ring.data_key(session), file_aad(session, name))

    def get(self, session: str, name: str) -> bytes:
        """An output's plaintext, whole; the read is audited."""
        data = b"".join(self.chunks(session, name))
        self._log("open", session, {"output": name})
        return data

    def put_arrays(self, session: str, name: str, arrays: dict[str, np.ndarray]) -> None:
        """Keep named arrays (an in-memory .npz, never a plaintext file)."""
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        self.put(session, name, buffer.getvalue())

    def get_arrays(self, session: str, name: str) -> dict[str, np.ndarray]:
        with np.load(io.BytesIO(self.get(session, name)), allow_pickle=False) as f:
            return {k: f[k] for k in f.files}

    def put_table(self, session: str, name: str, table: pa.Table) -> None:
        """Keep an Arrow table (IPC stream format, built in memory)."""
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        self.put(session, name, sink.getvalue().to_pybytes())

    def get_table(self, session: str, name: str) -> pa.Table:
        return pa.ipc.open_stream(self.get(session, name)).read_all()

    # consent
    def consent(self, session: str) -> ConsentLedger:
        """The session's consent ledger (empty when nothing was recorded)."""
        path = self.root / "consent" / f"{session}{_SUFFIX}"
        if not path.exists():
            return ConsentLedger()
        key = self.ring.data_key(_CONSENT_KEY)
        return ConsentLedger.from_json(b"".join(iter_decrypted(path, key, file_aad(session, "consent"))))

    def save_consent(self, session: str, ledger: ConsentLedger) -> None:
        """Keep the ledger (only its records for this session), encrypted and apart from the outputs."""
        mine = ConsentLedger([r for r in ledger.records if r.session == session])
        key = self.ring.data_key(_CONSENT_KEY, create=True)
        write_encrypted(self.root / "consent" / f"{session}{_SUFFIX}", mine.to_json(), key,
                        file_aad(session, "consent"))
        self._log("record-consent", session, {"version": len(mine.records)})

    def withdraw(self, session: str, participant: str, recorded_by: str) -> None:
        """Record a participant's withdrawal and shred the session's outputs, which were derived from them."""
        ledger = self.consent(session)
        ledger.withdraw(participant, session, recorded_by=recorded_by)
        self.save_consent(session, ledger)
        self._log("withdraw-consent", session)
        if session in self.sessions():
            self.shred(session)

    # audit
    def log(self, action: str, target: str, details: dict | None = None) -> None:
        """Add an entry (e.g. 'analyse', 'export', 'redact') to the audit log."""
        self._log(action, target, details)

    def verify_audit(self) -> audit.VerifyReport:
        """Check the whole audit chain and that nothing was cut from its end (audit.AuditError if so)."""
        key = self.ring.data_key(_AUDIT_KEY)
        head_path = self.root / f"audit.head{_SUFFIX}"
        since = None
        if head_path.exists():
            count, head = b"".join(iter_decrypted(head_path, key, file_aad(_AUDIT_KEY, "head"))).decode().split()
            since = audit.VerifyReport(int(count), head)
        return audit.verify(self.root / "audit.log", key=key, since=since)

    def _log(self, action: str, target: str, details: dict | None = None) -> None:
        key = self.ring.data_key(_AUDIT_KEY, create=True)
        entry = audit.append(self.root / "audit.log", self.actor, action, target, details, key=key)
        write_encrypted(self.root / f"audit.head{_SUFFIX}", f"{entry.seq + 1} {entry.hash}".encode(), key,
                        file_aad(_AUDIT_KEY, "head"))

    def _session_dir(self, session: str) -> Path:
        path = self.root / "sessions" / session
        if not path.is_dir():
            raise StoreError(f"no session {session!r} in this store (never created, or shredded)")
        return path

    def _path(self, session: str, name: str) -> Path:
        if not name or not all(c.isalnum() or c in "._-" for c in name):
            raise StoreError(f"invalid output name {name!r}: use letters, digits, '.', '_' or '-'")
        return self._session_dir(session) / f"{name}{_SUFFIX}"
