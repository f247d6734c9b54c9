"""Did your network move your sales: sales by month with the network's share, and cash spent beside it."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from ...bars import MARKS, sales_chart
from ...insights import Month
from ...words.tell import chart_heads, legend
from ..context import shima


class PayoffChart(Widget):
    """A legend, a head line, then one line a month (`journal.bars.sales_chart`): the sales bar (█ through
    your network, ▒ your own) with its amounts, and the cash-spent bar (░) on the same scale. The marks
    tell the parts apart without colour; colour only repeats them."""

    COMPONENT_CLASSES = {"chart--network", "chart--own", "chart--spent", "chart--label", "chart--amount"}
    DEFAULT_CSS = """
    PayoffChart {
        height: auto;
        & > .chart--network { color: $success; }
        & > .chart--own { color: $primary; }
        & > .chart--spent { color: $warning; }
        & > .chart--label { color: $text-muted; }
        & > .chart--amount { color: $foreground; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.months: list[Month] = []
        self.currency = "JPY"

    def show(self, months: list[Month], currency: str) -> None:
        self.months, self.currency = months, currency
        self.refresh(layout=True)

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self.months) + 2

    def render(self) -> Content:
        width = self.content_region.width or 80
        lang = shima(self).lang
        styles = {
            "network": self.get_visual_style("chart--network"),
            "network_amount": self.get_visual_style("chart--network"),
            "own": self.get_visual_style("chart--own"),
            "spent": self.get_visual_style("chart--spent"),
            "label": self.get_visual_style("chart--label"),
            "amount": self.get_visual_style("chart--amount"),
        }
        marks = {mark: role for role, mark in MARKS.items()}
        runs = [(char, marks.get(char, "label")) for char in legend(lang)]
        lines = [Content.assemble(*((text, styles[role]) for role, text in _grouped(runs)))]
        for row in sales_chart(self.months, self.currency, width, chart_heads(lang)):
            lines.append(Content.assemble(*((text, styles[role]) if role else text for text, role in row)))
        return Content("\n").join(lines)


def _grouped(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Characters with their roles joined into (role, text) runs: the legend's marks coloured, the words not."""
    grouped: list[tuple[str, str]] = []
    for char, role in runs:
        if grouped and grouped[-1][0] == role:
            grouped[-1] = (role, grouped[-1][1] + char)
        else:
            grouped.append((role, char))
    return grouped
