"""People from other address books: vCard, Google Contacts CSV and LinkedIn's Connections.csv;
conversations from LINE, WhatsApp, Messenger and Instagram, and meetings from calendars
(`parse_talks`); sales from Stripe, PayPal, Shopify, BASE, Square and any CSV through a column map
(`parse_payments`, sales.py).

Pure parsing, no journal writes: `parse_people` turns a file's bytes into `Person` records and a
list of what it left out and why (`Skipped`, a message code and its numbers), so the use case can
show a dry run, match people already in the journal by their `sources`, and write all or nothing.
A file that is not the format at all raises `ImportProblem`; one bad card or row never does.

`detect_format` tells the formats apart by content, not by file name (phones name every export
"contacts.vcf" or "Contacts.csv"), and also recognises a shima export, which the journal's own
import reads. vobject is loaded only when a vCard is parsed, so nothing here slows `shima due`.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable
from datetime import date, tzinfo

from .columns import file_header, header_signature, parse_columns
from .fields import csv_records
from .google import header_kind
from .linkedin import header_row
from .payments import ParsedPayments, Payment, Refund
from .people import ImportProblem, ParsedFile, Person, Skipped
from .sales import SALE_FORMATS, parse_payments, sale_format
from .talks import ParsedTalks, Talk, talk_format

__all__ = [
    "FORMATS",
    "SALE_FORMATS",
    "TALK_FORMATS",
    "ImportProblem",
    "ParsedFile",
    "ParsedPayments",
    "ParsedTalks",
    "Payment",
    "Person",
    "Refund",
    "Skipped",
    "Talk",
    "detect_format",
    "file_header",
    "header_signature",
    "parse_columns",
    "parse_payments",
    "parse_people",
    "parse_talks",
    "require_format",
]

FORMATS = ("shima", "vcard", "google", "linkedin")
PEOPLE_FORMATS = ("vcard", "google", "linkedin")
TALK_FORMATS = ("line", "whatsapp", "messenger", "instagram", "calendar")

_SAMPLE = 256 * 1024  # enough for any header or preamble; the parsers read the whole file
_SHIMA = re.compile(r'"format"\s*:\s*"shima-journal"')


def _sample(data: bytes) -> str:
    """The start of the file as text, for looking at markers and headers (BASE's are Japanese)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data[: _SAMPLE * 2].decode("utf-16", errors="replace")
    head = data[:_SAMPLE]
    for encoding in ("utf-8", "cp932"):  # as decode_text reads the whole file: Japanese Excel saves cp932
        try:  # incremental: a character cut at the end of the sample is left out, not an error
            return codecs.getincrementaldecoder(encoding)().decode(head).lstrip("\ufeff")
        except UnicodeDecodeError:
            continue
    return head.decode("utf-8", errors="replace").lstrip("\ufeff")


def detect_format(data: bytes) -> str | None:
    """ "shima", "vcard", "google", "linkedin", one of TALK_FORMATS, or a sales export ("stripe",
    "paypal", "shopify", "base", "square") from the content, or None for anything else (a CSV for a
    column map among them)."""
    text = _sample(data)
    talk = talk_format(text)
    if talk is not None:
        return talk
    start = text.lstrip()
    if start.startswith("{"):
        # The key is near the top of shima's export; a quote inside a JSON string is escaped (\"), so
        # a note that merely mentions it cannot match.
        return "shima" if _SHIMA.search(text) else None
    if start[:11].upper() == "BEGIN:VCARD" and start[11:12] in ("", "\r", "\n", " ", "\t"):
        return "vcard"
    if "\x00" in text:
        return None
    try:
        records = csv_records(text if len(data) <= _SAMPLE else text.rsplit("\n", 1)[0])
    except ImportProblem:
        return None
    first = next((record for record in records if any(cell.strip() for cell in record)), None)
    if first is not None and header_kind(first) is not None:
        return "google"
    if header_row(records) is not None:
        return "linkedin"
    return sale_format(first) if first is not None else None


def require_format(data: bytes) -> str:
    """detect_format, refusing (`import.empty`, `import.unrecognised`) instead of returning None."""
    if not data.strip():
        raise ImportProblem("import.empty")
    found = detect_format(data)
    if found is None:
        raise ImportProblem("import.unrecognised")
    return found


def parse_people(data: bytes, format: str, progress: Callable[[int, int], None] | None = None) -> ParsedFile:
    """The people of a vCard, Google CSV or LinkedIn CSV file, and what was skipped and why.

    `progress(done, total)` is called with the cards or rows read so far: at the start, about every
    1% and at the end. Raises ImportProblem when the file is empty, is not text, or is not that
    format at all; a shima export is not read here (the journal import reads it).
    """
    if format == "shima":
        raise ValueError("a shima export is read by the journal import, not parse_people")
    if format not in PEOPLE_FORMATS:
        raise ImportProblem("import.unknown_format", format=format)
    if not data.strip():
        raise ImportProblem("import.empty")
    if format == "vcard":
        from . import vcard as parser
    elif format == "google":
        from . import google as parser
    else:
        from . import linkedin as parser
    return parser.parse(data, progress)


def parse_talks(
    data: bytes,
    format: str,
    today: date,
    progress: Callable[[int, int], None] | None = None,
    *,
    zone: tzinfo | None = None,
    known_names: Iterable[str] = (),
) -> ParsedTalks:
    """Who talked with the user on which day in a LINE, WhatsApp, Messenger, Instagram or calendar
    file, and what was skipped and why; nothing after `today`.

    `zone` is the user's time zone, for the files that give instants (Messenger's and Instagram's
    times, a calendar's UTC times without X-WR-TIMEZONE); None is the computer's. `known_names`
    (the journal's names, the user's own among them) help split names from text in LINE's PC
    layout, which separates them with a mere space. `progress(done, total)` as for parse_people, in
    characters (LINE, WhatsApp), messages (Messenger) or event series (calendars). Raises
    ImportProblem when the file is empty, is not text, or is not that format at all.
    """
    if format not in TALK_FORMATS:
        raise ImportProblem("import.unknown_format", format=format)
    if not data.strip():
        raise ImportProblem("import.empty")
    if format == "line":
        from . import line

        return line.parse(data, today, progress, known_names)
    if format == "whatsapp":
        from . import whatsapp

        return whatsapp.parse(data, today, progress)
    if format == "calendar":
        from . import ics

        return ics.parse(data, today, progress, zone)
    from . import messenger

    return messenger.parse(data, format, today, progress, zone)
