"""Place names as reports spell them: Arabic vowel marks inside a word, spelling variants, the bank of a
bridge, abbreviations, synonyms of parliament.

Every sentence here is written for these tests (English and Arabic), with cases that must not match.
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction._phrases import tokenize
from geoincidents.extraction.geocoding import find_places
from geoincidents.extraction.rules.segment import split_sentences
from geoincidents.gazetteer.names import normalize_name


def _ids(text: str) -> list[str]:
    return [m.landmark.landmark_id for m in find_places(text)]


@pytest.mark.parametrize(
    ("word", "n_tokens"),
    [("الخلّاني", 1), ("الجادريّة", 1), ("النوّاب", 1), ("البرلمانِ", 1), ("مُتظاهرون", 1), ("Kadhimi's", 1)],
)
def test_a_word_with_arabic_vowel_marks_is_one_token(word: str, n_tokens: int) -> None:
    assert len(tokenize(word)) == n_tokens


@pytest.mark.parametrize(
    ("text", "landmark_id"),
    [
        ("هاجم مسلحون المعتصمين في ساحة الخلّاني مساء أمس", "khilani_square"),
        ("انفجرت عبوة قرب سياج فندق في منطقة الجادريّة فجر اليوم", "jadriya"),
        ("اقتحم المتظاهرون مبنى مجلس النوّاب العراقي", "baghdad_convention_center"),
        ("تجمع المحتجون عند الجسرِ المعلّق", "bridge_14_july"),
    ],
)
def test_a_name_written_with_vowel_marks_is_the_landmark(text: str, landmark_id: str) -> None:
    assert landmark_id in _ids(text)


def test_american_is_one_word_in_both_arabic_spellings() -> None:
    assert normalize_name("السفارة الأميركية") == normalize_name("السفارة الأمريكية")
    assert normalize_name("القوات الاميركية") == normalize_name("القوات الأمريكية")
    assert "us_embassy" in _ids("سقطت ثلاثة صواريخ قرب مبنى السفارة الأميركية داخل المنطقة الخضراء")
    assert "us_embassy" in _ids("تجمع محتجون أمام السفارة الاميركية")
    # not another country's embassy
    assert "us_embassy" not in _ids("تجمع محتجون أمام السفارة السويدية")


@pytest.mark.parametrize(
    ("text", "landmark_id"),
    [
        ("Police fired tear gas at the eastern foot of the Republic Bridge on Sunday.", "bridge_jumhuriya_tahrir_end"),
        ("Protesters massed at the western end of the Jumhuriya Bridge.", "bridge_jumhuriya_gz_end"),
        ("Students blocked the Karkh side of al-Ahrar Bridge.", "bridge_ahrar_karkh_end"),
        ("Crowds gathered on the east bank approaches of the Sinak Bridge.", "bridge_sinak_khilani_end"),
        # the far side of the suspension bridge from the zone: its Karrada end, named by its bank
        ("Supporters pitched tents at the eastern end of the suspension bridge.", "bridge_14_july_outside_end"),
        ("تجمع المحاضرون عند مقتربات جسر الجمهورية من جانب الرصافة", "bridge_jumhuriya_tahrir_end"),
        ("احتشد المتظاهرون على جسر السنك من جهة الكرخ", "bridge_sinak_karkh_end"),
        ("قطع محتجون جسر الأحرار من الجهة الشرقية", "bridge_ahrar_rusafa_end"),
    ],
)
def test_the_bank_of_a_bridge_names_its_end(text: str, landmark_id: str) -> None:
    assert landmark_id in _ids(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # where the crowd headed is not the side it stood on
        (
            "تجمعوا عند مقتربات جسر الجمهورية من جانب الرصافة، محاولين العبور نحو المنطقة الخضراء",
            "bridge_jumhuriya_gz_end",
        ),
        (
            "They gathered at the Tahrir end of the Jumhuriya Bridge, heading towards the Green Zone.",
            "bridge_jumhuriya_gz_end",
        ),
    ],
)
def test_where_a_crowd_headed_does_not_name_the_bridge_end(text: str, wrong: str) -> None:
    ids = _ids(text)
    assert wrong not in ids
    assert "bridge_jumhuriya_tahrir_end" in ids


def test_a_bank_word_without_a_side_cue_names_no_end() -> None:
    # "eastern Baghdad" is no side of the bridge
    ids = _ids("A march in eastern Baghdad crossed the Sinak Bridge.")
    assert "bridge_sinak" in ids
    assert not any(lid.startswith("bridge_sinak_") for lid in ids)


@pytest.mark.parametrize(
    "text",
    [
        "A mortar round exploded outside Iraq's legislature on Wednesday.",
        "Rioters broke into the Iraqi legislature.",
        "Shots were fired near the legislature, police said.",
    ],
)
def test_the_legislature_is_parliament(text: str) -> None:
    assert "baghdad_convention_center" in _ids(text)


def test_another_legislature_is_not_iraqs() -> None:
    assert "baghdad_convention_center" not in _ids("Protesters rallied outside the Kurdistan legislature in Erbil.")


@pytest.mark.parametrize("abbrev", ["Sq.", "Ave.", "Rd.", "Blvd."])
def test_a_place_abbreviation_ends_no_sentence(abbrev: str) -> None:
    text = f"Police dispersed graduates in Tahrir {abbrev} on Sunday, witnesses said. Nobody was hurt."
    sentences = split_sentences(text)
    assert len(sentences) == 2


def test_the_date_after_square_abbreviation_is_the_events() -> None:
    text = (
        "Iraqi riot police turned water cannon on hundreds of graduates who rallied beneath the Freedom Monument "
        "in Baghdad's Tahrir Sq. on Sunday, witnesses said."
    )
    frame = extract_incidents(text, published="2025-07-14")
    assert list(frame["landmark_id"]) == ["tahrir_square"]
    assert str(frame["event_date"].iloc[0].date()) == "2025-07-13"


# --- false rows: routes to other cities, side events after background, named places the gazetteer lacks ---


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, a roadside bomb struck a convoy on the highway between Baghdad and Diwaniya, causing no injuries.",
        "On Sunday, a roadside bomb struck a supply convoy on the Baghdad-Kirkuk road.",
        "انفجرت عبوة ناسفة، أمس الأحد، برتل على الطريق الرابط بين بغداد والحلة.",
        "انفجرت عبوة ناسفة، أمس الأحد، برتل على طريق بغداد - كركوك.",
    ],
)
def test_a_road_to_another_city_is_no_place_in_the_city(text: str) -> None:
    assert len(extract_incidents(text, published="2020-09-14")) == 0


def test_a_bomb_in_the_city_named_with_a_road_stays() -> None:
    text = "On Sunday, a roadside bomb struck a convoy near Tahrir Square, on the road from Baghdad to Basra."
    assert list(extract_incidents(text, published="2020-09-14")["landmark_id"]) == ["tahrir_square"]


def test_a_side_event_after_background_takes_the_storys_date() -> None:
    text = (
        "Police fired tear gas at protesters in Tahrir Square on Sunday.\n\n"
        "More than 500 people were killed in the protests that erupted in October, rights groups say.\n\n"
        "Separately, a policeman was wounded when a sound bomb went off near the Tayaran Square bus station."
    )
    frame = extract_incidents(text, published="2020-05-10")
    kinds = dict(zip(frame["event_type"], frame["event_date"].dt.date.astype(str), strict=True))
    assert kinds == {"Protests": "2020-05-10", "Explosions/Remote violence": "2020-05-10"}


def test_a_sentence_after_background_that_is_no_aside_keeps_its_inherited_date() -> None:
    text = (
        "Police fired tear gas at protesters in Tahrir Square on Sunday.\n\n"
        "In October, a bomb went off near the Tayaran Square bus station, wounding three."
    )
    frame = extract_incidents(text, published="2020-05-10")
    assert list(frame["event_type"]) == ["Protests"]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("A sound bomb went off near a liquor shop in Karrada on Sunday.", "Explosions/Remote violence"),
        ("Riot police fired sound bombs at protesters in Tahrir Square on Sunday.", "Protests"),
    ],
)
def test_a_sound_bomb_that_went_off_is_an_explosion_not_crowd_control(text: str, family: str) -> None:
    assert list(extract_incidents(text, published="2020-05-10")["event_type"]) == [family]


def test_a_protest_at_a_named_place_the_gazetteer_lacks_is_an_event_of_its_own() -> None:
    text = (
        "Riot police turned water cannon on graduates who rallied in Tahrir Square on Sunday.\n\n"
        "Earlier on Sunday, several dozen contract lecturers held a peaceful sit-down outside the Ministry of "
        "Higher Education, demanding permanent contracts."
    )
    frame = extract_incidents(text, published="2025-07-14")
    assert sorted(frame["landmark_id"]) == ["baghdad", "tahrir_square"]


def test_the_crowd_of_the_day_at_an_unnamed_spot_is_still_one_event() -> None:
    # no named place of its own: the city-wide mention joins the day's protest
    text = (
        "Riot police turned water cannon on graduates who rallied in Tahrir Square on Sunday.\n\n"
        "Several protesters in Baghdad were treated for breathing problems, medics said."
    )
    assert list(extract_incidents(text, published="2025-07-14")["landmark_id"]) == ["tahrir_square"]


@pytest.mark.parametrize(
    "text",
    [
        "Families of missing activists held a candlelight vigil in Firdos Square on Friday.",
        "Dozens of teachers staged a sit-down protest in Tahrir Square on Friday.",
    ],
)
def test_vigils_and_sit_downs_are_protests(text: str) -> None:
    frame = extract_incidents(text, published="2025-07-12")
    assert list(frame["event_type"]) == ["Protests"]


def test_the_ministry_of_planning_is_known_not_an_unknown_ministry() -> None:
    ids = _ids("Graduates rallied outside the Ministry of Planning and the Ministry of Oil.")
    assert ids[0] == "ministry_of_planning"
    assert [m.unknown for m in find_places("Graduates rallied outside the Ministry of Oil.")] == [True]


@pytest.mark.parametrize(
    ("text", "landmark_id"),
    [
        ("سقطت قذيفة هاون قرب الجسر المعلَّق من جهة الكرادة وسط العاصمة", "bridge_14_july_outside_end"),
        ("تجمع المحتجون عند الجسر المعلق من جهة كرادة مريم", "bridge_14_july_gz_end"),
        # a side told of "the bridge" named before
        (
            "Two mortar rounds landed next to Jisr al-Sinak late on Monday, one of them striking the riverbank on "
            "the Karkh side of the bridge.",
            "bridge_sinak_karkh_end",
        ),
    ],
)
def test_a_side_name_of_one_or_two_words_names_its_end(text: str, landmark_id: str) -> None:
    assert landmark_id in _ids(text)


def test_a_bridge_named_again_without_a_side_stays_the_bridge() -> None:
    ids = _ids("Two mortar rounds landed next to the Sinak Bridge. Police closed the bridge afterwards.")
    assert ids == ["bridge_sinak", "bridge_sinak"]


@pytest.mark.parametrize(
    ("text", "landmark_id"),
    [
        ("Thousands rallied in Baghdad's Firdous Square on Friday.", "firdos_square"),
        ("Thousands rallied in the capital's Tahreer Square on Friday.", "tahrir_square"),
    ],
)
def test_a_variant_name_after_a_possessive_is_read(text: str, landmark_id: str) -> None:
    assert landmark_id in _ids(text)


def test_a_longer_capitalised_name_is_still_no_square() -> None:
    assert _ids("He was taken to Sheikh Firdous Hospital.") == []


def test_towards_the_nearby_place_is_where_the_crowd_headed() -> None:
    text = (
        "Thousands rallied in Baghdad's Firdous Square on Friday.\n\nThe crowd later marched toward the nearby "
        "Palestine Hotel."
    )
    relations = {m.landmark.landmark_id: m.relation for m in find_places(text)}
    assert relations["palestine_hotel"] == "towards"
    frame = extract_incidents(text, published="2024-09-28")
    assert list(frame["landmark_id"]) == ["firdos_square"]


# --- counts: munitions are no casualties; the toll of a detail sentence goes to its event ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أفاد مصدر أمني بسقوط ثلاثة صواريخ من نوع كاتيوشا قرب السفارة", []),
        ("أعلن مصدر سقوط قذيفتين على المنطقة", []),
        ("أسفر الهجوم عن سقوط ثلاثة قتلى و١٥ جريحاً", [(3, 15)]),
        ("أسفر الانفجار عن سقوط ثلاثة شهداء", [(3, None)]),
    ],
)
def test_munitions_counted_after_a_casualty_word_are_no_casualties(
    text: str, expected: list[tuple[int | None, int | None]]
) -> None:
    from geoincidents.extraction.events import find_casualties

    assert [(c.fatalities, c.injuries) for c in find_casualties(text)] == expected


def test_the_toll_told_in_a_detail_sentence_goes_to_the_event_before_it() -> None:
    text = (
        "An explosives-packed drone slammed into the prime minister's residence early Sunday, officials said.\n\n"
        "Six members of his protection detail were wounded in the blast, adding that two other drones had been "
        "brought down."
    )
    frame = extract_incidents(text, published="2021-11-07")
    assert list(frame["landmark_id"]) == ["pm_residence"]
    assert frame["injuries"].iloc[0] == 6


def test_a_detail_toll_two_days_away_is_not_taken() -> None:
    text = (
        "An explosives-packed drone slammed into the prime minister's residence early Sunday, officials said.\n\n"
        "On Friday, six people were wounded in a blast, police said."
    )
    frame = extract_incidents(text, published="2021-11-07")
    row = frame[frame["landmark_id"] == "pm_residence"]
    assert row["injuries"].isna().all()


@pytest.mark.parametrize(
    "text",
    [
        "Riot police turned water cannon on graduates who rallied in Tahrir Square on Sunday, after some of the "
        "demonstrators tried to march across the nearby Jumhuriya bridge.",
        "فرقت القوات الأمنية المتظاهرين في ساحة التحرير أمس الأحد، بعد أن حاول بعض المتظاهرين عبور جسر الجمهورية.",
    ],
)
def test_part_of_the_crowd_in_a_later_clause_is_the_same_protest(text: str) -> None:
    assert list(extract_incidents(text, published="2025-07-14")["landmark_id"]) == ["tahrir_square"]


def test_another_crowd_in_a_later_clause_is_not_part_of_the_first() -> None:
    text = (
        "Riot police turned water cannon on graduates who rallied in Tahrir Square on Sunday, while contract "
        "teachers staged a sit-in at the Ministry of Planning."
    )
    assert sorted(extract_incidents(text, published="2025-07-14")["landmark_id"]) == [
        "ministry_of_planning",
        "tahrir_square",
    ]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "قُتل عشرون متظاهراً مساء أمس الجمعة إثر هجوم شنّه مسلحون مجهولون على المعتصمين في ساحة الخلّاني",
            "Violence against civilians",
        ),
        (
            "أصيب ثلاثة محتجين إثر هجوم مسلحين مجهولين على المتظاهرين في ساحة التحرير مساء أمس",
            "Violence against civilians",
        ),
        # an attack that is no gunmen's on a crowd
        ("سقط صاروخ قرب السفارة الأمريكية مساء أمس، في هجوم هو الثاني هذا الأسبوع", "Explosions/Remote violence"),
    ],
)
def test_an_attack_told_as_a_noun_by_gunmen_on_a_crowd_is_violence_against_civilians(
    text: str, event_type: str
) -> None:
    assert list(extract_incidents(text, published="2019-12-07")["event_type"]) == [event_type]


@pytest.mark.parametrize(
    ("text", "landmark_id"),
    [
        # transliteration variants of a district's one-word name, after a word of place or before a kind word
        ("A sticky bomb exploded in Karadah on Monday.", "karrada"),
        ("A rocket fell in Karradeh on Monday.", "karrada"),
        ("Three rockets landed in the Jadiriyya area on Monday.", "jadriya"),
        ("A bomb went off near Jaderiya on Monday.", "jadriya"),
    ],
)
def test_a_districts_transliteration_variant_is_the_district(text: str, landmark_id: str) -> None:
    assert _ids(text) == [landmark_id]


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: no word of place and no kind word; another city's name; a surname after a verb
        "Karadah residents said the blast shook their homes.",
        "A bomb exploded in Kirkuk on Monday.",
        "The minister met Mansouri on Monday.",
        # another kind word refuses a district ("Karadah Street" is a street)
        "Protesters crossed the Karadah Street on Monday.",
    ],
)
def test_a_district_variant_needs_a_word_of_place_and_no_other_kind(text: str) -> None:
    assert not any(lid in ("karrada", "jadriya", "mansour") for lid in _ids(text))


@pytest.mark.parametrize(
    ("text", "landmark_id"),
    [
        # a square's name with "Sq." for its kind word, an English name included
        ("Protesters gathered in Liberation Sq. on Monday.", "tahrir_square"),
        ("Police fired tear gas near Eagles Sq on Monday.", "nisour_square"),
        ("A rally was held in Firdos Sq. on Monday.", "firdos_square"),
    ],
)
def test_a_squares_name_abbreviated_sq_is_the_square(text: str, landmark_id: str) -> None:
    assert _ids(text) == [landmark_id]


def test_an_abbreviated_sq_after_another_word_names_no_square() -> None:
    # "Liberation" alone, or a square the gazetteer lacks, is no landmark of its own
    assert _ids("The Liberation Army Sq. was empty.") == []
