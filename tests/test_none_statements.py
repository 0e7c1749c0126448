"""Statements that nobody was killed or hurt, read whole (``events._NONE_HURT``).

Two kinds joined in one statement of none ("no deaths or injuries", "دون وقوع قتلى أو جرحى") are none of both, not
of the first only; "أحد" after a negation is "anyone" ("لم يسفر عن مقتل أحد": nobody killed), not "one of" (a
count of one); the English negated verbs of causing ("did not cause any casualties") and the Arabic "من غير" and
bare "دون خسائر" are statements of none like their neighbours. Each case was read wrongly or not at all before.
"""

from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extraction.events import find_casualties
from geoincidents.extraction.pipeline import extract_incidents

NONE = 0
CASES: list[tuple[str, tuple[int | None, int | None]]] = [
    # both kinds joined: none of both
    ("There were no deaths or injuries.", (NONE, NONE)),
    ("No deaths or injuries were reported.", (NONE, NONE)),
    ("The attack caused no deaths or injuries, police said.", (NONE, NONE)),
    ("No dead or wounded were reported.", (NONE, NONE)),
    ("Nobody was killed or hurt, a police officer said.", (NONE, NONE)),
    ("Officials said nobody died or was injured.", (NONE, NONE)),
    ("ولم تسجل أي إصابات أو وفيات.", (NONE, NONE)),
    ("ولم تسجل إصابات أو حالات وفاة.", (NONE, NONE)),
    ("سقط الصاروخ دون وقوع قتلى أو جرحى.", (NONE, NONE)),
    # "أحد" after a negation: nobody
    ("ولم يقتل أحد في الهجوم.", (NONE, None)),
    ("ولم يمت أحد.", (NONE, None)),
    ("وقال المصدر إن الهجوم لم يسفر عن مقتل أحد.", (NONE, None)),
    ("لم يسفر القصف عن مقتل أو إصابة أحد.", (NONE, NONE)),
    ("انفجرت العبوة دون إصابة أي شخص.", (None, NONE)),
    # negated verbs of causing, "without causing any"
    ("The rockets did not cause any casualties.", (NONE, NONE)),
    ("It did not result in any injuries.", (None, NONE)),
    ("The rocket landed in an empty lot without causing any injuries.", (None, NONE)),
    ("No one was reported hurt.", (NONE, NONE)),
    ("There were no initial reports of casualties.", (NONE, NONE)),
    # the Arabic "من غير" and losses with no kind named after "دون"
    ("سقطت القذيفة من غير أن تسفر عن إصابات.", (None, NONE)),
    ("سقط الصاروخ في أرض زراعية دون خسائر.", (NONE, NONE)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_statement_of_none_is_read_whole(text: str, expected: tuple[int | None, int | None]) -> None:
    found = [(c.fatalities, c.injuries) for c in find_casualties(text)]
    assert found == [expected], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one of" a noun: a count of one, not a statement of none
        ("وأسفرت المواجهات عن مقتل أحد المتظاهرين.", [(1, None)]),
        ("أدى الانفجار إلى إصابة أحد المارة.", [(None, 1)]),
        # a count beside a statement of none of the other kind
        ("No one was killed but five people were wounded.", [(NONE, None), (None, 5)]),
        ("Two people were killed and no one else was hurt.", [(2, None)]),
        ("دون وقوع قتلى، فيما أصيب ثلاثة أشخاص بجروح.", [(NONE, None), (None, 3)]),
        # material damage after "دون" is not a statement of none
        ("سقط الصاروخ دون خسائر مادية تذكر.", []),
    ],
)
def test_counts_beside_statements_of_none(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert [(c.fatalities, c.injuries) for c in find_casualties(text)] == expected


def test_nobody_killed_gives_the_event_no_death() -> None:
    """Through the whole extraction: the negated "مقتل أحد" was a death given to the attack."""
    text = (
        "سقط صاروخ كاتيوشا، فجر اليوم الاثنين، قرب السفارة الأمريكية داخل المنطقة الخضراء وسط بغداد. "
        "وقال مصدر أمني إن الهجوم لم يسفر عن مقتل أحد."
    )
    frame = extract_incidents(text, published=date(2020, 3, 2), source="test")
    assert len(frame) == 1
    assert frame.iloc[0]["fatalities"] == 0
