"""The installed `shima` in a real pseudo-terminal: add a contact and an entry with the keyboard,
quit, then read them back with `shima export`."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pexpect
import pyte
from conftest import run_shima

SHIMA = str(Path(sys.executable).with_name("shima"))


class Terminal:
    def __init__(self, *args: str, columns: int = 100, lines: int = 30) -> None:
        self.screen = pyte.Screen(columns, lines)
        self.stream = pyte.ByteStream(self.screen)
        env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor"}
        self.child = pexpect.spawn(SHIMA, list(args), env=env, dimensions=(lines, columns))

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait_for(self, needle: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while needle not in self.text():
            if time.monotonic() > deadline:
                raise AssertionError(f"{needle!r} never appeared:\n{self.text()}")
            try:
                self.stream.feed(self.child.read_nonblocking(65536, timeout=0.1))
            except pexpect.TIMEOUT:
                pass

    def type(self, keys: str) -> None:
        self.child.send(keys)
        time.sleep(0.15)


def test_keyboard_only_session_in_a_real_terminal(tmp_path):
    journal = tmp_path / "journal.json"
    terminal = Terminal("--journal", str(journal))
    try:
        terminal.wait_for("no contacts here")
        terminal.type("a")
        terminal.wait_for("Add a contact")
        # One burst, as a slow SSH link or a paste delivers it: tabs must still move between fields.
        terminal.type("田中 一郎\tたなか いちろう\t\t起業家交流会\t14")  # name, reading, tag, met, cadence
        terminal.type("\x13")  # ctrl+s
        terminal.wait_for("1 contact · 0 entries")
        terminal.type("l")
        terminal.wait_for("Log an entry")
        terminal.type("sent a referral" * 20 + "\x13")  # ctrl+s in the same burst must save all the text
        terminal.wait_for("1 contact · 1 entry")
        terminal.type("q")
        terminal.child.expect(pexpect.EOF, timeout=20)
    finally:
        terminal.child.close(force=True)
    exported = json.loads(run_shima("export", journal=journal).out)
    [person] = exported["contacts"]
    [entry] = exported["entries"]
    assert (person["name"], person["reading"], person["met"], person["cadence_days"]) == (
        "田中 一郎",
        "たなか いちろう",
        "起業家交流会",
        14,
    )
    assert entry["contacts"] == [person["id"]] and entry["text"] == "sent a referral" * 20
