"""Attacks on the promises of SPEC 6: kills, concurrent writers, damaged files, hostile input,
files on disk, full disks and backups. Each fails if a promise breaks."""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import orjson
import pytest
from conftest import GOOD_CONTACT, GOOD_ENTRY, run_shima
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tui_support import app_for, ready, sample_journal, screen_text, settled

from journal import actions
from journal.records import FIT_CRITERIA, KINDS, MAX_NAME_CHARS
from journal.store import Journal, JournalError, layout
from journal.store.document import snapshot_from_document
from journal.store.journal import HEAD_SECTIONS
from journal.tui.screens.dialogs import ErrorScreen
from journal.words import explain

KILLS = 40
BACKUP_KILLS = 12
TODAY = date.today().isoformat()
NOT_REGULAR = "is not a regular file (a device, a pipe or a socket); give a file name"


def temp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.tmp"))


def entry_ids(path: Path) -> set[str]:
    return {e["id"] for e in orjson.loads(path.read_bytes())["entries"]}


def day_backup(path: Path) -> Path:
    return Path(f"{path}.backup-{TODAY}")


def shima_command(path: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "journal", "--journal", str(path), *args]


def big_journal(path: Path, entries: int = 30_000, contacts: int = 500) -> None:
    """A deterministic journal without the layout (one line, no checksum, as the previous release
    wrote it): the first write validates every record and writes the layout."""
    rng = random.Random(7)
    people = [
        {
            "id": f"c{index:05d}",
            "name": f"{rng.choice(['佐藤', 'Smith', 'Müller', '김'])} {index}",
            "tag": rng.choice(["peer", "influencer", "shima"]),
            "shima_fit": {name: rng.random() < 0.4 for name in FIT_CRITERIA},
            "met": "meetup",
            "notes": "notes " * rng.randint(0, 5),
            "cadence_days": rng.choice([None, 14, 30]),
            "archived": False,
            "created_at": f"2021-01-01T00:{index // 60 % 60:02d}:{index % 60:02d}+00:00",
            "updated_at": f"2021-01-01T00:{index // 60 % 60:02d}:{index % 60:02d}+00:00",
        }
        for index in range(contacts)
    ]
    records = []
    for index in range(entries):
        note = rng.random() < 0.2
        stamp = f"{2021 + index % 5}-01-01T00:00:00+00:00"
        records.append(
            {
                "id": f"e{index:06d}",
                "date": (date(2021, 1, 1) + timedelta(days=rng.randrange(1800))).isoformat(),
                "contacts": [] if note else [f"c{rng.randrange(contacts):05d}"],
                "direction": "note" if note else rng.choice(["gave", "received", "mutual"]),
                "kind": None if note else rng.choice(KINDS),
                "value": rng.choice([None, 3000, 12.5]),
                "text": "an entry with a few words of text " * rng.randint(1, 3),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    settings = {"currency": "JPY", "owner_goal": "100 customers", "window_days": 365}
    document = {"format": "shima-journal", "version": 1, "settings": settings, "contacts": people}  # upgraded when read
    path.write_bytes(orjson.dumps({**document, "entries": records}))
    path.chmod(0o600)


# ----- 1. kill at any moment ----------------------------------------------------------------------


def test_sigkill_at_random_moments_leaves_old_or_new_state(tmp_path):
    path = tmp_path / "journal.json"
    big_journal(path)
    rng = random.Random(2026)
    command = shima_command(path, "log", "--note")
    subprocess.run([*command, "upgrade"], check=True, stdout=subprocess.DEVNULL)  # validates all, writes the layout
    runs = []
    for run in range(2):  # unkilled runs say how long a whole `shima log` takes here (the faster one)
        started = time.monotonic()
        timing = subprocess.run([*command, f"timing run {run}"], check=True, capture_output=True, text=True)
        runs.append(time.monotonic() - started)
        [printed] = timing.stdout.split()  # the id of the new entry, as scripts read it
        assert printed in entry_ids(path)
    whole_run = min(runs)
    state = {"data": path.read_bytes(), "ids": entry_ids(path)}

    def kill_after(seconds: float, attempt: int) -> bool:
        """Start `shima log`, SIGKILL it after seconds; check the file; True when the entry landed."""
        before, before_ids = state["data"], state["ids"]
        out = tmp_path / f"out-{attempt}"
        with out.open("wb") as stdout:
            writer = subprocess.Popen([*command, f"kill test {attempt}"], stdout=stdout, stderr=subprocess.DEVNULL)
            time.sleep(seconds)
            writer.send_signal(signal.SIGKILL)
            writer.wait()
        data = path.read_bytes()
        if data != before:  # the new state, whole: it parses, every record validates, one entry more
            ids = {e.id for e in snapshot_from_document(orjson.loads(data)).entries}
            assert len(ids - before_ids) == 1 and before_ids <= ids, attempt
            assert layout.split(data, HEAD_SECTIONS) is not None and Journal(path).entries.keys() == ids
            state.update(data=data, ids=ids)
        printed = out.read_text().split()
        assert not printed or set(printed) == state["ids"] - before_ids, attempt  # an id printed is an id saved
        assert len(temp_files(tmp_path)) <= 1  # a killed writer leaves at most its own
        return data != before

    changed = sum(kill_after(rng.uniform(0.0, whole_run * 1.2), attempt) for attempt in range(KILLS))
    for extra in range(8):  # a busy machine ran slower than the timing run: some kills must land after the rename
        if changed:
            break
        changed += kill_after(whole_run * (1.5 + extra), KILLS + extra)
    assert 0 < changed < KILLS  # the kills landed both before and after the rename
    assert run_shima("log", "--note", "after the storm", journal=path).code == 0
    assert temp_files(tmp_path) == []  # the next writer cleans up what the killed ones left


# ----- 2. concurrent writers -----------------------------------------------------------------------


async def test_the_app_and_several_command_lines_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "journal.json"
    sample_journal(path)
    app = app_for(path, watch_seconds=0.1)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        writers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    f"""
import subprocess, sys
for i in range(6):
    command = [sys.executable, "-m", "journal", "--journal", {str(path)!r}, "log", "--note", "cli-{n}-" + str(i)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
""",
                ],
                env=env,
            )
            for n in range(3)
        ]
        for i in range(4):
            await pilot.press("a", *f"app person {i}", "ctrl+s")
            await settled(pilot)
        assert [w.wait(timeout=120) for w in writers] == [0, 0, 0]
        # 4 + 4 active contacts and 8 + 18 entries, the outside ones shown without a restart
        for _ in range(100):
            await pilot.pause(0.05)
            if "8 contacts · 26 entries" in screen_text(app):
                break
        assert "8 contacts · 26 entries" in screen_text(app)
    on_disk = Journal(path)
    assert {f"cli-{n}-{i}" for n in range(3) for i in range(6)} <= {e.text for e in on_disk.entries.values()}
    assert {f"app person {i}" for i in range(4)} <= {c.name for c in on_disk.contacts.values()}


def test_concurrent_settings_changes_never_lose_either(tmp_path):
    """Issue 11, point 1: `settings --goal` and `settings --window` at once, 20 times: both stay."""
    path = tmp_path / "journal.json"
    big_journal(path, entries=2_000)  # a read worth racing
    for pair in range(20):
        goal, window = f"goal {pair}", 100 + pair
        both = [
            subprocess.Popen(shima_command(path, "settings", "--goal", goal), stdout=subprocess.DEVNULL),
            subprocess.Popen(shima_command(path, "settings", "--window", str(window)), stdout=subprocess.DEVNULL),
        ]
        assert [p.wait(timeout=60) for p in both] == [0, 0], pair
        settings = orjson.loads(path.read_bytes())["settings"]
        assert (settings["owner_goal"], settings["window_days"]) == (goal, window), pair


# ----- 3. damaged journals -------------------------------------------------------------------------

GOOD = json.dumps(
    {
        "format": "shima-journal",
        "version": 1,
        "settings": {"currency": "JPY", "owner_goal": "", "window_days": 365},
        "contacts": [],
        "entries": [],
    }
)
ENTRY_WITH_WRONG_TYPE = orjson.dumps(
    {
        **json.loads(GOOD),
        "entries": [
            {
                "id": "e1",
                "date": "2026-11-20",
                "contacts": [],
                "direction": "note",
                "kind": None,
                "value": "lots",
                "text": "",
                "created_at": "2026-11-20T10:00:00+00:00",
                "updated_at": "2026-11-20T10:00:00+00:00",
            }
        ],
    }
)
DAMAGE = {
    "truncated": (
        GOOD[: len(GOOD) // 2].encode(),
        "not valid JSON (unexpected end of data: line 1 column 72 (char 71)); the file was left as it is",
    ),
    "not JSON": (
        b"\x00\x01 garbage \xff",
        "not valid JSON (str is not valid UTF-8: surrogates not allowed: line 1 column 1 (char 0)); the file was left as it is",
    ),
    "wrong shape": (
        b'{"contacts": {}, "entries": 5}',
        "not a shima journal: the field 'format' must be \"shima-journal\"; the file was left as it is",
    ),
    "wrong type inside a record": (
        ENTRY_WITH_WRONG_TYPE,
        "entry 'e1': value must be a number from 0 to 999,999,999,999, or null; the file was left as it is",
    ),
    "newer version": (
        GOOD.replace('"version": 1', '"version": 9').encode(),
        "format version 9 is newer than this shima understands (3); update shima; the file was left as it is",
    ),
    "empty": (b"", "the file is empty, not a shima journal (it was left as it is)"),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_journals_are_refused_by_every_command_and_untouched(tmp_path, damage):
    content, sentence = DAMAGE[damage]
    path = tmp_path / "journal.json"
    path.write_bytes(content)
    for args in (["list"], ["add", "X"], ["log", "--note", "x"], ["export"], ["report"], ["import", str(path)]):
        done = run_shima(*args, journal=path)
        assert (done.code, done.out, done.err) == (1, "", f"shima: {path}: {sentence}\n"), args
    assert path.read_bytes() == content
    assert temp_files(tmp_path) == [] and not list(tmp_path.glob("*.backup-*"))


@pytest.mark.parametrize("damage", DAMAGE)
async def test_the_app_shows_the_same_message_for_a_damaged_journal(tmp_path, damage):
    content, sentence = DAMAGE[damage]
    path = tmp_path / "journal.json"
    path.write_bytes(content)
    app = app_for(path)
    async with app.run_test(size=(300, 30)) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, ErrorScreen)
        shown = " ".join(screen_text(app).split())
        assert " ".join(f"{path}: {sentence}".split()) in shown
        await pilot.press("a", "l", "x")  # nothing can write
        await pilot.press("q")
    assert path.read_bytes() == content


def test_a_folder_where_the_journal_should_be(tmp_path):
    path = tmp_path / "journal.json"
    path.mkdir()
    done = run_shima("add", "X", journal=path)
    assert (done.code, done.err) == (1, f"shima: {path}: is a folder, not a journal file\n")


def test_an_unreadable_journal(tmp_path, monkeypatch):
    path = tmp_path / "journal.json"
    path.write_text(GOOD, encoding="utf-8")
    real_open = os.open

    def denied(file, flags, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)  # root reads anything, so the refusal is simulated
    with pytest.raises(JournalError) as refused:
        Journal(path)
    assert explain(refused.value, "en") == f"{path}: cannot be read: permission denied"


def test_a_read_only_journal_is_refused_by_the_command_line_and_untouched(tmp_path):
    """Issue 11, point 17: chmod 400 is a user's 'do not change this'; root included."""
    path = tmp_path / "journal.json"
    sample_journal(path)
    other = tmp_path / "other.json"
    assert run_shima("add", "Y", journal=other).code == 0
    path.chmod(0o400)
    before = path.read_bytes()
    for args in (["add", "X"], ["log", "--note", "x"], ["settings", "--goal", "g"], ["import", str(other), "--replace"]):
        done = run_shima(*args, journal=path)
        assert (done.code, done.err) == (
            1,
            f"shima: {path}: the journal is read-only, so nothing was changed; make it writable (chmod u+w) to change it\n",
        ), args
    assert run_shima("list", journal=path).code == 0  # reading it is fine
    assert path.read_bytes() == before and stat.S_IMODE(path.stat().st_mode) == 0o400
    assert not list(tmp_path.glob("*.backup-*")) and temp_files(tmp_path) == []


# ----- 4. files that are not files (issue 11, point 16) ------------------------------------------------


def run_briefly(*args: str, timeout: float = 20) -> subprocess.CompletedProcess:
    """The CLI with a deadline: a FIFO opened for reading would block forever."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "journal", *args], capture_output=True, text=True, timeout=timeout, env=env)


def test_a_fifo_given_as_the_journal_is_refused_at_once(tmp_path):
    fifo = tmp_path / "journal.json"
    os.mkfifo(fifo)
    link = tmp_path / "link.json"
    link.symlink_to(fifo)
    for journal in (fifo, link):
        for args in (["list"], ["add", "X"]):
            started = time.monotonic()
            done = run_briefly("--journal", str(journal), *args)
            assert (done.returncode, done.stderr) == (1, f"shima: {fifo}: {NOT_REGULAR}\n"), (journal, args)  # the pipe
            assert time.monotonic() - started < 10
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and link.is_symlink()


def test_export_refuses_a_fifo_a_link_to_one_and_a_device(tmp_path):
    path = tmp_path / "journal.json"
    sample_journal(path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "to-pipe.json"
    link.symlink_to(fifo)
    for target in (fifo, link):
        done = run_briefly("--journal", str(path), "export", "-o", str(target))
        assert (done.returncode, done.stderr) == (1, f"shima: {target}: {NOT_REGULAR}\n"), target
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and link.is_symlink() and os.readlink(link) == str(fifo)
    dangling = tmp_path / "to-nothing.json"
    dangling.symlink_to(tmp_path / "nothing-here")
    done = run_briefly("--journal", str(path), "export", "-o", str(dangling))
    assert (done.returncode, done.stderr) == (1, f"shima: {dangling}: is a link to nothing; give a file name\n")
    assert not (tmp_path / "nothing-here").exists()
    done = run_briefly("--journal", str(path), "import", str(fifo))
    assert (done.returncode, done.stderr) == (1, f"shima: {fifo}: {NOT_REGULAR}\n")


# The real command line, with one guard: should shima ever regress, the test fails instead of
# replacing this machine's /dev/null (shima runs as root here).
GUARDED_CLI = """
import os, sys
real = {name: getattr(os, name) for name in ("replace", "rename", "unlink", "remove")}
def guard(name):
    def guarded(*paths, **kwargs):
        if any(isinstance(p, (str, bytes, os.PathLike)) and os.path.realpath(p) == os.devnull for p in paths):
            raise SystemExit(f"GUARD: shima tried os.{name} on {os.devnull}")
        return real[name](*paths, **kwargs)
    return guarded
for name in real:
    setattr(os, name, guard(name))
from journal.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_export_to_dev_null_is_refused_and_the_device_stays(tmp_path):
    path = tmp_path / "journal.json"
    sample_journal(path)
    device = os.stat(os.devnull)
    assert stat.S_ISCHR(device.st_mode)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-c", GUARDED_CLI, "--journal", str(path), "export", "-o", os.devnull],
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
    )
    assert (done.returncode, done.stderr) == (1, f"shima: {os.devnull}: {NOT_REGULAR}\n")
    after = os.stat(os.devnull)
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (device.st_ino, device.st_rdev)


# ----- 5. hostile import files ---------------------------------------------------------------------

VALID_EXPORT = {
    "format": "shima-journal",
    "version": 1,
    "exported_at": "2026-11-24T12:00:00+09:00",
    "settings": {"currency": "JPY", "owner_goal": "g", "window_days": 365},
    "contacts": [GOOD_CONTACT],
    "entries": [GOOD_ENTRY],
}
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def paths_of(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths_of(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths_of(item, (*prefix, index))


@st.composite
def mutated_exports(draw):
    document = json.loads(json.dumps(VALID_EXPORT))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(list(paths_of(document))))
        if not path:
            return draw(json_values)
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "delete", "duplicate"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(parent[path[-1]])
        else:
            parent[path[-1]] = draw(json_values)
    return document


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.one_of(mutated_exports(), json_values, st.binary(max_size=64)))
def test_hostile_imports_change_the_journal_only_when_wholly_valid(tmp_path, hostile):
    journal_path = tmp_path / "journal.json"
    if not journal_path.exists():
        sample_journal(journal_path)
    before = journal_path.read_bytes()
    source = tmp_path / "hostile.json"
    source.write_bytes(hostile if isinstance(hostile, bytes) else json.dumps(hostile).encode())
    journal = Journal(journal_path)
    try:
        incoming = journal.read_import(source)
    except JournalError as refused:
        assert refused.params["path"] == str(source)
        assert explain(refused, "en").startswith(f"{source}: ")
        assert journal_path.read_bytes() == before
        return
    actions.import_journal(journal, incoming, replace=True)  # wholly valid: it may change the journal
    Journal(journal_path).snapshot()  # and the result is a valid journal
    sample_journal(journal_path)


def test_an_import_stamped_in_the_future_is_refused_by_the_command_line(tmp_path):
    """Issue 11, point 4: a record from 2099 would win every later merge."""
    path = tmp_path / "journal.json"
    sample_journal(path)
    assert run_shima("add", "today's contact", journal=path).code == 0
    before = path.read_bytes()
    backups = sorted(tmp_path.glob("*.backup-*"))
    source = tmp_path / "future.json"
    source.write_text(json.dumps({**VALID_EXPORT, "contacts": [{**GOOD_CONTACT, "updated_at": "2099-01-01T00:00:00+09:00"}]}))
    for replace in ([], ["--replace"]):
        done = run_shima("import", str(source), *replace, journal=path)
        assert (done.code, done.err) == (
            1,
            "shima: contact 'c1': updated_at 2099-01-01T00:00:00+09:00 is in the future; "
            "a record from the future would win every later merge\n",
        )
    assert path.read_bytes() == before and sorted(tmp_path.glob("*.backup-*")) == backups


# ----- 6. hostile text ----------------------------------------------------------------------------

HOSTILE_TEXTS = [
    "[/]",
    "[@click=app.quit]x[/]",
    "[link=file:///etc/passwd]x",
    "[type=x, v={'a[0]'}]",
    "\x1b]0;title\x07",
    "\x1b[2J",
    "\x9b31m",
    "bell\x07 nul\x00 del\x7f",
    "\u202eevil\u202c right-to-left \u200f",
    "👩‍👩‍👧 emoji and e\u0301 combining",
    "佐藤\u3000花子",
    "x" * 10_000,
]


def as_name(text: str) -> str:
    """A name is one line of text, at most MAX_NAME_CHARS; argv cannot carry NUL (the import test does)."""
    return text.replace("\x00", "")[:MAX_NAME_CHARS]


def test_hostile_text_is_stored_exactly_and_shown_literally_and_aligned_in_the_cli(tmp_path):
    path = tmp_path / "journal.json"
    for index, text in enumerate(HOSTILE_TEXTS):
        name, full = as_name(text), text.replace("\x00", "")
        assert run_shima("add", name, "--met", name, "--notes", full, journal=path).code == 0, text
        contact_id = json.loads(run_shima("list", "--json", journal=path).out)[index]["id"]
        assert run_shima("log", "--gave", "-c", contact_id, "--kind", "idea", full, journal=path).code == 0
    stored = json.loads(run_shima("list", "--json", journal=path).out)
    assert [c["name"] for c in stored] == [as_name(t) for t in HOSTILE_TEXTS]
    assert [c["notes"] for c in stored] == [t.replace("\x00", "") for t in HOSTILE_TEXTS]
    assert all(c["met"] == c["name"] for c in stored)
    timeline = json.loads(run_shima("timeline", "--json", journal=path).out)
    assert sorted(e["text"] for e in timeline) == sorted(t.replace("\x00", "") for t in HOSTILE_TEXTS)
    for command in (["list"], ["timeline"], ["report"]):
        out = run_shima(*command, journal=path).out
        assert not any(ch in out for ch in "\x1b\x07\x9b\x7f\u202e\x00"), command
    from journal.textsafe import width

    lines = run_shima("list", journal=path).out.splitlines()
    tag_cell = width(lines[0][: lines[0].index("TAG")])
    for line in lines[1:]:
        assert " peer " in line
        assert width(line[: line.index(" peer ") + 1]) == tag_cell, line


def test_a_megabyte_of_notes_and_nul_bytes_round_trip_and_display(tmp_path):
    path = tmp_path / "journal.json"
    document = json.loads(json.dumps(VALID_EXPORT))
    document["contacts"][0]["notes"] = "\x00\x1b[2J note " * 100_000  # about 1 MB
    document["contacts"][0]["name"] = "nul\x00name"
    source = tmp_path / "big.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert run_shima("import", str(source), journal=path).code == 0
    [stored] = json.loads(run_shima("list", "--json", journal=path).out)
    assert stored["notes"] == document["contacts"][0]["notes"] and stored["name"] == "nul\x00name"
    assert "nul␀name" in run_shima("list", journal=path).out


async def test_hostile_text_in_the_app_renders_literally(tmp_path):
    path = tmp_path / "journal.json"
    journal = Journal(path)
    for text in HOSTILE_TEXTS:
        actions.add_contact(journal, {"name": as_name(text), "met": as_name(text), "notes": text * 3})
    app = app_for(path)
    async with app.run_test(size=(160, 50)) as pilot:
        await ready(pilot)
        for _ in HOSTILE_TEXTS:
            await pilot.press("down")
            await pilot.pause()
            text = screen_text(app)
            assert not any(ch in text for ch in "\x1b\x07\x9b\x7f\u202e\x00")
        assert app.is_running
        await pilot.press("t", "r", "ctrl+p", *"[/]")
        await pilot.pause(0.3)
        assert app.is_running


# ----- 7. files on disk -------------------------------------------------------------------------------


def test_every_file_is_owner_only_and_the_folder_is_created(tmp_path, monkeypatch):
    path = tmp_path / "new" / "deeper" / "journal.json"
    seen_modes = []
    real_replace = os.replace

    def checking_replace(source, target):
        seen_modes.append(stat.S_IMODE(os.stat(source).st_mode))
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", checking_replace)
    journal = Journal(path)
    actions.add_contact(journal, {"name": "a"})
    actions.add_contact(journal, {"name": "b"})
    assert seen_modes == [0o600, 0o600]  # the temporary files, before they become the journal
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert journal.file.backups()
    for file in [path, Path(f"{path}.lock"), *journal.file.backups()]:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


def test_a_symlink_planted_at_the_backup_path_is_not_followed(tmp_path):
    path = tmp_path / "journal.json"
    journal = Journal(path)
    actions.add_contact(journal, {"name": "a"})
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    trap = day_backup(path)
    trap.symlink_to(victim)
    actions.add_contact(journal, {"name": "b"})
    assert victim.read_text() == "precious" and trap.is_symlink()


def test_symlinks_planted_at_temporary_paths_are_not_followed(tmp_path):
    path = tmp_path / "journal.json"
    journal = Journal(path)
    actions.add_contact(journal, {"name": "a"})
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    trap = tmp_path / ".journal.json.planted1.tmp"  # the shape of mkstemp's names: eight characters
    trap.symlink_to(victim)
    actions.add_contact(journal, {"name": "b"})
    assert victim.read_text() == "precious"
    assert not os.path.lexists(trap)  # removed as a stale temporary file, its target untouched


def test_a_symlink_planted_at_the_lock_path_is_refused(tmp_path):
    path = tmp_path / "journal.json"
    assert run_shima("add", "a", journal=path).code == 0
    before = path.read_bytes()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    lock = Path(f"{path}.lock")
    lock.unlink()
    lock.symlink_to(victim)
    done = run_shima("add", "b", journal=path)
    assert (done.code, done.err) == (1, f"shima: {lock}: cannot be created: too many levels of symbolic links\n")
    assert victim.read_text() == "precious" and path.read_bytes() == before


# ----- 8. a symlinked journal (issue 11, point 3) -----------------------------------------------------

LINKED_WRITER = """
import sys
from datetime import date, timedelta
from journal import actions
from journal.store import Journal
journal = Journal(sys.argv[1])
for i in range(int(sys.argv[3])):
    actions.log_entry(journal, {"date": date(2026, 1, 1), "contacts": [], "direction": "note", "text": f"{sys.argv[2]}-{i}"})
"""


def test_a_symlinked_journal_is_written_through_to_its_target(tmp_path):
    data, sync = tmp_path / "data", tmp_path / "sync"
    data.mkdir()
    sync.mkdir()
    link, real = data / "journal.json", sync / "journal.json"
    link.symlink_to(Path("..") / "sync" / "journal.json")  # relative, as people make them; no target yet
    for name in ("Sato", "Tanaka", "Suzuki"):
        assert run_shima("add", name, journal=link).code == 0
    assert link.is_symlink() and os.readlink(link) == "../sync/journal.json"
    assert real.is_file() and not real.is_symlink() and stat.S_IMODE(real.stat().st_mode) == 0o600
    assert sorted(p.name for p in data.iterdir()) == ["journal.json"]  # no lock, backup or temp beside the link
    assert sorted(p.name for p in sync.iterdir()) == ["journal.json", f"journal.json.backup-{TODAY}", "journal.json.lock"]
    assert [c["name"] for c in json.loads(run_shima("list", "--json", journal=real).out)] == ["Sato", "Tanaka", "Suzuki"]
    assert Journal(link).file.path == real


def test_writers_through_the_link_and_the_real_path_lose_nothing(tmp_path):
    data, sync = tmp_path / "data", tmp_path / "sync"
    data.mkdir()
    sync.mkdir()
    link, real = data / "journal.json", sync / "journal.json"
    link.symlink_to(real)
    big_journal(real, entries=5_000)  # enough to write that a split lock would show
    before = entry_ids(real)
    writers = [
        subprocess.Popen([sys.executable, "-c", LINKED_WRITER, str(through), f"{label}{n}", "15"])
        for n in range(2)
        for through, label in ((link, "link"), (real, "real"))
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0, 0, 0]
    entries = Journal(real).entries
    assert len(entries) == len(before) + 60 and before <= entries.keys()
    written = {f"{label}{n}-{i}" for label in ("link", "real") for n in range(2) for i in range(15)}
    assert {e.text for e in entries.values()} >= written
    assert link.is_symlink() and not real.is_symlink()
    assert not Path(f"{link}.lock").exists()


# ----- 9. disk full / write error ----------------------------------------------------------------------


def limit_file_size(limit: int = 4096):
    def limit_in_child():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_in_child


def test_a_write_error_from_a_real_process_is_reported_and_the_journal_kept(tmp_path):
    path = tmp_path / "journal.json"
    assert run_shima("add", "Sato", journal=path).code == 0
    before = path.read_bytes()
    command = shima_command(path, "add", "Tanaka", "--notes", "x" * 10_000)
    done = subprocess.run(command, capture_output=True, text=True, preexec_fn=limit_file_size(), timeout=60)
    assert (done.returncode, done.stderr) == (1, f"shima: {path}: could not be saved: file too large; nothing was changed\n")
    assert path.read_bytes() == before and temp_files(tmp_path) == []


# ----- 10. backups --------------------------------------------------------------------------------------


def test_readme_restore_steps_undo_a_mistaken_replace(tmp_path):
    path = tmp_path / "journal.json"
    sample_journal(path)
    start_of_day = path.read_bytes()  # written before today's first change
    assert run_shima("add", "met this morning", journal=path).code == 0  # today's first change: the day's backup
    before_import = path.read_bytes()
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({**VALID_EXPORT, "contacts": [], "entries": []}), encoding="utf-8")
    assert run_shima("import", str(wrong), "--replace", journal=path).code == 0
    assert json.loads(run_shima("list", "--json", journal=path).out) == []
    assert day_backup(path).read_bytes() == start_of_day
    [whole] = tmp_path.glob(f"journal.json.backup-{TODAY}-*-whole")  # the replace kept its own, the day's existing
    assert whole.read_bytes() == before_import
    readme = Path(__file__).parents[1].joinpath("README.md").read_text(encoding="utf-8")
    assert "shima restore-backup journal.json.backup-2026-11-24  " in readme
    assert run_shima("restore-backup", whole.name, journal=path).code == 0  # the README's step
    names = [c["name"] for c in json.loads(run_shima("list", "--json", "--archived", journal=path).out)]
    assert len(names) == 6 and "met this morning" in names
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


NO_LINK_SHIM = r"""
#define _GNU_SOURCE
#include <errno.h>
/* What vfat, exFAT and many SMB shares say to a hard link. */
int link(const char *from, const char *to) { (void)from; (void)to; errno = EPERM; return -1; }
int linkat(int from_dir, const char *from, int to_dir, const char *to, int flags) {
    (void)from_dir; (void)from; (void)to_dir; (void)to; (void)flags; errno = EPERM; return -1;
}
"""


@pytest.fixture(scope="module")
def no_links(tmp_path_factory) -> dict[str, str]:
    """The environment of a process for which hard links fail (an LD_PRELOAD shim, built here)."""
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None:
        pytest.skip("no C compiler to build the LD_PRELOAD shim that makes hard links fail")
    folder = tmp_path_factory.mktemp("shim")
    (folder / "nolink.c").write_text(NO_LINK_SHIM)
    subprocess.run([compiler, "-shared", "-fPIC", "-o", "nolink.so", "nolink.c"], cwd=folder, check=True, capture_output=True)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "LD_PRELOAD": str(folder / "nolink.so")}
    (folder / "a").write_text("a")
    probe = "import os, sys; os.link(sys.argv[1], sys.argv[2])"
    done = subprocess.run([sys.executable, "-c", probe, folder / "a", folder / "b"], env=env, capture_output=True, text=True)
    assert "PermissionError" in done.stderr and not (folder / "b").exists(), "the shim does not take effect"
    return env


def test_where_hard_links_fail_a_real_process_copies_the_backup_whole(tmp_path, no_links):
    path = tmp_path / "journal.json"
    big_journal(path, entries=2_000)
    before = path.read_bytes()
    done = subprocess.run(
        shima_command(path, "log", "--note", "first change today"), env=no_links, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    backup = day_backup(path)
    assert backup.read_bytes() == before and stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert os.stat(backup).st_nlink == 1 and os.stat(path).st_nlink == 1  # a copy, not a link
    assert temp_files(tmp_path) == []


def test_killing_a_writer_while_it_copies_the_backup_never_leaves_a_truncated_one(tmp_path, no_links):
    path = tmp_path / "journal.json"
    big_journal(path, entries=15_000)
    command = shima_command(path, "log", "--note")
    backup = day_backup(path)
    subprocess.run([*command, "upgrade"], env=no_links, check=True, stdout=subprocess.DEVNULL)
    backup.unlink()
    started = time.monotonic()
    subprocess.run([*command, "timing run"], env=no_links, check=True, stdout=subprocess.DEVNULL)
    whole_run = time.monotonic() - started
    rng = random.Random(11)
    mid_copy = 0
    for attempt in range(BACKUP_KILLS):
        backup.unlink(missing_ok=True)  # as on a new day: the first write copies a backup first
        before = path.read_bytes()
        copies_before = set(tmp_path.glob(f".{backup.name}.*.tmp"))
        writer = subprocess.Popen([*command, f"kill {attempt}"], env=no_links, stdout=subprocess.DEVNULL)
        if attempt % 3 == 2:  # anywhere in the run
            time.sleep(rng.uniform(0.0, whole_run))
        else:  # while the backup is being copied: within a few ms of its first byte
            deadline, known = time.monotonic() + 30, {p.name for p in copies_before}
            while writer.poll() is None and time.monotonic() < deadline:
                names = os.listdir(tmp_path)  # the copy's temp file, or the backup itself should it be written in place
                if backup.name in names or any(n.startswith(f".{backup.name}.") and n not in known for n in names):
                    time.sleep(rng.uniform(0.0, 0.005))
                    break
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        if os.path.lexists(backup):  # a backup standing is a whole one
            assert backup.read_bytes() == before, attempt
        after = path.read_bytes()
        if after != before:  # the journal moved on only after its backup was whole
            assert os.path.exists(backup) and len(entry_ids(path) - {e["id"] for e in orjson.loads(before)["entries"]}) == 1
        left = set(tmp_path.glob(f".{backup.name}.*.tmp")) - copies_before
        mid_copy += bool(left) and not os.path.lexists(backup)
        for copy in left:  # a known leak (see test_store): not this test's subject
            copy.unlink()
    assert mid_copy > 0, "no kill landed while the backup was being copied"
    backup.unlink(missing_ok=True)
    before = path.read_bytes()
    assert subprocess.run([*command, "after the storm"], env=no_links, stdout=subprocess.DEVNULL).returncode == 0
    assert backup.read_bytes() == before  # the next writer takes the day's backup, whole


def test_a_full_disk_during_the_backup_copy_leaves_no_backup_and_changes_nothing(tmp_path, no_links):
    path = tmp_path / "journal.json"
    big_journal(path, entries=200)
    assert path.stat().st_size > 8192
    before = path.read_bytes()
    done = subprocess.run(
        shima_command(path, "log", "--note", "no room"),
        env=no_links,
        capture_output=True,
        text=True,
        preexec_fn=limit_file_size(8192),
        timeout=60,
    )
    backup = day_backup(path)
    assert (done.returncode, done.stdout, done.stderr) == (
        1,
        "",
        f"shima: {backup}: the backup could not be written (file too large); nothing was changed\n",
    )
    assert path.read_bytes() == before and not os.path.lexists(backup) and temp_files(tmp_path) == []


def test_a_symlink_loop_given_as_the_journal_is_one_sentence(tmp_path):
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    for command in (["list"], ["add", "Sato"], ["lock"]):
        done = run_shima(*command, journal=tmp_path / "loop1")
        assert done.code == 1 and "Traceback" not in done.err
        assert done.err.startswith("shima: ") and "leads back to itself" in done.err and done.err.count("\n") == 1


RAW_CONTROLS = [chr(0x7F), *map(chr, range(0x80, 0xA0)), "\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F))]
RAW_CONTROLS += [chr(c) for c in range(0x2066, 0x206A)]


@given(
    st.recursive(
        st.text() | st.integers(-(2**63), 2**63 - 1) | st.none(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    )
)
def test_json_with_controls_escaped_is_the_same_json_with_no_raw_control(value):
    from journal.textsafe import json_without_raw_controls

    written = json_without_raw_controls(orjson.dumps(value))
    assert orjson.loads(written) == value
    assert not any(char in written.decode("utf-8") for char in RAW_CONTROLS)


def test_json_output_and_plain_exports_write_no_raw_control_character(tmp_path):
    path = tmp_path / "journal.json"
    name = "evil\u009b31m\u202eabc\u2066x\u0085y\x7f"
    assert run_shima("add", name, "--notes", "CSI \u009b2J", journal=path).code == 0
    assert run_shima("log", "--note", "\u202egnp.exe", journal=path).code == 0
    export = tmp_path / "export.json"
    assert run_shima("export", "-o", str(export), "--plain", journal=path).code == 0
    outputs = {
        "list": run_shima("list", "--json", journal=path).out,
        "timeline": run_shima("timeline", "--json", journal=path).out,
        "report": run_shima("report", "--json", journal=path).out,
        "export": run_shima("export", "--plain", journal=path).out,
        "export file": export.read_text(encoding="utf-8"),
        "journal file": path.read_text(encoding="utf-8"),
    }
    for what, text in outputs.items():
        assert not [char for char in RAW_CONTROLS if char in text], what
    assert json.loads(outputs["list"])[0]["name"] == name  # the same text to a parser
    assert '"evil\\u009b31m\\u202eabc\\u2066x\\u0085y\\u007f"' in outputs["export file"]
