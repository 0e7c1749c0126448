"""Casualty counts read from the language (round 9), on sentences written for these tests.

1. what counts a person: treatment with no cause named, a pronoun ending its clause, the Arabic verbal noun with its
   pronoun after a verb of causing, a named person and "N of his" people, participles of the form متفاعل;
2. which toll stands: an unverified toll another source put, an account set against another by "though", the target
   of a strike named by his rank against a larger toll;
3. whose toll: a count whose own phrase names another city, a toll told before "In a separate protest", a city named
   in what a crowd protested or in a person's post (no streak of another city), a drone brought down and the count of
   none of a detail passage after it;
4. Arabic: "none of the rockets hit the embassy" is no count of none; a place phrase between the toll's noun and "إلى";
5. a clock's "p.m." ends no sentence before a lower-case or bracketed continuation.

Each group has cases that must not fire.
"""

from __future__ import annotations

import pytest

from geoincidents.extraction.events import find_casualties
from geoincidents.extraction.rules.segment import split_sentences
from tests._rows import Row, event_rows
from tests._rows import count_pairs as _counts


def _rows(text: str, published: str = "2024-03-08") -> list[Row]:
    return event_rows(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # treatment with no cause named is for what hurt them
        ("Medics said four marchers and a policeman received treatment.", [(None, 5)]),
        ("Eleven people received medical treatment at the scene, a doctor said.", [(None, 11)]),
        ("وقال مسعف إن ستة محتجين تلقوا العلاج في خيمة طبية.", [(None, 6)]),
        ("Doctors said 35 people were treated, most for tear gas inhalation.", [(None, 35)]),
        ("Nine protesters were treated at the scene.", [(None, 9)]),
        # a pronoun object ending its clause is one
        ("Masked men stopped the taxi driver and shot at him, killing him instantly, police said.", [(1, None)]),
        ("A gunman fired at the shopkeeper, wounding him.", [(None, 1)]),
        ("ألقى مجهول قنبلة على صاحب المحل، ما أدى إلى مقتله على الفور.", [(1, None)]),
        ("انفجرت عبوة لاصقة بسيارة موظف، ما أسفر عن إصابته بجروح.", [(None, 1)]),
        # a named person and some of his own people
        ("The drone strike killed Jaafar al-Husseini and three of his guards.", [(4, None)]),
        ("وقتلت الغارة الحسيني وثلاثة من حراسه.", [(4, None)]),
        # participles of the form متفاعل name people
        ("أسفر الانفجار عن إصابة متقاعد بجروح طفيفة.", [(None, 1)]),
        ("وأصيب متعاقدان أجنبيان بجروح.", [(None, 2)]),
    ],
)
def test_who_counts_as_a_person(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six pilgrims received treatment for heat exhaustion.", []),
        ("Three marchers received treatment at a tent for heat exhaustion.", []),
        ("Six marchers were treated, most for heat exhaustion.", []),
        ("The detainees were treated well, the ministry said.", []),
        ("وقال مسعف إن ستة محتجين تلقوا العلاج من ضربات الحر.", []),
        ("The ministry promised treatment to anyone hurt.", []),
        ("Police are still hunting the men who killed him last year and others.", []),
        ("وأعلن الوزير إصابته بفيروس كورونا.", []),
        ("Police arrested Jaafar al-Husseini and two of his brothers.", []),
        ("وقتل مسلحون الحسيني وعشرات من أنصاره.", []),
    ],
)
def test_who_counts_must_not_fire(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


def test_an_unverified_toll_another_source_put_is_a_claim() -> None:
    text = "A militia source put the death toll at five, a figure that could not be independently verified."
    (count,) = find_casualties(text)
    assert (count.fatalities, count.initial, count.update) == (5, True, False)
    (later,) = find_casualties("Hospital officials later put the death toll at five.")
    assert later.update and not later.initial


def test_an_account_set_against_another_by_though() -> None:
    counts = find_casualties("One protester was killed, though the organizers said three had died.")
    assert [(c.fatalities, c.initial) for c in counts] == [(1, False), (3, True)]
    counts = find_casualties("قتل متظاهر واحد، رغم أن منظمي الاعتصام قالوا إن ثلاثة قتلوا.")
    assert [(c.fatalities, c.initial) for c in counts] == [(1, False), (3, True)]
    # not two accounts: another kind after "though"
    counts = find_casualties("One protester was killed, though two others were only wounded.")
    assert not any(c.initial for c in counts)


def test_the_target_named_by_rank() -> None:
    (count,) = find_casualties("The military said its strike killed a senior commander of the group.")
    assert count.single
    (count,) = find_casualties("أسفرت الضربة عن مقتل قيادي في الفصيل.")
    assert count.single
    (count,) = find_casualties("The strike killed one commander.")
    assert not count.single
    (count,) = find_casualties("Gunmen killed a protester near the square.")
    assert not count.single


def test_a_larger_toll_stands_against_the_target_named_by_rank() -> None:
    text = (
        "A drone strike hit a car in Baghdad's Jadriya district late on Tuesday, killing a senior commander of an "
        "armed group, officials said.\n\n"
        "The strike set the car on fire.\n\n"
        "Two security sources said three people were killed, including the commander.\n\n"
        "The Pentagon said in a statement that its forces had killed a commander of the group."
    )
    assert [r[2] for r in _rows(text)] == [3]


def test_a_count_placed_in_another_city_by_its_own_phrase() -> None:
    text = (
        "Iraqis angry at power cuts protested in Tahrir Square and in several southern cities on Friday, and one "
        "protester was killed in clashes with police in Nasiriyah, officials said."
    )
    rows = _rows(text)
    assert rows and all(r[2] is None for r in rows)
    # a count in the city, another city named later in another clause: kept
    text = (
        "Security forces fired tear gas at protesters in Tahrir Square on Friday, wounding twelve, while smaller "
        "rallies were held in Basra."
    )
    assert any(r[3] == 12 for r in _rows(text))


def test_a_count_before_a_separate_event_is_not_its_toll() -> None:
    text = (
        "Riot police fired water cannon at hundreds of teachers protesting outside parliament on Monday.\n\n"
        "The teachers had gathered in the morning to demand higher pay.\n\n"
        '"They beat us and many of us were injured," one of the organisers said.\n\n'
        "The Health Ministry said eight people were taken to hospital with light injuries.\n\n"
        "In a separate protest on Monday, dozens of nurses gathered outside the Ministry of Health in Bab al-Muadham."
    )
    rows = _rows(text)
    assert sorted(r[3] for r in rows if r[3] is not None) == [8]
    assert any(r[0] == "Protest with intervention" and r[3] == 8 for r in rows)


def test_a_city_in_what_the_crowd_protested_leaves_no_streak() -> None:
    text = (
        "Hundreds of protesters stormed a foreign company's office in Baghdad on Friday and set part of it on fire, "
        "protesting the killing of an activist in Basra.\n\n"
        "Police said several members of the security forces were hurt when they were pelted with stones."
    )
    rows = _rows(text)
    assert [r[3] for r in rows] == [10]
    # the other city told as the place of the news: the count after it stays that city's
    text = (
        "Hundreds of protesters stormed a company office in Basra on Friday and set part of it on fire.\n\n"
        "Police said several members of the security forces were hurt when they were pelted with stones."
    )
    assert _rows(text) == []


def test_a_city_of_a_person_s_post_is_no_place_told() -> None:
    text = (
        "A drone strike hit a car in eastern Baghdad late on Tuesday, killing a senior commander of an armed group.\n\n"
        "Security sources said three people were killed, including Abu Ali, who they described as the group's "
        "commander of operations in Syria."
    )
    assert [r[2] for r in _rows(text)] == [3]
    # a person placed in another city by no relative clause: that city's
    text = "In Basra, three people were killed, including an officer, police said."
    assert _rows(text) == []


def test_the_none_of_a_detail_after_a_drone_brought_down() -> None:
    text = (
        "An explosive-laden drone was shot down near Baghdad airport late on Saturday, two security sources said.\n\n"
        "The sources said the drone was brought down by the base's defence system before it reached its target.\n\n"
        "No casualties or damage were reported."
    )
    rows = _rows(text)
    assert [(r[0], r[2], r[3]) for r in rows] == [("Disrupted weapons use", 0, 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ولم يصب أي من الصاروخين مبنى السفارة.", []),
        ("ولم تصب أي من القذائف المقر.", []),
        ("ولم يصب أي من المتظاهرين.", [(0, 0)]),
        ("ولم يصب أي شخص.", [(0, 0)]),
    ],
)
def test_none_of_the_rockets_hit_is_no_count_of_none(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


def test_a_place_between_the_toll_noun_and_its_number() -> None:
    (count,) = find_casualties("وأكد مصدر ارتفاع عدد المصابين في محيط الساحة إلى 17.")
    assert (count.injuries, count.update) == (17, True)
    (count,) = find_casualties("وارتفع عدد القتلى جراء القصف إلى خمسة.")
    assert count.fatalities == 5
    # no number after the phrase: no count
    assert _counts("ولم يعرف عدد المصابين في المستشفى بعد.") == []
    (count,) = find_casualties("The number of injured at the bridge rose to 23, medics said.")
    assert (count.injuries, count.update) == (23, True)
    (count,) = find_casualties("The number of dead in the Karrada blast had reached nine.")
    assert count.fatalities == 9
    assert _counts("The number of wounded at the bridge is not known.") == []


def test_a_clock_abbreviation_ends_no_sentence_before_lower_case() -> None:
    text = "The blast came at 9:30 p.m. (1830 GMT), killing two. It was the third."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The blast came at 9:30 p.m. (1830 GMT), killing two.",
        "It was the third.",
    ]
    text = "The blast came at 9:30 p.m. The next day was calm."
    assert len(split_sentences(text)) == 2


def test_the_other_one_s_count_goes_to_the_event_at_its_place() -> None:
    text = (
        "سقط صاروخان، مساء اليوم الخميس، قرب نصب الجندي المجهول في بغداد.\n\n"
        "وقال مصدر أمني إن الصاروخين أطلقا من منطقة زراعية، وقد سقط أحدهما في أرض فارغة، فيما سقط الآخر قرب نصب "
        "الجندي المجهول، ما أدى إلى إصابة أحد المارة بجروح طفيفة."
    )
    assert [r[3] for r in _rows(text)] == [1]
    # the other one's clause naming no place: not the first event's
    text = (
        "سقط صاروخان، مساء اليوم الخميس، قرب نصب الجندي المجهول في بغداد.\n\n"
        "وقال مصدر أمني إن الصاروخين أطلقا من منطقة زراعية، وقد سقط أحدهما في أرض فارغة، فيما انفجر الآخر في "
        "الجو، ما أدى إلى إصابة أحد المارة."
    )
    assert [r[3] for r in _rows(text)] == [None]


def test_some_of_the_wounded_who_died_told_verb_first() -> None:
    counts = find_casualties("وتوفي أحد الجرحى لاحقاً متأثراً بجروحه.")
    assert [(c.fatalities, c.injuries, c.one_more) for c in counts] == [(1, None, True)]
    counts = find_casualties("وفارق اثنان من المصابين الحياة في المستشفى.")
    assert [(c.fatalities, c.injuries, c.one_more) for c in counts] == [(2, None, True)]
    # not a verb of dying: the wounded counted again
    counts = find_casualties("وأصيب أحد الجرحى مجدداً.")
    assert [(c.fatalities, c.injuries) for c in counts] == [(None, 1)]


def test_the_other_cities_of_what_was_protested_and_of_a_post_in_arabic() -> None:
    text = (
        "اقتحم مئات المحتجين مقر شركة أجنبية في بغداد، اليوم الجمعة، وأضرموا النار في أجزاء منه، احتجاجاً على مقتل "
        "ناشط في البصرة.\n\nوقالت الشرطة إن عدداً من عناصر الأمن أصيبوا برشق الحجارة."
    )
    assert [r[3] for r in _rows(text)] == [10]
    text = (
        "اقتحم مئات المحتجين مقر شركة في البصرة، اليوم الجمعة، وأضرموا النار في أجزاء منه.\n\n"
        "وقالت الشرطة إن عدداً من عناصر الأمن أصيبوا برشق الحجارة."
    )
    assert _rows(text) == []
    text = (
        "استهدفت طائرة مسيرة سيارة في منطقة المشتل شرقي بغداد، مساء اليوم الثلاثاء، ما أدى إلى مقتل قيادي في فصيل "
        "مسلح.\n\nوقالت مصادر أمنية إن ثلاثة أشخاص قتلوا، بينهم أبو علي الذي وصفته المصادر بأنه مسؤول عمليات الفصيل "
        "في سوريا."
    )
    assert [r[2] for r in _rows(text)] == [3]
