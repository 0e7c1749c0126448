"""Events that are not news of the day: background, recalled, ongoing, planned (rules ``background.*``).

ACLED codes what happened, when it happened. A report also recalls older events ("in 2019 hundreds were
killed", "وكان أنصار الصدر قد اقتحموا"), states running totals ("450 have been killed since"), ongoing
states ("who have held a sit-in since mid-August", "the sit-in continues") and plans; none of those is
a new event of the report's day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from geoincidents.extraction._phrases import ByScript, first_char_guard
from geoincidents.extraction.dates import DateMention, resolve_date
from geoincidents.extraction.events import Casualties
from geoincidents.extraction.rules import rule
from geoincidents.extraction.rules.candidate import SentenceDate, within

__all__ = [
    "BACKGROUND_DAYS",
    "SentenceFlags",
    "aside_spans",
    "background_reason",
    "future_clause_spans",
    "is_continuing",
    "old_date_spans",
    "ongoing_spans",
    "recalls_earlier",
    "referred_event_span",
    "sentence_flags",
]

BACKGROUND_DAYS = 7
"""An event dated more than this many days (a week) before publication is background, not a new incident.

News of an incident is published within days; a report that names an event of two weeks or a month
before ("the embassy was hit on Dec. 20", "last month") recalls it as context."""

_SINCE = re.compile(r"(?:since|منذ)(?:\s+(?:يوم|صباح|مساء|ليلة|فجر))?\s*$", re.IGNORECASE)
_PLUPERFECT = re.compile(r"(?:و)?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,6}?قد\s")
# English recalls an earlier event in the pluperfect: "supporters had stormed the embassy last week".
_PLUPERFECT_EN = first_char_guard(re.compile(
    r"\bhad\s+(?:(?:already|previously|earlier|also|first|recently)\s+)?(?:been\s+)?"
    r"(?!to\b|a\b|an\b|the\b|no\b|its\b|their\b|his\b|her\b)[a-z]+(?:ed|en|wn|ung|ught|eld|ew|ook|ade|ent|oke|ore)\b",
    re.IGNORECASE,
))  # fmt: skip
# A state or a running total that goes on from an earlier time: "300 have been killed since the protests began",
# "protesters have held the bridges for three weeks", "المعتصمون منذ أسابيع". Only the event words and counts
# inside such a passage are background: the same sentence may tell the day's event as well.
_PERFECT_SINCE = re.compile(
    # (a full stop after a single capital is an abbreviation's, no sentence end: "attacks on U.S. forces since")
    r"\b(?:have|has|had)\s+(?:\w+\s+){0,2}?(?:been\s+)?[a-z]+\b(?:[^.;]|(?<=\b[A-Z])\.){0,80}?\b(?:since\b|for\s+(?:(?:more\s+than|nearly|"
    r"almost|about|over|the\s+past|the\s+last|several|a\s+few|many|some|\w+)\s+){0,2}(?:days|weeks|months|years|"
    r"a\s+(?:week|month|year))"
    # a total over a period of unrest: "More than 100 people have been killed in weeks of protests"
    r"|in\s+(?:(?:more\s+than|nearly|almost|over|several|a\s+few|many|\w+)\s+)?(?:days|weeks|months|years)\s+of\b)"
    # the "since" clause first: "Since the uprising began, more than 600 protesters have been killed"
    r"|\bsince\s+[^.;,]{0,60},\s*[^.;]{0,80}?\b(?:have|has)\s+(?:\w+\s+){0,2}?(?:been\s+)?[a-z]+(?:ed|en|wn)\b"
    # a total named as a noun: "the deaths of more than 500 people since the protest movement erupted"
    r"|\b(?:deaths?|killings?|killing)\s+of\s+[^.;]{0,40}?\bsince\b"
    r"|(?<![\u0621-\u064a])منذ\s+(?:\S+\s+){0,2}?(?:أيام|ايام|يوم|أسابيع|اسابيع|أسبوع|اسبوع|أشهر|اشهر|شهور|شهر|سنوات|أعوام|"
    r"عام|سنة|بداية|بدء|انطلاق|اندلاع|مطلع|أكثر|اكثر|ساعات)(?![\u0621-\u064a])"
    # (not the hours of a time of the day: "منذ ساعات الصباح الأولى" is since this morning, the day's own news)
    r"(?<!ساعات(?=\s(?:ال)?(?:صباح|فجر|ظهر|ظهيرة|مساء|ليل|عصر)))"
    # "منذ الثلاثين من تموز", "منذ 19 تشرين الأول": since a day of a month
    r"|(?<![\u0621-\u064a])منذ\s+(?:\S+\s+){0,3}?(?:من\s+)?(?:كانون\s+\S+|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|"
    r"آب|اب|أيلول|ايلول|تشرين\s+\S+|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|"
    r"اكتوبر|نوفمبر|ديسمبر)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_SPAN_OPENERS = re.compile(
    r"[,;،؛]|\b(?:that|which|who|where|while|and)\b|(?<![\u0621-\u064a])(?:التي|الذي|الذين|فيما)(?![\u0621-\u064a])"
)
# "since" opening a clause with its own subject ("since they stormed", "since the protesters occupied").
_SINCE_CLAUSE = re.compile(
    r"\s+(?:they|he|she|it|we|(?:the\s+)?(?:\w+\s+){0,2}?(?:protesters|demonstrators|supporters|followers|crowds?|"
    r"militants|forces|police|troops|protests|demonstrations|sit-ins?|movement|uprising|clashes|war|invasion))\s+"
    r"(?:first\s+)?[a-z]+ed\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;.!?،؛]")
_ORIGIN_AFTER = re.compile(r"[^,.;،]{0,30}?[\s,،]*(?:after|following|بعد|عقب|إثر|اثر)\s", re.IGNORECASE)
# (a total over a period of unrest too: "killed in weeks of protests")
_SINCE_CUE_WORDS = r"since|منذ|\bfor\s|\b(?:days|weeks|months|years)\s+of\b"
_SINCE_CUE = first_char_guard(re.compile(_SINCE_CUE_WORDS, re.IGNORECASE))
_CONTINUING = first_char_guard(re.compile(
    r"\b(?:continu(?:e|es|ed|ing)|remain(?:s|ed|ing)?|still|ongoing|kept\s+up|entered\s+(?:its|their)|"
    r"for\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|\w+th|\d+(?:st|nd|rd|th))\s+"
    r"(?:straight\s+|consecutive\s+)?(?:day|week|month))\b"
    r"|(?<![\u0621-\u064a])(?:[وف]?(?:يواصل|تواصل|واصل|يواصلون|يستمر|تستمر|استمر\S*|متواصل\S*|لا\s+يزال|لا\s+تزال|"
    r"لا\s+يزالون|ما\s+زال|مازال|ما\s+يزال|ما\s+تزال)|لليوم\s+\S+\s+على\s+التوالي"
    # a state entering its Nth day, week or month: "يدخل اعتصام المحاضرين أمام الوزارة أسبوعه السادس"
    r"|[يت]دخل\s+(?:\S+\s+){0,10}?(?:يوم|أسبوع|اسبوع|شهر)(?:ه|ها)\s+\S+)(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip


# "The attack came two days after ...", "His announcement came a day after ...", "ويأتي الهجوم بعد يومين من ...",
# "جاء ذلك عقب ...": the news event set against an earlier one; what follows the cue is a reference, no new event.
_REFERENTIAL = re.compile(
    r"\b(?:came|comes|come|coming)\s+(?:(?:just|only|barely|less|more|than|about|nearly|some|a|an|one|two|three|"
    r"four|five|six|seven|few|several|\d+|hours?|days?|weeks?|months?|minutes?|shortly|soon|little|over)\s+){0,5}"
    # (or on a day of an earlier event still going on: "This comes on the second day of a wave of protests",
    # "ويأتي ذلك في اليوم الثاني من الموجة الثانية للاحتجاجات التي انطلقت يوم الجمعة")
    r"(?:after|following|amid|on\s+the\s+heels\s+of|on\s+the\s+\w+\s+day\s+of)\b"
    r"|(?<![\u0621-\u064a])[وف]?(?:يأتي|تأتي|ياتي|تاتي|جاء|جاءت|يجيء|تجيء)\s+(?:\S+\s+){0,4}?"
    r"(?:بعد|عقب|إثر|اثر|أعقاب|اعقاب|غداة|في\s+(?:اليوم|الأسبوع|الاسبوع)\s+(?:ال)?[\u0621-\u064a]+\s+(?:من|على))"
    r"(?![\u0621-\u064a])"
    # (the subject may come between: "ويعيد الهجوم إلى الأذهان", "وتعيد هذه الحادثة إلى الأذهان")
    r"|(?<![\u0621-\u064a])[وف]?(?:يستذكر|تستذكر|(?:يعيد|تعيد)\s+(?:[^\s،,.]+\s+){0,2}?(?:إلى|الى)\s+(?:الأذهان|الاذهان))"
    r"(?![\u0621-\u064a])"
    # other verbs of recalling, with what they recall: the scene, memories, "what happened" ("ويستعيد المشهد ما جرى
    # بعد انتخابات عام 2021", "تستحضر ذكرى"); not "يستعيد السيطرة" (regains control)
    r"|(?<![\u0621-\u064a])[وف]?(?:يستعيد|تستعيد|يستحضر|تستحضر)\s+(?:\S+\s+){0,2}?(?:ما\s+(?:جرى|حدث)|(?:ال)?(?:مشهد|مشاهد"
    r"|ذكرى|ذكريات|أحداث|احداث))(?![\u0621-\u064a])"
    # what something or someone recalls is past: "Hashimi's death recalled the wave of assassinations of activists",
    # "evoked the storming of the embassy", "reminiscent of" (English like "يعيد إلى الأذهان")
    r"|\b(?:recall(?:ed|s|ing)?|evok(?:ed|es|ing)|brought\s+back\s+memories\s+of|reminiscent\s+of)\b"
    # A tally: "It was the third rocket attack on US targets in a week", "وهذا ثاني هجوم ... بعد سقوط صاروخين".
    r"|\b(?:it|this|that)\s+(?:was|is|marks|marked)\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|latest|\d+(?:st|nd|rd|th))\b"
    r"|(?<![\u0621-\u064a])[و]?(?:هذا|هذه|هو|هي|يعد|تعد|يعتبر|تعتبر)\s+(?:(?:الهجوم|الحادث|الاستهداف)\s+)?"
    r"(?:ال)?(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|أحدث|احدث)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
# "More than a month after supporters began their sit-in, ...", "بعد أكثر من شهر على بدء الاعتصام": an event
# weeks or more before the news, named to date the present; the phrase (to its comma) is a reference.
_WEEKS_AFTER = re.compile(
    r"\b(?:weeks|months|years|a\s+(?:week|month|year)|(?:two|three|four|five|six|several|many)\s+(?:weeks|months|years))"
    r"\s+(?:after|since)\b"
    # "days after the clashes", "a day after police killed two": an earlier day's event as a time reference ("hours
    # after" is left out: what happened hours before may be the day's news, told only there)
    r"|\b(?:days|a\s+day|(?:two|three|four|five|six|several|a\s+few)\s+days)\s+(?:after|since)\b"
    # "after days of protests", "following weeks of demonstrations": a period of events, no event of the day
    r"|\b(?:after|following|amid)\s+(?:(?:two|three|four|five|six|several|many|a\s+few)\s+)?(?:days|weeks|months|years)"
    r"\s+of\b"
    # (a number before a plural: "وبعد ثلاثة أيام من اقتحام المحتجين البرلمان", "بعد مرور خمسة أسابيع على"; days only
    # with the event they count from: "وبعد يومين أطلقت القوات ..." is a day of the story, rule date.relative)
    r"|(?<![\u0621-\u064a])[وف]?بعد\s+(?:مرور\s+)?(?:أكثر\s+من\s+|اكثر\s+من\s+|نحو\s+|قرابة\s+)?"
    r"(?:(?:ثلاثة|ثلاث|أربعة|أربع|اربعة|اربع|خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|تسعة|عشرة|عدة|بضعة|بضع|[0-9٠-٩]+)\s+)?"
    r"(?:شهر|شهرين|أشهر|اشهر|أسابيع|اسابيع|"
    r"أسبوعين|اسبوعين|عام|عامين|سنة|سنتين|أعوام|سنوات|(?:أيام|ايام|يومين|يوم)(?=\s+(?:من|على)\s))(?![\u0621-\u064a])",
    re.IGNORECASE,
)
# The cause a protest or an attack answers: "in anger over a deadly blast at a Gaza hospital", "to denounce the
# strike", "احتجاجاً على مقتل ... بغارة", "للتنديد بالقصف": the event named is the cause, told elsewhere.
_CAUSE = re.compile(
    r"\b(?:in\s+(?:anger|protest|outrage|response|retaliation|revenge|solidarity)\s+(?:over|at|against|for|to|with)"
    r"|to\s+(?:protest|denounce|condemn|mourn|decry)\s+(?:against\s+)?|angered\s+by|outraged\s+by)\b"
    r"|(?<![\u0621-\u064a])(?:احتجاج|تنديد|استنكار|رد|انتقام)(?:اً|ا|ًا)\s+(?:على|عن)(?![\u0621-\u064a])"
    r"|(?<![\u0621-\u064a])(?:تنديداً|تنديدا|استنكاراً|استنكارا|للتنديد|للاحتجاج|انتقاماً|انتقاما)\s+(?=[بل])"
    # solidarity with the victims of an event: "للتضامن مع غزة بعد قصف المستشفى", "تضامناً مع ضحايا التفجير"
    r"|(?<![\u0621-\u064a])(?:للتضامن|تضامناً|تضامنا|تضامن)\s+مع(?![\u0621-\u064a])"
    # A call for an event: "calls for protests", "دعوات للتظاهر"
    r"|\bcalls?\s+(?:for|to)\s+"
    r"|(?<![\u0621-\u064a])[وب]?(?:دعوات|دعوة)\s+(?:\S+\s+){0,2}?(?=(?:إلى|الى|ل))"
    # What suspects confessed to: earlier attacks, not the news ("confessed to firing rockets", "اعترفوا بتنفيذ").
    r"|\b(?:confess(?:ed|es|ing)?|admitt?(?:ed|ing)?)\s+(?:to\s+)?"
    # What a court sentenced or tried someone for: an earlier attack ("sentenced a man to death for the 2021 bombing")
    r"|\b(?:sentenc(?:ed|es|ing)|convict(?:ed|s|ing)|jail(?:ed|s|ing)|imprison(?:ed|s|ing)|acquitt(?:ed|ing)|tried|"
    r"prosecut(?:ed|es|ing)|indict(?:ed|s|ing))\s+(?:[\w'’-]+\s+){0,6}?(?:for|over)\s+"
    r"|(?<![\u0621-\u064a])[و]?(?:اعترف\S*|أقر\S*|اقر\S*)\s+(?:[^\s،,]+\s+){0,2}?(?=ب)"
    # What a party is accused of: a claim, not the news told ("accused the militias of firing on protesters",
    # "اتهمت التنسيقيات عناصر مندسة بإطلاق النار"); the claim names no event and no toll of its own.
    r"|\baccus(?:ed|es|ing)\s+(?:[^\s,.;]+\s+){0,6}?of\s+"
    r"|(?<![\u0621-\u064a])[وف]?(?:اتهم|اتّهم)\S*\s+(?:[^\s،,.]+\s+){0,6}?(?=ب)",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(r"[,;.!?،؛]")
# "Tensions have soared since the drone strike near Baghdad airport", "in the worst violence since the storming of
# parliament", "منذ اغتيال سليماني", "منذ اقتحام البرلمان": the event after "since" is the older time the present is
# measured from, a reference, no new event (to the end of its phrase). "since Monday", "منذ صباح اليوم", "منذ ساعات"
# are times, not events; a phrase holding a day of the news ("since a rocket hit the embassy early on Tuesday") is
# left to the day's rules.
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?=(?:the|a|an|his|her|their|its|[a-z]+['’]s)\s)(?!the\s+(?:start|beginning|end|middle)\s+of\s+"
    r"(?:this|the|last)\s+(?:week|month|year)\b)"
    # (a time of the same day is no earlier event: "since the early morning", "since the small hours")
    r"(?!the\s+(?:(?:early|late|small)\s+)?(?:morning|afternoon|evening|dawn|noon|midday|hours)\b)"
    r"|(?<![\u0621-\u064a])منذ\s+(?!(?:صباح|مساء|فجر|ظهر|عصر|ظهيرة|ليلة|يوم|اليوم|أمس|امس|البارحة|الليلة|ساعات|"
    r"الساعات|ساعة|الساعة|ساعتين|لحظات|اللحظات|الصباح|وقت|ذلك|أيام|ايام|أسابيع|اسابيع|أسبوع|اسبوع|أشهر|اشهر|شهور|"
    r"شهر|سنوات|أعوام|عام|سنة|عامين|سنتين|يومين|أكثر|اكثر|نحو|قرابة|حوالي"
    # an hour of the same day ("منذ التاسعة صباحاً", "منذ الحادية عشرة", "منذ منتصف الليل"): the day's own time
    r"|الواحدة|الثانية|الثالثة|الرابعة|الخامسة|السادسة|السابعة|الثامنة|التاسعة|العاشرة|الحادية|منتصف|الفجر|الظهر|"
    r"الظهيرة|العصر|المساء|الليل|الصباح|ساعات)(?![\u0621-\u064a])|[0-9\u0660-\u0669])",
    re.IGNORECASE,
)
_SINCE_EVENT_WORDS = ByScript(_SINCE_EVENT)
# The phrase ends at a comma or a clause of its own (a full stop inside a sentence is an abbreviation's: "U.S.").
_SINCE_END = re.compile(
    r"[,;!?،؛]|\b(?:before|when|but|until|as|while)\b|(?<![\u0621-\u064a])(?:قبل\s+(?:أن|ان)|عندما|لكن|فيما)"
    r"(?![\u0621-\u064a])",
    re.IGNORECASE,
)
# Dates that name a day of the news: a "since" phrase holding one tells that day's event.
_NEWS_DAY_KINDS = frozenset(
    {
        "today",
        "yesterday",
        "weekday",
        "day_before",
        "day_before_yesterday",
        "same_day",
        "days_ago",
        "days_after",
        "day_after",
        "days_later",
        "days_earlier",
        "day_of_month",
    }
)


def _since_event_spans(text: str, start: int, end: int, dates: Sequence[DateMention]) -> list[tuple[int, int]]:
    """The phrases naming the older event a state is measured from ("since the drone strike ...")."""
    if text.find("ince", start, end) < 0 and text.find("منذ", start, end) < 0:  # "since", "Since", "منذ"
        return []
    out: list[tuple[int, int]] = []
    for found in _SINCE_EVENT_WORDS.finditer(text, start, end):
        phrase_end = _SINCE_END.search(text, found.end(), end)
        stop = phrase_end.start() if phrase_end else end
        if any(found.end() <= d.start < stop and d.kind in _NEWS_DAY_KINDS and not d.attributive for d in dates):
            continue  # (not a possessive day, "since Sunday's protests": the event named is the reference)
        out.append((found.end(), stop))
    return out


# An event marked or an event intended, to the end of its phrase: "the fifth anniversary of the drone strike that
# killed ...", "الذكرى الخامسة لانطلاق الاحتجاجات"; "Organizers expect tens of thousands to march", "threatened to
# storm the embassy", "تعتزم الفصائل", "هددت باستهداف", "من المقرر أن": what is commemorated happened long ago,
# what is planned or threatened has not happened. The phrase ends at a comma or at a clause of its own ("before
# police fired tear gas", "قبل أن"), where the day's event may be told.
_MARKED_OR_INTENDED = re.compile(
    r"\banniversary\s+of\b"
    r"|\b(?:expect(?:s|ed|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|threaten(?:s|ed|ing)?)\s+"
    r"(?:(?!to\b)[\w'’-]+\s+){0,4}?to\s"
    r"|(?<![\u0621-\u064a])[وب]?(?:ال)?ذكرى(?:\s+(?:ال)?(?:أولى|اولى|ثانية|ثالثة|رابعة|خامسة|سادسة|سابعة|ثامنة|تاسعة|"
    r"عاشرة|سنوية))*(?![\u0621-\u064a])"
    r"|(?<![\u0621-\u064a])[وف]?(?:يعتزم|تعتزم|يعتزمون|يخطط|تخطط|يخططون|هدد|هددت|هددوا|يهدد|تهدد|يهددون|توعد|توعدت|"
    r"يتوعد|تتوعد)(?![\u0621-\u064a])"
    r"|(?<![\u0621-\u064a])[وف]?من\s+(?:المقرر|المتوقع|المنتظر)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_INTENT_END = re.compile(
    r"[,;.!?،؛]|\b(?:before|when|but|until|as)\b|(?<![\u0621-\u064a])(?:قبل\s+(?:أن|ان)|عندما|لكن)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
# Weapons held by those arrested ("caught in possession of two rockets", "وضبطت بحوزتهم منصة وأربعة صواريخ"): the
# arrest's evidence, no attack; the seizing verb before the cue goes with it.
_POSSESSION = re.compile(
    r"\b(?:(?:seized|found|caught|confiscated)\s+)?(?:in\s+(?:the\s+)?possession\s+of|in\s+(?:their|his|her)\s+"
    r"possession)\b"
    r"|(?<![\u0621-\u064a])(?:[وف]?(?:ضبط|ضبطت|عثر|عثرت|صودر|صودرت)\s+)?(?:ب|في\s+)حوزت(?:هم|ه|ها|هما)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
# A call, a demand or a pledge: "Sadr called on his followers to hold a unified prayer in Tahrir Square at noon,
# followed by a march", "ودعا الصدر أنصاره إلى إقامة صلاة ... تليها تظاهرة": what is called for has not happened.
_CALL = re.compile(
    # (not a source's wish for anonymity: "a security source who asked not to be named told Xinhua that the C-RAM
    # intercepted two of the rockets", "asked to remain anonymous")
    r"\b(?:call(?:ed|s|ing)\s+on|urg(?:ed|es|ing)|appeal(?:ed|s|ing)\s+to"
    r"|ask(?:ed|s|ing)(?!\s+(?:not\s+to\s+be|to\s+(?:remain|stay)\s+(?:anonymous|unnamed)|for\s+anonymity))|pledg(?:ed|es|ing)|"
    r"promis(?:ed|es|ing)|vow(?:ed|s|ing))\s+(?:[\w'’-]+\s+){0,5}?to\s"
    r"|(?<![\u0621-\u064a])[وف]?(?:تعهد|تعهدت|يتعهد|وعد|وعدت)\S*\s+(?:\S+\s+){0,4}?(?=ب)"
    r"|(?<![\u0621-\u064a])[وف]?(?:دعا|دعت|يدعو|تدعو|داعيا|داعياً|داعية|طالب|طالبت|يطالب|تطالب|ناشد|ناشدت)\s+(?:\S+\s+){0,6}?(?:إلى|الى)\s",
    re.IGNORECASE,
)


# Each sentence is read with the words of its own script only (see ByScript).
_REFERENTIAL_WORDS = ByScript(_REFERENTIAL)
_WEEKS_AFTER_WORDS = ByScript(_WEEKS_AFTER)
_CAUSE_WORDS = ByScript(_CAUSE)
_POSSESSION_WORDS = ByScript(_POSSESSION)
_MARKED_OR_INTENDED_WORDS = ByScript(_MARKED_OR_INTENDED)
_CALL_WORDS = ByScript(_CALL)


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with the overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def referred_event_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The passage of the sentence ``text[start:end]`` that names an earlier event the news is set against ("The
    attack came two days after protesters tried to push past security forces at the entrances of the Green Zone"):
    from the cue to the sentence's end; None when there is none, or when the sentence calls for something (what
    is called for has not happened)."""
    match = _REFERENTIAL_WORDS.search(text, start, end)
    if match is None or _CALL_WORDS.search(text, start, end) is not None:
        return None
    return match.end(), end


# An event set against the news and then told as a fact of its own: a clause of "when" / "إذ" with a finite verb and a
# day of its own ("The attack came two days after clashes at the Planning gate, when protesters pelted police with
# stones on Friday", "ويأتي الهجوم بعد يومين من مواجهات عند بوابة التخطيط، إذ رشق محتجون القوات الأمنية بالحجارة
# ... يوم الجمعة الماضي"): recounted, not only a time reference (eval/README: an earlier event of the past week the
# report recounts as a fact of its own is an incident; what is too old is left to ``background.old``).
# A semicolon ends the referring clause the same way ("ويأتي التصعيد بعد أيام من تظاهرة حاشدة؛ إذ تظاهر عشرات الآلاف
# الجمعة في منطقة الجادرية"): what comes after it is the fact, the noun phrase before it stays the reference.
_RECOUNT = re.compile(r"[,،]\s*(?:when|as|(?<![\u0621-\u064a])(?:إذ|اذ|حين|عندما|حيث))\s|[;؛]\s*", re.IGNORECASE)
_DAY_KINDS = frozenset({"weekday", "yesterday", "day_before_yesterday", "day_month", "month_day", "iso", "numeric"})


def _recounted(
    text: str, start: int, cue: re.Match[str], end: int, dates: Sequence[DateMention]
) -> re.Match[str] | None:
    """Where the passage referred to after ``cue`` goes on to tell its event with a day of its own (the opener of
    that clause, ``_RECOUNT``), or None.

    Only when the news the sentence opens with has no date of its own ("ويأتي الهجوم بعد ...", "The attack came
    ..."): told elsewhere, it takes no place from the passage recounted ("The drone attack on Sunday came two days
    after clashes at the gate, when ...": the gate would be the drone's; the passage stays a reference).
    """
    if any(start <= d.start < cue.start() and not d.attributive for d in dates):
        return None
    opener = _RECOUNT.search(text, cue.end(), end)
    if opener is not None and any(
        opener.end() <= d.start < end and not d.attributive and d.kind in _DAY_KINDS for d in dates
    ):
        return opener
    return None


# "Iraqi protesters angered by U.S. airstrikes set fire to the embassy": a cause told by a participle before the main
# verb is a noun phrase, which ends where the crowd's verb begins (not at the next comma).
_PARTICIPLE_CAUSE = re.compile(r"(?:angered|outraged|incensed|enraged)\s+by", re.IGNORECASE)
_MAIN_VERB_AFTER = re.compile(
    r"\s(?=(?:set|sets|stormed|storm|threw|broke|tore|hurled|burned|burnt|marched|gathered|rallied|took|went|poured|"
    r"attacked|torched|smashed|pelted|blocked|staged|held|chanted|protested|clashed|besieged|surrounded|stormed|"
    r"took\s+to|have|had|were|are)\b)",
    re.IGNORECASE,
)


def _participle_cause_end(text: str, start: int, end: int) -> int:
    """Where a cause told by a participle ("angered by U.S. airstrikes") ends: before the main verb after it."""
    verb = _MAIN_VERB_AFTER.search(text, start, end)
    return verb.start() if verb is not None else end


def aside_spans(
    text: str, start: int, end: int, dates: Sequence[DateMention] = ()
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The passages of the sentence ``text[start:end]`` that name an earlier event as a reference or a cause.

    Returns ``(references, causes)``, each sorted: a reference runs from its cue ("came two days after",
    "ويأتي ... بعد", "It was the third attack", "وهذا ثاني هجوم") or a call ("called on ... to", "دعا ... إلى") to
    the end of the sentence, or ("More than a
    month after", "بعد أكثر من شهر") to the end of its phrase; a cause from its cue ("in anger over",
    "احتجاجاً على", "confessed to", "اعترفوا بـ") to the end of its phrase (the next comma, or the sentence's end,
    or the start of a reference). The cue's own words stay out (the protest of "in protest
    at" is the event).
    """
    references: list[tuple[int, int]] = []
    match = _REFERENTIAL_WORDS.search(text, start, end)
    stop = match.end() if match is not None else end
    for found in _WEEKS_AFTER_WORDS.finditer(text, start, stop):
        if not references or found.start() >= references[-1][1]:
            phrase_end = _PHRASE_END.search(text, found.end(), stop)
            references.append((found.end(), phrase_end.start() if phrase_end else stop))
    if match is not None:
        opener = _recounted(text, start, match, end, dates)
        if opener is None:
            references.append((match.end(), end))
        elif opener.group(0)[0] in ";؛":
            # (after a semicolon the clause tells the earlier event as a fact of its own: the reference ends there)
            references.append((match.end(), opener.start()))
    # (an earlier event named as such in a sentence dated by its news: "unlike last week, no gathering today, ...
    # closed during the previous protest", "خلال التظاهرة السابقة": only the noun phrase is a reference)
    references.extend(found.span() for found in _PRIOR_WORDS.finditer(text, start, stop))
    references.sort()
    call = _CALL_WORDS.search(text, start, references[0][0] if references else end)
    if call is not None:  # a call runs to the end of the sentence: what follows is what is called for
        references = [r for r in references if r[1] <= call.start()] + [(call.end(), end)]
    since = _since_event_spans(text, start, end, dates)
    if since:
        references = _disjoint(sorted(references + since))
    causes: list[tuple[int, int]] = []
    for found in _CAUSE_WORDS.finditer(text, start, stop):
        if causes and found.start() < causes[-1][1]:
            continue
        phrase_end = _PHRASE_END.search(text, found.end(), stop)
        cause_end = phrase_end.start() if phrase_end else stop
        if _PARTICIPLE_CAUSE.match(found.group(0)):
            cause_end = _participle_cause_end(text, found.end(), cause_end)
        causes.append((found.end(), cause_end))
    for found in _MARKED_OR_INTENDED_WORDS.finditer(text, start, stop):
        phrase_end = _INTENT_END.search(text, found.end(), stop)
        causes.append((found.end(), phrase_end.start() if phrase_end else stop))
    for found in _POSSESSION_WORDS.finditer(text, start, stop):
        phrase_end = _PHRASE_END.search(text, found.end(), stop)
        causes.append((found.start(), phrase_end.start() if phrase_end else stop))
    causes.sort()
    return references, _disjoint(causes)


# A habit, not an event: "Rockets are frequently fired at the Green Zone", "protesters gather every Friday",
# "وتتعرض المنطقة الخضراء بين الحين والآخر لهجمات". A sentence with no date of its own that says how often
# something happens tells no event ("repeatedly" is left out: "police repeatedly fired tear gas" tells one).
_HABITUAL = re.compile(
    r"\b(?:frequently|regularly|routinely|often|periodically|from\s+time\s+to\s+time|time\s+and\s+again|every\s+"
    r"(?:day|night|week|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday)"
    # how many times, with no day: "teachers have protested several times outside the ministry", "مرات عدة"
    r"|repeatedly|(?:several|many|numerous|countless)\s+times|on\s+(?:several|many|numerous)\s+occasions"
    # what happens as a rule: "In many cases, security forces later find the launcher", "Rockets usually land ..."
    r"|usually|typically|in\s+(?:many|most)\s+(?:cases|instances)|more\s+often\s+than\s+not)\b"
    r"|(?<![\u0621-\u064a])[وف]?(?:بين\s+(?:ال)?حين\s+(?:و)?(?:الآخر|الاخر|آخر|اخر)|باستمرار|بشكل\s+(?:متكرر|دوري|مستمر)|"
    r"مرات\s+(?:عدة|عديدة|كثيرة)|عدة\s+مرات|(?:أكثر|اكثر)\s+من\s+مرة|في\s+مناسبات\s+(?:عدة|عديدة)|"
    r"مراراً|مرارا|تكراراً|تكرارا|عادة\s+ما|كثيراً\s+ما|كثيرا\s+ما|غالباً\s+ما|غالبا\s+ما|دورياً|دوريا|"
    r"كل\s+(?:يوم|ليلة|أسبوع|اسبوع|شهر|جمعة)|عادةً|عادة(?=\s+[يت])|غالباً|غالبا|"
    r"في\s+(?:حالات|أحيان|احيان)\s+(?:كثيرة|عديدة)|في\s+(?:كثير|الكثير)\s+من\s+(?:الأحيان|الاحيان|الحالات)|"
    r"في\s+(?:أغلب|اغلب|معظم)\s+(?:الأحيان|الاحيان|الحالات))(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_HABITUAL_WORDS = ByScript(_HABITUAL)
# Events named as earlier ones by an adjective of anteriority on the event noun: "Previous rockets landed near the
# embassy", "in earlier attacks", "prior protests", "الهجمات السابقة", "التظاهرات الماضية". Not the adverb "Earlier,
# rockets ...", "earlier on Monday", "earlier this week" (a word of time, a comma or a preposition after it).
_PRIOR = re.compile(
    r"\b(?:previous|prior|earlier)\s+(?:(?!(?:on|in|at|this|that|today|tonight|the|a|an)\b)[a-z-]+\s+){0,2}?"
    r"(?:attacks?|rockets?|strikes?|salvos?|drones?|bombings?|blasts?|explosions?|protests?|rallies|rally|"
    r"demonstrations?|clashes|incidents?|raids?|assaults?|sit-ins?|marches|attempts?|rounds?|waves?)\b"
    r"|(?<![\u0621-\u064a])(?:ال)?(?:هجمات|هجوم|صواريخ|احتجاجات|تظاهرات|اعتداءات|ضربات|استهدافات|حوادث|اشتباكات"
    # the singular nouns too: "خلال التظاهرة السابقة", "الهجوم الماضي"
    r"|تظاهرة|مظاهرة|احتجاج|وقفة|ضربة|حادثة|اعتداء|استهداف|اقتحام|مواجهات|صدامات)\s+"
    r"(?:ال[\u0621-\u064a]+\s+)?(?:السابقة|السابق|الماضية|الماضي|المماثلة\s+السابقة)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_PRIOR_WORDS = ByScript(_PRIOR)


# A relative pronoun right before the pluperfect: "a blogger who had criticised armed factions", "the rockets, which had
# been fired from Jadriya": the earlier time is the relative clause's, a description of a noun, not the sentence's.
_RELATIVE_BEFORE = re.compile(
    r"\b(?:who|which|that|whom)\s+(?:(?:already|previously|earlier|also)\s+)?$", re.IGNORECASE
)


def _pluperfect_en(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` tells its event in the English pluperfect ("had stormed"), not only a
    relative clause of it ("a blogger who had criticised the factions was wounded")."""
    for found in _PLUPERFECT_EN.finditer(text, start, end):
        if not _RELATIVE_BEFORE.search(text, max(start, found.start() - 30), found.start()):
            return True
    return False


def recalls_earlier(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` recalls an earlier event in the pluperfect ("وكانت ... قد", "had")."""
    return bool(_PLUPERFECT.match(text, start, end)) or _pluperfect_en(text, start, end)


def _habit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the sentence ``text[start:end]`` says how often something happens, or None."""
    found = _HABITUAL_WORDS.search(text, start, end)
    return None if found is None else found.span()


@dataclass(frozen=True)
class SentenceFlags:
    """What marks a sentence as not telling a new event (read once per sentence)."""

    background_year: bool  # "in 2019", "over the past months"
    ongoing: bool  # "since mid-August", "منذ"
    pluperfect_ar: bool  # "وكان ... قد"
    pluperfect_en: bool  # "had stormed"
    habitual: tuple[int, int] | None = None  # where "frequently", "every Friday", "بين الحين والآخر" is
    prior: bool = False  # "Previous rockets landed", "الهجمات السابقة": earlier events named as such

    @property
    def counts_are_loose(self) -> bool:
        """Whether counts of this sentence may belong to a nearby event (not to a recalled or running one)."""
        return not (
            self.ongoing or self.background_year or self.pluperfect_ar or self.prior or self.habitual is not None
        )


# The period of a series the sentence's event is counted in, in an apposition: "No one was hurt in the attack, the third
# on the embassy this month", "the latest in a string of attacks this year", "وهو الهجوم الثالث من نوعه خلال الشهر
# الجاري": the event is the day's; the period counts the series, it dates nothing the sentence tells.
_SERIES_BEFORE = re.compile(
    r"[,،]\s+(?:(?:the|a)\s+|وهو\s+|وهي\s+)?(?:[^\s,.;،]+\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|latest"
    r"|\d+(?:st|nd|rd|th)|(?:ال)?(?:ثاني|ثانية|ثالث|ثالثة|رابع|رابعة|خامس|خامسة|سادس|أحدث|احدث))(?![\w\u0621-\u064a])"
    r"[^,.;،]{0,50}$",
    re.IGNORECASE,
)


def _of_a_series(text: str, start: int, mention: DateMention) -> bool:
    """Whether a period date counts the series the sentence's event belongs to (``_SERIES_BEFORE``)."""
    return _SERIES_BEFORE.search(text, max(start, mention.start - 70), mention.start) is not None


def sentence_flags(
    text: str, start: int, end: int, s_dates: list[DateMention], all_dates: list[DateMention]
) -> SentenceFlags:
    """Read the background marks of the sentence ``text[start:end]``.

    ``s_dates`` are its non-attributive dates after the dateline, ``all_dates`` every date in the sentence.
    """
    ongoing = any(
        (d.attributive and d.text.lower().startswith("since"))
        or _SINCE.search(text[max(start, d.start - 14) : d.start])
        for d in all_dates
    )
    return SentenceFlags(
        background_year=any(d.kind in ("year", "period") and not _of_a_series(text, start, d) for d in s_dates),
        ongoing=ongoing or _ongoing_since_own_start(text, start, end),
        pluperfect_ar=bool(_PLUPERFECT.match(text, start, end)),
        pluperfect_en=_pluperfect_en(text, start, end),
        habitual=_habit(text, start, end),
        prior=_PRIOR_WORDS.search(text, start, end) is not None,
    )


# Weeks or more after its own start, the pronoun on the noun of starting pointing at the sentence's protest: "بعد أكثر
# من شهرين على انطلاقه، يبدو أن اعتصام الرافضين ... يعيش أيامه الأخيرة", "Two months after it began, the sit-in ...":
# a state going on since then, as with "منذ أكثر من شهرين" (``background.ongoing``).
_SINCE_OWN_START = first_char_guard(re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:بعد|عقب)\s+(?:مرور\s+)?(?:(?:أكثر|اكثر)\s+من\s+|نحو\s+|قرابة\s+)?(?:[^\s.،,]+\s+)?"
    r"(?:شهر|شهرين|أشهر|اشهر|أسابيع|اسابيع|أسبوعين|اسبوعين|عام|عامين|سنة|سنتين)\s+(?:على|من)\s+"
    r"(?:انطلاق|بدء|بدئ|بداية|انطلاقت|بدايت)(?:ه|ها|هم)(?![\u0621-\u064a])"
    r"|\b(?:weeks|months|years|a\s+(?:month|year))\s+after\s+(?:it|they)\s+(?:began|started|first\s+began)\b",
    re.IGNORECASE,
))  # fmt: skip


def _ongoing_since_own_start(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` measures its protest from its own start (``_SINCE_OWN_START``)."""
    # (every match holds "بعد", "عقب" or "after": a sentence with none is not searched)
    if text.find("بعد", start, end) < 0 and text.find("عقب", start, end) < 0 and "after" not in text[start:end].lower():
        return False
    return _SINCE_OWN_START.search(text, start, end) is not None


def _recalled(day: date | None, precision: int | None, published: date | None) -> bool:
    """Whether a pluperfect sentence's own date places its event before the news ("had ... last week")."""
    if precision is not None and precision >= 2:
        return True
    return day is not None and published is not None and (published - day).days >= 7


def background_reason(
    flags: SentenceFlags, dating: list[DateMention], when: SentenceDate, published: date | None
) -> tuple[str, str] | None:
    """``(rule, reason)`` when a clause of this sentence reports no new event of the report's days, else None."""
    day = when.day
    if flags.background_year and not dating:
        return rule("background.year"), "background (dated by year only)"
    if flags.pluperfect_ar and not dating:
        return rule("background.pluperfect_ar"), "background (an earlier event recalled)"
    if flags.pluperfect_en and dating and _recalled(day, when.precision, published):
        return rule("background.pluperfect_en"), f"background (an earlier event recalled, {dating[0].text!r})"
    if flags.prior and not dating:
        return rule("background.prior"), "earlier events named as such ('previous rockets'), no date of the news"
    if flags.ongoing and not dating:
        return rule("background.ongoing"), "ongoing since an earlier date, no new event"
    if flags.habitual and all(flags.habitual[0] <= d.start < flags.habitual[1] for d in dating):  # not "every Friday"
        return rule("background.habitual"), "a habit ('frequently', 'every Friday'), no event of a day"
    if published is not None and day is not None:
        if day > published:
            return rule("background.future"), f"planned or future event ({day})"
        if day < published - timedelta(days=BACKGROUND_DAYS):
            return rule("background.old"), f"background event ({day})"
    return None


def ongoing_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The passages of the sentence ``text[start:end]`` that tell a state or total going on from earlier.

    Each runs from the clause opener before it (a comma, "that", "which", "who", "الذي" ... or the sentence
    start) to the end of its "since ..." / "for three weeks" / "منذ أسابيع" phrase. A "since" that opens a
    clause of its own ("since they stormed the building on July 30") takes the clause with it, to the next
    comma or the sentence's end: the event it names is the earlier time the state runs from, no new event.
    An "after" right behind the phrase ("منذ الثلاثين من تموز، بعد اقتحامه مرتين", "since July 30, after
    storming it twice") names the event the state started from too: the span runs to the sentence's end.
    """
    if not _SINCE_CUE.search(text, start, end):
        return []
    out: list[tuple[int, int]] = []
    for match in _PERFECT_SINCE.finditer(text, start, end):
        opener = out[-1][1] if out else start
        for found in _SPAN_OPENERS.finditer(text, max(opener, match.start() - 120), match.start()):
            opener = found.end()
        stop = match.end()
        if match.group(0).lower().endswith("since") and _SINCE_CLAUSE.match(text, stop, end):
            clause_end = _CLAUSE_END.search(text, stop, end)
            stop = clause_end.start() if clause_end else end
        if _ORIGIN_AFTER.match(text, stop, end):
            # "... since July 30, after storming it twice": the event the state started from, no new one
            stop = end
        elif (tally := _TALLY_AFTER.match(text, stop, end)) is not None:
            # "وتشهد بغداد منذ أسابيع احتجاجات متواصلة قتل فيها أكثر من مئة شخص": the total of the state, to the
            # end of its clause
            clause_end = _TALLY_END.search(text, tally.end(), end)
            stop = clause_end.start() if clause_end else end
        out.append((opener, stop))
    return out


# The toll of an ongoing state told right after its "منذ" phrase: "احتجاجات متواصلة قتل فيها أكثر من مئة شخص",
# "أسفرت عن مقتل".
_TALLY_AFTER = re.compile(
    r"[^.،,;؛\n]{0,60}?(?<![\u0621-\u064a])(?:(?:قتل|قُتل|سقط|أصيب|اصيب|جرح|استشهد)\S*\s+(?:فيها|خلالها|فيه|خلاله)"
    r"|(?:أسفرت|اسفرت|خلفت)\s+عن)(?![\u0621-\u064a])"
)
_TALLY_END = re.compile(r"[.;؛\n]")


def is_continuing(text: str, clause: tuple[int, int], sub_type: str, counts: list[Casualties]) -> bool:
    """ "the sit-in continues", "protesters remain camped": a state, nothing new that day.

    It may still tell where a new event of the day was, but makes none of its own (a continuing protest
    with casualties is an event).
    """
    c_start, c_end = clause
    return (
        sub_type == "Peaceful protest"
        and bool(_CONTINUING.search(text, c_start, c_end))
        and not within(counts, c_start, c_end)
    )


# Calendar dates (not "yesterday" nor "on Sunday"): only these can date a clause of their own to an older time.
_CALENDAR_KINDS = frozenset({"iso", "numeric", "day_month", "month_day", "month_year", "in_month", "year"})
# A restrictive relative pronoun with no comma before it: the clause it opens describes the noun right before it
# ("the double bombing that hit Tayaran Square in January 2021", "التفجير المزدوج الذي ضرب ساحة الطيران").
_RELATIVE = re.compile(r"(?:that|which|who)\b|(?:التي|الذي|الذين)(?![\u0621-\u064a])", re.IGNORECASE)
# (or the bare noun phrase that opens the sentence: "Protesters who stormed parliament in 2022 were sentenced")
_EN_NOUN_PHRASE = re.compile(r"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}$|^\s*(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
# (the article after "ل" loses its alif: "استذكاراً للتفجير الذي أودى بحياة 32 شخصاً عام 2021")
_AR_NOUN_PHRASE = re.compile(r"(?<![\u0621-\u064a])(?:(?:[وبلف]?ال|[وف]?لل)[\u0621-\u064a\u064b-\u0652]+\s+){1,4}$")


# What opens a clause an older date can date, beside _SPAN_OPENERS: what someone is accused of ("the arrest of three
# men accused of firing rockets at the embassy in December", "القبض على ثلاثة متهمين بإطلاق صواريخ ... في كانون
# الأول"): the charge is the older event, the arrest the news.
_OLD_OPENERS = re.compile(
    _SPAN_OPENERS.pattern + r"|\b(?:accused\s+of|suspected\s+of|charged\s+with|convicted\s+of|wanted\s+for)\s"
    r"|(?<![\u0621-\u064a])(?:ال)?(?:متهم\S*|مشتبه\S*|مطلوب\S*)\s+(?=ب)|(?<![\u0621-\u064a])بتهم(?:ة)?\s"
    # what the news is compared with ("the scenes looked like Tahrir in 2019", "recalling the protests of 2019",
    # "يشبه ما حدث في ساحة التحرير عام 2019"): the older date dates the comparison, not the news
    r"|\b(?:like|recall(?:ed|ing|s)?|echoing|reminiscent\s+of|similar\s+to)\s"
    r"|(?<![\u0621-\u064a])(?:يشبه|تشبه|على\s+غرار|الأذهان)\s",
    re.IGNORECASE,
)


def old_date_spans(
    text: str, start: int, end: int, dates: list[DateMention], when: SentenceDate, published: date | None
) -> list[tuple[int, int]]:
    """The clauses of a sentence telling the news of its day that an older calendar date dates.

    "A court sentenced a man today for the double bombing that hit Tayaran Square in January 2021": the
    sentence's date is the news (the ruling), the bombing is dated by its own clause, months or years before
    (rule ``background.old_clause``). Each span runs from the clause opener before the old date (a comma, "that",
    "which", "where", "الذي" ... or the sentence start, never before the news date) to the date's end; a
    restrictive relative clause ("the bombing that hit", "التفجير الذي ضرب") takes the noun phrase it describes
    with it. A sentence dated only by the old date is left to ``background.old``.
    """
    if published is None or when.day is None or not when.in_sentence:
        return []
    if when.day < published - timedelta(days=BACKGROUND_DAYS):
        return []
    out: list[tuple[int, int]] = []
    floor = start
    for mention in dates:
        if mention.attributive or mention.kind not in _CALENDAR_KINDS:
            continue
        day = resolve_date(mention, published)[0]
        if day is None or day >= published - timedelta(days=BACKGROUND_DAYS):
            floor = max(floor, mention.end)  # a date of the news: no older clause reaches back over it
            continue
        opener, opener_start = max(floor, start), None
        for found in _OLD_OPENERS.finditer(text, max(opener, mention.start - 120), mention.start):
            opener, opener_start = found.end(), found.start()
        if opener_start is not None and _RELATIVE.fullmatch(text, opener_start, opener):
            before = text[max(floor, opener_start - 60) : opener_start]
            if not before.rstrip().endswith((",", "،")):
                phrase = _EN_NOUN_PHRASE.search(before) or _AR_NOUN_PHRASE.search(before)
                if phrase is not None:
                    opener = opener_start - len(before) + phrase.start()
        out.append((opener, mention.end))
    return _disjoint(sorted(out))


# A time to come that no date expression reads: "next week", "the coming days", "الأسبوع المقبل", "الأيام القادمة".
_COMING = first_char_guard(re.compile(
    r"\bnext\s+(?:week|month|year|weekend)\b(?!['’]s)|\b(?:in\s+)?the\s+(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months)\b"
    r"|(?<![\u0621-\u064a])(?:ال)?(?:أسبوع|اسبوع|شهر|عام|أيام|ايام|أسابيع|اسابيع)\s+(?:ال)?(?:مقبل|قادم|مقبلة|قادمة)"
    r"(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip
_COMING_HINTS = ("next", "coming", "مقبل", "قادم")


def future_clause_spans(
    text: str, start: int, end: int, dates: list[DateMention], when: SentenceDate, published: date | None
) -> list[tuple[int, int]]:
    """The clauses of a sentence telling the news of its day that a time to come dates (rule
    ``background.future_clause``).

    "The committee gave parliament a week on Tuesday, threatening a mass march on parliament next week": the
    sentence's date is the news (the ultimatum), the march is dated by its own clause, after publication: a plan,
    no event. Each span runs from the clause opener before the time to come (a comma, "that", "which", "الذي",
    "فيما" ... or the sentence start, never before the news date) to the time's end; the times are the sentence's
    dates that resolve after publication and "next week", "the coming days", "الأسبوع المقبل" (``_COMING``).
    A sentence dated only by the time to come is left to ``background.future``; one with no date of its own whose
    time is "the coming days" ("Rocket or drone fire at the IZ ... is LIKELY in the coming days", a forecast: no date
    expression reads it) is a time to come up to it.
    """
    if published is not None and not when.in_sentence and any(h in text[start:end].lower() for h in _COMING_HINTS):
        coming = [m for m in _COMING.finditer(text, start, end)]
        if coming:
            return [(start, coming[-1].end())]
    if published is None or when.day is None or not when.in_sentence or when.day > published:
        return []
    times: list[tuple[int, int]] = []
    floor = start
    for mention in dates:
        if mention.attributive:
            continue
        day = resolve_date(mention, published)[0]
        if day is not None and day > published:
            times.append((mention.start, mention.end))
        elif day is not None and day >= published - timedelta(days=BACKGROUND_DAYS):
            floor = max(floor, mention.end)  # a date of the news: no later clause reaches back over it
    low = text[start:end].lower()
    if any(hint in low for hint in _COMING_HINTS):
        times.extend(m.span() for m in _COMING.finditer(text, start, end) if m.start() >= floor)
    out: list[tuple[int, int]] = []
    for t_start, t_end in sorted(times):
        if t_start < floor:
            continue
        opener = floor
        for found in _SPAN_OPENERS.finditer(text, max(opener, t_start - 120), t_start):
            opener = found.end()
        out.append((opener, t_end))
    return _disjoint(sorted(out))
