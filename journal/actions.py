"""The use cases: every change to the journal, each taking the journal and what the user changed.

Both front ends (the command line and the app) change data only through these. A change is
applied inside `Journal.transact`, to the journal as it is on disk at that moment, under the
lock: fields the user did not touch keep whatever another window saved meanwhile, and where
both changed the same field the later save wins and the result says which fields (so the front
end can tell the user). The rules about records live once, in `records.py`.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from .problems import Problem
from .records import (
    CONTACTS,
    ENTRIES,
    RECORD_KINDS,
    Contact,
    Entry,
    Settings,
    Snapshot,
    ValidationError,
    edited_contact,
    edited_entry,
    new_contact,
    new_entry,
    new_id,
    now_stamp,
    parse_stamp,
    replace,
    settings_with,
)
from .store import Journal, JournalError, JournalState, MergeCounts, counts_between, merge, remembered, replacement, restoration
from .store.document import FORMAT_NAME, FORMAT_VERSION
from .store.file import read_regular_file

if TYPE_CHECKING:  # the importers' types only: `shima due` never loads them
    from .importers import ParsedFile, Person, Skipped
    from .store.crypt import Key

R = TypeVar("R")
CLOCK_SKEW = timedelta(minutes=10)  # a stamp further in the future than this is not trusted
REMOVALS_WITHOUT_ASKING = 10  # a merge removing more records (or more than half the journal) waits for the user's word


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
        state.put(CONTACTS, contact)
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
        state.put(CONTACTS, updated)
        before = {name: current.to_dict()[name] for name in stored}
        return Saved(updated, overridden, lambda j: edit_contact(j, contact_id, before))

    return journal.transact(change)


def set_criterion(journal: Journal, contact_id: str, criterion: str, value: bool) -> Saved[Contact]:
    """Tick or untick one of the four shima criteria, leaving the other three as they are now."""

    def change(state: JournalState) -> Saved[Contact]:
        current = _contact(state, contact_id)
        fit = {**current.shima_fit.to_dict(), criterion: value}
        state.put(CONTACTS, edited_contact(current, {"shima_fit": fit}))
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
        state.put(ENTRIES, entry)
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
        state.put(ENTRIES, updated)
        before = {name: current.to_dict()[name] for name in stored}
        return Saved(updated, overridden, lambda j: edit_entry(j, entry_id, before))

    return journal.transact(change)


def delete_entry(journal: Journal, entry_id: str) -> Saved[Entry]:
    """Remove an entry; its undo puts the very same entry back."""

    def change(state: JournalState) -> Saved[Entry]:
        entry = _entry(state, entry_id)
        state.remove(ENTRIES, entry_id)
        return Saved(entry, (), lambda j: restore_entry(j, entry))

    return journal.transact(change)


def restore_entry(journal: Journal, entry: Entry) -> Entry:
    """Put a deleted entry back as it was (its contacts must still exist), changed now: a copy
    that synced the deletion meanwhile must not remove it again."""

    def change(state: JournalState) -> Entry:
        _require_contacts(state, entry.contacts)
        restored = replace(entry, updated_at=now_stamp())  # later than its tombstone, wherever that went
        state.put(ENTRIES, restored)
        return restored

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


def furthest_ahead(snapshot: Snapshot, now: datetime | None = None) -> tuple[timedelta, str, str, str, str] | None:
    """The stamp of a copy furthest beyond this device's clock, when one is more than the allowed
    skew ahead: (how far, the record's kind, its id, the field, the stamp), else None. Tombstones
    count as records: a removal dated 9999 would win every later merge as surely as an edit."""
    now = now or datetime.now().astimezone()
    worst: tuple[timedelta, str, str, str, str] | None = None
    for kind in RECORD_KINDS:
        for record in getattr(snapshot, kind.section):
            for name in ("created_at", "updated_at"):
                ahead = parse_stamp(getattr(record, name)) - now
                if ahead > CLOCK_SKEW and (worst is None or ahead > worst[0]):
                    worst = (ahead, kind.name, record.id, name, getattr(record, name))
    for record_id, when in snapshot.tombstones.items():
        ahead = parse_stamp(when) - now
        if ahead > CLOCK_SKEW and (worst is None or ahead > worst[0]):
            worst = (ahead, "tombstone", record_id, "deleted_at", when)
    return worst


def check_stamps(snapshot: Snapshot, now: datetime | None = None) -> None:
    """A record or removal stamped in the future (an import from 2099) would win every later merge
    and revert today's edits: refuse it, beyond a small clock skew."""
    worst = furthest_ahead(snapshot, now)
    if worst is not None:
        _, kind, record_id, name, stamp = worst
        raise Refused("import.future_stamp", field=name, record=kind, record_id=record_id, stamp=stamp)


def stamped_now_at_most(snapshot: Snapshot, now: datetime | None = None) -> Snapshot:
    """The copy with every stamp beyond now set to now: what the user accepts with --accept-future
    (a device whose clock ran ahead). The merge gives the same records, and nothing from the
    future stays in the journal to win later merges."""
    limit = now or datetime.now().astimezone()
    stamp = limit.isoformat()

    def capped(record):
        changes = {name: stamp for name in ("created_at", "updated_at") if parse_stamp(getattr(record, name)) > limit}
        return replace(record, **changes) if changes else record

    tombstones = {rid: (stamp if parse_stamp(when) > limit else when) for rid, when in snapshot.tombstones.items()}
    records = {kind.section: [capped(r) for r in getattr(snapshot, kind.section)] for kind in RECORD_KINDS}
    return replace(snapshot, tombstones=tombstones, **records)


def _hold_mass_removals(current: Snapshot, counts: MergeCounts, path: str) -> None:
    """A merge that would remove more than a few records, or more than half of the journal, waits
    for the user's word (`shima import --accept-removals COPY`): one crafted or stale copy must not
    empty a journal by itself."""
    removed = counts.removed
    total = sum(len(getattr(current, kind.section)) for kind in RECORD_KINDS)
    if removed > REMOVALS_WITHOUT_ASKING or removed * 2 > total > 0:
        raise Refused("sync.removals_held", path=path, removed=removed, total=total)


def import_journal(
    journal: Journal,
    incoming: Snapshot,
    *,
    replace: bool,
    dry_run: bool = False,
    accept_removals: bool = False,
    accept_future: bool = False,
    source: Path | None = None,
) -> MergeCounts:
    """Merge a validated export or copy by id (newer wins, tombstones respected), or replace the
    journal with it; all or nothing, with a backup of the journal as it was kept first.
    dry_run: the counts only, nothing written. accept_removals: a merge removing many records goes
    ahead (else it is refused, saying how many). accept_future: stamps ahead of this clock are taken
    as made now (else refused). source: the file it came from; a sync tool's copy of this journal
    is then kept as a backup, as a merged copy always is."""
    if accept_future:
        incoming = stamped_now_at_most(incoming)
    check_stamps(incoming)
    where = str(source) if source is not None else ""
    if dry_run:
        current = Snapshot(Settings(), [], []) if replace else journal.snapshot()
        counts = merge(current, incoming)[1]
        if not (replace or accept_removals):
            _hold_mass_removals(current, counts, where)
        return counts

    def change(state: JournalState) -> MergeCounts:
        return _merge_in(journal, state, incoming, replace=replace, accept_removals=accept_removals, path=where)

    counts = journal.transact(change, whole=True)
    for copy, _ in journal.file.sync_copies() if source is not None else ():
        if _same_file(source, copy):
            journal.file.keep_sync_copy(copy)  # merged: not said again by the next command
    return counts


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False


def export_document(journal: Journal) -> dict:
    """SPEC section 5: contacts in creation order, entries by date then creation."""
    snapshot = journal.snapshot()
    contacts = sorted(snapshot.contacts, key=lambda c: parse_stamp(c.created_at))
    entries = sorted(snapshot.entries, key=lambda e: (e.date, parse_stamp(e.created_at)))
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": now_stamp(),
        "settings": snapshot.settings.to_dict(),
        "tombstones": remembered(snapshot.tombstones),
        "contacts": [c.to_dict() for c in contacts],
        "entries": [e.to_dict() for e in entries],
    }


def export_bytes(journal: Journal, *, plain: bool = False) -> bytes:
    """The export as a file holds it: one record per line, the journal's own bytes (see
    Journal.export_parts); export_document() is the same as a dict. An encrypted journal's export
    is encrypted to its key too (as armored text, which a terminal can show), unless plain."""
    data = b"".join(journal.export_parts(now_stamp()))
    if journal.file.key is not None and not plain:
        return journal.file.key.encrypt(data, armored=True)
    return data


# ----- privacy and sync ---------------------------------------------------------------------------


def encrypt_journal(journal: Journal, passphrase: str) -> Key:
    """Encrypt the journal, its backups and every later save to a new key of its own, kept beside
    it in a key file encrypted with the passphrase (age's scrypt, paid here and at each unlock)."""
    if journal.encrypted:
        raise Refused("crypt.already", path=str(journal.path))
    from .store.crypt import Key, write_key_file  # (age is loaded for encrypted journals only)

    check_passphrase(passphrase)
    key = Key.generate()
    write_key_file(journal.file.key_path, key, passphrase)  # first: a journal is never encrypted without it
    try:
        journal.set_key(key)
    except BaseException:
        journal.file.key_path.unlink(missing_ok=True)  # nothing was encrypted with it
        raise
    return key


MAX_PASSPHRASE_CHARS = 1024  # a terminal's line (4,095 bytes) takes it whole, so every way of typing it agrees


def check_passphrase(passphrase: str) -> None:
    """A new passphrase: not empty, and short enough for a terminal to take it whole."""
    if not passphrase:
        raise Refused("crypt.empty_passphrase")
    if len(passphrase) > MAX_PASSPHRASE_CHARS:
        raise Refused("crypt.passphrase_too_long", limit=MAX_PASSPHRASE_CHARS)


def decrypt_journal(journal: Journal) -> None:
    """Write the journal and its backups plain again, and remove its key file."""
    if not journal.encrypted:
        raise Refused("crypt.not_encrypted", path=str(journal.path))
    journal.set_key(None)
    journal.file.key_path.unlink(missing_ok=True)


@dataclass(slots=True)
class CopyMerged:
    """A sync tool's copy of the journal, merged (counts) or left as it was (problem)."""

    name: str
    counts: MergeCounts | None = None
    problem: Problem | None = None


def sync_copies_waiting(journal: Journal) -> list[str]:
    """The names of the copies merge_sync_copies() would look at (a folder listing: cheap)."""
    return [path.name for path, _ in journal.file.sync_copies()]


def merge_sync_copies(journal: Journal, now: datetime | None = None) -> list[CopyMerged]:
    """Merge the copies a sync tool left beside the journal (Syncthing's and Dropbox's conflict
    copies; a numbered copy only when it carries this journal's id) by the rule of an import:
    the newer change wins per record, and nothing deleted comes back. Each merged copy is then
    kept as a rotated backup. A numbered copy of another journal is an ordinary file of the user's:
    passed over in silence.

    A conflict copy is left alone, and said, when it cannot be read or merged; when it is another
    journal's or carries no journal id at all (a new device synced before its first sync finished,
    or a crafted file); when it holds stamps ahead of this device's clock (merged by a later
    command once that time has passed here: the other device's clock runs ahead, or this one's
    behind); and when merging it would remove many records (`shima import --accept-removals`
    merges it if that is what the user meant). The command goes on with the journal as it is.
    now: this device's clock (a test's)."""
    done = []
    for path, named_as_conflict in journal.file.sync_copies():
        try:
            copy = journal.read_import(path)
            ours = journal.state.journal_id
            if not (ours and copy.journal_id == ours):
                if not named_as_conflict:
                    continue
                raise Refused("sync.another_journal" if copy.journal_id else "sync.no_journal_id", path=str(path))
            ahead = furthest_ahead(copy, now)
            if ahead is not None:
                raise Refused("sync.clock_ahead", path=str(path), ahead=ahead[0])
            counts = journal.transact(
                lambda state, copy=copy, path=path: _merge_in(journal, state, copy, path=str(path)), whole=True
            )
            journal.file.keep_sync_copy(path)
        except Problem as problem:
            if named_as_conflict:
                done.append(CopyMerged(path.name, problem=problem))
            continue
        done.append(CopyMerged(path.name, counts))
    return done


def _merge_in(
    journal: Journal,
    state: JournalState,
    incoming: Snapshot,
    *,
    replace: bool = False,
    accept_removals: bool = False,
    path: str = "",
) -> MergeCounts:
    """Merge incoming into the state (or replace it); nothing is written when nothing changes,
    so an import or a copy that brings nothing new keeps no backup and rewrites nothing. A merge
    removing many records is refused unless accepted (replacing the journal is asked for by name)."""
    current = state.snapshot()
    if replace:  # (told as an import into an empty journal, as before)
        merged, counts = replacement(current, incoming), merge(Snapshot(Settings(), [], []), incoming)[1]
        records_changed = counts_between(current, merged).changes
    else:
        merged, counts = merge(current, incoming)
        if not accept_removals:
            _hold_mass_removals(current, counts, path)
        records_changed = counts.changes
    if records_changed or (merged.tombstones, merged.journal_id, merged.settings) != (
        current.tombstones,
        current.journal_id,
        current.settings,
    ):
        journal.replace_state(JournalState.from_snapshot(merged))
    return counts


# ----- backups ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class Backup:
    """A backup shima kept of the journal: its file, and why it was made ("day", "whole", "conflict")."""

    path: Path
    kind: str


def list_backups(journal: Journal) -> list[Backup]:
    """The backups shima made of this journal, newest first (the user's own copies are not listed)."""
    return [Backup(path, journal.file.backup_kind(path)) for path in reversed(journal.file.backups())]


def restore_backup(journal: Journal, backup: Path, *, dry_run: bool = False) -> MergeCounts:
    """Make the journal hold what the backup holds, as a change made now (`restoration`): what
    differs is written back with today's stamps and what the backup lacks is removed, so the next
    merge with another device's copy keeps the restored journal instead of bringing the bad day back.
    The journal as it was is kept as a backup first. dry_run: the counts only."""
    old = journal.read_import(backup)
    if dry_run:
        current = journal.snapshot()
        return counts_between(current, restoration(current, old))

    def change(state: JournalState) -> MergeCounts:
        current = state.snapshot()
        restored = restoration(current, old)
        counts = counts_between(current, restored)
        if counts.changes or restored.settings != current.settings:
            journal.replace_state(JournalState.from_snapshot(restored))
        return counts

    return journal.transact(change, whole=True)


# ----- people from other address books ------------------------------------------------------------

# A large import builds the state afresh (one pass) instead of putting contacts one at a time,
# each of which costs a pass over every contact.
_REBUILD_FROM = 200


@dataclass(slots=True)
class PersonOutcome:
    """What an import of people does, or would do, with one person of the file.

    kind: "add" (a new contact), "update" (fields the contact had empty filled in, or new
    sources), "unchanged" (already there, nothing new), "twice" (listed again in the file under
    a key seen before: folded into that person), "same_name" (a contact has the same name but no
    shared source: not imported, the user decides), "invalid" (breaks a rule about contacts:
    `problem` says which).
    """

    kind: str
    name: str
    contact_id: str | None = None
    contact_name: str = ""
    tag: str = "peer"
    filled: tuple[str, ...] = ()  # the fields an update fills in: reading, met, notes, cadence_days, sources
    problem: Problem | None = None


@dataclass(slots=True)
class PeopleImport:
    """The plan of an import of people (dry run) or what it did: every person, in file order, and
    the cards or rows the parser left out."""

    format: str
    outcomes: list[PersonOutcome]
    skipped: list[Skipped]
    dry_run: bool

    @property
    def total(self) -> int:
        return len(self.outcomes) + len(self.skipped)

    def count(self, kind: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.kind == kind)

    @property
    def changes(self) -> int:
        """Contacts added or updated: 0 means the journal is (or would be) left as it was."""
        return sum(1 for outcome in self.outcomes if outcome.kind in ("add", "update"))


def name_key(name: str) -> str:
    """How two names are compared: NFKC, case-folded, spaces ignored ("佐藤　花子" = "佐藤花子")."""
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


def _fill_in(contact: Contact, person: Person, keys: list[str]) -> dict:
    """The changes a person brings to a contact: only fields the contact has empty (what the user
    typed is never overwritten), and the source keys it does not hold yet."""
    changes: dict = {}
    for name in ("reading", "met", "notes"):
        if getattr(person, name) and not getattr(contact, name):
            changes[name] = getattr(person, name)
    if person.cadence_days is not None and contact.cadence_days is None:
        changes["cadence_days"] = person.cadence_days
    if keys:
        changes["sources"] = [*contact.sources, *keys]
    return changes


def _adds_nothing(contact: Contact, person: Person) -> bool:
    """A person with no source keys whose every field is empty or already the contact's: importing
    the same file again (it cannot be told apart from the contact it became)."""
    same = all(getattr(person, name) in ("", getattr(contact, name)) for name in ("reading", "met", "notes"))
    return same and not person.sources


def plan_people(
    contacts: dict[str, Contact], parsed: ParsedFile, make_id: Callable[[], str], *, dry_run: bool
) -> tuple[PeopleImport, list[Contact]]:
    """Decide, for each person of the file, what to do, against the journal's contacts: a pure
    function of both. Returns the plan and the contacts to put (new and updated ones).

    A person matches a contact holding any of their source keys (the most stable key first); it
    then fills in what the contact has empty and adds its new keys. A person with no match but the
    same name as a contact already in the journal is left for the user to decide (two people of one
    name in the same file are two contacts there, so both are added). Everyone else is a new
    contact: tag `peer` and no cadence unless the file says otherwise, their sources kept for the
    next import.
    """
    by_source: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for contact in contacts.values():
        for key in contact.sources:
            by_source.setdefault(key, contact.id)
        by_name.setdefault(name_key(contact.name), contact.id)
    changed: dict[str, Contact] = {}  # id -> the contact as this import leaves it
    added: set[str] = set()
    outcomes: list[PersonOutcome] = []
    for person in parsed.people:
        match = next((by_source[key] for key in person.sources if key in by_source), None)
        if match is not None:
            current = changed.get(match) or contacts[match]
            keys = [key for key in person.sources if key not in by_source]
            changes = _fill_in(current, person, keys)
            try:
                updated = edited_contact(current, changes) if changes else current
            except ValidationError as problem:
                outcomes.append(PersonOutcome("invalid", person.name, match, current.name, problem=problem))
                continue
            for key in keys:
                by_source[key] = match
            if changes:
                changed[match] = updated
            kind = "twice" if match in added else "update" if changes else "unchanged"
            outcomes.append(PersonOutcome(kind, person.name, match, current.name, current.tag, tuple(changes)))
            continue
        same = by_name.get(name_key(person.name))
        if same is not None:
            existing = changed.get(same) or contacts[same]
            if _adds_nothing(existing, person):
                outcomes.append(PersonOutcome("unchanged", person.name, same, existing.name, existing.tag))
            else:
                outcomes.append(PersonOutcome("same_name", person.name, same, existing.name))
            continue
        fields = {
            "name": person.name,
            "reading": person.reading,
            "tag": person.tag or "peer",
            "met": person.met,
            "notes": person.notes,
            "cadence_days": person.cadence_days,
            "sources": list(person.sources),
        }
        try:
            contact = new_contact(fields, contact_id=make_id())
        except ValidationError as problem:
            outcomes.append(PersonOutcome("invalid", person.name, problem=problem))
            continue
        changed[contact.id] = contact
        added.add(contact.id)
        for key in contact.sources:
            by_source[key] = contact.id
        outcomes.append(PersonOutcome("add", contact.name, None if dry_run else contact.id, contact.name, contact.tag))
    return PeopleImport(parsed.format, outcomes, list(parsed.skipped), dry_run), list(changed.values())


def read_import_file(path: Path, journal: Journal | None = None) -> bytes:
    """The bytes of a file to import: a regular file only (a FIFO is refused, never waited on),
    decrypted with the journal's key when it is an age file (an encrypted journal's export)."""
    try:
        data = read_regular_file(path)
    except JournalError as problem:
        if problem.code == "file.is_folder":  # (that sentence is about a journal)
            raise JournalError("file.is_folder_give_name", path=str(path)) from None
        raise
    if data is None:
        raise JournalError("file.missing", path=str(path))
    return journal.file.plain(data, path) if journal is not None else data


def import_people(journal: Journal, parsed: ParsedFile, *, dry_run: bool = False) -> PeopleImport:
    """Add the people of a contact file and update those already here (matched by their sources);
    all or nothing, in one write, with a backup of the journal as it was kept first (as an import of
    an export does). Nothing is written when nothing changes. dry_run: the plan only."""
    if dry_run:
        numbers = itertools.count(1)
        return plan_people(journal.contacts, parsed, lambda: f"new-{next(numbers)}", dry_run=True)[0]

    def change(state: JournalState) -> PeopleImport:
        taken: set[str] = set()

        def fresh_id() -> str:  # a contact id: unlike unique_id(), no search through every month's entries
            while (candidate := new_id("c")) in state.contacts or candidate in taken:
                pass
            taken.add(candidate)
            return candidate

        plan, contacts = plan_people(state.contacts, parsed, fresh_id, dry_run=False)
        if len(contacts) < _REBUILD_FROM:
            for contact in contacts:
                state.put(CONTACTS, contact)
        elif contacts:
            snapshot = state.snapshot()
            by_id = {c.id: c for c in snapshot.contacts}
            by_id.update((c.id, c) for c in contacts)
            journal.replace_state(JournalState.from_snapshot(replace(snapshot, contacts=list(by_id.values()))))
        return plan

    return journal.transact(change, whole=True)
