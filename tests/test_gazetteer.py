from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely

from geoincidents import GazetteerError, load_gazetteer, perimeter, validate_gazetteer
from geoincidents._crs import BAGHDAD_UTM, WGS84, project_geometry
from geoincidents.gazetteer.load import KINDS, REQUIRED_COLUMNS, active_on, landmarks_of_kind


def test_bundled_gazetteer_schema(gazetteer: gpd.GeoDataFrame) -> None:
    assert gazetteer.crs == WGS84
    assert set(REQUIRED_COLUMNS) <= set(gazetteer.columns)
    assert gazetteer["landmark_id"].is_unique
    assert set(gazetteer["kind"]) <= set(KINDS)
    assert gazetteer.geometry.is_valid.all()
    # every feature cites where its coordinates came from, and says how sure it is
    assert (gazetteer["source"].str.len() > 10).all()
    assert (gazetteer["position_uncertainty_m"] >= 0).all()
    assert gazetteer["name_ar"].map(lambda s: isinstance(s, str) and any("\u0600" <= c <= "\u06ff" for c in s)).all()


def test_every_required_kind_is_present(gazetteer: gpd.GeoDataFrame) -> None:
    counts = gazetteer["kind"].value_counts()
    for kind in KINDS:
        assert counts.get(kind, 0) >= 1, kind
    assert counts["bridge"] >= 5
    assert counts["bridge_end"] == 2 * counts["bridge"]


def test_derived_positions_say_how(gazetteer: gpd.GeoDataFrame) -> None:
    derived = gazetteer[gazetteer["derivation"].notna()]
    assert len(derived) > 0
    assert (derived["derivation"].str.len() > 20).all()


def test_green_zone_polygon(gazetteer: gpd.GeoDataFrame) -> None:
    zone = perimeter("green_zone")
    assert zone.geom_type == "Polygon"
    assert len(zone.exterior.coords) - 1 >= 40
    assert zone.exterior.is_ccw
    area_km2 = project_geometry(zone, WGS84, BAGHDAD_UTM).area / 1e6
    # public references: about 10 km2
    assert 7.0 <= area_km2 <= 13.0
    # the same polygon by alias and by Arabic name
    assert perimeter("International Zone").equals(zone)
    assert perimeter("المنطقة الخضراء").equals(zone)


def test_bridges_are_lines_with_two_ends(gazetteer: gpd.GeoDataFrame) -> None:
    bridges = landmarks_of_kind("bridge", gazetteer=gazetteer)
    ends = landmarks_of_kind("bridge_end", gazetteer=gazetteer)
    for _, bridge in bridges.iterrows():
        mine = ends[ends["related_id"] == bridge["landmark_id"]]
        assert len(mine) == 2, bridge["landmark_id"]
        assert set(mine["side"]) <= {"green_zone", "outside"}
        length = project_geometry(bridge.geometry, WGS84, BAGHDAD_UTM).length
        assert 150 < length < 1500, (bridge["landmark_id"], length)


def test_sit_ins_carry_dates(gazetteer: gpd.GeoDataFrame) -> None:
    sit_ins = landmarks_of_kind("sit_in", gazetteer=gazetteer)
    assert len(sit_ins) >= 3
    assert sit_ins["valid_from"].map(lambda d: isinstance(d, date)).all()
    assert sit_ins["valid_to"].map(lambda d: isinstance(d, date)).all()
    on_day = active_on(gazetteer, date(2021, 10, 23))
    assert on_day[gazetteer["kind"] == "sit_in"].sum() >= 1
    assert not active_on(gazetteer, date(2015, 1, 1))[gazetteer["kind"] == "sit_in"].any()
    assert active_on(gazetteer, None)[gazetteer["kind"] == "building"].all()


def _write(tmp_path: Path, features: list[dict]) -> Path:
    path = tmp_path / "g.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path


def _feature(**props: object) -> dict:
    base = {
        "landmark_id": "a",
        "name": "A",
        "name_ar": "أ",
        "aliases": ["alpha"],
        "kind": "building",
        "source": "test fixture",
        "position_uncertainty_m": 10,
    }
    base.update(props)
    geometry = base.pop("geometry", {"type": "Point", "coordinates": [44.4, 33.3]})
    return {"type": "Feature", "geometry": geometry, "properties": base}


def test_user_gazetteer_loads(tmp_path: Path) -> None:
    frame = load_gazetteer(_write(tmp_path, [_feature(), _feature(landmark_id="b", aliases="x|y")]))
    assert list(frame["landmark_id"]) == ["a", "b"]
    assert frame.loc[1, "aliases"] == ("x", "y")


def test_schema_problems_are_all_named(tmp_path: Path) -> None:
    bad = [
        _feature(),
        _feature(),  # duplicate id
        _feature(landmark_id="c", kind="castle"),
        _feature(landmark_id="d", position_uncertainty_m=-5),
        _feature(landmark_id="e", kind="bridge"),  # a Point is not a bridge
        _feature(landmark_id="f", valid_from="2022-13-40"),
        _feature(landmark_id="g", geometry={"type": "Point", "coordinates": [444.0, 33.3]}),
        {"type": "Feature", "geometry": None, "properties": {"landmark_id": "h"}},
    ]
    with pytest.raises(GazetteerError) as err:
        load_gazetteer(_write(tmp_path, bad))
    text = str(err.value)
    for needle in [
        "duplicates feature 0",
        "'castle'",
        "position_uncertainty_m",
        "not allowed for kind bridge",
        "valid_from",
        "outside lon",
        "feature 7 ('h'): missing field",
    ]:
        assert needle in text, needle
    assert len(err.value.problems) == 7


def test_missing_file_and_wrong_type(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_gazetteer(tmp_path / "nope.geojson")
    (tmp_path / "x.geojson").write_text('{"type": "Feature"}', encoding="utf-8")
    with pytest.raises(GazetteerError, match="FeatureCollection"):
        load_gazetteer(tmp_path / "x.geojson")


def test_geopackage_gazetteer_in_another_crs(tmp_path: Path, gazetteer: gpd.GeoDataFrame) -> None:
    frame = gazetteer.copy()
    frame["aliases"] = frame["aliases"].map(lambda a: "|".join(a))
    for col in ("valid_from", "valid_to"):
        frame[col] = frame[col].map(lambda d: d.isoformat() if d else None)
    path = tmp_path / "g.gpkg"
    frame.to_crs(BAGHDAD_UTM).to_file(path, driver="GPKG")
    back = load_gazetteer(path)
    assert list(back["landmark_id"]) == list(gazetteer["landmark_id"])
    assert back.loc[0, "aliases"] == gazetteer.loc[0, "aliases"]
    offsets = np.array(
        [
            shapely.hausdorff_distance(project_geometry(a, WGS84, BAGHDAD_UTM), project_geometry(b, WGS84, BAGHDAD_UTM))
            for a, b in zip(back.geometry, gazetteer.geometry, strict=True)
        ]
    )
    assert offsets.max() < 0.01


def test_validate_requires_crs(gazetteer: gpd.GeoDataFrame) -> None:
    with pytest.raises(GazetteerError, match="no CRS"):
        validate_gazetteer(gazetteer.set_crs(None, allow_override=True))


def test_unknown_perimeter() -> None:
    with pytest.raises(KeyError, match="known perimeters"):
        perimeter("atlantis")
