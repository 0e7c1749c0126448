"""The offline context layer: the Tigris, district names and bridge names drawn under everything.

A map with no base tiles would otherwise be a grey void around the perimeter. The bundled file
``data/context.geojson`` (derived and cited like the gazetteer: ``data/CONTEXT_NOTES.md``) holds the
Tigris through central Baghdad and the district names, street and bridges that the gazetteer does not;
the gazetteer's own districts and bridges are reused from the gazetteer, never copied. Each feature has
its ``source``, ``position_uncertainty_m`` and, when derived, its ``derivation``.

:func:`context_items` turns them into what the map draws (water polygons, name labels) and
:func:`add_context_layer` adds them to a map, in panes below every other layer, when they lie in the
map's area (so a user gazetteer of another city gets no Baghdad context).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import shapely
import shapely.ops
from shapely.geometry import shape

from geoincidents._paths import data_path
from geoincidents.errors import GazetteerError
from geoincidents.maps._elements import ContextLayer
from geoincidents.maps.escape import escape_text

__all__ = [
    "CONTEXT_FIELDS",
    "CONTEXT_KINDS",
    "ContextItems",
    "add_context_layer",
    "context_items",
    "load_context",
]

CONTEXT_FIELDS: tuple[str, ...] = (
    "context_id",
    "name",
    "name_ar",
    "kind",
    "source",
    "position_uncertainty_m",
    "derivation",
    "notes",
)
CONTEXT_KINDS: dict[str, tuple[str, ...]] = {
    "river": ("Polygon", "MultiPolygon"),
    "place": ("Point",),
    "street": ("Point",),
    "bridge": ("Point",),
}
"""Kinds of context feature and the geometry each may have."""
_CITY_LEVEL_M = 10_000  # a gazetteer district this vague (the whole city) gets no label


def load_context(path: str | Path | None = None) -> gpd.GeoDataFrame:
    """Read and check a context layer file (default: the bundled ``context.geojson``).

    Raises
    ------
    GazetteerError
        When the file is unreadable, or listing every feature that lacks a field, has an unknown kind or
        the wrong geometry, has no source, or has no positive uncertainty.
    """
    src = Path(path) if path is not None else data_path("context.geojson")
    try:
        mtime = src.stat().st_mtime_ns
    except OSError as exc:
        raise GazetteerError(str(src), [f"cannot be read ({exc.strerror or exc})"]) from exc
    return _load(str(src), mtime).copy()


@lru_cache(maxsize=4)
def _load(src: str, _mtime: int) -> gpd.GeoDataFrame:
    try:
        doc = json.loads(Path(src).read_text(encoding="utf-8"))
        features = list(doc["features"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GazetteerError(src, [f"not a GeoJSON FeatureCollection ({exc})"]) from exc
    rows: list[dict[str, Any]] = []
    geoms: list[Any] = []
    problems: list[str] = []
    seen: set[str] = set()
    for i, feature in enumerate(features):
        props = dict(feature.get("properties") or {}) if isinstance(feature, dict) else {}
        where = f"context feature {i} ({props.get('context_id')!r})"
        found = _problems(props, feature.get("geometry") if isinstance(feature, dict) else None, seen)
        problems += [f"{where}: {p}" for p in found]
        if not found:
            rows.append({k: props.get(k) for k in CONTEXT_FIELDS})
            geoms.append(shape(feature["geometry"]))
    if problems:
        raise GazetteerError(src, problems)
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


def _problems(props: dict[str, Any], geometry: Any, seen: set[str]) -> list[str]:
    """What is wrong with one context feature (nothing: an empty list)."""
    missing = [k for k in CONTEXT_FIELDS if k not in props]
    if missing:
        return [f"missing field(s) {', '.join(missing)}"]
    out = []
    cid = props["context_id"]
    if not isinstance(cid, str) or not cid or cid in seen:
        out.append("context_id must be a unique, non-empty text")
    seen.add(str(cid))
    kind = props["kind"]
    if kind not in CONTEXT_KINDS:
        return [*out, f"kind {kind!r} is not one of {', '.join(CONTEXT_KINDS)}"]
    if not (isinstance(props["source"], str) and props["source"].strip()):
        out.append("no source (every context feature cites where it comes from)")
    unc = props["position_uncertainty_m"]
    if not (isinstance(unc, int | float) and not isinstance(unc, bool) and unc > 0):
        out.append("position_uncertainty_m must be a positive number of metres")
    if not isinstance(geometry, dict) or geometry.get("type") not in CONTEXT_KINDS[kind]:
        return [*out, f"a {kind} needs a {' or '.join(CONTEXT_KINDS[kind])} geometry"]
    try:
        geom = shape(geometry)
    except (ValueError, TypeError, AttributeError, IndexError) as exc:
        return [*out, f"geometry cannot be read ({exc})"]
    x0, y0, x1, y1 = geom.bounds
    if not (geom.is_valid and -180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90):
        out.append("geometry is invalid or outside lon/lat ranges")
    return out


@dataclass(frozen=True)
class ContextItems:
    """What the context layer draws: water polygons as [lat, lon] rings and the name labels."""

    water: list[list[list[list[float]]]]
    labels: list[dict[str, Any]]

    def __bool__(self) -> bool:
        return bool(self.water or self.labels)


def _rings(geom: Any) -> list[list[list[list[float]]]]:
    polygons = []
    for part in shapely.get_parts(geom):
        rings = [part.exterior, *part.interiors]
        polygons.append([[[round(y, 6), round(x, 6)] for x, y in ring.coords] for ring in rings])
    return polygons


def _label(name: Any, name_ar: Any, pt: Any, kind: str) -> dict[str, Any]:
    return {
        "lat": round(float(pt.y), 6),
        "lon": round(float(pt.x), 6),
        "kind": kind,
        "name": escape_text(name),
        "name_ar": escape_text(name_ar),
    }


def _river_label_point(river: Any, area: Sequence[float]) -> Any:
    """Where the river's name goes: inside the river, two thirds of the way from the map's centre to where
    the river leaves the map's area (away from the perimeter's crowded labels), else anywhere inside it."""
    box = shapely.box(*area)
    inside = river.intersection(box)
    if inside.is_empty:
        return river.representative_point()
    centre = box.centroid
    coords = shapely.get_coordinates(inside)
    far = max(coords, key=lambda c: (c[0] - centre.x) ** 2 + (c[1] - centre.y) ** 2)
    target = shapely.Point(centre.x + (far[0] - centre.x) * 2 / 3, centre.y + (far[1] - centre.y) * 2 / 3)
    shrunk = inside.buffer(-1e-4)  # ~10 m inside the banks
    return shapely.ops.nearest_points(inside if shrunk.is_empty else shrunk, target)[0]


def context_items(
    gazetteer: gpd.GeoDataFrame, area: Sequence[float], context: gpd.GeoDataFrame | None = None
) -> ContextItems:
    """The water and labels of the context layer that touch ``area`` (min lon, min lat, max lon, max lat).

    The context file's river, places, street and bridges, plus the gazetteer's districts (all but the
    city-level ones) and bridges. Nothing when the context file's features lie away from ``area``.
    Every name is escaped (:func:`geoincidents.maps.escape.escape_text`): a user gazetteer's names are
    user text.
    """
    ctx = load_context() if context is None else context
    box = shapely.box(*area)
    near = ctx[ctx.geometry.intersects(box.buffer(0.25))]  # about 25 km around the map's area
    if not len(near):
        return ContextItems([], [])
    water: list[list[list[list[float]]]] = []
    labels: list[dict[str, Any]] = []
    for row in near.itertuples(index=False):
        if row.kind == "river":
            water.extend(_rings(row.geometry))
            labels.append(_label(row.name, row.name_ar, _river_label_point(row.geometry, area), "river"))
        else:
            labels.append(_label(row.name, row.name_ar, row.geometry, row.kind))
    gaz = gazetteer.to_crs("EPSG:4326") if gazetteer.crs is not None and gazetteer.crs != "EPSG:4326" else gazetteer
    unc = gaz["position_uncertainty_m"].astype(float)
    for row in gaz[(gaz["kind"] == "district") & (unc < _CITY_LEVEL_M)].itertuples(index=False):
        labels.append(_label(row.name, row.name_ar, row.geometry.representative_point(), "place"))
    for row in gaz[gaz["kind"] == "bridge"].itertuples(index=False):
        geom = row.geometry
        mid = geom.interpolate(0.5, normalized=True) if geom.geom_type == "LineString" else geom.representative_point()
        labels.append(_label(row.name, row.name_ar, mid, "bridge"))
    return ContextItems(water, labels)


def add_context_layer(
    fmap: folium.Map, gazetteer: gpd.GeoDataFrame, area: Sequence[float], *, show: bool = True
) -> ContextLayer | None:
    """Add the context layer to ``fmap`` (under every other layer); None when nothing of it is near ``area``.

    Parameters
    ----------
    show
        Show it on opening (the map's default: only when no base map is drawn under it).
    """
    items = context_items(gazetteer, area)
    if not items:
        return None
    layer = ContextLayer(items.water, items.labels, show=show)
    layer.add_to(fmap)
    return layer
