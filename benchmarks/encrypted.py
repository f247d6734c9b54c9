"""The encrypted journal at the reference size (issue 15): a durable save beside its floor (the same
bytes serialised, encrypted to the journal's age key and fsynced in a bare loop, same run), and
what the passphrase costs once per command or app session (age's scrypt) beside opening the key
kept in the keyring.

    python benchmarks/encrypted.py [--entries N] [--runs N]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import build  # noqa: E402
from benchmarks.run import Figure, as_shima_writes_it, note, print_table, timed  # noqa: E402
from journal.actions import encrypt_journal  # noqa: E402
from journal.store import Journal  # noqa: E402
from journal.store.crypt import Key, unlock_key_file  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def measure(contacts: int, entries: int, runs: int) -> tuple[list[Figure], float]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        document = build(contacts, entries)
        path = folder / "journal.json"
        path.write_bytes(as_shima_writes_it(document))
        size_mb = path.stat().st_size / 1e6
        encrypt_journal(Journal(path), PASSPHRASE)

        unlock = Figure("unlock with the passphrase (age scrypt), once per command or session", "paid once")
        from_keyring = Figure("  the key from the keyring instead (no scrypt)", "")
        opened = Figure("open: decrypt and read every entry", "")
        for _ in range(runs):
            unlock.samples.append(timed(lambda: unlock_key_file(path.with_name("journal.json.key"), PASSPHRASE)))
        key = unlock_key_file(path.with_name("journal.json.key"), PASSPHRASE)
        for _ in range(runs):
            from_keyring.samples.append(timed(lambda: Key.from_text(key.text)))
            opened.samples.append(timed(lambda: Journal(path, key=key, read_entries=True)))

        save = Figure("save one entry durably, encrypted (fsync)", "≤ 1.5x floor")
        save.beside = {"floor: orjson + age encrypt + fsync": []}
        journal = Journal(path, key=key, read_entries=True)  # as the app holds it
        note(journal, "warm-up: today's backup is made on the first write")
        floor_path = folder / "floor.age"

        def floor() -> None:
            data = key.encrypt(orjson.dumps(document))
            with open(floor_path, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())

        def settled(action) -> float:
            os.sync()
            gc.collect()
            return timed(action)

        for run in range(runs):  # in pairs, alternating which goes first
            save_once = lambda: save.samples.append(settled(lambda: note(journal, f"benchmark {run}")))  # noqa: B023, E731
            floor_once = lambda: save.beside["floor: orjson + age encrypt + fsync"].append(settled(floor))  # noqa: E731
            for step in (save_once, floor_once) if run % 2 else (floor_once, save_once):
                step()
        ratio = Figure("  shima ÷ floor", "≤ 1.5", unit="x")
        ratio.samples = [s / f for s, f in zip(save.samples, save.beside["floor: orjson + age encrypt + fsync"], strict=True)]
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
