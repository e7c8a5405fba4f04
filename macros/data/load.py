"""Load → validate → link → check the whole `data/` folder; the one entry point."""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from macros.data.atlas import Atlas, Entry, link
from macros.data.checks import check_page_collisions, run_all
from macros.data.translations import missing_translations, term_errors
from macros.data.errors import DataError, DataErrors, did_you_mean
from macros.data.collections import COLLECTIONS
from macros.data.fields import _SLUG
from macros.data.loader import Document, LoadError, load_bytes, load_file
from macros.data.models import MODELS, FixedTerm, Glossary, TranslationTerms
from macros.data.placeholders import find_placeholders, without_shadowed
from macros.data.schema_comment import check_schema_comment, first_line, first_line_of
from macros.data.validate import validate

GLOSSARY = "glossary.yaml"
TERMS = "translation-terms.yaml"


def load_atlas(root: Path, *, data_dir: str = "data", docs_dir: Path | None = None) -> Atlas:
    """Load and check every record under `root/data_dir`; raise DataErrors listing every problem."""
    with _cyclic_gc_paused():
        return _load_atlas(root, data_dir, docs_dir)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Loading creates hundreds of thousands of objects that all stay alive; the cyclic garbage collector
    would scan the growing heap again and again and find nothing to free (a quarter of the load time
    at 10,000 records). Reference counting still frees everything that is dropped. The collector is
    back on as it was when the load ends, and nothing is frozen: a `mkdocs serve` rebuild that drops
    the previous build's data frees it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load_atlas(root: Path, data_dir: str, docs_dir: Path | None) -> Atlas:
    base = root / data_dir
    errors: list[DataError] = []
    if not base.is_dir():
        raise DataErrors([DataError(data_dir, 1, f"data folder '{data_dir}' not found", "", "layout")])
    entries: dict[str, dict[str, Entry]] = {c: {} for c in COLLECTIONS}
    lowered: dict[tuple[str, str], str] = {}
    invalid: set[tuple[str, str]] = set()
    cited_by_invalid: set[tuple[str, str]] = set()  # a source cited only by a broken record is not "uncited"
    for path, is_dir, is_link in _sorted_tree(base):
        rel = path.relative_to(root).as_posix()
        if is_link:
            errors.append(_symlink_error(path, rel))
            invalid.add((path.parent.name, path.stem))
            continue
        if is_dir or path.name.startswith(".") or path.name in (GLOSSARY, TERMS) and path.parent == base:
            if is_dir and path.parent == base and path.name not in COLLECTIONS:
                errors.append(
                    DataError(
                        rel,
                        1,
                        f"unknown collection folder '{path.name}'",
                        did_you_mean(path.name, COLLECTIONS) or f"collections: {', '.join(COLLECTIONS)}",
                        "layout",
                    )
                )
            continue
        parts = path.relative_to(base).parts
        if len(parts) == 1 and path.suffix == ".md":
            continue  # notes for contributors beside the data
        if len(parts) != 2 or parts[0] not in COLLECTIONS:
            if len(parts) == 1 or parts[0] in COLLECTIONS:
                errors.append(
                    DataError(
                        rel,
                        1,
                        "file is not in a collection folder",
                        "records live at data/<collection>/<id>.yaml",
                        "layout",
                    )
                )
            continue
        collection = parts[0]
        if path.suffix != ".yaml":
            errors.append(
                DataError(rel, 1, f"'{path.name}' is not a .yaml file", "name record files <id>.yaml", "layout")
            )
            continue
        record_id = path.stem
        valid_id = bool(_SLUG.match(record_id))
        if not valid_id:
            errors.append(
                DataError(
                    rel,
                    1,
                    f"file name '{path.name}' is not a valid id",
                    f"ids are lowercase ASCII slugs, e.g. '{_suggest_slug(record_id)}.yaml'",
                    "id-format",
                )
            )
            invalid.add((collection, _suggest_slug(record_id)))
        folded = (collection, record_id.lower())
        if folded in lowered:
            errors.append(
                DataError(
                    rel,
                    1,
                    f"id '{record_id}' differs only in case from '{lowered[folded]}'",
                    f"both {collection}/{lowered[folded]}.yaml and {collection}/{path.name} exist; "
                    "rename or merge them",
                    "id-unique",
                )
            )
            entries[collection].pop(lowered[folded], None)
            invalid.update({(collection, record_id), (collection, lowered[folded]), folded})
            continue
        lowered[folded] = record_id
        raw = path.read_bytes()  # once: the schema comment and the YAML both come from it
        errors.extend(check_schema_comment(first_line_of(raw), rel, collection))
        try:
            doc = load_bytes(raw, rel)
        except LoadError as exc:
            errors.append(exc.error)
            invalid.add((collection, record_id))
            continue
        model, problems = validate(doc, MODELS[collection])
        errors.extend(_with_placeholders(doc, problems))
        if model is not None and valid_id:
            entries[collection][record_id] = Entry(collection, record_id, model, doc)
        else:
            invalid.add((collection, record_id))
            cited_by_invalid |= {("sources", s) for s in _source_ids(doc.data)}
    glossary, glossary_doc = _load_glossary(base / GLOSSARY, f"{data_dir}/{GLOSSARY}", errors)
    atlas = link(entries, glossary, glossary_doc)
    atlas.ja_terms, atlas.ja_complete = _load_terms(base / TERMS, f"{data_dir}/{TERMS}", errors)
    atlas.invalid = invalid
    atlas.cited_by_invalid = cited_by_invalid
    errors.extend(run_all(atlas))
    if atlas.ja_complete:  # the Japanese edition is complete: every text keeps its Japanese counterpart
        errors.extend(missing_translations(atlas) + term_errors(atlas))
    if docs_dir is not None:
        errors.extend(check_page_collisions(atlas, docs_dir))
    if errors:
        raise DataErrors(errors)
    return atlas


def _sorted_tree(folder: Path) -> Iterator[tuple[Path, bool, bool]]:
    """(path, is it a folder, is it a symbolic link) for everything under `folder`, in the order of
    `sorted(folder.rglob("*"))`, from one directory listing per folder (no stat per file)."""
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda e: e.name)
    for entry in entries:
        is_dir, is_link = entry.is_dir(), entry.is_symlink()
        yield folder / entry.name, is_dir, is_link
        if is_dir and not is_link:  # as rglob: a linked folder is listed, not entered
            yield from _sorted_tree(folder / entry.name)


def _source_ids(data: Any) -> Iterator[str]:
    """The ids listed under any `sources` (or a value's `source`) key of a record's raw data."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "sources" and isinstance(value, list):
                yield from (v for v in value if isinstance(v, str))
            elif key == "source" and isinstance(value, str):
                yield value
            else:
                yield from _source_ids(value)
    elif isinstance(data, list):
        for item in data:
            yield from _source_ids(item)


def _symlink_error(path: Path, rel: str) -> DataError:
    """A link in the data folder: refused, wherever it points (it could read files outside the repository)."""
    return DataError(
        rel,
        1,
        f"'{path.name}' is a symbolic link (to {os.readlink(path)}); data files must be real files in the repository",
        "replace the link with a copy of the file, or remove it",
        "symlink",
    )


def _load_glossary(path: Path, rel: str, errors: list[DataError]):
    if path.is_symlink():
        errors.append(_symlink_error(path, rel))
        return None, None
    if not path.exists():
        return None, None
    errors.extend(check_schema_comment(first_line(path), rel, "glossary"))
    try:
        doc = load_file(path, rel)
    except LoadError as exc:
        errors.append(exc.error)
        return None, None
    model, problems = validate(doc, Glossary)
    errors.extend(_with_placeholders(doc, problems))
    return model, doc


def _load_terms(path: Path, rel: str, errors: list[DataError]) -> tuple[list[FixedTerm], bool]:
    """The fixed Japanese translations, and whether the Japanese edition is complete (none, False: no file)."""
    if not path.exists() and not path.is_symlink():
        return [], False
    if path.is_symlink():
        errors.append(_symlink_error(path, rel))
        return [], False
    try:
        doc = load_file(path, rel)
    except LoadError as exc:
        errors.append(exc.error)
        return [], False
    model, problems = validate(doc, TranslationTerms)
    errors.extend(problems)
    return (list(model.terms), model.complete) if model is not None else ([], False)


def _with_placeholders(doc: Document, problems: list[DataError]) -> list[DataError]:
    """The unfilled `TODO:` placeholders, plus the other problems not caused by one."""
    placeholders = find_placeholders(doc)
    return placeholders + without_shadowed(problems, placeholders)


def _suggest_slug(text: str) -> str:
    slug = "".join(c if c.isascii() and c.isalnum() else "-" for c in text.lower())
    return "-".join(filter(None, slug.split("-"))) or "my-record"
