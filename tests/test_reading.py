"""Readings (よみ): finding a contact by its reading in kana or romaji, and あいうえお順 (issue 13, point 4)."""

from __future__ import annotations

import jaconv
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.reading import NameKey, matches, normalise_reading, search_key, sort_key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("たなか", "たなか"),
        ("タナカ", "たなか"),
        ("ﾀﾅｶ", "たなか"),
        ("ｶﾞｯｺｳ", "がっこう"),
        ("  さとう  ", "さとう"),
        ("\u3000サトウ\u3000ハナコ ", "さとう はなこ"),
        ("ヴァイオリン", "ゔぁいおりん"),
        ("サトー", "さとー"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_readings_are_stored_as_hiragana(typed, stored):
    assert normalise_reading(typed) == stored


CONTACTS = {
    "田中": "たなか",
    "佐藤": "さとう",
    "真司": "しんじ",
    "津田": "つだ",
    "本間": "ほんま",
    "新一": "しんいち",
    "大野": "おおの",
    "恵子": "けいこ",
    "小林": "コバヤシ",  # a reading typed in katakana
    "千秋": "ちあき",
    "純一郎": "じゅんいちろう",
    "高橋": "たかはし",
    "抹茶屋": "まっちゃや",
    "藤原": "ふじわら",
    "Brown": "",
    "Anna Smith": "",
    "さくら": "",  # a name written in kana is its own reading
    "漢字だけ": "",  # no reading: only the name itself can be found
}
KEYS = {name: search_key(name, reading) for name, reading in CONTACTS.items()}

FOUND = [
    # query, the contacts it finds (exactly)
    ("田中", {"田中"}),
    ("たなか", {"田中"}),
    ("タナカ", {"田中"}),
    ("ﾀﾅｶ", {"田中"}),
    ("なか", {"田中"}),
    ("tanaka", {"田中"}),
    ("TANAKA", {"田中"}),
    ("ｔａｎａｋａ", {"田中"}),
    ("tana", {"田中"}),
    ("tanak", {"田中"}),  # an unfinished syllable narrows, it does not empty the list
    ("naka", {"田中"}),
    ("satou", {"佐藤"}),
    ("sato", {"佐藤"}),
    ("satoh", {"佐藤"}),
    ("satoo", {"佐藤"}),
    ("satō", {"佐藤"}),
    ("sato-", {"佐藤"}),
    ("shinji", {"真司"}),
    ("sinzi", {"真司"}),
    ("sinji", {"真司"}),
    ("shinzi", {"真司"}),
    ("tsuda", {"津田"}),
    ("tuda", {"津田"}),
    ("tsu", {"津田"}),
    ("tu", {"津田"}),
    ("homma", {"本間"}),  # Hepburn's m before b, m, p
    ("honma", {"本間"}),
    ("shinichi", {"新一"}),
    ("shin'ichi", {"新一"}),
    ("shinnichi", {"新一"}),
    ("siniti", {"新一"}),
    ("ohno", {"大野"}),
    ("oono", {"大野"}),
    ("ono", {"大野"}),
    ("ōno", {"大野"}),
    ("keiko", {"恵子"}),
    ("keko", {"恵子"}),
    ("kobayashi", {"小林"}),
    ("kobayasi", {"小林"}),
    ("こばやし", {"小林"}),
    ("コバヤシ", {"小林"}),
    ("chiaki", {"千秋"}),
    ("tiaki", {"千秋"}),
    ("junichiro", {"純一郎"}),
    ("jun'ichirou", {"純一郎"}),
    ("zyunitiroo", {"純一郎"}),
    ("jyunichirou", {"純一郎"}),
    ("takahashi", {"高橋"}),
    ("takahasi", {"高橋"}),
    ("matchaya", {"抹茶屋"}),
    ("macchaya", {"抹茶屋"}),
    ("mattyaya", {"抹茶屋"}),
    ("cha", {"抹茶屋"}),
    ("tya", {"抹茶屋"}),
    ("cya", {"抹茶屋"}),
    ("ccha", {"抹茶屋"}),  # starting at the っ
    ("fujiwara", {"藤原"}),
    ("huziwara", {"藤原"}),
    ("fuji", {"藤原"}),
    ("sakura", {"さくら"}),
    ("サクラ", {"さくら"}),
    ("brown", {"Brown"}),
    ("ＢＲＯＷＮ", {"Brown"}),
    ("smith", {"Anna Smith"}),
    ("ann", {"Anna Smith"}),
    ("漢字", {"漢字だけ"}),
    ("ka", {"田中", "高橋"}),
    ("ta", {"田中", "高橋"}),
    ("shi", {"真司", "新一", "小林", "高橋"}),
]


@pytest.mark.parametrize(("query", "found"), FOUND)
def test_queries_find_exactly_these_contacts(query, found):
    assert {name for name, key in KEYS.items() if matches(key, query)} == found


@pytest.mark.parametrize(
    ("name", "reading", "query"),
    [
        ("佐藤", "さとう", "ka"),  # no か sound in さとう
        ("津田", "つだ", "su"),  # つ is tsu, not su
        ("田中", "たなか", "ana"),  # not a syllable: t-ana-ka
        ("田中", "たなか", "anaka"),
        ("田中", "たなか", "tanaka taro"),
        ("田中", "たなか", "たなかたろう"),
        ("田中", "たなか", "kana"),
        ("真司", "しんじ", "shinzo"),
        ("真司", "しんじ", "じん"),
        ("漢字だけ", "", "kanji"),  # no reading, nothing to read the romaji against
        ("漢字だけ", "", "かんじ"),
        ("Brown", "", "buraun"),
        ("田中", "たなか", "x"),
        ("田中", "たなか", "tanaka!"),
    ],
)
def test_no_false_hits(name, reading, query):
    assert not matches(search_key(name, reading), query)


def test_an_empty_query_finds_everyone():
    assert all(matches(key, "") and matches(key, "  ") for key in KEYS.values())


def test_the_key_is_computed_once_from_name_and_reading():
    key = search_key("小林", " コバヤシ ")
    assert isinstance(key, NameKey)
    assert key.reading == "こばやし" and key.name == "小林"
    assert search_key("Brown").reading == ""


BASIC = list("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわん")
BASIC += list("がぎぐげござじずぜぞだでどばびぶべぼぱぴぷぺぽ")
COMBINED = [base + small for base in "きしちにひみりぎじびぴ" for small in "ゃゅょ"]
NOT_DOUBLED = set("あいうえおなにぬねのやゆよわんまみむめも")


@st.composite
def readings(draw):
    """Readings built from syllables, with っ where Japanese allows it (before a consonant)."""
    syllables = draw(st.lists(st.sampled_from(BASIC + COMBINED), min_size=1, max_size=7))
    out: list[str] = []
    for index, syllable in enumerate(syllables):
        if index and syllable[0] not in NOT_DOUBLED and out[-1] not in "っん" and draw(st.integers(0, 3)) == 0:
            out.append("っ")
        out.append(syllable)
    return "".join(out)


@settings(max_examples=300)
@given(readings())
def test_hepburn_and_every_prefix_of_it_finds_the_reading(reading):
    key = search_key("漢字", reading)
    hepburn = jaconv.kana2alphabet(reading)  # an independent romaniser as the oracle
    for end in range(1, len(hepburn) + 1):
        assert matches(key, hepburn[:end]), (reading, hepburn[:end])
    assert matches(key, reading) and matches(key, jaconv.hira2kata(reading)) and matches(key, jaconv.hira2hkata(reading))


@settings(max_examples=300)
@given(readings(), st.data())
def test_romaji_of_any_later_syllables_finds_the_reading(reading, data):
    key = search_key("漢字", reading)
    cut = data.draw(st.integers(0, len(reading) - 1))
    tail = reading[cut:]
    if tail[0] not in "あいうえおんゃゅょ":  # start at a syllable (っ too), not at a long vowel or ん
        assert matches(key, jaconv.kana2alphabet(tail)), (reading, tail)


def test_sorted_in_aiueo_order_by_reading():
    people = [("田中", "たなか"), ("Brown", ""), ("佐藤", "さとう"), ("伊藤", "いとう"), ("後藤", "ごとう"), ("小林", "コバヤシ")]
    people += [("さくら", ""), ("漢字だけ", ""), ("大野", "おおの"), ("近藤", "こんどう"), ("佐々木", "ささき"), ("Adams", "")]
    ordered = [name for name, reading in sorted(people, key=lambda person: sort_key(*person))]
    # Latin names first, then あいうえお順 (ご sorts with こ, not after all か-row), names without a reading last
    assert ordered == ["Adams", "Brown", "伊藤", "大野", "後藤", "小林", "近藤", "さくら", "佐々木", "佐藤", "田中", "漢字だけ"]


def test_voiced_and_small_kana_only_break_ties():
    assert sort_key("a", "はは") < sort_key("b", "ばば") < sort_key("c", "はひ")
    assert sort_key("a", "きよう")[0] == sort_key("b", "きょう")[0]  # small kana read as their large forms first
    assert sort_key("a", "きあ") < sort_key("b", "きょう") < sort_key("c", "きら")
    assert sort_key("x", "さとー")[0] == sort_key("x", "さとお")[0]  # a long mark sorts as the vowel it lengthens
