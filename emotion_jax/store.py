"""The session store: every output of an analysis kept encrypted, consent kept apart, every access audited.

Layout under the store's root (nothing in a name reveals who a session is about):
    keyring.json, keys-N/, shredded/      the key ring (privacy.crypto): per session, a session key and one
                                           key per consent modality (<id>.face, <id>.voice, <id>.words)
    sessions/<id>/<name>.ejx               an output derived from every modality (the default)
    sessions/<id>/<name>@<m>+<m>.ejx       an output derived from those modalities only (@none: from none)
    consent/<id>.ejx                       the session's consent ledger, under a key of its own, so a
                                           withdrawal that shreds the session's outputs stays on record
    audit.log, audit.head.ejx              the hash-chained audit log (HMAC-keyed) and its last verified head

Each output is encrypted under a key derived from the session key and the keys of the modalities it derives
from (`derived_from`), so withdrawing one modality shreds that modality's key: exactly the outputs derived from
it become unreadable for good, the others stay readable; a full withdrawal shreds the session key and so all.
"""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from privacy import audit
from privacy.consent import MODALITIES, WITHDRAWAL, ConsentLedger
from privacy.crypto import (
    DEFAULT_SCRYPT,
    EncryptingWriter,
    KeyRing,
    MissingKeyError,
    ScryptParams,
    UserKey,
    derive_key,
    encrypted_file,
    file_aad,
    iter_decrypted,
    write_encrypted,
)

_SUFFIX = ".ejx"
_TAG = "@"  # output name, then the modalities it derives from (names never hold '@')
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


class WithdrawnError(StoreError):
    """The output derives from a modality whose consent was withdrawn: its key is destroyed for good."""


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
        """The outputs kept for a session (those derived from a withdrawn modality too, though unreadable)."""
        return sorted({_split(p)[0] for p in self._session_dir(session).glob(f"*{_SUFFIX}")})

    def has(self, session: str, name: str) -> bool:
        """Whether the session keeps an output of this name."""
        return bool(self._paths(session, name))

    def shred(self, session: str) -> None:
        """Destroy the session's keys (its outputs become unreadable for good) and remove its files."""
        self.ring.shred(session)
        for modality in MODALITIES:
            self.ring.shred(_modality_key(session, modality), missing_ok=True)
        for path in self._session_dir(session).glob("*"):
            path.unlink()
        self._session_dir(session).rmdir()
        self._log("shred", session)

    # outputs
    def put(self, session: str, name: str, data: bytes | Iterable[bytes],
            derived_from: Collection[str] = MODALITIES) -> None:
        """Encrypt and keep one output (atomically: a crash leaves the previous version); `derived_from` names
        the consent modalities it was made from (withdrawing any of them makes it unreadable)."""
        with self.writer(session, name, derived_from) as out:
            for piece in [data] if isinstance(data, bytes | bytearray | memoryview) else data:
                out.write(piece)

    @contextmanager
    def writer(self, session: str, name: str, derived_from: Collection[str] = MODALITIES) -> Iterator[EncryptingWriter]:
        """A write-only stream kept as one output, encrypted chunk by chunk as it is written (a few MiB of memory
        whatever its size); it replaces the output when the block ends without an error."""
        modalities = _modalities(derived_from)
        stem = _stem(_checked(name), modalities)
        path = self._session_dir(session) / f"{stem}{_SUFFIX}"
        key = self._key(session, name, modalities, create=True)
        with encrypted_file(path, key, file_aad(session, stem)) as out:
            yield out
        for old in self._paths(session, name):
            if old != path:  # the same output, kept before with other modalities
                old.unlink()

    def derived_from(self, session: str, name: str) -> tuple[str, ...]:
        """The consent modalities an output was kept as derived from (what a result made from it inherits)."""
        return _split(self._newest(session, name))[1]

    def chunks(self, session: str, name: str) -> Iterator[bytes]:
        """An output's plaintext, chunk by chunk, each authenticated first."""
        path = self._newest(session, name)
        key = self._key(session, name, _split(path)[1])
        yield from iter_decrypted(path, key, file_aad(session, path.name[: -len(_SUFFIX)]))

    def get(self, session: str, name: str) -> bytes:
        """An output's plaintext, whole; the read is audited."""
        data = b"".join(self.chunks(session, name))
        self._log("open", session, {"output": name})
        return data

    def put_arrays(self, session: str, name: str, arrays: dict[str, np.ndarray],
                   derived_from: Collection[str] = MODALITIES) -> None:
        """Keep named arrays (an in-memory .npz, never a plaintext file)."""
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        self.put(session, name, buffer.getvalue(), derived_from)

    def get_arrays(self, session: str, name: str) -> dict[str, np.ndarray]:
        """Arrays kept by `put_arrays`."""
        with np.load(io.BytesIO(self.get(session, name)), allow_pickle=False) as f:
            return {k: f[k] for k in f.files}

    def put_table(self, session: str, name: str, table: pa.Table, derived_from: Collection[str] = MODALITIES) -> None:
        """Keep an Arrow table (IPC stream format, built in memory)."""
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        self.put(session, name, sink.getvalue().to_pybytes(), derived_from)

    def get_table(self, session: str, name: str) -> pa.Table:
        """A table kept by `put_table`."""
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

    def withdraw(self, session: str, participant: str, recorded_by: str,
                 modalities: Collection[str] | None = None) -> None:
        """Record a participant's withdrawal of `modalities` (all when None) and shred what derives from them:
        each withdrawn modality's key (so every output derived from it, whoever is in it), or, when nothing
        stays consented, the whole session."""
        ledger = self.consent(session)
        record = ledger.withdraw(participant, session, recorded_by=recorded_by, modalities=modalities)
        self.save_consent(session, ledger)
        withdrawn = MODALITIES if record.kind == WITHDRAWAL else record.withdrawn
        self._log("withdraw-consent", session, {"modalities": ",".join(withdrawn)})
        if session not in self.sessions():
            return
        if record.kind == WITHDRAWAL:
            self.shred(session)
            return
        outputs = {p.name: _split(p)[1] for p in self._session_dir(session).glob(f"*{_SUFFIX}")}
        for modality in withdrawn:
            self.ring.shred(_modality_key(session, modality), missing_ok=True)
            lost = sum(modality in derived for derived in outputs.values())
            self._log("shred", session, {"modality": modality, "outputs": lost})

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

    def _paths(self, session: str, name: str) -> list[Path]:
        """The files holding output `name` (one, or none; two only after a crash within `writer`)."""
        folder = self._session_dir(session)
        tagged = sorted(folder.glob(f"{_checked(name)}{_TAG}*{_SUFFIX}"))
        plain = folder / f"{name}{_SUFFIX}"
        return [plain, *tagged] if plain.exists() else tagged

    def _newest(self, session: str, name: str) -> Path:
        """The file of output `name` (the newer of two after a crash within `writer`); StoreError if none."""
        paths = self._paths(session, name)
        if not paths:
            kept = ", ".join(self.names(session)) or "nothing yet"
            raise StoreError(f"session {session} has no output named {name!r}; it has: {kept}")
        return max(paths, key=lambda p: p.stat().st_mtime_ns)

    def _key(self, session: str, name: str, modalities: tuple[str, ...], create: bool = False) -> bytes:
        """The key of an output derived from `modalities`: the session key's and each modality key's, combined."""
        keys = [self.ring.data_key(session)]
        for modality in modalities:
            try:
                keys.append(self.ring.data_key(_modality_key(session, modality), create=create))
            except MissingKeyError as err:
                raise WithdrawnError(self._withdrawn(session, name, modality, err)) from None
        return derive_key(keys, f"{session}\x00{'+'.join(modalities)}".encode())

    def _withdrawn(self, session: str, name: str, modality: str, err: MissingKeyError) -> str:
        """Why output `name` cannot be used: the withdrawal that destroyed its `modality` key."""
        ledger = self.consent(session)
        found = [r for p in sorted({r.participant for r in ledger.records})
                 if (r := ledger.withdrawal(p, session, modality)) is not None]
        if not found:
            return f"output {name!r} of session {session} derives from {modality!r}, whose key is gone: {err}"
        record = max(found, key=lambda r: r.recorded_at)
        return (f"output {name!r} of session {session} derives from {modality!r}, and consent for {modality!r} was "
                f"withdrawn on {record.recorded_at.date().isoformat()} by {record.recorded_by} for "
                f"{record.describe()}: its key was destroyed, so it can never be read or written again")


def _modality_key(session: str, modality: str) -> str:
    """The key-ring id of a session's key for one modality."""
    return f"{session}.{modality}"


def _checked(name: str) -> str:
    if not name or not all(c.isalnum() or c in "._-" for c in name):
        raise StoreError(f"invalid output name {name!r}: use letters, digits, '.', '_' or '-'")
    return name


def _modalities(derived_from: Collection[str]) -> tuple[str, ...]:
    """The modalities in canonical order; StoreError for one consent does not know."""
    given = {derived_from} if isinstance(derived_from, str) else set(derived_from)
    if given - set(MODALITIES):
        unknown = ", ".join(sorted(given - set(MODALITIES)))
        raise StoreError(f"unknown modality {unknown}; outputs derive from {', '.join(MODALITIES)}")
    return tuple(m for m in MODALITIES if m in given)


def _stem(name: str, modalities: tuple[str, ...]) -> str:
    """The file name (less its suffix) of an output: its name, tagged with its modalities unless they are all."""
    return name if modalities == MODALITIES else f"{name}{_TAG}{'+'.join(modalities) or 'none'}"


def _split(path: Path) -> tuple[str, tuple[str, ...]]:
    """(output name, modalities it derives from) of an output's file."""
    name, tagged, tag = path.name[: -len(_SUFFIX)].partition(_TAG)
    if not tagged:
        return name, MODALITIES
    return name, () if tag == "none" else tuple(tag.split("+"))
