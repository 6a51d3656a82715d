"""Encryption at rest: AES-256-GCM files streamed in chunks, per-session data keys wrapped by the user's key.

A session's files are encrypted under its own random data key; the key ring keeps each data key wrapped
(AES-GCM) under a user key derived from a passphrase (scrypt) or read from a 32-byte key file. Rotating
re-wraps the data keys without touching the data; shredding overwrites and deletes a session's wrapped key.
Shredding protects against a copy of the key ring made after it (the key is in no file any more); it cannot
reach a backup made before it, which still holds the wrapped key and opens with the passphrase. A store that
must refuse such a backup put back records each key file's hash and deletion in its audit log (`Journal`).
A `KeySet` holds only some unwrapped keys (for a worker that must not hold the user key).

    ring = KeyRing.create(root, "correct horse battery staple")     # later: KeyRing.open(root, ...)
    key = ring.data_key("s1", create=True)
    write_encrypted(root / "s1" / "timeline.enc", frames, key, file_aad("s1", "timeline"))
    data = read_encrypted(root / "s1" / "timeline.enc", key, file_aad("s1", "timeline"))

File format (version 1): a 76-byte header, then chunks, then an 8-byte end marker.
  header: magic "EJXCRYPT", version, chunk size, 16-byte salt, 7-byte nonce prefix, key check (16),
          file check (16), header checksum (8). The salt derives a per-file AES key (HKDF) from the data key.
  chunk i: AES-GCM(nonce = prefix | i as 4 bytes | 1 if last else 0, associated data = header | file aad).
Every chunk but the last holds exactly `chunk size` plaintext bytes, so removed, reordered or appended
chunks fail authentication, and a file cut short either lacks its end marker or lacks a "last" chunk.
The key check tells a wrong key from tampering; the file check (over the caller's associated data) tells
a file swapped in from elsewhere.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import shutil
import struct
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KEY_BYTES = 32
CHUNK_SIZE = 1 << 20  # plaintext bytes per chunk: memory stays at a few chunks whatever the file size
MAX_CHUNK_SIZE = 1 << 26  # a header asking for bigger chunks is refused (memory bound when reading)

_MAGIC, _VERSION = b"EJXCRYPT", 1
_FIELDS = struct.Struct(">8sBI16s7s")  # magic, version, chunk size, salt, nonce prefix
_CHECK, _CHECKSUM, _TAG = 16, 8, 16
HEADER_BYTES = _FIELDS.size + 2 * _CHECK + _CHECKSUM
_END = b"\x00EJX-END"  # after the last chunk: a file without it was cut short
_MAX_CHUNKS = 1 << 32  # the chunk counter is 4 bytes of the nonce

_KEY_MAGIC = b"EJXWRAP1"  # wrapped data key: magic, 12-byte nonce, AES-GCM(data key)
_KEYRING = "keyring.json"
_KEYRING_FORMAT = "emotion-jax keyring"
_SESSION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


# ---------------------------------------------------------------------------------------------------------
# Errors: one class per thing a clinician can do something about


class CryptoError(Exception):
    """An encrypted file or key could not be read."""


class WrongKeyError(CryptoError):
    """The passphrase, key file or data key is not the one this store or file was encrypted with."""


class TamperedError(CryptoError):
    """The bytes were changed after they were written (authentication failed)."""


class SwappedFileError(TamperedError):
    """A genuine encrypted file sits where a different file (another name or session) belongs."""


class TruncatedError(CryptoError):
    """The file ends early: an interrupted copy or a full disk."""


class NotEncryptedError(CryptoError):
    """The file is not in this module's encrypted format (or in a format version it cannot read)."""


class MissingKeyError(CryptoError):
    """The session has no data key: it was shredded or never created in this store."""


class ExposedFileError(CryptoError):
    """A key file or log that other users can read or change; the message says how to fix it."""


def check_private(path: str | os.PathLike) -> None:
    """ExposedFileError unless only the owner may read or write `path` (a key file, a log, an anchor)."""
    mode = os.stat(path).st_mode & 0o777
    if mode & 0o077:
        raise ExposedFileError(f"{path} is open to other users (mode {mode:o}): run chmod 600 {path}")


# ---------------------------------------------------------------------------------------------------------
# User keys


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost: memory is 128 * n * r bytes (128 MiB by default), time grows with n * r * p."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def __post_init__(self):
        if self.n < 2 or self.n & (self.n - 1):
            raise ValueError(f"scrypt n must be a power of two >= 2, got {self.n}")
        if not (1 <= self.r <= 64 and 1 <= self.p <= 16) or 128 * self.n * self.r > 1 << 31:
            raise ValueError(f"scrypt parameters out of range (n={self.n}, r={self.r}, p={self.p})")


DEFAULT_SCRYPT = ScryptParams()


@dataclass(frozen=True)
class UserKey:
    """The 32-byte key that wraps a store's data keys; never written to disk by this module."""

    material: bytes = field(repr=False)

    def __post_init__(self):
        if len(self.material) != KEY_BYTES:
            raise ValueError(f"a user key is {KEY_BYTES} bytes, got {len(self.material)}")

    @classmethod
    def from_passphrase(cls, passphrase: str, salt: bytes, params: ScryptParams = DEFAULT_SCRYPT) -> UserKey:
        """Derive the key with scrypt; the passphrase is NFC-normalised so it types the same everywhere."""
        if not passphrase:
            raise ValueError("the passphrase is empty")
        secret = unicodedata.normalize("NFC", passphrase).encode()
        return cls(Scrypt(salt=salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p).derive(secret))

    @classmethod
    def from_file(cls, path: str | os.PathLike) -> UserKey:
        """Read a key file made by `generate_key_file` (exactly 32 raw bytes, owner-only permissions)."""
        check_private(path)
        data = Path(path).read_bytes()
        if len(data) != KEY_BYTES:
            raise ValueError(f"{path} is not a key file: it holds {len(data)} bytes, a key file holds {KEY_BYTES}")
        return cls(data)


def generate_key_file(path: str | os.PathLike) -> UserKey:
    """Write a new random key file (owner-only permissions); refuses to overwrite, which would lose data."""
    key = UserKey(os.urandom(KEY_BYTES))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key.material)
        f.flush()
        os.fsync(f.fileno())
    return key


def _hkdf(key: bytes, info: bytes, length: int, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(key)


def _mac(key: bytes, *parts: bytes) -> bytes:
    return hmac.new(key, b"".join(parts), hashlib.sha256).digest()


# ---------------------------------------------------------------------------------------------------------
# Streams


def file_aad(session_id: str, name: str) -> bytes:
    """Associated data naming a file (session id + logical name): a file swapped in from elsewhere fails."""
    _check_session_id(session_id)
    if not name or "\x00" in name:
        raise ValueError(f"invalid file name {name!r}")
    return b"emotion-jax file\x00" + session_id.encode() + b"\x00" + name.encode()


def encrypt_stream(src: BinaryIO, dst: BinaryIO, key: bytes, aad: bytes, chunk_size: int = CHUNK_SIZE) -> None:
    """Encrypt everything `src` reads into `dst`, one chunk at a time."""
    writer = EncryptingWriter(dst, key, aad, chunk_size)
    for piece in iter(lambda: src.read(chunk_size), b""):
        writer.write(piece)
    writer.close()


def decrypt_stream(src: BinaryIO, dst: BinaryIO, key: bytes, aad: bytes) -> None:
    """Decrypt `src` into `dst`. On an error `dst` may hold authentic leading chunks: discard it."""
    for piece in _decrypted_pieces(src, key, aad):
        dst.write(piece)


def write_encrypted(
    path: str | os.PathLike, data: bytes | Iterable[bytes], key: bytes, aad: bytes, chunk_size: int = CHUNK_SIZE,
    commit: Commit | None = None,
) -> None:
    """Encrypt `data` (bytes, or pieces of any size) to `path` atomically: a crash leaves the old file intact."""
    pieces = [data] if isinstance(data, bytes | bytearray | memoryview) else data
    with encrypted_file(path, key, aad, chunk_size, commit) as out:
        for piece in pieces:
            out.write(piece)


@contextmanager
def encrypted_file(
    path: str | os.PathLike, key: bytes, aad: bytes, chunk_size: int = CHUNK_SIZE, commit: Commit | None = None
) -> Iterator[EncryptingWriter]:
    """A writer whose plaintext lands encrypted at `path`, atomically, when the block ends without an error
    (`commit(staged, path)` moves the finished file into place: by default a rename)."""
    with _atomic_file(path, commit) as f:
        writer = EncryptingWriter(f, key, aad, chunk_size)
        yield writer
        writer.close()


class EncryptingWriter:
    """A write-only stream that encrypts into `dst` chunk by chunk as it is written (it holds at most one
    chunk of plaintext); `close` writes the final chunk and the end marker, and leaves `dst` open."""

    def __init__(self, dst: BinaryIO, key: bytes, aad: bytes, chunk_size: int = CHUNK_SIZE):
        if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
            raise ValueError(f"chunk size must be 1..{MAX_CHUNK_SIZE}, got {chunk_size}")
        salt, self._prefix = os.urandom(16), os.urandom(7)
        stream_key, check_key = _stream_keys(key, salt)
        fields = _FIELDS.pack(_MAGIC, _VERSION, chunk_size, salt, self._prefix)
        checks = b"".join(_checks(check_key, fields, aad))
        header = fields + checks + hashlib.sha256(fields + checks).digest()[:_CHECKSUM]
        self._dst, self._gcm, self._aad, self._size = dst, AESGCM(stream_key), header + aad, chunk_size
        self._buf, self._index, self.closed = bytearray(), 0, False
        dst.write(header)

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        """Take any bytes-like object; every full chunk with more data after it is encrypted and written."""
        if self.closed:
            raise ValueError("write to a closed encrypted stream")
        view = memoryview(data).cast("B")
        size = len(view)
        while len(self._buf) + len(view) > self._size:  # more than a chunk is held, so this one is not the last
            take = self._size - len(self._buf)
            self._buf += view[:take]
            view = view[take:]
            self._emit(last=False)
        self._buf += view
        return size

    def close(self) -> None:
        """Write the final chunk (0 to chunk size bytes) and the end marker; later calls do nothing."""
        if not self.closed:
            self._emit(last=True)
            self._dst.write(_END)
        self.closed = True

    def _emit(self, last: bool) -> None:
        if self._index >= _MAX_CHUNKS:
            raise ValueError("stream too long for one file: use a larger chunk size")
        self._dst.write(self._gcm.encrypt(_nonce(self._prefix, self._index, last), bytes(self._buf), self._aad))
        self._buf.clear()
        self._index += 1


def derive_key(keys: Iterable[bytes], context: bytes) -> bytes:
    """One 32-byte key from several, all of which are needed: destroying any of them makes it underivable."""
    return _hkdf(b"".join(keys), b"emotion-jax combined key v1\x00" + context, KEY_BYTES)


def iter_decrypted(path: str | os.PathLike, key: bytes, aad: bytes) -> Iterator[bytes]:
    """Yield the plaintext of `path` chunk by chunk (each authenticated before it is yielded)."""
    try:
        with open(path, "rb") as f:
            yield from _decrypted_pieces(f, key, aad)
    except CryptoError as err:
        raise type(err)(f"{path}: {err}") from None


def read_encrypted(path: str | os.PathLike, key: bytes, aad: bytes) -> bytes:
    """The whole plaintext of `path`, returned only if every chunk authenticates."""
    return b"".join(iter_decrypted(path, key, aad))


def _stream_keys(key: bytes, salt: bytes) -> tuple[bytes, bytes]:
    """(AES key, check key) for one file: fresh per file, so nonces never repeat under one AES key."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a data key is {KEY_BYTES} bytes, got {len(key)}")
    okm = _hkdf(key, b"emotion-jax stream v1", 2 * KEY_BYTES, salt)
    return okm[:KEY_BYTES], okm[KEY_BYTES:]


def _checks(check_key: bytes, fields: bytes, aad: bytes) -> tuple[bytes, bytes]:
    return _mac(check_key, b"key\x00", fields)[:_CHECK], _mac(check_key, b"file\x00", fields, aad)[:_CHECK]


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, last)


def _read_upto(src: BinaryIO, n: int) -> bytes:
    """Read n bytes, fewer only at the end of the stream."""
    parts, got = [], 0
    while got < n:
        part = src.read(n - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def _read_header(src: BinaryIO, key: bytes, aad: bytes) -> tuple[bytes, AESGCM, bytes, int]:
    """Check the header; return (header, cipher, nonce prefix, chunk size)."""
    header = _read_upto(src, HEADER_BYTES)
    if header[: len(_MAGIC)] != _MAGIC[: len(header)] or not header:
        raise NotEncryptedError("not an encrypted emotion-jax file (it lacks the expected header)")
    if len(header) < HEADER_BYTES:
        raise TruncatedError("file is truncated: it ends inside its header")
    fields, checks = header[: _FIELDS.size], header[_FIELDS.size : -_CHECKSUM]
    _, version, chunk_size, salt, prefix = _FIELDS.unpack(fields)
    if version != _VERSION:
        raise NotEncryptedError(f"encrypted with format version {version}, which this version cannot read")
    if hashlib.sha256(fields + checks).digest()[:_CHECKSUM] != header[-_CHECKSUM:]:
        raise TamperedError("file header was modified after it was written; restore the file from a backup")
    if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise TamperedError(f"file header names an impossible chunk size ({chunk_size})")
    stream_key, check_key = _stream_keys(key, salt)
    key_check, file_check = _checks(check_key, fields, aad)
    if not hmac.compare_digest(key_check, checks[:_CHECK]):
        raise WrongKeyError("wrong key for this file: it was encrypted under another session's key or store")
    if not hmac.compare_digest(file_check, checks[_CHECK:]):
        raise SwappedFileError("this encrypted file belongs to another file or session: it was renamed or swapped")
    return header, AESGCM(stream_key), prefix, chunk_size


def _decrypted_pieces(src: BinaryIO, key: bytes, aad: bytes) -> Iterator[bytes]:
    header, gcm, prefix, chunk_size = _read_header(src, key, aad)
    if src.seekable():  # report a cut-short file before yielding anything
        here = src.tell()
        src.seek(max(here, src.seek(0, os.SEEK_END) - len(_END)))
        if src.read() != _END:
            raise TruncatedError("file is truncated: it ends before its final chunk")
        src.seek(here)
    chunk_aad, full = header + aad, chunk_size + _TAG
    need = full + len(_END) + 1  # more than this is left: the next chunk is not the last
    buf, index = _read_upto(src, need), 0
    while len(buf) == need:
        try:
            yield gcm.decrypt(_nonce(prefix, index, False), buf[:full], chunk_aad)
        except InvalidTag:
            raise _tampered(index) from None
        index += 1
        buf = buf[full:] + _read_upto(src, full)
    if len(buf) < _TAG + len(_END) or not buf.endswith(_END):
        raise TruncatedError("file is truncated: it ends before its final chunk")
    final = buf[: -len(_END)]
    try:
        yield gcm.decrypt(_nonce(prefix, index, True), final, chunk_aad)
    except InvalidTag:
        with suppress(InvalidTag):  # a genuine middle chunk at the end: the chunks after it were removed
            gcm.decrypt(_nonce(prefix, index, False), final, chunk_aad)
            raise TruncatedError("file is truncated: it ends before its final chunk") from None
        raise _tampered(index) from None


def _tampered(index: int) -> TamperedError:
    return TamperedError(
        f"file was modified after it was written (authentication failed at chunk {index + 1}); "
        "restore it from a backup"
    )


# ---------------------------------------------------------------------------------------------------------
# Files on disk


def fsync_dir(path: Path) -> None:
    """Make a folder's entries (a new or renamed file) durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Journal(Protocol):
    """Where a key ring's file changes go when they must be recorded (a store's audit log)."""

    def commit(self, staged: Path, path: Path) -> None:
        """Move the finished file `staged` onto `path`."""

    def remove(self, path: Path) -> None:
        """Destroy `path`."""


Commit = Callable[[Path, Path], None]


def staged_target(path: Path) -> Path | None:
    """The file a temp file of `_atomic_file` was to become, or None when `path` is not one."""
    if not (path.name.startswith(".") and path.name.endswith(".tmp")) or path.name.count(".") < 3:
        return None
    return path.with_name(path.name[1:].rsplit(".", 2)[0])


@contextmanager
def _atomic_file(path: str | os.PathLike, commit: Commit | None = None) -> Iterator[BinaryIO]:
    """A temp file beside `path` (same directory, owner-only), fsynced and moved onto `path` on success."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        (commit or _rename)(Path(tmp), path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _rename(staged: Path, path: Path) -> None:
    os.replace(staged, path)
    fsync_dir(path.parent)


def _write_atomic(path: Path, data: bytes, commit: Commit | None = None) -> None:
    with _atomic_file(path, commit) as f:
        f.write(data)


def destroy(path: Path) -> None:
    """Overwrite a file with random bytes, then delete it (best effort against recovery from the disk)."""
    with open(path, "r+b") as f:
        size = f.seek(0, os.SEEK_END)
        f.seek(0)
        f.write(os.urandom(size))
        f.flush()
        os.fsync(f.fileno())
    path.unlink()
    fsync_dir(path.parent)


# ---------------------------------------------------------------------------------------------------------
# Key ring


def _check_session_id(session_id: str) -> None:
    if not _SESSION_ID.fullmatch(session_id):
        raise ValueError(f"invalid session id {session_id!r}: use letters, digits, '.', '_' or '-' (max 128)")


def _split(user: UserKey) -> tuple[bytes, bytes]:
    """(wrapping key, key-check value) from the user key."""
    okm = _hkdf(user.material, b"emotion-jax keyring v1", 2 * KEY_BYTES)
    return okm[:KEY_BYTES], okm[KEY_BYTES:]


def _new_user_key(secret: str | UserKey, params: ScryptParams) -> tuple[UserKey, dict]:
    """The user key and the KDF record that lets it be derived again (fresh salt for a passphrase)."""
    if isinstance(secret, UserKey):
        return secret, {"name": "key-file"}
    salt = os.urandom(16)
    kdf = {"name": "scrypt", "salt": base64.b64encode(salt).decode(), "n": params.n, "r": params.r, "p": params.p}
    return UserKey.from_passphrase(secret, salt, params), kdf


def _unlock(secret: str | UserKey, kdf: dict) -> UserKey:
    if kdf["name"] == "key-file":
        if not isinstance(secret, UserKey):
            raise WrongKeyError("this store is locked with a key file, not a passphrase")
        return secret
    if isinstance(secret, UserKey):
        raise WrongKeyError("this store is locked with a passphrase, not a key file")
    params = ScryptParams(kdf["n"], kdf["r"], kdf["p"])
    return UserKey.from_passphrase(secret, base64.b64decode(kdf["salt"]), params)


def _wrap_aad(session_id: str) -> bytes:
    return b"emotion-jax data key\x00" + session_id.encode()


class KeyRing:
    """Per-session data keys wrapped under the user key. Layout under `root`: keyring.json (KDF salt and
    parameters, key-check value, generation), keys-<generation>/<session>.key, shredded/<session>.
    One writer at a time; with a `journal`, every file it writes or destroys goes through it."""

    def __init__(self, root: Path, wrap_key: bytes, generation: int, journal: Journal | None = None):
        self.root, self._wrap, self._generation, self.journal = Path(root), wrap_key, generation, journal

    @classmethod
    def create(cls, root: str | os.PathLike, secret: str | UserKey, params: ScryptParams = DEFAULT_SCRYPT) -> KeyRing:
        """A new, empty key ring locked with a passphrase (scrypt, fresh salt) or a key file's UserKey."""
        root = Path(root)
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        if (root / _KEYRING).exists():
            raise FileExistsError(f"a key ring already exists at {root}")
        user, kdf = _new_user_key(secret, params)
        ring = cls(root, _split(user)[0], 1)
        ring._keys_dir.mkdir()
        ring._write_header(user, kdf)
        return ring

    @classmethod
    def open(cls, root: str | os.PathLike, secret: str | UserKey, collect_garbage: bool = True) -> KeyRing:
        """Unlock an existing key ring; WrongKeyError for a wrong passphrase or key file. `collect_garbage`
        removes what a crashed rotation left (a store checks its files against its log first, and says no)."""
        path = Path(root) / _KEYRING
        if not path.exists():
            raise FileNotFoundError(f"no key ring at {root} (expected {_KEYRING})")
        check_private(path)
        try:
            header = json.loads(path.read_bytes())
            readable = header["format"] == _KEYRING_FORMAT and header["version"] == 1
            kdf, generation, expected = header["kdf"], int(header["generation"]), base64.b64decode(header["check"])
        except (ValueError, KeyError, TypeError):
            readable = False
        if not readable:
            raise NotEncryptedError(f"{path} is not a key ring this version of emotion-jax can read")
        wrap_key, check = _split(_unlock(secret, kdf))
        if not hmac.compare_digest(check, expected):
            raise WrongKeyError("wrong passphrase or key for this store")
        ring = cls(Path(root), wrap_key, generation)
        if collect_garbage:
            ring._collect_garbage()
        return ring

    @property
    def _keys_dir(self) -> Path:
        return self.root / f"keys-{self._generation}"

    def sessions(self) -> list[str]:
        """Session ids that have a data key, sorted."""
        return sorted(p.stem for p in self._keys_dir.glob("*.key"))

    def has(self, session_id: str) -> bool:
        """Whether the session has a data key (not shredded, not missing)."""
        _check_session_id(session_id)
        return (self._keys_dir / f"{session_id}.key").exists() and not (self.root / "shredded" / session_id).exists()

    def handout(self, session_ids: Iterable[str]) -> KeySet:
        """The data keys of these ids that exist (for a worker that must not hold the user key)."""
        return KeySet({s: self.data_key(s) for s in session_ids if self.has(s)})

    def data_key(self, session_id: str, create: bool = False) -> bytes:
        """The session's 32-byte data key; with create=True a new random one is made if it has none yet."""
        _check_session_id(session_id)
        tombstone, path = self.root / "shredded" / session_id, self._keys_dir / f"{session_id}.key"
        if tombstone.exists():
            when = tombstone.read_text().strip()
            raise MissingKeyError(f"session {session_id!r} was shredded on {when}: its data is permanently unreadable")
        if path.exists():
            check_private(path)
            return self._unwrap(session_id, path.read_bytes())
        if not create:
            raise MissingKeyError(
                f"no key for session {session_id!r} in this store (never created here, or shredded): "
                "its encrypted files cannot be read"
            )
        key = os.urandom(KEY_BYTES)
        _write_atomic(path, _wrap(self._wrap, session_id, key), self._commit)
        return key

    def rotate(self, new_secret: str | UserKey, params: ScryptParams = DEFAULT_SCRYPT) -> None:
        """Re-wrap every data key under a new user key (data untouched). The switch is one atomic rename of
        keyring.json: a crash before it leaves the old key working, after it the new one."""
        user, kdf = _new_user_key(new_secret, params)
        new_wrap = _split(user)[0]
        new_dir = self.root / f"keys-{self._generation + 1}"
        shutil.rmtree(new_dir, ignore_errors=True)  # left by a rotation that crashed before its switch
        new_dir.mkdir()
        for session_id in self.sessions():
            key = self.data_key(session_id)
            _write_atomic(new_dir / f"{session_id}.key", _wrap(new_wrap, session_id, key), self._commit)
        old_dir = self._keys_dir
        self._wrap, self._generation = new_wrap, self._generation + 1
        self._write_header(user, kdf)
        _remove_keys_dir(old_dir, self.journal)

    def shred(self, session_id: str, missing_ok: bool = False) -> None:
        """Destroy the session's data key, which makes all of its encrypted files unrecoverable. With
        `missing_ok`, a key never made is marked shredded all the same, so that none can be made later."""
        _check_session_id(session_id)
        tombstone, path = self.root / "shredded" / session_id, self._keys_dir / f"{session_id}.key"
        if tombstone.exists():
            return
        if path.exists():
            (self.journal.remove if self.journal else destroy)(path)
        elif not missing_ok:
            raise MissingKeyError(f"no key for session {session_id!r} in this store: nothing to shred")
        tombstone.parent.mkdir(mode=0o700, exist_ok=True)
        _write_atomic(tombstone, datetime.now(UTC).date().isoformat().encode(), self._commit)

    @property
    def _commit(self) -> Commit | None:
        return self.journal.commit if self.journal else None

    def _unwrap(self, session_id: str, blob: bytes) -> bytes:
        try:
            if blob[: len(_KEY_MAGIC)] != _KEY_MAGIC:
                raise InvalidTag
            nonce, wrapped = blob[len(_KEY_MAGIC) : len(_KEY_MAGIC) + 12], blob[len(_KEY_MAGIC) + 12 :]
            return AESGCM(self._wrap).decrypt(nonce, wrapped, _wrap_aad(session_id))
        except InvalidTag:
            raise TamperedError(f"the key file of session {session_id!r} was modified or swapped") from None

    def _write_header(self, user: UserKey, kdf: dict) -> None:
        check = base64.b64encode(_split(user)[1]).decode()
        header = {"format": _KEYRING_FORMAT, "version": 1, "generation": self._generation, "kdf": kdf, "check": check}
        _write_atomic(self.root / _KEYRING, json.dumps(header, indent=1).encode(), self._commit)

    def _collect_garbage(self) -> None:
        """Remove key directories of other generations, left by a rotation that crashed."""
        for path in self.root.glob("keys-*"):
            if path.is_dir() and path != self._keys_dir:
                _remove_keys_dir(path)


def _wrap(wrap_key: bytes, session_id: str, data_key: bytes) -> bytes:
    nonce = os.urandom(12)
    return _KEY_MAGIC + nonce + AESGCM(wrap_key).encrypt(nonce, data_key, _wrap_aad(session_id))


def _remove_keys_dir(path: Path, journal: Journal | None = None) -> None:
    for key_file in path.iterdir():
        (journal.remove if journal else destroy)(key_file)
    path.rmdir()


@dataclass(frozen=True)
class KeySet:
    """Some data keys handed out by a key ring (what a batch worker holds): it can unwrap, make or shred no
    other key, and the user key is not in it."""

    keys: Mapping[str, bytes] = field(repr=False)

    def sessions(self) -> list[str]:
        """The ids whose keys were handed out, sorted."""
        return sorted(self.keys)

    def has(self, session_id: str) -> bool:
        """Whether this id's key was handed out."""
        return session_id in self.keys

    def data_key(self, session_id: str, create: bool = False) -> bytes:
        """The handed-out key; MissingKeyError for any other (`create` cannot make one here)."""
        if session_id not in self.keys:
            raise MissingKeyError(f"no key for {session_id!r} was handed to this worker (shredded, or not its session)")
        return self.keys[session_id]
