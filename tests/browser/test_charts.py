"""Charts as a reader sees them on a 390 px phone and a 1366 px desktop, hosted and offline: chart text at least
12 px on screen, the number card or chart above the infobox, no chart wider than the screen, dark colours in the
dark theme, downloads and embed snippet there."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SCREENSHOTS

WIDTHS = (390, 1366)
# a line chart, bars, a single value (a number card) and the Japanese edition's line chart
PAGES = (
    "figures/defense-spending-share-of-gdp",
    "figures/us-tariff-rates-2025",
    "figures/trade-deal-investment-vehicle",
    "ja/figures/host-nation-support-by-agreement",
)
CARDS = {"figures/trade-deal-investment-vehicle"}

MEASURE = """
const screen = document.documentElement.clientWidth;
const charts = [], texts = [];
for (const svg of document.querySelectorAll('.md-content svg.atlas-chart-svg')) {
  const box = svg.getBoundingClientRect();
  if (box.width === 0) continue;  // the drawing for the other width, hidden
  const scale = box.width / svg.viewBox.baseVal.width;
  charts.push({id: svg.id, left: box.left, right: box.right, width: box.width});
  for (const t of svg.querySelectorAll('text')) {
    if (t.textContent.trim()) texts.push([t.textContent.trim(), parseFloat(getComputedStyle(t).fontSize) * scale]);
  }
}
const block = document.querySelector('.md-content .atlas-chart-block');
const infobox = document.querySelector('.md-content .atlas-infobox');
const number = document.querySelector('.md-content .atlas-headline-number');
return {
  screen, charts, texts,
  blockBottom: block ? block.getBoundingClientRect().bottom : null,
  infoboxTop: infobox ? infobox.getBoundingClientRect().top : null,
  number: number ? number.textContent : null,
  numberPx: number ? parseFloat(getComputedStyle(number).fontSize) : null,
  pageWidth: document.documentElement.scrollWidth,
};
"""


@pytest.fixture
def width(browser, request):
    """The browser's viewport at the test's width (a phone below 600 px), restored afterwards."""
    value = request.param
    browser.driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": value, "height": 900, "deviceScaleFactor": 1, "mobile": value < 600},
    )
    yield value
    browser.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize("width", WIDTHS, indirect=True, ids=lambda w: f"{w}px")
@pytest.mark.parametrize("page", PAGES)
def test_chart_text_is_readable_the_chart_leads_and_fits_the_screen(browser, site, width, page):
    browser.open(site.url(page))
    seen = browser.driver.execute_script(MEASURE)
    assert seen["screen"] <= width
    assert seen["blockBottom"] is not None and seen["infoboxTop"] is not None, f"no chart block or infobox on {page}"
    assert seen["blockBottom"] <= seen["infoboxTop"], "the number card or chart comes above the infobox"
    assert seen["number"], "the headline number is shown"
    if page in CARDS:
        assert seen["charts"] == [] and seen["numberPx"] >= 24, "a single value is a large number, not one bar"
    else:
        assert len(seen["charts"]) == 1, f"exactly one drawing shown, the one for this width: {seen['charts']}"
        chart = seen["charts"][0]
        assert chart["id"].endswith("-narrow" if width < 600 else "-wide")
        assert chart["left"] >= 0 and chart["right"] <= seen["screen"], f"chart wider than the screen: {chart}"
        small = [(text, round(px, 1)) for text, px in seen["texts"] if px < 12]
        assert seen["texts"] and small == [], f"chart text under 12 px on screen: {small[:5]}"
    assert seen["pageWidth"] <= seen["screen"] or width >= 600, "the figure page scrolls sideways on a phone"
    name = page.replace("/", "-")
    browser.screenshot(SCREENSHOTS / f"{site.name}-{name}-{width}.png")


def test_charts_follow_the_dark_theme_and_offer_their_downloads(browser, site):
    page = "figures/japanese-fdi-in-the-us"
    browser.open(site.url(page))
    fill = "return getComputedStyle(document.querySelector('.md-content svg.atlas-chart-svg text')).fill"
    light = browser.driver.execute_script(fill)
    try:
        browser.choose_palette("slate")
        dark = browser.driver.execute_script(fill)
        background = browser.driver.execute_script(
            "return getComputedStyle(document.querySelector('.md-content .atlas-chart-block')).backgroundColor"
        )
        browser.screenshot(SCREENSHOTS / f"{site.name}-figure-dark.png")
    finally:
        browser.choose_palette("default")
    assert light == "rgb(31, 35, 40)" and dark == "rgb(230, 230, 230)", (light, dark)
    assert background == "rgb(30, 33, 41)"
    links = browser.driver.execute_script(
        "return [...document.querySelectorAll('.md-content .atlas-chart-actions a[download]')].map(a => a.href)"
    )
    assert [link.rsplit(".", 1)[-1] for link in links] == ["png", "svg"]
    assert all(site.resolves(link) for link in links), links
    snippet = browser.driver.execute_script("return document.querySelector('.md-content .atlas-embed textarea').value")
    assert snippet.startswith('<a href="https://') and 'japanese-fdi-in-the-us.svg" alt=' in snippet
