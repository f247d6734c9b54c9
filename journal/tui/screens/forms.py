"""Add/edit contact and log/edit entry: modal forms that save with ctrl+s and explain bad input
next to the field. A form sends only what the user changed (applied to the record as it is on
disk when the save runs), and closes only once the save succeeded, so a failed save (disk full,
another window holding the lock too long) keeps everything typed on screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from ... import actions
from ...dates import parse_when
from ...lookup import resolve_contact
from ...money import parse_amount
from ...problems import Problem
from ...records import (
    DIRECTIONS,
    FIT_CRITERIA,
    KINDS,
    MAX_NAME_CHARS,
    TAGS,
    Contact,
    Entry,
    edited_contact,
    edited_entry,
    new_contact,
    new_entry,
)
from ...textsafe import folded, safe
from ...words import explain
from ...words.tell import DIRECTION_MARKS
from ..context import shima
from ..widgets.fields import BoundedInput, SafeTextArea
from ..widgets.ticks import TickBox
from .dialogs import ConfirmDialog

SEPARATORS = (",", "、", "，")
CONTRIBUTIONS = tuple(d for d in DIRECTIONS if d != "sale")  # a sale has a form of its own
# Which widget shows a refusal about which record field.
FIELD_WIDGETS = {"cadence_days": "cadence", "contacts": "with", "date": "date", "value": "value", "kind": "kind"}


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
    saving = False

    def heading_code(self) -> str:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        words = shima(self).words
        with VerticalScroll(classes="dialog", can_focus=False):
            yield Label(words(self.heading_code()), classes="dialog-title")
            yield from self.fields()
            yield Static(classes="error", id="form-error")
            with Horizontal(classes="buttons"):
                yield Button(words("form.save"), variant="primary", id="save", compact=True)
                yield Button(words("form.cancel"), id="cancel", compact=True)

    def fields(self) -> ComposeResult:
        raise NotImplementedError

    def row(self, label_code: str, widget: Widget) -> ComposeResult:
        with Horizontal(classes="field"):
            yield Label(shima(self).words(label_code), classes="field-label")
            yield widget
        yield Static(classes="error", id=f"{widget.id}-error")

    def on_mount(self) -> None:
        self._initial = self.state()

    def state(self) -> tuple:
        """Everything the user can change, to tell whether anything was typed."""
        return tuple(w.text if isinstance(w, TextArea) else w.value for w in self.query("Input, Select, Checkbox, TextArea"))

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message beside its own field, once (not again when the line under the field
        already says it); fields without one are cleared."""
        said_below = {static.id.removesuffix("-understood"): str(static.visual) for static in self.query(".understood.bad")}
        for static in self.query(".error"):
            field = (static.id or "").removesuffix("-error")
            message = errors.get(field, "")
            if message and safe(message) == said_below.get(field):
                message = ""
            static.update(Content(safe(message)))
            static.set_class(bool(message), "visible")

    def show_problem(self, problem: Problem) -> None:
        """A refusal beside the field it is about; one about the journal (its file, the lock) under
        the form, saying nothing typed was lost."""
        widget = FIELD_WIDGETS.get(problem.field or "", problem.field or "form")
        message = explain(problem, shima(self).lang)
        if not self.query(f"#{widget}-error"):
            widget = "form"
            message = shima(self).words("form.not_saved", reason=message)
        self.show_errors({widget: message})

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
        question = Content(shima(self).words("form.discard"))
        self.app.push_screen(ConfirmDialog(question), lambda yes: yes and self.dismiss(None))

    def action_save(self) -> None:
        if self.saving:
            return
        try:
            action = self.build()
        except Problem as problem:
            self.show_problem(problem)
            return
        self.show_errors({})
        self.saving = True
        self.query_one("#save", Button).loading = True
        shima(self).save(action, done=self._saved, failed=self._failed)

    def _saved(self, result) -> None:
        record = getattr(result, "record", result)
        self.app.notify(safe(self.saved_message(record)), markup=False, timeout=3)
        self.dismiss(record)

    def _failed(self, problem: Problem) -> None:
        self.saving = False
        self.query_one("#save", Button).loading = False
        self.show_problem(problem)

    def build(self):
        """The use case to run, from what was typed, checked by the records' rules first so bad
        input is explained beside its field before anything is saved; raises Problem."""
        raise NotImplementedError

    def saved_message(self, record) -> str:
        return shima(self).words("form.saved")


class ContactForm(FormScreen):
    def __init__(self, contact: Contact | None) -> None:
        super().__init__()
        self.contact = contact

    def heading_code(self) -> str:
        return "form.edit_contact" if self.contact else "form.add_contact"

    def fields(self) -> ComposeResult:
        words = shima(self).words
        c = self.contact
        yield from self.row(
            "form.name",
            BoundedInput(
                c.name if c else "", placeholder=words("form.required"), id="name", compact=True, max_length=MAX_NAME_CHARS
            ),
        )
        reading = BoundedInput(
            c.reading if c else "", placeholder=words("form.reading_hint"), id="reading", compact=True, max_length=MAX_NAME_CHARS
        )
        yield from self.row("form.reading", reading)
        tags = [(words(f"tag.{t}"), t) for t in TAGS]
        yield from self.row("form.tag", Select(tags, value=c.tag if c else "peer", allow_blank=False, id="tag", compact=True))
        yield from self.row(
            "form.met",
            BoundedInput(
                c.met if c else "", placeholder=words("form.optional"), id="met", compact=True, max_length=MAX_NAME_CHARS
            ),
        )
        cadence = str(c.cadence_days) if c and c.cadence_days else ""
        yield from self.row(
            "form.cadence",
            BoundedInput(cadence, placeholder=words("form.cadence_hint"), id="cadence", compact=True, max_length=6),
        )
        yield Label(words("form.criteria"), classes="field-label wide")
        for criterion in FIT_CRITERIA:
            yield TickBox(words(f"fit.{criterion}"), bool(c and getattr(c.shima_fit, criterion)), id=criterion, compact=True)
        yield Label(words("form.notes"), classes="field-label wide")
        yield SafeTextArea(c.notes if c else "", id="notes", compact=True, soft_wrap=True)

    def typed(self) -> dict:
        value = lambda wid: self.query_one(f"#{wid}", Input).value  # noqa: E731
        cadence = value("cadence").strip()
        return {
            "name": value("name"),
            "reading": value("reading"),
            "tag": self.query_one("#tag", Select).value,
            "met": value("met"),
            "notes": self.query_one("#notes", TextArea).text,
            "cadence_days": (int(cadence) if cadence.isdigit() else cadence) if cadence else None,
            "shima_fit": {c: self.query_one(f"#{c}", TickBox).value for c in FIT_CRITERIA},
        }

    def build(self):
        fields = self.typed()
        if self.contact is None:
            new_contact(fields, contact_id="c-preview")
            return lambda journal: actions.add_contact(journal, fields)
        before = self.contact.to_dict()
        changes = {name: value for name, value in fields.items() if before[name] != value}
        if "name" in changes and changes["name"].strip() == before["name"]:
            del changes["name"]  # spaces around an unchanged name are not a change
        edited_contact(self.contact, changes)
        contact_id, seen = self.contact.id, self.contact
        return lambda journal: actions.edit_contact(journal, contact_id, changes, seen=seen)

    def saved_message(self, record) -> str:
        return shima(self).words("form.saved_contact", name=record.name)


READING_OFFER = " → "  # between a reading being typed and the name it reads, offered after the cursor


def last_ref(value: str) -> tuple[str, str]:
    """The contacts typed before the one being typed, and that one (its leading spaces left out)."""
    head, _, last = max((value.rpartition(sep) for sep in SEPARATORS), key=lambda parts: len(parts[0]))
    typed = last.lstrip()
    return value[: len(value) - len(typed)], typed


class ContactSuggester(Suggester):
    """Completes the last contact being typed in a comma-separated list: a name from its start, else
    the one contact a part of a name or reading (kana or romaji: `tanaka`, `たな`) finds as `-c`
    would, offered as `tanaka → 田中` (ContactsInput puts the name in place of what was typed)."""

    def __init__(self, contacts) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.contacts = contacts

    async def get_suggestion(self, value: str) -> str | None:
        head, typed = last_ref(value)
        if not typed:
            return None
        active = [contact for contact in self.contacts() if not contact.archived]
        key = folded(typed)
        for contact in active:
            if folded(contact.name).startswith(key):
                return head + contact.name
        try:
            found = resolve_contact(active, typed)
        except Problem:  # nobody, or several: the line under the field says so
            return None
        return value + READING_OFFER + found.name


class ContactsInput(BoundedInput):
    """The contacts field: → takes the name offered for a reading in place of the reading."""

    def action_cursor_right(self, select: bool = False) -> None:
        offered = self._suggestion.removeprefix(self.value + READING_OFFER)
        if not select and self.cursor_at_end and offered != self._suggestion:
            head, _ = last_ref(self.value)
            self.value = head + offered
            self.cursor_position = len(self.value)
            return
        super().action_cursor_right(select)


def contact_refs(text: str) -> list[str]:
    for sep in SEPARATORS[1:]:
        text = text.replace(sep, SEPARATORS[0])
    return [part.strip() for part in text.split(",") if part.strip()]


class EntryForm(FormScreen):
    def __init__(self, entry: Entry | None, contact_ids: list[str]) -> None:
        super().__init__()
        self.entry = entry
        self.contact_ids = contact_ids

    def heading_code(self) -> str:
        return "form.edit_entry" if self.entry else "form.log_entry"

    def _reference(self, contact_id: str) -> str:
        """The name when it finds this contact alone, else the id."""
        journal = shima(self).journal
        contact = journal.contacts[contact_id]
        try:
            clean = not any(sep in contact.name for sep in SEPARATORS)
            if clean and resolve_contact(journal.contacts.values(), contact.name).id == contact_id:
                return contact.name
        except Problem:
            pass
        return contact_id

    def fields(self) -> ComposeResult:
        app = shima(self)
        words = app.words
        e = self.entry
        journal = app.journal
        yield from self.with_field("form.with", "form.with_hint")
        directions = [(f"{DIRECTION_MARKS[d]} {words(f'form.direction.{d}')}", d) for d in CONTRIBUTIONS]
        yield from self.row(
            "form.direction",
            Select(directions, value=e.direction if e else "gave", allow_blank=False, id="direction", compact=True),
        )
        # Notes have no kind: the field then shows that and cannot be changed (never a blank choice).
        kinds = [(words(f"kind.{k}"), k) for k in KINDS]
        yield from self.row(
            "form.kind", Select(kinds, value=(e.kind if e and e.kind else "other"), allow_blank=False, id="kind", compact=True)
        )
        value = "" if not e or e.value is None else f"{e.value:,}"
        placeholder = words("form.value_hint", currency=journal.settings.currency)
        yield from self.row("form.value", BoundedInput(value, placeholder=placeholder, id="value", compact=True, max_length=40))
        yield from self.date_and_text_fields("form.text")

    def on_mount(self) -> None:
        super().on_mount()
        self._explain_date()
        self._explain_contacts()
        self._show_kind()
        self.query_one(self.first_field()).focus()

    def first_field(self) -> str:
        return "#text" if self.contact_ids and not self.entry else "#with"

    def with_field(self, label_code: str, hint_code: str) -> ComposeResult:
        """The contacts, by name (completed as typed), with the ones understood shown below."""
        app = shima(self)
        journal = app.journal
        names = ", ".join(self._reference(cid) for cid in self.contact_ids if cid in journal.contacts)
        suggester = ContactSuggester(lambda: journal.contacts.values())
        field = ContactsInput(
            names, placeholder=app.words(hint_code), id="with", compact=True, max_length=2000, suggester=suggester
        )
        yield from self.row(label_code, field)
        yield Static(id="with-understood", classes="understood")

    def date_and_text_fields(self, text_code: str) -> ComposeResult:
        """The day it happened (the day understood shown below), then what happened."""
        words = shima(self).words
        e = self.entry
        date_text = e.date.isoformat() if e else words("form.today")
        field = BoundedInput(date_text, placeholder=words("form.date_hint"), id="date", compact=True, max_length=60)
        yield from self.row("form.date", field)
        yield Static(id="date-understood", classes="understood")
        yield Label(words(text_code), classes="field-label wide")
        yield SafeTextArea(e.text if e else "", id="text", compact=True, soft_wrap=True)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "date":
            self._explain_date()
        elif event.input.id == "with":
            self._explain_contacts()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "direction":
            self._show_kind()

    def _show_kind(self) -> None:
        """A note has no kind: the kind field is disabled while the direction is note."""
        if self.query("#kind"):
            self.query_one("#kind", Select).disabled = self.query_one("#direction", Select).value == "note"

    def _explain_date(self) -> None:
        app = shima(self)
        understood = self.query_one("#date-understood", Static)
        try:
            day = parse_when(self.query_one("#date", Input).value, app.today())
        except Problem as problem:
            understood.update(Content(safe(explain(problem, app.lang))))
            understood.add_class("bad")
            return
        future = app.words("form.in_future") if day > app.today() else ""
        understood.update(Content(f"→ {app.words(f'weekday.long.{day.weekday()}')} {day.isoformat()}{future}"))
        understood.remove_class("bad")

    def _explain_contacts(self) -> None:
        app = shima(self)
        understood = self.query_one("#with-understood", Static)
        try:
            contacts = self._contacts()
        except Problem as problem:
            understood.update(Content(safe(explain(problem, app.lang))))
            understood.add_class("bad")
            return
        text = "→ " + ", ".join(safe(c.name) for c in contacts) if contacts else app.words("form.about_yourself")
        understood.update(Content(text))
        understood.remove_class("bad")

    def _contacts(self) -> list[Contact]:
        found: list[Contact] = []
        for ref in contact_refs(self.query_one("#with", Input).value):
            try:
                contact = resolve_contact(shima(self).journal.contacts.values(), ref)
            except Problem as problem:
                problem.field = "contacts"
                raise
            if contact not in found:
                found.append(contact)
        return found

    def typed(self) -> dict:
        app = shima(self)
        direction = self.query_one("#direction", Select).value
        contacts = self._contacts()
        if direction != "note" and not contacts:
            raise actions.Refused("form.needs_contact", field="contacts")
        value_text = self.query_one("#value", Input).value.strip()
        return {
            "contacts": [c.id for c in contacts],
            "direction": direction,
            "kind": None if direction == "note" else self.query_one("#kind", Select).value,
            "value": parse_amount(value_text, app.journal.settings.currency) if value_text else None,
            "date": parse_when(self.query_one("#date", Input).value, app.today()),
            "text": self.query_one("#text", TextArea).text,
        }

    def build(self):
        fields = self.typed()
        if self.entry is None:
            new_entry(fields, entry_id="e-preview")
            return lambda journal: actions.log_entry(journal, fields)
        before = {**self.entry.to_dict(), "date": self.entry.date}
        changes = {name: value for name, value in fields.items() if before[name] != value}
        edited_entry(self.entry, changes)
        entry_id, seen = self.entry.id, self.entry
        return lambda journal: actions.edit_entry(journal, entry_id, changes, seen=seen)

    def saved_message(self, record) -> str:
        return shima(self).words("form.saved_entry")


class SaleForm(EntryForm):
    """Your own revenue: the amount, the date, what was sold, and who brought it (if anyone)."""

    def heading_code(self) -> str:
        return "form.edit_sale" if self.entry else "form.record_sale"

    def fields(self) -> ComposeResult:
        app = shima(self)
        words = app.words
        e = self.entry
        journal = app.journal
        value = "" if not e or e.value is None else f"{e.value:,}"
        placeholder = words("form.sale_value_hint", currency=journal.settings.currency)
        yield from self.row("form.value", BoundedInput(value, placeholder=placeholder, id="value", compact=True, max_length=40))
        yield from self.with_field("form.brought_by", "form.brought_by_hint")
        yield from self.date_and_text_fields("form.sold")

    def first_field(self) -> str:
        return "#value"

    def _explain_contacts(self) -> None:
        super()._explain_contacts()
        if not self._contacts_typed():
            self.query_one("#with-understood", Static).update(Content(shima(self).words("form.own_sale")))

    def _contacts_typed(self) -> bool:
        return bool(contact_refs(self.query_one("#with", BoundedInput).value))

    def typed(self) -> dict:
        app = shima(self)
        value_text = self.query_one("#value", BoundedInput).value.strip()
        return {
            "contacts": [c.id for c in self._contacts()],
            "direction": "sale",
            "kind": None,
            "value": parse_amount(value_text, app.journal.settings.currency) if value_text else None,
            "date": parse_when(self.query_one("#date", BoundedInput).value, app.today()),
            "text": self.query_one("#text", TextArea).text,
        }

    def build(self):
        fields = self.typed()
        if self.entry is None:
            new_entry(fields, entry_id="e-preview")
            return lambda journal: actions.record_sale(journal, fields)
        return super().build()

    def saved_message(self, record) -> str:
        return shima(self).words("form.saved_sale")
