"""The state half of the journal: its records, the indexes the front ends read, and a revision.
No bytes are read or written here (file.py and layout.py do), and the merge of two copies is a
pure function of its own (merging.py).

TinyDB is the journal's database: every change goes through its tables' public API (`insert`,
`remove`) on `RecordStorage`, a storage that keeps the records themselves in memory, so each record
is held once. Entries live in one table per month ("entries 2026-11"): a change touches one
month, and a month nobody uses stays the file's bytes until it is first read, which is what lets
`shima log` add an entry without reading the other 100,000.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime, timedelta

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from ..records import (
    CONTACTS,
    ENTRIES,
    RECORD_KINDS,
    TOMBSTONE_HORIZON_DAYS,
    Contact,
    Entry,
    Record,
    RecordKind,
    Settings,
    Snapshot,
    new_id,
    new_journal_id,
    now_stamp,
    parse_stamp,
)
from . import layout
from .document import FORMAT_VERSION, read_entries

SETTINGS_TABLE = "settings"
TOMBSTONES_TABLE = "tombstones"  # a removed record's id -> when it was removed (a string stamp)
_MONTH_PREFIX = "entries "


def month_table(month: str) -> str:
    return _MONTH_PREFIX + month


def month_of(entry: Entry) -> str:
    return entry.date.isoformat()[:7]


class _Tables(dict):
    """TinyDB's tables by name. A month of entries stays its file bytes until TinyDB or the state
    first reads it; every table TinyDB replaces is noted, so the next write re-renders only those."""

    def __init__(self, read_month: Callable[[str, bytes], dict]) -> None:
        super().__init__()
        self._read_month = read_month
        self.changed: set[str] = set()

    def __getitem__(self, name: str) -> dict:
        value = dict.__getitem__(self, name)
        if type(value) is not dict:  # a month still in the file's bytes
            value = self._read_month(name, value)
            dict.__setitem__(self, name, value)
        return value

    def __setitem__(self, name: str, value: dict) -> None:
        dict.__setitem__(self, name, value)
        self.changed.add(name)

    def unread(self, name: str) -> bool:
        return type(dict.get(self, name)) is not dict


class RecordStorage(Storage):
    """TinyDB storage holding records in memory. TinyDB hands back a table as plain dicts for the
    documents it inserted; each is swapped for the record it was made from, so nothing is held twice."""

    def __init__(self, tables: _Tables) -> None:
        self.tables = tables
        self.incoming: dict[str, object] = {}  # id -> the record an insert is about to store

    def read(self) -> _Tables:
        return self.tables

    def write(self, data: _Tables) -> None:
        for name in data.changed:
            table = dict.__getitem__(data, name)
            if type(table) is not dict:
                continue
            for doc_id in [i for i, value in table.items() if type(value) is dict]:
                table[doc_id] = self.incoming.pop(doc_id)
        self.tables = data


class _Table(Table):
    """Our ids are strings, and stay the document ids (a documented TinyDB customisation)."""

    document_id_class = str


class _Database(TinyDB):
    table_class = _Table


def _head_records(snapshot: Snapshot) -> dict[str, list]:
    return {kind.section: getattr(snapshot, kind.section) for kind in HEAD_KINDS}


def remembered(tombstones: Mapping[str, str]) -> dict[str, str]:
    """The tombstones younger than the horizon: an older one is dropped when the file is written."""
    horizon = datetime.now().astimezone() - timedelta(days=TOMBSTONE_HORIZON_DAYS)
    return {record_id: when for record_id, when in tombstones.items() if parse_stamp(when) >= horizon}


class _EntriesView(Mapping):
    """The entries read so far, by id, as one mapping over the month tables (no second index:
    each record is held once, by TinyDB's tables)."""

    def __init__(self, state: JournalState) -> None:
        self._state = state

    def __getitem__(self, entry_id: str) -> Entry:
        for table in self._state._read_tables():
            if entry_id in table:
                return table[entry_id]
        raise KeyError(entry_id)

    def __iter__(self) -> Iterator[str]:
        for table in self._state._read_tables():
            yield from table

    def __len__(self) -> int:
        return sum(len(table) for table in self._state._read_tables())

    def values(self):  # noqa: D102 - faster than Mapping's, which looks every key up again
        return [entry for table in self._state._read_tables() for entry in table.values()]


HEAD_KINDS = tuple(kind for kind in RECORD_KINDS if kind is not ENTRIES)  # one TinyDB table each, before the entries


class JournalState:
    """Records, indexes and a revision, changed only through TinyDB's tables."""

    def __init__(
        self,
        settings: Settings,
        records: Mapping[str, Iterable] | None = None,
        tombstones: Mapping[str, str] | None = None,
        journal_id: str = "",
    ) -> None:
        """records: each kind before the entries, by section ("contacts"), with its records."""
        self._tables = _Tables(self._read_month)
        self._db = _Database(storage=RecordStorage, tables=self._tables)
        self._storage: RecordStorage = self._db.storage  # type: ignore[assignment]
        dict.__setitem__(self._tables, SETTINGS_TABLE, {"settings": settings})
        for kind in HEAD_KINDS:
            dict.__setitem__(self._tables, kind.section, {r.id: r for r in (records or {}).get(kind.section, ())})
        dict.__setitem__(self._tables, TOMBSTONES_TABLE, dict(tombstones or {}))
        self.journal_id = journal_id  # given on the first write: see render_parts
        self.entries = _EntriesView(self)  # every entry read so far, by id: the month tables themselves
        self._by_contact: dict[str, list[Entry]] = defaultdict(list)
        self._clean: dict[str, layout.Chunk] = {}  # month -> its bytes as last written or read
        self._on_disk: set[str] = set()  # months unchanged since written whose bytes were let go
        self._head_lines: dict[str, layout.Chunk] = {}  # each section before the entries as last written
        self._sections: layout.Sections | None = None  # the file the unread months are views into
        self.file_version = FORMAT_VERSION  # the format of the file this state was read from
        self.revision = 0

    # ----- building ------------------------------------------------------------------------

    @classmethod
    def from_snapshot(cls, snapshot: Snapshot) -> JournalState:
        state = cls(snapshot.settings, _head_records(snapshot), snapshot.tombstones, snapshot.journal_id)
        by_month: dict[str, dict[str, Entry]] = defaultdict(dict)
        for entry in snapshot.entries:
            by_month[month_of(entry)][entry.id] = entry
        for month, table in by_month.items():
            dict.__setitem__(state._tables, month_table(month), table)
        state._tables.changed.update(dict.keys(state._tables))  # never written in this layout yet
        state._index_all(snapshot.entries)
        return state

    @classmethod
    def from_sections(cls, head: Snapshot, sections: layout.Sections, head_version: int = FORMAT_VERSION) -> JournalState:
        """A checksummed file: settings and the records before the entries decoded, each month kept
        as its bytes (views into the file's bytes: nothing is copied) until it is first read."""
        state = cls(head.settings, _head_records(head), head.tombstones, head.journal_id)
        for month, chunk in sections.months().items():
            dict.__setitem__(state._tables, month_table(month), chunk)
            state._clean[month] = chunk
        if head_version == FORMAT_VERSION:  # (an older file's records may have been upgraded as they were read)
            state._head_lines = dict(sections.lines)
        state._sections = sections
        return state

    def _read_month(self, name: str, chunk: layout.Chunk) -> dict[str, Entry]:
        """A month's entries from bytes shima wrote and checksummed: decoded, not checked again."""
        contact_ids = {cid: cid for cid in self.contacts}
        entries = read_entries(b"".join((b"[", chunk, b"]")), contact_ids)
        self._index_all(entries)
        return {entry.id: entry for entry in entries}

    def read_all_months(self) -> None:
        for name in self._month_names():
            self._tables[name]  # noqa: B018 - reading a month turns its bytes into records

    def recent_entries_of(self, contact_ids: Iterable[str], since: str) -> list[Entry]:
        """The entries naming these contacts from the month `since` ("2025-12") on, and the latest
        naming each (older ones already read come too), reading only the months that takes: those
        from `since` on, then, for a contact with none there, older months newest first, passing over
        a month whose bytes do not hold the contact's id at all (no parse; a month whose bytes do hold
        it, in some text perhaps, is read and looked at). In the order snapshot() gives them, so sums
        over them add in the same order. For the app's first balances."""
        first = month_table(since)
        names = self._month_names()
        for name in names:
            if name >= first:
                self._tables[name]  # noqa: B018 - reading a month turns its bytes into records
        older = [name for name in reversed(names) if name < first]
        found: set[str] = set()
        for cid in contact_ids:
            months = {month_table(month_of(entry)) for entry in self._by_contact.get(cid, ())}
            if not any(name >= first for name in months):
                needle = layout.json_value(cid)
                for name in older:
                    if self._tables.unread(name) and needle in bytes(dict.__getitem__(self._tables, name)):
                        self._tables[name]  # noqa: B018
                        months = {month_table(month_of(entry)) for entry in self._by_contact.get(cid, ())}
                    if name in months:
                        break
            found.update(entry.id for entry in self._by_contact.get(cid, ()))
        return [entry for entry in self.entries.values() if entry.id in found]  # in the order snapshot() has them

    @property
    def complete(self) -> bool:
        return not any(self._tables.unread(name) for name in self._month_names())

    def _month_names(self) -> list[str]:
        return sorted(name for name in dict.keys(self._tables) if name.startswith(_MONTH_PREFIX))

    def _index_all(self, entries: Iterable[Entry]) -> None:
        by_contact = self._by_contact
        for entry in entries:
            for cid in entry.contacts:
                by_contact[cid].append(entry)

    def _read_tables(self) -> Iterator[dict[str, Entry]]:
        """The month tables read so far (a month still in bytes holds no record yet)."""
        for name in self._month_names():
            if not self._tables.unread(name):
                yield self._tables[name]

    # ----- reading -------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._tables[SETTINGS_TABLE]["settings"]

    def records(self, kind: RecordKind) -> Mapping[str, Record]:
        """The records of a kind kept before the entries, by id (entries: `entries`, by month)."""
        return self._tables[kind.section]

    @property
    def contacts(self) -> dict[str, Contact]:
        return self._tables[CONTACTS.section]

    @property
    def tombstones(self) -> Mapping[str, str]:
        return self._tables[TOMBSTONES_TABLE]

    def entries_of(self, contact_id: str) -> list[Entry]:
        self.read_all_months()
        return list(self._by_contact.get(contact_id, ()))

    def find_entry(self, entry_id: str) -> Entry | None:
        """An entry by id, reading only the month that holds it."""
        entry = self.entries.get(entry_id)
        if entry is not None or self._sections is None:
            return entry
        month = self._sections.month_holding(entry_id)
        if month is None or not self._tables.unread(month_table(month)):
            return None  # not in the file, or in a month already read (and so already looked at)
        return self._tables[month_table(month)].get(entry_id)

    def find(self, kind: RecordKind, record_id: str) -> Record | None:
        return self.find_entry(record_id) if kind is ENTRIES else self.records(kind).get(record_id)

    def snapshot(self) -> Snapshot:
        self.read_all_months()
        snapshot = Snapshot(self.settings, [], list(self.entries.values()), dict(self.tombstones), self.journal_id)
        for kind in HEAD_KINDS:
            setattr(snapshot, kind.section, list(self.records(kind).values()))
        return snapshot

    def unique_id(self, prefix: str) -> str:
        """An id no record has (nor had: a removed record's id is never given again)."""
        while (candidate := new_id(prefix)) in self.tombstones or any(self.find(k, candidate) for k in RECORD_KINDS):
            pass
        return candidate

    def __iter__(self) -> Iterator[Entry]:
        self.read_all_months()
        return iter(self.entries.values())

    # ----- changing (through TinyDB) -------------------------------------------------------

    def _put(self, table_name: str, record_id: str, record, document: dict) -> None:
        table = self._db.table(table_name)
        table.remove(doc_ids=[record_id])
        self._storage.incoming[record_id] = record
        table.insert(Document(document, doc_id=record_id))
        self.revision += 1

    def put_settings(self, settings: Settings) -> None:
        self._put(SETTINGS_TABLE, "settings", settings, settings.to_dict())

    def put(self, kind: RecordKind, record: Record) -> None:
        """Add a record, or replace the one with its id (a record put back is no longer removed)."""
        if kind is ENTRIES:
            self._put_entry(record)
            return
        self._forget_removal(record.id)
        self._put(kind.section, record.id, record, record.to_dict())

    def _put_entry(self, entry: Entry) -> None:
        old = self.find_entry(entry.id)
        if old is not None and month_of(old) != month_of(entry):
            self.remove(ENTRIES, entry.id)
        elif old is not None:
            self._unindex(old)
        self._forget_removal(entry.id)
        self._put(month_table(month_of(entry)), entry.id, entry, entry.to_dict())
        self._index_all([entry])

    def remove(self, kind: RecordKind, record_id: str) -> Record | None:
        """Remove a record and leave its tombstone, so a synced copy cannot bring it back."""
        record = self.find(kind, record_id)
        if record is None:
            return None
        if kind is ENTRIES:
            self._db.table(month_table(month_of(record))).remove(doc_ids=[record_id])
            self._unindex(record)
        else:
            self._db.table(kind.section).remove(doc_ids=[record_id])
        when = now_stamp()
        self._put(TOMBSTONES_TABLE, record_id, when, {"deleted_at": when})
        return record

    def _forget_removal(self, record_id: str) -> None:
        """A record put back (an undo) is no longer removed."""
        if record_id in self.tombstones:
            self._db.table(TOMBSTONES_TABLE).remove(doc_ids=[record_id])

    def _unindex(self, entry: Entry) -> None:
        for cid in entry.contacts:
            listed = self._by_contact.get(cid)
            if listed:
                listed[:] = [e for e in listed if e.id != entry.id]

    # ----- to bytes ------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return bool(self._tables.changed)

    def render(self) -> bytes:
        """The whole file as one bytes object (for tools and tests; writes use render_parts)."""
        return b"".join(self.render_parts())

    @property
    def needs_file_months(self) -> bool:
        """True when a write must copy some unchanged months from the file (release_bytes())."""
        changed = {name.removeprefix(_MONTH_PREFIX) for name in self._tables.changed}
        return bool(self._on_disk - changed)

    def render_parts(
        self, file_months: dict[str, layout.Chunk] | None = None, *, exported_at: str | None = None
    ) -> list[layout.Chunk]:
        """The whole file, as parts: months untouched since read or written are their bytes as they
        were (kept here, or, after release_bytes(), file_months: the same months read back from the
        file this state last wrote); a changed month is serialised again."""
        for name in self._tables.changed:
            if name.startswith(_MONTH_PREFIX):
                month = name.removeprefix(_MONTH_PREFIX)
                self._clean.pop(month, None)
                self._on_disk.discard(month)
        chunks = []
        for name in self._month_names():
            month = name.removeprefix(_MONTH_PREFIX)
            chunk = self._clean.get(month)
            if chunk is None and month in self._on_disk and file_months is not None:
                chunk = file_months.get(month)
            if chunk is None:
                ordered = sorted(self._tables[name].values(), key=lambda e: (e.date, parse_stamp(e.created_at)))
                chunk = layout.SEPARATOR.join(layout.line(e) for e in ordered)
                if month not in self._on_disk:
                    self._clean[month] = chunk
            chunks.append(chunk)
        for kind in HEAD_KINDS:
            if kind.section not in self._head_lines or kind.section in self._tables.changed:
                ordered = sorted(self.records(kind).values(), key=lambda r: parse_stamp(r.created_at))
                self._head_lines[kind.section] = layout.SEPARATOR.join(layout.line(r) for r in ordered)
        if not self.journal_id and exported_at is None:
            self.journal_id = new_journal_id()
        return layout.render(
            FORMAT_VERSION,
            self.journal_id,
            self.settings.to_dict(),
            remembered(self.tombstones),
            [(kind.section, self._head_lines[kind.section]) for kind in HEAD_KINDS],
            chunks,
            exported_at=exported_at,
        )

    def mark_written(self) -> None:
        self._tables.changed.clear()

    def release_bytes(self) -> None:
        """Let go of the bytes of months already read (the app holds every record, and would
        otherwise hold the whole file beside them). They are unchanged on disk, so the next write
        copies them from the file instead (Journal reads it back under the lock)."""
        for name in self._month_names():
            if not self._tables.unread(name):
                month = name.removeprefix(_MONTH_PREFIX)
                if self._clean.pop(month, None) is not None:
                    self._on_disk.add(month)
        if self.complete:
            self._sections = None  # no month left to find in the file's bytes
        for section, lines in self._head_lines.items():
            if isinstance(lines, memoryview):  # a view would keep the whole file alive
                self._head_lines[section] = bytes(lines)
