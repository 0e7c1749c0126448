"""Dask partition-by-partition proximity gives exactly the single-process answers (real LocalCluster)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
from geopandas.testing import assert_geodataframe_equal

from geoincidents import check_proximity, check_proximity_dask, run_proximity
from geoincidents._crs import BAGHDAD_UTM, WGS84, transformer

dask = pytest.importorskip("dask")
dask_geopandas = pytest.importorskip("dask_geopandas")
distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow  # starts a real LocalCluster of two worker processes


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    # worker processes import geoincidents from this checkout, as an installed copy would be found
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), *([old] if old else [])])
    try:
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        with cluster, distributed.Client(cluster) as c:
            yield c
    finally:
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old


@pytest.fixture(scope="module")
def incidents() -> gpd.GeoDataFrame:
    """20,000 points around the zone, some far beyond the fast grid, some without a position."""
    rng = np.random.default_rng(5)
    n = 20_000
    x = 445_000 + rng.normal(0, 6_000, n)
    y = 3_685_000 + rng.normal(0, 6_000, n)
    x[:50] += 40_000  # beyond the grid and the polynomial's box: the exact slow path
    lon, lat = transformer(BAGHDAD_UTM, WGS84).transform(x, y)
    geometry = gpd.points_from_xy(lon, lat)
    geometry[100:110] = None
    frame = gpd.GeoDataFrame(
        {"event_id": [f"e{i}" for i in range(n)], "uncertainty_m": rng.choice([10.0, 250.0, np.nan], n)},
        geometry=geometry,
        crs=WGS84,
    )
    return frame


def test_dask_answers_equal_single_process(client: distributed.Client, incidents: gpd.GeoDataFrame) -> None:
    expected = check_proximity(incidents)
    with dask.config.set({"dataframe.convert-string": False}):  # keep the input's own string dtype
        lazy = check_proximity_dask(dask_geopandas.from_geopandas(incidents, npartitions=7))
    assert isinstance(lazy, dask_geopandas.GeoDataFrame)
    got = lazy.compute(scheduler=client)
    assert_geodataframe_equal(got, expected, check_less_precise=False)
    assert expected["distance_m"].notna().sum() == len(incidents) - 10


def test_geoparquet_in_and_out(client: distributed.Client, incidents: gpd.GeoDataFrame, tmp_path: Path) -> None:
    source = tmp_path / "incidents"
    dask_geopandas.from_geopandas(incidents, npartitions=3).to_parquet(str(source))
    out = run_proximity(source, tmp_path / "checked", scheduler=client)
    got = gpd.read_parquet(out).sort_values("event_id", key=lambda s: s.str[1:].astype(int))
    expected = check_proximity(incidents)
    assert len(got) == len(expected)
    for column in ["distance_m", "gate_distance_m", "distance_min_m", "distance_max_m"]:
        np.testing.assert_array_equal(got[column].to_numpy(), expected[column].to_numpy())
    for column in ["inside", "band", "nearest_gate_id", "breach", "perimeter_id"]:
        assert got[column].astype(str).tolist() == expected[column].astype(str).tolist(), column
    assert got.crs == expected.crs


def test_clear_errors(tmp_path: Path, incidents: gpd.GeoDataFrame) -> None:
    with pytest.raises(FileNotFoundError, match="not found"):
        check_proximity_dask(tmp_path / "missing.parquet")
    no_crs = dask_geopandas.from_geopandas(incidents.set_crs(None, allow_override=True), npartitions=2)
    with pytest.raises(ValueError, match="no CRS"):
        check_proximity_dask(no_crs)
    # Dask is reached through geoincidents.proximity.dask only: check_proximity names the way
    with pytest.raises(TypeError, match="check_proximity_dask"):
        check_proximity(dask_geopandas.from_geopandas(incidents, npartitions=2))
    with pytest.raises(TypeError, match="scheduler"):
        run_proximity(dask_geopandas.from_geopandas(incidents, npartitions=2), tmp_path / "o", scheduler=42)
