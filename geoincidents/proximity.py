"""Proximity of incidents to a perimeter: signed distance, inside/outside, band and nearest gate.

Everything is vectorised over coordinate arrays (no Python loop per incident): points are projected
with a cached :class:`pyproj.Transformer` into a metric CRS (UTM 38N around Baghdad), containment is
answered by :func:`shapely.contains_xy` on the prepared polygon, distance to the boundary by a
nearest-segment query on an STR-tree of the boundary's segments, and the nearest gate by the same
query on the gates.

Location uncertainty is honest: when the incidents carry ``uncertainty_m`` (the radius implied by their
geocoding precision), it is added to the perimeter's own ``position_uncertainty_m`` and the
``breach`` column says whether the incident is inside for every position the uncertainty allows
(``certain``), for some (``possible``) or for none (``excluded``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from numpy.typing import ArrayLike, NDArray
from pyproj import CRS

from geoincidents._crs import BAGHDAD_UTM, WGS84, metric_crs_for, project_geometry, require_crs, transformer
from geoincidents.gazetteer import load_gazetteer, perimeter_feature

__all__ = [
    "DEFAULT_BANDS_M",
    "PROXIMITY_COLUMNS",
    "band_labels",
    "check_proximity",
    "proximity_arrays",
]

DEFAULT_BANDS_M: tuple[float, ...] = (250.0, 1000.0, 3000.0)
PROXIMITY_COLUMNS: tuple[str, ...] = (
    "perimeter_id",
    "distance_m",
    "inside",
    "band",
    "nearest_gate_id",
    "gate_distance_m",
)
BREACH_LEVELS: tuple[str, ...] = ("certain", "possible", "excluded")
# Gates count as belonging to a perimeter when they lie this close to its boundary (metres), or within
# their own stated position uncertainty of it.
_GATE_SNAP_M = 100.0


def _fmt_m(value: float) -> str:
    return f"{value:g}"


def band_labels(bands_m: Sequence[float] | NDArray[np.float64] = DEFAULT_BANDS_M) -> list[str]:
    """Return the ordered band labels for band edges in metres, e.g. ``inside``, ``0-250 m``, ...

    The first label is ``inside``; points on the boundary (distance 0) fall in the first outer band.
    """
    edges = _check_bands(bands_m)
    labels = ["inside"]
    low = 0.0
    for edge in edges:
        labels.append(f"{_fmt_m(low)}-{_fmt_m(edge)} m")
        low = edge
    labels.append(f">{_fmt_m(low)} m")
    return labels


def _check_bands(bands_m: Sequence[float] | NDArray[np.float64]) -> NDArray[np.float64]:
    edges = np.asarray(bands_m, dtype=float)
    if edges.ndim != 1 or len(edges) == 0:
        raise ValueError("bands_m must be a non-empty sequence of distances in metres")
    if not np.isfinite(edges).all() or (edges <= 0).any() or (np.diff(edges) <= 0).any():
        raise ValueError(f"bands_m must be positive and strictly increasing, got {list(bands_m)}")
    return edges


@dataclass(frozen=True)
class _PerimeterIndex:
    perimeter_id: str
    crs: CRS
    polygon: shapely.Geometry  # projected, prepared
    segments_tree: shapely.STRtree
    gate_ids: NDArray[np.object_]
    gates_tree: shapely.STRtree | None
    uncertainty_m: float


def _segments(boundary: shapely.Geometry) -> NDArray[np.object_]:
    parts = shapely.get_parts(boundary)
    segs = []
    for part in parts:
        xy = shapely.get_coordinates(part)
        starts, ends = xy[:-1], xy[1:]
        segs.append(shapely.linestrings(np.stack([starts, ends], axis=1)))
    return np.concatenate(segs)


def _build_index(feature: pd.Series, gazetteer: gpd.GeoDataFrame, crs: CRS) -> _PerimeterIndex:
    poly = project_geometry(feature.geometry, WGS84, crs)
    shapely.prepare(poly)
    tree = shapely.STRtree(_segments(poly.boundary))
    gates = gazetteer[gazetteer["kind"] == "gate"]
    gate_ids: NDArray[np.object_] = np.array([], dtype=object)
    gates_tree = None
    if len(gates):
        tr = transformer(WGS84, crs)
        gx, gy = tr.transform(gates.geometry.x.to_numpy(), gates.geometry.y.to_numpy())
        gate_pts = shapely.points(gx, gy)
        gap = shapely.distance(poly.boundary, gate_pts)
        tol = np.maximum(_GATE_SNAP_M, gates["position_uncertainty_m"].to_numpy(dtype=float))
        keep = gap <= tol
        if keep.any():
            gate_ids = gates["landmark_id"].to_numpy(dtype=object)[keep]
            gates_tree = shapely.STRtree(gate_pts[keep])
    return _PerimeterIndex(
        perimeter_id=str(feature["landmark_id"]),
        crs=crs,
        polygon=poly,
        segments_tree=tree,
        gate_ids=gate_ids,
        gates_tree=gates_tree,
        uncertainty_m=float(feature["position_uncertainty_m"]),
    )


@lru_cache(maxsize=16)
def _bundled_index(name: str, gazetteer_path: str | None) -> _PerimeterIndex:
    gaz = load_gazetteer(gazetteer_path)
    feature = perimeter_feature(name, gazetteer=gaz)
    return _build_index(feature, gaz, _metric_crs(feature.geometry))


def _metric_crs(geom: shapely.Geometry) -> CRS:
    c = geom.centroid
    crs = metric_crs_for(c.x, c.y)
    return BAGHDAD_UTM if crs.to_epsg() == 32638 else crs


def _perimeter_index(
    perimeter: str | shapely.Geometry | gpd.GeoSeries | gpd.GeoDataFrame,
    gazetteer: gpd.GeoDataFrame | str | Path | None,
) -> _PerimeterIndex:
    if isinstance(perimeter, str):
        if gazetteer is None or isinstance(gazetteer, (str, Path)):
            return _bundled_index(perimeter, None if gazetteer is None else str(gazetteer))
        feature = perimeter_feature(perimeter, gazetteer=gazetteer)
        return _build_index(feature, gazetteer, _metric_crs(feature.geometry))
    if isinstance(perimeter, (gpd.GeoSeries, gpd.GeoDataFrame)):
        require_crs(perimeter, what="perimeter")
        if len(perimeter) != 1:
            raise ValueError(f"perimeter must hold exactly one polygon, got {len(perimeter)} rows")
        geom = perimeter.to_crs(WGS84).geometry.iloc[0]
        pid = str(perimeter["landmark_id"].iloc[0]) if "landmark_id" in perimeter else "perimeter"
        unc = float(perimeter["position_uncertainty_m"].iloc[0]) if "position_uncertainty_m" in perimeter else 0.0
    elif isinstance(perimeter, shapely.Geometry):
        geom, pid, unc = perimeter, "perimeter", 0.0
    else:
        raise TypeError("perimeter must be a name, a shapely Polygon in EPSG:4326, or a one-row GeoSeries/GeoDataFrame")
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
        raise ValueError(f"perimeter must be a non-empty Polygon or MultiPolygon, got {geom.geom_type}")
    gaz = gazetteer if isinstance(gazetteer, gpd.GeoDataFrame) else load_gazetteer(gazetteer)
    feature = pd.Series({"landmark_id": pid, "geometry": geom, "position_uncertainty_m": unc}, dtype=object)
    return _build_index(feature, gaz, _metric_crs(geom))


def proximity_arrays(
    lon: ArrayLike,
    lat: ArrayLike,
    perimeter: str | shapely.Geometry | gpd.GeoSeries | gpd.GeoDataFrame = "green_zone",
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    *,
    uncertainty_m: ArrayLike | None = None,
    gazetteer: gpd.GeoDataFrame | str | Path | None = None,
    crs: Any = WGS84,
) -> dict[str, Any]:
    """Compute proximity on coordinate arrays; the core of :func:`check_proximity`.

    Parameters
    ----------
    lon, lat
        Coordinates of the points (x and y in ``crs``; lon/lat degrees for the default EPSG:4326).
        NaN marks a missing position: its results are NaN / missing, never a number.
    perimeter
        Perimeter id, name or alias in the gazetteer, or a polygon (shapely in EPSG:4326, or a
        one-row GeoSeries/GeoDataFrame with a CRS).
    bands_m
        Increasing band edges in metres outside the perimeter.
    uncertainty_m
        Optional per-point location uncertainty radius in metres (NaN = unknown, treated as 0 for
        the breach flag but reported as such).
    gazetteer
        A gazetteer GeoDataFrame or path; default the bundled one. Supplies the perimeter and gates.
    crs
        CRS of ``lon``/``lat``.

    Returns
    -------
    dict
        NumPy arrays: ``distance_m`` (signed, negative inside), ``inside`` (bool; False where
        missing), ``valid`` (position known), ``band_code`` (index into :func:`band_labels`, -1 where
        missing), ``nearest_gate_id``, ``gate_distance_m``, and with ``uncertainty_m`` also
        ``distance_min_m``, ``distance_max_m`` and ``breach_code`` (index into ``certain``,
        ``possible``, ``excluded``); plus ``perimeter_id`` and ``labels``.
    """
    index = _perimeter_index(perimeter, gazetteer)
    edges = _check_bands(bands_m)
    x_in = np.asarray(lon, dtype=float)
    y_in = np.asarray(lat, dtype=float)
    if x_in.shape != y_in.shape or x_in.ndim != 1:
        raise ValueError(f"lon and lat must be 1-D arrays of one length, got {x_in.shape} and {y_in.shape}")
    valid = np.isfinite(x_in) & np.isfinite(y_in)
    src = CRS.from_user_input(crs)
    if src.is_geographic:
        bad = valid & ((np.abs(x_in) > 180) | (np.abs(y_in) > 90))
        if bad.any():
            first = int(np.flatnonzero(bad)[0])
            raise ValueError(
                f"{int(bad.sum())} point(s) outside lon [-180, 180] / lat [-90, 90], first at position "
                f"{first}: ({x_in[first]}, {y_in[first]})"
            )
    n = len(x_in)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    if valid.any():
        x[valid], y[valid] = transformer(src, index.crs).transform(x_in[valid], y_in[valid])
    valid &= np.isfinite(x) & np.isfinite(y)
    vx, vy = x[valid], y[valid]

    inside = np.zeros(n, dtype=bool)
    inside[valid] = shapely.contains_xy(index.polygon, vx, vy)
    distance = np.full(n, np.nan)
    gate_ids = np.full(n, None, dtype=object)
    gate_dist = np.full(n, np.nan)
    if valid.any():
        pts = shapely.points(vx, vy)
        _, dist = index.segments_tree.query_nearest(pts, return_distance=True, all_matches=False)
        distance[valid] = np.where(inside[valid], -dist, dist)
        if index.gates_tree is not None:
            (p_idx, g_idx), gdist = index.gates_tree.query_nearest(pts, return_distance=True, all_matches=False)
            valid_pos = np.flatnonzero(valid)[p_idx]
            gate_ids[valid_pos] = index.gate_ids[g_idx]
            gate_dist[valid_pos] = gdist

    band_code = np.full(n, -1, dtype=np.int16)
    band_code[valid] = np.where(inside[valid], 0, 1 + np.searchsorted(edges, distance[valid], side="right"))
    result: dict[str, Any] = {
        "perimeter_id": index.perimeter_id,
        "labels": band_labels(edges),
        "valid": valid,
        "distance_m": distance,
        "inside": inside,
        "band_code": band_code,
        "nearest_gate_id": gate_ids,
        "gate_distance_m": gate_dist,
        "perimeter_uncertainty_m": index.uncertainty_m,
    }
    if uncertainty_m is not None:
        unc = np.broadcast_to(np.asarray(uncertainty_m, dtype=float), (n,))
        if (unc[np.isfinite(unc)] < 0).any():
            raise ValueError("uncertainty_m must be >= 0")
        total = np.where(np.isfinite(unc), unc, 0.0) + index.uncertainty_m
        dmin = distance - total
        dmax = distance + total
        breach = np.full(n, -1, dtype=np.int8)
        breach[valid] = np.where(dmax[valid] < 0, 0, np.where(dmin[valid] < 0, 1, 2))
        result.update({"distance_min_m": dmin, "distance_max_m": dmax, "breach_code": breach})
    return result


def _points_xy(incidents: gpd.GeoDataFrame | gpd.GeoSeries) -> tuple[NDArray[np.float64], NDArray[np.float64], CRS]:
    crs = require_crs(incidents, what="incidents")
    geoms = incidents.geometry if isinstance(incidents, gpd.GeoDataFrame) else incidents
    arr = geoms.array
    missing = np.asarray(geoms.isna()) | np.asarray(arr.is_empty)
    types = np.asarray(shapely.get_type_id(np.asarray(arr)))
    non_point = ~missing & (types != 0)
    if non_point.any():
        labels = list(incidents.index[non_point][:5])
        kinds = sorted(set(np.asarray(geoms.geom_type)[non_point]))
        raise TypeError(
            f"check_proximity needs Point geometries; {int(non_point.sum())} row(s) are {', '.join(kinds)} "
            f"(index labels {labels}{' ...' if non_point.sum() > 5 else ''}). Use .representative_point() "
            "or .centroid first if that is what you mean."
        )
    xy = np.full((len(geoms), 2), np.nan)
    if (~missing).any():
        xy[~missing] = shapely.get_coordinates(np.asarray(arr)[~missing])
    return xy[:, 0], xy[:, 1], crs


def check_proximity(
    incidents: gpd.GeoDataFrame | gpd.GeoSeries | None = None,
    perimeter: str | shapely.Geometry | gpd.GeoSeries | gpd.GeoDataFrame = "green_zone",
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    *,
    lon: ArrayLike | None = None,
    lat: ArrayLike | None = None,
    uncertainty_m: ArrayLike | str | None = "uncertainty_m",
    gazetteer: gpd.GeoDataFrame | str | Path | None = None,
) -> gpd.GeoDataFrame:
    """Measure how close incidents are to a perimeter.

    Parameters
    ----------
    incidents
        Points in any CRS (a GeoDataFrame or GeoSeries with a CRS set). Alternatively pass ``lon``
        and ``lat`` arrays in degrees (EPSG:4326) and leave this None.
    perimeter
        Perimeter id, name or alias in the gazetteer (default the Green Zone), or a polygon.
    bands_m
        Increasing band edges in metres outside the perimeter; default 250, 1000 and 3000 m.
    lon, lat
        Coordinate arrays, used when ``incidents`` is None.
    uncertainty_m
        Column name (default ``"uncertainty_m"``, used when present) or an array of per-incident
        location uncertainty radii in metres; None to ignore uncertainty.
    gazetteer
        Gazetteer GeoDataFrame or path (default the bundled Baghdad one).

    Returns
    -------
    geopandas.GeoDataFrame
        The input (same index, row order and CRS) with added columns ``perimeter_id``,
        ``distance_m`` (signed metres, negative inside), ``inside`` (nullable boolean),
        ``band`` (ordered categorical: ``inside``, ``0-250 m``, ...), ``nearest_gate_id`` and
        ``gate_distance_m``. With an uncertainty, also ``distance_min_m``/``distance_max_m``
        (the signed distance range the location and perimeter uncertainties allow) and ``breach``
        (``certain``, ``possible`` or ``excluded``): a vague location is never reported as a certain
        breach on the strength of its centroid alone.

    Notes
    -----
    Rows with no geometry, an empty point or NaN coordinates are kept, with missing results
    (``distance_m`` NaN, ``inside``/``band``/``breach`` missing). An empty input returns an empty
    frame with the columns. A missing CRS raises :class:`ValueError`; non-point geometries raise
    :class:`TypeError` naming the rows.
    """
    if incidents is None:
        if lon is None or lat is None:
            raise ValueError("pass incidents (a GeoDataFrame with a CRS), or both lon and lat arrays")
        lon_a = np.asarray(lon, dtype=float)
        lat_a = np.asarray(lat, dtype=float)
        frame = gpd.GeoDataFrame(
            {"longitude": lon_a, "latitude": lat_a}, geometry=gpd.points_from_xy(lon_a, lat_a), crs=WGS84
        )
        x, y, crs = lon_a, lat_a, WGS84
    else:
        if not isinstance(incidents, (gpd.GeoDataFrame, gpd.GeoSeries)):
            raise TypeError(
                f"incidents must be a GeoDataFrame or GeoSeries, got {type(incidents).__name__}; "
                "for plain coordinates pass lon= and lat="
            )
        frame = incidents.to_frame() if isinstance(incidents, gpd.GeoSeries) else incidents.copy()
        x, y, crs = _points_xy(incidents)
    unc: ArrayLike | None
    if isinstance(uncertainty_m, str):
        unc = (
            pd.to_numeric(frame[uncertainty_m], errors="coerce").to_numpy(dtype=float)
            if uncertainty_m in frame
            else None
        )
    else:
        unc = uncertainty_m
    res = proximity_arrays(x, y, perimeter, bands_m, uncertainty_m=unc, gazetteer=gazetteer, crs=crs)
    valid = res["valid"]
    frame["perimeter_id"] = res["perimeter_id"]
    frame["distance_m"] = res["distance_m"]
    frame["inside"] = pd.array(np.where(valid, res["inside"], None), dtype="boolean")
    labels = res["labels"]
    frame["band"] = pd.Categorical.from_codes(res["band_code"], categories=labels, ordered=True)
    frame["nearest_gate_id"] = pd.array(res["nearest_gate_id"], dtype=object)
    frame["gate_distance_m"] = res["gate_distance_m"]
    if "breach_code" in res:
        frame["distance_min_m"] = res["distance_min_m"]
        frame["distance_max_m"] = res["distance_max_m"]
        frame["breach"] = pd.Categorical.from_codes(res["breach_code"], categories=list(BREACH_LEVELS))
    return frame
