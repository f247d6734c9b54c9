"""The first balances: before the app reads every month, it draws the rows on screen from their
contacts' own entries (the months of the report's window, and each one's latest entry). They must
be the whole report's numbers, and the app must not read more of the file than that to get them."""

from __future__ import annotations

import random
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import contact, entry, snapshot
from textual.widgets import Static
from tui_support import TODAY, app_for, ready, sample_journal, screen_text, until

from journal.actions import add_contact, import_journal
from journal.insights import build_report, report_for, window_start
from journal.records import DIRECTIONS, KINDS, Snapshot
from journal.store import Journal
from journal.tui.widgets.contact_list import ContactList
from journal.tui.widgets.contact_view import ContactView
from journal.tui.widgets.footer import ShimaFooter

PEOPLE = 60


def busy_journal(path: Path) -> Path:
    """Six years of entries among 60 people, in dollars and cents (so shares have remainders and
    sums depend on their order), with the awkward cases: someone never met, someone last seen years
    ago, an entry whose text is exactly a contact's id, entries dated after today; and someone for
    each flag (feeding, taker, comfort; invite, review and overdue come by chance)."""
    rng = random.Random(11)
    tags, cadences = ("peer", "shima", "influencer"), (None, 7, 30)
    people = [contact(f"c{i:02d}", f"Person {i:02d}", tag=tags[i % 3], fit=i % 5, cadence=cadences[i % 3]) for i in range(PEOPLE)]
    people += [contact("c-never", "Never Met", cadence=30), contact("c-long-ago", "Long Ago", tag="shima", cadence=7)]
    people += [contact("c-guru", "Guru", tag="influencer"), contact("c-taker", "Taker"), contact("c-comfort", "Comfort")]
    entries = []
    for n in range(2500):
        direction = rng.choice(DIRECTIONS)
        named = rng.sample(range(PEOPLE), rng.choice([1, 1, 1, 2, 3])) if direction not in ("note", "sale") else []
        entries.append(
            entry(
                f"e{n:05d}",
                date(2021, 1, 1) + timedelta(days=rng.randrange(6 * 365)),
                [f"c{i:02d}" for i in named],
                direction,
                None if direction in ("note", "sale") else rng.choice(KINDS),
                rng.choice([None, 10, 33.33, 100.01, 250]),
                rng.choice(["lunch", "intro", "fee"]),
            )
        )
    entries.append(entry("e-long-ago", "2022-03-04", ["c-long-ago", "c07"], "gave", "money", 99.99, "old fee"))
    for n, day in enumerate(["2023-07-07", "2024-02-02"]):  # its id in the bytes, in a text
        entries.append(entry(f"e-text{n}", day, ["c01"], "received", "information", None, "c-never"))
    for n, day in enumerate(["2021-05-01", "2023-02-10", "2026-01-15", "2026-03-15", "2026-05-15", "2026-08-15", "2026-11-01"]):
        entries.append(entry(f"e-guru{n}", day, ["c-guru"], "gave", "money", 300.5, "course fee"))  # feeding
        entries.append(entry(f"e-taker{n}", day, ["c-taker"], "gave", "idea", None, "free ideas"))  # a taker
        entries.append(entry(f"e-comfort{n}", day, ["c-comfort"], "received", "support", None, "cheered me"))  # comfort
    import_journal(Journal(path), snapshot(people, entries, currency="USD"), replace=True)
    return path


@pytest.fixture(scope="module")
def busy(tmp_path_factory) -> Path:
    return busy_journal(tmp_path_factory.mktemp("early") / "journal.json")


def early_and_whole(path: Path, today: date, ids: list[str]):
    """The report the app draws first (from a journal that has read no month yet) and the whole one."""
    journal = Journal(path)
    since = window_start(today, journal.settings.window_days).isoformat()[:7]
    entries = journal.recent_entries_of(ids, since)
    early = report_for(Snapshot(journal.settings, list(journal.contacts.values()), entries), today, ids)
    return early, build_report(Journal(path, read_entries=True).snapshot(), today)


# Today at the end of the entries, in the middle (entries dated after it), years after (an empty window).
@pytest.mark.parametrize("today", [TODAY, date(2023, 6, 15), date(2031, 1, 1)])
@pytest.mark.parametrize("which", ["first rows", "every contact", "the awkward ones"])
def test_the_first_balances_are_the_whole_reports_numbers(busy, today, which):
    ids = {
        "first rows": [f"c{i:02d}" for i in range(20)],
        "every contact": [*(f"c{i:02d}" for i in range(PEOPLE)), "c-never", "c-long-ago", "c-guru", "c-taker", "c-comfort"],
        "the awkward ones": ["c-never", "c-long-ago", "c07", "c-guru", "c-taker", "c-comfort"],
    }[which]
    early, whole = early_and_whole(busy, today, ids)
    chosen = set(ids)

    def theirs(items):
        return [item for item in items if item.contact.id in chosen]

    assert early.balances == {cid: whole.balances[cid] for cid in ids}  # counts, money to the cent, last entry
    assert early.flags == {cid: flags for cid, flags in whole.flags.items() if cid in chosen}
    for name in ("feeding", "takers", "comfort", "invite", "review", "overdue", "costly", "bringers"):
        assert getattr(early, name) == theirs(getattr(whole, name)), name
    assert any(b.last for b in early.balances.values())  # not a comparison of empty balances
    assert early.by_tag == {} and early.months == [] and early.totals is None  # they need every entry: never half-made


def test_the_first_balances_read_only_the_window_and_the_months_they_need(busy):
    journal = Journal(busy)
    since = window_start(TODAY, journal.settings.window_days).isoformat()[:7]
    everything = Journal(busy, read_entries=True).entries.values()
    in_window = [e for e in everything if e.date.isoformat()[:7] >= since]
    long_ago_month = [e for e in everything if e.date.isoformat()[:7] == "2022-03"]

    journal.recent_entries_of(["c-guru", "c-comfort"], since)  # both have entries in the window
    assert len(journal.state.entries) == len(in_window)
    journal.recent_entries_of(["c-long-ago"], since)  # its one entry, in March 2022: that month, no other
    assert len(journal.state.entries) == len(in_window) + len(long_ago_month)
    assert not journal.state.complete


def test_someone_never_met_costs_no_parse_of_the_months_that_do_not_name_them(busy):
    journal = Journal(busy)
    since = window_start(TODAY, journal.settings.window_days).isoformat()[:7]
    everything = Journal(busy, read_entries=True).entries.values()
    named_in_text = {e.date.isoformat()[:7] for e in everything if e.text == "c-never"}  # read, looked at, passed
    read = {e.date.isoformat()[:7] for e in everything if e.date.isoformat()[:7] >= since} | named_in_text

    assert journal.recent_entries_of(["c-never"], since) == []
    assert {e.date.isoformat()[:7] for e in journal.state.entries.values()} == read


# ----- in the app ------------------------------------------------------------------------------


@pytest.fixture
def reading_held(monkeypatch):
    """Hold the app's reading worker after its first balances, before it reads every month."""
    release = threading.Event()
    read_all = Journal.read_all

    def held(journal: Journal) -> None:
        release.wait(10)
        read_all(journal)

    monkeypatch.setattr(Journal, "read_all", held)
    yield release
    release.set()


def details(app) -> str:
    return str(app.screen.query_one("#contact-details", Static).content)


def list_rows(app) -> list[str]:
    contacts = app.screen.query_one(ContactList)
    return [contacts.render_row(i, 80).plain for i in range(len(contacts.contacts))]


async def test_the_app_draws_the_rows_on_screen_before_reading_every_month(busy, reading_held):
    app = app_for(busy)
    async with app.run_test(size=(120, 24)) as pilot:  # room for some rows, not all 62
        await until(pilot, lambda: "→" in screen_text(app))
        early_rows = list_rows(app)
        early_details = details(app)
        assert not app.entries_loaded and app.report is None
        assert app.words("view.reading") in screen_text(app)  # the timeline beside the balance: being read
        assert app.words("timeline.empty") not in screen_text(app)  # not "no entries yet"
        covered = [row for row in early_rows if "→" in row]
        assert 10 < len(covered) < len(early_rows)  # the rows on screen; the others wait (…)
        assert all("…" in row and "—" not in row for row in early_rows if row not in covered)  # unknown, not "never"

        await pilot.press("end")  # a contact the first balances did not cover: "reading", no guess
        await pilot.pause()
        view = app.screen.query_one(ContactView)
        assert view.contact.id not in app.contact_report.balances
        assert app.words("view.reading") in screen_text(app)
        await pilot.press("home")

        reading_held.set()
        await ready(pilot)
        assert app.entries_loaded
        whole_rows = list_rows(app)
        assert covered == whole_rows[: len(covered)]  # the same numbers, dates and markers
        assert all("→" in row for row in whole_rows)
        assert details(app) == early_details  # the selected contact's balance and flags too


async def test_a_save_before_the_entries_are_read_drops_the_first_balances(tmp_path, reading_held):
    path = tmp_path / "journal.json"
    sample_journal(path)
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.contact_report is not None)
        add_contact(app.journal, {"name": "New Person"})
        assert app.contact_report is None  # a new revision: the early numbers may no longer hold
        reading_held.set()
        await ready(pilot)
        assert app.contact_report is app.report is not None


async def test_the_footer_is_built_again_only_when_its_keys_change(tmp_path, monkeypatch):
    """Textual asks the footer to rebuild on every change of focus, and each rebuild lays the whole
    screen out again: three times as the app starts, beside the worker drawing the first balances."""
    builds = []
    compose = ShimaFooter.compose
    monkeypatch.setattr(ShimaFooter, "compose", lambda footer: builds.append(1) or compose(footer))
    path = tmp_path / "journal.json"
    sample_journal(path)
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        before = len(builds)
        for key in ("tab", "tab", "shift+tab", "shift+tab"):  # list, timeline, criteria...: the same keys
            await pilot.press(key)
            await pilot.pause()
        assert len(builds) == before
        assert "Timeline" in screen_text(app).splitlines()[-1]
        await pilot.press("slash", "x")  # typing in the filter: the shown keys are the input's
        await pilot.pause()
        assert len(builds) > before


async def test_the_worker_reads_on_only_once_the_first_balances_are_drawn(busy, monkeypatch):
    """Drawing needs the interpreter the worker's reading would hold: it waits for the frame."""
    drawn_when_reading_on = []
    read_all = Journal.read_all

    def noting(journal: Journal) -> None:
        contacts = app.screen.query_one(ContactList)
        cache = contacts._strips  # the rows drawn, as the benchmark finds them
        drawn_when_reading_on.append([cache[key].text for key in list(cache.keys())])
        read_all(journal)

    monkeypatch.setattr(Journal, "read_all", noting)
    app = app_for(busy)
    async with app.run_test(size=(120, 24)) as pilot:
        await ready(pilot)
    rows = drawn_when_reading_on[0]
    assert rows and all("→" in row for row in rows)
