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
from test_sync import SYNCTHING, entry_id, texts, two_devices

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
    assert merged.problem is None and merged.counts.of("entries").added == 1 and not copy.exists()


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


# ----- 5. undo a bad day, and the next sync keeps it undone ----------------------------------------------


def test_a_restored_backup_survives_the_merge_of_the_other_devices_copy_of_the_bad_day(tmp_path):
    """The README's recipe: the bad day (an entry deleted, another changed) reached both devices;
    the laptop restores the morning's backup; the desktop's copy of the bad day arrives as a conflict
    copy. A plain `cp` of the backup would lose to it (older stamps); a restore made now wins."""
    laptop, _ = two_devices(tmp_path)
    morning = laptop.with_name("journal.json.backup-2026-11-24")
    shutil.copy2(laptop, morning)
    assert run_shima("delete-entry", entry_id(laptop, "kept"), journal=laptop).code == 0
    changed_id = entry_id(laptop, "the laptop's")
    assert run_shima("edit-entry", changed_id, "--text", "a bad edit", journal=laptop).code == 0
    assert run_shima("log", "--note", "logged on the bad day", journal=laptop).code == 0
    bad_day = tmp_path / "bad-day.json"
    shutil.copy2(laptop, bad_day)  # what the desktop holds too, once synced
    listed = run_shima("restore-backup", journal=laptop)
    assert listed.code == 0 and morning.name in listed.out and "shima restore-backup NAME" in listed.out
    dry = run_shima("restore-backup", morning.name, "--dry-run", journal=laptop)
    assert "bring back 1 records, change back 1 and remove 1" in dry.out
    done = run_shima("restore-backup", morning.name, journal=laptop)
    assert done.code == 0, done.err
    assert "1 records brought back, 1 changed back, 1 removed" in done.out
    restored = texts(laptop)
    assert restored == ["deleted on the desktop", "kept", "the laptop's"]  # the morning's journal
    shutil.copy2(bad_day, laptop.with_name(SYNCTHING))  # the desktop's copy of the bad day
    merged = run_shima("timeline", journal=laptop)
    assert "merged the sync copy" in merged.err
    assert texts(laptop) == restored  # the bad day does not come back
    assert len(list(laptop.parent.glob("journal.json.backup-*-whole"))) >= 1  # the journal before the restore


def test_the_readme_recipe_for_a_bad_day_uses_restore_backup():
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "shima restore-backup journal.json.backup-" in readme
    assert "cp journal.json.backup-YYYY-MM-DD journal.json" not in readme
