"""The key agent: an unlocked key kept for a limited time where only you can read it and no disk
holds it, as ssh-agent and gpg-agent keep theirs, so that each command does not pay age's scrypt
(seconds) again. No shima process stays running for it: the kernel, or your session's folder in
memory, holds the key until the time is up, `shima lock`, or the end of the session.

The places, best first (`places()` lists the ones this machine offers):

1. this login session's kernel keyring (pam_keyinit gives each login one, revoked at logout);
2. `$XDG_RUNTIME_DIR`, when it is a folder of yours only (mode 0700) on a file system in memory
   (tmpfs; systemd-logind removes it at your last logout): a 0600 file per key holding the key and
   its expiry, written atomically; a file past its expiry, or one anyone else could have written
   or read, is removed unread;
3. your user kernel keyring, shared by your sessions: it outlives a logout, not its time or a restart.

A kernel key is unswappable kernel memory, readable by your own processes only, and the kernel
removes it at its timeout by itself (KEYCTL_SET_TIMEOUT); a tmpfs file may be swapped out like any
memory of yours. Containers often block the keyring's system calls: then it is simply not offered.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import stat
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

import orjson

from .file import JournalError, write_atomically

DEFAULT = timedelta(hours=8)  # how long `shima unlock` and the app keep a key unless told
SHORTEST = timedelta(minutes=1)
LONGEST = timedelta(days=7)  # a limited time: a key kept longer is the desktop keyring's promise, not this one's


class Place(Protocol):
    """One place a key can be kept. `name` is what the words call it (`keep.<name>`); `shown`
    is the folder it names, if any."""

    name: str
    shown: str

    def keep(self, slot: str, secret: str, until: float) -> None: ...

    def take(self, slot: str) -> str | None: ...

    def drop(self, slot: str) -> bool: ...


def places() -> list[Place]:
    """The places this machine offers, best first; empty when there is none."""
    found: list[Place] = []
    kernel = _Kernel.here()
    session = kernel.own_session_keyring() if kernel else None
    if session is not None:
        found.append(KernelKeyring("session_keyring", kernel, session))
    runtime = RuntimeFolder.of(os.environ.get("XDG_RUNTIME_DIR"))
    if runtime is not None:
        found.append(runtime)
    user = kernel.keyring_id(_USER_KEYRING) if kernel else None
    if user is not None:
        found.append(KernelKeyring("user_keyring", kernel, user))
    return found


def slot_of(key_path: Path) -> str:
    """The name a key file's key is kept under: its path, hashed (no path's length or characters
    can make it invalid, and the kernel's list of keys does not show where your journal is)."""
    return "shima-" + hashlib.sha256(str(key_path).encode("utf-8", "surrogateescape")).hexdigest()[:32]


def keep(place: Place, key_path: Path, secret: str, span: timedelta) -> datetime:
    """Keep the key of key_path in place for span; when it will be forgotten."""
    until = time.time() + span.total_seconds()
    try:
        place.keep(slot_of(key_path), secret, until)
    except OSError as error:
        raise JournalError("crypt.keep_failed", path=str(key_path), reason=error.strerror or str(error)) from None
    return datetime.fromtimestamp(until).astimezone()


def take(key_path: Path) -> str | None:
    """The key of key_path kept in any place, else None."""
    slot = slot_of(key_path)
    for place in places():
        try:
            secret = place.take(slot)
        except OSError:  # a place that fails is a place that holds nothing: the passphrase is asked
            continue
        if secret is not None:
            return secret
    return None


def drop(key_path: Path) -> bool:
    """Forget the key of key_path in every place; False when none held it."""
    slot = slot_of(key_path)
    dropped = False
    for place in places():
        try:
            dropped = place.drop(slot) or dropped
        except OSError:
            continue
    return dropped


# ----- the kernel keyring -----------------------------------------------------------------------------

_PROCESS_KEYRING, _SESSION_KEYRING, _USER_KEYRING, _USER_SESSION_KEYRING = -2, -3, -4, -5
_GET_KEYRING_ID, _SETPERM, _LINK, _UNLINK, _SEARCH, _READ, _SET_TIMEOUT, _INVALIDATE = 0, 5, 8, 9, 10, 11, 15, 21
_NOT_THERE = (126, 127, 128)  # ENOKEY, EKEYEXPIRED, EKEYREVOKED
# Its possessor (this session) may do anything; your other processes may view, read and search it;
# nobody else anything.
_PERMISSIONS = 0x3F0B0000
_SYSCALLS = {"x86_64": (248, 250), "aarch64": (217, 219), "riscv64": (217, 219)}  # add_key, keyctl


class _Kernel:
    """The add_key and keyctl system calls through libc's syscall() (libkeyutils, which wraps
    them, is not installed everywhere). ctypes is loaded only for an encrypted journal."""

    def __init__(self, add_key: int, keyctl: int) -> None:
        import ctypes

        self._ctypes = ctypes
        self._syscall = ctypes.CDLL(None, use_errno=True).syscall
        self._syscall.restype = ctypes.c_long
        self._add_key, self._keyctl = add_key, keyctl

    @classmethod
    def here(cls) -> _Kernel | None:
        system = os.uname() if hasattr(os, "uname") else None
        numbers = _SYSCALLS.get(system.machine) if system and system.sysname == "Linux" else None
        if numbers is None:
            return None
        try:
            return cls(*numbers)
        except OSError:  # no libc to load
            return None

    def _call(self, number: int, *args: object) -> int:
        ctypes = self._ctypes
        result = self._syscall(ctypes.c_long(number), *(ctypes.c_long(a) if isinstance(a, int) else a for a in args))
        if result < 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code))
        return result

    def keyring_id(self, special: int) -> int | None:
        """The id of a special keyring; None when the kernel refuses (a container's seccomp)."""
        try:
            return self._call(self._keyctl, _GET_KEYRING_ID, special, 0)
        except OSError:
            return None

    def own_session_keyring(self) -> int | None:
        """This login's session keyring; None when the process has none of its own (then the kernel
        lends it the user-session keyring, and a key added to "the session" would die with it)."""
        session = self.keyring_id(_SESSION_KEYRING)
        return session if session is not None and session != self.keyring_id(_USER_SESSION_KEYRING) else None

    def add(self, description: bytes, payload: bytes, keyring: int) -> int:
        return self._call(self._add_key, b"user", description, payload, len(payload), keyring)

    def keyctl(self, operation: int, *args: object) -> int:
        return self._call(self._keyctl, operation, *args)

    def search(self, keyring: int, description: bytes) -> int | None:
        try:
            return self.keyctl(_SEARCH, keyring, b"user", description, 0)
        except OSError as error:
            if error.errno in _NOT_THERE:
                return None
            raise

    def read(self, key: int) -> bytes:
        size = 256
        while True:
            buffer = self._ctypes.create_string_buffer(size)
            length = self.keyctl(_READ, key, buffer, size)
            if length <= size:
                return buffer.raw[:length]
            size = length


class KernelKeyring:
    """A key in a kernel keyring, with a timeout the kernel keeps."""

    shown = ""

    def __init__(self, name: str, kernel: _Kernel, keyring: int) -> None:
        self.name, self._kernel, self._keyring = name, kernel, keyring

    def keep(self, slot: str, secret: str, until: float) -> None:
        kernel = self._kernel
        # Added to this process's own keyring first, linked where it is kept only once its timeout
        # is set: a kill in between leaves no key without an end.
        key = kernel.add(slot.encode(), secret.encode(), _PROCESS_KEYRING)
        try:
            kernel.keyctl(_SET_TIMEOUT, key, max(1, math.ceil(until - time.time())))
            kernel.keyctl(_SETPERM, key, _PERMISSIONS)
            kernel.keyctl(_LINK, key, self._keyring)  # in place of a key kept under this name before
        finally:
            kernel.keyctl(_UNLINK, key, _PROCESS_KEYRING)

    def take(self, slot: str) -> str | None:
        key = self._kernel.search(self._keyring, slot.encode())
        if key is None:
            return None
        try:
            return self._kernel.read(key).decode()
        except OSError as error:
            if error.errno in _NOT_THERE:  # its time ran out between the search and the read
                return None
            raise

    def drop(self, slot: str) -> bool:
        key = self._kernel.search(self._keyring, slot.encode())
        if key is None:
            return False
        self._kernel.keyctl(_INVALIDATE, key)  # gone from every keyring at once
        return True


# ----- the runtime folder -----------------------------------------------------------------------------

_IN_MEMORY = ("tmpfs", "ramfs")


class RuntimeFolder:
    """Keys kept as files in `$XDG_RUNTIME_DIR/shima`: each its own 0600 file with its expiry."""

    name = "runtime_folder"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.shown = str(folder)

    @classmethod
    def of(cls, runtime: str | None) -> RuntimeFolder | None:
        """The folder in `runtime` when it is private and in memory (and so is its shima folder,
        if made already); else None."""
        if not runtime or not os.path.isabs(runtime):  # (the XDG spec: a relative path is to be ignored)
            return None
        base = Path(os.path.realpath(runtime))
        if not (_private(base) and file_system_type(base) in _IN_MEMORY):
            return None
        folder = cls(base / "shima")
        return folder if not os.path.lexists(folder.folder) or _private(folder.folder) else None

    def _path(self, slot: str) -> Path:
        return self.folder / f"{slot}.key"

    def keep(self, slot: str, secret: str, until: float) -> None:
        try:
            self.folder.mkdir(mode=0o700)
        except FileExistsError:
            pass
        if not _private(self.folder):  # made by someone else meanwhile, or a link: not ours to write in
            raise PermissionError(13, f"{self.folder} is not yours alone")
        write_atomically(self._path(slot), orjson.dumps({"key": secret, "until": until}))  # 0600
        for other in self.folder.glob("*.key"):  # other journals' keys past their time go too
            self._read(other)

    def take(self, slot: str) -> str | None:
        return self._read(self._path(slot)) if _private(self.folder) else None

    def drop(self, slot: str) -> bool:
        try:
            self._path(slot).unlink()
        except FileNotFoundError:
            return False
        return True

    def _read(self, path: Path) -> str | None:
        """The key in path if it is still in its time and nobody else could have touched it; any
        other file is removed unread (its key, if it held one, may not be secret any more)."""
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except FileNotFoundError:
            return None
        except OSError:  # a link planted there (ELOOP), a FIFO, ...
            return _removed(path)
        with os.fdopen(fd, "rb") as handle:
            st = os.fstat(handle.fileno())
            if not stat.S_ISREG(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
                return _removed(path)
            data = handle.read(1 << 16)
        try:
            kept = orjson.loads(data)
            secret, until = kept["key"], float(kept["until"])
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            return _removed(path)
        now = time.time()
        if not isinstance(secret, str) or not now < until <= now + LONGEST.total_seconds():  # (a clock set back)
            return _removed(path)
        return secret


def _removed(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
    return None


def _private(folder: Path) -> bool:
    """A folder (not a link to one) that is yours and that nobody else may enter."""
    try:
        st = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) == 0o700


def file_system_type(path: Path) -> str | None:
    """The type of the file system holding path (`tmpfs`, `ext4`), from the kernel's mount table;
    None where there is none to read (not Linux)."""
    try:
        table = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="surrogateescape")
    except OSError:
        return None
    target, found, kind = str(path), "", None
    for line in table.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = re.sub(r"\\([0-7]{3})", lambda octal: chr(int(octal[1], 8)), fields[1])  # (\040 is a space)
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(found):  # the deepest mount; of two at one point, the later
            found, kind = point, fields[2]
    return kind
