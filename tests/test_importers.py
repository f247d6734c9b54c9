"""Importers on files shaped like the ones people really have (issue 14).

The fixtures in tests/fixtures are written the way the exporters write them: an iPhone's vCard 3.0
(a fold inside a UTF-8 character, a broken base64 photo, a note with an unescaped newline), an
Android vCard 2.1 (quoted-printable with soft line breaks, Shift_JIS), a vCard 4.0 with LF line
ends and a card cut off at the end, both Google CSV headers (the older one in UTF-16), a Google
CSV re-saved by Japanese Excel (cp932), LinkedIn's Connections.csv with its preamble, and a bank
statement CSV that is none of them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.importers import ImportProblem, ParsedFile, Person, Skipped, detect_format, parse_people, require_format
from journal.importers.fields import email_source, phone_source, profile_url
from journal.words import CATALOGUES, placeholders, say
from journal.words import importers as words

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def parsed(name: str, format: str) -> ParsedFile:
    return parse_people(fixture(name), format)


def by_name(result: ParsedFile) -> dict[str, Person]:
    return {person.name: person for person in result.people}


def skips(result: ParsedFile) -> list[tuple[str, str, dict]]:
    return [(skip.where, skip.code, skip.params) for skip in result.skipped]


# ----- telling formats apart ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("iphone_v3.vcf", "vcard"),
        ("android_v21.vcf", "vcard"),
        ("contacts_v4.vcf", "vcard"),
        ("google_contacts.csv", "google"),
        ("google_legacy.csv", "google"),
        ("google_excel_cp932.csv", "google"),
        ("linkedin_connections.csv", "linkedin"),
        ("bank_statement.csv", None),
    ],
)
def test_the_format_is_recognised_from_the_content(name, expected):
    assert detect_format(fixture(name)) == expected


def test_a_shima_export_is_recognised_and_other_json_is_not():
    export = b'{\n  "format": "shima-journal",\n  "version": 1,\n  "contacts": [],\n  "entries": []\n}\n'
    assert detect_format(export) == "shima"
    assert detect_format(b"\xef\xbb\xbf" + export) == "shima"
    # A note that mentions the key is inside a JSON string, so its quotes are escaped: not a match.
    assert detect_format(b'{"format": "other", "notes": "\\"format\\": \\"shima-journal\\""}') is None
    assert detect_format(b'{"name": "x"}') is None


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"name,phone\nTaro,090\n", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"],
)
def test_other_files_are_not_recognised(data):
    assert detect_format(data) is None


def test_require_format_refuses_with_a_code():
    with pytest.raises(ImportProblem) as empty:
        require_format(b"")
    assert empty.value.code == "import.empty"
    with pytest.raises(ImportProblem) as unknown:
        require_format(fixture("bank_statement.csv"))
    assert unknown.value.code == "import.unrecognised"
    assert require_format(fixture("linkedin_connections.csv")) == "linkedin"


# ----- vCard 3.0 from an iPhone -------------------------------------------------------------


def test_iphone_card_with_phonetic_fields_and_a_fold_inside_a_character():
    taro = by_name(parsed("iphone_v3.vcf", "vcard"))["山田 太郎"]
    assert taro == Person(
        name="山田 太郎",
        reading="やまだ たろう",
        met="株式会社山田商店 営業部, 代表取締役",
        notes=(
            "2019年の商工会議所の交流会で知り合う。息子さんが野球をしている。"
            "紹介で新しい取引先を二社つないでくれた。\nLabels: 取引先"
        ),
        tag="shima",
        sources=(
            "linkedin:https://www.linkedin.com/in/taro-yamada",
            "email:taro.yamada@example.co.jp",
            "phone:09012345678",
            "phone:+81312345678",
        ),
    )


def test_escaped_text_is_unescaped_and_the_uid_is_the_first_source():
    john = by_name(parsed("iphone_v3.vcf", "vcard"))["John Smith"]
    assert john.met == "Acme, Inc., Head of Sales"
    assert john.notes == (
        "Met at the Osaka trade fair, booth 12.\nLikes golf; plays on Sundays. Wants an intro to a good accountant in Kyoto.\n"
        "Labels: Conference 2023, Friends"
    )
    assert john.sources == (
        "vcard-uid:8D3F2C1A-6B1E-4D0B-9A51-1C2E3F4A5B6C",
        "email:john@example.com",
        "email:john.smith@acme.example",
        "phone:+14155550100",
    )
    assert john.tag is None and john.cadence_days is None


def test_a_broken_photo_in_the_middle_costs_the_photo_not_the_file():
    data = fixture("iphone_v3.vcf")
    broken = re.search(rb"BEGIN:VCARD(?:(?!END:VCARD).)*PHOTO.*?END:VCARD\r\n", data, re.DOTALL)[0]
    with pytest.raises(Exception, match="base64"):  # the premise: vobject's reader gives up on it
        list(vobject.readComponents(broken.decode()))
    result = parse_people(data, "vcard")
    assert [p.name for p in result.people] == [
        "山田 太郎",
        "John Smith",
        "佐藤 花子",
        "株式会社ABC",
        "鈴木 一郎",
        "高橋 健",
        "Alice Brown",
    ]
    hanako = by_name(result)["佐藤 花子"]
    assert (hanako.reading, hanako.sources) == ("さとう はなこ", ("phone:08098765432",))


def test_an_unreadable_card_and_a_nameless_card_are_skipped_and_reported():
    result = parsed("iphone_v3.vcf", "vcard")
    assert skips(result) == [
        ("card 4", "import.skip.card_unreadable_named", {"number": 4, "name": "田中 一郎"}),
        ("card 6", "import.skip.card_no_name", {"number": 6}),
    ]
    assert "田中 一郎" not in by_name(result)


def test_quoted_printable_in_a_version_3_card_with_soft_line_breaks():
    ichiro = by_name(parsed("iphone_v3.vcf", "vcard"))["鈴木 一郎"]
    assert ichiro.reading == "すずき いちろう"  # from a half-width katakana SORT-STRING
    assert ichiro.notes == "ゴルフ仲間、毎月第二土曜。\n接待は和食, 日本酒が好き"
    assert ichiro.tag == "influencer"  # the category "Influencer", any case


def test_a_card_without_fn_is_named_from_n_in_the_order_of_its_language():
    people = by_name(parsed("iphone_v3.vcf", "vcard"))
    assert "高橋 健" in people and "Alice Brown" in people
    assert people["株式会社ABC"].met == "株式会社ABC"  # a company's card is named after the company


# ----- vCard 2.1 from Android and Japanese phones -------------------------------------------


def test_android_version_2_1_quoted_printable_shift_jis_and_sound():
    result = parsed("android_v21.vcf", "vcard")
    assert result.skipped == []
    misaki, ken, naomi = result.people
    assert misaki == Person(
        name="伊藤 美咲",
        reading="いとう みさき",
        met="いとう園芸",
        notes="母の代からのお客様。季節の花の相談をすると、いつも丁寧に教えてくれる。",
        sources=("email:misaki.ito@example.jp", "phone:09022223333"),
    )
    # CHARSET=SHIFT_JIS read as cp932 (髙 is not in plain Shift_JIS); SOUND;X-IRMC-N in half-width kana.
    assert (ken.name, ken.reading) == ("髙橋 健", "たかはし けん")
    assert ken.notes == "Commas, unescaped, as vCard 2.1 writes them"
    # Raw Shift_JIS bytes in a file that is otherwise UTF-8.
    assert (naomi.name, naomi.sources) == ("渡辺 直美", ("phone:0612345678",))


# ----- vCard 4.0 ----------------------------------------------------------------------------


def test_version_4_sort_as_uid_social_profile_and_tel_uri():
    result = parsed("contacts_v4.vcf", "vcard")
    hanako = by_name(result)["山田 花子"]
    assert hanako.reading == "やまだ はなこ"  # N;SORT-AS="ヤマダ,ハナコ"
    assert hanako.tag == "influencer"
    assert hanako.met == "Hanako Design, Art Director"
    assert hanako.notes.endswith("来年の春に個展を開く予定。\nLabels: デザイン")
    assert hanako.sources == (
        "vcard-uid:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
        "linkedin:https://www.linkedin.com/in/hanako-yamada",
        "email:hanako@hanako-design.example",
        "phone:+819011112222",
    )
    assert by_name(result)["Kenji Watanabe"].notes == "Owns the café two doors down, introduced by Hanako."


def test_a_card_cut_off_at_the_end_of_the_file_is_reported():
    result = parsed("contacts_v4.vcf", "vcard")
    assert skips(result) == [("card 3", "import.skip.card_unfinished", {"number": 3})]
    assert len(result.people) == 2


def test_a_card_that_never_ends_does_not_swallow_the_next_one():
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Whole\r\nEND:VCARD\r\n"
    result = parse_people(data, "vcard")
    assert [p.name for p in result.people] == ["Whole"]
    assert skips(result) == [("card 1", "import.skip.card_unfinished", {"number": 1})]


def test_a_folded_end_line_inside_a_note_does_not_end_the_card():
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Folded\r\nNOTE:see\r\n END:VCARD\r\nTEL:0901234567\r\nEND:VCARD\r\n"
    (person,) = parse_people(data, "vcard").people
    assert (person.notes, person.sources) == ("seeEND:VCARD", ("phone:0901234567",))


def test_outlook_utf16_vcard():
    card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:小林;誠\r\nFN:小林 誠\r\nEMAIL;PREF;INTERNET:makoto@example.jp\r\nEND:VCARD\r\n"
    (person,) = parse_people(card.encode("utf-16"), "vcard").people
    assert (person.name, person.sources) == ("小林 誠", ("email:makoto@example.jp",))


# ----- Google Contacts ----------------------------------------------------------------------


def test_google_current_header():
    result = parsed("google_contacts.csv", "google")
    people = by_name(result)
    assert people["山田 太郎"] == Person(
        name="山田 太郎",
        reading="やまだ たろう",
        met="株式会社山田商店 営業部, 代表取締役",
        notes="2019年の交流会で知り合う。\n野球好き。\nLabels: 取引先",
        tag="shima",
        sources=("linkedin:https://www.linkedin.com/in/taro-yamada", "email:taro.yamada@example.co.jp", "phone:09012345678"),
    )
    john = people["John Smith"]
    assert john.notes == "Labels: Friends"  # "* myContacts" dropped
    assert john.met == "Acme, Inc., Head of Sales"
    assert john.sources == ("email:john@example.com", "email:john.smith@acme.example", "phone:+14155550100", "phone:+14155550199")
    hanako = people["佐藤 花子"]
    assert (hanako.reading, hanako.tag, hanako.notes) == ("さとう はなこ", "influencer", "Labels: starred")
    assert hanako.sources == ("phone:08098765432",)  # full-width digits
    assert list(people) == ["山田 太郎", "John Smith", "株式会社ABC", "佐藤 花子"]


def test_google_rows_without_a_name_are_reported_by_their_spreadsheet_row():
    # Row 2 has a two-line note, so row 5 is on line 6 of the file: rows count records, as Excel does.
    result = parsed("google_contacts.csv", "google")
    assert skips(result) == [("row 5", "import.skip.row_no_name", {"number": 5})]  # the blank row 6 is not reported


def test_google_older_header_in_utf16():
    result = parsed("google_legacy.csv", "google")
    yamada, ito, kenji = result.people
    assert (yamada.name, yamada.reading, yamada.met) == ("山田 太郎", "やまだ たろう", "株式会社山田商店, 代表取締役")
    assert yamada.notes == "商工会の幹事\nLabels: 取引先"  # "* My Contacts" dropped
    assert (ito.name, ito.reading, ito.tag, ito.notes) == ("伊藤 美咲", "いとう みさき", "peer", "")  # Yomi Name
    assert (kenji.name, kenji.sources) == ("Kenji Watanabe", ("email:kenji@watanabe.example",))
    assert skips(result) == [("row 5", "import.skip.row_no_name", {"number": 5})]


def test_google_csv_resaved_by_japanese_excel_in_cp932():
    takahashi, watanabe = parsed("google_excel_cp932.csv", "google").people
    assert takahashi.name == "髙橋 健"
    assert takahashi.reading == "たかはし けん"
    assert takahashi.notes == "①見積もり依頼済み ②来週訪問\nLabels: 取引先"
    assert (watanabe.name, watanabe.reading) == ("渡辺 直美", "わたなべ なおみ")


# ----- LinkedIn -----------------------------------------------------------------------------


def test_linkedin_connections_after_the_notes_preamble():
    result = parsed("linkedin_connections.csv", "linkedin")
    assert result.people == [
        Person(
            name="Taro Yamada",
            met="LinkedIn: CEO at Yamada Shoten Co.",
            notes="Connected On: 2023-05-12",
            sources=("linkedin:https://www.linkedin.com/in/taro-yamada",),
        ),
        Person(
            name="山田 太郎",
            met="LinkedIn: 代表取締役 at 株式会社山田商店",
            notes="Connected On: 2024-01-03",
            sources=("linkedin:https://www.linkedin.com/in/taro-yamada-jp", "email:taro@example.co.jp"),
        ),
        Person(
            name="Jane O'Neil, MBA",
            met="LinkedIn: VP Sales at Acme, Inc.",
            notes="Connected On: 2022-02-28",
            sources=("linkedin:https://www.linkedin.com/in/jane-oneil",),
        ),
        Person(
            name="Priya Shah",
            met="LinkedIn",
            notes="Connected On: 2021-08-15",
            sources=("linkedin:https://www.linkedin.com/in/priya-shah-4a5b6c",),
        ),
    ]
    assert skips(result) == [("row 8", "import.skip.linkedin_hidden", {"number": 8})]


def test_linkedin_row_with_a_profile_but_no_name():
    data = (
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n,,https://www.linkedin.com/in/x,,,,01 Jan 2024\n"
    )
    assert skips(parse_people(data, "linkedin")) == [("row 2", "import.skip.row_no_name", {"number": 2})]


# ----- refusals -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "format", "code"),
    [
        ("bank_statement.csv", "google", "import.not_google"),
        ("bank_statement.csv", "linkedin", "import.not_linkedin"),
        ("bank_statement.csv", "vcard", "import.not_vcard"),
        ("linkedin_connections.csv", "google", "import.not_google"),
        ("google_contacts.csv", "linkedin", "import.not_linkedin"),
        ("contacts_v4.vcf", "google", "import.not_google"),
    ],
)
def test_a_file_of_another_format_is_refused(name, format, code):
    with pytest.raises(ImportProblem) as refused:
        parse_people(fixture(name), format)
    assert (refused.value.code, refused.value.field) == (code, None)


def test_binary_empty_and_unknown_formats_are_refused():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
    for data, format, code in [
        (png, "google", "import.not_text"),
        (b"", "vcard", "import.empty"),
        (b"x", "outlook", "import.unknown_format"),
    ]:
        with pytest.raises(ImportProblem) as refused:
            parse_people(data, format)
        assert refused.value.code == code
    with pytest.raises(ValueError):
        parse_people(b"{}", "shima")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), format=st.sampled_from(["vcard", "google", "linkedin"]))
def test_any_bytes_give_people_or_a_refusal_never_a_crash(data, format):
    try:
        result = parse_people(data, format)
    except ImportProblem as problem:
        assert problem.code in words.EN
    else:
        assert all(person.name.strip() for person in result.people)
        assert all(skip.code in words.EN for skip in result.skipped)


_LINE = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=200, deadline=None)
@given(junk=st.lists(_LINE, max_size=6), position=st.integers(min_value=0, max_value=4))
def test_junk_lines_cost_at_most_their_own_card(junk, position):
    cards = [f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nEND:VCARD\r\n" for n in range(5)]
    cards[position] = cards[position].replace("END:VCARD", "\r\n".join(junk) + "\r\nEND:VCARD")
    result = parse_people("".join(cards).encode(), "vcard")
    names = {p.name for p in result.people}
    assert {f"Person {n}" for n in range(5) if n != position} <= names
    assert len(result.people) + len(result.skipped) >= 5


# ----- progress -----------------------------------------------------------------------------


def test_progress_is_reported_from_zero_to_the_total_about_every_percent():
    data = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nEND:VCARD\r\n" for n in range(250)).encode()
    calls: list[tuple[int, int]] = []
    parse_people(data, "vcard", progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 250) and calls[-1] == (250, 250)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert 10 <= len(calls) <= 130
    rows: list[tuple[int, int]] = []
    parse_people(fixture("linkedin_connections.csv"), "linkedin", progress=lambda done, total: rows.append((done, total)))
    assert rows[0] == (0, 5) and rows[-1] == (5, 5)


# ----- keys ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("+81 90-1234-5678", "phone:+819012345678"),
        ("090 (1234) 5678", "phone:09012345678"),
        ("０９０−１２３４−５６７８", "phone:09012345678"),
        ("tel:+81-3-1234-5678", "phone:+81312345678"),
        ("--", None),
    ],
)
def test_phone_keys(raw, key):
    assert phone_source(raw) == key


def test_email_and_profile_keys():
    assert email_source(" Taro.Yamada@Example.CO.JP ") == "email:taro.yamada@example.co.jp"
    assert email_source("mailto:a@b.jp") == "email:a@b.jp"
    assert email_source("not an address") is None
    assert profile_url("http://WWW.LinkedIn.com/in/Taro-Yamada/?trk=x#top") == "https://www.linkedin.com/in/Taro-Yamada"
    assert profile_url("jp.linkedin.com/in/taro/") == "https://www.linkedin.com/in/taro"
    assert profile_url("ftp://example.com/x") is None


# ----- messages and hygiene -----------------------------------------------------------------


def test_every_importer_code_has_english_and_japanese_with_the_same_placeholders():
    assert words.EN.keys() == words.JA.keys()
    for code in words.EN:
        assert placeholders(words.EN[code]) == placeholders(words.JA[code]), code
        assert CATALOGUES["ja"][code] == words.JA[code]
    sources = "".join(path.read_text() for path in (Path(__file__).parents[1] / "journal" / "importers").glob("*.py"))
    used = set(re.findall(r'"(import\.[a-z_.]+)"', sources))
    assert used and used <= words.EN.keys(), used - words.EN.keys()


def test_skip_reasons_read_as_whole_sentences_in_both_languages():
    result = parsed("iphone_v3.vcf", "vcard")
    for skip in [*result.skipped, Skipped("row 8", "import.skip.linkedin_hidden", {"number": 8})]:
        for lang in ("en", "ja"):
            sentence = say(skip.code, lang, **skip.params)
            assert "{" not in sentence and str(skip.params["number"]) in sentence


def test_importers_load_neither_textual_nor_vobject_until_a_vcard_is_read():
    code = (
        "import sys, journal.importers, journal.calendar; "
        "assert not any(m == 'textual' or m.startswith('textual.') for m in sys.modules); "
        "assert 'vobject' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
