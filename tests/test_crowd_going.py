"""A crowd of those who protest heading for a place is a protest (``events._CROWD_GOING_EN``), English and not.

The English twin of the Arabic rule ("توجه مئات الشبان نحو الجسر المعلق"): a crowd noun of protest movements, a verb
of going of ``words.GOING_EN`` and where to. Not people, residents or voters; not "moved to" (displacement), not a
plan or a call.
"""

from __future__ import annotations

from datetime import date

import pytest

from geoincidents import extract_incidents

PUBLISHED = date(2024, 5, 14)  # a Tuesday


def rows(text: str) -> list[tuple[str, str]]:
    frame = extract_incidents(text, published=PUBLISHED)
    return sorted(zip(frame["event_type"], frame["landmark_id"], strict=True))


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        ("BAGHDAD - Hundreds of graduates headed to the Ministry of Planning on Monday.", "ministry_of_planning"),
        ("BAGHDAD - Hundreds of Sadr supporters headed towards the Green Zone on Monday.", "green_zone"),
        ("BAGHDAD - Hundreds of Sadr supporters were heading to the Green Zone on Monday.", "green_zone"),
        (
            "BAGHDAD - Thousands of supporters of the Coordination Framework made their way to the suspension "
            "bridge on Monday.",
            "bridge_14_july",
        ),
        (
            "BAGHDAD - Hundreds of contract workers set out from Tahrir Square towards the Green Zone on Monday.",
            "green_zone",
        ),
        ("BAGHDAD - Dozens of young men moved towards the Jumhuriya bridge on Monday night.", "bridge_jumhuriya"),
        ("BAGHDAD - Crowds of lecturers streamed into Tahrir Square on Monday.", "tahrir_square"),
        # the participants' own verb of going makes them an event, not a mention (``mentions._CROWD_VERB``): the zone
        # alone, no narrower place, would otherwise drop the row
        ("BAGHDAD - Hundreds of demonstrators headed towards the Green Zone on Monday.", "green_zone"),
        ("BAGHDAD - Demonstrators set off towards the Green Zone on Monday.", "green_zone"),
        ("BAGHDAD - The crowd made its way to the Green Zone on Monday.", "green_zone"),
    ],
)
def test_a_crowd_heading_for_a_place_is_a_protest(text: str, landmark: str) -> None:
    assert rows(text) == [("Protests", landmark)]


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD - Thousands of residents headed to the polls on Monday in the Karrada district.",
        "BAGHDAD - Hundreds of supporters moved to the square on Monday.",
        "BAGHDAD - Sadr supporters will head to the Green Zone on Friday, the movement said on Monday.",
        "BAGHDAD - Sadr called on his supporters to head to Tahrir Square on Friday.",
        "BAGHDAD - Graduates plan to head to the Ministry of Planning next week, their committee said on Monday.",
    ],
)
def test_no_protest_without_a_crowd_going_of_the_day(text: str) -> None:
    assert [r for r in rows(text) if r[0] == "Protests"] == []


def test_a_verb_of_going_of_the_police_does_not_make_the_crowd_an_event() -> None:
    text = (
        "BAGHDAD - Security forces fired live bullets at demonstrators near Tahrir Square on Sunday, killing two. "
        "Riot police advanced from the direction of Saadoun Street in the afternoon, shooting at the crowd."
    )
    assert rows(text) == [("Protests", "tahrir_square")]
