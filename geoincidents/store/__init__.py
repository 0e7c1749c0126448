"""The incident store: a GeoPackage of incidents with review status, audit trail and alerts.

- :mod:`~geoincidents.store.incident_store`: :class:`IncidentStore`, composed of one module per job
  (``_db``, ``_open``, ``_schema``, ``_reports``, ``_incidents``, ``_query``, ``_review``, ``_audit``,
  ``_alert_log``, ``_ingest_log``, ``_export``)
- :mod:`~geoincidents.store.alerts`: alert rules and their evaluation
- :mod:`~geoincidents.store.watch`: ingesting a folder of reports into a store (``_folder``: reading it
  without leaving it)
- :mod:`~geoincidents.store.filters`: :class:`IncidentFilter`
- :mod:`~geoincidents.store._gpkg`: the GeoPackage tables written through sqlite3

The rules (tables, review state machine, audit trail, watcher) are in ``docs/store.md``.

The names below are imported on first use, so that a light module of this package (the watcher's
limits in ``_folder``, which the command line's help quotes) loads without pandas or geopandas.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geoincidents.store.alerts import (
        ALERT_COLUMNS,
        AlertRule,
        empty_alerts,
        evaluate_alerts,
        format_alert,
        load_rules,
    )
    from geoincidents.store.incident_store import (
        AUDIT_COLUMNS,
        STATUS_TRANSITIONS,
        STORE_COLUMNS,
        AddResult,
        AuditCheck,
        IncidentStore,
        StoreBusyError,
        StoreError,
        StoreFullError,
        StoreIOError,
        default_report_id,
    )

_ALERTS = ("ALERT_COLUMNS", "AlertRule", "empty_alerts", "evaluate_alerts", "format_alert", "load_rules")

__all__ = [
    "ALERT_COLUMNS",
    "AUDIT_COLUMNS",
    "STATUS_TRANSITIONS",
    "STORE_COLUMNS",
    "AddResult",
    "AlertRule",
    "AuditCheck",
    "IncidentStore",
    "StoreBusyError",
    "StoreError",
    "StoreFullError",
    "StoreIOError",
    "default_report_id",
    "empty_alerts",
    "evaluate_alerts",
    "format_alert",
    "load_rules",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'geoincidents.store' has no attribute {name!r}")
    module = "geoincidents.store.alerts" if name in _ALERTS else "geoincidents.store.incident_store"
    return getattr(importlib.import_module(module), name)
