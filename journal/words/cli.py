"""Messages of the command line. EN and JA."""

EN: dict[str, str] = {
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
    "report.by_tag": "Balance by tag (window)",
    "report.by_tag.row": "{tag} gave {gave} ({gave_money})   received {received} ({received_money})",
    "report.payoff": "Did it pay off? received ← vs given → per month; effort = entries about yourself",
    "report.effort": "effort {n}",
}

JA: dict[str, str] = {
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
    "report.by_tag": "区分ごとのバランス（期間内）",
    "report.by_tag.row": "{tag} 与えた {gave}件（{gave_money}）   受け取った {received}件（{received_money}）",
    "report.payoff": "成果は出たか？ 月ごとの受け取ったもの（←）と与えたもの（→）。努力＝自分についての記録の件数",
    "report.effort": "努力 {n}件",
}
