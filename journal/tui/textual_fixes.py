"""Fixes to Textual 8.2 and Rich 15 for Japanese on screen, checked and put in place when the app starts.

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

Each fix is a `FrameworkFix`: the functions of Textual's or Rich's it replaces or relies on, each with
its parameters and a fingerprint of its source as they were when the fix was written, for the versions
in `WRITTEN_FOR` (pyproject.toml's pins). `apply_framework_fixes()` runs when the app starts, never on
import: it checks the versions and each original's parameters, and only then patches, once per
process. tests/test_framework_fixes.py compares the fingerprints, so an upgrade that changes a patched
function fails a test that names the fix to look at again, instead of silently dropping it.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from typing import Any

import rich.cells
import textual._wrap
from rich.cells import cell_len
from textual._compositor import Compositor
from textual.geometry import Offset, Region
from textual.strip import Strip
from textual.widgets import Input

from ..linebreak import line_break_units

_NOTHING = Strip([], 0)


# Upstream: Textual #6357. Its text, written from what this code does (to compare with the issue, or file):
#
#   A double-width character in a widget drawn over others is lost at their edges
#
#   Compositor._render_chops cuts each screen line at the left and right edge of every visible widget
#   on it (Compositor.cuts), then divides each widget's strip at every cut inside its region, the cuts
#   of the widgets beneath it included. Strip.divide cannot split a double-width character, so one that
#   straddles such a cut becomes two blank cells. A widget in a higher layer or moved by an offset (a
#   toast from notify(), a Select's overlay, a tooltip, the command palette) loses CJK characters and
#   wide emoji wherever an edge of a widget under it falls.
#
#   To reproduce (Textual 8.2.8):
#
#       class Repro(App):
#           CSS = """
#           Screen { layers: base above; }
#           Horizontal > Static { width: 1fr; height: 100%; }
#           #left { width: 11; }
#           #over { layer: above; offset: 8 1; width: auto; height: 1; }
#           """
#           def compose(self):
#               with Horizontal():
#                   yield Static("", id="left")
#                   yield Static("", id="right")
#               yield Static("終了します", id="over")
#
#   Run it with run_test(size=(30, 3)): line 1 of app.screen._compositor.render_strips() reads
#   "        終  します": 了 takes cells 10-11, #left ends at 11, and 了 is drawn as two spaces.
#   Expected "        終了します".
#
#   The fix: cut a widget's line only where the piece it wins ends. Group the cuts in its span into
#   runs still free and runs already painted by a widget in front; divide the strip at the ends of
#   those runs only; put a free run's piece at the run's first cut and mark its other cuts painted
#   (an empty strip), so that widgets further back cannot take them and joining the line's pieces
#   gives each cell once. A line where nothing overlaps is cut exactly as before. Code: below.
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


# Upstream: not filed yet. As it would be:
#
#   Input puts the terminal's cursor a cell past the end of its text: an input method's text shows after a gap
#
#   Input.cursor_screen_offset, which Input gives App.cursor_position (where the terminal's cursor goes,
#   and where an input method draws what is being composed), is built on Input._cursor_offset. That adds
#   a cell when the cursor is at the end of the value, so that scrolling keeps the cursor's block in
#   view. The terminal's cursor then sits a cell right of where the next character goes: composing
#   Japanese at the end of a field shows "たなか", a blank cell, then the composition.
#
#   To reproduce (Textual 8.2.8): an app composing Input(value="たなか"); in run_test, set the input's
#   cursor_position to len(value): app.cursor_position.x is content_region.x + 7 where the text ends at
#   + 6. With the cursor after た it is + 2, as it should be.
#
#   The fix: cursor_screen_offset from the cursor's own cell (_position_to_cell(cursor_position)); the
#   extra cell belongs to scroll_to_region only. Here: Textual's offset, less that cell at the end.
_textual_cursor_screen_offset = Input.cursor_screen_offset


def _cursor_screen_offset(self: Input) -> Offset:
    """Textual's, less the cell it adds at the end of the text (to scroll the cursor into view)."""
    offset = _textual_cursor_screen_offset.fget(self)
    return offset - Offset(1, 0) if self.cursor_at_end else offset


# Not an upstream bug: Rich and Textual break lines at spaces, as their documentation says; breaking
# Japanese by its rules (and Chinese, Korean and Thai by theirs: Unicode's UAX #14) is a feature they
# do not have. shima's rules are Japanese only (journal/linebreak.py), so they stay here.
def _by_break_units(words: Callable[[str], Iterable[tuple[int, int, str]]]) -> Callable[[str], Iterator[tuple[int, int, str]]]:
    """Textual's word generator (for the text area), each word given as its break units."""

    def units(text: str) -> Iterator[tuple[int, int, str]]:
        for start, _, word in words(text):
            for unit in line_break_units(word):
                yield start, start + len(unit), unit
                start += len(unit)

    return units


_rich_chop_cells = rich.cells.chop_cells  # rich._wrap imports it by name: that name is the one replaced
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


# ----- keeping the fixes honest ------------------------------------------------------------------

WRITTEN_FOR = {"textual": "8.2.8", "rich": "15.0.0"}  # the versions the fixes were written for: pyproject.toml's pins

_log = logging.getLogger(__name__)
_REPLACED: dict[str, Any] = {}  # path -> Textual's or Rich's own object, kept when a fix replaces it
_met: set[str] = set()  # the fixes this process has checked (and put in place, or left out)


@dataclass(frozen=True)
class Original:
    """One of Textual's or Rich's own functions (or properties) that a fix replaces or relies on, as it
    was when the fix was written: its parameters are checked when the app starts, its fingerprint by a test."""

    path: str  # "module:Qualified.name", where the function is looked up (and replaced)
    parameters: str  # its parameters' names, as `parameters()` gives them
    fingerprint: str  # of its source, as `fingerprint()` gives it
    replacement: object = None  # what the fix puts in its place; None: called, or overridden in a subclass


@dataclass(frozen=True)
class FrameworkFix:
    name: str  # what a failed check or test names
    originals: tuple[Original, ...]

    @property
    def packages(self) -> list[str]:
        return sorted({each.path.split(".")[0] for each in self.originals})


class FrameworkFixError(RuntimeError):
    """Textual or Rich is not what some fixes were written for; the message names each."""

    def __init__(self, misfits: Mapping[str, str]) -> None:
        listed = "\n".join(f"  {name}: {why}" for name, why in misfits.items())
        super().__init__(
            "Textual or Rich differs from what these fixes were written for; look at each again in journal/tui/ "
            f"(textual_fixes.py, textual_words.py), then record its versions, parameters and fingerprints:\n{listed}"
        )


def _owner_and_name(path: str) -> tuple[Any, str]:
    module, _, qualname = path.partition(":")
    *owners, name = qualname.split(".")
    owner = importlib.import_module(module)
    for part in owners:
        owner = getattr(owner, part)
    return owner, name


def original(path: str) -> Any:
    """Textual's or Rich's own object at `path`, also once a fix has replaced it."""
    if path in _REPLACED:
        return _REPLACED[path]
    owner, name = _owner_and_name(path)
    return getattr(owner, name)


def _code(target: Any) -> Callable[..., Any]:
    return target.fget if isinstance(target, property) else target


def parameters(target: Any) -> str:
    """Its parameters' names and kinds: what a caller relies on. Annotations and defaults are left to
    the fingerprint (a default's repr may name an object's address)."""
    signature = inspect.signature(_code(target))
    bare = [parameter.replace(annotation=parameter.empty, default=parameter.empty) for parameter in signature.parameters.values()]
    return str(signature.replace(parameters=bare, return_annotation=signature.empty))


def fingerprint(target: Any) -> str:
    return hashlib.sha256(inspect.getsource(_code(target)).encode()).hexdigest()[:16]


@cache
def _installed(package: str) -> str:
    return version(package)


def misfit(fix: FrameworkFix) -> str | None:
    """Why the installed Textual or Rich is not what `fix` was written for, or None. The versions and
    the parameters only: reading the sources for their fingerprints is the test's job, not every start's."""
    for package in fix.packages:
        if _installed(package) != WRITTEN_FOR.get(package):
            return f"{package} {_installed(package)} is installed, the fix was written for {WRITTEN_FOR.get(package)}"
    for each in fix.originals:
        try:
            found = parameters(original(each.path))
        except (ImportError, AttributeError, TypeError, ValueError):
            return f"{each.path} is gone"
        if found != each.parameters:
            return f"{each.path} takes {found}, the fix was written for {each.parameters}"
    return None


def _replace(path: str, replacement: object) -> None:
    owner, name = _owner_and_name(path)
    _REPLACED.setdefault(path, getattr(owner, name))  # Textual's own, never a fix put there before
    setattr(owner, name, replacement)


def apply_framework_fixes(fixes: Iterable[FrameworkFix], *, strict: bool = True) -> dict[str, str]:
    """Check each fix against the installed Textual and Rich, then put in place those that fit; once
    per process: a fix met before is left as it was. Returns the fixes left out, with why.

    A fix that does not fit (another version, an original gone or taking other parameters) is never
    put in place: patching a function that changed could draw worse than Textual's own, or crash.
    strict (the app's own start: tests, and any app not started by `run_app`): FrameworkFixError
    naming each such fix, before anything is patched, so an upgrade fails every app test loudly.
    Not strict (`run_app`, a user's terminal): the fitting fixes are put in place and one line names
    the others in the log (stderr, written before the app takes the screen and still there when it
    leaves). Not a refusal to start: what is lost is how some Japanese is drawn, never a record, and
    the journal must open. Not a notification: the pins mean only someone who installed shima against
    other versions on purpose (a packager, a developer) meets this, and the line speaks to them of
    Textual's internals, about which a journal's user can do nothing, so it stays out of the app's
    screen and of its words, as a traceback does.
    """
    fixes = [fix for fix in fixes if fix.name not in _met]
    misfits = {fix.name: why for fix in fixes if (why := misfit(fix)) is not None}
    if misfits and strict:
        raise FrameworkFixError(misfits)
    for fix in fixes:
        if fix.name not in misfits:
            for each in fix.originals:
                if each.replacement is not None:
                    _replace(each.path, each.replacement)
        _met.add(fix.name)
    if misfits:
        left_out = "; ".join(f"{name} ({why})" for name, why in misfits.items())
        _log.warning("shima: fixes to Textual and Rich left out, as they do not fit the installed versions: %s", left_out)
    return misfits


WIDE_CHARACTERS_OVER_WIDGETS = FrameworkFix(
    "wide characters drawn over other widgets (Textual #6357)",
    (
        Original(
            "textual._compositor:Compositor._render_chops", "(self, crop, is_rendered_line)", "ca8c3359d7afd017", _render_chops
        ),
        Original("textual._compositor:Compositor._get_renders", "(self, crop)", "8ac93299aa5d3bef"),  # front-most first
        Original("textual._compositor:Compositor.cuts", "(self)", "205385a66fdabffe"),  # sorted, 0 and the width included
    ),
)
INPUT_METHOD_CURSOR = FrameworkFix(
    "the input method's cursor at the end of a field",
    (
        Original(
            "textual.widgets._input:Input.cursor_screen_offset", "(self)", "5acae669457cc740", property(_cursor_screen_offset)
        ),
        Original("textual.widgets._input:Input._cursor_offset", "(self)", "3076dd8a231d0800"),  # the cell it adds at the end
    ),
)
JAPANESE_LINE_BREAKS_SHOWN = FrameworkFix(
    "Japanese line breaks in shown text (Rich's and Textual's Content)",
    (
        Original("rich._wrap:chop_cells", "(text, width, unicode_version)", "af8166f6a33326b3", _chop_by_rules),
        Original("rich._wrap:divide_line", "(text, width, fold)", "edb3968cf35fdb49"),  # folds a long word by chop_cells
        Original(  # wraps through rich._wrap.divide_line
            "textual.content:Content._wrap_and_format",
            "(self, width, align, overflow, no_wrap, line_pad, tab_size, selection, selection_style, post_style, get_style)",
            "6bf904d927f5bf29",
        ),
    ),
)
JAPANESE_LINE_BREAKS_EDITED = FrameworkFix(
    "Japanese line breaks in the text area (Textual's wrap)",
    (
        Original("textual._wrap:chunks", "(text)", "c4f02d285ec69bda", _by_break_units(_textual_chunks)),
        Original(  # looks `chunks` up in textual._wrap
            "textual._wrap:compute_wrap_offsets", "(text, width, tab_size, fold, precomputed_tab_sections)", "3b70f925334dd097"
        ),
    ),
)
JAPANESE_FIXES = (WIDE_CHARACTERS_OVER_WIDGETS, INPUT_METHOD_CURSOR, JAPANESE_LINE_BREAKS_SHOWN, JAPANESE_LINE_BREAKS_EDITED)
