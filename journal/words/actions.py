"""Messages of the use cases: records gone elsewhere, imports refused. EN and JA."""

EN: dict[str, str] = {
    "sync.merged": (
        "merged the sync copy {name}: {added:,} added, {updated:,} changed, {removed:,} removed "
        "(contacts and entries); the copy is kept as a backup"
    ),
    "sync.left_alone": "the sync copy {name} was not merged: {problem}",
    "sync.another_journal": (
        "{path} is a copy of another journal (was shima started here before the first sync ended?); "
        "it was left as it is: `shima import` it to merge it anyway"
    ),
    "crypt.passphrase_too_long": (
        "a passphrase of more than {limit:,} characters cannot be typed whole on a terminal; nothing was changed"
    ),
    "crypt.already": "{path}: the journal is already encrypted",
    "crypt.not_encrypted": "{path}: the journal is not encrypted",
    "crypt.empty_passphrase": "an empty passphrase protects nothing; nothing was changed",
    "cadence.by_tag": "{text!r} is not TAG=DAYS: write e.g. shima=14,peer=60,influencer=none (tags: {tags})",
    "contact.gone": "the contact {id} no longer exists (was it removed in another window?)",
    "entry.gone": "the entry {id} no longer exists (was it deleted in another window?)",
    "import.future_stamp": "{field} {stamp} is in the future; a record from the future would win every later merge",
    "lookup.empty": "an empty name matches nobody",
    "lookup.ambiguous": "contact {query!r} is ambiguous: {candidates}; use the id",
    "lookup.ambiguous.more": " and {n} more",
    "lookup.unknown": "contact {query!r} not found; `shima list` shows every contact",
    "fit.unknown": "{text!r} is not a shima criterion; use {choices}",
}

JA: dict[str, str] = {
    "sync.merged": (
        "同期のコピー {name} を統合しました：追加{added:,}件・変更{updated:,}件・削除{removed:,}件（連絡先と記録）。"
        "コピーはバックアップとして残しました"
    ),
    "sync.left_alone": "同期のコピー {name} は統合しませんでした：{problem}",
    "sync.another_journal": (
        "{path} は別の帳簿のコピーです（最初の同期が終わる前にここで shima を使いましたか？）。"
        "そのままにしました。それでも統合するには `shima import` してください"
    ),
    "crypt.passphrase_too_long": "{limit:,}文字を超えるパスフレーズは端末で最後まで入力できません。何も変更していません",
    "crypt.already": "{path}：帳簿はすでに暗号化されています",
    "crypt.not_encrypted": "{path}：帳簿は暗号化されていません",
    "crypt.empty_passphrase": "空のパスフレーズでは何も守れません。何も変更していません",
    "cadence.by_tag": (
        "「{text}」は 区分=日数 の形ではありません：shima=14,peer=60,influencer=none のように書いてください（区分：{tags}）"
    ),
    "contact.gone": "連絡先 {id} はもうありません（別のウィンドウで削除されましたか？）",
    "entry.gone": "記録 {id} はもうありません（別のウィンドウで削除されましたか？）",
    "import.future_stamp": (
        "「{field}」の {stamp} は未来の日時です。未来の記録があると、この先の取り込みで常にそちらが優先されてしまいます"
    ),
    "lookup.empty": "空の名前では誰も見つかりません",
    "lookup.ambiguous": "連絡先 {query!r} に当てはまる人が複数います：{candidates}。id で指定してください",
    "lookup.ambiguous.more": "、ほか{n}人",
    "lookup.unknown": "連絡先 {query!r} が見つかりません。`shima list` ですべての連絡先を表示できます",
    "fit.unknown": "「{text}」はシマの条件ではありません。{choices} のどれかを使ってください",
}
