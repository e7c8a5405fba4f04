"""HTML tables and filter controls for the tracker, the indexes and the timeline.

Every cell carries its column's label (`data-label`), so that on a phone a row can be shown as a card
(docs/stylesheets/atlas-tables.css); a cell may carry a sort key (`data-sort`, read by the vendored
tablesort); a row may carry facets (`data-<facet>="value value"`), read by the filters of
docs/assets/atlas-tables.js. The controls are in the page but `hidden` until that script shows them:
without JavaScript a reader sees the full lists and no control that does nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from macros.render.escape import html_attribute, html_line
from macros.render.i18n import t


@dataclass(frozen=True)
class Cell:
    """One table cell: its HTML, and the key it sorts by when that is not its text."""

    html: str
    sort: str | None = None


@dataclass(frozen=True)
class Row:
    """One table row: its cells and its facets ({facet: space-separated values}) for the filters."""

    cells: list[Cell | str]
    facets: dict[str, str] = field(default_factory=dict)


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]”\"])(?<![A-Z][a-z])\.\s+(?=[A-Z“\"(\[])|。")


def _balanced(text: str) -> bool:
    return text.count("[") == text.count("]") and text.count("(") == text.count(")")


def first_sentence(text: str, limit: int = 160) -> str:
    """The first sentence of a (Markdown) text, at most `limit` characters cut at a word with "…"; the whole
    text when a cut would split a link or a parenthesis."""
    flat = " ".join(text.split())
    end = _SENTENCE_END.search(flat)
    short = flat[: end.start() + 1] if end and end.start() < limit else flat
    if len(short) > limit:
        short = short[: limit - 1].rsplit(" ", 1)[0] + "…"
    return short if _balanced(short) else flat


def _facet_attributes(facets: dict[str, str]) -> str:
    return "".join(f' data-{name}="{html_attribute(value)}"' for name, value in facets.items())


def html_table(
    header: list[str],
    rows: list[Row],
    *,
    kind: str,
    sortable: bool = True,
    numeric: tuple[int, ...] = (),
    group: str = "",
    filterable: bool = True,
) -> str:
    """An HTML table with labelled cells; `header` in English (shown in the language being written);
    `numeric` columns are right-aligned; `group` names the heading to hide with it when filters empty it; `filterable` rows are those filters count.

    An empty sort key sorts first (tablesort reads a cell's text when its key is empty: it gets "0")."""
    labels = [t(h) for h in header]
    attributes = f' data-atlas-table="{html_attribute(kind)}"'
    attributes += " data-atlas-sort" if sortable else ""
    attributes += f' data-atlas-group data-heading="{html_attribute(group)}"' if group else ""
    attributes += f' style="--atlas-rows: {len(rows)}"'  # a phone's estimate of its height until it is drawn
    sort_label = f' data-sort-label="{html_attribute(t("Sort by"))}"' if sortable else ""
    lines = [f"<table{attributes}>", "<thead>", f"<tr{sort_label}>"]
    for i, text in enumerate(labels):
        align = ' class="atlas-num"' if i in numeric else ""
        lines.append(f'<th scope="col"{align}>{html_line(text)}</th>')
    lines += ["</tr>", "</thead>", "<tbody>"]
    for row in rows:
        lines.append(f"<tr{' data-atlas-row' if filterable else ''}{_facet_attributes(row.facets)}>")
        for i, cell in enumerate(row.cells):
            cell = cell if isinstance(cell, Cell) else Cell(cell)
            extra = f' data-sort="{html_attribute(cell.sort or "0")}"' if cell.sort is not None else ""
            extra += ' class="atlas-num"' if i in numeric else ""
            lines.append(f'<td data-label="{html_attribute(labels[i])}"{extra}>{cell.html}</td>')
        lines.append("</tr>")
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


@dataclass(frozen=True)
class Facet:
    """A filter over one row facet: its label and its (value, label) choices; a select when `menu`."""

    name: str
    label: str
    choices: list[tuple[str, str]]
    menu: bool = False


def filter_controls(facets: list[Facet], *, noun: str, text_box: bool = False) -> str:
    """The filter bar (hidden until the script starts it): chips or a menu per facet, an optional text box,
    a Clear button and a live count; `noun` is the plural shown in the count ("commitments")."""
    parts = [
        f'<div class="atlas-filters" data-atlas-filters data-search-exclude hidden'
        f' data-count-template="{html_attribute(t("{shown} of {total} {noun} shown").replace("{noun}", t(noun)))}">'
    ]
    if text_box:
        parts.append(
            '<label class="atlas-filter-text">'
            f'<span>{html_line(t("Filter"))}</span> '
            f'<input type="search" data-atlas-text placeholder="{html_attribute(t("Type to filter"))}">'
            "</label>"
        )
    for facet in facets:
        label = html_line(t(facet.label))
        if facet.menu:
            options = "".join(
                f'<option value="{html_attribute(v)}">{html_line(text)}</option>' for v, text in facet.choices
            )
            parts.append(
                f'<label class="atlas-filter-menu"><span>{label}</span> '
                f'<select data-facet="{html_attribute(facet.name)}"><option value="">{html_line(t("All"))}</option>'
                f"{options}</select></label>"
            )
            continue
        chips = "".join(
            f'<button type="button" class="atlas-chip" data-value="{html_attribute(v)}" aria-pressed="false">'
            f"{html_line(chip)}</button>"
            for v, chip in facet.choices
        )
        parts.append(
            f'<div class="atlas-chip-group" role="group" aria-label="{html_attribute(t(facet.label))}"'
            f' data-facet="{html_attribute(facet.name)}"><span class="atlas-chip-label">{label}</span> {chips}</div>'
        )
    parts.append(
        f'<p class="atlas-filter-status"><button type="button" class="atlas-chip atlas-chip--clear" data-atlas-clear>'
        f'{html_line(t("Clear filters"))}</button> <span data-atlas-count aria-live="polite"></span></p>'
    )
    parts.append("</div>")
    return "\n".join(parts)
