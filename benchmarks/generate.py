"""A deterministic journal of N contacts and M entries with realistic text, for benchmarks.

python benchmarks/generate.py --contacts 5000 --entries 100000 -o /tmp/bench.json
"""

from __future__ import annotations

import argparse
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import orjson

from journal.records import DIRECTIONS, FIT_CRITERIA, KINDS, NEW_CADENCE_DEFAULTS, TAGS
from journal.store.document import FORMAT_NAME, FORMAT_VERSION

FAMILY = [
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "山本",
    "中村",
    "小林",
    "加藤",
    "Smith",
    "Garcia",
    "Müller",
    "Rossi",
    "Kim",
    "Nguyen",
    "Silva",
    "Martin",
    "Cohen",
    "Okafor",
]
GIVEN = [
    "花子",
    "太郎",
    "美咲",
    "健太",
    "陽菜",
    "翔",
    "さくら",
    "大輔",
    "Anna",
    "James",
    "Maria",
    "Luca",
    "Aiko",
    "Chen",
    "Sofia",
    "Omar",
    "Lena",
    "Tomás",
    "Priya",
    "Noah",
]
PLACES = ["起業家交流会", "a paid seminar", "Twitter", "the coworking space", "オンラインサロン", "a client's party", "school"]
PHRASES = [
    "introduced a client for the web shop",
    "一緒にワークショップを開催した",
    "paid the monthly salon fee",
    "gave feedback on the landing page",
    "紹介してもらった税理士さん",
    "lunch; talked about pricing",
    "helped set up the newsletter for free",
    "shared a supplier contact",
    "セミナー参加費",
    "joint launch of the course",
    "sent an article about SEO",
    "cheered me up after a slow month",
]


READINGS = {
    "佐藤": "さとう",
    "鈴木": "すずき",
    "高橋": "たかはし",
    "田中": "たなか",
    "伊藤": "いとう",
    "渡辺": "わたなべ",
    "山本": "やまもと",
    "中村": "なかむら",
    "小林": "こばやし",
    "加藤": "かとう",
    "花子": "はなこ",
    "太郎": "たろう",
    "美咲": "みさき",
    "健太": "けんた",
    "陽菜": "ひな",
    "翔": "しょう",
    "さくら": "さくら",
    "大輔": "だいすけ",
}


def build(contacts: int, entries: int, seed: int = 7, today: date = date(2026, 11, 24)) -> dict:
    rng = random.Random(seed)
    start = datetime(2021, 1, 1, tzinfo=UTC)
    people = []
    for index in range(contacts):
        stamp = (start + timedelta(minutes=index)).isoformat()
        family, given = rng.choice(FAMILY), rng.choice(GIVEN)
        people.append(
            {
                "id": f"c{index:06x}",
                "name": f"{family} {given}",
                # a Japanese name has its reading (よみ); others have none
                "reading": f"{READINGS[family]} {READINGS[given]}" if family in READINGS and given in READINGS else "",
                "tag": rng.choices(TAGS, weights=[70, 20, 10])[0],
                "shima_fit": {name: rng.random() < 0.4 for name in FIT_CRITERIA},
                "met": rng.choice(PLACES),
                "notes": " ".join(rng.choices(PHRASES, k=rng.randint(0, 3))),
                "cadence_days": rng.choice([None, None, 7, 14, 30, 90]),
                "archived": rng.random() < 0.05,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    days = (today - date(2021, 1, 1)).days
    records = []
    for index in range(entries):
        direction = rng.choices(DIRECTIONS, weights=[40, 30, 15, 12, 3])[0]  # gave, received, mutual, note, sale
        alone = direction in ("note", "sale")  # notes and sales need no contact
        count = rng.choices([0, 1, 2, 3], weights=[30 if alone else 0, 60, 8, 2])[0] or (0 if alone else 1)
        day = date(2021, 1, 1) + timedelta(days=rng.randrange(days))
        stamp = (start + timedelta(seconds=index * 30)).isoformat()
        kind = None if alone else rng.choice(KINDS)
        value = rng.choice([None, None, 3000, 10000, 30000, 150000])
        if direction == "sale":
            value = rng.choice([5000, 40000, 120000, 300000])
        records.append(
            {
                "id": f"e{index:07x}",
                "date": day.isoformat(),
                "contacts": [people[i]["id"] for i in rng.sample(range(contacts), count)] if contacts else [],
                "direction": direction if contacts or alone else "note",
                "kind": kind if contacts or alone else None,
                "value": value,
                "text": rng.choice(PHRASES) + (" " + rng.choice(PHRASES) if rng.random() < 0.3 else ""),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "settings": {
            "currency": "JPY",
            "owner_goal": "月商100万円",
            "window_days": 365,
            "lang": "",
            "cadence_defaults": dict(NEW_CADENCE_DEFAULTS),
        },
        "contacts": people,
        "entries": records,
    }


def write(path: Path, contacts: int, entries: int) -> Path:
    path.write_bytes(orjson.dumps(build(contacts, entries)))
    path.chmod(0o600)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    write(args.output, args.contacts, args.entries)
    print(f"{args.output}: {args.output.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
