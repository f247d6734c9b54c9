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
from ...records import FIT_CRITERIA, FIT_LABELS, Contact
from ...store import Journal
from ...textsafe import safe
from .timeline import TimelineView

NOTES_SHOWN = 2000  # characters; the rest is one keypress away in the edit form


class ContactView(Vertical):
    class FitToggled(Message):
        def __init__(self, contact: Contact, criterion: str) -> None:
            super().__init__()
            self.contact = contact
            self.criterion = criterion

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.contact: Contact | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="contact-details-scroll"):
            yield Static(id="contact-details")
        yield Label("Shima criteria (space toggles)", classes="section-title")
        yield SelectionList[str](*(Selection(FIT_LABELS[c], c) for c in FIT_CRITERIA), id="fit", compact=True)
        yield Label("Timeline", classes="section-title", id="contact-timeline-title")
        yield TimelineView(show_names=False, id="contact-timeline")

    def show(self, contact: Contact | None, journal: Journal, report: Report | None) -> None:
        self.contact = contact
        details = self.query_one("#contact-details", Static)
        fit = self.query_one("#fit", SelectionList)
        timeline = self.query_one("#contact-timeline", TimelineView)
        if contact is None:
            details.update(Content("No contact selected. Press a to add one, ? for help."))
            fit.deselect_all()
            fit.disabled = True
            timeline.show([], journal.contacts, journal.settings.currency)
            return
        fit.disabled = False
        with fit.prevent(SelectionList.SelectedChanged):
            for criterion in FIT_CRITERIA:
                (fit.select if getattr(contact.shima_fit, criterion) else fit.deselect)(criterion)
        details.update(self._details(contact, report, journal.settings.currency))
        timeline.show(journal.entries_of(contact.id), journal.contacts, journal.settings.currency)

    def _details(self, contact: Contact, report: Report | None, currency: str) -> Content:
        money = lambda v: format_money(v, currency) or "0"  # noqa: E731
        b = report.balances.get(contact.id) if report else None
        tag = contact.tag + (" · archived" if contact.archived else "")
        lines = [
            Content.assemble((safe(contact.name), "bold"), "  ", (tag, "italic")),
            Content.assemble(("Met: ", "dim"), safe(contact.met) or "—"),
            Content.assemble(
                ("Stay in touch: ", "dim"),
                f"every {contact.cadence_days} days" if contact.cadence_days else "no reminder",
                ("   Shima fit: ", "dim"),
                f"{contact.shima_fit.score}/4",
            ),
        ]
        if b is not None:
            lines.append(
                Content.assemble(
                    ("Gave ", "dim"),
                    f"→ {b.given_count:,} ({money(b.given_value)})",
                    ("   Received ", "dim"),
                    f"← {b.received_count:,} ({money(b.received_value)})",
                    ("   Last: ", "dim"),
                    b.last.isoformat() if b.last else "never",
                    (f"   (last {report.window_days} days)", "dim"),
                )
            )
        lines += self._flag_lines(contact, report) if report else [Content.styled("Reading the timeline…", "dim")]
        if contact.notes:
            notes = contact.notes[:NOTES_SHOWN]
            more = len(contact.notes) - len(notes)
            lines.append(Content.assemble(("Notes:", "dim")))
            lines.append(Content(safe(notes, multiline=True)))
            if more:
                lines.append(Content.assemble((f"… {more:,} more characters (e to edit)", "dim")))
        return Content("\n").join(lines)

    @staticmethod
    def _flag_lines(contact: Contact, report: Report) -> list[Content]:
        """Each flag on this contact with its reason and the rule that raised it."""
        lines = []
        for flag in report.flags.get(contact.id, ()):
            kind = "Feeding risk" if flag in report.feeding else "Taker risk" if flag in report.takers else "Shima review"
            style = "bold $error" if flag.level == "high" else "bold $warning"
            lines.append(Content.assemble((f"{kind} ({flag.level}): ", style), flag.reason))
            lines.append(Content.styled("  rule: " + flag.rule, "dim"))
        for group, label in (
            (report.overdue, "Stay in touch"),
            (report.invite, "Invite to your shima"),
            (report.comfort, "Comfort only"),
        ):
            for item in group:
                if item.contact.id == contact.id:
                    lines.append(Content.assemble((f"{label}: ", "bold $accent"), item.reason))
        return lines

    def on_selection_list_selection_toggled(self, event: SelectionList.SelectionToggled) -> None:
        event.stop()
        if self.contact is not None:
            self.post_message(self.FitToggled(self.contact, event.selection.value))
