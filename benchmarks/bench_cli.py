"""Benchmark how fast the command line answers ``--help`` and ``--version``, against a bare interpreter.

Run from the repository root: ``python benchmarks/bench_cli.py [RUNS]`` (default 5). Times, best of
RUNS each, in fresh interpreters (what a user waits for):

- baseline: ``python -c pass`` (the interpreter starting and stopping);
- ``python -c "import geoincidents"``;
- ``python -m geoincidents --help`` and ``python -m geoincidents --version``;
- ``python -m geoincidents config`` (reads the configuration, no data library).

Prints each time and its ratio to the baseline, and the heavy libraries ``--help`` loaded (none is
the goal: the issue asks for an answer in under 0.5 s). Standard library only.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("pandas", "geopandas", "shapely", "pyproj", "numpy", "folium", "streamlit", "dask")


def _best(argv: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, cwd=ROOT, capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def main(runs: int = 5) -> None:
    python = sys.executable
    baseline = _best([python, "-c", "pass"], runs)
    print(f"baseline: python -c pass          {baseline:6.3f} s")
    cases = {
        "import geoincidents": [python, "-c", "import geoincidents"],
        "geoincidents --help": [python, "-m", "geoincidents", "--help"],
        "geoincidents --version": [python, "-m", "geoincidents", "--version"],
        "geoincidents config": [python, "-m", "geoincidents", "config"],
    }
    for name, argv in cases.items():
        took = _best(argv, runs)
        print(f"{name:<33} {took:6.3f} s  ({took / baseline:5.1f} x baseline)")
    probe = (
        "import json, sys\nfrom geoincidents.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    out = subprocess.run([python, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    print(f"heavy libraries loaded by --help: {json.loads(out.strip().splitlines()[-1]) or 'none'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
