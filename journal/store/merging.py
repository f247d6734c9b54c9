"""How two copies of a journal become one, as pure functions of snapshots: the merge of a sync
tool's copy or an export, an import that replaces the journal, and a backup restored as a change
made now. Nothing here reads or writes bytes or holds state; the use cases apply the results."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import msgspec

from ..records import CONTACTS, RECORD_KINDS, Snapshot, now_stamp, parse_stamp, replace

_ENCODE = msgspec.json.Encoder().encode


@dataclass(slots=True)
class Counted:
    """What a merge did to one kind of record."""

    added: int = 0
    updated: int = 0
    removed: int = 0


@dataclass(slots=True)
class MergeCounts:
    """What a merge did, kind by kind (by section: "contacts", "entries", ...)."""

    kinds: dict[str, Counted] = field(default_factory=lambda: {kind.section: Counted() for kind in RECORD_KINDS})

    def of(self, section: str) -> Counted:
        return self.kinds[section]

    @property
    def added(self) -> int:
        return sum(counted.added for counted in self.kinds.values())

    @property
    def updated(self) -> int:
        return sum(counted.updated for counted in self.kinds.values())

    @property
    def removed(self) -> int:
        return sum(counted.removed for counted in self.kinds.values())

    @property
    def changes(self) -> int:
        return self.added + self.updated + self.removed


def _records(snapshot: Snapshot) -> dict[str, list]:
    return {kind.section: getattr(snapshot, kind.section) for kind in RECORD_KINDS}


def _snapshot(settings, records: dict[str, list], tombstones: dict[str, str], journal_id: str) -> Snapshot:
    snapshot = Snapshot(settings, [], [], tombstones, journal_id)
    for section, kept in records.items():
        setattr(snapshot, section, kept)
    return snapshot


def merge(current: Snapshot, incoming: Snapshot) -> tuple[Snapshot, MergeCounts]:
    """Merge two copies of a journal; a pure function, and the same records whichever copy is
    `current` (so two devices merging each other's copy agree).

    Per record id, for every kind alike, the newer change wins (updated_at; equal times are settled
    by the content, never by which copy is which). A tombstone (an id and when it was removed)
    removes the record unless the record was changed after the removal; the later of two tombstones
    is kept. A record that survives keeps the contacts it names, so a contact removed on one side
    while the other logged with it stays. The journal keeps its own settings and id unless it has no
    records yet."""
    tombstones = _later_removals(current.tombstones, incoming.tombstones)
    mine, theirs = _records(current), _records(incoming)
    newest = {section: _newer_of(mine[section], theirs[section]) for section in mine}
    for record_id, when in list(tombstones.items()):
        record = next((records[record_id] for records in newest.values() if record_id in records), None)
        if record is not None and parse_stamp(record.updated_at) > parse_stamp(when):
            del tombstones[record_id]  # changed after it was removed: the change is the later word
    kept = {section: [r for r in records.values() if r.id not in tombstones] for section, records in newest.items()}
    needed = {cid for section, records in kept.items() if section != CONTACTS.section for r in records for cid in r.contact_ids()}
    for cid in needed & tombstones.keys():
        del tombstones[cid]
    kept[CONTACTS.section] = [c for c in newest[CONTACTS.section].values() if c.id not in tombstones]
    settings = current.settings if any(mine.values()) else incoming.settings
    merged = _snapshot(settings, kept, tombstones, current.journal_id or incoming.journal_id)
    return merged, counts_between(current, merged)


def replacement(current: Snapshot, incoming: Snapshot) -> Snapshot:
    """The journal replaced by incoming (an import that replaces it): each record it held that
    incoming lacks leaves a tombstone, so a synced copy of the old journal cannot bring it back."""
    now = now_stamp()
    theirs = _records(incoming)
    kept = {record.id for records in theirs.values() for record in records}
    tombstones = _later_removals(current.tombstones, incoming.tombstones)
    for records in _records(current).values():
        for record in records:
            tombstones[record.id] = now
    for record_id in kept:
        tombstones.pop(record_id, None)
    return _snapshot(incoming.settings, theirs, tombstones, current.journal_id)


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
    return _ENCODE(record) > _ENCODE(other)


def counts_between(current: Snapshot, merged: Snapshot) -> MergeCounts:
    """What the merge did to current: records added, records that changed, records removed."""
    counts = MergeCounts()
    for kind in RECORD_KINDS:
        counted = counts.of(kind.section)
        old = {record.id: record for record in getattr(current, kind.section)}
        for record in getattr(merged, kind.section):
            if record.id not in old:
                counted.added += 1
            elif old.pop(record.id) != record:
                counted.updated += 1
        counted.removed = len(old)
    return counts


def restoration(current: Snapshot, backup: Snapshot, now: str | None = None) -> Snapshot:
    """The journal made to hold what the backup holds, as a change made now: every record that
    differs from the backup's (or that the backup has and the journal lost) is the backup's, stamped
    now; every record the backup lacks is removed, with a tombstone of now; a record put back loses
    its tombstone. So a merge with a copy of the bad day (its later edits and deletions) keeps the
    restored journal: each restored record is newer than anything the bad day did to it. Records
    that did not change keep their stamps, and the journal keeps its id; settings are the backup's."""
    now = now or now_stamp()
    mine = {record.id: record for records in _records(current).values() for record in records}

    def restored(record):
        same = mine.get(record.id)
        return same if same is not None and same.to_dict() == record.to_dict() else replace(record, updated_at=now)

    records = {section: [restored(r) for r in kept] for section, kept in _records(backup).items()}
    kept = {record.id for records_of_kind in records.values() for record in records_of_kind}
    tombstones = {rid: when for rid, when in current.tombstones.items() if rid not in kept}
    tombstones.update((rid, now) for rid in mine.keys() - kept)
    return _snapshot(backup.settings, records, tombstones, current.journal_id)
