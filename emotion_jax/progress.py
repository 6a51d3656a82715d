"""Progress bars of the caller's kind, so the command line, a notebook panel and tests share the stages' code."""

from __future__ import annotations

from tqdm.auto import tqdm

Progress = bool | type  # True: tqdm bars; False: none; a tqdm subclass: its bars (a notebook panel's, say)


def bar(progress: Progress, **kwargs) -> tqdm:
    """A progress bar of the caller's kind: tqdm's own (True), none (False), or the given tqdm subclass."""
    return (progress if isinstance(progress, type) else tqdm)(disable=progress is False, **kwargs)
