"""Your own sales, first-class (issue 12, point 1): `shima sale`, the s key and its form, `e` on a
sale, and sales marked in the timelines; a sale has no kind, an amount, and optional contacts."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from conftest import run_shima
from tui_support import TODAY, app_for, ready, sample_journal, screen_text, settled

from journal.store import Journal
from journal.tui.screens.forms import SaleForm
from journal.tui.screens.main import MainScreen


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "journal.json"
    sample_journal(path)
    return path


def entries(path) -> list[dict]:
    return json.loads(run_shima("timeline", "--json", journal=path).out)


def test_shima_sale_records_your_own_revenue_and_prints_its_id(path):
    done = run_shima("sale", "4万円", "blog", "course", journal=path)
    assert done.code == 0 and done.err == ""
    [sale] = [e for e in entries(path) if e["id"] == done.out.strip()]
    assert (sale["direction"], sale["kind"], sale["value"], sale["contacts"], sale["text"]) == (
        "sale",
        None,
        40000,
        [],
        "blog course",
    )


def test_a_sale_with_contacts_names_who_brought_it_and_text_may_follow_options(path):
    done = run_shima("sale", "120000", "-c", "佐藤", "--date", "3 days ago", "a", "client", "she", "referred", journal=path)
    assert done.code == 0, done.err
    [sale] = [e for e in entries(path) if e["id"] == done.out.strip()]
    assert sale["contacts"] == ["c-sato"] and sale["text"] == "a client she referred"
    assert sale["date"] == (date.today() - timedelta(days=3)).isoformat()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sale", "0"], "a sale needs its amount"),
        (["sale", "lots"], "--value: “lots” is not an amount"),
        (["sale", "$5"], "but this journal keeps JPY"),
        (["sale", "5000", "-c", "nobody"], "contact 'nobody' not found"),
    ],
)
def test_a_sale_is_refused_without_a_real_amount_and_nothing_changes(path, args, message):
    before = path.read_bytes()
    done = run_shima(*args, journal=path)
    assert done.code == 1 and message in done.err, done.err
    assert path.read_bytes() == before


def test_sales_are_marked_in_the_timeline_in_both_languages(path):
    run_shima("sale", "40000", "blog course", journal=path)
    assert "◆ sale" in run_shima("timeline", journal=path).out
    assert "◆ 売上" in run_shima("timeline", journal=path, env={"SHIMA_LANG": "ja"}).out


async def test_the_s_key_records_a_sale_from_the_form(path):
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("s")
        assert isinstance(app.screen, SaleForm)
        assert "your own sale (nobody brought it)" in screen_text(app)
        await pilot.press(*"3万円", "tab", *"佐藤", "tab", *"yesterday")  # value, brought by, date
        await pilot.press("tab", *"workshop seat", "ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, MainScreen)
    [sale] = [e for e in Journal(path, read_entries=True).entries.values() if e.direction == "sale"]
    assert (sale.value, sale.contacts, sale.text, sale.kind) == (30000, ["c-sato"], "workshop seat", None)
    assert sale.date == TODAY - timedelta(days=1)


async def test_a_sale_without_an_amount_is_explained_beside_the_field(path):
    before = path.read_bytes()
    app = app_for(path)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("s", "ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, SaleForm)
        assert "a sale needs its amount" in str(app.screen.query_one("#value-error").render())
    assert path.read_bytes() == before


async def test_e_on_a_sale_opens_the_sale_form(path):
    run_shima("sale", "40000", "blog course", "--date", TODAY.isoformat(), journal=path)
    app = app_for(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert "◆ sale" in screen_text(app)
        await pilot.press("e")  # the newest entry: today's sale
        await pilot.pause()
        assert isinstance(app.screen, SaleForm) and app.screen.query_one("#value").value == "40,000"
