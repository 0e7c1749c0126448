"""Landmark geocoding: place mentions in report text matched to gazetteer landmarks.

Names, Arabic names and aliases of every landmark are folded with
:func:`geoincidents.gazetteer.names.normalize_name` into one token trie, built once per gazetteer (cached by the
gazetteer object's identity), so a report is geocoded in a single pass over its words. For each
mention the words before it give the spatial relation (at / near / towards / inside / outside), and
the landmark's kind and that relation give an ACLED ``geo_precision`` (1-3), an ``uncertainty_m``
radius and a ``confidence``. Sit-in mentions resolve to the sit-in site the gazetteer knows for the
event date (:func:`geoincidents.gazetteer.load.active_on`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from itertools import zip_longest
from typing import Any

import geopandas as gpd
import numpy as np
import shapely
from pyproj import Transformer

from geoincidents.extraction._phrases import (
    PhraseIndex,
    Token,
    _top_level_alternatives,
    first_char_guard,
    fold_word,
    holds_any,
    phrase_key,
    token_words,
    tokenize,
)
from geoincidents.extraction.dates import WEEKDAYS_AR, as_date
from geoincidents.extraction.place_roles import EVENT, place_role
from geoincidents.extraction.words import (
    KIND_BEFORE_TRANSLIT,
    PERSON_SINGULAR_AR,
    PERSON_SINGULAR_EN,
    going_en,
    literal_alternation,
)
from geoincidents.gazetteer.model import Gazetteer, GazetteerLike, as_gazetteer
from geoincidents.proximity.certainty import GEO_PRECISION_UNCERTAINTY_M

__all__ = [
    "Landmark",
    "LandmarkIndex",
    "PlaceMention",
    "explicit_relation",
    "find_elsewhere",
    "find_places",
    "landmark_index",
    "place_precision",
    "resolve_sit_in",
    "specificity",
]

# A pattern matched just after a mention looks at most this many characters ahead: the words it looks
# for follow within a few words, and a long run of spaces or commas after a mention costs nothing.
_LOOK_AHEAD = 60

# How specific a kind of landmark is: 0 a spot (gate, building, square, bridge end, sit-in camp),
# 1 a bridge (a line some hundreds of metres long), 2 an area (perimeter, district), 3 a city.
# A word's final hamza after alif, which Iraqi writing often drops ("المنطقة الخضرا" for "الخضراء").
_HAMZA_END = re.compile(r"(?<=\u0627)\u0621(?=\s|$|\))")
_KIND_RANK = {"gate": 0, "building": 0, "square": 0, "bridge_end": 0, "sit_in": 0, "bridge": 1, "district": 2,
              "perimeter": 2}  # fmt: skip
_CITY_UNCERTAINTY_M = 5000.0  # a district this vague is a city-wide area (geo_precision 3)
_AREA_KINDS = frozenset({"perimeter", "district"})

# The relation is read from the words just before a mention (up to four filler words between).
_REL_WORDS: list[tuple[str, str]] = [
    (
        "towards",
        r"towards|toward|in\s+the\s+direction\s+of|heading\s+to|headed\s+to|marched\s+on|march\s+on|"
        r"made\s+their\s+way\s+to|made\s+its\s+way\s+to|نحو|باتجاه|صوب|الى|إلى|تجاه",
    ),
    ("outside", r"outside|just\s+outside|at\s+the\s+edge\s+of|on\s+the\s+outskirts\s+of|خارج"),
    (
        "near",
        r"near|close\s+to|next\s+to|adjacent\s+to|in\s+the\s+vicinity\s+of|around|approaches\s+to|"
        r"approach\s+to|not\s+far\s+from|a\s+few\s+(?:hundred\s+)?(?:metres|meters)\s+from|by|off|opposite|behind|beside|"
        # a distance with no number ("metres from the palace", "only yards away from the embassy"): near it
        r"(?:(?:just|only|mere|a\s+few|some)\s+)?(?:metres|meters|yards)\s+(?:away\s+)?from|"
        # a distance in metres or yards ("500 metres from", "200m away from", "a short distance from"): near it
        r"\d[\d,.]*\s*(?:hundred\s+)?(?:metres|meters|m|yards)\s+(?:away\s+from|from|(?:north|south|east|west)\w*\s+of)|"
        r"(?:one|two|three|four|five|six|seven|eight|nine|several)\s+hundred\s+(?:metres|meters|yards)\s+"
        r"(?:away\s+from|from|(?:north|south|east|west)\w*\s+of)|"
        r"(?:a\s+)?short\s+distance\s+(?:away\s+)?from|"
        # a distance in Arabic, the unit with or without the article ("على بعد مئات الأمتار من", "على بعد كيلومتر عن")
        r"على\s+بعد\s+(?:\S+\s+){0,2}(?:ال)?(?:متر|مترا|متراً|أمتار|امتار|كيلومتر|كيلومترا|كيلومترات|كم)\s+(?:من|عن)|"
        # a way named by where it leads ("the road leading to the Green Zone", "a street leading to Tahrir Square"):
        # near the place it leads to, not towards it
        r"across\s+(?:the\s+street\s+)?from|a\s+stone['’]s\s+throw\s+from|"
        r"(?:on\s+)?(?:the|a|one\s+of\s+the)\s+(?:main\s+)?(?:road|street|highway|avenue|route)s?\s+(?:leading|that\s+leads)\s+to|"
        r"(?:on\s+)?the\s+road\s+to|"
        r"مقابل|قبالة|"
        r"قرب|بالقرب\s+من|قريب(?:اً|ا|ًا)?\s+من|(?:ال)?قريب[ةه]\s+من|القريب\s+من|بمحيط|محيط|بمقربة\s+من|مقربة\s+من|على\s+مقربة\s+من|مشارف|"
        # beside, around, behind ("حول السفارة", "بجانب جسر", "خلف مبنى البرلمان", "بمحاذاة سور")
        r"حول|بجوار|جوار|بجانب|[إا]لى\s+جانب|خلف|وراء|بمحاذاة|محاذاة",
    ),
    (
        "inside",
        r"inside|within|into|in(?!\s+front\s+of\b)|deep\s+in|entered|enter|entering|stormed|storm|storming|breached|"
        r"داخل|في|وسط|دخل|دخلوا|دخول|يدخلون|اقتحم|اقتحموا|اقتحام|يقتحمون|يقتحم",
    ),
    ("at", r"at|on|onto|over|across|atop|from|reached|reach|in\s+front\s+of|عند|على|من|أمام|امام|تحت|فوق|لدى"),
]
# (A word of place begins the text or follows a space, a comma, a bracket or a quote: "no other character before
# it", one test that passes over the inside of every word. Each relation's words sit behind a look-ahead for the
# characters they can begin with, read from them by ``first_char_guard``: a word start is tried only with the
# relations whose words can begin there; the matches and their groups are the same.)
_REL_PATTERN = re.compile(
    # (an Arabic word of place may carry the conjunction as a clitic: "وبالقرب من", "وعند", "فوسط")
    r"(?<![^\s,(\"'])(?:[وف](?=[\u0621-\u064a]{2}))?(?:"
    + "|".join(f"(?P<{rel}>{first_char_guard(re.compile(pat, re.IGNORECASE)).pattern})" for rel, pat in _REL_WORDS)
    + r")(?=\s|$)",
    re.IGNORECASE,
)
_FILLER_OK = re.compile(
    r"^(?:\s+(?:the|a|an|its|their|heavily-fortified|heavily|highly|fortified|so-called|capital's|city's|iraqi|iraq's|baghdad's|"
    r"central|main|one|famous|nearby|first|outer|"
    + literal_alternation(KIND_BEFORE_TRANSLIT)
    + r"|government|(?:north|south|east|west)(?:ern)?|high-security|restricted|al-|al|gates?|gate|entrance|"
    r"entrances|walls?|edges?|outskirts|perimeter|of|to|المنطقة|ال\S*|شديدة|شديد|المحصنة|المحصّنة|الحصينة|مدخل|مداخل|بوابة|"
    r"بوابات|أسوار|اسوار|أطراف|اطراف|"
    # a quantifier heading the construct ("عند أحد مداخل المنطقة الخضراء", "قرب إحدى بوابات"): the
    # place told by the noun after it
    r"أحد|احد|إحدى|احدى|بعض|"
    # a part of the place ("the courtyard of the ministry", "the chamber of parliament", "باحة فندق"): the place
    r"grounds|compound|courtyard|yard|gardens?|car\s+park|parking|roof|rooftop|chamber|hall|premises|fence|"
    # an area's edge (with _EDGE_WORDS): "the blast walls of the Green Zone", "عند سيطرات المنطقة الخضراء"
    r"checkpoints?|barriers?|blast|concrete|doorsteps?|borders?|cordon|أبواب|ابواب|حدود|سيطرات|سيطرة|منافذ|حواجز|"
    r"باحة|لباحة|حديقة|سطح|مرآب|قاعة|قبة|مجمع|سياج|حرم|"
    # the head of an Arabic construct that names a building or a part of the place, with or without a clitic
    # ("بالقرب من مبنى السفارة", "أمام مقر البرلمان", "داخل مرأب فندق", "في محيط القصر"): the place
    r"[وبلف]?(?:مبنى|مباني|مقر|مقرّ|مقار|بناية|مرأب|مرائب|فناء|ممر|ممرات|أروقة|اروقة|محيط|جدار|جدران|سور|طابق|"
    r"موقف|مواقف|مكاتب|أرض|ارض|بوابات|بناء)))*$",
    re.IGNORECASE,
)
# "at the entrances of the Green Zone", "عند مداخل المنطقة الخضراء": at the area's edge, not in it.
_EDGE_WORDS = re.compile(
    r"\b(?:gates?|entrances?|walls?|edges?|outskirts|perimeter|checkpoints?|barriers?|doorsteps?|borders?|cordon)\b"
    r"|مدخل|مداخل|بوابة|بوابات|أسوار|اسوار|أطراف|اطراف|أبواب|ابواب|حدود|سيطرات|سيطرة|منافذ|حواجز",
    re.IGNORECASE,
)
_WINDOW = 70
# (the verb, or its verbal noun after a word of time: "وصل المتظاهرون إلى", "لدى وصولهم إلى ساحة التحرير", "فور
# دخولهم إلى"; not the noun after an attempt: "حاول المتظاهرون الوصول إلى المنطقة الخضراء" is where they headed)
_ARRIVED = re.compile(
    r"(?:وصل|بلغ|دخل)\S*|(?:لدى\s+|عند\s+|بعد\s+|فور\s+|إثر\s+|اثر\s+|و)(?:وصول|بلوغ|دخول)\S*|\b(?:arrived|got)\b",
    re.IGNORECASE,
)
# A crowd flocking or streaming to a place ("يتوافدون إلى ساحة التحرير", "تدفق المحتجون إلى", "تقاطر المحتجون إلى"): it
# gathers there (not "نحو", "باتجاه": heading on to it). (One rule: the rows and places engineers of round 9 each
# wrote it; this one, which keeps "نحو" heading, stands.)
_CONVERGED = re.compile(
    # (the verb or its verbal noun: "بدأ الآلاف بالتوافد إلى ساحة التحرير")
    # (the verb first, its subject and the time between commas: "توافد آلاف المتظاهرين، اليوم الاثنين، إلى")
    # ("زحف", marching, only right before: "زحف آلاف المتظاهرين، اليوم، إلى" tells where they marched)
    r"(?<![\u0621-\u064a])[وف]?(?:بال|ال)?(?:[يت]?توافد|[يت]?تدفق|[يت]?قاطر)[\u0621-\u064a]*[،,]?\s+"
    r"(?:[\u0621-\u064a]+[،,]?\s+){0,5}$"
    r"|(?<![\u0621-\u064a])[وف]?(?:بال|ال)?[يت]?زحف[\u0621-\u064a]*\s+(?:[\u0621-\u064a]+\s+){0,3}$"
)
# An attempt governing the verb of reaching ("tried to reach", "in a bid to reach"): the place is where the crowd headed
# (``towards``), not one it got to (the Arabic "حاولوا الوصول إلى" is read so by "إلى").
_ATTEMPT_BEFORE = re.compile(
    r"\b(?:tried|trying|tries|try|attempted|attempting|attempts?|sought|seeking|seek|bid|effort)\s+to\s+$",
    re.IGNORECASE,
)
_REACH = re.compile(r"\s*reach", re.IGNORECASE)
# A place referred back to by its kind ("the bridge", "the square", "الجسر") is the last landmark of
# that kind named before it in the same text.
_ANAPHORA = first_char_guard(re.compile(
    r"\bthe\s+(?P<same>(?:very\s+|self)?same\s+)?(?:(?P<bridge>bridge)|(?P<square>square)|(?P<gate>gate|checkpoint)|(?P<building>embassy|palace|hotel|"
    r"parliament\s+building|building|compound)|(?P<perimeter>(?:(?:heavily[-\s])?fortified\s+|international\s+|green\s+)?zone|"
    # the perimeter told by what it is ("the heavily fortified area", "the fortified district that houses ...")
    r"(?:heavily[-\s])?fortified\s+(?:district|area|enclave|quarter)))\b"
    # (the article after "ل" is written "لل": "المنظومة الدفاعية للسفارة")
    r"|(?<![\u0621-\u064a])(?:[وب]?ال|[وف]?لل)(?:(?P<bridge_ar>جسر)|(?P<square_ar>ساحة)|(?P<gate_ar>بوابة)"
    r"|(?P<building_ar>سفارة|مبنى|مجمع|قصر|فندق)|(?P<ministry_ar>وزارة))(?![\u0621-\u064a])"
    # "the ministry" named before by its name ("أمام مبنى وزارة التخطيط ... أمام الوزارة"): that ministry
    r"|\bthe\s+(?P<ministry>ministry)\b(?!\s+of\b)"
    # a bridge's end told by its side with a possessive pronoun ("At its Green Zone end", "on its Karkh side"): that
    # end of the bridge named last (only when the side words name one of its ends)
    r"|\b(?P<its>its)(?=\s+(?:[\w'’-]+\s+){1,3}(?:end|side|bank|foot|approach(?:es)?)\b)",
    re.IGNORECASE,
))  # fmt: skip
# A part of a building named before: "an embassy cafeteria", "a palace guard room" (not its people).
_PART = re.compile(
    r"\ban?\s+(?P<part>embassy|palace|hotel)(?=\s+(?!(?:spokes\w*|officials?|employees?|staff|statement|sources?|"
    r"diplomats?|workers?|guards?)\b)[a-z]{3,})",
    re.IGNORECASE,
)
_PART_HINTS = ("n embassy", "n Embassy", "a palace", "A palace", "a hotel", "A hotel")
# (not a word of time after the noun, "قرب البرلمان اليوم الأحد", nor the relative "الذي", "التي": no qualifier)
_AR_ADJECTIVE = re.compile(
    rf"\s+(?!(?:{literal_alternation(WEEKDAYS_AR)}|اليوم|الماضي|الماضية|الجاري|الحالي|الذي|التي|الليلة)"
    r"(?![\u0621-\u064a]))ال[\u0621-\u064a]{3,}"
)
# A building told without a name ("the Baghdad office of a party", "a liquor store", "his home"): "the building"
# after it is that building, not a landmark named before it (rule place.most_specific reads the anaphora).
_UNNAMED_BUILDING = first_char_guard(re.compile(
    r"\b(?:office|offices|headquarters|HQ|home|house|shop|store|restaurant|caf[eé]|bank|school|hospital|clinic|"
    r"warehouse|factory|villa|apartment|residence|hall|mall|hotel|mosque|church|station|compound|premises)\b"
    # (and in Arabic: "مقر حزب في الكرادة ... المبنى", "محل في المنصور")
    r"|(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:مقر|مقرات|مكتب|مكاتب|محل|متجر|مطعم|منزل|مصرف|مدرسة|مستشفى|مسجد|"
    r"بناية|عمارة|مخزن|مستودع)(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip
# The district an unnamed building was told in ("the offices of the party are in Karrada", "مقر حزب في منطقة
# الكرادة"): its name at most this many characters after the building's noun, in the same sentence.
_UNNAMED_IN_REACH = 80
_UNNAMED_BACK = 300  # characters before "the building" where the unnamed building is looked for
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_ANAPHORA_KINDS = {
    "bridge": ("bridge", "bridge_end"),
    "square": ("square",),
    "gate": ("gate",),
    "building": ("building",),
    "part": ("building",),
    "perimeter": ("perimeter",),
    "ministry": ("ministry",),  # a building whose name says it is one (``_heads_of``)
    "embassy": ("embassy",),
    "palace": ("palace",),
    "hotel": ("hotel",),
    "its": ("bridge", "bridge_end"),
}
_SIDE_CUE = first_char_guard(
    re.compile(r"\b(?:side|end|bridgehead|approach(?:es)?|foot|bank)\b|جهة|جانب|طرف|مقترب|ضفة", re.IGNORECASE)
)
# The two banks of the Tigris, as a bridge end's name says them ("Karkh (west) end", "Tahrir (Rusafa) end")
# and as reports do ("the eastern foot of the Republic Bridge", "من جانب الرصافة", "الضفة الغربية"): an end
# whose name gives its bank is told by every word of that bank; the other end of its bridge by the other's.
_BANKS: dict[str, frozenset[str]] = {
    "west": frozenset(fold_word(w) for w in ("karkh", "west", "western", "westerly", "الكرخ", "الغربي", "الغربية")),
    "east": frozenset(fold_word(w) for w in ("rusafa", "east", "eastern", "easterly", "الرصافة", "الشرقي", "الشرقية")),
}
# Words after which a place is where the crowd headed, not the side it stood on ("towards the Green Zone").
_HEADING = frozenset(fold_word(w) for w in ("towards", "toward", "نحو", "باتجاه", "صوب"))


@dataclass(frozen=True)
class Landmark:
    """A gazetteer landmark as the geocoder uses it (one point, its uncertainty and its dates)."""

    landmark_id: str
    kind: str
    name: str
    lon: float
    lat: float
    position_uncertainty_m: float
    radius_m: float
    related_id: str | None = None
    side: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None

    def active_on(self, day: date | None) -> bool:
        """Whether the landmark existed on ``day`` (undated landmarks always; dated ones need a day)."""
        if self.valid_from is None and self.valid_to is None:
            return True
        if day is None:
            return False
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class PlaceMention:
    """A landmark named in a text.

    Attributes
    ----------
    landmark
        The best candidate (the most specific of those the words name).
    candidates
        Every landmark the words name (several when an alias is shared, e.g. two sit-in camps).
    start, end
        Character span of the words in the text.
    relation
        ``at``, ``near``, ``towards``, ``inside`` or ``outside``, read from the words before it.
    """

    landmark: Landmark
    candidates: tuple[Landmark, ...]
    start: int
    end: int
    relation: str
    n_words: int
    weak: bool = False
    fuzzy: bool = False
    unknown: bool = False
    """A named place the gazetteer lacks ("Palestine Street", "ساحة الطيران"): ``landmark`` is then the
    gazetteer's city-wide area, the honest fall-back (geo_precision 3)."""
    source: str = field(default="", repr=False, compare=False)
    """The text the mention is in (its role is read from it when first asked)."""
    arrived: bool = False
    """A place headed for that a clause opened by "where"/"حيث" says the event was at (relation ``at``): the crowd
    went there, as with ``towards``."""

    @cached_property
    def role(self) -> str:
        """What the place is to its sentence (:func:`geoincidents.extraction.place_roles.place_role`): ``event``
        (where something happened), ``negated``, ``origin`` or ``not_place``; read once, when first asked
        (most places of a report are in sentences that report no event)."""
        return place_role(self.source, self.start, self.end) if self.source else EVENT


_SQUARE_WORD = re.compile(r"(?<=\w )Square$", re.IGNORECASE)


# Words that stand for one another in a landmark's English name (word classes, not phrases of reports): who owns a
# mission, what a mission, a legislature, a court, a judiciary or a cabinet is called, and an office's head noun.
# "the American mission" is the "US Embassy", "Iraq's top court" the "Supreme Court of Iraq", "the cabinet
# headquarters" the "Council of Ministers building". A name is varied by at most two substitutions (`name_variants`);
# then the seat of one of the country's institutions is named by its head nouns ("the judiciary's headquarters",
# "the cabinet building", "the headquarters of the Supreme Judicial Council"), with the country as owner or without,
# and a legislature or a court by the country as owner ("Iraq's top court", "the country's legislature"). A body
# named alone ("the judiciary", "the cabinet") is the institution, no place: never a name of its own here.
_NAME_CLASSES: tuple[tuple[str, ...], ...] = (
    ("US", "U.S.", "American", "United States", "America's", "Washington's"),
    ("embassy", "mission", "diplomatic mission", "embassy compound", "diplomatic compound"),
    ("parliament", "legislature"),
    ("supreme court", "top court", "highest court", "federal supreme court"),
    ("supreme judicial council", "judiciary", "judicial council", "highest judicial body", "top judicial body"),
    ("council of ministers", "cabinet"),
    ("office", "offices", "headquarters"),
)
_CLASS_WORD = [
    [(w, re.compile(rf"(?<![\w.]){re.escape(w)}(?!\w)", re.IGNORECASE)) for w in words] for words in _NAME_CLASSES
]
# Institutions whose name with the country as owner names their building ("Iraq's parliament", "Iraq's top court").
_OWNED_BODIES = tuple(sorted({w.lower() for k in (2, 3) for w in _NAME_CLASSES[k]}, key=len, reverse=True))
# Institutions whose seat is named by a head noun ("the judiciary's headquarters", "the cabinet building").
_SEATED_BODIES = tuple(sorted({w.lower() for k in (2, 3, 4, 5) for w in _NAME_CLASSES[k]}, key=len, reverse=True))
_SEAT_HEAD = re.compile(r"\s+(?:building|compound|premises|headquarters|offices|office)$")
_COUNTRY_OWNERS = ("iraq's", "iraqi", "the country's")
_SEAT_HEADS = ("building", "headquarters", "compound", "premises", "offices")
_BODY_NAMES = frozenset(w.lower() for k in (2, 3, 4, 5) for w in _NAME_CLASSES[k])


def name_variants(name: str) -> list[str]:
    """The English names a landmark's name stands for by its word classes (``_NAME_CLASSES``), itself excluded.

    Examples
    --------
    >>> "american mission" in name_variants("US Embassy")
    True
    >>> "iraq's top court" in name_variants("Supreme Court of Iraq")
    True
    >>> "judiciary" in name_variants("Supreme Judicial Council")
    False
    """
    if not name.isascii():
        return []
    seen = {name.lower()}
    frontier = [name]
    for _ in range(2):  # at most two substitutions
        grown: list[str] = []
        for current in frontier:
            for members in _CLASS_WORD:
                hits = [(w, pat) for w, pat in members if pat.search(current)]
                if not hits:
                    continue
                word, pat = max(hits, key=lambda h: len(h[0]))  # the longest member named ("supreme court")
                for other, _ in members:
                    if other.lower() != word.lower():
                        varied = pat.sub(other, current, count=1).lower()
                        if varied not in seen:
                            seen.add(varied)
                            grown.append(varied)
        frontier = grown
    out = set(seen)
    for current in seen:
        core = current.removeprefix("the ")
        head, of, owner = core.partition(" of ")
        if of and owner in ("iraq", "the country"):  # "Supreme Court of Iraq": "Iraq's Supreme Court"
            core = head
        core = _SEAT_HEAD.sub("", core)
        for owner_word in _COUNTRY_OWNERS:
            core = core.removeprefix(owner_word + " ")
        if core.startswith(_OWNED_BODIES) and core.endswith(_OWNED_BODIES):
            out |= {f"{o} {core}" for o in _COUNTRY_OWNERS}
        if core.startswith(_SEATED_BODIES) and core.endswith(_SEATED_BODIES):
            seats = {f"{core} {h}" for h in _SEAT_HEADS}
            out |= seats | {f"{o} {seat}" for o in _COUNTRY_OWNERS for seat in seats}
            out |= {f"{h} of the {core}" for h in _SEAT_HEADS}
    out -= _BODY_NAMES  # a body named alone is the institution
    out.discard(name.lower())
    return sorted(out)


class LandmarkIndex:
    """The landmarks of one gazetteer, by id, with the phrase trie of all their names.

    Built once per gazetteer by :func:`landmark_index` and reused for every report.
    """

    def __init__(self, gazetteer: gpd.GeoDataFrame) -> None:
        self.landmarks: dict[str, Landmark] = {}
        self.phrases: PhraseIndex[str] = PhraseIndex()
        sides_ar: dict[str, set[str]] = {}
        whole_ar: dict[str, set[str]] = {}  # side names of one word ("الكرادة"), not a word of a longer one
        self.end_phrases: dict[str, set[str]] = {}  # side names of two words ("كرادة مريم"), folded
        self.variants: dict[str, list[str]] = {}  # the English names each landmark's aliases stand for (name_variants)
        geoms = gazetteer.geometry
        points = geoms.representative_point()
        lon = points.x.to_numpy(dtype=float)
        lat = points.y.to_numpy(dtype=float)
        radius = _radii(geoms, lon, lat)
        for i, row in enumerate(gazetteer.itertuples(index=False)):
            rec: dict[str, Any] = row._asdict()
            lid = str(rec["landmark_id"])
            self.landmarks[lid] = Landmark(
                landmark_id=lid,
                kind=str(rec["kind"]),
                name=str(rec["name"]),
                lon=float(lon[i]),
                lat=float(lat[i]),
                position_uncertainty_m=float(rec["position_uncertainty_m"]),
                radius_m=float(radius[i]),
                related_id=_str_or_none(rec.get("related_id")),
                side=_str_or_none(rec.get("side")),
                valid_from=as_date(rec.get("valid_from"), f"gazetteer landmark {lid}: valid_from"),
                valid_to=as_date(rec.get("valid_to"), f"gazetteer landmark {lid}: valid_to"),
            )
            aliases = rec.get("aliases")
            alias_list = [aliases] if isinstance(aliases, str) else list(aliases) if aliases is not None else []
            name_ar = str(rec.get("name_ar") or "")
            # (the Arabic name without its gloss too: "بوابة القتلة (باب 14 تموز)" is written "بوابة القتلة")
            names = [rec["name"], _without_gloss(str(rec["name"])), name_ar, _without_gloss(name_ar), *alias_list]
            variants = sorted({v for n in alias_list if isinstance(n, str) for v in name_variants(n)})
            self.variants[lid] = variants
            for name in (*names, *variants):
                if isinstance(name, str) and name.strip():
                    self.phrases.add(name, lid)
                    if "ء" in name and _HAMZA_END.search(name):  # "الخضرا": the final hamza after alif dropped
                        self.phrases.add(_HAMZA_END.sub("", name), lid)
                    if _SQUARE_WORD.search(name):  # "Liberation Sq.", as reports abbreviate a square's name
                        self.phrases.add(_SQUARE_WORD.sub("Sq", name), lid)
            if rec["kind"] == "bridge_end":  # "طرف جسر 14 تموز من جهة الكرادة والجادرية": the words after "جهة"
                side_names = {p for n in names if isinstance(n, str) and "جهة" in n for p in _side_names_ar(n)}
                sides_ar[lid] = {w for p in side_names for w in p.split()}
                whole_ar[lid] = {p for p in side_names if " " not in p}
                self.end_phrases[lid] = {p for p in side_names if p.count(" ") == 1}
        self.heads = _head_words(gazetteer, self.phrases, self.landmarks)
        self.heads_ar = _arabic_head_words(gazetteer, self.phrases, self.landmarks)
        self.skeletons: dict[str, set[str]] = {}
        for word, lid in self.heads.items():
            self.skeletons.setdefault(skeleton(word), set()).add(lid)
        # The districts' one-word transliterated names ("Karradah", "Jadiriya"): variants of them are read too.
        self.area_names = _area_names(gazetteer, self.landmarks)
        self.area_skeletons: dict[str, set[str]] = {}
        for word, lid in self.area_names.items():
            self.area_skeletons.setdefault(skeleton(word), set()).add(lid)
        self.fuzzy_cache: dict[str, str | None] = {}  # folded word -> its fuzzy_head (words recur across reports)
        self.bare = _bare_names(gazetteer, self.phrases, self.variants)
        # Their words as written (any case): a text holding none names none of them.
        self.bare_words = _bare_words(gazetteer, self.phrases, self.variants)
        self.owners = _owners(gazetteer)
        self.perimeters = [lm for lm in self.landmarks.values() if lm.kind == "perimeter"]
        self.gates = [lm for lm in self.landmarks.values() if lm.kind == "gate"]
        wide = sorted((lm for lm in self.landmarks.values() if specificity(lm)[0] >= 3), key=specificity)
        # The city-wide area a named place the gazetteer lacks falls back to: the widest, when one is widest.
        self.city: Landmark | None = (
            wide[-1] if wide and (len(wide) == 1 or specificity(wide[-1]) > specificity(wide[-2])) else None
        )
        self._active_cache: dict[date, tuple[Landmark, ...]] = {}
        # Words that tell bridge ends apart ("the Tahrir side of the Jumhuriya Bridge").
        self.end_words: dict[str, set[str]] = {}
        for lm in self.landmarks.values():
            if lm.kind == "bridge_end":
                tail = lm.name.split("–", 1)[-1] if "–" in lm.name else ""
                words = set(phrase_key(tail)) - {"end", "green", "zone", "side"}
                if lm.side == "green_zone":
                    words |= {"green", "zone", "خضراء", "منطقه"}
                self.end_words[lm.landmark_id] = words | sides_ar.get(lm.landmark_id, set())
        # A word two ends of one bridge share tells neither apart ...
        shared = {
            lid: {
                w
                for o, ws in sides_ar.items()
                if o != lid and self.landmarks[o].related_id == lm.related_id
                for w in ws
            }
            for lid, lm in ((lid, self.landmarks[lid]) for lid in sides_ar)
        }
        for lid, words in self.end_words.items():
            # ... unless it is a side's whole name at one end ("الكرادة") and only a word of a longer one at the
            # other ("كرادة مريم", read as that phrase).
            words -= (shared.get(lid, set()) & sides_ar.get(lid, set())) - whole_ar.get(lid, set())
        self._add_bank_words()

    def _add_bank_words(self) -> None:
        """Give each bridge end the words of its bank, read from its own name or its other end's."""
        bank_of: dict[str, str] = {}
        for lid in self.end_words:
            words = set(phrase_key(self.landmarks[lid].name))
            banks = [bank for bank, vocab in _BANKS.items() if words & vocab]
            if len(banks) == 1:
                bank_of[lid] = banks[0]
        for lid in self.end_words:
            if lid in bank_of:
                continue
            others = {
                bank_of[o]
                for o in self.end_words
                if o != lid and o in bank_of and self.landmarks[o].related_id == self.landmarks[lid].related_id
            }
            if len(others) == 1:
                bank_of[lid] = "east" if others == {"west"} else "west"
        for lid, bank in bank_of.items():
            self.end_words[lid] |= _BANKS[bank]

    def sit_ins_on(self, day: date) -> tuple[Landmark, ...]:
        """The sit-in sites that existed on ``day`` (cached per day).

        The same rule as :func:`geoincidents.gazetteer.load.active_on` (a test checks they agree), applied
        to the index's own records: a pandas call per distinct day would cost more than a report.
        """
        found = self._active_cache.get(day)
        if found is None:
            found = tuple(lm for lm in self.landmarks.values() if lm.kind == "sit_in" and lm.active_on(day))
            self._active_cache[day] = found
        return found


# English translations among the aliases ("Republic Bridge", "Liberation Square") mean other things
# when written alone ("President of the Republic"): only transliterated names stand alone.
_ENGLISH_WORDS = frozenset({"republic", "republican", "liberation", "freedom", "eagles", "celebrations", "ceremonies"})
_KIND_WORD = re.compile(r"^(?:al-|the\s+)?([A-Z][\w'’-]{3,})\s+(Square|Bridge)$")


def _head_words(
    gazetteer: gpd.GeoDataFrame, phrases: PhraseIndex[str], landmarks: dict[str, Landmark]
) -> dict[str, str]:
    """Names that reports often write without their kind word ("in Tahrir", "on Sinak").

    Only a head word that belongs to one landmark, and is no name of its own, is kept; a word other
    landmarks' names share is kept only when they all stand at the same spot (the Khilani mosque on
    Khilani Square): whichever is meant, the place is the same.
    """
    owners: dict[str, set[str]] = {}
    for row in gazetteer.itertuples(index=False):
        if row.kind not in ("square", "bridge"):
            continue
        aliases = row.aliases if not isinstance(row.aliases, str) else (row.aliases,)
        for name in (row.name, *aliases):
            match = _KIND_WORD.match(name) if isinstance(name, str) else None
            if match:
                key = phrase_key(match.group(1))
                if len(key) == 1:
                    owners.setdefault(key[0], set()).add(str(row.landmark_id))
    # A word that is also part of another landmark's names ("Republican Palace", "Rasheed Hotel") is
    # ambiguous alone (bridge ends aside: their names are made of their neighbours').
    used_by: dict[str, set[str]] = {}
    for row in gazetteer.itertuples(index=False):
        if row.kind == "bridge_end":  # their names are made of other landmarks' names
            continue
        aliases = row.aliases if not isinstance(row.aliases, str) else (row.aliases,)
        for name in (row.name, *aliases):
            if isinstance(name, str):
                for word in phrase_key(name):
                    used_by.setdefault(word, set()).add(str(row.landmark_id))
    related: dict[str, set[str]] = {}
    for row in gazetteer.itertuples(index=False):
        rel = getattr(row, "related_id", None)
        if isinstance(rel, str):
            related.setdefault(rel, set()).add(str(row.landmark_id))
    out: dict[str, str] = {}
    for word, ids in owners.items():
        if len(ids) != 1 or len(word) < 5 or word in _ENGLISH_WORDS or phrases.find(tokenize(word)):
            continue
        owner = next(iter(ids))
        others = used_by.get(word, ids) - ids - related.get(owner, set())
        if any(_distance_m(landmarks[owner], landmarks[other]) > _SAME_SPOT_M for other in others):
            continue
        out[word] = owner
    return out


_SAME_SPOT_M = 300.0  # landmarks closer than this are one place for a report that names either


def _distance_m(a: Landmark, b: Landmark) -> float:
    """Approximate metres between two landmarks' points (equirectangular: they are a city apart at most)."""
    dx = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    dy = math.radians(b.lat - a.lat)
    return 6_371_000.0 * math.hypot(dx, dy)


_KIND_WORD_AR = re.compile(r"^(?:ساحة|ساحه|جسر)\s+(ال[\u0621-\u064a]{3,})$")


def _arabic_head_words(
    gazetteer: gpd.GeoDataFrame, phrases: PhraseIndex[str], landmarks: dict[str, Landmark]
) -> dict[str, str]:
    """Arabic names written without their kind word after a preposition ("في الخلاني" = in Khilani Square).

    Arabic has no capitals to tell a name from a word, so a landmark whose name is also a common word
    (its English aliases translate it: Liberation Square, Republic Bridge) gives none.
    """
    owners: dict[str, set[str]] = {}
    for row in gazetteer.itertuples(index=False):
        if row.kind not in ("square", "bridge") or not isinstance(row.name_ar, str):
            continue
        aliases = [row.aliases] if isinstance(row.aliases, str) else list(row.aliases or ())
        english = {w for name in (row.name, *aliases) if isinstance(name, str) for w in phrase_key(name)}
        if english & _ENGLISH_WORDS:
            continue
        for name in (row.name_ar, *aliases):
            match = _KIND_WORD_AR.match(name.strip()) if isinstance(name, str) else None
            if match:
                owners.setdefault(fold_word(match.group(1)), set()).add(str(row.landmark_id))
    used_by: dict[str, set[str]] = {}
    for row in gazetteer.itertuples(index=False):
        if row.kind == "bridge_end":
            continue
        aliases = [row.aliases] if isinstance(row.aliases, str) else list(row.aliases or ())
        for name in (row.name_ar, *aliases):
            for word in phrase_key(name) if isinstance(name, str) else ():
                used_by.setdefault(word, set()).add(str(row.landmark_id))
    out: dict[str, str] = {}
    for word, ids in owners.items():
        if len(ids) != 1 or phrases.find(tokenize(word)):
            continue
        owner = next(iter(ids))
        others = used_by.get(word, ids) - ids
        if all(_distance_m(landmarks[owner], landmarks[other]) <= _SAME_SPOT_M for other in others):
            out[word] = owner
    return out


_VOWELS = str.maketrans("", "", "aeiouyw'’-")


def skeleton(word: str) -> str:
    """A transliterated word's consonants, doubled letters once: "Tahreer" and "Tahrir" give "thr"."""
    out: list[str] = []
    for ch in word.casefold().translate(_VOWELS):
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


_FUZZY_MIN_LEN = 5  # shorter words are too many and too alike to be matched by spelling alone


def fuzzy_head(word: str, index: LandmarkIndex) -> str | None:
    """The square, bridge or district a capitalised word is a transliteration variant of ("Tahreer", "Khallani",
    "Karadah").

    The gate: the word is at least five letters, its consonant :func:`skeleton` is that of one
    landmark's head word only (a square's or bridge's first, else a district's one-word name), and it is at
    most two edits (and a third of its length) away from it.
    """
    key = word.casefold()
    if len(key) < _FUZZY_MIN_LEN or not key.isalpha() or not key.isascii():
        return None
    if key not in index.fuzzy_cache:
        index.fuzzy_cache[key] = _fuzzy_lookup(key, index)
    return index.fuzzy_cache[key]


def _fuzzy_lookup(key: str, index: LandmarkIndex) -> str | None:
    skel = skeleton(key)
    if len(skel) < 3:
        return None
    limit = min(2, len(key) // 3)
    # a square's or bridge's head word first, then a district's name ("Karadah", "Jadiriyya", "Kerkh")
    for skeletons, words in ((index.skeletons, index.heads), (index.area_skeletons, index.area_names)):
        lids = skeletons.get(skel, set())
        if len(lids) == 1:
            lid = next(iter(lids))
            if any(_edit_distance(key, word) <= limit for word, owner in words.items() if owner == lid):
                return lid
            return None
        if lids:
            return None
    return None


def _area_names(gazetteer: gpd.GeoDataFrame, landmarks: dict[str, Landmark]) -> dict[str, str]:
    """One-word ASCII names of the districts narrower than the city ("karradah" -> karrada), folded; a word two
    districts share, or an English word ("west"), is left out."""
    owners: dict[str, set[str]] = {}
    for row in gazetteer.itertuples(index=False):
        lid = str(row.landmark_id)
        if row.kind != "district" or specificity(landmarks[lid])[0] != 2:
            continue
        aliases = row.aliases if not isinstance(row.aliases, str) else (row.aliases,)
        for name in (row.name, *aliases):
            key = phrase_key(name) if isinstance(name, str) else ()
            if len(key) == 1 and key[0].isascii() and key[0].isalpha() and len(key[0]) >= _FUZZY_MIN_LEN:
                owners.setdefault(key[0], set()).add(lid)
    return {word: next(iter(ids)) for word, ids in owners.items() if len(ids) == 1}


_QUALIFIED_ALIAS = re.compile(
    r"^(?:(?:the\s+)?(?:iraqi|iraq['’]s)\s+)(?P<bare>[a-z][a-z ]+)$|^(?P<bare_ar>ال\S+)\s+العراقي$", re.IGNORECASE
)


def _bare_names(
    gazetteer: gpd.GeoDataFrame, phrases: PhraseIndex[str], variants: dict[str, list[str]] | None = None
) -> PhraseIndex[str]:
    """Bare nouns that name a landmark of the gazetteer's own country: "parliament" from "Iraqi parliament".

    A noun is kept only when one landmark's aliases qualify it by the country ("Iraqi X", "Iraq's X",
    "X العراقي") and it is no name of its own. Reports write "stormed parliament" for the Iraqi one;
    :func:`find_places` takes the bare noun only after a word of place ("in", "stormed", "قرب") and
    without another qualifier ("the Kurdistan parliament", "البرلمان الكردستاني").
    """
    owners: dict[str, set[str]] = {}
    for row in gazetteer.itertuples(index=False):
        aliases = [row.aliases] if isinstance(row.aliases, str) else list(row.aliases or ())
        for name in (row.name, row.name_ar, *aliases, *(variants or {}).get(str(row.landmark_id), ())):
            match = _QUALIFIED_ALIAS.match(name.strip()) if isinstance(name, str) else None
            if match:
                bare = match.group("bare") or match.group("bare_ar")
                if not phrases.find(tokenize(bare)):
                    owners.setdefault(bare.casefold(), set()).add(str(row.landmark_id))
    out: PhraseIndex[str] = PhraseIndex()
    for bare, ids in owners.items():
        if len(ids) == 1:
            out.add(bare, next(iter(ids)))
    return out


def _bare_words(
    gazetteer: gpd.GeoDataFrame, phrases: PhraseIndex[str], variants: dict[str, list[str]] | None = None
) -> tuple[str, ...]:
    """The first word of each bare noun of :func:`_bare_names`, in lower and title case."""
    words: set[str] = set()
    for row in gazetteer.itertuples(index=False):
        aliases = [row.aliases] if isinstance(row.aliases, str) else list(row.aliases or ())
        for name in (row.name, row.name_ar, *aliases, *(variants or {}).get(str(row.landmark_id), ())):
            match = _QUALIFIED_ALIAS.match(name.strip()) if isinstance(name, str) else None
            if match:
                first = (match.group("bare") or match.group("bare_ar")).split()[0].removeprefix("ال")
                words |= {first.lower(), first.title()}
    return tuple(sorted(words))


_POSSESSED = re.compile(
    r"^(?P<owner>.+?)['’]s\s+(?:residence|home|house)$|^(?:residence|home)\s+of\s+(?:the\s+)?(?P<owner_of>.+)$"
    r"|^(?:منزل|مقر\s+[إا]قامة|بيت)\s+(?P<owner_ar>.+)$",
    re.IGNORECASE,
)


def _owners(gazetteer: gpd.GeoDataFrame) -> PhraseIndex[str]:
    """The people whose home is a landmark, from aliases like "Kadhimi's residence", "منزل رئيس الوزراء"."""
    out: PhraseIndex[str] = PhraseIndex()
    for row in gazetteer.itertuples(index=False):
        aliases = [row.aliases] if isinstance(row.aliases, str) else list(row.aliases or ())
        for name in aliases:
            match = _POSSESSED.match(name.strip()) if isinstance(name, str) else None
            if match:
                owner = match.group("owner") or match.group("owner_of") or match.group("owner_ar")
                out.add(owner, str(row.landmark_id))
    return out


_KIND_WORDS_AR = frozenset(fold_word(w) for w in ("ساحة", "جسر", "مدخل", "طرف"))


def _side_names_ar(name: str) -> list[str]:
    """The side names after "جهة" in an Arabic bridge-end name, each its folded words: "الكرادة والجادرية" is
    two names ("كراده", "جادريه"), "كرادة مريم" one of two words."""
    tail = name.split("جهة", 1)[1]
    names: list[list[str]] = []
    for tok in tokenize(tail):
        if tok.key in _KIND_WORDS_AR:
            continue
        raw = tail[tok.start : tok.end]
        if names and raw.startswith("و") and len(raw) > 4:
            names.append([fold_word(raw[1:])])  # "والجادرية": a second name
        elif names:
            names[-1].append(tok.key)
        else:
            names.append([tok.key])
    return [" ".join(n) for n in names]


_GLOSS = re.compile(r"^(?P<head>[^()]+?\s[^()]+?)\s*\([^()]*\)$")


def _without_gloss(name: str) -> str:
    """A name without its trailing gloss: "Ishtar Hotel (ex-Sheraton Ishtar)" is written "Ishtar Hotel".

    Only a head of two words or more is a name of its own ("" when there is no gloss to drop).
    """
    match = _GLOSS.match(name)
    return match.group("head") if match else ""


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _radii(geoms: gpd.GeoSeries, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Metres from each representative point to the farthest vertex of its geometry (0 for points)."""
    out = np.zeros(len(geoms))
    if len(geoms) == 0:
        return out
    crs = gpd.GeoSeries(shapely.points(lon, lat), crs=geoms.crs).estimate_utm_crs()
    to_m = Transformer.from_crs(geoms.crs, crs, always_xy=True)
    for i, geom in enumerate(geoms):
        if geom is None or geom.geom_type == "Point":
            continue
        coords = shapely.get_coordinates(geom)
        x, y = to_m.transform(coords[:, 0], coords[:, 1])
        cx, cy = to_m.transform(lon[i], lat[i])
        out[i] = float(np.max(np.hypot(np.asarray(x) - cx, np.asarray(y) - cy)))
    return out


def _build_landmark_index(gaz: Gazetteer) -> LandmarkIndex:
    return LandmarkIndex(gaz.frame)


def landmark_index(gazetteer: GazetteerLike = None) -> LandmarkIndex:
    """Return the landmark index of a gazetteer (a Gazetteer, frame, file, or None for the bundled one).

    The index is kept with the :class:`~geoincidents.gazetteer.Gazetteer` it was built from, so it
    is rebuilt when (and only when) the landmarks change.
    """
    return as_gazetteer(gazetteer).derived("landmark_index", _build_landmark_index)


# Iraqi cities and provinces other than Baghdad (and neighbouring capitals) that news about Baghdad names
# when it reports events there: "in the southern city of Nasiriya", "وفي البصرة". An event placed there is
# not an event of the gazetteer's city, whatever other place the report names.
_ELSEWHERE_EN = (
    "Basra", "Basrah", "Umm Qasr", "Nasiriya", "Nasiriyah", "Nassiriya", "Nassiriyah", "Dhi Qar", "Thi Qar",
    "Najaf", "Karbala", "Kerbala", "Kut", "Wasit", "Diwaniya", "Diwaniyah", "Amara", "Amarah", "Maysan",
    "Missan", "Hilla", "Hillah", "Babil", "Samawa", "Samawah", "Muthanna", "Mosul", "Nineveh", "Ninewa",
    "Kirkuk", "Erbil", "Irbil", "Sulaimaniya", "Sulaimaniyah", "Sulaymaniyah", "Duhok", "Dohuk", "Tikrit",
    "Salahuddin", "Salah al-Din", "Samarra", "Ramadi", "Fallujah", "Falluja", "Anbar", "Baquba", "Baqubah",
    "Diyala", "Ain al-Asad", "Kurdistan Region", "Tehran", "Beirut", "Damascus",
    # towns and bases around the capital and beyond, often named in Baghdad reports (outside the city)
    "Balad", "Taji", "Abu Ghraib", "Tarmiyah", "Tarmiya", "Mahmudiya", "Mahmoudiya", "Yusufiya", "Latifiya",
    "Jurf al-Sakhar", "Jurf al-Nasr", "Harir", "Qayyarah", "Haditha", "Rutba", "Qaim", "Sinjar", "Halabja", "Zakho",
    "Khanaqin", "Muqdadiya", "Baiji", "Shirqat", "Hawija", "Tuz Khurmatu", "Jalawla", "Kufa", "Zubair", "Rumaila",
    "Shatra", "Suq al-Shuyukh", "Aziziya", "Suwaira", "Musayyib", "Iskandariya",
    # the Kurdish spellings of Sulaimaniya (Rudaw, Kurdistan24) and a town of its province
    "Sulaimani", "Slemani", "Sulaymani", "Ranya",
)  # fmt: skip
_ELSEWHERE_AR = (
    "البصرة", "ام قصر", "أم قصر", "الناصرية", "ذي قار", "ذيقار", "النجف", "كربلاء", "الكوت", "واسط", "الديوانية",
    "العمارة", "ميسان", "الحلة", "بابل", "السماوة", "المثنى", "الموصل", "نينوى", "كركوك", "أربيل", "اربيل",
    "السليمانية", "دهوك", "تكريت", "صلاح الدين", "سامراء", "الرمادي", "الفلوجة", "الأنبار", "الانبار", "بعقوبة",
    "ديالى", "عين الأسد", "عين الاسد", "إقليم كردستان", "اقليم كردستان", "طهران", "بيروت", "دمشق",
    # ("بلد" alone is also "country": only as a district or a base)
    "قضاء بلد", "قاعدة بلد", "التاجي", "أبو غريب", "ابو غريب", "الطارمية", "المحمودية", "اليوسفية", "اللطيفية",
    "جرف الصخر", "جرف النصر", "قاعدة حرير", "القيارة", "حديثة", "الرطبة", "القائم", "سنجار", "حلبجة", "زاخو",
    "خانقين", "المقدادية", "بيجي", "الشرقاط", "الحويجة", "طوزخورماتو", "طوز خورماتو", "جلولاء", "الكوفة", "الزبير",
    "الرميلة", "الشطرة", "سوق الشيوخ", "العزيزية", "الصويرة", "المسيب",
)  # fmt: skip
_ELSEWHERE = first_char_guard(  # (searched over whole reports: only where a name can begin)
    re.compile(
        r"\b(?:al-)?(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _ELSEWHERE_EN) + r")\b"
        r"|(?<![\u0621-\u064a])(?:و?(?:ب|ل|في\s+|فی\s+)?)(?:محافظة\s+|مدينة\s+)?(?:"
        + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _ELSEWHERE_AR)
        + r")(?![\u0621-\u064a])",
    )
)


# Regions and countries other than Baghdad, named with a locative word: "across Iraq", "in several southern
# provinces", "nationwide", "in Syria", "في المحافظات الجنوبية", "في عموم العراق".
_ELSEWHERE_REGION = first_char_guard(re.compile(
    r"\b(?:in|across|throughout)\s+(?:(?:several|many|other|the|some|most|a\s+number\s+of|nine|ten|\w+ern)\s+){0,3}"
    r"(?:provinces|governorates)\b|\b(?:across|throughout)\s+(?:Iraq|the\s+country)\b|\bnationwide\b"
    r"|\belsewhere\s+in\s+(?:Iraq|the\s+country)\b|\b(?:southern|northern|western)\s+(?:Iraq|provinces|cities)\b"
    # (also "at", "near", "outside" a place of theirs: "a blast at Gaza's Al Ahli Arab Hospital")
    r"|\b(?:in|to|into|at|near|outside)\s+(?:Syria|Iran|Lebanon|Israel|Gaza|Turkey|Jordan|Kuwait|Saudi\s+Arabia|Sweden|Stockholm|Yemen|"
    r"Iraqi\s+Kurdistan|the\s+Kurdistan\s+region)\b(?![-\w])"
    # a place named as the region's own ("a blast at Gaza's Al Ahli Arab Hospital", "Lebanon's Rafik Hariri
    # airport"): a capitalised name after the possessive (not "Israel's bombardment of Gaza")
    r"|\b(?:Syria|Iran|Lebanon|Israel|Gaza|Turkey|Jordan|Kuwait|Saudi\s+Arabia|Sweden|Yemen)['’]s\s+(?-i:[A-Z])"
    r"[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}"
    r"|(?<![\u0621-\u064a])(?:و?(?:في|ب)\s*(?:عدد\s+من\s+|بعض\s+|مختلف\s+|عموم\s+|باقي\s+|بقية\s+)?(?:ال)?محافظات|محافظات\s+"
    r"(?:ال)?(?:جنوب|الوسط|وسط)|(?:في|ب)\s*(?:عموم|مختلف\s+مناطق)\s+(?:ال)?عراق|و?في\s+(?:سوريا|سورية|إيران|ايران|لبنان|"
    r"غزة|إسرائيل|اسرائيل|تركيا|الأردن|الكويت|السعودية|السويد|ستوكهولم|اليمن))(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip

# A region abroad named as the place of a war, the modifier of its noun ("the anger that the war in Gaza has stirred",
# "الحرب في غزة", "العدوان على غزة"): the name of that war, not where the sentence's event is.
_WAR_ABROAD = re.compile(
    r"\b(?:war|wars|conflict|fighting|genocide|aggression|offensive|bombardment|massacres?|crisis)\s*$"
    r"|(?<![\u0621-\u064a])(?:ال)?(?:حرب|الحرب|عدوان|العدوان|مجازر|المجازر|أحداث|الأحداث|احداث|الاحداث)\s+(?:على\s+)?$",
    re.IGNORECASE,
)

# The head words of those regions: every match holds one, at most _REGION_BEFORE characters after its start
# and _REGION_AFTER before its end ("in a number of the southern provinces", "محافظات الجنوب").
_REGION_HEAD_WORDS = [
    "provinces",
    "governorates",
    "iraq",
    "country",
    "nationwide",
    "cities",
    "syria",
    "iran",
    "lebanon",
    "israel",
    "gaza",
    "turkey",
    "jordan",
    "kuwait",
    "saudi",
    "sweden",
    "stockholm",
    "yemen",
    "kurdistan",
    "region",
    "محافظات",
    "المحافظات",
    "عراق",
    "العراق",
    "سوريا",
    "سورية",
    "إيران",
    "ايران",
    "لبنان",
    "غزة",
    "إسرائيل",
    "اسرائيل",
    "تركيا",
    "الأردن",
    "الكويت",
    "السعودية",
    "السويد",
    "ستوكهولم",
    "اليمن",
]
_REGION_BEFORE, _REGION_AFTER = 90, 30

# A place named by its relation to another city, or the city it lies "north of": "the Iranian city of Kerman",
# "the province of Anbar", "a base 30 km north of Baghdad" (not "in the south of the capital": inside it).
_ELSEWHERE_OF = re.compile(
    r"\b(?i:city|town|province|governorate)\s+of\s+(?!Baghdad\b)[A-Z][\w'’-]+"
    r"|(?<!\bthe\s)\b(?i:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+"
    r"(?:Baghdad|the\s+capital)\b"
)
_ELSEWHERE_OF_HINTS = (" of Baghdad", " of the capital", "ity of", "own of", "rovince of", "overnorate of")
# A province named before its noun: "in Sulaimani province", "Iraq's Anbar Province", "Dhi Qar governorate" (any
# name but the capital's; "The province", "Baghdad province" are none).
_NAMED_PROVINCE = re.compile(
    r"\b(?!(?:Baghdad|The|This|That|Each|Every|Its|Their|Our|Which|Neighbouring|Neighboring)\b)[A-Z][\w'’-]+"
    r"\s+(?i:province|governorate)\b"
)
_NAMED_PROVINCE_HINTS = (" province", " Province", " governorate", " Governorate")
# An Arabic district or town given by its bearing from the capital: "قضاء الطارمية شمالي بغداد", "ناحية الرشيد
# جنوب العاصمة", "بلدة اليوسفية جنوب غربي بغداد": a district (qadha, nahiya) or town beside the capital, outside the
# city, and "بغداد" after its bearing is a reference. ("منطقة المشتل شرقي بغداد", "مدينة الصدر شرقي بغداد":
# districts of the city; "شمالي بغداد" alone may be "northern Baghdad".)
_AR_BEARING = r"(?:شمال|جنوب|شرق|غرب)(?:ي|ية|يّ)?(?:\s+(?:شرق|غرب)(?:ي|ية|يّ)?)?"
_ELSEWHERE_BY_BEARING = re.compile(
    rf"(?<![\u0621-\u064a])(?:قضاء|ناحية|بلدة)\s+[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?،?\s+(?:إلى\s+|الى\s+|في\s+)?(?:ال)?"
    rf"{_AR_BEARING}\s+(?:من\s+)?(?:بغداد|العاصمة(?:\s+بغداد)?)(?![\u0621-\u064a])"
)
_ELSEWHERE_BY_BEARING_HINTS = ("قضاء", "ناحية", "بلدة")
# The bearing from the capital right after a place another city or town owns (one word of its name between): "قاعدة بلد
# الجوية شمالي بغداد", "التاجي، شمال العاصمة": "بغداد" there only says where that place lies, as "north of Baghdad".
_AR_BEARING_AFTER = re.compile(
    rf"(?:\s+(?!(?:ال)?{_AR_BEARING}(?![\u0621-\u064a]))[\u0621-\u064a]+)?،?\s+(?:إلى\s+|الى\s+)?(?:ال)?{_AR_BEARING}\s+"
    r"(?:من\s+)?(?:بغداد|العاصمة(?:\s+بغداد)?)(?![\u0621-\u064a])"
)

# Folded first words of those names: a text none of whose words is one names no other city.
_REGION_HEADS = frozenset(t.key for word in _REGION_HEAD_WORDS for t in tokenize(word)) - {""}
_ELSEWHERE_FIRST = frozenset(tokenize(name)[0].key for name in _ELSEWHERE_EN + _ELSEWHERE_AR)


def find_elsewhere(
    text: str, start: int = 0, end: int | None = None, *, tokens: list[Token] | None = None
) -> list[tuple[int, int]]:
    """Spans in ``text[start:end]`` naming an Iraqi city or province other than Baghdad (English or Arabic).

    A clause that names one of these and no landmark of the gazetteer reports an event elsewhere.
    ``tokens`` (from :func:`geoincidents.extraction._phrases.tokenize` of the whole text) spares a pass over a
    text that names none.

    Examples
    --------
    >>> find_elsewhere("in the southern city of Nasiriya on Thursday")
    [(16, 32)]
    >>> len(find_elsewhere("وفي البصرة، أحرق محتجون إطارات")), find_elsewhere("in Tahrir Square")
    (1, [])
    """
    stop = len(text) if end is None else end
    toks = tokenize(text[start:stop]) if tokens is None else tokens
    regions: set[tuple[int, int]] = set()
    words = token_words(toks)  # (a text naming none of the head or first words is not walked for them)
    for tok in toks if not _REGION_HEADS.isdisjoint(words) else ():
        # a region is read only around its head word ("provinces", "Syria"): one short window each
        if tok.key in _REGION_HEADS or tok.alt in _REGION_HEADS:
            lo, hi = max(start, tok.start - _REGION_BEFORE), min(stop, tok.end + _REGION_AFTER)
            regions.update(
                (m.start(), m.end())
                for m in _ELSEWHERE_REGION.finditer(text, lo, hi)
                if not _WAR_ABROAD.search(text, max(start, m.start() - 30), m.start())
            )
    found = sorted(regions)
    if not _ELSEWHERE_FIRST.isdisjoint(words):
        found.extend((m.start(), m.end()) for m in _ELSEWHERE.finditer(text, start, stop))
    of_ranges = _hint_ranges(_ELSEWHERE_OF_HINTS, text, 12, 40, start, stop)
    found.extend((m.start(), m.end()) for a, b in of_ranges for m in _ELSEWHERE_OF.finditer(text, a, b))
    province_ranges = _hint_ranges(_NAMED_PROVINCE_HINTS, text, 40, 12, start, stop)
    found.extend((m.start(), m.end()) for a, b in province_ranges for m in _NAMED_PROVINCE.finditer(text, a, b))
    bearing_ranges = _hint_ranges(_ELSEWHERE_BY_BEARING_HINTS, text, 0, 60, start, stop)
    found.extend((m.start(), m.end()) for a, b in bearing_ranges for m in _ELSEWHERE_BY_BEARING.finditer(text, a, b))
    found = sorted(
        _with_route_start(text, a, b) for a, b in found if not _in_cause(text, a) and not _people_from(text, a)
    )
    found = [
        (a, told.end()) if (told := _AR_BEARING_AFTER.match(text, b, min(stop, b + 60))) is not None else (a, b)
        for a, b in found
    ]
    merged: list[tuple[int, int]] = []
    for a, b in found:  # "the southern city of Nasiriya" is one span, not two overlapping ones
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


# A city named in what an event answers, not where it was: "stormed the embassy over the planned burning of a Koran in
# Stockholm", "rallied in protest at the killing of protesters in Nasiriyah", "to denounce the bombardment of Gaza": the
# act named (a verbal noun or an event noun) happened there, the event told here did not.
_CAUSE_OF_CITY = re.compile(
    r"\b(?:over|against|in\s+(?:protest|response|retaliation|revenge|anger|outrage|solidarity)\s+(?:at|over|against|to|"
    r"for|with)|to\s+(?:protest|denounce|condemn|decry|mourn)|denouncing|condemning)\s+(?:the|a|an|its|their|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:\w+ing|killings?|deaths?|arrests?|strikes?|attacks?|war|bombardment|massacres?|"
    r"assassinations?|executions?|desecration|raids?|bombings?)\s+(?:of|on|in|at|against)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:(?:in|at|on)\s+)?(?:the\s+(?:\w+\s+)?(?:city|province)\s+of\s+)?$",
    re.IGNORECASE,
)
_CAUSE_OF_CITY_BEFORE = 120


def _in_cause(text: str, start: int) -> bool:
    """Whether the other city at ``start`` is named in the cause an event answers (``_CAUSE_OF_CITY``)."""
    lo = max(0, start - _CAUSE_OF_CITY_BEFORE)
    window = text[lo:start]
    cut = max(window.rfind("."), window.rfind(","), window.rfind(";"), window.rfind("\n"))
    return _CAUSE_OF_CITY.search(window[cut + 1 :]) is not None


# Where the people of an event come from, not where it was: "graduates, mostly from the southern provinces, staged a
# sit-in outside the ministry", "supporters who had travelled from Najaf", "محتجون قادمون من محافظات الجنوب" (not
# where a munition was fired from: "fired from Diyala" is no event of Baghdad either, its clause says so).
_PEOPLE_FROM = re.compile(
    r"\b(?:(?:mostly|mainly|largely|many|most|all|some|chiefly|who\s+(?:had\s+)?(?:come|came|travell?ed|arrived))\s+)?"
    r"from\s+(?:the\s+)?$"
    r"|(?<![\u0621-\u064a])(?:القادمين|قادمين|القادمون|قادمون|أتوا|اتوا|جاؤوا|جاءوا|المنحدرين|ينحدرون|أغلبهم|معظمهم)"
    r"\s+(?:من\s+)?$"
    # a verb of coming in the perfect, then "from" ("خريجون قدموا من الناصرية", "وفدوا من", "وصلوا من البصرة")
    r"|(?<![\u0621-\u064a])(?:قدموا|قدمن|قدمت|وفدوا|وفدت|جاءت|أتت|اتت|وصلوا|وصلن|القادمة|قادمة)\s+من\s+$",
    re.IGNORECASE,
)
_LAUNCHED = re.compile(r"\b(?:fired|launched|shot|lobbed|flown)\b|[أا]طلق|انطلق", re.IGNORECASE)


def _people_from(text: str, start: int) -> bool:
    """Whether the other city or region at ``start`` is where the people of the event came from (``_PEOPLE_FROM``)."""
    window = text[max(0, start - 40) : start]
    if "from" not in window.lower() and "من" not in window and "قادم" not in window:
        return False
    return _PEOPLE_FROM.search(window) is not None and _LAUNCHED.search(window) is None


# A route whose far end is another city: "the highway between Baghdad and Diwaniya", "the Baghdad-Kirkuk road",
# "from Baghdad to Najaf", "طريق بغداد - كركوك", "الطريق الرابط بين بغداد والحلة". The city at its near end names
# the road, not a place in the city: the route is elsewhere.
_ROUTE_START = re.compile(
    r"(?:\b(?:between|from|linking|connecting)\s+(?:the\s+)?(?:capital\s+)?[A-Z][\w'’-]+\s+(?:and|to|with)\s+"
    r"(?:the\s+)?(?:(?:northern|southern|western|eastern|holy)\s+)?(?:(?:city|province|town)\s+of\s+)?"
    r"|\b[A-Z][\w'’]+\s?[-–]\s?"
    r"|(?<![\u0621-\u064a])(?:بين|من)\s+(?:العاصمة\s+)?[\u0621-\u064a]+\s+(?:و|إلى\s+|الى\s+)?"
    r"|(?<![\u0621-\u064a])طريق\s+[\u0621-\u064a]+\s?[-–]\s?)$"
)


def _with_route_start(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of another city's name, widened over a route's near end named before it ("between Baghdad and")."""
    lo = max(0, start - 60)
    match = _ROUTE_START.search(text, lo, start)
    return (match.start(), end) if match else (start, end)


def specificity(landmark: Landmark) -> tuple[int, float]:
    """Sort key: smaller is more specific (kind rank, then position uncertainty)."""
    rank = _KIND_RANK.get(landmark.kind, 2)
    if landmark.kind == "district" and landmark.position_uncertainty_m >= _CITY_UNCERTAINTY_M:
        rank = 3
    return rank, landmark.position_uncertainty_m


def _area_last(landmark: Landmark) -> tuple[int, bool, float]:
    """Sort key of the landmarks one name stands for: the most specific, and of two areas the district.

    A perimeter's alias that is also a district's own name ("Karradat Mariam", the district the Green Zone holds)
    names the district: "in Karradat Mariam" is at the district, not inside the whole zone.
    """
    rank, uncertainty = specificity(landmark)
    return rank, landmark.kind == "perimeter", uncertainty


_RelationWord = tuple[re.Match[str], str] | None
_relation_cache: tuple[str, dict[int, _RelationWord]] | None = None


def _relation_word(text: str, start: int) -> _RelationWord:
    """The word of place just before ``start`` ("in", "near", "stormed", "قرب") and the filler after it.

    Asked several times of the same place: the answers for the last text are kept (replacing the cache's tuple
    is atomic, so concurrent threads stay correct).
    """
    global _relation_cache
    cache = _relation_cache
    if cache is None or cache[0] is not text:
        cache = (text, {})
        _relation_cache = cache
    if start not in cache[1]:
        cache[1][start] = _read_relation_word(text, start)
    return cache[1][start]


# A gate's own name or number between the word of place and the area ("at the Qadisiya entrance of the Green
# Zone", "at Gate 12 of the zone"): the name is no filler word, but the gate word after it is.
_GATE_NAME = re.compile(
    r"\b[A-Z][\w'’-]*(?=\s+(?:gates?|entrances?|checkpoints?)\b)|(?<=[Gg]ate )(?:No\.\s*)?\d{1,3}\b"
)


_QUOTES_OUT = str.maketrans("", "", '«»"“”')
_SINGLE_QUOTE_OPEN = re.compile(r"(?:(?<=\s)|^)['‘]")  # "near the 'Jumhuriya' bridge" (not "Baghdad's")
# Filler words at most between the word of place and the name, all of them words of ``_FILLER_OK`` ("at one of the
# main entrances of the Green Zone").
_MAX_FILLER = 7


def _read_relation_word(text: str, start: int) -> _RelationWord:
    window = text[max(0, start - _WINDOW) : start]
    matches = list(_REL_PATTERN.finditer(window))
    match = matches[-1] if matches else None
    fill = window[match.end() :] if match else ""
    if fill and ("«" in fill or '"' in fill or "“" in fill or "'" in fill or "‘" in fill):
        # quotation marks around the name ("عند مداخل «الخضراء»", 'at the gates of the "Green Zone"'): no word
        fill = _SINGLE_QUOTE_OPEN.sub("", fill.translate(_QUOTES_OUT))
    if fill and ("ate" in fill or "ntrance" in fill or "heckpoint" in fill):
        fill = _GATE_NAME.sub("", fill)
    if (
        match is None
        or len(fill.split()) > _MAX_FILLER
        or not _FILLER_OK.match(" " + fill.strip() if fill.strip() else "")
    ):
        return None
    return match, fill


# A part of a building named before it, its owner the bare noun ("scaled the concrete walls of parliament", "at the
# gates of parliament", "تسلقوا أسوار البرلمان", "الجدران الكونكريتية للبرلمان", "أمام بوابة البرلمان"):
# a word of place.
_PART_OF_BEFORE = re.compile(
    r"\b(?:walls?|gates?|fences?|entrances?|halls?|building|grounds|premises|compound|courtyard|doors?|steps|"
    r"perimeter|outskirts)\s+of\s+(?:the\s+)?$"
    r"|(?<![\u0621-\u064a])[وبلف]?(?:ال)?(?:أسوار|اسوار|سور|جدران|جدار|بوابة|بوابات|باب|أبواب|ابواب|مدخل|مداخل|قاعة|"
    r"قاعات|مبنى|باحة|ساحة|محيط|سياج)(?:\s+(?:ال)?[\u0621-\u064a]+)?\s+$",
    re.IGNORECASE,
)


# A crowd's verb of going, then "to" right before the bare noun ("marched from Tahrir Square to parliament", "headed
# on Saturday to parliament"): where the crowd went, a word of place; no clause break between the verb and "to".
_GOING_TO_BEFORE = re.compile(
    rf"\b(?:{going_en('base', 'third', 'past', 'gerund')})\b[^.;:!?]{{0,60}}?\bto\s+(?:the\s+)?$", re.IGNORECASE
)


def _going_to_before(text: str, start: int) -> bool:
    """Whether a crowd's verb of going and "to" stand just before ``start`` (``_GOING_TO_BEFORE``)."""
    if "to" not in text[max(0, start - 8) : start]:
        return False
    return _GOING_TO_BEFORE.search(text, max(0, start - 90), start) is not None


def explicit_relation(text: str, start: int) -> bool:
    """Whether a word of place stands just before ``start`` (a bare noun there names a place)."""
    return _relation_word(text, start) is not None or text.startswith("بال", start)


def _part_of_before(text: str, start: int) -> bool:
    """Whether a part of a building stands just before ``start``, the bare noun its owner (``_PART_OF_BEFORE``)."""
    return _PART_OF_BEFORE.search(text, max(0, start - 40), start) is not None


def _relation(text: str, start: int, landmark: Landmark) -> str:
    """The relation of an event to a landmark named at ``start`` (see ``relation_in``)."""
    area = landmark.kind in _AREA_KINDS
    if _arabic_in_prefix(text, start):
        # the name carries its own "in" ("على المتظاهرين بالمنطقة الخضراء"): a word before it is another phrase's
        return relation_in(landmark)
    found = _relation_word(text, start)
    if found is None:
        return "at"
    match, fill = found
    window = text[max(0, start - _WINDOW) : start]
    rel = next(r for r, _ in _REL_WORDS if match.group(r))
    if rel == "towards" and _ARRIVED.search(window[max(0, match.start() - 40) : match.start()]):
        return "at"
    if rel == "towards" and match.group(0).strip() in ("إلى", "الى") and _CONVERGED.search(window, 0, match.start()):
        return "at"  # "آلاف المتظاهرين يتوافدون إلى ساحة التحرير": a crowd flocking to a place gathers there
    if rel == "at" and _tried_to_reach(window, match):
        # "tried to reach the embassy": where the crowd headed, not where it was ("tried to storm the gate" was at it)
        return "towards"
    if area and rel in ("at", "inside") and _EDGE_WORDS.search(fill):
        return "near"  # at the entrances or walls of an area: its edge
    if rel in ("at", "inside") and "محيط" in fill:
        return "near"  # "في محيط السفارة": in the surroundings of the place
    if rel == "outside" and not area:
        return "at"  # "protesting outside the ministry", "shot dead outside his home": at its door
    return relation_in(landmark) if rel == "inside" else rel


def _tried_to_reach(window: str, match: re.Match[str]) -> bool:
    """Whether the word of place ``match`` (in ``window``) is "reach" after an attempt ("tried to reach")."""
    return bool(_REACH.match(match.group(0))) and bool(
        _ATTEMPT_BEFORE.search(window, max(0, match.start() - 40), match.start())
    )


def tried_to_reach(text: str, start: int) -> bool:
    """Whether the place named at ``start`` is one a crowd only tried to reach ("as they tried to reach the US
    embassy"): where it headed, not where it was (``place.headed_only``)."""
    found = _relation_word(text, start)
    return found is not None and _tried_to_reach(text[max(0, start - _WINDOW) : start], found[0])


def relation_in(landmark: Landmark) -> str:
    """The relation of an event "in" a landmark: ``inside`` only for a perimeter, else ``at``.

    Only a perimeter (the Green Zone) has an inside that matters ("inside the Green Zone" is not "at its
    gates"); an event in a district or the city ("in Karrada", "في الكرادة", "in Baghdad") is at that area,
    as an event in a building is at the building (docs/extraction.md, "the relation").
    """
    return "inside" if landmark.kind == "perimeter" else "at"


def _arabic_in_prefix(text: str, start: int) -> bool:
    """Arabic writes "in" as a clitic: "بالمنطقة الخضراء" = in the Green Zone."""
    return text[start : start + 3] in ("بال",)


# The dash that ends a dateline, and the article after it ("BAGHDAD - The Green Zone").
_DATELINE_DASH = re.compile(r"\s[-—–]{1,2}\s+(?:the\s+)?", re.IGNORECASE)


def find_places(
    text: str,
    *,
    gazetteer: GazetteerLike = None,
    tokens: list[Token] | None = None,
) -> list[PlaceMention]:
    """Return the landmarks named in ``text``, in order, with spans and spatial relations.

    Parameters
    ----------
    text
        Report text in English or Arabic.
    gazetteer
        A gazetteer frame or file; ``None`` uses the bundled Baghdad gazetteer.
    tokens
        The text's tokens, when the caller has them already.

    Examples
    --------
    >>> [(m.landmark.landmark_id, m.relation) for m in find_places("marched towards the Green Zone")]
    [('green_zone', 'towards')]
    """
    index = landmark_index(gazetteer)
    toks = tokenize(text) if tokens is None else tokens
    out: list[PlaceMention] = []
    for match in index.phrases.find(toks):
        cands = tuple(sorted((index.landmarks[lid] for lid in match.payloads), key=_area_last))
        best = cands[0]
        start = match.start
        if "-" in text[match.start : match.end] or "—" in text[match.start : match.end]:
            # a dateline's city read with the name after its dash ("BAGHDAD - The Green Zone was hit", a name with
            # the city before it): the place begins after the dash, in the sentence, not in the dateline
            dash = _DATELINE_DASH.search(text, match.start, match.end)
            if dash is not None:
                start = dash.end()
        if best.kind == "bridge":
            gate = _bridge_gate(text, match.end, best, index) or _gate_before_bridge(text, match.start, best, index)
            # "مدخل المنطقة الخضراء من جهة جسر الجمهورية": the side word tells the area's entrance, not the
            # bridge's end (``_zone_gates`` reads the gate)
            gate_side = _zone_gate_before(text, match.start)
            if gate is not None:
                best = _gate_side(text, match.start, match.end, gate, index)
            else:
                best = (None if gate_side else _bridge_end(text, match.start, match.end, best, index)) or best
        elif best.kind == "gate":
            best = _gate_side(text, match.start, match.end, best, index)
        relation = _relation(text, start, best)
        out.append(PlaceMention(best, cands, start, match.end, relation, match.last - match.first + 1, source=text))
    out = _with_heads(text, toks, out, index)
    out = _with_coordinated(text, out, index)
    out = _with_bare_names(text, toks, out, index)
    out = _with_residences(text, toks, out, index)
    out = _with_unknown_places(text, toks, out, index)
    # (with no place named before, only the zone told by what it is, "the fortified zone", names one: ``_ANAPHORA``)
    out = _with_anaphora(text, out, index) if out or "ortified" in text else out
    out = _with_there(text, out) if out and holds_any(text, _THERE_HINTS) else out
    out = _with_described_bridges(text, out, index) if len(out) > 1 and holds_any(text, _LINK_HINTS) else out
    out = _without_described_elsewhere(text, out)
    out = _without_end_sides(text, out, index) if len(out) > 1 else out
    gates = sum(m.landmark.kind == "gate" for m in out)
    out = _zone_gates(text, out, index) if len(out) > 1 else out
    out = _gates_by(text, out, index) if holds_any(text, _GATE_BY_HINTS) else out
    if sum(m.landmark.kind == "gate" for m in out) > gates and holds_any(text, _GATE_WORDS):
        # a gate read from the zone's entrance at a bridge ("the Green Zone entrances near the suspension bridge")
        # is the antecedent of "the gate" after it, as a gate named by its name is
        out = _with_anaphora(text, out, index)
    out = _with_shared_relations(text, out) if len(out) > 1 else out
    return [_with_edge(text, _arrived_where(text, m)) for m in out]


# Only a conjunction between two places ("قرب ساحة الخلاني وجسر السنك", "near Khilani Square and the Sinak Bridge").
_CONJ_GAP = re.compile(r"\s*(?:[،,]\s*)?(?:and\s+(?:the\s+)?|و\s*)?(?:the\s+)?", re.IGNORECASE)
_SHARED = frozenset({"near", "towards", "outside"})


def _with_shared_relations(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """A place joined to the one before it by a conjunction, with no word of place of its own, shares that
    place's word ("قرب ساحة الخلاني وجسر السنك": near both; "باتجاه ساحة التحرير وجسر الجمهورية": towards both)."""
    out = list(named)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if prev.relation not in _SHARED or cur.relation == prev.relation or cur.start - prev.end > 12:
            continue
        gap = text[prev.end : cur.start]
        joined = text.startswith("و", cur.start) if not gap.strip() else "و" in gap or "and" in gap.lower()
        if not joined or not _CONJ_GAP.fullmatch(gap) or _relation_word(text, cur.start) is not None:
            continue
        out[i] = replace(cur, relation=prev.relation)
    return out


# A place headed for, then a relative clause of what happened there ("marched towards Tahrir Square, where riot
# police dispersed them", "مسيرة ... باتجاه ساحة التحرير، حيث فرّقتهم قوات مكافحة الشغب"): the crowd got there, the
# event of the clause was at it. Not a clause that only says what stands there ("towards the Green Zone, where
# the government is based", "حيث يقع مبنى البرلمان").
_WHERE_AFTER = re.compile(
    r"\s*(?:,\s*)?where\s+(?!(?:[\w.'’-]+\s+){0,4}?(?:lies|lie|sits|sit|stands|stand|houses|house|hosts|host|located|"
    r"situated|based|home\s+to)\b)"
    r"|\s*(?:[،,]\s*)?حيث\s+(?!(?:[\u0621-\u064a]+\s+)?(?:يقع|تقع|توجد|يوجد|تضم|يضم|مقر|مقار|تتواجد|يتواجد)(?![\u0621-\u064a]))",
    re.IGNORECASE,
)


# A place headed for, then, later in the sentence, what happened at its entrance or gate, told with a possessive
# ("marched towards the Jumhuriya Bridge and tried to walk past the riot police at its entrance", "توجهت مجموعة منهم
# نحو جسر الجمهورية وحاولوا تجاوز القوات عند مدخله"): the crowd got there, the event was at it.
_AT_ITS_PART = first_char_guard(re.compile(
    r"\b(?:at|near|by|outside|in\s+front\s+of)\s+its\s+(?:main\s+|first\s+|southern\s+|northern\s+|eastern\s+|"
    r"western\s+)?(?:entrances?|gates?|foot|approach(?:es)?|checkpoints?|barriers?|end)\b"
    r"|(?<![\u0621-\u064a])(?:عند|قرب|أمام|امام|على)\s+(?:مدخل|بوابت|مداخل|مقتربات|حواجز|سيطرت|أبواب|ابواب)(?:ه|ها)"
    r"(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip
_AT_ITS_REACH = 160


def told_there(text: str, end: int) -> bool:
    """Whether the words after a place ending at ``end`` tell something happening at it: a clause opened by
    "where"/"حيث" (``_WHERE_AFTER``), or, later in the sentence, at its entrance or gate (``_AT_ITS_PART``)."""
    if _WHERE_AFTER.match(text, end, end + _LOOK_AHEAD):
        return True
    stop = _SENTENCE_END.search(text, end, end + _AT_ITS_REACH)
    return _AT_ITS_PART.search(text, end, stop.start() if stop else end + _AT_ITS_REACH) is not None


def _arrived_where(text: str, mention: PlaceMention) -> PlaceMention:
    """A place headed for that the next clause, opened by "where"/"حيث", says something happened at: ``at``; so is
    one whose entrance or gate ("at its entrance", "عند مدخله") the rest of the sentence tells the event at."""
    if mention.relation != "towards" or not told_there(text, mention.end):
        return mention
    return replace(mention, relation="at", arrived=True)


# "the Green Zone gate near the Republic Bridge", "the zone's entrance at the suspension bridge", "بوابة المنطقة
# الخضراء القريبة من جسر الجمهورية", "مدخل المنطقة الخضراء عند الجسر المعلق": a gate word by the perimeter's name,
# then a word of place and the bridge.
_GATE_WORD = r"gates?|entrances?|checkpoints?|entry\s+points?|بوابة|بوابات|مدخل|مداخل|سيطرة"
_GATE_BEFORE_ZONE = re.compile(rf"(?:{_GATE_WORD})\s+(?:(?:to|of|into)\s+)?(?:the\s+|baghdad['’]s\s+)?$", re.IGNORECASE)
_GATE_TO_BRIDGE = re.compile(
    rf"^(?:['’]s)?\s*(?:(?:{_GATE_WORD})\s+)?(?:\w+\s+)?(?:near|at|by|on|beside|next\s+to|close\s+to|leading\s+to|"
    r"off|القريبة\s+من|القريب\s+من|قرب|عند|على|من\s+(?:جهة|جانب|ناحية)|المؤدية\s+[إا]لى|المؤدي\s+[إا]لى|بجانب|[قب]ـ?مقربة\s+من)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_GATE_AFTER_ZONE = re.compile(rf"^(?:['’]s)?\s+(?:{_GATE_WORD})\b", re.IGNORECASE)
# A bridge named as the side an entrance is on ("on the suspension bridge side", "on the Jumhuriya Bridge side"): the
# side word right after the bridge's name.
_BRIDGE_AS_SIDE = re.compile(r"\s+side\b", re.IGNORECASE)
_GATE_AT_BRIDGE_M = 150.0  # a bridge's gate stands at its end


def _zone_gates(text: str, named: list[PlaceMention], index: LandmarkIndex) -> list[PlaceMention]:
    """A bridge named as where the perimeter's gate is ("the Green Zone gate near the Republic Bridge") names
    that gate: the bridge's related gate standing at it."""
    out = list(named)
    for i in range(1, len(out)):
        zone, bridge = out[i - 1], out[i]
        if zone.landmark.kind != "perimeter":
            continue
        if bridge.landmark.kind == "bridge_end" and _BRIDGE_AS_SIDE.match(text, bridge.end):
            # "the Green Zone entrance on the suspension bridge side": the bridge is the side of the entrance, not
            # one end of it named by the zone before it
            whole = index.landmarks.get(bridge.landmark.related_id or "")
            if whole is None:
                continue
            bridge = replace(bridge, landmark=whole)
        elif bridge.landmark.kind not in _GATED_KINDS:
            continue
        gap = text[zone.end : bridge.start]
        if len(gap) > 40 or not _GATE_TO_BRIDGE.match(gap):
            continue
        lo = max(0, zone.start - 30)
        before = _GATE_BEFORE_ZONE.search(text[lo : zone.start])
        if not before and not _GATE_AFTER_ZONE.match(gap):
            continue
        phrase_start = lo + before.start() if before else zone.start
        gate = _gate_at(bridge.landmark, index)
        if gate is not None:  # the relation is the gate phrase's ("stormed the Green Zone gate near ...")
            relation = _relation(text, phrase_start, gate)
            out[i] = replace(bridge, landmark=gate, candidates=(gate, *bridge.candidates), relation=relation)
    return out


def _gate_at(landmark: Landmark, index: LandmarkIndex) -> Landmark | None:
    """The one gate of the gazetteer standing at a bridge or a building (within ``_GATE_AT_BRIDGE_M``), if any."""
    if landmark.kind not in _GATED_KINDS:
        return None
    gates = [g for g in index.gates if _distance_m(g, landmark) <= _GATE_AT_BRIDGE_M]
    return gates[0] if len(gates) == 1 else None


# A gate word governing a landmark by a word of position: "the entrance facing the Jumhuriya bridge", "the checkpoint
# by the Ministry of Planning", "the gate next to the suspension bridge", "البوابة القريبة من جسر الجمهورية". The gate
# is told by what it stands at; "the entrance to/of the bridge" (a bridge's end, either side) is not one.
_GATE_BY = re.compile(
    rf"(?<!\w)(?:[وبل]?ال(?=[بمس]))?(?:{_GATE_WORD})\s+(?:(?:that|which)\s+(?:faces|stands|lies|sits)\s+)?"
    r"(?:facing|opposite|overlooking|near|nearest|at|by|beside|next\s+to|close\s+to|in\s+front\s+of|alongside|"
    r"adjacent\s+to|outside|at\s+the\s+foot\s+of|القريبة\s+من|القريب\s+من|قرب|عند|بجانب|[قب]ـ?مقربة\s+من|"
    r"أمام)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_GATE_BY_HINTS = ("gate", "Gate", "ntrance", "heckpoint", "entry", "Entry", "بواب", "مدخل", "مداخل", "سيطرة")
_GATED_KINDS = frozenset({"bridge", "building"})


def _gates_by(text: str, named: list[PlaceMention], index: LandmarkIndex) -> list[PlaceMention]:
    """A bridge or building a gate word governs by a word of position names the gate standing at it (``_GATE_BY``):
    "protesters massed at the entrance facing the Jumhuriya bridge" are at the bridge's gate, not on the bridge."""
    out = named
    for i, m in enumerate(named):
        if m.landmark.kind not in _GATED_KINDS:
            continue
        found = _GATE_BY.search(text, max(0, m.start - 40), m.start)
        gate = _gate_at(m.landmark, index) if found else None
        if gate is None or found is None:
            continue
        if out is named:
            out = list(named)
        relation = _relation(text, found.start(), gate)
        out[i] = replace(m, landmark=gate, candidates=(gate, *m.candidates), relation=relation)
    return out


_SIDE_GAP = 45  # characters at most between a bridge end's mention and the place naming its side
_POSSESSIVE_SIDE = len("'s side")  # a side word after the place's possessive


def _without_end_sides(text: str, named: list[PlaceMention], index: LandmarkIndex) -> list[PlaceMention]:
    """Leave out a place named only as the side of a bridge end (rule of ``_bridge_end``).

    "عند مقتربات جسر السنك من جهة ساحة الخلاني", "on the Tahrir Square side of the Republic Bridge": the square
    tells which end of the bridge, it is no place of its own (the end is more precise than either).
    """
    drop: set[int] = set()
    for i, end_m in enumerate(named):
        if end_m.landmark.kind != "bridge_end":
            continue
        sides = index.end_words.get(end_m.landmark.landmark_id, set())
        # (past what the bridge leads to: "جسر السنك المؤدي إلى الكرخ، من جهة ساحة الخلاني")
        described = leading_to_end(text, end_m.end)
        after = i + 1
        while after < len(named) and named[after].end <= described:
            after += 1
        for j in (i - 1, after):
            if not 0 <= j < len(named) or named[j].landmark.kind == "bridge_end":
                continue
            other = named[j]
            lo, hi = (other.end, end_m.start) if j < i else (described, other.start)
            # (the side word may follow a possessive: "at the entrance of the bridge on the square's side")
            cue_end = max(hi, other.end) + (_POSSESSIVE_SIDE if j > i else 0)
            if not 0 <= hi - lo <= _SIDE_GAP or not _SIDE_CUE.search(text, min(lo, other.start), cue_end):
                continue
            if {tok.key for tok in tokenize(text[other.start : other.end])} & sides or (
                # "عند مدخل الجسر من جهة الساحة": the square referred back to, standing at that end
                other.landmark.kind == "square" and _distance_m(other.landmark, end_m.landmark) <= _END_AT_SQUARE_M
            ):
                drop.add(j)
    return [m for k, m in enumerate(named) if k not in drop] if drop else named


# "at the Green Zone entrances", "the zone's gates": an area's edge, named after the area.
_EDGE_AFTER = re.compile(
    # a gate's own name between ("the Green Zone's Qadisiya entrance"): one capitalised word
    r"(?:['’]s)?\s+(?:(?-i:[A-Z][\w'’-]+)\s+)?(?:(?:concrete|blast|outer)\s+)?"
    r"(?:entrances?|gates?|walls?|edges?|perimeter|checkpoints?|barriers?)\b",
    re.IGNORECASE,
)


def _with_edge(text: str, mention: PlaceMention) -> PlaceMention:
    """An area named with its edge after it ("the Green Zone entrances") is placed near it."""
    edge = (
        mention.landmark.kind in _AREA_KINDS
        and mention.relation in ("at", "inside")
        and _EDGE_AFTER.match(text, mention.end, mention.end + 36) is not None
    )
    return replace(mention, relation="near") if edge else mention


def _overlaps(named: list[PlaceMention], starts: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``named`` (in text order, not overlapping; ``starts`` theirs)."""
    i = bisect_right(starts, start) - 1
    if i >= 0 and named[i].end > start:
        return True
    return i + 1 < len(named) and named[i + 1].start < end


# Transliterated kind words before a name ("Jisr al-Sinak", "Sahat al-Tahrir", "Maydan al-Tahrir"): the square or
# bridge itself; any other capitalised word and the article before a head word make a longer name ("Ali al-Khilani").
# (One class with the filler words of ``_FILLER_OK``: "near Maidan al-Tahrir" is near the square.)
_KIND_BEFORE = frozenset(KIND_BEFORE_TRANSLIT)
_ARTICLE_GAP = re.compile(r"\s(?:al|el|Al|El|ad|ar|as|ash|az|an)[-\s]")
# Function words that may stand capitalised before a name at the start of a sentence ("In Khallani square").
_LEAD_WORDS = frozenset({"in", "at", "on", "near", "from", "to", "into", "towards", "outside", "inside", "around"})
# Kind words after a name: the name is of that kind ("Tahrir street" is no square).
_KIND_AFTER = {
    "square": "square", "squares": "square", "sq": "square", "roundabout": "square", "bridge": "bridge",
    "bridges": "bridge", "street": "street", "road": "street", "avenue": "street", "hotel": "building",
    "mosque": "building", "hospital": "building", "district": "district", "neighbourhood": "district",
    "neighborhood": "district", "area": "district", "market": "building", "university": "building",
    "camp": "building", "base": "building",
}  # fmt: skip
_AR_LOCATIVES = frozenset(
    fold_word(w) for w in ("في", "عند", "قرب", "أمام", "امام", "محيط", "داخل", "نحو", "إلى", "الى", "باتجاه", "من")
)


def _head_at(text: str, tokens: list[Token], i: int, index: LandmarkIndex) -> tuple[str, bool] | None:
    """The square or bridge token ``i`` names alone, and whether by a fuzzy match (None: it names none)."""
    tok = tokens[i]
    prev_word = tokens[i - 1] if i > 0 else None
    if tok.key in index.heads_ar:
        # Arabic: only right after a preposition ("في الخلاني"), or with "in" as a clitic ("بالخلاني").
        after_prep = prev_word is not None and (prev_word.key in _AR_LOCATIVES or prev_word.alt in _AR_LOCATIVES)
        return (index.heads_ar[tok.key], False) if after_prep or text.startswith("بال", tok.start) else None
    if not text[tok.start].isupper():
        return None
    # A proper noun of its own: not the first word of a sentence, not inside a longer name
    # ("Freedom Monument", "Iraqi Republic"), not "Republic of ...".
    before = text[max(0, tok.start - 3) : tok.start].strip()
    lead = prev_word is not None and prev_word.key in _LEAD_WORDS
    if not lead and (not before or before[-1] in '.!?"“:' or text[tok.start - 1] == "\n"):
        return None
    possessive = prev_word is not None and text[prev_word.end - 2 : prev_word.end] in ("'s", "’s")
    if (
        not lead
        and not possessive
        and prev_word is not None
        and text[prev_word.start].isupper()
        and prev_word.key not in _KIND_BEFORE
        and _ARTICLE_GAP.fullmatch(text, prev_word.end, tok.start)
    ):
        # "Ali al-Khilani", "Hizb al-Tahrir", "Hassan al-Sinak": the article joins the head word to the capitalised
        # word before it, a longer name (a person's, a party's), not the square or bridge
        return None
    if (
        not lead
        and not possessive  # "Baghdad's Firdous Square": the city's square, not a longer name
        and prev_word is not None
        and tok.start - prev_word.end <= 2
        and not text[prev_word.end : tok.start].strip()  # (a comma ends a name: "Thu 17 June, Tahreer Square:")
        and text[prev_word.start].isupper()
    ):
        return None
    next_word = tokens[i + 1] if i + 1 < len(tokens) else None
    kind_after = None
    if next_word is not None and next_word.start - tok.end <= 2:
        kind_after = _KIND_AFTER.get(next_word.key)
        # "Khallani Square": a capitalised kind word ends the name; any other capitalised word continues it.
        if (text[next_word.start].isupper() and kind_after is None) or next_word.key == "of":
            return None
    lid = index.heads.get(tok.key)
    fuzzy = False
    if lid is None:
        lid, fuzzy = fuzzy_head(text[tok.start : tok.end], index), True
        # A fuzzy match stands alone only after a word of place ("in Tahreer"), else needs its kind word.
        if lid is not None and kind_after is None and not explicit_relation(text, tok.start):
            return None
    if lid is None or (kind_after is not None and kind_after != index.landmarks[lid].kind):
        return None
    return lid, fuzzy


def _with_heads(text: str, tokens: list[Token], named: list[PlaceMention], index: LandmarkIndex) -> list[PlaceMention]:
    """Add head words of squares and bridges written alone ("protesters in Tahrir", "في الخلاني").

    A capitalised word that is no head word of the gazetteer may be a transliteration variant of one
    (:func:`fuzzy_head`: "Tahreer", "Khallani"); the mention then says so (``fuzzy``).
    """
    if not index.heads and not index.heads_ar:
        return named
    extra: list[PlaceMention] = []
    starts = [m.start for m in named]
    heads, heads_ar, cache = index.heads, index.heads_ar, index.fuzzy_cache
    # The words that may be read: head words, and long words not yet known to be no variant of one (the cache
    # only ever adds answers, so a word known to be none now is none for every token of the loop too).
    maybe = {
        w
        for w in token_words(tokens)
        if w in heads or w in heads_ar or (len(w) >= _FUZZY_MIN_LEN and cache.get(w, "") is not None)
    }
    for i in [k for k, tok in enumerate(tokens) if tok.key in maybe]:  # (one comprehension: most words are none)
        tok = tokens[i]
        key = tok.key
        if key not in heads and key not in heads_ar:
            # a capitalised word that may be a variant of a head word (looked up once per distinct word)
            if len(key) < _FUZZY_MIN_LEN or not text[tok.start].isupper():
                continue
            if cache.get(key, "") is None or fuzzy_head(text[tok.start : tok.end], index) is None:
                continue
        found = _head_at(text, tokens, i, index)
        if found is None or _overlaps(named, starts, tok.start, tok.end):
            continue
        lm = index.landmarks[found[0]]
        relation = _relation(text, tok.start, lm)
        extra.append(PlaceMention(lm, (lm,), tok.start, tok.end, relation, 1, weak=True, fuzzy=found[1], source=text))
    return sorted(named + extra, key=lambda m: m.start) if extra else named


# "the Sinak and Ahrar bridges": each name with the shared kind word is a landmark of its own.
_COORDINATED = re.compile(
    r"\b((?:[A-Z][\w'’-]+,?\s+){1,3}(?:and|or)\s+(?:the\s+)?[A-Z][\w'’-]+)\s+(bridges|squares|gates)\b"
)
_NAME_WORD = re.compile(r"[A-Z][\w'’-]+")


def _with_coordinated(text: str, named: list[PlaceMention], index: LandmarkIndex) -> list[PlaceMention]:
    extra: list[PlaceMention] = []
    if "bridges" not in text and "squares" not in text and "gates" not in text:
        return named
    starts = [m.start for m in named]
    for match in _COORDINATED.finditer(text):
        kind_word = match.group(2)[:-1]
        for word in _NAME_WORD.finditer(match.group(1)):
            start, end = match.start(1) + word.start(), match.start(1) + word.end()
            if _overlaps(named, starts, start, end):
                continue
            found = index.phrases.find(tokenize(f"{word.group(0)} {kind_word}"))
            if len(found) == 1 and found[0].first == 0 and found[0].last == 1:
                cands = tuple(sorted((index.landmarks[lid] for lid in found[0].payloads), key=specificity))
                extra.append(
                    PlaceMention(cands[0], cands, start, end, _relation(text, match.start(), cands[0]), 2, source=text)
                )
                continue
            lid = fuzzy_head(word.group(0), index)  # "Tahreer and Khallani squares"
            if lid is not None and index.landmarks[lid].kind == kind_word:
                lm = index.landmarks[lid]
                relation = _relation(text, match.start(), lm)
                extra.append(PlaceMention(lm, (lm,), start, end, relation, 1, weak=True, fuzzy=True, source=text))
    return sorted(named + extra, key=lambda m: m.start) if extra else named


def _hint_ranges(
    hints: tuple[str, ...], text: str, before: int, after: int, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """Merged ranges around the occurrences of the ``hints`` (plain strings) in ``text[start:end]``.

    A costlier pattern is then run over these short ranges only, not over every position of the text
    (``str.find`` of a few words costs far less than a pattern tried at every position).
    """
    stop = len(text) if end is None else end
    hits: list[tuple[int, int]] = []
    for hint in hints:
        pos = text.find(hint, start, stop)
        while pos >= 0:
            hits.append((pos, pos + len(hint)))
            pos = text.find(hint, pos + 1, stop)
    hits.sort()
    out: list[tuple[int, int]] = []
    for hit_start, hit_end in hits:
        a, b = max(start, hit_start - before), min(stop, hit_end + after)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _tokens_between(tokens: list[Token], start: int, end: int) -> list[Token]:
    """The tokens lying inside ``[start, end)`` (tokens are in text order)."""
    lo = bisect_left(tokens, start, key=lambda t: t.start)
    hi = bisect_left(tokens, end, lo=lo, key=lambda t: t.start)
    return tokens[lo:hi]


def _with_bare_names(
    text: str, tokens: list[Token], named: list[PlaceMention], index: LandmarkIndex
) -> list[PlaceMention]:
    """Add bare nouns naming the country's landmark after a word of place ("stormed parliament", "قرب البرلمان").

    "the Kurdistan parliament", "البرلمان الكردستاني", "parliament of Kurdistan" and "dissolve parliament"
    name no place of the gazetteer (another qualifier, or no word of place before).
    """
    extra: list[PlaceMention] = []
    starts = [m.start for m in named]
    ranges = _hint_ranges(index.bare_words, text, 12, _LOOK_AHEAD)
    for match in (m for a, b in ranges for m in index.bare.find(_tokens_between(tokens, a, b))):
        if _overlaps(named, starts, match.start, match.end) or not (
            explicit_relation(text, match.start)
            or _part_of_before(text, match.start)
            or _going_to_before(text, match.start)
        ):
            continue
        after = text[match.end : match.end + _LOOK_AHEAD]
        # "parliament's speaker", "parliament's session": the possessive is the institution's.
        if _AR_ADJECTIVE.match(after) or re.match(r"\s+of\b", after) or re.match(r"['’]s\b", text[match.end - 2 :]):
            continue
        lm = index.landmarks[match.payloads[0]]
        relation = _relation(text, match.start, lm)
        extra.append(
            PlaceMention(lm, (lm,), match.start, match.end, relation, match.last - match.first + 1, source=text)
        )
    return sorted(named + extra, key=lambda m: m.start) if extra else named


# "his residence", "the home of Prime Minister ...", "منزله", "مقر إقامة رئيس الوزراء".
_RESIDENCE = first_char_guard(re.compile(
    r"(?:\b(?P<pron>his|her)\s+(?:[\w-]+\s+){0,2}?|(?P<poss>['’]s)\s+(?:(?:private|official|personal|own|"
    r"fortified|heavily\s+guarded|family)\s+){0,2})?\b(?:residence|home|house|villa)(?P<of>\s+of\b)?"
    r"|(?<![\u0621-\u064a])[وبل]?(?:منزل|بيت|دار|مقر\s+[إا]قامت?)(?P<pron_ar>ه)?(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip
_RESIDENCE_HINTS = ("residence", "Residence", "home", "Home", "house", "House", "villa", "Villa", "منزل", "بيت", "دار",
                    "مقر")  # fmt: skip
_OWNER_BACK = 300  # characters before "his residence" where its owner is looked for


# The start of the sentence a possessive is in: after the last full stop, question mark or line break before it.
_SENTENCE_BREAK = re.compile(r"[.!?\u061f](?=\s)|\n")
# Someone else a possessive may belong to, told in its own sentence: a person by the noun of who they are ("a
# 34-year-old activist", "الناشط") or by an Arabic name with its article ("Mustafa al-Rubaie").
_OTHER_PERSON = re.compile(
    rf"\b(?:a|an|the|one)\s+(?:[\w'’-]+\s+){{0,3}}?{literal_alternation(PERSON_SINGULAR_EN)}\b"
    r"|\b[A-Z][a-z]{2,}\s+(?:al|el|Al|El)-[A-Z][a-z]{2,}"
    rf"|(?<![\u0621-\u064a])(?:[وبل]?ال|لل){PERSON_SINGULAR_AR}(?![\u0621-\u064a])"
)


def _other_person_since(text: str, owner_end: int, at: int) -> bool:
    """Whether someone else is named between an owner told in an earlier sentence and the possessive at ``at``.

    An owner named in the possessive's own sentence keeps it ("Prime Minister Kadhimi said a guard was hurt when a
    drone hit his residence"); one named sentences before loses it to a person the possessive's sentence names
    ("... a statement to the prime minister. A sticky bomb on the car of an activist exploded as he left his home").
    """
    breaks = list(_SENTENCE_BREAK.finditer(text, owner_end, at))
    if not breaks:
        return False
    return _OTHER_PERSON.search(text, breaks[-1].end(), at) is not None


def _with_residences(
    text: str, tokens: list[Token], named: list[PlaceMention], index: LandmarkIndex
) -> list[PlaceMention]:
    """Add homes of people the gazetteer knows: "his residence" after "Prime Minister ... Kadhimi", "منزله".

    The owner is named just after the noun ("the residence of the prime minister", "منزل رئيس الوزراء"),
    or, for "his"/"-ه", is the last owner named in the :data:`_OWNER_BACK` characters before it.
    """
    extra: list[PlaceMention] = []
    starts = [m.start for m in named]
    ranges = _hint_ranges(_RESIDENCE_HINTS, text, 40, 20)
    for match in (m for a, b in ranges for m in _RESIDENCE.finditer(text, a, b)):
        if _overlaps(named, starts, match.start(), match.end()):
            continue
        start = match.start()
        if match.group("poss"):
            # "the premier's private residence": the owner's name ends just before the "'s"
            back_toks = tokenize(text[max(0, start - 40) : start])
            found = index.owners.find(back_toks)
            owner = found[-1] if found and found[-1].last == len(back_toks) - 1 else None
            lid = owner.payloads[0] if owner is not None else None
            start = max(0, start - 40) + owner.start if owner is not None else start
            end = match.end()
        elif match.group("pron") or match.group("pron_ar"):
            back = max(0, match.start() - _OWNER_BACK)
            found = index.owners.find(tokenize(text[back : match.start()]))
            lid = found[-1].payloads[0] if found else None
            if lid is not None and _other_person_since(text, back + found[-1].end, match.start()):
                lid = None  # "... the prime minister. ... the car of an activist exploded as he left his home"
        else:
            ahead = tokenize(text[match.end() : match.end() + _LOOK_AHEAD])
            found = index.owners.find(ahead)
            lid = found[0].payloads[0] if found and found[0].first <= 1 else None
            end = match.end() + found[0].end if lid is not None else match.end()
        if lid is None:
            continue
        lm = index.landmarks[lid]
        span_end = match.end() if match.group("pron") or match.group("pron_ar") else end
        if _overlaps(named, starts, start, span_end):
            continue
        extra.append(PlaceMention(lm, (lm,), start, span_end, _relation(text, start, lm), 2, source=text))
    return sorted(named + extra, key=lambda m: m.start) if extra else named


# A named place with its kind word that the gazetteer may lack: "al-Tayaran Square", "Saadoun Street",
# "the double-decker bridge", "ساحة الطيران", "شارع السعدون", "منطقة الدورة", "منطقتي الكرادة وزيونة".
_UNKNOWN_PLACE = first_char_guard(re.compile(
    # (not from a city's possessive: "Baghdad's Harthiya district" is Harthiya's)
    r"\b(?:al-)?[A-Z][\w'’-]+(?<!['’]s)(?:[ -][A-Z][\w'’-]+){0,2}\s+"
    # (a district's kind word may follow an adjective of what it is: "the Qadisiya residential district")
    r"(?:(?:residential|commercial|industrial|mixed|poor|impoverished|upscale|affluent|busy|crowded|densely[\s-]populated)"
    r"\s+(?=(?:[Dd]istrict|[Nn]eighbou?rhood|area)\b))?"
    r"(?:Square|Bridge|Street|Road|District|Market|City|[Dd]istrict|[Ss]quare|[Bb]ridge|[Ss]treet|[Nn]eighbou?rhood|area)\b"
    r"|\bMinistry\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}"
    # a building named by its owner or name and its kind: "the Swedish embassy", "the Turkish Consulate", "Buratha
    # Mosque", "Baghdad Hotel", "Mustansiriya University" (not a city's possessive, not a sentence's first word)
    r"|(?<=[a-z,] )(?:al-)?[A-Z][\w'’-]+(?<!['’]s)\s+(?:[Ee]mbassy|[Cc]onsulate|Mosque|Hotel|University|Stadium)\b"
    # a mission named by its country's possessive: "Sweden's embassy", "Turkey's consulate" (the U.S. one is known)
    r"|\b(?!Iraq)[A-Z][a-z]{3,}['’]s\s+(?:[Ee]mbassy|[Cc]onsulate)\b"
    # a ministry named by its definite name, in Arabic as in English ("أمام مبنى وزارة المالية", "وزارة التعليم العالي")
    r"|(?<![\u0621-\u064a])(?P<ministry_ar>[وبل]?(?:مبنى\s+|مقر\s+)?(?:ال)?وزارة)\s+ال[\u0621-\u064a]{3,}"
    r"(?:\s+ال[\u0621-\u064a]{3,})?"
    r"|\bthe\s+[a-z]+-[a-z]+\s+bridge\b"
    # an embassy or consulate named by the adjective of its country, which agrees with it (-ية): "السفارة السويدية",
    # "مبنى القنصلية التركية", "بالسفارة الدنماركية", "للسفارة الدنماركية" (the English "the Swedish embassy" above)
    r"|(?<![\u0621-\u064a])[وبل]?(?:ال|لل)?(?:سفارة|قنصلية)\s+(?:ال)?[\u0621-\u064a]{2,}ية(?![\u0621-\u064a])"
    # (the kind word may carry a conjunction or preposition as a clitic: "وجسري السنك والأحرار", "بشارع الرشيد")
    r"|(?<![\u0621-\u064a])[وبل]?(?P<kind>ساحة|ساحتا|ساحتي|جسر|جسرا|جسري|شارع|حي|منطقة|منطقتي|سوق|مدينة)\s+"
    # (a name may open with "possessor of" or "father of": "جسر ذي الطابقين", "شارع أبو نواس")
    r"(?P<first>ال[\u0621-\u064a]{3,}|(?:ذي|ذو|ذات)\s+ال[\u0621-\u064a]{3,}|(?:أبو|ابو|أبي|ابي)\s+(?:ال)?[\u0621-\u064a]{3,})"
    # (a second name, not a kind word heading a place of its own: "ساحة الخلاني وجسري السنك والأحرار")
    r"(?:\s+و(?!(?:ساحة|ساحتا|ساحتي|جسر|جسرا|جسري|شارع|حي|منطقة|منطقتي|سوق|مدينة)\s)(?P<second>(?:ال)?[\u0621-\u064a]{3,}))?",
))  # fmt: skip
# Definite nouns after "منطقة" that name no place ("منطقة الحادث", the scene of the incident).
_NOT_A_NAME_AR = re.compile(r"(?:منطقة|منطقتي)\s+ال(?:حادث|انفجار|هجوم|اعتصام|اشتباك|حدث|محيط|قريب|مستهدف)")


_AR_SINGULAR = {"ساحتا": "ساحة", "ساحتي": "ساحة", "جسرا": "جسر", "جسري": "جسر", "منطقتي": "منطقة"}


def _known_part(words: str, kind: str | None, index: LandmarkIndex) -> str | None:
    """The landmark one name of "جسرا السنك والأحرار" is, with its kind word ("جسر الأحرار"), if known."""
    if kind is None:
        return None
    found = index.phrases.find(tokenize(f"{_AR_SINGULAR.get(kind, kind)} {words}"))
    if len(found) == 1 and found[0].first == 0:
        return str(found[0].payloads[0])
    return index.heads_ar.get(fold_word(words))


# The kind words of _UNKNOWN_PLACE: only the text around them is searched.
_KIND_HINTS = ("Square", "Bridge", "Street", "Road", "District", "Market", "square", "bridge", "street", "district",
               "eighbo", " area", "Ministry", "mbassy", "onsulate", "Mosque", "Hotel", "University", "Stadium",
               "ساح", "جسر", "شارع", "حي ", "منطق", "سوق", "City", "مدينة", "سفار", "قنصل", "وزار")  # fmt: skip


# A district named without its kind word, told by where it lies in the city or as the city's ("in Zayouna, eastern
# Baghdad", "in Adhamiya in northern Baghdad", "in Baghdad's Zayouna", "في الدورة جنوبي بغداد", "في الأعظمية شمال
# العاصمة"): a named place the gazetteer lacks, placed on the city-wide area like one with its kind word.
_BEARING_EN = r"(?:(?:north|south|east|west)(?:ern)?|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?|central)"
_DISTRICT_NO_KIND = first_char_guard(re.compile(
    r"\b(?:in|at|near|from|of)\s+(?P<en>(?:al-)?[A-Z][a-z'’]{2,}(?<!['’]s)(?:[ -][A-Z][a-z'’]{2,})?)"
    rf"(?=,?\s+(?:in\s+)?(?:the\s+)?{_BEARING_EN}\s+(?:Baghdad|(?:Iraqi\s+)?capital)\b"
    r"|,\s+an?\s+(?:[\w-]+\s+){0,2}(?:district|neighbou?rhood|suburb|area)\s+(?:of|in)\s+(?:\w+\s+)?Baghdad\b)"
    r"|\bBaghdad['’]s\s+(?P<pos>(?:al-)?[A-Z][a-z'’]{2,}(?:[ -][A-Z][a-z'’]{2,})?)(?![\w'’-])"
    r"(?!\s+(?:[A-Z]|Square|Bridge|Street|Road|District|Market|[Dd]istrict|[Ss]quare|[Bb]ridge|[Ss]treet|[Nn]eighbou?rhood"
    r"|area|zone|Zone))"
    # "the southern Baghdad district of Dora", "the Baghdad neighbourhood of Zayouna": named after its kind and "of"
    r"|\bBaghdad\s+(?:district|neighbou?rhood|suburb|area)\s+of\s+"
    r"(?P<of>(?:al-)?[A-Z][a-z'’]{2,}(?:[ -][A-Z][a-z'’]{2,})?)(?![\w'’-])"
    r"|(?<![\u0621-\u064a])(?:في|من|قرب)\s+(?P<ar>ال[\u0621-\u064a]{3,})\s+(?:(?:شمال|جنوب|شرق|غرب)[يى]?|وسط)\s+"
    r"(?:ال)?(?:بغداد|العاصمة)(?![\u0621-\u064a])"
))  # fmt: skip
_DISTRICT_HINTS = ("Baghdad", "capital", "بغداد", "العاصمة")
# Words that are no district's name: demonyms and sects before a district ("Baghdad's Shiite district"), months and
# weekdays, and the kind words and common nouns of Arabic ("في المنطقة وسط بغداد", "في الشارع").
_NOT_A_DISTRICT = frozenset(
    fold_word(w)
    for w in (
        "Shiite", "Shia", "Shi'ite", "Sunni", "Kurdish", "Christian", "Iraqi", "American", "Iranian", "Turkish",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Baghdad", "Iraq",
        "المنطقة", "الشارع", "الساحة", "الحي", "المدينة", "العاصمة", "السوق", "الجسر", "المبنى", "المكان", "الموقع",
        "الشمال", "الجنوب", "الشرق", "الغرب", "الوسط", "الأحياء", "المناطق", "الضواحي",
        # institutions and offices of the city ("Baghdad's Operations Command", "Baghdad's Health Directorate")
        "Operations", "Command", "Health", "Police", "Governor", "Mayor", "Municipality", "Airport", "University",
        "Hospital", "Directorate", "Council", "Court", "Provincial", "Government", "International", "Security",
        "Province", "Governorate", "Mayoralty", "Amanat", "Old", "New", "Central", "Green", "Red",
    )
)  # fmt: skip


# A ministry named in Arabic is a place only by a word of place before it or a head noun of its seat ("أمام مبنى
# وزارة المالية", "قرب وزارة التربية", "بوزارة"); "أعلنت وزارة الصحة" is the institution.
_MINISTRY_PLACE_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])(?:أمام|امام|قرب|عند|داخل|مقابل|قبالة|نحو|باتجاه|صوب|إلى|الى|في|محيط|بمحيط|من)\s+$"
)


def _ministry_as_place(text: str, match: re.Match[str]) -> bool:
    head = match.group("ministry_ar")
    if head.startswith(("مبنى", "مقر", "ب", "وب")) or " " in head:
        return True
    return _MINISTRY_PLACE_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None


def _with_unknown_places(
    text: str, tokens: list[Token], named: list[PlaceMention], index: LandmarkIndex
) -> list[PlaceMention]:
    """Add named places the gazetteer lacks, placed at its city-wide area (never at another landmark).

    Only a name with its kind word counts (a square, bridge, street, district, market); a name the
    gazetteer knows inside it ("Jadriya district", "منطقة الجادرية") is that landmark's mention already.
    """
    if index.city is None:
        return named
    extra: list[PlaceMention] = []
    starts = [m.start for m in named]
    city = index.city
    ranges = _hint_ranges(_KIND_HINTS, text, 80, 60)
    matches = (match for a, b in ranges for match in _UNKNOWN_PLACE.finditer(text, a, b))
    for match in matches:
        if _NOT_A_NAME_AR.match(match.group()):
            continue
        if match.group("ministry_ar") and not _ministry_as_place(text, match):
            continue  # "إلا أن وزارة الصحة لم تؤكد": the ministry speaks, no place is told
        # "منطقتي الكرادة وزيونة", "ساحة الطيران والخلاني": each name of two is a place of its own.
        parts = [(match.start(), match.end("first") if match.group("first") else match.end(), match.group("first"))]
        second = match.group("second")
        # After a singular kind word only a definite name is a second place ("ساحة الطيران والخلاني", not
        # "شارع السعدون وأخرى"); after a dual any name is ("منطقتي الكرادة وزيونة").
        if second and (second.startswith("ال") or match.group("kind") in _AR_SINGULAR):
            parts.append((*match.span("second"), second))
        for start, end, name in parts:
            if _overlaps(named, starts, start, end):
                continue
            lid = _known_part(name, match.group("kind"), index) if name else None
            lm = index.landmarks[lid] if lid is not None else city
            relation = _relation(text, match.start(), lm)
            extra.append(PlaceMention(lm, (lm,), start, end, relation, 1, weak=True, unknown=lid is None, source=text))
    for a, b in _hint_ranges(_DISTRICT_HINTS, text, 60, 40):
        for match in _DISTRICT_NO_KIND.finditer(text, a, b):
            group = next(g for g in ("en", "pos", "of", "ar") if match.group(g))
            start, end = match.span(group)
            words = re.split(r"[\s-]+", match.group(group))
            if any(fold_word(w) in _NOT_A_DISTRICT for w in words) or _overlaps(named, starts, start, end):
                continue
            if any(m.start < end and start < m.end for m in extra):
                continue
            relation = _relation(text, start, city)
            extra.append(PlaceMention(city, (city,), start, end, relation, 1, weak=True, unknown=True, source=text))
    return sorted(named + extra, key=lambda m: m.start) if extra else named


# The emphatic pronoun after a place referred back to: "الساحة نفسها", "الجسر ذاته", "في المبنى عينه".
_SAME_AFTER = re.compile(r"\s+(?:نفس|ذات|عين)(?:ه|ها)(?![\u0621-\u064a])")


# The head noun of a definite reference and the kind of building it can refer back to, by the word its name holds:
# "السفارة" / "the embassy" is the last embassy named, not the last building ("بيان لمكتب رئيس الوزراء ... قرب
# السفارة"), "الوزارة" / "the ministry" the last ministry, "القصر" / "the palace" the last palace, "الفندق" / "the
# hotel" the last hotel; "المبنى" / "the building" any building.
_HEAD_CLASSES = ("embassy", "ministry", "palace", "hotel")
_HEAD_WORDS = {"سفارة": "embassy", "وزارة": "ministry", "قصر": "palace", "فندق": "hotel"}


def _heads_of(landmark: Landmark) -> tuple[str, ...]:
    """The head-noun classes a building landmark answers to (its name says so: "Ministry of Planning")."""
    if landmark.kind != "building":
        return ()
    name = landmark.name.lower()
    return tuple(head for head in _HEAD_CLASSES if head in name)


# "there" after a verb of a crowd or of an act at a place ("held a mass prayer there", "marched there from al-Jadriya",
# "gathered there again"): the place named last before it; not the existential "there" ("there were no casualties",
# "there is", "there has been"), which no such verb governs.
_THERE = re.compile(
    r"\b(?:held|hold|holds|gathered|gather|marched|rallied|camped|prayed|staged|protested|demonstrated|stayed|remained|"
    r"arrived|returned|went|headed|assembled|massed|landed|fell|struck|exploded|clashed)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?P<there>there)\b(?!\s+(?:is|are|was|were|has|have|had|will|would|be)\b)"
    # "there" after any other word of the clause, not existential (no verb after it: "were shot dead there by
    # gunmen", "opened fire on the crowd there, killing two"; not "there were no casualties", "from there")
    r"|(?<![.!?;:\n])(?<!\bfrom\s)(?<!\bthan\s)(?<!\bover\s)(?<!\bout\s)(?<!\bup\s)(?<=[\w,’']\s)"
    r"(?P<there2>there)\b(?!['’]s)(?!\s+(?:is|are|was|were|has|have|had|will|would|be|been|being|seems?|seemed|"
    r"appears?|appeared|remains?|remained|exists?|existed|may|might|could|should|must|can|cannot|isn['’]t|aren['’]t|"
    r"wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|hadn['’]t|won['’]t|wouldn['’]t)\b)"
    # the place of the event referred back to by a noun of place ("wounded at the scene", "joined them at the site",
    # "في المكان", "في موقع الحادث", "إلى الموقع ذاته"): the last place told, as "there" is
    r"|\b(?:at|to|on|near|around|from)\s+(?P<site>the\s+(?:same\s+)?(?:site|scene))\b(?!\s+of\b)"
    r"|(?<![\u0621-\u064a])(?:في|إلى|الى|عند|من|قرب)\s+(?P<site_ar>(?:ال)?(?:موقع|مكان)(?:\s+(?:الحادث|الانفجار|"
    r"الهجوم|الحادثة))?)(?![\u0621-\u064a])"
    # and the locative "هناك" after the clause's words, a pause or a time or cause after it ("قتل اثنان منهم هناك ليلة
    # الاثنين"; not the existential "هناك إصابات", "كان هناك", "هناك من")
    r"|(?<=[\u0621-\u064a]\s)(?<!كان\s)(?<!يكن\s)(?<!ليس\s)(?<!ثمة\s)(?<!كانت\s)(?<!يكون\s)(?<!تكون\s)"
    r"(?P<there_ar>هناك)(?=\s*[،,.؛]|\s+(?:منذ|مساء|صباح|ليل|ليلة|يوم|أمس|اليوم|فجر|ظهر|عصر|برصاص|بعد|قبل|خلال|"
    r"حتى|أيضا|أيضاً|ايضا)(?![\u0621-\u064a]))"
    # a word of place governing "it" or an attached pronoun ("A bomb exploded near it an hour later", "outside it",
    # "وانفجرت قنبلة صوتية قربها", "أمامه", "بالقرب منه"): the place told before, as "there" is (not "into
    # it", a crowd; not "حوله", about it; not "inside it", "بداخلها", often a vehicle's or a launcher's inside)
    r"|\b(?P<it_rel>near|outside|in\s+front\s+of|behind|next\s+to|close\s+to|beside)\s+(?P<it>it)\b(?!['’])"
    r"|(?<![\u0621-\u064a])[وف]?(?P<it_rel_ar>(?:ب|في\s+)?(?:قرب|أمام|امام|خلف|جانب|محيط)|بالقرب\s+|على\s+مقربة\s+)"
    r"(?P<it_ar>(?<=\s)منها|(?<=\s)منه|(?<!\s)ها|(?<!\s)ه)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_THERE_HINTS = ("there", "There", "site", "scene", "موقع", "مكان", "هناك", " it", "قرب", "أمام", "امام", "خلف", "جانب",
                "محيط", "مقربة")  # fmt: skip
_IT_RELATIONS = {"outside": "outside"}
# The existential "there" opening the clause before another "there" ("There were no casualties there"): that one
# names nothing either.
_EXISTENTIAL_BEFORE = re.compile(r"\bthere\s+(?:is|are|was|were|has|have|had)\b[^.;:!?\n]*$", re.IGNORECASE)


# A place told in the sentence of "there" by a noun of place the gazetteer has no name for ("in the parliament's
# gardens", "at a protest camp"): "there" refers to it, not to a landmark told before.
_OWN_PLACE_NOUN = re.compile(
    r"\b(?:in|at|inside|outside|near|into)\s+(?:the|a|an|their|its|his|her)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:gardens?|camp|street|road|building|area|yard|courtyard|compound|tents?|hall|park|market|district|"
    r"neighbou?rhood|square|mosque|house|home|office|headquarters|village|town|city)\b",
    re.IGNORECASE,
)


_SENTENCE_BACK = 1500  # characters looked back for a sentence's start (the pipeline's cap on a sentence)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (after the last ". " or line break before it; 0 at the text's start)."""
    if at <= 0:
        return 0
    lo = max(0, at - _SENTENCE_BACK)  # (no sentence is read longer: a bounded look back, linear on any text)
    return max(text.rfind(". ", lo, at) + 2, text.rfind("\n", lo, at) + 1, lo)


# The people who tell of the event, told by where they are ("a security source there", "a medic at the scene",
# "مصدر أمني هناك", "شهود عيان في المكان"): who speaks, not where an event was.
_PEOPLE_THERE = re.compile(
    r"\b(?:sources?|officials?|witness(?:es)?|residents|correspondents?|reporters?|medics?|doctors?|journalists?|"
    r"paramedics?|police(?:man|men)?|officers?)\s+(?:[\w'’-]+\s+){0,1}$"
    r"|(?<![\u0621-\u064a])(?:مصدر|مصادر|مسؤول|مسؤولون|شهود|شاهد|مراسل|سكان|طبيب|مسعف)[\u0621-\u064a]*"
    r"(?:\s+[\u0621-\u064a]+){0,2}\s+$",
    re.IGNORECASE,
)
_GATE_WORDS = ("gate", "Gate", "checkpoint", "Checkpoint", "بوابة")
_THERE_REACH = 300  # the place a "there" refers to is named at most this many characters before it


def _there_parts() -> list[tuple[tuple[str, ...], re.Pattern[str]]]:
    """``_THERE``'s alternatives in order, each with the words one of which every match of it holds (lower case)."""
    parts: list[tuple[tuple[str, ...], re.Pattern[str]]] = []
    for alt in _top_level_alternatives(_THERE.pattern):
        hints = next((words for piece, words in _THERE_PART_HINTS.items() if piece in alt), ("",))
        parts.append((hints, first_char_guard(re.compile(alt, _THERE.flags))))
    return parts


# The words each of ``_THERE``'s alternatives needs, by its group's name: a part none of whose words a report holds
# is not searched (most reports hold "it" or "قرب", few hold "there", "scene" or "هناك").
_THERE_PART_HINTS: dict[str, tuple[str, ...]] = {
    "P<there>": ("there",), "P<there2>": ("there",), "P<site>": ("site", "scene"), "P<site_ar>": ("موقع", "مكان"),
    "P<there_ar>": ("هناك",), "P<it_rel>": ("it",), "P<it_rel_ar>": ("",),
}  # fmt: skip


def _there_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_THERE`` in ``text`` in order, each alternative searched only where its words are.

    As one search of the whole pattern would: at a position the first alternative that matches there wins, and the
    search goes on after its match.
    """
    low = text.lower()
    found = sorted(
        (
            (m.start(), i, m)
            for i, (hints, part) in enumerate(_THERE_PARTS)
            if any(h in low for h in hints)
            for m in part.finditer(text)
        ),
        key=lambda f: (f[0], f[1]),
    )
    out: list[re.Match[str]] = []
    for _, _, m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def _with_there(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """Add "there" (``_THERE``) as a mention of the last landmark named before it, within reach (not the city-wide
    area: "there" after "in Baghdad" says nothing more)."""
    extra: list[PlaceMention] = []
    starts = [m.start for m in named]
    ends = [m.end for m in named]
    for match in _there_matches(text):
        group = match.lastgroup or "there"
        if group in ("it_rel", "it_rel_ar"):
            group = group.replace("_rel", "")
        a, b = match.span(group)
        # (the places within reach before it: a window of the sorted mentions, not all of them)
        told = named[bisect_left(ends, a - _THERE_REACH) : bisect_left(starts, a)]
        if group != "there":
            # ("there" after any word, "at the scene", "هناك"): not a place named already, nor where the people who
            # tell of it are, nor a "there" in a clause opened by the existential one ("There were no casualties
            # there"); a named place the gazetteer lacks, told last, is what it refers to (no landmark); and the
            # place is told in its sentence or the one before
            if _overlaps(named, starts, a, b) or _PEOPLE_THERE.search(text, max(0, match.start() - 40), match.start()):
                continue
            if group == "there2" and _EXISTENTIAL_BEFORE.search(text, max(0, a - 60), a):
                continue
            if not told or told[-1].unknown or told[-1].start < _sentence_start(text, _sentence_start(text, a) - 1):
                continue
            if _OWN_PLACE_NOUN.search(text, max(told[-1].end, _sentence_start(text, a)), a):
                continue  # "camped in the parliament's gardens, holding Friday prayers there": the gardens
        before = [m for m in told if not m.unknown and specificity(m.landmark)[0] < 3]
        if not before:
            continue
        # the places of the sentence that named the last one, the most specific first ("a sit-in at the entrance of
        # the suspended bridge leading to the Green Zone ... marched there": the bridge, not the area it leads to),
        # of those where its event was when it has some ("tried to cross the Jumhuriya Bridge from Tahrir Square":
        # the bridge; "the rounds were fired from Jadriya ... found the launch position there": Jadriya)
        stop = max(text.rfind(". ", 0, before[-1].start), text.rfind("\n", 0, before[-1].start))
        last = [m for m in before if m.start > stop]
        own = [m for m in last if m.role == EVENT] if group != "there" else last
        target = min(own or last, key=lambda m: specificity(m.landmark)[0]).landmark
        relation = "at"
        if group in ("it", "it_ar"):  # the word of place before the pronoun says how ("near it", "داخلها")
            word = match.group("it_rel" if group == "it" else "it_rel_ar").lower().split()[-1].removeprefix("ب")
            relation = _IT_RELATIONS.get(word, "near")
        extra.append(PlaceMention(target, (target,), a, b, relation, 1, source=text))
    return sorted(named + extra, key=lambda m: m.start) if extra else named


_THERE_PARTS = _there_parts()


# A gate or checkpoint located by a landmark right after it: the landmark is only its reference point.
_REFERENCE_POINT_BEFORE = re.compile(
    r"\b(?:checkpoints?|gates?|entrances?)\s+(?:near|by|beside|next\s+to|facing|opposite)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _unnamed_building_district(text: str, named: list[PlaceMention], starts: list[int], start: int) -> Landmark | None:
    """The district of the last building told without a name before ``start`` ("the Baghdad offices of the KDP are
    in Karrada. ... stormed the building": Karrada), or None.

    The building's noun (``_UNNAMED_BUILDING``) stands at most :data:`_UNNAMED_BACK` characters before ``start``; a
    district the text names after it, in its sentence and within :data:`_UNNAMED_IN_REACH` characters, is where it
    stands (a building the gazetteer lacks falls back to the district the text puts it in).
    """
    lo = max(0, start - _UNNAMED_BACK)
    nouns = list(_UNNAMED_BUILDING.finditer(text, lo, start))
    for noun in reversed(nouns):  # (``starts`` of the sorted mentions: those after a noun found by bisection)
        for mention in named[bisect_left(starts, noun.end()) :]:
            if mention.start - noun.end() > _UNNAMED_IN_REACH or mention.start >= start:
                break
            if mention.landmark.kind == "district" and not _SENTENCE_END.search(text, noun.end(), mention.start):
                return mention.landmark
    return None


def _with_anaphora(text: str, named: list[PlaceMention], index: LandmarkIndex) -> list[PlaceMention]:
    """Add "the bridge"-style references to the last landmark of that kind named before them.

    One sweep: the mentions are in text order, so the last landmark of each kind before a reference is
    kept up to date as the references are met.
    """
    starts = [m.start for m in named]
    last: dict[str, tuple[int, Landmark]] = {}  # kind -> (position in named, landmark) of the last one passed
    first_of_kind: dict[str, int] = {}  # kind -> position in named of the first one passed
    passed = 0
    extra: list[PlaceMention] = []
    parts = [m for a, b in _hint_ranges(_PART_HINTS, text, 3, 40) for m in _PART.finditer(text, a, b)]
    matches: Iterable[re.Match[str]] = _ANAPHORA.finditer(text)
    if parts:
        matches = sorted([*matches, *parts], key=lambda m: m.start())
    for match in matches:
        while passed < len(named) and named[passed].end <= match.start():
            if named[passed].landmark.kind == "gate" or not _REFERENCE_POINT_BEFORE.search(
                text, max(0, named[passed].start - 40), named[passed].start
            ):
                # (a landmark named only to say where a gate is, "the checkpoint near the planning ministry", is no
                # antecedent of "the building": the place told is the checkpoint; read as that gate, it is one)
                last[named[passed].landmark.kind] = (passed, named[passed].landmark)
                first_of_kind.setdefault(named[passed].landmark.kind, passed)
                for head in _heads_of(named[passed].landmark):
                    last[head] = (passed, named[passed].landmark)
                    first_of_kind.setdefault(head, passed)
            passed += 1
        if _overlaps(named, starts, match.start(), match.end()):
            continue
        if (
            match.lastgroup
            and match.lastgroup.endswith("_ar")
            and _AR_ADJECTIVE.match(text, match.end(), match.end() + _LOOK_AHEAD)
        ):
            continue  # "السفارة السويدية": another embassy, not the one named before
        group = (match.lastgroup or "").removesuffix("_ar")
        if group == "building":
            word = match.group(match.lastgroup or "").lower()
            head = _HEAD_WORDS.get(word, word if word in _HEAD_CLASSES else "")
            if head:
                group = head if head != "ministry" else group
        before = [last[kind] for kind in _ANAPHORA_KINDS.get(group, ()) if kind in last]
        same = "same" in match.re.groupindex and match.group("same") is not None
        if before and (same or _SAME_AFTER.match(text, match.end(), match.end() + _LOOK_AHEAD)):
            # "الساحة نفسها", "الجسر ذاته", "the same square": the same place as the news', the first of that kind the
            # text named, not the last one a call or a comparison named since
            kinds = [kind for kind in _ANAPHORA_KINDS.get(group, ()) if kind in first_of_kind]
            target = named[min(first_of_kind[kind] for kind in kinds)].landmark
        elif before:
            at, target = max(before, key=lambda found: found[0])
            if _building_word(match) and _unnamed_between(text, named[at].end, match.start()):
                # "the party's office in Karrada ... the building": the office, not the landmark before; in the
                # district it was told in, when one
                district = _unnamed_building_district(text, named, starts, match.start())
                if district is None:
                    continue
                target = district
        elif group == "perimeter" and len(index.perimeters) == 1:
            target = index.perimeters[0]
        elif _building_word(match) and (district := _unnamed_building_district(text, named, starts, match.start())):
            target = district  # "the KDP's offices are in Karrada. ... stormed the building": Karrada
        else:
            continue
        if target.kind == "bridge_end" and group in ("bridge", "its") and target.related_id in index.landmarks:
            target = index.landmarks[target.related_id]
        if group == "its":
            side = _bridge_end(text, match.start(), match.end(), target, index) if target.kind == "bridge" else None
            if side is None:
                continue  # "its eastern side" of no end of that bridge: not the bridge
            target = side
        if target.kind == "bridge":  # "the Karkh side of the bridge": that end
            target = (
                _bridge_end(text, match.start(), match.end(), target, index)
                or _end_by_square(text, match.end(), target, last.get("square"), index)
                or target
            )
        extra.append(
            PlaceMention(
                target, (target,), match.start(), match.end(), _relation(text, match.start(), target), 1, source=text
            )
        )
    return sorted(named + extra, key=lambda m: m.start)


def _building_word(match: re.Match[str]) -> bool:
    """Whether an anaphora match is the plain noun "the building" / "المبنى" (any building, named or not)."""
    group = match.lastgroup
    return (group == "building" and match.group(group).lower() in ("building", "compound")) or (
        group == "building_ar" and match.group(group) in ("مبنى", "مجمع")
    )


def _unnamed_between(text: str, start: int, end: int) -> bool:
    """Whether a building told without a name (``_UNNAMED_BUILDING``) stands in ``text[start:end]``; not the head
    noun right after the landmark named at ``start`` ("the U.S. Embassy compound ... inside the compound": the
    embassy's own compound)."""
    found = _UNNAMED_BUILDING.search(text, start, end)
    if found is not None and not text[start : found.start()].strip():
        found = _UNNAMED_BUILDING.search(text, found.end(), end)
    return found is not None


# A bridge told by the two places it links, without its name ("the bridge linking Tahrir Square to the Green
# Zone", "the bridge that connects Karrada with the zone", "الجسر الذي يربط ساحة التحرير بالمنطقة الخضراء"): the
# bridge whose two ends stand at those places.
_LINK_HINTS = ("linking", "connecting", "joining", "links", "connects", "joins", "يربط", "الرابط", "الواصل")
_DESCRIBED_BRIDGE = re.compile(
    r"\b(?:the|a)\s+(?:(?:main|vital|key|strategic|nearby|busy|famous|historic|two-storey|double-decker)\s+)?"
    r"(?P<bridge>bridge)(?:\s+over\s+the\s+(?:river\s+)?(?:tigris\s+)?(?:river\s+)?)?,?\s+(?:that\s+|which\s+)?"
    r"(?:linking|connecting|joining|links|connects|joins)\s+(?:the\s+)?"
    r"|(?<![\u0621-\u064a])(?P<bridge_ar>الجسر)\s+(?:الذي\s+)?(?:يربط|الرابط|الواصل)\s+(?:بين\s+)?",
    re.IGNORECASE,
)
_LINK_BETWEEN = re.compile(r"^\s*(?:(?:to|and|with)\s+(?:the\s+)?|و|ب|مع\s+)?$", re.IGNORECASE)
_LINK_FIT_M = 800.0  # each place at most this far beyond its end
_LINK_MARGIN_M = 200.0  # and the next bridge fits at least this much worse


_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def _end_gap(place: Landmark, end: Landmark, index: LandmarkIndex) -> float:
    """Metres from a place's point to a bridge end; 0 for the perimeter on the end's side and
    for a place whose name is a side word of the end ("Karrada" and the "Karrada/Jadriya end")."""
    if any(tok.key in index.end_words.get(end.landmark_id, ()) for tok in tokenize(_PARENTHESES.sub("", place.name))):
        return 0.0
    if place.kind == "perimeter" and end.side == place.landmark_id:
        return 0.0
    return _distance_m(place, end)


def _linking_bridge(a: Landmark, b: Landmark, index: LandmarkIndex) -> Landmark | None:
    """The bridge whose two ends stand at ``a`` and ``b``, when one fits clearly better than any other."""
    costs: list[tuple[float, str]] = []
    for bridge_id in {lm.related_id for lm in index.landmarks.values() if lm.kind == "bridge_end"}:
        ends = [lm for lm in index.landmarks.values() if lm.kind == "bridge_end" and lm.related_id == bridge_id]
        if len(ends) != 2 or bridge_id not in index.landmarks:
            continue
        e1, e2 = ends
        gap = {(p.landmark_id, e.landmark_id): _end_gap(p, e, index) for p in (a, b) for e in (e1, e2)}
        cost = min(
            gap[a.landmark_id, e1.landmark_id] + gap[b.landmark_id, e2.landmark_id],
            gap[a.landmark_id, e2.landmark_id] + gap[b.landmark_id, e1.landmark_id],
        )
        costs.append((cost, bridge_id))
    costs.sort()
    if not costs or costs[0][0] > _LINK_FIT_M or (len(costs) > 1 and costs[1][0] - costs[0][0] < _LINK_MARGIN_M):
        return None
    return index.landmarks[costs[0][1]]


def _with_described_bridges(text: str, named: list[PlaceMention], index: LandmarkIndex) -> list[PlaceMention]:
    """Add the bridge told only by the two places it links (see :data:`_DESCRIBED_BRIDGE`)."""
    starts = [m.start for m in named]
    extra: list[PlaceMention] = []
    for match in _DESCRIBED_BRIDGE.finditer(text):
        group = "bridge" if match.group("bridge") else "bridge_ar"
        b_start, b_end = match.span(group)
        if _overlaps(named, starts, b_start, b_end):
            continue
        after = [m for m in named if match.end() <= m.start <= match.end() + 3]
        if not after:
            continue
        first = after[0]
        second = next((m for m in named if m.start >= first.end and m.start - first.end <= 12), None)
        if second is None or not _LINK_BETWEEN.match(text[first.end : second.start]):
            continue
        bridge = _linking_bridge(first.landmark, second.landmark, index)
        if bridge is not None:
            rel = _relation(text, b_start, bridge)
            extra.append(PlaceMention(bridge, (bridge,), b_start, b_end, rel, 1, source=text))
    return sorted(named + extra, key=lambda m: m.start) if extra else named


def _without_described_elsewhere(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """Leave out a landmark told by a description, not a name, that another city owns ("the diplomatic quarter of
    Erbil", "Erbil's diplomatic quarter", "the prime minister's office in Basra"): a description in lower case
    is the landmark only in Baghdad.
    """
    described = [m for m in named if m.n_words > 1 and text[m.start : m.end].islower()]
    if not described:
        return named
    # another city within a few words before ("Erbil's") or after ("of Erbil", "in the northern city of Erbil")
    drop = [m for m in described if find_elsewhere(text[max(0, m.start - 20) : m.end + 30])]
    return [m for m in named if all(m is not d for d in drop)] if drop else named


_GATE_AFTER = re.compile(r"\s+(?:checkpoint|gate|entrance)\b", re.IGNORECASE)


# An area's entrance told by the bridge it stands at: the entrance word, the area (a zone's name), then a word
# of side or place right before the bridge's name ("مدخل المنطقة الخضراء من جهة جسر الجمهورية", "بوابة الخضراء
# عند الجسر المعلق"): the side word says where the entrance is, not which end of the bridge.
_ZONE_GATE_HINTS = ("مدخل", "مداخل", "بوابة", "بوابات", "سيطرة", "منفذ")
_ZONE_GATE_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])[وبل]?(?:مدخل|مداخل|بوابة|بوابات|سيطرة|منفذ)\s+(?:\S+\s+){0,2}?"
    r"(?:ال)?(?:منطقة|المنطقة|خضراء|خضرا|الخضراء|الخضرا|الدولية)(?:\s+\S+){0,2}?\s+"
    r"(?:من\s+(?:جهة|جانب|ناحية)|عند|قرب|على|بالقرب\s+من|المطلة?\s+على|المحاذية?\s+ل)\s+(?:ال)?$"
)


# An Arabic gate word heading the bridge's name in a construct ("سيطرة المعلق", "بوابة جسر 14 تموز", "عند مدخل
# الجسر المعلق"): the gate of that bridge.
_GATE_HEAD_AR = re.compile(r"(?<![\u0621-\u064a])[وبل]?(?:سيطرة|بوابة|مدخل|منفذ)\s+$")
# The English construct: a gate word governing the bridge by "of" ("near the gate of the suspension bridge", "the
# checkpoint of the Republic Bridge"); not "the entrance to the bridge" (either end of it).
_GATE_HEAD_EN = re.compile(r"\b(?:gate|checkpoint)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _gate_before_bridge(text: str, start: int, bridge: Landmark, index: LandmarkIndex) -> Landmark | None:
    """The bridge's gate when a gate word heads its name (``_GATE_HEAD_AR``, ``_GATE_HEAD_EN``): the one gate of the
    bridge standing at it (within ``_GATE_AT_BRIDGE_M``); the caller reads the end a side cue names (``_gate_side``)."""
    if not (
        _GATE_HEAD_AR.search(text, max(0, start - 12), start) or _GATE_HEAD_EN.search(text, max(0, start - 20), start)
    ):
        return None
    gates = [
        g for g in index.gates if g.related_id == bridge.landmark_id and _distance_m(g, bridge) <= _GATE_AT_BRIDGE_M
    ]
    return gates[0] if len(gates) == 1 else None


def _zone_gate_before(text: str, start: int) -> bool:
    """Whether an area's entrance is told just before ``start`` by the bridge named there (``_ZONE_GATE_BEFORE``)."""
    lo = max(0, start - 70)
    return holds_any(text[lo:start], _ZONE_GATE_HINTS) and _ZONE_GATE_BEFORE.search(text, lo, start) is not None


def _bridge_gate(text: str, end: int, bridge: Landmark, index: LandmarkIndex) -> Landmark | None:
    """The gate a bridge's name qualifies ("the suspension bridge checkpoint"), when the bridge has one gate."""
    if not _GATE_AFTER.match(text, end, end + 20):
        return None
    gates = [lm for lm in index.gates if lm.related_id == bridge.landmark_id]
    return gates[0] if len(gates) == 1 else None


# An Arabic side noun governing the bridge itself ("المدخل الرئيسي للمنطقة من جهة الجسر", "من جانب جسر الجمهورية"):
# the bridge is the direction something else stands in, its side word names no end of it (the side place of an end
# follows the side noun: "جسر الجمهورية من جهة التحرير").
_SIDE_OF_BRIDGE_AR = re.compile(r"(?<![\u0621-\u064a])(?:من\s+)?[وب]?(?:جهة|جانب|ناحية)\s+$")


# What a bridge leads to, told between its name and its side ("عند مدخل جسر الجمهورية المؤدي إلى المنطقة الخضراء، من
# جهة ساحة التحرير", "at the entrance of the Jumhuriya Bridge, which leads to the Green Zone, on the Tahrir side"):
# a description of the bridge; the side after it is the bridge's.
_LEADING_TO = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:leading|which\s+leads|that\s+leads)\s+(?:in)?to\s+[^,.;:\n]{1,40},"
    r"|[ \t]+(?:ال)?(?:مؤدي|مؤدية|موصل|موصلة)\s+(?:إلى|الى)\s+[^،,.؛:\n]{1,40}[،,]",
    re.IGNORECASE,
)


def leading_to_end(text: str, end: int) -> int:
    """The end of a description of what the bridge named before ``end`` leads to (``_LEADING_TO``), else ``end``."""
    found = _LEADING_TO.match(text, end)
    return found.end() if found else end


def _bridge_end(text: str, start: int, end: int, bridge: Landmark, index: LandmarkIndex) -> Landmark | None:
    """The bridge end named around a bridge mention ("the Tahrir side of the Jumhuriya Bridge")."""
    end = leading_to_end(text, end)
    lo, hi = max(0, start - 45), min(len(text), end + 45)
    if not _SIDE_CUE.search(text, lo, hi) or _SIDE_OF_BRIDGE_AR.search(text, lo, start):
        return None
    before = [tok.key for tok in tokenize(text[lo:start])]
    after: list[str] = []
    for tok in tokenize(text[end:hi]):
        if tok.key in _HEADING:  # "... من جانب الرصافة، محاولين العبور نحو المنطقة الخضراء": where they headed
            break
        after.append(tok.key)
    own = bridge.landmark_id
    ends = [lid for lid in index.end_words if index.landmarks[lid].related_id == own]
    # The side word nearest the bridge's name tells its end; a side name of two words ("كرادة مريم") before
    # its first word alone ("الكرادة").
    words = [*before, *after]
    for i in (k for pair in zip_longest(range(len(before) - 1, -1, -1), range(len(before), len(words))) for k in pair):
        if i is None:
            continue
        pair_key = " ".join(words[i : i + 2])
        found = next((lid for lid in ends if pair_key in index.end_phrases.get(lid, ())), None)
        found = found or next((lid for lid in ends if words[i] in index.end_words[lid]), None)
        if found is not None:
            return index.landmarks[found]
    return None


# A side told by the square named before, referred back to ("عند مدخل الجسر من جهة الساحة", "at the end of the bridge
# on the square's side"): the bridge's end at that square.
_SIDE_OF_THE_SQUARE = re.compile(
    r"\s+(?:on\s+)?(?:the\s+)?square['’]s\s+side\b|\s+(?:on\s+)?the\s+side\s+of\s+the\s+square\b"
    r"|\s+(?:من\s+)?(?:جهة|جانب|ناحية)\s+الساحة(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_END_AT_SQUARE_M = 400.0  # an end this close to the square is the square's end of the bridge


def _end_by_square(
    text: str, end: int, bridge: Landmark, square: tuple[int, Landmark] | None, index: LandmarkIndex
) -> Landmark | None:
    """The end of ``bridge`` at the square last named, when the words after the bridge name its side by "the
    square" (``_SIDE_OF_THE_SQUARE``)."""
    if square is None or not _SIDE_OF_THE_SQUARE.match(text, end, end + 40):
        return None
    ends = [index.landmarks[lid] for lid in index.end_words if index.landmarks[lid].related_id == bridge.landmark_id]
    if not ends:
        return None
    nearest = min(ends, key=lambda lm: _distance_m(lm, square[1]))
    return nearest if _distance_m(nearest, square[1]) <= _END_AT_SQUARE_M else None


def _gate_side(text: str, start: int, end: int, gate: Landmark, index: LandmarkIndex) -> Landmark:
    """The bridge end a bridge's gate is named from, when it is the other end ("مدخل الجسر المعلق من جهة الجادرية").

    A bridge's gate stands at one end (the end nearest it); a side cue naming another end places the
    mention there.
    """
    bridge = index.landmarks.get(gate.related_id or "")
    if bridge is None or bridge.kind != "bridge":
        return gate
    side = _bridge_end(text, start, end, bridge, index)
    if side is None:
        return gate
    ends = [index.landmarks[lid] for lid in index.end_words if index.landmarks[lid].related_id == bridge.landmark_id]
    own = min(ends, key=lambda lm: _distance_m(lm, gate))
    return gate if side.landmark_id == own.landmark_id else side


def place_precision(landmark: Landmark, relation: str) -> tuple[int, float]:
    """Return ``(geo_precision, uncertainty_m)`` for a landmark named with a relation.

    ACLED's codes: 1 the place itself; 2 near it, or part of a larger area; 3 only a city-wide area.
    The radius is at least the landmark's own position uncertainty (and, for areas, the distance from
    its point to its farthest vertex), widened to the code's default radius when the relation is vague.
    """
    rank = specificity(landmark)[0]
    own = max(landmark.position_uncertainty_m, landmark.radius_m)
    if rank >= 3:
        return 3, max(own, GEO_PRECISION_UNCERTAINTY_M[3])
    if rank == 2 or relation in ("near", "towards", "outside"):
        return 2, max(own, GEO_PRECISION_UNCERTAINTY_M[2] if rank == 2 else GEO_PRECISION_UNCERTAINTY_M[1] * 4)
    return 1, own


def resolve_sit_in(
    day: date | None,
    context: str,
    *,
    gazetteer: GazetteerLike = None,
    named: tuple[Landmark, ...] = (),
    places: list[PlaceMention] | None = None,
) -> Landmark | None:
    """Return the sit-in site the gazetteer knows for ``day``, best matching the context words.

    Parameters
    ----------
    day
        The event date; None gives None (a sit-in site cannot be chosen without a date).
    context
        The sentence (or report) describing the sit-in; words shared with a site's names, or naming
        the landmark it is related to, break ties between sites active the same day.
    gazetteer
        A gazetteer frame or file; ``None`` uses the bundled one.
    named
        Sit-in sites already named by an alias in the text (they are preferred when active).
    places
        The places named in ``context``, when the caller has found them already.
    """
    if day is None:
        return None
    index = landmark_index(gazetteer)
    if places is None:
        places = find_places(context, gazetteer=gazetteer)
    related_named = {m.landmark.landmark_id for m in places if m.role == EVENT}
    active = [lm for lm in named if lm.kind == "sit_in" and lm.active_on(day)]
    on_day = index.sit_ins_on(day)
    # The place a site is at, named in the sentence ("moved their tents to the Planning gate"), outweighs a
    # name of the people holding another site ("those rejecting the election results").
    at_named = [lm for lm in on_day if lm.related_id in related_named]
    if at_named and not any(lm.related_id in related_named for lm in active):
        active = at_named
    if not active:
        active = list(on_day)
    if not active:
        return None
    if len(active) == 1:
        return active[0]
    words = {tok.key for tok in tokenize(context)}

    def score(lm: Landmark) -> tuple[int, date]:
        s = len(set(phrase_key(lm.name)) & words)
        if lm.related_id and lm.related_id in related_named:
            s += 2
        return s, lm.valid_from or date.min

    return max(active, key=score)
