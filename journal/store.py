"""The journal file: the only module that touches it.

TinyDB sits on a storage of our own that parses the file once per process and writes it whole
with orjson: to a temporary file in the same folder, flushed, fsynced, renamed over the journal,
and the folder fsynced. Writers hold `<journal>.lock` only while they write, and first reload
the file if another process changed it, so two writers never lose each other's work.
"""

from __future__ import annotations

import errno
import gc
import glob
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import orjson
from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from .records import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Contact,
    Entry,
    Settings,
    Snapshot,
    ValidationError,
    entries_from_document,
    head_from_document,
    new_id,
    snapshot_from_document,
)

BACKUPS_KEPT = 7
LOCK_TIMEOUT_SECONDS = 15
_TEMP_SUFFIX = ".tmp"


class JournalError(Exception):
    """The journal cannot be read or written; the message names the path and the reason."""


def _reason(error: OSError) -> str:
    return error.strerror.lower() if error.strerror else str(error)


def file_signature(path: Path) -> tuple[int, int, int] | None:
    """What tells us another process replaced the file: every write renames a new inode in."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write whole or not at all: temp file (0600, exclusive) in the same folder, fsync, rename."""
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=_TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def ensure_folder(folder: Path) -> None:
    """Create the journal's folder readable by the owner only (an existing one is left as is)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def read_document(path: Path) -> tuple[object, tuple[int, int, int]] | None:
    """The parsed JSON of a file and its signature; None when there is no file yet."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise JournalError(f"{path}: is a folder, not a journal file") from None
    except OSError as error:
        raise JournalError(f"{path}: cannot be read: {_reason(error)}") from None
    try:
        st = os.fstat(fd)
        with os.fdopen(fd, "rb") as handle:
            raw = handle.read()
    except IsADirectoryError:
        raise JournalError(f"{path}: is a folder, not a journal file") from None
    except OSError as error:
        raise JournalError(f"{path}: cannot be read: {_reason(error)}") from None
    if not raw.strip():
        raise JournalError(f"{path}: the file is empty, not a shima journal (it was left as it is)")
    try:
        with collector_paused():
            document = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise JournalError(f"{path}: not valid JSON ({error}); the file was left as it is") from None
    return document, (st.st_ino, st.st_size, st.st_mtime_ns)


@contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """Parsing a big journal creates a million objects at once, and the cyclic garbage collector
    would walk all of them again and again (half the load time). They hold no cycles: pause it.

    freeze (for the loads at start-up only) then moves them out of the collector's walks for good;
    reloads do not freeze, so nothing short-lived gets pinned.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


class JournalStorage(Storage):
    """TinyDB storage that parses once and writes only when the Journal flushes it.

    Tables are TinyDB's shape: {"settings": {"settings": {...}}, "contacts": {id: {...}}, ...},
    kept in memory; the file holds the SPEC section 5 document.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tables: dict[str, dict[str, dict]] = {}
        self.dirty = False

    def read(self) -> dict[str, dict[str, dict]]:
        return self.tables

    def write(self, data: dict[str, dict[str, dict]]) -> None:
        self.tables = data
        self.dirty = True

    def serialise(self) -> bytes:
        return orjson.dumps(
            {
                "format": FORMAT_NAME,
                "version": FORMAT_VERSION,
                "settings": self.tables.get("settings", {}).get("settings", Settings().to_dict()),
                "contacts": list(self.tables.get("contacts", {}).values()),
                "entries": list(self.tables.get("entries", {}).values()),
            }
        )


class _Table(Table):
    """Our own string ids are the document ids, so TinyDB never hands one out."""

    document_id_class = str

    def _update_table(self, updater) -> None:
        """TinyDB rebuilds the whole table twice per write to turn int ids into strings and back
        (30 ms at 100,000 entries); our ids are strings already, so the table is updated in place."""
        tables = self._storage.read()
        updater(tables.setdefault(self.name, {}))
        self._storage.write(tables)
        self.clear_cache()


class _TinyDB(TinyDB):
    table_class = _Table


class Journal:
    """One journal file, parsed once, with the in-memory indexes the front ends read."""

    def __init__(self, path: Path | str, *, entries_later: bool = False) -> None:
        """entries_later: validate only settings and contacts now; the entries wait for
        check_pending_entries() (a worker thread in the app) or the first write, whichever comes first."""
        self.path = Path(path).expanduser()
        self._storage_db = _TinyDB(storage=JournalStorage, path=self.path)
        self._storage: JournalStorage = self._storage_db.storage  # type: ignore[assignment]
        self._lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT_SECONDS, mode=0o600)
        self._signature: tuple[int, int, int] | None = None
        self.settings = Settings()
        self.contacts: dict[str, Contact] = {}
        self.entries: dict[str, Entry] = {}
        self._by_contact: dict[str, list[str]] = defaultdict(list)
        self._pending: dict | None = None  # a parsed document whose entries are not validated yet
        self.revision = 0
        with collector_paused(freeze=True):
            self._install(*self.read_file(entries=not entries_later), entries_pending=entries_later)

    # ----- reading -------------------------------------------------------------------------

    def _load(self) -> None:
        self._install(*self.read_file())

    def _refused(self, error: ValidationError) -> JournalError:
        return JournalError(f"{self.path}: {error}; the file was left as it is")

    def read_file(self, *, entries: bool = True) -> tuple[Snapshot, tuple[int, int, int] | None, dict | None]:
        """Read and validate the file without touching this object (safe in a worker thread).

        entries=False checks settings and contacts only; check_pending_entries() does the rest.
        """
        loaded = read_document(self.path)
        if loaded is None:
            return Snapshot(Settings(), [], []), None, None
        document, signature = loaded
        validate = snapshot_from_document if entries else head_from_document
        try:
            with collector_paused():
                snapshot = validate(document)
        except ValidationError as error:
            raise self._refused(error) from None
        return snapshot, signature, document

    @property
    def entries_loaded(self) -> bool:
        return self._pending is None

    def check_pending_entries(self) -> list[Entry] | None:
        """Validate the entries a head-only load left; touches nothing (safe in a worker thread)."""
        pending = self._pending
        if pending is None:
            return None
        try:
            with collector_paused():
                return entries_from_document(pending, list(self.contacts.values()))
        except ValidationError as error:
            raise self._refused(error) from None

    def install_pending_entries(self, entries: list[Entry] | None, document: dict | None = None) -> bool:
        """Install check_pending_entries()'s result, unless a reload replaced that document since."""
        if entries is None or self._pending is None or (document is not None and document is not self._pending):
            return False
        with collector_paused(freeze=True):
            self.entries = {e.id: e for e in entries}
            self._index_entries(entries)
        self._pending = None
        self.revision += 1
        return True

    @property
    def pending_document(self) -> dict | None:
        return self._pending

    def finish_loading(self) -> None:
        """Check entries a head-only load left, here and now (a no-op once loaded)."""
        self.install_pending_entries(self.check_pending_entries())

    def stored_tables(self) -> dict[str, dict[str, dict]]:
        """The documents as stored (read-only for callers): what the file holds."""
        return self._storage.tables

    def install_read(self, read: tuple[Snapshot, tuple[int, int, int] | None, dict | None]) -> bool:
        """Install what read_file() returned in a worker, unless the file has moved on since."""
        if read[1] != file_signature(self.path):
            return False
        self._install(*read)
        return True

    def _install(
        self,
        snapshot: Snapshot,
        signature: tuple[int, int, int] | None,
        document: dict | None = None,
        *,
        entries_pending: bool = False,
    ) -> None:
        """Make a validated snapshot the in-memory state, dropping TinyDB's cached tables.

        `document` is the parsed file the snapshot was validated from: its dicts become TinyDB's
        documents as they are, instead of being rebuilt record by record.
        """
        self.settings = snapshot.settings
        self.contacts = {c.id: c for c in snapshot.contacts}
        self.entries = {e.id: e for e in snapshot.entries}
        self._index_entries(snapshot.entries)
        self._pending = document if entries_pending else None
        if document is None:
            contacts = [c.to_dict() for c in snapshot.contacts]
            entries = [e.to_dict() for e in snapshot.entries]
        else:
            contacts, entries = document["contacts"], document["entries"]
        self._storage.tables = {
            "settings": {"settings": snapshot.settings.to_dict()},
            "contacts": {c["id"]: c for c in contacts},
            "entries": {e["id"]: e for e in entries},
        }
        self._storage.dirty = False
        self._storage_db._tables.clear()  # TinyDB's Table objects cache queries and ids
        self._signature = signature
        self.revision += 1

    def _index_entries(self, entries: list[Entry]) -> None:
        self._by_contact = defaultdict(list)
        for entry in entries:
            self._index(entry)

    def _index(self, entry: Entry) -> None:
        for cid in entry.contacts:
            self._by_contact[cid].append(entry.id)

    def changed_on_disk(self) -> bool:
        return file_signature(self.path) != self._signature

    def entries_of(self, contact_id: str) -> list[Entry]:
        return [self.entries[eid] for eid in self._by_contact.get(contact_id, ())]

    def snapshot(self) -> Snapshot:
        return Snapshot(self.settings, list(self.contacts.values()), list(self.entries.values()))

    def unique_id(self, prefix: str) -> str:
        while (candidate := new_id(prefix)) in self.contacts or candidate in self.entries:
            pass
        return candidate

    # ----- writing -------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Lock, catch up with the file, apply the change in memory, then write it durably.

        If anything fails the in-memory state is rebuilt from the untouched file, so memory never
        claims what the disk does not hold.
        """
        ensure_folder(self.path.parent)
        try:
            self._lock.acquire()
        except Timeout:
            raise JournalError(f"{self.path}: another shima has held the lock for {LOCK_TIMEOUT_SECONDS} s") from None
        except OSError as error:
            raise JournalError(f"{self.path}.lock: cannot be created: {_reason(error)}") from None
        try:
            if self.changed_on_disk():
                self._load()
            else:  # never write back entries nobody has checked
                self.finish_loading()
            try:
                yield
                if self._storage.dirty:
                    self._remove_stale_temp_files()
                    self._keep_daily_backup()
                    write_file_atomically(self.path, self._storage.serialise())
                    self._signature = file_signature(self.path)
                    self._storage.dirty = False
                    self.revision += 1
            except BaseException as error:
                self._load()
                if isinstance(error, OSError):
                    raise JournalError(f"{self.path}: could not be saved: {_reason(error)}; nothing was changed") from None
                raise
        finally:
            self._lock.release()

    def _remove_stale_temp_files(self) -> None:
        """Temp files only exist while a writer holds the lock: any found now are a killed writer's."""
        for stale in self.path.parent.glob(f".{glob.escape(self.path.name)}.*{_TEMP_SUFFIX}"):
            try:
                stale.unlink()
            except OSError:
                pass

    def backups(self) -> list[Path]:
        return sorted(self.path.parent.glob(f"{glob.escape(self.path.name)}.backup-*"))

    def _keep_daily_backup(self) -> None:
        """Before the day's first write, keep the file as it was: a hard link costs nothing.

        An existing path (even a planted symlink) is never written through; only the last
        BACKUPS_KEPT days are kept.
        """
        if self._signature is None:
            return
        backup = self.path.with_name(f"{self.path.name}.backup-{date.today().isoformat()}")
        if not os.path.lexists(backup):
            try:
                os.link(self.path, backup, follow_symlinks=True)
            except OSError:
                _copy_private(self.path, backup)
        for old in self.backups()[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)

    def _table(self, name: str) -> Table:
        return self._storage_db.table(name)

    def _put_contact(self, contact: Contact) -> None:
        self._table("contacts").upsert(Document(contact.to_dict(), doc_id=contact.id))
        self.contacts[contact.id] = contact

    def _put_entry(self, entry: Entry) -> None:
        old = self.entries.get(entry.id)
        if old is not None:
            self._unindex(old)
        self._table("entries").upsert(Document(entry.to_dict(), doc_id=entry.id))
        self.entries[entry.id] = entry
        self._index(entry)

    def _unindex(self, entry: Entry) -> None:
        for cid in entry.contacts:
            ids = self._by_contact.get(cid)
            if ids and entry.id in ids:
                ids.remove(entry.id)

    def _require_contacts(self, entry: Entry) -> None:
        for cid in entry.contacts:
            if cid not in self.contacts:
                raise ValidationError(f"entry {entry.id!r}: contact {cid!r} does not exist (was it removed elsewhere?)")

    def add_contact(self, contact: Contact) -> Contact:
        with self._writing():
            if contact.id in self.contacts:
                contact.id = self.unique_id("c")
            self._put_contact(contact)
        return contact

    def save_contact(self, contact: Contact) -> Contact:
        """Store an edited (or restored) contact, keeping everything else as it is on disk now."""
        with self._writing():
            self._put_contact(contact)
        return contact

    def add_entry(self, entry: Entry) -> Entry:
        with self._writing():
            self._require_contacts(entry)
            if entry.id in self.entries:
                entry.id = self.unique_id("e")
            self._put_entry(entry)
        return entry

    def save_entry(self, entry: Entry) -> Entry:
        with self._writing():
            self._require_contacts(entry)
            self._put_entry(entry)
        return entry

    def delete_entry(self, entry_id: str) -> Entry | None:
        """Remove an entry; returns it (for undo), or None if another process removed it first."""
        with self._writing():
            entry = self.entries.pop(entry_id, None)
            if entry is not None:
                self._unindex(entry)
                self._table("entries").remove(doc_ids=[entry_id])
        return entry

    def save_settings(self, settings: Settings) -> None:
        with self._writing():
            self._table("settings").upsert(Document(settings.to_dict(), doc_id="settings"))
            self.settings = settings

    def import_snapshot(self, incoming: Snapshot, *, replace: bool) -> dict[str, int]:
        """Replace the journal, or merge by id with the newer updated_at winning; all or nothing."""
        counts = {"contacts_added": 0, "contacts_updated": 0, "entries_added": 0, "entries_updated": 0}
        with self._writing():
            if replace:
                current = Snapshot(Settings(), [], [])
            else:
                current = self.snapshot()
            contacts = {c.id: c for c in current.contacts}
            entries = {e.id: e for e in current.entries}
            for records, target, kind in (
                (incoming.contacts, contacts, "contacts"),
                (incoming.entries, entries, "entries"),
            ):
                for record in records:
                    old = target.get(record.id)
                    if old is None:
                        counts[f"{kind}_added"] += 1
                    elif _newer(record.updated_at, old.updated_at):
                        counts[f"{kind}_updated"] += 1
                    else:
                        continue
                    target[record.id] = record
            settings = incoming.settings if replace or not (current.contacts or current.entries) else current.settings
            merged = Snapshot(settings, list(contacts.values()), list(entries.values()))
            self._install(merged, self._signature)
            self._storage.dirty = True
        return counts


def _newer(stamp: str, than: str) -> bool:
    return datetime.fromisoformat(stamp) > datetime.fromisoformat(than)


def _copy_private(source: Path, target: Path) -> None:
    """A 0600 copy that refuses to write through anything already at the target."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        out.write(src.read())
        out.flush()
        os.fsync(out.fileno())


def export_document(journal: Journal, exported_at: str) -> dict:
    """SPEC section 5: contacts in creation order, entries by date then creation.

    Built from the stored dicts (validated when loaded or saved) instead of 100,000 to_dict() calls;
    ISO dates and stamps written by shima sort as text.
    """
    journal.finish_loading()
    tables = journal.stored_tables()
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": exported_at,
        "settings": journal.settings.to_dict(),
        "contacts": sorted(tables["contacts"].values(), key=lambda c: _stamp_key(c["created_at"])),
        "entries": sorted(tables["entries"].values(), key=lambda e: (e["date"], _stamp_key(e["created_at"]))),
    }


def _stamp_key(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def export_bytes(document: dict) -> bytes:
    return orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n"


def write_export(path: Path, data: bytes) -> None:
    """Exports hold private notes too: same atomic write, owner-only permissions."""
    try:
        ensure_folder(path.parent)
        write_file_atomically(path, data)
    except IsADirectoryError:
        raise JournalError(f"{path}: is a folder; give a file name") from None
    except OSError as error:
        if error.errno == errno.EISDIR:
            raise JournalError(f"{path}: is a folder; give a file name") from None
        raise JournalError(f"{path}: could not be written: {_reason(error)}") from None


def default_journal_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("shima", appauthor=False) / "journal.json"


def resolve_journal_path(option: str | None) -> Path:
    """--journal, else $SHIMA_JOURNAL, else the platform's user data folder."""
    chosen = option or os.environ.get("SHIMA_JOURNAL")
    return Path(chosen).expanduser() if chosen else default_journal_path()


def read_import(path: Path) -> Snapshot:
    """A file to import, fully validated before anything is touched."""
    loaded = read_document(path)
    if loaded is None:
        raise JournalError(f"{path}: no such file")
    try:
        return snapshot_from_document(loaded[0])
    except ValidationError as error:
        raise JournalError(f"{path}: {error}; nothing was imported") from None
