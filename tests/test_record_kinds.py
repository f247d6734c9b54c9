"""Each record kind is declared once (journal/records.py), and every way a record is read agrees:
the fast way (msgspec decodes a file's bytes straight into records, then each kind's own rules) and
the full way (each record's parsed values checked one by one, naming the first problem) accept and
refuse the same records, for contacts, entries and whole documents (issue 20, point 1)."""

from __future__ import annotations

import copy

import msgspec
import orjson
import pytest
from conftest import GOOD_CONTACT, GOOD_ENTRY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import records
from journal.records import RECORD_KINDS, Contact, Entry, ValidationError, record_from
from journal.store.document import read_document, snapshot_from_document

# Values a field may be given in a file: the right kind, the wrong kind, the edges of the bounds.
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-2, 3),
    st.integers(36_499, 36_501),
    st.sampled_from([999_999_999_999, 1_000_000_000_000, 0.5, -0.5, 1e308]),
    st.sampled_from(["", " ", "x", "c1", "gave", "note", "sale", "money", "peer", "shima", "2026-02-30", "2026-11-20"]),
    st.sampled_from(["2026-11-20T10:00:00+00:00", "2026-11-20T10:00:00", "yesterday", "\u3000"]),
    st.lists(st.sampled_from(["c1", "", " ", "c2"]), max_size=3),
    st.just({}),
    st.just({"same_goal": True}),
)


def mutated(base: dict) -> st.SearchStrategy[dict]:
    """A good record with some fields changed to junk, some left out, and perhaps one unknown field."""
    keys = sorted(base)

    @st.composite
    def build(draw) -> dict:
        data = copy.deepcopy(base)
        for key in draw(st.lists(st.sampled_from(keys), max_size=3, unique=True)):
            data[key] = draw(JUNK)
        for key in draw(st.lists(st.sampled_from(keys), max_size=2, unique=True)):
            data.pop(key, None)
        if draw(st.booleans()) and draw(st.booleans()):
            data["colour"] = "red"
        return data

    return build()


def fast(record_type: type, data: dict) -> object:
    """The fast way, as a month of a file is read: msgspec decodes the JSON, then the kind's rules."""
    try:
        [record] = msgspec.json.decode(b"[" + orjson.dumps(data) + b"]", type=list[record_type])
        record.check()
    except (msgspec.ValidationError, ValidationError):
        return None
    return record


def full(record_type: type, data: dict) -> object:
    try:
        return record_from(record_type, data)
    except ValidationError:
        return None


KINDS_AND_GOOD_RECORDS = st.sampled_from([(Contact, GOOD_CONTACT), (Entry, GOOD_ENTRY)])


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(KINDS_AND_GOOD_RECORDS.flatmap(lambda pair: st.tuples(st.just(pair[0]), mutated(pair[1]))))
def test_the_fast_and_the_full_way_accept_and_refuse_the_same_records(case):
    record_type, data = case
    assert fast(record_type, data) == full(record_type, data)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(GOOD_CONTACT), mutated(GOOD_ENTRY))
def test_a_whole_document_is_accepted_or_refused_alike_both_ways(contact, entry):
    document = {"format": "shima-journal", "version": 3, "settings": {}, "contacts": [contact], "entries": [entry]}
    try:
        by_full = snapshot_from_document(copy.deepcopy(document))
    except ValidationError as problem:
        by_full = problem.code
    try:
        by_fast = read_document(orjson.dumps(document))[0]
    except ValidationError as problem:
        by_fast = problem.code
    assert by_fast == by_full


def test_every_refusal_names_a_declared_field_or_the_record():
    """msgspec's refusal, turned into the problem the field declares, never loses the field."""
    problem = pytest.raises(ValidationError, record_from, Contact, {**GOOD_CONTACT, "shima_fit": {"same_goal": "yes"}}).value
    assert (problem.code, problem.field, problem.params["record_id"]) == ("value.not_bool", "shima_fit.same_goal", "c1")


def test_the_registry_names_every_kind_once_in_the_files_order():
    assert [kind.section for kind in RECORD_KINDS][-1] == "entries"  # entries last: by month
    assert len({kind.section for kind in RECORD_KINDS}) == len(RECORD_KINDS)
    assert all(issubclass(kind.type, records.Record) and kind.name for kind in RECORD_KINDS)


@pytest.mark.parametrize("kind", RECORD_KINDS, ids=lambda kind: kind.name)
def test_a_kinds_changes_hold_every_field_but_the_id_and_stamps(kind):
    changes = records.changes_of(kind.type, "Probe")
    fields = set(changes.__struct_fields__)
    assert fields == set(kind.type.__struct_fields__) - {"id", "created_at", "updated_at"}
    with pytest.raises(TypeError):
        changes(no_such_field=1)  # a typo is an error where it is made
