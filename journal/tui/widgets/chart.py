"""Did it pay off: received vs given per month as bars drawn in the terminal."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from ...bars import bar
from ...insights import Month
from ...money import format_money
from ...textsafe import fit
from ..context import shima


class PayoffChart(Widget):
    """Two bars a month, ← received over → given, scaled to the largest month; own effort beside."""

    COMPONENT_CLASSES = {"chart--received", "chart--given", "chart--label"}
    DEFAULT_CSS = """
    PayoffChart {
        height: auto;
        & > .chart--received { color: $success; }
        & > .chart--given { color: $warning; }
        & > .chart--label { color: $text-muted; }
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
        return len(self.months) + 1

    def render(self) -> Content:
        """One line a month: the received bar, then the given bar, each scaled to the largest."""
        width = self.content_region.width or 80
        amount_cells = 13
        bar_cells = max(4, (width - 9 - 2 * (2 + amount_cells + 1) - 11) // 2)
        largest = max([m.received_value for m in self.months] + [m.given_value for m in self.months] + [0])
        received, given, label = (self.get_visual_style(f"chart--{n}") for n in ("received", "given", "label"))
        words = shima(self).words
        column = bar_cells + amount_cells + 3
        head = "".join(
            (
                " " * 9,
                fit("← " + words("chart.received"), column),
                fit("→ " + words("chart.given"), column),
                words("chart.effort"),
            )
        )
        lines = [Content.assemble((head, label))]
        for m in self.months:
            lines.append(
                Content.assemble(
                    (f"{m.month}  ", label),
                    ("← " + bar(m.received_value, largest, bar_cells).ljust(bar_cells), received),
                    f"{format_money(m.received_value, self.currency):>{amount_cells}} ",
                    ("→ " + bar(m.given_value, largest, bar_cells).ljust(bar_cells), given),
                    f"{format_money(m.given_value, self.currency):>{amount_cells}} ",
                    (f"{m.own_effort:>5}" if m.own_effort else "", label),
                )
            )
        return Content("\n").join(lines)
