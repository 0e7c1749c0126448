"""Proximity of 1,000,000 points to the Green Zone: geoincidents against plain geopandas.

Baseline (what a geopandas user writes): ``to_crs(32638)``, ``.within(zone)``, ``.distance(zone.boundary)``
and ``sjoin_nearest`` to the gates. Both sides start from the same GeoDataFrame in EPSG:4326 and are
timed in this process, alternately, best of ``--repeat``; the script prints both times, the ratio,
the agreement (max |distance difference|, rows whose inside or nearest gate differ) and the peak
memory of the fast path against its input.

    python benchmarks/bench_proximity.py [--n 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

import _common
import geopandas as gpd
import numpy as np
import pandas as pd

from geoincidents import check_proximity, load_gazetteer, perimeter, proximity_arrays
from geoincidents._crs import BAGHDAD_UTM, WGS84, transformer
from geoincidents.proximity.measure import _perimeter_index


def baseline(points: gpd.GeoDataFrame, gates: gpd.GeoDataFrame) -> pd.DataFrame:
    """The geopandas way: project, within, distance to the boundary, nearest gate by spatial join."""
    zone = gpd.GeoSeries([perimeter("green_zone")], crs=WGS84).to_crs(BAGHDAD_UTM).iloc[0]
    pts = points.to_crs(BAGHDAD_UTM)
    inside = pts.within(zone)
    distance = pts.distance(zone.boundary)
    joined = gpd.sjoin_nearest(pts, gates.to_crs(BAGHDAD_UTM), distance_col="gate_distance_m")
    joined = joined[~joined.index.duplicated(keep="first")]  # ties give one row per tied gate
    return pd.DataFrame(
        {
            "distance_m": np.where(inside, -distance, distance),
            "inside": inside.to_numpy(),
            "nearest_gate_id": joined["landmark_id"].to_numpy(),
            "gate_distance_m": joined["gate_distance_m"].to_numpy(),
        },
        index=points.index,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    print(f"machine: {_common.machine()}")
    lon, lat = _common.points_near_zone(args.n)
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs=WGS84)
    gaz = load_gazetteer()
    gates = gaz[gaz["kind"] == "gate"][["landmark_id", "geometry"]]
    print(f"{args.n:,} points within 10 km of the Green Zone; {len(gates)} gates")

    t0 = time.perf_counter()
    _perimeter_index("green_zone", None)
    t_build = time.perf_counter() - t0
    print(f"one-off index build (cached per perimeter): {t_build:.2f} s")
    check_proximity(points.iloc[:1000], uncertainty_m=None)  # warm up

    t_base = t_fast = t_arrays = float("inf")
    for _ in range(args.repeat):
        t, base = _common.best_of(1, lambda: baseline(points, gates))
        t_base = min(t_base, t)
        t, fast = _common.best_of(1, lambda: check_proximity(points, uncertainty_m=None))
        t_fast = min(t_fast, t)
        t, arrays = _common.best_of(1, lambda: proximity_arrays(lon, lat))
        t_arrays = min(t_arrays, t)

    print(f"baseline geopandas (to_crs + within + distance + sjoin_nearest): {t_base:.3f} s")
    print(
        f"first call in a fresh process, index build included: {t_build + t_fast:.3f} s   "
        f"ratio {t_base / (t_build + t_fast):.1f}x (the build is paid once per perimeter and process)"
    )
    print(f"check_proximity(GeoDataFrame):  {t_fast:.3f} s   ratio {t_base / t_fast:.1f}x")
    print(f"proximity_arrays(lon, lat):     {t_arrays:.3f} s   ratio {t_base / t_arrays:.1f}x")

    diff = np.abs(fast["distance_m"].to_numpy() - base["distance_m"].to_numpy())
    inside_differs = int((fast["inside"].to_numpy(dtype=bool) != base["inside"]).sum())
    gate_differs = fast["nearest_gate_id"].to_numpy() != base["nearest_gate_id"]
    # a different gate is only a tie if both gates are equally far (within the distance tolerance)
    gate_gap = np.abs(fast["gate_distance_m"].to_numpy() - base["gate_distance_m"].to_numpy())
    print(
        f"agreement: max |distance_m difference| {diff.max():.2e} m (limit 0.5 m); "
        f"inside differs on {inside_differs} rows; nearest gate differs on {int(gate_differs.sum())} rows "
        f"(max |gate_distance_m difference| {gate_gap.max():.2e} m); "
        f"arrays == frame: {np.array_equal(arrays.distance_m, fast['distance_m'].to_numpy())}"
    )
    tr = transformer(WGS84, BAGHDAD_UTM)
    x, y = tr.transform(lon, lat)
    index = _perimeter_index("green_zone", None)
    px, py, _, _ = index.locate(lon, lat, WGS84)
    print(
        f"projection: polynomial verified to {index.local.max_error_m:.1e} m on its check grid; "
        f"max error against pyproj on these points {np.hypot(px - x, py - y).max():.1e} m"
        if index.local is not None
        else "projection: no verified polynomial, pyproj used"
    )

    input_bytes = lon.nbytes + lat.nbytes
    tracemalloc.start()
    proximity_arrays(lon, lat)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    tracemalloc.start()
    check_proximity(points, uncertainty_m=None)
    _, peak_frame = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"peak memory (tracemalloc) of proximity_arrays: {peak / 2**20:.1f} MiB = {peak / input_bytes:.2f}x its "
        f"input ({input_bytes / 2**20:.1f} MiB of lon/lat, limit 3x); of check_proximity: "
        f"{peak_frame / 2**20:.1f} MiB, output frame included"
    )


if __name__ == "__main__":
    main()
