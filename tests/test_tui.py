"""The app driven by key presses: each path asserts on the journal file and on the screen."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from textual import events
from tui_support import HOSTILE_NAME, TODAY, app_for, palette, ready, sample_journal, screen_text, settled

from journal.actions import add_contact, log_entry
from journal.store import Journal
from journal.tui.screens.dialogs import ConfirmDialog, ErrorScreen, ExportDialog, HelpScreen
from journal.tui.screens.forms import ContactForm, EntryForm
from journal.tui.screens.main import MainScreen
from journal.tui.screens.timeline import TimelineScreen
from journal.tui.widgets.contact_list import ContactList
from journal.tui.widgets.timeline import TimelineView


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "journal.json"
    sample_journal(path)
    return path


def names_in_list(app_or_screen) -> list[str]:
    screen = getattr(app_or_screen, "screen", app_or_screen)
    return [c.name for c in screen.query_one(ContactList).contacts]


def on_disk(path) -> Journal:
    return Journal(path)


async def test_main_screen_lists_contacts_with_tags_balance_and_markers(path):
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.pause()
        text = screen_text(app)
        assert names_in_list(app) == ["佐藤 花子", "Guru Tanaka", "Mika", HOSTILE_NAME]
        assert "Suzuki" not in text  # archived
        assert "feed!" in text and "invite" in text and "due" in text
        assert "100 paying customers by spring" in text


async def test_the_list_shows_the_last_entry_date_even_at_80x24(path):
    app = app_for(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        rows = screen_text(app).splitlines()[3:7]
        assert "11-02" in rows[0] and "07-10" in rows[1] and "—" in rows[3]  # this year's entries, then none


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("2", ["佐藤 花子"]),
        ("3", ["Mika", HOSTILE_NAME]),
        ("4", ["Guru Tanaka"]),
        ("5", ["Suzuki"]),
        ("1", ["佐藤 花子", "Guru Tanaka", "Mika", HOSTILE_NAME]),
    ],
)
async def test_number_keys_narrow_the_list_by_tag(path, key, expected):
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("3" if key == "1" else "1", key)
        await pilot.pause()
        assert names_in_list(app) == expected


async def test_slash_filters_as_you_type_nfkc_and_escape_clears(path):
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"ＭＩＫ")  # full-width letters find Mika
        await pilot.pause()
        assert names_in_list(app) == ["Mika"]
        await pilot.press("escape")
        await pilot.pause()
        assert len(names_in_list(app)) == 4 and app.screen.query_one(ContactList).has_focus


async def test_selecting_a_contact_shows_details_fit_flags_and_timeline(path):
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("down")  # Guru Tanaka
        await pilot.pause()
        text = screen_text(app)
        assert "Feeding risk (high): 5 payments, ¥150,000, nothing back in" in text
        assert "rule: watch from ¥30,000 and high from ¥100,000 paid to" in text
        assert "→ gave" in text and "seminar fee 5" in text
        await pilot.press("up")
        await pilot.pause()
        text = screen_text(app)
        assert "← received" in text and "⇄ mutual" in text and "every 14 days" in text


async def test_add_contact_with_a_to_the_file(path):
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, ContactForm)
        await pilot.press(*"山田 太郎")
        await pilot.click("#tag")
        await pilot.press("down", "down", "enter")  # shima
        await pilot.press("tab", *"meetup", "tab", *"30", "ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, MainScreen)
        saved = [c for c in on_disk(path).contacts.values() if c.name == "山田 太郎"]
        assert len(saved) == 1 and (saved[0].tag, saved[0].met, saved[0].cadence_days) == ("shima", "meetup", 30)
        assert app.screen.query_one(ContactList).selected.name == "山田 太郎"


async def test_invalid_contact_is_explained_beside_the_field_and_not_saved(path):
    before = path.read_bytes()
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a", "space", "ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, ContactForm)
        assert "name must not be empty" in screen_text(app)
        await pilot.press(*"Ok", "tab", "tab", "tab", "tab", *"often", "ctrl+s")  # name, reading, tag, met, cadence
        await settled(pilot)
        assert "stay in touch must be a whole number of days" in screen_text(app)
    assert path.read_bytes() == before


async def test_log_an_entry_for_the_selected_contact(path):
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("down", "down", "l")  # Mika
        await pilot.pause()
        assert isinstance(app.screen, EntryForm)
        assert "→ Mika" in screen_text(app)
        await pilot.press(*"introduced her to my accountant", "shift+tab")  # text -> date
        await pilot.press(*"3 days ago")  # the date field understands words (focus selects the old text)
        await pilot.pause()
        assert "→ Saturday 2026-11-21" in screen_text(app) and "in the future" not in screen_text(app)
        await pilot.press("shift+tab", "tab", *"2027-02-24")
        await pilot.pause()
        assert "→ Wednesday 2027-02-24   (in the future: is that right?)" in screen_text(app)
        await pilot.press("shift+tab", "tab", *"3 days ago")
        await pilot.press("shift+tab", *"12,000", "ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, MainScreen)
    [saved] = [e for e in on_disk(path).entries.values() if e.text == "introduced her to my accountant"]
    assert saved.contacts == ["c-mika"] and saved.date == TODAY - timedelta(days=3)
    assert (saved.direction, saved.kind, saved.value) == ("gave", "other", 12000)


async def test_log_with_several_contacts_and_a_bad_date(path):
    before = path.read_bytes()
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("l", *["shift+tab"] * 5, *"mika, 佐藤")  # from the text back to "With"
        await pilot.pause()
        assert "→ Mika, 佐藤 花子" in screen_text(app)
        for _ in range(4):
            await pilot.press("tab")
        await pilot.press(*"2026-02-30", "ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, EntryForm)
        assert "that month has only 28 days" in screen_text(app)
        await pilot.press("shift+tab", "shift+tab", "shift+tab", "shift+tab", *"nobody", "ctrl+s")
        await settled(pilot)
        assert "'nobody' not found" in screen_text(app)
    assert path.read_bytes() == before


async def test_escape_asks_before_dropping_typed_text(path):
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a", *"half typed", "escape")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert isinstance(app.screen, ContactForm)
        assert app.screen.query_one("#name").value == "half typed"
        await pilot.press("escape", "y")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("a", "escape")  # nothing typed: closes at once
        assert isinstance(app.screen, MainScreen)


async def test_edit_contact_with_e(path):
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("down", "e")
        assert isinstance(app.screen, ContactForm)
        await pilot.press(*"Guru T.", "ctrl+s")
        await settled(pilot)
    assert on_disk(path).contacts["c-guru"].name == "Guru T."


async def test_archive_with_d_then_undo_then_restore_from_archived(path):
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("down", "d")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settled(pilot)
        assert on_disk(path).contacts["c-guru"].archived is True
        assert "Guru Tanaka" not in names_in_list(app)
        await pilot.press("u")
        await settled(pilot)
        assert on_disk(path).contacts["c-guru"].archived is False
        await pilot.press("5", "d", "y")  # Suzuki, from the archived filter
        await pilot.pause()
        assert on_disk(path).contacts["c-old"].archived is False


async def test_toggle_a_shima_criterion_with_the_keyboard(path):
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("down")  # Guru: no criteria
        app.screen.query_one("#fit").focus()
        await pilot.press("down", "space")  # same_heat
        await settled(pilot)
    fit = on_disk(path).contacts["c-guru"].shima_fit
    assert (fit.same_goal, fit.same_heat) == (False, True)


async def burst(pilot, *keys: str) -> None:
    """Keys as a terminal delivers a fast typist's or a paste's: all queued before any is handled."""
    for key in keys:
        pilot.app.post_message(events.Key(key, " " if key == "space" else None))
    for _ in range(len(keys)):
        await settled(pilot)


async def test_every_tick_of_a_burst_reaches_the_journal_in_order(path):
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("down")  # Guru: no criteria
        app.screen.query_one("#fit").focus()
        await burst(pilot, "space", "down", "space", "down", "space", "down", "space")
        assert on_disk(path).contacts["c-guru"].shima_fit.score == 4
        await burst(pilot, "space", "space", "up", "space")  # slightly_ahead off and on again, then one off
        fit = on_disk(path).contacts["c-guru"].shima_fit
        assert (fit.same_goal, fit.same_heat, fit.acknowledges_me, fit.slightly_ahead) == (True, True, False, True)
        assert "✓" in screen_text(app)


async def test_a_ticked_criterion_is_undone_with_u(path):
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("down")
        app.screen.query_one("#fit").focus()
        await pilot.press("space")
        await settled(pilot)
        assert on_disk(path).contacts["c-guru"].shima_fit.same_goal is True
        await pilot.press("u")
        await settled(pilot)
        assert on_disk(path).contacts["c-guru"].shima_fit.same_goal is False
        assert "Undone: aims at the same goal for Guru Tanaka" in [str(n.message) for n in app._notifications]


async def test_edit_and_delete_an_entry_from_the_contact_timeline(path):
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("down", "enter")  # Guru's timeline
        assert app.screen.query_one("#contact-timeline", TimelineView).has_focus
        await pilot.press("e")
        assert isinstance(app.screen, EntryForm)
        app.screen.query_one("#text").clear()
        app.screen.query_one("#text").focus()
        await pilot.press(*"edited fee", "ctrl+s")
        await settled(pilot)
        assert on_disk(path).entries["e-fee4"].text == "edited fee"
        await pilot.press("d", "y")
        await settled(pilot)
        assert "e-fee4" not in on_disk(path).entries
        await pilot.press("ctrl+z")
        await settled(pilot)
        assert on_disk(path).entries["e-fee4"].text == "edited fee"


async def test_timeline_with_t_groups_months_and_filters(path):
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        text = screen_text(app)
        assert text.index("November 2026") < text.index("October 2026") < text.index("July 2026")
        assert "⇄ mutual" in text and "Mika, 佐藤 花子" in text and "(yourself)" in text
        await pilot.press("slash", *"seminar")
        await pilot.pause(0.3)
        assert app.screen.query_one(TimelineView).entry_count == 5
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, MainScreen)


async def test_delete_an_entry_from_the_timeline(path):
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("t", "d", "y")  # the newest: the note about yourself
        await settled(pilot)
    assert "e-me" not in on_disk(path).entries


async def test_help_lists_keys_and_ideas(path):
    app = app_for(path)
    async with app.run_test(size=(120, 50)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "ctrl+p" in screen_text(app) and "add a contact" in screen_text(app)
        await pilot.press("end")
        await pilot.pause()
        assert "feed" in screen_text(app) and "acknowledge the effort you make now" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_palette_jumps_to_a_contact_even_with_markup_names(path):
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await palette(pilot, "[bold]", "Contact: [bold]x[/]")  # markup in the query and the name, shown literally
        assert app.screen.query_one(ContactList).selected.id == "c-evil"
        await palette(pilot, "Mika", "Contact: Mika")
        assert app.screen.query_one(ContactList).selected.id == "c-mika"


async def test_palette_runs_actions(path):
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await palette(pilot, "Timeline", "Every entry, newest first")
        assert isinstance(app.screen, TimelineScreen)


async def test_export_with_x_writes_spec_json(path, tmp_path):
    target = tmp_path / "out" / "mine.json"
    app = app_for(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("x")
        assert isinstance(app.screen, ExportDialog)
        app.screen.query_one("#path").value = str(target)
        await pilot.press("enter")
        await settled(pilot)  # the export is written in a worker
        assert isinstance(app.screen, MainScreen)
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["format"] == "shima-journal" and len(exported["entries"]) == 8


async def test_dashboard_names_the_feeding_influencer_and_opens_it(path):
    app = app_for(path)
    async with app.run_test(size=(120, 60)) as pilot:
        await ready(pilot)
        await pilot.press("r")
        await pilot.pause()
        text = screen_text(app)
        assert "Guru Tanaka (influencer)" in text and "5 payments, ¥150,000, nothing back in 12 months" in text
        assert "Mika (peer)" in text  # invite
        assert "佐藤 花子 (shima)" in text  # overdue
        assert "2026-11" in text and "█" in text  # the chart
        await pilot.press("enter")  # the first flag: Guru
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one(ContactList).selected.id == "c-guru"


async def test_markup_and_escape_codes_in_names_render_literally(path):
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("down", "down", "down")
        await pilot.pause()
        text = screen_text(app)
        assert "[bold]x[/] [@click=app.quit]y[/] ␛]0;pwned␇␛[2J" in text  # in the contact view, whole
        assert "\x1b" not in text and "\x07" not in text
        await pilot.click(ContactList)  # clicking near the name runs nothing
        assert app.is_running


async def test_outside_changes_show_up_and_both_writers_keep_their_work(path):
    app = app_for(path, watch_seconds=0.1)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a", *"typed here")  # the user is mid-form when the outside write lands
        other = Journal(path)
        add_contact(other, {"name": "From The CLI"})
        log_entry(other, {"date": TODAY, "contacts": [], "direction": "note", "text": "cli note"})
        for _ in range(100):  # the watch looks every 0.1 s and reads in a worker
            await pilot.pause(0.05)
            if "From The CLI" in names_in_list(app.screen_stack[1]):
                break
        # Shown by the watch alone, before this window writes anything (a save would catch up too).
        assert "From The CLI" in names_in_list(app.screen_stack[1])
        assert "The journal changed in another window" in " ".join(str(n.message) for n in app._notifications)
        assert app.screen.query_one("#name").value == "typed here"
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert "From The CLI" in names_in_list(app)
    names = {c.name for c in on_disk(path).contacts.values()}
    assert {"From The CLI", "typed here"} <= names
    assert any(e.text == "cli note" for e in on_disk(path).entries.values())


async def test_a_damaged_journal_shows_the_reason_not_a_traceback(tmp_path):
    path = tmp_path / "journal.json"
    path.write_text("{not json", encoding="utf-8")
    app = app_for(path)
    async with app.run_test(size=(200, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert "not valid JSON" in screen_text(app) and "journal.json" in screen_text(app)
        await pilot.press("q")
    assert path.read_text(encoding="utf-8") == "{not json"


async def test_a_failed_save_keeps_the_form_open_with_what_was_typed(path, monkeypatch):
    from journal.store import file

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    before = path.read_bytes()
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a", *"Precious Name")
        monkeypatch.setattr(file, "write_atomically", disk_full)
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, ContactForm)
        assert app.screen.query_one("#name").value == "Precious Name"
        assert "no space left on device" in screen_text(app)
    assert path.read_bytes() == before


async def test_settings_from_the_palette_change_currency_goal_and_window(path):
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await palette(pilot, "Settings", "Settings: currency, goal, window")
        app.screen.query_one("#currency").value = "dollars"
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert "is not an ISO 4217 currency code" in screen_text(app)
        app.screen.query_one("#currency").value = "usd"
        app.screen.query_one("#owner_goal").value = "[b]grow[/b] the shop"
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert "goal: [b]grow[/b] the shop" in screen_text(app)  # shown literally in the top bar
        await pilot.press("down")  # Guru: money now in dollars
        await pilot.pause()
        assert "$150,000" in screen_text(app)
    settings = on_disk(path).settings
    assert (settings.currency, settings.owner_goal, settings.window_days) == ("USD", "[b]grow[/b] the shop", 365)


async def test_export_to_a_folder_is_explained_in_the_dialog(path, tmp_path):
    app = app_for(path)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await pilot.press("x")
        app.screen.query_one("#path").value = str(tmp_path)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog) and "is a folder; give a file name" in screen_text(app)


async def test_jumping_to_a_contact_hidden_by_the_tag_filter_widens_it(path):
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("2")  # shima only: Mika, a peer, is hidden
        await palette(pilot, "Mika", "Contact: Mika")
        assert app.screen.query_one(ContactList).selected.id == "c-mika"
        assert app.screen.tag_filter == "all"


async def test_a_journal_refused_after_start_stays_on_the_error_screen(tmp_path):
    """Entries are checked after the first screen; a bad one refuses the journal, and the watch
    for outside changes must not trip over the journal it no longer has."""
    path = tmp_path / "journal.json"
    sample_journal(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["entries"][0]["value"] = "lots"
    path.write_text(json.dumps(document), encoding="utf-8")
    app = app_for(path, watch_seconds=0.05)
    async with app.run_test(size=(200, 30)) as pilot:
        await ready(pilot)
        await pilot.pause(0.3)  # several ticks of the watch
        assert isinstance(app.screen, ErrorScreen) and "value must be a number from 0" in screen_text(app)
        assert app.is_running


async def test_a_refusal_already_said_under_its_field_is_not_said_twice(path):
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("l")
        await pilot.pause()
        app.screen.query_one("#with").value = "nobody-here"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert screen_text(app).count("'nobody-here' not found") == 1
