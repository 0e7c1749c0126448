"""Places told by distance, by the other bank, by a hospital, by an aim that fell short, or inside a description.

Every sentence here is written for these tests (English and Arabic), each family with a near-miss that must not
change.
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.geocoding import find_places
from geoincidents.extraction.place_roles import EVENT, NEGATED, REFERENCE, place_role
from geoincidents.extraction.rules.places import descriptive_spans


def _role(text: str, name: str) -> str:
    start = text.index(name)
    return place_role(text, start, start + len(name))


def _relations(text: str) -> list[tuple[str, str]]:
    return [(m.landmark.landmark_id, m.relation) for m in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A shell exploded about 500 metres from the U.S. embassy compound.", [("us_embassy", "near")]),
        ("The rocket came down 200m away from the Ministry of Planning.", [("ministry_of_planning", "near")]),
        ("It fell two hundred yards from the Republican Palace.", [("republican_palace", "near")]),
        ("A drone crashed a short distance from the parliament building.", [("baghdad_convention_center", "near")]),
        ("سقط صاروخ على بعد 300 متر من السفارة الأمريكية", [("us_embassy", "near")]),
        ("A rocket fell 300m north of Tahrir Square.", [("tahrir_square", "near")]),
        ("It fell two hundred metres south of the Ministry of Planning.", [("ministry_of_planning", "near")]),
        # a gate's own name or number between the word of place and the zone: the zone's edge
        ("Stones were thrown at the Qadisiya entrance of the Green Zone.", [("green_zone", "near")]),
        ("Hundreds gathered at Gate 12 of the Green Zone.", [("green_zone", "near")]),
        # near-misses: no distance, or a launch site
        ("A rocket hit the U.S. embassy compound.", [("us_embassy", "at")]),
        ("Rioters broke into the Green Zone.", [("green_zone", "inside")]),
    ],
)
def test_a_distance_in_metres_and_a_named_gate_give_the_relation(text: str, expected: list[tuple[str, str]]) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # across the river from a place: the other bank
        ("A rocket fell on the eastern bank of the Tigris, opposite the Green Zone, at dawn.", "Green Zone", REFERENCE),
        ("It hit a house in Karrada, just across the river from the Green Zone.", "Green Zone", REFERENCE),
        ("on the other side of the river from the US embassy", "US embassy", REFERENCE),
        ("سقط صاروخ على الضفة المقابلة للمنطقة الخضراء", "للمنطقة الخضراء", REFERENCE),
        ("سقط في الجانب الآخر من نهر دجلة قبالة المنطقة الخضراء", "المنطقة الخضراء", REFERENCE),
        # near-misses: opposite a building is near it; the other side of a bridge is that bridge
        ("Protesters gathered opposite the Ministry of Planning.", "Ministry of Planning", EVENT),
        ("A bomb went off on the bank of the Tigris near the Jadriya bridge.", "Jadriya bridge", EVENT),
        ("تجمعوا في الجانب الآخر من جسر الجمهورية", "جسر الجمهورية", EVENT),
        # where the wounded were treated
        ("The injured were taken to the Ibn Sina hospital inside the Green Zone.", "Green Zone", REFERENCE),
        ("ونقل الجرحى إلى مستشفى ابن سينا داخل المنطقة الخضراء", "المنطقة الخضراء", REFERENCE),
        # near-misses: a field hospital stands with the crowd; a protest at a hospital is at its district
        ("The wounded were treated at a field hospital in Tahrir Square.", "Tahrir Square", EVENT),
        ("Protesters gathered outside a hospital in Karrada.", "Karrada", EVENT),
        ("تظاهر العشرات أمام مستشفى في الكرادة", "الكرادة", EVENT),
        # kilometres in a direction from a place: a reference point
        ("A rival camp stood three kilometres north of Tahrir Square.", "Tahrir Square", REFERENCE),
        ("A rocket fell 5 km west of the Green Zone.", "Green Zone", REFERENCE),
        ("Rockets fell east of the Green Zone.", "Green Zone", EVENT),
        # aimed or fired at a place, but fell short or missed
        ("The rocket was apparently aimed at the Green Zone but fell short, police said.", "Green Zone", NEGATED),
        ("Rockets fired at the US Embassy but missed, landing in Jadriya.", "US Embassy", NEGATED),
        ("كان الصاروخ يستهدف السفارة الأمريكية لكنه سقط في نهر دجلة", "السفارة الأمريكية", NEGATED),
        # near-misses: an aim that hit, a crowd that fired
        ("A rocket aimed at the US Embassy hit its compound.", "US Embassy", EVENT),
        ("Gunmen fired at the Ministry of Planning and fled.", "Ministry of Planning", EVENT),
    ],
)
def test_the_other_bank_a_hospital_and_a_miss_are_not_the_events_place(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_a_relative_clause_of_housing_and_its_list_only_describe_the_place_before_them() -> None:
    text = (
        "It struck a house in Karrada, across from the zone that houses government offices and foreign missions, "
        "including the US embassy."
    )
    spans = descriptive_spans(text, 0, len(text))
    embassy = text.index("US embassy")
    assert any(a <= embassy < b for a, b in spans)
    assert not any(a <= text.index("Karrada") < b for a, b in spans)
    # near-miss: "including" without a describing clause before it lists event places
    text = "Protests were held in several squares, including Tahrir Square."
    assert not any(a <= text.index("Tahrir") < b for a, b in descriptive_spans(text, 0, len(text)))


@pytest.mark.parametrize(
    ("text", "bridge"),
    [
        ("Protesters tried to cross the bridge linking Tahrir Square to the Green Zone.", "bridge_jumhuriya"),
        ("They massed on the bridge that connects Khilani Square with Karkh.", "bridge_sinak"),
        ("the bridge linking Karrada with the Green Zone", "bridge_14_july"),
        ("حاول المتظاهرون عبور الجسر الذي يربط ساحة التحرير بالمنطقة الخضراء", "bridge_jumhuriya"),
        ("تجمعوا على الجسر الرابط بين ساحة الخلاني والكرخ", "bridge_sinak"),
        # near-misses: a road, not a bridge; two places no single bridge joins clearly; a named bridge
        ("a road linking Tahrir Square to the Green Zone", None),
        ("the bridge linking Karrada to Mansour", None),
        ("the bridge linking Jadriya to Karkh", None),
    ],
)
def test_a_bridge_told_by_the_two_places_it_links_is_the_bridge_between_them(text: str, bridge: str | None) -> None:
    found = [(m.landmark.landmark_id, text[m.start : m.end]) for m in find_places(text)]
    bridges = [lid for lid, words in found if lid.startswith("bridge_")]
    assert bridges == ([bridge] if bridge else [])


def test_a_named_bridge_with_a_linking_clause_is_read_once() -> None:
    text = "the Jumhuriya bridge linking Tahrir Square to the Green Zone"
    assert [m.landmark.landmark_id for m in find_places(text)] == ["bridge_jumhuriya", "tahrir_square", "green_zone"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters hurl stones at guards at Green Zone's Qadisiya entrance", [("green_zone", "near")]),
        ("A rocket landed close to the premier's office", [("zaqura_building", "near")]),
        ("Drones were shot down over the office of the premier.", [("zaqura_building", "at")]),
        # near-misses: the zone with a lowercase word before a gate of another place; the premier's home
        ("rockets fell inside the Green Zone near gates of the ministry", [("green_zone", "inside")]),
        ("A drone hit the premier's residence.", [("pm_residence", "at")]),
    ],
)
def test_a_named_gate_after_the_zone_and_the_premiers_office(text: str, expected: list[tuple[str, str]]) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two rockets landed inside Baghdad's heavily-fortified diplomatic quarter.", ["baghdad", "green_zone"]),
        ("Police closed the diplomatic enclave.", ["green_zone"]),
        ("Protesters gathered outside the US diplomatic mission.", ["us_embassy"]),
        ("A drone struck the prime minister's office in Baghdad.", ["zaqura_building", "baghdad"]),
        # near-misses: the same descriptions owned by another city are not Baghdad's landmarks
        ("Two rockets hit the diplomatic quarter of Erbil on Saturday.", []),
        ("A drone struck Erbil's diplomatic quarter.", []),
        ("A drone struck the prime minister's office in Basra.", []),
    ],
)
def test_a_description_is_the_landmark_only_when_no_other_city_owns_it(text: str, expected: list[str]) -> None:
    assert [m.landmark.landmark_id for m in find_places(text)] == expected


# ---- round 4, third pass (reports 741-752): what a place faces, a distance after a comma, the zone described,
# a place reached "where" something happened, a munition fired towards a place.


def _rows(text: str, published: str = "2024-05-14") -> list[tuple[str, str]]:
    rows = extract_incidents(text, published=published)
    return list(zip(rows["landmark_id"], rows["relation"], strict=True))


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        # what a named place faces or overlooks only says where it stands
        ("Hundreds of students protested on Monday in Nisour Square, facing the Mansour Hotel.", "nisour_square"),
        ("Activists rallied on Monday at Khilani Square, directly opposite the Khilani Mosque.", "khilani_square"),
        (
            "A sticky bomb went off on Monday in the Yarmouk district, on a street overlooking the Baghdad Tower.",
            "baghdad",
        ),
        ("تظاهر العشرات، اليوم الاثنين، في منطقة الكرادة المقابلة للمنطقة الخضراء.", "karrada"),
        ("انفجرت عبوة، اليوم الاثنين، في ساحة النسور المطلة على فندق المنصور.", "nisour_square"),
        (
            "A rocket landed on Monday near the Convention Centre, across the street from the al-Rasheed Hotel.",
            "baghdad_convention_center",
        ),
        # alone, the landmark a house faces is the event's nearest landmark
        ("A rocket hit a house opposite the U.S. Embassy on Monday.", "us_embassy"),
        ("A rocket hit a house on Monday across the street from the U.S. Embassy.", "us_embassy"),
        # near-misses: opposite a place after a verb is near it; a crowd facing the police is no place word
        ("Protesters gathered opposite the Ministry of Planning on Monday.", "ministry_of_planning"),
        ("Riot police facing the crowd in Tahrir Square fired tear gas on Monday.", "tahrir_square"),
        ("A house overlooking the river in Karrada was hit by a rocket on Monday.", "karrada"),
    ],
)
def test_what_a_place_faces_or_overlooks_gives_way_to_it(text: str, landmark: str) -> None:
    assert [lid for lid, _ in _rows(text)] == [landmark]


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        # a distance after a comma says where the place named before stands
        ("Students rallied on Monday in Firdos Square, 300 metres from the Palestine Hotel.", "firdos_square"),
        (
            "Students rallied on Monday in Andalus Square, a few hundred metres from the Ministry of Planning.",
            "baghdad",
        ),
        ("تظاهر طلبة، اليوم الاثنين، في ساحة الأندلس، على بعد مئات الأمتار من وزارة التخطيط.", "baghdad"),
        (
            "Students gathered on Monday at Khilani Square, a few hundred metres from the Sinak Bridge.",
            "khilani_square",
        ),
        # a word of nearness after the comma too
        ("Thousands rallied on Monday in Firdos Square, near the Palestine Hotel.", "firdos_square"),
        ("Police fired tear gas on Monday on the Jumhuriya Bridge, close to Tahrir Square.", "bridge_jumhuriya"),
        ("Gunmen shot dead an activist on Monday on Saadoun Street, not far from Tahrir Square.", "baghdad"),
        ("أطلقت القوات الأمنية الغاز المسيل للدموع اليوم الاثنين في ساحة الفردوس، قرب فندق فلسطين.", "firdos_square"),
        # an Arabic adjective of nearness agreeing with the place before
        ("فرقت القوات الأمنية، اليوم الاثنين، تظاهرة في ساحة الطيران القريبة من ساحة التحرير.", "baghdad"),
        ("سقطت قذيفة هاون، اليوم الاثنين، في حي القادسية القريب من المنطقة الخضراء.", "baghdad"),
        ("تظاهر العشرات، اليوم الاثنين، في ساحة الفردوس المجاورة لفندق فلسطين.", "firdos_square"),
        # near-misses: after an area the landmark narrows it down; without the comma the event is near it
        ("انفجرت عبوة، اليوم الاثنين، في منطقة الكرادة القريبة من جسر الجادرية.", "bridge_jadriya"),
        ("Two rockets landed inside the Green Zone on Monday, about 500 metres from the U.S. Embassy.", "us_embassy"),
        ("Two rockets landed on Monday inside the Green Zone, near the U.S. Embassy.", "us_embassy"),
        ("A bomb exploded on Monday in Karrada, close to the Jadriya Bridge.", "bridge_jadriya"),
        ("Two rockets landed in Karrada on Monday, 200 metres from the Jadriya Bridge.", "bridge_jadriya"),
        (
            "Students rallied on Monday in Andalus Square a few hundred metres from the Ministry of Planning.",
            "ministry_of_planning",
        ),
        ("A rocket fell about 500 metres from the U.S. Embassy on Monday.", "us_embassy"),
    ],
)
def test_a_distance_after_a_comma_measures_the_place_before_it(text: str, landmark: str) -> None:
    assert [lid for lid, _ in _rows(text)] == [landmark]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police fired on protesters on the bridge that links Liberation Square with the fortified district "
            "housing government offices on Monday.",
            [("bridge_jumhuriya", "at")],
        ),
        (
            "Rockets fired at Baghdad on Monday did not reach the heavily fortified area, police said, and fell "
            "in Karrada.",
            [("karrada", "at")],
        ),
    ],
)
def test_the_zone_told_as_the_fortified_district_or_area(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


def test_fortified_words_name_the_zone_only_as_a_description() -> None:
    found = [
        (m.landmark.landmark_id, m.role)
        for m in find_places("Rockets hit Baghdad and did not reach the heavily fortified area.")
    ]
    assert ("green_zone", NEGATED) in found
    # a fortified compound is a building's, not the zone
    assert [m.landmark.landmark_id for m in find_places("in Baghdad near the fortified compound")] == ["baghdad"]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Protesters marched towards Tahrir Square, where riot police dispersed them.", "at"),
        ("انطلقت مسيرة باتجاه ساحة التحرير، حيث فرّقتها قوات مكافحة الشغب", "at"),
        # near-misses: a clause of what stands there; no "where"
        ("They marched towards the Green Zone, where the government is based.", "towards"),
        ("توجهوا نحو المنطقة الخضراء، حيث يقع مبنى البرلمان", "towards"),
        ("Protesters marched towards Tahrir Square, and riot police dispersed them.", "towards"),
    ],
)
def test_a_place_headed_for_where_something_happened_is_where_it_was(text: str, relation: str) -> None:
    assert find_places(text)[0].relation == relation


def test_a_march_reaching_a_square_where_it_was_dispersed_is_placed_there_not_at_the_headlines_city() -> None:
    text = (
        "تفريق مسيرة للناشطين في بغداد\n\n"
        "خرج العشرات، اليوم الاثنين، في مسيرة انطلقت من ساحة الفردوس باتجاه ساحة التحرير، حيث فرّقتهم قوات مكافحة "
        "الشغب بخراطيم المياه."
    )
    assert [lid for lid, _ in _rows(text)] == ["tahrir_square"]


def test_a_crowd_that_moved_to_a_hotel_where_speakers_spoke_is_the_squares_rally() -> None:
    text = (
        "Thousands rallied in Nisour Square on Monday against the war. The crowd later marched toward the nearby "
        "Mansour Hotel, where speakers addressed the protesters."
    )
    assert [lid for lid, _ in _rows(text)] == ["nisour_square"]
