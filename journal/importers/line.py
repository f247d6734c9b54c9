"""LINE talk histories (トーク履歴を送信 / Send chat history) read into talks: who wrote how much on which day.

The file starts with a header naming the chat, `[LINE] 山田太郎とのトーク履歴` (a chat with one person),
`[LINE] 大学の友達のトーク履歴` (a group), `[LINE] Chat history with Taro` / `in Friends`, and a
`保存日時：` / `Saved on:` line. Then each day starts with a date line and its messages follow:

- the phone layout: `2024/01/15(月)` or `2024/01/15(Mon)`, then `HH:MM<TAB>name<TAB>text`;
- the PC layout: `2023.06.24 土曜日` or `2023.06.24 Saturday`, then `HH:MM name text`.

Times may be `午後3:04` or `3:04 PM`; only the day matters here, so they are matched, not read. A
message with line breaks is written in double quotes (`"line 1` ... `line 2"`). It counts once, as
any message does: a line that is neither a date line nor starts like a message is part of the
message before it, whatever its quotes. So nothing depends on a quote being closed, and a message
that merely starts with a quote costs nothing after it. The one line inside a message that cannot be
told from LINE's own is one that starts like a message (in the PC layout, "12:00 lunch" in a
schedule): it counts as a message of "lunch", a name the user will see in the dry run and ignore,
rather than a rule that could swallow real messages without a trace.

What counts as a message (the person did reach out) and what does not:

- counted: text, stickers ([スタンプ]/[Sticker]), photos, videos, files, albums, notes, voice
  messages, locations, contacts ([写真], [動画], [ファイル], [アルバム], [ノート], ...), and calls (☎ 通話時間,
  ☎ Call time, missed and cancelled calls): a call, answered or not, is the caller reaching out;
- not counted: a message taken back (メッセージの送信を取り消しました / unsent a message: LINE removes the
  message itself), and LINE's own notices: joined, left, invited, the group renamed. In the phone
  layout a notice has no name column (`HH:MM<TAB>text`); in the PC layout it is recognised by its
  wording (see `_NOTICE_ENDINGS`).

Names in the PC layout. `HH:MM name text` separates the name from the text with a space, and names
may have spaces themselves ("山田 太郎"). The name of a line is, in this order:
1. the longest known name the line starts with (followed by a space): the other person's, from the
   header of a chat with one person; every name in a joined, left, invited or unsent notice; and the
   names the caller passes (those the journal already knows, the user's own among them);
2. else, the words every line starting with the same first word has in common, as long as these
   lines are not all the same and every one keeps at least one word of text: "Taro Yamada おはよう"
   and "Taro Yamada [スタンプ]" make "Taro Yamada";
3. else the first word. So two unknown people with the same first word count as one, and a person
   who wrote only one line (or the same line every time) is known by their first word.

Speed: a year of chats with a hundred people is about 50 MB. The text is cut at its date lines and
each day's messages are found by one regular expression and counted by a Counter, both in C; no
object is made per message. tests/fixtures/talks/time_line_export.py times it: about 0.6 s of
processor time for 50 MB in the phone layout, 0.9 s in the PC layout (which also learns names).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from .fields import decode_text
from .people import ImportProblem, Skipped
from .talks import LINE_HEADER, ParsedTalks, chat_result, chunks, line_number

_TIME = r"(?:午前|午後)?\d{1,2}:\d{2}(?:[ \u202f]?[AaPp][Mm])?"
_WEEKDAY = r"(?:[日月火水木金土]|Sun|Mon|Tue|Wed|Thu|Fri|Sat)"
_WEEKDAY_LONG = r"(?:[日月火水木金土]曜日|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)"
_DATE = rf"(?:\d{{4}}/\d{{1,2}}/\d{{1,2}}\({_WEEKDAY}\)|\d{{4}}\.\d{{1,2}}\.\d{{1,2}} {_WEEKDAY_LONG})"
# Every line is matched by the newline before it (the text gets one in front): a pattern that starts
# with a plain character is searched for far faster than one that starts with ^.
_DATE_LINE = re.compile(rf"\n({_DATE})[ \t]*(?=\n|$)")  # the date as written, kept by split()
_YMD = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")


_UNSENT = "メッセージの送信を取り消しました"
# The messages of one day (the text between two date lines): (name, taken back) in the phone layout,
# the message's first line (name and text) in the PC layout.
_PHONE = re.compile(rf"\n{_TIME}\t([^\t\n]+)\t(?:((?:\1が)?{_UNSENT}|(?:\1 |You )?[Uu]nsent a message\.?)[ \t]*(?=\n|$)|[^\n]*)")
_PC = re.compile(rf"\n{_TIME}[ \t]([^\n]*)")
_TIMED = re.compile(rf"^{_TIME}([\t ])", re.MULTILINE)

# LINE's notices in the PC layout, by their ending (with and without the full stop)
_NOTICES = (
    "がグループに参加しました",
    "がグループを退会しました",
    "が退会しました",
    "をグループに招待しました",
    "招待をキャンセルしました",
    _UNSENT,
    "joined the group",
    "left the group",
    "to the group",
    "unsent a message",
)
_NOTICE_ENDINGS = tuple(ending + stop for ending in _NOTICES for stop in ("", "。", "."))
# The names in a notice: "AがBをグループに招待しました。", "A joined the group.", ...
_NOTICE = re.compile(
    rf"(?:{_TIME}[ \t]+)?(?:"
    rf"(.+?)が(?:グループに参加しました|グループを退会しました|退会しました|{_UNSENT})"
    r"|(.+?)が(.+?)をグループに招待しました"
    r"|(.+?) (?:joined the group|left the group|unsent a message)"
    r"|(.+?) invited (.+?) to the group"
    r")[。.]?[ \t]*"
)
_NOTICE_WORDS = ("参加しました", "退会しました", "招待しました", _UNSENT, "the group", "unsent a message")
_UNKNOWN = "\x00"  # marks a count kept under a first word until the whole name is known


def parse(
    data: bytes,
    today: date,
    progress: Callable[[int, int], None] | None = None,
    known_names: Iterable[str] = (),
) -> ParsedTalks:
    text = "\n" + decode_text(data).replace("\r\n", "\n")  # a newline in front: see _DATE_LINE
    first = text.lstrip()[:1000].split("\n", 1)[0]
    header = LINE_HEADER.fullmatch(first.strip())
    title, one_to_one = "", False
    if header is not None:
        title = (header["ja"] or header["en"]).strip()
        one_to_one = header["kind"] == "との" or header["en_kind"] == "with"
    if header is None and _DATE_LINE.search(text) is None:
        raise ImportProblem("import.not_line")
    timed = _TIMED.search(text)
    reader = _Reader(text, today)
    if timed is None or timed[1] == "\t":
        days = reader.phone(progress)
        names = str.strip
    else:
        known = {*known_names, *_notice_names(text), *([title] if one_to_one else [])}
        days, names = reader.pc(progress, {name.strip() for name in known if name.strip()})
    return chat_result("line", title, days, reader.skipped, names)


class _Reader:
    """One pass over the days of a file, counting messages per day and name; what it cannot place
    (messages before the first date line, an impossible date, a day after today) it reports.

    The text is cut at its date lines and each day's messages are counted by the regular
    expression and a Counter, in C: Python sees each distinct writer (or, in the PC layout, each
    distinct first line) of a day once, not each message."""

    def __init__(self, text: str, today: date) -> None:
        self.text, self.today = text, today
        self.skipped: list[Skipped] = []
        self.days: list[tuple[date, dict[str, int]]] = []

    def messages(self, pattern: re.Pattern[str], progress) -> Iterator[tuple[dict[str, int], Counter]]:
        """Each day's counters to fill, with what `pattern` found in that day's text, counted."""
        for piece in chunks(self.text, _DATE_LINE, progress):
            undated, *days = _DATE_LINE.split(piece)
            if pattern.search(undated):
                self._skip("import.skip.talk_no_day", self._line(_TIMED.search(self.text).start()))
            for written, text in zip(days[::2], days[1::2], strict=True):
                counts = self.day(written)
                if counts is not None:
                    yield counts, Counter(pattern.findall(text))

    def day(self, written: str) -> dict[str, int] | None:
        """The counters of the day a date line names, or None (and a report) when its messages
        cannot be placed."""
        year, month, day = map(int, _YMD.match(written).groups())
        try:
            when = date(year, month, day)
        except ValueError:
            self._skip("import.skip.talk_bad_date", self._line_of(written))
            return None
        if when > self.today:
            self._skip("import.skip.talk_future", self._line_of(written), day=when.isoformat())
            return None
        counts: dict[str, int] = {}
        self.days.append((when, counts))
        return counts

    def phone(self, progress) -> list[tuple[date, dict[str, int]]]:
        for counts, found in self.messages(_PHONE, progress):
            for (name, taken_back), n in found.items():
                if not taken_back:
                    counts[name] = counts.get(name, 0) + n
        return self.days

    def pc(self, progress, known: set[str]) -> tuple[list[tuple[date, dict[str, int]]], Callable[[str], str]]:
        knowns = re.compile("(" + "|".join(map(re.escape, sorted(known, key=len, reverse=True))) + ")(?= |$)") if known else None
        # first word -> [the words all its lines share, its first line, whether its lines differ, its shortest line]
        groups: dict[str, list] = {}
        for counts, found in self.messages(_PC, progress):
            for line, n in found.items():
                line = line.rstrip()
                if line.endswith(_NOTICE_ENDINGS):
                    continue
                known_name = knowns.match(line) if knowns is not None else None
                if known_name is not None:
                    key = known_name[1]
                else:
                    head = line.partition(" ")[0]
                    key = _UNKNOWN + head
                    group = groups.get(head)
                    if group is None:
                        groups[head] = [line, line, False, line]
                    elif line != group[1]:
                        _learn(group, line)
                counts[key] = counts.get(key, 0) + n
        learned = {_UNKNOWN + head: _learned_name(head, group) for head, group in groups.items()}
        return self.days, lambda key: learned.get(key, key)

    def _line_of(self, written: str) -> int:
        return self._line(self.text.find("\n" + written) + 1)

    def _line(self, position: int) -> int:
        """The line of a position in the file (the newline put in front of its text is not a line)."""
        return line_number(self.text, position) - 1

    def _skip(self, code: str, number: int, **params) -> None:
        self.skipped.append(Skipped(f"line {number}", code, {"number": number, **params}))


def _learn(group: list, line: str) -> None:
    """Narrow the words the lines of one first word share to those this (different) line shares too."""
    group[2] = True
    shared = group[0]
    if not (line.startswith(shared) and (len(line) == len(shared) or line[len(shared)] == " ")):
        group[0] = _common_words(shared, line)
    if len(line) < len(group[3]):
        group[3] = line


def _common_words(a: str, b: str) -> str:
    words_a, words_b = a.split(" "), b.split(" ")
    n = 0
    while n < min(len(words_a), len(words_b)) and words_a[n] == words_b[n]:
        n += 1
    return " ".join(words_a[:n])


def _learned_name(head: str, group: list) -> str:
    """The words all lines share, when the lines differ, less the last word when a line is nothing
    but those words (every line keeps a word of text). Every line starts with the shared words, so
    only the shortest line can be all of them."""
    shared, _, differ, shortest = group
    if not differ:
        return head
    if shortest == shared and " " in shared:
        return shared.rsplit(" ", 1)[0]
    return shared


def _notice_names(text: str) -> set[str]:
    """Every name in LINE's notices (joined, left, invited, unsent), found by their words first so
    the 50 MB of other lines cost a scan for a few words, not a regular expression each."""
    names: set[str] = set()
    for word in _NOTICE_WORDS:
        at = text.find(word)
        while at != -1:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end == -1 else end
            notice = _NOTICE.fullmatch(text, start, end)
            if notice is not None:
                names.update(name.strip() for name in notice.groups() if name)
            at = text.find(word, end)
    return names
