"""The journal document: its format name and version, the upgrade of older versions, and the two ways
a document becomes records.

- **Fast**: msgspec decodes the bytes straight into records (types and bounds checked in one pass, in
  C), then each record's own rules run (`Record.check`). A file whose checksum shows shima wrote it
  skips the rules too: shima checked every record before writing it.
- **Full**: the parsed values checked record by record (`records.record_from`), which names the first
  problem, its record and its field. It is what an older version (after its upgrade) goes through,
  and what explains a document the fast way refused. Both accept and refuse the same documents
  (tests/test_record_kinds.py proves it with hypothesis).
"""

from __future__ import annotations

from datetime import date

import msgspec
import orjson

from ..records import (
    RECORD_KINDS,
    Contact,
    Entry,
    Settings,
    Snapshot,
    ValidationError,
    records_from,
    settings_from_dict,
    valid_stamp,
)

FORMAT_NAME = "shima-journal"
FORMAT_VERSION = 3
# 2 added the direction "sale", a contact's reading and sources, the language and cadence defaults;
# 3 added the journal's id and the tombstones of removed records (deletions that sync).


class _Document(msgspec.Struct, kw_only=True, gc=False):
    """A whole document as msgspec decodes it (an export's `exported_at` and the file's `checksum`
    are passed over)."""

    format: str
    version: int
    journal_id: str = ""
    settings: Settings = msgspec.field(default_factory=Settings)
    tombstones: dict[str, str] = msgspec.field(default_factory=dict)
    contacts: list[Contact]
    entries: list[Entry]


_DOCUMENT = msgspec.json.Decoder(_Document)
_ENTRIES = msgspec.json.Decoder(list[Entry])


class _Version(msgspec.Struct):
    format: object = None
    version: object = None


_VERSION = msgspec.json.Decoder(_Version)


def read_document(data: bytes) -> tuple[Snapshot, int]:
    """A document's records and the version it was written as; the first problem is raised.
    msgspec.DecodeError for bytes that are not JSON (the caller says why with orjson's words)."""
    try:
        head = _VERSION.decode(data)
    except msgspec.ValidationError:  # not even an object: the full way says so
        head = _Version()
    if head.version == FORMAT_VERSION and head.format == FORMAT_NAME:
        try:
            document = _DOCUMENT.decode(data)
        except msgspec.ValidationError:
            return snapshot_from_document(orjson.loads(data)), FORMAT_VERSION  # to say which record, and why
        return _checked(_snapshot(document)), FORMAT_VERSION
    raw = orjson.loads(data)
    return snapshot_from_document(raw), raw["version"]


def read_head(head: bytes) -> tuple[Snapshot, int]:
    """The settings, tombstones and contacts of a file shima wrote and checksummed (entries are read
    month by month, read_entries): decoded, types checked by msgspec, the rules not run again."""
    try:
        document = _DOCUMENT.decode(head)
    except msgspec.ValidationError:
        return snapshot_from_document(orjson.loads(head)), FORMAT_VERSION
    if document.format != FORMAT_NAME or document.version != FORMAT_VERSION:
        snapshot = snapshot_from_document(orjson.loads(head))  # an older version, upgraded as it is read
        return snapshot, document.version if isinstance(document.version, int) else FORMAT_VERSION
    return _snapshot(document), document.version


_DAYS: dict[date, date] = {}


def read_entries(lines: bytes, contact_ids: dict[str, str]) -> list[Entry]:
    """The entries of one month of a file shima wrote and checksummed: decoded by msgspec, and what
    repeats shared (one date object per day, the contact's own id string, one stamp when created and
    updated are equal): most of the app's memory at 100,000 entries."""
    entries = _ENTRIES.decode(lines)
    days = _DAYS
    for entry in entries:
        day = entry.date
        entry.date = days.setdefault(day, day)
        entry.contacts = [contact_ids.get(cid, cid) for cid in entry.contacts]
        if entry.updated_at == entry.created_at:
            entry.updated_at = entry.created_at
    return entries


def _snapshot(document: _Document) -> Snapshot:
    return Snapshot(document.settings, document.contacts, document.entries, document.tombstones, document.journal_id)


def _checked(snapshot: Snapshot) -> Snapshot:
    """The rules msgspec cannot know (each record's own, unique ids, known contacts, tombstones) on a
    snapshot msgspec decoded."""
    for kind in RECORD_KINDS:
        for record in getattr(snapshot, kind.section):
            try:
                record.check()
            except ValidationError as problem:
                problem.params.setdefault("record", kind.name)
                problem.params.setdefault("record_id", record.id)
                raise
    _check_whole(snapshot)
    return snapshot


def snapshot_from_document(document: object) -> Snapshot:
    """Validate a whole journal or export document given as parsed values (the full way): format
    and version (an older version upgraded first), settings, tombstones, then every record in file
    order; the first problem is raised, naming its record."""
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ValidationError("document.not_shima")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValidationError("document.version_not_number")
    if version > FORMAT_VERSION:
        raise ValidationError("document.version_newer", version=version, known=FORMAT_VERSION)
    if version < 1:
        raise ValidationError("document.version_unknown", version=version)
    UPGRADES.get(version, lambda _: None)(document)
    for kind in RECORD_KINDS:
        if not isinstance(document.get(kind.section), list):
            raise ValidationError("document.not_list", name=kind.section)
    settings = settings_from_dict(document.get("settings"))
    tombstones = _tombstones(document.get("tombstones", {}))
    journal_id = document.get("journal_id", "")
    if type(journal_id) is not str:
        raise ValidationError("document.journal_id")
    snapshot = Snapshot(settings, [], [], tombstones, journal_id)
    for kind in RECORD_KINDS:
        setattr(snapshot, kind.section, _unique(records_from(kind.type, document[kind.section]), kind.name))
    _check_contacts_named(snapshot)
    return snapshot


def _check_whole(snapshot: Snapshot) -> None:
    _tombstones(snapshot.tombstones)
    for kind in RECORD_KINDS:
        _unique(getattr(snapshot, kind.section), kind.name)
    _check_contacts_named(snapshot)


def _tombstones(tombstones: object) -> dict[str, str]:
    """The removed records' ids and when each was removed (absent before version 3: none)."""
    if type(tombstones) is not dict:
        raise ValidationError("document.tombstones")
    for record_id, when in tombstones.items():
        if not record_id.strip() or not valid_stamp(when):
            raise ValidationError("document.tombstone", record_id=record_id)
    return tombstones


def _unique(records: list, kind: str) -> list:
    seen: set[str] = set()
    for record in records:
        if record.id in seen:
            raise ValidationError("record.id_twice", field="id", record=kind, record_id=record.id)
        seen.add(record.id)
    return records


def _check_contacts_named(snapshot: Snapshot) -> None:
    """Every contact a record names is a contact of the document."""
    known = {c.id for c in snapshot.contacts}
    for kind in RECORD_KINDS:
        for record in getattr(snapshot, kind.section):
            for cid in record.contact_ids():
                if cid not in known:
                    raise ValidationError(
                        "contacts.unknown", field="contacts", record=kind.name, record_id=record.id, contact=cid
                    )


# ----- older versions ----------------------------------------------------------------------------------


def _from_version_1(document: dict) -> None:
    """Version 2 added a contact's reading and sources (their defaults fill them) and the language and
    the cadence defaults by tag: a version 1 journal had no reminders by tag, and keeps none."""
    settings = document.get("settings")
    if isinstance(settings, dict):
        settings.setdefault("cadence_defaults", dict.fromkeys(("peer", "influencer", "shima")))


def _from_version_2(document: dict) -> None:
    """What builds of version 2 wrote before it settled: a contact added by `shima add` without
    --reading got the reading `- -` (an argparse work-around gone wrong): no reading is what the
    user gave."""
    contacts = document.get("contacts")
    for contact in contacts if isinstance(contacts, list) else ():
        if isinstance(contact, dict) and contact.get("reading") == "- -":
            contact["reading"] = ""


UPGRADES = {1: _from_version_1, 2: _from_version_2}  # applied in memory; the next save writes the current version
