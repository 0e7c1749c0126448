from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from geoincidents import band_labels, check_proximity, check_proximity_many, perimeter, proximity_arrays
from geoincidents._crs import BAGHDAD_UTM, WGS84, project_geometry, transformer
from geoincidents.proximity._fastproj import MAX_ERROR_M as PROJECTION_TOLERANCE_M  # polynomial vs pyproj, 0.1 mm

INSIDE = [
    "us_embassy",
    "republican_palace",
    "baghdad_convention_center",
    "al_rasheed_hotel",
    "tomb_unknown_soldier",
    "swords_of_qadisiyah",
]
OUTSIDE = ["tahrir_square", "khilani_square", "nisour_square", "karrada", "jadriya", "mansour"]


def _points(gazetteer: gpd.GeoDataFrame, ids: list[str]) -> gpd.GeoDataFrame:
    rows = gazetteer.set_index("landmark_id").loc[ids].reset_index()
    rows["geometry"] = rows.geometry.representative_point()
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=WGS84)


def _naive(frame: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    """What a geopandas user writes: project, distance to the boundary, within."""
    zone = gpd.GeoSeries([perimeter("green_zone")], crs=WGS84).to_crs(32638).iloc[0]
    pts = frame.to_crs(32638)
    inside = pts.within(zone).to_numpy()
    dist = pts.distance(zone.boundary).to_numpy()
    return np.where(inside, -dist, dist), inside


def test_landmarks_inside_and_outside(gazetteer: gpd.GeoDataFrame) -> None:
    result = check_proximity(_points(gazetteer, INSIDE + OUTSIDE), uncertainty_m=None)
    inside = dict(zip(result["landmark_id"], result["inside"], strict=True))
    for lid in INSIDE:
        assert inside[lid] is True or inside[lid] == True, lid  # noqa: E712 - nullable boolean
    for lid in OUTSIDE:
        assert not inside[lid], lid
    assert (result.loc[result["inside"].astype(bool), "distance_m"] < 0).all()
    assert (result.loc[~result["inside"].astype(bool), "distance_m"] > 0).all()


def test_every_gazetteer_point_agrees_with_naive_geopandas(gazetteer: gpd.GeoDataFrame) -> None:
    pts = _points(gazetteer, [lid for lid in gazetteer["landmark_id"] if lid != "green_zone"])
    result = check_proximity(pts, uncertainty_m=None)
    naive_d, naive_in = _naive(pts)
    np.testing.assert_allclose(result["distance_m"].to_numpy(), naive_d, atol=PROJECTION_TOLERANCE_M)
    assert (result["inside"].to_numpy(dtype=bool) == naive_in).all()


def test_tahrir_distance_is_what_the_geometry_implies(gazetteer: gpd.GeoDataFrame) -> None:
    pts = _points(gazetteer, ["tahrir_square"])
    got = float(check_proximity(pts)["distance_m"].iloc[0])
    # independent: geodesic distance to the nearest boundary point (pyproj Geod), not UTM
    from pyproj import Geod

    dense = shapely.get_coordinates(shapely.segmentize(perimeter("green_zone").boundary, 1e-5))
    here = pts.geometry.iloc[0]
    n = len(dense)
    geodesic = Geod(ellps="WGS84").inv(dense[:, 0], dense[:, 1], np.full(n, here.x), np.full(n, here.y))[2].min()
    assert got > 0
    assert abs(got - geodesic) < max(2.0, 0.002 * geodesic)


def test_suspension_bridge_gate_lies_on_the_perimeter(gazetteer: gpd.GeoDataFrame) -> None:
    gate = check_proximity(_points(gazetteer, ["gate_14_july_bridge"]))
    assert abs(float(gate["distance_m"].iloc[0])) < 40
    assert gate["nearest_gate_id"].iloc[0] == "gate_14_july_bridge"
    assert float(gate["gate_distance_m"].iloc[0]) == pytest.approx(0.0, abs=PROJECTION_TOLERANCE_M)


def _offset_points(distances: list[float]) -> gpd.GeoDataFrame:
    """Points at known distances outside the zone, along the outward normal of its longest edge."""
    zone = project_geometry(perimeter("green_zone"), WGS84, BAGHDAD_UTM)
    xy = np.asarray(zone.exterior.coords)
    seg = np.diff(xy, axis=0)
    i = int(np.argmax(np.hypot(seg[:, 0], seg[:, 1])))
    mid = (xy[i] + xy[i + 1]) / 2
    normal = np.array([seg[i, 1], -seg[i, 0]]) / np.hypot(*seg[i])
    if zone.contains(shapely.Point(mid + normal)):
        normal = -normal
    pts = [mid + d * normal for d in distances]
    lon, lat = transformer(BAGHDAD_UTM, WGS84).transform([p[0] for p in pts], [p[1] for p in pts])
    return gpd.GeoDataFrame({"d": distances}, geometry=gpd.points_from_xy(lon, lat), crs=WGS84)


def test_bands_at_their_edges() -> None:
    distances = [-30.0, 0.0, 249.0, 251.0, 999.0, 1001.0, 2999.0, 3001.0]
    pts = _offset_points(distances)
    result = check_proximity(pts)
    got = result["distance_m"].to_numpy()
    # inward points are inside only if the edge is not shadowed; check the outward ones exactly
    np.testing.assert_allclose(got[1:], distances[1:], atol=0.05)
    assert list(result["band"].astype(str))[1:] == [
        "0-250 m",
        "0-250 m",
        "250-1000 m",
        "250-1000 m",
        "1000-3000 m",
        "1000-3000 m",
        ">3000 m",
    ]
    assert result["band"].iloc[0] == "inside"
    assert not bool(result["inside"].iloc[1])  # on the boundary is not inside


def test_custom_bands_and_labels() -> None:
    assert band_labels((100, 500)) == ["inside", "0-100 m", "100-500 m", ">500 m"]
    result = check_proximity(_offset_points([50.0, 200.0, 600.0]), bands_m=(100, 500))
    assert list(result["band"].astype(str)) == ["0-100 m", "100-500 m", ">500 m"]
    for bad in [(), (500, 100), (0, 10), (float("nan"),)]:
        with pytest.raises(ValueError, match="bands_m"):
            check_proximity(_offset_points([1.0]), bands_m=bad)


@pytest.mark.parametrize("epsg", [32638, 3857, 4326, 3891])
def test_same_distances_from_any_input_crs(gazetteer: gpd.GeoDataFrame, epsg: int) -> None:
    pts = _points(gazetteer, INSIDE + OUTSIDE)
    base = check_proximity(pts)
    other = check_proximity(pts.to_crs(epsg))
    np.testing.assert_allclose(other["distance_m"], base["distance_m"], atol=0.01)
    assert other.crs == pts.to_crs(epsg).crs  # the input is returned in its own CRS


def test_lon_lat_arrays_and_row_order(gazetteer: gpd.GeoDataFrame) -> None:
    pts = _points(gazetteer, INSIDE + OUTSIDE)
    by_arrays = check_proximity(lon=pts.geometry.x, lat=pts.geometry.y)
    by_frame = check_proximity(pts)
    np.testing.assert_allclose(by_arrays["distance_m"], by_frame["distance_m"])
    shuffled = check_proximity(pts.iloc[::-1])
    np.testing.assert_allclose(shuffled["distance_m"].to_numpy()[::-1], by_frame["distance_m"].to_numpy())
    assert list(shuffled.index) == list(pts.index[::-1])


def test_uncertainty_makes_breach_honest(gazetteer: gpd.GeoDataFrame) -> None:
    pts = _points(gazetteer, ["us_embassy", "gate_14_july_bridge", "mansour"])
    pts["uncertainty_m"] = [50.0, 100.0, 200.0]
    result = check_proximity(pts).set_index("landmark_id")
    assert result.loc["us_embassy", "breach"] == "certain"
    assert result.loc["gate_14_july_bridge", "breach"] == "possible"
    assert result.loc["mansour", "breach"] == "excluded"
    # a vague location centred inside, but wider than its depth inside: only possible
    vague = _points(gazetteer, ["us_embassy"])
    depth = -float(check_proximity(vague)["distance_m"].iloc[0])
    vague["uncertainty_m"] = depth * 1.5
    assert check_proximity(vague)["breach"].iloc[0] == "possible"
    row = result.loc["mansour"]
    assert row["distance_min_m"] < row["distance_m"] < row["distance_max_m"]


def test_missing_positions_are_kept_with_missing_results(gazetteer: gpd.GeoDataFrame) -> None:
    pts = _points(gazetteer, ["us_embassy", "tahrir_square"])
    frame = gpd.GeoDataFrame(
        {"name": ["a", "none", "empty", "b"]},
        geometry=[pts.geometry.iloc[0], None, shapely.Point(), pts.geometry.iloc[1]],
        crs=WGS84,
    )
    result = check_proximity(frame)
    assert len(result) == 4
    assert result["distance_m"].isna().tolist() == [False, True, True, False]
    assert result["inside"].isna().tolist() == [False, True, True, False]
    assert result["band"].isna().tolist() == [False, True, True, False]
    arrays = proximity_arrays([44.39, np.nan], [33.30, 33.3])
    assert np.isnan(arrays.distance_m[1]) and not arrays.valid[1]


def test_a_path_is_not_measured_but_named(tmp_path: Path) -> None:
    # a str used to mean "GeoParquet on Dask" and failed with "needs the dask extra" for any file
    with pytest.raises(TypeError, match=r"read_incidents\(path\)\.accepted"):
        check_proximity(str(tmp_path / "incidents.geojson"))  # type: ignore[arg-type]


def test_clear_errors() -> None:
    pts = _offset_points([10.0])
    with pytest.raises(ValueError, match="no CRS"):
        check_proximity(pts.set_crs(None, allow_override=True))
    poly = gpd.GeoDataFrame(geometry=[shapely.box(44.3, 33.3, 44.31, 33.31)], crs=WGS84)
    with pytest.raises(TypeError, match="Point geometries"):
        check_proximity(poly)
    with pytest.raises(ValueError, match="outside lon"):
        check_proximity(lon=[33.3], lat=[144.4])
    with pytest.raises(KeyError, match="known perimeters"):
        check_proximity(pts, perimeter="atlantis")
    with pytest.raises(TypeError, match="GeoDataFrame"):
        check_proximity(pd.DataFrame({"x": [1]}))  # type: ignore[arg-type]


def test_empty_frame_returns_empty_columns() -> None:
    empty = gpd.GeoDataFrame(geometry=[], crs=WGS84)
    result = check_proximity(empty)
    assert len(result) == 0
    assert {"distance_m", "inside", "band", "nearest_gate_id", "gate_distance_m", "perimeter_id"} <= set(result.columns)


def test_custom_perimeter_polygon() -> None:
    zone_m = shapely.box(440000, 3690000, 441000, 3691000)
    zone = project_geometry(zone_m, BAGHDAD_UTM, WGS84)
    lon, lat = transformer(BAGHDAD_UTM, WGS84).transform([440500, 441100], [3690500, 3690500])
    res = proximity_arrays(lon, lat, zone)
    np.testing.assert_allclose(res.distance_m, [-500.0, 100.0], atol=0.01)


# --- the fast paths: exact against plain shapely/geopandas on random points, near and far -----------


def _random_lonlat(n: int, seed: int, spread_m: float) -> tuple[np.ndarray, np.ndarray]:
    zone = project_geometry(perimeter("green_zone"), WGS84, BAGHDAD_UTM)
    c = zone.centroid
    rng = np.random.default_rng(seed)
    x = c.x + rng.uniform(-spread_m, spread_m, n)
    y = c.y + rng.uniform(-spread_m, spread_m, n)
    lon, lat = transformer(BAGHDAD_UTM, WGS84).transform(x, y)
    return np.asarray(lon), np.asarray(lat)


@pytest.mark.parametrize("spread_m", [4_000.0, 30_000.0])  # inside the fast grid, and well beyond it
def test_random_points_agree_with_geopandas(gazetteer: gpd.GeoDataFrame, spread_m: float) -> None:
    lon, lat = _random_lonlat(3000, seed=int(spread_m), spread_m=spread_m)
    pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs=WGS84)
    result = check_proximity(pts, uncertainty_m=None)
    naive_d, naive_in = _naive(pts)
    np.testing.assert_allclose(result["distance_m"].to_numpy(), naive_d, atol=PROJECTION_TOLERANCE_M)
    assert (result["inside"].to_numpy(dtype=bool) == naive_in).all()
    gates = gazetteer[gazetteer["kind"] == "gate"][["landmark_id", "geometry"]].to_crs(32638)
    joined = gpd.sjoin_nearest(pts.to_crs(32638), gates, distance_col="d")
    joined = joined[~joined.index.duplicated()]
    assert (result["nearest_gate_id"].to_numpy() == joined["landmark_id"].to_numpy()).all()
    np.testing.assert_allclose(
        result["gate_distance_m"].to_numpy(), joined["d"].to_numpy(), atol=PROJECTION_TOLERANCE_M
    )


def test_answers_do_not_depend_on_batching() -> None:
    lon, lat = _random_lonlat(5000, seed=7, spread_m=15_000.0)
    whole = proximity_arrays(lon, lat)
    parts = [proximity_arrays(lon[i : i + 777], lat[i : i + 777]) for i in range(0, len(lon), 777)]
    for key in ("distance_m", "gate_distance_m", "inside", "band_code"):
        assert np.array_equal(getattr(whole, key), np.concatenate([getattr(p, key) for p in parts])), key


def test_polynomial_projection_is_verified_and_bounded() -> None:
    from geoincidents.proximity._fastproj import MAX_ERROR_M, fit_local_projection
    from geoincidents.proximity.measure import _perimeter_index

    index = _perimeter_index("green_zone", None)
    assert index.local is not None and index.local.max_error_m <= MAX_ERROR_M
    lon, lat = _random_lonlat(20_000, seed=3, spread_m=12_000.0)
    inside_box = index.local.covers(lon, lat)
    px, py = index.local.transform(lon[inside_box], lat[inside_box])
    x, y = transformer(WGS84, BAGHDAD_UTM).transform(lon[inside_box], lat[inside_box])
    assert np.hypot(px - x, py - y).max() <= MAX_ERROR_M
    # a box far too large for a polynomial is refused, and pyproj is used instead
    assert fit_local_projection(transformer(WGS84, BAGHDAD_UTM), (30.0, 20.0, 60.0, 45.0)) is None


def _compounds(gazetteer: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Compound polygons: every building buffered by 120-300 m (the bundled file has one polygon)."""
    b = gazetteer[gazetteer["kind"] == "building"].to_crs(32638)
    radius = 120 + 15 * np.arange(len(b)) % 180
    rings = b.buffer(radius, quad_segs=4).to_numpy()
    return gpd.GeoDataFrame({"landmark_id": b["landmark_id"].to_numpy()}, geometry=rings, crs=32638)


def test_many_perimeters_agree_with_geopandas(gazetteer: gpd.GeoDataFrame) -> None:
    compounds = _compounds(gazetteer)
    lon, lat = _random_lonlat(3000, seed=11, spread_m=6_000.0)
    pts = gpd.GeoDataFrame({"n": np.arange(3000)}, geometry=gpd.points_from_xy(lon, lat), crs=WGS84)
    result = check_proximity_many(pts, compounds)
    # naive: distance to every boundary, inside any polygon
    pts_m = pts.to_crs(32638)
    boundaries = gpd.GeoDataFrame(compounds[["landmark_id"]], geometry=compounds.boundary, crs=32638)
    nearest = gpd.sjoin_nearest(pts_m, boundaries, distance_col="d")
    nearest = nearest[~nearest.index.duplicated()]
    within = gpd.sjoin(pts_m, compounds, predicate="within")
    inside = pts_m.index.isin(within.index)
    np.testing.assert_allclose(
        result["distance_m"].abs().to_numpy(), nearest["d"].to_numpy(), atol=PROJECTION_TOLERANCE_M
    )
    assert (result["inside"].to_numpy(dtype=bool) == inside).all()
    assert (np.sign(result["distance_m"].to_numpy()[inside]) == -1).all()
    assert (result["perimeter_id"].to_numpy() == nearest["landmark_id"].to_numpy()).all()
    assert inside.any() and (~inside).any()


def test_many_perimeters_with_one_is_check_proximity(gazetteer: gpd.GeoDataFrame) -> None:
    pts = _points(gazetteer, INSIDE + OUTSIDE)
    many = check_proximity_many(pts, ["green_zone"])
    one = check_proximity(pts, uncertainty_m=None)
    np.testing.assert_array_equal(many["distance_m"].to_numpy(), one["distance_m"].to_numpy())
    assert list(many["band"].astype(str)) == list(one["band"].astype(str))
    assert set(many["perimeter_id"]) == {"green_zone"}
    default = check_proximity_many(pts)  # every polygon of a perimeter-like kind in the gazetteer
    assert set(default["perimeter_id"]) <= set(gazetteer["landmark_id"])


def test_many_perimeters_clear_errors(gazetteer: gpd.GeoDataFrame) -> None:
    pts = _points(gazetteer, ["tahrir_square"])
    with pytest.raises(KeyError, match="atlantis"):
        check_proximity_many(pts, ["atlantis"])
    with pytest.raises(ValueError, match="polygons"):
        check_proximity_many(pts, ["tahrir_square"])  # a point landmark
    with pytest.raises(ValueError, match="no CRS"):
        check_proximity_many(pts, _compounds(gazetteer).set_crs(None, allow_override=True))


def test_points_partly_beyond_the_polynomial_box() -> None:
    # a batch mixing points inside the fast box with points beyond it (pyproj) gives the same answers
    # as each point alone
    lon = np.array([44.39, 46.5, 44.41, 40.0, 44.385])
    lat = np.array([33.30, 33.3, 33.31, 36.0, 33.29])
    batch = proximity_arrays(lon, lat)
    alone = [proximity_arrays(lon[i : i + 1], lat[i : i + 1]) for i in range(len(lon))]
    for key in ("distance_m", "gate_distance_m", "inside"):
        assert np.array_equal(getattr(batch, key), np.concatenate([getattr(a, key) for a in alone])), key
    assert np.isfinite(batch.distance_m).all()


def test_the_callers_frame_is_never_written_to(gazetteer: gpd.GeoDataFrame) -> None:
    pts = _points(gazetteer, ["tahrir_square", "us_embassy"])
    pts["distance_m"] = [1.0, 2.0]  # a stale result from an earlier run
    pts["note"] = ["a", "b"]
    before = pts.copy()
    result = check_proximity(pts, uncertainty_m=None)
    pd.testing.assert_frame_equal(pts, before)  # same columns, same values
    assert list(result["distance_m"]) != [1.0, 2.0] and "band" in result and "band" not in pts
    result.loc[result.index[0], "note"] = "changed"
    assert pts["note"].iloc[0] == "a"


@pytest.mark.parametrize("multi", [False, True])
def test_a_perimeter_with_a_hole_and_a_second_part_agrees_with_geopandas(multi: bool) -> None:
    rng = np.random.default_rng(5 + int(multi))
    c = (441000.0, 3686000.0)
    outer = shapely.Point(c).buffer(1800, quad_segs=5)
    polygon = outer.difference(shapely.Point(c[0] + 150, c[1]).buffer(400, quad_segs=3))  # a hole
    geom = (
        shapely.MultiPolygon([polygon, shapely.box(c[0] + 3000, c[1] - 500, c[0] + 3600, c[1] + 700)])
        if multi
        else polygon
    )
    lonlat = project_geometry(geom, BAGHDAD_UTM, WGS84)
    x, y = c[0] + rng.uniform(-16_000, 16_000, 5000), c[1] + rng.uniform(-16_000, 16_000, 5000)
    pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy(x, y), crs=BAGHDAD_UTM)
    zone = project_geometry(lonlat, WGS84, BAGHDAD_UTM)
    naive_in = pts.within(zone).to_numpy()
    naive_d = pts.distance(zone.boundary).to_numpy()
    assert naive_in.any() and not shapely.contains_xy(zone, c[0] + 150, c[1])  # the hole is a hole
    for given in (pts.to_crs(WGS84), pts):  # lon/lat (polynomial) and projected (no projection) input
        result = check_proximity(given, perimeter=lonlat, uncertainty_m=None)
        assert (result["inside"].to_numpy(dtype=bool) == naive_in).all()
        np.testing.assert_allclose(result["distance_m"].abs().to_numpy(), naive_d, atol=PROJECTION_TOLERANCE_M)
