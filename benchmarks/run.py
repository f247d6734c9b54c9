"""Measure every figure of SPEC 7 on a generated journal, each beside its floor or the naive way,
in the same run, and print a table of median, min and max.

    python benchmarks/run.py --contacts 5000 --entries 100000          # the reference journal
    python benchmarks/run.py --contacts 200 --entries 2000 --runs 2    # a quick check
    python benchmarks/run.py --scaling                                  # 1,000 / 10,000 / 100,000 entries
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import build  # noqa: E402
from journal.actions import log_entry  # noqa: E402
from journal.store import Journal, JournalState  # noqa: E402
from journal.store.document import snapshot_from_document  # noqa: E402


@dataclass
class Figure:
    name: str
    target: str
    samples: list[float] = field(default_factory=list)
    beside: dict[str, list[float]] = field(default_factory=dict)  # floor or naive, same run
    unit: str = "s"

    def row(self) -> list[str]:
        def cell(values: list[float]) -> str:
            if not values:
                return ""
            fmt = (lambda v: f"{v:.0f}") if self.unit == "MB" else (lambda v: f"{v * 1000:.0f}" if v < 10 else f"{v:.1f}")
            unit = "MB" if self.unit == "MB" else "ms"
            return f"{fmt(statistics.median(values))} ({fmt(min(values))}–{fmt(max(values))}) {unit}"

        beside = "; ".join(f"{label}: {cell(values)}" for label, values in self.beside.items())
        return [self.name, cell(self.samples), beside, self.target]


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def note(journal: Journal, text: str, day: date = date(2026, 11, 24)):
    return log_entry(journal, {"date": day, "contacts": [], "direction": "note", "text": text})


# ----- saving one entry ------------------------------------------------------------------------------


def tinydb_copy(document: dict, path: Path) -> Path:
    """The same data in the shape plain TinyDB(path) stores, for the naive way."""
    tables = {name: {str(i): record for i, record in enumerate(document[name], 1)} for name in ("contacts", "entries")}
    path.write_bytes(orjson.dumps(tables))
    return path


def settled(action: Callable[[], object]) -> float:
    """Same conditions for every write: no dirty pages of the last one, no garbage pending."""
    os.sync()
    gc.collect()
    return timed(action)


def save_beside_floor(
    name: str, floor_label: str, save_one: Callable[[str], object], floor_bytes: Callable[[], bytes], floor_path: Path, runs: int
) -> tuple[Figure, Figure]:
    """shima's durable save of one entry beside its floor (floor_bytes() written and fsynced in a
    bare loop), in pairs alternating which goes first; and their ratio."""
    save = Figure(name, "≤ 1.5x floor")
    save.beside = {floor_label: []}

    def floor() -> None:
        data = floor_bytes()
        with open(floor_path, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())

    for run in range(runs):
        save_once = lambda: save.samples.append(settled(lambda: save_one(f"benchmark {run}")))  # noqa: B023, E731
        floor_once = lambda: save.beside[floor_label].append(settled(floor))  # noqa: E731
        for step in (save_once, floor_once) if run % 2 else (floor_once, save_once):
            step()
    ratio = Figure("  shima ÷ floor", "≤ 1.5", unit="x")
    ratio.samples = [s / f for s, f in zip(save.samples, save.beside[floor_label], strict=True)]
    return save, ratio


def measure_save(folder: Path, journal_path: Path, document: dict, runs: int) -> tuple[Figure, Figure]:
    from tinydb import TinyDB

    journal = Journal(journal_path, read_entries=True)  # as the app holds it: every month read
    note(journal, "warm-up: today's backup is made on the first write")
    save, ratio = save_beside_floor(
        "save one entry durably (fsync)",
        "floor orjson+fsync",
        lambda text: note(journal, text),
        lambda: orjson.dumps(document),
        folder / "floor.json",
        runs,
    )
    naive_path = tinydb_copy(document, folder / "naive.json")
    save.beside["naive TinyDB insert"] = [
        settled(lambda: TinyDB(naive_path).table("entries").insert({"text": "x"})) for _ in range(runs)
    ]
    return save, ratio


# A bare interpreter that parses the journal and rewrites it durably: what any command that
# read the whole file would pay at least, whatever it did in between.
PARSE_AND_REWRITE = """
import os, sys, orjson
path = sys.argv[1]
with open(path, "rb") as f:
    document = orjson.loads(f.read())
with open(path + ".floor", "wb") as out:
    out.write(orjson.dumps(document))
    out.flush()
    os.fsync(out.fileno())
"""


def measure_due(folder: Path, env: dict, runs: int) -> Figure:
    """`shima due --short` in a shell start-up file: on a journal of 5,000 entries (issue 14)."""
    path = folder / "due-5000.json"
    path.write_bytes(as_shima_writes_it(build(300, 5000)))
    figure = Figure("`shima due --short`, 5,000 entries (whole process)", "< 150 ms")
    command = [sys.executable, "-m", "journal", "--journal", str(path), "due", "--short"]
    for _ in range(runs):
        figure.samples.append(timed(lambda: subprocess.run(command, stdout=subprocess.DEVNULL, check=True, cwd=ROOT, env=env)))
    return figure


def installed_env() -> dict:
    """Commands run as an installed shima runs: with compiled bytecode (pip compiles on install)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "journal")], check=True)
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure_cli(journal_path: Path, naive_path: Path, runs: int) -> list[Figure]:
    """Whole commands as a user runs them: interpreter start, parse, validate, work, exit."""
    from tinydb import Query, TinyDB

    env = installed_env()
    command = [sys.executable, "-m", "journal", "--journal", str(journal_path)]
    figures = []
    for label, args, target in (
        ("`shima log` (whole process)", ["log", "--note", "benchmark"], "< 0.35 s; beside naive insert"),
        ("`shima add` (whole process)", ["add", "Benchmark Person"], "< 0.35 s"),
        ("`shima report` (whole process)", ["report"], "< 1 s"),
        ("`shima export` (whole process)", ["export"], "< 1 s"),
    ):
        figure = Figure(label, target)
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command + args, stdout=subprocess.DEVNULL, check=True, cwd=ROOT, env=env)
            figure.samples.append(time.perf_counter() - start)
        figures.append(figure)
    figures.append(measure_due(journal_path.parent, env, runs))
    naive = figures[0].beside = {"floor: parse and rewrite": [], "naive TinyDB insert": [], "naive TinyDB query": []}
    floor = [sys.executable, "-c", PARSE_AND_REWRITE, str(journal_path)]
    for _ in range(runs):
        naive["floor: parse and rewrite"].append(timed(lambda: subprocess.run(floor, check=True, env=env)))
        naive["naive TinyDB insert"].append(timed(lambda: TinyDB(naive_path).table("entries").insert({"text": "x"})))
        naive["naive TinyDB query"].append(timed(lambda: TinyDB(naive_path).table("entries").search(Query().kind == "money")))
    return figures


# ----- the app ---------------------------------------------------------------------------------------


def cold_start(path: Path) -> tuple[float, float, float]:
    start = time.time()
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "coldstart.py"), str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=installed_env(),
    )
    filled, loaded, peak = done.stdout.split()[:3]
    return float(filled) - start, float(loaded) - start, float(peak)


def measure_cold_start(path: Path, empty: Path, runs: int) -> list[Figure]:
    filled = Figure("cold start: list filled", "< 1 s, ≤ empty + 0.3 s")
    loaded = Figure("cold start: balances drawn", "< 0.7 s")
    memory = Figure("peak memory, app with everything loaded", "≤ 5x file size", unit="MB")
    filled.beside = {"empty journal": []}
    loaded.beside = filled.beside  # the same runs of the empty journal: the machine's speed that moment
    for _ in range(runs):
        f, lo, peak = cold_start(path)
        filled.samples.append(f)
        loaded.samples.append(lo)
        memory.samples.append(peak)
        filled.beside["empty journal"].append(cold_start(empty)[0])
    return [filled, loaded, memory]


def draw(app) -> None:
    """Lay out and render the whole screen now, as the next frame would (Textual's own calls)."""
    app.screen._refresh_layout(app.size)
    app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)


async def measure_in_app(path: Path, runs: int) -> list[Figure]:
    """In the running app (headless), timing the work a key triggers up to the drawn frame.

    Pilot.press() would add its own idle-waiting (tens of ms of sleeping), so the handler a key
    runs is called directly, then the screen is laid out and rendered in full.
    """
    from textual.widgets import Input

    from journal.tui.app import make_app
    from journal.tui.screens.timeline import TimelineScreen
    from journal.tui.widgets.contact_list import ContactList
    from journal.tui.widgets.timeline import TimelineView

    keystroke = Figure("filter the contact list, one keystroke", "< 50 ms")
    timeline = Figure("open the timeline of every entry, jump to its end", "< 500 ms")
    for _ in range(runs):
        app = make_app(path, watch_seconds=None)
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("slash")
            screen = app.screen
            field = screen.query_one("#filter", Input)
            typed = ""
            for char in "田中 一":
                typed += char
                start = time.perf_counter()
                screen.on_input_changed(Input.Changed(field, typed))
                draw(app)
                keystroke.samples.append(time.perf_counter() - start)
            assert all(typed in c.name for c in screen.query_one(ContactList).contacts)
            await pilot.press("escape")
            await pilot.pause()
            start = time.perf_counter()
            app.action_timeline()
            while not (
                isinstance(app.screen, TimelineScreen)
                and app.screen.query(TimelineView)
                and app.screen.query_one(TimelineView).row_count
            ):
                await asyncio.sleep(0)
            view = app.screen.query_one(TimelineView)
            view.action_last()
            draw(app)
            timeline.samples.append(time.perf_counter() - start)
            assert view.cursor == view.row_count - 1 and view.row_count > len(app.journal.entries)
    return [keystroke, timeline]


# ----- the whole run ---------------------------------------------------------------------------------


def as_shima_writes_it(document: dict) -> bytes:
    """The journal in the layout shima itself writes (a checksummed file, as after any save)."""
    return JournalState.from_snapshot(snapshot_from_document(document)).render()


def reference_journal(folder: Path, contacts: int, entries: int) -> tuple[Path, dict, float]:
    """A generated journal written as shima writes it: its path, its document, its size in MB."""
    document = build(contacts, entries)
    path = folder / "journal.json"
    path.write_bytes(as_shima_writes_it(document))
    return path, document, path.stat().st_size / 1e6


def run(contacts: int, entries: int, runs: int) -> tuple[list[Figure], float]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path, document, size_mb = reference_journal(folder, contacts, entries)
        empty = folder / "empty.json"
        empty.write_bytes(as_shima_writes_it(build(1, 0)))
        figures = measure_cold_start(path, empty, runs)
        figures += asyncio.run(measure_in_app(path, runs))
        naive = tinydb_copy(document, folder / "naive-cli.json")
        figures += measure_cli(path, naive, runs)
        figures += measure_save(folder, path, document, runs)
        return figures, size_mb


def print_table(figures: list[Figure], title: str) -> None:
    print(f"\n{title}\n")
    rows = [["what", "shima: median (min–max)", "beside it, same run", "target"], *(f.row() for f in figures)]
    for figure, row in zip(figures, rows[1:], strict=True):
        if figure.unit == "x":
            row[1] = f"{statistics.median(figure.samples):.2f}x ({min(figure.samples):.2f}–{max(figure.samples):.2f})"
    print("| " + " | ".join(rows[0]) + " |")
    print("|" + "---|" * len(rows[0]))
    for row in rows[1:]:
        print("| " + " | ".join(row) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scaling", action="store_true", help="the same figures at 1,000 / 10,000 / 100,000 entries")
    args = parser.parse_args()
    sizes = [(50, 1_000), (500, 10_000), (5_000, 100_000)] if args.scaling else [(args.contacts, args.entries)]
    print(f"shima benchmark, {date.today().isoformat()}, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    for contacts, entries in sizes:
        figures, size_mb = run(contacts, entries, args.runs)
        print_table(figures, f"{contacts:,} contacts, {entries:,} entries, {size_mb:.1f} MB; {args.runs} runs")
        memory = next(f for f in figures if f.unit == "MB")
        print(f"\nPeak memory is {statistics.median(memory.samples) / size_mb:.1f}x the file size.")


if __name__ == "__main__":
    main()
