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
        self._shown: tuple | None = None  # the keys as last composed

    def _keys(self) -> tuple:
        """What compose shows: the bindings shown and the palette's, each enabled or not."""
        return tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip)
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show or key == self.app.COMMAND_PALETTE_BINDING
        )

    async def recompose(self) -> None:
        """Only when the keys changed: Textual asks on every change of focus, and each recompose
        lays the whole screen out again (three times as the app starts, while its reading worker
        is drawing the first balances)."""
        if not self.is_attached:  # removed with its screen before the call came
            return
        keys = self._keys()
        if keys != self._shown:
            self._shown = keys
            await super().recompose()

    def compose(self) -> ComposeResult:
        app = shima(self)
        for widget in super().compose():
            if isinstance(widget, FooterKey) and f"key.{widget.description}" in CATALOGUES["en"]:
                widget.description = app.words(f"key.{widget.description}")
            yield widget
