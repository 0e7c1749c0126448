from __future__ import annotations

import pandas as pd

from geoincidents import INCIDENT_COLUMNS, coerce_incidents, empty_incidents, load_sample_incidents
from geoincidents.schema import EVENT_TYPES


def test_empty_incidents_has_every_column() -> None:
    frame = empty_incidents()
    assert list(frame.columns[:-1]) == list(INCIDENT_COLUMNS)
    assert frame.crs.to_epsg() == 4326 and len(frame) == 0


def test_coerce_keeps_unknown_as_null_and_extra_columns() -> None:
    frame = coerce_incidents(
        pd.DataFrame({"event_id": ["x"], "latitude": [33.3], "longitude": [44.4], "injuries": ["0"], "mine": [1]})
    )
    assert frame["injuries"].iloc[0] == 0
    assert pd.isna(frame["fatalities"].iloc[0])
    assert "mine" in frame.columns
    no_position = coerce_incidents(pd.DataFrame({"event_id": ["y"]}))
    assert no_position.geometry.iloc[0] is None


def test_sample_incidents_follow_the_gazetteer(gazetteer) -> None:  # type: ignore[no-untyped-def]
    sample = load_sample_incidents()
    assert len(sample) >= 3
    assert set(sample["landmark_id"]) <= set(gazetteer["landmark_id"])
    pts = gazetteer.set_index("landmark_id").geometry.representative_point()
    gaz = gazetteer.set_index("landmark_id")
    for _, row in sample.iterrows():
        # the committed coordinates are the landmark's (7 decimals): stale when the gazetteer moves it
        assert row.geometry.distance(pts[row["landmark_id"]]) < 1e-6, row["landmark_id"]
        assert row["uncertainty_m"] == gaz.at[row["landmark_id"], "position_uncertainty_m"]
    valid = {(t, s) for t, subs in EVENT_TYPES.items() for s in subs}
    assert set(zip(sample["event_type"], sample["sub_event_type"], strict=True)) <= valid
