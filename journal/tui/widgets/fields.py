"""Form fields with sane limits, for pastes: what fits is kept, control codes made visible.

Textual's Input refuses a paste that would pass max_length as a whole (nothing happens, which
reads as a broken paste); here the first line of the paste is cut to the room left instead. An
input field draws its text as it is, so a pasted escape code would reach the terminal: pasted
control characters become their visible stand-ins (␛), which is also what is saved."""

from __future__ import annotations

from textual import events
from textual.widgets import Input, TextArea

from ...textsafe import safe


class BoundedInput(Input):
    def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        lines = event.text.splitlines()
        if not lines:
            return
        text = safe(lines[0])
        if self.max_length:
            room = self.max_length - len(self.value) + len(self.selected_text)
            text = text[: max(0, room)]
        if self.selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *self.selection)


class SafeTextArea(TextArea):
    """A multi-line field whose pastes keep their lines and tabs but show control codes."""

    async def _on_paste(self, event: events.Paste) -> None:
        await super()._on_paste(events.Paste(safe(event.text, multiline=True)))
