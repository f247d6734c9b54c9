"""The journal file: atomic, durable, shared safely between processes, refused when damaged."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import orjson
import pytest

from journal import store
from journal.records import make_contact, make_entry
from journal.store import Journal, JournalError


def add_people(path: Path, *names: str) -> Journal:
    journal = Journal(path)
    for name in names:
        journal.add_contact(make_contact(name))
    return journal


def note(text: str):
    return make_entry(day=date(2026, 11, 20), contacts=[], direction="note", kind=None, value=None, text=text)


def test_missing_file_is_an_empty_journal_and_is_not_created_by_reading(journal_path):
    journal = Journal(journal_path)
    assert journal.contacts == {} and journal.entries == {}
    assert not journal_path.exists()


def test_writes_create_owner_only_files_and_folder(journal_path):
    add_people(journal_path, "佐藤")
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(Path(f"{journal_path}.lock").stat().st_mode) == 0o600
    text = journal_path.read_bytes().decode("utf-8")
    assert "佐藤" in text  # UTF-8, not \\u escapes
    assert orjson.loads(text)["format"] == "shima-journal" and orjson.loads(text)["version"] == 1


def test_reopening_gives_back_what_was_written(journal_path):
    first = add_people(journal_path, "Sato", "Tanaka")
    first.add_entry(note("blog post"))
    again = Journal(journal_path)
    assert [c.name for c in again.contacts.values()] == ["Sato", "Tanaka"]
    assert [e.text for e in again.entries.values()] == ["blog post"]


def test_crash_between_temp_file_and_rename_leaves_old_journal(journal_path, monkeypatch):
    journal = add_people(journal_path, "Sato")
    before = journal_path.read_bytes()

    def crash(*_args):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(store.os, "replace", crash)
    with pytest.raises(JournalError, match="could not be saved: input/output error; nothing was changed"):
        journal.add_contact(make_contact("Tanaka"))
    assert journal_path.read_bytes() == before
    assert [c.name for c in journal.contacts.values()] == ["Sato"]  # memory matches the disk
    assert not list(journal_path.parent.glob(".*.tmp"))


def test_disk_full_while_writing_keeps_the_journal(journal_path, monkeypatch):
    journal = add_people(journal_path, "Sato")
    before = journal_path.read_bytes()
    real_fsync = os.fsync

    def full(fd):
        if os.fstat(fd).st_size > 0 and stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(store.os, "fsync", full)
    with pytest.raises(JournalError, match="no space left on device"):
        journal.add_entry(note("lost?"))
    assert journal_path.read_bytes() == before
    assert journal.entries == {}


def test_change_from_another_process_is_picked_up_before_writing(journal_path):
    mine = add_people(journal_path, "Sato")
    theirs = Journal(journal_path)
    theirs.add_contact(make_contact("Tanaka"))  # another process writes meanwhile
    mine.add_contact(make_contact("Suzuki"))  # must not clobber Tanaka
    assert sorted(c.name for c in Journal(journal_path).contacts.values()) == ["Sato", "Suzuki", "Tanaka"]
    assert sorted(c.name for c in mine.contacts.values()) == ["Sato", "Suzuki", "Tanaka"]


def test_outside_writes_are_seen_and_installed_as_the_app_does(journal_path):
    mine = add_people(journal_path, "Sato")
    assert mine.changed_on_disk() is False
    Journal(journal_path).add_entry(note("from the other terminal"))
    assert mine.changed_on_disk() is True
    read = mine.read_file()  # in the app: a worker thread
    assert mine.install_read(read) is True
    assert [e.text for e in mine.entries.values()] == ["from the other terminal"]
    assert mine.changed_on_disk() is False


def test_a_read_overtaken_by_another_write_is_not_installed(journal_path):
    mine = add_people(journal_path, "Sato")
    Journal(journal_path).add_entry(note("first"))
    stale = mine.read_file()
    Journal(journal_path).add_entry(note("second"))
    assert mine.install_read(stale) is False


WRITER = """
import sys
from datetime import date
from journal.records import make_entry
from journal.store import Journal
journal = Journal(sys.argv[1])
for i in range(int(sys.argv[3])):
    journal.add_entry(make_entry(day=date(2026, 1, 1), contacts=[], direction="note", kind=None, value=None,
                                 text=f"{sys.argv[2]}-{i}"))
"""


def test_processes_writing_at_once_lose_nothing(journal_path):
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(journal_path), f"w{n}", "15"]) for n in range(4)]
    assert [w.wait(timeout=120) for w in writers] == [0, 0, 0, 0]
    texts = {e.text for e in Journal(journal_path).entries.values()}
    assert texts == {f"w{n}-{i}" for n in range(4) for i in range(15)}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b'{"format": "shima-journal", "vers', "not valid JSON"),
        (b"not json at all", "not valid JSON"),
        (b"[1, 2]", "not a shima journal"),
        (b'{"format":"shima-journal","version":2,"settings":{},"contacts":[],"entries":[]}', "format version 2 is newer"),
        (
            b'{"format":"shima-journal","version":1,"settings":{"currency":"JPY","owner_goal":"","window_days":365},'
            b'"contacts":[{"id":"c1","name":7}],"entries":[]}',
            "contact 'c1': missing field",
        ),
    ],
)
def test_damaged_or_newer_files_are_refused_and_untouched(journal_path, content, reason):
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(content)
    with pytest.raises(JournalError, match=reason) as refused:
        Journal(journal_path)
    assert str(journal_path) in str(refused.value)
    assert journal_path.read_bytes() == content


def test_a_folder_where_the_journal_should_be_is_refused(journal_path):
    journal_path.mkdir(parents=True)
    with pytest.raises(JournalError, match="is a folder"):
        Journal(journal_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_journal_is_refused(journal_path):
    add_people(journal_path, "Sato")
    journal_path.chmod(0o000)
    with pytest.raises(JournalError, match="cannot be read: permission denied"):
        Journal(journal_path)


def test_daily_backup_keeps_the_state_before_the_first_write(journal_path):
    journal = add_people(journal_path, "Sato")  # first write ever: nothing to back up yet
    assert journal.backups() == []
    state_before_today = journal_path.read_bytes()
    journal.add_contact(make_contact("Tanaka"))
    journal.add_contact(make_contact("Suzuki"))
    backups = journal.backups()
    assert [b.name for b in backups] == [f"journal.json.backup-{date.today().isoformat()}"]
    assert backups[0].read_bytes() == state_before_today
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600


def test_only_the_last_seven_backups_are_kept(journal_path):
    journal = add_people(journal_path, "Sato")
    for day in range(1, 10):
        Path(f"{journal_path}.backup-2026-01-0{day}").write_text("old")
    journal.add_contact(make_contact("Tanaka"))
    names = [b.name for b in journal.backups()]
    assert len(names) == 7 and names[-1].endswith(date.today().isoformat())
    assert "journal.json.backup-2026-01-03" not in names


def test_stale_temp_files_of_killed_writers_are_cleaned(journal_path):
    journal = add_people(journal_path, "Sato")
    stale = journal_path.parent / ".journal.json.abc123.tmp"
    stale.write_text("half written")
    journal.add_contact(make_contact("Tanaka"))
    assert not stale.exists()
