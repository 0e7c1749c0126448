"""The per-grid-cell nearest-segment index is exact: checked against GEOS on random segment sets."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from geoincidents.proximity._nearest import SegmentGrid


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_nearest_segment_matches_geos(seed: int) -> None:
    rng = np.random.default_rng(seed)
    starts = rng.uniform(0, 2_000, (80, 2))
    ends = starts + rng.normal(0, 150, (80, 2))
    ends[::9] = starts[::9]  # some zero-length segments: point features
    grid = SegmentGrid(starts, ends, (-500.0, -500.0, 2_500.0, 2_500.0), cells=64)
    # points inside the grid, on its edges and far beyond it
    x = np.concatenate([rng.uniform(-400, 2_400, 4000), rng.uniform(-6_000, 8_000, 500), [-500.0, 2_500.0]])
    y = np.concatenate([rng.uniform(-400, 2_400, 4000), rng.uniform(-6_000, 8_000, 500), [-500.0, 2_500.0]])
    index, distance = grid.nearest(x, y)
    geoms = [
        shapely.Point(a) if np.array_equal(a, b) else shapely.LineString([a, b])
        for a, b in zip(starts, ends, strict=True)
    ]
    every = shapely.distance(shapely.points(x, y)[:, None], np.array(geoms)[None, :])
    np.testing.assert_allclose(distance, every.min(axis=1), rtol=0, atol=1e-9)
    # the index returned is a segment at that distance
    np.testing.assert_allclose(every[np.arange(len(x)), index], distance, rtol=0, atol=1e-9)
    assert (grid.count >= 1).all()
    assert grid.count.mean() < 4  # the pruning keeps few candidates per cell
    # cells with several candidates are split; every sub-cell keeps at least one, and the points
    # above went through that path too
    assert (~grid.single).any() and (grid.sub_count >= 1).all()
    assert (~grid.single[grid.cell_of(x, y)[grid.cell_of(x, y) >= 0]]).sum() > 100


def test_ties_go_to_the_lowest_index_and_bad_input_is_refused() -> None:
    pts = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 0.0]])  # features 0 and 2 coincide
    grid = SegmentGrid(pts, pts, (-50.0, -50.0, 50.0, 50.0), cells=8)
    index, distance = grid.nearest(np.array([-3.0, 20.0]), np.array([4.0, 0.0]))
    assert index.tolist() == [0, 1]
    np.testing.assert_allclose(distance, [5.0, 10.0])
    with pytest.raises(ValueError, match="matching"):
        SegmentGrid(pts, pts[:2], (0.0, 0.0, 1.0, 1.0))


def test_points_off_the_grid_or_nan_get_no_cell() -> None:
    pts = np.array([[0.0, 0.0], [10.0, 0.0]])
    grid = SegmentGrid(pts, pts, (-50.0, -50.0, 50.0, 50.0), cells=8)
    cells = grid.cell_of(np.array([np.nan, 1e300, -60.0, 0.0, 49.999]), np.array([0.0, 0.0, 0.0, np.nan, 49.999]))
    assert cells.tolist()[:4] == [-1, -1, -1, -1]
    assert 0 <= cells[4] < grid.nx * grid.ny
