"""The app holds each record once: after reading every month it lets go of the file's bytes,
and a save copies the unchanged months back from the file it last wrote. Every write must still
give the journal a valid file holding every entry, whichever months changed."""

from __future__ import annotations

from datetime import date

import orjson
from conftest import contact, entry, snapshot

from journal.actions import delete_entry, edit_entry, export_bytes, export_document, import_journal, log_entry
from journal.store import Journal
from journal.store.document import snapshot_from_document
from journal.store.journal import HEAD_SECTIONS
from journal.store.layout import split


def seeded(path) -> Journal:
    people = [contact("c1", "Sato")]
    days = [date(2025, month, day) for month in range(1, 13) for day in (3, 17)]
    entries = [entry(f"e{d.month}-{d.day}", d, ["c1"], "gave", "idea", text=f"{d.month}/{d.day}") for d in days]
    journal = Journal(path)
    import_journal(journal, snapshot(people, entries), replace=True)
    return Journal(path, read_entries=True)  # as the app holds it


def file_entries(path) -> dict:
    data = path.read_bytes()
    assert split(data, HEAD_SECTIONS) is not None  # the checksum matches: written whole by shima
    return {e.id: e for e in snapshot_from_document(orjson.loads(data)).entries}


def test_the_app_lets_go_of_the_files_bytes_once_every_month_is_read(tmp_path):
    journal = seeded(tmp_path / "journal.json")
    assert journal.state.complete and journal.state.needs_file_months  # nothing of the file kept


def test_saves_after_letting_go_copy_the_unchanged_months_from_the_file(tmp_path):
    path = tmp_path / "journal.json"
    journal = seeded(path)
    before = file_entries(path)
    log_entry(
        journal, {"date": date(2025, 6, 20), "contacts": ["c1"], "direction": "received", "kind": "referral", "text": "new"}
    )
    edit_entry(journal, "e2-3", {"text": "edited", "date": date(2025, 11, 1)})  # moves to another month
    delete_entry(journal, "e12-17")
    after = file_entries(path)
    assert set(after) == (set(before) | {e.id for e in after.values() if e.text == "new"}) - {"e12-17"}
    assert after["e2-3"].text == "edited" and after["e2-3"].date == date(2025, 11, 1)
    assert all(after[eid] == before[eid] for eid in before if eid not in ("e2-3", "e12-17"))
    assert Journal(path, read_entries=True).snapshot().entries  # and it reads back whole
    assert {e.id for e in journal.snapshot().entries} == set(after)  # memory matches the disk


def test_the_export_of_a_journal_holding_every_record_is_its_records(tmp_path):
    path = tmp_path / "journal.json"
    journal = seeded(path)  # every month read, the file's bytes let go (the app)
    expected = {k: v for k, v in export_document(journal).items() if k != "exported_at"}

    def exported() -> dict:
        return {k: v for k, v in orjson.loads(export_bytes(journal)).items() if k != "exported_at"}

    assert exported() == expected  # the unchanged months copied from the file
    other = Journal(path)
    log_entry(other, {"date": date(2025, 3, 9), "contacts": ["c1"], "direction": "gave", "kind": "idea", "text": "other window"})
    assert exported() == expected  # the file moved on: this journal exports what it holds, from its records
