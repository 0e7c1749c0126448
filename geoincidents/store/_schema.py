"""The store's tables, their columns and indexes, and creating them in a store file.

Six GeoPackage tables (see ``docs/store.md``): ``incidents`` and ``alerts`` (points), ``reports``,
``incident_reports``, ``audit`` and ``ingested_files`` (attributes).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from geoincidents.errors import StoreError
from geoincidents.schema import INCIDENT_COLUMNS
from geoincidents.store import _gpkg
from geoincidents.store._db import Database
from geoincidents.store._values import sql_type
from geoincidents.store.alerts import ALERT_COLUMNS

__all__: list[str] = []

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
INGEST_COLUMNS: tuple[str, ...] = (
    "path",
    "sha256",
    "size",
    "n_reports",
    "n_incidents",
    "n_alerts",
    "error",
    "processed_at",
)
REPORT_COLUMNS: tuple[str, ...] = ("report_id", "text", "source", "published", "sha256", "origin", "added_at")

TableSpec = tuple[str | None, tuple[tuple[str, str], ...], str]
TABLES: dict[str, TableSpec] = {
    "incidents": (
        "POINT",
        (
            *((c, sql_type(c)) for c in INCIDENT_COLUMNS),
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
INDEXES: tuple[str, ...] = (
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


def _missing_columns(db: Database, table: str, spec: TableSpec) -> tuple[list[str], list[str]]:
    """The table's existing columns and the store columns it lacks."""
    existing = _gpkg.table_columns(db.conn, table)
    return existing, [name for name, _ in spec[1] if name not in existing]


def schema_ready(db: Database) -> bool:
    """Whether every store table and index already exists (then opening writes nothing)."""
    names = {str(r[0]) for r in db.read("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
    indexes = {ddl.split('"')[1] for ddl in INDEXES}
    return _gpkg.is_geopackage(db.conn) and set(TABLES) <= names and indexes <= names


def check_columns(db: Database) -> None:
    """Raise :class:`StoreError` when a store table lacks one of the store's columns."""
    for table, spec in TABLES.items():
        _, missing = _missing_columns(db, table, spec)
        if missing:
            raise db_error(db, f"table {table!r} lacks the store's columns {missing[:6]}")


def create_schema(db: Database) -> None:
    """Create the GeoPackage metadata and every store table and index missing (one transaction)."""
    with db.transaction() as conn:
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if has_tables and not _gpkg.is_geopackage(conn):
            raise db_error(db, "is an SQLite database but not a GeoPackage", sep=" ")
        _gpkg.init_metadata(conn)
        for table, spec in TABLES.items():
            existing, missing = _missing_columns(db, table, spec)
            if existing and missing:
                raise db_error(
                    db,
                    f"table {table!r} exists but is not an incident-store table "
                    f"(missing columns {missing[:6]}{' ...' if len(missing) > 6 else ''})",
                )
            geometry, columns, description = spec
            _gpkg.create_table(conn, table, columns, geometry=geometry, description=description)
        for ddl in INDEXES:
            conn.execute(ddl)


def ensure_schema(db: Database) -> None:
    """Make the open file a complete store: check a ready one, create what a new one lacks."""
    if schema_ready(db):
        check_columns(db)
    else:
        create_schema(db)


def db_error(db: Database, message: str, *, sep: str = ": ") -> StoreError:
    """A :class:`~geoincidents.errors.StoreError` naming the file."""
    return StoreError(f"{db.path}{sep}{message}")


def counts(db: Database) -> dict[str, int]:
    """The number of rows of each store table."""
    return {t: int(db.read(f"SELECT count(*) FROM {_gpkg.quote(t)}")[0][0]) for t in TABLES}


def open_database(path: Path, timeout_s: float, *, create: bool = True) -> Database:
    """Open ``path`` as a store file, creating the file and the store's tables as needed.

    Raises
    ------
    FileNotFoundError
        When the file is missing and ``create`` is False.
    StoreError
        When the file is a folder, not a GeoPackage, or holds a table of another schema.
    """
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not a GeoPackage file")
    if not create and not path.is_file():
        raise FileNotFoundError(f"incident store not found: {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = Database(path, timeout_s)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open as a GeoPackage incident store: {exc}") from exc
    try:
        # GDAL reads the GeoPackage header fields straight from the file, so they are written
        # before the journal becomes a write-ahead log (where they would wait for a checkpoint).
        _gpkg.init_header(db.conn)
        db.use_wal()
        ensure_schema(db)
    except BaseException as exc:
        db.conn.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise StoreError(f"{path}: cannot open as a GeoPackage incident store: {exc}") from exc
        raise
    return db
