"""One bar over a whole run: each stage moves it by its share, whatever kind of bars the caller wants."""

from __future__ import annotations

from tqdm.std import tqdm

from emotion_jax.progress import WHOLE, bar, finish, overall


def recording(seen: list[tuple[str, float]]) -> type:
    """A tqdm kind that notes (its name, its count) at every step, as a notebook panel's bars would."""

    class Noted(tqdm):
        def __init__(self, *args, **kwargs):
            kwargs["disable"] = True
            self.name = kwargs.get("desc", "")
            super().__init__(*args, **kwargs)

        def update(self, n: float = 1) -> None:
            self.n += n
            seen.append((self.name, self.n))

    return Noted


def test_each_stage_moves_the_whole_bar_by_its_share() -> None:
    seen: list[tuple[str, float]] = []
    kind = overall({"faces": 1.0, "speech": 3.0}, recording(seen))
    faces = bar(kind, total=10, desc="faces")
    faces.update(5)
    assert kind.whole.n == 12.5 and ("faces", 5) in seen  # half of faces' quarter; the stage's own bar moved too
    faces.close()
    at = [kind.whole.n for _ in bar(kind, iterable=range(3), desc="speech")]
    assert at == [25, 50, 75]  # a step counts once the next one starts
    finish(kind)
    assert kind.whole.n == 100 and seen[-1][0] == WHOLE


def test_a_stopped_run_leaves_the_bar_where_it_was_and_none_is_made_for_no_progress() -> None:
    kind = overall({"faces": 1.0, "speech": 1.0}, recording([]))
    bar(kind, total=4, desc="faces").update(2)
    finish(kind, completed=False)
    assert kind.whole.n == 25
    assert overall({"faces": 1.0}, False) is False
