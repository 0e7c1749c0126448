"""What a place named in a report is to its sentence: where the event was, or something else.

A landmark's name in a sentence does not always say where the event happened. The words around it tell:

- ``negated``: the event did *not* happen there ("none of the rockets landed on the U.S. Embassy",
  "did not reach the embassy", "لم يسقط أي منهما داخل السفارة");
- ``origin``: where a projectile was launched or a march set off from ("a drone launched from a site near
  the Republic Bridge struck ...", "rockets fired from southern Baghdad", "انطلقت من منطقة الدورة");
- ``reference``: a landmark named only to say how far away the event was ("a few kilometres from the
  parliament building", "على بعد كيلومترين من السفارة"), or to compare it with another place ("the city's
  answer to Baghdad's Tahrir Square", "على غرار ساحة التحرير");
- ``not_place``: the name stands for an institution, a person's title or a news outlet ("a member of
  Iraq's parliament", "the U.S. Embassy said", "أعلن مجلس القضاء الأعلى", "لـ(بغداد اليوم)").

Every test looks at a bounded window around the mention (:data:`_BEFORE` characters before it, a few
words after it), so reading the roles of a report's places costs its length.
"""

from __future__ import annotations

import re

from geoincidents.extraction._phrases import (
    UNGUARDED,
    first_char_guard,
    holds_any,
    minimal_pieces,
    plain_lower,
    required_pieces,
)

__all__ = ["EVENT", "NEGATED", "NOT_PLACE", "ORIGIN", "REFERENCE", "is_aim", "is_facing", "place_role"]

EVENT = "event"
NEGATED = "negated"
ORIGIN = "origin"
NOT_PLACE = "not_place"
REFERENCE = "reference"

_BEFORE = 90  # characters before a mention that its role is read from
_AR = "\u0621-\u064a"

# Negated arrival or impact, then the words up to the place (no clause break between).
_NEGATION = first_char_guard(re.compile(
    r"(?:\b(?:none|neither)(?:\s+of)?\s+(?:[\w'’-]+\s+){0,3}|\bno\s+(?:[\w-]+\s+)?)"
    r"(?:(?:was|were|had|has|have|did|does|do|will|would)\s+)?(?:land(?:s|ed)?|f[ae]lls?|hits?|strikes?|struck|"
    r"reach(?:es|ed)?|enter(?:s|ed)?|cross(?:es|ed)?|got|gets?|ma(?:de|kes?)\s+it)\b"
    r"|\b(?:did\s+not|didn['’]t|do\s+not|does\s+not|doesn['’]t|failed\s+to|never|could\s+not|couldn['’]t|"
    r"(?:was|were)\s+unable\s+to|without)\s+(?:\w+\s+)?(?:reach|hit|land|strike|struck|enter|get|cross|damage|harm)\w*\b"
    # a munition brought down before it reached its target ("two other drones had been brought down before reaching
    # the compound"): the target was not reached, the munition is no event of that place
    r"|\b(?:(?:brought|shot|knocked)\s+down|intercepted|downed|neutrali[sz]ed)\s+(?:[\w'’-]+\s+){0,4}?before\s+"
    r"(?:reaching|hitting|striking|getting\s+to)\b"
    r"|\b(?:prevent|stop|block|bar|keep|kept)\w*\s+(?:[\w'’-]+\s+){0,3}from\s+(?:reaching|entering|crossing|getting|"
    r"marching|storming|approaching|advancing|breaching|accessing)\b"
    r"|\b(?:narrowly\s+)?(?:missed|missing|misses|sparing|spared)(?=\s+(?:the|its|their|his|her|a|an)\b)"
    r"|\b(?:instead\s+of|rather\s+than(?:\s+(?:in|at|on|near))?|(?:keep|kept|keeping|stay|stayed|staying)\w*\s+"
    r"(?:[\w'’-]+\s+){0,3}?away\s+from)(?=\s)"
    rf"|(?<![{_AR}])(?:بدلا|بدلاً|عوضا|عوضاً)\s+(?:من|عن)(?![{_AR}])"
    rf"|(?<![{_AR}])و?(?:[أا]خط[أا]|مخطئ)[{_AR}\u064b-\u0652]*(?![{_AR}])"
    rf"|(?<![{_AR}])(?:منع|يمنع|تمنع)[{_AR}]*\s+(?:[{_AR}]+\s+){{0,3}}من\s+(?:ال)?(?:دخول|وصول|عبور|اقتراب|تقدم)(?![{_AR}])"
    rf"|(?<![{_AR}])(?:و?(?:لم|لن)|(?:من\s+)?دون\s+[أا]ن)\s+(?:[يت](?:سقط|صب|صيب|صل|دخل|قتحم|عبر|طال)[{_AR}]*"
    rf"|[يت]تمكن[{_AR}]*\s+(?:[{_AR}]+\s+){{0,2}}من\s+(?:ال)?(?:وصول|دخول|عبور|اقتحام))(?![{_AR}])",
    re.IGNORECASE,
))  # fmt: skip
# Launched or set off from, then the words up to the place.
_ORIGIN = re.compile(
    r"\b(?:fired|launched|shot|lobbed|flown|took\s+off|set\s+off|set\s+out|started\s+out|marched|came|walked|"
    r"moved|departed|headed\s+out|originated|emanated|coming|come)(?:\s+(?:in|out|off|remotely|apparently|reportedly))?"
    r"\s+from\b"
    # a crowd leaving a place: "marched out of Tahrir Square and were stopped at the bridge"
    r"|\b(?:marched|streamed|poured|spilled|walked|moved|came|filed|surged)\s+out\s+of\b"
    r"|\b(?:fired|launched|lobbed|flown)(?:\s+(?!at\b|on\s+(?:the|a|an)\b|towards?\b|into\b|against\b|over\b)[\w'’-]+){1,4}"
    r"\s+from\b"
    # a munition fired at its aim, then from where ("rockets were fired at the U.S. Embassy from Jadriya"): the aim
    # between is no crowd fired at, the place after "from" the launch site
    r"|\b(?:rockets?|missiles?|shells?|mortars?|rounds|drones?|katyushas?|projectiles?)\s+(?:(?:were|was|had\s+been|"
    r"have\s+been|has\s+been|being)\s+)?(?:fired|launched|lobbed)\s+at(?:\s+[\w'’.-]+){1,5}\s+from\b"
    # a crowd setting off, with the time or manner between ("set off in the late morning from the square")
    r"|\b(?:set\s+off|set\s+out|started\s+out|departed|headed\s+out)"
    r"(?:\s+(?!at\b|on\s+(?:the|a|an)\b|to\b|towards?\b|into\b|for\b)[\w'’-]+){1,4}\s+from\b"
    # (and the verbs of a crowd coming or streaming, form VI and V: "توافدوا من ساحة التحرير", "تدفق المحتجون من")
    rf"|(?<![{_AR}])و?(?:انطلق|[أا]\u064f?طلق|انطلاق|[إا]طلاق|قادم|زحف|خرج|[تي]وافد|[تي]دفق)[{_AR}]*"
    rf"(?:[،,]?\s+(?!على|نحو|باتجاه|صوب|[إا]لى)[{_AR}]+){{0,5}}[،,]?\s+من(?![{_AR}])"
    # a crowd that came from a place ("محتجين على جسر الجمهورية قدموا من ساحة التحرير"): the verb right before "من"
    rf"|(?<![{_AR}])[وف]?(?:قدموا|جاؤوا|جاءوا)\s+من(?![{_AR}])",
    re.IGNORECASE,
)
# A landmark in apposition to a starting point, locating it ("set off from the square, beneath the Freedom Monument",
# "انطلقوا من الساحة، قرب نصب الحرية"): the same starting point.
_BY_POINT = re.compile(
    r",\s*(?:right\s+|just\s+|directly\s+)?(?:beneath|under|below|beside|by|next\s+to|near|at\s+the\s+foot\s+of)\s+"
    r"(?:the\s+)?$"
    r"|[،,]\s*(?:تحت|قرب|بجانب|عند)\s+$",
    re.IGNORECASE,
)


# Words between a cue and the place that start a new statement ("... did not reach the embassy but fell
# near the palace", "... from Dora struck the embassy"): the place after them is what the event hit.
_BREAK = re.compile(
    r"[,.;:،؛]|\b(?:but|while|instead|struck|hit|hitting|landed|landing|fell|falling|targeted|targeting|slammed|"
    r"crashed|exploded)\b"
    rf"|(?<![{_AR}])(?:لكن|بل|فيما|بينما|و?سقط[{_AR}]*|و?[أا]صاب[{_AR}]*|استهدف[{_AR}]*)(?![{_AR}])",
    re.IGNORECASE,
)
# After an origin cue, words of direction also lead to the target ("marched from the camp towards ...").
_TOWARDS = re.compile(
    rf"\b(?:towards?|into|onto|to|reached|reaching|and)\b|(?<![{_AR}])(?:باتجاه|نحو|صوب|[إا]لى|على)(?![{_AR}])",
    re.IGNORECASE,
)
# After an origin cue, the noun of the event the people staged ("graduates who came from Nasiriyah staged a sit-in
# outside the ministry", "خريجون قدموا من الناصرية اعتصاماً أمام وزارة التخطيط"): the place after it is where the
# event was, not where they came from.
_EVENT_NOUN = re.compile(
    r"\b(?:sit-ins?|rally|rallies|protests?|demonstrations?|vigils?|march)\b"
    rf"|(?<![{_AR}])(?:اعتصام|تظاهرة|مظاهرة|وقفة|احتجاج)[{_AR}\u064b]*",
    re.IGNORECASE,
)
_MAX_GAP_WORDS = 7
# What a comparison points at is a longer phrase, with its places joined ("similar to those raised in Tahrir
# Square and on the Republic Bridge"): more words may come between it and the place.
_MAX_LIKE_WORDS = 12
# Kilometres away from the place: a reference point, not where the event was.
_FAR_FROM = re.compile(
    r"\b(?:kilomet(?:er|re)s?|km|miles?)\s+(?:away\s+)?(?:(?:north|south|east|west)\w*\s+)?(?:from|of)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
    rf"|(?<![{_AR}])(?:كيلومتر|كيلو|كم|أميال|ميل)[{_AR}]*\s+(?:عن|من)\s+(?:[{_AR}]+\s+){{0,1}}$",
    re.IGNORECASE,
)
# Far from a place: the event was not there ("gathered far from Tahrir Square", "بعيداً عن ساحة التحرير"); not
# "not far from" / "غير بعيد عن" (near it).
_FAR_AWAY = re.compile(
    r"(?<!not\s)(?<!n['’]t\s)\bfar\s+(?:away\s+)?from\s+(?:[\w'’-]+\s+){0,2}$"
    rf"|(?<!غير\s)(?<!ليس\s)(?<!ليست\s)(?<![{_AR}])بعيد[{_AR}\u064b-\u0652]*\s+(?:جدا\S*\s+)?عن\s+(?:[{_AR}]+\s+){{0,1}}$",
    re.IGNORECASE,
)
# Across the river from a place: the event was on the other bank, the place only says where that is ("fell on
# the eastern bank, opposite the Green Zone", "across the Tigris from the zone", "on the other side of the river
# from the embassy", "على الضفة المقابلة للمنطقة الخضراء", "في الجانب الآخر من النهر قبالة"); not "opposite the
# ministry" alone (near it).
_ACROSS = re.compile(
    r"\b(?:across|over)\s+the\s+(?:river|tigris(?:\s+river)?|water)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
    r"|\b(?:other|opposite|far)\s+(?:side|bank)\s+(?:of\s+the\s+(?:river|tigris)\s+)?(?:from|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
    r"|\b(?:bank|riverbank|shore)\b(?:\s+of\s+the\s+(?:river|tigris))?[^.;:]{0,30}?\b(?:opposite|facing|across\s+from)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
    # Arabic: the other bank, or the other side of the river (not "the other side of the bridge": its far end)
    rf"|(?<![{_AR}])(?:الضفة\s+(?:المقابلة|الأخرى|الاخرى)|(?:الجانب|الجهة)\s+(?:المقابلة?|الأخرى|الاخرى|الآخر|الاخر)"
    rf"(?=\s+(?:من|ل)\s*(?:ال)?نهر|\s+(?:من\s+|ل)?دجلة))(?:\s+(?:من|ل)\s*(?:ال)?نهر)?(?:\s+(?:من\s+|ل)?دجلة)?"
    rf"(?:\s+(?:قبالة|مقابل))?\s+(?:ل|من\s+)?$",
    re.IGNORECASE,
)
_ACROSS_HINTS = ("across", "river", "tigris", "water", "side", "bank", "shore", "الضفة", "الجانب", "الجهة")
# A landmark that may only say where another place stands: what a place overlooks ("on a road overlooking al-Zawraa
# park", "a high-rise overlooking the square"), and what a place named or told just before faces ("Firdaws Square,
# facing the Palestine Hotel", "a house opposite the embassy"; Arabic by an adjective that agrees with the place
# before it: "منطقة الجادرية المقابلة للمنطقة الخضراء", "البناية المطلة على ساحة التحرير"). It gives way to the other
# place the clause names (``place.facing_skipped``); alone it is the event's nearest landmark ("a rocket hit a house
# opposite the embassy": near the embassy). Not "opposite the ministry" after a verb ("gathered opposite the
# ministry": near it), nor a crowd "facing the police in the square".
_PLACE_NOUNS = (
    r"road|street|avenue|highway|building|house|home|tower|high-rise|hotel|bank|riverbank|square|area|district|"
    r"neighbou?rhood|plot|lot|park|garden|mosque|restaurant|caf[eé]|shop|market|site|camp|compound|villa|school|"
    r"complex|car\s+park|parking\s+lot|yard|courtyard|checkpoint|office|warehouse|apartment|block"
)
_FACING = re.compile(
    r"\b(?:overlooking|overlooks|overlooked\s+by)\s+(?:the\s+)?(?:(?!(?:in|at|on|near|inside|into|from|of)\s)[\w'’-]+\s+){0,2}"
    r"(?:al-|el-)?$"
    rf"|(?:,\s*|\b(?:{_PLACE_NOUNS})\s+)(?:directly\s+|just\s+)?(?:facing|opposite|across\s+the\s+(?:street|road)\s+from)"
    r"\s+(?:the\s+)?"
    r"(?:(?!(?:in|at|on|near|inside|into|from|of)\s)[\w'’-]+\s+){0,2}(?:al-|el-)?$"
    # a place noun located by what it stands behind or beside ("a residential complex behind the Convention Centre")
    rf"|\b(?:{_PLACE_NOUNS})\s+(?:directly\s+|just\s+|right\s+)?(?:behind|beside|next\s+to|adjacent\s+to|alongside)"
    r"\s+(?:the\s+)?"
    r"(?:(?!(?:in|at|on|near|inside|into|from|of)\s)[\w'’-]+\s+){0,2}(?:al-|el-)?$"
    rf"|(?<![{_AR}])ال(?:مقابل|مواجه|مطل)[\u064b-\u0652]*[ةه]?[\u064b-\u0652]*\s+(?:على\s+|ل\s+|لـ\s*)?$",
    re.IGNORECASE,
)
_FACING_HINTS = ("overlook", "facing", "opposite", "across", "behind", "beside", "next", "adjacent", "alongside",
                 "مقابل", "مواجه", "مطل")  # fmt: skip
# Where the wounded were treated: a hospital's place is not the event's ("the injured were taken to the Ibn Sina
# hospital inside the zone", "نقل الجرحى إلى مستشفى ابن سينا داخل المنطقة الخضراء"); not a field hospital or a
# clinic, which stand where the crowd is.
_TREATED = re.compile(
    r"\b(?:taken|rushed|evacuated|transferred|transported|moved|treated|admitted|hospitali[sz]ed)\s+(?:to|at|in)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?<!field\s)(?:hospitals?|medical\s+city)\b[^.;:,]{0,25}$"
    rf"|(?<![{_AR}])(?:نقل|ونقل|نُقل|ونُقل|إسعاف|اسعاف|أسعف|اسعف|نقلوا|يعالج|يتلقى|يتلقون)[{_AR}]*\s+"
    rf"(?:[{_AR}]+\s+){{0,3}}?(?:[إا]لى\s+|في\s+)?(?:مستشفى|مستشفيات|المستشفى|مشفى|مدينة\s+الطب)[^.;:،,]{{0,25}}$"
    # where the wounded were carried to, the destination told on over nouns joined to it and their modifiers
    # ("نقلوا إلى مستشفى الكندي ومفارز طبية ميدانية أقامها متطوعون في ساحة الخلاني"), until a new clause
    rf"|(?<![{_AR}])و?(?:نقل|نُقل|أسعف|اسعف|أخلي|اخلي|نقلت)[{_AR}]*\s+(?:[{_AR}]+\s+){{0,3}}?[إا]لى\s+"
    rf"(?:مستشفى|مستشفيات|المستشفى|مستشفيي|مشفى|مدينة\s+الطب|مستوصف|عيادة|مفارز|مفرزة|المفارز|خيم|خيمة|نقاط|نقطة)"
    rf"(?:\s+(?!(?:بعد|حين|عندما|إثر|اثر|جراء|بسبب|أثناء|اثناء|خلال|فيما|بينما|حيث|لكن|ولكن)(?![{_AR}]))[^\s.;:،,]+)"
    rf"{{0,9}}\s+(?:في|ب|عند|قرب|داخل|وسط)?\s*$",
    re.IGNORECASE,
)
_TREATED_HINTS = ("hospital", "medical", "مستشف", "مشفى", "الطب", "مستوصف", "عيادة", "مفارز", "مفرزة", "خيم", "نقاط",
                  "نقطة")  # fmt: skip
# A munition aimed at a place that fell short of it or missed it: the place is not where it fell ("aimed at the
# zone but fell short", "fired at the embassy but missed").
_FIRED_AT = re.compile(r"\b(?:fired|launched|lobbed|shot)\s+at\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_FELL_SHORT_AFTER = re.compile(
    r"^\s*,?\s*(?:but|and)\s+(?:it\s+|they\s+|instead\s+)?(?:apparently\s+)?(?:fell|came\s+down|landed)\s+short\b"
    r"|^\s*,?\s*but\s+(?:it\s+|they\s+)?missed\b"
    r"|^\s*(?:لكنه|لكنها|ولكنه|ولكنها|إلا\s+[أا]نه|إلا\s+[أا]نها)\s+(?:سقط|سقطت|لم\s+[يت]صل)",
    re.IGNORECASE,
)
# A verb negated with "لم" before the place, and the sentence corrects it right after the place ("لم تسقط الصواريخ
# التي أطلقت مساء الثلاثاء على السفارة الأمريكية، بل سقطت في الجادرية"): not where the event was.
_NOT_VERB = re.compile(rf"(?<![{_AR}])[وف]?لم\s+[{_AR}]{{3,}}(?![{_AR}])[^.!?؟\n،,;؛]*$")
_CORRECTED_AFTER = re.compile(rf"^(?:\s+[{_AR}]+){{0,2}}\s*[،,]?\s*(?:بل|وإنما|وانما|إنما|لكنها|ولكنها|لكنه|ولكنه)\s")
# A place named to compare the event with another ("similar to those raised in Tahrir Square", "the city's
# answer to Baghdad's Tahrir Square", "على غرار ساحة التحرير", "مشابهة لتلك التي رفعت في ساحة التحرير").
_LIKE = re.compile(
    r"\b(?:(?:similar|akin|identical|comparable)\s+to|mirroring|mirrored|modell?ed\s+on|reminiscent\s+of|"
    r"(?:answer|counterpart|equivalent|version)\s+(?:to|of)"
    # a likeness told by a verb ("scenes that recalled the uprising in Tahrir Square", "echoing the protests in
    # Tahrir"; not a sound echoing through a place)
    r"|recall(?:s|ed|ing)?|echo(?:es|ed|ing)?(?!\s+(?:across|through|around|in|over|off|from)\b)|evok(?:es|ed|ing))\b"
    rf"|(?<![{_AR}])(?:على\s+غرار|(?:مشابه|مماثل|شبيه)[{_AR}]*\s+(?=[لب])|على\s+طريقة|نسخة\s+من)",
    re.IGNORECASE,
)
# A likeness told by "like" right before the place ("It is like Tahrir in 2019 all over again", "just like the Tahrir
# protests"): a comparison, with at most :data:`_MAX_LIKE_NEAR` words between (not "protesters who looked like students
# gathered in Tahrir Square", where the place is the event's).
_LIKE_NEAR = re.compile(r"\b(?:is|was|are|were|it['’]s|just|much|looks?|looked|seems?|seemed|felt|feels?)\s+like\b")
_MAX_LIKE_NEAR = 2
# A place that cannot speak, vote or meet: a bridge, a square, a gate ("Protesters on the Sinak Bridge said ..."):
# the verb after it is its people's, it is where they are.
_MUTE_PLACE = re.compile(r"\b(?:bridge|square|gate|checkpoint|street|park)\b", re.IGNORECASE)
# A person's title or role in an institution named after it ("a member of Iraq's parliament").
_TITLE_BEFORE = re.compile(
    r"\b(?:members?|speaker|head|chairman|chairwoman|chair|president|spokes(?:man|woman|person)|ambassador|"
    r"deputy)\s+(?:of|for|to)\s+(?:the\s+)?$"
    rf"|(?<![{_AR}])(?:عضو|[أا]عضاء|رئيس|رئاسة|نائب|النائب|نواب|النواب|سفير|(?:المتحدث|الناطق)\s+باسم)"
    rf"(?:\s+في)?\s+$",
    re.IGNORECASE,
)
# An institution that speaks, votes or meets: "the U.S. Embassy said", "parliament elects".
_INSTITUTION_AFTER = re.compile(
    r"^(?:['’]s\s+(?:speaker|spokes(?:man|woman|person)|statement|session|vote|members?|president|head))?\s*"
    r"(?:(?:has|have|had|also|later|on\s+\w+)\s+)?(?:said|says|stated|announced|condemned|confirmed|denied|urged|"
    r"called|warned|voted|votes|elected|elects|approved|approves|passed|met|meets|convened|convenes|"
    r"adjourned|postponed|ratified|ruled|rules|issued|declined|rejected)\b",
    re.IGNORECASE,
)
# The source of a report or statement: "according to the prime minister's office", "a statement from the U.S.
# Embassy", "sources in parliament", "بيان لمكتب رئيس الوزراء", "بحسب السفارة", "مصدر في مجلس النواب".
_SOURCE_BEFORE = re.compile(
    # the people a report is according to, told by where they are: "according to medics at the square", "according
    # to witnesses in Tahrir Square" (their place, not the event's)
    r"\baccording\s+to\s+(?:(?!(?:in|at|from|on|near)\b)[\w'’-]+\s+){1,3}(?:in|at|from)\s+(?:the\s+)?$|"
    r"\b(?:according\s+to|statement\s+(?:from|by|of|issued\s+by)|sources?\s+(?:in|at|from|close\s+to)|"
    r"officials?\s+(?:in|at|from)|quoted\s+by|on\s+behalf\s+of|(?:representative|delegation)\s+(?:of|from))"
    r"\s+(?:the\s+)?$"
    rf"|(?<![{_AR}])(?:بيان|بحسب|حسب|وفق|وفقا|وفقاً|نقلا\s+عن|نقلاً\s+عن|مصدر\s+في|مصادر\s+في|ممثل\s+عن|ممثلي)\s*ل?ـ?$"
    # the officials or staff of an institution, told by it ("قبل أن يعدهم مسؤولون في الوزارة", "موظفون في البرلمان"):
    # who they are, not where the event was
    rf"|(?<![{_AR}])(?:مسؤول|مسؤولون|مسؤولين|مسؤولو|مسؤولي|موظف|موظفون|موظفين|موظفو|موظفي)\s+(?:[{_AR}]+\s+)?في\s+$",
    re.IGNORECASE,
)
_SOURCE_HINTS = ("according", "statement", "source", "official", "quoted", "behalf", "representative", "delegation",
                 "بيان", "حسب", "وفق", "نقل", "مصدر", "مصادر", "ممثل", "مسؤول", "موظف")  # fmt: skip
_SPEECH_BEFORE = re.compile(
    rf"(?<![{_AR}])(?:و|ف)?(?:[أا]علن|قال|[أا]كد|[أا]دان|دعا|صوت|[أا]قر|حذر|نفى|طالب|ذكر|[أا]صدر|قرر|عقد|رفض)[{_AR}]*\s+$"
)
# What a crowd's slogans, chants or banners are against is whom they oppose, not where they were: "chanted slogans
# against the Ministry of Higher Education", "banners denouncing the embassy", "رددوا هتافات ضد وزارة التعليم العالي".
_AGAINST_BEFORE = re.compile(
    r"\b(?:slogans?|chant(?:s|ed|ing)?|banners?|placards?|signs?|posters?)\s+(?:\w+\s+){0,2}?"
    r"(?:against|denouncing|condemning|critici[sz]ing)\s+(?:the\s+)?$"
    rf"|(?<![{_AR}])(?:هتافات|شعارات|لافتات)\s+(?:\S+\s+){{0,2}}?(?:ضد|مناهضة\s+ل|مناوئة\s+ل|تندد\s+ب)(?:ال)?\s*$",
    re.IGNORECASE,
)
_AGAINST_HINTS = ("slogan", "chant", "banner", "placard", "sign", "poster", "هتاف", "شعار", "لافت")
# A news outlet named after a place: "(بغداد اليوم)", "لـ"بغداد اليوم"", "told Baghdad Today".
_OUTLET_AFTER = re.compile(r"^\s*(?:اليوم|today)(?![\w])", re.IGNORECASE)
_OUTLET_BEFORE = re.compile(r"(?:[(\"“«]|(?<![\w])لـ?\s*|\btold\s+)$", re.IGNORECASE)


# A place a crowd or a vehicle only went by on its way ("marched past the Unknown Soldier monument and entered the
# parliament", "drove by way of the Jumhuriya Bridge", "travelled via Tahrir Square"): a point of the route, not where
# the event was. Not "past" of time ("past midnight"), which no landmark follows.
_ROUTE_BEFORE = re.compile(
    r"\b(?:past|via|by\s+way\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,1}$",
    re.IGNORECASE,
)
_ROUTE_HINTS = ("past", "via", "way of")
# A place gone through on the way to another named right after it ("توجه عشرات منهم عبر ساحة الخلاني نحو جسر السنك",
# "marched through Tahrir Square towards the bridge"): a point of the route too; "عبر الجسر" alone (across the bridge)
# and "through the square" with no place ahead stay where the crowd was.
_THROUGH_BEFORE = re.compile(r"(?:(?<![\u0621-\u064a])[وف]?عبر|\bthrough)\s+(?:the\s+)?$", re.IGNORECASE)
_ONWARD_AFTER = re.compile(
    r"^[\s,،]*(?:(?:باتجاه|نحو|صوب|[إا]لى|وصولا\S*\s+[إا]لى)(?![\u0621-\u064a])|(?:towards?|to|into|and\s+on\s+to)\b)",
    re.IGNORECASE,
)
_THROUGH_HINTS = ("عبر", "through")
# Where the sound or the shock of an event reached, or where those who tell of it live: "the blast was heard in
# Karrada", "could be felt across the Green Zone", "residents of Karradat Mariam said they heard", "وسمع دويها في
# الجادرية", "أفاد سكان في منطقة الكرادة": the place of the witnesses, not the event's. Residents are witnesses only
# when a verb of telling or hearing follows within the clause ("residents of Karrada said"), not "residents of
# Karrada protested".
_PERCEIVED_BEFORE = re.compile(
    r"\b(?:heard|felt|audible|visible|seen)\s+(?:[\w'’-]+\s+){0,3}?(?:across|throughout|all\s+over|as\s+far\s+(?:away\s+)?as)"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,1}(?:(?:[\w'’-]+\s+){1,2}and\s+(?:the\s+)?)?$"
    # the sound heard from a place ("We heard the sirens from the embassy"): where the sound came from
    r"|\bheard\s+(?:the\s+|a\s+)?(?:sirens?|alarms?|blasts?|explosions?|booms?|gunfire|shots|sounds?|noise)\s+"
    r"(?:(?:coming|wailing|going\s+off)\s+)?from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,1}$"
    # the echo heard in a place ("سمع دويها في الجادرية"), or any sound heard all over it ("سمعت في أرجاء الكرادة")
    rf"|(?<![{_AR}])و?(?:سمع|سُمع|يسمع|تسمع|سمعت)[{_AR}\u064b-\u0652]*\s+(?:صدى\s+|صوت\s+)?دوي[{_AR}]*\s+"
    rf"(?:[{_AR}]+\s+){{0,2}}?(?:في|ب)\s*(?:[أا]رجاء\s+|[أا]نحاء\s+|مناطق\s+|منطقة\s+|حي\s+)?(?:[{_AR}]+\s+)?$"
    rf"|(?<![{_AR}])و?(?:سمع|سُمع|يسمع|تسمع|سمعت)[{_AR}\u064b-\u0652]*\s+(?:[{_AR}]+\s+){{0,3}}?"
    rf"(?:في|ب)\s*(?:[أا]رجاء|[أا]نحاء|مختلف\s+مناطق)\s+(?:[{_AR}]+\s+)?$",
    re.IGNORECASE,
)
_PERCEIVED_HINTS = ("heard", "felt", "audible", "visible", "seen", "سمع", "سُمع", "شوهد", "يشاهد")
_RESIDENTS_BEFORE = re.compile(
    r"\b(?:residents|inhabitants|locals|witnesses|people|families)\s+(?:of|in|from)\s+(?:the\s+)?"
    r"(?:(?:[\w'’-]+\s+){1,2}and\s+(?:the\s+)?)?$"
    rf"|(?<![{_AR}])(?:سكان|أهالي|اهالي|شهود\s+عيان\s+في|مواطنون\s+في|مواطنين\s+في)\s+(?:في\s+)?(?:منطقة\s+|حي\s+)?$",
    re.IGNORECASE,
)
_RESIDENTS_HINTS = ("resident", "inhabitant", "local", "witness", "people", "famil", "سكان", "هالي", "شهود", "مواطن")
_TOLD_AFTER = re.compile(
    r"^[^.;:!?]{0,60}?\b(?:said|say|says|told|tell|heard|hear|reported|described|recalled|recounted)\b"
    rf"|^[^.؛:!?]{{0,60}}?(?<![{_AR}])(?:قالوا|قال|أفادوا|افادوا|أفاد|افاد|ذكروا|سمعوا|أكدوا|اكدوا|رووا|تحدثوا)(?![{_AR}])",
    re.IGNORECASE,
)
# A landmark named in a relative clause that only says what the place before it holds ("the Green Zone, where the
# U.S. Embassy is located", "the zone, which houses the embassy", "home to the parliament", "المنطقة الخضراء، حيث مقر
# السفارة الأميركية", "التي تضم السفارة"): it describes that place, the event was not at it. "where" needs a verb of
# lying after the landmark ("where the embassy sits"; not "where the embassy was hit"); "حيث" a noun or verb of seat
# before it.
_HOLDS_BEFORE = re.compile(
    r"\b(?:which|that)\s+(?:also\s+)?(?:houses|hosts|contains|includes|is\s+home\s+to)\s+(?:the\s+)?$"
    r"|,\s*(?:which\s+is\s+)?home\s+to\s+(?:the\s+)?$"
    rf"|(?<![{_AR}])حيث\s+(?:مقر|مقرات|تقع|يقع|توجد|يوجد|تتواجد|يتواجد)\s+$"
    rf"|(?<![{_AR}])(?:التي|الذي)\s+(?:تضم|يضم|تحتضن|يحتضن)\s+$",
    re.IGNORECASE,
)
_HOLDS_HINTS = ("house", "host", "contain", "include", "home to", "حيث", "تضم", "يضم", "تحتضن", "يحتضن")
_WHERE_BEFORE = re.compile(r",\s*where\s+(?:the\s+)?$", re.IGNORECASE)
_LIES_AFTER = re.compile(
    r"^\s+(?:is|are)\s+(?:also\s+)?(?:located|based|housed|situated)\b|^\s+(?:sits|stands|lies|is)\s*[,.;]",
    re.IGNORECASE,
)


# The hospitals of an area that received the wounded ("مستشفيات الرصافة استقبلت الجرحى", "the Rusafa hospitals"): the
# area names whose hospitals they are, not where the event was.
_HOSPITALS_BEFORE = re.compile(rf"(?<![{_AR}])(?:و|ب|ل)?(?:مستشفيات|دائرة\s+صحة|صحة)\s+$")
_HOSPITALS_AFTER = re.compile(r"^(?:['’]s)?\s+(?:hospitals|health\s+directorate)\b", re.IGNORECASE)


# What a munition was aimed at: "rockets aimed at the U.S. Embassy fell in Jadriya", "كانت تستهدف السفارة".
_AIM = re.compile(
    r"\b(?:aimed\s+(?:at|towards?|in\s+the\s+direction\s+of)|targeting|targetting|intended\s+for|meant\s+for|heading\s+for"
    r"|headed\s+for|bound\s+for"
    # the salvo that targeted a place ("part of a salvo that targeted the U.S. Embassy"): what it was aimed at
    r"|(?:salvo|volley|barrage|attack)\s+(?:that\s+|which\s+)?(?:had\s+)?targeted"
    r"|(?:fired|launched|lobbed|sent)\s+(?:towards?|in\s+the\s+direction\s+of))"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
    # fired towards a place ("rockets fired toward Baghdad's Green Zone ... struck a street in al-Amin")
    # (a few words between: "fired late on Sunday toward the zone"; "أطلقت صواريخ، فجر اليوم، باتجاه السفارة")
    r"|\b(?:fired|launched|lobbed|shot)(?:\s+(?!(?:at|in|into|from)\b)[\w'’-]+){0,3}\s+(?:towards?|in\s+the\s+direction\s+of)"
    r"\s+(?:the\s+)?(?:(?!(?:in|at|on|near|inside|into|from|of)\s)[\w'’-]+\s+){0,2}$"
    # a munition fired at a place, in the passive or after its noun ("A volley of rockets was fired at the U.S.
    # Embassy", a headline's "Rockets fired at US Embassy"): what it was aimed at, not where it fell
    r"|\b(?:was|were|been|being|rockets?|missiles?|shells?|mortars?|projectiles?|drones?|katyushas?)\s+"
    r"(?:fired|launched|lobbed)\s+at\s+(?:the\s+)?(?:(?!(?:in|at|on|near|inside|into|from|of)\s)[\w'’-]+\s+){0,2}$"
    # an attack foiled, told by its aim ("foiled a rocket attack on the Green Zone, seizing a launcher in Jadriya"):
    # what it was aimed at, the place of the weapons found the event's
    r"|\b(?:foiled|thwarted|averted)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attack|plot|strike)\s+(?:on|against)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
    rf"|(?<![{_AR}])و?(?:[أا]حبط|[إا]حباط)[{_AR}]*\s+(?:[{_AR}]+\s+){{0,3}}?(?:هجوم|محاول)[{_AR}\u064b]*\s+"
    rf"(?:[{_AR}\u064b]+\s+)?(?:على|ضد)\s+$"
    # (the dual and plural too: "صاروخان كانا يستهدفان السفارة", "قذائف كانت تستهدفان")
    rf"|(?<![{_AR}])(?:(?:كانت|كان|كانا|كانتا|كانوا)\s+)?(?:(?:تستهدف|يستهدف)(?:ان|ون|ن)?|المستهدفة?|مستهدفة?|"
    rf"موجه(?:ة|ان|تان)?\s+(?:[إا]لى|نحو))"
    rf"\s+(?:[{_AR}]+\s+){{0,1}}$"
    # the salvo or attack that targeted a place, in the perfect after its noun ("ضمن رشقة صاروخية استهدفت السفارة",
    # "هجوم صاروخي استهدف"): what it was aimed at; the perfect alone ("استهدف صاروخ السفارة") stays the event's
    rf"|(?<![{_AR}])(?:رشق[ةه]|رشقات|هجوم|هجمات)\s+(?:صاروخي[ةه]?\s+|بالصواريخ\s+)?(?:التي\s+|الذي\s+)?"
    rf"(?:استهدفت|استهدف)\s+$"
    rf"|(?<![{_AR}])و?(?:[أا]\u064f?طلق|[إا]طلاق)[{_AR}]*(?:[،,]?\s+[{_AR}]+){{0,4}}[،,]?\s+(?:باتجاه|نحو|صوب)\s+$",
    re.IGNORECASE,
)
_AIM_HINTS = ("aim", "target", "intended", "meant", "for", "toward", "direction", "fired", "launched",
              "lobbed", "foiled", "thwarted", "averted", "حبط", "حباط",
              "تستهدف", "يستهدف", "مستهدف", "استهدف", "موجه", "طلق", "طلاق")  # fmt: skip


def is_facing(text: str, start: int) -> bool:
    """Whether the place named at ``start`` only says where another place stands ("Firdaws Square, facing the
    Palestine Hotel", "a road overlooking al-Zawraa park", "الجادرية المقابلة للمنطقة الخضراء"; see ``_FACING``).

    Examples
    --------
    >>> s = "rallied in Firdaws Square, facing the Palestine Hotel"
    >>> is_facing(s, s.index("Palestine"))
    True
    >>> s = "gathered opposite the Planning Ministry"
    >>> is_facing(s, s.index("Planning"))
    False
    """
    window = text[max(0, start - 60) : start].lower()
    return _hinted(window, _FACING_HINTS) and _FACING.search(window) is not None


def is_aim(text: str, start: int) -> bool:
    """Whether the place named at ``start`` is what a munition was aimed at ("aimed at", "targeting", "تستهدف").

    Such a place is the event's only when the clause names no other place (see ``place.aim_skipped``).
    """
    window = text[max(0, start - 45) : start].lower()
    return _hinted(window, _AIM_HINTS) and _AIM.search(window) is not None


def _cue_before(
    pattern: re.Pattern[str], window: str, *, origin: bool = False, max_words: int = _MAX_GAP_WORDS
) -> bool:
    """Whether the last ``pattern`` cue in ``window`` leads to its end: few words, no new statement."""
    cues = list(pattern.finditer(window))
    if not cues:
        return False
    gap = window[cues[-1].end() :]
    if len(gap.split()) > max_words or _BREAK.search(gap):
        return False
    return not (origin and (_TOWARDS.search(gap) or _EVENT_NOUN.search(gap)))


# Substrings one of which every cue of a pattern contains: a window without any is not searched (a report has
# many places, and most windows hold no cue at all).
# (tests/test_extraction_prefilters.py proves from each pattern's parse that every match holds one of its hints)
_NEGATION_HINTS = ("none", "neither", "no", "not", "n't", "n’t", "never", "fail", "unable", "without", "prevent",
                   "before", "stop", "block", "bar", "keep", "kept", "miss", "spar", "instead", "rather", "stay", "لم",
                   "لن", "دون", "منع", "خطأ", "خطا", "مخطئ", "بدل", "عوض")  # fmt: skip
_ORIGIN_HINTS = ("from", "out", "طلق", "طلاق", "قادم", "زحف", "خرج", "وافد", "دفق", "قدموا", "جاؤوا", "جاءوا")
_FAR_AWAY_HINTS = ("far", "بعيد")
_FAR_HINTS = ("kilo", "km", "mile", "كيلو", "كم", "ميل", "أميال")
_LIKE_HINTS = ("similar", "akin", "identical", "comparable", "mirror", "model", "reminiscent", "answer",
               "counterpart", "equivalent", "version", "like", "recall", "echo", "evok", "غرار", "شبيه", "مشابه",
               "مماثل", "طريقة", "نسخة")  # fmt: skip
_TITLE_HINTS = ("member", "speaker", "head", "chair", "president", "spokes", "ambassador", "deputy", "عضو", "عضاء",
                "رئيس", "رئاسة", "نائب", "نواب", "سفير", "باسم")  # fmt: skip


# Kept from going to a place, with a long object between the verb and "from" ("to stop hundreds of demonstrators
# angered by a deadly blast from marching on the US embassy"): "from" and a verb of going just before the place,
# a verb of keeping earlier in the same sentence (no sentence or clause break between).
_FROM_GOING = re.compile(
    r"\bfrom\s+(?:reaching|entering|crossing|getting|marching|storming|approaching|advancing|breaching|accessing|"
    r"heading|moving|going|walking)(?:\s+[\w'’-]+){0,3}\s+$"
)
_KEPT_FROM = re.compile(r"\b(?:prevent|stop|block|bar|keep|kept|deter|hold\w*\s+back)\w*\b[^.;:!?]*$")
_PREVENTED_REACH = 200  # characters before "from" a verb of keeping is looked for


def _prevented_from(text: str, start: int) -> bool:
    """Whether the place named at ``start`` is where someone was kept from going (``_FROM_GOING``, ``_KEPT_FROM``).

    Examples
    --------
    >>> s = "police moved to stop hundreds of angry students of the university from marching on the Ministry"
    >>> _prevented_from(s, s.index("Ministry"))
    True
    >>> s = "students who came from marching on Monday gathered at the Ministry"
    >>> _prevented_from(s, s.index("Ministry"))
    False
    """
    near = text[max(0, start - 45) : start].lower()
    going = _FROM_GOING.search(near) if "from" in near else None
    if going is None:
        return False
    cue_at = start - len(near) + going.start()
    offset = max(0, cue_at - _PREVENTED_REACH)
    kept = _KEPT_FROM.search(text[offset:cue_at].lower())
    return kept is not None and not _failed_prevention(text.lower(), offset + kept.start())


# A prevention that failed ("failed to stop them from reaching", "من دون أن تنجح في منعهم من الوصول إلى البرلمان"):
# the negation of a negation, the crowd got there.
_PREVENTION = re.compile(
    rf"(?:prevent|stop|block|bar|keep|kept|deter|hold\w*\s+back)\w*|(?<![{_AR}])[يت]?منع", re.IGNORECASE
)
_FAILED_TO = re.compile(
    r"(?:\b(?:failed|fail|fails|failing|unable|could\s+not|couldn['’]t|did\s+not\s+manage|didn['’]t\s+manage|"
    r"without\s+(?:managing|being\s+able)|in\s+vain)\s+to\s+"
    rf"|(?<![{_AR}])(?:فشل|فشلت|فشلوا|عجز|عجزت|عجزوا)(?:\s+[{_AR}]+){{0,2}}?\s+(?:في|عن)\s+"
    rf"|(?<![{_AR}])(?:لم|(?:من\s+)?دون\s+[أا]ن)\s+[يت](?:نجح|تمكن|فلح|ستطع|قدر)[{_AR}]*(?:\s+[{_AR}]+){{0,2}}?\s+(?:في|من|على)\s+)$",
    re.IGNORECASE,
)


def _failed_prevention(text: str, cue_at: int) -> bool:
    """Whether the verb of keeping at ``text[cue_at:]`` is itself told as failed (``_FAILED_TO`` right before it).

    Examples
    --------
    >>> s = "police failed to stop them from reaching the ministry"
    >>> _failed_prevention(s, s.index("stop"))
    True
    >>> s = "police moved to stop them from reaching the ministry"
    >>> _failed_prevention(s, s.index("stop"))
    False
    """
    return bool(_PREVENTION.match(text, cue_at)) and _FAILED_TO.search(text, max(0, cue_at - 45), cue_at) is not None


def _hinted(window: str, hints: tuple[str, ...]) -> bool:
    return holds_any(window, hints)


# What every negation cue holds, read from the pattern's parse (its verbs: "reach", "hit", "لم يسقط"): the hand-written
# hints above pass most windows ("no" is in "north" and "announced"); these pass few.
_NEGATION_READ = minimal_pieces(required_pieces(UNGUARDED.get(_NEGATION, _NEGATION)) or ("",))


def _read_hinted(window: str, pieces: tuple[str, ...]) -> bool:
    """Whether the lower-case ``window`` may hold a match of a pattern every match of which holds one of ``pieces``
    (a letter that case-insensitive matching folds apart from ``lower`` leaves it to the pattern)."""
    low = plain_lower(window)
    return low is None or holds_any(low, pieces)


# Any hint of them all: most windows hold none, and one test tells (a hint holding another is left out: "no" tells
# for "not" and "none").
_ANY_HINT = minimal_pieces(
    sorted(
        {
            *_NEGATION_HINTS,
            *_ORIGIN_HINTS,
            *_ACROSS_HINTS,
            *_TREATED_HINTS,
            *_TITLE_HINTS,
            *_SOURCE_HINTS,
            *_FAR_HINTS,
            *_FAR_AWAY_HINTS,
            *_LIKE_HINTS,
            *_AGAINST_HINTS,
            *_ROUTE_HINTS,
            *_THROUGH_HINTS,
            *_HOLDS_HINTS,
            "where",
            *_PERCEIVED_HINTS,
            *_RESIDENTS_HINTS,
            "مستشفيات",
            "صحة",
        }
    )
)


def _is_arabic(chars: str) -> bool:
    """Whether ``chars`` hold an Arabic letter (a verb before the name can only be Arabic then)."""
    return any("\u0621" <= ch <= "\u064a" for ch in chars)


def place_role(text: str, start: int, end: int) -> str:
    """The role of the place named at ``text[start:end]``: :data:`EVENT`, :data:`NEGATED`, :data:`ORIGIN`
    or :data:`NOT_PLACE`.

    Examples
    --------
    >>> s = "None of the rockets landed on the U.S. Embassy compound."
    >>> place_role(s, s.index("U.S."), s.index(" compound"))
    'negated'
    >>> s = "a drone launched from a site near the Republic Bridge struck the residence"
    >>> place_role(s, s.index("Republic"), s.index(" struck"))
    'origin'
    >>> s = "rockets landed near the Republic Bridge"
    >>> place_role(s, s.index("Republic"), len(s))
    'event'
    """
    window = text[max(0, start - _BEFORE) : start].lower()
    after = text[end : end + 40]
    if (_INSTITUTION_AFTER.match(after) and not _MUTE_PLACE.search(text, start, end)) or (
        _is_arabic(window[-3:]) and _SPEECH_BEFORE.search(window[-30:])
    ):
        return NOT_PLACE
    if _OUTLET_AFTER.match(after) and _OUTLET_BEFORE.search(window[-8:]):
        return NOT_PLACE
    if _FELL_SHORT_AFTER.match(after) and (is_aim(text, start) or _FIRED_AT.search(window[-45:])):
        return NEGATED
    if "لم" in window and _CORRECTED_AFTER.match(after) and _NOT_VERB.search(window):
        return NEGATED  # "لم تسقط الصواريخ ... على السفارة، بل سقطت في الجادرية": the place the sentence corrects
    if ("ospital" in after or "ealth" in after) and _HOSPITALS_AFTER.match(after):
        return REFERENCE
    if not holds_any(window, _ANY_HINT):
        return EVENT
    if _hinted(window, _FAR_HINTS) and _FAR_FROM.search(window[-50:]):
        return REFERENCE
    if _hinted(window, _LIKE_HINTS) and (
        _cue_before(_LIKE, window, max_words=_MAX_LIKE_WORDS)
        or ("like" in window[-40:] and _cue_before(_LIKE_NEAR, window[-40:], max_words=_MAX_LIKE_NEAR))
    ):
        return REFERENCE
    if _hinted(window[-70:], _ACROSS_HINTS) and _ACROSS.search(window[-70:]):
        return REFERENCE
    if _hinted(window, _TREATED_HINTS) and _TREATED.search(window):
        return REFERENCE
    if _hinted(window[-30:], _HOLDS_HINTS) and _HOLDS_BEFORE.search(window[-30:]):
        return REFERENCE
    if "where" in window[-15:] and _WHERE_BEFORE.search(window[-15:]) and _LIES_AFTER.match(after):
        return REFERENCE
    if _hinted(window[-40:], _ROUTE_HINTS) and _ROUTE_BEFORE.search(window[-40:]):
        return REFERENCE
    if _hinted(window[-14:], _THROUGH_HINTS) and _THROUGH_BEFORE.search(window[-14:]) and _ONWARD_AFTER.match(after):
        return REFERENCE
    if _hinted(window[-70:], _PERCEIVED_HINTS) and _PERCEIVED_BEFORE.search(window[-70:]):
        return REFERENCE
    if (
        _hinted(window[-60:], _RESIDENTS_HINTS)
        and _RESIDENTS_BEFORE.search(window[-60:])
        and _TOLD_AFTER.match(text[end : end + 80])
    ):
        return REFERENCE
    if ("مستشفيات" in window[-20:] or "صحة" in window[-20:]) and _HOSPITALS_BEFORE.search(window[-20:]):
        return REFERENCE
    near = window[-40:]
    if _hinted(near, _TITLE_HINTS) and _TITLE_BEFORE.search(near):
        return NOT_PLACE
    if _hinted(near, _SOURCE_HINTS) and _SOURCE_BEFORE.search(near):
        return NOT_PLACE
    if _hinted(window[-60:], _AGAINST_HINTS) and _AGAINST_BEFORE.search(window[-60:]):
        return NOT_PLACE
    if _hinted(window, _NEGATION_HINTS) and _read_hinted(window, _NEGATION_READ) and _cue_before(_NEGATION, window):
        cue = list(_NEGATION.finditer(window))[-1]
        if not _failed_prevention(window, cue.start()):
            return NEGATED
    if _hinted(window[-50:], _FAR_AWAY_HINTS) and _FAR_AWAY.search(window[-50:]):
        return NEGATED
    if _prevented_from(text, start):
        return NEGATED
    if _hinted(window, _ORIGIN_HINTS) and _cue_before(_ORIGIN, window, origin=True):
        return ORIGIN
    point = _BY_POINT.search(window[-40:]) if "," in window[-40:] or "،" in window[-40:] else None
    if point is not None:
        head = window[: len(window) - 40 + point.start()] if len(window) > 40 else window[: point.start()]
        if _hinted(head, _ORIGIN_HINTS) and _cue_before(_ORIGIN, head, origin=True):
            return ORIGIN
    return EVENT
