"""Document paradigm of casualty attribution (issue 12, round 11): which event a count of a report belongs to.

Mini-reports (2-5 sentences) are generated from the structures journalists build reports in, English and Arabic, with
fillers varied (event kinds, gazetteer places, numbers); the expected ``(fatalities, injuries)`` of every row is
computed by the generator under the annotation rules of ``eval/README.md``:

- ``after``: an event, then its toll in the next sentence (or the next paragraph) with no event words: that event's.
- ``quote``: an event, a quote of a witness, then the toll: the event's.
- ``back_noun``: an event, then a sentence naming it again by its noun ("The blast wounded four"): the event's.
- ``force_then_gathering``: force on a crowd at one place, a peaceful gathering at another told after it, then a toll
  with no place: the place where force met the crowd, not the gathering (a peaceful gathering hurts nobody).
- ``gathering_then_force``: a gathering, part of the crowd met with force at another place, then the toll: the force's.
- ``named_one``: two events at two places, then a toll naming one of them: that one's (also when it is the first).
- ``named_both``: two events, then a toll naming both places or "the two attacks", or "in all": given to none
  (a count shared by several places, a cumulative toll).
- ``day_total``: a live blog's or a roundup's total of the day or of several days ("Since the morning, N have been
  wounded in Baghdad", "Over the two days ..."): none (cumulative).
- ``meanwhile``: an event with its toll, "Meanwhile" another event at another place with no toll: the second has none.
- ``elsewhere``: a toll of another city, or of background ("Last year ..."), after the day's event: not the event's.
- ``none_closes``: a statement of none closing an event (after a quote too): 0.

Every case goes through :func:`geoincidents.extract_incidents`; a row expected but not made fails the case too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import pandas as pd
import pytest

from geoincidents import extract_incidents

PUBLISHED = "2021-03-10"  # a Wednesday: "on Tuesday" is the day before

Counts = tuple[int | None, int | None]


class Case(NamedTuple):
    structure: str
    lang: str
    text: str
    expected: dict[str, Counts]  # landmark -> (fatalities, injuries) of its row


def rows(text: str) -> dict[str, Counts]:
    """``(fatalities, injuries)`` per landmark of the report's rows (the first row of each landmark)."""
    frame = extract_incidents(text, published=PUBLISHED)
    out: dict[str, Counts] = {}
    for r in frame.itertuples():
        out.setdefault(
            str(r.landmark_id),
            (
                None if pd.isna(r.fatalities) else int(r.fatalities),
                None if pd.isna(r.injuries) else int(r.injuries),
            ),
        )
    return out


# ----------------------------------------------------------------------------------------------------------- places
# (id, English name with its article, Arabic name)
_PLACES = {
    "tahrir_square": ("Tahrir Square", "ساحة التحرير"),
    "bridge_jumhuriya": ("the Jumhuriya Bridge", "جسر الجمهورية"),
    "khilani_square": ("al-Khilani Square", "ساحة الخلاني"),
    "bridge_sinak": ("the Sinak Bridge", "جسر السنك"),
    "firdos_square": ("Firdos Square", "ساحة الفردوس"),
    "nisour_square": ("al-Nisour Square", "ساحة النسور"),
    "republican_palace": ("the Republican Palace", "القصر الجمهوري"),
    "palestine_hotel": ("the Palestine Hotel", "فندق فلسطين"),
    "tomb_unknown_soldier": ("the Monument to the Unknown Soldier", "نصب الجندي المجهول"),
    "zawra_park": ("al-Zawraa Park", "متنزه الزوراء"),
}
# pairs of places for a crowd (a gathering and where force met it) and for attacks
_CROWD_PAIRS = (
    ("tahrir_square", "bridge_jumhuriya"),
    ("tahrir_square", "bridge_sinak"),
    ("khilani_square", "bridge_jumhuriya"),
    ("nisour_square", "firdos_square"),
)
_ATTACK_PAIRS = (
    ("republican_palace", "palestine_hotel"),
    ("firdos_square", "zawra_park"),
    ("tomb_unknown_soldier", "nisour_square"),
)

_EN_NUM = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 9: "nine"}
_AR_NUM = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 9: "تسعة"}

# ---------------------------------------------------------------------------------------------------------- English
# event sentences: (kind, template with {p} the place and {day}); the kind says whether it can have victims
_EN_ATTACKS = (
    ("rocket", "A Katyusha rocket landed near {p} {day}"),
    ("bomb", "A roadside bomb exploded near {p} {day}"),
    ("mortar", "A mortar round struck near {p} {day}"),
)
_EN_SECOND = {
    "rocket": ("Another Katyusha rocket landed near {p}", "A roadside bomb exploded near {p}"),
    "bomb": ("Another roadside bomb exploded near {p}", "A Katyusha rocket landed near {p}"),
    "mortar": ("Another mortar round struck near {p}", "A roadside bomb exploded near {p}"),
}
# sentences between an event and its toll: no event words, no count (the toll's story goes on after them)
_EN_FILLERS = (
    "No group claimed responsibility. Police cordoned off the area.",
    '"We heard a huge bang," a shopkeeper said. Ambulances rushed to the scene.',
)
_EN_FORCE = (
    "Security forces fired tear gas at protesters on {p} {day}",
    "Riot police used tear gas and water cannon to disperse demonstrators at {p} {day}",
)
_EN_GATHER = (
    "Hundreds of protesters gathered in {p} {day}, chanting slogans against the government",
    "Thousands of demonstrators rallied peacefully in {p} {day}",
)
_EN_HURT = (
    ("{N} people were wounded", (None, "n")),
    ("{N} protesters were injured", (None, "n")),
    ("{N} people were killed", ("n", None)),
)
_EN_HURT_ATTACK = (
    ("{N} people were wounded", (None, "n")),
    ("{N} civilians were killed", ("n", None)),
    ("{N} passers-by were injured", (None, "n")),
)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _fill(spec: tuple[str | None, str | None], n: int) -> Counts:
    return tuple(n if v == "n" else v for v in spec)  # type: ignore[return-value]


def english() -> Iterator[Case]:
    day = "on Tuesday"
    for a, b in _ATTACK_PAIRS:
        pa, pb = _PLACES[a][0], _PLACES[b][0]
        for kind, ev in _EN_ATTACKS:
            e1 = ev.format(p=pa, day=day)
            for n in (3 if kind != "bomb" else 6,):  # (one number per kind: the structure is the test)
                for hurt, spec in _EN_HURT_ATTACK:
                    toll = _cap(hurt.format(N=_EN_NUM[n]))
                    exp = _fill(spec, n)
                    yield Case("after", "en", f"{e1}. {toll}, police said.", {a: exp})
                    yield Case("after", "en", f"{e1}, police said.\n\n{toll}, a medical source said.", {a: exp})
                    yield Case("quote", "en", f'{e1}. "The windows shook," a shopkeeper said. {toll}.', {a: exp})
                    yield Case(
                        "elsewhere", "en", f"{e1}. In Basra, {hurt.format(N=_EN_NUM[n])} in clashes.", {a: (None, None)}
                    )
                    yield Case(
                        "elsewhere",
                        "en",
                        f"{e1}. Last year, {hurt.format(N=_EN_NUM[n])} in a similar attack in the area.",
                        {a: (None, None)},
                    )
            for fillers in _EN_FILLERS:
                yield Case(
                    "far", "en", f"{e1}. {fillers} Six guards were wounded, a police source said.", {a: (None, 6)}
                )
                yield Case(
                    "far", "en", f"{e1}.\n\n{fillers}\n\nA young woman and two men were injured.", {a: (None, 3)}
                )
            morning = _cap(ev.format(p=pa, day="in the morning"))
            yield Case(
                "toll_first",
                "en",
                f"Two people were killed in Baghdad on Tuesday, police said. {morning}, they said.",
                {a: (2, None)},
            )
            noun = {"rocket": "The rocket", "bomb": "The blast", "mortar": "The shell"}[kind]
            yield Case("back_noun", "en", f"{e1}. {noun} wounded four people, police said.", {a: (None, 4)})
            yield Case("none_closes", "en", f"{e1}. There were no casualties, police said.", {a: (0, 0)})
            yield Case(
                "none_closes",
                "en",
                f'{e1}. "It was a loud bang," a resident said. No casualties were reported.',
                {a: (0, 0)},
            )
            # two attacks at two places, then a toll
            # (the second told as "another" of its kind, or as an attack of another kind: two events at two places)
            for e2 in _EN_SECOND[kind]:
                e2 = e2.format(p=pb)
                two = f"{e1}. {e2} an hour later."
                yield Case(
                    "named_one",
                    "en",
                    f"{two} Five people were wounded near {pa}, police said.",
                    {a: (None, 5), b: (None, None)},
                )
                yield Case(
                    "named_one",
                    "en",
                    f"{two} Five people were wounded near {pb}, police said.",
                    {a: (None, None), b: (None, 5)},
                )
                yield Case(
                    "named_one",
                    "en",
                    f"{two} Police said two people were killed near {pa}.",
                    {a: (2, None), b: (None, None)},
                )
                yield Case(
                    "named_both",
                    "en",
                    f"{two} Five people were wounded near {pa} and {pb}, police said.",
                    {a: (None, None), b: (None, None)},
                )
                yield Case(
                    "named_both",
                    "en",
                    f"{two} In all, five people were wounded, police said.",
                    {a: (None, None), b: (None, None)},
                )
                yield Case(
                    "named_both",
                    "en",
                    f"{two} The two attacks wounded five people, police said.",
                    {a: (None, None), b: (None, None)},
                )
                yield Case(
                    "named_both",
                    "en",
                    f"{two} Five people were wounded in the two attacks.",
                    {a: (None, None), b: (None, None)},
                )
    for a, b in _CROWD_PAIRS:
        pa, pb = _PLACES[a][0], _PLACES[b][0]
        for gather in _EN_GATHER:
            g = gather.format(p=pa, day=day)
            for force in _EN_FORCE:
                f = force.format(p=pb, day=day)
                for n in (3 if len(pb) % 2 else 7,):  # (one number per pair: the structure is the test)
                    for hurt, spec in _EN_HURT[(len(gather) + len(force)) % 2 :: 2]:  # (the kinds of harm in turn)
                        toll = _cap(hurt.format(N=_EN_NUM[n]))
                        exp = _fill(spec, n)
                        yield Case(
                            "gathering_then_force",
                            "en",
                            f"{g}. Later, some of them marched towards {pb}, where security forces fired tear "
                            f"gas. {toll}, medics said.",
                            {a: (None, None), b: exp},
                        )
                        yield Case(
                            "force_then_gathering",
                            "en",
                            f"{f}. Elsewhere, {gather.format(p=pa, day='').rstrip()[0].lower()}"
                            f"{gather.format(p=pa, day='').rstrip()[1:]}. {toll}, medics said.",
                            {a: (None, None), b: exp},
                        )
                        yield Case(
                            "meanwhile",
                            "en",
                            f"{f}, and {hurt.format(N=_EN_NUM[n])}. Meanwhile, "
                            f"{gather.format(p=pa, day='').rstrip()[0].lower()}"
                            f"{gather.format(p=pa, day='').rstrip()[1:]}.",
                            {a: (None, None), b: exp},
                        )
                        yield Case(
                            "day_total",
                            "en",
                            f"{g}. {f.replace(' on Tuesday', '')} in the afternoon. Since the morning, "
                            f"{hurt.format(N=_EN_NUM[n]).replace('were', 'have been')} across Baghdad.",
                            {a: (None, None), b: (None, None)},
                        )
                yield Case(
                    "named_both",
                    "en",
                    f"{f}. Protesters also set tyres alight in {pa}. The human rights commission said 23 "
                    f"protesters were injured in {pa} and near {pb}, and that no one was killed.",
                    {a: (0, None), b: (0, None)},
                )
                yield Case(
                    "day_total",
                    "en",
                    f"14:20 - {f.replace(' on Tuesday', '')}. 15:40 - Protesters set tyres alight near {pa}. "
                    "20:30 - Health ministry: two protesters killed and 70 wounded in Baghdad today.",
                    {a: (None, None), b: (None, None)},
                )
                yield Case(
                    "day_total",
                    "en",
                    f"{g}. {f}. The health ministry said nine people were injured in the day's unrest.",
                    {a: (None, None), b: (None, None)},
                )
                yield Case(
                    "day_total",
                    "en",
                    f"{f}. Protesters later set tyres alight near {pa}. {_EN_FILLERS[1]} In all, nine people "
                    "were wounded.",
                    {a: (None, None), b: (None, None)},
                )
                yield Case(
                    "day_total",
                    "en",
                    f"{gather.format(p=pa, day='on Monday')}. {force.format(p=pb, day='on Tuesday')}. "
                    "Over the two days, nine people were wounded, medics said.",
                    {a: (None, None), b: (None, None)},
                )
                yield Case(
                    "day_total",
                    "en",
                    f"UPDATE 14:00 - {force.format(p=pb, day='')}. UPDATE 18:00 - "
                    f"{gather.format(p=pa, day='').rstrip()}. The day's toll now stands at nine wounded.",
                    {a: (None, None), b: (None, None)},
                )


# ----------------------------------------------------------------------------------------------------------- Arabic
_AR_ATTACKS = (
    ("rocket", "سقط صاروخ كاتيوشا قرب {p} {day}"),
    ("bomb", "انفجرت عبوة ناسفة قرب {p} {day}"),
    ("mortar", "سقطت قذيفة هاون قرب {p} {day}"),
)
_AR_SECOND = {
    "rocket": ("سقط صاروخ آخر قرب {p} بعد ساعة", "انفجرت عبوة ناسفة قرب {p} بعد ساعة"),
    "bomb": ("انفجرت عبوة ناسفة أخرى قرب {p} بعد ساعة", "سقط صاروخ كاتيوشا قرب {p} بعد ساعة"),
    "mortar": ("سقطت قذيفة هاون أخرى قرب {p} بعد ساعة", "انفجرت عبوة ناسفة قرب {p} بعد ساعة"),
}
_AR_FILLERS = (
    "ولم تتبن أي جهة المسؤولية. وطوقت الشرطة المكان.",
    'وقال أحد أصحاب المحال: "سمعنا دويا قويا". وهرعت سيارات الإسعاف إلى المكان.',
)
_AR_FORCE = (
    "أطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين في {p} {day}",
    "فرقت قوات مكافحة الشغب المحتجين في {p} {day} بالغاز المسيل للدموع وخراطيم المياه",
)
_AR_GATHER = (
    "تجمع مئات المتظاهرين في {p} {day} مرددين هتافات ضد الحكومة",
    "احتشد آلاف المحتجين بشكل سلمي في {p} {day}",
)
_AR_HURT = (
    ("وأصيب {N} أشخاص بجروح", (None, "n")),
    ("وقتل {N} أشخاص", ("n", None)),
    ("وأصيب {N} متظاهرين بحالات اختناق", (None, "n")),
)


def arabic() -> Iterator[Case]:
    day = "يوم الثلاثاء"
    for a, b in _ATTACK_PAIRS:
        pa, pb = _PLACES[a][1], _PLACES[b][1]
        for kind, ev in _AR_ATTACKS:
            e1 = ev.format(p=pa, day=day)
            for n in (3 if kind != "bomb" else 6,):  # (one number per kind: the structure is the test)
                for hurt, spec in _AR_HURT[:2]:
                    toll = hurt.format(N=_AR_NUM[n])
                    exp = _fill(spec, n)
                    yield Case("after", "ar", f"{e1}. {toll}، بحسب مصدر في الشرطة.", {a: exp})
                    yield Case("after", "ar", f"{e1}، بحسب الشرطة.\n\n{toll}، وفق مصدر طبي.", {a: exp})
                    yield Case("quote", "ar", f'{e1}. وقال أحد أصحاب المحال: "اهتزت النوافذ". {toll}.', {a: exp})
                    yield Case("elsewhere", "ar", f"{e1}. وفي البصرة، {toll[1:]} في اشتباكات.", {a: (None, None)})
                    yield Case(
                        "elsewhere", "ar", f"{e1}. وكان {toll[1:]} في هجوم مماثل العام الماضي.", {a: (None, None)}
                    )
            for fillers in _AR_FILLERS:
                yield Case(
                    "far", "ar", f"{e1}. {fillers} وأصيب ستة من الحراس بجروح، بحسب مصدر في الشرطة.", {a: (None, 6)}
                )
                yield Case("far", "ar", f"{e1}.\n\n{fillers}\n\nوأصيبت امرأة ورجلان بجروح.", {a: (None, 3)})
            yield Case(
                "toll_first",
                "ar",
                f"قتل شخصان في بغداد يوم الثلاثاء، بحسب الشرطة. و{ev.format(p=pa, day='صباحا')}، وفق المصدر.",
                {a: (2, None)},
            )
            noun = {"rocket": "الصاروخ", "bomb": "الانفجار", "mortar": "القذيفة"}[kind]
            yield Case("back_noun", "ar", f"{e1}. وأسفر {noun} عن إصابة أربعة أشخاص.", {a: (None, 4)})
            yield Case("none_closes", "ar", f"{e1}. ولم يسفر الحادث عن خسائر بشرية، بحسب الشرطة.", {a: (0, 0)})
            yield Case("none_closes", "ar", f'{e1}. وقال أحد السكان: "سمعنا دويا قويا". ولم يصب أحد.', {a: (0, 0)})
            for e2 in _AR_SECOND[kind]:
                e2 = e2.format(p=pb)
                two = f"{e1}. و{e2}."
                yield Case(
                    "named_one", "ar", f"{two} وأصيب خمسة أشخاص قرب {pa}، بحسب الشرطة.", {a: (None, 5), b: (None, None)}
                )
                yield Case(
                    "named_one", "ar", f"{two} وأصيب خمسة أشخاص قرب {pb}، بحسب الشرطة.", {a: (None, None), b: (None, 5)}
                )
                yield Case(
                    "named_both",
                    "ar",
                    f"{two} وأصيب خمسة أشخاص قرب {pa} و{pb}، بحسب الشرطة.",
                    {a: (None, None), b: (None, None)},
                )
                yield Case(
                    "named_both", "ar", f"{two} وأسفر الهجومان عن إصابة خمسة أشخاص.", {a: (None, None), b: (None, None)}
                )
                yield Case(
                    "named_both", "ar", f"{two} وبلغت حصيلة الهجومين خمسة جرحى.", {a: (None, None), b: (None, None)}
                )
    for a, b in _CROWD_PAIRS:
        pa, pb = _PLACES[a][1], _PLACES[b][1]
        for gather in _AR_GATHER:
            g = gather.format(p=pa, day=day)
            for force in _AR_FORCE:
                f = force.format(p=pb, day=day)
                for n in (3 if len(pb) % 2 else 7,):  # (one number per pair: the structure is the test)
                    for hurt, spec in _AR_HURT[(len(gather) + len(force)) % 2 :: 2]:  # (the kinds of harm in turn)
                        toll = hurt.format(N=_AR_NUM[n])
                        exp = _fill(spec, n)
                        yield Case(
                            "gathering_then_force",
                            "ar",
                            f"{g}. وتوجه بعضهم لاحقا إلى {pb} حيث أطلقت قوات الأمن الغاز المسيل للدموع. "
                            f"{toll}، بحسب مصادر طبية.",
                            {a: (None, None), b: exp},
                        )
                        yield Case(
                            "force_then_gathering",
                            "ar",
                            f"{f}. وفي مكان آخر، {gather.format(p=pa, day='').rstrip()}. {toll}، بحسب مصادر طبية.",
                            {a: (None, None), b: exp},
                        )
                        yield Case(
                            "meanwhile",
                            "ar",
                            f"{f}، {toll}. وفي سياق متصل، {gather.format(p=pa, day='').rstrip()}.",
                            {a: (None, None), b: exp},
                        )
                        yield Case(
                            "day_total",
                            "ar",
                            f"{g}. و{force.format(p=pb, day='بعد الظهر').rstrip()}. "
                            f"وارتفع عدد المصابين منذ الصباح في بغداد إلى {_AR_NUM[n]}.",
                            {a: (None, None), b: (None, None)},
                        )
                yield Case(
                    "named_both",
                    "ar",
                    f"{f}. وأضرم محتجون النار في إطارات في {pa}. وأحصت مفوضية حقوق الإنسان في بيان إصابة 23 "
                    f"متظاهراً في {pa} ومحيط {pb}، مؤكدة أنه لم تسجل أي حالة وفاة.",
                    {a: (0, None), b: (0, None)},
                )
                yield Case(
                    "day_total",
                    "ar",
                    f"14:20 - {force.format(p=pb, day='').rstrip()}. 15:40 - أضرم محتجون النار في إطارات قرب "
                    f"{pa}. 20:30 - وزارة الصحة: مقتل متظاهرين اثنين وإصابة 70 في بغداد اليوم.",
                    {a: (None, None), b: (None, None)},
                )
                yield Case(
                    "day_total",
                    "ar",
                    f"{gather.format(p=pa, day='يوم الاثنين')}. و{force.format(p=pb, day=day)}. "
                    "وخلال اليومين أصيب تسعة أشخاص، بحسب مصادر طبية.",
                    {a: (None, None), b: (None, None)},
                )
                yield Case(
                    "day_total",
                    "ar",
                    f"{gather.format(p=pa, day='يوم الاثنين')}. و{force.format(p=pb, day=day)}. "
                    "ووفق أحدث حصيلة لمصادر طبية، قتل ثلاثة متظاهرين وأصيب أكثر من 70 آخرين خلال يومي المواجهات.",
                    {a: (None, None), b: (None, None)},
                )


def must_not() -> Iterator[Case]:
    """What must not move a count: a toll naming the gathering's own place, a gathering with no force near it, a toll
    of another day, a count of none said of two places, a count of two munitions of one place."""
    day = "on Tuesday"
    for a, b in _CROWD_PAIRS:
        pa, pb = _PLACES[a][0], _PLACES[b][0]
        aa, ab = _PLACES[a][1], _PLACES[b][1]
        f = _EN_FORCE[0].format(p=pb, day=day)
        g = _EN_GATHER[0].format(p=pa, day="").rstrip()
        yield Case(
            "must_not",
            "en",
            f"{f}. Elsewhere, {g[0].lower()}{g[1:]}. Three protesters were injured in {pa}.",
            {a: (None, 3), b: (None, None)},
        )
        yield Case(
            "must_not",
            "en",
            f"{_EN_GATHER[1].format(p=pa, day=day)}. Three protesters were injured in a stampede, medics said.",
            {a: (None, 3)},
        )
        yield Case(
            "must_not",
            "ar",
            f"{_AR_GATHER[1].format(p=aa, day='يوم الثلاثاء')}. وأصيب ثلاثة متظاهرين بحالات إغماء، بحسب مصادر طبية.",
            {a: (None, 3)},
        )
        fa = _AR_FORCE[0].format(p=ab, day="يوم الثلاثاء")
        yield Case(
            "must_not",
            "ar",
            f"{fa}. وفي مكان آخر، {_AR_GATHER[0].format(p=aa, day='').rstrip()}. وأصيب ثلاثة متظاهرين في {aa}.",
            {a: (None, 3), b: (None, None)},
        )
    for a, b in _ATTACK_PAIRS:
        pa, pb = _PLACES[a][0], _PLACES[b][0]
        aa, ab = _PLACES[a][1], _PLACES[b][1]
        e1 = _EN_ATTACKS[0][1].format(p=pa, day=day)
        a1 = _AR_ATTACKS[0][1].format(p=aa, day="يوم الثلاثاء")
        two = f"{e1}. Another Katyusha rocket landed near {pb} an hour later."
        yield Case("must_not", "en", f"{two} No casualties were reported near {pa} or {pb}.", {a: (0, 0), b: (0, 0)})
        yield Case(
            "must_not",
            "en",
            f"Two rockets landed near {pa} {day}. The two rockets wounded five people.",
            {a: (None, 5)},
        )
        yield Case(
            "must_not", "en", f"{e1}. Seven people were wounded in Baghdad on Tuesday, medics said.", {a: (None, 7)}
        )
        yield Case("must_not", "ar", f"{a1}. وأصيب سبعة أشخاص في بغداد، بحسب مصادر طبية.", {a: (None, 7)})
        # a plain count far from an event that has its own count of that kind: another figure, not its toll
        yield Case(
            "must_not",
            "en",
            f"{e1}, wounding two people. {_EN_FILLERS[1]} Five people were wounded, a hospital official said.",
            {a: (None, 2)},
        )
        # the day's sum, of a day with one place: that event's
        yield Case(
            "must_not",
            "en",
            f"{e1}. Two people were killed. In all, nine people were wounded, police said.",
            {a: (2, 9)},
        )
        yield Case(
            "must_not",
            "en",
            f"{e1}. Officials said the day's violence in the capital left nine people wounded.",
            {a: (None, 9)},
        )
        yield Case(
            "must_not",
            "en",
            f"{e1}. {_EN_FILLERS[0]} In 2019, a similar bomb exploded in the area. "
            "Hundreds were killed in the protests of that year.",
            {a: (None, None)},
        )
        yield Case(
            "must_not",
            "en",
            f"{e1}. {_EN_FILLERS[0]} Six guards were wounded in a shooting in Basra.",
            {a: (None, None)},
        )
        yield Case(
            "must_not",
            "en",
            f"{e1}. {_EN_FILLERS[0]} Last year, six guards were wounded in a similar attack.",
            {a: (None, None)},
        )
        yield Case(
            "must_not",
            "ar",
            f"{a1}. وسقط صاروخ آخر قرب {ab} بعد ساعة. ولم يصب أحد قرب {aa} أو {ab}.",
            {a: (0, 0), b: (0, 0)},
        )
        yield Case("must_not", "ar", f"{a1}. {_AR_FILLERS[0]} وفي البصرة، أصيب ستة من الحراس بجروح.", {a: (None, None)})


def headlines() -> Iterator[Case]:
    """A headline telling a munition's toll and an interception together, over a body telling each at its place: the
    toll is the munition's place's, not the interception's the headline may merge into."""
    for _a, b in _ATTACK_PAIRS:
        pb, ab = _PLACES[b]
        yield Case(
            "headline",
            "en",
            f"Rocket kills girl near {pb}, two more intercepted over US embassy\n\nBAGHDAD - A Katyusha rocket "
            f"struck a house near {pb} late on Tuesday, killing a girl and wounding five people. Two other rockets "
            "were intercepted by the U.S. Embassy's C-RAM defence system, a security source said.",
            {b: (1, 5), "us_embassy": (None, None)},
        )
        yield Case(
            "headline",
            "ar",
            f'صاروخ يقتل طفلة قرب {ab} و"سي رام" السفارة الأمريكية تعترض صاروخين\n\nقتلت طفلة وأصيب خمسة مدنيين '
            f"بجروح، ليل أمس الثلاثاء، جراء سقوط صاروخ كاتيوشا على منزل قرب {ab}. وتصدت منظومة سي رام التابعة "
            "للسفارة الأمريكية لصاروخين آخرين في الجو.",
            {b: (1, 5), "us_embassy": (None, None)},
        )


def live_nones() -> Iterator[Case]:
    """A live page's statement of none of the whole attack, entries after the salvo's parts: none at each part."""
    for _a, b in _ATTACK_PAIRS:
        pb, ab = _PLACES[b]
        yield Case(
            "live_none",
            "en",
            "04:40 - A security source said the U.S. Embassy's C-RAM intercepted three rockets over the Tigris on "
            f"Tuesday. Two other rockets landed near {pb}, the source said.\n\n05:05 - The same source said the two "
            "rockets left craters in a car park.\n\n05:30 - Police said the launch pad was found in a truck in "
            "Zafaraniya.\n\n06:10 - "
            "Interior ministry: the attack caused no casualties.",
            {"us_embassy": (0, 0), b: (0, 0)},
        )
        yield Case(
            "live_none",
            "ar",
            "04:40 – مصدر أمني: منظومة الدفاع في السفارة الأميركية تصدت لثلاثة صواريخ في الجو فوق نهر دجلة يوم "
            f"الثلاثاء، فيما سقط صاروخان آخران قرب {ab}.\n\n05:05 – المصدر ذاته: الصاروخان أحدثا حفرتين في ساحة "
            'لوقوف السيارات.\n\n05:30 – خلية الإعلام الأمني: عثرت قواتنا على منصة الإطلاق محمولة على عجلة نوع "كيا".'
            "\n\n06:10 – وزارة الداخلية: الهجوم لم يسفر عن خسائر بشرية.",
            {"us_embassy": (0, 0), b: (0, 0)},
        )


def _tidy(case: Case) -> Case:
    """The text without the gaps an empty filler leaves ("in Tahrir Square , chanting")."""
    text = case.text.replace("  ", " ").replace(" ,", ",").replace(" .", ".").replace(" ،", "،")
    return case._replace(text=text)


CASES = [_tidy(c) for c in (*english(), *arabic(), *must_not(), *headlines(), *live_nones())]


def _id(case: Case) -> str:
    return f"{case.lang}-{case.structure}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_count_goes_to_its_event(case: Case) -> None:
    got = rows(case.text)
    want = case.expected
    seen = {k: got.get(k) for k in want}
    assert seen == want, case.text
