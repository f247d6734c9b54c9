"""The journal file: atomic, durable, shared safely between processes, refused when damaged,
backed up before the day's first change and before every whole change, never written read-only."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import orjson
import pytest
from conftest import GOOD_CONTACT, GOOD_ENTRY, contact, entry, snapshot

from journal import actions
from journal.store import BACKUPS_KEPT, Journal, JournalError
from journal.store import file as store_file
from journal.store.document import FORMAT_VERSION
from journal.words import explain

TODAY = date.today().isoformat()


def add_people(path: Path, *names: str) -> Journal:
    journal = Journal(path)
    for name in names:
        actions.add_contact(journal, {"name": name})
    return journal


def note(journal: Journal, text: str, day: date = date(2026, 11, 20)):
    return actions.log_entry(journal, {"date": day, "contacts": [], "direction": "note", "text": text})


def names(journal: Journal) -> list[str]:
    return [c.name for c in journal.contacts.values()]


def temp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.tmp"))


def day_backup(path: Path) -> Path:
    return Path(f"{path}.backup-{TODAY}")


def test_missing_file_is_an_empty_journal_and_is_not_created_by_reading(journal_path):
    journal = Journal(journal_path)
    assert journal.contacts == {} and journal.entries == {}
    assert not journal_path.exists() and not journal_path.parent.exists()


def test_writes_create_owner_only_files_and_folder(journal_path):
    add_people(journal_path, "佐藤")
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(Path(f"{journal_path}.lock").stat().st_mode) == 0o600
    text = journal_path.read_bytes().decode("utf-8")
    assert "佐藤" in text  # UTF-8, not \\u escapes
    assert orjson.loads(text)["format"] == "shima-journal" and orjson.loads(text)["version"] == FORMAT_VERSION


def test_reopening_gives_back_what_was_written(journal_path):
    first = add_people(journal_path, "Sato", "Tanaka")
    note(first, "blog post")
    again = Journal(journal_path)
    assert names(again) == ["Sato", "Tanaka"]
    assert [e.text for e in again.entries.values()] == ["blog post"]


def test_crash_between_temp_file_and_rename_leaves_old_journal(journal_path, monkeypatch):
    journal = add_people(journal_path, "Sato")
    before = journal_path.read_bytes()

    def crash(*_args):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(store_file.os, "replace", crash)
    with pytest.raises(JournalError) as refused:
        actions.add_contact(journal, {"name": "Tanaka"})
    assert explain(refused.value, "en") == f"{journal_path}: could not be saved: input/output error; nothing was changed"
    assert journal_path.read_bytes() == before
    assert names(journal) == ["Sato"]  # memory matches the disk
    assert temp_files(journal_path.parent) == []


def test_disk_full_while_writing_keeps_the_journal(journal_path, monkeypatch):
    journal = add_people(journal_path, "Sato")
    before = journal_path.read_bytes()
    real_fsync = os.fsync

    def full(fd):
        if os.fstat(fd).st_size > 0 and stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(store_file.os, "fsync", full)
    with pytest.raises(JournalError) as refused:
        note(journal, "lost?")
    assert explain(refused.value, "en") == f"{journal_path}: could not be saved: no space left on device; nothing was changed"
    assert journal_path.read_bytes() == before
    assert journal.entries == {}
    assert temp_files(journal_path.parent) == []


def test_change_from_another_process_is_picked_up_before_writing(journal_path):
    mine = add_people(journal_path, "Sato")
    theirs = Journal(journal_path)
    actions.add_contact(theirs, {"name": "Tanaka"})  # another process writes meanwhile
    actions.add_contact(mine, {"name": "Suzuki"})  # must not clobber Tanaka
    assert sorted(names(Journal(journal_path))) == ["Sato", "Suzuki", "Tanaka"]
    assert sorted(names(mine)) == ["Sato", "Suzuki", "Tanaka"]


def test_an_edit_keeps_the_fields_another_process_changed_meanwhile(journal_path):
    mine = add_people(journal_path, "Sato")
    [sato] = mine.contacts.values()
    theirs = Journal(journal_path)
    actions.edit_contact(theirs, sato.id, {"met": "conference", "cadence_days": 30})
    saved = actions.edit_contact(mine, sato.id, {"notes": "likes tea", "met": "meetup"}, seen=sato)
    on_disk = Journal(journal_path).contacts[sato.id]
    assert (on_disk.met, on_disk.cadence_days, on_disk.notes) == ("meetup", 30, "likes tea")
    assert saved.overridden == ("met",)  # the later save won, and the front end can say so


def test_outside_writes_are_seen_and_installed_as_the_app_does(journal_path):
    mine = add_people(journal_path, "Sato")
    assert mine.changed_on_disk() is False
    note(Journal(journal_path), "from the other terminal")
    assert mine.changed_on_disk() is True
    loaded = mine.read()  # in the app: a worker thread
    assert mine.install(loaded) is True
    assert [e.text for e in mine.entries.values()] == ["from the other terminal"]
    assert mine.changed_on_disk() is False


def test_a_read_overtaken_by_another_write_is_not_installed(journal_path):
    mine = add_people(journal_path, "Sato")
    note(Journal(journal_path), "first")
    stale = mine.read()
    note(Journal(journal_path), "second")
    assert mine.install(stale) is False
    assert mine.changed_on_disk() is True


WRITER = """
import sys
from datetime import date
from journal import actions
from journal.store import Journal
journal = Journal(sys.argv[1])
for i in range(int(sys.argv[3])):
    actions.log_entry(journal, {"date": date(2026, 1, 1), "contacts": [], "direction": "note", "text": f"{sys.argv[2]}-{i}"})
"""


def test_processes_writing_at_once_lose_nothing(journal_path):
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(journal_path), f"w{n}", "15"]) for n in range(4)]
    assert [w.wait(timeout=120) for w in writers] == [0, 0, 0, 0]
    texts = {e.text for e in Journal(journal_path).entries.values()}
    assert texts == {f"w{n}-{i}" for n in range(4) for i in range(15)}


SETTINGS = b'"settings":{"currency":"JPY","owner_goal":"","window_days":365}'


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (b"", "the file is empty, not a shima journal (it was left as it is)"),
        (
            b'{"format": "shima-journal", "vers',
            "not valid JSON (unexpected end of data: line 1 column 34 (char 33)); the file was left as it is",
        ),
        (
            b"not json at all",
            "not valid JSON (invalid literal, expected 'null': line 1 column 1 (char 0)); the file was left as it is",
        ),
        (b"[1, 2]", "not a shima journal: the field 'format' must be \"shima-journal\"; the file was left as it is"),
        (
            b'{"format":"shima-journal","version":4,"settings":{},"contacts":[],"entries":[]}',
            "format version 4 is newer than this shima understands (3); update shima; the file was left as it is",
        ),
        (
            b'{"format":"shima-journal","version":1,' + SETTINGS + b',"contacts":[{"id":"c1","name":"x"}],"entries":[]}',
            "contact 'c1': missing field 'created_at'; the file was left as it is",
        ),
        (
            b'{"format":"shima-journal","version":1,'
            + SETTINGS
            + b',"contacts":[],"entries":['
            + orjson.dumps({**GOOD_ENTRY, "contacts": [], "direction": "note", "kind": None, "value": "lots"})
            + b"]}",
            "entry 'e12': value must be a number from 0 to 999,999,999,999, or null; the file was left as it is",
        ),
    ],
)
def test_damaged_or_newer_files_are_refused_and_untouched(journal_path, content, sentence):
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(content)
    with pytest.raises(JournalError) as refused:
        Journal(journal_path)
    assert refused.value.params["path"] == str(journal_path)
    assert explain(refused.value, "en") == f"{journal_path}: {sentence}"
    assert journal_path.read_bytes() == content
    assert sorted(p.name for p in journal_path.parent.iterdir()) == ["journal.json"]  # no lock, backup or temp


def test_a_folder_where_the_journal_should_be_is_refused(journal_path):
    journal_path.mkdir(parents=True)
    with pytest.raises(JournalError) as refused:
        Journal(journal_path)
    assert explain(refused.value, "en") == f"{journal_path}: is a folder, not a journal file"


def test_an_unreadable_journal_is_refused(journal_path, monkeypatch):
    add_people(journal_path, "Sato")
    real_open = os.open

    def denied(file, flags, *args, **kwargs):
        if Path(file) == journal_path:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(store_file.os, "open", denied)  # root reads anything, so the refusal is simulated
    with pytest.raises(JournalError) as refused:
        Journal(journal_path)
    assert explain(refused.value, "en") == f"{journal_path}: cannot be read: permission denied"


# ----- read-only journals (issue 11, point 17) -------------------------------------------------------


def test_a_read_only_journal_is_never_written(journal_path):
    journal = add_people(journal_path, "Sato")
    journal_path.chmod(0o400)  # root could write it anyway: shima goes by the mode bits
    before = journal_path.read_bytes()
    for change in (
        lambda: actions.add_contact(journal, {"name": "Tanaka"}),
        lambda: note(journal, "not saved"),
        lambda: actions.change_settings(journal, {"owner_goal": "g"}),
    ):
        with pytest.raises(JournalError) as refused:
            change()
        assert refused.value.code == "file.read_only"
        assert explain(refused.value, "en") == (
            f"{journal_path}: the journal is read-only, so nothing was changed; make it writable (chmod u+w) to change it"
        )
    assert journal_path.read_bytes() == before and stat.S_IMODE(journal_path.stat().st_mode) == 0o400
    assert names(journal) == ["Sato"] and journal.entries == {}
    assert journal.file.backups() == [] and temp_files(journal_path.parent) == []
    journal_path.chmod(0o600)  # made writable again, it is written as usual
    actions.add_contact(journal, {"name": "Tanaka"})
    assert sorted(names(Journal(journal_path))) == ["Sato", "Tanaka"]


# ----- backups ------------------------------------------------------------------------------------


def test_daily_backup_keeps_the_state_before_the_first_write(journal_path):
    journal = add_people(journal_path, "Sato")  # first write ever: nothing to back up yet
    assert journal.file.backups() == []
    state_before_today = journal_path.read_bytes()
    actions.add_contact(journal, {"name": "Tanaka"})
    actions.add_contact(journal, {"name": "Suzuki"})
    backups = journal.file.backups()
    assert [b.name for b in backups] == [f"journal.json.backup-{TODAY}"]
    assert backups[0].read_bytes() == state_before_today
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600


def test_only_the_last_seven_backups_are_kept(journal_path):
    journal = add_people(journal_path, "Sato")
    for day in range(1, 10):
        Path(f"{journal_path}.backup-2026-01-0{day}").write_text("old")
    actions.add_contact(journal, {"name": "Tanaka"})
    kept = [b.name for b in journal.file.backups()]
    assert len(kept) == BACKUPS_KEPT == 7 and kept[-1] == f"journal.json.backup-{TODAY}"
    assert kept[0] == "journal.json.backup-2026-01-04"


def test_rotation_keeps_a_users_own_files_beside_the_backups(journal_path):
    journal = add_people(journal_path, "Sato")
    folder = journal_path.parent
    mine = [
        "journal.json.backup-old-laptop-KEEP",
        "journal.json.backup-2020-01-01.txt",
        "journal.json.backup-2020-01-01-KEEP",
        "journal.json.backup-2020-01-01-120000-whole.bak",
        "journal.json.backup-",
        "journal.json.backup-20200101",
        "journal.json.old",
        "other.json.backup-2020-01-01",
        "journal.json.x.json.backup-2020-01-01",
    ]
    for name in mine:
        (folder / name).write_text("the user's own")
    for day in range(1, 10):
        (folder / f"journal.json.backup-2026-01-0{day}").write_text("old daily")
        (folder / f"journal.json.backup-2026-01-0{day}-120000-whole").write_text("old whole")
    actions.import_journal(journal, snapshot([contact("c1", "Tanaka")], []), replace=True)
    for name in mine:
        assert (folder / name).read_text() == "the user's own", name
    kept = [b.name for b in journal.file.backups()]
    assert not set(mine) & set(kept)  # a user's files are never listed as shima's backups
    daily = [n for n in kept if not n.endswith("-whole")]
    whole = [n for n in kept if n.endswith("-whole")]
    assert len(daily) == len(whole) == BACKUPS_KEPT
    assert daily[0] == "journal.json.backup-2026-01-04" and daily[-1] == f"journal.json.backup-{TODAY}"
    assert whole[0] == "journal.json.backup-2026-01-04-120000-whole" and whole[-1].startswith(f"journal.json.backup-{TODAY}-")


def test_a_whole_change_keeps_its_own_backup_even_when_the_days_backup_exists(journal_path):
    journal = add_people(journal_path, "Sato")
    start_of_day = journal_path.read_bytes()
    actions.add_contact(journal, {"name": "Tanaka"})  # the day's backup is taken here
    before_import = journal_path.read_bytes()
    actions.import_journal(journal, snapshot([contact("c1", "Replaced")], []), replace=True)
    assert day_backup(journal_path).read_bytes() == start_of_day  # the day's backup is not moved on
    [whole] = [b for b in journal.file.backups() if b.name.endswith("-whole")]
    assert whole.name.startswith(f"journal.json.backup-{TODAY}-") and whole.read_bytes() == before_import
    assert stat.S_IMODE(whole.stat().st_mode) == 0o600
    assert names(Journal(whole)) == ["Sato", "Tanaka"]  # what the README's restore step gets back


def test_two_whole_changes_in_one_second_each_keep_a_backup(journal_path, monkeypatch):
    class FrozenClock(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 11, 25, 12, 0, 0, tzinfo=tz)

    monkeypatch.setattr(store_file, "datetime", FrozenClock)
    journal = add_people(journal_path, "Sato")
    actions.import_journal(journal, snapshot([contact("c1", "First import")], []), replace=True)
    after_first = journal_path.read_bytes()
    actions.import_journal(journal, snapshot([contact("c2", "Second import")], []), replace=True)
    assert after_first in [b.read_bytes() for b in journal.file.backups() if b.name.endswith("-whole")]


def test_where_hard_links_fail_the_backup_is_a_complete_copy_written_through_a_temp_file(journal_path, monkeypatch):
    journal = add_people(journal_path, "Sato")  # the first write: nothing to back up
    before = journal_path.read_bytes()

    def no_links(*_args, **_kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")  # what vfat and exFAT say

    renames = []
    real_replace = os.replace

    def recording_replace(source, target):
        renames.append((Path(source).name, Path(target).name, stat.S_IMODE(os.stat(source).st_mode)))
        return real_replace(source, target)

    monkeypatch.setattr(store_file.os, "link", no_links)
    monkeypatch.setattr(store_file.os, "replace", recording_replace)
    note(journal, "x" * 50_000)  # the day's first change: the backup is copied
    backup = day_backup(journal_path)
    assert backup.read_bytes() == before and not backup.is_symlink()
    assert os.stat(backup).st_ino != os.stat(journal_path).st_ino and os.stat(backup).st_nlink == 1
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    (temp, target, mode), (journal_temp, journal_target, _) = renames
    assert temp.startswith(f".{backup.name}.") and temp.endswith(".tmp") and target == backup.name and mode == 0o600
    assert journal_temp.startswith(".journal.json.") and journal_target == "journal.json"
    assert temp_files(journal_path.parent) == []
    assert names(Journal(backup)) == ["Sato"] and [e.text for e in Journal(journal_path).entries.values()] == ["x" * 50_000]


def test_a_full_disk_during_the_backup_copy_leaves_no_backup_and_changes_nothing(journal_path, monkeypatch):
    journal = add_people(journal_path, "Sato")
    before = journal_path.read_bytes()
    real_fsync = os.fsync

    def no_links(*_args, **_kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    def full_while_backing_up(fd):
        if ".backup-" in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(store_file.os, "link", no_links)
    monkeypatch.setattr(store_file.os, "fsync", full_while_backing_up)
    with pytest.raises(JournalError) as refused:
        actions.add_contact(journal, {"name": "Tanaka"})
    backup = day_backup(journal_path)
    assert refused.value.code == "file.backup_failed"
    assert (
        explain(refused.value, "en")
        == f"{backup}: the backup could not be written (no space left on device); nothing was changed"
    )
    assert journal_path.read_bytes() == before and names(journal) == ["Sato"]
    assert not os.path.lexists(backup) and journal.file.backups() == [] and temp_files(journal_path.parent) == []
    monkeypatch.setattr(store_file.os, "fsync", real_fsync)  # space again: the backup is taken, then the change
    actions.add_contact(journal, {"name": "Tanaka"})
    assert backup.read_bytes() == before


# ----- temporary files -------------------------------------------------------------------------------


def test_stale_temp_files_of_killed_writers_are_cleaned(journal_path):
    journal = add_people(journal_path, "Sato")
    stale = journal_path.parent / ".journal.json.abc123de.tmp"  # mkstemp's eight characters
    stale.write_text("half written")
    actions.add_contact(journal, {"name": "Tanaka"})
    assert not stale.exists()


def test_the_sweep_leaves_the_temp_files_of_a_journal_with_a_longer_name_alone(tmp_path):
    short, longer = tmp_path / "j.json", tmp_path / "j.json.x.json"
    add_people(longer, "Other")
    journal = add_people(short, "Sato")
    theirs = tmp_path / ".j.json.x.json.abcdefgh.tmp"  # another journal's writer, mid-write
    mine = tmp_path / ".j.json.abcdefgh.tmp"
    unrelated = [tmp_path / ".j.json.abcdefgh.tmp.keep", tmp_path / ".j.json.abcdefghi.tmp", tmp_path / "j.json.abcdefgh.tmp"]
    for path in (theirs, mine, *unrelated):
        path.write_text("in progress")
    actions.add_contact(journal, {"name": "Tanaka"})
    assert not mine.exists()
    assert theirs.read_text() == "in progress"
    assert all(path.read_text() == "in progress" for path in unrelated)


def test_a_killed_backup_copy_leaves_no_temp_file_after_the_next_write(journal_path):
    journal = add_people(journal_path, "Sato")
    stale = journal_path.parent / f".journal.json.backup-{TODAY}.abcdefgh.tmp"  # as a writer killed mid-copy leaves it
    stale.write_bytes(journal_path.read_bytes()[:10])
    actions.add_contact(journal, {"name": "Tanaka"})
    assert temp_files(journal_path.parent) == []


# ----- imports stamped in the future (issue 11, point 4) ----------------------------------------------


@pytest.mark.parametrize(
    ("kind", "record", "field"),
    [("contact", GOOD_CONTACT, "updated_at"), ("contact", GOOD_CONTACT, "created_at"), ("entry", GOOD_ENTRY, "updated_at")],
)
def test_an_import_stamped_in_the_future_is_refused_and_changes_nothing(journal_path, kind, record, field):
    journal = add_people(journal_path, "Sato")
    actions.add_contact(journal, {"name": "Tanaka"})
    before = journal_path.read_bytes()
    backups_before = journal.file.backups()
    future = {**record, field: "2099-01-01T00:00:00+00:00"}
    document = {
        "format": "shima-journal",
        "version": 1,
        "settings": {"currency": "JPY", "owner_goal": "", "window_days": 365},
        "contacts": [future if kind == "contact" else GOOD_CONTACT],
        "entries": [future if kind == "entry" else GOOD_ENTRY],
    }
    source = journal_path.parent / "from-the-future.json"
    source.write_bytes(orjson.dumps(document))
    incoming = journal.read_import(source)
    for replace in (False, True):
        with pytest.raises(actions.Refused) as refused:
            actions.import_journal(journal, incoming, replace=replace)
        assert refused.value.code == "import.future_stamp"
        assert explain(refused.value, "en") == (
            f"{kind} {record['id']!r}: {field} 2099-01-01T00:00:00+00:00 is in the future; "
            "a record from the future would win every later merge"
        )
    assert journal_path.read_bytes() == before and journal.file.backups() == backups_before
    assert names(journal) == ["Sato", "Tanaka"]


def test_a_stamp_within_the_clock_skew_is_accepted(journal_path):
    journal = add_people(journal_path, "Sato")
    soon = (datetime.now().astimezone() + actions.CLOCK_SKEW / 2).isoformat()
    incoming = snapshot([contact("c1", "Tanaka")], [entry("e1", "2026-01-01", ["c1"])])
    incoming.contacts[0].updated_at = soon
    assert actions.import_journal(journal, incoming, replace=False).of("contacts").added == 1
    assert sorted(names(Journal(journal_path))) == ["Sato", "Tanaka"]
