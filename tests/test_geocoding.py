"""Landmark geocoding against the bundled Baghdad gazetteer (real data, no mocks)."""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import pytest

from geoincidents.extraction.geocoding import find_places, landmark_index, place_precision, resolve_sit_in


@pytest.mark.parametrize(
    ("text", "landmark_id", "relation"),
    [
        ("demonstrators moved towards the Green Zone", "green_zone", "towards"),
        ("tents near the heavily fortified Green Zone", "green_zone", "near"),
        ("rockets landed inside the International Zone", "green_zone", "inside"),
        ("had reached the first wall of the suspension bridge", "gate_14_july_bridge", "at"),
        ("protesters gathered in Tahrir Square", "tahrir_square", "at"),
        ("on al-Jumhouriyah Bridge", "bridge_jumhuriya", "at"),
        ("at the Tahrir end of the Jumhuriya Bridge", "bridge_jumhuriya_tahrir_end", "at"),
        ("قرب السفارة الأمريكية", "us_embassy", "near"),
        ("على الجسر المعلق", "bridge_14_july", "at"),
        ("بالمنطقة الخضراء", "green_zone", "inside"),
        ("وصلوا إلى الجدار الأول للجسر المعلق", "gate_14_july_bridge", "at"),
        ("باتجاه ساحة التحرير", "tahrir_square", "towards"),
    ],
)
def test_finds_landmark_and_relation(text: str, landmark_id: str, relation: str) -> None:
    found = find_places(text)
    assert found, text
    best = min(found, key=lambda m: (m.landmark.kind == "perimeter", m.start))
    assert (best.landmark.landmark_id, best.relation) == (landmark_id, relation)
    assert text[best.start : best.end].strip()


def test_longest_alias_wins_and_spans_are_exact() -> None:
    text = "The demonstrators had reached the first wall of the suspension bridge, one of the entrances."
    (mention,) = find_places(text)
    assert mention.landmark.landmark_id == "gate_14_july_bridge"
    assert text[mention.start : mention.end] == "first wall of the suspension bridge"


def test_the_bridge_refers_back() -> None:
    text = "Protesters tried to cross the Sinak Bridge. Police fired tear gas on the bridge."
    ids = [(m.landmark.landmark_id, text[m.start : m.end]) for m in find_places(text)]
    assert ids == [("bridge_sinak", "Sinak Bridge"), ("bridge_sinak", "the bridge")]


def test_unknown_words_name_no_landmark() -> None:
    # a named district the gazetteer lacks is only the city-wide area, flagged as such
    found = find_places("Gunmen attacked a shop in the Zayouna district")
    assert [(m.landmark.landmark_id, m.unknown) for m in found] == [("baghdad", True)]
    assert find_places("Gunmen attacked a shop in a quiet district") == []


def test_precision_and_uncertainty() -> None:
    index = landmark_index()
    gate = index.landmarks["gate_14_july_bridge"]
    assert place_precision(gate, "at") == (1, gate.position_uncertainty_m)
    prec, radius = place_precision(gate, "near")
    assert prec == 2 and radius > gate.position_uncertainty_m
    city_prec, city_radius = place_precision(index.landmarks["baghdad"], "inside")
    assert city_prec == 3 and city_radius >= 10000
    zone_prec, zone_radius = place_precision(index.landmarks["green_zone"], "inside")
    assert zone_prec == 2 and zone_radius > 1000  # the zone is kilometres across


def test_sit_in_resolves_by_date(gazetteer: gpd.GeoDataFrame) -> None:
    site = resolve_sit_in(date(2021, 10, 19), "set up sit-in tents near the Green Zone", gazetteer=gazetteer)
    assert site is not None and site.landmark_id == "sit_in_2021_jadriya"
    parliament = resolve_sit_in(date(2022, 8, 2), "Sadrists continued their sit-in inside parliament")
    assert parliament is not None and parliament.landmark_id == "sit_in_2022_sadrist_parliament"
    # Two sites active: the words of the context choose.
    framework = resolve_sit_in(date(2022, 8, 15), "Coordination Framework supporters began a sit-in")
    assert framework is not None and framework.landmark_id == "sit_in_2022_framework_suspension_bridge"
    assert resolve_sit_in(date(2019, 10, 25), "a sit-in in Tahrir Square") is None
    assert resolve_sit_in(None, "a sit-in") is None


def test_index_is_built_once_per_gazetteer(gazetteer: gpd.GeoDataFrame) -> None:
    assert landmark_index(gazetteer) is landmark_index(gazetteer)
    assert landmark_index(gazetteer.copy()) is landmark_index(gazetteer)  # the same landmarks, the same index
    changed = gazetteer.copy()
    changed.loc[changed["landmark_id"] == "tahrir_square", "aliases"] = [("Liberation Plaza",)]
    assert landmark_index(changed) is not landmark_index(gazetteer)


def test_user_gazetteer_is_used(gazetteer: gpd.GeoDataFrame) -> None:
    small = gazetteer[gazetteer["landmark_id"].isin(["green_zone", "tahrir_square"])].copy()
    small["aliases"] = [
        ("Liberation Plaza",) if lid == "tahrir_square" else al
        for lid, al in zip(small["landmark_id"], small["aliases"], strict=True)
    ]
    found = find_places("crowds filled Liberation Plaza near the Green Zone", gazetteer=small)
    assert [m.landmark.landmark_id for m in found] == ["tahrir_square", "green_zone"]


def test_sit_in_dates_agree_with_gazetteer_active_on(gazetteer: gpd.GeoDataFrame) -> None:
    from datetime import timedelta

    from geoincidents.gazetteer.load import active_on

    index = landmark_index(gazetteer)
    day = date(2021, 10, 1)
    while day <= date(2022, 9, 15):
        expected = set(gazetteer.loc[active_on(gazetteer, day) & (gazetteer["kind"] == "sit_in"), "landmark_id"])
        assert {lm.landmark_id for lm in index.sit_ins_on(day)} == expected, day
        day += timedelta(days=3)


def test_names_written_without_their_kind_word() -> None:
    text = "Protesters in Tahrir clashed with police on Sinak, near the Republic of Iraq's courts."
    found = [(m.landmark.landmark_id, text[m.start : m.end], m.weak) for m in find_places(text)]
    assert found == [("tahrir_square", "Tahrir", True), ("bridge_sinak", "Sinak", True)]
    # Not at the start of a sentence, nor inside a longer name.
    assert find_places("Tahrir was calm.") == []
    assert find_places("members of the Tahrir Brigade") == []


def test_arabic_the_embassy_refers_back_unless_another_is_named() -> None:
    text = "سقط صاروخ قرب السفارة الأمريكية. واقتحم محتجون السفارة السويدية. ثم عادوا إلى السفارة."
    found = [(m.landmark.landmark_id, text[m.start : m.end]) for m in find_places(text)]
    # (the Swedish embassy is a named place the gazetteer lacks, on the city's area, never the US embassy)
    assert found == [("us_embassy", "السفارة الأمريكية"), ("baghdad", "السفارة السويدية"), ("us_embassy", "السفارة")]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("shot dead 25 protesters in the southern city of Nasiriya", 1),
        ("stormed the Iranian consulate in Najaf and burned it", 1),
        ("وفي البصرة، أحرق محتجون إطارات السيارات", 1),
        ("بمواجهات مع القوات الأمنية في محافظة ذي قار", 1),
        ("protesters gathered at the Swords of Qadisiyah", 0),
        ("a shortcut through Tahrir Square", 0),
        ("Kurdistan24 reported from Baghdad", 0),
        # regions and countries, with a locative word
        ("protests spread across Iraq on Friday", 1),
        ("demonstrations in several southern provinces", 1),
        ("11 US soldiers were hurt in the strike on a base in Syria", 1),
        ("وشهدت المحافظات الجنوبية تظاهرات مماثلة في عدد من المحافظات", 1),
        ("the Syrian embassy in Baghdad", 0),
        ("Iranian-backed factions fired rockets", 0),
    ],
)
def test_find_elsewhere_names_other_cities_only(text: str, n: int) -> None:
    from geoincidents.extraction.geocoding import find_elsewhere

    assert len(find_elsewhere(text)) == n


@pytest.mark.parametrize(
    "text",
    ["protesters gathered at the entrances of the Green Zone", "تجمع المتظاهرون عند مداخل المنطقة الخضراء"],
)
def test_at_the_entrances_of_an_area_is_near_its_edge_not_inside(text: str) -> None:
    assert [(p.landmark.landmark_id, p.relation) for p in find_places(text)] == [("green_zone", "near")]


def test_towards_is_read_through_al_prefix() -> None:
    text = "police pushed the protesters back towards al-Khilani Square"
    assert [(p.landmark.landmark_id, p.relation) for p in find_places(text)] == [("khilani_square", "towards")]


@pytest.mark.parametrize(
    ("text", "landmark_id", "relation"),
    [
        ("A car bomb went off opposite the Palestine Hotel", "palestine_hotel", "near"),
        ("a shop across from the Palestine Hotel was damaged", "palestine_hotel", "near"),
        ("killed a stone's throw from Tahrir Square", "tahrir_square", "near"),
        ("shot dead on the road leading to the Ahrar bridge", "bridge_ahrar", "near"),
        ("انفجرت عبوة مقابل فندق فلسطين", "palestine_hotel", "near"),
        ("سقط صاروخ قبالة السفارة الأمريكية", "us_embassy", "near"),
    ],
)
def test_opposite_and_nearby_phrases_read_as_near(text: str, landmark_id: str, relation: str) -> None:
    found = [(m.landmark.landmark_id, m.relation) for m in find_places(text)]
    assert found[0] == (landmark_id, relation)


@pytest.mark.parametrize(
    ("text", "landmark_id"),
    [
        ("a mortar round hit the car park of the Ishtar hotel", "ishtar_hotel"),
        ("guests at the Mansour Hotel were evacuated", "mansour_hotel"),
    ],
)
def test_name_without_its_gloss(text: str, landmark_id: str) -> None:
    assert [m.landmark.landmark_id for m in find_places(text)] == [landmark_id]


def test_a_gloss_left_alone_is_no_name() -> None:
    # Only the head before the parenthesis is read: "Sheraton" alone names nothing, nor does "Melia".
    assert find_places("the Sheraton lobby and the Melia bar") == []


@pytest.mark.parametrize(
    ("text", "landmark_id"),
    [
        ("students were stopped at Khallani Square by riot police", "khilani_square"),
        ("police fired on protesters at Tahreer Square", "tahrir_square"),
    ],
)
def test_variant_head_word_with_capitalised_kind_word(text: str, landmark_id: str) -> None:
    assert find_places(text)[0].landmark.landmark_id == landmark_id


def test_variant_head_word_before_another_capitalised_word_is_no_square() -> None:
    # "Khallani Hospital" is a longer name: no square (and no landmark) is read from it.
    assert [m.landmark.landmark_id for m in find_places("taken to Khallani Hospital, doctors said")] == []


@pytest.mark.parametrize(
    ("text", "landmark_id"),
    [
        ("انفجرت عبوة قرب السيطرة عند مدخل الجسر المعلق من جهة الجادرية", "bridge_14_july_outside_end"),
        ("protesters massed at the suspension bridge gate on the Jadriya side", "bridge_14_july_outside_end"),
        # The gate's own side, or no side: the gate.
        ("تجمعوا عند بوابة المعلق من جهة كرادة مريم", "gate_14_july_bridge"),
        ("تجمعوا عند بوابة التخطيط من جهة المنطقة الخضراء", "gate_jumhuriya_bridge_planning"),
        ("تجمعوا عند مدخل الجسر المعلق مساء أمس", "gate_14_july_bridge"),
        ("protesters massed at the suspension bridge gate", "gate_14_july_bridge"),
    ],
)
def test_gate_named_from_the_far_side_is_that_bridge_end(text: str, landmark_id: str) -> None:
    assert find_places(text)[0].landmark.landmark_id == landmark_id


def test_side_words_shared_by_both_ends_tell_neither() -> None:
    index = landmark_index()
    words = index.end_words
    # "الكرادة" (Karrada) and "كرادة مريم" (Karradat Mariam) both give "كراده": alone it is the Karrada end's
    # whole side name; at the zone's end it is only read as the two-word name "كرادة مريم".
    assert "كراده" not in words["bridge_14_july_gz_end"]
    assert "كراده" in words["bridge_14_july_outside_end"]
    assert "كراده مريم" in index.end_phrases["bridge_14_july_gz_end"]
    assert "جادريه" in words["bridge_14_july_outside_end"]
