"""What happened and how bad: event triggers (ACLED taxonomy) and casualty counts in a sentence.

:func:`find_triggers` finds the words that report a physical event (a protest, a rocket attack, a
clash, storming, arrests, an emergency alert) in English and Arabic, leaving out those that are only
threatened, called for, planned or denied ("called for protests", "warned of attacks", "there is no
attack"). :func:`classify` turns the triggers of one clause into an ACLED ``event_type`` and
``sub_event_type`` from the sentence's own words. :func:`find_casualties` reads fatalities and injuries
from explicit numbers and number words, "no injuries" as 0, and vague counts by ACLED's convention
("several"/"many" 10, "dozens" 12, "hundreds" 100; a few 3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geoincidents.extraction._phrases import AnchorCache, ByScript, Token, fold_word, match_at_anchors, tokenize

__all__ = [
    "GENERIC_BLAST",
    "Casualties",
    "Force",
    "Trigger",
    "classify",
    "find_casualties",
    "find_force",
    "find_triggers",
    "parse_count",
]

# A pattern matched just after a mention looks at most this many characters ahead: the words it looks
# for follow within a few words, and a long run of spaces or commas after a mention costs nothing.
_LOOK_AHEAD = 60

# (family, sub_event_type, pattern); family orders the event types by precedence in one clause.
_EXPLOSIONS = "Explosions/Remote violence"
_TRIGGERS: list[tuple[str, str, str]] = [
    ("explosion", "Suicide bomb", r"\bsuicide\s+(?:bomb\w*|attack\w*|vest)|انتحاري\S*"),
    (
        "explosion",
        "Air/drone strike",
        r"\b(?:armed\s+|explosive-laden\s+|booby-trapped\s+)?drones?\b|\bUAVs?\b|\bair\s*strikes?\b|\bairstrikes?\b"
        r"|طائر\S*\s+(?:ال)?مسي\S*|(?:ال)?مسيّر\S*|(?:ب|ال)?مسير\S*\s+(?:ال)?مفخخ\S*|ضرب(?:ة|ات)\s+جوية|غارة|غارات",
    ),
    (
        "explosion",
        "Shelling/artillery/missile attack",
        r"\brockets?\b(?!-propelled)|\bkatyushas?\b|\bmortars?\b|\bmissiles?\b|\bprojectiles?\b|\bshell(?:s|ing|ed)\b|\bC-?RAM\b"
        r"|صاروخ\S*|صواريخ|كاتيوشا|قذيف\S*|قذائف|هاون|قصف\S*|(?:منظومة\s+)?سي\s+رام",
    ),
    (
        "explosion",
        "Grenade",
        r"(?<!stun\s)(?<!sound\s)(?<!smoke\s)(?<!gas\s)\bhand\s+grenades?\b|(?<!stun\s)(?<!sound\s)(?<!smoke\s)"
        r"(?<!gas\s)\bgrenades?\b(?!\s+(?:at|into)\s+(?:the\s+)?protesters)|قنبلة\s+يدوية",
    ),
    (
        "explosion",
        "Remote explosive/landmine/IED",
        r"\bIEDs?\b|\broadside\s+bombs?\b|\bsticky\s+bombs?\b|\bcar\s+bombs?\b|\bexplosive\s+devices?\b"
        r"|(?<!petrol\s)(?<!fire\s)(?<!gas\s)(?<!smoke\s)(?<!sound\s)(?<!stun\s)(?<!paint\s)\bbomb(?:s|ing|ings)?\b|\bexplosions?\b|\bblasts?\b(?![\s-]+(?:walls?|barriers?|proof|resistant))|\bexploded\b|\bdetonated\b"
        r"|عبو(?:ة|ات)\s+ناسف(?:ة|ات)|عبوة|انفجار\S*|تفجير\S*",
    ),
    (
        "disrupted",
        "Disrupted weapons use",
        r"\b(?:found|seized|discovered|defused|dismantled|recovered|confiscated)\s+(?:\S+\s+){0,5}?(?:rocket\s+)?"
        r"(?:launch(?:ers?|ing\s+(?:pads?|platforms?|ramps?)|\s+pads?)|rockets?|mortars?|IEDs?|explosive\s+devices?|"
        r"roadside\s+bombs?|(?:car\s+)?bombs?)\b"
        r"|(?:عثر\S*|ضبط\S*|تفكيك|فكك\S*|إبطال|ابطال|أبطل\S*|مصادرة|صادر\S*)\s+(?:\S+\s+){0,5}?(?:منص\S*|قاعد\S*\s+(?:ال)?إطلاق|"
        r"صاروخ\S*|صواريخ|عبو\S*|قذائف|قذيف\S*)",
    ),
    (
        "battle",
        "Armed clash",
        r"\brocket-propelled\s+grenades?\b|\bRPGs?\b|\bfought\s+(?:with|against|each\s+other)\b"
        r"|\bclash(?:es|ed|ing)?\b|\bexchange[sd]?\s+(?:of\s+)?fire\b|\bgun\s?fights?\b|\bfire\s?fights?\b"
        r"|\bgun\s+battles?\b|\barmed\s+confrontations?\b|\bfighting\s+(?:broke|erupted)\b"
        r"|اشتباك\S*|صدامات|مصادمات|تبادل\S*\s+(?:ل)?(?:إطلاق|اطلاق)\s+النار|مواجهات\s+مسلحة",
    ),
    (
        "civilians",
        "Abduction/forced disappearance",
        r"\bkidnap\w*|\babduct\w*|\bforcibly\s+disappeared\b|اختطاف|خطف|اختطف\S*|مختطف\S*",
    ),
    (
        "civilians",
        "Attack",
        r"\bassassinat\w*|\bshot\s+dead\b|\bgunned\s+down\b|\bstabbed\b|\bopened\s+fire\s+on\s+(?:a\s+)?(?:car|vehicle|"
        r"civilians?|activists?|journalists?|passers-by|house|home)\b|اغتيال\S*|اغتال\S*",
    ),
    (
        "riot",
        "Violent demonstration",
        # Violence by the crowd: stones, arson (burning tyres to block a road included, as ACLED codes it), fire
        # bombs, vandalism. Entering a building ("stormed") without violence is a protest (docs/extraction.md).
        r"\bpelt(?:ed|ing)\b|\bstone-throwing\b|\bthrowing\s+stones\b"
        r"|\bburn(?:ing|ed|t)\s+(?:\w+\s+)?(?:tyres|tires)\b|\bset\s+(?:fire|ablaze)\b|\bset\s+\w+(?:\s+\w+)?\s+"
        r"(?:on\s+fire|ablaze)\b|\btorched\b|\bthrew\s+(?:stones|rocks|"
        r"bricks|molotov|petrol\s+bombs|fire\s?bombs)|\bhurl(?:ed|ing)\s+(?:stones|rocks|bricks|molotov)|\bmolotov\w*"
        r"|\bpetrol\s+bombs?\b|\bfire\s?bombs?\b|\briot(?:s|ing|ed)?\b(?![\s-]+(?:police|policemen|squads?|gear|control|forces|units?|shields?|troops|officers))"
        r"|\bvandali[sz]\w*|\btore\s+down\b|\bpulled\s+down\b|\brampag\w*"
        r"|\bbroke\s+through\s+(?:the\s+)?(?:\w+\s+)?(?:barricades?|barriers?|walls?|fences?|cordons?)\b"
        r"|أحرق\S*|احرق\S*|إحراق|حرق|أضرم\S*|اضرم\S*|(?:ال)?(?:إطارات|اطارات)\s+(?:ال)?محترقة"
        r"|تحطيم|حطم\S*|تكسير|رشق\S*|بالحجارة|المولوتوف|مولوتوف|أعمال\s+شغب|اعمال\s+شغب",
    ),
    (
        "protest",
        "Peaceful protest",
        r"\bprotest(?:s|ed|ing|ers?|ors?)?\b(?!\s+movement)|\bdemonstrat(?:ion|ions|ors?|ed|ing)\b|(?-i:\b[Mm]arch(?:ed|es|ing|ers)\b)"
        r"|(?-i:\bmarch\b)|\brall(?:y|ies|ied)\b|\bsit-?ins?\b|\btents\b|\bencampments?\b|\bgathered\b|\bcrowds?\b"
        r"|\bmoved\s+towards\b|\bchanting\b|\bwaving\s+flags\b"
        r"|\bstorm(?:ed|ing|s)?\b|\bbroke\s+(?:into|through)\b|\bbreak\s+into\b|\bbreached\b|\bforced\s+their\s+way\b"
        r"|\b(?:unified|mass|collective|joint)\s+(?:Friday\s+)?prayers?\b"
        r"|تظاهر\S*|مظاهر(?:ة|ات)|متظاهر\S*|المتظاهر\S*|احتجاج\S*|محتج\S*|المحتج\S*|اعتصام\S*|معتصم\S*|المعتصم\S*"
        r"|خيم|خيام|الخيام|(?<!طائرة\s)مسير(?:ة|ات)(?!\s+مفخخة)|تجمع\S*|احتشد\S*"
        r"|اقتحام|اقتحم\S*|يقتحم\S*|تقتحم\S*|صلاة\s+(?:ال)?(?:جمعة\s+)?(?:ال)?موحدة",
    ),
    (
        "arrest",
        "Arrests",
        r"\barrest(?:ed|s|ing)?\b(?!\s+warrants?)|\bdetain(?:ed|ing|s)?\b|\bdetention\b|\brounded\s+up\b"
        r"|\btaken\s+into\s+custody\b|اعتقال|اعتقل\S*|(?<!مذكرة\s)القبض|احتجاز|توقيف",
    ),
    (
        "strategic",
        "Other",
        r"\bprepar\w*\s+for\s+(?:any\s+)?(?:possible\s+)?emergenc\w*|\bstate\s+of\s+(?:high\s+|maximum\s+)?alert\b"
        r"|\bon\s+(?:high|maximum|full)\s+alert\b|\braised\s+(?:its|the)\s+(?:security\s+)?alert\b|\bevacuat\w*"
        r"|\bshelter\s+in\s+place\b|\b(?:imposed|declared|announced)\s+(?:an?\s+)?(?:\S+\s+){0,2}curfew\b|\bsealed\s+off\b|\block(?:ed)?\s*down\b"
        r"|\bclosed\s+(?:the|all|its|several)\s+(?:\w+\s+){0,3}(?:gates?|entrances?|bridges?|roads?)\b"
        r"|حالة\s+(?:ال)?(?:إنذار|انذار|تأهب|طوارئ)|إخلاء|اخلاء|(?:فرض|إعلان|اعلان)\s+حظر\s+(?:ال)?تجوال"
        r"|(?:أغلقت|اغلقت|إغلاق|اغلاق)\s+(?:\S+\s+){0,2}(?:بوابات|مداخل|جسر|الجسور|المنطقة)",
    ),
]
_FAMILY_ORDER = ("disrupted", "explosion", "battle", "civilians", "riot", "protest", "arrest", "strategic")
_FAMILY_TYPE = {
    "disrupted": "Strategic developments",
    "explosion": _EXPLOSIONS,
    "battle": "Battles",
    "civilians": "Violence against civilians",
    "riot": "Riots",
    "protest": "Protests",
    "arrest": "Strategic developments",
    "strategic": "Strategic developments",
}
_TRIGGER_PATTERN = re.compile("|".join(f"(?P<t{i}>{pat})" for i, (_, _, pat) in enumerate(_TRIGGERS)), re.IGNORECASE)
GENERIC_BLAST = re.compile(
    r"explosions?|blasts?|exploded|detonated|bombs?|bombings?|انفجار\S*|تفجير\S*|دوي\s+انفجار\S*", re.IGNORECASE
)
"""Explosion words that name no weapon: the blast of whatever attack the report tells."""
_SIT_IN = re.compile(r"\bsit-?ins?\b|\btents\b|\bencampments?\b|اعتصام|معتصم|المعتصم|خيم|خيام|الخيام", re.IGNORECASE)
# A trigger that is only threatened, called for, planned, feared or denied reports no event.
_UNREAL = re.compile(
    r"(?:\b(?:call(?:ed|s|ing)?\s+(?:for|on)|urg(?:ed|es|ing)|threat(?:en(?:ed|s|ing)?)?\s+(?:to|of|with)|"
    r"warn(?:ed|s|ing)?(?:\s+(?:of|against|that))?|vow(?:ed|s|ing)?\s+to|plan(?:s|ned|ning)?\s+(?:to|for|a|an)|"
    r"will|would|could|might|may|intend(?:s|ed)?\s+to|to\s+(?:hold|stage|organi[sz]e|launch|join)|"
    r"prepar(?:e|es|ing)\s+to|no|not|never|without|denied|deny|denies|ruled\s+out|fear(?:s|ed)?|possible|potential|"
    r"against\s+any|upcoming|expected|scheduled|planned|announced\s+(?:a|an|the)\s+(?:new\s+)?|invit(?:ed|ing)\s+to|"
    r"ready\s+to|threats?\s+of|avoid\w*|ahead\s+of|(?:a\s+day|a\s+week|hours|days)\s+before|in\s+anticipation\s+of|"
    r"in\s+preparation\s+for|charges?\s+of|charged\s+with|accused\s+of|(?:on\s+)?suspicion\s+of|"
    r"rights?\s+(?:to|of)|freedom\s+(?:of|to)|call(?:ed|s)?\s+off|end(?:ed|ing|s)?|withdr(?:ew|awn|awal|aw|awing)\s+from|"
    r"lift(?:ed|ing)?|suspend(?:ed|ing|s)?|"
    r"suspected\s+of|responsible\s+for|involved\s+in|in\s+connection\s+with|linked\s+to|(?:cell|group|gang|network|men|those|militia|militants|people)\s+behind|found|seized|discovered|confiscated|defused|dismantled|recovered)\b"
    r"|(?<![\u0621-\u064a])[وفب]?(?:دعا|دعت|يدعو|تدعو|دعوات|دعوة|للدعوة|الاستعداد|استعداد|للاستعداد|مرتقب\S*|المرتقب\S*|المزمع\S*|مقرر\S*|"
    r"المقرر\S*|ستنظم|سينظم|ستشهد|سيشهد|تجنب\S*|لتجنب\S*|هدد\S*|يهدد\S*|حذر\S*|يحذر\S*|توعد\S*|سوف|سي[تن]\S+|لا|لم|عدم|دون|نفى|نفت|يعتزم\S*|تعتزم|بتهم\S*|تهم\S*|استباق\S*|تحسب\S*|(?:ال)?مسؤول\S*\s+عن|ضبط|العثور\s+على|عثر\S*|مصادرة|تفكيك|إبطال|ابطال|(?:ال)?متورط\S*|(?:ال)?متهم\S*|إنهاء|انهاء|انتهاء|انسحاب\S*|الانسحاب|بالانسحاب|رفع|تعليق))"
    r"(?:\s+[^\s.;:]+){0,6}\s*$",
    re.IGNORECASE,
)
# "two rockets ready for firing were found", "police seized ... rockets": weapons seized, not an attack (ACLED:
# disrupted weapons use).
_SEIZED_BEFORE = re.compile(
    r"(?:\b(?:found|seized|discovered|confiscated|defused|dismantled|recovered)\b|(?<![\u0621-\u064a])[وف]?(?:عثر\S*|ضبط\S*|"
    r"تفكيك|فكك\S*|إبطال|ابطال|أبطل\S*|مصادرة|صادر\S*)(?![\u0621-\u064a]))(?:\s+[^\s.;:]+){0,6}\s*$",
    re.IGNORECASE,
)
_SEIZED_AFTER = re.compile(
    r"(?:\s+[^\s.;:,]+){0,4}?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:found|seized|discovered|confiscated|"
    r"defused|dismantled|recovered)\b(?!\s+to\b)",
    re.IGNORECASE,
)
# Force used on a crowd. "Dispersed" counts when someone dispersed the crowd ("police dispersed them", "were
# dispersed"), not when the crowd dispersed of itself ("the crowd dispersed in the afternoon").
_INTERVENTION = re.compile(
    r"\btear[\s-]*gas\b|\bwater\s+cannons?\b|\bdispers(?:e|ed|ing)\s+(?:the|them|a|crowds?|protesters|demonstrators|"
    r"hundreds|thousands|dozens)\b|\b(?:were|was|been|being)\s+dispersed\b|\bto\s+disperse\b|\bdispersal\b"
    r"|\brubber\s+bullets\b|\bfired\s+(?:\w+\s+)?(?:in)?to\s+the\s+air\b"
    r"|\bwarning\s+shots\b|\bsuffocation\b|\bbreathing\s+(?:problems|difficulties)\b|\b(?:stun|sound|smoke)\s+"
    r"(?:grenades?|bombs?)\b|\bbatons?\b|\bbeat(?:en|ing)?\b|\bhot\s+water\b"
    r"|\bpushed\s+(?:\w+\s+){0,3}back\b|\bdrove\s+(?:\w+\s+){0,3}(?:back|off|away)\b|\bdrive\s+(?:\w+\s+){0,3}off\b"
    r"|\bclear(?:ed)?\s+(?:the\s+)?(?:protesters|demonstrators|crowds?|square|bridge|camp|tents)\b"
    r"|\bprevented\s+(?:them|the\s+protesters|the\s+demonstrators)\b|\bblocked\s+(?:them|the\s+protesters"
    r"|the\s+demonstrators|their)\b|\barrest\w*|\bdetain\w*|\bcordon\w*|\bconcrete\s+barriers?\b.{0,40}\bpreventing\b"
    r"|(?:ال)?(?:غاز|قنابل|قنبلة)\s+(?:ال)?مسيل(?:ة)?\s+للدموع|الغاز|(?:ال)?قنابل\s+(?:ال)?صوتية|(?:ال)?مياه\s+(?:ال)?ساخنة"
    r"|خراطيم\s+(?:ال)?مياه|تفريق|فرقت|الرصاص\s+المطاطي|اختناق|بالهراوات|الهراوات|بالضرب|اعتد(?:ت|ى|وا|اء)\S*|اعتقال|"
    r"اعتقل\S*|منع\S*|صد(?:ت|وا)?(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_EXCESSIVE = re.compile(
    r"\blive\s+(?:ammunition|fire|rounds|bullets)\b|\bsnipers?\b|\bopened\s+fire\s+on\s+(?:the\s+)?(?:protesters|"
    r"demonstrators|crowds?)\b|\bshot\s+(?:dead\s+)?(?:\w+\s+)?(?:protesters|demonstrators)\b|\bmilitary-grade\s+tear\s+gas"
    r"|\btear\s+gas\s+canisters?\s+(?:directly|at\s+head)|\b(?:struck|hit)\s+in\s+the\s+(?:head|face|chest)\s+by\s+"
    r"(?:tear\s+gas\s+)?(?:canisters?|grenades?)|\bcanisters?\s+(?:\w+\s+){0,4}(?:heads?|faces?)\b"
    r"|الرصاص\s+الحي|بالرصاص\s+الحي|قناص\S*|(?:قنابل|قنبلة|عبوات|عبوة)\s+(?:\S+\s+){0,4}(?:في|ب)\s*(?:ال)?(?:رأس|رؤوس)",
    re.IGNORECASE,
)
_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2,
    "واحد": 1, "شخص": 1, "اثنان": 2, "اثنين": 2, "شخصين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "أربع": 4,
    "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "تسعة": 9, "عشرة": 10, "عشر": 10,
}  # fmt: skip
# ACLED's convention for vague counts (used here for injuries too, for consistency).
_VAGUE = {
    "a few": 3, "few": 3, "several": 10, "many": 10, "multiple": 10, "numerous": 10, "scores of": 20, "a number of": 10,
    "some": 10, "dozens of": 12, "dozens": 12, "hundreds of": 100, "hundreds": 100, "tens of": 12,
    "عدد من": 10, "العديد من": 10, "عشرات": 12, "العشرات": 12, "مئات": 100, "المئات": 100,
}  # fmt: skip
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUM = (
    r"\b(?P<num>[0-9\u0660-\u0669]+|"
    + "|".join(re.escape(w) for w in sorted(list(_NUM_WORDS) + list(_VAGUE), key=len, reverse=True))
    + r")\b"
)
_WHO = r"(?:\s+(?:(?![0-9])[\w'’-]+\s+){0,3}?(?:bodyguards?|people|persons?|protesters?|demonstrators?|civilians?|"
_WHO += r"soldiers?|members?|"
_WHO += r"officers?|"
_WHO += r"policemen|personnel|guards?|fighters?|militants?|gunmen|children|women|men|others?|of\s+them|contractors?|"
_WHO += r"troops?|employees?|workers?|staff|security\s+forces|activists?|journalists?|pilgrims?|visitors?|individuals?|"
_WHO += r"of\s+the\s+\w+|من\s+\S+|[\u0621-\u065f\u0670]+))?"
_KILLED = (
    r"(?:killed|dead|died|deaths?|fatalities|martyred|lost\s+their\s+lives|shot\s+dead"
    r"|قتلى|قتيل|شهداء|شهيد|مقتل|قتلوا|لقوا\s+حتفهم)"
)
_HURT = (
    r"(?:wounded|injured|hurt|injuries|wounds|casualties|"
    r"أصيبوا|اصيبوا|أصيب|اصيب|جرحوا|مصابين|مصاب|جرحى|جريح|إصابة|اصابة|إصابات|اصابات|بجروح)"
)
_COUNT_BEFORE = re.compile(
    rf"{_NUM}{_WHO}\s+(?:(?:were|was|have\s+been|had\s+been|are|got|reportedly|also|being|left)\s+)*"
    rf"(?:(?P<k>{_KILLED})|(?P<h>{_HURT}))",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(
    rf"(?:(?P<k>killing|killed|shot\s+dead|gunned\s+down|left|leaving|death\s+toll\s+(?:rose\s+)?(?:to|of|at)|مقتل|ومقتل|استشهاد|واستشهاد|"
    rf"سقوط|قتل|وقتل|قضى|استشهد)|"
    rf"(?P<h>wounding|injuring|injured|wounded|hurting|إصابة|اصابة|وإصابة|واصابة|جرح|وجرح|أصيب|اصيب|وأصيب|واصيب))\s+(?:at\s+least\s+|some\s+|about\s+|"
    rf"around\s+|nearly\s+|more\s+than\s+|over\s+|another\s+)?{_NUM}",
    re.IGNORECASE,
)
_NONE_HURT = re.compile(
    r"\bno\s+(?:(?:immediate|reported|other)\s+)?(?:reports?\s+of\s+)?(?:injur\w*|casualt\w*|wounded|fatalit\w*|deaths?|"
    r"one\s+was\s+(?:hurt|injured|killed|wounded)|damage\s+or\s+(?:injur\w*|casualt\w*))"
    r"|\bwithout\s+(?:any\s+)?(?:causing\s+)?(?:injur\w*|casualt\w*)|\bnobody\s+was\s+(?:hurt|injured|killed)"
    r"|\bcaused\s+no\s+(?:injur\w*|casualt\w*)|\bno\s+one\s+(?:was\s+)?(?:hurt|injured|killed|wounded)"
    r"|(?:دون|بدون|من\s+دون|لا|ولا|عدم)\s+(?:[^\s.،,]+\s+){0,4}?(?:إصابات|اصابات|خسائر\s+بشرية|ضحايا|جرحى|قتلى)"
    r"|لم\s+(?:\S+\s+){1,3}?(?:عن\s+)?(?:أي\s+|اي\s+|وقوع\s+)?(?:إصابات|اصابات|خسائر\s+بشرية|ضحايا)",
    re.IGNORECASE,
)
_CASUALTY_HINT = re.compile(
    r"kill|dead|died|death|wound|injur|hurt|casualt|fatalit|martyr|lives|قتل|قتيل|مقتل|شهيد|شهداء|استشهد|جرح|جريح|"
    r"إصاب|اصاب|أصيب|اصيب|مصاب|ضحايا|خسائر|حتف",
    re.IGNORECASE,
)
_LEFT_DEAD = re.compile(r"\s*(?:people\s+|others\s+|protesters\s+)?(?:dead|killed)")
_LEFT_HURT = re.compile(r"\s*(?:people\s+|others\s+|protesters\s+)?(?:wounded|injured|hurt)")
_CASUALTY_WORD = re.compile(r"casualt|ضحايا|خسائر", re.IGNORECASE)
_NONE_KIND = re.compile(r"injur|wound|hurt|إصاب|اصاب|جرح", re.IGNORECASE)
_NONE_DEATH = re.compile(r"fatalit|death|killed|قتلى", re.IGNORECASE)


_AR_LETTER = re.compile("[\u0621-\u064a]")
_AR_PREFIXES = frozenset({"", "و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "لل", "فال", "ي", "ت", "ن", "وي", "وت", "س"})
_AR_PREFIX_MAX = max(len(p) for p in _AR_PREFIXES)


def _word_start_ok(text: str, start: int) -> bool:
    """An Arabic match must begin a word, after at most a clitic ("و", "بال", ...); Latin ones pass."""
    if start >= len(text) or not _AR_LETTER.match(text[start]):
        return True
    i = start
    while i > 0 and _AR_LETTER.match(text[i - 1]):
        i -= 1
        if start - i > _AR_PREFIX_MAX:  # deeper inside a word than any clitic: no need to find its start
            return False
    return text[i:start] in _AR_PREFIXES


def _search_words(pattern: ByScript, text: str) -> bool:
    return any(_word_start_ok(text, m.start()) for m in pattern.finditer(text))


# Force words are read sentence by sentence: each sentence only with the words of its own script.
_EXCESSIVE_WORDS = ByScript(_EXCESSIVE)
_INTERVENTION_WORDS = ByScript(_INTERVENTION)


@dataclass(frozen=True)
class Trigger:
    """Words reporting an event: span, family, ACLED types, and whether they describe a sit-in."""

    start: int
    end: int
    family: str
    event_type: str
    sub_event_type: str
    sit_in: bool
    generic: bool = False  # a bare "explosion", "blast", "انفجار": names no weapon


@dataclass(frozen=True)
class Casualties:
    """Counts read from a span of text (None when the text says nothing of that kind)."""

    start: int
    end: int
    fatalities: int | None
    injuries: int | None


# Words that can begin a trigger (folded keys: lower case, Arabic article and letter variants folded).
_RAW_STEMS: tuple[str, ...] = (
    "suicide", "drone", "uav", "air", "armed", "explosive", "booby", "rocket", "katyusha", "mortar", "missile",
    "projectile", "shell", "c", "ram", "cram", "hand", "grenade", "ied", "roadside", "sticky", "car", "bomb",
    "explosion", "blast", "explod", "detonat", "clash", "exchang", "gun", "fire", "fighting", "kidnap", "abduct",
    "forcibl", "assassinat", "shot", "gunned", "stabbed", "opened", "storm", "broke", "break", "breach", "forced",
    "pelt", "stone", "burn",
    "set", "torched", "threw", "rpg", "fought", "hurl", "molotov", "riot", "vandal", "tore", "pulled", "rampag",
    "protest",
    "demonstrat", "march", "rall", "sit", "tents", "encampment", "gathered", "crowd", "moved", "chanting", "waving",
    "arrest", "detain", "detention", "rounded", "taken", "prepar", "state", "on", "raised", "evacuat", "shelter",
    "imposed", "declared", "announced", "sealed", "lock", "closed", "throwing", "unified", "mass", "collective",
    "joint", "found", "seized", "discovered", "defused", "dismantled", "recovered", "confiscated",
    "عثر", "ضبط", "تفكيك", "فكك", "ابطال", "ابطل", "مصادره", "صادر", "صلاه",
    "انتحاري", "طائر", "مسير", "ضرب", "غار", "صاروخ", "صواريخ", "كاتيوشا", "قذيف", "قذائف", "هاون", "منظومه", "قنبل",
    "سي", "فرض", "اعلان", "عبو", "انفجار", "تفجير", "اشتباك", "تبادل", "مواجهات", "اختطاف", "خطف", "اختطف",
    "مختطف", "اغتيال", "اغتال",
    "قصف", "صدامات", "اطارات", "إطارات", "مصادمات", "اضرم", "تحطيم", "حطم", "تكسير",
    "اقتحام", "اقتحم", "يقتحم", "تقتحم", "احرق", "احراق", "حرق", "رشق", "حجاره", "مولوتوف", "اعمال", "تظاهر",
    "يتظاهر", "مظاهر", "متظاهر", "احتجاج", "محتج", "اعتصام", "معتصم", "خيم", "خيام", "تجمع", "احتشد", "اعتقال",
    "اعتقل", "قبض", "احتجاز", "توقيف", "حاله", "انذار", "طوارئ", "اخلاء", "حظر", "اغلقت", "اغلاق",
)  # fmt: skip


# Stems are compared with folded keys ("طائرة" is keyed "طايره"): fold them the same way.
_TRIGGER_STEMS: tuple[str, ...] = tuple(dict.fromkeys(fold_word(stem) or stem for stem in _RAW_STEMS))


@lru_cache(maxsize=65536)
def _stem_hit(key: str) -> bool:
    return key.startswith(_TRIGGER_STEMS)


_TRIGGER_ANCHORS = AnchorCache(_stem_hit)


def find_triggers(
    text: str, start: int = 0, end: int | None = None, *, tokens: list[Token] | None = None
) -> list[Trigger]:
    """Return the event triggers in ``text[start:end]`` that report something that happened.

    Examples
    --------
    >>> [t.sub_event_type for t in find_triggers("Three Katyusha rockets hit the Green Zone")]
    ['Shelling/artillery/missile attack', 'Shelling/artillery/missile attack']
    >>> find_triggers("Kataib Hezbollah called for protests")
    []
    """
    stop = len(text) if end is None else end
    toks = tokenize(text) if tokens is None else tokens
    out: list[Trigger] = []
    for match in match_at_anchors(_TRIGGER_PATTERN, text, toks, _TRIGGER_ANCHORS, start=start, end=stop):
        group = match.lastgroup
        assert group is not None
        family, sub, _ = _TRIGGERS[int(group[1:])]
        if not _word_start_ok(text, match.start()):
            continue
        before = text[max(start, match.start() - 40) : match.start()]
        if family == "explosion" and (
            _SEIZED_BEFORE.search(before)
            or _SEIZED_AFTER.match(text, match.end(), min(stop, match.end() + 2 * _LOOK_AHEAD))
        ):
            family, sub = "disrupted", "Disrupted weapons use"  # weapons found or seized: no attack, a disrupted one
        elif _UNREAL.search(before):
            continue
        words = match.group(0)
        generic = family == "explosion" and bool(GENERIC_BLAST.fullmatch(words))
        out.append(
            Trigger(
                match.start(), match.end(), family, _FAMILY_TYPE[family], sub, bool(_SIT_IN.fullmatch(words)), generic
            )
        )
    return out


class Force:
    """Whether a sentence tells of force used on a crowd: excessive (live fire, snipers) or an intervention.

    Each is read from the text the first time it is asked (most sentences hold no protest to refine).
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._excessive: bool | None = None
        self._intervention: bool | None = None

    @property
    def excessive(self) -> bool:
        """Live fire, snipers, protesters shot."""
        if self._excessive is None:
            self._excessive = _search_words(_EXCESSIVE_WORDS, self._text)
        return self._excessive

    @property
    def intervention(self) -> bool:
        """Tear gas, water cannon, dispersal, arrests, beatings."""
        if self._intervention is None:
            self._intervention = _search_words(_INTERVENTION_WORDS, self._text)
        return self._intervention


def find_force(text: str) -> Force:
    """The force words of a sentence, read when first asked (``classify`` refines each protest clause with them)."""
    return Force(text)


def classify(
    triggers: list[Trigger], text: str, *, protesters_named: bool = False, force: Force | None = None
) -> tuple[str, str]:
    """Return ``(event_type, sub_event_type)`` for one clause's triggers (at least one).

    Parameters
    ----------
    triggers
        The clause's triggers (see :func:`find_triggers`).
    text
        The whole sentence: intervention and excessive-force words anywhere in it refine a protest.
    protesters_named
        Whether protesters are among the sentence's actors (a clash of protesters is a riot).
    force
        ``find_force(text)`` when the caller has it already (one reading per sentence, not per clause).
    """
    if not triggers:
        raise ValueError("classify needs at least one trigger")
    families = {t.family for t in triggers}
    if "battle" in families and (protesters_named or "protest" in families) and "explosion" not in families:
        families.discard("battle")
        families.add("riot")
    family = next(f for f in _FAMILY_ORDER if f in families)
    if family == "riot" and not any(t.family == "riot" for t in triggers):
        return "Riots", "Violent demonstration"
    if family == "arrest" and "protest" in families:
        family = "protest"
    chosen = next(t for t in triggers if t.family == family)
    if family == "explosion":  # the weapon named ("rockets") over a bare "explosions were heard"
        chosen = next((t for t in triggers if t.family == family and not t.generic), chosen)
    if family == "protest":
        found = find_force(text) if force is None else force
        if found.excessive:
            return "Protests", "Excessive force against protesters"
        if found.intervention or "arrest" in families:
            return "Protests", "Protest with intervention"
    return chosen.event_type, chosen.sub_event_type


def parse_count(words: str) -> int | None:
    """Return the number a count expression stands for (digits, number words, vague words), or None.

    Examples
    --------
    >>> parse_count("dozens of"), parse_count("three"), parse_count("١٢")
    (12, 3, 12)
    """
    key = words.strip().lower().translate(_AR_DIGITS)
    if key.isdigit():
        return int(key)
    if key in _NUM_WORDS:
        return _NUM_WORDS[key]
    return _VAGUE.get(key)


def find_casualties(text: str, start: int = 0, end: int | None = None) -> list[Casualties]:
    """Return the casualty statements in ``text[start:end]``: explicit counts and "no injuries" (0).

    Examples
    --------
    >>> [(c.fatalities, c.injuries) for c in find_casualties("killing two and wounding five others")]
    [(2, None), (None, 5)]
    >>> [(c.fatalities, c.injuries) for c in find_casualties("there are no injuries on both sides")]
    [(None, 0)]
    """
    stop = len(text) if end is None else end
    out: list[Casualties] = []
    if not _CASUALTY_HINT.search(text, start, stop):
        return out
    taken: list[tuple[int, int]] = []
    for pattern in (_COUNT_AFTER, _COUNT_BEFORE):
        for match in pattern.finditer(text, start, stop):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            count = parse_count(match.group("num"))
            if count is None:
                continue
            kword = (match.group("k") or "").lower()
            if match.group("num").lower() in ("a", "an") and pattern is _COUNT_AFTER and kword in ("left", "leaving"):
                continue
            taken.append((match.start(), match.end()))
            killed = match.group("k") is not None
            kword = (match.group("k") or "").lower()
            if kword in ("left", "leaving"):
                tail = text[match.end() : match.end() + 40].lower()
                if _LEFT_DEAD.match(tail):
                    killed = True
                elif _LEFT_HURT.match(tail):
                    killed = False
                else:
                    taken.pop()
                    continue
            out.append(Casualties(match.start(), match.end(), count if killed else None, None if killed else count))
    for match in _NONE_HURT.finditer(text, start, stop):
        words = match.group(0)
        casualty_word = _CASUALTY_WORD.search(words) is not None
        injuries = 0 if casualty_word or _NONE_KIND.search(words) else None
        fatalities = 0 if casualty_word or _NONE_DEATH.search(words) else None
        out.append(Casualties(match.start(), match.end(), fatalities, injuries))
    out.sort(key=lambda c: c.start)
    return out
