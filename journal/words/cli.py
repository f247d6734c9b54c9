"""Messages of the cli area: code -> template, in English (EN) and Japanese (JA)."""

EN: dict[str, str] = {}

JA: dict[str, str] = {}
