"""The ``ingested_files`` table: which files ``geoincidents watch`` has ingested (or failed on)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from geoincidents.store import _gpkg
from geoincidents.store._db import Database
from geoincidents.store._schema import INGEST_COLUMNS

__all__: list[str] = []


class IngestLog:
    """The ``ingested_files`` table of one store file, keyed by path and content hash."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def is_ingested(self, path: str | Path, sha256: str) -> bool:
        """Whether a file with this path and content hash was already ingested (or failed)."""
        rows = self.db.read(
            'SELECT 1 FROM "ingested_files" WHERE "path" = ? AND "sha256" = ? LIMIT 1', (str(path), sha256)
        )
        return bool(rows)

    def record(
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
        values = (str(path), sha256, int(size), n_reports, n_incidents, n_alerts, error, _gpkg.now_iso())
        with self.db.transaction() as conn:
            conn.execute(
                f'INSERT OR REPLACE INTO "ingested_files" ({", ".join(_gpkg.quote(c) for c in INGEST_COLUMNS)}) '
                f"VALUES ({', '.join('?' * len(INGEST_COLUMNS))})",
                values,
            )
            _gpkg.touch(conn, "ingested_files")

    def files(self) -> pd.DataFrame:
        """The table (path, sha256, size, counts, error, processed_at), oldest first."""
        sql = f'SELECT {", ".join(_gpkg.quote(c) for c in INGEST_COLUMNS)} FROM "ingested_files" ORDER BY "fid"'
        return pd.DataFrame(self.db.read(sql), columns=list(INGEST_COLUMNS))
