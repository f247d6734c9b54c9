"""Importing people from the app's palette (issue 14): the path is asked for, the dry run shown to
confirm, the import run through the same use case as `shima import`, each driven by key presses
and checked on the journal file and on the screen."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from tui_support import app_for, palette, ready, sample_journal, screen_text, settled, until

from journal import actions
from journal.store import Journal
from journal.tui.screens.importing import ImportPathDialog, ImportPreview
from journal.tui.screens.main import MainScreen

FIXTURES = Path(__file__).parent / "fixtures"
# A phone's export: someone already in the journal, a name that is markup and escape codes, a new
# person, and a card with no name.
PHONE_CARDS = """BEGIN:VCARD\r
VERSION:3.0\r
FN:佐藤 花子\r
EMAIL:hanako@example.jp\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:[bold]x[/] [@click=app.quit]y[/] \\x1b]0;pwned\r
UID:hostile-1\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
N:Brown;Alice;;;\r
FN:Alice Brown\r
EMAIL:alice@example.com\r
NOTE:Met at the Osaka fair\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
EMAIL:nobody@example.com\r
END:VCARD\r
"""


@pytest.fixture
def journal_path(tmp_path):
    path = tmp_path / "journal" / "journal.json"
    path.parent.mkdir()
    sample_journal(path)
    return path


@pytest.fixture
def contacts_file(tmp_path, monkeypatch):
    """phone.vcf in the folder the app runs in, so the user types a short path."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "phone.vcf").write_text(PHONE_CARDS, encoding="utf-8")
    return tmp_path / "phone.vcf"


def journal_files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if not p.name.endswith(".lock")}


def names(path: Path) -> list[str]:
    return sorted(c.name for c in Journal(path).contacts.values())


async def open_import(pilot, typed: str) -> None:
    """From the palette, type the path and press enter."""
    await palette(pilot, "Import people", "Bring people in")
    assert isinstance(pilot.app.screen, ImportPathDialog)
    await pilot.press(*typed, "enter")


async def preview_of(pilot, typed: str) -> ImportPreview:
    await open_import(pilot, typed)
    await until(pilot, lambda: isinstance(pilot.app.screen, ImportPreview))
    await pilot.pause()
    return pilot.app.screen


async def test_the_dry_run_shows_the_plan_and_changes_nothing(journal_path, contacts_file):
    before = journal_files(journal_path)
    app = app_for(journal_path)
    async with app.run_test(size=(100, 36)) as pilot:
        await ready(pilot)
        await preview_of(pilot, "phone.vcf")
        text = screen_text(app)
        assert "2 would be added" in text and "1 with the same name as a contact (not imported)" in text
        assert "1 card skipped" in text
        assert "+ Alice Brown: would be added as a new contact (peer)" in text
        assert "! 佐藤 花子: same name as an existing contact (c-sato), not imported: decide by hand" in text
        assert "! Card 4 has no name, so it was skipped." in text
        assert "vCard file (recognised)" in text
        assert journal_files(journal_path) == before


async def test_names_are_shown_literally(journal_path, contacts_file):
    app = app_for(journal_path)
    async with app.run_test(size=(100, 36)) as pilot:
        await ready(pilot)
        await preview_of(pilot, "phone.vcf")
        assert "+ [bold]x[/] [@click=app.quit]y[/] \\x1b]0;pwned: would be added" in screen_text(app)


async def test_confirming_imports_through_the_use_case_in_a_worker_and_a_rerun_adds_nobody(
    journal_path, contacts_file, monkeypatch
):
    threads = []
    import_people = actions.import_people

    def watched(journal, parsed, *, dry_run=False):
        threads.append((dry_run, threading.current_thread() is threading.main_thread()))
        return import_people(journal, parsed, dry_run=dry_run)

    monkeypatch.setattr(actions, "import_people", watched)
    app = app_for(journal_path)
    async with app.run_test(size=(100, 36)) as pilot:
        await ready(pilot)
        await preview_of(pilot, "phone.vcf")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
        await settled(pilot)
        assert "Alice Brown" in screen_text(app)  # the list is refreshed
        assert [str(n.message) for n in app._notifications] == [
            "4 people: 2 added, 1 with the same name as a contact (not imported), 1 card skipped"
        ]
        assert threads == [(True, False), (False, False)]  # the dry run and the import, both off the main thread
        after = names(journal_path)
        assert "Alice Brown" in after and after.count("佐藤 花子") == 1

        preview = await preview_of(pilot, "phone.vcf")  # the same file again
        text = screen_text(app)
        assert "2 already there, unchanged" in text and "Importing would change nothing" in text
        assert preview.query_one("#import").disabled
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, ImportPreview)  # nothing to import: ctrl+s does nothing
        await pilot.press("escape")
    assert names(journal_path) == after


async def test_escape_cancels_at_either_step_and_changes_nothing(journal_path, contacts_file):
    before = journal_files(journal_path)
    app = app_for(journal_path)
    async with app.run_test(size=(100, 36)) as pilot:
        await ready(pilot)
        await palette(pilot, "Import people", "Bring people in")
        await pilot.press(*"phone.vcf", "escape")
        assert isinstance(app.screen, MainScreen)
        await preview_of(pilot, "phone.vcf")
        await pilot.press("escape")
        await settled(pilot)
        assert isinstance(app.screen, MainScreen) and "Alice Brown" not in screen_text(app)
    assert journal_files(journal_path) == before


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("missing.vcf", "missing.vcf: no such file"),
        (".", "is a folder; give a file name"),
        ("empty.vcf", "The file is empty."),
        ("notes.txt", "shima cannot tell what kind of file this is"),
        ("export.json", "is a shima export: merge it with shima import on the command line"),
    ],
)
async def test_a_file_that_cannot_be_imported_is_one_sentence_in_the_dialog(journal_path, contacts_file, typed, expected):
    folder = contacts_file.parent
    (folder / "empty.vcf").write_bytes(b"")
    (folder / "notes.txt").write_text("call mum\n", encoding="utf-8")
    (folder / "export.json").write_bytes(actions.export_bytes(Journal(journal_path)))
    before = journal_files(journal_path)
    app = app_for(journal_path)
    async with app.run_test(size=(100, 36)) as pilot:
        await ready(pilot)
        await open_import(pilot, typed)
        status = app.screen.query_one("#import-status")
        await until(pilot, lambda: "error-text" in status.classes)
        sentence = str(status.render())
        assert expected in sentence and "\n" not in sentence and "Traceback" not in sentence, sentence
        assert isinstance(app.screen, ImportPathDialog)  # the path can be corrected
    assert journal_files(journal_path) == before


async def test_the_format_can_be_overridden_and_a_wrong_one_is_named(journal_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(FIXTURES / "linkedin_connections.csv", tmp_path / "Connections.csv")
    app = app_for(journal_path)
    async with app.run_test(size=(100, 36)) as pilot:
        await ready(pilot)
        preview = await preview_of(pilot, "Connections.csv")
        assert "LinkedIn Connections.csv (recognised)" in screen_text(app)
        await pilot.press("shift+tab", "enter", "up", "enter")  # the format: Google Contacts CSV
        await until(pilot, lambda: "not a Google Contacts CSV" in screen_text(app))
        assert "This file is a LinkedIn Connections.csv, not a Google Contacts CSV" in screen_text(app)
        assert preview.query_one("#import").disabled
        await pilot.press("enter", "down", "enter")  # back to LinkedIn
        await until(pilot, lambda: "4 would be added" in screen_text(app))
        assert not preview.query_one("#import").disabled
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
    assert "Jane O'Neil, MBA" in names(journal_path)


async def test_the_path_is_completed_and_tilde_is_the_home_folder(journal_path, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "Downloads").mkdir(parents=True)
    (home / "Downloads" / "contacts.vcf").write_text(PHONE_CARDS, encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    app = app_for(journal_path)
    async with app.run_test(size=(100, 36)) as pilot:
        await ready(pilot)
        await palette(pilot, "Import people", "Bring people in")
        await pilot.press(*"~/Dow")
        await pilot.pause(0.2)
        await pilot.press("right")
        assert app.screen.query_one("#path").value == "~/Downloads/"
        await pilot.press("c")
        await pilot.pause(0.2)
        await pilot.press("right")
        assert app.screen.query_one("#path").value == "~/Downloads/contacts.vcf"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ImportPreview))
        assert "Import people from contacts.vcf" in screen_text(app)


async def test_in_japanese(journal_path, contacts_file):
    app = app_for(journal_path, lang="ja")
    async with app.run_test(size=(100, 36)) as pilot:
        await ready(pilot)
        await palette(pilot, "取り込", "連絡先を取り込む")
        await pilot.press(*"phone.vcf", "enter")
        await until(pilot, lambda: isinstance(app.screen, ImportPreview))
        await pilot.pause()
        text = screen_text(app)
        assert "追加予定 2人" in text and "Alice Brown：新しい連絡先として追加します（ピア）" in text
        assert "ctrl+s で取り込み" in text


async def test_an_import_confirmed_while_the_journal_is_still_read_waits_for_the_reading(journal_path, contacts_file):
    """The app's reading worker and the import both change the journal's state: the import goes
    once every month is read (on a large journal, a second after start)."""
    app = app_for(journal_path)
    async with app.run_test(size=(100, 36)) as pilot:
        await ready(pilot)
        await preview_of(pilot, "phone.vcf")
        app._entries_read = False  # as if the reading worker had not reported yet
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, ImportPreview) and "Importing…" in screen_text(app)
        assert "Alice Brown" not in names(journal_path)
        app._entries_read = True
        app.notify_journal_changed()  # what the reading worker's report does
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
    assert "Alice Brown" in names(journal_path)
