"""Finished stages kept for a resumed run: encrypted in the session store, or as .npz files in a work folder."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np

from emotion_jax.arrays import from_arrays, to_arrays
from emotion_jax.store import SessionStore

T = TypeVar("T")


class DamagedStage(ValueError):
    """A kept stage file cannot be read (truncated or corrupt); the message says how to compute it again."""


class Kept:
    """The stages of one run (named by its resume key) in a store's session, a work folder, or nowhere."""

    def __init__(self, key: str, store: SessionStore | None = None, session: str | None = None,
                 work_dir: Path | None = None, modalities: tuple[str, ...] = ()) -> None:
        self.key, self.store, self.session, self.modalities = key, store, session, modalities
        self.folder = Path(work_dir) / key if work_dir is not None else None

    def get(self, name: str) -> dict[str, np.ndarray] | None:
        """A kept stage's arrays, or None when it was not kept."""
        if self.store is not None:
            found = self.store.has(self.session, f"{name}-{self.key}")
            return self.store.get_arrays(self.session, f"{name}-{self.key}") if found else None
        path = self.folder / f"{name}.npz" if self.folder else None
        return _load(path) if path is not None and path.exists() else None

    def put(self, name: str, arrays: dict[str, np.ndarray], derived_from: tuple[str, ...]) -> None:
        """Keep a stage's arrays (in the store, only the consented modalities it derives from are recorded)."""
        if self.store is not None:
            self.store.put_arrays(self.session, f"{name}-{self.key}", arrays,
                                  derived_from=tuple(m for m in derived_from if m in self.modalities))
        elif self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self.folder / f"{name}.tmp.npz"
            np.savez(tmp, **arrays)
            tmp.replace(self.folder / f"{name}.npz")

    def stage(self, name: str, kind: type[T], compute: Callable[[], T], derived_from: tuple[str, ...],
              now: bool = True) -> T:
        """The kept stage, or computed (and kept unless `now` is False: kept once consent has been applied)."""
        found = self.get(name)
        if found is not None:
            return from_arrays(kind, found)
        result = compute()
        if now:
            self.put(name, to_arrays(result), derived_from)
        return result


def _load(path: Path) -> dict[str, np.ndarray]:
    """A stage kept as .npz; DamagedStage when it cannot be read whole."""
    try:
        with np.load(path, allow_pickle=False) as f:
            return {k: f[k] for k in f.files}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as err:
        raise DamagedStage(f"the kept stage {path} is damaged (truncated or corrupt: {err}); delete it and run "
                           "again to compute that stage anew") from None
