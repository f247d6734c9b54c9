"""The use cases: every change to the journal, each taking the journal and what the user changed.

Both front ends (the command line and the app) change data only through these. A change is
applied inside `Journal.transact`, to the journal as it is on disk at that moment, under the
lock: fields the user did not touch keep whatever another window saved meanwhile, and where
both changed the same field the later save wins and the result says which fields (so the front
end can tell the user). The rules about records live once, in `records.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Generic, TypeVar

import orjson

from .problems import Problem
from .records import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Contact,
    Entry,
    Settings,
    Snapshot,
    edited_contact,
    edited_entry,
    new_contact,
    new_entry,
    now_stamp,
    settings_with,
)
from .store import Journal, JournalState, MergeCounts, merge
from .store.state import _stamp

R = TypeVar("R")
CLOCK_SKEW = timedelta(minutes=10)  # a stamp further in the future than this is not trusted


class Refused(Problem):
    """A use case that cannot go ahead (the record is gone, nothing to undo...)."""


@dataclass(slots=True)
class Saved(Generic[R]):
    """A saved record, and the fields another window had changed too (the later save won)."""

    record: R
    overridden: tuple[str, ...] = ()
    undo: Callable[[Journal], object] | None = field(default=None, repr=False)


def _overridden(current, seen, changes: dict) -> tuple[str, ...]:
    """Fields the user changed that someone else also changed since the user saw the record."""
    if seen is None:
        return ()
    now, before = current.to_dict(), seen.to_dict()
    return tuple(name for name, value in changes.items() if now.get(name) != before.get(name) and now.get(name) != value)


def _as_stored(changes: dict) -> dict:
    """What the user changed, in the record's stored form (dates as ISO text, criteria as a dict)."""
    out = {}
    for name, value in changes.items():
        if hasattr(value, "to_dict"):
            value = value.to_dict()
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        out[name] = value
    return out


def _contact(state: JournalState, contact_id: str) -> Contact:
    contact = state.contacts.get(contact_id)
    if contact is None:
        raise Refused("contact.gone", id=contact_id)
    return contact


def _entry(state: JournalState, entry_id: str) -> Entry:
    entry = state.find_entry(entry_id)
    if entry is None:
        raise Refused("entry.gone", id=entry_id)
    return entry


def _require_contacts(state: JournalState, contact_ids: list[str]) -> None:
    for cid in contact_ids:
        if cid not in state.contacts:
            raise Refused("contact.gone", id=cid)


# ----- contacts ---------------------------------------------------------------------------------


def add_contact(journal: Journal, fields: dict) -> Contact:
    """A new contact from what the user typed (name, tag, met, notes, cadence_days, shima_fit)."""

    def change(state: JournalState) -> Contact:
        contact = new_contact(fields, contact_id=state.unique_id("c"))
        state.put_contact(contact)
        return contact

    return journal.transact(change)


def edit_contact(journal: Journal, contact_id: str, changes: dict, *, seen: Contact | None = None) -> Saved[Contact]:
    """Apply the fields the user changed to the contact as it is now; seen is the record the
    user started from, to tell which of their fields someone else changed meanwhile."""

    def change(state: JournalState) -> Saved[Contact]:
        current = _contact(state, contact_id)
        stored = _as_stored(changes)
        overridden = _overridden(current, seen, stored)
        updated = edited_contact(current, stored)
        state.put_contact(updated)
        before = {name: current.to_dict()[name] for name in stored}
        return Saved(updated, overridden, lambda j: edit_contact(j, contact_id, before))

    return journal.transact(change)


def set_criterion(journal: Journal, contact_id: str, criterion: str, value: bool) -> Saved[Contact]:
    """Tick or untick one of the four shima criteria, leaving the other three as they are now."""

    def change(state: JournalState) -> Saved[Contact]:
        current = _contact(state, contact_id)
        fit = {**current.shima_fit.to_dict(), criterion: value}
        state.put_contact(edited_contact(current, {"shima_fit": fit}))
        return Saved(state.contacts[contact_id], (), lambda j: set_criterion(j, contact_id, criterion, not value))

    return journal.transact(change)


def set_archived(journal: Journal, contact_id: str, archived: bool) -> Saved[Contact]:
    """Archive (hide, never delete) or restore a contact; the undo does the opposite."""
    saved = edit_contact(journal, contact_id, {"archived": archived})
    saved.undo = lambda j: set_archived(j, contact_id, not archived)
    return saved


# ----- entries ----------------------------------------------------------------------------------


def log_entry(journal: Journal, fields: dict) -> Entry:
    """A new entry: date, contacts (ids), direction, kind, value, text."""

    def change(state: JournalState) -> Entry:
        entry = new_entry(fields, entry_id=state.unique_id("e"))
        _require_contacts(state, entry.contacts)
        state.put_entry(entry)
        return entry

    return journal.transact(change)


def record_sale(journal: Journal, fields: dict) -> Entry:
    """Your own revenue: value, date, text, and the contacts who brought it (none: your own sale)."""
    return log_entry(journal, {**fields, "direction": "sale", "kind": None})


def edit_entry(journal: Journal, entry_id: str, changes: dict, *, seen: Entry | None = None) -> Saved[Entry]:
    def change(state: JournalState) -> Saved[Entry]:
        current = _entry(state, entry_id)
        stored = _as_stored(changes)
        overridden = _overridden(current, seen, stored)
        if "kind" not in stored and stored.get("direction") == "note":
            stored["kind"] = None  # a note has no kind, whatever the entry had before
        elif "kind" not in stored and stored.get("direction") not in (None, "note") and current.kind is None:
            stored["kind"] = "other"  # a note turned contribution: the default kind, as when logging
        updated = edited_entry(current, stored)
        _require_contacts(state, updated.contacts)
        state.put_entry(updated)
        before = {name: current.to_dict()[name] for name in stored}
        return Saved(updated, overridden, lambda j: edit_entry(j, entry_id, before))

    return journal.transact(change)


def delete_entry(journal: Journal, entry_id: str) -> Saved[Entry]:
    """Remove an entry; its undo puts the very same entry back."""

    def change(state: JournalState) -> Saved[Entry]:
        entry = _entry(state, entry_id)
        state.remove_entry(entry_id)
        return Saved(entry, (), lambda j: restore_entry(j, entry))

    return journal.transact(change)


def restore_entry(journal: Journal, entry: Entry) -> Entry:
    """Put a deleted entry back as it was (its contacts must still exist)."""

    def change(state: JournalState) -> Entry:
        _require_contacts(state, entry.contacts)
        state.put_entry(entry)
        return entry

    return journal.transact(change)


# ----- settings ---------------------------------------------------------------------------------


def change_settings(journal: Journal, changes: dict) -> Settings:
    """Only the settings the user changed; the others keep what is on disk now."""

    def change(state: JournalState) -> Settings:
        settings = settings_with(state.settings, changes)
        if settings != state.settings:
            state.put_settings(settings)
        return settings

    return journal.transact(change)


# ----- import and export ------------------------------------------------------------------------


def check_stamps(snapshot: Snapshot, now: datetime | None = None) -> None:
    """A record stamped in the future (an import from 2099) would win every later merge and
    revert today's edits: refuse it, beyond a small clock skew."""
    limit = (now or datetime.now().astimezone()) + CLOCK_SKEW
    for kind, records in (("contact", snapshot.contacts), ("entry", snapshot.entries)):
        for record in records:
            for name in ("created_at", "updated_at"):
                if _stamp(getattr(record, name)) > limit:
                    raise Refused(
                        "import.future_stamp", field=name, record=kind, record_id=record.id, stamp=getattr(record, name)
                    )


def import_journal(journal: Journal, incoming: Snapshot, *, replace: bool) -> MergeCounts:
    """Merge a validated export by id (newer wins), or replace the journal with it; all or nothing,
    with a backup of the journal as it was kept first."""
    check_stamps(incoming)

    def change(state: JournalState) -> MergeCounts:
        current = Snapshot(Settings(), [], []) if replace else state.snapshot()
        merged, counts = merge(current, incoming)
        journal.replace_state(JournalState.from_snapshot(merged))
        return counts

    return journal.transact(change, whole=True)


def export_document(journal: Journal) -> dict:
    """SPEC section 5: contacts in creation order, entries by date then creation."""
    snapshot = journal.snapshot()
    contacts = sorted(snapshot.contacts, key=lambda c: _stamp(c.created_at))
    entries = sorted(snapshot.entries, key=lambda e: (e.date, _stamp(e.created_at)))
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": now_stamp(),
        "settings": snapshot.settings.to_dict(),
        "contacts": [c.to_dict() for c in contacts],
        "entries": [e.to_dict() for e in entries],
    }


def export_bytes(journal: Journal) -> bytes:
    return orjson.dumps(export_document(journal), option=orjson.OPT_INDENT_2) + b"\n"
