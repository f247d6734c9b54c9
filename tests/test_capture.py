"""One line, in the words you think in (issue 22, points 1 and 3): what each captured line records,
what is refused and why, who each @ finds, the word at the cursor, and (hypothesis) that any text is
read or refused with a Problem and that generated lines read back exactly."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal import actions
from journal.capture import (
    HASH_WORDS,
    USUAL_DIRECTION,
    VOCABULARY,
    Token,
    contact_ids,
    parse_line,
    resolve_mentions,
    token_at,
)
from journal.lookup import LookupProblem
from journal.problems import Problem
from journal.records import DIRECTIONS, KINDS, Contact, Direction
from journal.store import Journal
from journal.words import CATALOGUES, explain, placeholders
from journal.words import capture as words

TODAY = date(2026, 11, 25)  # a Wednesday
STAMP = "2026-11-25T09:00:00+09:00"


class Line(NamedTuple):
    """What a line must record: the day, the people as the grammar reads them, the entry, the promise."""

    day: date
    people: list[str]
    direction: str
    kind: str | None
    value: int | float | None
    text: str
    promise: tuple | None = None  # (mine, due, text, kind)
    has_entry: bool = True


def on(day: int, month: int = 11) -> date:
    return date(2026, month, day)


LINES = [
    # the examples, verbatim
    (
        "yesterday: lunch with @tanaka, he introduced a client #referral #received ¥30,000",
        Line(on(24), ["tanaka"], "received", "referral", 30000, "lunch with tanaka, he introduced a client"),
    ),
    (
        "先週の金曜：@佐藤 @たなか と打ち合わせ #協業 3万円",
        Line(on(20), ["佐藤", "たなか"], "mutual", "collaboration", 30000, "佐藤 たなか と打ち合わせ"),
    ),
    ("@kenji salon fee #paid 9800", Line(TODAY, ["kenji"], "gave", "money", 9800, "kenji salon fee")),
    ("wrote the landing page", Line(TODAY, [], "note", None, None, "wrote the landing page")),
    # a number is no amount on a note, nor when a word follows it
    ("met 2 people", Line(TODAY, [], "note", None, None, "met 2 people")),
    ("@kenji 3 hours on his slides #labor", Line(TODAY, ["kenji"], "gave", "labor", None, "kenji 3 hours on his slides")),
    ("@kenji 9800 salon #paid", Line(TODAY, ["kenji"], "gave", "money", None, "kenji 9800 salon")),
    ("@hana brought 2 CEO friends #referral", Line(TODAY, ["hana"], "received", "referral", None, "hana brought 2 CEO friends")),
    ("3万人のフォロワーがいる @hana", Line(TODAY, ["hana"], "note", None, None, "3万人のフォロワーがいる hana")),
    ("10:30 call with @hana", Line(TODAY, ["hana"], "note", None, None, "10:30 call with hana")),
    # dates: a leading WHEN and a colon, in either language
    ("2026-11-20: @hana coffee", Line(on(20), ["hana"], "note", None, None, "hana coffee")),
    ("11/20: @hana coffee #note", Line(on(20), ["hana"], "note", None, None, "hana coffee")),
    ("11月20日：@はな とお茶", Line(on(20), ["はな"], "note", None, None, "はな とお茶")),
    ("yesterday 9am: call with @hana", Line(on(24), ["hana"], "note", None, None, "call with hana")),
    ("2026-11-20 10:30: call", Line(on(20), [], "note", None, None, "call")),
    ("memo: call @hana", Line(TODAY, ["hana"], "note", None, None, "memo: call hana")),
    # honorifics and particles end a name
    ("昨日：@佐藤さんと打ち合わせ #協業", Line(on(24), ["佐藤"], "mutual", "collaboration", None, "佐藤さんと打ち合わせ")),
    ("@ケンジ のサロン会費 #会費 9800円", Line(TODAY, ["ケンジ"], "gave", "money", 9800, "ケンジ のサロン会費")),
    ("@kenjiさん のセミナー #会費 ¥33,000", Line(TODAY, ["kenji"], "gave", "money", 33000, "kenjiさん のセミナー")),
    ("@tanaka、@佐藤 と会食 #メモ", Line(TODAY, ["tanaka", "佐藤"], "note", None, None, "tanaka、佐藤 と会食")),
    ("lunch with @tanaka.", Line(TODAY, ["tanaka"], "note", None, None, "lunch with tanaka.")),
    (
        "@tanaka's team sent a report #info",
        Line(TODAY, ["tanaka"], "received", "information", None, "tanaka's team sent a report"),
    ),
    # names with spaces, in quotes
    ('@"Sato Ken" lunch #note', Line(TODAY, ["Sato Ken"], "note", None, None, "Sato Ken lunch")),
    ("@「佐藤 健」とランチ", Line(TODAY, ["佐藤 健"], "note", None, None, "佐藤 健とランチ")),
    # a kind alone takes its usual direction
    ("@hana sent me a grant tip #info", Line(TODAY, ["hana"], "received", "information", None, "hana sent me a grant tip")),
    ("@hana 補助金の情報 #情報", Line(TODAY, ["hana"], "received", "information", None, "hana 補助金の情報")),
    ("@hana cheered my launch #support", Line(TODAY, ["hana"], "received", "support", None, "hana cheered my launch")),
    ("@hana のイベントを手伝った #作業", Line(TODAY, ["hana"], "gave", "labor", None, "hana のイベントを手伝った")),
    ("@yamada joint webinar #collab", Line(TODAY, ["yamada"], "mutual", "collaboration", None, "yamada joint webinar")),
    ("@yamada #コラボ セミナー共催", Line(TODAY, ["yamada"], "mutual", "collaboration", None, "yamada セミナー共催")),
    ("@hana an idea for my pricing #idea", Line(TODAY, ["hana"], "received", "idea", None, "hana an idea for my pricing")),
    ("@hana a book #money #gave", Line(TODAY, ["hana"], "gave", "money", None, "hana a book")),
    ("@hana something else #other", Line(TODAY, ["hana"], "received", "other", None, "hana something else")),
    # a direction with its kind, and a direction alone (kind other)
    ("@shota asked about pricing #gave #idea", Line(TODAY, ["shota"], "gave", "idea", None, "shota asked about pricing")),
    ("@shota 価格の相談に乗った #あげた #アイデア", Line(TODAY, ["shota"], "gave", "idea", None, "shota 価格の相談に乗った")),
    ("@hana #mutual podcast episode", Line(TODAY, ["hana"], "mutual", "other", None, "hana podcast episode")),
    ("@hana #もらった 2万5千円 お祝い", Line(TODAY, ["hana"], "received", "other", 25000, "hana お祝い")),
    ("@hana 1.5万 #お金 #もらった 講座の返金", Line(TODAY, ["hana"], "received", "money", 15000, "hana 講座の返金")),
    # the shortcuts that carry both
    ("I introduced @hana to a client #intro", Line(TODAY, ["hana"], "gave", "referral", None, "I introduced hana to a client")),
    ("@hana にお客さんを紹介した #紹介した", Line(TODAY, ["hana"], "gave", "referral", None, "hana にお客さんを紹介した")),
    (
        "@hana からお客さんを紹介された #紹介された ¥150,000",
        Line(TODAY, ["hana"], "received", "referral", 150000, "hana からお客さんを紹介された"),
    ),
    ("@kenji salon #fee ¥9,800", Line(TODAY, ["kenji"], "gave", "money", 9800, "kenji salon")),
    ("先週の月曜：@ケンジ のサロン 9800 #支払い", Line(on(16), ["ケンジ"], "gave", "money", 9800, "ケンジ のサロン")),
    ("#paid ¥9,800, salon @kenji", Line(TODAY, ["kenji"], "gave", "money", 9800, "salon kenji")),
    ("@x #paid 三千円 お茶代", Line(TODAY, ["x"], "gave", "money", 3000, "x お茶代")),
    # sales
    ("#sale ¥150,000 website for Yamada Design", Line(TODAY, [], "sale", None, 150000, "website for Yamada Design")),
    ("#売上 15万円 ホームページ制作", Line(TODAY, [], "sale", None, 150000, "ホームページ制作")),
    # full-width and any case
    ("＠ｋｅｎｊｉ ＃ＰＡＩＤ ￥９，８００ seminar", Line(TODAY, ["ｋｅｎｊｉ"], "gave", "money", 9800, "ｋｅｎｊｉ seminar")),
    ("@kenji seminar #Paid 33000", Line(TODAY, ["kenji"], "gave", "money", 33000, "kenji seminar")),
    # hashtags of one's own stay; e-mail and C# are no markers
    ("lunch with @tanaka #coffee", Line(TODAY, ["tanaka"], "note", None, None, "lunch with tanaka #coffee")),
    ("C# study group with @hana", Line(TODAY, ["hana"], "note", None, None, "C# study group with hana")),
    ("mailed hana@example.com the deck", Line(TODAY, [], "note", None, None, "mailed hana@example.com the deck")),
    # promises: > mine, < theirs, due from the line's day
    (
        "@kenji > friday send the deck",
        Line(TODAY, ["kenji"], "note", None, None, "kenji", (True, on(27), "send the deck", None), has_entry=False),
    ),
    (
        "@hana < 来週の金曜までに資料をもらう #情報",
        Line(TODAY, ["hana"], "note", None, None, "hana", (False, on(4, 12), "資料をもらう", "information"), has_entry=False),
    ),
    (
        "@kenji lunch #note > next week intro to my accountant #intro",
        Line(TODAY, ["kenji"], "note", None, None, "kenji lunch", (True, on(30), "intro to my accountant", "referral")),
    ),
    (
        "yesterday: @kenji lunch > tomorrow send the deck",
        Line(on(24), ["kenji"], "note", None, None, "kenji lunch", (True, TODAY, "send the deck", None)),
    ),
    (
        "@佐藤 打ち合わせ #協業 > 3日後 見積もりを送る",
        Line(TODAY, ["佐藤"], "mutual", "collaboration", None, "佐藤 打ち合わせ", (True, on(28), "見積もりを送る", None)),
    ),
    (
        "@hana < 2026-12-01: the contract",
        Line(TODAY, ["hana"], "note", None, None, "hana", (False, on(1, 12), "the contract", None), has_entry=False),
    ),
]


def test_the_table_is_large_and_in_both_languages():
    japanese = [line for line, _ in LINES if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", line)]
    assert len(LINES) >= 40 and len(japanese) >= 15


@pytest.mark.parametrize(("line", "expected"), LINES, ids=[line for line, _ in LINES])
def test_what_each_line_records(line, expected):
    got = parse_line(line, TODAY, "JPY")
    promise = got.promise and (got.promise.mine, got.promise.due, got.promise.text, got.promise.kind)
    recorded = Line(got.day, [m.name for m in got.mentions], got.direction, got.kind, got.value, got.text, promise, got.has_entry)
    assert recorded == expected
    assert got.day_said == (expected.day != TODAY or line.startswith(("today", "yesterday: @kenji")))


def test_a_line_without_a_date_is_today_and_says_so():
    assert parse_line("wrote the landing page", TODAY, "JPY").day_said is False
    assert parse_line("today: wrote the landing page", TODAY, "JPY").day_said is True


def test_amounts_in_the_journals_own_currency():
    assert parse_line("@mike lunch #paid $12.50", TODAY, "USD").value == 12.5
    assert parse_line("@mike lunch #paid 12.50 USD", TODAY, "USD").value == 12.5
    assert parse_line("@mike lunch #paid 12.50", TODAY, "USD").value == 12.5


def test_a_particle_after_a_word_stays_in_the_text():
    got = parse_line("@hana と #協業で セミナー", TODAY, "JPY")
    assert (got.direction, got.kind, got.words, got.text) == ("mutual", "collaboration", ("#協業",), "hana と で セミナー")


def test_the_fields_a_front_end_logs():
    got = parse_line("yesterday: @kenji salon fee #paid 9800", TODAY, "JPY")
    assert got.entry_fields(["c1"]) == {
        "date": on(24),
        "contacts": ["c1"],
        "direction": "gave",
        "kind": "money",
        "value": 9800,
        "text": "kenji salon fee",
    }
    assert got.promise is None and got.words == ("#paid",)


def test_what_a_line_means_is_what_the_journal_stores(tmp_path):
    """The contract with the front ends: resolve the people, log entry_fields, and the journal holds
    exactly what the line said (and a line that breaks nothing of the records is never refused there)."""
    journal = Journal(tmp_path / "journal.json")
    kenji = actions.add_contact(journal, {"name": "Kenji Mori"})
    hana = actions.add_contact(journal, {"name": "花子", "reading": "はなこ"})
    for line in ("yesterday: @kenji salon fee #paid 9800", "先週の金曜：@はなこ さんと打ち合わせ #協業 3万円", "#売上 15万円"):
        got = parse_line(line, TODAY, "JPY")
        ids = contact_ids(resolve_mentions(got, journal.contacts.values()))
        stored = actions.log_entry(journal, got.entry_fields(ids))
        assert (stored.date, stored.contacts, stored.direction, stored.kind, stored.value, stored.text) == (
            got.day,
            ids,
            got.direction,
            got.kind,
            got.value,
            got.text,
        )
    assert isinstance(got.direction, Direction)
    assert [e.contacts for e in sorted(Journal(tmp_path / "journal.json").entries.values(), key=lambda e: e.date)] == [
        [hana.id],
        [kenji.id],
        [],
    ]


# ----- refusals -----------------------------------------------------------------------------------

REFUSALS = [
    ("@x #gave #received ok", "capture.two_directions", {"words": "#gave #received"}),
    ("@x #あげた #もらった", "capture.two_directions", {"words": "#あげた #もらった"}),
    ("@x #paid #received refund", "capture.two_directions", {}),  # #paid is a gift of money: gave
    ("@x #sale #gave ¥3,000", "capture.two_directions", {}),
    ("@x #note #referral", "capture.kind_on_note", {"words": "#note #referral"}),
    ("@x #メモ #紹介", "capture.kind_on_note", {}),
    ("#sale #referral ¥3,000", "capture.kind_on_sale", {}),
    ("@x #referral #collab", "capture.two_kinds", {"words": "#referral #collab"}),
    ("@x #paid ¥100 ¥200", "capture.two_amounts", {"first": "¥100", "second": "¥200"}),
    ("@x #paid 100, 200", "capture.two_amounts", {"first": "100", "second": "200"}),
    ("@x #paid 3万円 5000円", "capture.two_amounts", {}),
    ("lunch ¥3,000 @x", "capture.amount_needs_word", {"amount": "¥3,000"}),
    ("売上3万円アップ", "capture.amount_needs_word", {"amount": "3万円"}),
    ("#sale website", "capture.sale_needs_amount", {}),
    ("#売上 ホームページ", "capture.sale_needs_amount", {}),
    ("#recieved @x a book", "capture.near_word", {"word": "#recieved", "suggestion": "#received"}),
    ("#colab @x", "capture.near_word", {"suggestion": "#collab"}),
    ('@"Sato lunch', "capture.open_quote", {"text": '@"Sato lunch'}),
    ("@「佐藤 とランチ", "capture.open_quote", {}),
    ("", "capture.empty", {}),
    ("   ", "capture.empty", {}),
    ("yesterday:", "capture.empty", {}),
    ("x" * 100_001, "capture.too_long", {"limit": 100_000, "length": 100_001}),
    ("@x > blah blah", "capture.promise_due", {"marker": ">", "text": "blah blah"}),
    ("@x <", "capture.promise_due", {"marker": "<", "text": ""}),
    ("@x > friday", "capture.promise_empty", {"marker": ">"}),
    ("@x > friday #received the deck", "capture.two_directions", {"words": "> #received"}),
    ("@x < friday #referral #collab", "capture.two_kinds", {}),
    # refusals of the parts: dates, due days, amounts
    ("2026-02-30: lunch", "date.impossible", {"last_day": 28}),
    ("june: plan the launch", "date.month_only", {"month": 6}),
    ("@x > yesterday send the deck", "date.due_past", {"day": "2026-11-24"}),
    ("@x > 12月に送る", "date.month_only", {}),
    ("$500 #paid @x", "amount.wrong_currency", {"sign": "$", "currency": "JPY"}),
    ("@x 500 USD #paid", "amount.wrong_currency", {}),
    ("@x 100ドル #支払い", "amount.wrong_currency", {}),
    ("@x #paid 3万5", "amount.ambiguous", {}),
    ("@x #paid 3.5", "amount.not_whole", {}),
]


@pytest.mark.parametrize(("line", "code", "params"), REFUSALS, ids=[line[:40] for line, _, _ in REFUSALS])
def test_refusals_name_the_reason(line, code, params):
    with pytest.raises(Problem) as caught:
        parse_line(line, TODAY, "JPY")
    assert caught.value.code == code
    assert params.items() <= caught.value.params.items()
    for lang in ("en", "ja"):
        sentence = explain(caught.value, lang)
        assert sentence and not re.search(r"\{\w+\}", sentence), sentence


def test_an_amount_in_another_currency_is_refused_in_a_dollar_journal_too():
    with pytest.raises(Problem) as caught:
        parse_line("@mike #paid ¥3000", TODAY, "USD")
    assert caught.value.code == "amount.wrong_currency"


def test_every_capture_code_is_tried_and_reads_in_both_languages():
    tried = {code for _, code, _ in REFUSALS if code.startswith("capture.")}
    assert tried == set(words.EN) == set(words.JA)
    for code in words.EN:
        assert placeholders(words.EN[code]) == placeholders(words.JA[code]), code
        assert CATALOGUES["ja"][code] == words.JA[code]


def test_a_refusal_reads_naturally():
    with pytest.raises(Problem) as caught:
        parse_line("#recieved @x a book", TODAY, "JPY")
    assert explain(caught.value, "en") == "#recieved is not one of shima's # words; did you mean #received?"
    assert explain(caught.value, "ja") == "#recieved は shima の # の言葉ではありません。#received のことですか？"


# ----- people ---------------------------------------------------------------------------------------


def person(contact_id: str, name: str, reading: str = "") -> Contact:
    return Contact(id=contact_id, name=name, reading=reading, created_at=STAMP, updated_at=STAMP)


PEOPLE = [
    person("c-tanaka", "田中 太郎", "たなか たろう"),
    person("c-ken", "佐藤 健", "さとう けん"),
    person("c-hanako", "佐藤 花子", "さとう はなこ"),
    person("c-kenji", "Kenji Mori"),
    person("c-ayano", "あやの"),
    person("c-aya", "あや"),
]


def found(line: str, people=PEOPLE) -> list[tuple[str, str | None, str | None]]:
    resolved = resolve_mentions(parse_line(line, TODAY, "JPY"), people)
    return [(r.mention.typed, r.contact_id, r.problem and r.problem.code) for r in resolved]


def test_mentions_are_found_as_dash_c_finds_them():
    assert found("@tanaka @たなか @タナカ @kenji @Mori lunch") == [
        ("tanaka", "c-tanaka", None),
        ("たなか", "c-tanaka", None),
        ("タナカ", "c-tanaka", None),
        ("kenji", "c-kenji", None),
        ("Mori", "c-kenji", None),
    ]


def test_an_honorific_or_a_particle_ends_a_name():
    assert found("@kenjiさんと打ち合わせ @田中さんに連絡 @たなかくん") == [
        ("kenjiさんと打ち合わせ", "c-kenji", None),
        ("田中さんに連絡", "c-tanaka", None),
        ("たなかくん", "c-tanaka", None),
    ]


def test_a_hiragana_name_is_tried_whole_before_its_particle_is_cut():
    assert found("@たなかと相談") == [("たなかと相談", "c-tanaka", None)]  # たなかと is no one: たなか
    assert found("@あやの") == [("あやの", "c-ayano", None)]  # not あや and its の
    assert found("@あやの資料") == [("あやの資料", "c-ayano", None)]


def test_an_ambiguous_reading_stops_the_search_with_its_candidates():
    two_ayanos = [person("a1", "あやの"), person("a2", "あやの"), person("a3", "あや")]
    [resolved] = resolve_mentions(parse_line("@あやの lunch", TODAY, "JPY"), two_ayanos)
    assert resolved.ambiguous and resolved.candidates == [("あやの", "a1"), ("あやの", "a2")]
    [sato] = resolve_mentions(parse_line("@佐藤さんと打ち合わせ", TODAY, "JPY"), PEOPLE)
    assert sato.ambiguous and sato.problem.params["query"] == "佐藤"
    assert sato.candidates == [("佐藤 健", "c-ken"), ("佐藤 花子", "c-hanako")]


def test_an_unknown_name_is_named_as_the_grammar_reads_it():
    [nobody] = resolve_mentions(parse_line("@鈴木さんと打ち合わせ", TODAY, "JPY"), PEOPLE)
    assert (nobody.contact_id, nobody.problem.code, nobody.problem.params["query"]) == (None, "lookup.unknown", "鈴木")
    assert not nobody.ambiguous and nobody.candidates == []


def test_the_command_line_takes_ids_once_or_refuses_the_first_it_cannot_find():
    assert contact_ids(resolve_mentions(parse_line("@tanaka @たなか @kenji", TODAY, "JPY"), PEOPLE)) == ["c-tanaka", "c-kenji"]
    with pytest.raises(LookupProblem) as caught:
        contact_ids(resolve_mentions(parse_line("@tanaka @佐藤 @nobody", TODAY, "JPY"), PEOPLE))
    assert caught.value.code == "lookup.ambiguous"
    assert "佐藤 健 (c-ken)" in explain(caught.value, "en")


# ----- the word at the cursor, and the vocabulary ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "cursor", "expected"),
    [
        ("lunch @tan", 10, Token("@", "tan", 6, 10)),
        ("lunch @tan with", 8, Token("@", "t", 6, 10)),  # the word goes on past the cursor
        ("lunch @", 7, Token("@", "", 6, 7)),  # just typed: complete from everyone
        ('a @"Sato K', 10, Token("@", "Sato K", 2, 10)),  # a quoted name being typed
        ("打ち合わせ #協", 8, Token("#", "協", 6, 8)),
        ("＃ｐａ", 3, Token("#", "ｐａ", 0, 3)),
        ("@kenji #pa 9800", 10, Token("#", "pa", 7, 10)),
        ("lunch with", 5, None),
        ("me@example.com", 5, None),
        ("@kenji lunch", 9, None),
    ],
)
def test_the_word_at_the_cursor(line, cursor, expected):
    assert token_at(line, cursor) == expected


def test_the_vocabulary_means_what_the_records_know():
    assert set(HASH_WORDS) == {"en", "ja"}
    assert {*HASH_WORDS["en"], *HASH_WORDS["ja"]} == set(VOCABULARY)
    for meaning in VOCABULARY.values():
        assert meaning.direction in (None, *DIRECTIONS) and meaning.kind in (None, *KINDS)
    assert set(USUAL_DIRECTION) == set(KINDS) and all(direction.is_contribution for direction in USUAL_DIRECTION.values())
    meanings = {(m.direction, m.kind) for m in VOCABULARY.values()}
    assert {(d, None) for d in DIRECTIONS} | {(None, k) for k in KINDS} <= meanings  # every one can be said
    for word in VOCABULARY:  # every word, each language's spelling, reads back as itself
        assert parse_line(f"@x a thing #{word} ¥1,000", TODAY, "JPY").words == (f"#{word}",)


# ----- any text, and generated lines ------------------------------------------------------------------------

GRAMMAR_TEXT = st.text(
    alphabet='@#＠＃<>:："「」 、。,.¥$円万0123456789abcdefgkn たなか佐藤さんと' + "".join(HASH_WORDS["ja"][:6]), max_size=60
)


@given(st.one_of(st.text(max_size=80), GRAMMAR_TEXT), st.integers(min_value=0, max_value=90))
def test_any_text_is_read_or_refused_with_a_problem(line, cursor):
    try:
        got = parse_line(line, TODAY, "JPY")
    except Problem as problem:
        assert explain(problem, "en") and explain(problem, "ja")
    else:
        assert got.direction in DIRECTIONS and got.text == got.text.strip()
        assert got.has_entry or got.promise is not None
    token = token_at(line, cursor)
    assert token is None or line[token.start] in "@#＠＃"


DATES = [
    ("", TODAY),
    ("yesterday: ", on(24)),
    ("昨日：", on(24)),
    ("2026-11-20: ", on(20)),
    ("11月20日：", on(20)),
    ("monday: ", on(23)),
]
NAMES = ["tanaka", "kenji", "佐藤", "たなか", "ケンジ"]
SAYINGS = [  # # words as typed, and the direction and kind they give
    ([], "note", None),
    (["#note"], "note", None),
    (["#gave"], "gave", "other"),
    (["#referral"], "received", "referral"),
    (["#referral", "#received"], "received", "referral"),
    (["#協業"], "mutual", "collaboration"),
    (["#paid"], "gave", "money"),
    (["#あげた", "#アイデア"], "gave", "idea"),
    (["#紹介された"], "received", "referral"),
    (["#もらった", "#お金"], "received", "money"),
]
AMOUNTS = [("¥{:,}", 1), ("{}円", 1), ("{:,}円", 1), ("{}万円", 10_000), ("{}万", 10_000)]
WORDS = ["lunch", "coffee", "salon", "talk", "打ち合わせ", "ランチ", "相談"]


@st.composite
def lines(draw):
    """A line from its parts in any order, and what it must record."""
    prefix, day = draw(st.sampled_from(DATES))
    names = draw(st.lists(st.sampled_from(NAMES), max_size=3))
    hashes, direction, kind = draw(st.sampled_from(SAYINGS))
    texts = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))
    amount = None
    if hashes and direction != "note" and draw(st.booleans()):
        shape, unit = draw(st.sampled_from(AMOUNTS))
        number = draw(st.integers(min_value=1, max_value=99_999))
        amount = (shape.format(number), number * unit)
    parts = [("name", n) for n in names] + [("word", h) for h in hashes] + [("text", t) for t in texts]
    parts += [("amount", amount[0])] if amount else []
    order = draw(st.permutations(parts))
    line = prefix + " ".join("@" + value if what == "name" else value for what, value in order)
    kept = " ".join(value for what, value in order if what in ("name", "text"))
    people = [value for what, value in order if what == "name"]
    return line, Line(day, people, direction, kind, amount and amount[1], kept)


@given(lines())
def test_generated_lines_read_back(case):
    line, expected = case
    got = parse_line(line, TODAY, "JPY")
    assert Line(got.day, [m.name for m in got.mentions], got.direction, got.kind, got.value, got.text) == expected
