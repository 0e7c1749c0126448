"""Report texts (the evidence) and the links from incidents to the reports that support them."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

import pandas as pd

from geoincidents import ids
from geoincidents.store import _gpkg
from geoincidents.store._db import Database
from geoincidents.store._schema import REPORT_COLUMNS
from geoincidents.store._values import sql_value, text_or_none

__all__: list[str] = []

_EVIDENCE_COLUMNS = ("report_id", "source", "incoming_event_id", "sentence", "span_start", "span_end")


class ReportTable:
    """The ``reports`` and ``incident_reports`` tables of one store file."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        text: str,
        published: Any = None,
        source: str | None = None,
        report_id: str | None = None,
        *,
        origin: str | None = None,
    ) -> str:
        """Store a report text once; return the id it is stored under (see :meth:`IncidentStore.add_report`)."""
        if not isinstance(text, str) or not text.strip():
            raise ValueError("add_report: text must be a non-empty string")
        sha = ids.content_digest(text)
        rid = str(report_id if report_id is not None and str(report_id).strip() else ids.report_id(text))
        try:
            published_sql = sql_value("published", None if published is None else pd.Timestamp(published))
        except (ValueError, TypeError) as exc:
            raise ValueError(f"add_report {rid}: published {published!r} is not a date") from exc
        with self.db.transaction() as conn:
            row = conn.execute('SELECT "sha256" FROM "reports" WHERE "report_id" = ?', (rid,)).fetchone()
            if row is not None:
                if row[0] != sha:
                    raise ValueError(f"add_report: report_id {rid!r} already holds a different text in {self.db.path}")
                return rid
            same = conn.execute('SELECT "report_id" FROM "reports" WHERE "sha256" = ?', (sha,)).fetchone()
            if same is not None:
                return str(same[0])
            conn.execute(
                'INSERT INTO "reports" ("report_id", "text", "source", "published", "sha256", "origin", "added_at") '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (rid, text, text_or_none(source), published_sql, sha, text_or_none(origin), _gpkg.now_iso()),
            )
            _gpkg.touch(conn, "reports")
        return rid

    def sha256(self, report_id: str) -> str | None:
        """The SHA-256 of the text stored under ``report_id`` (None when there is none)."""
        rows = self.db.read('SELECT "sha256" FROM "reports" WHERE "report_id" = ?', (report_id,))
        return str(rows[0][0]) if rows else None

    def by_digest(self, sha256: str) -> str | None:
        """The id of the stored report whose text has this SHA-256 (None when there is none)."""
        rows = self.db.read('SELECT "report_id" FROM "reports" WHERE "sha256" = ? ORDER BY "fid" LIMIT 1', (sha256,))
        return str(rows[0][0]) if rows else None

    def all(self) -> pd.DataFrame:
        """Every stored report, in the order stored."""
        rows = self.db.read(f'SELECT {", ".join(_gpkg.quote(c) for c in REPORT_COLUMNS)} FROM "reports" ORDER BY "fid"')
        frame = pd.DataFrame(rows, columns=list(REPORT_COLUMNS))
        frame["published"] = pd.to_datetime(frame["published"], format="ISO8601").astype("datetime64[ns]")
        return frame

    def evidence(self, event_id: str) -> pd.DataFrame:
        """The reports behind one incident: link columns plus the report's text and publication time."""
        links = ", ".join(f"l.{_gpkg.quote(c)}" for c in _EVIDENCE_COLUMNS)
        rows = self.db.read(
            f'SELECT {links}, r."text", r."published" FROM "incident_reports" l '
            'LEFT JOIN "reports" r ON r."report_id" = l."report_id" WHERE l."event_id" = ? ORDER BY l."fid"',
            (event_id,),
        )
        return pd.DataFrame(rows, columns=[*_EVIDENCE_COLUMNS, "text", "published"])

    @staticmethod
    def link(conn: sqlite3.Connection, event_id: str, rec: Mapping[str, Any]) -> None:
        """Link incident ``event_id`` to the report and incoming incident of ``rec`` (once)."""
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

    @staticmethod
    def linked(conn: sqlite3.Connection, event_id: str, rec: Mapping[str, Any]) -> bool:
        """Whether incident ``event_id`` is already linked to the report and incoming incident of ``rec``."""
        row = conn.execute(
            'SELECT 1 FROM "incident_reports" WHERE "event_id" = ? AND ifnull("report_id", \'\') = ? '
            "AND ifnull(\"incoming_event_id\", '') = ? LIMIT 1",
            (event_id, rec["report_id"] or "", rec["event_id"] or ""),
        ).fetchone()
        return row is not None
