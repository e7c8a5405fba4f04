"""Japanese counterparts of record text: their shape always, their completeness for the Japanese edition.

Each record may carry a `ja:` block whose fields mirror the record's reader-visible text
(`ja.summary` for `summary`, `ja.roles[2].title` for `roles[2].title`). Names and some titles have
their Japanese form in the record itself (`name.ja`, `title_ja`, `quote_ja`); those count too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from macros.data.atlas import Atlas, Entry
from macros.data.errors import DataError
from macros.data.loader import Loc, dotted
from macros.data.models import Agreement, Event, Quote, Topic, _Named

# Fields whose Japanese form may be left out: a source keeps its published title and publisher.
OPTIONAL = {("sources", "title"), ("sources", "publisher")}

# Fields of a `ja:` block that are not a text to compare: the name (name.ja and ja.name are checked apart) and
# a quotation's Japanese source.
_NOT_TEXT = {"name", "checked_in"}

# Records whose Japanese title lives in `title_ja`, not in the `ja:` block.
_TITLE_JA = (Agreement, Event, Topic)


def _pairs(en: BaseModel, ja: BaseModel | None, loc: Loc) -> Iterator[tuple[Loc, Any, Any, bool]]:
    """(loc, English value, Japanese value, is_list) for each field of the Japanese model `ja`'s class."""
    ja_fields = type(ja).model_fields if ja is not None else {}
    for name in ja_fields:
        if name in _NOT_TEXT:
            continue
        en_value = getattr(en, name, None)
        ja_value = getattr(ja, name, None)
        yield (*loc, name), en_value, ja_value, isinstance(en_value, list)


def shape_errors(entry: Entry) -> Iterator[DataError]:
    """A `ja:` block lines up with the English: no text for an empty field, lists of the same length."""
    ja = getattr(entry.model, "ja", None)
    if ja is None:
        return
    yield from _shape(entry, entry.model, ja, ())


def _shape(entry: Entry, en: BaseModel, ja: BaseModel, loc: Loc) -> Iterator[DataError]:
    for at, en_value, ja_value, is_list in _pairs(en, ja, loc):
        where = dotted(("ja", *at))
        if is_list:
            if ja_value and len(ja_value) != len(en_value):
                yield DataError(
                    entry.path,
                    entry.doc.line_of(("ja", *at)),
                    f"'{where}' has {len(ja_value)} items but '{dotted(at)}' has {len(en_value)}",
                    "give one Japanese item per English item, in the same order ({} for one without text)",
                    "translation-shape",
                )
                continue
            for i, (en_item, ja_item) in enumerate(zip(en_value, ja_value)):
                yield from _shape(entry, en_item, ja_item, (*at, i))
        elif ja_value is not None and not en_value:
            yield DataError(
                entry.path,
                entry.doc.line_of(("ja", *at)),
                f"'{where}' translates nothing: the record has no '{dotted(at)}'",
                f"remove '{where}', or add the English '{dotted(at)}'",
                "translation-shape",
            )
    name_ja = getattr(ja, "name", None)
    if name_ja is not None and name_ja.short and not en.name.short:
        yield DataError(
            entry.path,
            entry.doc.line_of(("ja", "name", "short")),
            "'ja.name.short' translates nothing: the record has no 'name.short'",
            "remove it, or add the English 'name.short'",
            "translation-shape",
        )


def gaps(entry: Entry) -> Iterator[tuple[Loc, str]]:
    """(location of the English text, field) for each reader-visible text with no Japanese counterpart."""
    model = entry.model
    if isinstance(model, _Named):
        if not model.name.ja:
            yield ("name", "en"), "name.ja"
        ja_name = model.ja.name if model.ja is not None else None
        if model.name.short and not (ja_name and ja_name.short):
            yield ("name", "short"), "ja.name.short"
    if isinstance(model, _TITLE_JA) and not model.title_ja:
        yield ("title",), "title_ja"
    ja_class = type(model).model_fields["ja"].annotation.__args__[0]
    yield from _gaps(entry.collection, model, model.ja or ja_class(), ())


def _gaps(collection: str, en: BaseModel, ja: BaseModel, loc: Loc) -> Iterator[tuple[Loc, str]]:
    for at, en_value, ja_value, is_list in _pairs(en, ja, loc):
        if is_list:
            for i, en_item in enumerate(en_value):
                ja_item = ja_value[i] if i < len(ja_value) else _empty_item(type(ja), at[-1])
                yield from _gaps(collection, en_item, ja_item, (*at, i))
            continue
        if not en_value or ja_value or (collection, at[-1]) in OPTIONAL and len(at) == 1:
            continue
        if at[-1] == "quote" and getattr(en, "quote_ja", None):
            continue  # an official Japanese text is given
        if isinstance(en, Quote) and at == ("text",) and en.language == "ja":
            continue  # the words are Japanese already
        yield at, dotted(("ja", *at))


def _empty_item(ja_class: type[BaseModel], field: str) -> BaseModel:
    """An empty Japanese item of the list `field` of `ja_class`."""
    item_class = ja_class.model_fields[field].annotation.__args__[0]
    return item_class()


def check_translation_shape(atlas: Atlas) -> Iterator[DataError]:
    """Every `ja:` block lines up with the record's English fields."""
    for entry in atlas.all():
        yield from shape_errors(entry)


def missing_translations(atlas: Atlas) -> list[DataError]:
    """One error per reader-visible English text that has no Japanese counterpart (the glossary included)."""
    errors = [
        DataError(
            entry.path,
            entry.doc.line_of(loc),
            f"{entry.collection}/{entry.id}: '{dotted(loc)}' has no Japanese text",
            f"add '{field}'",
            "translation-missing",
        )
        for entry in atlas.all()
        for loc, field in gaps(entry)
    ]
    if atlas.glossary is not None and atlas.glossary_doc is not None:
        for i, term in enumerate(atlas.glossary.terms):
            for name in ("ja", "definition_ja"):
                if not getattr(term, name):
                    errors.append(
                        DataError(
                            atlas.glossary_doc.path,
                            atlas.glossary_doc.line_of(("terms", i, "term")),
                            f"glossary term '{term.term}' has no '{name}'",
                            f"add '{name}'",
                            "translation-missing",
                        )
                    )
    return errors


def coverage(atlas: Atlas) -> dict[str, tuple[int, int]]:
    """Per collection: (records with every text translated, records)."""
    result: dict[str, tuple[int, int]] = {}
    for name, records in atlas.entries.items():
        done = sum(1 for entry in records.values() if next(gaps(entry), None) is None)
        result[name] = (done, len(records))
    return result


def text_pairs(entry: Entry) -> Iterator[tuple[Loc, str, str]]:
    """(location, English text, Japanese text) for every text of the record that has both."""
    model = entry.model
    if isinstance(model, _Named) and model.name.ja:
        yield ("name", "en"), model.name.en, model.name.ja
    if isinstance(model, _TITLE_JA) and model.title_ja:
        yield ("title",), model.title, model.title_ja
    for provision_at, provision in enumerate(getattr(model, "provisions", [])):
        if provision.quote and provision.quote_ja:
            yield ("provisions", provision_at, "quote"), provision.quote, provision.quote_ja
    if model.ja is not None:
        yield from _text_pairs(model, model.ja, ())


def _text_pairs(en: BaseModel, ja: BaseModel, loc: Loc) -> Iterator[tuple[Loc, str, str]]:
    for at, en_value, ja_value, is_list in _pairs(en, ja, loc):
        if is_list:
            for i, (en_item, ja_item) in enumerate(zip(en_value, ja_value)):
                yield from _text_pairs(en_item, ja_item, (*at, i))
        elif isinstance(en_value, str) and isinstance(ja_value, str):
            yield at, en_value, ja_value


def _matcher(form: str) -> re.Pattern[str]:
    flags = 0 if any(c.isupper() for c in form) else re.IGNORECASE
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(form)}(?![A-Za-z0-9])", flags)


def term_errors(atlas: Atlas) -> list[DataError]:
    """Japanese texts that do not use the fixed translation of a term their English text uses."""
    compiled = [(term, [_matcher(form) for form in term.en]) for term in atlas.ja_terms]
    errors: list[DataError] = []

    def check(path: str, line: int, what: str, en: str, ja: str) -> None:
        for term, patterns in compiled:
            hit = next((m.group(0) for p in patterns if (m := p.search(en))), None)
            if hit and not any(form in ja for form in term.ja):
                errors.append(
                    DataError(
                        path,
                        line,
                        f"{what}: the English says '{hit}', the Japanese has none of {', '.join(term.ja)}",
                        f"use '{term.ja[0]}' (data/translation-terms.yaml)",
                        "translation-term",
                    )
                )

    for entry in atlas.all():
        if entry.model.ja is None:
            continue  # names and official titles (name.ja, title_ja, quote_ja) are as the Japanese source gives them
        for loc, en, ja in _text_pairs(entry.model, entry.model.ja, ()):
            line = entry.doc.line_of(("ja", *loc))
            check(entry.path, line, f"{entry.collection}/{entry.id} 'ja.{dotted(loc)}'", en, ja)
    if atlas.glossary is not None and atlas.glossary_doc is not None:
        for i, term in enumerate(atlas.glossary.terms):
            if term.definition_ja:
                line = atlas.glossary_doc.line_of(("terms", i, "definition_ja"))
                check(atlas.glossary_doc.path, line, f"glossary '{term.term}'", term.definition, term.definition_ja)
    return errors


def localize(atlas: Atlas) -> Atlas:
    """The same records with their Japanese text in the fields renderers read (for the Japanese edition).

    Names and titles swap with their Japanese forms (`name.en` ⇄ `name.ja`, `title` ⇄ `title_ja`), so the
    English form becomes the "other language" one; the `ja:` block's texts replace the English ones. Quotations
    keep their original words (the `ja:` block stays on the model, so a page can show the translation beside them).
    """
    from macros.data.atlas import link

    entries = {
        name: {record_id: _localized_entry(entry) for record_id, entry in records.items()}
        for name, records in atlas.entries.items()
    }
    glossary = atlas.glossary
    if glossary is not None:
        glossary = glossary.model_copy(
            update={
                "terms": [
                    term.model_copy(
                        update={
                            "term": term.ja or term.term,
                            "ja": term.term,
                            "expansion": f"{term.term}: {term.expansion}",
                            "definition": join_folded(term.definition_ja) if term.definition_ja else term.definition,
                        }
                    )
                    for term in glossary.terms
                ]
            }
        )
    localized = link(entries, glossary, atlas.glossary_doc)
    localized.invalid = set(atlas.invalid)
    localized.cited_by_invalid = set(atlas.cited_by_invalid)
    localized.ja_terms = list(atlas.ja_terms)
    localized.ja_complete = atlas.ja_complete
    return localized


# A YAML folded block (`>-`) joins its lines with a space, which Japanese text does not have between characters.
_CJK = r"\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_FOLD_SPACE = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}0-9])|(?<=[0-9%]) (?=[{_CJK}])")


def join_folded(text: str) -> str:
    """Japanese text without the spaces that line folding put between two Japanese characters."""
    return _FOLD_SPACE.sub("", text)


def _ja_text(value: Any) -> Any:
    return join_folded(value) if isinstance(value, str) else value


# Kept in English on the localized model: quoted words (shown beside their translation) and a figure's unit (the
# number formatter reads it; pages show its `ja:` form as a label).
_KEEP_ORIGINAL = {
    ("quotes", "text"),
    ("commitments", "quote"),
    ("provisions", "quote"),
    ("values", "quote"),
    ("figures", "unit"),
}


def _localized_entry(entry: Entry) -> Entry:
    from dataclasses import replace

    model = entry.model
    update: dict[str, Any] = {}
    if isinstance(model, _Named) and model.name.ja:
        ja_name = model.ja.name if model.ja is not None else None
        update["name"] = model.name.model_copy(
            update={
                "en": model.name.ja,
                "ja": model.name.en,
                "short": (ja_name.short if ja_name and ja_name.short else model.name.short),
                "aliases": [*(ja_name.aliases if ja_name else []), *model.name.aliases],
            }
        )
    if isinstance(model, _TITLE_JA) and model.title_ja:
        update["title"], update["title_ja"] = model.title_ja, model.title
    if getattr(model, "ja", None) is not None:
        update.update(_overlay(entry.collection, model, model.ja))
    return replace(entry, model=model.model_copy(update=update)) if update else entry


def unit_label(model: BaseModel) -> str:
    """A figure's unit as a label in the language being written (its `ja.unit` in the Japanese edition)."""
    from macros.data import language

    ja = getattr(model, "ja", None)
    if language.current() == "ja" and ja is not None and ja.unit:
        return join_folded(ja.unit)
    return getattr(model, "unit")


def _overlay(scope: str, en: BaseModel, ja: BaseModel) -> dict[str, Any]:
    """The fields of `en` to replace by their Japanese counterparts in `ja`."""
    update: dict[str, Any] = {}
    for (name,), en_value, ja_value, is_list in _pairs(en, ja, ()):
        if is_list:
            if ja_value:
                update[name] = [
                    item.model_copy(update=_overlay(name, item, ja_item)) for item, ja_item in zip(en_value, ja_value)
                ]
        elif ja_value and (scope, name) not in _KEEP_ORIGINAL:
            update[name] = _ja_text(ja_value)
    return update
