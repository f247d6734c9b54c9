"""The report at a glance: did your network move your sales (the window's totals, the trend, the chart by
month, money per tag), who cost most and who brought most, then every flag with its reason; enter opens
a contact."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.screen import Screen
from textual.widgets import Static

from ...insights import Report
from ...records import Contact
from ...textsafe import fit, safe
from ...words.tell import payoff_summary, reason, rule, standing, tag_table, trend_heading, trend_rows, word
from ..context import shima
from ..messages import JournalChanged, OpenContact
from ..widgets.chart import PayoffChart
from ..widgets.footer import ShimaFooter
from ..widgets.line_list import LineList


class FlagList(LineList):
    """Who cost you most and who brought most, then each flag's section: titles and contacts, one line
    each; the cursor skips titles."""

    COMPONENT_CLASSES = LineList.COMPONENT_CLASSES | {
        "flags--title",
        "flags--high",
        "flags--watch",
        "flags--info",
        "flags--spent",
        "flags--brought",
    }
    DEFAULT_CSS = """
    FlagList {
        height: auto;
        overflow: hidden;
        & > .flags--title { color: $accent; text-style: bold; }
        & > .flags--high { color: $error; text-style: bold; }
        & > .flags--watch { color: $warning; }
        & > .flags--info { color: $success; }
        & > .flags--spent { color: $warning; }
        & > .flags--brought { color: $success; }
    }
    """
    LABELS = {"spent": "  −  ", "brought": "  +  "}  # cost or brought, readable without colour

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[tuple[Contact | None, str, str]] = []  # (contact or None for a title, level, text)

    def show(self, report: Report) -> None:
        app = shima(self)
        words, lang, currency = app.words, app.lang, report.currency
        rows: list[tuple[Contact | None, str, str]] = []
        for name, people, level in (("costly", report.costly, "spent"), ("bringers", report.bringers, "brought")):
            rows.append((None, "title", f"{words(f'payoff.{name}')}  ({len(people)})"))
            rows.extend(
                [(s.contact, level, standing(s, lang, currency, level == "spent")) for s in people]
                or [(None, "none", "   " + words("payoff.none"))]
            )
        for name, items in (
            ("feeding", report.feeding),
            ("taker", report.takers),
            ("invite", report.invite),
            ("review", report.review),
            ("overdue", report.overdue),
            ("comfort", report.comfort),
        ):
            rows.append((None, "title", f"{words(f'title.{name}')}  ({len(items)})"))
            rows.append((None, "rule", "   " + words("report.rule", rule=rule(name, lang, currency))))
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
        if level in ("high", "watch"):
            label = f"[{app.words(f'level.{level}')}]"
        else:
            label = self.LABELS.get(level, "  •  ")
        name_cells = min(28, max(16, width // 4))  # narrow terminals keep room for the reason
        name = fit(f"{contact.name} ({word('tag', contact.tag, app.lang)})", name_cells)
        return Content.assemble(
            "   ",
            (fit(label, 8), self.get_visual_style(f"flags--{level}")),
            name,
            " ",
            fit(text, max(1, width - 12 - name_cells)),
        )


class DashboardScreen(Screen):
    CSS_PATH = "dashboard.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dashboard", can_focus=False):  # the flag list keeps the focus
            yield Static(id="dashboard-head")
            yield Static(id="totals")
            yield Static(id="trend")
            yield Static(id="chart-title")
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
        words, lang = app.words, app.lang
        if report is None:
            self.query_one("#dashboard-head", Static).update(Content(words("view.reading")))
            return
        goal = safe(report.owner_goal) if report.owner_goal else words("dashboard.no_goal")
        self.query_one("#dashboard-head", Static).update(
            Content.assemble(
                (words("dashboard.title"), "bold"),
                "  " + words("dashboard.window", today=report.today.isoformat(), days=report.window_days) + "\n",
                (words("report.goal", goal=""), "dim"),
                goal,
            )
        )
        title, *summary = payoff_summary(report, lang)
        self.query_one("#totals", Static).update(
            Content("\n").join([Content.styled(title, "bold"), *(Content("  " + line) for line in summary)])
        )
        verdicts = {"better": "$success", "worse": "$error", "same": "$text-muted"}
        trend = [Content.styled(trend_heading(report, lang), "bold")]
        for label, change, amounts, _, verdict in trend_rows(report, lang):
            trend.append(Content.assemble("  ", label, "  ", (change, f"bold {verdicts[verdict]}"), "  ", amounts))
        self.query_one("#trend", Static).update(Content("\n").join(trend))
        self.query_one("#chart-title", Static).update(Content.styled(words("payoff.chart"), "bold"))
        self.query_one(PayoffChart).show(report.months, report.currency)
        head, *rows = tag_table(report, lang)
        lines = [Content.styled(words("payoff.by_tag"), "bold"), Content.styled("  " + head, "dim")]
        lines += [Content("  " + row) for row in rows]
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
