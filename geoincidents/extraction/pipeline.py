"""From report text to incidents: dated, located, attributed events with their evidence.

:func:`extract_incidents` reads one report as a pipeline of named steps, each applying named rules
(:mod:`geoincidents.extraction.rules`; every rule is described in ``docs/extraction.md``):

1. scan the whole text once: places (:mod:`~geoincidents.extraction.geocoding`), actors
   (:mod:`~geoincidents.extraction.actors`), dates (:mod:`~geoincidents.extraction.dates`), other cities;
2. cut it into sentences and clauses (:mod:`~geoincidents.extraction.rules.segment`);
3. for every clause with event words (:mod:`~geoincidents.extraction.events`): its date
   (:mod:`~.rules.timing`), whether it is background, ongoing, planned or elsewhere
   (:mod:`~.rules.background`, :mod:`~.rules.places`), its place (:mod:`~.rules.places`), its counts
   (:mod:`~.rules.casualties`): an event candidate;
4. merge the candidates that describe the same event (same day and kind, places that contain one
   another) into one incident at the most specific place, as ACLED codes one event per day per place
   (:mod:`~.rules.merging`);
5. write each incident as a row with its confidence (:mod:`~.rules.confidence`), its actors
   (:mod:`~.rules.actors`) and its rule trail (``extraction_rules``).

:func:`extract_many` runs over many reports and merges the incidents that several reports describe
(same day, landmark and event type) into one row with ``n_sources`` and every source kept.
"""

from __future__ import annotations

import itertools
import logging
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

import geopandas as gpd
import pandas as pd

from geoincidents import ids
from geoincidents.errors import InputLimitError
from geoincidents.extraction._phrases import first_char_guard, tokenize
from geoincidents.extraction.actors import ActorMention, find_actors
from geoincidents.extraction.dates import DateMention, as_date, find_dates, resolve_date
from geoincidents.extraction.events import (
    Casualties,
    Force,
    Trigger,
    claimed_by_next,
    classify,
    find_casualties,
    find_force,
    find_triggers,
    munition_fate,
)
from geoincidents.extraction.geocoding import (
    PlaceMention,
    find_elsewhere,
    find_places,
    landmark_index,
    place_precision,
    specificity,
)
from geoincidents.extraction.place_roles import EVENT, NEGATED
from geoincidents.extraction.rules import rule
from geoincidents.extraction.rules.actors import actors_for, parties
from geoincidents.extraction.rules.background import (
    BACKGROUND_DAYS,
    SentenceFlags,
    aside_spans,
    background_reason,
    future_clause_spans,
    is_continuing,
    old_date_spans,
    ongoing_spans,
    recalls_earlier,
    referred_event_span,
    sentence_flags,
)
from geoincidents.extraction.rules.candidate import Candidate, Scan, SentenceDate, inside_any, spans_within, within
from geoincidents.extraction.rules.casualties import (
    LooseCounts,
    clause_counts,
    excessive_force,
    hand_over,
    of_whole_attack,
    other_one_counts,
    sentence_counts,
    shared_nones,
    summary_of_part,
    told_elsewhere,
    whole_attack,
)
from geoincidents.extraction.rules.confidence import confidence
from geoincidents.extraction.rules.crowd_victims import (
    crowd_victims,
    loaded_weapons,
    victim_force,
    without_crowd_victims,
)
from geoincidents.extraction.rules.mentions import (
    crowd_force,
    fold_mentions,
    has_own_ground,
    is_destination,
    is_mention,
    moved_place,
    part_of_crowd,
)
from geoincidents.extraction.rules.merging import (
    SUB_RANK,
    drop_lone_measures,
    fold_aimed,
    fold_attempts,
    fold_clash_fire,
    fold_clashes,
    fold_context,
    fold_crowd_killings,
    merge_headline,
    settle_riots,
)
from geoincidents.extraction.rules.places import (
    OWN_PREMISES,
    ElsewhereTracker,
    SentencePlaces,
    clause_places,
    interception_place,
    interception_relation,
    moved_on_opens,
    person_post,
    pick_place,
    placed_elsewhere,
    resolve_place,
    settle_place,
    split_at_places,
    told_next_place,
    widest_place,
)
from geoincidents.extraction.rules.scope import (
    cause_after_spans,
    joined,
    old_event_date,
    old_named_events,
    refers_back,
    subordinate_dates,
)
from geoincidents.extraction.rules.segment import (
    dateline_end,
    first_of_count_en,
    headline_end,
    is_distinct_item,
    is_next_item_ar,
    is_separate,
    is_separate_crowd,
    opens_apart,
    opens_as_next_item_en,
    rest_of_count,
    split_by_family,
    split_clauses,
    split_distributive,
    split_sentences,
)
from geoincidents.extraction.rules.timing import DateCarry, is_aside, of_elsewhere_relative, redate_reported
from geoincidents.gazetteer.model import GazetteerLike, as_gazetteer, held
from geoincidents.schema import coerce_incidents

__all__ = [
    "BACKGROUND_DAYS",
    "MAX_TEXT_CHARS",
    "RULES_COLUMN",
    "Report",
    "check_text_length",
    "extract_incidents",
    "extract_many",
]

MAX_TEXT_CHARS = 6_000_000
"""The longest report text extraction reads (characters: about 6 MB of English, 11 MB of Arabic in UTF-8).

Extraction time grows in proportion to the text's length (a few seconds per million characters); a longer
text is refused with :class:`geoincidents.errors.InputLimitError` before any work is done."""

RULES_COLUMN = "extraction_rules"
"""The column holding each row's rule trail: rule ids of :data:`geoincidents.extraction.rules.RULES`,
``"; "``-separated, in the order they applied."""


@dataclass
class Report:
    """One report: its text and what is known about it (publication date, outlet, identifier)."""

    text: str
    published: date | None = None
    source: str | None = None
    report_id: str | None = None


_EXPLOSIONS = "Explosions/Remote violence"
_IMPACT = first_char_guard(re.compile(
    # (with the present of headlines and timelines: "A third rocket lands on a house")
    # (the debris of what was brought down falling, "debris fell in an empty lot", is no impact: as events._IMPACT)
    r"(?<!debris\s)(?<!fragments\s)(?<!shrapnel\s)(?<!remnants\s)(?<!wreckage\s)"
    r"\b(?:fell|landed|hit|struck|impacted|crashed|exploded|slammed|falls|lands|hits|strikes|crashes|explodes|slams)\b"
    # (a munition that "came down" somewhere fell there: "One rocket came down in the car park of the hotel")
    r"|\b(?:came|comes|coming)\s+down\b"
    # (a word of its own, also at the start of a clause the search begins at: "، فيما | سقط صاروخان في الساحة")
    r"|(?<!\S)(?:[وفب])?(?:سقط|سقطت|سقطا|سقطتا|يسقط|تسقط|يسقطان|تسقطان|سقوط|انفجر|انفجرت|ينفجر|تنفجر)(?!\S)",
    re.IGNORECASE,
))  # fmt: skip
_NEGATED = re.compile(
    r"(?:\b(?:not|never|no|none|neither|nor)\b|n't|(?<![\u0621-\u064a])(?:لم|لا|ما|دون)(?![\u0621-\u064a]))"
    r"[^.,;،؛]{0,30}$",
    re.IGNORECASE,
)
_TRAIL_UNSAFE = re.compile(r"[;()\s]+")
# "Clashes" with no weapon named: at a protest of the day, the crowd's clash with the police (a riot).
_CLASH = re.compile(r"clash(?:es|ed|ing)?|[وب]?(?:ال)?(?:اشتباك\S*|صدامات|مصادمات|مواجهات)", re.IGNORECASE)
# An air-defence system's name: it tells the interception of that day's attack, not an attack of its own.
_DEFENCE = re.compile(r"C-?RAM|(?:منظومة\s+)?سي\s+رام", re.IGNORECASE)
# "an assassination attempt", "محاولة اغتيال": what an attack was for; the weapon named beside it is the event.
_ATTEMPT = re.compile(r"assassinat\w*|[وب]?(?:ال)?اغتيال\S*", re.IGNORECASE)


# An attack told again by what it hit, in the passive: "The car was hit by a missile", "His convoy was struck by".
_RETOLD = re.compile(
    r"[\s\-–—,\"“]*(?:the|his|her|their|its)\s+(?P<noun>car|vehicle|convoy|motorcade|truck|house|home|office|"
    r"headquarters|building|shop|jeep|pickup|bus)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:hit|struck|targeted|destroyed|blown\s+up|damaged)\s+by\b",
    re.IGNORECASE,
)
# "the clashes", "those confrontations", "الاشتباكات": a clash named as one already told.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|such)\s+$|(?<![\u0621-\u064a])[وفب]?ال$", re.IGNORECASE)


def _definite(text: str, start: int) -> bool:
    """Whether the event word at ``start`` is named with a definite article ("the clashes", "الاشتباكات")."""
    return _DEFINITE_BEFORE.search(text, max(0, start - 8), start) is not None


def _impact(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says where a munition fell or hit ("did not hit", "لم يسقط" say where it did not)."""
    return any(
        not _NEGATED.search(text, max(clause[0], m.start() - 30), m.start()) for m in _IMPACT.finditer(text, *clause)
    )


# A period of several days or hours up to the news ("over the past three days", "in the last 48 hours", "خلال الأيام
# الثلاثة الماضية", "خلال الـ24 ساعة الماضية"): a sentence told over it sums up the events of those days.
_SUMMARY_PERIOD = first_char_guard(re.compile(
    r"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?:two|three|four|five|six|several|few|\d+)\s+)?"
    r"(?:days|hours)\b"
    r"|(?<![\u0621-\u064a])(?:خلال|في|طيلة|طوال)\s+(?:(?:ال)?(?:أيام|ايام|يومين|ساعات)|(?:الـ?\s*)?[0-9\u0660-\u0669]+\s+ساعة)"
    r"(?:\s+(?:ال)?[\u0621-\u064a]+)?\s+(?:ال)?(?:ماضية|أخيرة|اخيرة|منصرمة|فائتة|ماضيين|أخيرين|اخيرين)(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip
_SUMMARY_HINTS = ("past", "last", "previous", "ماضي", "أخير", "اخير", "منصرم", "فائت")


def _summary_of_days(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` tells its events over a period of several days (``_SUMMARY_PERIOD``)."""
    low = text[start:end].lower()
    return any(hint in low for hint in _SUMMARY_HINTS) and _SUMMARY_PERIOD.search(text, start, end) is not None


# A time referring back to the sentence before ("at the time", "at that time", "then", "آنذاك", "في حينه", "وقتها").
# An event told in the pluperfect as what a statement said ("the ministry said it had arrested", "police said that
# they had detained"): a date before the verb of saying dates the statement, not the event.
_SAID_HAD = re.compile(
    r"\b(?:said|says|announced|stated|added|confirmed|reported)\s+(?:that\s+)?(?:it|they|he|she|police|the\s+\w+)\s+"
    r"had\s+(?:(?:already|also|earlier|since)\s+)?$",
    re.IGNORECASE,
)
_SAYING = re.compile(r"\b(?:said|says|announced|stated|added|confirmed|reported)\b", re.IGNORECASE)


def _reported_pluperfect(text: str, triggers: list[Trigger], dating: list[DateMention]) -> bool:
    """Whether the event words are a pluperfect complement of a verb of saying (``_SAID_HAD``) and every date of the
    sentence stands before that verb (the statement's date)."""
    if not dating or not triggers or "had" not in text[max(0, triggers[0].start - 60) : triggers[0].start]:
        return False
    before = text[max(0, triggers[0].start - 60) : triggers[0].start]
    if not _SAID_HAD.search(before):
        return False
    said = None
    for found in _SAYING.finditer(text, max(0, triggers[0].start - 60), triggers[0].start):
        said = found.start()
    return said is not None and all(d.end <= said for d in dating)


# A sentence told apart from the others of its report (after a time stamp or a bullet): "Separately,", "In a separate
# incident,", "وفي حادث منفصل،", "وفي سياق منفصل،".
_AT_THAT_TIME = first_char_guard(re.compile(
    r"\b(?:at\s+the\s+time|at\s+that\s+time|back\s+then)\b|(?<![\u0621-\u064a])(?:آنذاك|انذاك|في\s+حينه|وقتها|حينها)"
    r"(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip
_ONGOING = "a state or a total since an earlier time, no new event"
_REFERENCE = "an event referred to ('came two days after', 'the third attack') or called for, no new event"
_CAUSE = "the cause a protest or an attack answers ('in anger over'), told elsewhere"
_SUBORDINATE = "a phrase describing a noun, dated by its own older date: background, the main clause is the news"
_OLD_CLAUSE = "a clause dated by an older calendar date in a sentence telling the day's news, background"
_FUTURE_CLAUSE = "a clause dated by a time to come in a sentence telling the day's news: planned, no event"


# Munitions told falling outside the perimeter: "fell on residential streets in al-Karkh outside the zone's walls",
# "خارج أسوار المنطقة الخضراء" (merging.fell_outside: apart from those that fell inside it).
_OUTSIDE_ZONE = re.compile(
    r"\boutside\s+(?:the\s+)?(?:(?:Green|International|fortified|heavily\s+fortified)\s+)?(?:zone|Zone)(?:['’]s)?"
    r"(?:\s+(?:walls|perimeter|fences?|gates))?\b|(?<![\u0621-\u064a])خارج\s+(?:(?:أسوار|اسوار|حدود)\s+)?"
    r"(?:ال)?منطقة\s+(?:ال)?خضراء",
    re.IGNORECASE,
)


def _kind_protest(event_type: str) -> bool:
    return event_type in ("Protests", "Riots")


def _event_kind(event_type: str) -> str:
    """A riot is a protest turned violent: one kind of event."""
    return "Protests" if event_type == "Riots" else event_type


def _trigger_rule(triggers: list[Trigger], text: str, event_type: str) -> str:
    """``trigger(family:words)``: the event words of the clause's chosen family."""
    chosen = next((t for t in triggers if t.event_type == event_type), triggers[0])
    words = _TRAIL_UNSAFE.sub(" ", text[chosen.start : chosen.end]).strip()[:40]
    return rule("trigger", f"{chosen.family}:{words}")


def _blanked(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with the ``spans`` inside it blanked out (as many spaces: offsets stay)."""
    out = list(text[start:end])
    for a, b in spans:
        for i in range(max(a, start), min(b, end)):
            out[i - start] = " "
    return "".join(out)


# The cue of a clause of what goes on meanwhile, before the clause ("..., while | others rallied peacefully in Tahrir
# Square", "، بينما | اعتصم آخرون"): ``segment.clause`` cut after it.
_CONTRAST_BEFORE = re.compile(
    r"(?:\bwhile|\bwhereas|\bmeanwhile|(?<![\u0621-\u064a])(?:فيما|بينما|في\s+حين)),?\s*$", re.IGNORECASE
)


@dataclass
class _SentenceReading:
    """What one sentence says, read once for all its clauses."""

    index: int
    span: tuple[int, int]
    after_dateline: int
    flags: SentenceFlags
    when: SentenceDate
    dating: list[DateMention]
    where: SentencePlaces
    place_starts: list[int]
    clauses: list[tuple[int, int]]
    actors: list[ActorMention]
    parties: list[ActorMention]  # one mention per actor, in order: the clause's parties when it names none
    counts: list[Casualties]
    cited_source: bool
    protesters: bool
    _force: Force | None = None

    def force(self, text: str) -> Force:
        """The sentence's force words (read once, on the first protest clause)."""
        if self._force is None:
            self._force = find_force(text[self.span[0] : self.span[1]])
        return self._force


# A sentence that speaks of the toll (the casualties, the injuries; not the victims, whom a background passage names
# too: "ذوي الضحايا") with no count and no event words ("Accounts of casualties differed.", "وتضاربت الأنباء
# بشأن الإصابات"): counted like a sentence of counts, not in the distance from a count to its event.
_CASUALTY_TALK = first_char_guard(
    re.compile(
        r"\b(?:casualt(?:y|ies)|death\s+toll|the\s+toll|injuries)\b"
        # the harm told with no count ('"Dozens of us were beaten and injured," one of the organisers said')
        r"|\b(?:were|was|been)\s+(?:\w+\s+(?:and\s+)?){0,2}?(?:injured|wounded|hurt)\b"
        r"|(?<![\u0621-\u064a])و?(?:أصيبوا|اصيبوا|جرحوا)(?![\u0621-\u064a])"
        r"|(?<![\u0621-\u064a])(?:ال)?(?:إصابات|اصابات|حصيلة)(?![\u0621-\u064a])",
        re.IGNORECASE,
    )
)


# Between two places a count is told of together: "in Khilani Square and near the Sinak Bridge", "في ساحة الخلاني ومحيط
# جسر السنك", "at the palace or the hotel".
_PLACES_JOINED = re.compile(
    r"\s*(?:,\s*)?(?:and\s+|or\s+|و|أو\s+)(?:(?:near|around|outside|at|in|on)\s+(?:the\s+)?|(?:في\s+)?(?:محيط|قرب|أمام|عند)\s+|في\s+)?",
    re.IGNORECASE,
)
_COUNT_PLACES_REACH = 100  # the places of a count's phrase: at most this many characters after it, in its sentence


def _shared_count(text: str, count: Casualties, places: list[PlaceMention]) -> bool:
    """Whether a count of killed or wounded is told of two places of one event's size joined ("23 protesters were
    injured in Khilani Square and near the Sinak Bridge"): a count shared by several places, none's (annotation rules;
    ``casualties.shared_places``)."""
    if not (count.fatalities or count.injuries) or len(places) < 2:
        return False
    stop = count.end + _COUNT_PLACES_REACH
    brk = _SHARED_STOP.search(text, count.end, stop)
    stop = brk.start() if brk else stop
    near = [
        p
        for p in places
        if count.end <= p.start < stop and not p.unknown and p.landmark.kind not in ("district", "perimeter")
    ]
    return any(
        a.landmark.landmark_id != b.landmark.landmark_id and _PLACES_JOINED.fullmatch(text, a.end, b.start) is not None
        for a, b in itertools.pairwise(near)
    )


_PHRASE_STOP = re.compile(r"[.;:!?؟\n]")
# Where the phrase of a count ends before the places it is told of: a clause break ("..., wounded dozens on Thursday as
# demonstrators tried to cross the Sinak and Ahrar bridges": the places of the lede's event, not of the count alone).
_SHARED_STOP = re.compile(
    r"[.;:!?؟\n,،؛]|\s(?:as|when|while|whereas|but|after|before|which|who)\s"
    r"|(?<![\u0621-\u064a])(?:فيما|بينما|عندما|حين|حينما|بعد|إثر|اثر|أثناء|خلال)\s"
)
# The city told as where right before its name: "in Baghdad", "في بغداد", "بالعاصمة" (not "صحة بغداد", a directorate).
_IN_CITY = re.compile(r"(?:\b(?:in|across|throughout)\s+(?:the\s+)?|(?<![\u0621-\u064a])(?:في\s+|ب))$", re.IGNORECASE)


def _in_the_city(text: str, count: Casualties, places: list[PlaceMention]) -> bool:
    """Whether a count of killed or wounded is told of the city as a whole, right after it ("12 protesters killed and
    270 wounded in Baghdad today", "إصابة 70 في بغداد اليوم"): the city's toll that day (``casualties.day_total``)."""
    if not (count.fatalities or count.injuries):
        return False
    stop = count.end + 60
    brk = _PHRASE_STOP.search(text, count.end, stop)
    stop = brk.start() if brk else stop
    return any(
        count.end <= p.start < stop
        and not _narrower_than_city(p)
        and _IN_CITY.search(text, max(0, p.start - 12), p.start) is not None
        for p in places
    )


def _one_places(places: list[PlaceMention], nones: bool = False) -> frozenset[str]:
    """The landmarks of one event's size a sentence names as places (not the city, a district or the Green Zone).

    ``nones``: the sentence's counts are all counts of none, whose negation is the harm's, not the place's ("ولم يصب
    أحد قرب ساحة الفردوس أو متنزه الزوراء": no one was hurt there), so a place read as negated is named too.
    """
    roles = (EVENT, NEGATED) if nones else (EVENT,)
    return frozenset(
        p.landmark.landmark_id
        for p in places
        if p.role in roles and not p.unknown and p.landmark.kind not in ("district", "perimeter")
    )


def _distinct(mentions: list[ActorMention]) -> list[ActorMention]:
    """The first mention of each actor, in order."""
    seen: set[str] = set()
    out: list[ActorMention] = []
    for m in mentions:
        if m.actor.name not in seen:
            seen.add(m.actor.name)
            out.append(m)
    return out


class _ReportReader:
    """Steps 2-3 of the pipeline over one scanned report: sentences, clauses, event candidates."""

    def __init__(self, scan: Scan, tokens: list[Any]) -> None:
        self.scan = scan
        self.tokens = tokens
        self.candidates: list[Candidate] = []
        self.headline: list[Candidate] = []
        self.loose = LooseCounts()
        self.dropped: list[str] = []
        # clause pieces cut between two places (rule place.two_places) -> the clause they were cut from
        self._two_places: dict[tuple[int, int], tuple[int, int]] = {}
        self._carry = DateCarry(scan.published)
        self.forced: set[int] = set()  # starts of the force words that stand for a protest (trigger.force)
        self._elsewhere = ElsewhereTracker(scan)
        self._sentences: list[tuple[int, int]] = []
        # events named as a reference ("The attack came two days after protesters ... at the entrances of the Green
        # Zone"): (sentence index, their kinds, their places), for the next sentences that tell them (place.referred)
        self._referred: list[tuple[int, set[str], list[PlaceMention]]] = []
        self._own_dates: dict[int, SentenceDate] = {}  # sentence index -> the date it names of its own (date.reported)
        self._background_before = -2  # index of the last sentence whose event words were dropped as background
        self._wholes: list[tuple[int, Casualties]] = []  # counts of none said of the whole attack
        self._told_at: set[int] = set()  # sentences that told an event of the city (made candidates)
        self._shared: set[int] = set()  # sentences with a count shared by two places (casualties.shared_places)
        # the last sentence that told an old event in a phrase describing a noun, and that event's date
        self._old_told: tuple[int, SentenceDate] | None = None
        # sentences that set a scene, a date and a place of their own and no event words ("For a few hours on Monday
        # night, the KFC branch on Baghdad's Palestine Street became a symbol of anger"): the next sentence's event
        # happened there and then (place.unlocated_detail)
        self.scenes: set[int] = set()
        # the sentence and place a crowd last headed for ("towards", "نحو"): where its next unplaced event was
        self._goal: tuple[int, PlaceMention] | None = None

    def _whole_attack(self, index: int, start: int, counts: list[Casualties]) -> None:
        """Keep the counts of none of sentence ``index`` said of the whole attack (``casualties.whole_attack``)."""
        self._wholes.extend((index, c) for c in counts if of_whole_attack(self.scan.text, start, c))

    def drop(self, rule_id: str, reason: str, span: tuple[int, int]) -> None:
        """Record a passage with event words that makes no incident, with the rule and the reason."""
        self.dropped.append(f"{rule_id}: {reason}: {self.scan.text[span[0] : span[1]][:80]!r}")

    def read(self) -> None:
        """Read every sentence of the report."""
        sentences = split_sentences(self.scan.text)
        self._sentences = sentences
        headline = headline_end(self.scan.text, sentences)
        for i, span in enumerate(sentences):
            self._sentence(i, span, span[1] <= headline)

    def _sentence(self, index: int, span: tuple[int, int], is_headline_sentence: bool) -> None:
        """Date, places and event words of one sentence; the rest is read only when it has event words."""
        scan, (start, end) = self.scan, span
        after = dateline_end(scan.text, start, end)
        all_dates = scan.date_spans.between(start, end)
        s_dates = [d for d in all_dates if not d.attributive and d.start >= after]
        if s_dates and scan.elsewhere:
            s_dates = [d for d in s_dates if not of_elsewhere_relative(scan.text, after, d.start, scan.elsewhere)]
        sub_old: list[tuple[int, int]] = []
        old_dates: list[DateMention] = []
        asides: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = None  # aside_spans, read once
        if s_dates:  # "gathered at the square, where ... were shot dead in December 2019": the phrase's date only
            carried = self._carry.carried_day()
            if carried is not None:
                asides = aside_spans(scan.text, start, end, all_dates)
            causes_dated = asides[1] if asides is not None else []
            dated_before = s_dates
            s_dates, sub_old = subordinate_dates(scan.text, after, end, s_dates, scan.published, causes_dated, carried)
            old_dates = [d for d in dated_before if d not in s_dates and inside_any(sub_old, d.start)]
        when, dating = self._carry.read(scan.text, s_dates, after, end)
        if when.in_sentence and not recalls_earlier(scan.text, after, end):
            self._own_dates[index] = when  # (not "وكانت عبوة مماثلة قد انفجرت يوم الأربعاء": an earlier event)
        old_told = self._old_told
        if not dating and old_told is not None and old_told[0] == index - 1 and refers_back(scan.text, after, end):
            when = old_told[1]  # "... where a truck blew up on July 3, 2016. The attack killed 323 people"
        # The dateline's city ("BAGHDAD, Nov 28 (Reuters) -") says where the report was filed.
        places = [p for p in scan.place_spans.between(start, end) if p.start >= after]
        place_starts = [p.start for p in places]
        building_starts = [p.start for p in places if p.landmark.kind == "building"]
        clauses = split_clauses(scan.text, start, end)
        self._elsewhere.sentence(span, after, places, clauses)
        pieces = []
        counts = find_casualties(scan.text, start, end)
        if counts and scan.elsewhere:  # "..., and one demonstrator was killed in clashes in Nasiriyah": that city's
            counts = [c for c in counts if not told_elsewhere(scan.text, c, scan.elsewhere, place_starts)]
        if counts and len(places) > 1 and any(_shared_count(scan.text, c, places) for c in counts):
            # "إصابة 23 متظاهراً ... في ساحة الخلاني ومحيط جسر السنك، مؤكدة أنه لم تسجل أي حالة وفاة": a count shared
            # by two places is none's; the sentence's counts of none are each place's (casualties.shared_places)
            counts = [c for c in counts if not _shared_count(scan.text, c, places)]
            self._shared.add(index)
        # a count is no place to cut a clause by family: "12 protesters were shot dead" names the victims
        count_spans = [(c.start, c.end) for c in counts]
        blasts: list[Trigger] = []  # the explosion words of the clause before
        for c in clauses:
            triggers = find_triggers(scan.text, c[0], c[1], tokens=self.tokens)
            if not triggers and blasts and rest_of_count(scan.text, c):
                triggers = blasts  # "four landed inside the Green Zone, while | others fell on houses in al-Mansour"
            blasts = [t for t in triggers if t.family == "explosion"]
            if not triggers:  # (most clauses: nothing to cut)
                pieces.append((c, triggers))
                continue
            for piece in split_by_family(c, triggers, place_starts, count_spans):
                for item in split_distributive(scan.text, *piece, place_starts, building_starts):
                    parts = split_at_places(scan.text, item, places, scan.elsewhere)
                    if len(parts) > 1:
                        self._two_places.update((span, item[0]) for span, _ in parts)
                    pieces.extend(parts)
        if not any(trig for _, trig in pieces):
            self._told_next(index, after, end, places)
            pieces = self._force_only(pieces, after, end)
        elif (
            not places
            # ("Health ministry: 12 protesters killed and 270 wounded in Baghdad today": the city is no place of one
            # event; the day's toll of the events told before, casualties.day_total)
            or (
                self.candidates
                and not any(_narrower_than_city(p) for p in places)
                and any(_in_the_city(scan.text, c, places) for c in counts)
            )
        ) and all(t.family == "protest" and inside_any(count_spans, t.start) for _, trig in pieces for t in trig):
            # "Two people - a protester and a traffic policeman - were injured before the police reopened the road":
            # the crowd's noun only names victims of a count, with no place of its own: counts of the event told
            # near it (casualties.nearby), no protest of their own; force on the crowd told before them, in a sentence
            # with no place ("وأطلقت القوات الغاز المسيل للدموع لتفريقهم، ما أسفر عن إصابة 15 متظاهراً"), is still the
            # protest met with force (trigger.force); not what they were hurt by ("injured, most of them from tear gas")
            pieces = [(c, []) for c, _ in pieces]
            if not places and counts:
                pieces = self._force_only(pieces, after, min(c.start for c in counts))
        if counts and index + 1 < len(self._sentences):  # "The officials spoke on condition of anonymity": claims
            counts = claimed_by_next(scan.text, counts, *self._sentences[index + 1])
        told = any(trig for _, trig in pieces)
        if told:
            self.loose.eventful(index)  # (a passage with event words, kept or not: a far toll does not reach past it)
        if sub_old and old_dates and any(inside_any(sub_old, t.start) for _, trigs in pieces for t in trigs):
            # an old event told in a phrase describing a noun: a next sentence may go on about it ("The attack, ...")
            told_old = old_event_date(old_dates[0], scan.published)
            self._old_told = None if told_old is None else (index, told_old)
        if not told and when.in_sentence and dating and places:
            self.scenes.add(index)
        if not told and not counts:
            if _CASUALTY_TALK.search(scan.text, start, end):
                self.loose.talk(index)  # "Accounts of casualties differed.": the toll's story goes on
            return  # no event words and no counts: nothing more to read
        # Background passages matter only to event words and counts: a sentence with neither is not read for them.
        references, causes = asides if asides is not None else aside_spans(scan.text, start, end, all_dates)
        named_old = old_named_events(scan.text, after, end, scan.published) if told else []
        sub_old = joined(sub_old + named_old) if named_old else sub_old
        after_causes = cause_after_spans(scan.text, after, end, [t for _, trigs in pieces for t in trigs], all_dates)
        if after_causes:  # "gathered ... following the funeral of a commander killed in a drone strike"
            causes = joined(causes + after_causes)
        if references and (retold := self._retold_reference(index, s_dates, references, when.day)) is not None:
            # "The attack came two days after supporters clashed with police near the bridge. One protester was
            # killed on Friday ...": the event referred to is told again with its own day: kept, the referring
            # subject before the cue is the news told elsewhere (rule background.retold_reference)
            references = [r for r in references if r[0] != retold[0]]
            for clause, trigs in pieces:
                if trigs and clause[1] <= retold[0]:
                    self.drop(rule("background.retold_reference"), _REFERENCE, span)
            pieces = [(c, trigs if c[1] > retold[0] else []) for c, trigs in pieces]
        if references and (cue := next((d for d in s_dates if d.kind == "days_after"), None)) is not None:
            # "The blast came two days after a mob stormed a restaurant": the definite subject of the cue is the event
            # the report told before, dated by it, not by the days counted back (rule background.referential)
            told_kinds = {_event_kind(c.event_type) for c in self.candidates}
            pieces = [
                (
                    c,
                    [
                        t
                        for t in trigs
                        if not (
                            t.start < cue.start
                            and _definite(scan.text, t.start)
                            and _event_kind(t.event_type) in told_kinds
                        )
                    ],
                )
                for c, trigs in pieces
            ]
            if not any(trigs for _, trigs in pieces):
                self.drop(rule("background.referential"), _REFERENCE, span)
        ongoing = ongoing_spans(scan.text, start, end)
        future = future_clause_spans(scan.text, start, end, all_dates, when, scan.published)
        if references and (referred := referred_event_span(scan.text, start, end)) is not None:
            kinds = {_event_kind(t.event_type) for _, trigs in pieces for t in trigs if referred[0] <= t.start}
            named = [p for p in places if referred[0] <= p.start < referred[1] and p.role == EVENT and not p.unknown]
            if kinds and named:
                self._referred.append((index, kinds, named))
        for spans, rule_id, why in (
            (ongoing, "background.ongoing", _ONGOING),
            (references, "background.referential", _REFERENCE),
            (  # (before causes: "sentenced for the bombing that hit ... in January 2021" is named by its date)
                old_date_spans(
                    scan.text,
                    start,
                    end,
                    [d for d in all_dates if not inside_any(named_old, d.start)],
                    when,
                    scan.published,
                ),
                "background.old_clause",
                _OLD_CLAUSE,
            ),
            (future, "background.future_clause", _FUTURE_CLAUSE),
            (causes, "background.cause", _CAUSE),
            (sub_old, "date.subordinate", _SUBORDINATE),
        ):
            if spans:  # a state or total since earlier, an earlier event referred to, a cause: no event of the day
                pieces = self._without(pieces, spans, span, rule_id, why)
                counts = [c for c in counts if not inside_any(spans, c.start)]
        if told and ongoing and not any(trig for _, trig in pieces):
            # "Thousands have kept up a sit-in outside parliament since July 30, and on Thursday police fired tear
            # gas at them": the state is no event, the force after it is the day's news (rule trigger.force)
            pieces = self._force_only(pieces, max(b for _, b in ongoing), end)
        if not any(trig for _, trig in pieces):
            # Counts stated without event words may belong to a nearby event; those of background, running
            # totals ("450 have been killed since ..."), ongoing states and another city belong to no event of the
            # day, nor do those of a sentence whose event words were all background.
            if (
                counts
                and not told
                and sentence_flags(scan.text, start, end, s_dates, all_dates).counts_are_loose
                and (
                    not self._elsewhere.elsewhere(span, after, places)
                    # "... were shot down as they approached the base at Baghdad airport. There were no casualties.":
                    # a count naming no place (nor another city) right after a sentence that told an event of the city
                    # goes on telling it, whatever other town that sentence named (rule casualties.nearby)
                    or (
                        not places
                        and index - 1 in self._told_at
                        and not spans_within(scan.elsewhere, after, end)  # (naming no other city either)
                    )
                )
            ):
                if places and not any(_narrower_than_city(p) for p in places):
                    # "12 protesters killed and 270 wounded in Baghdad today": the city's toll, the sum of its events
                    # that day (casualties.day_total)
                    counts = [replace(c, total=True) if _in_the_city(scan.text, c, places) else c for c in counts]
                nones = not any(c.fatalities or c.injuries or c.update or c.one_more for c in counts)
                self.loose.add(
                    index,
                    counts,
                    when.day if when.in_sentence else None,
                    scan.text,
                    _one_places(places, nones),
                    coarse=when.in_sentence and (when.precision or 1) > 2,
                )
                self._whole_attack(index, start, counts)
            return
        if references:  # "This demonstration came two days after a protester was killed near the Ahrar Bridge":
            # the place of the event referred to is not the place of the sentence's news
            places = [p for p in places if not inside_any(references, p.start)]
        if future:  # "protested outside the ministry on Tuesday, and promised a rally in Tahrir Square next week"
            places = [p for p in places if not inside_any(future, p.start)] or places
        if ongoing and any(not inside_any(ongoing, p.start) and _narrower_than_city(p) for p in places):
            # "The protesters, who have been camped in Tahrir Square since October, marched to the Jumhuriya
            # Bridge": the ongoing state's place gives way to the news' own (with none, the state's place is it:
            # "... a sit-in outside parliament since July 30, and on Thursday police fired tear gas at them")
            # (not to the city alone: "Police in Baghdad fired tear gas to clear supporters who had blocked Khallani
            # square since the afternoon": the city names the police, the square is where the crowd was)
            places = [p for p in places if not inside_any(ongoing, p.start)]
        actors, cited = parties(scan.text, scan.actor_spans.between(start, end))
        reading = _SentenceReading(
            index, span, after, sentence_flags(scan.text, start, end, s_dates, all_dates), when, dating,
            SentencePlaces(scan, span, places), place_starts, clauses, actors, _distinct(actors), counts, cited,
            any(m.actor.role == "protesters" for m in actors),
        )  # fmt: skip
        if references:
            # "Protesters returned to Tahrir Square on Tuesday, a day after security forces fired tear gas at them on
            # the bridge": the force of the event referred to is not the news' own (rule trigger.force)
            reading._force = find_force(_blanked(scan.text, start, end, references))
        self._events(reading, pieces, is_headline_sentence)

    def _retold_reference(
        self, index: int, s_dates: list[DateMention], references: list[tuple[int, int]], day: date | None
    ) -> tuple[int, int] | None:
        """The reference of "came two days after ..." (a ``days_after`` date) when it, or one of the next two
        sentences, dates itself to the day it names ("... after a mob stormed a restaurant late Monday", "One
        protester was killed on Friday"): the event is told again, as news of the past week, not only named to date
        another (rule ``background.retold_reference``)."""
        cue = next((d for d in s_dates if d.kind == "days_after"), None)
        if cue is None or day is None:
            return None
        ref = max((r for r in references if r[0] == cue.end), default=None, key=lambda r: r[1])
        if ref is None:
            return None
        published = self.scan.published
        # the reference itself may name its day ("came two days after a mob stormed a restaurant late Monday,
        # smashing its windows"): told with its own day, as news of the past week, like a next sentence doing so
        for start, end in [ref, *self._sentences[index + 1 : index + 3]]:
            for mention in self.scan.date_spans.between(start, end):
                if not mention.attributive and mention.kind == "weekday" and resolve_date(mention, published)[0] == day:
                    return ref
        return None

    def _force_elsewhere(self, s: _SentenceReading, clause: tuple[int, int]) -> Force | None:
        """The clause's own force words (none) when the sentence's force is told in another of its clauses, at a place
        of its own, and this clause names its own place and no force: two crowds, two places; else None."""
        text = self.scan.text
        own_places = {p.landmark.landmark_id for p in self.scan.place_spans.between(*clause)}
        if not own_places:
            return None
        own = find_force(text[clause[0] : clause[1]])
        if own.intervention or own.excessive:
            return None
        for other in s.clauses:
            if other[0] < clause[1] and clause[0] < other[1]:
                continue  # (this clause, or the clause it was cut from)
            later = max(other[0], clause[0])
            if not _CONTRAST_BEFORE.search(text, max(0, later - 16), later):
                continue  # (only a clause of what goes on meanwhile: "after they tried to cross" is the same crowd)
            found = find_force(text[other[0] : other[1]])
            if found.intervention or found.excessive:
                places = {p.landmark.landmark_id for p in self.scan.place_spans.between(*other)}
                if places and not places & own_places:
                    return own
        return None

    def _force_only(
        self, pieces: list[tuple[tuple[int, int], list[Trigger]]], start: int, end: int
    ) -> list[tuple[tuple[int, int], list[Trigger]]]:
        """A sentence with no event word but force used on a crowd ("fired tear gas to disperse hundreds of
        supporters") tells a protest met with force (rule ``trigger.force``): its clause gets that trigger."""
        found = crowd_force(self.scan.text, start, end)
        if found is None:
            return pieces
        trig = Trigger(found[0], found[1], "protest", "Protests", "Protest with intervention", False)
        self.forced.add(found[0])
        return [(clause, [trig] if clause[0] <= found[0] < clause[1] else trigs) for clause, trigs in pieces]

    def _without(
        self,
        pieces: list[tuple[tuple[int, int], list[Trigger]]],
        spans: list[tuple[int, int]],
        span: tuple[int, int],
        rule_id: str,
        reason: str,
    ) -> list[tuple[tuple[int, int], list[Trigger]]]:
        """The pieces without their event words inside ``spans`` (a piece left with none is dropped by ``rule_id``)."""
        out: list[tuple[tuple[int, int], list[Trigger]]] = []
        for clause, triggers in pieces:
            kept = [t for t in triggers if not inside_any(spans, t.start)]
            if triggers and not kept:
                self.drop(rule(rule_id), reason, span)
            out.append((clause, kept))
        return out

    def _events(
        self, s: _SentenceReading, pieces: list[tuple[tuple[int, int], list[Trigger]]], is_headline_sentence: bool
    ) -> None:
        """The event candidates of a sentence with event words (or the reasons they make none)."""
        made: list[Candidate] = []
        dropped_before = len(self.dropped)
        for clause, triggers in pieces:
            if triggers:
                cand = self._clause(s, clause, triggers)
                if cand is not None:
                    made.append(cand)
        excessive_force(made, s.parties)
        own = [c for c in made if rule("date.clause") in c.rules]
        if own and all(c in own or c.event_type == "Strategic developments" for c in made):
            self._carry.follow(SentenceDate(own[0].day, own[0].precision, own[0].date_note, True, own[0].date_key, ()))
        if made and (is_headline_sentence or _summary_of_days(self.scan.text, *s.span)):
            # (a lede that sums up the events of several days, "... over the past three days, security sources said
            # on Monday", tells the body's events again, each told on its own day there: rule segment.summary)
            for cand in made:
                cand.rules.insert(0, rule("segment.headline" if is_headline_sentence else "segment.summary"))
                if not is_headline_sentence:  # (its counts are several events' together: each is told in the body)
                    cand.fatalities = cand.injuries = None
                    cand.nones = type(cand.nones)()
            self.headline.extend(made)
        elif made:
            sentence_counts(made[0], s.counts, [c for c, trig in pieces if trig])
            if s.index in self._shared:  # (the counts of none of a sentence with a count shared by its places)
                nones = [c for c in s.counts if not (c.fatalities or c.injuries or c.update or c.one_more)]
                for cand in made:
                    shared_nones(cand, nones)
            if any(c.of_another for c in s.counts):  # "فيما سقط الآخر قرب القصر، ما أدى إلى إصابة": that place's
                bare = [
                    (c, [p.landmark.landmark_id for p in s.where.places if c[0] <= p.start < c[1] and not p.unknown])
                    for c, trig in pieces
                    if not trig
                ]
                other_one_counts([*self.candidates, *made], s.counts, bare, s.when.day if s.when.in_sentence else None)
            self.candidates.extend(made)
            self._told_at.add(s.index)
            self._whole_attack(s.index, s.span[0], s.counts)
        elif len(self.dropped) == dropped_before and s.flags.counts_are_loose:
            self.loose.add(
                s.index,
                s.counts,
                s.when.day if s.when.in_sentence else None,
                self.scan.text,
                coarse=s.when.in_sentence and (s.when.precision or 1) > 2,
            )

    def _clause(self, s: _SentenceReading, clause: tuple[int, int], triggers: list[Trigger]) -> Candidate | None:
        text = self.scan.text
        crowd_told = without_crowd_victims(text, clause, triggers)
        victims_folded = len(crowd_told) < len(triggers)
        triggers = crowd_told
        sentence = text[s.span[0] : s.span[1]]
        force = s.force(text)
        # "massed in Tahrir Square | and later crossed to the bridge, where police fired tear gas": the piece after
        # this one tells the crowd moving on (place.two_places), its force is not this place's
        moves_on = clause in self._two_places and moved_on_opens(text, clause[1], self._two_places[clause][1])
        if clause in self._two_places and (force.intervention or force.excessive):
            # "firing live rounds near al-Sinak bridge | and tear gas bombs on al-Ahrar bridge": each place cut by
            # place.two_places is refined by the force told at it, when the piece tells some
            own = find_force(text[clause[0] : clause[1]])
            force = own if own.intervention or own.excessive or moves_on else force
        elif (force.intervention or force.excessive) and len(s.clauses) > 1:
            # "أطلقت القوات الغاز المسيل للدموع على محتجين عند جسر الجمهورية، | بينما اعتصم آخرون بشكل سلمي في ساحة
            # الخلاني": the force told in another clause at a place of its own is not this place's (merge.same_event)
            elsewhere = self._force_elsewhere(s, clause)
            force = elsewhere if elsewhere is not None else force
        event_type, sub_type = classify(triggers, sentence, protesters_named=s.protesters, force=force)
        own_date = self._carry.clause_date(clause, s.dating, s.when)
        if own_date is not None:  # "closed the road on Tuesday after a bomb struck ... late on Monday"
            s = replace(s, when=own_date)
        why = background_reason(s.flags, s.dating, s.when, self.scan.published)
        if why is None and self._background_before == s.index - 1 and _AT_THAT_TIME.search(text, *s.span):
            # "The Interior Ministry said at the time that the march had not been authorised", after a sentence
            # recalling background: "at the time" is that sentence's time, the event its event
            why = rule("background.at_the_time"), "dated by the background told in the sentence before it"
        if why is not None:
            if why[0] == rule("background.pluperfect_ar") and not s.when.in_sentence:
                self._scene_told_next(s, clause, triggers, (event_type, sub_type))
            self.drop(*why, s.span)
            if why[0].startswith("background."):
                self._background_before = s.index
            return None
        if self._elsewhere.elsewhere(clause, s.after_dateline, s.where.places):
            self.drop(rule("place.elsewhere"), "event in another city, outside the gazetteer's", s.span)
            return None
        c_places, place_rules = clause_places(text, clause, s.where.places, sub_type, self.scan.elsewhere)
        if (
            c_places
            and rule("place.sentence") in place_rules
            and all(t.family == "disrupted" for t in triggers)
            and (munition_fate(text, s.span[0], clause[0]) or munition_fate(text, clause[1], s.span[1]))
        ):
            # "سقوط صاروخين داخل المنطقة الخضراء، | فيما أشارت إلى العثور على منصة الإطلاق": the weapons found were
            # where the rockets came from, not where they fell; with no place of their own, the city (place.find_own)
            c_places, place_rules = [], [*place_rules, rule("place.find_own")]
        actors = _distinct(within(s.actors, *clause)) or s.parties
        choice = resolve_place(s.where, c_places, triggers, (event_type, sub_type), s.when.day, actors)
        protest = _kind_protest(event_type)
        moved = (
            protest
            and choice.place is not None
            and (
                moved_place(text, choice.place.start, clause[0], choice.place.end, clause[1])
                or part_of_crowd(text, clause[0], s.span[0])
            )
        )
        if moved and moves_on:
            # "massed in Tahrir Square | and later crossed to the bridge, where police fired tear gas": the piece
            # after this one tells the crowd moving on; here is where it gathered (place.two_places)
            moved = False
        if moved and choice.place is not None:
            # "tried to cross the Jumhuriya Bridge from Tahrir Square": where the crowd came from is not where
            # the event was when the clause names another place
            others = [p for p in c_places if p.start != choice.place.start]
            if others:
                choice = resolve_place(s.where, others, triggers, (event_type, sub_type), s.when.day, actors)
                moved = choice.place is not None and (
                    moved_place(text, choice.place.start, clause[0]) or part_of_crowd(text, clause[0], s.span[0])
                )
        if protest and choice.place is None and self._goal is not None and self._goal[0] == s.index - 1:
            # "توجه المئات منهم نحو بوابة الجسر المعلق. | وقال شاهد إن المحتجين رشقوا القوات بالحجارة": the crowd's
            # event told right after it headed for a place, with no place of its own, happened there
            goal = self._goal[1]
            choice.place, choice.landmark, choice.relation = goal, goal.landmark, "at"
            choice.location = text[goal.start : goal.end]
            choice.rules.append(rule("place.went_there", goal.landmark.landmark_id))
        if protest and choice.place is not None and choice.relation == "towards":
            self._goal = (s.index, choice.place)
        if choice.place is not None and any(t.family == "intercepted" for t in triggers):
            over = interception_place(text, choice.place, c_places)
            if over is not None:
                # "the embassy's C-RAM intercepted a rocket over Jadriya": where it was brought down, not the owner
                # of the defence
                choice.place, choice.landmark, choice.relation = over, over.landmark, "at"
                choice.location = text[over.start : over.end]
                choice.rules.append(rule("place.intercepted_over", over.landmark.landmark_id))
            near = interception_relation(text, choice.place, choice.relation)
            if near != choice.relation:
                choice.relation = near
                choice.rules.append(rule("place.intercepted_near"))
        cand = Candidate(
            event_type, choice.sub_type, s.when.day, s.when.precision, s.when.note, choice.place, choice.landmark,
            choice.relation, choice.location, list(actors), s.span, choice.sit_in, s.when.in_sentence, s.when.key,
        )  # fmt: skip
        cand.sentence_index = s.index
        if cand.date_in_sentence and _reported_pluperfect(text, triggers, s.dating):
            # "On Monday, the Interior Ministry said it had arrested a number of suspects": the date is the saying's,
            # the event has none of its own (place.unlocated_detail when it has no place either)
            cand.date_in_sentence = False
        cand.rules = [_trigger_rule(triggers, text, event_type), *s.when.rules, *place_rules, *choice.rules]
        if any(t.start in self.forced for t in triggers):
            cand.rules.insert(1, rule("trigger.force"))
        if clause in self._two_places:
            cand.rules.append(rule("place.two_places"))
        if s.cited_source:
            cand.rules.append(rule("actors.source_not_party"))
        clause_counts(cand, s.counts, clause)
        if victims_folded:  # the crowd's victims, shot or hurt by no one named: force used on it, unless it rioted
            cand.rules.append(rule("casualties.crowd_victim"))
            if cand.sub_event_type == "Peaceful protest":
                cand.sub_event_type = (
                    "Excessive force against protesters" if cand.fatalities else "Protest with intervention"
                )
        cand.continuing = is_continuing(text, clause, sub_type, s.counts)
        cand.aside = event_type != _EXPLOSIONS and is_aside(text, s.after_dateline, s.span[1])
        # Where a munition fell tells the event's place only when the clause names that place itself.
        cand.impact = event_type == _EXPLOSIONS and rule("place.sentence") not in place_rules and _impact(text, clause)
        cand.landed_beside = sub_type == "Disrupted weapons use" and _impact(text, s.span)
        cand.violent_crowd = any(t.family == "riot" for t in triggers)
        cand.outside_zone = cand.impact and _OUTSIDE_ZONE.search(text, *clause) is not None
        cand.loaded_find = sub_type == "Disrupted weapons use" and loaded_weapons(text, clause, triggers)
        if event_type == "Violence against civilians":
            cand.victim_force = victim_force(text, clause, triggers)
        if any(t.family == "intercepted" for t in triggers):  # "intercepted several, while others landed": partly
            cand.impact = _impact(text, s.span)
        following = self._sentences[s.index + 1] if s.index + 1 < len(self._sentences) else None
        if event_type == _EXPLOSIONS and (
            opens_as_next_item_en(text, clause, s.after_dateline) or first_of_count_en(text, clause, following)
        ):
            cand.separate = True  # "Another rocket landed near the monument": one more, told apart
            cand.rules.append(rule("segment.separate"))
        elif event_type == _EXPLOSIONS and is_distinct_item(text, clause):
            cand.distinct = True
            cand.rules.append(rule("segment.distributive"))
        elif event_type == _EXPLOSIONS and (
            is_separate(text, clause[0], clause[1])
            or is_separate(text, *s.span)
            or is_next_item_ar(text, clause, triggers)
        ):
            cand.separate = True  # "Hours later, a second rocket struck ...": its own attack where apart
            cand.rules.append(rule("segment.separate"))
        elif event_type != _EXPLOSIONS and opens_apart(text, s.after_dateline, s.span[1]):
            # "17:40 - Separately, residents of al-Shaab block the main road with burning tyres": another event, its
            # own where its place is apart from the day's others (any kind)
            cand.separate = True
            cand.rules.append(rule("segment.separate"))
        elif _kind_protest(event_type) and is_separate_crowd(text, *clause):
            cand.separate = True  # "a second group staged a separate sit-in outside the ministry": its own where apart
            cand.rules.append(rule("segment.separate"))
        blasts = [t for t in triggers if t.family == "explosion"]
        cand.defence = event_type == _EXPLOSIONS and all(_DEFENCE.fullmatch(text, t.start, t.end) for t in blasts)
        # "an explosion was heard", "the C-RAM opened fire": the blast or the defence of that day's attack
        cand.generic_blast = (event_type == _EXPLOSIONS and all(t.generic for t in blasts)) or cand.defence
        if event_type == _EXPLOSIONS and not cand.generic_blast:
            self._retold(cand, clause)
        cand.clash_only = event_type == "Battles" and all(_CLASH.fullmatch(text, t.start, t.end) for t in triggers)
        # (the actors named among a count's victims, "14 of them security personnel", take no part in it)
        takers = [m for m in cand.actors if not any(c.start <= m.start < c.end for c in s.counts)]
        cand.clash_echo = cand.clash_only and not takers and all(_definite(text, t.start) for t in triggers)
        cand.attempt = event_type == "Violence against civilians" and all(
            _ATTEMPT.fullmatch(text, t.start, t.end) for t in triggers
        )
        if moved:  # (the place chosen is where the crowd came from or went, or part of the crowd moved)
            cand.moved = True
            cand.rules.append(rule("mention.moved"))
        # a piece cut between two places is a mention only as its whole clause is ("fired tear gas at protesters
        # on the Ahrar and Sinak bridges": the force is told once, for both)
        whole = self._two_places.get(clause, clause)
        if event_type == "Protests" and is_mention(
            text,
            whole,
            triggers,
            find_force(text[whole[0] : whole[1]]),
            # a claimed or provisional toll alone ("قال ناشطون إن عدد الشهداء بلغ خمسة متظاهرين") makes no event
            counted=any(getattr(cand, k) is not None and k not in cand.initial for k in ("fatalities", "injuries")),
        ):
            cand.mention_only = True
            cand.moved = cand.moved or is_destination(text, triggers)  # "pushed them back to their tents"
            place_start = choice.place.start if choice.place is not None else None
            cand.own_ground = has_own_ground(choice.landmark, place_start, clause, s.when.in_sentence)
        return cand

    def _scene_told_next(
        self, s: _SentenceReading, clause: tuple[int, int], triggers: list[Trigger], kind: tuple[str, str]
    ) -> None:
        """An Arabic pluperfect with no date of its own right after an event of its kind told at an area or the city
        ("أطلقت القوات الغاز لتفريق محتجين وسط بغداد. وكان المحتجون قد تجمعوا في ساحة الخلاني"): where that event's
        crowd was, told after it; the event is placed there (rule ``place.told_next``). It stays no event."""
        if not self.candidates:
            return
        last = self.candidates[-1]
        if _event_kind(last.event_type) != _event_kind(kind[0]) or last.sentence_index != s.index - 1:
            return
        # (an event the text itself placed at an area or the city: not a statement's toll with no place)
        if last.place is None or last.landmark is None or specificity(last.landmark)[0] < 2:
            return
        text = self.scan.text
        c_places, _ = clause_places(text, clause, s.where.places, kind[1], self.scan.elsewhere)
        choice = resolve_place(s.where, c_places, triggers, kind, s.when.day, _distinct(within(s.actors, *clause)))
        if choice.place is None or choice.landmark is None or choice.relation == "towards":
            return
        if specificity(last.landmark)[0] <= specificity(choice.landmark)[0]:
            return
        last.place, last.landmark, last.relation = choice.place, choice.landmark, choice.relation
        last.location = choice.location
        last.rules.append(rule("place.told_next", choice.landmark.landmark_id))

    def _told_next(self, index: int, start: int, end: int, places: list[PlaceMention]) -> None:
        """A sentence without event words that goes on about the munition of the sentence before ("It landed near the
        U.S. Embassy", "The device had been planted near Firdos Square", "المقذوف سقط قرب السفارة"): that event,
        told where in its area it was (rule ``place.told_next``). Only an attack placed at an area, the city or
        nowhere, and a landmark narrower than it."""
        if not self.candidates or not places:
            return
        last = self.candidates[-1]
        if last.event_type != _EXPLOSIONS or last.sentence_index != index - 1:
            return
        place = told_next_place(self.scan.text, start, end, places)
        if place is None or (
            last.landmark is not None and specificity(last.landmark)[0] <= specificity(place.landmark)[0]
        ):
            return
        if last.landmark is not None and specificity(last.landmark)[0] < 2:
            return
        last.place, last.landmark, last.relation = place, place.landmark, place.relation
        last.location = self.scan.text[place.start : place.end]
        last.impact = True
        last.rules.append(rule("place.told_next", place.landmark.landmark_id))

    def _retold(self, cand: Candidate, clause: tuple[int, int]) -> None:
        """An attack told again by what it hit, in the passive with a definite patient named before ("A drone strike
        killed a commander in his car ... The car was hit by a missile"): the event told before, whatever the
        munition is called this time (rule ``merge.retold``); its kind is the first telling's, so the two merge."""
        text = self.scan.text
        match = _RETOLD.match(text, clause[0], clause[1])
        if match is None:
            return
        noun = re.compile(rf"\b{re.escape(match.group('noun'))}\b", re.IGNORECASE)
        for host in reversed(self.candidates):
            if (
                host.event_type == _EXPLOSIONS
                and host.day == cand.day
                and host.sentence_index < cand.sentence_index
                and noun.search(text, host.sentence[0], host.sentence[1])
            ):
                if host.sub_event_type != cand.sub_event_type:
                    cand.sub_event_type = host.sub_event_type
                    cand.rules.append(rule("merge.retold"))
                return

    def _place_referred(self, cand: Candidate) -> None:
        """An unlocated event told in the sentence after one that named it as a reference, with its place ("The attack
        came two days after protesters tried to push past security forces at the entrances of the Green Zone.
        Demonstrators threw stones ... on Friday"): the event referred to, now told; placed where the reference
        put it (rule ``place.referred``). Only an event of the same kind, told in one of the next two sentences."""
        for index, kinds, named in reversed(self._referred):
            if 0 < cand.sentence_index - index <= 2 and _event_kind(cand.event_type) in kinds:
                place, _ = pick_place(named)
                if place is None:
                    return
                cand.place, cand.landmark = place, place.landmark
                cand.relation, cand.location = place.relation, self.scan.text[place.start : place.end]
                cand.rules.append(rule("place.referred", place.landmark.landmark_id))
                return

    def _place_crowd_attacked(self, cand: Candidate, merged: list[Candidate]) -> None:
        """An attack with no place of its own on the crowd told before ("Late at night, unidentified gunmen opened fire
        on the protesters", "هاجم مسلحون ملثمون خيام المعتصمين"): at the place of that crowd's protest, the last one of
        its day told before it (rule ``place.crowd_attacked``), an event of its own beside the protest."""
        if _THE_CROWD.search(self.scan.text, *cand.sentence) is None:
            return
        host = None
        for other in merged:
            if (
                _kind_protest(other.event_type)
                and other.landmark is not None
                and other.place is not None
                and other.day == cand.day
                and 0 <= other.sentence_index < cand.sentence_index
            ):
                host = other if host is None or other.sentence_index > host.sentence_index else host
        if host is None or host.place is None:
            return
        cand.place, cand.landmark, cand.relation, cand.location = (
            host.place,
            host.landmark,
            host.relation,
            host.location,
        )
        cand.rules.append(rule("place.crowd_attacked", host.landmark.landmark_id if host.landmark else ""))

    def events(self) -> list[Candidate]:
        """Step 4: the report's events, merged, each with a place (or dropped, with the reason)."""
        landmarks = self.scan.index.landmarks
        self.loose.apply(self.candidates)
        whole_attack(self.candidates, self._wholes)
        crowd_victims(self.candidates, landmarks)
        redate_reported(self.candidates, self._own_dates)
        merged, mentions_dropped = fold_mentions(self.candidates, landmarks)
        for rule_id, reason, span in mentions_dropped:
            self.drop(rule_id, reason, span)
        merged = fold_aimed(fold_attempts(merged, landmarks), landmarks)
        merged = fold_context(fold_crowd_killings(fold_clashes(merged, landmarks), landmarks), landmarks)
        merged = settle_riots(fold_clash_fire(merged, landmarks))
        merged, measures = drop_lone_measures(merged)
        for cand in measures:
            self.drop(rule("merge.measure_alone"), "a security measure around no event of the report", cand.sentence)
        told = bool(mentions_dropped or measures)
        for rule_id, reason in merge_headline(merged, self.headline, landmarks, self.scan.text, body_told=told):
            self.dropped.append(f"{rule_id}: {reason}")
        summary_of_part(merged)
        located = any(c.landmark is not None for c in merged)
        widest = widest_place(self.scan.places)
        out: list[Candidate] = []
        for cand in merged:
            if cand.continuing:
                self.drop(rule("background.continuing"), "an ongoing protest, nothing new reported", cand.sentence)
                continue
            if cand.landmark is None and self._referred:
                self._place_referred(cand)
            if cand.landmark is None and cand.event_type == "Violence against civilians":
                self._place_crowd_attacked(cand, merged)
            # (an event told right after a sentence that set its scene is no detail: it falls back to the widest place)
            scene = cand.sentence_index >= 0 and cand.sentence_index - 1 in self.scenes
            why = settle_place(cand, located and not scene, widest, self.scan.text)
            if why is not None:
                if why[0] == rule("place.unlocated_detail"):
                    hand_over(cand, merged)
                self.drop(*why, cand.sentence)
                continue
            if cand.n_evidence > 1:
                cand.rules.append(rule("merge.same_event", cand.n_evidence))
            out.append(cand)
        return out


# The crowd told before, named again as what an attack struck: "on the protesters", "the demonstrators' tents",
# "على المحتجين", "خيام المعتصمين".
_THE_CROWD = re.compile(
    r"\b(?:on|at)\s+the\s+(?:\w+\s+)?(?:protesters|demonstrators|crowds?|sit-in|mourners)\b"
    r"|\bthe\s+(?:protesters|demonstrators)['’]\s+(?:tents?|camp|sit-in)\b"
    r"|(?<![\u0621-\u064a])(?:على|ضد)\s+(?:ال)?(?:محتجين|متظاهرين|معتصمين)(?![\u0621-\u064a])"
    r"|(?<![\u0621-\u064a])[وب]?(?:ال)?(?:خيام|خيم)\s+(?:ال)?(?:محتجين|متظاهرين|معتصمين)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _narrower_than_city(place: PlaceMention) -> bool:
    """Whether a place says more than the city: a named place the gazetteer lacks, or a landmark short of the city."""
    return place.unknown or specificity(place.landmark)[0] < 3


def _scan(text: str, published: date | None, gazetteer: GazetteerLike) -> tuple[Scan, Any]:
    """Step 1: the places, actors, dates and other cities of the whole text, found in one pass each."""
    # Resolved once for the report: every later look-up (places, sit-in sites) gets the Gazetteer itself,
    # not a path or None to find, check and resolve again.
    gazetteer = as_gazetteer(gazetteer)
    index = landmark_index(gazetteer)
    tokens = tokenize(text)
    places = find_places(text, gazetteer=gazetteer, tokens=tokens)
    place_spans = [(p.start, p.end) for p in places]
    place_starts = [a for a, _ in place_spans]

    def in_place(start: int, end: int) -> bool:
        i = bisect_right(place_starts, start) - 1
        return any(a < end and start < b for a, b in place_spans[max(0, i) : i + 3])

    dates = [d for d in find_dates(text, tokens=tokens) if not in_place(d.start, d.end)]
    actors = find_actors(text, tokens=tokens)
    elsewhere = find_elsewhere(text, tokens=tokens)  # other cities named anywhere in the report, in one pass
    if elsewhere:  # (not the city of a person's post: "who they described as the commander of operations in Syria")
        elsewhere = [e for e in elsewhere if not person_post(text, e[0])]
    if elsewhere:  # "the parliament building in Erbil", "السفارة الأمريكية في بيروت": a namesake in another city
        places = [p for p in places if not placed_elsewhere(text, p.end, elsewhere)]
    return Scan(text, published, index, places, actors, dates, elsewhere, gazetteer), tokens


def _report_records(
    text: str,
    published: date | None,
    source: str | None,
    report_id: str,
    gazetteer: GazetteerLike,
    skipped: list[str] | None = None,
) -> list[dict[str, Any]]:
    """Extract the incident records (dicts of the schema's columns) of one report.

    Passages with event words that make no incident (background, planned, unlocated) are appended to
    ``skipped`` with the rule and the reason.
    """
    # Lone surrogates (e.g. "\\ud800" escapes in a .jsonl batch) cannot be encoded: replace each with
    # U+FFFD, one code point for one, so that span offsets still point into the original text.
    text = _LONE_SURROGATE.sub("\ufffd", text)
    source = None if source is None else _LONE_SURROGATE.sub("\ufffd", source)
    report_id = _LONE_SURROGATE.sub("\ufffd", report_id)
    # The gazetteer's file is checked once for the report, then its reading is held for all of the report's look-ups.
    with held(as_gazetteer(gazetteer)) as gaz:
        scan, tokens = _scan(text, published, gaz)
        reader = _ReportReader(scan, tokens)
        reader.read()
        events = reader.events()
    if skipped is not None:
        skipped.extend(reader.dropped)
    return [_record(cand, scan, source, report_id) for cand in events]


def _notes(cand: Candidate, precision: int) -> str:
    """The row's notes: how its date and place were found, in words."""
    assert cand.landmark is not None
    notes = [cand.date_note]
    if cand.fallback:
        notes.append(
            f"no place of the event in the gazetteer: fell back to the wide area named ({cand.landmark.landmark_id})"
        )
    elif precision == 3:
        notes.append(f"only a wide area ({cand.landmark.landmark_id}) is named or known to the gazetteer")
    if cand.sit_in and cand.landmark.kind == "sit_in":
        notes.append(f"sit-in resolved to the site active on {cand.day}: {cand.landmark.name}")
    elif cand.sit_in and cand.day is None:
        notes.append("sit-in: its site cannot be chosen without the event date; located by the place named")
    elif cand.sit_in:
        notes.append("sit-in: no sit-in site in the gazetteer for this date; located by the place named")
    notes.extend(cand.extra_notes)
    if cand.n_evidence > 1:
        notes.append(f"{cand.n_evidence} passages of the report describe this event; located at the most specific")
    return "; ".join(n for n in notes if n)


def _record(cand: Candidate, scan: Scan, source: str | None, report_id: str) -> dict[str, Any]:
    """Step 5: one incident row of the schema, with its confidence and rule trail."""
    assert cand.landmark is not None
    relation = cand.relation or "at"
    precision, uncertainty = place_precision(cand.landmark, relation)
    if cand.fallback:
        precision, uncertainty = 3, max(uncertainty, 10000.0)
    value, trail_entry = confidence(cand, precision)
    actor1, assoc, actor2 = actors_for(cand)
    s_start, s_end = cand.sentence
    published = scan.published
    record: dict[str, Any] = {
        "event_date": cand.day,  # dates become datetime64 in _frame (coerce_incidents), all at once
        "time_precision": cand.precision,
        "event_type": cand.event_type,
        "sub_event_type": "Other" if cand.sub_event_type == OWN_PREMISES else cand.sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": assoc,
        "actor2": actor2,
        "location": cand.location or cand.landmark.name,
        "latitude": cand.landmark.lat,
        "longitude": cand.landmark.lon,
        "geo_precision": precision,
        "fatalities": cand.fatalities,
        "source": source,
        "notes": _notes(cand, precision),
        "injuries": cand.injuries,
        "landmark_id": cand.landmark.landmark_id,
        "relation": relation,
        "uncertainty_m": uncertainty,
        "confidence": value,
        "published": published,
        "report_id": report_id,
        "sentence": scan.text[s_start:s_end],
        "span_start": s_start,
        "span_end": s_end,
        "status": "unverified",
        "n_sources": 1,
        RULES_COLUMN: "; ".join([*cand.rules, trail_entry]),
    }
    return {"event_id": ids.event_id(record), **record}


def _frame(records: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    if records:
        frame = pd.DataFrame.from_records(records)
    else:  # no row: the same columns as a frame with rows, the rule trail included
        frame = pd.DataFrame({"n_sources": pd.Series(dtype="Int64"), RULES_COLUMN: pd.Series(dtype="string")})
    out = coerce_incidents(frame)
    out["n_sources"] = pd.to_numeric(out["n_sources"]).astype("Int64")
    return out


def check_text_length(text: str, where: str) -> None:
    """Refuse a report text longer than :data:`MAX_TEXT_CHARS`.

    Raises
    ------
    InputLimitError
        Naming ``where`` (the report), its length and the limit.
    """
    if len(text) > MAX_TEXT_CHARS:
        raise InputLimitError(
            f"{where}: text of {len(text):,} characters is longer than the extraction limit of "
            f"{MAX_TEXT_CHARS:,} characters; split it into reports"
        )


def extract_incidents(
    text: str,
    *,
    published: date | datetime | str | None = None,
    source: str | None = None,
    gazetteer: GazetteerLike = None,
    report_id: str | None = None,
) -> gpd.GeoDataFrame:
    """Extract the incidents one report describes.

    Parameters
    ----------
    text
        The report (English or Arabic), title line allowed.
    published
        Publication date (date, datetime or ISO string). Relative dates ("on Saturday", "yesterday",
        "يوم الثلاثاء") resolve against it; without it they stay null and ``notes`` says why.
    source
        The outlet, kept in the ``source`` column.
    gazetteer
        A gazetteer frame or file; ``None`` uses the bundled Baghdad gazetteer.
    report_id
        Identifier of the report; by default a hash of its text (so ``event_id`` is deterministic).

    Returns
    -------
    geopandas.GeoDataFrame
        One row per incident with every column of :data:`geoincidents.schema.INCIDENT_COLUMNS`
        (EPSG:4326 points at the landmark) plus ``n_sources``; empty when the report describes no
        located event. ``frame.attrs["skipped"]`` lists the passages with event words that made no
        incident and why (background, planned, no known place).

    Raises
    ------
    TypeError
        When ``text`` is not a string.
    ValueError
        When ``published`` is not a date.
    InputLimitError
        When ``text`` is longer than :data:`MAX_TEXT_CHARS` (a ``ValueError`` too).
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_incidents: text must be a str, got {type(text).__name__}")
    check_text_length(text, "extract_incidents" if report_id is None else f"report {report_id}")
    day = as_date(published, "published")
    rid = report_id or ids.report_id(text)
    skipped: list[str] = []
    frame = _frame(_report_records(text, day, source, rid, gazetteer, skipped))
    frame.attrs["skipped"] = skipped
    return frame


def _as_report(item: Report | Mapping[str, Any] | str, position: int) -> Report:
    if isinstance(item, Report):
        return item
    if isinstance(item, str):
        return Report(item)
    if isinstance(item, Mapping):
        text = item.get("text")
        if not isinstance(text, str):
            raise ValueError(f"report {position}: field 'text' must be a string")
        source = item.get("source")
        rid = item.get("report_id")
        return Report(
            text,
            as_date(item.get("published"), f"report {position}: field published"),
            None if source is None else str(source),
            None if rid is None else str(rid),
        )
    raise TypeError(f"report {position}: expected a Report, a mapping or a str, got {type(item).__name__}")


def _merge_reports(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (event_date, landmark, event type) across reports, every source kept."""
    out: list[dict[str, Any]] = []
    by_key: dict[tuple[Any, ...], dict[str, Any]] = {}
    for rec in records:
        if rec["event_date"] is None:
            out.append(rec)
            continue
        key = (rec["event_date"], rec["landmark_id"], rec["event_type"])
        kept = by_key.get(key)
        if kept is None:
            rec = dict(rec)
            rec["_sources"] = [rec["source"]] if rec["source"] else []
            rec["_reports"] = [rec["report_id"]]
            by_key[key] = rec
            out.append(rec)
            continue
        if rec["report_id"] not in kept["_reports"]:
            kept["_reports"].append(rec["report_id"])
            kept["n_sources"] += 1
        if rec["source"] and rec["source"] not in kept["_sources"]:
            kept["_sources"].append(rec["source"])
        for attr in ("fatalities", "injuries"):
            if rec[attr] is not None and (kept[attr] is None or rec[attr] > kept[attr]):
                kept[attr] = rec[attr]
        if rec["confidence"] > kept["confidence"]:
            kept["confidence"] = rec["confidence"]
        if SUB_RANK.get(rec["sub_event_type"], -1) > SUB_RANK.get(kept["sub_event_type"], -1):
            kept["sub_event_type"] = rec["sub_event_type"]
        for col in ("actor1", "assoc_actor_1", "actor2"):
            kept[col] = kept[col] or rec[col]
    for rec in out:
        if "_reports" in rec:
            reports, sources = rec.pop("_reports"), rec.pop("_sources")
            if len(reports) > 1:
                rec["report_id"] = "; ".join(reports)
                rec["source"] = "; ".join(sources) if sources else rec["source"]
                merged = ids.merge_key(rec["event_date"], rec["landmark_id"], rec["event_type"])
                rec["event_id"] = ids.merged_event_id(merged) if merged else rec["event_id"]
                rec["confidence"] = round(min(0.95, rec["confidence"] + 0.05 * (len(reports) - 1)), 2)
                rec["notes"] = f"{rec['notes']}; reported by {len(reports)} reports"
                rec[RULES_COLUMN] = f"{rec[RULES_COLUMN]}; {rule('merge.reports', len(reports))}"
    return out


_log = logging.getLogger(__name__)
PROGRESS_EVERY = 100
"""Reports between two progress log records of :func:`extract_many` when tqdm is not installed."""


def _with_progress(reports: Iterable[Any]) -> Iterable[Any]:
    """``reports`` with a tqdm bar on stderr when tqdm is installed, else with progress logged."""
    try:
        from tqdm import tqdm
    except ModuleNotFoundError:
        return _logged_progress(reports)
    return tqdm(reports, desc="extracting", unit="report")  # type: ignore[no-any-return]


def _logged_progress(reports: Iterable[Any]) -> Iterator[Any]:
    done = 0
    for done, item in enumerate(reports, 1):
        yield item
        if done % PROGRESS_EVERY == 0:
            _log.info("extracting: %d reports read", done)
    _log.info("extracting: %d reports read, done", done)


def extract_many(
    reports: Iterable[Report | Mapping[str, Any] | str],
    *,
    gazetteer: GazetteerLike = None,
    progress: bool = False,
) -> gpd.GeoDataFrame:
    """Extract the incidents of many reports and merge those several reports describe.

    Parameters
    ----------
    reports
        :class:`Report` objects, mappings with ``text`` and optional ``published``, ``source`` and
        ``report_id``, or bare texts.
    gazetteer
        A gazetteer frame or file; ``None`` uses the bundled Baghdad gazetteer.
    progress
        Show progress: a bar on stderr when ``tqdm`` is installed (it is optional), else an ``INFO`` log
        record of this module's logger every :data:`PROGRESS_EVERY` reports.

    Returns
    -------
    geopandas.GeoDataFrame
        Incidents as :func:`extract_incidents` returns them; rows of different reports with the same
        event date, landmark and event type are one row, with ``n_sources`` the number of reports and
        ``source`` / ``report_id`` listing all of them ("; "-separated). ``frame.attrs["skipped"]``
        lists, per report id, the passages with event words that made no incident and why.

    Raises
    ------
    ValueError
        When a report has no text or a bad publication date (the message names the report's position).
    InputLimitError
        When a report's text is longer than :data:`MAX_TEXT_CHARS` (the message names the report).
    """
    items = _with_progress(reports) if progress else reports
    records: list[dict[str, Any]] = []
    skipped: list[str] = []
    for position, item in enumerate(items):
        report = _as_report(item, position)
        check_text_length(report.text, f"report {position}" + (f" ({report.report_id})" if report.report_id else ""))
        rid = report.report_id or ids.report_id(report.text)
        mine: list[str] = []
        gazetteer = as_gazetteer(gazetteer)  # found and read once for the batch (re-read if its file changes)
        records.extend(_report_records(report.text, report.published, report.source, rid, gazetteer, mine))
        skipped.extend(f"{rid}: {reason}" for reason in mine)
    frame = _frame(_merge_reports(records))
    frame.attrs["skipped"] = skipped
    return frame
