"""Property-based: arbitrary text in any string field never crashes rendering or becomes markup."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from macros.data.atlas import Entry, link
from macros.data.loader import LoadError, load_bytes
from macros.data.models import Person, Source
from macros.render.record import render_record
from macros.data.validate import validate

ALLOWED_TAGS = {
    "h1",
    "h2",
    "h3",
    "p",
    "div",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "span",
    "a",
    "sup",
    "ol",
    "ul",
    "li",
    "small",
    "strong",
    "em",
    "code",
    "blockquote",
    "br",
    "hr",
    "abbr",
    "pre",
}
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=80
)
HOSTILE = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "{{ config }}",
        "{% raw %}",
        "<img src=x onerror=y>",
        "{: onclick=x }",
        "*[A]: b",
        "[x](javascript:y)",
        "| a | b |",
        "<!-- c -->",
        "&lt;",
        "--8<-- '/etc/passwd'",
        "!!! note",
        "\\",
        "`",
        "]]>",
        "<![CDATA[",
        "<style>*{}</style>",
    ]
)
FIELD_TEXT = st.one_of(TEXT, HOSTILE, st.lists(st.one_of(TEXT, HOSTILE), min_size=2, max_size=4).map(" ".join))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.bad.append(tag)
        for key, _ in attrs:
            if key.startswith("on") or key == "style":
                self.bad.append(f"{tag}[{key}]")


def _source() -> Entry:
    model = Source.model_validate(
        {
            "title": "S",
            "publisher": "P",
            "kind": "press",
            "reliability": "press",
            "summary": "s",
            "url": "https://example.org",
        }
    )
    return Entry("sources", "s", model, load_bytes(b"title: S\n", "s.yaml"))


def _html_of(entry: Entry) -> str:
    atlas = link({"people": {"p": entry}, "sources": {"s": _source()}})
    return render_record(atlas, entry, glossary={"LNG": 'liquefied "natural" <gas>'}).html


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=FIELD_TEXT, ja=FIELD_TEXT, alias=FIELD_TEXT, summary=FIELD_TEXT, role=FIELD_TEXT)
def test_any_text_in_any_field_renders_without_markup(name, ja, alias, summary, role):
    data = {
        "name": {"en": name, "ja": ja, "aliases": [alias]},
        "summary": summary,
        "sources": ["s"],
        "roles": [{"title": role, "note": summary}],
    }
    try:
        model = Person.model_validate(data)
    except Exception:
        return  # rejected by validation (e.g. whitespace-only text, unsafe link): never rendered
    html = _html_of(Entry("people", "p", model, load_bytes(b"name: x\n", "p.yaml")))
    parser = _Tags()
    parser.feed(html)
    assert parser.bad == []


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_load_or_fail_with_a_located_error(raw):
    try:
        load_bytes(raw, "data/people/x.yaml")
    except LoadError as exc:
        assert str(exc.error).startswith("data/people/x.yaml:")
        assert exc.error.line >= 1 and exc.error.rule


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_loads_or_fails_with_a_located_error(text):
    try:
        doc = load_bytes(text.encode("utf-8", "surrogatepass"), "data/people/x.yaml")
    except LoadError as exc:
        assert exc.error.rule
        return
    if isinstance(doc.data, dict):
        validate(doc, Person)  # must not raise: every problem becomes a DataError


@pytest.mark.parametrize("text", ["{{ 7*7 }}", "{% for i in range(2) %}x{% endfor %}"])
def test_jinja_text_survives_rendering_literally(text):
    model = Person.model_validate({"name": {"en": text}, "summary": text, "sources": ["s"]})
    html = _html_of(Entry("people", "p", model, load_bytes(b"name: x\n", "p.yaml")))
    assert "49" not in html and "xx" not in html
    assert "&#123;&#123; 7*7 &#125;&#125;" in html or "&#123;&#37;" in html or "&#123;% for" in html
