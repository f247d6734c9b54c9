"""Messages of the importers area: code -> template, in English (EN) and Japanese (JA).

Refusals of a whole file (`ImportProblem`) and the reasons a card or row was skipped
(`Skipped.code`; every skip has `{number}`, the card's place in the file or the spreadsheet row).
"""

EN: dict[str, str] = {
    # a whole file refused
    "import.empty": "The file is empty.",
    "import.not_text": (
        "The file is not text that shima can read: contact files must be UTF-8, or Shift_JIS (cp932) as "
        "Japanese Excel saves them."
    ),
    "import.unrecognised": (
        "shima cannot tell what kind of file this is: it reads a shima export, a vCard file (.vcf), a "
        "Google Contacts CSV and LinkedIn's Connections.csv."
    ),
    "import.unknown_format": "There is no import format called {format}: use shima, vcard, google or linkedin.",
    "import.not_vcard": "This is not a vCard file: it has no BEGIN:VCARD line.",
    "import.not_google": (
        "This is not a Google Contacts CSV: its first row is not Google's header (First Name, Last Name, "
        "... or Name, Given Name, Family Name, ...)."
    ),
    "import.not_linkedin": (
        "This is not LinkedIn's Connections.csv: there is no header First Name,Last Name,URL,... near the top."
    ),
    "import.csv_unreadable": "Row {row} of the CSV file cannot be read (a cell is far too long, or its quotes are broken).",
    # one card or row left out
    "import.skip.card_no_name": "Card {number} has no name, so it was skipped.",
    "import.skip.card_unreadable": "Card {number} could not be read (a line in it is not a vCard line), so it was skipped.",
    "import.skip.card_unreadable_named": (
        "Card {number} ({name}) could not be read (a line in it is not a vCard line), so it was skipped."
    ),
    "import.skip.card_unfinished": (
        "Card {number} has no END:VCARD line (the file ends or another card starts first), so it was skipped."
    ),
    "import.skip.row_no_name": "Row {number} has no name, so it was skipped.",
    "import.skip.linkedin_hidden": (
        "Row {number}: LinkedIn leaves out this connection's name and profile (their privacy settings), so it was skipped."
    ),
    # the import of people: what happens to each person (journal.actions.import_people)
    "import.format.shima": "shima export",
    "import.format.vcard": "vCard file",
    "import.format.google": "Google Contacts CSV",
    "import.format.linkedin": "LinkedIn Connections.csv",
    "import.people.would_add": "{name}: would be added as a new contact ({tag})",
    "import.people.would_update": "{name} ({id}): would get {fields}",
    "import.people.unchanged": "{name} ({id}): already there, nothing new",
    "import.people.twice": "{name}: listed again in the file (the same e-mail, phone or profile), taken as one person",
    "import.people.same_name": "{name}: same name as an existing contact ({id}), not imported: decide by hand",
    "import.people.invalid": "{name}: not imported: {problem}",
    "import.people.field.reading": "the reading",
    "import.people.field.met": "how you met",
    "import.people.field.notes": "notes",
    "import.people.field.cadence_days": "a cadence",
    "import.people.field.sources": "where they came from",
    "sources.not_keys": "{field} must be a list of non-empty strings (where the contact came from)",
}

JA: dict[str, str] = {
    "import.empty": "ファイルが空です。",
    "import.not_text": (
        "shima が読めるテキストのファイルではありません。連絡先のファイルは UTF-8 か、日本語版 Excel "
        "が保存する Shift_JIS (cp932) にしてください。"
    ),
    "import.unrecognised": (
        "どの種類のファイルか判別できません。読めるのは shima のエクスポート、vCard (.vcf)、Google "
        "コンタクトの CSV、LinkedIn の Connections.csv です。"
    ),
    "import.unknown_format": (
        "{format} という読み込み形式はありません。shima、vcard、google、linkedin のどれかを指定してください。"
    ),
    "import.not_vcard": "vCard のファイルではありません (BEGIN:VCARD の行がありません)。",
    "import.not_google": (
        "Google コンタクトの CSV ではありません。1 行目が Google の見出し (First Name, Last Name, … "
        "または Name, Given Name, Family Name, …) ではありません。"
    ),
    "import.not_linkedin": (
        "LinkedIn の Connections.csv ではありません。先頭付近に見出し First Name,Last Name,URL,… がありません。"
    ),
    "import.csv_unreadable": "CSV ファイルの {row} 行目が読めません (セルが長すぎるか、引用符が壊れています)。",
    "import.skip.card_no_name": "{number} 件目のカードには名前がないため、読み込みませんでした。",
    "import.skip.card_unreadable": (
        "{number} 件目のカードは読めませんでした (vCard の形になっていない行があります)。読み込みませんでした。"
    ),
    "import.skip.card_unreadable_named": (
        "{number} 件目のカード ({name}) は読めませんでした (vCard の形になっていない行があります)。読み込みませんでした。"
    ),
    "import.skip.card_unfinished": (
        "{number} 件目のカードには END:VCARD の行がありません (その前にファイルが終わるか、"
        "次のカードが始まっています)。読み込みませんでした。"
    ),
    "import.skip.row_no_name": "{number} 行目には名前がないため、読み込みませんでした。",
    "import.skip.linkedin_hidden": (
        "{number} 行目は、相手のプライバシー設定により LinkedIn が名前とプロフィールを省いているため、読み込みませんでした。"
    ),
    "import.format.shima": "shima のエクスポート",
    "import.format.vcard": "vCard のファイル",
    "import.format.google": "Google コンタクトの CSV",
    "import.format.linkedin": "LinkedIn の Connections.csv",
    "import.people.would_add": "{name}：新しい連絡先として追加します（{tag}）",
    "import.people.would_update": "{name}（{id}）：{fields}を追記します",
    "import.people.unchanged": "{name}（{id}）：登録済みで、新しい情報はありません",
    "import.people.twice": "{name}：ファイルに2回出てきます（同じメール、電話、またはプロフィール）。1人として扱います",
    "import.people.same_name": "{name}：同じ名前の連絡先（{id}）があるため、取り込んでいません。手で判断してください",
    "import.people.invalid": "{name}：取り込んでいません（{problem}）",
    "import.people.field.reading": "よみ",
    "import.people.field.met": "出会い",
    "import.people.field.notes": "メモ",
    "import.people.field.cadence_days": "連絡の間隔",
    "import.people.field.sources": "取り込み元",
    "sources.not_keys": "「{field}」は空でない文字列のリスト（連絡先の取り込み元）にしてください",
}
