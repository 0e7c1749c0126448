"""Arabic casualty counts, second pass (round 4 of issue 12): hedges, choking cases, a counted object after the
subject, "the number of the dead reached", claims beside an official toll, tolls of several provinces at once.

Every sentence was written for these tests, with near misses that must not fire beside the positives (and an
English sentence where the rule is not Arabic only).
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.events import find_casualties
from tests._rows import count_pairs as _counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أفاد مصدر أمني بإصابة زهاء عشرين متظاهراً بحالات اختناق", [(None, 20)]),
        ("أصيب ما لا يقل عن ١٢٥ شخصاً، السبت، بعد اقتحام المبنى", [(None, 125)]),
        ("وأصيب حوالي 30 محتجاً بجروح طفيفة", [(None, 30)]),
        ("قتل ما يقارب عشرة أشخاص في الهجوم", [(10, None)]),
        ("وأصيب، مساء الجمعة، قرابة خمسة عشر متظاهراً", [(None, 15)]),
        ("لقي ما يزيد على عشرين شخصاً مصرعهم", [(20, None)]),
        ("وأسفر الهجوم عن إصابة ما يربو على أربعين مدنياً", [(None, 40)]),
        # near misses: a hedge before an hour or a crowd counts no one
        ("وصل المحتجون زهاء الساعة العاشرة مساء", []),
        ("تجمع ما لا يقل عن ألف متظاهر أمام البوابة", []),
    ],
)
def test_arabic_hedges_before_a_count(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سجلت الفرق الطبية ٤٧ حالة اختناق بين المحتجين", [(None, 47)]),
        ("وسجلت المستشفيات ثلاثين حالة اختناق وعشر إصابات بالرصاص المطاطي", [(None, 40)]),
        # near misses: cases of nothing said to hurt, and choking named without a count
        ("سجلت الفرق الطبية ٤٧ حالة تسمم غذائي في المخيم", []),
        ("وتراجعت حالات الاختناق بعد توقف إطلاق الغاز", []),
    ],
)
def test_choking_cases_are_injuries(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أصابت شظايا صاروخ كاتيوشا سقط قرب النصب في منطقة الكرخ، مساء الاثنين، ثلاثة مدنيين كانوا في سيارة أجرة",
            [(None, 3)],
        ),
        ("قتلت القوات الأمنية أربعة متظاهرين عند الجسر", [(4, None)]),
        ("وأصاب الرصاص المطاطي نحو عشرين محتجاً", [(None, 20)]),
        ("وقال شهود إن قوات مكافحة الشغب أصابت العشرات من المحتجين بالرصاص المطاطي", [(None, 12)]),
        # near misses: what was hit is no people, and a number told of a building
        ("أصاب الصاروخ ثلاثة منازل في الحي", []),
        ("أصابت القذيفة مبنى يسكنه ٣ أشخاص", []),
    ],
)
def test_a_counted_object_after_the_subject(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقالت الوزارة إن عدد المصابين بلغ ١٢٥ شخصاً", [(None, 125)]),
        ("وأكد المصدر أن عدد الشهداء وصل إلى سبعة متظاهرين", [(7, None)]),
        ("بلغ عدد الجرحى ٢٢ شخصاً", [(None, 22)]),
        ("وتعرض ٢٥ متظاهراً للاختناق", [(None, 25)]),
        # near miss: the number of demonstrators reached is a crowd, no toll
        ("وقال المنظمون إن عدد المتظاهرين بلغ خمسة آلاف", []),
        ("دعا الصدر ٢٥ متظاهراً للاعتصام", []),
    ],
)
def test_the_number_of_the_dead_or_wounded_reached(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ("غير أن مصادر طبية تحدثت عن وصول أكثر من ستين جريحاً", True),
        ("فيما قال ناشطون إن خمسة متظاهرين قتلوا", True),
        ("Activists said 12 protesters were killed", True),
        ("Medical sources spoke of more than 60 wounded", True),
        # near misses: the ministry's and a medical source's statement are no claim against another toll
        ("وقالت وزارة الصحة إن خمسة متظاهرين قتلوا", False),
        ("The ministry said 12 protesters were killed", False),
    ],
)
def test_a_claimed_toll_is_provisional(text: str, initial: bool) -> None:
    (count,) = find_casualties(text)
    assert count.initial is initial


def test_the_official_toll_stands_over_the_claims_of_medics_and_activists() -> None:
    text = (
        "أطلقت القوات الأمنية الرصاص الحي على المتظاهرين عند جسر السنك وسط بغداد مساء اليوم السبت.\n\n"
        "وأعلنت وزارة الصحة أن حصيلة المواجهات بلغت حالتي وفاة وثلاثين إصابة.\n\n"
        "غير أن مصادر طبية تحدثت عن أكثر من خمسين جريحاً، فيما قال ناشطون إن عدد الشهداء بلغ ستة متظاهرين."
    )
    frame = extract_incidents(text, published="2019-11-16")
    assert len(frame) == 1
    assert (frame.iloc[0]["fatalities"], frame.iloc[0]["injuries"]) == (2, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أعلنت المفوضية مقتل ثمانية متظاهرين وإصابة ١٤٠ آخرين في بغداد وذي قار والبصرة، بينهم ثلاثة قتلى و٥٦ "
            "جريحاً في بغداد وحدها.",
            [(3, None), (None, 56)],
        ),
        ("Eight protesters were killed in Baghdad, Basra and Nasiriyah", []),
        ("Thirteen protesters were killed in Baghdad and southern provinces", []),
        (
            "أن حصيلة ضحايا التظاهرات في بغداد والمحافظات بلغت ١٣ قتيلاً و٢٠٠ جريح، بينها قتيلان و٤٥ جريحاً في العاصمة.",
            [(2, None), (None, 45)],
        ),
        ("وقتل خمسة محتجين في محافظتي بغداد وكربلاء", []),
        # near misses: the capital alone, and two cities told apart with their own counts
        ("Three protesters were killed in Baghdad on Friday", [(3, None)]),
        ("قتل ثلاثة متظاهرين في بغداد، فيما قتل اثنان في البصرة", [(3, None), (2, None)]),
    ],
)
def test_a_toll_of_several_provinces_is_no_toll_of_the_capital(
    text: str, expected: list[tuple[int | None, int | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "لا" inside an accusative ("قتيلاً", read without its tanween) is no negation
        ("ارتفعت حصيلة ضحايا التفجير إلى ٣٢ قتيلاً و١١٠ جرحى", [(32, None), (None, 110)]),
        ("ولا توجد إصابات بين المدنيين", [(None, 0)]),
        ("ودون تسجيل أي إصابات", [(None, 0)]),
    ],
)
def test_a_negation_begins_a_word(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("توفي متظاهران متأثرين بجراحهما", [(2, None)]),
        ("وتوفي متظاهر في المستشفى", [(1, None)]),
        # near miss: the verb of a person not counted as a casualty of the event
        ("وتوفي والده قبل سنوات", []),
    ],
)
def test_died_verb_first(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


# Round 5 (reports 721-732): the people named by the noun's form with "لقي", relatives, bodies, death as a noun,
# plural deaths counted before the verb, tolls that rose "لترتفع حصيلة القتلى إلى", tallies counted since a day,
# gaps that open with "على" or a "ب" word, a group struck besides ("كما أصيب"), unnamed sources, negated nouns.


def _flags(text: str) -> list[tuple[int | None, int | None, bool, bool, bool]]:
    return [(c.fatalities, c.injuries, c.update, c.initial, c.also) for c in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ولقي شابان حتفهما غرقاً بعد سقوطهما من الجسر", [(2, None)]),
        ("لقيت طفلة مصرعها دهساً قرب الساحة", [(1, None)]),
        ("لقي منتسب في الشرطة الاتحادية حتفه بانفجار العبوة", [(1, None)]),
        ("ولقي ٤ أشخاص مصرعهم في الحادث", [(4, None)]),
        # near misses: a plural with no number, "لقي" with no death, a comma before the object
        ("ولقي محتجون حتفهم خلال الأسابيع الماضية", []),
        ("لقي المقترح قبولاً واسعاً بين الكتل السياسية", []),
        ("لقي الوزير انتقادات، وتحدث عن حتف المشروع", []),
    ],
)
def test_met_death_with_the_people_named_by_their_noun(
    text: str, expected: list[tuple[int | None, int | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أسفر القصف عن إصابة امرأة مسنة وحفيدتها بجروح", [(None, 2)]),
        ("وأدى الانفجار إلى مقتل سائق الشاحنة ونجله", [(2, None)]),
        ("أسفرت الغارة عن مقتل رجل وطفليه", [(3, None)]),
        ("مقتل شاب وأخيه بنيران مسلحين مجهولين", [(2, None)]),
        # near misses: what belongs to the one named is no person
        ("أسفر عن مقتل مواطن وإحراق منزله", [(1, None)]),
        ("أسفر عن إصابة شخص وتضرر سيارته", [(None, 1)]),
    ],
)
def test_a_relative_joined_by_a_possessive_adds(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال مسعف إن ثلاثة من الجرحى فارقوا الحياة في الطريق إلى المستشفى", [(3, None)]),
        ("اثنان من المصابين توفيا صباح اليوم", [(2, None)]),
        ("أسفر الحادث عن وفاة ثلاثة أشخاص", [(3, None)]),
        ("أعلنت الصحة وفاة متظاهر متأثراً بجراحه", [(1, None)]),
        ("وسجلت المستشفيات ٥ حالات وفاة", [(5, None)]),
        ("وأكد مصدر في الطب العدلي تسلم جثتين", [(2, None)]),
        ("ونقلت فرق الدفاع المدني ٤ جثث إلى المستشفى", [(4, None)]),
        ("أسفر الاشتباك عن مقتل عنصرين اثنين من الحماية", [(2, None)]),
        ("أعلنت الوزارة حالتي وفاة وثلاثين إصابة", [(2, None), (None, 30)]),
        # near misses: a death of long ago in the family, the wounded who are still alive
        ("واستذكر المتحدث وفاة والده قبل أعوام", []),
        ("وقال إن حالة المصابين مستقرة", []),
    ],
)
def test_deaths_as_nouns_bodies_and_the_wounded_who_died(
    text: str, expected: list[tuple[int | None, int | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتوفي اثنان آخران صباحاً، لترتفع حصيلة القتلى إلى سبعة", [(7, None, True, False, False)]),
        ("وبذلك ارتفعت حصيلة الجرحى إلى ٤٢", [(None, 42, True, False, False)]),
        ("وبلغت حصيلة الوفيات ١٢ حالة", [(12, None, False, False, False)]),
        # a toll counted since a day in its own words is a running tally, risen or not
        ("وبذلك ترتفع حصيلة القتلى منذ الأول من تشرين الأول إلى ١٠٩", []),
        ("ويرتفع عدد القتلى منذ بدء المواجهات يوم الجمعة الماضي إلى تسعة", []),
        ("وقتل منذ الثالث من آذار ٢٠ متظاهراً في العاصمة", []),
        # near misses: a toll of the day "since this morning", a "since" that is no time
        ("وارتفعت حصيلة ضحايا التفجير منذ صباح اليوم إلى خمسة قتلى", [(5, None, True, False, False)]),
    ],
)
def test_tolls_that_rose_and_tallies_since_a_day(
    text: str, expected: list[tuple[int | None, int | None, bool, bool, bool]]
) -> None:
    assert _flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأصيب على إثر ذلك ستة متظاهرين", [(None, 6)]),
        ("أصيب بحالات اختناق أكثر من ٤٠ محتجاً", [(None, 40)]),
        ("وأصيب بالرصاص الحي ثلاثة شبان", [(None, 3)]),
        ("وأصيب ما يقرب من ٣٠ شخصاً بجروح", [(None, 30)]),
        ("قتل بحدود عشرة أشخاص في الهجوم", [(10, None)]),
        # near misses: times, distances and munitions after the gap are no people; a year is none
        ("أصيب بالإحباط أربع مرات متتالية", []),
        ("وأصيب بشظية في رأسه قبل ثلاثة أيام", []),
        ("أصيب برصاصة في صدره عام 2019", []),
    ],
)
def test_gaps_opening_with_ala_or_a_ba_word(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("كما أصيب خمسة من منتسبي الشرطة بالحجارة", [(None, 5, False, False, True)]),
        ("كما أسفر القصف عن مقتل امرأة", [(1, None, False, False, True)]),
        ("Four policemen were also injured.", [(None, 4, False, False, True)]),
        ("The blast also killed two passers-by.", [(2, None, False, False, True)]),
        # near misses: "كما" that is "as" and a plain count, "also" that is not the verb's
        ("وقال كما أفاد المصدر إن ثلاثة أصيبوا", [(None, 3, False, False, False)]),
        ("The ministry also said that 20 people were hurt.", [(None, 20, False, False, False)]),
    ],
)
def test_a_group_struck_besides_is_marked(
    text: str, expected: list[tuple[int | None, int | None, bool, bool, bool]]
) -> None:
    assert _flags(text) == expected


def test_a_group_struck_besides_adds_to_the_event_count() -> None:
    text = (
        "أصيب ستة متظاهرين، اليوم الأحد، خلال تفريق القوات الأمنية تظاهرة للخريجين أمام وزارة التخطيط وسط بغداد.\n\n"
        "كما أصيب ثلاثة من عناصر حفظ القانون بجروح طفيفة خلال التدافع، بحسب مصدر أمني."
    )
    frame = extract_incidents(text, published="2024-03-10")
    assert len(frame) == 1
    assert frame.iloc[0]["injuries"] == 9


def test_a_second_count_without_also_does_not_add() -> None:
    text = (
        "أصيب ستة متظاهرين، اليوم الأحد، خلال تفريق القوات الأمنية تظاهرة للخريجين أمام وزارة التخطيط وسط بغداد.\n\n"
        "وقال مصدر أمني إن ثلاثة من المصابين نقلوا إلى مستشفى ابن النفيس."
    )
    frame = extract_incidents(text, published="2024-03-10")
    assert len(frame) == 1
    assert frame.iloc[0]["injuries"] == 6


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ("وقال مصدر أمني، فضل عدم الكشف عن اسمه، إن أربعة أشخاص قتلوا", True),
        ("وأكد ضابط طلب عدم ذكر اسمه مقتل اثنين من الحراس", True),
        ("Two officials, speaking on condition of anonymity, said five people were killed.", True),
        # near misses: a named source, a source whose name is given
        ("وقال مدير الدفاع المدني إن أربعة أشخاص قتلوا", False),
        ("Police spokesman Ahmed Ali said five people were killed.", False),
    ],
)
def test_an_unnamed_source_is_a_claim(text: str, initial: bool) -> None:
    (count,) = find_casualties(text)
    assert count.initial is initial


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ولم ترد أنباء عن سقوط قتلى", [(0, None)]),
        ("ولم يسفر الانفجار عن وقوع أي جرحى", [(None, 0)]),
        # near misses: a negation of something else, the dead named with the article
        ("لم تمنع الإجراءات الأمنية سقوط قتلى", []),
        ("ولم يتم التعرف على هوية القتلى حتى الآن", []),
    ],
)
def test_negated_dead_or_wounded_nouns(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negation whose subject begins with "الا" ("الانفجار", "الاشتباكات") is still a negation
        ("لم تسفر الاشتباكات عن وقوع إصابات", [(None, 0)]),
        ("ولم يسفر الانفجار عن أي خسائر بشرية", [(0, 0)]),
        # near miss: "إلا" as a word of its own is "only", no negation
        ("ولم تسجل إلا إصابات طفيفة", []),
    ],
)
def test_a_negated_subject_on_al_a_is_still_negated(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbers from eleven on count a singular accusative noun: the object is counted, not one
        ("قتلت القوات الأمنية ٢٠ متظاهراً عند الجسر", [(20, None)]),
        ("وقتل المسلحون خمسة عشر مدنياً", [(15, None)]),
        # near miss: the one killed as an indefinite object stays one
        ("قتلت القوات الأمنية متظاهراً عند الجسر", [(1, None)]),
    ],
)
def test_a_counted_singular_object_is_its_number(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أصيب خمسة صحفيين ومصور خلال التغطية", [(None, 6)]),
        ("أسفر عن مقتل ثلاثة متظاهرين ومسعف", [(4, None)]),
        ("وتسبب القصف بمقتل رجل وإصابة طفليه", [(1, None), (None, 2)]),
        ("أصيب فيها تسعة أشخاص", [(None, 9)]),
        ("وأصيب خلالها أربعة محتجين", [(None, 4)]),
        ("أصيب ما يقارب الـ٤٠ شخصاً بحالات اختناق", [(None, 40)]),
        ("وإصابة أكثر من ال٣٠ متظاهراً", [(None, 30)]),
        ("وأسفرت المواجهات عن سقوط ٤ شهداء و١٥٠ جريحاً", [(4, 150)]),
        # near misses: what is joined is no person; a gap pronoun before a time is no count
        ("أصيب ثلاثة أشخاص وتضررت سيارتان", [(None, 3)]),
        ("أصيب فيها قبل ثلاثة أيام", []),
    ],
)
def test_one_more_joined_pronoun_gaps_article_digits_and_martyrs(
    text: str, expected: list[tuple[int | None, int | None]]
) -> None:
    assert _counts(text) == expected


def test_a_stated_claim_outranks_a_vague_word() -> None:
    text = (
        "أصيب العشرات من المحتجين، عصر اليوم السبت، بحالات اختناق بعد أن أطلقت القوات الأمنية الغاز المسيل للدموع "
        "عليهم في ساحة الخلاني وسط بغداد.\n\n"
        "وقال مسعف متطوع، طلب عدم الكشف عن اسمه، إن ٥٧ محتجاً نقلوا إلى المستشفيات بحالات اختناق."
    )
    frame = extract_incidents(text, published="2019-12-14")
    assert len(frame) == 1
    assert frame.iloc[0]["injuries"] == 57


def test_a_vague_word_does_not_outrank_a_stated_number_nor_a_smaller_one_a_vague() -> None:
    near_miss = (  # a stated number smaller than the vague word's value: the larger stays (no conflict is read)
        "أصيب العشرات من المحتجين، عصر اليوم السبت، بحالات اختناق بعد أن أطلقت القوات الأمنية الغاز المسيل للدموع "
        "عليهم في ساحة الخلاني وسط بغداد.\n\n"
        "وقال مسعف إن خمسة محتجين نقلوا إلى المستشفيات بحالات اختناق."
    )
    frame = extract_incidents(near_miss, published="2019-12-14")
    assert frame.iloc[0]["injuries"] == 12
    stated_first = (
        "أصيب ٣٥ محتجاً، عصر اليوم السبت، بحالات اختناق بعد أن أطلقت القوات الأمنية الغاز المسيل للدموع عليهم في "
        "ساحة الخلاني وسط بغداد.\n\nوقال شهود إن العشرات أصيبوا."
    )
    frame = extract_incidents(stated_first, published="2019-12-14")
    assert frame.iloc[0]["injuries"] == 35


def test_the_wounded_of_the_two_sides_add_up() -> None:
    text = (
        "أعلنت قيادة عمليات بغداد، اليوم الخميس، إصابة ٩ منتسبين من القوات الأمنية جراء رشقهم بالحجارة من قبل محتجين "
        "قرب بوابة الجسر المعلق.\n\nفي المقابل، قال منظمو الاحتجاج إن ١٤ محتجاً أصيبوا بالرصاص المطاطي."
    )
    frame = extract_incidents(text, published="2021-11-25")
    assert len(frame) == 1
    assert frame.iloc[0]["injuries"] == 23


@pytest.mark.parametrize(
    "second",
    [
        "وقال مصدر أمني إن ٩ من عناصر الأمن أصيبوا بجروح طفيفة.",  # the same side told twice: the larger
        "وقال مصدر طبي إن ١٤ شخصاً أصيبوا.",  # people in general: the larger
    ],
)
def test_the_same_side_or_people_in_general_do_not_add(second: str) -> None:
    text = (
        "أعلنت قيادة عمليات بغداد، اليوم الخميس، إصابة ٩ منتسبين من القوات الأمنية جراء رشقهم بالحجارة من قبل محتجين "
        f"قرب بوابة الجسر المعلق.\n\n{second}"
    )
    frame = extract_incidents(text, published="2021-11-25")
    assert len(frame) == 1
    assert frame.iloc[0]["injuries"] == (9 if "عناصر" in second else 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وسقطت القذيفة في أرض خالية دون وقوع أضرار بشرية", [(0, 0)]),
        ("ولم يسفر الانفجار عن أي أضرار بشرية أو مادية", [(0, 0)]),
        ("ولم يصب أي من المعتصمين بأذى", [(0, 0)]),
        ("ولم يتعرض أحد للأذى بحسب المصدر", [(0, 0)]),
        # near misses: damage to things is no casualty statement
        ("ولم يصب المبنى بأضرار تذكر", []),
        ("لم يتعرض المبنى لأضرار كبيرة", []),
        ("وتسبب الانفجار بأضرار مادية في ثلاث سيارات", []),
    ],
)
def test_no_human_harm(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected
