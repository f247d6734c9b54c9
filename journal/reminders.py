"""Stay in touch: when each contact is next due, from their cadence and the last entry with them.

Pure (no I/O, no words), today passed in. A contact's own cadence wins; without one, the tag's
default from the settings; without either, no reminder. Any entry with the contact restarts the
clock; a contact nobody has logged anything with is counted from the day they were added.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from .records import Contact, Settings


@dataclass(frozen=True, slots=True)
class Reminder:
    contact: Contact
    cadence: int  # days
    last: date | None  # the last entry with them, or None
    due: date  # the day they are next due

    def overdue_days(self, today: date) -> int:
        """0 on the day itself, then the days past it; negative while not due yet."""
        return (today - self.due).days


def reminders(contacts: Iterable[Contact], last_entry: Mapping[str, date | None], settings: Settings) -> list[Reminder]:
    """Every active contact with a cadence, soonest due (most overdue) first."""
    found = []
    for contact in contacts:
        cadence = settings.cadence_of(contact)
        if contact.archived or cadence is None:
            continue
        last = last_entry.get(contact.id)
        since = last or date.fromisoformat(contact.created_at[:10])
        found.append(Reminder(contact, cadence, last, since + timedelta(days=cadence)))
    found.sort(key=lambda r: (r.due, r.contact.name))
    return found


def due(reminders_: Iterable[Reminder], today: date) -> list[Reminder]:
    """The ones due today or overdue, most overdue first."""
    return [r for r in reminders_ if r.due <= today]


def last_entries(entries: Iterable, contact_ids: Iterable[str]) -> dict[str, date | None]:
    """The day of the last entry with each contact (any direction, notes and sales included)."""
    last: dict[str, date | None] = dict.fromkeys(contact_ids)
    for entry in entries:
        for cid in entry.contacts:
            if cid in last and (last[cid] is None or entry.date > last[cid]):
                last[cid] = entry.date
    return last
