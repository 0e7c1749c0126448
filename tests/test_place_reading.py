"""Which place an event happened at: negation, launch sites, institutions, name variants and bare names.

Every sentence here is written for these tests (English and Arabic), with cases that must not match.
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.geocoding import find_elsewhere, find_places, fuzzy_head, landmark_index, skeleton
from geoincidents.extraction.place_roles import EVENT, NEGATED, NOT_PLACE, ORIGIN, REFERENCE, place_role


def _role(text: str, name: str) -> str:
    start = text.index(name)
    return place_role(text, start, start + len(name))


def _places(text: str) -> list[tuple[str, str, str]]:
    """(words, landmark id, role) of every place named in ``text``."""
    return [(text[m.start : m.end], m.landmark.landmark_id, m.role) for m in find_places(text)]


def _ids(text: str) -> list[str]:
    return [lid for _, lid, _ in _places(text)]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # negated arrival or impact
        (
            "Two shells hit the zone, but neither of the shells struck the Republican Palace itself.",
            "Republican",
            NEGATED,
        ),
        ("Marchers never reached the Green Zone that night.", "Green Zone", NEGATED),
        ("Police stopped the students from crossing the Sinak Bridge.", "Sinak", NEGATED),
        ("No drone hit the U.S. Embassy, officials said.", "U.S. Embassy", NEGATED),
        ("قالت الشرطة إن القذيفة لم تصب فندق الرشيد", "فندق الرشيد", NEGATED),
        ("ولم يتمكن المتظاهرون من عبور جسر السنك", "جسر السنك", NEGATED),
        ("منعت قوات الأمن الطلبة من الاقتراب من ساحة التحرير", "ساحة التحرير", NEGATED),
        # not negated: the negation is of something else, or a new statement comes between
        ("No one was hurt when a shell fell near the Republican Palace.", "Republican", EVENT),
        ("The drone did not explode; it fell near the Republican Palace.", "Republican", EVENT),
        ("لم تسجل إصابات، وسقطت القذيفة قرب فندق الرشيد", "فندق الرشيد", EVENT),
        # launch sites
        ("A mortar round lobbed from near the Ahrar Bridge landed in the river.", "Ahrar", ORIGIN),
        ("A drone that took off from Karrada crashed into a house.", "Karrada", ORIGIN),
        ("وأطلقت القذائف من منطقة قريبة من ساحة النسور", "ساحة النسور", ORIGIN),
        ("rockets fired from Dora struck the Republican Palace", "Republican", EVENT),  # the target
        ("students marched from their college towards Tahrir Square", "Tahrir", EVENT),
        ("صاروخ انطلق من الدورة وسقط قرب فندق الرشيد", "فندق الرشيد", EVENT),
        # institutions, titles and outlets
        ("The deputy speaker of parliament condemned the attack", "parliament", NOT_PLACE),
        ("a member of Iraq's parliament was wounded", "Iraq's parliament", NOT_PLACE),
        ("The U.S. Embassy urged restraint after the clashes", "U.S. Embassy", NOT_PLACE),
        ("وأدانت السفارة الأمريكية الهجوم", "السفارة الأمريكية", NOT_PLACE),
        ("وقال رئيس مجلس النواب إن", "مجلس النواب", NOT_PLACE),
        ('وذكر مصدر لـ"بغداد اليوم" أن', "بغداد", NOT_PLACE),
        ("وتظاهر المئات في بغداد اليوم الجمعة", "بغداد", EVENT),  # "today", no outlet
        ("Protesters gathered outside the U.S. Embassy on Friday", "U.S. Embassy", EVENT),
    ],
)
def test_the_role_of_a_place_is_read_from_the_words_around_it(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_transliteration_variants_are_gated_by_skeleton_distance_length_and_kind() -> None:
    index = landmark_index()
    assert skeleton("Tahreer") == skeleton("Tahrir") == "thr"
    assert fuzzy_head("Tahreer", index) == "tahrir_square"
    assert fuzzy_head("Khallani", index) == "khilani_square"
    assert fuzzy_head("Sennak", index) == "bridge_sinak"
    # too short, another skeleton, or too many edits away
    assert fuzzy_head("Thr", index) is None
    assert fuzzy_head("Palestine", index) is None
    assert fuzzy_head("Tihoorar", index) is None  # same skeleton, four edits from "tahrir"
    assert _ids("Riot police burned tents in Tahreer on Saturday.") == ["tahrir_square"]
    assert _ids("Riot police moved into Tahreer and Khallani squares.") == ["tahrir_square", "khilani_square"]
    # alone and without a word of place before it, a variant is not taken; another kind word refuses it
    assert _ids("Tahreer, a poet, spoke on Saturday.") == []
    # a street is no square: a named street the gazetteer lacks is the city-wide area, never a landmark
    assert _ids("Shops closed in Tahreer street and on Palestine Street.") == ["baghdad", "baghdad"]
    assert _ids("Protesters gathered on Palestine Street near the hotel.") == ["baghdad"]


def test_head_words_shared_by_landmarks_at_one_spot_and_arabic_heads_after_a_preposition() -> None:
    assert _ids("Gunmen opened fire on protesters in Khilani.") == ["khilani_square"]
    assert _ids("وأطلقت القوات الأمنية الغاز في الخلاني مساء أمس") == ["khilani_square"]
    assert _ids("تجمع المحتجون بالخلاني") == ["khilani_square"]
    # no preposition, or a name that is also a common word ("التحرير" = the liberation)
    assert _ids("وقال الخلاني إن") == []
    assert _ids("وشارك في التحرير آلاف المقاتلين") == []


def test_bare_parliament_only_after_a_word_of_place_and_without_another_qualifier() -> None:
    assert _ids("Hundreds of protesters stormed parliament on Saturday.") == ["baghdad_convention_center"]
    assert _ids("Guards fired tear gas outside parliament.") == ["baghdad_convention_center"]
    assert _ids("وتجمع المحتجون قرب البرلمان") == ["baghdad_convention_center"]
    assert _ids("Protesters demanded that parliament be dissolved.") == []
    assert _ids("Protesters stormed the Kurdistan parliament in Erbil.") == []
    assert _ids("Protesters gathered near the regional parliament.") == []
    assert _ids("وطالب المحتجون بحل البرلمان") == []
    assert _ids("واقتحم محتجون البرلمان الكردستاني") == []
    assert _ids("The vote in parliament's legal committee was postponed.") == []


def test_a_persons_home_is_resolved_from_its_owner() -> None:
    text = "Prime Minister Mustafa al-Kadhimi was unhurt after a drone hit his residence overnight."
    assert ("his residence", "pm_residence", EVENT) in _places(text)
    assert _ids("A drone hit the residence of Prime Minister Mustafa al-Kadhimi.") == ["pm_residence"]
    assert _ids("نجا رئيس الوزراء من هجوم بطائرة مسيرة استهدف منزله فجر اليوم") == ["pm_residence"]
    # "his" with no owner the gazetteer knows before it
    assert _ids("A grenade was thrown at a lawmaker's house; his home was damaged.") == []


def test_a_bridge_checkpoint_is_the_bridges_gate_and_the_gate_refers_back_to_it() -> None:
    text = "Protesters camped by the suspension bridge checkpoint pushed against the gate."
    assert _ids(text) == ["gate_14_july_bridge", "gate_14_july_bridge"]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("a suicide bombing in the Iranian city of Kerman", 1),
        ("a rocket hit a base 30 km north of Baghdad", 1),
        ("in the province of Anbar", 1),
        ("in the south of the capital", 0),
        ("in the city of Baghdad", 0),
    ],
)
def test_cities_and_places_outside_the_city_are_elsewhere(text: str, n: int) -> None:
    assert len(find_elsewhere(text)) == n


def _only(text: str, published: str) -> list[tuple[str, str]]:
    got = extract_incidents(text, published=published)
    return [(str(r["landmark_id"]), str(r["extraction_rules"])) for _, r in got.iterrows()]


def test_the_event_goes_to_the_target_not_the_launch_site_nor_a_negated_place() -> None:
    rows = _only(
        "BAGHDAD, March 3 (Reuters) - A rocket fired from a field near the Ahrar Bridge slammed into the "
        "Rasheed Hotel on Tuesday, but none of the rockets landed on the U.S. Embassy, police said.",
        "2026-03-03",
    )
    assert [lid for lid, _ in rows] == ["al_rasheed_hotel"]
    assert "place.origin_skipped" in rows[0][1] and "place.negated_skipped" in rows[0][1]
    rows = _only(
        "بغداد - سقط صاروخ أطلق من منطقة قريبة من ساحة النسور على فندق الرشيد مساء اليوم الثلاثاء، "
        "ولم يسقط أي صاروخ داخل السفارة الأمريكية.",
        "2026-03-03",
    )
    assert [lid for lid, _ in rows] == ["al_rasheed_hotel"]


def test_rockets_fired_only_from_a_named_place_fall_back_to_the_city() -> None:
    rows = _only("Two rockets fired from near Nisour Square landed in Baghdad on Monday, police said.", "2026-03-02")
    assert [lid for lid, _ in rows] == ["baghdad"]


def test_a_lawmakers_home_is_not_parliament() -> None:
    rows = _only(
        "Gunmen threw a grenade at the house of a member of Iraq's parliament in Karrada on Monday, wounding a guard.",
        "2026-03-02",
    )
    assert [lid for lid, _ in rows] == ["karrada"]
    assert "place.not_a_place" in rows[0][1]


def test_a_march_by_sit_in_people_is_placed_where_it_went() -> None:
    rows = _only(
        "On Tuesday, dozens of sit-in protesters marched towards the Sinak Bridge, chanting slogans.", "2019-11-05"
    )
    assert [lid for lid, _ in rows] == ["bridge_sinak"]
    assert "place.sit_in_march" in rows[0][1]


def test_named_places_the_gazetteer_lacks_fall_back_to_the_city_never_to_a_landmark() -> None:
    found = find_places("A bomb went off on Saadoun Street near the Palestine Hotel.")
    assert [(m.landmark.landmark_id, m.unknown) for m in found] == [("baghdad", True), ("palestine_hotel", False)]
    found = find_places("انفجرت عبوة في شارع السعدون وأخرى في منطقتي الكرادة والبياع")
    assert [(m.landmark.landmark_id, m.unknown) for m in found] == [
        ("baghdad", True),
        ("karrada", False),
        ("baghdad", True),
    ]
    # each of two names sharing a kind word is itself: "جسرا السنك والأحرار"
    assert _ids("وشهد جسرا السنك والأحرار مواجهات") == ["bridge_sinak", "bridge_ahrar"]
    # the scene of an incident is no name; a known district with its kind word is that district
    assert [m.unknown for m in find_places("وطوقت القوات منطقة الحادث")] == []
    assert _ids("a house in the Jadriya district") == ["jadriya"]
    # an unknown place does not keep an event in another city inside the gazetteer's
    assert extract_incidents("Gunmen shot dead two protesters on Saadoun Street in Basra on Friday.").empty


def test_two_places_of_their_own_joined_by_and_are_two_events() -> None:
    rows = _only(
        "BAGHDAD (AP) - Hundreds of teachers protested near Firdos Square and in front of the Ministry of "
        "Planning on Sunday, police said.",
        "2026-03-01",
    )
    assert sorted(lid for lid, _ in rows) == ["firdos_square", "ministry_of_planning"]
    rows = _only("بغداد - تظاهر مئات المعلمين، اليوم الأحد، قرب ساحة الفردوس وأمام وزارة التخطيط.", "2026-03-01")
    assert sorted(lid for lid, _ in rows) == ["firdos_square", "ministry_of_planning"]
    # a place inside another, a bridge and its gate, a described place, or a state since earlier: one event
    assert len(_only("Hundreds protested at the U.S. Embassy in the Green Zone on Sunday.", "2026-03-01")) == 1
    rows = _only(
        "Hundreds protested on the Jumhuriya Bridge and at the Planning gate on Sunday, police said.", "2026-03-01"
    )
    assert len(rows) == 1
    rows = _only(
        "Protesters have camped near Firdos Square and in front of the Ministry of Planning since October.",
        "2026-03-01",
    )
    assert len(rows) <= 1


def test_a_marchs_starting_point_is_not_where_it_went() -> None:
    rows = _only(
        "BAGHDAD (AP) - Police fired tear gas at protesters on the Sinak Bridge on Monday. The crowd had "
        "marched from Tahrir Square carrying flags.",
        "2026-03-02",
    )
    assert [lid for lid, _ in rows] == ["bridge_sinak"]


def test_a_place_named_in_the_sentence_outweighs_a_name_of_the_people_of_another_site() -> None:
    from datetime import date

    from geoincidents.extraction.geocoding import resolve_sit_in

    index = landmark_index()
    day = date(2021, 11, 12)
    by_group = index.landmarks["sit_in_2021_jadriya"]  # one of its aliases names the people, not the place
    text = "نقل الرافضون لنتائج الانتخابات خيامهم إلى قرب بوابة التخطيط"
    site = resolve_sit_in(day, text, named=(by_group,))
    assert site is not None and site.landmark_id == "sit_in_2021_planning_gate"
    # with no place of another site named, the named site stands
    site = resolve_sit_in(day, "واصل الرافضون لنتائج الانتخابات اعتصامهم", named=(by_group,))
    assert site is not None and site.landmark_id == "sit_in_2021_jadriya"


def test_a_part_of_a_building_named_before_is_that_building_and_an_areas_entrances_are_its_edge() -> None:
    text = "Rockets were fired at the U.S. Embassy on Sunday. One hit an embassy cafeteria in the Green Zone."
    assert [(lid, m) for _, lid, m in _places(text)][:2] == [("us_embassy", EVENT), ("us_embassy", EVENT)]
    # people of the embassy are no part of it; with no embassy named before, "an embassy" is none
    assert _ids("The U.S. Embassy was shut. An embassy spokesman said nothing.") == ["us_embassy"]
    assert _ids("A rocket hit an embassy compound in Baghdad.") == ["baghdad"]
    found = find_places("Protesters gathered at the Green Zone entrances on Monday.")
    assert [(m.landmark.landmark_id, m.relation) for m in found] == [("green_zone", "near")]
    found = find_places("تجمع المحتجون عند مداخل المنطقة الخضراء")
    assert [(m.landmark.landmark_id, m.relation) for m in found] == [("green_zone", "near")]
    found = find_places("Protesters gathered inside the Green Zone on Monday.")
    assert [(m.landmark.landmark_id, m.relation) for m in found] == [("green_zone", "inside")]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Rivals set up a camp a few kilometers from the parliament building.", "parliament building", "reference"),
        ("The blast was heard 3 km away from Tahrir Square.", "Tahrir", "reference"),
        ("أقام أنصار الإطار مخيماً على بعد كيلومترين من السفارة الأمريكية", "السفارة الأمريكية", "reference"),
        ("A shell fell a few hundred metres from the U.S. Embassy.", "U.S. Embassy", EVENT),
        ("The camp near the parliament building grew to 300 tents.", "parliament building", EVENT),
    ],
)
def test_a_place_kilometres_away_is_a_reference_point(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_where_others_met_at_the_time_is_not_the_events_place() -> None:
    rows = _only(
        "BAGHDAD (AP) - Two rockets struck the Green Zone on Monday as lawmakers met in parliament, police said.",
        "2026-03-02",
    )
    assert [lid for lid, _ in rows] == ["green_zone"]
    assert "place.descriptive_skipped" in rows[0][1]
    rows = _only("BAGHDAD (AP) - Protesters stormed parliament on Monday, police said.", "2026-03-02")
    assert [lid for lid, _ in rows] == ["baghdad_convention_center"]


def test_a_crowd_that_gathers_is_no_meeting_of_officials() -> None:
    rows = _only(
        "BAGHDAD (AP) - Police fired tear gas on Monday while protesters gathered in Tahrir Square.", "2026-03-02"
    )
    assert [lid for lid, _ in rows] == ["tahrir_square"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Protesters set tyres alight on Habboubi Square, the city's answer to Baghdad's Tahrir Square",
            "Tahrir",
            REFERENCE,
        ),
        ("a camp modelled on the one in Tahrir Square", "Tahrir", REFERENCE),
        ("ورفعوا شعارات مشابهة لتلك التي رفعت في ساحة التحرير ببغداد وعلى جسر الجمهورية", "جسر الجمهورية", REFERENCE),
        ("نصبوا خياماً على غرار ساحة التحرير", "ساحة التحرير", REFERENCE),
        # Not a comparison: "similar" with no "to", "مماثل" with no ل/ب word, a new statement in between.
        ("A similar attack hit the Rasheed Hotel on Monday", "Rasheed", EVENT),
        ("وقع تفجير مماثل قرب ساحة التحرير اليوم", "ساحة التحرير", EVENT),
        ("similar to last year, protesters gathered in Tahrir Square", "Tahrir", EVENT),
    ],
)
def test_a_place_named_to_compare_is_a_reference(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_an_outlet_named_after_the_city_does_not_end_an_elsewhere_streak() -> None:
    text = (
        "أصيب أربعة متظاهرين، اليوم الأربعاء، بمواجهات مع القوات الأمنية في ساحة الحبوبي وسط مدينة الناصرية.\n\n"
        'وقال مصدر محلي لـ"بغداد اليوم"، إن "المحتجين حاولوا قطع جسر الزيتون القريب من الساحة".'
    )
    assert _only(text, "2024-03-13") == []
    # A landmark of the city in an event's role does end it.
    text2 = text + "\n\nوفي بغداد، تظاهر المئات في ساحة التحرير اليوم الأربعاء."
    assert [lid for lid, _ in _only(text2, "2024-03-13")] == ["tahrir_square"]
