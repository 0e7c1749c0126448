"""10,000,000 points from GeoParquet to GeoParquet on a Dask cluster, against one process.

Writes a synthetic GeoParquet dataset (points within 10 km of the Green Zone, ``--files`` files), then
times, in this run:

- single process: each file read with geopandas, ``check_proximity``, written back (sequentially);
- Dask: :func:`geoincidents.run_proximity` on a ``LocalCluster`` of ``--workers`` processes, or on the
  cluster at ``--scheduler tcp://host:8786`` (every worker needs geoincidents installed and the
  dataset path readable: use a shared file system or object storage such as ``s3://``).

It prints both throughputs, their ratio, and checks that the two outputs are identical.

    python benchmarks/bench_dask.py [--n 10000000] [--files 20] [--workers 2] [--scheduler ADDRESS] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

import _common
import geopandas as gpd
import numpy as np

from geoincidents import check_proximity, run_proximity
from geoincidents._crs import WGS84

ROOT = Path(__file__).resolve().parent.parent


def write_dataset(folder: Path, n: int, files: int) -> None:
    folder.mkdir(parents=True)
    per_file = -(-n // files)
    for i in range(files):
        count = min(per_file, n - i * per_file)
        lon, lat = _common.points_near_zone(count, seed=1000 + i)
        frame = gpd.GeoDataFrame(
            {"event_id": np.arange(i * per_file, i * per_file + count)},
            geometry=gpd.points_from_xy(lon, lat),
            crs=WGS84,
        )
        frame.to_parquet(folder / f"part.{i:04d}.parquet")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000_000)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", default=None, help="address of an existing Dask scheduler")
    parser.add_argument("--dir", default=None, help="working folder (default: a temporary one, removed after)")
    args = parser.parse_args()

    from distributed import Client, LocalCluster

    print(f"machine: {_common.machine()}")
    work = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="geoincidents-bench-"))
    source, out_single, out_dask = work / "incidents", work / "single", work / "dask"
    try:
        t0 = time.perf_counter()
        write_dataset(source, args.n, args.files)
        print(f"wrote {args.n:,} points in {args.files} GeoParquet files in {time.perf_counter() - t0:.1f} s")

        check_proximity(gpd.read_parquet(next(source.iterdir())).iloc[:100])  # index built once, as workers do
        out_single.mkdir()
        t0 = time.perf_counter()
        for path in sorted(source.iterdir()):
            check_proximity(gpd.read_parquet(path)).to_parquet(out_single / path.name)
        t_single = time.perf_counter() - t0
        print(f"single process: {t_single:.1f} s = {args.n / t_single:,.0f} points/s (read, check, write)")

        if args.scheduler:
            client = Client(args.scheduler)
            where = f"cluster at {args.scheduler}"
        else:
            os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
            where = f"LocalCluster, {args.workers} worker processes"
        with client:
            client.run(lambda: check_proximity(gpd.GeoDataFrame(geometry=[], crs=WGS84)))  # warm each worker
            t0 = time.perf_counter()
            run_proximity(source, out_dask, scheduler=client)
            t_dask = time.perf_counter() - t0
        print(f"Dask ({where}): {t_dask:.1f} s = {args.n / t_dask:,.0f} points/s; ratio {t_single / t_dask:.2f}x")

        single = gpd.read_parquet(out_single).sort_values("event_id", ignore_index=True)
        dask_out = gpd.read_parquet(out_dask).sort_values("event_id", ignore_index=True)
        same = all(
            np.array_equal(single[c].to_numpy(), dask_out[c].to_numpy(), equal_nan=True)
            for c in ["distance_m", "gate_distance_m"]
        ) and all(single[c].astype(str).equals(dask_out[c].astype(str)) for c in ["inside", "band", "nearest_gate_id"])
        print(f"Dask output identical to single-process output: {same} ({len(dask_out):,} rows)")
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
