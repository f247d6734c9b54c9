"""Encryption at rest in the age format (https://age-encryption.org), so the standard `age` tool
can always open a journal without shima.

The passphrase is paid once, never per save: a journal has a random age X25519 identity of its
own, kept beside it in an identity file encrypted with the passphrase (age's scrypt; 1.5-2.5 s
here). Every save is encrypted to that identity's recipient (about 60 ms for 30 MB), and
`age -d -i journal.json.key journal.json` asks for the passphrase and decrypts it. shima designs
no key derivation of its own: the passphrase step is age's.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from .file import JournalError, read_regular_file, write_atomically


class Key:
    """A journal's unlocked identity: what encrypts each save and decrypts each read."""

    def __init__(self, identity: x25519.Identity) -> None:
        self._identity = identity
        self._recipient = identity.to_public()

    @classmethod
    def generate(cls) -> Key:
        return cls(x25519.Identity.generate())

    @classmethod
    def from_text(cls, text: str) -> Key:
        """From the identity's own text (`AGE-SECRET-KEY-1...`), as the keyring keeps it."""
        try:
            return cls(x25519.Identity.from_str(text.strip()))
        except Exception:  # noqa: BLE001 - pyrage raises its own error types, not documented as stable
            raise JournalError("crypt.key_damaged", path="keyring") from None

    @property
    def text(self) -> str:
        return str(self._identity)

    @property
    def recipient(self) -> str:
        return str(self._recipient)

    def encrypt(self, data: bytes, *, armored: bool = False) -> bytes:
        """armored: as text (an export, which may go to a terminal); age reads both."""
        return pyrage.encrypt(data, [self._recipient], armored=armored)

    def encrypt_into(self, parts: Sequence[bytes | memoryview], out: BinaryIO) -> None:
        """Encrypt the parts as one stream into out: neither the plain journal nor its
        ciphertext is ever joined into one 26 MB copy."""
        pyrage.encrypt_io(io.BufferedReader(_PartsReader(parts), 1 << 20), out, [self._recipient])

    def decrypt(self, data: bytes, path: Path) -> bytes:
        """The plaintext; a file encrypted to another key (another journal's) is one sentence."""
        try:
            return pyrage.decrypt(data, [self._identity])
        except pyrage.DecryptError:
            raise JournalError("crypt.not_this_key", path=str(path)) from None

    def identity_file(self) -> str:
        """The identity as age's own identity files hold it (what `age -d -i` reads once decrypted)."""
        created = datetime.now().astimezone().isoformat(timespec="seconds")
        return f"# created: {created}\n# public key: {self.recipient}\n{self.text}\n"


class _PartsReader(io.RawIOBase):
    """The parts of a journal read as one file, without joining them."""

    def __init__(self, parts: Iterable[bytes | memoryview]) -> None:
        self._parts = iter(parts)
        self._current = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not len(self._current):
            part = next(self._parts, None)
            if part is None:
                return 0
            self._current = memoryview(part).cast("B")
        size = min(len(buffer), len(self._current))
        buffer[:size] = self._current[:size]
        self._current = self._current[size:]
        return size


def write_key_file(path: Path, key: Key, passphrase: str) -> None:
    """The identity, encrypted with the passphrase (armored: a text file that survives copying)."""
    write_atomically(path, age_passphrase.encrypt(key.identity_file().encode(), passphrase, armored=True))


def unlock_key_file(path: Path, passphrase: str) -> Key:
    """The identity kept in the key file; a wrong passphrase is one sentence and changes nothing."""
    data = read_regular_file(path)
    if data is None:
        raise JournalError("crypt.no_key_file", path=str(path))
    try:
        plain = age_passphrase.decrypt(data, passphrase)
    except pyrage.DecryptError:
        raise JournalError("crypt.wrong_passphrase", path=str(path)) from None
    lines = [line for line in plain.decode("utf-8", "replace").splitlines() if line.startswith("AGE-SECRET-KEY-")]
    if len(lines) != 1:
        raise JournalError("crypt.key_damaged", path=str(path))
    return Key.from_text(lines[0])
