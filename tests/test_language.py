"""The Japanese edition's own words: every label the renderers look up and every vocabulary value has its
Japanese form; dates and labels switch with the language and back."""

from __future__ import annotations

import ast
import typing
from pathlib import Path

import pytest

from conftest import ROOT
from macros.data import language, vocab
from macros.data.dates import PartialDate
from macros.render.i18n import LABELS_JA, t


def _t_calls() -> set[str]:
    """The literal English labels passed to t() anywhere in the package."""
    found = set()
    for path in (ROOT / "macros").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("t", "_header", "_empty"):
                found |= {a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_every_label_looked_up_has_a_japanese_form():
    labels = _t_calls()
    assert len(labels) >= 25
    assert sorted(labels - set(LABELS_JA)) == []


def test_the_record_page_labels_are_translated():
    from macros.render import record

    source = Path(record.__file__).read_text()
    infobox_keys = {
        n.elts[0].value
        for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.Tuple) and len(n.elts) == 2 and isinstance(n.elts[0], ast.Constant) and isinstance(n.elts[0].value, str)
        and n.elts[0].value[:1].isupper()
    }
    assert sorted(infobox_keys - set(LABELS_JA)) == []


def test_every_vocabulary_value_has_a_japanese_label():
    values = {
        value
        for name in dir(vocab)
        if typing.get_origin(getattr(vocab, name)) is typing.Literal
        for value in typing.get_args(getattr(vocab, name))
    }
    assert sorted(values - set(language.VOCAB_JA)) == []
    with language.writing_in("ja"):
        assert vocab.label("no-update") == "続報なし"
        assert vocab.meaning("fulfilled").endswith("。")


def test_dates_labels_and_the_language_return_to_english_after_a_block():
    date = PartialDate.parse("2025-02-07")
    with language.writing_in("ja"):
        assert (date.human(), PartialDate.parse("2025-02").human(), PartialDate.parse("2025").human()) == (
            "2025年2月7日",
            "2025年2月",
            "2025年",
        )
        assert t("Status history") == "状況の推移"
        assert language.other() == "en"
    assert date.human() == "7 February 2025"
    assert t("Status history") == "Status history"


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        language.activate("fr")
