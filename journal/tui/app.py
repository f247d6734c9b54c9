"""ShimaApp: the full-screen journal. Screens ask the app to write; the app owns the journal,
the undo stack and the watch for changes made by other processes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import get_current_worker

from ..insights import Report, build_report
from ..records import Contact, Entry, Snapshot, ValidationError, touched
from ..store import Journal, JournalError
from ..textsafe import safe
from .commands import ContactJumpProvider

WATCH_SECONDS = 2.0


class JournalChanged(Message):
    """Posted to every screen after the journal changed (here or in another process)."""


@dataclass
class UndoStep:
    description: str
    undo: Callable[[], object]


class ShimaApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "shima"
    COMMANDS = App.COMMANDS | {ContactJumpProvider}
    BINDINGS = [
        Binding("a", "add_contact", "Add"),
        Binding("l", "log_entry", "Log"),
        Binding("t", "timeline", "Timeline"),
        Binding("r", "report", "Report"),
        Binding("x", "export", "Export"),
        Binding("u,ctrl+z", "undo", "Undo"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(
        self,
        journal: Journal | None,
        *,
        today: Callable[[], date] = date.today,
        watch_seconds: float | None = WATCH_SECONDS,
        load_error: str | None = None,
    ) -> None:
        super().__init__()
        self.journal = journal
        self.today = today
        self.watch_seconds = watch_seconds
        self.load_error = load_error
        self.undo_stack: list[UndoStep] = []
        self._report: tuple[int, date, Report] | None = None
        self._watch: Timer | None = None  # the look for outside changes

    # ----- start -----------------------------------------------------------------------------

    def on_mount(self) -> None:
        from .screens.dialogs import ErrorScreen
        from .screens.main import MainScreen

        if self.journal is None:
            self.push_screen(ErrorScreen(self.load_error or "the journal could not be opened"))
            return
        self.push_screen(MainScreen())
        self.call_after_refresh(self.load_entries)
        if self.watch_seconds:
            self._watch = self.set_interval(self.watch_seconds, self.check_outside_changes)

    @work(thread=True, exclusive=True, group="load")
    def load_entries(self) -> None:
        """Check the entries and compute the report after the contact list is on screen."""
        journal = self.journal
        document = journal.pending_document
        try:
            entries = journal.check_pending_entries()
        except JournalError as error:
            self.call_from_thread(self.refuse_journal, str(error))
            return
        if entries is None:
            return
        report = build_report(Snapshot(journal.settings, list(journal.contacts.values()), entries), self.today())
        self.call_from_thread(self._install_entries, entries, document, report)

    def _install_entries(self, entries, document, report: Report) -> None:
        if self.journal.install_pending_entries(entries, document):
            self._report = (self.journal.revision, self.today(), report)
            self.notify_journal_changed()

    def refuse_journal(self, message: str) -> None:
        """The journal turned out to be damaged: show why, and allow nothing but quitting."""
        from .screens.dialogs import ErrorScreen

        self.journal = None
        if self._watch is not None:
            self._watch.stop()
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(ErrorScreen(message))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.journal is None and action not in ("quit", "help", "command_palette"):
            return False
        return True

    # ----- reading ---------------------------------------------------------------------------

    @property
    def report(self) -> Report | None:
        """The insights, computed once per journal revision and day; None while entries load."""
        if not self.journal.entries_loaded:
            return None
        today = self.today()
        key = (self.journal.revision, today)
        if self._report is None or self._report[:2] != key:
            self._report = (*key, build_report(self.journal.snapshot(), today))
        return self._report[2]

    def notify_journal_changed(self) -> None:
        for screen in self.screen_stack:
            screen.post_message(JournalChanged())

    def check_outside_changes(self) -> None:
        if self.journal.changed_on_disk():
            self.read_outside_changes()

    @work(thread=True, exclusive=True, group="watch")
    def read_outside_changes(self) -> None:
        """Parse another process's write in a thread; install it on the main thread."""
        try:
            read = self.journal.read_file()
        except JournalError as error:
            self.call_from_thread(self.notify, str(error), severity="error", markup=False, timeout=10)
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._install_outside_change, read)

    def _install_outside_change(self, read) -> None:
        if self.journal.install_read(read):
            self.notify_journal_changed()
            self.notify("The journal changed in another window; shown here now.", timeout=3)

    # ----- writing ---------------------------------------------------------------------------

    def write(self, action: Callable[[], object], *, done: str | None = None, undo: UndoStep | None = None) -> str | None:
        """Run one journal write; on failure return the reason (also shown) and change nothing."""
        try:
            action()
        except (JournalError, ValidationError) as error:
            self.notify(str(error), title="Not saved", severity="error", markup=False, timeout=8)
            return str(error)
        if undo is not None:
            self.undo_stack.append(undo)
        if done:
            self.notify(done, markup=False, timeout=3)
        self.notify_journal_changed()
        return None

    def ask_to_archive(self, contact: Contact) -> None:
        """Archive an active contact, or restore an archived one, once confirmed; undoable."""
        from .screens.dialogs import ConfirmDialog

        archived = not contact.archived
        verb = "Archive" if archived else "Restore"
        question = Content.assemble(
            f"{verb} ",
            (safe(contact.name), "bold"),
            "?\n\n",
            "Archived contacts are hidden, never deleted: see 5 Archived. You can undo with u.",
        )

        def archive(yes: bool | None) -> None:
            if yes:
                self.write(
                    lambda: self.journal.save_contact(touched(contact, archived=archived)),
                    done=f"{verb}d {contact.name}. Press u to undo.",
                    undo=UndoStep(f"{verb.lower()}d {contact.name}", lambda: self.journal.save_contact(touched(contact))),
                )

        self.push_screen(ConfirmDialog(question), archive)

    def ask_to_delete_entry(self, entry: Entry) -> None:
        """Delete an entry once confirmed; undo puts the very same entry back."""
        from .screens.dialogs import ConfirmDialog

        question = Content.assemble(
            "Delete this entry?\n\n", (safe(entry.text[:200]) or "(no text)", "italic"), "\n\nYou can undo with u."
        )

        def delete(yes: bool | None) -> None:
            if yes:
                self.write(
                    lambda: self.journal.delete_entry(entry.id),
                    done="Entry deleted. Press u to undo.",
                    undo=UndoStep("deleted an entry", lambda: self.journal.save_entry(entry)),
                )

        self.push_screen(ConfirmDialog(question), delete)

    # ----- actions ---------------------------------------------------------------------------

    def _selected_contact_id(self) -> str | None:
        getter = getattr(self.screen, "selected_contact_id", None)
        return getter() if getter else None

    def action_add_contact(self) -> None:
        from .screens.forms import ContactForm

        self.push_screen(ContactForm(None), self._select_new_contact)

    def _select_new_contact(self, contact: Contact | None) -> None:
        show = getattr(self.screen, "show_contact", None)
        if contact is not None and show:
            show(contact.id)

    def edit_contact(self, contact: Contact) -> None:
        from .screens.forms import ContactForm

        self.push_screen(ContactForm(contact))

    def action_log_entry(self) -> None:
        from .screens.forms import EntryForm

        selected = self._selected_contact_id()
        self.push_screen(EntryForm(None, [selected] if selected else []))

    def edit_entry(self, entry: Entry) -> None:
        from .screens.forms import EntryForm

        self.push_screen(EntryForm(entry, entry.contacts))

    def action_timeline(self) -> None:
        from .screens.timeline import TimelineScreen

        self._switch_to(TimelineScreen)

    def action_report(self) -> None:
        from .screens.dashboard import DashboardScreen

        self._switch_to(DashboardScreen)

    def _switch_to(self, screen_type: type[Screen]) -> None:
        """One copy of each full screen on the stack: going there again goes back to it."""
        if isinstance(self.screen, screen_type):
            return
        while len(self.screen_stack) > 2 and not isinstance(self.screen, screen_type):
            self.pop_screen()
        if not isinstance(self.screen, screen_type):
            self.push_screen(screen_type())

    def open_contact(self, contact_id: str) -> None:
        """Back to the main screen with this contact selected (from the palette or the dashboard)."""
        from .screens.main import MainScreen

        while len(self.screen_stack) > 2:
            self.pop_screen()
        if isinstance(self.screen, MainScreen):
            self.screen.show_contact(contact_id)

    def action_export(self) -> None:
        from .screens.dialogs import ExportDialog

        self.push_screen(ExportDialog())

    def action_settings(self) -> None:
        from .screens.dialogs import SettingsDialog

        self.push_screen(SettingsDialog())

    def action_help(self) -> None:
        from .screens.dialogs import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify("Nothing to undo.", timeout=2)
            return
        step = self.undo_stack.pop()
        if self.write(step.undo, done=f"Undone: {step.description}.") is not None:
            self.undo_stack.append(step)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if self.journal is None:
            return
        yield SystemCommand("Add contact", "Add a peer, influencer or shima member (a)", self.action_add_contact)
        yield SystemCommand("Log an entry", "Something given, received, shared, or a note (l)", self.action_log_entry)
        yield SystemCommand("Timeline", "Every entry, newest first (t)", self.action_timeline)
        yield SystemCommand("Report", "Feeding, takers, your shima, overdue, payoff (r)", self.action_report)
        yield SystemCommand("Export JSON", "Write the whole journal to a file (x)", self.action_export)
        yield SystemCommand("Settings: currency, goal, window", "Money currency, your goal, insight window", self.action_settings)
        yield SystemCommand("Undo", "Undo the last archive, restore or delete (u)", self.action_undo)
        yield SystemCommand("Help", "Keys and the ideas behind shima (?)", self.action_help)


def make_app(path: Path, *, today: Callable[[], date] = date.today, watch_seconds: float | None = WATCH_SECONDS) -> ShimaApp:
    """The one way to build the app, for the command line and for tests."""
    try:
        journal = Journal(path, entries_later=True)
    except JournalError as error:
        return ShimaApp(None, today=today, load_error=str(error))
    return ShimaApp(journal, today=today, watch_seconds=watch_seconds)


def run_app(path: Path) -> int:
    app = make_app(path)
    app.run()
    return 1 if app.journal is None else (app.return_code or 0)
