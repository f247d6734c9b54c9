"""The app with an encrypted journal (its passphrase asked in a modal before the first screen) and
with a sync tool's conflict copy appearing beside the journal while it is open (issue 15)."""

from __future__ import annotations

import shutil

import pytest
from tui_support import app_for, ready, sample_journal, screen_text, until

from journal import actions, unlock
from journal.store import Journal, agent

PASSPHRASE = "correct horse 馬"


@pytest.fixture
def no_key_at_hand(monkeypatch):
    """No keyring, no key agent and no $SHIMA_PASSPHRASE: the app must ask."""
    monkeypatch.setattr(unlock, "_keyring", lambda: None)
    monkeypatch.setattr(agent, "places", lambda: [])
    monkeypatch.delenv("SHIMA_PASSPHRASE", raising=False)


@pytest.fixture
def encrypted(tmp_path, no_key_at_hand):
    path = tmp_path / "journal.json"
    actions.encrypt_journal(sample_journal(path), PASSPHRASE)
    return path


async def test_the_passphrase_is_asked_before_the_first_screen_and_a_wrong_one_is_said(encrypted):
    before = encrypted.read_bytes()
    app = app_for(encrypted)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "This journal is encrypted" in screen_text(app) and "佐藤" not in screen_text(app)
        await pilot.press(*"wrong", "enter")
        await until(pilot, lambda: "wrong passphrase" in screen_text(app), timeout=15)
        assert app.journal is None and encrypted.read_bytes() == before
        await pilot.press(*PASSPHRASE, "enter")
        await until(pilot, lambda: app.journal is not None, timeout=15)
        await ready(pilot)
        assert "佐藤 花子" in screen_text(app)
        await pilot.press("n")  # and saving still encrypts: a note through the log form
    assert encrypted.read_bytes().startswith(b"age-encryption.org/v1\n")


async def test_escape_at_the_passphrase_quits_and_reads_nothing(encrypted):
    app = app_for(encrypted)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.return_code is None
        await pilot.press("escape")
        await pilot.pause()
        assert app.return_code is not None  # quitting
    assert app.journal is None


async def test_a_conflict_copy_appearing_while_the_app_is_open_is_merged_and_said(tmp_path):
    path = tmp_path / "journal.json"
    sample_journal(path)
    other = tmp_path / "desktop" / "journal.json"
    other.parent.mkdir()
    shutil.copy2(path, other)
    desktop = Journal(other)
    actions.delete_entry(desktop, "e-me")
    actions.log_entry(desktop, {"direction": "note", "contacts": [], "text": "written on the desktop", "date": "2026-11-23"})
    app = app_for(path, watch_seconds=0.1)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert "e-me" in app.journal.entries
        shutil.copy2(other, path.with_name("journal.sync-conflict-20261125-101500-7XKQ2MB.json"))
        said = lambda: " ".join(str(notice.message) for notice in app._notifications)  # noqa: E731
        await until(pilot, lambda: "merged the sync copy journal.sync-conflict-" in said(), timeout=10)
        assert "1 added, 0 changed, 1 removed" in said()
        texts = {entry.text for entry in app.journal.entries.values()}
        assert "written on the desktop" in texts and "shipped the new landing page" not in texts
    assert not path.with_name("journal.sync-conflict-20261125-101500-7XKQ2MB.json").exists()
    assert "written on the desktop" in {e.text for e in Journal(path).entries.values()}


class MemoryKeyring:
    """Stands for the keyring module with a usable backend."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, user):
        return self.kept.get((service, user))

    def set_password(self, service, user, secret):
        self.kept[(service, user)] = secret

    def delete_password(self, service, user):
        del self.kept[(service, user)]


async def test_the_key_can_be_kept_in_the_keyring_from_the_passphrase_screen(encrypted, monkeypatch):
    keyring = MemoryKeyring()
    monkeypatch.setattr(unlock, "_keyring", lambda: keyring)
    app = app_for(encrypted)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "keyring" in screen_text(app)
        await pilot.press(*PASSPHRASE, "tab", "space", "enter")  # type, tick the offer, Enter opens (keyboard only)
        await until(pilot, lambda: app.journal is not None, timeout=15)
    assert [user for _, user in keyring.kept] == [str(encrypted.with_name("journal.json.key"))]
    assert Journal(encrypted, unlock=unlock.without_asking).contacts  # no passphrase needed now


async def test_a_journal_encrypted_by_another_window_is_unlocked_and_kept_open(tmp_path, no_key_at_hand):
    path = tmp_path / "journal.json"
    sample_journal(path)
    app = app_for(path, watch_seconds=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        actions.encrypt_journal(Journal(path), PASSPHRASE)  # `shima encrypt` in another terminal
        await until(pilot, lambda: "This journal is encrypted" in screen_text(app), timeout=10)
        await pilot.press(*PASSPHRASE, "enter")
        await until(pilot, lambda: app.journal is not None and app.journal.encrypted and app.entries_loaded, timeout=20)
        assert "佐藤 花子" in screen_text(app)
        await pilot.press("l", *"after the encryption", "ctrl+s")
        await until(pilot, lambda: any(e.text == "after the encryption" for e in app.journal.entries.values()), timeout=10)
    assert path.read_bytes().startswith(b"age-encryption.org/v1\n")
