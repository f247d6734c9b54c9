"""Everything from the command line (issue 14, point 3): edit, archive, restore, edit-entry,
delete-entry and timeline --ids, each as a subprocess on a real journal; a refusal changes nothing."""

from __future__ import annotations

import json

import pytest
from conftest import run_shima


@pytest.fixture
def journal(tmp_path):
    path = tmp_path / "journal.json"
    assert run_shima("add", "佐藤", "花子", "--reading", "さとう", "はなこ", "--tag", "shima", journal=path).code == 0
    assert run_shima("add", "Guru", "--tag", "influencer", "--met", "a paid seminar", journal=path).code == 0
    return path


def contact(path, name: str) -> dict:
    return next(c for c in json.loads(run_shima("list", "--json", "--archived", journal=path).out) if c["name"] == name)


def entries(path) -> list[dict]:
    return json.loads(run_shima("timeline", "--json", journal=path).out)


def test_edit_changes_only_the_given_fields(journal):
    before = contact(journal, "Guru")
    done = run_shima("edit", "Guru", "--notes", "sells courses", "--cadence", "30", "--fit", "goal,ahead", journal=journal)
    assert done.code == 0 and done.out.strip() == before["id"]
    after = contact(journal, "Guru")
    assert (after["notes"], after["cadence_days"], after["met"], after["tag"]) == (
        "sells courses",
        30,
        "a paid seminar",
        "influencer",
    )
    assert after["shima_fit"] == {"same_goal": True, "same_heat": False, "acknowledges_me": False, "slightly_ahead": True}
    assert run_shima("edit", "Guru", "--unfit", "goal", "--cadence", "none", journal=journal).code == 0
    again = contact(journal, "Guru")
    assert again["shima_fit"]["same_goal"] is False and again["shima_fit"]["slightly_ahead"] is True
    assert again["cadence_days"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["edit", "Guru"], "nothing to change"),
        (["edit", "nobody", "--notes", "x"], "contact 'nobody' not found"),
        (["edit", "Guru", "--name", "   "], "--name must not be empty"),
        (["edit", "Guru", "--fit", "luck"], "'luck' is not a shima criterion"),
        (["edit-entry", "e0000000000", "--text", "x"], "no longer exists"),
        (["delete-entry", "e0000000000"], "no longer exists"),
    ],
)
def test_refusals_change_nothing(journal, args, message):
    before = journal.read_bytes()
    done = run_shima(*args, journal=journal)
    assert done.code == 1 and message in done.err and done.out == "", done.err
    assert journal.read_bytes() == before


def test_archive_hides_and_restore_brings_back(journal):
    done = run_shima("archive", "Guru", journal=journal)
    assert done.code == 0 and "archived Guru" in done.out
    assert [c["name"] for c in json.loads(run_shima("list", "--json", journal=journal).out)] == ["佐藤 花子"]
    assert contact(journal, "Guru")["archived"] is True
    assert run_shima("restore", "Guru", journal=journal).code == 0
    assert contact(journal, "Guru")["archived"] is False


def test_timeline_shows_ids_and_edit_entry_changes_only_the_given_fields(journal):
    logged = run_shima(
        "log", "--gave", "-c", "Guru", "--kind", "money", "--value", "9800", "salon fee", journal=journal
    ).out.strip()
    shown = run_shima("timeline", "--ids", journal=journal).out
    assert logged in shown and shown.splitlines()[0].split()[0] == "ID"
    done = run_shima("edit-entry", logged, "--value", "1万円", "--date", "2026-10-01", journal=journal)
    assert done.code == 0
    [entry] = entries(journal)
    assert (entry["value"], entry["date"], entry["text"], entry["kind"]) == (10000, "2026-10-01", "salon fee", "money")
    assert run_shima("edit-entry", logged, "--direction", "note", journal=journal).code == 0
    [note] = entries(journal)
    assert (note["direction"], note["kind"]) == ("note", None)  # a note has no kind
    assert run_shima("edit-entry", logged, "-c", "さとう", "--direction", "received", journal=journal).code == 0
    [back] = entries(journal)
    assert back["contacts"] == [contact(journal, "佐藤 花子")["id"]] and back["kind"] == "other"


def test_delete_entry(journal):
    logged = run_shima("log", "--note", "a thought", journal=journal).out.strip()
    done = run_shima("delete-entry", logged, journal=journal)
    assert done.code == 0 and logged in done.out
    assert entries(journal) == []
