"""Arabic casualty counts, second pass (round 4 of issue 12): hedges, choking cases, a counted object after the
subject, "the number of the dead reached", claims beside an official toll, tolls of several provinces at once.

Every sentence was written for these tests, with near misses that must not fire beside the positives (and an
English sentence where the rule is not Arabic only).
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.events import find_casualties


def _counts(text: str) -> list[tuple[int | None, int | None]]:
    return [(c.fatalities, c.injuries) for c in find_casualties(text)]


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
