"""Round 10, rows: the paradigm of a sentence that tells an incident of the day, and of one that does not.

The cases are generated, not collected: an event lexicon (for each ACLED type the subject, the verb in its
past, present perfect, headline present, passive and nominal forms, English and Arabic) crossed with the
constructions a journalist puts it in. The generator computes each expected answer (how many rows, their
sub-event types, their date):

- ``pred``: the event predicate in every form and tense a report uses: one row of its type, of the day;
- ``speech``: reported speech of a fact ("police said protesters stormed ..."): one row;
- ``off``: what turns a predicate off (negation, plan, future, threat, call, conditional, denial, rumour,
  ongoing state, background time, a question, a place outside Baghdad): no row;
- ``story``: one event told by several sentences (lede, details, toll, aftermath, the definite noun
  referring back): one row; two events of one sentence at places or on days apart: two rows;
- ``type``: the event type a construction decides (a crowd that clashed, tear gas fired at a crowd ...).

Run ``python tests/test_paradigm_rows.py`` for the pass rate per family and construction.
"""

from __future__ import annotations

import sys
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from geoincidents import extract_incidents

PUBLISHED = "2025-05-20"  # a Tuesday
TODAY = "2025-05-20"
MONDAY = "2025-05-19"

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
RIOT = "Violent demonstration"
IED = "Remote explosive/landmine/IED"
SHELLING = "Shelling/artillery/missile attack"
DRONE = "Air/drone strike"
CLASH = "Armed clash"
ATTACK = "Attack"
DISRUPTED = "Disrupted weapons use"


@dataclass(frozen=True)
class Case:
    """One generated sentence and the rows it must give."""

    family: str
    construction: str
    lang: str
    text: str
    types: tuple[str, ...]  # the sub-event types of the rows, sorted; () for no row
    date: str = TODAY
    known_gap: bool = False  # a construction left for later: the test expects it to fail (xfail, strict)

    @property
    def ident(self) -> str:
        return f"{self.family}-{self.construction}-{self.lang}-{zlib.crc32(self.text.encode()) % 10**6}"


@dataclass(frozen=True)
class EnEvent:
    """An English event in the forms the constructions need."""

    sub: str
    subj: str  # plural subject, or a singular one with ``sing``
    past: str  # verb phrase in the past, place included
    pp: str  # past participle phrase ("have/had ...")
    base: str  # bare infinitive phrase
    pres: str  # headline present (agreeing with ``subj``)
    noun: str  # a nominal of the event, place included
    passive: str = ""  # a full passive clause, place included
    sing: bool = False


EN_EVENTS = [
    EnEvent(
        PEACEFUL,
        "Hundreds of protesters",
        "rallied in Tahrir Square",
        "rallied in Tahrir Square",
        "rally in Tahrir Square",
        "rally in Tahrir Square",
        "a rally in Tahrir Square",
        "A rally was held in Tahrir Square",
    ),
    EnEvent(
        PEACEFUL,
        "Thousands of demonstrators",
        "marched to Tahrir Square",
        "marched to Tahrir Square",
        "march to Tahrir Square",
        "march to Tahrir Square",
        "a march to Tahrir Square",
        "A demonstration was staged in Tahrir Square",
    ),
    EnEvent(
        PEACEFUL,
        "Dozens of graduates",
        "staged a sit-in outside the Ministry of Planning",
        "staged a sit-in outside the Ministry of Planning",
        "stage a sit-in outside the Ministry of Planning",
        "stage a sit-in outside the Ministry of Planning",
        "a sit-in outside the Ministry of Planning",
        "A sit-in was staged outside the Ministry of Planning",
    ),
    EnEvent(
        RIOT,
        "Angry protesters",
        "hurled stones at police near the Jumhuriya bridge",
        "hurled stones at police near the Jumhuriya bridge",
        "hurl stones at police near the Jumhuriya bridge",
        "hurl stones at police near the Jumhuriya bridge",
        "the stoning of police near the Jumhuriya bridge",
        "Police were pelted with stones by protesters near the Jumhuriya bridge",
    ),
    EnEvent(
        RIOT,
        "Demonstrators",
        "set fire to tyres near the Jumhuriya bridge",
        "set fire to tyres near the Jumhuriya bridge",
        "set fire to tyres near the Jumhuriya bridge",
        "set fire to tyres near the Jumhuriya bridge",
        "the burning of tyres by protesters near the Jumhuriya bridge",
        "Tyres were set on fire by protesters near the Jumhuriya bridge",
    ),
    EnEvent(
        IED,
        "A roadside bomb",
        "exploded in Tahrir Square",
        "exploded in Tahrir Square",
        "explode in Tahrir Square",
        "explodes in Tahrir Square",
        "the bombing in Tahrir Square",
        "A roadside bomb was detonated in Tahrir Square",
        sing=True,
    ),
    EnEvent(
        IED,
        "A sticky bomb",
        "went off under a car in Karrada",
        "gone off under a car in Karrada",
        "go off under a car in Karrada",
        "goes off under a car in Karrada",
        "the explosion of a sticky bomb under a car in Karrada",
        "A car was blown up by a sticky bomb in Karrada",
        sing=True,
    ),
    EnEvent(
        SHELLING,
        "Three Katyusha rockets",
        "landed inside the Green Zone",
        "landed inside the Green Zone",
        "land inside the Green Zone",
        "land inside the Green Zone",
        "a rocket attack on the Green Zone",
        "The Green Zone was hit by three Katyusha rockets",
    ),
    EnEvent(
        SHELLING,
        "Two mortar rounds",
        "fell near the Republican Palace",
        "fallen near the Republican Palace",
        "fall near the Republican Palace",
        "fall near the Republican Palace",
        "the shelling of the Republican Palace",
        "The Republican Palace was shelled with mortar rounds",
    ),
    EnEvent(
        DRONE,
        "An armed drone",
        "struck a car near the Green Zone",
        "struck a car near the Green Zone",
        "strike a car near the Green Zone",
        "strikes a car near the Green Zone",
        "a drone strike on a car near the Green Zone",
        "A car was hit by a drone strike near the Green Zone",
        sing=True,
    ),
    EnEvent(
        CLASH,
        "Gunmen",
        "clashed with security forces near the Green Zone",
        "clashed with security forces near the Green Zone",
        "clash with security forces near the Green Zone",
        "clash with security forces near the Green Zone",
        "clashes between gunmen and security forces near the Green Zone",
        "",
    ),
    EnEvent(
        ATTACK,
        "Unidentified gunmen",
        "shot dead an activist in Tahrir Square",
        "shot dead an activist in Tahrir Square",
        "kill an activist in Tahrir Square",
        "kill activist in Tahrir Square",
        "the killing of an activist by gunmen in Tahrir Square",
        "An activist was shot dead by unidentified gunmen in Tahrir Square",
    ),
    EnEvent(
        DISRUPTED,
        "The C-RAM system",
        "intercepted a rocket over the U.S. embassy",
        "intercepted a rocket over the U.S. embassy",
        "intercept a rocket over the U.S. embassy",
        "intercepts a rocket over the U.S. embassy",
        "",
        "A rocket was shot down over the U.S. embassy",
        sing=True,
    ),
]


@dataclass(frozen=True)
class ArEvent:
    """An Arabic event in the forms the constructions need."""

    sub: str
    perf: str  # verb-first perfect clause, place included
    imperf: str  # subject-first imperfect clause (headline present), place included
    future: str  # the imperfect without its subject agreement changed: "ي..." clause to take "سـ"
    masdar: str  # the verbal noun phrase (for "دعا إلى", "هدد ب", "يعتزم")
    noun_headline: str  # a nominal headline ("انفجار عبوة ناسفة في ...")


AR_EVENTS = [
    ArEvent(
        PEACEFUL,
        "تظاهر المئات في ساحة التحرير",
        "المئات يتظاهرون في ساحة التحرير",
        "يتظاهر المئات في ساحة التحرير",
        "التظاهر في ساحة التحرير",
        "تظاهرة حاشدة في ساحة التحرير",
    ),
    ArEvent(
        PEACEFUL,
        "اعتصم العشرات من الخريجين أمام وزارة التخطيط",
        "العشرات من الخريجين يعتصمون أمام وزارة التخطيط",
        "يعتصم العشرات من الخريجين أمام وزارة التخطيط",
        "الاعتصام أمام وزارة التخطيط",
        "اعتصام للخريجين أمام وزارة التخطيط",
    ),
    ArEvent(
        RIOT,
        "رشق محتجون غاضبون القوات الأمنية بالحجارة قرب جسر الجمهورية",
        "محتجون غاضبون يرشقون القوات الأمنية بالحجارة قرب جسر الجمهورية",
        "يرشق المحتجون القوات الأمنية بالحجارة قرب جسر الجمهورية",
        "رشق القوات الأمنية بالحجارة قرب جسر الجمهورية",
        "رشق القوات الأمنية بالحجارة قرب جسر الجمهورية",
    ),
    ArEvent(
        IED,
        "انفجرت عبوة ناسفة في ساحة التحرير",
        "عبوة ناسفة تنفجر في ساحة التحرير",
        "تنفجر عبوة ناسفة في ساحة التحرير",
        "تفجير عبوة ناسفة في ساحة التحرير",
        "انفجار عبوة ناسفة في ساحة التحرير",
    ),
    ArEvent(
        SHELLING,
        "سقطت ثلاثة صواريخ كاتيوشا داخل المنطقة الخضراء",
        "صواريخ كاتيوشا تسقط داخل المنطقة الخضراء",
        "تسقط صواريخ كاتيوشا داخل المنطقة الخضراء",
        "قصف المنطقة الخضراء بالصواريخ",
        "سقوط ثلاثة صواريخ كاتيوشا داخل المنطقة الخضراء",
    ),
    ArEvent(
        DRONE,
        "استهدفت طائرة مسيرة سيارة قرب المنطقة الخضراء",
        "طائرة مسيرة تستهدف سيارة قرب المنطقة الخضراء",
        "تستهدف طائرة مسيرة سيارة قرب المنطقة الخضراء",
        "استهداف سيارة بطائرة مسيرة قرب المنطقة الخضراء",
        "قصف بطائرة مسيرة يستهدف سيارة قرب المنطقة الخضراء",
    ),
    ArEvent(
        CLASH,
        "اشتبك مسلحون مع القوات الأمنية قرب المنطقة الخضراء",
        "مسلحون يشتبكون مع القوات الأمنية قرب المنطقة الخضراء",
        "يشتبك مسلحون مع القوات الأمنية قرب المنطقة الخضراء",
        "الاشتباك مع القوات الأمنية قرب المنطقة الخضراء",
        "اشتباكات بين مسلحين والقوات الأمنية قرب المنطقة الخضراء",
    ),
    ArEvent(
        ATTACK,
        "اغتال مسلحون مجهولون ناشطاً في ساحة التحرير",
        "مسلحون مجهولون يغتالون ناشطاً في ساحة التحرير",
        "يغتال مسلحون مجهولون ناشطاً في ساحة التحرير",
        "اغتيال ناشط في ساحة التحرير",
        "اغتيال ناشط برصاص مسلحين مجهولين في ساحة التحرير",
    ),
    ArEvent(
        DISRUPTED,
        "اعترضت منظومة سي رام صاروخاً فوق السفارة الأمريكية",
        "منظومة سي رام تعترض صاروخاً فوق السفارة الأمريكية",
        "تعترض منظومة سي رام صاروخاً فوق السفارة الأمريكية",
        "اعتراض صاروخ فوق السفارة الأمريكية",
        "اعتراض صاروخ فوق السفارة الأمريكية",
    ),
]

_EN_DL = "BAGHDAD - "
_AR_DL = "بغداد - "


def _have(e: EnEvent) -> str:
    return "has" if e.sing else "have"


def _was(e: EnEvent) -> str:
    return "was" if e.sing else "were"


def _en_pred() -> Iterator[Case]:
    for e in EN_EVENTS:
        t = (e.sub,)
        yield Case("pred", "past", "en", f"{_EN_DL}{e.subj} {e.past} on Tuesday, police said.", t)
        yield Case("pred", "past_nodate", "en", f"{_EN_DL}{e.subj} {e.past}, police said.", t)
        yield Case("pred", "past_monday", "en", f"{_EN_DL}{e.subj} {e.past} on Monday, police said.", t, MONDAY)
        yield Case("pred", "perfect", "en", f"{_EN_DL}{e.subj} {_have(e)} {e.pp}, police said.", t)
        yield Case("pred", "headline_present", "en", f"{e.subj} {e.pres}\n\n{_EN_DL}{e.subj} {e.past} on Tuesday.", t)
        yield Case("pred", "pluperfect_day", "en", f"{_EN_DL}{e.subj} had {e.pp} on Tuesday morning, police said.", t)
        if e.passive:
            yield Case("pred", "passive", "en", f"{_EN_DL}{e.passive} on Tuesday, police said.", t)
        if e.noun:
            yield Case(
                "pred", "nominal_subject", "en", f"{_EN_DL}{_cap(e.noun)} on Tuesday caused panic, police said.", t
            )
        yield Case(
            "speech", "said_that", "en", f"{_EN_DL}A police source said that {_low(e.subj)} {e.past} on Tuesday.", t
        )
        yield Case(
            "speech", "witnesses_said", "en", f"{_EN_DL}{e.subj} {e.past} on Tuesday, witnesses told Reuters.", t
        )
        yield Case(
            "speech", "according_to", "en", f"{_EN_DL}According to police, {_low(e.subj)} {e.past} on Tuesday.", t
        )


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _low(s: str) -> str:
    if s.startswith(("The U.S.",)):
        return "the" + s[3:]
    return s[0].lower() + s[1:]


def _en_off() -> Iterator[Case]:
    for e in EN_EVENTS:
        s = e.subj
        if e.sub != DISRUPTED:
            yield Case("off", "negation_did_not", "en", f"{_EN_DL}{s} did not {e.base} on Tuesday, police said.", ())
        yield Case("off", "plan_to", "en", f"{_EN_DL}{s} plan to {e.base} on Friday, a statement said.", ())
        yield Case("off", "will", "en", f"{_EN_DL}{s} will {e.base} on Friday, organisers said.", ())
        yield Case("off", "threatened_to", "en", f"{_EN_DL}{s} threatened on Tuesday to {e.base}.", ())
        yield Case("off", "could", "en", f"{_EN_DL}Officials warned that {_low(s)} could {e.base} at any time.", ())
        yield Case(
            "off", "conditional", "en", f"{_EN_DL}If talks fail, {_low(s)} will {e.base}, a spokesman warned.", ()
        )
        yield Case("off", "denied_that", "en", f"{_EN_DL}Police on Tuesday denied that {_low(s)} had {e.pp}.", ())
        yield Case(
            "off",
            "rumour",
            "en",
            f"{_EN_DL}Police on Tuesday dismissed rumours on social media that {_low(s)} had {e.pp}.",
            (),
        )
        yield Case("off", "year", "en", f"{_EN_DL}In 2019, {_low(s)} {e.past}.", ())
        yield Case("off", "last_year", "en", f"{_EN_DL}Last year, {_low(s)} {e.past}.", ())
        yield Case("off", "question", "en", f"Will {_low(s)} {e.base} again?\n\nAnalysts are divided.", ())
        if e.noun:
            yield Case("off", "called_for", "en", f"{_EN_DL}A militia leader on Tuesday called for {e.noun}.", ())
            yield Case(
                "off",
                "anniversary",
                "en",
                f"{_EN_DL}Tuesday marked the sixth anniversary of {e.noun} in 2019.",
                (),
            )
            yield Case(
                "off", "condemned", "en", f"{_EN_DL}The government condemned {e.noun} that took place last year.", ()
            )
        out = e.past.replace("Tahrir Square", "Basra's Umm Qasr port").replace("the Green Zone", "Erbil airport")
        out = out.replace("the Ministry of Planning", "the governorate building in Nasiriyah")
        out = out.replace("the Jumhuriya bridge", "the governorate building in Nasiriyah")
        out = out.replace("the Republican Palace", "Ain al-Asad air base in Anbar")
        out = out.replace("Karrada", "the city of Mosul").replace("the U.S. embassy", "Erbil airport")
        yield Case("off", "outside_baghdad", "en", f"{_EN_DL}{s} {out} on Tuesday, officials said.", ())
    # ongoing states
    for text in [
        "Graduates have been staging a sit-in outside the Ministry of Planning since March.",
        "The sit-in outside the Ministry of Planning entered its third month on Tuesday.",
        "Protesters have camped in Tahrir Square since October, demanding jobs.",
        "The sit-in in Tahrir Square continues, now in its fortieth day.",
        "No rockets were fired at the Green Zone on Tuesday, the military said.",
        "No protest took place in Tahrir Square on Tuesday despite the calls.",
        "There were no clashes near the Green Zone on Tuesday, police said.",
        "Activists called for protests in Tahrir Square on Friday.",
        "Protesters are expected to gather in Tahrir Square on Friday.",
        "A march to Tahrir Square is planned for Friday.",
    ]:
        yield Case("off", "state_or_none", "en", _EN_DL + text, ())


def _ar_pred() -> Iterator[Case]:
    for e in AR_EVENTS:
        t = (e.sub,)
        yield Case("pred", "perfect", "ar", f"{_AR_DL}{e.perf}، اليوم الثلاثاء، بحسب مصدر أمني.", t)
        yield Case("pred", "perfect_nodate", "ar", f"{_AR_DL}{e.perf}، بحسب مصدر أمني.", t)
        yield Case("pred", "perfect_monday", "ar", f"{_AR_DL}{e.perf}، أمس الاثنين، بحسب مصدر أمني.", t, MONDAY)
        yield Case("pred", "waw_perfect", "ar", f"{_AR_DL}و{e.perf} صباح اليوم.", t)
        yield Case("pred", "laqad", "ar", f"{_AR_DL}لقد {e.perf} صباح اليوم الثلاثاء.", t)
        yield Case("pred", "headline_imperfect", "ar", f"{e.imperf}\n\n{_AR_DL}{e.perf} اليوم الثلاثاء.", t)
        yield Case("pred", "nominal_headline", "ar", f"{e.noun_headline}\n\n{_AR_DL}{e.perf} اليوم الثلاثاء.", t)
        yield Case("pred", "nominal_lede", "ar", f"{_AR_DL}أفاد مصدر أمني، اليوم الثلاثاء، ب{e.noun_headline}.", t)
        # the clitic written apart with a tatweel ("بـتظاهرة"): a known gap (the letter-class lookbehinds of the event
        # words read the tatweel as a letter; a fix needs the text normalised with its offsets kept)
        yield Case(
            "pred",
            "nominal_lede_tatweel",
            "ar",
            f"{_AR_DL}أفاد مصدر أمني، اليوم الثلاثاء، بـ{e.noun_headline}.",
            t,
            known_gap=e.noun_headline.split()[0] in _TATWEEL_GAP,
        )
        yield Case("speech", "qala_inna", "ar", f"{_AR_DL}قال مصدر في الشرطة، اليوم الثلاثاء، إنه {_as_clause(e)}.", t)
        yield Case("speech", "afad", "ar", f"{_AR_DL}أفاد شهود عيان بأنه {_as_clause(e)} اليوم الثلاثاء.", t)


# The event words whose pattern reads the tatweel before them as a letter (the known gap above; the others pass).
_TATWEEL_GAP = ("تظاهرة", "اعتصام", "اشتباكات", "اعتراض")


def _as_clause(e: ArEvent) -> str:
    # after "إنه"/"بأنه" the verb-first perfect clause stands as it is
    return e.perf


def _ar_off() -> Iterator[Case]:
    for e in AR_EVENTS:
        yield Case("off", "sa_future", "ar", f"{_AR_DL}س{e.future} يوم الجمعة المقبل، بحسب بيان.", ())
        yield Case("off", "sawfa", "ar", f"{_AR_DL}سوف {e.future} يوم الجمعة، بحسب منظمين.", ())
        if e.sub != DISRUPTED:
            yield Case("off", "lam", "ar", f"{_AR_DL}لم {e.future} اليوم، بحسب الشرطة.", ())
        yield Case("off", "ta3tazim", "ar", f"{_AR_DL}تعتزم جهات مجهولة {e.masdar} يوم الجمعة.", ())
        yield Case("off", "hadadat", "ar", f"{_AR_DL}هددت جماعة مسلحة، اليوم الثلاثاء، ب{e.masdar}.", ())
        yield Case("off", "da3at", "ar", f"{_AR_DL}دعت جهات، اليوم الثلاثاء، إلى {e.masdar}.", ())
        yield Case("off", "nafat", "ar", f"{_AR_DL}نفت الشرطة، اليوم الثلاثاء، أنباء عن {e.noun_headline}.", ())
        yield Case("off", "year", "ar", f"{_AR_DL}وفي عام 2019، {e.perf}.", ())
        yield Case("off", "last_year", "ar", f"{_AR_DL}وفي العام الماضي، {e.perf}.", ())
        yield Case("off", "anniversary", "ar", f"{_AR_DL}تصادف اليوم الذكرى السادسة ل{e.noun_headline} عام 2019.", ())
        yield Case("off", "conditional", "ar", f"{_AR_DL}حذر قيادي من أنه في حال فشل المفاوضات س{e.future}.", ())
        yield Case("off", "question", "ar", f"هل س{e.future} مجدداً؟\n\nيرى محللون أن الوضع غامض.", ())
        out = (
            e.perf.replace("ساحة التحرير", "مدينة البصرة")
            .replace("المنطقة الخضراء", "مطار أربيل")
            .replace("وزارة التخطيط", "مبنى محافظة ذي قار في الناصرية")
            .replace("جسر الجمهورية", "مبنى محافظة ذي قار في الناصرية")
            .replace("السفارة الأمريكية", "قاعدة عين الأسد في الأنبار")
        )
        yield Case("off", "outside_baghdad", "ar", f"{_AR_DL}{out}، اليوم الثلاثاء، بحسب مصدر أمني.", ())
    for text in [
        "لا يزال الاعتصام أمام وزارة التخطيط مستمراً منذ شهرين.",
        "يواصل الخريجون اعتصامهم أمام وزارة التخطيط منذ آذار الماضي.",
        "لم تسجل أي خروقات أمنية في ساحة التحرير اليوم الثلاثاء.",
        "لم تسقط أي صواريخ على المنطقة الخضراء اليوم، بحسب خلية الإعلام الأمني.",
        "دعا ناشطون إلى تظاهرة كبرى في ساحة التحرير يوم الجمعة المقبل.",
        "من المقرر أن يتظاهر المئات في ساحة التحرير يوم الجمعة.",
        "نفت خلية الإعلام الأمني سقوط صواريخ على المنطقة الخضراء.",
        "تشهد العاصمة منذ أسابيع احتجاجات متواصلة للمطالبة بفرص العمل.",
    ]:
        yield Case("off", "state_or_none", "ar", _AR_DL + text, ())


def _stories() -> Iterator[Case]:
    # one event told by several sentences
    en_one = [
        (
            IED,
            "A roadside bomb exploded in Tahrir Square on Tuesday morning, police said. "
            "The blast wounded three passers-by and damaged two cars. "
            "The explosion was heard across central Baghdad. "
            "No group claimed responsibility for the attack.",
        ),
        (
            SHELLING,
            "Three Katyusha rockets landed inside the Green Zone on Tuesday night. "
            "The rockets fell near the Republican Palace, a security source said. "
            "The attack caused no casualties. "
            "It was the third such attack this month.",
        ),
        (
            PEACEFUL,
            "Hundreds of protesters rallied in Tahrir Square on Tuesday, demanding jobs. "
            "The demonstrators chanted slogans against corruption and waved Iraqi flags. "
            "The protest ended peacefully in the evening.",
        ),
        (
            INTERVENTION,
            "Hundreds of protesters gathered in Tahrir Square on Tuesday. "
            "Security forces fired tear gas to disperse them. "
            "Seven demonstrators were treated for breathing difficulties after the protest.",
        ),
        (
            DRONE,
            "An armed drone struck a car near the Green Zone on Tuesday, killing two people. "
            "The strike set the vehicle ablaze. "
            "The drone attack was the second in a week, officials said.",
        ),
        (
            ATTACK,
            "Unidentified gunmen shot dead an activist in Tahrir Square on Tuesday. "
            "The attackers fled on a motorcycle, police said. "
            "The killing drew condemnation from the United Nations.",
        ),
    ]
    for sub, text in en_one:
        yield Case("story", "one_event_retold", "en", _EN_DL + text, (sub,))
    ar_one = [
        (
            IED,
            "انفجرت عبوة ناسفة في ساحة التحرير صباح اليوم الثلاثاء. "
            "وأسفر الانفجار عن إصابة ثلاثة مدنيين بجروح. "
            "وطوقت القوات الأمنية مكان الانفجار.",
        ),
        (
            SHELLING,
            "سقطت ثلاثة صواريخ كاتيوشا داخل المنطقة الخضراء مساء اليوم الثلاثاء. "
            "وقال مصدر أمني إن الصواريخ سقطت قرب القصر الجمهوري. "
            "ولم يسفر القصف عن خسائر بشرية.",
        ),
        (
            PEACEFUL,
            "تظاهر المئات في ساحة التحرير اليوم الثلاثاء للمطالبة بفرص العمل. "
            "ورفع المتظاهرون الأعلام العراقية وهتفوا ضد الفساد. "
            "وانتهت التظاهرة بشكل سلمي.",
        ),
        (
            ATTACK,
            "اغتال مسلحون مجهولون ناشطاً في ساحة التحرير اليوم الثلاثاء. "
            "ولاذ المهاجمون بالفرار. "
            "وأثار الهجوم موجة من الإدانات.",
        ),
    ]
    for sub, text in ar_one:
        yield Case("story", "one_event_retold", "ar", _AR_DL + text, (sub,))
    # two events of one sentence, two places or two days
    en_two = [
        (
            (IED, SHELLING),
            "A roadside bomb exploded in Karrada on Tuesday, while two rockets landed inside the Green Zone.",
            None,
        ),
        (
            (PEACEFUL, SHELLING),
            "Hundreds rallied in Tahrir Square on Tuesday, while two rockets landed inside the Green Zone.",
            None,
        ),
        (
            (SHELLING, SHELLING),
            "Two rockets hit the Green Zone on Monday, and another rocket fell in Karrada on Tuesday.",
            "two_days",
        ),
    ]
    for subs, text, _ in en_two:
        yield Case("story", "two_events_one_sentence", "en", _EN_DL + text, tuple(sorted(subs)), "")
    ar_two = [
        (
            (IED, SHELLING),
            "انفجرت عبوة ناسفة في الكرادة اليوم الثلاثاء، فيما سقط صاروخان داخل المنطقة الخضراء.",
        ),
        (
            (PEACEFUL, SHELLING),
            "تظاهر المئات في ساحة التحرير اليوم الثلاثاء، بينما سقط صاروخان داخل المنطقة الخضراء.",
        ),
    ]
    for subs, text in ar_two:
        yield Case("story", "two_events_one_sentence", "ar", _AR_DL + text, tuple(sorted(subs)), "")


def _types() -> Iterator[Case]:
    en = [
        (RIOT, "Hundreds of protesters clashed with police near the Jumhuriya bridge on Tuesday."),
        (RIOT, "Demonstrators threw stones at security forces in Tahrir Square on Tuesday."),
        (INTERVENTION, "Security forces fired tear gas at protesters in Tahrir Square on Tuesday."),
        (INTERVENTION, "Police used water cannon to disperse hundreds of demonstrators in Tahrir Square on Tuesday."),
        (INTERVENTION, "Protesters in Tahrir Square were dispersed with tear gas on Tuesday."),
        (EXCESSIVE, "Security forces opened fire on peaceful protesters in Tahrir Square on Tuesday, killing two."),
        (EXCESSIVE, "Two peaceful protesters were shot dead by security forces in Tahrir Square on Tuesday."),
        (SHELLING, "Rockets fell on the Green Zone on Tuesday."),
        (SHELLING, "A Katyusha rocket slammed into a house in Karrada on Tuesday."),
        (DRONE, "A drone struck a vehicle near the Green Zone on Tuesday."),
        (DRONE, "An explosive-laden drone hit the U.S. embassy on Tuesday."),
        (DISRUPTED, "Air defences shot down a drone over the U.S. embassy on Tuesday."),
        (DISRUPTED, "The C-RAM system intercepted two rockets over the U.S. embassy on Tuesday."),
        (DISRUPTED, "Security forces found a rocket launcher loaded with two rockets in Karrada on Tuesday."),
        (CLASH, "Gunmen clashed with the army near the Green Zone on Tuesday."),
        (CLASH, "Armed factions exchanged fire with security forces inside the Green Zone on Tuesday."),
        (ATTACK, "Gunmen opened fire on a liquor store in Karrada on Tuesday, killing its owner."),
        (IED, "A sound bomb went off near Tahrir Square on Tuesday."),
        (IED, "An improvised explosive device detonated in Karrada on Tuesday."),
    ]
    for sub, text in en:
        yield Case("type", "construction", "en", _EN_DL + text, (sub,))
    ar = [
        (RIOT, "اشتبك المئات من المحتجين مع قوات الأمن قرب جسر الجمهورية اليوم الثلاثاء."),
        (RIOT, "أضرم محتجون النار في إطارات قرب جسر الجمهورية اليوم الثلاثاء."),
        (INTERVENTION, "أطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين في ساحة التحرير اليوم الثلاثاء."),
        (INTERVENTION, "فرقت قوات الأمن المحتجين في ساحة التحرير بخراطيم المياه اليوم الثلاثاء."),
        (EXCESSIVE, "أطلقت القوات الأمنية الرصاص الحي على المتظاهرين السلميين في ساحة التحرير اليوم الثلاثاء."),
        (SHELLING, "سقطت قذيفتا هاون قرب القصر الجمهوري اليوم الثلاثاء."),
        (DRONE, "استهدفت طائرة مسيرة السفارة الأمريكية اليوم الثلاثاء."),
        (DISRUPTED, "أسقطت الدفاعات الجوية طائرة مسيرة فوق السفارة الأمريكية اليوم الثلاثاء."),
        (DISRUPTED, "عثرت القوات الأمنية على منصة إطلاق صواريخ في الكرادة اليوم الثلاثاء."),
        (CLASH, "اندلعت اشتباكات بين فصائل مسلحة والقوات الأمنية داخل المنطقة الخضراء اليوم الثلاثاء."),
        (ATTACK, "فتح مسلحون مجهولون النار على محل لبيع المشروبات في الكرادة اليوم الثلاثاء."),
        (IED, "انفجرت قنبلة صوتية قرب ساحة التحرير اليوم الثلاثاء."),
    ]
    for sub, text in ar:
        yield Case("type", "construction", "ar", _AR_DL + text, (sub,))


# Word classes crossed: who makes a crowd x the verbs of protest; the munitions x the verbs of impact.
EN_CROWDS = (
    "Hundreds of people",
    "Thousands of Sadr supporters",
    "Dozens of young men",
    "Crowds of demonstrators",
    "Scores of unemployed graduates",
)
EN_PROTEST_VPS = (
    "rallied in Tahrir Square",
    "gathered in Tahrir Square",
    "protested in Tahrir Square",
    "demonstrated in Tahrir Square",
    "staged a protest in Tahrir Square",
    "held a demonstration in Tahrir Square",
    "marched to Tahrir Square",
    "took to the streets around Tahrir Square",
)
EN_MUNITIONS = (
    ("A Katyusha rocket", True),
    ("Two rockets", False),
    ("A mortar round", True),
    ("Three mortar shells", False),
    ("A projectile", True),
    ("Two Grad rockets", False),
)
EN_IMPACT_VPS = (
    "landed near the Republican Palace",
    "fell near the Republican Palace",
    "hit the Republican Palace",
    "struck near the Republican Palace",
    "slammed into the Republican Palace compound",
    "crashed near the Republican Palace",
)
AR_CROWDS = ("المئات من المواطنين", "آلاف من أنصار التيار الصدري", "عشرات الشبان", "حشود من المتظاهرين")
AR_PROTEST_VERBS = ("تظاهر", "تجمع", "احتشد", "اعتصم", "احتج")  # verb first, masculine singular before its subject
# (nominative, genitive after a verbal noun, feminine)
AR_MUNITIONS = (
    ("صاروخ كاتيوشا", "صاروخ كاتيوشا", False),
    ("قذيفة هاون", "قذيفة هاون", True),
    ("صاروخان", "صاروخين", False),
    ("ثلاث قذائف هاون", "ثلاث قذائف هاون", True),
)
AR_IMPACT_VERBS = (("سقط", "سقطت"), ("انفجر", "انفجرت"))


def _crossed() -> Iterator[Case]:
    for crowd in EN_CROWDS:
        for vp in EN_PROTEST_VPS:
            yield Case("cross", "crowd_x_protest_verb", "en", f"{_EN_DL}{crowd} {vp} on Tuesday.", (PEACEFUL,))
            yield Case("cross_off", "crowd_x_plan", "en", f"{_EN_DL}{crowd} plan to {_base_vp(vp)} on Friday.", ())
    for noun, _ in EN_MUNITIONS:
        for vp in EN_IMPACT_VPS:
            yield Case("cross", "munition_x_impact", "en", f"{_EN_DL}{noun} {vp} on Tuesday night.", (SHELLING,))
    for crowd in AR_CROWDS:
        for verb in AR_PROTEST_VERBS:
            yield Case(
                "cross",
                "crowd_x_protest_verb",
                "ar",
                f"{_AR_DL}{verb} {crowd} في ساحة التحرير اليوم الثلاثاء.",
                (PEACEFUL,),
            )
            yield Case(
                "cross_off",
                "crowd_x_call",
                "ar",
                f"{_AR_DL}دعا ناشطون {crowd} إلى {_AR_MASDAR[verb]} في ساحة التحرير.",
                (),
            )
    for noun, genitive, fem in AR_MUNITIONS:
        for masc, femv in AR_IMPACT_VERBS:
            verb = femv if fem else masc
            yield Case(
                "cross",
                "munition_x_impact",
                "ar",
                f"{_AR_DL}{verb} {noun} قرب القصر الجمهوري مساء اليوم الثلاثاء.",
                (SHELLING,),
            )
        yield Case(
            "cross_off",
            "munition_x_denial",
            "ar",
            f"{_AR_DL}نفت خلية الإعلام الأمني، اليوم الثلاثاء، سقوط {genitive} قرب القصر الجمهوري.",
            (),
        )


_AR_MASDAR = {"تظاهر": "التظاهر", "تجمع": "التجمع", "احتشد": "الاحتشاد", "اعتصم": "الاعتصام", "احتج": "الاحتجاج"}


def _base_vp(vp: str) -> str:
    first, _, rest = vp.partition(" ")
    base = {"rallied": "rally", "gathered": "gather", "protested": "protest", "demonstrated": "demonstrate",
            "staged": "stage", "held": "hold", "marched": "march", "took": "take"}[first]  # fmt: skip
    return f"{base} {rest}"


def _timing() -> Iterator[Case]:
    # an event of the past week told as a fact of its own is a row of its day; one named only as a time is none
    yield Case(
        "timing",
        "last_week",
        "en",
        f"{_EN_DL}Last week, two rockets landed near the Tomb of the Unknown Soldier, police said.",
        (SHELLING,),
        "2025-05-13",
    )
    yield Case(
        "timing",
        "past_weekday",
        "ar",
        f"{_AR_DL}وكان محتجون قد اقتحموا المنطقة الخضراء يوم الأربعاء الماضي.",
        (PEACEFUL,),
        "2025-05-14",
    )
    yield Case(
        "timing",
        "time_reference",
        "en",
        f"{_EN_DL}Hundreds of protesters rallied in Tahrir Square on Tuesday, three days after they first stormed "
        "the Green Zone.",
        (PEACEFUL,),
    )
    yield Case(
        "timing",
        "since_state",
        "ar",
        f"{_AR_DL}يعتصم العشرات من الخريجين أمام وزارة التخطيط منذ ثلاثة أشهر للمطالبة بالتعيين.",
        (),
    )
    yield Case(
        "timing",
        "since_state",
        "en",
        f"{_EN_DL}Dozens of graduates have been staging a sit-in outside the Ministry of Planning since February.",
        (),
    )
    yield Case(
        "timing",
        "analysis_headline",
        "en",
        "Analysis: Why rockets keep falling on Baghdad's Green Zone\n\nThe attacks have become routine in recent "
        "years.",
        (),
    )


# The parts of a story around one event (the lede, a quote, the aftermath, the reactions, the background), English and
# Arabic: each list is one report telling one event (one row) with sentences that must not add another.
EN_STORY_PARTS = {
    "lede": "A car bomb exploded near a busy market in Karrada on Tuesday, killing five people, police said.",
    "detail": "The bombing, which targeted the crowded market at midday, also wounded 12 people.",
    "quote": "'I heard a huge explosion and saw smoke everywhere,' said Ahmed, a shop owner.",
    "aftermath": "Security forces sealed off the area after the blast.",
    "reaction": "The United Nations condemned the attack and called for the perpetrators to be brought to justice.",
    "claim": "No group has claimed responsibility for the bombing.",
    "background_year": "In October 2019, tens of thousands of protesters rallied in Tahrir Square.",
    "background_since": "Since 2019, dozens of rockets have hit the Green Zone.",
    "background_after": "The attack came a week after protesters stormed the Green Zone.",
    "generic": "Bombings of this kind have become rare in the capital in recent years.",
}
AR_STORY_PARTS = {
    "lede": "انفجرت سيارة مفخخة قرب سوق شعبي في الكرادة اليوم الثلاثاء، ما أسفر عن مقتل خمسة أشخاص.",
    "detail": "وأوضح المصدر أن الانفجار وقع في ساعة الذروة وأسفر أيضاً عن إصابة 12 آخرين.",
    "quote": "وقال أحد أصحاب المحال: سمعت دوي انفجار هائل ورأيت الدخان في كل مكان.",
    "aftermath": "وطوقت القوات الأمنية مكان الانفجار.",
    "reaction": "وأدانت بعثة الأمم المتحدة الهجوم ودعت إلى محاسبة المسؤولين عنه.",
    "claim": "ولم تتبن أي جهة مسؤولية التفجير حتى الآن.",
    "background_year": "وشهدت ساحة التحرير في تشرين الأول 2019 احتجاجات واسعة.",
    "background_since": "ومنذ عام 2019 سقطت عشرات الصواريخ على المنطقة الخضراء.",
    "background_after": "ويأتي الهجوم بعد أسبوع من اقتحام محتجين المنطقة الخضراء.",
    "generic": "وباتت التفجيرات من هذا النوع نادرة في العاصمة خلال السنوات الأخيرة.",
}


def _story_parts() -> Iterator[Case]:
    for lang, parts, dateline in (("en", EN_STORY_PARTS, _EN_DL), ("ar", AR_STORY_PARTS, _AR_DL)):
        lede = parts["lede"]
        for name, sentence in parts.items():
            if name == "lede":
                continue
            yield Case("story_part", f"lede+{name}", lang, f"{dateline}{lede} {sentence}", (IED,))
        # every part at once, the lede first
        yield Case("story_part", "lede+all", lang, dateline + " ".join(parts.values()), (IED,))


# Constructions met in the fresh reports of round 10, each as a class crossed with its members.
EN_UNVERIFIED = (
    "Pro-militia accounts circulate a claim that",
    "Social media users shared unconfirmed reports that",
    "Rumours spread on Tuesday that",
    "Local channels posted unverified claims that",
)
AR_UNVERIFIED = (
    "ما تم تداوله بشأن",
    "ما أشيع عن",
    "الأنباء المتداولة بشأن",
    "شائعات عن",
)
AR_THREAT_SUBJECTS = ("منظمو التظاهرة", "المحتجون", "تنسيقية الخريجين")
AR_PARTS = ("قسم منهم", "بعض المحتجين", "عدد من الشبان", "جزء منهم")
AR_INTERCEPT_PARTS = ("لاثنين منها", "لثلاثة منها", "لأحدها", "لواحد منها")
SIBLINGS = (
    ("U.S. embassy compound", "us_embassy", "Grand Festivities Square"),
    ("Republican Palace", "republican_palace", "Grand Festivities Square"),
)


def _fresh() -> Iterator[Case]:
    for cue in EN_UNVERIFIED:
        yield Case("fresh_off", "unverified_en", "en", f"{_EN_DL}{cue} a drone hit the Republican Palace.", ())
    for cue in AR_UNVERIFIED:
        yield Case(
            "fresh_off",
            "unverified_ar",
            "ar",
            f"{_AR_DL}قالت الخلية إن {cue} سقوط صواريخ على المنطقة الخضراء عار عن الصحة.",
            (),
        )
    for subject in AR_THREAT_SUBJECTS:
        yield Case(
            "fresh_off",
            "threat_subject_between",
            "ar",
            f"{_AR_DL}ولوّح {subject} بنقل احتجاجاتهم إلى أمام البرلمان والدخول في اعتصام مفتوح.",
            (),
        )
    for part in AR_PARTS:
        yield Case(
            "fresh",
            "part_of_crowd_heading",
            "ar",
            f"{_AR_DL}توجه {part} نحو مداخل المنطقة الخضراء اليوم الثلاثاء.",
            (PEACEFUL,),
        )
    for part in AR_INTERCEPT_PARTS:
        yield Case(
            "fresh",
            "intercepted_part",
            "ar",
            f"{_AR_DL}تصدت منظومة سي رام، فجر اليوم الثلاثاء، {part} في الجو قرب مبنى السفارة الأمريكية.",
            (DISRUPTED,),
        )
    for subject in ("The cowardly rocket and drone attacks", "Protests", "Such bombings"):
        yield Case(
            "fresh_off", "generic_present_negated", "en", f"{_EN_DL}Kadhimi said: {subject} do not build homelands.", ()
        )
    for munition, sub in (("three drones", DRONE), ("three rockets", SHELLING)):
        for item in ("the third", "the other", "the last one"):
            yield Case(
                "fresh",
                "elided_salvo_item",
                "en",
                f"{_EN_DL}The attack on the prime minister's residence on Tuesday was carried out with {munition}; two "
                f"were shot down, while {item} struck the house.",
                (sub,),
            )
    for first, _, second in SIBLINGS:
        yield Case(
            "fresh",
            "impacts_at_two_landmarks",
            "en",
            f"{_EN_DL}Three rockets fell inside the {first} on Tuesday, while two rockets landed in the {second}.",
            (SHELLING, SHELLING),
        )


def cases() -> list[Case]:
    """Every generated case, English and Arabic."""
    return [
        *_en_pred(),
        *_en_off(),
        *_ar_pred(),
        *_ar_off(),
        *_stories(),
        *_types(),
        *_crossed(),
        *_timing(),
        *_story_parts(),
        *_fresh(),
    ]


def outcome(case: Case) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sub-event types and dates the extractor gives for ``case``."""
    df = extract_incidents(case.text, published=PUBLISHED)
    if df.empty:
        return (), ()
    subs = tuple(sorted(str(s) for s in df["sub_event_type"]))
    dates = tuple(sorted(str(d)[:10] for d in df["event_date"]))
    return subs, dates


def passes(case: Case) -> bool:
    """Whether the extractor gives the rows ``case`` expects."""
    subs, dates = outcome(case)
    if subs != case.types:
        return False
    return not case.date or all(d == case.date for d in dates)


ALL = cases()


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="known gap")) if c.known_gap else c for c in ALL],
    ids=[c.ident for c in ALL],
)
def test_paradigm_rows(case: Case) -> None:
    subs, dates = outcome(case)
    assert subs == case.types, (case.text, subs, dates)
    if case.date:
        assert all(d == case.date for d in dates), (case.text, dates)


def _summary(show: bool) -> None:
    total: Counter[tuple[str, str, str]] = Counter()
    ok: Counter[tuple[str, str, str]] = Counter()
    fam_total: Counter[str] = Counter()
    fam_ok: Counter[str] = Counter()
    for case in ALL:
        key = (case.family, case.construction, case.lang)
        total[key] += 1
        fam_total[f"{case.family}-{case.lang}"] += 1
        good = passes(case)
        if good:
            ok[key] += 1
            fam_ok[f"{case.family}-{case.lang}"] += 1
        elif show:
            print("FAIL", key, case.text.replace("\n", " | "), case.types, outcome(case))
    for key in sorted(total):
        print(f"{'/'.join(key):45s} {ok[key]:4d}/{total[key]:4d}")
    for fam in sorted(fam_total):
        print(f"FAMILY {fam:20s} {fam_ok[fam]:4d}/{fam_total[fam]:4d}")
    print(f"ALL {sum(ok.values())}/{len(ALL)}")


if __name__ == "__main__":
    _summary("--show" in sys.argv)
