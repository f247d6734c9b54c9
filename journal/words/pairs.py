"""Each sentence's English and Japanese side by side, and what tells a translation gone stale.

A catalogue entry is `code: (english, japanese, stamp)`: the stamp is the first six hex digits of
the SHA-1 of the English the Japanese was written for. Change the English and the stamp no longer
matches (tests/test_words.py says which codes), until the Japanese is looked at again and the
stamp renewed with `python -m journal.words.pairs`. Japanese is None only for forms the language
does not have (the singular of a count).
"""

from __future__ import annotations

import hashlib

Pair = tuple[str, str | None, str]


def stamp(english: str) -> str:
    """The stamp of the English a translation was written for."""
    return hashlib.sha1(english.encode("utf-8")).hexdigest()[:6]


def languages(words: dict[str, Pair]) -> tuple[dict[str, str], dict[str, str]]:
    """The English and the Japanese catalogues of one area, as `say()` looks them up."""
    english = {code: pair[0] for code, pair in words.items()}
    japanese = {code: pair[1] for code, pair in words.items() if pair[1] is not None}
    return english, japanese


def stale(words: dict[str, Pair]) -> list[str]:
    """Codes whose Japanese was written for another English than today's."""
    return [code for code, (english, japanese, mark) in words.items() if japanese is not None and stamp(english) != mark]


def _renew(path: str) -> int:
    """Rewrite the stamps of one catalogue module whose Japanese was checked against its English."""
    import importlib
    import re

    module = importlib.import_module(path)
    with open(module.__file__, encoding="utf-8") as handle:
        source = handle.read()
    renewed = 0
    for code in stale(module.WORDS):
        english, _, old = module.WORDS[code]
        new = stamp(english)
        pattern = re.compile(rf'("{re.escape(code)}": \(.*?)"{old}"(,\s*\),)', re.S)
        source, n = pattern.subn(lambda found, new=new: f'{found.group(1)}"{new}"{found.group(2)}', source, count=1)
        renewed += n
    with open(module.__file__, "w", encoding="utf-8") as handle:
        handle.write(source)
    return renewed


if __name__ == "__main__":  # python -m journal.words.pairs journal.words.cli ...: after checking their Japanese
    import sys

    for name in sys.argv[1:]:
        print(f"{name}: {_renew(name)} stamps renewed")
