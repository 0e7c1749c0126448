"""The offline context layer (data/context.geojson, geoincidents/maps/context.py): reproducible from its
derivation, cited, consistent with the gazetteer it sits beside, drawn under everything and escaped."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from urllib.parse import unquote

import geopandas as gpd
import pytest
import shapely
from shapely.geometry import Point, shape

from geoincidents._paths import data_path
from geoincidents.errors import GazetteerError
from geoincidents.maps.build import build_map
from geoincidents.maps.context import CONTEXT_FIELDS, context_items, load_context

ROOT = Path(__file__).resolve().parents[1]
UTM = "EPSG:32638"
AREA = (44.33, 33.26, 44.46, 33.35)  # roughly the Green Zone and its 3 km band


def _derivation() -> ModuleType:
    spec = importlib.util.spec_from_file_location("derive_context", ROOT / "tools" / "derive_context.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_file_is_what_the_derivation_writes() -> None:
    committed = json.loads(data_path("context.geojson").read_text(encoding="utf-8"))["features"]
    derived = json.loads(_derivation().render())["features"]
    assert [f["properties"] for f in committed] == [f["properties"] for f in derived]
    for ours, again in zip(committed, derived, strict=True):
        # within a metre: another GEOS release may place the river's buffer vertices a hair apart
        assert shape(ours["geometry"]).hausdorff_distance(shape(again["geometry"])) < 1e-5, ours["properties"]


def test_every_feature_is_cited_with_an_uncertainty() -> None:
    ctx = load_context()
    assert list(ctx.columns[:-1]) == list(CONTEXT_FIELDS)
    assert ctx["source"].str.len().min() > 20
    assert (ctx["position_uncertainty_m"] > 0).all()
    assert set(ctx["kind"]) == {"river", "place", "street", "bridge"}
    derived = ctx[ctx["derivation"].notna()]
    assert set(derived["context_id"]) >= {"tigris", "bab_al_sharqi", "salihiya"}


def test_nothing_duplicates_the_gazetteer(gazetteer: gpd.GeoDataFrame) -> None:
    ctx = load_context()
    gaz_names = {str(n).lower() for n in gazetteer["name"]} | {str(n) for n in gazetteer["name_ar"]}
    assert not ({n.lower() for n in ctx["name"]} & gaz_names)
    assert not (set(ctx["name_ar"]) & gaz_names)
    assert not (set(ctx["context_id"]) & set(gazetteer["landmark_id"]))


def _metres(geom: object) -> object:
    return gpd.GeoSeries([geom], crs="EPSG:4326").to_crs(UTM).iloc[0]


def test_the_river_runs_under_its_referenced_bridges_and_beside_its_banks(gazetteer: gpd.GeoDataFrame) -> None:
    ctx = load_context().set_index("context_id")
    river = ctx.loc["tigris", "geometry"]
    assert river.is_valid and river.geom_type == "Polygon"
    gaz = gazetteer.set_index("landmark_id")
    # the mid-river points taken from references lie in the water
    for lat, lon in ((33.375122, 44.355540), (33.35361, 44.37278), (33.324762, 44.404512), (33.295556, 44.4)):
        assert river.contains(Point(lon, lat)), (lat, lon)
    # every gazetteer bridge crosses it; no water inside the Green Zone
    for bridge in gaz[gaz["kind"] == "bridge"].geometry:
        assert bridge.intersects(river)
    zone = gaz.loc["green_zone", "geometry"]
    assert _metres(river.intersection(zone)).area < 1_000  # m²: only rounding at the shared bank
    # buildings the references put on a bank are beside the water, not in it
    water = _metres(river)
    for lid in ("republican_palace", "palestine_hotel", "ishtar_hotel", "mansour_hotel"):
        spot = _metres(gaz.loc[lid, "geometry"])
        assert not water.contains(spot) and water.distance(spot) < 600, lid
    # a channel of about 300 m: area / length of its centre line
    assert 3_000_000 < water.area < 6_000_000


def test_a_broken_context_file_lists_every_problem(tmp_path: Path) -> None:
    doc = json.loads(data_path("context.geojson").read_text(encoding="utf-8"))
    doc["features"][1]["properties"]["source"] = " "
    doc["features"][2]["properties"]["kind"] = "volcano"
    doc["features"][3]["geometry"] = doc["features"][0]["geometry"]  # a place with a polygon
    del doc["features"][4]["properties"]["position_uncertainty_m"]
    bad = tmp_path / "context.geojson"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(GazetteerError) as caught:
        load_context(bad)
    text = str(caught.value)
    assert "4 problem(s)" in text and "no source" in text and "'volcano'" in text
    assert "needs a Point geometry" in text and "position_uncertainty_m" in text
    with pytest.raises(GazetteerError, match="cannot be read"):
        load_context(tmp_path / "missing.geojson")


def test_context_items_reuse_the_gazetteer_and_leave_out_city_level_names(gazetteer: gpd.GeoDataFrame) -> None:
    items = context_items(gazetteer, AREA)
    names = {label["name"] for label in items.labels}
    assert {"Karrada", "al-Jadriya", "al-Mansour"} <= names  # gazetteer districts
    assert {"al-Adhamiya", "Sadr City", "al-Dora", "Tigris (Dijla)", "al-Aimmah Bridge"} <= names  # context file
    assert "14th of July Bridge (Suspension Bridge)" in names  # gazetteer bridges, labelled
    assert "Baghdad" not in names  # the city-level district is no label
    assert len(items.water) == 1 and items.water[0][0][0] == items.water[0][0][-1]  # a closed [lat, lon] ring
    lat, lon = items.water[0][0][0]
    assert 33 < lat < 34 and 44 < lon < 45


def test_no_baghdad_context_for_a_gazetteer_elsewhere(gazetteer: gpd.GeoDataFrame) -> None:
    paris = (2.25, 48.80, 2.45, 48.90)
    assert not context_items(gazetteer, paris)


def test_user_gazetteer_names_are_escaped(gazetteer: gpd.GeoDataFrame) -> None:
    hostile = gazetteer.copy()
    hostile["name"] = '<img src=x onerror="alert(1)">{{ 7*7 }}'
    items = context_items(hostile, AREA)
    for label in items.labels:
        assert "<" not in label["name"] and "{" not in label["name"]


def test_offline_maps_show_the_context_and_maps_with_tiles_start_without_it() -> None:
    offline = build_map(None, tiles=None).get_root().render()
    assert "gi-context-label" in offline and "Tigris (Dijla)" in offline
    assert "openstreetmap" not in unquote(offline).lower()  # no OSM credit: no OSM-derived data is shown
    tiled = build_map(None, tiles="https://tiles.example.org/{z}/{x}/{y}.png", attribution="In-house tiles")
    layers = [c for c in tiled._children.values() if type(c).__name__ == "ContextLayer"]
    assert len(layers) == 1 and layers[0].show is False and layers[0].control is True


def test_river_label_is_inside_the_water(gazetteer: gpd.GeoDataFrame) -> None:
    items = context_items(gazetteer, AREA)
    label = next(x for x in items.labels if x["kind"] == "river")
    river = shape(json.loads(data_path("context.geojson").read_text(encoding="utf-8"))["features"][0]["geometry"])
    assert river.contains(Point(label["lon"], label["lat"]))
    assert shapely.box(*AREA).contains(Point(label["lon"], label["lat"]))
