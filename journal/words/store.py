"""Messages about the journal file and other files. EN and JA."""

EN: dict[str, str] = {
    "file.folder_is_file": "{path}: a file stands where the journal's folder should be",
    "file.folder_failed": "{path}: the folder cannot be created: {reason}",
    "file.is_folder": "{path}: is a folder, not a journal file",
    "file.is_folder_give_name": "{path}: is a folder; give a file name",
    "file.not_regular": "{path}: is not a regular file (a device, a pipe or a socket); give a file name",
    "file.dangling_link": "{path}: is a link to nothing; give a file name",
    "file.unreadable": "{path}: cannot be read: {reason}",
    "file.unwritable": "{path}: could not be written: {reason}",
    "file.no_memory": "{path}: not enough memory to read it (is a memory limit set?); the file was left as it is",
    "file.empty": "{path}: the file is empty, not a shima journal (it was left as it is)",
    "file.not_json": "{path}: not valid JSON ({reason}); the file was left as it is",
    "file.invalid": "{path}: {problem}; the file was left as it is",
    "file.invalid_import": "{path}: {problem}; nothing was imported",
    "file.missing": "{path}: no such file",
    "file.lock_timeout": "{path}: another shima has held the lock for {seconds} s; nothing was changed",
    "file.lock_failed": "{path}: cannot be created: {reason}",
    "file.read_only": "{path}: the journal is read-only, so nothing was changed; make it writable (chmod u+w) to change it",
    "file.save_failed": "{path}: could not be saved: {reason}; nothing was changed",
    "file.backup_failed": "{path}: the backup could not be written ({reason}); nothing was changed",
    "crypt.locked": (
        "{path}: the journal is encrypted: type its passphrase on a terminal, or set $SHIMA_PASSPHRASE; nothing was changed"
    ),
    "crypt.wrong_passphrase": "{path}: wrong passphrase; nothing was changed",
    "crypt.no_key_file": (
        "{path}: this encrypted journal's key file is missing; put it back beside the journal (without it nothing can be read)"
    ),
    "crypt.key_damaged": "{path}: the key file is damaged; restore it from a copy",
    "crypt.not_this_key": (
        "{path}: cannot be decrypted with this journal's key (encrypted with another key, or damaged); "
        "it was left as it is"
    ),
    "crypt.journal_not_encrypted": (
        "{path}: is encrypted, and this journal is not (it has no key to open it); it was left as it is"
    ),
    "crypt.no_keyring": "{path}: this system has no keyring to keep the key in; set $SHIMA_PASSPHRASE or type the passphrase",
    "crypt.keyring_failed": "{path}: the keyring refused to keep the key ({reason})",
}

JA: dict[str, str] = {
    "file.folder_is_file": "{path}：帳簿のフォルダがあるべき場所にファイルがあります",
    "file.folder_failed": "{path}：フォルダを作成できません（{reason}）",
    "file.is_folder": "{path}：フォルダです。帳簿のファイルではありません",
    "file.is_folder_give_name": "{path}：フォルダです。ファイル名を指定してください",
    "file.not_regular": (
        "{path}：通常のファイルではありません（デバイス、パイプ、ソケットのどれかです）。ファイル名を指定してください"
    ),
    "file.dangling_link": "{path}：リンク先が存在しません。ファイル名を指定してください",
    "file.unreadable": "{path}：読み込めません（{reason}）",
    "file.unwritable": "{path}：書き込めませんでした（{reason}）",
    "file.no_memory": (
        "{path}：読み込むためのメモリが足りません（メモリの上限が設定されていませんか？）。ファイルは変更していません"
    ),
    "file.empty": "{path}：ファイルが空で、shima の帳簿ではありません（ファイルは変更していません）",
    "file.not_json": "{path}：正しい JSON ではありません（{reason}）。ファイルは変更していません",
    "file.invalid": "{path}：{problem}（ファイルは変更していません）",
    "file.invalid_import": "{path}：{problem}（何も取り込んでいません）",
    "file.missing": "{path}：ファイルがありません",
    "file.lock_timeout": "{path}：別の shima が{seconds}秒間ロックしたままです。何も変更していません",
    "file.lock_failed": "{path}：作成できません（{reason}）",
    "file.read_only": (
        "{path}：帳簿が読み取り専用のため、何も変更していません。変更するには書き込みを許可してください（chmod u+w）"
    ),
    "file.save_failed": "{path}：保存できませんでした（{reason}）。何も変更していません",
    "file.backup_failed": "{path}：バックアップを書き込めませんでした（{reason}）。何も変更していません",
    "crypt.locked": (
        "{path}：帳簿は暗号化されています。端末でパスフレーズを入力するか、"
        "$SHIMA_PASSPHRASE を設定してください。何も変更していません"
    ),
    "crypt.wrong_passphrase": "{path}：パスフレーズが違います。何も変更していません",
    "crypt.no_key_file": (
        "{path}：暗号化された帳簿の鍵ファイルがありません。帳簿の隣に戻してください（鍵がないと読めません）"
    ),
    "crypt.key_damaged": "{path}：鍵ファイルが壊れています。コピーから戻してください",
    "crypt.not_this_key": (
        "{path}：この帳簿の鍵では復号できません（別の鍵で暗号化されているか、壊れています）。そのままにしました"
    ),
    "crypt.journal_not_encrypted": (
        "{path}：暗号化されていますが、この帳簿は暗号化されていません（開く鍵がありません）。そのままにしました"
    ),
    "crypt.no_keyring": (
        "{path}：このシステムには鍵を保管するキーリングがありません。"
        "$SHIMA_PASSPHRASE を設定するか、パスフレーズを入力してください"
    ),
    "crypt.keyring_failed": "{path}：キーリングに鍵を保管できませんでした（{reason}）",
}
