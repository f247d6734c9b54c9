"""Small modal screens: confirm, export, settings, help, and the error shown instead of a traceback."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Label, Markdown, Static

from ...insights import RULES
from ...records import ValidationError, check_currency, check_window, now_stamp
from ...store import JournalError, export_bytes, export_document, write_export
from ...textsafe import safe


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
        with Vertical(classes="dialog small"):
            yield Static(self.question, id="question")
            with Horizontal(classes="buttons"):
                yield Button("Yes  y", variant="primary", id="yes", compact=True)
                yield Button("No  n", id="no", compact=True)

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
        default = Path.cwd() / f"shima-export-{self.app.today().isoformat()}.json"
        with Vertical(classes="dialog small"):
            yield Label("Export the whole journal as JSON", classes="dialog-title")
            yield Input(str(default), id="path")
            yield Static(classes="error", id="path-error")
            yield Label("enter or ctrl+s writes the file; escape cancels", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def action_export(self) -> None:
        text = self.query_one("#path", Input).value.strip()
        error = self.query_one("#path-error", Static)
        if not text:
            error.update(Content("Give a file name."))
            error.add_class("visible")
            return
        target = Path(text).expanduser().absolute()
        journal = self.app.journal
        try:
            write_export(target, export_bytes(export_document(journal, now_stamp())))
        except JournalError as problem:
            error.update(Content(safe(str(problem))))
            error.add_class("visible")
            return
        self.app.notify(f"Exported {len(journal.contacts)} contacts and {len(journal.entries)} entries to {target}", markup=False)
        self.dismiss(target)

    def action_cancel(self) -> None:
        self.dismiss(None)


class SettingsDialog(ModalScreen[None]):
    CSS_PATH = "forms.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "save", "Save")]

    def compose(self) -> ComposeResult:
        settings = self.app.journal.settings
        with Vertical(classes="dialog small"):
            yield Label("Settings", classes="dialog-title")
            for label, wid, value in (
                ("Currency", "currency", settings.currency),
                ("Your goal", "goal", settings.owner_goal),
                ("Window (days)", "window", str(settings.window_days)),
            ):
                with Horizontal(classes="field"):
                    yield Label(label, classes="field-label")
                    yield Input(value, id=wid, compact=True)
            yield Static(classes="error", id="settings-error")
            yield Label("ctrl+s saves; escape cancels", classes="hint")

    def action_save(self) -> None:
        value = lambda wid: self.query_one(f"#{wid}", Input).value.strip()  # noqa: E731
        error = self.query_one("#settings-error", Static)
        try:
            window = value("window")
            if not window.isdigit():
                raise ValidationError("settings: window_days must be a whole number of days")
            settings = replace(
                self.app.journal.settings,
                currency=check_currency(value("currency").upper()),
                owner_goal=value("goal"),
                window_days=check_window(int(window)),
            )
        except ValidationError as problem:
            error.update(Content(safe(str(problem))))
            error.add_class("visible")
            return
        if self.app.write(lambda: self.app.journal.save_settings(settings), done="Settings saved.") is None:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


HELP = f"""\
# shima: keys

- `a` add a contact · `l` log an entry (for the selected contact; add others in the form)
- `e` edit the selected contact, or the selected entry in a timeline
- `d` archive (or restore) the selected contact, or delete the selected entry; asks first
- `u` or `ctrl+z` undo the last archive, restore or delete
- `/` filter as you type (`escape` clears) · `1` `2` `3` `4` `5` all / shima / peers / influencers / archived
- `enter` from a contact to its timeline · `tab` next pane · `space` toggle a shima criterion
- `t` timeline of all entries · `r` report: who you feed, who feeds on you, your shima, who is due, did it pay off
- `x` export the journal as JSON · `ctrl+p` command palette: jump to a contact, run any action, change the theme
- `ctrl+s` save a form · `escape` close a dialog, go back · `?` this help · `q` quit

# The ideas

**A network is mutual contribution.** Two people with nothing to give each other get comfort,
not a network. Log what you **gave** (→), what you **received** (←), what you did together
(⇄ **mutual**), and plain **notes**. A note with nobody in it is your own effort log: the first rule
is to grow your own strength.

**Peer**: someone at your level. Comfort has its worth, but watch whether anything of business
value (a referral, a collaboration, money) ever flows.

**Influencer**: someone powerful. Hanging around them with nothing to offer makes you their
**feed**: you pay fees and give free labor, and nothing comes back.
Feeding risk: {RULES["feeding"]}.

**Shima** (シマ, island): a few people you pick who
1. aim at the same goal,
2. put in the same heat of effort,
3. acknowledge the effort you make now,
4. each feel the other is a little ahead.

Peers meeting 3 or 4 of these are suggested to invite; shima members meeting 0 or 1 get a second look.

**Takers**: once you are strong, watch for people who only take.
Taker risk: {RULES["taker"]}.

**Stay in touch**: give a contact a cadence (every N days) and shima lists them once it has passed.

**Did it pay off?** The report charts what you received against what you gave, month by month.
The honest test of a network is whether your sales moved.
"""


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "forms.tcss"
    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Markdown(HELP)

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
        with Vertical(classes="dialog error-dialog"):
            yield Label("shima cannot open this journal", classes="dialog-title")
            yield Static(Content(safe(self.message, multiline=True)), id="error-message")
            yield Label("Press q to quit.", classes="hint")
