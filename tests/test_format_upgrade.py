"""Format version 2 (it added the direction "sale"): a version 1 journal written by the previous
release (tests/fixtures/journal-v1.json, made with shima 0.1.0) opens, imports and round-trips,
is written as version 2 on the next save, and is kept whole as a backup first."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import run_shima

FIXTURE = Path(__file__).parent / "fixtures" / "journal-v1.json"


def copy_of_v1(tmp_path: Path) -> Path:
    path = tmp_path / "journal.json"
    shutil.copyfile(FIXTURE, path)
    path.chmod(0o600)
    return path


def test_a_version_1_journal_opens_as_it_is(tmp_path):
    path = copy_of_v1(tmp_path)
    listed = json.loads(run_shima("list", "--json", journal=path).out)
    assert [c["name"] for c in listed] == ["佐藤 花子", "Guru Tanaka", "Mika"]
    entries = json.loads(run_shima("timeline", "--json", journal=path).out)
    assert [e["text"] for e in entries][-1] == "salon fee" and len(entries) == 4
    assert path.read_bytes() == FIXTURE.read_bytes()  # reading changes nothing


def test_the_next_save_writes_version_2_and_keeps_the_version_1_file(tmp_path):
    path = copy_of_v1(tmp_path)
    assert run_shima("log", "--note", "first note in version 2", journal=path).code == 0
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 2
    kept = [p for p in tmp_path.glob("journal.json.backup-*-whole")]
    assert len(kept) == 1 and kept[0].read_bytes() == FIXTURE.read_bytes()
    assert len(json.loads(run_shima("timeline", "--json", journal=path).out)) == 5


def test_a_version_1_export_imports_and_round_trips(tmp_path):
    fresh = tmp_path / "fresh.json"
    done = run_shima("import", str(FIXTURE), journal=fresh)
    assert done.code == 0, done.err
    exported = json.loads(run_shima("export", journal=fresh).out)
    assert exported["version"] == 2
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
    document["version"] = 3
    path.write_text(json.dumps(document), encoding="utf-8")
    before = path.read_bytes()
    done = run_shima("log", "--note", "x", journal=path)
    assert done.code == 1 and "format version 3 is newer than this shima understands (2)" in done.err
    assert path.read_bytes() == before
