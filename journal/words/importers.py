"""Messages of the importers area: code -> template, in English (EN) and Japanese (JA).

Refusals of a whole file (`ImportProblem`) and the reasons a card, row, line, message or event was
skipped (`Skipped.code`; every skip has `{number}`, the card's place in the file, the spreadsheet
row, the line of a chat, the message's or the event's place in the file).
For sales exports too: `import.not_<format>`, `import.columns.*`, `import.skip.sale_*`.
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
    "import.not_stripe": (
        "This is not a Stripe payments export: it has no {missing} column.",
        "Stripe の支払いのエクスポートではありません ({missing} の列がありません)。",
        "ea31e8",
    ),
    "import.not_paypal": (
        "This is not a PayPal activity download: it has no {missing} column.",
        "PayPal の取引履歴のダウンロードではありません ({missing} の列がありません)。",
        "9b1104",
    ),
    "import.not_shopify": (
        "This is not a Shopify orders export: it has no {missing} column.",
        "Shopify の注文のエクスポートではありません ({missing} の列がありません)。",
        "26a93a",
    ),
    "import.not_base": (
        "This is not a BASE orders CSV: it has no {missing} column.",
        "BASE の注文の CSV ではありません ({missing} の列がありません)。",
        "6d7ce9",
    ),
    "import.not_square": (
        "This is not a Square transactions export: it has no {missing} column.",
        "Square の取引のエクスポートではありません ({missing} の列がありません)。",
        "991d91",
    ),
    "import.columns.missing": (
        "The file has no column {missing}, which the column map names.",
        "列の対応で指定した列 {missing} がファイルにありません。",
        "2c56ef",
    ),
    "import.columns.malformed": (
        "The column map is pairs of key=column separated by commas (date=注文日,amount=金額); {item} is not one.",
        "列の対応は「キー=列名」をカンマで区切って指定してください (date=注文日,amount=金額)。{item} はその形になっていません。",
        "4c364b",
    ),
    "import.columns.unknown_key": (
        "The column map has no key {key}: use date, amount, customer, email, id, currency, status, description or refunded.",
        "列の対応に {key} というキーはありません。date、amount、customer、email、id、"
        "currency、status、description、refunded のどれかを使ってください。",
        "5603fd",
    ),
    "import.columns.twice": (
        "The column map names {key} twice.",
        "列の対応で {key} が2回指定されています。",
        "217aff",
    ),
    "import.columns.required": (
        "The column map must name the {key} column (date and amount are needed for every sale).",
        "列の対応で {key} の列を指定してください (売上ごとに date と amount が必要です)。",
        "09262b",
    ),
    "import.columns.needed": (
        "This file is read through a column map: say which column holds what, e.g. date=注文日,amount=金額,customer=購入者.",
        "このファイルは列の対応を指定して読み込みます。どの列に何があるかを指定してください (例: "
        "date=注文日,amount=金額,customer=購入者)。",
        "313e86",
    ),
    "import.sales.unknown_format": (
        "There is no sales format called {format}: use stripe, paypal, shopify, base, square or columns.",
        "{format} という売上の形式はありません。stripe、paypal、shopify、base、square、columns のどれかを指定してください。",
        "54b40e",
    ),
    "import.sales.date_order": (
        "The dates of this file (such as {example}) could be month/day or day/month, and nothing in it tells "
        "which; export a longer period, or with dates written as year-month-day.",
        "このファイルの日付 ({example} など) は「月/日」とも「日/月」とも読め、"
        "どちらかを判断できる手がかりがありません。もっと長い期間でエクスポートするか、"
        "日付を「年-月-日」の形にしてください。",
        "8f6fb5",
    ),
    "import.skip.sale_failed": (
        "Row {number} is a payment that did not go through ({status}), so it was skipped.",
        "{number} 行目は成立しなかった支払い ({status}) のため、読み込みませんでした。",
        "cf0cdd",
    ),
    "import.skip.sale_pending": (
        "Row {number} is a payment not completed yet ({status}), so it was skipped.",
        "{number} 行目はまだ完了していない支払い ({status}) のため、読み込みませんでした。",
        "422016",
    ),
    "import.skip.sale_status": (
        "Row {number} is not marked as paid ({status}), so it was skipped.",
        "{number} 行目は支払い済みになっていない ({status}) ため、読み込みませんでした。",
        "b87bbb",
    ),
    "import.skip.sale_twin": (
        "Row {number} ({type}) only mirrors another row of the same payment (a currency conversion, an "
        "authorization or a hold), so it was skipped.",
        "{number} 行目 ({type}) は同じ支払いの別の行を写しただけの行 (通貨の換算、オーソリ、保留) のため、読み込みませんでした。",
        "c52d2d",
    ),
    "import.skip.sale_not_payment": (
        "Row {number} is not a payment you received ({type}), so it was skipped.",
        "{number} 行目は受け取った支払いではない ({type}) ため、読み込みませんでした。",
        "33fcd0",
    ),
    "import.skip.sale_negative": (
        "Row {number}: the amount {text} is below zero (a refund or a fee?), so it was skipped.",
        "{number} 行目の金額 {text} がマイナス (返金か手数料?) のため、読み込みませんでした。",
        "727abf",
    ),
    "import.skip.sale_zero": (
        "Row {number} is a payment of nothing, so it was skipped.",
        "{number} 行目は金額が 0 の支払いのため、読み込みませんでした。",
        "3514bb",
    ),
    "import.skip.sale_unreadable": (
        "Row {number}: {column} cannot be read ({text}), so it was skipped.",
        "{number} 行目の「{column}」が読めない ({text}) ため、読み込みませんでした。",
        "459f16",
    ),
    "import.skip.sale_repeated": (
        "Row {number} repeats transaction {id} of row {first}, so it was skipped.",
        "{number} 行目は {first} 行目の取引 {id} の繰り返しのため、読み込みませんでした。",
        "d0cbd7",
    ),
    "import.skip.sale_no_id": (
        "Row {number} has no transaction id, so it was skipped.",
        "{number} 行目には取引 ID がないため、読み込みませんでした。",
        "1e36f1",
    ),
    "import.skip.sale_currency_unclear": (
        "Row {number}: the amount {text} does not say which currency it is in, so it was skipped.",
        "{number} 行目の金額 {text} はどの通貨か分からないため、読み込みませんでした。",
        "0483b9",
    ),
    "import.skip.sale_test": (
        "Row {number} is a test payment, not a sale, so it was skipped.",
        "{number} 行目はテストの支払いで売上ではないため、読み込みませんでした。",
        "4db0ad",
    ),
    "import.skip.sale_refund_too_large": (
        "Row {number} refunds more than payment {id} took (or in another currency), so it was skipped.",
        "{number} 行目は支払い {id} の金額を超えて (または別の通貨で) 返金しているため、読み込みませんでした。",
        "09c936",
    ),
    "import.format.stripe": (
        "Stripe payments export",
        "Stripe の支払いのエクスポート",
        "3f5ed6",
    ),
    "import.format.paypal": (
        "PayPal activity download",
        "PayPal の取引履歴",
        "59adda",
    ),
    "import.format.shopify": (
        "Shopify orders export",
        "Shopify の注文のエクスポート",
        "c242e7",
    ),
    "import.format.base": (
        "BASE orders CSV",
        "BASE の注文の CSV",
        "2a03a1",
    ),
    "import.format.square": (
        "Square transactions export",
        "Square の取引のエクスポート",
        "03501c",
    ),
    "import.format.columns": (
        "CSV read through a column map",
        "列の対応を指定して読む CSV",
        "ef5643",
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
