"""Read and check an evaluation manifest (CSV with a header row; paths relative to the manifest's folder)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from emotion_jax.labels import EMOTIONS, INDEX, SYNONYMS


class ManifestError(ValueError):
    """The manifest itself is unusable (empty, missing column, not CSV); one line for the user."""


@dataclass(frozen=True)
class Rows:
    """The usable rows of a manifest, with the ones dropped and why."""

    items: list[dict[str, str]]      # each row with "row" (1-based data row number) added
    labels: list[int]                # our class index per item (classification tasks)
    skipped: list[dict]              # {"row", "path", "reason"}


def read_manifest(path: Path, columns: tuple[str, ...], label_column: str | None = "label",
                  skip_unknown: bool = False, limit: int | None = None) -> Rows:
    """Rows with the required columns; unknown labels are an error unless `skip_unknown`."""
    if not path.is_file():
        raise ManifestError(f"manifest not found: {path}")
    try:
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            header = [h.strip() for h in (reader.fieldnames or [])]
            rows = [{(k or "").strip(): (v or "") for k, v in r.items()} for r in reader]
    except (UnicodeDecodeError, csv.Error) as err:
        raise ManifestError(f"{path} is not a CSV manifest ({err})") from err
    missing = [c for c in columns if c not in header]
    if missing:
        raise ManifestError(f"{path}: missing column(s) {', '.join(missing)}; found {', '.join(header) or 'none'}")
    if not rows:
        raise ManifestError(f"{path}: the manifest has no rows")
    items, labels, skipped, unknown = [], [], [], set()
    for i, r in enumerate(rows, start=1):
        item = {**r, "row": str(i)}
        if label_column is not None:
            key = r[label_column].strip().lower()
            if key not in SYNONYMS:
                unknown.add(r[label_column])
                skipped.append({"row": i, "path": r.get("path", ""), "reason": f"unknown label {r[label_column]!r}"})
                continue
            labels.append(INDEX[SYNONYMS[key]])
        items.append(item)
    if unknown and not skip_unknown:
        raise ManifestError(f"{path}: unknown label(s) {', '.join(sorted(map(repr, unknown)))}; accepted: "
                            f"{', '.join(EMOTIONS)} and synonyms {', '.join(sorted(set(SYNONYMS) - set(EMOTIONS)))} "
                            "(or pass --skip-unknown)")
    if limit is not None:
        items, labels = items[:limit], labels[:limit]
    return Rows(items, labels, skipped)


def resolve(manifest: Path, relative: str) -> Path:
    """A manifest path entry, relative to the manifest's own folder."""
    p = Path(relative)
    return p if p.is_absolute() else manifest.parent / p
