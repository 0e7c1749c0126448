"""Reading incidents back: the SQL that narrows a filter's rows, and the typed frame they become."""

from __future__ import annotations

from typing import Any, cast

import geopandas as gpd
import pandas as pd

from geoincidents._crs import WGS84
from geoincidents.schema import coerce_incidents
from geoincidents.store import _gpkg
from geoincidents.store._db import Database
from geoincidents.store._schema import STORE_COLUMNS
from geoincidents.store.filters import IncidentFilter

__all__: list[str] = []

MAX_SQL_LIST = 500  # longer lists are left to the filter (SQLite limits the number of parameters)


def prefilter_sql(flt: IncidentFilter) -> tuple[list[str], list[Any]]:
    """SQL conditions that select at least every row ``flt`` keeps (the filter itself decides).

    Only fields whose SQL test cannot be stricter than :meth:`IncidentFilter.mask` are pushed down,
    so the filter's rules stay written once; this only spares reading rows that cannot pass.
    """
    where: list[str] = []
    params: list[Any] = []
    for column, values in (("event_id", flt.event_ids), ("event_type", flt.event_types)):
        if values is not None and len(values) <= MAX_SQL_LIST:
            where.append(f"{_gpkg.quote(column)} IN ({', '.join('?' * len(values))})" if values else "0")
            params += list(values)
    undated = ' OR "event_date" IS NULL' if flt.include_undated else ""
    if flt.date_from is not None:
        where.append(f'("event_date" >= ?{undated})')
        params.append(flt.date_from.isoformat())
    if flt.date_to is not None:
        where.append(f'("event_date" <= ?{undated})')
        params.append(flt.date_to.isoformat())
    if flt.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = flt.bbox
        where.append('"longitude" BETWEEN ? AND ? AND "latitude" BETWEEN ? AND ?')
        params += [min_lon, max_lon, min_lat, max_lat]
    return where, params


def incident_frame(rows: list[tuple[Any, ...]]) -> gpd.GeoDataFrame:
    """Rows of ``geom`` plus :data:`STORE_COLUMNS` as a typed GeoDataFrame in EPSG:4326."""
    table = pd.DataFrame([r[1:] for r in rows], columns=list(STORE_COLUMNS))
    geoms = [_gpkg.decode_geometry(r[0]) for r in rows]
    out = coerce_incidents(table)
    out["n_sources"] = pd.array(table["n_sources"], dtype="Int64")
    for col in ("distance_m", "distance_min_m", "distance_max_m", "gate_distance_m"):
        out[col] = pd.to_numeric(table[col], errors="coerce").astype("float64")
    out["inside"] = pd.array([None if v is None else bool(v) for v in table["inside"]], dtype="boolean")
    for col in ("created_at", "updated_at"):
        out[col] = pd.to_datetime(table[col], utc=True, format="ISO8601")
    return out.set_geometry(gpd.GeoSeries(geoms, index=out.index, crs=WGS84))


def query_incidents(db: Database, flt: IncidentFilter) -> gpd.GeoDataFrame:
    """The stored incidents that pass ``flt``, ordered by date, then insertion."""
    where, params = prefilter_sql(flt)
    sql = f'SELECT "geom", {", ".join(_gpkg.quote(c) for c in STORE_COLUMNS)} FROM "incidents"'
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += ' ORDER BY "event_date", "fid"'
    frame = incident_frame(db.read(sql, params))
    return cast(gpd.GeoDataFrame, flt.apply(frame).reset_index(drop=True))
