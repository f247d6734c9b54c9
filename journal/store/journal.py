"""The journal: its file half and its state half, and the one way to change it.

`transact(change)` takes the lock, catches up with whatever another process wrote since we read
the file, applies the change to that current state, and writes the result durably. A change is
a function of the state (the use cases in `journal.actions` build them from what the user
changed), never a whole record read earlier, so two windows never revert each other's work.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import msgspec
import orjson

from ..records import Contact, Entry, Settings, Snapshot, ValidationError
from . import layout
from .document import FORMAT_VERSION, read_document, read_head
from .file import JournalError, JournalFile, Signature, Unlock, read_regular_file
from .state import HEAD_KINDS, JournalState

HEAD_SECTIONS = tuple(kind.section for kind in HEAD_KINDS)

if TYPE_CHECKING:  # age (pyrage) is loaded only for an encrypted journal: 1.2 MB the others never hold
    from .crypt import Key

T = TypeVar("T")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Parsing a big journal creates a million objects at once, and the cyclic garbage collector
    would walk them again and again (half the load time). They hold no cycles: pause it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(slots=True)
class Loaded:
    """A read of the file, built off the main thread, to be installed if still current."""

    state: JournalState
    signature: Signature | None


class Journal:
    """One journal: read once, changed only through transact()."""

    def __init__(
        self, path: Path | str, *, read_entries: bool = False, key: Key | None = None, unlock: Unlock | None = None
    ) -> None:
        """read_entries: read every month now (the app does it in a worker with read_all()).
        key, unlock: an encrypted journal's key, or how to get it when it turns out to be one
        (without either, an encrypted journal is refused with a sentence saying so)."""
        self.file = JournalFile(path, key=key, unlock=unlock)
        self.path = self.file.shown
        self._lock_held = False
        loaded = self.read()
        self.state = loaded.state
        self._signature = loaded.signature
        if read_entries:
            self.read_all()

    # ----- reading -----------------------------------------------------------------------

    def read(self) -> Loaded:
        """Read and check the file without touching this object (safe in a worker thread).

        A file whose checksum matches is exactly as shima wrote it, after validating every record:
        it is split without parsing its entries, and its records are built without checking them
        again. Any other file (hand-edited, or from an older shima) is parsed and validated whole,
        and refused, untouched, at the first problem."""
        read = self.file.read()
        if read is None:
            return Loaded(JournalState(Settings()), None)
        data, signature = read
        with collector_paused():
            try:
                sections = layout.split(data, HEAD_SECTIONS)
                if sections is not None:
                    head, version = read_head(sections.head)
                    state = JournalState.from_sections(head, sections, version)
                else:
                    snapshot, version = _read(self.path, data)
                    state = JournalState.from_snapshot(snapshot)
                state.file_version = version
                return Loaded(state, signature)
            except ValidationError as problem:
                raise JournalError("file.invalid", path=str(self.path), problem=problem) from None
            except MemoryError:  # a tight `ulimit -v`: say so, never "not valid JSON"
                raise JournalError("file.no_memory", path=str(self.path)) from None

    def read_all(self) -> None:
        """Read every month, and let go of the file's bytes: each record is then held once."""
        if self.state.complete:
            return
        with self._reading_months():
            self.state.read_all_months()
        self.state.release_bytes()

    def recent_entries_of(self, contact_ids: Iterable[str], since: str) -> list[Entry]:
        """The entries naming these contacts from the month `since` on and the latest naming each,
        reading only the months that takes (`JournalState.recent_entries_of`): the app's first
        balances, drawn before read_all()."""
        with self._reading_months():
            return self.state.recent_entries_of(contact_ids, since)

    @contextmanager
    def _reading_months(self) -> Iterator[None]:
        """Months of bytes turned into records: the collector paused, and running out of memory
        said as such."""
        with collector_paused():
            try:
                yield
            except (MemoryError, orjson.JSONDecodeError) as error:
                # Only out of memory: a checksummed month always parses (orjson says so as a JSON error).
                raise JournalError("file.no_memory", path=str(self.path)) from error

    def install(self, loaded: Loaded) -> bool:
        """Install a read made elsewhere, unless the file has moved on since."""
        if loaded.signature != self.file.signature():
            return False
        self.state, self._signature = loaded.state, loaded.signature
        return True

    def changed_on_disk(self) -> bool:
        return self.file.signature() != self._signature

    @property
    def settings(self) -> Settings:
        return self.state.settings

    @property
    def contacts(self) -> dict[str, Contact]:
        return self.state.contacts

    @property
    def entries(self) -> dict[str, Entry]:
        self.read_all()
        return self.state.entries

    @property
    def revision(self) -> tuple[int, int]:
        """Changes with every write here and every reload: (state identity, its revision)."""
        return (id(self.state), self.state.revision)

    def entries_of(self, contact_id: str) -> list[Entry]:
        self.read_all()
        return self.state.entries_of(contact_id)

    def snapshot(self) -> Snapshot:
        self.read_all()
        return self.state.snapshot()

    # ----- writing -----------------------------------------------------------------------

    def transact(self, change: Callable[[JournalState], T], *, whole: bool = False) -> T:
        """Apply change to the current state under the lock and write it; all or nothing.

        whole: the change replaces the journal wholesale (an import), so it keeps a backup of its
        own first."""
        if self._lock_held:
            return self._transact(change, whole)
        with self.file.locked():
            return self._transact(change, whole)

    def acquire_lock(self, timeout: float | None = None) -> None:
        """Wait for the writers' lock (a front end may wait in one thread and write in another)."""
        self.file.acquire() if timeout is None else self.file.acquire(timeout=timeout)

    def release_lock(self) -> None:
        self.file.release()

    def signature(self) -> Signature | None:
        """What the file on disk is now (to tell one outside write from the next)."""
        return self.file.signature()

    @contextmanager
    def holding_lock(self) -> Iterator[None]:
        """For a caller that acquired the file's lock itself (the app waits for it in a thread,
        then applies the change on its own thread): transact() inside does not lock again."""
        self._lock_held = True
        try:
            yield
        finally:
            self._lock_held = False

    def _transact(self, change: Callable[[JournalState], T], whole: bool) -> T:
        if self.changed_on_disk():
            complete = self.state.complete
            loaded = self.read()
            self.state, self._signature = loaded.state, loaded.signature
            if complete:
                self.read_all()
        try:
            result = change(self.state)
            if self.state.dirty:
                parts = self.state.render_parts(self._file_months() if self.state.needs_file_months else None)
                # A file of an older format version is kept whole before it is written as the new one.
                upgrade = self.state.file_version < FORMAT_VERSION
                self._signature = self.file.write(parts, whole_change=whole or upgrade)
                self.state.mark_written()
                self.state.file_version = FORMAT_VERSION
        except BaseException:
            complete = self.state.complete
            loaded = self.read()  # memory never claims what the disk does not hold
            self.state, self._signature = loaded.state, loaded.signature
            if complete:
                self.read_all()
            raise
        return result

    def export_parts(self, exported_at: str) -> list[layout.Chunk]:
        """The journal as an export (SPEC 5), from its own lines: what has not changed since it was
        read or written is copied as bytes, never parsed again. Read-only, so the app may call it
        from a worker: months it let go of come from the file while the file is the one it wrote,
        else (another window wrote since) they are serialised from the records it holds."""
        same_file = not self.changed_on_disk()
        file_months = self._file_months() if self.state.needs_file_months and same_file else None
        return self.state.render_parts(file_months, exported_at=exported_at)

    def _file_months(self) -> dict[str, layout.Chunk] | None:
        """The months of the file as this journal last wrote or read it (the caller holds the lock
        and has checked the file did not change since), for a state that let go of their bytes."""
        read = self.file.read()
        sections = layout.split(read[0], HEAD_SECTIONS, verified=True) if read is not None else None
        return sections.months() if sections is not None else None

    @property
    def encrypted(self) -> bool:
        return self.file.key is not None

    def set_key(self, key: Key | None) -> None:
        """Encrypt the journal to key, or (None) write it plain again: the same records, written
        whole under the lock, and every backup converted with them."""
        with self.file.locked():
            self._transact(lambda state: None, whole=False)  # catch up with the file first
            old = self.file.key
            parts = self.state.render_parts(self._file_months() if self.state.needs_file_months else None)
            self.file.key = key
            try:
                self._signature = self.file.write(parts)
            except BaseException:
                self.file.key = old
                raise
            self.state.mark_written()
            self.file.convert_backups(old, key)

    def read_import(self, path: Path) -> Snapshot:
        """A file to import or merge (an export, a sync tool's copy of this journal), decrypted
        with this journal's key when it is an age file, and fully validated before anything is touched."""
        data = read_regular_file(path)
        if data is None:
            raise JournalError("file.missing", path=str(path))
        try:
            return _read(path, self.file.plain(data, path))[0]
        except ValidationError as problem:
            raise JournalError("file.invalid_import", path=str(path), problem=problem) from None

    def replace_state(self, state: JournalState) -> None:
        """For a change that builds a whole new state (import): adopt it inside transact()."""
        self.state = state


def key_path_for(path: Path | str) -> Path:
    """Where an encrypted journal's key file is (beside the real file, through a symlink)."""
    return JournalFile(path).key_path


def _read(path: Path, data: bytes) -> tuple[Snapshot, int]:
    """A whole document, validated, and its version; bytes that are not JSON are one sentence, in
    orjson's words (read again: only on that path)."""
    try:
        return read_document(data)
    except msgspec.DecodeError:
        try:
            orjson.loads(data)
        except orjson.JSONDecodeError as error:
            if "memory" in str(error).lower():  # orjson's way of saying MemoryError
                raise JournalError("file.no_memory", path=str(path)) from None
            raise JournalError("file.not_json", path=str(path), reason=str(error)) from None
        raise JournalError("file.not_json", path=str(path), reason="?") from None
    except orjson.JSONDecodeError as error:
        raise JournalError("file.not_json", path=str(path), reason=str(error)) from None
    except MemoryError:
        raise JournalError("file.no_memory", path=str(path)) from None
