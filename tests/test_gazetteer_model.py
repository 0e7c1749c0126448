"""The Gazetteer object: one loaded gazetteer owning its derived indexes, noticing a changed file."""

from __future__ import annotations

import json
import pickle
from datetime import date
from pathlib import Path

import geopandas as gpd
import pytest

from geoincidents import check_proximity, extract_many, load_gazetteer
from geoincidents._paths import data_path
from geoincidents.extraction.geocoding import find_places, landmark_index
from geoincidents.extraction.pipeline import Report
from geoincidents.gazetteer import Gazetteer, as_gazetteer, model
from geoincidents.gazetteer.model import held
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


def test_a_held_gazetteer_is_not_checked_again_until_the_block_ends(tmp_path: Path) -> None:
    path = _copy_bundled(tmp_path)
    gaz = Gazetteer.load(path)
    index = landmark_index(gaz)
    with held(gaz):
        _without(path, "tahrir_square")
        # one report is read with one reading: its look-ups take the held gazetteer without a check of the file
        assert as_gazetteer(gaz) is gaz and landmark_index(gaz) is index
        assert not gaz.is_current()
    fresh = as_gazetteer(gaz)  # the first look-up after the block reads the changed file
    assert fresh is not gaz and "tahrir_square" not in set(fresh.frame["landmark_id"])
    assert landmark_index(gaz) is not index


def test_the_extraction_checks_the_gazetteer_file_once_or_twice_per_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy_bundled(tmp_path)
    text = (
        "Protesters gathered at Tahrir Square on Friday and marched to the Jumhuriya Bridge, where they set up a "
        "sit-in. Police fired tear gas near the bridge, wounding five."
    )
    reports = [Report(text, published=date(2019, 11, 1), report_id=str(i)) for i in range(3)]
    stamps = []
    real = model._stamp
    monkeypatch.setattr(model, "_stamp", lambda p: stamps.append(p) or real(p))
    # (round 11: the crowd that gathered at the square on Friday and marched to the bridge, where it set up a sit-in,
    # is one event at the bridge, place.moved_on; the assertion only shows the extraction read the file)
    assert "bridge_jumhuriya" in set(extract_many(reports, gazetteer=path)["landmark_id"])
    # once per report by the batch, once by the report's reading (every look-up inside it takes the held reading)
    assert 0 < len(stamps) <= 2 * len(reports) + 2
    stamps.clear()
    _without(path, "tahrir_square")
    frame = extract_many(reports, gazetteer=path)
    assert "tahrir_square" not in set(frame["landmark_id"])  # a changed file is still read again
