"""Large data on the map: event types from other taxonomies, the hexagon density layer, the drawing modes.

Real maps are built and their HTML read back; the density counts are checked against counts made
independently (shapely hexagons built from the page's own corner offsets).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from geoincidents.errors import EventTypeMappingError
from geoincidents.io.incidents import read_incidents
from geoincidents.maps.assets import assets_ready
from geoincidents.maps.build import (
    IncidentPoints,
    build_map,
    density_data,
    incident_columns,
    legend_parts,
    map_mode,
)
from geoincidents.maps.density import density_breaks, hex_density
from geoincidents.maps.style import CLUSTER_MAX, EVENT_COLORS, MAX_MARKERS, OTHER_LABEL, PANES, POINTS_MAX
from geoincidents.maps.taxonomy import ACLED_TYPES, acled_types, check_type_mapping, load_type_mapping
from geoincidents.ui.views import prepare_incidents

needs_assets = pytest.mark.skipif(
    not assets_ready(), reason="offline map assets not fetched (python -m geoincidents.maps.assets fetch)"
)


# ---- event types ---------------------------------------------------------------------------------


def test_other_taxonomies_map_to_acled_and_keep_their_original() -> None:
    frame = pd.DataFrame(
        {
            "event_type": ["Protests", "strategic  developments", "Remote violence", "Suicide bomb",
                           "one-sided violence", "Rocket attack", None, None, None],
            "type_of_violence": [None, None, None, None, None, None, "2", None, None],
            "EventCode": [None, None, None, None, None, None, None, "145", None],
            "EventRootCode": [None, None, None, None, None, None, None, "14", None],
        }
    )  # fmt: skip
    types = acled_types(frame)
    assert types.acled.tolist() == [
        "Protests",
        "Strategic developments",  # another spelling of an ACLED type: no "original" to show
        "Explosions/Remote violence",  # ACLED before 2019
        "Explosions/Remote violence",  # an ACLED sub-event type
        "Violence against civilians",  # a UCDP name
        None,  # nothing maps it: "Other type"
        "Battles",  # UCDP type_of_violence 2
        "Riots",  # CAMEO 145: protest violently, riot
        None,
    ]
    assert types.original.tolist() == [
        None,
        None,
        "Remote violence",
        "Suicide bomb",
        "one-sided violence",
        "Rocket attack",
        "UCDP type of violence 2 (non-state conflict)",
        "CAMEO 145 (protest)",
        None,
    ]


def test_codes_in_the_event_type_column_and_a_custom_mapping(tmp_path: Path) -> None:
    codes = pd.DataFrame({"event_type": ["1", "3.0", "14", "19", "20", "IED"]})
    assert acled_types(codes, "ucdp").acled.tolist()[:2] == ["Battles", "Violence against civilians"]
    cameo = acled_types(codes, "gdelt")
    assert cameo.acled.tolist()[2:5] == ["Protests", "Battles", "Violence against civilians"]
    assert cameo.original.tolist()[2] == "CAMEO 14 (protest)"
    # without saying so, bare codes are not guessed at
    assert acled_types(codes).acled.tolist() == [None] * 6
    # a custom mapping, from a dict, a JSON file or a CSV file (with or without a header)
    mapping = {"IED": "explosions / remote violence", "rocket  attack": "Explosions/Remote violence"}
    (tmp_path / "types.json").write_text(json.dumps(mapping), encoding="utf-8")
    (tmp_path / "types.csv").write_text("our type,ACLED type\nIED,Explosions/Remote violence\n", encoding="utf-8")
    for given in (mapping, tmp_path / "types.json", str(tmp_path / "types.csv")):
        assert acled_types(codes, given).acled.tolist()[5] == "Explosions/Remote violence"
        assert acled_types(codes, given).original.tolist()[5] == "IED"


def test_bad_mappings_name_the_entry(tmp_path: Path) -> None:
    with pytest.raises(EventTypeMappingError, match=r"'IED' maps to 'Bombing', which is not an ACLED event type"):
        check_type_mapping({"IED": "Bombing"})
    with pytest.raises(EventTypeMappingError, match="empty"):
        check_type_mapping({"  ": "Battles"})
    bad = tmp_path / "bad.csv"
    bad.write_text("IED,Explosions/Remote violence\nrocket\n", encoding="utf-8")
    with pytest.raises(EventTypeMappingError, match=r"bad\.csv: row 2 has 1 cells"):
        load_type_mapping(bad)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(EventTypeMappingError, match=r"broken\.json: not JSON"):
        load_type_mapping(broken)
    with pytest.raises(EventTypeMappingError, match="cannot read"):
        load_type_mapping(tmp_path / "missing.json")


def test_ucdp_and_gdelt_files_read_back_keep_their_original_type_for_the_popup(tmp_path: Path) -> None:
    ucdp = tmp_path / "ged.csv"
    ucdp.write_text(
        "id,date_start,date_end,where_prec,best,type_of_violence,latitude,longitude,side_a,side_b\n"
        "1,2021-10-20,2021-10-20,1,2,3,33.31,44.39,Government of Iraq,Civilians\n"
        "2,2021-10-21,2021-10-21,1,0,2,33.30,44.40,Group A,Group B\n",
        encoding="utf-8",
    )
    read = read_incidents(ucdp)
    types = acled_types(read.accepted)
    assert types.acled.tolist() == ["Violence against civilians", "Battles"]
    assert types.original.tolist() == [
        "UCDP type of violence 3 (one-sided violence)",
        "UCDP type of violence 2 (non-state conflict)",
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("gdelt_20200509150000.export.CSV", ("Protests", "CAMEO 141 (protest)")),
        ("ucdp_ged.csv", ("Battles", "UCDP type of violence 1 (state-based conflict)")),
        ("acled_2015_old_taxonomy.csv", ("Protests", "Riots/Protests")),
    ],
)
def test_files_of_each_format_reach_the_popup_with_their_original_type(name: str, expected: tuple[str, str]) -> None:
    """The test corpus's GDELT, UCDP and pre-2019 ACLED files, read as a user would, then typed for the map."""
    read = read_incidents(Path(__file__).parent / "data" / "formats" / name)
    points = IncidentPoints.of(read.accepted)
    assert (points.acled[0], points.original[0]) == expected
    assert all(t in ACLED_TYPES for t in points.acled.tolist())  # every row of these files maps
    popup = incident_columns(points)["p2"][0]
    assert popup.startswith(expected[0]) and f"from {expected[1]}" in popup


def test_legend_names_the_types_nothing_maps() -> None:
    n = 10
    frame = gpd.GeoDataFrame(
        {"event_type": ["Protests"] * 4 + ["IED"] * 3 + ["Checkpoint"] * 2 + ["one-sided violence"]},
        geometry=gpd.points_from_xy([44.38] * n, [33.30] * n),
        crs=4326,
    )
    entries, _extra = legend_parts(frame, (250.0,))
    assert entries[0] == ("Violence against civilians", EVENT_COLORS["Violence against civilians"], 1)
    assert entries[1] == ("Protests", EVENT_COLORS["Protests"], 4)
    assert entries[2][0] == f"{OTHER_LABEL}: IED 3, Checkpoint 2" and entries[2][2] == 5
    entries, _extra = legend_parts(frame, (250.0,), event_types={"IED": "Explosions/Remote violence"})
    assert ("Explosions/Remote violence", EVENT_COLORS["Explosions/Remote violence"], 3) in entries
    assert entries[-1][0] == f"{OTHER_LABEL}: Checkpoint"


# ---- the density layer ---------------------------------------------------------------------------


def _points_near(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return 44.39 + rng.normal(0, 0.03, n), 33.305 + rng.normal(0, 0.03, n)


def test_hexagons_count_every_incident_in_the_right_cell() -> None:
    lon, lat = _points_near(5000, 1)
    codes = np.random.default_rng(2).integers(0, 7, len(lon))
    levels = hex_density(lon, lat, codes, 7, ((0, 1000.0), (14, 250.0)))
    assert [lv.width_m for lv in levels] == [1000.0, 250.0]
    for level in levels:
        assert int(level.count.sum()) == len(lon)  # every incident in exactly one cell
        assert level.by_type.sum(axis=0).tolist() == np.bincount(codes, minlength=7).tolist()
        # independently: each point lies in (or on the edge of) the hexagon drawn around its cell's centre
        cells = [
            shapely.Polygon([(x + o[1], y + o[0]) for o in level.corners])
            for x, y in zip(level.lon.tolist(), level.lat.tolist(), strict=True)
        ]
        tree = shapely.STRtree(cells)
        sample = np.random.default_rng(3).choice(len(lon), 300, replace=False)
        for i in sample.tolist():
            hits = tree.query(shapely.Point(lon[i], lat[i]), predicate="intersects")
            assert len(hits) >= 1
            assert any(level.count[h] > 0 for h in hits)
        # neighbouring hexagons share corners: the cells tile the plane with no gaps
        union = shapely.union_all(cells)
        assert union.area == pytest.approx(sum(c.area for c in cells), rel=1e-4)
    # density per km2: a 1000 m hexagon covers about 0.866 km2
    one = levels[0]
    biggest = int(np.argmax(one.count))
    assert one.per_km2[biggest] == pytest.approx(one.count[biggest] / 0.866, rel=0.02)
    breaks = density_breaks(levels, 7)
    assert breaks == sorted(set(breaks)) and len(breaks) <= 6


def test_density_data_is_aggregated_not_per_incident() -> None:
    lon, lat = _points_near(30_000, 4)
    frame = gpd.GeoDataFrame(
        {"event_type": np.random.default_rng(5).choice([*ACLED_TYPES, "IED"], len(lon))},
        geometry=gpd.points_from_xy(lon, lat),
        crs=4326,
    )
    data = density_data(IncidentPoints.of(frame))
    for level in data["levels"]:
        assert sum(map(sum, level["t"])) == len(lon)
        assert len(level["lat"]) <= len(lon)
    assert len(data["levels"][0]["lat"]) < len(lon) / 50  # the overview: far fewer cells than incidents
    assert [name for name, _ in data["types"]] == [*ACLED_TYPES, OTHER_LABEL]
    assert len(data["colors"]) == len(data["breaks"]) + 1


def test_drawing_mode_by_number_of_incidents() -> None:
    assert map_mode(MAX_MARKERS) == map_mode(3)
    assert not map_mode(3).cluster and not map_mode(3).density and map_mode(3).points_shown
    assert map_mode(MAX_MARKERS + 1).cluster and not map_mode(MAX_MARKERS + 1).density
    dense = map_mode(CLUSTER_MAX + 1)
    assert dense.density and dense.canvas and not dense.points_shown and dense.points
    beyond = map_mode(POINTS_MAX + 1)
    assert beyond.density and not beyond.points
    assert map_mode(POINTS_MAX + 1, density=False).points  # no density asked for: every point is drawn
    assert map_mode(10, density=True).density and not map_mode(10, density=True).points_shown


def _frame(n: int, seed: int, *, far: bool = False) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(seed)
    lon, lat = _points_near(n, seed)
    if far:  # 30 km east of the perimeter: no alerts
        lon = lon + 0.3
    frame = gpd.GeoDataFrame(
        {
            "event_type": rng.choice([*ACLED_TYPES, "Rocket attack"], n),
            "event_date": pd.Timestamp("2022-08-01") + pd.to_timedelta(rng.integers(0, 5, n), unit="D"),
            "geo_precision": np.ones(n, dtype=int),
        },
        geometry=gpd.points_from_xy(lon, lat),
        crs=4326,
    )
    return prepare_incidents(frame, id_prefix="big")


@needs_assets
def test_large_map_draws_density_and_hides_points_but_keeps_alerts() -> None:
    frame = _frame(3000, 7)
    fmap = build_map(frame, tiles=None, cluster_max=1000, points_max=2000)
    html = fmap.get_root().render()
    assert "Density of incidents (3,000, hexagons)" in html
    # the density layer's data (the context layer has its own "var data")
    found = [json.loads(m) for m in re.findall(r"var data = (\{.*?\});\n", html)]
    data = next(d for d in found if "levels" in d)
    assert all(sum(map(sum, level["t"])) == 3000 for level in data["levels"])
    # beyond points_max the individual incidents are not in the page; the alert incidents are
    from geoincidents.ui.views import alerts

    n_alerts = len(alerts(frame))
    assert n_alerts > 0
    assert "Incidents (" not in html and f"within 250 m ({n_alerts:,})" in html
    assert "beyond 2,000 incidents only their density and the alerts are drawn" in html
    assert "red ring: alert (inside or within 250 m)" in html
    # up to points_max they are there, switched off in the layer control
    fmap = build_map(frame, tiles=None, cluster_max=1000)
    layer = next(c for c in fmap._children.values() if type(c).__name__ == "IncidentLayer" and not c.alert)
    assert layer.show is False and layer.canvas
    # the heat map is off by default, on when asked for
    heat = next(c for c in fmap._children.values() if type(c).__name__ == "HeatMap")
    assert heat.show is False
    fmap = build_map(frame, tiles=None, cluster_max=1000, heatmap=True)
    assert next(c for c in fmap._children.values() if type(c).__name__ == "HeatMap").show is True


@needs_assets
def test_map_creates_its_panes_in_order_and_puts_layers_in_them() -> None:
    frame = _frame(50, 8)
    html = build_map(frame, tiles=None).get_root().render()
    assert PANES["giAreas"] < PANES["giDensity"] < 400 < PANES["giLandmarks"] < PANES["giIncidents"]
    assert PANES["giIncidents"] < PANES["giOutlines"] < 600 < PANES["giAlerts"] < 650  # under tooltips, popups
    assert json.dumps(PANES, separators=(",", ":")) in html
    for pane in ("giAreas", "giOutlines"):
        assert f'"pane": "{pane}"' in html
    assert 'pane: "giIncidents"' in html
    assert 'pane: "giAlerts"' in html


@needs_assets
@pytest.mark.slow
def test_saved_map_of_200000_incidents_stays_small(tmp_path: Path) -> None:
    """200,000 incidents, none an alert: the file holds the hexagons, not the incidents."""
    frame = _frame(200_000, 9, far=True)
    from geoincidents.maps.build import save_map

    path = save_map(build_map(frame, tiles=None, time_slider=False), tmp_path / "big.html")
    size = path.stat().st_size
    empty = save_map(build_map(None, tiles=None), tmp_path / "empty.html").stat().st_size
    assert size - empty < 3_000_000, (size, empty)  # a few MB of hexagons, not 200,000 incidents
    html = path.read_text(encoding="utf-8")
    assert "Density of incidents (200,000, hexagons)" in html and "big-" not in html
    assert "red ring" not in html  # no alert incidents: the legend does not explain their symbol
