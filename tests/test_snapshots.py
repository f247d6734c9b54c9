"""Snapshot pictures of every screen, with a fixed today and fixed records so they are stable.

Update after an intended change with: pytest tests/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tui_support import app_for, ready, sample_journal, until


@pytest.fixture
def app(tmp_path):
    path = tmp_path / "journal.json"
    sample_journal(path)
    return app_for(path)


@pytest.fixture
def app_ja(tmp_path):
    path = tmp_path / "journal.json"
    sample_journal(path)
    return app_for(path, lang="ja")


def test_main_screen_80x24(snap_compare, app):
    assert snap_compare(app, run_before=ready, terminal_size=(80, 24))


def test_main_screen_160x50(snap_compare, app):
    assert snap_compare(app, run_before=ready, terminal_size=(160, 50))


def test_contact_view_of_an_influencer_you_feed(snap_compare, app):
    assert snap_compare(app, run_before=ready, press=["down"], terminal_size=(120, 36))


def test_hostile_names_render_literally(snap_compare, app):
    assert snap_compare(app, run_before=ready, press=["down", "down", "down"], terminal_size=(120, 30))


def test_timeline(snap_compare, app):
    assert snap_compare(app, run_before=ready, press=["t"], terminal_size=(120, 30))


def test_contact_form(snap_compare, app):
    assert snap_compare(app, run_before=ready, press=["down", "e"], terminal_size=(100, 32))


def test_entry_form(snap_compare, app):
    assert snap_compare(app, run_before=ready, press=["down", "down", "l", *"lunch, shared leads"], terminal_size=(100, 32))


def test_validation_error_beside_the_field(snap_compare, app):
    press = ["l", "shift+tab", *"2026-02-30", "shift+tab", *"lots", "ctrl+s"]
    assert snap_compare(app, run_before=ready, press=press, terminal_size=(100, 32))


def test_help(snap_compare, app):
    assert snap_compare(app, run_before=ready, press=["question_mark"], terminal_size=(110, 40))


def test_dashboard(snap_compare, app):
    assert snap_compare(app, run_before=ready, press=["r"], terminal_size=(110, 50))


async def switch_to_light_theme(pilot) -> None:
    """After the first frame, as a user switching theme from the palette: no row keeps old colours."""
    await ready(pilot)
    pilot.app.theme = "textual-light"
    await pilot.pause()


def test_theme_switch_redraws_every_row(snap_compare, app):
    assert snap_compare(app, run_before=switch_to_light_theme, press=["down"], terminal_size=(110, 30))


# ----- in Japanese, at 80x24 (issue 13) -----------------------------------------------------------


def test_main_screen_in_japanese_80x24(snap_compare, app_ja):
    assert snap_compare(app_ja, run_before=ready, press=["down"], terminal_size=(80, 24))


def test_entry_form_in_japanese_80x24(snap_compare, app_ja):
    assert snap_compare(app_ja, run_before=ready, press=["down", "down", "l", *"ランチ"], terminal_size=(80, 24))


def test_report_in_japanese_80x24(snap_compare, app_ja):
    assert snap_compare(app_ja, run_before=ready, press=["r"], terminal_size=(80, 24))


def test_help_in_japanese_80x24(snap_compare, app_ja):
    assert snap_compare(app_ja, run_before=ready, press=["question_mark"], terminal_size=(80, 24))


def test_timeline_in_japanese_80x24(snap_compare, app_ja):
    assert snap_compare(app_ja, run_before=ready, press=["t"], terminal_size=(80, 24))


# ----- importing people: the dry run shown to confirm (issue 14) -----------------------------------


@pytest.fixture
def phone_export(tmp_path, monkeypatch):
    """A phone's vCard export in the folder the app runs in: 佐藤 花子 is already in the journal."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(Path(__file__).parent / "fixtures" / "iphone_v3.vcf", tmp_path / "contacts.vcf")


async def import_preview(pilot) -> None:
    from journal.tui.screens.importing import ImportPreview

    await ready(pilot)
    pilot.app.action_import_people()
    await pilot.pause()
    await pilot.press(*"contacts.vcf", "enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, ImportPreview))
    await pilot.pause()


def test_import_preview_80x24(snap_compare, app, phone_export):
    assert snap_compare(app, run_before=import_preview, terminal_size=(80, 24))


def test_import_preview_in_japanese_80x24(snap_compare, app_ja, phone_export):
    assert snap_compare(app_ja, run_before=import_preview, terminal_size=(80, 24))


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_unlock_an_encrypted_journal_80x24(snap_compare, tmp_path, monkeypatch, lang):
    from journal import actions, unlock
    from journal.store import agent

    monkeypatch.setattr(unlock, "_keyring", lambda: None)
    monkeypatch.setattr(agent, "places", lambda: [])  # no offer to keep the key: the same picture on every machine
    monkeypatch.delenv("SHIMA_PASSPHRASE", raising=False)
    path = tmp_path / "journal.json"
    actions.encrypt_journal(sample_journal(path), "passphrase")
    app = app_for(path, lang=lang)
    app.locked = Path("/home/you/journal.json")  # the same picture wherever the test runs (never read: no key)
    assert snap_compare(app, press=["p", "w"], terminal_size=(80, 24))
