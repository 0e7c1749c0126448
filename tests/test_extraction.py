"""Extraction end to end on the seed report and on our own test reports (tests/reports/)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geoincidents import extract_incidents, extract_many
from geoincidents.extraction import Report
from geoincidents.schema import INCIDENT_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "data" / "reports" / "000_a1c6e357c0dae756.txt").read_text(encoding="utf-8")
REPORTS = Path(__file__).resolve().parent / "reports"


def _report(name: str) -> str:
    return (REPORTS / f"{name}.txt").read_text(encoding="utf-8")


def _row(frame: pd.DataFrame, **where: object) -> pd.Series:
    mask = pd.Series(True, index=frame.index)
    for col, value in where.items():
        mask &= frame[col] == value
    rows = frame[mask]
    assert len(rows) == 1, f"expected one row with {where}, got {len(rows)}:\n{frame.drop(columns='geometry')}"
    return rows.iloc[0]


def _day(row: pd.Series) -> date | None:
    value = row["event_date"]
    return None if pd.isna(value) else value.date()


# --- the seed report -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> gpd.GeoDataFrame:
    return extract_incidents(SEED, published="2021-10-23", source="Shafaq News", report_id="seed")


def test_seed_schema(seed: gpd.GeoDataFrame) -> None:
    assert list(seed.columns[: len(INCIDENT_COLUMNS)]) == list(INCIDENT_COLUMNS)
    assert seed.crs is not None and seed.crs.to_epsg() == 4326
    assert seed.geometry.notna().all()
    assert (seed["source"] == "Shafaq News").all() and (seed["report_id"] == "seed").all()
    assert seed["event_id"].is_unique


def test_seed_sit_in_on_tuesday_at_the_2021_site(seed: gpd.GeoDataFrame) -> None:
    row = _row(seed, landmark_id="sit_in_2021_jadriya")
    assert _day(row) == date(2021, 10, 19)
    assert (row["event_type"], row["sub_event_type"]) == ("Protests", "Peaceful protest")
    assert "sit-in tents" in row["sentence"]


def test_seed_march_reached_the_suspension_bridge_gate(seed: gpd.GeoDataFrame) -> None:
    row = _row(seed, landmark_id="gate_14_july_bridge")
    assert _day(row) == date(2021, 10, 23)
    assert row["event_type"] == "Protests"
    assert row["injuries"] == 0 and pd.isna(row["fatalities"])
    assert row["geo_precision"] == 1
    # The march towards the Green Zone and the arrival at the wall are one incident, not two.
    assert not ((seed["landmark_id"] == "green_zone") & (seed["event_type"] == "Protests")).any()
    # The evidence span points into the report.
    assert SEED[int(row["span_start"]) : int(row["span_end"])] == row["sentence"]
    assert "first wall of the suspension bridge" in row["sentence"]


def test_seed_embassy_preparations_inside_the_zone(seed: gpd.GeoDataFrame) -> None:
    from geoincidents import check_proximity

    row = _row(seed, landmark_id="us_embassy")
    assert _day(row) == date(2021, 10, 23)
    assert row["event_type"] == "Strategic developments"
    checked = check_proximity(seed[seed["landmark_id"] == "us_embassy"])
    assert bool(checked["inside"].iloc[0])


def test_seed_statements_are_no_incidents(seed: gpd.GeoDataFrame) -> None:
    assert len(seed) == 3
    joined = " ".join(seed["sentence"])
    for statement in ("fabricated", "seats", "Ameri", "Kataib Hezbollah", "stand firm"):
        assert statement not in joined


def test_seed_another_saturday_moves_every_date_by_a_week() -> None:
    later = extract_incidents(SEED, published=date(2021, 10, 30))
    assert sorted(later["event_date"].dt.date) == [date(2021, 10, 26), date(2021, 10, 30), date(2021, 10, 30)]
    assert set(later["landmark_id"]) == {"sit_in_2021_jadriya", "gate_14_july_bridge", "us_embassy"}


def test_seed_without_publication_date_leaves_dates_unresolved() -> None:
    undated = extract_incidents(SEED)
    assert undated["event_date"].isna().all() and undated["time_precision"].isna().all()
    assert undated["notes"].str.contains("unresolved").all()
    assert (undated["published"].isna()).all()
    # Still three events: Tuesday's sit-in (no site can be chosen without a date), the march, the embassy.
    assert len(undated) == 3
    assert {"gate_14_july_bridge", "us_embassy"} <= set(undated["landmark_id"])
    assert not undated["landmark_id"].str.startswith("sit_in").any()


def test_event_ids_are_deterministic() -> None:
    a = extract_incidents(SEED, published="2021-10-23", report_id="r1")
    b = extract_incidents(SEED, published="2021-10-23", report_id="r1")
    c = extract_incidents(SEED, published="2021-10-23", report_id="r2")
    assert list(a["event_id"]) == list(b["event_id"])
    assert set(a["event_id"]).isdisjoint(c["event_id"])


# --- our own reports -------------------------------------------------------------------------------


def test_rockets_near_the_embassy_late_on_sunday() -> None:
    got = extract_incidents(_report("en_rockets_embassy"), published="2020-01-27")
    row = _row(got, event_type="Explosions/Remote violence")
    assert len(got) == 1  # headline, C-RAM and launch-site sentences are the same attack
    assert (row["landmark_id"], _day(row)) == ("us_embassy", date(2020, 1, 26))
    assert row["sub_event_type"] == "Shelling/artillery/missile attack"
    assert (row["fatalities"], row["injuries"]) == (0, 0)


def test_bridge_protest_with_deaths_and_no_later_statement() -> None:
    got = extract_incidents(_report("en_bridge_protest"), published="2019-11-05")
    row = _row(got, event_type="Protests", landmark_id="bridge_jumhuriya")
    assert _day(row) == date(2019, 11, 4)
    assert row["sub_event_type"] == "Excessive force against protesters"
    assert (row["fatalities"], row["injuries"]) == (2, 30)
    assert row["actor2"] == "Police Forces of Iraq"
    # "the bridge" in the stone-throwing sentence is al-Jumhuriya, not Tahrir Square named after it.
    riot = _row(got, event_type="Riots")
    assert riot["landmark_id"] == "bridge_jumhuriya"
    # The prime minister's statement and the call for a strike are not incidents.
    assert not got["sentence"].str.contains("Prime Minister|general strike").any()


def test_arabic_storming_of_parliament_and_sit_in() -> None:
    got = extract_incidents(_report("ar_parliament_storming"), published="2022-07-30", source="السومرية")
    storm = _row(got, event_type="Riots")
    assert (storm["landmark_id"], _day(storm)) == ("baghdad_convention_center", date(2022, 7, 30))
    assert storm["injuries"] == 125
    assert storm["assoc_actor_1"] == "Sadrist Movement"
    sit_in = _row(got, landmark_id="sit_in_2022_sadrist_parliament")
    assert _day(sit_in) == date(2022, 7, 30)
    bridge = _row(got, landmark_id="bridge_jumhuriya")
    assert bridge["sub_event_type"] == "Protest with intervention"
    assert not got["sentence"].str.contains("ودعا").any()  # the Framework's call is a statement


def test_arabic_rockets_at_dawn_today() -> None:
    got = extract_incidents(_report("ar_rockets_dawn"), published="2021-04-07")
    row = _row(got, event_type="Explosions/Remote violence")
    assert len(got) == 1
    assert (row["landmark_id"], row["relation"], _day(row)) == ("us_embassy", "near", date(2021, 4, 7))
    assert row["injuries"] == 0
    assert row["geo_precision"] == 2


def test_arabic_sit_in_and_march_with_levantine_month() -> None:
    got = extract_incidents(_report("ar_sitin_tishreen"), published="2021-10-23")
    assert _day(_row(got, landmark_id="sit_in_2021_jadriya")) == date(2021, 10, 19)
    gate = _row(got, landmark_id="gate_14_july_bridge")
    assert (_day(gate), gate["relation"], gate["injuries"]) == (date(2021, 10, 23), "at", 0)


def test_statements_only_report_gives_nothing() -> None:
    got = extract_incidents(_report("en_statements_only"), published="2022-06-17")
    assert len(got) == 0
    assert list(got.columns[: len(INCIDENT_COLUMNS)]) == list(INCIDENT_COLUMNS)


def test_unknown_place_falls_back_to_the_city_never_a_wrong_landmark() -> None:
    got = extract_incidents(_report("en_unknown_place"), published="2021-05-13")
    row = _row(got, event_type="Violence against civilians")
    assert len(got) == 1
    assert (row["landmark_id"], row["geo_precision"], _day(row)) == ("baghdad", 3, date(2021, 5, 12))
    assert row["uncertainty_m"] >= 10000 and row["fatalities"] == 1
    assert "wide area" in row["notes"]


def test_background_and_future_events_are_not_incidents() -> None:
    text = (
        "On 25 October 2019, security forces killed dozens of protesters on the Jumhuriya Bridge. "
        "Protesters will march to Tahrir Square next Friday."
    )
    assert len(extract_incidents(text, published="2022-08-01")) == 0


def test_report_with_no_place_gives_nothing() -> None:
    assert len(extract_incidents("Protesters gathered on Friday.", published="2021-10-23")) == 0


# --- many reports ------------------------------------------------------------------------------------


def test_extract_many_merges_the_same_event_from_two_outlets() -> None:
    a = "Three rockets hit near the U.S. embassy on Sunday, security sources said."
    b = "سقطت ثلاثة صواريخ كاتيوشا قرب السفارة الأمريكية في بغداد مساء الأحد."
    got = extract_many(
        [
            Report(a, date(2020, 1, 27), "Reuters", "a"),
            {"text": b, "published": "2020-01-27", "source": "Baghdad Today", "report_id": "b"},
            {"text": SEED, "published": "2021-10-23", "source": "Shafaq News", "report_id": "seed"},
        ]
    )
    row = _row(got, event_type="Explosions/Remote violence")
    assert row["n_sources"] == 2
    assert row["source"] == "Reuters; Baghdad Today" and row["report_id"] == "a; b"
    assert _day(row) == date(2020, 1, 26)
    assert len(got) == 4 and (got.loc[got["report_id"] == "seed", "n_sources"] == 1).all()


def test_extract_many_names_the_bad_report() -> None:
    with pytest.raises(ValueError, match="report 1: field published"):
        extract_many([{"text": "x"}, {"text": "y", "published": "yesterday"}])
    with pytest.raises(ValueError, match="report 0: field 'text'"):
        extract_many([{"published": "2021-10-23"}])


def test_bad_input_types() -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        extract_incidents(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="published"):
        extract_incidents("x", published="Saturday")
