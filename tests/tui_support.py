"""A fixed sample journal and helpers for driving the app: deterministic ids, dates and today."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import contact, entry, snapshot

from journal.actions import import_journal
from journal.store import Journal
from journal.tui.app import ShimaApp, make_app

TODAY = date(2026, 11, 24)
HOSTILE_NAME = "[bold]x[/] [@click=app.quit]y[/] \x1b]0;pwned\x07\x1b[2J"


def sample_journal(path: Path) -> Journal:
    """Someone feeding an influencer, a shima member gone quiet, a peer worth inviting."""
    people = [
        contact("c-sato", "佐藤 花子", tag="shima", fit=4, cadence=14),
        contact("c-guru", "Guru Tanaka", tag="influencer"),
        contact("c-mika", "Mika", fit=3),
        contact("c-evil", HOSTILE_NAME),
        contact("c-old", "Suzuki", archived=True),
    ]
    entries = [
        *(entry(f"e-fee{i}", f"2026-0{i + 3}-10", ["c-guru"], "gave", "money", 30000, f"seminar fee {i + 1}") for i in range(5)),
        entry("e-ref", "2026-10-01", ["c-sato"], "received", "referral", 80000, "introduced a client"),
        entry("e-col", "2026-11-02", ["c-mika", "c-sato"], "mutual", "collaboration", None, "joint workshop"),
        entry("e-me", "2026-11-20", [], "note", None, None, "shipped the new landing page"),
    ]
    journal = Journal(path)
    import_journal(journal, snapshot(people, entries, owner_goal="100 paying customers by spring"), replace=True)
    return journal


def app_for(path: Path, *, watch_seconds: float | None = None, lang: str = "en") -> ShimaApp:
    return make_app(path, today=lambda: TODAY, watch_seconds=watch_seconds, lang=lang)


def screen_text(app: ShimaApp) -> str:
    """What the terminal shows, as plain lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def ready(pilot) -> None:
    """Wait until the entries are read and the report drawn (the app reads them in a worker)."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def settled(pilot) -> None:
    """Wait for a save: the app waits for the lock in a worker, then applies the change."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def palette(pilot, query: str, expect: str, timeout: float = 5.0) -> None:
    """Open the command palette, type, wait until `expect` is offered (the search is async), run it."""
    await pilot.press("ctrl+p", *query)
    for _ in range(int(timeout / 0.05)):
        await pilot.pause(0.05)
        if expect in screen_text(pilot.app):
            break
    else:
        raise AssertionError(f"the palette never offered {expect!r}")
    await pilot.press("enter")
    await pilot.pause()


async def until(pilot, condition, timeout: float = 10.0) -> None:
    """Wait for a worker's result to reach the screen (reading a file, an import)."""
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never happened; the screen shows:\n{screen_text(pilot.app)}")
