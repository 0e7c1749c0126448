"""read_incidents / write_incidents on the malformed-file battery in tests/data/bad and on file-like inputs."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Transformer
from streamlit.proto.Common_pb2 import FileURLs
from streamlit.runtime.uploaded_file_manager import UploadedFile, UploadedFileRec

from geoincidents.io.incidents import IncidentReadError, ReadResult, read_incidents, write_incidents

BAD = Path(__file__).parent / "data" / "bad"
EXPECTED: dict[str, dict[str, object]] = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))
PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>`${alert(3)}`\\'\""
BAGHDAD_LON, BAGHDAD_LAT = 44.3615, 33.3128


def _distance_km(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    tr = Transformer.from_crs(4326, 32638, always_xy=True)
    x, y = tr.transform(lon, lat)
    bx, by = tr.transform(BAGHDAD_LON, BAGHDAD_LAT)
    return np.hypot(np.asarray(x) - bx, np.asarray(y) - by) / 1000


def _check_accounting(result: ReadResult) -> None:
    assert len(result.accepted) + len(result.rejected) == result.rows_read
    assert list(result.rejected.columns[:4]) == ["row", "field", "reason", "value"]
    assert result.rejected["reason"].notna().all() and (result.rejected["reason"].str.len() > 0).all()
    assert result.rejected["field"].notna().all()
    assert result.accepted.crs.to_epsg() == 4326
    assert (result.accepted.geometry.geom_type == "Point").all()
    assert np.isfinite(result.accepted["latitude"]).all() and np.isfinite(result.accepted["longitude"]).all()
    assert (result.accepted["latitude"].abs() <= 90).all() and (result.accepted["longitude"].abs() <= 180).all()


def test_battery_is_current() -> None:
    written = {p.name for p in BAD.iterdir() if p.name != "expected.json"}
    assert written == set(EXPECTED), "tests/data/bad is stale: run python tests/data/make_bad.py"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_battery_file(name: str) -> None:
    expected = EXPECTED[name]
    path = BAD / name
    if "error" in expected:
        with pytest.raises(IncidentReadError) as info:
            read_incidents(path)
        message = str(info.value)
        assert str(expected["error"]) in message
        assert name in message, "the error must name the file"
        assert "\n" not in message.strip()
        return
    result = read_incidents(path)
    _check_accounting(result)
    assert (len(result.accepted), len(result.rejected)) == (expected["accepted"], expected["rejected"])
    if "fixed" in expected:
        assert int(result.accepted["fixes"].notna().sum()) == expected["fixed"]
    if "contains" in expected:
        text = result.accepted.drop(columns="geometry").astype(str).to_numpy().ravel().tolist()
        assert expected["contains"] in text
    if "encoding" in expected:
        assert result.encoding == expected["encoding"]
    if "format" in expected:
        assert result.format == expected["format"]
    if "dates" in expected:
        days = result.accepted["event_date"].dt.strftime("%Y-%m-%d")
        assert (days == expected["dates"]).all(), days.tolist()
    if expected.get("near_baghdad"):
        km = _distance_km(result.accepted["longitude"].to_numpy(), result.accepted["latitude"].to_numpy())
        assert (km < 5).all(), km


def test_same_result_from_path_bytes_and_uploads() -> None:
    path = BAD / "mixed_rows.csv"
    data = path.read_bytes()
    upload = UploadedFile(UploadedFileRec(file_id="1", name="mixed_rows.csv", type="text/csv", data=data), FileURLs())
    upload.read()  # a stream already read to the end must still be read from the start
    results = [
        read_incidents(path),
        read_incidents(data, name="mixed_rows.csv"),
        read_incidents(io.BytesIO(data)),
        read_incidents(io.StringIO(data.decode("utf-8"))),
        read_incidents(upload),
    ]
    for result in results[1:]:
        pd.testing.assert_frame_equal(
            pd.DataFrame(result.accepted.drop(columns="geometry")),
            pd.DataFrame(results[0].accepted.drop(columns="geometry")),
        )
        assert result.rejected["row"].tolist() == results[0].rejected["row"].tolist()
    assert results[-1].source == "mixed_rows.csv"


def test_mixed_rows_reasons_and_originals_are_kept() -> None:
    result = read_incidents(BAD / "mixed_rows.csv")
    rejected = result.rejected.set_index("event_id")
    assert rejected.loc["M4", "field"] == "latitude" and "not a number" in rejected.loc["M4", "reason"]
    assert rejected.loc["M4", "latitude"] == "abc"  # the original row travels with its reason
    assert rejected.loc["M6", "field"] == "longitude"
    assert rejected.loc["M7", "reason"].startswith("geometry is missing")
    assert rejected.loc["M8", "field"] == "event_date"
    assert "placeholder" in rejected.loc["M10", "reason"]
    dup = result.rejected[result.rejected["event_id"] == "M1"]
    assert len(dup) == 1 and int(dup["row"].iloc[0]) == 9 and "row 2 kept it" in dup["reason"].iloc[0]
    accepted = result.accepted.set_index("event_id")
    assert accepted.loc["M1", "event_date"] == pd.Timestamp("2019-10-25")  # the first M1 is the one kept
    # the swap is fixed and says so
    assert accepted.loc["M2", "latitude"] == pytest.approx(33.3128)
    assert accepted.loc["M2", "longitude"] == pytest.approx(44.3615)
    assert "swapped" in accepted.loc["M2", "fixes"]
    assert pd.isna(accepted.loc["M1", "fixes"])
    # extra columns are kept; hostile text is kept verbatim (escaping happens at display)
    assert accepted.loc["M1", "analyst_comment"] == "kept"
    assert accepted.loc["M9", "notes"] == PAYLOAD
    assert accepted["source_row"].tolist() == [2, 3, 4, 11, 13]


def test_swap_detection_follows_region() -> None:
    data = b"event_id,lat,lon\n1,44.3615,33.3128\n"
    fixed = read_incidents(data, name="s.csv").accepted
    assert fixed["latitude"].iloc[0] == pytest.approx(33.3128)
    kept = read_incidents(data, name="s.csv", region=None).accepted
    assert kept["latitude"].iloc[0] == pytest.approx(44.3615) and pd.isna(kept["fixes"].iloc[0])
    impossible = read_incidents(b"event_id,lat,lon\n1,95,33\n", name="s.csv", region=None)
    assert impossible.accepted["latitude"].iloc[0] == 33 and "latitude > 90" in impossible.accepted["fixes"].iloc[0]
    outside = read_incidents(b"event_id,lat,lon\n1,95,33\n", name="s.csv")
    assert len(outside.rejected) == 1 and outside.rejected["field"].iloc[0] == "latitude"


def test_projected_csv_with_crs_argument() -> None:
    result = read_incidents(BAD / "projected_xy.csv", crs="EPSG:32638")
    assert len(result.accepted) == 1
    assert _distance_km(result.accepted["longitude"].to_numpy(), result.accepted["latitude"].to_numpy())[0] < 1
    assert "projected" in read_incidents(BAD / "projected_xy.csv").rejected["reason"].iloc[0]


def test_legacy_crs_reprojection_is_exact() -> None:
    result = read_incidents(BAD / "legacy_crs_32638.geojson")
    lon, lat = Transformer.from_crs(32638, 4326, always_xy=True).transform(441130.0, 3685968.0)
    assert result.accepted["longitude"].iloc[0] == pytest.approx(lon, abs=1e-9)
    assert result.accepted["latitude"].iloc[0] == pytest.approx(lat, abs=1e-9)


def test_polygon_is_reduced_with_its_radius() -> None:
    result = read_incidents(BAD / "wkt.csv")
    poly = result.accepted.set_index("event_id").loc["W2"]
    assert "reduced to its representative point" in poly["fixes"]
    assert 500 < poly["uncertainty_m"] < 1500  # a ~1 km square: never a precise spot
    bowtie = result.accepted.set_index("event_id").loc["W4"]
    assert "repaired" in bowtie["fixes"]
    reasons = result.rejected.set_index("event_id")["reason"]
    assert "mixed types" in reasons["W5"] and "empty" in reasons["W6"] and "WKT" in reasons["W3"]


def test_acled_dates_and_columns() -> None:
    result = read_incidents(BAD / "acled_export.csv")
    acc = result.accepted.set_index("event_id")
    assert acc.loc["IRQ1001", "event_date"] == pd.Timestamp("2019-10-25")
    assert acc.loc["IRQ1002", "fatalities"] == 2
    assert acc.loc["IRQ1001", "admin1"] == "Baghdad"  # ACLED columns outside the schema are kept
    assert result.rejected["field"].tolist() == ["event_date"]


def test_arabic_headers_digits_and_months() -> None:
    acc = read_incidents(BAD / "arabic_headers.csv").accepted
    assert acc["event_date"].dt.strftime("%Y-%m-%d").tolist() == ["2019-10-25", "2019-10-26"]
    assert acc["latitude"].iloc[0] == pytest.approx(33.3128)
    assert acc["location"].iloc[0] == "ساحة التحرير"


def test_upload_size_limit() -> None:
    data = b"event_id,lat,lon\n" + b"1,33.3,44.4\n" * 1000
    with pytest.raises(IncidentReadError, match="limit"):
        read_incidents(io.BytesIO(data), name="big.csv", max_bytes=1000)
    upload = UploadedFile(UploadedFileRec(file_id="2", name="big.csv", type="text/csv", data=data), FileURLs())
    with pytest.raises(IncidentReadError, match=r"big\.csv"):
        read_incidents(upload, max_bytes=1000)
    assert read_incidents(io.BytesIO(data), name="big.csv").rows_read == 1000


def test_missing_path_and_folder() -> None:
    with pytest.raises(FileNotFoundError, match=r"nope\.csv"):
        read_incidents(BAD / "nope.csv")
    with pytest.raises(IncidentReadError, match="folder"):
        read_incidents(BAD)
    with pytest.raises(TypeError):
        read_incidents(12345)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "data",
    [
        b"\x00" * 100,
        "\u200f\u200e\u202e".encode(),
        b"event_id,lat,lon\n\x00\x00\x00\n",
        b"<html><script>alert(1)</script></html>",
        "Demonstrators مختلط text ساحة التحرير\n".encode(),
        b'"unterminated,lat,lon\n1,2,3\n',
        b"lat,lon\n" + b'"' + b"x" * 200_000 + b'",1\n',
        b"lat,lon\n33.3,44.4\n" + b"33.3,44.4," * 50_000 + b"\n",
        b"{}",
        b"null",
        b'{"type":"FeatureCollection","features":{"a":1}}',
        b'{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":'
        b'[[[[[[1]]]]]]},"properties":null}]}',
        b'{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1,2]]]},"properties":{}}',
        b"lat,lon\n1e308,1e308\n-0,-0\n33.3e0,44.4e0\n",
        b"\xef\xbb\xbf\xef\xbb\xbflat,lon\n33.3,44.4\n",
        b"SQLite format 3\x00" + b"\x00" * 500,
        b'{"type":"Feature","geometry":{"type":"Polygon","coordinates":'
        + b"[" * 600
        + b"1"
        + b"]" * 600
        + b'},"properties":{}}',
        b'{"type":"Feature","geometry":{"type":"Point","coordinates":[44.4,33.3]},"properties":{"p":'
        + b"[" * 600
        + b"1"
        + b"]" * 600
        + b"}}",
    ],
)
def test_garbage_gives_a_result_or_a_clear_error(data: bytes) -> None:
    try:
        result = read_incidents(data, name="garbage.csv")
    except IncidentReadError as exc:
        assert "garbage.csv" in str(exc)
    else:
        _check_accounting(result)


def test_random_bytes_never_crash() -> None:
    rng = random.Random(11)
    for size in (1, 2, 10, 100, 5000):
        for _ in range(5):
            data = bytes(rng.randrange(256) for _ in range(size))
            try:
                _check_accounting(read_incidents(data, name="random.bin"))
            except IncidentReadError as exc:
                assert "random.bin" in str(exc)


@pytest.mark.slow
def test_megabytes_of_rows_are_all_accounted_for() -> None:
    rng = np.random.default_rng(3)
    n = 60_000
    lat = np.round(33.3 + rng.normal(0, 0.02, n), 6).astype(str)
    lat[::7] = "garbage"
    lines = [f"E{i},2019-10-25,{lat[i]},44.4,note {i} ساحة" for i in range(n)]
    data = ("event_id,event_date,lat,lon,notes\n" + "\n".join(lines) + "\n").encode()
    assert len(data) > 2_000_000
    result = read_incidents(data, name="big.csv")
    _check_accounting(result)
    assert result.rows_read == n and len(result.rejected) == len(range(0, n, 7))


@pytest.mark.parametrize("suffix", [".geojson", ".csv", ".gpkg"])
def test_write_then_read_back(tmp_path: Path, suffix: str) -> None:
    original = read_incidents(BAD / "mixed_rows.csv").accepted
    out = write_incidents(original, tmp_path / f"incidents{suffix}")
    back = read_incidents(out).accepted
    assert back["event_id"].tolist() == original["event_id"].tolist()
    assert back["notes"].tolist() == original["notes"].tolist()
    assert back["event_date"].tolist() == original["event_date"].tolist()
    assert back["analyst_comment"].tolist() == original["analyst_comment"].tolist()
    np.testing.assert_allclose(back["latitude"], original["latitude"], atol=1e-7)
    assert back["fixes"].fillna("").tolist() == original["fixes"].fillna("").tolist()


def test_write_rejects_unknown_extension(tmp_path: Path) -> None:
    frame = read_incidents(BAD / "mixed_rows.csv").accepted
    with pytest.raises(ValueError, match="unsupported output type"):
        write_incidents(frame, tmp_path / "out.xlsx")
    assert not any(tmp_path.iterdir())


def test_accepted_matches_schema_types() -> None:
    acc = read_incidents(BAD / "fatalities.csv").accepted
    assert str(acc["fatalities"].dtype) == "Int64" and str(acc["geo_precision"].dtype) == "Int8"
    assert acc.set_index("event_id").loc["F4", "fatalities"] is pd.NA  # empty is unknown, not zero
    assert isinstance(acc, gpd.GeoDataFrame)


def test_excel_sep_line_units_in_headers_and_thousands() -> None:
    acc = read_incidents(BAD / "excel_sep_line.csv").accepted
    assert acc["latitude"].iloc[0] == pytest.approx(33.3) and acc["longitude"].iloc[0] == pytest.approx(44.4)
    assert acc["fatalities"].iloc[0] == 1200
    assert read_incidents(BAD / "utf16le_no_bom.csv").encoding == "utf-16-le"


def test_a_device_is_not_read_forever() -> None:
    with pytest.raises(IncidentReadError, match="not a regular file"):
        read_incidents("/dev/zero")


def test_geopackage_layer_choice(tmp_path: Path) -> None:
    path = tmp_path / "multi.gpkg"
    area = gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.box(44.3, 33.3, 44.4, 33.4)], crs=4326)
    area.to_file(path, layer="areas", driver="GPKG")
    points = gpd.GeoDataFrame({"event_id": ["p"]}, geometry=[shapely.Point(44.4, 33.3)], crs=4326)
    points.to_file(path, layer="points", driver="GPKG")
    result = read_incidents(path)
    assert result.accepted["event_id"].tolist() == ["p"]
    assert "read layer 'points'" in result.warnings[0]


def test_title_lines_above_the_header_are_skipped_and_said() -> None:
    result = read_incidents(BAD / "title_lines.csv")
    assert result.accepted["notes"].tolist() == ["crowd, police, gas", "ok"]
    assert any("skipped 2 line(s)" in w for w in result.warnings)


def test_delimiter_survives_quoted_commas_and_semicolons() -> None:
    lines = ["event_id,lat,lon,notes"]
    for i in range(12):
        note = '"' + ", ".join(["a"] * (i % 5)) + "; b; c; d; e; f; g; h" + '"'
        lines.append(f"E{i},33.3,44.4,{note}")
    result = read_incidents(("\n".join(lines) + "\n").encode(), name="quoted.csv")
    assert len(result.accepted) == 12 and result.accepted["notes"].str.contains("; b;").all()


def test_a_whole_report_in_one_cell() -> None:
    report = "Protesters gathered near the bridge, " * 20_000  # about 740 KB in one quoted cell
    data = f'event_id,lat,lon,notes\nR1,33.3,44.4,"{report}"\nR2,33.31,44.41,short\n'.encode()
    result = read_incidents(data, name="long_cell.csv")
    assert result.accepted["notes"].tolist() == [report, "short"]
