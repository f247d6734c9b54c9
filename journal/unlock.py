"""How a front end gets an encrypted journal's key: from the system keyring when the user chose
to keep it there (`shima unlock`), else from a passphrase: $SHIMA_PASSPHRASE when set (for
scripts; less safe: other programs of the same user can read a process's environment), else
asked of the user (a terminal prompt, or the app's modal).

The passphrase opens the key file with age's scrypt (1.5-2.5 s); the keyring holds the unlocked
key itself, so a command that finds it there pays nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .store.file import JournalError, Unlock

if TYPE_CHECKING:  # age (pyrage) is loaded only once a journal turns out to be encrypted
    from .store.crypt import Key

PASSPHRASE_VARIABLE = "SHIMA_PASSPHRASE"
KEYRING_SERVICE = "shima"


def _keyring():
    """The keyring package with a usable backend, else None (a headless machine has none)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        return None if isinstance(keyring.get_keyring(), fail.Keyring) else keyring
    except Exception:  # noqa: BLE001 - a broken keyring configuration means no keyring, not a crash
        return None


def keyring_usable() -> bool:
    return _keyring() is not None


def key_from_keyring(key_path: Path) -> Key | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        text = keyring.get_password(KEYRING_SERVICE, str(key_path))
    except Exception:  # noqa: BLE001 - a locked or failing keyring: fall back to the passphrase
        return None
    from .store.crypt import Key

    return Key.from_text(text) if text else None


def remember(key_path: Path, key: Key) -> None:
    """Keep the unlocked key in the system keyring (for this key file's path)."""
    keyring = _keyring()
    if keyring is None:
        raise JournalError("crypt.no_keyring", path=str(key_path))
    try:
        keyring.set_password(KEYRING_SERVICE, str(key_path), key.text)
    except Exception as error:  # noqa: BLE001 - any backend failure is one sentence
        raise JournalError("crypt.keyring_failed", path=str(key_path), reason=str(error)) from None


def forget(key_path: Path) -> bool:
    """Remove the key from the keyring; False when it was not there (or there is no keyring)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        if keyring.get_password(KEYRING_SERVICE, str(key_path)) is None:
            return False
        keyring.delete_password(KEYRING_SERVICE, str(key_path))
    except Exception:  # noqa: BLE001
        return False
    return True


def unlocker(ask: Callable[[], str | None]) -> Unlock:
    """The keyring, else $SHIMA_PASSPHRASE, else ask() (None: nobody can be asked). A key kept in
    the keyring that no longer opens the journal (it was encrypted again since) is forgotten."""

    def unlock(key_path: Path, opens: Callable[[Key], bool]) -> Key:
        key = key_from_keyring(key_path)
        if key is not None:
            if opens(key):
                return key
            forget(key_path)
        passphrase = os.environ.get(PASSPHRASE_VARIABLE) or ask()
        if passphrase is None:
            raise JournalError("crypt.locked", path=str(key_path.with_name(key_path.name.removesuffix(".key"))))
        from .store.crypt import unlock_key_file

        return unlock_key_file(key_path, passphrase)

    return unlock


def without_asking(key_path: Path, opens: Callable[[Key], bool]) -> Key:
    """The keyring or $SHIMA_PASSPHRASE only: for the app, which asks in a modal of its own."""
    return unlocker(lambda: None)(key_path, opens)
