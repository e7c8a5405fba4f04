"""Material's search dialog gets an accessible name (axe rule aria-dialog-name)."""

from __future__ import annotations

from macros.render.a11y_markup import name_search_dialog

DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def test_the_search_dialog_is_named():
    assert name_search_dialog(f"<body>{DIALOG}</div></body>") == (
        '<body><div class="md-search" data-md-component="search" role="dialog" aria-label="Search"></div></body>'
    )


def test_a_dialog_already_named_is_left_alone():
    named = '<div class="md-search" data-md-component="search" role="dialog" aria-label="Suche">'
    assert name_search_dialog(named) == named


def test_the_label_is_escaped():
    assert 'aria-label="&quot;Find&quot;"' in name_search_dialog(DIALOG, label='"Find"')
