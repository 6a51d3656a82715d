"""privacy.crypto: round trips, and each way a store or file can be wrong is caught and named."""

import hashlib
import io
import os
import signal
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from privacy import crypto
from privacy.crypto import (
    HEADER_BYTES,
    ExposedFileError,
    KeyRing,
    MissingKeyError,
    NotEncryptedError,
    ScryptParams,
    SwappedFileError,
    TamperedError,
    TruncatedError,
    UserKey,
    WrongKeyError,
    decrypt_stream,
    encrypt_stream,
    encrypted_file,
    file_aad,
    generate_key_file,
    iter_decrypted,
    read_encrypted,
    write_encrypted,
)

REPO = Path(__file__).resolve().parents[2]
FAST = ScryptParams(n=2**10, r=8, p=1)  # tests only: users get the strong default
PASS = "correct horse battery staple"
MARKER = b"PLAINTEXT-MARKER-q7Zx"
CHUNK = 64  # small chunks make multi-chunk files cheap
AAD = file_aad("s1", "timeline")


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def sealed(tmp_path, key) -> tuple[Path, bytes]:
    """A five-chunk file (the last one partial) and its plaintext."""
    data = bytes(range(256)) + b"tail"  # 260 bytes: chunks of 64, 64, 64, 64, 4
    path = tmp_path / "timeline.enc"
    write_encrypted(path, data, key, AAD, chunk_size=CHUNK)
    return path, data


def full_chunk(i: int) -> slice:
    start = HEADER_BYTES + i * (CHUNK + 16)
    return slice(start, start + CHUNK + 16)


def edit(path: Path, fn) -> None:
    path.write_bytes(bytes(fn(bytearray(path.read_bytes()))))


def flip(at: int):
    def fn(b: bytearray) -> bytearray:
        b[at] ^= 0x01
        return b

    return fn


class NonSeekable(io.RawIOBase):
    """A pipe-like source: the reader cannot look at the end first."""

    def __init__(self, data: bytes):
        self._src = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        chunk = self._src.read(len(b))
        b[: len(chunk)] = chunk
        return len(chunk)


# ---------------------------------------------------------------------------------------------------------
# Round trips


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 5 * CHUNK + 7])
def test_round_trip_at_every_chunk_boundary(tmp_path, key, size):
    data = os.urandom(size)
    pieces = [data[:3], data[3:100], data[100:]]  # pieces need not line up with chunks
    write_encrypted(tmp_path / "f.enc", pieces, key, AAD, chunk_size=CHUNK)
    assert read_encrypted(tmp_path / "f.enc", key, AAD) == data
    assert all(len(p) <= CHUNK for p in iter_decrypted(tmp_path / "f.enc", key, AAD))
    src, dst, out = io.BytesIO(data), io.BytesIO(), io.BytesIO()
    encrypt_stream(src, dst, key, AAD, chunk_size=CHUNK)
    decrypt_stream(NonSeekable(dst.getvalue()), out, key, AAD)
    assert out.getvalue() == data


def test_encrypted_file_is_a_stream_written_in_place_of_the_old_version(tmp_path, key):
    data = os.urandom(3 * CHUNK + 5)
    with encrypted_file(tmp_path / "f.enc", key, AAD, chunk_size=CHUNK) as out:
        for k in range(0, len(data), 7):  # written as a muxer writes: small pieces, then closed by the block
            assert out.write(memoryview(data)[k:k + 7]) == len(data[k:k + 7])
        assert list(tmp_path.iterdir())[0].name != "f.enc"  # nothing at the final name until it is complete
    assert out.closed and read_encrypted(tmp_path / "f.enc", key, AAD) == data
    with pytest.raises(ValueError, match="closed"):
        out.write(b"late")
    with pytest.raises(RuntimeError), encrypted_file(tmp_path / "f.enc", key, AAD) as out:
        out.write(b"half")
        raise RuntimeError
    assert read_encrypted(tmp_path / "f.enc", key, AAD) == data and len(list(tmp_path.iterdir())) == 1


def test_write_replaces_the_previous_version(tmp_path, key):
    write_encrypted(tmp_path / "f.enc", b"first", key, AAD)
    write_encrypted(tmp_path / "f.enc", b"second", key, AAD)
    assert read_encrypted(tmp_path / "f.enc", key, AAD) == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["f.enc"]  # no temp file left behind


def test_large_stream_keeps_memory_bounded(tmp_path, key):
    size, piece = 16 << 20, 1 << 16  # 16 MiB through 1 MiB chunks
    block = hashlib.sha256(b"seed").digest() * (piece // 32)

    def pieces():
        for i in range(size // piece):
            yield block[i % 32 :] + block[: i % 32]

    expected = hashlib.sha256(b"".join(pieces())).hexdigest()
    tracemalloc.start()
    try:
        write_encrypted(tmp_path / "big.enc", pieces(), key, AAD)
        digest, sizes = hashlib.sha256(), []
        for part in iter_decrypted(tmp_path / "big.enc", key, AAD):
            digest.update(part)
            sizes.append(len(part))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert digest.hexdigest() == expected
    assert sizes == [crypto.CHUNK_SIZE] * 16  # the last chunk is full: no empty chunk after it
    assert peak < 8 << 20, f"peak {peak / 2**20:.1f} MiB for a 16 MiB file"


# ---------------------------------------------------------------------------------------------------------
# Wrong keys


def test_wrong_passphrase(tmp_path):
    KeyRing.create(tmp_path, PASS, FAST)
    with pytest.raises(WrongKeyError, match="wrong passphrase or key for this store"):
        KeyRing.open(tmp_path, PASS + " ")
    assert KeyRing.open(tmp_path, PASS).sessions() == []


def test_wrong_key_file(tmp_path):
    right = generate_key_file(tmp_path / "right.key")
    wrong = generate_key_file(tmp_path / "wrong.key")
    KeyRing.create(tmp_path / "store", right)
    with pytest.raises(WrongKeyError, match="wrong passphrase or key for this store"):
        KeyRing.open(tmp_path / "store", wrong)
    with pytest.raises(WrongKeyError, match="locked with a key file, not a passphrase"):
        KeyRing.open(tmp_path / "store", PASS)
    assert KeyRing.open(tmp_path / "store", UserKey.from_file(tmp_path / "right.key")).sessions() == []


def test_key_files(tmp_path):
    key = generate_key_file(tmp_path / "k")
    assert UserKey.from_file(tmp_path / "k") == key
    assert (tmp_path / "k").stat().st_mode & 0o077 == 0
    assert repr(key.material) not in repr(key)  # keys stay out of logs and tracebacks
    with pytest.raises(FileExistsError):
        generate_key_file(tmp_path / "k")
    (tmp_path / "short").write_bytes(b"x" * 31)
    (tmp_path / "short").chmod(0o600)
    with pytest.raises(ValueError, match="not a key file"):
        UserKey.from_file(tmp_path / "short")


def test_key_files_open_to_others_are_refused_with_the_fix(tmp_path):
    generate_key_file(tmp_path / "k")
    (tmp_path / "k").chmod(0o644)
    with pytest.raises(ExposedFileError, match=rf"^{tmp_path}/k is open to other users \(mode 644\): "
                                               rf"run chmod 600 {tmp_path}/k$"):
        UserKey.from_file(tmp_path / "k")
    ring = KeyRing.create(tmp_path / "store", PASS, FAST)
    ring.data_key("s1", create=True)
    for path in (tmp_path / "store" / "keys-1" / "s1.key", tmp_path / "store" / "keyring.json"):
        assert path.stat().st_mode & 0o077 == 0
        path.chmod(0o640)
        with pytest.raises(ExposedFileError, match=f"run chmod 600 {path}$"):
            KeyRing.open(tmp_path / "store", PASS).data_key("s1")
        path.chmod(0o600)
    assert len(KeyRing.open(tmp_path / "store", PASS).data_key("s1")) == 32


def test_a_key_set_holds_only_what_was_handed_out(tmp_path):
    ring = KeyRing.create(tmp_path, PASS, FAST)
    one, _ = ring.data_key("s1", create=True), ring.data_key("s2", create=True)
    ring.shred("s3", missing_ok=True)
    keys = ring.handout(["s1", "s3", "s4"])
    assert keys.sessions() == ["s1"] and keys.data_key("s1") == one and one not in repr(keys).encode()
    for other in ("s2", "s3"):
        with pytest.raises(MissingKeyError, match="handed to this worker"):
            keys.data_key(other, create=True)


def test_wrong_data_key_for_a_file(sealed):
    path, _ = sealed
    with pytest.raises(WrongKeyError, match="wrong key for this file"):
        read_encrypted(path, os.urandom(32), AAD)


# ---------------------------------------------------------------------------------------------------------
# Tampering, truncation, swaps


def test_flipped_byte_in_header(sealed, key):
    path, _ = sealed
    edit(path, flip(20))  # inside the salt
    with pytest.raises(TamperedError, match="header was modified"):
        read_encrypted(path, key, AAD)


def test_flipped_byte_in_magic_is_not_encrypted(sealed, key):
    path, _ = sealed
    edit(path, flip(0))
    with pytest.raises(NotEncryptedError):
        read_encrypted(path, key, AAD)


def test_plaintext_file_is_not_encrypted(tmp_path, key):
    (tmp_path / "plain.csv").write_bytes(b"time,emotion\n0.0,neutral\n")
    with pytest.raises(NotEncryptedError, match="not an encrypted emotion-jax file"):
        read_encrypted(tmp_path / "plain.csv", key, AAD)
    (tmp_path / "empty").write_bytes(b"")
    with pytest.raises(NotEncryptedError):
        read_encrypted(tmp_path / "empty", key, AAD)


def test_flipped_byte_in_a_middle_chunk(sealed, key):
    path, _ = sealed
    edit(path, flip(full_chunk(2).start + 10))
    with pytest.raises(TamperedError, match=r"modified after it was written \(authentication failed at chunk 3\)"):
        read_encrypted(path, key, AAD)
    with pytest.raises(TamperedError):  # streaming: the two good chunks come out, then the error
        list(iter_decrypted(path, key, AAD))


def test_flipped_byte_in_the_tag(sealed, key):
    path, _ = sealed
    size = path.stat().st_size
    edit(path, flip(size - 8 - 1))  # last byte of the final chunk's tag, just before the end marker
    with pytest.raises(TamperedError, match="chunk 5"):
        read_encrypted(path, key, AAD)


@pytest.mark.parametrize("cut", ["chunk boundary", "mid chunk", "end marker", "header"])
@pytest.mark.parametrize("seekable", [True, False])
def test_truncated_file(sealed, key, cut, seekable):
    path, _ = sealed
    data = path.read_bytes()
    end = {"chunk boundary": full_chunk(3).start, "mid chunk": full_chunk(2).start + 30,
           "end marker": len(data) - 3, "header": HEADER_BYTES - 5}[cut]  # fmt: skip
    if seekable:  # a file: found before any plaintext comes out
        path.write_bytes(data[:end])
        with pytest.raises(TruncatedError, match="file is truncated"):
            next(iter_decrypted(path, key, AAD))
    else:
        with pytest.raises(TruncatedError, match="file is truncated"):
            decrypt_stream(NonSeekable(data[:end]), io.BytesIO(), key, AAD)


def test_final_chunks_removed_and_end_marker_put_back(sealed, key):
    path, _ = sealed
    edit(path, lambda b: b[: full_chunk(3).start] + b[-8:])  # chunks 4 and 5 gone, a forged ending
    with pytest.raises(TruncatedError, match="ends before its final chunk"):
        read_encrypted(path, key, AAD)


def test_reordered_chunks(sealed, key):
    path, _ = sealed

    def swap(b: bytearray) -> bytearray:
        one, two = b[full_chunk(1)], b[full_chunk(2)]
        b[full_chunk(1)], b[full_chunk(2)] = two, one
        return b

    edit(path, swap)
    with pytest.raises(TamperedError, match="chunk 2"):
        read_encrypted(path, key, AAD)


def test_middle_chunk_removed(sealed, key):
    path, _ = sealed
    edit(path, lambda b: b[: full_chunk(1).start] + b[full_chunk(2).start :])
    with pytest.raises(TamperedError, match="chunk 2"):
        read_encrypted(path, key, AAD)


def test_ciphertext_swapped_between_files(tmp_path, key):
    write_encrypted(tmp_path / "a.enc", b"session one, face", key, file_aad("s1", "face"))
    write_encrypted(tmp_path / "b.enc", b"session one, voice", key, file_aad("s1", "voice"))
    os.replace(tmp_path / "b.enc", tmp_path / "a.enc")
    with pytest.raises(SwappedFileError, match="belongs to another file or session"):
        read_encrypted(tmp_path / "a.enc", key, file_aad("s1", "face"))
    assert read_encrypted(tmp_path / "a.enc", key, file_aad("s1", "voice")) == b"session one, voice"


def test_errors_are_crypto_errors_naming_the_file(sealed, key):
    path, _ = sealed
    edit(path, flip(full_chunk(0).start))
    with pytest.raises(crypto.CryptoError) as info:
        read_encrypted(path, key, AAD)
    assert str(path) in str(info.value)


# ---------------------------------------------------------------------------------------------------------
# Crash safety


KILLED_WRITER = """
import sys, time
from privacy.crypto import write_encrypted

def pieces():
    for i in range(1000):
        if i == 8:
            print("writing", flush=True)
            time.sleep(60)
        yield MARKER * 4096

write_encrypted(sys.argv[1], pieces(), bytes.fromhex(sys.argv[2]), b"aad", chunk_size=1 << 16)
"""


def test_kill_during_write_keeps_the_previous_version(tmp_path, key):
    path = tmp_path / "f.enc"
    write_encrypted(path, b"previous version", key, b"aad")
    script = f"MARKER = {MARKER!r}\n" + KILLED_WRITER
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", script, str(path), key.hex()], stdout=subprocess.PIPE, env=env)
    try:
        assert proc.stdout.readline() == b"writing\n"
        temps = [p for p in tmp_path.iterdir() if p != path]
        assert len(temps) == 1 and temps[0].stat().st_size > 4 * (1 << 16)  # well into the new version
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert read_encrypted(path, key, b"aad") == b"previous version"
    for p in tmp_path.iterdir():
        assert MARKER[:8] not in p.read_bytes(), f"plaintext reached {p.name}"


# ---------------------------------------------------------------------------------------------------------
# Key ring: data keys, rotation, shredding


def test_data_keys_per_session(tmp_path):
    ring = KeyRing.create(tmp_path, PASS, FAST)
    one, two = ring.data_key("s1", create=True), ring.data_key("s2", create=True)
    assert one != two and len(one) == 32
    assert ring.data_key("s1", create=True) == one  # create only when missing
    reopened = KeyRing.open(tmp_path, PASS)
    assert reopened.sessions() == ["s1", "s2"] and reopened.data_key("s1") == one
    with pytest.raises(MissingKeyError, match="no key for session 's3'"):
        reopened.data_key("s3")
    with pytest.raises(ValueError, match="invalid session id"):
        ring.data_key("../s1", create=True)
    with pytest.raises(FileExistsError):
        KeyRing.create(tmp_path, PASS, FAST)


def test_wrapped_key_tampered_or_swapped(tmp_path):
    ring = KeyRing.create(tmp_path, PASS, FAST)
    ring.data_key("s1", create=True)
    ring.data_key("s2", create=True)
    keys = tmp_path / "keys-1"
    os.replace(keys / "s2.key", keys / "s1.key")
    with pytest.raises(TamperedError, match="key file of session 's1'"):
        ring.data_key("s1")


def write_sessions(ring: KeyRing, root: Path, sessions) -> None:
    for s in sessions:
        (root / s).mkdir(exist_ok=True)
        write_encrypted(root / s / "t.enc", MARKER + s.encode(), ring.data_key(s, create=True), file_aad(s, "t"))


def read_sessions(ring: KeyRing, root: Path, sessions) -> list[bytes]:
    return [read_encrypted(root / s / "t.enc", ring.data_key(s), file_aad(s, "t")) for s in sessions]


def test_rotation_rewraps_every_session(tmp_path):
    ring = KeyRing.create(tmp_path, PASS, FAST)
    sessions = ["s1", "s2", "s3"]
    write_sessions(ring, tmp_path, sessions)
    data_before = {s: (tmp_path / s / "t.enc").read_bytes() for s in sessions}
    ring.rotate("a new passphrase", FAST)
    assert not (tmp_path / "keys-1").exists()  # the old wrapping is destroyed
    with pytest.raises(WrongKeyError):
        KeyRing.open(tmp_path, PASS)
    expected = [MARKER + s.encode() for s in sessions]
    assert read_sessions(ring, tmp_path, sessions) == expected
    assert read_sessions(KeyRing.open(tmp_path, "a new passphrase"), tmp_path, sessions) == expected
    assert {s: (tmp_path / s / "t.enc").read_bytes() for s in sessions} == data_before  # data untouched
    key_file = generate_key_file(tmp_path / "user.key")
    ring.rotate(key_file)  # passphrase -> key file
    with pytest.raises(WrongKeyError):
        KeyRing.open(tmp_path, "a new passphrase")
    assert read_sessions(KeyRing.open(tmp_path, key_file), tmp_path, sessions) == expected


def test_rotation_crash_leaves_the_old_key_working(tmp_path, monkeypatch):
    ring = KeyRing.create(tmp_path, PASS, FAST)
    sessions = ["s1", "s2"]
    write_sessions(ring, tmp_path, sessions)
    real_replace = os.replace

    def crash_on_switch(src, dst):
        if Path(dst).name == "keyring.json":
            raise OSError("simulated crash")
        real_replace(src, dst)

    monkeypatch.setattr(crypto.os, "replace", crash_on_switch)
    with pytest.raises(OSError, match="simulated crash"):
        ring.rotate("a new passphrase", FAST)
    monkeypatch.undo()
    assert (tmp_path / "keys-2").is_dir()  # the half-done new generation
    with pytest.raises(WrongKeyError):
        KeyRing.open(tmp_path, "a new passphrase")
    reopened = KeyRing.open(tmp_path, PASS)
    assert read_sessions(reopened, tmp_path, sessions) == [MARKER + s.encode() for s in sessions]
    assert not (tmp_path / "keys-2").exists()  # cleaned up on open
    reopened.rotate("a new passphrase", FAST)
    assert KeyRing.open(tmp_path, "a new passphrase").sessions() == sessions


def test_shredding_makes_a_session_unreadable(tmp_path):
    ring = KeyRing.create(tmp_path, PASS, FAST)
    write_sessions(ring, tmp_path, ["s1", "s2"])
    ring.shred("s1")
    reopened = KeyRing.open(tmp_path, PASS)
    for r in (ring, reopened):
        with pytest.raises(MissingKeyError, match="session 's1' was shredded on .*permanently unreadable"):
            r.data_key("s1")
        with pytest.raises(MissingKeyError, match="shredded"):
            r.data_key("s1", create=True)  # the id is not reused with a new key
    assert reopened.sessions() == ["s2"]
    assert read_sessions(reopened, tmp_path, ["s2"]) == [MARKER + b"s2"]
    assert not list(tmp_path.glob("keys-*/s1.key"))
    ring.shred("s1")  # already shredded: nothing to do
    with pytest.raises(MissingKeyError, match="nothing to shred"):
        ring.shred("s9")


def test_only_ciphertext_reaches_the_store(tmp_path):
    ring = KeyRing.create(tmp_path, PASS, FAST)
    sessions = ["s1", "s2"]
    write_sessions(ring, tmp_path, sessions)
    data_keys = [ring.data_key(s) for s in sessions]
    ring.rotate("another passphrase", FAST)
    ring.shred("s2")
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) >= 4
    for p in files:
        content = p.read_bytes()
        for secret in (MARKER[:8], PASS.encode(), b"another passphrase", *data_keys):
            assert secret not in content, f"{p.relative_to(tmp_path)} holds a secret"


def test_scrypt_params_are_checked():
    assert ScryptParams().n >= 2**15
    with pytest.raises(ValueError):
        ScryptParams(n=1000)
    with pytest.raises(ValueError):
        ScryptParams(n=2**24, r=8)
