"""The audit trail: every change to an incident, append-only and tamper-evident.

Each row records who, when, which incident and field, before, after and why, plus two hashes:
``prev_hash`` (the ``row_hash`` of the row before it; for the first row, the store's genesis hash)
and ``row_hash`` (:func:`audit_row_hash` of ``prev_hash`` and the row's content). Triggers refuse
UPDATE and DELETE on the table and any INSERT that does not link to the last row, so the trail can
only grow, through this module. :meth:`AuditTrail.verify` recomputes the chain and replays the
statuses; the head hash it returns, kept elsewhere, also shows a chain rebuilt from scratch.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from geoincidents.store import _gpkg
from geoincidents.store._db import Database
from geoincidents.store._schema import AUDIT_CHAIN_COLUMNS, AUDIT_COLUMNS, MARKER_TABLE, TRIGGERS, object_name
from geoincidents.store._values import text_or_none

__all__ = ["AuditCheck", "audit_row_hash", "genesis_hash"]

GENESIS_KEY = "audit_genesis"
Change = tuple[str | None, Any, Any]
"""One changed field: ``(field, before, after)``; ``(None, None, None)`` for an action without a field."""
_COLUMNS_SQL = ", ".join(_gpkg.quote(c) for c in AUDIT_COLUMNS)


def genesis_hash(store_id: str) -> str:
    """The ``prev_hash`` of a store's first audit row: a hash of the store's id."""
    return hashlib.sha256(f"geoincidents audit genesis\x1f{store_id}".encode()).hexdigest()


def audit_row_hash(prev_hash: str, values: Sequence[Any]) -> str:
    """The hash of one audit row: SHA-256 of the previous row's hash and the row's values.

    ``values`` are the row's :data:`AUDIT_COLUMNS` as stored (text or None), in that order; they are
    written as one JSON array after ``prev_hash`` and a newline.
    """
    content = json.dumps([None if v is None else str(v) for v in values], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{content}".encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class AuditCheck:
    """What :meth:`AuditTrail.verify` found.

    Attributes
    ----------
    ok
        True when every link holds, every status replays and the append-only triggers are in place.
    rows
        Number of audit rows checked.
    head
        The hash of the whole trail as it is now (the last row's hash, recomputed from the genesis):
        keep a copy elsewhere; a trail rewritten and re-hashed from scratch gives another head.
    first_broken
        ``fid`` of the first row whose content or link does not match its hashes (None: none).
    problems
        Every problem found, in words, first broken link first.
    """

    ok: bool
    rows: int
    head: str
    first_broken: int | None = None
    problems: list[str] = field(default_factory=list)


class AuditTrail:
    """The ``audit`` table of one store file."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def genesis(conn: sqlite3.Connection) -> str:
        """The store's genesis hash, from its marker table."""
        row = conn.execute(
            f'SELECT "value" FROM {_gpkg.quote(MARKER_TABLE)} WHERE "key" = ?', (GENESIS_KEY,)
        ).fetchone()
        if row is None:
            raise RuntimeError(f"{MARKER_TABLE} has no {GENESIS_KEY}: the store was not opened through geoincidents")
        return str(row[0])

    @classmethod
    def head(cls, conn: sqlite3.Connection) -> str:
        """The hash the next row links to: the last row's ``row_hash``, or the genesis hash."""
        row = conn.execute('SELECT "row_hash" FROM "audit" ORDER BY "fid" DESC LIMIT 1').fetchone()
        return str(row[0]) if row is not None and row[0] is not None else cls.genesis(conn)

    @classmethod
    def append(
        cls,
        conn: sqlite3.Connection,
        event_id: str | None,
        action: str,
        analyst: str,
        reason: str | None,
        changes: Sequence[Change],
    ) -> None:
        """Record one action, one row per changed field, chained to the last row (inside the caller's transaction)."""
        now = _gpkg.now_iso()
        prev = cls.head(conn)
        rows = []
        for name, before, after in changes:
            values = (now, analyst, event_id, action, name, text_or_none(before), text_or_none(after), reason)
            row_hash = audit_row_hash(prev, values)
            rows.append((*values, prev, row_hash))
            prev = row_hash
        columns = ", ".join(_gpkg.quote(c) for c in (*AUDIT_COLUMNS, *AUDIT_CHAIN_COLUMNS))
        conn.executemany(f'INSERT INTO "audit" ({columns}) VALUES ({", ".join("?" * 10)})', rows)
        _gpkg.touch(conn, "audit")

    @staticmethod
    def chain_unhashed(conn: sqlite3.Connection, genesis: str) -> int:
        """Hash the rows of a trail written before the chain existed; return how many.

        Used by an upgrade, before the triggers exist.
        """
        rows = conn.execute(f'SELECT "fid", {_COLUMNS_SQL} FROM "audit" ORDER BY "fid"').fetchall()
        prev = genesis
        for fid, *values in rows:
            row_hash = audit_row_hash(prev, values)
            conn.execute('UPDATE "audit" SET "prev_hash" = ?, "row_hash" = ? WHERE "fid" = ?', (prev, row_hash, fid))
            prev = row_hash
        return len(rows)

    def read(self, event_id: str | None = None) -> pd.DataFrame:
        """The trail (oldest first), for one incident or all."""
        sql = f'SELECT {_COLUMNS_SQL} FROM "audit"'
        params: tuple[Any, ...] = ()
        if event_id is not None:
            sql += ' WHERE "event_id" = ?'
            params = (event_id,)
        frame = pd.DataFrame(self.db.read(sql + ' ORDER BY "fid"', params), columns=list(AUDIT_COLUMNS))
        frame["at"] = pd.to_datetime(frame["at"], utc=True, format="ISO8601")
        return frame

    def verify(self) -> AuditCheck:
        """Check the whole trail: every hash and link, the statuses it replays to, the triggers.

        Reads only; reports the first broken link and every other problem found.
        """
        with self.db.lock:
            conn = self.db.conn
            genesis = self.genesis(conn)
            rows = conn.execute(f'SELECT "fid", {_COLUMNS_SQL}, "prev_hash", "row_hash" FROM "audit" ORDER BY "fid"')
            head, first, problems = _check_chain(rows.fetchall(), genesis)
            n_rows = int(conn.execute('SELECT count(*) FROM "audit"').fetchone()[0])
            problems += _check_replay(conn) + _check_triggers(conn)
        return AuditCheck(not problems, n_rows, head, first, problems)


def _check_chain(rows: list[tuple[Any, ...]], genesis: str) -> tuple[str, int | None, list[str]]:
    """Recompute the chain: the head as the content gives it, the first broken row, the problems."""
    problems: list[str] = []
    first: int | None = None
    stored_prev, recomputed = genesis, genesis
    for fid, *rest in rows:
        values, prev_hash, row_hash = rest[: len(AUDIT_COLUMNS)], rest[-2], rest[-1]
        found = []
        if prev_hash != stored_prev:
            found.append(f"audit row {fid}: its link does not match the row before it (a row removed or inserted)")
        if row_hash != audit_row_hash(str(prev_hash), values):
            found.append(f"audit row {fid}: its content does not match its hash (the row was changed)")
        if found and first is None:
            first = int(fid)
        problems += found
        recomputed = audit_row_hash(recomputed, values)
        stored_prev = row_hash
    return recomputed, first, problems


def _check_replay(conn: sqlite3.Connection) -> list[str]:
    """Every incident has a creation record and the status its trail ends with; nothing was deleted."""
    last = dict(
        conn.execute(
            'SELECT "event_id", "after" FROM "audit" WHERE "fid" IN (SELECT max("fid") FROM "audit" '
            'WHERE "field" = \'status\' AND "event_id" IS NOT NULL GROUP BY "event_id")'
        ).fetchall()
    )
    stored = dict(conn.execute('SELECT "event_id", "status" FROM "incidents"').fetchall())
    problems = []
    for event_id, status in stored.items():
        if event_id not in last:
            problems.append(f"incident {event_id}: no creation record in the audit trail")
        elif status != last[event_id]:
            problems.append(
                f"incident {event_id}: status {status!r}, but its audit trail ends with {last[event_id]!r} "
                "(changed outside the store)"
            )
    problems += [
        f"incident {eid}: in the audit trail but not in the incidents table (deleted)"
        for eid in sorted(set(last) - set(stored))
    ]
    return problems


def _check_triggers(conn: sqlite3.Connection) -> list[str]:
    present = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    missing = [object_name(ddl) for ddl in TRIGGERS if object_name(ddl) not in present]
    return [f"the append-only trigger(s) {missing} are missing (removed outside the store)"] if missing else []
