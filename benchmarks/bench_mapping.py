"""Benchmark: building and rendering the incident map for growing numbers of incidents.

Prints, for each size, the time of ``build_map`` + rendering the HTML as a ratio against a baseline
measured in the same run (the same map with no incidents), the HTML size, and the ratio against
``check_proximity`` on the same points. Run: ``python benchmarks/bench_mapping.py``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geoincidents.analysis import prepare_incidents
from geoincidents.mapping import EVENT_COLORS, build_map
from geoincidents.proximity import check_proximity


def _best(fn: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def _incidents(n: int, seed: int = 0) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(seed)
    frame = gpd.GeoDataFrame(
        {
            "event_type": rng.choice(list(EVENT_COLORS), n),
            "event_date": pd.Timestamp("2022-08-01") + pd.to_timedelta(rng.integers(0, 30, n), unit="D"),
            "sentence": ["Demonstrators reached the first wall of the suspension bridge."] * n,
            "source": ["bench"] * n,
            "geo_precision": rng.integers(1, 3, n),
        },
        geometry=gpd.points_from_xy(44.39 + rng.normal(0, 0.02, n), 33.305 + rng.normal(0, 0.02, n)),
        crs=4326,
    )
    return prepare_incidents(frame)


def main() -> None:
    base_t, base_html = _best(lambda: build_map(None, tiles=None).get_root().render())
    print(f"baseline (map without incidents): {base_t * 1000:.0f} ms, {len(str(base_html)) / 1e6:.2f} MB")
    for n in (300, 3000, 30000):
        inc = _incidents(n)
        prox_t, _ = _best(lambda inc=inc: check_proximity(inc))
        t, html = _best(lambda inc=inc: build_map(inc, tiles=None).get_root().render(), repeat=2)
        extra_mb = (len(str(html)) - len(str(base_html))) / 1e6
        print(
            f"{n:>6} incidents: build+render {t / base_t:5.1f}x baseline, {t / prox_t:6.1f}x check_proximity; "
            f"+{extra_mb:.2f} MB of HTML ({extra_mb * 1e6 / n:.0f} bytes per incident)"
        )


if __name__ == "__main__":
    main()
