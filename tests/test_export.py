from __future__ import annotations

import json
import os
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from geopandas.testing import assert_geoseries_equal

from geoincidents import check_proximity, distance_bands, export_layers, load_sample_incidents, perimeter, write_geojson
from geoincidents._crs import BAGHDAD_UTM, WGS84, project_geometry
from geoincidents.io.geojson import LAYER_NAMES


def _check_rfc7946(doc: dict) -> None:
    """The parts of RFC 7946 a reader relies on."""
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc
    for feat in doc["features"]:
        assert feat["type"] == "Feature"
        assert set(feat) <= {"type", "id", "geometry", "properties"}
        geom = shapely.geometry.shape(feat["geometry"])
        assert geom.is_valid
        xy = shapely.get_coordinates(geom)
        assert (np.abs(xy[:, 0]) <= 180).all() and (np.abs(xy[:, 1]) <= 90).all()
        # 7 decimals at most
        assert np.allclose(xy, np.round(xy, 7), rtol=0, atol=1e-12)
        for poly in shapely.get_parts(geom):
            if poly.geom_type == "Polygon":
                assert poly.exterior.is_ccw
                assert not any(ring.is_ccw for ring in poly.interiors)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("layers")
    return export_layers(out, load_sample_incidents())


def test_all_layers_written_and_valid(exported: dict[str, Path]) -> None:
    assert set(exported) == set(LAYER_NAMES)
    for path in exported.values():
        text = path.read_text(encoding="utf-8")
        assert "NaN" not in text and "Infinity" not in text
        _check_rfc7946(json.loads(text))


def test_layers_read_back_equal_what_was_written(exported: dict[str, Path], gazetteer: gpd.GeoDataFrame) -> None:
    back = {name: gpd.read_file(path) for name, path in exported.items()}
    ids = sorted(pd.concat([back[n]["landmark_id"] for n in ("perimeter", "gates", "bridges", "landmarks")]))
    assert ids == sorted(gazetteer["landmark_id"])
    src = gazetteer.set_index("landmark_id")
    for name in ("perimeter", "gates", "bridges", "landmarks"):
        layer = back[name].set_index("landmark_id")
        original = src.loc[layer.index]
        assert_geoseries_equal(
            layer.geometry.normalize(), original.geometry.normalize(), check_less_precise=True, check_crs=True
        )
        for col in ("name", "name_ar", "kind", "source"):
            assert list(layer[col]) == list(original[col]), (name, col)
        assert np.allclose(layer["position_uncertainty_m"], original["position_uncertainty_m"])
    # Arabic survives as UTF-8 text, not escapes
    assert "المنطقة الخضراء" in exported["perimeter"].read_text(encoding="utf-8")


def test_incident_layer_round_trip(exported: dict[str, Path]) -> None:
    incidents = check_proximity(load_sample_incidents())
    back = gpd.read_file(exported["incidents"])
    assert list(back["event_id"]) == list(incidents["event_id"])
    assert list(back["sentence"]) == list(incidents["sentence"])
    assert list(back["band"]) == list(incidents["band"].astype(str))
    np.testing.assert_allclose(back["distance_m"], incidents["distance_m"], atol=1e-9)
    assert list(pd.to_datetime(back["event_date"]).dt.date) == list(incidents["event_date"].dt.date)
    doc = json.loads(exported["incidents"].read_text(encoding="utf-8"))
    first = doc["features"][0]
    assert first["id"] == first["properties"]["event_id"]
    assert first["properties"]["event_date"] == "2021-10-19"  # ISO date, not a timestamp number
    # unknown stays null, no-injuries stays 0
    march = next(f for f in doc["features"] if f["properties"]["landmark_id"] == "gate_14_july_bridge")
    assert march["properties"]["injuries"] == 0
    assert march["properties"]["fatalities"] is None


def test_bands_are_rings_of_the_right_width() -> None:
    bands = distance_bands("green_zone", (250, 1000))
    zone = project_geometry(perimeter("green_zone"), WGS84, BAGHDAD_UTM)
    rings = bands.to_crs(BAGHDAD_UTM)
    assert list(bands["band"]) == ["0-250 m", "250-1000 m"]
    assert rings.geometry.iloc[0].intersection(zone).area < 1.0
    assert rings.geometry.iloc[1].intersection(rings.geometry.iloc[0]).area < 1.0
    expected_first = zone.buffer(250, quad_segs=16).area - zone.area
    assert rings.geometry.iloc[0].area == pytest.approx(expected_first, rel=1e-3)


def test_write_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "x.geojson"
    good = gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(44.4, 33.3)], crs=WGS84)
    write_geojson(good, path)
    before = path.read_bytes()

    class Boom:
        def __str__(self) -> str:
            raise RuntimeError("serialisation failed")

    bad = gpd.GeoDataFrame({"a": [Boom()]}, geometry=[shapely.Point(44.4, 33.3)], crs=WGS84)
    with pytest.raises(RuntimeError):
        write_geojson(bad, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["x.geojson"]
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask  # the permissions any new file gets, not 0600


def test_write_requires_crs_and_converts_values(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {
            "f": [np.nan],
            "i": pd.array([pd.NA], dtype="Int64"),
            "t": [pd.Timestamp("2021-10-23 18:30")],
            "l": [("a", "ب")],
        },
        geometry=[shapely.Point(445000, 3685000)],
        crs=BAGHDAD_UTM,
    )
    doc = json.loads(write_geojson(frame, tmp_path / "v.geojson").read_text(encoding="utf-8"))
    props = doc["features"][0]["properties"]
    assert props == {"f": None, "i": None, "t": "2021-10-23T18:30:00", "l": ["a", "ب"]}
    lon, lat = doc["features"][0]["geometry"]["coordinates"]
    assert 44 < lon < 45 and 33 < lat < 34
    with pytest.raises(ValueError, match="no CRS"):
        write_geojson(frame.set_crs(None, allow_override=True), tmp_path / "w.geojson")


def test_committed_layers_are_fresh(root: Path, tmp_path: Path) -> None:
    """layers/ must equal what `geoincidents layers` writes from data/ now."""
    fresh = export_layers(tmp_path, load_sample_incidents())
    for _name, path in fresh.items():
        committed = root / "layers" / path.name
        assert committed.exists(), f"layers/{path.name} missing: run `geoincidents layers`"
        assert committed.read_bytes() == path.read_bytes(), f"layers/{path.name} is stale: run `geoincidents layers`"
