"""A hostile copy of the fixture data: every reader-visible text field of every collection carries its own
attack, found by walking the models (so a new field is covered, or the coverage check fails)."""

from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import yaml

from conftest import FIXTURES
from macros.data.models import MODELS, Glossary
from text_fields import fill_text, text_paths

# Each attack runs `(window.__x=window.__x||[]).push(N)` if it ever becomes markup; ZQ<N>ZQ marks the field.
ATTACKS = [
    "<img src=x onerror=(window.__x=window.__x||[]).push(N)>",
    "<script>(window.__x=window.__x||[]).push(N)</script>",
    '"><svg onload=(window.__x=window.__x||[]).push(N)>',
    "'><img src=x onerror=(window.__x=window.__x||[]).push(N)>",
    "</title><script>(window.__x=window.__x||[]).push(N)</script>",
    "</script><!--<script>(window.__x=window.__x||[]).push(N)</script>",
    "</textarea></style><iframe srcdoc='<script>parent.__x=[N]</script>'></iframe>",
    "javascript:(window.__x=window.__x||[]).push(N)",
    "{{ 7*191919 }}{% for i in range(3) %}loop{% endfor %}",
    r"$\frac{1}{2}$ costs $5 to $8 &amp; &lt;b&gt;",
]
EVALUATED = ("1343433", "looplooploop")  # what the template attack would print if it were ever rendered


def marker(n: int) -> str:
    """The token that identifies field number `n` in any output."""
    return f"ZQ{n}ZQ"



def hostile_data(dest: Path) -> dict[int, str]:
    """Write the valid fixture plus the every-field records to `dest`, every text field attacked;
    return {field number: 'collection/id: path'}."""
    shutil.copytree(FIXTURES / "valid" / "data", dest)
    for folder in (FIXTURES / "every-field" / "data").iterdir():
        if folder.is_dir():
            shutil.copytree(folder, dest / folder.name, dirs_exist_ok=True)
        elif folder.suffix == ".yaml":  # the glossary, with every field
            shutil.copy(folder, dest / folder.name)
    fields: dict[int, str] = {}
    covered: dict[str, set[str]] = {}

    def attack(where: str):
        def make(path: str, value: str) -> str:
            n = len(fields) + 1
            fields[n] = f"{where}: {path}"
            if (where, path) >= ("glossary", "") and path == "terms[].term":
                return f"{value} {marker(n)}"  # validation refuses any bracket in a term (rule glossary-unique)
            return f"{value} {marker(n)} {ATTACKS[n % len(ATTACKS)].replace('N', str(n))}"

        return make

    files = [(c, m, p) for c, m in MODELS.items() for p in sorted((dest / c).glob("*.yaml"))]
    files.append(("glossary", Glossary, dest / "glossary.yaml"))
    for collection, model, path in files:
        text = path.read_text(encoding="utf-8")
        schema_line = text.splitlines()[0]
        data = yaml.safe_load(text)
        covered.setdefault(collection, set()).update(fill_text(data, model, attack(f"{collection}/{path.stem}")))
        dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
        path.write_text(schema_line + "\n" + dumped, encoding="utf-8")
    missing = {
        c: sorted(text_paths(m) - covered.get(c, set()))
        for c, m in [*MODELS.items(), ("glossary", Glossary)]
        if text_paths(m) - covered.get(c, set())
    }
    assert not missing, f"fill these text fields in tests/fixtures/every-field/data so they are attacked: {missing}"
    return fields


class MarkupFinder(HTMLParser):
    """Elements and attributes in a document that came from an attack: handlers, scripts, frames, images."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.script_type: str | None = None
        self.jsonld: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key, value in attrs:
            if key.startswith("on") and "__x" in (value or ""):
                self.found.append(f"<{tag} {key}=…>")
            if key in ("href", "src", "action", "formaction") and (value or "").lower().startswith("javascript:"):
                self.found.append(f"<{tag} {key}={value[:40]}>")
        if tag in ("img", "iframe") and (values.get("src") == "x" or "srcdoc" in values):
            self.found.append(f"<{tag}>")
        if tag == "script":
            self.script_type = values.get("type") or "text/javascript"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.script_type = None

    def handle_data(self, data: str) -> None:
        if self.script_type == "application/ld+json":
            self.jsonld.append(data)
        elif self.script_type and "__x" in data:
            self.found.append(f"<script>{data.strip()[:60]}")


def markup_in(html: str) -> list[str]:
    """What of the attacks became markup in an HTML (or SVG, or XML) document; JSON-LD must stay JSON."""
    finder = MarkupFinder()
    finder.feed(html)
    finder.close()
    for block in finder.jsonld:
        try:
            json.loads(block)
        except ValueError:
            finder.found.append(f"JSON-LD broken open: {block[:80]!r}")
    return finder.found
