"""The incident store: a GeoPackage of incidents with review status, audit trail and alerts.

- :mod:`~geoincidents.store.incident_store`: :class:`IncidentStore`
- :mod:`~geoincidents.store.alerts`: alert rules and their evaluation
- :mod:`~geoincidents.store.watch`: ingesting a folder of reports into a store
- :mod:`~geoincidents.store._gpkg`: the GeoPackage tables written through sqlite3
"""

from geoincidents.store.alerts import ALERT_COLUMNS, AlertRule, empty_alerts, evaluate_alerts, format_alert, load_rules
from geoincidents.store.incident_store import (
    AUDIT_COLUMNS,
    STORE_COLUMNS,
    AddResult,
    IncidentStore,
    StoreBusyError,
    StoreError,
    default_report_id,
)

__all__ = [
    "ALERT_COLUMNS",
    "AUDIT_COLUMNS",
    "STORE_COLUMNS",
    "AddResult",
    "AlertRule",
    "IncidentStore",
    "StoreBusyError",
    "StoreError",
    "default_report_id",
    "empty_alerts",
    "evaluate_alerts",
    "format_alert",
    "load_rules",
]
