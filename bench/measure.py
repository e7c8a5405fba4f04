"""Run a command as a child process and measure its wall time and peak memory (resident set)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    """One measured run."""

    seconds: float
    peak_mb: float
    returncode: int
    output: str
    cpu_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """Whether the command succeeded."""
        return self.returncode == 0

    def warnings(self) -> int:
        """How many lines MkDocs logged as WARNING."""
        return sum(1 for line in self.output.splitlines() if line.startswith("WARNING"))


# A small launcher reports the peak of the command it starts (RUSAGE_CHILDREN). Measuring our own child
# directly would not do: a forked child's peak starts at the size of this (large) benchmark process.
_LAUNCHER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[2:])\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "open(sys.argv[1], 'w').write(f'{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}')\n"
    "sys.exit(code)\n"
)


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run `args` in `cwd`; the peak memory is the largest resident set of the command and its descendants,
    the CPU time their user plus system time (less disturbed than wall time by other work on the machine)."""
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    with tempfile.TemporaryDirectory() as scratch:
        peak_file, log_file = Path(scratch) / "peak", Path(scratch) / "log"
        with log_file.open("w", encoding="utf-8") as log:
            started = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-c", _LAUNCHER, str(peak_file), *args],
                cwd=cwd,
                env=full_env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            elapsed = time.perf_counter() - started
        output = log_file.read_text(encoding="utf-8", errors="replace")
        peak_kb, cpu = peak_file.read_text().split() if peak_file.exists() else ("0", "0")
    return Run(elapsed, int(peak_kb) / 1024, result.returncode, output, float(cpu))


def mkdocs_build(config: Path, site: Path, *, profile: Path | None = None) -> Run:
    """`mkdocs build` of `config` into `site` (not strict; warnings are counted), optionally under cProfile."""
    prefix = [sys.executable] + (["-m", "cProfile", "-o", str(profile)] if profile else [])
    return run([*prefix, "-m", "mkdocs", "build", "--clean", "-f", str(config), "-d", str(site)], cwd=config.parent)


def macros_check(project: Path) -> Run:
    """`python -m macros check` on the project's data, as a contributor runs it."""
    return run([sys.executable, "-m", "macros", "--root", str(project), "check"], cwd=project)
