"""LinkedIn's Connections.csv (from "Get a copy of your data") read into people.

The file opens with a few lines of notes ("Notes:", a quoted paragraph about missing e-mail
addresses, a blank line) before the header First Name,Last Name,URL,Email Address,Company,
Position,Connected On; the header is looked for among the first rows rather than assumed.
Most e-mail addresses are empty (members hide them), so the profile URL is the stable key.

Where the fields go:
- name: First Name + Last Name (family name first when it is Japanese, Chinese or Korean);
  a row LinkedIn blanked (a member who hides their name: only the date is left) is skipped;
- met: "LinkedIn: Position at Company" (or just what the row has);
- notes: "Connected On: 2023-05-12" (LinkedIn's "12 May 2023" as an ISO date when it reads);
- sources: the profile URL (https, lower-case host, no query or trailing slash), then the e-mail.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .fields import (
    Columns,
    Progress,
    csv_records,
    decode_text,
    email_source,
    is_blank,
    linkedin_source,
    one_line,
    person_name,
    unique,
)
from .people import ImportProblem, ParsedFile, Person, Skipped

_HEADER = ("first name", "last name", "url")
_HEADER_MARKS = ("connected on", "email address", "company", "position")
_LOOK_AHEAD = 20  # rows of preamble tolerated before the header
_MONTHS = {name: number for number, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def header_row(records: list[list[str]]) -> int | None:
    """The index of the Connections.csv header among the first rows, or None."""
    for index, record in enumerate(records[:_LOOK_AHEAD]):
        columns = Columns(record)
        if all(name in columns for name in _HEADER) and any(name in columns for name in _HEADER_MARKS):
            return index
    return None


def parse(data: bytes, progress: Callable[[int, int], None] | None = None) -> ParsedFile:
    records = csv_records(decode_text(data))
    start = header_row(records)
    if start is None:
        raise ImportProblem("import.not_linkedin")
    columns = Columns(records[start])
    rows = records[start + 1 :]
    people: list[Person] = []
    skipped: list[Skipped] = []
    tick = Progress(progress, len(rows))
    for done, record in enumerate(rows, 1):
        number = start + 1 + done
        if not is_blank(record):
            person = _person(columns, record)
            if person is not None:
                people.append(person)
            elif columns.get(record, "URL"):
                skipped.append(Skipped(f"row {number}", "import.skip.row_no_name", {"number": number}))
            else:
                skipped.append(Skipped(f"row {number}", "import.skip.linkedin_hidden", {"number": number}))
        tick(done)
    return ParsedFile("linkedin", people, skipped)


def connected_on(text: str) -> str:
    """LinkedIn's "12 May 2023" as "2023-05-12"; anything else as it is."""
    parts = text.split()
    if len(parts) == 3 and parts[0].isdigit() and parts[2].isdigit() and parts[1][:3].lower() in _MONTHS:
        try:
            return date(int(parts[2]), _MONTHS[parts[1][:3].lower()], int(parts[0])).isoformat()
        except ValueError:
            pass
    return text


def _person(columns: Columns, record: list[str]) -> Person | None:
    def get(name: str) -> str:
        return one_line(columns.get(record, name))

    name = person_name(get("First Name"), "", get("Last Name"))
    if not name:
        return None
    position, company = get("Position"), get("Company")
    if position and company:
        met = f"LinkedIn: {position} at {company}"
    else:
        met = f"LinkedIn: {position or company}" if position or company else "LinkedIn"
    since = get("Connected On")
    return Person(
        name=name,
        met=met,
        notes=f"Connected On: {connected_on(since)}" if since else "",
        sources=unique([linkedin_source(get("URL"), any_host=True), email_source(get("Email Address"))]),
    )
