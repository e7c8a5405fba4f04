""""Cite this page": the page's citation in APA, Chicago and BibTeX, with its permanent URL, its date of last
update and the reader's access date (filled in by docs/assets/atlas-cite.js; "[date]" without script).

The content is CC BY 4.0, whose condition is attribution: every citation names the Atlas, the page's title and
the date it was last updated. Pure function of its arguments; the glue passes the page's title, canonical URL
and git date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from macros.data import language
from macros.data.dates import PartialDate
from macros.render.escape import html_attribute, html_text
from macros.render.i18n import t

ACCESS_PLACEHOLDER = "[date]"
"""What the access date reads before the script fills in the reader's date (and without script)."""


@dataclass(frozen=True)
class PageCitation:
    """What a citation of one page names."""

    site: str  # the Atlas's name in the edition's language
    title: str  # the page's title (text, not HTML)
    url: str  # the permanent URL
    updated: str | None  # YYYY-MM-DD of the last commit to the page's file, or None
    path: str = ""  # the page's path under the edition's root (people/ishiba-shigeru/), for the BibTeX key


def _access(style: str) -> str:
    """The access date's slot: `style` tells the script how to write the reader's date (long or iso)."""
    return f'<span class="atlas-access-date" data-style="{style}">{ACCESS_PLACEHOLDER}</span>'


def _updated(citation: PageCitation) -> PartialDate | None:
    return PartialDate.parse(citation.updated) if citation.updated else None


def _us_date(date: PartialDate) -> str:
    """`December 3, 2026`: the month-first form APA and Chicago use in English."""
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]  # fmt: skip
    if not date.month:
        return str(date.year)
    return f"{months[date.month - 1]} {date.day}, {date.year}" if date.day else f"{months[date.month - 1]} {date.year}"


def apa(citation: PageCitation) -> str:
    """APA 7 (a web page whose author is the site), as HTML."""
    site, title, url = html_text(citation.site), html_text(citation.title), html_text(citation.url)
    date = _updated(citation)
    if language.current() == "ja":
        when = date.human() if date else "日付なし"
        return f"{site}（{when}）「{title}」{url}（{_access('long')}閲覧）"
    when = f"{date.year}, {_us_date(date).rsplit(',', 1)[0]}" if date and date.day else (str(date.year) if date else "n.d.")
    return f"{site}. ({when}). <i>{title}</i>. Retrieved {_access('long')}, from {url}"


def chicago(citation: PageCitation) -> str:
    """Chicago (notes and bibliography, a web page), as HTML."""
    site, title, url = html_text(citation.site), html_text(citation.title), html_text(citation.url)
    date = _updated(citation)
    if language.current() == "ja":
        modified = f"{date.human()}最終更新、" if date else ""
        return f"「{title}」{site}、{modified}{_access('long')}閲覧、{url}。"
    modified = f" Last modified {_us_date(date)}." if date else ""
    return f"“{title}.” {site}.{modified} Accessed {_access('long')}. {url}."


def _bibtex_key(citation: PageCitation) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", citation.path.lower().removesuffix(".html")).strip("-")
    return ("atlas-ja-" if language.current() == "ja" else "atlas-") + (slug or "home")


def _bibtex_text(text: str) -> str:
    """Text for a BibTeX field: braces and backslashes would end or escape it, so they are dropped."""
    return re.sub(r"[{}\\]", "", text)


def bibtex(citation: PageCitation) -> str:
    """A BibTeX @misc entry, as HTML (the text of a <pre>)."""
    date = _updated(citation)
    fields = [
        ("title", _bibtex_text(citation.title)),
        ("author", "{" + _bibtex_text(citation.site) + "}"),
        *([("year", str(date.year))] if date else []),
        *([("date", date.iso())] if date else []),
        ("url", citation.url),
        ("urldate", ACCESS_PLACEHOLDER),
        ("note", "CC BY 4.0"),
    ]
    lines = [f"@misc{{{_bibtex_key(citation)},"]
    for name, value in fields:
        shown = _access("iso") if value == ACCESS_PLACEHOLDER else html_text(value)
        lines.append(f"  {name} = {{{shown}}},")
    lines.append("}")
    return "\n".join(lines)


def cite_this_page(citation: PageCitation) -> str:
    """The "Cite this page" block: the three citations, each with a copy button (kept out of the search index)."""
    formats = [("APA", apa(citation)), ("Chicago", chicago(citation)), ("BibTeX", bibtex(citation))]
    copy, copied = html_attribute(t("Copy")), html_attribute(t("Copied"))
    blocks = []
    for name, text in formats:
        tag = "pre" if name == "BibTeX" else "p"
        blocks.append(
            f'<div class="atlas-cite-format" data-format="{name.lower()}">\n'
            f'<p class="atlas-cite-format-name">{name}</p>\n'
            f'<{tag} class="atlas-cite-text">{text}</{tag}>\n'
            f'<button type="button" class="md-button atlas-cite-copy" data-copied="{copied}"'
            f' aria-label="{html_attribute(t("Copy the citation"))} ({name})">{copy}</button>\n'
            "</div>"
        )
    licence = t("The Atlas's content is under CC BY 4.0: cite the Atlas, the page's title and its date of last update.")
    return "\n".join(
        [
            '<details class="atlas-cite-page" data-search-exclude>',
            f"<summary>{t('Cite this page')}</summary>",
            f"<p>{html_text(licence)}</p>",
            *blocks,
            "</details>",
        ]
    )
