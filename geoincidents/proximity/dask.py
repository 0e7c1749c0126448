"""Proximity checks beyond one machine: partition by partition on Dask, GeoParquet in and out.

Every partition goes through the same single-process :func:`geoincidents.check_proximity`, and a
point's answer depends on nothing but the point (the fast paths are fixed per perimeter, not per
batch), so a Dask run gives exactly the single-process answers, whatever the partitioning.

Runs anywhere Dask runs: on a :class:`distributed.LocalCluster` on this machine, or on a cluster of
many machines by its scheduler address (``scheduler="tcp://host:8786"``), a
:class:`distributed.Client`, or Dask's current client. Every worker needs ``geoincidents`` installed
(``pip install geoincidents[dask]``); the bundled gazetteer ships with it.

Requires the ``dask`` extra: ``dask-geopandas`` and ``distributed``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import geopandas as gpd
import shapely

from geoincidents._optional import require
from geoincidents.gazetteer.model import GazetteerLike
from geoincidents.proximity.measure import DEFAULT_BANDS_M, check_proximity

__all__ = ["check_proximity_dask", "dask_client", "read_geoparquet", "run_proximity"]


def _dask_geopandas() -> Any:
    require("dask", "Dask support")
    import dask_geopandas

    return dask_geopandas


def read_geoparquet(path: str | Path, **kwargs: Any) -> Any:
    """Open a Parquet/GeoParquet file or dataset folder lazily as a ``dask_geopandas`` GeoDataFrame.

    Raises
    ------
    FileNotFoundError
        When ``path`` does not exist (remote URLs such as ``s3://`` are passed through to Dask).
    """
    text = str(path)
    if "://" not in text and not Path(text).exists():
        raise FileNotFoundError(f"GeoParquet dataset not found: {text}")
    return _dask_geopandas().read_parquet(text, **kwargs)


def check_proximity_dask(
    incidents: Any,
    perimeter: str | shapely.Geometry | gpd.GeoSeries | gpd.GeoDataFrame = "green_zone",
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    *,
    uncertainty_m: str | None = "uncertainty_m",
    geo_precision: str | None = "geo_precision",
    gazetteer: GazetteerLike = None,
) -> Any:
    """Lazy :func:`~geoincidents.check_proximity` over a ``dask_geopandas`` GeoDataFrame or a GeoParquet path.

    Parameters
    ----------
    incidents
        A ``dask_geopandas.GeoDataFrame`` of points with a CRS, or a path to a Parquet/GeoParquet
        file or dataset folder.
    perimeter, bands_m, gazetteer
        As for :func:`~geoincidents.check_proximity`.
    uncertainty_m, geo_precision
        Names of the per-incident uncertainty and precision columns (used when present), or None.
        Arrays are not accepted here: put them in a column.

    Returns
    -------
    dask_geopandas.GeoDataFrame
        Not yet computed: call ``.compute()`` for a GeoDataFrame, or :func:`run_proximity` to
        write GeoParquet. Same columns and dtypes as :func:`~geoincidents.check_proximity`.
    """
    dgpd = _dask_geopandas()
    if isinstance(incidents, (str, Path)):
        incidents = read_geoparquet(incidents)
    if not isinstance(incidents, dgpd.GeoDataFrame):
        raise TypeError(f"expected a dask_geopandas.GeoDataFrame or a GeoParquet path, got {type(incidents).__name__}")
    if incidents.crs is None:
        raise ValueError("incidents have no CRS: set one first, e.g. ddf.set_crs('EPSG:4326')")
    for name, value in (("uncertainty_m", uncertainty_m), ("geo_precision", geo_precision)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a column name or None for a Dask GeoDataFrame")
    options: dict[str, Any] = {
        "bands_m": tuple(bands_m),
        "uncertainty_m": uncertainty_m,
        "geo_precision": geo_precision,
        "gazetteer": gazetteer,
    }
    meta = check_proximity(incidents._meta, perimeter, **options)
    return incidents.map_partitions(check_proximity, perimeter, meta=meta, **options)


@contextmanager
def dask_client(scheduler: Any = None, *, n_workers: int = 2, threads_per_worker: int = 1) -> Iterator[Any]:
    """A :class:`distributed.Client` for one run.

    ``scheduler`` may be a Client (used as is), a scheduler address such as
    ``"tcp://10.0.0.5:8786"`` (connected to, left running), or None: Dask's current client if there
    is one, else a :class:`~distributed.LocalCluster` of ``n_workers`` processes made for this run
    and closed after it.
    """
    require("dask", "a Dask cluster")
    from distributed import Client, LocalCluster

    if isinstance(scheduler, Client):
        yield scheduler
        return
    if isinstance(scheduler, str):
        with Client(scheduler) as client:
            yield client
        return
    if scheduler is not None:
        raise TypeError(f"scheduler must be a distributed.Client, an address string or None, got {scheduler!r}")
    try:
        yield Client.current()
        return
    except ValueError:
        pass
    with (
        LocalCluster(
            n_workers=n_workers, threads_per_worker=threads_per_worker, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_proximity(
    source: Any,
    output: str | Path,
    perimeter: str | shapely.Geometry | gpd.GeoSeries | gpd.GeoDataFrame = "green_zone",
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    *,
    uncertainty_m: str | None = "uncertainty_m",
    geo_precision: str | None = "geo_precision",
    gazetteer: GazetteerLike = None,
    scheduler: Any = None,
) -> Path:
    """Check a large table on a Dask cluster and write the result as a GeoParquet dataset.

    Parameters
    ----------
    source
        GeoParquet path (file or dataset folder) or a ``dask_geopandas`` GeoDataFrame.
    output
        Folder to write (one Parquet file per partition, GeoParquet metadata included).
    scheduler
        Where to run; see :func:`dask_client` (default: the current client, else a local cluster).

    Returns
    -------
    pathlib.Path
        ``output``.
    """
    result = check_proximity_dask(
        source, perimeter, bands_m, uncertainty_m=uncertainty_m, geo_precision=geo_precision, gazetteer=gazetteer
    )
    with dask_client(scheduler) as client:
        result.to_parquet(str(output), compute=True, compute_kwargs={"scheduler": client})
    return Path(output)
