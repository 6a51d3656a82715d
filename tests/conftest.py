"""Shared paths: real data lives in ../shared/data beside the repository (CI has it too)."""

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
RAVDESS_CLIP = DATA / "av" / "ravdess_actor01" / "01-01-01-01-01-01-01.mp4"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA.is_dir():
        pytest.fail(f"real test data not found at {DATA} (the shared data folder must sit beside the repo)")
    return DATA
