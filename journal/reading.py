"""Readings (よみ) of contact names: finding 田中 by typing たなか, タナカ, ﾀﾅｶ or tanaka, and あいうえお順.

A kanji name cannot be found from the keyboard without its reading, and romaji has no single
spelling: 佐藤 (さとう) is typed `satou`, `sato`, `satoh` or `satō`; しんじ is `shinji` or `sinzi`.
So each side is reduced to one skeleton: the reading syllable by syllable in a Kunrei-like
romaji (し si, ち ti, つ tu, ふ hu, じ/ぢ zi, しゃ sya, ちゃ tya, じゃ zya), long vowels folded
(おう/おお/おー → o, うう → u, えい → e), ん written n and dropped before n-row kana (so `shinichi`,
`shin'ichi` and `shinnichi` all read しんいち). A romaji query is parsed like an input method
would (any of the usual spellings, `nn`/`n'`, doubled consonants, `tch`, `m` before b/m/p),
reduced the same way, and must occur in the reading's skeleton starting at a syllable, so `ka`
never finds a reading without a か sound and `ana` does not find たなか through "t-ana-ka".
Trailing letters of an unfinished syllable (`tanak`, `sh`) match as a prefix, so the list narrows
smoothly as each key is typed.

Kana queries are matched exactly (as hiragana) against the reading; any query also matches the
name itself as plain text (NFKC, case-folded), which is how English names are found.

Everything about a contact is computed once (`search_key`); a keystroke then costs a few
substring tests per contact, and the query's own analysis is cached.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .textsafe import folded

# ----- kana -----------------------------------------------------------------------------------

_KATA_TO_HIRA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
_SMALL_TO_LARGE = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")
_VOICE_MARKS = str.maketrans("", "", "\u3099\u309a")


def _is_hiragana(char: str) -> bool:
    return "\u3041" <= char <= "\u309f"


def _is_kana_text(text: str) -> bool:
    """Only kana (either script), long marks, middle dots and spaces: a name that is its own reading."""
    return bool(text.strip()) and all(_is_hiragana(c) or "\u30a1" <= c <= "\u30fc" or c.isspace() for c in text)


def to_hiragana(text: str) -> str:
    """NFKC (half-width katakana become full-width) and katakana as hiragana; anything else kept."""
    return unicodedata.normalize("NFKC", text).translate(_KATA_TO_HIRA)


def normalise_reading(text: str) -> str:
    """A reading as stored: NFKC, katakana as hiragana, spaces trimmed and single; "" stays ""."""
    return " ".join(to_hiragana(text).split())


# Each kana's skeleton. ぢ, づ, ゐ, ゑ share じ, ず, い, え: people type them either way; を and ウォ are both wo.
_KANA = {
    **dict(zip("あいうえお", "a i u e o".split(), strict=True)),
    **dict(zip("かきくけこがぎぐげご", "ka ki ku ke ko ga gi gu ge go".split(), strict=True)),
    **dict(zip("さしすせそざじずぜぞ", "sa si su se so za zi zu ze zo".split(), strict=True)),
    **dict(zip("たちつてとだぢづでど", "ta ti tu te to da zi zu de do".split(), strict=True)),
    **dict(zip("なにぬねの", "na ni nu ne no".split(), strict=True)),
    **dict(zip("はひふへほばびぶべぼぱぴぷぺぽ", "ha hi hu he ho ba bi bu be bo pa pi pu pe po".split(), strict=True)),
    **dict(zip("まみむめもやゆよ", "ma mi mu me mo ya yu yo".split(), strict=True)),
    **dict(zip("らりるれろわゐゑをんゔ", "ra ri ru re ro wa i e wo n vu".split(), strict=True)),
    **dict(zip("ぁぃぅぇぉゃゅょゎゕゖ", "a i u e o ya yu yo wa ka ke".split(), strict=True)),
}
# A kana and a small kana read together.
_COMBINED = {
    base + small: _KANA[base][:-1] + "y" + vowel
    for base in "きしちにひみりぎじぢびぴ"
    for small, vowel in zip("ゃゅょぇ", "auoe", strict=True)
}
_COMBINED.update(
    {
        **{"ふ" + s: "hw" + v for s, v in zip("ぁぃぇぉ", "aieo", strict=True)},
        **{"ゔ" + s: "v" + v for s, v in zip("ぁぃぇぉ", "aieo", strict=True)},
        **{"う" + s: "w" + v for s, v in zip("ぃぇぉ", "ieo", strict=True)},
        "いぇ": "ye",
        "てぃ": "thi",
        "でぃ": "dhi",
        "てゅ": "thu",
        "でゅ": "dhu",
        "とぅ": "twu",
        "どぅ": "dwu",
        "くぁ": "kwa",
        "ぐぁ": "gwa",
        "つぁ": "tsa",
        "つぃ": "tsi",
        "つぇ": "tse",
        "つぉ": "tso",
    }
)
_KANA_SOUND = {**_KANA, **_COMBINED}
_SMALL_FOLLOWERS = frozenset("ぁぃぅぇぉゃゅょゎ")
_VOWELS = frozenset("aeiou")

# ----- romaji ---------------------------------------------------------------------------------

_ROMAJI: dict[str, str] = {}


def _add(kana: str, *spellings: str) -> None:
    for spelling in spellings:
        _ROMAJI[spelling] = kana


for _kana, _sound in _KANA.items():
    if _kana not in "ゐゑをんぢづぁぃぅぇぉゃゅょゎゕゖ":
        _add(_kana, _sound)
for _kana, _sound in _COMBINED.items():
    if _kana[0] != "ぢ":  # dya, dyu, dyo below; zya is じゃ
        _add(_kana, _sound)
_add("し", "shi")
_add("ち", "chi")
_add("つ", "tsu")
_add("ふ", "fu")
_add("じ", "ji")
_add("ぢ", "di")
_add("づ", "du", "dzu")
_add("を", "wo")
for _vowel, _small in zip("auoe", "ゃゅょぇ", strict=True):
    _add("し" + _small, "sh" + _vowel)
    _add("ち" + _small, "ch" + _vowel, "cy" + _vowel)
    _add("じ" + _small, "j" + _vowel, "jy" + _vowel)
    _add("ぢ" + _small, "dy" + _vowel)
for _vowel, _small in zip("aieo", "ぁぃぇぉ", strict=True):
    _add("ふ" + _small, "f" + _vowel)
    _add("ゔ" + _small, "v" + _vowel)
for _vowel, _small in zip("aiueo", "ぁぃぅぇぉ", strict=True):
    _add(_small, "x" + _vowel, "l" + _vowel)
_add("っ", "xtu", "ltu", "xtsu", "ltsu")
_add("ゃ", "xya", "lya")
_add("ゅ", "xyu", "lyu")
_add("ょ", "xyo", "lyo")
_ROMAJI_PREFIXES = frozenset(spelling[:end] for spelling in _ROMAJI for end in range(1, len(spelling)))
_LONGEST_SPELLING = max(map(len, _ROMAJI))
# An unfinished syllable at the end of a query, as the start of its skeleton: "sh" may become
# し (si) or しゃ (sya), so it matches as "s".
_UNFINISHED = {"sh": "s", "ch": "t", "c": "t", "cy": "ty", "ts": "tu", "j": "z", "jy": "zy", "dy": "zy", "f": "h", "dz": "zu"}
_MACRONS = str.maketrans(
    {"ā": "aa", "ī": "ii", "ū": "uu", "ē": "ee", "ō": "ou", "â": "aa", "î": "ii", "û": "uu", "ê": "ee", "ô": "ou"}
)
_ROMAJI_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_SEPARATORS = frozenset(" '’-.・")


def _romaji_to_kana(text: str) -> tuple[list[str], str] | None:
    """Romaji as an input method reads it: (kana units, the unfinished syllable at the end).

    None when the text cannot be romaji (an English name such as "brown")."""
    units: list[str] = []
    i, end = 0, len(text)
    while i < end:
        char = text[i]
        after = text[i + 1] if i + 1 < end else ""
        if char in "-ー":
            units.append("ー")
            i += 1
            continue
        if char in _SEPARATORS:
            i += 1
            continue
        if char == "n" and (after in ("'", "’", "n") or (after and after not in _VOWELS and after != "y")):
            units.append("ん")
            i += 2 if after in ("'", "’", "n") else 1
            continue
        if char == "n" and not after:
            units.append("ん")  # "tan": た+ん, and as a skeleton also the start of たな
            break
        if char == "m" and after in ("b", "m", "p"):
            units.append("ん")  # Hepburn's homma, namba, kampo
            i += 1
            continue
        if char in _ROMAJI_LETTERS and char not in _VOWELS and (after == char or (char == "t" and after == "c")):
            units.append("っ")
            i += 1
            continue
        if char == "h" and units and after not in _VOWELS and after != "y" and _KANA_SOUND.get(units[-1], "")[-1:] in _VOWELS:
            units.append("ー")  # satoh, ohno
            i += 1
            continue
        for length in range(min(_LONGEST_SPELLING, end - i), 0, -1):
            kana = _ROMAJI.get(text[i : i + length])
            if kana is not None:
                units.append(kana)
                i += length
                break
        else:
            rest = text[i:]
            if rest in _ROMAJI_PREFIXES:
                return units, rest
            return None
    return units, ""


def _kana_units(text: str) -> list[str]:
    """Hiragana split into syllables (しゃ is one); romaji runs read as kana; other characters kept."""
    units: list[str] = []
    i, end = 0, len(text)
    while i < end:
        char = text[i]
        if char in _ROMAJI_LETTERS:
            j = i
            while j < end and (text[j] in _ROMAJI_LETTERS or text[j] == "'"):
                j += 1
            parsed = _romaji_to_kana(text[i:j])
            if parsed is not None and not parsed[1]:
                units.extend(parsed[0])
            else:
                units.extend(text[i:j])
            i = j
            continue
        pair = text[i : i + 2]
        if len(pair) == 2 and pair[1] in _SMALL_FOLLOWERS and pair in _COMBINED:
            units.append(pair)
            i += 2
            continue
        units.append(char)
        i += 1
    return units


def _skeleton(units: list[str], unfinished: str = "") -> tuple[str, frozenset[int]]:
    """The skeleton of kana units, and where each of its syllables starts."""
    out: list[str] = []
    starts: list[int] = []
    length = 0
    last_vowel = ""
    double = False
    for index, unit in enumerate(units):
        if unit == "っ":
            double = True
            continue
        if unit.isspace() or unit in _SEPARATORS:
            continue
        sound = _KANA_SOUND.get(unit)
        if sound is None and unit != "ー":
            sound = unit  # a kanji or digit left in a reading stands for itself
        if unit == "ー" or (
            sound in _VOWELS
            and last_vowel
            and (sound == last_vowel or (last_vowel, sound) in (("o", "u"), ("e", "i")))
            and not double
        ):
            continue  # a long vowel: さとう, さとー, さとお and sato are one name
        if unit == "ん" and index + 1 < len(units) and _KANA_SOUND.get(units[index + 1], "").startswith("n"):
            continue  # こんな: ん before the n-row is spelt n, nn or n'; written once here
        if double and sound[0] not in _VOWELS:
            starts.append(length)  # っ: "kka" and "ka" both start a syllable of がっか
            out.append(sound[0])
            length += 1
        double = False
        starts.append(length)
        out.append(sound)
        length += len(sound)
        last_vowel = sound[-1] if sound[-1] in _VOWELS else ""
    if unfinished:
        tail = _UNFINISHED.get(unfinished, unfinished)
        if tail[0] in "xl":
            tail = ""  # a small kana being typed: anything may follow
        if double and tail:
            tail = tail[0] + tail
        if tail:
            starts.append(length)
            out.append(tail)
    return "".join(out), frozenset(starts)


# ----- the key of a contact, and matching ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameKey:
    """What matching a contact needs, computed once: its folded name, reading and skeleton."""

    name: str  # folded(name)
    reading: str  # the reading as hiragana ("" when the contact has none)
    skeleton: str  # the reading's romaji skeleton
    starts: frozenset[int]  # where the skeleton's syllables start


def _effective_reading(name: str, reading: str | None) -> str:
    reading = normalise_reading(reading or "")
    if not reading and _is_kana_text(unicodedata.normalize("NFKC", name)):
        reading = normalise_reading(name)  # a name written in kana is its own reading
    return reading


def search_key(name: str, reading: str | None = None) -> NameKey:
    """The precomputed key of a contact; build it once, when the contact is loaded or changed."""
    hiragana = _effective_reading(name, reading)
    skeleton, starts = _skeleton(_kana_units(hiragana.casefold())) if hiragana else ("", frozenset())
    return NameKey(folded(name), hiragana, skeleton, starts)


@dataclass(frozen=True, slots=True)
class _Query:
    text: str  # folded, for the name
    kana: str  # as hiragana when the query is kana only, else ""
    skeleton: str  # when the query reads as romaji, else ""


@lru_cache(maxsize=256)
def _query(query: str) -> _Query:
    text = folded(query).strip()
    hiragana = to_hiragana(text)
    compact = "".join(hiragana.split())
    if compact and _is_kana_text(compact):
        return _Query(text, compact, "")
    romaji = "".join(text.translate(_MACRONS).split())
    if romaji and all(c in _ROMAJI_LETTERS or c in _SEPARATORS for c in romaji) and any(c in _ROMAJI_LETTERS for c in romaji):
        parsed = _romaji_to_kana(romaji)
        if parsed is not None:
            skeleton, _ = _skeleton(*parsed)
            return _Query(text, "", skeleton)
    return _Query(text, "", "")


def is_whole_word(key: NameKey, query: str) -> bool:
    """Whether the query is a whole word of the name or of the reading (kana or romaji): `satou`
    and `さとう` are a whole word of さとう はなこ, but only the start of さとみ."""
    q = _query(query)
    if q.text and q.text in key.name.split():
        return True
    for word in key.reading.split():
        if (q.kana and q.kana == word) or (q.skeleton and q.skeleton == _skeleton(_kana_units(word.casefold()))[0]):
            return True
    return False


def matches(key: NameKey, query: str) -> bool:
    """Whether a contact matches what was typed: part of its name, of its reading in kana, or of
    its reading in romaji (any usual spelling). An empty query matches every contact."""
    q = _query(query)
    if q.text in key.name:
        return True
    if not key.reading:
        return False
    if q.kana:
        return q.kana in key.reading
    skeleton = q.skeleton
    if not skeleton or skeleton not in key.skeleton:
        return False
    at = key.skeleton.find(skeleton)
    while at != -1:
        if at in key.starts:
            return True
        at = key.skeleton.find(skeleton, at + 1)
    return False


# ----- あいうえお順 ------------------------------------------------------------------------------


def _dictionary_form(reading: str) -> str:
    """A reading as a Japanese dictionary orders it first: voicing marks and small kana ignored,
    a long mark read as the vowel it lengthens."""
    plain = unicodedata.normalize("NFD", reading).translate(_VOICE_MARKS)
    plain = unicodedata.normalize("NFC", plain).translate(_SMALL_TO_LARGE)
    out: list[str] = []
    for char in plain:
        if char == "ー" and out:
            vowel = _KANA.get(out[-1], "")[-1:]
            char = "あいうえお"["aiueo".index(vowel)] if vowel in _VOWELS else char
        out.append(char)
    return "".join(out)


def sort_key(name: str, reading: str | None = None) -> tuple[str, str, str]:
    """Order for lists sorted あいうえお順: by reading (hiragana) where there is one, else by the
    folded name (so Latin names come first and kanji names without a reading last)."""
    hiragana = _effective_reading(name, reading)
    if hiragana:
        return (_dictionary_form(hiragana), hiragana, folded(name))
    return (folded(name), "", folded(name))
