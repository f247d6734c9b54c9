"""The file half of the journal: bytes in, bytes out, never a record.

Reading, the lock, the atomic and durable write, the backups and the sweep of a killed writer's
temporary files live here and nowhere else, so encryption at rest and sync-conflict copies have
one seam to plug into. A symlinked journal (common with sync folders) is resolved once: writes
go to the real file and the lock sits beside it, whichever link a process came through.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from filelock import FileLock, Timeout

from ..problems import Problem

if TYPE_CHECKING:
    from .crypt import Key

BACKUPS_KEPT = 7  # of each kind: daily, before a whole change, a merged sync copy
_BACKUP_KINDS = ("whole", "conflict")
LOCK_TIMEOUT_SECONDS = 15
_TEMP_SUFFIX = ".tmp"

Signature = tuple[int, int, int]


class JournalError(Problem):
    """The journal (or another file) cannot be read or written; `path` is always a param."""


def _reason(error: OSError) -> str:
    return error.strerror.lower() if error.strerror else str(error)


def signature_of(path: Path) -> Signature | None:
    """What tells us another process replaced the file: every write renames a new inode in."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def ensure_folder(folder: Path) -> None:
    """Create a folder readable by the owner only (an existing one is left as it is)."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError:
        raise JournalError("file.folder_is_file", path=str(folder)) from None
    except OSError as error:
        raise JournalError("file.folder_failed", path=str(folder), reason=_reason(error)) from None


def write_atomically(path: Path, data: bytes | Sequence[bytes | memoryview], *, key: Key | None = None) -> None:
    """Whole or not at all: a 0600 temp file in the same folder, fsync, rename, fsync the folder.
    data may be parts written one after the other (a journal is never joined into one copy);
    key: encrypted to it as it is written (the temp file never holds a plain byte)."""
    parts = [data] if isinstance(data, bytes) else data
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=_TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as temp:
            if key is None:
                temp.writelines(parts)
            else:
                key.encrypt_into(parts, temp)
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


def read_regular_file(path: Path) -> bytes | None:
    """A regular file's bytes; None when it does not exist. FIFOs, devices and folders are refused
    (opened without blocking, so a FIFO given as a journal never hangs)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except (FileNotFoundError, NotADirectoryError):
        return None  # no journal yet (a file where its folder should be is said when writing)
    except IsADirectoryError:
        raise JournalError("file.is_folder", path=str(path)) from None
    except OSError as error:
        raise JournalError("file.unreadable", path=str(path), reason=_reason(error)) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise JournalError("file.is_folder", path=str(path))
        if not stat.S_ISREG(mode):
            raise JournalError("file.not_regular", path=str(path))
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as handle:
            fd = -1
            return handle.read()
    except MemoryError:
        raise JournalError("file.no_memory", path=str(path)) from None
    except OSError as error:
        raise JournalError("file.unreadable", path=str(path), reason=_reason(error)) from None
    finally:
        if fd >= 0:
            os.close(fd)


def check_output_path(path: Path) -> None:
    """An export target must be a new path or a regular file: never a device, FIFO or folder
    (as root, `-o /dev/null` would otherwise replace the system's)."""
    try:
        st = os.stat(path)  # follows symlinks: a link to a device is refused too
    except FileNotFoundError:
        if os.path.islink(path):
            raise JournalError("file.dangling_link", path=str(path)) from None
        return
    except OSError as error:
        raise JournalError("file.unwritable", path=str(path), reason=_reason(error)) from None
    if stat.S_ISDIR(st.st_mode):
        raise JournalError("file.is_folder_give_name", path=str(path))
    if not stat.S_ISREG(st.st_mode):
        raise JournalError("file.not_regular", path=str(path))


def write_private_file(path: Path, data: bytes) -> None:
    """An export or any other file holding the journal's content: checked, atomic, owner-only."""
    check_output_path(path)
    target = Path(os.path.realpath(path))
    ensure_folder(target.parent)
    try:
        write_atomically(target, data)
    except OSError as error:
        if error.errno == errno.EISDIR:
            raise JournalError("file.is_folder_give_name", path=str(path)) from None
        raise JournalError("file.unwritable", path=str(path), reason=_reason(error)) from None


AGE_HEADERS = (b"age-encryption.org/v1\n", b"-----BEGIN AGE ENCRYPTED FILE-----")  # binary, armored


def is_encrypted(data: bytes) -> bool:
    return data.startswith(AGE_HEADERS)


class Unlock(Protocol):
    """How a front end gets the key of an encrypted journal (keyring, $SHIMA_PASSPHRASE, a prompt),
    given the key file's path and a test of whether a key opens the journal (a key kept in a
    keyring may be one of an earlier encryption); it raises JournalError when it cannot."""

    def __call__(self, key_path: Path, opens: Callable[[Key], bool]) -> Key: ...


def _real_path(link: Path) -> Path:
    """Where a symlinked journal really is; links that lead back to themselves are one sentence."""
    try:
        return Path(os.path.realpath(link, strict=True))
    except FileNotFoundError:
        return Path(os.path.realpath(link))  # a link to a journal not written yet: written there
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise JournalError("file.symlink_loop", path=str(link)) from None
        raise JournalError("file.unreadable", path=str(link), reason=_reason(error)) from None


class JournalFile:
    """One journal's bytes on disk: read, lock, durable write, backups; encrypted or not.

    An encrypted journal is decrypted as it is read and encrypted as it is written, so everything
    above this class sees plain bytes, and nothing plain reaches the disk: the journal, its temp
    files and its backups (hard links or copies of it) are all age files."""

    def __init__(self, path: Path | str, *, key: Key | None = None, unlock: Unlock | None = None) -> None:
        given = Path(path).expanduser()
        self.path = _real_path(given) if given.is_symlink() else given.absolute()
        self.shown = given  # the path as the user gave it, for messages
        self.key_path = self.path.with_name(self.path.name + ".key")
        self.key = key  # set while the journal on disk is encrypted: every write is encrypted to it
        self._unlock = unlock
        self._lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT_SECONDS, mode=0o600, thread_local=False)
        backup = rf"{re.escape(self.path.name)}\.backup-\d{{4}}-\d{{2}}-\d{{2}}(-\d{{6}}(-\d+)?-({'|'.join(_BACKUP_KINDS)}))?"
        self._backup_name = re.compile(backup)
        stem, suffix = (re.escape(part) for part in os.path.splitext(self.path.name))
        self._conflict_name = re.compile(  # Syncthing's, then Dropbox's (in English or Japanese)
            rf"{stem}\.sync-conflict-\d{{8}}-\d{{6}}-[A-Z0-9]{{7}}{suffix}"
            rf"|{stem} \([^()/]*(conflicted copy|競合コピー)[^()/]*\)( \(\d+\))?{suffix}"
        )
        self._numbered_name = re.compile(rf"{stem}( \(\d+\)| \d+){suffix}")  # `journal (1).json`, iCloud's `journal 2.json`
        # The temp files of the journal and of its backup copies, and nothing else's.
        self._temp_name = re.compile(rf"\.({re.escape(self.path.name)}|{backup})\.[a-z0-9_]{{8}}{re.escape(_TEMP_SUFFIX)}")

    # ----- reading -----------------------------------------------------------------------------

    def read(self) -> tuple[bytes, Signature] | None:
        """The file's bytes and signature, or None when there is no journal yet."""
        before = signature_of(self.path)
        data = read_regular_file(self.path)
        if data is None:
            return None
        if not data[:4096].strip() and not data.strip():  # (no copy of a big journal just to look)
            raise JournalError("file.empty", path=str(self.shown))
        after = signature_of(self.path)
        signature = after if after == before else (0, 0, 0)  # replaced while reading: catch up on the next look
        if not is_encrypted(data):
            self.key = None  # a journal decrypted elsewhere stays plain
            return data, signature
        if self.key is not None:
            return self.key.decrypt(data, self.shown), signature
        if self._unlock is None:
            raise JournalError("crypt.locked", path=str(self.shown))
        opened: list[bytes] = []  # a kept key is tried by decrypting: that plaintext is the read

        def opens(key: Key) -> bool:
            try:
                opened.append(key.decrypt(data, self.shown))
            except JournalError:
                return False
            return True

        self.key = self._unlock(self.key_path, opens)
        return opened[-1] if opened else self.key.decrypt(data, self.shown), signature

    def plain(self, data: bytes, path: Path) -> bytes:
        """Another file's bytes (an export, a backup, a sync tool's copy), decrypted with this
        journal's key when they are an age file; a plain journal has no key to open one."""
        if not is_encrypted(data):
            return data
        if self.key is None:
            raise JournalError("crypt.journal_not_encrypted", path=str(path))
        return self.key.decrypt(data, path)

    def signature(self) -> Signature | None:
        return signature_of(self.path)

    # ----- writing -----------------------------------------------------------------------------

    @contextmanager
    def locked(self, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
        """Hold the writers' lock (only while writing)."""
        self.acquire(timeout)
        try:
            yield
        finally:
            self._lock.release()

    def acquire(self, timeout: float = LOCK_TIMEOUT_SECONDS) -> None:
        """Take the writers' lock; also used alone by a front end that waits for it in one thread
        and writes in another."""
        ensure_folder(self.path.parent)
        try:
            self._lock.acquire(timeout=timeout)
        except Timeout:
            raise JournalError("file.lock_timeout", path=str(self.shown), seconds=LOCK_TIMEOUT_SECONDS) from None
        except OSError as error:
            raise JournalError("file.lock_failed", path=f"{self.path}.lock", reason=_reason(error)) from None

    def release(self) -> None:
        self._lock.release()

    def write(self, data: bytes | Sequence[bytes | memoryview], *, whole_change: bool = False) -> Signature | None:
        """Replace the journal with data, durably; the caller holds the lock.

        Before the day's first write the old file is kept as that day's backup; a change of the
        whole journal (an import that replaces it) keeps a backup of its own, whatever the day."""
        self._refuse_read_only()
        self._remove_stale_temp_files()
        if signature_of(self.path) is not None:
            today = date.today().isoformat()
            self._keep_backup(self.path.with_name(f"{self.path.name}.backup-{today}"))
            if whole_change:
                self._keep_backup(self._new_backup_name(today))
            self._rotate_backups()
        try:
            write_atomically(self.path, data, key=self.key)
        except OSError as error:
            raise JournalError("file.save_failed", path=str(self.shown), reason=_reason(error)) from None
        return signature_of(self.path)

    def _new_backup_name(self, today: str, kind: str = "whole") -> Path:
        """backup-DATE-HHMMSS-KIND, numbered when several fall in one second."""
        stem = f"{self.path.name}.backup-{today}-{datetime.now():%H%M%S}"
        candidate, number = self.path.with_name(f"{stem}-{kind}"), 1
        while os.path.lexists(candidate):
            number += 1
            candidate = self.path.with_name(f"{stem}-{number}-{kind}")
        return candidate

    def _refuse_read_only(self) -> None:
        try:
            mode = os.stat(self.path).st_mode
        except FileNotFoundError:
            return
        if not mode & stat.S_IWUSR:
            raise JournalError("file.read_only", path=str(self.shown))

    def _remove_stale_temp_files(self) -> None:
        """Temp files exist only while a writer holds the lock: any found now are a killed writer's.
        Only this journal's own temp names are matched (not those of `journal.json.x.json`)."""
        for stale in self.path.parent.iterdir():
            if self._temp_name.fullmatch(stale.name):
                try:
                    stale.unlink()
                except OSError:
                    pass

    def backups(self) -> list[Path]:
        """The backups shima made of this journal, oldest first (a user's own files never listed)."""
        return sorted(p for p in self.path.parent.iterdir() if self._backup_name.fullmatch(p.name))

    def backup_kind(self, backup: Path) -> str:
        """ "day" (before a day's first change), "whole" (before a change of the whole journal) or
        "conflict" (a merged sync copy), by the name shima gave it."""
        return self._backup_name.fullmatch(backup.name).group(3) or "day"

    def _keep_backup(self, backup: Path) -> None:
        """A hard link costs nothing; where links fail (vfat, exFAT, SMB) the copy is written like
        the journal (temp, fsync, rename), so a kill or a full disk never leaves a truncated backup
        standing as the day's. An existing path (even a planted symlink) is left alone."""
        if os.path.lexists(backup):
            return
        try:
            os.link(self.path, backup, follow_symlinks=False)
            return
        except OSError:
            pass
        try:
            write_atomically(backup, read_regular_file(self.path) or b"")
        except (OSError, JournalError) as error:
            reason = _reason(error) if isinstance(error, OSError) else error.code
            raise JournalError("file.backup_failed", path=str(backup), reason=reason) from None

    def _rotate_backups(self) -> None:
        """Keep the last BACKUPS_KEPT backups of each kind (daily, whole change, sync copy)."""
        mine = self.backups()
        for kind in ("", *_BACKUP_KINDS):
            of_kind = [p for p in mine if (self._backup_name.fullmatch(p.name).group(3) or "") == kind]
            for old in of_kind[:-BACKUPS_KEPT]:
                old.unlink(missing_ok=True)

    def convert_backups(self, old: Key | None, new: Key | None) -> None:
        """After the journal was encrypted (new) or decrypted (old): its backups the same way, each
        atomically, so no plain copy stays on disk beside an encrypted journal."""
        for backup in self.backups():
            data = read_regular_file(backup)
            if data is None:
                continue
            if is_encrypted(data):
                if old is None:
                    continue  # already encrypted, and no other key was ever this journal's
                data = old.decrypt(data, backup)
            try:
                write_atomically(backup, new.encrypt(data) if new is not None else data)
            except OSError as error:
                raise JournalError("file.backup_failed", path=str(backup), reason=_reason(error)) from None

    # ----- a sync tool's copies ----------------------------------------------------------------

    def sync_copies(self) -> list[tuple[Path, bool]]:
        """Copies a sync tool left beside the journal, oldest name first, each with whether it is
        named as a conflict copy of this journal (Syncthing's, Dropbox's) rather than a plain
        numbered copy (`journal (1).json`), which is only a candidate until its id is checked."""
        try:
            names = sorted(os.listdir(self.path.parent))
        except OSError:
            return []
        found = []
        for name in names:
            named = bool(self._conflict_name.fullmatch(name))
            if named or self._numbered_name.fullmatch(name):
                found.append((self.path.with_name(name), named))
        return found

    def keep_sync_copy(self, copy: Path) -> None:
        """A merged copy becomes a backup (renamed, so the sync tool sees it go), rotated like the
        others; a plain copy of an encrypted journal is kept encrypted, like every other backup."""
        backup = self._new_backup_name(date.today().isoformat(), "conflict")
        try:
            data = read_regular_file(copy) if self.key is not None else None
            if data is not None and not is_encrypted(data):
                write_atomically(backup, data, key=self.key)
                copy.unlink()
            else:
                os.replace(copy, backup)
        except OSError as error:
            raise JournalError("file.backup_failed", path=str(copy), reason=_reason(error)) from None
        self._rotate_backups()
