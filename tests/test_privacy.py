"""Encryption at rest (issue 15): the age format, a passphrase paid once, nothing plain on disk.

Every command runs as a subprocess on real files; the passphrase comes from $SHIMA_PASSPHRASE (as
a script would give it) or, for the standard `age` tool, is typed on its terminal."""

from __future__ import annotations

import json
import shutil
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import run_shima
from file_keyring import file_keyring_env

PASSPHRASE = {"SHIMA_PASSPHRASE": "correct horse 馬"}
SECRET_NAME = "佐藤 秘密子"
SECRET_NOTE = "paid the salon 30000 for nothing"


@pytest.fixture(scope="module")
def encrypted_once(tmp_path_factory) -> Path:
    """A journal with a contact and an entry, a backup made while it was plain, then encrypted:
    made once (encrypting pays age's scrypt), and copied for each test."""
    journal = tmp_path_factory.mktemp("template") / "journal.json"
    assert run_shima("add", SECRET_NAME, "--tag", "influencer", journal=journal).code == 0
    logged = run_shima("log", "--gave", "-c", "佐藤", "--kind", "money", "--value", "30000", SECRET_NOTE, journal=journal)
    assert logged.code == 0
    done = run_shima("encrypt", journal=journal, env=PASSPHRASE)
    assert done.code == 0, done.err
    assert "cannot be recovered" in done.out
    return journal


@pytest.fixture
def encrypted(encrypted_once: Path, journal_path: Path) -> Path:
    shutil.copytree(encrypted_once.parent, journal_path.parent, ignore=shutil.ignore_patterns("*.lock"))
    return journal_path


def plaintext_files(folder: Path) -> list[str]:
    """Files of the folder whose bytes hold the secret name or note (UTF-8, or JSON-escaped)."""
    needles = [SECRET_NAME.encode(), SECRET_NOTE.encode(), json.dumps(SECRET_NAME).encode()]
    return [p.name for p in folder.iterdir() if p.is_file() and any(n in p.read_bytes() for n in needles)]


def test_an_encrypted_journal_reads_and_writes_as_before(encrypted):
    assert encrypted.read_bytes().startswith(b"age-encryption.org/v1\n")
    listed = json.loads(run_shima("list", "--json", journal=encrypted, env=PASSPHRASE).out)
    assert [c["name"] for c in listed] == [SECRET_NAME]
    assert run_shima("log", "--note", "after encryption", journal=encrypted, env=PASSPHRASE).code == 0
    texts = [e["text"] for e in json.loads(run_shima("timeline", "--json", journal=encrypted, env=PASSPHRASE).out)]
    assert texts == ["after encryption", SECRET_NOTE]


def test_round_trip_through_encryption_and_back(encrypted, tmp_path):
    before = json.loads(run_shima("export", "--plain", journal=encrypted, env=PASSPHRASE).out)
    done = run_shima("decrypt", journal=encrypted, env=PASSPHRASE)
    assert done.code == 0, done.err
    assert encrypted.read_bytes().startswith(b'{"format":"shima-journal"')
    assert not (encrypted.parent / "journal.json.key").exists()
    after = json.loads(run_shima("export", journal=encrypted).out)  # no passphrase needed any more
    assert {k: v for k, v in after.items() if k != "exported_at"} == {k: v for k, v in before.items() if k != "exported_at"}
    assert SECRET_NAME.encode() in (encrypted.parent / f"journal.json.backup-{_today()}").read_bytes()  # backups too


def _today() -> str:
    return date.today().isoformat()


def test_no_file_beside_it_holds_a_plain_name_journal_backups_key_exports(encrypted, tmp_path):
    folder = encrypted.parent
    assert any(p.name.startswith("journal.json.backup-") for p in folder.iterdir())  # made while it was plain
    run_shima("import", str(Path(__file__).parent / "fixtures" / "journal-v2.json"), journal=encrypted, env=PASSPHRASE)
    assert any(p.name.endswith("-whole") for p in folder.iterdir())  # the import kept a whole backup
    (folder / "export.json").write_bytes(b"")
    assert run_shima("export", "-o", str(folder / "export.json"), journal=encrypted, env=PASSPHRASE).code == 0
    printed = run_shima("export", journal=encrypted, env=PASSPHRASE)
    assert printed.out.startswith("-----BEGIN AGE ENCRYPTED FILE-----") and SECRET_NAME not in printed.out
    assert plaintext_files(folder) == []
    assert run_shima("export", "--plain", "-o", str(folder / "plain.json"), journal=encrypted, env=PASSPHRASE).code == 0
    assert plaintext_files(folder) == ["plain.json"]  # only when asked for
    assert (
        run_shima("import", str(folder / "export.json"), journal=encrypted, env=PASSPHRASE).code == 0
    )  # its own export reads back


def test_temp_files_are_encrypted_too(encrypted, monkeypatch):
    """A save writes a temp file and renames it over the journal: each temp file, read just before
    its rename, holds only encrypted bytes."""
    import os

    from journal import actions
    from journal.store import Journal
    from journal.store.crypt import unlock_key_file

    temp_files: list[bytes] = []
    real_replace = os.replace

    def watched(source, target):
        if Path(source).name.endswith(".tmp"):
            temp_files.append(Path(source).read_bytes())
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", watched)
    journal = Journal(encrypted, unlock=lambda key_path, _opens: unlock_key_file(key_path, PASSPHRASE["SHIMA_PASSPHRASE"]))
    actions.add_contact(journal, {"name": SECRET_NAME + " 2"})
    assert temp_files and all(data.startswith(b"age-encryption.org/v1\n") for data in temp_files)


def test_a_wrong_passphrase_is_one_sentence_and_changes_nothing(encrypted):
    before = {p.name: p.read_bytes() for p in encrypted.parent.iterdir()}
    done = run_shima("log", "--note", "x", journal=encrypted, env={"SHIMA_PASSPHRASE": "wrong"})
    assert done.code == 1
    assert done.err.strip().endswith("wrong passphrase; nothing was changed") and len(done.err.strip().splitlines()) == 1
    assert {p.name: p.read_bytes() for p in encrypted.parent.iterdir()} == before


def test_without_a_passphrase_or_a_terminal_it_says_how_and_due_short_stays_silent(encrypted):
    done = run_shima("list", journal=encrypted)
    assert done.code == 1 and "is encrypted" in done.err and "SHIMA_PASSPHRASE" in done.err
    quiet = run_shima("due", "--short", journal=encrypted)
    assert (quiet.code, quiet.out, quiet.err) == (0, "", "")


def test_encrypting_twice_or_decrypting_a_plain_journal_is_refused(encrypted, journal_path):
    again = run_shima("encrypt", journal=encrypted, env=PASSPHRASE)
    assert again.code == 1 and "already encrypted" in again.err
    plain = journal_path.with_name("plain.json")
    run_shima("add", "x", journal=plain)
    refused = run_shima("decrypt", journal=plain)
    assert refused.code == 1 and "not encrypted" in refused.err


def test_unlock_keeps_the_key_in_the_keyring_and_lock_forgets_it(encrypted, tmp_path):
    keyring = file_keyring_env(tmp_path / "keyring.json")
    assert run_shima("list", journal=encrypted, env=keyring).code == 1  # nothing kept yet
    done = run_shima("unlock", journal=encrypted, env={**keyring, **PASSPHRASE})
    assert done.code == 0, done.err
    assert "AGE-SECRET-KEY-1" in (tmp_path / "keyring.json").read_text()
    listed = run_shima("list", journal=encrypted, env=keyring)  # no passphrase: the keyring's key
    assert listed.code == 0 and SECRET_NAME in listed.out
    assert run_shima("lock", journal=encrypted, env=keyring).code == 0
    assert run_shima("list", journal=encrypted, env=keyring).code == 1


@pytest.mark.skipif(shutil.which("age") is None, reason="the age command is not installed here (apt install age)")
def test_the_standard_age_tool_decrypts_a_shima_journal(encrypted, tmp_path):
    import pexpect

    out = tmp_path / "plain.json"
    key = encrypted.with_name("journal.json.key")
    child = pexpect.spawn("age", ["-d", "-i", str(key), "-o", str(out), str(encrypted)], timeout=60, encoding="utf-8")
    child.expect("passphrase")
    child.sendline(PASSPHRASE["SHIMA_PASSPHRASE"])
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [c["name"] for c in document["contacts"]] == [SECRET_NAME]


def test_the_passphrase_is_typed_on_the_terminal_twice(journal_path):
    import pexpect

    run_shima("add", SECRET_NAME, journal=journal_path)
    environment = {"PATH": "/usr/bin:/bin", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    command = ["-m", "journal", "--journal", str(journal_path), "encrypt"]
    child = pexpect.spawn(sys.executable, command, timeout=60, encoding="utf-8", env=environment)
    child.expect("New passphrase")
    child.sendline("one")
    child.expect("again")
    child.sendline("two")
    child.expect(pexpect.EOF)
    assert "differ" in child.before
    assert journal_path.read_bytes().startswith(b'{"format"')  # nothing changed


def test_a_key_kept_for_an_earlier_encryption_is_forgotten_and_the_passphrase_asked(encrypted, tmp_path):
    from journal.store.crypt import Key

    keyring = file_keyring_env(tmp_path / "keyring.json")
    stale = {f"shima/{encrypted.with_name('journal.json.key')}": Key.generate().text}
    (tmp_path / "keyring.json").write_text(json.dumps(stale))
    done = run_shima("list", journal=encrypted, env={**keyring, **PASSPHRASE})
    assert done.code == 0 and SECRET_NAME in done.out
    assert json.loads((tmp_path / "keyring.json").read_text()) == {}


def test_lock_needs_no_passphrase(encrypted, tmp_path):
    locked = run_shima("lock", journal=encrypted, env=file_keyring_env(tmp_path / "keyring.json"))  # no passphrase, no terminal
    assert locked.code == 0 and "held no key" in locked.out
    # (unlock on a machine with nowhere to keep the key: tests/test_key_agent.py)


def test_a_passphrase_a_terminal_cannot_take_whole_is_refused(journal_path):
    run_shima("add", SECRET_NAME, journal=journal_path)
    before = journal_path.read_bytes()
    done = run_shima("encrypt", journal=journal_path, env={"SHIMA_PASSPHRASE": "x" * 1025})
    assert done.code == 1 and "more than 1,024 characters" in done.err
    assert journal_path.read_bytes() == before and not journal_path.with_name("journal.json.key").exists()


def test_encrypting_a_read_only_journal_leaves_no_key_file(journal_path):
    run_shima("add", SECRET_NAME, journal=journal_path)
    journal_path.chmod(0o400)
    done = run_shima("encrypt", journal=journal_path, env=PASSPHRASE)
    assert done.code == 1 and "read-only" in done.err
    assert not journal_path.with_name("journal.json.key").exists()


def test_ctrl_d_at_the_passphrase_prompt_is_one_sentence(encrypted):
    import pexpect

    environment = {"PATH": "/usr/bin:/bin", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    command = ["-m", "journal", "--journal", str(encrypted), "list"]
    child = pexpect.spawn(sys.executable, command, timeout=60, encoding="utf-8", env=environment)
    child.expect("Passphrase for")
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert "no passphrase was typed; nothing was changed" in child.before and "Traceback" not in child.before


def test_due_short_stays_silent_with_a_wrong_passphrase_variable(encrypted):
    done = run_shima("due", "--short", journal=encrypted, env={"SHIMA_PASSPHRASE": "wrong"})
    assert (done.code, done.out, done.err) == (0, "", "")


def test_a_calendar_written_from_an_encrypted_journal_says_it_is_plain(encrypted, tmp_path):
    assert run_shima("edit", "佐藤", "--cadence", "1", journal=encrypted, env=PASSPHRASE).code == 0
    target = tmp_path / "due.ics"
    done = run_shima("calendar", "-o", str(target), journal=encrypted, env=PASSPHRASE)
    assert done.code == 0 and SECRET_NAME in target.read_text(encoding="utf-8")
    assert done.err == f"shima: {target} is not encrypted (a calendar app must read it): it names the people due, in plain text\n"
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "the calendar file of\n`shima calendar -o`" in readme
