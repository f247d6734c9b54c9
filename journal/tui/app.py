"""ShimaApp: the full-screen journal. The app owns the journal, the undo stack, saving (in a
worker, so waiting for another window's lock never freezes the screen) and the watch for
changes other processes make. Screens reach it through `tui.context` and its messages."""

from __future__ import annotations

import itertools
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from .. import actions
from ..insights import Report, build_report, report_for, window_start
from ..lookup import prepare as prepare_lookup
from ..problems import Problem
from ..records import Snapshot
from ..store import Journal, JournalError, Signature
from ..textsafe import safe
from ..unlock import without_asking
from ..words import choose_language, explain, field_label, say
from ..words.tell import copy_merged
from . import messages
from .commands import ContactJumpProvider
from .context import ContactScreen
from .textual_fixes import JAPANESE_FIXES, apply_framework_fixes
from .textual_words import TEXTUAL_WORDS_OVERRIDES, TextualWords

FRAMEWORK_FIXES = (*JAPANESE_FIXES, *TEXTUAL_WORDS_OVERRIDES)  # checked, and patched in, when the app starts

WATCH_SECONDS = 2.0
LOCK_PATIENCE = 0.3  # seconds before the app says it is waiting for another window
EARLY_DRAW_PATIENCE = 0.25  # seconds the reading worker waits for the first balances to be drawn


@dataclass
class UndoStep:
    description: str
    undo: Callable[[Journal], object]


@dataclass
class SaveRequest:
    action: Callable[[Journal], Any]
    done: Callable[[Any], None] | None
    failed: Callable[[Problem], None] | None
    undo: str | None
    in_worker: bool = False


class ShimaApp(TextualWords, App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "shima"
    COMMANDS = App.COMMANDS | {ContactJumpProvider}
    BINDINGS = [
        Binding("a", "add_contact", "Add", show=False),
        Binding("l", "log_entry", "Log"),
        Binding("s", "record_sale", "Sale", show=False),
        Binding("t", "timeline", "Timeline"),
        Binding("r", "report", "Report"),
        Binding("x", "export", "Export", show=False),
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
        lang: str | None = None,
        locked: Path | None = None,
    ) -> None:
        """locked: an encrypted journal whose key is not at hand: its passphrase is asked first."""
        apply_framework_fixes(FRAMEWORK_FIXES)  # once per process; strict unless run_app met them first
        super().__init__()
        self.locked = locked
        self._lang_given = lang  # else, once a locked journal is open, its own setting
        self._sync_copies_seen: list[str] = []  # merged, or left alone and said: not tried again
        self.journal = journal
        self.today = today
        self.watch_seconds = watch_seconds
        self.load_error = load_error
        self.lang = lang or choose_language()
        self.undo_stack: list[UndoStep] = []
        self._report: tuple[tuple[int, int], date, Report] | None = None
        self._early_report: tuple[tuple[int, int], date, Report] | None = None
        self._watch = None
        self._refused_signature: Signature | None = None  # a damaged outside write, said once
        self._entries_read = False  # set by the reading worker's message, not by the state alone
        self._writing = threading.Lock()  # held while a save runs (the file's lock is re-entrant in a process)
        # Saves run one after the other in the order they were asked for, by one worker at a time:
        # key presses in a burst reach the journal in order, each applied to the journal as it is then.
        self._saves: deque[SaveRequest] = deque()
        self._saves_lock = threading.Lock()
        self._draining = False
        self._pending_fit: dict[tuple[str, str], tuple[bool, int]] = {}  # ticks asked for, not saved yet
        self._toggles = itertools.count()

    def words(self, code: str, /, **params: object) -> str:
        return say(code, self.lang, **params)

    # ----- start -----------------------------------------------------------------------------

    def on_mount(self) -> None:
        from .screens.dialogs import ErrorScreen
        from .screens.main import MainScreen

        if self.locked is not None:
            from .screens.unlock import UnlockScreen

            self.push_screen(UnlockScreen(self.locked), self._unlocked)
            return
        if self.journal is None:
            self.push_screen(ErrorScreen(self.load_error or self.words("app.cannot_open")))
            return
        self.push_screen(MainScreen())
        self.call_after_refresh(self._start_reading)
        if self.watch_seconds:
            self._watch = self.set_interval(self.watch_seconds, self.check_outside_changes)

    def _unlocked(self, journal: Journal | None) -> None:
        """The passphrase opened the journal: start as with any other."""
        self.journal, self.locked = journal, None
        self.lang = self._lang_given or choose_language(journal.settings.lang)
        self.on_mount()

    @property
    def entries_loaded(self) -> bool:
        """True once the reading worker has delivered. Not merely once every month is read: in
        between, the main thread would build a second report of its own beside the worker's."""
        return self.journal is not None and self._entries_read and self.journal.state.complete

    def _start_reading(self) -> None:
        screen = self._contact_screen()
        self.read_entries(screen.contacts_on_screen() if screen else [])

    @work(thread=True, exclusive=True, group="read")
    def read_entries(self, on_screen: list[str]) -> None:
        """Read every month and compute the report after the contact list is on screen. First, the
        report on the contacts on screen from their own entries (the months of the report's window,
        and each one's latest entry), drawn while the rest is read."""
        journal = self.journal
        today = self.today()
        if on_screen and not journal.state.complete:
            since = window_start(today, journal.settings.window_days).isoformat()[:7]
            entries = journal.recent_entries_of(on_screen, since)
            early = report_for(Snapshot(journal.settings, list(journal.contacts.values()), entries), today, on_screen)
            drawn = threading.Event()
            self.post_message(messages.EarlyReportRead(journal.revision, today, early, drawn))
            drawn.wait(timeout=EARLY_DRAW_PATIENCE)
        journal.read_all()
        report = build_report(journal.snapshot(), self.today())
        self.post_message(messages.EntriesRead(journal.revision, report))
        prepare_lookup(list(journal.contacts.values()))  # after: the balances are not kept waiting

    def on_early_report_read(self, message: messages.EarlyReportRead) -> None:
        self._early_report = (message.revision, message.today, message.report)
        self.notify_journal_changed()
        self._after_next_layout(message.drawn.set)

    def _after_next_layout(self, callback: Callable[[], object]) -> None:
        """callback once the screen is laid out and drawn again (the balances change the contact
        pane, so it will be). Not call_after_refresh: that comes before the widgets' own
        refreshes have reached the screen, so the worker would read on while the screen draws."""
        screen = self.screen

        def laid_out(_: Screen) -> None:
            screen.screen_layout_refresh_signal.unsubscribe(self)
            callback()

        screen.screen_layout_refresh_signal.subscribe(self, laid_out, immediate=True)

    def on_entries_read(self, message: messages.EntriesRead) -> None:
        self._entries_read = True
        if self.journal is not None and message.revision == self.journal.revision:
            self._report = (message.revision, self.today(), message.report)
        self.notify_journal_changed()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """One policy for every worker that fails: a refused journal stops the app's writing and
        says why; anything else is shown, and the app goes on."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        if isinstance(error, JournalError) and event.worker.group == "read":
            self.refuse_journal(explain(error, self.lang))
        elif isinstance(error, Problem):
            self.notify(safe(explain(error, self.lang)), severity="error", markup=False, timeout=10)
        else:
            self.notify(safe(f"{type(error).__name__}: {error}"), severity="error", markup=False, timeout=10)

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
        """Nothing but quitting and help without a journal; a screen's own key is hidden on it
        (so the footer keeps Undo, Help and Quit at 80 columns)."""
        if self.journal is None and action not in ("quit", "help", "command_palette", "focus_next", "focus_previous"):
            return False
        if (action, type(self.screen).__name__) in (("timeline", "TimelineScreen"), ("report", "DashboardScreen")):
            return False
        return True

    # ----- reading ---------------------------------------------------------------------------

    @property
    def report(self) -> Report | None:
        """The insights, computed once per journal revision and day; None while entries load."""
        if not self.entries_loaded:
            return None
        today = self.today()
        key = self.journal.revision
        if self._report is None or self._report[:2] != (key, today):
            self._report = (key, today, build_report(self.journal.snapshot(), today))
        return self._report[2]

    @property
    def contact_report(self) -> Report | None:
        """The report, or while the entries load, the reading worker's early one: balances for the
        contacts it covers (those on screen when it started), the numbers the report gives them."""
        report = self.report
        early = self._early_report
        if report is None and self.journal is not None and early is not None:
            if early[:2] == (self.journal.revision, self.today()):
                return early[2]
        return report

    def notify_journal_changed(self) -> None:
        for screen in self.screen_stack:
            screen.post_message(messages.JournalChanged())

    def check_outside_changes(self) -> None:
        self.check_sync_copies()
        journal = self.journal
        if journal is None or not self.entries_loaded or self._writing.locked() or not journal.changed_on_disk():
            return
        if self._refused_signature is not None and journal.signature() == self._refused_signature:
            return  # the same damaged file: said once, not re-read every tick
        self.read_outside_changes()

    def check_sync_copies(self) -> None:
        """A sync tool's copy that appeared beside the journal is merged (in the save worker),
        and each is said in one line; a copy left alone is not tried again on every tick."""
        if self.journal is None or not self.entries_loaded or self._writing.locked():
            return
        waiting = [name for name in actions.sync_copies_waiting(self.journal) if name not in self._sync_copies_seen]
        if waiting:
            self._sync_copies_seen += waiting
            self.save(actions.merge_sync_copies, done=self._tell_sync_copies, in_worker=True)

    def _tell_sync_copies(self, merged: list[actions.CopyMerged]) -> None:
        for copy in merged:
            severity = "error" if copy.problem else "information"
            self.notify(copy_merged(copy, self.lang), severity=severity, markup=False, timeout=8)
        self.notify_journal_changed()

    @work(thread=True, exclusive=True, group="watch")
    def read_outside_changes(self) -> None:
        """Parse another process's write in a thread; install it on the main thread."""
        journal = self.journal
        if journal is None:
            return
        signature = journal.signature()
        try:
            loaded = journal.read()
            loaded.state.read_all_months()
        except JournalError as error:
            if error.code == "crypt.locked":  # another window encrypted it: ask, as at the start
                self.call_from_thread(self._ask_passphrase_again, signature)
                return
            self.call_from_thread(self._outside_write_refused, signature, explain(error, self.lang))
            return
        self.post_message(messages.OutsideChangeRead(loaded))

    def _ask_passphrase_again(self, signature: Signature | None) -> None:
        from .screens.unlock import UnlockScreen

        self._refused_signature = signature  # (not read again on every tick meanwhile)
        if self.journal is not None:
            self.push_screen(UnlockScreen(self.journal.path), self._unlocked_again)

    def _unlocked_again(self, journal: Journal | None) -> None:
        """The journal, encrypted by another window while open here, unlocked: it replaces the
        plain one held, and is read as at the start."""
        self.journal, self._entries_read, self._refused_signature = journal, False, None
        self._start_reading()

    def _outside_write_refused(self, signature: Signature | None, message: str) -> None:
        self._refused_signature = signature
        self.notify(safe(message), title=self.words("app.outside_damaged"), severity="error", markup=False, timeout=12)

    def on_outside_change_read(self, message: messages.OutsideChangeRead) -> None:
        if self.journal is not None and self.journal.install(message.loaded):
            self._refused_signature = None
            self.notify_journal_changed()
            self.notify(self.words("app.outside_changed"), timeout=3)

    # ----- writing ---------------------------------------------------------------------------

    def save(
        self,
        action: Callable[[Journal], Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Problem], None] | None = None,
        undo: str | None = None,
        in_worker: bool = False,
    ) -> None:
        """Run a use case: the lock is waited for in a worker, the change applied on the main
        thread. done gets the result; failed (else a notification) gets the reason, and nothing
        was changed. undo names the step when the result carries an undo. in_worker: the change
        runs in the worker too, for one that takes a second (an import of thousands of people);
        the main thread is then only told, and other saves wait for it. Saves are queued: each runs
        after the ones asked for before it."""
        with self._saves_lock:
            self._saves.append(SaveRequest(action, done, failed, undo, in_worker))
            if self._draining:
                return
            self._draining = True
        self._drain_saves()

    @work(thread=True, group="save")
    def _drain_saves(self) -> None:
        """Run the queued saves in order until none is left (one such worker at a time)."""
        try:
            while True:
                with self._saves_lock:
                    if not self._saves:
                        self._draining = False
                        return
                    request = self._saves.popleft()
                with self._writing:
                    self._save_holding(request)
        except BaseException:
            with self._saves_lock:
                self._draining = False  # the next save starts a worker again
            raise

    def _save_holding(self, request: SaveRequest) -> None:
        journal = self.journal
        if journal is None:
            return
        try:
            try:
                journal.acquire_lock(timeout=LOCK_PATIENCE)
            except JournalError:
                self.call_from_thread(self.notify, self.words("app.waiting_for_lock"), timeout=4)
                journal.acquire_lock()
        except JournalError as problem:
            self.call_from_thread(self._save_failed, request, problem)
            return
        try:
            if request.in_worker:
                self._apply(request, on_main_thread=self.call_from_thread)
            else:
                self.call_from_thread(self._apply, request)
        finally:
            journal.release_lock()

    def _apply(self, request: SaveRequest, on_main_thread: Callable[..., Any] | None = None) -> None:
        """Run the change, on the main thread, or in the save worker (in_worker), which then hands
        what follows to the main thread through on_main_thread."""
        journal = self.journal
        if journal is None:
            return
        tell = on_main_thread or (lambda function, *args: function(*args))
        try:
            with journal.holding_lock():
                result = request.action(journal)
        except Problem as problem:
            tell(self._save_failed, request, problem)
            return
        tell(self._applied, request, result)

    def _applied(self, request: SaveRequest, result: Any) -> None:
        """On the main thread, once the change is saved: its undo step, what the user should know."""
        undo = getattr(result, "undo", None)
        if request.undo and undo is not None:
            self.undo_stack.append(UndoStep(request.undo, undo))
        overridden = getattr(result, "overridden", ())
        if overridden:
            fields = ", ".join(field_label(name, self.lang) for name in overridden)
            self.notify(self.words("app.also_changed_elsewhere", fields=fields), timeout=8)
        self.notify_journal_changed()
        if request.done is not None:
            request.done(result)

    def _save_failed(self, request: SaveRequest, problem: Problem) -> None:
        message = safe(explain(problem, self.lang))
        self.notify(message, title=self.words("app.not_saved"), severity="error", markup=False, timeout=8)
        if request.failed is not None:
            request.failed(problem)

    # ----- requests from screens -------------------------------------------------------------

    def on_edit_contact(self, message: messages.EditContact) -> None:
        from .screens.forms import ContactForm

        self.push_screen(ContactForm(message.contact))

    def on_edit_entry(self, message: messages.EditEntry) -> None:
        from .screens.forms import EntryForm, SaleForm

        form = SaleForm if message.entry.direction == "sale" else EntryForm
        self.push_screen(form(message.entry, message.entry.contacts))

    def on_archive_contact(self, message: messages.ArchiveContact) -> None:
        """Archive an active contact, or restore an archived one, once confirmed; undoable."""
        from ..actions import set_archived
        from .screens.dialogs import ConfirmDialog

        contact = message.contact
        archived = not contact.archived
        name = safe(contact.name)
        question = Content.assemble(
            self.words("app.archive_question" if archived else "app.restore_question"),
            " ",
            (name, "bold"),
            "\n\n",
            self.words("app.archive_explained"),
        )
        done_code = "app.archived" if archived else "app.restored"

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.save(
                    lambda journal: set_archived(journal, contact.id, archived),
                    done=lambda _: self.notify(self.words(done_code, name=name), markup=False, timeout=3),
                    undo=self.words(done_code, name=name),
                )

        self.push_screen(ConfirmDialog(question), confirmed)

    def on_delete_entry(self, message: messages.DeleteEntry) -> None:
        """Delete an entry once confirmed; undo puts the very same entry back."""
        from ..actions import delete_entry
        from .screens.dialogs import ConfirmDialog

        entry = message.entry
        text = safe(entry.text[:200]) or self.words("app.no_text")
        question = Content.assemble(
            self.words("app.delete_question"), "\n\n", (text, "italic"), "\n\n", self.words("app.undo_hint")
        )

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.save(
                    lambda journal: delete_entry(journal, entry.id),
                    done=lambda _: self.notify(self.words("app.deleted"), timeout=3),
                    undo=self.words("app.deleted_step"),
                )

        self.push_screen(ConfirmDialog(question), confirmed)

    def on_toggle_criterion(self, message: messages.ToggleCriterion) -> None:
        """Tick or untick as the list shows it; until saved, the list keeps showing it so."""
        from ..actions import set_criterion

        key, number = (message.contact_id, message.criterion), next(self._toggles)
        self._pending_fit[key] = (message.value, number)

        def settled(_: object) -> None:
            if self._pending_fit.get(key, (None, None))[1] == number:
                del self._pending_fit[key]

        contact = self.journal.contacts.get(message.contact_id) if self.journal else None
        step = self.words(
            "app.criterion_step", criterion=self.words(f"fit.{message.criterion}"), name=safe(contact.name) if contact else ""
        )
        self.save(
            lambda journal: set_criterion(journal, message.contact_id, message.criterion, message.value),
            done=settled,
            failed=settled,
            undo=step,
        )

    def pending_criteria(self, contact_id: str) -> dict[str, bool]:
        """The criteria of this contact ticked or unticked and not saved yet, as the user set them."""
        return {criterion: value for (cid, criterion), (value, _) in self._pending_fit.items() if cid == contact_id}

    def on_open_contact(self, message: messages.OpenContact) -> None:
        self.open_contact(message.contact_id)

    # ----- actions ---------------------------------------------------------------------------

    def _contact_screen(self) -> ContactScreen | None:
        return self.screen if isinstance(self.screen, ContactScreen) else None

    def action_add_contact(self) -> None:
        from .screens.forms import ContactForm

        self.push_screen(ContactForm(None), self._select_new_contact)

    def _select_new_contact(self, contact) -> None:
        screen = self._contact_screen()
        if contact is not None and screen is not None:
            screen.show_contact(contact.id)

    def action_log_entry(self) -> None:
        from .screens.forms import EntryForm

        screen = self._contact_screen()
        selected = screen.selected_contact_id() if screen else None
        self.push_screen(EntryForm(None, [selected] if selected else []))

    def action_record_sale(self) -> None:
        from .screens.forms import SaleForm

        self.push_screen(SaleForm(None, []))

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
        """Back to the main screen with this contact selected (from the palette or the report)."""
        while len(self.screen_stack) > 2:
            self.pop_screen()
        screen = self._contact_screen()
        if screen is not None:
            screen.show_contact(contact_id)

    def action_export(self) -> None:
        from .screens.dialogs import ExportDialog

        self.push_screen(ExportDialog())

    def action_import_people(self) -> None:
        from .screens.importing import ImportPathDialog

        self.push_screen(ImportPathDialog())

    def action_settings(self) -> None:
        from .screens.dialogs import SettingsDialog

        self.push_screen(SettingsDialog())

    def action_help(self) -> None:
        from .screens.dialogs import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_switch_language(self) -> None:
        """English <-> Japanese, saved in the journal's settings; every screen is built anew in it."""
        from ..actions import change_settings

        chosen = "en" if self.lang == "ja" else "ja"

        def switched(_) -> None:
            from .screens.main import MainScreen

            self.lang = chosen
            self._report = None
            while len(self.screen_stack) > 2:
                self.pop_screen()
            self.switch_screen(MainScreen())  # built anew: every label in the new language

        self.save(lambda journal: change_settings(journal, {"lang": chosen}), done=switched)

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify(self.words("app.nothing_to_undo"), timeout=2)
            return
        step = self.undo_stack.pop()
        self.save(
            step.undo,
            done=lambda _: self.notify(safe(self.words("app.undone", step=step.description)), markup=False, timeout=3),
            failed=lambda _: self.undo_stack.append(step),
        )

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)  # Textual's own, in the user's language (TextualWords)
        if self.journal is None:
            return
        for title, help_code, callback in (
            ("palette.add", "palette.add.help", self.action_add_contact),
            ("palette.log", "palette.log.help", self.action_log_entry),
            ("palette.sale", "palette.sale.help", self.action_record_sale),
            ("palette.timeline", "palette.timeline.help", self.action_timeline),
            ("palette.report", "palette.report.help", self.action_report),
            ("palette.export", "palette.export.help", self.action_export),
            ("palette.import", "palette.import.help", self.action_import_people),
            ("palette.settings", "palette.settings.help", self.action_settings),
            ("palette.undo", "palette.undo.help", self.action_undo),
            ("palette.help", "palette.help.help", self.action_help),
            ("palette.language", "palette.language.help", self.action_switch_language),
        ):
            yield SystemCommand(self.words(title), self.words(help_code), callback)


def make_app(
    path: Path,
    *,
    today: Callable[[], date] = date.today,
    watch_seconds: float | None = WATCH_SECONDS,
    lang: str | None = None,
) -> ShimaApp:
    """The one way to build the app, for the command line and for tests."""
    try:
        journal = Journal(path, unlock=without_asking)  # the keyring or $SHIMA_PASSPHRASE, else the modal
    except JournalError as error:
        language = lang or choose_language()
        if error.code == "crypt.locked":
            return ShimaApp(None, today=today, watch_seconds=watch_seconds, lang=lang, locked=Path(path))
        return ShimaApp(None, today=today, load_error=explain(error, language), lang=language)
    return ShimaApp(journal, today=today, watch_seconds=watch_seconds, lang=lang or choose_language(journal.settings.lang))


def run_app(path: Path) -> int:
    """Start the app in this terminal; refuse with a sentence when there is no terminal."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()) and not os.environ.get("SHIMA_ALLOW_NO_TTY"):
        print(f"shima: {say('app.needs_terminal', choose_language())}", file=sys.stderr)
        return 1
    apply_framework_fixes(FRAMEWORK_FIXES, strict=False)  # a user's app opens on other versions too, saying what it left out
    app = make_app(path)
    app.run()
    return 1 if app.journal is None else (app.return_code or 0)
