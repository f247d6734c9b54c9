"""Finding a contact from what a person types: an id, an exact name, or a unique part of a name."""

from __future__ import annotations

from collections.abc import Iterable

from .records import Contact, ValidationError
from .textsafe import folded, safe


def matches(contact: Contact, needle: str) -> bool:
    """Case-insensitive, NFKC-normalised substring match: ＳＡＴＯ finds Sato."""
    return folded(needle) in folded(contact.name)


def resolve_contact(contacts: Iterable[Contact], query: str) -> Contact:
    """The one contact a query means; ambiguous or unknown queries are refused with candidates.

    Archived contacts are found by id, or by name only when no active contact matches.
    """
    everyone = list(contacts)
    for contact in everyone:
        if contact.id == query:
            return contact
    key = folded(query.strip())
    if not key:
        raise ValidationError("contact: an empty name matches nobody")
    for pool in ([c for c in everyone if not c.archived], everyone):
        exact = [c for c in pool if folded(c.name.strip()) == key]
        found = exact or [c for c in pool if key in folded(c.name)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            listed = "; ".join(f"{safe(c.name)} ({c.id})" for c in found[:8])
            more = f" and {len(found) - 8} more" if len(found) > 8 else ""
            raise ValidationError(f"contact {safe(query)!r} is ambiguous: {listed}{more}; use the id")
    raise ValidationError(f"contact {safe(query)!r} not found; `shima list` shows every contact")
