"""The notebook widgets, driven through their methods as a reviewer's clicks would, on the real RAVDESS clip."""

import io
import wave

import av
import numpy as np
import pyarrow as pa
import pytest
from PIL import Image

from emotion_jax import annotations as notes
from emotion_jax.config import AnalysisConfig
from emotion_jax.demo import make_demo_session
from emotion_jax.labels import EMOTIONS
from emotion_jax.media import load_audio
from emotion_jax.progress import WHOLE
from emotion_jax.store import SessionStore
from emotion_jax.timeline import MODALITIES, SOURCES, Timeline
from emotion_jax.widgets import AnnotationPanel, ConsentForm, RedactionReview, RunPanel, TimelineView
from emotion_jax.widgets.clips import MAX_SEGMENT_SECONDS, segment_at
from emotion_jax.widgets.figure import render
from emotion_jax.widgets.frames import blurred_frame, read_frame
from emotion_jax.widgets.run_panel import Cancelled, consent_status
from emotion_jax.widgets.timeline_view import contributions, moments
from privacy.audit import entries
from privacy.blur import blur_video
from privacy.consent import ConsentError
from privacy.crypto import ScryptParams
from privacy.faces import FaceDetector
from tests.conftest import RAVDESS_CLIP

FAST = ScryptParams(n=2**10)  # tests only


@pytest.fixture(scope="module")
def ravdess(data_dir, tmp_path_factory):
    """The run panel analyses the clip, is cancelled once the faces stage is done, then resumes to the end.

    Its own stage folder: with stages another test module already finished, there would be nothing to cancel.
    """
    work = tmp_path_factory.mktemp("cancelled-stages")
    first = RunPanel([RAVDESS_CLIP], work_dir=work)
    first.bars["faces"].observe(lambda c: c.new >= 1.0 and first.cancel(), "value")
    first.start()
    assert first.wait(300) is None
    panel = RunPanel([RAVDESS_CLIP], work_dir=work)
    panel.start()
    panel.wait(300)
    return first, panel


@pytest.fixture
def store(tmp_path):
    return SessionStore.create(tmp_path / "store", "correct horse battery", actor="dr-a", params=FAST)


def test_run_panel_cancels_between_steps_and_resumes(ravdess):
    cancelled, panel = ravdess
    assert isinstance(cancelled.error, Cancelled) and "Finished stages are kept" in cancelled.message.value
    assert cancelled.bars["faces"].value == 1.0 and cancelled.bars["speech"].value == 0.0
    assert panel.error is None, panel.message.value
    assert all(bar.value == 1.0 and bar.bar_style == "success" for bar in panel.bars.values())
    assert 0.0 < cancelled.bars[WHOLE].value < 1.0 and panel.left.value.startswith("done in")
    assert panel.result.timeline.participants and panel.result.words.num_rows > 0


def test_run_panel_passes_the_number_of_speakers_when_known(tmp_path):
    panel = RunPanel([RAVDESS_CLIP], work_dir=tmp_path)
    assert panel.speakers.value == 0 and panel.analysis_config().speakers.count is None  # not known by default
    panel.speakers.value = 2
    assert panel.analysis_config().speakers.count == 2
    assert panel.analysis_config().media == panel.config.media  # the rest of the configuration is kept


def test_run_panel_errors_in_plain_words(tmp_path, store):
    missing = RunPanel(work_dir=tmp_path)
    missing.start(tmp_path / "nope.mp4")
    missing.wait(60)
    assert "cannot be read" in missing.message.value and missing.result is None
    session = store.new_session()
    refused = RunPanel([RAVDESS_CLIP], store=store, session=session)
    assert refused.check_consent() is False and "⛔" in refused.consent.value
    refused.start()
    refused.wait(60)
    assert isinstance(refused.error, ConsentError) and "Not analysed" in refused.message.value


def test_consent_form_records_and_withdraws(store):
    session = store.new_session()
    form = ConsentForm(session, "dr-a", store=store)
    form.record("person 1", modalities=("face", "voice"), purposes=("clinical review",), retention_days=30,
                role="client")
    assert "<b>person 1</b> (client)" in form.status.value
    assert store.consent(session).allowed("person 1", session, "face", "clinical review")
    assert consent_status(store, session, AnalysisConfig(modalities=("face", "voice")))[0]
    assert not consent_status(store, session, AnalysisConfig())[0]  # words were not consented to
    face_voice = AnalysisConfig(modalities=("face", "voice"))
    assert consent_status(store, session, face_voice, "person 2=client")[0]  # who is who, by role
    assert "who is who" in consent_status(store, session, face_voice, "person 2")[1]
    assert "'nurse' does not name one consented participant" in consent_status(store, session, face_voice,
                                                                                "person 2=nurse")[1]
    panel = RunPanel([RAVDESS_CLIP], config=face_voice, store=store, session=session)
    panel.who.value = "person 1=therapist"
    assert "⛔" in panel.consent.value  # checked as it is typed
    form.participant.value = ""
    form.record_button.click()
    assert "color:#b00" in form.message.value  # an empty name is refused in words, not a traceback
    form.participant.value = "person 1"
    form.withdraw_button.click()  # asks first: nothing is withdrawn yet
    assert form.confirmation.layout.display == "flex" and "destroyed for good" in form.question.value
    assert session in store.sessions() and store.consent(session).current("person 1", session).kind == "grant"
    form.cancel_button.click()
    assert form.confirmation.layout.display == "none" and session in store.sessions()
    form.withdraw_button.click()
    form.confirm_button.click()
    assert session not in store.sessions() and "withdrawal" in form.status.value
    actions = [e.action for e in entries(store.root / "audit.log") if e.target == session]
    assert actions.index("withdraw-consent") < actions.index("shred")  # recorded, shredded, the shredding audited


def test_timeline_view_state_and_rendering(ravdess):
    analysis = ravdess[1].result
    view = TimelineView(analysis.timeline, analysis.turns, RAVDESS_CLIP)
    person = analysis.timeline.participants[0]
    assert view.participant == person and bytes(view.plot.value).startswith(b"\x89PNG")
    assert f"({analysis.timeline.track_label(person)})" in view.why.value  # fused, or which modality stands in
    view.set_cursor(1.5)
    assert view.slider.value == view.cursor == 1.5
    assert {r["modality"] for r in contributions(analysis.timeline, person, 1.5)} <= set(MODALITIES)
    assert analysis.turns.column("text")[0].as_py() in view.lane.value
    view.slider.value = 2.0  # a scrub on the slider moves the state too
    assert view.cursor == 2.0
    view.set_zoom(1.0, 2.5)
    assert view.zoom == view.range.value == (1.0, 2.5)
    view.set_cursor(99.0)
    assert view.cursor == view.duration
    with pytest.raises(ValueError):
        view.set_zoom(2.0, 2.0)


def _faces(png: bytes) -> int:
    return len(FaceDetector()(np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))).boxes)


def test_frame_at_cursor_never_shows_a_face(ravdess, tmp_path):
    analysis = ravdess[1].result
    view = TimelineView(analysis.timeline, analysis.turns, RAVDESS_CLIP)
    view.set_cursor(1.5)
    assert len(FaceDetector()(read_frame(RAVDESS_CLIP, 1.5)).boxes) >= 1
    assert _faces(view.frame.value) == 0
    demo = make_demo_session(tmp_path / "demo.mp4")
    raw, masked = read_frame(demo, 1.0), blurred_frame(demo, 1.0)
    assert len(FaceDetector()(raw).boxes) == 1 and len(FaceDetector()(masked).boxes) == 0
    assert masked.shape == raw.shape and not np.array_equal(masked, raw)


def _stepped() -> Timeline:
    """Two participants; A turns from neutral to sad at about 4 s and peaks sad at 6 s."""
    w, p, m = 10, 2, len(MODALITIES)
    probs = np.zeros((w, p, m, len(EMOTIONS)), np.float32)
    probs[..., 0] = 1.0
    sad = np.array([0, 0, 0, 0, 0.7, 0.75, 0.95, 0.7, 0.7, 0.7])
    probs[:, 0, 0, :] = 0.0
    probs[:, 0, 0, 0], probs[:, 0, 0, EMOTIONS.index("sad")] = 1 - sad, sad
    present = np.zeros((w, p, m), bool)
    present[:, :, 0] = True
    zeros = np.zeros((w, p, m), np.float32)
    return Timeline(np.arange(w, dtype=float), 1.0, ("A", "B"), MODALITIES, probs, zeros, zeros, zeros + 0.8, present)


def test_jump_to_peaks_and_transitions():
    timeline = _stepped()
    turns = pa.table({"start": [1.0], "end": [3.0], "participant": ["A"], "text": ["hello"]})
    view = TimelineView(timeline, turns)
    change = moments(timeline, "A", "transition")
    assert len(change) == 1 and 4.0 <= change[0] <= 5.0 and 6.0 in moments(timeline, "A", "peak")
    view.set_zoom(0.0, 3.0)
    assert view.jump("transition") == change[0] == view.cursor and view.zoom == (0.0, 10.0)
    assert view.jump("peak") == 6.0
    assert view.jump("peak", -1) is None and view.cursor == 6.0
    view.select("B")
    assert view.chooser.value == "B" and view.jump("transition") is None
    assert view.frame.value == b""  # no recording, no frame


def _children(widget) -> list:
    """Every widget inside `widget`, itself included."""
    return [widget] + [c for child in getattr(widget, "children", ()) for c in _children(child)]


def test_the_viewer_plays_the_segment_under_the_cursor(ravdess, tmp_path):
    analysis = ravdess[1].result
    blurred = tmp_path / "blurred.mp4"
    blur_video(RAVDESS_CLIP, blurred)
    view = TimelineView(analysis.timeline, analysis.turns, RAVDESS_CLIP, blurred_video=blurred)
    assert view.audio in _children(view.widget) and view.video in _children(view.widget)
    turn = analysis.turns.to_pylist()[0]
    view.set_cursor((turn["start"] + turn["end"]) / 2)
    start, end = view.segment
    assert (start, end) == (turn["start"], min(turn["end"], turn["start"] + MAX_SEGMENT_SECONDS))
    assert f"{start:.1f}–{end:.1f} s" in view.segment_note.value
    with wave.open(io.BytesIO(view.audio.value)) as f:  # the recording's own samples over the segment
        rate, played = f.getframerate(), np.frombuffer(f.readframes(f.getnframes()), "<i2") / 32767
    whole = load_audio(RAVDESS_CLIP, rate)[round(start * rate):]
    assert abs(len(played) - (end - start) * rate) <= 2 and np.abs(played - whole[:len(played)]).max() < 1e-3
    assert np.abs(played).max() > 0.01  # speech, not silence
    with av.open(io.BytesIO(view.video.value)) as clip:
        assert {s.codec_context.name for s in clip.streams} == {"h264", "aac"}
        frames = [f.to_ndarray(format="rgb24") for f in clip.decode(video=0)]
    assert abs(len(frames) - (end - start) * 25) <= 2 and frames[0].shape[1] <= 640
    assert len(FaceDetector()(read_frame(RAVDESS_CLIP, start + 0.5)).boxes) >= 1
    assert all(len(FaceDetector()(frame).boxes) == 0 for frame in frames[::5])  # de-identified: no face shown
    audio = view.audio.value
    view.set_cursor(view.cursor + 0.01)  # the same segment: nothing decoded again
    assert view.audio.value is audio
    outside = max(t for t in np.arange(0.0, view.duration, 0.25)
                  if not any(r["start"] <= t <= r["end"] for r in analysis.turns.to_pylist()))
    view.set_cursor(float(outside))  # no speech here: the window under the cursor
    k = int(outside // analysis.timeline.window)
    assert view.segment == (analysis.timeline.starts[k], analysis.timeline.starts[k] + analysis.timeline.window)


def test_without_a_recording_there_is_nothing_to_play():
    turns = pa.table({"start": [1.0], "end": [3.0], "participant": ["A"], "text": ["hello"]})
    view = TimelineView(_stepped(), turns)
    assert view.audio not in _children(view.widget) and view.video not in _children(view.widget)
    view.set_cursor(2.0)
    assert view.segment is None and view.audio.value == b"" and view.video.value == b""
    assert segment_at(view.timeline, turns, "B", 2.0)[:2] == (1.0, 3.0)  # anyone's turn, when not B's own
    assert segment_at(view.timeline, turns, "A", 5.5)[:2] == (5.0, 6.0)  # no turn: the window


def test_the_viewer_leaves_a_gap_where_there_is_no_reading():
    timeline = _stepped()
    present = timeline.present.copy()
    present[2:4, 0] = False  # A has no reading in windows 2 and 3
    timeline = Timeline(timeline.starts, 1.0, timeline.participants, MODALITIES, timeline.probs, timeline.valence,
                        timeline.arousal, timeline.confidence, present)
    turns = pa.table({"start": [6.5], "end": [8.0], "participant": ["B"], "text": ["bye"]})
    picture = render(timeline, turns, "A", 9.5, (0.0, 10.0))
    rgb = np.asarray(Image.open(io.BytesIO(picture.png)).convert("RGB")).astype(int)
    (left, right), column = picture.span, lambda t: int(round(picture.span[0] + t * (right - left) / 10.0))
    inked = (rgb != 255).any(axis=2)
    rows = np.flatnonzero(inked[:, column(0.5)])  # the top row's probability bar fills its axes' height there
    run = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    top = max(run, key=len)
    assert len(top) > 100
    assert inked[top[2]:top[-2], column(2.5)].sum() <= 6  # blank (but for the zero line), not a fall to zero
    assert inked[top[2]:top[-2], column(4.5)].sum() > 100


def _cursor_column(png: bytes) -> float:
    """The pixel column of the plot's red cursor line (the middle of its red columns)."""
    rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    red = (rgb[..., 0] >= 200) & (rgb[..., 1] <= 60) & (rgb[..., 2] <= 60)
    return float(np.flatnonzero(red.sum(axis=0) > 100).mean())


def test_a_click_on_the_plot_moves_the_cursor():
    turns = pa.table({"start": [1.0, 6.5], "end": [3.0, 8.0], "participant": ["A", "B"], "text": ["hello", "bye"]})
    view = TimelineView(_stepped(), turns)
    for zoom, target in (((0.0, 10.0), 7.0), ((2.0, 8.0), 3.5)):
        view.set_zoom(*zoom)
        view.set_cursor(target)
        column, lane = _cursor_column(view.plot.value), view.lane.value
        view.set_cursor(zoom[0] + 0.25)
        view.clicks._handle_mouse_msg(None, {"event": "click", "dataX": column}, [])  # as ipyevents delivers it
        assert view.cursor == pytest.approx(target, abs=(zoom[1] - zoom[0]) / 400) and view.slider.value == view.cursor
        assert view.lane.value == lane
    assert view.click_plot(3.0) is None and view.cursor == pytest.approx(3.5, abs=0.02)  # on the axis labels


def test_hovering_the_plot_shows_why_there_without_moving_the_cursor():
    turns = pa.table({"start": [1.0, 6.5], "end": [3.0, 8.0], "participant": ["A", "B"], "text": ["hello", "bye"]})
    view = TimelineView(_stepped(), turns)
    view.set_cursor(7.0)
    column = _cursor_column(view.plot.value)
    view.set_cursor(1.0)
    view.hovers._handle_mouse_msg(None, {"event": "mousemove", "dataX": column}, [])
    assert view.why.value.startswith("<b>7.0 s") and view.cursor == 1.0
    view.hovers._handle_mouse_msg(None, {"event": "mouseleave", "dataX": column}, [])
    assert view.why.value.startswith("<b>1.0 s")


def test_why_shows_the_fusion_models_weighing(ravdess):
    timeline = ravdess[1].result.timeline
    person = timeline.participants[0]
    fused = timeline.present[:, 0, timeline.modalities.index("fused")]
    k = int(np.flatnonzero(fused)[-1])
    rows = {r["modality"]: r["share"] for r in contributions(timeline, person, float(timeline.starts[k]) + 0.5)}
    assert rows["fused"] == 1.0
    for m, share in zip(SOURCES, timeline.contributions[k, 0]):
        if m in rows:
            assert rows[m] == pytest.approx(share)


def test_annotations_are_kept_encrypted(ravdess, store):
    analysis, session = ravdess[1].result, store.new_session()
    view = TimelineView(analysis.timeline, analysis.turns)
    panel = AnnotationPanel(view, "dr-a", store=store, session=session)
    view.set_cursor(1.0)
    panel.add("note", "looks away when asked", length=1.5)
    panel.add("label", label="sad")
    with pytest.raises(ValueError):
        panel.add("label", label="gloomy")
    raw = (store.root / "sessions" / session / "annotations.ejx").read_bytes()
    assert b"looks away" not in raw
    again = AnnotationPanel(TimelineView(analysis.timeline, analysis.turns), "dr-b", store=store, session=session)
    assert again.annotations == notes.load(store, session) == view.annotations
    assert [(a.kind, a.start, a.end) for a in again.annotations] == [("label", 1.0, 1.0), ("note", 1.0, 2.5)]
    assert "looks away" in again.listing.value


def test_redaction_review(store):
    said = " My name is John Smith and my phone number is 07700 900123 .".split()
    words = pa.table({"start": [float(i) for i in range(len(said))], "end": [i + 0.8 for i in range(len(said))],
                      "participant": ["person 1"] * len(said), "word": said,
                      "probability": pa.array([0.9] * len(said), pa.float32())})
    session = store.new_session()
    review = RedactionReview(words, store=store, session=session)
    categories = [p.category for p in review.review.proposals]
    assert "NAME" in categories and "PHONE" in categories, categories
    text = " ".join(review.redacted().column("word").to_pylist())
    assert "John" not in text and "07700" not in text  # undecided proposals are redacted
    review.decide(categories.index("NAME"), False)
    assert review.choices[categories.index("NAME")].value == "keep"
    assert "John" in " ".join(review.redacted().column("word").to_pylist())
    assert review.audio_spans() and all(b > a for a, b in review.audio_spans())
    review.save()
    assert "07700" not in " ".join(store.get_table(session, "words-redacted").column("word").to_pylist())


def test_the_viewer_draws_body_language_and_synchrony_when_read():
    from dataclasses import replace

    from emotion_jax.result import SYNCHRONY_SCHEMA
    from emotion_jax.timeline import MOVEMENT

    timeline = _stepped()
    movement = np.full((len(timeline.starts), len(timeline.participants), len(MOVEMENT)), np.nan, np.float32)
    movement[:, 0] = [5.0, 0.0, 0.0, 1.0, np.nan, 0.1]
    moving = replace(timeline, movement=movement)
    pairs = pa.Table.from_pylist([dict(participant_a="A", participant_b="B", scope="window", start=0.0, end=10.0,
                                       synchrony=0.5, lag_s=0.0, chance_95=0.3, above_chance=True)], SYNCHRONY_SCHEMA)
    turns = pa.table({"start": [1.0], "end": [3.0], "participant": ["A"], "text": ["hello"]})
    plain = render(timeline, turns, "A", 5.0, (0.0, 10.0))
    full = render(moving, turns, "A", 5.0, (0.0, 10.0), synchrony=pairs)
    height = lambda picture: Image.open(io.BytesIO(picture.png)).size[1]  # noqa: E731
    assert height(full) > height(plain) + 100  # a movement row and a synchrony row
    assert abs(full.time_at(sum(full.span) / 2) - 5.0) < 0.1  # clicks still read as times
    assert height(render(moving, turns, "B", 5.0, (0.0, 10.0), synchrony=pairs)) < height(full)  # B never seen
