"""Hostile or broken data never breaks the site or reaches a reader; builds are reproducible."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import FIXTURES
from macros.data.errors import DataErrors
from macros.data.load import load_atlas
from sitecheck import broken_links, build, copy_project

pytestmark = pytest.mark.build

HOSTILE_PERSON = """\
# yaml-language-server: $schema=../../schemas/people.schema.json
name:
  en: "<script>alert('name')</script> Mallory"
  ja: "{{ config.site_name }}"
  aliases: ["{% include 'base.html' %}"]
summary: >-
  **Bold** and _emphasis_ {{ config }} {% for x in range(3) %}loop{% endfor %}
  <script>alert(1)</script> <img src=x onerror=alert(2)> <iframe src="https://evil.example"></iframe>
  <span style="color:red">styled</span> text{: onclick="alert(3)"} and [a safe link](https://example.org/ok).
sources: [statement]
"""


class _Article(HTMLParser):
    """Collects tags, attributes and text inside the page's <article>."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif self.depth:
            self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def _article(path: Path) -> _Article:
    parser = _Article()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "project").mkdir()
    project = copy_project(root / "project", FIXTURES / "valid" / "data")
    (project / "data" / "people" / "mallory.yaml").write_text(HOSTILE_PERSON)
    result = build(root / "site", root=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def test_jinja_in_data_is_shown_literally(hostile_site: Path):
    text = " ".join(_article(hostile_site / "people" / "mallory" / "index.html").text)
    assert "{{ config }}" in text and "{% for x in range(3) %}loop{% endfor %}" in text
    assert "{{ config.site_name }}" in text and "{% include 'base.html' %}" in text
    assert "looploop" not in text


def test_html_in_data_is_escaped_and_markdown_still_works(hostile_site: Path):
    page = _article(hostile_site / "people" / "mallory" / "index.html")
    tags = [t for t, _ in page.tags]
    assert [a for t, a in page.tags if t == "script"] == []  # our only script, the JSON-LD, is in the <head>
    assert "img" not in tags and "iframe" not in tags
    assert all("style" not in a and not any(k.startswith("on") for k in a) for _, a in page.tags)
    assert "strong" in tags and "em" in tags
    text = " ".join(page.text)
    assert "<script>alert(1)</script>" in text and '<span style="color:red">styled</span>' in text
    assert "<script>alert('name')</script> Mallory" in text
    links = [a for t, a in page.tags if t == "a" and a.get("href", "").startswith("https://example.org")]
    assert links and all(a.get("rel") == "noopener noreferrer" for a in links)


SEARCH_FACTS = ("data-summary", "data-names", "data-kind", "data-status")
"""Attributes whose value is a record's text for the site search (macros/render/search_markup.py)."""


def test_no_page_anywhere_gets_elements_or_attributes_from_data(hostile_site: Path):
    class _All(HTMLParser):
        found: list[str] = []

        def handle_starttag(self, tag, attrs):
            for key, value in attrs:
                slug = re.fullmatch(r"#?[a-z0-9_-]+", value or "")  # heading ids made from escaped text
                text_valued = key in ("content", "title", "alt", *SEARCH_FACTS)  # data text, escaped, as a value
                if "alert" in (value or "") and not (slug or tag == "meta" or text_valued):
                    self.found.append(f"<{tag} {key}={value!r}>")
            if tag in ("img", "iframe") and any(v in ("x", "https://evil.example") for _, v in attrs):
                self.found.append(f"<{tag}>")

    for html_file in hostile_site.rglob("*.html"):
        parser = _All()
        parser.found = []
        parser.feed(html_file.read_text(encoding="utf-8"))
        assert parser.found == [], html_file


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "JaVaScRiPt:alert(1)"]
)
def test_unsafe_link_schemes_are_rejected_by_validation(tmp_path: Path, url: str):
    shutil.copytree(FIXTURES / "valid" / "data", tmp_path / "data")
    person = tmp_path / "data" / "people" / "bob-example.yaml"
    person.write_text(person.read_text().replace("A second fixture person.", f"See [here]({url})."))
    source = tmp_path / "data" / "sources" / "report.yaml"
    source.write_text(source.read_text() + f"url: '{url}'\n")
    with pytest.raises(DataErrors) as info:
        load_atlas(tmp_path)
    rules = sorted(e.rule for e in info.value.errors)
    assert rules == ["url-scheme", "url-scheme"], [str(e) for e in info.value.errors]


@pytest.mark.parametrize("target", ["../people/alice-example.md", "#sources", "people/alice-example/"])
def test_links_in_data_text_must_be_full_addresses(tmp_path: Path, target: str):
    """Record pages are HTML written straight from the data: a relative link there would never be checked or rewritten."""
    shutil.copytree(FIXTURES / "valid" / "data", tmp_path / "data")
    person = tmp_path / "data" / "people" / "bob-example.yaml"
    person.write_text(person.read_text().replace("A second fixture person.", f"See [here]({target})."))
    with pytest.raises(DataErrors) as info:
        load_atlas(tmp_path)
    assert [e.rule for e in info.value.errors] == ["link-target"]
    assert f"link target '{target}' is not a full address" in str(info.value.errors[0])


def test_yaml_tags_execute_nothing(tmp_path: Path):
    marker = tmp_path / "pwned"
    shutil.copytree(FIXTURES / "valid" / "data", tmp_path / "data")
    (tmp_path / "data" / "people" / "evil.yaml").write_text(
        "# yaml-language-server: $schema=../../schemas/people.schema.json\n"
        f"name: !!python/object/apply:os.system ['touch {marker}']\nsummary: x\nsources: [report]\n"
    )
    with pytest.raises(DataErrors) as info:
        load_atlas(tmp_path)
    assert [e.rule for e in info.value.errors] == ["yaml-tag"]
    assert not marker.exists()


def _tree_digest(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


LATER_CLOCK = """\
import datetime as _dt, time as _time
_SHIFT = 3 * 86400  # three days later
_real_time = _time.time
_time.time = lambda: _real_time() + _SHIFT
class _Later(_dt.datetime):
    @classmethod
    def now(cls, tz=None):
        return _dt.datetime.fromtimestamp(_real_time() + _SHIFT, tz)
    @classmethod
    def utcnow(cls):
        return cls.now(_dt.timezone.utc).replace(tzinfo=None)
class _LaterDate(_dt.date):
    @classmethod
    def today(cls):
        return _dt.date.fromtimestamp(_real_time() + _SHIFT)
_dt.datetime, _dt.date = _Later, _LaterDate
"""


def test_two_builds_of_one_commit_days_apart_are_byte_identical(tmp_path: Path):
    """The second build runs with a clock three days ahead (sitecustomize); every output byte is the same,
    and the sitemap dates pages by the commit, not by the day of the build."""
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project", FIXTURES / "valid" / "data")
    git = ["git", "-C", str(project), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    committed = {"GIT_COMMITTER_DATE": "2025-03-04T05:06:07+00:00", "GIT_AUTHOR_DATE": "2025-03-04T05:06:07+00:00"}
    subprocess.run([*git, "commit", "-qm", "fixture"], check=True, env={**os.environ, **committed})
    clock = tmp_path / "later-clock"
    clock.mkdir()
    (clock / "sitecustomize.py").write_text(LATER_CLOCK, encoding="utf-8")
    first, second = tmp_path / "one", tmp_path / "two"
    environment = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    for dest, extra in ((first, {}), (second, {"PYTHONPATH": str(clock)})):
        result = build(dest, root=project, env=extra, base_env=environment, strict=False)
        assert result.returncode == 0, result.stderr
    probe = subprocess.run(
        [sys.executable, "-c", "import datetime, time; print(datetime.date.today(), int(time.time()))"],
        capture_output=True, text=True, env={**environment, "PYTHONPATH": str(clock)}, check=True,
    )
    assert probe.stdout.split()[0] != str(dt.date.today())  # the fake clock is in effect
    digests = _tree_digest(first), _tree_digest(second)
    assert digests[0].keys() == digests[1].keys()
    assert [k for k in digests[0] if digests[0][k] != digests[1][k]] == []
    assert "<lastmod>2025-03-04</lastmod>" in (first / "sitemap.xml").read_text(encoding="utf-8")


def test_nothing_is_lost_between_data_pages_search_and_json(built_site: Path, real_atlas):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    indexed = {doc["location"].split("#", 1)[0] for doc in index["docs"]}
    atlas = json.loads((built_site / "data" / "atlas.json").read_text(encoding="utf-8"))
    for collection, records in real_atlas.entries.items():
        pages = {p.parent.name for p in (built_site / collection).glob("*/index.html")}
        assert pages == set(records), collection
        assert {f"{collection}/{i}/" for i in records} <= indexed, collection
        assert set(atlas[collection]) == set(records), collection


def test_link_crawl_of_the_hosted_build_finds_nothing_broken(built_site: Path):
    assert broken_links(built_site) == []


def test_link_crawl_of_the_offline_copy_finds_nothing_broken(offline_site: Path):
    assert broken_links(offline_site) == []
