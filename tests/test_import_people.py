"""Importing people (issue 14, point 1): `shima import FILE` brings a phone's, Google's or LinkedIn's
contacts in, run as a user runs it, on the files in tests/fixtures and on real files in tmp_path.

Re-running never duplicates (contacts remember their `sources`); a name already in the journal is
reported, never merged; --dry-run changes no byte; the real run is one write with a backup.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from conftest import GOOD_CONTACT, run_shima

from journal.records import ValidationError, contact_from_dict
from journal.store.document import read_head, snapshot_from_document
from journal.words import explain

FIXTURES = Path(__file__).parent / "fixtures"
PEOPLE_FILES = [
    "iphone_v3.vcf",
    "contacts_v4.vcf",
    "android_v21.vcf",
    "google_contacts.csv",
    "google_legacy.csv",
    "google_excel_cp932.csv",
    "linkedin_connections.csv",
]


def fixture(name: str) -> str:
    return str(FIXTURES / name)


def contacts_in(journal: Path) -> list[dict]:
    done = run_shima("list", "--json", "--archived", journal=journal)
    assert done.code == 0, done.err
    return json.loads(done.out)


def by_name(journal: Path) -> dict[str, dict]:
    return {contact["name"]: contact for contact in contacts_in(journal)}


def files(folder: Path) -> dict[str, bytes]:
    """Every file in the journal's folder with its bytes (the lock file is not data)."""
    if not folder.exists():
        return {}
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith(".lock")}


def assert_one_sentence(err: str) -> None:
    assert "Traceback" not in err, err
    assert err.startswith("shima: ") and err.endswith("\n") and err.count("\n") == 1, err


def vcard(*cards: str) -> bytes:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\n{card.strip()}\r\nEND:VCARD\r\n" for card in cards).encode()


# ----- each format, recognised from its content ------------------------------------------------------


def test_a_vcard_3_file_adds_its_people_as_peers_with_their_readings_and_sources(journal_path):
    done = run_shima("import", fixture("iphone_v3.vcf"), journal=journal_path)
    assert done.code == 0, done.err
    assert done.err == ""  # no progress line: stderr is not a terminal
    lines = done.out.splitlines()
    assert lines[0] == "9 people: 7 added, 2 cards skipped"
    assert lines[1:] == [
        "  Card 4 (田中 一郎) could not be read (a line in it is not a vCard line), so it was skipped.",
        "  Card 6 has no name, so it was skipped.",
    ]
    people = by_name(journal_path)
    assert set(people) == {"山田 太郎", "John Smith", "佐藤 花子", "株式会社ABC", "鈴木 一郎", "高橋 健", "Alice Brown"}
    taro = people["山田 太郎"]
    assert (taro["reading"], taro["tag"], taro["cadence_days"]) == ("やまだ たろう", "shima", None)  # CATEGORIES:shima
    assert taro["met"] == "株式会社山田商店 営業部, 代表取締役"
    assert taro["sources"] == [
        "linkedin:https://www.linkedin.com/in/taro-yamada",
        "email:taro.yamada@example.co.jp",
        "phone:09012345678",
        "phone:+81312345678",
    ]
    john = people["John Smith"]
    assert (john["tag"], john["cadence_days"]) == ("peer", None)
    assert john["sources"][0] == "vcard-uid:8D3F2C1A-6B1E-4D0B-9A51-1C2E3F4A5B6C"


def test_a_vcard_4_file_reads_sort_as_and_its_own_categories(journal_path):
    done = run_shima("import", fixture("contacts_v4.vcf"), journal=journal_path)
    assert done.code == 0, done.err
    assert done.out.splitlines() == [
        "3 people: 2 added, 1 card skipped",
        "  Card 3 has no END:VCARD line (the file ends or another card starts first), so it was skipped.",
    ]
    hanako = by_name(journal_path)["山田 花子"]
    assert (hanako["reading"], hanako["tag"]) == ("やまだ はなこ", "influencer")
    assert hanako["sources"][0] == "vcard-uid:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"


@pytest.mark.parametrize(
    ("name", "summary", "expected"),
    [
        ("google_contacts.csv", "5 people: 4 added, 1 row skipped", {"山田 太郎": "やまだ たろう", "John Smith": ""}),
        ("google_legacy.csv", "4 people: 3 added, 1 row skipped", {"伊藤 美咲": "いとう みさき", "Kenji Watanabe": ""}),
        ("google_excel_cp932.csv", "2 people: 2 added", {"髙橋 健": "たかはし けん", "渡辺 直美": "わたなべ なおみ"}),
    ],
)
def test_google_csv_with_either_header_and_in_cp932(journal_path, name, summary, expected):
    done = run_shima("import", fixture(name), journal=journal_path)
    assert done.code == 0, done.err
    assert done.out.splitlines()[0] == summary
    people = by_name(journal_path)
    assert {person: people[person]["reading"] for person in expected} == expected


def test_linkedin_connections_with_its_preamble(journal_path):
    done = run_shima("import", fixture("linkedin_connections.csv"), journal=journal_path)
    assert done.code == 0, done.err
    assert done.out.splitlines() == [
        "5 people: 4 added, 1 row skipped",
        "  Row 8: LinkedIn leaves out this connection's name and profile (their privacy settings), so it was skipped.",
    ]
    people = by_name(journal_path)
    assert people["Priya Shah"]["sources"] == ["linkedin:https://www.linkedin.com/in/priya-shah-4a5b6c"]
    assert people["Jane O'Neil, MBA"]["met"] == "LinkedIn: VP Sales at Acme, Inc."


# ----- re-running never duplicates -----------------------------------------------------------------


@pytest.mark.parametrize("name", PEOPLE_FILES)
def test_importing_the_same_file_twice_adds_nothing_the_second_time(journal_path, name):
    first = run_shima("import", fixture(name), journal=journal_path)
    assert first.code == 0, first.err
    before, journal_bytes = contacts_in(journal_path), journal_path.read_bytes()
    backups = sorted(journal_path.parent.glob("*.backup-*"))
    again = run_shima("import", fixture(name), journal=journal_path)
    assert again.code == 0, again.err
    assert contacts_in(journal_path) == before
    assert journal_path.read_bytes() == journal_bytes  # nothing changed, nothing written
    assert sorted(journal_path.parent.glob("*.backup-*")) == backups
    summary = again.out.splitlines()[0]
    assert f"{len(before)} already there, unchanged" in summary and "added" not in summary, summary


def test_a_phone_then_google_then_linkedin_fills_in_and_never_duplicates(journal_path):
    """The same people from three places: matched by e-mail, phone or profile, only what is new
    is filled in, and what the user typed is never overwritten."""
    assert run_shima("import", fixture("google_contacts.csv"), journal=journal_path).code == 0
    john = by_name(journal_path)["John Smith"]
    assert run_shima("edit", john["id"], "--notes", "my own words", "--met", "", journal=journal_path).code == 0
    dry = run_shima("import", fixture("iphone_v3.vcf"), "--dry-run", journal=journal_path)
    assert dry.code == 0, dry.err
    assert f"  John Smith ({john['id']}): would get how you met, where they came from" in dry.out.splitlines()
    done = run_shima("import", fixture("iphone_v3.vcf"), journal=journal_path)
    assert done.code == 0, done.err
    assert done.out.splitlines()[0] == "9 people: 3 added, 2 updated, 2 already there, unchanged, 2 cards skipped"
    people = by_name(journal_path)
    john = people["John Smith"]
    assert john["notes"] == "my own words"  # typed by the user: kept
    assert john["met"] == "Acme, Inc., Head of Sales"  # empty: filled in
    assert john["sources"][-1] == "vcard-uid:8D3F2C1A-6B1E-4D0B-9A51-1C2E3F4A5B6C"
    assert len(contacts_in(journal_path)) == 7
    linked = run_shima("import", fixture("linkedin_connections.csv"), journal=journal_path)
    assert linked.code == 0, linked.err
    taro_id = people["山田 太郎"]["id"]
    assert linked.out.splitlines() == [
        "5 people: 2 added, 1 already there, unchanged, 1 with the same name as a contact (not imported), 1 row skipped",
        f"  山田 太郎: same name as an existing contact ({taro_id}), not imported: decide by hand",
        "  Row 8: LinkedIn leaves out this connection's name and profile (their privacy settings), so it was skipped.",
    ]


def test_a_same_name_contact_is_reported_not_merged(journal_path):
    typed = run_shima("add", "佐藤　花子", "--met", "the neighbour", journal=journal_path)  # a full-width space
    assert typed.code == 0
    mine = typed.out.strip()
    done = run_shima("import", fixture("iphone_v3.vcf"), journal=journal_path)
    assert done.code == 0, done.err
    assert done.out.splitlines()[:2] == [
        "9 people: 6 added, 1 with the same name as a contact (not imported), 2 cards skipped",
        f"  佐藤 花子: same name as an existing contact ({mine}), not imported: decide by hand",
    ]
    people = contacts_in(journal_path)
    assert [p for p in people if p["name"].replace("\u3000", " ") == "佐藤 花子"] == [
        {**[p for p in people if p["id"] == mine][0], "met": "the neighbour", "sources": []}
    ]
    assert len(people) == 7


def test_two_people_of_one_name_in_a_file_are_two_contacts_and_one_card_listed_twice_is_one(journal_path, tmp_path):
    source = tmp_path / "phone.vcf"
    source.write_bytes(
        vcard(
            "FN:Ken Sato\r\nUID:ken-1\r\nEMAIL:ken@one.example",
            "FN:Ken Sato\r\nUID:ken-2\r\nEMAIL:ken@two.example",
            "FN:Ken Sato (work)\r\nUID:ken-1\r\nNOTE:met at the fair",
        )
    )
    done = run_shima("import", str(source), journal=journal_path)
    assert done.code == 0, done.err
    assert done.out == "3 people: 2 added, 1 listed twice in the file (taken as one)\n"
    people = contacts_in(journal_path)
    assert sorted(p["name"] for p in people) == ["Ken Sato", "Ken Sato"]
    first = next(p for p in people if "vcard-uid:ken-1" in p["sources"])
    assert first["notes"] == "met at the fair"
    again = run_shima("import", str(source), journal=journal_path)
    assert again.out == "3 people: 3 already there, unchanged\n"
    assert len(contacts_in(journal_path)) == 2


# ----- dry run, all or nothing --------------------------------------------------------------------------


def test_a_dry_run_lists_what_it_would_do_and_changes_no_byte(journal_path):
    assert run_shima("add", "Alice Brown", journal=journal_path).code == 0
    before = files(journal_path.parent)
    done = run_shima("import", fixture("iphone_v3.vcf"), "--dry-run", journal=journal_path)
    assert done.code == 0, done.err
    alice = by_name(journal_path)["Alice Brown"]["id"]
    assert done.out.splitlines() == [
        "9 people: 6 would be added, 1 with the same name as a contact (not imported), 2 cards skipped "
        "(dry run: nothing was changed)",
        "  山田 太郎: would be added as a new contact (shima)",
        "  John Smith: would be added as a new contact (peer)",
        "  佐藤 花子: would be added as a new contact (peer)",
        "  株式会社ABC: would be added as a new contact (peer)",
        "  鈴木 一郎: would be added as a new contact (influencer)",
        "  高橋 健: would be added as a new contact (peer)",
        f"  Alice Brown: same name as an existing contact ({alice}), not imported: decide by hand",
        "  Card 4 (田中 一郎) could not be read (a line in it is not a vCard line), so it was skipped.",
        "  Card 6 has no name, so it was skipped.",
    ]
    assert files(journal_path.parent) == before


def test_a_dry_run_on_no_journal_creates_none(journal_path):
    done = run_shima("import", fixture("linkedin_connections.csv"), "--dry-run", journal=journal_path)
    assert done.code == 0 and "4 would be added" in done.out
    assert files(journal_path.parent) == {}


def test_the_real_run_is_one_write_with_a_backup_of_the_journal_as_it_was(journal_path):
    assert run_shima("add", "Someone", journal=journal_path).code == 0
    before = journal_path.read_bytes()
    assert run_shima("import", fixture("iphone_v3.vcf"), journal=journal_path).code == 0
    [whole] = journal_path.parent.glob("journal.json.backup-*-whole")
    assert whole.read_bytes() == before
    assert len(contacts_in(journal_path)) == 8


def test_a_large_import_keeps_every_entry_and_contact_already_there(journal_path, tmp_path):
    """Hundreds of people are put in one pass (the state is rebuilt): nothing already there is lost."""
    first = run_shima("add", "Mika", "--notes", "typed", journal=journal_path).out.strip()
    assert run_shima("log", "--gave", "-c", first, "--kind", "idea", "an idea for Mika", journal=journal_path).code == 0
    assert run_shima("archive", first, journal=journal_path).code == 0
    source = tmp_path / "many.vcf"
    source.write_bytes(vcard(*(f"FN:Person {n}\r\nUID:p-{n}" for n in range(250)), "FN:Mika\r\nNOTE:from the phone"))
    done = run_shima("import", str(source), journal=journal_path)
    assert done.code == 0, done.err
    assert done.out.splitlines()[0] == "251 people: 250 added, 1 with the same name as a contact (not imported)"
    people = contacts_in(journal_path)
    assert len(people) == 251
    mika = next(p for p in people if p["id"] == first)
    assert (mika["notes"], mika["archived"]) == ("typed", True)
    [entry] = json.loads(run_shima("timeline", "--json", journal=journal_path).out)
    assert (entry["text"], entry["contacts"]) == ("an idea for Mika", [first])


def test_a_person_breaking_a_rule_is_left_out_with_the_reason(journal_path, tmp_path):
    source = tmp_path / "long.vcf"
    source.write_bytes(vcard("FN:" + "長" * 600, "FN:Fine Person"))
    done = run_shima("import", str(source), journal=journal_path)
    assert done.code == 0, done.err
    assert done.out.splitlines() == [
        "2 people: 1 added, 1 breaking a rule (not imported)",
        f"  {'長' * 600}: not imported: name is too long: 600 characters, at most 500",
    ]
    assert [p["name"] for p in contacts_in(journal_path)] == ["Fine Person"]


def test_names_from_a_file_are_shown_safely(journal_path, tmp_path):
    source = tmp_path / "hostile.vcf"
    source.write_bytes(vcard("FN:Evil\x1b[2J\x07 Name"))
    done = run_shima("import", str(source), "--dry-run", journal=journal_path)
    assert done.code == 0, done.err
    assert "\x1b" not in done.out and "\x07" not in done.out
    assert "  Evil␛[2J␇ Name: would be added as a new contact (peer)" in done.out.splitlines()


# ----- --format, and files that are none of these ---------------------------------------------------------


def test_format_forces_a_reader_the_content_alone_does_not_reveal(journal_path, tmp_path):
    source = tmp_path / "old-phone.vcf"
    source.write_bytes(b"Exported by OldPhone 1.0\r\n" + (FIXTURES / "contacts_v4.vcf").read_bytes())
    refused = run_shima("import", str(source), journal=journal_path)
    assert refused.code == 1 and refused.out == ""
    assert_one_sentence(refused.err)
    assert refused.err == (
        f"shima: {source}: shima cannot tell what kind of file this is: it reads a shima export, a vCard file "
        "(.vcf), a Google Contacts CSV and LinkedIn's Connections.csv.\n"
    )
    done = run_shima("import", str(source), "--format", "vcard", journal=journal_path)
    assert done.code == 0, done.err
    assert done.out.splitlines()[0] == "3 people: 2 added, 1 card skipped"


@pytest.mark.parametrize(
    ("name", "forced", "told"),
    [
        ("iphone_v3.vcf", "google", "is a vCard file, not a Google Contacts CSV"),
        ("google_contacts.csv", "linkedin", "is a Google Contacts CSV, not a LinkedIn Connections.csv"),
        ("linkedin_connections.csv", "vcard", "is a LinkedIn Connections.csv, not a vCard file"),
        ("journal-v1.json", "vcard", "is a shima export, not a vCard file"),
        ("contacts_v4.vcf", "shima", "is a vCard file, not a shima export"),
    ],
)
def test_format_naming_another_format_is_refused_in_one_sentence(journal_path, name, forced, told):
    done = run_shima("import", fixture(name), "--format", forced, journal=journal_path)
    assert done.code == 1 and done.out == ""
    assert_one_sentence(done.err)
    assert done.err == f"shima: {fixture(name)} {told}: leave --format out and shima reads it as what it is\n"
    assert files(journal_path.parent) == {}


def test_a_file_of_another_kind_is_refused_in_one_sentence_and_nothing_is_written(journal_path):
    assert run_shima("add", "Someone", journal=journal_path).code == 0
    before = files(journal_path.parent)
    for path, told in (
        (fixture("bank_statement.csv"), "shima cannot tell what kind of file this is"),
        ("/nonexistent/people.vcf", "/nonexistent/people.vcf: no such file"),
    ):
        done = run_shima("import", path, journal=journal_path)
        assert done.code == 1 and done.out == "", done.out
        assert_one_sentence(done.err)
        assert told in done.err, done.err
    replace = run_shima("import", fixture("iphone_v3.vcf"), "--replace", journal=journal_path)
    assert replace.code == 1
    assert_one_sentence(replace.err)
    assert "--replace replaces the journal with a shima export" in replace.err
    assert files(journal_path.parent) == before


def test_a_fifo_is_refused_never_waited_on(journal_path, tmp_path):
    fifo = tmp_path / "people.vcf"
    os.mkfifo(fifo)
    done = run_shima("import", str(fifo), journal=journal_path)
    told = "is not a regular file (a device, a pipe or a socket); give a file name"
    assert (done.code, done.err) == (1, f"shima: {fifo}: {told}\n")


def test_a_shima_export_still_merges_and_can_be_tried_first(journal_path, tmp_path):
    assert run_shima("add", "Someone", journal=journal_path).code == 0
    before = files(journal_path.parent)
    dry = run_shima("import", fixture("journal-v1.json"), "--dry-run", journal=journal_path)
    assert dry.code == 0, dry.err
    assert dry.out == (
        "would merge 3 contacts and 4 entries: 3 contacts added, 0 updated, 0 removed; 4 entries added, 0 updated, "
        "0 removed (dry run: nothing was changed)\n"
    )
    assert files(journal_path.parent) == before
    done = run_shima("import", fixture("journal-v1.json"), "--format", "shima", journal=journal_path)
    assert done.code == 0, done.err
    assert done.out.startswith("merged 3 contacts and 4 entries: 3 contacts added")
    assert len(contacts_in(journal_path)) == 4


# ----- words and progress -------------------------------------------------------------------------------


def test_japanese_output(journal_path):
    assert run_shima("add", "Alice Brown", journal=journal_path).code == 0
    alice = contacts_in(journal_path)[0]["id"]
    done = run_shima("import", fixture("iphone_v3.vcf"), "--dry-run", journal=journal_path, env={"SHIMA_LANG": "ja"})
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0] == (
        "9人：追加予定 6人、同じ名前の連絡先がある人 1人（取り込まず）、2件のカードを読み飛ばし（試行のみ：何も変更していません）"
    )
    assert "  山田 太郎：新しい連絡先として追加します（シマ）" in lines
    assert f"  Alice Brown：同じ名前の連絡先（{alice}）があるため、取り込んでいません。手で判断してください" in lines
    assert "  6 件目のカードには名前がないため、読み込みませんでした。" in lines
    done = run_shima("import", fixture("bank_statement.csv"), journal=journal_path, env={"SHIMA_LANG": "ja"})
    assert done.code == 1
    assert_one_sentence(done.err)
    assert "どの種類のファイルか判別できません" in done.err


def test_a_terminal_sees_a_percentage_on_one_line_and_a_pipe_sees_nothing(journal_path, tmp_path):
    source = tmp_path / "many.vcf"
    source.write_bytes(vcard(*(f"FN:Person {n}\r\nUID:p-{n}" for n in range(300))))
    main, side = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "journal", "import", str(source), "--journal", str(journal_path)],
            stdout=subprocess.PIPE,
            stderr=side,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
            timeout=60,
        )
        os.close(side)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(main)
    assert done.returncode == 0
    assert done.stdout.decode() == "300 people: 300 added\n"
    text = shown.decode()
    assert "\n" not in text.replace("\r\n", "") and "Traceback" not in text
    assert f"\rreading {source.name}: 0%" in text and f"\rreading {source.name}: 100%" in text
    assert text.endswith("\r")  # the line is cleared once the file is read
    piped = run_shima("import", str(source), "--dry-run", journal=journal_path)
    assert piped.code == 0 and piped.err == ""


# ----- the contact's sources (format 2) -------------------------------------------------------------------

KEYS = ["vcard-uid:8D3F2C1A", "linkedin:https://www.linkedin.com/in/x", "email:a@b.c", "phone:+819012345678"]


def document(*contacts: dict, version: int = 2) -> dict:
    settings = {"currency": "JPY", "owner_goal": "", "window_days": 365}
    if version == 2:
        settings |= {"lang": "", "cadence_defaults": {"peer": None, "influencer": None, "shima": None}}
    return {"format": "shima-journal", "version": version, "settings": settings, "contacts": list(contacts), "entries": []}


def test_sources_are_kept_in_order_and_a_contact_without_them_has_none():
    assert contact_from_dict({**GOOD_CONTACT, "sources": KEYS}).sources == KEYS
    assert contact_from_dict({**GOOD_CONTACT, "sources": KEYS}).to_dict()["sources"] == KEYS
    before = {key: value for key, value in GOOD_CONTACT.items() if key != "sources"}
    assert contact_from_dict(before).sources == []  # written before sources came, in version 1 or 2
    for version in (1, 2):  # (an upgrade fills in the dict it reads: a fresh copy each time)
        [contact] = snapshot_from_document(document(dict(before), version=version)).contacts
        assert contact.sources == []
        [trusted] = read_head(orjson.dumps(document(dict(before), version=version)))[0].contacts
        assert trusted.sources == []
    assert list(contact_from_dict({**GOOD_CONTACT, "sources": KEYS}).to_dict())[:4] == ["id", "name", "reading", "sources"]


@pytest.mark.parametrize("sources", ["email:a@b.c", [""], ["  "], [1], [None], None, {"email:a@b.c": 1}])
def test_sources_must_be_a_list_of_non_empty_strings_in_a_file(sources):
    with pytest.raises(ValidationError) as refused:
        contact_from_dict({**GOOD_CONTACT, "sources": sources})
    assert (refused.value.code, refused.value.field) == ("sources.not_keys", "sources")
    told = "contact 'c1': sources must be a list of non-empty strings (where the contact came from)"
    assert explain(refused.value, "en") == told
    with pytest.raises(ValidationError) as whole:  # the fast check of a whole file refuses it too
        snapshot_from_document(document({**GOOD_CONTACT, "sources": sources}))
    assert explain(whole.value, "en") == told


def test_a_version_1_journal_gets_empty_sources_and_keeps_them_through_an_import(journal_path):
    assert run_shima("import", fixture("journal-v1.json"), journal=journal_path).code == 0
    assert {tuple(c["sources"]) for c in contacts_in(journal_path)} == {()}
    assert run_shima("import", fixture("contacts_v4.vcf"), journal=journal_path).code == 0
    exported = json.loads(run_shima("export", journal=journal_path).out)
    assert sorted(len(c["sources"]) for c in exported["contacts"]) == [0, 0, 0, 3, 4]
