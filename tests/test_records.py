"""Validation names the record and the field, for every field of every record."""

from __future__ import annotations

import copy

import pytest
from conftest import GOOD_CONTACT, GOOD_ENTRY

from journal.records import (
    ValidationError,
    contact_from_dict,
    entry_from_dict,
    make_contact,
    settings_from_dict,
    snapshot_from_document,
)


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


def test_good_records_round_trip():
    assert contact_from_dict(GOOD_CONTACT).to_dict() == GOOD_CONTACT
    assert entry_from_dict(GOOD_ENTRY).to_dict() == GOOD_ENTRY
    assert entry_from_dict(with_change(GOOD_ENTRY, "value", 12.5)).value == 12.5


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("id", "", "contact: id must be a non-empty string"),
        ("name", "   ", "contact 'c1': name must not be empty"),
        ("name", 5, "contact 'c1': name must not be empty"),
        ("tag", "friend", "contact 'c1': tag must be one of peer, influencer, shima"),
        ("shima_fit.same_goal", "yes", "contact 'c1': shima_fit.same_goal must be true or false"),
        ("shima_fit.extra", True, "contact 'c1': shima_fit: unknown field 'extra'"),
        ("shima_fit", [], "contact 'c1': shima_fit: must be a JSON object"),
        ("met", None, "contact 'c1': met must be a string"),
        ("notes", 3, "contact 'c1': notes must be a string"),
        ("cadence_days", 0, "contact 'c1': cadence_days must be a whole number of days from 1 to 36500, or null"),
        ("cadence_days", 1.5, "cadence_days must be a whole number"),
        ("cadence_days", True, "cadence_days must be a whole number"),
        ("archived", "no", "contact 'c1': archived must be true or false"),
        ("created_at", "2026-01-01T09:00:00", "contact 'c1': created_at must be an ISO 8601 date and time with a UTC offset"),
        ("updated_at", "yesterday", "updated_at must be an ISO 8601"),
        ("name", KeyError, "contact 'c1': missing field 'name'"),
        ("colour", "red", "contact 'c1': unknown field 'colour'"),
    ],
)
def test_contact_validation_names_record_and_field(path, value, message):
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        contact_from_dict(with_change(GOOD_CONTACT, path, value))


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("direction", "took", "entry 'e12': direction must be one of gave, received, mutual, note"),
        ("kind", "gift", "entry 'e12': kind must be one of referral, collaboration"),
        ("kind", None, "entry 'e12': kind is required unless direction is note"),
        ("date", "2026-02-30", "entry 'e12': date 2026-02-30 does not exist"),
        ("date", "20261120", "entry 'e12': date must be a day written YYYY-MM-DD"),
        ("date", None, "entry 'e12': date must be a day written YYYY-MM-DD"),
        ("contacts", [], "entry 'e12': contacts must name at least one contact unless direction is note"),
        ("contacts", "c1", "entry 'e12': contacts must be a list of contact ids"),
        ("contacts", ["c1", "c1"], "entry 'e12': contacts must not name the same contact twice"),
        ("value", -1, "entry 'e12': value must be a number of zero or more, or null"),
        ("value", float("nan"), "value must be a number"),
        ("value", "30000", "value must be a number"),
        ("value", False, "value must be a number"),
        ("text", None, "entry 'e12': text must be a string"),
        ("created_at", "", "entry 'e12': created_at must be an ISO 8601"),
    ],
)
def test_entry_validation_names_record_and_field(path, value, message):
    with pytest.raises(ValidationError, match=message):
        entry_from_dict(with_change(GOOD_ENTRY, path, value))


def test_notes_may_have_no_contact_and_no_kind():
    note = entry_from_dict({**GOOD_ENTRY, "direction": "note", "contacts": [], "kind": None, "value": None})
    assert note.contacts == [] and note.kind is None


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"currency": "yen", "owner_goal": "", "window_days": 365}, "currency must be a three-letter ISO 4217 code"),
        ({"currency": "JPY", "owner_goal": 1, "window_days": 365}, "owner_goal must be a string"),
        ({"currency": "JPY", "owner_goal": "", "window_days": 0}, "window_days must be a whole number"),
        ({"currency": "JPY", "owner_goal": ""}, "settings: missing field 'window_days'"),
    ],
)
def test_settings_validation(settings, message):
    with pytest.raises(ValidationError, match=message):
        settings_from_dict(settings)


def test_make_contact_trims_and_refuses_empty_names():
    assert make_contact("  Sato  ").name == "Sato"
    with pytest.raises(ValidationError, match="name must not be empty"):
        make_contact("   ")


def document(**changes):
    base = {
        "format": "shima-journal",
        "version": 1,
        "settings": {"currency": "JPY", "owner_goal": "", "window_days": 365},
        "contacts": [GOOD_CONTACT],
        "entries": [GOOD_ENTRY],
    }
    return {**base, **changes}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ([], "not a shima journal"),
        (document(format="other"), "not a shima journal"),
        (document(version=2), "format version 2 is newer than this shima understands"),
        (document(version="1"), "the field 'version' must be a whole number"),
        (document(entries={}), "the field 'entries' must be a list"),
        (document(contacts=[GOOD_CONTACT, GOOD_CONTACT]), "contact 'c1': id is used twice"),
        (document(entries=[with_change(GOOD_ENTRY, "contacts", ["c9"])]), "entry 'e12': contacts names 'c9'"),
    ],
)
def test_documents_are_refused_with_the_first_problem(doc, message):
    with pytest.raises(ValidationError, match=message):
        snapshot_from_document(doc)
