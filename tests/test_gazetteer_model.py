"""The Gazetteer object: one loaded gazetteer owning its derived indexes, noticing a changed file."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import geopandas as gpd
import pytest

from geoincidents import check_proximity, load_gazetteer
from geoincidents._paths import data_path
from geoincidents.extraction.geocoding import find_places, landmark_index
from geoincidents.gazetteer import Gazetteer, as_gazetteer
from geoincidents.gazetteer.schema import DEFAULT_GAZETTEER


def _copy_bundled(tmp_path: Path) -> Path:
    path = tmp_path / "gazetteer.geojson"
    path.write_bytes(data_path(DEFAULT_GAZETTEER).read_bytes())
    return path


def _without(path: Path, landmark_id: str) -> None:
    """Rewrite the file without one landmark (its size changes, so the change is noticed)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["features"] = [f for f in doc["features"] if f["properties"]["landmark_id"] != landmark_id]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_every_consumer_sees_an_edited_file(tmp_path: Path) -> None:
    path = _copy_bundled(tmp_path)
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy([44.4005], [33.3210]), crs=4326)  # by Assassins' Gate
    assert check_proximity(points, gazetteer=path)["nearest_gate_id"].iloc[0] == "gate_assassins"
    text = "Protesters gathered at the Assassins' Gate on Friday."
    assert any(m.landmark.landmark_id == "gate_assassins" for m in find_places(text, gazetteer=path))
    before = landmark_index(path)

    _without(path, "gate_assassins")

    assert "gate_assassins" not in set(load_gazetteer(path)["landmark_id"])
    assert landmark_index(path) is not before
    assert not any(m.landmark.landmark_id == "gate_assassins" for m in find_places(text, gazetteer=path))
    assert check_proximity(points, gazetteer=path)["nearest_gate_id"].iloc[0] != "gate_assassins"


def test_a_gazetteer_object_follows_its_file(tmp_path: Path) -> None:
    path = _copy_bundled(tmp_path)
    gaz = Gazetteer.load(path)
    assert Gazetteer.load(path) is gaz and as_gazetteer(gaz) is gaz and gaz.is_current()
    index = landmark_index(gaz)
    assert landmark_index(gaz) is index  # derived once
    _without(path, "tahrir_square")
    assert not gaz.is_current()
    fresh = as_gazetteer(gaz)
    assert fresh is not gaz and "tahrir_square" not in set(fresh.frame["landmark_id"])
    assert landmark_index(gaz) is landmark_index(fresh) is not index


def test_frames_with_the_same_content_share_one_gazetteer(gazetteer: gpd.GeoDataFrame) -> None:
    assert as_gazetteer(gazetteer) is as_gazetteer(gazetteer.copy())
    changed = gazetteer.copy()
    changed.loc[changed["landmark_id"] == "green_zone", "position_uncertainty_m"] = 999.0
    assert as_gazetteer(changed) is not as_gazetteer(gazetteer)
    with pytest.raises(TypeError, match="gazetteer must be"):
        as_gazetteer(42)  # type: ignore[arg-type]


def test_sent_to_another_process_as_data_not_indexes(tmp_path: Path, gazetteer: gpd.GeoDataFrame) -> None:
    # Dask ships the gazetteer to its workers: a file-backed one as its path, a frame as its landmarks
    path = _copy_bundled(tmp_path)
    by_file = pickle.loads(pickle.dumps(Gazetteer.load(path)))
    assert by_file.path == path.resolve() and len(by_file) == len(gazetteer)
    in_memory = as_gazetteer(gazetteer)
    landmark_index(in_memory)
    copy = pickle.loads(pickle.dumps(in_memory))
    assert copy is in_memory  # the same content resolves to the same object in this process
