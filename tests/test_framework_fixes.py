"""The fixes to Textual and Rich (journal/tui/textual_fixes.py, textual_words.py) fail loudly: every
original they replace or rely on is still the one they were written for, the pins name the same
versions, they are put in place when the app starts (not on import) and once, and a fix that no longer
fits stops an app's start (tests) or is left out with one line in the log (`run_app`, a user's terminal)."""

from __future__ import annotations

import importlib
import logging
import re
import subprocess
import sys
import tomllib
import types
from pathlib import Path

import pytest

from journal.tui import app as shima_app
from journal.tui import textual_fixes
from journal.tui.app import FRAMEWORK_FIXES, make_app, run_app
from journal.tui.textual_fixes import (
    JAPANESE_LINE_BREAKS_SHOWN,
    WRITTEN_FOR,
    FrameworkFix,
    FrameworkFixError,
    Original,
    apply_framework_fixes,
    fingerprint,
    original,
    parameters,
)

ROOT = Path(__file__).parents[1]
ORIGINALS = [(fix, each) for fix in FRAMEWORK_FIXES for each in fix.originals]
TEST_TARGET = "textual.shima_test_target"  # under textual: the installed Textual's version is checked


def live(path: str) -> object:
    """What `path` holds now: Textual's or Rich's own, or a fix's replacement."""
    module, _, qualname = path.partition(":")
    found = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    return found


@pytest.fixture
def first_start(monkeypatch):
    """This process as before any app started: no fix met yet (what is patched stays patched)."""
    monkeypatch.setattr(textual_fixes, "_met", set())
    monkeypatch.setattr(textual_fixes, "_REPLACED", dict(textual_fixes._REPLACED))


@pytest.fixture
def painter(monkeypatch, first_start):
    """A class of "Textual's", for made-up fixes to replace or rely on."""

    class Painter:
        def paint(self, width):
            return "Textual's"

        def measure(self, text):
            return len(text)

    module = types.ModuleType(TEST_TARGET)
    module.Painter = Painter
    monkeypatch.setitem(sys.modules, TEST_TARGET, module)
    return Painter


def ours(self, width):
    return "shima's"


@pytest.mark.parametrize(("fix", "each"), ORIGINALS, ids=[each.path for _, each in ORIGINALS])
def test_each_original_is_the_one_its_fix_was_written_for(fix, each):
    now = original(each.path)
    assert (parameters(now), fingerprint(now)) == (each.parameters, each.fingerprint), (
        f"Textual or Rich changed {each.path}: look again at the fix {fix.name!r}, and once it fits the new code "
        f"record parameters {parameters(now)!r} and fingerprint {fingerprint(now)!r} beside it"
    )


def test_the_pins_are_the_versions_the_fixes_were_written_for():
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pins = dict(dependency.split("==") for dependency in dependencies if "==" in dependency)
    assert {package: pins.get(package) for package in WRITTEN_FOR} == WRITTEN_FOR


def test_the_fixes_are_put_in_place_when_the_app_starts_not_on_import(tmp_path):
    """A fresh interpreter: this one has started apps already."""
    code = f"""
import importlib
from journal.tui.app import FRAMEWORK_FIXES, make_app

def live(path):
    module, _, qualname = path.partition(":")
    found = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    return found

replaced = [each for fix in FRAMEWORK_FIXES for each in fix.originals if each.replacement is not None]
assert len(replaced) == 4, replaced
assert not [each.path for each in replaced if live(each.path) is each.replacement], "patched on import"
make_app({str(tmp_path / "journal.json")!r})
assert not [each.path for each in replaced if live(each.path) is not each.replacement], "not patched at start"
"""
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_starting_again_keeps_textuals_own_originals(first_start):
    for _ in range(2):
        textual_fixes._met.clear()  # as if met for the first time, twice
        assert apply_framework_fixes(FRAMEWORK_FIXES) == {}
    for _, each in ORIGINALS:
        if each.replacement is not None:
            assert live(each.path) is each.replacement
            assert original(each.path) is not each.replacement


def test_an_app_started_on_other_versions_fails_at_start_naming_each_fix(first_start, monkeypatch, tmp_path):
    monkeypatch.setitem(WRITTEN_FOR, "rich", "14.0.0")
    with pytest.raises(FrameworkFixError) as raised:
        make_app(tmp_path / "journal.json")
    said = str(raised.value)
    assert f"{JAPANESE_LINE_BREAKS_SHOWN.name}: rich 15.0.0 is installed, the fix was written for 14.0.0" in said
    assert [fix.name for fix in FRAMEWORK_FIXES if fix.name in said] == [JAPANESE_LINE_BREAKS_SHOWN.name]


def test_a_users_app_opens_on_other_versions_with_one_line_in_the_log(first_start, monkeypatch, caplog, tmp_path):
    monkeypatch.setitem(WRITTEN_FOR, "textual", "0.0.0")
    monkeypatch.setenv("SHIMA_ALLOW_NO_TTY", "1")
    ran = []
    monkeypatch.setattr(shima_app.ShimaApp, "run", lambda app: ran.append(app))  # the terminal stays this test's
    with caplog.at_level(logging.WARNING, logger=textual_fixes.__name__):
        assert run_app(tmp_path / "journal.json") == 0
    assert len(ran) == 1  # built (its own strict check met the fixes run_app had met) and run
    [warning] = caplog.records
    line = warning.getMessage()
    assert "\n" not in line
    assert all(f"{fix.name} (textual 8.2.8 is installed" in line for fix in FRAMEWORK_FIXES)


@pytest.mark.parametrize(
    ("path", "taking", "why"),
    [
        (f"{TEST_TARGET}:Painter.measure", "(self, text, width)", f"{TEST_TARGET}:Painter.measure takes (self, text)"),
        (f"{TEST_TARGET}:Painter.draw", "(self, text)", f"{TEST_TARGET}:Painter.draw is gone"),
    ],
    ids=["other parameters", "gone"],
)
def test_a_fix_that_no_longer_fits_raises_before_anything_is_patched(painter, path, taking, why):
    fits = FrameworkFix("fits", (Original(f"{TEST_TARGET}:Painter.paint", "(self, width)", "", ours),))
    misfit = FrameworkFix("misfit", (Original(path, taking, ""),))
    with pytest.raises(FrameworkFixError, match=re.escape(f"misfit: {why}")):
        apply_framework_fixes([fits, misfit])
    assert painter().paint(80) == "Textual's"


def test_on_a_users_terminal_a_fix_that_no_longer_fits_is_left_out(painter, caplog):
    fits = FrameworkFix("fits", (Original(f"{TEST_TARGET}:Painter.paint", "(self, width)", "", ours),))
    misfit = FrameworkFix("misfit", (Original(f"{TEST_TARGET}:Painter.measure", "(self, text, width)", "", ours),))
    with caplog.at_level(logging.WARNING, logger=textual_fixes.__name__):
        left_out = apply_framework_fixes([fits, misfit], strict=False)
    assert left_out == {
        "misfit": f"{TEST_TARGET}:Painter.measure takes (self, text), the fix was written for (self, text, width)"
    }
    assert (painter().paint(80), painter().measure("abc")) == ("shima's", 3)
    [warning] = caplog.records
    assert "misfit (" in warning.getMessage() and "fits (" not in warning.getMessage()
