"""The store's tables, columns, indexes and triggers, and creating them in a store file.

Six GeoPackage tables hold the data (see ``docs/store.md``): ``incidents`` and ``alerts`` (points),
``reports``, ``incident_reports``, ``audit`` and ``ingested_files`` (attributes). A seventh,
``geoincidents_store``, marks the file as a store this package created (format, schema version,
store id, the audit chain's genesis hash). Triggers keep the evidence and the history append-only.
"""

from __future__ import annotations

import sqlite3

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
AUDIT_CHAIN_COLUMNS: tuple[str, ...] = ("prev_hash", "row_hash")
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
        (
            *((c, "DATETIME NOT NULL" if c == "at" else "TEXT") for c in AUDIT_COLUMNS),
            *((c, "TEXT") for c in AUDIT_CHAIN_COLUMNS),
        ),
        "Audit trail: every change, with who, when, before, after and why",
    ),
    "alerts": (
        "POINT",
        (
            *((c, "DOUBLE" if c.endswith("_m") or c in ("latitude", "longitude") else "TEXT") for c in ALERT_COLUMNS),
            ("created_at", "DATETIME"),
            ("emitted_at", "DATETIME"),
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
    'CREATE UNIQUE INDEX IF NOT EXISTS "ux_geoincidents_store_key" ON "geoincidents_store" ("key")',
)


SCHEMA_VERSION = 2
"""1: the six tables (geoincidents before the marker); 2: marker table, audit hash chain, triggers, alert outbox."""
FORMAT = "geoincidents incident store"
MARKER_TABLE = "geoincidents_store"
MARKER_SPEC: TableSpec = (
    None,
    (("key", "TEXT NOT NULL"), ("value", "TEXT NOT NULL")),
    "This file is a geoincidents incident store (format, schema version, store id, audit genesis)",
)
ADDED_IN_V2: dict[str, tuple[str, ...]] = {"audit": AUDIT_CHAIN_COLUMNS, "alerts": ("emitted_at",)}
"""Columns schema 2 added to tables of schema 1 (an upgrade adds them)."""


def _refuse(table: str, what: str, message: str) -> str:
    return (
        f'CREATE TRIGGER IF NOT EXISTS "{table}_no_{what.lower()}" BEFORE {what} ON "{table}" '
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


TRIGGERS: tuple[str, ...] = (
    _refuse("audit", "UPDATE", "the audit trail is append-only: its rows cannot be changed"),
    _refuse("audit", "DELETE", "the audit trail is append-only: its rows cannot be deleted"),
    'CREATE TRIGGER IF NOT EXISTS "audit_chained_insert" BEFORE INSERT ON "audit" '
    'WHEN NEW."row_hash" IS NULL OR length(NEW."row_hash") != 64 OR NEW."prev_hash" IS NOT coalesce('
    '(SELECT "row_hash" FROM "audit" ORDER BY "fid" DESC LIMIT 1), '
    '(SELECT "value" FROM "geoincidents_store" WHERE "key" = \'audit_genesis\')) '
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is a hash chain: a new row must link to the last one'); END",
    _refuse("reports", "UPDATE", "report texts are evidence: they cannot be changed"),
    _refuse("reports", "DELETE", "report texts are evidence: they cannot be deleted"),
    _refuse("incident_reports", "UPDATE", "links to the evidence cannot be changed"),
    _refuse("incident_reports", "DELETE", "links to the evidence cannot be deleted"),
    _refuse("incidents", "DELETE", "incidents cannot be deleted: reject them (a review status) instead"),
)


def object_name(ddl: str) -> str:
    """The name a ``CREATE ... IF NOT EXISTS "name"`` statement creates."""
    return ddl.split('"')[1]


def create_tables(conn: sqlite3.Connection) -> None:
    """Create the GeoPackage metadata, every store table, index and trigger missing (in the caller's transaction)."""
    _gpkg.init_metadata(conn)
    for table, (geometry, columns, description) in {**TABLES, MARKER_TABLE: MARKER_SPEC}.items():
        _gpkg.create_table(conn, table, columns, geometry=geometry, description=description)
    for ddl in (*INDEXES, *TRIGGERS):
        conn.execute(ddl)


def missing_columns(conn: sqlite3.Connection, table: str, columns: tuple[tuple[str, str], ...]) -> list[str]:
    """The columns of ``columns`` that ``table`` lacks (all of them when it does not exist)."""
    existing = set(_gpkg.table_columns(conn, table))
    return [name for name, _ in columns if name not in existing]


def v1_columns(table: str) -> tuple[tuple[str, str], ...]:
    """A store table's columns in schema 1 (before the columns :data:`ADDED_IN_V2`)."""
    added = ADDED_IN_V2.get(table, ())
    return tuple(col for col in TABLES[table][1] if col[0] not in added)


def counts(db: Database) -> dict[str, int]:
    """The number of rows of each store table."""
    return {t: int(db.read(f"SELECT count(*) FROM {_gpkg.quote(t)}")[0][0]) for t in TABLES}
