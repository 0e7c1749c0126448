"""Interactive Leaflet maps of incidents near a perimeter, built with folium and rendered offline.

:func:`build_map` draws the perimeter, the distance bands, gates, bridges, squares, sit-in sites and
buildings from the gazetteer, and the incidents coloured by ACLED event type with a legend, popups
(date, type, actors, casualties, source, the evidence sentence, distance to the perimeter), the
location-uncertainty radius of imprecise incidents, movement tracks, a time slider, clustering and a
heat map for large sets, and fullscreen, measure and mini-map controls. Every Leaflet and plugin asset
is inlined from the local copies of :mod:`geoincidents.assets`, so the map needs no network; base
tiles are optional and configurable.

This module is the only place where GeoJSON's (lon, lat) order becomes folium's [lat, lon].
Every string that can come from a report, a user file or a user gazetteer goes through
:func:`geoincidents.escape.escape_text` before it reaches HTML.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.plugins import Fullscreen, HeatMap, MeasureControl
from jinja2 import Template
from shapely.geometry import mapping

from geoincidents._crs import WGS84, metric_crs_for, require_crs, transformer
from geoincidents.assets import localize_map
from geoincidents.escape import escape_text
from geoincidents.export import distance_bands
from geoincidents.gazetteer import load_gazetteer, perimeter_feature
from geoincidents.proximity import DEFAULT_BANDS_M, check_proximity

__all__ = [
    "DEFAULT_ATTRIBUTION",
    "DEFAULT_TILES",
    "EVENT_COLORS",
    "IMPRECISE_M",
    "MAX_MARKERS",
    "build_map",
    "event_color",
    "save_map",
]

DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
# ACLED's six event types; anything else (or no type) is drawn grey.
EVENT_COLORS: dict[str, str] = {
    "Protests": "#1f6fd1",
    "Riots": "#f28e2b",
    "Violence against civilians": "#8e44ad",
    "Battles": "#d62728",
    "Explosions/Remote violence": "#8c564b",
    "Strategic developments": "#2ca02c",
}
_OTHER_COLOR = "#6b6b6b"
_JS_UNSAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))
_OTHER_LABEL = "Other / unknown type"
# Beyond this many incidents they are clustered and the heat map is shown by default.
MAX_MARKERS = 300
# An incident is drawn with its uncertainty circle when its radius is at least this (metres) or its
# ACLED geo_precision is 2 or 3 (near a place / only a region known).
IMPRECISE_M = 500.0
_POPUP_LABELS = ("Date", "Type", "Actors", "Casualties", "Place", "Distance to perimeter", "Source", "Status")
_BAND_COLORS = ("#c0392b", "#e67e22", "#f1c40f", "#95a5a6", "#7f8c8d")
_LANDMARK_STYLE: dict[str, tuple[str, str, str]] = {
    # kind: (layer name, folium.Icon colour, Font Awesome icon)
    "gate": ("Gates", "darkred", "door-open"),
    "sit_in": ("Sit-in sites", "orange", "campground"),
    "building": ("Buildings", "cadetblue", "building"),
    "square": ("Squares", "purple", "landmark"),
}


def event_color(event_type: Any) -> str:
    """Return the colour used for an ACLED event type (grey for anything else)."""
    return EVENT_COLORS.get(str(event_type), _OTHER_COLOR) if _present(event_type) else _OTHER_COLOR


def _get(row: Mapping[str, Any], key: str) -> Any:
    """A field of an incident record, None when the column is absent."""
    return row.get(key)


def _present(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return not (isinstance(value, str) and not value.strip())


def _latlon(lon: float, lat: float) -> list[float]:
    """folium's [lat, lon] from GeoJSON's (lon, lat): the one place this swap happens."""
    return [round(float(lat), 7), round(float(lon), 7)]


def _js_json(value: Any) -> str:
    """JSON for embedding in a <script>: no '<', '>', '&' or line separators left raw."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    for raw, esc in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, esc)
    return text


def _fmt_int(value: Any) -> str:
    return str(int(value)) if _present(value) else "not reported"


def _fmt_date(value: Any) -> str:
    if not _present(value):
        return ""
    ts = pd.Timestamp(value)
    return str(ts.date().isoformat() if ts == ts.normalize() else ts.isoformat(sep=" ", timespec="minutes"))


def _fmt_distance(row: Mapping[str, Any]) -> str:
    dist = _get(row, "distance_m")
    if not _present(dist) or not math.isfinite(float(dist)):
        return "unknown (no location)"
    d = float(dist)
    text = f"inside, {abs(d):,.0f} m from the edge" if d < 0 else f"{d:,.0f} m outside"
    unc = _get(row, "uncertainty_m")
    if _present(unc) and float(unc) > 0:
        text += f" (location ± {float(unc):,.0f} m)"
    breach = _get(row, "breach")
    if _present(breach):
        text += f"; inside the perimeter: {escape_text(breach)}"
    return text


def _popup_fields(row: Mapping[str, Any]) -> list[str]:
    """The popup of one incident as escaped values, in the order of ``_POPUP_LABELS`` (after the id).

    The map's script assembles the popup from these on demand, which keeps the page small for large
    sets (the labels and markup are written once, not once per incident).
    """
    e = escape_text
    actors = " / ".join(e(_get(row, c)) for c in ("actor1", "assoc_actor_1", "actor2") if _present(_get(row, c)))
    etype = e(_get(row, "event_type"), missing="unknown type")
    if _present(_get(row, "sub_event_type")):
        etype += f" ({e(_get(row, 'sub_event_type'))})"
    place = e(_get(row, "location"), missing="")
    if _present(_get(row, "landmark_id")):
        place += f" [{e(_get(row, 'relation'), missing='at')} {e(_get(row, 'landmark_id'))}]"
    return [
        e(_get(row, "event_id"), missing=""),
        e(_fmt_date(_get(row, "event_date"))) or "unknown",
        etype,
        actors or "not reported",
        f"{_fmt_int(_get(row, 'fatalities'))} killed, {_fmt_int(_get(row, 'injuries'))} injured",
        place or "not reported",
        _fmt_distance(row),
        e(_get(row, "source"), missing="not reported"),
        e(_get(row, "status"), missing="unverified"),
        e(_get(row, "sentence"), missing=""),
    ]


def _tooltip_text(row: Mapping[str, Any]) -> str:
    parts = [
        escape_text(_get(row, "event_id"), missing="?"),
        escape_text(_get(row, "event_type"), missing="unknown type"),
        escape_text(_fmt_date(_get(row, "event_date")), missing="no date") or "no date",
    ]
    if _present(_get(row, "landmark_id")):
        parts.append(f"{escape_text(_get(row, 'relation'), missing='at')} {escape_text(_get(row, 'landmark_id'))}")
    return " · ".join(parts)


class _IncidentLayer(JSCSSMixin, Layer):
    """All incidents as one Leaflet layer: circle markers, or a marker cluster for large sets."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var map = {{ this._parent.get_name() }};
  if (!map.getPane("giIncidents")) { map.createPane("giIncidents").style.zIndex = 620; }
  // clustering needs a maximum zoom, which a map without base tiles does not have
  if (map.options.maxZoom === undefined) { map.setMaxZoom(19); }
  var items = {{ this.items_json }};
  var group = {% if this.cluster %}L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40,
      chunkedLoading: true}){% else %}L.featureGroup(){% endif %};
  var labels = {{ this.labels_json }};
  function popup(p) {
    var html = '<div class="gi-popup"><b>Incident ' + p[0] + '</b><table style="font-size:12px">';
    for (var i = 0; i < labels.length; i++) {
      html += '<tr><th style="padding-right:6px;vertical-align:top">' + labels[i] + '</th><td>' + p[i + 1] +
        '</td></tr>';
    }
    html += '</table>';
    if (p[labels.length + 1]) {
      html += '<blockquote style="margin:6px 0 0;padding-left:6px;border-left:3px solid #999;' +
        'font-style:italic">' + p[labels.length + 1] + '</blockquote>';
    }
    return html + '</div>';
  }
  var layers = items.map(function (d) {
    var m = L.circleMarker([d.lat, d.lon], {radius: 9, color: "#ffffff", weight: 2.5, fillColor: d.color,
      fillOpacity: 0.95, className: "gi-incident", pane: "giIncidents"});
    m.bindPopup(function () { return popup(d.p); }, {maxWidth: 380});
    m.bindTooltip(d.tooltip);
    m.giDay = d.day;
    return m;
  });
  group.giItems = layers;
  {% if this.cluster %}group.addLayers(layers);{% else %}layers.forEach(function (m) { group.addLayer(m); });{% endif %}
  return group;
})();
{% endmacro %}
"""
    )

    def __init__(self, items: list[dict[str, Any]], *, cluster: bool, name: str) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "IncidentLayer"
        self.items_json = _js_json(items)
        self.labels_json = _js_json(list(_POPUP_LABELS))
        self.cluster = cluster
        if cluster:
            self.default_js = [("markerclusterjs", "asset:markercluster.js")]
            self.default_css = [
                ("markerclustercss", "asset:markercluster.css"),
                ("markerclusterdefaultcss", "asset:markercluster-default.css"),
            ]
        else:
            self.default_js = []
            self.default_css = []


class _DatedLayer(Layer):
    """Dated vector items (uncertainty circles, tracks) that the time slider filters with the incidents."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var items = {{ this.items_json }};
  var group = L.featureGroup();
  group.giItems = items.map(function (d) {
    var layer;
    if (d.kind === "circle") {
      layer = L.circle([d.lat, d.lon], {radius: d.radius, color: d.color, weight: 1, dashArray: "4 4",
        fillColor: d.color, fillOpacity: 0.08, className: "gi-uncertainty", interactive: false});
    } else {
      layer = L.featureGroup([
        L.polyline(d.line, {color: d.color, weight: 3, dashArray: "8 6", className: "gi-track"}),
        L.polyline(d.head, {color: d.color, weight: 3, className: "gi-track-head"}),
        L.circleMarker(d.line[0], {radius: 4, color: d.color, weight: 2, fillOpacity: 0.6})
      ]);
      layer.bindTooltip(d.tooltip);
    }
    layer.giDay = d.day;
    group.addLayer(layer);
    return layer;
  });
  return group;
})();
{% endmacro %}
"""
    )

    def __init__(self, items: list[dict[str, Any]], *, name: str, show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "DatedLayer"
        self.items_json = _js_json(items)


class _TimeSlider(MacroElement):
    """A Leaflet control with a day slider that filters the dated layers (cumulative or one day)."""

    _template = Template(
        """
{% macro header(this, kwargs) %}
<style>
.gi-timeslider {background: rgba(255,255,255,0.95); padding: 6px 10px; border-radius: 6px;
  box-shadow: 0 1px 5px rgba(0,0,0,0.4); font: 12px/1.4 sans-serif; min-width: 260px;}
.gi-timeslider input[type=range] {width: 100%;}
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
  var days = {{ this.days_json }};
  var layers = [{% for name in this.layer_names %}{{ name }}{% if not loop.last %}, {% endif %}{% endfor %}];
  var control = L.control({position: "bottomleft"});
  control.onAdd = function () {
    var div = L.DomUtil.create("div", "gi-timeslider");
    div.innerHTML = '<div><b>Time</b>: <span class="gi-time-label"></span></div>' +
      '<input type="range" class="gi-time-range" min="0" max="' + days.length + '" step="1" value="' +
      days.length + '"><label><input type="checkbox" class="gi-time-only"> only that day</label>';
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    var range = div.querySelector(".gi-time-range");
    var only = div.querySelector(".gi-time-only");
    var label = div.querySelector(".gi-time-label");
    function apply() {
      var i = parseInt(range.value, 10);
      var all = i >= days.length;
      var day = all ? null : days[i];
      label.textContent = all ? "all dates (" + days[0] + " to " + days[days.length - 1] + ")" :
        (only.checked ? day : "up to " + day);
      layers.forEach(function (group) {
        group.giItems.forEach(function (item) {
          var keep = all || (item.giDay !== null && (only.checked ? item.giDay === day : item.giDay <= day));
          var has = group.hasLayer(item);
          if (keep && !has) { group.addLayer(item); } else if (!keep && has) { group.removeLayer(item); }
        });
      });
    }
    range.addEventListener("input", apply);
    only.addEventListener("change", apply);
    apply();
    return div;
  };
  control.addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
"""
    )

    def __init__(self, days: list[str], layer_names: list[str]) -> None:
        super().__init__()
        self._name = "TimeSlider"
        self.days_json = _js_json(days)
        self.layer_names = layer_names


class _Legend(MacroElement):
    """The event-type colour legend (bottom right)."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
(function () {
  var legend = L.control({position: "bottomright"});
  legend.onAdd = function () {
    var div = L.DomUtil.create("div", "gi-legend");
    div.style.cssText = "background:rgba(255,255,255,0.95);padding:6px 10px;border-radius:6px;" +
      "box-shadow:0 1px 5px rgba(0,0,0,0.4);font:12px/1.5 sans-serif";
    div.innerHTML = {{ this.html_json }};
    return div;
  };
  legend.addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
"""
    )

    def __init__(self, entries: list[tuple[str, str, int]], extra: list[str]) -> None:
        super().__init__()
        self._name = "Legend"
        rows = [
            f'<div><span style="display:inline-block;width:12px;height:12px;border-radius:50%;'
            f'background:{color};border:1px solid #1b1b1b;margin-right:6px"></span>{escape_text(label)} ({n})</div>'
            for label, color, n in entries
        ]
        html = "<b>Incidents by event type</b>" + "".join(rows) + "".join(f"<div>{x}</div>" for x in extra)
        self.html_json = _js_json(html)


class _MiniMap(JSCSSMixin):
    """leaflet-minimap showing the perimeter (and the base tiles when configured), usable with no tiles."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
(function () {
  var layers = [L.geoJSON({{ this.perimeter_json }}, {style: {color: "#b03a2e", weight: 2, fillOpacity: 0.2},
    interactive: false})];
  {% if this.tiles %}layers.unshift(L.tileLayer({{ this.tiles_json }}, {minZoom: 0, maxZoom: 13}));{% endif %}
  new L.Control.MiniMap(L.layerGroup(layers), {position: "bottomright", toggleDisplay: true, minimized: false,
    zoomLevelOffset: -3, width: 120, height: 120}).addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
"""
    )

    def __init__(self, perimeter_geojson: dict[str, Any], tiles: str | None) -> None:
        super().__init__()
        self.default_js = [("Control_MiniMap_js", "asset:minimap.js")]
        self.default_css = [("Control_MiniMap_css", "asset:minimap.css")]
        self._name = "MiniMap"
        self.perimeter_json = _js_json(perimeter_geojson)
        self.tiles = tiles
        self.tiles_json = _js_json(tiles or "")


def _as_gazetteer(gazetteer: gpd.GeoDataFrame | str | Path | None) -> gpd.GeoDataFrame:
    return gazetteer if isinstance(gazetteer, gpd.GeoDataFrame) else load_gazetteer(gazetteer)


def _prepare(
    incidents: gpd.GeoDataFrame, perimeter: str, bands_m: Sequence[float], gaz: gpd.GeoDataFrame
) -> gpd.GeoDataFrame:
    require_crs(incidents, what="incidents")
    frame = incidents.to_crs(WGS84) if incidents.crs != WGS84 else incidents
    if not {"distance_m", "inside", "band"}.issubset(frame.columns):
        frame = check_proximity(frame, perimeter, bands_m, gazetteer=gaz)
    geoms = frame.geometry
    ok = ~(geoms.isna() | geoms.is_empty).to_numpy()
    return frame[ok]


def _day(value: Any) -> str | None:
    if not _present(value):
        return None
    ts = pd.Timestamp(value)
    return None if pd.isna(ts) else ts.date().isoformat()


def _imprecise(row: Mapping[str, Any]) -> float:
    """The uncertainty radius to draw for ``row`` (0 when it is precise enough to draw none)."""
    unc = _get(row, "uncertainty_m")
    radius = float(unc) if _present(unc) and math.isfinite(float(unc)) else 0.0
    prec = _get(row, "geo_precision")
    vague = _present(prec) and int(prec) >= 2
    return radius if radius > 0 and (radius >= IMPRECISE_M or vague) else 0.0


def _origin_point(row: Mapping[str, Any], anchors: pd.Series) -> tuple[float, float] | None:
    """(lon, lat) where a moving crowd came from: ``origin_longitude/latitude`` or ``origin_landmark_id``."""
    lon, lat = _get(row, "origin_longitude"), _get(row, "origin_latitude")
    if _present(lon) and _present(lat):
        try:
            return float(lon), float(lat)
        except (TypeError, ValueError):
            return None
    lid = _get(row, "origin_landmark_id")
    if _present(lid) and str(lid) in anchors.index:
        pt = anchors[str(lid)]
        return float(pt.x), float(pt.y)
    return None


def _track_tooltip(row: Mapping[str, Any], where_from: str, day: str | None) -> str:
    e = escape_text
    return (
        f"Movement of {e(_get(row, 'actor1'), missing='a crowd')} from {where_from} "
        f"{e(_get(row, 'relation'), missing='towards')} {e(_get(row, 'location'), missing='this place')} "
        f"({e(day, missing='no date')})"
    )


def _arrow_head(lon0: float, lat0: float, lon1: float, lat1: float) -> list[list[float]]:
    """Two short barbs at (lon1, lat1) pointing along the track, drawn in metres (UTM), as [lat, lon]."""
    crs = metric_crs_for(lon1, lat1)
    fwd, back = transformer(WGS84, crs), transformer(crs, WGS84)
    x0, y0 = fwd.transform(lon0, lat0)
    x1, y1 = fwd.transform(lon1, lat1)
    length = math.hypot(x1 - x0, y1 - y0)
    if length == 0:
        return []
    size = min(150.0, length / 3)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    pts = []
    for angle in (math.radians(25), -math.radians(25)):
        bx = -(ux * math.cos(angle) - uy * math.sin(angle)) * size
        by = -(ux * math.sin(angle) + uy * math.cos(angle)) * size
        pts.append(back.transform(x1 + bx, y1 + by))
    (alon, alat), (blon, blat) = pts
    return [_latlon(alon, alat), _latlon(lon1, lat1), _latlon(blon, blat)]


def _add_gazetteer_layers(fmap: folium.Map, gaz: gpd.GeoDataFrame) -> None:
    e = escape_text
    bridges = gaz[gaz["kind"] == "bridge"]
    if len(bridges):
        group = folium.FeatureGroup(name="Bridges", overlay=True, show=True)
        for _, row in bridges.iterrows():
            for part in shapely.get_parts(row.geometry):
                coords = [_latlon(x, y) for x, y in shapely.get_coordinates(part)]
                folium.PolyLine(
                    coords,
                    color="#34495e",
                    weight=6,
                    opacity=0.85,
                    tooltip=folium.Tooltip(f"Bridge: {e(row['name'])} {e(row['name_ar'])}"),
                    class_name="gi-bridge",
                ).add_to(group)
        group.add_to(fmap)
    for kind, (layer_name, color, icon) in _LANDMARK_STYLE.items():
        subset = gaz[gaz["kind"] == kind]
        if not len(subset):
            continue
        group = folium.FeatureGroup(name=layer_name, overlay=True, show=True)
        for _, row in subset.iterrows():
            pt = row.geometry.representative_point()
            popup = (
                f"<b>{e(row['name'])}</b> <span dir='rtl'>{e(row['name_ar'])}</span><br>"
                f"{e(kind.replace('_', ' '))} · id {e(row['landmark_id'])}<br>"
                f"position ± {float(row['position_uncertainty_m']):,.0f} m<br>"
                f"source: {e(row['source'])}"
            )
            if kind == "sit_in":
                popup += (
                    f"<br>existed {e(_get(row, 'valid_from'), missing='?')} to {e(_get(row, 'valid_to'), missing='?')}"
                )
            folium.Marker(
                _latlon(pt.x, pt.y),
                icon=folium.Icon(color=color, icon=icon, prefix="fa"),
                tooltip=folium.Tooltip(f"{e(layer_name[:-1])}: {e(row['name'])}"),
                popup=folium.Popup(popup, max_width=320),
            ).add_to(group)
        group.add_to(fmap)


def build_map(
    incidents: gpd.GeoDataFrame | None = None,
    *,
    gazetteer: gpd.GeoDataFrame | str | Path | None = None,
    perimeter: str = "green_zone",
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    tiles: str | None = DEFAULT_TILES,
    attribution: str = DEFAULT_ATTRIBUTION,
    tiles_name: str = "Base map",
    max_markers: int = MAX_MARKERS,
    heatmap: bool | None = None,
    time_slider: bool = True,
    height: str = "100%",
    collapsed_layers: bool = False,
) -> folium.Map:
    """Build an interactive map of incidents around a perimeter, with every asset inlined (offline).

    Parameters
    ----------
    incidents
        Incident points (any CRS, set). Proximity columns are computed when missing. Optional columns
        used: the incident schema (CONVENTIONS section 4), ``origin_landmark_id`` or
        ``origin_longitude``/``origin_latitude`` for movement tracks. Rows without a location are left
        off the map.
    gazetteer
        Gazetteer GeoDataFrame or path (default the bundled Baghdad one).
    perimeter
        Perimeter id, name or alias.
    bands_m
        Distance band edges in metres, drawn as rings.
    tiles
        XYZ tile URL template (``{z}/{x}/{y}``), e.g. an in-house tile server; ``None`` for no base
        tiles (every vector layer still shows).
    attribution
        Attribution of the tiles (HTML, trusted: it comes from the caller, not a report).
    tiles_name
        Name of the base layer in the layer control.
    max_markers
        Beyond this many incidents they are clustered and the heat map is shown by default.
    heatmap
        Show the heat-map layer on opening; ``None`` shows it only for large sets (it is always in the
        layer control when there are incidents).
    time_slider
        Add the day slider when the incidents span more than one day.
    height
        CSS height of the map.
    collapsed_layers
        Collapse the layer control into its button (for small map frames, e.g. in the app).

    Returns
    -------
    folium.Map
        Ready to save (:func:`save_map`) or to show with ``streamlit_folium.st_folium``.

    Raises
    ------
    geoincidents.assets.AssetError
        When the offline assets were not fetched (``python -m geoincidents.assets fetch``).
    ValueError
        When ``incidents`` has no CRS.
    """
    gaz = _as_gazetteer(gazetteer)
    feature = perimeter_feature(perimeter, gazetteer=gaz)
    bands = distance_bands(perimeter, bands_m, gazetteer=gaz)
    frame = _prepare(incidents, perimeter, bands_m, gaz) if incidents is not None else None

    minx, miny, maxx, maxy = bands.total_bounds
    if frame is not None and len(frame):
        fx0, fy0, fx1, fy1 = frame.total_bounds
        minx, miny, maxx, maxy = min(minx, fx0), min(miny, fy0), max(maxx, fx1), max(maxy, fy1)
    center_lon, center_lat = feature.geometry.centroid.x, feature.geometry.centroid.y
    fmap = folium.Map(
        location=_latlon(center_lon, center_lat),
        zoom_start=13,
        tiles=None,
        control_scale=True,
        prefer_canvas=False,
        height=height,
    )
    if tiles:
        folium.TileLayer(tiles=tiles, attr=attribution, name=tiles_name, max_zoom=19, overlay=False).add_to(fmap)
    fmap.fit_bounds([_latlon(minx, miny), _latlon(maxx, maxy)])

    e = escape_text
    band_group = folium.FeatureGroup(name="Distance bands", overlay=True, show=True)
    for i, band in enumerate(bands.itertuples(index=False)):
        color = _BAND_COLORS[min(i, len(_BAND_COLORS) - 1)]
        folium.GeoJson(
            mapping(band.geometry),
            style_function=lambda _f, c=color: {"color": c, "weight": 1, "fillColor": c, "fillOpacity": 0.07},
            tooltip=folium.Tooltip(f"{e(band.band)} outside {e(feature['name'])}"),
            interactive=True,
        ).add_to(band_group)
    band_group.add_to(fmap)

    perimeter_geojson = mapping(feature.geometry)
    perim_group = folium.FeatureGroup(name=f"Perimeter: {e(feature['name'])}", overlay=True, show=True)
    folium.GeoJson(
        perimeter_geojson,
        style_function=lambda _f: {"color": "#b03a2e", "weight": 3, "fillColor": "#b03a2e", "fillOpacity": 0.12},
        tooltip=folium.Tooltip(
            f"{e(feature['name'])} {e(feature['name_ar'])} (± {feature['position_uncertainty_m']:g} m)"
        ),
    ).add_to(perim_group)
    perim_group.add_to(fmap)

    _add_gazetteer_layers(fmap, gaz)

    legend_extra = [
        f'<span style="color:#b03a2e">&#9632;</span> perimeter; rings at {", ".join(f"{b:g}" for b in bands_m)} m',
    ]
    if frame is not None and len(frame):
        _add_incident_layers(fmap, frame, gaz, max_markers=max_markers, heatmap=heatmap, time_slider=time_slider)
        counts = frame["event_type"].map(lambda t: str(t) if _present(t) and str(t) in EVENT_COLORS else _OTHER_LABEL)
        entries = [(t, EVENT_COLORS[t], int((counts == t).sum())) for t in EVENT_COLORS if (counts == t).any()]
        if (counts == _OTHER_LABEL).any():
            entries.append((_OTHER_LABEL, _OTHER_COLOR, int((counts == _OTHER_LABEL).sum())))
        legend_extra.append("dashed circle: location uncertainty")
        _Legend(entries, legend_extra).add_to(fmap)
    else:
        _Legend([], [*legend_extra, "no incidents to show"]).add_to(fmap)

    Fullscreen(position="topleft", title="Full screen", title_cancel="Leave full screen").add_to(fmap)
    MeasureControl(
        position="topleft",
        primary_length_unit="meters",
        secondary_length_unit="kilometers",
        primary_area_unit="sqmeters",
    ).add_to(fmap)
    _MiniMap(perimeter_geojson, tiles).add_to(fmap)
    folium.LayerControl(position="topright", collapsed=collapsed_layers).add_to(fmap)
    return localize_map(fmap)


def _add_incident_layers(
    fmap: folium.Map,
    frame: gpd.GeoDataFrame,
    gaz: gpd.GeoDataFrame,
    *,
    max_markers: int,
    heatmap: bool | None,
    time_slider: bool,
) -> None:
    lon = frame.geometry.x.to_numpy(dtype=float)
    lat = frame.geometry.y.to_numpy(dtype=float)
    large = len(frame) > max_markers
    markers: list[dict[str, Any]] = []
    circles: list[dict[str, Any]] = []
    tracks: list[dict[str, Any]] = []
    anchors = gaz.set_index("landmark_id").geometry.representative_point()
    records = pd.DataFrame(frame.drop(columns=frame.geometry.name)).to_dict("records")
    for i, row in enumerate(records):
        color = event_color(_get(row, "event_type"))
        day = _day(_get(row, "event_date"))
        markers.append(
            {
                "lat": round(float(lat[i]), 7),
                "lon": round(float(lon[i]), 7),
                "color": color,
                "day": day,
                "p": _popup_fields(row),
                "tooltip": _tooltip_text(row),
            }
        )
        radius = _imprecise(row)
        if radius > 0:
            circles.append(
                {
                    "kind": "circle",
                    "lat": markers[-1]["lat"],
                    "lon": markers[-1]["lon"],
                    "radius": radius,
                    "color": color,
                    "day": day,
                }
            )
        origin = _origin_point(row, anchors)
        if origin is not None:
            olon, olat = origin
            where_from = escape_text(_get(row, "origin_landmark_id"), missing="the reported origin")
            tracks.append(
                {
                    "kind": "track",
                    "line": [_latlon(olon, olat), _latlon(lon[i], lat[i])],
                    "head": _arrow_head(olon, olat, float(lon[i]), float(lat[i])),
                    "color": color,
                    "day": day,
                    "tooltip": _track_tooltip(row, where_from, day),
                }
            )
    dated: list[Layer] = []
    if circles:
        # hundreds of overlapping circles hide the map: for large sets the layer starts switched off
        layer = _DatedLayer(circles, name=f"Location uncertainty ({len(circles)})", show=not large)
        layer.add_to(fmap)
        dated.append(layer)
    if tracks:
        layer = _DatedLayer(tracks, name=f"Movement tracks ({len(tracks)})")
        layer.add_to(fmap)
        dated.append(layer)
    incidents_layer = _IncidentLayer(markers, cluster=large, name=f"Incidents ({len(markers)})")
    incidents_layer.add_to(fmap)
    dated.append(incidents_layer)
    show_heat = large if heatmap is None else heatmap
    HeatMap(
        np.column_stack([lat, lon]).round(6).tolist(),
        name="Density (heat map)",
        show=show_heat,
        overlay=True,
        radius=18,
        blur=15,
        min_opacity=0.3,
    ).add_to(fmap)
    days = sorted({m["day"] for m in markers if m["day"] is not None})
    if time_slider and len(days) > 1:
        _TimeSlider(days, [layer.get_name() for layer in dated]).add_to(fmap)


def save_map(fmap: folium.Map, path: str | Path) -> Path:
    """Write a map as one standalone HTML file (assets inlined: it opens with no network)."""
    out = Path(path)
    html = fmap.get_root().render()
    from geoincidents.export import _atomic_write_text

    _atomic_write_text(out, html)
    return out
