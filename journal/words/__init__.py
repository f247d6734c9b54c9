"""Every sentence a user reads, in English and Japanese, and the choice between them.

Each area of the program has a module here holding one dict, `WORDS`, from a message code to its
English and Japanese templates side by side (`{placeholders}`, str.format), with the stamp that
tells a translation written for an older English (`pairs.py`). `say()` looks a code up in the user's language;
`explain()` turns a `Problem` into its sentence. Nothing here imports the rest of shima, so any
front end may use it and the domain never needs to.

The language: the journal's `lang` setting, else `$SHIMA_LANG`, else the locale (`LC_ALL`,
`LC_MESSAGES`, `LANG` starting with `ja`), else English.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import timedelta
from functools import lru_cache
from string import Formatter

from . import actions, app, capture, cli, dates, help, importers, insights, money, records, store, textual, usage

LANGUAGES = ("en", "ja")
AREAS = (records, dates, money, capture, store, actions, insights, importers, cli, help, app, textual, usage)


def _merge(attribute: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for area in AREAS:
        for code, template in getattr(area, attribute).items():
            if code in merged:
                raise RuntimeError(f"message code {code!r} is defined twice ({area.__name__})")
            merged[code] = template
    return merged


CATALOGUES: dict[str, dict[str, str]] = {"en": _merge("EN"), "ja": _merge("JA")}


def choose_language(setting: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The journal's setting, else $SHIMA_LANG, else the locale, else English."""
    environ = os.environ if environ is None else environ
    if setting in LANGUAGES:
        return setting
    chosen = environ.get("SHIMA_LANG", "").strip().lower()[:2]
    if chosen in LANGUAGES:
        return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:  # the first one set decides, as the C library does
            return "ja" if value.lower().startswith("ja") else "en"
    return "en"


class _Lenient(dict):
    """Missing placeholders show as {name} instead of raising: a message is never lost."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def say(code: str, lang: str = "en", /, **params: object) -> str:
    """The sentence for `code` in `lang` (English when the code has no entry there)."""
    catalogue = CATALOGUES.get(lang, CATALOGUES["en"])
    template = catalogue.get(code) or CATALOGUES["en"].get(code)
    if template is None:
        raise KeyError(f"no message {code!r}")
    return Formatter().vformat(template, (), _Lenient(params))


def count(noun: str, n: int, lang: str) -> str:
    """`3 payments`, `1 payment`, `3回`: the count's form in the language (with thousands separators)."""
    code = f"count.{noun}.one" if n == 1 and f"count.{noun}.one" in CATALOGUES.get(lang, {}) else f"count.{noun}.other"
    return say(code, lang, n=f"{n:,}")


def duration(span: timedelta, lang: str) -> str:
    """A stretch of time as a person says it: `3 days`, `2 hours 5 minutes`, `7分`."""
    minutes = max(0, int(span.total_seconds() // 60))
    if minutes >= 24 * 60:
        return count("day", minutes // (24 * 60), lang)
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return count("minute", minutes, lang)
    if not minutes:
        return count("hour", hours, lang)
    return say("duration.hours_minutes", lang, hours=count("hour", hours, lang), minutes=count("minute", minutes, lang))


def explain(problem, lang: str = "en", field_names: Mapping[str, str] | None = None) -> str:
    """A Problem as one sentence.

    field_names maps record fields to the names the user saw (`{"met": "--met"}` on the command
    line), else a field is called by its label in the catalogue. A problem found in a record of a
    file (it has a `record_id`) names that record and the field as the file spells it."""
    from_file = "record" in problem.params
    params = {}
    for key, value in problem.params.items():  # a problem inside a problem: a file's bad record
        if hasattr(value, "code") and hasattr(value, "params"):
            value = explain(value, lang)
        elif isinstance(value, timedelta):  # (a clock's lead, a key's lifetime)
            value = duration(value, lang)
        params[key] = value
    if "candidates" in params:  # (name, id) pairs of a lookup that found several
        listed = "; ".join(f"{name} ({record_id})" for name, record_id in params["candidates"])
        more = params.get("more", 0)
        params["candidates"] = listed + (say("lookup.ambiguous.more", lang, n=more) if more else "")
    if "field" not in params:
        if problem.field is None:
            params["field"] = say("field.record", lang)
        elif from_file:
            params["field"] = problem.field
        else:
            params["field"] = (field_names or {}).get(problem.field) or field_label(problem.field, lang)
    sentence = say(problem.code, lang, **params)
    if from_file:
        record = say(f"record.{problem.params['record']}", lang)
        record_id = problem.params.get("record_id")
        where = (
            say("record.where", lang, record=record, id=repr(record_id))
            if record_id
            else say("record.where_no_id", lang, record=record)
        )
        sentence = where + sentence
    return sentence


def in_words(english: str, lang: str, area: str) -> str:
    """Another library's own English sentence (argparse's, Textual's) in `lang`.

    The catalogue holds such sentences verbatim as the English of codes starting with `area`; the
    code is found by the English text, and the sentence returned in `lang`. Text the catalogue does
    not hold is returned as it is."""
    code = _codes_by_english(area).get(english)
    return english if code is None else CATALOGUES[lang].get(code, english)


@lru_cache(maxsize=8)
def _codes_by_english(area: str) -> dict[str, str]:
    return {template: code for code, template in CATALOGUES["en"].items() if code.startswith(area)}


def field_label(field: str, lang: str = "en") -> str:
    """A record field as a person reads it ("how you met"), or its own name if it has no label."""
    code = f"field.{field}"
    return say(code, lang) if code in CATALOGUES["en"] else field


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}
