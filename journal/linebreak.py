"""Where a line of Japanese may break (禁則), for the app and the command line alike.

Japanese is written without spaces, so a line breaks between characters, but by its rules: after a
wide character only, never before closing punctuation or a small kana, never after an opening
bracket, and never inside or just after a run of narrow characters (a number and its counter, 3万,
stay together, and so does ¥150,000). The app applies these to Rich's and Textual's wrapping
(journal/tui/textual_fixes.py); the command line to its --help (journal/usage.py). Plain Python, so
the command line stays fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .textsafe import width

NO_LINE_START = frozenset(
    "、。，．・：；？！ー―…‥々ゝゞヽヾ）〕］｝〉》」』】〙〗〟’”"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    ")]},.:;!?%"
)
NO_LINE_END = frozenset("（〔［｛〈《「『【〘〖〝‘“([{¥￥$＄")
_SPACES = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)
_WORDS = re.compile(r"\S+\s*")


def line_break_units(word: str) -> Iterator[str]:
    """A word (its spaces around it included) as the runs a line may break between."""
    if word.isascii():
        yield word
        return
    before, inner, after = _SPACES.match(word).groups()
    unit = before
    for index, char in enumerate(inner):
        if index and _may_break(inner[index - 1], char):
            yield unit
            unit = ""
        unit += char
    yield unit + after


def _may_break(left: str, right: str) -> bool:
    """After a wide character only: a number or a word keeps the counter or word after it (3万, 11月)."""
    return width(left) == 2 and right not in NO_LINE_START and left not in NO_LINE_END


def wrap_by_cells(text: str, cells: int) -> list[str]:
    """One paragraph (its spaces already single) as lines of at most `cells` terminal cells, broken
    at spaces and where Japanese may break; a run that may not break and is wider than a line is
    cut between characters, as textwrap cuts a long word."""
    lines: list[str] = []
    line = ""
    for word in _WORDS.findall(text):
        for unit in line_break_units(word):
            if line and width(line + unit.rstrip()) > cells:
                lines.append(line.rstrip())
                line = ""
            while width(unit.rstrip()) > cells:
                head = _cut(unit, cells)
                lines.append(head)
                unit = unit[len(head) :]
            line += unit
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _cut(text: str, cells: int) -> str:
    """The longest start of text within `cells` (at least one character)."""
    used = 0
    for index, char in enumerate(text):
        used += width(char)
        if used > cells:
            return text[: max(index, 1)]
    return text
