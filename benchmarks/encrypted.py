"""The encrypted journal at the reference size (issue 15): a durable save beside its floor (the same
bytes serialised, encrypted to the journal's age key and fsynced in a bare loop, same run), and
what the passphrase costs once per command or app session (age's scrypt) beside opening the key
kept in the keyring.

    python benchmarks/encrypted.py [--entries N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import Figure, note, print_table, reference_journal, save_beside_floor, timed  # noqa: E402
from journal.actions import encrypt_journal  # noqa: E402
from journal.store import Journal  # noqa: E402
from journal.store.crypt import Key, unlock_key_file  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def measure(contacts: int, entries: int, runs: int) -> tuple[list[Figure], float]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path, document, size_mb = reference_journal(folder, contacts, entries)
        encrypt_journal(Journal(path), PASSPHRASE)
        key_file = path.with_name("journal.json.key")

        unlock = Figure("unlock with the passphrase (age scrypt), once per command or session", "paid once")
        from_keyring = Figure("  the key from the keyring instead (no scrypt)", "")
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
        return [unlock, from_keyring, opened, save, ratio], size_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"shima encrypted journal, {date.today().isoformat()}, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    figures, size_mb = measure(args.contacts, args.entries, args.runs)
    print_table(figures, f"{args.contacts:,} contacts, {args.entries:,} entries, {size_mb:.1f} MB; {args.runs} runs")
    print(f"\nMedian save ÷ floor: {statistics.median(figures[-1].samples):.2f}x")


if __name__ == "__main__":
    main()
