"""Content digests of recordings: the resume key's first part, and how a stored session names its recording."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

RECORDING = "recording"  # the store's record of which recording a session was analysed from (its SHA-256)


def file_digest(path: Path) -> str:
    """SHA-256 of a file's content (hex), read once per version of the file."""
    stat = Path(path).stat()
    return _digest(Path(path).resolve(), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _digest(path: Path, mtime_ns: int, size: int, block: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(block):
            h.update(chunk)
    return h.hexdigest()
