"""A keyboard list that draws only the rows on screen.

OptionList measures every option when filled and DataTable took 11 s for 100,000 rows; this is a
ScrollView with render_line and a strip cache (the shape of toolong's log view), so filling it is
just setting a count, at any size.

| key | action |
|---|---|
| up / k, down / j | move the cursor |
| pageup, pagedown | move a page |
| home, end | first, last row |
| enter | select the row |
"""

from __future__ import annotations

from itertools import chain

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip


class LineList(ScrollView, can_focus=True):
    """Rows are drawn on demand by render_row(); subclasses own the data."""

    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Open", show=False),
    ]
    COMPONENT_CLASSES = {"line-list--row", "line-list--cursor", "line-list--empty"}
    DEFAULT_CSS = """
    LineList {
        background: $surface;
        overflow-x: hidden;  /* rows are cut to the width: a stale virtual width must not add a scrollbar */
        & > .line-list--row { color: $foreground; }
        & > .line-list--cursor { background: $block-cursor-blurred-background; }
        &:focus > .line-list--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
        & > .line-list--empty { color: $text-muted; text-style: italic; }
    }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        def __init__(self, line_list: LineList, index: int) -> None:
            super().__init__()
            self.line_list = line_list
            self.index = index

        @property
        def control(self) -> LineList:
            return self.line_list

    class Selected(Highlighted):
        pass

    empty_text = "nothing here yet"

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.row_count = 0
        self._strips: LRUCache[tuple, Strip] = LRUCache(1024)

    # ----- for subclasses ------------------------------------------------------------------

    def render_row(self, index: int, width: int) -> Content:
        raise NotImplementedError

    def selectable(self, index: int) -> bool:
        return True

    def set_row_count(self, count: int, cursor: int | None = None) -> None:
        """Call after the data changed: forget drawn rows, keep the cursor where it makes sense."""
        self.row_count = count
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, count)
        target = self.cursor if cursor is None else cursor
        target = max(0, min(target, count - 1))
        self.cursor = self._nearest_selectable(target, 1)
        self.refresh()

    # ----- drawing -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        if self.row_count == 0 and y == 0:
            style = self.get_visual_style("line-list--empty")
            return Strip(Content(f" {self.empty_text}").render_segments(style)).adjust_cell_length(width, style.rich_style)
        if index >= self.row_count:
            return Strip.blank(width, self.get_visual_style("line-list--row").rich_style)
        on_cursor = index == self.cursor
        key = (index, width, on_cursor, self.has_focus)
        strip = self._strips.get(key)
        if strip is None:
            component = "line-list--cursor" if on_cursor else "line-list--row"
            style = self.get_visual_style("line-list--row", component) if on_cursor else self.get_visual_style(component)
            content = self.render_row(index, width)
            strip = Strip(content.render_segments(style)).adjust_cell_length(width, style.rich_style)
            if on_cursor:
                strip = self._under_cursor(strip, style.rich_style)
            strip = strip.crop(self.scroll_offset.x, self.scroll_offset.x + width)
            self._strips[key] = strip
        return strip

    @staticmethod
    def _under_cursor(strip: Strip, cursor: RichStyle) -> Strip:
        """The cursor's background under every cell, including cells with a colour of their own."""
        background = RichStyle(bgcolor=cursor.bgcolor, reverse=cursor.reverse)
        segments = [Segment(s.text, (s.style + background) if s.style else cursor, s.control) for s in strip]
        return Strip(segments, strip.cell_length)

    def notify_style_update(self) -> None:
        """A theme switch or CSS change: rows drawn in the old colours must not be reused."""
        super().notify_style_update()
        self._strips.clear()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self.row_count)
        self._strips.clear()

    def _on_focus(self, event) -> None:
        self._strips.clear()
        self.refresh()

    def _on_blur(self, event) -> None:
        self._strips.clear()
        self.refresh()

    # ----- the cursor ----------------------------------------------------------------------

    def _nearest_selectable(self, index: int, step: int) -> int:
        """The first selectable row from index in the direction of step, else the other way."""
        if self.row_count == 0:
            return 0
        ahead = range(index, self.row_count if step > 0 else -1, 1 if step > 0 else -1)
        behind = range(index, -1 if step > 0 else self.row_count, -1 if step > 0 else 1)
        for candidate in chain(ahead, behind):
            if self.selectable(candidate):
                return candidate
        return index

    def watch_cursor(self, old: int, new: int) -> None:
        height = self.scrollable_content_region.height
        top = self.scroll_offset.y
        if new < top:
            self.scroll_to(y=new, animate=False, immediate=True)
        elif height and new >= top + height:
            self.scroll_to(y=new - height + 1, animate=False, immediate=True)
        self.refresh()
        if self.row_count:
            self.post_message(self.Highlighted(self, new))

    def action_cursor(self, step: int) -> None:
        if self.row_count:
            self.cursor = self._nearest_selectable(max(0, min(self.row_count - 1, self.cursor + step)), step)

    def action_page(self, direction: int) -> None:
        self.action_cursor(direction * max(1, self.scrollable_content_region.height - 1))

    def action_first(self) -> None:
        if self.row_count:
            self.cursor = self._nearest_selectable(0, 1)

    def action_last(self) -> None:
        if self.row_count:
            self.cursor = self._nearest_selectable(self.row_count - 1, -1)

    def action_select(self) -> None:
        if self.row_count and self.selectable(self.cursor):
            self.post_message(self.Selected(self, self.cursor))

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.scroll_offset.y + offset.y
        if 0 <= index < self.row_count and self.selectable(index):
            self.cursor = index
            if event.chain >= 2:
                self.post_message(self.Selected(self, index))
