"""Proximity and export given odd or hostile frames: a result or a clear error, and exports read back whole."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from geoincidents.io.incidents import read_incidents, write_incidents
from geoincidents.proximity.measure import check_proximity

PAYLOAD = "<script>alert(1)</script>`${x}`\\'\""


def test_proximity_keeps_rows_without_a_usable_position() -> None:
    frame = gpd.GeoDataFrame(
        {"event_id": ["nan", "none", "empty", "inf", "ok"]},
        geometry=[shapely.Point(np.nan, np.nan), None, shapely.Point(), shapely.Point(np.inf, 33.3),
                  shapely.Point(44.39, 33.305)],
        crs=4326,
    )  # fmt: skip
    out = check_proximity(frame)
    assert out["event_id"].tolist() == frame["event_id"].tolist()
    assert out["distance_m"].iloc[:4].isna().all() and out["inside"].iloc[:4].isna().all()
    assert np.isfinite(out["distance_m"].iloc[4])


def test_proximity_clear_errors() -> None:
    point = shapely.Point(44.39, 33.305)
    with pytest.raises(ValueError, match="no CRS"):
        check_proximity(gpd.GeoDataFrame(geometry=[point]))
    with pytest.raises(ValueError, match="outside lon"):
        check_proximity(gpd.GeoDataFrame(geometry=[shapely.Point(500, 33.3)], crs=4326))
    with pytest.raises(TypeError, match="Point geometries"):
        check_proximity(gpd.GeoDataFrame(geometry=[shapely.box(44.3, 33.3, 44.4, 33.4)], crs=4326))
    with pytest.raises(KeyError, match="no perimeter named"):
        check_proximity(gpd.GeoDataFrame(geometry=[point], crs=4326), PAYLOAD)
    # a string is read as a GeoParquet dataset path (geoincidents.proximity.dask): a clear "not found", no crash
    with pytest.raises((TypeError, FileNotFoundError), match=r"33\.3,44\.4|GeoDataFrame"):
        check_proximity("33.3,44.4")  # type: ignore[arg-type]


def test_proximity_of_an_empty_frame() -> None:
    out = check_proximity(gpd.GeoDataFrame({"event_id": pd.Series([], dtype="string")}, geometry=[], crs=4326))
    assert len(out) == 0 and {"distance_m", "inside", "band"} <= set(out.columns)


def _hostile_frame() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "event_id": ["a", "b"],
            "notes": [PAYLOAD, "ساحة التحرير\u200f"],
            "x float": [np.inf, np.nan],
            "nested": [[1, 2], {"k": PAYLOAD}],
            "flag": pd.array([True, None], dtype="boolean"),
            PAYLOAD: ["v1", "v2"],
            "عمود": ["ع", "ب"],
        },
        geometry=[shapely.Point(44.39, 33.305), shapely.Point(44.40, 33.31)],
        crs=4326,
    )


@pytest.mark.parametrize("suffix", [".geojson", ".csv", ".gpkg"])
def test_hostile_columns_and_values_round_trip(tmp_path: Path, suffix: str) -> None:
    frame = _hostile_frame()
    back = read_incidents(write_incidents(frame, tmp_path / f"h{suffix}")).accepted
    assert back["notes"].tolist() == frame["notes"].tolist()
    assert back[PAYLOAD].tolist() == ["v1", "v2"]  # a hostile column name is kept as a name
    assert back["عمود"].tolist() == ["ع", "ب"]
    assert "alert" in str(back["nested"].iloc[1])


def test_writing_without_crs_is_a_clear_error(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame({"event_id": ["n"]}, geometry=[shapely.Point(44.39, 33.305)])
    for suffix in (".geojson", ".csv", ".gpkg"):
        with pytest.raises(ValueError, match="no CRS"):
            write_incidents(frame, tmp_path / f"n{suffix}")
    assert not any(tmp_path.iterdir())


def test_projected_frame_is_written_in_wgs84(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame({"event_id": ["u"]}, geometry=[shapely.Point(441130.0, 3685968.0)], crs=32638)
    for suffix in (".geojson", ".csv", ".gpkg"):
        back = read_incidents(write_incidents(frame, tmp_path / f"u{suffix}")).accepted
        expected = frame.to_crs(4326).geometry.iloc[0]
        assert back["longitude"].iloc[0] == pytest.approx(expected.x, abs=1e-6)
        assert back["latitude"].iloc[0] == pytest.approx(expected.y, abs=1e-6)


FORMULAS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "'=already", "-"]


def test_csv_exports_never_start_a_cell_with_a_formula(tmp_path: Path) -> None:
    import csv

    from geoincidents.io.incidents import write_rejected

    frame = gpd.GeoDataFrame(
        {
            "event_id": [f"e{i}" for i in range(len(FORMULAS))],
            "notes": FORMULAS,
            "kind": pd.Categorical(FORMULAS),
            "=cmd|' /C calc'!A0": ["v"] * len(FORMULAS),  # a hostile column name too
            "change": [-1.5] * len(FORMULAS),  # numbers are numbers: never touched
        },
        geometry=[shapely.Point(44.39, 33.305)] * len(FORMULAS),
        crs=4326,
    )
    out = write_incidents(frame, tmp_path / "f.csv")
    rejected = write_rejected(pd.DataFrame({"row": [2], "reason": ["bad"], "value": ["=1+1"]}), tmp_path / "r.csv")
    for path in (out, rejected):
        with path.open(encoding="utf-8", newline="") as fh:
            cells = [cell for row in csv.reader(fh) for cell in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and c != "-1.5")]
    # and read back, every value is what was written
    back = read_incidents(out).accepted
    assert back["notes"].tolist() == FORMULAS
    assert back["kind"].astype(str).tolist() == FORMULAS
    assert back["=cmd|' /C calc'!A0"].tolist() == ["v"] * len(FORMULAS)
    assert pd.to_numeric(back["change"]).tolist() == [-1.5] * len(FORMULAS)
