"""Build time of each edition of the real site: the English one alone, the Japanese one alone, both in turn.

The Japanese edition renders the same records with their Japanese text, so the two together should take
about twice one edition's time: this measures that the second edition keeps the build linear."""

from __future__ import annotations

import statistics
from pathlib import Path

from macros.cli.build import build_editions


def edition_times(root: Path, workdir: Path, repeat: int = 1) -> dict[str, list[float]]:
    """Seconds per build of each edition (`en`, `ja`) and of the pair (`both`), `repeat` times each."""
    times: dict[str, list[float]] = {"en": [], "ja": [], "both": []}
    for _ in range(repeat):
        results = build_editions(root, workdir / "site")
        for language, seconds, status in results:
            if status != 0:
                raise RuntimeError(f"the {language} edition failed to build (exit status {status})")
            times[language].append(seconds)
        times["both"].append(sum(seconds for _, seconds, _ in results))
    return times


def edition_lines(times: dict[str, list[float]]) -> list[str]:
    """The report: median seconds per edition, and the pair against the English edition alone."""
    median = {name: statistics.median(values) for name, values in times.items()}
    runs = len(times["both"])
    return [
        f"Atlas editions: the real data, median of {runs} build{'s' if runs > 1 else ''} (mkdocs build --strict each)",
        f"  English edition   {median['en']:6.1f} s",
        f"  Japanese edition  {median['ja']:6.1f} s",
        f"  both editions     {median['both']:6.1f} s  ({median['both'] / median['en']:.2f} × the English edition alone)",
    ]
