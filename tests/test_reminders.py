"""Reminders that reach you without the app open (issue 14, point 2): `shima due`, `--short` for a
shell prompt, `--notify`, `shima calendar -o FILE.ics`, and cadence defaults by tag."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from conftest import run_shima

TODAY = date.today()


@pytest.fixture
def journal(tmp_path) -> Path:
    path = tmp_path / "journal.json"
    for args in (
        ["add", "佐藤 花子", "--tag", "shima"],  # the shima default: every 14 days
        ["add", "Old Friend", "--cadence", "7"],  # her own cadence
        ["add", "Guru", "--tag", "influencer"],  # influencers: no reminder by default
        ["add", "Quiet Peer"],  # peers: every 60 days, from the day she was added
    ):
        assert run_shima(*args, journal=path).code == 0
    for who, days_ago in (("佐藤", 20), ("Old Friend", 10), ("Guru", 400)):
        day = (TODAY - timedelta(days=days_ago)).isoformat()
        assert run_shima("log", "--note", "-c", who, "--date", day, "met", journal=path).code == 0
    return path


def test_due_lists_who_is_due_most_overdue_first(journal):
    done = run_shima("due", journal=journal)
    assert done.code == 0 and done.err == ""
    assert done.out.splitlines() == [
        "佐藤 花子 (shima): 6 days overdue · last entry 20 days ago, every 14 days",
        "Old Friend (peer): 3 days overdue · last entry 10 days ago, every 7 days",
    ]


def test_due_in_japanese(journal):
    done = run_shima("due", journal=journal, env={"SHIMA_LANG": "ja"})
    assert done.out.splitlines()[0] == "佐藤 花子（シマ）：6日過ぎている・最後の記録は20日前、14日ごと"


def test_short_is_one_line_and_nothing_when_nobody_is_due(journal, tmp_path):
    short = run_shima("due", "--short", journal=journal)
    assert short.code == 0 and short.out == "shima: 2 to get in touch with: 佐藤 花子, Old Friend\n"
    quiet = tmp_path / "quiet.json"
    assert run_shima("add", "Just Met", "--cadence", "30", journal=quiet).code == 0
    done = run_shima("due", "--short", journal=quiet)
    assert done.code == 0 and done.out == "" and done.err == ""  # a shell prompt stays clean


def test_any_entry_restarts_the_clock(journal):
    """A note restarts it as surely as a sale does. 佐藤 gets an older contribution first: were all
    her entries notes, a clock that skipped notes would count from the day she was added (today),
    and she would not look due either way."""
    long_ago = (TODAY - timedelta(days=30)).isoformat()
    assert run_shima("log", "--received", "-c", "佐藤", "--date", long_ago, "an intro", journal=journal).code == 0
    assert run_shima("log", "--note", "-c", "佐藤", "called her", journal=journal).code == 0
    assert run_shima("sale", "40000", "-c", "Old Friend", "her client", journal=journal).code == 0
    assert run_shima("due", "--short", journal=journal).out == ""


def test_cadence_defaults_by_tag_apply_to_contacts_without_their_own(journal):
    assert run_shima("settings", "--cadence", "influencer=30,shima=none", journal=journal).code == 0
    lines = run_shima("due", journal=journal).out.splitlines()
    assert [line.split(" (")[0] for line in lines] == ["Guru", "Old Friend"]  # 佐藤 has no reminder now


def test_notify_without_a_desktop_is_silently_nothing(journal, tmp_path):
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    marker = tmp_path / "notified"
    sender = fake_bin / "notify-send"
    sender.write_text(f'#!/bin/sh\necho "$@" > {marker}\n')
    sender.chmod(0o755)
    path = f"{fake_bin}{os.pathsep}{os.environ['PATH']}"
    headless = {"PATH": path, "DISPLAY": "", "WAYLAND_DISPLAY": "", "DBUS_SESSION_BUS_ADDRESS": ""}
    assert run_shima("due", "--notify", journal=journal, env=headless).code == 0
    assert not marker.exists()
    desktop = {**headless, "DISPLAY": ":0"}
    assert run_shima("due", "--notify", journal=journal, env=desktop).code == 0
    assert "shima: 2 to get in touch with" in marker.read_text()


def test_notify_escapes_names_for_the_notification_servers_markup(tmp_path):
    """A notification's body is markup to the server: a name with <a href=…> or & from an imported
    vCard must read as typed, never become a link or break the body."""
    journal = tmp_path / "journal.json"
    assert run_shima("add", '<a href="https://evil.example">Ann</a> & <b>Co</b>', "--cadence", "1", journal=journal).code == 0
    long_ago = (TODAY - timedelta(days=5)).isoformat()
    assert run_shima("log", "--note", "-c", "Ann", "--date", long_ago, "met", journal=journal).code == 0
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    marker = tmp_path / "notified"
    sender = fake_bin / "notify-send"
    sender.write_text(f'#!/bin/sh\nprintf "%s\\n" "$3" > {marker}\n')
    sender.chmod(0o755)
    env = {"PATH": f"{fake_bin}{os.pathsep}{os.environ['PATH']}", "DISPLAY": ":0"}
    assert run_shima("due", "--notify", journal=journal, env=env).code == 0
    body = marker.read_text()
    assert body.startswith('&lt;a href="https://evil.example"&gt;Ann&lt;/a&gt; &amp; &lt;b&gt;Co&lt;/b&gt; (peer)'), body
    assert "<" not in body and "& " not in body


def read_calendar(path: Path) -> list:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [event for event in calendar.walk("VEVENT")]


def test_calendar_writes_all_day_events_with_stable_uids(journal, tmp_path):
    target = tmp_path / "due.ics"
    done = run_shima("calendar", "-o", str(target), journal=journal)
    assert done.code == 0 and "wrote 3 keep-in-touch days" in done.out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    events = read_calendar(target)
    by_name = {str(e["SUMMARY"]).removeprefix("Get in touch: "): e for e in events}
    assert set(by_name) == {"佐藤 花子", "Old Friend", "Quiet Peer"}
    assert by_name["佐藤 花子"]["DTSTART"].dt == TODAY  # overdue: shown today, not in the past
    assert by_name["Quiet Peer"]["DTSTART"].dt == TODAY + timedelta(days=60)
    assert all(not e.walk("VALARM") for e in events)
    uids = {str(e["UID"]) for e in events}
    again = tmp_path / "again.ics"
    assert run_shima("calendar", "-o", str(again), journal=journal).code == 0
    assert {str(e["UID"]) for e in read_calendar(again)} == uids  # re-importing updates, never duplicates


def test_calendar_refuses_a_device_or_folder(journal, tmp_path):
    done = run_shima("calendar", "-o", str(tmp_path), journal=journal)
    assert done.code == 1 and "is a folder" in done.err
    pipe = tmp_path / "pipe"  # stands in for a device: not a regular file, and harmless to replace if let through
    os.mkfifo(pipe)
    done = run_shima("calendar", "-o", str(pipe), journal=journal)
    assert done.code == 1 and "is not a regular file" in done.err
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_the_readme_bashrc_line_in_a_real_shell(journal, tmp_path):
    """The line the README gives for ~/.bashrc, in bash: one line in an interactive shell when someone
    is due, nothing when nobody is, and nothing in the non-interactive shells of scp or rsync over
    ssh (bash reads ~/.bashrc for them too, and any output breaks them)."""
    bash, shima = shutil.which("bash"), Path(sys.executable).with_name("shima")
    if bash is None or not shima.exists():
        pytest.skip("needs bash and the installed shima command")
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    line = re.search(r"In `~/\.bashrc`[^:]*:\n`([^`]+)`", readme).group(1)
    home = tmp_path / "home"
    home.mkdir()
    (home / ".bashrc").write_text(line + "\n", encoding="utf-8")
    env = {"HOME": str(home), "PATH": f"{shima.parent}:/usr/bin:/bin", "LANG": "C.UTF-8", "SHIMA_JOURNAL": str(journal)}

    def shell_prints(*args: str, **more: str) -> str:
        done = subprocess.run([bash, *args], env={**env, **more}, stdin=subprocess.DEVNULL, capture_output=True, text=True)
        return done.stdout

    assert shell_prints("-i", "-c", "true") == "shima: 2 to get in touch with: 佐藤 花子, Old Friend\n"
    assert shell_prints("-c", "echo payload", BASH_ENV=str(home / ".bashrc")) == "payload\n"
    quiet = tmp_path / "quiet.json"
    assert run_shima("add", "Just Met", journal=quiet).code == 0
    assert shell_prints("-i", "-c", "true", SHIMA_JOURNAL=str(quiet)) == ""
