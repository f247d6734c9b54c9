"""Textual's own words in the user's language: a Japanese app shows no English from its toolkit.

Textual writes a few sentences of its own: the palette's placeholder and "No matches found", its
system commands (Theme, Quit, Screenshot...), the theme search, the screenshot notices and the hint that
ctrl+c does not quit. `TextualWords` is mixed into the app before `App` and says each of them in
the app's language, from journal/words/textual.py.

Each of these replaces, copies or leans on a method of Textual's, listed in `TEXTUAL_WORDS_OVERRIDES`:
the app's start checks that each is still there with the same parameters and a test fingerprints its
source (journal/tui/textual_fixes.py), so a Textual that renames or changes one fails loudly instead
of quietly showing its English again.
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
from .textual_fixes import FrameworkFix, Original

KEYS_PANEL_ACTIONS = frozenset({"action_show_help_panel", "action_hide_help_panel"})


# Upstream: not filed yet. As it would be:
#
#   The command palette's "No matches found" cannot be said in another language
#
#   CommandPalette._start_no_matches_countdown builds Text("No matches found") inside a nested function:
#   an app in another language has to override that private method and copy its body. The palette's
#   placeholder has a parameter (CommandPalette(placeholder=...)); its empty result has none. (The same
#   holds for App's other sentences: the system commands, the ctrl+c hint, the screenshot notices.)
#
#   To reproduce (Textual 8.2.8): any app; ctrl+p, type "zzzz": "No matches found", whatever the app's
#   language.
#
#   The fix: the sentence as a parameter or class variable (CommandPalette(no_matches="...")), used by
#   _start_no_matches_countdown; then this subclass goes.
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


TEXTUAL_WORDS_OVERRIDES = (
    FrameworkFix(
        "the palette's \"No matches found\" in the app's words (WordedCommandPalette)",
        (
            Original("textual.command:CommandPalette._start_no_matches_countdown", "(self, search_value)", "0bc07d1794718e89"),
            Original("textual.command:CommandPalette._stop_no_matches_countdown", "(self)", "ab26b55062318399"),
        ),
    ),
    FrameworkFix(
        "Textual's system commands in the app's words, less its keys panel (TextualWords.get_system_commands)",
        (
            Original(
                "textual.app:App.get_system_commands", "(self, screen)", "0d2f4cda460eef4d"
            ),  # its English: words/textual.py
            Original("textual.app:App.action_show_help_panel", "(self)", "55651ee0730aad5f"),  # KEYS_PANEL_ACTIONS
            Original("textual.app:App.action_hide_help_panel", "(self)", "c006cd6a418e3099"),
        ),
    ),
    FrameworkFix(
        "the palette's placeholders in the app's words (TextualWords.action_command_palette, search_themes)",
        (
            Original("textual.app:App.action_command_palette", "(self)", "f01035ce40de0d8c"),
            Original("textual.app:App.search_themes", "(self)", "af61fe9e977f0fc0"),
            Original("textual.app:App.action_change_theme", "(self)", "7620f90a899322c0"),  # the theme search, by search_themes
        ),
    ),
    FrameworkFix(
        "the ctrl+c hint in the app's words (TextualWords.action_help_quit)",
        (Original("textual.app:App.action_help_quit", "(self)", "d458059d8b578f34"),),
    ),
    FrameworkFix(
        "the screenshot notices in the app's words (TextualWords.on_delivery_complete, on_delivery_failed)",
        (  # Textual's own English notices, which prevent_default stops
            Original("textual.app:App._on_delivery_complete", "(self, event)", "9455d16a011f9799"),
            Original("textual.app:App._on_delivery_failed", "(self, event)", "c7e54384de65ef78"),
        ),
    ),
)
