"""The verbs of going (geoincidents.extraction.words): one list every rule reading them builds its forms from."""

from __future__ import annotations

import re

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.events import find_casualties, find_triggers
from geoincidents.extraction.words import (
    BRANDISH_AR,
    DENIAL_AR,
    DENIAL_EN,
    GOING_AR,
    GOING_EN,
    HEDGE_EN,
    KIND_BEFORE_TRANSLIT,
    NEWS_AR,
    NEWS_EN,
    RUMOUR_AR,
    SYMBOL_EN,
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


def _families(text: str) -> list[str]:
    return [t.family for t in find_triggers(text)]


@pytest.mark.parametrize("verb", DENIAL_EN)
def test_every_english_denial_verb_denies_news_and_what_follows_that(verb: str) -> None:
    # events._DENIED_NEWS ("denied reports that") and events._DENIED_THAT ("denied ... that"), both beyond the six
    # words of the cues before a trigger
    assert "explosion" in _families("Officials said reports that rockets fell near the embassy on Monday evening.")
    news = f"Officials {verb} in a statement on Monday the reports circulating online that two rockets fell."
    assert "explosion" not in _families(news)
    that = f"Police {verb} in a statement on Monday evening that thousands of angry demonstrators had marched."
    assert "protest" not in _families(that)


@pytest.mark.parametrize("noun", [n.replace("?", "") for n in NEWS_EN])
def test_every_english_news_noun_is_read_by_a_denial(noun: str) -> None:
    text = f"The ministry denied in a statement on Monday evening the {noun} circulating online that two rockets fell."
    assert "explosion" not in _families(text)


@pytest.mark.parametrize("noun", ["reports", "rumours", "rumors", "claims", "allegations"])
def test_every_english_doubtful_noun_circulated_is_unverified(noun: str) -> None:
    assert "explosion" not in _families(f"Pro-militia accounts circulated {noun} that a second drone hit the palace.")


def test_news_shared_is_told_as_fact() -> None:
    assert "explosion" in _families("Residents shared news that a second drone hit the palace.")


@pytest.mark.parametrize("verb", DENIAL_AR)
def test_every_arabic_denial_word_denies_the_news(verb: str) -> None:
    text = f"وأكد مصدر أمني {verb} خلية الإعلام الأمني في بيانها اليوم صحة الأنباء بشأن سقوط صواريخ"
    assert "explosion" not in _families(text)


@pytest.mark.parametrize("noun", NEWS_AR + RUMOUR_AR)
def test_every_arabic_news_noun_is_read_by_a_denial_and_when_unverified(noun: str) -> None:
    denied = f"ونفت خلية الإعلام الأمني في بيان لها اليوم الاثنين صحة {noun} تداولتها مواقع التواصل بشأن سقوط صواريخ"
    assert "explosion" not in _families(denied)
    doubt = "" if noun in RUMOUR_AR else " غير مؤكدة"
    assert "explosion" not in _families(f"وتحدثت مواقع التواصل عن {noun}{doubt} بشأن سقوط صواريخ قرب السفارة")


def _counts(text: str) -> list[tuple[int | None, int | None]]:
    return [(c.fatalities, c.injuries) for c in find_casualties(text)]


@pytest.mark.parametrize("hedge", [re.sub(r"\\s\+", " ", h) for h in HEDGE_EN])
def test_every_hedge_is_read_by_every_count_pattern_after_it(hedge: str) -> None:
    assert _counts(f"Medics treated {hedge} 35 protesters for tear gas inhalation.") == [(None, 35)]  # the object
    assert _counts(f"The blast killed two people, raising the death toll to {hedge} 12.") == [(2, None), (12, None)]
    police = f"A medical source said seven people were wounded, but police put the number at {hedge} five."
    assert _counts(police) == [(None, 7), (None, 5)]  # another account's figure
    # the portraits of the dead carried at a protest: a tally of the past, no count of this event
    assert _counts(f"Protesters carried pictures of {hedge} 30 people killed since October.") == []


@pytest.mark.parametrize(("singular", "plural"), SYMBOL_EN)
def test_every_symbol_burnt_is_no_arson(singular: str, plural: str) -> None:
    assert "riot" in _families("Tyres were set on fire by protesters near the square.")  # arson
    assert "riot" not in _families(f"Protesters set fire to American {plural} near the square.")
    assert "riot" not in _families(f"Near the square {plural} were set alight by protesters.")
    assert "riot" not in _families(f"Near the square a {singular} was set alight by protesters.")


@pytest.mark.parametrize("kind", KIND_BEFORE_TRANSLIT)
def test_every_transliterated_kind_word_stands_between_a_word_of_place_and_its_name(kind: str) -> None:
    # geocoding._FILLER_OK: "near Maidan al-Tahrir" is near the square (the word read as filler, as _KIND_BEFORE
    # reads it as the kind of the name after it)
    frame = extract_incidents(
        f"Hundreds of protesters gathered near {kind.title()} al-Tahrir on Friday.", published="2021-10-23"
    )
    assert list(frame["relation"]) == ["near"]
