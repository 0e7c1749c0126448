"""Incident store throughput, as ratios against GDAL writing/reading the same rows in the same run.

    python benchmarks/bench_store.py [N]

Baselines: ``GeoDataFrame.to_file(driver="GPKG")`` (GDAL, one bulk write) and ``geopandas.read_file``.
Measured: ``IncidentStore.add_incidents`` in one transaction (with duplicate look-up, proximity,
audit and evidence links), the same rows one transaction each (as ``watch`` commits per file),
``set_status`` one at a time, and ``IncidentStore.query``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import geopandas as gpd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from _store_helpers import landmark_incidents

from geoincidents.store.incident_store import IncidentStore


def _time(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def main(n: int = 2000) -> None:
    frame = landmark_incidents(n, start="1990-01-01")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        # warm-up outside the timings: GDAL's driver, the gazetteer and the perimeter index
        frame.iloc[:1].to_file(base / "warm.gpkg", layer="incidents", driver="GPKG")
        with IncidentStore(base / "warm_store.gpkg") as warm:
            warm.add_incidents(frame.iloc[:1])
        t_gdal_write = _time(lambda: frame.to_file(base / "gdal.gpkg", layer="incidents", driver="GPKG"))
        t_gdal_read = _time(lambda: gpd.read_file(base / "gdal.gpkg", layer="incidents"))
        store = IncidentStore(base / "bulk.gpkg")
        t_bulk = _time(lambda: store.add_incidents(frame))
        t_query = _time(store.query)
        ids = list(frame["event_id"][:200])
        t_status = _time(lambda: [store.set_status(e, "verified", "bench", "benchmark") for e in ids])
        store.close()
        single = IncidentStore(base / "single.gpkg")
        few = frame.iloc[:200]
        t_single = _time(lambda: [single.add_incidents(few.iloc[[i]]) for i in range(len(few))])
        single.close()
    print(f"N = {n} incidents")
    print(f"GDAL to_file (baseline write):        {t_gdal_write:8.3f} s")
    print(f"store add_incidents, one transaction: {t_bulk:8.3f} s  ratio {t_bulk / t_gdal_write:6.1f}x")
    print(f"GDAL read_file (baseline read):       {t_gdal_read:8.3f} s")
    print(f"store query (all rows):               {t_query:8.3f} s  ratio {t_query / t_gdal_read:6.1f}x")
    per_tx = t_single / 200
    print(
        f"store add_incidents, 1 row/transaction: {per_tx * 1000:6.1f} ms per commit "
        f"(ratio to a bulk row {per_tx / (t_bulk / n):6.1f}x)"
    )
    print(f"store set_status: {t_status / 200 * 1000:6.1f} ms per change")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
