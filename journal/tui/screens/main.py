"""The main screen: tag tabs, the contact list (filter as you type) beside the selected contact."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Input, Static, Tab, Tabs

from ...textsafe import safe
from ...words.tell import count
from ..context import shima
from ..messages import ArchiveContact, DeleteEntry, EditContact, EditEntry, JournalChanged, ToggleCriterion
from ..widgets.contact_list import ContactList
from ..widgets.contact_view import ContactView
from ..widgets.fields import BoundedInput
from ..widgets.footer import ShimaFooter
from ..widgets.timeline import TimelineView

FILTERS = ("all", "shima", "peer", "influencer", "archived")


class MainScreen(Screen):
    """Implements the app's ContactScreen hooks: selected_contact_id(), show_contact() and
    contacts_on_screen()."""

    CSS_PATH = "main.tcss"
    BINDINGS = [
        Binding("slash", "search", "Search", show=False),
        Binding("e", "edit", "Edit"),
        Binding("d", "delete", "Delete"),
        Binding("escape", "clear_search", "Clear", show=False),
        *(Binding(str(n), f"filter('{key}')", key, show=False) for n, key in enumerate(FILTERS, 1)),
    ]
    tag_filter: reactive[str] = reactive("all", init=False)

    def compose(self) -> ComposeResult:
        words = shima(self).words
        yield Static(id="topbar")
        yield Tabs(*(Tab(f"{n} {words(f'filter.{key}')}", id=key) for n, key in enumerate(FILTERS, 1)), id="tag-tabs")
        with Horizontal(id="panes"):
            with Vertical(id="left"):
                yield BoundedInput(placeholder=words("main.filter_placeholder"), id="filter", max_length=200)
                yield ContactList(id="contacts")
            yield ContactView(id="contact-view")
        yield ShimaFooter()

    def on_mount(self) -> None:
        self.query_one("#tag-tabs", Tabs).can_focus = False
        self.refresh_journal()
        self.query_one(ContactList).focus()

    # ----- showing ---------------------------------------------------------------------------

    def refresh_journal(self) -> None:
        app = shima(self)
        journal = app.journal
        if journal is None:
            return
        self.query_one(ContactList).show(self._visible_contacts(), app.contact_report, self.query_one("#filter", Input).value)
        self._show_selected()
        goal = journal.settings.owner_goal
        active = sum(1 for c in journal.contacts.values() if not c.archived)
        entries = count("entry", len(journal.entries), app.lang) if app.entries_loaded else app.words("main.reading_entries")
        self.query_one("#topbar", Static).update(
            Content.assemble(
                ("shima", "bold"),
                f"  {count('contact', active, app.lang)} · {entries}   ",
                (app.words("main.goal"), "dim"),
                (safe(goal) if goal else app.words("main.no_goal"), "italic"),
            )
        )

    def _show_selected(self) -> None:
        app = shima(self)
        self.query_one(ContactView).show(self.query_one(ContactList).selected, app.journal, app.contact_report)

    def on_journal_changed(self, _: JournalChanged) -> None:
        self.refresh_journal()

    def on_line_list_highlighted(self, event: ContactList.Highlighted) -> None:
        if isinstance(event.control, ContactList):
            self._show_selected()

    def on_line_list_selected(self, event: ContactList.Selected) -> None:
        if isinstance(event.control, ContactList):
            self.query_one("#contact-timeline", TimelineView).focus()

    def selected_contact_id(self) -> str | None:
        contact = self.query_one(ContactList).selected
        return contact.id if contact else None

    def contacts_on_screen(self) -> list[str]:
        return self.query_one(ContactList).ids_on_screen()

    def show_contact(self, contact_id: str) -> None:
        """Select a contact, widening the filter if it is hidden."""
        contact_list = self.query_one(ContactList)
        if not contact_list.select_id(contact_id):
            self.query_one("#filter", Input).value = ""
            contact = shima(self).journal.contacts.get(contact_id)
            self.action_filter("archived" if contact and contact.archived else "all")
            self.refresh_journal()
            contact_list.select_id(contact_id)
        contact_list.focus()

    # ----- filtering -------------------------------------------------------------------------

    def action_filter(self, key: str) -> None:
        """Narrow the list now (not when the tabs' message arrives), then show it on the tabs."""
        self.tag_filter = key
        self.query_one("#tag-tabs", Tabs).active = key

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.tab.id and event.tab.id != self.tag_filter:
            self.tag_filter = event.tab.id

    def watch_tag_filter(self) -> None:
        self.refresh_journal()

    def action_search(self) -> None:
        field = self.query_one("#filter", Input)
        field.add_class("visible")
        field.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.query_one(ContactList).show(self._visible_contacts(), shima(self).contact_report, event.value)
            self._show_selected()

    def _visible_contacts(self) -> list:
        """The contacts of the active tab: one tag, all active ones, or the archived."""
        return [
            c
            for c in shima(self).journal.contacts.values()
            if (c.archived if self.tag_filter == "archived" else not c.archived and self.tag_filter in ("all", c.tag))
        ]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            self.query_one(ContactList).focus()

    def action_clear_search(self) -> None:
        field = self.query_one("#filter", Input)
        if field.value or field.has_class("visible"):
            field.value = ""
            field.remove_class("visible")
            self.query_one(ContactList).focus()

    # ----- acting on the selection -----------------------------------------------------------

    def _focused_entry(self):
        timeline = self.query_one("#contact-timeline", TimelineView)
        return timeline.selected_entry if timeline.has_focus else None

    def action_edit(self) -> None:
        entry = self._focused_entry()
        if entry is not None:
            self.post_message(EditEntry(entry))
        elif (contact := self.query_one(ContactList).selected) is not None:
            self.post_message(EditContact(contact))

    def action_delete(self) -> None:
        entry = self._focused_entry()
        if entry is not None:
            self.post_message(DeleteEntry(entry))
        elif (contact := self.query_one(ContactList).selected) is not None:
            self.post_message(ArchiveContact(contact))

    def on_contact_view_fit_toggled(self, event: ContactView.FitToggled) -> None:
        self.post_message(ToggleCriterion(event.contact.id, event.criterion, event.value))
