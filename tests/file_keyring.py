"""A keyring backend kept in a file ($SHIMA_TEST_KEYRING), so subprocess tests of `shima unlock`
never touch the machine's own keyring: PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1

    def _path(self) -> Path:
        return Path(os.environ["SHIMA_TEST_KEYRING"])

    def _load(self) -> dict:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        kept = self._load()
        kept[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(kept))

    def delete_password(self, service: str, username: str) -> None:
        kept = self._load()
        if kept.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(kept))


def file_keyring_env(keyring_file: Path) -> dict[str, str]:
    """The environment of a shima subprocess whose keyring is keyring_file."""
    return {
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "PYTHONPATH": str(Path(__file__).parent),
        "SHIMA_TEST_KEYRING": str(keyring_file),
    }
