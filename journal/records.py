"""Contacts, entries and settings, and the validation every record passes (no I/O).

Every problem is one sentence naming the record and the field, so the command line, the app
and the importer can all show it as it is.
"""

from __future__ import annotations

import math
import re
import secrets
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime

TAGS = ("peer", "influencer", "shima")
DIRECTIONS = ("gave", "received", "mutual", "note")
KINDS = ("referral", "collaboration", "information", "idea", "support", "money", "labor", "other")
FIT_CRITERIA = ("same_goal", "same_heat", "acknowledges_me", "slightly_ahead")
FIT_LABELS = {
    "same_goal": "aims at the same goal",
    "same_heat": "puts in the same heat of effort",
    "acknowledges_me": "acknowledges the effort I make now",
    "slightly_ahead": "we each feel the other is a little ahead",
}

FORMAT_NAME = "shima-journal"
FORMAT_VERSION = 1

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CURRENCY = re.compile(r"[A-Z]{3}")
MAX_WINDOW_DAYS = 36_500


class ValidationError(ValueError):
    """Bad input, in one sentence naming the record and the field."""


def now_stamp() -> str:
    """The current moment as ISO 8601 with the local UTC offset (microseconds keep order)."""
    return datetime.now().astimezone().isoformat()


def new_id(prefix: str) -> str:
    """An opaque id: 40 random bits are plenty for one person's journal, and short to type."""
    return prefix + secrets.token_hex(5)


@dataclass(slots=True)
class ShimaFit:
    """The four criteria of a shima member (SPEC section 1)."""

    same_goal: bool = False
    same_heat: bool = False
    acknowledges_me: bool = False
    slightly_ahead: bool = False

    @property
    def score(self) -> int:
        return sum(getattr(self, name) for name in FIT_CRITERIA)

    def to_dict(self) -> dict[str, bool]:
        return {name: getattr(self, name) for name in FIT_CRITERIA}

    def toggled(self, criterion: str) -> ShimaFit:
        return replace(self, **{criterion: not getattr(self, criterion)})


@dataclass(slots=True)
class Contact:
    id: str
    name: str
    tag: str = "peer"
    shima_fit: ShimaFit = field(default_factory=ShimaFit)
    met: str = ""
    notes: str = ""
    cadence_days: int | None = None
    archived: bool = False
    created_at: str = ""
    updated_at: str = ""

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "tag": self.tag,
            "shima_fit": self.shima_fit.to_dict(),
            "met": self.met,
            "notes": self.notes,
            "cadence_days": self.cadence_days,
            "archived": self.archived,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


@dataclass(slots=True)
class Entry:
    id: str
    date: date
    contacts: list[str]
    direction: str
    kind: str | None
    value: int | float | None
    text: str
    created_at: str = ""
    updated_at: str = ""

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "date": self.date.isoformat(),
            "contacts": list(self.contacts),
            "direction": self.direction,
            "kind": self.kind,
            "value": self.value,
            "text": self.text,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


@dataclass(slots=True)
class Settings:
    currency: str = "JPY"
    owner_goal: str = ""
    window_days: int = 365

    def to_dict(self) -> dict:
        return {"currency": self.currency, "owner_goal": self.owner_goal, "window_days": self.window_days}


CONTACT_FIELDS = frozenset(f.name for f in fields(Contact))
ENTRY_FIELDS = frozenset(f.name for f in fields(Entry))
SETTINGS_FIELDS = frozenset(f.name for f in fields(Settings))


def _check_fields(data: object, expected: frozenset[str], where: str) -> dict:
    if not isinstance(data, dict):
        raise ValidationError(f"{where}: must be a JSON object")
    if data.keys() != expected:
        missing = sorted(expected - data.keys())
        if missing:
            raise ValidationError(f"{where}: missing field '{missing[0]}'")
        raise ValidationError(f"{where}: unknown field '{sorted(data.keys() - expected)[0]}'")
    return data


def _where(record: str, data: object) -> str:
    """'contact 'c12'' when the record has a usable id, else just the kind of record."""
    rid = data.get("id") if isinstance(data, dict) else None
    return f"{record} {rid!r}" if isinstance(rid, str) and rid else record


def _check_id(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{where}: id must be a non-empty string")
    return value


def _check_str(value: object, where: str, name: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{where}: {name} must be a string")
    return value


def _check_choice(value: object, choices: tuple[str, ...], where: str, name: str) -> str:
    if value not in choices or not isinstance(value, str):
        raise ValidationError(f"{where}: {name} must be one of {', '.join(choices)}")
    return value


def _check_stamp(value: object, where: str, name: str) -> str:
    if isinstance(value, str):
        try:
            if datetime.fromisoformat(value).utcoffset() is not None:
                return value
        except ValueError:
            pass
    raise ValidationError(f"{where}: {name} must be an ISO 8601 date and time with a UTC offset")


def check_name(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{where}: name must not be empty")
    return value


def check_cadence(value: object, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_WINDOW_DAYS:
        raise ValidationError(f"{where}: cadence_days must be a whole number of days from 1 to {MAX_WINDOW_DAYS}, or null")
    return value


def check_value(value: object, where: str) -> int | float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ValidationError(f"{where}: value must be a number of zero or more, or null")
    return value


def check_day(value: object, where: str) -> date:
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError as error:
            raise ValidationError(f"{where}: date {value} does not exist ({error})") from None
    raise ValidationError(f"{where}: date must be a day written YYYY-MM-DD")


def contact_from_dict(data: object) -> Contact:
    where = _where("contact", data)
    data = _check_fields(data, CONTACT_FIELDS, where)
    fit = _check_fields(data["shima_fit"], frozenset(FIT_CRITERIA), f"{where}: shima_fit")
    for name in FIT_CRITERIA:
        if not isinstance(fit[name], bool):
            raise ValidationError(f"{where}: shima_fit.{name} must be true or false")
    if not isinstance(data["archived"], bool):
        raise ValidationError(f"{where}: archived must be true or false")
    return Contact(
        id=_check_id(data["id"], where),
        name=check_name(data["name"], where),
        tag=_check_choice(data["tag"], TAGS, where, "tag"),
        shima_fit=ShimaFit(**fit),
        met=_check_str(data["met"], where, "met"),
        notes=_check_str(data["notes"], where, "notes"),
        cadence_days=check_cadence(data["cadence_days"], where),
        archived=data["archived"],
        created_at=_check_stamp(data["created_at"], where, "created_at"),
        updated_at=_check_stamp(data["updated_at"], where, "updated_at"),
    )


def entry_from_dict(data: object) -> Entry:
    where = _where("entry", data)
    data = _check_fields(data, ENTRY_FIELDS, where)
    direction = _check_choice(data["direction"], DIRECTIONS, where, "direction")
    contacts = data["contacts"]
    if not isinstance(contacts, list) or not all(isinstance(c, str) and c for c in contacts):
        raise ValidationError(f"{where}: contacts must be a list of contact ids")
    if len(set(contacts)) != len(contacts):
        raise ValidationError(f"{where}: contacts must not name the same contact twice")
    if not contacts and direction != "note":
        raise ValidationError(f"{where}: contacts must name at least one contact unless direction is note")
    kind = data["kind"]
    if kind is None:
        if direction != "note":
            raise ValidationError(f"{where}: kind is required unless direction is note")
    else:
        _check_choice(kind, KINDS, where, "kind")
    return Entry(
        id=_check_id(data["id"], where),
        date=check_day(data["date"], where),
        contacts=contacts,
        direction=direction,
        kind=kind,
        value=check_value(data["value"], where),
        text=_check_str(data["text"], where, "text"),
        created_at=_check_stamp(data["created_at"], where, "created_at"),
        updated_at=_check_stamp(data["updated_at"], where, "updated_at"),
    )


def settings_from_dict(data: object) -> Settings:
    where = "settings"
    data = _check_fields(data, SETTINGS_FIELDS, where)
    return Settings(
        currency=check_currency(data["currency"]),
        owner_goal=_check_str(data["owner_goal"], where, "owner_goal"),
        window_days=check_window(data["window_days"]),
    )


def check_currency(value: object) -> str:
    if not isinstance(value, str) or not _CURRENCY.fullmatch(value):
        raise ValidationError("settings: currency must be a three-letter ISO 4217 code such as JPY or USD")
    return value


def check_window(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_WINDOW_DAYS:
        raise ValidationError(f"settings: window_days must be a whole number of days from 1 to {MAX_WINDOW_DAYS}")
    return value


def touched(record, **changes):
    """A copy of a contact or entry with changes applied and updated_at set to now."""
    return replace(record, **changes, updated_at=now_stamp())


def make_contact(
    name: str,
    *,
    tag: str = "peer",
    met: str = "",
    notes: str = "",
    cadence_days: int | None = None,
    shima_fit: ShimaFit | None = None,
) -> Contact:
    """A new contact from user input: the name is trimmed, then every field is validated."""
    stamp = now_stamp()
    data = Contact(
        id=new_id("c"),
        name=name.strip() if isinstance(name, str) else name,
        tag=tag,
        shima_fit=shima_fit or ShimaFit(),
        met=met,
        notes=notes,
        cadence_days=cadence_days,
        created_at=stamp,
        updated_at=stamp,
    ).to_dict()
    return contact_from_dict(data)


def make_entry(
    *,
    day: date,
    contacts: list[str],
    direction: str,
    kind: str | None,
    value: int | float | None,
    text: str,
) -> Entry:
    """A new entry from user input, validated like any stored one."""
    stamp = now_stamp()
    data = Entry(
        id=new_id("e"),
        date=day,
        contacts=list(contacts),
        direction=direction,
        kind=kind,
        value=value,
        text=text,
        created_at=stamp,
        updated_at=stamp,
    ).to_dict()
    return entry_from_dict(data)


def revalidated(record):
    """Run an edited contact or entry through the same validation as a stored one."""
    if isinstance(record, Contact):
        return contact_from_dict(record.to_dict())
    return entry_from_dict(record.to_dict())


@dataclass(slots=True)
class Snapshot:
    """A whole journal as validated records: what the file and an export hold."""

    settings: Settings
    contacts: list[Contact]
    entries: list[Entry]


_TAG_SET = frozenset(TAGS)
_DIRECTION_SET = frozenset(DIRECTIONS)
_KIND_SET = frozenset(KINDS)
_FIT_SET = frozenset(FIT_CRITERIA)
_stamp = datetime.fromisoformat
_day = date.fromisoformat
_day_shape = _ISO_DAY.fullmatch


def _valid_stamp(value) -> bool:
    return type(value) is str and _stamp(value).utcoffset() is not None


def _fast_entry(data) -> Entry | None:
    """The common case in one pass with no messages built: a valid entry, or None to explain."""
    try:
        if type(data) is not dict or data.keys() != ENTRY_FIELDS:
            return None
        contacts, direction, kind, value, day = data["contacts"], data["direction"], data["kind"], data["value"], data["date"]
        if (
            type(contacts) is not list
            or direction not in _DIRECTION_SET
            or (kind is None and direction != "note")
            or (kind is not None and kind not in _KIND_SET)
            or (not contacts and direction != "note")
            or type(data["text"]) is not str
            or type(data["id"]) is not str
            or not data["id"].strip()
            or type(day) is not str
            or not _day_shape(day)
            or not _valid_stamp(data["created_at"])
            or not _valid_stamp(data["updated_at"])
        ):
            return None
        for cid in contacts:
            if type(cid) is not str or not cid:
                return None
        if len(contacts) > 1 and len(set(contacts)) != len(contacts):
            return None
        if value is not None and (type(value) not in (int, float) or not math.isfinite(value) or value < 0):
            return None
        return Entry(
            data["id"], _day(day), contacts, direction, kind, value, data["text"], data["created_at"], data["updated_at"]
        )
    except (ValueError, TypeError):
        return None


def _fast_contact(data) -> Contact | None:
    try:
        if type(data) is not dict or data.keys() != CONTACT_FIELDS:
            return None
        fit, cadence, name = data["shima_fit"], data["cadence_days"], data["name"]
        if (
            type(fit) is not dict
            or fit.keys() != _FIT_SET
            or any(type(v) is not bool for v in fit.values())
            or type(name) is not str
            or not name.strip()
            or data["tag"] not in _TAG_SET
            or type(data["met"]) is not str
            or type(data["notes"]) is not str
            or type(data["archived"]) is not bool
            or type(data["id"]) is not str
            or not data["id"].strip()
            or (cadence is not None and (type(cadence) is not int or not 1 <= cadence <= MAX_WINDOW_DAYS))
            or not _valid_stamp(data["created_at"])
            or not _valid_stamp(data["updated_at"])
        ):
            return None
        return Contact(
            data["id"],
            name,
            data["tag"],
            ShimaFit(**fit),
            data["met"],
            data["notes"],
            cadence,
            data["archived"],
            data["created_at"],
            data["updated_at"],
        )
    except (ValueError, TypeError):
        return None


def snapshot_from_document(document: object) -> Snapshot:
    """Validate a whole journal or export document; the first problem is raised, naming its record."""
    head = head_from_document(document)
    return Snapshot(head.settings, head.contacts, entries_from_document(document, head.contacts))


def head_from_document(document: object) -> Snapshot:
    """Format, version, settings and contacts, validated; entries are left to entries_from_document.

    Split so the app can show the contact list before the (much longer) entries are checked.
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ValidationError(f"not a shima journal: the field 'format' must be \"{FORMAT_NAME}\"")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValidationError("the field 'version' must be a whole number")
    if version > FORMAT_VERSION:
        raise ValidationError(f"format version {version} is newer than this shima understands ({FORMAT_VERSION}); update shima")
    if version < 1:
        raise ValidationError(f"format version {version} is not known")
    for key in ("contacts", "entries"):
        if not isinstance(document.get(key), list):
            raise ValidationError(f"the field '{key}' must be a list")
    settings = settings_from_dict(document.get("settings"))
    # The fast checks accept what the full validators accept; anything they doubt is handed to the
    # full validator, which raises the one-sentence reason (or, rarely, accepts it after all).
    contacts = [_fast_contact(item) or contact_from_dict(item) for item in document["contacts"]]
    _check_unique(contacts, "contact")
    return Snapshot(settings, contacts, [])


def entries_from_document(document: dict, contacts: list[Contact]) -> list[Entry]:
    """The entries of a document whose head was validated: each record, unique ids, known contacts."""
    entries = [_fast_entry(item) or entry_from_dict(item) for item in document["entries"]]
    _check_unique(entries, "entry")
    known = {c.id for c in contacts}
    for entry in entries:
        for cid in entry.contacts:
            if cid not in known:
                raise ValidationError(f"entry {entry.id!r}: contacts names {cid!r}, which is not a contact in the file")
    return entries


def _check_unique(records, kind: str) -> None:
    seen: set[str] = set()
    for record in records:
        if record.id in seen:
            raise ValidationError(f"{kind} {record.id!r}: id is used twice")
        seen.add(record.id)
