"""Messages of the use cases: records gone elsewhere, imports refused. EN and JA."""

EN: dict[str, str] = {
    "contact.gone": "the contact {id} no longer exists (was it removed in another window?)",
    "entry.gone": "the entry {id} no longer exists (was it deleted in another window?)",
    "import.future_stamp": "{field} {stamp} is in the future; a record from the future would win every later merge",
    "lookup.empty": "an empty name matches nobody",
    "lookup.ambiguous": "contact {query!r} is ambiguous: {candidates}; use the id",
    "lookup.ambiguous.more": " and {n} more",
    "lookup.unknown": "contact {query!r} not found; `shima list` shows every contact",
    "fit.unknown": "{text!r} is not a shima criterion; use {choices}",
}

JA: dict[str, str] = {}
