"""The report at a glance: the payoff chart, then every flag with its reason; enter opens a contact."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.screen import Screen
from textual.widgets import Static

from ...insights import Report
from ...money import format_money
from ...records import Contact
from ...textsafe import fit, safe
from ...textsafe import width as cells
from ...words.tell import reason, rule, word
from ..context import shima
from ..messages import JournalChanged, OpenContact
from ..widgets.chart import PayoffChart
from ..widgets.footer import ShimaFooter
from ..widgets.line_list import LineList


class FlagList(LineList):
    """Section titles and flagged contacts, one line each; the cursor skips titles."""

    COMPONENT_CLASSES = LineList.COMPONENT_CLASSES | {"flags--title", "flags--high", "flags--watch", "flags--info"}
    DEFAULT_CSS = """
    FlagList {
        height: auto;
        overflow: hidden;
        & > .flags--title { color: $accent; text-style: bold; }
        & > .flags--high { color: $error; text-style: bold; }
        & > .flags--watch { color: $warning; }
        & > .flags--info { color: $success; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[tuple[Contact | None, str, str]] = []  # (contact or None for a title, level, text)

    def show(self, report: Report) -> None:
        app = shima(self)
        words, lang, currency = app.words, app.lang, report.currency
        rows: list[tuple[Contact | None, str, str]] = []
        for name, items in (
            ("feeding", report.feeding),
            ("taker", report.takers),
            ("invite", report.invite),
            ("review", report.review),
            ("overdue", report.overdue),
            ("comfort", report.comfort),
        ):
            rows.append((None, "title", f"{words(f'title.{name}')}  ({len(items)})"))
            rows.append((None, "rule", "   " + words("report.rule", rule=rule(name, lang))))
            level = lambda item: getattr(item, "level", "watch")  # noqa: E731 - an overdue contact is a "watch"
            rows.extend(
                [(item.contact, level(item), reason(item, lang, currency)) for item in items]
                or [(None, "none", "   " + words("report.nobody"))]
            )
        self.rows = rows
        self.set_row_count(len(rows))

    def selectable(self, index: int) -> bool:
        return self.rows[index][0] is not None

    @property
    def selected(self) -> Contact | None:
        return self.rows[self.cursor][0] if 0 <= self.cursor < len(self.rows) else None

    def render_row(self, index: int, width: int) -> Content:
        contact, level, text = self.rows[index]
        if contact is None:
            style = self.get_visual_style("flags--title") if level == "title" else self.get_visual_style("line-list--empty")
            return Content.styled(fit(text, width), style)
        app = shima(self)
        label = f"[{app.words(f'level.{level}')}]" if level in ("high", "watch") else "  •  "
        name = fit(f"{contact.name} ({word('tag', contact.tag, app.lang)})", 28)
        return Content.assemble(
            "   ",
            (fit(label, 8), self.get_visual_style(f"flags--{level}")),
            name,
            " ",
            fit(text, max(1, width - 40)),
        )


class DashboardScreen(Screen):
    CSS_PATH = "dashboard.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dashboard", can_focus=False):  # the flag list keeps the focus
            yield Static(id="dashboard-head")
            yield PayoffChart(id="payoff")
            yield Static(id="by-tag")
            yield FlagList(id="flags")
        yield ShimaFooter()

    def on_mount(self) -> None:
        self.refresh_journal()
        self.query_one(FlagList).focus()
        self.call_after_refresh(self.query_one("#dashboard", VerticalScroll).scroll_home, animate=False)

    def on_journal_changed(self, _: JournalChanged) -> None:
        self.refresh_journal()

    def refresh_journal(self) -> None:
        app = shima(self)
        report = app.report
        words = app.words
        if report is None:
            self.query_one("#dashboard-head", Static).update(Content(words("view.reading")))
            return
        money = lambda v: format_money(v, report.currency)  # noqa: E731
        goal = safe(report.owner_goal) if report.owner_goal else words("dashboard.no_goal")
        self.query_one("#dashboard-head", Static).update(
            Content.assemble(
                (words("dashboard.title"), "bold"),
                "  " + words("dashboard.window", today=report.today.isoformat(), days=report.window_days) + "\n",
                (words("report.goal", goal=""), "dim"),
                goal,
                "\n\n",
                (words("dashboard.payoff"), "bold"),
            )
        )
        self.query_one(PayoffChart).show(report.months, report.currency)
        lines = [Content.styled(words("report.by_tag"), "bold")]
        tag_cells = max(cells(word("tags", tag, app.lang)) for tag in report.by_tag)
        for tag, b in report.by_tag.items():
            row = words(
                "report.by_tag.row",
                tag=fit(word("tags", tag, app.lang), tag_cells),
                gave=f"{b.given_count:,}",
                gave_money=money(b.given_value),
                received=f"{b.received_count:,}",
                received_money=money(b.received_value),
            )
            lines.append(Content("  " + row))
        self.query_one("#by-tag", Static).update(Content("\n").join(lines))
        self.query_one(FlagList).show(report)

    def on_line_list_highlighted(self, event: LineList.Highlighted) -> None:
        """The list grows to its full height inside the page, so the page follows the cursor."""
        flags = self.query_one(FlagList)
        top = flags.virtual_region.y + event.index
        self.query_one("#dashboard", VerticalScroll).scroll_to_region(Region(0, top - 1, 1, 3), animate=False)

    def on_line_list_selected(self, event: LineList.Selected) -> None:
        contact = self.query_one(FlagList).selected
        if contact is not None:
            self.post_message(OpenContact(contact.id))
