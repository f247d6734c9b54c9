"""Finding a contact from what a person types: an id, an exact name, or a unique part of a name."""

from __future__ import annotations

from collections.abc import Iterable

from .problems import Problem
from .records import Contact
from .textsafe import folded

MAX_CANDIDATES = 8


class LookupProblem(Problem):
    """No contact, or more than one, answers to what was typed."""


def matches(contact: Contact, needle: str) -> bool:
    """Case-insensitive, NFKC-normalised substring match: ＳＡＴＯ finds Sato."""
    return folded(needle) in folded(contact.name)


def resolve_contact(contacts: Iterable[Contact], query: str) -> Contact:
    """The one contact a query means; ambiguous or unknown queries are refused with candidates.

    Archived contacts are found by id, or by name only when no active contact matches."""
    everyone = list(contacts)
    for contact in everyone:
        if contact.id == query:
            return contact
    key = folded(query.strip())
    if not key:
        raise LookupProblem("lookup.empty", field="contacts")
    for pool in ([c for c in everyone if not c.archived], everyone):
        exact = [c for c in pool if folded(c.name.strip()) == key]
        found = exact or [c for c in pool if key in folded(c.name)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            candidates = [(c.name, c.id) for c in found[:MAX_CANDIDATES]]
            raise LookupProblem(
                "lookup.ambiguous", field="contacts", query=query, candidates=candidates, more=len(found) - len(candidates)
            )
    raise LookupProblem("lookup.unknown", field="contacts", query=query)
