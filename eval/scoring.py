"""Aligning predicted incidents with expected ones and scoring them.

Per report, every (expected, predicted) pair gets a score from what agrees: landmark, date, event
type and overlapping evidence. A pair is a candidate when at least two of those four agree; the
candidates are then taken greedily, best score first, each incident used at most once. Unmatched
expected incidents lower recall, unmatched predictions lower precision. Field accuracies are given
over the matched incidents and over all expected incidents (an unmatched expected incident counts as
wrong in every field).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "DATE_TOLERANCE_DAYS",
    "FIELDS",
    "Incident",
    "Pair",
    "ReportScore",
    "Summary",
    "align_incidents",
    "dates_match",
    "field_correct",
    "format_report",
    "format_summary",
    "score_report",
    "summarize",
]

# How far a predicted date may be from an annotated one, by the annotation's time precision
# (1 = the day, 2 = the week, 3 = the month; docs/conventions.md, "The incident record").
DATE_TOLERANCE_DAYS: dict[int, int] = {1: 0, 2: 3, 3: 15}
# Fields with an accuracy; the first seven are the ones the issue asks for, the rest are shown for
# information (actor names depend on the extractor's canonical list).
FIELDS: tuple[str, ...] = (
    "landmark",
    "date",
    "event_type",
    "inside",
    "fatalities",
    "injuries",
    "casualties",
    "sub_event_type",
    "relation",
    "actor1",
)


@dataclass(frozen=True)
class Incident:
    """The comparable fields of one incident, expected or predicted.

    ``span`` is the character range of the evidence in the report text (None when unknown).
    """

    event_date: date | None = None
    time_precision: int | None = 1
    event_type: str | None = None
    sub_event_type: str | None = None
    landmark_id: str | None = None
    relation: str | None = None
    inside: bool | None = None
    fatalities: int | None = None
    injuries: int | None = None
    actor1: str | None = None
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Pair:
    """An aligned pair of indices into the expected and predicted lists; one side may be None."""

    expected: int | None
    predicted: int | None


@dataclass
class ReportScore:
    """The alignment of one report and the correctness of every field of each matched pair."""

    report_id: str
    expected: list[Incident]
    predicted: list[Incident]
    pairs: list[Pair]
    correct: list[dict[str, bool]] = field(default_factory=list)

    @property
    def matched(self) -> int:
        """Number of matched pairs."""
        return sum(1 for p in self.pairs if p.expected is not None and p.predicted is not None)


@dataclass(frozen=True)
class Summary:
    """Corpus-level counts and rates (rates are None when their denominator is 0)."""

    reports: int
    expected: int
    predicted: int
    matched: int
    correct: dict[str, int]

    @property
    def recall(self) -> float | None:
        """Matched / expected incidents."""
        return self.matched / self.expected if self.expected else None

    @property
    def precision(self) -> float | None:
        """Matched / predicted incidents."""
        return self.matched / self.predicted if self.predicted else None

    def accuracy(self, name: str, *, over: str = "matched") -> float | None:
        """Accuracy of field ``name`` over ``"matched"`` incidents or over ``"expected"`` (all) ones."""
        if name not in self.correct:
            raise KeyError(f"unknown field {name!r}; known: {', '.join(FIELDS)}")
        if over not in ("matched", "expected"):
            raise ValueError(f"over must be 'matched' or 'expected', got {over!r}")
        denominator = self.matched if over == "matched" else self.expected
        return self.correct[name] / denominator if denominator else None


def dates_match(expected: date | None, predicted: date | None, time_precision: int | None = 1) -> bool:
    """Whether a predicted date agrees with an annotated one.

    Both null agree; one null does not. Otherwise the difference must be within
    :data:`DATE_TOLERANCE_DAYS` for the annotation's ``time_precision`` (exact for day precision).
    """
    if expected is None or predicted is None:
        return expected is None and predicted is None
    tolerance = DATE_TOLERANCE_DAYS.get(int(time_precision or 1), 0)
    return abs((predicted - expected).days) <= tolerance


def _norm(value: str | None) -> str | None:
    return None if value is None else " ".join(value.casefold().split())


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def field_correct(expected: Incident, predicted: Incident) -> dict[str, bool]:
    """Correctness of every field of :data:`FIELDS` for one matched pair (null equals null)."""
    fatalities = expected.fatalities == predicted.fatalities
    injuries = expected.injuries == predicted.injuries
    return {
        "landmark": expected.landmark_id == predicted.landmark_id,
        "date": dates_match(expected.event_date, predicted.event_date, expected.time_precision),
        "event_type": expected.event_type == predicted.event_type,
        "inside": expected.inside == predicted.inside,
        "fatalities": fatalities,
        "injuries": injuries,
        "casualties": fatalities and injuries,
        "sub_event_type": expected.sub_event_type == predicted.sub_event_type,
        "relation": expected.relation == predicted.relation,
        "actor1": _norm(expected.actor1) == _norm(predicted.actor1),
    }


def _pair_score(expected: Incident, predicted: Incident) -> tuple[int, float]:
    """(number of agreeing criteria, weighted score) for a candidate pair."""
    landmark = expected.landmark_id is not None and expected.landmark_id == predicted.landmark_id
    when = dates_match(expected.event_date, predicted.event_date, expected.time_precision)
    kind = expected.event_type is not None and expected.event_type == predicted.event_type
    evidence = _overlap(expected.span, predicted.span)
    agree = int(landmark) + int(when) + int(kind) + int(evidence)
    weighted = 4.0 * landmark + 3.0 * when + 2.0 * kind + 2.5 * evidence
    weighted += 0.5 * (expected.sub_event_type == predicted.sub_event_type)
    return agree, weighted


def align_incidents(expected: Sequence[Incident], predicted: Sequence[Incident]) -> list[Pair]:
    """Align the incidents of one report greedily, best pair first.

    Parameters
    ----------
    expected, predicted
        The annotated and the extracted incidents of the same report.

    Returns
    -------
    list of Pair
        Matched pairs (in expected order), then unmatched expected incidents, then unmatched
        predictions. Every index of both inputs appears exactly once.
    """
    candidates: list[tuple[float, int, int]] = []
    for i, exp in enumerate(expected):
        for j, pred in enumerate(predicted):
            agree, weighted = _pair_score(exp, pred)
            if agree >= 2:
                candidates.append((weighted, i, j))
    # best score first; ties go to the earlier expected, then the earlier prediction (deterministic)
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_e: set[int] = set()
    used_p: set[int] = set()
    matched: list[Pair] = []
    for _, i, j in candidates:
        if i in used_e or j in used_p:
            continue
        used_e.add(i)
        used_p.add(j)
        matched.append(Pair(i, j))
    matched.sort(key=lambda p: p.expected if p.expected is not None else -1)
    missing = [Pair(i, None) for i in range(len(expected)) if i not in used_e]
    extra = [Pair(None, j) for j in range(len(predicted)) if j not in used_p]
    return matched + missing + extra


def score_report(report_id: str, expected: Sequence[Incident], predicted: Sequence[Incident]) -> ReportScore:
    """Align one report's incidents and mark which fields of each matched pair are correct."""
    pairs = align_incidents(expected, predicted)
    correct = [
        field_correct(expected[p.expected], predicted[p.predicted])
        for p in pairs
        if p.expected is not None and p.predicted is not None
    ]
    return ReportScore(report_id, list(expected), list(predicted), pairs, correct)


def summarize(scores: Iterable[ReportScore]) -> Summary:
    """Add up report scores into corpus-level counts."""
    scores = list(scores)
    correct = {name: 0 for name in FIELDS}
    for score in scores:
        for marks in score.correct:
            for name in FIELDS:
                correct[name] += int(marks[name])
    return Summary(
        reports=len(scores),
        expected=sum(len(s.expected) for s in scores),
        predicted=sum(len(s.predicted) for s in scores),
        matched=sum(s.matched for s in scores),
        correct=correct,
    )


def _describe(inc: Incident) -> str:
    when = inc.event_date.isoformat() if inc.event_date else "no date"
    inside = {True: "inside", False: "outside", None: "inside?"}[inc.inside]
    return (
        f"{when} p{inc.time_precision} | {inc.event_type} / {inc.sub_event_type} | "
        f"{inc.landmark_id} ({inc.relation}, {inside}) | dead {inc.fatalities} hurt {inc.injuries}"
    )


def format_report(score: ReportScore) -> str:
    """Human-readable result of one report: each pair, with the wrong fields named."""
    lines = [
        f"{score.report_id}: expected {len(score.expected)}, predicted {len(score.predicted)}, matched {score.matched}"
    ]
    marks = iter(score.correct)
    for pair in score.pairs:
        if pair.expected is not None and pair.predicted is not None:
            wrong = [name for name, ok in next(marks).items() if not ok]
            status = "ok" if not wrong else "wrong " + ", ".join(wrong)
            lines.append(f"  MATCH {status}")
            lines.append(f"    expected  {_describe(score.expected[pair.expected])}")
            lines.append(f"    predicted {_describe(score.predicted[pair.predicted])}")
        elif pair.expected is not None:
            lines.append(f"  MISSED    {_describe(score.expected[pair.expected])}")
        elif pair.predicted is not None:
            lines.append(f"  EXTRA     {_describe(score.predicted[pair.predicted])}")
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{100.0 * value:5.1f}%"


def format_summary(summary: Summary) -> str:
    """The corpus-level table: recall, precision and every field accuracy over matched and all."""
    lines = [
        f"reports {summary.reports}  expected incidents {summary.expected}  predicted {summary.predicted}  "
        f"matched {summary.matched}",
        f"incident recall    {_pct(summary.recall)}",
        f"incident precision {_pct(summary.precision)}",
        f"{'accuracy':<18} {'matched':>8} {'all expected':>13}",
    ]
    for name in FIELDS:
        note = "  (information)" if FIELDS.index(name) >= 7 else ""
        lines.append(
            f"{name:<18} {_pct(summary.accuracy(name)):>8} {_pct(summary.accuracy(name, over='expected')):>13}{note}"
        )
    return "\n".join(lines)
