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
