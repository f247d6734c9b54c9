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
}
