"""Alert rules: certainty follows the geometry and the location's uncertainty; alerts land in the store."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest

from geoincidents.gazetteer.load import load_gazetteer
from geoincidents.schema import coerce_incidents
from geoincidents.store.alerts import AlertRule, evaluate_alerts, format_alert, load_rules
from geoincidents.store.incident_store import IncidentStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _store_helpers import landmark_incidents, landmark_points


def _signed_distance_m(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, float]:
    """Signed distance to the Green Zone boundary computed here with geopandas in UTM 38N."""
    gaz = load_gazetteer()
    zone = gaz[gaz["landmark_id"] == "green_zone"]
    poly = zone.to_crs(32638).geometry.iloc[0]
    pts = gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs=4326).to_crs(32638)
    dist = pts.distance(poly.boundary).to_numpy()
    inside = pts.within(poly).to_numpy()
    return np.where(inside, -dist, dist), float(zone["position_uncertainty_m"].iloc[0])


def _incidents_at_landmarks(uncertainty_m: float | None = None) -> gpd.GeoDataFrame:
    pts = landmark_points()
    pts = pts[pts["kind"] != "perimeter"].reset_index(drop=True)
    frame = pd.DataFrame(
        {
            "event_id": [f"lm-{lid}" for lid in pts["landmark_id"]],
            "event_date": "2024-03-01",
            "event_type": ["Protests" if i % 2 else "Riots" for i in range(len(pts))],
            "location": pts["name"],
            "latitude": pts["latitude"],
            "longitude": pts["longitude"],
            "landmark_id": pts["landmark_id"],
            "geo_precision": 1,
            "uncertainty_m": pts["uncertainty_m"] if uncertainty_m is None else uncertainty_m,
        }
    )
    return coerce_incidents(frame)


@pytest.mark.parametrize(
    "rule",
    [
        AlertRule("inside"),
        AlertRule("inside-certain", band="inside", min_certainty="certain"),
        AlertRule("band-250", band="0-250 m"),
        AlertRule("band-1000", band="250-1000 m", event_types=("Riots",)),
        AlertRule("within-2km", max_distance_m=2000),
        AlertRule("within-600-certain", max_distance_m=600, min_certainty="certain"),
    ],
    ids=lambda r: r.rule_id,
)
def test_certainty_follows_the_geometry(rule: AlertRule) -> None:
    incidents = _incidents_at_landmarks()
    alerts = evaluate_alerts(incidents, [rule]).set_index("event_id")
    signed, perimeter_unc = _signed_distance_m(incidents["longitude"].to_numpy(), incidents["latitude"].to_numpy())
    spread = incidents["uncertainty_m"].to_numpy() + perimeter_unc
    wanted = incidents["event_type"].isin(rule.event_types) if rule.event_types else pd.Series(True, incidents.index)
    expected: dict[str, str] = {}
    for eid, d, s, ok in zip(incidents["event_id"], signed, spread, wanted, strict=True):
        if not ok:
            continue
        if d + s < rule.threshold_m:
            expected[eid] = "certain"
        elif d - s < rule.threshold_m and rule.min_certainty == "possible":
            expected[eid] = "possible"
    assert alerts["certainty"].to_dict() == expected
    # the rule must discriminate on this gazetteer (alert / none, or certain / possible), or this proves nothing
    outcomes = set(expected.values()) | ({"none"} if len(expected) < len(incidents) else set())
    assert len(outcomes) >= 2


def test_vague_location_is_never_a_certain_breach() -> None:
    pts = landmark_points()
    pts = pts[pts["kind"] != "perimeter"].reset_index(drop=True)
    signed, perimeter_unc = _signed_distance_m(pts["longitude"].to_numpy(), pts["latitude"].to_numpy())
    deepest = pts.iloc[int(np.argmin(signed))]  # the landmark furthest inside the Green Zone
    assert signed.min() < -(perimeter_unc + 10)
    frame = coerce_incidents(
        pd.DataFrame(
            {
                "event_id": ["precise", "vague", "unknown-radius", "unknown-all", "nowhere"],
                "event_type": "Protests",
                "latitude": [deepest["latitude"]] * 4 + [None],
                "longitude": [deepest["longitude"]] * 4 + [None],
                "uncertainty_m": [10.0, 5000.0, None, None, None],
                "geo_precision": [1, 1, 3, pd.NA, 1],
            }
        )
    )
    alerts = evaluate_alerts(frame, [AlertRule("gz")]).set_index("event_id")["certainty"].to_dict()
    # geo_precision 3 implies a 10 km radius; no radius and no precision can only be "possible"
    assert alerts == {
        "precise": "certain",
        "vague": "possible",
        "unknown-radius": "possible",
        "unknown-all": "possible",
    }
    strict = evaluate_alerts(frame, [AlertRule("gz", min_certainty="certain")])
    assert list(strict["event_id"]) == ["precise"]


def test_rule_thresholds_and_validation() -> None:
    assert AlertRule("a").threshold_m == 0.0
    assert AlertRule("a", band="inside").threshold_m == 0.0
    assert AlertRule("a", band="0-250 m").threshold_m == 250.0
    assert AlertRule("a", band="1000-3000 m").threshold_m == 3000.0
    assert AlertRule("a", max_distance_m=75).threshold_m == 75.0
    with pytest.raises(ValueError, match="not one of"):
        AlertRule("a", band=">3000 m")
    with pytest.raises(ValueError, match="not both"):
        AlertRule("a", band="inside", max_distance_m=10)
    with pytest.raises(ValueError, match="unknown event type"):
        AlertRule("a", event_types=("Picnics",))
    with pytest.raises(ValueError, match="min_certainty"):
        AlertRule("a", min_certainty="likely")
    with pytest.raises(ValueError, match="max_distance_m"):
        AlertRule("a", max_distance_m=-1)


def test_load_rules_from_json(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    rules = [AlertRule("gz", min_certainty="certain"), AlertRule("near", max_distance_m=500, event_types=("Riots",))]
    path.write_text(json.dumps({"rules": [r.to_dict() for r in rules]}), encoding="utf-8")
    assert load_rules(path) == rules
    path.write_text(json.dumps([{"rule_id": "x", "band": "0-250 m"}]), encoding="utf-8")
    assert load_rules(path)[0].threshold_m == 250.0
    path.write_text(json.dumps([{"rule_id": "x"}, {"rule_id": "y", "radius": 5}]), encoding="utf-8")
    with pytest.raises(ValueError, match=r"rules.json: rule 1: unknown key\(s\) \['radius'\]"):
        load_rules(path)
    path.write_text(json.dumps([{"rule_id": "x"}, {"rule_id": "x"}]), encoding="utf-8")
    with pytest.raises(ValueError, match="used twice"):
        load_rules(path)
    path.write_text(json.dumps([{"rule_id": "x", "perimeter": "red_zone"}]), encoding="utf-8")
    with pytest.raises(ValueError, match=r"rule 0: no perimeter named 'red_zone'"):
        load_rules(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        load_rules(path)
    with pytest.raises(FileNotFoundError):
        load_rules(tmp_path / "missing.json")


def test_alerts_are_stored_once_and_gdal_reads_them(tmp_path: Path) -> None:
    incidents = landmark_incidents(12)
    rules = [AlertRule("gz"), AlertRule("near", max_distance_m=1000)]
    expected = evaluate_alerts(incidents, rules)
    assert len(expected) > 0
    path = tmp_path / "s.gpkg"
    with IncidentStore(path) as store:
        first = store.add_incidents(incidents, rules=rules)
        assert first.alerts is not None
        assert sorted(first.alerts["alert_id"]) == sorted(expected["alert_id"])
        again = store.add_incidents(incidents, rules=rules)  # same events: merged, no new alert
        assert again.alerts is not None and again.alerts.empty
        stored = store.alerts()
        assert len(store.alerts(limit=2)) == 2
    assert sorted(stored["alert_id"]) == sorted(expected["alert_id"])
    layer = gpd.read_file(path, layer="alerts")
    assert layer.crs.to_epsg() == 4326
    merged = layer.merge(incidents[["event_id", "longitude", "latitude"]], on="event_id", suffixes=("", "_inc"))
    assert np.allclose(merged.geometry.x, merged["longitude_inc"]) and np.allclose(
        merged.geometry.y, merged["latitude_inc"]
    )
    assert set(pyogrio.read_dataframe(path, layer="alerts", read_geometry=False)["certainty"]) <= {
        "certain",
        "possible",
    }
    line = format_alert(stored.iloc[0].to_dict())
    assert stored["alert_id"].iloc[0] in line and stored["rule_id"].iloc[0] in line


def test_no_rules_or_no_incidents_give_no_alerts() -> None:
    assert evaluate_alerts(landmark_incidents(3), []).empty
    assert evaluate_alerts(landmark_incidents(0), [AlertRule("gz")]).empty
