import numpy as np
from skimage import data

from emotion_jax.face.crops import CropConfig, align_crops


def test_crop_is_48x48_gray_and_levels_the_eyes():
    img = data.astronaut()
    box = np.array([[150, 60, 260, 200]], np.float32)
    flat = align_crops(img, box, None)
    assert flat.shape == (1, 48, 48) and flat.dtype == np.uint8
    tilted_marks = np.array([[[180, 110], [230, 130], [205, 140], [185, 170], [225, 175]]], np.float32)
    tilted = align_crops(img, box, tilted_marks)
    assert not np.array_equal(flat, tilted)


def test_implausible_tilt_is_ignored():
    img = data.astronaut()
    box = np.array([[150, 60, 260, 200]], np.float32)
    upside = np.array([[[230, 110], [180, 110], [205, 140], [185, 170], [225, 175]]], np.float32)
    assert np.array_equal(align_crops(img, box, upside), align_crops(img, box, None))


def test_box_outside_frame_is_padded_not_crashing():
    img = np.zeros((100, 100, 3), np.uint8)
    out = align_crops(img, np.array([[-50, -50, 40, 40]], np.float32), None, CropConfig(size=48))
    assert out.shape == (1, 48, 48)
