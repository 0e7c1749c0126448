"""Write the battery of malformed and hostile incident files in ``tests/data/bad/``.

Run from the repository root: ``python tests/data/make_bad.py``. Deterministic (the random bytes are
seeded). ``expected.json`` beside the files says, for each, either the error text expected from
``read_incidents`` or the accepted/rejected counts. Also writes ``tests/data/synthetic_gazetteer.geojson``,
a made-up square perimeter with one gate used by the CLI and property tests; it is a test fixture, not
a description of any real place.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path
from typing import Any

import geopandas as gpd
from shapely.geometry import Point, Polygon

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad"
PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>`${alert(3)}`\\'\""
BAGHDAD_LAT, BAGHDAD_LON = 33.3128, 44.3615


def _text(name: str, text: str, encoding: str = "utf-8") -> None:
    (BAD / name).write_bytes(text.encode(encoding))


def _json(name: str, doc: Any) -> None:
    (BAD / name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def _feature(geometry: Any, **props: Any) -> dict[str, Any]:
    return {"type": "Feature", "geometry": geometry, "properties": props}


def _point(lon: float, lat: float) -> dict[str, Any]:
    return {"type": "Point", "coordinates": [lon, lat]}


def main() -> dict[str, dict[str, Any]]:
    BAD.mkdir(parents=True, exist_ok=True)
    expected: dict[str, dict[str, Any]] = {}

    mixed = [
        "event_id,event_date,latitude,longitude,notes,analyst_comment",
        "M1,2019-10-25,33.3128,44.3615,plain row,kept",
        "M2,25 October 2019,44.3615,33.3128,swapped (Baghdad 44 N / 33 E),kept",
        "M3,25/10/2019,33.30,44.40,day-first date,kept",
        "M4,2019-10-25,abc,44.40,non-numeric latitude,x",
        "M5,2019-10-25,NaN,44.40,NaN latitude,x",
        "M6,2019-10-25,33.30,500,out of range longitude,x",
        "M7,2019-10-25,,,empty coordinates,x",
        "M1,2019-10-26,33.31,44.39,duplicate id,x",
        "M8,yesterday-ish,33.31,44.39,bad date,x",
        f'M9,2019-10-27,33.32,44.38,"{PAYLOAD.replace(chr(34), chr(34) * 2)}",html payload kept as text',
        "M10,2019-10-27,0,0,null island,x",
        "M11,2019-10-27,33.32,44.38,negative fatalities are rejected below,x",
    ]
    mixed[-1] = mixed[-1]  # kept as is; fatalities tested in fatalities.csv
    _text("mixed_rows.csv", "\n".join(mixed) + "\n")
    expected["mixed_rows.csv"] = {"accepted": 5, "rejected": 7, "fixed": 1}

    _text(
        "fatalities.csv",
        "event_id,lat,lon,fatalities,geo_precision\nF1,33.3,44.4,3,1\nF2,33.3,44.4,-1,1\n"
        "F3,33.3,44.4,many,1\nF4,33.3,44.4,,\nF5,33.3,44.4,2.5,1\nF6,33.3,44.4,1,7\n",
    )
    expected["fatalities.csv"] = {"accepted": 2, "rejected": 4}

    arabic = (
        "event_id,event_date,lat,lon,location,notes\nA1,2019-10-25,33.3128,44.3615,ساحة التحرير,متظاهرون قرب الجسر\n"
    )
    _text("bom_utf8.csv", arabic, "utf-8-sig")
    expected["bom_utf8.csv"] = {"accepted": 1, "rejected": 0, "contains": "ساحة التحرير"}
    _text("cp1256_arabic.csv", arabic, "cp1256")
    expected["cp1256_arabic.csv"] = {"accepted": 1, "rejected": 0, "contains": "ساحة التحرير", "encoding": "cp1256"}
    _text("utf16_bom.csv", arabic, "utf-16")
    expected["utf16_bom.csv"] = {"accepted": 1, "rejected": 0, "contains": "ساحة التحرير"}

    _text(
        "semicolon_decimal_comma.csv", "event_id;latitude;longitude;notes\nS1;33,3128;44,3615;ok\nS2;33,30;44,40;ok\n"
    )
    expected["semicolon_decimal_comma.csv"] = {"accepted": 2, "rejected": 0}

    acled_cols = (
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
        "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
        "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
    )
    acled_rows = [
        "IRQ1001,25 October 2019,2019,1,Demonstrations,Protests,Peaceful protest,Protesters (Iraq),,6,,,,60,,368,"
        "Middle East,Iraq,Baghdad,Al Resafa,,Baghdad - Tahrir Square,33.3128,44.3615,1,Shafaq News,National,"
        '"Protesters gathered, then marched towards the bridge.",0,,1572000000',
        "IRQ1002,2019-10-26,2019,1,Political violence,Riots,Violent demonstration,Rioters (Iraq),,5,Police Forces of "
        "Iraq (2018-2022),,1,15,,368,Middle East,Iraq,Baghdad,Al Karkh,,Baghdad - Green Zone,33.3050,44.3870,1,"
        "Reuters,International,Clashes at a gate.,2,,1572100000",
        "IRQ1003,31 February 2019,2019,1,Demonstrations,Protests,Peaceful protest,Protesters (Iraq),,6,,,,60,,368,"
        "Middle East,Iraq,Baghdad,Al Resafa,,Baghdad,33.3,44.4,3,Rudaw,National,impossible date,0,,1572200000",
    ]
    _text("acled_export.csv", acled_cols + "\n" + "\n".join(acled_rows) + "\n")
    expected["acled_export.csv"] = {"accepted": 2, "rejected": 1, "format": "acled-csv"}

    _text(
        "arabic_headers.csv",
        "المعرف,التاريخ,خط العرض,خط الطول,الموقع\nع1,٢٥ تشرين الأول ٢٠١٩,٣٣٫٣١٢٨,٤٤٫٣٦١٥,ساحة التحرير\n"
        "ع2,٢٦ أكتوبر ٢٠١٩,33.30,44.40,الجسر المعلق\n",
    )
    expected["arabic_headers.csv"] = {"accepted": 2, "rejected": 0}

    rlm = "\u200f"
    _text("rtl_marks.csv", f"{rlm}event_id,{rlm}lat{rlm},lon\nR1,{rlm}33.3128{rlm},\u200e44.3615\n")
    expected["rtl_marks.csv"] = {"accepted": 1, "rejected": 0}

    _text(
        "wkt.csv",
        "event_id,wkt,notes\nW1,POINT (44.3615 33.3128),point\n"
        'W2,"POLYGON ((44.38 33.30, 44.39 33.30, 44.39 33.31, 44.38 33.31, 44.38 33.30))",polygon\n'
        "W3,POINT (44.3615,bad wkt\n"
        '"W4","POLYGON ((44.38 33.30, 44.39 33.31, 44.39 33.30, 44.38 33.31, 44.38 33.30))",bow-tie\n'
        '"W5","GEOMETRYCOLLECTION (POINT (44.38 33.30), LINESTRING (44.38 33.30, 44.39 33.31))",mixed\n'
        "W6,POINT EMPTY,empty\n",
    )
    expected["wkt.csv"] = {"accepted": 3, "rejected": 3, "fixed": 2}

    _text("header_only.csv", "event_id,latitude,longitude\n")
    expected["header_only.csv"] = {"accepted": 0, "rejected": 0}
    _text(
        "ragged.csv", "event_id,latitude,longitude\nG1,33.3,44.4\nG2,33.3,44.4,extra,fields\nG3,33.3,44.4,,\nG4,33.3\n"
    )
    expected["ragged.csv"] = {"accepted": 2, "rejected": 2}
    _text(
        "many_dates.csv",
        "event_id,event_date,lat,lon\nD1,2019-10-25,33.3,44.4\nD2,25 October 2019,33.3,44.4\n"
        'D3,25-Oct-2019,33.3,44.4\nD4,"October 25, 2019",33.3,44.4\nD5,25.10.2019,33.3,44.4\n'
        "D6,2019/10/25,33.3,44.4\nD7,2019-10-25T14:30:00+03:00,33.3,44.4\nD8,10/25/2019,33.3,44.4\n",
    )
    expected["many_dates.csv"] = {"accepted": 8, "rejected": 0, "dates": "2019-10-25"}
    _text("projected_xy.csv", "event_id,x,y\nP1,441130.0,3685968.0\n")
    expected["projected_xy.csv"] = {"accepted": 0, "rejected": 1}

    baghdad = _point(BAGHDAD_LON, BAGHDAD_LAT)
    _json(
        "mixed_geometries.geojson",
        {
            "type": "FeatureCollection",
            "features": [
                _feature(baghdad, event_id="G1", notes=PAYLOAD),
                _feature(
                    {
                        "type": "Polygon",
                        "coordinates": [
                            [[44.38, 33.30], [44.39, 33.31], [44.39, 33.30], [44.38, 33.31], [44.38, 33.30]]
                        ],
                    },
                    event_id="G2",
                ),
                _feature({"type": "LineString", "coordinates": [[44.38, 33.30], [44.39, 33.31]]}, event_id="G3"),
                _feature(
                    {
                        "type": "GeometryCollection",
                        "geometries": [
                            baghdad,
                            {"type": "LineString", "coordinates": [[44.38, 33.30], [44.39, 33.31]]},
                        ],
                    },
                    event_id="G4",
                ),
                _feature({"type": "Point", "coordinates": []}, event_id="G5"),
                _feature(None, event_id="G6"),
                _feature({"type": "Point", "coordinates": ["x", "y"]}, event_id="G7"),
                _feature({"type": "Hexagon", "coordinates": [1, 2]}, event_id="G8"),
                {"type": "Feature", "geometry": baghdad, "properties": "not an object"},
                "not a feature",
                _feature(baghdad, event_id="G1"),
                _feature({"type": "Point", "coordinates": [BAGHDAD_LAT, BAGHDAD_LON]}, event_id="G9"),
            ],
        },
    )
    expected["mixed_geometries.geojson"] = {"accepted": 4, "rejected": 8, "fixed": 3}
    (BAD / "nan_coords.geojson").write_text(
        '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":'
        '[NaN, 33.3]},"properties":{"event_id":"N1"}},{"type":"Feature","geometry":{"type":"Point","coordinates":'
        '[44.4, Infinity]},"properties":{"event_id":"N2"}},{"type":"Feature","geometry":{"type":"Point",'
        '"coordinates":[44.4, 33.3]},"properties":{"event_id":"N3"}}]}',
        encoding="utf-8",
    )
    expected["nan_coords.geojson"] = {"accepted": 1, "rejected": 2}
    for epsg, (x, y) in {3857: (4938366.0, 3935480.0), 32638: (441130.0, 3685968.0)}.items():
        _json(
            f"legacy_crs_{epsg}.geojson",
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{epsg}"}},
                "features": [_feature(_point(x, y), event_id=f"C{epsg}")],
            },
        )
        expected[f"legacy_crs_{epsg}.geojson"] = {"accepted": 1, "rejected": 0, "near_baghdad": True}
    _json(
        "unknown_crs.geojson",
        {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:999999"}}, "features": []},
    )
    expected["unknown_crs.geojson"] = {"error": "unknown CRS"}
    _json("empty_collection.geojson", {"type": "FeatureCollection", "features": []})
    expected["empty_collection.geojson"] = {"accepted": 0, "rejected": 0}
    _json("single_feature.json", _feature(baghdad, event_id="S1", خط="عربي"))
    expected["single_feature.json"] = {"accepted": 1, "rejected": 0}

    frame = gpd.GeoDataFrame(
        {"event_id": ["K1", "K2", "K1"], "notes": ["ساحة التحرير", PAYLOAD, "duplicate"], "fatalities": [1, None, 0]},
        geometry=[
            Point(BAGHDAD_LON, BAGHDAD_LAT),
            Polygon([(44.38, 33.30), (44.39, 33.30), (44.39, 33.31)]),
            Point(44.4, 33.3),
        ],
        crs=4326,
    ).to_crs(32638)
    gpkg = BAD / "utm_incidents.gpkg"
    gpkg.unlink(missing_ok=True)
    frame.to_file(gpkg, driver="GPKG", layer="incidents")
    expected["utm_incidents.gpkg"] = {"accepted": 2, "rejected": 1, "near_baghdad": True}
    (BAD / "truncated.gpkg").write_bytes(gpkg.read_bytes()[:3000])
    expected["truncated.gpkg"] = {"error": "GeoPackage"}
    _text("text_named.gpkg", "event_id,lat,lon\n1,33.3,44.4\n")
    expected["text_named.gpkg"] = {"error": "not a GeoPackage"}

    (BAD / "empty.csv").write_bytes(b"")
    expected["empty.csv"] = {"error": "is empty"}
    _text("whitespace.csv", " \n\t\r\n  \n")
    expected["whitespace.csv"] = {"error": "only whitespace"}
    rng = random.Random(7)
    (BAD / "binary.csv").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    expected["binary.csv"] = {"error": "binary"}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("incidents.csv", "event_id,lat,lon\n1,33.3,44.4\n")
    (BAD / "zip_renamed.csv").write_bytes(buf.getvalue())
    expected["zip_renamed.csv"] = {"error": "ZIP archive"}
    (BAD / "png_renamed.csv").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(200)))
    expected["png_renamed.csv"] = {"error": "PNG image"}
    _json("not_geojson.json", {"name": "a JSON config", "values": [1, 2, 3]})
    expected["not_geojson.json"] = {"error": "not GeoJSON"}
    _text("invalid.json", '{"type": "FeatureCollection", "features": [')
    expected["invalid.json"] = {"error": "not valid JSON"}
    _text("deep_nesting.json", "[" * 200000 + "]" * 200000)
    expected["deep_nesting.json"] = {"error": "nested too deeply"}
    _text("no_coordinates.csv", "event_id,location,notes\n1,Tahrir Square,no position\n")
    expected["no_coordinates.csv"] = {"error": "no latitude/longitude"}
    _text("only_latitude.csv", "event_id,latitude,notes\n1,33.3,no longitude column\n")
    expected["only_latitude.csv"] = {"error": "no longitude column"}
    _text("report_text.csv", "Demonstrators reached the first wall of the suspension bridge.\n\nNo table here.\n")
    expected["report_text.csv"] = {"error": "no latitude/longitude"}

    _text("utf16le_no_bom.csv", arabic, "utf-16-le")
    expected["utf16le_no_bom.csv"] = {"accepted": 1, "rejected": 0, "contains": "ساحة التحرير"}
    _text("excel_sep_line.csv", "sep=;\nevent_id;Latitude (deg);Longitude [WGS84];fatalities\nX1;33,3;44,4;1,200\n")
    expected["excel_sep_line.csv"] = {"accepted": 1, "rejected": 0}

    seq = [json.dumps(_feature(_point(44.39, 33.30 + i / 1000), event_id=f"Q{i}")) for i in range(3)]
    _text("sequence.geojson", "\x1e" + "\n\x1e".join(seq[:2]) + "\n{not json\n" + seq[2] + "\n")
    expected["sequence.geojson"] = {"accepted": 3, "rejected": 1}
    _text("kml_renamed.csv", '<?xml version="1.0"?><kml><Placemark><Point><coordinates>44.4,33.3</coordinates>'
          "</Point></Placemark></kml>\n")  # fmt: skip
    expected["kml_renamed.csv"] = {"error": "XML or HTML"}

    _text(
        "pair_column.csv",
        'event_id,Coordinates,notes\nC1,"33.3128, 44.3615",ok\nC2,"44.3615, 33.3128",swapped\nC3,(33.30 44.40),paren\n'
        "C4,somewhere,bad\n",
    )
    expected["pair_column.csv"] = {"accepted": 3, "rejected": 1, "fixed": 1}

    _text("title_lines.csv", "Incident log (Baghdad)\nExported 2019-10-26\n\nevent_id;lat;lon;notes\n"
          "T1;33,31;44,39;crowd, police, gas\nT2;33,32;44,38;ok\n")  # fmt: skip
    expected["title_lines.csv"] = {"accepted": 2, "rejected": 0}

    (BAD / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    _write_gazetteer()
    return expected


def _write_gazetteer() -> None:
    """A made-up square perimeter (about 2.8 km a side) and one gate on its south edge."""
    ring = [[44.37, 33.29], [44.40, 33.29], [44.40, 33.315], [44.37, 33.315], [44.37, 33.29]]
    common = {"name_ar": None, "aliases": [], "source": "synthetic test fixture, not a real place"}
    doc = {
        "type": "FeatureCollection",
        "features": [
            _feature(
                {"type": "Polygon", "coordinates": [ring]},
                landmark_id="test_zone",
                name="Test Zone",
                kind="perimeter",
                position_uncertainty_m=0.0,
                **common,
            ),
            _feature(
                _point(44.385, 33.29),
                landmark_id="test_gate",
                name="Test Gate",
                kind="gate",
                position_uncertainty_m=10.0,
                **common,
            ),
        ],
    }
    (HERE / "synthetic_gazetteer.geojson").write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    written = main()
    print(f"{len(written)} files in {BAD}")
