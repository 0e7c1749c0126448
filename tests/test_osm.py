"""The OSM importer, on small extracts built here: a real .osm.pbf (written with pyosmium) and OSM GeoJSON."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import osmium
import pytest
import shapely

from geoincidents import load_gazetteer, refresh_from_osm
from geoincidents._crs import BAGHDAD_UTM, WGS84, project_geometry, transformer
from geoincidents.cli import main
from geoincidents.errors import OSMExtractError
from geoincidents.gazetteer.names import name_keys
from geoincidents.gazetteer.osm import read_osm_extract


def _shift(lon: float, lat: float, dx: float, dy: float) -> tuple[float, float]:
    """Move a lon/lat point by metres east/north."""
    x, y = transformer(WGS84, BAGHDAD_UTM).transform(lon, lat)
    out = transformer(BAGHDAD_UTM, WGS84).transform(x + dx, y + dy)
    return float(out[0]), float(out[1])


@pytest.fixture(scope="module")
def pbf(tmp_path_factory: pytest.TempPathFactory, gazetteer: gpd.GeoDataFrame) -> Path:
    """Two carriageways of the 14th of July Bridge 40 m north of ours, the US Embassy as an area, a new square."""
    g = gazetteer.set_index("landmark_id")
    bridge = shapely.get_coordinates(g.loc["bridge_14_july"].geometry)
    a, b = bridge[0], bridge[-1]
    path = tmp_path_factory.mktemp("osm") / "baghdad-small.osm.pbf"
    writer = osmium.SimpleWriter(str(path))
    nodes = {
        1: _shift(a[0], a[1], 0, 40),
        2: _shift(b[0], b[1], 0, 40),
        3: _shift(a[0], a[1], 0, 60),
        4: _shift(b[0], b[1], 0, 60),
    }
    emb = g.loc["us_embassy"].geometry
    for k, (dx, dy) in enumerate([(-100, -100), (100, -100), (100, 100), (-100, 100)], start=5):
        nodes[k] = _shift(emb.x, emb.y, dx, dy)
    nodes[20] = _shift(emb.x, emb.y, 3000, 3000)
    for nid, (lon, lat) in nodes.items():
        tags = {"name": "Test Square", "name:ar": "ساحة الاختبار", "place": "square"} if nid == 20 else {}
        writer.add_node(osmium.osm.mutable.Node(id=nid, location=(lon, lat), tags=tags))
    carriage = {"highway": "primary", "bridge": "yes", "name": "جسر 14 تموز", "name:en": "14th of July Bridge"}
    writer.add_way(osmium.osm.mutable.Way(id=100, nodes=[1, 2], tags=carriage))
    writer.add_way(osmium.osm.mutable.Way(id=101, nodes=[4, 3], tags=carriage))
    writer.add_way(
        osmium.osm.mutable.Way(
            id=102, nodes=[5, 6, 7, 8, 5], tags={"building": "yes", "amenity": "embassy", "name:en": "U.S. Embassy"}
        )
    )
    writer.close()
    return path


def test_reads_named_objects_from_pbf(pbf: Path) -> None:
    feats = read_osm_extract(pbf)
    ids = sorted(f.osm_id for f in feats)
    assert ids == ["node/20", "way/100", "way/101", "way/102"]
    square = next(f for f in feats if f.osm_id == "node/20")
    assert square.tags["name:ar"] == "ساحة الاختبار"


def test_refresh_updates_matched_landmarks(pbf: Path, gazetteer: gpd.GeoDataFrame) -> None:
    fresh, report = refresh_from_osm(pbf, add_new=True)
    assert set(report.updated) >= {
        "bridge_14_july",
        "us_embassy",
        "bridge_14_july_gz_end",
        "bridge_14_july_outside_end",
    }
    assert report.added == ["osm_test_square"]
    new = fresh.set_index("landmark_id")
    old = gazetteer.set_index("landmark_id")
    # the bridge axis moved ~40-60 m north; its uncertainty covers the two carriageways
    moved = project_geometry(new.loc["bridge_14_july"].geometry, WGS84, BAGHDAD_UTM).hausdorff_distance(
        project_geometry(old.loc["bridge_14_july"].geometry, WGS84, BAGHDAD_UTM)
    )
    assert 35 < moved < 65
    assert 5 <= new.loc["bridge_14_july", "position_uncertainty_m"] < 40
    assert "way/100" in new.loc["bridge_14_july", "source"] and "OpenStreetMap" in new.loc["bridge_14_july", "source"]
    # ends follow the bridge and keep their side
    for end in ("bridge_14_july_gz_end", "bridge_14_july_outside_end"):
        assert new.loc[end, "side"] == old.loc[end, "side"]
        d = project_geometry(new.loc[end].geometry, WGS84, BAGHDAD_UTM).distance(
            project_geometry(new.loc["bridge_14_july"].geometry, WGS84, BAGHDAD_UTM)
        )
        assert d < 1e-6
    # an area becomes a representative point whose uncertainty covers the area (~141 m half-diagonal)
    assert 130 < new.loc["us_embassy", "position_uncertainty_m"] < 150
    # unmatched landmarks are unchanged
    assert new.loc["tahrir_square"].geometry.equals(old.loc["tahrir_square"].geometry)
    assert "tahrir_square" in report.unmatched
    assert new.loc["osm_test_square", "kind"] == "square"
    assert new.loc["osm_test_square", "name_ar"] == "ساحة الاختبار"


def test_refresh_from_osm_geojson(tmp_path: Path, gazetteer: gpd.GeoDataFrame) -> None:
    tahrir = gazetteer.set_index("landmark_id").loc["tahrir_square"].geometry
    lon, lat = _shift(tahrir.x, tahrir.y, 30, 0)
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": "node/7",
                "properties": {"tags": {"name": "ساحة التحرير", "place": "square"}},
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
            },
            {
                "type": "Feature",
                "id": "node/8",
                "properties": {"amenity": "cafe"},
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
            },
        ],
    }
    path = tmp_path / "export.geojson"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    fresh, report = refresh_from_osm(path)
    assert report.updated == {"tahrir_square": ["node/7"]}
    assert report.added == []
    row = fresh.set_index("landmark_id").loc["tahrir_square"]
    assert row.geometry.x == pytest.approx(lon) and row["derivation"] == "OSM node position"


def test_cli_writes_a_loadable_gazetteer(pbf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "refreshed.geojson"
    assert main(["osm", str(pbf), "-o", str(out), "--add-new"]) == 0
    assert "landmarks updated" in capsys.readouterr().out
    loaded = load_gazetteer(out)
    assert "osm_test_square" in set(loaded["landmark_id"])
    assert len(loaded) == len(load_gazetteer()) + 1
    assert np.isfinite(loaded["position_uncertainty_m"]).all()


def test_bad_extracts(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_osm_extract(tmp_path / "missing.osm.pbf")
    (tmp_path / "x.shp").write_text("nope")
    with pytest.raises(ValueError, match="unsupported"):
        read_osm_extract(tmp_path / "x.shp")
    (tmp_path / "y.geojson").write_text('{"type": "Feature"}')
    with pytest.raises(ValueError, match="FeatureCollection"):
        read_osm_extract(tmp_path / "y.geojson")
    assert main(["osm", str(tmp_path / "missing.osm.pbf"), "-o", str(tmp_path / "o.geojson")]) == 2


# ---- the steps of refresh_from_osm, each on its own ------------------------------------------------


def _row(gazetteer: gpd.GeoDataFrame, landmark_id: str) -> dict[str, object]:
    return dict(gazetteer.set_index("landmark_id").loc[landmark_id].to_dict(), landmark_id=landmark_id)


def test_matching_needs_a_shared_name_and_a_fitting_geometry(gazetteer: gpd.GeoDataFrame) -> None:
    from geoincidents.gazetteer.osm import OSMFeature, _matching_features

    feats = [
        OSMFeature("node/1", {"name": "Assassins Gate"}, shapely.Point(44.39, 33.30)),
        OSMFeature("way/2", {"name": "Assassins Gate"}, shapely.LineString([(44.39, 33.30), (44.40, 33.30)])),
        OSMFeature("node/3", {"name": "somewhere else"}, shapely.Point(44.39, 33.30)),
    ]
    keys = [set(name_keys(*f.names())) for f in feats]
    # a gate is a point: the way of the same name does not fit
    assert _matching_features(_row(gazetteer, "gate_assassins"), feats, keys) == [0]
    assert _matching_features(_row(gazetteer, "tahrir_square"), feats, keys) == []


def test_refreshed_geometry_per_kind(gazetteer: gpd.GeoDataFrame) -> None:
    from geoincidents.gazetteer.osm import _refreshed_geometry

    gate = _row(gazetteer, "gate_assassins")
    node = shapely.Point(44.39, 33.30)
    geom, unc, how = _refreshed_geometry(gate, [node], BAGHDAD_UTM) or (None, None, None)
    assert geom == node and unc == 5.0 and how == "OSM node position"  # a node: 5 m floor
    area = project_geometry(project_geometry(node, WGS84, BAGHDAD_UTM).buffer(100, 1), BAGHDAD_UTM, WGS84)
    geom, unc, how = _refreshed_geometry(gate, [area], BAGHDAD_UTM) or (None, None, None)
    assert geom is not None and area.contains(geom) and 95 < unc < 145 and "extent" in str(how)
    perimeter = _row(gazetteer, "green_zone")
    assert _refreshed_geometry(perimeter, [node], BAGHDAD_UTM) is None  # an area needs an area
    geom, unc, how = _refreshed_geometry(perimeter, [area], BAGHDAD_UTM) or (None, None, None)
    assert geom is not None and geom.equals(area) and unc == 10.0 and how == "outline of the OSM area(s)"


def test_bridge_ends_follow_their_refreshed_bridge(gazetteer: gpd.GeoDataFrame) -> None:
    from geoincidents.gazetteer.osm import OSMRefreshReport, _follow_bridge_ends

    rows = [_row(gazetteer, lid) for lid in ("bridge_sinak", "bridge_sinak_karkh_end", "bridge_ahrar_karkh_end")]
    old_end = rows[1]["geometry"]
    a, b = shapely.get_coordinates(rows[0]["geometry"])[[0, -1]]
    rows[0]["geometry"] = shapely.LineString([(a[0], a[1] + 0.001), (b[0], b[1] + 0.001)])
    rows[0]["source"] = "osm"
    report = OSMRefreshReport(updated={"bridge_sinak": ["way/9"]})
    _follow_bridge_ends(rows, report)
    assert rows[1]["geometry"].equals(shapely.Point(a[0], a[1] + 0.001)) or rows[1]["geometry"].equals(
        shapely.Point(b[0], b[1] + 0.001)
    )
    assert shapely.distance(rows[1]["geometry"], old_end) < 0.0015  # the nearer end, not the far one
    assert rows[1]["source"] == "osm" and report.updated["bridge_sinak_karkh_end"] == ["way/9"]
    assert "bridge_ahrar_karkh_end" not in report.updated  # its bridge was not refreshed


def test_new_landmark_ids_stay_unique() -> None:
    from geoincidents.gazetteer.osm import OSMFeature, _new_landmark_id

    feat = OSMFeature("node/7", {"name": "Test Square", "name:en": "Test Square"}, shapely.Point(44.39, 33.30))
    assert _new_landmark_id(feat, set()) == "osm_test_square"
    assert _new_landmark_id(feat, {"osm_test_square"}) == "osm_test_square_node_7"
    assert _new_landmark_id(feat, {"osm_test_square", "osm_test_square_node_7"}) is None


def test_a_bridge_mapped_as_an_area_gets_its_long_axis(tmp_path: Path, gazetteer: gpd.GeoDataFrame) -> None:
    """``man_made=bridge`` outlines are common in OSM: the axis runs along the outline, not corner to corner."""
    a, b = shapely.get_coordinates(gazetteer.set_index("landmark_id").loc["bridge_sinak"].geometry)[[0, -1]]
    axis = project_geometry(shapely.LineString([a, b]), WGS84, BAGHDAD_UTM)
    outline = project_geometry(axis.buffer(15, cap_style="flat"), BAGHDAD_UTM, WGS84)  # 30 m wide
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": "way/77",
                "properties": {"man_made": "bridge", "name": "Sinak Bridge"},
                "geometry": shapely.geometry.mapping(outline),
            }
        ],
    }
    path = tmp_path / "bridge_area.geojson"
    path.write_text(json.dumps(doc), encoding="utf-8")
    fresh, report = refresh_from_osm(path)
    assert report.updated["bridge_sinak"] == ["way/77"]
    new = fresh.set_index("landmark_id").loc["bridge_sinak"]
    line = project_geometry(new.geometry, WGS84, BAGHDAD_UTM)
    assert line.length == pytest.approx(axis.length, abs=1.0)
    assert line.hausdorff_distance(axis) < 1.0
    assert new["position_uncertainty_m"] == pytest.approx(15.0, abs=0.5)  # half the width


_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE osm [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{k} "{("&lol" + (str(k - 1) if k > 1 else "") + ";") * 10}">\n' for k in range(1, 10))
    + ']>\n<osm version="0.6"><node id="1" lat="33.3" lon="44.4"><tag k="name" v="&lol9;"/>'
    '<tag k="place" v="square"/></node></osm>\n'
)
_EXTERNAL = (
    '<?xml version="1.0"?>\n<!DOCTYPE osm [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>\n'
    '<osm version="0.6"><node id="1" lat="33.3" lon="44.4"><tag k="name" v="&secret;"/>'
    '<tag k="place" v="square"/></node></osm>\n'
)
_PARAMETER = (
    '<?xml version="1.0"?>\n<!DOCTYPE osm [ <!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote; ]>\n'
    '<osm version="0.6"></osm>\n'
)


@pytest.mark.parametrize("text", [_LAUGHS, _EXTERNAL, _PARAMETER], ids=["billion-laughs", "external", "parameter"])
def test_an_osm_file_with_a_dtd_is_refused_with_a_clear_error(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hostile.osm"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OSMExtractError, match="document type"):
        refresh_from_osm(path, add_new=True)
    out = tmp_path / "refreshed.geojson"
    assert main(["osm", str(path), "-o", str(out), "--add-new"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("geoincidents osm: error: ") and "document type" in err and err.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "undefined-entity.osm",
            b'<osm version="0.6"><node id="1" lat="1" lon="2"><tag k="name" v="&x;"/></node></osm>',
            "cannot be read",
        ),
        ("binary.osm", b"\x00\x01\x02PBF\xff" * 50, "not an OSM XML file"),
        ("empty.osm", b"", "not an OSM XML file"),
        ("broken.osm.pbf", b"\x00\x00\x00\x0dnot really a pbf" * 10, "cannot be read"),
        ("deep.geojson", b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
        ("features.geojson", b'{"type": "FeatureCollection", "features": [1, 2]}', "not a GeoJSON Feature"),
    ],
)
def test_broken_extracts_are_clear_errors_not_tracebacks(
    name: str, data: bytes, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(OSMExtractError, match=expected):
        read_osm_extract(path)
    assert main(["osm", str(path), "-o", str(tmp_path / "o.geojson")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("geoincidents osm: error: ") and err.count("\n") == 1


def test_a_plain_osm_xml_file_is_read(tmp_path: Path, gazetteer: gpd.GeoDataFrame) -> None:
    tahrir = gazetteer.set_index("landmark_id").loc["tahrir_square"].geometry
    path = tmp_path / "plain.osm"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported -->\n<osm version="0.6" generator="test">'
        f'<node id="5" version="1" lat="{tahrir.y:.7f}" lon="{tahrir.x:.7f}">'
        '<tag k="name" v="ساحة التحرير"/><tag k="place" v="square"/></node></osm>\n',
        encoding="utf-8",
    )
    _fresh, report = refresh_from_osm(path)
    assert report.updated == {"tahrir_square": ["node/5"]}
