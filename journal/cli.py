"""The `shima` command line: a thin front end over records, store and insights.

It never imports Textual (only `shima tui` loads the app), so `shima log` starts fast.
Exit codes: 0 success; 1 bad input or a refused operation, one sentence on stderr, nothing
written; 2 usage error (argparse).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import orjson

from . import __version__
from .dates import DateError, parse_when
from .lookup import resolve_contact
from .money import format_money, parse_money
from .records import (
    DIRECTIONS,
    KINDS,
    TAGS,
    ValidationError,
    check_cadence,
    check_currency,
    check_window,
    make_contact,
    make_entry,
    now_stamp,
)
from .store import (
    Journal,
    JournalError,
    export_bytes,
    export_document,
    read_import,
    resolve_journal_path,
    write_export,
)
from .textsafe import fit, safe, width

ARROWS = {"gave": "→ gave", "received": "← received", "mutual": "⇄ mutual", "note": "· note"}


class Refused(Exception):
    """A command that cannot go ahead: exit 1 with this sentence."""


def _journal_option(parser: argparse.ArgumentParser, *, default) -> None:
    parser.add_argument(
        "--journal",
        metavar="PATH",
        default=default,
        help="the journal file (default: $SHIMA_JOURNAL, else the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shima",
        description="A private relationship journal: who you feed, who feeds on you, and your shima.",
    )
    parser.add_argument("--version", action="version", version=f"shima {__version__}")
    _journal_option(parser, default=None)
    # On sub-commands the option must not reset a --journal given before the command.
    common = argparse.ArgumentParser(add_help=False)
    _journal_option(common, default=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("tui", parents=[common], help="the full-screen app (also: shima with no command)")

    add = commands.add_parser("add", parents=[common], help="add a contact and print its id")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--tag", choices=TAGS, default="peer")
    add.add_argument("--met", default="", metavar="TEXT", help="how or where you met")
    add.add_argument("--notes", default="", metavar="TEXT")
    add.add_argument("--cadence", type=int, default=None, metavar="DAYS", help="stay in touch every DAYS days")

    log = commands.add_parser("log", parents=[common], help="add a journal entry and print its id")
    direction = log.add_mutually_exclusive_group(required=True)
    for name in DIRECTIONS:
        direction.add_argument(f"--{name}", dest="direction", action="store_const", const=name)
    log.add_argument(
        "-c",
        "--contact",
        action="append",
        default=[],
        metavar="CONTACT",
        help="an id, an exact name or a unique part of a name; repeat for several",
    )
    log.add_argument("--kind", choices=KINDS, default=None, help="default: other (none for notes)")
    log.add_argument("--value", default=None, metavar="N", help="money value, e.g. 30000 or 30,000")
    log.add_argument("--date", default="today", metavar="WHEN", help="default: today")
    log.add_argument("text", nargs="+", metavar="TEXT")

    listing = commands.add_parser("list", parents=[common], help="list contacts")
    listing.add_argument("--tag", choices=TAGS, default=None)
    listing.add_argument("--archived", action="store_true", help="include archived contacts")
    listing.add_argument("--json", action="store_true")

    timeline = commands.add_parser("timeline", parents=[common], help="entries, newest first")
    timeline.add_argument("--contact", default=None, metavar="C")
    timeline.add_argument("--since", default=None, metavar="WHEN")
    timeline.add_argument("--until", default=None, metavar="WHEN")
    timeline.add_argument("--json", action="store_true")

    report = commands.add_parser("report", parents=[common], help="who you feed, who feeds on you, your shima")
    report.add_argument("--json", action="store_true")

    export = commands.add_parser("export", parents=[common], help="the whole journal as JSON")
    export.add_argument("-o", "--output", default=None, metavar="FILE")

    importing = commands.add_parser("import", parents=[common], help="merge (or --replace with) an export")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--replace", action="store_true", help="replace the whole journal")

    settings = commands.add_parser("settings", parents=[common], help="show or change settings")
    settings.add_argument("--currency", default=None, metavar="CODE", help="ISO 4217 code, e.g. JPY, USD")
    settings.add_argument("--goal", default=None, metavar="TEXT", help="your own goal, in one line")
    settings.add_argument("--window", type=int, default=None, metavar="DAYS", help="insight window in days")
    return parser


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")
        sys.stderr.reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    path = resolve_journal_path(args.journal)
    command = args.command or "tui"
    try:
        if command == "tui":
            from .tui.app import run_app

            return run_app(path)
        journal = Journal(path)
        return COMMANDS[command](journal, args)
    except (Refused, JournalError, ValidationError, DateError) as error:
        print(f"shima: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _today() -> date:
    return date.today()


def _when(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return parse_when(text, _today())
    except DateError as error:
        raise Refused(f"{option}: {error}") from None


def cmd_add(journal: Journal, args) -> int:
    cadence = check_cadence(args.cadence, "contact")
    contact = make_contact(args.name, tag=args.tag, met=args.met, notes=args.notes, cadence_days=cadence)
    journal.add_contact(contact)
    print(contact.id)
    return 0


def cmd_log(journal: Journal, args) -> int:
    contacts = [resolve_contact(journal.contacts.values(), query).id for query in args.contact]
    if args.direction != "note" and not contacts:
        raise Refused(f"--{args.direction} needs at least one -c CONTACT (an entry about yourself is --note)")
    kind = args.kind or (None if args.direction == "note" else "other")
    value = None
    if args.value is not None:
        try:
            value = parse_money(args.value)
        except ValueError:
            raise Refused(f"--value: {args.value!r} is not a number") from None
    entry = make_entry(
        day=_when(args.date, "--date"),
        contacts=list(dict.fromkeys(contacts)),
        direction=args.direction,
        kind=kind,
        value=value,
        text=" ".join(args.text),
    )
    journal.add_entry(entry)
    print(entry.id)
    return 0


def cmd_list(journal: Journal, args) -> int:
    contacts = [
        c for c in journal.contacts.values() if (args.tag is None or c.tag == args.tag) and (args.archived or not c.archived)
    ]
    if args.json:
        _print_json([c.to_dict() for c in contacts])
        return 0
    from .insights import balances

    balance = balances(journal.snapshot(), _today())
    currency = journal.settings.currency
    rows = []
    for c in contacts:
        b = balance[c.id]
        rows.append(
            [
                c.id,
                c.name,
                c.tag + (" (archived)" if c.archived else ""),
                f"{c.shima_fit.score}/4",
                _count_and_money(b.given_count, b.given_value, currency),
                _count_and_money(b.received_count, b.received_value, currency),
                b.last.isoformat() if b.last else "-",
            ]
        )
    print_table(["ID", "NAME", "TAG", "FIT", "GAVE", "RECEIVED", "LAST"], rows, right={3, 4, 5})
    if not rows:
        print("no contacts yet: shima add NAME", file=sys.stderr)
    return 0


def _count_and_money(count: int, value: float, currency: str) -> str:
    """A count with its money (3 ¥90,000), or the count alone when no money changed hands."""
    return f"{count:,} {format_money(value, currency)}" if value else f"{count:,}"


def cmd_timeline(journal: Journal, args) -> int:
    since, until = _when(args.since, "--since"), _when(args.until, "--until")
    if args.contact is not None:
        contact = resolve_contact(journal.contacts.values(), args.contact)
        entries = journal.entries_of(contact.id)
    else:
        entries = list(journal.entries.values())
    entries = [e for e in entries if (since is None or e.date >= since) and (until is None or e.date <= until)]
    entries.sort(key=lambda e: (e.date, e.created_at), reverse=True)
    if args.json:
        _print_json([e.to_dict() for e in entries])
        return 0
    currency = journal.settings.currency
    rows = [
        [
            e.date.isoformat(),
            ARROWS[e.direction],
            e.kind or "",
            format_money(e.value, currency),
            ", ".join(journal.contacts[c].name for c in e.contacts) or "(yourself)",
            e.text,
        ]
        for e in entries
    ]
    print_table(["DATE", "DIRECTION", "KIND", "VALUE", "WITH", "WHAT"], rows, right={3}, last_free=True)
    return 0


def cmd_report(journal: Journal, args) -> int:
    from .report import report_document, report_text

    if args.json:
        _print_json(report_document(journal.snapshot(), _today()))
    else:
        sys.stdout.write(report_text(journal.snapshot(), _today()))
    return 0


def cmd_export(journal: Journal, args) -> int:
    data = export_bytes(export_document(journal, now_stamp()))
    if args.output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    target = Path(args.output).expanduser()
    write_export(target, data)
    print(f"exported {len(journal.contacts)} contacts and {len(journal.entries)} entries to {safe(str(target))}")
    return 0


def cmd_import(journal: Journal, args) -> int:
    snapshot = read_import(Path(args.file).expanduser())
    counts = journal.import_snapshot(snapshot, replace=args.replace)
    verb = "replaced the journal with" if args.replace else "merged"
    print(
        f"{verb} {len(snapshot.contacts)} contacts and {len(snapshot.entries)} entries: "
        f"{counts['contacts_added']} contacts added, {counts['contacts_updated']} updated; "
        f"{counts['entries_added']} entries added, {counts['entries_updated']} updated"
    )
    return 0


def cmd_settings(journal: Journal, args) -> int:
    settings = journal.settings
    changes = {}
    if args.currency is not None:
        changes["currency"] = check_currency(args.currency.strip().upper())
    if args.goal is not None:
        changes["owner_goal"] = args.goal.strip()
    if args.window is not None:
        changes["window_days"] = check_window(args.window)
    if changes:
        settings = replace(settings, **changes)
        journal.save_settings(settings)
    for key, value in settings.to_dict().items():
        print(f"{key}: {safe(str(value))}")
    return 0


COMMANDS = {
    "add": cmd_add,
    "log": cmd_log,
    "list": cmd_list,
    "timeline": cmd_timeline,
    "report": cmd_report,
    "export": cmd_export,
    "import": cmd_import,
    "settings": cmd_settings,
}


def _print_json(value) -> None:
    sys.stdout.buffer.write(orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n")
    sys.stdout.flush()


def print_table(headers: list[str], rows: list[list[str]], *, right: set[int] = frozenset(), last_free: bool = False) -> None:
    """Columns aligned by terminal cells (double-width text counts two); user text made safe.

    Columns are capped at 40 cells; with last_free the last column is left whole.
    """
    rows = [[safe(cell) for cell in row] for row in rows]
    widths = [min(40, max([width(h)] + [width(r[i]) for r in rows])) for i, h in enumerate(headers)]
    out = []
    for row in [headers, *rows]:
        cells = []
        for i, cell in enumerate(row):
            if last_free and i == len(row) - 1:
                cells.append(cell)
            elif i in right and width(cell) <= widths[i]:
                cells.append(" " * (widths[i] - width(cell)) + cell)
            else:
                cells.append(fit(cell, widths[i]))
        out.append("  ".join(cells).rstrip())
    sys.stdout.write("\n".join(out) + "\n")
