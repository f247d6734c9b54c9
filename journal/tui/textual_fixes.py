"""Three fixes to Textual 8.2 for Japanese on screen, put in place once by `fix_textual_for_japanese()`.

Text drawn over other widgets keeps every character (Textual issue #6357). Textual's compositor cuts
each screen line at the left and right edge of every widget on it, and paints each piece with the
front-most widget there. A widget drawn over others (a notification over the two panes, a drop-down,
a tooltip) is cut at the edges of the widgets under it too, and a double-width character that
straddles such a cut is split into two blank cells: in "終了します" over the panes' border, the す
vanished. Here each widget's line is cut only where the piece it wins ends (at the edge of a widget
in front of it, or its own edge), so a character inside what it shows stays whole; the cuts it
spans are kept in the line's map as empty pieces, which the lower widgets cannot take.

The terminal's cursor sits where an input field's next character goes. An input method draws
what is being composed (たなか before it becomes 田中) at the terminal's cursor, and Textual put it a
cell to the right of the field's cursor when that was at the end of the text, leaving a gap.

Japanese text wraps between characters, as Japanese is written, but by its rules (禁則): Textual
and Rich break lines only at spaces and fold a longer run wherever the line ends, so a note without
spaces broke before 。 and 、 and inside ¥150,000. A line may break after a wide character, never
before closing punctuation or a small kana, never after an opening bracket, never inside or just
after a run of narrow characters (a number and its counter, 3万, stay together, and so does
¥150,000; the rules are in journal/linebreak.py, which the command line's help follows too). Shown
text (Rich's and Textual's wrapping) keeps a word that fits on a line whole, as before, so a label
such as 受け取った moves to the next line whole, and folds a longer run by these rules; the text
area, where prose is edited, breaks any run by them. Text without wide characters wraps as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import rich._wrap
import textual._wrap
from rich.cells import cell_len
from textual._compositor import Compositor
from textual.geometry import Offset, Region
from textual.strip import Strip
from textual.widgets import Input

from ..linebreak import line_break_units

_NOTHING = Strip([], 0)


def _render_chops(
    self: Compositor, crop: Region, is_rendered_line: Callable[[int], bool]
) -> Sequence[Mapping[int, Strip | None]]:
    """Textual's `_render_chops`, cutting each line only where the piece its widget wins ends."""
    cuts = self.cuts
    chops: list[dict[int, Strip | None]] = [dict.fromkeys(line_cuts[:-1]) for line_cuts in cuts]
    for region, clip, strips in self._get_renders(crop):  # front-most first
        render_region = region.intersection(clip)
        render_x = render_region.x
        first_cut, last_cut = render_region.column_span
        for y, strip in zip(render_region.line_range, strips, strict=False):  # as Textual: a short render paints less
            if not is_rendered_line(y):
                continue
            line = chops[y]
            line_cuts = [cut for cut in cuts[y] if last_cut >= cut >= first_cut]
            runs: list[list] = []  # [first cut index, end cut index, free], free: not painted by a widget in front
            for index, cut in enumerate(line_cuts[:-1]):
                free = line.get(cut) is None
                if runs and runs[-1][2] == free:
                    runs[-1][1] = index + 1
                else:
                    runs.append([index, index + 1, free])
            pieces = strip.divide([line_cuts[end] - render_x for _, end, _ in runs])
            for (start, end, free), piece in zip(runs, pieces, strict=False):
                if free:
                    line[line_cuts[start]] = piece
                    for cut in line_cuts[start + 1 : end]:
                        line[cut] = _NOTHING  # inside the piece just painted
    return chops


_textual_cursor_screen_offset = Input.cursor_screen_offset


def _cursor_screen_offset(self: Input) -> Offset:
    """Textual's, less the cell it adds at the end of the text (to scroll the cursor into view)."""
    offset = _textual_cursor_screen_offset.fget(self)
    return offset - Offset(1, 0) if self.cursor_at_end else offset


def _by_break_units(words: Callable[[str], Iterable[tuple[int, int, str]]]) -> Callable[[str], Iterator[tuple[int, int, str]]]:
    """Textual's word generator (for the text area), each word given as its break units."""

    def units(text: str) -> Iterator[tuple[int, int, str]]:
        for start, _, word in words(text):
            for unit in line_break_units(word):
                yield start, start + len(unit), unit
                start += len(unit)

    return units


_rich_chop_cells = rich._wrap.chop_cells
_textual_chunks = textual._wrap.chunks


def _chop_by_rules(text: str, width: int, unicode_version: str = "auto") -> list[str]:
    """Rich's `chop_cells` for a word wider than the line: its lines end only where a line may
    break (a run that may not break and is itself wider than the line is cut as Rich cuts it)."""
    if text.isascii():
        return _rich_chop_cells(text, width, unicode_version)
    lines: list[str] = []
    line, used = "", 0
    for unit in line_break_units(text):
        cells = cell_len(unit)
        if line and used + cells > width:
            lines.append(line)
            line, used = "", 0
        if cells > width:
            *whole, line = _rich_chop_cells(unit, width, unicode_version)
            lines += whole
            used = cell_len(line)
        else:
            line, used = line + unit, used + cells
    return [*lines, line] if line else lines


def fix_textual_for_japanese() -> None:
    Compositor._render_chops = _render_chops
    Input.cursor_screen_offset = property(_cursor_screen_offset)
    rich._wrap.chop_cells = _chop_by_rules  # Rich's and Textual's Content: a word wider than the line
    textual._wrap.chunks = _by_break_units(_textual_chunks)  # TextArea: any word, as prose is edited
