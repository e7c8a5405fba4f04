"""`python -m bench.screens`: screenshots of each kind of page at a phone's and a laptop's width, to look at.

Builds the real site (or takes `--site`), serves it gzipped on 127.0.0.1, opens each page in headless
Chromium at 390 px (as a phone: mobile viewport, touch) and 1366 px, and saves the whole page as
<out>/<width>/<page>.png (default out: test-artifacts/screens, which git ignores). For each page it also
prints what a look would catch first: how far the page scrolls sideways, how many tables are wider than
their column, and the smallest text in the article.
"""

from __future__ import annotations

import argparse
import base64
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.browser import CHROMEDRIVER, CHROMIUM, CHROMIUM_ARGS
from bench.gzserve import SiteServer

ROOT = Path(__file__).resolve().parents[1]
WIDTHS = (390, 1366)
HEIGHTS = {390: 844, 1366: 900}
MAX_HEIGHT = 9000  # px: longer pages are cut (the tracker runs to many screens on a phone)
PAGES = (
    ("home", ""),
    ("tracker", "tracker/"),
    ("timeline", "timeline/"),
    ("index", "sources/"),
    ("person", "people/ishiba-shigeru/"),
    ("organization", "organizations/ministry-of-defense-of-japan/"),
    ("agreement", "agreements/treaty-of-mutual-cooperation-and-security-1960/"),
    ("event", "events/camp-david-trilateral-summit-2023-08-18/"),
    ("commitment", "commitments/invest-550-billion-investment-vehicle/"),
    ("figure", "figures/japan-defense-budget/"),
    ("quote", "quotes/ishiba-agreement-culmination-of-efforts/"),
    ("source", "sources/white-house-fact-sheet-trade-investment-agreement-2025-07-23/"),
    ("topic", "topics/defense-spending/"),
    ("ja-tracker", "ja/tracker/"),
)
"""(name, path under the site root) of each page: one of each kind, and one page of the Japanese edition."""

_LOOK = """
const width = document.documentElement.clientWidth;
const article = document.querySelector('article.md-content__inner') || document.body;
const column = article.clientWidth;
const tables = [...article.querySelectorAll('table')];
const wide = tables.filter(t => t.getBoundingClientRect().width > column + 1 || t.getBoundingClientRect().right > width + 1);
let smallest = 1000, what = '';
const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode;
  if (!node.textContent.trim()) continue;
  const element = node.parentElement;
  const box = element.getBoundingClientRect();
  if (box.width <= 1 || box.height <= 1) continue;  // hidden, or visually hidden for screen readers
  let size = parseFloat(getComputedStyle(element).fontSize);
  const svg = element.closest('svg');
  if (svg) {  // SVG text: its size on screen, scaled by the drawing's width
    const drawn = svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width;
    size *= drawn ? svg.getBoundingClientRect().width / drawn : 1;
  }
  if (size < smallest) {
    smallest = size;
    what = (svg ? 'svg ' : '') + element.tagName.toLowerCase() + (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ')[0] : '');
  }
}
return [document.documentElement.scrollWidth - width, tables.length, wide.length, smallest,
        document.documentElement.scrollHeight, document.getElementsByTagName('*').length, what];
"""


@dataclass(frozen=True)
class Look:
    """What one screenshot shows at a glance."""

    page: str
    width: int
    path: Path
    overflow_px: int
    tables: int
    wide_tables: int
    smallest_text_px: float
    height_px: int
    elements: int
    smallest_in: str  # the element holding the smallest text


def _driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in CHROMIUM_ARGS:
        options.add_argument(argument)
    options.add_argument("--hide-scrollbars")
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def _settle(driver, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready = driver.execute_script(
            "return document.readyState === 'complete' && typeof document$ !== 'undefined'"
            " && [...document.images].every(i => i.complete)"
        )
        if ready:
            time.sleep(0.5)  # Material's first layout pass (tabs, sidebar, toc)
            return
        time.sleep(0.1)


def shoot(driver, url: str, width: int, path: Path) -> tuple[int, ...]:
    """Open `url` at `width` px and save the whole page (up to MAX_HEIGHT) as a PNG at `path`; return the look."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": HEIGHTS[width], "deviceScaleFactor": 1, "mobile": width < 600},
    )
    driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": width < 600})
    driver.get(url)
    _settle(driver)
    look = driver.execute_script(_LOOK)
    height = min(int(look[4]), MAX_HEIGHT)
    # The window made as tall as the page, then a pause: capturing beyond the viewport resizes it during the
    # capture, which restarts Material's tab fade and leaves the tabs half drawn.
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    time.sleep(1.0)
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}}
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base64.b64decode(shot["data"]))
    return tuple(look)


def take_screens(site: Path, out: Path, pages=PAGES, widths=WIDTHS) -> list[Look]:
    """Screenshot each page of the built `site` at each width into out/<width>/<page>.png."""
    missing = [path for _, path in pages if not (site / path / "index.html").is_file()]
    if missing:
        raise SystemExit(f"screens: the built site {site} has no page {', '.join(missing)}")
    looks = []
    with SiteServer(site) as server:
        driver = _driver()
        try:
            for width in widths:
                for name, page in pages:
                    path = out / str(width) / f"{name}.png"
                    overflow, tables, wide, smallest, height, elements, what = shoot(driver, server.base + page, width, path)
                    looks.append(Look(name, width, path, int(overflow), tables, wide, smallest, height, elements, what))
        finally:
            driver.quit()
    return looks


def look_lines(looks: list[Look]) -> list[str]:
    """One line per screenshot: sideways scroll, tables wider than the text column, smallest text and where."""
    lines = [
        f"{'width':>5} {'page':<13} {'sideways':>8} {'tables':>6} {'too wide':>8} {'smallest text':>13} "
        f"{'height':>7} {'elements':>8}  smallest text in"
    ]
    for look in looks:
        lines.append(
            f"{look.width:>5} {look.page:<13} {look.overflow_px:>6} px {look.tables:>6} {look.wide_tables:>8} "
            f"{look.smallest_text_px:>10.1f} px {look.height_px:>7} {look.elements:>8}  {look.smallest_in}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Build (unless --site), screenshot every page kind at each width, print what each shows at a glance."""
    parser = argparse.ArgumentParser(prog="python -m bench.screens", description=__doc__.splitlines()[0])
    parser.add_argument("--site", help="an already built site (default: build both editions into a temporary folder)")
    parser.add_argument("--out", default=str(ROOT / "test-artifacts" / "screens"), help="where the PNGs go")
    parser.add_argument("--pages", help="comma-separated page names to take (default: all): " +
                        ", ".join(name for name, _ in PAGES))
    args = parser.parse_args(argv)
    pages = PAGES
    if args.pages:
        wanted = set(args.pages.split(","))
        pages = tuple(p for p in PAGES if p[0] in wanted)
    with tempfile.TemporaryDirectory(prefix="atlas-screens-") as scratch:
        site = Path(args.site).resolve() if args.site else Path(scratch) / "site"
        if not args.site:
            from macros.cli.build import build_editions

            print("… building both editions", file=sys.stderr, flush=True)
            if any(status != 0 for _, _, status in build_editions(ROOT, site)):
                return 1
        looks = take_screens(site, Path(args.out).resolve(), pages)
    for line in look_lines(looks):
        print(line)
    print(f"screenshots in {Path(args.out).resolve()}/<width>/<page>.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
