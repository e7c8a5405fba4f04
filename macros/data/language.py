"""The language a build writes in — English, or Japanese for the Japanese edition — and the Japanese forms of
the closed vocabularies and of dates.

The language is a context variable: a build sets it when it starts (macros/glue/build.py) and resets it when it
ends, so every renderer of that build writes in it without each function taking a parameter, and nothing of
one build's language outlives it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token

LANGUAGES = ("en", "ja")

_CURRENT: ContextVar[str] = ContextVar("atlas_language", default="en")


def current() -> str:
    """The language being written: 'en' or 'ja'."""
    return _CURRENT.get()


def other() -> str:
    """The other edition's language."""
    return "en" if current() == "ja" else "ja"


def activate(language: str) -> Token[str]:
    """Write in `language` from now on; returns the token that `deactivate` takes to undo it."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: expected one of {', '.join(LANGUAGES)}")
    return _CURRENT.set(language)


def deactivate(token: Token[str]) -> None:
    """Back to the language before `activate`."""
    _CURRENT.reset(token)


@contextmanager
def writing_in(language: str) -> Iterator[None]:
    """Write in `language` inside the block."""
    token = activate(language)
    try:
        yield
    finally:
        deactivate(token)


def date_ja(year: int, month: int | None, day: int | None) -> str:
    """A date as Japanese text: 2025年2月7日, 2025年2月, 2025年."""
    return f"{year}年" + (f"{month}月" if month else "") + (f"{day}日" if month and day else "")


VOCAB_JA: dict[str, str] = {
    # Japanese labels of every value of the closed vocabularies (macros/data/vocab.py); tests check each has one.
    # statuses
    "pledged": "約束済み",
    "in-progress": "進行中",
    "partially-fulfilled": "一部履行",
    "fulfilled": "履行済み",
    "stalled": "停滞",
    "reversed": "撤回",
    "superseded": "置き換え",
    "reaffirmed": "再確認",
    "no-update": "続報なし",
    # countries
    "japan": "日本",
    "united-states": "米国",
    "china": "中国",
    "north-korea": "北朝鮮",
    "south-korea": "韓国",
    "australia": "オーストラリア",
    "india": "インド",
    "philippines": "フィリピン",
    "taiwan": "台湾",
    "canada": "カナダ",
    "mexico": "メキシコ",
    "russia": "ロシア",
    "international": "国際",
    # dimensions
    "security": "安全保障",
    "economics": "経済",
    "diplomacy": "外交",
    # agreement kinds
    "treaty": "条約",
    "law": "法律",
    "strategy": "戦略",
    "plan": "計画",
    "dialogue": "対話の枠組み",
    "framework": "枠組み",
    "trade-agreement": "貿易協定",
    "joint-statement": "共同声明",
    "memorandum": "覚書",
    # chart kinds
    "bar": "棒グラフ",
    "line": "折れ線グラフ",
    # commitment basis
    "statement-verbatim": "声明の原文",
    "statement-summary": "声明の要約",
    "remarks": "発言",
    "government-summary": "政府による要約",
    # commitment kinds
    "pledge": "約束",
    "declaration": "宣言",
    # date meanings
    "signed": "署名",
    "adopted": "採択",
    "approved": "承認",
    "announced": "発表",
    "established": "設置",
    "issued": "発出",
    "agreed": "合意",
    "ratified": "批准",
    "entered-into-force": "発効",
    "amended": "改正",
    "expired": "失効",
    "terminated": "終了",
    # event kinds
    "summit": "首脳会談",
    "visit": "訪問",
    "meeting": "会談・会合",
    "press-conference": "記者会見",
    "election": "選挙",
    "decision": "決定",
    "announcement": "発表",
    "appointment": "任命",
    "resignation": "辞任",
    "transaction": "取引",
    "tariff-action": "関税措置",
    "court-ruling": "判決",
    "military-operation": "軍事行動",
    "incident": "事件・事故",
    "other": "その他",
    # languages
    "en": "英語",
    "ja": "日本語",
    # organization kinds
    "government": "政府",
    "government-office": "政府機関",
    "ministry": "省庁",
    "military": "軍・自衛隊",
    "legislature": "議会",
    "political-party": "政党",
    "company": "企業",
    "project": "事業",
    "multilateral-format": "多国間の枠組み",
    "international-organization": "国際機関",
    "media": "報道機関",
    "think-tank": "シンクタンク",
    # quote basis
    "transcript": "記録（逐語）",
    "report": "報道",
    "document": "文書",
    # reliability
    "official": "公式",
    "verbatim-copy": "原文の転載",
    "press": "報道",
    "summary": "要約",
    "weak": "信頼性低",
    # source kinds
    "analysis": "分析",
    "reference": "参考資料",
}

STATUS_MEANINGS_JA: dict[str, str] = {
    "pledged": "約束されたが、実現に向けた措置はまだ記録されていない。",
    "in-progress": "具体的な措置が記録されているが、まだ完了していない。",
    "partially-fulfilled": "約束の一部が実現した。",
    "fulfilled": "引用した資料によれば、約束どおり実現した。",
    "stalled": "計画または着手された措置が延期または中止された。",
    "reversed": "その後の決定が約束に反した。",
    "superseded": "その後の別の約束に置き換えられた。",
    "reaffirmed": "継続する宣言がこの日に改めて表明された（宣言のみ）。",
    "no-update": "その後の資料が見つからず、状況は不明である。",
}
