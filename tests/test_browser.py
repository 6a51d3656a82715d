"""Notebook 02 in a real browser: JupyterLab on localhost, headless Debian chromium driven by Playwright.

Runs every cell from JupyterLab's Run menu, waits for the timeline viewer, clicks the plot and checks that the
cursor moved the transcript lane and the video frame. A screenshot is kept in test-artifacts/browser/.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "02_review_timeline.ipynb"
ARTIFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM = Path("/usr/bin/chromium")
INSTALL = "run `make test`, which installs the test extra (playwright, jupyterlab) and Debian's chromium"
VIEW = ".emotion-jax-timeline-view"
# JupyterLab settings for this test only: every cell attached to the page, no news or update checks (no network)
SETTINGS = {"@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
            "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False}}


def _free_port() -> int:
    """A localhost TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _call(url: str, method: str = "GET") -> int:
    """The HTTP status of a request to the local server; 0 when it does not answer."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=5) as response:
            return response.status
    except OSError:
        return 0


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """JupyterLab serving a folder with a copy of notebook 02; yields the notebook's URL (token included)."""
    if shutil.which("jupyter-lab", path=str(Path(sys.executable).parent)) is None:
        pytest.fail(f"jupyterlab is not installed next to {sys.executable}: {INSTALL}")
    base = tmp_path_factory.mktemp("lab")
    root, home = base / "root", base / "home"
    root.mkdir()
    shutil.copy(NOTEBOOK, root / NOTEBOOK.name)
    for plugin, values in SETTINGS.items():
        path = home / "settings" / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    port, token = _free_port(), secrets.token_hex(16)
    dirs = {"JUPYTERLAB_SETTINGS_DIR": "settings", "JUPYTERLAB_WORKSPACES_DIR": "workspaces",
            "JUPYTER_CONFIG_DIR": "config", "JUPYTER_DATA_DIR": "data", "JUPYTER_RUNTIME_DIR": "runtime",
            "IPYTHONDIR": "ipython"}  # nothing read from or written to the user's own Jupyter folders
    env = {**os.environ, **{name: str(home / folder) for name, folder in dirs.items()}}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    base_url = f"http://127.0.0.1:{port}"
    with open(ARTIFACTS / "jupyterlab.log", "w") as log:
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "jupyter-lab"), "--no-browser", "--ip=127.0.0.1", f"--port={port}",
             f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}", "--allow-root",
             "--ServerApp.port_retries=0"], cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 90
            while _call(f"{base_url}/api/status?token={token}") != 200:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not start: see {ARTIFACTS / 'jupyterlab.log'}")
                time.sleep(0.5)
            yield f"{base_url}/lab/tree/{NOTEBOOK.name}?token={token}"
        finally:
            _call(f"{base_url}/api/shutdown?token={token}", "POST")  # stops the kernels too
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(10)


def _html(page: Page, selector: str) -> str:
    """The inner HTML of the first element matching `selector` inside the viewer."""
    return page.locator(f"{VIEW} {selector}").first.inner_html()


def _wait_unless_error(page: Page, target: Locator, timeout_ms: int) -> None:
    """Wait for `target` to show; fail at once with the traceback if a cell raises first."""
    error = page.locator(".jp-OutputArea-output", has_text="Traceback (most recent call last)")
    target.or_(error).first.wait_for(timeout=timeout_ms)
    if error.count():
        pytest.fail("notebook 02 raised an error in JupyterLab:\n" + error.first.inner_text()[-3000:])


def test_notebook_02_in_chromium(lab: str) -> None:
    """Run All in JupyterLab, then a click on the timeline moves the transcript's current turn and the frame."""
    try:
        from playwright.sync_api import expect, sync_playwright
    except ImportError:
        pytest.fail(f"playwright is not installed: {INSTALL}")
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: {INSTALL}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1500, "height": 1100})
        try:
            # Run All before the notebook has connected to its kernel runs nothing, silently (the kernel may
            # already show as idle then): wait for the kernel's websocket to carry its first messages
            with page.expect_websocket(lambda ws: "/api/kernels/" in ws.url, timeout=120_000) as kernel:
                page.goto(lab)
            kernel.value.wait_for_event("framereceived", timeout=60_000)
            page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]').wait_for(timeout=60_000)
            page.get_by_role("menuitem", name="Run", exact=True).click()
            page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
            expect(page.locator(".jp-CodeCell .jp-InputPrompt").first).to_have_text(re.compile(r"\[(\*|\d+)\]"),
                                                                               timeout=30_000)
            viewer = page.locator(VIEW)
            _wait_unless_error(page, viewer, 300_000)  # the analysis of the demo session runs first
            plot = page.locator(f"{VIEW} .emotion-jax-timeline-plot")
            frame = page.locator(f"{VIEW} .emotion-jax-timeline-frame")
            # the last cell prints the exported paths: every cell ran
            _wait_unless_error(page, page.locator(".jp-OutputArea-output", has_text="report_png"), 300_000)
            page.wait_for_function(f"[...document.querySelectorAll('{VIEW} img')].every(img => img.naturalWidth > 0)")
            before = {"lane": _html(page, ".emotion-jax-timeline-transcript"),
                      "frame": frame.get_attribute("src"), "plot": plot.get_attribute("src")}
            assert "<b>" in before["lane"] and before["frame"], "the viewer shows no turn or frame at the cursor"
            viewer.scroll_into_view_if_needed()
            box = plot.bounding_box()
            assert box and box["width"] > 500, f"the timeline plot did not render: {box}"
            plot.click(position={"x": 0.2 * box["width"], "y": 0.5 * box["height"]})  # early on: the first turn
            page.wait_for_function(
                "([selector, lane]) => document.querySelector(selector).innerHTML !== lane",
                arg=[f"{VIEW} .emotion-jax-timeline-transcript", before["lane"]], timeout=60_000)
            page.wait_for_function(
                "([selector, src]) => document.querySelector(selector).getAttribute('src') !== src",
                arg=[f"{VIEW} .emotion-jax-timeline-frame", before["frame"]], timeout=60_000)
            after = _html(page, ".emotion-jax-timeline-transcript")
            assert after.split("<b>")[-1] != before["lane"].split("<b>")[-1], "the bold (current) turn did not move"
            assert plot.get_attribute("src") != before["plot"], "the plot was not redrawn with the new cursor"
        finally:
            page.screenshot(path=str(ARTIFACTS / "notebook02.png"))
            browser.close()
