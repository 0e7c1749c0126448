"""Incident density on a hexagon grid, aggregated in Python, for maps of many thousands of incidents.

Tens or hundreds of thousands of dots hide each other, the perimeter and the streets, and would make a
saved map tens of megabytes. The density layer instead draws hexagons coloured by incidents per square
kilometre, at several sizes (:data:`geoincidents.maps.style.DENSITY_LEVELS`: the map shows the level that
suits its zoom), each with its count per ACLED event type. The page receives only the non-empty cells.

The grid is regular in a local equirectangular projection centred on the data (metres east and north of
its centre, scaled by the cosine of the centre's latitude). On a Web Mercator map, a conformal projection,
its hexagons therefore look regular, and adjacent cells share their corners exactly. A cell's true area
changes with the cosine of its latitude; the density of every cell is divided by its own area
(:func:`hex_density`), so that densities compare across the map.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["EARTH_RADIUS_M", "HexLevel", "density_breaks", "hex_density"]

EARTH_RADIUS_M = 6_371_008.8
"""The mean Earth radius (IUGG), for the local projection."""


@dataclass(frozen=True)
class HexLevel:
    """The non-empty hexagons of one grid size.

    ``lat``/``lon`` are the cells' centres; ``corners`` the six corner offsets ``[dlat, dlon]`` in degrees,
    the same for every cell; ``by_type`` the count of each type code per cell (one column per code);
    ``per_km2`` incidents per square kilometre of each cell's true area.
    """

    min_zoom: int
    width_m: float
    lat: np.ndarray
    lon: np.ndarray
    corners: list[list[float]]
    by_type: np.ndarray
    per_km2: np.ndarray

    @property
    def count(self) -> np.ndarray:
        """Incidents per cell."""
        out: np.ndarray = self.by_type.sum(axis=1)
        return out

    def __len__(self) -> int:
        return len(self.lat)


def _axial_round(q: np.ndarray, r: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The hexagon (axial coordinates) each fractional (q, r) lies in: cube-coordinate rounding."""
    s = -q - r
    rq, rr, rs = np.round(q), np.round(r), np.round(s)
    dq, dr, ds = np.abs(rq - q), np.abs(rr - r), np.abs(rs - s)
    fix_q = (dq > dr) & (dq > ds)
    fix_r = ~fix_q & (dr > ds)
    rq = np.where(fix_q, -rr - rs, rq)
    rr = np.where(fix_r, -rq - rs, rr)
    return rq.astype(np.int64), rr.astype(np.int64)


def _level(
    x: np.ndarray, y: np.ndarray, codes: np.ndarray, n_types: int, width_m: float, lat0: float, lon0: float
) -> tuple[np.ndarray, np.ndarray, list[list[float]], np.ndarray, np.ndarray]:
    """Cells (centre lat, lon), corner offsets, counts per type and per km2 for one hexagon width."""
    size = width_m / math.sqrt(3.0)  # pointy-top hexagon: circumradius from the width across flats
    q, r = _axial_round((math.sqrt(3.0) / 3.0 * x - y / 3.0) / size, (2.0 / 3.0 * y) / size)
    cells, inverse = np.unique(np.stack([q, r], axis=1), axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    by_type = np.zeros((len(cells), n_types), dtype=np.int64)
    np.add.at(by_type, (inverse, codes), 1)
    cx = size * (math.sqrt(3.0) * cells[:, 0] + math.sqrt(3.0) / 2.0 * cells[:, 1])
    cy = size * 1.5 * cells[:, 1]
    kx = EARTH_RADIUS_M * math.cos(math.radians(lat0)) * math.pi / 180.0  # metres per degree east at lat0
    ky = EARTH_RADIUS_M * math.pi / 180.0  # metres per degree north
    lat = lat0 + cy / ky
    lon = lon0 + cx / kx
    corners = [
        [round(size * math.sin(math.radians(a)) / ky, 8), round(size * math.cos(math.radians(a)) / kx, 8)]
        for a in range(30, 360, 60)
    ]
    area_km2 = 1.5 * math.sqrt(3.0) * size * size / 1e6 * np.cos(np.radians(lat)) / math.cos(math.radians(lat0))
    return lat, lon, corners, by_type, by_type.sum(axis=1) / area_km2


def hex_density(
    lon: np.ndarray, lat: np.ndarray, codes: np.ndarray, n_types: int, levels: Sequence[tuple[int, float]]
) -> list[HexLevel]:
    """Count incidents per hexagon at every level, per type.

    Parameters
    ----------
    lon, lat
        Positions in degrees (EPSG:4326), all finite.
    codes
        Per incident, its type as an integer ``0 <= code < n_types`` (the legend's order).
    n_types
        How many type codes there are.
    levels
        ``(smallest zoom, hexagon width across flats in metres)`` per level.

    Returns
    -------
    list of HexLevel
        One per level, in the order given; only non-empty cells.
    """
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    codes = np.asarray(codes, dtype=np.int64)
    if not len(lon):
        return []
    lat0, lon0 = float((lat.min() + lat.max()) / 2), float((lon.min() + lon.max()) / 2)
    x = (lon - lon0) * EARTH_RADIUS_M * math.cos(math.radians(lat0)) * math.pi / 180.0
    y = (lat - lat0) * EARTH_RADIUS_M * math.pi / 180.0
    out = []
    for min_zoom, width in levels:
        clat, clon, corners, by_type, per_km2 = _level(x, y, codes, n_types, float(width), lat0, lon0)
        out.append(HexLevel(int(min_zoom), float(width), clat, clon, corners, by_type, per_km2))
    return out


def _nice(value: float) -> float:
    """``value`` rounded to one significant digit of 1, 2 or 5 (at least 1)."""
    if value <= 1:
        return 1.0
    exp = math.floor(math.log10(value))
    return float(min((1, 2, 5, 10), key=lambda m: abs(math.log(value / (m * 10**exp)))) * 10**exp)


def density_breaks(levels: Sequence[HexLevel], n_classes: int) -> list[float]:
    """Upper bounds of ``n_classes - 1`` density classes (per km2), log-spaced over every level's cells.

    The last class is open-ended. Breaks are rounded to 1, 2 or 5 times a power of ten and strictly rising.
    """
    values = np.concatenate([lv.per_km2 for lv in levels]) if levels else np.array([])
    if not len(values):
        return []
    lo, hi = max(float(np.percentile(values, 5)), 1e-9), max(float(np.percentile(values, 99)), 1e-9)
    raw = np.geomspace(lo, max(hi, lo * 10), n_classes + 1)[1:-1]
    breaks: list[float] = []
    for value in raw.tolist():
        nice = _nice(value)
        if not breaks or nice > breaks[-1]:
            breaks.append(nice)
    return breaks
