"""Bars drawn with block characters, shared by the command line's report and the app's chart."""

from __future__ import annotations

_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: float, largest: float, cells: int) -> str:
    """A horizontal bar in eighths of a cell, so small values still show."""
    if largest <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / largest * cells * 8))
    full, rest = divmod(eighths, 8)
    return "█" * full + ("" if rest == 0 else _EIGHTHS[rest])
