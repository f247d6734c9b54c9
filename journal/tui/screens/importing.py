"""Import people from the palette, as `shima import FILE` does: ask for a contact file, read it and
plan the import in a worker (a dry run: nothing changes), show that plan to confirm, then import
through the same use case in a worker (`actions.import_people`).

Two modal screens: `ImportPathDialog` asks for the file; once it is read it gives way to
`ImportPreview`, which can read the file again as another format when recognition picked wrong.
Escape on either leaves the journal as it was.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label, Select, Static
from textual.worker import get_current_worker

from ... import actions, importers
from ...problems import Problem
from ...store import Journal
from ...textsafe import safe
from ...words import explain
from ...words.tell import people_counts, people_told
from ..context import shima
from ..messages import JournalChanged
from ..textual_fixes import _chop_by_rules as japanese_lines  # the app's one rule for Japanese line breaks
from ..widgets.fields import BoundedInput
from ..widgets.line_list import LineList

PEOPLE_FORMATS = tuple(f for f in importers.FORMATS if f != "shima")


@dataclass(slots=True)
class PeopleFile:
    """A contact file read and its import planned: what the preview shows and the import takes."""

    path: Path
    recognised: str | None  # the format the content looks like (None: it looks like none)
    parsed: importers.ParsedFile
    plan: actions.PeopleImport


def read_people_file(journal: Journal, path: Path, format: str | None = None, progress=None) -> PeopleFile:
    """Read a contact file as `format` (None: as its content looks) and plan its import against the
    journal, changing nothing. A Problem says, in one sentence, why the file cannot be imported;
    OtherFormat, that the format chosen is plainly not the file's."""
    data = actions.read_import_file(path)
    recognised = importers.detect_format(data)
    chosen = format or recognised or importers.require_format(data)  # (refuses: empty, or no known format)
    if chosen == "shima":
        raise Problem("import.shima_export", path=str(path))
    try:
        parsed = importers.parse_people(data, chosen, progress)
    except importers.ImportProblem:
        if recognised in PEOPLE_FORMATS and recognised != chosen:
            raise OtherFormat(chosen, recognised) from None
        raise
    return PeopleFile(path, recognised, parsed, actions.import_people(journal, parsed, dry_run=True))


class OtherFormat(Exception):
    """The format chosen by hand cannot read the file, which plainly is another: say that, rather
    than what the wrong reader found wrong with it."""

    def __init__(self, chosen: str, recognised: str) -> None:
        super().__init__(chosen, recognised)
        self.chosen, self.recognised = chosen, recognised


class PathSuggester(Suggester):
    """Completes the last part of a path from what is in its folder (`~` is the home folder);
    a folder's completion ends with a slash, so the next part can be completed in turn."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        folder, typed = os.path.split(os.path.expanduser(value))
        if not typed:
            return None
        try:
            names = sorted(entry.name for entry in os.scandir(folder or os.curdir) if entry.name.startswith(typed))
        except OSError:
            return None
        shown = [name for name in names if not name.startswith(".") or typed.startswith(".")]
        if not shown or shown[0] == typed:
            return None
        completed = value + shown[0][len(typed) :]
        return completed + os.sep if os.path.isdir(os.path.join(folder or os.curdir, shown[0])) else completed


class ReadsPeopleFile(ModalScreen[None]):
    """A screen that reads a contact file in a worker and hears back through its messages."""

    CSS_PATH = ["forms.tcss", "importing.tcss"]

    @dataclass
    class Progress(Message):
        name: str
        percent: int

    @dataclass
    class Read(Message):
        people_file: PeopleFile

    @dataclass
    class Refused(Message):
        sentence: str

    @work(thread=True, exclusive=True, group="import-read")
    def read_file(self, path: Path, format: str | None = None) -> None:
        """Large files take a second: off the main thread, with the percentage read. A screen closed
        meanwhile stops the reading at the next percent and hears nothing."""
        worker = get_current_worker()
        app = shima(self)
        shown: list[int] = []

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:
                raise _Closed
            percent = 100 if total <= 0 else min(100, done * 100 // total)
            if not shown or shown[-1] != percent:
                shown.append(percent)
                self.post_message(self.Progress(safe(path.name), percent))

        try:
            self.post_message(self.Read(read_people_file(app.journal, path, format, progress)))
        except Problem as problem:
            self.post_message(self.Refused(explain(problem, app.lang)))
        except OtherFormat as other:
            asked, found = (app.words(f"import.format.{name}") for name in (other.chosen, other.recognised))
            self.post_message(self.Refused(app.words("import.other_format", asked=asked, found=found)))
        except _Closed:
            pass

    def on_reads_people_file_progress(self, message: Progress) -> None:
        self.show_status(shima(self).words("import.reading", name=message.name, percent=message.percent))

    def show_status(self, text: str, *, error: bool = False) -> None:
        status = self.query_one("#import-status", Static)
        status.update(Content(safe(text)))
        status.set_class(error, "error-text")


class _Closed(Exception):
    """The screen that asked for a file to be read was closed: stop reading it."""


class ImportPathDialog(ReadsPeopleFile):
    """Which file: a path with completion; enter reads it, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        words = shima(self).words
        with Vertical(classes="dialog small"):
            yield Label(words("import.title"), classes="dialog-title")
            yield BoundedInput(placeholder="~/Downloads/contacts.vcf", id="path", max_length=4096, suggester=PathSuggester())
            yield Static(id="import-status")
            yield Static(words("import.path_hint"), classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            self.show_status(shima(self).words("import.give_path"), error=True)
            return
        self.read_file(Path(text).expanduser().absolute())

    def on_reads_people_file_read(self, message: ReadsPeopleFile.Read) -> None:
        self.app.switch_screen(ImportPreview(message.people_file))

    def on_reads_people_file_refused(self, message: ReadsPeopleFile.Refused) -> None:
        self.show_status(message.sentence, error=True)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PlanLines(LineList):
    """What the import would do with each person, and the cards or rows left out, one sentence
    each, wrapped to the width; a mark tells them apart without colour."""

    COMPONENT_CLASSES = LineList.COMPONENT_CLASSES | {"plan--left-out"}
    DEFAULT_CSS = """
    PlanLines > .plan--left-out { color: $warning; }
    """
    MARKS = {"add": "+", "update": "~", "unchanged": "=", "twice": "=", "same_name": "!", "invalid": "!", "skipped": "!"}
    LEFT_OUT = frozenset({"same_name", "invalid", "skipped"})
    empty_text = ""  # (a file that cannot be read as the format chosen says so under the list)

    def __init__(self, *, fold_anywhere: bool = False, id: str | None = None) -> None:
        """fold_anywhere: Japanese, which breaks a line between characters by its rules (禁則), not at
        spaces (there, a name's family part would be left alone on the first line)."""
        super().__init__(id=id)
        self.fold_anywhere = fold_anywhere
        self.items: list[tuple[str, str]] = []  # (kind, sentence), in file order
        self.rows: list[tuple[str, Content]] = []  # (kind, one screen line)
        self._wrapped_for: int | None = None  # the width the rows were wrapped for

    def show(self, items: list[tuple[str, str]]) -> None:
        self.items = items
        self._wrapped_for = None
        self.refresh()

    def render_line(self, y: int) -> Strip:
        """Wrapped for the width on screen, when first drawn at it: the width is known only once
        laid out, which may come before or after the lines are shown."""
        width = self.scrollable_content_region.width
        if width != self._wrapped_for:
            self._wrapped_for = width
            self.rows = []
            for kind, sentence in self.items:
                room = max(8, width - 3)
                if self.fold_anywhere:
                    lines = [Content(line) for line in japanese_lines(sentence, room)]
                else:
                    lines = Content(sentence).wrap(room)
                mark = self.MARKS[kind]
                self.rows.extend((kind, Content.assemble(f"{mark if i == 0 else ' '} ", line)) for i, line in enumerate(lines))
            self.set_row_count(len(self.rows))
        return super().render_line(y)

    def render_row(self, index: int, width: int) -> Content:
        kind, line = self.rows[index]
        return line.stylize(self.get_visual_style("plan--left-out")) if kind in self.LEFT_OUT else line


class ImportPreview(ReadsPeopleFile):
    """The dry run, to confirm: how many would be added, updated or left out, and each person with
    the reason; the format can be changed. ctrl+s imports, escape cancels."""

    BINDINGS = [Binding("ctrl+s", "import", "Import"), Binding("escape", "cancel", "Cancel")]

    def __init__(self, people_file: PeopleFile) -> None:
        super().__init__()
        self.people_file = people_file
        self.format = people_file.parsed.format  # the format last asked for (the Select's value)
        self.importing = False  # ctrl+s pressed: the import is waiting to be sent, or under way
        self.sent = False  # handed to the app's save worker

    def compose(self) -> ComposeResult:
        app = shima(self)
        words, found = app.words, self.people_file.recognised
        formats = [
            (words("import.recognised", format=words(f"import.format.{f}")) if f == found else words(f"import.format.{f}"), f)
            for f in PEOPLE_FORMATS
        ]
        with Vertical(classes="dialog import-preview"):
            yield Label(Content(words("import.preview_title", name=safe(self.people_file.path.name))), classes="dialog-title")
            with Horizontal(classes="field"):
                yield Label(words("import.format"), classes="field-label")
                yield Select(formats, value=self.people_file.parsed.format, allow_blank=False, id="format", compact=True)
            yield Static(id="counts")
            yield PlanLines(fold_anywhere=app.lang == "ja", id="plan")
            yield Static(id="import-status")
            with Horizontal(classes="buttons"):
                yield Button(words("import.confirm"), variant="primary", id="import", compact=True)
                yield Button(words("form.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.show_plan(self.people_file)
        self.query_one(PlanLines).focus()

    def show_plan(self, people_file: PeopleFile) -> None:
        """Counts, then each person's line; ctrl+s only when importing would change something."""
        self.people_file = people_file
        plan, lang = people_file.plan, shima(self).lang
        counts = people_counts(plan, lang) or [shima(self).words("cli.people.nothing")]
        self.query_one("#counts", Static).update(Content("\n".join(counts)))
        kinds = [outcome.kind for outcome in plan.outcomes] + ["skipped"] * len(plan.skipped)
        self.query_one(PlanLines).show(list(zip(kinds, people_told(plan, lang)[1], strict=True)))
        self.query_one("#import", Button).disabled = not plan.changes
        self.show_status(shima(self).words("import.nothing_yet" if plan.changes else "import.nothing_to_do"))

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        if event.value != self.format and not self.importing:
            self.format = str(event.value)
            self.query_one("#import", Button).disabled = True
            self.read_file(self.people_file.path, self.format)

    def on_reads_people_file_read(self, message: ReadsPeopleFile.Read) -> None:
        self.show_plan(message.people_file)

    def on_reads_people_file_refused(self, message: ReadsPeopleFile.Refused) -> None:
        """The file cannot be read as the format chosen: say why; nothing can be imported."""
        self.query_one("#counts", Static).update("")
        self.query_one(PlanLines).show([])
        self.query_one("#import", Button).disabled = True
        self.show_status(message.sentence, error=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_import() if event.button.id == "import" else self.action_cancel()

    def action_import(self) -> None:
        """The import as `shima import` runs it, planned again against the journal as it is then."""
        if self.importing or self.query_one("#import", Button).disabled:
            return
        self.importing = True
        self.query_one("#import", Button).disabled = True
        self.show_status(shima(self).words("import.importing"))
        self._send_import()

    def _send_import(self) -> None:
        """Sent once the app has read every month: its reading worker and the import's own would
        otherwise both change the journal's state (the app says when with JournalChanged)."""
        app = shima(self)
        if self.sent or not app.entries_loaded:
            return
        self.sent = True
        parsed = self.people_file.parsed
        app.save(
            lambda journal: actions.import_people(journal, parsed),
            done=self._imported,
            failed=self._not_imported,
            in_worker=True,
        )

    def on_journal_changed(self, _: JournalChanged) -> None:
        if self.importing:
            self._send_import()

    def _imported(self, result: actions.PeopleImport) -> None:
        self.app.notify(people_told(result, shima(self).lang)[0], markup=False, timeout=8)
        self.dismiss(None)

    def _not_imported(self, problem: Problem) -> None:
        self.importing = self.sent = False
        self.query_one("#import", Button).disabled = False
        self.show_status(explain(problem, shima(self).lang), error=True)

    def action_cancel(self) -> None:
        if not self.importing:  # a write under way finishes, then says what it did
            self.dismiss(None)
