"""Messages of the command line. EN and JA."""

EN: dict[str, str] = {
    "cli.saved_contact": "{name} was saved as {id}",
    "cli.saved_entry": "the entry was saved as {id}",
    "cli.saved_settings": "the settings were saved",
    "cli.saved_but_not_printed": "{what}, but the result could not be printed ({reason}); do not run the command again",
    "cli.not_printed": "the output could not be written: {reason}",
    "cli.nothing_to_change": "nothing to change: give at least one option",
    "cli.archived": "archived {name} ({id}); shima restore brings it back",
    "cli.restored": "restored {name} ({id})",
    "cli.deleted_entry": "deleted the entry {id}",
    "cli.contribution_needs_contact": "--{direction} needs at least one -c CONTACT (an entry about yourself is --note)",
    "cli.archived_mark": " (archived)",
    "cli.no_contacts": "no contacts yet: shima add NAME",
    "cli.yourself": "(yourself)",
    "cli.exported": "exported {contacts:,} contacts and {entries:,} entries to {path}",
    "cli.imported_merge": (
        "merged {contacts:,} contacts and {entries:,} entries: {contacts_added:,} contacts added, {contacts_updated:,} updated; "
        "{entries_added:,} entries added, {entries_updated:,} updated"
    ),
    "cli.imported_replace": (
        "replaced the journal with {contacts:,} contacts and {entries:,} entries: {contacts_added:,} contacts added, "
        "{contacts_updated:,} updated; {entries_added:,} entries added, {entries_updated:,} updated"
    ),
    "cli.column.id": "ID",
    "cli.column.name": "NAME",
    "cli.column.tag": "TAG",
    "cli.column.fit": "FIT",
    "cli.column.gave": "GAVE",
    "cli.column.received": "RECEIVED",
    "cli.column.last": "LAST",
    "cli.column.date": "DATE",
    "cli.column.direction": "DIRECTION",
    "cli.column.kind": "KIND",
    "cli.column.value": "VALUE",
    "cli.column.with": "WITH",
    "cli.column.what": "WHAT",
    "report.heading": "shima report for {today} (window: last {days} days)",
    "report.goal": "Your goal: {goal}",
    "report.rule": "rule: {rule}",
    "report.nobody": "none",
    "report.your_shima": "Your shima",
    "report.by_tag": "Balance by tag (window)",
    "report.by_tag.row": "{tag:<12} gave {gave} ({gave_money})   received {received} ({received_money})",
    "report.payoff": "Did it pay off? received ← vs given → per month; effort = entries about yourself",
    "report.effort": "effort {n}",
}

JA: dict[str, str] = {}
