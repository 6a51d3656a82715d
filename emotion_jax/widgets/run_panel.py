"""The run panel: pick a recording, see consent, say who is who, run the analysis in the background with a bar
per stage, cancel.

"Who is who" confirms which face or voice found is which consented participant ("person 1=client, person
2=therapist", by id or role); it may stay empty when one participant consented and one person is found.

Cancelling stops at the next progress step of the running stage (a decoded chunk for faces, 4096 crops for
expressions, one of four speech steps, 32 turns of words, one participant's fusion) or before the next stage;
finished stages stay cached in the work folder or store, so starting again resumes.
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import ipywidgets as w
from tqdm.std import tqdm

from emotion_jax.config import AnalysisConfig
from emotion_jax.consenting import check_consent, parse_assignments
from emotion_jax.media import MediaError
from emotion_jax.pipeline import STAGES, analyze
from emotion_jax.progress import WHOLE
from emotion_jax.result import Result
from emotion_jax.store import SessionStore, StoreError
from emotion_jax.widgets.shown import Shown
from privacy.consent import ConsentError
from privacy.crypto import WrongKeyError


class Cancelled(Exception):
    """The analysis was cancelled; finished stages are kept."""


def consent_status(store: SessionStore | None, session: str | None, config: AnalysisConfig,
                   who: str = "") -> tuple[bool, str]:
    """(may run, what to tell the user) for the session's consent, the configuration's modalities and purpose, and
    who is who (`who`: 'person 1=client, ...')."""
    if store is None:
        if who.strip():
            return False, "who is who is matched to consent records, which are kept in a store: give a store"
        return True, "no store: consent is not checked and stages are kept as plain files in the work folder"
    try:
        check_consent(store.consent(session), session, config.modalities, config.purpose, parse_assignments(who))
    except ConsentError as err:
        return False, f"consent missing: {err}"
    except ValueError as err:
        return False, f"who is who: {err}"
    return True, f"consent covers {', '.join(config.modalities)} for {config.purpose}"


def plain_error(err: BaseException) -> str:
    """What went wrong, in words a clinician can act on."""
    if isinstance(err, Cancelled):
        return "Cancelled. Finished stages are kept; start again to resume."
    if isinstance(err, ConsentError):
        return f"Not analysed: {err}"
    if isinstance(err, WrongKeyError | StoreError):
        return f"The session store refused: {err}"
    if isinstance(err, OSError | MediaError):
        return f"The recording cannot be read: {err}"
    if isinstance(err, MemoryError):
        return "The computer ran out of memory; close other work or analyse a shorter recording."
    return f"The analysis stopped with an unexpected error ({type(err).__name__}: {err}). Finished stages are kept."


def _time_left(stage: str, fraction: float, seconds: float) -> str:
    """'speech: 40% done, about 2 min left' (the time left from the pace so far)."""
    if fraction >= 1.0:
        return f"done in {seconds:.0f} s"
    if fraction <= 0.0:
        return f"{stage}: starting"
    left = seconds * (1 - fraction) / fraction
    when = f"{left / 60:.0f} min" if left >= 90 else f"{left:.0f} s"
    return f"{stage}: {fraction:.0%} done, about {when} left"


def _bridge(panel: RunPanel) -> type:
    """A tqdm class that reports each stage's progress to `panel` and raises Cancelled once it is cancelled."""

    class Bridge(tqdm):
        def __init__(self, *args, **kwargs) -> None:
            panel._check()
            kwargs["disable"] = True
            self.stage, self.total_ = kwargs.get("desc", ""), kwargs.get("total")
            super().__init__(*args, **kwargs)
            panel._progress(self.stage, 0.0)

        def update(self, n: float = 1) -> None:
            panel._check()
            self.n += n  # a disabled tqdm counts nothing, and the faces stage reads `n`
            if self.total_:
                panel._progress(self.stage, self.n / self.total_)

        def __iter__(self):
            total = len(self.iterable) if hasattr(self.iterable, "__len__") else 0
            for i, item in enumerate(self.iterable):
                panel._check()
                panel._progress(self.stage, i / total if total else 0.5)
                yield item

        def close(self) -> None:  # a bar dropped part way (a stopped run) stays where it was
            panel._progress(self.stage, self.n / self.total_ if self.total_ else 1.0)
            super().close()

    return Bridge


class RunPanel(Shown):
    """Runs `analyze` on a chosen recording in a background thread; `result` or `error` when it ends."""

    def __init__(self, recordings: list[str | Path] | None = None, config: AnalysisConfig = AnalysisConfig(),
                 store: SessionStore | None = None, session: str | None = None,
                 work_dir: Path | None = None) -> None:
        self.config, self.store, self.session, self.work_dir = config, store, session, work_dir
        self.result: Result | None = None
        self.error: BaseException | None = None
        self._cancel, self._thread = threading.Event(), None
        self.picker = w.Combobox(options=[str(r) for r in recordings or []], value=str((recordings or [""])[0]),
                                 placeholder="path to a recording", description="recording",
                                 layout=w.Layout(width="95%"))
        self.consent = w.HTML()
        self.who = w.Text(placeholder="e.g. person 1=client, person 2=therapist", description="who is who",
                          layout=w.Layout(width="95%"))
        self.who.observe(lambda _: self.check_consent(), "value")
        self.speakers = w.Dropdown(options=[("not known", 0), *((str(n), n) for n in range(1, 5))],
                                   value=config.speakers.count or 0, description="speakers",
                                   tooltip="how many people speak, when you know it: their voices are then "
                                           "separated into exactly that many")
        self.bars = {s: w.FloatProgress(0.0, min=0.0, max=1.0, description=s) for s in (WHOLE, *STAGES)}
        self.left = w.HTML()  # the stage at work, the share done and the time left
        self.start_button, self.cancel_button = w.Button(description="Analyse"), w.Button(description="Cancel")
        self.message = w.HTML()
        self.start_button.on_click(lambda _: self.start())
        self.cancel_button.on_click(lambda _: self.cancel())
        self.cancel_button.disabled = True
        self.widget = w.VBox([self.picker, self.who, self.speakers, self.consent,
                              w.HBox([self.start_button, self.cancel_button]), self.bars[WHOLE], self.left,
                              *(self.bars[s] for s in STAGES), self.message])
        self._started, self._stage = 0.0, ""
        self.check_consent()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def analysis_config(self) -> AnalysisConfig:
        """The configuration a run uses: the panel's, with the number of speakers chosen (if known)."""
        return replace(self.config, speakers=replace(self.config.speakers, count=self.speakers.value or None))

    def check_consent(self) -> bool:
        """Show (and return) whether the analysis may run."""
        ok, text = consent_status(self.store, self.session, self.config, self.who.value)
        self.consent.value = ("✅ " if ok else "⛔ ") + text
        return ok

    def start(self, recording: str | Path | None = None) -> None:
        """Start analysing `recording` (default: the picked one) in the background."""
        if self.running:
            raise RuntimeError("an analysis is already running; cancel it or wait")
        if recording is not None:
            self.picker.value = str(recording)
        if not self.picker.value.strip():
            self.message.value = "Pick a recording first."
            return
        self.result = self.error = None
        self._cancel.clear()
        for bar in self.bars.values():
            bar.value, bar.bar_style = 0.0, ""
        self._started, self.left.value = time.monotonic(), ""
        self.message.value = "running…"
        self.start_button.disabled, self.cancel_button.disabled = True, False
        self._thread = threading.Thread(target=self._run, args=(Path(self.picker.value),), daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the running analysis to stop at its next progress step."""
        self._cancel.set()
        self.message.value = "cancelling at the next step…"

    def wait(self, timeout: float | None = None) -> Result | None:
        """Block until the run ends; the result, or None after an error or a cancel (see `error`)."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self.result

    def _run(self, recording: Path) -> None:
        try:
            self.check_consent()  # shown; analyze itself refuses without consent
            self.result = analyze(recording, self.analysis_config(), self.work_dir, _bridge(self), self.store,
                                  self.session, parse_assignments(self.who.value))
            for stage in STAGES:  # stages taken from the cache report no progress
                self._progress(stage, 1.0)
            self.message.value = "done: " + "; ".join(self.result.timeline.notes or ("no problems",))
        except BaseException as err:  # noqa: BLE001 - every failure is shown to the user in plain words
            self.error = err
            self.message.value = f"<span style='color:#b00'>{plain_error(err)}</span>"
            for bar in self.bars.values():
                if bar.value < 1.0:
                    bar.bar_style = "warning" if isinstance(err, Cancelled) else "danger"
        finally:
            self.start_button.disabled, self.cancel_button.disabled = False, True

    def _check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("cancelled")

    def _progress(self, stage: str, fraction: float) -> None:
        if stage != WHOLE and fraction < 1.0:
            self._stage = stage
        if stage == WHOLE:
            self.left.value = _time_left(self._stage, fraction, time.monotonic() - self._started)
        if stage in self.bars:
            self.bars[stage].value = max(0.0, min(1.0, fraction))
            if fraction >= 1.0:
                self.bars[stage].bar_style = "success"
