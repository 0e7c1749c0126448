"""Benchmark read_incidents against plain pandas.read_csv on the same CSV, in the same process.

Run from the repository root: ``python benchmarks/bench_io.py [ROWS]``. Prints the time of each and the
ratio (read_incidents / pandas): the price of validating every row (coordinates, swaps, dates, ids)
and building the incident schema. One row in seven is garbage, so the rejected path is measured too.
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geoincidents.io.incidents import read_incidents


def _csv(n: int) -> bytes:
    rng = np.random.default_rng(1)
    lat = np.round(33.3 + rng.normal(0, 0.02, n), 6).astype(str)
    lon = np.round(44.4 + rng.normal(0, 0.02, n), 6).astype(str)
    lat[::7] = "garbage"
    dates = np.where(np.arange(n) % 2 == 0, "2019-10-25", "25 October 2019")
    lines = [f"E{i},{dates[i]},{lat[i]},{lon[i]},note {i} ساحة التحرير" for i in range(n)]
    return ("event_id,event_date,lat,lon,notes\n" + "\n".join(lines) + "\n").encode()


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    data = _csv(n)
    baseline = _best(lambda: pd.read_csv(io.BytesIO(data), dtype=str))
    ours = _best(lambda: read_incidents(data, name="bench.csv"))
    print(f"rows: {n}  bytes: {len(data)}")
    print(f"pandas.read_csv (baseline): {baseline:.3f} s")
    print(f"read_incidents:             {ours:.3f} s  ({n / ours:,.0f} rows/s)")
    print(f"ratio read_incidents / pandas: {ours / baseline:.1f}x")


if __name__ == "__main__":
    main()
