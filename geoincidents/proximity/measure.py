"""Proximity of incidents to a perimeter: signed distance, inside/outside, band and nearest gate.

Everything is vectorised over coordinate arrays, chunk by chunk (no Python loop per incident). Each
perimeter is indexed once (cached): its boundary's edges, and the gates, on a grid over its bounding
box widened by 11 km, each cell keeping only the few that can be nearest to a point of the cell
(:mod:`geoincidents.proximity._nearest`; most cells keep one). An 8-byte record per cell names its first
boundary and gate candidates, so most points need one small read and two exact distances. Cells that
no boundary crosses also settle inside/outside for all their points, the others ask
:func:`shapely.contains_xy` on the prepared polygon. Lon/lat are projected into UTM (38N around
Baghdad) by a polynomial checked against pyproj to 0.1 mm (:mod:`geoincidents.proximity._fastproj`), and by
pyproj itself near a boundary and outside the checked box. Distances are exact point-segment
distances; points beyond the grid get the same answers through an STR-tree. A point's answer depends
only on the point, never on the batch it came in.

Location uncertainty is honest: when the incidents carry ``uncertainty_m`` (the radius implied by their
geocoding precision), it is added to the perimeter's own ``position_uncertainty_m`` and the
``breach`` column says whether the incident is inside for every position the uncertainty allows
(``certain``), for some (``possible``) or for none (``excluded``).
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from numpy.typing import ArrayLike, NDArray
from pyproj import CRS

from geoincidents._crs import WGS84, metric_crs_of, project_geometry, require_crs, transformer
from geoincidents.gazetteer.load import perimeter_feature
from geoincidents.gazetteer.model import Gazetteer, GazetteerLike, as_gazetteer
from geoincidents.proximity._fastproj import LocalProjection, fit_local_projection
from geoincidents.proximity._nearest import SegmentGrid, segment_distance_sq
from geoincidents.proximity.certainty import (
    CERTAINTIES,
    DEFAULT_BANDS_M,
    band_codes,
    band_labels,
    certainty_codes,
    certainty_labels,
    check_bands,
    location_uncertainty,
)

__all__ = [
    "DEFAULT_BANDS_M",
    "PERIMETER_LIKE_KINDS",
    "PROXIMITY_COLUMNS",
    "ProximityResult",
    "band_labels",
    "check_proximity",
    "check_proximity_many",
    "proximity_arrays",
]

PROXIMITY_COLUMNS: tuple[str, ...] = (
    "perimeter_id",
    "distance_m",
    "inside",
    "band",
    "nearest_gate_id",
    "gate_distance_m",
)
# Gates count as belonging to a perimeter when they lie this close to its boundary (metres), or within
# their own stated position uncertainty of it.
_GATE_SNAP_M = 100.0


_GRID_MARGIN_M = 11_000.0
"""The fast paths cover the perimeters' bounding box widened by this much; farther points are exact
too, through an STR-tree and pyproj, only slower."""
_GRID_CELLS = 192
_CHUNK = 65_536  # points measured at a time: keeps temporaries small (peak memory 2.5x the input)


@dataclass(frozen=True)
class _PerimeterIndex:
    """One or more perimeters (and gates) projected and indexed for measuring many points.

    ``boundary`` finds the nearest boundary edge (of every perimeter; ``owner`` maps an edge to
    its perimeter); ``first`` is the per-cell record of first candidates; ``cell_state`` settles
    containment for whole grid cells that no boundary crosses (1 inside a perimeter, 0 outside all,
    2 undecided); ``local`` replaces pyproj for lon/lat input inside its verified box.
    """

    perimeter_ids: tuple[str, ...]
    crs: CRS
    union: shapely.Geometry  # projected, prepared
    boundary: SegmentGrid
    owner: NDArray[np.intp]
    cell_state: NDArray[np.int8]
    gate_ids: NDArray[np.object_]
    gates: SegmentGrid | None
    first: NDArray[np.void]  # per cell, see _first_record
    uncertainty_m: NDArray[np.float64]
    local: LocalProjection | None

    @property
    def perimeter_id(self) -> str:
        return self.perimeter_ids[0]

    def locate(
        self, x: NDArray[np.float64], y: NDArray[np.float64], src: CRS, *, covered: bool = False
    ) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.intp], NDArray[np.int8]]:
        """Project finite coordinates from ``src``; return them with their grid cell and its state.

        Lon/lat inside the verified box go through the polynomial (within :data:`MAX_ERROR_M` of
        pyproj), except points in grid cells that a boundary may cross: those keep pyproj's own
        coordinates, so that inside/outside is decided exactly as with pyproj (a point given on the
        boundary is on it, not a fraction of a millimetre inside). ``covered=True`` tells that every
        point is known to lie in the polynomial's box.
        """
        if src == self.crs:
            return (x, y, *self._cells(x, y))
        if src != WGS84 or self.local is None:
            px, py = transformer(src, self.crs).transform(x, y)
            return (px, py, *self._cells(px, py))
        fast = None if covered else self.local.covers(x, y)
        if fast is None or fast.all():
            px, py = self.local.transform(x, y)
            cell, state = self._cells(px, py)
            redo = np.flatnonzero(state == 2)
        else:
            px, py = np.full_like(x, np.nan), np.full_like(y, np.nan)  # the rest: pyproj, below
            px[fast], py[fast] = self.local.transform(x[fast], y[fast])
            cell, state = self._cells(px, py)
            redo = np.flatnonzero(~fast | (state == 2))
        if len(redo):
            px[redo], py[redo] = transformer(src, self.crs).transform(x[redo], y[redo])
            cell[redo], state[redo] = self._cells(px[redo], py[redo])
        return px, py, cell, state

    def _cells(self, x: NDArray[np.float64], y: NDArray[np.float64]) -> tuple[NDArray[np.intp], NDArray[np.int8]]:
        cell = self.boundary.cell_of(x, y)
        state: NDArray[np.int8] = self.cell_state.take(cell)
        state[cell < 0] = 2
        return cell, state

    def measure(
        self, x: NDArray[np.float64], y: NDArray[np.float64], cell: NDArray[np.intp], state: NDArray[np.int8]
    ) -> tuple[NDArray[np.bool_], NDArray[np.float64], NDArray[np.intp], NDArray[np.intp], NDArray[np.float64]]:
        """Measure projected points (with their cells and states from :meth:`locate`).

        Returns inside (any perimeter), distance to the nearest boundary, the index of that
        boundary's perimeter, the index of the nearest gate (-1 without gates) and its distance.
        """
        inside = state == 1
        undecided = np.flatnonzero(state == 2)
        if len(undecided):
            inside[undecided] = shapely.contains_xy(self.union, x.take(undecided), y.take(undecided))
        off = np.flatnonzero(cell < 0)
        if not len(off):
            return (inside, *self._measure_on_grid(x, y, cell))
        on = np.flatnonzero(cell >= 0)
        distance, gate_distance = np.empty(len(x)), np.empty(len(x))
        owner, gate = np.empty(len(x), dtype=np.intp), np.empty(len(x), dtype=np.intp)
        distance[on], owner[on], gate[on], gate_distance[on] = self._measure_on_grid(x[on], y[on], cell[on])
        # beyond the grid (rare): the grids' own STR-tree path, same formula
        feature, distance[off] = self.boundary.nearest(x[off], y[off])
        assert feature is not None  # asked with its index
        owner[off] = self.owner.take(feature)
        if self.gates is None:
            gate[off], gate_distance[off] = -1, np.nan
        else:
            found, gate_distance[off] = self.gates.nearest(x[off], y[off])
            assert found is not None
            gate[off] = found
        return inside, distance, owner, gate, gate_distance

    def _measure_on_grid(
        self, x: NDArray[np.float64], y: NDArray[np.float64], cell: NDArray[np.intp]
    ) -> tuple[NDArray[np.float64], NDArray[np.intp], NDArray[np.intp], NDArray[np.float64]]:
        # One small read per point gives its cell's first boundary and gate candidates; their
        # parameters then come from the (cache-resident) per-segment and per-gate columns.
        row = self.first.take(cell)
        seg = row["seg"].astype(np.intp)  # one conversion, not one per column read
        boundary = self.boundary
        dist_sq = segment_distance_sq(x, y, tuple(col.take(seg) for col in boundary.columns))
        several = np.flatnonzero(~row["single"])
        multi = len(self.perimeter_ids) > 1
        owner = self.owner.take(seg) if multi else np.zeros(len(x), dtype=np.intp)
        if len(several):
            found, dist_sq[several] = boundary.nearest_of_candidates(
                x.take(several), y.take(several), cell.take(several), multi
            )
            if multi:
                owner[several] = self.owner.take(found)
        if self.gates is None:
            return np.sqrt(dist_sq), owner, np.full(len(x), -1, dtype=np.intp), np.full(len(x), np.nan)
        gate = row["gate"].astype(np.intp)
        gdx = x - self.gates.columns[0].take(gate)
        gdy = y - self.gates.columns[1].take(gate)
        gdx *= gdx
        gdy *= gdy
        gate_sq = gdx + gdy
        several = np.flatnonzero(~row["gate_single"])
        if len(several):
            gate[several], gate_sq[several] = self.gates.nearest_of_candidates(
                x.take(several), y.take(several), cell.take(several)
            )
        return np.sqrt(dist_sq), owner, gate, np.sqrt(gate_sq)


def _first_record(boundary: SegmentGrid, gates: SegmentGrid | None) -> NDArray[np.void]:
    """Per grid cell: its first (lowest) boundary and gate candidates, and whether each is the cell's
    only one (the gates' grid has the boundary's cells).

    Eight bytes a cell while there are fewer than 32,768 gates, so the table of a 192 x 192 grid
    (300 kB) stays near the core.
    """
    gate_type = "i2" if gates is None or len(gates.params) < 2**15 else "i4"
    record = np.zeros(
        len(boundary.first), dtype=[("seg", "i4"), ("gate", gate_type), ("single", "?"), ("gate_single", "?")]
    )
    record["seg"] = boundary.first
    record["single"] = boundary.single
    if gates is None:
        record["gate_single"] = True
    else:
        record["gate"] = gates.first
        record["gate_single"] = gates.single
    return record


def _boundary_features(
    polygons: list[shapely.Geometry],
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.intp]]:
    """Edges of every polygon's rings (a ring of one repeated point as a zero-length segment), with their polygon."""
    starts, ends, owner = [], [], []
    for k, poly in enumerate(polygons):
        for ring in shapely.get_parts(poly.boundary):
            xy = shapely.get_coordinates(ring)
            keep = (xy[1:] != xy[:-1]).any(axis=1)
            if not keep.any():
                xy, keep = xy[:2], np.ones(1, dtype=bool)
            starts.append(xy[:-1][keep])
            ends.append(xy[1:][keep])
            owner.append(np.full(int(keep.sum()), k))
    return np.concatenate(starts), np.concatenate(ends), np.concatenate(owner).astype(np.intp)


def _fit_local(crs: CRS, extent: tuple[float, float, float, float]) -> LocalProjection | None:
    x0, y0, x1, y1 = extent
    ring = shapely.segmentize(shapely.box(x0, y0, x1, y1).exterior, (x1 - x0) / 64)
    lonlat = project_geometry(ring, crs, WGS84)
    return fit_local_projection(transformer(WGS84, crs), tuple(shapely.bounds(lonlat)))


@lru_cache(maxsize=32)
def _index_from_parts(
    perimeters: tuple[tuple[str, bytes, float], ...],
    gates: tuple[tuple[str, float, float, float], ...],
    crs_wkt: str,
) -> _PerimeterIndex:
    crs = CRS.from_wkt(crs_wkt)
    lonlat = [shapely.from_wkb(wkb) for _, wkb, _ in perimeters]
    polygons = [project_geometry(g, WGS84, crs) for g in lonlat]
    x0, y0, x1, y1 = shapely.total_bounds(polygons)
    extent = (x0 - _GRID_MARGIN_M, y0 - _GRID_MARGIN_M, x1 + _GRID_MARGIN_M, y1 + _GRID_MARGIN_M)
    union = shapely.union_all(polygons) if len(polygons) > 1 else polygons[0]
    shapely.prepare(union)
    starts, ends, owner = _boundary_features(polygons)
    boundary = SegmentGrid(starts, ends, extent, _GRID_CELLS)
    # a cell farther from every boundary than its half-diagonal lies wholly on one side of all of them
    centres_x, centres_y = boundary.cell_centres()
    settled = boundary.centre_distance > boundary.cell * np.sqrt(0.5) + 1e-3
    cell_state = np.full(len(centres_x), 2, dtype=np.int8)
    cell_state[settled] = shapely.contains_xy(union, centres_x[settled], centres_y[settled])
    gate_ids: NDArray[np.object_] = np.array([], dtype=object)
    gate_grid = None
    if gates:
        gx, gy = transformer(WGS84, crs).transform([g[1] for g in gates], [g[2] for g in gates])
        gap = shapely.distance(union.boundary, shapely.points(gx, gy))
        keep = gap <= np.maximum(_GATE_SNAP_M, [g[3] for g in gates])
        if keep.any():
            gate_ids = np.array([g[0] for g in gates], dtype=object)[keep]
            gate_xy = np.column_stack([gx, gy])[keep]
            gate_grid = SegmentGrid(gate_xy, gate_xy, extent, _GRID_CELLS)
    return _PerimeterIndex(
        perimeter_ids=tuple(p[0] for p in perimeters),
        crs=crs,
        union=union,
        boundary=boundary,
        owner=owner,
        cell_state=cell_state,
        gate_ids=gate_ids,
        gates=gate_grid,
        first=_first_record(boundary, gate_grid),
        uncertainty_m=np.array([p[2] for p in perimeters], dtype=float),
        local=_fit_local(crs, extent),
    )


def _gates_of(gaz: Gazetteer) -> tuple[tuple[str, float, float, float], ...]:
    rows = gaz.frame[gaz.frame["kind"] == "gate"]
    return tuple(
        (str(lid), float(g.x), float(g.y), float(u))
        for lid, g, u in zip(rows["landmark_id"], rows.geometry, rows["position_uncertainty_m"], strict=True)
    )


def _build_index(pid: str, geom: shapely.Geometry, unc: float, gaz: Gazetteer) -> _PerimeterIndex:
    """The index of one perimeter polygon (lon/lat) with the gazetteer's gates."""
    perimeters = ((pid, shapely.to_wkb(geom), unc),)
    return _index_from_parts(perimeters, _gates_of(gaz), metric_crs_of(geom).to_wkt())


def _named_index(name: str, gaz: Gazetteer) -> _PerimeterIndex:
    """The index of a perimeter of the gazetteer, kept with the gazetteer (dropped when it changes)."""

    def build(g: Gazetteer) -> _PerimeterIndex:
        feature = perimeter_feature(name, gazetteer=g)
        unc = float(feature["position_uncertainty_m"])
        return _build_index(str(feature["landmark_id"]), feature.geometry, unc, g)

    return gaz.derived(("perimeter_index", name), build)


def _perimeter_index(
    perimeter: str | shapely.Geometry | gpd.GeoSeries | gpd.GeoDataFrame,
    gazetteer: GazetteerLike,
) -> _PerimeterIndex:
    gaz = as_gazetteer(gazetteer)
    if isinstance(perimeter, str):
        return _named_index(perimeter, gaz)
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
    return _build_index(pid, geom, unc, gaz)


_Measured = tuple[
    NDArray[np.bool_], NDArray[np.float64], NDArray[np.bool_], NDArray[np.int32], NDArray[np.int32], NDArray[np.float64]
]


def _measure_all(index: _PerimeterIndex, lon: ArrayLike, lat: ArrayLike, crs: Any) -> _Measured:
    """Measure every point, chunk by chunk: valid, signed distance, inside, perimeter, gate, gate distance."""
    x_in = np.asarray(lon, dtype=float)
    y_in = np.asarray(lat, dtype=float)
    if x_in.shape != y_in.shape or x_in.ndim != 1:
        raise ValueError(f"lon and lat must be 1-D arrays of one length, got {x_in.shape} and {y_in.shape}")
    src = CRS.from_user_input(crs)
    n = len(x_in)
    # The common case: lon/lat all inside the polynomial's box, so all finite and in range.
    covered = src == WGS84 and src != index.crs and index.local is not None and index.local.covers_all(x_in, y_in)
    valid = np.ones(n, dtype=bool) if covered else np.isfinite(x_in) & np.isfinite(y_in)
    if src.is_geographic and not covered:
        bad = valid & ((np.abs(x_in) > 180) | (np.abs(y_in) > 90))
        if bad.any():
            first = int(np.flatnonzero(bad)[0])
            raise ValueError(
                f"{int(bad.sum())} point(s) outside lon [-180, 180] / lat [-90, 90], first at position "
                f"{first}: ({x_in[first]}, {y_in[first]})"
            )
    several = len(index.perimeter_ids) > 1
    if covered:  # every row is written below
        distance, inside, gate_code, gate_dist = np.empty(n), np.empty(n, bool), np.empty(n, np.int32), np.empty(n)
        owner = np.empty(n if several else 0, dtype=np.int32)
    else:  # rows without a position keep these
        distance, inside, gate_code, gate_dist = (
            np.full(n, np.nan),
            np.zeros(n, bool),
            np.full(n, -1, np.int32),
            np.full(n, np.nan),
        )
        owner = np.full(n if several else 0, -1, dtype=np.int32)  # which perimeter: only asked of several
    for lo in range(0, n, _CHUNK):
        part = slice(lo, min(n, lo + _CHUNK))
        ok: slice | NDArray[np.intp] = part if covered or valid[part].all() else np.flatnonzero(valid[part]) + lo
        x, y, cell, state = index.locate(x_in[ok], y_in[ok], src, covered=covered)
        if not covered:  # pyproj may still give inf for a point it cannot project
            finite = np.isfinite(x) & np.isfinite(y)
            if not finite.all():
                ok = np.arange(n)[ok]
                valid[ok[~finite]] = False
                ok, x, y, cell, state = ok[finite], x[finite], y[finite], cell[finite], state[finite]
            if not len(x):
                continue
        ins, dist, own, gate, g_dist = index.measure(x, y, cell, state)
        np.negative(dist, out=dist, where=ins)
        inside[ok] = ins
        distance[ok] = dist
        if several:
            owner[ok] = own
        gate_code[ok] = gate
        gate_dist[ok] = g_dist
    return valid, distance, inside, owner, gate_code, gate_dist


@dataclass(frozen=True)
class ProximityResult:
    """What :func:`proximity_arrays` measured: one NumPy array per quantity, one element per point.

    Attributes
    ----------
    perimeter_id
        Id of the perimeter measured against.
    labels
        Band labels (:func:`~geoincidents.proximity.certainty.band_labels`); ``band_code`` indexes them.
    valid
        Whether the point has a position (finite coordinates).
    distance_m
        Signed distance to the perimeter in metres, negative inside; NaN where not valid.
    inside
        Inside the perimeter (False where not valid).
    band_code
        Index into ``labels``, -1 where not valid.
    gate_ids
        Ids of the perimeter's gates; ``gate_code`` indexes them.
    gate_code
        Index of the nearest gate into ``gate_ids``, -1 where none.
    gate_distance_m
        Distance to the nearest gate in metres.
    perimeter_uncertainty_m
        The perimeter's own position uncertainty in metres.
    uncertainty_m
        The location radius the certainty policy used per point (NaN = unknown), when location
        uncertainty was asked for; else None. So are the three below.
    distance_min_m, distance_max_m
        The signed distance range the location and perimeter uncertainties allow.
    breach_code
        Index into :data:`~geoincidents.schema.CERTAINTIES` (``certain``, ``possible``,
        ``excluded``) of being inside the perimeter, -1 where not valid.
    """

    perimeter_id: str
    labels: list[str]
    valid: NDArray[np.bool_]
    distance_m: NDArray[np.float64]
    inside: NDArray[np.bool_]
    band_code: NDArray[np.int16]
    gate_ids: NDArray[np.object_]
    gate_code: NDArray[np.integer[Any]]
    gate_distance_m: NDArray[np.float64]
    perimeter_uncertainty_m: float
    uncertainty_m: NDArray[np.float64] | None = None
    distance_min_m: NDArray[np.float64] | None = None
    distance_max_m: NDArray[np.float64] | None = None
    breach_code: NDArray[np.int8] | None = None

    @property
    def nearest_gate_id(self) -> NDArray[np.object_]:
        """Id of the nearest gate per point (None where none), as an object array."""
        ids = np.concatenate([self.gate_ids, np.array([None], dtype=object)])  # code -1: None
        return ids.take(self.gate_code)

    @property
    def band(self) -> NDArray[np.object_]:
        """Band label per point (None where not valid), as an object array."""
        labels = np.array([*self.labels, None], dtype=object)
        return labels.take(self.band_code)

    @property
    def breach(self) -> NDArray[np.object_] | None:
        """Certainty label per point (None where not valid), or None without location uncertainty."""
        if self.breach_code is None:
            return None
        return np.array([*CERTAINTIES, None], dtype=object).take(self.breach_code)

    def __getitem__(self, key: str) -> Any:
        """Deprecated: the dict access of earlier versions (``result["distance_m"]``); use attributes."""
        warnings.warn(
            "proximity_arrays returns a ProximityResult: use attributes (result.distance_m), not result['distance_m']",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(self, key)


def proximity_arrays(
    lon: ArrayLike,
    lat: ArrayLike,
    perimeter: str | shapely.Geometry | gpd.GeoSeries | gpd.GeoDataFrame = "green_zone",
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    *,
    uncertainty_m: ArrayLike | None = None,
    geo_precision: ArrayLike | None = None,
    gazetteer: GazetteerLike = None,
    crs: Any = WGS84,
) -> ProximityResult:
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
    uncertainty_m, geo_precision
        Per-point location radius in metres and ACLED precision code (NaN = not stated). With
        either, the result carries the distance range and the breach certainty decided by the one
        certainty policy (:mod:`geoincidents.proximity.certainty`): the radius is ``uncertainty_m``,
        else implied by ``geo_precision``, else unknown (then at most a possible breach).
    gazetteer
        A :class:`~geoincidents.gazetteer.Gazetteer`, GeoDataFrame or path; default the bundled
        one. Supplies the perimeter and gates.
    crs
        CRS of ``lon``/``lat``.

    Returns
    -------
    ProximityResult
        One array per quantity (see :class:`ProximityResult`).
    """
    index = _perimeter_index(perimeter, gazetteer)
    edges = check_bands(bands_m)
    valid, distance, inside, _, gate_code, gate_dist = _measure_all(index, lon, lat, crs)
    per_unc = float(index.uncertainty_m[0])
    result = ProximityResult(
        perimeter_id=index.perimeter_id,
        labels=band_labels(edges),
        valid=valid,
        distance_m=distance,
        inside=inside,
        band_code=band_codes(valid, inside, distance, edges),
        gate_ids=index.gate_ids,
        gate_code=gate_code,
        gate_distance_m=gate_dist,
        perimeter_uncertainty_m=per_unc,
    )
    if uncertainty_m is None and geo_precision is None:
        return result
    radius = location_uncertainty(uncertainty_m, geo_precision, n=len(valid))
    dmin, dmax, breach = certainty_codes(distance, radius, per_unc)
    return replace(result, uncertainty_m=radius, distance_min_m=dmin, distance_max_m=dmax, breach_code=breach)


def _points_xy(incidents: gpd.GeoDataFrame | gpd.GeoSeries) -> tuple[NDArray[np.float64], NDArray[np.float64], CRS]:
    crs = require_crs(incidents, what="incidents")
    geoms = incidents.geometry if isinstance(incidents, gpd.GeoDataFrame) else incidents
    arr = np.asarray(geoms.array)
    try:  # the common case in two passes: get_x gives NaN for None and for non-points
        x, y = shapely.get_x(arr), shapely.get_y(arr)
        suspect = np.flatnonzero(np.isnan(x))
    except shapely.errors.GEOSException:  # an empty point: look at every row
        x = y = np.full(len(arr), np.nan)
        suspect = np.arange(len(arr))
    types = shapely.get_type_id(arr[suspect])  # -1 for None
    non_point = suspect[types > 0]
    if len(non_point):
        labels = list(incidents.index[non_point[:5]])
        kinds = sorted(set(np.asarray(geoms.geom_type)[non_point]))
        raise TypeError(
            f"check_proximity needs Point geometries; {len(non_point)} row(s) are {', '.join(kinds)} "
            f"(index labels {labels}{' ...' if len(non_point) > 5 else ''}). Use .representative_point() "
            "or .centroid first if that is what you mean."
        )
    present = suspect[(types == 0) & ~shapely.is_empty(arr[suspect])]
    if len(present):
        x, y = x.copy(), y.copy()
        x[present] = shapely.get_x(arr[present])
        y[present] = shapely.get_y(arr[present])
    return x, y, crs


def _ids(codes: NDArray[np.integer[Any]], ids: Sequence[str]) -> pd.Categorical:
    """Ids from a fixed set as a categorical (missing where the code is -1), like ``band``.

    A million rows cost a byte or two each and no string copies.
    """
    return pd.Categorical.from_codes(codes, categories=pd.Index(list(ids), dtype="str"))


def _points_input(
    incidents: gpd.GeoDataFrame | gpd.GeoSeries | None, lon: ArrayLike | None, lat: ArrayLike | None
) -> tuple[gpd.GeoDataFrame, NDArray[np.float64], NDArray[np.float64], CRS]:
    """The output frame (a copy of the input, or one built from lon/lat) and the point coordinates."""
    if incidents is None:
        if lon is None or lat is None:
            raise ValueError("pass incidents (a GeoDataFrame with a CRS), or both lon and lat arrays")
        lon_a = np.asarray(lon, dtype=float)
        lat_a = np.asarray(lat, dtype=float)
        frame = gpd.GeoDataFrame(
            {"longitude": lon_a, "latitude": lat_a}, geometry=gpd.points_from_xy(lon_a, lat_a), crs=WGS84
        )
        return frame, lon_a, lat_a, WGS84
    if not isinstance(incidents, (gpd.GeoDataFrame, gpd.GeoSeries)):
        raise TypeError(
            f"incidents must be a GeoDataFrame or GeoSeries, got {type(incidents).__name__}; "
            "for plain coordinates pass lon= and lat="
        )
    # a shallow copy: the columns added below are new arrays, the caller's frame is never written to
    frame = incidents.to_frame() if isinstance(incidents, gpd.GeoSeries) else incidents.copy(deep=False)
    x, y, crs = _points_xy(incidents)
    return frame, x, y, crs


def _column_or_array(frame: gpd.GeoDataFrame, value: ArrayLike | str | None) -> ArrayLike | pd.Series | None:
    """A per-row input given as a column name (None when the frame lacks it) or as values."""
    if isinstance(value, str):
        return frame.get(value)
    return value


def check_proximity(
    incidents: gpd.GeoDataFrame | gpd.GeoSeries | None = None,
    perimeter: str | shapely.Geometry | gpd.GeoSeries | gpd.GeoDataFrame = "green_zone",
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    *,
    lon: ArrayLike | None = None,
    lat: ArrayLike | None = None,
    uncertainty_m: ArrayLike | str | None = "uncertainty_m",
    geo_precision: ArrayLike | str | None = "geo_precision",
    gazetteer: GazetteerLike = None,
) -> gpd.GeoDataFrame:
    """Measure how close incidents are to a perimeter.

    Parameters
    ----------
    incidents
        Points in any CRS (a GeoDataFrame or GeoSeries with a CRS set). Alternatively pass ``lon``
        and ``lat`` arrays in degrees (EPSG:4326) and leave this None. A file is read first with
        :func:`geoincidents.read_incidents`; tables larger than memory go through
        :mod:`geoincidents.proximity.dask` (the only way into Dask), which applies this same
        function partition by partition.
    perimeter
        Perimeter id, name or alias in the gazetteer (default the Green Zone), or a polygon.
    bands_m
        Increasing band edges in metres outside the perimeter; default 250, 1000 and 3000 m.
    lon, lat
        Coordinate arrays, used when ``incidents`` is None.
    uncertainty_m, geo_precision
        Column names (the defaults, used when present) or arrays: each incident's location radius
        in metres and its ACLED precision code. None to ignore that input.
    gazetteer
        A :class:`~geoincidents.gazetteer.Gazetteer`, GeoDataFrame or path (default the bundled
        Baghdad one).

    Returns
    -------
    geopandas.GeoDataFrame
        The input (same index, row order and CRS) with added columns ``perimeter_id``
        (categorical), ``distance_m`` (signed metres, negative inside), ``inside`` (nullable
        boolean), ``band`` (ordered categorical: ``inside``, ``0-250 m``, ...),
        ``nearest_gate_id`` (categorical over the perimeter's gates; missing without a position)
        and ``gate_distance_m``. When the incidents carry ``uncertainty_m`` or ``geo_precision``
        (either column, even if empty), also ``distance_min_m``/``distance_max_m`` (the signed
        distance range the location and perimeter uncertainties allow) and ``breach``
        (``certain``, ``possible`` or ``excluded``), both from the one certainty policy
        (:mod:`geoincidents.proximity.certainty`): a vague location is never a certain breach on
        the strength of its centroid alone, and a location of unknown precision is at most a
        possible one.

    Notes
    -----
    Rows with no geometry, an empty point or NaN coordinates are kept, with missing results
    (``distance_m`` NaN, ``inside``/``band``/``breach`` missing). An empty input returns an empty
    frame with the columns. A missing CRS raises :class:`~geoincidents.errors.CRSMissingError`;
    non-point geometries raise :class:`TypeError` naming the rows.
    """
    if isinstance(incidents, (str, Path)):
        raise TypeError(
            f"check_proximity measures a GeoDataFrame, not a path ({str(incidents)!r}): read the file first with "
            "geoincidents.read_incidents(path).accepted; for GeoParquet larger than memory use "
            "geoincidents.proximity.dask.check_proximity_dask"
        )
    if type(incidents).__module__.startswith("dask"):
        raise TypeError("a Dask frame goes through geoincidents.proximity.dask.check_proximity_dask")
    frame, x, y, crs = _points_input(incidents, lon, lat)
    res = proximity_arrays(
        x,
        y,
        perimeter,
        bands_m,
        uncertainty_m=_column_or_array(frame, uncertainty_m),
        geo_precision=_column_or_array(frame, geo_precision),
        gazetteer=gazetteer,
        crs=crs,
    )
    valid = res.valid
    frame["perimeter_id"] = _ids(np.zeros(len(frame), dtype=np.int8), [res.perimeter_id])
    frame["distance_m"] = res.distance_m
    frame["inside"] = pd.arrays.BooleanArray(res.inside, ~valid)
    frame["band"] = pd.Categorical.from_codes(res.band_code, categories=res.labels, ordered=True)
    frame["nearest_gate_id"] = _ids(res.gate_code, list(res.gate_ids))
    frame["gate_distance_m"] = res.gate_distance_m
    if res.breach_code is not None:
        frame["distance_min_m"] = res.distance_min_m
        frame["distance_max_m"] = res.distance_max_m
        frame["breach"] = certainty_labels(res.breach_code)
    return frame


PERIMETER_LIKE_KINDS: tuple[str, ...] = ("perimeter", "building", "square", "district", "sit_in")


def _many_perimeters(
    perimeters: gpd.GeoDataFrame | Sequence[str] | None, gazetteer: GazetteerLike
) -> tuple[tuple[str, bytes, float], ...]:
    """(id, lon/lat WKB, uncertainty) of every perimeter to check, validated."""
    if perimeters is None or not isinstance(perimeters, gpd.GeoDataFrame):
        gaz = as_gazetteer(gazetteer).frame
        if perimeters is None:
            rows = gaz[gaz["kind"].isin(PERIMETER_LIKE_KINDS) & gaz.geom_type.isin(["Polygon", "MultiPolygon"])]
        else:
            wanted = [str(p) for p in perimeters]
            unknown = sorted(set(wanted) - set(gaz["landmark_id"]))
            if unknown:
                raise KeyError(f"no landmark(s) {unknown} in the gazetteer")
            rows = gaz.set_index("landmark_id", drop=False).loc[wanted]
        frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=WGS84)
    else:
        require_crs(perimeters, what="perimeters")
        frame = perimeters.to_crs(WGS84)
        if "landmark_id" not in frame:
            frame = frame.assign(landmark_id=[str(i) for i in frame.index])
    if len(frame) == 0:
        raise ValueError("no perimeters to check: pass polygons, or a gazetteer holding polygon landmarks")
    types = np.asarray(frame.geom_type)
    bad = ~np.isin(types, ["Polygon", "MultiPolygon"]) | np.asarray(frame.geometry.is_empty)
    if bad.any():
        ids = list(frame["landmark_id"][bad][:5])
        raise ValueError(f"perimeters must be non-empty polygons; {int(bad.sum())} are not (ids {ids})")
    ids = [str(i) for i in frame["landmark_id"]]
    if len(set(ids)) != len(ids):
        raise ValueError("perimeter ids (landmark_id) must be unique")
    unc = (
        pd.to_numeric(frame["position_uncertainty_m"], errors="coerce").fillna(0.0).to_numpy(dtype=float)
        if "position_uncertainty_m" in frame
        else np.zeros(len(frame))
    )
    return tuple((pid, shapely.to_wkb(geom), float(u)) for pid, geom, u in zip(ids, frame.geometry, unc, strict=True))


def check_proximity_many(
    incidents: gpd.GeoDataFrame | gpd.GeoSeries | None = None,
    perimeters: gpd.GeoDataFrame | Sequence[str] | None = None,
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    *,
    lon: ArrayLike | None = None,
    lat: ArrayLike | None = None,
    gazetteer: GazetteerLike = None,
) -> gpd.GeoDataFrame:
    """Measure incidents against many perimeters at once: the nearest one, how far, inside or not.

    All perimeters go into one index (their boundaries on one grid), so the cost hardly grows with
    their number and there is no loop over perimeters.

    Parameters
    ----------
    incidents
        Points in any CRS (a GeoDataFrame or GeoSeries with a CRS set), or None with ``lon``/``lat``.
    perimeters
        Polygons: a GeoDataFrame with a CRS (ids from its ``landmark_id`` column, else its index;
        optional ``position_uncertainty_m``), or landmark ids of the gazetteer. Default: every
        polygon in the gazetteer of a perimeter-like kind (:data:`PERIMETER_LIKE_KINDS`).
    bands_m
        Increasing band edges in metres outside the nearest perimeter.
    lon, lat
        Coordinate arrays in degrees (EPSG:4326), used when ``incidents`` is None.
    gazetteer
        Gazetteer GeoDataFrame or path (default the bundled one), for ids or the default.

    Returns
    -------
    geopandas.GeoDataFrame
        The input (same index, row order and CRS) with ``perimeter_id`` (categorical: the
        perimeter whose boundary is nearest), ``distance_m`` (metres to that boundary, negative when the incident is
        inside any perimeter), ``inside`` (nullable boolean: inside at least one) and ``band``.
        For perimeters that do not overlap, an incident inside one gets that one's id.
    """
    edges = check_bands(bands_m)
    parts = _many_perimeters(perimeters, gazetteer)
    lonlat = shapely.union_all([shapely.from_wkb(wkb) for _, wkb, _ in parts])
    crs = metric_crs_of(lonlat)
    index = _index_from_parts(parts, (), crs.to_wkt())
    frame, x, y, src = _points_input(incidents, lon, lat)
    valid, distance, inside, owner, _, _ = _measure_all(index, x, y, src)
    band_code = band_codes(valid, inside, distance, edges)
    codes = owner if len(owner) == len(valid) else np.zeros(len(valid), dtype=np.int8)  # one perimeter
    frame["perimeter_id"] = _ids(np.where(valid, codes, -1), index.perimeter_ids)
    frame["distance_m"] = distance
    frame["inside"] = pd.arrays.BooleanArray(inside, ~valid)
    frame["band"] = pd.Categorical.from_codes(band_code, categories=band_labels(edges), ordered=True)
    return frame
