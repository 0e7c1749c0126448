"""The ``alerts`` table: alerts raised by rules on new incidents, stored once per rule and incident."""

from __future__ import annotations

import sqlite3
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from geoincidents._crs import WGS84
from geoincidents.store import _gpkg
from geoincidents.store._db import Database
from geoincidents.store._values import day_or_none, sql_value
from geoincidents.store.alerts import ALERT_COLUMNS

__all__: list[str] = []

_SELECTED = ", ".join(_gpkg.quote(c) for c in (*ALERT_COLUMNS, "created_at"))
_FLOAT_COLUMNS = ("threshold_m", "distance_m", "distance_min_m", "distance_max_m", "latitude", "longitude")


class AlertLog:
    """The ``alerts`` table of one store file."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def insert(conn: sqlite3.Connection, alerts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        """Insert alerts not already stored (same rule and event); return those inserted."""
        if alerts.empty:
            return alerts
        geoms = _gpkg.encode_points(alerts["longitude"].to_numpy(dtype=float), alerts["latitude"].to_numpy(dtype=float))
        now = _gpkg.now_iso()
        cols = ["geom", *ALERT_COLUMNS, "created_at"]
        sql = (
            f'INSERT OR IGNORE INTO "alerts" ({", ".join(_gpkg.quote(c) for c in cols)}) '
            f"VALUES ({', '.join('?' * len(cols))})"
        )
        keep = []
        for i in range(len(alerts)):
            row = alerts.iloc[i]
            values = [day_or_none(row[c]) if c == "event_date" else sql_value(c, row[c]) for c in ALERT_COLUMNS]
            keep.append(conn.execute(sql, [geoms[i], *values, now]).rowcount == 1)
        _gpkg.touch(conn, "alerts")
        return alerts[np.asarray(keep, dtype=bool)].reset_index(drop=True)

    def add(self, alerts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        """Store alerts in their own transaction; return the ones that were new."""
        with self.db.transaction() as conn:
            return self.insert(conn, alerts)

    def read(self, limit: int | None = None) -> gpd.GeoDataFrame:
        """Stored alerts, newest first (at most ``limit``)."""
        sql = f'SELECT "geom", {_SELECTED} FROM "alerts" ORDER BY "fid" DESC'
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (int(limit),)
        return _alert_frame(self.db.read(sql, params))

    def pending(self) -> gpd.GeoDataFrame:
        """Alerts not yet emitted by ``geoincidents watch`` (printed and written to its alerts file), oldest first."""
        sql = f'SELECT "geom", {_SELECTED} FROM "alerts" WHERE "emitted_at" IS NULL ORDER BY "fid"'
        return _alert_frame(self.db.read(sql))

    @staticmethod
    def mark_emitted(conn: sqlite3.Connection, alert_ids: list[str]) -> None:
        """Record that these alerts were emitted (inside the caller's transaction)."""
        now = _gpkg.now_iso()
        conn.executemany(
            'UPDATE "alerts" SET "emitted_at" = ? WHERE "alert_id" = ? AND "emitted_at" IS NULL',
            [(now, alert_id) for alert_id in alert_ids],
        )
        _gpkg.touch(conn, "alerts")


def _alert_frame(rows: list[tuple[Any, ...]]) -> gpd.GeoDataFrame:
    """Rows of ``geom`` plus the selected alert columns as a typed GeoDataFrame in EPSG:4326."""
    frame = pd.DataFrame([r[1:] for r in rows], columns=[*ALERT_COLUMNS, "created_at"])
    frame["event_date"] = pd.to_datetime(frame["event_date"], format="ISO8601").astype("datetime64[ns]")
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True, format="ISO8601")
    for col in _FLOAT_COLUMNS:
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
    geoms = [_gpkg.decode_geometry(r[0]) for r in rows]
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, crs=WGS84), crs=WGS84)
