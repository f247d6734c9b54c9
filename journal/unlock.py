"""How a front end gets an encrypted journal's key: a key kept by `shima unlock` (the key agent's
memory for a limited time, else the desktop keyring), else a passphrase: $SHIMA_PASSPHRASE when
set (for scripts; less safe: other programs of the same user can read a process's environment),
else asked of the user (a terminal prompt, or the app's modal).

The passphrase opens the key file with age's scrypt (seconds); a kept key is the unlocked key
itself, so a command that finds one pays nothing for it.

Where `shima unlock` (and the app's tick box) keeps the key: the desktop keyring where there is
one, as it always did (until `shima lock`, across restarts: your login unlocks the keyring);
else the key agent (journal.store.agent) for 8 hours. `--for` asks for a limited time, so it is
always the agent's. A key is read from the agent first (no D-Bus, no keyring package to load).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .problems import Problem
from .store import agent
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


def _key_from_keyring(key_path: Path) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, str(key_path))
    except Exception:  # noqa: BLE001 - a locked or failing keyring: fall back to the passphrase
        return None


def kept_key(key_path: Path) -> Key | None:
    """The key kept for this key file by the agent, else by the desktop keyring; None when neither
    holds one (or what it holds is not a key: forgotten, so the passphrase is asked)."""
    text = agent.take(key_path) or _key_from_keyring(key_path)
    if not text:
        return None
    from .store.crypt import Key

    try:
        return Key.from_text(text)
    except JournalError:
        forget(key_path)
        return None


def remember(key_path: Path, key: Key) -> None:
    """Keep the unlocked key in the system keyring (for this key file's path)."""
    keyring = _keyring()
    if keyring is None:
        raise JournalError("crypt.no_keyring", path=str(key_path))
    try:
        keyring.set_password(KEYRING_SERVICE, str(key_path), key.text)
    except Exception as error:  # noqa: BLE001 - any backend failure is one sentence
        raise JournalError("crypt.keyring_failed", path=str(key_path), reason=str(error)) from None


def _forget_in_keyring(key_path: Path) -> bool:
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


def forget(key_path: Path) -> bool:
    """Forget the key wherever it is kept (the agent's places and the keyring); False when none held it."""
    dropped = agent.drop(key_path)
    return _forget_in_keyring(key_path) or dropped


@dataclass(frozen=True)
class Keeping:
    """Where `shima unlock` keeps a key: a place of the agent for `span`, or (place None) the
    desktop keyring until `shima lock`."""

    place: agent.Place | None
    span: timedelta | None

    def keep(self, key_path: Path, key: Key) -> datetime | None:
        """Keep it there (and nowhere else); when it will be forgotten (None: at `shima lock`)."""
        forget(key_path)  # one place at a time: `unlock --for 30m` leaves no copy kept for longer
        if self.place is None:
            remember(key_path, key)
            return None
        return agent.keep(self.place, key_path, key.text, self.span)


def keeping(key_path: Path, span: timedelta | None = None) -> Keeping:
    """Where `shima unlock [--for span]` will keep the key, refused before any passphrase is asked
    when the span is out of bounds or this machine has nowhere to keep it."""
    if span is not None and not agent.SHORTEST <= span <= agent.LONGEST:
        raise Problem("crypt.keep_span", field="keep_for", asked=span, shortest=agent.SHORTEST, longest=agent.LONGEST)
    desktop = keyring_usable()
    if span is None and desktop:
        return Keeping(None, None)
    places = agent.places()
    if places:
        return Keeping(places[0], span or agent.DEFAULT)
    raise Problem("crypt.nowhere_to_keep_for" if desktop else "crypt.nowhere_to_keep", path=str(key_path))


def keeping_offer(key_path: Path) -> Keeping | None:
    """What the app's passphrase screen offers: the same as `shima unlock`, or nothing."""
    try:
        return keeping(key_path)
    except Problem:
        return None


def unlocker(ask: Callable[[], str | None]) -> Unlock:
    """A kept key, else $SHIMA_PASSPHRASE, else ask() (None: nobody can be asked). A kept key
    that no longer opens the journal (it was encrypted again since) is forgotten."""

    def unlock(key_path: Path, opens: Callable[[Key], bool]) -> Key:
        key = kept_key(key_path)
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
    """A kept key or $SHIMA_PASSPHRASE only: for the app, which asks in a modal of its own."""
    return unlocker(lambda: None)(key_path, opens)
