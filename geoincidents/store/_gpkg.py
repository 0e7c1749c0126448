"""The GeoPackage container (OGC 12-128r18) written with plain :mod:`sqlite3`, no GDAL at write time.

The store keeps its tables in a GeoPackage so that GDAL, QGIS and geopandas open it as is. This
module owns the format details: the required metadata tables (``gpkg_spatial_ref_sys``,
``gpkg_contents``, ``gpkg_geometry_columns``), registering feature and attribute tables, and the
GeoPackage binary geometry encoding (a ``GP`` header followed by ISO WKB). No spatial index is
created: the R-tree extension needs GDAL's ``ST_*`` SQL functions in every writer, and the store
answers bounding-box queries on its longitude/latitude columns instead.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Sequence
from datetime import UTC, datetime

import numpy as np
import shapely
from numpy.typing import NDArray

__all__: list[str] = []

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10400  # GeoPackage 1.4
SRS_ID = 4326
_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)
_METADATA_DDL: tuple[str, ...] = (
    "CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
    "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
    "description TEXT)",
    "CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
    "identifier TEXT UNIQUE, description TEXT DEFAULT '', "
    "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
    "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
    "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))",
    "CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
    "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
    "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
    "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
    "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
    "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))",
)
_SRS_ROWS: tuple[tuple[str, int, str, int, str, str], ...] = (
    ("Undefined Cartesian SRS", -1, "NONE", -1, "undefined", "undefined Cartesian coordinate reference system"),
    ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
    (
        "WGS 84 geodetic",
        SRS_ID,
        "EPSG",
        SRS_ID,
        _WGS84_WKT,
        "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid",
    ),
)
# Envelope sizes in bytes by the header's envelope indicator (GeoPackage spec, table 3).
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_HEADER = b"GP\x00\x01" + struct.pack("<i", SRS_ID)  # version 0, little-endian, no envelope


def now_iso() -> str:
    """Return the current UTC time as a GeoPackage DATETIME string (``YYYY-MM-DDTHH:MM:SS.SSSZ``)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def quote(name: str) -> str:
    """Return ``name`` as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def is_geopackage(conn: sqlite3.Connection) -> bool:
    """Return whether the database already holds the GeoPackage metadata tables."""
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_contents'").fetchone()
    return bool(row[0])


def table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """Return the column names of ``table`` (empty when it does not exist)."""
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({quote(table)})")]


def init_header(conn: sqlite3.Connection) -> None:
    """Set the GeoPackage ``application_id`` and ``user_version`` of a new, empty database.

    A database that already has them (or has tables of another kind) is left alone. Call outside
    a transaction and before switching to WAL, so the header reaches the main file at once.
    """
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    n_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if n_tables == 0:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {USER_VERSION}")


def init_metadata(conn: sqlite3.Connection) -> None:
    """Create the GeoPackage metadata tables (inside the caller's transaction)."""
    for ddl in _METADATA_DDL:
        conn.execute(ddl)
    conn.executemany("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", _SRS_ROWS)


def create_table(
    conn: sqlite3.Connection,
    table: str,
    columns: Sequence[tuple[str, str]],
    *,
    geometry: str | None = None,
    description: str = "",
) -> None:
    """Create a user table with an integer ``fid`` key and register it in ``gpkg_contents``.

    Parameters
    ----------
    conn
        Open connection, inside a write transaction.
    table
        Table name.
    columns
        ``(name, declared type)`` pairs, using GeoPackage type names (TEXT, INTEGER, DOUBLE, ...).
    geometry
        Geometry type name (e.g. ``"POINT"``) for a feature table with a ``geom`` column in
        EPSG:4326, or None for an attribute table.
    description
        Description stored in ``gpkg_contents``.
    """
    cols = ['"fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL']
    if geometry is not None:
        cols.append(f'"geom" {geometry}')
    cols += [f"{quote(name)} {decl}" for name, decl in columns]
    conn.execute(f"CREATE TABLE IF NOT EXISTS {quote(table)} ({', '.join(cols)})")
    data_type = "features" if geometry is not None else "attributes"
    conn.execute(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, ?, ?, ?, ?)",
        (table, data_type, table, description, SRS_ID if geometry is not None else None),
    )
    if geometry is not None:
        conn.execute(
            "INSERT OR IGNORE INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
            (table, geometry, SRS_ID),
        )


def touch(conn: sqlite3.Connection, table: str) -> None:
    """Record a change of ``table`` in ``gpkg_contents.last_change``."""
    conn.execute("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?", (now_iso(), table))


def encode_points(lon: NDArray[np.float64], lat: NDArray[np.float64]) -> list[bytes | None]:
    """Encode lon/lat arrays as GeoPackage binary points; a missing coordinate gives None (SQL NULL)."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    ok = np.isfinite(lon) & np.isfinite(lat)
    out: list[bytes | None] = [None] * len(lon)
    if ok.any():
        wkbs = shapely.to_wkb(shapely.points(lon[ok], lat[ok]), byte_order=1, flavor="iso")
        for pos, wkb in zip(np.flatnonzero(ok), wkbs, strict=True):
            out[int(pos)] = _HEADER + bytes(wkb)
    return out


def decode_geometry(blob: bytes | None) -> shapely.Geometry | None:
    """Decode one GeoPackage binary geometry (None for SQL NULL).

    Raises
    ------
    ValueError
        When the blob is not GeoPackage binary (wrong magic, unknown envelope or truncated).
    """
    if blob is None:
        return None
    data = bytes(blob)
    if len(data) < 8 or data[:2] != b"GP":
        raise ValueError("not a GeoPackage binary geometry (missing 'GP' magic)")
    flags = data[3]
    envelope = (flags >> 1) & 0x07
    if envelope not in _ENVELOPE_BYTES:
        raise ValueError(f"GeoPackage geometry has an invalid envelope indicator {envelope}")
    start = 8 + _ENVELOPE_BYTES[envelope]
    if flags & 0x10:
        return shapely.Point()
    if len(data) <= start:
        raise ValueError("GeoPackage geometry is truncated")
    return shapely.from_wkb(data[start:])
