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
