"""The contact list: tag, balance, last entry and a risk marker per row, drawn on demand."""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content

from ...insights import Report
from ...lookup import matches, sort_key
from ...records import TAGS, Contact
from ...textsafe import fit
from ...textsafe import width as cells
from ..context import shima
from .line_list import LineList


def marker(contact: Contact, report: Report) -> tuple[str, str]:
    """The one most important flag as a marker code (`marker.feeding.high`) and its style class."""
    for flag in report.flags.get(contact.id, ()):
        return (f"marker.{flag.rule}.{flag.level}", f"marker--{flag.level}")
    if any(o.contact.id == contact.id for o in report.overdue):
        return ("marker.overdue", "marker--watch")
    if any(f.contact.id == contact.id for f in report.invite):
        return ("marker.invite", "marker--info")
    return ("", "")


class ContactList(LineList):
    COMPONENT_CLASSES = LineList.COMPONENT_CLASSES | {
        "tag--shima",
        "tag--peer",
        "tag--influencer",
        "marker--high",
        "marker--watch",
        "marker--info",
        "contact--muted",
    }
    DEFAULT_CSS = """
    ContactList {
        & > .tag--shima { color: $success; text-style: bold; }
        & > .tag--peer { color: $primary; }
        & > .tag--influencer { color: $warning; }
        & > .marker--high { color: $error; text-style: bold; }
        & > .marker--watch { color: $warning; }
        & > .marker--info { color: $success; }
        & > .contact--muted { color: $text-muted; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.contacts: list[Contact] = []
        self.report: Report | None = None
        self._markers: dict[str, tuple[str, str]] = {}

    def show(self, contacts: Iterable[Contact], report: Report | None, query: str = "") -> None:
        """report is None while the entries are still being read, or covers only some contacts
        (`insights.report_for`): the others' balances show as …"""
        self.empty_text = shima(self).words("contacts.no_match" if query else "contacts.empty")
        keep = self.selected.id if self.selected else None
        self.contacts = [c for c in contacts if not query or matches(c, query)]
        if shima(self).lang == "ja":
            self.contacts.sort(key=sort_key)  # あいうえお順
        self.report = report
        self._markers = {}
        cursor = next((i for i, c in enumerate(self.contacts) if c.id == keep), None) if keep else None
        self.set_row_count(len(self.contacts), cursor)

    def select_id(self, contact_id: str) -> bool:
        for index, contact in enumerate(self.contacts):
            if contact.id == contact_id:
                self.cursor = index
                return True
        return False

    def ids_on_screen(self) -> list[str]:
        """The contacts of the rows in view (the window's height before the list is laid out)."""
        top = self.scroll_offset.y
        height = self.scrollable_content_region.height or self.app.size.height
        return [contact.id for contact in self.contacts[top : top + height]]

    @property
    def selected(self) -> Contact | None:
        return self.contacts[self.cursor] if 0 <= self.cursor < len(self.contacts) else None

    def _last_date(self, last, cells: int) -> str:
        """26-09-17, or in 5 cells 09-17 for this year and the year alone before it."""
        if last is None:
            return "—"
        if cells >= 8:
            return last.strftime("%y-%m-%d")
        return last.strftime("%m-%d") if last.year == shima(self).today().year else str(last.year)

    def render_row(self, index: int, width: int) -> Content:
        app = shima(self)
        contact = self.contacts[index]
        report = self.report
        balance = report.balances.get(contact.id) if report else None
        if contact.id not in self._markers and report:
            self._markers[contact.id] = marker(contact, report)
        code, style = self._markers.get(contact.id, ("", ""))
        word = app.words(code) if code else ""
        flow = f"→{balance.given_count} ←{balance.received_count}" if balance else "…"
        date_cells = 8 if width >= 52 else 5  # narrow lists keep the date short and the names long
        tag_cells = max(cells(app.words(f"tag.short.{tag}")) for tag in TAGS)
        name_cells = max(6, width - 1 - (tag_cells + 1) - 9 - 7 - (date_cells + 1))
        muted = self.get_visual_style("contact--muted")
        parts = [
            " ",
            fit(contact.name, name_cells),
            (" " + fit(app.words(f"tag.short.{contact.tag}"), tag_cells), self.get_visual_style(f"tag--{contact.tag}")),
            fit(flow, 8).rjust(9),
            (" " + fit(self._last_date(balance.last, date_cells) if balance else "", date_cells), muted),  # "—" is never
        ]
        parts.append((" " + fit(word, 6), self.get_visual_style(style) if style else muted))
        return Content.assemble(*parts)
