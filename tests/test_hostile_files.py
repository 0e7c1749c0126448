"""Hostile incident files, second round (issue 14): no crash, no hang, no traceback, nothing lost.

The cases that used to kill or hang the process run in a subprocess with a time limit, so a regression
shows as a failed test rather than a dead or stuck pytest.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from geoincidents.errors import IncidentReadError, InputLimitError
from geoincidents.io import jsonfile
from geoincidents.io.csvfile import SPREADSHEET_DELIMITERS, csv_cell, from_csv_cell
from geoincidents.io.incidents import read_incidents, write_incidents
from geoincidents.io.limits import MAX_NESTING, MAX_VERTICES

ROOT = Path(__file__).resolve().parent.parent
GAZ = ["--gazetteer", str(Path(__file__).parent / "data" / "synthetic_gazetteer.geojson"), "--perimeter", "test_zone"]
READ_AND_REPORT = """
import json, sys
from geoincidents.io.incidents import read_incidents
try:
    r = read_incidents(sys.argv[1])
except Exception as exc:
    print(json.dumps({"error": type(exc).__name__, "message": str(exc)}))
else:
    print(json.dumps({"accepted": len(r.accepted), "rejected": r.rejected[["row", "field", "reason"]].astype(str)
                      .to_dict("records"), "warnings": r.warnings, "fixes": r.accepted["fixes"].astype(str).tolist()}))
"""


def _read_in_subprocess(path: Path, timeout: float = 120) -> dict[str, object]:
    """read_incidents(path) in a fresh interpreter: its JSON report, or a failure naming the signal/time."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        proc = subprocess.run(
            [sys.executable, "-c", READ_AND_REPORT, str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading {path.name} did not finish in {timeout} s")
    assert proc.returncode == 0, f"the reader died (status {proc.returncode}): {proc.stderr[-2000:]}"
    report: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return report


def test_wkt_nested_30000_deep_is_refused_not_a_crash(tmp_path: Path) -> None:
    deep = "GEOMETRYCOLLECTION (" * 30_000 + "POINT (44.36 33.31)" + ")" * 30_000
    path = tmp_path / "deep_wkt.csv"  # about 630 KB, as in the report
    path.write_text(f'event_id,wkt\nD1,"{deep}"\nD2,POINT (44.3615 33.3128)\n', encoding="utf-8")
    report = _read_in_subprocess(path)
    assert report["accepted"] == 1
    (rejected,) = report["rejected"]  # type: ignore[misc]
    assert rejected["row"] == "2" and rejected["field"] == "wkt"
    assert f"nests 30001 levels deep, above the limit of {MAX_NESTING}" in rejected["reason"]


def test_wkt_nested_deep_through_the_cli(tmp_path: Path) -> None:
    deep = "GEOMETRYCOLLECTION (" * 30_000 + "POINT (44.36 33.31)" + ")" * 30_000
    path = tmp_path / "deep.csv"
    path.write_text(f'event_id,wkt\nD1,"{deep}"\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "geoincidents", "proximity", str(path), "-o", str(tmp_path / "o.geojson"), *GAZ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert proc.returncode == 4, proc.stderr  # the one row rejected, with its reason; no signal
    assert "Traceback" not in proc.stderr
    rejected = pd.read_csv(tmp_path / "o_rejected.csv")
    assert "nests" in rejected["reason"].iloc[0]


def test_geojson_geometry_collections_nested_too_deep(tmp_path: Path) -> None:
    geometry: dict[str, object] = {"type": "Point", "coordinates": [44.36, 33.31]}
    for _ in range(MAX_NESTING + 5):
        geometry = {"type": "GeometryCollection", "geometries": [geometry]}
    doc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "geometry": geometry, "properties": {"event_id": "deep"}},
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [44.36, 33.31]}, "properties": {}},
        ],
    }
    result = read_incidents(json.dumps(doc).encode(), name="deep.geojson")
    assert len(result.accepted) == 1
    assert "nested more than" in result.rejected["reason"].iloc[0]


def _gpkg_with_view(path: Path, *, keep_table_layer: bool) -> None:
    """A GeoPackage whose point layer is a recursive SQL VIEW over its one-row table (rows without end)."""
    frame = gpd.GeoDataFrame({"event_id": ["T1"]}, geometry=[shapely.Point(44.3615, 33.3128)], crs=4326)
    frame.to_file(path, driver="GPKG", layer="events")
    con = sqlite3.connect(path)
    con.executescript(
        """
        CREATE VIEW boom AS
          WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)
          SELECT r.n AS fid, e.event_id AS event_id, e.geom AS geom FROM r, events AS e;
        """
    )
    # the view is listed first, as the layer to read
    rows = con.execute("SELECT * FROM gpkg_contents").fetchall()
    con.execute("DELETE FROM gpkg_contents")
    con.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) "
        "VALUES ('boom', 'features', 'boom', 4326)"
    )
    if keep_table_layer:
        cols = [d[1] for d in con.execute("PRAGMA table_info(gpkg_contents)").fetchall()]
        con.executemany(f"INSERT INTO gpkg_contents ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
    con.execute("INSERT INTO gpkg_geometry_columns VALUES ('boom', 'geom', 'POINT', 4326, 0, 0)")
    con.commit()
    con.close()


def test_geopackage_view_layers_are_refused(tmp_path: Path) -> None:
    only_view = tmp_path / "view_only.gpkg"
    _gpkg_with_view(only_view, keep_table_layer=False)
    report = _read_in_subprocess(only_view, timeout=60)
    assert report["error"] == "IncidentReadError"
    assert "no feature or attribute table" in str(report["message"]) and "'boom' (a view, not a table)" in str(
        report["message"]
    )

    both = tmp_path / "view_and_table.gpkg"
    _gpkg_with_view(both, keep_table_layer=True)
    report = _read_in_subprocess(both, timeout=60)
    assert report["accepted"] == 1 and report["rejected"] == []
    assert any("'boom' (a view, not a table)" in w for w in report["warnings"])  # type: ignore[attr-defined]


def test_geopackage_feature_count_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geoincidents.io import gpkgfile

    path = tmp_path / "many.gpkg"
    n = 50
    gpd.GeoDataFrame(
        {"event_id": [f"E{i}" for i in range(n)]}, geometry=[shapely.Point(44.36, 33.31)] * n, crs=4326
    ).to_file(path, driver="GPKG", layer="incidents")
    monkeypatch.setattr(gpkgfile, "MAX_FEATURES", n - 1)
    with pytest.raises(InputLimitError, match=r"50 rows, above the limit of 49") as info:
        read_incidents(path)
    assert isinstance(info.value, IncidentReadError) and "many.gpkg" in str(info.value)


def test_a_sqlite_file_that_is_no_geopackage_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (lat REAL, lon REAL)")
    con.commit()
    con.close()
    with pytest.raises(IncidentReadError, match="not a GeoPackage"):
        read_incidents(path)


def _self_intersecting(n: int, seed: int = 0) -> shapely.Polygon:
    rng = np.random.default_rng(seed)
    return shapely.Polygon(rng.uniform(0, 0.05, (n, 2)) + np.array([44.3, 33.3]))


def test_a_500_vertex_self_intersecting_polygon_is_read_at_once(tmp_path: Path) -> None:
    polygon = _self_intersecting(500)
    assert not polygon.is_valid
    doc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "geometry": shapely.geometry.mapping(polygon), "properties": {"event_id": "P"}}
        ],
    }
    path = tmp_path / "knot.geojson"  # about 20 KB
    path.write_text(json.dumps(doc), encoding="utf-8")
    report = _read_in_subprocess(path, timeout=60)  # make_valid's default method took 108-128 s
    assert report["accepted"] == 1
    assert "of 501 vertices represented by its convex hull" in report["fixes"][0]  # type: ignore[index]


def test_small_invalid_polygons_are_repaired_by_their_structure() -> None:
    bowtie = shapely.Polygon([(44.36, 33.30), (44.38, 33.32), (44.38, 33.30), (44.36, 33.32)])
    frame = gpd.GeoDataFrame({"event_id": ["B"]}, geometry=[bowtie], crs=4326)
    buf = io.BytesIO(frame.to_json().encode())
    row = read_incidents(buf, name="bowtie.geojson").accepted.iloc[0]
    expected = shapely.point_on_surface(shapely.make_valid(bowtie, method="structure"))
    assert (row["longitude"], row["latitude"]) == pytest.approx((expected.x, expected.y))
    assert "invalid Polygon repaired" in row["fixes"]


def test_wkt_with_too_many_vertices_is_rejected(tmp_path: Path) -> None:
    coords = ", ".join(f"{44.3 + i * 1e-7:.7f} 33.3" for i in range(MAX_VERTICES + 1))
    path = tmp_path / "long.csv"
    path.write_text(f'event_id,wkt\nL1,"LINESTRING ({coords})"\nL2,POINT (44.36 33.31)\n', encoding="utf-8")
    result = read_incidents(path)
    assert len(result.accepted) == 1
    assert f"above the limit of {MAX_VERTICES}" in result.rejected["reason"].iloc[0]


def test_geojson_feature_count_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": None, "properties": {}}] * 5}
    monkeypatch.setattr(jsonfile, "MAX_FEATURES", 4)
    with pytest.raises(InputLimitError, match="5 features, above the limit of 4"):
        read_incidents(json.dumps(doc).encode(), name="five.geojson")


HOSTILE_CELLS = ["x;=cmd|' /C calc'!A0", "a\t=1+1", "b|@SUM(1)", "c,-2+3", "plain", "semi;colon", "=x"]


@pytest.mark.parametrize("delimiter", [";", "\t", "|", ","])
def test_no_cell_becomes_a_formula_whatever_the_spreadsheet_splits_on(delimiter: str, tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {"event_id": [f"e{i}" for i in range(len(HOSTILE_CELLS))], "notes": HOSTILE_CELLS},
        geometry=[shapely.Point(44.36, 33.31)] * len(HOSTILE_CELLS),
        crs=4326,
    )
    out = write_incidents(frame, tmp_path / "out.csv")
    with out.open(encoding="utf-8", newline="") as fh:
        cells = [cell for row in csv.reader(fh, delimiter=delimiter) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], delimiter
    back = read_incidents(out).accepted
    assert back["notes"].tolist() == HOSTILE_CELLS  # the round trip loses nothing


@pytest.mark.parametrize("crs", ["+proj=longlat +R=1e-300", "+proj=utm +zone=99999", "EPSG:999999", "not a crs"])
def test_a_broken_crs_is_a_clear_error(crs: str) -> None:
    doc = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": crs}},
        "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [44.36, 33.31]}, "properties": {}}
        ],
    }
    with pytest.raises(IncidentReadError) as info:
        read_incidents(json.dumps(doc).encode(), name="odd_crs.geojson")
    assert "odd_crs.geojson" in str(info.value) and "\n" not in str(info.value)


def test_a_broken_crs_through_the_cli_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "odd.geojson"
    doc = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "+proj=longlat +R=1e-300"}},
        "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [44.36, 33.31]}, "properties": {}}
        ],
    }
    path.write_text(json.dumps(doc), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "geoincidents", "map", str(path), "-o", str(tmp_path / "m.html"), "--tiles", "none"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.strip().count("\n") == 0
    assert "cannot be converted to WGS84" in proc.stderr


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("',;\t|=+-@\r\nxa ٣"), max_size=24))
def test_formula_escape_is_lossless_and_leaves_no_formula_after_any_split(text: str) -> None:
    written = csv_cell(text)
    assert from_csv_cell(written) == text
    for delimiter in SPREADSHEET_DELIMITERS:
        for part in written.split(delimiter):
            assert part[:1] not in ("=", "+", "-", "@", "\t", "\r"), (text, part)


def test_a_geopackage_geometry_nested_30000_deep_is_no_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.gpkg"
    gpd.GeoDataFrame({"event_id": ["A"]}, geometry=[shapely.Point(44.36, 33.31)], crs=4326).to_file(
        path, driver="GPKG", layer="incidents"
    )
    wkb = struct.pack("<BII", 1, 7, 1) * 30_000 + struct.pack("<BIdd", 1, 1, 44.36, 33.31)
    blob = b"GP" + bytes([0, 1]) + struct.pack("<i", 4326) + wkb  # GeoPackage header, little-endian, no envelope
    con = sqlite3.connect(path)
    for (trigger,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{trigger}"')  # the R-tree triggers call spatial SQL functions
    con.execute("UPDATE incidents SET geom = ?", (blob,))
    con.commit()
    con.close()
    report = _read_in_subprocess(path, timeout=60)
    assert report.get("error") == "IncidentReadError" or report.get("accepted") == 0, report
