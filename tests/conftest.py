"""Shared fixtures: real files in a temporary folder, the CLI run as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import msgspec
import pytest

from journal.records import FIT_CRITERIA, Contact, Direction, Entry, Kind, Settings, ShimaFit, Snapshot, Tag
from journal.store import agent


def _keys_kept_by_the_tests_stay_in_the_tests() -> None:
    """`shima unlock` in a test keeps its key in a session keyring of the test run's own (shared by
    the commands it starts, gone with them), never in the machine user's keyrings or runtime folder."""
    os.environ.pop("XDG_RUNTIME_DIR", None)
    kernel = agent._Kernel.here()
    if kernel is not None:
        try:
            kernel.keyctl(1, None)  # KEYCTL_JOIN_SESSION_KEYRING: a new anonymous one
        except OSError:  # the keyring's calls are blocked here: it is not offered to the tests either
            pass


_keys_kept_by_the_tests_stay_in_the_tests()

STAMP = "2026-01-01T09:00:00+09:00"

# One valid record of each kind, as stored, for validation and import tests.
GOOD_CONTACT = {
    "id": "c1",
    "name": "佐藤",
    "reading": "さとう",
    "sources": ["email:sato@example.jp"],
    "tag": "shima",
    "shima_fit": {"same_goal": True, "same_heat": False, "acknowledges_me": True, "slightly_ahead": False},
    "met": "meetup",
    "notes": "line 1\nline 2",
    "cadence_days": 14,
    "archived": False,
    "created_at": "2026-01-01T09:00:00+09:00",
    "updated_at": "2026-01-02T09:00:00+09:00",
}
GOOD_ENTRY = {
    "id": "e12",
    "date": "2026-11-20",
    "contacts": ["c1"],
    "direction": "gave",
    "kind": "referral",
    "value": 30000,
    "text": "intro",
    "created_at": "2026-11-20T10:00:00+00:00",
    "updated_at": "2026-11-20T10:00:00+00:00",
}


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_shima(*args: str, journal: Path | None = None, env: dict | None = None, stdin: str | None = None) -> Result:
    """`python -m journal ARGS` in a real subprocess, as the installed command would run."""
    # Never the machine's keyring, and never a passphrase the test did not give.
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    full_env.pop("SHIMA_PASSPHRASE", None)
    full_env.update(env or {})
    full_env.pop("SHIMA_JOURNAL", None)
    if env and "SHIMA_JOURNAL" in env:
        full_env["SHIMA_JOURNAL"] = env["SHIMA_JOURNAL"]
    command = [sys.executable, "-m", "journal", *args]
    if journal is not None:
        command += ["--journal", str(journal)]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=full_env, input=stdin, timeout=60)
    return Result(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "journal.json"


def contact(
    cid: str,
    name: str | None = None,
    *,
    tag: str = "peer",
    fit: int = 0,
    cadence: int | None = None,
    archived: bool = False,
    created: str = STAMP,
) -> Contact:
    criteria = [True] * fit + [False] * (4 - fit)
    return Contact(
        id=cid,
        name=name or cid,
        tag=Tag(tag),
        shima_fit=ShimaFit(**dict(zip(FIT_CRITERIA, criteria, strict=True))),
        cadence_days=cadence,
        archived=archived,
        created_at=created,
        updated_at=created,
    )


def entry(
    eid: str,
    day: date | str,
    contacts: list[str],
    direction: str = "gave",
    kind: str | None = "other",
    value: float | None = None,
    text: str = "",
) -> Entry:
    day = date.fromisoformat(day) if isinstance(day, str) else day
    if direction == "note" and kind == "other":
        kind = None
    return Entry(
        id=eid,
        date=day,
        contacts=contacts,
        direction=Direction(direction),
        kind=None if kind is None else Kind(kind),
        value=value,
        text=text,
        created_at=STAMP,
        updated_at=STAMP,
    )


def snapshot(contacts: list[Contact], entries: list[Entry], **settings) -> Snapshot:
    """A journal's records; no cadence defaults by tag unless given, so a contact is due only by its own."""
    settings.setdefault("cadence_defaults", {"peer": None, "influencer": None, "shima": None})
    return Snapshot(msgspec.convert(settings, Settings), contacts, entries)
