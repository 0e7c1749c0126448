"""Bare "parliament" / "البرلمان" named as a place (``geocoding._with_bare_names``): after a word of time ("قرب
البرلمان اليوم الأحد": "اليوم" is no qualifier like "الكردستاني"), and as the owner of a part of the building ("the
concrete walls of parliament", "أسوار البرلمان", "الجدران الكونكريتية للبرلمان"); a crowd climbing the walls is a
protest like storming. Not: the institution ("the speaker of parliament", "حل البرلمان", "رسالة للبرلمان"), another
parliament ("البرلمان الكردستاني", "the walls of the Kurdistan parliament")."""

from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extraction.geocoding import find_places
from geoincidents.extraction.pipeline import extract_incidents
from geoincidents.gazetteer.load import load_gazetteer

PARLIAMENT = "baghdad_convention_center"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("تجمع متظاهرون قرب البرلمان اليوم الأحد.", True),
        ("تظاهر العشرات أمام البرلمان الخميس الماضي.", True),
        ("Demonstrators scaled the concrete walls of parliament on Sunday.", True),
        ("Protesters gathered at the gates of parliament.", True),
        ("الجدران الكونكريتية للبرلمان، اليوم", True),
        ("تسلقوا أسوار البرلمان", True),
        ("The speaker of parliament said.", False),
        ("دعا رئيس البرلمان إلى الهدوء.", False),
        ("وجه المتظاهرون رسالة للبرلمان.", False),
        ("طالبوا بحل البرلمان.", False),
        ("تجمعوا قرب البرلمان الكردستاني.", False),
        ("They climbed the walls of the Kurdistan parliament.", False),
    ],
)
def test_bare_parliament(text: str, found: bool) -> None:
    ids = [p.landmark.landmark_id for p in find_places(text, gazetteer=load_gazetteer()) if p.landmark is not None]
    assert (PARLIAMENT in ids) is found, ids


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators scaled the concrete walls of parliament on Sunday and occupied the main hall.",
        "تسلق متظاهرون الجدران الكونكريتية للبرلمان، اليوم الأحد، واعتصموا داخل القاعة الرئيسية.",
        "تجمع متظاهرون قرب البرلمان اليوم الأحد.",
    ],
)
def test_a_crowd_at_parliament_is_a_row(text: str) -> None:
    frame = extract_incidents(text, published=date(2023, 1, 15), source="test")
    assert list(zip(frame["event_type"], frame["landmark_id"], strict=True)) == [("Protests", PARLIAMENT)]
