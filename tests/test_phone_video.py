"""A phone's recording (variable frame rate, stored sideways with a display rotation) is analysed upright."""

import numpy as np
import pytest

from emotion_jax.config import AnalysisConfig
from emotion_jax.face.tracks import find_faces
from emotion_jax.media import MediaConfig, open_media
from tests.clips import phone_clip


@pytest.fixture(scope="module")
def phone(data_dir, tmp_path_factory):
    """single_face.mp4 (640x360) as a phone records it; no phone clip is in the shared data."""
    return phone_clip(data_dir / "video" / "single_face.mp4", tmp_path_factory.mktemp("phone") / "phone.mp4")


def test_frames_are_upright_on_the_analysis_grid_with_the_sound(phone):
    decoded = open_media(phone, MediaConfig(fps=5.0))
    assert decoded.info.variable_frame_rate and (decoded.info.width, decoded.info.height) == (360, 640)
    chunks = list(decoded.chunks())
    frames = np.concatenate([c.frames for c in chunks])
    times = np.concatenate([c.frame_times for c in chunks])
    assert frames.shape[1:] == (360, 640, 3)  # turned upright: as wide as the original
    np.testing.assert_allclose(times, np.arange(len(times)) / 5.0)
    assert len(times) >= 11 and sum(len(c.audio) for c in chunks) / 16000 > 2.0
    assert not decoded.problems


def test_the_face_is_found_in_every_analysis_frame_as_one_person(phone):
    c = AnalysisConfig()
    faces = find_faces(phone, c.media, c.detector, c.tracker, c.crops, progress=False)
    per_frame = np.array([(faces.times == t).sum() for t in faces.frame_times])
    assert np.mean(per_frame == 1) >= 0.9 and len(np.unique(faces.track_ids)) == 1
