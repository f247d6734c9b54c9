"""Textual's own words, shown by the app: the palette's system commands, its placeholder and its
empty result, the theme search, the screenshot notices and the ctrl+c hint. EN and JA. (Textual's
keys panel is not offered: see journal/tui/textual_words.py.)

The `textual.command.` codes hold Textual's English verbatim (Textual 8.2): the app receives Textual's
system commands in English and finds each title and help here by its text (`words.in_words`), so
within that area an English text appears once. The other codes the app asks for by name.
"""

from .pairs import Pair, languages

WORDS: dict[str, Pair] = {
    "textual.command.theme": (
        "Theme",
        "テーマ",
        "a797e3",
    ),
    "textual.command.theme.help": (
        "Change the current theme",
        "色のテーマを変える",
        "349304",
    ),
    "textual.command.quit": (
        "Quit",
        "終了",
        "1a2285",
    ),
    "textual.command.quit.help": (
        "Quit the application as soon as possible",
        "shima をすぐに終了",
        "39d02b",
    ),
    "textual.command.maximize": (
        "Maximize",
        "最大化",
        "35afae",
    ),
    "textual.command.maximize.help": (
        "Maximize the focused widget",
        "選んでいる部品を画面いっぱいに表示",
        "8d061a",
    ),
    "textual.command.minimize": (
        "Minimize",
        "元の大きさ",
        "1c5b76",
    ),
    "textual.command.minimize.help": (
        "Minimize the widget and restore to normal size",
        "最大化をやめて元の大きさに戻す",
        "d465c7",
    ),
    "textual.command.screenshot": (
        "Screenshot",
        "スクリーンショット",
        "60c152",
    ),
    "textual.command.screenshot.help": (
        "Save an SVG 'screenshot' of the current screen",
        "今の画面を SVG で保存",
        "8160a1",
    ),
    "textual.palette.placeholder": (
        "Search for commands…",
        "コマンドを検索…",
        "9550c9",
    ),
    "textual.palette.nothing_found": (
        "No matches found",
        "見つかりません",
        "a68d28",
    ),
    "textual.palette.themes_placeholder": (
        "Search for themes…",
        "テーマを検索…",
        "0f6583",
    ),
    "textual.screenshot.title": (
        "Screenshot",
        "スクリーンショット",
        "60c152",
    ),
    "textual.screenshot.saved": (
        "Saved screenshot",
        "スクリーンショットを保存しました",
        "5213f0",
    ),
    "textual.screenshot.saved_to": (
        "Saved screenshot to {path}",
        "スクリーンショットを {path} に保存しました",
        "2059e1",
    ),
    "textual.screenshot.failed": (
        "Failed to save screenshot",
        "スクリーンショットを保存できませんでした",
        "13834e",
    ),
    "textual.quit_hint.title": (
        "Do you want to quit?",
        "終了しますか？",
        "bcf4fd",
    ),
    "textual.quit_hint": (
        "Press {key} to quit the app",
        "{key} を押すと終了します",
        "c21d30",
    ),
}
EN, JA = languages(WORDS)
