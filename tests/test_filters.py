"""One filter type: the app's filter and IncidentStore.query select the same incidents.

Before, the app kept undated rows, matched actors exactly and read ``[]`` as "no filter", while the
store dropped undated rows, matched substrings and read ``[]`` as "match nothing".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from _store_helpers import landmark_incidents
from hypothesis import given, settings
from hypothesis import strategies as st

from geoincidents.store.filters import IncidentFilter
from geoincidents.store.incident_store import IncidentStore
from geoincidents.ui.views import filter_incidents, prepare_incidents

_TYPES = ["Protests", "Riots"]
_ACTORS = ["Protesters (Iraq)", "Sadrist Movement", "Police Forces of Iraq (2020-)", "nobody"]


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, gpd.GeoDataFrame]:
    incidents = landmark_incidents(24)
    incidents.loc[incidents.index % 2 == 0, "event_type"] = "Riots"
    incidents.loc[[3, 11], "event_date"] = pd.NaT  # undated incidents
    incidents.loc[4, "actor1"] = "  sadrist movement "  # the same actor, written with other case and spaces
    path = tmp_path_factory.mktemp("filters") / "store.gpkg"
    with IncidentStore(path) as store:
        store.add_incidents(incidents)
        store.set_status("ev00004", "verified", "amal", "seen on video")
        shown = prepare_incidents(store.query(), id_prefix="store")  # what the app shows from the store
    return path, shown


def _both(stored: tuple[Path, gpd.GeoDataFrame], flt: IncidentFilter) -> tuple[set[str], set[str]]:
    path, shown = stored
    with IncidentStore(path) as store:
        from_store = set(store.query(flt)["event_id"])
    return from_store, set(filter_incidents(shown, flt)["event_id"])


@pytest.mark.parametrize(
    "flt",
    [
        IncidentFilter(),
        IncidentFilter(date_from=date(2024, 1, 5), date_to=date(2024, 1, 12)),
        IncidentFilter(date_from=date(2024, 1, 5), date_to=date(2024, 1, 12), include_undated=False),
        IncidentFilter(actors=["SADRIST MOVEMENT"]),
        IncidentFilter(actors=["Sadrist"]),  # not a substring match
        IncidentFilter(event_types=[]),  # an empty choice matches nothing
        IncidentFilter(statuses=["verified"]),
        IncidentFilter(statuses=["unverified"], event_types=["Riots"]),
        IncidentFilter(bbox=(44.38, 33.29, 44.41, 33.31)),
        IncidentFilter(bands=["inside"]),
    ],
)
def test_store_and_app_select_the_same(stored: tuple[Path, gpd.GeoDataFrame], flt: IncidentFilter) -> None:
    from_store, in_app = _both(stored, flt)
    assert from_store == in_app


def test_the_rules(stored: tuple[Path, gpd.GeoDataFrame]) -> None:
    _, shown = stored
    undated = set(shown.loc[shown["event_date"].isna(), "event_id"])
    assert len(undated) == 2
    dated_range = IncidentFilter(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31))
    assert undated <= set(filter_incidents(shown, dated_range)["event_id"])
    no_undated = IncidentFilter(date_from=date(2024, 1, 1), include_undated=False)
    assert not undated & set(filter_incidents(shown, no_undated)["event_id"])
    assert len(filter_incidents(shown, IncidentFilter(actors=["sadrist movement"]))) == 8 + 1  # 8 of 24 by cycle, + 1
    assert filter_incidents(shown, IncidentFilter(event_ids=[])).empty
    with pytest.raises(ValueError, match="unknown status"):
        IncidentFilter(statuses=["bogus"])
    with pytest.raises(ValueError, match="bbox"):
        IncidentFilter(bbox=(44.5, 33.3, 44.4, 33.4))
    with pytest.raises(ValueError, match="not a date"):
        IncidentFilter(date_from="yesterday")


@settings(max_examples=40, deadline=None)
@given(
    day_from=st.none() | st.integers(0, 30),
    span=st.integers(0, 30),
    undated=st.booleans(),
    types=st.none() | st.lists(st.sampled_from(_TYPES), max_size=2),
    actors=st.none() | st.lists(st.sampled_from(_ACTORS), max_size=2),
    statuses=st.none() | st.lists(st.sampled_from(["unverified", "verified", "rejected"]), max_size=2),
)
def test_any_filter_selects_the_same(
    stored: tuple[Path, gpd.GeoDataFrame],
    day_from: int | None,
    span: int,
    undated: bool,
    types: list[str] | None,
    actors: list[str] | None,
    statuses: list[str] | None,
) -> None:
    start = None if day_from is None else date(2024, 1, 1) + pd.Timedelta(days=day_from)
    flt = IncidentFilter(
        date_from=start,
        date_to=None if start is None else start + pd.Timedelta(days=span),
        include_undated=undated,
        event_types=types,
        actors=actors,
        statuses=statuses,
    )
    from_store, in_app = _both(stored, flt)
    assert from_store == in_app
