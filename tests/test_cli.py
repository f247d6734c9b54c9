"""Every command run as a user runs it, against real files; refusals change nothing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import run_shima

from journal.store.document import FORMAT_VERSION


@pytest.fixture
def filled(journal_path):
    assert run_shima("add", "佐藤 花子", "--tag", "shima", "--cadence", "14", journal=journal_path).code == 0
    assert run_shima("add", "Tanaka Influencer", "--tag", "influencer", "--met", "paid seminar", journal=journal_path).code == 0
    assert run_shima("add", "[bold]Nakata[/]", journal=journal_path).code == 0
    return journal_path


def test_add_prints_the_id_and_stores_the_contact(journal_path):
    done = run_shima(
        "add", "  Sato  ", "--tag", "peer", "--met", "meetup", "--notes", "n", "--cadence", "30", journal=journal_path
    )
    assert done.code == 0 and done.err == ""
    [contact] = json.loads(run_shima("list", "--json", journal=journal_path).out)
    assert contact["id"] == done.out.strip()
    assert (contact["name"], contact["tag"], contact["met"], contact["cadence_days"]) == ("Sato", "peer", "meetup", 30)
    assert contact["shima_fit"] == {"same_goal": False, "same_heat": False, "acknowledges_me": False, "slightly_ahead": False}


def test_journal_option_before_or_after_the_command_and_env(tmp_path):
    a, b, c = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "c.json"
    assert run_shima("--journal", str(a), "add", "A").code == 0
    assert run_shima("add", "B", "--journal", str(b)).code == 0
    assert run_shima("add", "C", env={"SHIMA_JOURNAL": str(c)}).code == 0
    names = [json.loads(run_shima("list", "--json", journal=p).out)[0]["name"] for p in (a, b, c)]
    assert names == ["A", "B", "C"]


def test_log_resolves_contacts_by_id_exact_name_or_unique_part(filled):
    sato_id = json.loads(run_shima("list", "--json", "--tag", "shima", journal=filled).out)[0]["id"]
    for query in (sato_id, "佐藤 花子", "花子", "TANAKA"):
        assert run_shima("log", "--gave", "-c", query, "--kind", "idea", "hello", journal=filled).code == 0
    done = run_shima(
        "log",
        "--mutual",
        "-c",
        "佐藤",
        "-c",
        "ｔａｎａｋａ",
        "--kind",
        "collaboration",
        "--value",
        "¥30,000",
        "--date",
        "2026-11-20",
        "joint",
        "launch",
        journal=filled,
    )
    assert done.code == 0
    entries = json.loads(run_shima("timeline", "--json", journal=filled).out)
    joint = next(e for e in entries if e["id"] == done.out.strip())
    assert joint["text"] == "joint launch" and joint["value"] == 30000 and joint["date"] == "2026-11-20"
    assert len(joint["contacts"]) == 2 and joint["kind"] == "collaboration"


def test_log_note_about_yourself_and_relative_dates(journal_path):
    done = run_shima("log", "--note", "--date", "3 days ago", "wrote", "a", "post", journal=journal_path)
    assert done.code == 0
    [entry] = json.loads(run_shima("timeline", "--json", journal=journal_path).out)
    assert entry["contacts"] == [] and entry["kind"] is None and entry["direction"] == "note"
    assert entry["date"] == (date.today() - timedelta(days=3)).isoformat()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["log", "--gave", "-c", "nobody", "x"], "contact 'nobody' not found"),
        (["log", "--gave", "-c", "a", "x"], "contact 'a' is ambiguous"),
        (["log", "--gave", "x"], "--gave needs at least one -c CONTACT"),
        (
            ["log", "--gave", "-c", "花子", "--date", "2026-02-30", "x"],
            '--date: "2026-02-30" is not a day: that month has only 28 days',
        ),
        (["log", "--gave", "-c", "花子", "--value", "lots", "x"], "--value: “lots” is not an amount"),
        (["log", "--gave", "-c", "花子", "--value", "-5", "x"], "--value: “-5” is below zero"),
        (["add", "   "], "NAME must not be empty"),
        (["add", "X", "--cadence", "0"], "--cadence must be a whole number of days from 1 to 36,500"),
        (["timeline", "--since", "someday"], '--since: "someday" is not a date shima can read'),
        (["import", "/nonexistent/file.json"], "no such file"),
        (["settings", "--currency", "yen!"], "'YEN!' is not an ISO 4217 currency code"),
    ],
)
def test_refusals_exit_1_with_one_sentence_and_change_nothing(filled, args, message):
    before = filled.read_bytes()
    done = run_shima(*args, journal=filled)
    assert done.code == 1, done
    assert done.out == ""
    assert done.err.startswith("shima: ") and message in done.err
    assert done.err.count("\n") == 1 and "Traceback" not in done.err
    assert filled.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["log", "x"],
        ["log", "--gave", "--received", "-c", "a", "x"],
        ["add"],
        ["frobnicate"],
        ["add", "X", "--tag", "boss"],
        ["log", "--gave", "-c", "花子", "--kind", "gift", "x"],
        ["add", "X", "--cadence", "often"],
    ],
)
def test_usage_errors_exit_2_and_change_nothing(filled, args):
    before = filled.read_bytes()
    done = run_shima(*args, journal=filled)
    assert done.code == 2 and "usage:" in done.err
    assert filled.read_bytes() == before


def test_list_aligns_double_width_names_and_shows_markup_literally(filled):
    out = run_shima("list", journal=filled).out.splitlines()
    header, rows = out[0], out[1:]
    tag_column = header.index("TAG")
    from journal.textsafe import width

    for row in rows:  # TAG starts at the same terminal cell on every row despite 佐藤 being double width
        cells_before_tag = width(row[: next(i for i in range(len(row)) if width(row[:i]) >= tag_column)])
        assert cells_before_tag == tag_column
    assert any("[bold]Nakata[/]" in row for row in rows)


def test_escape_codes_in_names_are_shown_not_run(journal_path):
    assert run_shima("add", "evil\x1b]0;pwned\x07\x1b[2J\x9b31m", journal=journal_path).code == 0
    out = run_shima("list", journal=journal_path).out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "evil␛]0;pwned␇␛[2J<U+009B>31m" in out
    stored = json.loads(run_shima("list", "--json", journal=journal_path).out)[0]["name"]
    assert stored == "evil\x1b]0;pwned\x07\x1b[2J\x9b31m"  # stored exactly


def test_list_filters_by_tag_and_hides_archived_unless_asked(filled):
    names = [c["name"] for c in json.loads(run_shima("list", "--json", "--tag", "influencer", journal=filled).out)]
    assert names == ["Tanaka Influencer"]


def test_timeline_newest_first_filtered_by_contact_and_dates(filled):
    for day, who in (("2026-01-05", "花子"), ("2026-03-01", "Tanaka"), ("2026-02-01", "花子")):
        assert run_shima("log", "--received", "-c", who, "--kind", "idea", "--date", day, f"on {day}", journal=filled).code == 0
    everything = json.loads(run_shima("timeline", "--json", journal=filled).out)
    assert [e["date"] for e in everything] == ["2026-03-01", "2026-02-01", "2026-01-05"]
    hers = json.loads(run_shima("timeline", "--json", "--contact", "花子", "--since", "2026-01-10", journal=filled).out)
    assert [e["date"] for e in hers] == ["2026-02-01"]
    until = json.loads(run_shima("timeline", "--json", "--until", "2026-01-31", journal=filled).out)
    assert [e["date"] for e in until] == ["2026-01-05"]
    human = run_shima("timeline", journal=filled).out
    assert "← received" in human and "佐藤 花子" in human


def test_export_to_stdout_and_file_then_import_round_trip(filled, tmp_path):
    run_shima("log", "--gave", "-c", "Tanaka", "--kind", "money", "--value", "12000", "fee", journal=filled)
    exported = json.loads(run_shima("export", journal=filled).out)
    assert set(exported) == {"format", "version", "exported_at", "settings", "tombstones", "contacts", "entries"}
    assert exported["format"] == "shima-journal" and exported["version"] == FORMAT_VERSION
    target = tmp_path / "out" / "export.json"
    done = run_shima("export", "-o", str(target), journal=filled)
    assert done.code == 0 and str(target) in done.out
    assert "佐藤" in target.read_text(encoding="utf-8")  # not ASCII-escaped
    fresh = tmp_path / "fresh.json"
    assert run_shima("import", str(target), journal=fresh).code == 0
    again = json.loads(run_shima("export", journal=fresh).out)
    assert {k: v for k, v in again.items() if k != "exported_at"} == {k: v for k, v in exported.items() if k != "exported_at"}


def test_import_merges_newer_wins_or_replaces(filled, tmp_path):
    exported = json.loads(run_shima("export", journal=filled).out)
    sato = next(c for c in exported["contacts"] if c["tag"] == "shima")
    sato["notes"], sato["updated_at"] = "newer", datetime.now(UTC).isoformat()
    older = next(c for c in exported["contacts"] if c["tag"] == "influencer")
    older["notes"], older["updated_at"] = "older", "2000-01-01T00:00:00+00:00"
    exported["contacts"].append({**sato, "id": "cnew", "name": "New Person"})
    source = tmp_path / "in.json"
    source.write_text(json.dumps(exported), encoding="utf-8")
    done = run_shima("import", str(source), journal=filled)
    assert done.code == 0 and "1 contacts added, 1 updated" in done.out
    notes = {c["name"]: c["notes"] for c in json.loads(run_shima("list", "--json", journal=filled).out)}
    assert notes["佐藤 花子"] == "newer" and notes["Tanaka Influencer"] == "" and "New Person" in notes
    exported["contacts"] = [sato]
    source.write_text(json.dumps(exported), encoding="utf-8")
    assert run_shima("import", str(source), "--replace", journal=filled).code == 0
    assert [c["name"] for c in json.loads(run_shima("list", "--json", journal=filled).out)] == ["佐藤 花子"]


def test_an_invalid_import_is_refused_whole_naming_record_and_field(filled, tmp_path):
    exported = json.loads(run_shima("export", journal=filled).out)
    exported["contacts"].append({**exported["contacts"][0], "id": "c-bad", "tag": "boss"})
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(exported), encoding="utf-8")
    before = filled.read_bytes()
    done = run_shima("import", str(source), journal=filled)
    assert done.code == 1 and "contact 'c-bad': tag must be one of peer, influencer, shima" in done.err
    assert filled.read_bytes() == before


def test_damaged_journal_is_reported_with_its_path_and_left_alone(journal_path):
    journal_path.parent.mkdir(parents=True)
    journal_path.write_text("{broken", encoding="utf-8")
    done = run_shima("add", "Sato", journal=journal_path)
    assert done.code == 1 and str(journal_path) in done.err and "not valid JSON" in done.err
    assert journal_path.read_text(encoding="utf-8") == "{broken"


def test_settings_show_and_change(journal_path):
    done = run_shima("settings", "--currency", "usd", "--goal", "100 paying customers", "--window", "180", journal=journal_path)
    assert done.code == 0
    assert "currency: USD" in done.out and "owner_goal: 100 paying customers" in done.out and "window_days: 180" in done.out
    assert run_shima("settings", journal=journal_path).out == done.out


def test_list_json_is_the_same_in_every_language_and_the_tables_sort_by_name(tmp_path):
    path = tmp_path / "journal.json"
    for name, reading in (("Zoe", ""), ("渡辺", "わたなべ"), ("adam", ""), ("青木", "あおき")):
        assert run_shima("add", name, *(["--reading", reading] if reading else []), journal=path).code == 0
    english = run_shima("list", "--json", journal=path, env={"SHIMA_LANG": "en"}).out
    japanese = run_shima("list", "--json", journal=path, env={"SHIMA_LANG": "ja"}).out
    assert english == japanese
    assert [c["name"] for c in json.loads(english)] == ["Zoe", "渡辺", "adam", "青木"]  # the order they were added
    rows = run_shima("list", journal=path, env={"SHIMA_LANG": "en"}).out.splitlines()[1:]
    assert [row.split()[1] for row in rows] == ["adam", "Zoe", "渡辺", "青木"]
    rows = run_shima("list", journal=path, env={"SHIMA_LANG": "ja"}).out.splitlines()[1:]
    assert [row.split()[1] for row in rows] == ["adam", "Zoe", "青木", "渡辺"]  # あいうえお順, Latin first
