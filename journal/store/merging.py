"""How two copies of a journal become one, as pure functions of snapshots: the merge of a sync
tool's copy or an export, an import that replaces the journal, and a backup restored as a change
made now. Nothing here reads or writes bytes or holds state; the use cases apply the results."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import orjson

from ..records import Snapshot, now_stamp, parse_stamp, replace


@dataclass(slots=True)
class MergeCounts:
    contacts_added: int = 0
    contacts_updated: int = 0
    entries_added: int = 0
    entries_updated: int = 0
    contacts_removed: int = 0
    entries_removed: int = 0

    @property
    def changes(self) -> int:
        return sum(getattr(self, name) for name in self.__slots__)


def merge(current: Snapshot, incoming: Snapshot) -> tuple[Snapshot, MergeCounts]:
    """Merge two copies of a journal; a pure function, and the same records whichever copy is
    `current` (so two devices merging each other's copy agree).

    Per record id the newer change wins (updated_at; equal times are settled by the content, never
    by which copy is which). A tombstone (an id and when it was removed) removes the record unless
    the record was changed after the removal; the later of two tombstones is kept. An entry that
    survives keeps its contacts, so a contact removed on one side while the other logged with it
    stays. The journal keeps its own settings and id unless it has no records yet."""
    tombstones = _later_removals(current.tombstones, incoming.tombstones)
    contacts = _newer_of(current.contacts, incoming.contacts)
    entries = _newer_of(current.entries, incoming.entries)
    for record_id, when in list(tombstones.items()):
        record = entries.get(record_id) or contacts.get(record_id)
        if record is not None and parse_stamp(record.updated_at) > parse_stamp(when):
            del tombstones[record_id]  # changed after it was removed: the change is the later word
    kept_entries = [entry for entry in entries.values() if entry.id not in tombstones]
    needed = {cid for entry in kept_entries for cid in entry.contacts}
    for cid in needed & tombstones.keys():
        del tombstones[cid]
    kept_contacts = [contact for contact in contacts.values() if contact.id not in tombstones]
    settings = current.settings if (current.contacts or current.entries) else incoming.settings
    merged = Snapshot(settings, kept_contacts, kept_entries, tombstones, current.journal_id or incoming.journal_id)
    return merged, counts_between(current, merged)


def replacement(current: Snapshot, incoming: Snapshot) -> Snapshot:
    """The journal replaced by incoming (an import that replaces it): each record it held that
    incoming lacks leaves a tombstone, so a synced copy of the old journal cannot bring it back."""
    now = now_stamp()
    kept = {record.id for record in (*incoming.contacts, *incoming.entries)}
    tombstones = _later_removals(current.tombstones, incoming.tombstones)
    for record in (*current.contacts, *current.entries):
        tombstones[record.id] = now
    for record_id in kept:
        tombstones.pop(record_id, None)
    return Snapshot(incoming.settings, incoming.contacts, incoming.entries, tombstones, current.journal_id)


def _later_removals(mine: Mapping[str, str], theirs: Mapping[str, str]) -> dict[str, str]:
    """Both copies' tombstones; of two for one id, the later."""
    tombstones = dict(mine)
    for record_id, when in theirs.items():
        if record_id not in tombstones or parse_stamp(when) > parse_stamp(tombstones[record_id]):
            tombstones[record_id] = when
    return tombstones


def _newer_of(mine: list, theirs: list) -> dict:
    by_id = {record.id: record for record in mine}
    for record in theirs:
        old = by_id.get(record.id)
        if old is None or _wins(record, old):
            by_id[record.id] = record
    return by_id


def _wins(record, other) -> bool:
    """The newer change; equal times (two devices' copies of one change, or a clash to the
    microsecond) are settled by the records' content, the same answer in either order."""
    mine, theirs = parse_stamp(record.updated_at), parse_stamp(other.updated_at)
    if mine != theirs:
        return mine > theirs
    return orjson.dumps(record.to_dict()) > orjson.dumps(other.to_dict())


def counts_between(current: Snapshot, merged: Snapshot) -> MergeCounts:
    """What the merge did to current: records added, records that changed, records removed."""
    counts = MergeCounts()
    for kind, before, after in (("contacts", current.contacts, merged.contacts), ("entries", current.entries, merged.entries)):
        old = {record.id: record for record in before}
        for record in after:
            if record.id not in old:
                setattr(counts, f"{kind}_added", getattr(counts, f"{kind}_added") + 1)
            elif old.pop(record.id) != record:
                setattr(counts, f"{kind}_updated", getattr(counts, f"{kind}_updated") + 1)
        setattr(counts, f"{kind}_removed", len(old))
    return counts


def restoration(current: Snapshot, backup: Snapshot, now: str | None = None) -> Snapshot:
    """The journal made to hold what the backup holds, as a change made now: every record that
    differs from the backup's (or that the backup has and the journal lost) is the backup's, stamped
    now; every record the backup lacks is removed, with a tombstone of now; a record put back loses
    its tombstone. So a merge with a copy of the bad day (its later edits and deletions) keeps the
    restored journal: each restored record is newer than anything the bad day did to it. Records
    that did not change keep their stamps, and the journal keeps its id; settings are the backup's."""
    now = now or now_stamp()
    mine = {record.id: record for record in (*current.contacts, *current.entries)}

    def restored(record):
        same = mine.get(record.id)
        return same if same is not None and same.to_dict() == record.to_dict() else replace(record, updated_at=now)

    contacts = [restored(c) for c in backup.contacts]
    entries = [restored(e) for e in backup.entries]
    kept = {record.id for record in (*contacts, *entries)}
    tombstones = {rid: when for rid, when in current.tombstones.items() if rid not in kept}
    tombstones.update((rid, now) for rid in mine.keys() - kept)
    return Snapshot(backup.settings, contacts, entries, tombstones, current.journal_id)
