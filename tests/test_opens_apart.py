"""A sentence opening as another story: one list (segment.opens_apart) that the segmenter and the counts both read."""

from __future__ import annotations

import pytest

from geoincidents.extraction.rules.segment import opens_apart
from tests._rows import event_rows


@pytest.mark.parametrize(
    "text",
    [
        "Separately, residents blocked a road in al-Shaab.",
        "In a separate incident, a grenade was thrown at a shop.",
        "In separate incidents, two shops were attacked.",
        "In another protest on Monday, graduates rallied outside the ministry.",
        "Elsewhere, a roadside bomb went off in Dora.",
        "17:40 - Separately, residents of al-Shaab block the main road.",
        "- In an unrelated development, police arrested three men.",
        "وفي حادث منفصل، انفجرت عبوة ناسفة في الدورة.",
        "وفي سياق آخر، تظاهر العشرات أمام وزارة التخطيط.",
        "وفي حادثة أخرى، أصيب شخصان.",
    ],
)
def test_a_sentence_told_apart(text: str) -> None:
    assert opens_apart(text, 0)


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, the ministry said two rockets fell.",
        "The other protesters stayed in the square.",
        "Police separated the two groups.",  # "separated", no opener
        "وفي بيان للوزارة، قالت إن صاروخين سقطا.",
        "وقال مصدر آخر إن الحصيلة ارتفعت.",  # another source, not another story
    ],
)
def test_a_sentence_that_goes_on(text: str) -> None:
    assert not opens_apart(text, 0)


def test_a_count_told_before_another_story_is_not_its_toll() -> None:
    text = (
        "Security forces fired tear gas at protesters near the Jumhuriya Bridge on Monday, wounding 12 people.\n\n"
        "Elsewhere, hundreds of graduates rallied outside the Ministry of Planning on Monday."
    )
    rows = event_rows(text, "2024-03-05")
    assert ("Peaceful protest", "ministry_of_planning", None, None) in rows
