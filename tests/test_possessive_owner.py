"""Whose home "his home" is: the owner named before, unless the possessive's own sentence names someone else.

The gazetteer knows the homes of a few owners (the prime minister's residence). "His residence" after "Prime Minister
... Kadhimi" is that residence; but "his home" in a sentence about an activist, written a paragraph after a mention
of the prime minister, is the activist's home, and the place is the district the sentence names.
"""

from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extraction.pipeline import extract_incidents
from geoincidents.gazetteer.load import load_gazetteer

_GAZ = load_gazetteer()
_PUB = date(2021, 11, 9)

CASES = [
    # someone else's home: the owner was named sentences before, the possessive's sentence names another person
    (
        "Pensioners read a statement addressed to the prime minister and dispersed.\n\nActivists say the climate of "
        "fear is back. On Sunday a sticky bomb attached to the car of a 34-year-old activist exploded as he left his "
        "home in Karrada, killing him instantly.",
        ["karrada"],
    ),
    (
        "The prime minister condemned the killing of protesters on Saturday. On Sunday gunmen shot Ahmed al-Sharifi "
        "dead outside his house in Mansour.",
        ["mansour"],
    ),
    (
        "Prime Minister Mustafa al-Kadhimi chaired a security meeting on Saturday. Hours later, a police colonel "
        "was wounded when a grenade was thrown at his home in Jadriya.",
        ["jadriya"],
    ),
    (
        "وكان رئيس الوزراء قد استقبل وفدا من شيوخ العشائر. وفي سياق آخر، انفجرت عبوة لاصقة بسيارة الناشط علي حسين "
        "أمام منزله في منطقة الكرادة يوم الأحد، ما أدى إلى مقتله.",
        ["karrada"],
    ),
    # the owner's home: named in the same sentence, or sentences before with no one else named since
    (
        "Prime Minister Mustafa al-Kadhimi was unhurt after a drone struck his residence early on Sunday.",
        ["pm_residence"],
    ),
    (
        "Prime Minister Mustafa al-Kadhimi escaped an assassination attempt on Sunday. An explosive-laden drone struck "
        "his residence in the Green Zone, officials said.",
        ["pm_residence"],
    ),
    (
        "Prime Minister Mustafa al-Kadhimi said a guard was wounded when a drone struck his residence on Sunday.",
        ["pm_residence"],
    ),
    (
        "نجا رئيس الوزراء مصطفى الكاظمي من محاولة اغتيال فجر الأحد. وقالت مصادر أمنية إن طائرة مسيرة مفخخة استهدفت "
        "منزله في المنطقة الخضراء.",
        ["pm_residence"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_whose_home(text: str, expected: list[str]) -> None:
    frame = extract_incidents(text, published=_PUB, source="test", gazetteer=_GAZ)
    assert sorted(frame["landmark_id"]) == sorted(expected)
