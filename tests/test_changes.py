"""What changed: the change list, the Atom feed (changes.xml) and the page, from status and git history."""

from __future__ import annotations

import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import ROOT
from macros.data import git_history
from macros.data.changes import collect_changes
from macros.output.feed import ATOM, atom_feed
from macros.data.git_history import Commit, commit_dates, last_commits
from macros.render.changes import changes_page

NS = {"a": ATOM}
SITE = "https://example.org/atlas/"


def git(cwd: Path, *args: str, when: str = "2025-07-01T09:00:00+09:00") -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "A",
        "GIT_AUTHOR_EMAIL": "a@example.org",
        "GIT_COMMITTER_NAME": "A",
        "GIT_COMMITTER_EMAIL": "a@example.org",
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
    }
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def test_fixture_status_changes_newest_first(valid_atlas):
    changes = collect_changes(valid_atlas, {})
    assert [(c.when.isoformat(), c.date_label, c.title, c.text, c.key) for c in changes] == [
        (
            "2025-06-01T00:00:00+00:00",
            "June 2025",
            "Fixture pledge: In progress",
            "Work began.",
            "commitments/fixture-pledge/history/1",
        ),
        (
            "2025-02-07T00:00:00+00:00",
            "7 February 2025",
            "Fixture pledge: Pledged",
            "Pledged at the summit.",
            "commitments/fixture-pledge/history/0",
        ),
    ]
    assert {(c.kind, c.collection, c.record_id, c.anchor) for c in changes} == {
        ("status", "commitments", "fixture-pledge", "status-history")
    }


def test_commits_add_one_entry_per_record_in_date_order(valid_atlas):
    commits = {
        "data/people/alice-example.yaml": Commit("a" * 40, "2025-07-01T09:00:00+09:00", "people: Alice's role"),
        "data/sources/report.yaml": Commit("b" * 40, "2025-03-01T12:00:00+00:00", "sources: report date"),
        "data/people/deleted-long-ago.yaml": Commit("c" * 40, "2025-08-01T00:00:00+00:00", "removed"),
    }
    changes = collect_changes(valid_atlas, commits)
    assert [(c.when.isoformat(), c.kind, c.title, c.text) for c in changes] == [
        ("2025-07-01T00:00:00+00:00", "edit", "Person updated: Alice Example", "people: Alice's role"),
        ("2025-06-01T00:00:00+00:00", "status", "Fixture pledge: In progress", "Work began."),
        ("2025-03-01T12:00:00+00:00", "edit", "Source updated: News report (fixture)", "sources: report date"),
        ("2025-02-07T00:00:00+00:00", "status", "Fixture pledge: Pledged", "Pledged at the summit."),
    ]
    assert changes[0].key == "data/people/alice-example.yaml@" + "a" * 40
    assert changes[0].date_label == "1 July 2025"


def test_last_commits_reads_the_subject_and_time_of_each_files_last_commit(tmp_path: Path):
    repo = tmp_path / "repo"
    (repo / "site" / "data" / "people").mkdir(parents=True)
    git(repo, "init", "-q")
    (repo / "site" / "data" / "people" / "a.yaml").write_text("name: {en: A}\n")
    (repo / "site" / "README.md").write_text("not data\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "people: add A", when="2025-05-01T10:00:00+00:00")
    (repo / "site" / "data" / "people" / "a.yaml").write_text("name: {en: A A}\n")
    (repo / "site" / "data" / "people" / "b.yaml").write_text("name: {en: B}\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "people: fix A, add <B> & more")

    commits = last_commits(repo / "site")
    assert sorted(commits) == ["data/people/a.yaml", "data/people/b.yaml"]
    latest = commits["data/people/a.yaml"]
    assert latest == commits["data/people/b.yaml"]
    assert latest.subject == "people: fix A, add <B> & more"
    assert latest.time == "2025-07-01T09:00:00+09:00"
    assert len(latest.sha) == 40
    assert commit_dates(last_commits(repo / "site", ".")) == {
        "README.md": "2025-05-01",
        "data/people/a.yaml": "2025-07-01",
        "data/people/b.yaml": "2025-07-01",
    }


def test_no_git_history_means_no_commit_entries(tmp_path: Path, monkeypatch, valid_atlas):
    assert last_commits(tmp_path) == {}  # not a repository (a tarball)
    monkeypatch.setattr(git_history, "GIT", "git-is-not-installed-here")
    assert last_commits(Path(__file__).parent) == {}
    assert [c.kind for c in collect_changes(valid_atlas, {})] == ["status", "status"]


def test_feed_is_atom_with_the_fixture_entries(valid_atlas):
    text = atom_feed(collect_changes(valid_atlas, {}), site_url=SITE)
    feed = ET.fromstring(text)
    assert feed.tag == f"{{{ATOM}}}feed"
    assert feed.findtext("a:id", namespaces=NS) == "tag:example.org,2025:/atlas/changes.xml"
    assert feed.findtext("a:updated", namespaces=NS) == "2025-06-01T00:00:00Z"
    assert feed.find("a:link[@rel='self']", NS).get("href") == "https://example.org/atlas/changes.xml"
    assert feed.find("a:link[@rel='alternate']", NS).get("href") == "https://example.org/atlas/changes/"
    assert feed.findtext("a:author/a:name", namespaces=NS)
    entries = [
        (
            e.findtext("a:id", namespaces=NS),
            e.findtext("a:title", namespaces=NS),
            e.findtext("a:updated", namespaces=NS),
            e.find("a:link", NS).get("href"),
            e.findtext("a:summary", namespaces=NS),
        )
        for e in feed.findall("a:entry", NS)
    ]
    assert entries == [
        (
            "tag:example.org,2025:/atlas/commitments/fixture-pledge/history/1",
            "Fixture pledge: In progress",
            "2025-06-01T00:00:00Z",
            "https://example.org/atlas/commitments/fixture-pledge/#status-history",
            "Work began.",
        ),
        (
            "tag:example.org,2025:/atlas/commitments/fixture-pledge/history/0",
            "Fixture pledge: Pledged",
            "2025-02-07T00:00:00Z",
            "https://example.org/atlas/commitments/fixture-pledge/#status-history",
            "Pledged at the summit.",
        ),
    ]


def test_feed_escapes_data_and_is_deterministic(valid_atlas):
    hostile = "people: <script>alert('x')</script> & ]]> \"quoted\""
    commits = {"data/people/alice-example.yaml": Commit("d" * 40, "2025-09-30T23:30:00-02:00", hostile)}
    changes = collect_changes(valid_atlas, commits)
    text = atom_feed(changes, site_url=SITE)
    assert "<script>" not in text
    feed = ET.fromstring(text)
    assert feed.find("a:entry", NS).findtext("a:summary", namespaces=NS) == hostile
    assert feed.findtext("a:updated", namespaces=NS) == "2025-10-01T01:30:00Z"  # the newest entry, in UTC
    assert atom_feed(changes, site_url=SITE) == text


def test_feed_follows_the_sites_url_style_and_limit(valid_atlas):
    changes = collect_changes(valid_atlas, {})
    feed = ET.fromstring(atom_feed(changes, site_url="https://example.org", directory_urls=False, limit=1))
    entries = feed.findall("a:entry", NS)
    assert len(entries) == 1  # one of each kind; the fixture has no edits without git history
    assert (
        entries[0].find("a:link", NS).get("href")
        == "https://example.org/commitments/fixture-pledge.html#status-history"
    )
    assert feed.find("a:link[@rel='alternate']", NS).get("href") == "https://example.org/changes.html"


def test_page_lists_status_changes_and_edits_linked_to_their_records(valid_atlas):
    commits = {"data/people/alice-example.yaml": Commit("e" * 40, "2025-07-01T00:00:00+00:00", "fix | <b>x</b>")}
    page = changes_page(collect_changes(valid_atlas, commits), "changes.md")
    assert page.splitlines() == [
        "## Status changes",
        "",
        "Each dated change in a commitment's status, newest first, with its evidence.",
        "",
        "| Date | Change | Details |",
        "|---|---|---|",
        "| June 2025 | [Fixture pledge: In progress](commitments/fixture-pledge.md#status-history) | Work began. |",
        "| 7 February 2025 | [Fixture pledge: Pledged](commitments/fixture-pledge.md#status-history) "
        "| Pledged at the summit. |",
        "",
        "## Recently edited records",
        "",
        "The last edit to each record, newest first, with its commit message.",
        "",
        "| Date | Change | Details |",
        "|---|---|---|",
        "| 1 July 2025 | [Person updated: Alice Example](people/alice-example.md) | fix &#124; &lt;b&gt;x&lt;/b&gt; |",
    ]
    limited = changes_page(collect_changes(valid_atlas, commits), "changes.md", limit=1)
    assert "Work began." in limited and "Pledged at the summit." not in limited
    assert changes_page([], "changes.md").count("_None recorded yet._") == 2


def test_a_bulk_edit_does_not_push_status_changes_out_of_the_feed(valid_atlas):
    commits = {
        entry.path: Commit(f"{i:040d}", f"2026-01-{i + 1:02d}T00:00:00+00:00", "bulk edit")
        for i, entry in enumerate(valid_atlas.all())
    }
    feed = ET.fromstring(atom_feed(collect_changes(valid_atlas, commits), site_url=SITE, limit=3))
    kinds = [e.find("a:category", NS).get("term") for e in feed.findall("a:entry", NS)]
    assert kinds == ["edit", "edit", "edit", "status", "status"]
    assert feed.findtext("a:updated", namespaces=NS) == "2026-01-12T00:00:00Z"


@pytest.mark.build
def test_built_site_has_the_feed_and_the_page(built_site: Path, real_atlas):
    feed = ET.parse(built_site / "changes.xml").getroot()
    entries = feed.findall("a:entry", NS)
    statuses = sum(len(e.model.history) for e in real_atlas.collection("commitments"))  # type: ignore[attr-defined]
    committed = sum(e.path in last_commits(ROOT) for e in real_atlas.all())
    kinds = [e.find("a:category", NS).get("term") for e in entries]
    assert (kinds.count("status"), kinds.count("edit")) == (min(30, statuses), min(30, committed))
    assert feed.findtext("a:updated", namespaces=NS) == entries[0].findtext("a:updated", namespaces=NS)
    page = (built_site / "changes" / "index.html").read_text(encoding="utf-8")
    assert "What changed" in page and 'href="../changes.xml"' in page
    assert 'id="status-changes"' in page and 'id="recently-edited-records"' in page
    first = entries[0].find("a:link", NS).get("href").split("/atlas/", 1)[1].split("#")[0]
    assert f'href="../{first}' in page
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" type="application/atom+xml"' in home and 'href="changes.xml"' in home
