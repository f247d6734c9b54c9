"""The domain, storage and CLI never import Textual: the command line must start fast."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "journal.records",
        "journal.dates",
        "journal.store",
        "journal.insights",
        "journal.report",
        "journal.cli",
        "journal.lookup",
        "journal.textsafe",
        "journal.money",
    ],
)
def test_headless_modules_do_not_import_textual(module):
    code = f"import sys, {module}; assert not any(m == 'textual' or m.startswith('textual.') for m in sys.modules), module"
    subprocess.run([sys.executable, "-c", code], check=True)
