"""How the maps look: colours, outlines and layer names shared by the map, its legend and the app.

One place for each style decision, so that the map, its legend and the app's charts agree
(``docs/conventions.md``, "Maps and the app").
"""

from __future__ import annotations

from typing import Any

from geoincidents.maps._text import present

__all__ = [
    "BAND_COLORS",
    "BRIDGE_COLOR",
    "CLUSTER_MAX",
    "EVENT_COLORS",
    "IMPRECISE_M",
    "LANDMARK_STYLE",
    "MAX_MARKERS",
    "OTHER_COLOR",
    "OTHER_LABEL",
    "PERIMETER_COLOR",
    "POPUP_LABELS",
    "STATUS_STYLE",
    "event_color",
]

# ACLED's six event types; anything else (or no type) is drawn grey.
EVENT_COLORS: dict[str, str] = {
    "Protests": "#1f6fd1",
    "Riots": "#f28e2b",
    "Violence against civilians": "#8e44ad",
    "Battles": "#d62728",
    "Explosions/Remote violence": "#8c564b",
    "Strategic developments": "#2ca02c",
}
OTHER_COLOR = "#6b6b6b"
OTHER_LABEL = "Other / unknown type"
PERIMETER_COLOR = "#b03a2e"
BRIDGE_COLOR = "#34495e"
# Distance rings from the nearest to the farthest; rings past the last colour reuse it.
BAND_COLORS: tuple[str, ...] = ("#c0392b", "#e67e22", "#f1c40f", "#95a5a6", "#7f8c8d")
# Review status as the marker's outline: (outline colour, dash pattern or "", fill opacity).
STATUS_STYLE: dict[str, tuple[str, str, float]] = {
    "unverified": ("#ffffff", "", 0.95),
    "verified": ("#111111", "", 0.95),
    "disputed": ("#111111", "3 3", 0.8),
    "rejected": ("#777777", "2 4", 0.3),
}
# Gazetteer kinds drawn as markers: kind -> (layer name, folium.Icon colour, Font Awesome icon).
LANDMARK_STYLE: dict[str, tuple[str, str, str]] = {
    "gate": ("Gates", "darkred", "door-open"),
    "sit_in": ("Sit-in sites", "orange", "campground"),
    "building": ("Buildings", "cadetblue", "building"),
    "square": ("Squares", "purple", "landmark"),
}
# The rows of an incident's popup, between its title (the event id) and the evidence sentence.
POPUP_LABELS: tuple[str, ...] = (
    "Date",
    "Type",
    "Actors",
    "Casualties",
    "Place",
    "Distance to perimeter",
    "Source",
    "Status",
)
# Beyond this many incidents they are clustered and the heat map is shown by default.
MAX_MARKERS = 300
# Beyond this many incidents (and beyond max_markers) clustering costs more than it helps: every
# incident is drawn on one canvas instead (no DOM element per incident) and the heat map shows density.
CLUSTER_MAX = 10_000
# An incident is drawn with its uncertainty circle when its radius is at least this (metres) or its
# ACLED geo_precision is 2 or 3 (near a place / only a region known).
IMPRECISE_M = 500.0


def event_color(event_type: Any) -> str:
    """Return the colour used for an ACLED event type (grey for anything else)."""
    return EVENT_COLORS.get(str(event_type), OTHER_COLOR) if present(event_type) else OTHER_COLOR
