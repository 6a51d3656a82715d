"""Widgets in exported HTML without a CDN: each widget view drawn as static HTML from the notebook's saved state.

A notebook executed with its widget state saved (nbclient's `store_widget_state=True`, or JupyterLab's "Save
Widget State Automatically") holds every widget's model in `metadata.widgets`. Exported HTML normally shows
those views only once a widget manager's script has been fetched from a CDN; here each view is drawn instead as
plain HTML at its saved state: boxes and tabs with their children, HTML and labels, images, sound and video as
data: URIs, progress bars, and buttons and inputs (disabled) showing their values.

    python -m emotion_jax.widgets.static_html executed.ipynb [out.html]
"""

from __future__ import annotations

import base64
import copy
import html
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
REFERENCE = "IPY_MODEL_"
# text/html first, so the static drawing is chosen over the view (which needs the widget manager's script)
PRIORITY = ["text/html", WIDGET_VIEW, "application/javascript", "text/markdown", "image/svg+xml", "text/latex",
            "image/png", "image/jpeg", "text/plain"]
MEDIA = {"Image": "image", "Audio": "audio", "Video": "video"}
MAX_DEPTH = 64  # nesting beyond this (or a cycle) is drawn as a placeholder

# an exported page without the scripts that would be fetched from the web (require.js, MathJax, Mermaid)
OFFLINE_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""
STYLE = ("<style>.ej-static{font-size:13px;margin:2px 0}.ej-static-box{display:flex;gap:4px;align-items:flex-start}"
         ".ej-static-placeholder{border:1px dashed #999;color:#666;padding:2px 6px;display:inline-block}"
         ".ej-static-description{display:inline-block;min-width:90px;margin-right:6px}</style>")

Models = Mapping[str, dict]


def saved_models(nb: Mapping) -> dict[str, dict]:
    """The notebook's saved widget models by id: name, module and state, buffers decoded into the state as bytes."""
    saved = (nb.get("metadata", {}).get("widgets") or {}).get(WIDGET_STATE) or {}
    models = {}
    for model_id, model in (saved.get("state") or {}).items():
        state = copy.deepcopy(dict(model.get("state") or {}))
        for buffer in model.get("buffers") or []:
            data = buffer.get("data", "")
            raw = base64.b64decode(data) if buffer.get("encoding", "base64") == "base64" else data.encode()
            _put(state, list(buffer.get("path") or []), raw)
        models[model_id] = {"name": model.get("model_name", ""), "module": model.get("model_module", ""),
                            "state": state}
    return models


def _put(state: Any, path: list, value: bytes) -> None:
    """Set `value` at `path` (keys and indexes) inside the nested state."""
    for key in path[:-1]:
        state = state[key]
    if path:
        state[path[-1]] = value


def _ref(value: Any) -> str | None:
    """The model id a state value refers to ('IPY_MODEL_<id>'), else None."""
    return value[len(REFERENCE):] if isinstance(value, str) and value.startswith(REFERENCE) else None


def _attr(text: Any) -> str:
    """An escaped attribute value."""
    return html.escape(str(text), quote=True)


def _label(state: Mapping) -> str:
    """The widget's description as a label (HTML allowed only where the widget says so)."""
    text = state.get("description") or ""
    if not text:
        return ""
    shown = text if state.get("description_allow_html") else html.escape(text)
    return f'<label class="ej-static-description">{shown}</label>'


def _hidden(state: Mapping, models: Models) -> bool:
    """Whether the widget's layout hides it (display: none)."""
    layout = models.get(_ref(state.get("layout")) or "", {}).get("state", {})
    return layout.get("display") == "none" or layout.get("visibility") == "hidden"


def _size(state: Mapping, models: Models) -> str:
    """A style attribute with the width and height the widget (or its layout) asks for."""
    layout = models.get(_ref(state.get("layout")) or "", {}).get("state", {})
    styles = []
    for key in ("width", "height"):
        value = state.get(key) or layout.get(key)
        if value:
            value = f"{value}px" if str(value).isdigit() else value
            styles.append(f"{key}:{value}")
    return f' style="{_attr(";".join(styles))}"' if styles else ""


def _children(state: Mapping, models: Models, depth: int) -> list[str]:
    """The rendered children of a container."""
    return [render_model(_ref(child) or "", models, depth + 1) for child in state.get("children") or []]


def _box(name: str, state: Mapping, models: Models, depth: int) -> str:
    """Box, HBox, VBox and GridBox: their children side by side, one above another or in the grid."""
    inner = "".join(_children(state, models, depth))
    if name == "GridBox":
        layout = models.get(_ref(state.get("layout")) or "", {}).get("state", {})
        columns = layout.get("grid_template_columns") or "repeat(2, auto)"
        return f'<div class="ej-static-box" style="display:grid;grid-template-columns:{_attr(columns)}">{inner}</div>'
    direction = "row" if name == "HBox" else "column"
    return f'<div class="ej-static-box" style="flex-direction:{direction}">{inner}</div>'


def _sections(name: str, state: Mapping, models: Models, depth: int) -> str:
    """Tab, Accordion and Stack: each child under its title, the selected one open."""
    titles = list(state.get("titles") or [])
    selected = state.get("selected_index")
    parts = []
    for i, child in enumerate(_children(state, models, depth)):
        title = html.escape(str(titles[i] if i < len(titles) and titles[i] else f"{name} {i + 1}"))
        opened = " open" if i == selected else ""
        parts.append(f"<details{opened}><summary>{title}</summary>{child}</details>")
    return f'<div class="ej-static-sections">{"".join(parts)}</div>'


def _media(name: str, state: Mapping, models: Models) -> str:
    """Image, Audio and Video: their bytes as a data: URI (a format 'url' as the URL it holds)."""
    value, kind = state.get("value") or b"", MEDIA[name]
    fmt = str(state.get("format") or ("png" if kind == "image" else "mp4" if kind == "video" else "wav"))
    if isinstance(value, str):
        value = value.encode()
    if not value:
        return f'<span class="ej-static-empty" data-widget="{name}"></span>'
    if fmt == "url":
        src = value.decode(errors="replace")
    else:
        mime = "image/svg+xml" if fmt == "svg" else f"{kind}/{'mpeg' if fmt == 'mp3' else fmt}"
        src = f"data:{mime};base64,{base64.b64encode(value).decode()}"
    size = _size(state, models)
    if kind == "image":
        return f'<img src="{_attr(src)}"{size} alt="">'
    flags = "".join(f" {flag}" for flag in ("controls", "loop", "autoplay") if state.get(flag, flag == "controls"))
    return f'<{kind}{flags}{size} src="{_attr(src)}"></{kind}>'


def _progress(state: Mapping) -> str:
    """FloatProgress and IntProgress: a <progress> at the saved value, with its description and value."""
    low, high, value = float(state.get("min", 0) or 0), float(state.get("max", 100) or 0), state.get("value", 0)
    share = (float(value) - low) / (high - low) if high > low else 0.0
    return (f'{_label(state)}<progress value="{share:.4f}" max="1" data-value="{_attr(value)}" '
            f'data-max="{_attr(state.get("max", 100))}" title="{_attr(value)}"></progress>')


def _choice_labels(state: Mapping) -> list[str]:
    """The option labels of a selection widget."""
    return [str(o) for o in state.get("_options_labels") or state.get("options") or []]


def _selection(name: str, state: Mapping) -> str:
    """Dropdown, Select, RadioButtons, ToggleButtons and their multiple kinds: every option, the chosen marked."""
    labels = _choice_labels(state)
    index = state.get("index")
    chosen = set(index) if isinstance(index, list | tuple) else {index}
    if name in ("ToggleButtons", "RadioButtons"):
        marks = "".join(f'<button disabled{" aria-pressed=true style=font-weight:bold" if i in chosen else ""}>'
                        f"{html.escape(label)}</button>" for i, label in enumerate(labels))
        return f'{_label(state)}<span class="ej-static-choices">{marks}</span>'
    multiple = " multiple" if isinstance(index, list | tuple) else ""
    options = "".join(f'<option{" selected" if i in chosen else ""}>{html.escape(label)}</option>'
                      for i, label in enumerate(labels))
    return f"{_label(state)}<select disabled{multiple}>{options}</select>"


def _number(value: Any, fmt: Any) -> str:
    """A slider's value as its readout shows it (`readout_format`, e.g. '.2f'), else as it is."""
    try:
        return format(value, str(fmt)) if fmt else str(value)
    except (TypeError, ValueError):
        return str(value)


def _slider(name: str, state: Mapping) -> str:
    """Sliders: a disabled range input at the value (a range slider: its two ends as text), and the readout."""
    value, fmt = state.get("value"), state.get("readout_format")
    if isinstance(value, list | tuple):
        readout = " – ".join(_number(v, fmt) for v in value)
        return f'{_label(state)}<input type="text" disabled value="{_attr(readout)}">'
    bounds = "".join(f' {key}="{_attr(state[key])}"' for key in ("min", "max", "step") if state.get(key) is not None)
    readout = _number(value, fmt) if state.get("readout", True) else ""
    return (f'{_label(state)}<input type="range" disabled{bounds} value="{_attr(value)}">'
            f"<output>{html.escape(readout)}</output>")


def _input(name: str, state: Mapping) -> str:
    """Text, Textarea, Password, number boxes, Checkbox, dates and colours: a disabled input showing the value."""
    value = state.get("value")
    if name == "Textarea":
        return f"{_label(state)}<textarea disabled>{html.escape(str(value or ''))}</textarea>"
    if name in ("Checkbox", "ToggleButton"):
        checked = " checked" if value else ""
        return f'<label><input type="checkbox" disabled{checked}> {html.escape(state.get("description") or "")}</label>'
    if name == "Password":
        value = "•" * len(str(value or ""))
    placeholder = state.get("placeholder")
    hint = f' placeholder="{_attr(placeholder)}"' if placeholder and placeholder != "\u200b" else ""
    return f'{_label(state)}<input type="text" disabled value="{_attr("" if value is None else value)}"{hint}>'


def render_output(output: Mapping, models: Models, depth: int = 0) -> str:
    """One nbformat output (of an Output widget) as HTML: a nested view, HTML, a PNG or JPEG, or its text."""
    kind = output.get("output_type")
    if kind == "stream":
        return f"<pre>{html.escape(_text(output.get('text')))}</pre>"
    if kind == "error":
        return f"<pre>{html.escape(output.get('ename', ''))}: {html.escape(output.get('evalue', ''))}</pre>"
    data = output.get("data") or {}
    if WIDGET_VIEW in data:
        return render_model(data[WIDGET_VIEW].get("model_id", ""), models, depth + 1)
    if "text/html" in data:
        return _text(data["text/html"])
    for mime in ("image/png", "image/jpeg"):
        if mime in data:
            return f'<img src="data:{mime};base64,{_text(data[mime]).strip()}" alt="">'
    return f"<pre>{html.escape(_text(data.get('text/plain', '')))}</pre>"


def _text(value: Any) -> str:
    """An nbformat multiline string (a str or a list of lines) as one str."""
    return "".join(value) if isinstance(value, list) else str(value or "")


def _placeholder(name: str, state: Mapping) -> str:
    """A labelled placeholder for a widget that has no static drawing."""
    what = html.escape(name or "widget")
    label = f": {html.escape(str(state.get('description')))}" if state.get("description") else ""
    return f'<span class="ej-static-placeholder">[{what}{label}]</span>'


def _render(name: str, state: Mapping, models: Models, depth: int) -> str:
    """The static HTML of one widget model, by its model name."""
    base = name.removesuffix("Model")
    if base in ("Box", "HBox", "VBox", "GridBox"):
        return _box(base, state, models, depth)
    if base in ("Tab", "Accordion", "Stack"):
        return _sections(base, state, models, depth)
    if base in ("HTML", "HTMLMath"):
        return f"{_label(state)}<div class='ej-static-html'>{state.get('value') or ''}</div>"
    if base == "Label":
        return f"<span>{html.escape(str(state.get('value') or ''))}</span>"
    if base in MEDIA:
        return _media(base, state, models)
    if base in ("FloatProgress", "IntProgress"):
        return _progress(state)
    if base == "Button":
        tip = f' title="{_attr(state["tooltip"])}"' if state.get("tooltip") else ""
        return f"<button disabled{tip}>{html.escape(str(state.get('description') or ''))}</button>"
    if base in ("Dropdown", "Select", "RadioButtons", "ToggleButtons", "SelectMultiple"):
        return _selection(base, state)
    if base.endswith("Slider"):
        return _slider(base, state)
    if base in ("Text", "Textarea", "Password", "Combobox", "Checkbox", "ToggleButton", "Valid", "ColorPicker",
                "DatePicker", "TimePicker", "DatetimePicker") or base.endswith("Text"):
        return _input(base, state)
    if base == "Output":
        return "".join(render_output(o, models, depth) for o in state.get("outputs") or [])
    return _placeholder(base, state)


def render_model(model_id: str, models: Models, depth: int = 0) -> str:
    """The static HTML of the widget `model_id` at its saved state (a placeholder when it was not saved)."""
    model = models.get(model_id)
    if model is None:
        return _placeholder("widget not saved", {})
    name, state = model["name"], model["state"]
    if depth > MAX_DEPTH:
        return _placeholder(name, {"description": "nested too deep"})
    if _hidden(state, models):
        return ""
    inner = _render(name, state, models, depth)
    return f'<div class="ej-static" data-widget="{_attr(name.removesuffix("Model"))}">{inner}</div>'


def add_static_html(nb: Any) -> int:
    """Give every widget-view output of the notebook a text/html drawing of its saved state; how many got one."""
    models = saved_models(nb)
    count = 0
    for cell in nb.get("cells", []):
        for output in cell.get("outputs", []) if cell.get("cell_type") == "code" else []:
            data = output.get("data") or {}
            if WIDGET_VIEW in data and "text/html" not in data:
                data["text/html"] = STYLE + render_model(data[WIDGET_VIEW].get("model_id", ""), models)
                count += 1
    return count


def export_html(nb: Any) -> str:
    """The notebook as one self-contained HTML page: widget views drawn statically, nothing fetched from the web."""
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    nb = copy.deepcopy(nb)
    add_static_html(nb)
    nb.get("metadata", {}).pop("widgets", None)  # drawn already; kept, it would load the manager from a CDN
    exporter = HTMLExporter(config=Config({"NbConvertBase": {"display_data_priority": PRIORITY}}),
                            extra_loaders=[DictLoader({"offline.html.j2": OFFLINE_TEMPLATE})],
                            template_file="offline.html.j2")
    body, _ = exporter.from_notebook_node(nb)
    return body


def main(argv: list[str] | None = None) -> int:
    """`python -m emotion_jax.widgets.static_html NOTEBOOK [OUT.html]`: the offline HTML of an executed notebook."""
    import nbformat

    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (1, 2):
        print("usage: python -m emotion_jax.widgets.static_html NOTEBOOK.ipynb [OUT.html]", file=sys.stderr)
        return 2
    source = Path(args[0])
    target = Path(args[1]) if len(args) == 2 else source.with_suffix(".html")
    target.write_text(export_html(nbformat.read(source, as_version=4)), encoding="utf-8")
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
