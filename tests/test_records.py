"""Validation refuses with a code, the field and (from a file) the record, for every rule of every record.

Records from a file (`contact_from_dict`, `entry_from_dict`, a whole document) follow the stored
rules; what the user types (`new_contact`, `edited_contact`, `new_entry`, `edited_entry`,
`settings_with`) follows those and the input rules on top (trimmed and visible names, an entry
that says what happened, a note without a kind, bounded lengths)."""

from __future__ import annotations

import copy
import math
from datetime import date

import orjson
import pytest
from conftest import GOOD_CONTACT, GOOD_ENTRY

from journal import records
from journal.money import MAX_AMOUNT
from journal.records import (
    MAX_NAME_CHARS,
    MAX_TEXT_CHARS,
    MAX_WINDOW_DAYS,
    Settings,
    ShimaFit,
    ValidationError,
    contact_from_dict,
    edited_contact,
    edited_entry,
    entry_from_dict,
    new_contact,
    new_entry,
    settings_from_dict,
    settings_with,
)
from journal.store.document import read_entries, snapshot_from_document
from journal.words import explain

GOOD_SETTINGS = {
    "currency": "JPY",
    "owner_goal": "",
    "window_days": 365,
    "lang": "ja",
    "cadence_defaults": {"peer": 60, "influencer": None, "shima": 14},
}
# A stored amount outside money.check_amount's bounds (below 0, NaN, infinite, not a number, over
# MAX_AMOUNT) is refused as the record rule value.not_amount, naming the limit.
AMOUNT = {"limit": MAX_AMOUNT}


def with_change(base: dict, path: str, value) -> dict:
    data = copy.deepcopy(base)
    *parents, last = path.split(".")
    target = data
    for key in parents:
        target = target[key]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return data


def refusal(call, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value


def assert_refused(problem: ValidationError, code: str, field: str | None, params: dict | None = None) -> None:
    assert (problem.code, problem.field) == (code, field), str(problem)
    for key, value in (params or {}).items():
        assert problem.params.get(key) == value, (key, str(problem))


def test_good_records_round_trip():
    assert contact_from_dict(GOOD_CONTACT).to_dict() == GOOD_CONTACT
    assert entry_from_dict(GOOD_ENTRY).to_dict() == GOOD_ENTRY
    assert entry_from_dict(with_change(GOOD_ENTRY, "value", 12.5)).value == 12.5
    assert settings_from_dict(GOOD_SETTINGS).to_dict() == GOOD_SETTINGS


# ----- records from a file -----------------------------------------------------------------------

FIT_FIELDS = "same_goal, same_heat, acknowledges_me, slightly_ahead"


@pytest.mark.parametrize(
    ("path", "value", "code", "field", "params"),
    [
        ("id", "", "record.id_empty", "id", {}),
        ("id", 7, "record.id_empty", "id", {}),
        ("name", "   ", "name.empty", "name", {}),
        ("name", 5, "name.empty", "name", {}),
        ("tag", "friend", "value.not_choice", "tag", {"choices": "peer, influencer, shima"}),
        ("shima_fit.same_goal", "yes", "value.not_bool", "shima_fit.same_goal", {}),
        ("shima_fit.extra", True, "record.unknown_field", None, {"name": "shima_fit.extra"}),
        ("created_at", KeyError, "record.missing_field", None, {"name": "created_at"}),
        ("shima_fit", [], "record.not_object", "shima_fit", {}),
        ("met", None, "value.not_text", "met", {}),
        ("notes", 3, "value.not_text", "notes", {}),
        ("cadence_days", 0, "cadence.range", "cadence_days", {"limit": MAX_WINDOW_DAYS}),
        ("cadence_days", MAX_WINDOW_DAYS + 1, "cadence.range", "cadence_days", {}),
        ("cadence_days", 1.5, "cadence.range", "cadence_days", {}),
        ("cadence_days", True, "cadence.range", "cadence_days", {}),
        ("cadence_days", "14", "cadence.range", "cadence_days", {}),
        ("archived", "no", "value.not_bool", "archived", {}),
        ("created_at", "2026-01-01T09:00:00", "value.not_stamp", "created_at", {}),
        ("updated_at", "yesterday", "value.not_stamp", "updated_at", {}),
        ("name", KeyError, "record.missing_field", None, {"name": "name"}),
        ("colour", "red", "record.unknown_field", None, {"name": "colour"}),
    ],
)
def test_contact_validation_names_code_field_and_record(path, value, code, field, params):
    problem = refusal(contact_from_dict, with_change(GOOD_CONTACT, path, value))
    assert_refused(problem, code, field, params)
    assert problem.params["record"] == "contact"
    if path != "id":  # a record with no usable id cannot be named by it
        assert problem.params["record_id"] == "c1"


def test_a_field_with_a_default_may_be_left_out_of_a_file():
    """A file written before a field existed still reads: the field takes its default."""
    assert contact_from_dict(with_change(GOOD_CONTACT, "shima_fit.same_heat", KeyError)).shima_fit.same_heat is False
    assert contact_from_dict(with_change(GOOD_CONTACT, "reading", KeyError)).reading == ""
    assert entry_from_dict(with_change(GOOD_ENTRY, "text", KeyError)).text == ""
    assert settings_from_dict(with_change(GOOD_SETTINGS, "window_days", KeyError)).window_days == 365


@pytest.mark.parametrize("cadence", [None, 1, MAX_WINDOW_DAYS])
def test_cadence_bounds_are_inclusive(cadence):
    assert contact_from_dict(with_change(GOOD_CONTACT, "cadence_days", cadence)).cadence_days == cadence


def test_a_contact_that_is_not_an_object_is_refused():
    assert_refused(refusal(contact_from_dict, ["c1"]), "record.not_object", None, {"record": "contact"})


@pytest.mark.parametrize(
    ("path", "value", "code", "field", "params"),
    [
        ("id", "  ", "record.id_empty", "id", {}),
        ("direction", "took", "value.not_choice", "direction", {"choices": "gave, received, mutual, note, sale"}),
        ("kind", "gift", "value.not_choice", "kind", {}),
        ("kind", None, "kind.required", "kind", {}),
        ("date", "2026-02-30", "day.not_a_day", "date", {"text": "2026-02-30"}),
        ("date", "20261120", "day.not_iso", "date", {}),
        ("date", "2026-1-20", "day.not_iso", "date", {}),
        ("date", None, "day.not_iso", "date", {}),
        ("contacts", [], "contacts.needed", "contacts", {"direction": "gave"}),
        ("contacts", "c1", "contacts.not_ids", "contacts", {}),
        ("contacts", [""], "contacts.not_ids", "contacts", {}),
        ("contacts", [1], "contacts.not_ids", "contacts", {}),
        ("contacts", ["c1", "c1"], "contacts.twice", "contacts", {}),
        ("value", -1, "value.not_amount", "value", AMOUNT),
        ("value", float("nan"), "value.not_amount", "value", AMOUNT),
        ("value", float("inf"), "value.not_amount", "value", AMOUNT),
        ("value", 1e308, "value.not_amount", "value", AMOUNT),
        ("value", MAX_AMOUNT + 1, "value.not_amount", "value", AMOUNT),
        ("value", "30000", "value.not_amount", "value", AMOUNT),
        ("value", False, "value.not_amount", "value", AMOUNT),
        ("text", None, "value.not_text", "text", {}),
        ("created_at", "", "value.not_stamp", "created_at", {}),
        ("updated_at", "2026-11-20", "value.not_stamp", "updated_at", {}),
        ("colour", "red", "record.unknown_field", None, {"name": "colour"}),
        ("date", KeyError, "record.missing_field", None, {"name": "date"}),
    ],
)
def test_entry_validation_names_code_field_and_record(path, value, code, field, params):
    problem = refusal(entry_from_dict, with_change(GOOD_ENTRY, path, value))
    assert_refused(problem, code, field, params)
    assert problem.params["record"] == "entry"
    if path != "id":
        assert problem.params["record_id"] == "e12"


@pytest.mark.parametrize("value", [None, 0, 0.5, MAX_AMOUNT, float(MAX_AMOUNT)])
def test_stored_amounts_up_to_the_limit_are_kept(value):
    assert entry_from_dict(with_change(GOOD_ENTRY, "value", value)).value == value


def test_stored_records_keep_what_only_input_refuses():
    """A file may hold what a person may not type: an empty text, a note with a kind, a long name."""
    assert entry_from_dict(with_change(GOOD_ENTRY, "text", "")).text == ""
    note = {**GOOD_ENTRY, "direction": "note", "contacts": [], "kind": "idea", "value": None}
    assert entry_from_dict(note).kind == "idea"
    assert contact_from_dict(with_change(GOOD_CONTACT, "name", "x" * (MAX_NAME_CHARS + 1))).name.startswith("x")


def test_notes_may_have_no_contact_and_no_kind():
    note = entry_from_dict({**GOOD_ENTRY, "direction": "note", "contacts": [], "kind": None, "value": None})
    assert note.contacts == [] and note.kind is None


@pytest.mark.parametrize(
    ("path", "value", "code", "field", "params"),
    [
        ("currency", "yen", "currency.unknown", "currency", {"text": "yen"}),
        ("currency", "XYZ", "currency.unknown", "currency", {"text": "XYZ"}),
        ("currency", 392, "currency.unknown", "currency", {"text": "392"}),
        ("owner_goal", 1, "value.not_text", "owner_goal", {}),
        ("window_days", 0, "window.range", "window_days", {"limit": MAX_WINDOW_DAYS}),
        ("window_days", MAX_WINDOW_DAYS + 1, "window.range", "window_days", {}),
        ("window_days", 30.0, "window.range", "window_days", {}),
        ("window_days", True, "window.range", "window_days", {}),
        ("lang", "fr", "lang.unknown", "lang", {"choices": "en, ja"}),
        ("extra", "x", "record.unknown_field", None, {"name": "extra"}),
    ],
)
def test_settings_validation(path, value, code, field, params):
    problem = refusal(settings_from_dict, with_change(GOOD_SETTINGS, path, value))
    assert_refused(problem, code, field, params)
    assert problem.params["record"] == "settings" and "record_id" not in problem.params


def test_settings_that_are_not_an_object_are_refused():
    assert_refused(refusal(settings_from_dict, None), "record.not_object", None)


@pytest.mark.parametrize("currency", ["JPY", "USD", "EUR", "KWD"])
def test_iso_currencies_are_kept(currency):
    assert settings_from_dict({**GOOD_SETTINGS, "currency": currency}).currency == currency


# ----- what the user types --------------------------------------------------------------------------


def test_new_contact_trims_the_name_and_stamps_it():
    contact = new_contact({"name": "  Sato  ", "tag": "shima", "shima_fit": ShimaFit(same_goal=True)}, contact_id="c9")
    assert (contact.id, contact.name, contact.tag, contact.shima_fit.score) == ("c9", "Sato", "shima", 1)
    assert contact.created_at == contact.updated_at and contact.created_at.startswith(str(date.today().year))
    assert contact_from_dict(contact.to_dict()) == contact


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "name.empty"),
        ("   ", "name.empty"),
        ("\u3000", "name.empty"),  # an ideographic space is a space
        ("\u200b", "name.invisible"),  # zero width space
        (" \u200b\u200d\ufeff ", "name.invisible"),
        ("\u0301", "name.invisible"),  # a combining accent on nothing
        ("\x1b", "name.invisible"),
    ],
)
def test_new_contact_refuses_names_with_nothing_to_read(name, code):
    assert_refused(refusal(new_contact, {"name": name}, contact_id="c9"), code, "name")


def test_names_with_format_characters_among_visible_ones_are_kept():
    assert new_contact({"name": "Sa\u200bto"}, contact_id="c9").name == "Sa\u200bto"


@pytest.mark.parametrize(
    ("field", "limit"),
    [("name", MAX_NAME_CHARS), ("met", MAX_NAME_CHARS), ("notes", MAX_TEXT_CHARS)],
)
def test_new_contact_bounds_what_is_typed(field, limit):
    fields = {"name": "Sato", field: "x" * limit}
    assert len(getattr(new_contact(fields, contact_id="c9"), field)) == limit
    problem = refusal(new_contact, {**fields, field: "x" * (limit + 1)}, contact_id="c9")
    assert_refused(problem, "value.too_long", field, {"limit": limit, "length": limit + 1})


def test_new_contact_follows_the_stored_rules_too():
    assert_refused(refusal(new_contact, {"name": "Sato", "tag": "friend"}, contact_id="c9"), "value.not_choice", "tag")
    assert_refused(refusal(new_contact, {"name": "Sato", "cadence_days": 0}, contact_id="c9"), "cadence.range", "cadence_days")
    assert_refused(refusal(new_contact, {"name": "Sato", "colour": "red"}, contact_id="c9"), "record.unknown_field", None)


def test_edited_contact_checks_again_and_keeps_what_was_not_changed():
    before = contact_from_dict(GOOD_CONTACT)
    after = edited_contact(before, {"name": " Sato Mika ", "cadence_days": None})
    assert (after.id, after.name, after.cadence_days, after.met) == ("c1", "Sato Mika", None, "meetup")
    assert after.created_at == before.created_at and after.updated_at > before.updated_at
    assert_refused(refusal(edited_contact, before, {"name": "  "}), "name.empty", "name")
    assert_refused(refusal(edited_contact, before, {"name": "\u200b"}), "name.invisible", "name")
    problem = refusal(edited_contact, before, {"met": "m" * (MAX_NAME_CHARS + 1)})
    assert_refused(problem, "value.too_long", "met")


def typed_entry(**changes) -> dict:
    return {"date": date(2026, 11, 20), "contacts": ["c1"], "direction": "gave", "kind": "referral", "text": "intro", **changes}


def test_new_entry_takes_a_date_object_and_defaults():
    entry = new_entry(typed_entry(), entry_id="e1")
    assert (entry.id, entry.date, entry.kind, entry.value, entry.text) == ("e1", date(2026, 11, 20), "referral", None, "intro")
    assert entry_from_dict(entry.to_dict()) == entry
    note = new_entry(typed_entry(direction="note", kind=None, contacts=[]), entry_id="e2")
    assert note.kind is None and note.contacts == []


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"text": ""}, "text.empty", "text"),
        ({"text": " \n\t"}, "text.empty", "text"),
        ({"direction": "note", "kind": "idea"}, "kind.note_has_kind", "kind"),
        ({"direction": "note", "kind": "other", "contacts": []}, "kind.note_has_kind", "kind"),
        ({"text": "x" * (MAX_TEXT_CHARS + 1)}, "value.too_long", "text"),
        ({"value": MAX_AMOUNT + 1}, "value.not_amount", "value"),
        ({"value": 1e308}, "value.not_amount", "value"),
        ({"value": math.nan}, "value.not_amount", "value"),
        ({"kind": None}, "kind.required", "kind"),
        ({"contacts": []}, "contacts.needed", "contacts"),
        ({"date": "2026-02-30"}, "day.not_a_day", "date"),
    ],
)
def test_new_entry_refuses(changes, code, field):
    problem = refusal(new_entry, typed_entry(**changes), entry_id="e1")
    assert_refused(problem, code, field)
    assert "record_id" not in problem.params  # what the user is typing has no id worth naming


def test_new_entry_without_text_is_refused():
    fields = typed_entry()
    del fields["text"]
    assert_refused(refusal(new_entry, fields, entry_id="e1"), "text.empty", "text")


def test_entry_text_at_the_limit_is_kept():
    assert len(new_entry(typed_entry(text="x" * MAX_TEXT_CHARS), entry_id="e1").text) == MAX_TEXT_CHARS


def test_edited_entry_checks_the_input_rules_again():
    before = entry_from_dict(GOOD_ENTRY)
    after = edited_entry(before, {"text": "a longer intro", "date": date(2026, 11, 21)})
    assert (after.text, after.date, after.kind, after.created_at) == (
        "a longer intro",
        date(2026, 11, 21),
        "referral",
        before.created_at,
    )
    assert_refused(refusal(edited_entry, before, {"text": "  "}), "text.empty", "text")
    assert_refused(refusal(edited_entry, before, {"direction": "note", "kind": "idea"}), "kind.note_has_kind", "kind")
    assert edited_entry(before, {"direction": "note"}).kind is None  # a note has no kind, whatever it had
    note = edited_entry(before, {"direction": "note"})
    assert edited_entry(note, {"direction": "received"}).kind == "other"  # a note turned contribution: the default


def test_settings_with_checks_each_change():
    settings = Settings()
    assert settings_with(settings, {"currency": "USD", "window_days": 30}) == Settings(currency="USD", window_days=30)
    assert_refused(refusal(settings_with, settings, {"currency": "XYZ"}), "currency.unknown", "currency", {"text": "XYZ"})
    assert_refused(refusal(settings_with, settings, {"currency": "yen"}), "currency.unknown", "currency", {"text": "yen"})
    assert_refused(refusal(settings_with, settings, {"window_days": 0}), "window.range", "window_days")
    goal = "g" * MAX_NAME_CHARS
    assert settings_with(settings, {"owner_goal": goal}).owner_goal == goal
    problem = refusal(settings_with, settings, {"owner_goal": goal + "g"})
    assert_refused(problem, "value.too_long", "owner_goal", {"limit": MAX_NAME_CHARS, "length": MAX_NAME_CHARS + 1})


# ----- the sentences -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("problem", "sentence"),
    [
        (
            lambda: contact_from_dict(with_change(GOOD_CONTACT, "name", " ")),
            "contact 'c1': name must not be empty",
        ),
        (
            lambda: contact_from_dict(with_change(GOOD_CONTACT, "tag", "friend")),
            "contact 'c1': tag must be one of peer, influencer, shima",
        ),
        (
            lambda: contact_from_dict(with_change(GOOD_CONTACT, "cadence_days", 0)),
            "contact 'c1': cadence_days must be a whole number of days from 1 to 36,500, or none",
        ),
        (
            lambda: entry_from_dict(with_change(GOOD_ENTRY, "date", "2026-02-30")),
            "entry 'e12': date 2026-02-30 does not exist",
        ),
        (lambda: new_contact({"name": " "}, contact_id="c9"), "name must not be empty"),
        (lambda: new_contact({"name": "\u200b"}, contact_id="c9"), "name has no visible character"),
        (
            lambda: new_contact({"name": "Sato", "met": "m" * 501}, contact_id="c9"),
            "how you met is too long: 501 characters, at most 500",
        ),
        (lambda: new_entry(typed_entry(text=""), entry_id="e1"), "what happened is empty: say in a few words what happened"),
        (
            lambda: new_entry(typed_entry(direction="note"), entry_id="e1"),
            "a note has no kind: leave kind out, or choose gave, received or mutual",
        ),
        (
            lambda: settings_with(Settings(), {"currency": "yen"}),
            "'yen' is not an ISO 4217 currency code such as JPY or USD",
        ),
    ],
)
def test_refusals_read_as_one_sentence(problem, sentence):
    assert explain(refusal(problem), "en") == sentence


def test_a_field_is_named_the_way_the_user_saw_it():
    problem = refusal(new_contact, {"name": ""}, contact_id="c9")
    assert explain(problem, "en", {"name": "NAME"}) == "NAME must not be empty"


# ----- trusted entries ------------------------------------------------------------------------------


def test_entries_read_from_a_checksummed_month_share_what_repeats():
    lines = []
    for number in range(2):
        lines.append(orjson.dumps({**GOOD_ENTRY, "id": f"e{number}"}))
    contact_ids = {"c1": "c1"}
    first, second = read_entries(b"[" + b",".join(lines) + b"]", contact_ids)
    assert first.direction is records.Direction.GAVE and second.direction is first.direction
    assert first.kind is records.Kind.REFERRAL and second.kind is first.kind
    assert first.date == date(2026, 11, 20) and second.date is first.date
    assert first.contacts[0] is contact_ids["c1"] and second.contacts[0] is contact_ids["c1"]
    assert first.updated_at is first.created_at  # equal stamps are held once
    assert first.to_dict() == {**GOOD_ENTRY, "id": "e0"}


def test_entries_read_from_a_checksummed_month_keep_unknown_contacts_and_distinct_stamps():
    data = {**GOOD_ENTRY, "contacts": ["c7"], "kind": None, "direction": "note", "updated_at": "2026-11-21T10:00:00+00:00"}
    [entry] = read_entries(b"[" + orjson.dumps(data) + b"]", {})
    assert entry.contacts == ["c7"] and entry.kind is None and entry.updated_at == "2026-11-21T10:00:00+00:00"


# ----- whole documents ---------------------------------------------------------------------------------


def document(**changes):
    base = {
        "format": "shima-journal",
        "version": 1,
        "settings": dict(GOOD_SETTINGS),
        "contacts": [GOOD_CONTACT],
        "entries": [GOOD_ENTRY],
    }
    return {**base, **changes}


def test_a_good_document_is_read_whole():
    snapshot = snapshot_from_document(document())
    assert [c.id for c in snapshot.contacts] == ["c1"] and [e.id for e in snapshot.entries] == ["e12"]


@pytest.mark.parametrize(
    ("doc", "code", "field", "params"),
    [
        ([], "document.not_shima", None, {}),
        (document(format="other"), "document.not_shima", None, {}),
        (document(version=4), "document.version_newer", None, {"version": 4, "known": 3}),
        (document(version="1"), "document.version_not_number", None, {}),
        (document(version=True), "document.version_not_number", None, {}),
        (document(version=0), "document.version_unknown", None, {"version": 0}),
        (document(entries={}), "document.not_list", None, {"name": "entries"}),
        (document(contacts=None), "document.not_list", None, {"name": "contacts"}),
        (document(settings={**GOOD_SETTINGS, "currency": "XYZ"}), "currency.unknown", "currency", {"record": "settings"}),
        (
            document(contacts=[GOOD_CONTACT, GOOD_CONTACT]),
            "record.id_twice",
            "id",
            {"record": "contact", "record_id": "c1"},
        ),
        (
            document(entries=[GOOD_ENTRY, GOOD_ENTRY]),
            "record.id_twice",
            "id",
            {"record": "entry", "record_id": "e12"},
        ),
        (
            document(entries=[with_change(GOOD_ENTRY, "contacts", ["c9"])]),
            "contacts.unknown",
            "contacts",
            {"record": "entry", "record_id": "e12", "contact": "c9"},
        ),
        (
            document(contacts=[with_change(GOOD_CONTACT, "name", "")]),
            "name.empty",
            "name",
            {"record": "contact", "record_id": "c1"},
        ),
        # the fast check of each entry must doubt what the full check refuses
        (
            document(entries=[with_change(GOOD_ENTRY, "value", math.nan)]),
            "value.not_amount",
            "value",
            {**AMOUNT, "record_id": "e12"},
        ),
        (
            document(entries=[with_change(GOOD_ENTRY, "value", 1e308)]),
            "value.not_amount",
            "value",
            {**AMOUNT, "record_id": "e12"},
        ),
        (
            document(entries=[with_change(GOOD_ENTRY, "value", MAX_AMOUNT + 1)]),
            "value.not_amount",
            "value",
            {**AMOUNT, "record_id": "e12"},
        ),
        (document(entries=[with_change(GOOD_ENTRY, "value", True)]), "value.not_amount", "value", {**AMOUNT, "record_id": "e12"}),
    ],
)
def test_documents_are_refused_with_the_first_problem(doc, code, field, params):
    assert_refused(refusal(snapshot_from_document, doc), code, field, params)


@pytest.mark.parametrize(
    ("doc", "sentence"),
    [
        (document(version=4), "format version 4 is newer than this shima understands (3); update shima"),
        (document(contacts=[GOOD_CONTACT, GOOD_CONTACT]), "contact 'c1': id is used twice"),
        (
            document(entries=[with_change(GOOD_ENTRY, "contacts", ["c9"])]),
            "entry 'e12': contacts names 'c9', which is not a contact in the file",
        ),
    ],
)
def test_document_refusals_read_as_one_sentence(doc, sentence):
    assert explain(refusal(snapshot_from_document, doc), "en") == sentence


@pytest.mark.parametrize("value", [-1, 1e308, MAX_AMOUNT + 1, math.nan, "30000"])
def test_a_stored_amount_refused_names_the_entry_and_the_limit(value):
    problem = refusal(snapshot_from_document, document(entries=[with_change(GOOD_ENTRY, "value", value)]))
    assert explain(problem, "en") == "entry 'e12': value must be a number from 0 to 999,999,999,999, or null"
