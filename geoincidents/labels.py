"""The names a person reads: column titles for tables on screen, and landmarks by name instead of id.

Data files keep the machine column names of the incident record (``distance_min_m``, ``landmark_id``,
``docs/conventions.md``); only what is shown to a person (the app's tables, the command line's
listings) is renamed, with :func:`column_title` / :func:`for_display`, in one place. A landmark is
shown by its gazetteer name (:func:`landmark_name`), never by its id.

Importing this module is cheap (no pandas): the command line imports it before any data is read.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from geoincidents.gazetteer.model import GazetteerLike

__all__ = ["COLUMN_TITLES", "column_title", "for_display", "landmark_name", "landmark_phrase", "terminal_text"]

COLUMN_TITLES: Mapping[str, str] = {
    "event_id": "Event id",
    "event_date": "Date",
    "time_precision": "Date precision",
    "event_type": "Event type",
    "sub_event_type": "Sub-event type",
    "actor1": "Actor",
    "assoc_actor_1": "Associated actor",
    "actor2": "Other actor",
    "location": "Place (as reported)",
    "landmark_id": "Landmark id",
    "landmark": "Landmark",
    "relation": "Relation to the landmark",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "geo_precision": "Location precision",
    "uncertainty_m": "Location uncertainty (m)",
    "fatalities": "Fatalities",
    "injuries": "Injuries",
    "source": "Source",
    "sources": "Sources",
    "n_sources": "Number of sources",
    "sentence": "Evidence",
    "notes": "Notes",
    "confidence": "Confidence",
    "status": "Review status",
    "perimeter_id": "Perimeter",
    "distance_m": "Distance (m)",
    "distance_min_m": "Distance (min, m)",
    "distance_max_m": "Distance (max, m)",
    "inside": "Inside (centre point)",
    "band": "Distance band",
    "breach": "Inside the perimeter",
    "nearest_gate_id": "Nearest gate",
    "gate_distance_m": "Distance to the nearest gate (m)",
    "alert": "Alert level",
    "alert_id": "Alert id",
    "rule_id": "Rule",
    "certainty": "Certainty",
    "threshold_m": "Rule distance (m)",
    "message": "Alert",
    "created_at": "Raised at",
    "updated_at": "Updated at",
    "emitted": "Emitted",
    "at": "When",
    "analyst": "Analyst",
    "action": "Change",
    "field": "Field",
    "before": "Before",
    "after": "After",
    "reason": "Reason",
    "incidents": "Incidents",
}
"""Display title of each machine column name (the incident record, the proximity columns, alerts, the audit trail)."""


def column_title(name: str) -> str:
    """The title a person reads for a column: :data:`COLUMN_TITLES`, else the name with spaces, capitalised.

    Examples
    --------
    >>> column_title("distance_min_m")
    'Distance (min, m)'
    >>> column_title("some_new_column")
    'Some new column'
    """
    if name in COLUMN_TITLES:
        return COLUMN_TITLES[name]
    text = str(name).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def for_display(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``table`` with its columns titled for a person (values untouched); for screens, never files."""
    return table.rename(columns={c: column_title(str(c)) for c in table.columns})


def landmark_name(landmark_id: Any, *, gazetteer: GazetteerLike = None) -> str | None:
    """The gazetteer name of a landmark id (the id itself when the gazetteer has no such landmark; None when missing).

    Examples
    --------
    >>> landmark_name("us_embassy")
    'Embassy of the United States, Baghdad'
    """
    if landmark_id is None or not isinstance(landmark_id, str) or not landmark_id.strip():
        return None
    return _names(gazetteer).get(landmark_id.strip(), landmark_id.strip())


def landmark_phrase(relation: Any, landmark_id: Any, *, gazetteer: GazetteerLike = None) -> str:
    """``"near Tahrir Square (Liberation Square)"``: the relation and the landmark's name ('' without a landmark)."""
    name = landmark_name(landmark_id, gazetteer=gazetteer)
    if name is None:
        return ""
    rel = relation.strip() if isinstance(relation, str) and relation.strip() else ""
    return f"{rel} {name}".strip()


def _names(gazetteer: GazetteerLike) -> dict[str, str]:
    """Landmark id -> name of a gazetteer (cached with the gazetteer, rebuilt when its file changes)."""
    from geoincidents.gazetteer.model import as_gazetteer

    gaz = as_gazetteer(gazetteer)
    names: dict[str, str] = gaz.derived(
        "landmark_names", lambda g: dict(zip(g.frame["landmark_id"], g.frame["name"], strict=True))
    )
    return names


def terminal_text(text: object) -> str:
    """Text for the terminal: control characters (escape sequences in a file name or report) written as ``\\xNN``."""
    return "".join(f"\\x{ord(ch):02x}" if unicodedata.category(ch) == "Cc" else ch for ch in str(text))
