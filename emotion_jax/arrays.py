"""Stage results as named arrays: how a frozen dataclass of arrays is kept in the store or a work folder."""

from __future__ import annotations

from dataclasses import fields
from typing import TypeVar

import numpy as np

T = TypeVar("T")


def to_arrays(result: object) -> dict[str, np.ndarray]:
    """Each field of a stage's result by name (the arrays themselves, not copies)."""
    return {f.name: np.asarray(getattr(result, f.name)) for f in fields(result)}


def from_arrays(kind: type[T], arrays: dict[str, np.ndarray]) -> T:
    """A stage's result from its kept arrays; KeyError names a field the kept file lacks."""
    missing = [f.name for f in fields(kind) if f.name not in arrays]
    if missing:
        raise KeyError(f"the kept {kind.__name__} lacks {', '.join(missing)}")
    return kind(**{f.name: arrays[f.name] for f in fields(kind)})
