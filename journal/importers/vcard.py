"""vCard 2.1, 3.0 and 4.0 files (phones, iCloud, Google, Outlook) read into people, card by card.

Why the file is split here and not by vobject: vobject's reader stops at the first bad line for
the whole file, and its component reader keeps only the text before the first unescaped comma of
a NOTE or TITLE ("Tokyo, Japan" becomes "Tokyo"), which vCard 2.1 and many 3.0 exporters write.
So the bytes are cut into logical lines here (folded lines joined, quoted-printable soft line
breaks joined, each line decoded as UTF-8 or else cp932 so a fold inside a multi-byte character
still reads), the lines are grouped into cards, and each content line is parsed with vobject's
line grammar (`vobject.base.parseLine`). A card with a line that grammar refuses is skipped and
reported, never the file. PHOTO, LOGO, SOUND and KEY are dropped unread, so a broken base64 photo
costs the picture (which shima ignores anyway), not the person.

Where the fields go:
- name: FN, else N (family name first when it is Japanese, Chinese or Korean), else ORG;
  a card with none of them is skipped;
- reading (hiragana): X-PHONETIC-LAST-NAME + X-PHONETIC-FIRST-NAME (iOS, Android), else
  N;SORT-AS (4.0), else SORT-STRING (3.0), else SOUND;X-IRMC-N (Japanese phones);
- met: ORG (with its units) and TITLE, "株式会社山田商店 営業部, 部長";
- notes: NOTE, then "Labels: ..." for CATEGORIES; a category that is exactly shima, peer or
  influencer sets the tag instead;
- sources: UID, a LinkedIn address (URL or X-SOCIALPROFILE), e-mails, phones.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Callable
from dataclasses import dataclass

from vobject.base import ParseError, parseLine

from .fields import (
    Progress,
    email_source,
    hiragana,
    is_cjk,
    labels_note,
    linkedin_source,
    met_line,
    notes_text,
    one_line,
    person_name,
    phone_source,
    reading,
    tag_and_labels,
    unique,
)
from .people import ImportProblem, ParsedFile, Person, Skipped

_RAW_LINES = re.compile(rb"\r\n|\r|\n")
_BEGIN = b"BEGIN:VCARD"
_END = b"END:VCARD"
# A content line starts with [group.]name and then ; or : (base64 data never has either).
_PROPERTY_START = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)?[;:]")
_FN_LINE = re.compile(r"(?:[A-Za-z0-9_-]+\.)?FN[;:]", re.IGNORECASE)
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY", "X-MS-CARDPICTURE"})
_USED = frozenset(
    {
        "FN",
        "N",
        "ORG",
        "TITLE",
        "NOTE",
        "CATEGORIES",
        "EMAIL",
        "TEL",
        "UID",
        "URL",
        "X-SOCIALPROFILE",
        "X-PHONETIC-FIRST-NAME",
        "X-PHONETIC-MIDDLE-NAME",
        "X-PHONETIC-LAST-NAME",
        "SORT-STRING",
        "SOUND",
    }
)
_CHARSETS = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "windows-31j": "cp932"}


@dataclass(slots=True)
class _Card:
    number: int
    lines: list[tuple[int, str]]  # (line number in the file, logical line)


@dataclass(slots=True)
class _Property:
    name: str
    params: dict[str, list[str]]
    value: str


class _Unreadable(Exception):
    pass


def parse(data: bytes, progress: Callable[[int, int], None] | None = None) -> ParsedFile:
    cards, skipped = split_cards(data)
    people: list[Person] = []
    tick = Progress(progress, len(cards))
    for done, card in enumerate(cards, 1):
        where = f"card {card.number}"
        try:
            person = _person(_properties(card))
        except _Unreadable:
            name = _name_for_report(card)
            if name:
                skipped.append(Skipped(where, "import.skip.card_unreadable_named", {"number": card.number, "name": name}))
            else:
                skipped.append(Skipped(where, "import.skip.card_unreadable", {"number": card.number}))
        else:
            if person is None:
                skipped.append(Skipped(where, "import.skip.card_no_name", {"number": card.number}))
            else:
                people.append(person)
        tick(done)
    skipped.sort(key=lambda skip: skip.params["number"])
    return ParsedFile("vcard", people, skipped)


# ----- bytes to cards -------------------------------------------------------------------------


def _logical_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Folded lines (a line starting with a space or tab) and quoted-printable soft breaks joined."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    elif data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    logical: list[tuple[int, list[bytes]]] = []  # pieces joined once: a folded photo is thousands of lines
    quoted_printable = soft_break = False
    for number, raw in enumerate(_RAW_LINES.split(data), 1):
        if logical and soft_break:
            pieces = logical[-1][1]
            pieces[-1] = pieces[-1][:-1]
            pieces.append(raw)
        elif logical and raw[:1] in (b" ", b"\t"):
            logical[-1][1].append(raw[1:])
        else:
            logical.append((number, [raw]))
            quoted_printable = b"QUOTED-PRINTABLE" in raw.split(b":", 1)[0].upper()
        soft_break = quoted_printable and raw.endswith(b"=")
    return [(number, b"".join(pieces)) for number, pieces in logical]


def _decode(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return line.decode("cp932")
    except UnicodeDecodeError:
        return line.decode("utf-8", errors="replace")


def split_cards(data: bytes) -> tuple[list[_Card], list[Skipped]]:
    """The cards of a file in order; a card the file never closes is reported, not read.

    A BEGIN:VCARD inside an open card starts a new card (the open one is reported unfinished):
    a truncated card in a concatenated file then costs one person, not the rest of the file.
    """
    cards: list[_Card] = []
    skipped: list[Skipped] = []
    current: _Card | None = None
    number = 0
    found = False
    for line_number, raw in _logical_lines(data):
        marker = raw.strip().upper()
        if marker == _BEGIN:
            found = True
            if current is not None:
                skipped.append(Skipped(f"card {current.number}", "import.skip.card_unfinished", {"number": current.number}))
            number += 1
            current = _Card(number, [])
        elif marker == _END and current is not None:
            cards.append(current)
            current = None
        elif current is not None:
            current.lines.append((line_number, _decode(raw)))
    if current is not None:
        skipped.append(Skipped(f"card {current.number}", "import.skip.card_unfinished", {"number": current.number}))
    if not found:
        raise ImportProblem("import.not_vcard")
    return cards, skipped


# ----- one card -------------------------------------------------------------------------------


def _properties(card: _Card) -> list[_Property]:
    properties: list[_Property] = []
    in_binary = False
    for line_number, line in card.lines:
        if not line.strip():
            continue
        if in_binary and not _PROPERTY_START.match(line):
            continue  # vCard 2.1 base64 data of a dropped photo, on lines of its own
        in_binary = False
        try:
            name, param_list, value, _group = parseLine(line, line_number)
        except ParseError:
            raise _Unreadable from None
        name = name.upper()
        params = {item[0].upper(): item[1:] for item in param_list}
        if name in _BINARY and not (name == "SOUND" and "X-IRMC-N" in params):
            in_binary = True
            continue
        if name not in _USED:
            continue
        if "QUOTED-PRINTABLE" in params or "QUOTED-PRINTABLE" in (v.upper() for v in params.get("ENCODING", ())):
            value = _quoted_printable(value, params.get("CHARSET", ["utf-8"]))
        properties.append(_Property(name, params, value))
    return properties


def _quoted_printable(value: str, charset: list[str]) -> str:
    raw = quopri.decodestring(value.encode("utf-8"))
    wanted = (charset[0] if charset else "utf-8").strip().strip('"').lower()
    for encoding in (_CHARSETS.get(wanted, wanted), "utf-8", "cp932"):
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", errors="replace")


def _name_for_report(card: _Card) -> str:
    for _, line in card.lines:
        if _FN_LINE.match(line):
            return one_line(unescape(line.split(":", 1)[1]))[:80] if ":" in line else ""
    return ""


def _person(properties: list[_Property]) -> Person | None:
    first: dict[str, _Property] = {}
    for prop in properties:
        first.setdefault(prop.name, prop)

    def text(name: str) -> str:
        prop = first.get(name)
        return one_line(unescape(prop.value)) if prop else ""

    family = given = middle = ""
    if "N" in first:
        parts = [one_line(unescape(part).replace(",", " ")) for part in split_escaped(first["N"].value, ";")] + [""] * 3
        family, given, middle = parts[0], parts[1], parts[2]
    organisation = [one_line(unescape(part)) for part in split_escaped(first["ORG"].value, ";")] if "ORG" in first else []
    name = text("FN") or person_name(given, middle, family) or next((part for part in organisation if part), "")
    if not name:
        return None
    family_first = is_cjk(family + given) if (family or given) else is_cjk(name)

    labels = [unescape(label) for prop in properties if prop.name == "CATEGORIES" for label in split_escaped(prop.value, ",")]
    tag, labels = tag_and_labels(labels)
    notes = [unescape(prop.value) for prop in properties if prop.name == "NOTE"]

    uid = text("UID")
    keys: list[str | None] = [f"vcard-uid:{uid}" if uid else None]
    keys += [linkedin_source(unescape(prop.value)) for prop in properties if prop.name in ("URL", "X-SOCIALPROFILE")]
    keys += [email_source(unescape(prop.value)) for prop in properties if prop.name == "EMAIL"]
    keys += [phone_source(unescape(prop.value)) for prop in properties if prop.name == "TEL"]

    return Person(
        name=name,
        reading=_reading(first, family_first),
        met=met_line(organisation, text("TITLE")),
        notes=notes_text(*notes, labels_note(labels)),
        tag=tag,
        sources=unique(keys),
    )


def _reading(first: dict[str, _Property], family_first: bool) -> str:
    def text(name: str) -> str:
        prop = first.get(name)
        return unescape(prop.value) if prop else ""

    last, given = text("X-PHONETIC-LAST-NAME"), text("X-PHONETIC-FIRST-NAME")
    if not family_first:
        given = " ".join(part for part in (given, text("X-PHONETIC-MIDDLE-NAME")) if part.strip())
    if last.strip() or given.strip():
        return reading(last, given, family_first=family_first)
    sort_as = first["N"].params.get("SORT-AS") if "N" in first else None
    if sort_as:
        parts = [part for value in sort_as for part in value.split(",")] + [""]
        return reading(parts[0], parts[1], family_first=family_first)
    if "SORT-STRING" in first:
        return hiragana(text("SORT-STRING"))
    if "SOUND" in first:  # SOUND;X-IRMC-N:ﾔﾏﾀﾞ;ﾀﾛｳ;;; (kept by _properties only with X-IRMC-N)
        parts = [unescape(part) for part in split_escaped(first["SOUND"].value, ";")] + [""]
        return reading(parts[0], parts[1], family_first=family_first)
    return ""


# ----- vCard text values ----------------------------------------------------------------------

_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPE = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


def unescape(value: str) -> str:
    """vCard text escapes undone; a backslash before anything else is kept ("C:\\Users" stays)."""
    if "\\" not in value:
        return value
    return _ESCAPED.sub(lambda m: _UNESCAPE.get(m[1], m[0]), value)


def split_escaped(value: str, separator: str) -> list[str]:
    """Split on a separator that is not escaped with a backslash (components still escaped)."""
    if "\\" not in value:
        return value.split(separator)
    parts, start, i = [], 0, 0
    while i < len(value):
        char = value[i]
        if char == "\\":
            i += 2
            continue
        if char == separator:
            parts.append(value[start:i])
            start = i + 1
        i += 1
    parts.append(value[start:])
    return parts
