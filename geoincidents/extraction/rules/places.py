"""Where the event of a clause happened (rules ``place.*``).

The geocoder (:mod:`geoincidents.extraction.geocoding`) finds every landmark a text names with its
relation (at, near, towards, inside, outside). These rules choose, for each clause with event words, the
place of its event: the most specific landmark the clause names (``place.most_specific``), leaving out
places named only to describe another (``place.descriptive_skipped``) and the place of what an arrested
person is accused of (``place.charge_skipped``); a sit-in at the gazetteer's sit-in site of that day
(``place.sit_in_site``); an alert at an actor's own premises there (``place.own_premises``). A clause
naming another Iraqi city and no landmark reports an event outside the gazetteer's city
(``place.elsewhere``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from geoincidents.extraction._phrases import first_char_guard, holds_any
from geoincidents.extraction.actors import ActorMention
from geoincidents.extraction.dates import WEEKDAYS_EN
from geoincidents.extraction.events import Trigger, brought_down_only, find_triggers
from geoincidents.extraction.geocoding import (
    Landmark,
    PlaceMention,
    _distance_m,
    explicit_relation,
    relation_in,
    resolve_sit_in,
    specificity,
    told_there,
    tried_to_reach,
)
from geoincidents.extraction.place_roles import EVENT, NEGATED, NOT_PLACE, ORIGIN, REFERENCE, is_aim, is_facing
from geoincidents.extraction.rules import rule
from geoincidents.extraction.rules.candidate import Candidate, Scan, inside_any, spans_within, within
from geoincidents.extraction.words import going_ar, going_en, literal_alternation

__all__ = [
    "OWN_PREMISES",
    "ElsewhereTracker",
    "PlaceChoice",
    "SentencePlaces",
    "clause_places",
    "descriptive_spans",
    "event_places",
    "pick_place",
    "resolve_place",
    "settle_place",
    "split_at_places",
    "widest_place",
]

OWN_PREMISES = "Other (own premises)"  # an alert at an actor's own premises (the US Embassy): its own event

# Words that describe a place named before them ("the bridge, which links Tahrir Square to ...") name
# places where the event was not.
_DESCRIPTIVE = re.compile(
    # ("two of which were brought down": a count of what was named, no description)
    r"(?:,\s*+|\s(?<!\s\s)\s*+)(?:(?<!\bof\s)which|one\s+of(?!\s+(?:them|these|those)\b)|home\s+to|housing|hosting|"
    r"leading\s+to|linking|connecting|that\s+(?:links?|leads?|connects?|houses?|hosts?|contains?|is\s+home\s+to"
    # a relative clause that places it by another ("the district that wraps around the embassy", "that borders it")
    r"|wraps?\s+around|surrounds?|borders?|adjoins?|overlooks?|faces?"
    r"|(?:lies|sits|stands)\s+(?:next\s+to|near|beside|opposite)"
    r"))\b"
    # and the list it ends with ("the zone that houses government offices, including the US embassy")
    r"[^,;.]*(?:,\s*(?:including|such\s+as|among\s+them|notably)\b[^,;.]*)?|،\s*(?:الذي|التي|المؤدي|المؤدية|أحد|احد|إحدى|احدى)[^،,;.]*"
    # an apposition that tells the place by its nearness to another ("headed for the bridge, the nearest crossing to
    # the US embassy", "the closest gate to the zone", "، أقرب الجسور إلى السفارة"): the other place is no event's
    r"|,\s*the\s+(?:nearest|closest|shortest|quickest|most\s+direct|main|principal|only)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:to|from|into|towards?)\b[^,;.]*"
    r"|،\s*(?:أقرب|اقرب|أقصر|اقصر)\s+[^،,;.]*"
    # without the comma, a relative clause of linking or lying ("جسر الجمهورية الذي يربط ساحة التحرير بالمنطقة")
    r"|(?<=\s)(?:الذي|التي)\s+(?:يربط|تربط|يصل|تصل|يؤدي|تؤدي|يقع|تقع|يطل|تطل|يضم|تضم)(?![\u0621-\u064a])[^،,;.]*"
    # or an attribute of leading that agrees with the noun before it ("عند مداخل المنطقة الخضراء المؤدية إلى
    # البرلمان", "البوابة المفضية إلى"): where the entrance leads, not where the crowd was
    r"|(?<=\s)(?:ال)?(?:مؤدي|مؤدية|مؤديان|مؤديتان|مؤديين|مؤديتين|مفضي|مفضية|موصل|موصلة)\s+(?:[إا]لى|نحو)\s[^،,;.]*"
    # or of linking ("على الجسر الرابط بين ساحة الخلاني والكرخ", "الجسر الواصل بين"): the places it links
    r"|(?<=\s)ال(?:رابط|رابطة|واصل|واصلة)\s+بين\s[^،,;.]*"
    # an apposition that places it by another landmark ("the bridge, the nearest crossing to the US embassy",
    # "the gate, the closest one to parliament", "، أقرب منفذ إلى السفارة")
    r"|,\s*(?:the|its)\s+(?:nearest|closest|main|shortest|most\s+direct|only)\s+[^,;.]*?\b(?:to|from)\s[^,;.]*"
    r"|،\s*(?:أقرب|اقرب|أهم|اهم|أبرز|ابرز)\s[^،,;.]*",
    re.IGNORECASE,
)
# Where officials met at the time of the event: "as lawmakers gathered in parliament", "after the cabinet had met
# in the building". Its places are the meeting's, never the event's (even when it names no other place); a crowd
# that gathers ("while others gathered in Tahrir Square") is an event.
_MEETING = first_char_guard(re.compile(
    r"\b(?:as|while|when|after)\s+(?:the\s+)?(?:lawmakers|legislators|MPs|deputies|ministers|cabinet|parliament|"
    r"government|council|officials|leaders|judges)\s+(?:(?:had|were|was|have|has)\s+)?(?:gathered|met|meeting|"
    r"convened|sat|voted|debated|held\s+a\s+session)\b[^,;.]*",
    re.IGNORECASE,
))  # fmt: skip

# What an arrested person is accused of, and where that happened, is not the arrest's place.
_CHARGE = re.compile(
    r"\b(?:responsible\s+for|involved\s+in|accused\s+of|suspected\s+of|charges?\s+of|charged\s+with|"
    r"in\s+connection\s+with|linked\s+to|behind)\b|(?:مسؤول\S*\s+عن|متورط\S*|متهم\S*|بتهم\S*)",
    re.IGNORECASE,
)


def widest_place(places: list[PlaceMention]) -> PlaceMention | None:
    """The widest city-level area the report names (the fall-back place of unlocated events)."""
    wide = [p for p in places if specificity(p.landmark)[0] >= 3]
    return max(wide, key=lambda p: specificity(p.landmark), default=None)


def descriptive_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The passages of ``text[start:end]`` that only describe a place named before them (sorted)."""
    return [(m.start(), m.end()) for m in _DESCRIPTIVE.finditer(text, start, end)]


def pick_place(
    places: Sequence[PlaceMention], descriptive: list[tuple[int, int]] | None = None
) -> tuple[PlaceMention | None, bool]:
    """The most specific place of a clause, leaving out places only named to describe another.

    ``descriptive`` are the sentence's :func:`descriptive_spans`. Returns the place (None when there is
    none) and whether descriptive places were left out.
    """
    if not places:
        return None, False
    skipped = False
    if descriptive and len(places) > 1:
        kept = [p for p in places if not inside_any(descriptive, p.start)]
        skipped = bool(kept) and len(kept) < len(places)
        places = kept or places
    # (a named place the gazetteer lacks, placed on the city, is narrower than the city's own name: "in central
    # Baghdad's al-Tayaran Square", "the Swedish embassy in Baghdad")
    return min(places, key=lambda m: (specificity(m.landmark), not m.unknown, -m.n_words, m.start)), skipped


class SentencePlaces:
    """The places of one sentence (after its dateline), with what every clause's place rules reuse.

    The descriptive passages, the sentence's own best place and its sit-in sites are read once per
    sentence, however many clauses ask: a sentence of many clauses costs its length, not its length
    times its clauses.
    """

    def __init__(self, scan: Scan, span: tuple[int, int], places: list[PlaceMention]) -> None:
        self.scan = scan
        self.span = span
        self.places = places
        self._descriptive: list[tuple[int, int]] | None = None
        self._best: tuple[PlaceMention | None, bool] | None = None
        self._sit_ins: dict[tuple[date | None, tuple[Landmark, ...]], Landmark | None] = {}

    @property
    def descriptive(self) -> list[tuple[int, int]]:
        """The sentence's :func:`descriptive_spans` (read once)."""
        if self._descriptive is None:
            self._descriptive = descriptive_spans(self.scan.text, *self.span) if len(self.places) > 1 else []
        return self._descriptive

    def pick(self, places: list[PlaceMention]) -> tuple[PlaceMention | None, bool]:
        """:func:`pick_place` over ``places`` (the sentence's own answer is kept for its clauses)."""
        if places is not self.places:
            return pick_place(places, self.descriptive)
        if self._best is None:
            self._best = pick_place(places, self.descriptive)
        return self._best

    def sit_in_site(self, day: date | None, named: tuple[Landmark, ...]) -> Landmark | None:
        """:func:`geoincidents.extraction.geocoding.resolve_sit_in` for this sentence (once per day and names)."""
        key = (day, named)
        if key not in self._sit_ins:
            sentence = self.scan.text[self.span[0] : self.span[1]]
            self._sit_ins[key] = resolve_sit_in(
                day, sentence, gazetteer=self.scan.gazetteer, named=named, places=self.places
            )
        return self._sit_ins[key]


# What joins a landmark to the city it stands in: "the parliament building in Erbil", "the U.S. Embassy in Beirut",
# "parliament's office in Basra", "مبنى البرلمان في أربيل", "السفارة الأمريكية في بيروت" (the Arabic "في"/"ب" is part
# of the city's span).
_IN_CITY = re.compile(
    r"(?:['’]s)?\s*(?:(?:building|buildings|office|offices|compound|headquarters|premises|branch)\s+)?"
    r"(?:in|at)\s+(?:the\s+(?:[\w-]+\s+){0,2})?",
    re.IGNORECASE,
)


def placed_elsewhere(text: str, place_end: int, elsewhere: list[tuple[int, int]]) -> bool:
    """Whether the landmark ending at ``place_end`` is named as standing in another city ("the U.S. Embassy in
    Beirut", "the parliament building in Erbil", "مبنى البرلمان في أربيل"): a namesake, not the gazetteer's."""
    i = bisect_left(elsewhere, (place_end, place_end))
    if i >= len(elsewhere) or elsewhere[i][0] - place_end > 40:
        return False
    city = elsewhere[i][0]
    if _IN_CITY.fullmatch(text, place_end, city) is not None:
        return True
    # the Arabic city's span opens with its preposition ("في أربيل", "بأربيل"), not with "و" (a list of places)
    return not text[place_end:city].strip() and text.startswith(("في", "ب"), city)


# What a crowd protested, condemned or answered, up to another city named in it: "stormed the Swedish embassy in
# Baghdad ..., protesting a planned burning of a copy of the Quran in Stockholm", "in protest at", "condemning",
# "in response to", "احتجاجاً على سماح السلطات السويدية بتنظيم تجمع ... في ستوكهولم", "تنديداً ب", "رداً على".
_PROTESTED_ABOUT = re.compile(
    r"(?:\b(?:protesting|condemning|denouncing|(?:in\s+)?protest(?:s)?\s+(?:at|against|over)"
    r"|in\s+(?:response|retaliation|reaction)\s+to|angered\s+by|anger\s+(?:at|over))\b"
    r"|(?<![\u0621-\u064a])[و]?(?:احتجاج|تنديد|رفض|رد|استنكار)(?:ا|اً|ًا)(?![\u0621-\u064a])|على\s+خلفية)"
    r"[^.;:!?\n]{0,160}$",
    re.IGNORECASE,
)
_PROTESTED_HINTS = (
    "protest", "condemn", "denounc", "response", "retaliation", "reaction", "anger", "احتجاج", "تنديد", "رفض", "رد",
    "استنكار", "خلفية",
)  # fmt: skip


def _protested_about(text: str, sentence_start: int, city_start: int) -> bool:
    """Whether the other city starting at ``city_start`` is named in what the sentence's crowd protested or answered
    ("protesting a planned burning of the Quran in Stockholm"): the place of what they protested, not their own."""
    before = text[max(sentence_start, city_start - 200) : city_start]
    return holds_any(before.lower(), _PROTESTED_HINTS) and _PROTESTED_ABOUT.search(before) is not None


# A person's post described in a relative clause, up to the other city it names: "three people were killed, including
# Abu Baqir al-Saadi, who they described as the group's commander of operations in Syria", "who served as the envoy
# to Tehran", "الذي وصفته المصادر بأنه مسؤول عمليات الكتائب في سوريا", "الذي كان يشغل منصب قائد ... في سوريا".
_POST_ROLE_EN = (
    r"commander|leader|head|chief|official|officer|envoy|ambassador|representative|governor|spokesman|"
    r"director|emir|coordinator|liaison|deputy|minister|consul"
)
_PERSON_POST = re.compile(
    r"(?:\b(?:who|whom)\s+(?:[\w'’]+\s+){0,2}?(?:described\s+as|called|named|identified\s+as|served\s+as|"
    r"serves\s+as|was|is|had\s+been|has\s+been|headed|led|commanded)\s+"
    rf"[^.;:!?\n,]{{0,60}}?\b(?:{_POST_ROLE_EN})s?\b[^.;:!?\n,]{{0,50}}?"
    r"|(?<![\u0621-\u064a])(?:الذي|التي)\s+(?:\S+\s+){0,3}?(?:بأنه|بانه|بأنها|بانها|منصب|يشغل|شغل|يعد|يُعد|كان)"
    r"[^.;:!?\n،,]{0,60}?(?:قائد|مسؤول|آمر|امر|رئيس|مدير|ممثل|سفير|قيادي|منسق)[^.;:!?\n،,]{0,50}?)$",
    re.IGNORECASE,
)
_POST_HINTS = ("who", "الذي", "التي")


def person_post(text: str, city_start: int) -> bool:
    """Whether the other city starting at ``city_start`` only names a person's post, in a relative clause about him
    ("who they described as the group's commander of operations in Syria"): no place told in the report."""
    before = text[max(0, city_start - 160) : city_start]
    return holds_any(before.lower(), _POST_HINTS) and _PERSON_POST.search(before) is not None


class ElsewhereTracker:
    """Whether the report's last named place was another city ("in the southern city of Basra")."""

    def __init__(self, scan: Scan) -> None:
        self.scan = scan
        self.last = False
        self.city_names: set[str] = set()  # districts the report placed in the capital ("منطقة المشتل شرقي العاصمة")

    def sentence(
        self, span: tuple[int, int], after_dateline: int, s_places: list[PlaceMention], clauses: list[tuple[int, int]]
    ) -> None:
        """Update with the sentence ``span``, its places (after its dateline) and its clauses."""
        elsewhere = self.scan.elsewhere
        s_elsewhere = spans_within(elsewhere, after_dateline, span[1])
        if s_elsewhere and any(not p.unknown and p.role == EVENT for p in s_places):
            # a sentence that places its event in the city and names another city only in what the crowd protested
            # ("stormed the embassy in Baghdad, protesting a burning of the Quran in Stockholm") leaves no streak of
            # that city: the sentences after it go on telling the event in the city (rule place.elsewhere)
            first = bisect_left(elsewhere, (after_dateline, after_dateline))
            cities = elsewhere[first : bisect_left(elsewhere, (span[1], span[1]))]
            if all(_protested_about(self.scan.text, max(span[0], after_dateline), e[0]) for e in cities):
                self.last = False
                return
        in_city = self._placed_in_city(s_places, elsewhere)
        if in_city:
            # "في منطقة المشتل شرقي العاصمة", "in the Dora district of southern Baghdad": a district the text places
            # in the capital is a place of the city, now and when it is named again (no streak of another city)
            self.last = False
            return
        if not s_elsewhere:  # a landmark of the city named (an unknown name may be of another city) ends it
            # (an institution or an outlet, "لـ\"بغداد اليوم\"", names no place: its role is read only in a streak)
            self.last = self.last and not any(not p.unknown and p.role == EVENT for p in s_places)
            return
        s_places = event_places(s_places, elsewhere)  # (read only here: the roles of its places cost)
        if s_places:
            # The last place is another city when the sentence names one, its landmarks are only city-wide
            # areas, and none of them is in a clause that names no other city.
            if not s_elsewhere or any(specificity(p.landmark)[0] < 3 for p in s_places):
                self.last = False
                return
            plain = [c for c in clauses if not spans_within(elsewhere, *c)]
            self.last = not any(inside_any(plain, p.start) for p in s_places)
        elif s_elsewhere:
            self.last = True

    def _placed_in_city(self, s_places: list[PlaceMention], elsewhere: list[tuple[int, int]]) -> bool:
        """Whether the sentence names an unknown district the text places in the capital (by a bearing after it, or
        named so before in the report); such names are remembered."""
        text = self.scan.text
        found = False
        for p in s_places:
            if not p.unknown or p.role != EVENT or inside_any(elsewhere, p.start):
                continue
            name = _district_key(text[p.start : p.end])
            if name in self.city_names:
                found = True
            elif _IN_CAPITAL_AFTER.match(text, p.end):
                self.city_names.add(name)
                found = True
        return found

    def elsewhere(self, clause: tuple[int, int], after_dateline: int, s_places: list[PlaceMention]) -> bool:
        """Whether a clause that names no landmark of its own reports an event in another city."""
        c_start, c_end = clause
        s_places = event_places(s_places, self.scan.elsewhere)
        own = within(s_places, c_start, c_end)
        if own and spans_within(self.scan.elsewhere, max(c_start, after_dateline), c_end):
            # "Sadrists in Basra and Hilla hold rallies in support of the Baghdad sit-in": a place of the city
            # named in what the event supports is not where it was (rule place.elsewhere)
            own = [p for p in own if not _SUPPORTED.search(self.scan.text, max(c_start, p.start - 60), p.start)]
        if own:
            return False
        if spans_within(self.scan.elsewhere, max(c_start, after_dateline), c_end):
            return True
        # "في الطريق ذاته", "on the same road": the place told before, not the streak's last city (rule
        # ``place.elsewhere``), unless that place itself was told in a sentence of another city.
        return not s_places and self.last and same_place_elsewhere(self.scan.text, c_start, c_end, self.scan.elsewhere)


# A bearing in the capital right after a district's name: "منطقة المشتل شرقي العاصمة", "حي الجهاد جنوب غربي بغداد",
# "the al-Mashtal district of eastern Baghdad", "in Dora, southern Baghdad".
_IN_CAPITAL_AFTER = re.compile(
    r"[،,]?\s+(?:(?:في|ب)\s*)?(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)(?:ي|ية|يّ)?(?:\s+(?:ال)?(?:شرق|غرب)(?:ي|ية|يّ)?)?\s+"
    r"(?:ال)?(?:عاصمة|بغداد)(?![\u0621-\u064a])"
    r"|,?\s+(?:of|in)?\s*(?:eastern|western|northern|southern|central|east|west|north|south)\s+Baghdad\b",
    re.IGNORECASE,
)
_DISTRICT_PREFIX = re.compile(r"^(?:[وفبل]|في\s+|in\s+|the\s+)*", re.IGNORECASE)


def _district_key(name: str) -> str:
    """A district's name without its prepositions and clitics ("بمنطقة المشتل" and "منطقة المشتل" are one)."""
    return _DISTRICT_PREFIX.sub("", name).casefold()


# What an event supports or stands with, up to the place named in it: "in support of the Baghdad sit-in", "in
# solidarity with the protesters of Tahrir Square", "backing the sit-in in Baghdad".
_SUPPORTED = re.compile(
    r"\b(?:in\s+(?:support|solidarity|sympathy)\s+(?:of|with)|supporting|backing)\s+(?:the\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:(?:in|at|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


# A place told again by its kind and "the same" ("في الطريق ذاته", "في نفس المنطقة", "on the same road"): the noun
# is one of the nouns of place (not of time: "اليوم ذاته", "the same day" are dates).
_PLACE_NOUNS_AR = (
    "طريق|شارع|منطقة|منطقه|حي|مكان|موقع|جسر|ساحة|ساحه|مبنى|قاعدة|قاعده|مدينة|مدينه|قضاء|ناحية|ناحيه|محافظة|محافظه|"
    "محيط|مجمع|سوق|تقاطع|مفرق|حاجز|نقطة|نقطه"
)
_PLACE_NOUNS_EN = (
    "road|street|highway|area|district|neighbou?rhood|place|spot|site|location|square|bridge|building|base|compound|"
    "town|city|province|market|checkpoint|intersection|junction"
)
_SAME_PLACE = re.compile(
    rf"(?<![\u0621-\u064a])(?:[وفبل]|وب|وفي)?ال(?P<ar1>{_PLACE_NOUNS_AR})\s+(?:نفس|ذات)(?:ه|ها)(?![\u0621-\u064a])"
    rf"|(?<![\u0621-\u064a])(?:نفس|ذات)\s+ال(?P<ar2>{_PLACE_NOUNS_AR})(?![\u0621-\u064a])"
    rf"|\bthe\s+same\s+(?P<en>{_PLACE_NOUNS_EN})\b",
    re.IGNORECASE,
)
_SAME_HINTS = ("نفس", "ذات", "same")
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def same_place_elsewhere(text: str, start: int, end: int, elsewhere: list[tuple[int, int]]) -> bool:
    """Whether the clause ``text[start:end]`` is in the other city a streak of sentences left off at.

    False only when the clause names its place as "the same" road, area or street (a noun of place: "في الطريق
    ذاته", "في نفس المنطقة", "on the same road") and the place told before by that noun stands in a sentence that
    names no other city: the clause is where that place is, not in the last city named (rule ``place.elsewhere``).
    """
    if not holds_any(text[start:end].lower(), _SAME_HINTS):
        return True
    match = _SAME_PLACE.search(text, start, end)
    if match is None:
        return True
    noun = (match.group("ar1") or match.group("ar2") or match.group("en")).lower()
    earlier = text[:start].lower()
    # the noun told before, as a word of its own (with Arabic prefixes and the article, or an English plural)
    before = re.compile(
        rf"(?<![\u0621-\u064a])(?:[وفبل]|وب|وفي|لل)?(?:ال)?{noun}(?![\u0621-\u064a])"
        if noun[0] >= "\u0600"
        else rf"\b{noun}s?\b"
    )
    found = None
    for match in before.finditer(earlier):
        found = match
    if found is None:
        return True
    s_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, found.start())), default=0)
    s_end_match = _SENTENCE_END.search(text, found.end())
    s_end = s_end_match.start() if s_end_match else len(text)
    return spans_within(elsewhere, s_start, s_end)


_ROLE_RULES = {
    NEGATED: "place.negated_skipped",
    ORIGIN: "place.origin_skipped",
    NOT_PLACE: "place.not_a_place",
    REFERENCE: "place.reference_skipped",
}


def event_places(places: list[PlaceMention], elsewhere: list[tuple[int, int]]) -> list[PlaceMention]:
    """The landmarks that may be an event's: the event's role (not negated, no launch site or starting
    point, no institution), known to the gazetteer, and not naming another city ("north of Baghdad")."""
    return [p for p in places if p.role == EVENT and not p.unknown and not inside_any(elsewhere, p.start)]


def _roles_kept(places: list[PlaceMention], rules: list[str]) -> list[PlaceMention]:
    """``places`` without those that are not where the event happened, noting each rule applied.

    A launch site or a march's starting point ("fired from", "marched from Tahrir Square") is never the
    event's place: the event is where it hit or went; with no other place the clause takes its sentence's.
    """
    kept = [p for p in places if p.role == EVENT]
    for role in sorted({p.role for p in places if p.role != EVENT}):
        rules.append(rule(_ROLE_RULES[role]))
    if len(kept) < 2:
        return kept
    # What a munition was aimed at gives way to where it fell, unless that is only the zone around it or the city;
    # a named place the gazetteer lacks ("struck a street in the al-Amin neighbourhood") is where it fell.
    aims = [p for p in kept if is_aim(p.source, p.start)]
    others: list[PlaceMention] = []
    if aims:
        # (not to a place only named to describe another: "headed for the bridge, the nearest crossing to the US
        # embassy" headed for the bridge)
        text = kept[0].source
        described = descriptive_spans(text, kept[0].start, kept[-1].end)
        others = [p for p in kept if p not in aims and not inside_any(described, p.start)]
    if aims and any(p.unknown or _narrower_than_zone(p) for p in others):
        # (with the place that only locates the aim: "ضمن رشقة استهدفت السفارة الأمريكية في المنطقة الخضراء")
        located = [
            p for p in kept if any(a.end <= p.start and _LOCATES_AIM.fullmatch(p.source, a.end, p.start) for a in aims)
        ]
        kept = [p for p in kept if p not in aims and p not in located]
        rules.append(rule("place.aim_skipped"))
    # What a place faces or overlooks gives way to the place it describes ("Firdaws Square, facing the Palestine
    # Hotel", "Harthiya district, on a road overlooking al-Zawraa park"), unless that is only the city.
    facing = [p for p in kept if is_facing(p.source, p.start)] if len(kept) > 1 else []  # (after the aims left)
    if facing and any(p not in facing and (p.unknown or specificity(p.landmark)[0] < 3) for p in kept):
        kept = [p for p in kept if p not in facing]
        rules.append(rule("place.facing_skipped"))
    return kept


# What locates an aim right after it: "the U.S. Embassy in the Green Zone", "السفارة الأمريكية في المنطقة الخضراء".
# (one way to read a run of white space: "\s*,?\s*" had n² ways to fail on a long one)
_LOCATES_AIM = re.compile(r"\s*(?:,\s*)?(?:in|inside|within|في|داخل)\s+(?:the\s+|Baghdad['’]s\s+)?|\s+", re.IGNORECASE)


def _narrower_than_zone(place: PlaceMention) -> bool:
    return place.landmark.kind != "perimeter" and specificity(place.landmark)[0] < 3


# Words between two places that make them two events' places: "one near Zawraa Park and the other near
# Nisour Square", "gathered near the bridge and in front of the ministry", "أحدهما قرب النصب والآخر على منزل".
_PEER_JOIN = re.compile(r"^[\s,،]*(?:and|while|whereas|و|فيما|بينما)(?:\b|(?=[\u0621-\u064a]))", re.IGNORECASE)
_PEER_OTHER = re.compile(r"\b(?:the\s+other|another|a\s+second|the\s+second)\b|الآخر|الاخر|الأخرى|الاخرى|الثاني")
_SINCE = first_char_guard(re.compile(r"\bsince\b|(?<![\u0621-\u064a])منذ(?![\u0621-\u064a])", re.IGNORECASE))
_PEER_GAP = 45  # characters at most between the two places


def _peers(a: PlaceMention, b: PlaceMention, text: str) -> bool:
    """Whether ``a`` and ``b`` (in text order) are two places of their own joined as two events' places."""
    if a.role != EVENT or b.role != EVENT or a.landmark.landmark_id == b.landmark.landmark_id:
        return False
    # An area holds the other place ("his residence in the Green Zone"); a bridge and its gate are one place. A district
    # joined to a landmark by "and", each with its own preposition ("blocking traffic in Karrada and near Firdos
    # Square"), is a peer: two places told, not one inside the other.
    if any(specificity(p.landmark)[0] >= 2 and not p.unknown for p in (a, b)) and not _district_peer(a, b, text):
        return False
    ids_a = {a.landmark.landmark_id, a.landmark.related_id} - {None}
    if b.landmark.landmark_id in ids_a or b.landmark.related_id in ids_a:
        return False
    gap = text[a.end : b.start]
    if _MOVED_ON.match(text[a.end : b.start]):
        return False  # "gathered in Tahrir Square and tried to cross the bridge": one crowd's route, one event
    return len(gap) <= _PEER_GAP and bool(_PEER_JOIN.match(gap) or _PEER_OTHER.search(gap))


_PREPOSITION_AND = re.compile(
    r"^\s*(?:and|و)\s*(?:(?:in|at|near|outside|by|around|in\s+front\s+of)\s+(?:the\s+)?|(?:في|قرب|عند|أمام|امام)\s+"
    # (the district's kind word before its name: "قرب السفارة الأمريكية وفي منطقة الجادرية")
    r"(?:(?:منطقة|حي)\s+)?)$",
    re.IGNORECASE,
)


# A coordinated clause with a subject and a verb of its own, the district its place by a preposition of its own at the
# gap's end ("near Tahrir Square, and gunmen shot dead an activist in Mansour"): a second event's place.
# (read only on a gap of at most ``_PEER_GAP`` characters)
_CLAUSE_AND_IN = re.compile(
    r"^[\s,]*(?:and|while|whereas)\s+\S.*\s(?:in|at|near|outside)\s+(?:the\s+)?$", re.IGNORECASE
)


def _district_peer(a: PlaceMention, b: PlaceMention, text: str) -> bool:
    """Whether a district (no wider) and another place are joined by "and" and a preposition of their own, or the
    district is the place of a coordinated clause of its own and lies apart from the other (``_CLAUSE_AND_IN``)."""
    wide = [p for p in (a, b) if specificity(p.landmark)[0] >= 2 and not p.unknown]
    if not all(p.landmark.kind == "district" for p in wide):
        return False
    gap = text[a.end : b.start]
    if _PREPOSITION_AND.match(gap) is not None:
        return True
    return len(wide) == 1 and len(gap) <= _PEER_GAP and _CLAUSE_AND_IN.match(gap) is not None and _apart_places(a, b)


# The crowd of the first place moving on to the second, its subject left out after "and": "gathered in Tahrir Square
# and tried to cross the Jumhuriya bridge", "rallied at the square and then marched towards the ministry", "تجمعوا في
# ساحة التحرير وحاولوا عبور جسر الجمهورية" (a coordinated verb of going, or an attempt at it): a route, one event
# (ACLED: the route of a march is part of it). Not a second subject ("and the other near", "and protesters in").
_MOVED_ON = re.compile(
    r"^[\s,]*and\s+(?:then\s+|later\s+)?(?:(?:tried|attempted|sought|tries|attempts)\s+to\s+)?"
    # (the verbs of going of words.GOING_EN, and of reaching, crossing, entering)
    rf"(?:{going_en('base', 'third', 'past')}|went|go|cross(?:ed|es)?|reach(?:ed|es)?|storm(?:ed|s)?|enter(?:ed|s)?)\b"
    r"|^[\s،,]*(?:ثم\s+)?و?"
    rf"(?:{going_ar('perfect')}|حاول|عبر|اقتحم|دخل)[\u0621-\u064a]*(?:وا|ن)(?![\u0621-\u064a])",
    re.IGNORECASE,
)


# What a crowd demands or protests against opens its aim: a "since" after it dates what is demanded ("للمطالبة بإطلاق
# الدرجات الوظيفية المعطلة منذ إقرار موازنة العام الماضي", "to demand jobs frozen since 2023"), not the crowd's stay.
_AIM_OPENS = re.compile(
    r"\b(?:to\s+demand|demanding|calling\s+for|in\s+protest\s+(?:at|against|over)|to\s+protest)\b"
    r"|(?<![\u0621-\u064a])(?:لل|ل)?(?:مطالبة|المطالبة|مطالبين|مطالبة|احتجاجا|احتجاجاً|رفضا|رفضاً|تنديدا|تنديداً)(?![\u0621-\u064a])",
    re.IGNORECASE,
)


def _before_aim(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` opens the crowd's aim (``_AIM_OPENS``), else its end (asked only before a "since")."""
    aim = _AIM_OPENS.search(text, start, end)
    return aim.start() if aim else end


def split_at_places(
    text: str,
    piece: tuple[tuple[int, int], list[Trigger]],
    places: list[PlaceMention],
    elsewhere: list[tuple[int, int]],
) -> list[tuple[tuple[int, int], list[Trigger]]]:
    """Cut a clause with event words between two places of their own joined by "and" (rule ``place.two_places``).

    "Two rockets fell, one near Zawraa Park and the other near al-Nisour Square" and "graduates gathered
    near the bridge and in front of the ministry" are two events (ACLED: one event per day and place):
    each piece keeps the clause's event words and has the place and the counts named in it. A place
    inside another ("the embassy in the Green Zone"), a bridge and its gate, or places only described
    are one event's.
    """
    (start, end), triggers = piece
    # A sit-in, or a state since an earlier time ("protesters have camped in the two squares since
    # October"), held at several places is one state, not events at each.
    if not triggers:
        return [piece]
    if (since := _SINCE.search(text, start, end)) is not None and since.start() < _before_aim(
        text, start, since.start()
    ):
        return [piece]
    own = [p for p in within(places, start, end) if not inside_any(elsewhere, p.start)]
    if any(t.sit_in for t in triggers) and not (
        own
        and any(not t.sit_in and t.start < own[0].start for t in triggers)
        and all(_in_apposition(text, own, t.start) for t in triggers if t.sit_in)
    ):
        # (a sit-in word only in an apposition after the places, "prayed near the bridge and at the gate, the two
        # sites of their open sit-in", describes the places: the event told before them may be cut)
        return [piece]
    descriptive = descriptive_spans(text, start, end) if len(own) > 1 else []
    own = [p for p in own if not inside_any(descriptive, p.start)]
    found = [
        a.end
        if _peers(a, b, text)
        else _next_item_at(a, b, own, text) or _part_moved_at(a, b, own, text) or _moved_on_at(a, b, text)
        for a, b in pairwise(own)
    ]
    cuts = [c for c in found if c is not None]
    if not cuts:
        return [piece]
    bounds = [start, *cuts, end]
    return [((x, y), triggers) for x, y in pairwise(bounds)]


# A further munition told between two places ("a rocket fell near the embassy and two more landed in the nearby
# Jadriya district", "a third rocket hit a house in Karrada", "صاروخاً ثالثاً سقط على منزل في الكرادة", "فيما سقط
# الثاني قرب فندق الرشيد"): the next item of a count, with a place of its own.
_MUNITION = r"rockets?|shells?|rounds?|missiles?|mortars?|projectiles?|drones?|bombs?|blasts?|explosions?|devices?"
_NEXT_ITEM = first_char_guard(re.compile(
    rf"\b(?:(?:one|two|three|four|five|six|several|\d+)\s+(?:more|others|other\s+(?:{_MUNITION}))"
    rf"|(?:a|the)\s+(?:second|third|fourth|fifth)\s+(?:{_MUNITION})|another\s+(?:{_MUNITION})"
    r"|the\s+(?:others|rest|remaining\s+(?:one|two|three|four)))\b"
    r"|(?<![\u0621-\u064a])(?:صاروخ|قذيفة|قذائف|صواريخ|طائرة|عبوة)[\u0627\u064b]*\s+(?:آخر|أخرى|اخرى|ثان|ثانٍ|ثانيا|"
    r"ثانياً|ثانية|ثالث|ثالثا|ثالثاً|ثالثة|رابع|رابعا|رابعاً|رابعة)(?![\u0621-\u064a])"
    r"|(?<![\u0621-\u064a])(?:و|فيما\s+|بينما\s+)(?:سقط\s+|سقطت\s+)?(?:الآخر|الاخر|الأخرى|الاخرى|الثاني|الثالث|الثانية|"
    r"الثالثة)(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip


def _extent(lm: Landmark) -> float:
    return max(lm.radius_m, lm.position_uncertainty_m)


def _apart_places(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether two places of their own are apart: neither holds the other, nor are they a bridge and its gate."""
    if a.role != EVENT or b.role != EVENT or a.unknown or b.unknown:
        return False
    la, lb = a.landmark, b.landmark
    if la.landmark_id == lb.landmark_id or lb.landmark_id == la.related_id or la.landmark_id == lb.related_id:
        return False
    if specificity(la)[0] >= 3 or specificity(lb)[0] >= 3:
        return False
    return _distance_m(la, lb) > max(_extent(la), _extent(lb))


def _next_item_at(a: PlaceMention, b: PlaceMention, own: list[PlaceMention], text: str) -> int | None:
    """Where a further munition is told between the places ``a`` and ``b`` (``_NEXT_ITEM``), when the most specific
    place told before it and the most specific told after it are apart (``_apart_places``): the clause is cut there.
    """
    found = _NEXT_ITEM.search(text, a.end, b.start)
    if found is None:
        return None
    before = [p for p in own if p.end <= found.start() and p.role == EVENT]
    after = [p for p in own if p.start >= found.end() and p.role == EVENT]
    if not before or not after:
        return None
    first = min(before, key=lambda p: specificity(p.landmark))
    second = min(after, key=lambda p: specificity(p.landmark))
    return found.start() if _apart_places(first, second) else None


# Part of a crowd moving on from where it gathered ("gathered in Tahrir Square before some of them headed to the
# bridge, where police fired tear gas", "تجمع مئات المحتجين في ساحة التحرير، قبل أن يتوجه قسم منهم إلى جسر الجمهورية
# ... فأطلقت القوات الغاز عند مدخل الجسر"): the gathering stays where it was, the part is told at a place of its
# own (ACLED: one event per day and place). Not the whole crowd moving on ("and then marched to the bridge": its
# route, one event, ``_MOVED_ON``).
_PART_OF_THEM = first_char_guard(re.compile(
    r"\b(?:some|part|many|dozens|hundreds|several|a\s+(?:large\s+|small\s+)?(?:group|number|section|portion|part))"
    r"\s+of\s+them\b"
    r"|(?<![\u0621-\u064a])(?:قسم|جزء|بعض|مجموعة|مجموعات|عدد|العشرات|المئات|عشرات|مئات)(?:\s+(?:كبيرة|صغيرة|كبير))?"
    r"\s+منهم(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip
_REACHED = frozenset({"at", "near", "inside", "outside"})
_PART_OPENS = re.compile(
    r"[،,;]|\b(?:before|then|and|while|when|after)\b|(?<![\u0621-\u064a])(?:قبل|ثم|بينما|فيما|و)(?=\s|[\u0621-\u064a])",
    re.IGNORECASE,
)


def _part_moved_at(a: PlaceMention, b: PlaceMention, own: list[PlaceMention], text: str) -> int | None:
    """Where part of the crowd gathered at ``a`` is told moving on (``_PART_OF_THEM``) before ``b``, when a place
    after it, other than ``a``'s, is where that part was (not only where it headed): the clause is cut there."""
    if a.role != EVENT or a.relation not in _REACHED or a.unknown or specificity(a.landmark)[0] >= 2:
        return None
    found = _PART_OF_THEM.search(text, a.end, b.start)
    if found is None:
        return None
    ids = {a.landmark.landmark_id, a.landmark.related_id} - {None}
    after = [p for p in own if p.start >= found.end() and p.role == EVENT and p.relation in _REACHED]
    if not any(
        p.landmark.landmark_id not in ids and p.landmark.related_id not in ids and specificity(p.landmark)[0] < 2
        for p in after
    ):
        return None
    # (cut where the clause of the part opens, its verb with it: "، قبل أن يتوجه قسم منهم", "before some of them")
    opens = list(_PART_OPENS.finditer(text, a.end, found.start()))
    return opens[-1].start() if opens else found.start()


# The crowd moving on from where it gathered to a place where something then happened ("massed in Tahrir Square on
# Monday and later crossed to the Jumhuriya Bridge, where riot police fired tear gas", "تجمعوا في ساحة الخلاني ثم
# توجهوا إلى جسر السنك حيث ..."): a verb of going with where to, the place after it the one the crowd reached.
_GOING_ON = first_char_guard(re.compile(
    rf"\b(?:{going_en('past', 'gerund')}|crossed|crossing|went|going)\s+(?:on\s+|back\s+)?"
    r"(?:to|towards?|into|onto|across|over)\b"
    rf"|(?<![\u0621-\u064a])[وف]?(?:{going_ar('perfect', 'perfect_f', 'perfect_pl', 'imperfect', 'subjunctive_pl')})"
    r"(?:\s+\S+){0,3}?\s+(?:إلى|الى|نحو|باتجاه|صوب)(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip
_GOING_ON_REACH = 160
# Part of the crowd as the subject of the going ("A group of the demonstrators in the square marched towards ...",
# "قبل أن يتوجه عدد من المحتجين إلى"). The whole crowd moving on, even told as a new phase ("rallied in Khilani Square
# and then marched to the Ahrar Bridge, where"), is one crowd's route, one event (``place.moved_on``).
_PART_SUBJECT = first_char_guard(re.compile(
    # (a crowd counted by itself is the whole crowd: "Hundreds of protesters gathered"; a group or a number of it, or
    # some of the crowd told before, is a part)
    r"\b(?:some|part|many|dozens|hundreds|several)\s+of\s+(?:them|the\s+[\w'’-]+)"
    r"|\ba\s+(?:large\s+|small\s+)?(?:group|number|section|portion|part)\s+of\s+(?:them\b|the\s+)?[\w'’-]+"
    r"|(?<![\u0621-\u064a])(?:قسم|جزء|بعض|مجموعة|مجموعات|عدد)\s+(?:من\s+)?(?:منهم|ال[\u0621-\u064a]+)",
    re.IGNORECASE,
))  # fmt: skip
_PART_SUBJECT_REACH = 80


def _moved_on_at(a: PlaceMention, b: PlaceMention, text: str) -> int | None:
    """Where the crowd gathered at ``a`` is told moving on (``_GOING_ON``) to ``b``, a landmark apart where it got and
    something happened (``b.arrived``: "..., where", "at its entrance"): the clause is cut where that clause opens.
    The gathering and what happened where the crowd went are two events (convention (b) of eval/README.md)."""
    if a.role != EVENT or a.relation not in _REACHED or a.unknown or b.unknown:
        return None
    if not (b.arrived or (b.relation in _REACHED and told_there(text, b.end))):
        return None
    if specificity(a.landmark)[0] >= 2 or specificity(b.landmark)[0] >= 2 or b.start - a.end > _GOING_ON_REACH:
        return None
    ids = {a.landmark.landmark_id, a.landmark.related_id} - {None}
    if b.landmark.landmark_id in ids or b.landmark.related_id in ids:
        return None
    goings = list(_GOING_ON.finditer(text, a.end, b.start))
    if not goings:
        return None
    going = goings[-1]
    if not (
        _PART_SUBJECT.search(text, max(0, a.start - _PART_SUBJECT_REACH), a.start)
        or _PART_SUBJECT.search(text, a.end, going.end())  # "قبل أن يتوجه عدد من المحتجين إلى"
    ):
        return None
    opens = list(_PART_OPENS.finditer(text, a.end, going.start()))
    return opens[-1].start() if opens else going.start()


def moved_on_opens(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a piece cut by ``place.two_places``, opens with the crowd moving on to another
    place (``_GOING_ON`` within its first words): the piece before it is where the crowd gathered, not set off from
    (``mentions.moved_place``'s "before heading to" is that piece's)."""
    return _GOING_ON.search(text, start, min(end, start + 60)) is not None


# A sentence that goes on about the munition just told, by a pronoun or a bare definite noun, and says where it came
# down or was planted ("A rocket struck the Green Zone. It landed near the U.S. Embassy", "The device had been
# planted near Firdos Square", "وأوضح المصدر أن المقذوف سقط قرب السفارة", "وسقط المقذوف في أرض فارغة قرب ..."): the
# first sentence's event, told where in its area it was.
_TOLD_NEXT = first_char_guard(re.compile(
    r"\b(?:it|the\s+(?:device|bomb|explosive|explosives|charge|rocket|missile|projectile|shell|round|drone|munition))"
    r"\s+(?:had\s+been\s+|has\s+been\s+|was\s+|reportedly\s+|apparently\s+)?"
    r"(?:landed|fell|struck|hit|came\s+down|crashed|exploded|went\s+off|detonated|planted|placed|left|hidden|impacted)\b"
    r"|(?<![\u0621-\u064a])[وف]?(?:المقذوف|القذيفة|العبوة|الطائرة|المسيرة)\s+(?:قد\s+)?"
    r"(?:سقط|سقطت|انفجر|انفجرت|زرعت|زرع|وضعت|وضع|أصاب|أصابت|ارتطم|ارتطمت)(?![\u0621-\u064a])"
    r"|(?<![\u0621-\u064a])[وف]?(?:سقط|سقطت|انفجر|انفجرت|ارتطم|ارتطمت)\s+(?:المقذوف|القذيفة|العبوة|الطائرة|المسيرة)"
    r"(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip
_TOLD_NEXT_REACH = 60


def told_next_place(text: str, start: int, end: int, places: list[PlaceMention]) -> PlaceMention | None:
    """The place a sentence without event words tells the munition just told came down or was planted at (rule
    ``place.told_next``): ``_TOLD_NEXT`` within its first words, then the most specific of its places where
    something was (not a launch site, an aim or a reference), after the words; None when it tells none."""
    found = _TOLD_NEXT.search(text, start, min(end, start + _TOLD_NEXT_REACH))
    if found is None:
        return None
    own = [p for p in places if p.start >= found.end() and p.role == EVENT and not p.unknown]
    place, _ = pick_place(own)
    return place


def _in_apposition(text: str, own: list[PlaceMention], word_start: int) -> bool:
    """Whether the word at ``word_start`` stands in an apposition opened by a comma right after the last of the
    places ``own`` named before it ("..., the two sites of their open sit-in")."""
    before = [p for p in own if p.end <= word_start]
    if not before:
        return False
    gap = text[before[-1].end : word_start]
    return gap.lstrip().startswith((",", "،")) and len(gap) <= 60 and not any(c in gap for c in ".;:؛")


# A distance or nearness told after a comma from a place named just before ("gathering in the square, a few hundred
# metres from Tahrir Square", "in Firdos Square, near the Palestine Hotel", "في شارع الرشيد، على بعد مئات الأمتار من جسر
# الأحرار") says where that place is: the landmark it is measured from is no place of the event. Not after an area
# ("landed inside the Green Zone, about 500 metres from the embassy": the landmark narrows the area down), nor
# without the comma ("fell 500 metres from the embassy": near).
_DISTANCE_APPOSITION = re.compile(
    r"[^,.;:،؛]{0,30}?[,،]\s*(?:(?:about|some|just|only|roughly|barely|around)\s+)?"
    r"(?:(?:a|one|two|three|four|five|several|a\s+few)\s+hundred\s+(?:metres|meters|yards)|a\s+few\s+(?:metres|meters|yards)|"
    r"[0-9][0-9,.]*\s*(?:m|metres|meters|yards|km|kilomet(?:er|re)s?)|a\s+(?:short|brief|[\w-]+-minute)\s+(?:walk|drive|distance)|"
    # a bearing may stand between the measure and "of" ("a few hundred metres east of", "2 km to the north-west of")
    # ("a few hundred metres outside the zone": how far beyond it)
    r"a\s+stone['’]s\s+throw)\s+(?:away\s+)?(?:(?:to\s+the\s+)?(?:north|south)?[- ]?(?:east|west)?\s+)?"
    r"(?:from|of|outside|beyond)\s+"
    r"(?:the\s+)?"
    # or a word of nearness after the comma ("in Firdos Square, near the Palestine Hotel", "، قرب جسر الأحرار")
    r"|[^,.;:،؛]{0,30}?[,،]\s*(?:(?:just|very)\s+)?(?:near|close\s+to|next\s+to|not\s+far\s+from|beside|adjacent\s+to|"
    r"in\s+the\s+vicinity\s+of|outside|on\s+the\s+(?:edge|edges|outskirts|fringes?)\s+of)\s+(?:the\s+)?"
    r"|[^,.;:،؛]{0,30}?[،,]\s*(?:على\s+(?:بعد|مسافة)\s+(?:\S+\s+){0,3}?(?:من|عن)|قرب|بالقرب\s+من|على\s+مقربة\s+من|"
    r"بجوار|بجانب|غير\s+بعيد\s+عن)\s+"
    # or a bearing from it after the comma ("a house in the Qadisiya neighbourhood, just west of the zone's perimeter",
    # "في حي القادسية، غربي المنطقة الخضراء")
    r"|[^,.;:،؛]{0,30}?[,،]\s*(?:(?:just|immediately|directly|due)\s+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?"
    r"\s+of\s+(?:the\s+)?"
    r"|[^,.;:،؛]{0,30}?[،,]\s*(?:إلى\s+|الى\s+)?(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|يّ)?\s+"
    # or, in Arabic, an adjective of nearness agreeing with the place before ("في ساحة الطيران القريبة من ساحة التحرير",
    # "قرب مبنى وزارة الخارجية المحاذي للمنطقة الخضراء")
    r"|\s+ال(?:قريب|محاذي|مجاور|ملاصق)[\u064b-\u0652]*[ةه]?[\u064b-\u0652]*\s+(?:من\s+)?",
    re.IGNORECASE,
)
_DISTANCE_HINTS = ("from", "of", "outside", "beyond", "على", "near", "to", "beside", "قرب", "بجوار", "بجانب", "عن",
                   "قريب", "محاذي", "مجاور", "ملاصق", "شمال", "جنوب", "شرق", "غرب")  # fmt: skip


def _outside_of(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """The perimeter named "outside" right after another place, saying where that place is ("fell on residential
    streets in al-Karkh outside the zone's walls"): the place before it is where the event was."""
    return [
        b
        for a, b in pairwise(named)
        if b.relation == "outside"
        and b.landmark.kind == "perimeter"
        and a.landmark.kind != "perimeter"
        and 0 <= b.start - a.end <= 25
        and not any(c in text[a.end : b.start] for c in ",;،")
    ]


# A chain of words of position: a place told by what it stands near or behind, then by what that stands near ("the
# square behind the building near the Rashid Hotel", "الساحة الواقعة خلف المبنى قرب فندق الرشيد"): the second
# landmark locates the first, which is the nearer reference.
_NEAR_CHAIN = re.compile(
    r"\s+(?:near|next\s+to|beside|close\s+to|by)\s+(?:the\s+)?"
    r"|\s+(?:قرب|بالقرب\s+من|بجوار|بجانب|على\s+مقربة\s+من)\s+",
    re.IGNORECASE,
)


def _brought_down_over(text: str, c_start: int, c_end: int, named: list[PlaceMention]) -> bool:
    """Whether the clause tells munitions brought down over a place, and the sentence's denial ("none of the rockets
    hit the embassy itself") is in another clause: "the embassy's C-RAM intercepted two of the rockets over the
    embassy compound, and none of the rockets hit the embassy itself" is an interception at the embassy (the place of
    the defence), though none hit it."""
    denied = [p.start for p in named if p.role == NEGATED and c_start <= p.start < c_end]
    stop = c_end
    if denied:
        # the denial's own part of the clause opens at the last comma or "and" before its place ("..., and none of
        # the rockets hit the embassy itself", "، وأن أياً منها لم يصب السفارة")
        cuts = [m.start() for m in _DENIAL_PART.finditer(text, max(c_start, denied[0] - 80), denied[0])]
        if not cuts:
            return False
        stop = cuts[-1]
    own = [p for p in named if p.role != NEGATED and c_start <= p.start < stop]
    return bool(own) and brought_down_only(text, c_start, stop)


_DENIAL_PART = re.compile(r"[,،]|\band\b|(?<![\u0621-\u064a])و(?=أن|ان|لم|لا)")


def _measured_from(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """The places of ``named`` that a distance after a comma measures a place named just before from."""
    out: list[PlaceMention] = []
    for a, b in pairwise(named):
        if not (a.unknown or specificity(a.landmark)[0] <= 1) or b.start - a.end > 80:
            continue
        gap = text[a.end : b.start]
        if holds_any(gap.lower(), _DISTANCE_HINTS) and _DISTANCE_APPOSITION.fullmatch(gap):
            out.append(b)
        elif a.relation == "near" and not a.unknown and _NEAR_CHAIN.fullmatch(gap):
            out.append(b)  # "في الساحة الواقعة خلف المبنى قرب فندق الرشيد": the hotel locates the building
    return out


# A clause telling what the situation turned into ("قبل أن تتطور الأوضاع إلى اشتباكات", "ثم تحولت التظاهرة إلى
# مواجهات", "before the protest escalated into clashes"): a verb of turning, then at most three words before "إلى"
# / "into".
_ESCALATED = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:ت|ي)?(?:تطور|تحول|تصاعد|تتطور|تتحول|تتصاعد)[\u0621-\u064a]*\s+(?:\S+\s+){0,3}?(?:إلى|الى)\s"
    r"|\b(?:escalated|turned|degenerated|spiralled|spiraled|descended)\s+(?:\S+\s+){0,2}?into\b",
    re.IGNORECASE,
)
_ESCALATED_HINTS = ("تطور", "تحول", "تصاعد", "escalated", "turned", "degenerated", "spiral", "descended")


def _escalated_into(text: str, c_start: int, c_end: int) -> bool:
    """Whether the clause ``text[c_start:c_end]`` tells what the situation turned into."""
    head = text[c_start:c_end]
    return holds_any(head.lower(), _ESCALATED_HINTS) and _ESCALATED.search(head) is not None


# A place crossed on the way into another: "streamed across the suspension bridge into the Green Zone", "marched over
# the Jumhuriya Bridge to Tahrir Square", "عبروا جسر الجمهورية إلى المنطقة الخضراء" (the way is part of the route).
_CROSSED = re.compile(
    r"\b(?:across|over|through|via)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$|(?<![\u0621-\u064a])(?:عبر|عبروا|اجتازوا)\s+$",
    re.IGNORECASE,
)
_INTO = re.compile(r"^\s*(?:into|onto|to|إلى|الى)\s+(?:the\s+)?$", re.IGNORECASE)


_CITY_AFTER = re.compile(
    r"\s*(?:in\s+)?(?:central\s+|eastern\s+|western\s+)?baghdad\b|\s*(?:(?:وسط|في|ب)\s*)?(?:العاصمة\s+)?بغداد(?![\u0621-\u064a])"
    rf"|\s*(?:(?:late|early)\s+)?on\s+(?:{literal_alternation(WEEKDAYS_EN)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)


def _without_city(text: str, a: PlaceMention, b: PlaceMention) -> str:
    """The words between ``a`` and ``b`` without the city or the day named right after ``a`` ("في ساحة التحرير وسط
    بغداد", "in Tahrir Square on Monday")."""
    start = a.end
    while (told := _CITY_AFTER.match(text, start, b.start)) is not None and told.end() > start:
        start = told.end()
    return text[start : b.start]


def _route_end(text: str, own: list[PlaceMention], rules: list[str]) -> list[PlaceMention]:
    """``own`` without a place the crowd moved on from to the next one (``_MOVED_ON``: "gathered in Tahrir Square and
    tried to cross the Jumhuriya bridge, where security forces fired tear gas"): the route's last leg is where the
    event was (rule ``place.moved_on``), unless the crowd only headed there ("and marched towards the zone")."""
    # (the city named after a place only says where it is: "تجمعوا في ساحة التحرير وسط بغداد، وحاولوا العبور من
    # جسر الجمهورية" moved on from the square)
    seq = [p for p in own if p.unknown or specificity(p.landmark)[0] < 3]
    left = [
        a
        for a, b in pairwise(seq)
        if (b.relation != "towards" and len(gap := _without_city(text, a, b)) <= _PEER_GAP and _MOVED_ON.match(gap))
        or (_CROSSED.search(text, max(0, a.start - 30), a.start) and _INTO.match(text[a.end : b.start]))
    ]
    if not left:
        return own
    rules.append(rule("place.moved_on"))
    return [p for p in own if p not in left]


_CROWD_TYPES = frozenset(
    {"Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration"}
)


# A coordinated clause with a subject and a finite verb of its own (", and plumes of smoke rose over the area around
# the palace", ", and the streets were empty near the bridge"): another statement, whose places are its own. A verb
# of impact or of a crowd (", and two landed near the hotel", ", and hundreds gathered in the square") still tells
# the event (its place is read as usual).
_EVENT_VERBS = (
    r"(?:landed|hit|struck|fell|crashed|exploded|slammed|impacted|gathered|marched|rallied|stormed|moved|headed|fled|"
    r"camped|protested|demonstrated|clashed|fired|opened|poured|streamed|pushed|tried|attempted|threw|set|burned|"
    r"blocked|killed|wounded|injured)\b"
)
_OTHER_CONJUNCT = first_char_guard(re.compile(
    rf",\s+and\s+(?:(?!{_EVENT_VERBS})[\w'’-]+\s+){{1,4}}?(?!{_EVENT_VERBS})"
    r"(?-i:was|were|rose|hung|billowed|drifted|spread|remained|stayed|[a-z]{3,}ed)\b",
    re.IGNORECASE,
))  # fmt: skip


def _other_conjunct_places(text: str, c_start: int, c_end: int, own: list[PlaceMention]) -> list[PlaceMention]:
    """The clause's own places without those of a trailing coordinated clause that tells no event of its own
    (rule ``place.conjunct_skipped``), when a place of the event's comes before it."""
    if len(own) < 2 or text.find(", and ", c_start, c_end) < 0:
        return own
    for match in _OTHER_CONJUNCT.finditer(text, c_start, c_end):
        before = [p for p in own if p.start < match.start()]
        after = [p for p in own if p.start >= match.start()]
        if before and after and not find_triggers(text, match.start(), c_end):
            return before
    return own


def clause_places(
    text: str,
    clause: tuple[int, int],
    s_places: list[PlaceMention],
    sub_type: str,
    elsewhere: list[tuple[int, int]] | None = None,
) -> tuple[list[PlaceMention], list[str]]:
    """The places a clause's event may be at: its own, else its sentence's; and the rules applied.

    A place the words around it show is not the event's (negated, a launch site, an institution:
    :mod:`geoincidents.extraction.place_roles`) is left out (rules ``place.negated_skipped``,
    ``place.origin_skipped``, ``place.not_a_place``).
    """
    c_start, c_end = clause
    rules: list[str] = []
    named = [p for p in s_places if not inside_any(elsewhere or [], p.start)]
    if named and (meeting := [m.span() for m in _MEETING.finditer(text, max(0, named[0].start - 80), named[-1].end)]):
        kept = [p for p in named if not inside_any(meeting, p.start)]
        if len(kept) < len(named):
            rules.append(rule("place.descriptive_skipped"))
        named = kept
    if len(named) > 1 and any(p.role == NEGATED for p in named) and not _brought_down_over(text, c_start, c_end, named):
        # "لهجوم بعدة صواريخ استهدف السفارة الأمريكية، مؤكداً أن أياً منها لم يصب مبنى السفارة": the landmark the
        # sentence says was not hit is no place of its events, however else it is named there (its aim)
        denied = {p.landmark.landmark_id for p in named if p.role == NEGATED}
        named = [p for p in named if p.landmark.landmark_id not in denied or p.role == NEGATED]
    if len(named) > 1 and (measured := _measured_from(text, named)):
        named = [p for p in named if p not in measured]
        rules.append(rule("place.reference_skipped"))
    if len(named) > 1 and (beside := _outside_of(text, named)):
        named = [p for p in named if p not in beside]
        rules.append(rule("place.reference_skipped"))
    clause_named = within(named, c_start, c_end)
    if len(clause_named) > 1 and (
        described := descriptive_spans(text, clause_named[0].start, max(c_end, clause_named[-1].end))
    ):
        # "headed for the bridge, the nearest crossing to the US embassy": a place named only to describe another is
        # left out before the roles are weighed (the bridge headed for then gives way to no place of its own)
        kept = [p for p in clause_named if not inside_any(described, p.start)]
        if kept and len(kept) < len(clause_named):
            clause_named = kept
            rules.append(rule("place.descriptive_skipped"))
    own = _roles_kept(clause_named, rules)
    if len(own) > 1 and (kept := _other_conjunct_places(text, c_start, c_end, own)) is not own:
        own = kept
        rules.append(rule("place.conjunct_skipped"))
    if len(own) > 1:
        own = _route_end(text, own, rules)
    tried = [p for p in own if p.relation == "towards" and tried_to_reach(text, p.start)] if len(own) > 1 else []
    if tried and sub_type in _CROWD_TYPES:
        # "tore down barriers on the Republic Bridge as they tried to reach the US embassy": a place the crowd only
        # tried to reach gives way to where the clause says it was (a landmark narrower than the city, told by a
        # word of place, not in a description)
        described = descriptive_spans(text, c_start, c_end)
        was = [
            p
            for p in own
            if p.relation != "towards"
            and not p.unknown
            and specificity(p.landmark)[0] < 3
            and explicit_relation(text, p.start)
            and not inside_any(described, p.start)
        ]
        if was:
            own = [p for p in own if p not in tried]
            rules.append(rule("place.headed_only"))
    if not own and named and _escalated_into(text, c_start, c_end):
        # "اقتحموا القصر ... قبل أن تتطور الأوضاع إلى اشتباكات مسلحة": what the day turned into, told ahead of its
        # own sentence; the storming's place is not the clash's (with no place of its own: `place.unlocated_detail`)
        return [], [*rules, rule("place.descriptive_skipped")]
    if not own and named:
        rules.append(rule("place.sentence"))
    places = own or _roles_kept(named, [])
    if own and sub_type in _CROWD_TYPES and all(p.relation == "towards" for p in own):
        # "أصيب ... خلال محاولتهم الوصول إلى مبنى البرلمان، | بعد أن فرقتهم القوات قرب ساحة الاحتفالات": where the
        # crowd only headed gives way to where the sentence says it was, a place after a word of place (not the
        # object of a verb: "أغلقت جسر الأحرار أمام المتظاهرين" closed the bridge, nobody was there)
        was = [
            p
            for p in _roles_kept(named, [])
            if p.relation != "towards" and not c_start <= p.start < c_end and explicit_relation(text, p.start)
        ]
        if was:
            places = was
            rules.append(rule("place.headed_only"))
    if not places and sub_type in _CROWD_TYPES:
        # A crowd that set out from a place and went nowhere the sentence names ("خرجت تظاهرة، اليوم الاثنين، من ساحة
        # التحرير", "marched from Tahrir Square"): it gathered there (a launch site stays no place of an attack).
        places = [p for p in within(named, c_start, c_end) or named if p.role == ORIGIN and not p.unknown]
        if places:
            rules.append(rule("place.origin_only"))
    if sub_type == "Arrests":  # "arrested a cell responsible for rockets on the Green Zone"
        charge = _CHARGE.search(text, c_start, c_end)
        if charge is not None:
            kept = [p for p in places if p.start < charge.start()]
            if len(kept) < len(places):
                rules.append(rule("place.charge_skipped"))
            places = kept
    return places, rules


@dataclass
class PlaceChoice:
    """Where a clause's event is placed, with the rules that decided it."""

    place: PlaceMention | None
    landmark: Landmark | None
    relation: str | None
    location: str | None
    sub_type: str
    sit_in: bool
    rules: list[str] = field(default_factory=list)


def _choice(place: PlaceMention | None, text: str, sub_type: str, sit_in: bool) -> PlaceChoice:
    return PlaceChoice(
        place,
        place.landmark if place else None,
        place.relation if place else None,
        text[place.start : place.end] if place else None,
        sub_type,
        sit_in,
    )


def _sit_in_place(choice: PlaceChoice, where: SentencePlaces, c_places: list[PlaceMention], day: date | None) -> None:
    """A sit-in: the gazetteer's site of that day, else the next place named (rule ``place.sit_in_*``)."""
    named = tuple(lm for p in c_places for lm in p.candidates if lm.kind == "sit_in")
    if not named and choice.place is not None and day is not None and _own_sit_in_place(choice.place, where, day):
        where.scan.own_sit_ins[day] = choice.place.landmark
        choice.rules.append(rule("place.sit_in_own_place", choice.place.landmark.landmark_id))
        return
    if not named and choice.place is None and day is not None and day in where.scan.own_sit_ins:
        # the camp told again with no place of its own ("ونصب المعتصمون خياماً"): the sit-in told before that day
        choice.landmark, choice.relation = where.scan.own_sit_ins[day], "at"
        choice.rules.append(rule("place.sit_in_own_place", choice.landmark.landmark_id))
        return
    site = where.sit_in_site(day, named)
    if not named and choice.place is not None and day is not None:
        # the one site of that day at the clause's own place ("prayed near the suspension bridge | and in front of
        # the Planning gate", cut by place.two_places): that site, whatever else the sentence names
        landmarks = where.scan.index.landmarks
        own = choice.place.landmark.landmark_id
        at_own = [lm for lm in where.scan.index.sit_ins_on(day) if own in landmark_chain(lm, landmarks)]
        site = at_own[0] if len(at_own) == 1 else site
    if site is not None:
        choice.landmark, choice.relation = site, "at"
        choice.location = choice.location or "sit-in"
        choice.rules.append(rule("place.sit_in_site", site.landmark_id))
    elif choice.place is not None and choice.place.landmark.kind == "sit_in":
        # A named sit-in site that did not exist that day: use the next place it names.
        place, _ = pick_place([p for p in c_places if p.landmark.kind != "sit_in"])
        choice.place, choice.landmark = place, place.landmark if place else None
        choice.relation = place.relation if place else None
        choice.rules.append(rule("place.sit_in_inactive"))


def landmark_chain(lm: Landmark, landmarks: Mapping[str, Landmark]) -> set[str]:
    """The ids of a landmark and of those it is part of or next to, following ``related_id`` (no cycles).

    Two landmarks are related when their chains meet (``merging.related``).
    """
    seen = {lm.landmark_id}
    cur: Landmark | None = lm
    while cur is not None and cur.related_id and cur.related_id not in seen:
        seen.add(cur.related_id)
        cur = landmarks.get(cur.related_id)
    return seen


def _own_sit_in_place(place: PlaceMention, where: SentencePlaces, day: date) -> bool:
    """Whether a sit-in is told at a place of its own: a landmark (a building, square, gate or bridge, not an area)
    that no sit-in site of that day is at or next to ("began a sit-in at the gate of the Supreme Judicial Council"
    while other camps stood at parliament and at the suspension bridge): a new sit-in there, not one of the camps."""
    if place.landmark.kind == "sit_in" or specificity(place.landmark)[0] > 1:
        return False
    landmarks = where.scan.index.landmarks
    sites = where.scan.index.sit_ins_on(day)
    if not sites:
        return False
    own = landmark_chain(place.landmark, landmarks)
    return not any(landmark_chain(site, landmarks) & own for site in sites)


def _named_sit_in_site(choice: PlaceChoice, c_places: list[PlaceMention], day: date | None) -> None:
    """A sit-in site named for another event: that site if it existed that day, else the next place."""
    assert choice.place is not None
    active = [lm for lm in choice.place.candidates if lm.active_on(day)]
    if active:
        choice.landmark = active[0]
        return
    place, _ = pick_place([p for p in c_places if p.landmark.kind != "sit_in"])
    choice.place, choice.landmark = place, place.landmark if place else None
    choice.relation = place.relation if place else None
    choice.rules.append(rule("place.sit_in_inactive"))


def resolve_place(
    where: SentencePlaces,
    c_places: list[PlaceMention],
    triggers: list[Trigger],
    kind: tuple[str, str],
    day: date | None,
    actors: Sequence[ActorMention],
) -> PlaceChoice:
    """Where the event of a clause (its ``triggers``, of ``kind`` = (event type, sub-event type)) happened.

    ``c_places`` are the clause's candidate places (:func:`clause_places`), ``actors`` its parties.
    """
    scan = where.scan
    text = scan.text
    event_type, sub_type = kind
    sit_in = any(t.sit_in for t in triggers) and event_type == "Protests"
    place, skipped = where.pick(c_places)
    choice = _choice(place, text, sub_type, sit_in)
    if skipped:
        choice.rules.append(rule("place.descriptive_skipped"))
    if place is not None:
        choice.rules.append(rule("place.most_specific", place.landmark.landmark_id))
        if place.fuzzy:
            choice.rules.append(rule("place.fuzzy_name", text[place.start : place.end]))
    if sit_in and place is not None and place.relation == "towards" and place.landmark.kind != "sit_in":
        # "sit-in participants marched towards the bridge": a march from the camp, placed where it went.
        choice.sit_in = False
        choice.rules.append(rule("place.sit_in_march"))
    elif sit_in:
        _sit_in_place(choice, where, c_places, day)
    elif place is not None and place.landmark.kind == "sit_in":
        _named_sit_in_site(choice, c_places, day)
    if event_type == "Strategic developments" and sub_type == "Other":
        own = next((m for m in actors if m.actor.landmark_id in scan.index.landmarks), None)
        if own is not None:
            choice.landmark = scan.index.landmarks[str(own.actor.landmark_id)]
            choice.relation, choice.location = "at", text[own.start : own.end]
            choice.sub_type = OWN_PREMISES
            choice.rules.append(rule("place.own_premises", choice.landmark.landmark_id))
    return choice


# What an interception was over or hit ("shot down over the government palace", "intercepted two rockets over the
# compound", "فوق مبنى السفارة", "in the compound"): the munition was at the place, not only near it.
_OVER = re.compile(
    r"(?:\b(?:over|above|in|inside|into)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}"
    r"|(?<![\u0621-\u064a])(?:فوق|داخل|في\s+أجواء|في\s+اجواء|على)\s+(?:[\u0621-\u064a]+\s+){0,2}"
    r"|(?<![\u0621-\u064a])[بف](?=ال))$",
    re.IGNORECASE,
)


# The words right before the place a munition was brought down over ("over Jadriya", "above the Karrada district",
# "فوق منطقة الجادرية", "في أجواء الكرادة"): where it was met in the air.
_MET_OVER = re.compile(
    r"(?:\b(?:over|above)\s+(?:the\s+)?(?:[\w'’-]+\s+)?"
    r"|(?<![\u0621-\u064a])(?:فوق|في\s+أجواء|في\s+اجواء)\s+(?:[\u0621-\u064a]+\s+)?)$",
    re.IGNORECASE,
)
# Places that hold the embassy or the city: no place of an interception of their own (the annotation rules: "the
# Green Zone that holds the embassy is none").
_NO_PLACE_MET = frozenset({"green_zone", "baghdad", "karradat_mariam", "karkh"})


def interception_place(text: str, chosen: PlaceMention, places: list[PlaceMention]) -> PlaceMention | None:
    """The place a munition was brought down over, when the clause names one apart from the building chosen (rule
    ``place.intercepted_over``): "the C-RAM system of the US embassy intercepted a rocket over Jadriya" is at Jadriya,
    not at the embassy that owns the defence; over the Green Zone that holds the embassy it stays at the embassy."""
    if chosen.landmark.kind != "building":
        return None
    for place in places:
        if place.start == chosen.start or place.landmark.landmark_id in _NO_PLACE_MET:
            continue
        if place.landmark.landmark_id == chosen.landmark.landmark_id:
            continue
        if _MET_OVER.search(text, max(0, place.start - 30), place.start):
            return place
    return None


def interception_relation(text: str, place: PlaceMention, relation: str | None) -> str | None:
    """The relation of a munition brought down to the building it was aimed at or defended by: ``near`` (rule
    ``place.intercepted_near``), unless the words before the place say it was over or in it ("over the compound").

    "The embassy's C-RAM intercepted a rocket fired at the compound", "shot down a drone as it approached the embassy",
    "صاروخ أطلق باتجاه مبنى السفارة": the embassy, ``near``; places of other kinds keep their relation.
    """
    if place.landmark.kind != "building" or relation not in ("at", "towards"):
        return relation
    before = text[max(0, place.start - 40) : place.start]
    stop = max(before.rfind(". "), before.rfind(".\n"), before.rfind("\n"))
    before = before[stop + 1 :] if stop >= 0 else before  # (the words before it in its own sentence)
    return relation if _OVER.search(before) else "near"


def settle_place(cand: Candidate, located: bool, widest: PlaceMention | None, text: str) -> tuple[str, str] | None:
    """Give an unlocated merged event the report's widest area, or say why it is dropped.

    Returns None when the candidate has (now) a place, else ``(rule, reason)``. A passage with event
    words but neither place nor date of its own, in a report whose events are located, is comment or
    detail ("violence flared again"), not a new city-wide incident.
    """
    if cand.landmark is not None:
        return None
    if located and not cand.date_in_sentence and not cand.loaded_find:
        # (weapons found still loaded are an event of their own, `merge.fold_closure`: not comment)
        return rule("place.unlocated_detail"), "no place and no date of its own beside located events"
    if widest is not None:
        cand.landmark, cand.location = widest.landmark, text[widest.start : widest.end]
        cand.relation = relation_in(widest.landmark)
        cand.fallback = True
        cand.rules.append(rule("place.city_fallback", widest.landmark.landmark_id))
        return None
    return rule("place.none"), "no place the gazetteer knows"
