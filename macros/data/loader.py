"""Safe YAML loading with a line number for every value and strict rules.

PyYAML composes the document into a node graph (libyaml's C parser when
available); we build plain Python values from it ourselves so that:
- only the core schema's tags are accepted (no `!!python/...`, no custom tags);
- duplicate mapping keys are an error naming both lines;
- anchors and aliases are refused, so an alias bomb costs nothing;
- dates stay text (`2025-02-07`), parsed later with their precision;
- each value's line is kept in `Document.lines`, keyed by its path.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from macros.data.errors import DataError

try:  # libyaml's parser is about ten times faster; pure Python is the fallback.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 1_000_000
_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_CORE}{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}
_TEXT_TAGS = {f"{_CORE}str", f"{_CORE}timestamp"}  # dates stay text
_MAP, _SEQ, _STR, _MERGE = (f"{_CORE}{t}" for t in ("map", "seq", "str", "merge"))
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
Loc = tuple[str | int, ...]


def dotted(loc: Loc) -> str:
    """A location as contributors write it: `roles[0].start`."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


@dataclass
class Document:
    """One parsed YAML file: its data and the line of each value by path."""

    path: str
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)

    def line_of(self, loc: Loc) -> int:
        """The line of `loc`, or of its nearest enclosing value that has one."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)


# Characters YAML refuses (C0/C1 controls but tab and newlines, DEL, non-characters) or counts as line breaks
# that editors and `grep -n` do not (NEL, LINE/PARAGRAPH SEPARATOR, a lone CR): found before parsing, so the line
# reported is the line a contributor sees.
_STRAY_CHARACTER = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]|\r(?!\n)")


class LoadError(Exception):
    """A file that cannot be read as YAML; carries the DataError to report."""

    def __init__(self, error: DataError):
        super().__init__(str(error))
        self.error = error


def load_file(path: Path, display: str) -> Document:
    """Read and parse one YAML file; raise LoadError with a `file:line:` message."""
    raw = path.read_bytes()
    return load_bytes(raw, display)


def load_bytes(raw: bytes, display: str) -> Document:
    """Parse YAML bytes under the Atlas rules; raise LoadError on any problem."""

    def fail(line: int, message: str, hint: str, rule: str) -> LoadError:
        return LoadError(DataError(display, line, message, hint, rule))

    if len(raw) > MAX_BYTES:
        raise fail(
            1,
            f"file is {len(raw):,} bytes, over the {MAX_BYTES:,}-byte limit",
            "split the record or move bulk data out of it",
            "file-size",
        )
    if b"\x00" in raw:
        line = raw.count(b"\n", 0, raw.index(b"\x00")) + 1
        raise fail(line, "file contains a NUL byte", "save the file as UTF-8 text", "encoding")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise fail(line, f"invalid UTF-8 byte 0x{raw[exc.start]:02x}", "save the file as UTF-8", "encoding") from None
    text = text.removeprefix("\ufeff")
    if stray := _STRAY_CHARACTER.search(text):
        char = stray.group()
        line = text.count("\n", 0, stray.start()) + 1
        column = stray.start() - (text.rfind("\n", 0, stray.start()) + 1) + 1
        name = unicodedata.name(char, "a control character")
        raise fail(
            line,
            f"column {column} holds U+{ord(char):04X} ({name}), which YAML refuses or reads as a line break",
            "delete it or replace it with a space; most editors do not show it",
            "control-character",
        )
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        raise fail(1, "file is empty", "a record is a YAML mapping of fields", "empty-file")
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise fail(
            line, f"YAML syntax error: {exc.problem or exc.context}", _syntax_hint(text, line), "yaml-syntax"
        ) from None
    except yaml.YAMLError as exc:
        raise fail(1, f"YAML error: {exc}", "", "yaml-syntax") from None
    doc = Document(display, None)
    builder = _Builder(doc, fail)
    doc.data = builder.build(node, ())
    return doc


def _syntax_hint(text: str, line: int) -> str:
    lines = text.splitlines()
    if 0 < line <= len(lines) and "\t" in lines[line - 1]:
        return "YAML indentation must use spaces, not tabs"
    if any("\t" in ln[: len(ln) - len(ln.lstrip())] for ln in lines):
        return "a line is indented with a tab; YAML needs spaces"
    return "check the indentation and quoting on this line and the one before"


class _Builder:
    """Walks a composed node graph into Python values, recording lines."""

    def __init__(self, doc: Document, fail):
        self.doc = doc
        self.fail = fail
        self.seen: set[int] = set()

    def build(self, node: yaml.Node, loc: Loc, at_line: int | None = None) -> Any:
        line = node.start_mark.line + 1
        if id(node) in self.seen:
            raise self.fail(
                at_line or line,
                "YAML anchors and aliases (&name / *name) are not allowed",
                "write the value out in full",
                "yaml-alias",
            )
        self.seen.add(id(node))
        self.doc.lines.setdefault(loc, line)
        kind = type(node)
        if kind is yaml.ScalarNode:
            return self._scalar(node)
        if kind is yaml.MappingNode:
            return self._mapping(node, loc)
        if node.tag != _SEQ:
            raise self._bad_tag(node)
        return [self.build(item, (*loc, i), line) for i, item in enumerate(node.value)]

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[str, Any]:
        if node.tag != _MAP:
            raise self._bad_tag(node)
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        lines = self.doc.lines
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if key_node.tag == _MERGE:
                raise self.fail(
                    key_line, "YAML merge keys (<<) are not allowed", "write the fields out in full", "yaml-alias"
                )
            if type(key_node) is not yaml.ScalarNode or key_node.tag != _STR:
                raise self.fail(
                    key_line,
                    f"field names must be plain text, not {key_node.tag.rsplit(':', 1)[-1]}",
                    "quote the key or rename it",
                    "yaml-key",
                )
            key = key_node.value
            if key in first_line:
                raise self.fail(
                    key_line,
                    f"duplicate key '{key}' (first defined on line {first_line[key]})",
                    "YAML would silently keep only the last one; remove or rename one of them",
                    "duplicate-key",
                )
            first_line[key] = key_line
            key_loc = (*loc, key)
            lines[key_loc] = key_line  # the key's line, not its value's (build only sets lines not yet known)
            result[key] = self.build(value_node, key_loc, key_line)
        return result

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        if tag in _TEXT_TAGS:
            return node.value
        if tag not in _SCALAR_TAGS:
            raise self._bad_tag(node)
        return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)  # int, float, bool, null: no state kept

    def _bad_tag(self, node: yaml.Node) -> LoadError:
        return self.fail(
            node.start_mark.line + 1,
            f"YAML tag '{node.tag}' is not allowed",
            "only plain mappings, lists, text, numbers, booleans and null are accepted",
            "yaml-tag",
        )
