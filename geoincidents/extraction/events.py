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
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from geoincidents.extraction import numbers
from geoincidents.extraction._phrases import (
    UNGUARDED,
    AnchorCache,
    ByFirstChar,
    ByScript,
    CueHalves,
    Token,
    first_char_guard,
    fold_word,
    holds_any,
    match_at_anchors,
    minimal_pieces,
    plain_lower,
    required_pieces,
    tokenize,
    with_vowel_marks,
)
from geoincidents.extraction.geocoding import _ELSEWHERE_AR, _ELSEWHERE_EN
from geoincidents.extraction.numbers import NUMBER, VAGUE
from geoincidents.extraction.words import (
    BRANDISH_AR,
    DENIAL_AR,
    DENIAL_EN,
    EVENT_BASE_EN,
    IRREALIS_EN,
    NEGATION_EN,
    NEWS_AR,
    NEWS_EN,
    PERSON_SINGULAR_AR,
    RUMOUR_AR,
    alternation,
    crowd_going_en,
    going_ar,
    going_ar_forms,
    hedge_en,
    literal_alternation,
    not_symbol_passive_en,
    saying_ar,
    saying_en,
    symbol_en,
    threat_ar,
)

__all__ = [
    "GENERIC_BLAST",
    "Casualties",
    "Force",
    "Trigger",
    "claimed_by_next",
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
# Gunmen and their attack, for the attacks by gunmen below (English and Arabic; the target decides the family).
# Burning a flag, a picture or an effigy is a symbol burnt, no violence (ACLED: a peaceful protest): "set fire to
# Israeli and American flags", "وأحرقوا العلم الأمريكي", "إحراق صور", "يحرقون دمية". What follows the burning word,
# its object within a word or two.
_SYMBOL_EN = (
    # (no space before the first: a search of a long run of spaces is not tried again from each of them)
    r"(?<!\s)\s+to\s+(?:(?:the|an?|some|several|dozens\s+of|two|three|\w+['’]s)\s+)?(?:[\w-]+\s+){0,3}?"
    + symbol_en()
    + r"\b"
)
_SYMBOL_AR = (
    r"[\u0621-\u064a]*\s+(?:[\u0621-\u064a]+\s+)?(?:(?:ال)?(?:نار|نيران)\s+(?:في|ب)\s*)?[وب]?(?:ال)?"
    # (the dual of a flag or a picture too: "وأحرقوا العلمين الأمريكي والإسرائيلي"; fire set in it: "أضرموا النار في
    # العلم السويدي")
    r"(?:علم(?:ين|ان|ي)?|أعلام|اعلام|العلم|صور|صورة|صورا|صورتي|صورتين|دمية|دمى|مجسم|مجسمات|رايات|راية|لافتات|لافتة)"
    r"(?![\u0621-\u064a])"
)
_GUNMEN_EN = (
    r"\b(?:(?:unidentified|unknown|masked|armed)\s+)?(?:gunmen|armed\s+men|masked\s+men|assailants|attackers)\b"
)
_ATTACKED_EN = (
    r"(?:attacked|stormed|raided|ambushed|opened\s+fire\s+(?:on|at)|fired\s+(?:on|at)|shot\s+at|killed|shot|wounded"
    r"|injured|murdered|executed)"
)
# The present of headlines and timelines, agreeing with the plural "gunmen" right before it ("Gunmen kill a shop
# owner"; not after a modal: "gunmen could attack the embassy" is a possibility).
_ATTACK_NOW_EN = (
    r"(?:attack|storm|raid|ambush|open\s+fire\s+(?:on|at)|fire\s+(?:on|at)|shoot(?:\s+at)?|kill|wound|injure|murder"
    r"|execute)"
)
_SECURITY_EN = (
    r"(?:(?:an?|the|two|three|several)\s+)?(?:\w+\s+)?(?:army|police|military|security|checkpoints?|patrols?|"
    r"soldiers|troops|policemen|officers|bases?)\b"
)
_GUNMEN_AR_VERB = (
    r"(?<![\u0621-\u064a])[وف]?(?:هاجم|هاجمت)\s+(?:مجموعة\s+)?(?:مسلح[^\s،]*|مجهول[^\s،]*)(?:\s+مجهول[^\s،]*)?"
    r"(?:\s*،[^،.]{0,40}،)?"  # an aside of time between ("، مساء أمس الأربعاء،")
)
# Gunfire told by who fired it: "إثر إطلاق نار من قبل مسلحين مجهولين على خيم المعتصمين"; at the security forces
# ("على نقطة للجيش") it is a clash.
_GUNFIRE_BY_GUNMEN_AR = (
    r"(?<![\u0621-\u064a])[وبل]?(?:إطلاق|اطلاق)\s+(?:ال)?نار[^\s،.]*\s+(?:\S+\s+){0,2}?(?:من\s+قبل\s+|من\s+)?"
    r"(?:مسلح|مجهول)[^\s،.]*(?![^\s،.])"
)
# Gunmen who opened fire, subject first or verb first: "مسلحين مجهولين أطلقوا النار على ناشط", "أطلق مسلحون مجهولون
# النار على", "فتح مسلحون النار على".
_GUNMEN_FIRED_AR = (
    # (the pluperfect's "قد" between subject and verb: "وكان مسلحون مجهولون قد أطلقوا النار على")
    r"(?<![\u0621-\u064a])(?:(?:مسلح|مجهول)[^\s،.]*(?:\s+مجهول[^\s،.]*)?(?:\s+قد)?\s+(?:[أا]طلق|فتح)[^\s،.]*\s+(?:ال)?نار"
    # the gunmen described before their plural verb, no comma between ("مسلحين يستقلون سيارات رباعية الدفع دخلوا الساحة
    # قرابة الثامنة مساءً وأطلقوا النار"): the verb's plural suffix agrees with them
    r"|مسلح(?:ين|ون)(?:\s+[^\s،.:؛]+){1,10}?\s+[وف]?(?:[أا]طلق|فتح)وا\s+(?:ال)?نار"
    r"|[وف]?(?:[أا]طلق|فتح)[^\s،.]*\s+(?:مسلح|مجهول)[^\s،.]*(?:\s+مجهول[^\s،.]*)?\s+(?:ال)?نار"
    # the verb of daring and its verbal noun, the firing as its object: "أقدم مسلحون مجهولون على إطلاق النار على",
    # "أفاد مصدر بإقدام مسلحين مجهولين على إطلاق النار على صاحب محل"
    r"|[وفب]?(?:[أا]قدم|[إا]قدام)[^\s،.]*\s+(?:مسلح|مجهول)[^\s،.]*(?:\s+مجهول[^\s،.]*)?\s+على\s+(?:[إا]طلاق|فتح)"
    r"\s+(?:ال)?نار)(?![\u0621-\u064a])"
)
_AT_SECURITY_AR_CUE = r"(?:\s+[^\s.]+){0,6}?\s+(?:على|باتجاه|نحو|ضد)\s+"
# A verb of removal (remove, push aside, demolish, uproot, pull off, bring down), bare of any clitic but "و"/"ف".
_REMOVE_AR = r"(?:أزال|ازال|أزاح|ازاح|هدم|اقتلع|قلع|خلع|أسقط|اسقط)"
# (the imperfect plural, indicative "يقتلعون" or, after "أن", "لم", "لن", subjunctive and jussive "ويسقطوا")
_REMOVE_AR_IMPERFECT = r"(?:يزيل|يزيح|يهدم|يقتلع|يقلع|يخلع|يسقط)(?:ون|وا)"
_BARRIER_AR = (
    r"[وب]?(?:ال)?(?:حواجز|حاجز|كتل|جدران|جدار|أسوار|اسوار|سور|أسلاك|اسلاك|سياج|أسيجة|اسيجة|متاريس)"
    r"(?![\u0621-\u064a])"
)
_CROWD_AR = r"(?:ال)?(?:محتج\S*|متظاهر\S*|أنصار|انصار|مناصر\S*|معتصم\S*|مئات|آلاف|الاف|عشرات|شبان|جموع|حشود)"
_REMOVED_BARRIER_AR = (
    r"(?<![\u0621-\u064a])[وف]?(?:"
    + _REMOVE_AR
    + r"\u0651?(?:وا|ا)|"
    + _REMOVE_AR_IMPERFECT
    + r"|"
    + _REMOVE_AR
    + r"(?=\s+(?:\S+\s+){0,3}?"
    + _CROWD_AR
    + r"(?![\u0621-\u064a])))"
    + r"(?![\u0621-\u064a])(?=(?:\s+\S+){0,6}?\s+"
    + _BARRIER_AR
    + r")"
)

_REMOVE_VERB = re.compile(r"[وف]?(?:" + _REMOVE_AR + "|" + _REMOVE_AR_IMPERFECT + ")")
_SECURITY_AR = (
    r"(?:نقط\S*|سيطر\S*|دوري\S*|ثكن\S*|قاعد\S*|مقر(?:ا|اً)?\s+(?:لل|ل)?(?:جيش|شرطة|قوات)|(?:ال)?جيش|(?:ال)?شرطة|"
    r"(?:ال)?جنود|(?:ال)?منتسب\S*|عناصر|قوة\s+أمنية|قوة\s+امنية)"
)
_AT_SECURITY_AR = _AT_SECURITY_AR_CUE + _SECURITY_AR
# A crowd that heads for a place: its verb of going, its quantity and its people (young men, protesters, supporters,
# students, graduates, workers, residents: not pilgrims or visitors).
# (the verbs of going of words.GOING_AR in the perfect; "توجّه" written with its shadda too)
_HEAD_FOR_AR = rf"(?:{going_ar('perfect', 'perfect_f', 'perfect_pl')}|توجّه(?:ت|وا)?)(?![\u0621-\u064a])"
# (a part of the crowd too: "توجه قسم منهم نحو مداخل المنطقة الخضراء", "بعض المحتجين", "عدد من الشبان")
_CROWD_QTY_AR = r"(?:ال)?(?:مئات|آلاف|الاف|عشرات|حشود|جموع|مجموعات|مجموعة|قسم|جزء|بعض|عدد)"
_CROWD_PEOPLE_AR = (
    r"(?:(?:ال)?(?:شبان|شباب|محتجين|متظاهرين|أنصار|انصار|طلبة|طلاب|خريجين|عمال|أهالي|اهالي|سكان|غاضبين|ناشطين)"
    # (or "of them", the crowd told before: "توجه المئات منهم نحو بوابة الجسر المعلق")
    r"|منهم)(?![\u0621-\u064a])"
)
# What remains of a salvo told before, met by the defences (Arabic, after "تصدت"): a part of it by its count or share
# ("لعدد منها", "لاثنين منها", "لثلاثة منها", "لبعض منها": one word and "منها"), one of them ("لأحدها", "لإحداهما") or
# what was left ("لبقيته"). The trigger of the interception and ``_INTERCEPTED`` read the same words.
_SALVO_PART_AR = (
    r"ل[\u0621-\u064a]+\s+منها"
    r"|ل(?:[أا]حد|[إا]حدى)(?:ها|هما)|لبقي[ةه]"
)
# Who heads for a place as a crowd that protests (the English twin of the Arabic _HEAD_FOR_AR rule), up to six words
# between the crowd and its verb ("Hundreds of supporters of the Coordination Framework made their way to").
_CROWD_GOING_EN = (
    r"(?:supporters|followers|loyalists|crowds?|mourners|students|graduates|workers|contractors|lecturers|teachers"
    r"|farmers|pensioners|retirees|youths|young\s+men|activists)\b"
    r"(?=(?:\s+[\w'’,-]+){0,6}?\s+" + crowd_going_en() + ")"
)
# The Arabic verb of chanting (past, present, participle), with its clitic: the protest words and ``_CHANTED`` read it.
_CHANT_VERB_AR = r"[وف]?(?:ردد|يردد|تردد|مردد)"
_TRIGGERS: list[tuple[str, str, str]] = [
    ("explosion", "Suicide bomb", r"\bsuicide\s+(?:bomb\w*|attack\w*|vest)|انتحاري\S*"),
    (
        "explosion",
        "Air/drone strike",
        r"(?<!counter-)(?<!anti-)\b(?:armed\s+|explosive-laden\s+|booby-trapped\s+)?drones?\b|\bUAVs?\b|\bair\s*strikes?\b|\bairstrikes?\b"
        r"|طائر\S*\s+(?:ال)?مسي\S*|(?:ال)?مسيّر\S*|(?:ب|ال)?مسير\S*\s+(?:ال)?مفخخ\S*|ضرب(?:ة|ات)\s+جوية|غارة|غارات"
        # an aircraft as the subject of the strike ("الطائرة أطلقت صاروخين على السيارة", "the aircraft fired two
        # missiles"): the missiles it fired are its strike, no shelling of their own
        r"|(?<![\u0621-\u064a])(?:ال)?طائر(?:ة|ه|ات)(?=\s+(?:\S+\s+){0,2}?[وف]?(?:[أا]طلق|قصف|استهدف|[أا]لق|ضرب)\S*)"
        r"|\b(?:the\s+)?(?:aircraft|warplanes?|helicopters?)\b(?=\s+(?:\w+\s+){0,2}?(?:fired|launched|struck|bombed"
        r"|dropped|targeted)\b)"
        # a bare "strike" as the subject of a verb of impact or killing, a time told between commas ("The strike, late
        # on Wednesday, hit a car ... and killed three people", "the strike that killed"): no strike of workers hits
        # or kills; "killed in a US strike" (no verb after it) is named, not told
        r"|(?<!hunger\s)(?<!general\s)(?<!on\s)(?<!labour\s)(?<!labor\s)\bstrikes?\b(?=(?:\s*,[^,.;]{1,40},)?\s+(?:\w+\s+){0,4}?"
        r"(?:hit|struck|killed|targeted|destroyed|wounded|slammed|flattened)\b)"
        r"|(?<![\u0621-\u064a])[وبل]?(?:ال)?ضرب(?:ة|ات)(?=(?:\s*،[^،.]{1,40}،)?\s+(?:\S+\s+){0,2}?[وف]?"
        r"(?:استهدفت|أصابت|اصابت|طالت|قتلت|أسفرت|اسفرت|أودت|اودت|دمرت)(?![\u0621-\u064a]))",
    ),
    (
        "explosion",
        "Shelling/artillery/missile attack",
        r"(?<!counter-)(?<!anti-)\brockets?\b(?!-propelled)|\bkatyushas?\b|(?<!counter-)\bmortars?\b|(?<!anti-)\bmissiles?\b|\bprojectiles?\b|\bshell(?:s|ing|ed)\b"
        # a single shell with its verb of impact just after it ("a second shell struck a house", "A shell landed near
        # the bridge"; not "the shell of the building", "a shell company")
        r"|\bshell\b(?=\s+(?:\w+\s+)?(?:hit|struck|slammed|landed|fell|crashed|exploded|impacted|smashed|tore|plunged)\b)"
        r"|صاروخ\S*|صواريخ|كاتيوشا|قذيف\S*|قذائف|هاون|قصف\S*"
        # a munition told before, brought down by a pronoun object: "The embassy's C-RAM shot it down on Sunday night"
        r"|\b(?:shot|brought|knocked)\s+(?:it|them)\s+down\b|\b(?:intercepted|downed)\s+(?:it|them)\b"
        # in Arabic, the defences meeting a number of the salvo told before, in the air: "تصدت منظومة (سي رام) لاثنين
        # منها في الجو قرب مبنى السفارة" (an interception: ``intercepted_triggers``)
        r"|(?<![\u0621-\u064a])[وف]?(?:تصد(?:ت|ى|تا|وا)|[يت]تصدى)(?![\u0621-\u064a])(?=(?:[\s،]+[^\s.،]+){0,8}?[\s،]+"
        r"(?:" + _SALVO_PART_AR + r"|ل(?:ها|هما))(?:\s+\S+){0,6}?\s+"
        r"(?:فوق|في\s+الجو|جوا|جواً)(?![\u0621-\u064a]))"
        # the next item of a salvo with its munition left out, before its own verb of impact: "Another fell near
        # al-Zawraa Park", "a second slammed into a house", "the other landed near the bridge"
        # ("one" opening a sentence or clause: "None hit the embassy; one came down near the park", "One of them fell")
        r"|\b(?:another|(?<=\ba\s)(?:second|third|fourth)|(?<=\bthe\s)(?:other|second|third|fourth|last)(?:\s+one)?"
        r"|(?:(?<=^)|(?<=[.;:]\s)|(?<=\bbut\s)|(?<=\band\s)|(?<=\bwhile\s))one(?:\s+of\s+them)?"
        # the rest of the salvo by its count, the noun left out: "Two others fell in Mansour", "the rest landed"
        r"|(?:(?<=\btwo\s)|(?<=\bthree\s)|(?<=\bfour\s)|(?<=\bfive\s)|(?<=\bsix\s)|(?<=\bthe\s)|(?<=\b[2-9]\s))others"
        r"|(?<=\bthe\s)rest(?:\s+of\s+them)?)"
        r"(?=\s+(?:also\s+|then\s+|later\s+)?(?:slammed|crashed|landed|struck|fell(?!\s+(?:silent|ill|asleep|apart|victim))"
        r"|exploded|impacted|came\s+down|hit(?=\s+(?:a|an|the|near|close)\b)|smashed|plunged|tore\s+into)\b)"
        # the Arabic twin, the rest of the salvo as the subject after its verb of impact: "فيما سقط الآخران في
        # الجادرية", "وسقطت البقية قرب الجسر", "بينما أصاب الآخر منزلاً"
        r"|(?:(?<=سقط\s)|(?<=سقطت\s)|(?<=سقطا\s)|(?<=سقطتا\s)|(?<=أصاب\s)|(?<=أصابت\s))"
        r"(?:ال)?(?:آخر|اخر|آخران|اخران|أخرى|اخرى|أخريان|اخريان|باقي|باقية|بقية|ثاني|ثانية|ثالث|ثالثة|رابع|رابعة)"
        r"(?![\u0621-\u064a])"
        # the defences bringing down one of the salvo told before, its noun left out: "واعترضت منظومة سي رام أحدها
        # فوق المنطقة الخضراء", "أسقطت الدفاعات إحداهما" (an interception: ``intercepted_triggers``)
        r"|(?<![\u0621-\u064a])[وف]?(?:اعترض|[أاإ]سقط)(?:ت|تا|وا)?(?![\u0621-\u064a])(?=(?:[\s،]+[^\s.،]+){0,8}?[\s،]+"
        r"(?:[أا]حد|[إا]حدى)(?:ها|هما)(?![\u0621-\u064a]))",
    ),
    (
        "explosion",
        "Grenade",
        r"(?<!stun\s)(?<!sound\s)(?<!smoke\s)(?<!gas\s)\bhand\s+grenades?\b|(?<!stun\s)(?<!sound\s)(?<!smoke\s)"
        r"(?<!gas\s)(?<!flash-bang\s)(?<!flashbang\s)(?<!concussion\s)\bgrenades?\b(?!\s+(?:at|into)\s+(?:the\s+)?protesters)|قنبلة\s+يدوية",
    ),
    (
        "explosion",
        "Remote explosive/landmine/IED",
        r"\bIEDs?\b|\broadside\s+bombs?\b|\bsticky\s+bombs?\b|\bcar\s+bombs?\b|\bexplosive\s+devices?\b"
        r"|\bsound\s+bombs?\s+(?:went\s+off|exploded|detonated|blew\s+up)\b"
        r"|(?<!petrol\s)(?<!fire\s)(?<!gas\s)(?<!smoke\s)(?<!sound\s)(?<!stun\s)(?<!paint\s)\bbomb(?:s|ing|ings)?\b(?![\s-]+(?:detectors?|detection|squads?|disposal|experts?|technicians?|sniff\w*|threats?|shelters?|scares?|proof|hoax(?:es)?))|\bexplosions?\b|\bblasts?\b(?![\s-]+(?:walls?|barriers?|proof|resistant))|\bexploded\b|\bdetonated\b|\b(?:blew|blown|blows)\s+up\b(?!\s+(?:at|in\s+(?:anger|frustration)))"
        r"|عبو(?:ة|ات)\s+ناسف(?:ة|ات)|عبوة|انفجار\S*|تفجير\S*"
        # the verb of exploding, verb first with a device as its subject ("انفجرت قنبلة صوتية قرب الساحة", "تنفجر
        # سيارة مفخخة", "انفجر لغم"): "قنبلة" alone is no event word (tear gas canisters are "قنابل"); not a verb whose
        # subject is no device ("فيما انفجر الآخر في الجو": the salvo's other rocket, told before)
        r"|(?<![\u0621-\u064a])[وف]?(?:انفجر|[يت]نفجر)(?:ت|تا|ا|وا|ان|ون)?(?![\u0621-\u064a])"
        r"(?=\s+(?:[\u0621-\u064a]+\s+)?(?:ال)?(?:قنبل|عبو|سيار|دراج|لغم|ألغام|الغام|حزام|عجل|شحن|صهريج)[\u0621-\u064a]*"
        r"(?!\s+(?:ال)?مسيل))"
        # a car or motorbike bomb: "انفجرت سيارة مفخخة قرب سوق شعبي", "دراجة نارية مفخخة"
        r"|(?:سيار(?:ة|ات)|عجل(?:ة|ات)|دراج(?:ة|ات)(?:\s+نارية)?|شاحن(?:ة|ات))\s+مفخخ(?:ة|ات)",
    ),
    (
        "disrupted",
        "Disrupted weapons use",
        r"\b(?:found|seized|discovered|defused|dismantled|recovered|confiscated)\s+(?:\S+\s+){0,5}?(?:rocket\s+)?"
        # (the place of launch found too: "found the launch position there hours later, with an eighth round still in
        # its tube", "عثرت على موقع الإطلاق"; empty, it is the attack's context: merge.fold_closure)
        r"(?:launch(?:ers?|ing\s+(?:pads?|platforms?|ramps?|positions?|sites?)|\s+(?:pads?|positions?|sites?|points?|rails?))"
        r"|rockets?|mortars?|IEDs?|explosive\s+devices?|"
        r"roadside\s+bombs?|(?:car\s+)?bombs?)\b"
        # a vehicle packed with explosives stopped or seized ("stopped a car packed with explosives at a checkpoint")
        r"|\b(?:stopped|seized|intercepted|impounded|found|discovered)\s+(?:\S+\s+){0,3}?(?:car|vehicle|truck|lorry"
        r"|motorcycle|motorbike|minibus|van)\s+(?:packed|loaded|rigged|laden|filled|fitted|wired|stuffed)\s+with\s+"
        r"(?:\w+\s+)?explosives\b"
        # (the verbal nouns with the article too: "تمكنت قوة من العثور على منصة إطلاق")
        r"|(?:عثر\S*|(?:ال)?عثور|ضبط\S*|(?:ال)?تفكيك|فكك\S*|إبطال|ابطال|أبطل\S*|مصادرة|صادر\S*)\s+(?:\S+\s+){0,5}?(?:منص\S*|(?:قاعد\S*|موقع|مكان)\s+(?:ال)?(?:إطلاق|اطلاق)|"
        r"صاروخ\S*|صواريخ|عبو\S*|قذائف|قذيف\S*)",
    ),
    (
        "battle",
        "Armed clash",
        r"\brocket-propelled\s+grenades?\b|\bRPGs?\b|\bfought\s+(?:with|against|each\s+other)\b"
        r"|\bclash(?:es|ed|ing)?\b|\bscuffl(?:e|es|ed|ing)\b|\bjostl(?:ed|ing)\b|\bbrawl(?:s|ed|ing)?\b|\bfist\s?fights?\b|\bexchange[sd]?\s+of\s+(?:gun)?fire\b|\b(?:exchang|trad)(?:e|es|ed|ing)\s+"
        # reciprocal fire in every form of the verb, its weapons between ("traded fire with", "exchanging
        # machine-gun and mortar fire"); no other word, so "traded blame for the fire" is none
        r"(?:(?:heavy|light|sporadic|intermittent|automatic|small[\s-]arms|machine[\s-]?gun|sniper|mortar|rocket|"
        r"artillery|rifle|grenade|and|,)\s+){0,4}(?:gun)?fire\b|\bgun\s?fights?\b|\bfire\s?fights?\b"
        r"|\bgun\s+battles?\b|\barmed\s+confrontations?\b|\bfighting\s+(?:broke|erupted)\b"
        r"|اشتباك\S*|صدامات|مصادمات|(?:ال)?مناوشات|(?:ال)?تشابك\S*(?=(?:\s+\S+){0,2}?\s+(?:بال)?(?:أيدي|ايدي))|(?:ال)?عراك|تبادل\S*\s+(?!(?:ال)?(?:اتهام|تهم)\S*)(?:[^\s،.]+\s+){0,6}?(?:ل)?(?:إطلاق|اطلاق)\s+النار|مواجهات\s+مسلحة"
        # the verb of the noun "اشتباك" (form VIII), perfect and imperfect: "اشتبك مسلحون مع", "اشتبكوا", "مسلحون
        # يشتبكون مع القوات", "تشتبك"
        r"|(?<![\u0621-\u064a])[وف]?(?:اشتبك|[يت]شتبك)(?:وا|ت|ا|تا|ون|ان)?(?![\u0621-\u064a])"
        # a fight between clans, its noun with the adjective "tribal" ("مقتل ثلاثة بنزاع عشائري", "شجار عشائري",
        # "a tribal dispute turned deadly", "a clan feud left two dead": English with its harm told after it)
        r"|(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:نزاع|نزاعات|شجار|اقتتال)\s+(?:ال)?عشائري(?:ة|ين)?(?![\u0621-\u064a])"
        r"|\b(?:tribal|clan)\s+(?:disputes?|feuds?|fighting|conflicts?)\b(?=[^.;]{0,80}\b(?:deadly|dead|killed|killing|"
        r"wounded|wounding|gunfire|shot)\b)"
        # confrontations with a party named: "خلال مواجهات مع المحتجين" (with a crowd: a riot, see classify)
        r"|(?<![\u0621-\u064a])[وب]?(?:ال)?مواجهات(?=\s+(?:\S+\s+){0,2}?(?:مع|بين)\s)"
        # Gunmen attacking the security forces (a checkpoint, a patrol, soldiers): an armed clash (ACLED)
        rf"|{_GUNMEN_EN}(?!\s+(?:who|that)\b)(?=,?(?:(?:\s+[\w'’,-]+){{0,8}}?\s+{_ATTACKED_EN}|\s+{_ATTACK_NOW_EN})\s+"
        rf"{_SECURITY_EN})"
        rf"|{_GUNMEN_AR_VERB}(?=\s+{_SECURITY_AR})"
        rf"|{_GUNFIRE_BY_GUNMEN_AR}(?={_AT_SECURITY_AR})"
        rf"|{_GUNMEN_FIRED_AR}(?={_AT_SECURITY_AR})",
    ),
    (
        "civilians",
        "Abduction/forced disappearance",
        r"\bkidnap\w*|\babduct\w*|\bforcibly\s+disappeared\b|اختطاف|خطف|اختطف\S*|مختطف\S*",
    ),
    (
        "civilians",
        "Attack",
        r"\bassassinat\w*|\bshot\s+dead\b|\bgunned\s+down\b|\bstabbed\b|\bstabbings?\b|\bopened\s+fire\s+on\s+(?:a\s+)?(?:car|vehicle|"
        r"civilians?|activists?|journalists?|passers-by|house|home)\b|اغتيال\S*|اغتال\S*"
        # stabbing, by the blade named after it ("عمليات طعن بالسكاكين", "طعنه مجهول بسكين"; not
        # "طعن بنتائج الانتخابات", a legal appeal)
        r"|(?<![\u0621-\u064a])[وفب]?(?:ال)?[يت]?طعن\S*(?=\s+(?:\S+\s+){0,3}?(?:ب|بال|ال)?(?:سكاكين|سكين\S*|خنجر|"
        r"آلة\s+حادة|الة\s+حادة|آلات\s+حادة|سلاح\s+أبيض|السلاح\s+الأبيض)(?![\u0621-\u064a]))"
        # the present tense of headlines: "مسلحون مجهولون يغتالون ناشطاً وسط بغداد"
        r"|(?<![\u0621-\u064a])[وف]?[يت]غتال\S*"
        # the passive: "اغتيل ضابط في الشرطة بإطلاق نار قرب ساحة الخلاني", "اُغتيل ناشط"
        r"|(?<![\u0621-\u064a])[وف]?[اأ]\u064f?غتيل(?:ت|ا|تا|وا)?(?![\u0621-\u064a])"
        # Gunmen attacking a crowd of unarmed people (ACLED: violence against civilians, not a protest event).
        r"|\b(?:gunmen|armed\s+men|masked\s+men|unidentified\s+(?:assailants|attackers))\b(?=(?:\s+[\w'’,-]+){0,8}?\s+"
        # (a time between the fire and its target, "opened fire late Friday on anti-government protesters")
        r"(?:attacked|opened\s+fire(?:\s+(?:late|early|again|overnight)(?:\s+(?:on\s+)?\w+)?)?\s+on|fired\s+(?:on|at)|"
        r"shot\s+at)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?(?:protesters|"
        r"demonstrators|sit-in|activists|civilians|crowds?|mourners)\b)"
        r"|\b(?:gunmen|armed\s+men|masked\s+men|unidentified\s+(?:assailants|attackers))\b(?=\s+"
        r"(?:attack|open\s+fire\s+on|fire\s+(?:on|at)|shoot(?:\s+at)?)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:protesters|"
        r"demonstrators|sit-in|activists|civilians|crowds?|mourners)\b)"
        # Gunmen who attacked, raided or fired on anyone else ("Gunmen attacked a liquor store", "an attack by
        # gunmen on", "was attacked by masked men", "هاجم مسلحون مجهولون محلاً", "تعرض المحل لهجوم مسلح"): an attack
        rf"|{_GUNMEN_EN}(?!\s+(?:who|that)\b)(?=,?(?:(?:\s+[\w'’,-]+){{0,8}}?\s+{_ATTACKED_EN}|\s+{_ATTACK_NOW_EN})\s+"
        rf"(?!{_SECURITY_EN}))"
        rf"|\battack(?:ed)?\s+by\s+(?:a\s+group\s+of\s+)?{_GUNMEN_EN}"
        rf"|\b(?:killed|wounded|injured|shot(?:\s+dead)?|gunned\s+down|stabbed)\s+by\s+{_GUNMEN_EN}"
        # the nominal with its victim and its agent: "the killing of an activist by gunmen", "the shooting of two
        # shop owners by unidentified gunmen" (the agent names the attack; "the killing of protesters" alone is none)
        rf"|\b(?:killing|murder|shooting|stabbing)\s+of\s+(?:[\w'’-]+\s+){{1,5}}?by\s+(?:a\s+group\s+of\s+)?{_GUNMEN_EN}"
        r"|\barmed\s+attack\b"
        # a target sprayed or riddled with bullets ("Gunmen on motorbikes sprayed a liquor store with bullets"), a
        # person shot and killed; Arabic "أمطروا المحل بوابل من الرصاص"
        r"|\b(?:sprayed|riddled|peppered|raked)\s+(?:[\w'’-]+\s+){1,6}?with\s+(?:bullets|gunfire|machine-gun\s+fire)\b"
        # (not by the forces: "Three protesters were shot and killed by security forces" is force on the crowd)
        rf"|\bshot\s+and\s+killed\b(?!\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+)?{_SECURITY_EN})"
        r"|(?<![\u0621-\u064a])بوابل\s+من\s+(?:ال)?(?:رصاص|إطلاقات|اطلاقات|نيران)(?![\u0621-\u064a])"
        r"|(?<![\u0621-\u064a])[وف]?[أا]مطر(?:وا|ت|ه|ها|وه)?(?=\s+(?:\S+\s+){0,4}?بال(?:رصاص|نيران|إطلاقات|اطلاقات)"
        r"(?![\u0621-\u064a]))"
        rf"|{_GUNMEN_AR_VERB}(?!\s+{_SECURITY_AR})"
        r"|(?<![\u0621-\u064a])[وبل]?(?:ال)?هجوم\s+(?:ال)?مسلح(?![\u0621-\u064a])"
        # gunfire told by who fired it: "إثر إطلاق نار من قبل مسلحين مجهولين على خيم المعتصمين", "برصاص مسلحين مجهولين"
        rf"|{_GUNFIRE_BY_GUNMEN_AR}(?!{_AT_SECURITY_AR})"
        rf"|{_GUNMEN_FIRED_AR}(?!{_AT_SECURITY_AR})"
        r"|(?<![\u0621-\u064a])[وبل]?(?:نيران|رصاص)\s+(?:\S+\s+)?(?:مسلح|مجهول)[^\s،.]*(?![^\s،.])"
        r"|(?:هاجم|هاجمت)\s+(?:مجموعة\s+)?(?:مسلح\S*|مجهول\S*)(?=(?:\s+\S+){0,10}?\s+(?:ال)?(?:متظاهر\S*|محتج\S*|"
        r"معتصم\S*|مدني\S*|ناشط\S*))"
        # "هجوم شنّه مسلحون مجهولون ... على المعتصمين": the attack told as a noun, by gunmen, on the crowd.
        r"|(?<![\u0621-\u064a])[وب]?هجوم\S*(?=\s+(?:\S+\s+)?(?:ال)?(?:مسلح\S*|مجهول\S*)(?:\s+\S+){0,8}?\s+على\s+(?:ال)?"
        r"(?:متظاهر\S*|محتج\S*|معتصم\S*|مدني\S*|ناشط\S*))",
    ),
    (
        "riot",
        "Mob violence",
        # A crowd killing or beating someone, a mob's attack (ACLED: Riots / Mob violence): "A crowd beat a teenager to
        # death", "Mob kills teenager", "was lynched", "سحل المتظاهرون الشاب"; not a crowd's protest.
        r"\blynch(?:ed|ing|es)?\b"
        r"|\bmobs?\b(?=\s+(?:of\s+[\w'’-]+\s+)?(?:[\w'’-]+\s+){0,3}?(?:kill(?:s|ed)?|beat(?:s|en)?|lynch\w*|attack(?:s|ed)?"
        r"|storm(?:s|ed)|torch(?:es|ed)|dragg?(?:s|ed)|hang(?:s|ed)?|hung)\b)"
        r"|\b(?:crowds?|mobs?)\b(?=\s+(?:[\w'’-]+\s+){0,4}?beat\s+(?:[\w'’-]+\s+){1,3}?to\s+death\b)"
        r"|(?<![\u0621-\u064a])[وف]?(?:سحل|سحلوا|يسحلون|سحله|سحلوه)(?![\u0621-\u064a])",
    ),
    (
        "riot",
        "Violent demonstration",
        # Violence by the crowd: stones, arson (burning tyres to block a road included, as ACLED codes it), fire
        # bombs, vandalism. Entering a building ("stormed") without violence is a protest (docs/extraction.md).
        r"\bpelt(?:ed|ing)\b|\bstone-throwing\b|\bthrowing\s+stones\b|\bston(?:ed|ing)\s+(?:of\s+)?(?:the\s+)?(?:police|"
        r"security|forces|troops|policemen|soldiers|cars?|vehicles?|convoys?|buildings?|embassy|offices?)\b"
        # arson in the passive, not of a symbol ("Tyres were set on fire by protesters"; not "flags were set alight")
        r"|(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s)|(?<=\bbeing\s))"
        + not_symbol_passive_en()
        + r"set\s+(?:on\s+fire|ablaze|alight)\b"
        rf"|\bburn(?:ing|ed|t)\s+(?:\w+\s+)?(?:tyres|tires)\b|\bset(?:s|ting)?\s+(?:fire|ablaze)\b(?!{_SYMBOL_EN})"
        # arson told with the object between the verb and its particle: "set part of the building on fire", "set the
        # embassy's reception hall alight"; "torch" as a verb with its object ("storm, torch Swedish embassy")
        r"|\bset(?:s|ting)?\s+(?:[\w'’-]+\s+){1,6}?(?:on\s+fire(?!\s+(?:safety|hazards?|risks?|codes?|rules?|regulations?|services?|department))|ablaze|alight|afire)\b"
        r"|\btorch(?:ed|ing)\b"
        # looting and ransacking; a building or vehicle burned ("burned the party's office", "burnt down two cars";
        # not a symbol, "burned the flag", nor tents, burned by attackers or the forces as often as by a crowd)
        r"|\b(?:loot(?:ed|ing)|ransack(?:ed|ing))\b"
        # stones and fire bombs in the passive: "Stones were thrown at security forces near the bridge"
        r"|\b(?:stones|rocks|bricks|molotov\s+cocktails|petrol\s+bombs|fire\s?bombs)\s+(?:were|had\s+been)\s+"
        r"(?:thrown|hurled|lobbed)\b"
        r"|\bburn(?:ed|t|ing)\s+(?:down\s+)?(?:(?:the|a|an|its|their|several|two|three|dozens\s+of|parts?\s+of\s+the)\s+)"
        r"(?:[\w'’-]+\s+){0,3}?(?:offices?|headquarters|HQ|buildings?|cars?|vehicles?|shops?|stores?|premises|compound"
        r"|embassy|consulate|gates?|caravans?|checkpoints?|police\s+stations?|stations?|trucks?|branch(?:es)?|houses?"
        r"|homes?)\b|\bburn(?:ed|t)\s+down\b"
        r"|\btorch(?:es)?(?=\s+(?:the|a|an|its|their|his|her|parts?\s+of|(?-i:[A-Z])[\w'’-]+)\b)|\b(?:threw|throws?|thrown)\s+(?:stones|rocks|"
        r"bricks|molotov|petrol\s+bombs|fire\s?bombs)|\bhurl(?:ed|ing|s)?\s+(?:stones|rocks|bricks|molotov)|\bmolotov\w*"
        r"|\bpetrol\s+bombs?\b|\bfire\s?bombs?\b|\briot(?:s|ing|ed)?\b(?![\s-]+(?:police|policemen|squads?|gear|control|forces|units?|shields?|troops|officers))"
        # barriers pushed over, toppled, knocked or brought down by the crowd ("pushed over concrete barriers",
        # "toppled the blast walls"): the object is a barrier, not a drone brought down
        r"|\b(?:push(?:ed|ing)\s+over|toppl(?:ed|ing|es?)|knock(?:ed|ing|s)?\s+(?:down|over)|br(?:ought|ing|inging)\s+down)"
        r"\s+(?:(?:the|several|some|parts?\s+of\s+the|sections?\s+of\s+the|a\s+section\s+of\s+the|concrete|blast|"
        r"security|metal|iron|cement|protective)\s+){0,4}(?:barriers?|barricades?|blast\s+walls|walls?|fences?|"
        r"blocks?|cordons?)\b"
        r"|\bvandali[sz]\w*|\b(?:tore|tears?|tearing|torn|pulled|pulls?|pulling)\s+down\b(?!\s+(?:(?:the|their|its|protest|protesters['’]?|demonstrators['’]?|dozens\s+of|several|some)\s+)*(?:tents?|camps?|encampments?|sit-in))|\brampag\w*"
        r"|\b(?:broke|broken|breaks?|breaking)\s+through\s+(?:the\s+)?(?:\w+\s+)?(?:barricades?|barriers?|walls?|fences?|cordons?)\b"
        # a crowd forcing its way in, or breaking things: "smashed their way into the reception hall", "smashed the
        # windows of the office" (not "smashed" alone: police may smash a camp)
        r"|\bsmash(?:ed|ing)\s+(?:(?:their|its|his|her)\s+way\b|(?:(?:the|a|an|its|their|several|some|dozens\s+of)\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?(?:windows?|doors?|gates?|cars?|vehicles?|cameras?|furniture|glass|fences?|barriers?|walls?)\b)"
        rf"|(?:أحرق\S*|احرق\S*|إحراق|حرق|يحرق\S*|يحرقون)(?!{_SYMBOL_AR})|(?:أضرم\S*|اضرم\S*)(?!{_SYMBOL_AR})|(?:ال)?(?:إطارات|اطارات)\s+(?:ال)?(?:محترقة|مشتعلة|محروقة)"
        # tyres or fires lit ("أشعلوا الإطارات", "إشعال النيران") and vandalism ("الاقتحام والتخريب", "خربوا")
        r"|(?<![\u0621-\u064a])[وب]?(?:[أا]شعل(?:وا)?|يشعلون|(?:ال)?[إا]شعال)\s+(?:\S+\s+){0,2}?(?:ال)?(?:نار|نيران|إطارات|اطارات)(?![\u0621-\u064a])"
        # looting by a crowd: the verb with its human plural suffix, or verb first with the crowd as subject ("نهب
        # محتجون غاضبون محتويات المقر"); not "نهب المال العام", a slogan against corruption
        rf"|(?<![\u0621-\u064a])[وف]?(?:نهبوا|ينهبون|نهب(?=\s+{_CROWD_AR}(?![\u0621-\u064a])))(?![\u0621-\u064a])"
        r"|(?<![\u0621-\u064a])[وب]?(?:ال)?تخريب(?![\u0621-\u064a])(?!\s+(?:ال)?(?:اقتصاد|عملية|بلد|علاقات))|(?<![\u0621-\u064a])[وف]?(?:خربوا|يخربون)(?![\u0621-\u064a])"
        # the verbal noun of "أضرم" (set fire): "وإضرام النار في أجزاء منه"
        r"|(?<![\u0621-\u064a])[وب]?(?:إضرام|اضرام)(?![\u0621-\u064a])"
        r"|تحطيم|حطم\S*|تكسير|رشق\S*|بالحجارة|المولوتوف|مولوتوف|أعمال\s+شغب|اعمال\s+شغب"
        # the same verbs in the imperfect plural (a timeline's present, "المحتجون يحطمون الباب ويضرمون النار فيه";
        # after "أن", "قبل أن يحرقوا"): the plural suffix makes the agent human, not the glass that shattered ("تحطم")
        r"|ي(?:ضرم|حطم|كسر|رشق)(?:ون|وا)(?![\u0621-\u064a])"
        # Barriers removed or torn down by the crowd (ACLED: pulled-down barriers make a riot): a verb of removal
        # whose agent is human and plural by its own suffix ("أزالوا الكتل الكونكريتية", "يقتلعون الأسلاك"), or
        # a verb-first singular with the crowd as subject ("أزال المحتجون الحواجز"), then the barrier as its
        # object. The feminine singular ("أزالت القوات الحواجز", the non-human plural of the forces) and tents
        # ("أزالوا الخيام") are none.
        rf"|{_REMOVED_BARRIER_AR}",
    ),
    (
        "protest",
        "Peaceful protest",
        r"\bprotest(?:s|ed|ing|ers?|ors?)?\b(?!\s+(?:movement|leaders?|organi[sz]ers?|committees?|coordinators?|groups?|"
        r"spokes(?:man|woman|person)))|\bdemonstrat(?:ion|ions|ors?|ed|ing)\b|(?-i:\b[Mm]arch(?:ed|es|ing|ers)\b)"
        r"|(?-i:\bmarch\b)|\brall(?:y|ies|ied|ying)\b|\bsit-?ins?\b|\bsit-?downs?\b|\bvigils?\b|\btents\b|\bencampments?\b"
        r"|\bgathered\b|\bcrowds?\b"
        # a building besieged or picketed by a crowd, workers or prisoners on strike ("Militiamen laid siege to the
        # U.S. Embassy", "teachers picketed the ministry", "went on hunger strike outside the court"; ACLED codes a
        # strike as a peaceful protest); the forces as subject ("troops besieged the house") are no crowd: find_triggers
        r"|\bbesieg(?:e|ed|es|ing)\b|\b(?:laid|lay|lays|laying)\s+siege\s+to\b|\bpicket(?:s|ed|ing|ers)?\b(?!\s+lines?\s+of\s+police)"
        r"|\bhunger[\s-]+strik(?:e|es|ers|ing)\b|\b(?:went|go|goes|going|gone)\s+on\s+(?:an?\s+)?(?:open-ended\s+|general\s+)?strike\b"
        # the present of a digest's line or a headline, with its place after it: "09:10: Graduates gather outside the
        # Ministry of Planning", "Protesters gathering near the Jumhuriya Bridge" (not "gathering evidence")
        r"|\bgather(?:s|ing)?\b(?=\s+(?:again\s+|once\s+more\s+)?(?:in|at|outside|near|on|around|opposite|before|by|in\s+front\s+of)\b)"
        r"|\bmoved\s+towards\b|\bchanting\b|\bwaving\s+flags\b"
        # a road or street blocked, not by the security forces: "graduates who had blocked the street around Khallani
        # Square", "residents blocked a main road"; not "police blocked the road", "forces blocking the bridge"
        # (a bridge or an entrance too: "residents blocked the entrance to the ministry"; not barriers or walls that
        # block it)
        r"|(?<!police\s)(?<!forces\s)(?<!troops\s)(?<!army\s)(?<!police\shad\s)(?<!forces\shad\s)(?<!barriers\s)"
        r"(?<!walls\s)(?<!blocks\s)(?<!barricades\s)"
        r"\bblock(?:ed|ing)\s+(?:off\s+)?(?:the\s+|a\s+|main\s+|several\s+|two\s+|major\s+)*"
        r"(?:roads?|streets?|highways?|traffic|intersections?|junctions?|bridges?|entrances?)\b"
        # the idiom of protest: "Thousands of Iraqis took to the streets of Baghdad" (not "troops took to the streets":
        # a crowd or people noun is no condition here, the idiom is the protest's)
        r"|\b(?:took|take|takes|taking|taken)\s+to\s+the\s+streets?\b"
        # a crowd streaming into a place: "Sadr's supporters flooded into the Green Zone", "thronged the square",
        # "Thousands of Iraqis packed Baghdad's Tahrir Square", "people filled the square"
        # a crowd of those who protest heading for a place ("Hundreds of graduates headed to the Ministry of Planning",
        # "Sadr supporters were heading towards the Green Zone", "contract workers set out from Tahrir Square towards
        # the zone"; the verbs of going of words.GOING_EN, "moved" only "towards"), like the Arabic "توجه مئات الشبان
        # نحو"; not people, residents or voters ("Thousands of people moved to safer areas", "headed to the polls")
        rf"|\b{_CROWD_GOING_EN}"
        r"|\b(?:supporters|followers|loyalists|crowds?|thousands|hundreds|dozens|scores|mourners|people|students|graduates"
        r"|workers)\b(?=(?:\s+[\w'’,-]+){0,5}?\s+(?:(?:poured|flooded|streamed|swarmed|surged)\s+(?:into|onto|across|through)\b"
        r"|thronged\b|converged\s+on\b|descend(?:ed|s)?\s+(?:up)?on\b|turned\s+out\s+(?:in|at)\b|(?:packed|filled|crammed|jammed|crowded)\s+(?:the\s+|[\w'’-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:squares?|streets?|roads?|bridges?|Square|Street|Bridge)\b|flocked\s+(?:to|into)\b|massed\s+(?:in|at|on|outside|near)\b))"
        r"|\bstorm(?:ed|ing|s)?\b|\b(?:broke|broken|breaks?|breaking)\s+(?:into|through)\b|\bbreached\b|\bforced\s+their\s+way\b"
        # a crowd climbing a building's or the zone's walls, like storming it: "Demonstrators scaled the concrete walls
        # of parliament", "climbed over the embassy's fence", "تسلق متظاهرون الجدران الكونكريتية للبرلمان"
        r"|\b(?:scal(?:ed|ing)|climb(?:ed|ing))\s+(?:over\s+)?(?:(?:the|its|their|a)\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:walls?|fences?|gates?|barriers?|barricades?)\b"
        r"|(?<![\u0621-\u064a])[وف]?(?:تسلق|يتسلق|اعتلى|يعتلي)(?:وا|ون|ت)?\s+(?:[\u0621-\u064a]+\s+){0,2}?"
        r"(?:ال)?(?:جدران|جدار|أسوار|اسوار|سور|بوابة|بوابات|حواجز|سياج)(?![\u0621-\u064a])"
        r"|\b(?:unified|mass|collective|joint)\s+(?:Friday\s+)?prayers?\b"
        r"|تظاهر\S*|مظاهر(?:ة|ات)|متظاهر\S*|المتظاهر\S*|احتجاج\S*|محتج\S*|المحتج\S*|اعتصام\S*|معتصم\S*|المعتصم\S*"
        # the verb of protest itself, perfect and imperfect ("احتج المئات", "احتجّوا أمام", "يحتجون"), not "argued
        # that" ("احتج بأن", "احتج الوزير بأن")
        r"|(?<![\u0621-\u064a])[وف]?(?:ا|ي|ت)حتج\u0651?(?:وا|ون|ن|ت|تا|ا)?(?![\u0621-\u064a])(?!(?:\s+\S+){0,2}\s+ب[أا]ن)"
        # the verb of form VIII, past and present: "اعتصم العشرات أمام الوزارة", "يعتصمون أمام البوابة"
        r"|اعتصم(?:وا|ت|ن)?(?![\u0621-\u064a])|[يتن]عتصم(?:ون|ان|ن)?(?![\u0621-\u064a])"
        # slogans chanted ("ردد المشيعون هتافات تطالب بإخراج القوات الأمريكية", "مرددين هتافات ضد الفساد"), like English
        # "chanting": a crowd's protest, a funeral's too
        rf"|(?<![\u0621-\u064a]){_CHANT_VERB_AR}[\u0621-\u064a]*(?=\s+(?:[^\s.،]+\s+)?(?:ال)?هتافات)"
        r"|خيم|خيام|الخيام|(?<!طائرة\s)مسير(?:ة|ات)(?!\s+مفخخة)|تجمع\S*|احتشد\S*"
        # a crowd flocking in: "بدأ الآلاف بالتوافد إلى ساحة التحرير", "وتقاطر المحتجون على الساحة"
        r"|(?<![\u0621-\u064a])[وف]?(?:بال|ال)?(?:توافد|[يت]توافد|تقاطر|[يت]تقاطر)\S*"
        # a crowd heading for a place, verb first or after its subject ("توجه مئات الشبان الغاضبين نحو الجسر المعلق",
        # "مجموعات من الشبان توجهت إلى جسر الجمهورية"), like English "moved towards"; not pilgrims or visitors
        rf"|(?<![\u0621-\u064a])[وف]?{_HEAD_FOR_AR}\s+(?:{_CROWD_QTY_AR})\s+(?:من\s+)?{_CROWD_PEOPLE_AR}"
        rf"|(?<![\u0621-\u064a])(?:{_CROWD_QTY_AR})\s+(?:من\s+)?{_CROWD_PEOPLE_AR}(?:\s+[\u0621-\u064a]+)?\s+{_HEAD_FOR_AR}"
        r"|اقتحام|اقتحم\S*|يقتحم\S*|تقتحم\S*|صلاة\s+(?:ال)?(?:جمعة\s+)?(?:ال)?موحدة"
        # a building besieged or cordoned off by a crowd: the verb with a human plural suffix ("حاصروا السفارة",
        # "يطوقون المبنى") or verb first with the crowd as its subject ("حاصر المئات من أنصار الفصائل السفارة"); not the
        # forces' feminine "حاصرت القوات" (find_triggers)
        rf"|(?<![\u0621-\u064a])[وف]?(?:(?:حاصر|طوق)وا|[يت](?:حاصر|طوق)ون|(?:حاصر|طوق)(?=\s+(?:\S+\s+){{0,2}}?{_CROWD_AR}"
        r"(?![\u0621-\u064a])))(?![\u0621-\u064a])"
        # a cordon or siege imposed by a crowd, verb first with the crowd as its subject ("فرض أنصار الفصائل طوقاً حول
        # مبنى البرلمان"; "فرضت القوات طوقاً أمنياً" is the forces')
        rf"|(?<![\u0621-\u064a])[وف]?فرض(?=\s+(?:\S+\s+){{0,2}}?{_CROWD_AR}(?:\s+\S+){{0,3}}?\s+(?:طوق|حصار)\S*"
        r"\s+(?:على|حول)(?![\u0621-\u064a]))"
        # a strike, on hunger or from work ("أضرب المعتقلون عن الطعام", "دخلوا في إضراب عن الطعام", "مضربين عن الدوام")
        r"|(?<![\u0621-\u064a])[وفب]?(?:ال)?(?:[أاإ]ضراب|[أاإ]ضرب|يضرب|تضرب|مضرب)[\u0621-\u064a]*(?=\s+(?:[^\s.،]+\s+){0,4}?عن\s+"
        r"(?:ال)?(?:طعام|دوام|عمل)(?![\u0621-\u064a]))"
        # a road, street or bridge blocked by a crowd, the twin of the English "blocked the road": the verb with a
        # human plural suffix ("قطعوا طريقاً في أبو غريب", "يقطعون الشارع") or verb-first with the crowd as subject
        # ("أغلق محتجون جسر الجمهورية"); not the forces' feminine "أغلقت", nor the idiom "قطع الطريق على" (to preempt)
        rf"|(?<![\u0621-\u064a])[وف]?(?:(?:قطع|أغلق|اغلق)وا|[يت](?:قطع|غلق)ون|(?:قطع|أغلق|اغلق)(?=\s+(?:\S+\s+){{0,2}}?{_CROWD_AR}"
        r"(?![\u0621-\u064a])))(?![\u0621-\u064a])(?=(?:\s+\S+){0,4}?\s+(?:ال)?(?:طريق|طرق|شارع|شوارع|جسر|جسور|تقاطع)"
        r"[\u0621-\u064a\u064b]*(?!\s+على)(?![\u0621-\u064a]))"
        # "وقفة" (a stand, a vigil) held somewhere or of a kind: "نظموا وقفة مماثلة في ساحة التحرير",
        # "وقفة تضامنية أمام"
        r"|(?<![\u0621-\u064a])[وب]?(?:ال)?وقف(?:ة|ه|ات)"
        r"(?=\s+(?:(?:ال)?(?:احتجاجي|تضامني|صامت|مماثل|سلمي|رمزي|حداد|استذكاري)\S*"
        r"|أمام|امام|قرب|عند|في|وسط|قبالة|للمطالبة|للتنديد|تطالب|طالب\S*"
        # held with candles or of a kind, then its place: "وقفة بالشموع في ساحة التحرير", "وقفة حاشدة أمام الوزارة"
        r"|(?:[بل][\u0621-\u064a]+|[\u0621-\u064a]+ة)(?:\s+[^\s.،,]+)?\s+(?:أمام|امام|قرب|عند|في|وسط|قبالة)"
        r"(?![\u0621-\u064a])))",
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
    # The defences bringing down part or all of a salvo told before, its munitions named by a pronoun or a count of
    # them ("The embassy's C-RAM intercepted two of them", "Two of them were shot down", "واعترضت منظومة سي رام
    # اثنين منها", "من اعتراضهما في الجو", "أسقطتها"): an interception (``intercepted_triggers``), only where a
    # munition was named before it (``_munition_named_before``; not "أسقطوها" of barriers pulled down).
    (
        "explosion",
        "Shelling/artillery/missile attack",
        r"\b(?:intercepted|downed|(?:brought|knocked|shot)\s+down)\s+(?:(?:one|two|three|four|five|six|both|all|some"
        r"|most|several|many|each|[0-9]+)\s+of\s+(?:them|these|those)|both|all\s+of\s+them)\b"
        r"|(?:(?<=\bof\sthem\swere\s)|(?<=\bof\sthem\swas\s)|(?<=\bboth\swere\s)|(?<=\ball\swere\s)"
        r"|(?<=\btwo\swere\s)|(?<=\bone\swas\s)|(?<=\bthree\swere\s)|(?<=\bfour\swere\s)|(?<=\bthey\swere\s)"
        r"|(?<=\bit\swas\s))(?:intercepted|downed|(?:brought|knocked|shot)\s+down)\b"
        r"|(?<![\u0621-\u064a])[وف]?(?:اعترض|[أاإ]سقط)(?:ت|تا|وا)?(?![\u0621-\u064a])"
        r"(?=(?:[\s،]+[^\s.،]+){0,8}?[\s،]+[\u0621-\u064a]+\s+منها(?![\u0621-\u064a]))"
        r"|(?<![\u0621-\u064a])[وفب]?(?:اعترض(?:ت|تا|وا)?|[أاإ]سقط(?:ت|تا)|[أاإ]سقطو|اعتراض|[إا]سقاط)(?:ها|هما|هم)"
        r"(?![\u0621-\u064a])",
    ),
]
_PRONOUN_INTERCEPTION = len(_TRIGGERS) - 1
_FAMILY_ORDER = (
    "disrupted", "intercepted", "explosion", "battle", "civilians", "riot", "protest", "arrest", "strategic",
)  # fmt: skip
_FAMILY_TYPE = {
    "disrupted": "Strategic developments",
    "intercepted": "Strategic developments",
    "explosion": _EXPLOSIONS,
    "battle": "Battles",
    "civilians": "Violence against civilians",
    "riot": "Riots",
    "protest": "Protests",
    "arrest": "Strategic developments",
    "strategic": "Strategic developments",
}
# Arabic event words match with vowel marks inside them too ("تجمّع", "تظاهَروا", "حطّموا").
_TRIGGER_PATTERN = re.compile(
    "|".join(f"(?P<t{i}>{with_vowel_marks(pat)})" for i, (_, _, pat) in enumerate(_TRIGGERS)), re.IGNORECASE
)
GENERIC_BLAST = re.compile(
    r"explosions?|blasts?|exploded|detonated|bombs?|bombings?|انفجار\S*|تفجير\S*|دوي\s+انفجار\S*"
    r"|[وف]?(?:انفجر|[يت]نفجر)(?:ت|تا|ا|وا|ان|ون)?",
    re.IGNORECASE,
)
"""Explosion words that name no weapon: the blast of whatever attack the report tells."""
# Who gathered when no crowd did: lawmakers, officials, families ("as lawmakers gathered in parliament to elect").
_NOT_A_CROWD = re.compile(
    r"\b(?:lawmakers|MPs|deputies|parliamentarians|members\s+of\s+parliament|officials|ministers|leaders|delegates|"
    r"delegations|diplomats|journalists|reporters|guests|negotiators|envoys)"
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:had\s+|have\s+)?gathered$",
    re.IGNORECASE,
)
# Attacks someone is blamed for, the object of "blame" with only determiners or a word of number between: "Western
# officials have blamed a string of rocket attacks on Iran-backed militias" (not "blamed militias after rockets hit").
_BLAMED = re.compile(
    r"\bblam(?:e|ed|es|ing)\s+(?:(?:a|an|the|this|that|these|those|recent|earlier|previous|string|series|spate|wave"
    r"|number|of|such|similar)\s+){0,5}$"
    # a group described by what it has claimed, a relative clause in the perfect: "groups that have claimed some of
    # the convoy bombings" (who they are, not the news; "claimed responsibility for Monday's attack" is not read)
    r"|\b(?:that|which|who)\s+(?:have|has|had)\s+(?:also\s+)?claimed\s+(?:responsibility\s+for\s+)?"
    r"(?:(?:a|an|the|some|many|most|several|dozens|scores|of|recent|earlier|previous|string|series|spate|wave|number"
    r"|such|similar|convoy|roadside)\s+){0,5}$"
    # a group described by what it keeps doing, a participle right after its noun: "reined in the armed factions
    # firing rockets at the Green Zone" (who they are; "Gunmen fired rockets" and "factions fired" are events)
    r"|\b(?:factions|militias|groups|militants|fighters|cells|outlaws)\s+(?:firing|launching|lobbing|shooting)\s+"
    r"(?:(?:the|their|more|katyusha|\w+-\w+)\s+){0,2}$",
    re.IGNORECASE,
)
# An arrest ordered, a warrant issued: "ordered the arrest of those behind Monday's attack", "issued arrest warrants".
_ORDERED = re.compile(r"\b(?:order(?:ed|s|ing)?\s+(?:the\s+)?|issu(?:ed|es|ing)\s+(?:an\s+)?)$", re.IGNORECASE)
# A protest that is a state's diplomatic act, not a crowd's: an envoy summoned to hear it ("the Foreign Ministry
# summoned Iran's ambassador to protest against the strike"), a protest lodged, filed or handed over ("lodged a
# formal protest", "handed the charge d'affaires a protest note"), a protest told with a state body as its subject
# ("the ministry protested", "the government protests the violation"). Only the word "protest" itself, never its
# crowd nouns.
_PROTEST_WORD = re.compile(r"protest(?:s|ed|ing)?", re.IGNORECASE)
_DIPLOMATIC_BEFORE = re.compile(
    r"\b(?:(?:summon(?:ed|s|ing)?|call(?:ed|s|ing)?\s+in)\s+(?:[\w'’-]+\s+){1,8}?to\s+"
    r"|(?:lodg|fil|deliver|hand|regist|issu|conve|submitt)\w*\s+(?:[\w'’-]+\s+){0,5}?(?:a|an|its|their)\s+"
    r"(?:(?:formal|official|strong|diplomatic|written|strongly[\s-]worded)\s+)?"
    r")$",
    re.IGNORECASE,
)
# The state body as the subject of the finite verb: "the ministry protested", "the government formally protests".
_STATE_PROTESTED = re.compile(
    r"\b(?:ministry|government|embassy|foreign\s+office|presidency|cabinet|foreign\s+minister)(?:['’]s)?"
    r"\s+(?:(?:has|had|also|formally|officially|strongly)\s+)*$",
    re.IGNORECASE,
)
_DIPLOMATIC_AFTER = re.compile(r"\s+(?:note|letter|memorandum|memo)\b", re.IGNORECASE)
# Arabic: a note of protest ("مذكرة احتجاج", "رسالة احتجاج"), a protest lodged formally ("احتجاجاً رسمياً").
_DIPLOMATIC_AR = re.compile(r"(?:مذكرة|مذكرات|رسالة|برقية)\s+$")
_DIPLOMATIC_AR_AFTER = re.compile(r"\s+(?:ال)?(?:رسمي|دبلوماسي)\S*")


def _diplomatic_protest(text: str, begin: int, start: int, end: int) -> bool:
    """Whether the protest word at ``text[start:end]`` is a state's diplomatic protest (see ``_DIPLOMATIC_BEFORE``)."""
    words = text[start:end].lower()
    if words.startswith(("احتجاج", "الاحتجاج")) and _DIPLOMATIC_AR.search(text, max(begin, start - 12), start):
        return True  # "وتسليمه مذكرة احتجاج شديدة اللهجة", "قدمت احتجاجاً رسمياً": a note, not a crowd
    if words.startswith(("احتجاج", "الاحتجاج")) and _DIPLOMATIC_AR_AFTER.match(text, end, end + 20):
        return True
    if not _PROTEST_WORD.fullmatch(words):
        return False
    return bool(
        _DIPLOMATIC_BEFORE.search(text, max(begin, start - 80), start)
        or _DIPLOMATIC_AFTER.match(text, end, end + 20)
        or (words in ("protested", "protests") and _STATE_PROTESTED.search(text, max(begin, start - 40), start))
    )


# Who speaks for or runs a protest, named by the protest word as the second term of a construct or after "ل"
# ("الفصائل المنظمة للاعتصام", "منظمو التظاهرة", "قادة الاحتجاجات", "تنسيقيات التظاهرات", "منسقي الاعتصام", "الناطق
# باسم المعتصمين"), like English "protest organisers", "protest leaders" (the trigger's
# own look-ahead): people, no event, even when they give a toll ("قال منظمو الاحتجاج إن ...").
_ORGANISERS_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])(?:[وفل]?(?:ال)?منظم(?:ة|ين|ون|و|ي)?|[وفل]?(?:ال)?منظمات|[وفل]?(?:ال)?قاد[ةه]|[وفل]?(?:ال)?قيادات"
    r"|[وفل]?(?:ال)?تنسيقي(?:ة|ات)|[وفل]?(?:ال)?منسق(?:ي|ين|ون|و)|[وفل]?لجان"
    r"|[وفل]?(?:ال)?(?:ناطق|متحدث)\s+باسم)\s+(?:لل|ل|ال)?$"
    # English, the body that speaks for the crowd before "of": "the coordination committee of the protesters",
    # "a coordinating committee of the protesters said", "the spokesman for the demonstrators", "leaders of the sit-in"
    r"|\b(?:[Cc]ommittees?|[Cc]ouncil|[Oo]rgani[sz]ers|[Ll]eaders(?:hip)?|[Ss]pokes(?:man|woman|person|people)"
    r"|[Rr]epresentatives|[Cc]oordinators)\s+(?:of|for)\s+(?:the\s+)?$"
)
# People named by their relation to a crowd (its killers, its families, its victims: "الكشف عن قتلة المتظاهرين", "ذوو
# ضحايا الاحتجاجات", "أهالي المعتصمين", "the killers of protesters", "families of slain demonstrators"): those
# people, not a crowd that gathered.
_RELATED_TO_CROWD = re.compile(
    r"(?:\b(?:killers|murderers|families|relatives|parents|mothers|victims)\s+of\s+(?:the\s+)?(?:slain\s+|killed\s+)?"
    r"|(?<![\u0621-\u064a])[وبل]?(?:قتلة|قاتلي|ذوو|ذوي|أهالي|اهالي|عائلات|عوائل|أسر|اسر|أمهات|امهات|ضحايا)\s+(?:ال)?)$",
    re.IGNORECASE,
)
# Words every match of the two patterns above holds (a passage without any is not searched).
_ORGANISER_HINTS = ("منظم", "قاد", "قياد", "تنسيقي", "منسق", "لجان", "ناطق", "متحدث", "ommittee", "ouncil", "rganis",
                    "rganiz", "eaders", "pokes", "epresentatives", "oordinators")  # fmt: skip
_RELATED_HINTS = ("killers", "murderers", "families", "relatives", "parents", "mothers", "victims", "Killers",
                  "Families", "Relatives", "Parents", "Mothers", "Victims", "Murderers", "قتلة", "قاتلي", "ذوو", "ذوي",
                  "أهالي", "اهالي", "عائلات", "عوائل", "أسر", "اسر", "أمهات", "امهات", "ضحايا")  # fmt: skip
# The English noun modifying who runs the crowd ("the sit-in organizers said", "protest leaders", "rally
# organisers"): who they are, no event (the body named before the crowd word, "committee of the protesters",
# "منظمو الوقفة", is ``_ORGANISERS_BEFORE``).
_ORGANISERS_AFTER = re.compile(
    r"\s+(?:organi[sz]ers?|organi[sz]ing\s+committee|leaders?|leadership|spokes(?:man|woman|person|people)|"
    r"coordinators?|committees?)\b",
    re.IGNORECASE,
)
# Whose toll a count is: "the death toll from the blast", "الحصيلة المؤكدة للانفجار" (the blast is told elsewhere).
_TOLL_OF = re.compile(
    r"\btoll\s+(?:of|from|in)\s+(?:the|this|that|[\w'’]+'s)\s+(?:[\w'’-]+\s+)?$"
    r"|(?<![\u0621-\u064a])(?:ال)?حصيلة\s+(?:(?:ال)?(?:ضحايا|نهائية|مؤكدة|رسمية|أولية|اولية|جديدة)\s+)?(?:لل|ال|ل)?$",
    re.IGNORECASE,
)
# A sit-in word in any of its Arabic forms: the noun and the participle with the article, case endings, the plural
# and possessive clitics ("اعتصاماً", "اعتصامهم", "اعتصامات", "المعتصمون", "معتصمين"), the verb of form VIII in the
# past and the present ("اعتصموا", "يعتصمون", "تعتصم"), tents ("خياماً", "خيامهم").
_AR_SIT_IN_ENDINGS = r"(?:اً|ًا|ا|ات|ين|ون|ة|ه|ها|هم|هن|نا|ي)?"
_SIT_IN = re.compile(
    r"\bsit-?ins?\b|\btents\b|\bencampments?\b"
    rf"|(?:[وفب]|لل|ل)?(?:ال)?(?:اعتصام|معتصم|خيم|خيام){_AR_SIT_IN_ENDINGS}"
    r"|[وف]?(?:اعتصم(?:وا|ت|ن)?|[يتن]عتصم(?:ون|ان|ن)?)",
    re.IGNORECASE,
)
# What is waved, not threatened, after the "ب" of a verb of brandishing ("ملوحين بالأعلام", "لوحوا بصور"): flags,
# placards, banners, pictures, hands, branches. The cues of threat below and the threat complements read it.
_NOT_WAVED_AR = r"(?!(?:ال)?(?:أعلام|اعلام|علم|لافت|رايات|راية|صور|أيدي|ايدي|أغصان|اغصان))"
# A trigger that is only threatened, called for, planned, feared or denied reports no event.
_UNREAL_CUES = CueHalves(
    r"\b(?:call(?:ed|s|ing)?\s+(?:for|on)|call(?:ed|s|ing)?\s*,[^,.;:]{1,40},\s*(?:for|on)|urg(?:ed|es|ing)|threat(?:en(?:ed|s|ing)?)?\s+(?:to|of|with)|threaten(?:ed|s|ing)?|"
    r"warn(?:ed|s|ing)?(?:\s+(?:of|against|that))?|vow(?:ed|s|ing)?|pledg(?:e|es|ed|ing)|plan(?:s|ned|ning)?\s+(?:to|for|a|an)|"
    r"(?:will|would)\s+(?:(?!and\b)[\w'’-]+\s+){1,5}?and|will|would|could|might|may(?!\s+[0-9])|if|unless|whether|intend(?:s|ed)?\s+to|to\s+(?:hold|stage|organi[sz]e|launch|join)|"
    r"prepar(?:e|es|ing)\s+to|(?:set|(?:is|are|was|were)\s+due|poised|slated|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?)\s+to|no|not|never|without|denied|deny|denies|ruled\s+out|fear(?:s|ed)?|possible|potential|"
    r"against\s+any|any|upcoming|expected|scheduled|planned|announced\s+(?:a|an|the)(?:\s+new)?|invit(?:ed|ing)\s+to|"
    r"ready\s+to|threats?\s+of|(?:options?|possibility|prospects?|spectre|specter|likelihood|probability|risks?|chances?|danger)\s+of|repeat\s+of|repetition\s+of|avoid\w*|ahead\s+of|(?:a\s+day|a\s+week|hours|days)\s+before|in\s+anticipation\s+of|"
    r"in\s+preparation\s+for|charges?\s+of|charged\s+with|accused\s+of|(?:on\s+)?suspicion\s+of|blam(?:e|es|ed|ing)\s+(?:[^\s.;]+\s+){0,3}?for|"
    r"rights?\s+(?:to|of)|freedom\s+(?:of|to)|call(?:ed|s)?\s+off|(?<!-)end(?:ed|ing|s)?|withdr(?:ew|awn|awal|aw|awing)\s+from|"
    r"lift(?:ed|ing)?|suspend(?:ed|ing|s)?|"
    r"suspected\s+of|responsible\s+for|involved\s+in|perpetrators\s+of|culprits\s+(?:of|behind)|killers\s+of|in\s+connection\s+with|linked\s+to|(?:cell|group|gang|network|men|those|militia|militants|people)\s+behind|found|seized|discovered|confiscated|defused|dismantled|recovered)\b",
    (
        r"(?<![\u0621-\u064a])[وفب]?(?:دعا|دعت|دعوا|يدعو|تدعو|يدعون|دعوات|دعوة|[بل]?(?:ال)?وقوف\s+وراء|[يت]قف(?:ون)?\s+وراء|للدعوة|الاستعداد|استعداد|للاستعداد|مرتقب\S*|المرتقب\S*|المزمع\S*|مقرر\S*|"
        r"المقرر\S*|ستنظم|سينظم|ستشهد|سيشهد|(?:أعلن|اعلن)\S*\s+(?:\S+\s+){0,3}?عن\s+(?:تنظيم|إقامة|اقامة)|تجنب\S*|لتجنب\S*|حذر\S*|يحذر\S*|سوف|"
        + threat_ar(brandish=False)
        + r"\S*|"
        r"سي(?!ا|طر|ئ|ج|رة|را|ناري|نما|نم|ما(?![\u0621-\u064a])|د(?![\u0621-\u064a])|دة|دات|دي(?![\u0621-\u064a])|ول(?![\u0621-\u064a])|ولة)[\u0621-\u064a]{2,}|لا|لم|لن|عدم|دون|نفى|نفت|[بل]?تكرار|يعتزم\S*|تعتزم|بتهم\S*|تهم\S*|استباق\S*|تحسب\S*|(?:ال)?مسؤول\S*\s+عن|[لبو]?(?:ال)?(?:منفذي|مرتكبي|مطلقي)|ضبط|العثور\s+على|عثر\S*|مصادرة|تفكيك|إبطال|ابطال|(?:ال)?متورط\S*|(?:ال)?متهم\S*|(?:على|ذات|لهم|له|لها)\s+صلة|بصلت\S*|(?:ال)?مرتبط\S*|للاشتباه|(?:ال)?مشتبه\S*|إنهاء|انهاء|انتهاء|انسحاب\S*|الانسحاب|بالانسحاب|رفع|تعليق|لأي|لاي|أي|اي|إذا|اذا|لو|حال|يخشى|تخشى|خشية|مخاوف|تخوف\S*|"
        r"ستنطلق|ستخرج|ستقام|ستتوجه|ستتواصل|ستستمر|ستبدأ|ستعتصم|ستتظاهر|سيخرج|سيقام|سيتوجه|سيتظاهر|سيعتصم|سينطلق|سيبدأ|"
        r"يستعد\S*|تستعد\S*|[وب]?(?:ال)?خيار(?:ات)?|[وب]?(?:ال)?احتمال(?:ات)?|[وب]?(?:ال)?[إا]مكانية|يتوقع|يُتوقع|تتوقع|ويتوقع|متوقع\S*|المتوقع"
        # denial in the present of headlines and as a noun ("الخلية تنفي سقوط صواريخ", "نفي سقوط")
        r"|ينفي|تنفي|نفي"
        # "قد" before the imperfect is "may" ("قد يخرج المحتجون", "قد تتجدد"); before the past it is
        # "had" or "already" ("قد تظاهروا", "قد نفذت"): only the prefixes a past verb does not begin with (ي، تت)
        r"|قد\s+(?:ي|تت)[\u0621-\u064a]{2,}"
        # the future prefix "ست" on any imperfect ("أكدت أنها ستؤمن حماية المتظاهرين", "ستتولى"); not the nouns it
        # begins ("ستة" six, "ستين", "ستمئة", "سترة ناسفة" a suicide vest, "ستار", "ستالين", "ستوكهولم", "ستاد")
        r"|ست(?!ة|ين|ون|م|ر|ار|ائ|ال|وك|ود|اد)[\u0621-\u064a]{2,}"
        # a threat brandished ("لوّح"): "ملوحة بالتوجه إلى البرلمان بتظاهرة"; not flags or placards waved ("ملوحين
        # بالأعلام", "لوحوا بصور")
        r"|" + alternation(BRANDISH_AR) + r"[\u0621-\u064a]*\s+"
        # (the verb first, its subject between: "ولوّح منظمو التظاهرة بنقل احتجاجاتهم إلى أمام البرلمان")
        r"(?:(?!ب)[\u0621-\u064a]+\s+){0,3}?"
        r"ب" + _NOT_WAVED_AR + r"[\u0621-\u064a]+)"
        # a comma may stand right after the Arabic cue, opening an aside: "دعت، في بيانات متفرقة، إلى التجمع"
        r"[،,]?"
    ),
    r"(?:\s+[^\s.;:]+){0,6}\s*$",
    re.IGNORECASE,
)
# "قد" before a verb of the second person or feminine prefix "ت" is "may" in reported possibility, after a
# complementizer or "ربما" ("قال مراقبون إن ساحة التحرير قد تشهد تظاهرات", "يُخشى أن العاصمة قد تشهد احتجاجات"):
# the form is also the past of forms V and VI ("قد تجمّعوا", "قد تدخلت"), whose endings "وا", "ت", "تا" the imperfect
# of the third person feminine singular does not have; not after "كان" (the pluperfect: "أن المحتجين كانوا قد تجمعوا").
_MAY_AR = re.compile(
    r"(?<![\u0621-\u064a])(?:[وف]?(?:إن|أن|ان|بأن|بان|لأن|لان)|ربما)\s+(?:(?!كان|كانت|كانوا|يكون|تكون)[^\s.،,؛:]+\s+){0,4}?"
    r"قد\s+ت[\u0621-\u064a]{2,}(?<!وا)(?<!ت)(?<!تا)(?:\s+[^\s.;:،]+){0,6}\s*$"
)
# The news a statement denies, the event words after it: "denied reports circulating on social media that rockets
# fell", "نفت خلية الإعلام الأمني، اليوم الاثنين، صحة الأنباء التي تداولتها مواقع التواصل الاجتماعي بشأن سقوط
# صواريخ". A verb of denial, up to ten words, a noun of news or claims, then up to eight words to the event words
# (no full stop between); the window is wider than the other cues' because the news is told at length.
_DENIED_NEWS = re.compile(
    r"(?:\b"
    + alternation(DENIAL_EN)
    + r"\s+(?:[^\s.;]+\s+){0,10}?(?:the\s+)?"
    + alternation(NEWS_EN)
    + r"\b|(?<![\u0621-\u064a])[وف]?"
    + alternation(DENIAL_AR)
    + r"\s+(?:[^\s.;:]+\s+){0,10}?(?:"
    # the verbal noun of occurrence the denial takes as its object ("نفت الخلية، اليوم، سقوط صواريخ قرب القصر",
    # "نفى وقوع انفجار"); not a time after the denial ("نفت الشرطة أي تقصير، بعد سقوط صاروخ": the fall is told)
    r"(?<!بعد\s)(?<!إثر\s)(?<!اثر\s)(?<!عقب\s)(?<!جراء\s)(?<!منذ\s)(?:سقوط|وقوع|حدوث|حصول)|(?:ال)?(?:"
    + literal_alternation(NEWS_AR + RUMOUR_AR)
    # what was circulated, a relative "ما" and its verb: "نفى مصدر ما تناقلته مواقع التواصل بشأن سقوط صواريخ"
    + r"|ما\s+(?:تناقلت|تداولت|نشرت|أوردت|اوردت|روجت|ذكرت)\S*))(?![\u0621-\u064a]))"
    r"(?:\s+[^\s.;:]+){0,8}\s*$",
    re.IGNORECASE,
)
# News told as unverified, its event words after it in the sentence: a claim or rumour circulated ("Pro-militia accounts
# circulate a claim that a second drone hit the palace", "rumours that", "unconfirmed reports of"), what was
# circulated or rumoured ("ما تم تداوله بشأن سقوط صواريخ", "ما أشيع عن", "أنباء غير مؤكدة عن", "شائعات عن"): no event
# (a claim of responsibility for an attack told as fact is none of these: "the group claimed the attack").
_UNVERIFIED = re.compile(
    r"(?:\b(?:circulat\w*|spread\w*|shar(?:e|es|ed|ing)|post(?:s|ed|ing)?|amplif\w*)\s+(?:an?\s+|the\s+)?"
    r"(?:unverified\s+|unconfirmed\s+)?" + alternation(w for w in NEWS_EN if w != "news") + r"\s+(?:that|of|about)\b"
    r"|\b(?:unconfirmed|unverified)\s+(?:reports?|claims?|videos?|footage|posts?|accounts?)\b"
    r"|\brumou?rs?\s+(?:[\w'’-]+\s+){0,4}?(?:that|of|about)\b|\brumou?rs?\s+on\s+social\s+media\b"
    r"|(?<![\u0621-\u064a])[وف]?(?:ما\s+(?:تم\s+|يتم\s+|جرى\s+)?(?:تداول|تناقل|أشيع|اشيع|يشاع|يتداول|تناقلته|تداولته)\S*"
    r"|(?:ال)?(?:" + literal_alternation(NEWS_AR) + r")\s+(?:غير\s+(?:ال)?مؤكدة|(?:ال)?متداولة|(?:ال)?مضللة)"
    # the news as the object of a verb of circulating: "تداولت مواقع التواصل، الثلاثاء، أنباء عن سقوط صاروخ"
    r"|(?:تداول|تناقل|روج|يتداول|تتداول|يتناقل|تتناقل)\S*\s+(?:[^\s.;:]+\s+){0,4}?(?:ال)?(?:"
    + literal_alternation(NEWS_AR + RUMOUR_AR)
    + r")"
    r"|(?:ال)?(?:" + literal_alternation(RUMOUR_AR) + r"))"
    r"\s+(?:[^\s.;:]+\s+){0,3}?(?:بشأن|عن|حول|بخصوص|ب)(?![\u0621-\u064a]))"
    r"(?:\s+[^\s.;:!?؟]+){0,12}\s*$",
    re.IGNORECASE,
)
_UNVERIFIED_HINTS = (
    "circulat", "spread", "shar", "post", "amplif", "unconfirmed", "unverified", "rumo",
    "تداول", "تناقل", "شيع", "يشاع", "مؤكدة", "متداولة", "مضللة", "شائعات", "إشاعات", "اشاعات", "مزاعم", "ادعاءات",
)  # fmt: skip


# What a denial says did not happen, the subject or verb of its "that" clause: "Police denied that thousands of
# demonstrators had marched to the square", "denied reports on social media that rockets had hit" (the event words up
# to seven words after "that", no punctuation between; an object of a preposition keeps its own event: "denied that
# its forces fired on protesters" names protesters who were there).
_DENIED_THAT = re.compile(
    r"(?:\b" + alternation(DENIAL_EN) + r"\s+(?:[^\s.;:]+\s+){0,8}?that\s+"
    # the Arabic "that" clause of a denial: "ونفى متحدث باسم الشرطة أن يكون المحتجون قد أحرقوا أي عجلة"
    r"|(?<![\u0621-\u064a])[وف]?(?:نفى|نفت|ينفي|تنفي)\s+(?:[^\s.;:]+\s+){0,8}?(?:أن|ان|بأن|بان)\s+)"
    r"(?:[^\s.;:,،]+\s+){0,7}$",
    re.IGNORECASE,
)
_OBJECT_OF_PREPOSITION = re.compile(
    r"\b(?:on|at|against|upon|towards|with|to)\s+(?:the\s+|a\s+|an\s+|[\w'’-]+\s+)?$"
    r"|(?<![\u0621-\u064a])(?:على|ضد|نحو|باتجاه|مع)\s+(?:[\u0621-\u064a]+\s+)?$"
)
# What a verb of threat (هدد، لوّح، توعد) threatens, in its complement with "ب" and what is joined to it by "و", its
# subject between ("ولوّح منظمو التظاهرة بنقل احتجاجاتهم إلى أمام البرلمان والدخول في اعتصام مفتوح": the verbal
# noun after "ب", up to six words, then "و" and a verbal noun and up to three words to the event words); and the
# event word that is the threat's own subject, the complement after it ("ولوّح المحتجون بالتصعيد"): no event. Flags,
# placards or pictures waved ("ملوحين بالأعلام") are no threat.
_THREAT_VERB_AR = r"(?<![\u0621-\u064a])[وف]?" + threat_ar() + r"[\u0621-\u064a]*"
# ... and its complement after the subject and time told between commas: "هددت تنسيقية المحاضرين، اليوم الأربعاء،
# بالتصعيد ونقل احتجاجاتها إلى أمام البرلمان" (the verbal noun after "ب", then up to three words joined by "و" to the
# event words), beyond the six words the cues reach.
_THREAT_ASIDE_AR = re.compile(
    r"(?<![\u0621-\u064a])[وف]?"
    + threat_ar()
    # (no further than the window ``_threatened`` reads, _DENIED_REACH: a bound, so a long run is not read again from
    # every verb in it)
    + r"[^.؟!:]{0,160}?[،,]\s*ب"
    + _NOT_WAVED_AR
    + r"[\u0621-\u064a]{3,}(?:\s+[\u0621-\u064a]+){0,3}\s*$"
)
_THREAT_COMPLEMENT_AR = re.compile(
    _THREAT_VERB_AR + r"\s+(?:[^\s.؟!:]+\s+){0,4}?ب" + _NOT_WAVED_AR + r"[\u0621-\u064a]{3,}(?:\s+[^\s.؟!:،]+){0,6}?"
    r"(?:\s+و(?:ال)?[\u0621-\u064a]{3,}(?:\s+[^\s.؟!:،]+){0,3}?)?\s*$"
)
_THREAT_SUBJECT_BEFORE = re.compile(_THREAT_VERB_AR + r"\s+(?:[^\s.؟!:،]+\s+)?$")
_THREAT_SUBJECT_AFTER = re.compile(r"(?:\s+[^\s.؟!:،]+){0,2}?\s+ب" + _NOT_WAVED_AR + r"[\u0621-\u064a]{3,}")
_THREAT_HINTS = ("هدد", "لوح", "توعد")


def _threatened(text: str, start: int, trig_start: int, trig_end: int) -> bool:
    """Whether the Arabic event word at ``trig_start`` is what a verb of threat threatens or its subject."""
    window = text[max(start, trig_start - _DENIED_REACH) : trig_start]
    if not holds_any(window, _THREAT_HINTS) and not holds_any(_without_marks(window), _THREAT_HINTS):
        return False
    window = _without_marks(window)
    if _THREAT_COMPLEMENT_AR.search(window) or _THREAT_ASIDE_AR.search(window):
        return True
    return bool(
        _THREAT_SUBJECT_BEFORE.search(window)
        and _THREAT_SUBJECT_AFTER.match(_without_marks(text[trig_end : trig_end + 60]))
    )


# The end of a crowd told before: a definite crowd as the subject of an intransitive verb of leaving ("By evening the
# crowd had dispersed", "the protesters later dispersed peacefully", "تفرق المحتجون", "انفض المعتصمون"); the event is
# the protest already told, its end no event of its own (not "dispersed by police", "dispersed with tear gas": force).
_DISPERSED_AFTER = re.compile(
    r"\s+(?:had\s+|have\s+|has\s+)?(?:(?:largely|peacefully|quickly|later|then|eventually|gradually|finally|mostly)\s+)?"
    r"(?:dispersed|broke\s+up|melted\s+away|went\s+home|left\s+the\s+(?:area|square|street|site))\b"
    r"(?!\s+(?:by|with|after|when|as)\b|(?:\s+\S+){0,3}\s+(?:tear|water|police|security|forces)\b)",
    re.IGNORECASE,
)
_DEFINITE_CROWD_EN = re.compile(r"\b(?:the|these|those)\s+(?:\w+\s+)?$", re.IGNORECASE)
_DISPERSED_BEFORE_AR = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:تفرق|انفض|تفرقت|انفضت|تفرقوا|انفضوا)\s+$")


def _told_crowd_dispersed(text: str, start: int, trig_start: int, trig_end: int, stop: int) -> bool:
    """Whether a protest word names a crowd told before that then dispersed of itself (``_DISPERSED_AFTER``)."""
    if text.startswith("ال", trig_start) and _DISPERSED_BEFORE_AR.search(
        _without_marks(text[max(start, trig_start - 12) : trig_start])
    ):
        return True
    return bool(
        _DEFINITE_CROWD_EN.search(text, max(start, trig_start - 20), trig_start)
        and _DISPERSED_AFTER.match(text, trig_end, min(stop, trig_end + 80))
    )


# A gathering around someone or something, or to help the wounded: bystanders, no crowd's protest ("ادعى المرض وتجمع
# حوله المواطنون", "بعد تجمع المواطنين لإسعاف الجرحى", "people gathered around the wounded").
_BYSTANDERS_AFTER = re.compile(
    r"\s+(?:(?:ال)?[\u0621-\u064a]+\s+)?(?:حول(?:ه|ها|هم|هما)(?![\u0621-\u064a])|ل(?:إسعاف|اسعاف|مساعدة|نجدة|انتشال)"
    r"|(?:ال)?[\u0621-\u064a]+\s+ل(?:إسعاف|اسعاف|مساعدة|نجدة|انتشال))"
    r"|\s+around\s+(?:him|her|them|the\s+(?:wounded|injured|victims?|bodies|body|man|woman|car|bomber))\b",
    re.IGNORECASE,
)
# A person described by a relative clause in the pluperfect, the protest words inside it ("Mustafa al-Lami, a pharmacist
# who had helped run a medical tent in Tahrir Square during the protests, was shot"): what they had done, no event.
_PAST_ROLE = re.compile(
    r"\b(?:an?|one)\s+(?:[\w'’-]+\s+){0,3}?who\s+had\s+(?:[^\s,.;]+\s+){0,10}$", re.IGNORECASE
)  # (a crowd "who had blocked the street" did so that day: "graduates who had blocked ..." is an event)
# The aircraft a bombardment was made with, right after it: "قصف بطائرة مسيرة", "قصف جوي بطائرات", "قصف بالطيران"; or
# the aircraft as the subject of the verb: "قصفت طائرة مسيرة مخزناً", "قصف الطيران".
_BY_AIRCRAFT_AR = re.compile(r"\s+(?:جوي\S*\s+)?(?:ب(?:ال)?|ال)?(?:طائر|طيران|مسير)")
# Who did an event, named to say they are sought or blamed: "the perpetrators of Saturday's killing and Sunday's
# bombing", "the culprits behind the attacks", "ملاحقة منفذي الهجوم ومطلقي الصواريخ" (up to eight words on, a list
# of the events; beyond the six words and 40 characters the cues before a trigger reach).
_PERPETRATORS = re.compile(
    r"\b(?:perpetrators|culprits|killers)\s+(?:of|behind)\s+(?:[^\s.;:]+\s+){0,8}$"
    r"|(?<![\u0621-\u064a])[لبو]?(?:ال)?(?:منفذي|مرتكبي|مطلقي)\s+(?:[^\s.;:]+\s+){0,8}$",
    re.IGNORECASE,
)
_PERPETRATOR_HINTS = ("perpetrators", "culprits", "killers", "منفذي", "مرتكبي", "مطلقي")


def _perpetrated(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, the words before a trigger, names who did it (``_PERPETRATORS``)."""
    before = text[start:end]
    return holds_any(before.lower(), _PERPETRATOR_HINTS) and _PERPETRATORS.search(before) is not None


# The arrested named as the participants of an event told before ("اعتقال عدد من المشاركين فيه", "واعتقلت أربعة من
# المشاركين في النزاع", "arrested several people involved in the clash", "detained those who took part in it"): the
# arrest ends that event at its place and day, no event of its own (annotators fold it into the event).
_ARRESTED_PARTICIPANTS = re.compile(
    r"\s+(?:[^\s.;:،,]+\s+){0,3}?(?:ال)?(?:مشاركين|متورطين|مشتركين|ضالعين)\s+(?:فيه|فيها|فيهما|في\s+(?:ال|هذا|هذه)|بال)"
    r"|\s+(?:[^\s.;:,]+\s+){0,4}?(?:involved|(?:who\s+)?(?:took|taking)\s+part|participants)\s+in\s+"
    r"(?:it|them|the\s+(?:clash|clashes|fight|fighting|dispute|feud|attack|riot|brawl))\b",
    re.IGNORECASE,
)
_DENIED_HINTS = ("deni", "deny", "dismiss", "reject", "refut", "نف")
_DENIED_REACH = 160


# A claim or report that the sentence goes on to contradict: "Social media posts claimed on Tuesday that a rocket had
# hit the palace, but officials said there had been no attack", "reports that gunmen had kidnapped a journalist were
# false", "أنباء عن سقوط صاروخ ...، إلا أن مصدراً أمنياً نفى صحتها": the event words are the claim's, no event.
_CLAIMED_BEFORE = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|alleg(?:ed|es|ing)|reports?|reported|rumou?rs?|suggest(?:ed|s|ing)?)\s+"
    r"(?:[^\s.;]+\s+){0,4}?that\s+(?:[^\s.;,]+\s+){0,8}$"
    r"|\b(?:reports?|claims?|rumou?rs?)\s+of\s+(?:(?:an?|the)\s+)?(?:[^\s.;,]+\s+){0,3}$"
    r"|(?<![\u0621-\u064a])(?:ال)?(?:" + literal_alternation(NEWS_AR + RUMOUR_AR) + r")\s+(?:[^\s.;:]+\s+){0,3}?"
    r"(?:عن|بشأن|حول|بخصوص)\s+(?:[^\s.;:،]+\s+){0,3}$"
    # who claims it, then "أن": "زعمت حسابات مقربة من الفصائل، الثلاثاء، أن طائرة مسيرة استهدفت السفارة"
    r"|(?<![\u0621-\u064a])[وف]?(?:زعم|ادعى|ادعت|يزعم|تزعم|زعمت)\S*\s+(?:[^\s.;:]+\s+){0,8}?(?:أن|ان|بأن|بان)\s+"
    r"(?:[^\s.;:،]+\s+){0,3}$",
    re.IGNORECASE,
)
_CONTRADICTED_AFTER = re.compile(
    r"[^.;!?؟]{0,160}?(?:\b(?:were|was|are|is|(?:proved|turned\s+out)\s+to\s+be)\s+(?:\w+\s+)?(?:false|untrue|baseless"
    r"|unfounded|groundless|fabricated|incorrect|inaccurate|fake)\b"
    r"|\bbut\s+(?:[\w'’-]+\s+){0,5}?(?:said|say|says|insisted|stressed)\s+(?:that\s+)?(?:there\s+(?:had\s+been|has\s+been"
    r"|was|were)\s+no\b|no\s)"
    r"|\bbut\s+(?:[\w'’-]+\s+){0,5}?(?:denied|dismissed|refuted)\b"
    r"|(?:إلا\s+أن|الا\s+ان|إلا\s+ان|لكن|غير\s+أن|غير\s+ان|فيما|بينما|في\s+حين)\s+(?:[^\s.؟!]+\s+){0,4}?(?:نفى|نفت|نفوا|ينفي|تنفي|كذب\S*"
    r"|(?:أكد|اكد)\S*\s+عدم))",
    re.IGNORECASE,
)
_CLAIMED_HINTS = (
    "claim", "alleg", "report", "rumo", "suggest",
    "زعم", "ادع", "أنباء", "انباء", "أخبار", "اخبار", "معلومات", "تقارير", "شائعات", "إشاعات", "اشاعات", "مزاعم",
)  # fmt: skip


def _contradicted_claim(text: str, start: int, trig_start: int, trig_end: int, stop: int) -> bool:
    """Whether the event word at ``trig_start`` is told in a claim the rest of its sentence contradicts."""
    before = text[max(start, trig_start - _DENIED_REACH) : trig_start]
    if not holds_any(before.lower(), _CLAIMED_HINTS) or _CLAIMED_BEFORE.search(before) is None:
        return False
    return _CONTRADICTED_AFTER.match(text, trig_end, min(len(text), trig_end + 240)) is not None


# A modal or verb of intention governing a verb joined by "and" that the event words follow, beyond the six words the
# cues reach: "The committee said it would return on Tuesday and set up an open sit-in outside the ministry" (not a verb
# in the past after "and": "who said they would not leave gathered and marched").
_MODAL_JOINED = re.compile(
    r"\b(?:would|will|shall|(?:plan(?:s|ned)?|intend(?:s|ed)?|vow(?:s|ed)|threaten(?:s|ed)|promis(?:es|ed)|pledg(?:es|ed)"
    r"|decided|agreed)\s+to)\s+(?:[^\s.;:,]+\s+){1,6}?and\s+(?![a-z]+ed\b)(?:[^\s.;:,]+\s+){0,4}$",
    re.IGNORECASE,
)


def _denied_news(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, the words before a trigger, ends in news that a statement denies or that is told
    as unverified (``_UNVERIFIED``)."""
    before = text[start:end]
    low = before.lower()
    if holds_any(low, _UNVERIFIED_HINTS) and _UNVERIFIED.search(before) is not None:
        return True  # "circulate a claim that a second drone hit", "ما تم تداوله بشأن سقوط صواريخ": unverified news
    if not holds_any(low, _DENIED_HINTS):
        return False
    if _DENIED_NEWS.search(before) is not None:
        return True
    return _DENIED_THAT.search(before) is not None and _OBJECT_OF_PREPOSITION.search(before) is None


# What a crowd protests against, or a statement condemns, names an event told elsewhere (or long past), not one
# of this clause: "rallied to demand accountability for a wave of assassinations", "احتجاجاً على مقتل ... بغارة".
_VIOLENT = ("explosion", "battle", "civilians")
_CAUSE_CUES = CueHalves(
    r"\b(?:protest(?:s|ed|ing)?\s+(?:against|over|at)|rall(?:y|ies|ied)\s+against|in\s+(?:anger|outrage|protest)\s+"
    r"(?:at|over|against)|(?:demand(?:ing|ed|s)?\s+)?accountability\s+for|condemn\w*|denounc\w*|in\s+solidarity\s+with"
    r"|(?:angered|outraged|incensed|enraged)\s+by(?:\s+(?:the\s+)?(?:U\.S\.|U\.N\.|U\.K\.))?"
    # the news of an event as the time or cause of the clause's own: "after news of the hospital strike spread",
    # "بعد انتشار أنباء قصف المستشفى المعمداني في غزة" (named as heard, told elsewhere if at all)
    r"|(?:(?:after|following|amid|as)\s+(?:the\s+)?reports\s+of|\b(?:news|word)\s+of)"
    # what an act answers or is set against: "in retaliation for the rocket attack", "على خلفية القصف الصاروخي"
    r"|\bin\s+(?:response|retaliation|reprisal)\s+(?:to|for)\b"
    # what an inquiry looks into, like "بالتحقيق في": "An investigation into the drone attack on the home of ..."
    r"|\b(?:investigation|inquiry|enquiry|probe)\s+(?:in)?to\b)",
    r"(?<![\u0621-\u064a])[وف]?(?:لل|ل|ب)?(?:احتجاج\S*\s+على|تنديد\S*|استنكار\S*|مطالبة\s+بمحاسبة|رفض\S*\s+ل|"
    r"[إاأ]دان\S*|يدين|تدين|ندد\S*|يندد\S*|تندد\S*|استنكر\S*|شجب\S*|نصرة|تضامن\S*\s+مع"
    r"|(?:(?:بعد|عقب|إثر|اثر|مع)\s+|(?:انتشار|ورود|وصول|تداول)\s+)(?:أنباء|انباء|خبر|أخبار|اخبار|نبأ)(?:\s+عن)?"
    r"|على\s+خلفية|(?:ال)?رد[اًا]*\s+على|انتقاما\S*\s+(?:ل|من)"
    # an event remembered: its victims' families, its anniversary ("نظم ذوو ضحايا تفجير ساحة الطيران وقفة", "في الذكرى
    # الثالثة لاغتيال", "استذكاراً للتفجير"), named, not told
    r"|(?:ذوو|ذوي|عوائل|عائلات|أسر|اسر|أهالي|اهالي)\s+(?:ال)?(?:ضحايا|شهداء)|(?:ال)?ذكرى|استذكار\S*"
    # what an inquiry is demanded into: "طالبت الكتلة بالتحقيق في قصف السفارة" (named, not told)
    r"|(?:طالب|يطالب|تطالب|دعا|دعت|يدعو|تدعو|مطالب)\S*\s+(?:\S+\s+){0,3}?(?:ب|إلى\s+|الى\s+)?(?:ال)?تحقيق\S*\s+(?:في|ب))",
    r"(?:\s+[^\s.;:،]+){0,10}\s*$",
    re.IGNORECASE,
)
# What a statement condemns or a crowd demands released is named, not told: "The ministry condemned the storming of
# the embassy", "أدانت الخارجية اقتحام السفارة", "demanded the release of activists detained" (protests, riots and
# arrests; violent events have the wider _CAUSE_CUES).
_CONDEMN_CUES = CueHalves(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|decr(?:y|ied|ies)|release\s+of)",
    r"(?<![\u0621-\u064a])[وف]?(?:[إاأ]دان\S*|يدين|تدين|ندد\S*|يندد\S*|تندد\S*|استنكر\S*|شجب\S*|تنديد\S*|استنكار\S*|"
    r"(?:ب)?إطلاق\s+سراح|(?:ب)?اطلاق\s+سراح)",
    r"(?:\s+[^\s.;:،]+){0,6}\s*$",
    re.IGNORECASE,
)
# "two rockets ready for firing were found", "police seized ... rockets": weapons seized, not an attack (ACLED:
# disrupted weapons use).
_SEIZED_CUES = CueHalves(
    r"\b(?:found(?!\s+(?:that|out)\b)|seized|discovered(?!\s+that\b)|confiscated|defused|dismantled|recovered|foiled"
    r"|thwarted"
    # the present of headlines and timelines, agreeing with its subject: "Police find launcher", "Army seizes rockets"
    r"|(?:finds|seizes|discovers|confiscates|defuses|dismantles|recovers|foils|thwarts)"
    r"|(?:forces|police|troops|units|teams|officers)\s+(?:find|seize|discover|confiscate|defuse|dismantle|recover|foil"
    r"|thwart))\b",
    r"(?<![\u0621-\u064a])[وف]?(?:عثر\S*|ضبط\S*|تفكيك|فكك\S*|إبطال|ابطال|أبطل\S*|مصادرة|صادر\S*|[أا]حبط\S*|[إا]حباط)"
    r"(?![\u0621-\u064a])",
    r"(?:\s+[^\s.;:]+){0,6}\s*$",
    re.IGNORECASE,
)
_SEIZED_AFTER = re.compile(
    r"(?:\s+[^\s.;:,]+){0,4}?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:found|seized|discovered|confiscated|"
    r"defused|dismantled|recovered)\b(?!\s+to\b)"
    # munitions that were never fired ("وبداخلها صاروخان لم ينطلقا", "two rockets that had not been fired", "unfired"):
    # found on their launcher, no attack
    r"|\s+(?:that\s+)?(?:had|have|has)\s+not\s+been\s+(?:fired|launched)\b|\s+(?:still\s+)?(?:unfired|unlaunched)\b"
    # ("with a rocket still in its tube", "two more rockets still loaded": never fired)
    r"|\s+still\s+(?:loaded\b|(?:in|on|inside)\s+(?:its|their|the)\s+(?:tubes?|launchers?|rails?)\b)"
    # (an ordinal or adjective may stand between: "وبداخلها صاروخ ثالث لم ينطلق")
    r"|(?:\s+[\u0621-\u064a]+)?\s+لم\s+(?:[يت]نطلق|[يت]طلق|تُطلق|يُطلق)[\u0621-\u064a]*",
    re.IGNORECASE,
)
# A protest named and then said to be planned: "A mass rally is slated for Friday", "the march, scheduled for noon",
# "التظاهرة المقررة يوم الجمعة", "الاعتصام المزمع": no event yet.
_PLANNED_AFTER = re.compile(
    r"(?:\s+[^\s.;:,]+){0,3}?,?\s+(?:(?:is|are|was|were|had\s+been|has\s+been)\s+)?(?:slated|scheduled|planned|set)"
    r"\s+(?:for|to)\b"
    # with its aim between, the verb's auxiliary says it is the protest's: "a march on the Green Zone was planned for"
    r"|(?:\s+[^\s.;:,]+){4,6}?\s+(?:is|are|was|were|had\s+been|has\s+been)\s+(?:slated|scheduled|planned|set)\s+(?:for|to)\b"
    r"|\s+(?:ال)?(?:مقرر|مزمع|مرتقب|منتظر|متوقع)(?:ة|ين|ات)?(?![\u0621-\u064a])",
    re.IGNORECASE,
)
# An event noun followed by a future or modal verb is only expected: "arrests would follow", "a rally will be held",
# "the rally would be followed by a sit-in" (its subject: the rally is told elsewhere, if at all), with its place
# between ("a sit-in outside the ministry will follow"),
# "protests are going to resume", "الاعتقالات ستتبع", "التظاهرة سوف تنطلق" (no relative word between: "protesters who
# would not leave were beaten" tells an event).
_FUTURE_AFTER = re.compile(
    r"[^\s.;:,،]*(?:(?:\s+(?!who\b|which\b|that\b|whom\b)[^\s.;:,]+"
    # (or the noun's place or aim between: "a sit-in outside the Ministry of Education would follow")
    r"|\s+(?:in|at|outside|near|on|by|opposite|against|over|towards?)(?:\s+(?!who\b|which\b|that\b|whom\b|and\b)"
    r"[^\s.;:,]+){1,5}?)?"
    r"\s+(?:would|will|shall|(?:is|are)\s+(?:going\s+|expected\s+)?to)"
    r"\s+(?:soon\s+|also\s+|then\s+|later\s+)?(?:follow|be\s+(?:held|staged|organi[sz]ed|made|carried\s+out|followed|"
    r"joined|met|extended|repeated|renewed)|take\s+place|go\s+ahead|resume|begin|start|continue)\b"
    # (an adjective or two between in Arabic: "وقفة مماثلة ستنظم", "تظاهرة حاشدة ستنطلق")
    r"|(?:\s+(?!الذي|التي|الذين|اللذين|اللتين|و)[\u0621-\u064a]+){0,2}?"
    r"\s+(?:سوف\s+\S+|ست(?:تبع|عقب|نطلق|قام|نظم|ستأنف|ستانف|بدأ|تواصل|ستمر|جري|خرج)|سي(?:تبع|عقب|نطلق|قام|نظم|ستأنف|ستانف|بدأ|تواصل|ستمر|جري|خرج))"
    r"(?![\u0621-\u064a]))",
    re.IGNORECASE,
)
# An event word as the subject of a modal, a verb of intention or a negated event verb: "Hundreds of protesters will
# rally", "protesters plan to march", "Demonstrators threatened on Tuesday to storm", "Protesters are expected to
# gather", "Three rockets did not land", "the bomb had not exploded" (`words.IRREALIS_EN`, `words.NEGATION_EN`): no
# event. Up to two words between, no relative word or punctuation ("protesters who will not leave were beaten" is an
# event); a negation denies only an event verb ("The rockets did not cause casualties" keeps them).
_UNREAL_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[A-Za-z][\w'’-]*)?"  # a compound subject: "the rocket and drone attacks"
    r"(?:\s+(?!who\b|which\b|that\b|whom\b|and\b|or\b|but\b|as\b)[A-Za-z][\w'’-]*){0,2}?\s+(?:also\s+)?"
    rf"(?:{alternation(IRREALIS_EN)}|{alternation(NEGATION_EN)}\s+(?:yet\s+|been\s+)?{alternation(EVENT_BASE_EN)})\b",
    re.IGNORECASE,
)
# A protest noun with no determiner, subject of a present copula with a noun or a negation after it ("peaceful protest
# is a guaranteed right", "Demonstrations are not a crime", "sit-ins are the only way"): protest in general, no event.
# A determiner or possessive right before the noun or one word before it makes it a given protest ("The protest is
# the largest since October", "Friday's rally is a warning"), and "was", "are continuing" tell one.
_GENERIC_NOUN = re.compile(
    r"(?:protests?|demonstrations?|sit-?ins?|rally|rallies|marches|vigils?)\s+(?:is|are)\s+(?:not\s+|never\s+)?"
    r"(?:an?|the|no|only|always|our|every|one)\b",
    re.IGNORECASE,
)
_GENERIC_HINTS = (" is ", " are ")
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|say|stressed|insisted|argued|warned|added|noted|stated|declared|told\s+\w+|believes?|believed)\b"
    r"(?:\s+[\w'’-]+){0,8}\s*$",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|one|another|each|every|first|second|last|next)"
    r"|['’]s|['’])\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _generic_noun(text: str, start: int, end: int, stop: int) -> bool:
    """Whether the protest words ``text[start:end]`` name protest in general, not one protest (``trigger``)."""
    after = text[start : min(stop, end + 30)]
    if not holds_any(after, _GENERIC_HINTS) or not _GENERIC_NOUN.match(text, start, min(stop, end + 30)):
        return False
    found = _DETERMINER_BEFORE.search(text[max(0, start - 30) : start])
    if found is None:
        return True
    # "said on Thursday that peaceful protest is a right", "insisted that sit-ins are": "that" after a verb of saying,
    # with a word between it and the noun or before a plural (no demonstrative), opens the clause said
    words = found.group(0).lower().split()
    plural = text[start:end].lower().endswith(("s", "ies"))
    return (
        words[0] == "that"
        and (len(words) > 1 or plural)
        and bool(_SAID_BEFORE.search(text[max(0, start - 30 - 80) : max(0, start - 30) + found.start()]))
    )


# A rocket or drone brought down before it struck (C-RAM, air defences): a disrupted attack, unless the clause
# says one of them landed or hit ("two were shot down, the third hit the residence"). The Arabic "تصدت ل" with a
# munition as its object and where it was met in the air ("تصدت منظومة سي رام، فجر اليوم، لصاروخ فوق السفارة",
# "تتصدى لصاروخ فوق المنطقة", "التصدي لطائرة مسيرة في الجو", "تصدت لعدد منها في الجو"): an interception (the
# annotators of this project's corpus read it so, independently of each other); without the place in the air it
# is only engaged (the next sentence may tell the rocket landing); a clause telling a munition of the salvo
# landing keeps its attack. English "engaged" stays no interception ("had engaged" is told of fire that
# also struck).
_INTERCEPTED = first_char_guard(re.compile(
    r"\bintercept(?:ed|s|ing|ion)?\b|\bshot\s+(?:(?:it|them)\s+)?down\b"
    r"|\b(?:downed|brought\s+(?:(?:it|them)\s+)?down|bring(?:s|ing)?\s+(?:(?:it|them)\s+)?down"
    r"|knocked\s+(?:(?:it|them)\s+)?down|taken\s+down)\b"
    r"|\bneutrali[sz](?:e|es|ed|ing)\b"
    r"|\bdestroyed\s+(?:\w+\s+)?in\s+(?:mid-?)?(?:air|flight)\b"
    # English "engaged" with where the munitions were met in the air, like the Arabic "تصدت ل ... فوق" below: "the C-RAM
    # engaged several of them over the Tigris River", "engaged two drones in mid-air"; not "engaged in talks over",
    # "engaged protesters", nor "engaged" alone ("had engaged" is told of fire that also struck)
    r"|\bengag(?:ed|es|ing)\b(?!\s+(?:in|with|protesters|demonstrators|the\s+crowd)\b)"
    r"(?=(?:\s+[^\s.,;]+){1,5}?\s+(?:over|above|in\s+(?:the\s+)?(?:air|mid-?air|sky))\b)"
    r"|(?<![\u0621-\u064a])[وفب]?(?:اعترض\S*|[يت]عترض\S*|اعتراض\S*|[أاإ]ُ?سقط(?:ت|وا|تا|ا|نا)?(?:ه|ها|هما|هم)?"
    # the object suffix after a plural subject's "وا" drops its alif: "أسقطوها", "أسقطوهما" ("وأسقطتهما فوق نهر دجلة":
    # shot them down)
    r"|[أاإ]ُ?سقطو(?:ه|ها|هما|هم)|[أاإ]سقاط\S*)"
    r"(?![\u0621-\u064a])"
    # "تصدت"/"تصدى"/"تتصدى"/"يتصدى"/"التصدي" and, up to eight words on (a time told between commas), "ل" with a
    # munition or the salvo's remainder as its object; not "تصدت القوات للمحتجين" (people), nor "تصدر" (issues)
    r"|(?<![\u0621-\u064a])[وف]?(?:تصد(?:ت|ى|تا|وا)|[يت]تصدى|التصدي)(?![\u0621-\u064a])"
    r"(?:[\s،]+[^\s.،]+){0,8}?[\s،]+"
    r"(?:لل?(?:صاروخ|صواريخ|طائر|مسير|قذيف|قذائف|قنبل|هجوم)\S*|"
    + _SALVO_PART_AR
    + r"|ل(?:ها|هما|هم|ه)(?![\u0621-\u064a]))"
    # ... met in the air: "فوق" (over) or "في الجو"/"جواً" within six words (without it the defence may have
    # missed: "تصدت لصاروخ أطلق باتجاه المنطقة الخضراء. وأضاف أن الصاروخ سقط قرب ساحة الاحتفالات")
    r"(?=(?:\s+\S+){0,6}?\s+(?:فوق|في\s+الجو|جوا|جواً)(?![\u0621-\u064a]))",
    re.IGNORECASE,
))  # fmt: skip
_IMPACT = first_char_guard(re.compile(
    r"(?<!before\s)(?<!could\s)(?<!to\s)(?<!debris\s)(?<!fragments\s)(?<!shrapnel\s)(?<!remnants\s)(?<!wreckage\s)"
    r"\b(?:hit|hits|struck|slammed|landed|fell|crashed|exploded|impacted|lands|falls|strikes|crashes|explodes|slams)\b"
    r"|\b(?:came|comes|coming)\s+down\b"
    r"|(?<![\u0621-\u064a])[وف]?(?:سقط(?:ت|تا|ا)?|سقوط\S*|أصاب(?:ت)?|اصاب(?:ت)?|انفجر\S*)(?![\u0621-\u064a])"
    # the debris of what was brought down falling ("سقطت شظايا الصاروخ") is no impact
    r"(?!\s+(?:ال)?(?:حطام|شظايا|بقايا|أجزاء|اجزاء)(?:ه|ها|هما|هم)?(?![\u0621-\u064a]))",
    re.IGNORECASE,
))  # fmt: skip
# "an assassination attempt", "محاولة اغتيال" beside the weapon that carried it out: typed by the weapon.
_ATTEMPT = re.compile(r"(?:\b(?:failed|attempted|foiled)\s+|(?<![\u0621-\u064a])[لوب]?محاولة\s+)$", re.IGNORECASE)
_ATTEMPT_AFTER = re.compile(r"\s+attempt\b", re.IGNORECASE)
_WEAPON = re.compile(
    r"\b(?:drones?|rockets?|missiles?|mortars?|bombs?|IEDs?|explosives?|grenades?)\b"
    r"|مسير\S*|صاروخ\S*|صواريخ|قذيف\S*|قذائف|عبو\S*|ناسف\S*|مفخخ\S*",
    re.IGNORECASE,
)
_WEAPON_REACH = 200
# Who clashed with the security forces: a crowd of unarmed people (a riot, ACLED) or an armed group (a battle).
# "Supporters" of a leader or a faction may be armed: they are no sign either way.
_CROWD_PARTY = first_char_guard(re.compile(
    r"\b(?:workers|students|graduates|residents|demonstrators|protesters|mourners|worshippers|teachers|"
    r"farmers|contractors|employees|unemployed|crowds?)\b"
    r"|(?:ال)?(?:متظاهر|محتج|عمال|طلاب|طلبة|خريج|أهالي|اهالي|معتصم|معلم)\S*",
    re.IGNORECASE,
))  # fmt: skip
_ARMED_PARTY = re.compile(
    r"\b(?:gunmen|militants?|fighters|militia\w*|armed|factions?|brigades|insurgents|ISIS|Daesh)\b"
    r"|مسلح\S*|فصائل|فصيل|داعش|سرايا|كتائب",
    re.IGNORECASE,
)
# It fell but did not go off: no impact.
_DUD = first_char_guard(re.compile(
    r"\bwithout\s+explod\w*|\b(?:failed\s+to|did\s+not|didn't)\s+(?:explode|detonate|go\s+off)\b"
    r"|(?:دون\s+أن|من\s+دون\s+أن|لم)\s+تنفجر|دون\s+انفجار",
    re.IGNORECASE,
))  # fmt: skip
# Force used on a crowd. "Dispersed" counts when someone dispersed the crowd ("police dispersed them", "were
# dispersed"), not when the crowd dispersed of itself ("the crowd dispersed in the afternoon").
_INTERVENTION = re.compile(
    r"\btear[\s-]*gas(?:sed|sing)?\b|\bwater\s+cannons?\b|\bdispers(?:e|ed|ing)\s+(?:the|them|a|crowds?|protesters|demonstrators|"
    r"hundreds|thousands|dozens)\b|\b(?:were|was|been|being)\s+dispersed\b|\bto\s+disperse\b|\bdispersal\b"
    r"|\b(?:rubber|rubber-coated|plastic)\s+bullets\b|\bflash-?bangs?\b|\bconcussion\s+grenades?\b|\bfired\s+(?:\w+\s+)?(?:in)?to\s+the\s+air\b"
    r"|\bwarning\s+shots\b|\bsuffocation\b|\bbreathing\s+(?:problems|difficulties)\b|\b(?:stun|sound|smoke)\s+"
    r"(?:grenades?|bombs?)\b|\bbatons?\b|\bpepper[\s-]+(?:spray|gas|balls?)\b|\bstun\s+guns?\b|\btasers?\b"
    r"|\btruncheons?\b|\bbeat(?:en|ing)?\b|\bhot\s+water\b"
    r"|\bpushed\s+(?:\w+\s+){0,3}back\b|\bdrove\s+(?:\w+\s+){0,3}(?:back|off|away)\b|\bdrive\s+(?:\w+\s+){0,3}off\b"
    r"|\bclear(?:ed)?\s+(?:the\s+)?(?:protesters|demonstrators|crowds?|square|bridge|camp|tents)\b"
    # the forces charging or chasing the crowd, clearing, storming or burning its camp ("riot police charged the
    # protesters", "chased them into side streets", "cleared the sit-in", "stormed the protest camp")
    r"|\b(?:charg|chas)(?:ed|ing)\s+(?:at\s+)?(?:the\s+)?(?:protesters|demonstrators|crowds?|them|marchers)\b"
    r"|\b(?:clear(?:ed|ing)?|storm(?:ed|ing)|raz(?:ed|ing)|dismantl(?:ed|ing)|burn(?:ed|t|ing)|torch(?:ed|ing)|"
    r"(?:tore|pulled)\s+down)\s+(?:the\s+)?(?:protesters['’]?\s+|demonstrators['’]?\s+|protest\s+|sit-in\s+)?"
    r"(?:sit-in|encampment|tents|camp)\b"
    r"|\bprevented\s+(?:them|the\s+protesters|the\s+demonstrators)\b|\bblocked\s+(?:them|the\s+protesters"
    r"|the\s+demonstrators|their)\b|\barrest(?!ees)\w*|\bdetain(?!ees)\w*|\bcordon\w*|\bconcrete\s+barriers?\b.{0,40}\bpreventing\b"
    r"|(?:ال)?(?:غاز|قنابل|قنبلة)\s+(?:ال)?مسيل(?:ة)?\s+للدموع|الغاز|(?:ال)?قنابل\s+(?:ال)?صوتية|(?:ال)?مياه\s+(?:ال)?ساخنة"
    r"|خراطيم\s+(?:ال)?مياه|(?:ال)?قنابل\s+(?:ال)?(?:دخانية|صوت)|(?:ال)?رذاذ\s+(?:ال)?فلفل|(?:ب|بال|ال)?عصي(?![\u0621-\u064a])|تفريق|فرقت|الرصاص\s+المطاطي|اختناق|بالهراوات|الهراوات|بالضرب|اعتد(?:ت|ى|وا|اء)\S*|اعتقال|"
    r"اعتقل\S*|صد(?:ت|وا)?(?![\u0621-\u064a])"
    # a sit-in or crowd broken up ("فضت قوات مكافحة الشغب بالقوة اعتصاماً", "لفض التظاهرة"), its tents removed or
    # burned by the forces ("أزالت الخيام", "أحرقت خيام المعتصمين"), its square stormed by them ("اقتحمت القوات الأمنية
    # ساحة الاعتصام")
    r"|(?<![\u0621-\u064a])[وفلب]?(?:ال)?(?:فض|فضت|يفض|تفض)(?![\u0621-\u064a])(?=\s+(?:\S+\s+){0,4}?(?:ال)?"
    r"(?:اعتصام|تظاهر|تجمع|احتجاج|متظاهر|محتج|معتصم|حشود)[\u0621-\u064a]*)"
    r"|(?:أزال|ازال|رفع|أحرق|احرق|هدم|اقتلع|قلع)ت\s+(?:\S+\s+){0,3}?(?:ال)?خي(?:ام|م)(?![\u0621-\u064a])"
    r"|(?:اقتحم|داهم|هاجم)ت\s+(?:ال)?(?:قوات|قوة|شرطة|عناصر)(?![\u0621-\u064a])"
    # preventing the crowd, not an abstract harm: "منعت المتظاهرين من العبور", "منعهم", "لمنع المحتجين من الاقتراب",
    # "منع ... من الوصول"; not "انتشرت القوات لمنع أي احتكاك" (a deployment against friction, no force on anyone)
    r"|منع(?:هم|تهم|وهم)(?![\u0621-\u064a])"
    # (not the crowd's own plural, "ومنعوا النواب من الدخول": the crowd kept others out)
    r"|منع(?!وا|ون)\S*(?=\s+(?:\S+\s+){0,2}?(?:ال)?(?:متظاهر|محتج|معتصم|مشارك|حشود|جموع|مئات|آلاف|عشرات)"
    r"|\s+(?:\S+\s+){0,3}?من\s+(?:ال)?(?:وصول|دخول|عبور|اقتراب|تقدم|تجمع|اقتحام|مواصلة))",
    re.IGNORECASE,
)
# Protesters shot or killed by the forces, in the passive: excessive force, even beside an attack word ("shot dead").
_SHOT_BY_FORCES = (
    r"\b(?:protesters|demonstrators)\s+(?:were|was|had\s+been|have\s+been)\s+(?:shot|gunned\s+down|killed)\b"
    r"(?:\s+dead)?\s+by\s+(?:the\s+)?(?:security|police|riot|army|troops|soldiers|snipers)"
)
_SHOT_BY_FORCES_RE = re.compile(_SHOT_BY_FORCES, re.IGNORECASE)
_EXCESSIVE = re.compile(
    r"\blive\s+(?:ammunition|fire|rounds|bullets)\b|\bsnipers?\b|\bopened\s+fire\s+on\s+(?:the\s+)?(?:protesters|"
    r"demonstrators|crowds?)\b|\bopened\s+fire\s+on\s+(?:the|an?)\s+(?:protest\s+)?(?:march|rally|sit-in|procession)\b|\bshot\s+(?:dead\s+)?(?:\w+\s+)?(?:protesters|demonstrators)\b"
    # the passive with the forces as agent: "Two peaceful protesters were shot dead by security forces"
    rf"|{_SHOT_BY_FORCES}"
    r"|\b(?:fired|firing|shooting|shot)\s+(?:at|into|on)\s+(?:the\s+)?(?:unarmed|peaceful)\s+"
    r"(?:protesters|demonstrators|crowds?)\b|\bmilitary-grade\s+tear\s+gas"
    r"|\btear\s+gas\s+canisters?\s+(?:directly|at\s+head)|\b(?:struck|hit)\s+in\s+the\s+(?:head|face|chest)\s+by\s+"
    r"(?:tear\s+gas\s+)?(?:canisters?|grenades?)|\bcanisters?\s+(?:\w+\s+){0,4}(?:heads?|faces?)\b"
    r"|الرصاص\s+الحي|بالرصاص\s+الحي|قناص\S*"
    r"|(?:أطلق|اطلق|فتح)\S*\s+(?:\S+\s+){0,3}?النار\s+(?:على|باتجاه|صوب)\s+(?:ال)?(?:متظاهر|محتج|معتصم)\S*|(?:قنابل|قنبلة|عبوات|عبوة)\s+(?:\S+\s+){0,4}(?:في|ب)\s*(?:ال)?(?:رأس|رؤوس)",
    re.IGNORECASE,
)
# Count words: digits, number words and ACLED's vague counts (one grammar, :mod:`~.numbers`).
_NUM = rf"(?<![\w'’-]){NUMBER}(?![\w'’-])"
# An Arabic hedge before a count: "أكثر من", "نحو", "قرابة", "زهاء", "حوالي", "ما يقارب", "ما لا يقل عن", "ما يزيد على",
# "ما يربو على" (the stated number counts: "at least 23" = 23).
_AR_ABOUT = (
    r"(?:(?:أكثر|اكثر|أزيد|ازيد)\s+من|نحو|قرابة|زهاء|حوالي|حوالى|ما\s+يقارب|ما\s+لا\s+يقل\s+(?:عن|على)"
    r"|ما\s+يزيد\s+(?:عن|على)|ما\s+يربو\s+على|ما\s+يقرب\s+من|ما\s+(?:يناهز|يفوق)|(?:ب|في\s+)حدود)\s+"
)
# People a count can be of (singular and plural), after up to three other words ("seven members of the ...").
_PEOPLE = (
    r"bodyguards?|people|persons?|protesters?|demonstrators?|civilians?|soldiers?|members?|officers?|policem[ae]n|"
    r"policewom[ae]n|personnel|guards?|fighters?|militants?|gunm[ae]n|children|child|women|woman|men|man|girls?|"
    r"boys?|others?|contractors?|troops?|employees?|workers?|staff|security\s+forces|activists?|journalists?|"
    r"pilgrims?|visitors?|individuals?|passers-by|passer-by|passersby|passerby|bystanders?|drivers?|owners?|"
    r"citizens?|students?|teenagers?|residents?|commanders?|aides?|brothers?|sisters?|sons?|daughters?|fathers?|"
    r"mothers?|wife|wives|husbands?|worshippers?|shopkeepers?|medics?|paramedics?|photographers?|cameram[ae]n|"
    r"lawmakers?|officials?|rioters?|marchers?|passengers?|customers?|labou?rers?|farmers?|doctors?|nurses?|"
    r"teachers?|lecturers?|graduates?|pupils?|tourists?|diplomats?|engineers?|youths?|volunteers?|clerics?|judges?|"
    r"lawyers?|firefighters?|reporters?|correspondents?|vendors?|pedestrians?|motorists?|recruits?|Iraqis|"
    r"Americans?|foreigners?|mourners?|supporters?|followers?|leaders?|chiefs?|heads|deput(?:y|ies)|companions?|"
    r"colleagues?|cousins?|relatives?|friends?|neighbou?rs?|nephews?|uncles?"
)
# A second definite group joined to the first by "و" under one count: "عدد من المتظاهرين والمنتسبين المصابين" (one
# vague count of both; a verb never carries the article, so "وأصيب" is never taken).
_AR_AND_GROUP = r"(?:\s+وال[\u0621-\u064a]{2,})?"
# The definite genitive of a construct after a partitive: "ثلاثة من عناصر الأمن", "اثنان من منتسبي القوات الأمنية".
_AR_GENITIVE = r"(?:\s+ال[\u0621-\u064a]{2,}){0,2}"
# "seven members of Kadhimi's personal protection force": whose people, after the noun; a restrictive relative clause
# may follow before the verb ("six members of his protection detail who were posted at the gate were wounded", read by
# ``_ASIDE``).
_WHOSE = r"(?:\s+of\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?=\s+(?:were|was|have|had|are|got|who|that)\b))?"
_PERSONS = (
    rf"\s+(?:(?![0-9]|(?:and|or|while|but|as|when|that|which|who|whom|whose|said|says|saying)\b|و)[\w'’-]+\s+){{0,3}}?(?:(?:{_PEOPLE})\b{_WHOSE}|of\s+them\b"
    # (a partitive may name two definite groups joined by "و": "عدد من المتظاهرين والمنتسبين المصابين", one count)
    # (a partitive of someone's people: "six of Mr Al Kadhimi's guards", "two of the minister's bodyguards")
    rf"|of\s+(?:(?:the|Mr\.?|Mrs\.?|Dr\.?)\s+)?(?:[A-Z][\w'’.-]*\s+){{0,3}}[\w.-]+['’]s\s+(?:[\w'’-]+\s+)?(?:{_PEOPLE})\b"
    rf"|of\s+(?:the|his|her|their|its)\s+\w+|من\s+[^\s.,،;:؛]+{_AR_GENITIVE}{_AR_AND_GROUP}|(?!و)[\u0621-\u065f\u0670]+{_AR_AND_GROUP})"
)
_WHO = rf"(?:{_PERSONS})?"
# The first count may stand alone ("killing two"); one joined to it names its people ("and three civilians").
_ITEM = rf"{_NUM}{_WHO}"
# (a part joined to the first may carry its own hedge: "إصابة ثلاثة منتسبين وأكثر من عشرين متظاهراً" 23, "three
# policemen and at least 20 protesters" 23)
_PART_HEDGE = rf"(?:و?{_AR_ABOUT}|{hedge_en()})"
_MORE = rf"{_PART_HEDGE}?{_NUM}{_PERSONS}"
# "the owner", "his aide": one person (after a casualty verb: "wounding the owner and a passer-by").
_ONE_PERSON = rf"(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+)?(?:{_PEOPLE})\b"
# One more person joined by "و" to a counted group, named by a singular noun or "one of": "أصيب ثلاثة صحفيين ومصور"
# (4), "إصابة خمسة متظاهرين وأحد المارة" (6).
_AR_JOINED_ONE = (
    r"و(?:(?:أحد|احد|إحدى|احدى)\s+[^\s،,.]+|(?:ال)?(?:مدني|متظاهر|محتج|معتصم|منتسب|شخص|طفل|طفلة|امرأة|فتاة|رجل|شاب|جندي"
    r"|شرطي|ضابط|عنصر|ناشط|مواطن|حارس|صحفي|موظف|عامل|طالب|سائق|مقاتل|مصور|مسعف|ممرض|ممرضة|طبيب|مراسل|عسكري|متطوع"
    r"|صبي|سيدة|مسن)(?:ا\u064b?|\u064bا)?(?![\u0621-\u064a]))"
)
# Arabic "و" is written on the next (counted) word; a comma before three digits is a thousands separator ("2,300").
_JOIN = r"(?:\s*,(?![0-9]{3}(?![0-9]))\s*(?:and\s+)?|\s+and\s+|\s+(?=و[^\sو]))"
# What the first person counted may carry before another counted one is joined to it: a genitive or an origin ("a
# senior commander of the Iran-aligned Kataib Hezbollah group and two of his guards", 3) or a relative clause between
# commas ("the driver, who works for the Ministry of Oil, and a passer-by", 2). Taken only when a counted part is
# joined right after it (the lookahead in ``_FIRST``), so "killed a commander of the group and wounded two" keeps 1.
_POSTMOD = (
    # (a noun of the head may come first: "a deputy leader of the Sadr Brigades")
    r"(?:(?:\s+(?!(?:and|or|of|from)\b)[\w'’-]+)?\s+(?:of|from)\s+"
    r"(?:(?!(?:and|or|who|which|while|but|as|said)\b)[\w'’.-]+\s+){0,5}?(?!(?:and|or)\b)[\w'’.-]+"
    r"|\s*,\s*(?:who|whose)\s+[^,.;:\n]{1,80}?\s*,"
    # the person's name in apposition: "killing the commander, Abu Baqir al-Saadi, and two of his companions" (3)
    r"|\s*,\s*(?-i:(?:(?:[A-Z]|al-|el-)[\w'’.-]*\s+){0,4}(?:[A-Z]|al-|el-)[\w'’.-]*)\s*,)"
)
# The first part of a counted subject: a count or one person named, or a pronoun with a person joined ("wounding him
# and his brother", 2), with what the first may carry (``_POSTMOD``) when another counted part follows.
_FIRST = (
    rf"(?:{_ITEM}|{_ONE_PERSON}|(?:him|her)(?={_JOIN}(?:{_ONE_PERSON}|{_NUM}{_PERSONS})"
    # the pronoun alone, ending its clause ("opened fire on the owner ..., killing him instantly, a police source said")
    rf"|(?:\s+(?:instantly|immediately|outright|on\s+the\s+spot|at\s+the\s+scene))?\s*(?:[,.;]|$)))"
    rf"(?:{_POSTMOD}(?={_JOIN}(?:{_NUM}{_PERSONS}|{_ONE_PERSON})))?"
)
# At most this many more parts joined to a counted subject; the list is matched once, never re-tried part by part
# (linear time whatever the text).
_MAX_PARTS = 5
# An aside between the count and its verb: "125 people - including police - were", "two men, both guards, were",
# or a restrictive relative clause with no comma, up to the main verb's auxiliary ("a girl and a woman who were
# handing out water to the crowd were injured", "three guards who had been on duty at the gate were wounded").
# Who the counted are, in apposition between commas right before the verb: "Two people, a man and his son, were
# killed" (2, not a list of four).
_APPOSED = r"(?:an?|the|his|her|their)\s+[^,.;:\n]{1,60}?,(?=\s+(?:were|was|had|have)\s)"
_ASIDE_BODY = (
    r"\s*[-–—(]\s*[^-–—().;\n]{1,80}?\s*[-–—)]"
    r"|\s*,\s*(?:who|including|among|mostly|most|all|both|many|some|mainly|one\s+of)\b[^,.;\n]{1,80}?,"
    # who they are, in apposition: "Two people, a man and his son, were killed"
    rf"|\s*,\s*{_APPOSED}"
    # a subset between commas: "seven people, three of them policemen, received treatment"
    rf"|\s*,\s*{_NUM}\s+of\s+(?:them|whom)\b[^,.;\n]{{0,40}}?,"
    r"|\s+(?:who|that)\s+[^,.;:\n]{1,60}?(?=\s+(?:were|was)\s)"
    # an Arabic modifier of the counted people before their verb, a definite participle or a relative clause, up to
    # four words: "ستة من عناصر الحماية المكلفين بتأمين المنزل أصيبوا", "ثلاثة من المحتجين الذين اقتحموا المبنى قتلوا"
    # (no word of it opens with "و", which joins another count: "ستة من عناصر حماية الوزارة وثلاثة محتجين أصيبوا")
    r"|\s+(?:الذين|اللذين|اللتين|اللواتي|اللاتي|ال[\u0621-\u064a]+)(?:\s+(?!و)[^\s.,،;:؛\"«»0-9]+){0,3}?"
    r"(?=\s+(?:أصيبوا|اصيبوا|أصيبا|اصيبا|جرحوا|قتلوا|قتلا|لقوا|توفوا)(?![\u0621-\u064a]))"
)
_ASIDE = rf"(?:{_ASIDE_BODY})?"
# Some of those counted, between commas before the verb ("seven people, three of them policemen, were hurt"): an aside,
# no part of a list.
_SOME_OF_THEM = rf"{_NUM}\s+of\s+(?:them|whom)\b[^,.;\n]{{0,40}}?,"
# One person, named in the singular.
_ONE_NOUN = (
    r"person|protester|demonstrator|civilian|soldier|member|officer|policeman|policewoman|guard|bodyguard|fighter|"
    r"militant|gunman|child|woman|man|girl|boy|contractor|employee|worker|activist|journalist|pilgrim|visitor|"
    r"passer-by|passerby|bystander|driver|owner|citizen|student|teenager|resident|commander|aide|brother|sister|son|"
    r"daughter|father|mother|wife|husband|worshipper|shopkeeper|medic|paramedic|photographer|cameraman|lawmaker|"
    r"official|teacher|lecturer|graduate|pupil|tourist|diplomat|engineer|youth|volunteer|cleric|judge|lawyer|"
    r"firefighter|reporter|vendor|pedestrian|motorist|nurse|doctor|mourner|supporter|"
    # kin and companions, and people named by their trade or standing ("His cousin, who was in the passenger seat, was
    # wounded"; "a prominent analyst was shot dead")
    r"cousin|nephew|niece|uncle|aunt|relative|friend|neighbou?r|companion|colleague|leader|chief|deputy|expert|"
    r"analyst|researcher|adviser|advisor|blogger|writer|academic|pharmacist|scholar|professor|businessman|merchant|"
    r"trader|sheikh|imam|governor|politician|candidate"
)
_KILLED = (
    r"(?:(?:pronounced|declared|confirmed)\s+dead|killed|dead|died|deaths?|fatalities|martyred|assassinated|murdered"
    r"|lost\s+(?:their|his|her)\s+li(?:ves|fe)|shot\s+dead|gunned\s+down"
    # killed by harm until death, passive: "Two people were crushed to death in the stampede", "trampled to death"
    r"|(?:crushed|trampled|beaten|stabbed|burned|burnt|hacked|kicked|shot)\s+to\s+death"
    # shot and then killed or dead: "Three protesters were shot and killed", "were shot and died in hospital"
    r"|(?:shot|stabbed)\s+and\s+(?:killed|died)"
    r"|(?:ال)?قتلى|قتيل|(?:ال)?شهداء|شهيد|مقتل|قتلوا|قتلا|لقوا\s+حتفهم"
    # people who died, plural or dual: "أربعة من الجرحى فارقوا الحياة", "توفوا متأثرين بجراحهم"
    r"|(?:فارقوا|فارقا|فارقتا)\s+الحياة|توفوا|توفيا|توفيتا|لقوا\s+مصرعهم|لقيا\s+(?:حتفهما|مصرعهما)"
    # deaths and bodies counted: "سجلت ٣ حالات وفاة", "٤ وفيات", "تسلم الطب العدلي ٣ جثث"
    r"|وفاة|وفيات|جثث"
    # bodies counted: "Police recovered four bodies from the site" (not "the bodies of", read as described dead)
    r"|bodies(?!\s+of\b))"
)
# Hurt, or treated for what hurt them ("treated for breathing problems", "نقلوا إلى المستشفى بحالات اختناق"); being
# treated for heat exhaustion is no injury.
_TREATED_FOR = (
    r"(?:breathing|suffocation|tear[\s-]gas|pepper\s+spray|gas\s+inhalation|injur\w*|wounds|bruises|fractures|burns"
    r"|(?:the\s+)?effects?\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:gas|spray|smoke))"
)
# Shot, not dead nor down (the passive of wounding by gunfire): "Two protesters were shot in the legs", "were shot and
# wounded", "was shot by a sniper" (not "were shot down", "shot dead", "shot at", "shot and killed").
_SHOT_HURT = (
    r"shot\s+and\s+(?:wounded|injured)|shot(?!\s+(?:down|dead|at|to\s+death|and\s+(?:killed|died))\b)"
    r"(?=\s+(?:in|by|with|during|while|near|on|outside|as|when|after)\b|\s*[.,;])"
)
_HURT = (
    rf"(?:wounded|injured|hurt|injuries|wounds|casualties|(?<=were\s)(?:{_SHOT_HURT})|"
    # (what hurt them may carry an adjective: "treated for minor injuries", "received treatment for light injuries")
    rf"(?:treated|hospitali[sz]ed|(?:received|receiving|got|given|needed|required|underwent)\s+(?:\w+\s+)?treatment)"
    rf"\s+(?:\w+\s+){{0,3}}?for\s+(?:(?:minor|light|slight|serious|severe|moderate)\s+)?"
    rf"(?:(?:shrapnel|gunshot|bullet|stab|head|shell|blast)\s+)?{_TREATED_FOR}"
    # "seven protesters and two policemen received treatment": treatment with no cause named is for what hurt them
    # (not for heat or a check-up, nor "for" a cause the branch above reads)
    r"|(?:received|receiving|needed|required|underwent)\s+(?:(?:medical|first[\s-]aid|emergency|hospital)\s+)?"
    r"treatment\b(?![^.;\n]{0,60}?\bfor\b)|"
    # "35 people were treated, most for tear gas inhalation": treated, the clause ending (or an aside after it), not for
    # heat ("were treated for heat exhaustion" is read by no branch)
    r"(?<=were\s)treated(?=\s*(?:[.;]|,\s+(?:most|mostly|many|some|all|several|largely)\b(?![^.;\n]{0,40}?\b(?:heat|"
    r"exhaustion|dehydration|sunstroke))|\s+(?:at|on)\s+the\s+(?:scene|spot)\b))|"
    r"(?:تلقوا|تلقيا|تلقى|تلقت)\s+(?:ال)?(?:علاج|إسعافات|اسعافات)\S*(?![^.\n]{0,40}?(?:(?<![\u0621-\u064a])(?:ال)?حر(?:ارة)?(?![\u0621-\u064a])|إجهاد|اجهاد|ضرب(?:ة|ات)\s+(?:ال)?شمس))"
    rf"|(?:suffered|sustained)\s+(?:\w+\s+)?"
    rf"{_TREATED_FOR}|"
    # "14 others were being treated in hospitals": treated, not for heat or for a check-up
    r"treated\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:\w+\s+)?hospitals?\b(?![^.;,]{0,20}\bfor\s+(?:heat|exhaustion|"
    r"observation|dehydration|sunstroke|check))|"
    rf"(?:taken|rushed|admitted|transferred|evacuated)\s+to\s+(?:a\s+|the\s+)?(?:\w+\s+)?hospitals?\s+with\s+"
    rf"(?:\w+\s+)?{_TREATED_FOR}|"
    # "six people were hospitalised with injuries", "hospitalized with burns"
    rf"hospitali[sz]ed\s+with\s+(?:\w+\s+)?{_TREATED_FOR}|"
    # hospitalised, no cause named: for what the event did to them ("Half a dozen demonstrators were hospitalised after
    # police beat them"), not for heat or a check-up
    r"(?<=were\s)hospitali[sz]ed\b(?![^.;,]{0,30}?\bfor\s+(?:heat|exhaustion|observation|dehydration|sunstroke|check)"
    r"|\s+(?:\w+\s+){0,3}?for\b)|"
    r"أصيبوا|اصيبوا|أصيبا|اصيبا|أصيب|اصيب|جرحوا|(?:ال)?مصابين|مصاب|(?:ال)?جرحى|جريح|إصابة|اصابة|إصابات|اصابات|بجروح|"
    # choking cases counted ("٤٧ حالة اختناق"): hurt by the gas, like "treated for suffocation"
    r"(?<=حالة\s)(?:ال)?اختناق|(?<=حالات\s)(?:ال)?اختناق|للاختناق|بالاختناق|"
    # the English of the same: "a number of suffocation cases", "12 cases of choking"
    r"(?:suffocation|choking|asphyxiation)\s+cases\b"
    r"|cases\s+of\s+(?:(?:tear[\s-]gas\s+)?(?:suffocation|choking|asphyxiation|inhalation)|tear[\s-]gas)|"
    r"نقلوا\s+(?:إلى|الى)\s+(?:ال)?مستشف\S*(?=[^.\n]{0,60}?(?:اختناق|جروح|كدمات|إصابات)))"
)
_GAP_BREAK = re.compile(r"[.،,;:]|بينهم|منهم|بينها")
# A clause of its own about another one of the event's kind: "while the one near the park caused no casualties",
# "فيما تسبب الثاني بإصابة امرأة".
# Any ordinal names another one ("فيما سقط رابع على منزل", "and a fourth hit a house"), and so does "one" with a
# relative clause of its own ("and one that fell short killed a girl": that one, not the salvo's first part).
_OF_ANOTHER = re.compile(
    r"(?:\b(?:while|whereas|and|but)\s+(?:(?:the|a)\s+(?:other|second|third|fourth|fifth|sixth|last)|the\s+one\b|another"
    r"|one\s+(?:that|which)\b)"
    r"|(?:فيما|بينما|في\s+حين|و)\s*(?:\S+\s+){0,2}?(?:ال)?(?:ثاني|ثانية|ثالث|ثالثة|رابع|رابعة|خامس|خامسة|سادس|سادسة"
    r"|آخر|أخرى|اخرى)(?![\u0621-\u064a]))"
    # (up to the count, or to a comma before it that opens the count's own participle or result clause: "..., killing
    # two", "...، ما أدى إلى إصابة امرأة")
    r"[^.;،,]{0,70}(?:[،,]\s*(?:(?:ما|مما)\s+[^.;،,]{0,25})?)?$",
    re.IGNORECASE,
)
_OF_ANOTHER_WORDS = (
    "other", "second", "third", "fourth", "fifth", "sixth", "last", "one", "another", "ثاني", "ثالث", "رابع", "خامس",
    "سادس", "آخر", "أخرى", "اخرى",
)  # fmt: skip
# "plus three members of the security forces": a count added to the one before ("إضافة إلى ثلاثة").
_PLUS = re.compile(
    r"(?:\b(?:plus|in\s+addition\s+to|as\s+well\s+as|besides)|(?:بالإضافة|إضافة|اضافة|فضلا|فضلاً)\s+(?:إلى|الى|عن))\s*$",
    re.IGNORECASE,
)
_AUX = (
    r"(?:who\s+)?(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|got|reportedly|also|being|left|all|both"
    r"|had|have|has|later|subsequently)\s+)*"
    r"(?:\w+ly\s+)?"
)
# How a toll is told: "the death toll rose to", "had risen to", "stood at", "the number of wounded reached", with an
# adverb of time between ("the number of wounded later rose to five").
_TOLL_VERB = (
    r"(?:(?:had|has|have)\s+)?(?:(?:since|now|also|later|subsequently|then|further)\s+)?"
    r"(?:(?:rose|risen|climbed|increased|jumped|reached|stood|stands|was|is)\s+)?"
)
# The verb and its preposition; "reached" takes the number as its object ("the number of wounded reached 30").
_TOLL_REACHED = rf"(?:{_TOLL_VERB}(?:to|of|at)|(?:(?:had|has|have)\s+)?(?:now\s+)?reached)"
# Whose toll it is, between "death toll" and its verb: "the death toll from the shooting had risen to four".
_TOLL_OF_EVENT = (
    r"(?:(?:from|of|in)\s+(?:the|this|that|[\w'’]+['’]s)\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?=(?:had|has|have|since|now|also|later|subsequently|then|further|rose|risen|climbed|increased|jumped|reached|stood|stands|was|is)\s))?"
)
# "عدد الشهداء بلغ خمسة", "عدد المصابين ارتفع إلى ٣٠": the number of the dead or wounded reached.
# "لترتفع حصيلة القتلى إلى ٢٣" (so that the toll rose to 23): the verb may carry "ل" and be in the present.
_AR_TOLL_VERB = r"(?:[ول]?(?:بلغ|بلغت|وصل|وصلت|ارتفع|ارتفعت|يبلغ|يرتفع|تبلغ|ترتفع|يصل|تصل))(?:\s+(?:إلى|الى))?"
# Before the noun the verb is optional (the count is found from "حصيلة" / "عدد" on): only the forms read there before.
_AR_TOLL_VERB_FIRST = r"(?:و?(?:بلغ|بلغت|وصل|وصلت|ارتفع|ارتفعت|يبلغ|يرتفع))(?:\s+(?:إلى|الى))?"
# Where the toll was counted, between its noun and "إلى" ("ارتفاع عدد المصابين في محيط الجسر المعلق إلى 23", "عدد
# الجرحى جراء القصف إلى خمسة"): a phrase of up to five words, read only when "إلى" follows it.
_AR_TOLL_WHERE = (
    r"(?:\s+(?:في|جراء|جرّاء|بسبب|من|خلال)\s+(?:[^\s.،,0-9\u0660-\u0669]+\s+){0,4}?[^\s.،,0-9\u0660-\u0669]+"
    r"(?=\s+(?:إلى|الى)\s))?"
    # when: "وارتفعت حصيلة القتلى لاحقاً إلى ثلاثة", "حصيلة الجرحى مساء اليوم إلى"
    r"(?:\s+(?:لاحق(?:اً|ا|ًا)?|في\s+وقت\s+لاحق|مساء(?:\s+اليوم)?|صباح(?:\s+اليوم)?|اليوم|أمس|امس|مجدداً|مجددا)"
    r"(?=\s+(?:إلى|الى)\s))?"
)
# Where the number was counted, between "the number of wounded" and its verb ("the number of injured at the bridge rose
# to 23", "the number of wounded in hospitals had risen to 40"): up to five words, read only when a toll's verb follows.
_EN_TOLL_WHERE = (
    r"(?:(?:at|near|in|on|around|outside|from)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?=(?:had|has|have|since|now|later|then|rose|risen|climbed|increased|jumped|reached|stood)\s))?"
)
# A verb of result before a verbal noun of harm: "resulted in the injury of", "led to the death of", "causing the
# wounding of" (wire English translated from Arabic "أسفر عن إصابة", "أدى إلى مقتل").
_RESULTED_IN = r"(?:resulted\s+in|resulting\s+in|results\s+in|led\s+to|leading\s+to|leads\s+to|caused|causing)\s+the\s+"
_COUNT_BEFORE = first_char_guard(re.compile(
    rf"(?P<subj>{_ITEM}(?:{_POSTMOD}(?={_JOIN}(?:{_NUM}{_PERSONS}|{_ONE_PERSON})))?"
    rf"(?>(?:{_JOIN}(?!{_SOME_OF_THEM}|{_APPOSED})(?:{_MORE}|{_ONE_PERSON}|{_AR_JOINED_ONE})){{0,{_MAX_PARTS}}}))(?:\s+more\b)?"
    rf"{_ASIDE}\s+{_AUX}"
    rf"(?:(?P<k>{_KILLED})|(?P<h>{_HURT}))(?![a-z])",
    re.IGNORECASE,
))  # fmt: skip
# After the verb: a hedge, then the counted subject.
_AFTER_TAIL = (
    rf"\s+(?:{hedge_en()}|another\s+|between\s+|up\s+to\s+|as\s+many\s+as\s+|"
    rf"{_AR_ABOUT}|(?:ما\s+)?بين\s+)?"
    # (the object of a verb or verbal noun never opens with "و": "٢٠ حالة إصابة وثلاث حالات وفاة" joins another count)
    rf"(?!و(?!احد))(?P<subj>{_FIRST}(?>(?:{_JOIN}(?:{_MORE}|{_ONE_PERSON}|{_AR_JOINED_ONE})){{0,{_MAX_PARTS}}}))"
)
_COUNT_AFTER = first_char_guard(re.compile(
    rf"(?:(?P<k>killing|killed|kills|shot\s+dead|gunned\s+down|fatally\s+(?:shot|stabbed|wounded|injured)|left|leaving"
    # the English of "أسفر عن مقتل": "which resulted in the death of two protesters", "led to the killing of"
    rf"|(?:{_RESULTED_IN}|(?<=\band\s)the\s+)(?:death|deaths|killing|martyrdom)\s+of"
    rf"|(?:claimed|claiming|took|taking|cost|costing)\s+the\s+lives\s+of|death\s+toll\s+{_TOLL_OF_EVENT}{_TOLL_REACHED}"
    rf"|(?:أودى|اودى|أودت|اودت|وأودى|واودى|وأودت|واودت)(?:\s+[^\s.،,0-9\u0660-\u0669]+){{0,2}}?\s+بحياة"
    # the lives taken, the subject between: "حصد انفجار سيارة مفخخة في سوق الكرادة أرواح خمسة أشخاص", "أزهق
    # الهجوم أرواح"
    rf"|(?<![\u0621-\u064a])[وف]?(?:حصد|حصدت|أزهق|ازهق|أزهقت|ازهقت)(?:\s+[^\s.،,0-9\u0660-\u0669]+){{0,8}}?\s+(?:أرواح|ارواح)"
    # "وراح ضحيته ثلاثة أشخاص", "ذهب ضحيتها" (who fell victim to it); "توفي ثلاثة أشخاص" (verb first)
    rf"|[وف]?(?:راح|ذهب)\s+ضحيت(?:ه|ها|هم|هما)|[وف]?(?:توفي|توفيت)"
    rf"|number\s+of\s+(?:the\s+)?(?:dead|deaths|killed|fatalities)\s+{_EN_TOLL_WHERE}{_TOLL_REACHED}|مقتل|ومقتل|مصرع|ومصرع|بمصرع|استشهاد|واستشهاد|"
    rf"سقوط|قتل|وقتل|[وف]?قضى(?!\s+(?:\S+\s+)?(?:أيام|ايام|ساعات|ساعة|أشهر|اشهر|سنوات|أعوام|اعوام|ليال\S*|يوم\S*|عام\S*|شهر\S*|وقت\S*|فترة|مدة))|استشهد|(?:{_AR_TOLL_VERB_FIRST}\s+)?(?:عدد|حصيلة)\s+(?:ال)?(?:قتلى|شهداء|وفيات){_AR_TOLL_WHERE}(?:\s+{_AR_TOLL_VERB}|\s+(?:إلى|الى))?)|"
    rf"(?P<h>number\s+of\s+(?:the\s+)?(?:wounded|injured|injuries)\s+{_EN_TOLL_WHERE}{_TOLL_REACHED}"
    # "which resulted in the injury of three of the demonstrators and two members of the security forces" (the English
    # of "أسفرت عن إصابة")
    rf"|(?:{_RESULTED_IN}|(?<=\band\s)the\s+)(?:injury|injuries|injuring|wounding)\s+of"
    rf"|(?:{_AR_TOLL_VERB_FIRST}\s+)?(?:عدد|حصيلة)\s+(?:ال)?(?:جرحى|مصابين|إصابات|اصابات){_AR_TOLL_WHERE}(?:\s+{_AR_TOLL_VERB}|\s+(?:إلى|الى))?|wounding|injuring|injured|wounded|hurting|injures"
    # the Arabic present of a headline with people counted after it ("انفجار في الكرادة يصيب سبعة مدنيين")
    rf"|[يت]صيب(?=\s+\S+\s+(?:من\s+)?(?:ال)?(?:مدنيين|أشخاص|اشخاص|متظاهرين|محتجين|جنود|عناصر|منتسبين|أطفال|اطفال|نساء"
    rf"|مواطنين|شرطيين|عسكريين|موظفين|طلاب|عمال)(?![\u0621-\u064a]))"
    # the present of a headline or a timeline ("Blast kills two, wounds five"), not the noun ("died of his wounds two
    # days later", "treated for wounds")
    rf"|(?:(?<=,\s)|(?<=\band\s))wounds(?!\s+\S+\s+(?:days?|hours?|weeks?|months?|years?|later|earlier)\b)|إصابة|اصابة|وإصابة|واصابة|جرح|وجرح|أصيبت|اصيبت|وأصيبت|واصيبت|أصيب|اصيب|وأصيب|واصيب))"
    rf"{_AFTER_TAIL}",
    re.IGNORECASE,
))  # fmt: skip
# Scanned only in a passage with "toll" or "وفاة" (``_COUNT_PATTERNS``): "raising the toll of the night's
# confrontations to four" (the toll, unqualified, is of the dead), "وفاة ثلاثة أشخاص" (the death of three; not "حالتي
# وفاة وأربعين إصابة", a noun of its own, then another count).
_TOLL_AFTER = first_char_guard(re.compile(
    rf"(?:(?P<k>(?:raising|raised|bringing|brought|pushing|pushed|taking|took)\s+(?:the|its|their)\s+(?:death\s+)?toll\s+"
    rf"(?:(?!of\s+(?:the\s+)?(?:injured|wounded|injuries))of\s+(?:[\w'’-]+\s+){{1,4}}?)?to"
    # "hospital sources put the toll at seven", "gave a death toll of four": the toll, unqualified, is of the dead
    rf"|(?:put|puts|putting|gave|gives|giving|set|sets|setting)\s+(?:the|a|its|their)\s+(?:death\s+)?toll\s+(?:at|of)"
    # (the "h" group never matches; it holds "toll" so that the pre-test words are proved from the pattern)
    rf"|(?<!حالة\s)(?<!حالتي\s)(?<!حالتا\s)(?<!حالات\s)(?:وفاة|ووفاة|بوفاة)(?=\s+(?!و)))|(?P<h>(?!)toll))"
    rf"{_AFTER_TAIL}",
    re.IGNORECASE,
))  # fmt: skip
# Those treated, the object of the verb, for what hurt them: "Medics treated 35 protesters for tear gas inhalation".
_TREATED_OBJECT = first_char_guard(re.compile(
    # (the "k" group never matches: every count pattern has one; it holds "treat" so that the pre-test word is proved)
    rf"\b(?:(?P<k>(?!)treat)|(?P<h>treated|treating))\s+(?:{hedge_en()})?(?P<subj>{_ITEM})\s+for\s+"
    rf"(?:(?:minor|light|slight|serious|severe|moderate)\s+)?{_TREATED_FOR}",
    re.IGNORECASE,
))  # fmt: skip
# A singular person with "was": one ("His brother, who sat next to him, was wounded"; "A passer-by was hurt").
_ONE_BEFORE = re.compile(
    rf"\b(?:a|an|his|her|their|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_ONE_NOUN})\b"
    # (the person's name in apposition: "The commander, Abu Baqir al-Saadi, was killed")
    rf"(?:{_ASIDE_BODY}|\s*,\s*(?:[A-Z][\w'’.-]*\s+){{0,4}}[A-Z][\w'’.-]*\s*,|(?:\s+[\w'’.-]+){{1,5}}?)?\s+(?:(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    rf"(?:(?P<k>killed|shot\s+dead|assassinated|murdered|(?:beaten|stabbed|burned|burnt|hacked|kicked)\s+to\s+death"
    rf"|lynched|(?:crushed|trampled|shot)\s+to\s+death|(?:shot|stabbed)\s+and\s+killed)"
    rf"|(?P<h>wounded|injured|hurt|{_SHOT_HURT}))|(?P<d>died|later\s+died|succumbed|lost\s+(?:his|her)\s+life))\b",
    re.IGNORECASE,
)
# Harm done until death, the victims between the verb and "to death": "A crowd beat a teenager to death" (1),
# "stabbed two guards to death" (2).
_TO_DEATH = first_char_guard(re.compile(
    # (the "h" group never matches: every count pattern has one)
    rf"\b(?:(?P<k>beat|beats|beating|stabbed|stabbing|burned|burnt|burning|hacked|kicked|crushed|trampled)|(?P<h>(?!)x))\s+"
    rf"(?P<subj>{_FIRST}(?>(?:{_JOIN}(?:{_MORE}|{_ONE_PERSON})){{0,{_MAX_PARTS}}}))\s+to\s+death\b",
    re.IGNORECASE,
))  # fmt: skip
# A person named by name, with an apposition between commas, "was" killed or wounded: one ("Hisham al-Hashimi, one of
# Iraq's best-known experts on armed groups, was shot dead outside his home"). The name's words are capitalised (or an
# Arabic particle of a name: "al-", "bin", "Abu"); the verb is the name's own, right after it or its apposition.
_NAMED_ONE = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*|el-[A-Z][\w'’-]*|bin|ibn|abu)){1,3}"
    r"(?:\s*,\s*[^,.;:\n]{1,120}?,)?\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:(?P<k>killed|shot\s+dead|assassinated|murdered|gunned\s+down)|(?P<h>wounded|injured))\b"
)
# A relative clause describing who speaks is a description, not a count (docs/extraction.md, "speaker"): the person
# is named as the speaker just before it ("said Mustafa Ali, a student who was wounded in the arm", "according to
# Huda, a nurse who was hurt") or is the subject of a verb of saying after it ("A protester who was wounded in the
# leg said police fired live rounds"). Not a clause that is the sentence's news ("a third protester, who was hit in
# the chest, died", "A student who was wounded in the arm died"), nor a reported clause ("said a guard was hurt").
_WHO_WAS = re.compile(
    r"\bwho\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|shot|hit)\b",
    re.IGNORECASE,
)
# (the verb of saying inverted after a quote or a comma: '"...," said X', not "Police said two protesters who ...")
_SPEAKER_BEFORE = re.compile(
    r"(?:[\"”’,]\s*(?:said|says|added|recalled|explained)|\baccording\s+to)\s+"
    r"(?:(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*,\s*)?$"
)
# (the person's own verb, after the relative clause's complement and no comma: "..., a medic said" has a subject of
# its own)
_SPEAKER_AFTER = re.compile(
    r"(?:\s+[^\s.,;:!?\"“”]+){0,6}?\s+(?:said|says|told|recalled|added|explained|described|recounted|insisted)\b",
    re.IGNORECASE,
)


def _speaker_described(text: str, match: re.Match[str]) -> bool:
    """Whether a singular person's "who was wounded" (``_ONE_BEFORE``) describes the speaker of the sentence."""
    if _WHO_WAS.search(text, match.start(), match.end()) is None:
        return False
    if _SPEAKER_BEFORE.search(text, max(0, match.start() - 70), match.start()):
        return True
    died = "d" in match.re.groupindex and match.group("d") is not None
    return not died and _SPEAKER_AFTER.match(text, match.end()) is not None


# One more: "Two guards were wounded and a third was hurt"; "another was killed"; the auxiliary left out before the
# end of the clause ("One person was killed and another injured", "another protester wounded by a canister"; not
# "another wounded man").
_ANOTHER = re.compile(
    r"\b(?:a\s+(?:second|third|fourth|fifth|sixth)|another)(?:\s+[\w'’-]+){0,2}?(?:\s*,[^,.;\n]{1,50},)?\s+"
    r"(?:(?:(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?|(?=(?:killed|wounded|injured|hurt)(?:\s*(?:[,.;:)]|$)"
    r"|\s+(?:in|by|at|when|as|after|during|and|while|near|on|from)\b)))(?:(?P<k>killed)|(?P<h>wounded|injured|hurt))"
    r"|(?:later\s+)?(?P<d>died|succumbed))\b",
    re.IGNORECASE,
)
# One more, Arabic: a casualty verb or verbal noun with an ordinal or "another" as its subject or genitive ("لقي شخصان
# مصرعهما وأصيب ثالث", "قتل شخص وأصيب آخر", "مقتل جندي وإصابة آخر", "وأصيب آخران" two); "آخرين" (others) counts no
# one, nor does an ordinal before a noun of its own ("أصيب ثالث المتظاهرين"), nor the definite "the other" told before
# ("أحد القتيلين أصيب بقنبلة غاز، فيما أصيب الآخر بطلق ناري": how the two dead were hit).
_AR_ANOTHER = re.compile(
    r"(?<![\u0621-\u064a])(?:(?P<k>[وف]?(?:قتل|قتلت|مقتل|استشهد|استشهدت|استشهاد|توفي|توفيت|وفاة|مصرع)|[وف]?لقي)"
    r"|(?P<h>[وف]?(?:أصيب|اصيب|أصيبت|اصيبت|إصابة|اصابة|جرح)))\s+"
    r"(?:(?P<two>آخران|اخران|أخريان|اخريان)|(?:ثالث|ثالثة|رابع|رابعة|خامس|خامسة|سادس|سادسة|آخر|اخر|أخرى|اخرى))"
    r"(?:اً|ا|ًا)?(?![\u0621-\u064a])(?!\s+(?:من\s+)?ال|\s+[\u0621-\u064a]+(?:ين|ات)(?![\u0621-\u064a]))"
    r"(?P<d>(?!))?"
)
_AR_ANOTHER_HINTS = ("ثالث", "رابع", "خامس", "سادس", "آخر", "اخر", "أخر")
# Arabic people counted by the noun's form after a casualty word: the dual ("مقتل متظاهرَين", "إصابة طفلين"),
# the singular ("استشهاد مدني"), with a number after it ("متظاهرَين اثنين", "متظاهر واحد"), and "و" joining
# more ("إصابة منتسب في شرطة المرور وأحد المارة").
_AR_SINGLE = PERSON_SINGULAR_AR
_AR_DUAL = (
    r"(?:[\u0621-\u064a]+\u064e(?:ين|ان)|(?:طفل|شخص|جريح|قتيل|رجل|شاب|جندي|شرطي|ضابط|عنصر|حارس|قيادي)(?:ين|ان)"
    # the nominative dual of nouns whose "ين" form is also the plural: "متظاهران" (two), not "متظاهرين" (protesters)
    r"|(?:متظاهر|محتج|معتصم|ناشط|مدني|مواطن|صحفي|موظف|عامل|طالب|منتسب|مسعف|سائق|مقاتل|مسلح|مقاول|متعهد"
    r"|مت[\u0621-\u064a]ا[\u0621-\u064a]{2})ان"
    # the feminine dual: "متظاهرتان", "طفلتين", "امرأتين", of every person noun ("وأصيبت محاضرتان بكدمات")
    r"|(?:امرأ|طفل|فتا|سيد|متظاهر|محتج|معتصم|ناشط|طالب|موظف|مدني|شاب|مواطن|صحفي|ممرض|مسعف|معلم|مدرس|عامل|شرطي"
    rf"|{_AR_SINGLE})"
    r"ت(?:ين|ان))"
)
# A relative joined to the one named, by a possessive: "إصابة رجل ستيني وحفيده" (2), "مقتل امرأة وابنتها"; the dual
# of the construct counts two ("مقتل رجل وطفليه": 3).
_AR_KIN = r"(?:صديق|شقيق|شقيقت|أخ|أخي|ابن|ابنت|زوج|زوجت|مرافق|والد|والدت|حفيد|حفيدت|نجل|جار|جارت|طفل|طفلت)(?:ه|ها)"
_AR_KIN_DUAL = r"(?:طفل|ابن|ابنت|شقيق|شقيقت|حفيد|حفيدت|نجل|مرافق)ي(?:ه|ها)"
# One person named with the article or a possessive: "أصيب صديقه" (his friend was hurt), "مقتل الناشط".
_AR_ONE = (
    rf"(?:ال)?{_AR_SINGLE}(?:ه|ها)?|(?:ال)?(?:صديق|شقيق|أخ|ابن|زوج|زوجة|مرافق|والد|والدة|حفيد|نجل)(?:ه|ها|ته|تها)?"
)
_AR_PERSON = rf"(?P<dual>{_AR_DUAL}|{_AR_KIN_DUAL})|{_AR_ONE}"  # "إصابة طفليها" (her two children) 2
# A few more people, counted by a number word ("واثنان من مرافقيه"), after up to six words that describe the first
# ("قتل قيادي بارز في «كتائب حزب الله» العراقية واثنان من مرافقيه": 3; no word of them opens with "و").
_AR_FEW = r"(?:اثنان|اثنين|اثنتان|اثنتين|ثلاثة|أربعة|اربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة)"
_AR_MORE = (
    rf"(?:\s+(?:(?:في|من)\s+)?[^\s،,.و][^\s،,.]*(?:\s+[^\s،,.و][^\s،,.]*){{0,5}})?\s+و(?:(?P<one>أحد|احد|إحدى|احدى)\s+[^\s،,.]+"
    rf"|(?P<dual2>{_AR_DUAL}|{_AR_KIN_DUAL}|(?:ال)?[\u0621-\u064a]{{3,}}(?:ين|ات)\s+(?:اثنين|اثنتين|اثنان|اثنتان))"
    rf"|{_AR_SINGLE}|{_AR_KIN}"
    # a number of others joined to the one named: "قتل قيادي في الفصيل واثنان من مرافقيه" (3)
    rf"|(?P<nmore>{_AR_FEW})(?=\s+(?:من|آخر)))(?![\u0621-\u064a])"
)
_AR_NOUN_AFTER = re.compile(
    r"(?<![\u0621-\u064a])(?:(?P<k>يقتل|تقتل|مقتل|ومقتل|بمقتل|مصرع|ومصرع|بمصرع|استشهد|واستشهد|استشهاد|واستشهاد|باستشهاد|سقوط|وسقوط|قتل|وقتل|قتلت|وقتلت|اغتيال|واغتيال|باغتيال"
    r"|توفي|وتوفي|توفيت|وتوفيت|وفاة|ووفاة|بوفاة)|"
    r"(?P<h>يصيب|تصيب|إصابة|اصابة|وإصابة|واصابة|بإصابة|باصابة|جرح|وجرح|أصيبت|اصيبت|وأصيبت|واصيبت|أصيب|اصيب|وأصيب|واصيب))"
    # (where or by what, a pronoun of the event: "وقتل فيه شاب", "أصيب خلالها طفل")
    r"(?:\s+(?:فيه|فيها|خلاله|خلالها|جراءه|جراءها|بسببه|بسببها|إثره|اثره|إثرها|اثرها))?"
    # (or the event named by a definite noun after a preposition: "وأصيب في الحادث عنصران من الشرطة", "قتل في الانفجار
    # شخصان", "أصيب جراء القصف مدني")
    r"(?:\s+(?:في|جراء|جرّاء|إثر|اثر|خلال|بسبب)\s+ال[\u0621-\u064a]{2,})?"
    # a plural-looking noun counted by "اثنين" after it: "مقتل مدنيين اثنين" (2)
    rf"\s+(?:{_AR_PERSON}|(?:ال)?[\u0621-\u064a]{{3,}}(?:ين|ات)(?=\s+(?:اثنين|اثنتين|اثنان|اثنتان)(?![\u0621-\u064a])))"
    rf"(?:ا\u064b?|\u064bا)?(?![\u0621-\u064a])(?:\s+(?P<n2>اثنين|اثنان|اثنتين|اثنتان|واحد|واحدة)(?![\u0621-\u064a]))?"
    rf"(?P<more>{_AR_MORE})?"
)
# Arabic verb first, then a short phrase, then who: "وأصيب خلال عملية التفريق سبعة متظاهرين", "قتل يوم السبت ثلاثة
# مدنيين". The phrase holds no digits and the count names its people (a year is no count).
# A gap word may carry a pronoun ("أصيب فيها ٦ أشخاص", "خلالها"). The gap may also open with "على" ("أصيب على إثرها
# ٤ أشخاص") or with what struck them, a word on "ب" ("أصيب بحالات اختناق ٣٠ متظاهراً", "أصيب بالرصاص المطاطي تسعة
# محتجين").
_AR_GAP_WORDS = (
    "خلال|أثناء|اثناء|في|جراء|إثر|اثر|عقب|بعد|يوم|اليوم|أمس|امس|مساء|صباح|فجر|ليلة|عصر|ظهر|على|ب[\u0621-\u064a]{2,}"
)
# Counted things that are no people (times, distances, munitions): "أصيب بخيبة أمل ثلاث مرات".
_AR_NOT_PEOPLE = (
    r"مرات|مرة|أيام|ايام|يوما|يوماً|ساعات|ساعة|أسابيع|اسابيع|أشهر|اشهر|سنوات|سنين|أعوام|اعوام|عاما|عاماً|دقائق|دقيقة"
    r"|أمتار|امتار|مترا|متراً|كيلومترات|صواريخ|صاروخا|قذائف|قذيفة|عبوات|سيارات|عجلات"
)
_AR_VERB_GAP = re.compile(
    r"(?<![\u0621-\u064a])(?:(?P<k>قتل|وقتل|استشهد|واستشهد)|(?P<h>أصيبت|اصيبت|وأصيبت|واصيبت|أصيب|اصيب|وأصيب|واصيب"
    rf"|جرح|وجرح))\s*[،,]?\s+(?:{_AR_GAP_WORDS})(?:ه|ها|هم|هما)?\s+(?:[^\s،,.0-9\u0660-\u0669]+[،,]?\s+){{0,3}}?[،,]?\s*"
    rf"(?:{_AR_ABOUT})?"
    rf"(?![12][0-9]{{3}}(?![0-9]))(?!{_NUM}\s+(?:{_AR_NOT_PEOPLE})(?![\u0621-\u064a]))"
    rf"(?P<subj>{_MORE}(?>(?:{_JOIN}{_MORE}){{0,{_MAX_PARTS}}}))"
)
# Verb, subject, then the one killed as its object (indefinite, accusative): "اغتال مسلحون مجهولون ... ناشطاً",
# "قتلت القوات الأمنية متظاهراً" (1). The words between hold no other casualty word.
_AR_OBJECT_KILLED = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:اغتال|اغتالت|أردى|اردى|أردت|اردت|قتل|قتلت)\s+"
    # no number among the words between: "قتلت القوات الأمنية ٢٠ متظاهراً" is twenty (a counted singular), not one
    rf"(?:(?!و?(?:أصاب|اصاب|أصيب|اصيب|إصابة|اصابة|جرح|مقتل|قتل|اغتيال))(?!{_NUM}\s)[^\s.]+\s+){{1,10}}?"
    rf"{_AR_SINGLE}(?:اً|ا\u064b|ا|\u064b)(?![\u0621-\u064a])"
)
# The one assassinated, a definite person after the verb and its subject: "اغتال مسلحون مجهولون ... الخبير الأمني
# والباحث هشام الهاشمي" (1). (An indefinite one is read by ``_AR_OBJECT_KILLED``.)
_AR_ASSASSINATED = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:اغتال|اغتالت)\s+"
    rf"(?:(?!و?(?:أصاب|اصاب|أصيب|اصيب|إصابة|اصابة|جرح|مقتل|قتل))(?!{_NUM}\s)[^\s.]+\s+){{1,10}}?"
    rf"ال{_AR_SINGLE}(?![\u0621-\u064a])"
)
# Verb, subject (and what it says of it), then the people hit as a counted object: "أصابت شظايا صاروخ ... ثلاثة مدنيين",
# "قتلت القوات الأمنية أربعة متظاهرين". The object names people; the words between hold no casualty word.
_AR_PEOPLE = (
    r"(?:ال)?(?:مدنيين|مدنيا|متظاهرين|متظاهرا|محتجين|محتجا|معتصمين|أشخاص|اشخاص|شخصا|عناصر|عنصرا|منتسبين|منتسبا"
    r"|جنود|جنديا|أطفال|اطفال|نساء|مواطنين|مواطنا|شبان|عمال|طلاب|ركاب|مارة|أفراد|افراد|حراس|صحفيين|مسعفين|زوار"
    r"|عسكريين|ضباط|شرطيين|مقاتلين|موظفين|ناشطين)(?![\u0621-\u064a])"
)
# A word between (no casualty word, no digits); the last is no verb of its own ("مبنى يسكنه ٣ أشخاص", "سيارة تقل").
_AR_OBJECT_GAP = r"(?!و?(?:أصاب|اصاب|أصيب|اصيب|إصابة|اصابة|جرح|مقتل|قتل|اغتيال|مصرع))[^\s.0-9\u0660-\u0669]+"
_AR_OBJECT_COUNT = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:(?P<h>أصابت|اصابت|أصاب|اصاب)|(?P<k>قتلت|قتل|أردت|اردت|أردى|اردى))\s+"
    rf"(?:(?:{_AR_OBJECT_GAP}\s+){{0,15}}?(?![يت]){_AR_OBJECT_GAP}\s+)?(?:{_AR_ABOUT})?(?P<subj>{_NUM}\s+(?:من\s+)?{_AR_PEOPLE})"
)
# "لقي ثلاثة أشخاص مصرعهم" (three met their death): the count between the verb and its object; or the people named
# by the noun's form, with up to four words of their own before the object: "لقي متظاهران حتفهما" (2), "لقي سائق
# سيارة أجرة حتفه" (1).
_AR_MET_DEATH = re.compile(
    rf"(?<![\u0621-\u064a])(?:(?P<k>[وف]?لقي(?:ت|ا|تا)?)|(?P<h>(?!)))\s+(?:(?:{_AR_ABOUT})?(?P<subj>{_ITEM})\s+"
    rf"|(?:{_AR_PERSON})(?![\u0621-\u064a])(?:\s+[^\s.،,:؛]+){{0,4}}?\s+)(?:مصرع|حتف)[\u0621-\u064a]*"
)
# "وفارق ثلاثة أشخاص الحياة" (three departed life): the count between the verb and its object, like "لقي ... مصرعهم".
_AR_DEPARTED = re.compile(
    rf"(?<![\u0621-\u064a])(?:(?P<k>[وف]?فارق(?:ت|ا|تا|وا)?)|(?P<h>(?!)فارق))\s+(?:{_AR_ABOUT})?(?P<subj>{_ITEM})\s+الحياة"
)
# Taken to hospital, verb first, with what hurt them after: "ونقل ٣٠ متظاهراً إلى المستشفى إثر إصابتهم بالاختناق",
# "وأسعف خمسة أشخاص إلى المستشفى بجروح" (not people moved elsewhere, nor to hospital with no harm told).
_AR_TO_HOSPITAL = re.compile(
    rf"(?<![\u0621-\u064a])(?:(?P<k>(?!)نقل)|(?P<h>[وف]?(?:نقل|أسعف|اسعف)))\s+(?:{_AR_ABOUT})?(?P<subj>{_ITEM})\s+"
    r"(?:إلى|الى)\s+(?:ال)?مستشف\S*(?=[^.\n]{0,60}?(?:اختناق|جروح|جراح|كدمات|إصاب|اصاب|شظايا))"
)
# One person counted by "واحد" after the noun, then the verb: "موظفاً واحداً أصيب بجروح طفيفة" (1), "متظاهر واحد قتل".
_AR_ONE_COUNTED = re.compile(
    rf"(?<![\u0621-\u064a])(?:ال)?{_AR_SINGLE}(?:ا|اً)?\s+(?:واحد|واحدا|واحدة)(?:\s+[^\s.،,0-9]+){{0,2}}?\s+"
    r"(?:(?P<h>أصيب|اصيب|أصيبت|اصيبت|جرح)|(?P<k>قتل|قتلت|توفي|توفيت|استشهد|لقي\s+حتفه))(?![\u0621-\u064a])"
)
# One person's death or wound told by the verbal noun with his pronoun, as what an attack caused ("ما أدى إلى مقتله على
# الفور", "أسفر عن إصابتها"): one. (Only after a verb of causing: "إصابته" alone may be an illness.)
_AR_HIS_HARM = re.compile(
    r"(?<![\u0621-\u064a])[وفم]?(?:ما\s+)?(?:أدى|ادى|أدت|ادت|أسفر|اسفر|أسفرت|اسفرت)\s+(?:إلى|الى|عن)\s+"
    r"(?:(?P<k>مقتل|مصرع|استشهاد)|(?P<h>إصابت|اصابت|جرح))(?:ه|ها)(?![\u0621-\u064a])"
)
# One person named by his name, then some of his own people joined to him ("The strike killed Abu Baqir al-Saadi and
# two of his bodyguards", "قتلت الضربة الساعدي واثنين من مرافقيه", "قُتل الساعدي واثنان من مرافقيه"): the named one
# and those counted, one more than the number ("his": the named one is not among them).
_NAMED_AND_HIS = re.compile(
    rf"\b(?:(?P<k>killed|killing|assassinated)|(?P<h>wounded|wounding|injured|injuring))\s+"
    rf"(?:(?:[A-Z]|al-|el-|bin\s|ibn\s)[\w'’.-]*\s+){{1,5}}?and\s+(?P<n>{_NUM})\s+of\s+(?:his|her)\s+[\w-]+"
    r"|(?<![\u0621-\u064a])[وف]?(?:(?P<ak>قتل|قتلت|اغتال|اغتالت)|(?P<ah>أصاب|اصاب|أصابت|اصابت|أصيب|اصيب))\s+"
    rf"(?:(?!{_NUM}\s)[^\s.،,0-9\u0660-\u0669]+\s+){{1,4}}?(?=و)(?P<an>{NUMBER})\s+من\s+[^\s.،,]+(?:ه|ها)"
    r"(?![\u0621-\u064a])",
)
# Two people, then a dual verb: "طفلة وامرأة من المارة أصيبتا بجروح" (2).
_AR_PAIR_BEFORE = re.compile(
    rf"(?<![\u0621-\u064a])(?:(?:ال)?{_AR_SINGLE}\s+و(?:ال)?{_AR_SINGLE}"
    # or one noun in the dual (the genitive "ين" too: the dual verb tells it is no plural): "قال إن شخصين قتلا"
    rf"|(?:ال)?(?:{_AR_DUAL}|{_AR_SINGLE}(?:ين|ان)))(?![\u0621-\u064a])(?:\s+[^\s.،,]+){{0,3}}?\s+"
    r"(?:(?P<h>أصيبتا|اصيبتا|أصيبا|اصيبا|جرحتا|جرحا)|(?P<k>قتلتا|قتلا|استشهدا|استشهدتا))(?![\u0621-\u064a])"
)
# One who died of the wounds: "الناشط فارق الحياة متأثراً بجراحه" (died), "توفي المصاب".
# The dead or wounded named with their number after them, both definite: "ونقل الجرحى الخمسة إلى مستشفى الكندي",
# "جثث القتلى الثلاثة" (the number is the noun's adjective, its count).
_AR_DEF_UNITS = {
    "اثنين": 2, "اثنان": 2, "ثلاثة": 3, "أربعة": 4, "اربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9,
    "عشرة": 10,
}  # fmt: skip
_AR_DEFINITE_COUNT = re.compile(
    r"(?<![\u0621-\u064a])[وبل]?(?:ال|لل)(?:(?P<k>قتلى|شهداء)|(?P<h>جرحى|مصابين|مصابون))\s+ال(?P<n>"
    + "|".join(_AR_DEF_UNITS)
    + r")(?![\u0621-\u064a])"
)
# Injuries limited to some people: "واقتصرت الإصابات على جروح طفيفة لأحد الحراس" (1), "اقتصرت الإصابات على ثلاثة من
# المارة" (3).
_AR_LIMITED_TO = re.compile(
    r"(?<![\u0621-\u064a])[وف]?اقتصرت\s+(?:ال)?(?:إصابات|اصابات)\s+على(?:\s+(?:جروح|إصابات|اصابات|رضوض|كدمات)"
    rf"(?:\s+(?:طفيفة|بسيطة|خفيفة|متوسطة))?)?\s+(?:(?P<k>(?!))|(?P<h>))"
    rf"(?:[لب](?P<one>أحد|احد|إحدى|احدى)(?![\u0621-\u064a])|[لب]?(?P<subj>{_ITEM}))"
)
_AR_DIED = re.compile(
    rf"(?<![\u0621-\u064a])(?:ال)?(?:{_AR_SINGLE}|مصاب|جريح)\s+(?:فارق\s+الحياة|توفي|لقي\s+حتفه)(?![\u0621-\u064a])"
)
# The casualty noun counts by its own form: "قتيلين" two dead, "جريح" one wounded.
_AR_VICTIMS = re.compile(
    r"(?<![\u0621-\u064a])[وب]?(?:(?P<k>قتيل(?P<kd>ين|ان)?|حالة\s+وفاة\s+واحدة|حالت(?P<kc>ي|ا)\s+وفاة|(?:ال)?جثت(?P<kb>ين|ان|ي))"
    r"|(?P<h>جريح(?P<hd>ين|ان)?))(?:اً|ا)?(?![\u0621-\u064a])"
)
# A toll the authorities confirmed outranks a claimed one of the same sentence ("the factions said two were
# killed, but officials confirmed only one death"; "لم تؤكد سوى حالة وفاة واحدة").
_CONFIRMED = re.compile(r"(?:\bconfirmed\s+(?:only\s+)?|لم\s+(?:ت|ي)ؤكد\s+سوى\s+|أكدت?\s+)$", re.IGNORECASE)
# "no loss of life", "خسائر في الأرواح" (losses of lives): no deaths (the wounded are not said).
_LIVES_LOST = r"خسائر\s+(?:في|ب)\s*(?:ال)?(?:أرواح|ارواح)"
# "دون أن تسفر عن خسائر", "من دون أن يسفر عن أي خسائر": losses with no kind named after a negation are no
# casualties (not material losses: "خسائر مادية"; not losses only unannounced: "دون الإعلان عن خسائر").
_ANY_LOSSES = (
    r"(?:(?<=عن\s)|(?<=أي\s)|(?<=اي\s)|(?<=دون\s))(?<!الإعلان\sعن\s)(?<!الاعلان\sعن\s)خسائر(?![\u0621-\u064a])"
    r"(?!\s+(?:مادي|في\s+الممتلكات|بالممتلكات|(?:في|ب)\s*(?:ال)?(?:أرواح|ارواح)))"
)
_MATERIAL_ONLY = (
    r"\b(?:only\s+(?:(?:minor|slight|some|limited|light)\s+)?material\s+(?:damage|losses)"
    r"|material\s+(?:damage|losses)\s+only|damage\s+(?:was|is)\s+(?:only\s+)?(?:limited|confined)\s+to\s+material"
    r"|damage\s+(?:was|is)\s+only\s+material)\b"
    r"|(?<![\u0621-\u064a])[وف]?(?:اقتصرت|تقتصر|اقتصار)\s+(?:ال)?(?:أضرار|اضرار|خسائر)\s+على"
    r"|(?<![\u0621-\u064a])(?:ال)?(?:أضرار|اضرار|خسائر)\s+(?:\S+\s+)?(?:اقتصرت|تقتصر)\s+على"
    r"|(?<![\u0621-\u064a])(?:ال)?(?:أضرار|اضرار|خسائر)[اً\u064b]*\s+مادي(?:ة|ه)?[اً\u064b]*\s+فقط"
)
# A statement of none ("no casualties", "لم تسفر عن إصابات"), read in one piece with the other kind joined to it ("no
# deaths or injuries", "nobody was killed or hurt", "دون وقوع قتلى أو جرحى", "أي إصابات أو وفيات"): none of both.
_NONE_BODY = (
    # only material damage: no one came to harm ("causing only material damage", "material damage only", "the damage
    # was limited to material", "واقتصرت الأضرار على الماديات", "الخسائر اقتصرت على", "مخلفة أضراراً مادية فقط")
    rf"(?P<material>{_MATERIAL_ONLY})|"
    r"\bno\s+(?:(?:immediate|initial|early|official|reported|other|further)\s+)?(?:reports?\s+of\s+)?(?:injur\w*|casualt\w*|wounded|fatalit\w*|deaths?|dead\b|"
    r"one\s+was\s+(?:hurt|injured|killed|wounded)(?:\s+or\s+(?:hurt|injured|killed|wounded)\b)?|damage\s+or\s+(?:injur\w*|casualt\w*))"
    r"|\bwithout\s+(?:any\s+)?(?:(?:causing|leaving|inflicting)\s+(?:any\s+)?)?(?:injur\w*|casualt\w*)|\bnobody\s+was\s+(?:hurt|injured|killed)"
    # "did not cause any casualties", "the attack did not result in injuries"
    r"|\b(?:did|does|do|has|have|had)\s+not\s+(?:cause[ds]?|result(?:ed)?\s+in|lead\s+to|led\s+to|leave|left|inflict(?:ed)?)\s+"
    r"(?:any\s+)?(?:injur\w*|casualt\w*|deaths?|fatalit\w*)"
    r"|\bcaused\s+no\s+(?:injur\w*|casualt\w*)"
    # "human losses", the wire English of "خسائر بشرية": neither dead nor hurt ("without causing any human losses")
    r"|\b(?:no|without(?:\s+causing)?)\s+(?:any\s+)?human\s+loss(?:es)?\b"
    r"|\b(?:no\s+one|nobody|none)\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:(?:was|were|had|has|have)\s+(?:been\s+)?(?:reported\s+)?)?"
    r"(?:hurt|injured|killed|wounded|harmed|died)\b(?:\s+or\s+(?:hurt|injured|killed|wounded|harmed)\b)?"
    r"|\b(?:no|without(?:\s+any)?)\s+loss\s+of\s+(?:human\s+)?life\b|\bno\s+lives\s+were\s+lost\b|(?<![\u0621-\u064a])[وف]?لم\s+(?:ي|ت)صب\s+(?:أي\s+(?:من\s+)?(?:أحد|احد|شخص"
    # (not what none of the munitions hit, "منها": "ولم تصب أي منها مقر البعثة", "ولم يصب أي من الصاروخين السفارة")
    r"|(?!(?:منها|منهما|من)(?![^\s.،,])|(?:ال)?(?:صاروخ|صواريخ|قذيف|قذائف|طائر|مسير|عبو|قنبل|قنابل|هاون|مقذوف)\S*)"
    r"[^\s.،,]+(?![^\s.،,]))|أحد|احد|شخص)"
    # nobody killed, anyone after a negation ("ولم يقتل أحد", "لم يسفر عن مقتل أو إصابة أحد", "دون مقتل أي شخص"):
    # "أحد" alone, not "one of" a noun after it ("مقتل أحد المتظاهرين")
    r"|(?<![\u0621-\u064a])[وف]?لم\s+(?:ي|ت)(?:قتل|مت|جرح)\s+(?:أي\s+(?:من\s+)?)?(?:أحد|احد|شخص)(?![\u0621-\u064a])(?!\s+ال)"
    r"|(?<![\u0621-\u064a])[وف]?(?:لم|دون|بدون|من\s+دون|من\s+غير|عدم)\s+(?:[^\s.،,]+\s+){0,3}?(?:مقتل|قتل|إصابة|اصابة|جرح)"
    r"(?:\s+(?:أو|او|و)\s*(?:مقتل|قتل|إصابة|اصابة|جرح))?\s+(?:أي\s+)?(?:أحد|احد|شخص)(?![\u0621-\u064a])(?!\s+ال)"
    # nobody came to harm: "لم يصب أي من المتظاهرين", "ولم يتعرض أحد للأذى"
    r"|(?<![\u0621-\u064a])[وف]?لم\s+(?:ي|ت)تعرض\s+(?:أي\s+(?:من\s+)?(?:أحد|احد|شخص|[^\s.،,]+)|أحد|احد|شخص)\s+(?:لل|ل|ال)?(?:أذى|اذى)"
    rf"|(?<![\u0621-\u064a])[وف]?(?:دون|بدون|من\s+دون|من\s+غير|لا|عدم|نافيا|نافية|نفى|نفت)\s+(?:[^\s.،,]+\s+){{0,4}}?(?:إصابات|اصابات|خسائر\s+بشرية|{_ANY_LOSSES}|[أا]ضرار\s+بشرية|{_LIVES_LOST}|ضحايا|جرحى|قتلى|وفيات"
    r"|حال(?:ة|ات)\s+(?:ال)?وفاة)"
    # ("الا" is "إلا" as a word of its own, not the start of "الانفجار")
    rf"|(?<![\u0621-\u064a])[وف]?لم\s+(?:(?!(?:سوى|إلا|الا|[تي]منع|[تي]حل)(?![\u0621-\u064a]))\S+\s+){{1,3}}?"
    # (an aside between commas after the subject: "ولم يسفر الهجوم، وهو الثالث من نوعه خلال الشهر الجاري، عن أي إصابات")
    r"(?:(?<=[،,]\s)[^.،,؛\n]{1,70}[،,]\s+)?"
    r"(?:عن\s+)?(?:(?:وقوع|سقوط)\s+)?(?:أي\s+|اي\s+)?"
    rf"(?:إصابات|اصابات|خسائر\s+بشرية|{_ANY_LOSSES}|[أا]ضرار\s+بشرية|{_LIVES_LOST}|ضحايا|وفيات|حال(?:ة|ات)\s+(?:ال)?وفاة"
    # the dead or the wounded named by their noun after "وقوع" / "سقوط" / "أي": "لم ترد أنباء عن سقوط قتلى"
    r"|(?:(?<=وقوع\s)|(?<=سقوط\s)|(?<=أي\s)|(?<=اي\s)|(?<=عن\s))(?:قتلى|جرحى|مصابين)"
    # both kinds denied: "لم يسفر عن سقوط قتلى أو جرحى"
    r"(?:\s+(?:أو|او|و)\s*(?:ال)?(?:قتلى|جرحى|مصابين|إصابات|اصابات)(?![\u0621-\u064a]))?)"
)
_OTHER_KIND = (
    r"(?:(?:\s*,)?\s+(?:or|and|nor)\s+(?:(?:any|no|was|were)\s+)?(?:injur\w*|casualt\w*|wounded|fatalit\w*|deaths?|dead|"
    r"hurt|killed|harmed)\b"
    r"|\s+(?:أو|او|و|ولا)\s*(?:ال)?(?:قتلى|جرحى|مصابين|إصابات|اصابات|وفيات|حالات?\s+(?:ال)?وفاة|ضحايا)(?![\u0621-\u064a]))"
)
_NONE_HURT = first_char_guard(re.compile(rf"(?:{_NONE_BODY}){_OTHER_KIND}?", re.IGNORECASE))
# Words without which a passage states no casualty (checked first, in one scan: most sentences have none). The
# English ones are plain words: a passage holds one when it is a substring of the passage in lower case.
_HINT_LATIN: tuple[str, ...] = (
    "kill", "dead", "died", "death", "wound", "injur", "hurt", "casualt", "fatal", "martyr", "lives", "treated",
    "hospital", "suffered", "harmed", "assassinat", "murder", "loss", "succumb", "toll", "gunned", "treatment",
    "bodies", "material", "life", "suffocat", "choking", "asphyx", "inhal", "shot",
)  # fmt: skip
_HINT_AR = (
    r"اغتيال|اغتال|أردى|أردت|بحياة|لقي|استشهاد|قتل|قتيل|مقتل|مصرع|شهيد|شهداء|استشهد|جرح|جريح|إصاب|اصاب|أصاب|أصيب|اصيب|مصاب|ضحايا|خسائر|حتف|وفاة|وفيات|فارق\s+الحياة|"
    r"توفي|توفو|قضى|ضحيت|[أا]رواح|يصيب|تصيب|اختناق|تلق(?:وا|يا|ى|ت)\s+(?:ال)?(?:علاج|إسعافات|اسعافات)|[يت]صب\s+أحد|[يت]صب\s+أي|[يت]مت\s+(?:أحد|احد)|[أا]ضرار\s+بشرية|أذى|اذى|جثث|جثت|اقتصر|مادي\S*\s+فقط|فارق|نقل\S*\s+\S+\s+\S+\s+(?:إلى|الى)\s+(?:ال)?مستشف"
)
_CASUALTY_HINT = re.compile(rf"(?P<lat>{'|'.join(_HINT_LATIN)})|(?P<ar>{_HINT_AR})", re.IGNORECASE)
_HINT_ARABIC = first_char_guard(re.compile(_HINT_AR, re.IGNORECASE))  # fmt: skip
_LEFT_DEAD = re.compile(r"\s*(?:people\s+|others\s+|protesters\s+)?(?:dead|killed)")
_LEFT_HURT = re.compile(r"\s*(?:people\s+|others\s+|protesters\s+)?(?:wounded|injured|hurt)")
# "casualties", and "no one was hurt" / "harmed" / "لم يصب أحد" (nobody came to harm): no deaths and no injuries.
_CASUALTY_WORD = re.compile(
    r"material|اقتصر|تقتصر|فقط|casualt|human\s+loss|ضحايا|خسائر(?!\s+(?:في|ب)\s*(?:ال)?(?:أرواح|ارواح))|[أا]ضرار\s+بشرية|hurt|harmed|يصب|تصب|يتعرض|تتعرض",
    re.IGNORECASE,
)
_NONE_KIND = re.compile(r"injur|wound|hurt|إصاب|اصاب|جرح", re.IGNORECASE)
_NONE_DEATH = re.compile(
    r"fatalit|death|dead|killed|died|\blives?\b|\blife\b|أرواح|ارواح|قتل|[يت]مت(?![\u0621-\u064a])|وفا|وفي",
    re.IGNORECASE,
)
_NO_BEFORE = re.compile(r"\bno\s*$", re.IGNORECASE)
_PART_SPLIT = re.compile(_JOIN, re.IGNORECASE)
_PART_NUM = re.compile(_NUM, re.IGNORECASE)
_ONE_PERSON_RE = re.compile(_ONE_PERSON, re.IGNORECASE)
_AR_JOINED_ONE_RE = re.compile(_AR_JOINED_ONE)


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


def _search_words(pattern: re.Pattern[str] | ByScript, text: str) -> bool:
    return any(_word_start_ok(text, m.start()) for m in pattern.finditer(text))


# Force words are read sentence by sentence: each sentence only with the words of its own script (see ByScript).
_EXCESSIVE_WORDS = ByScript(_EXCESSIVE)
_INTERVENTION_WORDS = ByScript(_INTERVENTION)
# Force denied: "denied that its forces had fired on demonstrators", "ونفت ... استخدام الرصاص الحي ضد المتظاهرين".
# (Only a denial: force threatened or possible is read by the trigger's own cues.)
_FORCE_DENIAL = re.compile(
    r"(?:\b(?:denied|deny|denies|denying)\b|(?<![\u0621-\u064a])[وف]?(?:نفت|نفى|ينفي|تنفي|نافي\S*)(?![\u0621-\u064a]))"
    # the verb's subject and its asides between commas ("ونفت قيادة عمليات بغداد، في بيان، استخدام"), not a comma
    # that opens a clause of its own ("، فيما أطلقت", "، وأكدت")
    r"(?:[^.;،؛!?]|،(?!\s*(?:و|ف(?!ي\s)|بينما|حيث|لكن|ثم|كما|بعد|عقب|مما|ما\s))){0,60}$",
    re.IGNORECASE,
)
_DENIAL_HINTS = ("deni", "deny", "نف", "ناف")


def _force_told(pattern: ByScript, text: str) -> bool:
    """Whether ``text`` tells force of ``pattern``'s kind that it does not deny."""
    if not holds_any(text.lower(), _DENIAL_HINTS):
        return _search_words(pattern, text)
    return any(
        _word_start_ok(text, m.start()) and not _FORCE_DENIAL.search(text, max(0, m.start() - 80), m.start())
        for m in pattern.finditer(text)
    )


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
    of_another: bool = False  # told of "the other one" ("while the second wounded two"): not the sentence's first event
    update: bool = False  # a later toll ("the death toll rose to five"): replaces the event's earlier counts
    one_more: bool = False  # "a second died of his wounds" with no count before it here: adds one to the event's
    initial: bool = False  # a first, provisional figure ("according to an initial toll"): any other count outranks it
    also: bool = False  # another group hurt or killed besides ("كما أصيب ثلاثة من عناصر الأمن", "were also hurt"): adds
    vague: bool = False  # counted only by a vague word ("العشرات", "dozens"): outranks no larger stated number
    group: str | None = (
        None  # whose people: "security" ("١٢ منتسباً", "five policemen"), "crowd" ("١٧ محتجاً"), or unknown
    )
    source: str | None = None  # who told it: "official" (a ministry, a statement), "unofficial" (a medical source)
    single: bool = False  # one target named by his rank, no number ("killing a senior commander"): part of a toll
    # the sum of the day's events ("In all, nine were wounded", "the day's toll", "in the day's unrest", "across
    # Baghdad"): the only event's when the day has one place, none's when several (``casualties.day_total``)
    total: bool = False


# Words that can begin a trigger (folded keys: lower case, Arabic article and letter variants folded).
_RAW_STEMS: tuple[str, ...] = (
    "suicide", "drone", "uav", "air", "armed", "explosive", "booby", "rocket", "katyusha", "mortar", "missile",
    "projectile", "shell", "c", "ram", "cram", "hand", "grenade", "ied", "roadside", "sticky", "car", "bomb", "sound",
    "explosion", "blast", "explod", "blew", "blown", "blows", "detonat",
    "clash", "exchang", "gun", "fire", "fighting", "kidnap", "abduct",
    "aircraft", "warplane", "helicopter", "forcibl", "assassinat", "shot", "gunned", "stabbed", "stabbing", "opened",
    "طعن", "يطعن", "تطعن",
    "gunmen", "masked", "unidentified", "unknown", "assailants", "attackers", "attack", "killed", "wounded",
    "injured", "هاجم", "هجوم", "storm", "broke", "break", "breach", "forced",
    "pelt", "stone", "burn", "smash", "throw", "pull", "tear",
    "set", "torch", "threw", "trad", "rpg", "fought", "hurl", "molotov", "riot", "vandal", "tore", "pulled", "rampag",
    "protest", "vigil", "tearing", "torn", "pulling", "setting", "sets", "نيران", "رصاص", "اطلاق", "إطلاق",
    "demonstrat", "march", "rall", "supporters", "followers", "loyalists", "thousands", "hundreds", "dozens",
    "scores", "mourners", "people", "students", "graduates", "workers",
    "sit", "tents", "encampment", "gathered", "gather", "crowd", "moved", "chanting", "waving",
    "arrest", "detain", "detention", "rounded", "taken", "prepar", "state", "on", "raised", "evacuat", "shelter",
    "imposed", "declared", "announced", "sealed", "lock", "closed", "throwing", "unified", "mass", "collective",
    "joint", "found", "seized", "discovered", "defused", "dismantled", "recovered", "confiscated",
    "عثر", "ضبط", "تفكيك", "فكك", "ابطال", "ابطل", "مصادره", "صادر", "صلاه", "العثور", "عثور", "التفكيك",
    "والعثور", "بالعثور",
    "انتحاري", "طائر", "مسير", "ضرب", "غار", "صاروخ", "صواريخ", "كاتيوشا", "قذيف", "قذائف", "هاون", "منظومه", "قنبل",
    "لصاروخ", "لصواريخ", "لقذائف", "لقذيف", "لطائر", "لمسير",
    "سي", "فرض", "اعلان", "عبو", "انفجار", "تفجير", "اشتباك", "اشتبك", "يشتبك", "تشتبك", "واشتبك", "ويشتبك",
    "وتشتبك", "فاشتبك", "تبادل", "مواجهات", "اختطاف", "خطف", "اختطف",
    "مختطف", "اغتيال", "اغتال", "اغتيل", "واغتيل", "اقدم", "واقدم", "اقدام", "باقدام",
    "يغتال", "تغتال", "ويغتال", "وتغتال", "مسلح", "مجهول", "اطلق", "أطلق", "فتح",
    "قصف", "صدامات", "اطارات", "إطارات", "مصادمات", "اضرم", "اضرام", "واضرام", "باضرام", "تحطيم", "حطم", "تكسير",
    "يحرق", "يضرم", "يحطم", "يكسر", "يرشق",
    "ازال", "ازاح", "هدم", "اقتلع", "قلع", "خلع", "اسقط", "يزيل", "يزيح", "يهدم", "يقتلع", "يقلع", "يخلع", "يسقط",
    "وازال", "وازاح", "وهدم", "واقتلع", "وخلع", "واسقط", "فازال", "فازاح",
    "اقتحام", "اقتحم", "يقتحم", "تقتحم", "احرق", "احراق", "حرق", "رشق", "حجاره", "مولوتوف", "اعمال", "تظاهر",
    "وقف", "بوقف", "الوقف", "والوقف",
    "يتظاهر", "مظاهر", "متظاهر", "احتجاج", "محتج",
    "احتج", "يحتج", "تحتج", "واحتج", "ويحتج", "وتحتج", "اعتصام", "معتصم",
    "اعتصم", "يعتصم", "تعتصم", "نعتصم", "خيم", "خيام", "تجمع", "احتشد", "اعتقال",
    "توافد", "وتوافد", "بالتوافد", "التوافد", "يتوافد", "تتوافد", "تقاطر", "وتقاطر", "يتقاطر", "تتقاطر",
    "اعتقل", "قبض", "احتجاز", "توقيف", "حاله", "انذار", "طوارئ", "اخلاء", "حظر", "اغلقت", "اغلاق",
    # (the verbs of going of a crowd heading for a place, words.GOING_AR, bare or after "و"/"ف")
    *(clitic + verb for verb in going_ar_forms("perfect", "perfect_f", "perfect_pl") for clitic in ("", "و", "ف")),
    "مئات", "الاف", "آلاف", "عشرات", "حشود", "جموع", "مجموع",
    "brought", "knocked", "intercepted", "downed", "took", "take", "taking", "taken", "blocked", "blocking",
    "another", "second", "third", "fourth", "other", "others", "rest", "last", "strike",
    "اعترض", "واعترض", "فاعترض", "اعتراض", "باعتراض", "واعتراض", "اسقاط", "واسقاط", "باسقاط",
    "الآخر", "الاخر", "آخر", "الأخرى", "الاخرى", "أخرى", "الأخري", "الاخري",
    "الباقي", "البقية", "بقية", "tribal", "clan", "نزاع", "بنزاع", "ونزاع",
    "لنزاع", "شجار", "بشجار", "اقتتال", "باقتتال",
    "stoned", "stoning", "killing", "murder", "shooting",
    # (the fire bombs a crowd throws, "hurled petrol bombs", "firebombs"; barriers pushed over or toppled)
    "lynch", "mob", "mobs", "سحل", "وسحل", "فسحل", "يسحل",
    "ردد", "وردد", "فردد", "يردد", "ويردد", "تردد", "وتردد", "مردد",
    "petrol", "fire", "firebomb", "firebombs", "pushed", "pushing", "toppl", "knocking",
    "تصدت", "تصدى", "تصدتا", "تصدوا", "يتصدى", "تتصدى", "وتصدت", "وتصدى", "فتصدت",
    "انفجر", "وانفجر", "فانفجر", "ينفجر", "تنفجر", "وينفجر", "وتنفجر",
    "قطع", "يقطع", "تقطع", "وقطع", "فقطع", "ويقطع", "اغلق", "يغلق", "تغلق", "واغلق", "ويغلق",
    "scal", "climb", "تسلق", "يتسلق", "وتسلق", "فتسلق", "ويتسلق", "اعتلى", "يعتلي", "واعتلى", "ويعتلي",
    # (a siege, a picket, a strike: "laid siege to", "went on hunger strike", "حاصروا", "أضرب عن الطعام")
    "besieg", "laid", "lay", "picket", "hunger", "went", "gone", "going", "goes",
    "حاصر", "يحاصر", "تحاصر", "وحاصر", "فحاصر", "طوق", "يطوق", "تطوق", "وطوق", "فطوق",
    "اضرب", "يضرب", "تضرب", "واضرب", "مضرب", "اضراب", "الاضراب", "باضراب", "واضراب", "والاضراب", "بالاضراب",
    # (looting, scuffles, fires lit, vandalism: "looted", "scuffled", "مناوشات", "أشعلوا الإطارات", "التخريب")
    "loot", "ransack", "scuffl", "jostl", "brawl", "fist",
    "مناوشات", "ومناوشات", "نهب", "ونهب", "نهبوا", "ونهبوا", "ينهبون", "امطر", "وامطر", "فامطر",
    "تشابك", "وتشابك", "عراك", "وعراك", "اشعل", "واشعل", "اشعال", "واشعال", "باشعال",
    "يشعلون", "ويشعلون", "تخريب", "وتخريب", "بتخريب", "خربوا", "وخربوا", "يخربون", "ويخربون",
    # (a target sprayed with bullets, a car packed with explosives stopped: "بوابل من الرصاص")
    "sprayed", "riddled", "peppered", "raked", "بوابل", "stopped", "intercepted", "impounded",
    "all", "both", "rocks", "bricks", "stones",
)  # fmt: skip


# Stems are compared with folded keys ("طائرة" is keyed "طايره"): fold them the same way.
_TRIGGER_STEMS: tuple[str, ...] = tuple(dict.fromkeys(fold_word(stem) or stem for stem in _RAW_STEMS))


@lru_cache(maxsize=65536)
def _stem_hit(key: str) -> bool:
    return key.startswith(_TRIGGER_STEMS)


_TRIGGER_ANCHORS = AnchorCache(_stem_hit)
# Tried at a word with only the families whose words can begin with its first letter (same matches).
_TRIGGER_BY_FIRST_CHAR = ByFirstChar(_TRIGGER_PATTERN)


# What a warning is of, at a longer reach than the cues' six words: the verb of warning, its subject and time, "من",
# and up to five words (who might do it, an attempt) before the riot word ("وحذرت قيادة العمليات من محاولات بعض
# المندسين إضرام النار في المباني"); no full stop or clause between.
_WARNED_OF_AR = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:حذر|حذرت|يحذر|تحذر|محذر\S*)\s+(?:[^\s.;:،]+\s+){0,8}?من\s+"
    r"(?:[^\s.;:،]+\s+){0,5}$"
)
# The security forces as the subject of a riot word: right before it in English ("Riot police set fire to the
# tents", "security forces tore down ..."; not after a comma: "clashed with police, setting fire to"), right after a
# feminine singular verb in Arabic, verb first ("أحرقت القوات الأمنية خيام المعتصمين", "حطمت قوات مكافحة الشغب"; the
# crowd's plural verb takes the forces as its object: "رشقوا القوات الأمنية").
_FORCES_BEFORE_EN = re.compile(
    # (not the object of a preposition: "threw stones at police then set fire to a police car" is the crowd's arson)
    r"(?<!\bat\s)(?<!\bon\s)(?<!\bwith\s)(?<!\bto\s)(?<!\binto\s)(?<!\bagainst\s)(?<!\btowards\s)"
    r"\b(?:police(?:men)?|security\s+forces|forces|troops|soldiers|guards|officers)\s+"
    r"(?:(?:had|have|has|then|also|later|reportedly|allegedly)\s+){0,2}$",
    re.IGNORECASE,
)
_FORCES_AFTER_AR = re.compile(r"\s+(?:ال)?(?:قوات|شرطة|جيش|جنود|عناصر|منتسب\S*|أجهزة|اجهزة)(?![\u0621-\u064a])")


# Attackers as the subject of a riot word: unknown, unidentified or masked men, gunmen, assailants ("Unknown assailants
# set fire to protest tents", "أحرق مجهولون خيام المعتصمين", "مسلحون ملثمون أضرموا النار"): an attack on civilians
# (ACLED), not a crowd's riot.
_ATTACKERS_BEFORE_EN = re.compile(
    r"\b(?:(?:unknown|unidentified|masked|armed)\s+(?:men|assailants|attackers|gunmen|people|individuals)|gunmen|"
    r"assailants|attackers|arsonists)\s+(?:(?:had|have|then|also|later|reportedly|allegedly)\s+){0,2}$",
    re.IGNORECASE,
)
_ATTACKERS_AR = r"(?:ال)?(?:مسلح|مجهول|ملثم)(?:ون|ين)(?:\s+(?:ال)?(?:مجهول|ملثم)(?:ون|ين))?"
_ATTACKERS_AFTER_AR = re.compile(r"\s+" + _ATTACKERS_AR + r"(?![\u0621-\u064a])")
_ATTACKERS_BEFORE_AR = re.compile(r"(?<![\u0621-\u064a])" + _ATTACKERS_AR + r"\s+(?:قد\s+)?[وف]?$")
# ... or the agent of the passive or verbal noun after it: "تم إحراق مقر أحد الأحزاب في الكرادة من قبل مجهولين", "was
# set on fire by unknown men" (up to eight words between, no full stop)
_ATTACKERS_AGENT = re.compile(
    r"(?:\s+[^\s.;:،,]+){0,8}?\s+(?:(?:من\s+قبل|على\s+يد)\s+" + _ATTACKERS_AR + r"(?![\u0621-\u064a])"
    r"|by\s+(?:a\s+group\s+of\s+)?(?:(?:unknown|unidentified|masked|armed)\s+(?:men|assailants|attackers|gunmen|people"
    r"|individuals)|gunmen|assailants|attackers|arsonists)\b)",
    re.IGNORECASE,
)


def _by_attackers(text: str, before: str, end: int, stop: int) -> bool:
    """Whether the riot word just read is done by attackers (its subject), not by a crowd."""
    if _ATTACKERS_BEFORE_EN.search(before) or _ATTACKERS_BEFORE_AR.search(before):
        return True
    if _ATTACKERS_AGENT.match(text, end, min(stop, end + 2 * _LOOK_AHEAD)) is not None:
        return True
    return _ATTACKERS_AFTER_AR.match(text, end, min(stop, end + _LOOK_AHEAD)) is not None


def _by_the_forces(text: str, before: str, end: int, stop: int) -> bool:
    """Whether the riot word just read is done by the security forces (its subject), not by a crowd."""
    if _FORCES_BEFORE_EN.search(before):
        return True
    return text[end - 1 : end] == "ت" and _FORCES_AFTER_AR.match(text, end, min(stop, end + _LOOK_AHEAD)) is not None


# The protest words of entering or besieging a place, which the forces do too (a raid, a cordon): "stormed",
# "broke into", "besieged", "اقتحم", "حاصر", "طوق".
_ENTRY_WORD = re.compile(r"storm|broke|break|breach|forced|besieg|siege|اقتحم|حاصر|طوق|يقتحم|تقتحم", re.IGNORECASE)


def _entry_by_the_forces(text: str, words: str, before: str, end: int, stop: int) -> bool:
    """Whether a protest word of entering or besieging (``_ENTRY_WORD``) has the security forces as its subject
    ("Security forces stormed a house in Dora and arrested a suspect", "اقتحمت القوات الأمنية منزلاً", "اقتحم الجيش"):
    a raid or a cordon, no crowd's protest."""
    if _ENTRY_WORD.search(words) is None:
        return False
    return _by_the_forces(text, before, end, stop) or _FORCES_AFTER_AR.match(text, end, min(stop, end + 40)) is not None


def _weapon_attempt(text: str, start: int, end: int) -> bool:
    """An assassination attempt told with the weapon that carried it out nearby (a drone, rockets, a bomb)."""
    if not _ATTEMPT.search(text, max(0, start - 20), start) and not _ATTEMPT_AFTER.match(text, end, end + 20):
        return False
    return _WEAPON.search(text, max(0, start - _WEAPON_REACH), min(len(text), end + _WEAPON_REACH)) is not None


_VOWEL_MARK = re.compile("[\u064b-\u0652\u0670]")


def _without_marks(passage: str) -> str:
    """``passage`` without Arabic vowel marks (harakat, shadda, dagger alef), or itself when it holds none."""
    return _VOWEL_MARK.sub("", passage) if _VOWEL_MARK.search(passage) else passage


def _future_verb(text: str, start: int) -> bool:
    """Whether the Arabic event word at ``start`` is an imperfect verb with the future prefix "س" ("سيعتصم",
    "ستتظاهر", "وسيتوجه"): a time to come, no event."""
    if start < 1 or text[start - 1] != "س" or text[start] not in "يتن":
        return False
    before = start - 1
    if before > 0 and text[before - 1] in "وف":
        before -= 1
    return before == 0 or not _AR_LETTER.match(text[before - 1])


# The next item of a salvo with its munition left out ("the third struck the house", "Another fell near the park"): of
# the kind of the munition named last before it ("three drones; two of them were shot down, while the third struck").
_ELIDED_ITEM = re.compile(r"(?:another|second|third|fourth|other|last)(?:\s+one)?", re.IGNORECASE)
_MUNITION_BEFORE = re.compile(
    r"\b(?P<drone>drones?|UAVs?)\b|\b(?:rockets?|missiles?|mortars?|shells?|katyushas?|projectiles?)\b"
    r"|(?P<drone_ar>طائر\S*\s+(?:ال)?مسير|مسيرة|مسيرتين|مسيرات)|صاروخ|صواريخ|قذيف|قذائف|هاون|كاتيوشا",
    re.IGNORECASE,
)


def _munition_named_before(text: str, start: int) -> bool:
    """Whether a munition is named in the 400 characters before ``start`` (what a pronoun of interception takes)."""
    return _MUNITION_BEFORE.search(text, max(0, start - 400), start) is not None


def _elided_munition(text: str, start: int, sub: str) -> str:
    """The sub-event type of the munition named last in the 300 characters before an elided salvo item at ``start``."""
    found = list(_MUNITION_BEFORE.finditer(text, max(0, start - 300), start))
    if not found:
        return sub
    last = found[-1]
    return "Air/drone strike" if last.group("drone") or last.group("drone_ar") else "Shelling/artillery/missile attack"


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
    for match in match_at_anchors(_TRIGGER_BY_FIRST_CHAR, text, toks, _TRIGGER_ANCHORS, start=start, end=stop):
        group = match.lastgroup
        assert group is not None
        family, sub, _ = _TRIGGERS[int(group[1:])]
        if not _word_start_ok(text, match.start()):
            continue
        # the cues before the words, read without vowel marks ("توعّد", "هدّد", "المقرّر"): the marks are not letters
        before = _without_marks(text[max(start, match.start() - 40) : match.start()])
        if (
            family == "explosion"
            and (
                _SEIZED_CUES.found(before)
                # a foiled attempt names its aim between: "إحباط محاولة لاستهداف السفارة الأمريكية بصاروخ"
                or _SEIZED_CUES.found(text[max(start, match.start() - 70) : match.start()])
                or _SEIZED_AFTER.match(text, match.end(), min(stop, match.end() + 2 * _LOOK_AHEAD))
            )
        ):
            family, sub = "disrupted", "Disrupted weapons use"  # weapons found or seized: no attack, a disrupted one
        elif (
            (_UNREAL_CUES.found(before) and not _corrected(text, before, match.end(), stop))
            or (
                "قد ت" in before
                and _MAY_AR.search(_without_marks(text[max(start, match.start() - 100) : match.start()]))
            )
            or (family == "protest" and _PLANNED_AFTER.match(text, match.end(), min(stop, match.end() + _LOOK_AHEAD)))
            or (family == "protest" and _told_crowd_dispersed(text, start, match.start(), match.end(), stop))
            or _FUTURE_AFTER.match(text, match.end(), min(stop, match.end() + _LOOK_AHEAD))
            or _UNREAL_AFTER.match(text, match.end(), min(stop, match.end() + _LOOK_AHEAD))
            or _future_verb(text, match.start())
        ):
            continue
        elif _threatened(text, start, match.start(), match.end()):
            # "ولوّح منظمو التظاهرة بنقل احتجاجاتهم إلى البرلمان والدخول في اعتصام", "هددت التنسيقية، اليوم، بالتصعيد
            # ونقل احتجاجاتها إلى البرلمان": what is threatened, no event
            continue
        elif _perpetrated(text, max(start, match.start() - 90), match.start()):
            continue  # "formed a team to pursue the perpetrators of Saturday's killing and Sunday's bombing": named
        elif _denied_news(text, max(start, match.start() - _DENIED_REACH), match.start()):
            continue  # "نفت الخلية صحة الأنباء التي تداولتها المواقع بشأن سقوط صواريخ": the denied news, no event
        elif " and " in before and _MODAL_JOINED.search(text, max(start, match.start() - 120), match.start()):
            continue  # "said it would return on Tuesday and set up an open sit-in": what is to come
        elif _contradicted_claim(text, start, match.start(), match.end(), stop):
            continue  # "posts claimed that a rocket had hit the palace, but officials said there had been no attack"
        elif family in _VIOLENT and _CAUSE_CUES.found(text[max(start, match.start() - 90) : match.start()]):
            continue  # what a protest is against ("rallied against the killings of activists"): no event here
        elif family in _VIOLENT and _BLAMED.search(before):
            continue  # "have blamed a string of rocket attacks on militias": named as what someone is blamed for
        elif family == "arrest" and _ARRESTED_PARTICIPANTS.match(text, match.end(), min(stop, match.end() + 80)):
            continue  # "أكدت اعتقال عدد من المشاركين فيه": the arrest of an event's participants is part of it
        elif family == "arrest" and _ORDERED.search(before):
            continue  # "ordered the arrest of those behind the attack": an order, no arrest made
        elif family in ("protest", "riot", "arrest") and _CONDEMN_CUES.found(before):
            continue  # "condemned the storming of the embassy": named in a statement, told elsewhere if at all
        elif (
            family == "riot"
            and _REMOVE_VERB.match(match.group(0))
            and re.search(_SECURITY_AR + r"\s+(?:\S+\s+)?$", before)
        ):
            continue  # "عناصر الأمن أزالوا الحواجز": the forces cleared their own barriers, no riot
        elif (
            family == "riot"
            and "حذر" in text[max(start, match.start() - 120) : match.start()]
            and _WARNED_OF_AR.search(_without_marks(text[max(start, match.start() - 120) : match.start()]))
        ):
            continue  # "وحذرت قيادة العمليات من محاولات بعض المندسين إضرام النار": what is warned of, no riot
        elif family == "riot" and _by_the_forces(text, before, match.end(), stop):
            continue  # "Riot police set fire to the tents", "أحرقت القوات الأمنية خيام المعتصمين": force, no riot
        if family == "riot" and _by_attackers(text, before, match.end(), stop):
            family, sub = "civilians", "Attack"  # "Unknown assailants set fire to protest tents": an attack, no riot
        elif family == "civilians" and _weapon_attempt(text, match.start(), match.end()):
            continue  # "an assassination attempt ... by drone": the drone strike is the event
        elif family == "protest" and _entry_by_the_forces(text, match.group(0), before, match.end(), stop):
            continue  # "Security forces stormed a house", "اقتحمت القوات الأمنية منزلاً": a raid, no crowd's protest
        elif family == "protest" and _NOT_A_CROWD.search(text, max(start, match.start() - 40), match.end()):
            continue  # "as lawmakers gathered in parliament": a meeting, no protest
        elif family == "protest" and _BYSTANDERS_AFTER.match(text, match.end(), min(stop, match.end() + 40)):
            continue  # "وتجمع حوله المواطنون", "gathered around the wounded": bystanders, no crowd's protest
        elif family == "protest" and _PAST_ROLE.search(text, max(start, match.start() - 90), match.start()):
            continue  # "a pharmacist who had helped run a medical tent in Tahrir Square": a person's past, no event
        elif family == "protest" and _generic_noun(text, match.start(), match.end(), stop):
            continue  # "peaceful protest is a guaranteed right": protest in general, no event
        elif family == "protest" and _diplomatic_protest(text, start, match.start(), match.end()):
            continue  # "summoned Iran's ambassador to protest against the strike": a diplomatic act, no crowd
        elif family == "protest" and holds_any(before, _ORGANISER_HINTS) and _ORGANISERS_BEFORE.search(before):
            continue  # "تقول الفصائل المنظمة للاعتصام": who runs the sit-in, no event
        elif family == "protest" and _ORGANISERS_AFTER.match(text, match.end(), min(stop, match.end() + 40)):
            continue  # "though the sit-in organizers said two had died": who runs the sit-in, no event
        elif family == "protest" and holds_any(before, _RELATED_HINTS) and _RELATED_TO_CROWD.search(before):
            continue  # "الكشف عن قتلة المتظاهرين": the crowd's killers, no crowd
        words = match.group(0)
        if int(group[1:]) == _PRONOUN_INTERCEPTION:
            if not _munition_named_before(text, match.start()):
                continue  # "أسقطوها" of barriers: no munition told before, no interception
            sub = _elided_munition(text, match.start(), sub)  # "three drones ... Two were shot down": drones
        if family == "explosion" and _ELIDED_ITEM.fullmatch(words):
            sub = _elided_munition(text, match.start(), sub)  # "three drones; two were shot down, the third struck"
        if family == "explosion" and "قصف" in words and _BY_AIRCRAFT_AR.match(text, match.end(), stop):
            sub = "Air/drone strike"  # "قصف بطائرة مسيرة يستهدف سيارة": a bombardment by the aircraft it names
        generic = family == "explosion" and bool(GENERIC_BLAST.fullmatch(words))
        if generic and _TOLL_OF.search(text, max(start, match.start() - 45), match.start()):
            continue  # "the confirmed toll of the blast", "حصيلة ضحايا الانفجار": a toll of an event told elsewhere
        out.append(
            Trigger(
                match.start(), match.end(), family, _FAMILY_TYPE[family], sub, bool(_SIT_IN.fullmatch(words)), generic
            )
        )
    if any(t.family == "protest" and _CHANTED.match(text, t.start, t.end) for t in out):
        out = [t for t in out if not (t.family == "protest" and _chant_of_told_crowd(text, t))]
    if len(out) > 1 and any(t.family == "battle" for t in out) and _USED_HINT.search(text, start, stop):
        out = _weapons_of_a_clash(text, start, out)
    if len(out) > 1 and any(t.family == "battle" for t in out) and any(t.family == "explosion" for t in out):
        out = _arms_of_a_clash(text, out)
    if len(out) > 1 and any(t.family == "civilians" for t in out) and any(t.family == "riot" for t in out):
        out = _arson_of_the_attackers(text, out)
    if any(t.family == "riot" for t in out) and (
        any(t.family == "explosion" for t in out) or _BLAST_NOUN.search(text, start, stop)
    ):
        out = _fire_of_the_blast(text, start, out)
    return intercepted_triggers(text, start, stop, out)


# The Arabic verb of chanting that the protest words read before "هتافات" (see _TRIGGERS).
_CHANTED = re.compile(_CHANT_VERB_AR)
# A protest word of the chanting crowd told before it in its sentence ("ورفع المحتجون أعلام حزب الله، ورددوا هتافات").
_CROWD_TOLD_AR = re.compile(r"(?:متظاهر|محتج|معتصم|تظاهر|احتجاج|اعتصام)[^.!؟\n]*$")


def _chant_of_told_crowd(text: str, trig: Trigger) -> bool:
    """Slogans chanted by a crowd whose protest its sentence tells already: the protest is that word's (its place the
    crowd's, not what the slogans demand: "ورددوا هتافات تطالب بإغلاق السفارة"); the chant alone, as at a funeral
    ("ردد المشيعون هتافات تطالب بإخراج القوات الأمريكية"), tells the protest."""
    return _CHANTED.match(text, trig.start, trig.end) is not None and bool(
        _CROWD_TOLD_AR.search(text, max(0, trig.start - 300), trig.start)
    )


# A crowd named as the subject right before a riot word: "والمحتجون يحرقون", "protesters set fire to".
_CROWD_BEFORE_RIOT = re.compile(
    r"(?:\b(?:protesters|demonstrators|crowds?|rioters|youths|mourners|supporters)|(?<![\u0621-\u064a])[وف]?"
    + _CROWD_AR
    + r")(?:\s+\S+){0,2}?\s*$",
    re.IGNORECASE,
)


def _arson_of_the_attackers(text: str, out: list[Trigger]) -> list[Trigger]:
    """The riot words that go on telling what the attackers did ("مسلحين ... أطلقوا النار على المعتصمين، قبل أن يلاحقوا
    عدداً منهم إلى داخل المرآب ويضرموا النار في جزء منه", "gunmen opened fire on the camp and set fire to the tents"):
    the arson is the attack's, no riot of a crowd, unless a crowd is named as their subject right before them."""
    first_attack = min(t.start for t in out if t.family == "civilians")
    return [
        t
        for t in out
        if not (
            t.family == "riot"
            and t.start > first_attack
            and not _CROWD_BEFORE_RIOT.search(text, max(first_attack, t.start - 40), t.start)
        )
    ]


_ARSON_WORDS = re.compile(r"ablaze|alight|fire|burn|torch|حرق|أضرم|اضرم|ضرم|إضرام|اضرام|النار|النيران", re.IGNORECASE)


# A weapon or strike named as a noun (no trigger of its own: "The strike hit an SUV", the strike told before).
_BLAST_NOUN = re.compile(
    r"\b(?:strikes?|blasts?|explosions?|bombs?|rockets?|missiles?|drones?|shells?)\b"
    r"|(?<![\u0621-\u064a])[وف]?(?:ال)?(?:ضربة|غارة|انفجار|صاروخ|قذيفة|عبوة)(?![\u0621-\u064a])",
    re.IGNORECASE,
)


def _fire_of_the_blast(text: str, start: int, out: list[Trigger]) -> list[Trigger]:
    """The arson words after a strike or blast in its clause ("The strike hit an SUV on a main street, setting it
    ablaze", "انفجرت عبوة ناسفة بسيارة وأضرمت النار فيها"): the fire the weapon started, no riot of a crowd, unless a
    crowd is named before them in the clause (``_CROWD_BEFORE_RIOT``, or any protest word)."""
    blasts = [t.start for t in out if t.family == "explosion"]
    noun = _BLAST_NOUN.search(text, start)
    first_blast = min([*blasts, *([noun.start()] if noun else [])])
    if any(t.family == "protest" and t.start < first_blast for t in out):
        return out
    return [
        t
        for t in out
        if not (
            t.family == "riot"
            and t.start > first_blast
            and _ARSON_WORDS.search(text, t.start, t.end)
            and not _CROWD_BEFORE_RIOT.search(text, max(first_blast, t.start - 40), t.start)
        )
    ]


# The weapons a clash was fought with, told by a verb of use referring back to it ("اندلعت اشتباكات ... واستُخدمت فيها
# قذائف الهاون", "استخدم فيها الطرفان"): the clash's arms, not a shelling of their own. The verb (with vowel marks
# or not, passive or active) then at most five words before the weapon, the last of a list joined by "و" ("واستُخدمت
# فيها الأسلحة الخفيفة والمتوسطة وقذائف الهاون"); a battle told before it in the passage.
_USED_HINT = re.compile("ست[\u064b-\u0652]?(?:خ|ع)")
_USED_IN_IT = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:ا|ي|ت)?ست[\u064b-\u0652]?(?:خ[\u064b-\u0652]?دم|ع[\u064b-\u0652]?مل)[\u0621-\u064a\u064b-\u0652]*"
    r"(?:\s+\S+){0,5}\s+(?:[وب]?ال|و)?$"
)


def _weapons_of_a_clash(text: str, start: int, out: list[Trigger]) -> list[Trigger]:
    """``out`` without the explosion words a verb of use gives to a clash told before them."""
    kept: list[Trigger] = []
    for trig in out:
        if (
            trig.family == "explosion"
            and any(t.family == "battle" and t.end <= trig.start for t in out)
            and _USED_IN_IT.search(text[max(start, trig.start - 70) : trig.start])
        ):
            continue
        kept.append(trig)
    return kept


# The arms a clash is told with, "ب" and a list right after the clash's word, the munition the list's last items
# ("تحولت المواجهة إلى اشتباكات بالأسلحة الخفيفة والمتوسطة وقذائف الهاون والقاذفات"): no punctuation, at most eight
# words between the clash and the munition, the list opening with "ب" within the first two.
_ARMS_LIST_AR = re.compile(r"\s+(?:[^\s.،,؛]+\s+)?ب[^\s.،,؛]+(?:\s+[^\s.،,؛]+){0,6}?\s+(?:[وب]?ال|و)?$")


def _arms_of_a_clash(text: str, out: list[Trigger]) -> list[Trigger]:
    """``out`` without the explosion words that list the arms of a clash told right before them (an armed clash,
    ACLED; the fire of its sides is the clash: eval/README, convention (c))."""
    battles = [t for t in out if t.family == "battle"]
    return [
        t
        for t in out
        if not (
            t.family == "explosion"
            and any(b.end <= t.start <= b.end + 120 and _ARMS_LIST_AR.fullmatch(text, b.end, t.start) for b in battles)
        )
    ]


# A verb negated before its subject (Arabic verb-first order), then corrected in the same sentence: "لم تسقط
# الصواريخ على السفارة، بل سقطت في الجادرية" (the rockets did not fall on the embassy but in Jadriya): the negation
# bears on the detail, the event happened.
_NEGATED_VERB_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?لم\s+[\u0621-\u064a\u064b-\u0652]+\s+(?:\S+\s+){0,2}(?:[وب]?ال)?$"
)
_CORRECTION_AFTER = re.compile(
    r"[^.!?؟\n]{0,160}?(?:[،,]\s*|\s)(?:بل|وإنما|وانما|إنما|انما|لكنها|ولكنها|لكنه|ولكنه)\s+[\u0621-\u064a]{3,}"
)


def _corrected(text: str, before: str, end: int, stop: int) -> bool:
    """Whether the negation before a trigger is a verb-first "لم ..." that the sentence then corrects ("، بل ...")."""
    return (
        "لم" in before
        and bool(_NEGATED_VERB_BEFORE.search(before))
        and bool(_CORRECTION_AFTER.match(text, end, min(stop, end + 200)))
    )


# A negation a few words before an impact verb: "none of the rockets hit the embassy", "لم تسقط".
_NOT_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|none|neither|nor)\b|n't|(?<![\u0621-\u064a])(?:لم|لا|ما|دون)(?![\u0621-\u064a]))"
    r"[^.,;،؛]{0,30}$",
    re.IGNORECASE,
)


def _landed(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` tells a munition hitting or landing, not denied ("none of the rockets hit the
    embassy itself" tells none) and no dud ("a rocket that failed to explode")."""
    return any(
        not _NOT_BEFORE.search(text, max(start, m.start() - 30), m.start()) for m in _IMPACT.finditer(text, start, stop)
    ) and not _DUD.search(text, start, stop)


def munition_fate(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` tells where munitions landed or were brought down ("two rockets landed inside the
    Green Zone", "the C-RAM intercepted two rockets"): a place there is theirs, not a launcher's found elsewhere."""
    return start < stop and (_landed(text, start, stop) or _search_words(_INTERCEPTED, text[start:stop]))


def brought_down_only(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` tells munitions brought down (intercepted, shot down), none landing or hitting."""
    return _search_words(_INTERCEPTED, text[start:stop]) and not _landed(text, start, stop)


def intercepted_triggers(text: str, start: int, stop: int, triggers: list[Trigger]) -> list[Trigger]:
    """A clause's attack wholly brought down ("the C-RAM intercepted two rockets") is a disrupted one (ACLED); a
    denied impact beside it ("..., and that none of the rockets hit the embassy itself") is none."""
    if not any(t.family == "explosion" for t in triggers):
        return triggers
    if _landed(text, start, stop):
        return triggers
    if not _search_words(_INTERCEPTED, text[start:stop]):
        return triggers
    return [
        Trigger(t.start, t.end, "intercepted", _FAMILY_TYPE["intercepted"], "Disrupted weapons use", t.sit_in)
        if t.family == "explosion"
        else t
        for t in triggers
    ]


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
            self._excessive = _force_told(_EXCESSIVE_WORDS, self._text)
        return self._excessive

    @property
    def intervention(self) -> bool:
        """Tear gas, water cannon, dispersal, arrests, beatings."""
        if self._intervention is None:
            self._intervention = _force_told(_INTERVENTION_WORDS, self._text)
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
    if _blasts_of_clash(triggers, families):
        families.discard("explosion")
    crowd = protesters_named or (
        "battle" in families and (_crowd_not_armed(text) or _clash_with_riot_words(triggers, text))
    )
    if "battle" in families and (crowd or "protest" in families) and "explosion" not in families:
        families.discard("battle")
        families.add("riot")
    family = next(f for f in _FAMILY_ORDER if f in families)
    if family == "riot" and not any(t.family == "riot" for t in triggers):
        # "clashes" with a crowd and no riot word: a riot, unless the sentence tells the state's force on the crowd
        # ("مواجهات بين المتظاهرين والقوات الأمنية التي أطلقت قنابل الغاز": the protest met with force, as
        # merge.clash_is_force reads it across sentences)
        if "battle" not in {t.family for t in triggers} or "protest" in {t.family for t in triggers}:
            return "Riots", "Violent demonstration"
        found = find_force(text) if force is None else force
        if found.excessive:
            return "Protests", "Excessive force against protesters"
        if found.intervention:
            return "Protests", "Protest with intervention"
        return "Riots", "Violent demonstration"
    if family == "arrest" and "protest" in families:
        family = "protest"
    if family == "civilians" and "protest" in families and _SHOT_BY_FORCES_RE.search(text):
        return "Protests", "Excessive force against protesters"  # "protesters were shot dead by security forces"
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


def _blasts_of_clash(triggers: list[Trigger], families: set[str]) -> bool:
    """Whether the clause's only explosion words are bare blasts heard beside a clash ("اشتبك مسلحون مع القوات ...
    وسماع دوي انفجارات وإطلاق نار", "gunmen clashed with troops and explosions were heard"): the noise of the
    fighting, no attack of its own (rule ``trigger``); a weapon named ("rockets", "عبوة") stays an explosion."""
    return (
        "battle" in families and "explosion" in families and all(t.generic for t in triggers if t.family == "explosion")
    )


# Arms of a battle, beside the armed parties: a clash fought with them is no crowd's.
_BATTLE_ARMS = re.compile(
    r"\b(?:gunfire|gunshots|rifles?|machine[\s-]?guns?|rpgs?|rocket[\s-]propelled|mortars?|grenades?|live\s+fire|"
    r"exchanges?\s+of\s+fire|shootouts?|firefights?)\b|رصاص|أسلحة|اسلحة|قذائف|هاون",
    re.IGNORECASE,
)


# The arms of a brawl, no arms of battle: "clashed with sticks and stones", "تشابكوا بالعصي والحجارة".
_MELEE_ARMS = re.compile(
    r"\b(?:with|using|wielding)\s+(?:sticks|clubs|stones|rocks|bricks|knives|iron\s+bars|fists)\b"
    # (or a brawl's own word: "supporters of rival candidates brawled", "scuffles broke out")
    r"|\b(?:scuffl|brawl|jostl)\w*|\bfist\s?fights?\b"
    r"|(?<![\u0621-\u064a])(?:بال)?(?:عصي|هراوات|سكاكين|حجارة|الأيدي|الايدي)(?![\u0621-\u064a])|(?:ال)?عراك",
    re.IGNORECASE,
)


def _clash_with_riot_words(triggers: list[Trigger], text: str) -> bool:
    """A clash told with the crowd's own violence in its clause, or fought with the arms of a brawl ("supporters of
    two parties clashed with sticks and stones"), and no armed party or arms of battle ("clashed with security forces
    near the bridge, hurling stones and trying to tear down the barriers"): a riot (ACLED)."""
    return (
        (any(t.family == "riot" for t in triggers) or _MELEE_ARMS.search(text) is not None)
        and not _search_words(_ARMED_PARTY, text)
        and _BATTLE_ARMS.search(text) is None
    )


# Young men, youths: a crowd when no arms, armed party or reciprocal fire is told with them ("young men clashed with
# security forces on the bridge", "اشتبك شبان غاضبون مع القوات الأمنية"; not "young men exchanged fire with the
# forces"). A leader's supporters are not: their clashes with the forces are often armed ("Sadr supporters and security
# forces clash" of the Green Zone fighting).
_YOUNG_CROWD = first_char_guard(re.compile(
    r"\b(?:youths|young\s+men|rioters)\b"
    r"|(?<![\u0621-\u064a])[وف]?(?:ال)?(?:شبان|الشبان)(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip
_RECIPROCAL_FIRE = re.compile(
    r"\b(?:exchang|trad)\w*\s+(?:[\w-]+\s+){0,4}?(?:gun)?fire\b|\bexchanges?\s+of\s+(?:gun)?fire\b"
    r"|\b(?:gun|fire)\s?fights?\b|\bgun\s+battles?\b|\bshootouts?\b|تبادل\S*\s+(?:\S+\s+){0,6}?(?:ل)?(?:إطلاق|اطلاق)|"
    r"(?:ال)?(?:أسلحة|اسلحة|قذائف|هاون)",
    re.IGNORECASE,
)


_FORCES_NAMED = re.compile(
    r"\b(?:police|policemen|security\s+forces|troops|soldiers|riot\s+police)\b"
    r"|(?:ال)?(?:قوات|شرطة|الأمن|الامن|جيش)(?![\u0621-\u064a])",
    re.IGNORECASE,
)


def _crowd_not_armed(text: str) -> bool:
    """A clash whose other party is a crowd of unarmed people ("between police and contract workers", "young men
    clashed with security forces")."""
    if _search_words(_ARMED_PARTY, text):
        return False
    if _search_words(_CROWD_PARTY, text):
        return True
    return (
        _search_words(_YOUNG_CROWD, text)
        and _RECIPROCAL_FIRE.search(text) is None
        and _FORCES_NAMED.search(text) is not None  # (with the forces: not "between rival groups of young men")
    )


def parse_count(words: str) -> int | None:
    """Return the number a count expression stands for (digits, number words, vague words), or None.

    Examples
    --------
    >>> parse_count("dozens of"), parse_count("three"), parse_count("١٢")
    (12, 3, 12)
    """
    return numbers.parse_count(words)


_SUBSET = re.compile(r"\S+\s+of\s+(?:them|whom)\b|\S+\s+(?:منهم|بينهم)", re.IGNORECASE)


_RELATIVE_ASIDE = re.compile(r"(?:who|whose)\s", re.IGNORECASE)
_NAME_APPOSITION = re.compile(r"(?:(?:[A-Z]|al-|el-)[\w'’.-]*\s+){0,4}(?:[A-Z]|al-|el-)[\w'’.-]*")
_APPOSITION = re.compile(r"\s*,\s*(?:a|an|one)\s", re.IGNORECASE)
# A count of people in general, which the parts after it may break down ("two people, a policeman and a civilian").
_GENERIC_PEOPLE = re.compile(
    r"\S+\s+(?:people|persons|individuals|others|أشخاص|اشخاص|شخصا|شخصاً|آخرين|آخرون)(?![\w\u0621-\u064a])", re.IGNORECASE
)


def _subject_count(words: str) -> int | None:
    """The people a counted subject names: the sum of its parts ("a policeman and two protesters" is 3).

    A comma after the first part may open an apposition, not a list: one person described again ("killing its
    driver, a retired army officer": no "and" follows) or a count broken down ("killing two people, a policeman and
    a civilian": the parts after it add up to the first). Then the first part is the count.
    """
    seps = _PART_SPLIT.findall(words)
    parts = _PART_SPLIT.split(words)
    values: list[int] = []
    for i, part in enumerate(parts):
        if i and _SUBSET.match(part):  # "16, two of them critically": some of those counted, not more
            break
        if i:
            part = _PART_HEDGE_RE.sub("", part, count=1)  # "وأكثر من عشرين متظاهراً": twenty
        lead = _PART_NUM.match(part)
        if lead:
            value = parse_count(lead.group(0))
        elif _ONE_PERSON_RE.match(part):
            value = _one_person_count(part)
        elif not i and part.lower() in ("him", "her"):  # "wounding him and his brother"
            value = 1
        elif i and (_RELATIVE_ASIDE.match(part) or _NAME_APPOSITION.fullmatch(part)):
            continue  # "the driver, who works for the ministry, and a passer-by"; "the commander, Abu Baqir, and two"
        else:  # "ومصور": one more, joined to a counted group
            value = 1 if i and _AR_JOINED_ONE_RE.fullmatch(part) else None
        if value is None:
            break
        values.append(value)
    if not values:
        return None
    comma_first = bool(seps) and "," in seps[0] and "and" not in seps[0].lower()
    if len(values) > 1 and comma_first:
        no_list = all("," in sep and "and" not in sep.lower() for sep in seps)
        broken_down = _GENERIC_PEOPLE.match(parts[0]) is not None and sum(values[1:]) == values[0]
        if (no_list and _APPOSITION.match(words, words.find(seps[0]))) or broken_down:
            return values[0]
    return sum(values)


_OWNER = re.compile(r"(?:the|his|her|their|its)\s+", re.IGNORECASE)
_PART_HEDGE_RE = re.compile(rf"^{_PART_HEDGE}", re.IGNORECASE)


def _one_person_count(part: str) -> int:
    """ "his aide" 1; "his two sons" 2 (the number after the possessive)."""
    rest = _PART_NUM.match(part, _OWNER.match(part).end())  # type: ignore[union-attr]  # _ONE_PERSON_RE matched
    value = parse_count(rest.group(0)) if rest else None
    return value if value is not None and value > 1 else 1


# The noun of a counted part that says its kind whatever the verb: "سقوط ثلاثة قتلى و١٥ جريحاً" (3 dead, 15 hurt).
_PART_DEAD = re.compile(r"(?:ال)?(?:قتلى|قتيلا|قتيل|شهداء|شهيدا|شهيد)(?![\u0621-\u064a])")
_PART_HURT = re.compile(r"[وب]?(?:ال)?(?:جرحى|جريحا|جريح|مصابا|مصابين|مصاب)(?![\u0621-\u064a])")


# The dead and the wounded counted together: "مقتل وإصابة ١٥ شخصاً", "killed or wounded 15", "١٥ ضحية بين قتيل وجريح".
# The verb may carry a clitic ("أفاد مصدر بمقتل وإصابة ١٢ شخصاً", "ومقتل وإصابة").
_TOTAL_BEFORE = re.compile(
    r"(?:(?<![\u0621-\u064a])[وبل]?(?:مقتل|قتل|استشهاد|سقوط)\s+|\b(?:killed|killing|dead)\s+(?:or|and)\s+)$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(r"\s*،?\s*(?:ما\s+)?بين\s+(?:ال)?(?:قتيل|قتلى|شهيد|شهداء)\s+و(?:ال)?(?:جريح|جرحى|مصاب)")
_TOTAL_BETWEEN = re.compile(r"(?:ما\s+)?بين\s+(?:ال)?(?:قتيل|قتلى|شهيد|شهداء)\s+و(?:ال)?(?:جريح|جرحى|مصاب)\S*")


# A range, "between 20 and 30 were hurt", "ما بين ٢٠ و٣٠": ACLED takes the lower bound (not the sum).
_BETWEEN = re.compile(r"(?:\bbetween|(?<![\u0621-\u064a])(?:ما\s+)?بين)\s+$", re.IGNORECASE)


# The dead among a total of casualties: "eight casualties, three of them dead", "(including two killed)".
_DEAD_AMONG = re.compile(
    # (after whom they were among: "47 casualties among protesters and members of the security forces, including three
    # dead")
    rf"(?:\s+(?:among|of)\s+(?!them\b|whom\b)[^,.;()\n]{{1,80}}?(?=\s*[,(–—-]))?"
    rf"\s*[,(–—-]?\s*(?:including\s+|among\s+them\s+)?(?P<n>{_NUM})\s+(?:of\s+(?:them|whom)\s+)?(?:(?:were|was)\s+)?"
    r"(?:dead|killed|fatal(?:ities)?|died)\b",
    re.IGNORECASE,
)


def _split_by_noun(subject: str) -> tuple[int, int] | None:
    """(dead, hurt) of a subject whose parts name the dead and the wounded by their nouns; None otherwise."""
    dead = hurt = 0
    for part in _PART_SPLIT.split(subject):
        lead = _PART_NUM.match(part)
        value = parse_count(lead.group(0)) if lead else None
        if value is None:
            return None
        if _PART_DEAD.search(part):
            dead += value
        elif _PART_HURT.search(part):
            hurt += value
        else:
            return None
    return (dead, hurt) if dead and hurt else None


# Munitions counted after a word that also counts the fallen ("سقوط ثلاثة صواريخ", three rockets fell): no one.
_MUNITIONS_AFTER = re.compile(
    r"\s*(?:(?:ال)?(?:صواريخ|صاروخ|صاروخين|صاروخا|قذائف|قذيفة|قذيفتين|قذيفتي|طائرات|طائرة|طائرتين|مسيرات|مسيرة|عبوات"
    r"|عبوة|عبوتين|قنابل|قنبلة)(?![\u0621-\u064a])|(?:katyusha\s+)?(?:rockets?|mortars?|shells?|drones?|missiles?)\b)",
    re.IGNORECASE,
)


# A last part that is the subject of a verb of saying is the source of the count, not one more victim: "wounding
# more than 50, a police officer said", "killing two, a doctor told AFP" (the sum stops before it).
_SOURCE_AFTER = re.compile(
    r"\s+(?:(?:has|had|later)\s+)?(?:said|says|told|tells|reported|reports|added|adds|confirmed|stated)\b",
    re.IGNORECASE,
)
_LAST_PART = re.compile(r",\s+(?:an?|the|one)\s+[^,]+$", re.IGNORECASE)


def _without_source(text: str, match: re.Match[str]) -> str:
    """The counted subject without a last part that is who said it ("50, a police officer" + "said": "50")."""
    subject = match.group("subj")
    if _SOURCE_AFTER.match(text, match.end("subj")):
        last = _LAST_PART.search(subject)
        if last is not None and last.start() > 0:
            return subject[: last.start()]
    return subject


# The main verb after a reduced relative ("A man hurt in the blast died"): the participle tells who, the verb what.
# Within the clause: no line break (a headline's "dozens hurt" is not the subject of the next line's "killed") and no
# conjunction opening a clause of its own ("dozens hurt as police scatter protesters ... died").
_LATER_DIED = re.compile(
    r"(?:(?!\b(?:as|when|after|while|and|but|before|because|since|during|until)\b)[^.;,\n]){0,80}?"
    r"\b(?:died|succumbed|was\s+killed|passed\s+away)\b",
    re.IGNORECASE,
)
# Some of the wounded, who then died: "Two of the wounded died later", "أربعة من الجرحى فارقوا الحياة",
# "وفاة أحد الجرحى".
_OF_THE_WOUNDED = re.compile(
    r"^\S+\s+(?:of\s+(?:the|those)\s+(?:wounded|injured)\b|(?:من\s+)?(?:ال)?(?:جرحى|مصابين|جريحين|مصابين)(?![\u0621-\u064a]))",
    re.IGNORECASE,
)
# Victims counted by a noun of both kinds ("سقوط ٥ ضحايا", five victims, dead or wounded): no count of either.
_VICTIMS_NOUN = re.compile(
    r"(?<![\u0621-\u064a])(?:ال)?(?:ضحايا|ضحية|ضحيتين|ضحيتان)(?![\u0621-\u064a])"
)  # (holds "ضح")
# "12 people were killed or wounded", "قتلوا أو أصيبوا": a total of both kinds after a count and its verb.
_OR_HURT_AFTER = re.compile(
    r"\s+(?:or|and)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b|\s+(?:أو|او|و)\s*(?:أصيبوا|اصيبوا|جرحوا)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
# Some of the dead told by how they were hit ("أحد القتيلين أصيب بقنبلة غاز في الرأس", "one of the dead was hit in the
# chest"): no one more wounded.
_OF_THE_DEAD = re.compile(
    r"^\S+\s+(?:of\s+(?:the|those)\s+(?:dead|killed|victims|deceased)\b"
    r"|(?:من\s+)?(?:ال)?(?:قتلى|قتيلين|قتيلان|شهداء|شهيدين|شهيدان|ضحايا|متوفين)(?![\u0621-\u064a]))",
    re.IGNORECASE,
)


def _counted(text: str, match: re.Match[str]) -> Casualties | None:
    """The casualties of an English or Arabic count match (None when the words count no one)."""
    subject = _without_source(text, match)
    lead = _PART_NUM.match(subject)
    if _MUNITIONS_AFTER.match(subject, lead.end() if lead else 0) or _MUNITIONS_AFTER.match(text, match.end("subj")):
        return None
    split = _split_by_noun(subject) if "و" in subject else None
    if split is not None:
        return Casualties(match.start(), match.end(), split[0], split[1])
    verb_first = match.group("h") is not None and match.start("h") == match.start()  # "مقتل وإصابة ١٥"
    if (verb_first and _TOTAL_BEFORE.search(text, max(0, match.start() - 14), match.start())) or _TOTAL_AFTER.match(
        text, match.end()
    ):
        return None  # "مقتل وإصابة ١٥ شخصاً", "١٥ ضحية بين قتيل وجريح": the dead and the wounded together
    if (match.group("k") or "").removeprefix("و") == "سقوط" and _PART_HURT.search(subject):
        count = _subject_count(subject)  # "سقوط ٥ جرحى": the noun names the kind
        group = _group_for(text, match, subject)
        return None if count is None else Casualties(match.start(), match.end(), None, count, group=group)
    count = _subject_count(subject)
    if count is None:
        return None
    kword = (match.group("k") or "").lower()
    if (kword.removeprefix("و") in ("سقوط", "") and "ضح" in subject and _VICTIMS_NOUN.search(subject)) or (
        kword and match.start("k") > match.end("subj") and _OR_HURT_AFTER.match(text, match.end())
    ):
        return None  # "سقوط ٥ ضحايا", "12 people were killed or wounded": the dead and the wounded together
    if match.group("k") is None and _OF_THE_DEAD.match(subject):
        return None  # "أحد القتيلين أصيب بقنبلة غاز": how one of the dead was hit
    if _BETWEEN.search(text, max(0, match.start("subj") - 12), match.start("subj")):
        count = parse_count(_PART_NUM.match(subject).group(0))  # type: ignore[union-attr]  # a range: its lower bound
        if count is None:
            return None
    first = subject.split()[0].lower()
    if first == "one" and _NO_BEFORE.search(text, max(0, match.start() - 4), match.start()):
        return None  # "no one was killed"
    killed = match.group("k") is not None
    if (
        not killed
        and match.start("h") > match.end("subj")  # the count before the participle
        and not text[match.end("subj") : match.start("h")].strip()
        and _LATER_DIED.match(text, match.end())
    ):
        killed = True  # "A protester wounded in Monday's clashes died on Tuesday": who died, not who was hurt
    if kword in ("left", "leaving"):
        if first in ("a", "an"):
            return None
        tail = text[match.end() : match.end() + 40].lower()
        if _LEFT_DEAD.match(tail):
            killed = True
        elif _LEFT_HURT.match(tail):
            killed = False
        else:
            return None
    if not killed and (match.group("h") or "").lower() == "casualties":
        dead = _DEAD_AMONG.match(text, match.end())
        value = parse_count(dead.group("n")) if dead else None
        if value is not None and value <= count:  # "eight casualties, three of them dead": 3 dead, 5 hurt
            return Casualties(match.start(), match.end(), value, count - value)
        return None  # a total of dead and wounded: neither count is known
    vague = lead is not None and _is_vague(lead.group(0), count)
    return Casualties(
        match.start(),
        match.end(),
        count if killed else None,
        None if killed else count,
        vague=vague,
        group=_group_for(text, match, subject),
        # "Two of the wounded died later in hospital", "أربعة من الجرحى فارقوا الحياة": more dead, besides those
        # counted (``casualties.one_more``); a toll told with them stands (``_toll_before_its_cause``)
        one_more=killed and _OF_THE_WOUNDED.match(subject) is not None,
    )


# Whose people a count names, by its nouns: the security forces or the crowd (protesters, civilians). Counts of the
# two sides of one event add up (``casualties.sides``); a count naming both, or people in general, has no side.
_SECURITY_PEOPLE = re.compile(
    r"منتسب|عنصر|عناصر|شرطي|شرط|ضابط|ضباط|جندي|جنود|عسكري|قوات|القوات|حرس|الحماية|أفراد\s+الأمن"
    r"|\b(?:police\w*|soldiers?|troops|security|guards?|officers?|servicem[ae]n|personnel)\b",
    re.IGNORECASE,
)
_CROWD_PEOPLE = re.compile(
    r"متظاهر|محتج|معتصم|مدني|ناشط|طالب|طلاب|طلبة|خريج|محاضر|مواطن"
    r"|\b(?:protesters?|demonstrators?|civilians?|activists?|students?|graduates?|rioters?|marchers?|residents?)\b",
    re.IGNORECASE,
)


# The attackers: those who carried the attack out ("One of the assailants was wounded", "أصيب أحد المهاجمين").
_ATTACKER_PEOPLE = re.compile(
    r"(?<![\u0621-\u064a])(?:ال)?(?:مهاجم|مسلح|منفذ|انتحاري|خاطف)\S*"
    r"|\b(?:attackers?|assailants?|gunm[ae]n|bombers?|kidnappers?|suicide\s+bombers?)\b",
    re.IGNORECASE,
)


def _group_of(subject: str) -> str | None:
    """ "security", "crowd" or "attackers" when a counted subject names only the one side's people, else None."""
    found = [
        name
        for name, pattern in (
            ("security", _SECURITY_PEOPLE),
            ("crowd", _CROWD_PEOPLE),
            ("attackers", _ATTACKER_PEOPLE),
        )
        if pattern.search(subject) is not None
    ]
    return found[0] if len(found) == 1 else None


# Whose people a count names when its own nouns do not say: a partitive right after it ("قتيلين و24 جريحاً من
# المتظاهرين", "wounded 11, among them protesters"), or a possessive that points back to the source named before it
# ("Police said 14 of their members had been hurt", "أعلنت وزارة الداخلية إصابة ٩ من منتسبيها").
_PARTITIVE_AFTER = re.compile(
    r"[\u064bا]*\s*(?:(?<![\u0621-\u064a])(?:من|بين)\s+(?:صفوف\s+)?(?P<ar>[\u0621-\u064a]+)"
    r"|\s+(?:among|from)\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?(?P<en>[a-z]+(?:\s+forces)?))",
    re.IGNORECASE,
)
_OWNED = re.compile(
    r"\b(?:their|its)\s+(?:own\s+)?(?:members|ranks|personnel|men|staff|officers|employees|colleagues|comrades)\b"
    r"|(?<![\u0621-\u064a])(?:منتسبي|عناصر|أفراد|افراد|موظفي|مقاتلي|منتسب|عنصر)(?:ها|هم)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_OWNER_SECURITY = re.compile(
    r"\b(?:police|security|army|military|troops|interior\s+ministry|ministry\s+of\s+(?:the\s+)?interior|defen[cs]e"
    r"\s+ministry|ministry\s+of\s+defen[cs]e|commander?s?|operations\s+command)\b"
    r"|الشرطة|القوات|الداخلية|الدفاع|الجيش|قيادة\s+العمليات|قيادة\s+عمليات|خلية\s+الإعلام\s+الأمني",
    re.IGNORECASE,
)
_OWNER_REACH = 160
# Whose people the last part of a subject names after it ("killed 17 protesters and three members of the security
# forces": both sides).
_OF_WHOM_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+", re.IGNORECASE)


def _whose_after(text: str, end: int) -> str:
    """The "of the security forces" after a counted subject's last noun (empty when none)."""
    found = _OF_WHOM_AFTER.match(text, end) if text.startswith(" of ", end) else None
    return found.group(0) if found else ""


def _group_for(text: str, match: re.Match[str], subject: str) -> str | None:
    """Whose people a counted subject names: by its nouns (with the owner of its last one), a partitive after it,
    or a possessive pointing back at the source."""
    return _group_of(subject + _whose_after(text, match.end("subj"))) or _group_around(
        text, match.start(), match.end(), subject
    )


def _group_around(text: str, start: int, end: int, subject: str) -> str | None:
    """The side of a count whose own nouns name none: a partitive after it, or whose people a possessive says."""
    after = _PARTITIVE_AFTER.match(text, end)
    if after is not None:
        return _group_of(after.group("ar") or after.group("en"))
    if ("heir" in subject or "its" in subject or "ه" in subject) and _OWNED.search(subject):
        begin = max(0, start - _OWNER_REACH)
        cut = max(text.rfind(".", begin, start), text.rfind("\n", begin, start))
        if _OWNER_SECURITY.search(text, cut + 1, start):
            return "security"
    return None


def _is_vague(words: str, count: int) -> bool:
    """Whether a count is only a vague word of ACLED's convention ("dozens", "العشرات"), not a stated number."""
    key = words.strip().lower().removeprefix("و")
    return key in VAGUE and VAGUE[key] == count


_DIED_VERB = ("توفي", "وتوفي", "توفيت", "وتوفيت", "وفاة", "ووفاة", "بوفاة")
_AR_SINGLE_RE = re.compile(rf"\s+(?:ال)?{_AR_SINGLE}(?:ا\u064b?|\u064bا)?(?![\u0621-\u064a])")


def _arabic_nouns(match: re.Match[str]) -> Casualties | None:
    """ "مقتل متظاهرَين" (2), "استشهاد مدني وإصابة" (1), "إصابة منتسب ... وأحد المارة" (2); "توفي والده" (a relative
    who died, maybe years ago) is none."""
    if (
        match.group("k") in _DIED_VERB
        and not match.group("dual")
        and not _AR_SINGLE_RE.match(match.string, match.end("k"))
    ):
        return None
    count = 2 if match.group("dual") else 1
    if match.group("n2"):
        count = parse_count(match.group("n2")) or count
    if match.group("more"):
        count += 2 if match.group("dual2") else (parse_count(match.group("nmore")) or 1) if match.group("nmore") else 1
    killed = match.group("k") is not None
    group = (
        None if match.group("more") else _group_of(match.group(0)[match.end("k" if killed else "h") - match.start() :])
    )
    return Casualties(match.start(), match.end(), count if killed else None, None if killed else count, group=group)


def _victims(match: re.Match[str]) -> Casualties:
    """ "قتيلين" two dead, "جريح" one wounded."""
    if match.group("k"):
        two = match.group("kd") or match.group("kc") or match.group("kb")  # "قتيلين", "حالتي وفاة", "جثتين"
        return Casualties(match.start(), match.end(), 2 if two else 1, None)
    return Casualties(match.start(), match.end(), None, 2 if match.group("hd") else 1)


class _Spans:
    """Non-overlapping character spans, kept sorted: is a new span free? (a bisection, not a scan)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span kept."""
        i = bisect_left(self.starts, end)  # spans starting before ``end``; only the last can reach ``start``
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        """Keep ``[start, end)`` (free of the others)."""
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


_ONE_MORE_REACH = 3  # "a third was hurt" adds to one of the last few counts before it


def _one_more(out: list[Casualties], match: re.Match[str], more: int = 1) -> None:
    """ "and a third was hurt": one more of the count of the same kind just before, or one (``out`` sorted); ``more``
    people for a dual ("وأصيب آخران")."""
    killed = match.group("k") is not None or match.group("d") is not None
    here = bisect_left(out, match.start(), key=lambda c: c.start)
    for i in range(here - 1, max(-1, here - 1 - _ONE_MORE_REACH), -1):
        prior = out[i]
        value = prior.fatalities if killed else prior.injuries
        if value:
            dead = value + more if killed else prior.fatalities
            out[i] = Casualties(prior.start, match.end(), dead, prior.injuries if killed else value + more)
            return
    out.insert(
        here,
        Casualties(match.start(), match.end(), more if killed else None, None if killed else more, one_more=True),
    )


# Others struck with those counted, joined after the verb: "The commander was killed along with two of his
# companions" (3), "three soldiers were wounded together with a civilian" (4).
_ALONG_WITH = re.compile(
    rf"\s+(?:along|together)\s+with\s+(?P<with>{_NUM}{_PERSONS}|{_ONE_PERSON})(?![\w'’-])", re.IGNORECASE
)


# The dead named as the genitive of what is done for them or of those close to them ("the funeral of a commander
# killed in a US drone strike", "relatives of the victims of the bombing", "the coffins of two men killed on Monday"):
# people described, not a toll of the sentence's news (that toll is told where their death is).
_DESCRIBED_DEAD = re.compile(
    r"\b(?:funerals?|burials?|coffins?|bod(?:y|ies)|memory|memorials?|anniversary|portraits?|pictures?|photos?"
    r"|posters?|relatives|famil(?:y|ies)|mothers|graves?|wake|mourning)\s+of\s+(?:the\s+|their\s+)?$",
    re.IGNORECASE,
)
_DESCRIBED_HINTS = ("funeral", "burial", "coffin", "bod", "memor", "anniversary", "portrait", "picture", "photo",
                    "poster", "relatives", "famil", "mothers", "grave", "wake", "mourning")  # fmt: skip


# The verbal noun of a killing governed by "an attempt" or a verb of trying ("نجا من محاولة اغتيال الناشط", "لمحاولة
# قتل", "حاول مسلحون اغتيال الناشط"): no one died.
_AR_ATTEMPT = re.compile(
    r"(?<![\u0621-\u064a])(?:[لوب]?(?:محاولة|محاولات|محاولته|محاولتهم)"
    # a verb of trying and its subject: "حاول مسلحون مجهولون اغتيال الناشط"
    r"|[وف]?(?:حاول|حاولت|حاولوا|يحاول|تحاول|يحاولون)(?:\s+[^\s.،,]+){0,3})\s+$"
)


# Those responsible for a killing, named by it ("those responsible for killing 12 protesters", "المتورطين في قتل أكثر
# من 600 متظاهر"): a killing named to say whom the speakers seek, not a toll of the news.
_RESPONSIBLE_FOR = re.compile(
    r"(?:\b(?:those|people|officers|men)\s+(?:responsible|involved|behind)\s+(?:for|in)\s+(?:the\s+)?"
    r"|(?<![\u0621-\u064a])(?:ال)?(?:متورطين|متورطون|مسؤولين|مسؤولون|مسؤولية)\s+(?:في|عن)\s+)$",
    re.IGNORECASE,
)


def _described_dead(text: str, start: int) -> bool:
    """Whether the count at ``start`` names the dead as the genitive of a funeral, their relatives or the like."""
    before = text[max(0, start - 30) : start]
    return holds_any(before.lower(), _DESCRIBED_HINTS) and _DESCRIBED_DEAD.search(before) is not None


# A count in a relative clause of the event a gathering commemorates: "to mark the anniversary of the October uprising,
# in which nearly 600 demonstrators were killed", "in memory of the bombing that killed 30 people": the toll of the
# event remembered, not of the news (a clause of time, "when police fired, killing two", is the news: not read here).
_COMMEMORATED = re.compile(
    r"\b(?:anniversary|commemorat\w*|memory|memorial|remembrance|remember\w*|honou?r(?:ing)?)\b[^.;:!?\n]{0,90}?"
    r"(?:\b(?:in|during|at)\s+which|\bwhich|\bthat)\s+(?:[^.;:,!?\n]{0,30}\s)?$"
    # "لإحياء الذكرى السنوية لانتفاضة تشرين التي قتل فيها أكثر من ٦٠٠ متظاهر"
    r"|(?<![\u0621-\u064a])[لبو]?(?:ال)?(?:ذكرى|إحياء|احياء|تأبين|استذكار)(?![\u0621-\u064a])[^.؛!؟\n]{0,90}?"
    r"(?<![\u0621-\u064a])(?:التي|الذي|اللتين|اللذين)\s+(?:[^.؛،,!؟\n]{0,30}\s)?$",
    re.IGNORECASE,
)
_COMMEMORATED_HINTS = ("anniversar", "commemorat", "memor", "rememb", "honor", "honour", "ذكرى", "حياء", "تأبين",
                       "استذكار")  # fmt: skip


def _commemorated(text: str, start: int) -> bool:
    """Whether the count at ``start`` is told in a relative clause of an event a gathering commemorates."""
    before = text[max(0, start - 140) : start]
    return holds_any(before.lower(), _COMMEMORATED_HINTS) and _COMMEMORATED.search(before) is not None


def _read(text: str, match: re.Match[str], pattern: re.Pattern[str]) -> Casualties | None:
    """The casualties one count pattern's match states, with others struck "along with" them added."""
    if (pattern is _COUNT_BEFORE or pattern is _ONE_BEFORE) and _described_dead(text, match.start()):
        return None  # "the funeral of a commander killed in a US drone strike": who is mourned, not a count
    if pattern is not _NAMED_ONE and _commemorated(text, match.start()):
        return None  # "the anniversary of the uprising, in which 600 were killed": the toll of the event remembered
    if pattern is _AR_NOUN_AFTER and _AR_ATTEMPT.search(text, max(0, match.start() - 40), match.start()):
        return None  # "محاولة اغتيال الناشط": an attempt on his life, no death
    killing = "k" in match.re.groupindex and match.group("k") is not None
    if killing and _RESPONSIBLE_FOR.search(text, max(0, match.start() - 40), match.start()):
        return None  # "المتورطين في قتل أكثر من 600 متظاهر": who is sought for a killing, no toll of the news
    found = _read_match(text, match, pattern)
    if found is None or pattern in _ARABIC_ONLY or "with" not in text[match.end() : match.end() + 20]:
        return found
    along = _ALONG_WITH.match(text, match.end())
    more = _subject_count(along.group("with")) if along else None
    if along is None or not more or (found.fatalities is None) == (found.injuries is None):
        return found
    dead = None if found.fatalities is None else found.fatalities + more
    hurt = None if found.injuries is None else found.injuries + more
    return replace(found, end=along.end(), fatalities=dead, injuries=hurt)


def _read_match(text: str, match: re.Match[str], pattern: re.Pattern[str]) -> Casualties | None:
    """The casualties one count pattern's match states."""
    if pattern is _AR_NOUN_AFTER:
        return _arabic_nouns(match)
    if pattern is _AR_VICTIMS:
        return _victims(match)
    if pattern is _AR_DEFINITE_COUNT:
        value = _AR_DEF_UNITS[match.group("n")]
        killed = match.group("k") is not None
        return Casualties(match.start(), match.end(), value if killed else None, None if killed else value)
    if pattern is _AR_LIMITED_TO and match.group("one"):
        return Casualties(match.start(), match.end(), None, 1)
    if pattern is _AR_DIED or pattern is _AR_OBJECT_KILLED or pattern is _AR_ASSASSINATED:
        return Casualties(match.start(), match.end(), 1, None)
    if pattern is _NAMED_AND_HIS:
        words = match.group("n") or match.group("an")
        theirs = parse_count(words)
        if theirs is None or " ".join(words.lower().split()).removeprefix("و") in VAGUE:
            return None  # (a vague number of his people is no count of one more)
        killed = match.group("k") is not None or match.group("ak") is not None
        return Casualties(match.start(), match.end(), theirs + 1 if killed else None, None if killed else theirs + 1)
    if pattern is _AR_ONE_COUNTED or pattern is _AR_HIS_HARM:
        killed = match.group("k") is not None
        return Casualties(match.start(), match.end(), 1 if killed else None, None if killed else 1)
    if pattern is _NAMED_ONE:
        killed = match.group("k") is not None
        return Casualties(match.start(), match.end(), 1 if killed else None, None if killed else 1)
    if pattern is _AR_MET_DEATH and match.group("subj") is None:  # "لقي متظاهران حتفهما": the noun's form counts
        return Casualties(match.start(), match.end(), 2 if match.group("dual") else 1, None)
    if pattern is _AR_PAIR_BEFORE:
        killed = match.group("k") is not None
        return Casualties(match.start(), match.end(), 2 if killed else None, None if killed else 2)
    if pattern not in _ARABIC_ONLY and _speaker_described(text, match):
        return None  # "said Mustafa Ali, a student who was wounded in the arm": who speaks, not a count
    if pattern is _ONE_BEFORE:
        killed = match.group("k") is not None or match.group("d") is not None
        return Casualties(match.start(), match.end(), 1 if killed else None, None if killed else 1)
    return _counted(text, match)


# Two accounts of one toll set against each other: the second count told by another speaker after a contrast ("An Iraqi
# official said three people were injured, while a US official said one person was hurt", "أفادت مصادر بإصابة ثلاثة
# أشخاص، بينما قال مسؤول أميركي إن موظفاً واحداً أصيب").
_CONTRAST_SAID = re.compile(
    rf"\b(?:while|whereas|but|though|although)\b[^.;]{{0,80}}?\b{saying_en()}\b"
    r"|(?<![\u0621-\u064a])(?:بينما|في\s+حين|فيما|لكن|غير\s+أن|رغم\s+أن|مع\s+أن)\s+(?:[^.؛]{0,80}?\s)?"
    rf"{saying_ar()}(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_CONTRAST_WORDS = ("while", "whereas", "but", "though", "بينما", "في حين", "فيما", "لكن", "غير أن", "رغم أن", "مع أن")


_PUT_TOLL = re.compile(
    r"\b(?:put|puts|putting|gave|gives|giving|set|sets|setting)\s+(?:the|a|its|their)\s+(?:death\s+)?toll\b",
    re.IGNORECASE,
)


def _conflicting_accounts(text: str, counts: list[Casualties]) -> list[Casualties]:
    """Of two counts of one kind and one people told by two speakers set against each other, the larger is a claim
    (``initial``) and the smaller stands, even from a speaker not named (eval/README: with conflicting tolls, the
    conservative one)."""
    out = list(counts)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        kinds = [k for k in ("fatalities", "injuries") if getattr(a, k) and getattr(b, k)]
        # (one people: the same group, or a count naming none against the crowd's: "one protester was killed, though
        # the sit-in organizers said two had died")
        same = a.group == b.group or (None in (a.group, b.group) and {a.group, b.group} & {"crowd"})
        # (a toll another speaker "put at" after a contrast is another account, not a revision: "Police said two people
        # were killed, while a hospital source put the death toll at four")
        put_by_another = b.update and _PUT_TOLL.search(text, max(0, b.start - 30), b.start + 16) is not None
        if len(kinds) != 1 or not same or a.update or (b.update and not put_by_another) or a.also or b.also:
            continue
        if (a.fatalities is None) != (b.fatalities is None) or (a.injuries is None) != (b.injuries is None):
            continue
        gap = text[a.end : b.start]
        # (the verb of saying may open the second count: "but police put the number at five")
        if not holds_any(gap.lower(), _CONTRAST_WORDS) or _CONTRAST_SAID.search(text[a.end : b.start + 8]) is None:
            continue
        va, vb = getattr(a, kinds[0]), getattr(b, kinds[0])
        if va != vb:  # (the smaller stands, however its speaker was named)
            larger, smaller = (i, i + 1) if va > vb else (i + 1, i)
            out[larger] = replace(out[larger], initial=True, update=False)
            out[smaller] = replace(out[smaller], initial=False, update=False)
    return out


def _added_up(text: str, counts: list[Casualties]) -> list[Casualties]:
    """A count after "plus", "إضافة إلى" adds to the count of the same kind just before it."""
    out: list[Casualties] = []
    for count in counts:
        prior = out[-1] if out else None
        if prior is not None and (
            _PLUS.search(text, max(0, count.start - 25), count.start) or _joined(text, prior, count)
        ):
            dead = _add(prior.fatalities, count.fatalities)
            hurt = _add(prior.injuries, count.injuries)
            out[-1] = Casualties(prior.start, count.end, dead, hurt)
            continue
        out.append(count)
    return out


# Words of the counts whose first letter is a "و" of their own, no conjunction: "وفاة اثنين" (the death of two) after
# a toll is no second group joined to it.
_NATIVE_WAW = re.compile(r"و(?:فاة|فيات|قوع|صول|احد|احدة)(?![\u0621-\u064a])")


def _joined(text: str, prior: Casualties, count: Casualties) -> bool:
    """ "إصابة ثلاثة متظاهرين بحالات اختناق وجريحين من القوات الأمنية": a second group joined by "و" (5)."""
    gap = text[prior.end : count.start]
    same_kind = (prior.injuries is not None) == (count.injuries is not None)
    return (
        same_kind
        and text.startswith("و", count.start)
        and not _NATIVE_WAW.match(text, count.start)
        and len(gap) <= 40
        and not _GAP_BREAK.search(gap)
        and bool(prior.fatalities or prior.injuries)
    )


def _add(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else a + b


def _confirmed_over_claimed(text: str, counts: list[Casualties]) -> list[Casualties]:
    """When a toll is stated as confirmed, the other tolls of that kind in the span are claims: drop them."""
    confirmed = {i for i, c in enumerate(counts) if _CONFIRMED.search(text, max(0, c.start - 30), c.start)}
    if not confirmed:
        return counts
    dead = any(counts[i].fatalities is not None for i in confirmed)
    hurt = any(counts[i].injuries is not None for i in confirmed)
    return [
        c
        for i, c in enumerate(counts)
        if i in confirmed or not ((dead and c.fatalities is not None) or (hurt and c.injuries is not None))
    ]


# Each count pattern with words one of which it needs to match (lower case; none: always scanned); a passage
# without them is not scanned with it.
_ALWAYS: tuple[str, ...] = ()
_COUNT_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_COUNT_AFTER, _ALWAYS),
    (_TOLL_AFTER, ("toll", "وفاة")),
    (_AR_NOUN_AFTER, _ALWAYS),
    (_COUNT_BEFORE, _ALWAYS),
    (_ONE_BEFORE, ("was", "been", "died", "succumbed", "lost", "shot", "trampled", "crushed")),
    (_AR_DIED, ("فارق", "توفي", "لقي")),
    (_AR_VICTIMS, ("قتيل", "جريح", "وفاة", "جثت")),
    (_AR_VERB_GAP, ("صيب", "قتل", "جرح", "استشهد")),
    (_AR_MET_DEATH, ("مصرع", "حتف")),
    (_AR_DEPARTED, ("فارق",)),
    (_AR_TO_HOSPITAL, ("نقل", "سعف")),
    (_AR_OBJECT_KILLED, ("اغتال", "أرد", "ارد", "قتل")),
    (_AR_ASSASSINATED, ("اغتال",)),
    (_AR_ONE_COUNTED, ("واحد",)),
    (_AR_HIS_HARM, ("أدى", "ادى", "أدت", "ادت", "أسفر", "اسفر")),
    (_NAMED_AND_HIS, ("his", "her", "من")),
    (_NAMED_ONE, ("was", "been")),
    (_TO_DEATH, ("death",)),
    (_TREATED_OBJECT, ("treat",)),
    (_AR_OBJECT_COUNT, ("صاب", "قتل", "أرد", "ارد")),
    (_AR_PAIR_BEFORE, ("صيبتا", "صيبا", "جرحتا", "جرحا", "قتلتا", "قتلا", "استشهدا", "استشهدتا")),
    (_AR_DEFINITE_COUNT, ("قتلى", "شهداء", "جرحى", "مصابين", "مصابون")),
    (_AR_LIMITED_TO, ("اقتصر",)),
)
_ARABIC_ONLY = (
    _AR_NOUN_AFTER, _AR_DIED, _AR_VICTIMS, _AR_VERB_GAP, _AR_OBJECT_KILLED, _AR_OBJECT_COUNT, _AR_PAIR_BEFORE,
    _AR_MET_DEATH, _AR_ASSASSINATED, _AR_ONE_COUNTED, _AR_HIS_HARM, _AR_DEPARTED, _AR_TO_HOSPITAL,
    _AR_DEFINITE_COUNT, _AR_LIMITED_TO,
)  # fmt: skip


def _read_pieces(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    pieces = required_pieces(pattern)
    return None if pieces is None else minimal_pieces(pieces)


# Each pattern as scanned (behind a look-ahead for the characters its matches begin with), its words, and, when it has
# none written by hand, what every match of it holds, read from its parse (see ``required_pieces``): a passage whose
# plain lower case holds none of it is not scanned (None: always scanned); then the pattern itself (``_read``'s key).
_COUNT_READ = tuple(
    (
        pattern if pattern in UNGUARDED else first_char_guard(pattern),
        needs,
        None if needs else _read_pieces(pattern),
        pattern,
    )
    for pattern, needs in _COUNT_PATTERNS
)
_COUNT_READ_EN = tuple(p for p in _COUNT_READ if p[3] not in _ARABIC_ONLY)
_NONE_HURT_NEEDS = _read_pieces(_NONE_HURT)
_ANOTHER_WORDS = ("another", "second", "third", "fourth", "fifth", "sixth")


def find_casualties(text: str, start: int = 0, end: int | None = None) -> list[Casualties]:
    """Return the casualty statements in ``text[start:end]``: explicit counts and "no injuries" (0).

    Counts in digits or words (:mod:`~.numbers`), people joined by "and" added up, an aside between
    count and verb skipped, a singular person who "was wounded" one, Arabic duals two.

    Examples
    --------
    >>> [(c.fatalities, c.injuries) for c in find_casualties("killing two and wounding five others")]
    [(2, None), (None, 5)]
    >>> [(c.fatalities, c.injuries) for c in find_casualties("there are no injuries on both sides")]
    [(None, 0)]
    >>> [(c.fatalities, c.injuries) for c in find_casualties("a girl and a woman were injured")]
    [(None, 2)]
    """
    stop = len(text) if end is None else end
    if _DIACRITIC.search(text, start, stop):  # "قُتل ثلاثة وأُصيب عشرون": read without the vowel marks
        plain, where = _without_vowels(text[start:stop])
        return [
            replace(c, start=start + where[c.start], end=start + where[c.end - 1] + 1 if c.end else start)
            for c in _find_casualties(plain, 0, len(plain))
        ]
    return _find_casualties(text, start, stop)


# Arabic vowel marks; a fatha before a final "ين"/"ان" is kept: it marks the dual ("متظاهرَين", two protesters).
_DIACRITIC = re.compile("[\u064b-\u0652\u0670]")
_DUAL_FATHA = re.compile("\u064e(?:ين|ان)(?![\u0621-\u064a])")


# A toll that names no kind, revised to a number: "أن الحصيلة ارتفعت إلى سبعة منتسبين", "ثم ارتفعت الحصيلة إلى
# سبعة" (subject first or verb first; one word may qualify the toll, "الحصيلة النهائية").
_AR_BARE_TOLL = re.compile(
    rf"(?<![\u0621-\u064a])(?:ال)?حصيلة(?:\s+[^\s.،,0-9]+)?\s+(?:قد\s+)?[ول]?(?:ارتفعت|بلغت|وصلت|استقرت|ترتفع|تبلغ|تصل)"
    rf"\s+(?:(?:إلى|الى|عند)\s+)?(?:{_AR_ABOUT})?(?P<n>{_NUM})"
    rf"|(?<![\u0621-\u064a])[ول]?(?:ارتفعت|بلغت|وصلت|ترتفع|تبلغ|تصل)\s+(?:ال)?حصيلة(?:\s+[^\s.،,0-9]+)?\s+"
    rf"(?:(?:إلى|الى)\s+)?(?:{_AR_ABOUT})?(?P<m>{_NUM})"
)


# A figure revised with no kind of its own: "the source said at first; he later revised the figure to seven", "officials
# raised the number to nine": the kind of the count told before it in the sentence (``casualties.update``).
_EN_REVISED = re.compile(
    rf"\b(?:revised|raised|updated|corrected|lowered|revising|raising|updating|correcting|lowering)\s+"
    rf"(?:the|his|her|its|their|that)\s+(?:figure|number|count|tally|toll)\s+(?:up\s+|down\s+)?(?:to|at)\s+(?P<n>{_NUM})",
    re.IGNORECASE,
)
_EN_REVISED_WORDS = ("figure", "number", "count", "tally", "toll")
_EN_PUT_AT_WORDS = ("put", "placed", "places", "placing", "said", "says", "reported", "counted", "gave", "confirmed",
                    "recorded")  # fmt: skip
# Another account's figure with no kind of its own ("a medical source said seven people were wounded, but police put the
# number at five"): a count of the kind told before it, set against it (``_conflicting_accounts``), not a revision.
_EN_PUT_AT = re.compile(
    rf"\b(?:put|puts|putting|placed|places|placing)\s+(?:the|their|its|that)\s+(?:figure|number|count|tally)\s+at\s+"
    rf"(?:{hedge_en()})?(?P<n>{_NUM})"
    # the figure alone after a verb of saying, ending its clause: "Medical sources said 11 people were hurt; the
    # Interior Ministry said six", "..., but police said only four"
    rf"|\b(?:said|says|reported|counted|gave|confirmed|recorded)\s+(?:that\s+)?(?:(?:only|just)\s+)?(?:{hedge_en()})?"
    rf"(?P<m>{_NUM})(?=\s*(?:[.;)]|$|,\s))",
    re.IGNORECASE,
)


def _bare_toll(
    text: str,
    start: int,
    stop: int,
    out: list[Casualties],
    taken: _Spans,
    pattern: re.Pattern[str] | None = None,
    update: bool = True,
) -> list[Casualties]:
    """A toll told with no kind of its own revises the count told before it in the sentence (``casualties.update``);
    ``pattern`` reads it (by default the Arabic one; :data:`_EN_REVISED` the English).

    "أعلنت الخلية إصابة ستة من عناصر الحماية، قبل أن تؤكد أن الحصيلة ارتفعت إلى سبعة منتسبين": seven wounded, the
    kind of the count before it (when that count is of one kind); a toll naming its kind ("حصيلة القتلى") is read by
    the count patterns and left alone.
    """
    added: list[Casualties] = []
    for match in (pattern or _AR_BARE_TOLL).finditer(text, start, stop):
        if taken.overlaps(match.start(), match.end()):
            continue
        before = [c for c in out if c.end <= match.start()]
        value = parse_count(match.group("n") or ("m" in match.re.groupindex and match.group("m")) or "")
        if not before or value is None:
            continue
        last = before[-1]
        if (last.fatalities is None) == (last.injuries is None):
            continue  # both kinds or none: which one the toll revises is not told
        dead = last.fatalities is not None
        other = Casualties(match.start(), match.end(), value if dead else None, None if dead else value, update=update)
        if not update:
            # another account's figure: of the two, the smaller stands and the larger is a claim (eval/README: the
            # conservative toll), "a third official put the number at seven" against six
            mine = last.fatalities if dead else last.injuries
            if mine is not None and value > mine:
                other = replace(other, initial=True)
            elif mine is not None and value < mine:
                out = [replace(c, initial=True) if c is last else c for c in out]
        added.append(other)
    return sorted([*out, *added], key=lambda c: c.start) if added else out


def _without_vowels(text: str) -> tuple[str, list[int]]:
    """The text without Arabic vowel marks (but the dual's fatha), and where each kept character was."""
    kept: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text):
        if _DIACRITIC.match(char) and not (char == "\u064e" and _DUAL_FATHA.match(text, i)):
            continue
        kept.append(char)
        where.append(i)
    return "".join(kept), where


def _hinted(text: str, start: int, stop: int) -> tuple[bool, str, bool] | None:
    """``(arabic, lower-case passage, plain)`` when ``text[start:stop]`` holds a word of :data:`_CASUALTY_HINT`, else
    None; ``plain``: the passage holds no letter that case-insensitive matching folds apart (see ``plain_lower``).

    The English words are looked up as substrings of the passage in lower case (the Arabic ones, only in a passage
    with Arabic letters, by the pattern): the same answer as the pattern, without trying it at every position.
    """
    low = plain_lower(text, start, stop)
    # (every Arabic word of the hint is of these letters; a lower case of ASCII alone holds none: each is its own)
    arabic = not (low is not None and low.isascii()) and _AR_LETTER.search(text, start, stop) is not None
    plain = low is not None
    if low is None:  # a letter case-insensitive matching folds apart from ``lower``: the pattern decides
        found = _CASUALTY_HINT.search(text, start, stop) is not None
        low = text[start:stop].lower()
    else:
        found = holds_any(low, _HINT_LATIN) or (arabic and _HINT_ARABIC.search(text, start, stop) is not None)
    return (arabic, low, plain) if found else None


# A second person joined to a passive casualty verb with the auxiliary left out: "The shop's owner was killed and his
# assistant wounded", "A policeman was wounded and a passer-by killed" (``casualties.clause``); the verb ends its clause
# (no object after it: "and the gunman wounded two people" is read by the count patterns).
_ELIDED_SECOND = re.compile(
    rf"\band\s+(?:a|an|his|her|their|the|its)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_ONE_NOUN}|assistant|customer|guest|partner)"
    r"\s+(?:\w+ly\s+)?(?:(?P<k>killed|shot\s+dead)|(?P<h>wounded|injured|hurt))\b"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:by|in|on|at|when|after|as|while|during|from|with|but|and)\b)",
    re.IGNORECASE,
)
# The passive verb of the first person, right before "and": "was killed", "were wounded".
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:killed|shot\s+dead|wounded|injured|hurt)\s*,?\s*$",
    re.IGNORECASE,
)


def _elided_second(text: str, start: int, stop: int, out: list[Casualties], taken: _Spans) -> list[Casualties]:
    """One more person after a passive casualty verb, the auxiliary left out (:data:`_ELIDED_SECOND`): a count of one
    of its own kind, added to the sentence's counts."""
    added: list[Casualties] = []
    for match in _ELIDED_SECOND.finditer(text, start, stop):
        if taken.overlaps(match.start(), match.end()):
            continue
        if _PASSIVE_BEFORE.search(text, max(start, match.start() - 60), match.start()) is None:
            continue
        killed = match.group("k") is not None
        added.append(Casualties(match.start(), match.end(), 1 if killed else None, None if killed else 1))
        taken.add(match.start(), match.end())
    return sorted([*out, *added], key=lambda c: c.start) if added else out


# One person died, the subject left out of a clause joined to the one telling what struck him: "أطلق مسلحون النار على
# صاحب محل ...، وفارق الحياة بعد نقله إلى المستشفى", "وتوفي متأثراً بجروحه", "ولقي حتفه على الفور"; "A shopkeeper was
# shot by gunmen and died on the way to hospital" (after a singular passive of harm). Told after one wounded, it is that
# one's death (1 dead, not 1 dead and 1 wounded).
_DIED_ALONE = re.compile(
    r"(?<![\u0621-\u064a])[وف](?P<ar>فارق\s+الحياة|فارقت\s+الحياة|توفي|توفيت|لقي\s+(?:حتفه|مصرعه)|لقيت\s+(?:حتفها|مصرعها))"
    r"(?=\s*[.،,]|\s*$|\s+(?:بعد|في|متأثر\S*|متاثر\S*|على|فور\S*|لاحق\S*|إثر|اثر|جراء|قبل|داخل|خلال|أثناء|اثناء|وهو|وهي)"
    r"(?![\u0621-\u064a]))"
    r"|\band\s+(?:later\s+)?(?P<en>died|succumbed)\b(?=\s*[.,;]|\s+(?:of|from|in|on|at|after|before|while|shortly|later|hours?"
    r"|days?|minutes?|soon)\b)",
    re.IGNORECASE,
)
_DIED_ALONE_WORDS = ("فارق", "توفي", "لقي", "died", "succumbed")
_HARMED_ONE_BEFORE = re.compile(
    r"\bwas\s+(?:\w+ly\s+)?(?:shot|hit|stabbed|struck|wounded|injured|hurt|attacked|beaten|run\s+over)\b",
    re.IGNORECASE,
)


_CLAUSE_END = re.compile(r"[.،,;؛\n]")


def _died_alone(text: str, start: int, stop: int, out: list[Casualties], taken: _Spans) -> list[Casualties]:
    """One death told by a verb of dying whose subject is left out (:data:`_DIED_ALONE`)."""
    for match in _DIED_ALONE.finditer(text, start, stop):
        if taken.overlaps(match.start(), match.end()):
            continue
        window = max(start, match.start() - 120)
        if match.group("en") and _HARMED_ONE_BEFORE.search(text, window, match.start()) is None:
            continue  # (English: only after one person struck, "was shot ... and died")
        clause_end = _CLAUSE_END.search(text, match.end(), stop)
        end = clause_end.start() if clause_end else stop
        if any(match.end() <= c.start < end for c in out):
            continue  # its subject told after it: "وتوفي في المستشفى أحد الجرحى" (``_wounded_who_died``)
        before = [c for c in out if c.end <= match.start()]
        last = before[-1] if before else None
        if last is not None and last.fatalities is not None and last.injuries is None:
            continue  # the death told already ("قتل شاب ... وتوفي" is one)
        if last is not None and last.injuries == 1 and last.fatalities is None:
            out = [replace(c, fatalities=1, injuries=None) if c is last else c for c in out]  # the wounded one died
        else:
            out = sorted([*out, Casualties(match.start(), match.end(), 1, None)], key=lambda c: c.start)
        taken.add(match.start(), match.end())
    return out


def _find_casualties(text: str, start: int, stop: int) -> list[Casualties]:
    """:func:`find_casualties` on a text without vowel marks (or with none to remove)."""
    out: list[Casualties] = []
    hint = _hinted(text, start, stop)
    if hint is None:
        return out
    arabic, low, plain = hint
    taken = _Spans()
    if arabic and "بين" in low:
        for total in _TOTAL_BETWEEN.finditer(text, start, stop):  # "بين قتيل وجريح" counts no one of its own
            taken.add(total.start(), total.end())
    for scanned, needs, read, pattern in _COUNT_READ if arabic else _COUNT_READ_EN:
        if needs and not holds_any(low, needs):
            continue  # none of the words the pattern needs: no need to scan
        if plain and read is not None and not holds_any(low, read):
            continue  # none of the strings every match holds (read from the pattern)
        for match in scanned.finditer(text, start, stop):
            if taken.overlaps(match.start(), match.end()) or not _word_start_ok(text, match.start()):
                continue
            found = _read(text, match, pattern)
            if found is not None:
                taken.add(match.start(), match.end())
                out.append(found)
    out.sort(key=lambda c: c.start)
    out = _added_up(text, _confirmed_over_claimed(text, out))
    if arabic and out and "حصيل" in low:
        out = _bare_toll(text, start, stop, out, taken)
    if not arabic and out and holds_any(low, _EN_REVISED_WORDS):
        out = _bare_toll(text, start, stop, out, taken, _EN_REVISED)
    if not arabic and out and holds_any(low, _EN_PUT_AT_WORDS):
        out = _bare_toll(text, start, stop, out, taken, _EN_PUT_AT, update=False)
    for match in _ANOTHER.finditer(text, start, stop) if holds_any(low, _ANOTHER_WORDS) else ():
        if not taken.overlaps(match.start(), match.end()):
            _one_more(out, match)
    if not arabic and out and " and " in low:
        out = _elided_second(text, start, stop, out, taken)
    if holds_any(low, _DIED_ALONE_WORDS):
        out = _died_alone(text, start, stop, out, taken)
    for match in _AR_ANOTHER.finditer(text, start, stop) if arabic and holds_any(low, _AR_ANOTHER_HINTS) else ():
        if not taken.overlaps(match.start(), match.end()) and _word_start_ok(text, match.start()):
            _one_more(out, match, 2 if match.group("two") else 1)
    none_hurt = not plain or _NONE_HURT_NEEDS is None or holds_any(low, _NONE_HURT_NEEDS)
    nones = list(_NONE_HURT.finditer(text, start, stop)) if none_hurt else []
    if len(nones) > 1:
        # only material damage beside a statement of none of a kind ("لم يسفر عن إصابات بشرية، واقتصرت الأضرار على
        # الماديات"): the damage set against the kind told, no statement of its own
        nones = [m for m in nones if m.group("material") is None] or nones
    if nones and out:
        # a count read inside a statement of none is none ("لم يسفر عن مقتل أحد": "مقتل أحد" read as one killed)
        out = [c for c in out if not any(m.start() <= c.start < m.end() for m in nones)]
    for match in nones:
        if arabic and _of_another_group(text, start, match.start(), match.end(), stop):
            continue  # "ولم تسجل أي إصابات في صفوف موظفي السفارة": none of that group, the rest untold
        words = match.group(0)
        casualty_word = _CASUALTY_WORD.search(words) is not None
        injuries = 0 if casualty_word or _NONE_KIND.search(words) else None
        fatalities = 0 if casualty_word or _NONE_DEATH.search(words) else None
        out.append(Casualties(match.start(), match.end(), fatalities, injuries))
    out.sort(key=lambda c: c.start)
    out = _toll_before_its_cause([_mark_update(text, start, _mark_another(text, start, c)) for c in out])
    if len(out) > 1 and any(c.update for c in out):
        out = _cause_before_its_toll(text, out)
    if (
        holds_any(low, _TALLY_WORDS)
        or holds_any(low, _PROVINCE_WORDS)
        or (holds_any(low, _TOLL_WORDS) and holds_any(low, _DAY_WORDS))
    ):
        out = [c for c in out if not _tally(text, start, stop, c)]
    # (after the tallies: a breakdown of a tally of provinces is a place's own)
    if out and holds_any(low, _AMONG_HINTS):
        out = [c for c in out if not _among_counted(text, start, c, out)]
    out = [_mark_total(text, start, stop, _mark_also(text, start, _mark_initial(text, start, stop, c))) for c in out]
    if holds_any(low, _SINGLE_WORDS):
        out = [_mark_single(text, c) for c in out]
    if arabic and holds_any(low, ("توفي", "توفو", "فارق")):
        out = [_wounded_who_died(text, start, c) for c in out]
    if len(out) > 1:
        out = _conflicting_accounts(text, out)
    if out and arabic and holds_any(low, _ADDED_WORDS):
        out = _added_group(text, stop, out)
    return _mark_sources(text, start, stop, low, out) if out else out


# Some of the wounded who died, told verb first in Arabic ("وتوفي أحد الجرحى لاحقاً متأثراً بجروحه", "وفارق اثنان من
# المصابين الحياة", "توفي أحد المصابين"): deaths added to the event's, not wounded (``casualties.one_more``), like the
# English "Two of the wounded later died".
_AR_OF_THE_WOUNDED = re.compile(r"(?:أحد|احد|إحدى|احدى|من)\s+(?:ال)(?:جرحى|مصابين|مصابات|جريحين)(?![\u0621-\u064a])")
_AR_DIED_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:توفي|توفيت|توفيا|توفوا|فارق|فارقت|فارقا|فارقوا)\s+"
    # (where or when between the verb and its subject: "وتوفي في المستشفى أحد الجرحى", "وتوفي لاحقاً اثنان من المصابين")
    r"(?:(?:في|داخل|خلال|بعد|لاحق|متأثر|متاثر)\S*(?:\s+[^\s.،,0-9\u0660-\u0669]+){0,2}?\s+)?$"
)


def _wounded_who_died(text: str, start: int, count: Casualties) -> Casualties:
    """A count of some of the wounded right after "توفي" / "فارق": deaths, one more each."""
    if count.fatalities is not None or not count.injuries:
        return count
    words = text[count.start : count.end]
    if _AR_OF_THE_WOUNDED.search(words) is None:
        return count
    if _AR_DIED_BEFORE.search(text, max(start, count.start - 40), count.start) is None:
        return count
    return replace(count, fatalities=count.injuries, injuries=None, one_more=True)


# The target of a strike named by his rank, not counted by a number ("killing a senior commander of the group", "أسفرت
# عن مقتل قيادي في كتائب حزب الله"): who was aimed at, whom a larger toll told of the same event may include ("three
# people were killed, including Abu Baqir al-Saadi").
_SINGLE = re.compile(
    r"\b(?:commander|leader|chief|official)\b"
    r"|(?<![\u0621-\u064a])(?:ال)?(?:قيادي|قائد|مسؤول|آمر|زعيم)(?:اً|ا)?(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_NUMBER_ONE = re.compile(r"\b(?:one|1)\b|واحد", re.IGNORECASE)
_SINGLE_WORDS = ("commander", "leader", "chief", "official", "قيادي", "قائد", "مسؤول", "آمر", "زعيم")


def _mark_single(text: str, count: Casualties) -> Casualties:
    """Mark a count of one target named by his rank, with no number (``Casualties.single``)."""
    if (count.fatalities, count.injuries) not in ((1, None), (None, 1)):
        return count
    words = text[count.start : count.end]
    if _SINGLE.search(words) is None or _NUMBER_ONE.search(words) is not None:
        return count
    return replace(count, single=True)


# Another group joined to a count by a word of addition ("إضافة إلى", "بالإضافة إلى", "فضلاً عن", "علاوة على"):
# "أصيب متظاهران اثنان، إضافة إلى منتسب واحد في القوات الأمنية" (3). The group is people by its noun (a person, a
# member of the forces or of the crowd) with a number before it or "واحد"/"اثنان" after it; it adds to the count
# before it, of the same kind (``casualties.also``). "إضافة إلى ثلاث سيارات" (things) and a count with no casualty
# count before it in the sentence add nothing.
_ADDED_WORDS = ("ضافة", "فضل", "علاوة")
_PERSON_NOUN_AR = (
    r"[وب]?(?:ال)?(?:منتسب\S*|شرطي\S*|جندي\S*|جنود|عنصر\S*|عناصر|متظاهر\S*|محتج\S*|معتصم\S*|مدني\S*|شخص\S*|"
    r"أشخاص|اشخاص|طفل\S*|أطفال|اطفال|امرأة|نساء|رجل\S*|رجال|مسعف\S*|صحفي\S*|موظف\S*|ضابط\S*|ضباط|أفراد|افراد|"
    r"مواطن\S*|حارس\S*|حراس|مقاتل\S*)(?![\u0621-\u064a])"
)
_ADDED_GROUP_AR = re.compile(
    r"(?<![\u0621-\u064a])(?:و?ب?(?:ال)?(?:إضافة|اضافة)|فضلاً|فضلا|علاوة)\s+(?:إلى|الى|عن|على)\s+(?:"
    rf"(?P<number>{NUMBER})\s+(?:من\s+)?{_PERSON_NOUN_AR}"
    rf"|{_PERSON_NOUN_AR}\s+(?P<word>واحد|واحدة|اثنين|اثنان|إثنين|اثنتين|اثنتان)"
    # a dual person noun: "ما أدى إلى إصابة خمسة محتجين، إضافة إلى عنصرين من القوات الأمنية" (5 and 2)
    rf"|(?P<dual>[وب]?(?:ال)?(?:{_AR_DUAL}))(?![\u0621-\u064a]))"
)
_ONE_TWO = {"واحد": 1, "واحدة": 1, "اثنين": 2, "اثنان": 2, "إثنين": 2, "اثنتين": 2, "اثنتان": 2}


def _added_group(text: str, stop: int, out: list[Casualties]) -> list[Casualties]:
    """``out`` with the group a word of addition joins to the casualty count before it (same sentence, same kind)."""
    added: list[Casualties] = []
    for count in out:
        if count.vague or (count.fatalities is None) == (count.injuries is None):
            continue  # a count of both kinds or of none: which kind the group adds to is not told
        window = text[count.end : min(stop, count.end + 160)]
        cut = re.search(r"[.!?؟\n]", window)
        match = _ADDED_GROUP_AR.search(text, count.end, count.end + (cut.start() if cut else len(window)))
        if match is None or any(c.start >= count.end and c.start < match.end() and c is not count for c in out):
            continue  # no group added, or another count stands between
        number = match.group("number")
        n = numbers.parse_count(number) if number else 2 if match.group("dual") else _ONE_TWO[match.group("word")]
        if not n:
            continue
        fatal = count.fatalities is not None
        added.append(
            Casualties(match.start(), match.end(), n if fatal else None, None if fatal else n, also=True, group=None)
        )
    return sorted(out + added, key=lambda c: c.start) if added else out


# "No one hurt" narrowed to a group by "في صفوف" / "بين" / "من بين" (in the ranks of, among): a group that is not the
# crowd or the public ("في صفوف موظفي السفارة", "بين عناصر الأمن"), or a pronoun ("في صفوفهم") whose plural is
# not the crowd when no crowd noun comes before it in the sentence, says nothing of the event's other people.
_AMONG_AFTER = re.compile(
    r"\s+(?:\S+\s+)?(?:في\s+صفوف|بين|من\s+بين)(?P<suffix>هم|ها|هن)?(?![\u0621-\u064a])(?:\s+(?P<noun>\S+))?"
)
_PUBLIC_AR = re.compile(
    r"(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:متظاهر|محتج|معتصم|مدني|مواطن|أهالي|اهالي|مصل|زائر|مشارك|الناس|المارة)"
)


def _of_another_group(text: str, start: int, begin: int, end: int, stop: int) -> bool:
    """Whether the "no one hurt" at ``text[begin:end]`` is narrowed to a group that is not the crowd or the public."""
    among = _AMONG_AFTER.match(text, end, min(stop, end + 40))
    if among is None:
        return False
    if among.group("suffix"):
        opening = max(start, text.rfind(".", start, begin) + 1, text.rfind("\n", start, begin) + 1, begin - 120)
        return _PUBLIC_AR.search(text, opening, begin) is None
    noun = among.group("noun")
    return noun is not None and _PUBLIC_AR.match(noun) is None


# Who told a count: an official body ("the Health Ministry said", "in a statement", "the Security Media Cell",
# "وزارة الصحة", "في بيان", "خلية الإعلام الأمني", "قيادة عمليات بغداد") or a source of no standing of its own
# ("medical sources", "a police source", "medics", "witnesses", "مصدر طبي", "مصادر أمنية", "مسعف", "شهود عيان").
# With conflicting tolls the confirmed one stands (eval/README: the conservative, confirmed toll): an official count
# of a kind replaces an unofficial one of the event and is not replaced by one (``casualties.official``).
_OFFICIAL_EN = (
    r"\b(?:(?:health|interior|defen[cs]e)\s+ministry|ministry\s+of\s+(?:the\s+)?(?:health|interior|defen[cs]e)|the\s+ministry"
    r"|(?:in|a)\s+statement|security\s+media\s+cell|(?:joint\s+)?operations\s+command|civil\s+defen[cs]e"
    r"|health\s+(?:directorate|department|authorities)|ministry\s+spokesman)\b"
)
_OFFICIAL_AR = (
    r"(?<![\u0621-\u064a])(?:[وب]?وزارة|الوزارة|بيان|بيانها|بيانه|خلية\s+الإعلام\s+الأمني|خلية\s+الاعلام\s+الامني"
    r"|قيادة\s+(?:ال)?عمليات|دائرة\s+صحة|مديرية\s+(?:ال)?(?:صحة|الدفاع\s+المدني)|الدفاع\s+المدني)"
)
_UNOFFICIAL_EN = (
    r"\b(?:(?:medical|hospital|security|police|health|local)\s+sources?|sources?\s+(?:at|in)\s+(?:the\s+)?\w*\s*hospital"
    r"|medics?|paramedics?|doctors?|witnesses|eyewitnesses|activists?)\b"
)
_UNOFFICIAL_AR = (
    r"(?<![\u0621-\u064a])(?:[وب]?مصدر|مصادر|[وب]?مسعف|مسعفون|مسعفين|شهود|ناشطون|ناشطين|أطباء|اطباء|طبيب)"
    r"(?![\u0621-\u064a])"
)
# Each script's half, searched only in a passage holding one of its words (its English words need a Latin letter,
# its Arabic ones an Arabic letter).
_SOURCE_WORDS = (
    (
        first_char_guard(re.compile(rf"(?P<off>{_OFFICIAL_EN})|(?P<un>{_UNOFFICIAL_EN})", re.IGNORECASE)),
        ("ministr", "statement", "cell", "command", "defence", "defense", "directorate", "department", "authorit",
         "source", "medic", "doctor", "witness", "activist"),
    ),
    (
        first_char_guard(re.compile(rf"(?P<off>{_OFFICIAL_AR})|(?P<un>{_UNOFFICIAL_AR})")),
        ("وزار", "بيان", "خلية", "قيادة", "دائرة", "مديرية", "الدفاع", "مصدر", "مصادر", "مسعف", "شهود", "ناشط", "أطباء",
         "اطباء", "طبيب"),
    ),
)  # fmt: skip
# The source named right after a count ("killing four, medical sources said", "، بحسب مصادر طبية"): it told that count.
_SOURCE_AFTER_COUNT = re.compile(
    r"\s*[,،]\s*(?:(?:according\s+to|citing)\s+|(?:بحسب|حسب|وفق|وفقا\s+ل|نقلا\s+عن)\s*)?"
    r"(?:(?:a|an|the|two|three|four|several)\s+)?$",
    re.IGNORECASE,
)


# An official body's name that only says where an anonymous source sits ("a source in the Health Ministry", "an official
# at the interior ministry", "مصدر في وزارة الصحة", "مصدر مسؤول في الوزارة"): the source speaks without standing, not
# the ministry (``casualties.official``). Its spokesman speaks for it ("a Health Ministry spokesman", "المتحدث باسم").
_INSIDE_BODY = re.compile(
    r"\b(?:sources?|officials?|officers?|employees?|staffers?|doctors?|medics?|someone)\s+(?:\w+\s+)?"
    r"(?:in|at|from|inside|within|close\s+to|with)\s+(?:the\s+)?(?:country's\s+|iraq's\s+|iraqi\s+)?$"
    r"|(?<![\u0621-\u064a])(?:[وب]?مصدر|مصادر|مسؤول|موظف|طبيب)\s+(?:[\u0621-\u064a]+\s+){0,2}?"
    r"(?:في|ب|من|داخل|مقرب\s+من|مقربة\s+من)\s*$",
    re.IGNORECASE,
)
# A statement issued by a group that is no authority ("Kataib Hezbollah said in a statement", "the Sadrist movement
# said in a statement", "وقالت فصائل المقاومة في بيان", "أعلن التيار الصدري في بيان"): a claim, of no standing.
# The last actor word before "statement" in its sentence decides; an authority named after the group ("the group's
# claim was rejected by the ministry in a statement") is the speaker.
_NON_STATE = re.compile(
    r"\b(?:militias?|factions?|groups?|party|parties|movement|brigades?|kata'?ib|saraya|asa'?ib|hezbollah|hizbollah"
    r"|resistance|sadrists?|organi[sz]ers?|activists?|coordinat\w*\s+committees?|tribes?|tribal|protesters|campaign)\b"
    r"|(?<![\u0621-\u064a])[وب]?(?:ال)?(?:فصيل|فصائل|كتائب|سرايا|عصائب|المقاومة|مقاومة|التيار|تيار|حزب|حركة|تنسيقي\S*"
    r"|الناشطين|ناشطون|ناشطين|عشيرة|عشائر|المتظاهرين|المتظاهرون|المحتجين|المحتجون|تحالف|الحشد\s+الشعبي)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_STATE = re.compile(
    r"\b(?:ministry|ministries|ministers?|government|command|cell|army|police|military|authorit\w+|spokes\w+|"
    r"directorate|department|office|council|forces|presidency)\b"
    r"|(?<![\u0621-\u064a])[وب]?(?:ال)?(?:وزارة|الوزارة|وزير|حكومة|الحكومة|قيادة|خلية|الجيش|الشرطة|مديرية|دائرة"
    r"|المتحدث|متحدث|الناطق|ناطق|مكتب|رئاسة|القوات)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_STATEMENT = re.compile(r"statement|بيان", re.IGNORECASE)
# "a Health Ministry official told Reuters", "an Interior Ministry source": an anonymous member of the body.
_MEMBER_AFTER = re.compile(r"\s+(?:officials?|sources?|employees?|staffers?|workers?|insiders?)\b", re.IGNORECASE)


def _standing(text: str, start: int, a: int, b: int) -> str:
    """``official`` or ``unofficial``: the official body named at ``text[a:b]`` speaking for itself, or only where an
    anonymous source sits or in a statement a group that is no authority issued (see :data:`_INSIDE_BODY`)."""
    if _INSIDE_BODY.search(text, max(start, a - 50), a) or _MEMBER_AFTER.match(text, b):
        return "unofficial"
    if _STATEMENT.search(text, a, b) is None:
        return "official"
    opening = max(start, text.rfind(".", start, a) + 1, text.rfind("\n", start, a) + 1, a - 120)
    speaker = None
    for m in _NON_STATE.finditer(text, opening, a):
        speaker = (m.start(), "unofficial")
    for m in _STATE.finditer(text, opening, a):
        if speaker is None or m.start() > speaker[0]:
            speaker = (m.start(), "official")
    return "official" if speaker is None else speaker[1]


def _mark_sources(text: str, start: int, stop: int, low: str, counts: list[Casualties]) -> list[Casualties]:
    """Mark who told each count: the source named right after it, else the last one named before it in the passage."""
    found = sorted(
        (m.start(), m.end(), "official" if m.group("off") else "unofficial")
        for pattern, hints in _SOURCE_WORDS
        if holds_any(low, hints)
        for m in pattern.finditer(text, start, stop)
    )
    if not found:
        return counts
    found = [(a, b, _standing(text, start, a, b) if kind == "official" else kind) for a, b, kind in found]
    out: list[Casualties] = []
    for i, count in enumerate(counts):
        limit = counts[i + 1].start if i + 1 < len(counts) else stop
        after = next((f for f in found if count.end <= f[0] < limit), None)
        if after is not None and after[0] - count.end <= 60 and _SOURCE_AFTER_COUNT.match(text[count.end : after[0]]):
            out.append(replace(count, source=after[2]))
            continue
        before = [f for f in found if f[1] <= count.start]
        out.append(replace(count, source=before[-1][2]) if before else count)
    return out


# Another group struck besides those counted before: "كما أصيب بضعة من عناصر الأمن" (also were hurt), "كما أسفر الهجوم
# عن مقتل", "six policemen were also hurt", "the blast also wounded three". Its count adds to the event's
# (``casualties.also``), where another count of the kind would only replace a smaller one.
_ALSO_BEFORE = re.compile(
    r"(?:(?<![\u0621-\u064a])و?كما\s+(?:(?:أسفر|أسفرت|اسفر|اسفرت|أدى|أدت|ادى|ادت|تسبب|تسببت)\s+(?:[^\s.،,]+\s+){0,3}?"
    r"(?:عن|إلى|الى|ب)\s*)?|\balso\s+)$",
    re.IGNORECASE,
)
_ALSO_INSIDE = re.compile(r"\balso\s+(?:been\s+)?(?:wounded|injured|hurt|killed)\b", re.IGNORECASE)
_ALSO_WORDS = ("كما", "also")


# A toll named as that of two or more events told ("The two attacks wounded five", "five were wounded in both blasts",
# "وأسفر الهجومان عن إصابة خمسة", "حصيلة الهجومين"): the sum of several events, none's when they are at several places
# (``casualties.day_total``; "the two suicide bombings at the market" are one event of one place).
_SEVERAL_EVENTS = (
    r"\b(?:the\s+(?:two|three|four)|both(?:\s+the)?|these\s+two|all\s+three)\s+(?:separate\s+|rocket\s+|drone\s+)?"
    r"(?:attacks|blasts|explosions|bombings|incidents|strikes)\b"
    r"|(?<![\u0621-\u064a])[وفلب]?(?:ال)(?:هجوم|انفجار|تفجير|حادث|اعتداء)(?:ين|ان)(?![\u0621-\u064a])"
    r"|(?<![\u0621-\u064a])[وفلب]?(?:ال)(?:هجمات|انفجارات|تفجيرات|اعتداءات)\s+(?:الثلاث|الثلاثة|الأربع)(?![\u0621-\u064a])"
)
_SEVERAL_EVENTS_BEFORE = re.compile(rf"(?:{_SEVERAL_EVENTS})[^.;\n]{{0,50}}$", re.IGNORECASE)
_SEVERAL_EVENTS_AFTER = re.compile(rf"^[^.;\n]{{0,40}}?(?:{_SEVERAL_EVENTS})", re.IGNORECASE)
_SEVERAL_HINTS = ("two", "three", "four", "both", "هجوم", "هجمات", "انفجار", "تفجير", "حادث", "اعتداء")


# The sum of the day's events: "In all," / "all told" before the count (not "in all the attacks", a count of none said
# of each), "the day's toll", "حصيلة اليوم" before it; "the day's unrest / violence", "across Baghdad", "throughout the
# capital", "في مختلف مناطق بغداد" before or after it, in its sentence.
_DAY_TOTAL_PLACE = (
    r"\bthe\s+day['’]s\s+(?:unrest|violence|protests|clashes|demonstrations|events|attacks|bloodshed|fighting)\b"
    r"|\b(?:across|throughout)\s+(?:Baghdad|the\s+capital|the\s+city)\b"
    r"|(?<![\u0621-\u064a])في\s+(?:عموم|مختلف\s+مناطق|جميع\s+مناطق|أنحاء|انحاء)\s+(?:العاصمة|بغداد)(?![\u0621-\u064a])"
)
_DAY_TOTAL_BEFORE = re.compile(
    r"(?:\b(?:in\s+all|all\s+told)\b(?!\s+(?:the|of|three|two|four|these|those)\b)"
    r"|\bthe\s+day['’]s\s+(?:overall\s+|total\s+|death\s+|casualty\s+)?toll\b"
    r"|(?<![\u0621-\u064a])(?:ال)?حصيلة\s+(?:هذا\s+)?اليوم(?![\u0621-\u064a])"
    rf"|{_DAY_TOTAL_PLACE})[^.;\n]{{0,60}}$",
    re.IGNORECASE,
)
_DAY_TOTAL_AFTER = re.compile(rf"^[^.;\n]{{0,60}}?(?:{_DAY_TOTAL_PLACE})", re.IGNORECASE)
_DAY_TOTAL_WORDS = ("in all", "all told", "day's", "day’s", "across", "throughout", "حصيلة", "مناطق", "عموم", "أنحاء",
                    "انحاء", *_SEVERAL_HINTS)  # fmt: skip


def _mark_total(text: str, start: int, stop: int, count: Casualties) -> Casualties:
    """Mark a count told as the sum of the day's events (``_DAY_TOTAL_BEFORE``, ``_DAY_TOTAL_AFTER``; "The day's toll
    now stands at nine wounded", a later toll, too); not a count of none, nor one more."""
    if count.one_more or not (count.fatalities or count.injuries):
        return count
    begin = max(start, count.start - 80)
    before = text[begin : count.start]
    after = text[count.end : min(stop, count.end + 80)]
    if not (holds_any(before.lower(), _DAY_TOTAL_WORDS) or holds_any(after.lower(), _DAY_TOTAL_WORDS)):
        return count
    if _DAY_TOTAL_BEFORE.search(before) or _DAY_TOTAL_AFTER.match(after):
        return replace(count, total=True)
    if _of_several_events(text, max(start, count.start - 70), count.start, after):
        return replace(count, total=True)  # "The two attacks wounded five", "حصيلة الهجومين"
    return count


def _mark_also(text: str, start: int, count: Casualties) -> Casualties:
    """Mark a count of another group told as struck besides ("كما أصيب", "were also hurt"): it adds to the event's."""
    if count.update or count.one_more or count.initial:
        return count
    window = text[max(start, count.start - 40) : count.end]
    if not holds_any(window.lower(), _ALSO_WORDS):
        return count
    if _ALSO_BEFORE.search(text, max(start, count.start - 40), count.start) or _ALSO_INSIDE.search(
        text, count.start, count.end
    ):
        return replace(count, also=True)
    return count


# A toll stated as the latest: "the death toll had risen to five", "later put the toll at two dead", "ارتفعت
# حصيلة ضحايا الانفجار إلى خمسة قتلى", "الحصيلة النهائية".
_UPDATE = re.compile(
    r"(?:\btoll\b|\bnumber\s+of\b)[^.\n]{0,40}?\b(?:rose|risen|climbed|increased|jumped|reached|stood|stands)\b[^.\n]*$"
    r"|\b(?:put|raised|revised|raising|bringing|brought|pushing|pushed|taking|took)\s+(?:the|its|their)\s+(?:death\s+)?toll\b"
    r"[^.\n]*$"
    r"|(?<![\u0621-\u064a])(?:ارتفعت|ارتفع|ارتفاع|وارتفعت|وارتفع|[ول]?(?:ترتفع|يرتفع))\s[^.\n]*$"
    r"|(?:ال)?حصيلة\s+(?:ال)?(?:نهائية|جديدة|مؤكدة|رسمية)[^.\n]*$",
    re.IGNORECASE,
)
_UPDATE_WORDS = (
    "toll",
    "number",
    "ارتفع",
    "ترتفع",
    "يرتفع",
    "ارتفاع",
    "نهائية",
    "جديدة",
    "مؤكدة",
    "رسمية",
)  # ("number\\s+of": any space)
# A first, provisional figure: "according to an initial toll", "first reports spoke of", "a medical source had
# spoken of", "بحسب حصيلة أولية", "في حصيلة غير نهائية". Any other count of its kind outranks it
# (``casualties.initial``).
_INITIAL_BEFORE = re.compile(
    r"(?:\b(?:initial(?:ly)?|preliminary|provisional|first\s+(?:reports?|figures?|tolls?|counts?)|early\s+reports?"
    r"|earlier\s+(?:reports?|figures?|tolls?|counts?)|at\s+first)\b"
    r"|\bhad\s+(?:earlier\s+|initially\s+|first\s+)?(?:spoken|said|reported|put|given|cited|told)\b"
    r"|(?<![\u0621-\u064a])(?:ال)?(?:أولية|اولية)(?![\u0621-\u064a])|في\s+البداية|بادئ\s+الأمر|غير\s+نهائية"
    # a claim, not a confirmed toll: what sources "spoke of", what activists said
    r"|\b(?:spoke|spoken|talked)\s+of\b|\bactivists?\s+(?:said|say|claimed|put)\b|\baccording\s+to\s+activists\b"
    # a source who will not be named ("speaking on condition of anonymity", "فضل عدم الكشف عن اسمه"): unconfirmed
    r"|\bon\s+(?:the\s+)?condition\s+of\s+anonymity\b|\bspeaking\s+anonymously\b"
    r"|(?<![\u0621-\u064a])(?:طلب|طلبت|فضل|فضلت|رفض|رفضت|مشترطا|مشترطاً)\s+(?:عدم\s+)?(?:الكشف\s+عن|ذكر|نشر)\s+(?:اسمه|اسمها|هويته|هويتها)"
    # (the verb first, its subject up to five words: "فيما تحدثت مصادر طبية في مستشفيات الرصافة عن خمسة وعشرين")
    r"|(?<![\u0621-\u064a])(?:تحدث|تحدثت|وتحدث|وتحدثت|يتحدث|تتحدث)\s+(?:[^\s.،,]+\s+){0,5}?عن"
    r"|(?<![\u0621-\u064a])(?:قال|وقال|أفاد|افاد|ذكر|بحسب|وفق|يقول)\S*\s+(?:\S+\s+)?(?:ال)?ناشط(?:ون|ين)(?![\u0621-\u064a])"
    # what media reported, and a bound told as "up to": a claim, not a confirmed toll ("some local media reported up to
    # seven wounded", "ذكرت وسائل إعلام محلية")
    r"|\b(?:media|press)\s+(?:outlets\s+|reports\s+)?(?:reported|said|say|report|put)\b|\bup\s+to\s+$"
    r"|(?<![\u0621-\u064a])وسائل\s+(?:ال)?إعلام"
    # what anyone claims ("زعم", "ادعت", "claimed that"): a claim (a party's toll: ``_PARTY_TOLL``)
    r"|\bclaimed\s+that\b"
    r"|(?<![\u0621-\u064a])[وف]?(?:زعم|زعمت|يزعم|تزعم|ادعى|ادعت|يدعي|تدعي)(?![\u0621-\u064a]))"
    r"[^.;\n]*$",
    re.IGNORECASE,
)
# The toll a party to the event puts out (the factions or organisers, the crowd: "تقول الفصائل المنظمة للاعتصام إن عدد
# القتلى بلغ اثنين", "organisers said the number of dead had reached five", "according to the protesters, the toll"):
# a claim. (A party's count of its own people, "قال منظمو الاحتجاج إن ١٤ محتجاً أصيبوا", is one side's toll, no claim:
# ``casualties.sides``.) Read up to the count's end: the toll word may be the count's own.
_PARTY_TOLL = re.compile(
    r"(?:\b(?:(?:organi[sz]ers|protesters|demonstrators|factions|militias?)\s+(?:said|say|says|claimed|claim|put)"
    r"|according\s+to\s+(?:the\s+)?(?:organi[sz]ers|protesters|demonstrators|factions))\b"
    r"|(?<![\u0621-\u064a])(?:قال|وقال|تقول|وتقول|يقول|ويقول|قالت|وقالت|أفاد|افاد|أفادت|افادت|ذكر|ذكرت|بحسب|وفق)\S*\s+"
    r"(?:ال)?(?:فصائل|منظم\S*|محتج\S*|متظاهر\S*|معتصم\S*|تنسيقي\S*))"
    r"[^.;\n]*?(?:\btoll\b|\bnumber\s+of\b|عدد|حصيلة)[^.;\n]*$",
    re.IGNORECASE,
)
_INITIAL_AFTER = re.compile(
    r"^[^.;\n]{0,40}?(?:\b(?:according\s+to|in|by)\s+(?:an?\s+|the\s+)?(?:initial|preliminary|provisional|early|first)\b"
    r"|(?<![\u0621-\u064a])حصيلة\s+(?:أولية|اولية|غير\s+نهائية)|(?:ال)?إحصائية\s+(?:ال)?(?:أولية|اولية))",
    re.IGNORECASE,
)
_INITIAL_WORDS = (
    "media",
    "press",
    "up",
    "وسائل",
    "initial",
    "prelimin",
    "provisional",
    "first",
    "early",
    "earlier",
    "had",
    "أولية",
    "اولية",
    "البداية",
    "بادئ",
    "نهائية",
    "spoke",
    "spoken",
    "talked",
    "activist",
    "تحدث",
    "ناشط",
    "anonym",
    "اسمه",
    "اسمها",
    "هويته",
    "هويتها",
    "claimed",
    "زعم",
    "ادع",
    "يدعي",
    "تدعي",
)


# Some of those a count told, named after it with their own verb ("the death toll was four, including a teenager who
# died in hospital", "killing five people, among them a child who died on the way to hospital", "مقتل خمسة أشخاص
# بينهم طفل توفي في المستشفى"): part of that count, not one more.
_AMONG_BEFORE = re.compile(
    r"(?:\b(?:including|among\s+(?:them|whom|the\s+dead|the\s+wounded|those\s+killed|those\s+hurt))"
    r"|(?<![\u0621-\u064a])(?:من\s+)?(?:بينهم|منهم|بينهما|بينهن)),?\s+$",
    re.IGNORECASE,
)


_AMONG_HINTS = ("includ", "among", "بين", "منهم")
_NUMBER_BEFORE = re.compile(rf"{_NUM}(?:\s+[\w\u0621-\u064a'’-]+)?\s*[,،]?\s*$", re.IGNORECASE)


def _among_counted(text: str, start: int, count: Casualties, counts: list[Casualties]) -> bool:
    """Whether ``count`` names some of the people of a count of its kind told just before it in its sentence."""
    among = _AMONG_BEFORE.search(text, max(start, count.start - 24), count.start)
    if among is None:
        return False
    if _NUMBER_BEFORE.search(text, max(start, among.start() - 40), among.start()):
        return True  # "the death toll was four, including a teenager who died": a number not read as a count
    kinds = [k for k in ("fatalities", "injuries") if getattr(count, k)]
    # (a count of one kind: "30 casualties ..., including two dead" splits a total into both kinds, read whole)
    return any(
        c.end <= count.start
        and count.start - c.end <= 80
        and (c.fatalities is None) != (c.injuries is None)
        and any(getattr(c, k) for k in kinds)
        for c in counts
    )


# What made a toll rise, told before it and joined to it by an Arabic verb of result ("وتوفي اثنان آخران صباحاً، لترتفع
# حصيلة القتلى إلى سبعة"); the English participle ("The driver died on Friday, raising the toll to three") keeps both
# counts, the later toll replacing the event's (``casualties.update``).
_TO_RAISE = re.compile(r"(?<![\u0621-\u064a])[لف](?:ترتفع|يرتفع|تبلغ|يبلغ|تصل|يصل)(?![\u0621-\u064a])")


def _cause_before_its_toll(text: str, counts: list[Casualties]) -> list[Casualties]:
    """Leave out a count of one kind told right before a later toll of that kind it made rise (``_TO_RAISE`` between,
    in the same stretch): part of the toll, neither replacing nor adding to it."""
    out: list[Casualties] = []
    for i, count in enumerate(counts):
        toll = counts[i + 1] if i + 1 < len(counts) else None
        if (
            toll is not None
            and toll.update
            and not count.update
            and toll.start - count.end <= 40
            and (count.fatalities is None) == (toll.fatalities is None)
            and (count.injuries is None) == (toll.injuries is None)
            and _TO_RAISE.search(text, count.end, toll.start + 12) is not None
        ):
            continue
        out.append(count)
    return out


def _toll_before_its_cause(counts: list[Casualties]) -> list[Casualties]:
    """A later toll, then what made it rise ("the number of dead had risen to 23, as four of the wounded died", "the
    toll rose to five after two more bodies were found"): the first is the toll; the second count of its kind is part
    of it, told in the same stretch, and is left out (it neither replaces the toll nor adds to it)."""
    if sum(c.update for c in counts) < 2:
        return counts
    out: list[Casualties] = []
    told: set[str] = set()  # the kinds a later toll of the passage has given
    for count in counts:
        if count.update:
            kinds = {k for k in ("fatalities", "injuries") if getattr(count, k) is not None}
            if kinds and kinds <= told:
                continue
            told |= kinds
        out.append(count)
    return out


def _mark_update(text: str, start: int, count: Casualties) -> Casualties:
    """Mark a count stated as a later toll ("the death toll had risen to five"): it replaces earlier ones."""
    window = text[max(start, count.start - 90) : count.end]
    if holds_any(window.lower(), _UPDATE_WORDS) and _UPDATE.search(window):
        return replace(count, update=True)
    return count


# A running or nationwide tally, or people named only as pictured: no toll of one event ("Since the protests began on
# Oct. 1, more than 260 people have been killed across Iraq", "ومنذ انطلاق الاحتجاجات ... قتل أكثر من ٤٠٠ شخص", "إصابة
# أكثر من ٢٠ ألف شخص في عموم البلاد", "رفعوا صور نحو ستمئة قتيل"). Rule: the counts are read, then left out.
_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul"
    r"|Aug|Sept?|Oct|Nov|Dec"
)
_AR_MONTHS = (
    r"تشرين|كانون|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|يناير|فبراير|مارس|أبريل|ابريل|مايو|"
    r"يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
)
# A day named after the tally's cue starts the day's own news ("Since October protests have rocked the capital, and on
# Friday three were killed"): the count after it is no tally.
_NEW_DAY = (
    r"\b(?:on|late\s+on|early\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:yesterday|today|tonight)\b|(?<![\u0621-\u064a])و?(?:أمس|امس|اليوم|يوم\s+(?:ال)?(?:سبت|أحد|احد|اثنين|ثلاثاء|"
    r"أربعاء|اربعاء|خميس|جمعة))(?![\u0621-\u064a])"
)
_TALLY_BEFORE = re.compile(
    rf"(?:\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)\b|(?:the\s+)?(?:protests?|demonstrations?|unrest|uprising)"
    rf"\s+(?:began|erupted|started|broke\s+out)|(?:early\s+|late\s+|mid-?)?(?:{_MONTHS})\b|[12][0-9]{{3}}\b|last\s+"
    r"(?:year|month)|then\b)|\b(?:in\s+total|altogether|overall\s+tally|cumulative)\b"
    rf"|(?<![\u0621-\u064a])[و]?منذ\s+(?:مطلع|بداية|بدء|انطلاق|اندلاع|انطلاقة|(?:ال)?(?:عام|شهر|الشهر|العام)|{_AR_MONTHS}"
    # a day of a month written in words: "منذ الخامس والعشرين من تشرين الأول"
    rf"|[0-9\u0660-\u0669]|(?:[^\s.،,]+\s+){{1,3}}?من\s+(?:شهر\s+)?(?:{_AR_MONTHS})(?![\u0621-\u064a]))|(?:ال)?(?:إجمالي|اجمالي|الإجمالية|الاجمالية))(?:(?!{_NEW_DAY})[^.;\n])*$"
    r"|(?:\b(?:portraits|pictures|photos|photographs|images|names)\s+of|(?<![\u0621-\u064a])(?:صور|صورة|أسماء|اسماء))"
    rf"\s+(?:the\s+|{hedge_en()}|{_AR_ABOUT})?$",
    re.IGNORECASE,
)
# A period of several days or more up to the report: "over the past three days", "in the last two weeks", "خلال الأيام
# الثلاثة الماضية", "طيلة الأسبوعين الماضيين": a toll of several days' events (cumulative), no one event's.
_PAST_DAYS = (
    r"\b(?:over|in|during|throughout)\s+the\s+(?:past|last|previous)\s+(?:(?:few|several|two|three|four|five|six|seven|ten"
    r"|[0-9]+)\s+)?(?:days|weeks|months)\b"
    # a span of days counted, with or without the article: "over the two days", "in three days of clashes"
    r"|\b(?:over|in|during|throughout|across)\s+(?:the\s+|these\s+)?(?:two|three|four|five|six|seven|several|few|[2-9])"
    r"\s+(?:straight\s+|consecutive\s+)?days\b"
    r"|(?<![\u0621-\u064a])(?:خلال|طيلة|طوال|في)\s+(?:ال)?(?:أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|أسبوعين|اسبوعين|يومين|شهرين)"
    r"\s+(?:[^\s.،,]+\s+)?(?:ال)?(?:ماضية|ماضيين|أخيرة|اخيرة|فائتة)(?![\u0621-\u064a])"
    # the two days the report told: "خلال اليومين", "على مدى اليومين", "خلال يومي المواجهات"
    r"|(?<![\u0621-\u064a])و?(?:خلال|طيلة|طوال|على\s+مدى)\s+(?:هذين\s+)?(?:ال)?(?:يومين|يومي)(?![\u0621-\u064a])"
)
# A toll owned by several days ("the toll of two days of clashes", "the three-day toll", "حصيلة ضحايا يومي المواجهات",
# "حصيلة الأيام الثلاثة"): the toll noun and the days in one phrase, at most three words between; the days' count or
# the Arabic dual/plural makes them several. A toll of several days' events (cumulative), no one event's.
_TOLL_OF_DAYS = (
    r"\btoll\s+(?:[\w'’-]+\s+){0,3}?(?:two|three|four|five|six|seven|several|few|[2-9]|1[0-9])[\s-]+days?\b"
    r"|\b(?:two|three|four|five|six|seven|several|[2-9])[\s-]+days?['’]?\s+(?:[\w'’-]+\s+){0,2}?toll\b"
    r"|(?<![\u0621-\u064a])حصيلة\s+(?:[^\s.،,]+\s+){0,3}?(?:يومي|يومين|(?:ال)?(?:أيام|ايام))(?![\u0621-\u064a])"
    # the day's toll summed over all its events ("وفي حصيلة شاملة، قالت المفوضية إن ستة متظاهرين قتلوا في بغداد أمس",
    # "in an overall toll for the day"): several places' dead, no one event's, like several days'
    r"|(?<![\u0621-\u064a])(?:ال)?حصيلة\s+(?:ال)?(?:شاملة|إجمالية|اجمالية|كاملة)(?![\u0621-\u064a])"
    r"|\b(?:overall|combined)\s+(?:death\s+)?toll\b"
)
_TOLL_OF_DAYS_BEFORE = re.compile(rf"(?:{_TOLL_OF_DAYS})(?:(?!{_NEW_DAY})[^.;\n])*$", re.IGNORECASE)
_NATIONWIDE = (
    r"\b(?:across|throughout)\s+(?:the\s+country|Iraq|the\s+south|southern\s+Iraq|the\s+nation|the\s+provinces)\b"
    r"|\bnationwide\b|\bin\s+(?:all|several|other)\s+provinces\b"
    r"|(?<![\u0621-\u064a])في\s+(?:عموم|مختلف|جميع|أنحاء|انحاء)\s+(?:ال)?(?:بلاد|عراق|محافظات)"
)
# A toll of several provinces at once ("مقتل ثمانية ... في بغداد وذي قار والبصرة", "in Baghdad, Basra and Nasiriyah"):
# the capital and another city named together after the count; its part of the capital is told apart or not at all.
_CITIES_AR = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ("بغداد", *_ELSEWHERE_AR))
_CITIES_EN = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ("Baghdad", *_ELSEWHERE_EN))
# "بغداد والمحافظات", "وعدد من المحافظات", "وباقي المحافظات", "ومحافظات الجنوب": the capital with the provinces.
_OTHER_PROVINCES_AR = (
    r"(?:ال)?محافظات|(?:عدد|باقي|بقية|عدة|مختلف)\s+(?:من\s+)?(?:ال)?محافظات|(?:ال)?مدن\s+(?:أخرى|اخرى)"
)
_PROVINCES = (
    r"(?:(?<![\u0621-\u064a])(?:في|ب)\s*(?:محافظات\s+|محافظتي\s+|مدن\s+)?"
    rf"(?:{_CITIES_AR})(?:\s*[،,]\s*(?:و\s*)?|\s+و\s*)(?:(?:محافظة\s+|مدينة\s+)?(?:{_CITIES_AR})|{_OTHER_PROVINCES_AR})"
    r"(?![\u0621-\u064a])"
    rf"|\bin\s+(?:the\s+provinces\s+of\s+)?(?:{_CITIES_EN})(?:\s*,\s*|\s+and\s+)(?:(?:{_CITIES_EN})\b"
    r"|(?:the\s+)?(?:other|southern|several|many)\s+(?:provinces|cities)\b))"
)
_PROVINCES_AFTER = re.compile(rf"^[^.;\n]{{0,50}}?{_PROVINCES}", re.IGNORECASE)
_PROVINCES_BEFORE = re.compile(rf"{_PROVINCES}[^.;،,\n]{{0,40}}$", re.IGNORECASE)
_PROVINCE_WORDS = ("بغداد", "baghdad")
_NATIONWIDE_AFTER = re.compile(rf"^[^.;،,\n]{{0,50}}?(?:{_NATIONWIDE}|{_PAST_DAYS})", re.IGNORECASE)
# "Over the two days, nine people were wounded", "وخلال اليومين أصيب تسعة": the days before the count, in its clause
_PAST_DAYS_BEFORE = re.compile(rf"(?:{_PAST_DAYS})[^.;\n]{{0,40}}$", re.IGNORECASE)
_NATIONWIDE_BEFORE = re.compile(rf"(?:{_NATIONWIDE})[^.;\n]{{0,40}}$", re.IGNORECASE)
_TALLY_WORDS = (
    "since", "منذ", "total", "altogether", "overall", "cumulative", "إجمالي", "اجمالي", "الإجمالية", "الاجمالية",
    "portraits", "pictures", "photos", "images", "names", "صور", "أسماء", "اسماء", "across", "throughout",
    "nationwide", "provinces", "عموم", "مختلف", "جميع", "أنحاء", "انحاء", "past", "last", "previous", "days", "ماضي",
    "أخيرة", "اخيرة", "فائتة", "يومي",

)  # fmt: skip
# A toll of several days or of a whole day (``_TOLL_OF_DAYS``) holds a toll word and a day word or a word of the whole.
_TOLL_WORDS = ("toll", "حصيلة")
_DAY_WORDS = ("day", "يومي", "يومين", "أيام", "ايام", "overall", "combined", "شاملة", "إجمالية", "اجمالية", "كاملة")


# A later toll counted since an earlier time, in its own words ("يرتفع عدد القتلى منذ اندلاع المواجهات يوم الأحد الماضي
# إلى أحد عشر"): a running tally, whatever day the time names; "منذ ساعات", "since this morning" are of the day.
_SINCE_CUE = (
    r"(?:\bsince\s+(?!(?:this\s+)?(?:morning|dawn|noon|hours|the\s+morning)\b"
    # "has since climbed": the adverb, no time
    r"|(?:risen|rose|climbed|increased|jumped|reached|been|grown|doubled|gone)\b)"
    r"|(?<![\u0621-\u064a])و?منذ\s+(?!(?:ال)?(?:ساعات|ساعة|صباح|الصباح|مساء|ظهر|فجر|ليلة|الليلة|دقائق)(?![\u0621-\u064a])))"
)
_SINCE_IN_TOLL = re.compile(rf"{_SINCE_CUE}[^.;\n]*$", re.IGNORECASE)
# ... or right after it: "The death toll has risen to 40 since the protests began".
_SINCE_AFTER_TOLL = re.compile(rf"^\s*[,،]?\s*(?:{_SINCE_CUE})", re.IGNORECASE)


def _tally(text: str, start: int, stop: int, count: Casualties) -> bool:
    """Whether a count is a running or nationwide tally, or of people only pictured (no toll of one event).

    A later toll ("the toll had risen to five") is one event's, unless its own words count it since an earlier
    time ("ترتفع حصيلة ضحايا الاحتجاجات منذ الخامس والعشرين من تشرين الأول إلى ٧٤ قتيلاً", "يرتفع عدد القتلى منذ
    اندلاع المواجهات يوم الأحد الماضي إلى أحد عشر") or across the country or several provinces."""
    if count.one_more:
        return False
    after = text[count.end : min(stop, count.end + 60)]
    since = _SINCE_IN_TOLL if count.update else _TALLY_BEFORE
    # (counted since an earlier time right after the count, a later toll or not: "The deaths bring to 15 the number of
    # protesters killed since the start of the month", "قتل ٢٠ متظاهراً منذ بداية الاحتجاجات")
    if (count.fatalities or count.injuries) and _SINCE_AFTER_TOLL.match(after):
        return True
    # the count's own words too: a verb first may be followed by the time ("وقتل منذ الثالث من آذار ٢٠ متظاهراً")
    return bool(
        since.search(text, max(start, count.start - 90), count.start)
        or since.search(text, count.start, count.end)
        or _NATIONWIDE_AFTER.search(after)
        or _NATIONWIDE_BEFORE.search(text, max(start, count.start - 60), count.start)
        or _several_provinces(text, max(start, count.start - 90), count.start, after)
        # (the whole sentence before it: "..., after the first toll had spoken of 15" is the same tally's)
        or _TOLL_OF_DAYS_BEFORE.search(text, start, count.start) is not None
        # (a number, not a count of none: "no one was killed over the two days" is none on each)
        or (
            bool(count.fatalities or count.injuries)
            and _PAST_DAYS_BEFORE.search(text, max(start, count.start - 60), count.start) is not None
        )
    )


def _of_several_events(text: str, begin: int, count_start: int, after: str) -> bool:
    """Whether a count is named as the toll of two or more events together (``_SEVERAL_EVENTS``)."""
    before = text[begin:count_start]
    if not (holds_any(before.lower(), _SEVERAL_HINTS) or holds_any(after.lower(), _SEVERAL_HINTS)):
        return False
    return _SEVERAL_EVENTS_BEFORE.search(before) is not None or _SEVERAL_EVENTS_AFTER.match(after) is not None


def _several_provinces(text: str, begin: int, count_start: int, after: str) -> bool:
    """Whether a count is told of the capital with other cities or provinces ("في بغداد وذي قار والبصرة",
    "حصيلة ضحايا التظاهرات في بغداد والمحافظات بلغت"): named after it, or before it in its clause."""
    if holds_any(after.lower(), _PROVINCE_WORDS) and _PROVINCES_AFTER.match(after):
        return True
    before = text[begin:count_start]
    return holds_any(before.lower(), _PROVINCE_WORDS) and _PROVINCES_BEFORE.search(before) is not None


# A toll put earlier than the report's: "The ministry had earlier put the toll at two dead", "had initially put
# the death toll at", "Earlier, officials had put the toll at": a first figure, not a later toll.
_EARLIER_PUT = re.compile(
    r"(?:\b(?:earlier|initially|first|at\s+first)\b[^.;\n]{0,40}?\b(?:put|gave|given|set)|\bhad\s+(?:\w+\s+)?(?:put|given|set))"
    r"\s+the\s+(?:death\s+|casualty\s+)?toll\b[^.\n]*$",
    re.IGNORECASE,
)


# A count its sentence goes on to say was not confirmed ("..., a figure officials could not confirm", "which could not
# be independently verified", "فيما لم تؤكد الجهات الرسمية هذا الرقم", "ولم يتسن التأكد من ذلك"): a claim, like a first
# figure; a confirmed toll of its kind outranks it.
_UNCONFIRMED_AFTER = re.compile(
    r"^[^.;\n]{0,80}?(?:\b(?:not|never)\s+(?:\w+\s+){0,2}?(?:confirm(?:ed)?|verif(?:y|ied)|corroborat(?:e|ed))\b"
    r"|\bunconfirmed\b|\bcould\s+not\s+(?:\w+\s+)?(?:confirm|verify)\b"
    r"|(?<![\u0621-\u064a])(?:لم|ولم)\s+(?:[تي]ؤكد|[تي]ؤكدها|يتسن|يتسنَّ|يتم\s+التأكد|تتأكد|يتأكد)(?![\u0621-\u064a]))",
    re.IGNORECASE,
)
_UP_TO = re.compile(r"\bup\s+to\b", re.IGNORECASE)  # "killing up to 30": a bound, a claim
_UNCONFIRMED_WORDS = ("confirm", "verif", "corroborat", "unconfirmed", "ؤكد", "يتسن", "التأكد", "تتأكد", "يتأكد")


def _mark_initial(text: str, start: int, stop: int, count: Casualties) -> Casualties:
    """Mark a first, provisional figure ("بحسب حصيلة أولية", "first reports spoke of") or one its sentence says was not
    confirmed (``_UNCONFIRMED_AFTER``): other counts outrank it."""
    if count.fatalities or count.injuries:
        rest = text[count.end : min(stop, count.end + 90)]
        if holds_any(rest.lower(), _UNCONFIRMED_WORDS) and _UNCONFIRMED_AFTER.search(rest):
            # (a toll another source "put at four, a figure Reuters could not verify" is no later toll either: a
            # conflicting claim, outranked by the confirmed count)
            return replace(count, update=False, initial=True)
    if count.update:
        # (the count's own words too: "had earlier put the toll at two" is read from "put" on)
        before = text[max(start, count.start - 100) : count.end]
        if "toll" in before.lower() and _EARLIER_PUT.search(before):
            return replace(count, update=False, initial=True)  # "had earlier put the toll at two": no later toll
        if _party_toll(text, start, count, text[max(start, count.start - 100) : count.end].lower()):
            return replace(count, update=False, initial=True)  # "organisers said the number of dead had reached four"
        return count
    window = text[max(start, count.start - 100) : min(stop, count.end + 45)]
    low = window.lower()
    if _party_toll(text, start, count, low):
        return replace(count, initial=True)
    if not holds_any(low, _INITIAL_WORDS):
        return count
    before = text[max(start, count.start - 100) : count.start]
    after = text[count.end : min(stop, count.end + 45)]
    if _INITIAL_BEFORE.search(before) or _INITIAL_AFTER.search(after) or _UP_TO.search(text, count.start, count.end):
        return replace(count, initial=True)
    return count


# The words every _PARTY_TOLL match holds: a toll word and a party's (a window without both is not searched).
_PARTY_TOLL_WORDS = ("toll", "number", "عدد", "حصيلة")
_PARTY_WORDS = ("organi", "protesters", "demonstrators", "factions", "militia", "فصائل", "منظم", "محتج", "متظاهر",
                "معتصم", "تنسيقي")  # fmt: skip


def _party_toll(text: str, start: int, count: Casualties, low: str) -> bool:
    """Whether ``count`` is a toll a party to the event puts out (``_PARTY_TOLL``); ``low`` is the lower-case window
    around it, for the pre-test."""
    return (
        holds_any(low, _PARTY_TOLL_WORDS)
        and holds_any(low, _PARTY_WORDS)
        and _PARTY_TOLL.search(text, max(start, count.start - 100), count.end) is not None
    )


# The next sentence tells that the sources of the counts before spoke without being named (AP's "The officials spoke
# on condition of anonymity because ...", "Both sources asked not to be identified", "وطلب المصدر عدم الكشف عن اسمه"):
# it opens by pointing back at them (an article or demonstrative with a source noun, or a pronoun) and gives no count of
# its own. Their counts are claims (``casualties.initial``), as when the anonymity is told in the count's own sentence.
_ANONYMOUS_NEXT = first_char_guard(re.compile(
    r"\s*(?:(?:The|These|Those|Both|All|Two|Three|Four)\s+(?:[\w'’-]+\s+){0,3}?(?:officials?|sources?|officers?|medics?"
    r"|doctors?|witnesses|policem[ae]n|employees|workers|nurses?|paramedics?)|They|He|She)\b"
    r"[^.\n]{0,120}?\b(?:(?:spoke|speaking|talked|talking)\s+(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously)"
    r"|(?:asked|requested|declined|refused)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|(?:were|was|are|is)\s+not"
    r"\s+authori[sz]ed\s+to\s+(?:speak|brief|talk))"
    r"|\s*[وف]?(?:طلب|طلبت|فضل|فضلت|رفض|رفضت|اشترط|اشترطت)\s+(?:ال)?(?:مصدر|مصادر|مسؤول|مسؤولون|ضابط|طبيب|شاهد)"
    r"[\u0621-\u064a]*\s+(?:عدم\s+)?(?:الكشف\s+عن|ذكر|نشر)",
    re.IGNORECASE,
))  # fmt: skip
_ANONYMOUS_NEXT_WORDS = ("anonym", "named", "identified", "authori", "الكشف", "ذكر", "نشر")


def claimed_by_next(text: str, counts: list[Casualties], next_start: int, next_end: int) -> list[Casualties]:
    """The counts of a sentence, as claims when the next one says their sources spoke without being named.

    Only a next sentence that opens by pointing back at the sources and states no count of its own counts; a
    later toll keeps its standing.
    """
    if not counts or next_start >= next_end:
        return counts
    low = text[next_start:next_end].lower()
    if not holds_any(low, _ANONYMOUS_NEXT_WORDS) or not _ANONYMOUS_NEXT.match(text, next_start, next_end):
        return counts
    if find_casualties(text, next_start, next_end):
        return counts
    return [c if c.update or c.initial else replace(c, initial=True) for c in counts]


def _mark_another(text: str, start: int, count: Casualties) -> Casualties:
    """Mark a count told in a clause about another one of the kind ("while the second wounded two")."""
    window = text[max(start, count.start - 120) : count.start]
    if holds_any(window.lower(), _OF_ANOTHER_WORDS) and _OF_ANOTHER.search(window):
        return replace(count, of_another=True)
    return count
