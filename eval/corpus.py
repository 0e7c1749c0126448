"""The evaluation corpus: loading ``eval/corpus.jsonl`` and checking it against the gazetteer.

The format is described in ``eval/README.md``: one JSON object per report with the expected
incidents. :func:`load_corpus` reads and validates the file (every problem named with its line and
field); :func:`check_corpus` additionally checks the annotations against the report texts and a
gazetteer (landmark ids exist, evidence quotes are verbatim, ``inside`` agrees with the geometry).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from eval.scoring import Incident
from geoincidents.proximity.measure import check_proximity
from geoincidents.schema import EVENT_TYPES, RELATIONS

__all__ = [
    "CITY_LEVEL_IDS",
    "CorpusError",
    "CorpusReport",
    "ExpectedIncident",
    "check_corpus",
    "expected_inside",
    "load_corpus",
]

# Landmarks that stand for a whole city or a side of the river: whether an incident located only
# by them is inside the Green Zone is unknown, so ``inside`` is null for them.
CITY_LEVEL_IDS: frozenset[str] = frozenset({"baghdad", "karkh", "rusafa"})
_REPORT_ID = re.compile(r"^\d{3}_[a-z0-9_]+$")
_INCIDENT_KEYS = (
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "landmark_id",
    "relation",
    "inside",
    "fatalities",
    "injuries",
    "actor1",
    "evidence",
)


class CorpusError(ValueError):
    """The corpus file breaks the format; ``problems`` lists every problem with its line and field."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        shown = "\n  ".join(problems[:30])
        more = f"\n  ... and {len(problems) - 30} more" if len(problems) > 30 else ""
        super().__init__(f"invalid corpus {source}: {len(problems)} problem(s):\n  {shown}{more}")


@dataclass(frozen=True)
class ExpectedIncident:
    """One hand-annotated incident of a report."""

    event_date: date | None
    time_precision: int
    event_type: str
    sub_event_type: str
    landmark_id: str
    relation: str
    inside: bool | None
    fatalities: int | None
    injuries: int | None
    actor1: str | None
    evidence: str


@dataclass(frozen=True)
class CorpusReport:
    """One report of the corpus with its expected incidents."""

    report_id: str
    file: Path
    published: date | None
    source: str
    language: str
    incidents: tuple[ExpectedIncident, ...]
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        """Return the report text (UTF-8)."""
        return self.file.read_text(encoding="utf-8")

    def expected_incidents(self, text: str | None = None) -> list[Incident]:
        """The expected incidents as :class:`eval.scoring.Incident`, with the evidence's span in ``text``."""
        body = self.text() if text is None else text
        out: list[Incident] = []
        for inc in self.incidents:
            start = body.find(inc.evidence)
            out.append(
                Incident(
                    event_date=inc.event_date,
                    time_precision=inc.time_precision,
                    event_type=inc.event_type,
                    sub_event_type=inc.sub_event_type,
                    landmark_id=inc.landmark_id,
                    relation=inc.relation,
                    inside=inc.inside,
                    fatalities=inc.fatalities,
                    injuries=inc.injuries,
                    actor1=inc.actor1,
                    span=(start, start + len(inc.evidence)) if start >= 0 else None,
                )
            )
        return out


def _opt_int(value: Any, where: str, problems: list[str], *, minimum: int = 0) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        problems.append(f"{where}: must be an integer >= {minimum} or null, got {value!r}")
        return None
    return value


def _opt_date(value: Any, where: str, problems: list[str]) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}: {value!r} is not an ISO date YYYY-MM-DD")
        return None


def _parse_incident(raw: Any, where: str, problems: list[str]) -> ExpectedIncident | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: an incident must be a JSON object")
        return None
    missing = [k for k in _INCIDENT_KEYS if k not in raw]
    if missing:
        problems.append(f"{where}: missing field(s) {', '.join(missing)}")
        return None
    before = len(problems)
    event_type = raw["event_type"]
    sub = raw["sub_event_type"]
    if event_type not in EVENT_TYPES:
        problems.append(f"{where}.event_type: {event_type!r} is not an ACLED event type")
    elif sub not in EVENT_TYPES[event_type]:
        problems.append(f"{where}.sub_event_type: {sub!r} is not a sub-event type of {event_type!r}")
    if raw["relation"] not in RELATIONS:
        problems.append(f"{where}.relation: {raw['relation']!r} is not one of {', '.join(RELATIONS)}")
    precision = raw["time_precision"]
    if precision not in (1, 2, 3):
        problems.append(f"{where}.time_precision: must be 1, 2 or 3, got {precision!r}")
    inside = raw["inside"]
    if inside is not None and not isinstance(inside, bool):
        problems.append(f"{where}.inside: must be true, false or null, got {inside!r}")
    for key in ("landmark_id", "evidence"):
        if not isinstance(raw[key], str) or not raw[key].strip():
            problems.append(f"{where}.{key}: must be a non-empty string")
    if raw["actor1"] is not None and not isinstance(raw["actor1"], str):
        problems.append(f"{where}.actor1: must be a string or null")
    event_date = _opt_date(raw["event_date"], f"{where}.event_date", problems)
    fatalities = _opt_int(raw["fatalities"], f"{where}.fatalities", problems)
    injuries = _opt_int(raw["injuries"], f"{where}.injuries", problems)
    if len(problems) > before:
        return None
    return ExpectedIncident(
        event_date=event_date,
        time_precision=int(precision),
        event_type=str(event_type),
        sub_event_type=str(sub),
        landmark_id=str(raw["landmark_id"]),
        relation=str(raw["relation"]),
        inside=inside,
        fatalities=fatalities,
        injuries=injuries,
        actor1=raw["actor1"],
        evidence=str(raw["evidence"]),
    )


def _parse_report(raw: Any, where: str, base: Path, problems: list[str]) -> CorpusReport | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: not a JSON object")
        return None
    missing = [k for k in ("report_id", "file", "published", "source", "language", "incidents") if k not in raw]
    if missing:
        problems.append(f"{where}: missing field(s) {', '.join(missing)}")
        return None
    before = len(problems)
    report_id = raw["report_id"]
    if not isinstance(report_id, str) or not _REPORT_ID.match(report_id):
        problems.append(f"{where}.report_id: {report_id!r} is not of the form NNN_slug")
    path = base / str(raw["file"])
    if not path.is_file():
        problems.append(f"{where}.file: {raw['file']!r} not found under {base}")
    elif isinstance(report_id, str) and path.stem != report_id:
        problems.append(f"{where}.file: {raw['file']!r} does not match report_id {report_id!r}")
    if raw["language"] not in ("en", "ar"):
        problems.append(f"{where}.language: must be 'en' or 'ar', got {raw['language']!r}")
    if not isinstance(raw["source"], str) or not raw["source"].strip():
        problems.append(f"{where}.source: must be a non-empty string")
    published = _opt_date(raw["published"], f"{where}.published", problems)
    if not isinstance(raw["incidents"], list):
        problems.append(f"{where}.incidents: must be a list")
        return None
    incidents = [_parse_incident(item, f"{where}.incidents[{i}]", problems) for i, item in enumerate(raw["incidents"])]
    if len(problems) > before:
        return None
    known = {"report_id", "file", "published", "source", "language", "incidents", "notes"}
    return CorpusReport(
        report_id=str(report_id),
        file=path,
        published=published,
        source=str(raw["source"]),
        language=str(raw["language"]),
        incidents=tuple(inc for inc in incidents if inc is not None),
        notes=str(raw.get("notes") or ""),
        extra={k: v for k, v in raw.items() if k not in known},
    )


def load_corpus(path: str | Path) -> list[CorpusReport]:
    """Read and validate a corpus file.

    Parameters
    ----------
    path
        The JSON Lines file; report files are resolved relative to its folder.

    Returns
    -------
    list of CorpusReport
        In file order.

    Raises
    ------
    FileNotFoundError
        When the corpus file does not exist.
    CorpusError
        Listing every problem found, each with its line number and field.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"corpus file not found: {path}")
    problems: list[str] = []
    reports: list[CorpusReport] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line {lineno}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        report = _parse_report(raw, where, path.parent, problems)
        if report is None:
            continue
        if report.report_id in seen:
            problems.append(f"{where}.report_id: {report.report_id!r} already used on line {seen[report.report_id]}")
            continue
        seen[report.report_id] = lineno
        reports.append(report)
    if not reports and not problems:
        problems.append("no reports")
    if problems:
        raise CorpusError(str(path), problems)
    return reports


def expected_inside(landmark_id: str, relation: str, gazetteer: gpd.GeoDataFrame) -> bool | None:
    """Whether an incident at a landmark is inside the Green Zone, decided by the gazetteer geometry.

    Parameters
    ----------
    landmark_id
        A gazetteer landmark id.
    relation
        The incident's relation to the landmark (``at``, ``near``, ``towards``, ``inside``, ``outside``).
    gazetteer
        The gazetteer holding the landmark and the ``green_zone`` perimeter.

    Returns
    -------
    bool or None
        For the perimeter itself: True for ``inside``/``at``, False for ``near``/``towards``/
        ``outside``. For a city-level landmark (:data:`CITY_LEVEL_IDS`): None (unknown). Otherwise
        :func:`geoincidents.check_proximity` on the landmark's representative point (a point on the
        line for a bridge), ignoring uncertainty.

    Raises
    ------
    KeyError
        When the landmark id is not in the gazetteer.
    """
    rows = gazetteer[gazetteer["landmark_id"] == landmark_id]
    if rows.empty:
        raise KeyError(f"landmark_id {landmark_id!r} is not in the gazetteer")
    row = rows.iloc[0]
    if row["kind"] == "perimeter":
        return relation in ("inside", "at")
    if relation == "outside":
        return False
    if landmark_id in CITY_LEVEL_IDS:
        return None
    point = row.geometry.representative_point()
    points = gpd.GeoDataFrame(geometry=[point], crs=gazetteer.crs)
    result = check_proximity(points, gazetteer=gazetteer, uncertainty_m=None)
    value = result["inside"].iloc[0]
    return None if pd.isna(value) else bool(value)


def check_corpus(reports: list[CorpusReport], gazetteer: gpd.GeoDataFrame) -> list[str]:
    """Check annotations against the report texts and a gazetteer.

    Returns
    -------
    list of str
        One message per problem (empty when the corpus is consistent): unknown landmark ids,
        evidence that is not a verbatim quote of the report, an ``inside`` value that disagrees with
        :func:`expected_inside`, an event date after the publication date.
    """
    known = set(gazetteer["landmark_id"])
    problems: list[str] = []
    for report in reports:
        text = report.text()
        for i, inc in enumerate(report.incidents):
            where = f"{report.report_id} incident {i}"
            if inc.evidence not in text:
                problems.append(f"{where}: evidence is not a verbatim quote of the report: {inc.evidence[:60]!r}")
            if inc.landmark_id not in known:
                problems.append(f"{where}: landmark_id {inc.landmark_id!r} is not in the gazetteer")
                continue
            inside = expected_inside(inc.landmark_id, inc.relation, gazetteer)
            if inside != inc.inside:
                problems.append(f"{where}: inside is {inc.inside!r} but the gazetteer geometry gives {inside!r}")
            if inc.event_date and report.published and inc.event_date > report.published:
                problems.append(f"{where}: event_date {inc.event_date} is after publication {report.published}")
    return problems
