"""Round 8, places: prepositions of place and their roles, read from the language (own sentences, not the reports').

Each rule has sentences where it must fire and sentences where it must not.
"""

from __future__ import annotations

import pytest

from geoincidents.extraction.geocoding import find_places
from geoincidents.extraction.place_roles import EVENT, REFERENCE, place_role


def _places(text: str) -> list[tuple[str, str, str]]:
    """(words, landmark id, role) of every place ``find_places`` reads in ``text``."""
    return [(text[m.start : m.end], m.landmark.landmark_id, m.role) for m in find_places(text)]


def _role(text: str, words: str) -> str:
    start = text.index(words)
    return place_role(text, start, start + len(words))


# --- a route point: "past", "via", "by way of" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The convoy drove past Tahrir Square before stopping at the ministry.", "Tahrir Square"),
        ("Mourners walked via the Republic Bridge to the cemetery road.", "Republic Bridge"),
        ("They reached the zone by way of the Jumhuriya Bridge.", "Jumhuriya Bridge"),
    ],
)
def test_route_point_is_a_reference(text: str, words: str) -> None:
    assert _role(text, words) == REFERENCE


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Shortly past midnight, a rocket fell in Tahrir Square.", "Tahrir Square"),
        ("Protesters gathered on the Republic Bridge past noon.", "Republic Bridge"),
    ],
)
def test_past_of_time_is_no_route(text: str, words: str) -> None:
    assert _role(text, words) == EVENT


# --- where a sound reached, where the witnesses live ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The blast could be heard across Karrada.", "Karrada"),
        ("The explosion was felt as far away as Jadriya and Karrada, residents said.", "Karrada"),
        ("ودوى انفجار قوي، وسمع دويه في الكرادة والجادرية.", "الكرادة"),
        ("ودوى انفجار قوي، وسمع دويه في الكرادة والجادرية.", "والجادرية"),
        ("Residents of Jadriya told reporters they heard two blasts.", "Jadriya"),
        ("Inhabitants of Karrada and the nearby streets said the sirens went off at dawn.", "Karrada"),
        ("وقال سكان في منطقة الكرادة إنهم سمعوا دوي انفجارين", "الكرادة"),
    ],
)
def test_perceived_or_witness_place_is_a_reference(text: str, words: str) -> None:
    assert _role(text, words) == REFERENCE


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Explosions were heard in Karrada after a rocket struck a house.", "Karrada"),
        ("Residents of Karrada protested outside the Green Zone on Monday.", "Karrada"),
        ("سمعت أصوات انفجارات في الكرادة", "الكرادة"),
        ("Sirens sounded in the Green Zone as rockets fell.", "Green Zone"),
    ],
)
def test_not_a_witness_place(text: str, words: str) -> None:
    assert _role(text, words) == EVENT


# --- the hospitals of an area ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("وأعلنت الوزارة أن مستشفيات الكرخ استقبلت عشرات الجرحى", "الكرخ"),
        ("وقالت دائرة صحة الرصافة إن الجرحى بحالة مستقرة", "الرصافة"),
        ("The Karkh hospitals received dozens of wounded.", "Karkh"),
    ],
)
def test_hospitals_of_an_area_are_a_reference(text: str, words: str) -> None:
    assert _role(text, words) == REFERENCE


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("سقط صاروخ في الكرخ قرب أحد المستشفيات", "الكرخ"),
        ("A rocket hit a house in Karkh, hospital sources said.", "Karkh"),
    ],
)
def test_an_area_beside_a_hospital_word_stays_the_event(text: str, words: str) -> None:
    assert _role(text, words) == EVENT


# --- gates: the construct, the definite gate word, a side noun governing the bridge --------------------------------


def test_english_gate_of_a_bridge_is_the_bridge_gate() -> None:
    text = "Gunmen clashed with the police near the gate of the suspension bridge overnight."
    assert ("suspension bridge", "gate_14_july_bridge", EVENT) in _places(text)


def test_entrance_to_a_bridge_stays_the_bridge() -> None:
    text = "Crowds pushed towards the entrance to the Republic Bridge."
    assert [lid for _, lid, _ in _places(text)] == ["bridge_jumhuriya"]


def test_definite_arabic_gate_word_by_a_bridge() -> None:
    text = "وحاول المحتجون اقتحام البوابة عند جسر الجمهورية مساء أمس"
    assert next(lid for _, lid, _ in _places(text)) == "gate_jumhuriya_bridge_planning"


def test_definite_word_not_a_gate_by_a_bridge() -> None:
    text = "وتجمع المحتجون في الساحة عند جسر الجمهورية مساء أمس"
    assert "gate_jumhuriya_bridge_planning" not in [lid for _, lid, _ in _places(text)]


def test_side_noun_governing_the_bridge_names_no_end() -> None:
    # the bridge is the direction of the entrance; the named gate stays a place of its own
    text = "وعبر المحتجون الجسر. وأطلقت القوات الغاز عند بوابة التخطيط، المدخل الرئيسي للمنطقة من جهة الجسر."
    ids = [lid for _, lid, _ in _places(text)]
    assert "gate_jumhuriya_bridge_planning" in ids
    assert "bridge_jumhuriya_gz_end" not in ids


def test_side_place_after_the_bridge_still_names_its_end() -> None:
    text = "تجمع المحتجون عند طرف جسر الجمهورية من جهة التحرير"
    assert next(lid for _, lid, _ in _places(text)) == "bridge_jumhuriya_tahrir_end"


# --- a landmark in a relative clause that says what the place before it holds --------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Protesters marched towards the Green Zone, where the U.S. Embassy is located.", "U.S. Embassy"),
        ("They pushed towards the zone, which houses the parliament building, at dusk.", "parliament building"),
        (
            "حاول المحتجون عبور الجسر المؤدي إلى المنطقة الخضراء، حيث مقر السفارة الأمريكية، مساء اليوم",
            "السفارة الأمريكية",
        ),
        ("اقتربوا من المنطقة الخضراء التي تضم السفارة الأمريكية", "السفارة الأمريكية"),
    ],
)
def test_place_the_area_holds_is_a_reference(text: str, words: str) -> None:
    assert _role(text, words) == REFERENCE


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Protesters marched to the Green Zone, where the U.S. Embassy was attacked.", "U.S. Embassy"),
        ("Crowds gathered outside the U.S. Embassy, which was closed.", "U.S. Embassy"),
    ],
)
def test_event_in_a_where_clause_stays(text: str, words: str) -> None:
    assert _role(text, words) == EVENT


# --- a starting point told with words between, and a landmark in apposition to it -------------------------------


def test_set_off_with_time_between_and_an_apposed_landmark_are_the_origin() -> None:
    text = "The teachers set off in the early afternoon from the square, beneath the Freedom Monument, chanting."
    assert _role(text, "Freedom Monument") == "origin"
    text = "They set off from Tahrir Square, beneath the Freedom Monument, and marched to the ministry."
    assert _role(text, "Freedom Monument") == "origin"


@pytest.mark.parametrize(
    "text",
    [
        "They gathered in the square, beneath the Freedom Monument.",
        "They set off on Monday to the square, beneath the Freedom Monument.",
    ],
)
def test_apposed_landmark_without_a_start_stays_the_event(text: str) -> None:
    assert _role(text, "Freedom Monument") == EVENT


# --- a place noun located by what it stands behind or beside ------------------------------------------------------


def _rows(text: str) -> list[str]:
    from datetime import date

    from geoincidents.extraction.pipeline import extract_incidents

    frame = extract_incidents(text, published=date(2023, 5, 2), source="t", report_id="t")
    return list(frame["landmark_id"])


def test_place_noun_behind_a_landmark_gives_way_to_the_area() -> None:
    text = "Two mortar rounds fell inside the Green Zone, one of them in a car park behind the Convention Centre."
    assert _rows(text) == ["green_zone"]


def test_crowd_behind_a_landmark_stays_at_it() -> None:
    assert _rows("Hundreds of protesters gathered behind the Convention Centre on Tuesday.") == [
        "baghdad_convention_center"
    ]


# --- a further munition told between two places apart -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A rocket fell near the U.S. Embassy on Monday and two more landed in the Jadriya district.",
            {"us_embassy", "jadriya"},
        ),
        (
            "A rocket hit the Rasheed Hotel on Monday, and a second rocket struck a house in Karrada.",
            {"al_rasheed_hotel", "karrada"},
        ),
        ("سقط صاروخ قرب فندق الرشيد مساء أمس وسقط صاروخ آخر على منزل في الكرادة", {"al_rasheed_hotel", "karrada"}),
    ],
)
def test_next_munition_at_a_place_apart_is_its_own_event(text: str, expected: set[str]) -> None:
    assert set(_rows(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A rocket fell near the U.S. Embassy on Monday and two more landed inside the Green Zone.",
        "A rocket fell on the Jumhuriya Bridge on Monday and another rocket hit the bridge's gate.",
    ],
)
def test_next_munition_at_a_place_holding_the_first_is_one_event(text: str) -> None:
    assert len(_rows(text)) == 1


def test_salvo_passage_placed_at_a_counted_munition_stays_apart_from_the_next() -> None:
    text = (
        "أعلنت خلية الإعلام الأمني تفاصيل القصف الصاروخي الذي استهدف المنطقة الخضراء مساء أمس. "
        'وقالت إن "الصاروخ الأول اعترضته منظومة الدفاع الجوي التابعة للسفارة الأمريكية فوق نهر دجلة، '
        'فيما سقط الثاني على رصيف شارع داخل المنطقة الخضراء قرب فندق الرشيد".'
    )
    assert set(_rows(text)) == {"us_embassy", "al_rasheed_hotel"}


# --- named places the gazetteer lacks: a mission by its country's possessive, an Arabic ministry by a place word ----


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Protesters broke into Denmark's embassy in Baghdad on Friday.", "Denmark's embassy"),
        ("وقفة احتجاجية أمام مبنى وزارة الزراعة", "مبنى وزارة الزراعة"),
        ("تظاهر العشرات قرب وزارة التربية", "وزارة التربية"),
    ],
)
def test_unknown_named_place(text: str, words: str) -> None:
    found = [m for m in find_places(text) if text[m.start : m.end] == words]
    assert found and found[0].unknown


@pytest.mark.parametrize(
    "text",
    [
        "إلا أن وزارة الصحة لم تؤكد سوى حالة وفاة واحدة",
        "وأعلنت وزارة الداخلية فرض حظر التجوال",
        "Protesters burned a Koran outside Iraq's embassy in Copenhagen.",
    ],
)
def test_speaking_ministry_or_iraqi_mission_is_no_unknown_place(text: str) -> None:
    assert not any(m.unknown and "وزارة" in text[m.start : m.end] for m in find_places(text))
    assert not any(text[m.start : m.end] == "Iraq's embassy" for m in find_places(text))


# --- part of a crowd moving on; a crowd told apart; where the people came from -----------------------------------


def test_part_of_the_crowd_moving_on_leaves_the_gathering_its_own_event() -> None:
    text = (
        "تجمع مئات المحتجين مساء الجمعة في ساحة التحرير، قبل أن يتوجه قسم منهم إلى جسر الجمهورية، "
        "فأطلقت القوات الأمنية الغاز المسيل للدموع عند مدخل الجسر من جهة ساحة التحرير."
    )
    assert set(_rows(text)) == {"tahrir_square", "bridge_jumhuriya_tahrir_end"}


def test_whole_crowd_moving_on_is_one_event() -> None:
    text = (
        "تجمع مئات المحتجين مساء الجمعة في ساحة التحرير، قبل أن يتوجهوا إلى جسر الجمهورية، "
        "فأطلقت القوات الأمنية الغاز المسيل للدموع عند مدخل الجسر من جهة ساحة التحرير."
    )
    assert len(_rows(text)) == 1


def test_a_second_group_at_a_named_place_apart_is_its_own_event() -> None:
    text = (
        "Police fired water cannon at graduates on the Republic Bridge on Tuesday. "
        "A second group of graduates staged a separate sit-in on Tuesday outside the Ministry of Oil building."
    )
    assert sorted(_rows(text)) == ["baghdad", "bridge_jumhuriya"]


def test_where_the_people_came_from_is_not_where_the_event_was() -> None:
    text = "Teachers, mostly from the southern provinces, held a sit-in on Tuesday outside the Ministry of Education."
    assert _rows(text) == ["baghdad"]


def test_a_rally_in_the_provinces_is_elsewhere() -> None:
    assert _rows("Hundreds of teachers rallied in the southern provinces on Tuesday.") == []


# --- an adjective of nearness; a named place the gazetteer lacks over a landmark it is only near --------------------


@pytest.mark.parametrize(
    "text",
    ["تجمع المتبضعون في السوق القريبة من ساحة التحرير", "سقط صاروخ على منزل قريب من فندق الرشيد"],
)
def test_adjective_of_nearness_is_near(text: str) -> None:
    assert find_places(text)[-1].relation == "near"


def test_named_place_the_gazetteer_lacks_stays_over_a_landmark_it_is_near() -> None:
    text = (
        "قتل عشرة أشخاص في تفجير انتحاري ضرب سوقاً شعبية في ساحة الطيران وسط بغداد صباح اليوم. "
        "وقال مصدر إن الانتحاري فجر نفسه وسط المتبضعين في السوق القريبة من ساحة التحرير."
    )
    assert _rows(text) == ["baghdad"]


def test_landmark_the_event_was_at_still_wins() -> None:
    text = (
        "قتل عشرة أشخاص في تفجير انتحاري ضرب سوقاً شعبية في ساحة الطيران وسط بغداد صباح اليوم. "
        "وقال مصدر إن الانتحاري فجر نفسه عند جسر الجمهورية."
    )
    assert _rows(text) == ["bridge_jumhuriya"]


# --- a chain of words of position: the second landmark locates the first ----------------------------------------


def test_chain_of_position_words_keeps_the_nearer_reference() -> None:
    text = "تجمع المحتجون مساء أمس في الساحة الواقعة خلف مبنى البرلمان قرب فندق الرشيد."
    assert _rows(text) == ["baghdad_convention_center"]


def test_two_places_joined_by_and_are_not_a_chain() -> None:
    text = "Protesters gathered near the Convention Centre and near the Rashid Hotel on Monday."
    assert "al_rasheed_hotel" in _rows(text)
