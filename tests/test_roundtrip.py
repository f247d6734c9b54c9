"""Export then import gives back the same journal, for any journal hypothesis can think of."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.records import DIRECTIONS, FIT_CRITERIA, KINDS, TAGS, Contact, Entry, Settings, ShimaFit, Snapshot
from journal.store import Journal, export_bytes, export_document, read_import

stamps = st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()).filter(lambda s: "+" in s or "-" in s[19:])
names = st.text(min_size=1).filter(lambda s: s.strip())
values = st.one_of(st.none(), st.integers(0, 10**12), st.floats(0, 1e12, allow_nan=False, allow_infinity=False))


@st.composite
def journals(draw) -> Snapshot:
    contacts = []
    for index in range(draw(st.integers(0, 6))):
        contacts.append(
            Contact(
                id=f"c{index}",
                name=draw(names),
                tag=draw(st.sampled_from(TAGS)),
                shima_fit=ShimaFit(**{k: draw(st.booleans()) for k in FIT_CRITERIA}),
                met=draw(st.text()),
                notes=draw(st.text()),
                cadence_days=draw(st.one_of(st.none(), st.integers(1, 36500))),
                archived=draw(st.booleans()),
                created_at=draw(stamps),
                updated_at=draw(stamps),
            )
        )
    entries = []
    for index in range(draw(st.integers(0, 8))):
        direction = draw(st.sampled_from(DIRECTIONS))
        ids = draw(st.lists(st.sampled_from([c.id for c in contacts]), unique=True)) if contacts else []
        if direction != "note" and not ids:
            direction = "note"
        kind = draw(st.one_of(st.none(), st.sampled_from(KINDS))) if direction == "note" else draw(st.sampled_from(KINDS))
        entries.append(
            Entry(
                id=f"e{index}",
                date=draw(st.dates()),
                contacts=ids,
                direction=direction,
                kind=kind,
                value=draw(values),
                text=draw(st.text()),
                created_at=draw(stamps),
                updated_at=draw(stamps),
            )
        )
    currency = draw(st.sampled_from(["JPY", "USD", "EUR"]))
    return Snapshot(Settings(currency, draw(st.text()), draw(st.integers(1, 36500))), contacts, entries)


def without_stamp(document: dict) -> dict:
    return {k: v for k, v in document.items() if k != "exported_at"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals())
def test_export_import_round_trip(snapshot):
    with tempfile.TemporaryDirectory() as folder:
        original = Journal(Path(folder) / "a.json")
        original.import_snapshot(snapshot, replace=True)
        exported = export_document(original, "2026-11-24T12:00:00+09:00")
        export_file = Path(folder) / "export.json"
        export_file.write_bytes(export_bytes(exported))
        copy = Journal(Path(folder) / "b.json")
        copy.import_snapshot(read_import(export_file), replace=False)
        assert without_stamp(export_document(copy, "x")) == without_stamp(exported)
        reopened = Journal(Path(folder) / "b.json")  # and what was written to disk reads back the same
        assert without_stamp(export_document(reopened, "x")) == without_stamp(exported)
