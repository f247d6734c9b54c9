"""Run by the benchmark in a fresh process: start the app (Textual's headless driver) on a
journal and print the wall-clock time at which the contact list is first filled on screen,
and this process's peak memory. The parent subtracts the moment it started the process."""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path


def main() -> None:
    from journal.tui.app import make_app
    from journal.tui.widgets.contact_list import ContactList

    app = make_app(Path(sys.argv[1]), watch_seconds=None)

    async def auto_pilot(pilot) -> None:
        while not (app.screen.query(ContactList) and app.screen.query_one(ContactList).row_count):
            await pilot.pause(0.002)
        await pilot.pause()  # until the filled list has been drawn
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{time.time():.6f} {peak_mb:.1f}", file=sys.__stdout__, flush=True)
        os._exit(0)

    app.run(headless=True, size=(120, 40), auto_pilot=auto_pilot)


if __name__ == "__main__":
    main()
