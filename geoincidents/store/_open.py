"""Opening a store file: only a file the store created, a new file, or an empty one.

Before anything is written (not even the journal mode), the file is looked at read-only and
classified (:func:`inspect_file`):

``missing`` / ``empty``
    No file, a 0-byte file, or an SQLite database with no schema at all: made into a store (only
    when creating; the app never creates one).
``store``
    Marked by the ``geoincidents_store`` table (format and schema version): opened.
``v1``
    A store made by geoincidents before the marker existed (the six store tables with their
    columns, in a GeoPackage): upgraded in one transaction (marker, audit hash chain over the
    existing rows, alert outbox, triggers), the upgrade itself recorded in the audit trail.

Anything else (a GeoPackage of another program, another SQLite database, a text file) is refused
with a :class:`~geoincidents.errors.StoreError` and left byte for byte as it was.
"""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from pathlib import Path
from typing import Literal

from geoincidents.errors import StoreError
from geoincidents.store import _gpkg, _schema
from geoincidents.store._audit import GENESIS_KEY, AuditTrail, genesis_hash
from geoincidents.store._db import Database, store_error

__all__: list[str] = []

FileKind = Literal["missing", "empty", "store", "v1"]
_SQLITE_MAGIC = b"SQLite format 3\x00"
_UNCHANGED = "nothing was changed"


def _refuse(path: Path, why: str) -> StoreError:
    return StoreError(
        f"{path} is not an incident store: {why}. The store opens only files it created, or new or empty "
        f"files; {_UNCHANGED} (give a new file name for a new store)"
    )


def _read_only(path: Path, timeout_s: float) -> sqlite3.Connection:
    """A read-only connection that cannot change the file (no journal-mode switch, no header write)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=timeout_s, isolation_level=None)


def _classify(conn: sqlite3.Connection, path: Path) -> FileKind:
    objects = {str(r[0]): str(r[1]) for r in conn.execute("SELECT name, type FROM sqlite_master")}
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if not objects:
        if app_id not in (0, _gpkg.APPLICATION_ID):
            raise _refuse(path, f"an empty SQLite file of another program (application_id {app_id:#x})")
        return "empty"
    if objects.get(_schema.MARKER_TABLE) == "table":
        fmt = conn.execute(
            f'SELECT "value" FROM {_gpkg.quote(_schema.MARKER_TABLE)} WHERE "key" = \'format\''
        ).fetchone()
        if fmt is not None and fmt[0] == _schema.FORMAT:
            return "store"
    tables = [name for name, kind in objects.items() if kind == "table" and not name.startswith("sqlite_")]
    if "gpkg_contents" in objects and all(
        not _schema.missing_columns(conn, table, _schema.v1_columns(table)) for table in _schema.TABLES
    ):
        return "v1"
    kind = "a GeoPackage" if "gpkg_contents" in objects else "an SQLite database"
    own = sorted(t for t in tables if not t.startswith(("gpkg_", "rtree_")))
    shown = ", ".join(own[:8]) + (" ..." if len(own) > 8 else "") or "only GeoPackage metadata"
    raise _refuse(path, f"{kind} made by another program (tables: {shown})")


def inspect_file(path: Path, timeout_s: float = 5.0) -> FileKind:
    """Classify ``path`` without writing to it (see the module docstring); refuse what is not ours.

    Raises
    ------
    StoreError
        When ``path`` is a folder, not an SQLite file, or an SQLite/GeoPackage file of another program.
    """
    if not path.exists():
        return "missing"
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a GeoPackage file; {_UNCHANGED}")
    with path.open("rb") as fh:
        magic = fh.read(len(_SQLITE_MAGIC))
    if not magic:
        return "empty"
    if magic != _SQLITE_MAGIC:
        raise _refuse(path, "not an SQLite database (a GeoPackage is one)")
    try:
        with closing(_read_only(path, timeout_s)) as conn:
            return _classify(conn, path)
    except sqlite3.Error as exc:
        err = store_error(path, exc, timeout_s)
        raise (err if err is not exc else _refuse(path, f"SQLite cannot read it ({exc})")) from exc


def _new_marker(conn: sqlite3.Connection) -> str:
    """Write the marker rows of a new (or upgraded) store; return its genesis hash."""
    store_id = uuid.uuid4().hex
    genesis = genesis_hash(store_id)
    rows = [
        ("format", _schema.FORMAT),
        ("schema_version", str(_schema.SCHEMA_VERSION)),
        ("store_id", store_id),
        ("created_at", _gpkg.now_iso()),
        (GENESIS_KEY, genesis),
    ]
    conn.executemany(f'INSERT INTO {_gpkg.quote(_schema.MARKER_TABLE)} ("key", "value") VALUES (?, ?)', rows)
    return genesis


def _marked(conn: sqlite3.Connection) -> bool:
    """Whether the store's marker is already there (another process created or upgraded it meanwhile)."""
    if _schema.missing_columns(conn, _schema.MARKER_TABLE, _schema.MARKER_SPEC[1]):
        return False
    row = conn.execute(f'SELECT 1 FROM {_gpkg.quote(_schema.MARKER_TABLE)} WHERE "key" = ?', (GENESIS_KEY,))
    return row.fetchone() is not None


def _create(db: Database) -> None:
    with db.transaction() as conn:
        if _marked(conn):
            return
        _schema.create_tables(conn)
        _new_marker(conn)


def _upgrade_v1(db: Database) -> None:
    """Make a schema-1 store a schema-2 one, in one transaction, and say so in the audit trail."""
    with db.transaction() as conn:
        if _marked(conn):
            return
        for table, columns in _schema.ADDED_IN_V2.items():
            for name in _schema.missing_columns(conn, table, tuple((c, "") for c in columns)):
                decl = dict(_schema.TABLES[table][1])[name]
                conn.execute(f"ALTER TABLE {_gpkg.quote(table)} ADD COLUMN {_gpkg.quote(name)} {decl}")
        conn.execute('UPDATE "alerts" SET "emitted_at" = "created_at" WHERE "emitted_at" IS NULL')
        _gpkg.create_table(conn, _schema.MARKER_TABLE, _schema.MARKER_SPEC[1], description=_schema.MARKER_SPEC[2])
        n_rows = AuditTrail.chain_unhashed(conn, _new_marker(conn))
        for ddl in (*_schema.INDEXES, *_schema.TRIGGERS):
            conn.execute(ddl)
        reason = (
            f"store upgraded to schema {_schema.SCHEMA_VERSION}: the {n_rows} earlier audit row(s) were hashed "
            "into the chain at this point (their integrity before it cannot be shown); alerts already stored "
            "count as emitted"
        )
        AuditTrail.append(conn, None, "upgrade", "system", reason, [(None, None, None)])


def _check_store(db: Database) -> None:
    """Check an opened store's version and columns; put back missing indexes or triggers (and audit that)."""
    version = db.read(f'SELECT "value" FROM {_gpkg.quote(_schema.MARKER_TABLE)} WHERE "key" = \'schema_version\'')
    if not version or int(version[0][0]) > _schema.SCHEMA_VERSION:
        found = version[0][0] if version else "none"
        raise StoreError(
            f"{db.path}: made by a newer geoincidents (schema {found}, this one reads {_schema.SCHEMA_VERSION}); "
            f"{_UNCHANGED}"
        )
    for table, (_, columns, _) in _schema.TABLES.items():
        missing = _schema.missing_columns(db.conn, table, columns)
        if missing:
            raise StoreError(f"{db.path}: table {table!r} lacks the store's columns {missing[:6]}; {_UNCHANGED}")
    present = {str(r[0]) for r in db.read("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')")}
    indexes = [ddl for ddl in _schema.INDEXES if _schema.object_name(ddl) not in present]
    triggers = [ddl for ddl in _schema.TRIGGERS if _schema.object_name(ddl) not in present]
    if not indexes and not triggers:
        return  # the usual case: opening writes nothing
    with db.transaction() as conn:
        for ddl in (*indexes, *triggers):
            conn.execute(ddl)
        if triggers:
            names = [_schema.object_name(ddl) for ddl in triggers]
            reason = f"the store's append-only trigger(s) {names} were missing (removed outside geoincidents); put back"
            AuditTrail.append(conn, None, "integrity", "system", reason, [(None, None, None)])


def open_database(path: Path, timeout_s: float, *, create: bool = True) -> Database:
    """Open ``path`` as a store file: create, upgrade or check it (see the module docstring).

    Raises
    ------
    FileNotFoundError
        When the file is missing and ``create`` is False.
    StoreError
        When the file is not a store (nothing written to it), or cannot be read or written.
    """
    kind = inspect_file(path, timeout_s)
    if kind == "missing" and not create:
        raise FileNotFoundError(f"incident store not found: {path}")
    if kind == "empty" and not create:
        raise StoreError(f"{path} holds no incident store (an empty file); {_UNCHANGED}")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = Database(path, timeout_s)
    except sqlite3.Error as exc:
        err = store_error(path, exc, timeout_s)
        raise (err if err is not exc else StoreError(f"{path}: cannot open: {exc}")) from exc
    try:
        if kind in ("missing", "empty"):
            # GDAL reads the GeoPackage header fields straight from the file, so they are written
            # before the journal becomes a write-ahead log (where they would wait for a checkpoint).
            _gpkg.init_header(db.conn)
        db.use_wal()
        if kind in ("missing", "empty"):
            _create(db)
        elif kind == "v1":
            _upgrade_v1(db)
        else:
            _check_store(db)
    except BaseException:
        db.conn.close()
        raise
    return db
