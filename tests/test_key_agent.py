"""The key agent (issue 19, point 15): `shima unlock [--for DURATION]` keeps the unlocked key for a
limited time where only you can read it and no disk holds it (the kernel keyring, else a private
runtime folder in memory), every command and the app use it before asking, and `shima lock`,
the end of its time or of the session forget it.

The kernel keyring is tried for real where this machine offers it (containers often block its
calls: those tests skip); tests/conftest.py gives the test run a session keyring of its own, so
nothing here is kept in the machine user's keyrings."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import run_shima
from hypothesis import given
from hypothesis import strategies as st
from tui_support import app_for, sample_journal, screen_text, until

from journal import actions, cli, unlock
from journal.dates import DateError, parse_duration
from journal.store import Journal, agent
from journal.store.crypt import Key
from journal.words import duration

PASSPHRASE = "correct horse 馬"
NAME = "佐藤 花子"  # in sample_journal


# ----- the duration: --for DURATION -------------------------------------------------------------------

UNITS = {
    60: ["m", "min", "mins", "minute", "minutes", "分", "分間"],
    3600: ["h", "hr", "hrs", "hour", "hours", "時間"],
    86400: ["d", "day", "days", "日", "日間"],
    604800: ["w", "week", "weeks", "週", "週間"],
}
SPELLINGS = [(seconds, spelling) for seconds, spellings in UNITS.items() for spelling in spellings]


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in text)


@given(st.integers(1, 100_000), st.sampled_from(SPELLINGS), st.sampled_from(["", " ", "  "]), st.booleans(), st.booleans())
def test_a_number_and_any_spelling_of_its_unit_is_that_long(n, unit, space, wide, upper):
    seconds, spelling = unit
    typed = f"{n}{space}{spelling.upper() if upper else spelling}"
    assert parse_duration(full_width(typed) if wide else typed) == timedelta(seconds=n * seconds)


@given(st.integers(0, 99), st.integers(0, 59))
def test_hours_and_minutes_add_up_however_they_are_joined(hours, minutes):
    expected = timedelta(hours=hours, minutes=minutes)
    for typed in (
        f"{hours}h{minutes}m",
        f"{hours} hours and {minutes} minutes",
        f"{hours}h, {minutes}m",
        f"{hours}時間{minutes}分",
    ):
        assert parse_duration(typed) == expected, typed


@given(
    st.one_of(
        st.integers(1, 24 * 60 - 1).map(lambda m: timedelta(minutes=m)), st.integers(1, 999).map(lambda d: timedelta(days=d))
    )
)
def test_what_shima_says_of_a_length_reads_back_as_that_length(span):
    for lang in ("en", "ja"):
        assert parse_duration(duration(span, lang)) == span


@given(st.text(max_size=40))
def test_any_text_is_a_length_or_one_refusal(text):
    try:
        assert parse_duration(text) >= timedelta(0)
    except DateError as refused:
        assert refused.code == "duration.not_understood" and refused.params["text"] == text.strip()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2時間半", timedelta(hours=2, minutes=30)),
        ("三十分", timedelta(minutes=30)),
        ("1.5h", timedelta(minutes=90)),
        ("1日", timedelta(days=1)),
    ],
)
def test_japanese_and_halves(typed, expected):
    assert parse_duration(typed) == expected


@pytest.mark.parametrize("typed", ["30", "", "h", "30x", "1h x", "1 month", "十二十分", "1h,", "-5m"])
def test_what_is_no_length_is_refused(typed):
    with pytest.raises(DateError):
        parse_duration(typed)


# ----- the runtime folder --------------------------------------------------------------------------


@pytest.fixture
def memory_folder():
    """A private folder on a tmpfs, as $XDG_RUNTIME_DIR is under systemd-logind."""
    if not os.path.isdir("/dev/shm") or agent.file_system_type(Path("/dev/shm")) != "tmpfs":
        pytest.skip("no tmpfs at /dev/shm here")
    folder = Path(tempfile.mkdtemp(dir="/dev/shm", prefix="shima-test-"))  # 0700, ours
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def in_memory(folder: Path) -> agent.RuntimeFolder:
    place = agent.RuntimeFolder.of(str(folder))
    assert place is not None
    return place


def test_a_key_kept_in_the_runtime_folder_is_a_private_file_until_its_time(memory_folder, monkeypatch):
    place = in_memory(memory_folder)
    place.keep("slot", "AGE-SECRET-KEY-1SECRET", time.time() + 60)
    kept = memory_folder / "shima" / "slot.key"
    assert oct(kept.stat().st_mode & 0o777) == "0o600" and oct((memory_folder / "shima").stat().st_mode & 0o777) == "0o700"
    assert place.take("slot") == "AGE-SECRET-KEY-1SECRET"
    assert '"until"' in kept.read_text()  # its expiry is kept beside it
    later = time.time() + 61
    monkeypatch.setattr(agent.time, "time", lambda: later)
    assert place.take("slot") is None and not kept.exists()  # past its time: removed, unread


def test_keeping_a_key_removes_the_keys_of_other_journals_past_their_time(memory_folder, monkeypatch):
    place = in_memory(memory_folder)
    place.keep("old", "AGE-SECRET-KEY-1OLD", time.time() + 60)
    later = time.time() + 120
    monkeypatch.setattr(agent.time, "time", lambda: later)
    place.keep("new", "AGE-SECRET-KEY-1NEW", later + 60)
    assert sorted(p.name for p in (memory_folder / "shima").iterdir()) == ["new.key"]


def plant(kept: Path, how: str) -> None:
    if how == "readable by others":
        kept.chmod(0o644)
    elif how == "owned by someone else":
        os.chown(kept, 12345, 12345)
    elif how == "a link":
        target = kept.with_name("elsewhere")
        kept.rename(target)
        kept.symlink_to(target)
    elif how == "not a key file":
        kept.write_bytes(b"\x00garbage")
    elif how == "an expiry years away":  # (planted, or the clock was set back)
        kept.write_text('{"key": "AGE-SECRET-KEY-1X", "until": 4102444800}')


@pytest.mark.parametrize(
    "how", ["readable by others", "owned by someone else", "a link", "not a key file", "an expiry years away"]
)
def test_a_key_file_anyone_else_could_have_touched_is_refused_and_removed(memory_folder, how):
    if how == "owned by someone else" and os.getuid() != 0:
        pytest.skip("giving a file to someone else takes root")
    place = in_memory(memory_folder)
    place.keep("slot", "AGE-SECRET-KEY-1SECRET", time.time() + 60)
    kept = memory_folder / "shima" / "slot.key"
    plant(kept, how)
    assert place.take("slot") is None
    assert not os.path.lexists(kept)


def test_a_runtime_folder_on_disk_or_open_to_others_is_not_offered(memory_folder, tmp_path):
    if agent.file_system_type(tmp_path) in ("tmpfs", "ramfs"):
        pytest.skip("the temporary folder is in memory here")
    on_disk = tmp_path / "run"
    on_disk.mkdir(mode=0o700)
    assert agent.RuntimeFolder.of(str(on_disk)) is None
    assert agent.RuntimeFolder.of(None) is None and agent.RuntimeFolder.of("relative/run") is None
    (memory_folder / "shima").mkdir(mode=0o755)  # its own folder, open to others
    assert agent.RuntimeFolder.of(str(memory_folder)) is None
    (memory_folder / "shima").chmod(0o700)
    assert agent.RuntimeFolder.of(str(memory_folder)) is not None
    memory_folder.chmod(0o755)  # the runtime folder itself, open to others
    assert agent.RuntimeFolder.of(str(memory_folder)) is None


def test_a_runtime_folder_of_someone_else_is_not_offered(memory_folder):
    if os.getuid() != 0:
        pytest.skip("giving a folder to someone else takes root")
    os.chown(memory_folder, 12345, 12345)
    assert agent.RuntimeFolder.of(str(memory_folder)) is None


# ----- the kernel keyring ------------------------------------------------------------------------


def kernel_places() -> list:
    places = [place for place in agent.places() if isinstance(place, agent.KernelKeyring)]
    if not places:
        pytest.skip("this machine blocks the kernel keyring's calls (a container?)")
    return places


def forgotten_within(place, slot: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if place.take(slot) is None:
            return True
        time.sleep(0.1)
    return False


def test_the_kernel_keeps_a_key_until_its_time_and_then_forgets_it_by_itself():
    place = kernel_places()[0]
    assert place.name == "session_keyring"  # the test run's own (tests/conftest.py)
    slot = f"shima-test-{os.getpid()}-expiry"
    place.keep(slot, "AGE-SECRET-KEY-1SECRET", time.time() + 1)
    assert place.take(slot) == "AGE-SECRET-KEY-1SECRET"
    assert forgotten_within(place, slot, 4)


def test_a_key_in_the_user_keyring_is_read_by_your_other_processes_and_dropped_everywhere():
    user = next((p for p in kernel_places() if p.name == "user_keyring"), None)
    assert user is not None
    slot = f"shima-test-{os.getpid()}-user"
    user.keep(slot, "AGE-SECRET-KEY-1USER", time.time() + 60)
    try:
        # This test run's session keyring does not hold the user keyring: reading it is allowed by
        # the key's permissions for your processes, not by possession.
        assert user.take(slot) == "AGE-SECRET-KEY-1USER"
        description = Path("/proc/keys").read_text().splitlines()
        line = next(line for line in description if slot in line)
        assert line.split()[4] == "3f0b0000"  # possessor: all; you: view, read, search; others: nothing
    finally:
        assert user.drop(slot)
    assert user.take(slot) is None and not user.drop(slot)


# ----- the commands -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory) -> tuple[Path, str]:
    """An encrypted journal (age's scrypt paid once for the module) and its unlocked key."""
    path = tmp_path_factory.mktemp("template") / "journal.json"
    key = actions.encrypt_journal(sample_journal(path), PASSPHRASE)
    return path, key.text


@pytest.fixture
def encrypted(encrypted_template, tmp_path) -> Path:
    template, _ = encrypted_template
    shutil.copytree(template.parent, tmp_path / "data", ignore=shutil.ignore_patterns("*.lock"))
    return tmp_path / "data" / "journal.json"


@pytest.fixture
def nobody_asks(monkeypatch) -> list[str]:
    """No passphrase anywhere: the variable unset, no desktop keyring, and no terminal to ask on
    (the prompts that would have been shown are listed)."""
    monkeypatch.delenv("SHIMA_PASSPHRASE", raising=False)
    monkeypatch.setattr(unlock, "_keyring", lambda: None)
    asked: list[str] = []

    def no_terminal(code, _path, _lang):
        asked.append(code)

    monkeypatch.setattr(cli, "_ask_passphrase", no_terminal)
    return asked


@pytest.fixture(params=["kernel keyring", "runtime folder"])
def place(request, monkeypatch, memory_folder):
    """The agent with one place: the kernel keyring (where offered), or the runtime folder."""
    if request.param == "kernel keyring":
        kernel_places()
        monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    else:
        monkeypatch.setattr(agent._Kernel, "here", classmethod(lambda cls: None))
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(memory_folder))
    return request.param


def shima(capsys, *args: str, journal: Path) -> tuple[int, str, str]:
    code = cli.main(["--journal", str(journal), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_unlock_for_keeps_the_key_and_the_next_commands_do_not_ask(encrypted, place, nobody_asks, monkeypatch, capsys):
    monkeypatch.setenv("SHIMA_PASSPHRASE", PASSPHRASE)
    code, out, err = shima(capsys, "unlock", "--for", "30m", journal=encrypted)
    assert code == 0, err
    assert "for 30 minutes, until" in out and ("memory" if place == "runtime folder" else "kernel keyring") in out
    monkeypatch.delenv("SHIMA_PASSPHRASE")
    code, out, err = shima(capsys, "list", journal=encrypted)
    assert code == 0 and NAME in out, err
    assert shima(capsys, "log", "--note", "kept key", journal=encrypted)[0] == 0
    assert encrypted.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert nobody_asks == []


def test_lock_forgets_the_key_everywhere_it_may_be(
    encrypted_template, encrypted, memory_folder, nobody_asks, monkeypatch, capsys
):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(memory_folder))
    key_path = encrypted.with_name("journal.json.key")
    desktop = MemoryKeyring()
    monkeypatch.setattr(unlock, "_keyring", lambda: desktop)
    desktop.set_password(unlock.KEYRING_SERVICE, str(key_path), encrypted_template[1])
    for place in agent.places():  # every place this machine offers: the kernel's, the runtime folder
        agent.keep(place, key_path, encrypted_template[1], timedelta(minutes=5))
    code, out, _ = shima(capsys, "lock", journal=encrypted)
    assert code == 0 and "forgotten" in out
    assert desktop.kept == {} and all(place.take(agent.slot_of(key_path)) is None for place in agent.places())
    code, _, err = shima(capsys, "list", journal=encrypted)
    assert code == 1 and "is encrypted" in err and nobody_asks == ["cli.passphrase"]


def test_the_key_is_forgotten_when_its_time_is_up(encrypted_template, encrypted, nobody_asks, memory_folder, monkeypatch, capsys):
    monkeypatch.setattr(agent._Kernel, "here", classmethod(lambda cls: None))  # the file's expiry, not the kernel's
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(memory_folder))
    agent.keep(agent.places()[0], encrypted.with_name("journal.json.key"), encrypted_template[1], timedelta(minutes=1))
    assert shima(capsys, "list", journal=encrypted)[0] == 0
    later = time.time() + 61
    monkeypatch.setattr(agent.time, "time", lambda: later)
    code, _, err = shima(capsys, "list", journal=encrypted)
    assert code == 1 and "is encrypted" in err and nobody_asks == ["cli.passphrase"]
    assert list((memory_folder / "shima").iterdir()) == []


def test_a_kept_key_that_no_longer_opens_the_journal_is_forgotten_and_the_passphrase_asked(encrypted, place, capsys, monkeypatch):
    key_path = encrypted.with_name("journal.json.key")
    agent.keep(agent.places()[0], key_path, Key.generate().text, timedelta(minutes=5))  # an earlier encryption's
    monkeypatch.setattr(unlock, "_keyring", lambda: None)
    monkeypatch.setenv("SHIMA_PASSPHRASE", PASSPHRASE)
    code, out, err = shima(capsys, "list", journal=encrypted)
    assert code == 0 and NAME in out, err
    assert agent.take(key_path) is None


def test_unlock_for_moves_a_key_kept_in_the_desktop_keyring_to_the_agent(
    encrypted_template, encrypted, place, nobody_asks, monkeypatch, capsys
):
    """--for asks for a limited time: no copy is left in the desktop keyring, which keeps it for good."""
    key_path = encrypted.with_name("journal.json.key")
    desktop = MemoryKeyring()
    desktop.set_password(unlock.KEYRING_SERVICE, str(key_path), encrypted_template[1])
    monkeypatch.setattr(unlock, "_keyring", lambda: desktop)
    code, out, err = shima(capsys, "unlock", "--for", "2h", journal=encrypted)  # opened with the keyring's key: nothing asked
    assert code == 0 and "for 2 hours" in out, err
    assert desktop.kept == {} and agent.take(key_path) == encrypted_template[1] and nobody_asks == []


def test_unlock_says_first_when_this_machine_has_nowhere_to_keep_the_key(encrypted, nobody_asks, monkeypatch, capsys):
    monkeypatch.setattr(agent, "places", lambda: [])
    before = encrypted.read_bytes()
    code, _, err = shima(capsys, "unlock", journal=encrypted)  # said before a passphrase is asked for nothing
    assert code == 1 and "nowhere to keep the unlocked key" in err and len(err.strip().splitlines()) == 1
    monkeypatch.setattr(unlock, "_keyring", lambda: MemoryKeyring())
    code, _, err = shima(capsys, "unlock", "--for", "1h", journal=encrypted)
    assert code == 1 and "nowhere to keep the key for a limited time" in err and "without --for" in err
    assert encrypted.read_bytes() == before and nobody_asks == []


@pytest.mark.parametrize(
    ("typed", "said"),
    [("30", "is not a length of time"), ("8d", "for 1 minute to 7 days, not 8 days"), ("0m", "not 0 minutes")],
)
def test_unlock_for_refuses_a_length_it_cannot_read_or_keep_before_asking(encrypted, nobody_asks, typed, said, capsys):
    code, _, err = shima(capsys, "unlock", "--for", typed, journal=encrypted)
    assert code == 1 and err.startswith("shima: --for: ") and said in err, err
    assert nobody_asks == []


def test_unlock_for_in_japanese(encrypted, place, nobody_asks, monkeypatch, capsys):
    monkeypatch.setenv("SHIMA_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SHIMA_LANG", "ja")
    code, out, err = shima(capsys, "unlock", "--for", "2時間半", journal=encrypted)
    assert code == 0 and "2時間30分保管しました" in out, err


def test_commands_in_other_processes_use_the_kept_key_and_due_short_never_asks(encrypted, memory_folder):
    """As a user runs them: each command its own process, no $SHIMA_PASSPHRASE, no terminal."""
    env = {"XDG_RUNTIME_DIR": str(memory_folder)}  # where the kernel keyring is blocked, the runtime folder
    done = run_shima("unlock", "--for", "10m", journal=encrypted, env={**env, "SHIMA_PASSPHRASE": PASSPHRASE})
    assert done.code == 0, done.err
    listed = run_shima("list", journal=encrypted, env=env)
    assert listed.code == 0 and NAME in listed.out, listed.err
    assert run_shima("due", "--short", journal=encrypted, env=env).code == 0
    assert run_shima("lock", journal=encrypted, env=env).code == 0
    refused = run_shima("list", journal=encrypted, env=env)
    assert refused.code == 1 and "is encrypted" in refused.err


# ----- the app ------------------------------------------------------------------------------------


class MemoryKeyring:
    """Stands for the keyring module with a usable backend (a desktop keyring)."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, user):
        return self.kept.get((service, user))

    def set_password(self, service, user, secret):
        self.kept[(service, user)] = secret

    def delete_password(self, service, user):
        del self.kept[(service, user)]


async def test_the_passphrase_screen_offers_to_keep_it_unlocked_for_8_hours(encrypted, place, nobody_asks):
    app = app_for(encrypted)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Keep it unlocked for 8 hours" in screen_text(app)
        await pilot.press(*PASSPHRASE, "tab", "space", "enter")  # type, tick the offer, Enter opens
        await until(pilot, lambda: app.journal is not None, timeout=15)
    assert agent.take(encrypted.with_name("journal.json.key")) is not None
    assert NAME in {c.name for c in Journal(encrypted, unlock=unlock.without_asking).contacts.values()}  # no passphrase now
