"""Interactive Leaflet maps of incidents near a perimeter, built with folium and rendered offline.

:func:`build_map` draws the perimeter, the distance bands, gates, bridges, squares, sit-in sites and
buildings from the gazetteer, and the incidents coloured by ACLED event type with a legend, popups
(date, type, actors, casualties, source, the evidence sentence, distance to the perimeter), the
location-uncertainty radius of imprecise incidents, movement tracks, a time slider, clustering and a
heat map for large sets, and fullscreen, measure and mini-map controls. Every Leaflet and plugin asset
is inlined from the local copies of :mod:`geoincidents.maps.assets`, so the map needs no network; base
tiles are optional and configurable.

This module is the only place where GeoJSON's (lon, lat) order becomes folium's [lat, lon].
Every string that can come from a report, a user file or a user gazetteer goes through
:func:`geoincidents.maps.escape.escape_text` before it reaches HTML.
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
from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.plugins import Fullscreen, HeatMap, MeasureControl
from jinja2 import Template
from shapely.geometry import mapping

from geoincidents._crs import WGS84, metric_crs_for, require_crs, transformer
from geoincidents.gazetteer.load import perimeter_feature
from geoincidents.gazetteer.model import GazetteerLike, as_gazetteer
from geoincidents.io.geojson import distance_bands
from geoincidents.maps.assets import localize_map
from geoincidents.maps.escape import escape_text
from geoincidents.proximity.certainty import DEFAULT_BANDS_M, location_uncertainty
from geoincidents.proximity.measure import check_proximity

__all__ = [
    "CLUSTER_MAX",
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
# Beyond this many incidents (and beyond max_markers) clustering costs more than it helps: every
# incident is drawn on one canvas instead (no DOM element per incident) and the heat map shows density.
CLUSTER_MAX = 10_000
# An incident is drawn with its uncertainty circle when its radius is at least this (metres) or its
# ACLED geo_precision is 2 or 3 (near a place / only a region known).
IMPRECISE_M = 500.0
# Review status as the marker's outline: (outline colour, dash pattern or "", fill opacity).
_STATUS_STYLE: dict[str, tuple[str, str, float]] = {
    "unverified": ("#ffffff", "", 0.95),
    "verified": ("#111111", "", 0.95),
    "disputed": ("#111111", "3 3", 0.8),
    "rejected": ("#777777", "2 4", 0.3),
}
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


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column of ``frame``, all missing when the column is absent."""
    if name in frame.columns:
        return frame[name]
    return pd.Series([None] * len(frame), index=frame.index, dtype=object)


def _per_unique(values: pd.Series, func: Any) -> np.ndarray:
    """``func`` applied once per distinct value (and once to None for missing ones), spread to every row."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    mapped = np.empty(len(uniques) + 1, dtype=object)
    mapped[:] = [*(func(u) for u in uniques), func(None)]
    out: np.ndarray = mapped[codes]
    return out


def _numbers(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name not in frame.columns:
        return np.full(len(frame), np.nan)
    out: np.ndarray = pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    return out


def _radius(frame: pd.DataFrame) -> np.ndarray:
    """Each row's location radius by the one certainty policy (stated, else from geo_precision; NaN unknown)."""
    return location_uncertainty(_numbers(frame, "uncertainty_m"), _numbers(frame, "geo_precision"), n=len(frame))


def _distance_texts(frame: pd.DataFrame) -> list[str]:
    """The popup's distance line of every row: signed distance, location radius and breach certainty."""
    dist, unc = _numbers(frame, "distance_m"), _radius(frame)
    breach = _column(frame, "breach")
    breach_text = _per_unique(breach, lambda v: f"; inside the perimeter: {escape_text(v)}" if _present(v) else "")
    out = []
    for d, u, b in zip(dist.tolist(), unc.tolist(), breach_text.tolist(), strict=True):
        if not math.isfinite(d):
            out.append("unknown (no location)")
            continue
        text = f"inside, {abs(d):,.0f} m from the edge" if d < 0 else f"{d:,.0f} m outside"
        if u > 0:  # NaN compares False
            text += f" (location ± {u:,.0f} m)"
        out.append(text + b)
    return out


def _popup_columns(frame: pd.DataFrame) -> dict[str, list[Any]]:
    """The popup and tooltip of every incident as escaped text, column by column.

    Keys ``p0`` (event id) to ``p9`` (evidence sentence), in the order of ``_POPUP_LABELS`` between
    them, and ``tt``, the tooltip after the event id. Every report-derived value is escaped with
    :func:`geoincidents.maps.escape.escape_text`; each distinct value is escaped once, which keeps this fast
    for tens of thousands of incidents (the map's script assembles the popup from these on click).
    """

    def esc(name: str, missing: str = "") -> np.ndarray:
        return _per_unique(_column(frame, name), lambda v: escape_text(v, missing=missing))

    def present(name: str) -> np.ndarray:
        return _per_unique(_column(frame, name), _present).astype(bool)

    dates = _column(frame, "event_date")
    date_text = _per_unique(dates, lambda v: escape_text(_fmt_date(v)))
    actors = [esc(c) for c in ("actor1", "assoc_actor_1", "actor2")]
    actors_ok = [present(c) for c in ("actor1", "assoc_actor_1", "actor2")]
    etype, sub, sub_ok = esc("event_type", "unknown type"), esc("sub_event_type"), present("sub_event_type")
    place, lm, lm_ok, rel = esc("location"), esc("landmark_id"), present("landmark_id"), esc("relation", "at")
    fat = _per_unique(_column(frame, "fatalities"), _fmt_int)
    inj = _per_unique(_column(frame, "injuries"), _fmt_int)
    n = len(frame)
    p_actor, p_type, p_place, p_cas, tooltips = [], [], [], [], []
    for i in range(n):
        p_actor.append(" / ".join(a[i] for a, ok in zip(actors, actors_ok, strict=True) if ok[i]) or "not reported")
        p_type.append(f"{etype[i]} ({sub[i]})" if sub_ok[i] else etype[i])
        landmark = f"{rel[i]} {lm[i]}" if lm_ok[i] else ""
        p_place.append((f"{place[i]} [{landmark}]" if landmark else place[i]) or "not reported")
        p_cas.append(f"{fat[i]} killed, {inj[i]} injured")
        tooltip = f"{etype[i]} · {date_text[i] or 'no date'}"
        tooltips.append(f"{tooltip} · {landmark}" if landmark else tooltip)
    return {
        "p0": esc("event_id").tolist(),
        "p1": [d or "unknown" for d in date_text.tolist()],
        "p2": p_type,
        "p3": p_actor,
        "p4": p_cas,
        "p5": p_place,
        "p6": _distance_texts(frame),
        "p7": esc("source", "not reported").tolist(),
        "p8": esc("status", "unverified").tolist(),
        "p9": esc("sentence").tolist(),
        "tt": tooltips,
    }


def _columnar(columns: Mapping[str, Sequence[Any]]) -> dict[str, Any]:
    """Columns for the page: a column with few distinct strings becomes ``{"u": distinct, "i": codes}``.

    This keeps the payload of tens of thousands of incidents small (a type, a colour or a repeated
    evidence sentence is written once); the map's script reads both forms with ``giCol``.
    """
    out: dict[str, Any] = {}
    for key, values in columns.items():
        vals = list(values)
        if vals and isinstance(vals[0], str | None):
            codes, uniques = pd.factorize(pd.Series(vals, dtype=object), use_na_sentinel=True)
            distinct = uniques.tolist()
            if 2 * len(distinct) <= len(vals) and all(isinstance(u, str) for u in distinct):
                codes = np.where(codes < 0, len(distinct), codes)
                out[key] = {"u": [*distinct, None], "i": codes.tolist()}
                continue
        out[key] = vals
    return out


# Reads one value of a column written by ``_columnar``.
_GI_COL_JS = "function giCol(c, i) { return c.u ? c.u[c.i[i]] : c[i]; }"


class _RawCode(Element):
    """Code already rendered, written out as it is: never parsed again as a Jinja template."""

    _template = Template("{{ this.code }}")

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code


_NO_MACROS = Template("")


class _RawScript(MacroElement):
    """A layer whose rendered script goes to the page as it is.

    branca turns the rendered script of a ``MacroElement`` into a new Jinja template, which costs a
    lexer pass over every byte (most of the render time of tens of thousands of incidents) and would
    evaluate any ``{{ ... }}`` or ``{% ... %}`` in report text on the server. Here the script is
    rendered once by this class's own template and added as plain code.
    """

    def render(self, **kwargs: Any) -> Any:
        script = self._template.module.__dict__["script"]
        figure: Any = self.get_root()
        figure.script.add_child(_RawCode(script(self, kwargs)), name=self.get_name())
        self._template = _NO_MACROS  # the parents' render adds the asset links and the addTo, no script
        try:
            return super().render(**kwargs)
        finally:
            del self._template


class _IncidentLayer(_RawScript, JSCSSMixin, Layer):
    """All incidents as one Leaflet layer of circle markers, built from compact columns.

    Three modes: SVG markers for small sets; a marker cluster for large ones; and for very large sets
    one canvas renderer for every marker (no DOM element per incident), drawn as a whole.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var map = {{ this._parent.get_name() }};
  if (!map.getPane("giIncidents")) { map.createPane("giIncidents").style.zIndex = 620; }
  // clustering needs a maximum zoom, which a map without base tiles does not have
  if (map.options.maxZoom === undefined) { map.setMaxZoom(19); }
  {{ this.col_js }}
  var cols = {{ this.cols_json }};
  var styles = {{ this.styles_json }};
  var labels = {{ this.labels_json }};
  var group = {% if this.cluster %}L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40,
      chunkedLoading: true}){% else %}L.featureGroup(){% endif %};
  var renderer = {% if this.canvas %}L.canvas({pane: "giIncidents", padding: 0.3}){% else %}undefined{% endif %};
  function popup(i) {
    var html = '<div class="gi-popup"><b>Incident ' + giCol(cols.p0, i) + '</b><table style="font-size:12px">';
    for (var k = 0; k < labels.length; k++) {
      html += '<tr><th style="padding-right:6px;vertical-align:top">' + labels[k] + '</th><td>' +
        giCol(cols["p" + (k + 1)], i) + '</td></tr>';
    }
    html += '</table>';
    var evidence = giCol(cols["p" + (labels.length + 1)], i);
    if (evidence) {
      html += '<blockquote style="margin:6px 0 0;padding-left:6px;border-left:3px solid #999;' +
        'font-style:italic">' + evidence + '</blockquote>';
    }
    return html + '</div>';
  }
  var n = cols.lat.length, layers = new Array(n);
  for (var i = 0; i < n; i++) {
    var style = styles[giCol(cols.status, i)];
    var m = L.circleMarker([cols.lat[i], cols.lon[i]], {radius: {{ this.radius }}, color: style[0],
      weight: {{ this.weight }}, fillColor: giCol(cols.color, i), dashArray: style[1] || null, fillOpacity: style[2],
      className: "gi-incident", pane: "giIncidents", renderer: renderer});
    m.bindPopup(popup.bind(null, i), {maxWidth: 380});
    m.bindTooltip((giCol(cols.p0, i) || "?") + " · " + giCol(cols.tt, i));
    m.giDay = giCol(cols.day, i);
    layers[i] = m;
  }
  group.giItems = layers;
  group.once("add", function () {
    {% if this.canvas %}L.DomUtil.addClass(renderer._container, "gi-incident-canvas");{% endif %}
    // set after the renderer's own draw request: the markers are on the page when this is true
    window.requestAnimationFrame(function () { group.giDrawn = true; });
  });
  {% if this.cluster %}group.addLayers(layers);{% else %}layers.forEach(function (m) { group.addLayer(m); });{% endif %}
  return group;
})();
{% endmacro %}
"""
    )

    def __init__(self, columns: dict[str, Any], *, cluster: bool, canvas: bool, name: str) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "IncidentLayer"
        self.col_js = _GI_COL_JS
        self.cols_json = _js_json(_columnar(columns))
        self.styles_json = _js_json({k: list(v) for k, v in _STATUS_STYLE.items()})
        self.labels_json = _js_json(list(_POPUP_LABELS))
        self.cluster = cluster
        self.canvas = canvas
        # tens of thousands of points: smaller dots, so that dense places stay readable
        self.radius, self.weight = (5, 1.5) if canvas else (9, 2.5)
        if cluster:
            self.default_js = [("markerclusterjs", "asset:markercluster.js")]
            self.default_css = [
                ("markerclustercss", "asset:markercluster.css"),
                ("markerclusterdefaultcss", "asset:markercluster-default.css"),
            ]
        else:
            self.default_js = []
            self.default_css = []


class _DatedLayer(_RawScript, Layer):
    """Dated vector items (uncertainty circles, tracks) that the time slider filters with the incidents."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  {{ this.col_js }}
  var cols = {{ this.cols_json }};
  var renderer = {% if this.canvas %}L.canvas({padding: 0.3}){% else %}undefined{% endif %};
  var group = L.featureGroup();
  var n = {{ this.n }}, items = new Array(n);
  for (var i = 0; i < n; i++) {
    var layer, color = giCol(cols.color, i);
    if (giCol(cols.kind, i) === "circle") {
      layer = L.circle([cols.lat[i], cols.lon[i]], {radius: cols.radius[i], color: color, weight: 1,
        dashArray: "4 4", fillColor: color, fillOpacity: 0.08, className: "gi-uncertainty", interactive: false,
        renderer: renderer});
    } else {
      var line = giCol(cols.line, i);
      layer = L.featureGroup([
        L.polyline(line, {color: color, weight: 3, dashArray: "8 6", className: "gi-track"}),
        L.polyline(giCol(cols.head, i), {color: color, weight: 3, className: "gi-track-head"}),
        L.circleMarker(line[0], {radius: 4, color: color, weight: 2, fillOpacity: 0.6})
      ]);
      layer.bindTooltip(giCol(cols.tooltip, i));
    }
    layer.giDay = giCol(cols.day, i);
    group.addLayer(layer);
    items[i] = layer;
  }
  group.giItems = items;
  return group;
})();
{% endmacro %}
"""
    )

    def __init__(self, items: list[dict[str, Any]], *, name: str, show: bool = True, canvas: bool = False) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "DatedLayer"
        keys = sorted({k for item in items for k in item})
        self.col_js = _GI_COL_JS
        self.cols_json = _js_json(_columnar({k: [item.get(k) for item in items] for k in keys}))
        self.n = len(items)
        self.canvas = canvas


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


def _as_gazetteer(gazetteer: GazetteerLike) -> gpd.GeoDataFrame:
    return as_gazetteer(gazetteer).frame


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
    gazetteer: GazetteerLike = None,
    perimeter: str = "green_zone",
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    tiles: str | None = DEFAULT_TILES,
    attribution: str = DEFAULT_ATTRIBUTION,
    tiles_name: str = "Base map",
    max_markers: int = MAX_MARKERS,
    cluster_max: int = CLUSTER_MAX,
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
    cluster_max
        Beyond this many incidents (and ``max_markers``) they are not clustered but all drawn on one
        canvas (fast for tens of thousands; popups, tooltips and the time slider work the same).
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
    geoincidents.maps.assets.AssetError
        When the offline assets were not fetched (``python -m geoincidents.maps.assets fetch``).
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
        _add_incident_layers(
            fmap, frame, gaz, max_markers=max_markers, cluster_max=cluster_max, heatmap=heatmap, time_slider=time_slider
        )
        counts = frame["event_type"].map(lambda t: str(t) if _present(t) and str(t) in EVENT_COLORS else _OTHER_LABEL)
        entries = [(t, EVENT_COLORS[t], int((counts == t).sum())) for t in EVENT_COLORS if (counts == t).any()]
        if (counts == _OTHER_LABEL).any():
            entries.append((_OTHER_LABEL, _OTHER_COLOR, int((counts == _OTHER_LABEL).sum())))
        legend_extra.append("dashed circle: location uncertainty")
        if "status" in frame and frame["status"].isin(["verified", "disputed", "rejected"]).any():
            legend_extra.append("outline: white unverified, black verified, dashed disputed, faded rejected")
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
    cluster_max: int,
    heatmap: bool | None,
    time_slider: bool,
) -> None:
    lon = frame.geometry.x.to_numpy(dtype=float)
    lat = frame.geometry.y.to_numpy(dtype=float)
    large = len(frame) > max_markers
    canvas = len(frame) > max(cluster_max, max_markers)
    table = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    colors = _per_unique(_column(table, "event_type"), event_color)
    days = _per_unique(_column(table, "event_date"), _day)
    statuses = _per_unique(_column(table, "status"), lambda s: str(s) if str(s) in _STATUS_STYLE else "unverified")
    lat7, lon7 = np.round(lat, 7), np.round(lon, 7)
    columns: dict[str, Any] = {
        "lat": lat7.tolist(),
        "lon": lon7.tolist(),
        "color": colors.tolist(),
        "day": days.tolist(),
        "status": statuses.tolist(),
        **_popup_columns(table),
    }
    # the uncertainty radius to draw (0 when precise enough to draw none), see IMPRECISE_M
    unc = _radius(table)
    unc = np.where(np.isfinite(unc), unc, 0.0)
    vague = np.floor(np.nan_to_num(_numbers(table, "geo_precision"), nan=0.0)) >= 2
    drawn = np.flatnonzero((unc > 0) & ((unc >= IMPRECISE_M) | vague))
    circles = [
        {
            "kind": "circle",
            "lat": float(lat7[i]),
            "lon": float(lon7[i]),
            "radius": float(unc[i]),
            "color": colors[i],
            "day": days[i],
        }
        for i in drawn.tolist()
    ]
    tracks: list[dict[str, Any]] = []
    has_origin = np.zeros(len(table), dtype=bool)
    for name in ("origin_longitude", "origin_latitude", "origin_landmark_id"):
        if name in table.columns:
            has_origin |= _per_unique(_column(table, name), _present).astype(bool)
    if has_origin.any():
        anchors = gaz.set_index("landmark_id").geometry.representative_point()
        for i in np.flatnonzero(has_origin).tolist():
            row = table.iloc[i].to_dict()
            origin = _origin_point(row, anchors)
            if origin is None:
                continue
            olon, olat = origin
            where_from = escape_text(_get(row, "origin_landmark_id"), missing="the reported origin")
            tracks.append(
                {
                    "kind": "track",
                    "line": [_latlon(olon, olat), _latlon(lon[i], lat[i])],
                    "head": _arrow_head(olon, olat, float(lon[i]), float(lat[i])),
                    "color": colors[i],
                    "day": days[i],
                    "tooltip": _track_tooltip(row, where_from, days[i]),
                }
            )
    dated: list[Layer] = []
    if circles:
        # hundreds of overlapping circles hide the map: for large sets the layer starts switched off
        layer = _DatedLayer(circles, name=f"Location uncertainty ({len(circles)})", show=not large, canvas=canvas)
        layer.add_to(fmap)
        dated.append(layer)
    if tracks:
        layer = _DatedLayer(tracks, name=f"Movement tracks ({len(tracks)})")
        layer.add_to(fmap)
        dated.append(layer)
    incidents_layer = _IncidentLayer(
        columns, cluster=large and not canvas, canvas=canvas, name=f"Incidents ({len(frame)})"
    )
    incidents_layer.add_to(fmap)
    dated.append(incidents_layer)
    show_heat = large if heatmap is None else heatmap
    HeatMap(
        np.column_stack([lat, lon]).round(5).tolist(),
        name="Density (heat map)",
        show=show_heat,
        overlay=True,
        radius=18,
        blur=15,
        min_opacity=0.3,
    ).add_to(fmap)
    day_list = sorted({d for d in days.tolist() if d is not None})
    if time_slider and len(day_list) > 1:
        _TimeSlider(day_list, [layer.get_name() for layer in dated]).add_to(fmap)


def save_map(fmap: folium.Map, path: str | Path) -> Path:
    """Write a map as one standalone HTML file (assets inlined: it opens with no network)."""
    out = Path(path)
    html = fmap.get_root().render()
    from geoincidents.io.geojson import _atomic_write_text

    _atomic_write_text(out, html)
    return out
