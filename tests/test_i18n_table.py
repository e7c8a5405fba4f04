"""The Japanese label table: a dict literal keeps the last of two equal keys without a word, so a label
translated twice (two helpers' "Copy": 転載 and コピー) would silently lose one of its meanings."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import macros.render.i18n as i18n


def test_no_english_label_is_translated_twice():
    tree = ast.parse(Path(i18n.__file__).read_text(encoding="utf-8"))
    table = next(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "LABELS_JA"
    )
    assert isinstance(table, ast.Dict)
    keys = [key.value for key in table.keys if isinstance(key, ast.Constant)]
    assert len(keys) == len(table.keys) > 100
    assert [key for key, count in collections.Counter(keys).items() if count > 1] == []
