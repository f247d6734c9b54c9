"""shima used as a Japanese user uses it (issue 13): readings typed in kana and romaji, the language
chosen by the journal, $SHIMA_LANG or the locale, Japanese dates and amounts end to end, aligned
Japanese columns, and the same in the app (the / filter, the palette, あいうえお順, the language switch)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
import rich._wrap
import textual._wrap
from conftest import contact, run_shima, snapshot
from textual import events
from textual._wrap import compute_wrap_offsets
from textual.content import Content
from tui_support import app_for, palette, ready, sample_journal, screen_text, settled

from journal.actions import import_journal
from journal.records import replace
from journal.store import Journal
from journal.textsafe import width
from journal.tui import textual_fixes
from journal.tui.widgets.contact_list import ContactList

# No language from the surroundings unless a test gives one: the journal's setting alone decides.
NEUTRAL = {"SHIMA_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C"}
JAPANESE_LOCALE = {**NEUTRAL, "LANG": "ja_JP.UTF-8"}
EN_HEADER = "NAME"
JA_HEADER = "名前"


def make_journal(path: Path, people: list[tuple[str, str, str]]) -> dict[str, str]:
    """Contacts (id, name, reading) in this creation order; returns name -> id."""
    contacts = [
        replace(contact(cid, name, created=f"2026-01-{n:02d}T09:00:00+09:00"), reading=reading)
        for n, (cid, name, reading) in enumerate(people, 1)
    ]
    import_journal(Journal(path), snapshot(contacts, []), replace=True)
    return {c.name: c.id for c in contacts}


PEOPLE = [
    ("c-tanaka", "田中", "たなか"),
    ("c-sato", "佐藤", "さとう"),
    ("c-ono", "大野", "おおの"),
    ("c-kono", "河野", "こうの"),
    ("c-mika", "Mika", ""),
]


@pytest.fixture
def people(journal_path: Path) -> Path:
    make_journal(journal_path, PEOPLE)
    return journal_path


def entry_of(path: Path, entry_id: str):
    return Journal(path, read_entries=True).entries[entry_id]


def logged(path: Path, *args: str, env: dict | None = None):
    """`shima log ARGS`, which must succeed; the entry it stored."""
    done = run_shima("log", *args, journal=path, env=env or NEUTRAL)
    assert done.code == 0, done.err
    return entry_of(path, done.out.strip())


# ----- -c: readings in kana and romaji --------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("tanaka", "c-tanaka"), ("たなか", "c-tanaka"), ("タナカ", "c-tanaka"), ("ﾀﾅｶ", "c-tanaka"), ("tana", "c-tanaka")]
    + [("sato", "c-sato"), ("satou", "c-sato"), ("satoh", "c-sato"), ("さと", "c-sato"), ("サト", "c-sato")]
    + [("ono", "c-ono"), ("ohno", "c-ono"), ("oono", "c-ono"), ("kono", "c-kono"), ("kouno", "c-kono")],  # おお, おう: one long o
)
def test_c_finds_a_contact_by_its_reading(people, typed, meant):
    assert logged(people, "--note", "-c", typed, "会った").contacts == [meant]


def test_an_ambiguous_romaji_query_is_refused_with_the_candidates(journal_path):
    make_journal(journal_path, [*PEOPLE, ("c-satomi", "里見", "さとみ")])
    before = journal_path.read_bytes()
    done = run_shima("log", "--note", "-c", "sat", "会った", journal=journal_path, env=NEUTRAL)  # part of both readings
    assert done.code == 1
    assert "ambiguous" in done.err and "佐藤 (c-sato)" in done.err and "里見 (c-satomi)" in done.err
    assert "田中" not in done.err
    assert journal_path.read_bytes() == before


def test_a_whole_reading_typed_in_romaji_is_exact_like_in_kana(journal_path):
    make_journal(journal_path, [*PEOPLE, ("c-satomi", "里見", "さとみ")])
    assert logged(journal_path, "--note", "-c", "さとう", "会った").contacts == ["c-sato"]
    assert logged(journal_path, "--note", "-c", "satou", "会った").contacts == ["c-sato"]
    assert logged(journal_path, "--note", "-c", "sato", "会った").contacts == ["c-sato"]  # さとう spelled with a short o


def test_a_reading_typed_in_katakana_is_stored_in_hiragana(journal_path):
    done = run_shima("add", "田中", "--reading", "タナカ", journal=journal_path, env=NEUTRAL)
    assert done.code == 0, done.err
    assert Journal(journal_path).contacts[done.out.strip()].reading == "たなか"


def test_a_contact_added_without_a_reading_has_none_and_a_kana_name_reads_as_itself(journal_path):
    for name in ("ﾀﾅｶ ｲﾁﾛｳ", "Mika"):
        assert run_shima("add", *name.split(), "--met=--", journal=journal_path, env=NEUTRAL).code == 0
    assert sorted((c.name, c.reading, c.met) for c in Journal(journal_path).contacts.values()) == [
        ("Mika", "", "--"),
        ("ﾀﾅｶ ｲﾁﾛｳ", "", "--"),
    ]
    assert logged(journal_path, "--note", "-c", "tanaka", "会った").contacts == [
        c.id for c in Journal(journal_path).contacts.values() if c.name.startswith("ﾀﾅｶ")
    ]


def test_a_sale_without_a_text_has_none(journal_path):
    done = run_shima("sale", "4万円", journal=journal_path, env=NEUTRAL)
    assert done.code == 0, done.err
    assert entry_of(journal_path, done.out.strip()).text == ""


# ----- the app: / filter, palette, あいうえお順 ---------------------------------------------------


def listed(app) -> list[str]:
    return [c.name for c in app.screen.query_one(ContactList).contacts]


@pytest.mark.parametrize("typed", ["tanaka", "たなか"])
async def test_the_filter_finds_a_contact_by_its_reading(people, typed):
    app = app_for(people, lang="ja")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *typed)  # one key per character, kana included
        await pilot.pause()
        assert listed(app) == ["田中"]


async def test_the_palette_jumps_to_a_contact_by_romaji(people):
    app = app_for(people, lang="ja")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.screen.selected_contact_id() != "c-tanaka"
        await palette(pilot, "tanaka", "連絡先：田中")
        assert app.screen.selected_contact_id() == "c-tanaka"


@pytest.mark.parametrize(("lang", "first", "second"), [("ja", "佐藤", "田中"), ("en", "田中", "佐藤")])
async def test_the_list_is_in_aiueo_order_in_japanese_and_creation_order_in_english(people, lang, first, second):
    app = app_for(people, lang=lang)  # 田中 was added before 佐藤
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        names = listed(app)
        assert names.index(first) < names.index(second)
        if lang == "en":
            assert names == ["田中", "佐藤", "大野", "河野", "Mika"]
        rows = [line for line in screen_text(app).splitlines() if line.lstrip().startswith((first, second))]
        assert [row.split()[0] for row in rows] == [first, second]


async def complete_in_the_log_form(path: Path, typed: str, accept: str = "right") -> tuple[str, str, list[list[str]]]:
    """Open the log form, type into its contacts field, wait for the completion, press `accept`,
    write a text and save: the field as shown while typing, its value accepted, the contacts of
    the entries stored (none when the save was refused)."""
    app = app_for(path, lang="ja")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("l")
        await pilot.pause()
        field = app.screen.query_one("#with")
        field.value = ""
        field.focus()
        await pilot.press(*typed)
        await app.workers.wait_for_complete()  # the suggester runs in a worker
        await pilot.pause()
        shown = next(line for line in screen_text(app).splitlines() if typed.split(",")[-1].strip() in line)
        await pilot.press(accept)
        accepted = field.value
        app.screen.query_one("#text").focus()
        await pilot.press(*"会った", "ctrl+s")
        await settled(pilot)
        return shown, accepted, [e.contacts for e in Journal(path, read_entries=True).entries.values() if e.text == "会った"]


@pytest.mark.parametrize("typed", ["tanaka", "tana", "たなか", "たな", "タナ", "ﾀﾅｶ"])
async def test_the_log_forms_completion_finds_a_name_by_its_reading(people, typed):
    shown, accepted, contacts = await complete_in_the_log_form(people, typed)
    assert f"{typed} → 田中" in shown, shown  # offered after what was typed
    assert accepted == "田中"  # → puts the name in place of the reading
    assert contacts == [["c-tanaka"]]


async def test_the_completion_replaces_only_the_last_contact_typed(people):
    shown, accepted, contacts = await complete_in_the_log_form(people, "佐藤, ono")
    assert "ono → 大野" in shown
    assert accepted == "佐藤, 大野"
    assert contacts == [["c-sato", "c-ono"]]


async def test_a_name_still_completes_from_its_start(people):
    shown, accepted, contacts = await complete_in_the_log_form(people, "Mi")
    assert "Mika" in shown and "→" not in shown
    assert (accepted, contacts) == ("Mika", [["c-mika"]])


async def test_an_ambiguous_reading_is_not_completed(journal_path):
    make_journal(journal_path, [*PEOPLE, ("c-satomi", "里見", "さとみ")])
    shown, accepted, contacts = await complete_in_the_log_form(journal_path, "sat", accept="end")
    assert "→" not in shown and accepted == "sat"  # the line under the field names both
    assert contacts == []  # saving was refused: nothing stored


async def switch_language_from_the_palette(path: Path) -> str:
    """An English app; ctrl+p, "Language", enter: the main screen as it then reads."""
    app = app_for(path, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert "1 All" in screen_text(app)
        await palette(pilot, "Language", "Language: English / 日本語")
        await settled(pilot)
        await ready(pilot)
        return screen_text(app)


async def test_the_palette_language_switch_is_saved_in_the_journal(people):
    text = await switch_language_from_the_palette(people)
    assert "5人" in text  # the header line is Japanese
    assert Journal(people).settings.lang == "ja"
    assert JA_HEADER in headers(people, NEUTRAL)  # and the command line follows it


async def test_the_palette_language_switch_relabels_the_main_screen(people):
    text = await switch_language_from_the_palette(people)
    assert "1 全員" in text and "2 シマ" in text and "3 ピア" in text  # the tabs
    assert "ヘルプ" in text and "終了" in text and "パレット" in text  # the footer
    assert not re.search(r"\b(All|Peers|Help|Quit|Edit|palette|Timeline)\b", text), text


@pytest.mark.parametrize(
    "lang",
    [
        "en",
        pytest.param(
            "ja",
        ),
    ],
)
async def test_the_help_keeps_each_key_beside_its_description(people, lang):
    app = app_for(people, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        lines = [line.strip(" │╭╮╰╯─▁▂▃▄▅▆▇█") for line in screen_text(app).splitlines()]
        orphans = [line for line in lines if re.search(r"(^|[•·] )\S+$", line) and re.search(r"[•·]", line)]
        assert not orphans, "\n".join(lines)


async def shown(pilot, text: str, timeout: float = 5.0) -> str:
    """The screen once `text` is on it (the palette searches and answers asynchronously)."""
    for _ in range(int(timeout / 0.05)):
        await pilot.pause(0.05)
        if text in screen_text(pilot.app):
            return screen_text(pilot.app)
    raise AssertionError(f"{text!r} never appeared:\n{screen_text(pilot.app)}")


TEXTUALS_ENGLISH = re.compile(r"Search for|No matches|Theme|Quit|Keys|Maximize|Screenshot|the application|theme|quit")


async def test_the_palette_speaks_japanese(people):
    app = app_for(people, lang="ja")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        said = [await shown(pilot, "コマンドを検索…")]  # the placeholder
        assert "JSON で書き出す" in said[0]  # shima's own commands
        await pilot.press(*"zzzz")
        said.append(await shown(pilot, "見つかりません"))
        for title, help_text in [("テーマ", "色のテーマを変える"), ("終了", "shima をすぐに終了"), ("スクリーン", "SVG で保存")]:
            await pilot.press(*["backspace"] * 8, *title)  # Textual's own commands
            said.append(await shown(pilot, help_text))
    for text in said:
        assert not TEXTUALS_ENGLISH.search(text), text


async def test_textuals_theme_search_and_quit_hint_are_japanese(people):
    app = app_for(people, lang="ja")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await ready(pilot)
        await palette(pilot, "テーマ", "色のテーマを変える")
        assert not TEXTUALS_ENGLISH.search(await shown(pilot, "テーマを検索…"))
        await pilot.press("escape", "ctrl+c")  # ctrl+c does not quit: Textual says what does
        hint = await shown(pilot, "ctrl+q を押すと終了します")
        assert "終了しますか" in hint and not TEXTUALS_ENGLISH.search(hint), hint


async def test_the_screenshot_notices_are_japanese(people, tmp_path):
    app = app_for(people, lang="ja")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        app.post_message(events.DeliveryComplete(key="k1", path=tmp_path / "shima.svg", name="screenshot"))
        app.post_message(events.DeliveryFailed(key="k2", exception=OSError("disk full"), name="screenshot"))
        await pilot.pause()
        said = [(n.title, n.message) for n in app._notifications]
    assert said == [
        ("スクリーンショット", f"スクリーンショットを {tmp_path / 'shima.svg'} に保存しました"),
        ("スクリーンショット", "スクリーンショットを保存できませんでした"),
    ]


@pytest.mark.parametrize("lang", ["en", "ja"])
async def test_the_palette_offers_shimas_help_not_textuals_english_keys_panel(people, lang):
    app = app_for(people, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        commands = list(app.get_system_commands(app.screen))
        assert not [c for c in commands if c.callback.__name__ in ("action_show_help_panel", "action_hide_help_panel")]
        assert app.action_help in [c.callback for c in commands]


# ----- the language: journal setting, $SHIMA_LANG, locale ------------------------------------------


def headers(path: Path, env: dict) -> str:
    done = run_shima("list", journal=path, env=env)
    assert done.code == 0, done.err
    return done.out.splitlines()[0]


def test_settings_lang_ja_makes_the_cli_japanese_without_any_locale(people):
    assert EN_HEADER in headers(people, NEUTRAL)
    assert run_shima("settings", "--lang", "ja", journal=people, env=NEUTRAL).code == 0
    assert Journal(people).settings.lang == "ja"
    line = headers(people, NEUTRAL)
    assert JA_HEADER in line and EN_HEADER not in line
    refused = run_shima("log", "--note", "-c", "nobody", "x", journal=people, env=NEUTRAL)
    assert refused.code == 1
    assert "'nobody'" in refused.err and "見つかりません" in refused.err
    assert not re.search(r"[A-Za-z]{3,}", re.sub(r"shima|list|nobody", "", refused.err)), refused.err


def test_settings_lang_auto_goes_back_to_the_environment(people):
    assert run_shima("settings", "--lang", "ja", journal=people, env=NEUTRAL).code == 0
    assert run_shima("settings", "--lang", "auto", journal=people, env=NEUTRAL).code == 0
    assert EN_HEADER in headers(people, NEUTRAL)
    assert JA_HEADER in headers(people, {**NEUTRAL, "SHIMA_LANG": "ja"})


def test_settings_refuses_an_unknown_language(people):
    before = people.read_bytes()
    done = run_shima("settings", "--lang", "fr", journal=people, env=NEUTRAL)
    assert done.code == 1
    assert "--lang" in done.err
    assert people.read_bytes() == before


@pytest.mark.parametrize(
    ("env", "header"),
    [
        ({"SHIMA_LANG": "ja"}, JA_HEADER),
        ({"LANG": "ja_JP.UTF-8"}, JA_HEADER),
        ({"LC_MESSAGES": "ja_JP.UTF-8"}, JA_HEADER),
        ({"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}, EN_HEADER),  # LC_ALL wins over LANG
        ({"SHIMA_LANG": "en", "LANG": "ja_JP.UTF-8"}, EN_HEADER),  # $SHIMA_LANG wins over the locale
        ({"SHIMA_LANG": "ja", "LC_ALL": "C"}, JA_HEADER),
    ],
)
def test_the_language_comes_from_shima_lang_else_the_locale(people, env, header):
    assert header in headers(people, {**NEUTRAL, **env})


def test_the_journal_setting_wins_over_the_environment(people):
    assert run_shima("settings", "--lang", "en", journal=people, env=NEUTRAL).code == 0
    assert EN_HEADER in headers(people, {**JAPANESE_LOCALE, "SHIMA_LANG": "ja"})


def test_settings_in_japanese_names_the_tags_in_japanese(people):
    done = run_shima("settings", journal=people, env=JAPANESE_LOCALE)
    assert done.code == 0, done.err
    assert "言語" in done.out
    assert not re.search(r"\b(peer|influencer|shima)\b", done.out), done.out


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--sorted"),  # unrecognized arguments
        ("log", "--gave", "--kind", "foo", "x"),  # invalid choice
        ("log", "x"),  # one of the arguments --gave ... is required
        ("add",),  # the following arguments are required
        ("log", "--gave", "--note", "x"),  # not allowed with
        ("add", "x", "--cadence", "often"),  # shima's own check of a value
        ("nosuch",),  # an unknown command
    ],
)
def test_usage_errors_are_japanese(people, args):
    done = run_shima(*args, journal=people, env=JAPANESE_LOCALE)
    assert done.code == 2
    assert done.err.startswith("使い方: shima"), done.err
    assert re.search(r"[ぁ-ん]", done.err.splitlines()[-1]), done.err
    assert not re.search(r"\b(usage|error|argument|arguments|invalid|choose|required|allowed|number)\b", done.err), done.err


def test_usage_errors_follow_shima_lang_and_stay_english_elsewhere(people):
    """Usage errors come before the journal is read: $SHIMA_LANG, else the locale, decides."""
    assert run_shima("log", "x", journal=people, env={**NEUTRAL, "SHIMA_LANG": "ja"}).err.startswith("使い方:")
    english = run_shima("log", "x", journal=people, env=NEUTRAL)
    assert english.code == 2
    assert english.err.startswith("usage: shima log")
    assert "error: one of the arguments --gave --received --mutual --note --sale is required" in english.err


@pytest.mark.parametrize(("args", "columns"), [(("--help",), 80), (("log", "--help"), 80), (("edit", "--help"), 70)])
def test_help_headings_are_japanese_and_the_usage_lines_up(people, args, columns):
    done = run_shima(*args, journal=people, env={**JAPANESE_LOCALE, "COLUMNS": str(columns)})
    assert done.code == 0, done.err
    assert "\nオプション:\n" in done.out and "このヘルプを表示して終了" in done.out
    assert not re.search(r"usage:|positional arguments|\noptions:|show this help", done.out), done.out
    usage = done.out.split("\n\n")[0].splitlines()
    assert usage[0].startswith("使い方: shima")
    first_argument = width(usage[0][: usage[0].index("[")])
    assert len(usage) > 1 or args == ("--help",)
    for line in usage[1:]:  # each continuation under the first argument, by cells
        assert width(line) - width(line.lstrip()) == first_argument, "\n".join(usage)
    assert width(usage[0]) <= columns, usage[0]  # wrapped by cells, not characters


def test_a_full_name_and_reading_typed_without_quotes(journal_path):
    done = run_shima("add", "佐藤", "花子", "--reading", "さとう", "はなこ", journal=journal_path, env=JAPANESE_LOCALE)
    assert done.code == 0, done.err
    added = Journal(journal_path).contacts[done.out.strip()]
    assert (added.name, added.reading) == ("佐藤 花子", "さとう はなこ")


# ----- Japanese dates and amounts, end to end -------------------------------------------------------


def last_weeks_friday(today: date) -> date:
    return today - timedelta(days=today.weekday() + 7) + timedelta(days=4)


def test_last_weeks_friday(people):
    before = date.today()
    stored = logged(people, "--gave", "-c", "たなか", "--kind", "support", "--date", "先週の金曜", "LPの感想を送った")
    assert stored.date in {last_weeks_friday(before), last_weeks_friday(date.today())}
    assert stored.date.weekday() == 4


@pytest.mark.parametrize("typed", ["令和8年11月20日", "R8.11.20", "2026/11/20", "２０２６年１１月２０日"])
def test_an_era_or_a_japanese_date(people, typed):
    assert logged(people, "--note", "--date", typed, "x").date == date(2026, 11, 20)


@pytest.mark.parametrize("typed", ["３万円", "￥３０，０００", "3万", "30000円", "1.5万", "30,000円"])
def test_a_japanese_amount(people, typed):
    amount = 15000 if typed == "1.5万" else 30000
    assert logged(people, "--received", "-c", "佐藤", "--kind", "referral", "--value", typed, "紹介").value == amount


def test_an_impossible_japanese_date_is_refused_in_japanese(people):
    before = people.read_bytes()
    done = run_shima("log", "--note", "--date", "令和8年2月30日", "x", journal=people, env=JAPANESE_LOCALE)
    assert done.code == 1
    assert done.out == ""
    assert "令和8年2月30日" in done.err and "ありません" in done.err and "28日" in done.err
    assert people.read_bytes() == before


def test_an_amount_in_another_currency_is_refused_in_japanese(people):
    done = run_shima("log", "--note", "--value", "$500", "x", journal=people, env=JAPANESE_LOCALE)
    assert done.code == 1
    assert "$500" in done.err and "JPY" in done.err and re.search(r"[ぁ-ん]", done.err)


# ----- the list's columns with double-width names and Japanese headers ----------------------------

LEFT = {"ID", "名前", "区分", "最後"}
RIGHT = {"条件", "与えた", "受け取った"}


def cells(line: str) -> list[tuple[str, int, int]]:
    """Each value of a row (values are apart by two spaces or more) with its first and last cell."""
    return [
        (m.group(), width(line[: m.start()]), width(line[: m.end()]))
        for m in re.finditer(r"\S+(?: \S+)*", line)  # a single space stays inside a value: 佐藤 花子, 1 ¥15,000
    ]


def test_list_columns_line_up_with_double_width_names_and_japanese_headers(journal_path):
    ids = make_journal(
        journal_path,
        [
            ("c-1", "佐藤 花子", "さとう はなこ"),
            ("c-2", "Mika", ""),
            ("c-3", "ﾀﾅｶ ｲﾁﾛｳ", ""),
            ("c-4", "長谷川 明日香アレクサンドラ・ベアトリス・クリスティーナ", "はせがわ"),
            ("c-5", "髙橋", "たかはし"),
        ],
    )
    logged(journal_path, "--gave", "-c", "はせがわ", "--kind", "money", "--value", "1.5万", "講座代")
    logged(journal_path, "--received", "-c", "c-1", "--kind", "referral", "--value", "120万円", "紹介")
    done = run_shima("list", journal=journal_path, env={**NEUTRAL, "SHIMA_LANG": "ja"})
    assert done.code == 0, done.err
    header, *rows = done.out.splitlines()
    columns = cells(header)
    assert [name for name, _, _ in columns] == ["ID", "名前", "区分", "条件", "与えた", "受け取った", "最後"]
    assert len(rows) == len(ids)
    for row in rows:
        values = cells(row)
        assert len(values) == len(columns), row
        for (name, start, end), (value, value_start, value_end) in zip(columns, values, strict=True):
            if name in LEFT:
                assert value_start == start, f"{value!r} starts at cell {value_start}, {name} at {start}\n{done.out}"
            else:
                assert value_end == end, f"{value!r} ends at cell {value_end}, {name} at {end}\n{done.out}"
    assert any("…" in row for row in rows)  # the long name was cut to its column, not the row pushed out


# ----- Japanese drawn on screen: over other widgets, and where the input method writes -------------


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_japanese_notification_over_the_panes_keeps_every_character(people, size):
    said = "設定を保存しました。連絡先のメモと記録は、次に開いたときもそのまま残ります"  # wider than the list pane
    app = app_for(people, lang="ja")
    async with app.run_test(size=size, notifications=True) as pilot:
        await ready(pilot)
        app.notify(said, title="お知らせ", markup=False, timeout=30)
        text = await shown(pilot, "お知らせ")
    lines = [line.strip(" ▌") for line in text.splitlines()]
    assert "".join(lines[lines.index("お知らせ") + 1 :]).startswith(said), text


async def test_the_input_methods_cursor_is_where_the_next_character_goes(people):
    app = app_for(people, lang="ja")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"たな")
        field = app.screen.query_one("#filter")
        start = field.content_region.x
        assert app.cursor_position == (start + 4, field.content_region.y)  # after た and な, two cells each
        await pilot.press("left")
        assert app.cursor_position == (start + 2, field.content_region.y)  # on な


async def test_the_contact_views_flags_and_timeline_are_punctuated_in_japanese(journal_path):
    sample_journal(journal_path)  # Guru Tanaka: an influencer you feed; Mika: a peer worth inviting
    app = app_for(journal_path, lang="ja")
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.screen.show_contact("c-guru")
        await pilot.pause()
        guru = screen_text(app)
        app.screen.show_contact("c-mika")
        await pilot.pause()
        mika = screen_text(app)
    assert "養分リスク（高）：" in guru, guru
    assert "シマに誘う：" in mika, mika
    assert not re.search(r"\((高|注意|参考)\)|[ぁ-んァ-ン一-龥]: ", guru + mika)


NOTE = "支払い5回（¥150,000）、12か月間何も返ってきていない。「ランチ」に行った。" * 12


def wrapped_by_content(text: str, cells: int) -> list[str]:
    return [line.plain for line in Content(text).wrap(cells)]


def wrapped_by_text_area(text: str, cells: int) -> list[str]:
    offsets = compute_wrap_offsets(text, cells, 4)
    return [text[start:end] for start, end in zip([0, *offsets], [*offsets, len(text)], strict=True)]


@pytest.fixture
def fixed_textual():
    """The app's fixes to Textual and Rich, as the app puts them in when it starts."""
    from journal.tui.app import FRAMEWORK_FIXES
    from journal.tui.textual_fixes import apply_framework_fixes

    apply_framework_fixes(FRAMEWORK_FIXES)


@pytest.mark.parametrize("wrap", [wrapped_by_content, wrapped_by_text_area])
def test_japanese_wraps_between_any_characters_by_its_rules(wrap, fixed_textual):
    for cells in range(16, 61):  # the widest run that may not break: （¥150,000）、 (14 cells)
        lines = wrap(NOTE, cells)
        assert "".join(lines) == NOTE
        assert all(width(line) <= cells for line in lines), (cells, lines)
        assert not [line for line in lines[1:] if line[0] in "、。）」っ"], (cells, lines)  # 禁則: never first
        assert not [line for line in lines[:-1] if line[-1] in "（「¥"], (cells, lines)  # never last
        assert all(line.count("¥150,000") == line.count("¥") for line in lines), (cells, lines)  # a number whole
        assert max(map(width, lines[:-1])) >= cells - 2  # lines are filled: it breaks between any characters


@pytest.mark.parametrize("wrap", [wrapped_by_content, wrapped_by_text_area])
def test_text_without_wide_characters_wraps_as_before(wrap, monkeypatch):
    text = "Sent the landing page feedback, ¥150,000 (seminar fee), and we agreed to present together. " * 5
    cells = [10, 33, 60]
    now = [wrap(text, n) for n in cells]
    monkeypatch.setattr(rich._wrap, "chop_cells", textual_fixes._rich_chop_cells)  # Rich's and Textual's own
    monkeypatch.setattr(textual._wrap, "chunks", textual_fixes._textual_chunks)
    assert now == [wrap(text, n) for n in cells]


async def test_a_long_japanese_note_wraps_by_its_rules_in_the_contact_view(journal_path):
    ids = make_journal(journal_path, PEOPLE)
    run_shima("edit", ids["田中"], "--notes", NOTE, journal=journal_path, env=NEUTRAL)
    for size in ((80, 24), (120, 40)):
        async with app_for(journal_path, lang="ja").run_test(size=size) as pilot:
            await ready(pilot)
            pilot.app.screen.show_contact(ids["田中"])
            await pilot.pause()
            view = pilot.app.screen.query_one("ContactView")
            view.scroll_end(animate=False)
            await pilot.pause()
            right = [line.split("▕", 1)[1].rstrip(" ▁▂▃▄▅▆▇█") for line in screen_text(pilot.app).splitlines() if "▕" in line]
        shown = [line.strip() for line in right if line.strip()]
        assert any(line.startswith("支払い5回") for line in shown), shown
        assert not [line for line in shown if line[0] in "、。）」っ"], shown
