"""The passphrase of an encrypted journal, asked before the first screen.

Unlocking runs age's scrypt (a second or two), so it runs in a worker: the screen stays alive, says
it is unlocking, and a wrong passphrase is one sentence on the same screen, ready for another try.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Static

from ...store import Journal, JournalError, key_path_for
from ...textsafe import safe
from ...unlock import keeping_offer, unlocker
from ...words import duration, explain
from ..context import shima


class UnlockScreen(ModalScreen[Journal]):
    """Dismissed with the unlocked journal; escape quits (nothing is read without the passphrase)."""

    CSS_PATH = "unlock.tcss"
    BINDINGS = [
        Binding("escape", "app.quit", "Quit"),
        Binding("enter", "open", "Open", priority=True),  # from the keyring box too: "Enter opens it"
        Binding("tab", "app.focus_next", "Next", show=False, priority=True),  # (as the forms do)
        Binding("shift+tab", "app.focus_previous", "Previous", show=False, priority=True),
    ]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.offer = keeping_offer(key_path_for(path))  # what `shima unlock` would do here, if anything

    def compose(self) -> ComposeResult:
        words = shima(self).words
        with Vertical(classes="dialog unlock"):
            yield Label(words("unlock.title"), classes="dialog-title")
            yield Static(Content(safe(str(self.path))), id="unlock-path")
            yield Input(password=True, placeholder=words("unlock.placeholder"), id="passphrase")
            if self.offer is not None:  # the offer of `shima unlock`: later commands here pay no passphrase
                span = self.offer.span
                label = words("unlock.keep_for", span=duration(span, shima(self).lang)) if span else words("unlock.remember")
                yield Checkbox(label, id="remember")
            yield Static("", id="unlock-status")
            yield Label(words("unlock.hint"), classes="hint")

    def action_open(self) -> None:
        field = self.query_one("#passphrase", Input)
        if not field.value or field.disabled:
            return
        passphrase = field.value
        field.disabled = True
        self.query_one("#unlock-status", Static).update(shima(self).words("unlock.working"))
        self.query_one("#unlock-status").remove_class("error-text")
        remembered = self.query("#remember")
        keep = bool(remembered) and remembered.first(Checkbox).value
        self.call_after_refresh(self.unlock, passphrase, keep)  # said before age's scrypt holds the CPU

    @work(thread=True, exclusive=True)
    def unlock(self, passphrase: str, keep: bool) -> None:
        try:
            journal = Journal(self.path, unlock=unlocker(lambda: passphrase))
            if keep and journal.file.key is not None:
                self.offer.keep(journal.file.key_path, journal.file.key)
        except JournalError as error:
            self.app.call_from_thread(self._refused, explain(error, shima(self).lang))
            return
        self.app.call_from_thread(self.dismiss, journal)

    def _refused(self, sentence: str) -> None:
        status = self.query_one("#unlock-status", Static)
        status.update(Content(safe(sentence)))
        status.add_class("error-text")
        field = self.query_one("#passphrase", Input)
        field.value = ""
        field.disabled = False
        field.focus()
