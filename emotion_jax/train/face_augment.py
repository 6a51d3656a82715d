"""Augmentations for session footage on batches of (B, 48, 48, 1) face crops in [-1, 1], jitted with the step.

Each models something a room camera does to a face that FER2013's web photos rarely show: head pose (affine and
perspective warps), a hand, glasses or the frame edge over part of the face, motion and defocus blur, a small face
up-scaled, H.264/JPEG block artefacts, low and uneven light, sensor noise.
"""

from __future__ import annotations

from dataclasses import dataclass

import jax
import jax.numpy as jnp
import numpy as np

SIZE = 48
_KERNEL = 7  # blur kernels are 7x7

# The JPEG standard's luminance quantisation table (ITU-T T.81, Annex K).
_JPEG_Q = np.array([
    [16, 11, 10, 16, 24, 40, 51, 61], [12, 12, 14, 19, 26, 58, 60, 55], [14, 13, 16, 24, 40, 57, 69, 56],
    [14, 17, 22, 29, 51, 87, 80, 62], [18, 22, 37, 56, 68, 109, 103, 77], [24, 35, 55, 64, 81, 104, 113, 92],
    [49, 64, 78, 87, 103, 121, 120, 101], [72, 92, 95, 98, 112, 100, 103, 99]], np.float32)


def _dct_matrix(n: int = 8) -> np.ndarray:
    k, i = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    m = np.cos(np.pi * (2 * i + 1) * k / (2 * n)) * np.sqrt(2 / n)
    m[0] /= np.sqrt(2)
    return m.astype(np.float32)


_DCT = _dct_matrix()


@dataclass(frozen=True)
class AugmentConfig:
    """How strong each augmentation is and how often it is applied."""

    max_rotate: float = 0.26         # radians (15 degrees) of head roll
    scale: tuple[float, float] = (0.85, 1.15)
    max_shift: float = 4.0           # pixels
    max_shear: float = 0.12
    max_perspective: float = 0.004   # per pixel: yaw/pitch foreshortening
    p_occlude: float = 0.25          # hand or object, glasses band, or the frame edge cutting the face
    p_blur: float = 0.15             # motion or defocus blur
    p_lowres: float = 0.2            # a face 19-37 px wide, up-scaled to 48
    p_jpeg: float = 0.25             # block artefacts at quality 10-60
    p_light: float = 0.6             # gamma, contrast, brightness, a light gradient across the face
    max_noise: float = 0.04          # sensor noise, std in [0, 1] intensity units


def _grid() -> tuple[jax.Array, jax.Array]:
    c = (SIZE - 1) / 2
    return jnp.meshgrid(jnp.arange(SIZE) - c, jnp.arange(SIZE) - c, indexing="ij")


def _sample(img: jax.Array, ys: jax.Array, xs: jax.Array) -> jax.Array:
    return jax.scipy.ndimage.map_coordinates(img, [ys, xs], order=1, mode="nearest")


def _warp(key: jax.Array, img: jax.Array, cfg: AugmentConfig) -> jax.Array:
    """Flip, roll, scale, shear, shift and a perspective term (a head turned or tilted toward the camera)."""
    k = jax.random.split(key, 6)
    angle = jax.random.uniform(k[0], minval=-cfg.max_rotate, maxval=cfg.max_rotate)
    scale = jax.random.uniform(k[1], minval=cfg.scale[0], maxval=cfg.scale[1])
    shear = jax.random.uniform(k[2], minval=-cfg.max_shear, maxval=cfg.max_shear)
    shift = jax.random.uniform(k[3], (2,), minval=-cfg.max_shift, maxval=cfg.max_shift)
    persp = jax.random.uniform(k[4], (2,), minval=-cfg.max_perspective, maxval=cfg.max_perspective)
    flip = jnp.where(jax.random.bernoulli(k[5]), -1.0, 1.0)
    yy, xx = _grid()
    xx = xx * flip
    cos, sin = jnp.cos(angle) / scale, jnp.sin(angle) / scale
    denom = 1.0 + persp[0] * xx + persp[1] * yy
    src_x = (cos * xx - sin * yy + shear * yy) / denom + shift[0]
    src_y = (sin * xx + cos * yy) / denom + shift[1]
    c = (SIZE - 1) / 2
    return _sample(img, src_y + c, src_x + c)


def _occlude(key: jax.Array, img: jax.Array, cfg: AugmentConfig) -> jax.Array:
    """One of: a block (hand, cup, hair) of random grey, a dark band at eye height (glasses), the frame edge."""
    k = jax.random.split(key, 9)
    yy, xx = jnp.meshgrid(jnp.arange(SIZE), jnp.arange(SIZE), indexing="ij")
    kind = jax.random.randint(k[0], (), 0, 3)
    h = jax.random.randint(k[1], (), 10, 26)
    w = jax.random.randint(k[2], (), 10, 26)
    y0 = jax.random.randint(k[3], (), 0, SIZE - 10)
    x0 = jax.random.randint(k[4], (), 0, SIZE - 10)
    block = (yy >= y0) & (yy < y0 + h) & (xx >= x0) & (xx < x0 + w)
    band_y = jax.random.randint(k[5], (), 13, 21)
    band = (yy >= band_y) & (yy < band_y + jax.random.randint(k[6], (), 3, 7))
    side = jax.random.randint(k[7], (), 0, 4)
    depth = 4 + (h % 11)
    edge = jnp.select([side == 0, side == 1, side == 2], [xx < depth, xx >= SIZE - depth, yy < depth],
                      yy >= SIZE - depth)
    mask = jnp.select([kind == 0, kind == 1], [block, band], edge)
    fill = jnp.where(kind == 1, -0.8, jax.random.uniform(k[8], minval=-1.0, maxval=1.0))
    fill = jnp.where(kind == 2, -1.0, fill)
    return jnp.where(mask, fill, img)


def _blur_kernel(key: jax.Array) -> jax.Array:
    """A normalised 7x7 kernel: a motion streak (2-5 px, any direction) or a defocus disk (radius 0.6-1.6 px)."""
    k = jax.random.split(key, 4)
    r = (_KERNEL - 1) / 2
    yy, xx = jnp.meshgrid(jnp.arange(_KERNEL) - r, jnp.arange(_KERNEL) - r, indexing="ij")
    theta = jax.random.uniform(k[0], maxval=jnp.pi)
    length = jax.random.uniform(k[1], minval=2.0, maxval=5.0)
    along = xx * jnp.cos(theta) + yy * jnp.sin(theta)
    across = -xx * jnp.sin(theta) + yy * jnp.cos(theta)
    motion = jnp.exp(-across ** 2 / 0.5) * (jnp.abs(along) <= length / 2)
    radius = jax.random.uniform(k[3], minval=0.6, maxval=1.6)
    disk = jax.nn.sigmoid((radius - jnp.hypot(xx, yy)) * 4.0)
    kern = jnp.where(jax.random.bernoulli(k[2]), motion, disk)
    return kern / kern.sum()


def _convolve(img: jax.Array, kern: jax.Array) -> jax.Array:
    pad = (_KERNEL - 1) // 2
    padded = jnp.pad(img, pad, mode="edge")
    return jax.scipy.signal.convolve2d(padded, kern[::-1, ::-1], mode="valid")


def _lowres(key: jax.Array, img: jax.Array) -> jax.Array:
    """The face as a camera 1.3-2.5x further away would record it (area-filtered), then up-scaled bilinearly."""
    f = jax.random.uniform(key, minval=1.3, maxval=2.5)
    r = (_KERNEL - 1) / 2
    yy, xx = jnp.meshgrid(jnp.arange(_KERNEL) - r, jnp.arange(_KERNEL) - r, indexing="ij")
    gauss = jnp.exp(-(xx ** 2 + yy ** 2) / (2 * (0.45 * f) ** 2))
    smooth = _convolve(img, gauss / gauss.sum())
    u = jnp.arange(SIZE, dtype=jnp.float32)
    c = (u + 0.5) / f - 0.5
    k0 = jnp.floor(c)
    t = c - k0
    p0, p1 = (k0 + 0.5) * f - 0.5, (k0 + 1.5) * f - 0.5
    ty, tx = t[:, None], t[None, :]
    out = 0.0
    for py, wy in ((p0, 1 - ty), (p1, ty)):
        for px, wx in ((p0, 1 - tx), (p1, tx)):
            ys, xs = jnp.meshgrid(py, px, indexing="ij")
            out = out + wy * wx * _sample(smooth, ys, xs)
    return out


def _jpeg(key: jax.Array, img: jax.Array) -> jax.Array:
    """8x8 block DCT quantised with the JPEG luminance table at quality 10-60 (H.264 blocks look much alike)."""
    q = jax.random.uniform(key, minval=10.0, maxval=60.0)
    scale = jnp.where(q < 50, 50.0 / q, (200.0 - 2 * q) / 100.0)
    table = jnp.maximum(jnp.asarray(_JPEG_Q) * scale, 1.0)
    pixels = (img + 1.0) * 127.5 - 128.0
    blocks = pixels.reshape(SIZE // 8, 8, SIZE // 8, 8).transpose(0, 2, 1, 3)
    d = jnp.asarray(_DCT)
    coeffs = jnp.einsum("ij,abjk,lk->abil", d, blocks, d)
    coeffs = jnp.round(coeffs / table) * table
    back = jnp.einsum("ji,abjk,kl->abil", d, coeffs, d)
    return jnp.clip((back.transpose(0, 2, 1, 3).reshape(SIZE, SIZE) + 128.0) / 127.5 - 1.0, -1.0, 1.0)


def _light(key: jax.Array, img: jax.Array) -> jax.Array:
    """Gamma 0.6-1.7, contrast 0.6-1.2, brightness -0.2..+0.15 and a linear light gradient of up to 50%."""
    k = jax.random.split(key, 5)
    x01 = (img + 1.0) / 2.0
    gamma = jnp.exp(jax.random.uniform(k[0], minval=-0.5, maxval=0.5))
    contrast = jax.random.uniform(k[1], minval=0.6, maxval=1.2)
    bright = jax.random.uniform(k[2], minval=-0.2, maxval=0.15)
    angle = jax.random.uniform(k[3], maxval=2 * jnp.pi)
    strength = jax.random.uniform(k[4], maxval=0.5)
    yy, xx = _grid()
    gradient = 1.0 + strength * (jnp.cos(angle) * xx + jnp.sin(angle) * yy) / SIZE
    x01 = (jnp.clip(x01, 0, 1) ** gamma - 0.5) * contrast + 0.5 + bright
    return jnp.clip(x01 * gradient, 0.0, 1.0) * 2.0 - 1.0


def augment_one(key: jax.Array, img: jax.Array, cfg: AugmentConfig = AugmentConfig()) -> jax.Array:
    """One (48, 48) crop in [-1, 1] through every augmentation, each applied with its probability."""
    k = jax.random.split(key, 13)
    img = _warp(k[0], img, cfg)
    img = jnp.where(jax.random.bernoulli(k[1], cfg.p_light), _light(k[2], img), img)
    img = jnp.where(jax.random.bernoulli(k[3], cfg.p_occlude), _occlude(k[4], img, cfg), img)
    img = jnp.where(jax.random.bernoulli(k[5], cfg.p_blur), _convolve(img, _blur_kernel(k[6])), img)
    img = jnp.where(jax.random.bernoulli(k[7], cfg.p_lowres), _lowres(k[8], img), img)
    noise = jax.random.normal(k[9], img.shape) * jax.random.uniform(k[10], maxval=cfg.max_noise) * 2.0
    img = jnp.clip(img + noise, -1.0, 1.0)
    return jnp.where(jax.random.bernoulli(k[11], cfg.p_jpeg), _jpeg(k[12], img), img)


def augment(key: jax.Array, x: jax.Array, cfg: AugmentConfig = AugmentConfig()) -> jax.Array:
    """A batch (B, 48, 48, 1) through `augment_one`, each crop with its own key."""
    keys = jax.random.split(key, x.shape[0])
    return jax.vmap(lambda k, im: augment_one(k, im[..., 0], cfg)[..., None])(keys, x)
