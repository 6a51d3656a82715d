"""The session store: every output of an analysis kept encrypted, consent kept apart, every access audited.

Layout under the store's root (nothing in a name reveals who a session is about):
    keyring.json, keys-N/, shredded/      the key ring (privacy.crypto): per session, a session key, one key
                                           per consent modality (<id>.face, <id>.voice, <id>.words) and a
                                           consent key (<id>.consent)
    sessions/<id>/<name>.ejx               an output derived from every modality (the default)
    sessions/<id>/<name>@<m>+<m>.ejx       an output derived from those modalities only (@none: from none)
    consent/<id>.ejx                       the session's consent ledger, under its consent key, so a
                                           withdrawal that shreds the session's outputs stays on record
    audit.log                              the hash-chained audit log (HMAC-keyed, owner-only)
and outside it, in a folder the user chooses (`anchor_dir`), the log's anchor: its head and entry count.

Each output is encrypted under a key derived from the session key and the keys of the modalities it derives
from (`derived_from`), so withdrawing one modality shreds that modality's key: exactly the outputs derived from
it become unreadable for good, the others stay readable; a full withdrawal shreds the session key and so all.

Every file the store writes or deletes, key files included, is an audit entry with the file's SHA-256
(privacy.tracked). Opening a store checks the whole log against its anchor (a cut tail or a log rolled back
to an older copy is refused), finishes a write or deletion a crash interrupted, hashes the key ring's files
and checks that every other file is where the log says; reading an output or a consent ledger checks its hash
first (an older version put back, or a file swapped in, is refused); `verify` hashes everything.

What shredding protects against, and what it cannot: after a withdrawal the session's keys are overwritten
and deleted, so its outputs cannot be decrypted from the store, nor from any copy of the store made after
the withdrawal, even by someone holding the passphrase. A backup made before the withdrawal still holds the
wrapped keys and, with the passphrase, the outputs: shredding cannot reach it (delete or re-key old backups).
Putting such a backup's key files or outputs back into the live store is refused on open (the log recorded
their deletion), and restoring the whole store, log included, is refused by the anchor's entry counter.
"""

from __future__ import annotations

import getpass
import io
import os
import secrets
import sys
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
    KeySet,
    MissingKeyError,
    ScryptParams,
    UserKey,
    derive_key,
    encrypted_file,
    file_aad,
    iter_decrypted,
    write_encrypted,
)
from privacy.tracked import TamperError, TrackedFolder

_SUFFIX = ".ejx"
_TAG = "@"  # output name, then the modalities it derives from (names never hold '@')
_AUDIT_KEY = "store-audit"  # the key-ring id of the store's audit key; session ids are random hex
_LOG = "audit.log"
_LAYOUT = 2  # 1: the audit head kept inside the store, files not hashed
ANCHORS_ENV = "EMOTION_JAX_ANCHORS"


def secret_from(key_file: Path | None) -> str | UserKey:
    """The key that unlocks a store from the command line: a key file's, else $EMOTION_JAX_PASSPHRASE, else asked."""
    if key_file:
        return UserKey.from_file(key_file)
    if os.environ.get("EMOTION_JAX_PASSPHRASE"):
        return os.environ["EMOTION_JAX_PASSPHRASE"]
    if not sys.stdin.isatty():
        raise ValueError("no passphrase: give --key-file, set $EMOTION_JAX_PASSPHRASE, or run in a terminal")
    return getpass.getpass("store passphrase: ")


def anchor_dir(given: str | os.PathLike | None = None) -> Path:
    """Where audit anchors are kept: `given` (--anchor), else $EMOTION_JAX_ANCHORS, else
    $XDG_STATE_HOME/emotion-jax/anchors (~/.local/state/emotion-jax/anchors)."""
    if not given and os.environ.get(ANCHORS_ENV):
        given = os.environ[ANCHORS_ENV]
    if not given:
        given = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "emotion-jax" / "anchors"
    return Path(given).expanduser().absolute()  # absolute: a batch worker may run in another folder


def recorded_actor(name: str) -> str:
    """Who an audit entry names: the OS user, and the name given when it differs ("alice (Dr Lee)")."""
    user, name = getpass.getuser(), name.strip()
    return user if name in ("", user) else f"{user} ({name})"


class StoreError(Exception):
    """A store operation that cannot be done as asked (unknown session or output, bad name)."""


class WithdrawnError(StoreError):
    """The output derives from a modality whose consent was withdrawn: its key is destroyed for good."""


@dataclass(frozen=True)
class SessionStore:
    """An unlocked store: its key ring (or, in a batch worker, the keys of one session) and its files, whose
    every change is audited under the name `files.actor`."""

    root: Path
    ring: KeyRing | KeySet
    files: TrackedFolder

    @property
    def actor(self) -> str:
        """Who this store's audit entries name."""
        return self.files.actor

    @classmethod
    def create(cls, root: str | os.PathLike, secret: str | UserKey, actor: str,
               params: ScryptParams = DEFAULT_SCRYPT, anchor: str | os.PathLike | None = None) -> SessionStore:
        """A new, empty store locked with a passphrase or a key file's key, its audit log anchored in
        `anchor_dir(anchor)`."""
        root = Path(root)
        anchors = _outside(root, anchor_dir(anchor))
        if (root / _LOG).exists():
            raise FileExistsError(f"a store already exists at {root}")
        ring = KeyRing.create(root, secret, params)
        store_id = secrets.token_hex(8)
        files = TrackedFolder(root, root / _LOG, ring.data_key(_AUDIT_KEY, create=True),
                              audit.Anchor(anchors / store_id, store_id), recorded_actor(actor), frozenset({_LOG}))
        files.append("create", "store", {"store": store_id, "layout": _LAYOUT})
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name != _LOG):
            files.adopt(path)
        ring.journal = files
        (root / "sessions").mkdir(mode=0o700)
        (root / "consent").mkdir(mode=0o700)
        return cls(root, ring, files)

    @classmethod
    def open(cls, root: str | os.PathLike, secret: str | UserKey, actor: str,
             anchor: str | os.PathLike | None = None, check: bool = True) -> SessionStore:
        """Unlock a store (privacy.crypto.WrongKeyError for a wrong passphrase or key), check its audit log
        against its anchor and its files against the log (audit.AuditError, one line, for what is wrong);
        `check=False` leaves the files to `verify`."""
        root = Path(root)
        ring = KeyRing.open(root, secret, collect_garbage=False)
        files = _tracked(root, ring.data_key(_AUDIT_KEY), anchor_dir(anchor), recorded_actor(actor))
        try:
            files.load()
        except audit.PartialLineError as err:
            raise audit.PartialLineError(f"{err}; run `emotion-jax store repair {root}` to cut it") from None
        files.recover()
        ring.journal = files
        if check:
            problems = files.problems(hashed=_is_key_file)
            if problems:
                more = f" (and {len(problems) - 1} more: run `emotion-jax store verify`)" if len(problems) > 1 else ""
                raise TamperError(problems[0] + more)
        return cls(root, ring, files)

    @classmethod
    def repair(cls, root: str | os.PathLike, secret: str | UserKey, actor: str,
               anchor: str | os.PathLike | None = None) -> audit.AuditEntry | None:
        """Cut an interrupted last line from the audit log, and nothing else, with an entry saying so
        (None when there is none to cut)."""
        root = Path(root)
        ring = KeyRing.open(root, secret, collect_garbage=False)
        files = _tracked(root, ring.data_key(_AUDIT_KEY), anchor_dir(anchor), recorded_actor(actor))
        return audit.repair(files.log, files.actor, files.key, files.anchor)

    def verify(self) -> list[str]:
        """Every file hashed and compared with the log: one line per file that differs, [] when all match."""
        return self.files.problems()

    def handout(self, session: str) -> KeySet:
        """The keys one session's analysis needs (its own, its modalities', its consent's and the audit key),
        made now where missing, for a worker that must not hold the key that unwraps every session's."""
        for modality in MODALITIES:
            try:
                self.ring.data_key(_modality_key(session, modality), create=True)
            except MissingKeyError:
                pass  # withdrawn: the worker cannot use it either
        ids = [session, _consent_key(session), _AUDIT_KEY, *(_modality_key(session, m) for m in MODALITIES)]
        return self.ring.handout(ids)

    # sessions
    def new_session(self) -> str:
        """A new session with a random id (the id says nothing about the people in it)."""
        session = secrets.token_hex(8)
        self.ring.data_key(session, create=True)
        (self.root / "sessions" / session).mkdir(mode=0o700)
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
        for path in self._session_dir(session).iterdir():
            self.files.remove(path) if self.files.recorded(path) else path.unlink()  # unrecorded: a crash's temp
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
        with encrypted_file(path, key, file_aad(session, stem), commit=self.files.commit) as out:
            yield out
        for old in self._paths(session, name):
            if old != path:  # the same output, kept before with other modalities
                self.files.remove(old)

    def derived_from(self, session: str, name: str) -> tuple[str, ...]:
        """The consent modalities an output was kept as derived from (what a result made from it inherits)."""
        return _split(self._newest(session, name))[1]

    def chunks(self, session: str, name: str) -> Iterator[bytes]:
        """An output's plaintext, chunk by chunk, each authenticated first."""
        path = self._newest(session, name)
        key = self._key(session, name, _split(path)[1])
        self.files.check(path)
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

    def get_table(self, session: str, name: str, empty: pa.Schema | None = None) -> pa.Table:
        """A table kept by `put_table`; given `empty`, that schema's empty table when the session keeps none (a
        session kept before the table existed)."""
        if empty is not None and not self.has(session, name):
            return empty.empty_table()
        return pa.ipc.open_stream(self.get(session, name)).read_all()

    # consent
    def consent(self, session: str) -> ConsentLedger:
        """The session's consent ledger (empty when nothing was recorded); the version the audit log recorded
        last, or audit.AuditError (an older version put back, or the ledger deleted)."""
        path = self.root / "consent" / f"{session}{_SUFFIX}"
        if not self.files.check(path):
            return ConsentLedger()
        key = self.ring.data_key(_consent_key(session))
        return ConsentLedger.from_json(b"".join(iter_decrypted(path, key, file_aad(session, "consent"))))

    def save_consent(self, session: str, ledger: ConsentLedger) -> None:
        """Keep the ledger (only its records for this session), encrypted and apart from the outputs; the log
        records its version and hash, so an older version put back is refused."""
        mine = ConsentLedger([r for r in ledger.records if r.session == session])
        key = self.ring.data_key(_consent_key(session), create=True)
        write_encrypted(self.root / "consent" / f"{session}{_SUFFIX}", mine.to_json(), key,
                        file_aad(session, "consent"), commit=self.files.commit)
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
        """Check the whole audit chain against its anchor: nothing edited, cut from its end or rolled back
        (audit.AuditError if so)."""
        return audit.verify(self.files.log, key=self.files.key, anchor=self.files.anchor)

    def _log(self, action: str, target: str, details: dict | None = None) -> None:
        self.files.append(action, target, details)

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


def _consent_key(session: str) -> str:
    """The key-ring id of a session's consent key (kept when the session is shredded)."""
    return f"{session}.consent"


def _is_key_file(rel: str) -> bool:
    """Whether a store file belongs to the key ring (hashed on every open: they are small)."""
    return rel == "keyring.json" or rel.split("/")[0] == "shredded" or rel.split("/")[0].startswith("keys-")


def _outside(root: Path, anchors: Path) -> Path:
    """The anchor folder, refused when it is inside the store (rolled back with it, it would prove nothing)."""
    if anchors.resolve().is_relative_to(root.resolve()):
        raise StoreError(f"the audit anchor folder {anchors} is inside the store {root}: choose one outside it")
    return anchors


def _tracked(root: Path, key: bytes, anchors: Path, actor: str) -> TrackedFolder:
    """The store's files, found through the store id its first audit entry names."""
    log = root / _LOG
    if not log.exists():
        raise FileNotFoundError(f"{root} is not a session store: it has no {_LOG}")
    first = next(audit.entries(log), None)
    store_id = first.details.get("store") if first is not None else None
    if not isinstance(store_id, str):
        raise StoreError(f"{root} was made by an older emotion-jax whose audit log has no anchor: "
                         "make a new store and analyse the sessions into it again")
    return TrackedFolder(root, log, key, audit.Anchor(_outside(root, anchors) / store_id, store_id), actor,
                         frozenset({_LOG}))


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
