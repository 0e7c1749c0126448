"""Property tests (hypothesis): proximity is consistent, export then read back loses nothing.

Example counts are modest (max_examples 50-100, no deadline) so the suite stays fast in CI.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoincidents.io.incidents import read_incidents, write_incidents
from geoincidents.proximity.measure import check_proximity
from geoincidents.schema import coerce_incidents

# Around the Green Zone (roughly 44.36-44.41 E, 33.29-33.32 N) and a few kilometres beyond it.
LONS = st.floats(min_value=44.33, max_value=44.44, allow_nan=False)
LATS = st.floats(min_value=33.27, max_value=33.35, allow_nan=False)
POINTS = st.lists(st.tuples(LONS, LATS), min_size=1, max_size=30)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _frame(points: list[tuple[float, float]]) -> gpd.GeoDataFrame:
    lon = np.array([p[0] for p in points])
    lat = np.array([p[1] for p in points])
    return gpd.GeoDataFrame(
        {"event_id": [f"P{i}" for i in range(len(points))]}, geometry=gpd.points_from_xy(lon, lat), crs=4326
    )


@SETTINGS
@given(POINTS)
def test_inside_iff_negative_distance(points: list[tuple[float, float]]) -> None:
    result = check_proximity(_frame(points))
    inside = result["inside"].to_numpy(dtype=bool)
    assert np.array_equal(inside, result["distance_m"].to_numpy() < 0)
    assert ((result["band"] == "inside").to_numpy() == inside).all()


@SETTINGS
@given(POINTS)
def test_distance_does_not_depend_on_input_crs(points: list[tuple[float, float]]) -> None:
    frame = _frame(points)
    base = check_proximity(frame)["distance_m"].to_numpy()
    for epsg in (32638, 3857):
        other = check_proximity(frame.to_crs(epsg))["distance_m"].to_numpy()
        np.testing.assert_allclose(other, base, atol=0.01, rtol=0)


@SETTINGS
@given(POINTS, st.randoms(use_true_random=False))
def test_row_order_does_not_matter(points: list[tuple[float, float]], rnd: object) -> None:
    frame = _frame(points)
    order = list(range(len(frame)))
    rnd.shuffle(order)  # type: ignore[attr-defined]
    base = check_proximity(frame).set_index("event_id")
    shuffled = check_proximity(frame.iloc[order]).set_index("event_id").loc[base.index]
    np.testing.assert_array_equal(shuffled["distance_m"].to_numpy(), base["distance_m"].to_numpy())
    assert shuffled["band"].astype(str).tolist() == base["band"].astype(str).tolist()
    assert shuffled["nearest_gate_id"].tolist() == base["nearest_gate_id"].tolist()


# Report text: Arabic, Latin, digits, punctuation, markup and newlines; no control characters (a CSV
# reader strips stray ones) and no lone surrogates (not encodable).
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc")),
        st.sampled_from(list("ساحة التحرير بغداد\u200f\u200e<>&\"'`$\\,;\n\t")),
    ),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")
INCIDENT = st.fixed_dictionaries(
    {
        "notes": TEXT,
        "location": TEXT,
        "event_date": st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)),
        "fatalities": st.one_of(st.none(), st.integers(min_value=0, max_value=5000)),
        "longitude": LONS,
        "latitude": LATS,
    }
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(INCIDENT, min_size=1, max_size=12), st.sampled_from([".geojson", ".csv", ".gpkg"]))
def test_export_then_read_back_is_lossless(rows: list[dict[str, object]], suffix: str) -> None:
    table = pd.DataFrame(rows)
    table.insert(0, "event_id", [f"ع-{i}" for i in range(len(table))])
    incidents = coerce_incidents(table)
    with tempfile.TemporaryDirectory() as tmp:
        out = write_incidents(incidents, Path(tmp) / f"incidents{suffix}")
        result = read_incidents(out)
    assert len(result.rejected) == 0, result.rejected.to_dict("records")
    back = result.accepted
    assert back["event_id"].tolist() == incidents["event_id"].tolist()
    assert back["notes"].tolist() == incidents["notes"].tolist()
    assert back["location"].tolist() == incidents["location"].tolist()
    assert back["event_date"].tolist() == incidents["event_date"].tolist()
    assert back["fatalities"].astype("Float64").tolist() == incidents["fatalities"].astype("Float64").tolist()
    np.testing.assert_allclose(back["longitude"], incidents["longitude"], atol=1e-7)
    np.testing.assert_allclose(back["latitude"], incidents["latitude"], atol=1e-7)
    assert back["fixes"].isna().all()


# Arbitrary text, surrogates and control characters included, mixed with the words extraction reacts to.
_WORDS = st.sampled_from(
    [
        "Tahrir Square", "Green Zone", "Jumhuriya Bridge", "protesters", "stormed", "killed 3", "wounded",
        "on Saturday", "yesterday", "25 October", "يوم السبت", "ساحة التحرير", "المنطقة الخضراء", "قتلى", ".",
        "\n", "<script>alert(1)</script>", "${x}", "\u200f",
    ]
)  # fmt: skip
_SURROGATES = st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=2)
ANY_TEXT = st.lists(
    st.one_of(st.text(alphabet=st.characters(blacklist_categories=()), max_size=30), _WORDS, _SURROGATES),
    max_size=25,
).map(" ".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_extraction_never_raises_on_arbitrary_text(text: str) -> None:
    from geoincidents.extraction.pipeline import extract_incidents

    found = extract_incidents(text, published="2021-10-23", source=text[:50])
    assert isinstance(found, gpd.GeoDataFrame)
    assert (found["span_end"].dropna() <= len(text)).all()
