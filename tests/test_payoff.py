"""Issue 12: did my network move my sales? The accounting rule, the payoff report, flags that weigh money.

- the accounting rule as a table: every direction x kind x with/without contact x with/without value
  lands in exactly one bucket (none for notes), and every amount is counted once;
- a year of a solo owner's journal, kept with the command line, checked month by month against
  `report --json` (a mutual project and a referral you gave never appear as cash spent);
- feeding risk weighs cash (the issue's two examples) and names what came back, in both languages;
- a peer both worth inviting and comfort-only gets one message;
- snapshot pictures of the app's report at 80x24 and 120x40 (English) and 80x24 (Japanese).

Update the pictures after an intended change with: pytest tests/test_payoff.py --snapshot-update
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

import pytest
from conftest import contact, entry, run_shima, snapshot
from hypothesis import given, settings
from hypothesis import strategies as st
from tui_support import TODAY, app_for, ready, screen_text

from journal.actions import import_journal
from journal.bars import MARKS, sales_chart, stacked
from journal.insights import BUCKETS, THRESHOLDS, bucket, build_report, split
from journal.records import DIRECTIONS, KINDS, ValidationError, entry_from_dict
from journal.report import report_document, report_text
from journal.store import Journal
from journal.tui.screens.main import MainScreen
from journal.tui.widgets.contact_list import ContactList
from journal.words.tell import chart_heads, reason

# ----- 1. the accounting rule ------------------------------------------------------------------------

# (direction, kind) -> (bucket with a value, bucket without one). Written out, not computed: this is the
# README's table. Notes and sales have no kind; a sale needs a value, and its contacts decide (below).
RULE = {
    ("gave", "money"): ("spent", "spent"),  # fees, courses, events, salons (a payment with no amount still counts)
    ("gave", "labor"): ("help_given", "help_given"),
    ("gave", "referral"): ("help_given", "help_given"),  # business you gave them: help, never cash out of your pocket
    ("gave", "collaboration"): ("help_given", "help_given"),
    ("gave", "information"): ("help_given", "help_given"),
    ("gave", "idea"): ("help_given", "help_given"),
    ("gave", "support"): ("help_given", "help_given"),
    ("gave", "other"): ("help_given", "help_given"),
    ("received", "referral"): ("brought", "help_received"),  # its value is the revenue it brought you
    ("received", "collaboration"): ("brought", "help_received"),
    ("received", "money"): ("brought", "help_received"),
    ("received", "labor"): ("help_received", "help_received"),
    ("received", "information"): ("help_received", "help_received"),
    ("received", "idea"): ("help_received", "help_received"),
    ("received", "support"): ("help_received", "help_received"),
    ("received", "other"): ("help_received", "help_received"),
    ("mutual", "referral"): ("brought", "help_received"),
    ("mutual", "collaboration"): ("brought", "help_received"),  # a joint project: once, as business brought
    ("mutual", "money"): ("brought", "help_received"),
    ("mutual", "labor"): ("help_received", "help_received"),
    ("mutual", "information"): ("help_received", "help_received"),
    ("mutual", "idea"): ("help_received", "help_received"),
    ("mutual", "support"): ("help_received", "help_received"),
    ("mutual", "other"): ("help_received", "help_received"),
}
SALE = {True: "brought", False: "own_sales"}  # with contacts: they brought it


def expected_bucket(direction: str, kind: str | None, with_contact: bool, with_value: bool) -> str | None:
    if direction == "note":
        return None
    if direction == "sale":
        return SALE[with_contact]
    return RULE[direction, kind][0 if with_value else 1]


def combinations():
    """Every direction x kind (and none) x with/without contact x with/without value, valid or not."""
    for direction in DIRECTIONS:
        for kind in (None, *KINDS):
            for with_contact in (True, False):
                for with_value in (True, False):
                    yield direction, kind, with_contact, with_value


def as_record(direction, kind, with_contact, with_value, n=0) -> dict:
    return {
        "id": f"e{n}",
        "date": "2026-11-01",
        "contacts": ["a"] if with_contact else [],
        "direction": direction,
        "kind": kind,
        "value": 12000 if with_value else None,
        "text": "x",
        "created_at": "2026-11-01T09:00:00+09:00",
        "updated_at": "2026-11-01T09:00:00+09:00",
    }


def valid_entries() -> list:
    found = []
    for n, combo in enumerate(combinations()):
        try:
            found.append((combo, entry_from_dict(as_record(*combo, n))))
        except ValidationError:
            pass
    return found


VALID = valid_entries()


def test_the_table_covers_every_valid_entry():
    assert set(RULE) == {(d, k) for d in ("gave", "received", "mutual") for k in KINDS}
    # what the records allow: a contribution has a kind and a contact; a note anything (a kind or none,
    # contacts or none, a value or none); a sale no kind and a value
    assert len(VALID) == 3 * len(KINDS) * 2 + (len(KINDS) + 1) * 2 * 2 + 2  # contributions, notes, sales
    assert {combo[0] for combo, _ in VALID} == set(DIRECTIONS)


@pytest.mark.parametrize(("combo", "record"), VALID, ids=["-".join(map(str, c)) for c, _ in VALID])
def test_every_entry_lands_in_exactly_one_bucket(combo, record):
    where = bucket(record)
    assert where == expected_bucket(*combo)
    assert where is None or where in BUCKETS


def test_every_amount_is_counted_once():
    """All the valid entries at once: the window's buckets add up to every amount but the notes', and
    the contacts' money adds up to the totals."""
    entries = [record for _, record in VALID]
    report = build_report(snapshot([contact("a", tag="shima")], entries), TODAY)
    t = report.totals
    amounts = sum(e.value or 0 for e in entries if e.direction != "note")
    assert t.spent + t.brought + t.own_sales + t.help_given_value + t.help_received_value == amounts
    assert t.sales == t.own_sales + t.brought and t.network_sales == t.brought and t.net == t.brought - t.spent
    assert t.spent == 12000  # only `gave money` with a value is cash spent
    a = report.balances["a"]
    assert (a.spent, a.brought, a.help_given_value, a.help_received_value) == (
        t.spent,
        t.brought,
        t.help_given_value,
        t.help_received_value,
    )
    month = {m.month: m for m in report.months}["2026-11"]
    assert (month.sales, month.network_sales, month.spent, month.net) == (t.sales, t.network_sales, t.spent, t.net)


def test_a_joint_project_and_a_referral_you_gave_are_never_cash_spent():
    people = [contact("a", tag="shima"), contact("b", tag="shima")]
    entries = [
        entry("joint", TODAY, ["a", "b"], "mutual", "collaboration", 300000),
        entry("ref", TODAY, ["a"], "gave", "referral", 80000),
    ]
    report = build_report(snapshot(people, entries), TODAY)
    assert report.totals.spent == 0 and report.months[-1].spent == 0
    assert report.totals.brought == 300000 and report.totals.help_given_value == 80000
    assert report.balances["a"].spent == 0 and report.by_tag["shima"].spent == 0
    assert report.balances["a"].brought == report.balances["b"].brought == 150000  # split evenly


@pytest.mark.parametrize(
    ("value", "parts", "currency", "shares"),
    [
        (100000, 3, "JPY", [33334, 33333, 33333]),
        (300000, 2, "JPY", [150000, 150000]),
        (10, 3, "USD", [3.34, 3.33, 3.33]),
        (7, 1, "JPY", [7]),
    ],
)
def test_shares_add_up_to_the_amount(value, parts, currency, shares):
    assert split(value, parts, currency) == shares
    assert round(sum(shares), 2) == value


def test_per_contact_money_adds_up_to_the_totals_and_tags_count_an_entry_once():
    people = [contact("a", tag="shima"), contact("b", tag="shima"), contact("c")]
    entries = [
        entry("s", TODAY, ["a", "b", "c"], "sale", None, 100000),
        entry("f", TODAY, ["a", "c"], "gave", "money", 9999),
    ]
    report = build_report(snapshot(people, entries), TODAY)
    assert sum(b.brought for b in report.balances.values()) == report.totals.brought == 100000
    assert sum(b.spent for b in report.balances.values()) == report.totals.spent == 9999
    assert report.by_tag["shima"].brought == 100000 and report.by_tag["peer"].brought == 100000  # once per tag


# ----- 2. a year of a solo owner's journal, kept with the command line ------------------------------


@dataclass(frozen=True)
class Line:
    months_ago: int
    command: tuple[str, ...]  # shima's arguments, without --date


PEOPLE = [
    ("Guru", "influencer", None),  # monthly salon fees, free labor for them
    ("Coach", "influencer", None),  # one expensive course, nothing back
    ("Aki", "peer", "goal,heat,acknowledges"),  # a peer who only encourages
    ("Sato", "shima", "goal,heat,acknowledges,ahead"),  # refers clients
    ("Mori", "shima", "goal,heat"),  # the joint project
]


def year_lines() -> list[Line]:
    lines = []
    for k in range(12):
        lines.append(Line(k, ("sale", "100000", "monthly takings")))  # your own sales
        lines.append(Line(k, ("log", "--note", "worked on my own product")))  # your own effort
        if k <= 10:
            lines.append(Line(k, ("log", "--gave", "-c", "Guru", "--kind", "money", "--value", "9800", "salon fee")))
    lines.append(Line(13, ("log", "--gave", "-c", "Guru", "--kind", "money", "--value", "9800", "salon fee, long ago")))
    for k in (2, 5, 8, 11):
        lines.append(Line(k, ("log", "--gave", "-c", "Guru", "--kind", "labor", "--value", "10000", "helped at the event")))
    lines.append(Line(7, ("log", "--received", "-c", "Guru", "--kind", "support", "a kind word")))
    for k in (9, 8, 7):
        lines.append(Line(k, ("log", "--gave", "-c", "Coach", "--kind", "money", "--value", "75000", "course instalment")))
    for k, kind in ((1, "support"), (3, "support"), (4, "information"), (5, "support")):
        lines.append(Line(k, ("log", "--received", "-c", "Aki", "--kind", kind, "encouragement")))
    lines.append(Line(6, ("log", "--gave", "-c", "Aki", "--kind", "support", "cheered her on")))
    for k in (1, 4, 7, 10):
        lines.append(Line(k, ("sale", "60000", "-c", "Sato", "a client Sato referred")))
    lines.append(Line(2, ("log", "--gave", "-c", "Sato", "--kind", "referral", "--value", "80000", "sent her a client")))
    lines.append(
        Line(5, ("log", "--mutual", "-c", "Sato", "-c", "Mori", "--kind", "collaboration", "--value", "300000", "joint project"))
    )
    return lines


def month_start(today: date, months_ago: int) -> date:
    index = today.year * 12 + today.month - 1 - months_ago
    return date(index // 12, index % 12 + 1, 1)


def month_key(today: date, months_ago: int) -> str:
    return month_start(today, months_ago).isoformat()[:7]


def expected_month(k: int) -> dict:
    network = (60000 if k in (1, 4, 7, 10) else 0) + (300000 if k == 5 else 0)
    spent = (9800 if k <= 10 else 0) + (75000 if k in (7, 8, 9) else 0)
    return {"sales": 100000 + network, "network_sales": network, "spent": spent, "net": network - spent, "own_effort": 1}


def keep_the_journal(path) -> None:
    for name, tag, fit in PEOPLE:
        done = run_shima("add", name, "--tag", tag, *(("--fit", fit) if fit else ()), journal=path)
        assert done.code == 0, done.err
    today = date.today()
    for line in year_lines():
        done = run_shima(*line.command, "--date", month_start(today, line.months_ago).isoformat(), journal=path)
        assert done.code == 0, (line, done.err)


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    path = tmp_path_factory.mktemp("year") / "journal.json"
    keep_the_journal(path)
    done = run_shima("report", "--json", journal=path)
    assert done.code == 0, done.err
    return path, json.loads(done.out), date.fromisoformat(json.loads(done.out)["today"])


def test_the_year_month_by_month(year):
    _, report, today = year
    months = report["payoff"]["months"]
    assert [m["month"] for m in months] == [month_key(today, k) for k in range(11, -1, -1)]
    for k, month in zip(range(11, -1, -1), months, strict=True):
        assert {key: month[key] for key in expected_month(k)} == expected_month(k), month["month"]
        assert {"given_value", "received_value", "given_count", "received_count"} <= set(month)  # the old keys stay


def test_the_year_totals_and_trend(year):
    _, report, today = year
    totals = report["payoff"]["totals"]
    assert totals["to"] == today.isoformat()
    assert {k: totals[k] for k in ("sales", "network_sales", "own_sales", "spent", "net", "payments")} == {
        "sales": 1_740_000,
        "network_sales": 540_000,
        "own_sales": 1_200_000,
        "spent": 332_800,  # 11 salon fees (¥107,800) and a course (¥225,000): nothing else
        "net": 207_200,
        "payments": 14,
    }
    assert (totals["help_given_count"], totals["help_given_value"]) == (6, 120_000)  # labor x4, a referral, support
    assert (totals["help_received_count"], totals["help_received_value"]) == (5, 0)
    assert totals["own_effort"] == 12
    months = report["payoff"]["months"]
    assert totals["sales"] == sum(m["sales"] for m in months)  # every entry of the year is inside the window
    trend = report["payoff"]["trend"]
    assert (trend["recent"]["from"], trend["recent"]["to"]) == (month_key(today, 2), month_key(today, 0))
    assert (trend["before"]["from"], trend["before"]["to"]) == (month_key(today, 5), month_key(today, 3))
    assert {k: trend["recent"][k] for k in ("sales", "network_sales", "spent", "net")} == {
        "sales": 360_000,
        "network_sales": 60_000,
        "spent": 29_400,
        "net": 30_600,
    }
    assert {k: trend["before"][k] for k in ("sales", "network_sales", "spent", "net")} == {
        "sales": 660_000,
        "network_sales": 360_000,
        "spent": 29_400,
        "net": 330_600,
    }
    assert trend["direction"] == {"sales": "down", "network_sales": "down", "spent": "same", "net": "down"}
    assert trend["change"]["net"] == -300_000


def test_the_year_per_contact_and_tag(year):
    _, report, _ = year
    people = {c["name"]: c for c in report["balance"]["by_contact"]}
    money = lambda name: (people[name]["spent"], people[name]["brought"], people[name]["net"])  # noqa: E731
    assert money("Guru") == (107_800, 0, -107_800)
    assert money("Coach") == (225_000, 0, -225_000)
    assert money("Sato") == (0, 390_000, 390_000)  # four referred sales and half the joint project
    assert money("Mori") == (0, 150_000, 150_000)
    assert money("Aki") == (0, 0, 0)
    assert people["Sato"]["help_given_count"] == 1 and people["Sato"]["help_given_value"] == 80_000
    assert people["Guru"]["given_count"] == 15  # the old keys, as they always were: 11 fees and 4 labors
    assert sum(c["spent"] for c in people.values()) == report["payoff"]["totals"]["spent"]
    assert sum(c["brought"] for c in people.values()) == report["payoff"]["totals"]["network_sales"]
    shima = report["payoff"]["by_tag"]["shima"]
    assert (shima["spent"], shima["brought"], shima["net"]) == (0, 540_000, 540_000)  # the project counts once
    assert report["payoff"]["by_tag"]["influencer"]["spent"] == 332_800
    assert [c["name"] for c in report["payoff"]["costly"]] == ["Coach", "Guru"]
    assert [c["name"] for c in report["payoff"]["bringers"]] == ["Sato", "Mori"]


def test_the_year_flags(year):
    _, report, _ = year
    assert [(f["name"], f["level"], f["reason"]) for f in report["feeding_risk"]] == [
        ("Coach", "high", "3 payments, ¥225,000, nothing back in 12 months"),
        ("Guru", "high", "11 payments, ¥107,800, and unpaid labor 4 times in 12 months; back: 1 support, no business"),
    ]
    assert [f["name"] for f in report["taker_risk"]] == []  # Sato and Mori brought business: never takers
    assert report["comfort_only"] == []  # Aki: reconciled into the invitation
    [aki] = report["shima"]["invite"]
    assert aki["reason"] == (
        "meets 3 of 4 shima criteria, but so far only support and information (5 entries in 12 months): "
        "invite them to work on something together"
    )


def row(text: str, label: str) -> str:
    """What the first line with this label says after it (the totals come first), spaces squeezed."""
    line = next(line for line in text.splitlines() if line.strip().startswith(label + "  "))
    return " ".join(line.strip().removeprefix(label).split())


def test_the_year_in_words(year):
    path, _, today = year
    text = run_shima("report", journal=path, env={"SHIMA_LANG": "en"}).out
    assert row(text, "sales") == "¥1,740,000"
    assert row(text, "your own") == "¥1,200,000"
    assert row(text, "through your network") == "¥540,000 31%"
    assert row(text, "cash spent on your network") == "¥332,800 14 payments"
    assert row(text, "net (network − cash spent)") == "+¥207,200"
    assert row(text, "help given, estimated (not cash)") == "¥120,000 6 times"
    assert "Coach (influencer): spent ¥225,000 (3 payments) · help back: none" in text
    assert "Guru (influencer): spent ¥107,800 (11 payments) · help back: once" in text
    assert "Sato (shima): brought ¥390,000 · spent ¥0 · net +¥390,000" in text
    assert max(len(line) for line in text.splitlines() if line.startswith("  " + str(today.year))) <= 80
    japanese = run_shima("report", journal=path, env={"SHIMA_LANG": "ja"}).out
    assert row(japanese, "人脈経由の売上") == "¥540,000 31%"
    assert row(japanese, "人脈に使ったお金") == "¥332,800 14回"
    assert (
        "[高] Guru (インフルエンサー): 12か月間に支払い11回（¥107,800）と無償労働4回。返ってきたもの：応援1回、ビジネスはなし"
        in japanese
    )
    assert "sales" not in japanese and "{" not in japanese


# ----- 3. feeding risk weighs cash and names what came back --------------------------------------------


def fees(cid: str, count: int, amount: float, kind: str = "money") -> list:
    return [entry(f"{cid}-{i}", TODAY, [cid], "gave", kind, amount) for i in range(count)]


def test_the_issues_two_examples():
    """¥225,000 to one person with nothing back was `watch` below ¥107,800 of salon fees (`high`)."""
    people = [contact("big", "Big", tag="influencer"), contact("salon", "Salon", tag="influencer")]
    report = build_report(snapshot(people, fees("big", 3, 75000) + fees("salon", 11, 9800)), TODAY)
    assert [(f.contact.id, f.level, f.facts["paid"]) for f in report.feeding] == [
        ("big", "high", 225000),
        ("salon", "high", 107800),
    ]
    # one large payment with nothing back is already more than a habit of small ones
    report = build_report(snapshot(people, fees("big", 1, 225000) + fees("salon", 11, 9800)), TODAY)
    assert [f.contact.id for f in report.feeding] == ["big", "salon"] and report.feeding[0].level == "high"


@settings(max_examples=200, deadline=None)
@given(
    paid=st.lists(st.integers(0, 250_000), min_size=2, max_size=2),
    labor=st.integers(0, 6),
    payments=st.lists(st.integers(1, 12), min_size=2, max_size=2),
)
def test_more_cash_never_ranks_below_nor_gets_a_lower_level(paid, labor, payments):
    """Two people with the same unpaid labor and nothing back: the one you paid more is listed first
    and at least as high, however many payments each took."""
    people = [contact("a", "A"), contact("b", "B")]
    entries = []
    for cid, amount, n in zip("ab", paid, payments, strict=True):
        entries += [entry(f"{cid}{i}", TODAY, [cid], "gave", "money", amount / n) for i in range(n) if amount]
        entries += [entry(f"{cid}l{i}", TODAY, [cid], "gave", "labor") for i in range(labor)]
    report = build_report(snapshot(people, entries), TODAY)
    rank = {f.contact.id: i for i, f in enumerate(report.feeding)}
    level = {f.contact.id: {"high": 2, "watch": 1}[f.level] for f in report.feeding}
    more, less = ("a", "b") if paid[0] > paid[1] else ("b", "a")
    if paid[0] != paid[1]:
        assert level.get(more, 0) >= level.get(less, 0)
        if less in rank:
            assert more in rank and rank[more] < rank[less]


def test_cash_thresholds_follow_the_currency():
    assert THRESHOLDS.cash("JPY") == (30_000, 100_000)
    assert THRESHOLDS.cash("USD") == (300, 1_000)
    assert THRESHOLDS.cash("KRW") == (300_000, 1_000_000)
    people = [contact("p", tag="influencer")]
    assert build_report(snapshot(people, fees("p", 1, 1000), currency="USD"), TODAY).feeding[0].level == "high"
    assert build_report(snapshot(people, fees("p", 1, 1000)), TODAY).feeding == []  # ¥1,000 is no habit


@pytest.mark.parametrize(
    ("back", "english", "japanese"),
    [
        ([], "12 payments, ¥120,000, nothing back in 12 months", "支払い12回（¥120,000）、12か月間何も返ってきていない"),
        (
            [("received", "support")],
            "12 payments, ¥120,000 in 12 months; back: 1 support, no business",
            "12か月間に支払い12回（¥120,000）。返ってきたもの：応援1回、ビジネスはなし",
        ),
        (
            [("received", "information"), ("mutual", "support"), ("received", "support")],
            "12 payments, ¥120,000 in 12 months; back: 2 support, 1 information, no business",
            "12か月間に支払い12回（¥120,000）。返ってきたもの：応援2回、情報1回、ビジネスはなし",
        ),
    ],
)
def test_the_reason_names_what_came_back(back, english, japanese):
    entries = fees("g", 12, 10000) + [entry(f"back{i}", TODAY, ["g"], d, k) for i, (d, k) in enumerate(back)]
    [flag] = build_report(snapshot([contact("g", tag="influencer")], entries), TODAY).feeding
    assert reason(flag, "en", "JPY") == english
    assert reason(flag, "ja", "JPY") == japanese
    if back:
        assert "nothing back" not in english and "何も返ってきていない" not in japanese


# ----- 4. one message for a peer worth inviting who has brought only comfort ---------------------------


def comfort_entries(cid: str, n: int = 3) -> list:
    return [entry(f"{cid}{i}", TODAY, [cid], "received", "support") for i in range(n)]


@pytest.mark.parametrize(
    ("fit", "invited", "comforted"),
    [(3, True, False), (4, True, False), (2, False, True)],
)
def test_invite_and_comfort_reconciled(fit, invited, comforted):
    report = build_report(snapshot([contact("p", "Mika", fit=fit)], comfort_entries("p")), TODAY)
    assert (bool(report.invite), bool(report.comfort)) == (invited, comforted)
    if invited:
        [flag] = report.invite
        assert reason(flag, "en", "JPY") == (
            f"meets {fit} of 4 shima criteria, but so far only support and information (3 entries in 12 months): "
            "invite them to work on something together"
        )
        assert reason(flag, "ja", "JPY") == (
            f"シマの条件を4つのうち{fit}つ満たすが、これまでは応援と情報だけ（12か月間に3件）：一緒に何か仕事をしようと誘ってみよう"
        )
        text = report_text(snapshot([contact("p", "Mika", fit=fit)], comfort_entries("p")), TODAY, "en")
        assert text.count("Mika") == 1  # one message, not two


# ----- 5. the chart reads without colour -------------------------------------------------------------


def test_stacked_bars_keep_every_part_visible_and_the_length():
    assert stacked([50, 50], 100, 10) == [5, 5]
    assert stacked([1, 99], 100, 10) == [1, 9]  # a small part still shows
    assert stacked([0, 100], 100, 10) == [0, 10]
    assert stacked([30, 0], 100, 10) == [3, 0]
    assert stacked([0, 0], 100, 10) == [0, 0]
    assert sum(stacked([1, 1, 1], 1000, 10)) == 1


def test_the_chart_marks_own_network_and_spent_apart_and_fits():
    people = [contact("s", tag="shima"), contact("g", tag="influencer")]
    entries = [
        entry("own", TODAY, [], "sale", None, 60000),
        entry("net", TODAY, ["s"], "sale", None, 40000),
        entry("fee", TODAY, ["g"], "gave", "money", 50000),
    ]
    report = build_report(snapshot(people, entries), TODAY)
    for cells in (78, 118):
        rows = sales_chart(report.months, "JPY", cells, chart_heads("en"))
        assert all(sum(len(text) for text, _ in row) <= cells for row in rows)
        last = "".join(text for text, _ in rows[-1])
        assert last.startswith(TODAY.isoformat()[:7])
        network, own, spent = (last.count(MARKS[m]) for m in ("network", "own", "spent"))
        assert network and own and spent and network < own and spent / (network + own) == pytest.approx(0.5, abs=0.1)
        assert "¥100,000" in last and "¥40,000" in last and "¥50,000" in last
    text = report_text(snapshot(people, entries), TODAY, "en")
    assert f"{MARKS['network']} through your network   {MARKS['own']} your own sales   {MARKS['spent']} cash spent" in text


def test_report_json_adds_to_its_documented_keys():
    document = report_document(snapshot([contact("a")], [entry("s", TODAY, ["a"], "sale", None, 5000)]), TODAY)
    assert {"totals", "trend", "months", "by_tag"} <= set(document["payoff"])
    assert {"spent", "brought", "net", "given_count", "given_value", "received_count", "received_value", "last"} <= set(
        document["balance"]["by_contact"][0]
    )
    assert {"sales", "network_sales", "spent", "net"} <= set(document["payoff"]["totals"])


# ----- 6. snapshot pictures of the app's report ------------------------------------------------------


def year_journal(path) -> Journal:
    """The same year as above, with the fixed TODAY of the app's tests."""
    people = [
        contact(name.lower(), name, tag=tag, fit=len(fit.split(",")) if fit else 0, cadence=30 if name == "Sato" else None)
        for name, tag, fit in PEOPLE
    ]
    ids = {name: name.lower() for name, _, _ in PEOPLE}
    entries = []
    for n, line in enumerate(year_lines()):
        args = list(line.command)
        contacts = [ids[args[i + 1]] for i, a in enumerate(args) if a == "-c"]
        day = month_start(TODAY, line.months_ago)
        if args[0] == "sale":
            entries.append(entry(f"e{n}", day, contacts, "sale", None, int(args[1]), args[-1]))
            continue
        direction = next(a[2:] for a in args if a in ("--gave", "--received", "--mutual", "--note"))
        kind = args[args.index("--kind") + 1] if "--kind" in args else None
        value = int(args[args.index("--value") + 1]) if "--value" in args else None
        entries.append(entry(f"e{n}", day, contacts, direction, kind, value, args[-1]))
    journal = Journal(path)
    import_journal(journal, snapshot(people, entries, owner_goal="Double my sales through my shima"), replace=True)
    return journal


@pytest.fixture
def year_path(tmp_path):
    path = tmp_path / "journal.json"
    year_journal(path)
    return path


def test_the_fixed_year_matches_the_one_kept_by_hand(year_path):
    report = build_report(Journal(year_path).snapshot(), TODAY)
    assert (report.totals.sales, report.totals.spent, report.totals.net) == (1_740_000, 332_800, 207_200)


async def test_the_app_report_opens_who_cost_most_and_who_brought_most(year_path):
    """The people rows are selectable, like the flags: enter opens the contact."""
    for downs, opened in ((0, "coach"), (2, "sato")):  # Coach, Guru (cost most), then Sato (brought most)
        app = app_for(year_path)
        async with app.run_test(size=(120, 70)) as pilot:
            await ready(pilot)
            await pilot.press("r")
            await pilot.pause()
            text = screen_text(app)
            assert "Cost you most, no business back  (2)" in text and "Trend:" in text and "↓ down" in text
            await pilot.press(*["down"] * downs, "enter")
            await pilot.pause()
            assert isinstance(app.screen, MainScreen)
            assert app.screen.query_one(ContactList).selected.id == opened


def test_report_80x24(snap_compare, year_path):
    assert snap_compare(app_for(year_path), run_before=ready, press=["r"], terminal_size=(80, 24))


def test_report_120x40(snap_compare, year_path):
    assert snap_compare(app_for(year_path), run_before=ready, press=["r"], terminal_size=(120, 40))


def test_report_in_japanese_80x24(snap_compare, year_path):
    assert snap_compare(app_for(year_path, lang="ja"), run_before=ready, press=["r"], terminal_size=(80, 24))
