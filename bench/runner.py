"""The benchmark run: synthetic project → check → timed builds → floor and naive builds of the same pages."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from macros.data.loader import load_file
from bench.measure import Run, macros_check, mkdocs_build
from bench.preflight import Preflight, prepare
from bench.project import dump_config, make_project, plain_config
from bench.sitestats import SiteStats, site_stats


class BenchError(Exception):
    """A build that should have succeeded failed; carries the tail of its output."""


@dataclass
class Result:
    """Every figure of one benchmark run."""

    records: int
    counts: dict[str, int]
    generate_seconds: float
    check: Run
    preflight: Preflight
    builds: list[Run]
    stats: SiteStats
    words: int
    floor: list[Run] = field(default_factory=list)
    naive: Run | None = None
    naive_stats: SiteStats | None = None
    profile: Path | None = None
    project: Path = Path()

    @property
    def build_seconds(self) -> float:
        """Median wall time of the timed builds."""
        return statistics.median(r.seconds for r in self.builds)

    @property
    def sample_record(self) -> tuple[str, str]:
        """(page, name) of a person, to search for: the middle one by id."""
        people = sorted(self.project.glob("data/people/*.yaml"))
        person = people[len(people) // 2]
        return f"people/{person.stem}/", load_file(person, person.name).data["name"]["en"]

    @property
    def floor_seconds(self) -> float | None:
        """Median wall time of the floor builds, if any."""
        return statistics.median(r.seconds for r in self.floor) if self.floor else None


def _checked(run: Run, what: str) -> Run:
    if not run.ok:
        tail = "\n".join(run.output.splitlines()[-25:])
        raise BenchError(f"{what} failed (exit status {run.returncode}):\n{tail}")
    return run


def record_paths(project: Path) -> list[str]:
    """`collection/id` of every record in the project's data folder."""
    return sorted(f"{p.parent.name}/{p.stem}" for p in (project / "data").glob("*/*.yaml"))


def run_benchmark(
    root: Path,
    workdir: Path,
    records: int,
    *,
    seed: int = 8,
    floor: bool = False,
    compare: bool = False,
    repeat: int = 1,
    profile: Path | None = None,
    progress=print,
) -> Result:
    """Generate `records` records in a copy of the project at `root` under `workdir`, build and measure it."""
    project = workdir / "project"
    started = time.perf_counter()
    counts = make_project(root, project, records, seed)
    generate_seconds = time.perf_counter() - started
    progress(f"generated {records:,} records in {generate_seconds:.1f} s; checking")
    check = _checked(macros_check(project), "python -m macros check")
    preflight = prepare(project)
    plain = workdir / "plain"
    floor_config = naive_config = None
    if floor or compare:
        progress("writing every page's content for the floor (an untimed build)")
        _checked(mkdocs_build(dump_config(project, plain / "docs"), workdir / "site-dump"), "the Markdown dump build")
        floor_config = plain_config(project, plain, full_nav=False)
        naive_config = plain_config(project, plain, full_nav=True, name="mkdocs-naive.yml")
    builds: list[Run] = []
    floors: list[Run] = []
    for i in range(repeat):
        progress(f"build {i + 1} of {repeat}")
        builds.append(_checked(mkdocs_build(project / "mkdocs.yml", workdir / "site"), "the build"))
        if floor_config:
            progress(f"floor build {i + 1} of {repeat}")
            floors.append(_checked(mkdocs_build(floor_config, workdir / "site-floor"), "the floor build"))
    paths = record_paths(project)
    result = Result(
        records,
        counts,
        generate_seconds,
        check,
        preflight,
        builds,
        site_stats(workdir / "site", paths),
        _median_words(workdir / "site", paths),
        floors,
        project=project,
    )
    if compare and naive_config:
        progress("naive build (every page in the navigation)")
        result.naive = _checked(mkdocs_build(naive_config, workdir / "site-naive"), "the naive build")
        result.naive_stats = site_stats(workdir / "site-naive", paths)
    if profile:
        progress(f"profiled build into {profile}")
        _checked(mkdocs_build(project / "mkdocs.yml", workdir / "site-profile", profile=profile), "the profiled build")
        result.profile = profile
    return result


def _median_words(site: Path, paths: list[str], sample: int = 400) -> int:
    """Median number of words of text in the content of record pages (a sample of them)."""
    from bench.words import content_words

    step = max(1, len(paths) // sample)
    counts = [content_words(site / rel / "index.html") for rel in paths[::step]]
    return int(statistics.median(counts)) if counts else 0
