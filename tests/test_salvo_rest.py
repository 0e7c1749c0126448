"""A salvo told in one sentence: the rest of the count after "while", and an interception beside a denial.

- "Four rockets landed inside the Green Zone, while two others fell in Mansour": the clause cut takes the "while", so
  the second clause opens with its item ("two others fell"); it is still an item of the count, at a place of its own:
  two events (ACLED: one per day and place). The rest uncounted ("while others fell on houses in ...", "and the rest
  landed in ...") has no munition word of its own: it has the clause before's.
- "The C-RAM intercepted two of the rockets over the U.S. embassy compound, and none of the rockets hit the embassy
  itself": the denial is of a hit; the interception over the embassy is at the embassy (the place of the defence), a
  disrupted attack, not shelling (the negated "hit" tells no impact).
"""

from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extraction.pipeline import extract_incidents
from geoincidents.gazetteer.load import load_gazetteer

_GAZ = load_gazetteer()
_PUB = date(2020, 11, 18)
_SHELL = "Shelling/artillery/missile attack"
_DISRUPTED = "Disrupted weapons use"

CASES = [
    ("Four rockets landed inside the Green Zone on Tuesday, while two others fell in Mansour.",
     [("green_zone", _SHELL), ("mansour", _SHELL)]),
    ("Four rockets landed inside the Green Zone on Tuesday, while others fell on houses in al-Mansour district.",
     [("green_zone", _SHELL), ("mansour", _SHELL)]),
    ("Three Katyusha rockets struck the Green Zone late on Tuesday, and the rest landed in Karrada, police said.",
     [("green_zone", _SHELL), ("karrada", _SHELL)]),
    ("Two mortar rounds fell near Tahrir Square on Tuesday while a third slammed into a building in Jadriya.",
     [("tahrir_square", _SHELL), ("jadriya", _SHELL)]),
    ("سقطت أربعة صواريخ داخل المنطقة الخضراء يوم الثلاثاء، فيما سقط صاروخان آخران على منازل في حي المنصور.",
     [("green_zone", _SHELL), ("mansour", _SHELL)]),
    # the rest of a crowd is no munition: one row
    ("Four rockets landed inside the Green Zone on Tuesday while protesters fell back to Tahrir Square.",
     [("green_zone", _SHELL)]),
    # an interception beside a denial of a hit
    ("The C-RAM defense system intercepted two of the rockets over the U.S. embassy compound on Tuesday, and none of "
     "the rockets hit the embassy itself.", [("us_embassy", _DISRUPTED)]),
    ("A security source said the C-RAM system intercepted two rockets over the U.S. embassy on Tuesday, and that none "
     "hit the embassy.", [("us_embassy", _DISRUPTED)]),
    # a denial alone: the rockets fell elsewhere, the embassy is no place of the event
    ("Two rockets fell near the Jadriya bridge on Tuesday, and none of them hit the U.S. embassy, police said.",
     [("bridge_jadriya", _SHELL)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_salvo_rest(text: str, expected: list[tuple[str, str]]) -> None:
    frame = extract_incidents(text, published=_PUB, source="test", gazetteer=_GAZ)
    got = sorted(zip(frame["landmark_id"], frame["sub_event_type"], strict=True))
    assert got == sorted(expected)


# Weapons found: where the launcher was, never where the rockets fell; still loaded, an event of its own.
FINDS = [
    ("أعلنت خلية الإعلام الأمني في بغداد، اليوم الأربعاء، سقوط صاروخين من نوع كاتيوشا داخل المنطقة الخضراء، فيما أشارت "
     "إلى العثور على منصة الإطلاق وبداخلها صاروخ ثالث.", [("green_zone", _SHELL), ("baghdad", _DISRUPTED)]),
    ("BAGHDAD (Reuters) - Two Katyusha rockets landed inside the Green Zone on Wednesday. Police later found the "
     "launch pad in an orchard with a third rocket still on it.", [("green_zone", _SHELL), ("baghdad", _DISRUPTED)]),
    ("Two Katyusha rockets landed inside the Green Zone on Wednesday. Police later found the launch pad in Jadriya "
     "with seven rockets that had failed to fire.", [("green_zone", _SHELL), ("jadriya", _DISRUPTED)]),
    ("سقط صاروخان داخل المنطقة الخضراء في بغداد فجر اليوم الأربعاء. وعثرت القوات الأمنية لاحقا على منصة الإطلاق "
     "وعليها صاروخ معدة للإطلاق.", [("green_zone", _SHELL), ("baghdad", _DISRUPTED)]),
    # a burnt, empty launcher is the attack's trace: no row of its own
    ("Two Katyusha rockets landed inside Baghdad's Green Zone on Wednesday. Police later found the burnt launcher in "
     "an orchard.", [("green_zone", _SHELL)]),
    # a habit, not an event: "in many cases", "في حالات كثيرة"
    ("Two Katyusha rockets landed inside Baghdad's Green Zone on Wednesday. In many cases, security forces later find "
     "the launchers with unfired rockets still on them.", [("green_zone", _SHELL)]),
    ("سقط صاروخان داخل المنطقة الخضراء في بغداد فجر اليوم الأربعاء. وفي حالات كثيرة، تعثر القوات الأمنية لاحقاً على "
     "المنصة وفيها صواريخ لم تنطلق.", [("green_zone", _SHELL)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FINDS, ids=[f"find{i}" for i in range(len(FINDS))])
def test_weapons_found(text: str, expected: list[tuple[str, str]]) -> None:
    frame = extract_incidents(text, published=date(2020, 9, 16), source="test", gazetteer=_GAZ)
    got = sorted(zip(frame["landmark_id"], frame["sub_event_type"], strict=True))
    assert got == sorted(expected)


# Munitions told by a word the lists missed: a single "shell" before its verb of impact, "another hit ...", and the
# Arabic defences bringing down by a pronoun object the drone told before ("فيما أسقطتها منظومة الدفاع الجوي").
WORDS = [
    ("A mortar shell landed near the Jadriya bridge on Friday night without causing casualties. Hours later, a second "
     "shell struck a house in Karrada, wounding a woman.", [("bridge_jadriya", _SHELL), ("karrada", _SHELL)]),
    ("A shell struck a house in Karrada on Friday, wounding a woman.", [("karrada", _SHELL)]),
    ("BAGHDAD (Reuters) - Three rockets hit the Green Zone on Sunday night. One of them struck near the U.S. Embassy, "
     "while another hit a parking lot near the Rasheed Hotel.", [("us_embassy", _SHELL), ("al_rasheed_hotel", _SHELL)]),
    ("دوت صافرات الإنذار داخل السفارة الأمريكية في بغداد فجر اليوم الجمعة، بعد رصد طائرة مسيرة حاولت الاقتراب من "
     "المجمع، فيما أسقطتها منظومة الدفاع الجوي.", [("us_embassy", _DISRUPTED)]),
    # not a munition: "the shell of the building", "another hit song"
    ("Protesters gathered in Tahrir Square on Friday beside the burnt shell of the Turkish Restaurant building.",
     [("tahrir_square", "Peaceful protest")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WORDS, ids=[f"words{i}" for i in range(len(WORDS))])
def test_munition_words(text: str, expected: list[tuple[str, str]]) -> None:
    frame = extract_incidents(text, published=date(2021, 6, 7), source="test", gazetteer=_GAZ)
    got = sorted(zip(frame["landmark_id"], frame["sub_event_type"], strict=True))
    assert got == sorted(expected)


def test_convention_center_arabic_name() -> None:
    """The Baghdad Convention Center's Arabic name as outlets write it: "مركز بغداد للمؤتمرات"."""
    text = "صرح مصدر في الشرطة بأن صاروخ كاتيوشا سقط فجر اليوم الثلاثاء في أرض فضاء قرب مركز بغداد للمؤتمرات."
    frame = extract_incidents(text, published=date(2021, 6, 9), source="test", gazetteer=_GAZ)
    assert list(frame["landmark_id"]) == ["baghdad_convention_center"]


def test_arabic_name_without_its_gloss() -> None:
    """A landmark's Arabic name is read without its gloss: "بوابة القتلة (باب 14 تموز)" is written "بوابة القتلة"."""
    text = "اندلعت مواجهات بين المحتجين والقوات الأمنية عند بوابة القتلة في بغداد مساء الأحد."
    frame = extract_incidents(text, published=date(2021, 11, 9), source="test", gazetteer=_GAZ)
    assert list(frame["landmark_id"]) == ["gate_assassins"]
