"""Round 9, places: where an event is told, read from the language (own sentences, not the reports').

Each rule has sentences where it must fire and sentences where it must not.
"""

from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extraction.geocoding import find_places
from geoincidents.extraction.place_roles import is_aim
from geoincidents.extraction.rules.background import aside_spans
from geoincidents.extraction.rules.places import descriptive_spans


def _places(text: str) -> list[tuple[str, str, str]]:
    """(words, landmark id, relation) of every place ``find_places`` reads in ``text``."""
    return [(text[m.start : m.end], m.landmark.landmark_id, m.relation) for m in find_places(text)]


def _rows(text: str) -> list[tuple[str, str]]:
    from geoincidents.extraction.pipeline import extract_incidents

    frame = extract_incidents(text, published=date(2024, 5, 2), source="t", report_id="t")
    return list(zip(frame["landmark_id"], frame["relation"], strict=True))


def _aim(text: str, words: str) -> bool:
    return is_aim(text, text.index(words))


def _described(text: str, words: str) -> bool:
    start = text.index(words)
    return any(a <= start < b for a, b in descriptive_spans(text, 0, len(text)))


# --- a munition fired at a place: what it was aimed at ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Two mortar shells were fired at the Green Zone late on Monday.", "Green Zone"),
        ("Katyusha rockets fired at Baghdad airport overnight", "Baghdad airport"),
        ("A drone was launched at the U.S. Embassy but fell short.", "U.S. Embassy"),
    ],
)
def test_munition_fired_at_a_place_is_its_aim(text: str, words: str) -> None:
    assert _aim(text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Police fired at protesters near the Sinak Bridge.", "Sinak Bridge"),
        ("Tear gas was fired at demonstrators in Tahrir Square.", "Tahrir Square"),
        ("Riot police fired tear gas at the crowd on the Jumhuriya Bridge.", "Jumhuriya Bridge"),
    ],
)
def test_fire_at_a_crowd_somewhere_is_no_aim(text: str, words: str) -> None:
    assert not _aim(text, words)


def test_rocket_fired_at_a_building_is_placed_where_it_came_down() -> None:
    text = (
        "Three rockets were fired at the U.S. Embassy in Baghdad on Tuesday night, officials said. "
        "None of them hit the embassy. One rocket came down in the car park of the Rasheed Hotel, causing minor damage."
    )
    assert [lm for lm, _ in _rows(text)] == ["al_rasheed_hotel"]


def test_rocket_fired_at_a_building_with_no_other_place_stays_there() -> None:
    text = "Two rockets were fired at the U.S. Embassy in Baghdad on Tuesday night, causing no casualties."
    assert [lm for lm, _ in _rows(text)] == ["us_embassy"]


# --- "since" a time of the same day: no earlier event --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "تجمع المحتجون منذ السابعة صباحاً قرب ساحة الخلاني، ثم توجهوا نحو جسر السنك.",
        "احتشد المئات منذ الظهر عند بوابة الوزارة، وحاولوا اقتحامها.",
        "Crowds had gathered since the early morning near the bridge, and police fired tear gas.",
    ],
)
def test_since_a_time_of_the_day_names_no_earlier_event(text: str) -> None:
    references, _ = aside_spans(text, 0, len(text))
    assert references == []


@pytest.mark.parametrize(
    "text",
    [
        "ويعتصم المحتجون منذ اقتحام البرلمان في ساحة الاحتفالات، وأطلقت القوات الغاز اليوم.",
        "Protesters have camped there since the storming of parliament, and police fired tear gas on Friday.",
    ],
)
def test_since_an_earlier_event_still_names_it(text: str) -> None:
    references, _ = aside_spans(text, 0, len(text))
    assert references


def test_place_after_since_an_hour_is_the_gathering() -> None:
    text = (
        "فرقت القوات الأمنية، اليوم الخميس، تظاهرة للخريجين عند جسر الجمهورية. "
        'وقال مصدر إن "المحتجين تجمعوا منذ الثامنة صباحاً عند مدخل جسر الجمهورية من جهة ساحة التحرير، '
        'وحاولوا العبور نحو المنطقة الخضراء".'
    )
    assert [lm for lm, _ in _rows(text)] == ["bridge_jumhuriya_tahrir_end"]


# --- a place named only to describe another: an attribute of leading, an apposition that places it ----------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("تجمع المحتجون عند بوابات المنطقة الخضراء المؤدية إلى مبنى البرلمان، مطالبين بإعادة الفرز.", "البرلمان"),
        ("أغلقت القوات الجسر المؤدي إلى ساحة التحرير صباح اليوم.", "ساحة التحرير"),
        ("The crowd headed for the bridge, the nearest crossing to the U.S. Embassy, chanting.", "U.S. Embassy"),
        ("Police stopped them at the gate, the closest one to parliament.", "parliament"),
        ("تجمعوا عند الجسر المعلق، أقرب منفذ إلى السفارة الأمريكية.", "السفارة"),
    ],
)
def test_place_in_a_description_of_another(text: str, words: str) -> None:
    assert _described(text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("تجمع المحتجون عند بوابات المنطقة الخضراء وقرب مبنى البرلمان.", "البرلمان"),
        ("The crowd headed for the bridge, then marched on to the U.S. Embassy.", "U.S. Embassy"),
        ("توجه المحتجون إلى ساحة التحرير، وأغلقوا جسر الجمهورية.", "جسر الجمهورية"),
    ],
)
def test_place_of_its_own_is_not_described(text: str, words: str) -> None:
    assert not _described(text, words)


def test_entrances_leading_to_a_building_are_the_zone_s() -> None:
    text = (
        "فرقت القوات الأمنية، اليوم الخميس، بالغاز المسيل للدموع المئات من المحتجين بعدما تجمعوا عند مداخل "
        "المنطقة الخضراء المؤدية إلى مبنى البرلمان، احتجاجاً على نتائج الانتخابات."
    )
    assert _rows(text) == [("green_zone", "near")]


def test_crowd_heading_for_a_place_described_by_another_goes_there() -> None:
    text = (
        "Hundreds of mourners gathered on Thursday on the Jumhuriya Bridge. Part of the crowd broke away and headed "
        "for the bridge, the nearest crossing to the U.S. Embassy, chanting slogans."
    )
    assert [lm for lm, _ in _rows(text)] == ["bridge_jumhuriya"]


# --- quotation marks around a name are no word between the word of place and it -----------------------------------


@pytest.mark.parametrize(
    ("text", "landmark", "relation"),
    [
        ("غاز مسيل للدموع عند مداخل «الخضراء»", "green_zone", "near"),
        ('Police fired tear gas at the gates of the "Green Zone" on Monday.', "green_zone", "near"),
        ("تجمع المحتجون قرب «ساحة التحرير» ظهراً", "tahrir_square", "near"),
    ],
)
def test_quoted_name_keeps_its_relation(text: str, landmark: str, relation: str) -> None:
    assert (landmark, relation) in [(lm, rel) for _, lm, rel in _places(text)]


def test_quoted_name_inside_stays_inside() -> None:
    assert ("green_zone", "inside") in [(lm, rel) for _, lm, rel in _places("سقط صاروخ داخل «المنطقة الخضراء» فجراً")]


def test_headline_aim_does_not_replace_where_the_rocket_fell() -> None:
    text = (
        "Rockets fired at U.S. Embassy in Baghdad, one lands near hotel\n\n"
        "BAGHDAD — Several rockets were launched on Tuesday night toward the Green Zone, officials said. "
        "One rocket came down in the car park of the Rasheed Hotel, damaging a car."
    )
    assert [lm for lm, _ in _rows(text)] == ["al_rasheed_hotel"]


# --- the second half's causes -----------------------------------------------------------------------------------


def _role(text: str, words: str) -> str:
    from geoincidents.extraction.place_roles import place_role

    start = text.index(words)
    return place_role(text, start, start + len(words))


def test_bridge_end_told_by_its_side_with_a_pronoun() -> None:
    text = "Protesters crossed the Jumhuriya Bridge on Friday. At its Green Zone end, they pulled down barriers."
    assert "bridge_jumhuriya_gz_end" in [lm for _, lm, _ in _places(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered in Tahrir Square on Friday. On its eastern side, police fired tear gas.",
        "The ministry said its staff were safe at the end of the day.",
    ],
)
def test_its_side_of_no_bridge_end_names_none(text: str) -> None:
    assert not any(lm.startswith("bridge") for _, lm, _ in _places(text))


def test_the_gate_after_a_zone_entrance_at_a_bridge_is_that_gate() -> None:
    text = (
        "Hundreds gathered at the Green Zone entrances near the suspension bridge on Friday. "
        "Police fired tear gas to push them back from the gate."
    )
    found = _places(text)
    assert ("the gate", "gate_14_july_bridge") in [(w, lm) for w, lm, _ in found]


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        ("Protesters tried to reach the U.S. Embassy on Monday.", "us_embassy"),
        ("Crowds marched in a bid to reach the Green Zone.", "green_zone"),
        ("حاول المحتجون الوصول إلى ساحة التحرير مساء أمس.", "tahrir_square"),
    ],
)
def test_a_place_only_tried_for_is_headed_to(text: str, landmark: str) -> None:
    assert (landmark, "towards") in [(lm, rel) for _, lm, rel in _places(text)]


@pytest.mark.parametrize(
    ("text", "landmark", "relation"),
    [
        ("Protesters reached the U.S. Embassy on Monday.", "us_embassy", "at"),
        ("Protesters tried to storm the Green Zone.", "green_zone", "inside"),
        ("وحاولت اقتحام البوابة عند جسر الجمهورية.", "gate_jumhuriya_bridge_planning", "at"),
    ],
)
def test_a_place_reached_or_tried_at_its_door_stays(text: str, landmark: str, relation: str) -> None:
    assert (landmark, relation) in [(lm, rel) for _, lm, rel in _places(text)]


def test_crowd_where_it_was_over_where_it_tried_to_go() -> None:
    text = (
        "Angry protesters tore down barriers on the Jumhuriya Bridge on Monday as they tried to reach the U.S. Embassy."
    )
    assert [lm for lm, _ in _rows(text)] == ["bridge_jumhuriya"]


def test_crowd_headed_only_somewhere_stays_there() -> None:
    text = "Hundreds of protesters marched on Monday towards the Green Zone, chanting slogans."
    assert [lm for lm, _ in _rows(text)] == ["green_zone"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("hours after a blast at Gaza's Al Ahli Arab Hospital killed hundreds", "Gaza's Al Ahli"),
        ("after a strike on Lebanon's Rafik Hariri airport", "Lebanon's Rafik"),
    ],
)
def test_a_place_named_as_a_foreign_region_s_is_elsewhere(text: str, words: str) -> None:
    from geoincidents.extraction.geocoding import find_elsewhere

    start = text.index(words)
    assert any(a <= start < b for a, b in find_elsewhere(text))


def test_a_foreign_region_s_act_is_no_place() -> None:
    from geoincidents.extraction.geocoding import find_elsewhere

    assert find_elsewhere("protesters denounced Israel's bombardment of the strip") == []


@pytest.mark.parametrize(
    "text",
    [
        "One protester was killed, though the sit-in organizers said two had died, according to police.",
        "Protest leaders said they would return on Friday.",
    ],
)
def test_a_crowd_noun_modifying_its_organisers_is_no_event(text: str) -> None:
    from geoincidents.extraction.events import find_triggers

    words = [text[t.start : t.end].lower() for t in find_triggers(text) if t.family == "protest"]
    assert "sit-in" not in words
    assert "protest" not in words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("توجه عشرات المحتجين عبر ساحة الخلاني نحو جسر السنك.", "ساحة الخلاني"),
        ("The crowd marched through Tahrir Square towards the Jumhuriya Bridge.", "Tahrir Square"),
        ("مروا عبر ساحة التحرير، باتجاه الجسر.", "ساحة التحرير"),
    ],
)
def test_a_place_gone_through_to_another_is_a_route_point(text: str, words: str) -> None:
    from geoincidents.extraction.place_roles import REFERENCE

    assert _role(text, words) == REFERENCE


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("عبر المحتجون جسر الجمهورية ظهراً.", "جسر الجمهورية"),
        ("Police fired tear gas as the crowd marched through Tahrir Square, chanting.", "Tahrir Square"),
    ],
)
def test_a_place_crossed_with_nothing_ahead_stays(text: str, words: str) -> None:
    from geoincidents.extraction.place_roles import EVENT

    assert _role(text, words) == EVENT


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("تجمع المحتجون قرب جسر ذي الطابقين ظهراً.", "جسر ذي الطابقين"),
        ("انفجرت عبوة في شارع أبو نواس مساء أمس.", "شارع أبو نواس"),
    ],
)
def test_arabic_name_opening_with_possessor_or_father_is_a_named_place(text: str, words: str) -> None:
    assert (words, "baghdad") in [(w, lm) for w, lm, _ in _places(text)]


@pytest.mark.parametrize(
    "text",
    [
        "أمام وزارة التخطيط. وقطع سكان الطريق، قبل أن يعدهم مسؤولون في الوزارة بتحسين التجهيز.",
        "وقال موظفون في وزارة الكهرباء إن التجهيز سيتحسن.",
    ],
)
def test_officials_of_an_institution_are_no_place(text: str) -> None:
    from geoincidents.extraction.place_roles import NOT_PLACE

    last = find_places(text)[-1]
    assert last.role == NOT_PLACE


def test_a_crowd_in_front_of_a_ministry_stays_there() -> None:
    from geoincidents.extraction.place_roles import EVENT

    text = "وتجمع موظفون أمام وزارة الكهرباء مطالبين برواتبهم."
    assert [m.role for m in find_places(text)] == [EVENT]


@pytest.mark.parametrize(
    ("text", "landmark", "relation"),
    [
        ("آلاف المتظاهرين يتوافدون إلى ساحة التحرير رافعين الأعلام", "tahrir_square", "at"),
        ("وتدفق المحتجون إلى ساحة الخلاني ظهراً", "khilani_square", "at"),
        ("بدأ الآلاف بالتوافد إلى ساحة التحرير ظهراً", "tahrir_square", "at"),  # the verbal noun
        ("توافد المتظاهرون من ساحة التحرير نحو جسر الجمهورية", "bridge_jumhuriya", "towards"),
        ("توجه المتظاهرون إلى ساحة التحرير", "tahrir_square", "towards"),
    ],
)
def test_a_crowd_flocking_to_a_place_gathers_there(text: str, landmark: str, relation: str) -> None:
    assert (landmark, relation) in [(lm, rel) for _, lm, rel in _places(text)]
