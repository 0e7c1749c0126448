"""How the maps look: colours, outlines and layer names shared by the map, its legend and the app.

One place for each style decision, so that the map, its legend and the app's charts agree
(``docs/conventions.md``, "Maps and the app").
"""

from __future__ import annotations

from typing import Any

from geoincidents.maps._text import OTHER_TYPE, present

__all__ = [
    "ALERT_COLOR",
    "BAND_COLORS",
    "BRIDGE_COLOR",
    "CLUSTER_MAX",
    "DENSITY_COLORS",
    "DENSITY_LEVELS",
    "EVENT_COLORS",
    "IMPRECISE_M",
    "LANDMARK_STYLE",
    "MAX_MARKERS",
    "OTHER_COLOR",
    "OTHER_LABEL",
    "PANES",
    "PERIMETER_COLOR",
    "POINTS_MAX",
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
OTHER_LABEL = OTHER_TYPE
PERIMETER_COLOR = "#b03a2e"
# The outline of an alert incident (inside the perimeter or within the first band, certainly or possibly).
ALERT_COLOR = "#e8000b"
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
# Gazetteer kinds drawn as markers: kind -> (layer name, folium.Icon colour, Font Awesome icon). Gates are
# drawn above the incidents (Leaflet's marker pane), the others under them (pane giLandmarks).
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
# How many incidents are drawn how (``docs/maps.md``, "Large data"):
# - up to MAX_MARKERS: one marker each;
# - up to CLUSTER_MAX: clustered (a cluster opens into its markers as you zoom in);
# - beyond CLUSTER_MAX: a hexagon density layer, aggregated in Python, is shown instead of points; the
#   points stay in the layer control (switched off, drawn on one canvas) up to POINTS_MAX;
# - beyond POINTS_MAX: only the density layer (and the alert incidents): the file stays a few MB.
MAX_MARKERS = 300
CLUSTER_MAX = 5_000
POINTS_MAX = 50_000
# The density layer's hexagons: (smallest zoom at which the level is shown, hexagon width in metres
# across flats). One level per zoom range keeps each hexagon about 15-40 pixels wide on screen.
DENSITY_LEVELS: tuple[tuple[int, float], ...] = ((0, 1600.0), (12, 800.0), (13, 400.0), (14, 200.0), (15, 100.0))
# Sequential colours for incidents per km2 (light to dark), cool hues: the warm ones are the perimeter's
# and the distance bands'.
DENSITY_COLORS: tuple[str, ...] = ("#edf8fb", "#bfd3e6", "#9ebcda", "#8c96c6", "#8c6bb1", "#88419d", "#6e016b")
# Leaflet panes and their z-index (Leaflet's own: tiles 200, overlays 400, markers 600, tooltips 650,
# popups 700). The band and perimeter fills and the density hexagons lie under everything else; the
# bridges, uncertainty circles, tracks and heat map in Leaflet's overlay pane; the sit-in sites, buildings
# and squares (they must not hide an incident); the incidents; the band and perimeter outlines (only their
# lines catch the mouse, so an incident inside the perimeter can still be clicked); the gates (Leaflet's
# marker pane); and on top the alert incidents, which often sit on the perimeter's line, at a gate.
PANES: dict[str, int] = {
    "giAreas": 350,
    "giDensity": 380,
    "giLandmarks": 440,
    "giIncidents": 450,
    "giOutlines": 580,
    "giAlerts": 620,
}
# An incident is drawn with its uncertainty circle when its radius is at least this (metres) or its
# ACLED geo_precision is 2 or 3 (near a place / only a region known).
IMPRECISE_M = 500.0


def event_color(event_type: Any) -> str:
    """Return the colour used for an ACLED event type (grey for anything else)."""
    return EVENT_COLORS.get(str(event_type), OTHER_COLOR) if present(event_type) else OTHER_COLOR
