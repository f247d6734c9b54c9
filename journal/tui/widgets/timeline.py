"""The timeline: entries newest first, grouped by month, gave and received visibly apart.

Arrows and words carry the direction (→ gave, ← received, ⇄ mutual, · note), colour only repeats
it. Rows are drawn on demand (LineList), so 100,000 entries open instantly.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from textual.content import Content

from ...money import format_money
from ...records import DIRECTIONS, Contact, Entry
from ...textsafe import fit, folded
from ...textsafe import width as cells
from ...words.tell import count, direction_label, word
from ..context import shima
from .line_list import LineList


@lru_cache(maxsize=4)
def _direction_cells(lang: str) -> int:
    """The widest direction label in this language, and a space after it."""
    return max(cells(direction_label(direction, lang)) for direction in DIRECTIONS) + 1


def entry_names(entry: Entry, contacts: Mapping[str, Contact], yourself: str) -> str:
    return ", ".join(contacts[c].name for c in entry.contacts if c in contacts) or yourself


class TimelineView(LineList):
    """Month headers and entries; the cursor skips headers."""

    COMPONENT_CLASSES = LineList.COMPONENT_CLASSES | {
        "timeline--month",
        "timeline--gave",
        "timeline--received",
        "timeline--mutual",
        "timeline--note",
        "timeline--sale",
        "timeline--muted",
    }
    DEFAULT_CSS = """
    TimelineView {
        & > .timeline--month { color: $accent; text-style: bold; }
        & > .timeline--gave { color: $warning; text-style: bold; }
        & > .timeline--received { color: $success; text-style: bold; }
        & > .timeline--mutual { color: $primary; text-style: bold; }
        & > .timeline--note { color: $text-muted; }
        & > .timeline--sale { color: $success; text-style: bold reverse; }
        & > .timeline--muted { color: $text-muted; }
    }
    """

    def __init__(self, *, show_names: bool = True, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.show_names = show_names
        self.rows: list[Entry | tuple[int, int, int]] = []  # an entry, or (year, month, count) header
        self.contacts: Mapping[str, Contact] = {}
        self.currency = "JPY"
        self._search_keys: dict[str, tuple[str, str]] = {}

    def show(self, entries: list[Entry], contacts: Mapping[str, Contact], currency: str, query: str = "") -> None:
        """Entries in any order: sorted newest first, filtered by query, grouped by month."""
        self.contacts, self.currency = contacts, currency
        app = shima(self)
        self.empty_text = app.words("timeline.no_match" if query else "timeline.empty")
        keep_id = self.selected_entry.id if self.selected_entry else None
        entries = sorted(entries, key=lambda e: (e.date, e.created_at), reverse=True)
        if query:
            needle = folded(query)
            entries = [e for e in entries if needle in self._search_key(e)]
        rows: list = []
        header_at = -1
        for entry in entries:
            if not rows or rows[header_at][:2] != (entry.date.year, entry.date.month):
                header_at = len(rows)
                rows.append((entry.date.year, entry.date.month, 0))
            year, month, count = rows[header_at]
            rows[header_at] = (year, month, count + 1)
            rows.append(entry)
        self.rows = rows
        cursor = next((i for i, r in enumerate(rows) if isinstance(r, Entry) and r.id == keep_id), None) if keep_id else None
        self.set_row_count(len(rows), cursor)

    def _search_key(self, entry: Entry) -> str:
        cached = self._search_keys.get(entry.id)
        if cached is None or cached[0] != entry.updated_at:
            lang = shima(self).lang
            text = " ".join(
                (
                    entry.date.isoformat(),
                    entry.direction,
                    word("direction", entry.direction, lang),
                    entry.kind or "",
                    word("kind", entry.kind, lang),
                    entry_names(entry, self.contacts, ""),
                    entry.text,
                )
            )
            cached = (entry.updated_at, folded(text))
            self._search_keys[entry.id] = cached
        return cached[1]

    @property
    def selected_entry(self) -> Entry | None:
        if 0 <= self.cursor < len(self.rows) and isinstance(row := self.rows[self.cursor], Entry):
            return row
        return None

    @property
    def entry_count(self) -> int:
        return sum(1 for r in self.rows if isinstance(r, Entry))

    def selectable(self, index: int) -> bool:
        return isinstance(self.rows[index], Entry)

    def render_row(self, index: int, width: int) -> Content:
        row = self.rows[index]
        if not isinstance(row, Entry):
            year, month, entries = row
            app = shima(self)
            label = " " + app.words(
                "timeline.month", year=year, month=app.words(f"month.{month}"), entries=count("entry", entries, app.lang)
            )
            return Content.styled(label, self.get_visual_style("timeline--month"))
        return self._entry_line(row, width)

    def _entry_line(self, entry: Entry, width: int) -> Content:
        """Day, direction, kind, value, names, text. Below 100 cells the kind joins the text and the
        names narrow, below 60 the value column shows only when there is a value: the text keeps room."""
        app = shima(self)
        lang = app.lang
        direction_cells = _direction_cells(lang)
        wide = width >= 100
        names_cells = (18 if wide else 14) if self.show_names else 0
        parts: list = [
            (
                "  " + fit(f"{entry.date.day:02d} {app.words(f'weekday.{entry.date.weekday()}')}", 7),
                self.get_visual_style("timeline--muted"),
            ),
            (
                fit(direction_label(entry.direction, lang), direction_cells),
                self.get_visual_style(f"timeline--{entry.direction}"),
            ),
        ]
        used = 2 + 7 + direction_cells
        text = entry.text
        kind = word("kind", entry.kind, lang)
        if wide:
            parts.append(fit(kind, 13) + " ")
            used += 14
        elif kind:
            text = app.words("timeline.kind_and_text", kind=kind, text=text)
        if entry.value is not None or width >= 60:
            parts.append(fit(format_money(entry.value, self.currency).rjust(11), 11) + " ")
            used += 12
        if names_cells:
            parts.append(fit(entry_names(entry, self.contacts, app.words("timeline.yourself")), names_cells) + " ")
            used += names_cells + 1
        parts.append(fit(text, max(1, width - used)))
        return Content.assemble(*parts)
