"""The review workflow as the analyst app uses it, on an incident store file (the CLI's is ``geoincidents review``).

Each function opens the store, does one thing and closes it, so the app holds no connection between
reruns and never blocks ``geoincidents watch`` writing to the same file. The store itself is
:class:`geoincidents.store.incident_store.IncidentStore`; this module only shapes its answers for display.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geoincidents.config import env_var, load_config
from geoincidents.schema import STATUSES
from geoincidents.store.filters import IncidentFilter
from geoincidents.store.incident_store import IncidentStore

__all__ = [
    "RECENT_ALERT_COLUMNS",
    "STORE_ENV",
    "change_status",
    "filter_by_status",
    "incident_history",
    "load_store_incidents",
    "recent_alerts",
    "status_counts",
    "store_path_from_env",
]

STORE_ENV = env_var("store")
RECENT_ALERT_COLUMNS: tuple[str, ...] = (
    "created_at",
    "certainty",
    "rule_id",
    "event_id",
    "event_date",
    "event_type",
    "location",
    "distance_m",
    "message",
)


def store_path_from_env(environ: Mapping[str, str] | None = None) -> str:
    """Return the configured store path (``GEOINCIDENTS_STORE``, else ``store`` in ``geoincidents.toml``; '' when none).

    Read through :func:`geoincidents.config.load_config`, the one place that answers which store.
    """
    store = load_config(environ=environ).store
    return "" if store is None else str(store)


def _open(path: str | Path) -> IncidentStore:
    return IncidentStore(path, create=False)


def load_store_incidents(path: str | Path) -> gpd.GeoDataFrame:
    """Return every incident of the store at ``path`` (rejected ones included; filter by status).

    Raises
    ------
    FileNotFoundError
        When there is no store file at ``path`` (the app never creates one by accident).
    geoincidents.store.incident_store.StoreError
        When the file is not an incident store.
    """
    with _open(path) as store:
        return store.query()


def filter_by_status(frame: pd.DataFrame, statuses: Sequence[str]) -> pd.DataFrame:
    """Return the rows whose ``status`` is in ``statuses`` (all rows when none are picked); missing = unverified.

    A thin use of :class:`~geoincidents.store.filters.IncidentFilter` (its status rule), for the
    app's status picker where an empty choice means no restriction.
    """
    if not statuses:
        return frame
    result: pd.DataFrame = IncidentFilter(statuses=statuses).apply(frame)
    return result


def status_counts(frame: pd.DataFrame) -> pd.Series:
    """Return the number of incidents per status, in the order of :data:`geoincidents.schema.STATUSES`."""
    status = frame["status"].fillna("unverified") if "status" in frame else pd.Series("unverified", frame.index)
    counts = status.value_counts()
    return pd.Series([int(counts.get(s, 0)) for s in STATUSES], index=list(STATUSES), name="incidents")


def change_status(path: str | Path, event_id: str, status: str, analyst: str, reason: str) -> str:
    """Change one incident's status in the store; return a one-line account of what happened.

    Raises
    ------
    ValueError
        Unknown status, or missing analyst or reason.
    KeyError
        No such incident in the store.
    """
    with _open(path) as store:
        before = str(store.get(event_id)["status"])
        changed = store.set_status(event_id, status, analyst, reason)
    if not changed:
        return f"{event_id} is already {status}; nothing changed."
    return f"{event_id}: {before} -> {status}, by {analyst.strip()} ({reason.strip()})."


def incident_history(path: str | Path, event_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return an incident's audit trail (oldest first) and the reports behind it."""
    with _open(path) as store:
        return store.audit(event_id), store.evidence(event_id)


def recent_alerts(path: str | Path, limit: int = 20) -> pd.DataFrame:
    """Return the store's most recent alerts (newest first) with the columns the app lists."""
    with _open(path) as store:
        alerts = store.alerts(limit=limit)
    table = pd.DataFrame(alerts.drop(columns=alerts.geometry.name))
    table["distance_m"] = table["distance_m"].round(0)
    return table[list(RECENT_ALERT_COLUMNS)].reset_index(drop=True)
