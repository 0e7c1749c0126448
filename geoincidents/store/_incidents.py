"""Adding incidents: checking and measuring them, then inserting new events and merging duplicates.

An incident is a duplicate of a stored one when it has the same ``event_id``, or the same
:func:`geoincidents.ids.merge_key` (same day, ``landmark_id`` and ``event_type``: ACLED's one event
per day per place). The stored incident keeps its values, gains the values it was missing, the
higher confidence and the new source; every change is audited and linked to its report.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from geoincidents import ids
from geoincidents._crs import WGS84, require_crs
from geoincidents.schema import EVENT_TYPES, INCIDENT_COLUMNS, STATUSES, coerce_incidents
from geoincidents.store import _gpkg
from geoincidents.store._audit import AuditTrail, Change
from geoincidents.store._reports import ReportTable
from geoincidents.store._schema import PROXIMITY_STORED
from geoincidents.store._values import sql_value

__all__: list[str] = []

Measure = Callable[[pd.DataFrame], gpd.GeoDataFrame]
Record = dict[str, Any]
# Fields a duplicate may fill in when the stored incident has them missing.
_FILLABLE = tuple(c for c in INCIDENT_COLUMNS if c not in ("event_id", "status", "latitude", "longitude"))
_POSITION = ("latitude", "longitude", "geo_precision", "uncertainty_m")


@dataclass
class Outcome:
    """Where each record went: ids inserted, stored ids merged into, stored ids given again unchanged."""

    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _from_geometry(frame: gpd.GeoDataFrame, problems: list[str]) -> pd.DataFrame:
    """A GeoDataFrame's attributes with latitude/longitude taken from its point geometry (in WGS 84)."""
    require_crs(frame, what="incidents")
    geoms = frame.geometry.to_crs(WGS84)
    data = pd.DataFrame(frame.drop(columns=frame.geometry.name)).reset_index(drop=True)
    present = (geoms.notna() & ~geoms.is_empty).to_numpy()
    kinds = geoms.geom_type.to_numpy()
    for pos in np.flatnonzero(present & (kinds != "Point")):
        problems.append(f"row {pos}: geometry is a {kinds[pos]}, not a Point")
    points = present & (kinds == "Point")
    lon = np.full(len(data), np.nan)
    lat = np.full(len(data), np.nan)
    lon[points] = geoms[points].x.to_numpy()
    lat[points] = geoms[points].y.to_numpy()
    if "longitude" in data and "latitude" in data:  # rows without a geometry keep their columns
        lon[~points] = pd.to_numeric(data["longitude"], errors="coerce").to_numpy(dtype=float)[~points]
        lat[~points] = pd.to_numeric(data["latitude"], errors="coerce").to_numpy(dtype=float)[~points]
    data["longitude"], data["latitude"] = lon, lat
    return data


def _row_problems(incidents: pd.DataFrame) -> list[str]:
    """Every row whose event type, status or position the store cannot take, named by row."""
    problems = []
    for i, (etype, status) in enumerate(zip(incidents["event_type"], incidents["status"], strict=True)):
        if etype is not pd.NA and etype not in EVENT_TYPES:
            problems.append(f"row {i}: event_type {etype!r} is not an ACLED event type")
        if status is not pd.NA and status not in STATUSES:
            problems.append(f"row {i}: status {status!r} is not one of {list(STATUSES)}")
    bad_pos = (incidents["latitude"].abs() > 90) | (incidents["longitude"].abs() > 180)
    for pos in np.flatnonzero(bad_pos.to_numpy()):
        problems.append(
            f"row {pos}: latitude/longitude ({incidents['latitude'].iloc[pos]}, "
            f"{incidents['longitude'].iloc[pos]}) is not a valid position"
        )
    return problems


def prepare(frame: pd.DataFrame, measure: Measure) -> gpd.GeoDataFrame:
    """Coerce, validate and measure incoming incidents (outside any transaction).

    Raises
    ------
    TypeError
        When ``frame`` is not a DataFrame.
    ValueError
        When a row is invalid (every invalid row named, up to ten), or a GeoDataFrame has no CRS.
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"add_incidents needs a DataFrame or GeoDataFrame, got {type(frame).__name__}")
    problems: list[str] = []
    if isinstance(frame, gpd.GeoDataFrame) and frame.geometry.name in frame:
        data = _from_geometry(frame, problems)  # a GeoDataFrame's geometry is its position
    else:
        data = pd.DataFrame(frame).reset_index(drop=True)
    incidents = coerce_incidents(data)
    problems += _row_problems(incidents)
    if problems:
        raise ValueError(f"add_incidents: {len(problems)} invalid row(s): " + "; ".join(problems[:10]))
    return measure(incidents)


def records(prepared: gpd.GeoDataFrame) -> list[Record]:
    """The rows as the store writes them: SQL values, event id, status, encoded point and merge key."""
    lon = prepared["longitude"].to_numpy(dtype=float)
    lat = prepared["latitude"].to_numpy(dtype=float)
    geoms = _gpkg.encode_points(lon, lat)
    names = [*INCIDENT_COLUMNS, *(name for name, _ in PROXIMITY_STORED if name in prepared)]
    columns = {c: prepared[c].astype(object).tolist() for c in names}
    out = []
    for i in range(len(prepared)):
        rec: Record = {c: sql_value(c, columns[c][i]) for c in names}
        for name, _ in PROXIMITY_STORED:
            rec.setdefault(name, None)
        if rec["event_id"] is None:
            rec["event_id"] = ids.event_id(rec)
        # Every incident enters unverified: a status in the input is a claim, recorded, not applied.
        claimed = rec["status"]
        rec["claimed_status"] = claimed if claimed not in (None, "unverified") else None
        rec["status"] = "unverified"
        rec["geom"] = geoms[i]
        rec["merge_key"] = ids.merge_key(rec.get("event_date"), rec.get("landmark_id"), rec.get("event_type"))
        out.append(rec)
    return out


def _with_claim(reason: str, rec: Mapping[str, Any]) -> str:
    """The audit reason, plus the status the input claimed when it was not ``unverified``."""
    claimed = rec.get("claimed_status")
    if claimed is None:
        return reason
    return f"{reason}; the input claimed status {claimed!r}, not applied: incidents enter unverified (review them)"


def merge_updates(stored: Mapping[str, Any], rec: Mapping[str, Any]) -> dict[str, Any]:
    """What a duplicate ``rec`` changes in the ``stored`` incident (column -> new value).

    Missing values are filled, the higher confidence kept, a missing position (with its proximity)
    taken whole, and a new source added to ``sources``/``n_sources``.
    """
    updates = {col: rec[col] for col in _FILLABLE if stored[col] is None and rec[col] is not None}
    if rec["confidence"] is not None and stored["confidence"] is not None and rec["confidence"] > stored["confidence"]:
        updates["confidence"] = rec["confidence"]
    if stored["latitude"] is None and rec["latitude"] is not None:
        updates.update({col: rec[col] for col in _POSITION})
        updates["geom"] = rec["geom"]
        updates.update({name: rec[name] for name, _ in PROXIMITY_STORED})
    sources = json.loads(stored["sources"] or "[]")
    if rec["source"] is not None and rec["source"] not in sources:
        sources.append(rec["source"])
        updates["sources"] = json.dumps(sources, ensure_ascii=False)
        updates["n_sources"] = len(sources)
    return updates


class IncidentTable:
    """The ``incidents`` table of one store file, with its audit trail and evidence links."""

    def __init__(self, reports: ReportTable, audit: AuditTrail) -> None:
        self.reports = reports
        self.audit = audit

    def add(self, conn: sqlite3.Connection, recs: list[Record], analyst: str, reason: str | None) -> Outcome:
        """Insert or merge every record (inside the caller's transaction)."""
        outcome = Outcome()
        for rec in recs:
            existing = self.find_duplicate(conn, rec)
            if existing is None:
                self.insert(conn, rec, analyst, reason)
                outcome.added.append(rec["event_id"])
            elif self.merge(conn, existing, rec, analyst, reason):
                outcome.merged.append(existing)
            else:
                outcome.unchanged.append(existing)
        if recs:
            _gpkg.touch(conn, "incidents")
        return outcome

    @staticmethod
    def find_duplicate(conn: sqlite3.Connection, rec: Mapping[str, Any]) -> str | None:
        """The id of the stored incident ``rec`` duplicates (same event id, else same merge key)."""
        row = conn.execute('SELECT "event_id" FROM "incidents" WHERE "event_id" = ?', (rec["event_id"],)).fetchone()
        if row is None and rec["merge_key"] is not None:
            row = conn.execute(
                'SELECT "event_id" FROM "incidents" WHERE "merge_key" = ? ORDER BY "fid" LIMIT 1', (rec["merge_key"],)
            ).fetchone()
        return None if row is None else str(row[0])

    def insert(self, conn: sqlite3.Connection, rec: Record, analyst: str, reason: str | None) -> None:
        """Insert a new incident, audit its creation and link its report."""
        now = _gpkg.now_iso()
        sources = [rec["source"]] if rec["source"] is not None else []
        values = {
            **{c: rec[c] for c in INCIDENT_COLUMNS},
            **{name: rec[name] for name, _ in PROXIMITY_STORED},
            "geom": rec["geom"],
            "n_sources": len(sources),
            "sources": json.dumps(sources, ensure_ascii=False),
            "merge_key": rec["merge_key"],
            "created_at": now,
            "updated_at": now,
        }
        names = ", ".join(_gpkg.quote(c) for c in values)
        conn.execute(
            f'INSERT INTO "incidents" ({names}) VALUES ({", ".join("?" * len(values))})', list(values.values())
        )
        why = _with_claim(reason or f"added from report {rec['report_id']}", rec)
        self.audit.append(conn, rec["event_id"], "create", analyst, why, [("status", None, rec["status"])])
        self.reports.link(conn, rec["event_id"], rec)

    def merge(self, conn: sqlite3.Connection, event_id: str, rec: Record, analyst: str, reason: str | None) -> bool:
        """Merge a duplicate into the stored incident; return False when it brought nothing new."""
        cols = [*INCIDENT_COLUMNS, "sources", "n_sources"]
        row = conn.execute(
            f'SELECT {", ".join(_gpkg.quote(c) for c in cols)} FROM "incidents" WHERE "event_id" = ?', (event_id,)
        ).fetchone()
        stored = dict(zip(cols, row, strict=True))
        updates = merge_updates(stored, rec)
        if not updates and self.reports.linked(conn, event_id, rec):
            return False  # the same evidence again (e.g. a file ingested twice): nothing to record
        changes: list[Change] = [(c, stored.get(c), v) for c, v in updates.items() if c in stored and c != "sources"]
        if "sources" in updates:
            changes.append(("sources", stored["sources"], updates["sources"]))
        if updates:
            updates["updated_at"] = _gpkg.now_iso()
            sets = ", ".join(f"{_gpkg.quote(c)} = ?" for c in updates)
            conn.execute(f'UPDATE "incidents" SET {sets} WHERE "event_id" = ?', [*updates.values(), event_id])
        why = _with_claim(reason or f"duplicate {rec['event_id']} from report {rec['report_id']} merged", rec)
        self.audit.append(conn, event_id, "merge", analyst, why, changes or [(None, None, None)])
        self.reports.link(conn, event_id, rec)
        return True
