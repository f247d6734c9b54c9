"""A sync tool's copy or an export can never empty a journal by itself (issue 19, points 4, 7, 12, 13).

Crafted copies: far-future tombstones, no journal id, a copy that would remove most of the journal;
a device whose clock runs ahead; deletions that travel through exports; a refused command after a
merge says that the merge was saved.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path

from conftest import run_shima
from test_sync import SYNCTHING, texts, two_devices

from journal import actions
from journal.store import Journal


def crafted_copy(journal: Path, name: str = SYNCTHING, **changes) -> Path:
    """A copy of the journal as a sync tool would leave it, with its document changed as given."""
    document = json.loads(journal.read_bytes())
    document.update(changes)
    document.pop("checksum", None)
    copy = journal.with_name(name)
    copy.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return copy


def every_id(journal: Path) -> list[str]:
    document = json.loads(journal.read_bytes())
    return [record["id"] for record in (*document["contacts"], *document["entries"])]


def test_a_copy_removing_every_record_with_far_future_tombstones_is_refused(tmp_path):
    laptop, _ = two_devices(tmp_path)
    before = texts(laptop)
    tombstones = dict.fromkeys(every_id(laptop), "9999-12-31T00:00:00+00:00")
    copy = crafted_copy(laptop, contacts=[], entries=[], tombstones=tombstones)
    done = run_shima("timeline", journal=laptop)
    assert done.code == 0 and texts(laptop) == before
    assert f"the sync copy {SYNCTHING} was not merged" in done.err and "ahead of this device's clock" in done.err
    assert copy.exists()  # kept, said on each command
    assert not json.loads(laptop.read_bytes())["tombstones"].keys() & tombstones.keys()


def test_a_copy_without_a_journal_id_is_never_merged(tmp_path):
    laptop, _ = two_devices(tmp_path)
    before = texts(laptop)
    copy = crafted_copy(laptop, journal_id="", contacts=[], entries=[], tombstones=dict.fromkeys(every_id(laptop), _now()))
    done = run_shima("list", journal=laptop)
    assert done.code == 0 and texts(laptop) == before
    assert "carries no journal id" in done.err and copy.exists()


def test_a_copy_that_would_remove_most_of_the_journal_waits_for_the_users_word(tmp_path):
    laptop, _ = two_devices(tmp_path)
    before = texts(laptop)
    copy = crafted_copy(laptop, contacts=[], entries=[], tombstones=dict.fromkeys(every_id(laptop), _now()))
    done = run_shima("timeline", journal=laptop)
    assert done.code == 0 and texts(laptop) == before and copy.exists()
    assert f"shima import --accept-removals {copy}" in done.err
    dry = run_shima("import", str(copy), "--dry-run", journal=laptop)
    assert dry.code == 1 and "would remove 3 of the journal's 3 contacts and entries" in dry.err
    assert run_shima("import", str(copy), journal=laptop).code == 1 and texts(laptop) == before
    accepted = run_shima("import", str(copy), "--accept-removals", journal=laptop)
    assert accepted.code == 0, accepted.err
    assert texts(laptop) == [] and not copy.exists()  # merged, then kept as a backup like any merged copy
    assert len(list(laptop.parent.glob("journal.json.backup-*-conflict"))) == 1
    assert run_shima("timeline", journal=laptop).err == ""


def test_a_few_removals_merge_without_asking(tmp_path):
    laptop, desktop = two_devices(tmp_path)
    shutil.copy2(desktop, laptop.with_name(SYNCTHING))
    done = run_shima("timeline", journal=laptop)
    assert "1 added, 0 changed, 1 removed" in done.err


def test_a_device_whose_clock_runs_ahead_is_named_and_its_copy_merged_once_the_time_has_passed(tmp_path):
    laptop, desktop = two_devices(tmp_path)
    ahead = (datetime.now().astimezone() + timedelta(hours=2, minutes=5, seconds=30)).isoformat()
    document = json.loads(desktop.read_bytes())
    for record in (*document["contacts"], *document["entries"]):
        if record.get("text") == "the desktop's":
            record["created_at"] = record["updated_at"] = ahead
    copy = laptop.with_name(SYNCTHING)
    copy.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    done = run_shima("timeline", journal=laptop)
    assert done.code == 0 and "the desktop's" not in done.out
    assert "stamped 2 hours 5 minutes ahead of this device's clock" in done.err and copy.exists()
    journal = Journal(laptop)
    later = datetime.now().astimezone() + timedelta(hours=3)
    [merged] = actions.merge_sync_copies(journal, now=later)
    assert merged.problem is None and merged.counts.entries_added == 1 and not copy.exists()


def test_a_copy_from_a_clock_ahead_is_taken_now_as_changes_made_now(tmp_path):
    laptop, desktop = two_devices(tmp_path)
    document = json.loads(desktop.read_bytes())
    document["tombstones"] = {key: "2099-01-01T00:00:00+00:00" for key in document["tombstones"]}
    copy = laptop.with_name(SYNCTHING)
    copy.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    done = run_shima("import", str(copy), "--accept-future", journal=laptop)
    assert done.code == 0, done.err
    assert texts(laptop) == ["kept", "the desktop's", "the laptop's"]
    assert all(when < "2098" for when in json.loads(laptop.read_bytes())["tombstones"].values())


def test_deletions_travel_through_exports(tmp_path):
    laptop, desktop = two_devices(tmp_path)
    for source, target in ((laptop, desktop), (desktop, laptop)):
        exported = tmp_path / f"from-{source.parent.name}.json"
        assert run_shima("export", "-o", str(exported), journal=source).code == 0
        assert json.loads(exported.read_bytes())["tombstones"]
        done = run_shima("import", str(exported), journal=target)
        assert done.code == 0, done.err
    assert texts(laptop) == texts(desktop) == ["kept", "the desktop's", "the laptop's"]


def test_a_refused_command_after_a_merge_says_the_merge_was_saved(tmp_path):
    laptop, desktop = two_devices(tmp_path)
    shutil.copy2(desktop, laptop.with_name(SYNCTHING))
    done = run_shima("log", "--gave", "-c", "nobody at all", "help", journal=laptop)
    assert done.code == 1
    lines = done.err.splitlines()
    assert "merged the sync copy" in lines[0] and "not found" in lines[1]
    assert lines[2] == "shima: (the sync copies above were merged and saved before this command was refused)"
    assert texts(laptop) == ["kept", "the desktop's", "the laptop's"]


def _now() -> str:
    return datetime.now().astimezone().isoformat()
