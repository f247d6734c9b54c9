"""One typed line, in the words you think in, turned into what it means (issue 22, points 1 and 3).

    yesterday: lunch with @tanaka, he introduced a client #referral #received ¥30,000
    先週の金曜：@佐藤 @たなか と打ち合わせ #協業 3万円
    @kenji salon fee #paid 9800 > next friday ask about the autumn seminar

The grammar, every part optional (README "Log it in one line" has the tables):

- **When**: a leading WHEN and `:` or `：` (anything `dates.parse_when` reads) dates the line; else
  today. A colon between two digits (10:30) is a time, never the end of a date. A prefix shima reads
  as a date but not as one day (`2026-02-30:`, `june:`) refuses the line with the date's reason, so a
  mistyped date never slips into the text; a prefix that is no date at all (`memo:`) is text.
- **People**: `@name`, `@"Sato Ken"`, `@「佐藤 健」`: found as `-c` finds them (`lookup`). A mention
  ends at a space or punctuation; `@佐藤さんと` is 佐藤: an honorific (さん, 様, くん, ちゃん, 氏,
  先生…) or a particle (と, に, へ, の, から…) after a name ends it. Since a hiragana name may itself
  end in one (あやの, まこと), the whole word is tried first, then each shorter reading (cut before an
  honorific, a particle or a change of script: あやの|資料, kenji|さん): the first that names one
  contact wins, an ambiguous one stops there (`resolve_mentions`).
- **What it was**: `#` words (`VOCABULARY`, English and Japanese) give the direction, the kind, or both
  (`#paid` = gave + money). A kind alone takes its usual direction (`USUAL_DIRECTION`); no word at all
  is a note (a touch). A `#word` of your own stays in the text as a hashtag, unless it is a near miss
  of one of shima's (`#recieved`), which is refused with the word meant.
- **Money**: an amount with a sign, a currency word or a kanji unit (`¥30,000`, `30000円`, `3万`,
  `$12.50`, `500 USD`) anywhere; a bare number (`9800`) only on a line with a contribution or sale
  word, and only standing alone at the end of a phrase (nothing but the end, a `#` word, a comma or a
  stop after it), so `met 2 people`, `3 hours #labor` and `lunch for 2 @x` keep their numbers as text.
- **A promise**: `>` standing alone starts one of mine to the people mentioned, `<` one of theirs to me
  (as the app's → gave and ← received), due on the WHEN that follows (`dates.parse_due`, counted
  from the line's day), to the end of the line: `@kenji > friday send the deck`. `#` kind words in it
  give the promise's kind. A line that is only people and a promise records the promise alone.
- **The text** is what is left, as typed: the date, the `#` words, the amount and the promise are
  taken out, a mention loses its `@` (and quotes) but keeps its name, so the entry still reads as the
  sentence written ("lunch with tanaka, he introduced a client"), whichever way the name was cut.

No I/O and no words: every refusal is a Problem with a code (`CaptureProblem`, `dates.DateError`,
`money.AmountError`, `lookup.LookupProblem`). A front end does, in short::

    captured = parse_line(line, today, settings.currency)     # refusals: Problem
    found = resolve_mentions(captured, contacts)              # each: found, unknown or ambiguous
    # the app opens a picker on each r.ambiguous; the command line refuses them all:
    ids = contact_ids(found)                                  # raises the first unknown or ambiguous
    if captured.has_entry:
        actions.log_entry(journal, captured.entry_fields(ids))
    if captured.promise:                                      # mine or theirs, due, text, kind
        ...                                                   # the promise's own use case, with ids
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .dates import DateError, parse_due, parse_when
from .lookup import LookupProblem, resolve_contact
from .money import AmountError, parse_amount
from .problems import Problem
from .records import CURRENCIES, MAX_TEXT_CHARS, Contact, Direction, Kind


class CaptureProblem(Problem):
    """A line refused as a whole: two directions or kinds or amounts, a kind on a note, a near-miss
    `#` word, an amount no word explains, a promise with no due day, an empty line."""


# ----- the # words ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Meaning:
    """What a # word says: a direction (#gave, and #paid's gave), a kind (#referral), or both."""

    direction: Direction | None
    kind: Kind | None


_GAVE, _RECEIVED, _MUTUAL = Direction.GAVE, Direction.RECEIVED, Direction.MUTUAL
_TABLE = (  # meaning, English spellings, Japanese spellings: the README's table, in this order
    (Meaning(_GAVE, None), ("gave",), ("あげた", "提供")),
    (Meaning(_RECEIVED, None), ("received",), ("もらった", "いただいた")),
    (Meaning(_MUTUAL, None), ("mutual",), ("お互い", "相互")),
    (Meaning(Direction.NOTE, None), ("note",), ("メモ",)),
    (Meaning(Direction.SALE, None), ("sale",), ("売上", "売り上げ")),
    (Meaning(None, Kind.REFERRAL), ("referral",), ("紹介",)),
    (Meaning(None, Kind.COLLABORATION), ("collaboration", "collab"), ("協業", "コラボ")),
    (Meaning(None, Kind.INFORMATION), ("information", "info"), ("情報",)),
    (Meaning(None, Kind.IDEA), ("idea",), ("アイデア", "アイディア")),
    (Meaning(None, Kind.SUPPORT), ("support",), ("応援", "支援")),
    (Meaning(None, Kind.MONEY), ("money",), ("お金",)),
    (Meaning(None, Kind.LABOR), ("labor", "labour"), ("作業", "無償")),
    (Meaning(None, Kind.OTHER), ("other",), ("その他",)),
    (Meaning(_GAVE, Kind.MONEY), ("paid", "fee"), ("支払い", "会費", "払った")),
    (Meaning(_GAVE, Kind.REFERRAL), ("intro",), ("紹介した",)),
    (Meaning(_RECEIVED, Kind.REFERRAL), (), ("紹介された",)),
)
VOCABULARY: dict[str, Meaning] = {word: meaning for meaning, en, ja in _TABLE for word in (*en, *ja)}
HASH_WORDS: dict[str, tuple[str, ...]] = {  # for completion, per language, in the table's order
    "en": tuple(word for _, en, _ in _TABLE for word in en),
    "ja": tuple(word for _, _, ja in _TABLE for word in ja),
}
# A kind word alone: what you put in (money, labor) you gave; what is built together is mutual; what
# others bring you (a client, news, an idea, help) you received. Received is also the safe guess for
# the rest: a wrong "received" never marks anyone as a taker (issue 21.3).
USUAL_DIRECTION: dict[Kind, Direction] = {
    Kind.REFERRAL: _RECEIVED,
    Kind.COLLABORATION: _MUTUAL,
    Kind.INFORMATION: _RECEIVED,
    Kind.IDEA: _RECEIVED,
    Kind.SUPPORT: _RECEIVED,
    Kind.MONEY: _GAVE,
    Kind.LABOR: _GAVE,
    Kind.OTHER: _RECEIVED,
}
_NEAR_MISS = 0.8  # difflib's ratio: #recieved, #colab, #notes are near misses; #salon, #monday are hashtags

# ----- what was found ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """An `@` person: `typed` as written (kept in the text), `name` as the grammar reads it (the
    honorific or particle cut off), `tries` the readings looked up, longest first; `start`..`end`
    is its span in the line, `@` and quotes included."""

    typed: str
    name: str
    tries: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Promise:
    """`>` mine to the people mentioned, `<` theirs to me: due that day, with what and its kind."""

    mine: bool
    due: date
    text: str
    kind: Kind | None

    @property
    def direction(self) -> Direction:
        """The contribution it becomes once kept."""
        return _GAVE if self.mine else _RECEIVED


@dataclass(frozen=True, slots=True)
class Captured:
    """What one line means. `day_said` is False when the line named no date (today was taken);
    `has_entry` is False for a line that only makes a promise (`@kenji > friday send the deck`)."""

    day: date
    day_said: bool
    mentions: tuple[Mention, ...]
    direction: Direction
    kind: Kind | None
    value: int | float | None
    text: str
    words: tuple[str, ...]  # the # words understood, as typed
    promise: Promise | None
    has_entry: bool

    def entry_fields(self, contact_ids: list[str]) -> dict:
        """The fields `actions.log_entry` takes, with the people as their ids."""
        return {
            "date": self.day,
            "contacts": list(contact_ids),
            "direction": self.direction,
            "kind": self.kind,
            "value": self.value,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Resolved:
    """A mention looked up: found (`contact_id`), or not, with the lookup's problem (unknown, or
    ambiguous with its candidates as (name, id) pairs)."""

    mention: Mention
    contact_id: str | None = None
    problem: LookupProblem | None = None

    @property
    def ambiguous(self) -> bool:
        return self.problem is not None and self.problem.code == "lookup.ambiguous"

    @property
    def candidates(self) -> list[tuple[str, str]]:
        return list(self.problem.params.get("candidates", ())) if self.problem else []


@dataclass(frozen=True, slots=True)
class Token:
    """The `@…` or `#…` word at a cursor: `typed` is what follows the marker up to the cursor,
    `start` the marker's index and `end` where the word ends, for a completion to replace."""

    marker: str
    typed: str
    start: int
    end: int


# ----- characters -------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    """One character as the grammar sees it: NFKC (＃ is #, ３ is 3, ：is :) when that stays one
    character, so every index of the folded line is an index of the line as typed."""
    folded = unicodedata.normalize("NFKC", char)
    return folded if len(folded) == 1 else char


def _folded(line: str) -> str:
    return "".join(map(_fold, line))


_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』"}
_STOPS = frozenset(',;:!?()[]{}<>"“”/、。「」『』【】〈〉《》〔〕…')
_CLOSERS = frozenset(",.;:!?)]}、。」』】…")
_OPENERS = frozenset("([{「『【")
_GLUED = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.%+-&/")  # me@x.com, C#, &#1
_HONORIFICS = ("さん", "さま", "様", "くん", "君", "ちゃん", "氏", "先生")
_PARTICLES = ("から", "まで", "より", "と", "に", "へ", "の", "が", "は", "を", "も", "や", "で")
_LONGEST_NAME = 32  # characters; a longer reading of a mention is not looked up
_MOST_TRIES = 8
_LONGEST_WHEN = 30  # characters tried as a promise's due day
_DUE_PARTICLE = re.compile("(?:までに|まで|に)は?")


def _is_hiragana(char: str) -> bool:
    return "\u3041" <= char <= "\u309f"


def _script(char: str) -> str:
    """Hiragana, katakana, kanji or anything else: where one gives way to another, a name may end."""
    if _is_hiragana(char):
        return "hiragana"
    if "\u30a0" <= char <= "\u30ff":
        return "katakana"
    return "kanji" if unicodedata.name(char, "").startswith("CJK") or char == "々" else "other"


def _word_start(folded: str, at: int) -> bool:
    """Whether a marker at `at` starts a word: not glued to the letters before it (an e-mail, C#)."""
    return at == 0 or folded[at - 1] not in _GLUED


def _stops(folded: str, at: int) -> bool:
    char = folded[at]
    if char.isspace() or char in "@#" or char in _STOPS:
        return True
    after = folded[at + 1] if at + 1 < len(folded) else " "
    return char == "." and (after.isspace() or after in _STOPS or after in "@#")  # a full stop, not J.Smith


def _run_end(folded: str, at: int) -> int:
    while at < len(folded) and not _stops(folded, at):
        at += 1
    return at


def _shown(text: str) -> str:
    """Typed text as a refusal quotes it: one line, never a whole paste."""
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "\u2026"


# ----- the scan: markers and their words ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Mark:
    marker: str  # "@", "#", ">" or "<"
    start: int
    end: int
    body: tuple[int, int]  # the word after the marker (inside the quotes)
    quoted: bool = False


def _marks(line: str, folded: str, begin: int, *, lenient: bool) -> Iterator[_Mark]:
    """Every @ and # word and every standalone > or < from `begin`, in order. An open quote
    (`@"Sato`) is refused, or runs to the end of the line when `lenient` (a name being typed)."""
    at = begin
    while at < len(folded):
        char = folded[at]
        if char in "@#" and _word_start(folded, at):
            if char == "@" and at + 1 < len(folded) and folded[at + 1] in _QUOTES:
                close = folded.find(_QUOTES[folded[at + 1]], at + 2)
                if close == -1 and not lenient:
                    raise CaptureProblem("capture.open_quote", field="contacts", text=_shown(line[at:]))
                end = len(folded) if close == -1 else close + 1
                yield _Mark("@", at, end, (at + 2, close if close != -1 else end), quoted=True)
            else:
                end = _run_end(folded, at + 1)
                yield _Mark(char, at, end, (at + 1, end))
            at = max(end, at + 1)
            continue
        if char in "<>" and (at == begin or folded[at - 1].isspace()) and (at + 1 == len(folded) or folded[at + 1].isspace()):
            yield _Mark(char, at, at + 1, (at + 1, at + 1))
        at += 1


def _mention(line: str, folded: str, mark: _Mark) -> Mention | None:
    start, end = mark.body
    typed = line[start:end]
    if not typed.strip():
        return None  # `@` alone, `@""`: text
    if mark.quoted:
        return Mention(typed, typed.strip(), (typed.strip(),), mark.start, mark.end)
    cuts, name_end = set(), None
    for at in range(1, len(typed)):
        rest = folded[start + at : end]
        honorific = rest.startswith(_HONORIFICS) or rest in ("'s", "’s")
        if honorific or rest.startswith(_PARTICLES) or _script(folded[start + at - 1]) != _script(folded[start + at]):
            cuts.add(at)  # each a shorter reading to try: あやの|資料, kenji|打ち合わせ
        if honorific or rest.startswith(_PARTICLES):
            if name_end is None and (honorific or not _is_hiragana(folded[start + at - 1])):
                name_end = at  # after a hiragana letter a particle may be the name's own (あやの)
    name = typed[:name_end]
    readings = sorted({typed[:at] for at in cuts} | {typed}, key=len, reverse=True)
    tries = tuple(reading for reading in readings if len(reading) <= _LONGEST_NAME)[-_MOST_TRIES:]
    return Mention(typed, name, tries if name in tries else (*tries, name), mark.start, mark.end)


def _hash_word(line: str, folded: str, mark: _Mark) -> tuple[int, Meaning] | None:
    """Where a # word understood ends, and what it means; None for a hashtag of the person's own.
    `#協業で` is #協業 and its particle: a word of the vocabulary followed by hiragana."""
    start, end = mark.body
    key = folded[start:end].casefold()
    if not key:
        return None
    if key in VOCABULARY:
        return end, VOCABULARY[key]
    for word in _LONGEST_FIRST:
        if key.startswith(word) and _is_hiragana(key[len(word)]):
            return start + len(word), VOCABULARY[word]
    if near := _near_miss(key):
        raise CaptureProblem("capture.near_word", word=line[mark.start : end], suggestion="#" + near)
    return None


_LONGEST_FIRST = sorted(VOCABULARY, key=len, reverse=True)


@lru_cache(maxsize=1024)
def _near_miss(key: str) -> str | None:
    """The word of the vocabulary a hashtag nearly is (a line of hashtags asks once per tag)."""
    return next(iter(difflib.get_close_matches(key, VOCABULARY, n=1, cutoff=_NEAR_MISS)), None)


# ----- amounts ------------------------------------------------------------------------------------

_NUMBER = re.compile(
    r"(?:[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?[十百千万億兆])+(?:[0-9]+(?:\.[0-9]+)?)?"  # 3万, 2万5千, 1.5万
    r"|[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"  # 30000, 30,000, 12.50
    r"|[〇一二三四五六七八九十百千万億兆]+(?=\s?円)"  # 三千円
)
_SIGN_BEFORE = re.compile(r"(?:[A-Za-z]{1,3})?[¥$€£₩₹]\s?$")  # ¥, US$, CN¥ just before the number
_WORD_AFTER = re.compile(r"\s?(円|元|[ァ-ヶー]+|[A-Za-z]+(?![0-9_]))")  # 円, ドル, yen, USD just after it
_BARE_AFTER = ",.;!?、。)]」』"
_TAKEN, _NAMED = "\x00", "\x01"  # a # word or the date, and a mention, masked where amounts are looked for


@dataclass(frozen=True, slots=True)
class _Amount:
    start: int
    end: int
    value: int | float | None  # read already when marked; a bare number is read only if it counts
    marked: bool  # a sign, a currency word or a kanji unit says it is money


def _counted_unit(after: str) -> bool:
    """Whether a character after 3万 makes it a count of things (3万人, 3万件, 3万PV), not money."""
    return after in _GLUED or unicodedata.name(after, "").startswith(("CJK", "KATAKANA"))


def _money_word(word: str) -> bool:
    """Whether a word after a number may be a currency: three capitals only when an ISO code (so
    `2 CEO` and `3 DVD` stay text); parse_amount decides the rest (`500 yen`, but not `3 new`)."""
    return not (len(word) == 3 and word.isascii() and word.isupper() and word not in CURRENCIES)


def _read_amount(typed: str, currency: str, *, or_none: bool = False) -> int | float | None:
    """parse_amount, or None (with `or_none`) when the word beside the number is not money."""
    try:
        return parse_amount(typed, currency)
    except AmountError as problem:
        if or_none and problem.code == "amount.not_a_number":
            return None
        raise


def _amounts(line: str, masked: str, currency: str) -> Iterator[_Amount]:
    """Every number in the line that may be an amount, in order; `masked` is the folded line with
    the words already taken masked. A marked amount is read (and refused) here."""
    for number in _NUMBER.finditer(masked):
        start, end = number.span()
        sign = _SIGN_BEFORE.search(masked, max(0, start - 6), start)
        if sign and (sign.start() == 0 or masked[sign.start() - 1] not in _GLUED):
            yield _Amount(sign.start(), end, _read_amount(line[sign.start() : end], currency), marked=True)
            continue
        before = masked[start - 1] if start else " "
        if before in _GLUED or before in ":#@":
            continue  # v2, 2026-11-20, 15:00, #1
        word = _WORD_AFTER.match(masked, end)
        value = _read_amount(line[start : word.end()], currency, or_none=True) if word and _money_word(word[1]) else None
        if value is not None:
            yield _Amount(start, word.end(), value, marked=True)  # 30000円, 500 USD
        elif not number[0].isascii() or not number[0][-1].isdigit():  # a kanji unit: 3万, 3万で, never 3万人
            if not _counted_unit(masked[end] if end < len(masked) else " "):
                yield _Amount(start, end, _read_amount(line[start:end], currency), marked=True)
        else:
            rest = masked[end:].lstrip(" \t")
            if (before.isspace() or before in "([「『" + _TAKEN + _NAMED) and (not rest or rest[0] in _BARE_AFTER + _TAKEN):
                yield _Amount(start, end, None, marked=False)


def _amount(line: str, masked: str, currency: str, *, counts_bare: bool) -> _Amount | None:
    """The line's one amount: a marked one, else (on a line with a contribution or sale word) a bare
    number standing alone. Two of either kind are refused: nothing tells which is the value."""
    candidates = list(_amounts(line, masked, currency))
    found = [c for c in candidates if c.marked]
    if not found and counts_bare:
        found = [_Amount(c.start, c.end, _read_amount(line[c.start : c.end], currency), False) for c in candidates]
    if len(found) > 1:
        first, second = (_shown(line[c.start : c.end]) for c in found[:2])
        raise CaptureProblem("capture.two_amounts", field="value", first=first, second=second)
    return found[0] if found else None


# ----- the text -----------------------------------------------------------------------------------


class _Pieces:
    """The line with what the grammar took out: the spans taken (a gap in the text) and the
    mentions (their `@` and quotes dropped, the name kept)."""

    def __init__(self, line: str) -> None:
        self.line = line
        self.gaps: list[tuple[int, int]] = []
        self.names: list[tuple[int, int, int, int]] = []  # a mention's span and its name's

    def take(self, start: int, end: int) -> None:
        self.gaps.append((start, end))

    def name(self, mark: _Mark) -> None:
        self.names.append((mark.start, mark.end, *mark.body))

    def masked(self, end: int) -> str:
        """The folded line up to `end` with every taken word and name masked, for finding amounts."""
        masked = list(_folded(self.line[:end]))
        for mask, spans in ((_TAKEN, self.gaps), (_NAMED, self.names)):
            for start, stop, *_ in spans:
                masked[start : min(stop, end)] = mask * max(0, min(stop, end) - start)
        return "".join(masked)

    def text(self, start: int, end: int, *, names: bool = True) -> str:
        """The words between `start` and `end` as typed, each gap closed up tidily (one space where
        there was space, none before a comma or a stop); without the names when `names` is False."""
        spans = [(a, b, None) for a, b in self.gaps]
        spans += [(a, b, self.line[c:d] if names else None) for a, b, c, d in self.names]
        pieces: list[str | None] = []
        at = start
        for a, b, kept in sorted(span for span in spans if start <= span[0] < end):
            pieces += [self.line[at:a], kept]
            at = b
        pieces.append(self.line[at:end])
        return _joined(pieces)


def _joined(pieces: list[str | None]) -> str:
    """Pieces of text and gaps (None) as one tidy text."""
    out, gap, spaced = "", False, False
    for piece in pieces:
        if piece is None:
            gap = True
            continue
        if gap:
            spaced = spaced or out != out.rstrip() or piece != piece.lstrip()
            out, piece = out.rstrip(), piece.lstrip()
            if not out:
                piece = piece.lstrip(",;、， ")  # what was taken began the line: no comma left leading it
            if not piece:
                continue  # the gap goes on
            if out and spaced and piece[0] not in _CLOSERS and _fold(piece[0]) not in _CLOSERS and out[-1] not in _OPENERS:
                out += " "
            gap, spaced = False, False
        out += piece
    return out.strip()


# ----- the line ---------------------------------------------------------------------------------


def parse_line(line: str, today: date, currency: str) -> Captured:
    """What one captured line means, in a journal kept in `currency`; a Problem when it cannot be
    read without guessing (the grammar is in the module's docstring)."""
    if len(line) > MAX_TEXT_CHARS:
        raise CaptureProblem("capture.too_long", limit=MAX_TEXT_CHARS, length=len(line))
    folded = _folded(line)
    day, begin = _leading_date(line, folded, today)
    pieces = _Pieces(line)
    if begin:
        pieces.take(0, begin)  # the date: no amount in it, and not in the text
    marks = list(_marks(line, folded, begin, lenient=False))
    promise_at = next((mark for mark in marks if mark.marker in "<>"), None)
    main_end = promise_at.start if promise_at else len(line)
    mentions: list[Mention] = []
    main_words: list[tuple[str, Meaning]] = []
    promise_words: list[tuple[str, Meaning]] = []
    for mark in marks:
        if mark.marker == "@" and (mention := _mention(line, folded, mark)):
            mentions.append(mention)
            pieces.name(mark)
        elif mark.marker == "#" and (understood := _hash_word(line, folded, mark)):
            end, meaning = understood
            (main_words if mark.start < main_end else promise_words).append((line[mark.start : end], meaning))
            pieces.take(mark.start, end)

    direction, kind = _meaning(main_words)
    contribution_word = any(meaning != Meaning(Direction.NOTE, None) for _, meaning in main_words)
    amount = _amount(line, pieces.masked(main_end), currency, counts_bare=contribution_word)
    value = amount and amount.value
    if amount:
        pieces.take(amount.start, amount.end)
        if not main_words:
            raise CaptureProblem("capture.amount_needs_word", field="value", amount=_shown(line[amount.start : amount.end]))
    if direction == Direction.SALE and value is None:
        raise CaptureProblem("capture.sale_needs_amount", field="value")
    promise = _promise(line, folded, promise_at, promise_words, pieces, day or today) if promise_at else None
    text = pieces.text(begin, main_end)
    if not text and not main_words and value is None and promise is None:
        raise CaptureProblem("capture.empty")
    said_more = bool(pieces.text(begin, main_end, names=False) or main_words or value is not None)
    return Captured(
        day=day or today,
        day_said=day is not None,
        mentions=tuple(mentions),
        direction=direction,
        kind=kind,
        value=value,
        text=text,
        words=tuple(typed for typed, _ in main_words),
        promise=promise,
        has_entry=promise is None or said_more,
    )


def _leading_date(line: str, folded: str, today: date) -> tuple[date | None, int]:
    """The day a leading `WHEN:` names and where the rest begins; (None, 0) when there is none."""
    refused = None
    for at, char in enumerate(folded[:101]):
        if char != ":" or (0 < at < len(folded) - 1 and folded[at - 1].isdigit() and folded[at + 1].isdigit()):
            continue  # 10:30 is a time
        if any(marker in folded[:at] for marker in "@#<>"):
            break
        try:
            return parse_when(line[:at], today), at + 1
        except DateError as problem:
            if problem.code not in ("date.not_understood", "date.empty"):
                refused = refused or problem
    if refused:
        raise refused  # a date, but not one day: 2026-02-30, june
    return None, 0


def _meaning(words: list[tuple[str, Meaning]]) -> tuple[Direction, Kind | None]:
    """The direction and kind the line's # words give, refusing words that disagree."""
    directions = {meaning.direction for _, meaning in words if meaning.direction}
    kinds = {meaning.kind for _, meaning in words if meaning.kind}
    said = " ".join(typed for typed, _ in words)
    if len(directions) > 1:
        raise CaptureProblem("capture.two_directions", field="direction", words=said)
    if len(kinds) > 1:
        raise CaptureProblem("capture.two_kinds", field="kind", words=said)
    kind = next(iter(kinds), None)
    direction = next(iter(directions), None) or (USUAL_DIRECTION[kind] if kind else Direction.NOTE)
    if kind and direction == Direction.NOTE:
        raise CaptureProblem("capture.kind_on_note", field="kind", words=said)
    if kind and direction == Direction.SALE:
        raise CaptureProblem("capture.kind_on_sale", field="kind", words=said)
    return direction, kind or direction.default_kind


def _promise(line: str, folded: str, mark: _Mark, words: list[tuple[str, Meaning]], pieces: _Pieces, day: date) -> Promise:
    """The promise after a standalone `>` (mine) or `<` (theirs): its due day, counted from the
    line's day, then what is promised; `#` kind words in it give its kind."""
    mine = mark.marker == ">"
    start = mark.end
    while start < len(folded) and folded[start].isspace():
        start += 1
    due, when_end = _due(line, folded, start, day, mark.marker)
    said = " ".join([mark.marker, *(typed for typed, _ in words)])
    if {meaning.direction for _, meaning in words if meaning.direction} - {_GAVE if mine else _RECEIVED}:
        raise CaptureProblem("capture.two_directions", field="direction", words=said)
    kinds = {meaning.kind for _, meaning in words if meaning.kind}
    if len(kinds) > 1:
        raise CaptureProblem("capture.two_kinds", field="kind", words=said)
    rest = when_end + (when_end < len(folded) and folded[when_end] == ":")
    if not folded[when_end - 1].isascii() and (particle := _DUE_PARTICLE.match(folded, rest)):
        rest = particle.end()  # 来週の金曜までに: the particle belongs to the day, not to what is promised
    text = pieces.text(rest, len(line))
    if not text:
        raise CaptureProblem("capture.promise_empty", marker=mark.marker)
    return Promise(mine=mine, due=due, text=text, kind=next(iter(kinds), None))


def _due(line: str, folded: str, start: int, day: date, marker: str) -> tuple[date, int]:
    """The due day at `start` and where it ends: the longest stretch `parse_due` reads, ending at a
    space, a colon or a Japanese character (`> 来週の金曜に送る` is due 来週の金曜)."""
    limit = min(len(folded), start + _LONGEST_WHEN)
    limit = next((at for at in range(start, limit) if folded[at] in "@#"), limit)
    for end in range(limit, start, -1):
        if end < len(folded) and not (folded[end].isspace() or folded[end] == ":" or not folded[end].isascii()):
            if folded[end - 1].isascii():
                continue  # inside a word: `fri` of `friday`
        try:
            return parse_due(line[start:end], day), end
        except DateError as problem:
            if problem.code not in ("date.not_understood", "date.empty"):
                raise  # a day, but a past or impossible one
    raise CaptureProblem("capture.promise_due", field="due", marker=marker, text=_shown(line[start : start + _LONGEST_WHEN]))


# ----- people -------------------------------------------------------------------------------------


def resolve_mentions(captured: Captured, contacts: Iterable[Contact]) -> list[Resolved]:
    """Each mention looked up as `-c` looks a contact up, its readings longest first: the first that
    names one contact is it; an ambiguous one stops there (its candidates are who was meant);
    unknown when none names anyone."""
    everyone = list(contacts)
    return [_resolve(mention, everyone) for mention in captured.mentions]


def _resolve(mention: Mention, everyone: list[Contact]) -> Resolved:
    unknown = None
    for query in mention.tries:
        try:
            return Resolved(mention, contact_id=resolve_contact(everyone, query).id)
        except LookupProblem as problem:
            if problem.code == "lookup.ambiguous":
                return Resolved(mention, problem=problem)
            if query == mention.name:
                unknown = problem
    return Resolved(mention, problem=unknown)


def contact_ids(resolved: list[Resolved]) -> list[str]:
    """The contacts' ids in the order mentioned, each once; the first mention not found refuses
    them all (the command line's way: nothing written, the candidates named)."""
    for each in resolved:
        if each.problem is not None:
            raise each.problem
    return list(dict.fromkeys(each.contact_id for each in resolved))


# ----- completion ---------------------------------------------------------------------------------


def token_at(line: str, cursor: int) -> Token | None:
    """The `@…` or `#…` word the cursor is in or just after, for the capture bar to complete; a
    name still being typed inside quotes (`@"Sato K`) counts."""
    folded = _folded(line)
    for mark in _marks(line, folded, 0, lenient=True):
        if mark.marker in "@#" and mark.start < cursor <= mark.end:
            start, end = mark.body
            return Token(mark.marker, line[start : max(start, min(cursor, end))], mark.start, mark.end)
    return None
