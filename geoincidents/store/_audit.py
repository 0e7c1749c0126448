"""The audit trail: every change to an incident, with who, when, which field, before, after and why."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

import pandas as pd

from geoincidents.store import _gpkg
from geoincidents.store._db import Database
from geoincidents.store._schema import AUDIT_COLUMNS
from geoincidents.store._values import text_or_none

__all__: list[str] = []

Change = tuple[str | None, Any, Any]
"""One changed field: ``(field, before, after)``; ``(None, None, None)`` for an action without a field."""


class AuditTrail:
    """The ``audit`` table of one store file."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def append(
        self,
        conn: sqlite3.Connection,
        event_id: str,
        action: str,
        analyst: str,
        reason: str | None,
        changes: Sequence[Change],
    ) -> None:
        """Record one action on an incident, one row per changed field (inside the caller's transaction)."""
        now = _gpkg.now_iso()
        conn.executemany(
            'INSERT INTO "audit" ("at", "analyst", "event_id", "action", "field", "before", "after", "reason") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(now, analyst, event_id, action, f, text_or_none(b), text_or_none(a), reason) for f, b, a in changes],
        )
        _gpkg.touch(conn, "audit")

    def read(self, event_id: str | None = None) -> pd.DataFrame:
        """The trail (oldest first), for one incident or all."""
        sql = f'SELECT {", ".join(_gpkg.quote(c) for c in AUDIT_COLUMNS)} FROM "audit"'
        params: tuple[Any, ...] = ()
        if event_id is not None:
            sql += ' WHERE "event_id" = ?'
            params = (event_id,)
        frame = pd.DataFrame(self.db.read(sql + ' ORDER BY "fid"', params), columns=list(AUDIT_COLUMNS))
        frame["at"] = pd.to_datetime(frame["at"], utc=True, format="ISO8601")
        return frame
