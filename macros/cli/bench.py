"""`python -m macros bench --records N`: build a synthetic site of N records and print how fast and how big it is."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `bench` command."""
    parser = subparsers.add_parser(
        "bench", help="build a synthetic dataset of N records and print build time, memory, sizes (docs/performance.md)"
    )
    parser.add_argument(
        "--records",
        type=int,
        help="how many synthetic records (default: 1000; with --edit-loop, the default is a copy of the real data)",
    )
    parser.add_argument("--seed", type=int, default=8, help="random seed of the synthetic data (default: 8)")
    parser.add_argument(
        "--floor",
        action="store_true",
        help="also build the same pages as plain Markdown with a one-entry navigation, no macros, "
        "no hooks (the floor of the stack) and print the ratio",
    )
    parser.add_argument(
        "--compare", action="store_true", help="also build the same pages the naive way (every page in the navigation)"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="time the build (and the floor) this many times and print the median (default: 1)",
    )
    parser.add_argument("--profile", metavar="FILE", help="also run one build under cProfile, writing FILE")
    parser.add_argument(
        "--browser",
        action="store_true",
        help="instead of the build benchmark, time the site search against Material's default search, hosted "
        "(Pagefind, gzip server) and offline (file://), for an English and a Japanese query, at 1,000 and 10,000 "
        "records (--records: only that many); needs selenium and /usr/bin/chromedriver",
    )
    parser.add_argument(
        "--edit-loop",
        action="store_true",
        help="instead of building, run `mkdocs serve` (then `--dirty`), edit a person's YAML "
        "and time until the served page shows the edit",
    )
    parser.add_argument(
        "--editions",
        action="store_true",
        help="instead of synthetic data, build the real site's two editions (English, Japanese) and print each "
        "one's time and the pair's against one edition (--repeat for a median)",
    )
    parser.add_argument(
        "--lighthouse",
        action="store_true",
        help="instead of synthetic data, build the real site, serve it gzipped on 127.0.0.1 and print Lighthouse "
        "scores (mobile and desktop) of its main pages (installs lighthouse with npm on first use; --repeat for a median)",
    )
    parser.add_argument(
        "--site", metavar="DIR", help="with --lighthouse: audit this already built site instead of building one"
    )
    parser.add_argument("--rounds", type=int, default=3, help="edits or page loads per measurement (default: 3)")
    parser.add_argument(
        "--keep",
        metavar="DIR",
        help="work in DIR and keep the projects and sites (default: a temporary folder, removed afterwards)",
    )
    parser.set_defaults(run=run)


def _progress(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


def _find_bench(root: Path) -> None:
    """The benchmark is not part of the installed package: import it from the repository's `bench/` folder."""
    for folder in (root, Path(__file__).resolve().parents[2]):
        if (folder / "bench" / "__init__.py").is_file():
            if str(folder) not in sys.path:
                sys.path.insert(0, str(folder))
            return
    raise SystemExit("bench: no bench/ folder here; run `python -m macros bench` in a clone of the repository")


def run(args: argparse.Namespace) -> int:
    """Run the benchmark (or the edit-loop measurement) and print its figures."""
    root = Path(args.root).resolve()
    _find_bench(root)
    from bench.runner import BenchError

    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as scratch:
        workdir = Path(args.keep).resolve() if args.keep else Path(scratch)
        try:
            if args.lighthouse:
                lines = _lighthouse(root, workdir, args)
            elif args.browser:
                lines = _search(root, workdir, args)
            elif args.editions:
                from bench.editions import edition_lines, edition_times

                lines = edition_lines(edition_times(root, workdir, max(1, args.repeat)))
            else:
                lines = _edit_loop(root, workdir, args) if args.edit_loop else _build(root, workdir, args)
        except (BenchError, ValueError, TimeoutError, RuntimeError) as exc:
            print(f"bench: {exc}", file=sys.stderr)
            return 1
    for line in lines:
        print(line)
    return 0


def _lighthouse(root: Path, workdir: Path, args: argparse.Namespace) -> list[str]:
    from bench.lighthouse import audit_site, table_lines
    from macros.cli.build import build_editions

    if args.site:
        site = Path(args.site).resolve()
    else:
        site = workdir / "site"
        _progress(f"building both editions into {site}")
        failed = [language for language, _, status in build_editions(root, site) if status != 0]
        if failed:
            raise RuntimeError(f"the {failed[0]} edition failed to build")
    results = audit_site(site, workdir / "lighthouse", runs=max(1, args.repeat), progress=_progress)
    return table_lines(results)


def _build(root: Path, workdir: Path, args: argparse.Namespace) -> list[str]:
    from bench.report import format_report
    from bench.runner import run_benchmark

    records = args.records or 1000
    profile = Path(args.profile).resolve() if args.profile else None
    result = run_benchmark(
        root,
        workdir,
        records,
        seed=args.seed,
        floor=args.floor,
        compare=args.compare,
        repeat=max(1, args.repeat),
        profile=profile,
        progress=_progress,
    )
    lines = [f"Atlas build benchmark: {records:,} synthetic records (seed {args.seed})", *format_report(result)]
    if profile:
        lines += profile_report(profile)
    return lines


def _search(root: Path, workdir: Path, args: argparse.Namespace) -> list[str]:
    """The search benchmark (bench/search.py) at each size: build both sites, time both searches."""
    from bench.preflight import prepare
    from bench.project import make_project
    from bench.search import build_both, compare_searches, sample_queries, search_table

    lines = ["Atlas search benchmark: the site search against Material's default search, headless Chromium"]
    for records in [args.records] if args.records else [1000, 10000]:
        folder = workdir / f"search-{records}"
        project = folder / "project"
        if not (folder / "site-offline" / ".complete").is_file():  # else both sites are kept from an earlier run
            _progress(f"generating {records:,} synthetic records")
            make_project(root, project, records, args.seed, git=False)
            prepare(project)
        hosted, offline, hosted_s, offline_s = build_both(project, folder, progress=_progress)
        page, queries = sample_queries(project)
        _progress(f"timing searches for {queries} on /{page}")
        runs = compare_searches(hosted, offline, page, queries, rounds=max(1, args.rounds), progress=_progress)
        lines += search_table(records, runs)
        if min(hosted_s, offline_s) >= 0:  # (a negative time: built by an earlier run, not timed)
            lines.append(f"  (builds with their search index: hosted {hosted_s:.0f} s, offline {offline_s:.0f} s)")
        for line in search_table(records, runs):
            print(line, file=sys.stderr, flush=True)
    return lines


def _edit_loop(root: Path, workdir: Path, args: argparse.Namespace) -> list[str]:
    from bench.editloop import measure_edit_loop
    from bench.project import make_project

    project = workdir / "project"
    counts = make_project(root, project, args.records, args.seed)
    if args.records:  # synthetic data: draw the charts once and stand in for pages citing real records
        from bench.preflight import prepare

        prepare(project)
    what = (
        f"{args.records:,} synthetic records"
        if args.records
        else f"a copy of the real data ({sum(counts.values()):,} records)"
    )
    lines = [f"Atlas edit loop: mkdocs serve on {what}"]
    for dirty in (False, True):
        loop = measure_edit_loop(project, rounds=max(1, args.rounds), dirty=dirty, progress=_progress)
        label = "serve --dirty" if dirty else "serve"
        lines.append(
            f"{label:<20}  first build {loop.first_build:.1f} s; a saved YAML edit shows on {loop.page} "
            f"after {loop.median:.2f} s (median of {len(loop.rounds)}: "
            f"{', '.join(f'{t:.2f}' for t in loop.rounds)})"
        )
    return lines


def profile_report(profile: Path) -> list[str]:
    """Own time (cProfile tottime) of the profiled build by owner, and the Atlas's own top functions."""
    from bench.hotspots import by_owner, top_functions

    owners = by_owner(profile)
    total = sum(owners.values()) or 1.0
    lines = ["profiled build, own time by owner (cProfile slows everything down; compare shares):"]
    lines += [
        f"  {who:<16} {seconds:7.2f} s  {seconds / total:6.1%}"
        for who, seconds in owners.items()
        if seconds / total >= 0.005
    ]
    lines.append("Atlas functions with the most own time:")
    lines += [
        f"  {name:<56} {own:6.2f} s own, {cum:6.2f} s with callees"
        for name, own, cum in top_functions(profile, "Atlas", limit=10)
    ]
    return lines
