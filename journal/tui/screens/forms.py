"""Add/edit contact and log/edit entry: modal forms that save with ctrl+s and explain bad input
next to the field. A form closes only once its write succeeded, so a failed save (disk full,
a contact removed elsewhere) keeps everything the user typed on screen."""

from __future__ import annotations

import math
from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, Static, TextArea

from ...dates import DateError, parse_when
from ...lookup import resolve_contact
from ...money import parse_money
from ...records import (
    DIRECTIONS,
    FIT_CRITERIA,
    FIT_LABELS,
    KINDS,
    TAGS,
    Contact,
    Entry,
    ShimaFit,
    ValidationError,
    check_cadence,
    make_contact,
    make_entry,
    revalidated,
    touched,
)
from ...textsafe import folded, safe
from .dialogs import ConfirmDialog

SEPARATORS = (",", "、", "，")


class FieldError(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class FormScreen(ModalScreen[object]):
    """Shared by both forms: ctrl+s saves, escape asks before dropping what was typed."""

    CSS_PATH = "forms.tcss"
    BINDINGS = [
        # Not priority: it must wait until the focused field has taken every key typed before it
        # (a long paste arrives as thousands of keys), or the save would miss the end of the text.
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
        # Priority, so focus moves before the next keys are handed out: typed over a slow link or
        # pasted, "name<tab>place" arrives in one burst and would otherwise all land in the name.
        Binding("tab", "app.focus_next", "Next field", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "Previous field", show=False, priority=True),
    ]
    heading = ""

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", can_focus=False):
            yield Label(self.heading, classes="dialog-title")
            yield from self.fields()
            yield Static(classes="error", id="form-error")
            with Horizontal(classes="buttons"):
                yield Button("Save  ctrl+s", variant="primary", id="save", compact=True)
                yield Button("Cancel  esc", id="cancel", compact=True)

    def fields(self) -> ComposeResult:
        raise NotImplementedError

    @staticmethod
    def row(label: str, widget: Widget) -> ComposeResult:
        with Horizontal(classes="field"):
            yield Label(label, classes="field-label")
            yield widget
        yield Static(classes="error", id=f"{widget.id}-error")

    def on_mount(self) -> None:
        self._initial = self.state()

    def state(self) -> tuple:
        """Everything the user can change, to tell whether anything was typed."""
        values = []
        for widget in self.query("Input, Select, Checkbox, TextArea"):
            values.append(widget.text if isinstance(widget, TextArea) else widget.value)
        return tuple(values)

    def show_errors(self, errors: dict[str, str]) -> None:
        for static in self.query(".error"):
            message = errors.get((static.id or "").removesuffix("-error"), "")
            static.update(Content(safe(message)))
            static.set_class(bool(message), "visible")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        if self.state() == self._initial:
            self.dismiss(None)
            return
        self.app.push_screen(ConfirmDialog(Content("Discard what you typed?")), lambda yes: yes and self.dismiss(None))

    def action_save(self) -> None:
        try:
            record, write = self.build()
        except FieldError as error:
            self.show_errors({error.field: str(error)})
            return
        except ValidationError as error:
            self.show_errors({"form": str(error)})
            return
        self.show_errors({})
        problem = self.app.write(write, done=self.saved_message(record))
        if problem is None:
            self.dismiss(record)
        else:
            self.show_errors({"form": f"Not saved, nothing was lost: {problem}"})

    def build(self):
        raise NotImplementedError

    def saved_message(self, record) -> str:
        return "Saved."


class ContactForm(FormScreen):
    def __init__(self, contact: Contact | None) -> None:
        super().__init__()
        self.contact = contact
        self.heading = "Edit contact" if contact else "Add a contact"

    def fields(self) -> ComposeResult:
        c = self.contact
        yield from self.row("Name", Input(c.name if c else "", placeholder="required", id="name", compact=True))
        yield from self.row(
            "Tag", Select([(t, t) for t in TAGS], value=c.tag if c else "peer", allow_blank=False, id="tag", compact=True)
        )
        yield from self.row("How you met", Input(c.met if c else "", placeholder="optional", id="met", compact=True))
        cadence = str(c.cadence_days) if c and c.cadence_days else ""
        yield from self.row(
            "Stay in touch", Input(cadence, placeholder="every N days (empty: no reminder)", id="cadence", compact=True)
        )
        yield Label("Shima criteria: they…", classes="field-label wide")
        for criterion in FIT_CRITERIA:
            value = bool(c and getattr(c.shima_fit, criterion))
            yield Checkbox(FIT_LABELS[criterion], value, id=criterion, compact=True)
        yield Label("Notes", classes="field-label wide")
        yield TextArea(c.notes if c else "", id="notes", compact=True)

    def build(self):
        value = lambda wid: self.query_one(f"#{wid}", Input).value  # noqa: E731
        name = value("name").strip()
        if not name:
            raise FieldError("name", "A name is required.")
        cadence_text = value("cadence").strip()
        cadence = None
        if cadence_text:
            if not cadence_text.isdigit():
                raise FieldError("cadence", "Write a whole number of days, or leave it empty for no reminder.")
            try:
                cadence = check_cadence(int(cadence_text), "contact")
            except ValidationError:
                raise FieldError("cadence", "Between 1 and 36500 days, or empty for no reminder.") from None
        fields = {
            "name": name,
            "tag": self.query_one("#tag", Select).value,
            "met": value("met"),
            "notes": self.query_one("#notes", TextArea).text,
            "cadence_days": cadence,
            "shima_fit": ShimaFit(**{c: self.query_one(f"#{c}", Checkbox).value for c in FIT_CRITERIA}),
        }
        journal = self.app.journal
        if self.contact is None:
            contact = make_contact(**fields)
            return contact, lambda: journal.add_contact(contact)
        contact = revalidated(touched(self.contact, **fields))
        return contact, lambda: journal.save_contact(contact)

    def saved_message(self, record) -> str:
        return f"Saved {record.name}."


class ContactSuggester(Suggester):
    """Completes the last name being typed in a comma-separated list of contacts."""

    def __init__(self, contacts) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.contacts = contacts

    async def get_suggestion(self, value: str) -> str | None:
        head, _, last = max((value.rpartition(sep) for sep in SEPARATORS), key=lambda parts: len(parts[0]))
        typed = last.lstrip()
        if not typed:
            return None
        key = folded(typed)
        for contact in self.contacts():
            if not contact.archived and folded(contact.name).startswith(key):
                return value[: len(value) - len(typed)] + contact.name
        return None


def contact_refs(text: str) -> list[str]:
    for sep in SEPARATORS[1:]:
        text = text.replace(sep, SEPARATORS[0])
    return [part.strip() for part in text.split(",") if part.strip()]


class EntryForm(FormScreen):
    def __init__(self, entry: Entry | None, contact_ids: list[str]) -> None:
        super().__init__()
        self.entry = entry
        self.contact_ids = contact_ids
        self.heading = "Edit entry" if entry else "Log an entry"

    def _reference(self, contact_id: str) -> str:
        """The name when it finds this contact alone, else the id."""
        contact = self.app.journal.contacts[contact_id]
        try:
            clean = not any(sep in contact.name for sep in SEPARATORS)
            if clean and resolve_contact(self.app.journal.contacts.values(), contact.name).id == contact_id:
                return contact.name
        except ValidationError:
            pass
        return contact_id

    def fields(self) -> ComposeResult:
        e = self.entry
        journal = self.app.journal
        names = ", ".join(self._reference(cid) for cid in self.contact_ids if cid in journal.contacts)
        with_input = Input(
            names,
            placeholder="names, separated by commas (empty: about yourself)",
            id="with",
            compact=True,
            suggester=ContactSuggester(lambda: journal.contacts.values()),
        )
        yield from self.row("With", with_input)
        yield Static(id="with-understood", classes="understood")
        yield from self.row(
            "Direction",
            Select(
                [(self._direction_label(d), d) for d in DIRECTIONS],
                value=e.direction if e else "gave",
                allow_blank=False,
                id="direction",
                compact=True,
            ),
        )
        yield from self.row(
            "Kind",
            Select(
                [(k, k) for k in KINDS],
                value=e.kind if e and e.kind else ("other" if not e else Select.BLANK),
                prompt="none (notes only)",
                id="kind",
                compact=True,
            ),
        )
        value = "" if not e or e.value is None else f"{e.value:,}"
        yield from self.row(
            "Value", Input(value, placeholder=f"money in {journal.settings.currency} (optional)", id="value", compact=True)
        )
        yield from self.row(
            "Date",
            Input(
                e.date.isoformat() if e else "today",
                placeholder="today, yesterday, 3 days ago, 2026-11-20",
                id="date",
                compact=True,
            ),
        )
        yield Static(id="date-understood", classes="understood")
        yield Label("What happened", classes="field-label wide")
        yield TextArea(e.text if e else "", id="text", compact=True)

    @staticmethod
    def _direction_label(direction: str) -> str:
        return {
            "gave": "→ gave (you contributed)",
            "received": "← received (they contributed)",
            "mutual": "⇄ mutual (both)",
            "note": "· note (no contribution)",
        }[direction]

    def on_mount(self) -> None:
        super().on_mount()
        self._explain_date()
        self._explain_contacts()
        self.query_one("#text" if self.contact_ids and not self.entry else "#with").focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "date":
            self._explain_date()
        elif event.input.id == "with":
            self._explain_contacts()

    def _explain_date(self) -> None:
        understood = self.query_one("#date-understood", Static)
        try:
            day = parse_when(self.query_one("#date", Input).value, self.app.today())
            future = "   (in the future: is that right?)" if day > self.app.today() else ""
            understood.update(Content(f"→ {day.strftime('%A')} {day.isoformat()}{future}"))
            understood.remove_class("bad")
        except DateError as error:
            understood.update(Content(safe(str(error))))
            understood.add_class("bad")

    def _explain_contacts(self) -> None:
        understood = self.query_one("#with-understood", Static)
        try:
            contacts = self._contacts()
            text = "→ " + ", ".join(safe(c.name) for c in contacts) if contacts else "→ about yourself (your own effort log)"
            understood.update(Content(text))
            understood.remove_class("bad")
        except FieldError as error:
            understood.update(Content(safe(str(error))))
            understood.add_class("bad")

    def _contacts(self) -> list[Contact]:
        found: list[Contact] = []
        for ref in contact_refs(self.query_one("#with", Input).value):
            try:
                contact = resolve_contact(self.app.journal.contacts.values(), ref)
            except ValidationError as error:
                raise FieldError("with", str(error).removeprefix("contact ").capitalize()) from None
            if contact not in found:
                found.append(contact)
        return found

    def build(self):
        contacts = self._contacts()
        direction = self.query_one("#direction", Select).value
        kind = self.query_one("#kind", Select).value
        kind = None if kind is Select.BLANK else kind
        if direction != "note" and not contacts:
            raise FieldError("with", "Name at least one contact; an entry about yourself is a note.")
        if direction != "note" and kind is None:
            raise FieldError("kind", "Choose a kind; only notes may have none.")
        value_text = self.query_one("#value", Input).value.strip()
        value = None
        if value_text:
            try:
                value = parse_money(value_text)
            except ValueError:
                raise FieldError("value", f"{value_text!r} is not a number.") from None
            if not math.isfinite(value) or value < 0:
                raise FieldError("value", "A value is a number of zero or more.")
        try:
            day: date = parse_when(self.query_one("#date", Input).value, self.app.today())
        except DateError as error:
            raise FieldError("date", str(error)) from None
        fields = {
            "contacts": [c.id for c in contacts],
            "direction": direction,
            "kind": kind,
            "value": value,
            "text": self.query_one("#text", TextArea).text,
        }
        journal = self.app.journal
        if self.entry is None:
            entry = make_entry(day=day, **fields)
            return entry, lambda: journal.add_entry(entry)
        entry = revalidated(touched(self.entry, date=day, **fields))
        return entry, lambda: journal.save_entry(entry)

    def saved_message(self, record) -> str:
        return "Entry saved."
