"""`python -m macros bench --records N`: build a synthetic site of N records and print how fast and how big it is."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `bench` command."""
    parser = subparsers.add_parser(
        "bench", help="build a synthetic dataset of N records and print build time, memory, sizes (docs/performance.md)")
    parser.add_argument("--records", type=int, default=1000, help="how many synthetic records (default: 1000)")
    parser.add_argument("--seed", type=int, default=8, help="random seed of the synthetic data (default: 8)")
    parser.add_argument("--floor", action="store_true",
                        help="also build the same pages as plain Markdown with a one-entry navigation, no macros, "
                             "no hooks (the floor of the stack) and print the ratio")
    parser.add_argument("--compare", action="store_true",
                        help="also build the same pages the naive way (every page in the navigation)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="time the build (and the floor) this many times and print the median (default: 1)")
    parser.add_argument("--profile", metavar="FILE", help="also run one build under cProfile, writing FILE")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the projects and sites (default: a "
                                                      "temporary folder, removed afterwards)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the benchmark and print its figures."""
    from ..bench.report import format_report
    from ..bench.runner import BenchError, run_benchmark

    root = Path(args.root).resolve()
    profile = Path(args.profile).resolve() if args.profile else None

    def progress(message: str) -> None:
        print(f"… {message}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as scratch:
        workdir = Path(args.keep).resolve() if args.keep else Path(scratch)
        try:
            result = run_benchmark(root, workdir, args.records, seed=args.seed, floor=args.floor,
                                   compare=args.compare, repeat=max(1, args.repeat), profile=profile,
                                   progress=progress)
        except (BenchError, ValueError) as exc:
            print(f"bench: {exc}", file=sys.stderr)
            return 1
    print(f"Atlas build benchmark: {args.records:,} synthetic records (seed {args.seed})")
    for line in format_report(result):
        print(line)
    if profile:
        for line in profile_report(profile):
            print(line)
    return 0


def profile_report(profile: Path) -> list[str]:
    """Own time (cProfile tottime) of the profiled build by owner, and the Atlas's own top functions."""
    from ..bench.hotspots import by_owner, top_functions

    owners = by_owner(profile)
    total = sum(owners.values()) or 1.0
    lines = ["profiled build, own time by owner (cProfile slows everything down; compare shares):"]
    lines += [f"  {who:<16} {seconds:7.2f} s  {seconds / total:6.1%}" for who, seconds in owners.items()
              if seconds / total >= 0.005]
    lines.append("Atlas functions with the most own time:")
    lines += [f"  {name:<56} {own:6.2f} s own, {cum:6.2f} s with callees"
              for name, own, cum in top_functions(profile, "Atlas", limit=10)]
    return lines
