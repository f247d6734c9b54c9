"""The journal file's layout (journal/store/layout.py): one record per line, entries in date order,
a checksum. Whatever sequence of changes the use cases make, the file stays splittable, its
checksum matches, each month is found where it is, and reading it through the fast path gives
exactly what a full validation of the same bytes gives. Files without the layout (hand-edited,
or from the previous release) are read whole and get the layout on the next write."""

from __future__ import annotations

import hashlib
import signal
import tempfile
from datetime import date, timedelta
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import actions
from journal.records import KINDS, Snapshot, ValidationError
from journal.store import Journal, JournalError, layout
from journal.store.document import FORMAT_VERSION, snapshot_from_document
from journal.store.journal import HEAD_SECTIONS
from journal.words import explain

FIRST_DAY = date(2025, 11, 1)
DAYS = 150  # five months across a new year
# December 9999 is left out: a known bug, see the last test of this file.
FAR_DAYS = [date(1, 1, 1), date(999, 12, 31), date(1000, 1, 1), date(2026, 2, 28), date(9999, 11, 30), date(9999, 12, 31)]
HOSTILE_TEXTS = [
    '"date":"1999-01-01"',
    '{"id":"e0","date":"2000-01-01"},\n',
    '\n],"entries":[\n',
    '\n],"checksum":"blake2b-128:00"}\n',
    "line\nbreak\r\nand\u2028separator",
    "佐藤\u3000花子 👩‍👩‍👧",
    "\x00\x1b[2J",
]

days = st.one_of(st.integers(0, DAYS).map(lambda n: FIRST_DAY + timedelta(days=n)), st.sampled_from(FAR_DAYS))
texts = st.one_of(st.sampled_from(HOSTILE_TEXTS), st.text(min_size=1, max_size=12).filter(str.strip))
operations = st.one_of(
    st.tuples(st.just("add"), days, texts, st.sampled_from(["note", "mutual", "sale"])),
    st.tuples(st.just("edit_text"), st.integers(0, 50), texts),
    st.tuples(st.just("move"), st.integers(0, 50), days),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("restore"), st.integers(0, 50)),
    st.tuples(st.just("add_contact"), texts),
    st.tuples(st.just("rename"), st.integers(0, 50), texts),
    st.tuples(st.just("reopen")),  # a new process: months stay bytes until used
    st.tuples(st.just("outside")),  # another process writes; the next change picks it up
)


def as_dicts(snapshot: Snapshot) -> tuple:
    return (
        snapshot.settings.to_dict(),
        sorted((c.to_dict() for c in snapshot.contacts), key=lambda c: c["id"]),
        sorted((e.to_dict() for e in snapshot.entries), key=lambda e: e["id"]),
    )


def data_checksum(covered: bytes) -> bytes:
    """The checksum field worked out here, not by layout.py: a digest of every byte before `,"checksum"`."""
    return b"sha256:" + hashlib.sha256(covered).hexdigest().encode()


def check_layout(path: Path) -> dict:
    """Every promise of the layout about the file at path; the parsed document."""
    data = path.read_bytes()
    sections = layout.split(data, HEAD_SECTIONS)
    assert sections is not None, "not in the layout"
    tail = data.rfind(layout.CHECKSUM_OPEN)
    assert data_checksum(data[: tail + 2]) == data[tail + len(layout.CHECKSUM_OPEN) : -len(layout.CHECKSUM_CLOSE)]
    flipped = bytearray(data)
    flipped[tail // 2] ^= 0x01  # any byte the checksum covers, changed: no longer trusted
    assert layout.split(bytes(flipped), HEAD_SECTIONS) is None
    document = orjson.loads(data)  # one JSON document, readable by any JSON tool
    # one record per line
    lines = data.split(b"\n")
    contacts_at = lines.index(b'],"entries":[')
    assert lines[0].startswith(layout.FORMAT_OPEN) and lines[0].endswith(b',"contacts":[')
    assert lines[-2].startswith(b'],"checksum":"') and lines[-1] == b""
    contact_lines, entry_lines = lines[1:contacts_at], lines[contacts_at + 1 : -2]
    for found, records in ((contact_lines, document["contacts"]), (entry_lines, document["entries"])):
        found = [line for line in found if line]
        assert [orjson.loads(line.removesuffix(b",")) for line in found] == records
    # entries in date order, and each month exactly where months() says
    dates = [e["date"] for e in document["entries"]]
    assert dates == sorted(dates)
    months = sections.months()
    assert set(months) == {d[:7] for d in dates}
    for month, chunk in months.items():
        assert orjson.loads(b"[" + bytes(chunk) + b"]") == [e for e in document["entries"] if e["date"][:7] == month], month
    # the fast read (checksum trusted, months kept as bytes) equals a full validation of the same bytes
    assert as_dicts(Journal(path).snapshot()) == as_dicts(snapshot_from_document(document))
    return document


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operations, min_size=1, max_size=12))
def test_any_sequence_of_changes_keeps_the_layout(steps):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.json"
        journal = Journal(path)
        people = [actions.add_contact(journal, {"name": name}).id for name in ("Sato", "Tanaka")]
        model: dict[str, tuple[str, str]] = {}  # id -> (date, text): the entries the file must hold
        names = {people[0]: "Sato", people[1]: "Tanaka"}  # id -> name: its contacts
        deleted: list = []
        for step in steps:
            kind = step[0]
            ids = sorted(model)
            before = path.read_bytes() if path.exists() else None
            try:
                if kind == "add":
                    _, day, text, direction = step
                    fields = {
                        "date": day,
                        "contacts": [] if direction == "note" else people,
                        "text": text,
                        "direction": direction,
                    }
                    fields |= {"mutual": {"kind": "idea"}, "sale": {"value": 30_000}}.get(direction, {})
                    made = actions.log_entry(journal, fields)
                    model[made.id] = (day.isoformat(), text)
                elif kind == "edit_text" and ids:
                    target = ids[step[1] % len(ids)]
                    actions.edit_entry(journal, target, {"text": step[2]})
                    model[target] = (model[target][0], step[2])
                elif kind == "move" and ids:
                    target = ids[step[1] % len(ids)]
                    actions.edit_entry(journal, target, {"date": step[2]})
                    model[target] = (step[2].isoformat(), model[target][1])
                elif kind == "delete" and ids:
                    target = ids[step[1] % len(ids)]
                    deleted.append(actions.delete_entry(journal, target).record)
                    del model[target]
                elif kind == "restore" and deleted:
                    back = deleted.pop(step[1] % len(deleted))
                    actions.restore_entry(journal, back)
                    model[back.id] = (back.date.isoformat(), back.text)
                elif kind == "add_contact":
                    made = actions.add_contact(journal, {"name": step[1]})
                    names[made.id] = step[1].strip()
                elif kind == "rename":
                    target = sorted(names)[step[1] % len(names)]
                    actions.edit_contact(journal, target, {"name": step[2]})
                    names[target] = step[2].strip()
                elif kind == "reopen":
                    journal = Journal(path)
                elif kind == "outside":
                    made = actions.log_entry(
                        Journal(path), {"date": FIRST_DAY, "contacts": [], "direction": "note", "text": "other"}
                    )
                    model[made.id] = (FIRST_DAY.isoformat(), "other")
                else:
                    continue
            except ValidationError:  # a name the rules refuse (nothing visible in it): nothing is written
                assert (path.read_bytes() if path.exists() else None) == before
                continue
            document = check_layout(path)
            assert {e["id"]: (e["date"], e["text"]) for e in document["entries"]} == model, step
            assert {c["id"]: c["name"] for c in document["contacts"]} == names, step
        assert {e.id: (e.date.isoformat(), e.text) for e in Journal(path).entries.values()} == model


# ----- files without the layout ------------------------------------------------------------------------


def filled(path: Path) -> Journal:
    journal = Journal(path)
    sato = actions.add_contact(journal, {"name": "Sato"})
    for day, text in ((date(2026, 3, 2), "march"), (date(2026, 1, 5), "january"), (date(2026, 11, 20), "november")):
        actions.log_entry(journal, {"date": day, "contacts": [sato.id], "direction": "gave", "kind": "idea", "text": text})
    return journal


def texts_of(path: Path) -> list[str]:
    return sorted(e.text for e in Journal(path).entries.values())


def test_a_hand_edited_file_is_validated_whole_and_rewritten_in_the_layout(tmp_path):
    path = tmp_path / "journal.json"
    filled(path)
    edited = path.read_bytes().replace(b'"text":"march"', b'"text":"March, edited by hand"')
    edited = edited.replace(b'"date":"2026-01-05"', b'"date":"2026-12-24"')  # now out of date order
    path.write_bytes(edited)
    assert layout.split(edited, HEAD_SECTIONS) is None  # the checksum no longer matches
    journal = Journal(path)
    assert texts_of(path) == ["March, edited by hand", "january", "november"]
    assert journal.state.complete  # read and validated whole, not trusted month by month
    actions.add_contact(journal, {"name": "Tanaka"})
    document = check_layout(path)
    assert [(e["date"], e["text"]) for e in document["entries"]] == [
        ("2026-03-02", "March, edited by hand"),
        ("2026-11-20", "november"),
        ("2026-12-24", "january"),
    ]


@pytest.mark.parametrize(
    ("old", "new", "sentence"),
    [
        (b'"kind":"idea"', b'"kind":"gift"', "entry {id!r}: kind must be one of " + ", ".join(KINDS)),
        (b'"value":null', b'"value":-5', "entry {id!r}: value must be a number from 0 to 999,999,999,999, or null"),
        (
            b'"contacts":["',
            b'"contacts":["nobody","',
            "entry {id!r}: contacts names 'nobody', which is not a contact in the file",
        ),
    ],
)
def test_a_hand_edit_that_breaks_a_record_is_refused_even_with_the_layout_intact(tmp_path, old, new, sentence):
    path = tmp_path / "journal.json"
    filled(path)
    data = path.read_bytes()
    broken = data.replace(old, new, 1)
    assert broken != data
    path.write_bytes(broken)
    [first] = [e["id"] for e in orjson.loads(broken)["entries"][:1]]
    with pytest.raises(JournalError) as refused:
        Journal(path)
    assert explain(refused.value, "en") == f"{path}: " + sentence.format(id=first) + "; the file was left as it is"
    assert path.read_bytes() == broken


def test_a_file_without_its_checksum_line_is_read_whole(tmp_path):
    path = tmp_path / "journal.json"
    filled(path)
    data = path.read_bytes()
    without = data[: data.rfind(b',"checksum"')] + b"}\n"
    path.write_bytes(without)
    assert layout.split(without, HEAD_SECTIONS) is None
    assert texts_of(path) == ["january", "march", "november"]


def test_a_one_line_file_from_the_previous_release_opens_and_is_upgraded_on_the_next_write(tmp_path):
    path = tmp_path / "journal.json"
    old_release = filled(tmp_path / "source.json")
    document = actions.export_document(old_release)
    del document["exported_at"]
    document["version"] = 1  # 0.1.0 wrote version 1
    document["entries"].reverse()  # the previous release kept entries in the order they were added
    path.write_bytes(orjson.dumps(document))  # one line, no checksum: what the previous release wrote
    before = path.read_bytes()
    assert layout.split(before, HEAD_SECTIONS) is None and before.count(b"\n") == 0
    journal = Journal(path)
    assert texts_of(path) == ["january", "march", "november"]
    assert path.read_bytes() == before  # reading never rewrites
    actions.change_settings(journal, {"owner_goal": "ship it"})
    upgraded = check_layout(path)
    assert upgraded["settings"]["owner_goal"] == "ship it"
    assert [e["text"] for e in upgraded["entries"]] == ["january", "march", "november"]
    assert upgraded["contacts"] == document["contacts"]
    assert upgraded["entries"] == sorted(document["entries"], key=lambda e: e["date"])
    assert upgraded["version"] == FORMAT_VERSION
    assert Path(f"{path}.backup-{date.today().isoformat()}").read_bytes() == before  # the old file is kept
    [whole] = path.parent.glob("journal.json.backup-*-whole")  # and kept whole before its version changes
    assert whole.read_bytes() == before


# ----- known bugs --------------------------------------------------------------------------------------


class _Hung(Exception):
    pass


def _raise_hung(*_args):
    raise _Hung


def test_an_entry_in_the_last_month_of_year_9999_can_be_read_back(tmp_path):
    path = tmp_path / "journal.json"
    journal = Journal(path)
    for day in (date(2026, 1, 5), date(9999, 12, 31)):
        actions.log_entry(journal, {"date": day, "contacts": [], "direction": "note", "text": day.isoformat()})
    previous = signal.signal(signal.SIGALRM, _raise_hung)
    signal.setitimer(signal.ITIMER_REAL, 2)
    try:
        assert texts_of(path) == ["2026-01-05", "9999-12-31"]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
