"""Every insight rule, table-driven with a fixed today, boundaries included."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from conftest import contact, entry, run_shima, snapshot

from journal.insights import THRESHOLDS, build_report
from journal.report import bar, report_text
from journal.store import Journal

TODAY = date(2026, 11, 24)
DAY = timedelta(days=1)
INSIDE = TODAY - 364 * DAY  # the first day of the 365-day window
OUTSIDE = TODAY - 365 * DAY


def gifts(cid: str, count: int, *, kind: str = "money", value: float | None = 30000, day: date = TODAY) -> list:
    return [entry(f"{cid}-g{i}", day, [cid], "gave", kind, value) for i in range(count)]


def levels(flags) -> dict[str, str]:
    return {f.contact.id: f.level for f in flags}


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (gifts("inf", THRESHOLDS.feeding_watch - 1), {}),
        (gifts("inf", THRESHOLDS.feeding_watch), {"inf": "watch"}),
        (gifts("inf", THRESHOLDS.feeding_high - 1), {"inf": "watch"}),
        (gifts("inf", THRESHOLDS.feeding_high), {"inf": "high"}),
        (gifts("inf", 5, kind="labor", value=None), {"inf": "high"}),
        (gifts("inf", 5, kind="idea"), {}),  # ideas are not feeding (but see taker risk)
        (gifts("inf", 5, day=OUTSIDE), {}),  # outside the window
        (gifts("inf", 4, day=OUTSIDE) + gifts("x", 0) + [entry("in", INSIDE, ["inf"], "gave", "money", 1)], {}),
        (gifts("inf", 5) + [entry("back", TODAY, ["inf"], "received", "referral", 0)], {}),
        (gifts("inf", 5) + [entry("back", TODAY, ["inf"], "mutual", "collaboration")], {}),
        (gifts("inf", 5) + [entry("back", TODAY, ["inf"], "received", "support")], {"inf": "high"}),  # comfort is not business
        (gifts("inf", 5) + [entry("back", OUTSIDE, ["inf"], "received", "referral")], {"inf": "high"}),
        (gifts("inf", 5) + [entry("nt", TODAY, ["inf"], "note", None)], {"inf": "high"}),
    ],
)
def test_feeding_risk(entries, expected):
    people = [contact("inf", tag="influencer"), contact("x")]
    assert levels(build_report(snapshot(people, entries), TODAY).feeding) == expected


def test_feeding_reason_in_words_and_rule():
    report = build_report(snapshot([contact("inf", "Guru", tag="influencer")], gifts("inf", 5)), TODAY)
    [flag] = report.feeding
    assert flag.reason == "5 payments, ¥150,000, nothing back in 12 months"
    assert "high from 5" in flag.rule


@pytest.mark.parametrize(
    ("entries", "reason"),
    [
        (
            gifts("inf", 2) + gifts("inf-l", 1, kind="labor", value=None),
            "2 payments, ¥60,000, and unpaid labor once, nothing back in 12 months",
        ),
        (gifts("inf", 3, kind="labor", value=None), "unpaid labor 3 times, nothing back in 12 months"),
        (gifts("inf", 3, value=None), "3 payments, nothing back in 12 months"),
    ],
)
def test_feeding_reasons_read_plainly(entries, reason):
    for e in entries:
        e.contacts = ["inf"]
    [flag] = build_report(snapshot([contact("inf", tag="influencer")], entries), TODAY).feeding
    assert flag.reason == reason


def test_feeding_is_for_everyone_but_influencers_come_first():
    people = [contact("a-peer", "A"), contact("z-inf", "Z", tag="influencer")]
    report = build_report(snapshot(people, gifts("a-peer", 5) + gifts("z-inf", 5)), TODAY)
    assert [f.contact.id for f in report.feeding] == ["z-inf", "a-peer"]


def test_archived_contacts_raise_no_flags_but_their_money_still_counts():
    people = [contact("inf", tag="influencer", archived=True, cadence=1)]
    report = build_report(snapshot(people, gifts("inf", 5)), TODAY)
    assert report.feeding == [] and report.overdue == []
    assert report.months[-1].given_value == 150000


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (gifts("p", 2, kind="referral"), {}),
        (gifts("p", 3, kind="referral"), {"p": "watch"}),
        (gifts("p", 5, kind="idea"), {"p": "high"}),
        (gifts("p", 5, kind="idea") + [entry("r", TODAY, ["p"], "received", "support")], {}),
        (gifts("p", 5, kind="idea") + [entry("r", TODAY, ["p"], "mutual", "idea")], {}),
        (gifts("p", 5, kind="idea", day=OUTSIDE), {}),
        (gifts("p", 5, kind="money"), {}),  # already feeding risk, not listed twice
    ],
)
def test_taker_risk(entries, expected):
    assert levels(build_report(snapshot([contact("p")], entries), TODAY).takers) == expected


def test_taker_reason_names_what_was_given():
    entries = [*gifts("p", 2, kind="referral"), *gifts("q", 1, kind="information")]
    for e in entries:
        e.contacts = ["p"]
    [flag] = build_report(snapshot([contact("p")], entries), TODAY).takers
    assert flag.reason == "you gave 3 times (referral ×2, information), nothing came back in 12 months"


@pytest.mark.parametrize(
    ("tag", "entries", "flagged"),
    [
        (
            "peer",
            [
                entry(f"s{i}", TODAY, ["p"], d, k)
                for i, (d, k) in enumerate([("gave", "support"), ("received", "information"), ("mutual", "support")])
            ],
            True,
        ),
        ("peer", [entry(f"s{i}", TODAY, ["p"], "gave", "support") for i in range(2)], False),  # below the threshold
        ("peer", [entry(f"s{i}", TODAY, ["p"], "gave", k) for i, k in enumerate(["support", "support", "referral"])], False),
        ("shima", [entry(f"s{i}", TODAY, ["p"], "gave", "support") for i in range(3)], False),
    ],
)
def test_comfort_only(tag, entries, flagged):
    report = build_report(snapshot([contact("p", tag=tag)], entries), TODAY)
    assert bool(report.comfort) is flagged
    if flagged:
        assert "comfort has its worth" in report.comfort[0].reason


@pytest.mark.parametrize(
    ("tag", "score", "invite", "review"),
    [
        ("peer", 2, False, False),
        ("peer", 3, True, False),
        ("peer", 4, True, False),
        ("influencer", 4, False, False),
        ("shima", 0, False, True),
        ("shima", 1, False, True),
        ("shima", 2, False, False),
    ],
)
def test_shima_fit(tag, score, invite, review):
    report = build_report(snapshot([contact("p", tag=tag, fit=score)], []), TODAY)
    assert bool(report.invite) is invite and bool(report.review) is review


@pytest.mark.parametrize(
    ("last_entry_days_ago", "cadence", "overdue_days"),
    [(13, 14, None), (14, 14, 0), (20, 14, 6), (400, 30, 370)],
)
def test_stay_in_touch_boundaries(last_entry_days_ago, cadence, overdue_days):
    people = [contact("p", cadence=cadence, created="2020-01-01T00:00:00+00:00")]
    entries = [entry("e", TODAY - last_entry_days_ago * DAY, ["p"], "note", None)]
    overdue = build_report(snapshot(people, entries), TODAY).overdue
    assert [o.overdue_days for o in overdue] == ([] if overdue_days is None else [overdue_days])


def test_stay_in_touch_most_overdue_first_and_counts_from_adding_when_never_logged():
    people = [
        contact("a", cadence=7, created="2026-11-01T00:00:00+00:00"),
        contact("b", cadence=7, created="2026-11-01T00:00:00+00:00"),
        contact("c", cadence=7, created="2026-11-01T00:00:00+00:00"),
    ]
    entries = [entry("e1", TODAY - 10 * DAY, ["a", "b"], "gave", "idea"), entry("e2", TODAY - 8 * DAY, ["a"], "note", None)]
    overdue = build_report(snapshot(people, entries), TODAY).overdue
    assert [(o.contact.id, o.overdue_days) for o in overdue] == [("c", 16), ("b", 3), ("a", 1)]
    assert overdue[0].reason == "no entry since adding them 23 days ago, every 7 days: 16 days overdue"


def test_balance_counts_mutual_on_both_sides_and_each_contact_of_a_shared_entry():
    people = [contact("a", tag="shima"), contact("b", tag="shima"), contact("c", tag="influencer")]
    entries = [
        entry("m", TODAY, ["a", "b"], "mutual", "collaboration", 1000),
        entry("g", TODAY - 3 * DAY, ["c"], "gave", "money", 500),
        entry("old", OUTSIDE, ["a"], "received", "referral", 99),
        entry("self", TODAY, [], "note", None),
    ]
    report = build_report(snapshot(people, entries), TODAY)
    a = report.balances["a"]
    assert (a.given_count, a.given_value, a.received_count, a.received_value, a.last) == (1, 1000, 1, 1000, TODAY)
    assert report.balances["c"].given_value == 500 and report.balances["c"].last == TODAY - 3 * DAY
    shima = report.by_tag["shima"]  # the shared entry counts once for the tag
    assert (shima.given_count, shima.given_value, shima.received_value) == (1, 1000, 1000)


def test_payoff_per_month_counts_each_entry_once_and_own_effort():
    people = [contact("a"), contact("b")]
    entries = [
        entry("r", "2026-11-02", ["a", "b"], "received", "referral", 50000),
        entry("g", "2026-10-10", ["a"], "gave", "money", 20000),
        entry("n1", "2026-10-11", [], "note", None),
        entry("n2", "2026-10-12", [], "note", None),
        entry("ancient", "2025-11-30", ["a"], "received", "money", 7),  # 13 months back: not charted
    ]
    months = build_report(snapshot(people, entries), TODAY).months
    assert [m.month for m in months][0] == "2025-12" and months[-1].month == "2026-11" and len(months) == 12
    by_month = {m.month: m for m in months}
    assert by_month["2026-11"].received_value == 50000 and by_month["2026-11"].received_count == 1
    assert by_month["2026-10"].given_value == 20000 and by_month["2026-10"].own_effort == 2


def test_window_setting_is_honoured():
    people = [contact("inf", tag="influencer")]
    entries = gifts("inf", 5, day=TODAY - 40 * DAY)
    assert build_report(snapshot(people, entries, window_days=30), TODAY).feeding == []
    assert build_report(snapshot(people, entries, window_days=41), TODAY).feeding[0].reason.endswith("in 41 days")


def test_bars_scale_and_show_small_values():
    assert bar(100, 100, 4) == "████" and bar(0, 100) == "" and bar(1, 1000, 4) == "▏"


def test_report_text_names_the_influencer_you_feed():
    people = [contact("inf", "Guru", tag="influencer")]
    text = report_text(snapshot(people, gifts("inf", 5)), TODAY)
    assert "[high] Guru (influencer): 5 payments, ¥150,000, nothing back in 12 months" in text


def test_report_json_keys_from_the_command_line(tmp_path):
    people = [
        contact("inf", "Guru", tag="influencer"),
        contact("peer", "Mika", fit=4),
        contact("sh", "佐藤", tag="shima", fit=4, cadence=7, created="2026-01-01T00:00:00+00:00"),
    ]
    today = date.today()
    entries = gifts("inf", 5, day=today) + [entry("old", today - 30 * DAY, ["sh"], "mutual", "collaboration", 10)]
    path = tmp_path / "j.json"
    Journal(path).import_snapshot(snapshot(people, entries), replace=True)
    done = run_shima("report", "--json", journal=path)
    assert done.code == 0, done.err
    report = json.loads(done.out)
    assert set(report) == {
        "today",
        "window_days",
        "currency",
        "owner_goal",
        "thresholds",
        "rules",
        "balance",
        "feeding_risk",
        "taker_risk",
        "comfort_only",
        "shima",
        "stay_in_touch",
        "payoff",
    }
    assert report["feeding_risk"][0] == {
        "id": "inf",
        "name": "Guru",
        "tag": "influencer",
        "level": "high",
        "reason": "5 payments, ¥150,000, nothing back in 12 months",
        "rule": report["rules"]["feeding"],
    }
    assert [s["name"] for s in report["shima"]["invite"]] == ["Mika"]
    assert report["stay_in_touch"][0]["name"] == "佐藤" and report["stay_in_touch"][0]["overdue_days"] == 23
    assert len(report["payoff"]["months"]) == 12
    assert set(report["payoff"]["months"][0]) == {
        "month",
        "given_value",
        "received_value",
        "given_count",
        "received_count",
        "own_effort",
    }
    assert set(report["balance"]["by_tag"]) == {"peer", "influencer", "shima"}
    human = run_shima("report", journal=path).out
    assert "Guru (influencer): 5 payments" in human and "Mika" in human and "佐藤" in human
