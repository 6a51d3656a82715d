"""Progress bars of the caller's kind, so the command line, a notebook panel and tests share the stages' code."""

from __future__ import annotations

from collections.abc import Mapping

from tqdm.auto import tqdm

Progress = bool | type  # True: tqdm bars; False: none; a tqdm subclass: its bars (a notebook panel's, say)
WHOLE = "whole run"  # the name of the bar over all the stages of a run
_FORMAT = "{desc}: {percentage:3.0f}%|{bar}| {elapsed} so far, about {remaining} left"


def bar(progress: Progress, **kwargs) -> tqdm:
    """A progress bar of the caller's kind: tqdm's own (True), none (False), or the given tqdm subclass."""
    return (progress if isinstance(progress, type) else tqdm)(disable=progress is False, **kwargs)


def overall(shares: Mapping[str, float], progress: Progress = True) -> Progress:
    """A progress kind for a run of stages: one bar over the whole run (named for the stage at work, with the
    time left), which each stage's bar (made by `bar` with the stage's name as `desc`) moves by the stage's share
    of `shares`. Given a tqdm subclass (a notebook panel's), the stages' bars stay of that kind as well; given
    True, the whole-run bar is the only one shown. Call `finish` when the run ends."""
    if progress is False:
        return False
    base = progress if isinstance(progress, type) else tqdm
    scale = 100.0 / sum(shares.values())

    class Stage(base):
        whole: tqdm | None = None  # made when the first stage starts: a run refused before shows no bar

        def __init__(self, *args, **kwargs) -> None:
            if Stage.whole is None:
                Stage.whole = base(total=100.0, desc=WHOLE, unit="%", bar_format=_FORMAT)
            if base is tqdm:
                kwargs["disable"] = True
            super().__init__(*args, **kwargs)
            name, iterable = kwargs.get("desc", ""), kwargs.get("iterable")
            self._share, self._given, self._count = shares.get(name, 0.0) * scale, 0.0, 0.0
            self._dropped = False
            self._total = kwargs.get("total") or (len(iterable) if hasattr(iterable, "__len__") else 0)
            Stage.whole.set_description_str(f"{WHOLE} ({name})")

        def update(self, n: float = 1) -> None:
            self._count += n
            self._give(self._count / self._total if self._total else 0.0)
            super().update(n)

        def __iter__(self):
            for i, item in enumerate(super().__iter__()):
                self._give(i / self._total if self._total else 0.0)
                yield item
            self._give(1.0)

        def close(self) -> None:
            if not self._dropped:  # a stage that stopped early is left where it was
                self._give(1.0)
            super().close()

        def __del__(self) -> None:
            self._dropped = True
            super().__del__()

        def _give(self, fraction: float) -> None:
            target, whole = self._share * min(max(fraction, 0.0), 1.0), Stage.whole
            if target > self._given:
                whole.update(min(target - self._given, whole.total - whole.n))
                self._given = target

    return Stage


def finish(progress: Progress, completed: bool = True) -> None:
    """Close the whole-run bar of an `overall` kind (filled when the run `completed`: stages kept from an earlier
    run report no progress)."""
    whole = getattr(progress, "whole", None)
    if whole is None:
        return
    if completed:
        whole.set_description_str(WHOLE)
        whole.update(max(whole.total - whole.n, 0.0))
        whole.n = whole.total  # exactly, whatever the sums of the stages' shares left
    whole.close()
