"""Casualty counts read from the language (round 8), on sentences written for these tests.

1. coordinated victims: the first person counted may carry a genitive, an origin or a relative clause before another
   counted part joined to it; a pronoun object joined to a person; others struck "along with" those counted; Arabic
   words describing the first person before "و" and the next part;
2. any ordinal, and "one" with a relative clause of its own, names another munition than the sentence's first;
3. a count of none said of the whole attack is none at every part of it told just before
   (``casualties.whole_attack``).

Each group has cases that must not fire.
"""

from __future__ import annotations

import pytest

from geoincidents.extraction.events import find_casualties
from tests._rows import Row, event_rows
from tests._rows import count_pairs as _counts


def _rows(text: str, published: str = "2024-03-08") -> list[Row]:
    return event_rows(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a genitive on the first person, then a counted part joined
        (
            "An air strike on a pickup killed a deputy leader of the Sadr Brigades and three of his bodyguards.",
            [(4, None)],
        ),
        ("The bomb killed an officer of the federal police and two civilians on Monday.", [(3, None)]),
        ("Gunmen fatally shot the son of a tribal elder and one of his cousins near the market.", [(2, None)]),
        # a relative clause between commas on the first person
        ("A grenade hit the kiosk, wounding the vendor, who had just opened his stall, and a passer-by.", [(None, 2)]),
        # the first person's name in apposition
        ("The drone killed the deputy, Jabbar al-Ubaidi, and three of his guards.", [(4, None)]),
        # a pronoun object joined to a person
        ("Masked men stopped the journalist's car and shot at it, wounding him and his cousin.", [(None, 2)]),
        # others struck along with those counted (the name in apposition before "was")
        ("The engineer, Karim Jawad, was killed along with two of his colleagues as the shell landed.", [(3, None)]),
        ("Four police officers were injured together with a civilian.", [(None, 5)]),
        # Arabic: up to six words describing the first person before "و" and the next part
        ("قُتل ضابط كبير في جهاز الأمن الوطني العراقي واثنان من حراسه بانفجار عبوة.", [(3, None)]),
        ("قتل ناشط معروف في مدينة الصدر شرقي بغداد وشقيقه مساء أمس.", [(2, None)]),
        ("أصيب مدير المدرسة وشقيقه بجروح طفيفة.", [(None, 2)]),
    ],
)
def test_coordinated_victims_add_up(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the genitive is taken only when a counted part follows: another verb keeps the counts apart
        ("The blast killed a leader of the militia and wounded three guards.", [(1, None), (None, 3)]),
        ("The bomb killed a member of the provincial council on Sunday.", [(1, None)]),
        # an apposition of the first person, then another verb
        ("The blast killed its driver, a retired officer, and wounded two.", [(1, None), (None, 2)]),
        # no person joined after the pronoun
        ("Gunmen opened fire on the lawyer, wounding him and damaging his car.", []),
        # "along with" naming no people adds nothing
        ("A guard was killed, along with the rest of the cargo.", [(1, None)]),
        # seven words between: too far to be one subject
        ("إصابة شخص في حادث سير وقع صباح اليوم في منطقة الكرادة وسط بغداد وطفل", [(None, 1)]),
    ],
)
def test_coordination_must_not_fire(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "another"),
    [
        ("Two rockets hit the zone, and a fourth landed on a house in Karrada, wounding two.", True),
        ("A volley of mortars was fired at the base, and one that fell short killed a farmer.", True),
        ("سقط صاروخان في المنطقة الخضراء، فيما سقط خامس على منزل في الجادرية، ما أدى إلى إصابة امرأة بجروح.", True),
        # must not fire: the sentence's own count; a person "one of them" is no other munition
        ("Two rockets hit the zone, wounding two guards.", False),
        ("Police fired on the crowd, and one of the protesters was killed.", False),
    ],
)
def test_an_ordinal_or_one_with_a_relative_clause_names_another(text: str, another: bool) -> None:
    counts = find_casualties(text)
    assert counts
    assert counts[-1].of_another is another


def test_none_said_of_the_whole_attack_is_none_at_each_part() -> None:
    text = (
        "Rockets were fired at the U.S. Embassy in Baghdad early on Friday.\n\n"
        "The embassy's C-RAM defence system intercepted two of the rockets over the Tigris near the compound. "
        "A third rocket fell in an open area near the Monument to the Unknown Soldier.\n\n"
        "The attack caused no casualties, an embassy spokesperson said."
    )
    rows = _rows(text)
    assert len(rows) == 2
    assert all(r[2:] == (0, 0) for r in rows)


def test_none_said_of_one_munition_is_only_its_own() -> None:
    text = (
        "Rockets were fired at the U.S. Embassy in Baghdad early on Friday.\n\n"
        "The embassy's C-RAM defence system intercepted two of the rockets over the Tigris near the compound. "
        "A third rocket fell in an open area near the Monument to the Unknown Soldier, causing no casualties."
    )
    rows = {r[1]: r[2:] for r in _rows(text)}
    assert rows.get("tomb_unknown_soldier") == (0, 0)
    assert rows.get("us_embassy") == (None, None)


def test_whole_attack_in_arabic() -> None:
    text = (
        "أفاد مصدر أمني، فجر اليوم الجمعة، بتعرض محيط السفارة الأمريكية في بغداد لهجوم بعدد من صواريخ الكاتيوشا.\n\n"
        "وقال المصدر إن منظومة الدفاع سيرام المنصوبة في السفارة تصدت لصاروخين فوق مجمعها.\n\n"
        "وأضاف أن صاروخا ثالثا سقط قرب نصب الجندي المجهول، مؤكدا أن الهجوم لم يسفر عن خسائر بشرية."
    )
    rows = _rows(text)
    assert len(rows) == 2
    assert all(r[2:] == (0, 0) for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead named as the genitive of their funeral, coffins or relatives: people described, no count
        ("Hundreds marched behind the funeral of a militia leader killed in an air strike on Tuesday.", []),
        ("Police fired tear gas at the relatives of two men killed in the raid, wounding three of them.", [(None, 3)]),
        # must not fire: the dead of the sentence's own news, or a funeral named apart from the count
        ("Two mourners were killed when a bomb hit the funeral.", [(2, None)]),
        ("The funeral of the cleric was held as two protesters were killed nearby.", [(2, None)]),
    ],
)
def test_the_dead_described_by_their_funeral_are_no_count(
    text: str, expected: list[tuple[int | None, int | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ("Activists said 14 protesters were killed, a figure that could not be independently verified.", True),
        ("تحدث ناشطون عن مقتل ستة متظاهرين، فيما لم تؤكد السلطات هذا الرقم.", True),
        ("Hospital staff said 20 people were wounded, though the figure was not confirmed by officials.", True),
        # must not fire: a count confirmed, or a sentence saying nothing of its confirmation
        ("The ministry confirmed that 14 protesters were killed.", False),
        ("Fourteen protesters were killed, police said, and the ministry did not comment.", False),
    ],
)
def test_a_count_said_to_be_unconfirmed_is_a_claim(text: str, initial: bool) -> None:
    counts = [c for c in find_casualties(text) if c.fatalities or c.injuries]
    assert counts
    assert counts[0].initial is initial


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # treatment received for what hurt them, with an adjective of degree
        ("Nine demonstrators received treatment for minor injuries at a field clinic.", [(None, 9)]),
        ("Four guards were treated for light burns.", [(None, 4)]),
        # some of those counted, between commas before the verb: an aside, not one more part
        ("Eleven people, four of them policemen, were injured in the scuffles.", [(None, 11)]),
        ("Medics said eleven people, four of whom were women, received treatment for injuries.", [(None, 11)]),
        # must not fire: treatment for heat, a list of parts still adds up
        ("Six marchers received treatment for heat exhaustion.", []),
        ("Three protesters, two policemen and a journalist were wounded.", [(None, 6)]),
    ],
)
def test_treatment_and_subset_asides(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


def test_a_loose_count_goes_to_the_event_at_the_place_its_sentence_names() -> None:
    text = (
        "Security forces on Monday fired tear gas to disperse graduates protesting on the Jumhuriya Bridge.\n\n"
        "Earlier, hundreds of graduates had gathered peacefully in Tahrir Square, raising banners.\n\n"
        "Riot police at the concrete barriers in the middle of the bridge fired gas canisters, "
        "and seven people were injured."
    )
    rows = {r[1]: r[2:] for r in _rows(text, "2024-05-14")}
    assert rows.get("bridge_jumhuriya") == (None, 7)
    assert rows.get("tahrir_square") == (None, None)


def test_a_loose_count_naming_no_place_goes_to_the_nearest() -> None:
    text = (
        "Security forces on Monday fired tear gas to disperse graduates protesting on the Jumhuriya Bridge.\n\n"
        "Hundreds of graduates also gathered in Tahrir Square and clashed with police there.\n\n"
        "Seven people were injured."
    )
    rows = {r[1]: r[2:] for r in _rows(text, "2024-05-14")}
    assert rows.get("tahrir_square") == (None, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named by name, with an apposition, who "was" killed or wounded: one
        (
            "Ali Jaber al-Saadi, a lawyer who defended detained protesters, was gunned down near his office.",
            [(1, None)],
        ),
        ("Ahmed Kareem was wounded when the grenade went off.", [(None, 1)]),
        # kin and people named by their trade
        ("His nephew, who was driving, was injured in the blast.", [(None, 1)]),
        ("A prominent analyst was shot dead on Monday.", [(1, None)]),
        # Arabic: the definite one assassinated after the verb and its subject; a learned person's noun
        ("اغتال مسلحون مجهولون، مساء الثلاثاء، الكاتب والناشط علي حسن قرب منزله.", [(1, None)]),
        ("أعلنت الشرطة مقتل الباحث بإطلاق نار.", [(1, None)]),
        # must not fire: an attempt, a verb of trying, a place or a group that "was" hit or blamed
        ("نجا الناشط من محاولة اغتيال الناشط قرب منزله.", []),
        ("حاول مسلحون مجهولون اغتيال الكاتب قرب منزله.", []),
        ("The Green Zone was hit by rockets.", []),
        ("Prime Minister Mustafa al-Kadhimi was unhurt.", []),
    ],
)
def test_named_and_assassinated_persons(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partitive of someone's people
        ("Four of the governor's bodyguards were wounded in the attack.", [(None, 4, False)]),
        ("Two of Mr Hakim's guards were killed at the checkpoint.", [(2, None, False)]),
        # "up to" and what media reported: claims, outranked by a stated toll
        (
            "Police said three were wounded, while local media reported up to nine wounded.",
            [(None, 3, False), (None, 9, True)],
        ),
        ("The blast killed up to 30 people.", [(30, None, True)]),
        ("ذكرت وسائل إعلام محلية أن خمسة أشخاص أصيبوا.", [(None, 5, True)]),
        # must not fire: "as many as" is a stated toll; a source's count is no media report
        ("The shelling killed as many as 12 people.", [(12, None, False)]),
        ("A medical source said six people were wounded.", [(None, 6, False)]),
    ],
)
def test_partitive_of_someones_people_and_claimed_bounds(
    text: str, expected: list[tuple[int | None, int | None, bool]]
) -> None:
    assert [(c.fatalities, c.injuries, c.initial) for c in find_casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two accounts set against each other: the conservative stands (the larger is a claim)
        (
            "A police officer said four people were hurt, while a hospital official said two people were injured.",
            [(None, 4, True), (None, 2, False)],
        ),
        (
            "أفادت مصادر محلية بإصابة خمسة أشخاص، بينما قال مسؤول، طلب عدم ذكر اسمه، إن «حارساً واحداً أصيب بجروح».",
            [(None, 5, True), (None, 1, False)],
        ),
        # must not fire: two groups (the security forces and the crowd), or counts of two kinds
        (
            "Police said three officers were hurt, while medics said 20 protesters were injured.",
            [(None, 3, False), (None, 20, False)],
        ),
        (
            "Three people were killed and five wounded, while police said they arrested two.",
            [(3, None, False), (None, 5, False)],
        ),
    ],
)
def test_conflicting_accounts(text: str, expected: list[tuple[int | None, int | None, bool]]) -> None:
    assert [(c.fatalities, c.injuries, c.initial) for c in find_casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال المسؤول إن متظاهراً واحداً قتل خلال المواجهات.", [(1, None)]),
        ("نفى المصدر سقوط أي قتلى.", [(0, None)]),
        # those sought for a killing: no toll
        ("وتطالب العوائل بمحاسبة المتورطين في قتل أكثر من 500 متظاهر.", []),
        ("Families demanded the trial of those responsible for killing 40 protesters.", []),
        # must not fire: the killing itself
        ("Security forces opened fire, killing 40 protesters.", [(40, None)]),
    ],
)
def test_one_counted_denied_and_sought(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == expected


def test_a_sentence_speaking_of_the_toll_does_not_count_in_the_distance() -> None:
    text = (
        "At least one rocket struck a cafeteria inside the US embassy compound in Baghdad on Sunday.\n\n"
        "Five Katyusha rockets were fired at the Green Zone on Sunday evening, a security source said. "
        "Three of them hit the embassy, while the other two fell into the Tigris river.\n\n"
        "Accounts of casualties differed. A security official said three people were injured, while a US official "
        "said one person was hurt. No one was killed."
    )
    rows = {r[1]: r[2:] for r in _rows(text, "2020-01-27")}
    assert rows.get("us_embassy") == (0, 1)


def test_a_headline_count_told_again_by_another_body_event_is_that_events() -> None:
    text = (
        "صواريخ على المنطقة الخضراء ومقتل طفل بسقوط صاروخ على منزل في الكرادة\n\n"
        "أعلنت خلية الإعلام الأمني، مساء اليوم الثلاثاء، سقوط أربعة صواريخ داخل المنطقة الخضراء من دون تسجيل خسائر "
        "بشرية.\n\n"
        "وأضافت أن صاروخاً آخر سقط على منزل في منطقة الكرادة، ما أسفر عن مقتل طفل."
    )
    rows = {r[1]: r[2:] for r in _rows(text, "2020-11-17")}
    assert rows.get("green_zone") == (0, 0)
    assert rows.get("karrada", (None, None))[0] == 1


def test_a_headline_count_no_body_event_tells_stays() -> None:
    text = (
        "مقتل طفل بسقوط صاروخ على منزل في الكرادة\n\n"
        "أعلنت خلية الإعلام الأمني، مساء اليوم الثلاثاء، سقوط صاروخ على منزل في منطقة الكرادة."
    )
    rows = {r[1]: r[2:] for r in _rows(text, "2020-11-17")}
    assert rows.get("karrada", (None, None))[0] == 1


def test_none_said_of_the_attack_is_not_shared_with_a_bomb_told_beside() -> None:
    text = (
        "A roadside bomb exploded in Karrada on Friday morning, wounding three civilians.\n\n"
        "Hours later, a rocket was fired at the U.S. Embassy and was intercepted by the C-RAM over the compound. "
        "The attack caused no casualties, officials said."
    )
    rows = {r[1]: r[2:] for r in _rows(text)}
    assert rows.get("karrada") == (None, 3)


def test_a_salvos_summary_toll_told_again_by_one_part_is_that_parts() -> None:
    text = (
        "A barrage of rockets was fired at Baghdad's Green Zone late on Tuesday, killing a boy and wounding four "
        "civilians in a nearby neighbourhood, the military said.\n\n"
        "At least three rockets landed inside the Green Zone near the al-Rasheed Hotel, causing no casualties.\n\n"
        "Another rocket struck a house in the al-Amil district, killing a boy and wounding four members of his family."
    )
    rows = {r[1]: r[2:] for r in _rows(text, "2020-11-18")}
    assert rows.get("baghdad") == (1, 4)
    assert all(v == (0, 0) for k, v in rows.items() if k != "baghdad")


def test_two_parts_with_their_own_different_tolls_keep_them() -> None:
    text = (
        "A barrage of rockets was fired at Baghdad's Green Zone late on Tuesday, wounding two guards at a checkpoint, "
        "the military said.\n\n"
        "Another rocket struck a house in the al-Amil district, killing a boy and wounding four members of his family."
    )
    rows = {r[1]: r[2:] for r in _rows(text, "2020-11-18")}
    assert rows.get("baghdad") == (1, 4)
    assert (None, 2) in rows.values()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # harm done until death, the victims between the verb and "to death"
        ("An angry mob beat a young man to death near the square.", [(1, None, False)]),
        ("Assailants stabbed two shopkeepers to death overnight.", [(2, None, False)]),
        ("The driver was beaten to death.", [(1, None, False)]),
        # a figure revised with no kind of its own: the kind of the count before it
        (
            "Four policemen were hurt, an officer said; he later revised the figure to six.",
            [(None, 4, False), (None, 6, True)],
        ),
        # must not fire: no death, no count before the revision
        ("He was beaten badly but survived.", []),
        ("Officials raised the number to nine.", []),
    ],
)
def test_to_death_and_revised_figures(text: str, expected: list[tuple[int | None, int | None, bool]]) -> None:
    assert [(c.fatalities, c.injuries, c.update) for c in find_casualties(text)] == expected


def test_a_count_after_an_event_of_the_city_that_named_another_town_goes_on_telling_it() -> None:
    text = (
        "Two drones launched from farmland near Abu Ghraib, west of the capital, were shot down as they approached the "
        "Victory base at Baghdad airport late on Sunday, security sources said. There were no casualties."
    )
    rows = _rows(text, "2024-01-22")
    assert rows and rows[0][2:] == (0, 0)


def test_a_count_after_another_citys_event_stays_there() -> None:
    text = (
        "Hundreds of graduates gathered in Tahrir Square on Sunday to demand jobs.\n\n"
        "In the southern city of Basra, police fired on a crowd outside the provincial council. Two people were killed."
    )
    rows = {r[1]: r[2:] for r in _rows(text, "2024-01-22")}
    assert rows.get("tahrir_square") == (None, None)
