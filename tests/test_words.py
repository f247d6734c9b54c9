"""The words catalogue: every code shima raises has a sentence, Japanese mirrors English, the
language is chosen as documented, and a problem inside a problem reads as one sentence."""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import pickle
import re
from pathlib import Path

import pytest
from conftest import GOOD_CONTACT

from journal.cli import build_parser
from journal.dates import DateError
from journal.insights import RULES
from journal.money import AmountError
from journal.records import ValidationError, contact_from_dict
from journal.store import Journal, JournalError
from journal.usage import argparse_speaking
from journal.words import CATALOGUES, LANGUAGES, choose_language, explain, placeholders, say
from journal.words.usage import EN as ARGPARSE_EN
from journal.words.usage import JA as ARGPARSE_JA

EN, JA = CATALOGUES["en"], CATALOGUES["ja"]
SOURCE = Path(__file__).resolve().parent.parent / "journal"

# ----- (a) Japanese mirrors English ------------------------------------------------------------------


def english_only(code: str) -> bool:
    """English plurals have a `.one` form; Japanese counts need only `.other`."""
    return code.endswith(".one") and code.removesuffix(".one") + ".other" in EN


def test_japanese_messages_have_the_english_placeholders():
    stray = sorted(code for code in JA if code not in EN)
    assert stray == [], "Japanese messages with no English one"
    differ = {code: (placeholders(EN[code]), placeholders(JA[code])) for code in JA}
    assert {code: pair for code, pair in differ.items() if pair[0] != pair[1]} == {}, "placeholders differ (English, Japanese)"


def test_every_english_message_has_a_japanese_one():
    missing = sorted(code for code in EN if code not in JA and not english_only(code))
    assert missing == [], f"{len(missing)} codes have no Japanese message: {', '.join(missing)}"


def test_japanese_was_written_for_todays_english():
    """Each Japanese sentence carries the stamp of the English it translates: an English sentence
    changed since flags its Japanese (renew the stamp with `python -m journal.words.pairs` once
    the Japanese says the same again)."""
    from journal.words import AREAS
    from journal.words.pairs import stale

    flagged = {area.__name__: stale(area.WORDS) for area in AREAS}
    assert {name: codes for name, codes in flagged.items() if codes} == {}


def test_a_changed_english_sentence_is_flagged_and_renewed(tmp_path, monkeypatch):
    """The stamp check and its renewal, on a catalogue module of its own."""
    import importlib
    import sys

    from journal.words.pairs import _renew, stale, stamp

    module = tmp_path / "sample_words.py"
    entries = [("a.b", "Saved, now.", "保存しました。", stamp("Saved.")), ("a.c", "Kept.", "残しました。", stamp("Kept."))]
    lines = [f'    "{code}": (\n        "{en}",\n        "{ja}",\n        "{mark}",\n    ),\n' for code, en, ja, mark in entries]
    module.write_text("WORDS = {\n" + "".join(lines) + "}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert stale(importlib.import_module("sample_words").WORDS) == ["a.b"]
    assert _renew("sample_words") == 1
    del sys.modules["sample_words"]
    assert stale(importlib.import_module("sample_words").WORDS) == []


def test_every_rule_has_its_title_and_sentence():
    for name in RULES:
        for prefix in ("rule", "title", "short"):
            assert f"{prefix}.{name}" in EN, f"{prefix}.{name}"


# ----- (b) every code raised has an English sentence -------------------------------------------------

PROBLEMS = {"Problem", "ValidationError", "DateError", "AmountError", "JournalError", "Refused", "ImportProblem"}


def _called(node: ast.Call) -> str | None:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _sources() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for path in sorted(SOURCE.rglob("*.py"))
        if "words" not in path.relative_to(SOURCE).parts
    ]


def problem_classes(modules) -> set[str]:
    """The Problem classes above, and any other class in journal/ built on one of them."""
    known = set(PROBLEMS)
    classes = [node for _, module in modules for node in ast.walk(module) if isinstance(node, ast.ClassDef)]
    while True:
        more = {c.name for c in classes if any(isinstance(b, ast.Name | ast.Attribute) and _name(b) in known for b in c.bases)}
        if more <= known:
            return known
        known |= more


def _name(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr


def raised_codes() -> list[tuple[str, ast.expr, set[str] | None]]:
    """Every Problem built in journal/ (words/ aside): where, its first argument, and its keyword
    names (None when it passes **params along, so they cannot be known here)."""
    modules = _sources()
    classes = problem_classes(modules)
    found = []
    for path, module in modules:
        for node in ast.walk(module):
            if isinstance(node, ast.Call) and node.args and _called(node) in classes:
                keywords = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords}
                found.append((f"{path.relative_to(SOURCE.parent)}:{node.lineno}", node.args[0], keywords))
    return found


RAISED = raised_codes()


def _cases():
    for where, first, keywords in RAISED:
        if isinstance(first, ast.Constant) and isinstance(first.value, str) or isinstance(first, ast.JoinedStr):
            yield pytest.param(first, keywords, id=where)


def test_the_source_scan_finds_the_problems():
    codes = {first.value for _, first, _ in RAISED if isinstance(first, ast.Constant)}
    assert {"name.invisible", "amount.negative", "date.empty", "file.invalid", "contact.gone", "import.empty"} <= codes
    assert len(codes) > 60


@pytest.mark.parametrize(("first", "keywords"), list(_cases()))
def test_every_code_raised_has_an_english_sentence(first, keywords):
    assert isinstance(first, ast.Constant), "a code is a fixed string, never built from the input"
    code = first.value
    assert code in EN, f"{code!r} is raised but has no English message"
    if keywords is not None:  # the sentence's placeholders are all given ({field} explain() fills itself)
        assert placeholders(EN[code]) - {"field"} <= keywords, code


def declared_codes() -> set[str]:
    """The problem each record field declares (`Meta(extra={"problem": ...})`), for every record kind."""
    import msgspec

    from journal import records

    found: set[str] = set()

    def walk(info) -> None:
        if isinstance(info, msgspec.inspect.Metadata):
            problem = (info.extra or {}).get("problem")
            if isinstance(problem, str):
                found.add(problem)
            walk(info.type)
        elif isinstance(info, msgspec.inspect.StructType):
            for field in info.fields:
                walk(field.type)
        elif isinstance(info, msgspec.inspect.UnionType):
            for member in info.types:
                walk(member)
        elif hasattr(info, "item_type"):
            walk(info.item_type)

    for record_type in (*(kind.type for kind in records.RECORD_KINDS), records.Settings):
        walk(msgspec.inspect.type_info(record_type))
    return found


def test_every_code_a_record_field_declares_has_an_english_sentence():
    codes = declared_codes()
    assert {"name.empty", "cadence.range", "value.not_amount", "currency.unknown", "value.not_bool"} <= codes
    assert sorted(code for code in codes if code not in EN) == []


# ----- (c) choosing the language ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "environ", "expected"),
    [
        ("ja", {"SHIMA_LANG": "en", "LANG": "en_US.UTF-8"}, "ja"),  # the journal's setting first
        ("en", {"SHIMA_LANG": "ja", "LC_ALL": "ja_JP.UTF-8"}, "en"),
        ("fr", {"SHIMA_LANG": "ja"}, "ja"),  # a setting shima has no words for is passed over
        (None, {"SHIMA_LANG": "ja", "LC_ALL": "en_US.UTF-8"}, "ja"),  # then $SHIMA_LANG
        (None, {"SHIMA_LANG": "en", "LANG": "ja_JP.UTF-8"}, "en"),
        (None, {"SHIMA_LANG": " JA_jp ", "LANG": "C"}, "ja"),
        (None, {"SHIMA_LANG": "fr", "LANG": "ja_JP.UTF-8"}, "ja"),  # unknown: on to the locale
        (None, {"SHIMA_LANG": "", "LANG": "ja_JP.UTF-8"}, "ja"),
        (None, {"LC_ALL": "ja_JP.UTF-8", "LC_MESSAGES": "C", "LANG": "en_US.UTF-8"}, "ja"),  # then the locale
        (None, {"LC_ALL": "C.UTF-8", "LANG": "ja_JP.UTF-8"}, "en"),  # the first one set decides
        (None, {"LC_MESSAGES": "en_GB.UTF-8", "LANG": "ja_JP.UTF-8"}, "en"),
        (None, {"LC_ALL": "", "LC_MESSAGES": "ja_JP.eucJP", "LANG": "en_US.UTF-8"}, "ja"),  # empty is not set
        (None, {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "ja_JP.UTF-8"}, "ja"),
        (None, {"LANG": "JA_JP"}, "ja"),
        (None, {"LANG": "fr_FR.UTF-8"}, "en"),
        (None, {}, "en"),  # else English
    ],
)
def test_choose_language(setting, environ, expected):
    assert choose_language(setting, environ) == expected


def test_choose_language_reads_the_process_environment(monkeypatch):
    for name in ("SHIMA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert choose_language() == "en"
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert choose_language() == "ja"
    monkeypatch.setenv("SHIMA_LANG", "en")
    assert choose_language() == "en" and choose_language("ja") == "ja"


# ----- (d) a problem inside a problem -------------------------------------------------------------------------


def journal_file(path: Path, contact: dict) -> Path:
    document = {
        "format": "shima-journal",
        "version": 1,
        "settings": {"currency": "JPY", "owner_goal": "", "window_days": 365},
        "contacts": [contact],
        "entries": [],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_damaged_journal_names_its_path_record_and_field(tmp_path):
    path = journal_file(tmp_path / "journal.json", {**GOOD_CONTACT, "tag": "friend"})
    with pytest.raises(JournalError) as caught:
        Journal(path)
    problem = caught.value
    assert problem.code == "file.invalid" and isinstance(problem.params["problem"], ValidationError)
    told = "contact 'c1': tag must be one of peer, influencer, shima"
    assert explain(problem, "en") == f"{path}: {told}; the file was left as it is"


def test_a_refused_import_names_its_path_record_and_field(tmp_path):
    path = journal_file(tmp_path / "export.json", {**GOOD_CONTACT, "name": " "})
    with pytest.raises(JournalError) as caught:
        Journal(tmp_path / "journal.json").read_import(path)
    assert explain(caught.value, "en") == f"{path}: contact 'c1': name must not be empty; nothing was imported"


def test_the_inner_problem_is_told_in_the_same_language():
    inner = AmountError("amount.negative", text="-1", record="entry", record_id="e1")
    outer = JournalError("file.invalid", path="/j.json", problem=inner)
    sentence = explain(outer, "en")
    assert sentence.startswith("/j.json: entry 'e1': “-1” is below zero") and sentence.endswith("; the file was left as it is")
    assert "「-1」はマイナスです。金額は0以上で入力してください。" in explain(outer, "ja")


def test_problems_survive_pickling_with_their_inner_problem():
    with pytest.raises(ValidationError) as caught:
        contact_from_dict({**GOOD_CONTACT, "cadence_days": 0})
    outer = JournalError("file.invalid", path="/j.json", problem=caught.value)
    copied = pickle.loads(pickle.dumps(outer))
    assert type(copied) is JournalError and type(copied.params["problem"]) is ValidationError
    assert (copied.code, copied.params["problem"].params) == (outer.code, caught.value.params)
    assert explain(copied) == explain(outer)


# ----- say -------------------------------------------------------------------------------------------------------


def test_say_fills_placeholders_and_falls_back_to_english():
    assert say("date.empty", "ja") == JA["date.empty"]
    assert say("cadence.range", "en", field="stay in touch", limit=36500) == (
        "stay in touch must be a whole number of days from 1 to 36,500, or none"
    )
    assert say("import.unknown_format", "en") == EN["import.unknown_format"]  # a missing number shows, never raises
    assert set(LANGUAGES) == set(CATALOGUES)
    with pytest.raises(KeyError):
        say("no.such.code")


def test_a_date_problem_reads_in_both_languages():
    problem = DateError("date.not_understood", text="someday")
    assert explain(problem, "en") == '"someday" is not a date shima can read; try 2026-11-20, yesterday, 3 days ago or monday'
    assert explain(problem, "ja") == "「someday」は日付として読めません（例: 2026年11月20日、昨日、3日前、先週の月曜）"


# ----- argparse's own sentences ----------------------------------------------------------------------------

# argparse messages that only a parser built wrong can show: a programmer's, never a user's.
ARGPARSE_PROGRAMMER_MESSAGES = {
    ".__call__() not defined",
    "'required' is an invalid argument for positionals",
    "mutually exclusive arguments must be optional",
    "%r is not callable",
    "cannot merge actions - two groups are named %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "cannot have multiple subparser arguments",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    "conflicting option string: %s",
    "conflicting option strings: %s",
    'argument "-" with mode %r',
}


def argparse_messages() -> set[str]:
    """Every message the running Python's argparse asks gettext for (`_()` and `ngettext()`)."""
    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and _called(node) in ("_", "ngettext"):
            found |= {arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)}
    return found


def test_every_message_argparse_shows_a_user_has_japanese():
    messages = argparse_messages()
    assert {"usage: ", "invalid choice: %(value)r (choose from %(choices)s)", "options"} <= messages
    known = set(ARGPARSE_EN.values())
    missing = sorted(messages - ARGPARSE_PROGRAMMER_MESSAGES - known)
    assert missing == [], "argparse messages with no entry in journal/words/usage.py"


def test_argparse_messages_keep_their_percent_placeholders_in_japanese():
    def percent_placeholders(template: str) -> list[str]:
        return sorted(re.findall(r"%(?:\(\w+\))?[sr]", template))

    for code, japanese in ARGPARSE_JA.items():
        english = ARGPARSE_EN[code]
        assert percent_placeholders(japanese) == percent_placeholders(english), code


@pytest.mark.parametrize("area", ["usage.", "textual.command."])
def test_another_librarys_english_is_found_by_its_text_so_it_appears_once(area):
    english = [template for code, template in EN.items() if code.startswith(area)]
    assert len(english) == len(set(english)), area


# ----- the command line's --help ----------------------------------------------------------------------------


def parser_help_texts(lang: str) -> list[str]:
    """The description and every help text of shima's parser and its commands', in order."""

    def walk(parser: argparse.ArgumentParser):
        yield parser.description
        for action in parser._actions:
            yield action.help
            if isinstance(action, argparse._SubParsersAction):
                yield from (command.help for command in action._choices_actions)
                for command_parser in action.choices.values():
                    yield from walk(command_parser)

    with argparse_speaking(lang):
        return [text for text in walk(build_parser(lang)) if text not in (None, argparse.SUPPRESS)]


def test_every_help_text_of_the_command_line_has_japanese():
    """A help text written into build_parser instead of journal/words/help.py stays English in Japanese."""
    english, japanese = parser_help_texts("en"), parser_help_texts("ja")
    assert len(english) == len(japanese) > 60
    untranslated = [ja for en, ja in zip(english, japanese, strict=True) if ja == en or not re.search(r"[ぁ-んァ-ン一-龯]", ja)]
    assert untranslated == []
