"""The selected contact: details, the four shima criteria (space toggles), flags with their
reasons and rules, balance, and the contact's own timeline."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Label, SelectionList, Static
from textual.widgets.selection_list import Selection

from ...insights import Report
from ...money import format_money
from ...records import FIT_CRITERIA, Contact
from ...store import Journal
from ...textsafe import safe
from ...words.tell import reason, rule, word
from ..context import shima
from .ticks import TickList
from .timeline import TimelineView

NOTES_SHOWN = 2000  # characters; the rest is one keypress away in the edit form


class ContactView(Vertical):
    class FitToggled(Message):
        """A criterion ticked or unticked: `value` is what the list now shows, the user's intent."""

        def __init__(self, contact: Contact, criterion: str, value: bool) -> None:
            super().__init__()
            self.contact = contact
            self.criterion = criterion
            self.value = value

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.contact: Contact | None = None

    def compose(self) -> ComposeResult:
        words = shima(self).words
        with VerticalScroll(id="contact-details-scroll"):
            yield Static(id="contact-details")
        yield Label(words("view.criteria"), classes="section-title")
        yield TickList(*(Selection(words(f"fit.{c}"), c) for c in FIT_CRITERIA), id="fit", compact=True)
        yield Label(words("view.timeline"), classes="section-title", id="contact-timeline-title")
        yield TimelineView(show_names=False, id="contact-timeline")

    def show(self, contact: Contact | None, journal: Journal, report: Report | None) -> None:
        self.contact = contact
        details = self.query_one("#contact-details", Static)
        fit = self.query_one("#fit", SelectionList)
        timeline = self.query_one("#contact-timeline", TimelineView)
        if contact is None:
            details.update(Content(shima(self).words("view.none")))
            fit.deselect_all()
            fit.disabled = True
            timeline.show([], journal.contacts, journal.settings.currency)
            return
        fit.disabled = False
        pending = shima(self).pending_criteria(contact.id)  # ticks not saved yet keep what the user sees
        with fit.prevent(SelectionList.SelectedChanged):
            for criterion in FIT_CRITERIA:
                ticked = pending.get(criterion, getattr(contact.shima_fit, criterion))
                (fit.select if ticked else fit.deselect)(criterion)
        details.update(self._details(contact, report, journal.settings.currency))
        loaded = shima(self).entries_loaded
        timeline.show(journal.entries_of(contact.id) if loaded else [], journal.contacts, journal.settings.currency)
        if not loaded:  # not "no entries yet" beside the balance the first report already gives
            timeline.empty_text = shima(self).words("view.reading")

    def _details(self, contact: Contact, report: Report | None, currency: str) -> Content:
        app = shima(self)
        words, lang = app.words, app.lang
        money = lambda v: format_money(v, currency) or "0"  # noqa: E731
        b = report.balances.get(contact.id) if report else None
        tag = word("tag", contact.tag, lang) + (words("view.archived") if contact.archived else "")
        every = shima(self).journal.settings.cadence_of(contact)
        cadence = words("view.every_days", days=every) if every else words("view.no_reminder")
        lines = [
            Content.assemble((safe(contact.name), "bold"), "  ", (tag, "italic")),
            Content.assemble((words("view.met"), "dim"), safe(contact.met) or "—"),
            Content.assemble(
                (words("view.stay_in_touch"), "dim"), cadence, ("   " + words("view.fit"), "dim"), f"{contact.shima_fit.score}/4"
            ),
        ]
        if b is not None:
            lines.append(
                Content.assemble(
                    (words("view.gave"), "dim"),
                    f"→ {b.given_count:,} ({money(b.given_value)})",
                    ("   " + words("view.received"), "dim"),
                    f"← {b.received_count:,} ({money(b.received_value)})",
                    ("   " + words("view.last"), "dim"),
                    b.last.isoformat() if b.last else words("view.never"),
                    ("   " + words("view.window", days=report.window_days), "dim"),
                )
            )
        # A report covers this contact when it holds their balance: the early one covers only some.
        lines += self._flag_lines(contact, report, currency) if b is not None else [Content.styled(words("view.reading"), "dim")]
        if contact.notes:
            notes = contact.notes[:NOTES_SHOWN]
            more = len(contact.notes) - len(notes)
            lines.append(Content.assemble((words("view.notes"), "dim")))
            lines.append(Content(safe(notes, multiline=True)))
            if more:
                lines.append(Content.assemble((words("view.more_characters", n=f"{more:,}"), "dim")))
        return Content("\n").join(lines)

    def _flag_lines(self, contact: Contact, report: Report, currency: str) -> list[Content]:
        """Each flag on this contact with its reason and the rule that raised it."""
        app = shima(self)
        words, lang = app.words, app.lang
        lines = []
        for flag in report.flags.get(contact.id, ()):
            style = "bold $error" if flag.level == "high" else "bold $warning"
            title = words("view.flag", rule=words(f"short.{flag.rule}"), level=words(f"level.{flag.level}"))
            lines.append(Content.assemble((title, style), reason(flag, lang, currency)))
            lines.append(Content.styled("  " + words("report.rule", rule=rule(flag.rule, lang, currency)), "dim"))
        for group in (report.overdue, report.invite, report.comfort):
            for item in group:
                if item.contact.id == contact.id:
                    advice = words("view.advice", rule=words(f"short.{item.rule}"))
                    lines.append(Content.assemble((advice, "bold $accent"), reason(item, lang, currency)))
        return lines

    def on_selection_list_selection_toggled(self, event: SelectionList.SelectionToggled) -> None:
        event.stop()
        if self.contact is not None:
            criterion = event.selection.value
            self.post_message(self.FitToggled(self.contact, criterion, criterion in event.selection_list.selected))
