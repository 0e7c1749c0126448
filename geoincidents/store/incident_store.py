"""An incident store in one GeoPackage file: reports, incidents, review status, audit trail and alerts.

The file is a standard GeoPackage (OGC, on SQLite) that GDAL, QGIS and geopandas open as is. Layers:

``incidents`` (points)
    One row per event (the schema's columns, plus ``n_sources``, ``sources``, the proximity to the
    store's perimeter, ``created_at`` and ``updated_at``). Duplicates of one event (same day,
    landmark and event type, or the same ``event_id``) are merged, keeping every source.
``reports`` (attributes)
    The report texts with source, publication time and SHA-256, so every incident links back to
    its evidence through ``incident_reports`` (attributes).
``audit`` (attributes)
    Every change: who, when, which incident and field, before, after, why. Nothing is deleted:
    rejecting an incident is a status.
``alerts`` (points)
    Alerts raised by :mod:`geoincidents.store.alerts` rules on new incidents.
``ingested_files`` (attributes)
    Files already ingested by ``geoincidents watch``, so a restart does not ingest them again.

Every write goes through :mod:`sqlite3` in a ``BEGIN IMMEDIATE`` transaction on a WAL journal with a
busy timeout, so two processes (``watch`` and the app) can write at once without losing a row, and a
process killed mid-write leaves the last committed state. Several calls can be grouped into one
transaction with :meth:`IncidentStore.transaction`.

:class:`IncidentStore` is the one public entry; each job lives in its own module, usable and tested
alone on an open :class:`~geoincidents.store._db.Database`:

- ``_db``: the connection, transactions, reads, closing;
- ``_schema``: the tables, columns and indexes, and creating them;
- ``_reports``: report texts and the incident-to-report links;
- ``_incidents``: checking, measuring, inserting and merging incidents;
- ``_query``: reading incidents back through an :class:`~geoincidents.store.filters.IncidentFilter`;
- ``_review``: status changes; ``_audit``: the audit trail;
- ``_alert_log``: stored alerts; ``_ingest_log``: files ingested by ``watch``; ``_export``: layers and CSV.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from geoincidents import ids
from geoincidents.errors import StoreBusyError, StoreError, StoreFullError, StoreIOError
from geoincidents.gazetteer.model import GazetteerLike
from geoincidents.proximity.measure import DEFAULT_BANDS_M, check_proximity
from geoincidents.store import _export, _incidents, _open, _schema
from geoincidents.store._alert_log import AlertLog
from geoincidents.store._audit import AuditCheck, AuditTrail
from geoincidents.store._ingest_log import IngestLog
from geoincidents.store._query import query_incidents
from geoincidents.store._reports import ReportTable
from geoincidents.store._review import STATUS_TRANSITIONS, Review, named_analyst, review_reason
from geoincidents.store._schema import AUDIT_COLUMNS, STORE_COLUMNS
from geoincidents.store.alerts import AlertRule, empty_alerts, evaluate_alerts
from geoincidents.store.filters import IncidentFilter

__all__ = [
    "AUDIT_COLUMNS",
    "STATUS_TRANSITIONS",
    "STORE_COLUMNS",
    "AddResult",
    "AuditCheck",
    "IncidentStore",
    "StoreBusyError",
    "StoreError",
    "StoreFullError",
    "StoreIOError",
    "default_report_id",
]

_BUSY_TIMEOUT_S = 60.0
_SYSTEM = "system"


@dataclass
class AddResult:
    """What :meth:`IncidentStore.add_incidents` did.

    Attributes
    ----------
    added
        Event ids of the incidents inserted as new.
    merged
        Event ids of stored incidents that a duplicate was merged into (one entry per duplicate).
    unchanged
        Event ids of stored incidents given again with the same evidence (nothing written).
    alerts
        Alerts raised on the new incidents (columns of :data:`geoincidents.store.alerts.ALERT_COLUMNS`),
        only those not already stored.
    """

    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    alerts: gpd.GeoDataFrame | None = None


def default_report_id(text: str) -> str:
    """Return the id a report gets when none is given (:func:`geoincidents.ids.report_id`)."""
    return ids.report_id(text)


class IncidentStore:
    """An incident store in a GeoPackage file, created when missing.

    Parameters
    ----------
    path
        The ``.gpkg`` file. Only a file this package created is opened (a store made by an earlier
        version is upgraded); a missing or empty file becomes a new store when ``create`` is True.
        Any other file (another program's GeoPackage or database) is refused with
        :class:`StoreError` and left byte for byte as it was: the check reads the file read-only,
        before anything (even the journal mode) is written.
    perimeter
        Perimeter whose distance, band and breach are stored with each incident (and exported).
    bands_m
        Band edges in metres for the stored ``band``.
    gazetteer
        Gazetteer GeoDataFrame or path (default the bundled Baghdad one).
    timeout_s
        How long a writer waits for another process's transaction to finish before failing.
    create
        Create the store when the file is missing or empty (default); with False a missing file
        raises :class:`FileNotFoundError` and an empty one :class:`StoreError`.

    Notes
    -----
    One object holds one SQLite connection, guarded by a lock, so it may be shared between threads
    (as Streamlit does); separate processes each open their own. Close it with :meth:`close` or use
    it as a context manager.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        perimeter: str = "green_zone",
        bands_m: Sequence[float] = DEFAULT_BANDS_M,
        gazetteer: GazetteerLike = None,
        timeout_s: float = _BUSY_TIMEOUT_S,
        create: bool = True,
    ) -> None:
        self.path = Path(path)
        self.perimeter = perimeter
        self.bands_m = tuple(float(b) for b in bands_m)
        self.gazetteer = gazetteer
        self.timeout_s = float(timeout_s)
        self._db = _open.open_database(self.path, self.timeout_s, create=create)
        self._audit = AuditTrail(self._db)
        self._reports = ReportTable(self._db)
        self._incidents = _incidents.IncidentTable(self._reports, self._audit)
        self._review = Review(self._db, self._audit)
        self._alerts = AlertLog(self._db)
        self._ingested = IngestLog(self._db)

    # -- connection and transactions ---------------------------------------------------------

    def checkpoint(self) -> None:
        """Copy committed transactions from the write-ahead log into the main file.

        Until then a copy of the ``.gpkg`` alone (without its ``-wal`` file) lacks them; ``watch``
        checkpoints after each poll that ingested something.
        """
        self._db.checkpoint()

    def close(self) -> None:
        """Checkpoint, and when no other process has the store open, leave it a single plain file.

        The last one out switches the journal back from WAL to the default rollback journal, so
        the ``.gpkg`` can be copied, mailed or opened read-only as is; the next writer switches
        it to WAL again.
        """
        self._db.close()

    def __enter__(self) -> IncidentStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"IncidentStore({str(self.path)!r})"

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Group writes into one atomic transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``).

        Nested uses join the outer transaction; an exception rolls everything back.
        """
        with self._db.transaction() as conn:
            yield conn

    # -- reports ------------------------------------------------------------------------------

    def add_report(
        self,
        text: str,
        published: Any = None,
        source: str | None = None,
        report_id: str | None = None,
        *,
        origin: str | None = None,
    ) -> str:
        """Store a report text; return the id it is stored under.

        Parameters
        ----------
        text
            The report as received.
        published
            Publication date/time (anything :class:`pandas.Timestamp` reads), or None.
        source
            The outlet or person the report comes from.
        report_id
            Id to store it under; default :func:`geoincidents.ids.report_id` of the text.
        origin
            Where it came from (e.g. the file path), kept for the record.

        Returns
        -------
        str
            The report id. A text already stored (same SHA-256) is not stored twice: its existing
            id is returned.

        Raises
        ------
        ValueError
            When ``text`` is empty, ``published`` is not a date, or ``report_id`` already holds a
            different text.
        """
        return self._reports.add(text, published, source, report_id, origin=origin)

    def report_sha256(self, report_id: str) -> str | None:
        """Return the SHA-256 of the text stored under ``report_id`` (None when there is none)."""
        return self._reports.sha256(report_id)

    def report_by_digest(self, sha256: str) -> str | None:
        """Return the id of the stored report whose text has this SHA-256 (None when the text is new).

        The watcher asks this before extracting, so the same text under two file names is one report.
        """
        return self._reports.by_digest(sha256)

    def reports(self) -> pd.DataFrame:
        """Return every stored report (report_id, text, source, published, sha256, origin, added_at)."""
        return self._reports.all()

    def evidence(self, event_id: str) -> pd.DataFrame:
        """Return the reports behind one incident: link columns plus the report's text and metadata."""
        return self._reports.evidence(event_id)

    # -- incidents ----------------------------------------------------------------------------

    def _measure(self, incidents: pd.DataFrame) -> gpd.GeoDataFrame:
        return check_proximity(incidents, self.perimeter, self.bands_m, gazetteer=self.gazetteer)

    def add_incidents(
        self,
        frame: pd.DataFrame,
        *,
        rules: Sequence[AlertRule] = (),
        analyst: str = _SYSTEM,
        reason: str | None = None,
    ) -> AddResult:
        """Add incidents, merging duplicates of one event, in one transaction.

        Parameters
        ----------
        frame
            Incidents with the schema's columns (a DataFrame with latitude/longitude, or a
            GeoDataFrame of points with a CRS). Missing ``event_id`` values are derived from the
            evidence. Every incident enters ``unverified``: a ``status`` in the input is a claim,
            recorded in the audit reason, not applied (review goes through :meth:`set_status`).
        rules
            Alert rules evaluated on the incidents that are new to the store; their alerts are
            stored in the same transaction.
        analyst
            Who adds them (recorded in the audit table): a name, as for :meth:`set_status`.
        reason
            Recorded in the audit table (default: the report id).

        Returns
        -------
        AddResult
            Ids added, ids merged into, alerts raised.

        Notes
        -----
        An incident is a duplicate of a stored one when it has the same ``event_id``, or the same
        day, ``landmark_id`` and ``event_type`` (ACLED's one event per day per place). The stored
        incident keeps its values, gains the values it was missing, the higher confidence and the
        new source; ``n_sources`` counts its distinct sources and every change is audited.
        """
        analyst = named_analyst(analyst, "add_incidents")
        reason = None if reason is None else review_reason(reason, "add_incidents")
        recs = _incidents.records(_incidents.prepare(frame, self._measure))
        with self._db.transaction() as conn:
            outcome = self._incidents.add(conn, recs, analyst, reason)
            alerts = empty_alerts()
            if rules and outcome.added:
                raised = evaluate_alerts(self.query(event_ids=outcome.added), rules, gazetteer=self.gazetteer)
                alerts = self._alerts.insert(conn, raised)
        return AddResult(outcome.added, outcome.merged, outcome.unchanged, alerts)

    def query(self, flt: IncidentFilter | None = None, /, **fields: Any) -> gpd.GeoDataFrame:
        """Return the stored incidents that pass a filter (none: every incident).

        Parameters
        ----------
        flt
            An :class:`~geoincidents.store.filters.IncidentFilter`, the same type the app filters
            with, so a selection means the same thing in both: None fields do not restrict, an empty
            collection matches nothing, undated incidents pass a date range unless
            ``include_undated=False``, actors match exactly (case ignored), a missing status is
            ``unverified``.
        **fields
            Or the filter's fields directly (``date_from=..., event_types=[...], statuses=[...]``).

        Returns
        -------
        geopandas.GeoDataFrame
            The schema's columns typed as :func:`geoincidents.schema.coerce_incidents` does, then
            ``n_sources``, ``sources`` (a JSON list), the stored proximity columns, ``created_at``
            and ``updated_at``; point geometry in EPSG:4326; ordered by date, then insertion.
        """
        if flt is not None and fields:
            raise TypeError("query: give an IncidentFilter or its fields, not both")
        return query_incidents(self._db, flt if flt is not None else IncidentFilter(**fields))

    def get(self, event_id: str) -> pd.Series:
        """Return one incident as a Series.

        Raises
        ------
        KeyError
            When the store holds no incident with that id.
        """
        found = self.query(event_ids=[event_id])
        if found.empty:
            raise KeyError(f"no incident {event_id!r} in {self.path}")
        return found.iloc[0]

    # -- review and audit ---------------------------------------------------------------------

    def set_status(self, event_id: str, status: str, analyst: str, reason: str) -> bool:
        """Move an incident along the review state machine, recording who, when, before, after and why.

        Parameters
        ----------
        event_id
            The incident.
        status
            One of ``unverified``, ``verified``, ``disputed``, ``rejected``, reachable from the
            current status by :data:`STATUS_TRANSITIONS`: unverified -> verified / disputed /
            rejected; verified -> disputed; disputed -> verified / rejected / unverified;
            rejected -> unverified.
        analyst
            Who makes the change: a name (trimmed; non-blank, one line, at most 100 characters).
        reason
            Why (trimmed; non-blank, at most 2000 characters).

        Returns
        -------
        bool
            True when the status changed; False when it already had that status (nothing written).

        Raises
        ------
        ValueError
            Unknown status, a move the state machine does not allow, or a missing analyst or reason.
        KeyError
            No incident with that id.
        """
        return self._review.set_status(event_id, status, analyst, reason)

    def audit(self, event_id: str | None = None) -> pd.DataFrame:
        """Return the audit trail (oldest first), for one incident or all."""
        return self._audit.read(event_id)

    def verify_audit(self) -> AuditCheck:
        """Check that the audit trail is whole: every row's hash and link, the statuses, the triggers.

        Returns
        -------
        AuditCheck
            ``ok``, the number of rows, the ``head`` hash of the whole trail (keep it elsewhere: a
            trail rewritten and re-hashed from scratch gives another), the ``fid`` of the first
            broken row and every problem in words (see ``docs/store.md``).
        """
        return self._audit.verify()

    # -- alerts -------------------------------------------------------------------------------

    def add_alerts(self, alerts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        """Store alerts from :func:`geoincidents.store.alerts.evaluate_alerts`; return the ones that were new."""
        return self._alerts.add(alerts)

    def alerts(self, limit: int | None = None) -> gpd.GeoDataFrame:
        """Return stored alerts, newest first (at most ``limit``)."""
        return self._alerts.read(limit)

    def pending_alerts(self) -> gpd.GeoDataFrame:
        """Return the alerts not yet emitted by ``geoincidents watch``, oldest first (the outbox)."""
        return self._alerts.pending()

    def mark_alerts_emitted(self, alert_ids: Sequence[str]) -> None:
        """Record that these alerts were emitted (printed and written to the alerts file)."""
        with self._db.transaction() as conn:
            self._alerts.mark_emitted(conn, list(alert_ids))

    # -- ingested files (for geoincidents watch) ---------------------------------------------

    def is_ingested(self, path: str | Path, sha256: str) -> bool:
        """Return whether a file with this path and content hash was already ingested."""
        return self._ingested.is_ingested(path, sha256)

    def record_ingest(
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
        self._ingested.record(
            path, sha256, size=size, n_reports=n_reports, n_incidents=n_incidents, n_alerts=n_alerts, error=error
        )

    def ingested_files(self) -> pd.DataFrame:
        """Return the ingested-files table (path, sha256, size, counts, error, processed_at)."""
        return self._ingested.files()

    # -- summaries and export -----------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Return the number of rows of each store table."""
        return _schema.counts(self._db)

    def export_layers(self, out_dir: str | Path, **filters: Any) -> dict[str, Path]:
        """Write the GeoJSON map layers with the (filtered) stored incidents, plus an ``alerts`` layer.

        ``filters`` are those of :meth:`query`. Returns layer name to path, as
        :func:`geoincidents.io.geojson.export_layers` does.
        """
        return _export.export_layers(self, out_dir, **filters)

    def to_csv(self, path: str | Path, **filters: Any) -> Path:
        """Write the (filtered) stored incidents as CSV with :func:`geoincidents.io.incidents.write_incidents`."""
        return _export.to_csv(self, path, **filters)
