"""How sure a row is (rule ``confidence``).

A row's confidence (0-1) starts at 0.45 and moves with what is known of it: the place itself (+0.25),
near it or part of an area (+0.10), only a city-wide area (-0.10); a date named in the event's own
sentence (+0.10); several passages telling the same event (+0.05 each, at most +0.15); no date at all
(-0.15); a place known only from a bare head word ("in Tahrir", -0.10). It is kept within 0.05-0.95.
"""

from __future__ import annotations

from geoincidents.extraction.rules import rule
from geoincidents.extraction.rules.candidate import Candidate

__all__ = ["confidence"]

_BASE = 0.45
_BY_PRECISION = {1: 0.25, 2: 0.1, 3: -0.1}


def confidence(cand: Candidate, geo_precision: int) -> tuple[float, str]:
    """The row's confidence and its trail entry (``confidence(0.8)``)."""
    value = _BASE + _BY_PRECISION[geo_precision]
    value += 0.1 if cand.date_in_sentence else 0.0
    value += min(0.15, 0.05 * (cand.n_evidence - 1))
    value -= 0.15 if cand.day is None else 0.0
    value -= 0.1 if cand.place is not None and cand.place.weak else 0.0
    value = round(max(0.05, min(0.95, value)), 2)
    return value, rule("confidence", value)
