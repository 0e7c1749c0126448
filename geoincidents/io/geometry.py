"""One incident's position from a geometry in a file: WKT parsed safely, shapes reduced to a point.

Policies (written out in ``docs/input-formats.md``):

- WKT is checked before it is parsed: nesting deeper than :data:`~geoincidents.io.limits.MAX_NESTING`
  or more than :data:`~geoincidents.io.limits.MAX_VERTICES` vertices rejects the row (GEOS parses WKT
  recursively: a ``GEOMETRYCOLLECTION (`` nested 30,000 deep would crash the process).
- Points are used as they are; other geometries are reduced to a representative point, with their
  radius around that point (metres) as ``uncertainty_m``: the file itself states that extent, so a
  district never reads as a precise spot.
- Invalid polygons are repaired with ``shapely.make_valid(method="structure")`` (exterior rings bound
  area, holes remove it) when they have at most :data:`~geoincidents.io.limits.MAX_REPAIR_VERTICES`
  vertices; a larger invalid polygon is represented by its convex hull (cost independent of its
  self-intersections; the radius then covers the whole hull, so it never understates). The default
  ``linework`` method takes minutes on a few hundred self-intersecting vertices.
- Empty geometries, non-finite coordinates and GeometryCollections of mixed types are rejected.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from pyproj import CRS

from geoincidents._crs import WGS84, metric_crs_for, project_geometry
from geoincidents.io.limits import MAX_NESTING, MAX_REPAIR_VERTICES, MAX_VERTICES, paren_depth

__all__ = ["FieldError", "Position", "parse_wkt", "reduce_geometry", "too_deep", "vertex_count"]

_MAX_SHOWN = 200


class FieldError(ValueError):
    """One field of one row is unusable; the message is the reason shown to the user, starting with
    the field's name (``latitude ...``, ``wkt ...``, ``geometry ...``)."""


@dataclass
class Position:
    """A row's WGS84 position, what was changed to get it, and the radius its geometry implies."""

    lon: float
    lat: float
    fixes: list[str] = field(default_factory=list)
    uncertainty_m: float | None = None


def _show(text: str) -> str:
    return text if len(text) <= _MAX_SHOWN else text[:_MAX_SHOWN] + "..."


def parse_wkt(text: str) -> shapely.Geometry:
    """Parse one WKT text after checking its nesting and size; raise :class:`FieldError` saying why not."""
    if text.count("(") > MAX_NESTING:
        depth = paren_depth(text)
        if depth > MAX_NESTING:
            raise FieldError(f"wkt nests {depth} levels deep, above the limit of {MAX_NESTING}")
    if text.count(",") > 2 * MAX_VERTICES:
        raise FieldError(f"wkt has more than {MAX_VERTICES} vertices (the limit per geometry)")
    try:
        geom = shapely.from_wkt(text)
    except (shapely.errors.GEOSException, ValueError, TypeError) as exc:
        raise FieldError(f"wkt {_show(text)!r} is not valid WKT ({str(exc).splitlines()[0]})") from None
    if geom is None:
        raise FieldError(f"wkt {_show(text)!r} is not valid WKT")
    return geom


def vertex_count(geom: shapely.Geometry) -> int:
    """Number of vertices of ``geom``."""
    return int(shapely.get_num_coordinates(geom))


def too_deep(geom: shapely.Geometry, limit: int = MAX_NESTING) -> bool:
    """Whether GeometryCollections nest deeper than ``limit`` in ``geom`` (checked without recursion)."""
    stack = [(geom, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, shapely.GeometryCollection) and item.geom_type == "GeometryCollection":
            stack.extend((part, depth + 1) for part in shapely.get_parts(item))
    return False


def _repaired(geom: shapely.Geometry, kind: str) -> tuple[shapely.Geometry, str]:
    reason = shapely.is_valid_reason(geom)
    n = vertex_count(geom)
    if n <= MAX_REPAIR_VERTICES:
        return shapely.make_valid(geom, method="structure"), f"invalid {kind} repaired ({reason})"
    hull = shapely.convex_hull(geom)
    return hull, f"invalid {kind} ({reason}) of {n} vertices represented by its convex hull"


def reduce_geometry(geom: shapely.Geometry) -> Position:
    """Return the position of a non-empty WGS84 geometry: the point itself or a representative point."""
    if shapely.is_empty(geom):
        raise FieldError("geometry is empty")
    if too_deep(geom):
        raise FieldError(f"geometry nests GeometryCollections more than {MAX_NESTING} deep")
    n = vertex_count(geom)
    if n > MAX_VERTICES:
        raise FieldError(f"geometry has {n} vertices, above the limit of {MAX_VERTICES}")
    coords = shapely.get_coordinates(geom)
    if not np.isfinite(coords).all():
        raise FieldError("geometry has NaN or infinite coordinates")
    geom = shapely.force_2d(geom)
    kind = geom.geom_type
    if kind == "Point":
        return Position(float(geom.x), float(geom.y))
    if kind == "GeometryCollection":
        kinds = sorted({g.geom_type for g in shapely.get_parts(geom)})
        if len(kinds) != 1:
            raise FieldError(f"GeometryCollection of mixed types ({', '.join(kinds)}) is not one incident location")
    if (np.abs(coords[:, 1]) > 90).any() or (np.abs(coords[:, 0]) > 180).any():
        raise FieldError(f"{kind} has coordinates outside lon [-180, 180] / lat [-90, 90]")
    fixes: list[str] = []
    if not shapely.is_valid(geom):
        geom, fix = _repaired(geom, kind)
        fixes.append(fix)
    point = shapely.point_on_surface(geom)
    if point is None or shapely.is_empty(point):
        raise FieldError(f"{kind} has no representative point")
    crs = metric_crs_for(float(point.x), float(point.y))
    radius = float(shapely.hausdorff_distance(project_geometry(point, WGS84, crs), project_geometry(geom, WGS84, crs)))
    fixes.append(f"{kind} reduced to its representative point (radius {radius:.0f} m)")
    return Position(float(point.x), float(point.y), fixes, uncertainty_m=radius)


def to_wgs84(geom: shapely.Geometry, src: CRS) -> shapely.Geometry:
    """``geom`` projected from ``src`` to WGS84 (rows with non-finite coordinates rejected first)."""
    if src.equals(WGS84):
        return geom
    coords = shapely.get_coordinates(geom)
    if not np.isfinite(coords).all():
        raise FieldError("geometry has NaN or infinite coordinates")
    return project_geometry(geom, src, WGS84)
