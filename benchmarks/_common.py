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
# headless Debian chromium for the map benchmarks (bench_maps, bench_big_maps): no network chatter of its own
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from geoincidents import perimeter  # noqa: E402
from geoincidents._crs import BAGHDAD_UTM, WGS84, project_geometry, transformer  # noqa: E402

__all__ = ["ROOT", "best_of", "clustered_incidents", "machine", "points_near_zone", "synthetic_incidents"]


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


def clustered_incidents(n: int, seed: int = 0) -> Any:
    """``n`` incidents shaped like real city data: most around a few dozen hot spots, the rest spread out.

    Hot spots are the bundled gazetteer's squares, bridge ends, sit-in sites and districts more than
    400 m outside the Green Zone (incidents crowd where people gather), each with its own spread (150-900 m) and weight;
    a fifth of the incidents is spread over the zone widened by 10 km. Types follow the place: more
    protests at squares and sit-ins, more explosions in districts. One in fifty rows carries a type from
    no known taxonomy ("Unexploded ordnance found"), as a custom file would. Dates span 2022.
    """
    import geopandas as gpd
    import pandas as pd

    from geoincidents import load_gazetteer
    from geoincidents.maps.taxonomy import ACLED_TYPES
    from geoincidents.ui.views import prepare_incidents

    rng = np.random.default_rng(seed)
    gaz = load_gazetteer()
    zone = project_geometry(perimeter("green_zone"), WGS84, BAGHDAD_UTM)
    kept = gaz["kind"].isin(["square", "bridge_end", "sit_in", "district"]) & (gaz["landmark_id"] != "baghdad")
    outside = np.array([zone.distance(project_geometry(g, WGS84, BAGHDAD_UTM)) > 400 for g in gaz.geometry])
    spots = gaz[kept & outside]
    anchors = spots.geometry.representative_point()
    utm = transformer(WGS84, BAGHDAD_UTM)
    sx, sy = utm.transform(anchors.x.to_numpy(), anchors.y.to_numpy())
    kinds = spots["kind"].to_numpy()
    # fewer incidents right at the perimeter than around the city's squares and districts
    distance = np.array([zone.distance(project_geometry(g, WGS84, BAGHDAD_UTM)) for g in spots.geometry])
    weights = rng.gamma(1.2, 1.0, len(spots)) * np.clip(distance / 2000.0, 0.1, 1.0) ** 2
    n_spread = 2 * n // 5
    pick = rng.choice(len(spots), n - n_spread, p=weights / weights.sum())
    spread = np.where(kinds == "district", 900.0, rng.uniform(150, 400, len(spots)))[pick]
    x = sx[pick] + rng.normal(0, 1, len(pick)) * spread
    y = sy[pick] + rng.normal(0, 1, len(pick)) * spread
    blon, blat = points_near_zone(n_spread, seed=seed + 1) if n_spread else (np.array([]), np.array([]))
    lon, lat = transformer(BAGHDAD_UTM, WGS84).transform(x, y)
    lon, lat = np.concatenate([lon, blon]), np.concatenate([lat, blat])
    protest_p = np.array([0.55, 0.2, 0.08, 0.05, 0.07, 0.05])  # Protests, Riots, VAC, Battles, Explosions, SD
    other_p = np.array([0.15, 0.05, 0.2, 0.15, 0.3, 0.15])
    order = ["Protests", "Riots", "Violence against civilians", "Battles", "Explosions/Remote violence",
             "Strategic developments"]  # fmt: skip
    assert set(order) == set(ACLED_TYPES)
    at_gathering = np.concatenate([np.isin(kinds[pick], ["square", "sit_in"]), np.zeros(n_spread, dtype=bool)])
    types = np.where(at_gathering, rng.choice(order, n, p=protest_p), rng.choice(order, n, p=other_p)).astype(object)
    types[rng.random(n) < 0.02] = "Unexploded ordnance found"
    frame = gpd.GeoDataFrame(
        {
            "event_id": [f"demo-{i}" for i in range(n)],
            "event_type": types,
            "event_date": pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D"),
            "location": "Baghdad",
            "source": "synthetic (benchmarks/_common.py)",
            "geo_precision": rng.choice([1, 2], n, p=[0.95, 0.05]),
            # most positions geocoded to a street corner (100 m); the rest by geo_precision alone
            "uncertainty_m": np.where(rng.random(n) < 0.6, 100.0, np.nan),
        },
        geometry=gpd.points_from_xy(lon, lat),
        crs=4326,
    )
    return prepare_incidents(frame, id_prefix="demo")
