"""Passages that only mention a protest's participants or camp make no row of their own (rules ``mention.*``).

A report about a protest names its crowd again and again while telling something else: a statement ("the
prime minister said the protesters' demands would be heard"), a description ("from the upper floors,
protesters can watch the security forces"), where the crowd fled or was driven ("the protesters took refuge
in the mosque", "pushed them back to their tents"), the camp ("the tents are still there", "المعتصمين"). The
words "protesters", "the crowd", "tents", "المتظاهرين", "المعتصمين", "خيام" name the participants or the camp
of a protest; they are not a report of one. ACLED codes one event per day and place: such a passage is no
event of its own.

A clause is a **mention** when every event word in it is a participant noun (protesters, demonstrators,
crowd, marchers, tents, encampment; متظاهر، محتج، معتصم، خيم، خيام) or a protest noun naming a place or a group
("the protest camp", "sit-in participants", "موقع الاعتصام", "ساحة الاحتجاج"), and either none of these
holds: force used on the crowd in the clause (tear gas, water cannon, live fire, dispersal: force on the
participants is an event, an intervention), deaths or injuries counted in it, a camp set up or moved in it
("pitched dozens of tents", "نصبوا خياماً"), the crowd doing what a protest does ("خرج آلاف المتظاهرين",
"the crowd filled the square", "protesters tried to cross the bridge"); or every such noun is only where
someone went or was driven ("back to their tents", "إلى خيامهم"). An event verb or event noun of its own
(protested, gathered, marched, rallied, stormed, a demonstration, a sit-in, تظاهر، تجمع، احتشد، اقتحم) or a
word of another family (clashes, stones, arrests) makes the clause an event report.

A place named where the crowd set off from ("who had marched from Tahrir Square") or was driven or fled to
("drove the crowd back into al-Khilani Square", "لجؤوا إلى جامع") is a place of the day's protest
(``mention.moved``): such a candidate merges with the day's protest wherever that is, and loses the place.

What becomes of a mention (decided once the report's candidates are known):

- ``mention.folded``: the report tells a protest (or riot) of the same day: the mention is folded into it.
  When both are placed and their places can be one event the usual merge applies (the more specific place
  wins); otherwise only its counts, its severity (an intervention it tells) and its actors are kept, never
  its place (a mention gives no place to a protest told without one): where the
  crowd fled, where the wounded were taken or where the statement was made is not where the protest was.
- ``mention.located``: no protest that day, but the clause's sentence names its own date and the clause a
  place of its own more specific than a district or the city ("protesters were at Tahrir Square on
  Friday"), and the sentence tells no other event ("an activist was abducted on Tuesday after leaving the
  protest camp in Tahrir Square" tells the abduction): the only report of the event, kept.
- ``mention.dropped``: otherwise (a date inherited from an earlier sentence, a place taken from the
  sentence, the city or the sit-in site of the day): no row.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from geoincidents.extraction._phrases import ByScript, CueHalves, holds_any
from geoincidents.extraction.events import Force, Trigger, find_force
from geoincidents.extraction.geocoding import Landmark, specificity
from geoincidents.extraction.rules import rule
from geoincidents.extraction.rules.candidate import Candidate
from geoincidents.extraction.rules.merging import SUB_RANK, compatible, merge_candidates, merge_into, related, same_day
from geoincidents.extraction.words import crowd_going_en, going_ar, going_en

__all__ = ["crowd_force", "fold_mentions", "has_own_ground", "is_destination", "is_mention", "moved_place"]

# Nouns naming the participants or the camp of a protest (a trigger's whole words).
_PARTICIPANT = re.compile(
    r"protest(?:ers?|ors?)|demonstrators?|crowds?|marchers|tents|encampments?"
    r"|[وفبل]?(?:ال)?(?:متظاهر|محتج|معتصم)\S*|[وفبل]?(?:ال)?(?:خيم|خيام)\S*",
    re.IGNORECASE,
)
# A protest noun that names a place or a group: "protest camp", "sit-in participants" (words after it) ...
_AS_MODIFIER_AFTER = re.compile(
    r"\s*(?:camps?|sites?|site's|tents?|participants?|squares?|areas?|grounds?|organi[sz]ers?|leaders?|zones?)\b",
    re.IGNORECASE,
)
# ... "موقع الاعتصام", "ساحة الاحتجاج", "خيام المعتصمين" (the Arabic noun before it).
_AS_MODIFIER_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])(?:[وفبل]?(?:ال)?(?:موقع|مواقع|ساحة|ساحات|مكان|أماكن|اماكن|خيام|خيم|مخيم|منصة|منصات|"
    # the head of a construct that makes the protest a topic, not news: "أبرز محطات الاعتصام", "تفاصيل التظاهرة",
    # "مطالب المحتجين", "مصير الاعتصام", "لجنة الاعتصام"; "the timeline of the sit-in", "the fate of the protest"
    # (its organisers and spokesmen, "منظمو التظاهرة", "الناطق باسم المعتصمين", are no protest word at all:
    # ``events._ORGANISERS_BEFORE``)
    r"محطات|تفاصيل|تطورات|ملف|لجنة(?:\s+(?:ال)?تنظيمية)?|مطالب|شعارات|مصير|مستقبل|ذكرى))\s+(?:ال|لل|ل)?$"
    r"|\b(?:timeline|milestones|chronology|future|fate|demands|anniversary)\s+of\s+(?:the\s+|their\s+|its\s+)?$"
    # the protests named as the cause of what the clause tells (a closure, a jam): "أعادت فتح الجسر بعد إغلاقه ليومين
    # بسبب التظاهرات", "closed due to the protests"; told with a place and a day of their own they are kept as any
    # located mention is (``mention.located``)
    r"|(?<![\u0621-\u064a])(?:بسبب|جراء|نتيجة)\s+(?:ال)?$|\b(?:due\s+to|because\s+of|owing\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PROTEST_NOUN = re.compile(r"protests?|sit-?ins?|demonstrations?|(?:ال)?(?:اعتصام|احتجاج|تظاهر)\S*", re.IGNORECASE)
# Where someone went or was driven: "back to their tents", "into the crowd", "إلى خيامهم".
_DESTINATION = re.compile(
    r"\b(?:to|into|towards?)\s+(?:the\s+|their\s+|its\s+|his\s+)?$|(?<![\u0621-\u064a])(?:إلى|الى|نحو|باتجاه)\s+$",
    re.IGNORECASE,
)
_LOOK_BACK = 24
# What a crowd does, told with a participant noun as its subject, is an event: "thousands of demonstrators went out
# in Tahrir Square" ("خرج آلاف المتظاهرين"), "the crowd filled the square", "protesters tried to cross the bridge",
# "Demonstrators began arriving at Tahrir Square".
_CROWD_VERB = re.compile(
    r"\b(?:took\s+to\s+the\s+streets|pour(?:ed|ing)\s+into|flock(?:ed|ing)|converg(?:ed|ing)|stream(?:ed|ing)\s+into|"
    r"fill(?:ed|ing)|block(?:ed|ing)|massed|assembled|staged|surg(?:ed|ing)|arriv(?:ed|ing)\s+(?:at|in)|"
    r"(?:tried|trying|attempted|attempting)\s+to\s+(?:cross|reach|storm|enter|break|push|climb|remove|approach))\b"
    # the crowd going somewhere, its own verb ("demonstrators headed towards the Green Zone", "the crowd set out from
    # Tahrir Square"; not "Riot police advanced from Saadoun Street, shooting at the crowd"): the verbs of going with
    # where to (``words.crowd_going_en``, read by ``events._CROWD_GOING_EN`` too), up to six words after the crowd
    + r"|\b(?:protest(?:ers|ors)|demonstrators|crowds?|marchers)\b(?:\s+[\w'’,-]+){0,6}?\s+"
    + crowd_going_en()
    + r"|(?<![\u0621-\u064a])[وف]?(?:خرج|خرجوا|خرجت|يخرج|يخرجون|توافد\S*|تدفق\S*|ساروا|قطعوا|قطع|يقطعون|"
    r"(?:حاول|حاولوا|يحاولون|محاولين)\s+(?:\S+\s+){0,2}?(?:عبور|اقتحام|الوصول|اجتياز|إزالة|ازالة|الاقتراب|دخول))(?![\u0621-\u064a])",
    re.IGNORECASE,
)
# Setting up or moving a camp is an event: "pitched dozens of tents", "set up sit-in tents", "نصبوا خياماً".
_CAMP_VERB = re.compile(
    r"\b(?:set(?:ting)?\s+up|pitch(?:ed|ing)?|erect(?:ed|ing)?|put(?:ting)?\s+up|mov(?:ed|ing)|relocat(?:ed|ing))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:tents?|camps?|encampments?)\b"
    r"|(?<![\u0621-\u064a])[وف]?(?:نصب|ينصب|أقام|اقام|يقيم|نقل|ينقل|تنقل)\S*\s+(?:\S+\s+){0,3}?\S*(?:خيام|خيم)",
    re.IGNORECASE,
)


# Where the crowd set off from ("marched from Tahrir Square", "انطلقوا من ساحة التحرير") or was driven or fled to
# ("drove the crowd back into al-Khilani Square", "took refuge in the mosque", "لجؤوا إلى جامع"): the words just
# before a place mention.
_MOVED = CueHalves(
    r"\b(?:march(?:ed|es|ing)?|walk(?:ed|ing)?|set\s+(?:off|out)|mov(?:ed|ing)|came|coming|pour(?:ed|ing)|"
    r"stream(?:ed|ing)|flock(?:ed|ing)|cross(?:ed|es|ing)?)\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:the\s+)?$"
    r"|\b(?:drove|driven|drive|driving|push(?:ed|ing)?|forc(?:ed|ing)|chas(?:ed|ing)|fled|flee(?:ing)?|"
    r"retreat(?:ed|ing)?|took\s+refuge|sought\s+refuge|shelter(?:ed|ing))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:back\s+)?(?:in|into|to|towards?|inside)\s+(?:the\s+)?(?:al-)?$"
    # a place passed through on the way, told as done ("crossed the Jumhuriya bridge", "pushed past the checkpoint
    # near the planning ministry", "passed through the gate"; not "tried to cross the bridge": they were held there)
    r"|(?<!to\s)\b(?:crossed|pushed\s+past|passed\s+(?:through|by)|went\s+(?:through|past)|"
    r"made\s+(?:their|its)\s+way\s+(?:through|past|across))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:near|by|at|next\s+to|outside)\s+(?:the\s+)?)?(?:al-)?$",
    r"(?<![\u0621-\u064a])[وف]?(?:انطلق\S*|قادم\S*|زحف\S*|ساروا|سار)\s+(?:\S+\s+){0,3}?من\s+$"
    r"|(?<![\u0621-\u064a])[وف]?(?:لجأ\S*|لجؤوا|لجئوا|فر\S*|هرب\S*|إبعاد\S*|ابعاد\S*|دفع\S*|أجبر\S*|اجبر\S*|"
    r"تراجع\S*|تراجعوا|احتم\S*)\s+(?:\S+\s+){0,3}?(?:إلى|الى|نحو|باتجاه|داخل|في)\s+$",
    "",
    re.IGNORECASE,
)  # its English alternatives hold Latin letters, its Arabic ones Arabic letters
_MOVED_LOOK_BACK = 80


# Force used on a crowd: "security forces fired tear gas to disperse hundreds of supporters", "أطلقت القوات الغاز
# المسيل للدموع لتفريقهم". Told with no event word of the crowd's own, it is still the report of a protest.
_CROWD_FORCE = re.compile(
    r"\btear[\s-]*gas(?:sed|sing)?\b|\bwater\s+cannons?\b|\brubber\s+bullets\b|\b(?:stun|sound)\s+(?:grenades?|bombs?)\b"
    r"|\bdispers(?:e|ed|ing)\s+(?:the\s+)?(?:crowds?|protesters|demonstrators|hundreds|thousands|dozens)\b"
    r"|(?:ال)?غاز\s+(?:ال)?مسيل\s+للدموع|(?:ال)?قنابل\s+(?:ال)?(?:صوتية|دخانية|مسيلة\s+للدموع)"
    r"|خراطيم\s+(?:ال)?مياه"
    r"|(?:ال)?رصاص\s+(?:ال)?مطاطي|لتفريق\S*"
    # a crowd kept from going on ("prevented them from crossing", "stopped the marchers from reaching", "منعتهم من
    # العبور"): the object is people, then a verb or verbal noun of going (not "prevented a repeat", "منع التجوال")
    r"|\b(?:prevent(?:ed|ing)?|stopp(?:ed|ing)|block(?:ed|ing)|bar(?:red|ring))\s+(?:them|the\s+(?:protesters|"
    r"demonstrators|crowds?|marchers|teachers|graduates|students|workers))\s+from\s+(?:crossing|reaching|entering|"
    r"marching|advancing|approaching|getting)\b"
    r"|(?<![\u0621-\u064a])[وف]?(?:منع|تمنع|يمنع)(?:ت|وا)?(?:هم|هن)\s+(?:\S+\s+){0,3}?من\s+(?:ال)?(?:عبور|وصول|دخول|"
    r"اقتراب|تقدم|مواصلة)",
    re.IGNORECASE,
)
_CROWD_FORCE_WORDS = ByScript(_CROWD_FORCE)  # each sentence read with the words of its own script
_FORCE_DENIED = re.compile(
    r"(?:\b(?:not|never|no|without|denied|deny|denies|would|will|could|may|might|threatened|warned)\b|n't"
    r"|(?<![\u0621-\u064a])[وف]?(?:لم|لن|لا|دون|نفت|نفى|ينفي|تنفي)(?![\u0621-\u064a]))[^.,;،؛]{0,40}$",
    re.IGNORECASE,
)


def crowd_force(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the first force used on a crowd in ``text[start:end]`` (not denied or only threatened)."""
    for match in _CROWD_FORCE_WORDS.finditer(text, start, end):
        if not _FORCE_DENIED.search(text, max(start, match.start() - 50), match.start()):
            return match.start(), match.end()
    return None


# Part of the crowd a sentence has already named, told in a later clause of it ("..., after some of the
# demonstrators tried to march across the nearby bridge", "بعد أن حاول بعض المتظاهرين عبور الجسر").
_PART_OF_CROWD = re.compile(
    r"[\s,;،]*(?:(?:after|when|as|and|but|before|while|بعد\s+أن|بعد\s+ان|عندما|حين|قبل\s+أن|و)\s+)?"
    r"(?:(?:\S+\s+){0,2}?(?:some|part|several|a\s+group|dozens|hundreds|many|others)\s+of\s+(?:the\s+|them\b)"
    r"(?:protesters|demonstrators|crowd|marchers|graduates|supporters|them)?"
    r"|(?:\S+\s+){0,2}?(?:بعض|قسم\s+من|عدد\s+من|مجموعة\s+من)\s+(?:ال)?(?:متظاهر\S*|محتج\S*|معتصم\S*|منهم)"
    # the whole crowd again, by the pronoun alone: "after they had pulled down the barriers", "بعد أن أزاحوا الكتل
    # الإسمنتية على الجسر" (the verb's plural suffix is its subject; the clause break took "بعد" already)
    r"|they\s+(?:had\s+)?(?!were\b|said\b|say\b|told\b)[a-z]+ed\b"
    r"|(?:[أا]ن\s+)?(?:قد\s+)?(?!قالوا|أكدوا|اكدوا|أعلنوا|اعلنوا)[\u0621-\u064a]{2,}وا(?![\u0621-\u064a]))",
    re.IGNORECASE,
)


def part_of_crowd(text: str, clause_start: int, sentence_start: int) -> bool:
    """Whether a later clause of a sentence tells what part of the sentence's crowd did: the same crowd, and its
    place where that part went (rule ``mention.moved``)."""
    return clause_start > sentence_start and bool(_PART_OF_CROWD.match(text, clause_start))


# What the crowd did next, in the same clause after the place where it was: it set off from there ("poured into
# Tahrir Square from the early hours, before groups of young men marched onto the bridge", "gathered in the square
# and then headed to the bridge"): that place is the start of its route, not where the event ended.
_SET_OFF_AFTER = re.compile(
    r"[^.;:!?\n]{0,160}?,?\s{1,10}(?:before|then|and\s+then|later)\s+(?:[\w'’-]+\s+){0,5}?"
    rf"{going_en('past')}\s+(?:(?:on\s+)?to|onto|towards?|into|across|up\s+to)\b",
    re.IGNORECASE,
)
_SET_OFF_HINTS = ("before", "then", "later")


# Where a crowd gathered before heading on, told after the place: "gathered in Tahrir Square before heading to the
# embassy", "تجمعوا في ساحة التحرير قبل أن يتوجهوا إلى مقر السفارة", "ثم ساروا نحو": the start of the march, one
# event with where it went (eval/README: the route of a march is part of one event).
_VERBS_OF_GOING_AR = (
    going_ar("subjunctive_pl", "imperfect", "perfect_pl") + r"\s+(?:\S+\s+){0,2}?(?:إلى|الى|نحو|باتجاه|صوب|عبر)\s"
)
_HEADED_ON_AFTER = re.compile(
    # (a comma may set off "before"/"قبل": "تجمعوا في ساحة التحرير، قبل أن يتوجهوا عبر جسر الجمهورية"; not "then")
    r"[^.;،,\n]{0,60}?(?:[,،]?\s(?:before\s+"
    rf"{going_en('gerund')}\s+(?:to|towards?|for|on|onto|into|across)\b"
    rf"|قبل\s+(?:أن\s+|ان\s+)?{_VERBS_OF_GOING_AR})|\sثم\s+(?:أن\s+|ان\s+)?{_VERBS_OF_GOING_AR})",
    re.IGNORECASE,
)
_HEADED_ON_HINTS = ("before", "قبل", "ثم")
# Only part of the crowd heading on ("تجمعوا في ساحة التحرير، قبل أن يتوجه قسم منهم إلى الجسر"): the gathering stays
# where it was (its own event; the part is cut off by ``places._part_moved_at``).
_PART_HEADED = re.compile(
    r"(?<![\u0621-\u064a])(?:قسم|جزء|بعض|مجموعة|مجموعات|عدد|عشرات|مئات|العشرات|المئات)(?:\s+(?:كبيرة|صغيرة|كبير))?"
    r"\s+منهم(?![\u0621-\u064a])"
)


def moved_place(text: str, place_start: int, clause_start: int, place_end: int = -1, clause_end: int = -1) -> bool:
    """Whether the place named at ``place_start`` is where the crowd came from or was driven or fled to, where it
    gathered before heading on (``_HEADED_ON_AFTER``: "gathered in Tahrir Square before heading to the embassy",
    "قبل أن يتوجهوا إلى"), or (given the place's and the clause's ends) where it set off from later in the clause
    (``_SET_OFF_AFTER``: "..., before groups of young men marched onto the bridge")."""
    if _MOVED.found(text, max(clause_start, place_start - _MOVED_LOOK_BACK), place_start):
        return True
    ahead = text[place_start : place_start + 120]
    headed = _HEADED_ON_AFTER.match(ahead) if holds_any(ahead.lower(), _HEADED_ON_HINTS) else None
    if headed is not None and not (
        "منهم" in headed.group() and _PART_HEADED.search(ahead, headed.start(), headed.end() + 30)
    ):
        return True
    if place_end < 0 or clause_end <= place_end:
        return False
    # (every match holds a hint word within its first 160 + 1 + 10 + 6 characters: a necessary condition)
    if not holds_any(text[place_end : min(clause_end, place_end + 177)].lower(), _SET_OFF_HINTS):
        return False
    return _SET_OFF_AFTER.match(text, place_end, clause_end) is not None


def _destination(text: str, trig: Trigger) -> bool:
    return bool(_DESTINATION.search(text, max(0, trig.start - _LOOK_BACK), trig.start))


def is_destination(text: str, triggers: Sequence[Trigger]) -> bool:
    """Whether every event word only names where someone went or was driven ("back to their tents")."""
    return bool(triggers) and all(_destination(text, t) for t in triggers)


def _participant(text: str, trig: Trigger) -> bool:
    """Whether the trigger only names the participants or the camp of a protest."""
    words = text[trig.start : trig.end]
    if _PARTICIPANT.fullmatch(words):
        return True
    if not _PROTEST_NOUN.fullmatch(words):
        return False
    return bool(
        _AS_MODIFIER_AFTER.match(text, trig.end, trig.end + 16)
        or _AS_MODIFIER_BEFORE.search(text, max(0, trig.start - _LOOK_BACK), trig.start)
    )


def is_mention(text: str, clause: tuple[int, int], triggers: Sequence[Trigger], force: Force, *, counted: bool) -> bool:
    """Whether a clause's event words only mention a protest's participants or camp (no event of its own).

    Parameters
    ----------
    text
        The report.
    clause
        The clause's span.
    triggers
        The clause's triggers (at least one).
    force
        The force words of the clause: force on the participants makes them an event's.
    counted
        Whether the clause states deaths or injuries ("killed four protesters"): victims make an event.
    """
    if triggers and _closure_naming_crowd(text, clause, triggers):
        return True  # "closed the Jumhuriya Bridge with concrete blocks to prevent the protesters from crossing"
    if not triggers or any(t.family != "protest" or not _participant(text, t) for t in triggers):
        return False
    if is_destination(text, triggers):
        return True
    if counted or _done(_CAMP_VERB, text, clause) or _done(_CROWD_VERB, text, clause):
        return False
    return not (force.intervention or force.excessive)


def _closure_naming_crowd(text: str, clause: tuple[int, int], triggers: Sequence[Trigger]) -> bool:
    """Whether the clause is a closure (a measure) whose purpose names the crowd's participants, and nothing else."""
    protest = [t for t in triggers if t.family == "protest"]
    if not protest or len(protest) == len(triggers):
        return False
    if any(t.family != "strategic" for t in triggers if t not in protest):
        return False
    return all(_participant(text, t) for t in protest) and _closed_to_keep_out(text, clause)


# A way closed to keep the crowd out: "closed the Jumhuriya Bridge with concrete blocks to prevent the protesters from
# crossing", "أغلقت جسر الجمهورية بالكتل الكونكريتية لمنع المتظاهرين من العبور": a security measure, its purpose naming
# the crowd, no force used on anyone (the crowd's noun only a mention). The closure, up to 80 characters, the purpose.
_CLOSED_TO_KEEP_OUT = re.compile(
    r"\b(?:closed|sealed(?:\s+off)?|shut|blocked|barricaded)\b[^.;:]{0,80}?\b(?:to\s+(?:prevent|stop|keep)|preventing)\b"
    r"|(?<![\u0621-\u064a])[وف]?(?:أغلق|اغلق|قطع|أقفل|اقفل|سد)(?:ت|وا)?(?![\u0621-\u064a])[^.؛:]{0,80}?"
    r"(?<![\u0621-\u064a])(?:لمنع|منعا\s+ل|منعاً\s+ل)",
    re.IGNORECASE,
)


def _closed_to_keep_out(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause's force is only a closure's purpose of keeping the crowd out (:data:`_CLOSED_TO_KEEP_OUT`):
    the words before the purpose tell no force of their own."""
    found = _CLOSED_TO_KEEP_OUT.search(text, *clause)
    if found is None:
        return False
    before = find_force(text[clause[0] : found.start()])
    return not (before.intervention or before.excessive)


# A camp or a crowd's act only intended, said or threatened: "some protesters said they would set up a permanent camp",
# "they plan to block the road", "سيخرجون" is read by the event words' own cues.
_NOT_DONE_BEFORE = re.compile(
    r"\b(?:would|will|could|might|may|shall|(?:plan|plans|planned|want|wants|wanted|intend|intends|intended|vowed|vow|"
    r"threatened|threaten|hope|hoped|aim|aimed)\s+to|going\s+to)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _done(pattern: re.Pattern[str], text: str, clause: tuple[int, int]) -> bool:
    """Whether ``pattern`` (a camp or crowd verb) finds in the clause an act told as done, not only intended."""
    return any(
        not _NOT_DONE_BEFORE.search(text, max(clause[0], m.start() - 30), m.start())
        for m in pattern.finditer(text, *clause)
    )


def has_own_ground(landmark: Landmark | None, place_start: int | None, clause: tuple[int, int], dated: bool) -> bool:
    """Whether a mention's clause names its own landmark (not a district or the city) and its sentence a date."""
    return (
        dated
        and landmark is not None
        and place_start is not None
        and clause[0] <= place_start < clause[1]
        and specificity(landmark)[0] < 2
    )


def _placed_together(host: Candidate, mention: Candidate, landmarks: Mapping[str, Landmark]) -> bool:
    """Both placed, at places that can be one event; a sit-in's site next to the protest's place is its place
    ("the sit-in participants will stay in parliament" after "stormed parliament": the storming became the sit-in,
    placed at the gazetteer's sit-in site of that day).
    """
    if host.landmark is None or mention.landmark is None:
        return False
    return compatible(host, mention, landmarks) or related(host.landmark, mention.landmark, landmarks)


def _fold(host: Candidate, mention: Candidate, landmarks: Mapping[str, Landmark]) -> None:
    if _placed_together(host, mention, landmarks):
        continuing = host.continuing
        merge_into(host, mention)
        host.continuing = continuing  # naming the crowd again tells nothing new of an ongoing sit-in
        site = mention.landmark
        told_there = site is not None and site.kind == "sit_in" and not mention.moved
        if told_there and host.landmark is not None and host.landmark.kind != "sit_in":
            # "the sit-in participants will stay in parliament": the protest at the site's place is that sit-in
            host.place, host.landmark, host.relation, host.location = mention.place, site, "at", mention.location
            host.sit_in = True
    else:  # its counts, severity and actors; never its place
        # a provisional or claimed count stays one (``casualties.initial``); who told it is not carried over
        host.take_counts_of(mention, with_source=False)
        more_severe = SUB_RANK.get(mention.sub_event_type, -1) > SUB_RANK.get(host.sub_event_type, -1)
        if host.event_type == mention.event_type and more_severe:
            host.sub_event_type = mention.sub_event_type
        known = {m.actor.name for m in host.actors}
        host.actors.extend(m for m in mention.actors if m.actor.name not in known)
    if rule("mention.folded") not in host.rules:
        host.rules.append(rule("mention.folded"))


def _told_last(hosts: list[Candidate], mention: Candidate) -> Candidate | None:
    """The protest of the day told last before a mention with no place of its own (the story's current event: "Later,
    hundreds gathered at the bridge ... Seven demonstrators were injured"), else the first of the day."""
    before = [h for h in hosts if 0 <= h.sentence_index <= mention.sentence_index]
    if before:
        return max(before, key=lambda h: h.sentence_index)
    return hosts[0] if hosts else None


def fold_mentions(
    candidates: list[Candidate], landmarks: Mapping[str, Landmark]
) -> tuple[list[Candidate], list[tuple[str, str, tuple[int, int]]]]:
    """Merge the report's candidates into events, folding, keeping or dropping its mentions.

    Returns the events and the mentions dropped, each ``(rule, reason, sentence span)``. The candidates
    that are not mentions are merged first (:func:`~.merging.merge_candidates`); a mention then goes to a
    protest or riot of its day among those events (one it can be placed with, else the first), or is kept
    (merged with the other kept mentions) or dropped. Hosts are looked for among the events of the same
    day only, so folding costs time in proportion to the number of candidates.
    """
    merged = merge_candidates([c for c in candidates if not c.mention_only], landmarks)
    hosts: dict[object, list[Candidate]] = {}
    for event in merged:
        if event.event_type in ("Protests", "Riots"):
            hosts.setdefault(event.day, []).append(event)
    told = {c.sentence for c in candidates if not c.mention_only}
    kept: list[Candidate] = []
    dropped: list[tuple[str, str, tuple[int, int]]] = []
    for cand in candidates:
        if not cand.mention_only:
            continue
        same = [h for h in hosts.get(cand.day, []) if same_day(h, cand)]
        placed = [h for h in same if h.landmark is not None and cand.landmark is not None]
        host = next((h for h in placed if _placed_together(h, cand, landmarks)), _told_last(same, cand))
        if host is not None:
            _fold(host, cand, landmarks)
        elif cand.own_ground and cand.sentence not in told:
            cand.rules.append(rule("mention.located"))
            kept.append(cand)
        else:
            dropped.append(
                (
                    rule("mention.dropped"),
                    "only the participants or camp of a protest, no date and place of its own",
                    cand.sentence,
                )
            )
    return merged + merge_candidates(kept, landmarks), dropped
