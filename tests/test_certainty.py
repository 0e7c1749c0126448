"""The one certainty policy: its rules, and the same answer for the same rows wherever they are looked at.

Before the policy lived in one module, an incident 413 m inside the perimeter with an unknown
uncertainty was ``certain`` in ``check_proximity``, "inside" in the app's panel and "possible" in the
store's alert rule, and an ACLED row with ``geo_precision`` 3 was an exact point in one and a 10 km
circle in another. These tests feed the same rows through ``check_proximity``, the CLI, the store's
alert rules and the app's alert panel and require one answer.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.ops import polylabel

from geoincidents._crs import BAGHDAD_UTM, WGS84, project_geometry
from geoincidents.cli import main as cli_main
from geoincidents.gazetteer.load import perimeter, perimeter_feature
from geoincidents.io.incidents import read_incidents, write_incidents
from geoincidents.proximity.certainty import (
    GEO_PRECISION_UNCERTAINTY_M,
    band_codes,
    band_labels,
    certainty_codes,
    location_uncertainty,
)
from geoincidents.proximity.measure import check_proximity
from geoincidents.store.alerts import AlertRule, evaluate_alerts
from geoincidents.ui.views import alerts as panel_alerts
from geoincidents.ui.views import prepare_incidents

EDGE_UNC = float(perimeter_feature("green_zone")["position_uncertainty_m"])

# signed distance (negative inside), stated uncertainty, geo_precision, the certainty of "inside"
CASES = [
    (-413.0, None, None, "possible"),  # inside, radius unknown: at most possible
    (-413.0, 50.0, None, "certain"),
    (-413.0, None, 1, "possible"),  # precision 1 = 250 m, + 200 m edge: the range reaches outside
    (-700.0, None, 1, "certain"),
    (1200.0, None, 3, "possible"),  # ACLED precision 3: a 10 km circle reaches inside
    (1200.0, 50.0, 3, "excluded"),  # a stated radius wins over the precision code
    (1200.0, None, None, "excluded"),
    (100.0, 20.0, 1, "possible"),
    (-650.0, 0.0, None, "certain"),
]


def _points(distances_m: list[float]) -> list[shapely.Point]:
    """Points (UTM) at the given signed distances from the Green Zone edge, found by bisection along a ray.

    The signed distance (GEOS, negative inside) is continuous along the ray from the zone's deepest
    point outwards, so bisection finds a point at each wanted distance.
    """
    zone = project_geometry(perimeter("green_zone"), WGS84, BAGHDAD_UTM)
    start = polylabel(zone, tolerance=1.0)

    def signed(t: float) -> float:
        pt = shapely.Point(start.x + t, start.y)
        d = float(zone.boundary.distance(pt))
        return -d if zone.contains(pt) else d

    points = []
    for wanted in distances_m:
        low, high = 0.0, 20_000.0
        assert signed(low) < wanted < signed(high)
        for _ in range(60):
            mid = (low + high) / 2
            low, high = (mid, high) if signed(mid) < wanted else (low, mid)
        points.append(shapely.Point(start.x + low, start.y))
    return points


@pytest.fixture(scope="module")
def rows() -> gpd.GeoDataFrame:
    frame = gpd.GeoDataFrame(
        {
            "event_id": [f"e{i}" for i in range(len(CASES))],
            "event_date": ["2022-08-29"] * len(CASES),
            "event_type": ["Protests"] * len(CASES),
            "uncertainty_m": [c[1] for c in CASES],
            "geo_precision": pd.array([c[2] for c in CASES], dtype="Int8"),
        },
        geometry=_points([c[0] for c in CASES]),
        crs=BAGHDAD_UTM,
    ).to_crs(WGS84)
    frame["longitude"], frame["latitude"] = frame.geometry.x, frame.geometry.y  # the store reads these
    return frame


def test_policy_rules_in_numbers() -> None:
    radius = location_uncertainty([np.nan, 30.0, np.nan, np.nan], [3, 3, np.nan, 2])
    assert radius[0] == GEO_PRECISION_UNCERTAINTY_M[3] and radius[1] == 30.0 and np.isnan(radius[2])
    assert radius[3] == GEO_PRECISION_UNCERTAINTY_M[2]
    with pytest.raises(ValueError, match=">= 0"):
        location_uncertainty([-1.0])
    # zones are half-open: d < t is in; the whole range must be in for certain; unknown radius caps at possible
    dist = np.array([-100.0, -100.0, -10.0, 40.0, 60.0, np.nan])  # 60 - 10 = 50: the range just misses
    rad = np.array([40.0, np.nan, 5.0, 0.0, 0.0, 0.0])
    dmin, dmax, codes = certainty_codes(dist, rad, 10.0, threshold_m=50.0)
    assert codes.tolist() == [0, 1, 0, 1, 2, -1]
    assert dmin[0] == -150.0 and dmax[0] == -50.0
    _, _, inside = certainty_codes(np.array([-10.0, 0.0]), np.array([0.0, 0.0]), 0.0)
    assert inside.tolist() == [0, 2]  # on the boundary is not inside


def test_band_edges_are_half_open() -> None:
    edges = np.array([250.0, 1000.0])
    dist = np.array([-1.0, 0.0, 249.999, 250.0, 999.0, 1000.0, np.nan])
    inside = dist < 0
    codes = band_codes(~np.isnan(dist), inside, dist, edges)
    labels = band_labels(edges)
    assert [labels[c] if c >= 0 else None for c in codes] == [
        "inside",
        "0-250 m",
        "0-250 m",
        "250-1000 m",
        "250-1000 m",
        ">1000 m",
        None,
    ]


def test_check_proximity_applies_the_policy(rows: gpd.GeoDataFrame) -> None:
    got = check_proximity(rows)
    assert got["breach"].astype(str).tolist() == [c[3] for c in CASES]
    assert got["distance_m"].to_numpy() == pytest.approx([c[0] for c in CASES], abs=0.5)
    # the range is widened by the radius the policy used (stated, else implied by geo_precision)
    assert got["distance_max_m"].iloc[4] - got["distance_m"].iloc[4] == pytest.approx(10_000 + EDGE_UNC)
    assert got["distance_max_m"].iloc[0] - got["distance_m"].iloc[0] == pytest.approx(EDGE_UNC)


def _store_certainty(rows: gpd.GeoDataFrame, rule: AlertRule) -> list[str]:
    fired = evaluate_alerts(rows, [rule]).set_index("event_id")["certainty"]
    return [str(fired.get(eid, "excluded")) for eid in rows["event_id"]]


def _panel_levels(rows: gpd.GeoDataFrame) -> dict[str, str]:
    table = panel_alerts(prepare_incidents(rows))
    return dict(zip(table["event_id"], table["alert"], strict=True))


def test_store_rules_agree_with_check_proximity(rows: gpd.GeoDataFrame) -> None:
    assert _store_certainty(rows, AlertRule("in", band="inside")) == [c[3] for c in CASES]
    within = check_proximity(rows, bands_m=(250.0, 1000.0))
    band_rule = _store_certainty(rows, AlertRule("near", band="0-250 m", bands_m=(250.0, 1000.0)))
    distance_rule = _store_certainty(rows, AlertRule("near", max_distance_m=250.0))
    assert band_rule == distance_rule
    # certain within 250 m exactly when the whole range is closer than 250 m and the radius is known
    radius = location_uncertainty(rows["uncertainty_m"], rows["geo_precision"])
    for pos, certainty in enumerate(band_rule):
        whole_range_in = within["distance_max_m"].iloc[pos] < 250 and np.isfinite(radius[pos])
        assert (certainty == "certain") == whole_range_in, pos


def test_app_panel_agrees_with_the_store(rows: gpd.GeoDataFrame) -> None:
    levels = _panel_levels(rows)
    inside = _store_certainty(rows, AlertRule("in", band="inside"))
    near = _store_certainty(rows, AlertRule("near", max_distance_m=250.0))
    for eid, in_zone, in_band in zip(rows["event_id"], inside, near, strict=True):
        expected = {
            ("certain", "certain"): "inside",
            ("possible", "certain"): "possibly inside",
            ("possible", "possible"): "possibly inside",
            ("excluded", "certain"): "within 0-250 m",
            ("excluded", "possible"): "possibly within 0-250 m",
        }.get((in_zone, in_band), "")
        assert levels.get(eid, "") == expected, eid


def test_cli_gives_the_same_breach_as_the_app(rows: gpd.GeoDataFrame, tmp_path: Path) -> None:
    src = write_incidents(rows, tmp_path / "rows.csv")
    out = tmp_path / "checked.geojson"
    assert cli_main(["proximity", str(src), "-o", str(out)]) == 0
    checked = read_incidents(out).accepted.set_index("event_id")
    got = [str(checked.loc[eid, "breach"]) for eid in rows["event_id"]]
    assert got == [c[3] for c in CASES]
    levels = _panel_levels(rows)
    for eid, breach in zip(rows["event_id"], got, strict=True):
        assert (levels.get(eid, "") == "inside") == (breach == "certain"), eid
        assert (levels.get(eid, "") == "possibly inside") == (breach == "possible"), eid
