"""Cutting a report into sentences and clauses, and reading its dateline and headline.

Rules (see ``docs/extraction.md``):

- ``segment.sentence``: a sentence ends at ``.``, ``!``, ``?`` or ``؟`` followed by white space (closing
  quotes and brackets kept with it), or at a line break; a full stop after an abbreviation ("Gen.",
  "Oct.", an initial) ends nothing.
- ``segment.clause``: a sentence is cut before "after", "while", "meanwhile", "بعد", "فيما", "بينما",
  "عقب" ... and at a semicolon; each clause is read on its own.
- ``segment.family``: a clause is cut again where its event words change kind, when each piece names a
  place of its own ("a rocket fell near the bridge and a protest in Tahrir Square").
- ``segment.dateline``: the dateline ("BAGHDAD, March 15 (Reuters) -", "بغداد/ ... -") says where and when
  the report was filed: its date and city are not the event's.
- ``segment.headline``: a first line without a closing full stop, of at most 25 words, followed by more
  text, is a headline: it summarises the body.
"""

from __future__ import annotations

import re
from itertools import pairwise

from geoincidents.extraction.events import Trigger
from geoincidents.extraction.geocoding import PlaceMention

__all__ = ["dateline_end", "is_headline", "split_by_family", "split_clauses", "split_sentences", "strip_span"]

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


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed to leave out white space at both ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as character spans (rule ``segment.sentence``)."""
    out: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group(0)[0] == "." and _ABBREV.search(text[max(0, match.start() - 6) : match.start() + 1]):
            continue
        if text[start:end].strip():
            out.append(strip_span(text, start, end))
        start = end
    if text[start:].strip():
        out.append(strip_span(text, start, len(text)))
    return out


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[start:end]`` (rule ``segment.clause``)."""
    out: list[tuple[int, int]] = []
    pos = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.start() > pos:
            out.append((pos, match.start()))
        pos = match.end()
    if pos < end:
        out.append((pos, end))
    return out or [(start, end)]


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the dateline that opens the sentence ``text[start:end]`` ends (``start`` when none)."""
    match = _DATELINE.match(text, start, end)
    return match.end() if match else start


def is_headline(text: str, span: tuple[int, int]) -> bool:
    """A first line with no closing full stop and at most 25 words, followed by more text."""
    line = text[span[0] : span[1]]
    return (
        "\n" in text[span[1] : span[1] + 3]
        and not line.rstrip().endswith((".", "?", "!", "؟"))
        and (len(line.split()) <= 25)
    )


def split_by_family(
    clause: tuple[int, int], triggers: list[Trigger], places: list[PlaceMention]
) -> list[tuple[tuple[int, int], list[Trigger]]]:
    """Cut a clause where its event words change kind, when each piece names a place of its own.

    "a rocket fell near the Jumhuriya Bridge and a protest in Tahrir Square" is two events
    (rule ``segment.family``).
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
