"""The app's logic: normalising incidents, filters, honest alerts, the timeline and the downloads."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from geoincidents._crs import BAGHDAD_UTM, WGS84, project_geometry
from geoincidents.gazetteer.load import perimeter, perimeter_feature
from geoincidents.io.incidents import read_incidents
from geoincidents.schema import load_sample_incidents
from geoincidents.ui.views import (
    IncidentFilter,
    alerts,
    distance_table,
    event_id_from_tooltip,
    filter_incidents,
    filter_options,
    incidents_file_bytes,
    layers_zip_bytes,
    prepare_incidents,
    read_upload,
    timeline_counts,
)


@pytest.fixture(scope="module")
def sample() -> gpd.GeoDataFrame:
    return prepare_incidents(load_sample_incidents(), id_prefix="sample")


def _points_at(distances_m: list[float], uncertainty_m: list[float]) -> gpd.GeoDataFrame:
    """Points at given signed distances from the Green Zone edge (negative inside), along one ray."""
    zone = project_geometry(perimeter("green_zone"), WGS84, BAGHDAD_UTM)
    centre = zone.centroid
    far = shapely.Point(centre.x + 20000, centre.y)
    edge = zone.boundary.intersection(shapely.LineString([centre, far]))
    edge_pt = min(shapely.get_parts(edge), key=lambda p: -p.x) if edge.geom_type.startswith("Multi") else edge
    pts = [shapely.Point(edge_pt.x + d, edge_pt.y) for d in distances_m]
    frame = gpd.GeoDataFrame(
        {
            "uncertainty_m": uncertainty_m,
            "event_date": ["2022-08-29"] * len(pts),
            "event_type": ["Protests"] * len(pts),
        },
        geometry=pts,
        crs=BAGHDAD_UTM,
    )
    return prepare_incidents(frame)


def test_prepare_fills_ids_coordinates_and_widens_by_precision() -> None:
    frame = gpd.GeoDataFrame(
        {"geo_precision": [1, 3, None], "event_id": ["x", None, ""]},
        geometry=gpd.points_from_xy([44.39, 44.40, 44.41], [33.30, 33.31, 33.32]),
        crs=4326,
    )
    out = prepare_incidents(frame, id_prefix="up")
    assert out["event_id"].iloc[0] == "x"
    made = out["event_id"].iloc[1:].tolist()
    assert all(m.startswith("up-") for m in made) and len(set(made)) == 2
    assert made == prepare_incidents(frame, id_prefix="up")["event_id"].iloc[1:].tolist()  # by content, stable
    assert out["longitude"].tolist() == pytest.approx([44.39, 44.40, 44.41])
    # the stated uncertainty stays as stated (unknown); the range is widened by the precision's radius
    assert out["uncertainty_m"].isna().all()
    edge_unc = float(perimeter_feature("green_zone")["position_uncertainty_m"])
    spread = (out["distance_max_m"] - out["distance_m"]).tolist()
    assert spread == pytest.approx([250 + edge_unc, 10000 + edge_unc, edge_unc])
    assert out["breach"].iloc[2] != "certain"  # unknown radius: at most possible
    assert {"distance_m", "band", "breach"} <= set(out.columns)


def test_alerts_are_honest_about_uncertainty() -> None:
    edge_unc = float(perimeter_feature("green_zone")["position_uncertainty_m"])
    frame = _points_at(
        [-(edge_unc + 300), -100, edge_unc + 100, edge_unc + 100, edge_unc + 600, 2000],
        [50, 300, 10, 500, 10, 3000],
    )
    got = alerts(frame).set_index("uncertainty_m")["alert"]
    assert got[50] == "inside"  # deep inside, precise: certain even with the edge's own uncertainty
    assert got[300] == "possibly inside"  # 100 m inside, but its 300 m may put it outside
    # just outside and precise: never inside, within 250 m only if the edge is precise enough to say
    expected = "within 0-250 m" if 2 * (edge_unc + 10) <= 250 else "possibly within 0-250 m"
    assert got[10] == expected
    assert got[500] == "possibly inside"  # vague: its area reaches inside
    assert got[3000] == "possibly inside"  # 2 km out but only known within 3 km
    assert len(got) == 5  # precise and 600 m beyond the edge's uncertainty: no alert
    order = {"inside": 0, "possibly inside": 1, "within 0-250 m": 2, "possibly within 0-250 m": 3}
    assert got.map(order).is_monotonic_increasing


def test_filters(sample: gpd.GeoDataFrame) -> None:
    opts = filter_options(sample)
    assert opts["date_min"] <= opts["date_max"]
    assert set(opts["event_types"]) == set(sample["event_type"].dropna())
    assert filter_incidents(sample, IncidentFilter()).equals(sample)
    one_type = opts["event_types"][0]
    got = filter_incidents(sample, IncidentFilter(event_types=[one_type]))
    assert len(got) == int((sample["event_type"] == one_type).sum()) and len(got) < len(sample)
    day = opts["date_min"]
    got = filter_incidents(sample, IncidentFilter(date_from=day, date_to=day))
    assert (pd.to_datetime(got["event_date"]).dt.date == day).all() and len(got) >= 1
    actor = opts["actors"][0]
    got = filter_incidents(sample, IncidentFilter(actors=[actor]))
    assert len(got) >= 1 and all(actor in {r.actor1, r.assoc_actor_1, r.actor2} for r in got.itertuples())
    band = str(sample["band"].iloc[0])
    got = filter_incidents(sample, IncidentFilter(bands=[band]))
    assert (got["band"].astype(str) == band).all()
    got = filter_incidents(sample, IncidentFilter(precisions=[3]))
    assert (got["geo_precision"] == 3).all()
    assert len(filter_incidents(sample, IncidentFilter(date_from=date(2030, 1, 1)))) == 0


def test_table_sorted_by_distance_and_timeline(sample: gpd.GeoDataFrame) -> None:
    table = distance_table(sample)
    assert table["distance_m"].is_monotonic_increasing and len(table) == len(sample)
    counts = timeline_counts(sample)
    assert int(counts.to_numpy().sum()) == int(sample["event_date"].notna().sum())
    days = pd.to_datetime(sample["event_date"]).dt.normalize()
    assert len(counts) == (days.max() - days.min()).days + 1  # no gaps


def test_timeline_uses_the_maps_types() -> None:
    """Types of other taxonomies are counted under the ACLED type the map colours them with."""
    frame = pd.DataFrame(
        {
            "event_date": ["2022-01-01", "2022-01-01", "2022-01-03"],
            "event_type": ["Protests", "riots", "Checkpoint"],  # "riots": ACLED's type in another spelling
            "type_of_violence": [None, None, None],
        }
    )
    counts = timeline_counts(frame)
    assert list(counts.index.strftime("%Y-%m-%d")) == ["2022-01-01", "2022-01-02", "2022-01-03"]
    assert counts.loc["2022-01-01", "Protests"] == 1 and counts.loc["2022-01-01", "Riots"] == 1
    assert counts.loc["2022-01-03", "Other type"] == 1  # nothing maps "Checkpoint": the legend's "Other type"
    ucdp = pd.DataFrame({"event_date": ["2022-01-01"], "event_type": [None], "type_of_violence": ["3"]})
    assert list(timeline_counts(ucdp).columns) == ["Violence against civilians"]  # UCDP one-sided violence


def test_tooltip_event_id() -> None:
    assert event_id_from_tooltip("e87b5d833d54 · Protests · 2021-10-19 · near x") == "e87b5d833d54"
    assert event_id_from_tooltip(None) is None and event_id_from_tooltip("") is None


def test_downloads_round_trip(sample: gpd.GeoDataFrame, tmp_path: Path) -> None:
    for fmt in ("csv", "geojson", "gpkg"):
        path = tmp_path / f"dl.{fmt}"
        path.write_bytes(incidents_file_bytes(sample, fmt))
        back = read_incidents(path)
        assert len(back.accepted) == len(sample) and len(back.rejected) == 0
        assert sorted(back.accepted["event_id"]) == sorted(sample["event_id"])
    with zipfile.ZipFile(io.BytesIO(layers_zip_bytes(sample))) as zf:
        names = set(zf.namelist())
        assert names == {f"{n}.geojson" for n in ("perimeter", "gates", "bridges", "landmarks", "bands", "incidents")}
        assert b'"FeatureCollection"' in zf.read("incidents.geojson")


def test_read_upload_errors_name_the_file() -> None:
    with pytest.raises(ValueError, match=r"report\.txt"):
        read_upload("report.txt", b"hello")
    with pytest.raises(ValueError, match=r"x\.csv"):
        read_upload("x.csv", b"a,b\n1,2\n")
    ok = read_upload("ok.csv", b"latitude,longitude\n33.3,44.4\nfoo,44.4\n")
    assert len(ok.accepted) == 1 and list(ok.rejected["row"]) == [3]


def test_map_tiles_none_is_offline_and_a_template_gets_its_credit() -> None:
    from geoincidents.errors import TileSourceError
    from geoincidents.maps.build import DEFAULT_ATTRIBUTION, DEFAULT_TILES
    from geoincidents.ui.views import map_tiles

    assert map_tiles(None) == (None, "") and map_tiles(" none ") == (None, "") and map_tiles("") == (None, "")
    assert map_tiles(DEFAULT_TILES) == (DEFAULT_TILES, DEFAULT_ATTRIBUTION)  # OpenStreetMap's server, its credit
    own = "https://tiles.example.org/{z}/{x}/{y}.png"
    assert map_tiles(own) == (own, "base tiles")  # never OpenStreetMap's credit under someone else's tiles
    assert map_tiles(own, " Example Unit ") == (own, "Example Unit")
    with pytest.raises(TileSourceError, match=r"^\$GEOINCIDENTS_TILES: the tile URL template 'data:x' uses data:"):
        map_tiles("data:x", where="$GEOINCIDENTS_TILES")
