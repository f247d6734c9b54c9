"""Finding a contact from what a person types: an id, an exact name or reading, or a unique part
of a name or reading (in kana, or in romaji typed in ASCII: `tanaka` finds 田中 read たなか)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from . import reading
from .problems import Problem
from .records import Contact
from .textsafe import folded

_key = lru_cache(maxsize=65536)(reading.search_key)  # one key per name and reading, reused per keystroke

MAX_CANDIDATES = 8


class LookupProblem(Problem):
    """No contact, or more than one, answers to what was typed."""


def matches(contact: Contact, needle: str) -> bool:
    """Part of the name (case-insensitive, NFKC: ＳＡＴＯ finds Sato), or of the reading in kana or
    romaji (`さと`, `サト`, `sato`, `satou`, `satoh` all find 佐藤 read さとう)."""
    return reading.matches(_key(contact.name, contact.reading), needle)


def prepare(contacts: Iterable[Contact]) -> None:
    """Build every contact's search key now (in a worker), so the first keystroke of a filter
    does not pay for 5,000 of them."""
    for contact in contacts:
        _key(contact.name, contact.reading)


def sort_key(contact: Contact) -> tuple[str, str, str]:
    """あいうえお順: by reading where there is one, else by name."""
    return reading.sort_key(contact.name, contact.reading)


def resolve_contact(contacts: Iterable[Contact], query: str) -> Contact:
    """The one contact a query means; ambiguous or unknown queries are refused with candidates.

    A whole name or reading wins over a part of one (`satou` means さとう はなこ even beside さとみ).
    Archived contacts are found by id, or by name only when no active contact matches."""
    everyone = list(contacts)
    for contact in everyone:
        if contact.id == query:
            return contact
    key = folded(query.strip())
    if not key:
        raise LookupProblem("lookup.empty", field="contacts")
    kana = reading.normalise_reading(query)
    for pool in ([c for c in everyone if not c.archived], everyone):
        exact = [c for c in pool if folded(c.name.strip()) == key or (c.reading and c.reading == kana)]
        whole_word = exact or [c for c in pool if reading.is_whole_word(_key(c.name, c.reading), query)]
        found = whole_word if len(whole_word) == 1 else [c for c in pool if matches(c, query)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            candidates = [(c.name, c.id) for c in found[:MAX_CANDIDATES]]
            raise LookupProblem(
                "lookup.ambiguous", field="contacts", query=query, candidates=candidates, more=len(found) - len(candidates)
            )
    raise LookupProblem("lookup.unknown", field="contacts", query=query)
