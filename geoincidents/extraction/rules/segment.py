"""Cutting a report into sentences and clauses, and reading its dateline and headline.

Rules (see ``docs/extraction.md``):

- ``segment.sentence``: a sentence ends at ``.``, ``!``, ``?`` or ``؟`` followed by white space (closing
  quotes and brackets kept with it), or at a line break; a full stop after an abbreviation ("Gen.",
  "Oct.", an initial) ends nothing.
- ``segment.clause``: a sentence is cut before "after", "while", "meanwhile", "بعد", "فيما", "بينما",
  "عقب" ... and at a semicolon; each clause is read on its own.
- ``segment.family``: a clause is cut again where its event words change kind, when each piece names a
  place of its own ("a rocket fell near the bridge and a protest in Tahrir Square").
- ``segment.distributive``: munitions counted out one by one at their places ("two rockets fell, one near
  Zawraa Park and the other near al-Nisour Square", "صاروخين، أحدهما قرب ... والآخر على منزل في ...") are cut
  into one piece per place, each with the clause's event words, and each marked a distinct item.
- ``segment.dateline``: the dateline ("BAGHDAD, March 15 (Reuters) -", "بغداد/ ... -") says where and when
  the report was filed: its date and city are not the event's.
- ``segment.headline``: a first line without a closing full stop, of at most 25 words, followed by more
  text, is a headline: it summarises the body.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from geoincidents.extraction._phrases import first_char_guard, holds_any, plain_lower
from geoincidents.extraction.dates import MONTHS_AR, WEEKDAY_NUMBERS_AR, WEEKDAYS_AR, WEEKDAYS_EN
from geoincidents.extraction.events import Trigger, brought_down_only, intercepted_triggers
from geoincidents.extraction.words import literal_alternation

__all__ = [
    "MAX_SENTENCE_CHARS",
    "dateline_end",
    "first_of_count_en",
    "headline_end",
    "is_distinct_item",
    "is_headline",
    "is_separate",
    "opens_as_next_item_en",
    "rest_of_count",
    "split_by_family",
    "split_clauses",
    "split_distributive",
    "split_sentences",
    "strip_span",
]

# The patterns run over a whole text or sentence start only at the first character of a run: after its
# first character a look-behind refuses the middle of a run of stops or spaces, and the rest of the run
# is taken whole (possessive quantifiers). A run of n dots or spaces then costs n steps, not n * n, and
# the patterns still begin with a character class (the regex engine's fast scan for a first character).
_SENTENCE_END = first_char_guard(re.compile(r"[.!?؟](?<![.!?؟][.!?؟])[.!?؟]*+[\"”’')\]]*+(?=\s)|\n+"))  # fmt: skip
_ABBREV = first_char_guard(re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Sen|Rep|"
    r"Gov|Brig|Cpl|Prof|Pres|Jr|Sq|Ave|Rd|Blvd|approx|vs|etc|al))\.$"
))  # fmt: skip
_CLOCK = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)  # "9:30 p.m."
_NEXT_CHAR = re.compile(r"\s*(\S)")
# A time of day after "after" / "بعد": a phrase of time, no clause ("rockets were launched shortly after 4 a.m. and
# ...", "after midnight", "بعد منتصف الليل", "بعد الساعة العاشرة", "بعد صلاة الجمعة"): no cut. ("بعد ظهر" and "بعد
# العصر" still cut, as before: tests/test_unseen_ar_round7b.py.)
_TIME_OF_DAY_EN = (
    r"(?!\s+(?:about\s+|around\s+|roughly\s+|just\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b|p\.?m\b|o['’]clock\b|hrs\b)"
    r"|\d{1,2}[:.]\d{2}\b|midnight\b|noon\b|midday\b|dawn\b|daybreak\b|sunrise\b|sunset\b|dusk\b|nightfall\b|dark\b"
    # a lapse of time measured from no event ("found the car after about half an hour, with a third rocket in it")
    r"|(?:half\s+an\s+hour|an\s+hour|a\s+few\s+(?:minutes|hours)|(?:\w+\s+)?(?:minutes|hours))\b(?!\s+(?:of|into|from)\b)))"
)
_TIME_OF_DAY_AR = (
    r"(?!\s+(?:منتصف\s+الليل|منتصف\s+النهار|الفجر|الظهر|الظهيرة|العصر|المغرب|العشاء|الغروب|الشروق|الساعة|صلاة)(?![\u0621-\u064a])"
    # a lapse of time measured from no event, "من" or "على" after it would name one ("عثرت على العجلة بعد نحو نصف ساعة،
    # وبداخلها صاروخ ثالث"; "بعد دقائق من سقوط الصاروخين" is cut as before)
    r"|\s+(?:(?:نحو|قرابة|حوالي|زهاء)\s+)?(?:نصف\s+|ربع\s+)?(?:ساعة|ساعتين|ساعات|دقائق|دقيقة|دقيقتين)"
    r"(?![\u0621-\u064a])(?!\s+(?:[\u0621-\u064a]+\s+)?(?:من|على)\s))"
)
# A full stop followed by a word in lower case (Latin) closes an abbreviation ("4 a.m. and", "approx. two"), not a
# sentence: an English sentence opens with a capital, a digit or a quote.
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_CLAUSE_BREAK = re.compile(
    # (not before the rest of a salvo counted out: "two were brought down while the other crashed into ..." is one
    # salvo, that partly landed)
    rf",?\s(?<!\s\s)\s*+(?:after{_TIME_OF_DAY_EN}|(?:while|whereas)(?!\s+the\s+(?:other|third|fourth|remaining|last|rest)\b)"
    rf"|meanwhile|hours\s+after{_TIME_OF_DAY_EN}|shortly\s+after{_TIME_OF_DAY_EN}|days\s+after)\s+|;\s*+"
    # ("على بعد مئة متر من", "عن بعد": the noun "distance", not "after"; "بعد ذلك"/"بعد ذاك": the adverb "afterwards",
    # which opens no clause, "حاولت بعد ذلك التوجه": no cut; nor a time after another event set in the clause,
    # "عثرت، بعد نحو ساعة من الهجوم، على منصة الإطلاق": when the clause's own verb happened, no clause of its own)
    rf"|\s(?<!\s\s)\s*+(?:(?<!على\s)(?<!عن\s)بعد{_TIME_OF_DAY_AR}(?!\s+(?:ذلك|ذاك)(?![\u0621-\u064a])|\s+(?:(?:نحو|قرابة|حوالي|زهاء)\s+)?"
    r"(?:ساعة|ساعتين|ساعات|دقائق|دقيقة|دقيقتين|يوم|يومين|أيام|ايام)(?:\s+[\u0621-\u064a]+)?\s+من\s)"
    r"|فيما|بينما|في\s+حين|عقب)\s+"
    # another event at the same time, a clause of its own: "تجمعوا قرب بوابة مجلس النواب، وذلك بالتزامن مع وقفة للمعلمين
    # في ساحة التحرير", "gathered outside parliament, coinciding with a rally in Tahrir Square"
    r"|[،,]\s*(?:وذلك\s+)?(?:بالتزامن|تزامنا|تزامناً|متزامنا|متزامناً|متزامنة)\s+مع\s+"
    r"|,\s+(?:coinciding\s+with|at\s+the\s+same\s+time\s+as|simultaneously\s+with)\s+"
    # a coordinated clause opening with a day of its own, another day's event: "Two rockets hit the Green Zone on
    # Saturday, and on Sunday a drone was shot down near the airport", "سقط صاروخان يوم السبت، وفي يوم الأحد أسقطت
    # الدفاعات طائرة مسيرة" (the day stays in the clause)
    # (the group "day" begins the next clause: its words stay in it)
    rf"|,\s+and\s+(?P<day>(?:(?:then|early|late|later)\s+)?(?:on\s+)?(?:{literal_alternation(WEEKDAYS_EN)})\b)"
    rf"|[،,]\s*(?P<day_ar>و(?:في\s+)?(?:(?:صباح|مساء|ظهر|فجر|ليلة|عصر)\s+)?(?:يوم\s+)?"
    rf"(?:{literal_alternation(WEEKDAYS_AR)})(?![\u0621-\u064a]))",
    re.IGNORECASE,
)
_AR_MONTHS = "|".join(sorted((re.escape(m) for m in MONTHS_AR), key=len, reverse=True))
# "BAGHDAD, March 15 (Reuters) -": the date of a dateline is the publication's, not the event's.
_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]{2,30}(?:,\s*[^\n()]{0,25}?)?\s*+(?:\([^)\n]{1,30}\))?\s*+[-—–]{1,2}\s"
    # "Baghdad, March 11 (dpa) -", "Baghdad (AFP) -": a city in mixed case needs the agency in brackets
    r"|[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?(?:,\s*[^\n()]{0,25}?)?\s*+\([^)\n]{1,30}\)\s*+[-—–:]{1,2}\s"
    # "بغداد 9 ديسمبر/كانون الأول (شينخوا)", "بغداد – 12 آذار (رويترز) -", "بغداد (أ ف ب) -": a city, a day and month,
    # the agency in brackets, a dash or none
    rf"|[\u0621-\u064a]{{2,20}}(?:\s[\u0621-\u064a]{{2,20}})?\s*+(?:[-—–/,،]\s*+)?[0-9\u0660-\u0669]{{1,2}}\s+"
    rf"(?:{_AR_MONTHS})(?:\s*/\s*(?:{_AR_MONTHS}))?(?:\s+[0-9\u0660-\u0669]{{4}})?\s*\([^)\n]{{1,30}}\)\s*+(?:[-—–:]{{1,2}}\s)?"
    r"|[\u0621-\u064a]{2,20}(?:\s[\u0621-\u064a]{2,20})?\s*+\([^)\n]{1,30}\)\s*+[-—–:]{1,2}\s"
    r"|[\u0621-\u064a][\u0621-\u064a ]{1,25}(?:/\s*[\u0621-\u064a ]{2,25})?\s*+[-—–/]\s"
)
_DATELINE_MAX = 120  # a dateline is looked for in the first characters of a sentence only
# Characters one of which every dateline holds (its dash, slash or agency bracket; proved from the pattern in
# tests/test_extraction_prefilters.py): a sentence opening without any is not matched.
_DATELINE_MARKS = ("-", "—", "–", "(", "/")
_DATELINE_MARK = re.compile("[" + "".join(re.escape(mark) for mark in _DATELINE_MARKS) + "]")

MAX_SENTENCE_CHARS = 1500
"""A "sentence" longer than this (a text without full stops, a pasted table) is cut at the last white
space before the limit: no real sentence is this long, and every rule then reads a bounded passage."""
_CUT_AT = re.compile(r"[\s،,;]")


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed to leave out white space at both ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as character spans (rule ``segment.sentence``).

    A sentence longer than :data:`MAX_SENTENCE_CHARS` is cut into pieces at white space.
    """
    out: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group(0)[0] == "." and _ABBREV.search(text[max(0, match.start() - 6) : match.start() + 1]):
            continue
        if match.group(0)[0] == "." and _abbreviation_stop(text, match.start(), end, match.group(0) == "."):
            continue
        _add_sentence(text, start, end, out)
        start = end
    _add_sentence(text, start, len(text), out)
    return out


# A sentence that opens as another story ("Separately,", "In a separate incident,", "In another protest on Monday,",
# "Elsewhere,", "وفي حادث منفصل،", "وفي سياق آخر", after a time stamp or a bullet: "17:40 - Separately, residents
# ..."): its event is told apart from the ones before (rule ``segment.separate``; and a count told before it is not
# its toll, ``casualties``). One list for both.
_OPENS_APART = re.compile(
    r"[\W\d_]*?(?:separately\b|elsewhere\b|(?:in|on)\s+(?:(?:a\s+)?separate|another|an\s+unrelated)\s+\w+"
    r"|[وف]?(?:في|فی)\s+(?:\S+\s+)?(?:منفصل\S*|أخرى|اخرى|آخر|اخر)(?![\u0621-\u064a]))",
    re.IGNORECASE,
)


def opens_apart(text: str, start: int, end: int | None = None) -> bool:
    """Whether the sentence starting at ``start`` opens as another story (``_OPENS_APART``)."""
    return _OPENS_APART.match(text, start, len(text) if end is None else end) is not None


def _abbreviation_stop(text: str, stop: int, end: int, single: bool) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation, not a sentence: an English sentence opens with a
    capital, so a lone full stop before a lower-case word ("launched shortly after 4 a.m. and that the C-RAM ...",
    "approx. two") ends none; after a time's "a.m."/"p.m." nothing but a capital opens one ("at around 9:30 p.m.
    (1830 GMT), leaving the car a burnt-out shell")."""
    if single and _LOWER_NEXT.match(text, end):
        return True
    if not _CLOCK.search(text, max(0, stop - 4), stop + 1):
        return False
    following = _NEXT_CHAR.match(text, end)
    return following is None or not following.group(1).isupper()


def _add_sentence(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    start, end = strip_span(text, start, end)
    if end - start <= MAX_SENTENCE_CHARS:
        if start < end:
            out.append((start, end))
        return
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max((m.start() for m in _CUT_AT.finditer(text, limit - MAX_SENTENCE_CHARS // 4, limit)), default=limit)
        piece = strip_span(text, start, cut)
        if piece[0] < piece[1]:
            out.append(piece)
        start = strip_span(text, cut, end)[0]
    if start < end:
        out.append((start, end))


# Words one of which every clause break but a semicolon holds (most sentences hold none: one substring test each).
_CLAUSE_CUES = (
    "after",
    "while",
    "whereas",
    "بعد",
    "فيما",
    "بينما",
    "حين",
    "عقب",
    "تزامن",
    "coinciding",
    "same",
    "simultaneously",
    # (a day of its own after "and" / "و": the weekdays)
    *WEEKDAYS_EN,
    *(day.removeprefix("ال") for day in WEEKDAYS_AR),
    # (a second day later in a coordinated clause, ``_cut_second_day``: the relative days)
    "yesterday",
    "أمس",
    "امس",
)


# The rest of a salvo after what was brought down, verb first ("جرى إسقاط اثنتين منها، فيما أصابت الثالثة المنزل",
# "اعترضت المنظومة صاروخين بينما سقط الثالث قرب الجسر"): one clause, like English "while the other crashed", so that
# the salvo is one attack that partly landed (``events._intercepted`` reads the clause).
_REST_OF_SALVO_AR = re.compile(
    r"\s*+(?:فيما|بينما|في\s+حين)\s+(?:[\u0621-\u064a]+\s+)?(?:ال)?(?:آخر|اخر|أخرى|اخرى|ثاني|ثانية|ثالث|ثالثة|رابع"
    r"|رابعة|باقي|باقية|متبقي|متبقية)(?![\u0621-\u064a])"
)
_BROUGHT_DOWN_AR = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:اعترض|[يت]عترض|اعتراض|[أاإ]\u064f?سقط|[أاإ]سقاط|تصد(?:ت|ى|تا|وا)|[يت]تصدى)"
    r"[\u0621-\u064a]*"
)


def _rest_of_salvo_ar(text: str, pos: int, match: re.Match[str]) -> bool:
    """Whether the Arabic break ``match`` opens the rest of a salvo whose other munitions the clause since ``pos``
    told brought down (no cut there)."""
    if _ELLIPTIC_ITEM_AR.match(text, match.start(), match.end() + 40) and _MUNITION_AR.search(text, pos, match.start()):
        return True  # "صاروخاً ثالثاً سقط قرب القصر، فيما سقط رابع على منزل": the munition left out, one count
    return bool(
        _REST_OF_SALVO_AR.match(text, match.start(), match.end() + 40)
        and _BROUGHT_DOWN_AR.search(text, pos, match.start())
    )


# The next item of a count with its munition left out, a bare indefinite ordinal as the subject after a verb of impact
# ("فيما سقط رابع على منزل", "بينما أصاب ثالث سيارة"): it needs the noun of the clause before (a munition), so it stays
# in that clause, for ``segment.distributive`` to cut by place.
_ELLIPTIC_ITEM_AR = re.compile(
    r"\s*+(?:فيما|بينما|في\s+حين)\s+[وف]?(?:سقط|سقطت|وقع|وقعت|انفجر|انفجرت|أصاب|اصاب|أصابت|اصابت|طال|طالت|ضرب|ضربت)"
    r"\s+(?:ثان|ثانٍ|ثالث|رابع|خامس|آخر|اخر|أخرى|اخرى)(?![\u0621-\u064a\u064b-\u0652])"
)
_MUNITION_AR = re.compile(r"صاروخ|صواريخ|قذيف|قذائف|مسير|هاون|كاتيوشا")


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[start:end]`` (rule ``segment.clause``)."""
    if text.find(";", start, end) < 0:
        low = plain_lower(text, start, end)
        if low is not None and not holds_any(low, _CLAUSE_CUES):
            return [(start, end)]  # no break can match: one clause
    return _clauses_unfiltered(text, start, end)


def _clauses_unfiltered(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """:func:`split_clauses` without the pre-test of its cue words (what the pre-test must never change)."""
    out: list[tuple[int, int]] = []
    pos = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if _rest_of_salvo_ar(text, pos, match):
            continue
        if match.start() > pos:
            out.append((pos, match.start()))
        day = match.start("day") if match.group("day") else match.start("day_ar") if match.group("day_ar") else -1
        pos = day if day >= 0 else match.end()
    if pos < end:
        out.append((pos, end))
    out = [piece for clause in out or [(start, end)] for piece in _cut_second_day(text, *clause)]
    return _cut_fronted(text, start, end, out)


# A coordinated clause that tells its own day later in it, another day than the clause before it names ("Protesters
# blocked the Ahrar Bridge on Monday, and they returned to block it again on Tuesday", "تظاهر المئات أمام مبنى
# البرلمان يوم الأحد، ثم عادوا يوم الاثنين للتظاهر في ساحة التحرير"): another day's event, a clause of its own
# (the day opening the clause is ``_CLAUSE_BREAK``'s). The days: a weekday, yesterday, today.
_DAY_WORD = re.compile(
    rf"\b(?P<en>{literal_alternation(WEEKDAYS_EN)}|yesterday|today)\b"
    rf"|(?<![\u0621-\u064a])(?:[وب]?(?:يوم\s+)?)(?P<ar>{literal_alternation(WEEKDAYS_AR)}|أمس|امس"
    r"|اليوم(?!\s+(?:نفسه|ذاته|التالي|السابق)))(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_SAME_DAY = {"امس": "أمس", "yesterday": "أمس", "today": "اليوم", **{d: d for d in WEEKDAYS_EN}}
_SAME_DAY.update({ar: WEEKDAYS_EN[n] for ar, n in WEEKDAY_NUMBERS_AR.items()})
_NEXT_DAY_CONJ = re.compile(
    r"[,،]\s*+(?:and\s+(?:then\s+)?|then\s+|ثم\s+|(?=و[\u0621-\u064a]{3}))|\s(?:and\s+then|ثم)\s+"
    # (a bare "and" before a verb in its past, the subject left out: "rallied yesterday and returned today")
    r"|\s+and\s+(?=[a-z]{2,}ed\b)",
    re.IGNORECASE,
)


def _cut_second_day(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause ``text[start:end]`` cut before a coordinated clause ("and", "then", "ثم", "، و") that names a day
    other than the one named before it (rule ``segment.clause``)."""
    days = [(m.start(), m.end(), _day_key(m)) for m in _DAY_WORD.finditer(text, start, end)]
    if len(days) < 2:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    pos = start
    first = days[0]
    for day in days[1:]:
        if day[2] == first[2] or day[0] < pos:
            continue
        conjunctions = list(_NEXT_DAY_CONJ.finditer(text, first[1], day[0]))
        if not conjunctions:
            continue
        conj = conjunctions[-1]  # the last conjunction before the new day
        out.append((pos, conj.start()))
        pos = conj.end()  # ("، وعادوا": the conjunction "و" stays with its clause)
        first = day
    out.append((pos, end))
    return [piece for piece in out if piece[1] > piece[0]]


def _day_key(match: re.Match[str]) -> str:
    """The day a :data:`_DAY_WORD` match names (weekdays in English, the relative days in Arabic)."""
    word = (match.group("en") or match.group("ar")).lower()
    return _SAME_DAY.get(word, word)


# A sentence that opens (after a time stamp, a bullet or a dash) with a clause of what goes on meanwhile: "While
# protesters kept gathering in Tahrir Square, riot police dispersed ...", "فيما يواصل المحتجون التجمع في ساحة
# التحرير، تفرق قوات ...". The fronted clause ends at its first comma; the main clause follows it.
_FRONTED = re.compile(r"[\W\d_]*?(?:while|whereas|(?<![\u0621-\u064a])(?:فيما|بينما|في\s+حين))\s", re.IGNORECASE)
_COMMA = re.compile(r"[،,]\s")


def _cut_fronted(text: str, start: int, end: int, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut the fronted clause of a sentence opening with "while" / "فيما" off the main clause at its first comma
    (rule ``segment.clause``), when at least two words stand on either side of the comma."""
    fronted = _FRONTED.match(text, start, end)
    if fronted is None:
        return clauses
    for i, (a, b) in enumerate(clauses):
        if b <= fronted.end():
            continue
        comma = _COMMA.search(text, max(a, fronted.end()), b)
        if comma is None or len(text[a : comma.start()].split()) < 2 or len(text[comma.end() : b].split()) < 2:
            return clauses
        return [*clauses[:i], (a, comma.start()), (comma.end(), b), *clauses[i + 1 :]]
    return clauses


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the dateline that opens the sentence ``text[start:end]`` ends (``start`` when none)."""
    stop = min(end, start + _DATELINE_MAX)
    if not _DATELINE_MARK.search(text, start, stop):
        return start
    match = _DATELINE.match(text, start, stop)
    return match.end() if match else start


def headline_end(text: str, sentences: list[tuple[int, int]]) -> int:
    """Where the report's headline ends (``-1`` when it has none): its first line when :func:`is_headline`.

    A headline may hold stops of its own ("Rockets fall in the Green Zone.. no casualties"): every sentence
    of the first line is the headline's.
    """
    if len(sentences) < 2:
        return -1
    line_end = text.find("\n", sentences[0][0])
    if line_end < 0:
        return -1
    first_line = strip_span(text, sentences[0][0], line_end)
    if sentences[-1][1] <= first_line[1] or not is_headline(text, first_line):
        return -1
    return first_line[1]


def is_headline(text: str, span: tuple[int, int]) -> bool:
    """A first line with no closing full stop and at most 25 words, followed by more text."""
    line = text[span[0] : span[1]]
    return (
        "\n" in text[span[1] : span[1] + 3]
        and not line.rstrip().endswith((".", "?", "!", "؟"))
        and (len(line.split()) <= 25)
    )


def _has_start(starts: Sequence[int], a: int, b: int) -> bool:
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def split_by_family(
    clause: tuple[int, int],
    triggers: list[Trigger],
    place_starts: Sequence[int],
    whole: Sequence[tuple[int, int]] = (),
) -> list[tuple[tuple[int, int], list[Trigger]]]:
    """Cut a clause where its event words change kind, when each piece names a place of its own.

    "a rocket fell near the Jumhuriya Bridge and a protest in Tahrir Square" is two events
    (rule ``segment.family``). ``place_starts`` are the sentence's place mentions' starts, in order. No cut is made
    inside a span of ``whole`` (a casualty count, "12 protesters were shot dead": its subject is the victims of
    its verb, not a protest of their own).
    """
    cuts: list[int] = []
    previous: str | None = None
    for trig in triggers:
        family = "protest" if trig.family == "riot" else trig.family
        if previous is not None and family != previous and not any(a < trig.start < b for a, b in whole):
            cuts.append(trig.start)
        previous = family
    if not cuts:
        return [(clause, triggers)]
    bounds = [clause[0], *cuts, clause[1]]
    pieces = list(pairwise(bounds))
    if not all(_has_start(place_starts, a, b) for a, b in pieces):
        return [(clause, triggers)]
    return [((a, b), [t for t in triggers if a <= t.start < b]) for a, b in pieces]


# "and the other near ...", "while a second rocket ...", "والآخر على منزل", "فيما انفجرت الثانية": the next item of a
# count, at a place of its own.
# The subject of a coordinated clause of its own: a counted munition with its own verb of impact (", and two
# Katyusha rockets slammed into the nearby neighbourhood", "and a mortar round hit the bridge"): the next item.
_COUNTED_MUNITION = (
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|more|other|further|\d{1,2})\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:rockets?|missiles?|mortars?|mortar\s+(?:shells?|rounds?|bombs?)|shells?|projectiles?|"
    r"rounds|katyushas?|drones?|grenades?|bombs?|others)\s+(?:also\s+|then\s+|later\s+)?(?:slammed|crashed|landed|hit|struck|"
    r"fell|exploded|impacted|smashed|tore|plunged|came\s+down)\b"
)
# The rest of a count, uncounted, with its verb of impact: "while others fell on houses in al-Mansour", "and the rest
# landed in Karrada".
_REST_MUNITION = (
    r"(?:others|the\s+others|the\s+rest|the\s+remaining\s+(?:ones|rockets|shells|rounds|missiles|drones))\s+"
    r"(?:also\s+|then\s+|later\s+)?(?:slammed|crashed|landed|hit|struck|fell|exploded|impacted|smashed|plunged)\b"
)
# Arabic tells the coordinated clause verb first, its munition indefinite: "سقط صاروخ قرب فندق الرشيد صباح أمس،
# وانفجرت عبوة ناسفة في الكرادة بعد الظهر".
_COUNTED_MUNITION_AR = (
    r"و(?:انفجرت|انفجر|سقطت|سقط|أصابت|اصابت|أصاب|اصاب|استهدفت|استهدف|ضربت|ضرب|انطلقت)\s+"
    r"(?:عبوة|عبوتان|صاروخ|صاروخان|قذيفة|قذيفتا|قذيفتان|طائرة|سيارة|دراجة|قنبلة)(?![\u0621-\u064a])"
)
_DISTRIBUTIVE = re.compile(
    r",?\s+(?:and\s+|while\s+|whereas\s+)?(?:the\s+other|another|a\s+second|the\s+second|the\s+third|a\s+third)\b"
    rf"|,\s+(?:and|while|whereas|as)\s+(?=(?:the\s+)?{_COUNTED_MUNITION}|{_REST_MUNITION})"
    rf"|[،,]\s*(?={_COUNTED_MUNITION_AR})"
    r"|\s(?:و|فيما\s+)?(?:الآخر|الاخر|الأخرى|الاخرى|الثاني|الثانية|الثالث|الثالثة)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
# Arabic counts its items out indefinite too: the munition with an indefinite ordinal or "other" after it ("مبيناً أن
# صاروخاً ثالثاً سقط قرب القصر"), or a bare indefinite ordinal as the subject after its verb ("فيما سقط رابع على منزل");
# a cut before each, for ``segment.distributive`` (each piece must still name a place of its own).
_AR_ITEM_HINT = re.compile(r"ثان|ثالث|رابع|خامس|آخر|اخر|أخرى|اخرى")
_AR_ORDINAL = (
    r"(?:آخر|اخر|آخران|آخرين|اخرين|أخرى|اخرى|أخريان|أخريين|ثان|ثانٍ|ثانياً|ثانيا|ثانية|ثالث|ثالثاً|ثالثا|ثالثة"
    r"|رابع|رابعاً|رابعا|رابعة|خامس|خامساً|خامسة)(?![\u0621-\u064a\u064b-\u0652])"
)
_AR_ITEM_CUT = re.compile(
    r"[\s،,]+(?=[\"«“]?(?:صاروخ|قذيف|طائر)[\u0621-\u064a\u064b-\u0652]*(?:\s+(?:مسير\S*|هاون|كاتيوشا))?\s+"
    + _AR_ORDINAL
    + r")"
    r"|[\s،,]+(?=(?:فيما|بينما|في\s+حين|و)\s*[\u0621-\u064a]{3,}\s+(?:ال)?" + _AR_ORDINAL + r")"
)
# (the second of those: a bare ordinal or "other" as the subject after its verb, "وسقط آخر قرب متنزه الزوراء")
_AR_BARE_ITEM = re.compile(r"[\s،,]+(?=(?:فيما|بينما|في\s+حين|و)\s*[\u0621-\u064a]{3,}\s+(?:ال)?" + _AR_ORDINAL + r")")
# A clause that opens with the next item of a count ("a second rocket slammed into ...", after "while").
_ITEM_START = re.compile(
    r"[\s,]*(?:and\s+|while\s+|whereas\s+)?(?:the\s+other|another|a\s+second|the\s+second|the\s+third|a\s+third)\b"
    rf"|[\s,]*(?:and|while|whereas|as)\s+(?=(?:the\s+)?{_COUNTED_MUNITION}|{_REST_MUNITION})"
    # (the Arabic coordinated clause after its comma, as ``_DISTRIBUTIVE`` cuts it; a sentence opening "وسقط صاروخ آخر"
    # is told apart by ``is_next_item_ar``)
    rf"|\s*[،,]\s*(?={_COUNTED_MUNITION_AR})"
    r"|[\s,،]*(?:و|فيما\s+)?(?:الآخر|الاخر|الأخرى|الاخرى|الثاني|الثانية|الثالث|الثالثة)(?![\u0621-\u064a])",
    re.IGNORECASE,
)


def split_distributive(
    text: str,
    clause: tuple[int, int],
    triggers: list[Trigger],
    place_starts: Sequence[int],
    building_starts: Sequence[int] = (),
) -> list[tuple[tuple[int, int], list[Trigger]]]:
    """Cut a clause of munitions counted out one by one into one piece per place (rule ``segment.distributive``).

    Only a clause with explosion words is cut, and only where each piece names a place of its own; a piece
    without event words of its own takes the clause's ("one near the park and the other near the square"). A piece
    that tells only munitions brought down is an interception at the building it names (``building_starts``: the
    target, the owner of the defence); naming none (an area: "fired towards the Green Zone, two of which were
    intercepted while the third struck near Nisour Square"), the salvo is one attack, where it landed.
    """
    if not any(t.family == "explosion" for t in triggers):
        return [(clause, triggers)]
    cuts = [m.start() for m in _DISTRIBUTIVE.finditer(text, clause[0], clause[1]) if m.start() > clause[0]]
    if _AR_ITEM_HINT.search(text, clause[0], clause[1]):
        items = [m.start() for m in _AR_ITEM_CUT.finditer(text, clause[0], clause[1]) if m.start() > clause[0]]
        # (a cut before "الثالث" right after one before "فيما سقط" is the same item's: the earlier one stands)
        cuts = sorted({*items, *(c for c in cuts if not any(c - i > 0 and len(text[i:c].split()) <= 3 for i in items))})
    if not cuts:
        return [(clause, triggers)]
    pieces = list(pairwise([clause[0], *cuts, clause[1]]))
    if not all(_has_start(place_starts, a, b) for a, b in pieces):
        return [(clause, triggers)]
    if any(brought_down_only(text, a, b) and not _has_start(building_starts, a, b) for a, b in pieces):
        return [(clause, triggers)]
    out: list[tuple[tuple[int, int], list[Trigger]]] = []
    for a, b in pieces:
        own = [t for t in triggers if a <= t.start < b]
        own = own if any(t.family == "explosion" for t in own) else triggers
        if brought_down_only(text, a, b):
            # "launched towards the US embassy, two of which were brought down by the embassy's air defences | while
            # the other crashed near al-Zawraa Park": what was brought down is an interception at the place its
            # piece names (the target, the defence's owner), the other an impact at its own: two places, two events
            own = intercepted_triggers(text, a, b, own)
        out.append(((a, b), own))
    return out


# A clause told as happening apart from the one before: "Hours later, a second rocket struck ...", "In a separate
# attack, ...", "وبعد ساعات، سقط صاروخ ثان ...", "وفي هجوم آخر": its own event at its own place, not the salvo's.
_SEPARATE = re.compile(
    r"[\s,]*(?:(?:hours|minutes|moments|shortly|soon|an\s+hour|half\s+an\s+hour)\s+later|later\s+(?:that|on|in\s+the)\s+"
    r"(?:day|evening|night|afternoon|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:in\s+)?(?:a\s+separate|another)\s+(?:attack|incident|strike)|separately)\b"
    r"|[\s,،]*[وف]?(?:بعد\s+(?:ساعات|ساعة|ساعتين|دقائق|قليل)|في\s+وقت\s+لاحق|في\s+(?:هجوم|حادث|حادثة|استهداف)\s+"
    r"(?:آخر|اخر|منفصل|منفصلة|ثان|ثاني))(?![\u0621-\u064a])",
    re.IGNORECASE,
)


def is_separate(text: str, start: int, end: int) -> bool:
    """Whether the passage ``text[start:end]`` opens as apart from what the report told before it ("Hours later,",
    "In a separate attack,", "وبعد ساعات،", "وفي هجوم آخر")."""
    return _SEPARATE.match(text, start, end) is not None


# A crowd told apart from the one before it: "a second group of graduates staged a separate sit-in", "another group
# of protesters", "a separate protest", "مجموعة أخرى من المحتجين", "وقفة احتجاجية منفصلة", "تظاهرة أخرى".
_CROWD_WORDS = r"groups?|crowds?|protests?|rall(?:y|ies)|sit-ins?|demonstrations?|march(?:es)?|vigils?|gatherings?"
_SEPARATE_CROWD = re.compile(
    rf"\b(?:(?:a|the)\s+(?:second|third|separate|different)|another)\s+(?:{_CROWD_WORDS})\b"
    r"|(?<![\u0621-\u064a])(?:مجموعة|مجموعات|تظاهرة|وقفة|مسيرة|تجمع|اعتصام)(?:\s+احتجاجية)?\s+"
    r"(?:أخرى|اخرى|آخر|اخر|ثانية|ثان|منفصلة|منفصل)(?![\u0621-\u064a])",
    re.IGNORECASE,
)


def is_separate_crowd(text: str, start: int, end: int) -> bool:
    """Whether the passage ``text[start:end]`` tells a crowd apart from one told before it (``_SEPARATE_CROWD``)."""
    return _SEPARATE_CROWD.search(text, start, end) is not None


# A clause cut after its conjunction ("..., while | two others fell in Mansour"): the conjunction just before it, and
# the counted munition with its verb of impact opening it.
_JOIN_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|while|whereas)\s*$", re.IGNORECASE)
_COUNTED_AT = re.compile(rf"(?:the\s+)?{_COUNTED_MUNITION}|{_REST_MUNITION}", re.IGNORECASE)
_REST_AT = re.compile(_REST_MUNITION, re.IGNORECASE)


def rest_of_count(text: str, clause: tuple[int, int]) -> bool:
    """Whether a clause tells the rest of a count of munitions, uncounted, after a conjunction the clause cut took.

    "..., while | others fell on houses in al-Mansour": no event word of its own; it has the munitions of the clause
    before (``segment.distributive``).
    """
    return bool(_JOIN_BEFORE.search(text, max(0, clause[0] - 12), clause[0]) and _REST_AT.match(text, *clause))


def is_distinct_item(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause is one item of a count told in its sentence.

    It opens with the next item ("a second rocket slammed into ...", "والآخر على منزل ...") or the next item
    follows it ("one near Zawraa Park | and the other near ...", "... | while a second rocket ..."), or Arabic counts
    it out by a bare indefinite item ("سقط أحد الصواريخ في الكرادة | وسقط آخر قرب متنزه الزوراء", ``_AR_BARE_ITEM``).
    """
    if _ITEM_START.match(text, clause[0], clause[1]) or _DISTRIBUTIVE.match(text, clause[1]):
        return True
    if _JOIN_BEFORE.search(text, max(0, clause[0] - 12), clause[0]) and _COUNTED_AT.match(text, clause[0], clause[1]):
        return True  # "..., while | two others fell in Mansour": the clause cut took the "while" before its item
    return bool(
        _AR_ITEM_HINT.search(text, clause[0], min(len(text), clause[1] + 40))
        and (_AR_BARE_ITEM.match(text, clause[0], clause[1]) or _AR_BARE_ITEM.match(text, clause[1]))
    )


# Arabic puts "other" and the ordinal after the noun, indefinite with it: "صاروخ آخر", "صاروخاً ثالثاً", "قذيفة
# ثانية", "طائرة مسيرة أخرى" (an adjective agreeing with its noun; the definite "الآخر" alone is ``_ITEM_START``).
_AR_NEXT_ITEM = re.compile(
    r"[\u0627\u064b]*(?:\s+(?:مسيرة|مسيّرة|مفخخة|ناسفة|لاصقة|كاتيوشا|هاون))?\s+"
    # (the dual and plural agree with a dual or plural noun: "صاروخين آخرين سقطا", "قذيفتان أخريان")
    r"(?:آخران|اخران|آخرين|اخرين|آخرَين|أخريان|اخريان|أخريين|اخريين|أخريات|اخريات"
    r"|آخر|اخر|آخرَ|أخرى|اخرى|ثان|ثانٍ|ثانياً|ثانيا|ثانية|ثالث|ثالثاً|ثالثا|ثالثة|رابع|رابعاً|رابعا|رابعة)"
    r"(?![\u0621-\u064a\u064b-\u0652])"
)


def is_next_item_ar(text: str, clause: tuple[int, int], triggers: Sequence[Trigger]) -> bool:
    """Whether an Arabic clause tells a further munition by an indefinite "other" or ordinal after its noun.

    "فيما طال صاروخ آخر منطقة سكنية", "إن صاروخاً ثالثاً سقط على منزل": the munition is one more than those told
    before it, its own attack where its place is apart (rule ``segment.separate``), though the clause does not open
    with it (the verb or a reporting verb comes first). At most one word naming the munition's kind ("مسيرة",
    "ناسفة", "كاتيوشا") between noun and adjective; the adjective must end its word ("آخرين", "الثانية" are other
    words). A munition never fired ("وعليها صاروخ ثانٍ لم ينطلق") is none.
    """
    for t in triggers:
        if t.family != "explosion" or not clause[0] <= t.start < clause[1]:
            continue
        m = _AR_NEXT_ITEM.match(text, t.end, clause[1])
        if m is not None and not _AR_UNFIRED.match(text, m.end(), clause[1]):
            return True
    return False


# A sentence that opens with one more munition and its own verb of impact: "Another rocket landed near the monument",
# "A second drone crashed into a house", "Another came down on a house in Qadisiya" (the noun left out): the item after
# those the sentences before told, its own attack where its place is apart (``segment.separate``), as Arabic's
# "صاروخ آخر". Not "Another person was wounded", "A second statement said" (no munition, no impact).
_EN_NEXT_ITEM = re.compile(
    r"[\s,]*(?:another|a\s+(?:second|third|fourth|fifth)|the\s+(?:second|third|fourth|fifth|other|last|remaining))\s+"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:rockets?|missiles?|mortars?|mortar\s+(?:shells?|rounds?|bombs?)|shells?|projectiles?|"
    r"katyushas?|drones?|grenades?|bombs?|one)\s+)?(?:also\s+|then\s+|later\s+)?"
    r"(?:slammed|crashed|landed|hit|struck|fell|exploded|impacted|smashed|plunged|came\s+down)\b",
    re.IGNORECASE,
)


# The first item of a count the next sentence goes on with: "one rocket struck a house in al-Mansour, killing a
# girl. Another fell near al-Zawraa Park": "one" (or "one of the rockets") as the subject of its own verb of impact.
_ONE_ITEM_EN = re.compile(
    r"(?:^|[,;:]\s+|\bthat\s+)one\s+(?:of\s+(?:the|them|those)\s+)?(?:[\w'’-]+\s+)?"
    r"(?:(?:rockets?|missiles?|mortars?|shells?|drones?|projectiles?)\s+)?(?:also\s+)?"
    r"(?:slammed|crashed|landed|hit|struck|fell|exploded|came\s+down)\b",
    re.IGNORECASE,
)


def first_of_count_en(text: str, clause: tuple[int, int], next_sentence: tuple[int, int] | None) -> bool:
    """Whether an English clause tells "one" munition's impact (``_ONE_ITEM_EN``) and the next sentence opens with the
    next item ("Another fell near ..."): the first of a count told across sentences, its own attack where apart."""
    if next_sentence is None or "one" not in text[clause[0] : clause[1]].lower():
        return False
    if _ONE_ITEM_EN.search(text[clause[0] : clause[1]]) is None:
        return False
    return opens_as_next_item_en(text, (next_sentence[0], next_sentence[1]), dateline_end(text, *next_sentence))


def opens_as_next_item_en(text: str, clause: tuple[int, int], sentence_start: int) -> bool:
    """Whether an English clause opening its sentence (``sentence_start``: after the dateline) tells one more munition
    with its own verb of impact ("Another rocket landed near ...", ``_EN_NEXT_ITEM``): an attack told apart from the
    items the sentences before counted (rule ``segment.separate``)."""
    if text[sentence_start : clause[0]].strip(" ,-—–\n\t"):
        return False
    return _EN_NEXT_ITEM.match(text, clause[0], clause[1]) is not None


# A munition that was never fired: "وعليها صاروخ ثانٍ لم ينطلق" (on the launcher found), no attack of its own.
_AR_UNFIRED = re.compile(r"\s+(?:لم|لا)\s+(?:ي|ت)(?:نطلق|طلق)(?![\u0621-\u064a])")
