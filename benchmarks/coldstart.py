"""Run by the benchmark in a fresh process: start the app (Textual's headless driver) on a
journal and print two wall-clock times, when the contact list is first filled on screen and when
the balances are drawn, then this process's peak memory in MB once every entry is read and the
report made. The parent subtracts the moment it started the process, so interpreter start-up is
counted."""

from __future__ import annotations

import asyncio
import os
import resource
import sys
import time
from pathlib import Path


def peak_memory_mb() -> float:
    """This process's peak resident size. On Linux, VmHWM: ru_maxrss survives exec, so a child
    started by a big parent (the benchmark holding its generated journal) would report the
    parent's size at the fork; VmHWM belongs to the new address space."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    from journal.tui.app import make_app
    from journal.tui.widgets.contact_list import ContactList

    app = make_app(Path(sys.argv[1]), watch_seconds=None)

    def drawn_rows() -> list[str]:
        """Rows the contact list has actually rendered (its strip cache), as text."""
        lists = app.screen.query(ContactList) if app.screen.is_mounted else []
        if not lists:
            return []
        cache = lists.first()._strips
        return [cache[key].text for key in list(cache.keys())]

    async def auto_pilot(pilot) -> None:
        # Polling with asyncio.sleep, not pilot.pause(): pause waits for an idle CPU, which
        # would also wait for the worker that checks the entries.
        while not drawn_rows():
            await asyncio.sleep(0.001)
        filled = time.time()
        while not any("→" in row for row in drawn_rows()):  # balances replace the "…" placeholders
            await asyncio.sleep(0.001)
        loaded = time.time()
        # The balances of the rows on screen come before the rest is read: memory is taken once
        # the reading worker is done (the peak only grows by waiting).
        while not (app.entries_loaded and all(worker.is_finished for worker in app.workers)):
            await asyncio.sleep(0.01)
        peak_mb = peak_memory_mb()
        print(f"{filled:.6f} {loaded:.6f} {peak_mb:.1f}", file=sys.__stdout__, flush=True)
        os._exit(0)

    app.run(headless=True, size=(120, 40), auto_pilot=auto_pilot)


if __name__ == "__main__":
    main()
