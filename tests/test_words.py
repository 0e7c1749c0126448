"""The verbs of going (geoincidents.extraction.words): one list every rule reading them builds its forms from."""

from __future__ import annotations

import re

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.events import find_triggers
from geoincidents.extraction.words import (
    BRANDISH_AR,
    GOING_AR,
    GOING_EN,
    THREAT_AR,
    going_ar,
    going_ar_forms,
    going_en,
)


def test_every_verb_has_every_form() -> None:
    assert all(len(verb) == 4 and all(verb) for verb in GOING_EN)
    assert all(len(verb) == 5 and all(verb) for verb in GOING_AR)
    assert len({verb[0] for verb in GOING_AR}) == len(GOING_AR)


def test_alternations_match_whole_forms_longest_first() -> None:
    past = re.compile(rf"\b{going_en('past')}\b")
    assert past.fullmatch("advanced") and past.fullmatch("made their way") and not past.fullmatch("advancing")
    perfect = re.compile(going_ar("perfect", "perfect_pl") + r"(?![\u0621-\u064a])")
    found = perfect.match("توجهوا")
    assert found is not None and found.group(0) == "توجهوا"  # the plural, not its prefix "توجه"
    assert going_ar_forms("perfect_pl")[:2] == ("توجهوا", "اتجهوا")


@pytest.mark.parametrize(
    "text",
    [
        "انطلق مئات الشبان نحو جسر الجمهورية مساء اليوم",  # a verb of going none of the rules listed before
        "تحركت مجموعات من الشبان نحو جسر السنك",
        "مئات الشبان تدفقوا نحو ساحة التحرير",
        "توجه مئات الشبان الغاضبين نحو الجسر المعلق",
    ],
)
def test_an_arabic_crowd_going_somewhere_is_a_protest(text: str) -> None:
    assert [t.family for t in find_triggers(text)] == ["protest"]


@pytest.mark.parametrize(
    "text",
    [
        "انطلق آلاف الزوار نحو مدينة كربلاء",  # pilgrims: no protest
        "تحرك الوزير نحو مبنى البرلمان",  # one official
    ],
)
def test_others_going_are_no_protest(text: str) -> None:
    assert [t.family for t in find_triggers(text) if t.family == "protest"] == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # the crowd gathered, then went on: where it went is the event's place (a gerund after "before", a past
        # after "then", an Arabic subjunctive after "قبل أن")
        (
            "Hundreds of protesters gathered in Tahrir Square on Monday before advancing towards the Jumhuriya Bridge, "
            "where police fired tear gas.",
            "bridge_jumhuriya",
        ),
        (
            "Hundreds of graduates gathered at Tahrir Square on Monday, then proceeded to the Jumhuriya Bridge.",
            "bridge_jumhuriya",
        ),
        ("تجمع المئات في ساحة التحرير يوم الاثنين قبل أن يتدفق المحتجون نحو جسر الجمهورية", "bridge_jumhuriya"),
        # not a verb of going with its aim: the square stays the place
        ("Hundreds of graduates gathered at Tahrir Square on Monday before heading home.", "tahrir_square"),
    ],
)
def test_where_the_crowd_went_on_to(text: str, where: str) -> None:
    rows = extract_incidents(text, published="2024-10-08")
    assert list(rows["landmark_id"]) == [where]


def _threat_form(stem: str) -> str:
    return stem + "ة" if stem.startswith("م") else stem  # the participle agrees with a feminine subject


@pytest.mark.parametrize("stem", THREAT_AR)
def test_every_threat_verb_is_a_cue_of_no_event(stem: str) -> None:
    # the cue before a trigger (events._UNREAL_CUES): "وتهدد التنسيقية بتظاهرة أمام البرلمان" tells no protest
    assert [t.family for t in find_triggers(f"و{stem} التنسيقية بتظاهرة أمام البرلمان")] == []


@pytest.mark.parametrize("stem", THREAT_AR + BRANDISH_AR)
def test_every_threat_verb_reaches_its_complement_past_an_aside(stem: str) -> None:
    # what is threatened after the subject and a long aside between commas (events._threatened): no event
    text = (
        f"و{_threat_form(stem)} تنسيقية المحاضرين في بيان أصدرته اليوم الأربعاء، بالتصعيد ونقل احتجاجاتها "
        "إلى أمام البرلمان"
    )
    assert [t.family for t in find_triggers(text)] == []


def test_flags_brandished_are_no_threat() -> None:
    text = "وخرج المتظاهرون في ساحة التحرير ملوحين، كما في كل جمعة، بالأعلام العراقية في تظاهرة حاشدة"
    assert "protest" in [t.family for t in find_triggers(text)]
