"""The same points against many perimeters at once: geoincidents against plain geopandas.

Perimeters: the Green Zone and a compound around every building of the gazetteer (the building
buffered by 150-300 m; the bundled gazetteer has one perimeter polygon, embassies and ministries are
points). Baseline, all at once with no loop over perimeters: ``to_crs``, ``sjoin_nearest`` to the
perimeters' boundaries (nearest perimeter and distance) and ``sjoin(predicate="within")`` (inside
any). Prints both times, the ratio and the agreement.

    python benchmarks/bench_many.py [--n 1000000] [--repeat 2]
"""

from __future__ import annotations

import argparse
import time

import _common
import geopandas as gpd
import numpy as np
import pandas as pd

from geoincidents import check_proximity_many, load_gazetteer
from geoincidents._crs import BAGHDAD_UTM, WGS84


def compounds() -> gpd.GeoDataFrame:
    gaz = load_gazetteer()
    zone = gaz[gaz["landmark_id"] == "green_zone"][["landmark_id", "geometry"]].to_crs(BAGHDAD_UTM)
    b = gaz[gaz["kind"] == "building"].to_crs(BAGHDAD_UTM)
    radius = 150 + 150 * (np.arange(len(b)) % 2)
    rings = gpd.GeoDataFrame(
        {"landmark_id": b["landmark_id"].to_numpy()}, geometry=b.buffer(radius).to_numpy(), crs=BAGHDAD_UTM
    )
    return pd.concat([zone, rings], ignore_index=True)


def baseline(points: gpd.GeoDataFrame, perimeters: gpd.GeoDataFrame) -> pd.DataFrame:
    pts = points.to_crs(BAGHDAD_UTM)
    polys = perimeters.to_crs(BAGHDAD_UTM)
    rings = gpd.GeoDataFrame(polys[["landmark_id"]], geometry=polys.boundary, crs=BAGHDAD_UTM)
    nearest = gpd.sjoin_nearest(pts, rings, distance_col="d")
    nearest = nearest[~nearest.index.duplicated(keep="first")]
    within = gpd.sjoin(pts, polys[["geometry"]], predicate="within")
    inside = pts.index.isin(within.index)
    return pd.DataFrame(
        {
            "perimeter_id": nearest["landmark_id"].to_numpy(),
            "distance_m": np.where(inside, -nearest["d"].to_numpy(), nearest["d"].to_numpy()),
            "inside": inside,
        },
        index=points.index,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    print(f"machine: {_common.machine()}")
    perimeters = compounds()
    lon, lat = _common.points_near_zone(args.n)
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs=WGS84)
    n_vertices = int(perimeters.geometry.count_coordinates().sum())
    print(f"{args.n:,} points, {len(perimeters)} perimeters ({n_vertices} vertices)")
    t0 = time.perf_counter()
    check_proximity_many(points.iloc[:10], perimeters)
    print(f"one-off index build (cached per set of perimeters): {time.perf_counter() - t0:.2f} s")
    t_base = t_fast = float("inf")
    for _ in range(args.repeat):
        t, base = _common.best_of(1, lambda: baseline(points, perimeters))
        t_base = min(t_base, t)
        t, fast = _common.best_of(1, lambda: check_proximity_many(points, perimeters))
        t_fast = min(t_fast, t)
    print(f"baseline geopandas (to_crs + sjoin_nearest + sjoin within): {t_base:.3f} s")
    print(f"check_proximity_many: {t_fast:.3f} s   ratio {t_base / t_fast:.1f}x")
    diff = np.abs(fast["distance_m"].to_numpy() - base["distance_m"].to_numpy())
    print(
        f"agreement: max |distance_m difference| {diff.max():.2e} m; inside differs on "
        f"{int((fast['inside'].to_numpy(dtype=bool) != base['inside']).sum())} rows; nearest perimeter differs on "
        f"{int((fast['perimeter_id'].to_numpy() != base['perimeter_id'].to_numpy()).sum())} rows"
    )


if __name__ == "__main__":
    main()
