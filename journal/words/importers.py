"""Messages of the importers area: code -> template, in English (EN) and Japanese (JA).

Refusals of a whole file (`ImportProblem`) and the reasons a card, row, line, message or event was
skipped (`Skipped.code`; every skip has `{number}`, the card's place in the file, the spreadsheet
row, the line of a chat, the message's or the event's place in the file).
"""

from .pairs import Pair, languages

WORDS: dict[str, Pair] = {
    "import.empty": (
        "The file is empty.",
        "ファイルが空です。",
        "6d8e34",
    ),
    "import.not_text": (
        "The file is not text that shima can read: contact files must be UTF-8, or Shift_JIS (cp932) as "
        "Japanese Excel saves them.",
        "shima が読めるテキストのファイルではありません。連絡先のファイルは UTF-8 か、日本語版 Excel "
        "が保存する Shift_JIS (cp932) にしてください。",
        "35f617",
    ),
    "import.unrecognised": (
        "shima cannot tell what kind of file this is: it reads a shima export, a vCard file (.vcf), a "
        "Google Contacts CSV and LinkedIn's Connections.csv.",
        "どの種類のファイルか判別できません。読めるのは shima のエクスポート、vCard (.vcf)、Google "
        "コンタクトの CSV、LinkedIn の Connections.csv です。",
        "38f866",
    ),
    "import.unknown_format": (
        "There is no import format called {format}: use shima, vcard, google or linkedin.",
        "{format} という読み込み形式はありません。shima、vcard、google、linkedin のどれかを指定してください。",
        "538bc1",
    ),
    "import.not_vcard": (
        "This is not a vCard file: it has no BEGIN:VCARD line.",
        "vCard のファイルではありません (BEGIN:VCARD の行がありません)。",
        "34b9e6",
    ),
    "import.not_google": (
        "This is not a Google Contacts CSV: its first row is not Google's header (First Name, Last Name, "
        "... or Name, Given Name, Family Name, ...).",
        "Google コンタクトの CSV ではありません。1 行目が Google の見出し (First Name, Last Name, … "
        "または Name, Given Name, Family Name, …) ではありません。",
        "b3e192",
    ),
    "import.not_linkedin": (
        "This is not LinkedIn's Connections.csv: there is no header First Name,Last Name,URL,... near the top.",
        "LinkedIn の Connections.csv ではありません。先頭付近に見出し First Name,Last Name,URL,… がありません。",
        "a56abe",
    ),
    "import.csv_unreadable": (
        "Row {row} of the CSV file cannot be read (a cell is far too long, or its quotes are broken).",
        "CSV ファイルの {row} 行目が読めません (セルが長すぎるか、引用符が壊れています)。",
        "ec6cec",
    ),
    "import.skip.card_no_name": (
        "Card {number} has no name, so it was skipped.",
        "{number} 件目のカードには名前がないため、読み込みませんでした。",
        "91edb0",
    ),
    "import.skip.card_unreadable": (
        "Card {number} could not be read (a line in it is not a vCard line), so it was skipped.",
        "{number} 件目のカードは読めませんでした (vCard の形になっていない行があります)。読み込みませんでした。",
        "3f1140",
    ),
    "import.skip.card_unreadable_named": (
        "Card {number} ({name}) could not be read (a line in it is not a vCard line), so it was skipped.",
        "{number} 件目のカード ({name}) は読めませんでした (vCard の形になっていない行があります)。読み込みませんでした。",
        "6d351d",
    ),
    "import.skip.card_unfinished": (
        "Card {number} has no END:VCARD line (the file ends or another card starts first), so it was skipped.",
        "{number} 件目のカードには END:VCARD の行がありません (その前にファイルが終わるか、"
        "次のカードが始まっています)。読み込みませんでした。",
        "a13d7a",
    ),
    "import.skip.row_no_name": (
        "Row {number} has no name, so it was skipped.",
        "{number} 行目には名前がないため、読み込みませんでした。",
        "433e6c",
    ),
    "import.skip.linkedin_hidden": (
        "Row {number}: LinkedIn leaves out this connection's name and profile (their privacy settings), so it was skipped.",
        "{number} 行目は、相手のプライバシー設定により LinkedIn が名前とプロフィールを省いているため、読み込みませんでした。",
        "5d534f",
    ),
    "import.format.shima": (
        "shima export",
        "shima のエクスポート",
        "6e78f8",
    ),
    "import.format.vcard": (
        "vCard file",
        "vCard のファイル",
        "4fade1",
    ),
    "import.format.google": (
        "Google Contacts CSV",
        "Google コンタクトの CSV",
        "b064fa",
    ),
    "import.format.linkedin": (
        "LinkedIn Connections.csv",
        "LinkedIn の Connections.csv",
        "c5b05e",
    ),
    "import.not_line": (
        "This is not a LINE talk history: it has no [LINE] header and no date lines such as 2024/01/15(月).",
        "LINE のトーク履歴ではありません。[LINE] で始まる見出しも、2024/01/15(月) のような日付の行もありません。",
        "0b68ce",
    ),
    "import.not_whatsapp": (
        "This is not a WhatsApp chat export: no line starts with a date and a time, as in 12/24/19, 11:23 - Name: text.",
        "WhatsApp のチャットのエクスポートではありません。12/24/19, 11:23 - 名前: 本文 のように"
        "日付と時刻で始まる行がありません。",
        "a9faaf",
    ),
    "import.not_messenger": (
        "This is not a Messenger or Instagram message file (message_1.json): it is not JSON with participants and messages.",
        "Messenger または Instagram のメッセージのファイル (message_1.json) ではありません。"
        "participants と messages を持つ JSON ではありません。",
        "786c04",
    ),
    "import.not_calendar": (
        "This is not a calendar file (.ics) that shima can read: it does not start with BEGIN:VCALENDAR, or its "
        "lines are broken.",
        "shima が読めるカレンダーのファイル (.ics) ではありません。BEGIN:VCALENDAR で始まっていないか、行が壊れています。",
        "db5e73",
    ),
    "import.skip.talk_no_day": (
        "Line {number}: the messages before the first date line have no day, so they were skipped.",
        "{number} 行目：最初の日付の行より前のメッセージは日付がわからないため、読み込みませんでした。",
        "41a01e",
    ),
    "import.skip.talk_bad_date": (
        "Line {number}: the date is not a real day, so that day's messages were skipped.",
        "{number} 行目：日付が実在しない日のため、その日のメッセージを読み込みませんでした。",
        "a1bef6",
    ),
    "import.skip.talk_future": (
        "Line {number}: the messages of {day} are dated after today, so they were skipped (is the phone's clock right?).",
        "{number} 行目：{day} のメッセージは今日より後の日付のため、読み込みませんでした"
        "（スマートフォンの時計は合っていますか）。",
        "f4c1f2",
    ),
    "import.skip.message_unreadable": (
        "Message {number} has no sender or no time, so it was skipped.",
        "{number} 件目のメッセージには送信者か時刻がないため、読み込みませんでした。",
        "ed5b91",
    ),
    "import.skip.message_future": (
        "Message {number} and the others of {day} are dated after today, so they were skipped.",
        "{number} 件目をはじめ {day} のメッセージは今日より後の日付のため、読み込みませんでした。",
        "7d5e28",
    ),
    "import.skip.event_no_start": (
        "Event {number} has no start time, so it was skipped.",
        "{number} 件目の予定には開始日時がないため、読み込みませんでした。",
        "1efb0c",
    ),
    "import.skip.event_unreadable": (
        "Event {number} could not be read (its repeat rule or its times are broken), so it was skipped.",
        "{number} 件目の予定は読めませんでした（繰り返しの設定か日時が壊れています）。読み込みませんでした。",
        "6fa7f9",
    ),
    "import.skip.event_unfinished": (
        "Event {number} has no END:VEVENT line (the file ends first), so it was skipped.",
        "{number} 件目の予定には END:VEVENT の行がありません（その前にファイルが終わっています）。読み込みませんでした。",
        "1446aa",
    ),
    "import.format.line": (
        "LINE talk history",
        "LINE のトーク履歴",
        "48a55b",
    ),
    "import.format.whatsapp": (
        "WhatsApp chat",
        "WhatsApp のチャット",
        "05b4fc",
    ),
    "import.format.messenger": (
        "Messenger messages (message_1.json)",
        "Messenger のメッセージ (message_1.json)",
        "cad356",
    ),
    "import.format.instagram": (
        "Instagram messages (message_1.json)",
        "Instagram のメッセージ (message_1.json)",
        "875c60",
    ),
    "import.format.calendar": (
        "calendar (.ics)",
        "カレンダー (.ics)",
        "dec2c6",
    ),
    "import.people.would_add": (
        "{name}: would be added as a new contact ({tag})",
        "{name}：新しい連絡先として追加します（{tag}）",
        "ebfeea",
    ),
    "import.people.would_update": (
        "{name} ({id}): would get {fields}",
        "{name}（{id}）：{fields}を追記します",
        "0f4c4b",
    ),
    "import.people.unchanged": (
        "{name} ({id}): already there, nothing new",
        "{name}（{id}）：登録済みで、新しい情報はありません",
        "486276",
    ),
    "import.people.twice": (
        "{name}: listed again in the file (the same e-mail, phone or profile), taken as one person",
        "{name}：ファイルに2回出てきます（同じメール、電話、またはプロフィール）。1人として扱います",
        "52ec5e",
    ),
    "import.people.same_name": (
        "{name}: same name as an existing contact ({id}), not imported: decide by hand",
        "{name}：同じ名前の連絡先（{id}）があるため、取り込んでいません。手で判断してください",
        "8c75a4",
    ),
    "import.people.invalid": (
        "{name}: not imported: {problem}",
        "{name}：取り込んでいません（{problem}）",
        "03bdc1",
    ),
    "import.people.field.reading": (
        "the reading",
        "よみ",
        "a98cb6",
    ),
    "import.people.field.met": (
        "how you met",
        "出会い",
        "1d9523",
    ),
    "import.people.field.notes": (
        "notes",
        "メモ",
        "3add7b",
    ),
    "import.people.field.cadence_days": (
        "a cadence",
        "連絡の間隔",
        "049ec6",
    ),
    "import.people.field.sources": (
        "where they came from",
        "取り込み元",
        "56b7c6",
    ),
    "sources.not_keys": (
        "{field} must be a list of non-empty strings (where the contact came from)",
        "「{field}」は空でない文字列のリスト（連絡先の取り込み元）にしてください",
        "6047b7",
    ),
}
EN, JA = languages(WORDS)
