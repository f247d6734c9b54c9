"""Every insight rule, table-driven with a fixed today, boundaries included.

The insights return codes and numbers (`Flag.rule`, `level`, `facts`); the sentences are told by
`journal.words.tell`, in English and Japanese, and the report shows them."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from conftest import contact, entry, run_shima, snapshot

from journal.actions import import_journal
from journal.bars import bar
from journal.insights import RULES, THRESHOLDS, Flag, Overdue, build_report, rule_params
from journal.report import report_document, report_text
from journal.store import Journal
from journal.words.tell import reason, rule

TODAY = date(2026, 11, 24)
DAY = timedelta(days=1)
INSIDE = TODAY - 364 * DAY  # the first day of the 365-day window
OUTSIDE = TODAY - 365 * DAY


def gifts(cid: str, count: int, *, kind: str = "money", value: float | None = 30000, day: date = TODAY) -> list:
    return [entry(f"{cid}-g{i}", day, [cid], "gave", kind, value) for i in range(count)]


def levels(flags) -> dict[str, str]:
    return {f.contact.id: f.level for f in flags}


def only(flags: list) -> Flag:
    [flag] = flags
    return flag


def told(flag, lang: str = "en") -> str:
    sentence = reason(flag, lang, "JPY")
    assert "{" not in sentence, sentence  # every placeholder was filled
    return sentence


# ----- feeding risk -------------------------------------------------------------------------------


CASH_WATCH, CASH_HIGH = THRESHOLDS.cash("JPY")  # ¥30,000 and ¥100,000


def paid(cid: str, amount: float, day: date = TODAY, eid: str = "paid") -> list:
    return [entry(eid, day, [cid], "gave", "money", amount)]


# Issue 12 changed these on purpose: payments are weighed by cash (two payments of ¥30,000 are
# already "watch", four are "high"); counts stay for unpaid labor and payments with no amount.
@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (paid("inf", CASH_WATCH - 1), {}),
        (paid("inf", CASH_WATCH), {"inf": "watch"}),  # one payment is enough when it is large
        (paid("inf", CASH_HIGH - 1), {"inf": "watch"}),
        (paid("inf", CASH_HIGH), {"inf": "high"}),
        (gifts("inf", 2), {"inf": "watch"}),  # ¥60,000
        (gifts("inf", 4), {"inf": "high"}),  # ¥120,000
        (gifts("inf", 10, value=1000), {}),  # ten small payments, ¥10,000: weighed, not counted
        (gifts("inf", THRESHOLDS.feeding_watch - 1, kind="labor", value=None), {}),
        (gifts("inf", THRESHOLDS.feeding_watch, kind="labor", value=None), {"inf": "watch"}),
        (gifts("inf", THRESHOLDS.feeding_high, kind="labor", value=None), {"inf": "high"}),
        (gifts("inf", THRESHOLDS.feeding_watch, value=None), {"inf": "watch"}),  # payments with no amount are counted
        (gifts("inf", 5, kind="idea"), {}),  # ideas are not feeding (but see taker risk)
        (gifts("inf", 5, kind="referral", value=80000), {}),  # a referral you gave is help, never cash spent
        (gifts("inf", 5, day=OUTSIDE), {}),  # outside the window
        (gifts("inf", 5, day=TODAY + DAY), {}),  # not yet
        (paid("inf", CASH_HIGH, OUTSIDE), {}),
        (paid("inf", CASH_WATCH - 1) + paid("inf", 1, INSIDE, "in"), {"inf": "watch"}),  # the first day counts
        (gifts("inf", 5) + [entry("back", TODAY, ["inf"], "received", "referral", 0)], {}),
        (gifts("inf", 5) + [entry("back", TODAY, ["inf"], "mutual", "collaboration")], {}),
        (gifts("inf", 5) + [entry("back", TODAY, ["inf"], "received", "money", 1)], {}),
        (gifts("inf", 5) + [entry("back", TODAY, ["inf"], "sale", None, 50000)], {}),  # a sale they brought
        (gifts("inf", 5) + [entry("back", TODAY, [], "sale", None, 50000)], {"inf": "high"}),  # your own sale
        (gifts("inf", 5) + [entry("back", TODAY, ["inf"], "received", "support")], {"inf": "high"}),  # comfort is not business
        (gifts("inf", 5) + [entry("back", OUTSIDE, ["inf"], "received", "referral")], {"inf": "high"}),
        (gifts("inf", 5) + [entry("nt", TODAY, ["inf"], "note", None)], {"inf": "high"}),
    ],
)
def test_feeding_risk(entries, expected):
    people = [contact("inf", tag="influencer"), contact("x")]
    assert levels(build_report(snapshot(people, entries), TODAY).feeding) == expected


def test_feeding_flag_carries_rule_level_and_facts():
    flag = only(build_report(snapshot([contact("inf", "Guru", tag="influencer")], gifts("inf", 5)), TODAY).feeding)
    assert (flag.contact.id, flag.rule, flag.level) == ("inf", "feeding", "high")
    assert flag.facts == {"payments": 5, "paid": 150000, "labor": 0, "back": [], "window_days": 365}
    assert told(flag) == "5 payments, ¥150,000, nothing back in 12 months"
    assert told(flag, "ja") == "支払い5回（¥150,000）、12か月間何も返ってきていない"


@pytest.mark.parametrize(
    ("entries", "facts", "english", "japanese"),
    [
        (
            gifts("inf", 2) + gifts("inf-l", 1, kind="labor", value=None),
            {"payments": 2, "paid": 60000, "labor": 1},
            "2 payments, ¥60,000, and unpaid labor once, nothing back in 12 months",
            "支払い2回（¥60,000）と無償労働1回、12か月間何も返ってきていない",
        ),
        (
            gifts("inf", 3, kind="labor", value=None),
            {"payments": 0, "paid": 0, "labor": 3},
            "unpaid labor 3 times, nothing back in 12 months",
            "無償労働3回、12か月間何も返ってきていない",
        ),
        (
            gifts("inf", 3, value=None),
            {"payments": 3, "paid": 0, "labor": 0},
            "3 payments, nothing back in 12 months",
            None,  # see test_japanese_payments_without_an_amount_are_named_payments
        ),
        (
            gifts("inf", 1, value=None) + gifts("inf-l", 2, kind="labor", value=None),
            {"payments": 1, "paid": 0, "labor": 2},
            "1 payment and unpaid labor 2 times, nothing back in 12 months",
            None,
        ),
    ],
)
def test_feeding_reasons_read_plainly(entries, facts, english, japanese):
    for e in entries:
        e.contacts = ["inf"]
    flag = only(build_report(snapshot([contact("inf", tag="influencer")], entries), TODAY).feeding)
    assert flag.facts == {**facts, "back": [], "window_days": 365}
    assert told(flag) == english
    if japanese is not None:
        assert told(flag, "ja") == japanese


@pytest.mark.parametrize("labor", [0, 2])
def test_japanese_payments_without_an_amount_are_named_payments(labor):
    entries = gifts("inf", 3, value=None) + gifts("inf-l", labor, kind="labor", value=None)
    for e in entries:
        e.contacts = ["inf"]
    flag = only(build_report(snapshot([contact("inf", tag="influencer")], entries), TODAY).feeding)
    assert told(flag, "ja").startswith("支払い3回")


def test_feeding_is_for_everyone_but_influencers_come_first():
    people = [contact("a-peer", "A"), contact("z-inf", "Z", tag="influencer"), contact("m-watch", "M", tag="influencer")]
    report = build_report(snapshot(people, gifts("a-peer", 5) + gifts("z-inf", 5) + gifts("m-watch", 3)), TODAY)
    assert [f.contact.id for f in report.feeding] == ["z-inf", "a-peer", "m-watch"]  # high before watch


def test_archived_contacts_raise_no_flags_but_their_money_still_counts():
    people = [contact("inf", tag="influencer", archived=True, cadence=1)]
    report = build_report(snapshot(people, gifts("inf", 5)), TODAY)
    assert report.feeding == [] and report.overdue == [] and report.flags == {}
    assert report.months[-1].given_value == 150000


# ----- taker risk --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (gifts("p", 2, kind="referral"), {}),
        (gifts("p", 3, kind="referral"), {"p": "watch"}),
        (gifts("p", 4, kind="referral"), {"p": "watch"}),
        (gifts("p", 5, kind="idea"), {"p": "high"}),
        (gifts("p", 5, kind="idea") + [entry("r", TODAY, ["p"], "received", "support")], {}),
        (gifts("p", 5, kind="idea") + [entry("r", TODAY, ["p"], "mutual", "idea")], {}),
        (gifts("p", 5, kind="idea") + [entry("r", OUTSIDE, ["p"], "received", "idea")], {"p": "high"}),
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
    flag = only(build_report(snapshot([contact("p")], entries), TODAY).takers)
    assert (flag.rule, flag.level) == ("taker", "watch")
    assert flag.facts == {"given": 3, "kinds": [("referral", 2), ("information", 1)], "window_days": 365}
    assert told(flag) == "you gave 3 times (referral ×2, information), nothing came back in 12 months"
    assert told(flag, "ja") == "3回与えた（紹介×2、情報）が、12か月間何も返ってきていない"


def test_taker_kinds_most_given_first_then_by_name():
    entries = [*gifts("a", 1, kind="support"), *gifts("b", 1, kind="idea"), *gifts("c", 2, kind="labor")]
    for e in entries:
        e.contacts = ["p"]
    flag = only(build_report(snapshot([contact("p")], entries), TODAY).takers)
    assert flag.facts["kinds"] == [("labor", 2), ("idea", 1), ("support", 1)]  # two unpaid labors: not yet feeding
    assert told(flag) == "you gave 4 times (labor ×2, idea, support), nothing came back in 12 months"


# ----- comfort only ----------------------------------------------------------------------------------


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
        ("influencer", [entry(f"s{i}", TODAY, ["p"], "gave", "support") for i in range(3)], False),
    ],
)
def test_comfort_only(tag, entries, flagged):
    report = build_report(snapshot([contact("p", tag=tag)], entries), TODAY)
    assert bool(report.comfort) is flagged
    if flagged:
        flag = only(report.comfort)
        assert (flag.rule, flag.level, flag.facts) == ("comfort", "info", {"entries": 3, "window_days": 365})
        assert told(flag) == (
            "only support and information in 12 months (3 entries): comfort has its worth, but it has not moved your sales yet"
        )
        assert told(flag, "ja") == "12か月間、応援と情報だけ（3件）：居心地には価値があるが、まだ売上は動いていない"


# ----- the shima criteria ----------------------------------------------------------------------------


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
    for flag in report.invite + report.review:
        assert flag.facts == {"score": score}
        assert (flag.rule, flag.level) == (("invite", "info") if invite else ("review", "watch"))


def test_shima_reasons_in_both_languages():
    people = [contact("p", "Mika", fit=3), contact("s", "Sato", tag="shima", fit=1)]
    report = build_report(snapshot(people, []), TODAY)
    invite, review = only(report.invite), only(report.review)
    assert told(invite) == "meets 3 of 4 shima criteria: worth inviting"
    assert told(invite, "ja") == "シマの条件を4つのうち3つ満たす：誘う価値あり"
    assert told(review) == "meets only 1 of 4 shima criteria: worth a second look"
    assert told(review, "ja") == "シマの条件は4つ中1つ：見直す価値あり"
    assert report.flags == {"s": [review]}  # invitations are suggestions, not list markers


def test_invitations_best_fit_first():
    people = [contact("a", "A", fit=3), contact("b", "B", fit=4), contact("c", "C", fit=4)]
    assert [f.contact.id for f in build_report(snapshot(people, []), TODAY).invite] == ["b", "c", "a"]


# ----- stay in touch -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last_entry_days_ago", "cadence", "overdue_days", "english"),
    [
        (13, 14, None, None),
        (14, 14, 0, "last entry 14 days ago, every 14 days: due today"),
        (20, 14, 6, "last entry 20 days ago, every 14 days: 6 days overdue"),
        (2, 1, 1, "last entry 2 days ago, every 1 day: 1 day overdue"),
        (400, 30, 370, "last entry 400 days ago, every 30 days: 370 days overdue"),
    ],
)
def test_stay_in_touch_boundaries(last_entry_days_ago, cadence, overdue_days, english):
    people = [contact("p", cadence=cadence, created="2020-01-01T00:00:00+00:00")]
    entries = [entry("e", TODAY - last_entry_days_ago * DAY, ["p"], "note", None)]
    overdue = build_report(snapshot(people, entries), TODAY).overdue
    assert [o.overdue_days for o in overdue] == ([] if overdue_days is None else [overdue_days])
    if overdue:
        [item] = overdue
        assert (item.rule, item.days_since, item.last) == ("overdue", last_entry_days_ago, TODAY - last_entry_days_ago * DAY)
        assert told(item) == english


def test_stay_in_touch_most_overdue_first_and_counts_from_adding_when_never_logged():
    people = [
        contact("a", cadence=7, created="2026-11-01T00:00:00+00:00"),
        contact("b", cadence=7, created="2026-11-01T00:00:00+00:00"),
        contact("c", cadence=7, created="2026-11-01T00:00:00+00:00"),
    ]
    entries = [entry("e1", TODAY - 10 * DAY, ["a", "b"], "gave", "idea"), entry("e2", TODAY - 8 * DAY, ["a"], "note", None)]
    overdue = build_report(snapshot(people, entries), TODAY).overdue
    assert [(o.contact.id, o.overdue_days) for o in overdue] == [("c", 16), ("b", 3), ("a", 1)]
    assert isinstance(overdue[0], Overdue) and overdue[0].last is None
    assert told(overdue[0]) == "no entry since adding them 23 days ago, every 7 days: 16 days overdue"
    assert told(overdue[0], "ja") == "追加してから23日記録なし、7日ごと：16日過ぎている"
    assert told(overdue[2], "ja") == "最後の記録は8日前、7日ごと：1日過ぎている"


# ----- balances and payoff -----------------------------------------------------------------------------


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


@pytest.mark.parametrize(
    ("window_days", "english", "japanese"),
    [(41, "41 days", "41日"), (30, "1 month", "1か月"), (60, "2 months", "2か月"), (730, "24 months", "24か月")],
)
def test_window_setting_is_honoured_and_told_in_its_plainest_unit(window_days, english, japanese):
    people = [contact("inf", tag="influencer")]
    entries = gifts("inf", 5, day=TODAY - 29 * DAY)
    flag = only(build_report(snapshot(people, entries, window_days=window_days), TODAY).feeding)
    assert flag.facts["window_days"] == window_days
    assert told(flag).endswith(f"nothing back in {english}")
    assert told(flag, "ja").endswith(f"、{japanese}間何も返ってきていない")
    assert build_report(snapshot(people, entries, window_days=29), TODAY).feeding == []


def test_bars_scale_and_show_small_values():
    assert bar(100, 100, 4) == "████" and bar(0, 100, 4) == "" and bar(1, 1000, 4) == "▏"


# ----- the rules, in words -------------------------------------------------------------------------------


def test_rule_params_are_the_thresholds():
    assert rule_params() == {
        "feeding_watch": 3,
        "feeding_high": 5,
        "taker_watch": 3,
        "taker_high": 5,
        "comfort_min": 3,
        "shima_invite_score": 3,
        "shima_review_score": 1,
        "payoff_months": 12,
        "trend_months": 3,
        "feeding_cash_watch": 30000,
        "feeding_cash_high": 100000,
    }
    assert rule_params("USD")["feeding_cash_watch"] == 300 and rule_params("USD")["feeding_cash_high"] == 1000


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("name", RULES)
def test_every_rule_is_told_with_its_numbers(name, lang):
    sentence = rule(name, lang)
    assert sentence and "{" not in sentence


def test_rules_name_their_thresholds():
    assert "watch from ¥30,000 and high from ¥100,000 paid to them" in rule("feeding", "en")
    assert "or watch from 3 and high from 5 times unpaid labor" in rule("feeding", "en")
    assert "watch from $300 and high from $1,000" in rule("feeding", "en", "USD")
    assert "¥30,000以上で注意、¥100,000以上で高" in rule("feeding", "ja")
    assert "3回で注意、5回で高" in rule("feeding", "ja")
    assert rule("invite", "en") == "a peer meeting 3 or 4 of the 4 shima criteria"
    assert rule("invite", "ja") == "シマの4つの条件のうち3つ以上を満たすピア"


# ----- the report -------------------------------------------------------------------------------------------


def test_report_text_names_the_influencer_you_feed():
    people = [contact("inf", "Guru", tag="influencer"), contact("p", "Mika", fit=3)]
    text = report_text(snapshot(people, gifts("inf", 5)), TODAY, "en")
    assert "Feeding risk: you are their feed" in text
    assert "[high] Guru (influencer): 5 payments, ¥150,000, nothing back in 12 months" in text
    assert "[info] Mika (peer): meets 3 of 4 shima criteria: worth inviting" in text
    assert "{" not in text


def test_report_text_in_japanese():
    people = [contact("inf", "Guru", tag="influencer"), contact("p", "Mika", fit=3)]
    text = report_text(snapshot(people, gifts("inf", 5)), TODAY, "ja")
    assert "養分リスク：あなたが相手の養分になっている" in text
    assert "[高] Guru (インフルエンサー): 支払い5回（¥150,000）、12か月間何も返ってきていない" in text
    assert "[参考] Mika (ピア): シマの条件を4つのうち3つ満たす：誘う価値あり" in text
    assert "Feeding risk" not in text and "payments" not in text and "{" not in text


def test_report_document_is_english_whatever_the_language():
    people = [contact("inf", "Guru", tag="influencer")]
    document = report_document(snapshot(people, gifts("inf", 5)), TODAY)
    assert document["feeding_risk"][0]["reason"] == "5 payments, ¥150,000, nothing back in 12 months"
    assert document["rules"] == {name: rule(name, "en") for name in RULES}
    assert document["thresholds"] == rule_params()


REPORT_KEYS = {
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


def test_report_json_keys_from_the_command_line(tmp_path):
    people = [
        contact("inf", "Guru", tag="influencer"),
        contact("peer", "Mika", fit=4),
        contact("sh", "佐藤", tag="shima", fit=4, cadence=7, created="2026-01-01T00:00:00+00:00"),
    ]
    today = date.today()
    entries = gifts("inf", 5, day=today) + [entry("old", today - 30 * DAY, ["sh"], "mutual", "collaboration", 10)]
    path = tmp_path / "j.json"
    import_journal(Journal(path), snapshot(people, entries), replace=True)
    done = run_shima("report", "--json", journal=path, env={"SHIMA_LANG": "ja"})  # JSON is English in any language
    assert done.code == 0, done.err
    report = json.loads(done.out)
    assert set(report) == REPORT_KEYS
    assert report["feeding_risk"][0] == {
        "id": "inf",
        "name": "Guru",
        "tag": "influencer",
        "level": "high",
        "reason": "5 payments, ¥150,000, nothing back in 12 months",
        "rule": report["rules"]["feeding"],
    }
    assert set(report["rules"]) == set(RULES) and "high from 5" in report["rules"]["feeding"]
    assert report["thresholds"] == rule_params()
    assert [s["name"] for s in report["shima"]["invite"]] == ["Mika"]
    assert set(report["shima"]["invite"][0]) == {"id", "name", "tag", "level", "reason", "rule", "score"}
    assert report["shima"]["invite"][0]["reason"] == "meets 4 of 4 shima criteria: worth inviting"
    assert report["stay_in_touch"][0]["name"] == "佐藤" and report["stay_in_touch"][0]["overdue_days"] == 23
    assert set(report["stay_in_touch"][0]) == {"id", "name", "tag", "cadence_days", "last", "days_since", "overdue_days"} | {
        "reason"
    }
    assert report["stay_in_touch"][0]["reason"] == "last entry 30 days ago, every 7 days: 23 days overdue"
    assert len(report["payoff"]["months"]) == 12
    assert set(report["payoff"]["months"][0]) >= {
        "month",
        "given_value",
        "received_value",
        "given_count",
        "received_count",
        "own_effort",
        "sales",
        "network_sales",
        "spent",
        "net",
    }
    assert set(report["balance"]["by_tag"]) == {"peer", "influencer", "shima"}
    human = run_shima("report", journal=path, env={"SHIMA_LANG": "en"}).out
    assert "Guru (influencer): 5 payments" in human and "Mika" in human and "佐藤" in human
    japanese = run_shima("report", journal=path, env={"SHIMA_LANG": "ja"}).out
    assert "[高] Guru (インフルエンサー): 支払い5回（¥150,000）" in japanese and "佐藤" in japanese
