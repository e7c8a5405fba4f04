"""Requests stay on the site: the offline search shim is the vendored copy; no GitHub API call."""

from __future__ import annotations

from conftest import ROOT
from macros.output.offline_assets import IFRAME_WORKER_SHIM, local_polyfills, without_alternate_links, without_repository_facts


def test_the_unpkg_search_shim_is_replaced_by_the_vendored_copy():
    polyfills = ["https://unpkg.com/iframe-worker/shim", "assets/other.js"]
    assert local_polyfills(polyfills) == [IFRAME_WORKER_SHIM, "assets/other.js"]


def test_other_remote_polyfills_are_left_for_the_resource_check_to_report():
    assert local_polyfills(["https://example.org/polyfill.js"]) == ["https://example.org/polyfill.js"]


def test_the_vendored_shim_and_its_licence_are_in_the_docs():
    folder = (ROOT / "docs" / IFRAME_WORKER_SHIM).parent
    assert "IFrameWorker" in (folder / "shim.js").read_text(encoding="utf-8")
    assert "Permission is hereby granted" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert "iframe-worker 1.0.4" in (folder / "SOURCE.txt").read_text(encoding="utf-8")


def test_the_repository_link_stays_but_no_longer_fetches_star_counts():
    html = (
        '<a href="https://github.com/o/r" title="Go to repository" class="md-source" '
        'data-md-component="source"><div class="md-source__repository">Atlas</div></a>'
    )
    result = without_repository_facts(html)
    assert 'data-md-component="source"' not in result
    assert '<a href="https://github.com/o/r" title="Go to repository" class="md-source">' in result


def test_alternate_links_are_dropped_and_nothing_else():
    head = (
        '<head>\n    <link rel="canonical" href="https://example.org/">\n'
        '    <link rel="alternate" type="application/atom+xml" title="Feed" href="changes.xml">\n'
        '    <link rel="icon" href="assets/logo.svg">\n</head>'
    )
    assert without_alternate_links(head) == (
        '<head>\n    <link rel="canonical" href="https://example.org/">\n'
        '    <link rel="icon" href="assets/logo.svg">\n</head>'
    )
