"""Messages of one-line capture (journal.capture): code -> (English, Japanese, stamp).

Each is one sentence about the line as a whole, shown under the capture bar or after "shima: " on the
command line. `words`, `word`, `text` and the amounts are quoted as the person typed them.
"""

from .pairs import Pair, languages

WORDS: dict[str, Pair] = {
    "capture.empty": (
        'the line says nothing to log: write what happened, for example "lunch with @tanaka"',
        "記録する内容がありません。何があったかを書いてください（例: @たなか とランチ）",
        "f432f5",
    ),
    "capture.too_long": (
        "the line is too long: {length:,} characters, at most {limit:,}",
        "1行が長すぎます（{length:,}文字。{limit:,}文字までです）",
        "d8baf2",
    ),
    "capture.open_quote": (
        '{text}: the quote after @ never closes; write a name with spaces as @"Sato Ken" or @「佐藤 健」',
        '{text}：@ のあとの括弧が閉じていません。空白のある名前は @「佐藤 健」や @"Sato Ken" のように書いてください',
        "e3591c",
    ),
    "capture.near_word": (
        "{word} is not one of shima's # words; did you mean {suggestion}?",
        "{word} は shima の # の言葉ではありません。{suggestion} のことですか？",
        "6210c3",
    ),
    "capture.two_directions": (
        "{words} say two directions; keep one (#gave, #received, #mutual, #note or #sale)",
        "{words} では向きが2つになります。1つにしてください（#あげた、#もらった、#お互い、#メモ、#売上）",
        "784aed",
    ),
    "capture.two_kinds": (
        "{words} say two kinds; keep one",
        "{words} では種類が2つになります。1つにしてください",
        "dc4f0a",
    ),
    "capture.kind_on_note": (
        "{words}: a note has no kind; drop the kind, or say who contributed with #gave, #received or #mutual",
        "{words}：メモには種類がありません。種類の言葉を外すか、#あげた・#もらった・#お互い で向きを書いてください",
        "b2d15c",
    ),
    "capture.kind_on_sale": (
        "{words}: a sale has no kind; drop the kind, or log the contribution on a line of its own",
        "{words}：売上には種類がありません。種類の言葉を外すか、貢献は別の行で記録してください",
        "e8a672",
    ),
    "capture.two_amounts": (
        "two amounts ({first} and {second}); an entry has one, so keep one",
        "金額が2つあります（{first} と {second}）。記録できる金額は1つなので、1つにしてください",
        "c3c634",
    ),
    "capture.amount_needs_word": (
        "{amount}: say what the money was with a word, such as #paid, #received, #sale or #note",
        "{amount}：何のお金かを言葉で書いてください（例: #支払い、#もらった、#売上、#メモ）",
        "c27aa2",
    ),
    "capture.sale_needs_amount": (
        "a sale needs its amount, for example #sale ¥30,000",
        "売上には金額が必要です（例: #売上 3万円）",
        "f6e4f1",
    ),
    "capture.promise_due": (
        '"{text}" after {marker} is not a due day; write the day first, for example {marker} friday send the deck',
        "{marker} のあとの「{text}」は期日として読めません。先に日を書いてください（例: {marker} 金曜 資料を送る）",
        "b095a0",
    ),
    "capture.promise_empty": (
        "the promise after {marker} says nothing; write what is promised, for example {marker} friday send the deck",
        "{marker} のあとに約束の中身がありません。何を約束したかを書いてください（例: {marker} 金曜 資料を送る）",
        "d45623",
    ),
}
EN, JA = languages(WORDS)
