"""The app's messages: a leaf module (it imports nothing of the app), so screens and widgets can
post and handle them without importing `app.py`."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date

from textual.message import Message

from ..insights import Report
from ..records import Contact, Entry
from ..store import Loaded


class JournalChanged(Message):
    """Posted to every screen after the journal changed (here or in another process)."""


@dataclass
class EntriesRead(Message):
    """A worker read every month of the journal and computed the report."""

    revision: tuple[int, int]
    report: Report


@dataclass
class EarlyReportRead(Message):
    """Before it reads every month, the reading worker's report on the contacts on screen alone
    (`insights.report_for`: their numbers in the whole report). The worker waits for `drawn` (set
    once the screen is drawn again) before it reads on: drawing needs the interpreter, which its
    reading would otherwise hold."""

    revision: tuple[int, int]
    today: date
    report: Report
    drawn: threading.Event


@dataclass
class OutsideChangeRead(Message):
    """A worker read a journal another process wrote."""

    loaded: Loaded


@dataclass
class EditContact(Message):
    contact: Contact


@dataclass
class EditEntry(Message):
    entry: Entry


@dataclass
class ArchiveContact(Message):
    """Archive an active contact, or restore an archived one (asks first)."""

    contact: Contact


@dataclass
class DeleteEntry(Message):
    """Delete an entry (asks first; undo puts it back)."""

    entry: Entry


@dataclass
class OpenContact(Message):
    """Back to the main screen with this contact selected."""

    contact_id: str


@dataclass
class ToggleCriterion(Message):
    contact_id: str
    criterion: str
    value: bool
