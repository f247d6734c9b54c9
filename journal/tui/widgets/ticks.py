"""Check boxes whose state shows without colour: ✓ when ticked, blank when not.

Textual draws an X in every box and tells ticked from unticked by colour alone, which a
colour-blind user or a monochrome terminal cannot see."""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList

TICKED, UNTICKED = "✓", " "


class TickBox(Checkbox):
    @property
    def BUTTON_INNER(self) -> str:  # noqa: N802 - Textual's name for the box's inside
        return TICKED if self.value else UNTICKED


class TickList(SelectionList[str]):
    """A selection list that toggles the option highlighted when space is pressed.

    Textual's SelectionList toggles through a message (space posts OptionSelected, whose handler
    toggles whatever is highlighted *then*): keys that arrive in one burst (`space down space`)
    move the highlight before the message is handled, so every toggle lands on the last option.
    Toggling in the key's own action keeps each press on the option it was pressed on."""

    def action_select(self) -> None:
        self._toggle_highlighted_selection()

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        index = self.scroll_offset.y + y
        if len(segments) > 1 and index < self.option_count:
            value = self.get_option_at_index(index).value
            inner = segments[1]
            segments[1] = Segment(TICKED if value in self._selected else UNTICKED, inner.style, inner.control)
        return Strip(segments, strip.cell_length)
