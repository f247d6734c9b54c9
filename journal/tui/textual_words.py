"""Textual's own words in the user's language: a Japanese app shows no English from its toolkit.

Textual writes a few sentences of its own: the palette's placeholder and "No matches found", its
system commands (Theme, Quit, Screenshot...), the theme search, the screenshot notices and the hint that
ctrl+c does not quit. `TextualWords` is mixed into the app before `App` and says each of them in
the app's language, from journal/words/textual.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.align import Align
from rich.text import Text
from textual import events
from textual.app import SystemCommand
from textual.command import CommandList, CommandPalette
from textual.screen import Screen
from textual.theme import ThemeProvider
from textual.widgets.option_list import Option

from ..words import in_words

KEYS_PANEL_ACTIONS = frozenset({"action_show_help_panel", "action_hide_help_panel"})


class WordedCommandPalette(CommandPalette):
    """Textual's palette with its "No matches found" in the app's words."""

    def __init__(self, *, nothing_found: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self._nothing_found = nothing_found

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """Textual's own (textual/command.py, Textual 8.2), but for the words: Textual builds the
        sentence inside this method, with nothing to override it by."""
        self._stop_no_matches_countdown()

        def show_nothing_found() -> None:
            if search_value:  # an empty search lists what can be discovered: nothing to say
                said = Align.center(Text(self._nothing_found, style="not bold"))
                nothing = Option(said, disabled=True, id=self._NO_MATCHES)
                self.query_one(CommandList).add_option(nothing)
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_nothing_found)


class TextualWords:
    """Mixed into the app before `App`: the app gives `lang` and `words()`, `App` the rest."""

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's, in the app's words, but for its keys panel: that lists every binding of every
        widget by Textual's English names, where shima's help (`?`) lists its keys in the user's words."""
        for command in super().get_system_commands(screen):
            if getattr(command.callback, "__name__", "") in KEYS_PANEL_ACTIONS:
                continue
            title = in_words(command.title, self.lang, "textual.command.")
            help_text = in_words(command.help, self.lang, "textual.command.")
            yield SystemCommand(title, help_text, command.callback, command.discover)

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self._open_palette(id="--command-palette", placeholder=self.words("textual.palette.placeholder"))

    def search_themes(self) -> None:
        self._open_palette(providers=[ThemeProvider], placeholder=self.words("textual.palette.themes_placeholder"))

    def _open_palette(self, **kwargs) -> None:
        palette = WordedCommandPalette(nothing_found=self.words("textual.palette.nothing_found"), **kwargs)
        self.push_screen(palette)

    def action_help_quit(self) -> None:
        """ctrl+c copies in a field, so Textual tells whoever pressed it how to quit."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(self.words("textual.quit_hint", key=key), title=self.words("textual.quit_hint.title"), markup=False)
                return

    def on_delivery_complete(self, event: events.DeliveryComplete) -> None:
        if event.name == "screenshot":
            event.prevent_default()  # Textual's own English notice comes after this one
            title = self.words("textual.screenshot.title")
            said = (
                self.words("textual.screenshot.saved")
                if event.path is None
                else self.words("textual.screenshot.saved_to", path=str(event.path))
            )
            self.notify(said, title=title, markup=False)

    def on_delivery_failed(self, event: events.DeliveryFailed) -> None:
        if event.name == "screenshot":
            event.prevent_default()
            failed = self.words("textual.screenshot.failed")
            self.notify(failed, title=self.words("textual.screenshot.title"), severity="error", markup=False)
