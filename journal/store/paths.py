"""Where the journal lives: --journal, else $SHIMA_JOURNAL, else the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path


def default_journal_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("shima", appauthor=False) / "journal.json"


def resolve_journal_path(option: str | None) -> Path:
    chosen = option or os.environ.get("SHIMA_JOURNAL")
    return Path(chosen).expanduser() if chosen else default_journal_path()
