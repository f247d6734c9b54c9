"""The footer in the user's language, compact so every key fits in 80 columns.

Bindings are declared once, in English, on their screens; their descriptions are looked up here
as `key.<description>` in the catalogue, so the keys read in Japanese too."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from ...words import CATALOGUES
from ..context import shima


class ShimaFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True)

    def compose(self) -> ComposeResult:
        app = shima(self)
        for widget in super().compose():
            if isinstance(widget, FooterKey) and f"key.{widget.description}" in CATALOGUES["en"]:
                widget.description = app.words(f"key.{widget.description}")
            yield widget
