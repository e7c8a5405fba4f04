"""axe-core finds no serious or critical accessibility problem on the main kinds of page."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}
SCHEMES = {"light": "default", "dark": "slate"}  # Material's names for the palettes in mkdocs.yml


def tracker_page(site) -> str:
    """The commitment tracker, or the commitments index while the tracker page does not exist."""
    return "tracker" if site.has_page("tracker") else "commitments"


def describe(violations: list[dict]) -> list[str]:
    """One readable line per blocking violation: rule, impact, and the first elements affected."""
    return [
        f"{v['id']} ({v['impact']}): {v['help']} - {[n['target'] for n in v['nodes'][:3]]}"
        f"{' ...' if len(v['nodes']) > 3 else ''}"
        for v in violations
        if v["impact"] in BLOCKING
    ]


@pytest.fixture(params=["light", "dark"])
def scheme(browser, hosted, request):
    """The palette the reader picked with the header toggle (Material remembers it); light again afterwards."""
    browser.open(hosted.url(""))
    browser.choose_palette(SCHEMES[request.param])
    yield request.param
    browser.open(hosted.url(""))
    browser.choose_palette(SCHEMES["light"])


@pytest.mark.parametrize("kind", ["home", "person", "tracker", "figure"])
def test_no_serious_or_critical_accessibility_violations(browser, hosted, axe_source, kind, scheme):
    page = {
        "home": "",
        "person": "people/ishiba-shigeru",
        "tracker": tracker_page(hosted),
        "figure": (hosted.figure_pages() or ["figures/<none built>"])[0],
    }[kind]
    assert hosted.has_page(page) or not page, f"{page} is not in the build"
    browser.open(hosted.url(page))
    assert browser.driver.execute_script("return document.body.dataset.mdColorScheme") == SCHEMES[scheme]
    browser.screenshot(SCREENSHOTS / f"axe-{kind}-{scheme}.png")
    assert describe(browser.axe(axe_source)) == []
