"""Review status: an analyst changes an incident's status, with a reason, and the change is audited."""

from __future__ import annotations

from geoincidents.schema import STATUSES
from geoincidents.store import _gpkg
from geoincidents.store._audit import AuditTrail
from geoincidents.store._db import Database

__all__: list[str] = []


class Review:
    """Status changes on the ``incidents`` table of one store file."""

    def __init__(self, db: Database, audit: AuditTrail) -> None:
        self.db = db
        self.audit = audit

    def set_status(self, event_id: str, status: str, analyst: str, reason: str) -> bool:
        """Change one incident's status (see :meth:`IncidentStore.set_status`); False when unchanged."""
        if status not in STATUSES:
            raise ValueError(f"set_status: status {status!r} is not one of {list(STATUSES)}")
        if not isinstance(analyst, str) or not analyst.strip():
            raise ValueError("set_status: a named analyst is required")
        if not isinstance(reason, str) or not reason.strip():
            raise ValueError("set_status: a reason is required")
        with self.db.transaction() as conn:
            row = conn.execute('SELECT "status" FROM "incidents" WHERE "event_id" = ?', (event_id,)).fetchone()
            if row is None:
                raise KeyError(f"no incident {event_id!r} in {self.db.path}")
            if row[0] == status:
                return False
            conn.execute(
                'UPDATE "incidents" SET "status" = ?, "updated_at" = ? WHERE "event_id" = ?',
                (status, _gpkg.now_iso(), event_id),
            )
            _gpkg.touch(conn, "incidents")
            self.audit.append(conn, event_id, "status", analyst.strip(), reason.strip(), [("status", row[0], status)])
        return True
