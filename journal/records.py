"""Contacts, entries and settings: each kind of record declared once, and every rule about it.

A record kind is one msgspec `Struct`: its fields, their types and bounds (msgspec `Meta`), their
defaults, and the problem each field raises (`Meta(extra={"problem": ...})`). Everything else is
derived from that declaration: encoding (`to_dict`, the file's lines), decoding and validating a
file in one pass (`msgspec.json.Decoder`), validating what a person typed (`msgspec.convert`), the
`Changes` a front end sends (every field optional), and the registry of kinds (`RECORD_KINDS`) the
store, the merge and the counts loop over. Rules that tie fields together (a sale has a value, a
contribution names someone) are each kind's `check()`; rules only for what a person types (a
visible name, bounded lengths) are `check_input()`.

A refusal is a `ValidationError`: a code, the field, and the record it was found in when it came
from a file (records the user is typing have no id worth naming). No I/O, no words here.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, ClassVar

import msgspec
from msgspec import UNSET, Meta, UnsetType

from .money import MAX_AMOUNT
from .problems import Problem
from .reading import normalise_reading

replace = msgspec.structs.replace  # a record with some fields changed (records are msgspec Structs)


class ValidationError(Problem):
    """A record that breaks a rule: the code, the field, and (from a file) which record."""


# ----- the values a record holds, each type with its rules ----------------------------------------------


class Tag(StrEnum):
    """What a contact is to you (SPEC 1)."""

    PEER = "peer"
    INFLUENCER = "influencer"
    SHIMA = "shima"


class Kind(StrEnum):
    """What a contribution was."""

    REFERRAL = "referral"  # introduced a client or customer
    COLLABORATION = "collaboration"
    INFORMATION = "information"
    IDEA = "idea"
    SUPPORT = "support"
    MONEY = "money"  # paid them (fees, courses, events), or were paid
    LABOR = "labor"  # unpaid work
    OTHER = "other"

    @property
    def brings_business(self) -> bool:
        """A referral, a collaboration or money: what moves sales when it comes your way."""
        return self in (Kind.REFERRAL, Kind.COLLABORATION, Kind.MONEY)

    @property
    def is_comfort(self) -> bool:
        """Support and information: worth having, but not business."""
        return self in (Kind.SUPPORT, Kind.INFORMATION)


class Direction(StrEnum):
    """Which way an entry went. A contribution (gave, received, mutual) names someone and says what
    kind it was; a note (a plain interaction, or your own effort when it names nobody) and a sale
    (revenue you made; its contacts, if any, brought it) need neither."""

    GAVE = "gave"
    RECEIVED = "received"
    MUTUAL = "mutual"
    NOTE = "note"
    SALE = "sale"

    @property
    def is_contribution(self) -> bool:
        return self not in (Direction.NOTE, Direction.SALE)

    @property
    def needs_contact(self) -> bool:
        return self.is_contribution

    @property
    def has_kind(self) -> bool:
        return self.is_contribution

    @property
    def default_kind(self) -> Kind | None:
        """The kind of a contribution logged without one; none for notes and sales."""
        return Kind.OTHER if self.is_contribution else None

    @property
    def gives(self) -> bool:
        """You contributed (gave, or both in a joint project)."""
        return self in (Direction.GAVE, Direction.MUTUAL)

    @property
    def receives(self) -> bool:
        """They contributed (received, or both in a joint project)."""
        return self in (Direction.RECEIVED, Direction.MUTUAL)


TAGS: tuple[Tag, ...] = tuple(Tag)
DIRECTIONS: tuple[Direction, ...] = tuple(Direction)
KINDS: tuple[Kind, ...] = tuple(Kind)
WITHOUT_KIND = frozenset(d for d in Direction if not d.has_kind)
FIT_CRITERIA = ("same_goal", "same_heat", "acknowledges_me", "slightly_ahead")
LANGUAGES = ("en", "ja")

TOMBSTONE_HORIZON_DAYS = 1825  # a removal is remembered five years: an older copy may bring it back
MAX_WINDOW_DAYS = 36_500
MAX_NAME_CHARS = 500  # a name, a place, a goal: one line of text
MAX_TEXT_CHARS = 100_000  # notes and entry text: long, but not a pasted log file
# ISO 4217 codes in use, so a typo (XYZ) or a word (yen) is refused rather than stored.
CURRENCIES = tuple(
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF "
    "CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG "
    "HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA "
    "MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD "
    "RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX "
    "USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL".split()
)
Currency = StrEnum("Currency", {code: code for code in CURRENCIES})  # type: ignore[misc]


def _choices(values: Iterable[str]) -> str:
    return ", ".join(values)


# The field types, each with the problem it raises (and that problem's numbers). A problem is a code,
# or a function of the value found (for a date: not a date at all, or a day that does not exist).
def _day_problem(value: object) -> tuple[str, dict]:
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        return "day.not_a_day", {"text": value}
    return "day.not_iso", {}


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SOMETHING = r"\S"  # (msgspec searches: the pattern matches when any character is not a space)

Id = Annotated[str, Meta(pattern=_SOMETHING, extra={"problem": "record.id_empty"})]
Name = Annotated[str, Meta(pattern=_SOMETHING, extra={"problem": "name.empty"})]
Text = Annotated[str, Meta(extra={"problem": "value.not_text"})]
Stamp = Annotated[str, Meta(extra={"problem": "value.not_stamp"})]  # ISO 8601 with a UTC offset: see check()
Flag = Annotated[bool, Meta(extra={"problem": "value.not_bool"})]
Day = Annotated[date, Meta(extra={"problem": _day_problem})]
Days = Annotated[int, Meta(ge=1, le=MAX_WINDOW_DAYS)]
Cadence = Annotated[Days | None, Meta(extra={"problem": "cadence.range", "limit": MAX_WINDOW_DAYS})]
_Money = Annotated[int, Meta(ge=0, le=MAX_AMOUNT)] | Annotated[float, Meta(ge=0, le=MAX_AMOUNT)]
Amount = Annotated[_Money | None, Meta(extra={"problem": "value.not_amount", "limit": MAX_AMOUNT})]
Keys = Annotated[list[Annotated[str, Meta(pattern=_SOMETHING)]], Meta(extra={"problem": "sources.not_keys"})]
ContactIds = Annotated[list[Annotated[str, Meta(min_length=1)]], Meta(extra={"problem": "contacts.not_ids"})]
TagField = Annotated[Tag, Meta(extra={"problem": "value.not_choice", "choices": _choices(TAGS)})]
DirectionField = Annotated[Direction, Meta(extra={"problem": "value.not_choice", "choices": _choices(DIRECTIONS)})]
KindField = Annotated[Kind | None, Meta(extra={"problem": "value.not_choice", "choices": _choices(KINDS)})]


# ----- the records ------------------------------------------------------------------------------------


class Record(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """What every record shares: strict decoding (an unknown field is refused; a field with a
    default may be left out, so a file written before a field existed still reads), no cycles (so the
    garbage collector need not track a hundred thousand of them), and its file form."""

    RECORD: ClassVar[str] = ""  # its name in problems ("contact")

    def to_dict(self) -> dict[str, Any]:
        """As the file holds it: plain JSON values, in the declaration's order."""
        return msgspec.to_builtins(self)

    def contact_ids(self) -> list[str]:
        """The contacts this record names (they must exist while it does)."""
        return []

    def check(self) -> None:
        """The rules that tie fields together, for a record from outside (a file, an import)."""
        for name in ("created_at", "updated_at"):
            if not valid_stamp(getattr(self, name)):
                raise ValidationError("value.not_stamp", field=name)


class ShimaFit(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """The four criteria of a shima member (SPEC section 1)."""

    same_goal: Flag = False
    same_heat: Flag = False
    acknowledges_me: Flag = False
    slightly_ahead: Flag = False

    @property
    def score(self) -> int:
        return sum(getattr(self, name) for name in FIT_CRITERIA)

    def to_dict(self) -> dict[str, bool]:
        return msgspec.to_builtins(self)

    def toggled(self, criterion: str) -> ShimaFit:
        return replace(self, **{criterion: not getattr(self, criterion)})


class Contact(Record, kw_only=True):
    RECORD: ClassVar[str] = "contact"

    id: Id
    name: Name
    reading: Text = ""  # the name's reading (よみ) in hiragana; empty when not given
    # Where the contact came from, as stable keys (vcard-uid:…, linkedin:https://…, email:…, phone:+81…):
    # importing the same people again updates them instead of adding them twice.
    sources: Keys = msgspec.field(default_factory=list)
    tag: TagField = Tag.PEER
    shima_fit: ShimaFit = msgspec.field(default_factory=ShimaFit)
    met: Text = ""
    notes: Text = ""
    cadence_days: Cadence = None
    archived: Flag = False
    created_at: Stamp
    updated_at: Stamp


class Entry(Record, kw_only=True):
    RECORD: ClassVar[str] = "entry"

    id: Id
    date: Day
    contacts: ContactIds = msgspec.field(default_factory=list)
    direction: DirectionField
    kind: KindField = None
    value: Amount = None
    text: Text = ""
    created_at: Stamp
    updated_at: Stamp

    def contact_ids(self) -> list[str]:
        return self.contacts

    def check(self) -> None:
        """A contribution names someone and says what it was; notes and sales need neither, and a
        sale is an amount above zero; nobody is named twice."""
        if len(self.contacts) > 1 and len(set(self.contacts)) != len(self.contacts):
            raise ValidationError("contacts.twice", field="contacts")
        direction = Direction(self.direction)
        if not self.contacts and direction.needs_contact:
            raise ValidationError("contacts.needed", field="contacts", direction=direction.value)
        if self.kind is None and direction.has_kind:
            raise ValidationError("kind.required", field="kind")
        if direction is Direction.SALE:
            if self.kind is not None:
                raise ValidationError("kind.sale_has_kind", field="kind")
            if not self.value:
                raise ValidationError("sale.needs_value", field="value")
        super().check()


class CadenceDefaults(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """Stay in touch every N days by tag, for contacts without a cadence of their own (None: no
    reminder). A new journal starts with shima 14 and peer 60; one from version 1 with none."""

    peer: Cadence = 60
    influencer: Cadence = None
    shima: Cadence = 14


NEW_CADENCE_DEFAULTS = msgspec.to_builtins(CadenceDefaults())


class Settings(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    RECORD: ClassVar[str] = "settings"

    currency: Annotated[Currency, Meta(extra={"problem": "currency.unknown", "text": True})] = Currency.JPY
    owner_goal: Text = ""
    window_days: Annotated[Days, Meta(extra={"problem": "window.range", "limit": MAX_WINDOW_DAYS})] = 365
    lang: Annotated[str, Meta(pattern=r"^(en|ja)?$", extra={"problem": "lang.unknown", "choices": _choices(LANGUAGES)})] = ""
    cadence_defaults: CadenceDefaults = msgspec.field(default_factory=CadenceDefaults)

    def to_dict(self) -> dict[str, Any]:
        return msgspec.to_builtins(self)

    def cadence_of(self, contact: Contact) -> int | None:
        """The contact's own cadence, else its tag's default."""
        return contact.cadence_days if contact.cadence_days is not None else getattr(self.cadence_defaults, contact.tag)


class Snapshot(msgspec.Struct, gc=False):
    """A whole journal as validated records: what the file and an export hold."""

    settings: Settings
    contacts: list[Contact]
    entries: list[Entry]
    tombstones: dict[str, str] = msgspec.field(default_factory=dict)  # a removed record's id -> when removed
    journal_id: str = ""  # empty until the journal is first written


@dataclass(frozen=True, slots=True)
class RecordKind:
    """One kind of record as the rest of shima loops over them: its type, its list in the file and in
    a Snapshot, the prefix of its ids. Every kind merges the same way (per record, the newer change
    wins; a tombstone removes it unless changed after), so there is no merge policy to choose yet."""

    type: type[Record]
    section: str  # its list in the file and its attribute of Snapshot: "contacts"
    id_prefix: str

    @property
    def name(self) -> str:
        return self.type.RECORD


CONTACTS = RecordKind(Contact, "contacts", "c")
ENTRIES = RecordKind(Entry, "entries", "e")
RECORD_KINDS: tuple[RecordKind, ...] = (CONTACTS, ENTRIES)  # in the file's order; entries last (by month)


# ----- stamps and ids ---------------------------------------------------------------------------------


def parse_stamp(text: str) -> datetime:
    """A stored stamp (created_at, updated_at, a tombstone's) as a moment, to compare or sort."""
    return datetime.fromisoformat(text)


def valid_stamp(value: object) -> bool:
    """ISO 8601 with a UTC offset, as every stamp is written."""
    if type(value) is not str:
        return False
    try:
        return datetime.fromisoformat(value).utcoffset() is not None
    except ValueError:
        return False


def now_stamp() -> str:
    """The current moment as ISO 8601 with the local UTC offset (microseconds keep order)."""
    return datetime.now().astimezone().isoformat()


def new_id(prefix: str) -> str:
    """An opaque id: 40 random bits are plenty for one person's journal, and short to type."""
    return prefix + secrets.token_hex(5)


def new_journal_id() -> str:
    """A journal's own id, made once: it tells a sync tool's copy of this journal from another's."""
    return "journal-" + secrets.token_hex(8)


# ----- from outside: a file, an import ---------------------------------------------------------------


def record_from(record_type: type[Record], data: object) -> Record:
    """One record from plain values (a parsed file's dict), every rule checked; a refusal names the
    record (its kind, and its id when it has one)."""
    try:
        record = msgspec.convert(data, record_type)
        record.check()
        return record
    except msgspec.ValidationError as error:
        raise _in_record(problem_of(error, record_type, data), record_type.RECORD, data) from None
    except ValidationError as problem:
        raise _in_record(problem, record_type.RECORD, data) from None


def contact_from_dict(data: object) -> Contact:
    return record_from(Contact, data)


def entry_from_dict(data: object) -> Entry:
    return record_from(Entry, data)


def settings_from_dict(data: object) -> Settings:
    try:
        return msgspec.convert(data, Settings)
    except msgspec.ValidationError as error:
        problem = problem_of(error, Settings, data)
        problem.params.setdefault("record", "settings")
        raise problem from None


def records_from(record_type: type[Record], items: list) -> list:
    """Every record of a list from plain values, refused at the first problem (in list order)."""
    return [record_from(record_type, item) for item in items]


# ----- from a person: what the front ends collected ----------------------------------------------------


class Changes(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What a front end changed of a record: each field set, or left UNSET."""

    def given(self) -> dict[str, Any]:
        """The fields set, by name, as the record holds them."""
        return {f: getattr(self, f) for f in self.__struct_fields__ if getattr(self, f) is not UNSET}


def changes_of(record_type: type[Record], name: str) -> type[Changes]:
    """The Changes type of a record kind: its fields (but the id and stamps), each optional."""
    fields = [
        (field.name, field.type | UnsetType, UNSET)  # type: ignore[operator]
        for field in msgspec.structs.fields(record_type)
        if field.name not in ("id", "created_at", "updated_at")
    ]
    return msgspec.defstruct(name, fields, bases=(Changes,), kw_only=True, forbid_unknown_fields=True, module=__name__)


ContactChanges = changes_of(Contact, "ContactChanges")
EntryChanges = changes_of(Entry, "EntryChanges")


def _input_values(changes: Changes | Mapping[str, Any]) -> dict[str, Any]:
    """What the user typed, as plain values (a Changes, or a dict of the same fields)."""
    if isinstance(changes, Changes):
        values = changes.given()
    else:
        values = dict(changes)
    return {name: (value.isoformat() if isinstance(value, date) else _plain(value)) for name, value in values.items()}


def _plain(value: object) -> object:
    return msgspec.to_builtins(value) if isinstance(value, msgspec.Struct) else value


def new_contact(changes: Changes | Mapping[str, Any], *, contact_id: str) -> Contact:
    """A contact from what the user typed: the name trimmed, then every rule checked."""
    stamp = now_stamp()
    return _contact_input({"id": contact_id, "created_at": stamp, "updated_at": stamp}, _input_values(changes))


def edited_contact(contact: Contact, changes: Changes | Mapping[str, Any]) -> Contact:
    """The contact with the user's changes, every rule checked again, updated_at now."""
    return _contact_input({**contact.to_dict(), "updated_at": now_stamp()}, _input_values(changes))


def _contact_input(base: dict, typed: dict) -> Contact:
    if isinstance(typed.get("name"), str):
        typed["name"] = typed["name"].strip()
        if typed["name"] and not _visible(typed["name"]):
            raise ValidationError("name.invisible", field="name")
    if isinstance(typed.get("reading"), str):
        typed["reading"] = normalise_reading(typed["reading"])  # katakana and half width as hiragana
    _check_typed(typed, {"name": MAX_NAME_CHARS, "reading": MAX_NAME_CHARS, "met": MAX_NAME_CHARS, "notes": MAX_TEXT_CHARS})
    return _from_input(Contact, {**base, **typed})


def new_entry(changes: Changes | Mapping[str, Any], *, entry_id: str) -> Entry:
    """An entry from what the user typed: a contribution without a kind gets its direction's default
    kind; a contribution names someone, a note has no kind, and everything but a sale says in words
    what happened."""
    stamp = now_stamp()
    typed = _input_values(changes)
    direction = _direction_of(typed.get("direction"))
    if direction is not None and typed.get("kind") is None and "kind" not in typed:
        typed["kind"] = direction.default_kind
    return _entry_input({"id": entry_id, "created_at": stamp, "updated_at": stamp}, typed)


def edited_entry(entry: Entry, changes: Changes | Mapping[str, Any]) -> Entry:
    """The entry with the user's changes, the input rules checked again. A contribution turned into a
    note loses its kind; a note turned into a contribution gets the default kind (unless one is given)."""
    typed = _input_values(changes)
    direction = _direction_of(typed.get("direction"))
    if direction is not None and "kind" not in typed:
        if not direction.has_kind:
            typed["kind"] = None
        elif entry.kind is None:
            typed["kind"] = direction.default_kind
    return _entry_input({**entry.to_dict(), "updated_at": now_stamp()}, typed)


def _direction_of(value: object) -> Direction | None:
    try:
        return Direction(value)
    except ValueError:
        return None


def _entry_input(base: dict, typed: dict) -> Entry:
    data = {**base, **typed}
    direction = _direction_of(data.get("direction"))
    if direction is Direction.NOTE and data.get("kind") is not None:
        raise ValidationError("kind.note_has_kind", field="kind")
    text = data.get("text", "")
    if isinstance(text, str) and not text.strip() and direction is not Direction.SALE:
        raise ValidationError("text.empty", field="text")  # a sale's amount says enough; a contribution needs words
    _check_typed(typed, {"text": MAX_TEXT_CHARS})
    return _from_input(Entry, data)


def settings_with(settings: Settings, changes: Mapping[str, Any]) -> Settings:
    """The settings with the user's changes, each rule checked."""
    typed = _input_values(changes)
    _check_typed(typed, {"owner_goal": MAX_NAME_CHARS})
    try:
        return msgspec.convert({**settings.to_dict(), **typed}, Settings)
    except msgspec.ValidationError as error:
        raise problem_of(error, Settings, {**settings.to_dict(), **typed}) from None


def _from_input(record_type: type[Record], data: dict) -> Record:
    try:
        record = msgspec.convert(data, record_type)
    except msgspec.ValidationError as error:
        raise problem_of(error, record_type, data) from None
    record.check()
    return record


def touched(record, **changes):
    """A copy of a record with changes applied and updated_at set to now."""
    return replace(record, **changes, updated_at=now_stamp())


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


def _visible(text: str) -> bool:
    """True when some character would show: not only spaces, format or control characters."""
    return any(not (ch.isspace() or unicodedata.category(ch) in ("Cf", "Cc", "Zs", "Zl", "Zp", "Mn")) for ch in text)


# ----- msgspec's refusals as problems -----------------------------------------------------------------

_AT = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[\.\.\.\]")
_MISSING = re.compile(r"^Object missing required field `(?P<name>[^`]+)`")
_UNKNOWN = re.compile(r"^Object contains unknown field `(?P<name>[^`]+)`")
_NOT_OBJECT = re.compile(r"^Expected `object`, got `\w+`")


def _path_of(error: msgspec.ValidationError) -> list[str | int]:
    found = _AT.search(str(error))
    if found is None:
        return []
    return [int(index) if index else name for name, index in _STEP.findall(found.group("path"))]


def problem_of(error: msgspec.ValidationError, record_type: type, data: object) -> ValidationError:
    """A refusal of one record (or the settings) by msgspec, as the problem its field declares."""
    path = [step for step in _path_of(error) if isinstance(step, str)]
    target = data
    for step in path:
        target = target.get(step) if isinstance(target, dict) else None
    return _problem_at(str(error), path, record_type, target)


def _problem_at(message: str, field_path: list[str], record_type: type, value: object) -> ValidationError:
    prefix = ".".join(field_path)
    missing, unknown = _MISSING.match(message), _UNKNOWN.match(message)
    if missing or unknown:
        name = (missing or unknown).group("name")
        return ValidationError(
            "record.missing_field" if missing else "record.unknown_field", name=f"{prefix}.{name}" if prefix else name
        )
    if not field_path:
        return ValidationError("record.not_object", field=None)
    meta = _field_meta(record_type, field_path)
    problem = meta.get("problem")
    if problem is None:
        if _NOT_OBJECT.match(message):
            return ValidationError("record.not_object", field=prefix)
        problem = "value.not_text"
    if callable(problem):
        code, params = problem(value)
    else:
        code, params = problem, {}
    for key in ("limit", "choices"):
        if key in meta:
            params[key] = meta[key]
    if meta.get("text"):
        params["text"] = str(value)
    return ValidationError(code, field=prefix, **params)


def _field_meta(record_type: type, field_path: list[str]) -> dict:
    """The `extra` of the innermost declared field on the path (shima_fit.same_goal: the bool's)."""
    current: object = record_type
    meta: dict = {}
    for name in field_path:
        current = _field_type(current, name)
        if current is None:
            return meta
        meta = _extra_of(current) or meta
    return meta


def _field_type(struct_type: object, name: str) -> object:
    info = msgspec.inspect.type_info(struct_type) if isinstance(struct_type, type) else struct_type
    info = _unwrapped(info)
    for field in getattr(info, "fields", ()):
        if field.name == name:
            return field.type
    return None


def _unwrapped(info: object) -> object:
    """Through Metadata and optional unions to the struct inside (for nested fields)."""
    while True:
        if isinstance(info, msgspec.inspect.Metadata):
            info = info.type
        elif isinstance(info, msgspec.inspect.UnionType):
            structs = [t for t in info.types if isinstance(_unwrapped(t), msgspec.inspect.StructType)]
            if not structs:
                return info
            info = structs[0]
        else:
            return info


def _extra_of(info: object) -> dict:
    return dict(info.extra or {}) if isinstance(info, msgspec.inspect.Metadata) else {}


def _in_record(problem: ValidationError, kind: str, data: object) -> ValidationError:
    """A refusal learns which record of the file it was about."""
    record_id = data.get("id") if isinstance(data, dict) else None
    problem.params.setdefault("record", kind)
    if isinstance(record_id, str) and record_id.strip():
        problem.params.setdefault("record_id", record_id)
    return problem
