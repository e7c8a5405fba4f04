"""Lighthouse scores of the main pages of the real site, mobile and desktop, served gzipped from 127.0.0.1.

Lighthouse (a Node program, pinned to one version so scores compare across runs) is installed with npm
into a cache folder on first use; it drives the system Chromium. Each page is audited `runs` times per
preset and the median of each figure is reported.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bench.browser import CHROMIUM, CHROMIUM_ARGS
from bench.gzserve import SiteServer
from bench.runner import BenchError

VERSION = "12.2.3"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PRESETS = ("mobile", "desktop")
PAGES = (
    ("home", ""),
    ("tracker", "tracker/"),
    ("person", "people/ishiba-shigeru/"),
    ("figure", "figures/japan-defense-budget/"),
    ("commitment", "commitments/invest-550-billion-investment-vehicle/"),
)
"""(name, path under the site root) of each page audited."""


@dataclass(frozen=True)
class Audit:
    """One Lighthouse run of one page with one preset."""

    page: str
    preset: str
    scores: dict[str, int]
    lcp_ms: float
    tbt_ms: float
    foreign: tuple[str, ...]  # URLs requested from hosts other than the local server
    benchmark_index: float  # Lighthouse's measure of this machine's speed at the time (higher is faster)


def cache_folder() -> Path:
    """Where Lighthouse is installed: $ATLAS_LIGHTHOUSE_DIR, or ~/.cache/atlas-lighthouse."""
    if os.environ.get("ATLAS_LIGHTHOUSE_DIR"):
        return Path(os.environ["ATLAS_LIGHTHOUSE_DIR"])
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "atlas-lighthouse"


def installed_version(folder: Path) -> str | None:
    """The version of Lighthouse installed in `folder`, or None."""
    manifest = folder / "node_modules" / "lighthouse" / "package.json"
    if not manifest.is_file():
        return None
    return json.loads(manifest.read_text(encoding="utf-8")).get("version")


def ensure_lighthouse(progress: Callable[[str], None] = lambda _: None) -> Path:
    """The Lighthouse command, installing the pinned version with npm into the cache folder if needed."""
    folder = cache_folder()
    command = folder / "node_modules" / ".bin" / "lighthouse"
    if installed_version(folder) == VERSION and command.exists():
        return command
    if not shutil.which("npm") or not shutil.which("node"):
        raise BenchError("Lighthouse needs Node.js 18 or newer and npm (apt-get install nodejs npm)")
    folder.mkdir(parents=True, exist_ok=True)
    progress(f"installing lighthouse@{VERSION} into {folder}")
    done = subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--save-exact", f"lighthouse@{VERSION}"],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0 or installed_version(folder) != VERSION:
        raise BenchError(f"npm could not install lighthouse@{VERSION}:\n{done.stderr[-2000:]}")
    return command


def run_lighthouse(command: Path, url: str, preset: str, report: Path) -> dict:
    """Audit `url` once with the `mobile` or `desktop` preset; write the JSON report to `report` and return it."""
    if not Path(CHROMIUM).exists():
        raise BenchError(f"{CHROMIUM} not found: apt-get install chromium")
    args = [
        str(command),
        url,
        "--output=json",
        f"--output-path={report}",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
        *(["--preset=desktop"] if preset == "desktop" else []),
    ]
    done = subprocess.run(args, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True)
    if done.returncode != 0 or not report.is_file():
        raise BenchError(f"lighthouse failed on {url} ({preset}):\n{done.stderr[-2000:]}")
    return json.loads(report.read_text(encoding="utf-8"))


def audit_of(page: str, preset: str, result: dict, base: str) -> Audit:
    """The figures of one Lighthouse JSON report."""
    if result.get("runtimeError"):
        raise BenchError(f"lighthouse on {page} ({preset}): {result['runtimeError'].get('message')}")
    categories = result["categories"]
    audits = result["audits"]
    scores = {name: round((categories[name]["score"] or 0) * 100) for name in CATEGORIES}
    own = urlsplit(base).netloc
    requests = audits.get("network-requests", {}).get("details", {}).get("items", [])
    foreign = tuple(
        item["url"]
        for item in requests
        if urlsplit(item["url"]).scheme in ("http", "https") and urlsplit(item["url"]).netloc != own
    )
    return Audit(
        page,
        preset,
        scores,
        audits["largest-contentful-paint"]["numericValue"],
        audits["total-blocking-time"]["numericValue"],
        foreign,
        result.get("environment", {}).get("benchmarkIndex", 0.0),
    )


def audit_site(
    site: Path,
    reports: Path,
    *,
    runs: int = 1,
    pages: tuple[tuple[str, str], ...] = PAGES,
    progress: Callable[[str], None] = lambda _: None,
) -> list[list[Audit]]:
    """Serve `site` gzipped and audit each page with each preset `runs` times; keep the JSON reports in `reports`.

    Returns one list of runs per (page, preset), pages in order, mobile first."""
    command = ensure_lighthouse(progress)
    reports.mkdir(parents=True, exist_ok=True)
    missing = [path for _, path in pages if not (site / path / "index.html").is_file()]
    if missing:
        raise BenchError(f"the built site {site} has no page {', '.join(missing)}")
    results = []
    with SiteServer(site) as server:
        for name, path in pages:
            for preset in PRESETS:
                runs_of_page = []
                for run in range(runs):
                    progress(f"lighthouse {name} ({preset}) {run + 1}/{runs}")
                    report = reports / f"{name}-{preset}-{run + 1}.json"
                    result = run_lighthouse(command, server.base + path, preset, report)
                    runs_of_page.append(audit_of(name, preset, result, server.base))
                results.append(runs_of_page)
    return results


def table_lines(results: list[list[Audit]]) -> list[str]:
    """The report: per page and preset, the median score of each category, LCP and TBT."""
    runs = max(len(r) for r in results)
    lines = [
        f"Lighthouse {VERSION} (Chromium headless, simulated throttling), gzip-serving local server, "
        f"median of {runs} run{'s' if runs > 1 else ''}",
        f"{'page':<12} {'preset':<8} {'perf':>5} {'a11y':>5} {'b-p':>5} {'seo':>5} {'LCP':>8} {'TBT':>8}",
    ]
    foreign: set[str] = set()
    for audits in results:
        first = audits[0]
        score = {name: round(statistics.median(a.scores[name] for a in audits)) for name in CATEGORIES}
        lcp = statistics.median(a.lcp_ms for a in audits) / 1000
        tbt = statistics.median(a.tbt_ms for a in audits)
        lines.append(
            f"{first.page:<12} {first.preset:<8} {score['performance']:>5} {score['accessibility']:>5} "
            f"{score['best-practices']:>5} {score['seo']:>5} {lcp:>6.1f} s {tbt:>5.0f} ms"
        )
        for audit in audits:
            foreign.update(audit.foreign)
    lines.append(f"requests to other hosts: {', '.join(sorted(foreign)) if foreign else 'none'}")
    speeds = [a.benchmark_index for audits in results for a in audits]
    lines.append(
        f"machine speed (Lighthouse benchmarkIndex): {min(speeds):.0f}–{max(speeds):.0f} across the runs; "
        "a busy machine scores lower and slows the simulated phone with it (mobile multiplies CPU time by 4)"
    )
    return lines
