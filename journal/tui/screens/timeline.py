"""Every entry, newest first, grouped by month, filterable; instant at 100,000 entries."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static

from ..context import shima
from ..messages import DeleteEntry, EditEntry, JournalChanged
from ..widgets.fields import BoundedInput
from ..widgets.footer import ShimaFooter
from ..widgets.timeline import TimelineView

FILTER_DELAY = 0.12  # seconds of quiet typing before 100,000 entries are filtered again


class TimelineScreen(Screen):
    CSS_PATH = "timeline.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("slash", "search", "Search", show=False),
        Binding("e", "edit", "Edit"),
        Binding("d", "delete", "Delete"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="timeline-title")
        yield BoundedInput(placeholder=shima(self).words("timeline.filter_placeholder"), id="timeline-filter", max_length=200)
        yield TimelineView(id="timeline")
        yield ShimaFooter()

    def on_mount(self) -> None:
        self._pending = None
        self.refresh_journal()
        self.query_one(TimelineView).focus()

    def refresh_journal(self) -> None:
        app = shima(self)
        journal = app.journal
        if journal is None or not app.entries_loaded:
            return
        view = self.query_one(TimelineView)
        query = self.query_one("#timeline-filter", Input).value
        view.show(list(journal.entries.values()), journal.contacts, journal.settings.currency, query)
        shown, total = view.entry_count, len(journal.entries)
        counted = (
            app.words("timeline.count_filtered", shown=f"{shown:,}", total=f"{total:,}")
            if query
            else (app.words("timeline.count", total=f"{total:,}"))
        )
        self.query_one("#timeline-title", Static).update(
            Content.assemble((app.words("timeline.title"), "bold"), f"  {counted}   ", (app.words("timeline.legend"), "dim"))
        )

    def on_journal_changed(self, _: JournalChanged) -> None:
        self.refresh_journal()

    def on_input_changed(self, event: Input.Changed) -> None:
        if self._pending is not None:
            self._pending.stop()
        self._pending = self.set_timer(FILTER_DELAY, self.refresh_journal)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(TimelineView).focus()

    def action_search(self) -> None:
        self.query_one("#timeline-filter", Input).focus()

    def action_back(self) -> None:
        field = self.query_one("#timeline-filter", Input)
        if field.has_focus and field.value:
            field.value = ""
            return
        self.app.pop_screen()

    def action_edit(self) -> None:
        entry = self.query_one(TimelineView).selected_entry
        if entry is not None:
            self.post_message(EditEntry(entry))

    def action_delete(self) -> None:
        entry = self.query_one(TimelineView).selected_entry
        if entry is not None:
            self.post_message(DeleteEntry(entry))
