"""Older formats open, import and round-trip, are written in the current format on the next save,
and are kept whole as a backup first: version 1 (tests/fixtures/journal-v1.json, made with shima
0.1.0) and version 2 (journal-v2.json, made by the build before tombstones and journal ids)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import run_shima

from journal.store.document import FORMAT_VERSION

FIXTURE = Path(__file__).parent / "fixtures" / "journal-v1.json"
FIXTURE_V2 = Path(__file__).parent / "fixtures" / "journal-v2.json"


def copy_of_v1(tmp_path: Path, fixture: Path = FIXTURE) -> Path:
    path = tmp_path / "journal.json"
    shutil.copyfile(fixture, path)
    path.chmod(0o600)
    return path


def test_a_version_1_journal_opens_as_it_is(tmp_path):
    path = copy_of_v1(tmp_path)
    listed = json.loads(run_shima("list", "--json", journal=path).out)
    assert [c["name"] for c in listed] == ["佐藤 花子", "Guru Tanaka", "Mika"]
    entries = json.loads(run_shima("timeline", "--json", journal=path).out)
    assert [e["text"] for e in entries][-1] == "salon fee" and len(entries) == 4
    assert path.read_bytes() == FIXTURE.read_bytes()  # reading changes nothing


@pytest.mark.parametrize("fixture", [FIXTURE, FIXTURE_V2], ids=["version 1", "version 2"])
def test_the_next_save_writes_the_current_version_and_keeps_the_old_file(tmp_path, fixture):
    path = copy_of_v1(tmp_path, fixture)
    before = len(json.loads(run_shima("timeline", "--json", journal=path).out))
    assert run_shima("log", "--note", "first note in the new version", journal=path).code == 0
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["version"] == FORMAT_VERSION
    assert written["journal_id"].startswith("journal-") and written["tombstones"] == {}
    kept = [p for p in tmp_path.glob("journal.json.backup-*-whole")]
    assert len(kept) == 1 and kept[0].read_bytes() == fixture.read_bytes()
    assert len(json.loads(run_shima("timeline", "--json", journal=path).out)) == before + 1


def test_a_version_2_journal_opens_as_it_is_and_its_deletions_leave_tombstones(tmp_path):
    path = copy_of_v1(tmp_path, FIXTURE_V2)
    entries = json.loads(run_shima("timeline", "--json", journal=path).out)
    assert [e["text"] for e in entries] == ["to delete", "first client", "salon fee", "LP review"]  # newest first
    assert path.read_bytes() == FIXTURE_V2.read_bytes()  # reading changes nothing
    doomed = entries[0]["id"]
    assert run_shima("delete-entry", doomed, journal=path).code == 0
    written = json.loads(path.read_text(encoding="utf-8"))
    assert list(written["tombstones"]) == [doomed] and doomed not in {e["id"] for e in written["entries"]}


def test_a_version_1_export_imports_and_round_trips(tmp_path):
    fresh = tmp_path / "fresh.json"
    done = run_shima("import", str(FIXTURE), journal=fresh)
    assert done.code == 0, done.err
    exported = json.loads(run_shima("export", journal=fresh).out)
    assert exported["version"] == FORMAT_VERSION
    original = json.loads(FIXTURE.read_text(encoding="utf-8"))
    no_defaults = {"peer": None, "influencer": None, "shima": None}  # reminders by tag, as in version 1: none
    assert exported["settings"] == {**original["settings"], "lang": "", "cadence_defaults": no_defaults}
    upgraded = [{**c, "reading": "", "sources": []} for c in original["contacts"]]  # and a contact's reading and sources
    assert sorted(exported["contacts"], key=lambda c: c["id"]) == sorted(upgraded, key=lambda c: c["id"])
    assert sorted(exported["entries"], key=lambda e: e["id"]) == sorted(original["entries"], key=lambda e: e["id"])
    again = tmp_path / "again.json"
    (tmp_path / "export.json").write_text(json.dumps(exported), encoding="utf-8")
    assert run_shima("import", str(tmp_path / "export.json"), journal=again).code == 0
    assert json.loads(run_shima("export", journal=again).out)["entries"] == exported["entries"]


def test_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "journal.json"
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))
    document["version"] = FORMAT_VERSION + 1
    path.write_text(json.dumps(document), encoding="utf-8")
    before = path.read_bytes()
    done = run_shima("log", "--note", "x", journal=path)
    newer = f"format version {FORMAT_VERSION + 1} is newer than this shima understands ({FORMAT_VERSION})"
    assert done.code == 1 and newer in done.err
    assert path.read_bytes() == before


def test_the_dash_reading_of_a_version_2_build_is_repaired(tmp_path):
    """That build stored `- -` as the reading of a contact added without --reading."""
    path = copy_of_v1(tmp_path, FIXTURE_V2)
    assert b'"reading":"- -"' in path.read_bytes()
    listed = {c["name"]: c["reading"] for c in json.loads(run_shima("list", "--json", journal=path).out)}
    assert listed == {"佐藤 花子": "さとう", "Guru Tanaka": ""}
    assert run_shima("log", "--note", "x", journal=path).code == 0
    assert b'"reading":"- -"' not in path.read_bytes()  # and the file is repaired by the next write
