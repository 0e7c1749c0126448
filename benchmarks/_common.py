"""Shared helpers for the benchmark scripts: synthetic points, timing, and the machine's description."""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from geoincidents import perimeter  # noqa: E402
from geoincidents._crs import BAGHDAD_UTM, WGS84, project_geometry, transformer  # noqa: E402

__all__ = ["ROOT", "best_of", "machine", "points_near_zone", "synthetic_incidents"]


def machine() -> str:
    """One line naming the machine, Python and the core libraries."""
    import geopandas
    import pyproj
    import shapely

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            names = [line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{cpu}, {os.cpu_count()} cores, load {load:.1f}; Python {platform.python_version()}, "
        f"geopandas {geopandas.__version__}, shapely {shapely.__version__}, pyproj {pyproj.__version__}"
    )


def points_near_zone(n: int, within_m: float = 10_000.0, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``n`` random lon/lat points uniformly spread over the Green Zone widened by ``within_m`` metres."""
    import shapely

    zone = project_geometry(perimeter("green_zone"), WGS84, BAGHDAD_UTM)
    area = zone.buffer(within_m)
    x0, y0, x1, y1 = area.bounds
    rng = np.random.default_rng(seed)
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    got = 0
    while got < n:
        x = rng.uniform(x0, x1, n)
        y = rng.uniform(y0, y1, n)
        keep = shapely.contains_xy(area, x, y)
        xs.append(x[keep])
        ys.append(y[keep])
        got += int(keep.sum())
    lon, lat = transformer(BAGHDAD_UTM, WGS84).transform(np.concatenate(xs)[:n], np.concatenate(ys)[:n])
    return np.asarray(lon), np.asarray(lat)


def best_of(repeat: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    """Smallest wall time of ``repeat`` runs of ``fn`` (seconds) and the last result."""
    best = float("inf")
    out = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def synthetic_incidents(n: int, seed: int = 0) -> Any:
    """``n`` incidents of random ACLED type and day (August 2022) near the zone, prepared for the map/app."""
    import geopandas as gpd
    import pandas as pd

    from geoincidents.maps.build import EVENT_COLORS
    from geoincidents.ui.views import prepare_incidents

    rng = np.random.default_rng(seed)
    lon, lat = points_near_zone(n, seed=seed)
    frame = gpd.GeoDataFrame(
        {
            "event_id": [f"bench-{i}" for i in range(n)],
            "event_type": rng.choice(list(EVENT_COLORS), n),
            "event_date": pd.Timestamp("2022-08-01") + pd.to_timedelta(rng.integers(0, 30, n), unit="D"),
            "location": rng.choice(["Tahrir Square", "the suspension bridge", "Khilani Square"], n),
            "sentence": ["Demonstrators reached the first wall of the suspension bridge."] * n,
            "source": ["bench"] * n,
            "geo_precision": rng.integers(1, 3, n),
        },
        geometry=gpd.points_from_xy(lon, lat),
        crs=4326,
    )
    return prepare_incidents(frame)
