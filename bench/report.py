"""The benchmark's printed figures, one labelled line each."""

from __future__ import annotations

import statistics

from bench.runner import Result


def _seconds(runs) -> str:
    times = sorted(r.seconds for r in runs)
    cpu = statistics.median(r.cpu_seconds for r in runs)
    if len(times) == 1:
        return f"{times[0]:.1f} s wall ({cpu:.1f} s CPU)"
    return (
        f"{statistics.median(times):.1f} s wall (median of {len(times)}: {', '.join(f'{t:.1f}' for t in times)}; "
        f"{cpu:.1f} s CPU)"
    )


def format_report(result: Result) -> list[str]:
    """Every figure of `result` as `label  value` lines."""
    stats = result.stats
    counts = ", ".join(f"{c} {n:,}" for c, n in result.counts.items())
    check_line = next((line for line in result.check.output.splitlines() if line.startswith("check ")), "")
    lines = [
        ("records", f"{result.records:,} ({counts})"),
        ("data written", f"{result.generate_seconds:.1f} s (synthetic YAML, committed to a fresh git repository)"),
        (
            "check",
            f"{result.check.seconds:.2f} s wall for `python -m macros check` "
            f"(peak memory {result.check.peak_mb:.0f} MB): {check_line}",
        ),
        (
            "charts",
            f"{result.preflight.figures:,} figures drawn in {result.preflight.chart_seconds:.1f} s before "
            "the builds (cached on disk, so the builds below reuse them)",
        ),
    ]
    if result.preflight.stubbed:
        lines.append(("stand-in pages", ", ".join(result.preflight.stubbed) + " (they cite records of the real data)"))
    per_page = result.build_seconds / max(1, stats.pages) * 1000
    lines += [
        (
            "build",
            f"{_seconds(result.builds)}, {per_page:.2f} ms per page; peak memory "
            f"{max(r.peak_mb for r in result.builds):.0f} MB; {result.builds[-1].warnings()} warnings",
        ),
        ("pages", f"{stats.pages:,} HTML pages; site {stats.site_mb:.1f} MB"),
        (
            "record pages",
            f"median {stats.median_record_kb:.1f} KB of HTML, largest {stats.largest_record_kb:.1f} KB "
            f"({stats.largest_record}); median {result.words:,} words of content",
        ),
        (
            "search index",
            f"{stats.search_bytes / 1e6:.2f} MB, {stats.search_per_record / 1000:.2f} KB per record "
            f"(records' own entries {stats.search_record_bytes / max(1, stats.records) / 1000:.2f} KB "
            "per record)",
        ),
    ]
    if result.floor_seconds:
        floor_ms = result.floor_seconds / max(1, stats.pages) * 1000
        lines.append(
            (
                "floor build",
                f"{_seconds(result.floor)}, {floor_ms:.2f} ms per page; peak memory "
                f"{max(r.peak_mb for r in result.floor):.0f} MB; "
                f"build / floor = {result.build_seconds / result.floor_seconds:.2f}×",
            )
        )
    if result.naive and result.naive_stats:
        lines.append(
            (
                "naive build",
                f"{result.naive.seconds:.1f} s wall, peak memory {result.naive.peak_mb:.0f} MB, "
                f"site {result.naive_stats.site_mb:.0f} MB, median record page "
                f"{result.naive_stats.median_record_kb:.1f} KB; "
                f"naive / build = {result.naive.seconds / result.build_seconds:.1f}×",
            )
        )
    if result.profile:
        lines.append(("profile", str(result.profile)))
    width = max(len(label) for label, _ in lines)
    return [f"{label.ljust(width)}  {value}" for label, value in lines]
