"""Place wordings of round 6 (reports 801-814): gates told by what they stand at, names read by their word
classes, earlier events named as such, buildings the gazetteer lacks, and counts and passages with no place of their
own going to the event told last. Sentences written for these tests, not taken from the reports."""

from __future__ import annotations

import pandas as pd
import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.geocoding import find_places, name_variants


def _ids(text: str) -> list[str]:
    return [m.landmark.landmark_id for m in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police held the checkpoint beside the Republic Bridge all night.", "gate_jumhuriya_bridge_planning"),
        ("Crowds pressed against the gate next to the suspension bridge.", "gate_14_july_bridge"),
        ("They camped at the entrance opposite the Planning Ministry.", "gate_jumhuriya_bridge_planning"),
        ("Youths stoned the Green Zone entrance by the Ministry of Planning.", "gate_jumhuriya_bridge_planning"),
    ],
)
def test_a_gate_told_by_what_it_stands_at(text: str, expected: str) -> None:
    assert expected in _ids(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police closed the entrance to the Sinak bridge.", "bridge_sinak"),  # a bridge's end, no gate
        ("A checkpoint near Tahrir Square was set on fire.", "tahrir_square"),  # no gate stands there
        ("Guards at the gate near the U.S. Embassy were put on alert.", "us_embassy"),  # the nearest gate is 400 m off
        ("Protesters marched across the Republic Bridge.", "bridge_jumhuriya"),  # no gate word
    ],
)
def test_no_gate_without_one_standing_there(text: str, expected: str) -> None:
    ids = _ids(text)
    assert expected in ids
    assert not any(i.startswith("gate_") for i in ids)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drone crashed inside the American diplomatic compound overnight.", "us_embassy"),
        ("Sirens sounded at Washington's mission in Baghdad.", "us_embassy"),
        ("Teachers rallied outside the cabinet offices on Sunday.", "zaqura_building"),
        ("A shell fell near Iraq's highest court.", "supreme_judicial_council"),
        ("Lawyers gathered in front of the judiciary's headquarters.", "supreme_judicial_council"),
        ("Demonstrators forced their way into the country's legislature.", "baghdad_convention_center"),
        ("Two rockets struck close to the headquarters of the Supreme Judicial Council.", "supreme_judicial_council"),
    ],
)
def test_names_read_by_their_word_classes(text: str, expected: str) -> None:
    assert expected in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "The judiciary said on Monday that it would review the case.",
        "The cabinet approved the budget on Tuesday.",
        "The UN mission urged restraint.",
        "A Kurdish delegation met the American ambassador.",
    ],
)
def test_a_body_named_alone_is_no_place(text: str) -> None:
    assert _ids(text) == []


def test_name_variants_keep_the_body_alone_out() -> None:
    variants = name_variants("Supreme Judicial Council")
    assert "judiciary headquarters" in variants
    assert "judiciary" not in variants
    assert "cabinet" not in name_variants("Council of Ministers building")
    assert name_variants("جسر الجمهورية") == []


def test_a_building_the_gazetteer_lacks_is_a_named_place() -> None:
    found = find_places("Hundreds stormed the Danish embassy in Baghdad.")
    assert (found[0].landmark.landmark_id, found[0].unknown) == ("baghdad", True)
    # a sentence's first word is no owner ("Embassy staff", "Hotel guests")
    assert all(not m.unknown for m in find_places("Hotel guests were evacuated from Karrada."))


def _rows(text: str, published: str = "2021-03-09") -> list[tuple[str, str, object, object]]:
    frame = extract_incidents(text, published=published)
    return [
        (str(r.sub_event_type), str(r.landmark_id), r.fatalities, r.injuries) for r in frame.itertuples(index=False)
    ]


def test_earlier_events_named_as_such_are_background() -> None:
    text = (
        "A rocket landed inside the Green Zone on Monday night, police said. "
        "Previous rockets landed near the U.S. embassy."
    )
    assert [r[1] for r in _rows(text)] == ["green_zone"]


def test_the_adverb_earlier_is_no_background() -> None:
    text = (
        "A rocket landed inside the Green Zone on Monday night, police said. "
        "Earlier, rockets landed near the U.S. embassy."
    )
    assert [r[1] for r in _rows(text)] == ["us_embassy"]


def test_a_passage_with_no_place_joins_the_event_told_last() -> None:
    text = (
        "Hundreds of students rallied outside the Swedish embassy in Baghdad on Monday morning. "
        "Later on Monday, another crowd gathered on the Ahrar Bridge and police fired water cannon to disperse it. "
        "A police source said that eleven demonstrators were lightly injured."
    )
    rows = {r[1]: r for r in _rows(text)}
    assert rows["bridge_ahrar"][3] == 11
    assert pd.isna(rows["baghdad"][3])


def test_count_sentences_in_a_row_go_on_telling_one_event() -> None:
    text = (
        "A Katyusha rocket slammed into a car park of the Rasheed Hotel on Monday, police said. "
        "Security forces sealed off the area for several hours. "
        "A guard was slightly hurt. Officials had first spoken of two wounded. No one was killed."
    )
    rows = _rows(text)
    assert len(rows) == 1
    assert rows[0][1] == "al_rasheed_hotel"
    assert rows[0][2] == 0


def test_a_passage_with_no_place_joins_the_event_told_last_of_two_landmarks() -> None:
    text = (
        "Hundreds of students rallied outside the Ministry of Planning on Monday morning. "
        "Later on Monday, another crowd gathered on the Ahrar Bridge and police fired water cannon to disperse it. "
        "A police source said that eleven demonstrators were lightly injured."
    )
    rows = {r[1]: r for r in _rows(text)}
    assert rows["bridge_ahrar"][3] == 11
    assert pd.isna(rows["ministry_of_planning"][3])


def test_kept_from_going_however_long_the_crowd() -> None:
    from geoincidents.extraction.place_roles import NEGATED, place_role

    s = (
        "Police used water cannon to stop thousands of young men from the southern suburbs of the capital "
        "from storming the Ministry of Planning"
    )
    assert place_role(s, s.index("Ministry"), len(s)) == NEGATED
    s = "Students who had been marching since dawn reached the Ministry of Planning"
    assert place_role(s, s.index("Ministry"), len(s)) != NEGATED
    s = "Police stopped the bus. Later, protesters came from marching on the Ministry of Planning"
    assert place_role(s, s.index("Ministry"), len(s)) != NEGATED  # the verb of keeping is in another sentence


def test_a_distance_with_a_bearing_measures_from_the_landmark() -> None:
    text = (
        "Police fired tear gas on Monday at protesters in al-Andalus Square, some 800 metres north-east of the "
        "Ministry of Planning."
    )
    assert [r[1] for r in _rows(text)] == ["baghdad"]


def test_a_named_place_outranks_the_city_name_before_it() -> None:
    from geoincidents.extraction.rules.places import pick_place

    text = "Gunmen shot dead a shop owner on Monday in western Baghdad's al-Amil Market, police said."
    found = find_places(text)
    picked, _ = pick_place(found)
    assert picked is not None
    assert picked.unknown
    assert text[picked.start : picked.end] == "al-Amil Market"


def test_a_time_of_day_before_doing_something_is_no_earlier_day() -> None:
    from geoincidents.extraction.dates import find_dates

    assert find_dates("They met in the morning before marching to the bridge.") == []
    assert [d.kind for d in find_dates("The night before, a drone hit the palace.")] == ["day_before"]


def test_a_closing_count_of_none_is_the_only_events() -> None:
    text = (
        "Dozens of men set fire to a liquor store in Karrada on Friday night, police said. "
        "The owner had received threats for weeks, his brother told reporters. "
        "Officials in the governor's office condemned the arson and promised compensation. "
        "The mayor said the district would get more patrols. "
        "No injuries were reported."
    )
    rows = _rows(text, published="2021-03-13")
    assert len(rows) == 1
    assert rows[0][3] == 0
