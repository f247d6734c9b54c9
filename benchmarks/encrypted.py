"""The encrypted journal at the reference size (issue 15): a durable save beside its floor (the same
bytes serialised, encrypted to the journal's age key and fsynced in a bare loop, same run), and
what the passphrase costs once per command or app session (age's scrypt) beside opening the key
kept in the keyring. And whole commands once `shima unlock` keeps the key (issue 19.15), each
beside the same command on a plain copy of the journal and the decryption (and encryption) of
the file, in alternating runs; and one command paying the passphrase, as each did before.

    python benchmarks/encrypted.py [--entries N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import (  # noqa: E402
    ROOT,
    Figure,
    installed_env,
    note,
    print_table,
    reference_journal,
    save_beside_floor,
    timed,
)
from journal.actions import encrypt_journal  # noqa: E402
from journal.store import Journal  # noqa: E402
from journal.store.crypt import Key, unlock_key_file  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def measure(contacts: int, entries: int, runs: int) -> tuple[list[Figure], float]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path, document, size_mb = reference_journal(folder, contacts, entries)
        plain = folder / "plain" / "journal.json"
        plain.parent.mkdir()
        shutil.copy2(path, plain)
        encrypt_journal(Journal(path), PASSPHRASE)
        key_file = path.with_name("journal.json.key")

        unlock = Figure("unlock with the passphrase (age scrypt), once per command or session", "paid once")
        from_keyring = Figure("  the key kept by `shima unlock` instead (no scrypt)", "")
        opened = Figure("open: decrypt and read every entry", "")
        unlock.samples = [timed(lambda: unlock_key_file(key_file, PASSPHRASE)) for _ in range(runs)]
        key = unlock_key_file(key_file, PASSPHRASE)
        from_keyring.samples = [timed(lambda: Key.from_text(key.text)) for _ in range(runs)]
        opened.samples = [timed(lambda: Journal(path, key=key, read_entries=True)) for _ in range(runs)]

        journal = Journal(path, key=key, read_entries=True)  # as the app holds it
        note(journal, "warm-up: today's backup is made on the first write")
        save, ratio = save_beside_floor(
            "save one entry durably, encrypted (fsync)",
            "floor: orjson + age encrypt + fsync",
            lambda text: note(journal, text),
            lambda: key.encrypt(orjson.dumps(document)),
            folder / "floor.age",
            runs,
        )
        commands = measure_commands(path, plain, key, runs)
        return [unlock, from_keyring, opened, save, ratio, *commands], size_mb


def measure_commands(path: Path, plain: Path, key: Key, runs: int) -> list[Figure]:
    """Whole processes, as a user runs them on a machine without a desktop keyring (a server),
    after `shima unlock --for 30m` (the key agent: the kernel keyring or the runtime folder)."""
    env = {**installed_env(), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop("SHIMA_PASSPHRASE", None)

    def shima(journal: Path, *args: str, extra: dict | None = None) -> float:
        """Runs it; the CPU time it took (user + system), which other work on the machine does not inflate."""
        command = [sys.executable, "-m", "journal", "--journal", str(journal), *args]
        quiet = {"stdout": subprocess.DEVNULL, "stdin": subprocess.DEVNULL}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, **quiet, check=True, cwd=ROOT, env={**env, **(extra or {})})
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime

    before = Figure("`shima due --short` paying the passphrase ($SHIMA_PASSPHRASE: age's scrypt)", "")
    extra = {"SHIMA_PASSPHRASE": PASSPHRASE}
    before.samples = [timed(lambda: shima(path, "due", "--short", extra=extra)) for _ in range(min(runs, 3))]
    try:
        shima(path, "unlock", "--for", "30m", extra=extra)
    except subprocess.CalledProcessError:  # nowhere to keep the key on this machine (said on stderr)
        return [before]
    for journal in (path, plain):  # warm-up: today's backup is made on the first write
        shima(journal, "log", "--note", "warm-up")
    figures = []
    try:
        for label, args, writes in (
            ("`shima due --short`, unlocked (whole process)", ["due", "--short"], False),
            ("`shima list`, unlocked (whole process)", ["list"], False),
            ("`shima log`, unlocked (whole process)", ["log", "--note", "benchmark"], True),
        ):
            on_plain, crypt_label = "the same on the plain journal", "decrypt" + (" + encrypt" if writes else "")
            wall = Figure(label, "plain + decryption" + (" + encryption" if writes else ""))
            cpu = Figure("  the same in CPU time (user + system)", "")
            wall.beside = {on_plain: [], crypt_label: []}
            cpu.beside = {on_plain: [], crypt_label: []}
            for _ in range(runs):  # alternating, so that both sides see the same machine
                for journal, walls, cpus in (
                    (path, wall.samples, cpu.samples),
                    (plain, wall.beside[on_plain], cpu.beside[on_plain]),
                ):
                    start = time.perf_counter()
                    cpus.append(shima(journal, *args))
                    walls.append(time.perf_counter() - start)
                start, started = time.perf_counter(), time.process_time()
                decrypt_and_encrypt(path, key, writes)
                wall.beside[crypt_label].append(time.perf_counter() - start)
                cpu.beside[crypt_label].append(time.process_time() - started)
            figures += [wall, cpu]
    finally:
        shima(path, "lock")
    return [before, *figures]


def decrypt_and_encrypt(path: Path, key: Key, writes: bool) -> None:
    data = key.decrypt(path.read_bytes(), path)
    if writes:
        key.encrypt(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"shima encrypted journal, {date.today().isoformat()}, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    figures, size_mb = measure(args.contacts, args.entries, args.runs)
    print_table(figures, f"{args.contacts:,} contacts, {args.entries:,} entries, {size_mb:.1f} MB; {args.runs} runs")
    ratio = next(figure for figure in figures if figure.unit == "x")
    print(f"\nMedian save ÷ floor: {statistics.median(ratio.samples):.2f}x")


if __name__ == "__main__":
    main()
