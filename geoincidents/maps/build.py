"""Interactive Leaflet maps of incidents near a perimeter, built with folium and rendered offline.

:func:`build_map` draws the perimeter, the distance bands, gates, bridges, squares, sit-in sites and
buildings from the gazetteer, and the incidents coloured by ACLED event type with a legend, popups
(date, type, actors, casualties, source, the evidence sentence, distance to the perimeter), the
location-uncertainty radius of imprecise incidents, movement tracks, a time slider, clustering and a
heat map for large sets, and fullscreen, measure and mini-map controls. Every Leaflet and plugin asset
is inlined from the local copies of :mod:`geoincidents.maps.assets`, so the map needs no network; base
tiles are optional and configurable.

The map is assembled in named steps, one per layer or group of controls (``_add_*``); the data each
layer draws is computed by functions that return plain values (:func:`incident_columns`,
:func:`uncertainty_circles`, :func:`movement_tracks`, :func:`legend_parts`), each tested on its own.
Colours and styles are in :mod:`geoincidents.maps.style`, the text in :mod:`geoincidents.maps._text`,
the map's own Leaflet elements in :mod:`geoincidents.maps._elements`.

This module is the only place where GeoJSON's (lon, lat) order becomes folium's [lat, lon].
Every string that can come from a report, a user file or a user gazetteer goes through
:func:`geoincidents.maps.escape.escape_text` before it reaches HTML.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from folium.map import Layer
from folium.plugins import Fullscreen, HeatMap, MeasureControl
from shapely.geometry import mapping

from geoincidents._crs import WGS84, metric_crs_for, require_crs, transformer
from geoincidents.config import env_var
from geoincidents.errors import TileSourceError
from geoincidents.gazetteer.load import perimeter_feature
from geoincidents.gazetteer.model import GazetteerLike, as_gazetteer
from geoincidents.io.geojson import distance_bands
from geoincidents.maps import _text
from geoincidents.maps._elements import BaseTiles, DatedLayer, IncidentLayer, Legend, MiniMap, TimeSlider
from geoincidents.maps.assets import localize_map
from geoincidents.maps.escape import escape_text
from geoincidents.maps.style import (
    BAND_COLORS,
    BRIDGE_COLOR,
    CLUSTER_MAX,
    EVENT_COLORS,
    IMPRECISE_M,
    LANDMARK_STYLE,
    MAX_MARKERS,
    OTHER_COLOR,
    OTHER_LABEL,
    PERIMETER_COLOR,
    STATUS_STYLE,
    event_color,
)
from geoincidents.proximity.certainty import DEFAULT_BANDS_M
from geoincidents.proximity.measure import check_proximity

__all__ = [
    "CLUSTER_MAX",
    "DEFAULT_ATTRIBUTION",
    "DEFAULT_TILES",
    "EVENT_COLORS",
    "IMPRECISE_M",
    "MAX_MARKERS",
    "TILES_ENV",
    "IncidentPoints",
    "build_map",
    "check_tile_url",
    "configured_tiles",
    "event_color",
    "incident_columns",
    "legend_parts",
    "movement_tracks",
    "save_map",
    "uncertainty_circles",
]

DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
"""OpenStreetMap's public tile server: an example to type in, never used unless asked for (offline by default)."""
TILES_ENV = env_var("tiles")
"""Environment variable naming the tile server (or local tile folder) the app and the CLI use by default."""
DEFAULT_ATTRIBUTION = "© OpenStreetMap contributors"
# Leaflet's XYZ placeholders: zoom, column, row (or the TMS row), subdomain, retina suffix.
_TILE_PLACEHOLDER = re.compile(r"\{(?:z|x|y|-y|s|r)\}")
_TILE_SCHEMES = ("http", "https", "file")
_MAX_TILE_URL = 2048


def check_tile_url(url: str) -> str:
    """Return ``url`` (stripped) when it is an XYZ tile URL template; raise :class:`TileSourceError` when not.

    A template is an ``http://``, ``https://`` or ``file://`` URL, or a local path, holding ``{z}``,
    ``{x}`` and ``{y}`` (or ``{-y}``); ``{s}`` and ``{r}`` are allowed too, and no other braces,
    control characters or other schemes (``javascript:``, ``data:`` ...).

    Examples
    --------
    >>> check_tile_url(" https://tiles.example.org/{z}/{x}/{y}.png ")
    'https://tiles.example.org/{z}/{x}/{y}.png'
    """
    text = url.strip() if isinstance(url, str) else ""
    shown = repr(text[:80] + ("..." if len(text) > 80 else ""))
    if not text:
        raise TileSourceError("the tile URL template is empty; give one with {z}/{x}/{y}, or no tiles")
    if len(text) > _MAX_TILE_URL:
        raise TileSourceError(f"the tile URL template is longer than {_MAX_TILE_URL} characters")
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise TileSourceError(f"the tile URL template {shown} holds control characters (a line break?)")
    scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", text)
    if scheme and len(scheme.group(1)) > 1:  # one letter is a Windows drive (C:\tiles\...)
        name = scheme.group(1).lower()
        if name not in _TILE_SCHEMES:
            raise TileSourceError(f"the tile URL template {shown} uses {name}:; use http(s)://, file:// or a path")
        if name != "file" and not re.match(r"^https?://[^/?#\s]+", text, re.IGNORECASE):
            raise TileSourceError(f"the tile URL template {shown} names no server")
    rest = _TILE_PLACEHOLDER.sub("", text)
    if "{" in rest or "}" in rest:
        raise TileSourceError(
            f"the tile URL template {shown} holds braces other than {{z}} {{x}} {{y}} {{-y}} {{s}} {{r}}"
        )
    found = set(_TILE_PLACEHOLDER.findall(text))
    if not {"{z}", "{x}"} <= found or not found & {"{y}", "{-y}"}:
        raise TileSourceError(f"the tile URL template {shown} needs {{z}}, {{x}} and {{y}}")
    return text


def _latlon(lon: float, lat: float) -> list[float]:
    """folium's [lat, lon] from GeoJSON's (lon, lat): the one place this swap happens."""
    return [round(float(lat), 7), round(float(lon), 7)]


def _as_gazetteer(gazetteer: GazetteerLike) -> gpd.GeoDataFrame:
    return as_gazetteer(gazetteer).frame


def _prepare(
    incidents: gpd.GeoDataFrame, perimeter: str, bands_m: Sequence[float], gaz: gpd.GeoDataFrame
) -> gpd.GeoDataFrame:
    """The incidents in EPSG:4326 with proximity columns, rows without a location left out."""
    require_crs(incidents, what="incidents")
    frame = incidents.to_crs(WGS84) if incidents.crs != WGS84 else incidents
    if not {"distance_m", "inside", "band"}.issubset(frame.columns):
        frame = check_proximity(frame, perimeter, bands_m, gazetteer=gaz)
    geoms = frame.geometry
    ok = ~(geoms.isna() | geoms.is_empty).to_numpy()
    return frame[ok]


# ---- what the incident layers draw ---------------------------------------------------------------


@dataclass(frozen=True)
class IncidentPoints:
    """The incidents to draw: attributes (no geometry), positions and each row's colour and day."""

    table: pd.DataFrame
    lon: np.ndarray
    lat: np.ndarray
    colors: np.ndarray
    days: np.ndarray

    @classmethod
    def of(cls, frame: gpd.GeoDataFrame) -> IncidentPoints:
        """From point incidents in EPSG:4326 (every row located)."""
        table = pd.DataFrame(frame.drop(columns=frame.geometry.name))
        return cls(
            table=table,
            lon=frame.geometry.x.to_numpy(dtype=float),
            lat=frame.geometry.y.to_numpy(dtype=float),
            colors=_text.per_unique(_text.column(table, "event_type"), event_color),
            days=_text.per_unique(_text.column(table, "event_date"), _text.day),
        )

    def __len__(self) -> int:
        return len(self.table)


def incident_columns(points: IncidentPoints) -> dict[str, list[Any]]:
    """The incident layer's columns: position, colour, day, review status, and the escaped popup texts."""
    statuses = _text.per_unique(
        _text.column(points.table, "status"), lambda s: str(s) if str(s) in STATUS_STYLE else "unverified"
    )
    return {
        "lat": np.round(points.lat, 7).tolist(),
        "lon": np.round(points.lon, 7).tolist(),
        "color": points.colors.tolist(),
        "day": points.days.tolist(),
        "status": statuses.tolist(),
        **_text.popup_columns(points.table),
    }


def uncertainty_circles(points: IncidentPoints) -> list[dict[str, Any]]:
    """A circle of the location-uncertainty radius for each imprecise incident (see :data:`IMPRECISE_M`)."""
    unc = _text.location_radius(points.table)
    unc = np.where(np.isfinite(unc), unc, 0.0)
    vague = np.floor(np.nan_to_num(_text.numbers(points.table, "geo_precision"), nan=0.0)) >= 2
    drawn = np.flatnonzero((unc > 0) & ((unc >= IMPRECISE_M) | vague))
    lat7, lon7 = np.round(points.lat, 7), np.round(points.lon, 7)
    return [
        {
            "kind": "circle",
            "lat": float(lat7[i]),
            "lon": float(lon7[i]),
            "radius": float(unc[i]),
            "color": points.colors[i],
            "day": points.days[i],
        }
        for i in drawn.tolist()
    ]


def movement_tracks(points: IncidentPoints, gaz: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """An arrow from where a crowd came from to the incident, for rows with a known origin.

    The origin is ``origin_longitude``/``origin_latitude`` or the landmark ``origin_landmark_id``;
    rows whose origin cannot be placed get no track.
    """
    table = points.table
    has_origin = np.zeros(len(table), dtype=bool)
    for name in ("origin_longitude", "origin_latitude", "origin_landmark_id"):
        if name in table.columns:
            has_origin |= _text.per_unique(_text.column(table, name), _text.present).astype(bool)
    if not has_origin.any():
        return []
    anchors = gaz.set_index("landmark_id").geometry.representative_point()
    tracks = []
    for i in np.flatnonzero(has_origin).tolist():
        row = table.iloc[i].to_dict()
        origin = _origin_point(row, anchors)
        if origin is None:
            continue
        olon, olat = origin
        lon, lat = float(points.lon[i]), float(points.lat[i])
        where_from = escape_text(row.get("origin_landmark_id"), missing="the reported origin")
        tracks.append(
            {
                "kind": "track",
                "line": [_latlon(olon, olat), _latlon(lon, lat)],
                "head": _arrow_head(olon, olat, lon, lat),
                "color": points.colors[i],
                "day": points.days[i],
                "tooltip": _text.track_tooltip(row, where_from, points.days[i]),
            }
        )
    return tracks


def _origin_point(row: Mapping[str, Any], anchors: pd.Series) -> tuple[float, float] | None:
    """(lon, lat) where a moving crowd came from: ``origin_longitude/latitude`` or ``origin_landmark_id``."""
    lon: Any = row.get("origin_longitude")
    lat: Any = row.get("origin_latitude")
    if _text.present(lon) and _text.present(lat):
        try:
            return float(lon), float(lat)
        except (TypeError, ValueError):
            return None
    lid = row.get("origin_landmark_id")
    if _text.present(lid) and str(lid) in anchors.index:
        pt = anchors[str(lid)]
        return float(pt.x), float(pt.y)
    return None


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


def legend_parts(
    frame: gpd.GeoDataFrame | None, bands_m: Sequence[float]
) -> tuple[list[tuple[str, str, int]], list[str]]:
    """The legend's rows: (event type, colour, count) per type drawn, then the lines that explain the symbols."""
    extra = [
        f'<span style="color:{PERIMETER_COLOR}">&#9632;</span> perimeter; '
        f"rings at {', '.join(f'{b:g}' for b in bands_m)} m",
    ]
    if frame is None or not len(frame):
        return [], [*extra, "no incidents to show"]
    counts = frame["event_type"].map(lambda t: str(t) if _text.present(t) and str(t) in EVENT_COLORS else OTHER_LABEL)
    entries = [(t, EVENT_COLORS[t], int((counts == t).sum())) for t in EVENT_COLORS if (counts == t).any()]
    if (counts == OTHER_LABEL).any():
        entries.append((OTHER_LABEL, OTHER_COLOR, int((counts == OTHER_LABEL).sum())))
    extra.append("dashed circle: location uncertainty")
    if "status" in frame and frame["status"].isin(["verified", "disputed", "rejected"]).any():
        extra.append("outline: white unverified, black verified, dashed disputed, faded rejected")
    return entries, extra


# ---- the map, step by step ----------------------------------------------------------------------


def _base_map(
    feature: pd.Series,
    bands: gpd.GeoDataFrame,
    frame: gpd.GeoDataFrame | None,
    *,
    tiles: str | None,
    attribution: str,
    tiles_name: str,
    height: str,
) -> folium.Map:
    """The map centred on the perimeter, with the base tiles (if any), fitted to the bands and incidents."""
    minx, miny, maxx, maxy = bands.total_bounds
    if frame is not None and len(frame):
        fx0, fy0, fx1, fy1 = frame.total_bounds
        minx, miny, maxx, maxy = min(minx, fx0), min(miny, fy0), max(maxx, fx1), max(maxy, fy1)
    centre = feature.geometry.centroid
    fmap = folium.Map(
        location=_latlon(centre.x, centre.y),
        zoom_start=13,
        tiles=None,
        control_scale=True,
        prefer_canvas=False,
        height=height,
    )
    if tiles:
        BaseTiles(
            tiles=tiles, attr=escape_text(attribution), name=escape_text(tiles_name), max_zoom=19, overlay=False
        ).add_to(fmap)
    fmap.fit_bounds([_latlon(minx, miny), _latlon(maxx, maxy)])
    return fmap


def _add_band_layer(fmap: folium.Map, bands: gpd.GeoDataFrame, feature: pd.Series) -> None:
    """The distance rings around the perimeter, nearest first (colours of :data:`BAND_COLORS`)."""
    e = escape_text
    group = folium.FeatureGroup(name="Distance bands", overlay=True, show=True)
    for i, band in enumerate(bands.itertuples(index=False)):
        color = BAND_COLORS[min(i, len(BAND_COLORS) - 1)]
        folium.GeoJson(
            mapping(band.geometry),
            style_function=lambda _f, c=color: {"color": c, "weight": 1, "fillColor": c, "fillOpacity": 0.07},
            tooltip=folium.Tooltip(f"{e(band.band)} outside {e(feature['name'])}"),
            interactive=True,
        ).add_to(group)
    group.add_to(fmap)


def _add_perimeter_layer(fmap: folium.Map, feature: pd.Series) -> dict[str, Any]:
    """The perimeter with its names and position uncertainty; returns its GeoJSON geometry."""
    e = escape_text
    geojson = mapping(feature.geometry)
    group = folium.FeatureGroup(name=f"Perimeter: {e(feature['name'])}", overlay=True, show=True)
    folium.GeoJson(
        geojson,
        style_function=lambda _f: {
            "color": PERIMETER_COLOR,
            "weight": 3,
            "fillColor": PERIMETER_COLOR,
            "fillOpacity": 0.12,
        },
        tooltip=folium.Tooltip(
            f"{e(feature['name'])} {e(feature['name_ar'])} (± {feature['position_uncertainty_m']:g} m)"
        ),
    ).add_to(group)
    group.add_to(fmap)
    return dict(geojson)


def _add_bridge_layer(fmap: folium.Map, gaz: gpd.GeoDataFrame) -> None:
    """The gazetteer's bridges as thick lines with their English and Arabic names."""
    bridges = gaz[gaz["kind"] == "bridge"]
    if not len(bridges):
        return
    group = folium.FeatureGroup(name="Bridges", overlay=True, show=True)
    for _, row in bridges.iterrows():
        for part in shapely.get_parts(row.geometry):
            folium.PolyLine(
                [_latlon(x, y) for x, y in shapely.get_coordinates(part)],
                color=BRIDGE_COLOR,
                weight=6,
                opacity=0.85,
                tooltip=folium.Tooltip(f"Bridge: {escape_text(row['name'])} {escape_text(row['name_ar'])}"),
                class_name="gi-bridge",
            ).add_to(group)
    group.add_to(fmap)


def _add_landmark_layers(fmap: folium.Map, gaz: gpd.GeoDataFrame) -> None:
    """One marker layer per landmark kind of :data:`LANDMARK_STYLE` (gates, sit-ins, buildings, squares)."""
    for kind, (layer_name, color, icon) in LANDMARK_STYLE.items():
        subset = gaz[gaz["kind"] == kind]
        if not len(subset):
            continue
        group = folium.FeatureGroup(name=layer_name, overlay=True, show=True)
        for _, row in subset.iterrows():
            pt = row.geometry.representative_point()
            folium.Marker(
                _latlon(pt.x, pt.y),
                icon=folium.Icon(color=color, icon=icon, prefix="fa"),
                tooltip=folium.Tooltip(_text.landmark_tooltip(layer_name, row)),
                popup=folium.Popup(_text.landmark_popup(row, kind), max_width=320),
            ).add_to(group)
        group.add_to(fmap)


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
    """Uncertainty circles, movement tracks, the incidents, the heat map and the day slider."""
    points = IncidentPoints.of(frame)
    large = len(points) > max_markers
    canvas = len(points) > max(cluster_max, max_markers)
    circles = uncertainty_circles(points)
    tracks = movement_tracks(points, gaz)
    dated: list[Layer] = []
    if circles:
        # hundreds of overlapping circles hide the map: for large sets the layer starts switched off
        dated.append(DatedLayer(circles, name=f"Location uncertainty ({len(circles)})", show=not large, canvas=canvas))
    if tracks:
        dated.append(DatedLayer(tracks, name=f"Movement tracks ({len(tracks)})"))
    name = f"Incidents ({len(points)})"
    dated.append(IncidentLayer(incident_columns(points), cluster=large and not canvas, canvas=canvas, name=name))
    for layer in dated:
        layer.add_to(fmap)
    HeatMap(
        np.column_stack([points.lat, points.lon]).round(5).tolist(),
        name="Density (heat map)",
        show=large if heatmap is None else heatmap,
        overlay=True,
        radius=18,
        blur=15,
        min_opacity=0.3,
    ).add_to(fmap)
    day_list = sorted({d for d in points.days.tolist() if d is not None})
    if time_slider and len(day_list) > 1:
        TimeSlider(day_list, [layer.get_name() for layer in dated]).add_to(fmap)


def _add_controls(fmap: folium.Map, perimeter_geojson: dict[str, Any], tiles: str | None, collapsed: bool) -> None:
    """Full screen, measuring, the mini-map and the layer control."""
    Fullscreen(position="topleft", title="Full screen", title_cancel="Leave full screen").add_to(fmap)
    MeasureControl(
        position="topleft",
        primary_length_unit="meters",
        secondary_length_unit="kilometers",
        primary_area_unit="sqmeters",
    ).add_to(fmap)
    MiniMap(perimeter_geojson, tiles).add_to(fmap)
    folium.LayerControl(position="topright", collapsed=collapsed).add_to(fmap)


def configured_tiles(environ: Mapping[str, str] | None = None) -> str | None:
    """The tile source configured for the app and the CLI, or None (no base tiles: offline).

    Read through :func:`geoincidents.config.load_config` (``$GEOINCIDENTS_TILES``, else ``tiles`` in
    ``geoincidents.toml``); ``"none"`` means no tiles.

    Parameters
    ----------
    environ
        The environment to read (``os.environ`` when None).
    """
    from geoincidents.config import load_config

    return load_config(environ=environ).tiles


def build_map(
    incidents: gpd.GeoDataFrame | None = None,
    *,
    gazetteer: GazetteerLike = None,
    perimeter: str = "green_zone",
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    tiles: str | None = None,
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
        used: the incident schema (``docs/conventions.md``, "The incident record"), ``origin_landmark_id`` or
        ``origin_longitude``/``origin_latitude`` for movement tracks. Rows without a location are left
        off the map.
    gazetteer
        Gazetteer GeoDataFrame or path (default the bundled Baghdad one).
    perimeter
        Perimeter id, name or alias.
    bands_m
        Distance band edges in metres, drawn as rings.
    tiles
        XYZ tile URL template (``{z}/{x}/{y}``), e.g. an in-house tile server or a local folder of
        tiles; checked by :func:`check_tile_url`. ``None`` (the default: maps are offline unless a tile
        source is given) for no base tiles; every vector layer still shows.
    attribution
        Attribution of the tiles, as plain text (shown as text, never as HTML).
    tiles_name
        Name of the base layer in the layer control (plain text).
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
    geoincidents.errors.TileSourceError
        When ``tiles`` is not an XYZ tile URL template, or tiles come without an attribution.
    ValueError
        When ``incidents`` has no CRS.
    """
    if tiles is not None:
        tiles = check_tile_url(tiles)
        if not (isinstance(attribution, str) and attribution.strip()):
            raise TileSourceError("base tiles need an attribution (who made them); give one, or no tiles")
    gaz = _as_gazetteer(gazetteer)
    feature = perimeter_feature(perimeter, gazetteer=gaz)
    bands = distance_bands(perimeter, bands_m, gazetteer=gaz)
    frame = _prepare(incidents, perimeter, bands_m, gaz) if incidents is not None else None
    fmap = _base_map(feature, bands, frame, tiles=tiles, attribution=attribution, tiles_name=tiles_name, height=height)
    _add_band_layer(fmap, bands, feature)
    perimeter_geojson = _add_perimeter_layer(fmap, feature)
    _add_bridge_layer(fmap, gaz)
    _add_landmark_layers(fmap, gaz)
    if frame is not None and len(frame):
        _add_incident_layers(
            fmap, frame, gaz, max_markers=max_markers, cluster_max=cluster_max, heatmap=heatmap, time_slider=time_slider
        )
    Legend(*legend_parts(frame, bands_m)).add_to(fmap)
    _add_controls(fmap, perimeter_geojson, tiles, collapsed_layers)
    return localize_map(fmap)


def save_map(fmap: folium.Map, path: str | Path) -> Path:
    """Write a map as one standalone HTML file (assets inlined: it opens with no network)."""
    out = Path(path)
    html = fmap.get_root().render()
    from geoincidents.io.geojson import _atomic_write_text

    _atomic_write_text(out, html)
    return out
