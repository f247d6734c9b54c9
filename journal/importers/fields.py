"""Raw values from contact files turned into Person fields the same way for every format.

Names, kana readings, labels, the stable source keys, the text encodings Japanese files come in,
and CSV rows: one rule each, so a person imported from a phone and again from Google gets the
same name order, the same reading and the same keys, and the use case can match them.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

import jaconv

from journal.records import TAGS

from .people import ImportProblem

# Han, kana (full and half width), iteration marks and Hangul: names written family name first.
_CJK = re.compile(r"[\u3005\u3006\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\uac00-\ud7af]")
_LINE_BREAKS = re.compile(r"[\r\n\t\v\f\x1c-\x1e\x85\u2028\u2029]+")
_NEWLINES = re.compile(r"\r\n?")
_TAG_WORDS = {tag.casefold(): tag for tag in TAGS}


def is_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def one_line(text: str) -> str:
    """A value for a one-line field (name, met): line breaks and tabs become spaces, ends trimmed."""
    return _LINE_BREAKS.sub(" ", text).strip()


def block(text: str) -> str:
    """A value for the notes: newlines made plain \\n, blank lines at either end trimmed."""
    return _NEWLINES.sub("\n", text).strip()


def person_name(given: str, middle: str, family: str) -> str:
    """Family name first when the name is Chinese, Japanese or Korean, given name first otherwise."""
    given, middle, family = one_line(given), one_line(middle), one_line(family)
    parts = (family, given, middle) if is_cjk(family + given) else (given, middle, family)
    return " ".join(part for part in parts if part)


def hiragana(text: str) -> str:
    """A reading in hiragana: NFKC (half-width katakana made whole), katakana as hiragana, one space
    between words; anything that is not kana (romaji) is kept. The same as journal.reading stores."""
    return " ".join(jaconv.kata2hira(unicodedata.normalize("NFKC", text)).split())


def reading(family: str, given: str, *, family_first: bool) -> str:
    """The reading of a name from its parts, in the same order as the name."""
    parts = (family, given) if family_first else (given, family)
    return " ".join(kana for kana in map(hiragana, parts) if kana)


def met_line(organisation: Iterable[str], title: str) -> str:
    """Where the person is from, for the `met` field: "organisation department, title"."""
    where = " ".join(part for part in map(one_line, organisation) if part)
    return ", ".join(part for part in (where, one_line(title)) if part)


def tag_and_labels(labels: Iterable[str]) -> tuple[str | None, list[str]]:
    """The first label that is exactly a shima tag (any case) becomes the tag; the rest stay labels."""
    tag, kept = None, []
    for label in labels:
        label = one_line(label)
        if not label or label in kept:
            continue
        if tag is None and label.casefold() in _TAG_WORDS:
            tag = _TAG_WORDS[label.casefold()]
        else:
            kept.append(label)
    return tag, kept


def notes_text(*parts: str) -> str:
    return "\n".join(part for part in (block(p) for p in parts) if part)


def labels_note(labels: list[str]) -> str:
    return f"Labels: {', '.join(labels)}" if labels else ""


# ----- stable keys ----------------------------------------------------------------------------


def email_source(value: str) -> str | None:
    address = unicodedata.normalize("NFKC", value).strip().strip("<>").strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    local, at, domain = address.partition("@")
    if not (at and local and domain) or any(ch.isspace() for ch in address):
        return None
    return f"email:{address.lower()}"


def phone_source(value: str) -> str | None:
    """Digits only, a leading + kept: "+81 90-1234-5678" and "+81-90-1234-5678" are one key."""
    text = unicodedata.normalize("NFKC", value).strip()
    if text.lower().startswith("tel:"):
        text = text[4:].strip()
    digits = "".join(ch for ch in text if "0" <= ch <= "9")
    if len(digits) < 3:
        return None
    return f"phone:{'+' if text.startswith('+') else ''}{digits}"


def profile_url(url: str) -> str | None:
    """A profile address normalised: https, host in lower case, no query, fragment or trailing slash.

    Every LinkedIn host (jp.linkedin.com, linkedin.com) becomes www.linkedin.com, the one LinkedIn's
    own export uses, so the address from a phone card and from Connections.csv match.
    """
    url = url.strip()
    if not url:
        return None
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    if host == "linkedin.com" or host.endswith(".linkedin.com"):
        host = "www.linkedin.com"
    elif port:
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    return f"https://{host}{path}"


def linkedin_source(url: str, *, any_host: bool = False) -> str | None:
    """`linkedin:<url>` for a LinkedIn profile address (any address when `any_host`: LinkedIn's URL column)."""
    normal = profile_url(url)
    if normal is None or not (any_host or normal.startswith("https://www.linkedin.com/")):
        return None
    return f"linkedin:{normal}"


def unique(keys: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(key for key in keys if key))


# ----- text and CSV ---------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without a BOM), else cp932 as Japanese Excel saves; UTF-16 when it has a BOM."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportProblem("import.not_text") from None
    for encoding in ("utf-8-sig", "cp932"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    raise ImportProblem("import.not_text")


def csv_records(text: str) -> list[list[str]]:
    """Every record of a CSV text, blank ones included, so index + 1 is the row a spreadsheet shows."""
    reader = csv.reader(io.StringIO(text, newline=""))
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
    except csv.Error:
        raise ImportProblem("import.csv_unreadable", row=len(records) + 1) from None
    return records


class Columns:
    """A CSV header, looked up by column name whatever its case or surrounding spaces."""

    def __init__(self, header: list[str]) -> None:
        self.names = [cell.strip().lstrip("\ufeff").strip().casefold() for cell in header]
        self.index: dict[str, int] = {}
        for position, name in enumerate(self.names):
            self.index.setdefault(name, position)

    def __contains__(self, name: str) -> bool:
        return name.casefold() in self.index

    def get(self, record: list[str], name: str) -> str:
        position = self.index.get(name.casefold())
        if position is None or position >= len(record):
            return ""
        return record[position].strip()

    def matching(self, pattern: re.Pattern[str]) -> list[int]:
        return [position for position, name in enumerate(self.names) if pattern.fullmatch(name)]


def is_blank(record: list[str]) -> bool:
    return not any(cell.strip() for cell in record)


class Progress:
    """Calls `progress(done, total)` at the start, about every 1% and at the end: cheap for a bar."""

    def __init__(self, callback: Callable[[int, int], None] | None, total: int) -> None:
        self.callback, self.total = callback, total
        self.step = max(1, total // 100)
        if callback is not None:
            callback(0, total)

    def __call__(self, done: int) -> None:
        if self.callback is not None and (done % self.step == 0 or done == self.total):
            self.callback(done, self.total)
