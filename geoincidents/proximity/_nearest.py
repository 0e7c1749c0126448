"""Exact nearest segment for many points, with per-grid-cell candidate lists.

A fixed set of segments (a perimeter's boundary edges, or gates as zero-length segments) is indexed
once on a regular grid over an extent in metres. For each cell only the segments that can be nearest
to some point of the cell are kept: a segment is a candidate when its smallest distance to the cell
is at most the smallest, over all segments, of the largest distance from the cell to a segment (the
distance to a segment is convex, so its largest value over the cell is at a corner), and when no
other candidate is provably at least as near at every point of the cell. The lists are found on a
grid four times coarser first (the STR-tree is asked once per coarse cell) and inherited, then pruned
again, by the cells; a cell left with several candidates is split 4 x 4 the same way. A point then
needs the exact point-segment distance to its (sub-)cell's few candidates only, most often one.
Points outside the extent ask an STR-tree for their nearest segment. Both paths measure with the same formula
(:func:`segment_distance_sq`), so the answer for a point depends on nothing but the point.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from numpy.typing import NDArray

__all__: list[str] = []

_SPLIT = 4  # a cell with several candidates has _SPLIT x _SPLIT sub-cells (a power of two)
_COARSE = 4  # candidates are found on a grid this many times coarser first
_SLACK_M = 1e-3  # candidate tests are widened by this much against rounding; it only adds candidates


def segment_distance_sq(
    px: NDArray[np.float64],
    py: NDArray[np.float64],
    seg: tuple[NDArray[np.float64], ...] | NDArray[np.float64],
) -> NDArray[np.float64]:
    """Squared distance from points to segments, elementwise.

    ``seg`` holds five arrays (or the five columns of an (n, 5) array, passed transposed) with
    one value per point: ax, ay, dx, dy and 1/|d|² (0 for a zero-length segment).
    """
    ax, ay, dx, dy, inv = seg
    ex = px - ax
    ey = py - ay
    t = (ex * dx + ey * dy) * inv
    np.clip(t, 0.0, 1.0, out=t)
    ex -= t * dx
    ey -= t * dy
    out: NDArray[np.float64] = ex * ex + ey * ey
    return out


class SegmentGrid:
    """Nearest segment (index and distance) of a fixed set of segments.

    Parameters
    ----------
    starts, ends
        (n, 2) arrays of segment end points in metres; equal rows make point features.
    extent
        (xmin, ymin, xmax, ymax) in metres covered by the grid.
    cells
        Number of cells along the longer side of the extent.
    """

    def __init__(
        self,
        starts: NDArray[np.float64],
        ends: NDArray[np.float64],
        extent: tuple[float, float, float, float],
        cells: int = 384,
    ) -> None:
        starts = np.asarray(starts, dtype=float)
        ends = np.asarray(ends, dtype=float)
        if starts.shape != ends.shape or starts.ndim != 2 or starts.shape[1] != 2 or len(starts) == 0:
            raise ValueError("starts and ends must be matching, non-empty (n, 2) arrays")
        d = ends - starts
        length_sq = (d**2).sum(axis=1)
        inv = np.divide(1.0, length_sq, out=np.zeros_like(length_sq), where=length_sq > 0)
        self.params = np.column_stack([starts, d, inv])
        self.ends = ends
        self.geoms = np.where(
            length_sq > 0,
            shapely.linestrings(np.stack([starts, ends], axis=1)),
            shapely.points(starts),
        )
        self.tree = shapely.STRtree(self.geoms)
        x0, y0, x1, y1 = extent
        self.cell = max(x1 - x0, y1 - y0) / cells
        self.origin = (x0, y0)
        self.nx = max(1, int(np.ceil((x1 - x0) / self.cell)))
        self.ny = max(1, int(np.ceil((y1 - y0) / self.cell)))
        self._build()

    def cell_centres(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """Coordinates of every cell's centre, in cell-index order."""
        iy, ix = np.divmod(np.arange(self.nx * self.ny), self.nx)
        return self.origin[0] + (ix + 0.5) * self.cell, self.origin[1] + (iy + 0.5) * self.cell

    def _build(self) -> None:
        # Candidates are first found for cells _COARSE times larger (few: the STR-tree is asked once
        # per coarse cell), then every cell inherits its coarse parent's and prunes them again: every
        # point of a cell is a point of its parent, so the parent's candidates are a superset.
        h = self.cell
        coarse_nx, coarse_ny = -(-self.nx // _COARSE), -(-self.ny // _COARSE)
        size = h * _COARSE
        ciy, cix = np.divmod(np.arange(coarse_nx * coarse_ny), coarse_nx)
        ccx, ccy = self.origin[0] + (cix + 0.5) * size, self.origin[1] + (ciy + 0.5) * size
        centres = shapely.points(ccx, ccy)
        _, nearest = self.tree.query_nearest(centres, return_distance=True, all_matches=False)
        # Every point of a cell is within r of its centre, so the segment nearest to any of them is
        # within (distance from the centre to its nearest) + 2r of the centre: a superset, pruned below.
        r = size * np.sqrt(0.5)
        parent, seg = self.tree.query(centres, predicate="dwithin", distance=nearest + 2 * r + _SLACK_M)
        parent, seg = _prune(parent, seg, ccx, ccy, size, self.params, self.ends)
        coarse_start, coarse_count = _runs(parent, len(ccx))
        cx, cy = self.cell_centres()
        iy, ix = np.divmod(np.arange(len(cx)), self.nx)
        cell, seg = _inherit((iy // _COARSE) * coarse_nx + ix // _COARSE, coarse_start, coarse_count, seg)
        cell, seg = _prune(cell, seg, cx, cy, h, self.params, self.ends)
        self.candidates = seg
        self.start, self.count = _runs(cell, len(cx))
        # the segment nearest to a cell's centre is one of the cell's candidates (the centre is in the cell)
        d2 = segment_distance_sq(cx.take(cell), cy.take(cell), self.params[seg].T)
        self.centre_distance = np.sqrt(np.minimum.reduceat(d2, self.start))
        self.columns = tuple(np.ascontiguousarray(c) for c in self.params.T)
        self.points_only = bool((self.params[:, 4] == 0).all())
        self.first = self.candidates.take(self.start)  # each cell's lowest candidate
        self.single = self.count == 1
        self.used = self.columns[:2] if self.points_only else self.columns  # what the distance formula reads
        self._build_split()

    def _build_split(self) -> None:
        # A cell with several candidates is split into _SPLIT x _SPLIT sub-cells, each keeping those
        # of its parent's candidates that can be nearest in it (the same two prunings, on the parent's
        # few candidates only): most points of such a cell then have one candidate again.
        h = self.cell / _SPLIT
        per = _SPLIT * _SPLIT
        parents = np.flatnonzero(~self.single)
        self.sub_base = np.full(len(self.count), -1, dtype=np.intp)
        self.sub_base[parents] = np.arange(len(parents)) * per
        sj, si = np.divmod(np.arange(per), _SPLIT)
        piy, pix = np.divmod(parents, self.nx)
        scx = (self.origin[0] + pix[:, None] * self.cell + (si[None, :] + 0.5) * h).ravel()
        scy = (self.origin[1] + piy[:, None] * self.cell + (sj[None, :] + 0.5) * h).ravel()
        sub, seg = _inherit(np.repeat(parents, per), self.start, self.count, self.candidates)
        sub, seg = _prune(sub, seg, scx, scy, h, self.params, self.ends)
        self.sub_candidates = seg
        self.sub_start, self.sub_count = _runs(sub, len(scx))
        self.sub_first = seg.take(self.sub_start) if len(seg) else seg
        self.sub_single = self.sub_count == 1

    def _in_cells(self, coord: NDArray[np.float64], axis: int) -> NDArray[np.float64]:
        """A coordinate in cell widths from the grid's origin (its integer part is the cell column or row)."""
        return (coord - self.origin[axis]) * (1.0 / self.cell)

    def cell_of(self, x: NDArray[np.float64], y: NDArray[np.float64]) -> NDArray[np.intp]:
        """Cell index of each point, -1 outside the grid (and for NaN)."""
        fx, fy = self._in_cells(x, 0), self._in_cells(y, 1)
        with np.errstate(invalid="ignore"):  # far-off points overflow; they are marked -1 below
            out: NDArray[np.intp] = fy.astype(np.intp)
            out *= self.nx
            out += fx.astype(np.intp)
        off = ~((fx >= 0) & (fx < self.nx) & (fy >= 0) & (fy < self.ny))  # NaN is off too
        if off.any():
            out[off] = -1
        return out

    def nearest(
        self,
        x: NDArray[np.float64],
        y: NDArray[np.float64],
        cell: NDArray[np.intp] | None = None,
        *,
        with_index: bool = True,
    ) -> tuple[NDArray[np.intp] | None, NDArray[np.float64]]:
        """Index of the nearest segment (ties to the lowest) and the distance to it, for finite points.

        ``cell`` (from :meth:`cell_of`) may be passed when already known; ``with_index=False``
        skips finding which segment is nearest (None is returned for it).
        """
        if cell is None:
            cell = self.cell_of(x, y)
        off = np.flatnonzero(cell < 0)
        if not len(off):
            index, dist_sq = self._nearest_in_grid(x, y, cell, with_index)
            return (index if with_index else None), np.sqrt(dist_sq)
        on = np.flatnonzero(cell >= 0)
        index = np.empty(len(x), dtype=np.intp)
        dist_sq = np.empty(len(x))
        index[on], dist_sq[on] = self._nearest_in_grid(x[on], y[on], cell[on], True)
        (_, found) = self.tree.query_nearest(shapely.points(x[off], y[off]), all_matches=False)
        index[off] = found
        dist_sq[off] = segment_distance_sq(x[off], y[off], self.params[found].T)
        return index, np.sqrt(dist_sq)

    def _distance_sq(
        self, x: NDArray[np.float64], y: NDArray[np.float64], seg: Sequence[NDArray[np.float64]]
    ) -> NDArray[np.float64]:
        """Squared distances from points to one segment each, given the segments' parameter columns."""
        if self.points_only:
            dx = x - seg[0]
            dy = y - seg[1]
            dx *= dx
            dy *= dy
            dx += dy
            return dx
        return segment_distance_sq(x, y, tuple(seg))

    def _nearest_in_grid(
        self, x: NDArray[np.float64], y: NDArray[np.float64], cell: NDArray[np.intp], with_index: bool
    ) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        # Most cells have one candidate: measure every point against its cell's first, then redo
        # the points whose cell has several, over all of their candidates at once.
        index = self.first.take(cell)
        dist_sq = self._distance_sq(x, y, [col.take(index) for col in self.used])
        several = np.flatnonzero(~self.single.take(cell))
        if len(several):
            found, dist_sq[several] = self.nearest_of_candidates(
                x.take(several), y.take(several), cell.take(several), with_index
            )
            if with_index:
                index[several] = found
        return index, dist_sq

    def nearest_of_candidates(
        self, x: NDArray[np.float64], y: NDArray[np.float64], cell: NDArray[np.intp], with_index: bool = True
    ) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        """Nearest of the candidates of grid points whose cell has several: index (ties to the
        lowest; empty when not ``with_index``) and the *squared* distance."""
        # the point's sub-cell, from the fraction of the coordinates :meth:`cell_of` computed (the
        # same helper, so the same cell; _SPLIT is a power of two, so the product is exact)
        sub = self.sub_base.take(cell)
        for axis, coord, step in ((0, x, 1), (1, y, _SPLIT)):
            f = self._in_cells(coord, axis)
            f -= np.trunc(f)
            f *= _SPLIT
            sub += f.astype(np.intp) * step
        index = self.sub_first.take(sub)
        dist_sq = self._distance_sq(x, y, [col.take(index) for col in self.used])
        rest = np.flatnonzero(~self.sub_single.take(sub))
        if len(rest):
            in_rest = sub.take(rest)
            found, dist_sq[rest] = self._nearest_in_lists(
                x.take(rest), y.take(rest), self.sub_start.take(in_rest), self.sub_count.take(in_rest), with_index
            )
            if with_index:
                index[rest] = found
        return (index if with_index else index[:0]), dist_sq

    def _nearest_in_lists(
        self,
        x: NDArray[np.float64],
        y: NDArray[np.float64],
        start: NDArray[np.intp],
        count: NDArray[np.intp],
        with_index: bool,
    ) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        """Nearest among each point's own run ``sub_candidates[start:start + count]``."""
        # one row per (point, candidate), grouped by point; a minimum per group
        point, seg = _expand(start, count, self.sub_candidates)
        first = np.cumsum(count) - count
        d2 = self._distance_sq(x.take(point), y.take(point), [col.take(seg) for col in self.used])
        best = np.minimum.reduceat(d2, first)
        if not with_index:
            return seg[:0], best
        ties = np.where(d2 == best.take(point), seg, len(self.params))
        return np.minimum.reduceat(ties, first), best


def _runs(cell: NDArray[np.intp], cells: int) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Start and length of each cell's run in ``cell`` (sorted by cell; every cell has one)."""
    count = np.bincount(cell, minlength=cells).astype(np.intp)
    return (np.cumsum(count) - count).astype(np.intp), count


def _inherit(
    parent: NDArray[np.intp], start: NDArray[np.intp], count: NDArray[np.intp], candidates: NDArray[np.intp]
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """(child, candidate) pairs giving child ``k`` every candidate of its parent ``parent[k]``."""
    return _expand(start.take(parent), count.take(parent), candidates)


def _expand(
    start: NDArray[np.intp], count: NDArray[np.intp], candidates: NDArray[np.intp]
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """(row, candidate) pairs giving row ``k`` each of ``candidates[start[k]:start[k] + count[k]]``."""
    row = np.repeat(np.arange(len(start)), count)
    first = np.cumsum(count) - count
    return row, candidates.take(np.arange(len(row)) + np.repeat(start - first, count))


def _prune(
    cell: NDArray[np.intp],
    seg: NDArray[np.intp],
    cx: NDArray[np.float64],
    cy: NDArray[np.float64],
    h: float,
    params: NDArray[np.float64],
    ends: NDArray[np.float64],
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Both prunings, in order: the (cell, segment) pairs kept, sorted by cell then segment."""
    cell, seg = _prune_by_bounds(cell, seg, cx, cy, h, params)
    return _prune_by_dominance(cell, seg, cx, cy, h, params, ends)


_CORNERS = ((-0.5, -0.5), (-0.5, 0.5), (0.5, -0.5), (0.5, 0.5))
_DOMINATORS = 3


def _corner_distance_sq(
    cx: NDArray[np.float64], cy: NDArray[np.float64], h: float, seg: NDArray[np.float64]
) -> NDArray[np.float64]:
    """(pairs, 4) squared distances from each cell's corners to its paired segment."""
    return np.column_stack([segment_distance_sq(cx + ox * h, cy + oy * h, seg.T) for ox, oy in _CORNERS])


def _prune_by_bounds(
    cell: NDArray[np.intp],
    seg: NDArray[np.intp],
    cx: NDArray[np.float64],
    cy: NDArray[np.float64],
    h: float,
    params: NDArray[np.float64],
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Keep the segments that can be nearer than the cell's least largest distance to any segment.

    A segment's least distance to the cell is bounded below by its distance to the centre minus
    the half-diagonal; its largest is at a corner (the distance to a segment is convex).
    """
    p = params[seg].T
    far = np.sqrt(_corner_distance_sq(cx[cell], cy[cell], h, params[seg]).max(axis=1))
    bound = np.full(len(cx), np.inf)
    np.minimum.at(bound, cell, far)
    near = np.sqrt(segment_distance_sq(cx[cell], cy[cell], p)) - h * np.sqrt(0.5)
    keep = near <= bound[cell] + _SLACK_M
    order = np.lexsort((seg[keep], cell[keep]))
    return cell[keep][order], seg[keep][order]


def _prune_by_dominance(
    cell: NDArray[np.intp],
    seg: NDArray[np.intp],
    cx: NDArray[np.float64],
    cy: NDArray[np.float64],
    h: float,
    params: NDArray[np.float64],
    ends: NDArray[np.float64],
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Drop a candidate when another one is at least as near at every point of the cell.

    A segment whose nearest point is the same end for every point of the cell acts as that point.
    Only cases where a test at the cell's corners is exact are used (anything else keeps both):
    point vs point (the difference of squared distances is linear); a point vs an edge whose
    perpendicular strip holds the whole cell on one side of its line (``covering``: the edge's
    distance is affine there, the point's minus it is convex); two covering edges (affine
    difference); and a covering edge vs a point lying on or behind the edge's line, seen from the
    cell (the point is then never nearer than the line). And a candidate that acts as a point over
    the cell never beats a segment that has that point as an end (the segment contains it): this
    settles the cells where a vertex's region meets its edges' (end points compared exactly, as given).
    """
    p = params[seg]
    is_point = p[:, 4] == 0
    corner_sq = _corner_distance_sq(cx[cell], cy[cell], h, p)
    # parameter along the segment and signed distance from its line, at the four corners
    along = np.empty_like(corner_sq)
    side = np.empty_like(corner_sq)
    for k, (ox, oy) in enumerate(_CORNERS):
        ex = cx[cell] + ox * h - p[:, 0]
        ey = cy[cell] + oy * h - p[:, 1]
        along[:, k] = (ex * p[:, 2] + ey * p[:, 3]) * p[:, 4]
        side[:, k] = (p[:, 2] * ey - p[:, 3] * ex) * np.sqrt(p[:, 4])
    covering = (
        ~is_point
        & (along.min(axis=1) >= 0)
        & (along.max(axis=1) <= 1)
        & ((side.min(axis=1) > 0) | (side.max(axis=1) < 0))
    )
    sign = np.sign(side[:, 0])
    # over the whole cell a segment may only ever be nearest at one end: then it acts as that point
    at_start = is_point | (along.max(axis=1) <= 0)
    at_end = ~at_start & (along.min(axis=1) >= 1)
    acts_as_point = at_start | at_end
    point_x = np.where(at_end, ends[seg, 0], p[:, 0])
    point_y = np.where(at_end, ends[seg, 1], p[:, 1])
    # pair every candidate i with the (up to) _DOMINATORS candidates j of its cell that have the
    # least largest distance over the cell: the likeliest to dominate it
    far = corner_sq.max(axis=1)
    by_far = np.lexsort((seg, far, cell))
    count = np.bincount(cell, minlength=len(cx))
    start = np.cumsum(count) - count
    reps = np.minimum(count[cell], _DOMINATORS)
    i = np.repeat(np.arange(len(cell)), reps)
    first = np.cumsum(reps) - reps
    j = by_far[np.arange(len(i)) - np.repeat(first, reps) + np.repeat(start[cell], reps)]

    def dominates(g: NDArray[np.intp], f: NDArray[np.intp]) -> NDArray[np.bool_]:
        corners_ok = (corner_sq[g] <= corner_sq[f]).all(axis=1)
        by_corners = corners_ok & ((acts_as_point[g] & (acts_as_point[f] | covering[f])) | (covering[g] & covering[f]))
        # f a point on or behind covering edge g's line
        ex = point_x[f] - p[g, 0]
        ey = point_y[f] - p[g, 1]
        behind = covering[g] & acts_as_point[f] & (sign[g] * (p[g, 2] * ey - p[g, 3] * ex) <= 0)
        at_g_start = (point_x[f] == p[g, 0]) & (point_y[f] == p[g, 1])
        at_g_end = (point_x[f] == ends[seg[g], 0]) & (point_y[f] == ends[seg[g], 1])
        contains = acts_as_point[f] & (at_g_start | at_g_end)
        out: NDArray[np.bool_] = (by_corners | behind | contains) & (g != f)
        return out

    dom_ji = dominates(j, i)
    dom_ij = dominates(i, j)
    drop_i = dom_ji & (~dom_ij | (seg[j] < seg[i]))
    dropped = np.logical_or.reduceat(drop_i, first) if len(first) else np.zeros(0, dtype=bool)
    return cell[~dropped], seg[~dropped].astype(np.intp)
