"""The notebooks run top to bottom on the demo session in a Jupyter kernel, and their exported HTML shows the
widgets' saved state without the network.

Each notebook is executed by nbclient (the widget state saved into the notebook, as JupyterLab does) with a
kernel on this interpreter, in one temp folder shared by the three (as a user running them in one folder: the
second resumes the first's finished stages). The HTML is exported with every widget view drawn statically
(emotion_jax.widgets.static_html), kept with the executed notebook in test-artifacts/notebooks/, and opened in
Chromium with the network cut off: it asks for nothing, and its images, sound and video decode.
"""

import copy
import json
import re
import sys
import time
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from emotion_jax.widgets.static_html import WIDGET_VIEW, add_static_html, export_html, saved_models

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ARTIFACTS = ROOT / "test-artifacts" / "notebooks"
KERNEL = "emotion-jax-tests"
CHROMIUM = Path("/usr/bin/chromium")  # Debian's, as tests/test_browser.py (`make venv` installs it)
CDN = re.compile(r"cdn\.jsdelivr|unpkg\.com|cdnjs\.cloudflare|<script[^>]*\ssrc=[\"']?(https?:)?//", re.I)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """The folder the notebooks run in, and a kernel spec on this interpreter (found first on JUPYTER_PATH)."""
    spec = tmp_path_factory.mktemp("jupyter")
    (spec / "kernels" / KERNEL).mkdir(parents=True)
    (spec / "kernels" / KERNEL / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "emotion-jax tests", "language": "python"}))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_PATH", str(spec))
        mp.setenv("MPLBACKEND", "agg")
        yield tmp_path_factory.mktemp("notebooks")


def execute(notebook: Path, folder: Path) -> nbformat.NotebookNode:
    """The notebook run top to bottom in `folder` by a fresh kernel, widget state saved; raises on a cell's error."""
    nb = nbformat.read(notebook, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name=KERNEL, store_widget_state=True, allow_errors=False,
                   resources={"metadata": {"path": str(folder)}}).execute()
    return nb


def open_offline(page: Path) -> dict:
    """The page opened in Chromium with the network cut off: the URLs it asked for, and what it drew."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make venv` installs it (apt-get install chromium)")
    asked: list[str] = []

    def route(request_route) -> None:
        if request_route.request.url.startswith(("file:", "data:")):
            request_route.continue_()
        else:
            asked.append(request_route.request.url)
            request_route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        try:
            tab = browser.new_page()
            tab.route("**/*", route)
            tab.goto(page.resolve().as_uri(), wait_until="load")
            tab.wait_for_function("[...document.querySelectorAll('audio, video')].every(e => e.readyState >= 1 "
                                  "|| e.error)", timeout=20000)
            drawn = {"asked": asked,
                     "images": tab.eval_on_selector_all("img", "els => els.map(e => e.naturalWidth)"),
                     "bars": tab.eval_on_selector_all("progress", "els => els.map(e => e.value)"),
                     "media": tab.eval_on_selector_all("audio, video", "els => els.map(e => [e.tagName, e.duration])")}
        finally:
            browser.close()
    return drawn


def views(nb: nbformat.NotebookNode) -> list[str]:
    """The model ids of the widget views the notebook's outputs show, in order."""
    return [o["data"][WIDGET_VIEW]["model_id"] for c in nb.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if WIDGET_VIEW in o.get("data", {})]


def drawings(nb: nbformat.NotebookNode) -> str:
    """The static HTML of every widget view the notebook shows, joined."""
    nb = copy.deepcopy(nb)
    add_static_html(nb)
    return "".join(o["data"]["text/html"] for c in nb.cells if c.cell_type == "code"
                   for o in c.get("outputs", []) if WIDGET_VIEW in o.get("data", {}))


def named(models: dict, name: str) -> list[dict]:
    """The saved states of every model called `name` (e.g. 'FloatProgressModel')."""
    return [m["state"] for m in models.values() if m["name"] == name]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_and_exports_offline(notebook, workdir):
    started = time.perf_counter()
    nb = execute(notebook, workdir)
    ran = time.perf_counter() - started
    page = export_html(nb)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, ARTIFACTS / notebook.name)
    (ARTIFACTS / notebook.with_suffix(".html").name).write_text(page, encoding="utf-8")
    print(f"{notebook.name}: ran in {ran:.0f} s, exported in {time.perf_counter() - started - ran:.1f} s, "
          f"{len(page) / 1e6:.1f} MB of HTML")

    drawn = open_offline(ARTIFACTS / notebook.with_suffix(".html").name)
    assert not drawn["asked"], drawn["asked"]  # nothing fetched from the network
    assert all(width > 0 for width in drawn["images"])  # every image decodes

    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors
    assert not CDN.search(page), CDN.search(page)
    models, shown = saved_models(nb), views(nb)
    assert shown and all(m in models for m in shown)  # every view shown has its state saved
    assert WIDGET_VIEW not in page  # every view drawn, none left to a widget manager
    assert page.count('class="ej-static"') >= len(shown)
    widgets = drawings(nb)  # the static drawings alone (the page holds the cells' code too)
    if notebook.name.startswith("01"):  # tqdm's bars, one per stage, at their end
        bars = named(models, "FloatProgressModel") + named(models, "IntProgressModel")
        assert bars and all(b["value"] == b["max"] > 0 for b in bars)
        assert len(drawn["bars"]) == len(bars) and all(v == 1 for v in drawn["bars"])
        assert re.search(r'<progress[^>]* value="1\.0000"', page)
        assert list(workdir.glob("emotion-jax-out/*.timeline.png"))
        assert "data:image/png;base64," in page  # the timeline figure
    if notebook.name.startswith("02"):  # the viewer at its last cursor, and the annotations
        assert len(re.findall(r'data-widget="Image"><img[^>]* src="data:image/png;base64,', page)) == 2  # plot, frame
        assert re.search(r'<audio controls[^>]* src="data:audio/wav;base64,', page)  # the segment under the cursor
        assert re.search(r'<video controls[^>]* src="data:video/mp4;base64,', page)  # ... its blurred video
        assert [tag for tag, seconds in drawn["media"] if seconds > 1] == ["AUDIO", "VIDEO"]  # both play
        assert "segment under the cursor" in widgets and "<th>modality</th>" in widgets  # the 'why' table
        assert "reviewer reads the voice as sad here" in widgets  # the annotation panel's list
    if notebook.name.startswith("03"):  # consent form, run panel, redaction reviews
        bars = {b["description"]: b["value"] for b in named(models, "FloatProgressModel")}
        assert set(bars) == {"whole run", "faces", "expression", "speech", "words", "fusion"}
        assert set(bars.values()) == {1.0}
        assert drawn["bars"].count(1) == len(bars)
        assert "for clinical review" in widgets and "<b>withdrawal</b>" in widgets  # the consent ledger
        assert "nothing to redact was found" in widgets  # the demo's own words
        assert "Alex Morgan" in widgets and "NAME" in widgets  # the made-up sentence's proposals


def notebook_showing(*widgets) -> nbformat.NotebookNode:
    """A notebook whose one code cell shows `widgets`, their state saved as a kernel would (ipywidgets.embed)."""
    from ipywidgets.embed import embed_data

    data = embed_data(views=list(widgets), drop_defaults=False)
    nb = nbformat.v4.new_notebook(metadata={"widgets": {"application/vnd.jupyter.widget-state+json":
                                                        data["manager_state"]}})
    outputs = [nbformat.v4.new_output("display_data", {WIDGET_VIEW: spec, "text/plain": "a widget"})
               for spec in data["view_specs"]]
    nb.cells.append(nbformat.v4.new_code_cell("show()", outputs=outputs))
    return nb


def test_static_drawing_of_each_widget_kind():
    import ipywidgets as w

    out = w.Output()
    out.outputs = ({"output_type": "stream", "name": "stdout", "text": "printed <here>"},
                   {"output_type": "display_data", "data": {"text/html": "<i>shown</i>", "text/plain": "x"},
                    "metadata": {}})
    tab = w.Tab([w.Label("first <tab>"), w.HTML("<b>second</b>")], titles=("one", "two"), selected_index=1)
    bar = w.FloatProgress(3.0, min=0.0, max=4.0, description="faces")
    panel = w.VBox([w.HBox([w.Button(description="Analyse", tooltip="go"), bar]), tab,
                    w.Image(value=b"\x89PNG-bytes", format="png", width=320),
                    w.Audio(value=b"RIFF-bytes", format="wav", autoplay=False, loop=False),
                    w.Video(value=b"mp4-bytes", format="mp4", autoplay=False, loop=False),
                    w.Text("typed", description="name"), w.Textarea("long & <text>"),
                    w.Dropdown(options=["happy", "sad"], value="sad", description="label"),
                    w.Checkbox(True, description="voice"), w.ToggleButtons(options=["keep", "redact"], value="redact"),
                    w.FloatSlider(2.5, min=0, max=5, description="cursor (s)"), w.FloatRangeSlider(value=(1, 4), max=5),
                    w.ColorsInput(), out,
                    w.HTML("hidden", layout=w.Layout(display="none"))])
    nb = notebook_showing(panel)
    page = export_html(nb)
    assert not CDN.search(page) and WIDGET_VIEW not in page
    assert "printed &lt;here&gt;" in page and re.search(r'<audio[^>]*src="data:audio/wav;base64,', page)
    assert add_static_html(nb) == 1
    drawn = nb.cells[0].outputs[0].data["text/html"]
    assert '<button disabled title="go">Analyse</button>' in drawn
    assert ('<label class="ej-static-description">faces</label>'
            '<progress value="0.7500" max="1" data-value="3.0" data-max="4.0"') in drawn
    assert "<span>first &lt;tab&gt;</span>" in drawn and "<details open><summary>two</summary>" in drawn
    assert '<img src="data:image/png;base64,iVBORy1ieXRlcw==" style="width:320px"' in drawn
    assert '<audio controls src="data:audio/wav;base64,' in drawn and '<video controls src="data:video/mp4;' in drawn
    assert 'value="typed"' in drawn and "long &amp; &lt;text&gt;</textarea>" in drawn
    assert "<option selected>sad</option>" in drawn and '<input type="checkbox" disabled checked> voice' in drawn
    assert "font-weight:bold>redact</button>" in drawn
    assert '<input type="range" disabled min="0.0" max="5.0" step="0.1" value="2.5"><output>2.50</output>' in drawn
    assert 'value="1.00 – 4.00"' in drawn  # a range slider's two ends
    assert "[ColorsInput]" in drawn  # no static drawing: a labelled placeholder
    assert "printed &lt;here&gt;" in drawn and "<i>shown</i>" in drawn  # the Output widget's outputs
    assert ">hidden<" not in drawn
