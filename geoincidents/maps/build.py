"""Interactive Leaflet maps of incidents near a perimeter, built with folium and rendered offline.

:func:`build_map` draws the perimeter, the distance bands, gates, bridges, squares, sit-in sites and
buildings from the gazetteer, and the incidents coloured by ACLED event type (other taxonomies mapped by
:mod:`geoincidents.maps.taxonomy`) with a legend, popups (date, type, actors, casualties, source, the
evidence sentence, distance to the perimeter), the location-uncertainty radius of imprecise incidents,
movement tracks, the alert incidents on top, a time slider, clustering and a hexagon density layer for
large sets (:func:`map_mode`, ``docs/maps.md``), a heat map (off by default), and fullscreen, measure and
mini-map controls. Every Leaflet and plugin asset
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
from geoincidents.maps._elements import (
    BaseTiles,
    DatedLayer,
    DensityLayer,
    IncidentLayer,
    Legend,
    MiniMap,
    Panes,
    TimeSlider,
)
from geoincidents.maps.assets import localize_map
from geoincidents.maps.basemap import Basemap, add_basemap
from geoincidents.maps.context import add_context_layer
from geoincidents.maps.density import density_breaks, hex_density
from geoincidents.maps.escape import escape_text
from geoincidents.maps.style import (
    ALERT_COLOR,
    BAND_COLORS,
    BRIDGE_COLOR,
    CLUSTER_MAX,
    DENSITY_COLORS,
    DENSITY_LEVELS,
    EVENT_COLORS,
    IMPRECISE_M,
    LANDMARK_STYLE,
    MAX_MARKERS,
    OTHER_COLOR,
    OTHER_LABEL,
    PERIMETER_COLOR,
    POINTS_MAX,
    STATUS_STYLE,
    event_color,
)
from geoincidents.maps.taxonomy import ACLED_TYPES, EventTypesLike, acled_types
from geoincidents.proximity.certainty import DEFAULT_BANDS_M, alert_levels
from geoincidents.proximity.measure import check_proximity

__all__ = [
    "CLUSTER_MAX",
    "DEFAULT_ATTRIBUTION",
    "DEFAULT_TILES",
    "EVENT_COLORS",
    "IMPRECISE_M",
    "MAX_MARKERS",
    "POINTS_MAX",
    "TILES_ENV",
    "IncidentPoints",
    "MapMode",
    "build_map",
    "check_tile_url",
    "configured_tiles",
    "density_data",
    "event_color",
    "incident_columns",
    "legend_parts",
    "map_mode",
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
    """The incidents to draw: attributes (no geometry), positions, each row's ACLED type, colour and day.

    ``acled`` is each row's ACLED event type (None when nothing maps it) and ``original`` its type in
    the source's taxonomy (None when it was ACLED's): :func:`geoincidents.maps.taxonomy.acled_types`.
    """

    table: pd.DataFrame
    lon: np.ndarray
    lat: np.ndarray
    colors: np.ndarray
    days: np.ndarray
    acled: np.ndarray
    original: np.ndarray

    @classmethod
    def of(cls, frame: gpd.GeoDataFrame, event_types: EventTypesLike = None) -> IncidentPoints:
        """From point incidents in EPSG:4326 (every row located); ``event_types`` as for :func:`build_map`."""
        table = pd.DataFrame(frame.drop(columns=frame.geometry.name))
        types = acled_types(table, event_types)
        return cls(
            table=table,
            lon=frame.geometry.x.to_numpy(dtype=float),
            lat=frame.geometry.y.to_numpy(dtype=float),
            colors=_text.per_unique(pd.Series(types.acled, dtype=object), event_color),
            days=_text.per_unique(_text.column(table, "event_date"), _text.day),
            acled=types.acled,
            original=types.original,
        )

    def __len__(self) -> int:
        return len(self.table)

    def subset(self, rows: np.ndarray) -> IncidentPoints:
        """The incidents at the positions ``rows`` (a boolean mask or integer positions)."""
        return IncidentPoints(
            table=self.table.iloc[np.flatnonzero(rows) if rows.dtype == bool else rows],
            lon=self.lon[rows],
            lat=self.lat[rows],
            colors=self.colors[rows],
            days=self.days[rows],
            acled=self.acled[rows],
            original=self.original[rows],
        )

    def type_codes(self) -> np.ndarray:
        """Each row's position in the legend's order: ACLED's six, then "Other type" (6)."""
        order = {t: i for i, t in enumerate(ACLED_TYPES)}
        out: np.ndarray = _text.per_unique(
            pd.Series(self.acled, dtype=object), lambda t: order.get(str(t), len(order)) if t else len(order)
        ).astype(np.int64)
        return out


def incident_columns(points: IncidentPoints, landmark_names: Mapping[str, str] | None = None) -> dict[str, list[Any]]:
    """The incident layer's columns: position, colour, day, review status, and the escaped popup texts.

    ``landmark_names`` (landmark id to name, from the gazetteer) puts names, not ids, in popups and tooltips.
    """
    statuses = _text.per_unique(
        _text.column(points.table, "status"), lambda s: str(s) if str(s) in STATUS_STYLE else "unverified"
    )
    return {
        "lat": np.round(points.lat, 7).tolist(),
        "lon": np.round(points.lon, 7).tolist(),
        "color": points.colors.tolist(),
        "day": points.days.tolist(),
        "status": statuses.tolist(),
        **_text.popup_columns(
            points.table, acled=points.acled, original=points.original, landmark_names=landmark_names
        ),
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
    names = _landmark_names(gaz)
    tracks = []
    for i in np.flatnonzero(has_origin).tolist():
        row = table.iloc[i].to_dict()
        origin = _origin_point(row, anchors)
        if origin is None:
            continue
        olon, olat = origin
        lon, lat = float(points.lon[i]), float(points.lat[i])
        origin_id = row.get("origin_landmark_id")
        where_from = escape_text(
            names.get(str(origin_id), origin_id) if _text.present(origin_id) else None, missing="the reported origin"
        )
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


def _landmark_names(gaz: gpd.GeoDataFrame) -> dict[str, str]:
    """Landmark id -> the gazetteer's English name, for popups and tooltips (people read names, not ids)."""
    return {str(k): str(v) for k, v in zip(gaz["landmark_id"], gaz["name"], strict=True) if _text.present(v)}


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


@dataclass(frozen=True)
class MapMode:
    """How the incidents are drawn (``docs/maps.md``, "Large data"), decided by their number alone.

    ``cluster``: markers gathered into clusters; ``canvas``: markers on one canvas; ``density``: the
    hexagon density layer is drawn and shown; ``points_shown``: the incident markers are shown on
    opening (else they are in the layer control, switched off); ``points``: whether the individual
    incidents are written into the map at all (beyond ``points_max`` only the density and the alerts are).
    """

    cluster: bool
    canvas: bool
    density: bool
    points_shown: bool
    points: bool


def map_mode(
    n: int, *, max_markers: int = MAX_MARKERS, cluster_max: int = CLUSTER_MAX, points_max: int = POINTS_MAX,
    density: bool | None = None,
) -> MapMode:  # fmt: skip
    """How ``n`` incidents are drawn: one marker each up to ``max_markers``, clustered up to ``cluster_max``,
    then a density layer (markers on a canvas, switched off, up to ``points_max``; none beyond).

    ``density`` True or False forces the density layer on or off (None: by the thresholds); without it,
    sets beyond ``cluster_max`` are drawn on one canvas, all shown.
    """
    dense = n > max(cluster_max, max_markers) if density is None else density
    large = n > max_markers
    canvas = n > max(cluster_max, max_markers)
    return MapMode(
        cluster=large and not canvas,
        canvas=canvas,
        density=dense and n > 0,
        points_shown=not dense,
        points=n <= points_max or not dense,
    )


def legend_parts(
    frame: gpd.GeoDataFrame | None,
    bands_m: Sequence[float],
    *,
    event_types: EventTypesLike = None,
    density: tuple[list[float], Sequence[str]] | None = None,
    notes: Sequence[str] = (),
    alerts: bool = True,
) -> tuple[list[tuple[str, str, int]], list[str]]:
    """The legend's rows: (event type, colour, count) per type drawn, then the lines that explain the symbols.

    Types are ACLED's six (other taxonomies mapped by ``event_types``, see :mod:`geoincidents.maps.taxonomy`),
    then "Other type" naming the most frequent unmapped types. ``density`` (class breaks per km2 and their
    colours) adds the density ramp; ``notes`` are added as they are (already HTML); ``alerts`` False leaves
    out the line explaining the alert incidents' red ring (there are none).
    """
    extra = [
        f'<span style="color:{PERIMETER_COLOR}">&#9632;</span> perimeter; '
        f"rings at {', '.join(f'{b:g}' for b in bands_m)} m",
    ]
    if frame is None or not len(frame):
        return [], [*extra, "no incidents to show"]
    types = acled_types(pd.DataFrame(frame.drop(columns=frame.geometry.name)), event_types)
    kinds = pd.Series(types.acled, dtype=object).fillna(OTHER_LABEL)
    counts = kinds.value_counts()
    entries = [(t, EVENT_COLORS[t], int(counts[t])) for t in ACLED_TYPES if t in counts.index]
    if OTHER_LABEL in counts.index:
        others = pd.Series(types.original, dtype=object)[(kinds == OTHER_LABEL).to_numpy()].dropna()
        top = others.value_counts().head(3)
        if len(top) == 1:
            named = str(top.index[0])
        else:
            named = ", ".join(f"{t} {c:,}" for t, c in top.items()) + (" ..." if others.nunique() > len(top) else "")
        label = f"{OTHER_LABEL}: {named}" if named else OTHER_LABEL
        entries.append((label, OTHER_COLOR, int(counts[OTHER_LABEL])))
    if alerts:
        ring = f'<span style="color:{ALERT_COLOR}">&#9711;</span>'
        extra.append(f"{ring} red ring: alert (inside or within {bands_m[0]:g} m)")
    extra.append("dashed circle: location uncertainty")
    if "status" in frame and frame["status"].isin(["verified", "disputed", "rejected"]).any():
        extra.append("outline: white unverified, black verified, dashed disputed, faded rejected")
    if density is not None:
        extra.append(_density_ramp(*density))
    extra.extend(notes)
    return entries, extra


def _density_ramp(breaks: Sequence[float], colors: Sequence[str]) -> str:
    """The legend's line for the density layer: one swatch per class with its range per km2."""
    bounds = [0.0, *breaks]
    parts = []
    for k, color in enumerate(colors[: len(bounds)]):
        label = f"{bounds[k]:g}-{bounds[k + 1]:g}" if k + 1 < len(bounds) else f"{bounds[k]:g}+"
        parts.append(
            f'<span style="display:inline-block;width:14px;height:10px;background:{color};'
            f'border:1px solid #999;margin:0 2px 0 6px"></span>{label}'
        )
    return "hexagons: incidents per km&sup2;<br>" + "".join(parts)


def density_data(points: IncidentPoints, levels: Sequence[tuple[int, float]] = DENSITY_LEVELS) -> dict[str, Any]:
    """What the density layer draws: per level its zoom, width, corners and cells; the types, breaks, colours."""
    hexes = hex_density(points.lon, points.lat, points.type_codes(), len(ACLED_TYPES) + 1, levels)
    breaks = density_breaks(hexes, len(DENSITY_COLORS))
    names = [*ACLED_TYPES, OTHER_LABEL]
    colors = [*(EVENT_COLORS[t] for t in ACLED_TYPES), OTHER_COLOR]
    return {
        "levels": [
            {
                "z": lv.min_zoom,
                "w": f"{lv.width_m:,.0f}",
                "off": lv.corners,
                "lat": np.round(lv.lat, 6).tolist(),
                "lon": np.round(lv.lon, 6).tolist(),
                "t": lv.by_type.tolist(),
                "d": np.round(lv.per_km2, 2).tolist(),
            }
            for lv in hexes
        ],
        "types": [[escape_text(n), c] for n, c in zip(names, colors, strict=True)],
        "breaks": breaks,
        "colors": list(DENSITY_COLORS[: len(breaks) + 1]),
    }


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
    Panes().add_to(fmap)
    if tiles:
        BaseTiles(
            tiles=tiles, attr=escape_text(attribution), name=escape_text(tiles_name), max_zoom=19, overlay=False
        ).add_to(fmap)
    fmap.fit_bounds([_latlon(minx, miny), _latlon(maxx, maxy)])
    return fmap


def _add_band_layer(fmap: folium.Map, bands: gpd.GeoDataFrame, feature: pd.Series) -> None:
    """The distance rings around the perimeter, nearest first (colours of :data:`BAND_COLORS`).

    Each ring is drawn twice: its light fill under the incidents (pane ``giAreas``) and its outline, which
    carries the tooltip, above them (``giOutlines``).
    """
    e = escape_text
    group = folium.FeatureGroup(name="Distance bands", overlay=True, show=True)
    for i, band in enumerate(bands.itertuples(index=False)):
        color = BAND_COLORS[min(i, len(BAND_COLORS) - 1)]
        geometry = mapping(band.geometry)
        folium.GeoJson(
            geometry,
            style_function=lambda _f, c=color: {"stroke": False, "fillColor": c, "fillOpacity": 0.07},
            interactive=False,
            pane="giAreas",
        ).add_to(group)
        folium.GeoJson(
            geometry,
            style_function=lambda _f, c=color: {"color": c, "weight": 1.5, "fill": False},
            tooltip=folium.Tooltip(f"{e(band.band)} outside {e(feature['name'])}"),
            interactive=True,
            pane="giOutlines",
        ).add_to(group)
    group.add_to(fmap)


def _add_perimeter_layer(fmap: folium.Map, feature: pd.Series) -> dict[str, Any]:
    """The perimeter with its names and position uncertainty; returns its GeoJSON geometry.

    Its fill lies under the incidents, its outline (tooltip and popup) above them: an incident inside the
    perimeter can be clicked, and so can the perimeter's edge wherever incidents crowd it.
    """
    e = escape_text
    geojson = mapping(feature.geometry)
    group = folium.FeatureGroup(name=f"Perimeter: {e(feature['name'])}", overlay=True, show=True)
    folium.GeoJson(
        geojson,
        style_function=lambda _f: {"stroke": False, "fillColor": PERIMETER_COLOR, "fillOpacity": 0.12},
        interactive=False,
        pane="giAreas",
    ).add_to(group)
    names = f"{e(feature['name'])} {e(feature['name_ar'])}"
    outline = folium.GeoJson(
        geojson,
        style_function=lambda _f: {"color": PERIMETER_COLOR, "weight": 3, "fill": False},
        tooltip=folium.Tooltip(f"{names} (± {feature['position_uncertainty_m']:g} m)"),
        pane="giOutlines",
    ).add_to(group)
    folium.Popup(_text.perimeter_popup(feature), max_width=320).add_to(outline)
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
    """One marker layer per landmark kind of :data:`LANDMARK_STYLE`: gates above the incidents, the others under."""
    for kind, (layer_name, color, icon) in LANDMARK_STYLE.items():
        subset = gaz[gaz["kind"] == kind]
        if not len(subset):
            continue
        group = folium.FeatureGroup(name=layer_name, overlay=True, show=True)
        for _, row in subset.iterrows():
            pt = row.geometry.representative_point()
            folium.Marker(
                _latlon(pt.x, pt.y),
                pane="markerPane" if kind == "gate" else "giLandmarks",
                icon=folium.Icon(color=color, icon=icon, prefix="fa"),
                tooltip=folium.Tooltip(_text.landmark_tooltip(layer_name, row)),
                popup=folium.Popup(_text.landmark_popup(row, kind), max_width=320),
            ).add_to(group)
        group.add_to(fmap)


@dataclass(frozen=True)
class _IncidentOptions:
    """The incident-layer options of :func:`build_map`."""

    mode: MapMode
    heatmap: bool
    time_slider: bool
    bands_m: Sequence[float]
    perimeter_uncertainty_m: float


def _alert_mask(points: IncidentPoints, bands_m: Sequence[float], perimeter_uncertainty_m: float) -> np.ndarray:
    """Which incidents raise an alert (inside or within the first band, certainly or possibly): the one policy."""
    dist = _text.numbers(points.table, "distance_m")
    levels = alert_levels(dist, _text.location_radius(points.table), perimeter_uncertainty_m, bands_m)
    out: np.ndarray = levels != ""
    return out


def _add_incident_layers(
    fmap: folium.Map, points: IncidentPoints, gaz: gpd.GeoDataFrame, opts: _IncidentOptions
) -> tuple[dict[str, Any] | None, int]:
    """Uncertainty circles, tracks, the density layer, the incidents, the alert incidents, heat map, day slider.

    Returns the density layer's data when it is drawn, and the number of alert incidents (for the legend).
    """
    mode = opts.mode
    names = _landmark_names(gaz)
    alert = _alert_mask(points, opts.bands_m, opts.perimeter_uncertainty_m)
    dated: list[Layer] = []
    circles = uncertainty_circles(points) if mode.points else []
    if circles:
        # hundreds of overlapping circles hide the map: beyond max_markers the layer starts switched off
        shown = not (mode.cluster or mode.canvas)
        dated.append(DatedLayer(circles, name=f"Location uncertainty ({len(circles)})", show=shown, canvas=mode.canvas))
    tracks = movement_tracks(points, gaz)
    if tracks:
        dated.append(DatedLayer(tracks, name=f"Movement tracks ({len(tracks)})"))
    dense = density_data(points) if mode.density else None
    if dense is not None:
        DensityLayer(dense, name=f"Density of incidents ({len(points):,}, hexagons)").add_to(fmap)
    rest = points.subset(~alert)
    if mode.points and len(rest):
        name = f"Incidents ({len(rest):,})"
        columns = incident_columns(rest, names)
        dated.append(
            IncidentLayer(columns, cluster=mode.cluster, canvas=mode.canvas, name=name, show=mode.points_shown)
        )
    if alert.any():
        alerts = points.subset(alert)
        dated.append(
            IncidentLayer(
                incident_columns(alerts, names),
                cluster=len(alerts) > MAX_MARKERS,  # red clusters, above everything but popups
                canvas=False,
                name=f"Alert incidents: inside or within {opts.bands_m[0]:g} m ({len(alerts):,})",
                alert_color=ALERT_COLOR,
            )
        )
    for layer in dated:
        layer.add_to(fmap)
    _add_heatmap(fmap, points, dense, opts.heatmap)
    day_list = sorted({d for d in points.days.tolist() if d is not None})
    if opts.time_slider and len(day_list) > 1 and any(isinstance(layer, IncidentLayer) for layer in dated):
        TimeSlider(day_list, [layer.get_name() for layer in dated]).add_to(fmap)
    return dense, int(alert.sum())


def _add_heatmap(fmap: folium.Map, points: IncidentPoints, dense: dict[str, Any] | None, show: bool) -> None:
    """The heat map, in the layer control (off unless asked for); from the finest hexagons with a density layer."""
    if dense is not None and dense["levels"]:
        finest = dense["levels"][-1]
        counts = np.asarray(finest["t"]).sum(axis=1)
        weight = np.round(counts / max(1, counts.max()), 4)
        data = np.column_stack([finest["lat"], finest["lon"], weight]).tolist()
    else:
        data = np.column_stack([points.lat, points.lon]).round(5).tolist()
    HeatMap(data, name="Heat map", show=show, overlay=True, radius=18, blur=15, min_opacity=0.3).add_to(fmap)


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
    points_max: int = POINTS_MAX,
    density: bool | None = None,
    heatmap: bool = False,
    event_types: EventTypesLike = None,
    time_slider: bool = True,
    height: str = "100%",
    collapsed_layers: bool = False,
    basemap: str | Path | Basemap | None = None,
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
        Beyond this many incidents they are clustered.
    cluster_max
        Beyond this many incidents (and ``max_markers``) a hexagon density layer is shown instead of
        points; the points are drawn on one canvas, switched off in the layer control (see :func:`map_mode`).
    points_max
        Beyond this many incidents (with the density layer) the individual incidents are not written into
        the map, which keeps it a few megabytes; alert incidents always are.
    density
        Force the density layer on (True) or off (False); None decides by ``cluster_max``.
    heatmap
        Show the heat-map layer on opening (it is always in the layer control when there are incidents).
    event_types
        How to read types outside ACLED's taxonomy (:func:`geoincidents.maps.taxonomy.acled_types`): None
        (automatic: ACLED, UCDP and GDELT columns), ``"ucdp"``, ``"cameo"``, or a custom mapping ``{type:
        ACLED type}`` (dict, JSON or CSV file).
    time_slider
        Add the day slider when the incidents span more than one day.
    height
        CSS height of the map.
    collapsed_layers
        Collapse the layer control into its button (for small map frames, e.g. in the app).
    basemap
        A local base map file (PMTiles or MBTiles, raster or vector) embedded in the map, cut down to the
        map's area when over the size limit (:mod:`geoincidents.maps.basemap`, ``docs/basemaps.md``);
        give it or ``tiles``, not both. With neither, the offline context layer (the Tigris, district
        and bridge names; :mod:`geoincidents.maps.context`) is shown under everything; with either, it
        is in the layer control, switched off.

    Returns
    -------
    folium.Map
        Ready to save (:func:`save_map`) or to show with ``streamlit_folium.st_folium``.

    Raises
    ------
    geoincidents.maps.assets.AssetError
        When the offline assets were not fetched (``python -m geoincidents.maps.assets fetch``).
    geoincidents.errors.TileSourceError
        When ``tiles`` is not an XYZ tile URL template, or tiles come without an attribution, or both
        ``tiles`` and ``basemap`` are given.
    geoincidents.errors.BasemapError
        When ``basemap`` cannot be read or is too large to embed.
    ValueError
        When ``incidents`` has no CRS.
    """
    if tiles is not None:
        tiles = check_tile_url(tiles)
        if not (isinstance(attribution, str) and attribution.strip()):
            raise TileSourceError("base tiles need an attribution (who made them); give one, or no tiles")
    if tiles is not None and basemap is not None:
        raise TileSourceError("give base tiles or a local base map file, not both")
    gaz = _as_gazetteer(gazetteer)
    feature = perimeter_feature(perimeter, gazetteer=gaz)
    bands = distance_bands(perimeter, bands_m, gazetteer=gaz)
    frame = _prepare(incidents, perimeter, bands_m, gaz) if incidents is not None else None
    fmap = _base_map(feature, bands, frame, tiles=tiles, attribution=attribution, tiles_name=tiles_name, height=height)
    x0, y0, x1, y1 = (float(v) for v in bands.total_bounds)
    area = (x0, y0, x1, y1)
    if basemap is not None:
        add_basemap(fmap, basemap, area=area)
    add_context_layer(fmap, gaz, area, show=tiles is None and basemap is None)
    _add_band_layer(fmap, bands, feature)
    perimeter_geojson = _add_perimeter_layer(fmap, feature)
    _add_bridge_layer(fmap, gaz)
    _add_landmark_layers(fmap, gaz)
    dense, n_alerts = None, 0
    notes: list[str] = []
    if frame is not None and len(frame):
        points = IncidentPoints.of(frame, event_types)
        mode = map_mode(
            len(points), max_markers=max_markers, cluster_max=cluster_max, points_max=points_max, density=density
        )
        opts = _IncidentOptions(mode, heatmap, time_slider, tuple(bands_m), float(feature["position_uncertainty_m"]))
        dense, n_alerts = _add_incident_layers(fmap, points, gaz, opts)
        if not mode.points:
            notes.append(f"beyond {points_max:,} incidents only their density and the alerts are drawn")
    ramp = (dense["breaks"], dense["colors"]) if dense is not None else None
    legend = legend_parts(frame, bands_m, event_types=event_types, density=ramp, notes=notes, alerts=n_alerts > 0)
    Legend(*legend).add_to(fmap)
    _add_controls(fmap, perimeter_geojson, tiles, collapsed_layers)
    return localize_map(fmap)


def save_map(fmap: folium.Map, path: str | Path) -> Path:
    """Write a map as one standalone HTML file (assets inlined: it opens with no network)."""
    out = Path(path)
    html = fmap.get_root().render()
    from geoincidents.io.geojson import _atomic_write_text

    _atomic_write_text(out, html)
    return out
