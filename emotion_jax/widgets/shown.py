"""What every widget class shares: Jupyter shows its `widget` when the object itself is displayed."""

from __future__ import annotations

import ipywidgets as w
from IPython.display import display


class Shown:
    """Base of the widget classes: `display(obj)` shows `obj.widget`."""

    widget: w.Widget

    def _ipython_display_(self) -> None:
        display(self.widget)
