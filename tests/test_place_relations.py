"""Place rules of round 4: the relation to a district, far from a place, launch directions, owners' homes.

Every sentence here is written for these tests (English and Arabic), with near-misses that must not match.
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.geocoding import find_places
from geoincidents.extraction.place_roles import EVENT, NEGATED, ORIGIN, place_role


def _found(text: str) -> list[tuple[str, str, str]]:
    """(words, landmark id, relation) of every place named in ``text``."""
    return [(text[m.start : m.end], m.landmark.landmark_id, m.relation) for m in find_places(text)]


def _role(text: str, name: str) -> str:
    start = text.index(name)
    return place_role(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "landmark", "relation"),
    [
        # an event in a district or the city is at it
        ("A bomb went off in Karrada on Monday.", "karrada", "at"),
        ("Gunmen shot a man inside the Mansour district.", "mansour", "at"),
        ("انفجرت عبوة في الكرادة", "karrada", "at"),
        ("انفجرت عبوة بالكرادة", "karrada", "at"),
        ("وسط بغداد", "baghdad", "at"),
        # the perimeter keeps its inside, its edge and its outside
        ("A rocket fell inside the Green Zone.", "green_zone", "inside"),
        ("سقط صاروخ بالمنطقة الخضراء", "green_zone", "inside"),
        ("سقط صاروخ داخل المنطقة الخضراء", "green_zone", "inside"),
        ("Protesters gathered outside the Green Zone.", "green_zone", "outside"),
        ("Protesters gathered near the Green Zone.", "green_zone", "near"),
        ("A bomb went off near Karrada's main street.", "karrada", "near"),
    ],
)
def test_only_a_perimeter_has_an_inside(text: str, landmark: str, relation: str) -> None:
    found = [(lid, rel) for _, lid, rel in _found(text)]
    assert (landmark, relation) in found, found


def test_a_city_wide_fallback_is_at_the_city_and_inside_the_zone() -> None:
    row = extract_incidents(
        "BAGHDAD (AP) — A roadside bomb exploded in a market in the capital on Sunday, wounding three people.",
        published="2024-05-12",
    )
    assert list(row["landmark_id"]) == ["baghdad"]
    assert list(row["relation"]) == ["at"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Students chose to gather far from Tahrir Square this time.", "Tahrir", NEGATED),
        ("The rally was held far away from the Republic Bridge.", "Republic", NEGATED),
        ("اختار المحتجون التجمع بعيداً عن ساحة التحرير", "ساحة التحرير", NEGATED),
        ("تجمعوا بعيدا جدا عن جسر الجمهورية", "جسر الجمهورية", NEGATED),
        # not far = near; a place before "far from" is the event's own
        ("A shell fell not far from Tahrir Square.", "Tahrir", EVENT),
        ("سقطت قذيفة غير بعيد عن ساحة التحرير", "ساحة التحرير", EVENT),
        ("سقطت قذيفة ليست بعيدة عن ساحة التحرير", "ساحة التحرير", EVENT),
        ("Protesters massed in Tahrir Square, far from the bridge.", "Tahrir", EVENT),
        # launch directions and starting points
        ("three drones were flown in from the direction of Shawaf Square", "Shawaf", ORIGIN),
        ("The marchers, who had set out from Tahrir Square, reached the gate.", "Tahrir", ORIGIN),
        ("The rockets were apparently launched remotely from near the Ahrar Bridge.", "Ahrar", ORIGIN),
        ("the fire was coming from the Sinak Bridge", "Sinak", ORIGIN),
        ("drones flown in from Dora hit the Republican Palace", "Republican", EVENT),  # the target
        ("protesters set out from their camp towards Tahrir Square", "Tahrir", EVENT),
    ],
)
def test_far_from_a_place_and_launch_directions(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A drone struck the premier's private residence on Sunday.", "premier's private residence"),
        ("A drone hit the prime minister's official residence.", "prime minister's official residence"),
        ("Shrapnel hit Kadhimi's private villa.", "Kadhimi's private villa"),
        ("The Prime Minister's heavily guarded home was hit.", "Prime Minister's heavily guarded home"),
        ("سقطت طائرة مسيرة على منزل رئيس الحكومة", "منزل رئيس الحكومة"),
    ],
)
def test_an_owners_home_with_words_between(text: str, words: str) -> None:
    assert (words, "pm_residence") in [(w, lid) for w, lid, _ in _found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister's private residence was searched.",  # another minister
        "Rockets hit near the premier's office.",  # an office is no home
        "The ambassador's residence was damaged.",
    ],
)
def test_a_home_of_no_known_owner_is_no_place(text: str) -> None:
    assert "pm_residence" not in [lid for _, lid, _ in _found(text)]
