"""Attacks on the promises of SPEC 6: kills, concurrent writers, damaged files, hostile input,
files on disk, full disks and backups. Each fails if a promise breaks."""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import stat
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import orjson
import pytest
from conftest import GOOD_CONTACT, GOOD_ENTRY, run_shima
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tui_support import app_for, ready, sample_journal, screen_text

from benchmarks.generate import build
from journal.records import make_contact
from journal.store import Journal, JournalError, read_import
from journal.tui.screens.dialogs import ErrorScreen

KILLS = 40


def temp_files(folder: Path) -> list[Path]:
    return list(folder.glob(".*.tmp"))


def entry_ids(path: Path) -> set[str]:
    return {e["id"] for e in orjson.loads(path.read_bytes())["entries"]}


# ----- 1. kill at any moment ----------------------------------------------------------------------


def test_sigkill_at_random_moments_leaves_old_or_new_state(tmp_path):
    path = tmp_path / "journal.json"
    path.write_bytes(orjson.dumps(build(contacts=500, entries=30_000)))
    path.chmod(0o600)
    rng = random.Random(2026)
    command = [sys.executable, "-m", "journal", "--journal", str(path), "log", "--note"]
    started = time.monotonic()  # one unkilled run says how long a whole `shima log` takes here
    subprocess.run([*command, "timing run"], check=True, stdout=subprocess.DEVNULL)
    whole_run = time.monotonic() - started
    survived = changed = 0
    for attempt in range(KILLS):
        before = entry_ids(path)
        writer = subprocess.Popen([*command, f"kill test {attempt}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.0, whole_run * 1.2))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        after = entry_ids(path)  # parses: never half-written
        assert after == before or (len(after - before) == 1 and before <= after), attempt
        Journal(path)  # and every record still validates
        changed += after != before
        survived += 1
        assert len(temp_files(tmp_path)) <= 1  # a killed writer leaves at most its own
    assert survived == KILLS and 0 < changed < KILLS  # the kills landed both before and after the rename
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
    subprocess.run(command, check=True)
""",
                ],
                env=env,
            )
            for n in range(3)
        ]
        for i in range(4):
            await pilot.press("a", *f"app person {i}", "ctrl+s")
            await pilot.pause(0.2)
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
    "truncated": (GOOD[: len(GOOD) // 2].encode(), "not valid JSON"),
    "not JSON": (b"\x00\x01 garbage \xff", "not valid JSON"),
    "wrong shape": (b'{"contacts": {}, "entries": 5}', "not a shima journal"),
    "wrong type inside a record": (ENTRY_WITH_WRONG_TYPE, "entry 'e1': value must be a number"),
    "newer version": (GOOD.replace('"version": 1', '"version": 9').encode(), "format version 9 is newer"),
    "empty": (b"", "the file is empty"),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_journals_are_refused_by_every_command_and_untouched(tmp_path, damage):
    content, reason = DAMAGE[damage]
    path = tmp_path / "journal.json"
    path.write_bytes(content)
    for args in (["list"], ["add", "X"], ["log", "--note", "x"], ["export"], ["report"], ["import", str(path)]):
        done = run_shima(*args, journal=path)
        assert done.code == 1 and str(path) in done.err and reason in done.err, (args, done)
        assert "Traceback" not in done.err
    assert path.read_bytes() == content
    assert temp_files(tmp_path) == [] and not list(tmp_path.glob("*.backup-*"))


@pytest.mark.parametrize("damage", DAMAGE)
async def test_the_app_shows_the_same_message_for_a_damaged_journal(tmp_path, damage):
    content, reason = DAMAGE[damage]
    path = tmp_path / "journal.json"
    path.write_bytes(content)
    app = app_for(path)
    async with app.run_test(size=(220, 30)) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, ErrorScreen)
        assert reason in screen_text(app) and str(path) in screen_text(app).replace("\n", "")
        await pilot.press("a", "l", "x")  # nothing can write
        await pilot.press("q")
    assert path.read_bytes() == content


def test_a_folder_where_the_journal_should_be(tmp_path):
    path = tmp_path / "journal.json"
    path.mkdir()
    done = run_shima("add", "X", journal=path)
    assert done.code == 1 and "is a folder, not a journal file" in done.err


def test_an_unreadable_journal(tmp_path, monkeypatch):
    path = tmp_path / "journal.json"
    path.write_text(GOOD, encoding="utf-8")
    real_open = os.open

    def denied(file, flags, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)  # root reads anything, so the refusal is simulated
    with pytest.raises(JournalError, match=f"{path}: cannot be read: permission denied"):
        Journal(path)


# ----- 4. hostile import files ---------------------------------------------------------------------

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
        incoming = read_import(source)
    except JournalError as refused:
        assert str(source) in str(refused)
        assert journal_path.read_bytes() == before
        return
    journal.import_snapshot(incoming, replace=True)  # wholly valid: it may change the journal
    Journal(journal_path)  # and the result is a valid journal
    sample_journal(journal_path)


# ----- 5. hostile text ----------------------------------------------------------------------------

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


def test_hostile_text_is_stored_exactly_and_shown_literally_and_aligned_in_the_cli(tmp_path):
    path = tmp_path / "journal.json"
    for index, text in enumerate(HOSTILE_TEXTS):
        name = text.replace("\x00", "")  # argv cannot carry NUL; the import test below does
        assert run_shima("add", name, "--met", name, "--notes", name, journal=path).code == 0, text
        assert (
            run_shima(
                "log",
                "--gave",
                "-c",
                json.loads(run_shima("list", "--json", journal=path).out)[index]["id"],
                "--kind",
                "idea",
                name,
                journal=path,
            ).code
            == 0
        )
    stored = json.loads(run_shima("list", "--json", journal=path).out)
    assert [c["name"] for c in stored] == [t.replace("\x00", "") for t in HOSTILE_TEXTS]
    assert all(c["met"] == c["notes"] == c["name"] for c in stored)
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
        journal.add_contact(make_contact(text, met=text, notes=text * 3))
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


# ----- 6. files on disk -------------------------------------------------------------------------------


def test_every_file_is_owner_only_and_the_folder_is_created(tmp_path, monkeypatch):
    path = tmp_path / "new" / "deeper" / "journal.json"
    seen_modes = []
    real_replace = os.replace

    def checking_replace(source, target):
        seen_modes.append(stat.S_IMODE(os.stat(source).st_mode))
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", checking_replace)
    journal = Journal(path)
    journal.add_contact(make_contact("a"))
    journal.add_contact(make_contact("b"))
    assert seen_modes == [0o600, 0o600]  # the temporary files, before they become the journal
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    for file in [path, Path(f"{path}.lock"), *journal.backups()]:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


def test_a_symlink_planted_at_the_backup_path_is_not_followed(tmp_path):
    path = tmp_path / "journal.json"
    journal = Journal(path)
    journal.add_contact(make_contact("a"))
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    trap = Path(f"{path}.backup-{date.today().isoformat()}")
    trap.symlink_to(victim)
    journal.add_contact(make_contact("b"))
    assert victim.read_text() == "precious" and trap.is_symlink()


def test_symlinks_planted_at_temporary_paths_are_not_followed(tmp_path):
    path = tmp_path / "journal.json"
    journal = Journal(path)
    journal.add_contact(make_contact("a"))
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    trap = tmp_path / ".journal.json.planted.tmp"
    trap.symlink_to(victim)
    journal.add_contact(make_contact("b"))
    assert victim.read_text() == "precious"
    assert not trap.is_symlink()  # removed as a stale temporary file, its target untouched


# ----- 7. disk full / write error ----------------------------------------------------------------------


def limit_file_size():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def test_a_write_error_from_a_real_process_is_reported_and_the_journal_kept(tmp_path):
    path = tmp_path / "journal.json"
    assert run_shima("add", "Sato", journal=path).code == 0
    before = path.read_bytes()
    command = [sys.executable, "-m", "journal", "--journal", str(path), "add", "x" * 10_000]
    done = subprocess.run(command, capture_output=True, text=True, preexec_fn=limit_file_size, timeout=60)
    assert done.returncode == 1 and "could not be saved: file too large; nothing was changed" in done.stderr
    assert path.read_bytes() == before and temp_files(tmp_path) == []


# ----- 8. backups --------------------------------------------------------------------------------------


def test_readme_restore_steps_undo_a_mistaken_replace(tmp_path):
    path = tmp_path / "journal.json"
    sample_journal(path)
    yesterday_state = path.read_bytes()  # written before today's first change
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({**VALID_EXPORT, "contacts": [], "entries": []}), encoding="utf-8")
    assert run_shima("import", str(wrong), "--replace", journal=path).code == 0
    assert json.loads(run_shima("list", "--json", journal=path).out) == []
    backup = Path(f"{path}.backup-{date.today().isoformat()}")
    assert backup.read_bytes() == yesterday_state
    readme = Path(__file__).parents[1].joinpath("README.md").read_text(encoding="utf-8")
    assert "cp journal.json.backup-YYYY-MM-DD journal.json" in readme
    subprocess.run(["cp", backup.name, path.name], cwd=tmp_path, check=True)  # the README's step
    assert len(json.loads(run_shima("list", "--json", "--archived", journal=path).out)) == 5
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
