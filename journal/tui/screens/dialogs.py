"""Small modal screens: confirm, export, settings, help, and the error shown instead of a traceback."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Label, Markdown, Static

from ... import actions
from ...problems import Problem
from ...records import MAX_NAME_CHARS
from ...store import write_private_file
from ...textsafe import safe
from ...words import explain
from ...words.tell import rule
from ..context import shima
from ..widgets.fields import BoundedInput


class ConfirmDialog(ModalScreen[bool]):
    """Yes or no; y / enter confirm, n / escape decline."""

    CSS_PATH = "forms.tcss"
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: Content) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        words = shima(self).words
        with Vertical(classes="dialog small"):
            yield Static(self.question, id="question")
            with Horizontal(classes="buttons"):
                yield Button(words("dialog.yes"), variant="primary", id="yes", compact=True)
                yield Button(words("dialog.no"), id="no", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class ExportDialog(ModalScreen[Path | None]):
    """Ask for a path (default: the current folder), write the SPEC 5 JSON, say where it went."""

    CSS_PATH = "forms.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "export", "Export")]

    def compose(self) -> ComposeResult:
        app = shima(self)
        default = Path.cwd() / f"shima-export-{app.today().isoformat()}.json"
        with Vertical(classes="dialog small"):
            yield Label(app.words("export.title"), classes="dialog-title")
            yield BoundedInput(str(default), id="path", max_length=4096)
            yield Static(classes="error", id="path-error")
            yield Label(app.words("export.hint"), classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def action_export(self) -> None:
        text = self.query_one("#path", Input).value.strip()
        if not text:
            self._show_error(shima(self).words("export.give_name"))
            return
        self._export(Path(text).expanduser().absolute())

    @work(thread=True, exclusive=True, group="export")
    def _export(self, target: Path) -> None:
        """Writing 20 MB takes a moment: off the main thread, then back to say where it went."""
        app = shima(self)
        journal = app.journal
        try:
            write_private_file(target, actions.export_bytes(journal))
        except Problem as problem:
            self.app.call_from_thread(self._show_error, explain(problem, app.lang))
            return
        message = app.words(
            "export.done", contacts=f"{len(journal.contacts):,}", entries=f"{len(journal.entries):,}", path=str(target)
        )
        self.app.call_from_thread(self._done, message, target)

    def _done(self, message: str, target: Path) -> None:
        self.app.notify(safe(message), markup=False)
        self.dismiss(target)

    def _show_error(self, message: str) -> None:
        error = self.query_one("#path-error", Static)
        error.update(Content(safe(message)))
        error.add_class("visible")

    def action_cancel(self) -> None:
        self.dismiss(None)


class SettingsDialog(ModalScreen[None]):
    """Currency, goal and window; only what the user changed is saved."""

    CSS_PATH = "forms.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "save", "Save")]

    def compose(self) -> ComposeResult:
        app = shima(self)
        settings = app.journal.settings
        self._shown = {"currency": settings.currency, "owner_goal": settings.owner_goal, "window_days": str(settings.window_days)}
        with Vertical(classes="dialog small"):
            yield Label(app.words("settings.title"), classes="dialog-title")
            for field, value in self._shown.items():
                with Horizontal(classes="field"):
                    yield Label(app.words(f"settings.{field}"), classes="field-label")
                    yield BoundedInput(value, id=field, compact=True, max_length=MAX_NAME_CHARS)
            yield Static(classes="error", id="settings-error")
            yield Label(app.words("settings.hint"), classes="hint")

    def action_save(self) -> None:
        changes: dict = {}
        for field, shown in self._shown.items():
            typed = self.query_one(f"#{field}", Input).value.strip()
            if typed != shown:
                changes[field] = typed
        if "currency" in changes:
            changes["currency"] = changes["currency"].upper()
        if "window_days" in changes and changes["window_days"].isdigit():
            changes["window_days"] = int(changes["window_days"])
        if not changes:
            self.dismiss(None)
            return
        app = shima(self)
        app.save(
            lambda journal: actions.change_settings(journal, changes),
            done=lambda _: (self.app.notify(app.words("settings.saved"), timeout=3), self.dismiss(None)),
            failed=lambda problem: self._show_error(explain(problem, app.lang)),
        )

    def _show_error(self, message: str) -> None:
        error = self.query_one("#settings-error", Static)
        error.update(Content(safe(message)))
        error.add_class("visible")

    def action_cancel(self) -> None:
        self.dismiss(None)


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "forms.tcss"
    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]

    def compose(self) -> ComposeResult:
        app = shima(self)
        currency = app.journal.settings.currency if app.journal else "JPY"
        feeding, taker = rule("feeding", app.lang, currency), rule("taker", app.lang, currency)
        text = app.words("help.text", feeding_rule=feeding, taker_rule=taker)
        with VerticalScroll(classes="dialog help"):
            yield Markdown(text)

    def action_close(self) -> None:
        self.dismiss(None)


class ErrorScreen(Screen):
    """The journal could not be opened: say why, with its path, and touch nothing."""

    CSS_PATH = "forms.tcss"
    BINDINGS = [Binding("q,escape", "app.quit", "Quit")]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        words = shima(self).words
        with Vertical(classes="dialog error-dialog"):
            yield Label(words("error.title"), classes="dialog-title")
            yield Static(Content(safe(self.message, multiline=True)), id="error-message")
            yield Label(words("error.quit"), classes="hint")
