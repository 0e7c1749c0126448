"""Row decisions of round 6, English (reports 841-852): an event noun whose verb is future with its place or a
passive between, a clause that names its own day, "the building" after a building told without a name, a later
toll paragraphs after its event.

Each case is a sentence or a short report written for this test, with near misses that must keep their reading.
"""

from __future__ import annotations

import pandas as pd
import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.events import find_triggers

PUB = "2024-03-14"  # a Thursday


def _rows(text: str, published: str = PUB) -> list[tuple[str, str, object, object]]:
    frame = extract_incidents(text, published=published)

    def count(value: object) -> int | None:
        return None if pd.isna(value) else int(value)  # type: ignore[call-overload]

    return [
        (str(row.event_date.date()), str(row.landmark_id), count(row.fatalities), count(row.injuries))
        for _, row in frame.iterrows()
    ]


# --- an event noun that is the subject of a future or modal verb, its place or a passive between --------------


@pytest.mark.parametrize(
    "text",
    [
        "Organisers said a sit-in outside the oil ministry would follow within days.",
        "A march towards the Green Zone will take place after Friday prayers, the movement said.",
        "The students' union said the vigil would be followed by a strike.",
        "A demonstration near the Sinak Bridge is expected to begin at noon.",
    ],
)
def test_event_noun_then_future_verb_with_place_between_is_no_trigger(text: str) -> None:
    assert [t for t in find_triggers(text) if t.family == "protest"] == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters outside the oil ministry who would not disperse were beaten by police.",  # a relative clause
        "A sit-in outside the oil ministry entered its third day.",  # no future verb
        "A protest in Tahrir Square turned violent, and police said arrests would follow.",  # another noun's verb
    ],
)
def test_near_misses_keep_their_protest_trigger(text: str) -> None:
    assert [t for t in find_triggers(text) if t.family == "protest"], text


def test_a_told_rally_followed_by_a_planned_sit_in_makes_one_row() -> None:
    text = (
        "Hundreds of nurses rallied in Tahrir Square on Tuesday to demand permanent contracts. "
        "Their union said the rally would be followed by a sit-in outside the health ministry next month."
    )
    assert [(d, lm) for d, lm, _, _ in _rows(text)] == [("2024-03-12", "tahrir_square")]


# --- a clause that names its own day, in a sentence dated by another clause ----------------------------------


def test_a_subordinate_clause_keeps_its_own_day_and_the_story_follows_it() -> None:
    text = (
        "Police on Wednesday sealed off a street in Karrada after a car bomb exploded there late on Tuesday. "
        "The explosion wounded four people, a medical source said."
    )
    assert _rows(text) == [("2024-03-12", "karrada", None, 4)]


def test_a_sentence_with_one_day_is_dated_by_it() -> None:  # nothing to tell apart
    text = "A rocket fell in the Jadriya district on Wednesday after sirens sounded in the Green Zone."
    assert [d for d, *_ in _rows(text)] == ["2024-03-13"]


def test_a_day_that_says_when_it_was_told_is_no_clause_date() -> None:
    text = "A security source said on Wednesday that a rocket fell in the Jadriya district late on Tuesday."
    assert [d for d, *_ in _rows(text)] == ["2024-03-12"]


def test_two_events_of_two_days_in_one_sentence_keep_each_its_day() -> None:
    text = (
        "Riot police fired tear gas at protesters in Tahrir Square on Wednesday, after a rocket hit the "
        "Jadriya district on Monday."
    )
    assert sorted((d, lm) for d, lm, _, _ in _rows(text)) == [
        ("2024-03-11", "jadriya"),
        ("2024-03-13", "tahrir_square"),
    ]


# --- "the building" after a building told without a name --------------------------------------------------


def test_the_building_after_an_unnamed_office_is_not_the_landmark_before() -> None:
    text = (
        "Sadrists rallied outside parliament last month. "
        "Late on Tuesday, the Baghdad headquarters of a small party in the Mansour district was hit by a grenade. "
        "The blast damaged the building's entrance but no one was hurt, police said."
    )
    assert [(d, lm) for d, lm, _, _ in _rows(text)] == [("2024-03-12", "mansour")]


def test_the_building_with_no_other_building_between_is_the_landmark() -> None:
    text = (
        "Protesters gathered outside parliament on Tuesday. "
        "Police fired tear gas when some of them tried to climb the fence of the building."
    )
    assert [lm for _, lm, _, _ in _rows(text)] == ["baghdad_convention_center"]


# --- a later toll, paragraphs after its event -----------------------------------------------------------


_ATTACK = (
    "A roadside bomb exploded near a minibus in the Karrada district on Tuesday, wounding two people. "
    '"This is a cowardly act," the interior ministry spokesman said. '
    '"We will pursue the criminals wherever they hide." '
    "The prime minister ordered an investigation. "
)


def test_a_later_toll_far_from_its_event_revises_it() -> None:
    text = _ATTACK + "The number of wounded later rose to five, a hospital official said."
    assert _rows(text) == [("2024-03-12", "karrada", None, 5)]


def test_a_plain_count_far_from_any_event_is_left_out() -> None:  # not a revision: too far to be the event's
    text = _ATTACK + "Five people were wounded, a hospital official said."
    assert _rows(text) == [("2024-03-12", "karrada", None, 2)]


# --- a later toll revises the event that has a figure of its kind ------------------------------------------


def test_a_later_toll_revises_the_event_with_a_count_not_the_nearest() -> None:
    text = (
        "A bomb exploded in a market in the Karrada district on Tuesday, killing two people. "
        "Hours earlier, hundreds of students had rallied peacefully in Tahrir Square on Tuesday. "
        "By Wednesday, the death toll had climbed to four, a police officer said."
    )
    rows = {lm: dead for _, lm, dead, _ in _rows(text)}
    assert rows == {"karrada": 4, "tahrir_square": None}


# --- the present of headlines and timelines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Gunmen kill a shop owner in Karrada", "civilians"),
        ("Masked men open fire on protesters near the Sinak Bridge", "civilians"),
        ("Police find launcher with unfired rockets in Doura", "disrupted"),
        ("Army seizes rockets in southern Baghdad", "disrupted"),
    ],
)
def test_present_tense_of_headlines_is_read_like_the_past(text: str, family: str) -> None:
    assert family in {t.family for t in find_triggers(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "Rockets find their target in the Green Zone",  # no subject that seizes
        "Police vowed to find those who fired rockets at the embassy",  # (a vow: no event at all)
    ],
)
def test_find_without_a_seizing_subject_is_no_seizure(text: str) -> None:
    assert "disrupted" not in {t.family for t in find_triggers(text)}, text


@pytest.mark.parametrize(
    "text", ["Police said gunmen could fire on protesters in Tahrir Square.", "Gunmen may attack a shop in Karrada."]
)
def test_a_modal_before_the_present_is_no_attack(text: str) -> None:  # the present only right after "gunmen"
    assert "civilians" not in {t.family for t in find_triggers(text)}, text


def test_a_rocket_that_lands_in_a_timeline_is_an_impact_not_an_interception() -> None:
    text = "- 9:45 pm: The C-RAM intercepts two rockets and a third lands near the embassy."
    assert {t.family for t in find_triggers(text)} == {"explosion"}


def test_an_interception_with_nothing_landing_stays_one() -> None:
    text = "- 9:45 pm: The C-RAM intercepts two rockets over the embassy."
    assert {t.family for t in find_triggers(text)} == {"intercepted"}


# --- a province named before its noun is another province ------------------------------------------------


def test_a_province_named_before_its_noun_is_elsewhere() -> None:
    text = (
        "Protesters set fire to a party office in Baghdad's Karrada district on Tuesday. "
        "A drone attack on a gas field in Sulaimani province halted production on Tuesday."
    )
    assert [lm for _, lm, _, _ in _rows(text)] == ["karrada"]


@pytest.mark.parametrize("text", ["Baghdad province", "The province", "the governorate council"])
def test_the_capital_or_a_bare_province_noun_is_not_elsewhere(text: str) -> None:
    from geoincidents.extraction.geocoding import find_elsewhere

    assert find_elsewhere(f"A rocket fell in {text} on Tuesday.") == []


# --- "human losses" ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["A rocket fell near the park without causing any human losses.", "The blast caused no human losses."]
)
def test_no_human_losses_is_no_dead_and_no_wounded(text: str) -> None:
    from geoincidents.extraction.events import find_casualties

    assert [(c.fatalities, c.injuries) for c in find_casualties(text)] == [(0, 0)]


def test_human_losses_counted_are_not_zero() -> None:
    from geoincidents.extraction.events import find_casualties

    assert [(c.fatalities, c.injuries) for c in find_casualties("Human losses were heavy, with 12 dead.")] == [
        (12, None)
    ]


# --- an attack told again in the passive by what it hit ----------------------------------------------------


def test_the_car_hit_by_a_missile_is_the_drone_strike_told_before() -> None:
    text = (
        "A drone strike killed two militia members in their car in the Baladiyat area of Baghdad on Monday. "
        "The car was hit by a missile as it left a checkpoint, a security source said."
    )
    frame = extract_incidents(text, published=PUB)
    assert list(frame.sub_event_type) == ["Air/drone strike"]
    assert "merge.retold" in frame.extraction_rules.iloc[0]


def test_an_indefinite_car_hit_by_a_rocket_is_another_attack() -> None:
    text = (
        "A drone strike hit a militia base in eastern Baghdad on Monday. "
        "Later that day, a car was hit by a rocket near Tahrir Square."
    )
    frame = extract_incidents(text, published=PUB)
    assert sorted(frame.sub_event_type) == ["Air/drone strike", "Shelling/artillery/missile attack"]


# --- a city named in what an event answers ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD (Reuters) - Protesters stormed an embassy on Tuesday over the burning of a Koran in Stockholm.",
        "BAGHDAD (Reuters) - Hundreds rallied on Tuesday in protest at the killing of two activists in Nasiriyah.",
        "BAGHDAD (Reuters) - Students marched on Tuesday to denounce the bombardment of civilians in Gaza.",
    ],
)
def test_a_city_in_the_cause_is_not_where_the_event_was(text: str) -> None:
    assert [lm for _, lm, _, _ in _rows(text)] == ["baghdad"], text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters clashed with police over the weekend in Basra.",  # a time, not a cause
        "Police fired over the heads of protesters in Basra on Tuesday.",  # no act named
        # the city before the cause
        "Police fired tear gas at protesters in Basra on Tuesday over the killing of a man.",
    ],
)
def test_a_city_outside_a_cause_stays_elsewhere(text: str) -> None:
    assert _rows(text) == [], text


# --- two attacks told apart at two named places the gazetteer lacks ---------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "A second bomb went off an hour later near a bus station in the Bayaa district, wounding three.",
        "Hours later, a second bomb went off near a bus station in the Bayaa district, wounding three.",
    ],
)
def test_two_bombs_in_two_unknown_districts_are_two_rows(second: str) -> None:
    text = "A bomb exploded in a market in the Shaab district on Tuesday, killing four people. " + second
    assert sorted(_rows(text), key=str) == [("2024-03-12", "baghdad", 4, None), ("2024-03-12", "baghdad", None, 3)]


def test_one_bomb_told_twice_in_one_unknown_district_is_one_row() -> None:
    text = (
        "A bomb exploded in a market in the Shaab district on Tuesday, killing four people. "
        "The bomb, hidden in a vegetable cart, went off near a bus station in the Shaab district."
    )
    assert _rows(text) == [("2024-03-12", "baghdad", 4, None)]
