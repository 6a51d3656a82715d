"""Write docs/API.md from the docstrings of the Python front door (`python docs/make_api.py`; a test checks it)."""

from __future__ import annotations

import inspect
from dataclasses import fields
from pathlib import Path

import emotion_jax as ej
from emotion_jax import api

PAGE = Path(__file__).with_name("API.md")


def _entry(name: str, obj: object, level: str = "##") -> list[str]:
    signature = str(inspect.signature(obj)) if callable(obj) else ""
    return [f"{level} `{name}{signature}`", "", inspect.getdoc(obj) or "", ""]


def page() -> str:
    """The API page's Markdown."""
    first, _, usage = (inspect.getdoc(ej) or "").partition("\n\n")
    lines = ["# emotion-jax Python API", "", "Generated from the docstrings by `python docs/make_api.py`; do not edit.",
             "", first, "", "```python", usage.strip(), "```", ""]
    for name in ("analyze", "load", "open_store"):
        lines += _entry(f"ej.{name}", getattr(api, name))
    lines += _entry("ej.Analysis", api.Analysis)
    for name, member in inspect.getmembers(api.Analysis):
        if name.startswith("_"):
            continue
        if isinstance(member, property):
            lines += [f"### `Analysis.{name}`", "", inspect.getdoc(member) or "", ""]
        elif inspect.isfunction(member):
            lines += _entry(f"Analysis.{name}", member, "###")
    lines += ["## `ej.AnalysisConfig`", "", inspect.getdoc(ej.AnalysisConfig) or "", "",
              "Fields (each a frozen dataclass of its stage, or a value): "
              + ", ".join(f"`{f.name}`" for f in fields(ej.AnalysisConfig)) + ".", ""]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    PAGE.write_text(page(), encoding="utf-8")
    print(f"wrote {PAGE}")
