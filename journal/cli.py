"""The `shima` command line: a thin front end over the use cases (`journal.actions`).

It reads through the store and the insights, changes data only through actions, and turns every
refusal into one sentence in the user's language. It never imports Textual (only `shima tui`
loads the app), so `shima log` starts fast. Exit codes: 0 success; 1 bad input or a refused
operation, one sentence on stderr, nothing written; 2 usage error (argparse).
"""

from __future__ import annotations

import argparse
import html
import os
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path

from . import __version__, actions
from .dates import parse_duration, parse_span, parse_when
from .lookup import resolve_contact, sort_key
from .money import format_money, parse_amount
from .problems import Problem
from .records import DIRECTIONS, FIT_CRITERIA, KINDS, TAGS, parse_stamp
from .reminders import Reminder, due, last_entries, reminders
from .store import Journal, key_path_for, resolve_journal_path, write_private_file
from .textsafe import fit, folded, json_without_raw_controls, safe, width
from .unlock import PASSPHRASE_VARIABLE, Keeping, forget, keeping, keyring_usable, unlocker
from .usage import UsageParser, argparse_speaking, argparse_words
from .words import choose_language, duration, explain, say
from .words.tell import copy_merged, count, direction_label, people_told, word

# The record fields as the command line names them, so a refusal points at what was typed.
OPTION_NAMES = {
    "name": "NAME",
    "tag": "--tag",
    "met": "--met",
    "notes": "--notes",
    "cadence_days": "--cadence",
    "shima_fit": "--fit",
    "date": "--date",
    "contacts": "-c",
    "direction": "--direction",
    "kind": "--kind",
    "value": "--value",
    "text": "TEXT",
    "currency": "--currency",
    "owner_goal": "--goal",
    "window_days": "--window",
    "lang": "--lang",
    "cadence_defaults": "--cadence",
    "reading": "--reading",
}
# Where a command names a field by another option than add and log do.
COMMAND_OPTION_NAMES = {
    "edit": {"name": "--name", "reading": "--reading"},
    "edit-entry": {"text": "--text", "contacts": "-c"},
    "sale": {"text": "TEXT", "value": "VALUE"},
}
# journal.importers.FORMATS, spelt out so that starting the command line does not load the importers.
IMPORT_FORMATS = ("shima", "vcard", "google", "linkedin")
FIT_WORDS = {"goal": "same_goal", "heat": "same_heat", "acknowledges": "acknowledges_me", "ahead": "slightly_ahead"}


class Saved(Exception):
    """The journal was changed, but printing the result failed (closed or full output)."""


def _journal_option(parser: argparse.ArgumentParser, *, default, help_text: str) -> None:
    parser.add_argument("--journal", metavar="PATH", default=default, help=help_text)


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """Build it inside `argparse_speaking(lang)`: argparse's own words are taken as it is built.
    Its own help texts are in journal/words/help.py."""

    def words(code: str, **params: object) -> str:
        return say(f"help.{code}", lang, **params)

    parser = UsageParser(prog="shima", description=words("description"))
    version_help = argparse_words("show program's version number and exit", lang)
    parser.add_argument("--version", action="version", version=f"shima {__version__}", help=version_help)
    _journal_option(parser, default=None, help_text=words("journal"))
    # On sub-commands the option must not reset a --journal given before the command.
    common = argparse.ArgumentParser(add_help=False)
    _journal_option(common, default=argparse.SUPPRESS, help_text=words("journal"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("tui", parents=[common], help=words("command.tui"))

    add = commands.add_parser("add", parents=[common], help=words("command.add"))
    add.add_argument("name", nargs="+", metavar="NAME", help=words("add.name"))
    add.add_argument("--reading", nargs="+", default=[], metavar="KANA", help=words("add.reading"))
    add.add_argument("--tag", choices=TAGS, default="peer")
    add.add_argument("--met", default="", metavar="TEXT", help=words("add.met"))
    add.add_argument("--notes", default="", metavar="TEXT")
    add.add_argument("--cadence", type=cadence_option, default=None, metavar="DAYS", help=words("add.cadence"))
    add.add_argument("--fit", default=None, metavar="LIST", help=words("add.fit"))

    edit = commands.add_parser("edit", parents=[common], help=words("command.edit"))
    edit.add_argument("contact", metavar="CONTACT")
    edit.add_argument("--name", default=None)
    edit.add_argument("--reading", default=None, metavar="KANA")
    edit.add_argument("--tag", choices=TAGS, default=None)
    edit.add_argument("--met", default=None, metavar="TEXT")
    edit.add_argument("--notes", default=None, metavar="TEXT")
    edit.add_argument("--cadence", type=cadence_option, default=argparse.SUPPRESS, metavar="DAYS|none")
    edit.add_argument("--fit", default=None, metavar="LIST", help=words("edit.fit"))
    edit.add_argument("--unfit", default=None, metavar="LIST", help=words("edit.unfit"))

    for name in ("archive", "restore"):
        command = commands.add_parser(name, parents=[common], help=words(f"command.{name}"))
        command.add_argument("contact", metavar="CONTACT")

    log = commands.add_parser("log", parents=[common], help=words("command.log"))
    direction = log.add_mutually_exclusive_group(required=True)
    for name in DIRECTIONS:
        direction.add_argument(f"--{name}", dest="direction", action="store_const", const=name)
    _contact_option(log, words("contact", more=words("contact.repeat")))
    log.add_argument("--kind", choices=KINDS, default=None, help=words("log.kind"))
    log.add_argument("--value", default=None, metavar="N", help=words("log.value"))
    log.add_argument("--date", default="today", metavar="WHEN", help=words("date"))
    log.add_argument("text", nargs="+", metavar="TEXT")

    sale = commands.add_parser("sale", parents=[common], help=words("command.sale"))
    sale.add_argument("value", metavar="VALUE", help=words("sale.value"))
    _contact_option(sale, words("contact", more=words("sale.contact")))
    sale.add_argument("--date", default="today", metavar="WHEN", help=words("date"))
    sale.add_argument("text", nargs="*", metavar="TEXT", help=words("sale.text"))

    edit_entry = commands.add_parser("edit-entry", parents=[common], help=words("command.edit-entry"))
    edit_entry.add_argument("entry", metavar="ID")
    edit_entry.add_argument("--date", default=None, metavar="WHEN")
    edit_entry.add_argument("--text", default=None)
    edit_entry.add_argument("--value", default=None, metavar="N|none")
    edit_entry.add_argument("--kind", choices=KINDS, default=None)
    edit_entry.add_argument("--direction", choices=DIRECTIONS, default=None)
    _contact_option(edit_entry, words("contact", more=words("edit_entry.contact")))

    delete_entry = commands.add_parser("delete-entry", parents=[common], help=words("command.delete-entry"))
    delete_entry.add_argument("entry", metavar="ID")

    listing = commands.add_parser("list", parents=[common], help=words("command.list"))
    listing.add_argument("--tag", choices=TAGS, default=None)
    listing.add_argument("--archived", action="store_true", help=words("list.archived"))
    listing.add_argument("--json", action="store_true")

    timeline = commands.add_parser("timeline", parents=[common], help=words("command.timeline"))
    timeline.add_argument("--contact", default=None, metavar="C")
    timeline.add_argument("--since", default=None, metavar="WHEN")
    timeline.add_argument("--until", default=None, metavar="WHEN")
    timeline.add_argument("--ids", action="store_true", help=words("timeline.ids"))
    timeline.add_argument("--json", action="store_true")

    report = commands.add_parser("report", parents=[common], help=words("command.report"))
    report.add_argument("--json", action="store_true")

    due = commands.add_parser("due", parents=[common], help=words("command.due"))
    due.add_argument("--short", action="store_true", help=words("due.short"))
    due.add_argument("--notify", action="store_true", help=words("due.notify"))

    calendar = commands.add_parser("calendar", parents=[common], help=words("command.calendar"))
    calendar.add_argument("-o", "--output", required=True, metavar="FILE", help=words("calendar.output"))

    export = commands.add_parser("export", parents=[common], help=words("command.export"))
    export.add_argument("-o", "--output", default=None, metavar="FILE")
    export.add_argument("--plain", action="store_true", help=words("export.plain"))

    keys = {
        name: commands.add_parser(name, parents=[common], help=words(f"command.{name}"))
        for name in ("encrypt", "decrypt", "unlock", "lock")
    }
    keys["unlock"].add_argument("--for", dest="keep_for", default=None, metavar="DURATION", help=words("unlock.for"))

    importing = commands.add_parser("import", parents=[common], help=words("command.import"))
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--format", choices=IMPORT_FORMATS, default=None, help=words("import.format"))
    importing.add_argument("--dry-run", action="store_true", help=words("import.dry_run"))
    importing.add_argument("--replace", action="store_true", help=words("import.replace"))
    importing.add_argument("--accept-removals", action="store_true", help=words("import.accept_removals"))
    importing.add_argument("--accept-future", action="store_true", help=words("import.accept_future"))

    restore = commands.add_parser("restore-backup", parents=[common], help=words("command.restore-backup"))
    restore.add_argument("backup", nargs="?", default=None, metavar="BACKUP", help=words("restore_backup.backup"))
    restore.add_argument("--dry-run", action="store_true", help=words("restore_backup.dry_run"))

    settings = commands.add_parser("settings", parents=[common], help=words("command.settings"))
    settings.add_argument("--currency", default=None, metavar="CODE", help=words("settings.currency"))
    settings.add_argument("--goal", default=None, metavar="TEXT", help=words("settings.goal"))
    settings.add_argument("--window", default=None, metavar="DAYS", help=words("settings.window"))
    settings.add_argument("--lang", default=None, metavar="ja|en|auto", help=words("settings.lang"))
    settings.add_argument("--cadence", default=None, metavar="TAG=DAYS,...", help=words("settings.cadence"))
    return parser


def _contact_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("-c", "--contact", action="append", default=None, metavar="CONTACT", help=help_text)


def _restore_dashes(args: argparse.Namespace, argv: list[str]) -> None:
    """argparse (before Python 3.12.7) drops a value of exactly "--" (`--met=--`) and leaves an
    empty list; the user typed the text "--". Only the options typed so are restored: an option of
    several words left out (`add` without --reading) is an empty list too, and stays one."""
    for typed_word in argv:
        option, equals, value = typed_word.partition("=")
        if not (equals and value == "--" and option.startswith("--")):
            continue
        typed = option[2:].replace("-", "_")  # argparse takes any unambiguous start of an option
        keys = [key for key in vars(args) if key.startswith(typed)]
        if len(keys) == 1 and getattr(args, keys[0]) == []:
            setattr(args, keys[0], "--")


FREE_TEXT_COMMANDS = ("log", "sale")


def parse(argv: list[str] | None, lang: str = "en") -> argparse.Namespace:
    """argparse takes a command's positionals in one go, so the words of TEXT after an option
    (`shima sale 40000 -c Sato client she referred`) would be refused: they join TEXT instead.
    A usage error is told in `lang` (exit code 2)."""
    with argparse_speaking(lang):
        parser = build_parser(lang)
        args, extra = parser.parse_known_args(argv)
        if extra:
            if args.command in FREE_TEXT_COMMANDS and not any(word.startswith("-") for word in extra):
                args.text = [*args.text, *extra]
            else:
                parser.error(argparse_words("unrecognized arguments: %s", lang) % " ".join(extra))
    _restore_dashes(args, sys.argv[1:] if argv is None else argv)
    return args


def main(argv: list[str] | None = None) -> int:
    lang = choose_language()  # until the journal is read: usage errors come before (journal.usage)
    args = parse(argv, lang)
    path = resolve_journal_path(args.journal)
    command = args.command or "tui"
    merged_before = False  # a sync copy merged and saved before the command ran (said if it is refused)
    try:
        if command == "tui":
            from .tui.app import run_app

            return run_app(path)
        if command == "lock":  # nothing to decrypt: no journal opened, no passphrase asked
            return cmd_lock(path, lang)
        if command == "unlock":  # where and how long: said before a passphrase is asked for nothing
            _keeping(args, path)
        may_ask = not (command == "due" and args.short)  # a shell prompt line never waits for a passphrase
        journal = Journal(path, unlock=unlocker(lambda: _ask_passphrase("cli.passphrase", path, lang) if may_ask else None))
        lang = choose_language(journal.settings.lang)
        for merged in actions.merge_sync_copies(journal):
            _refuse_quietly(f"shima: {copy_merged(merged, lang)}")
            merged_before = merged_before or bool(merged.counts and merged.counts.changes)
        return COMMANDS[command](journal, args, lang)
    except Problem as problem:
        if problem.code.startswith("crypt.") and command == "due" and args.short:
            return 0  # nothing on a shell's start when the key is not at hand (`shima unlock` keeps it)
        sentence = explain(problem, lang, {**OPTION_NAMES, **COMMAND_OPTION_NAMES.get(command, {})})
        option = problem.params.get("option")
        refused = _refuse(f"{option}: {sentence}" if option else sentence)
        if merged_before:  # "nothing was changed" is about the command: the merge before it was saved
            _refuse_quietly(f"shima: {say('sync.merged_then_refused', lang)}")
        return refused
    except Saved as saved:
        return _refuse(str(saved))
    except MemoryError:  # a tight `ulimit -v`, wherever it bites: one sentence, never a traceback
        return _refuse(say("file.no_memory", lang, path=str(path)))
    except KeyboardInterrupt:
        _refuse_quietly("")  # (the line a prompt left open)
        return 130


def _refuse(sentence: str) -> int:
    try:
        print(f"shima: {safe(sentence)}", file=sys.stderr)
    except (OSError, ValueError, AttributeError):
        pass
    return 1


def _today() -> date:
    return date.today()


def _when(text: str, option: str, *, span: bool | None = None) -> date:
    """A WHEN option; a refusal names the option (`--date: ...`)."""
    try:
        return parse_when(text, _today()) if span is None else parse_span(text, _today(), end=span)
    except Problem as problem:
        problem.params.setdefault("option", option)
        raise


def _amount(text: str | None, journal: Journal) -> int | float | None:
    """--value as typed (30000, 3万円, ¥30,000); `none` clears it. A refusal names the option."""
    if text is None or text.strip().lower() == "none":
        return None
    try:
        return parse_amount(text, journal.settings.currency)
    except Problem as problem:
        problem.params.setdefault("option", "--value")
        raise


def cadence_option(text: str) -> int | None:
    """--cadence DAYS: a whole number of days, or `none` for no reminder (else a usage error)."""
    cleaned = unicodedata.normalize("NFKC", text).strip().lower()
    if cleaned in ("", "none"):
        return None
    if not cleaned.isdigit():
        raise argparse.ArgumentTypeError(say("cli.cadence_not_days", choose_language(), text=repr(text)))
    return int(cleaned)


def _criteria(text: str) -> list[str]:
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in FIT_WORDS and n not in FIT_CRITERIA]
    if unknown:
        raise actions.Refused("fit.unknown", field="shima_fit", text=unknown[0], choices=", ".join(FIT_WORDS))
    return [FIT_WORDS.get(n, n) for n in names]


def _contact_ids(journal: Journal, queries: list[str] | None) -> list[str]:
    return list(dict.fromkeys(resolve_contact(journal.contacts.values(), query).id for query in queries or []))


# ----- output ------------------------------------------------------------------------------------


def _emit(text: str, *, saved: str | None = None) -> None:
    """Print to stdout; a closed or full stdout is a refusal, saying so when something was saved."""
    try:
        if sys.stdout is None:
            raise OSError("standard output is closed")
        sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace"))
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        if saved is not None:
            raise Saved(say("cli.saved_but_not_printed", choose_language(), what=saved, reason=reason.lower())) from None
        raise Saved(say("cli.not_printed", choose_language(), reason=reason.lower())) from None


def _silence_stdout() -> None:
    """The reader went away (`shima export | head -1`): send the rest nowhere, quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _emit_json(value) -> None:
    """Machine output: indented JSON, with DEL, C1 and bidi controls escaped (the same JSON to a
    parser; a terminal showing it acts on none of them)."""
    import orjson

    option = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS  # (tags and directions are str enums)
    _emit(json_without_raw_controls(orjson.dumps(value, option=option)).decode("utf-8") + "\n")


# ----- commands ----------------------------------------------------------------------------------


def cmd_add(journal: Journal, args, lang: str) -> int:
    fields = {
        "name": " ".join(args.name),
        "reading": " ".join(args.reading),
        "tag": args.tag,
        "met": args.met,
        "notes": args.notes,
        "cadence_days": args.cadence,
    }
    if args.fit:
        fields["shima_fit"] = {c: c in _criteria(args.fit) for c in FIT_CRITERIA}
    contact = actions.add_contact(journal, fields)
    _emit(contact.id + "\n", saved=say("cli.saved_contact", lang, name=safe(contact.name), id=contact.id))
    return 0


def cmd_edit(journal: Journal, args, lang: str) -> int:
    contact = resolve_contact(journal.contacts.values(), args.contact)
    changes: dict = {}
    for option, field in (("name", "name"), ("reading", "reading"), ("tag", "tag"), ("met", "met"), ("notes", "notes")):
        if getattr(args, option) is not None:
            changes[field] = getattr(args, option)
    if "cadence" in args:
        changes["cadence_days"] = args.cadence
    if args.fit or args.unfit:
        fit = contact.shima_fit.to_dict()
        fit.update({c: True for c in _criteria(args.fit or "")})
        fit.update({c: False for c in _criteria(args.unfit or "")})
        changes["shima_fit"] = fit
    if not changes:
        raise actions.Refused("cli.nothing_to_change")
    saved = actions.edit_contact(journal, contact.id, changes)
    _emit(saved.record.id + "\n", saved=say("cli.saved_contact", lang, name=safe(saved.record.name), id=saved.record.id))
    return 0


def cmd_archive(journal: Journal, args, lang: str) -> int:
    archived = args.command == "archive"
    contact = resolve_contact(journal.contacts.values(), args.contact)
    saved = actions.set_archived(journal, contact.id, archived)
    message = say("cli.archived" if archived else "cli.restored", lang, name=safe(saved.record.name), id=saved.record.id)
    _emit(message + "\n", saved=message)
    return 0


def cmd_log(journal: Journal, args, lang: str) -> int:
    contacts = _contact_ids(journal, args.contact)
    if args.direction != "note" and not contacts:
        raise actions.Refused("cli.contribution_needs_contact", direction=args.direction)
    fields = {
        "date": _when(args.date, "--date"),
        "contacts": contacts,
        "direction": args.direction,
        "kind": args.kind or (None if args.direction == "note" else "other"),
        "value": _amount(args.value, journal),
        "text": " ".join(args.text),
    }
    entry = actions.log_entry(journal, fields)
    _emit(entry.id + "\n", saved=say("cli.saved_entry", lang, id=entry.id))
    return 0


def cmd_sale(journal: Journal, args, lang: str) -> int:
    fields = {
        "date": _when(args.date, "--date"),
        "contacts": _contact_ids(journal, args.contact),
        "value": _amount(args.value, journal),
        "text": " ".join(args.text),
    }
    entry = actions.record_sale(journal, fields)
    _emit(entry.id + "\n", saved=say("cli.saved_entry", lang, id=entry.id))
    return 0


def cmd_edit_entry(journal: Journal, args, lang: str) -> int:
    changes: dict = {}
    if args.date is not None:
        changes["date"] = _when(args.date, "--date")
    if args.text is not None:
        changes["text"] = args.text
    if args.value is not None:
        changes["value"] = _amount(args.value, journal)
    if args.kind is not None:
        changes["kind"] = args.kind
    if args.direction is not None:
        changes["direction"] = args.direction
    if args.contact is not None:
        changes["contacts"] = _contact_ids(journal, args.contact)
    if not changes:
        raise actions.Refused("cli.nothing_to_change")
    saved = actions.edit_entry(journal, args.entry, changes)
    _emit(saved.record.id + "\n", saved=say("cli.saved_entry", lang, id=saved.record.id))
    return 0


def cmd_delete_entry(journal: Journal, args, lang: str) -> int:
    saved = actions.delete_entry(journal, args.entry)
    message = say("cli.deleted_entry", lang, id=saved.record.id)
    _emit(message + "\n", saved=message)
    return 0


def cmd_list(journal: Journal, args, lang: str) -> int:
    contacts = [
        c for c in journal.contacts.values() if (args.tag is None or c.tag == args.tag) and (args.archived or not c.archived)
    ]
    if args.json:  # machine output: the same in every language, in the order contacts were added
        contacts.sort(key=lambda c: (parse_stamp(c.created_at), c.id))
        _emit_json([c.to_dict() for c in contacts])
        return 0
    # People read a list by name: あいうえお順 (by reading) in Japanese, alphabetical in English.
    contacts.sort(key=sort_key if lang == "ja" else lambda c: (folded(c.name), c.name, c.id))
    from .insights import balances

    balance = balances(journal.snapshot(), _today())
    currency = journal.settings.currency
    rows = []
    for c in contacts:
        b = balance[c.id]
        tag = word("tag", c.tag, lang) + (say("cli.archived_mark", lang) if c.archived else "")
        rows.append(
            [
                c.id,
                c.name,
                tag,
                f"{c.shima_fit.score}/4",
                _count_and_money(b.given_count, b.given_value, currency),
                _count_and_money(b.received_count, b.received_value, currency),
                b.last.isoformat() if b.last else "-",
            ]
        )
    headers = [say(f"cli.column.{name}", lang) for name in ("id", "name", "tag", "fit", "gave", "received", "last")]
    _emit(table(headers, rows, right={3, 4, 5}))
    if not rows:
        _refuse_quietly(say("cli.no_contacts", lang))
    return 0


def _refuse_quietly(sentence: str) -> None:
    """A hint on stderr that is not an error (the exit code stays 0)."""
    try:
        print(sentence, file=sys.stderr)
    except (OSError, ValueError, AttributeError):
        pass


def _count_and_money(count: int, value: float, currency: str) -> str:
    """A count with its money (3 ¥90,000), or the count alone when no money changed hands."""
    return f"{count:,} {format_money(value, currency)}" if value else f"{count:,}"


def cmd_timeline(journal: Journal, args, lang: str) -> int:
    since = _when(args.since, "--since", span=False) if args.since else None
    until = _when(args.until, "--until", span=True) if args.until else None
    if args.contact is not None:
        contact = resolve_contact(journal.contacts.values(), args.contact)
        entries = journal.entries_of(contact.id)
    else:
        entries = list(journal.entries.values())
    entries = [e for e in entries if (since is None or e.date >= since) and (until is None or e.date <= until)]
    entries.sort(key=lambda e: (e.date, e.created_at), reverse=True)
    if args.json:
        _emit_json([e.to_dict() for e in entries])
        return 0
    currency = journal.settings.currency
    rows = []
    for e in entries:
        names = ", ".join(journal.contacts[c].name for c in e.contacts) or say("cli.yourself", lang)
        row = [e.date.isoformat(), direction_label(e.direction, lang), word("kind", e.kind, lang)]
        row += [format_money(e.value, currency), names, e.text]
        rows.append(([e.id] if args.ids else []) + row)
    names = (["id"] if args.ids else []) + ["date", "direction", "kind", "value", "with", "what"]
    headers = [say(f"cli.column.{name}", lang) for name in names]
    _emit(table(headers, rows, right={len(headers) - 3}, last_free=True))
    return 0


def cmd_report(journal: Journal, args, lang: str) -> int:
    from .report import report_document, report_text

    if args.json:
        _emit_json(report_document(journal.snapshot(), _today()))
    else:
        _emit(report_text(journal.snapshot(), _today(), lang))
    return 0


def _reminders(journal: Journal) -> list[Reminder]:
    contacts = journal.contacts.values()
    return reminders(contacts, last_entries(journal.entries.values(), journal.contacts), journal.settings)


def cmd_due(journal: Journal, args, lang: str) -> int:
    today = _today()
    now_due = due(_reminders(journal), today)
    if args.short:  # for a shell prompt: one line, or nothing at all
        if now_due:
            names = say("list.separator", lang).join(safe(r.contact.name) for r in now_due[:3])
            more = len(now_due) - 3
            more_text = say("due.more", lang, n=more) if more > 0 else ""
            _emit(say("due.short", lang, count=len(now_due), names=names, more=more_text) + "\n")
    else:
        lines = [_due_line(r, today, lang) for r in now_due] or [say("due.nobody", lang)]
        _emit("".join(line + "\n" for line in lines))
    if args.notify and now_due:
        body = "\n".join(_due_line(r, today, lang) for r in now_due[:10])
        _notify(say("due.title", lang, count=len(now_due)), html.escape(body, quote=False))  # the body is markup to the server
    return 0


def _due_line(reminder: Reminder, today: date, lang: str) -> str:
    late = reminder.overdue_days(today)
    status = say("reason.overdue.today", lang) if late == 0 else say("reason.overdue.late", lang, days=count("day", late, lang))
    when = (
        say("reason.overdue.last", lang, days=count("day", (today - reminder.last).days, lang))
        if reminder.last
        else say("reason.overdue.none", lang, days=count("day", (today - reminder.due).days + reminder.cadence, lang))
    )
    every = say("due.every", lang, cadence=count("day", reminder.cadence, lang))
    tag = word("tag", reminder.contact.tag, lang)
    return say("due.line", lang, name=safe(reminder.contact.name), tag=tag, status=status, when=when, every=every)


def _notify(title: str, body: str) -> None:
    """A desktop notification with notify-send, where there is a desktop session; else nothing."""
    import shutil
    import subprocess

    sender = shutil.which("notify-send")
    if sender is None or not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    ):
        return
    try:
        subprocess.run([sender, "--app-name=shima", title, body], timeout=10, check=False, capture_output=True)
    except (OSError, subprocess.SubprocessError):
        pass


def cmd_calendar(journal: Journal, args, lang: str) -> int:
    from .calendar import CalendarDay, calendar_bytes

    days = [
        CalendarDay(
            uid=f"{r.contact.id}@shima",
            day=max(r.due, _today()),
            summary=say("calendar.summary", lang, name=r.contact.name),
            description=say("due.every", lang, cadence=count("day", r.cadence, lang)),
        )
        for r in _reminders(journal)
    ]
    target = Path(args.output).expanduser()
    write_private_file(target, calendar_bytes(days, datetime.now().astimezone()))
    message = say("calendar.written", lang, count=len(days), path=safe(str(target)))
    _emit(message + "\n", saved=message)
    if journal.encrypted:  # said every time: the one file shima writes plain from an encrypted journal
        _refuse_quietly(say("calendar.plain_from_encrypted", lang, path=safe(str(target))))
    return 0


def cmd_export(journal: Journal, args, lang: str) -> int:
    if args.output is None:
        data = actions.export_bytes(journal, plain=args.plain)
        _emit(data.decode("utf-8"))
        return 0
    target = Path(args.output).expanduser()
    write_private_file(target, actions.export_bytes(journal, plain=args.plain))
    message = say("cli.exported", lang, contacts=len(journal.contacts), entries=len(journal.entries), path=safe(str(target)))
    _emit(message + "\n", saved=message)
    return 0


def cmd_import(journal: Journal, args, lang: str) -> int:
    """A shima export is merged (or replaces the journal) as it always was; a vCard, Google or
    LinkedIn file brings its people in (journal.actions.import_people)."""
    from . import importers

    path = Path(args.file).expanduser()
    data = actions.read_import_file(path, journal)
    kind = args.format or _import_format(data, path)
    if kind == "shima":
        if args.format:
            _not_what_was_forced(data, path, kind, lang)
        return _import_export(journal, path, args, lang)
    if args.replace:
        raise Problem("cli.import_replace_people", path=str(path), format=say(f"import.format.{kind}", lang))
    show, clear = _progress_line(path, lang)
    try:
        parsed = importers.parse_people(data, kind, progress=show)
    except importers.ImportProblem as problem:
        if args.format:
            _not_what_was_forced(data, path, kind, lang)
        raise Problem("cli.import_refused", path=str(path), problem=problem) from None
    finally:
        clear()
    del data
    result = actions.import_people(journal, parsed, dry_run=args.dry_run)
    summary, details = people_told(result, lang)
    _emit(summary + "\n" + "".join(f"  {line}\n" for line in details), saved=summary if result.changes else None)
    return 0


def _import_format(data: bytes, path: Path) -> str:
    """The format from the content. Anything that looks like JSON goes to the journal import, which
    says exactly what is wrong with it (as it always did)."""
    from . import importers

    try:
        return importers.require_format(data)
    except importers.ImportProblem as problem:
        if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
            return "shima"
        raise Problem("cli.import_refused", path=str(path), problem=problem) from None


def _not_what_was_forced(data: bytes, path: Path, forced: str, lang: str) -> None:
    """--format named one format and the content is plainly another: say so, rather than what the
    wrong reader found wrong with it."""
    from . import importers

    found = importers.detect_format(data)
    if found is not None and found != forced:
        asked, found_word = say(f"import.format.{forced}", lang), say(f"import.format.{found}", lang)
        raise Problem("cli.import_other_format", path=str(path), asked=asked, found=found_word)


def _progress_line(path: Path, lang: str):
    """A percentage on one updating stderr line while a file is read, when stderr is a terminal
    (nothing at all otherwise); returns the callback for parse_people and what clears the line."""
    stream = sys.stderr
    try:
        shown_on_terminal = stream is not None and stream.isatty()
    except (OSError, ValueError, AttributeError):
        shown_on_terminal = False
    if not shown_on_terminal:
        return None, lambda: None
    last: list[str] = []

    def write(text: str) -> None:
        try:
            stream.write(text)
            stream.flush()
        except (OSError, ValueError):
            pass

    def show(done: int, total: int) -> None:
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        text = say("cli.import_progress", lang, path=safe(path.name), percent=percent)
        if not last or last[-1] != text:
            write("\r" + text)
            last.append(text)

    def clear() -> None:
        if last:
            write("\r" + " " * width(last[-1]) + "\r")

    return show, clear


def _import_export(journal: Journal, path: Path, args, lang: str) -> int:
    """A shima export: merged by id (newer wins), or replacing the journal; --dry-run counts only."""
    snapshot = journal.read_import(path)
    counts = actions.import_journal(
        journal,
        snapshot,
        replace=args.replace,
        dry_run=args.dry_run,
        accept_removals=args.accept_removals,
        accept_future=args.accept_future,
        source=path,
    )
    code = "cli.imported_replace" if args.replace else "cli.imported_merge"
    message = say(
        code + "_dry" if args.dry_run else code,
        lang,
        contacts=len(snapshot.contacts),
        entries=len(snapshot.entries),
        contacts_added=counts.of("contacts").added,
        contacts_updated=counts.of("contacts").updated,
        contacts_removed=counts.of("contacts").removed,
        entries_added=counts.of("entries").added,
        entries_updated=counts.of("entries").updated,
        entries_removed=counts.of("entries").removed,
    )
    _emit(message + "\n", saved=None if args.dry_run else message)
    return 0


def cmd_restore_backup(journal: Journal, args, lang: str) -> int:
    """With no BACKUP, the backups shima kept; with one, the journal brought back to it as a change
    made now (so the next sync does not bring the bad day back)."""
    if args.backup is None:
        backups = actions.list_backups(journal)
        if not backups:
            _emit(say("backup.none", lang, path=safe(str(journal.path))) + "\n")
            return 0
        rows = [[backup.path.name, say(f"backup.kind.{backup.kind}", lang)] for backup in backups]
        headers = [say("cli.column.backup", lang), say("cli.column.why", lang)]
        listed = say("backup.listed", lang, path=safe(str(journal.path)))
        _emit(f"{listed}\n{table(headers, rows, last_free=True, cap=None)}{say('backup.how', lang)}\n")
        return 0
    path = Path(args.backup).expanduser()
    if not path.exists() and path.name == args.backup:  # a name as listed: beside the journal
        path = journal.file.path.with_name(args.backup)
    counts = actions.restore_backup(journal, path, dry_run=args.dry_run)
    message = say(
        "backup.restored_dry" if args.dry_run else "backup.restored",
        lang,
        name=safe(path.name),
        added=counts.added,
        updated=counts.updated,
        removed=counts.removed,
    )
    _emit(message + "\n", saved=None if args.dry_run else message)
    return 0


def cmd_settings(journal: Journal, args, lang: str) -> int:
    changes: dict = {}
    if args.currency is not None:
        changes["currency"] = args.currency.strip().upper()
    if args.goal is not None:
        changes["owner_goal"] = args.goal.strip()
    if args.window is not None:
        window = args.window.strip()
        changes["window_days"] = int(window) if window.isdigit() else window
    if args.lang is not None:
        chosen = args.lang.strip().lower()
        changes["lang"] = "" if chosen == "auto" else chosen
    if args.cadence is not None:
        changes["cadence_defaults"] = {**journal.settings.to_dict()["cadence_defaults"], **_tag_cadences(args.cadence)}
    settings = actions.change_settings(journal, changes) if changes else journal.settings
    lang = choose_language(settings.lang)
    shown = {**settings.to_dict(), "cadence_defaults": _cadences_shown(settings.to_dict()["cadence_defaults"], lang)}
    text = "".join(f"{say(f'cli.setting.{key}', lang)}: {safe(str(value))}\n" for key, value in shown.items())
    _emit(text, saved=say("cli.saved_settings", lang) if changes else None)
    return 0


def _tag_cadences(text: str) -> dict:
    """`shima=14,peer=60,influencer=none` as {tag: days or None}; a bad part is refused."""
    cadences: dict = {}
    for part in (p.strip() for p in unicodedata.normalize("NFKC", text).split(",") if p.strip()):
        tag, _, days = part.partition("=")
        tag, days = tag.strip().lower(), days.strip().lower()
        if tag not in TAGS or not days:
            raise actions.Refused("cadence.by_tag", field="cadence_defaults", text=part, tags=", ".join(TAGS))
        cadences[tag] = None if days == "none" else int(days) if days.isdigit() else days
    return cadences


def _cadences_shown(cadences: dict, lang: str) -> str:
    none = say("cli.no_reminder", lang)
    shown = (f"{word('tag', tag, lang)} {days if days is not None else none}" for tag, days in cadences.items())
    return say("list.separator", lang).join(shown)


# ----- encryption ----------------------------------------------------------------------------------


def _ask_passphrase(code: str, path: Path, lang: str) -> str | None:
    """A passphrase typed on the terminal (not echoed); None when there is no terminal to ask on."""
    import getpass

    try:
        with open("/dev/tty", "rb"):
            pass
    except OSError:
        return None
    try:
        return getpass.getpass(say(code, lang, path=safe(str(path))))
    except EOFError:  # ctrl+d
        _refuse_quietly("")
        raise Problem("cli.no_passphrase_typed") from None


def _new_passphrase(journal: Journal, lang: str) -> str:
    """$SHIMA_PASSPHRASE, else typed twice on the terminal."""
    if os.environ.get(PASSPHRASE_VARIABLE):
        return os.environ[PASSPHRASE_VARIABLE]
    first = _ask_passphrase("cli.new_passphrase", journal.path, lang)
    if first is None:
        raise Problem("cli.passphrase_needs_terminal", path=str(journal.path))
    actions.check_passphrase(first)  # said now, not after typing it again
    if _ask_passphrase("cli.repeat_passphrase", journal.path, lang) != first:
        raise Problem("cli.passphrases_differ")
    return first


def cmd_encrypt(journal: Journal, args, lang: str) -> int:
    if journal.encrypted:  # (said before a passphrase is asked for nothing)
        raise actions.Refused("crypt.already", path=str(journal.path))
    actions.encrypt_journal(journal, _new_passphrase(journal, lang))
    forget(journal.file.key_path)  # a key kept for an earlier encryption is no longer this journal's
    message = say("cli.encrypted", lang, path=safe(str(journal.path)), key=safe(str(journal.file.key_path)))
    _emit(message + "\n", saved=message)
    if keyring_usable() and not os.environ.get(PASSPHRASE_VARIABLE) and sys.stdin.isatty():
        if input(say("cli.offer_keyring", lang)).strip().lower() in ("y", "yes", "はい"):
            return cmd_unlock(journal, args, lang)
    return 0


def cmd_decrypt(journal: Journal, args, lang: str) -> int:
    key_path = journal.file.key_path
    actions.decrypt_journal(journal)
    forget(key_path)
    message = say("cli.decrypted", lang, path=safe(str(journal.path)))
    _emit(message + "\n", saved=message)
    return 0


def _keeping(args, path: Path) -> Keeping:
    """Where `shima unlock [--for DURATION]` keeps the key; a refusal names --for. (`shima encrypt`
    offers to unlock with its own arguments, which have no --for.)"""
    typed = getattr(args, "keep_for", None)
    try:
        return keeping(key_path_for(path), parse_duration(typed) if typed is not None else None)
    except Problem as problem:
        if problem.code.startswith("duration.") or problem.field == "keep_for":
            problem.params.setdefault("option", "--for")
        raise


def cmd_unlock(journal: Journal, args, lang: str) -> int:
    if not journal.encrypted:
        raise actions.Refused("crypt.not_encrypted", path=str(journal.path))
    kept = _keeping(args, journal.path)
    until = kept.keep(journal.file.key_path, journal.file.key)
    if until is None:
        _emit(say("cli.key_remembered", lang, path=safe(str(journal.path))) + "\n")
        return 0
    place = say(f"keep.{kept.place.name}", lang, folder=safe(kept.place.shown))
    span = duration(kept.span, lang)
    _emit(say("cli.key_kept", lang, path=safe(str(journal.path)), place=place, span=span, until=f"{until:%Y-%m-%d %H:%M}") + "\n")
    return 0


def cmd_lock(path: Path, lang: str) -> int:
    """Forget the key wherever `shima unlock` kept it (run before any journal is opened)."""
    forgotten = forget(key_path_for(path))
    _emit(say("cli.key_forgotten" if forgotten else "cli.key_not_kept", lang, path=safe(str(path))) + "\n")
    return 0


COMMANDS = {
    "add": cmd_add,
    "edit": cmd_edit,
    "archive": cmd_archive,
    "restore": cmd_archive,
    "log": cmd_log,
    "sale": cmd_sale,
    "edit-entry": cmd_edit_entry,
    "delete-entry": cmd_delete_entry,
    "list": cmd_list,
    "timeline": cmd_timeline,
    "report": cmd_report,
    "due": cmd_due,
    "calendar": cmd_calendar,
    "export": cmd_export,
    "import": cmd_import,
    "restore-backup": cmd_restore_backup,
    "settings": cmd_settings,
    "encrypt": cmd_encrypt,
    "decrypt": cmd_decrypt,
    "unlock": cmd_unlock,
}


def table(
    headers: list[str], rows: list[list[str]], *, right: set[int] = frozenset(), last_free: bool = False, cap: int | None = 40
) -> str:
    """Columns aligned by terminal cells (double-width text counts two); user text made safe.

    Columns are capped at `cap` cells (None: never cut, for what the user types back); with
    last_free the last column is left whole."""
    rows = [[safe(cell) for cell in row] for row in rows]
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    widths = widths if cap is None else [min(cap, w) for w in widths]
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
    return "\n".join(out) + "\n"
