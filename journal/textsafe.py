"""The one helper that makes user text safe to show: escape codes become visible, never run.

Control characters (C0, DEL, C1) and the invisible bidirectional overrides would let a name
retitle the terminal, clear the screen or reorder what is shown; they are replaced by visible
stand-ins. Rich markup needs no escaping here because front ends never parse user text as markup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _stand_in(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures": ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


# In JSON: DEL, the C1 controls and the bidi controls, as UTF-8 (a JSON string holds them raw; C0
# is escaped by every JSON writer already). Only inside strings can they occur, since keys and
# punctuation are ASCII, so escaping them in the bytes keeps the same JSON to a parser.
_RAW_CONTROLS_IN_JSON = re.compile(
    "|".join(re.escape(chr(code).encode()).decode("latin-1") for code in [0x7F, *range(0x80, 0xA0)]).encode("latin-1")
    + b"|"
    + b"|".join(re.escape(char.encode()) for char in sorted(_BIDI_CONTROLS))
)


def json_without_raw_controls(data: bytes) -> bytes:
    """JSON bytes with every DEL, C1 and bidi control written as `\\uXXXX`: a terminal or editor
    showing the file (`--json`, an export) never acts on one, and a parser reads the same text."""
    if not _RAW_CONTROLS_IN_JSON.search(data):
        return data
    return _RAW_CONTROLS_IN_JSON.sub(lambda found: f"\\u{ord(found.group().decode()):04x}".encode(), data)


_TABLE = {code: _stand_in(chr(code)) for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}
_TABLE.update({ord(c): _stand_in(c) for c in _BIDI_CONTROLS})
_MULTILINE_TABLE = {**_TABLE, ord("\n"): "\n", ord("\t"): "    "}
_ONE_LINE_TABLE = {**_TABLE, ord("\n"): " \u23ce ", ord("\t"): " "}


def safe(text: str, *, multiline: bool = False) -> str:
    """User text with every control character made visible; one line unless multiline."""
    return text.translate(_MULTILINE_TABLE if multiline else _ONE_LINE_TABLE)


_ZERO_WIDTH_CATEGORIES = frozenset({"Mn", "Me", "Cf"})


def _char_cells(char: str) -> int:
    """Cells one character takes: combining marks and format characters none, East Asian wide
    and full-width characters (CJK, kana, most emoji) two. The standard library's table, so the
    command line needs no Rich; it agrees with Textual's own except for rare script-specific marks."""
    if unicodedata.category(char) in _ZERO_WIDTH_CATEGORIES:
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


@lru_cache(maxsize=4096)
def width(text: str) -> int:
    """Terminal cells the (already safe) text takes: CJK and emoji count two."""
    if text.isascii():
        return len(text)
    return sum(_char_cells(char) for char in text)


def fit(text: str, cells: int) -> str:
    """Safe text cut or padded to exactly `cells` terminal cells, with … where it was cut."""
    text = safe(text)
    if width(text) <= cells:
        return text + " " * (cells - width(text))
    out, used = [], 0
    for char in text:
        w = _char_cells(char)
        if used + w > cells - 1:
            break
        out.append(char)
        used += w
    return "".join(out) + "\u2026" + " " * (cells - 1 - used)


def folded(text: str) -> str:
    """The form used to compare names: NFKC (full-width = half-width) and case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()
