"""From report text to incidents: dated, located, attributed events with their evidence.

:func:`extract_incidents` reads one report: it splits the text into sentences and clauses, finds the
event words of each clause (:mod:`~geoincidents.extraction.events`), its places
(:mod:`~geoincidents.extraction.geocoding`), its actors (:mod:`~geoincidents.extraction.actors`) and its
date (:mod:`~geoincidents.extraction.dates`, inherited from the sentence before when a sentence names
none), then merges the sentences that describe the same event (same day and kind, places that contain
one another) into one incident at the most specific place,
as ACLED codes one event per day per place. Statements and background (threats, calls, seat counts,
events dated weeks before publication) make no incident.

:func:`extract_many` runs over many reports and merges the incidents that several reports describe
(same day, landmark and event type) into one row with ``n_sources`` and every source kept.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any

import geopandas as gpd
import pandas as pd

from geoincidents import ids
from geoincidents.extraction._phrases import tokenize
from geoincidents.extraction.actors import ActorMention, find_actors
from geoincidents.extraction.dates import DateMention, as_date, find_dates, resolve_date
from geoincidents.extraction.events import Casualties, Trigger, classify, find_casualties, find_triggers
from geoincidents.extraction.geocoding import (
    Landmark,
    PlaceMention,
    find_elsewhere,
    find_places,
    landmark_index,
    place_precision,
    resolve_sit_in,
    specificity,
)
from geoincidents.gazetteer.model import GazetteerLike
from geoincidents.schema import coerce_incidents

__all__ = ["BACKGROUND_DAYS", "Report", "extract_incidents", "extract_many"]

BACKGROUND_DAYS = 7
"""An event dated more than this many days (a week) before publication is background, not a new incident.

News of an incident is published within days; a report that names an event of two weeks or a month
before ("the embassy was hit on Dec. 20", "last month") recalls it as context."""

_SENTENCE_END = re.compile(r"[.!?؟]+[\"”’')\]]*(?=\s)|\n+")
_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Sen|Rep|"
    r"Gov|Brig|approx|vs|etc|al))\.$"
)
_CLAUSE_BREAK = re.compile(
    r",?\s+(?:after|while|whereas|meanwhile|hours\s+after|shortly\s+after|days\s+after)\s+|;\s*"
    r"|\s+(?:بعد|فيما|بينما|في\s+حين|عقب)\s+",
    re.IGNORECASE,
)
# "BAGHDAD, March 15 (Reuters) -": the date of a dateline is the publication's, not the event's.
_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]{2,30}(?:,\s*[^\n()]{0,25}?)?\s*(?:\([^)\n]{1,30}\))?\s*[-—–]{1,2}\s"
    r"|[\u0621-\u064a][\u0621-\u064a ]{1,25}(?:/\s*[\u0621-\u064a ]{2,25})?\s*[-—–/]\s"
)

# An actor named as the source of the news ("police said", "according to the army", "وقالت الشرطة")
# is not a party to the event.
_SAYS_AFTER = re.compile(
    r"\s+(?:said|says|told|reported|announced|added|stated|confirmed|spokes(?:man|woman|person)|sources?|"
    r"officials?\s+said)\b",
    re.IGNORECASE,
)
_SAYS_BEFORE = re.compile(
    r"(?:according\s+to(?:\s+the)?|sources?\s+(?:in|at|from)(?:\s+the)?|(?:و)?(?:قال|قالت|أعلن|أعلنت|ذكر|ذكرت|أفاد|أفادت|"
    r"بحسب|حسب|وفق|وفقا\s+ل|أكد|أكدت)\S*)\s*$",
    re.IGNORECASE,
)


def _parties(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The actors of a sentence that take part in it (not those only cited as the source)."""
    return [
        m
        for m in mentions
        if not _SAYS_AFTER.match(text, m.end) and not _SAYS_BEFORE.search(text[max(0, m.start - 25) : m.start])
    ]


@dataclass
class Report:
    """One report: its text and what is known about it (publication date, outlet, identifier)."""

    text: str
    published: date | None = None
    source: str | None = None
    report_id: str | None = None


@dataclass
class _Candidate:
    """An event read from one clause, before merging."""

    event_type: str
    sub_event_type: str
    day: date | None
    precision: int | None
    date_note: str
    place: PlaceMention | None
    landmark: Landmark | None
    relation: str | None
    location: str | None
    actors: list[ActorMention]
    sentence: tuple[int, int]
    sit_in: bool
    date_in_sentence: bool
    date_key: str
    fatalities: int | None = None
    injuries: int | None = None
    n_evidence: int = 1
    extra_notes: list[str] = field(default_factory=list)
    impact: bool = False  # the clause says where a munition fell or hit (it outranks where it was aimed)
    generic_blast: bool = False  # only "an explosion was heard": the blast of whatever attack that day
    continuing: bool = False  # only an ongoing state ("the sit-in continues"): no event on its own


def _sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group(0)[0] == "." and _ABBREV.search(text[max(0, match.start() - 6) : match.start() + 1]):
            continue
        if text[start:end].strip():
            out.append(_strip(text, start, end))
        start = end
    if text[start:].strip():
        out.append(_strip(text, start, len(text)))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.start() > pos:
            out.append((pos, match.start()))
        pos = match.end()
    if pos < end:
        out.append((pos, end))
    return out or [(start, end)]


def _spans_within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``spans`` (sorted) lies inside ``[start, end)``."""
    i = bisect_left(spans, (start, start))
    return i < len(spans) and spans[i][1] <= end


def _within(items: list[Any], start: int, end: int) -> list[Any]:
    """The items (sorted by ``start``) lying inside ``[start, end)``."""
    lo = bisect_left(items, start, key=lambda it: it.start)
    hi = bisect_left(items, end, lo=lo, key=lambda it: it.start)
    return [it for it in items[lo:hi] if it.end <= end]


# Words that describe a place named before them ("the bridge, which links Tahrir Square to ...") name
# places where the event was not.
_DESCRIPTIVE = re.compile(
    r"(?:,\s*|\s+)(?:which|one\s+of|home\s+to|housing|leading\s+to|linking|connecting|that\s+links|that\s+leads?)\b"
    r"[^,;.]*|،\s*(?:الذي|التي|المؤدي|المؤدية|أحد|احد|إحدى|احدى)[^،,;.]*",
    re.IGNORECASE,
)


def _pick_place(places: list[PlaceMention], text: str = "", start: int = 0, end: int = 0) -> PlaceMention | None:
    """The most specific place of a clause, leaving out places only named to describe another."""
    if not places:
        return None
    if text and len(places) > 1:
        spans = [(m.start(), m.end()) for m in _DESCRIPTIVE.finditer(text, start, end)]
        kept = [p for p in places if not any(a <= p.start < b for a, b in spans)]
        places = kept or places
    return min(places, key=lambda m: (specificity(m.landmark), -m.n_words, m.start))


def _related(a: Landmark, b: Landmark, landmarks: Mapping[str, Landmark]) -> bool:
    """Whether two landmarks are the same place or one is part of / next to the other."""
    if a.landmark_id == b.landmark_id:
        return True

    def chain(lm: Landmark) -> set[str]:
        seen = {lm.landmark_id}
        cur: Landmark | None = lm
        while cur is not None and cur.related_id and cur.related_id not in seen:
            seen.add(cur.related_id)
            cur = landmarks.get(cur.related_id)
        return seen

    return bool(chain(a) & chain(b))


_REPORT_BEFORE = re.compile(
    r"(?:said|says|told|reported|announced|stated|added|confirmed|أفاد|أفادت|قال|قالت|ذكر|ذكرت|أعلن|أعلنت|أكد|أكدت|"
    r"صرح|صرحت)\S*(?:\s+\S+){0,3}?[\s،,]*$",
    re.IGNORECASE,
)
_REPORT_AFTER = re.compile(r"[\s,،]*(?:\S+\s+)?(?:said|told|announced|reported)\b", re.IGNORECASE)


def _reporting_date(text: str, mention: DateMention) -> bool:
    """Whether a date tells when something was said ("said on Sunday"), not when it happened."""
    return bool(
        _REPORT_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
        or _REPORT_AFTER.match(text, mention.end)
    )


def _by_family(
    clause: tuple[int, int], triggers: list[Trigger], places: list[PlaceMention]
) -> list[tuple[tuple[int, int], list[Trigger]]]:
    """Cut a clause where its event words change kind, when each piece names a place of its own.

    "a rocket fell near the Jumhuriya Bridge and a protest in Tahrir Square" is two events.
    """
    cuts: list[int] = []
    previous: str | None = None
    for trig in triggers:
        family = "protest" if trig.family == "riot" else trig.family
        if previous is not None and family != previous:
            cuts.append(trig.start)
        previous = family
    if not cuts:
        return [(clause, triggers)]
    bounds = [clause[0], *cuts, clause[1]]
    pieces = list(pairwise(bounds))
    if not all(any(a <= p.start < b for p in places) for a, b in pieces):
        return [(clause, triggers)]
    return [((a, b), [t for t in triggers if a <= t.start < b]) for a, b in pieces]


_OWN_PREMISES = "Other (own premises)"  # an alert at an actor's own premises (the US Embassy): its own event


def _fold_context(merged: list[_Candidate], landmarks: Mapping[str, Landmark]) -> list[_Candidate]:
    """Fold arrests and closures that accompany another event of the same day into it.

    ACLED codes arrests at a demonstration as a protest with intervention, and does not code the
    closure of roads or a curfew around an event as an event of its own. Alerts at an actor's own
    premises (the US Embassy preparing for an emergency) stay events.
    """
    out: list[_Candidate] = []
    for cand in merged:
        if cand.event_type != "Strategic developments" or cand.sub_event_type == _OWN_PREMISES:
            out.append(cand)
            continue
        wanted = ("Protests", "Riots") if cand.sub_event_type == "Arrests" else None
        host = next(
            (
                m
                for m in merged
                if m is not cand
                and m.event_type != "Strategic developments"
                and (wanted is None or m.event_type in wanted)
                and _same_day(m, cand)
                and (
                    wanted is None  # closures and curfews around an event are its context wherever they are
                    or m.landmark is None
                    or cand.landmark is None
                    or _near_enough(m.landmark, cand.landmark, landmarks)
                )
            ),
            None,
        )
        if host is None:
            out.append(cand)
            continue
        _apply_count(host, Casualties(0, 0, cand.fatalities, cand.injuries))
        if cand.sub_event_type == "Arrests" and host.sub_event_type == "Peaceful protest":
            host.sub_event_type = "Protest with intervention"
        known = {m.actor.name for m in host.actors}
        host.actors.extend(m for m in cand.actors if m.actor.name not in known)
        host.extra_notes.append(f"with {cand.sub_event_type.lower()}: {cand.location or 'same day'}")
    return out


def _near_enough(a: Landmark, b: Landmark, landmarks: Mapping[str, Landmark]) -> bool:
    return specificity(a)[0] >= 2 or specificity(b)[0] >= 2 or _related(a, b, landmarks)


_SINCE = re.compile(r"(?:since|منذ)\s*$", re.IGNORECASE)
_PLUPERFECT = re.compile(r"(?:و)?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,6}?قد\s")
# English recalls an earlier event in the pluperfect: "supporters had stormed the embassy last week".
_PLUPERFECT_EN = re.compile(
    r"\bhad\s+(?:(?:already|previously|earlier|also|first|recently)\s+)?(?:been\s+)?"
    r"(?!to\b|a\b|an\b|the\b|no\b|its\b|their\b|his\b|her\b)[a-z]+(?:ed|en|wn|ung|ught|eld|ew|ook|ade|ent|oke|ore)\b",
    re.IGNORECASE,
)
_CUMULATIVE = re.compile(r"\b(?:have|has)\s+(?:\w+\s+){0,2}?been\b[^.;]{0,80}\bsince\b", re.IGNORECASE)


# What an arrested person is accused of, and where that happened, is not the arrest's place.
_CHARGE = re.compile(
    r"\b(?:responsible\s+for|involved\s+in|accused\s+of|suspected\s+of|charges?\s+of|charged\s+with|"
    r"in\s+connection\s+with|linked\s+to|behind)\b|(?:مسؤول\S*\s+عن|متورط\S*|متهم\S*|بتهم\S*)",
    re.IGNORECASE,
)
_CONTINUING = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)|remain(?:s|ed|ing)?|still|ongoing|kept\s+up|entered\s+(?:its|their)|"
    r"for\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|\w+th|\d+(?:st|nd|rd|th))\s+"
    r"(?:straight\s+|consecutive\s+)?(?:day|week|month))\b"
    r"|(?<![\u0621-\u064a])(?:[وف]?(?:يواصل|تواصل|واصل|يواصلون|يستمر|تستمر|استمر\S*|متواصل\S*|لا\s+يزال|لا\s+تزال|"
    r"لا\s+يزالون|ما\s+زال|مازال|ما\s+يزال|ما\s+تزال)|لليوم\s+\S+\s+على\s+التوالي)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"\s*(?:meanwhile|separately|elsewhere|in\s+a\s+separate\s+(?:incident|development|attack)|in\s+another\s+"
    r"(?:incident|development)|وفي\s+سياق\s+(?:آخر|اخر|منفصل)|من\s+جهة\s+(?:أخرى|اخرى)|وفي\s+حادث(?:ة)?\s+(?:منفصل|آخر|اخر)\S*)\b",
    re.IGNORECASE,
)
_GENERIC_BLAST = re.compile(r"explosions?|blasts?|exploded|انفجار\S*", re.IGNORECASE)
_IMPACT = re.compile(
    r"\b(?:fell|landed|hit|struck|impacted|crashed|exploded|slammed)\b|(?:^|\s)(?:و)?(?:سقط|سقطت|سقوط|انفجر|انفجرت)(?:\s|$)",
    re.IGNORECASE,
)


def _recalled(day: date | None, precision: int | None, published: date | None) -> bool:
    """Whether a pluperfect sentence's own date places its event before the news ("had ... last week")."""
    if precision is not None and precision >= 2:
        return True
    return day is not None and published is not None and (published - day).days >= 7


def _kind(event_type: str) -> str:
    """Protests that turn violent are one event, coded as a riot (ACLED): one kind for merging."""
    return "Protests" if event_type == "Riots" else event_type


def _is_headline(text: str, span: tuple[int, int]) -> bool:
    """A first line with no closing full stop and at most 25 words, followed by more text."""
    line = text[span[0] : span[1]]
    return (
        "\n" in text[span[1] : span[1] + 3]
        and not line.rstrip().endswith((".", "?", "!", "؟"))
        and (len(line.split()) <= 25)
    )


def _compatible(a: _Candidate, b: _Candidate, landmarks: Mapping[str, Landmark], *, any_day: bool = False) -> bool:
    if _kind(a.event_type) != _kind(b.event_type) or not (any_day or _same_day(a, b)):
        return False
    if a.event_type == "Explosions/Remote violence":
        # A drone and a rocket are two attacks; rockets of one day named at several places of one report
        # (aimed at the embassy, intercepted by the C-RAM, fell near a square) are one salvo; "a loud
        # explosion was heard" is the blast of that day's attack, whatever it was.
        return a.sub_event_type == b.sub_event_type or a.generic_blast or b.generic_blast
    if a.landmark is None or b.landmark is None:
        return True
    if a.sit_in != b.sit_in and "sit_in" in (a.landmark.kind, b.landmark.kind):
        return False
    ra, rb = specificity(a.landmark)[0], specificity(b.landmark)[0]
    if ra >= 2 or rb >= 2:
        return True
    if _kind(a.event_type) == "Protests" and "towards" in (a.relation, b.relation):
        return True  # "pushed the protesters back towards Khilani Square": a destination, the same crowd
    return _related(a.landmark, b.landmark, landmarks)


def _date_key(mention: DateMention, day: date | None) -> str:
    """A key telling dates apart: the date, or for an unresolved weekday its name."""
    if day is not None:
        return f"d:{day.isoformat()}"
    if mention.kind == "weekday":
        probe = resolve_date(mention, date(2000, 1, 9))[0]  # a Sunday: the result's weekday is the one named
        return f"w:{probe.weekday() if probe else mention.text.casefold()}"
    return f"r:{mention.text.casefold()}"


def _same_day(a: _Candidate, b: _Candidate) -> bool:
    """Same day: equal dates; unresolved dates may be the same day unless two different weekdays."""
    if a.day is not None or b.day is not None:
        return a.day == b.day
    return not (a.date_key.startswith("w:") and b.date_key.startswith("w:") and a.date_key != b.date_key)


_SUB_RANK = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2}


def _place_rank(cand: _Candidate) -> tuple[int, int, int, int, float]:
    """Smaller is a better place for the event: where it was, not where it headed; then the most specific."""
    assert cand.landmark is not None
    rank, unc = specificity(cand.landmark)
    return int(cand.relation == "towards"), rank, int(not cand.impact), int(cand.relation in ("near", "outside")), unc


def _merge_into(keep: _Candidate, other: _Candidate, *, evidence: bool = True) -> None:
    """Fold ``other`` into ``keep``: the more specific place wins, counts take the largest stated."""
    if other.landmark is not None and (keep.landmark is None or _place_rank(other) < _place_rank(keep)):
        keep.place, keep.landmark, keep.relation, keep.location = (
            other.place,
            other.landmark,
            other.relation,
            other.location,
        )
        if evidence:
            keep.sentence = other.sentence
        keep.sit_in = other.sit_in
    keep.impact = keep.impact or other.impact
    keep.continuing = keep.continuing and other.continuing
    if keep.generic_blast and not other.generic_blast and other.event_type == keep.event_type:
        keep.sub_event_type, keep.generic_blast = other.sub_event_type, False
    if other.event_type == "Riots" and keep.event_type != "Riots":
        keep.event_type, keep.sub_event_type = other.event_type, other.sub_event_type
    elif keep.event_type == other.event_type and _SUB_RANK.get(other.sub_event_type, -1) > _SUB_RANK.get(
        keep.sub_event_type, -1
    ):
        keep.sub_event_type = other.sub_event_type
    for attr in ("fatalities", "injuries"):
        mine, theirs = getattr(keep, attr), getattr(other, attr)
        if theirs is not None and (mine is None or theirs > mine):
            setattr(keep, attr, theirs)
    known = {m.actor.name for m in keep.actors}
    keep.actors.extend(m for m in other.actors if m.actor.name not in known)
    keep.n_evidence += other.n_evidence
    keep.date_in_sentence = keep.date_in_sentence or other.date_in_sentence
    if keep.date_note != other.date_note and "explicit" in other.date_note and "explicit" not in keep.date_note:
        keep.date_note, keep.precision = other.date_note, other.precision


_PROTEST_FAMILY = ("Protests", "Riots")


def _actors_for(cand: _Candidate) -> tuple[str | None, str | None, str | None]:
    """ACLED actor1 / assoc_actor_1 / actor2 from the clause's actors and the event type."""
    by_role: dict[str, list[str]] = {}
    for mention in cand.actors:
        names = by_role.setdefault(mention.actor.role, [])
        if mention.actor.name not in names:
            names.append(mention.actor.name)
    political = by_role.get("political", []) + by_role.get("armed", [])
    security = by_role.get("security", [])
    if cand.event_type in _PROTEST_FAMILY:
        actor1 = "Rioters (Iraq)" if cand.event_type == "Riots" else "Protesters (Iraq)"
        assoc = political[0] if political else None
        actor2 = security[0] if security and cand.sub_event_type != "Peaceful protest" else None
        return actor1, assoc, actor2
    ordered: list[str] = []
    for mention in cand.actors:
        if mention.actor.name not in ordered and mention.actor.role != "protesters":
            ordered.append(mention.actor.name)
    if cand.event_type == "Strategic developments" and cand.sub_event_type == "Arrests":
        actor1 = security[0] if security else "Police Forces of Iraq"
        rest = [n for n in ordered if n != actor1]
        return actor1, None, rest[0] if rest else None
    if cand.event_type in ("Explosions/Remote violence", "Violence against civilians"):
        armed = by_role.get("armed", [])
        actor1 = armed[0] if armed else "Unidentified Armed Group (Iraq)"
        rest = [n for n in ordered if n != actor1]
        return actor1, None, rest[0] if rest else None
    if not ordered:
        return None, None, None
    return ordered[0], None, ordered[1] if len(ordered) > 1 else None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


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
    ``skipped`` with the reason.
    """
    # Lone surrogates (e.g. "\\ud800" escapes in a .jsonl batch) cannot be encoded: replace each with
    # U+FFFD, one code point for one, so that span offsets still point into the original text.
    text = _LONE_SURROGATE.sub("\ufffd", text)
    source = None if source is None else _LONE_SURROGATE.sub("\ufffd", source)
    report_id = _LONE_SURROGATE.sub("\ufffd", report_id)
    index = landmark_index(gazetteer)
    tokens = tokenize(text)
    places = find_places(text, gazetteer=gazetteer, tokens=tokens)
    actors = find_actors(text, tokens=tokens)
    place_spans = [(p.start, p.end) for p in places]
    place_starts = [a for a, _ in place_spans]

    def _in_place(start: int, end: int) -> bool:
        i = bisect_right(place_starts, start) - 1
        return any(a < end and start < b for a, b in place_spans[max(0, i) : i + 3])

    dates = [d for d in find_dates(text, tokens=tokens) if not _in_place(d.start, d.end)]
    widest = max((p for p in places if specificity(p.landmark)[0] >= 3), key=lambda p: specificity(p.landmark),
                 default=None)  # fmt: skip
    candidates: list[_Candidate] = []
    loose_counts: list[tuple[int, Casualties, date | None]] = []
    dropped: list[str] = []
    carry: tuple[date | None, int | None, str] = (
        (published, 2, "date assumed: the publication date (no date expression before this sentence)")
        if published
        else (None, None, "date unresolved: no date expression and no publication date")
    )
    carry_key = str(published)
    sentences = _sentences(text)
    headline_end = sentences[0][1] if len(sentences) > 1 and _is_headline(text, sentences[0]) else -1
    headline: list[_Candidate] = []
    elsewhere = find_elsewhere(text, tokens=tokens)  # other cities named anywhere in the report, found in one pass
    elsewhere_last = False  # the last place named was another city ("in the southern city of Basra")
    for s_start, s_end in sentences:
        dateline = _DATELINE.match(text, s_start, s_end)
        after_dateline = dateline.end() if dateline else s_start
        s_dates: list[DateMention] = [
            d for d in _within(dates, s_start, s_end) if not d.attributive and d.start >= after_dateline
        ]
        background_year = any(d.kind in ("year", "period") for d in s_dates)
        # "who have held a sit-in ... since mid-August": an ongoing state, not a new event.
        ongoing = any((d.attributive and d.text.lower().startswith("since")) or _SINCE.search(
            text[max(s_start, d.start - 8) : d.start]) for d in _within(dates, s_start, s_end))  # fmt: skip
        # "300 people have been killed since the protests erupted": a running total, not an event.
        cumulative = bool(_CUMULATIVE.search(text, s_start, s_end))
        # Arabic news recalls earlier events with "وكان ... قد" (had): background unless dated.
        pluperfect = bool(_PLUPERFECT.match(text, s_start, s_end))
        pluperfect_en = bool(_PLUPERFECT_EN.search(text, s_start, s_end))
        dating = [d for d in s_dates if d.kind not in ("year", "period")]
        if len(dating) > 1:  # "a source said on Sunday that a rocket fell last night": the event's date
            dating = [d for d in dating if not _reporting_date(text, d)] or dating
        if dating:
            relative = dating[0].kind in ("days_after", "same_day")
            base = carry[0] if relative and carry[0] is not None else published
            day, precision, note = resolve_date(dating[0], base)
            date_note = note or f"date from {dating[0].text!r}" + (f" (published {published})" if published else "")
            date_note = "explicit " + date_note if not note else date_note
            sentence_date = (day, precision, date_note)
            # "Meanwhile, a drone hit ... on Wednesday": a side event's date is its own; the sentences
            # after it go on with the report's story and its date.
            if not _ASIDE.match(text, after_dateline, s_end):
                carry = sentence_date
                carry_key = _date_key(dating[0], day)
            in_sentence = True
        else:
            note = carry[2]
            if not any(word in note for word in ("inherit", "assumed", "unresolved")):
                note = f"date inherited from an earlier sentence ({note})"
            sentence_date = (carry[0], carry[1], note)
            in_sentence = False
        sentence_text = text[s_start:s_end]
        # The dateline's city ("BAGHDAD, Nov 28 (Reuters) -") says where the report was filed.
        s_places = [p for p in _within(places, s_start, s_end) if p.start >= after_dateline]
        s_elsewhere = _spans_within(elsewhere, after_dateline, s_end)
        if s_places:
            elsewhere_last = (
                s_elsewhere
                and all(specificity(p.landmark)[0] >= 3 for p in s_places)
                and not any(
                    a <= p.start < b
                    for p in s_places
                    for a, b in _clauses(text, s_start, s_end)
                    if not _spans_within(elsewhere, a, b)
                )
            )
        elif s_elsewhere:
            elsewhere_last = True
        s_actors = _parties(text, _within(actors, s_start, s_end))
        s_counts = find_casualties(text, s_start, s_end)
        made: list[_Candidate] = []
        dropped_before = len(dropped)
        clause_triggers = [
            piece
            for c in _clauses(text, s_start, s_end)
            for piece in _by_family(c, find_triggers(text, c[0], c[1], tokens=tokens), s_places)
        ]
        for (c_start, c_end), triggers in clause_triggers:
            if not triggers:
                continue
            c_actors = _within(s_actors, c_start, c_end)
            protesters = any(m.actor.role == "protesters" for m in s_actors)
            event_type, sub_type = classify(triggers, sentence_text, protesters_named=protesters)
            day, precision, date_note = sentence_date
            if background_year and not dating:
                dropped.append(f"background (dated by year only): {sentence_text[:80]!r}")
                continue
            if pluperfect and not dating:
                dropped.append(f"background (an earlier event recalled): {sentence_text[:80]!r}")
                continue
            if pluperfect_en and dating and _recalled(day, precision, published):
                dropped.append(f"background (an earlier event recalled, {dating[0].text!r}): {sentence_text[:80]!r}")
                continue
            if (ongoing and not dating) or cumulative:
                dropped.append(f"ongoing since an earlier date, no new event: {sentence_text[:80]!r}")
                continue
            # "the sit-in continues", "protesters remain camped": a state, nothing new that day; it may
            # still tell where a new event of the day was, but makes none of its own.
            continuing = (
                sub_type == "Peaceful protest"
                and bool(_CONTINUING.search(text, c_start, c_end))
                and not _within(s_counts, c_start, c_end)
            )
            if published is not None and day is not None:
                if day > published:
                    dropped.append(f"planned or future event ({day}): {sentence_text[:80]!r}")
                    continue
                if day < published - timedelta(days=BACKGROUND_DAYS):
                    dropped.append(f"background event ({day}): {sentence_text[:80]!r}")
                    continue
            own_places = _within(s_places, c_start, c_end)
            if not own_places and (_spans_within(elsewhere, max(c_start, after_dateline), c_end) or (
                    not s_places and elsewhere_last)):  # fmt: skip
                dropped.append(f"event in another city, outside the gazetteer's: {sentence_text[:80]!r}")
                continue
            c_places = own_places or s_places
            if sub_type == "Arrests":  # "arrested a cell responsible for rockets on the Green Zone"
                charge = _CHARGE.search(text, c_start, c_end)
                if charge is not None:
                    c_places = [p for p in c_places if p.start < charge.start()]
            sit_in = any(t.sit_in for t in triggers) and event_type == "Protests"
            place = _pick_place(c_places, text, s_start, s_end)
            landmark = place.landmark if place else None
            relation = place.relation if place else None
            location = text[place.start : place.end] if place else None
            if sit_in:
                named = tuple(lm for p in c_places for lm in p.candidates if lm.kind == "sit_in")
                site = resolve_sit_in(day, sentence_text, gazetteer=gazetteer, named=named, places=s_places)
                if site is not None:
                    landmark, relation = site, "at"
                    location = location or "sit-in"
                elif place is not None and place.landmark.kind == "sit_in":
                    # A named sit-in site that did not exist that day: use the next place it names.
                    others = [p for p in c_places if p.landmark.kind != "sit_in"]
                    place = _pick_place(others)
                    landmark = place.landmark if place else None
                    relation = place.relation if place else None
            elif place is not None and place.landmark.kind == "sit_in":
                others = [p for p in c_places if p.landmark.kind != "sit_in"]
                active = [lm for lm in place.candidates if lm.active_on(day)]
                if active:
                    landmark = active[0]
                else:
                    place = _pick_place(others)
                    landmark = place.landmark if place else None
                    relation = place.relation if place else None
            if event_type == "Strategic developments" and sub_type == "Other":
                own = [m for m in c_actors or s_actors if m.actor.landmark_id in index.landmarks]
                if own:
                    landmark = index.landmarks[str(own[0].actor.landmark_id)]
                    relation, location = "at", text[own[0].start : own[0].end]
                    sub_type = _OWN_PREMISES
            cand = _Candidate(
                event_type, sub_type, day, precision, date_note, place, landmark, relation, location,
                list(c_actors or s_actors), (s_start, s_end), sit_in, in_sentence, carry_key,
            )  # fmt: skip
            for count in _within(s_counts, c_start, c_end):
                _apply_count(cand, count)
            cand.continuing = continuing
            cand.impact = event_type == "Explosions/Remote violence" and bool(_IMPACT.search(text, c_start, c_end))
            cand.generic_blast = event_type == "Explosions/Remote violence" and all(
                _GENERIC_BLAST.fullmatch(text, t.start, t.end) for t in triggers if t.family == "explosion"
            )
            made.append(cand)
        for cand in made:  # lethal force by the state against a crowd (ACLED: excessive force)
            if cand.event_type == "Protests" and cand.fatalities and any(m.actor.role == "security" for m in s_actors):
                cand.sub_event_type = "Excessive force against protesters"
        if made and s_end == headline_end:
            headline.extend(made)
            continue
        if made:
            for count in s_counts:
                if not any(c[0] <= count.start < c[1] for c, trig in clause_triggers if trig):
                    _apply_count(made[0], count)
            candidates.extend(made)
        else:
            # Counts of background or planned events are theirs; running totals ("450 have been killed
            # since ...") and counts of ongoing states belong to no event of the day.
            if len(dropped) == dropped_before and not (cumulative or ongoing or background_year or pluperfect):
                loose_counts.extend((s_start, c, sentence_date[0] if in_sentence else None) for c in s_counts)
    # Counts stated in sentences with no event words belong to the nearest event before them that can
    # have victims (not an alert or an arrest), else the nearest after.
    for s_start, count, own_day in loose_counts:
        _apply_count_near(candidates, sentences, s_start, count, own_day)
    merged: list[_Candidate] = []
    for cand in candidates:
        target = next((m for m in merged if _compatible(m, cand, index.landmarks)), None)
        if target is None:
            merged.append(cand)
        else:
            _merge_into(target, cand)
    merged = _fold_context(merged, index.landmarks)
    # A headline summarises the body: its events are the body's when they agree in kind and place.
    body = list(merged)
    for cand in headline:
        target = next((m for m in merged if _compatible(m, cand, index.landmarks, any_day=True)), None)
        if target is None and body:
            dropped.append(f"headline of the body's events: {text[cand.sentence[0] : cand.sentence[1]][:80]!r}")
        elif target is None:
            merged.append(cand)
        else:
            _merge_into(target, cand, evidence=False)
    records: list[dict[str, Any]] = []
    located = any(c.landmark is not None for c in merged)
    for cand in merged:
        fallback = False
        # A passage with event words but neither place nor date of its own, in a report whose events are
        # located, is comment or detail ("violence flared again", "clashes also broke out"), not a new
        # city-wide incident.
        if cand.continuing:
            passage = text[cand.sentence[0] : cand.sentence[1]][:80]
            dropped.append(f"an ongoing protest, nothing new reported: {passage!r}")
            continue
        if cand.landmark is None and located and not cand.date_in_sentence:
            passage = text[cand.sentence[0] : cand.sentence[1]][:80]
            dropped.append(f"no place and no date of its own beside located events: {passage!r}")
            continue
        if cand.landmark is None and widest is not None:
            cand.landmark, cand.relation, cand.location = widest.landmark, "inside", text[widest.start : widest.end]
            fallback = True
        if cand.landmark is None:
            dropped.append(f"no place the gazetteer knows: {text[cand.sentence[0] : cand.sentence[1]][:80]!r}")
            continue
        records.append(_record(cand, text, published, source, report_id, fallback, dropped))
    if skipped is not None:
        skipped.extend(dropped)
    return records


def _apply_count_near(
    candidates: list[_Candidate],
    sentences: list[tuple[int, int]],
    s_start: int,
    count: Casualties,
    day: date | None,
) -> None:
    """Give a count stated on its own to the event of the nearest sentence before it (or just after).

    Only events at most two sentences away, and of the same day when the count's sentence is dated.
    """
    order = {span[0]: i for i, span in enumerate(sentences)}
    here = order[s_start]
    best: tuple[int, int] | None = None
    for i, cand in enumerate(candidates):
        distance = here - order[cand.sentence[0]]
        if abs(distance) > 2 or distance == 0 or (day is not None and cand.day != day):
            continue
        key = (int(cand.event_type == "Strategic developments"), abs(distance) + (0 if distance > 0 else 3))
        if best is None or key < best:
            best, chosen = key, i
    if best is not None:
        _apply_count(candidates[chosen], count)


def _apply_count(cand: _Candidate, count: Casualties) -> None:
    for attr in ("fatalities", "injuries"):
        value = getattr(count, attr)
        mine = getattr(cand, attr)
        if value is not None and (mine is None or value > mine):
            setattr(cand, attr, value)


def _record(
    cand: _Candidate,
    text: str,
    published: date | None,
    source: str | None,
    report_id: str,
    fallback: bool,
    dropped: list[str],
) -> dict[str, Any]:
    assert cand.landmark is not None
    relation = cand.relation or "at"
    precision, uncertainty = place_precision(cand.landmark, relation)
    if fallback:
        precision = 3
    confidence = 0.45
    confidence += {1: 0.25, 2: 0.1, 3: -0.1}[precision]
    confidence += 0.1 if cand.date_in_sentence else 0.0
    confidence += min(0.15, 0.05 * (cand.n_evidence - 1))
    confidence -= 0.15 if cand.day is None else 0.0
    confidence -= 0.1 if cand.place is not None and cand.place.weak else 0.0
    confidence = round(max(0.05, min(0.95, confidence)), 2)
    actor1, assoc, actor2 = _actors_for(cand)
    notes = [cand.date_note]
    if fallback:
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
    s_start, s_end = cand.sentence
    record: dict[str, Any] = {
        "event_date": pd.Timestamp(cand.day) if cand.day else pd.NaT,
        "time_precision": cand.precision,
        "event_type": cand.event_type,
        "sub_event_type": "Other" if cand.sub_event_type == _OWN_PREMISES else cand.sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": assoc,
        "actor2": actor2,
        "location": cand.location or cand.landmark.name,
        "latitude": cand.landmark.lat,
        "longitude": cand.landmark.lon,
        "geo_precision": precision,
        "fatalities": cand.fatalities,
        "source": source,
        "notes": "; ".join(n for n in notes if n),
        "injuries": cand.injuries,
        "landmark_id": cand.landmark.landmark_id,
        "relation": relation,
        "uncertainty_m": uncertainty if not fallback else max(uncertainty, 10000.0),
        "confidence": confidence,
        "published": pd.Timestamp(published) if published else pd.NaT,
        "report_id": report_id,
        "sentence": text[s_start:s_end],
        "span_start": s_start,
        "span_end": s_end,
        "status": "unverified",
        "n_sources": 1,
    }
    return {"event_id": ids.event_id(record), **record}


def _frame(records: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    frame = pd.DataFrame.from_records(records) if records else pd.DataFrame({"n_sources": pd.Series(dtype="Int64")})
    out = coerce_incidents(frame)
    out["n_sources"] = pd.to_numeric(out["n_sources"]).astype("Int64")
    return out


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
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_incidents: text must be a str, got {type(text).__name__}")
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
        if pd.isna(rec["event_date"]):
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
        if _SUB_RANK.get(rec["sub_event_type"], -1) > _SUB_RANK.get(kept["sub_event_type"], -1):
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
    return out


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
        Show a tqdm progress bar on stderr.

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
    """
    items: Iterable[Report | Mapping[str, Any] | str] = reports
    if progress:
        from tqdm import tqdm

        items = tqdm(reports, desc="extracting", unit="report")
    records: list[dict[str, Any]] = []
    skipped: list[str] = []
    for position, item in enumerate(items):
        report = _as_report(item, position)
        rid = report.report_id or ids.report_id(report.text)
        mine: list[str] = []
        records.extend(_report_records(report.text, report.published, report.source, rid, gazetteer, mine))
        skipped.extend(f"{rid}: {reason}" for reason in mine)
    frame = _frame(_merge_reports(records))
    frame.attrs["skipped"] = skipped
    return frame
