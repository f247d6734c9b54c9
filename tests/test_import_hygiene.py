"""The layers stay layers: import-linter's contracts (pyproject.toml) hold, and the headless
modules, imported alone in a fresh interpreter, load neither Textual nor Rich."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
HEADLESS = [
    "journal.problems",
    "journal.records",
    "journal.dates",
    "journal.money",
    "journal.reading",
    "journal.lookup",
    "journal.capture",
    "journal.textsafe",
    "journal.insights",
    "journal.actions",
    "journal.store",
    "journal.importers",
    "journal.calendar",
    "journal.reminders",
    "journal.words",
    "journal.report",
    "journal.cli",
]


def test_import_contracts_hold():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint, "import-linter is part of the test extra"
    done = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


@pytest.mark.parametrize("module", HEADLESS)
def test_headless_modules_load_neither_textual_nor_rich(module):
    code = (
        f"import sys, {module}; "
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')]; "
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_a_plain_journal_never_loads_age_or_the_keyring(tmp_path):
    """pyrage and keyring are loaded once a journal turns out to be encrypted: the app holding a
    plain journal keeps its memory (the limit is 5x the file), and `shima log` its start."""
    journal = tmp_path / "journal.json"
    code = (
        "import sys; from journal import actions; from journal.tui.app import make_app; "
        f"app = make_app({str(journal)!r}); actions.add_contact(app.journal, {{'name': 'x'}}); "
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('pyrage', 'keyring')]; "
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
