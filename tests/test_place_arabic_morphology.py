"""Arabic place rules of round 6: construct heads, clitics on words of place, prepositions, the dropped final
hamza, a zone's entrance told by its bridge, coordinated places, the destination of the wounded, the protest verb,
munitions falling at two places, a blast only heard.

Every sentence here is written for these tests (not taken from the corpus), with near-misses that must not match.
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.events import find_triggers
from geoincidents.extraction.geocoding import find_places
from geoincidents.extraction.place_roles import EVENT, REFERENCE, place_role


def _found(text: str) -> list[tuple[str, str]]:
    """(landmark id, relation) of every place named in ``text``."""
    return [(m.landmark.landmark_id, m.relation) for m in find_places(text)]


def _role(text: str, name: str) -> str:
    start = text.index(name)
    return place_role(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of a construct (a building or a part of it) between the word of place and the name
        ("انفجرت قنبلة صوتية قرب مبنى وزارة التخطيط", [("ministry_of_planning", "near")]),
        ("تجمع العشرات بالقرب من مقر فندق فلسطين", [("palestine_hotel", "near")]),
        ("سقطت قذيفة هاون في فناء فندق الرشيد", [("al_rasheed_hotel", "at")]),
        # "محيط": the surroundings, near, with or without a preposition or clitic before it
        ("سقطت قذيفة في محيط القصر الجمهوري", [("republican_palace", "near")]),
        ("انفجرت عبوة بمحيط فندق المنصور", [("mansour_hotel", "near")]),
        # the conjunction as a clitic on the word of place
        ("وبالقرب من ساحة النسور انفجرت عبوة", [("nisour_square", "near")]),
        ("فيما تجمع آخرون وقرب جامع الخلاني", [("khilani_mosque", "near")]),
        # prepositions of place the rules lacked
        ("اعتصم النواب تحت قبة البرلمان", [("baghdad_convention_center", "at")]),
        ("حلقت طائرة مسيرة فوق المنطقة الخضراء", [("green_zone", "at")]),
        ("تجمهر المحتجون حول السفارة الأمريكية", [("us_embassy", "near")]),
        ("وقف المحتجون خلف مبنى وزارة التخطيط", [("ministry_of_planning", "near")]),
        ("انفجرت عبوة بجانب فندق عشتار", [("ishtar_hotel", "near")]),
        # the final hamza after alif dropped, as Iraqi writing often does
        ("سقط صاروخ في المنطقة الخضرا", [("green_zone", "inside")]),
        ("انتشرت القوات بالمنطقة الخضرا", [("green_zone", "inside")]),
    ],
)
def test_arabic_words_of_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # a noun that is no building or part stays no filler: the relation is not read across it
        ("قال مصدر قرب رئيس الوزراء إن بيان السفارة الأمريكية صدر", "at"),
        # "في" with no "محيط" stays in the place
        ("سقطت قذيفة في القصر الجمهوري", "at"),
    ],
)
def test_arabic_words_of_place_near_misses(text: str, relation: str) -> None:
    assert [rel for _, rel in _found(text)][-1] == relation


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        # an area's entrance told by the bridge on its side: the bridge's gate, not the bridge's end
        ("احتشد المتظاهرون أمام مدخل المنطقة الخضراء من جهة جسر الجمهورية", "gate_jumhuriya_bridge_planning"),
        ("تجمعوا عند بوابة الخضراء من جانب الجسر المعلق", "gate_14_july_bridge"),
        ("اعتصموا قرب مدخل المنطقة الخضراء عند جسر الجمهورية", "gate_jumhuriya_bridge_planning"),
    ],
)
def test_zone_entrance_told_by_its_bridge(text: str, landmark: str) -> None:
    assert landmark in [lid for lid, _ in _found(text)]


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        # the side word names the bridge's end when no entrance of the area comes before it
        ("تجمعوا على جسر الجمهورية من جهة المنطقة الخضراء", "bridge_jumhuriya_gz_end"),
        ("وقف المحتجون عند طرف جسر الجمهورية من جهة ساحة التحرير", "bridge_jumhuriya_tahrir_end"),
    ],
)
def test_bridge_end_without_zone_entrance(text: str, landmark: str) -> None:
    assert landmark in [lid for lid, _ in _found(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقطت قذائف قرب ساحة الخلاني وجسر السنك", [("khilani_square", "near"), ("bridge_sinak", "near")]),
        ("ساروا باتجاه ساحة التحرير وجسر الجمهورية", [("tahrir_square", "towards"), ("bridge_jumhuriya", "towards")]),
        (
            "Shells fell near Khilani Square and the Sinak Bridge.",
            [("khilani_square", "near"), ("bridge_sinak", "near")],
        ),
        # near-misses: a word of place of its own, or a clause between, keeps the second place's own relation
        ("تجمعوا قرب ساحة الخلاني، وفي جسر السنك", [("khilani_square", "near"), ("bridge_sinak", "at")]),
        (
            "سقط صاروخ قرب السفارة الأمريكية وأصاب شظايا مبنى في ساحة التحرير",
            [("us_embassy", "near"), ("tahrir_square", "at")],
        ),
    ],
)
def test_coordinated_places_share_the_word_of_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # where the wounded were carried to, told on over nouns joined to the hospital
        (
            "وأسعف المصابون إلى مستشفى ابن النفيس وخيم طبية نصبها الأهالي في ساحة التحرير",
            "ساحة التحرير",
            REFERENCE,
        ),
        ("ونقل الجرحى إلى مستشفى الجملة العصبية ونقاط إسعاف قرب جسر السنك", "جسر السنك", REFERENCE),
        # near-misses: a new clause after the destination names the event's place
        (
            "ونقل الجرحى إلى مستشفى الكندي بعد أن فتحت القوات النار على المحتجين في ساحة الخلاني",
            "ساحة الخلاني",
            EVENT,
        ),
        ("وعالجت مفارز طبية المصابين في ساحة الخلاني", "ساحة الخلاني", EVENT),
    ],
)
def test_destination_of_the_wounded(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("احتج العشرات أمام وزارة التخطيط", True),
        ("احتجّ المئات من الخريجين قرب ساحة النسور", True),
        ("واحتجوا على تأخر الرواتب أمام مجلس النواب", True),
        ("ويحتجون منذ الصباح عند جسر الجمهورية", True),
        # "argued that": no protest
        ("احتج الوزير بأن القرار صدر قبل الانتخابات", False),
    ],
)
def test_arabic_protest_verb(text: str, fires: bool) -> None:
    assert any(t.family == "protest" for t in find_triggers(text)) == fires


def test_munitions_falling_at_a_named_district_and_a_landmark_are_two_events() -> None:
    text = (
        "بغداد - أعلنت خلية الإعلام الأمني، اليوم الخميس، أن ثلاثة صواريخ سقطت داخل المنطقة الخضراء من دون "
        "خسائر. وأضافت أن صاروخاً آخر سقط على منزل في حي العامل جنوبي العاصمة، ما أدى إلى إصابة رجل."
    )
    frame = extract_incidents(text, published="2021-03-04")
    assert sorted(frame["landmark_id"]) == ["baghdad", "green_zone"]


def test_munitions_at_a_landmark_and_the_city_stay_one_event() -> None:
    # near-miss: the city itself is no named place of its own
    text = (
        "بغداد - سقطت ثلاثة صواريخ، اليوم الخميس، على العاصمة بغداد. وقال مصدر أمني إن الصواريخ سقطت داخل "
        "المنطقة الخضراء من دون خسائر."
    )
    frame = extract_incidents(text, published="2021-03-04")
    assert list(frame["landmark_id"]) == ["green_zone"]


def test_blast_heard_with_a_drone_brought_down_is_the_interception() -> None:
    text = (
        "بغداد - أسقطت الدفاعات الجوية، فجر اليوم الأحد، طائرة مسيرة كانت متجهة نحو السفارة الأمريكية. "
        "وسمع سكان في الكرادة دوي انفجار قوي."
    )
    frame = extract_incidents(text, published="2024-03-10")
    assert list(frame["sub_event_type"]) == ["Disrupted weapons use"]
    assert list(frame["landmark_id"]) == ["us_embassy"]


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        # an Arabic gate word heading the bridge's name: the bridge's gate
        ("تجمع المحتجون عند سيطرة المعلّق", "gate_14_july_bridge"),
        ("وقف العشرات أمام بوابة جسر 14 تموز", "gate_14_july_bridge"),
        # the far side of the bridge named after the gate: that end
        ("تجمعوا عند مدخل الجسر المعلق من جهة الجادرية", "bridge_14_july_outside_end"),
        # near-misses: no gate word, or a bridge with no gate of its own
        ("تجمع المحتجون على الجسر المعلّق", "bridge_14_july"),
        ("تجمع المحتجون عند مدخل جسر السنك", "bridge_sinak"),
    ],
)
def test_gate_word_heading_a_bridge(text: str, landmark: str) -> None:
    assert [lid for lid, _ in _found(text)] == [landmark]


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        # the crowd's clause names only where it headed; the sentence says where it was
        (
            "بغداد - أصيب تسعة متظاهرين، اليوم الأحد، خلال محاولتهم التقدم نحو مبنى البرلمان، بعد أن فرقتهم القوات "
            "عند ساحة الاحتفالات.",
            "grand_festivities_square",
        ),
        (
            "Nine protesters were hurt on Sunday as they pushed towards the parliament building, after police charged "
            "them in Celebrations Square.",
            "grand_festivities_square",
        ),
        # near-miss: a place that is only the object of a verb (a bridge closed) is not where the crowd was
        (
            "بغداد - تظاهر المئات، اليوم الأحد، في ساحة الفردوس. وقال مصدر إن القوات أغلقت جسر السنك أمام "
            "المتظاهرين الذين حاولوا التوجه نحو المنطقة الخضراء.",
            "firdos_square",
        ),
    ],
)
def test_headed_place_gives_way_to_where_the_crowd_was(text: str, landmark: str) -> None:
    frame = extract_incidents(text, published="2022-03-06")
    assert list(frame["landmark_id"]) == [landmark]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb negated before its subject, then corrected: the event happened, at the corrected place
        (
            "بغداد - لم تسقط القذائف التي أطلقت فجر اليوم الخميس على مبنى البرلمان، بل سقطت في منطقة الكرادة.",
            ["karrada"],
        ),
        # near-misses: a negation with no correction is no event; a negation in an earlier clause negates no place
        ("بغداد - لم تسقط أي قذائف فجر اليوم الخميس على مبنى البرلمان.", []),
        (
            "بغداد - لم يهدأ القصف فجر اليوم الخميس، إذ سقطت قذائف على مبنى البرلمان، بل إن إحداها أصابت سيارة.",
            ["baghdad_convention_center"],
        ),
    ],
)
def test_negated_verb_corrected_by_bal(text: str, expected: list[str]) -> None:
    frame = extract_incidents(text, published="2022-03-03")
    assert list(frame["landmark_id"]) == expected
