"""Head pose, nods, motion energy and synchrony on inputs whose answer is known."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from emotion_jax.face.pose import FACE_3D, head_pose
from emotion_jax.movement.energy import EnergyConfig, blurred, body_regions, frame_energy
from emotion_jax.movement.head import head_events, head_speed
from emotion_jax.movement.synchrony import SynchronyConfig, synchrony

WIDTH, HEIGHT = 640, 480


def _landmarks(yaw: float, pitch: float, roll: float, noise: float = 0.0, seed: int = 0) -> np.ndarray:
    """The generic face's five points seen 80 cm from a camera, turned by (yaw, pitch, roll) as head_pose reads
    them, with pixel noise."""
    def turn(axis: int, degrees: float) -> np.ndarray:
        vector = np.zeros(3)
        vector[axis] = np.radians(degrees)
        return cv2.Rodrigues(vector)[0]

    rotation = turn(2, roll) @ turn(1, -yaw) @ turn(0, -pitch)
    camera = np.array([[WIDTH, 0, WIDTH / 2], [0, WIDTH, HEIGHT / 2], [0, 0, 1]], np.float64)
    points = cv2.projectPoints(FACE_3D, cv2.Rodrigues(rotation)[0], np.array([0.0, 0.0, 800.0]), camera, None)[0]
    return points.reshape(5, 2) + np.random.default_rng(seed).normal(0.0, noise, (5, 2))


@pytest.mark.parametrize("angles", [(0, 0, 0), (25, 0, 0), (-40, 0, 0), (0, 15, 0), (0, -15, 0), (0, 0, 12),
                                    (20, -10, 5), (-75, 10, 0)])
def test_head_pose_reads_the_angles_a_face_was_turned_by(angles) -> None:
    found = head_pose(_landmarks(*angles)[None], WIDTH, HEIGHT)[0]
    assert np.allclose(found, angles, atol=0.5), (found, angles)


def test_a_head_beside_the_middle_that_faces_the_camera_reads_yaw_zero() -> None:
    camera = np.array([[WIDTH, 0, WIDTH / 2], [0, WIDTH, HEIGHT / 2], [0, 0, 1]], np.float64)
    where = np.array([300.0, 0.0, 800.0])  # 30 cm right of the axis, 80 cm away
    sight = where / np.linalg.norm(where)
    axis = np.cross([0.0, 0.0, 1.0], sight)
    facing = cv2.Rodrigues(axis / np.linalg.norm(axis) * np.arcsin(np.linalg.norm(axis)))[0]
    for rotation, yaw in ((facing, 0.0), (np.eye(3), np.degrees(np.arctan2(300, 800)))):  # then straight ahead
        points = cv2.projectPoints(FACE_3D, cv2.Rodrigues(rotation)[0], where, camera, None)[0].reshape(1, 5, 2)
        assert np.allclose(head_pose(points, WIDTH, HEIGHT)[0], (yaw, 0, 0), atol=0.5)


def test_head_pose_with_pixel_noise_stays_within_a_few_degrees() -> None:
    errors = [np.abs(head_pose(_landmarks(15, -8, 4, noise=1.0, seed=s)[None], WIDTH, HEIGHT)[0] - (15, -8, 4))
              for s in range(20)]
    assert np.median(errors, axis=0).max() < 4.0, np.median(errors, axis=0)


def test_points_that_fit_no_head_give_no_pose() -> None:
    upside_down = _landmarks(0, 0, 0)[[3, 4, 2, 0, 1]]  # mouth above the eyes
    nothing = np.full((5, 2), np.nan)
    assert np.isnan(head_pose(np.stack([upside_down, nothing]), WIDTH, HEIGHT)).all()


def _pose(pitch: np.ndarray, yaw: np.ndarray | None = None) -> np.ndarray:
    yaw = np.zeros_like(pitch) if yaw is None else yaw
    return np.stack([yaw, pitch, np.zeros_like(pitch)], axis=1).astype(np.float32)


def test_a_nod_and_a_shake_are_found_when_they_happen() -> None:
    times = np.arange(60) / 5.0  # 12 s at 5 analysis frames a second
    nod, shake = np.zeros(60), np.zeros(60)
    nod[20:24] = [10, 1, 9, 0]  # down, up, down, up: a swing every 0.2 s
    shake[40:44] = [15, -5, 12, 0]
    events = head_events(times, _pose(nod, shake))
    assert [(e.kind, e.start) for e in events] == [("nod", 3.8), ("shake", 7.8)], events
    assert events[0].swings == 4 and events[0].size == pytest.approx(9.0)


def test_looking_down_once_or_drifting_slowly_is_no_nod() -> None:
    times = np.arange(60) / 5.0
    once = np.r_[np.zeros(20), np.full(40, 15.0)]  # looks down and stays there
    slow = 12 * np.sin(2 * np.pi * times / 6.0)  # up and down over six seconds
    small = 3 * np.sin(2 * np.pi * times / 1.0)  # quick but within landmark noise
    for pitch in (once, slow, small):
        assert head_events(times, _pose(pitch)) == []


def test_pitch_that_follows_a_head_turn_is_a_shake_not_a_nod() -> None:
    times = np.arange(30) / 5.0
    swing = np.r_[np.zeros(10), [15, 30, 15, 0, 15, 30, 15], np.zeros(13)]
    events = head_events(times, _pose(swing * 0.4, swing))
    assert [e.kind for e in events] == ["shake"], events


def test_a_face_in_profile_is_not_read_for_nods() -> None:
    times = np.arange(30) / 5.0
    pitch = np.r_[np.zeros(10), [10, 20, 10, 0, 10, 20, 10], np.zeros(13)]
    assert head_events(times, _pose(pitch, np.full(30, 70.0))) == []


def test_head_speed_is_degrees_a_second() -> None:
    times = np.array([0.0, 0.2, 0.4, 0.6])
    pose = _pose(np.array([0.0, 2.0, 2.0, np.nan]))
    assert np.allclose(head_speed(times, pose)[:3], [np.nan, 10.0, 0.0], equal_nan=True)
    assert np.isnan(head_speed(times, pose)[3])


def _scene(seed: int = 0) -> np.ndarray:
    """A textured grey room (so that a camera move changes it) with a face box at (200, 80)-(260, 150)."""
    rng = np.random.default_rng(seed)
    texture = cv2.GaussianBlur(rng.integers(0, 256, (360, 640), dtype=np.uint8), (0, 0), 3)
    return cv2.normalize(texture, None, 30, 220, cv2.NORM_MINMAX)


FACE = np.array([[200.0, 80.0, 260.0, 150.0]])


def test_a_still_frame_has_no_motion_energy() -> None:
    frame = blurred(_scene())
    noisy = blurred(np.clip(_scene().astype(int) + np.random.default_rng(1).normal(0, 2, (360, 640)), 0, 255)
                    .astype(np.uint8))
    for before in (frame, noisy):
        energy, steady = frame_energy(frame, before, FACE)
        assert steady and energy[0] == 0.0, energy


def test_a_moving_hand_below_the_face_is_that_persons_motion_and_no_one_elses() -> None:
    before = _scene()
    after = before.copy()
    cv2.rectangle(after, (210, 200), (250, 240), 230, -1)  # a hand raised in front of the chest
    other = np.array([[460.0, 80.0, 520.0, 150.0]])
    energy, steady = frame_energy(blurred(after), blurred(before), np.concatenate([FACE, other]))
    assert steady and energy[0] > 0.02 and energy[1] == 0.0, energy


def test_a_camera_cut_or_a_moving_background_reads_nothing() -> None:
    before = blurred(_scene(0))
    cut = blurred(_scene(1))
    panned = np.roll(before, 12, axis=1)
    for after in (cut, panned):
        energy, steady = frame_energy(after, before, FACE)
        assert not steady and np.isnan(energy).all()


def test_body_regions_of_people_side_by_side_do_not_overlap() -> None:
    boxes = np.array([[100.0, 50.0, 160.0, 120.0], [190.0, 60.0, 250.0, 130.0]])
    (a, b) = body_regions(boxes, 640, 360, EnergyConfig())
    assert a[2] <= b[0] and a[3] == 330 and b[1] == 25


def test_synchrony_of_one_series_with_itself_is_far_above_chance_at_lag_zero() -> None:
    x = np.random.default_rng(0).random(300)
    found = synchrony(x, x, fps=5.0)
    assert found.session > 0.99 and found.above_chance and found.leader_lag == 0.0
    assert found.chance_95 < 0.8


def test_who_moves_first_is_read_from_the_lag() -> None:
    x = np.random.default_rng(1).random(300)
    follows = np.r_[np.random.default_rng(2).random(5), x[:-5]]  # the second person does it 1 s later
    found = synchrony(x, follows, fps=5.0)
    assert found.above_chance and found.leader_lag == pytest.approx(1.0)
    assert synchrony(follows, x, fps=5.0).leader_lag == pytest.approx(-1.0)


def test_two_independent_series_are_not_above_chance() -> None:
    rng = np.random.default_rng(3)
    found = [synchrony(rng.random(300), rng.random(300), fps=5.0, config=SynchronyConfig(surrogates=100))
             for _ in range(10)]
    assert sum(f.above_chance for f in found) <= 2  # the 5% false alarms of a 95th-percentile test, and no more
    assert all(abs(f.session - f.chance) < 0.1 for f in found)


def test_someone_who_never_moves_has_no_synchrony_to_report() -> None:
    found = synchrony(np.zeros(300), np.random.default_rng(4).random(300), fps=5.0)
    assert np.isnan(found.session) and not found.above_chance


def test_a_session_too_short_to_shuffle_has_no_chance_level() -> None:
    x = np.random.default_rng(5).random(75)  # 15 s: three 5 s pieces cannot all move two places
    found = synchrony(x, x, fps=5.0)
    assert found.session > 0.99 and np.isnan(found.chance_95) and not found.above_chance
