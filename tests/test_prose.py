"""Data text as HTML (macros/render/prose.py): plain text skips Markdown with the same result; tooltips."""

from __future__ import annotations

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from macros.render.prose import abbreviate, block_html, inline_html, is_plain
from macros.render.escape import markdown_block

PROSE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), min_size=1, max_size=120
)


@settings(max_examples=400, deadline=None)
@given(PROSE)
def test_plain_text_gives_what_python_markdown_gives(text):
    if not text.strip() or not is_plain(text):
        return
    assert block_html(text) == markdown.markdown(markdown_block(text))


@pytest.mark.parametrize(
    "text",
    [
        "The 2% pledge of 2022.",
        "Japan's “golden age” — a $1 trillion figure",
        "First paragraph.\n\nSecond paragraph.",
        "Tokyo, 7 February: talks; (details) follow!",
    ],
)
def test_common_sentences_take_the_plain_path(text):
    assert is_plain(text)
    assert block_html(text) == markdown.markdown(markdown_block(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**bold** and _em_", "<p><strong>bold</strong> and <em>em</em></p>"),
        ("[a link](https://example.org)", '<p><a href="https://example.org">a link</a></p>'),
        ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"),
        ("<script>x</script>", "<p>&lt;script&gt;x&lt;/script&gt;</p>"),
        ("AT&T", "<p>AT&amp;T</p>"),
        ("# not a heading", "<p>&#35; not a heading</p>"),
    ],
)
def test_markdown_fields_keep_formatting_but_not_html(text, expected):
    assert block_html(text) == expected


def test_a_tail_ends_the_last_paragraph_or_list_item():
    assert block_html("One.\n\nTwo.", "<sup>1</sup>") == "<p>One.</p>\n<p>Two. <sup>1</sup></p>"
    assert block_html("- a\n- b", "<sup>1</sup>") == "<ul>\n<li>a</li>\n<li>b <sup>1</sup></li>\n</ul>"


def test_inline_text_never_becomes_a_block():
    assert inline_html("- not a list item") == "&#45; not a list item"
    assert inline_html("1. not a list") == "&#49;. not a list"
    assert inline_html("plain, on\none line") == "plain, on one line"
    assert inline_html("**b**", "<sup>1</sup>") == "<strong>b</strong> <sup>1</sup>"


def test_glossary_terms_get_tooltips_in_text_only():
    page = (
        '<h1 id="lng">LNG deal</h1><p>LNG and <a href="x" title="LNG">LNG</a>, not LNGs or xLNG.</p>'
        '<svg><text>LNG</text></svg><code>LNG</code><abbr title="t">LNG</abbr>'
    )
    out = abbreviate(page, {"LNG": 'liquefied "natural" gas'})
    tip = '<abbr title="liquefied &quot;natural&quot; gas">LNG</abbr>'
    assert out == (
        f'<h1 id="lng">{tip} deal</h1><p>{tip} and <a href="x" title="LNG">{tip}</a>, not LNGs or xLNG.</p>'
        '<svg><text>LNG</text></svg><code>LNG</code><abbr title="t">LNG</abbr>'
    )


def test_longer_terms_win_and_escaped_terms_match():
    out = abbreviate(
        "<p>FY2025 budget, FY, R&amp;D</p>", {"FY": "fiscal year", "FY2025": "fiscal 2025", "R&D": "research"}
    )
    assert out == (
        '<p><abbr title="fiscal 2025">FY2025</abbr> budget, <abbr title="fiscal year">FY</abbr>, '
        '<abbr title="research">R&amp;D</abbr></p>'
    )
