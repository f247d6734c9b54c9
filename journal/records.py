"""Contacts, entries and settings, and the validation every record passes (no I/O, no words).

Every rule about a record lives here once; the command line, the app and the importer all go
through it. A refusal is a `ValidationError`: a code, the field, and the record it was found in
when it came from a file (records the user is typing have no id worth naming).
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime

from .money import MAX_AMOUNT, check_amount
from .problems import Problem
from .reading import normalise_reading

TAGS = ("peer", "influencer", "shima")
DIRECTIONS = ("gave", "received", "mutual", "note", "sale")
# A note is a plain interaction; a sale is revenue you made (its contacts, if any, brought it).
# Neither is a contribution: they have no kind, and need no contact.
WITHOUT_KIND = frozenset({"note", "sale"})
KINDS = ("referral", "collaboration", "information", "idea", "support", "money", "labor", "other")
FIT_CRITERIA = ("same_goal", "same_heat", "acknowledges_me", "slightly_ahead")

FORMAT_NAME = "shima-journal"
FORMAT_VERSION = 3
# 2 added the direction "sale", a contact's reading and sources, the language and cadence defaults;
# 3 added the journal's id and the tombstones of removed records (deletions that sync).
TOMBSTONE_HORIZON_DAYS = 1825  # a removal is remembered five years: an older copy may bring it back

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_WINDOW_DAYS = 36_500
MAX_NAME_CHARS = 500  # a name, a place, a goal: one line of text
MAX_TEXT_CHARS = 100_000  # notes and entry text: long, but not a pasted log file
# ISO 4217 codes in use, so a typo (XYZ) or a word (yen) is refused rather than stored.
CURRENCIES = frozenset(
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF "
    "CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG "
    "HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA "
    "MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD "
    "RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX "
    "USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL".split()
)


class ValidationError(Problem):
    """A record that breaks a rule: the code, the field, and (from a file) which record."""


def parse_stamp(text: str) -> datetime:
    """A stored stamp (created_at, updated_at, a tombstone's) as a moment, to compare or sort."""
    return datetime.fromisoformat(text)


def now_stamp() -> str:
    """The current moment as ISO 8601 with the local UTC offset (microseconds keep order)."""
    return datetime.now().astimezone().isoformat()


def new_id(prefix: str) -> str:
    """An opaque id: 40 random bits are plenty for one person's journal, and short to type."""
    return prefix + secrets.token_hex(5)


def new_journal_id() -> str:
    """A journal's own id, made once: it tells a sync tool's copy of this journal from another's."""
    return "journal-" + secrets.token_hex(8)


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
    reading: str = ""  # the name's reading (よみ) in hiragana; empty when not given
    # Where the contact came from, as stable keys (vcard-uid:…, linkedin:https://…, email:…, phone:+81…):
    # importing the same people again updates them instead of adding them twice.
    sources: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "reading": self.reading,
            "sources": list(self.sources),
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


LANGUAGES = ("en", "ja")
NEW_CADENCE_DEFAULTS = {"shima": 14, "peer": 60, "influencer": None}


@dataclass(slots=True)
class Settings:
    currency: str = "JPY"
    owner_goal: str = ""
    window_days: int = 365
    lang: str = ""  # "en" or "ja"; empty: $SHIMA_LANG, else the locale
    # Stay in touch every N days by tag, for contacts without a cadence of their own (None: no
    # reminder). A new journal starts with shima 14 and peer 60; one from version 1 with none.
    cadence_defaults: dict[str, int | None] = field(default_factory=lambda: dict(NEW_CADENCE_DEFAULTS))

    def to_dict(self) -> dict:
        return {
            "currency": self.currency,
            "owner_goal": self.owner_goal,
            "window_days": self.window_days,
            "lang": self.lang,
            "cadence_defaults": dict(self.cadence_defaults),
        }

    def cadence_of(self, contact: Contact) -> int | None:
        """The contact's own cadence, else its tag's default."""
        return contact.cadence_days if contact.cadence_days is not None else self.cadence_defaults.get(contact.tag)


CONTACT_FIELDS = frozenset(f.name for f in fields(Contact))
ENTRY_FIELDS = frozenset(f.name for f in fields(Entry))
SETTINGS_FIELDS = frozenset(f.name for f in fields(Settings))


def _check_fields(data: object, expected: frozenset[str], field: str | None = None) -> dict:
    if not isinstance(data, dict):
        raise ValidationError("record.not_object", field=field)
    if data.keys() != expected:
        missing = sorted(expected - data.keys())
        prefix = f"{field}." if field else ""  # a field inside a field: shima_fit.same_goal
        if missing:
            raise ValidationError("record.missing_field", name=prefix + missing[0])
        raise ValidationError("record.unknown_field", name=prefix + sorted(data.keys() - expected)[0])
    return data


def _check_id(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("record.id_empty", field="id")
    return value


def _check_text(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise ValidationError("value.not_text", field=field)
    return value


def _check_typed(data: dict, limits: dict[str, int]) -> None:
    """Rules for what a person types (not for records already stored, which may be imported
    from anywhere): text that is UTF-8 (a command-line argument in another encoding arrives as
    lone surrogates, which no JSON file can hold), and bounded lengths, so a runaway paste is
    refused instead of stored."""
    for name, value in data.items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ValidationError("value.not_utf8", field=name) from None
    for name, limit in limits.items():
        value = data.get(name)
        if isinstance(value, str) and len(value) > limit:
            raise ValidationError("value.too_long", field=name, limit=limit, length=len(value))


def _check_choice(value: object, choices: tuple[str, ...], field: str) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ValidationError("value.not_choice", field=field, choices=", ".join(choices))
    return value


def _check_bool(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError("value.not_bool", field=field)
    return value


def _check_stamp(value: object, field: str) -> str:
    if isinstance(value, str):
        try:
            if datetime.fromisoformat(value).utcoffset() is not None:
                return value
        except ValueError:
            pass
    raise ValidationError("value.not_stamp", field=field)


def _visible(text: str) -> bool:
    """True when some character would show: not only spaces, format or control characters."""
    return any(not (ch.isspace() or unicodedata.category(ch) in ("Cf", "Cc", "Zs", "Zl", "Zp", "Mn")) for ch in text)


def check_name(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("name.empty", field="name")
    return value


def check_sources(value: object) -> list[str]:
    """Where a contact came from: a list of non-empty strings (keys such as email:a@b.c)."""
    if not isinstance(value, list) or not all(isinstance(key, str) and key.strip() for key in value):
        raise ValidationError("sources.not_keys", field="sources")
    return value


def check_cadence(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_WINDOW_DAYS:
        raise ValidationError("cadence.range", field="cadence_days", limit=MAX_WINDOW_DAYS)
    return value


def check_value(value: object) -> int | float | None:
    """An amount as stored: a number within money's bounds, or null."""
    try:
        return check_amount(value)
    except Problem:
        raise ValidationError("value.not_amount", field="value", limit=MAX_AMOUNT) from None


def check_day(value: object) -> date:
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValidationError("day.not_a_day", field="date", text=value) from None
    raise ValidationError("day.not_iso", field="date")


def check_currency(value: object) -> str:
    if not isinstance(value, str) or value not in CURRENCIES:
        raise ValidationError("currency.unknown", field="currency", text=str(value))
    return value


def _check_lang(value: object) -> str:
    if value not in ("", *LANGUAGES):
        raise ValidationError("lang.unknown", field="lang", choices=", ".join(LANGUAGES))
    return value


def check_window(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_WINDOW_DAYS:
        raise ValidationError("window.range", field="window_days", limit=MAX_WINDOW_DAYS)
    return value


def _in_record(kind: str, data: object, check):
    """Run a record's checks; a refusal learns which record of the file it was about."""
    try:
        return check()
    except ValidationError as problem:
        record_id = data.get("id") if isinstance(data, dict) else None
        problem.params.setdefault("record", kind)
        if isinstance(record_id, str) and record_id:
            problem.params.setdefault("record_id", record_id)
        raise


def contact_from_dict(data: object) -> Contact:
    return _in_record("contact", data, lambda: _contact(data))


def _contact(data: object) -> Contact:
    if isinstance(data, dict) and "sources" not in data:
        data = {**data, "sources": []}  # optional: a contact from before sources came from nowhere
    data = _check_fields(data, CONTACT_FIELDS)
    fit = _check_fields(data["shima_fit"], frozenset(FIT_CRITERIA), "shima_fit")
    return Contact(
        id=_check_id(data["id"]),
        name=check_name(data["name"]),
        reading=_check_text(data["reading"], "reading"),
        sources=check_sources(data["sources"]),
        tag=_check_choice(data["tag"], TAGS, "tag"),
        shima_fit=ShimaFit(**{name: _check_bool(fit[name], f"shima_fit.{name}") for name in FIT_CRITERIA}),
        met=_check_text(data["met"], "met"),
        notes=_check_text(data["notes"], "notes"),
        cadence_days=check_cadence(data["cadence_days"]),
        archived=_check_bool(data["archived"], "archived"),
        created_at=_check_stamp(data["created_at"], "created_at"),
        updated_at=_check_stamp(data["updated_at"], "updated_at"),
    )


def entry_from_dict(data: object) -> Entry:
    return _in_record("entry", data, lambda: _entry(data))


def _entry(data: object) -> Entry:
    data = _check_fields(data, ENTRY_FIELDS)
    direction = _check_choice(data["direction"], DIRECTIONS, "direction")
    contacts = data["contacts"]
    if not isinstance(contacts, list) or not all(isinstance(c, str) and c for c in contacts):
        raise ValidationError("contacts.not_ids", field="contacts")
    if len(set(contacts)) != len(contacts):
        raise ValidationError("contacts.twice", field="contacts")
    if not contacts and direction not in WITHOUT_KIND:
        raise ValidationError("contacts.needed", field="contacts", direction=direction)
    kind = data["kind"]
    if kind is None and direction not in WITHOUT_KIND:
        raise ValidationError("kind.required", field="kind")
    if kind is not None:
        _check_choice(kind, KINDS, "kind")
    if direction == "sale":
        if kind is not None:
            raise ValidationError("kind.sale_has_kind", field="kind")
        if not isinstance(data["value"], int | float) or isinstance(data["value"], bool) or not data["value"] > 0:
            raise ValidationError("sale.needs_value", field="value")
    return Entry(
        id=_check_id(data["id"]),
        date=check_day(data["date"]),
        contacts=contacts,
        direction=direction,
        kind=kind,
        value=check_value(data["value"]),
        text=_check_text(data["text"], "text"),
        created_at=_check_stamp(data["created_at"], "created_at"),
        updated_at=_check_stamp(data["updated_at"], "updated_at"),
    )


def settings_from_dict(data: object) -> Settings:
    return _in_record("settings", None, lambda: _settings(data))


def _settings(data: object) -> Settings:
    fields_ = _check_fields(data, SETTINGS_FIELDS)
    return Settings(
        currency=check_currency(fields_["currency"]),
        owner_goal=_check_text(fields_["owner_goal"], "owner_goal"),
        window_days=check_window(fields_["window_days"]),
        lang=_check_lang(fields_["lang"]),
        cadence_defaults=_check_cadence_defaults(fields_["cadence_defaults"]),
    )


def _check_cadence_defaults(value: object) -> dict[str, int | None]:
    defaults = _check_fields(value, frozenset(TAGS), "cadence_defaults")
    return {tag: _in_field(f"cadence_defaults.{tag}", lambda tag=tag: check_cadence(defaults[tag])) for tag in TAGS}


def _in_field(name: str, check):
    """A check of a value inside a field, reported against the inner name (cadence_defaults.peer)."""
    try:
        return check()
    except ValidationError as problem:
        problem.field = name
        raise


def touched(record, **changes):
    """A copy of a contact or entry with changes applied and updated_at set to now."""
    return replace(record, **changes, updated_at=now_stamp())


def new_contact(fields_: dict, *, contact_id: str) -> Contact:
    """A contact from what the user typed: the name trimmed, then every rule checked."""
    stamp = now_stamp()
    data = {**Contact(id=contact_id, name="", created_at=stamp, updated_at=stamp).to_dict(), **_contact_input(fields_)}
    return _contact(data)


def edited_contact(contact: Contact, changes: dict) -> Contact:
    """The contact with the user's changes, every rule checked again, updated_at now."""
    return _contact({**contact.to_dict(), **_contact_input(changes), "updated_at": now_stamp()})


def _contact_input(fields_: dict) -> dict:
    data = dict(fields_)
    if isinstance(data.get("name"), str):
        data["name"] = data["name"].strip()
        if data["name"] and not _visible(data["name"]):
            raise ValidationError("name.invisible", field="name")
    if isinstance(data.get("shima_fit"), ShimaFit):
        data["shima_fit"] = data["shima_fit"].to_dict()
    if isinstance(data.get("reading"), str):
        data["reading"] = normalise_reading(data["reading"])  # katakana and half width as hiragana
    _check_typed(data, {"name": MAX_NAME_CHARS, "reading": MAX_NAME_CHARS, "met": MAX_NAME_CHARS, "notes": MAX_TEXT_CHARS})
    return data


def new_entry(fields_: dict, *, entry_id: str) -> Entry:
    """An entry from what the user typed; notes have no kind, and a contribution says what happened."""
    stamp = now_stamp()
    data = {"id": entry_id, "kind": None, "value": None, "text": "", "created_at": stamp, "updated_at": stamp, **fields_}
    return _checked_input_entry(data)


def edited_entry(entry: Entry, changes: dict) -> Entry:
    return _checked_input_entry({**entry.to_dict(), **changes, "updated_at": now_stamp()})


def _checked_input_entry(data: dict) -> Entry:
    if isinstance(data.get("date"), date):
        data["date"] = data["date"].isoformat()
    if data.get("direction") == "note" and data.get("kind") is not None:
        raise ValidationError("kind.note_has_kind", field="kind")
    if isinstance(data.get("text"), str) and not data["text"].strip() and data.get("direction") != "sale":
        raise ValidationError("text.empty", field="text")  # a sale's amount says enough; a contribution needs words
    _check_typed(data, {"text": MAX_TEXT_CHARS})
    return _entry(data)


def settings_with(settings: Settings, changes: dict) -> Settings:
    """The settings with the user's changes, each rule checked."""
    _check_typed(changes, {"owner_goal": MAX_NAME_CHARS})
    return _settings({**settings.to_dict(), **changes})


def trusted_entries(items: list[dict], contact_ids: dict[str, str]) -> list[Entry]:
    """Entries from a file whose checksum says shima wrote them (so they were validated then).

    Built without checks, in one tight loop (the app reads 100,000 of them at start), sharing what
    repeats: the interned direction and kind, one date object per day, the contact's own id string
    (contact_ids maps each id to itself), one stamp when created and updated are equal. That
    sharing is most of the app's memory at 100,000 entries."""
    shared, days, day_of = _SHARED, _DAYS, _day_of
    entries = []
    append = entries.append
    for data in items:
        created, updated, day = data["created_at"], data["updated_at"], data["date"]
        append(
            Entry(
                data["id"],
                days.get(day) or day_of(day),
                [contact_ids.get(c, c) for c in data["contacts"]],
                shared[data["direction"]],
                shared.get(data["kind"]),
                data["value"],
                data["text"],
                created,
                created if updated == created else updated,
            )
        )
    return entries


_SHARED: dict[str | None, str] = {word: word for word in (*DIRECTIONS, *KINDS)}
_DAYS: dict[str, date] = {}


def _day_of(text: str) -> date:
    day = _DAYS.get(text)
    if day is None:
        day = _DAYS[text] = date.fromisoformat(text)
    return day


@dataclass(slots=True)
class Snapshot:
    """A whole journal as validated records: what the file and an export hold."""

    settings: Settings
    contacts: list[Contact]
    entries: list[Entry]
    tombstones: dict[str, str] = field(default_factory=dict)  # a removed record's id -> when it was removed
    journal_id: str = ""  # empty until the journal is first written (and in exports)


_TAG_SET = frozenset(TAGS)
_DIRECTION_SET = frozenset(DIRECTIONS)
_KIND_SET = frozenset(KINDS)
_FIT_SET = frozenset(FIT_CRITERIA)

_day = date.fromisoformat
_day_shape = _ISO_DAY.fullmatch


def _valid_stamp(value) -> bool:
    return type(value) is str and parse_stamp(value).utcoffset() is not None


def _fast_entry(data) -> Entry | None:
    """The common case in one pass with no messages built: a valid entry, or None to explain."""
    try:
        if type(data) is not dict or data.keys() != ENTRY_FIELDS:
            return None
        contacts, direction, kind, value, day = data["contacts"], data["direction"], data["kind"], data["value"], data["date"]
        if (
            type(contacts) is not list
            or direction not in _DIRECTION_SET
            or (kind is None and direction not in WITHOUT_KIND)
            or (kind is not None and kind not in _KIND_SET)
            or (not contacts and direction not in WITHOUT_KIND)
            or (direction == "sale" and (kind is not None or value is None))
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
        if value is not None and (type(value) not in (int, float) or not 0 <= value <= MAX_AMOUNT):
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
        if type(data["reading"]) is not str:
            return None
        sources = data["sources"]
        if type(sources) is not list:
            return None
        for key in sources:
            if type(key) is not str or not key.strip():
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
            data["reading"],
            sources,
        )
    except (ValueError, TypeError):
        return None


def snapshot_from_document(document: object) -> Snapshot:
    """Validate a whole journal or export document; the first problem is raised, naming its record."""
    head = head_from_document(document)
    head.entries = entries_from_document(document, head.contacts)
    return head


def trusted_contact(data: dict) -> Contact:
    """A contact from a file whose checksum says shima wrote it: built, not re-validated."""
    return Contact(
        data["id"],
        data["name"],
        data["tag"],
        ShimaFit(**data["shima_fit"]),
        data["met"],
        data["notes"],
        data["cadence_days"],
        data["archived"],
        data["created_at"],
        data["updated_at"],
        data["reading"],
        data["sources"],
    )


def _upgrade_from_version_1(document: dict) -> None:
    """Version 2 added a contact's reading and sources and the language and cadence settings: a
    version 1 document gets their defaults (in memory; the file is written as version 2 on the next
    save). Whatever is not of the expected shape is left for the checks to refuse."""
    contacts = document.get("contacts")
    for contact in contacts if isinstance(contacts, list) else ():
        if isinstance(contact, dict):
            contact.setdefault("reading", "")
            contact.setdefault("sources", [])
    settings = document.get("settings")
    if isinstance(settings, dict):
        settings.setdefault("lang", "")
        settings.setdefault("cadence_defaults", dict.fromkeys(TAGS))  # reminders as before: none by tag


def _upgrade_from_version_2(document: dict) -> None:
    """What builds of version 2 wrote before it settled: a contact from before `sources` came in
    has none (an empty list, rather than being refused as incomplete), and a contact added by
    `shima add` without --reading got the reading `- -` (an argparse work-around gone wrong): no
    reading is what the user gave."""
    contacts = document.get("contacts")
    for contact in contacts if isinstance(contacts, list) else ():
        if isinstance(contact, dict):
            contact.setdefault("sources", [])
            if contact.get("reading") == "- -":
                contact["reading"] = ""


def head_from_document(document: object, *, trusted: bool = False) -> Snapshot:
    """Format, version, settings and contacts, validated; entries are left to entries_from_document.

    Split so the app can show the contact list before the (much longer) entries are checked.
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ValidationError("document.not_shima")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValidationError("document.version_not_number")
    if version > FORMAT_VERSION:
        raise ValidationError("document.version_newer", version=version, known=FORMAT_VERSION)
    if version < 1:
        raise ValidationError("document.version_unknown", version=version)
    if version == 1:
        _upgrade_from_version_1(document)
    elif version == 2:
        _upgrade_from_version_2(document)
    for key in ("contacts", "entries"):
        if not isinstance(document.get(key), list):
            raise ValidationError("document.not_list", name=key)
    settings = settings_from_dict(document.get("settings"))
    tombstones = tombstones_from_document(document.get("tombstones", {}))
    journal_id = document.get("journal_id", "")
    if type(journal_id) is not str:
        raise ValidationError("document.journal_id")
    # The fast checks accept what the full validators accept; anything they doubt is handed to the
    # full validator, which raises the one-sentence reason (or, rarely, accepts it after all).
    if trusted:
        contacts = [trusted_contact(item) for item in document["contacts"]]
    else:
        contacts = [_fast_contact(item) or contact_from_dict(item) for item in document["contacts"]]
    _check_unique(contacts, "contact")
    return Snapshot(settings, contacts, [], tombstones, journal_id)


def tombstones_from_document(tombstones: object) -> dict[str, str]:
    """The removed records' ids and when each was removed (absent before version 3: none)."""
    if type(tombstones) is not dict:
        raise ValidationError("document.tombstones")
    for record_id, when in tombstones.items():
        if not record_id.strip() or not _valid_tombstone_stamp(when):
            raise ValidationError("document.tombstone", record_id=record_id)
    return tombstones


def _valid_tombstone_stamp(value: object) -> bool:
    try:
        return _valid_stamp(value)
    except ValueError:
        return False


def entries_from_document(document: dict, contacts: list[Contact]) -> list[Entry]:
    """The entries of a document whose head was validated: each record, unique ids, known contacts."""
    entries = [_fast_entry(item) or entry_from_dict(item) for item in document["entries"]]
    _check_unique(entries, "entry")
    known = {c.id for c in contacts}
    for entry in entries:
        for cid in entry.contacts:
            if cid not in known:
                raise ValidationError("contacts.unknown", field="contacts", record="entry", record_id=entry.id, contact=cid)
    return entries


def _check_unique(records, kind: str) -> None:
    seen: set[str] = set()
    for record in records:
        if record.id in seen:
            raise ValidationError("record.id_twice", field="id", record=kind, record_id=record.id)
        seen.add(record.id)
