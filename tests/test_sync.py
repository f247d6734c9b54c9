"""Deletions that sync: tombstones, and the merge of two diverged copies of one journal (issue 15).

Two devices start from one journal, each changes it (edits, additions, deletions), and a sync tool
leaves one copy beside the other. Merging them must give the same journal in either order, bring
back nothing that was deleted, and lose no change made after a deletion.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import contact, entry, run_shima, snapshot
from file_keyring import file_keyring_env
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.records import Snapshot, replace
from journal.store import merge, replacement
from journal.store.crypt import unlock_key_file

BASE_IDS = [f"e{n}" for n in range(6)]


def base() -> Snapshot:
    people = [contact("c1", "佐藤"), contact("c2", "Tanaka")]
    return snapshot(people, [entry(eid, "2026-11-0" + str(n + 1), ["c1" if n % 2 else "c2"]) for n, eid in enumerate(BASE_IDS)])


def at(second: int) -> str:
    return (datetime(2026, 11, 25, tzinfo=UTC) + timedelta(seconds=second)).isoformat()


def edited(copy: Snapshot, entry_id: str, text: str, when: str) -> Snapshot:
    entries = [replace(e, text=text, updated_at=when) if e.id == entry_id else e for e in copy.entries]
    return replace(copy, entries=entries)


def deleted(copy: Snapshot, record_id: str, when: str) -> Snapshot:
    return replace(
        copy,
        entries=[e for e in copy.entries if e.id != record_id],
        contacts=[c for c in copy.contacts if c.id != record_id],
        tombstones={**copy.tombstones, record_id: when},
    )


def added(copy: Snapshot, entry_id: str, contact_id: str, when: str) -> Snapshot:
    new = replace(entry(entry_id, "2026-11-20", [contact_id]), created_at=when, updated_at=when)
    return replace(copy, entries=[*copy.entries, new])


def shape(copy: Snapshot) -> tuple:
    """What a journal holds, whatever the order of its lists."""
    return (
        sorted(c.to_dict().items().__repr__() for c in copy.contacts),
        sorted(repr(sorted(e.to_dict().items())) for e in copy.entries),
        sorted(copy.tombstones.items()),
    )


def test_two_copies_with_deletions_on_each_side_merge_to_the_same_journal_in_both_orders():
    laptop = deleted(edited(base(), "e1", "laptop's words", at(10)), "e2", at(11))
    desktop = deleted(added(edited(base(), "e3", "desktop's words", at(12)), "e9", "c1", at(13)), "e4", at(14))
    one, counts = merge(laptop, desktop)
    other, _ = merge(desktop, laptop)
    assert shape(one) == shape(other)
    texts = {e.id: e.text for e in one.entries}
    assert texts.keys() == {"e0", "e1", "e3", "e5", "e9"}  # e2 and e4 stay deleted, e9 arrived
    assert (texts["e1"], texts["e3"]) == ("laptop's words", "desktop's words")
    assert one.tombstones == {"e2": at(11), "e4": at(14)}
    entries = counts.of("entries")
    assert (entries.added, entries.updated, entries.removed) == (1, 1, 1)


def test_an_older_copy_never_brings_a_deleted_entry_back():
    journal = deleted(base(), "e2", at(5))
    merged, counts = merge(journal, base())  # a copy from before the deletion, as a sync tool keeps it
    assert "e2" not in {e.id for e in merged.entries} and merged.tombstones == {"e2": at(5)}
    assert counts.changes == 0
    merged, counts = merge(base(), journal)  # and the other way: the deletion reaches the old copy
    assert "e2" not in {e.id for e in merged.entries} and counts.of("entries").removed == 1


def test_a_change_made_after_the_deletion_wins_and_drops_the_tombstone():
    merged, _ = merge(deleted(base(), "e2", at(5)), edited(base(), "e2", "still needed", at(9)))
    assert {e.id: e.text for e in merged.entries}["e2"] == "still needed" and merged.tombstones == {}


def test_a_contact_removed_on_one_side_stays_while_the_other_logged_with_it():
    removed = deleted(replace(base(), entries=[e for e in base().entries if "c1" not in e.contacts]), "c1", at(5))
    logged = added(base(), "e9", "c1", at(9))
    for merged, _ in (merge(removed, logged), merge(logged, removed)):
        assert "c1" in {c.id for c in merged.contacts} and "e9" in {e.id for e in merged.entries}
        assert "c1" not in merged.tombstones


def test_replacing_a_journal_leaves_tombstones_for_what_it_held():
    incoming = snapshot([contact("c7", "new")], [])
    replaced = replacement(replace(base(), journal_id="journal-1"), incoming)
    assert [c.id for c in replaced.contacts] == ["c7"] and replaced.journal_id == "journal-1"
    assert replaced.tombstones.keys() == {"c1", "c2", *BASE_IDS}
    merged, _ = merge(replaced, base())  # a synced copy of the old journal brings nothing back
    assert [c.id for c in merged.contacts] == ["c7"] and not merged.entries


# ----- any two diverged histories ------------------------------------------------------------------

step = st.tuples(st.sampled_from(["edit", "delete", "add"]), st.sampled_from([*BASE_IDS, "c1"]), st.integers(0, 50))


def history(steps: list[tuple[str, str, int]], device: str) -> Snapshot:
    copy = base()
    for number, (kind, record_id, second) in enumerate(steps):
        when = at(second)
        if kind == "edit" and record_id in {e.id for e in copy.entries}:
            copy = edited(copy, record_id, f"{device} {number}", when)
        elif kind == "delete" and record_id in BASE_IDS and record_id in {e.id for e in copy.entries}:
            copy = deleted(copy, record_id, when)
        elif kind == "add":
            copy = added(copy, f"{device}{number}", "c2", when)
    return copy


@settings(max_examples=150, deadline=None)
@given(st.lists(step, max_size=8), st.lists(step, max_size=8))
def test_any_two_histories_merge_the_same_way_in_both_orders_and_settle(left_steps, right_steps):
    left, right = history(left_steps, "L"), history(right_steps, "R")
    one, _ = merge(left, right)
    assert shape(one) == shape(merge(right, left)[0])
    assert shape(merge(one, left)[0]) == shape(one) and shape(merge(one, right)[0]) == shape(one)  # nothing more to merge
    alive = {e.id: e for e in one.entries}
    assert not alive.keys() & one.tombstones.keys()  # what is deleted stays deleted, unless changed after
    for copy in (left, right):
        for record_id, when in copy.tombstones.items():
            if record_id in alive:
                assert alive[record_id].updated_at > when


# ----- a sync tool's copies beside the journal, merged by the command line ---------------------------

SYNCTHING = "journal.sync-conflict-20261125-101500-7XKQ2MB.json"
DROPBOX = "journal (Taro's MacBook conflicted copy 2026-11-25).json"


def texts(path: Path, env: dict | None = None) -> list[str]:
    return sorted(e["text"] for e in json.loads(run_shima("timeline", "--json", journal=path, env=env).out))


def entry_id(path: Path, text: str, env: dict | None = None) -> str:
    return next(e["id"] for e in json.loads(run_shima("timeline", "--json", journal=path, env=env).out) if e["text"] == text)


def two_devices(folder: Path, env: dict | None = None) -> tuple[Path, Path]:
    """One journal, copied to a second device; each then deletes one entry and logs one."""
    laptop, desktop = folder / "laptop" / "journal.json", folder / "desktop" / "journal.json"
    for text in ("kept", "deleted on the laptop", "deleted on the desktop"):
        assert run_shima("log", "--note", text, journal=laptop, env=env).code == 0
    desktop.parent.mkdir()
    for name in os.listdir(laptop.parent):
        if name.startswith("journal.json") and not name.endswith(".lock"):
            shutil.copy2(laptop.parent / name, desktop.parent / name)
    for device, gone, new in (
        (laptop, "deleted on the laptop", "the laptop's"),
        (desktop, "deleted on the desktop", "the desktop's"),
    ):
        assert run_shima("delete-entry", entry_id(device, gone, env), journal=device, env=env).code == 0
        assert run_shima("log", "--note", new, journal=device, env=env).code == 0
    return laptop, desktop


@pytest.mark.parametrize("copy_name", [SYNCTHING, DROPBOX])
def test_a_conflict_copy_is_merged_by_the_next_command_and_kept_as_a_backup(tmp_path, copy_name):
    laptop, desktop = two_devices(tmp_path)
    shutil.copy2(desktop, laptop.with_name(copy_name))  # the sync tool keeps the desktop's as the loser
    done = run_shima("timeline", "--json", journal=laptop)
    assert done.code == 0
    assert done.err.count("\n") == 1 and f"merged the sync copy {copy_name}: 1 added, 0 changed, 1 removed" in done.err
    assert texts(laptop) == ["kept", "the desktop's", "the laptop's"]  # nothing lost, nothing resurrected
    assert not laptop.with_name(copy_name).exists()
    assert len(list(laptop.parent.glob("journal.json.backup-*-conflict"))) == 1
    assert run_shima("timeline", journal=laptop).err == ""  # said once


def test_both_devices_merging_each_others_copy_agree(tmp_path):
    laptop, desktop = two_devices(tmp_path)
    shutil.copy2(desktop, laptop.with_name(SYNCTHING))
    shutil.copy2(laptop, desktop.with_name(SYNCTHING))
    assert texts(laptop) == texts(desktop) == ["kept", "the desktop's", "the laptop's"]


def test_an_encrypted_journal_merges_its_encrypted_copy(tmp_path):
    first = tmp_path / "laptop" / "journal.json"
    assert run_shima("add", "佐藤", journal=first).code == 0
    assert run_shima("encrypt", journal=first, env={"SHIMA_PASSPHRASE": "p"}).code == 0
    # Both devices keep the key in their keyring (`shima unlock`), so the commands below pay no scrypt.
    key = unlock_key_file(first.with_name("journal.json.key"), "p").text
    kept = {f"shima/{tmp_path / device / 'journal.json.key'}": key for device in ("laptop", "desktop")}
    (tmp_path / "keyring.json").write_text(json.dumps(kept))
    keyring = file_keyring_env(tmp_path / "keyring.json")
    laptop, desktop = two_devices(tmp_path, keyring)
    shutil.copy2(desktop, laptop.with_name(DROPBOX))
    assert texts(laptop, keyring) == ["kept", "the desktop's", "the laptop's"]
    assert all(p.read_bytes().startswith(b"age-encryption.org/v1\n") for p in laptop.parent.glob("journal.json.backup-*"))


def test_copies_of_another_journal_are_left_alone(tmp_path):
    laptop, _ = two_devices(tmp_path)
    other = tmp_path / "other" / "journal.json"
    assert run_shima("log", "--note", "another journal's", journal=other).code == 0
    for name in ("journal (1).json", "journal 2.json", SYNCTHING):
        shutil.copy2(other, laptop.with_name(name))
    done = run_shima("timeline", "--json", journal=laptop)
    assert "another journal's" not in done.out
    # A numbered copy is an ordinary file of the user's: not a word. A conflict copy is said once
    # per command (a new device used before its first sync ended): the user's journal is out of sight.
    assert done.err.splitlines() == [
        f"shima: the sync copy {SYNCTHING} was not merged: {laptop.with_name(SYNCTHING)} is a copy of another journal "
        "(was shima started here before the first sync ended?); it was left as it is: `shima import` it to merge it anyway"
    ]
    assert all(
        laptop.with_name(name).read_bytes() == other.read_bytes() for name in ("journal (1).json", "journal 2.json", SYNCTHING)
    )


def test_a_numbered_copy_of_this_journal_is_merged(tmp_path):
    laptop, desktop = two_devices(tmp_path)
    shutil.copy2(desktop, laptop.with_name("journal (1).json"))
    assert texts(laptop) == ["kept", "the desktop's", "the laptop's"]
    assert not laptop.with_name("journal (1).json").exists()


def test_a_damaged_conflict_copy_is_said_and_left_alone(tmp_path):
    laptop, _ = two_devices(tmp_path)
    laptop.with_name(SYNCTHING).write_bytes(b'{"format":"shima-journal","version":3,')
    done = run_shima("list", journal=laptop)
    assert done.code == 0 and f"the sync copy {SYNCTHING} was not merged" in done.err
    assert laptop.with_name(SYNCTHING).exists()


def test_a_conflict_copy_encrypted_with_another_key_is_said_and_left_alone(tmp_path):
    laptop, _ = two_devices(tmp_path)
    stranger = tmp_path / "stranger" / "journal.json"
    assert run_shima("add", "someone", journal=stranger).code == 0
    assert run_shima("encrypt", journal=stranger, env={"SHIMA_PASSPHRASE": "other"}).code == 0
    shutil.copy2(stranger, laptop.with_name(SYNCTHING))
    done = run_shima("list", journal=laptop)
    assert done.code == 0 and "is encrypted, and this journal is not" in done.err
    assert laptop.with_name(SYNCTHING).read_bytes() == stranger.read_bytes()


def test_a_plain_copy_of_an_encrypted_journal_is_kept_encrypted(tmp_path):
    from journal.store import Journal

    laptop = tmp_path / "journal.json"
    secret = {"SHIMA_PASSPHRASE": "p"}
    assert run_shima("log", "--note", "before encryption", journal=laptop).code == 0
    shutil.copy2(laptop, tmp_path / "plain-copy")  # a device that has not encrypted yet
    assert run_shima("encrypt", journal=laptop, env=secret).code == 0
    shutil.copy2(tmp_path / "plain-copy", laptop.with_name(DROPBOX))
    done = run_shima("list", journal=laptop, env=secret)
    assert "merged the sync copy" in done.err
    (kept,) = laptop.parent.glob("journal.json.backup-*-conflict")
    assert kept.read_bytes().startswith(b"age-encryption.org/v1\n") and not laptop.with_name(DROPBOX).exists()
    assert Journal(tmp_path / "plain-copy").entries  # (the copy was a journal to merge)


def test_a_read_only_journal_still_lists_and_says_why_a_copy_waits(tmp_path):
    laptop, desktop = two_devices(tmp_path)
    shutil.copy2(desktop, laptop.with_name(SYNCTHING))
    laptop.chmod(0o400)
    done = run_shima("timeline", journal=laptop)
    assert done.code == 0 and "the deleted on the desktop" not in done.out
    assert f"the sync copy {SYNCTHING} was not merged" in done.err and "read-only" in done.err
    assert laptop.with_name(SYNCTHING).exists()


def test_an_import_that_brings_nothing_new_writes_nothing_and_keeps_no_backup(tmp_path):
    laptop, _ = two_devices(tmp_path)
    export = tmp_path / "export.json"
    assert run_shima("export", "-o", str(export), journal=laptop).code == 0
    before = (laptop.read_bytes(), sorted(p.name for p in laptop.parent.iterdir()))
    assert run_shima("import", str(export), journal=laptop).code == 0
    assert (laptop.read_bytes(), sorted(p.name for p in laptop.parent.iterdir())) == before
