"""Extraction end to end on the seed report and on our own test reports (tests/reports/)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geoincidents import extract_incidents, extract_many
from geoincidents.extraction.pipeline import Report
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
    assert undated["notes"].str.contains("without the event date").any()


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
    # The crowd fired on at the bridge and the stone-throwers "on the bridge" (al-Jumhuriya, not Tahrir
    # Square named after it) are one event that day; violence by protesters makes it a riot (ACLED).
    row = _row(got, landmark_id="bridge_jumhuriya")
    assert _day(row) == date(2019, 11, 4)
    assert (row["event_type"], row["sub_event_type"]) == ("Riots", "Violent demonstration")
    assert (row["fatalities"], row["injuries"]) == (2, 30)
    assert row["actor2"] == "Police Forces of Iraq"
    # The prime minister's statement and the call for a strike are not incidents.
    assert not got["sentence"].str.contains("Prime Minister|general strike").any()


def test_dateline_date_is_not_the_event_date() -> None:
    got = extract_incidents(_report("en_background_heavy"), published="2021-03-15")
    attack = _row(got, event_type="Explosions/Remote violence")
    assert _day(attack) == date(2021, 3, 14)  # "late on Sunday", not the dateline's March 15
    assert attack["landmark_id"] == "baghdad"  # the airport base is not in the gazetteer
    # 25 killed in a background paragraph of 2019 are not this attack's casualties.
    assert (attack["fatalities"], attack["injuries"]) == (0, 0)
    # The 2019 storming of the embassy and the 2020 drone strike are background.
    assert not got["sentence"].str.contains("stormed|Soleimani").any()
    assert any("background" in note for note in got.attrs["skipped"])


def test_arabic_storming_of_parliament_and_sit_in() -> None:
    got = extract_incidents(_report("ar_parliament_storming"), published="2022-07-30", source="السومرية")
    # Breaking into a building without violence of the crowd is a protest (docs/extraction.md); force used
    # on the crowd (125 hurt) makes it a protest with intervention.
    storm = _row(got, landmark_id="baghdad_convention_center")
    assert storm["event_type"] == "Protests"
    assert _day(storm) == date(2022, 7, 30)
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
    assert isinstance(got.attrs["skipped"], list)


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


def test_drone_on_the_residence_and_the_clash_two_days_before() -> None:
    got = extract_incidents(_report("en_drone_residence"), published="2021-11-07")
    drone = _row(got, sub_event_type="Air/drone strike")
    # "struck his residence in ... the Green Zone": the prime minister named before owns the residence
    assert (drone["landmark_id"], drone["relation"], _day(drone)) == ("pm_residence", "at", date(2021, 11, 7))
    assert drone["injuries"] == 7  # the bodyguards, stated in the next sentence
    # "The attack came two days after ... clashed": the clash is the reference the news is set against, told
    # in its own reports; this report makes no row of it (background.referential).
    assert len(got) == 1
    assert any(s.startswith("background.referential") for s in got.attrs["skipped"])


def test_two_events_in_one_headline_and_a_reporting_date() -> None:
    got = extract_incidents(_report("ar_two_days"), published="2022-03-06")
    assert len(got) == 2
    rocket = _row(got, event_type="Explosions/Remote violence")
    # "said on Sunday ... a rocket fell yesterday evening": the event's date, not the statement's.
    assert (rocket["landmark_id"], _day(rocket), rocket["injuries"]) == ("bridge_jumhuriya", date(2022, 3, 5), 0)
    protest = _row(got, event_type="Protests")
    assert (protest["landmark_id"], _day(protest)) == ("tahrir_square", date(2022, 3, 6))


def test_green_zone_clashes_palace_storming_and_mortars_are_separate() -> None:
    got = extract_incidents(_report("en_clashes_gz"), published="2022-08-30")
    clash = _row(got, event_type="Battles")
    assert (clash["landmark_id"], _day(clash), clash["fatalities"]) == ("green_zone", date(2022, 8, 29), 15)
    assert _row(got, landmark_id="republican_palace")["event_type"] == "Protests"  # stormed, no crowd violence
    mortar = _row(got, event_type="Explosions/Remote violence")
    assert (mortar["landmark_id"], mortar["relation"]) == ("us_embassy", "near")
    assert pd.isna(mortar["fatalities"])  # the clashes' dead are not the mortars'


def test_arrests_and_closures_around_a_protest_fold_into_it() -> None:
    text = (
        "Hundreds of protesters gathered in Tahrir Square on Friday. "
        "Security forces arrested 12 people near the square. "
        "Authorities closed the Jumhuriya and Sinak bridges to traffic."
    )
    got = extract_incidents(text, published="2021-10-23")
    assert len(got) == 1
    row = got.iloc[0]
    assert (row["landmark_id"], row["sub_event_type"]) == ("tahrir_square", "Protest with intervention")
    assert "arrests" in row["notes"]
    # Alone, the arrests are an event of their own.
    alone = extract_incidents("Security forces arrested 12 people in Tahrir Square on Friday.", published="2021-10-23")
    assert list(alone["sub_event_type"]) == ["Arrests"]


def test_context_heavy_report_keeps_only_the_days_events() -> None:
    got = extract_incidents(_report("en_context_heavy"), published="2022-08-30")
    # No new event: ending a sit-in is no protest, the July storming is background, the Framework sit-in
    # "since mid-August" is an ongoing state, Monday's dead belong to no event here, and lifting a
    # curfew or reopening bridges is no event.
    assert len(got) == 0
    assert list(got.columns) == list(extract_incidents("Nothing happened.", published="2022-08-30").columns)
    reasons = " ".join(got.attrs["skipped"])
    assert "background" in reasons and "ongoing" in reasons


def test_arabic_outlet_dateline_dual_forms_and_same_day() -> None:
    got = extract_incidents(_report("ar_mortars_drone"), published="2023-01-06")
    assert len(got) == 2
    mortars = _row(got, sub_event_type="Shelling/artillery/missile attack")
    # "بغداد اليوم" is the outlet (Baghdad Today), not "today": the event is Thursday evening.
    assert (mortars["landmark_id"], _day(mortars)) == ("us_embassy", date(2023, 1, 5))
    assert (mortars["fatalities"], mortars["injuries"]) == (0, 0)  # "لم تسجل أي خسائر بشرية"
    # "طائرتين مسيرتين" (dual forms) shot down by air defences: a disrupted weapons use (ACLED), not a strike.
    drones = _row(got, sub_event_type="Disrupted weapons use")
    assert (drones["landmark_id"], _day(drones)) == ("baghdad", date(2023, 1, 5))  # "اليوم ذاته"
    assert any("background" in reason for reason in got.attrs["skipped"])  # "خلال الأشهر الماضية"


def test_arabic_statements_only_report_gives_nothing() -> None:
    got = extract_incidents(_report("ar_statements_only"), published="2021-10-23")
    assert len(got) == 0  # a rejection, a warning, a call to get ready to protest, seat counts


def test_coordinated_bridges_lethal_force_and_running_totals() -> None:
    got = extract_incidents(_report("en_sinak_ahrar"), published="2019-11-08")
    thursday = got[got["event_date"].dt.date == date(2019, 11, 7)]
    first = _row(thursday, fatalities=4)
    # "the Sinak and Ahrar bridges": Sinak is named too, although only "Sinak Bridge" is an alias.
    assert first["landmark_id"] == "bridge_sinak"
    assert first["sub_event_type"] == "Excessive force against protesters"  # security forces killed protesters
    # "dozens" (ACLED: 12); the forces that used lethal force acted (actor1), the protesters are actor2.
    assert (first["injuries"], first["actor1"], first["actor2"]) == (12, "Police Forces of Iraq", "Protesters (Iraq)")
    wednesday = got[got["event_date"].dt.date == date(2019, 11, 6)]
    assert set(wednesday["landmark_id"]) == {"bridge_ahrar", "tahrir_square"}
    # "300 people have been killed since the protests erupted on Oct. 1" is a running total.
    assert not (got["event_date"].dt.date == date(2019, 10, 1)).any()


def test_arabic_protest_at_tahrir_and_khilani_and_a_recalled_statement() -> None:
    got = extract_incidents(_report("ar_tahrir_bridge"), published="2019-11-01")
    tahrir = _row(got, landmark_id="tahrir_square")
    assert (_day(tahrir), tahrir["sub_event_type"], tahrir["injuries"]) == (
        date(2019, 11, 1),
        "Protest with intervention",
        23,
    )
    assert _day(_row(got, landmark_id="khilani_square")) == date(2019, 11, 1)
    assert len(got) == 2  # the embassy's call to avoid protest areas is a statement


# --- round 2: over-prediction and event types --------------------------------------------------------


def test_events_in_other_cities_are_not_baghdad_incidents() -> None:
    got = extract_incidents(_report("en_other_cities"), published="2019-11-28")
    # Nasiriya, Najaf, Basra and Kerbala are elsewhere: neither incidents at the dateline's Baghdad nor
    # merged into (and turning into a riot) the Baghdad event of the day.
    assert len(got) == 1
    row = got.iloc[0]
    assert (row["landmark_id"], _day(row)) == ("bridge_ahrar", date(2019, 11, 28))
    assert (row["event_type"], row["sub_event_type"]) == ("Protests", "Excessive force against protesters")
    assert (row["fatalities"], row["injuries"]) == (4, 22)
    assert sum("another city" in note for note in got.attrs["skipped"]) >= 3


def test_arabic_events_in_other_provinces_are_left_out() -> None:
    got = extract_incidents(_report("ar_other_cities"), published="2019-12-01")
    assert len(got) == 1
    row = got.iloc[0]
    assert (row["landmark_id"], _day(row)) == ("khilani_square", date(2019, 12, 1))
    assert row["sub_event_type"] == "Protest with intervention"
    # The three killed in Dhi Qar are not the Khilani protest's dead.
    assert pd.isna(row["fatalities"])


def test_recalled_storming_running_total_and_ongoing_sit_in_are_background() -> None:
    got = extract_incidents(_report("en_recalled_storming"), published="2020-01-10")
    assert len(got) == 1
    row = got.iloc[0]
    assert (row["landmark_id"], _day(row)) == ("tahrir_square", date(2020, 1, 10))
    assert pd.isna(row["fatalities"])  # "450 have been killed since ..." is a running total
    assert not (got["landmark_id"] == "us_embassy").any()  # "had stormed ... last week"
    assert any("recalled" in note for note in got.attrs["skipped"])


def test_recalled_event_dated_the_same_day_stays() -> None:
    text = "Protesters had gathered near the Sinak Bridge on Friday before police dispersed them with tear gas."
    got = extract_incidents(text, published="2020-01-10")
    assert list(got["landmark_id"]) == ["bridge_sinak"]


def test_cram_interception_and_impact_are_one_attack_at_the_impact_site() -> None:
    got = extract_incidents(_report("ar_cram_intercept"), published="2023-01-05")
    assert len(got) == 1
    row = got.iloc[0]
    assert (row["event_type"], row["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert (row["landmark_id"], _day(row)) == ("grand_festivities_square", date(2023, 1, 5))
    assert (row["fatalities"], row["injuries"]) == (0, 0)


def test_petrol_bombs_are_a_riot_and_an_aside_keeps_its_own_date() -> None:
    got = extract_incidents(_report("en_petrol_bombs"), published="2019-11-08")
    riot = _row(got, event_type="Riots")
    # Thrown petrol bombs are no IED; "pushed back towards Khilani Square" is where the crowd went, not a
    # second event; the arrests "on charges of vandalism" fold into the riot of Thursday.
    assert (riot["landmark_id"], _day(riot)) == ("bridge_sinak", date(2019, 11, 7))
    assert (riot["fatalities"], riot["injuries"]) == (2, 40)
    drone = _row(got, sub_event_type="Air/drone strike")
    assert _day(drone) == date(2019, 11, 6)  # "Meanwhile ... late on Wednesday"
    assert len(got) == 2


def test_attacks_recalled_weeks_before_publication_are_background() -> None:
    got = extract_incidents(_report("en_rocket_with_recalled_attacks"), published="2021-01-21")
    # Headline, C-RAM and "a loud explosion" are the night's one rocket; the Dec. 20 attack, a month
    # before publication, is context.
    assert len(got) == 1
    row = got.iloc[0]
    assert (row["landmark_id"], row["relation"], _day(row)) == ("us_embassy", "near", date(2021, 1, 18))
    assert (row["fatalities"], row["injuries"]) == (0, 0)
    assert any("2020-12-20" in note for note in got.attrs["skipped"])


def test_closures_ahead_of_rallies_are_no_protest_and_blast_walls_no_bomb() -> None:
    got = extract_incidents(_report("en_closure_before_rallies"), published="2022-08-04")
    assert not got["event_type"].isin(["Protests", "Explosions/Remote violence"]).any()
    assert len(got) <= 1


def test_arabic_drone_near_the_embassy_last_night() -> None:
    got = extract_incidents(_report("ar_drone_embassy_local"), published="2022-05-10")
    assert len(got) == 1  # the cordon that "still" stands and the earlier airport attack are no events
    row = got.iloc[0]
    assert (row["sub_event_type"], row["landmark_id"], row["relation"]) == ("Air/drone strike", "us_embassy", "near")
    assert _day(row) == date(2022, 5, 9)  # "الليلة الماضية", not the day the source spoke
    assert row["injuries"] == 0


def test_arrest_of_a_rocket_cell_is_an_arrest_where_it_happened() -> None:
    got = extract_incidents(_report("en_rocket_cell_arrests"), published="2022-06-12")
    # The rockets are what the cell is accused of, the Green Zone where they fell; the seized rockets are
    # no attack, and the June 2 attack is ten days old: background.
    assert len(got) == 1
    row = got.iloc[0]
    assert (row["event_type"], row["sub_event_type"]) == ("Strategic developments", "Arrests")
    assert (row["landmark_id"], _day(row)) == ("baghdad", date(2022, 6, 12))


def test_placeless_undated_detail_beside_a_located_event_is_no_incident() -> None:
    got = extract_incidents(_report("en_unlocated_detail"), published="2022-07-29")
    assert list(got["landmark_id"]) == ["tahrir_square"]
    assert any("no place and no date" in note for note in got.attrs["skipped"])
    # Alone, with nothing located beside it, the same passage still falls back to the city.
    alone = extract_incidents("BAGHDAD - Clashes broke out between rival groups in Baghdad.", published="2022-07-29")
    assert list(alone["landmark_id"]) == ["baghdad"]


def test_an_explosion_heard_is_the_blast_of_the_days_rocket() -> None:
    got = extract_incidents(_report("ar_rocket_and_blast"), published="2021-02-14")
    assert len(got) == 1  # not a second, IED, event for "دوي انفجار"
    row = got.iloc[0]
    assert (row["sub_event_type"], row["landmark_id"], row["relation"]) == (
        "Shelling/artillery/missile attack",
        "us_embassy",
        "near",
    )
    assert (_day(row), row["injuries"]) == (date(2021, 2, 14), 0)


def test_a_bomb_and_a_rocket_stay_two_attacks() -> None:
    text = (
        "A roadside bomb struck a convoy near Tahrir Square on Sunday. "
        "Separately, a Katyusha rocket landed near the U.S. embassy on Sunday."
    )
    got = extract_incidents(text, published="2021-02-14")
    assert sorted(got["sub_event_type"]) == ["Remote explosive/landmine/IED", "Shelling/artillery/missile attack"]


def test_continuing_sit_ins_are_states_not_new_events() -> None:
    got = extract_incidents(_report("en_sit_ins_continue"), published="2022-08-16")
    row = _row(got, event_type="Explosions/Remote violence")
    assert (row["landmark_id"], _day(row)) == ("green_zone", date(2022, 8, 15))
    assert len(got) == 1  # "continued their sit-in", "remain camped", "the sit-in ... continues"
    # The parliament passages: ongoing, or dated by "which they occupied two weeks ago" (background.old).
    assert sum(("ongoing protest" in note or "background event" in note) for note in got.attrs["skipped"]) >= 2


def test_arabic_continuing_sit_in_is_no_event_and_sadrist_is_no_intervention() -> None:
    got = extract_incidents(_report("ar_sit_in_continues"), published="2022-08-08")
    assert list(got["sub_event_type"]) == ["Shelling/artillery/missile attack"]
    assert _day(got.iloc[0]) == date(2022, 8, 7)
    # A new act at a sit-in is an event: "الصدري" holds no "صد" (repelled), so it stays peaceful.
    new = extract_incidents("تظاهر أنصار التيار الصدري اليوم أمام مبنى مجلس النواب.", published="2022-08-08")
    assert list(new["sub_event_type"]) == ["Peaceful protest"]


def test_a_continuing_protest_with_casualties_is_an_event() -> None:
    text = "Protests continued on the Jumhuriya Bridge on Monday, and two protesters were killed."
    got = extract_incidents(text, published="2019-11-05")
    assert list(got["landmark_id"]) == ["bridge_jumhuriya"]


def test_a_headline_in_other_words_is_not_a_second_event() -> None:
    got = extract_incidents(_report("en_headline_clashes"), published="2021-05-26")
    # "Clashes erupt near the Green Zone" names the body's stone-throwing on the Sinak Bridge.
    assert len(got) == 1
    row = got.iloc[0]
    assert (row["event_type"], row["landmark_id"], row["injuries"]) == ("Riots", "bridge_sinak", 18)
    assert any("headline" in note for note in got.attrs["skipped"])


def test_a_continuing_state_still_places_the_days_new_event() -> None:
    text = (
        "Sadrist protesters stormed the parliament building on Saturday. "
        "Hundreds of them remain inside the parliament building, witnesses said."
    )
    got = extract_incidents(text, published="2022-07-30")
    assert list(got["event_type"]) == ["Protests"]  # the state folds into the storming, makes no event
    assert got.iloc[0]["landmark_id"] == "baghdad_convention_center"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "A roadside bomb exploded near Tahrir Square in Baghdad on Sunday, wounding a policeman. "
            "In the southern city of Basra, three soldiers were killed and five others wounded, police said.",
            (None, 1),
        ),
        (
            "انفجرت عبوة ناسفة قرب ساحة التحرير وسط بغداد أمس الأحد، ما أدى إلى إصابة شرطي. "
            "وفي محافظة ديالى، قتل ثلاثة جنود وأصيب خمسة آخرون، بحسب مصدر أمني.",
            (None, 1),
        ),
        # A count of the same city, in the next sentence, is still the event's.
        (
            "A roadside bomb exploded near Tahrir Square in Baghdad on Sunday. "
            "Two passers-by were wounded, police said.",
            (None, 2),
        ),
    ],
)
def test_counts_of_a_sentence_about_another_city_are_no_event_s(
    text: str, counts: tuple[int | None, int | None]
) -> None:
    got = extract_incidents(text, published="2021-06-14")
    assert len(got) == 1
    row = got.iloc[0]
    as_int = tuple(None if pd.isna(v) else int(v) for v in (row["fatalities"], row["injuries"]))
    assert as_int == counts


def test_a_clause_dated_by_an_older_calendar_date_is_background() -> None:
    # The news of the day is a ruling; the bombing it is about is dated by its own clause, years before.
    en = (
        "A Baghdad court on Wednesday sentenced a man to death for the double suicide bombing that hit Tayaran "
        "Square in January 2021, killing 32 people."
    )
    got = extract_incidents(en, published="2025-03-12")
    assert got.empty
    assert any(s.startswith("background.old_clause") for s in got.attrs["skipped"])
    ar = (
        "أصدرت محكمة الجنايات، اليوم الأربعاء، حكماً بالإعدام بحق مدان بالمشاركة في التفجير الانتحاري المزدوج "
        "الذي ضرب ساحة الطيران في كانون الثاني 2021."
    )
    assert extract_incidents(ar, published="2025-03-12").empty
    # A place recalled by an old event beside the day's event: the day's event stays, alone.
    en = (
        "Gunmen shot dead an activist in Karrada on Tuesday, in the district where a truck bomb killed more than "
        "300 people in July 2016."
    )
    got = extract_incidents(en, published="2024-11-20")
    assert list(got["event_type"]) == ["Violence against civilians"]
    assert list(got["fatalities"]) == [1]
    ar = "اغتال مسلحون ناشطاً في الكرادة مساء أمس، في المنطقة التي شهدت تفجيراً أودى بحياة 300 شخص في تموز 2016."
    got = extract_incidents(ar, published="2024-11-20")
    assert list(got["event_type"]) == ["Violence against civilians"]


def test_a_recent_calendar_date_in_the_sentence_dates_no_background() -> None:
    # Negative: the calendar date is the news date itself (or within the week): the event stays.
    en = "A rocket hit a house near al-Nisour Square on March 10, a day after a bomb went off in Karrada on March 9."
    got = extract_incidents(en, published="2025-03-12")
    assert not got.empty
    ar = "سقط صاروخ اليوم قرب ساحة النسور، بعد انفجار عبوة في 9 آذار 2025."
    assert not extract_incidents(ar, published="2025-03-12").empty
