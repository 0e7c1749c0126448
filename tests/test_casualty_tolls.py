"""Casualty counts written in ways the first rules missed: ranges, totals, later tolls, kinds by noun.

Each sentence here was written for these tests (English and Arabic), with negatives beside the positives.
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.events import find_casualties
from geoincidents.extraction.numbers import parse_count
from tests._rows import count_pairs as _counts


def _largest(text: str) -> tuple[int | None, int | None]:
    found = find_casualties(text)
    dead = max((c.fatalities for c in found if c.fatalities is not None), default=None)
    hurt = max((c.injuries for c in found if c.injuries is not None), default=None)
    return dead, hurt


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("ستمئة", 600),
        ("ثلاثمائة", 300),
        ("ثلاثة آلاف", 3000),
        ("٢٠ ألفاً", 20000),
        ("ألفي", 2000),
        ("2,500", 2500),
        ("مئة وخمسة وعشرين", 125),
        ("ست", 6),
    ],
)
def test_hundreds_and_thousands_are_read_whole(words: str, value: int) -> None:
    assert parse_count(words) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 20 and 30 protesters suffered breathing difficulties.", (None, 20)),
        ("The blast killed between three and five people.", (3, None)),
        ("وأصيب ما بين ٢٠ و٣٠ متظاهراً بحالات اختناق", (None, 20)),
        # negatives: "and" joining two groups still adds up; "between" naming the parties is no range
        ("wounding two policemen and three protesters", (None, 5)),
        ("the clash between two gunmen and three soldiers left five dead", (5, None)),
    ],
)
def test_a_range_is_its_lower_bound_not_a_sum(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _largest(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The exchange of fire left eight casualties, three of them dead, officials said.", (3, 5)),
        ("The attack caused 12 casualties, including two killed.", (2, 10)),
        ("Gunmen attack checkpoint, leaving eight casualties", (None, None)),  # a bare total: neither count
        ("there were no casualties", (0, 0)),
    ],
)
def test_casualties_are_the_dead_and_the_wounded(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _largest(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أسفر الانفجار عن سقوط ثلاثة قتلى و١٥ جريحاً، في حصيلة أولية.", [(3, 15)]),
        ("ارتفعت الحصيلة إلى خمسة قتلى و١٧ جريحاً", [(5, None), (None, 17)]),
        # negative: two groups of the same kind still add up
        ("أسفر الهجوم عن إصابة تسعة مدنيين وخمسة عشر عنصراً", [(None, 24)]),
    ],
)
def test_arabic_nouns_name_the_kind_of_each_part(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


def test_two_of_them_is_a_subset_not_more() -> None:
    assert _largest("and the number of wounded stood at 16, two of them critically.") == (None, 16)
    assert _largest("wounding 16 civilians and two policemen") == (None, 18)  # negative: another group adds up


def test_later_tolls_are_marked_as_updates() -> None:
    found = find_casualties("By Wednesday morning the death toll had risen to five, a spokesman said.")
    assert [(c.fatalities, c.update) for c in found] == [(5, True)]
    found = find_casualties("ذكر مصدر طبي أن حصيلة ضحايا الانفجار ارتفعت إلى خمسة قتلى")
    assert [(c.fatalities, c.update) for c in found] == [(5, True)]
    # negative: a plain count is no update
    assert [c.update for c in find_casualties("killing at least three people")] == [False]


def test_a_second_who_died_is_one_more() -> None:
    found = find_casualties("A second, hit in the chest, died of his wounds on Tuesday morning, a medic said.")
    assert [(c.fatalities, c.one_more) for c in found] == [(1, True)]
    assert _largest("Two guards were killed and a third was wounded.") == (2, 1)


def test_a_later_toll_replaces_the_first_one_in_a_report() -> None:
    text = (
        "Mortar rounds slammed into a market street near al-Nisour Square in western Baghdad on Tuesday evening, "
        "killing at least three people and wounding more than a dozen, officials said.\n\n"
        "By Wednesday morning the death toll had risen to five, a spokesman said, and the number of wounded "
        "stood at 16, two of them critically."
    )
    frame = extract_incidents(text, published="2021-05-12")
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["fatalities"], row["injuries"]) == (5, 16)
    assert "casualties.update" in row["extraction_rules"]


def test_a_corrected_lower_toll_wins_over_first_reports() -> None:
    text = (
        "Unknown attackers threw a hand grenade into a liquor shop in Baghdad's Karrada district on Wednesday night, "
        "a police source said.\n\nInitial reports on social media spoke of four dead. An Interior Ministry statement "
        "later put the toll at two dead and seven wounded."
    )
    frame = extract_incidents(text, published="2023-04-20")
    row = frame[frame["landmark_id"] == "karrada"].iloc[0]
    assert (row["fatalities"], row["injuries"]) == (2, 7)


def test_a_protester_who_died_of_his_wounds_adds_to_the_riot() -> None:
    text = (
        "Young men hurled stones and petrol bombs at riot police near al-Khilani Square in central Baghdad on "
        "Monday night, security sources said.\n\nOne protester was killed on the spot. A second, hit in the chest, "
        "died of his wounds on Tuesday morning, a medic said."
    )
    frame = extract_incidents(text, published="2019-11-26")
    row = frame[frame["landmark_id"] == "khilani_square"].iloc[0]
    assert row["fatalities"] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("killing one and injuring 2,300", (1, 2300)),  # a thousands separator, not "2 and 300"
        ("killing 3, 4 wounded", (3, 4)),
        ("Scores were wounded in the stampede.", (None, 20)),
        ("Scores of army vehicles were deployed.", (None, None)),  # vehicles: no count of people hurt
        ("An activist was assassinated outside his home.", (1, None)),
        ("Two journalists were murdered.", (2, None)),
        ("أسفر الهجوم عن اغتيال ناشط مدني", (1, None)),
        ("وأسفر الحادث عن مقتل شاباً", (1, None)),  # the singular with tanween
        ("The assassination drew condemnation.", (None, None)),
        ("ندد باغتيال الصحفيين", (None, None)),  # a plural named with the article: no number
    ],
)
def test_more_ways_of_writing_a_count(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _largest(text) == expected


def test_a_loose_count_does_not_override_none_told_of_the_event() -> None:
    text = (
        "A rocket landed near the Monument to the Unknown Soldier in Baghdad on Monday, causing no injuries.\n\n"
        "Three people were wounded, a source said."
    )
    row = extract_incidents(text, published="2024-03-04").iloc[0]
    assert row["injuries"] == 0
    # negative: with no zero told, the loose count is the event's
    row = extract_incidents(text.replace(", causing no injuries", ""), published="2024-03-04").iloc[0]
    assert row["injuries"] == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قُتل ثلاثة متظاهرين وأُصيب عشرون", [(3, None), (None, 20)]),
        ("أسفرَ الهجومُ عن مقتلِ ثلاثةِ أشخاصٍ وإصابةِ خمسةٍ آخرين", [(3, None), (None, 5)]),
        ("لم يُصب أحدٌ بأذى", [(0, 0)]),
        ("استشهاد متظاهرَين", [(2, None)]),  # the fatha of the dual is kept: two, not one
        ("استشهاد متظاهرين", []),  # negative: the plural without a number counts no one
    ],
)
def test_arabic_vowel_marks_do_not_hide_a_count(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


def test_spans_read_without_vowel_marks_point_into_the_original_text() -> None:
    text = "وفي بغداد، قُتل ثلاثة متظاهرين."
    (count,) = find_casualties(text, 4)
    assert text[count.start : count.end] == "قُتل ثلاثة متظاهرين"
