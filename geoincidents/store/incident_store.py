"""An incident store in one GeoPackage file: reports, incidents, review status, audit trail and alerts.

The file is a standard GeoPackage (OGC, on SQLite) that GDAL, QGIS and geopandas open as is. Layers:

``incidents`` (points)
    One row per event (the schema's columns, plus ``n_sources``, ``sources``, the proximity to the
    store's perimeter, ``created_at`` and ``updated_at``). Duplicates of one event (same day,
    landmark and event type, or the same ``event_id``) are merged, keeping every source.
``reports`` (attributes)
    The report texts with source, publication time and SHA-256, so every incident links back to
    its evidence through ``incident_reports`` (attributes).
``audit`` (attributes)
    Every change: who, when, which incident and field, before, after, why. Nothing is deleted:
    rejecting an incident is a status.
``alerts`` (points)
    Alerts raised by :mod:`geoincidents.store.alerts` rules on new incidents.
``ingested_files`` (attributes)
    Files already ingested by ``geoincidents watch``, so a restart does not ingest them again.

Every write goes through :mod:`sqlite3` in a ``BEGIN IMMEDIATE`` transaction on a WAL journal with a
busy timeout, so two processes (``watch`` and the app) can write at once without losing a row, and a
process killed mid-write leaves the last committed state. Several calls can be grouped into one
transaction with :meth:`IncidentStore.transaction`.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import geopandas as gpd
import numpy as np
import pandas as pd

from geoincidents import ids
from geoincidents._crs import WGS84, require_crs
from geoincidents.errors import StoreBusyError, StoreError
from geoincidents.gazetteer.model import GazetteerLike
from geoincidents.proximity.measure import DEFAULT_BANDS_M, check_proximity
from geoincidents.schema import EVENT_TYPES, INCIDENT_COLUMNS, STATUSES, coerce_incidents
from geoincidents.store import _gpkg
from geoincidents.store.alerts import ALERT_COLUMNS, AlertRule, empty_alerts, evaluate_alerts
from geoincidents.store.filters import IncidentFilter

__all__ = [
    "AUDIT_COLUMNS",
    "STORE_COLUMNS",
    "AddResult",
    "IncidentStore",
    "StoreBusyError",
    "StoreError",
    "default_report_id",
]

_BUSY_TIMEOUT_S = 60.0
_SYSTEM = "system"
# GeoPackage column types of the incident schema.
_DATE_COLUMNS = ("event_date",)
_DATETIME_COLUMNS = ("published",)
_INT_COLUMNS = ("time_precision", "geo_precision", "fatalities", "injuries", "span_start", "span_end")
_REAL_COLUMNS = ("latitude", "longitude", "uncertainty_m", "confidence")
PROXIMITY_STORED: tuple[tuple[str, str], ...] = (
    ("perimeter_id", "TEXT"),
    ("distance_m", "DOUBLE"),
    ("distance_min_m", "DOUBLE"),
    ("distance_max_m", "DOUBLE"),
    ("inside", "BOOLEAN"),
    ("band", "TEXT"),
    ("breach", "TEXT"),
    ("nearest_gate_id", "TEXT"),
    ("gate_distance_m", "DOUBLE"),
)
STORE_COLUMNS: tuple[str, ...] = (
    *INCIDENT_COLUMNS,
    "n_sources",
    "sources",
    *(name for name, _ in PROXIMITY_STORED),
    "merge_key",
    "created_at",
    "updated_at",
)
AUDIT_COLUMNS: tuple[str, ...] = ("at", "analyst", "event_id", "action", "field", "before", "after", "reason")
# Fields a duplicate may fill in when the stored incident has them missing.
_FILLABLE = tuple(c for c in INCIDENT_COLUMNS if c not in ("event_id", "status", "latitude", "longitude"))
_POSITION = ("latitude", "longitude", "geo_precision", "uncertainty_m")


def _sql_type(column: str) -> str:
    if column in _DATE_COLUMNS:
        return "DATE"
    if column in _DATETIME_COLUMNS:
        return "DATETIME"
    if column in _INT_COLUMNS:
        return "INTEGER"
    if column in _REAL_COLUMNS:
        return "DOUBLE"
    return "TEXT"


_TABLES: dict[str, tuple[str | None, tuple[tuple[str, str], ...], str]] = {
    "incidents": (
        "POINT",
        (
            *((c, _sql_type(c)) for c in INCIDENT_COLUMNS),
            ("n_sources", "INTEGER"),
            ("sources", "TEXT"),
            *PROXIMITY_STORED,
            ("merge_key", "TEXT"),
            ("created_at", "DATETIME"),
            ("updated_at", "DATETIME"),
        ),
        "Incidents, one per event, with review status (geoincidents store)",
    ),
    "reports": (
        None,
        (
            ("report_id", "TEXT NOT NULL"),
            ("text", "TEXT NOT NULL"),
            ("source", "TEXT"),
            ("published", "DATETIME"),
            ("sha256", "TEXT NOT NULL"),
            ("origin", "TEXT"),
            ("added_at", "DATETIME"),
        ),
        "Report texts: the evidence behind the incidents",
    ),
    "incident_reports": (
        None,
        (
            ("event_id", "TEXT NOT NULL"),
            ("report_id", "TEXT"),
            ("source", "TEXT"),
            ("incoming_event_id", "TEXT"),
            ("sentence", "TEXT"),
            ("span_start", "INTEGER"),
            ("span_end", "INTEGER"),
            ("added_at", "DATETIME"),
        ),
        "Links from incidents to the reports that support them",
    ),
    "audit": (
        None,
        tuple((c, "DATETIME NOT NULL" if c == "at" else "TEXT") for c in AUDIT_COLUMNS),
        "Audit trail: every change, with who, when, before, after and why",
    ),
    "alerts": (
        "POINT",
        (
            *((c, "DOUBLE" if c.endswith("_m") or c in ("latitude", "longitude") else "TEXT") for c in ALERT_COLUMNS),
            ("created_at", "DATETIME"),
        ),
        "Alerts raised by rules on new incidents",
    ),
    "ingested_files": (
        None,
        (
            ("path", "TEXT NOT NULL"),
            ("sha256", "TEXT NOT NULL"),
            ("size", "INTEGER"),
            ("n_reports", "INTEGER"),
            ("n_incidents", "INTEGER"),
            ("n_alerts", "INTEGER"),
            ("error", "TEXT"),
            ("processed_at", "DATETIME"),
        ),
        "Files ingested by geoincidents watch",
    ),
}
_INDEXES: tuple[str, ...] = (
    'CREATE UNIQUE INDEX IF NOT EXISTS "ux_incidents_event_id" ON "incidents" ("event_id")',
    'CREATE INDEX IF NOT EXISTS "ix_incidents_merge_key" ON "incidents" ("merge_key")',
    'CREATE INDEX IF NOT EXISTS "ix_incidents_event_date" ON "incidents" ("event_date")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "ux_reports_report_id" ON "reports" ("report_id")',
    'CREATE INDEX IF NOT EXISTS "ix_reports_sha256" ON "reports" ("sha256")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "ux_incident_reports" ON "incident_reports" '
    '("event_id", ifnull("report_id", \'\'), ifnull("incoming_event_id", \'\'))',
    'CREATE INDEX IF NOT EXISTS "ix_audit_event_id" ON "audit" ("event_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "ux_alerts_rule_event" ON "alerts" ("rule_id", "event_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "ux_ingested_files" ON "ingested_files" ("path", "sha256")',
)


@dataclass
class AddResult:
    """What :meth:`IncidentStore.add_incidents` did.

    Attributes
    ----------
    added
        Event ids of the incidents inserted as new.
    merged
        Event ids of stored incidents that a duplicate was merged into (one entry per duplicate).
    unchanged
        Event ids of stored incidents given again with the same evidence (nothing written).
    alerts
        Alerts raised on the new incidents (columns of :data:`geoincidents.store.alerts.ALERT_COLUMNS`),
        only those not already stored.
    """

    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    alerts: gpd.GeoDataFrame | None = None


def default_report_id(text: str) -> str:
    """Return the id a report gets when none is given (:func:`geoincidents.ids.report_id`)."""
    return ids.report_id(text)


def _text(value: Any) -> str | None:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    return str(value)


def _sql_value(column: str, value: Any) -> Any:
    """Convert one incident value to what the GeoPackage column stores (None for missing)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if column in _DATE_COLUMNS:
        return str(pd.Timestamp(value).date().isoformat())
    if column in _DATETIME_COLUMNS:
        ts = pd.Timestamp(value)
        if ts.tzinfo is not None:
            ts = ts.tz_convert("UTC").tz_localize(None)
        return ts.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, (bool, np.bool_)):
        return int(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if not np.isfinite(value) else float(value)
    return str(value)


_MAX_SQL_LIST = 500  # longer lists are left to the filter (SQLite limits the number of parameters)


def _prefilter_sql(flt: IncidentFilter) -> tuple[list[str], list[Any]]:
    """SQL conditions that select at least every row ``flt`` keeps (the filter itself decides).

    Only fields whose SQL test cannot be stricter than :meth:`IncidentFilter.mask` are pushed down,
    so the filter's rules stay written once; this only spares reading rows that cannot pass.
    """
    where: list[str] = []
    params: list[Any] = []
    for column, values in (("event_id", flt.event_ids), ("event_type", flt.event_types)):
        if values is not None and len(values) <= _MAX_SQL_LIST:
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


class IncidentStore:
    """An incident store in a GeoPackage file, created when missing.

    Parameters
    ----------
    path
        The ``.gpkg`` file. Created (with its folder) when missing; an existing GeoPackage gets the
        store's tables added when it lacks them.
    perimeter
        Perimeter whose distance, band and breach are stored with each incident (and exported).
    bands_m
        Band edges in metres for the stored ``band``.
    gazetteer
        Gazetteer GeoDataFrame or path (default the bundled Baghdad one).
    timeout_s
        How long a writer waits for another process's transaction to finish before failing.
    create
        Create the file when missing (default); with False a missing file raises
        :class:`FileNotFoundError`.

    Notes
    -----
    One object holds one SQLite connection, guarded by a lock, so it may be shared between threads
    (as Streamlit does); separate processes each open their own. Close it with :meth:`close` or use
    it as a context manager.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        perimeter: str = "green_zone",
        bands_m: Sequence[float] = DEFAULT_BANDS_M,
        gazetteer: GazetteerLike = None,
        timeout_s: float = _BUSY_TIMEOUT_S,
        create: bool = True,
    ) -> None:
        self.path = Path(path)
        self.perimeter = perimeter
        self.bands_m = tuple(float(b) for b in bands_m)
        self.gazetteer = gazetteer
        self.timeout_s = float(timeout_s)
        self._lock = threading.RLock()
        self._depth = 0
        if self.path.exists() and self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not a GeoPackage file")
        if not create and not self.path.is_file():
            raise FileNotFoundError(f"incident store not found: {self.path}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(
                str(self.path), timeout=timeout_s, isolation_level=None, check_same_thread=False
            )
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout_s * 1000)}")
            # GDAL reads the GeoPackage header fields straight from the file, so they are written
            # before the journal becomes a write-ahead log (where they would wait for a checkpoint).
            _gpkg.init_header(self._conn)
            # WAL lets readers (the app, QGIS) read while a writer writes. When another program holds
            # the file so that the switch is refused, the rollback journal keeps commits atomic and
            # crash-safe, only less concurrent; the next opener tries WAL again.
            with suppress(sqlite3.OperationalError):
                self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")
            self._init_schema()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open as a GeoPackage incident store: {exc}") from exc

    # -- connection and transactions ---------------------------------------------------------

    def checkpoint(self) -> None:
        """Copy committed transactions from the write-ahead log into the main file.

        Until then a copy of the ``.gpkg`` alone (without its ``-wal`` file) lacks them; ``watch``
        checkpoints after each poll that ingested something.
        """
        with self._lock, suppress(sqlite3.OperationalError):
            self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        """Checkpoint, and when no other process has the store open, leave it a single plain file.

        The last one out switches the journal back from WAL to the default rollback journal, so
        the ``.gpkg`` can be copied, mailed or opened read-only as is; the next writer switches
        it to WAL again.
        """
        with self._lock:
            if self._depth:
                raise RuntimeError(f"{self}: close() inside a transaction")
            self._conn.execute("PRAGMA busy_timeout = 0")  # closing never waits for another process
            with suppress(sqlite3.OperationalError):  # busy: another process has it open
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.execute("PRAGMA journal_mode = DELETE")
            self._conn.close()

    def __enter__(self) -> IncidentStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"IncidentStore({str(self.path)!r})"

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Group writes into one atomic transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``).

        Nested uses join the outer transaction; an exception rolls everything back.
        """
        with self._lock:
            if self._depth == 0:
                try:
                    self._conn.execute("BEGIN IMMEDIATE")
                except sqlite3.OperationalError as exc:
                    raise self._busy(exc) from exc
            self._depth += 1
            try:
                yield self._conn
            except BaseException as exc:
                self._depth -= 1
                if self._depth == 0:
                    self._rollback()
                    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                        raise self._busy(exc) from exc
                raise
            self._depth -= 1
            if self._depth == 0:
                try:
                    self._conn.execute("COMMIT")
                except sqlite3.OperationalError as exc:  # a reader kept the lock (rollback journal)
                    self._rollback()
                    raise self._busy(exc) from exc

    def _rollback(self) -> None:
        with suppress(sqlite3.Error):
            self._conn.execute("ROLLBACK")

    def _busy(self, exc: sqlite3.OperationalError) -> StoreBusyError:
        return StoreBusyError(
            f"{self.path}: the store is locked by another program beyond {self.timeout_s:g} s ({exc}); "
            "nothing was written, try again"
        )

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def _schema_ready(self) -> bool:
        """Whether every store table and index already exists (then opening writes nothing)."""
        names = {str(r[0]) for r in self._read("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
        indexes = {ddl.split('"')[1] for ddl in _INDEXES}
        return _gpkg.is_geopackage(self._conn) and set(_TABLES) <= names and indexes <= names

    def _init_schema(self) -> None:
        if self._schema_ready():
            self._check_columns()
            return
        with self.transaction() as conn:
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            if has_tables and not _gpkg.is_geopackage(conn):
                raise StoreError(f"{self.path} is an SQLite database but not a GeoPackage")
            _gpkg.init_metadata(conn)
            for table, (geometry, columns, description) in _TABLES.items():
                existing = _gpkg.table_columns(conn, table)
                if existing:
                    missing = [name for name, _ in columns if name not in existing]
                    if missing:
                        raise StoreError(
                            f"{self.path}: table {table!r} exists but is not an incident-store table "
                            f"(missing columns {missing[:6]}{' ...' if len(missing) > 6 else ''})"
                        )
                _gpkg.create_table(conn, table, columns, geometry=geometry, description=description)
            for ddl in _INDEXES:
                conn.execute(ddl)

    def _check_columns(self) -> None:
        for table, (_, columns, _) in _TABLES.items():
            existing = _gpkg.table_columns(self._conn, table)
            missing = [name for name, _ in columns if name not in existing]
            if missing:
                raise StoreError(f"{self.path}: table {table!r} lacks the store's columns {missing[:6]}")

    # -- reports ------------------------------------------------------------------------------

    def add_report(
        self,
        text: str,
        published: Any = None,
        source: str | None = None,
        report_id: str | None = None,
        *,
        origin: str | None = None,
    ) -> str:
        """Store a report text; return the id it is stored under.

        Parameters
        ----------
        text
            The report as received.
        published
            Publication date/time (anything :class:`pandas.Timestamp` reads), or None.
        source
            The outlet or person the report comes from.
        report_id
            Id to store it under; default the first 16 hex digits of the text's SHA-256.
        origin
            Where it came from (e.g. the file path), kept for the record.

        Returns
        -------
        str
            The report id. A text already stored (same SHA-256) is not stored twice: its existing
            id is returned.

        Raises
        ------
        ValueError
            When ``text`` is empty, ``published`` is not a date, or ``report_id`` already holds a
            different text.
        """
        if not isinstance(text, str) or not text.strip():
            raise ValueError("add_report: text must be a non-empty string")
        sha = ids.content_digest(text)
        rid = report_id if report_id is not None and str(report_id).strip() else default_report_id(text)
        rid = str(rid)
        try:
            published_sql = _sql_value("published", None if published is None else pd.Timestamp(published))
        except (ValueError, TypeError) as exc:
            raise ValueError(f"add_report {rid}: published {published!r} is not a date") from exc
        with self.transaction() as conn:
            row = conn.execute('SELECT "sha256" FROM "reports" WHERE "report_id" = ?', (rid,)).fetchone()
            if row is not None:
                if row[0] != sha:
                    raise ValueError(f"add_report: report_id {rid!r} already holds a different text in {self.path}")
                return rid
            same = conn.execute('SELECT "report_id" FROM "reports" WHERE "sha256" = ?', (sha,)).fetchone()
            if same is not None:
                return str(same[0])
            conn.execute(
                'INSERT INTO "reports" ("report_id", "text", "source", "published", "sha256", "origin", "added_at") '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (rid, text, _text(source), published_sql, sha, _text(origin), _gpkg.now_iso()),
            )
            _gpkg.touch(conn, "reports")
        return rid

    def report_sha256(self, report_id: str) -> str | None:
        """Return the SHA-256 of the text stored under ``report_id`` (None when there is none)."""
        rows = self._read('SELECT "sha256" FROM "reports" WHERE "report_id" = ?', (report_id,))
        return str(rows[0][0]) if rows else None

    def reports(self) -> pd.DataFrame:
        """Return every stored report (report_id, text, source, published, sha256, origin, added_at)."""
        rows = self._read(
            'SELECT "report_id", "text", "source", "published", "sha256", "origin", "added_at" '
            'FROM "reports" ORDER BY "fid"'
        )
        cols = ["report_id", "text", "source", "published", "sha256", "origin", "added_at"]
        frame = pd.DataFrame(rows, columns=cols)
        frame["published"] = pd.to_datetime(frame["published"], format="ISO8601").astype("datetime64[ns]")
        return frame

    def evidence(self, event_id: str) -> pd.DataFrame:
        """Return the reports behind one incident: link columns plus the report's text and metadata."""
        rows = self._read(
            'SELECT l."report_id", l."source", l."incoming_event_id", l."sentence", l."span_start", l."span_end", '
            'r."text", r."published" FROM "incident_reports" l LEFT JOIN "reports" r ON r."report_id" = l."report_id" '
            'WHERE l."event_id" = ? ORDER BY l."fid"',
            (event_id,),
        )
        cols = ["report_id", "source", "incoming_event_id", "sentence", "span_start", "span_end", "text", "published"]
        return pd.DataFrame(rows, columns=cols)

    # -- incidents ----------------------------------------------------------------------------

    def _prepare(self, frame: pd.DataFrame) -> gpd.GeoDataFrame:
        """Coerce, validate and measure incoming incidents (outside any transaction)."""
        if not isinstance(frame, pd.DataFrame):
            raise TypeError(f"add_incidents needs a DataFrame or GeoDataFrame, got {type(frame).__name__}")
        problems = []
        if isinstance(frame, gpd.GeoDataFrame) and frame.geometry.name in frame:
            # A GeoDataFrame's geometry is its position; latitude/longitude columns follow it.
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
            if "longitude" in data and "latitude" in data:
                lon[~points] = pd.to_numeric(data["longitude"], errors="coerce").to_numpy(dtype=float)[~points]
                lat[~points] = pd.to_numeric(data["latitude"], errors="coerce").to_numpy(dtype=float)[~points]
            data["longitude"], data["latitude"] = lon, lat
        else:
            data = pd.DataFrame(frame).reset_index(drop=True)
        incidents = coerce_incidents(data)
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
        if problems:
            raise ValueError(f"add_incidents: {len(problems)} invalid row(s): " + "; ".join(problems[:10]))
        return check_proximity(incidents, self.perimeter, self.bands_m, gazetteer=self.gazetteer)

    def add_incidents(
        self,
        frame: pd.DataFrame,
        *,
        rules: Sequence[AlertRule] = (),
        analyst: str = _SYSTEM,
        reason: str | None = None,
    ) -> AddResult:
        """Add incidents, merging duplicates of one event, in one transaction.

        Parameters
        ----------
        frame
            Incidents with the schema's columns (a DataFrame with latitude/longitude, or a
            GeoDataFrame of points with a CRS). Missing ``event_id`` values are derived from the
            evidence; missing ``status`` is ``unverified``.
        rules
            Alert rules evaluated on the incidents that are new to the store; their alerts are
            stored in the same transaction.
        analyst
            Who adds them (recorded in the audit table).
        reason
            Recorded in the audit table (default: the report id).

        Returns
        -------
        AddResult
            Ids added, ids merged into, alerts raised.

        Notes
        -----
        An incident is a duplicate of a stored one when it has the same ``event_id``, or the same
        day, ``landmark_id`` and ``event_type`` (ACLED's one event per day per place). The stored
        incident keeps its values, gains the values it was missing, the higher confidence and the
        new source; ``n_sources`` counts its distinct sources and every change is audited.
        """
        prepared = self._prepare(frame)
        records = self._records(prepared)
        result = AddResult()
        with self.transaction() as conn:
            for rec in records:
                existing = self._find_duplicate(conn, rec)
                if existing is None:
                    self._insert(conn, rec, analyst, reason)
                    result.added.append(rec["event_id"])
                elif self._merge(conn, existing, rec, analyst, reason):
                    result.merged.append(existing)
                else:
                    result.unchanged.append(existing)
            if records:
                _gpkg.touch(conn, "incidents")
            if rules and result.added:
                new = self.query(event_ids=result.added)
                alerts = evaluate_alerts(new, rules, gazetteer=self.gazetteer)
                result.alerts = self._insert_alerts(conn, alerts)
        if result.alerts is None:
            result.alerts = empty_alerts()
        return result

    def _records(self, prepared: gpd.GeoDataFrame) -> list[dict[str, Any]]:
        lon = prepared["longitude"].to_numpy(dtype=float)
        lat = prepared["latitude"].to_numpy(dtype=float)
        geoms = _gpkg.encode_points(lon, lat)
        names = [*INCIDENT_COLUMNS, *(name for name, _ in PROXIMITY_STORED if name in prepared)]
        columns = {c: prepared[c].astype(object).tolist() for c in names}
        out = []
        for i in range(len(prepared)):
            rec: dict[str, Any] = {c: _sql_value(c, columns[c][i]) for c in names}
            for name, _ in PROXIMITY_STORED:
                rec.setdefault(name, None)
            if rec["event_id"] is None:
                rec["event_id"] = ids.event_id(rec)
            rec["status"] = rec["status"] or "unverified"
            rec["geom"] = geoms[i]
            rec["merge_key"] = ids.merge_key(rec.get("event_date"), rec.get("landmark_id"), rec.get("event_type"))
            out.append(rec)
        return out

    @staticmethod
    def _find_duplicate(conn: sqlite3.Connection, rec: Mapping[str, Any]) -> str | None:
        row = conn.execute('SELECT "event_id" FROM "incidents" WHERE "event_id" = ?', (rec["event_id"],)).fetchone()
        if row is None and rec["merge_key"] is not None:
            row = conn.execute(
                'SELECT "event_id" FROM "incidents" WHERE "merge_key" = ? ORDER BY "fid" LIMIT 1', (rec["merge_key"],)
            ).fetchone()
        return None if row is None else str(row[0])

    def _audit(
        self,
        conn: sqlite3.Connection,
        event_id: str,
        action: str,
        analyst: str,
        reason: str | None,
        changes: Sequence[tuple[str | None, Any, Any]],
    ) -> None:
        now = _gpkg.now_iso()
        conn.executemany(
            'INSERT INTO "audit" ("at", "analyst", "event_id", "action", "field", "before", "after", "reason") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(now, analyst, event_id, action, f, _text(b), _text(a), reason) for f, b, a in changes],
        )
        _gpkg.touch(conn, "audit")

    def _link(self, conn: sqlite3.Connection, event_id: str, rec: Mapping[str, Any]) -> None:
        conn.execute(
            'INSERT OR IGNORE INTO "incident_reports" ("event_id", "report_id", "source", "incoming_event_id", '
            '"sentence", "span_start", "span_end", "added_at") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            (
                event_id,
                rec["report_id"],
                rec["source"],
                rec["event_id"],
                rec["sentence"],
                rec["span_start"],
                rec["span_end"],
                _gpkg.now_iso(),
            ),
        )
        _gpkg.touch(conn, "incident_reports")

    def _insert(self, conn: sqlite3.Connection, rec: dict[str, Any], analyst: str, reason: str | None) -> None:
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
        cols = list(values)
        names = ", ".join(_gpkg.quote(c) for c in cols)
        conn.execute(
            f'INSERT INTO "incidents" ({names}) VALUES ({", ".join("?" * len(cols))})', [values[c] for c in cols]
        )
        why = reason or f"added from report {rec['report_id']}"
        self._audit(conn, rec["event_id"], "create", analyst, why, [("status", None, rec["status"])])
        self._link(conn, rec["event_id"], rec)

    def _merge(
        self, conn: sqlite3.Connection, event_id: str, rec: dict[str, Any], analyst: str, reason: str | None
    ) -> bool:
        """Merge a duplicate into the stored incident; return False when it brought nothing new."""
        cols = [*INCIDENT_COLUMNS, "sources", "n_sources"]
        row = conn.execute(
            f'SELECT {", ".join(_gpkg.quote(c) for c in cols)} FROM "incidents" WHERE "event_id" = ?', (event_id,)
        ).fetchone()
        stored = dict(zip(cols, row, strict=True))
        updates: dict[str, Any] = {}
        for col in _FILLABLE:
            if stored[col] is None and rec[col] is not None:
                updates[col] = rec[col]
        if (
            rec["confidence"] is not None
            and stored["confidence"] is not None
            and rec["confidence"] > stored["confidence"]
        ):
            updates["confidence"] = rec["confidence"]
        if stored["latitude"] is None and rec["latitude"] is not None:
            for col in _POSITION:
                updates[col] = rec[col]
            updates["geom"] = rec["geom"]
            for name, _ in PROXIMITY_STORED:
                updates[name] = rec[name]
        sources = json.loads(stored["sources"] or "[]")
        if rec["source"] is not None and rec["source"] not in sources:
            sources.append(rec["source"])
            updates["sources"] = json.dumps(sources, ensure_ascii=False)
            updates["n_sources"] = len(sources)
        changes: list[tuple[str | None, Any, Any]] = [
            (c, stored.get(c), v) for c, v in updates.items() if c in stored and c != "sources"
        ]
        if "sources" in updates:
            changes.append(("sources", stored["sources"], updates["sources"]))
        if not updates and self._linked(conn, event_id, rec):
            return False  # the same evidence again (e.g. a file ingested twice): nothing to record
        if updates:
            updates["updated_at"] = _gpkg.now_iso()
            sets = ", ".join(f"{_gpkg.quote(c)} = ?" for c in updates)
            conn.execute(f'UPDATE "incidents" SET {sets} WHERE "event_id" = ?', [*updates.values(), event_id])
        why = reason or f"duplicate {rec['event_id']} from report {rec['report_id']} merged"
        self._audit(conn, event_id, "merge", analyst, why, changes or [(None, None, None)])
        self._link(conn, event_id, rec)
        return True

    @staticmethod
    def _linked(conn: sqlite3.Connection, event_id: str, rec: Mapping[str, Any]) -> bool:
        row = conn.execute(
            'SELECT 1 FROM "incident_reports" WHERE "event_id" = ? AND ifnull("report_id", \'\') = ? '
            "AND ifnull(\"incoming_event_id\", '') = ? LIMIT 1",
            (event_id, rec["report_id"] or "", rec["event_id"] or ""),
        ).fetchone()
        return row is not None

    def query(self, flt: IncidentFilter | None = None, /, **fields: Any) -> gpd.GeoDataFrame:
        """Return the stored incidents that pass a filter (none: every incident).

        Parameters
        ----------
        flt
            An :class:`~geoincidents.store.filters.IncidentFilter`, the same type the app filters
            with, so a selection means the same thing in both: None fields do not restrict, an empty
            collection matches nothing, undated incidents pass a date range unless
            ``include_undated=False``, actors match exactly (case ignored), a missing status is
            ``unverified``.
        **fields
            Or the filter's fields directly (``date_from=..., event_types=[...], statuses=[...]``).

        Returns
        -------
        geopandas.GeoDataFrame
            The schema's columns typed as :func:`geoincidents.schema.coerce_incidents` does, then
            ``n_sources``, ``sources`` (a JSON list), the stored proximity columns, ``created_at``
            and ``updated_at``; point geometry in EPSG:4326; ordered by date, then insertion.
        """
        if flt is not None and fields:
            raise TypeError("query: give an IncidentFilter or its fields, not both")
        flt = flt if flt is not None else IncidentFilter(**fields)
        where, params = _prefilter_sql(flt)
        sql = f'SELECT "geom", {", ".join(_gpkg.quote(c) for c in STORE_COLUMNS)} FROM "incidents"'
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY "event_date", "fid"'
        frame = self._frame(self._read(sql, params))
        return cast(gpd.GeoDataFrame, flt.apply(frame).reset_index(drop=True))

    @staticmethod
    def _frame(rows: list[tuple[Any, ...]]) -> gpd.GeoDataFrame:
        table = pd.DataFrame([r[1:] for r in rows], columns=list(STORE_COLUMNS))
        geoms = [_gpkg.decode_geometry(r[0]) for r in rows]
        out = coerce_incidents(table)
        out["n_sources"] = pd.array(table["n_sources"], dtype="Int64")
        for col in ("distance_m", "distance_min_m", "distance_max_m", "gate_distance_m"):
            out[col] = pd.to_numeric(table[col], errors="coerce").astype("float64")
        out["inside"] = pd.array([None if v is None else bool(v) for v in table["inside"]], dtype="boolean")
        for col in ("created_at", "updated_at"):
            out[col] = pd.to_datetime(table[col], utc=True, format="ISO8601")
        out = out.set_geometry(gpd.GeoSeries(geoms, index=out.index, crs=WGS84))
        return out

    def get(self, event_id: str) -> pd.Series:
        """Return one incident as a Series.

        Raises
        ------
        KeyError
            When the store holds no incident with that id.
        """
        found = self.query(event_ids=[event_id])
        if found.empty:
            raise KeyError(f"no incident {event_id!r} in {self.path}")
        return found.iloc[0]

    # -- review -------------------------------------------------------------------------------

    def set_status(self, event_id: str, status: str, analyst: str, reason: str) -> bool:
        """Change an incident's review status, recording who, when, before, after and why.

        Parameters
        ----------
        event_id
            The incident.
        status
            One of ``unverified``, ``verified``, ``disputed``, ``rejected``.
        analyst
            Who makes the change (required).
        reason
            Why (required).

        Returns
        -------
        bool
            True when the status changed; False when it already had that status (nothing written).

        Raises
        ------
        ValueError
            Unknown status, or empty analyst or reason.
        KeyError
            No incident with that id.
        """
        if status not in STATUSES:
            raise ValueError(f"set_status: status {status!r} is not one of {list(STATUSES)}")
        if not isinstance(analyst, str) or not analyst.strip():
            raise ValueError("set_status: a named analyst is required")
        if not isinstance(reason, str) or not reason.strip():
            raise ValueError("set_status: a reason is required")
        with self.transaction() as conn:
            row = conn.execute('SELECT "status" FROM "incidents" WHERE "event_id" = ?', (event_id,)).fetchone()
            if row is None:
                raise KeyError(f"no incident {event_id!r} in {self.path}")
            if row[0] == status:
                return False
            conn.execute(
                'UPDATE "incidents" SET "status" = ?, "updated_at" = ? WHERE "event_id" = ?',
                (status, _gpkg.now_iso(), event_id),
            )
            _gpkg.touch(conn, "incidents")
            self._audit(conn, event_id, "status", analyst.strip(), reason.strip(), [("status", row[0], status)])
        return True

    def audit(self, event_id: str | None = None) -> pd.DataFrame:
        """Return the audit trail (oldest first), for one incident or all."""
        sql = f'SELECT {", ".join(_gpkg.quote(c) for c in AUDIT_COLUMNS)} FROM "audit"'
        params: tuple[Any, ...] = ()
        if event_id is not None:
            sql += ' WHERE "event_id" = ?'
            params = (event_id,)
        frame = pd.DataFrame(self._read(sql + ' ORDER BY "fid"', params), columns=list(AUDIT_COLUMNS))
        frame["at"] = pd.to_datetime(frame["at"], utc=True, format="ISO8601")
        return frame

    # -- alerts -------------------------------------------------------------------------------

    def _insert_alerts(self, conn: sqlite3.Connection, alerts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        """Insert alerts not already stored (same rule and event); return those inserted."""
        if alerts.empty:
            return alerts
        geoms = _gpkg.encode_points(alerts["longitude"].to_numpy(dtype=float), alerts["latitude"].to_numpy(dtype=float))
        now = _gpkg.now_iso()
        cols = ["geom", *ALERT_COLUMNS, "created_at"]
        keep = []
        for i in range(len(alerts)):
            row = alerts.iloc[i]
            values = [geoms[i], *(_sql_value(c, row[c]) if c != "event_date" else _date(row[c]) for c in ALERT_COLUMNS)]
            cur = conn.execute(
                f'INSERT OR IGNORE INTO "alerts" ({", ".join(_gpkg.quote(c) for c in cols)}) '
                f"VALUES ({', '.join('?' * len(cols))})",
                [*values, now],
            )
            keep.append(cur.rowcount == 1)
        _gpkg.touch(conn, "alerts")
        return alerts[np.asarray(keep, dtype=bool)].reset_index(drop=True)

    def add_alerts(self, alerts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        """Store alerts from :func:`geoincidents.store.alerts.evaluate_alerts`; return the ones that were new."""
        with self.transaction() as conn:
            return self._insert_alerts(conn, alerts)

    def alerts(self, limit: int | None = None) -> gpd.GeoDataFrame:
        """Return stored alerts, newest first (at most ``limit``)."""
        cols = [*ALERT_COLUMNS, "created_at"]
        sql = f'SELECT "geom", {", ".join(_gpkg.quote(c) for c in cols)} FROM "alerts" ORDER BY "fid" DESC'
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (int(limit),)
        rows = self._read(sql, params)
        frame = pd.DataFrame([r[1:] for r in rows], columns=cols)
        frame["event_date"] = pd.to_datetime(frame["event_date"], format="ISO8601").astype("datetime64[ns]")
        frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True, format="ISO8601")
        for col in ("threshold_m", "distance_m", "distance_min_m", "distance_max_m", "latitude", "longitude"):
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
        geoms = [_gpkg.decode_geometry(r[0]) for r in rows]
        return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, crs=WGS84), crs=WGS84)

    # -- ingested files (for geoincidents watch) ---------------------------------------------

    def is_ingested(self, path: str | Path, sha256: str) -> bool:
        """Return whether a file with this path and content hash was already ingested."""
        rows = self._read(
            'SELECT 1 FROM "ingested_files" WHERE "path" = ? AND "sha256" = ? LIMIT 1', (str(path), sha256)
        )
        return bool(rows)

    def record_ingest(
        self,
        path: str | Path,
        sha256: str,
        *,
        size: int,
        n_reports: int = 0,
        n_incidents: int = 0,
        n_alerts: int = 0,
        error: str | None = None,
    ) -> None:
        """Remember that a file was ingested (or failed, with ``error``)."""
        with self.transaction() as conn:
            conn.execute(
                'INSERT OR REPLACE INTO "ingested_files" ("path", "sha256", "size", "n_reports", "n_incidents", '
                '"n_alerts", "error", "processed_at") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                (str(path), sha256, int(size), n_reports, n_incidents, n_alerts, error, _gpkg.now_iso()),
            )
            _gpkg.touch(conn, "ingested_files")

    def ingested_files(self) -> pd.DataFrame:
        """Return the ingested-files table (path, sha256, size, counts, error, processed_at)."""
        cols = ["path", "sha256", "size", "n_reports", "n_incidents", "n_alerts", "error", "processed_at"]
        sql = f'SELECT {", ".join(_gpkg.quote(c) for c in cols)} FROM "ingested_files" ORDER BY "fid"'
        return pd.DataFrame(self._read(sql), columns=cols)

    # -- summaries and export -----------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Return the number of rows of each store table."""
        return {t: int(self._read(f"SELECT count(*) FROM {_gpkg.quote(t)}")[0][0]) for t in _TABLES}

    def export_layers(self, out_dir: str | Path, **filters: Any) -> dict[str, Path]:
        """Write the GeoJSON map layers with the (filtered) stored incidents, plus an ``alerts`` layer.

        ``filters`` are those of :meth:`query`. Returns layer name to path, as
        :func:`geoincidents.io.geojson.export_layers` does.
        """
        from geoincidents.io.geojson import export_layers, write_geojson

        incidents = self.query(**filters)
        written = export_layers(
            out_dir, incidents, gazetteer=self.gazetteer, perimeter=self.perimeter, bands_m=self.bands_m
        )
        written["alerts"] = write_geojson(self.alerts(), Path(out_dir) / "alerts.geojson", id_column="alert_id")
        return written

    def to_csv(self, path: str | Path, **filters: Any) -> Path:
        """Write the (filtered) stored incidents as CSV with :func:`geoincidents.io.incidents.write_incidents`."""
        from geoincidents.io.incidents import write_incidents

        out = Path(path)
        if out.suffix.lower() != ".csv":
            raise ValueError(f"to_csv: {out} does not end in .csv")
        return write_incidents(self.query(**filters), out)


def _date(value: Any) -> str | None:
    if value is None or value is pd.NaT or (not isinstance(value, str) and pd.isna(value)):
        return None
    return str(pd.Timestamp(value).date().isoformat())
