"""Every identifier geoincidents makes: report ids, event ids, merge keys and alert ids.

One recipe each, used by extraction, the store, the watcher, the app and the alert rules, so the same
report or incident gets the same id wherever it enters (the store's de-duplication depends on it).
All are hex prefixes of SHA-256 digests over canonical text.

- :func:`content_digest`: the full digest of a text (what a report *is*).
- :func:`report_id`: a report's id when none is given: 16 hex digits of :func:`content_digest`.
- :func:`event_id`: an incident's id from its report, date, place, type, position and evidence.
- :func:`merge_key` / :func:`merged_event_id`: the key under which incidents from several reports
  are one incident (same day, landmark and event type: ACLED's one event per day and place), and the
  id of that merged incident.
- :func:`alert_id`: an alert's id from its rule and incident.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import pandas as pd

__all__ = [
    "EVENT_ID_FIELDS",
    "alert_id",
    "content_digest",
    "event_id",
    "fill_event_ids",
    "merge_key",
    "merged_event_id",
    "report_id",
]

_SEP = "\x1f"  # the unit separator: never part of a field's canonical text
_ID_HEX = 16

EVENT_ID_FIELDS: tuple[str, ...] = (
    "report_id",
    "event_date",
    "landmark_id",
    "event_type",
    "sub_event_type",
    "latitude",
    "longitude",
    "span_start",
    "span_end",
    "sentence",
)
"""The fields an event id is made of, in order: what happened, when, where, and the evidence for it."""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def content_digest(text: str) -> str:
    """The SHA-256 of a text (UTF-8; lone surrogates kept), in hex: what the store records of a report."""
    return _digest(text)


def report_id(text: str) -> str:
    """The id a report gets when none is given: the first 16 hex digits of :func:`content_digest`."""
    return content_digest(text)[:_ID_HEX]


_TIMESTAMP_YEARS = (1678, 2261)  # the years a nanosecond Timestamp holds whole


def _canonical(value: Any) -> str:
    """One field as canonical text: missing is empty, a date is ISO (day), a coordinate has 6 decimals."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if type(value) is date and _TIMESTAMP_YEARS[0] <= value.year <= _TIMESTAMP_YEARS[1]:
        return value.isoformat()  # (what the Timestamp below gives a plain date, without building one)
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:.6f}"
    if isinstance(value, pd.Timestamp) or hasattr(value, "isoformat"):
        return str(pd.Timestamp(value).date().isoformat())
    return str(value).strip()


def _hash_fields(values: Iterable[Any]) -> str:
    return _digest(_SEP.join(_canonical(v) for v in values))[:_ID_HEX]


def event_id(record: Mapping[str, Any]) -> str:
    """An incident's id from the fields of :data:`EVENT_ID_FIELDS` that ``record`` holds (others ignored).

    The same incident extracted twice from one report, or added to the store without an id, gets the
    same id; two incidents of one report differ in date, place, type or position.
    """
    return _hash_fields(record.get(name) for name in EVENT_ID_FIELDS)


def fill_event_ids(frame: pd.DataFrame, *, prefix: str = "") -> pd.Series:
    """The frame's ``event_id`` column with every missing or blank id made by :func:`event_id`.

    Rows whose fields give the same id (duplicate rows) get ``~2``, ``~3`` ... after the second one,
    so the ids of one frame are unique. ``prefix`` (e.g. the source: ``upload``) goes before made ids.
    """
    given = frame["event_id"].astype("string") if "event_id" in frame else pd.Series(pd.NA, index=frame.index)
    missing = (given.isna() | (given.str.strip() == "")).to_numpy(dtype=bool)
    if not missing.any():
        return given
    made = [prefix + event_id(rec) for rec in frame.loc[missing].to_dict("records")]
    out = given.astype("object").copy()
    out.loc[missing] = made
    seen = out.groupby(out, dropna=False).cumcount().to_numpy()
    dup = missing & (seen > 0)
    out.loc[dup] = [f"{value}~{n + 1}" for value, n in zip(out.loc[dup], seen[dup], strict=True)]
    return out.astype("string")


def merge_key(event_date: Any, landmark_id: Any, event_type: Any) -> str | None:
    """The key of one event per day, place and type (None when any part is missing)."""
    parts = [_canonical(v) for v in (event_date, landmark_id, event_type)]
    return None if any(p == "" for p in parts) else "|".join(parts)


def merged_event_id(key: str) -> str:
    """The id of the incident that all incidents with this :func:`merge_key` form together."""
    return _digest(f"merged{_SEP}{key}")[:_ID_HEX]


def alert_id(rule_id: str, event_id: str) -> str:
    """An alert's id: the same rule on the same incident always gives the same id."""
    return _hash_fields((rule_id, event_id))
