"""Bars drawn with block characters, shared by the command line's report and the app's chart.

The sales chart reads without colour: each part of a bar has its own character (`MARKS`), and the
amounts are written beside the bars. Colour, where there is some, only repeats what the characters say.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .insights import Month
from .money import format_money
from .textsafe import fit, width

_EIGHTHS = " ▏▎▍▌▋▊▉"

# One character per part, told apart without colour: solid for the network's sales, shaded for your own,
# light for cash spent (it stands in its own column, so it is never mistaken for your own sales).
MARKS = {"network": "█", "own": "▒", "spent": "░"}


def bar(value: float, largest: float, cells: int) -> str:
    """A horizontal bar in eighths of a cell, so small values still show."""
    if largest <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / largest * cells * 8))
    full, rest = divmod(eighths, 8)
    return "█" * full + ("" if rest == 0 else _EIGHTHS[rest])


def stacked(parts: Sequence[float], largest: float, cells: int) -> list[int]:
    """Whole cells for each part of one bar scaled to `largest`: the bar's length is the sum's, rounded
    (at least one cell when anything is there), shared out by largest remainder, and each part that is
    there gets a cell of its own when the bar has room for it."""
    total = sum(p for p in parts if p > 0)
    if largest <= 0 or total <= 0 or cells <= 0:
        return [0] * len(parts)
    length = min(cells, max(1, round(total / largest * cells)))
    present = [i for i, p in enumerate(parts) if p > 0]
    shares = [max(p, 0) / total * length for p in parts]
    counts = [int(s) for s in shares]
    if length >= len(present):
        for i in present:
            counts[i] = max(counts[i], 1)
    while sum(counts) > length:  # taken back from the part with the most to spare
        spare = [i for i in present if counts[i] > 1] or present
        i = max(spare, key=lambda i: (counts[i] - shares[i], counts[i]))
        counts[i] -= 1
    while sum(counts) < length:
        i = max(present, key=lambda i: shares[i] - counts[i])
        counts[i] += 1
    return counts


Segment = tuple[str, str]  # (text, role): roles "label", "network", "own", "spent", "amount", "network_amount", ""


def sales_chart(months: Sequence[Month], currency: str, cells: int, heads: Mapping[str, str]) -> list[list[Segment]]:
    """The payoff chart in `cells` columns: a head line, then one line a month.

        month    sales (█ network, ▒ own)     sales   network   cash spent (░)      spent
        2026-03  ███▒▒▒▒▒▒▒▒▒             ¥150,000   ¥50,000   ░░               ¥9,800

    Both bars share one scale (the largest month's sales or spending), so their lengths compare;
    `heads` are the column titles in the user's language (month, sales_bar, sales, network,
    spent_bar, spent). Callers style the segments by role, or join their text."""
    amounts = [
        [format_money(m.sales, currency), format_money(m.network_sales, currency), format_money(m.spent, currency)]
        for m in months
    ]
    amount_cells = max(
        [6] + [width(a) for row in amounts for a in row] + [width(heads[k]) for k in ("sales", "network", "spent")]
    )
    month_cells = max(7, width(heads["month"]))
    fixed = month_cells + 2 + (1 + amount_cells) * 2 + 3 + 1 + amount_cells
    bar_cells = max(4, (cells - fixed) // 2)
    largest = max([m.sales for m in months] + [m.spent for m in months] + [0])

    def right(text: str) -> str:
        return " " * max(0, amount_cells - width(text)) + text

    lines: list[list[Segment]] = [
        [
            (fit(heads["month"], month_cells) + "  ", "label"),
            (fit(heads["sales_bar"], bar_cells), "label"),
            (" " + right(heads["sales"]) + " " + right(heads["network"]) + "   ", "label"),
            (fit(heads["spent_bar"], bar_cells), "label"),
            (" " + right(heads["spent"]), "label"),
        ]
    ]
    for m, (sales, network, spent) in zip(months, amounts, strict=True):
        network_cells, own_cells = stacked([m.network_sales, m.own_sales], largest, bar_cells)
        [spent_cells] = stacked([m.spent], largest, bar_cells)
        lines.append(
            [
                (fit(m.month, month_cells) + "  ", "label"),
                (MARKS["network"] * network_cells, "network"),
                (MARKS["own"] * own_cells, "own"),
                (" " * (bar_cells - network_cells - own_cells) + " ", ""),
                (right(sales), "amount"),
                (" " + right(network), "network_amount"),
                ("   ", ""),
                (MARKS["spent"] * spent_cells, "spent"),
                (" " * (bar_cells - spent_cells) + " ", ""),
                (right(spent), "amount"),
            ]
        )
    return lines
