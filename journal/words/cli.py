"""Messages of the command line. EN and JA."""

EN: dict[str, str] = {
    "cli.passphrase": "Passphrase for {path}: ",
    "cli.new_passphrase": "New passphrase for {path} (it cannot be recovered if forgotten): ",
    "cli.repeat_passphrase": "The same passphrase again: ",
    "cli.passphrases_differ": "the two passphrases differ; nothing was changed",
    "cli.no_passphrase_typed": "no passphrase was typed; nothing was changed",
    "cli.passphrase_needs_terminal": (
        "{path}: a passphrase is typed on a terminal (or set $SHIMA_PASSPHRASE); nothing was changed"
    ),
    "cli.encrypted": (
        "encrypted {path}; its key is {key}, encrypted with your passphrase: keep both together "
        "(a forgotten passphrase cannot be recovered)"
    ),
    "cli.decrypted": "{path} is no longer encrypted",
    "cli.offer_keyring": "Keep the unlocked key in this system's keyring, so commands here do not ask for the passphrase? [y/N] ",
    "cli.key_remembered": (
        "the key of {path} is kept in the system keyring: commands on this device no longer ask (shima lock forgets it)"
    ),
    "cli.key_forgotten": "the key of {path} was removed from the system keyring",
    "cli.key_not_kept": "the system keyring held no key of {path}",
    "due.short": "shima: {count} to get in touch with: {names}{more}",
    "due.more": " and {n} more",
    "due.nobody": "nobody is due: everyone has heard from you in time",
    "due.title": "shima: {count} to get in touch with",
    "due.every": "every {cadence}",
    "due.line": "{name} ({tag}): {status} · {when}, {every}",
    "calendar.summary": "Get in touch: {name}",
    "calendar.written": "wrote {count} keep-in-touch days to {path}",
    "cli.setting.cadence_defaults": "cadence_defaults",
    "cli.no_reminder": "none",
    "cli.setting.currency": "currency",
    "cli.setting.owner_goal": "owner_goal",
    "cli.setting.window_days": "window_days",
    "cli.setting.lang": "lang",
    "cli.saved_contact": "{name} was saved as {id}",
    "cli.saved_entry": "the entry was saved as {id}",
    "cli.saved_settings": "the settings were saved",
    "cli.saved_but_not_printed": "{what}, but the result could not be printed ({reason}); do not run the command again",
    "cli.not_printed": "the output could not be written: {reason}",
    "cli.nothing_to_change": "nothing to change: give at least one option",
    "cli.cadence_not_days": "{text} is not a number of days (or none)",
    "cli.archived": "archived {name} ({id}); shima restore brings it back",
    "cli.restored": "restored {name} ({id})",
    "cli.deleted_entry": "deleted the entry {id}",
    "cli.contribution_needs_contact": "--{direction} needs at least one -c CONTACT (an entry about yourself is --note)",
    "cli.archived_mark": " (archived)",
    "cli.no_contacts": "no contacts yet: shima add NAME",
    "cli.yourself": "(yourself)",
    "cli.exported": "exported {contacts:,} contacts and {entries:,} entries to {path}",
    "cli.imported_merge": (
        "merged {contacts:,} contacts and {entries:,} entries: {contacts_added:,} contacts added, {contacts_updated:,} updated; "
        "{entries_added:,} entries added, {entries_updated:,} updated"
    ),
    "cli.imported_replace": (
        "replaced the journal with {contacts:,} contacts and {entries:,} entries: {contacts_added:,} contacts added, "
        "{contacts_updated:,} updated; {entries_added:,} entries added, {entries_updated:,} updated"
    ),
    "cli.column.id": "ID",
    "cli.column.name": "NAME",
    "cli.column.tag": "TAG",
    "cli.column.fit": "FIT",
    "cli.column.gave": "GAVE",
    "cli.column.received": "RECEIVED",
    "cli.column.last": "LAST",
    "cli.column.date": "DATE",
    "cli.column.direction": "DIRECTION",
    "cli.column.kind": "KIND",
    "cli.column.value": "VALUE",
    "cli.column.with": "WITH",
    "cli.column.what": "WHAT",
    "report.heading": "shima report for {today} (window: last {days} days)",
    "report.goal": "Your goal: {goal}",
    "report.rule": "rule: {rule}",
    "report.nobody": "none",
    "report.your_shima": "Your shima",
    "cli.import_refused": "{path}: {problem}",
    "cli.import_replace_people": (
        "--replace replaces the journal with a shima export, and {path} is a {format}: leave --replace out to add its people"
    ),
    "cli.import_other_format": "{path} is a {found}, not a {asked}: leave --format out and shima reads it as what it is",
    "cli.import_progress": "reading {path}: {percent}%",
    "cli.imported_merge_dry": (
        "would merge {contacts:,} contacts and {entries:,} entries: {contacts_added:,} contacts added, "
        "{contacts_updated:,} updated; {entries_added:,} entries added, {entries_updated:,} updated "
        "(dry run: nothing was changed)"
    ),
    "cli.imported_replace_dry": (
        "would replace the journal with {contacts:,} contacts and {entries:,} entries (dry run: nothing was changed)"
    ),
    "count.person.one": "{n} person",
    "count.person.other": "{n} people",
    "count.card.one": "{n} card",
    "count.card.other": "{n} cards",
    "count.row.one": "{n} row",
    "count.row.other": "{n} rows",
    "cli.people.summary": "{people}: {parts}",
    "cli.people.summary_dry": "{people}: {parts} (dry run: nothing was changed)",
    "cli.people.added": "{n:,} added",
    "cli.people.would_add": "{n:,} would be added",
    "cli.people.updated": "{n:,} updated",
    "cli.people.would_update": "{n:,} would be updated",
    "cli.people.unchanged": "{n:,} already there, unchanged",
    "cli.people.twice": "{n:,} listed twice in the file (taken as one)",
    "cli.people.same_name": "{n:,} with the same name as a contact (not imported)",
    "cli.people.invalid": "{n:,} breaking a rule (not imported)",
    "cli.people.skipped": "{what} skipped",
    "cli.people.nothing": "nobody in the file",
}

JA: dict[str, str] = {
    "cli.passphrase": "{path} のパスフレーズ：",
    "cli.new_passphrase": "{path} の新しいパスフレーズ（忘れると元に戻せません）：",
    "cli.repeat_passphrase": "もう一度同じパスフレーズ：",
    "cli.passphrases_differ": "2つのパスフレーズが違います。何も変更していません",
    "cli.no_passphrase_typed": "パスフレーズが入力されませんでした。何も変更していません",
    "cli.passphrase_needs_terminal": (
        "{path}：パスフレーズは端末で入力します（または $SHIMA_PASSPHRASE を設定）。何も変更していません"
    ),
    "cli.encrypted": (
        "{path} を暗号化しました。鍵 {key} はパスフレーズで暗号化されています。"
        "帳簿と一緒に保管してください（パスフレーズを忘れると元に戻せません）"
    ),
    "cli.decrypted": "{path} の暗号化を解除しました",
    "cli.offer_keyring": "鍵をこのシステムのキーリングに保管して、この端末ではパスフレーズを聞かないようにしますか？ [y/N] ",
    "cli.key_remembered": "{path} の鍵をキーリングに保管しました。この端末ではパスフレーズを聞きません（shima lock で消せます）",
    "cli.key_forgotten": "{path} の鍵をキーリングから消しました",
    "cli.key_not_kept": "キーリングに {path} の鍵はありませんでした",
    "due.short": "shima: 連絡どき {count}人：{names}{more}",
    "due.more": " ほか{n}人",
    "due.nobody": "連絡どきの人はいません",
    "due.title": "shima: 連絡どき {count}人",
    "due.every": "{cadence}ごと",
    "due.line": "{name}（{tag}）：{status}・{when}、{every}",
    "calendar.summary": "連絡する：{name}",
    "calendar.written": "連絡する日を{count}件、{path} に書き出しました",
    "cli.setting.cadence_defaults": "区分ごとの連絡の間隔",
    "cli.no_reminder": "なし",
    "cli.setting.currency": "通貨",
    "cli.setting.owner_goal": "目標",
    "cli.setting.window_days": "期間（日）",
    "cli.setting.lang": "言語",
    "cli.saved_contact": "{name} を {id} として保存しました",
    "cli.saved_entry": "記録を {id} として保存しました",
    "cli.saved_settings": "設定を保存しました",
    "cli.saved_but_not_printed": "{what}。ただし結果を表示できませんでした（{reason}）。コマンドをもう一度実行しないでください",
    "cli.not_printed": "出力を書き込めませんでした（{reason}）",
    "cli.nothing_to_change": "変更する内容がありません。オプションを1つ以上指定してください",
    "cli.cadence_not_days": "{text} は日数ではありません（数字か none で指定してください）",
    "cli.archived": "{name}（{id}）をアーカイブしました。shima restore で元に戻せます",
    "cli.restored": "{name}（{id}）を復元しました",
    "cli.deleted_entry": "記録 {id} を削除しました",
    "cli.contribution_needs_contact": (
        "--{direction} には -c CONTACT で相手を1人以上指定してください（自分についての記録は --note）"
    ),
    "cli.archived_mark": "（アーカイブ済み）",
    "cli.no_contacts": "連絡先はまだありません：shima add NAME で追加できます",
    "cli.yourself": "（自分）",
    "cli.exported": "連絡先{contacts:,}件と記録{entries:,}件を {path} に書き出しました",
    "cli.imported_merge": (
        "連絡先{contacts:,}件と記録{entries:,}件を取り込みました：連絡先は{contacts_added:,}件追加・{contacts_updated:,}件更新、"
        "記録は{entries_added:,}件追加・{entries_updated:,}件更新"
    ),
    "cli.imported_replace": (
        "帳簿を連絡先{contacts:,}件と記録{entries:,}件で置き換えました：連絡先は{contacts_added:,}件追加・{contacts_updated:,}件更新、"
        "記録は{entries_added:,}件追加・{entries_updated:,}件更新"
    ),
    "cli.column.id": "ID",
    "cli.column.name": "名前",
    "cli.column.tag": "区分",
    "cli.column.fit": "条件",
    "cli.column.gave": "与えた",
    "cli.column.received": "受け取った",
    "cli.column.last": "最後",
    "cli.column.date": "日付",
    "cli.column.direction": "方向",
    "cli.column.kind": "種類",
    "cli.column.value": "金額",
    "cli.column.with": "相手",
    "cli.column.what": "内容",
    "report.heading": "shima レポート {today}（期間：直近{days}日）",
    "report.goal": "自分の目標：{goal}",
    "report.rule": "基準：{rule}",
    "report.nobody": "該当なし",
    "report.your_shima": "あなたのシマ",
    "cli.import_refused": "{path}：{problem}",
    "cli.import_replace_people": (
        "--replace は帳簿を shima のエクスポートで置き換えます。{path} は{format}です。"
        "人を取り込むには --replace を付けずに実行してください"
    ),
    "cli.import_other_format": (
        "{path} は {found} で、{asked} ではありません。--format を付けなければ中身から判別して読み込みます"
    ),
    "cli.import_progress": "{path} を読み込み中：{percent}%",
    "cli.imported_merge_dry": (
        "連絡先{contacts:,}件と記録{entries:,}件を取り込むと：連絡先は{contacts_added:,}件追加・{contacts_updated:,}件更新、"
        "記録は{entries_added:,}件追加・{entries_updated:,}件更新になります（試行のみ：何も変更していません）"
    ),
    "cli.imported_replace_dry": (
        "帳簿を連絡先{contacts:,}件と記録{entries:,}件で置き換えることになります（試行のみ：何も変更していません）"
    ),
    "count.person.other": "{n}人",
    "count.card.other": "{n}件のカード",
    "count.row.other": "{n}行",
    "cli.people.summary": "{people}：{parts}",
    "cli.people.summary_dry": "{people}：{parts}（試行のみ：何も変更していません）",
    "cli.people.added": "追加 {n:,}人",
    "cli.people.would_add": "追加予定 {n:,}人",
    "cli.people.updated": "更新 {n:,}人",
    "cli.people.would_update": "更新予定 {n:,}人",
    "cli.people.unchanged": "登録済みで変更なし {n:,}人",
    "cli.people.twice": "ファイルに2回出てくる人 {n:,}人（1人として扱う）",
    "cli.people.same_name": "同じ名前の連絡先がある人 {n:,}人（取り込まず）",
    "cli.people.invalid": "決まりに合わない人 {n:,}人（取り込まず）",
    "cli.people.skipped": "{what}を読み飛ばし",
    "cli.people.nothing": "ファイルに人がいません",
}
