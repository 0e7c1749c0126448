"""The map's own Leaflet elements, each rendered once and written to the page as it is.

branca (under folium) renders an element's script and then parses that output again as a Jinja
template. Anything in it that came from a report, a file or the user would be evaluated on the
server (``{{ 7*7 }}`` becomes ``49``; worse is possible). Every element here derives from
:class:`RawScript`, which renders the element's own template once and adds the result as plain code;
the values they carry (report text, tile URL, attribution) are JSON data made safe for a
``<script>`` by :func:`js_json`. Text that goes to folium's own elements (tooltips, popups, layer
names) is escaped with :func:`geoincidents.maps.escape.escape_text`, which leaves no brace for Jinja.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

import folium
import numpy as np
import pandas as pd
from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from jinja2 import Template

from geoincidents.maps.escape import escape_text
from geoincidents.maps.style import PANES, POPUP_LABELS, STATUS_STYLE

__all__ = [
    "BaseTiles",
    "ContextLayer",
    "DatedLayer",
    "DensityLayer",
    "IncidentLayer",
    "Legend",
    "LocalBasemap",
    "MiniMap",
    "Panes",
    "RawScript",
    "TimeSlider",
    "columnar",
    "js_json",
]


def js_json(value: Any) -> str:
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


def columnar(columns: Mapping[str, Sequence[Any]]) -> dict[str, Any]:
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


# Reads one value of a column written by ``columnar``.
_GI_COL_JS = "function giCol(c, i) { return c.u ? c.u[c.i[i]] : c[i]; }"


class _RawCode(Element):
    """Code already rendered, written out as it is: never parsed again as a Jinja template."""

    _template = Template("{{ this.code }}")

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code


_NO_MACROS = Template("")


class RawScript(MacroElement):
    """An element whose rendered header, HTML and script go to the page as they are.

    branca turns what a ``MacroElement``'s macros render into a new Jinja template, which costs a
    lexer pass over every byte (most of the render time of tens of thousands of incidents) and would
    evaluate any ``{{ ... }}`` or ``{% ... %}`` in report text, a tile URL or an attribution on the
    server. Here each macro is rendered once by this class's own template and added as plain code.
    """

    def render(self, **kwargs: Any) -> Any:
        figure: Any = self.get_root()
        macros = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = macros.get(part)
            if macro is not None:
                getattr(figure, part).add_child(_RawCode(macro(self, kwargs)), name=self.get_name())
        self._template = _NO_MACROS  # the parents' render adds the asset links and the addTo, no macro
        try:
            return super().render(**kwargs)
        finally:
            del self._template


class BaseTiles(RawScript, folium.TileLayer):
    """folium's XYZ tile layer, rendered once: its URL and attribution reach the page as JSON data only.

    The caller checks the URL (:func:`geoincidents.maps.build.check_tile_url`) and escapes the
    attribution and the layer name (Leaflet shows both as HTML).
    """


class IncidentLayer(RawScript, JSCSSMixin, Layer):
    """All incidents as one Leaflet layer of circle markers, built from compact columns.

    Three modes: SVG markers for small sets; a marker cluster for large ones; and for very large sets
    one canvas renderer for every marker (no DOM element per incident), drawn as a whole.
    """

    _template = Template(
        """
{% macro header(this, kwargs) %}
{% if this.alert and this.cluster %}<style>
.gi-alert-cluster {background-color: rgba(232, 0, 11, 0.3);}
.gi-alert-cluster div {background-color: rgba(232, 0, 11, 0.85); color: #fff; font-weight: bold;
  width: 26px; height: 26px; margin-left: 4px; margin-top: 4px; border-radius: 13px; font-size: 11px;}
.gi-alert-cluster span {line-height: 26px;}
</style>{% endif %}
{% endmacro %}
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var map = {{ this._parent.get_name() }};
  // clustering needs a maximum zoom, which a map without base tiles does not have
  if (map.options.maxZoom === undefined) { map.setMaxZoom(19); }
  {{ this.col_js }}
  var cols = {{ this.cols_json }};
  var styles = {{ this.styles_json }};
  var labels = {{ this.labels_json }};
  var group = {% if this.cluster %}L.markerClusterGroup({showCoverageOnHover: false,
      maxClusterRadius: {% if this.alert %}70{% else %}40{% endif %},
      chunkedLoading: true, clusterPane: {{ this.pane_json }}{% if this.alert %},
      iconCreateFunction: function (c) {
        return L.divIcon({html: "<div><span>" + c.getChildCount().toLocaleString() + "</span></div>",
          className: "marker-cluster gi-alert-cluster", iconSize: L.point(34, 34)});
      }{% endif %}}){% else %}L.featureGroup(){% endif %};
  var renderer = {% if this.canvas %}L.canvas({pane: {{ this.pane_json }}, padding: 0.3}){% else %}undefined{% endif %};
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
    var m = L.circleMarker([cols.lat[i], cols.lon[i]], {radius: {{ this.radius }},
      color: {% if this.alert %}{{ this.alert_json }}{% else %}style[0]{% endif %},
      weight: {{ this.weight }}, fillColor: giCol(cols.color, i), dashArray: style[1] || null, fillOpacity: style[2],
      className: {{ this.class_json }}, pane: {{ this.pane_json }}, renderer: renderer});
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

    def __init__(
        self,
        columns: dict[str, Any],
        *,
        cluster: bool,
        canvas: bool,
        name: str,
        show: bool = True,
        alert_color: str | None = None,
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "IncidentLayer"
        # alert incidents: in the top pane, outlined in the alert colour, larger
        self.alert = alert_color is not None
        self.alert_json = js_json(alert_color or "")
        self.pane_json = js_json("giAlerts" if self.alert else "giIncidents")
        self.class_json = js_json("gi-incident gi-alert" if self.alert else "gi-incident")
        self.col_js = _GI_COL_JS
        self.cols_json = js_json(columnar(columns))
        self.styles_json = js_json({k: list(v) for k, v in STATUS_STYLE.items()})
        self.labels_json = js_json(list(POPUP_LABELS))
        self.cluster = cluster
        self.canvas = canvas
        # tens of thousands of points: smaller dots, so that dense places stay readable
        self.radius, self.weight = (5, 1.5) if canvas else (9, 2.5)
        if self.alert:
            self.radius, self.weight = (7, 3) if canvas else (10, 3.5)
        if cluster:
            self.default_js = [("markerclusterjs", "asset:markercluster.js")]
            self.default_css = [
                ("markerclustercss", "asset:markercluster.css"),
                ("markerclusterdefaultcss", "asset:markercluster-default.css"),
            ]
        else:
            self.default_js = []
            self.default_css = []


class DatedLayer(RawScript, Layer):
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
        self.cols_json = js_json(columnar({k: [item.get(k) for item in items] for k in keys}))
        self.n = len(items)
        self.canvas = canvas


class Panes(RawScript):
    """The map's own Leaflet panes with their z-index (:data:`geoincidents.maps.style.PANES`), made first.

    Only the shapes in a pane catch the mouse, never the pane's whole SVG or canvas, so that a line
    above (an outline) does not hide the incidents under it.
    """

    _template = Template(
        """
{% macro header(this, kwargs) %}
<style>{% for name in this.panes %}.leaflet-{{ name }}-pane > svg{% if not loop.last %}, {% endif %}{% endfor %}
{pointer-events: none;}
.leaflet-giOutlines-pane path:focus {outline: none;}</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var panes = {{ this.panes_json }};
  Object.keys(panes).forEach(function (name) {
    if (!map.getPane(name)) { map.createPane(name).style.zIndex = String(panes[name]); }
  });
})();
{% endmacro %}
"""
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "Panes"
        self.panes = list(PANES)
        self.panes_json = js_json(dict(PANES))


class DensityLayer(RawScript, Layer):
    """Hexagons coloured by incidents per km2, one grid size per zoom range (see :mod:`geoincidents.maps.density`).

    ``data`` holds, per level, its smallest zoom, width, corner offsets and the cells' centres, counts
    per type and density; and the type names and colours, the class breaks and colours. The layer builds
    a level's hexagons on one canvas the first time the map is at its zoom.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var map = {{ this._parent.get_name() }};
  var data = {{ this.data_json }};
  var renderer = L.canvas({pane: "giDensity", padding: 0.3});
  var group = L.layerGroup(), built = {}, current = -1;
  function klass(d) {
    for (var k = 0; k < data.breaks.length; k++) { if (d < data.breaks[k]) { return k; } }
    return data.breaks.length;
  }
  function tip(level, i) {
    var counts = level.t[i], total = 0, rows = "";
    for (var k = 0; k < counts.length; k++) {
      if (!counts[k]) { continue; }
      total += counts[k];
      rows += '<div><span style="display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:4px;' +
        'background:' + data.types[k][1] + '"></span>' + data.types[k][0] + ": " + counts[k].toLocaleString() +
        "</div>";
    }
    return '<div class="gi-density-tip"><b>' + total.toLocaleString() + " incident" + (total === 1 ? "" : "s") +
      "</b> in this " + level.w + " m hexagon (" + level.d[i].toLocaleString(undefined, {maximumFractionDigits: 1}) +
      " per km&sup2;)" + rows + "</div>";
  }
  function build(li) {
    var level = data.levels[li], cells = [];
    for (var i = 0; i < level.lat.length; i++) {
      var ring = level.off.map(function (o) { return [level.lat[i] + o[0], level.lon[i] + o[1]]; });
      var k = klass(level.d[i]);
      // the sparsest classes are the most transparent: the map under them stays readable
      var cell = L.polygon(ring, {renderer: renderer, pane: "giDensity", stroke: true, color: "#ffffff",
        weight: 0.5, opacity: 0.6, fillColor: data.colors[k],
        fillOpacity: 0.3 + 0.5 * k / Math.max(1, data.breaks.length), className: "gi-density"});
      cell.bindTooltip(tip.bind(null, level, i), {sticky: true});
      cells.push(cell);
    }
    return L.layerGroup(cells);
  }
  function levelFor(zoom) {
    var li = 0;
    for (var k = 0; k < data.levels.length; k++) { if (zoom >= data.levels[k].z) { li = k; } }
    return li;
  }
  function update() {
    if (!map.hasLayer(group)) { return; }
    var li = levelFor(map.getZoom());
    if (li === current) { return; }
    if (current >= 0) { group.removeLayer(built[current]); }
    built[li] = built[li] || build(li);
    group.addLayer(built[li]);
    current = li;
    group.giLevel = li;
    window.requestAnimationFrame(function () { group.giDrawn = true; });
  }
  group.on("add", update);
  map.on("zoomend", update);
  return group;
})();
{% endmacro %}
"""
    )

    def __init__(self, data: dict[str, Any], *, name: str, show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "DensityLayer"
        self.data_json = js_json(data)


class TimeSlider(RawScript):
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
        self.days_json = js_json(days)
        self.layer_names = layer_names


class Legend(RawScript):
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
            f'background:{color};border:1px solid #1b1b1b;margin-right:6px"></span>{escape_text(label)} ({n:,})</div>'
            for label, color, n in entries
        ]
        html = "<b>Incidents by event type</b>" + "".join(rows) + "".join(f"<div>{x}</div>" for x in extra)
        self.html_json = js_json(html)


class MiniMap(RawScript, JSCSSMixin):
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
        self.perimeter_json = js_json(perimeter_geojson)
        self.tiles = tiles
        self.tiles_json = js_json(tiles or "")


class ContextLayer(RawScript, Layer):
    """The offline context layer: water polygons and name labels, in panes below every other layer.

    The water is drawn in a pane above base tiles and below the overlays (z-index 250); the labels in a
    pane below the overlays too (390), which takes no clicks, so an incident or the perimeter under a
    label stays clickable. Bridge names show from zoom 14 on. Labels arrive escaped
    (:func:`geoincidents.maps.context.context_items`).
    """

    _template = Template(
        """
{% macro header(this, kwargs) %}
<style>
.gi-context-label {background: none; border: none;}
.gi-context-text {display: inline-block; transform: translate(-50%, -50%); white-space: nowrap; text-align: center;
  font: 600 11px/1.15 sans-serif; color: #4d5862; letter-spacing: 0.02em;
  text-shadow: 0 0 2px #fff, 0 0 3px #fff, 0 0 4px #fff;}
.gi-context-text .gi-ar {display: block; font-weight: 400; direction: rtl;}
.gi-context-river .gi-context-text {color: #2b6c97; font-style: italic; font-size: 12px;}
.gi-context-bridge .gi-context-text {color: #34495e; font-weight: 400; font-size: 10px;}
.gi-context-street .gi-context-text {color: #6d6d6d; font-weight: 400; font-style: italic;}
.gi-context-far .gi-context-bridge, .gi-context-far .gi-context-street {display: none;}
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var map = {{ this._parent.get_name() }};
  if (!map.getPane("giContext")) { map.createPane("giContext").style.zIndex = 250; }
  if (!map.getPane("giContextLabels")) {
    var pane = map.createPane("giContextLabels");
    pane.style.zIndex = 390;
    pane.style.pointerEvents = "none";
  }
  var data = {{ this.data_json }};
  var group = L.featureGroup([], {attribution: {{ this.attribution_json }}});
  data.water.forEach(function (rings) {
    L.polygon(rings, {pane: "giContext", interactive: false, color: "#8dbad6", weight: 1, fillColor: "#bcdcee",
      fillOpacity: 1, className: "gi-context-water"}).addTo(group);
  });
  data.labels.forEach(function (l) {
    var html = '<span class="gi-context-text">' + l.name + (l.name_ar ? '<span class="gi-ar">' + l.name_ar +
      '</span>' : '') + '</span>';
    L.marker([l.lat, l.lon], {pane: "giContextLabels", interactive: false, keyboard: false,
      icon: L.divIcon({className: "gi-context-label gi-context-" + l.kind, html: html, iconSize: null})}).addTo(group);
  });
  function byZoom() {
    var far = map.getZoom() < 14;
    (far ? L.DomUtil.addClass : L.DomUtil.removeClass)(map.getContainer(), "gi-context-far");
  }
  map.whenReady(function () { byZoom(); map.on("zoomend", byZoom); });
  return group;
})();
{% endmacro %}
"""
    )

    def __init__(self, water: list[Any], labels: list[dict[str, Any]], *, show: bool = True) -> None:
        name = "Context: Tigris, districts, bridges (approximate)"
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "ContextLayer"
        self.data_json = js_json({"water": water, "labels": labels})
        self.attribution_json = js_json("Context: geoincidents, from cited public coordinates (approximate)")


class LocalBasemap(RawScript, JSCSSMixin, Layer):
    """A local base map: a PMTiles archive embedded in the page, drawn by the upstream npm packages.

    Raster archives are drawn by ``pmtiles.leafletRasterLayer``, vector ones by ``protomapsL.leafletLayer``
    (default "light" style). The archive is read from an in-page byte array through a PMTiles ``Source``
    (``getBytes``/``getKey``), so no request leaves the page. The caller escapes the name and attribution.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var bytes = (function (b64) {
    var s = atob(b64), n = s.length, out = new Uint8Array(n);
    for (var i = 0; i < n; i++) { out[i] = s.charCodeAt(i); }
    return out;
  })({{ this.archive_json }});
  var source = {
    getKey: function () { return {{ this.key_json }}; },
    getBytes: function (offset, length) {
      return Promise.resolve({data: bytes.buffer.slice(offset, offset + length)});
    }
  };
  var archive = new pmtiles.PMTiles(source);
  var options = {{ this.options_json }};
  var layer = {% if this.vector %}protomapsL.leafletLayer(Object.assign({url: archive, flavor: "light",
    lang: "en"}, options)){% else %}pmtiles.leafletRasterLayer(archive, options){% endif %};
  layer.giBasemap = true;
  return layer;
})();
{% endmacro %}
"""
    )

    def __init__(
        self,
        archive: bytes,
        *,
        vector: bool,
        name: str,
        attribution: str,
        min_zoom: int,
        max_zoom: int,
        bounds: tuple[float, float, float, float],
        scripts: list[tuple[str, str]],
    ) -> None:
        super().__init__(name=name, overlay=False, control=True, show=True)
        self._name = "LocalBasemap"
        self.archive_json = js_json(base64.b64encode(archive).decode("ascii"))
        self.key_json = js_json(f"geoincidents-basemap-{hashlib.sha256(archive).hexdigest()[:16]}")
        self.vector = vector
        x0, y0, x1, y1 = bounds
        options: dict[str, Any] = {
            "attribution": attribution,
            "minZoom": 0,
            "maxZoom": 19,
            "minNativeZoom": min_zoom,
            "maxNativeZoom": max_zoom,
            "bounds": [[y0, x0], [y1, x1]],
        }
        if vector:
            options["maxDataZoom"] = max_zoom
        self.options_json = js_json(options)
        self.default_js = scripts
        self.default_css = []
