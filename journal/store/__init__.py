"""The journal: a file half that moves bytes (file.py, layout.py) and a state half that holds
records (state.py), joined in journal.py. Nothing else in shima reads or writes the journal file."""

from .file import BACKUPS_KEPT, JournalError, Signature, check_output_path, write_private_file
from .journal import Journal, Loaded, key_path_for
from .merging import MergeCounts, counts_between, merge, replacement, restoration
from .paths import default_journal_path, resolve_journal_path
from .state import JournalState, remembered

__all__ = [
    "BACKUPS_KEPT",
    "Journal",
    "JournalError",
    "JournalState",
    "Loaded",
    "MergeCounts",
    "Signature",
    "check_output_path",
    "counts_between",
    "default_journal_path",
    "key_path_for",
    "merge",
    "remembered",
    "replacement",
    "restoration",
    "resolve_journal_path",
    "write_private_file",
]
