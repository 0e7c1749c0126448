"""Review status: a named analyst moves an incident along the review state machine, with a reason.

The state machine (``docs/store.md``)::

    unverified -> verified | disputed | rejected     (first review)
    verified   -> disputed                           (a verification is challenged, never silently undone)
    disputed   -> verified | rejected | unverified   (the dispute is settled, or withdrawn)
    rejected   -> unverified                         (reopened on new evidence; reviewed again from the start)

Every incident enters the store ``unverified``; every change needs an analyst's name and a reason,
and is written to the audit trail in the same transaction.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from geoincidents.schema import STATUSES, Status
from geoincidents.store import _gpkg
from geoincidents.store._audit import AuditTrail
from geoincidents.store._db import Database

__all__ = ["MAX_ANALYST_CHARS", "MAX_REASON_CHARS", "STATUS_TRANSITIONS", "named_analyst", "review_reason"]

STATUS_TRANSITIONS: Mapping[Status, tuple[Status, ...]] = {
    "unverified": ("verified", "disputed", "rejected"),
    "verified": ("disputed",),
    "disputed": ("verified", "rejected", "unverified"),
    "rejected": ("unverified",),
}
"""The review state machine: for each status, the statuses an analyst may move an incident to."""
MAX_ANALYST_CHARS = 100
MAX_REASON_CHARS = 2000


def _has_control(text: str, allowed: str = "") -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text)


def named_analyst(analyst: object, where: str) -> str:
    """The analyst's name, trimmed; a ValueError unless it is a real name.

    A name is non-blank text of at most :data:`MAX_ANALYST_CHARS` characters, on one line, without
    control characters.
    """
    if not isinstance(analyst, str) or not analyst.strip():
        raise ValueError(f"{where}: a named analyst is required")
    name = analyst.strip()
    if len(name) > MAX_ANALYST_CHARS:
        raise ValueError(f"{where}: the analyst's name is longer than {MAX_ANALYST_CHARS} characters")
    if _has_control(name):
        raise ValueError(f"{where}: the analyst's name must be one line without control characters")
    return name


def review_reason(reason: object, where: str) -> str:
    """The reason for a change, trimmed; a ValueError when it is not a real reason.

    A reason is non-blank text of at most :data:`MAX_REASON_CHARS` characters, without control
    characters other than line breaks and tabs.
    """
    if not isinstance(reason, str) or not reason.strip():
        raise ValueError(f"{where}: a reason is required")
    text = reason.strip()
    if len(text) > MAX_REASON_CHARS:
        raise ValueError(f"{where}: the reason is longer than {MAX_REASON_CHARS} characters")
    if _has_control(text, allowed="\n\t"):
        raise ValueError(f"{where}: the reason contains control characters")
    return text


def check_transition(event_id: str, before: str | None, after: str) -> None:
    """Raise a ValueError naming the allowed moves when ``before -> after`` is not in :data:`STATUS_TRANSITIONS`."""
    current: Status = before if before in STATUS_TRANSITIONS else "unverified"  # type: ignore[assignment]
    allowed = STATUS_TRANSITIONS[current]
    if after not in allowed:
        raise ValueError(
            f"set_status {event_id}: {current} -> {after} is not allowed; "
            f"from {current} an incident can go to {' or '.join(allowed)}"
        )


class Review:
    """Status changes on the ``incidents`` table of one store file."""

    def __init__(self, db: Database, audit: AuditTrail) -> None:
        self.db = db
        self.audit = audit

    def set_status(self, event_id: str, status: str, analyst: str, reason: str) -> bool:
        """Change one incident's status (see :meth:`IncidentStore.set_status`); False when unchanged."""
        if status not in STATUSES:
            raise ValueError(f"set_status: status {status!r} is not one of {list(STATUSES)}")
        name = named_analyst(analyst, "set_status")
        why = review_reason(reason, "set_status")
        with self.db.transaction() as conn:
            row = conn.execute('SELECT "status" FROM "incidents" WHERE "event_id" = ?', (event_id,)).fetchone()
            if row is None:
                raise KeyError(f"no incident {event_id!r} in {self.db.path}")
            current = row[0] or "unverified"
            if current == status:
                return False
            check_transition(event_id, current, status)
            conn.execute(
                'UPDATE "incidents" SET "status" = ?, "updated_at" = ? WHERE "event_id" = ?',
                (status, _gpkg.now_iso(), event_id),
            )
            _gpkg.touch(conn, "incidents")
            self.audit.append(conn, event_id, "status", name, why, [("status", current, status)])
        return True
