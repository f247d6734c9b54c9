"""The journal file's bytes: one record per line, entries in date order, and a checksum.

    {"format":"shima-journal","version":3,"journal_id":"...","settings":{...},"tombstones":{...},"contacts":[
    {contact},
    {contact}
    ],"promises":[
    {promise}
    ],"entries":[
    {entry},
    {entry}
    ],"checksum":"sha256:..."}

(one section of lines per kind of record, in the registry's order, entries last).

It is one JSON document (the export format plus a checksum), readable by any JSON tool. The
layout is what lets a write not pay for the whole journal: a JSON string never holds a raw
newline, so records are found by lines without parsing them, and the entries of one month are a
contiguous run found by binary search on their dates. The checksum covers every byte before
`,"checksum"`: when it matches, the file is exactly as shima wrote it (shima validates every
record before writing), so the entries a command does not use need no second validation. A file
without a valid checksum (hand-edited, or written by an older shima) is parsed and validated
whole, and gets this layout on the next write.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

import msgspec

from ..textsafe import json_without_raw_controls

FORMAT_OPEN = b'{"format":"shima-journal","version":'
SECTION_CLOSE = b"\n]"
ENTRIES_OPEN = b'\n],"entries":[\n'  # (the section before it closing)
CHECKSUM_OPEN = b'\n],"checksum":"'
CHECKSUM_CLOSE = b'"}\n'
SEPARATOR = b",\n"
_DATE_KEY = b'"date":"'


Chunk = bytes | memoryview  # a run of lines; months read from a file are views into its bytes


def checksum(parts: Iterable[Chunk]) -> bytes:
    """What the file's last field holds for these bytes (every byte before `,"checksum"`)."""
    digest = hashlib.sha256()  # SHA-NI: 15 ms for 26 MB
    for part in parts:
        digest.update(part)
    return b"sha256:" + digest.hexdigest().encode()


def section_open(name: str) -> bytes:
    """Where a section of lines starts: `,"contacts":[` and a newline."""
    return b',"' + name.encode() + b'":[\n'


@dataclass(slots=True)
class Sections:
    """A file written by shima, split without parsing its entries (and without copying them)."""

    data: bytes  # the whole file
    head: bytes  # the document without its entries: format, version, settings, the other sections
    lines: dict[str, memoryview]  # each section before the entries: its lines joined by ",\n"
    entries_start: int  # the entry lines are data[entries_start:entries_end]
    entries_end: int

    def months(self) -> dict[str, memoryview]:
        """Each month's run of entry lines, found by binary search on their dates."""
        data, view = self.data, memoryview(self.data)
        ranges: dict[str, memoryview] = {}
        start = self.entries_start
        while start < self.entries_end:
            month = _date_at(data, start)[:7]
            end = _lower_bound(data, next_month(month), self.entries_start, self.entries_end)
            ranges[month] = view[start : end - len(SEPARATOR) if end < self.entries_end else end]
            start = end
        return ranges

    def month_holding(self, entry_id: str) -> str | None:
        """The month whose lines hold this entry id, by one search of the bytes (no copy): a JSON
        string cannot hold an unescaped `{"id":`, so a match is always the start of a line."""
        at = self.data.find(b'{"id":' + json_value(entry_id) + b',"date":"', self.entries_start, self.entries_end)
        return None if at < 0 else _date_at(self.data, at)[:7]


def split(data: bytes, sections: Iterable[str], *, verified: bool = False) -> Sections | None:
    """The sections of a file whose checksum matches, else None (parse and validate it whole).
    sections: the names of the sections before the entries, in the file's order (a section a file
    from an older version does not have is empty).

    verified: the caller knows these are the bytes it wrote itself (same file, unchanged since),
    so the checksum is not computed again."""
    if not (data.startswith(FORMAT_OPEN) and data.endswith(CHECKSUM_CLOSE)):
        return None
    tail = data.rfind(CHECKSUM_OPEN)
    entries_open = data.find(ENTRIES_OPEN)
    if tail < 0 or entries_open < 0 or not entries_open <= tail:
        return None
    covered = tail + 2  # up to and including "\n]"
    if not verified and data[tail + len(CHECKSUM_OPEN) : -len(CHECKSUM_CLOSE)] != checksum([memoryview(data)[:covered]]):
        return None
    view, lines, at = memoryview(data), {}, 0
    for name in sections:
        opening = data.find(section_open(name), at, entries_open + len(SECTION_CLOSE))
        if opening < 0:
            lines[name] = view[0:0]
            continue
        start = opening + len(section_open(name))
        at = data.find(SECTION_CLOSE, start - 1)  # a JSON string holds no raw newline: the first closes it
        lines[name] = view[start:at]
    head = data[:entries_open] + b'\n],"entries":[]}'
    return Sections(data, head, lines, entries_open + len(ENTRIES_OPEN), tail)


def render(
    version: int,
    journal_id: str,
    settings: dict,
    tombstones: dict[str, str],
    sections: Iterable[tuple[str, Chunk]],
    entry_chunks: Iterable[Chunk],
    *,
    exported_at: str | None = None,
) -> list[Chunk]:
    """The whole file as parts to write one after the other: nothing of 20 MB is copied or joined.
    sections: each section before the entries, by name, with its lines (contacts, ...).

    exported_at: an export instead (SPEC 5): that field instead of the journal's id, and no
    checksum. An export carries the tombstones too, so a deletion travels through an export as it
    does through a sync tool's copy. It has the same order as the file (contacts by creation,
    entries by date then creation), so an export is the file's own lines, never parsed."""
    head = [FORMAT_OPEN, str(version).encode()]
    if exported_at is not None:
        head += [b',"exported_at":', json_value(exported_at), b',"settings":', json_value(settings)]
    else:
        head += [b',"journal_id":', json_value(journal_id), b',"settings":', json_value(settings)]
    head += [b',"tombstones":', json_value(tombstones)]
    parts: list[Chunk] = head
    for name, lines in sections:
        parts += [section_open(name), lines, SECTION_CLOSE]
    parts.append(section_open("entries"))
    first = True
    for chunk in entry_chunks:
        if len(chunk):
            if not first:
                parts.append(SEPARATOR)
            parts.append(chunk)
            first = False
    parts.append(SECTION_CLOSE)
    if exported_at is not None:
        return [*parts, b"}\n"]
    parts += [b',"checksum":"', checksum(parts), CHECKSUM_CLOSE]
    return parts


_ENCODER = msgspec.json.Encoder()


def line(record: object) -> bytes:
    """One record (or a dict) as its line: compact JSON, UTF-8, keys in the record's declared order,
    with DEL, C1 and bidi controls escaped so that showing the file (an export on a terminal) never
    acts on them."""
    return json_without_raw_controls(_ENCODER.encode(record))


def json_value(value: object) -> bytes:
    """A value as the file writes it (see line); also what finds a record's id in the bytes."""
    return json_without_raw_controls(_ENCODER.encode(value))


def next_month(month: str) -> str:
    """A key just above every date of the month: "2026-13" sorts after "2026-12-31" and before
    "2027-01-01", so December needs no carry (and December 9999 has no year 10000 to reach)."""
    return f"{month[:4]}-{int(month[5:7]) + 1:02d}"


def _date_at(data: bytes, line_start: int) -> str:
    """The date of the entry line starting here: its first unescaped "date":" key (a JSON string
    cannot hold that byte sequence, since its quotes would be escaped)."""
    at = data.index(_DATE_KEY, line_start) + len(_DATE_KEY)
    return data[at : at + 10].decode("ascii")


def _lower_bound(data: bytes, key: str, start: int, end: int) -> int:
    """The first line start in data[start:end] whose date is >= key (compared as text), or end.

    Every byte belongs to one line (its trailing separator included), and lines are in date order,
    so "the date of the line holding byte p is >= key" is monotone in p: a plain binary search."""
    low, high = start, end
    while low < high:
        middle = (low + high) // 2
        if _date_at(data, max(start, data.rfind(b"\n", start, middle) + 1)) >= key:
            high = middle
        else:
            low = middle + 1
    return low
