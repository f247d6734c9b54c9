"""Google Contacts CSV (the current export and the older "Google CSV") read into people.

Google writes two headers. The current one: First Name, Middle Name, Last Name, Phonetic First
Name, ..., Organization Name, Organization Title, Notes, Labels, E-mail 1 - Value, Phone 1 - Value.
The older one: Name, Given Name, Family Name, Yomi Name, Given Name Yomi, Family Name Yomi, ...,
Organization 1 - Name, Notes, Group Membership, E-mail 1 - Value. Columns are found by name,
so a file re-saved by Excel with columns moved or removed still reads.

Where the fields go:
- name: the Name column (older header), else the name columns, family name first when the name is
  Japanese, Chinese or Korean; else Nickname, File As, the organisation (a company's own row);
  a row with none of them (an e-mail address Google saved by itself) is skipped;
- reading (hiragana): Phonetic Last/First Name, or Family/Given Name Yomi, or Yomi Name;
- met: organisation, department and title, as for vCards;
- notes: Notes, then "Labels: ..." (Google's own `* myContacts` and `* Other Contacts` dropped;
  a label that is exactly shima, peer or influencer sets the tag instead);
- sources: a LinkedIn address among the websites, every e-mail and phone ("a ::: b" in one cell is two).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .fields import (
    Columns,
    Progress,
    csv_records,
    decode_text,
    email_source,
    hiragana,
    is_blank,
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

_CURRENT = ("first name", "last name")
_CURRENT_MARKS = ("middle name", "phonetic first name", "phonetic last name", "labels", "file as", "e-mail 1 - value")
_OLDER = ("name", "given name", "family name")
_OLDER_MARKS = ("yomi name", "given name yomi", "family name yomi", "group membership", "additional name", "e-mail 1 - value")
_EMAIL = re.compile(r"e-mail \d+ - value")
_PHONE = re.compile(r"phone \d+ - value")
_WEBSITE = re.compile(r"website \d+ - value")
_SEPARATOR = re.compile(r"\s*:::\s*")
_SYSTEM_LABELS = frozenset({"mycontacts", "othercontacts"})


def header_kind(header: list[str]) -> str | None:
    """ "current" or "older" for a Google header, None for any other first row."""
    columns = Columns(header)
    if all(name in columns for name in _CURRENT) and any(name in columns for name in _CURRENT_MARKS):
        return "current"
    if all(name in columns for name in _OLDER) and any(name in columns for name in _OLDER_MARKS):
        return "older"
    return None


def parse(data: bytes, progress: Callable[[int, int], None] | None = None) -> ParsedFile:
    records = csv_records(decode_text(data))
    start = next((i for i, record in enumerate(records) if not is_blank(record)), None)
    kind = header_kind(records[start]) if start is not None else None
    if kind is None:
        raise ImportProblem("import.not_google")
    columns = Columns(records[start])
    emails, phones, websites = columns.matching(_EMAIL), columns.matching(_PHONE), columns.matching(_WEBSITE)
    rows = records[start + 1 :]
    people: list[Person] = []
    skipped: list[Skipped] = []
    tick = Progress(progress, len(rows))
    for done, record in enumerate(rows, 1):
        number = start + 1 + done  # the row as a spreadsheet numbers it: the header is row start + 1
        if not is_blank(record):
            person = _person(columns, record, kind, emails, phones, websites)
            if person is None:
                skipped.append(Skipped(f"row {number}", "import.skip.row_no_name", {"number": number}))
            else:
                people.append(person)
        tick(done)
    return ParsedFile("google", people, skipped)


def _cells(record: list[str], positions: list[int]) -> list[str]:
    return [value for p in positions if p < len(record) for value in _SEPARATOR.split(record[p].strip()) if value]


def _labels(cell: str) -> list[str]:
    labels = []
    for label in _SEPARATOR.split(cell.strip()):
        if label.startswith("*"):
            label = label[1:].strip()
            if label.replace(" ", "").casefold() in _SYSTEM_LABELS:
                continue
        labels.append(label)
    return labels


def _person(
    columns: Columns, record: list[str], kind: str, emails: list[int], phones: list[int], websites: list[int]
) -> Person | None:
    def get(name: str) -> str:
        return columns.get(record, name)

    if kind == "current":
        given, middle, family = get("First Name"), get("Middle Name"), get("Last Name")
        full = ""
        kana_family, kana_given = get("Phonetic Last Name"), get("Phonetic First Name")
        kana_full = ""
        organisation = [get("Organization Name"), get("Organization Department")]
        title = get("Organization Title")
        labels = _labels(get("Labels"))
    else:
        given, middle, family = get("Given Name"), get("Additional Name"), get("Family Name")
        full = one_line(get("Name"))
        kana_family, kana_given = get("Family Name Yomi"), get("Given Name Yomi")
        kana_full = get("Yomi Name")
        organisation = [get("Organization 1 - Name"), get("Organization 1 - Department")]
        title = get("Organization 1 - Title")
        labels = _labels(get("Group Membership"))
    name = (
        full
        or person_name(given, middle, family)
        or one_line(get("Nickname"))
        or one_line(get("File As"))
        or one_line(organisation[0])
    )
    if not name:
        return None
    tag, labels = tag_and_labels(labels)
    if kana_family or kana_given:
        family_first = is_cjk(family + given) if (family or given) else is_cjk(name)
        kana = reading(kana_family, kana_given, family_first=family_first)
    else:
        kana = hiragana(kana_full)
    return Person(
        name=name,
        reading=kana,
        met=met_line(organisation, title),
        notes=notes_text(get("Notes"), labels_note(labels)),
        tag=tag,
        sources=unique(
            [
                *(linkedin_source(value) for value in _cells(record, websites)),
                *(email_source(value) for value in _cells(record, emails)),
                *(phone_source(value) for value in _cells(record, phones)),
            ]
        ),
    )
