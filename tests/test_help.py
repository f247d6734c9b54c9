"""`shima --help` and `shima COMMAND --help`: English exactly as before the help moved into the words
catalogue, Japanese with no English sentence left, and Japanese help wrapped by terminal cells so
that no line is wider than the terminal.

The English files in tests/fixtures/help/ are the help as it was printed at COLUMNS=80; when a help
text changes on purpose, print it again (`COLUMNS=80 LANG=C shima log --help`) into its file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import run_shima

from journal.linebreak import NO_LINE_START, wrap_by_cells
from journal.textsafe import width

NEUTRAL = {"SHIMA_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C", "COLUMNS": "80"}
JAPANESE_LOCALE = {**NEUTRAL, "LANG": "ja_JP.UTF-8"}
ENGLISH_HELP = Path(__file__).resolve().parent / "fixtures" / "help"
COMMANDS = (
    "tui add edit archive restore log sale edit-entry delete-entry list timeline report due calendar export "
    "encrypt decrypt unlock lock import restore-backup settings"
).split()
# Two English words in a row: a sentence. Option names, metavars (PATH, CONTACT), command names and
# the values typed (shima=14,peer=60) never make one outside the usage lines.
ENGLISH_WORDS = re.compile(r"\b[A-Za-z]{2,} [a-z]{2,}\b")


def shown_help(*args: str, env: dict) -> str:
    done = run_shima(*args, "--help", env=env)
    assert done.code == 0, done.err
    return done.out


def after_usage(text: str) -> list[str]:
    """The help's lines below the usage lines (those name the commands and options only)."""
    return text.split("\n\n", 1)[1].splitlines()


@pytest.mark.parametrize(("args", "english"), [((), "shima.txt"), (("log",), "shima-log.txt"), (("import",), "shima-import.txt")])
def test_the_english_help_is_unchanged(args, english):
    assert shown_help(*args, env=NEUTRAL) == (ENGLISH_HELP / english).read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [(), ("log",), ("import",)])
@pytest.mark.parametrize("env", [JAPANESE_LOCALE, {**NEUTRAL, "SHIMA_LANG": "ja"}], ids=["locale", "shima_lang"])
def test_the_japanese_help_has_no_english_sentence(args, env):
    shown = shown_help(*args, env=env)
    english = [line for line in after_usage(shown) if ENGLISH_WORDS.search(line)]
    assert english == [], shown
    assert re.search(r"[ぁ-んァ-ン一-龯]", shown.split("\n\n", 2)[1]), "the description or the first help is Japanese"


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_no_japanese_help_line_is_wider_than_the_terminal(command):
    shown = shown_help(*[command] if command else [], env=JAPANESE_LOCALE)
    lines = after_usage(shown)
    assert [line for line in lines if width(line) > 80] == [], shown
    # broken between characters by Japanese rules: never before 、。） and the like
    assert [line for line in lines if line.strip() and line.strip()[0] in NO_LINE_START] == [], shown


@pytest.mark.parametrize(
    ("text", "cells", "whole"),
    [
        ("金額（例：30000、30,000、3万円）", 10, ["3万円）", "30,000、"]),  # a number and its counter, and what closes them
        ("満たしているシマの条件：goal,heat,acknowledges,ahead（同じゴール）", 14, []),  # a run wider than a line
        ("帳簿のファイル（既定：$SHIMA_JOURNAL、なければユーザーのデータフォルダ）", 20, ["$SHIMA_JOURNAL、"]),
    ],
)
def test_japanese_help_wraps_by_cells_and_its_rules(text, cells, whole):
    lines = wrap_by_cells(text, cells)
    assert "".join(lines) == text
    assert all(width(line) <= cells for line in lines), lines
    assert not [line for line in lines[1:] if line[0] in NO_LINE_START], lines
    assert all(any(piece in line for line in lines) for piece in whole), lines
