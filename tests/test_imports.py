"""The house's imports run down: a module never imports one of a higher floor, and no import circle exists.

Floors, lowest first. Within a floor, modules may import each other as long as no circle forms; train/ and
evaluate/ sit beside the command line and nothing in the analysis path imports them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
FLOORS: tuple[tuple[str, ...], ...] = (
    ("privacy",),
    ("emotion_jax.labels", "emotion_jax.checkpoint", "emotion_jax.calibration", "emotion_jax.media",
     "emotion_jax.synth", "emotion_jax.digest", "emotion_jax.progress", "emotion_jax.arrays", "emotion_jax.store",
     "emotion_jax.timeline", "emotion_jax.annotations", "emotion_jax.result", "emotion_jax.kept"),
    ("emotion_jax.face", "emotion_jax.speech", "emotion_jax.text", "emotion_jax.fusion", "emotion_jax.movement",
     "emotion_jax.people", "emotion_jax.windows", "emotion_jax.transcript", "emotion_jax.consenting"),
    ("emotion_jax.config", "emotion_jax.pipeline"),
    ("emotion_jax.plot", "emotion_jax.redacted", "emotion_jax.deidentify", "emotion_jax.export"),
    ("emotion_jax.api", "emotion_jax.batch", "emotion_jax.demo", "emotion_jax.widgets", "emotion_jax.train",
     "emotion_jax.evaluate", "emotion_jax.cli", "emotion_jax.__main__", "emotion_jax"),
)
BESIDE = ("emotion_jax.train", "emotion_jax.evaluate")  # imported only from the front floor


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    paths = [p for pkg in ("emotion_jax", "privacy") for p in (ROOT / pkg).rglob("*.py")]
    return {module_name(p): p for p in paths}


def imports(path: Path, known: set[str]) -> set[str]:
    """Every emotion_jax or privacy module a file imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in known else node.module
                      for a in node.names}
    return {m for m in found if m in known}


def floor(module: str) -> int:
    best = max((p for f in FLOORS for p in f if module == p or module.startswith(p + ".")), key=len)
    return next(i for i, f in enumerate(FLOORS) if best in f)


def graph() -> nx.DiGraph:
    known = modules()
    g = nx.DiGraph()
    for name, path in known.items():
        g.add_node(name)
        g.add_edges_from((name, m) for m in imports(path, set(known)) if m != name)
    return g


def test_every_module_has_a_floor():
    assert all(floor(m) >= 0 for m in graph())


def test_no_import_runs_up_the_house():
    upward = [f"{a} -> {b}" for a, b in graph().edges if floor(b) > floor(a)]
    assert not upward, upward


def test_train_and_evaluate_are_imported_only_from_the_front():
    front = len(FLOORS) - 1
    beside = [f"{a} -> {b}" for a, b in graph().edges
              if b.startswith(BESIDE) and not a.startswith(BESIDE) and floor(a) < front]
    assert not beside, beside


def test_no_import_circle():
    g = graph()
    packages = {n for n in g if (modules()[n].name == "__init__.py")}
    circles = [c for c in nx.simple_cycles(g.subgraph(n for n in g if n not in packages))]
    assert not circles, circles[:5]


def test_privacy_never_imports_emotion_jax():
    assert not [f"{a} -> {b}" for a, b in graph().edges if a.startswith("privacy") and b.startswith("emotion_jax")]


def test_the_pipeline_stays_thin():
    assert len((ROOT / "emotion_jax" / "pipeline.py").read_text().splitlines()) < 250
