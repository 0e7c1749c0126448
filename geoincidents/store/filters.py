"""Which incidents to show or return: one filter type for the app and :meth:`IncidentStore.query`.

The rules, the same everywhere:

- a field left ``None`` does not restrict; an empty collection matches nothing;
- dates are inclusive; undated incidents pass a date range unless ``include_undated`` is False;
- actors match exactly (case and surrounding spaces ignored) any of ``actor1``, ``assoc_actor_1``
  and ``actor2``;
- a missing review status counts as ``unverified``;
- ``bbox`` is ``(min_lon, min_lat, max_lon, max_lat)`` in degrees, edges included.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from geoincidents.schema import STATUSES

__all__ = ["IncidentFilter"]

_ACTOR_COLUMNS = ("actor1", "assoc_actor_1", "actor2")


def _day(value: Any, what: str) -> date | None:
    if value is None:
        return None
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"IncidentFilter: {what} {value!r} is not a date") from exc
    if pd.isna(stamp):
        raise ValueError(f"IncidentFilter: {what} {value!r} is not a date")
    day: date = stamp.date()
    return day


def _tuple(values: Collection[Any] | None) -> tuple[Any, ...] | None:
    if values is None:
        return None
    if isinstance(values, str):
        return (values,)
    return tuple(values)


def _texts(frame: pd.DataFrame, column: str) -> pd.Series:
    """A column as stripped, case-folded strings (missing or blank as NA); all NA when absent."""
    if column not in frame:
        return pd.Series(pd.NA, index=frame.index, dtype="string")
    text = frame[column].astype("string").str.strip().str.casefold()
    return text.mask(text == "")


@dataclass(frozen=True)
class IncidentFilter:
    """A selection of incidents (see the module's rules). Build it with any of the fields.

    Parameters
    ----------
    date_from, date_to
        Inclusive range of ``event_date`` (dates, or anything :class:`pandas.Timestamp` reads).
    include_undated
        Whether incidents without a date pass a date range.
    event_types, actors, bands, precisions, statuses, event_ids
        Allowed values of ``event_type``, the actor columns, ``band``, ``geo_precision``,
        ``status`` and ``event_id``.
    bbox
        ``(min_lon, min_lat, max_lon, max_lat)`` in degrees.
    """

    date_from: date | None = None
    date_to: date | None = None
    include_undated: bool = True
    event_types: Collection[str] | None = None
    actors: Collection[str] | None = None
    bands: Collection[str] | None = None
    precisions: Collection[int] | None = None
    statuses: Collection[str] | None = None
    bbox: tuple[float, float, float, float] | None = None
    event_ids: Collection[str] | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "date_from", _day(self.date_from, "date_from"))
        set_(self, "date_to", _day(self.date_to, "date_to"))
        for name in ("event_types", "actors", "bands", "precisions", "statuses", "event_ids"):
            set_(self, name, _tuple(getattr(self, name)))
        if self.statuses is not None:
            unknown = [s for s in self.statuses if s not in STATUSES]
            if unknown:
                raise ValueError(f"IncidentFilter: unknown status(es) {unknown}; statuses are {list(STATUSES)}")
        if self.bbox is not None:
            box = tuple(self.bbox)
            if len(box) != 4:
                raise ValueError(f"bbox must be (min_lon, min_lat, max_lon, max_lat), got {self.bbox!r}")
            min_lon, min_lat, max_lon, max_lat = (float(v) for v in box)
            if not (min_lon <= max_lon and min_lat <= max_lat):
                raise ValueError(f"bbox must be (min_lon, min_lat, max_lon, max_lat), min <= max; got {self.bbox!r}")
            set_(self, "bbox", (min_lon, min_lat, max_lon, max_lat))

    def mask(self, frame: pd.DataFrame) -> np.ndarray:
        """Boolean array: which rows of ``frame`` (incident schema columns) pass every field."""
        keep = np.ones(len(frame), dtype=bool)
        keep &= self._date_mask(frame)
        for column, allowed in (
            ("event_type", self.event_types),
            ("band", self.bands),
            ("geo_precision", self.precisions),
            ("event_id", self.event_ids),
        ):
            if allowed is not None:
                values = frame[column] if column in frame else pd.Series(pd.NA, index=frame.index)
                values = values.astype("string") if column == "band" else values
                keep &= values.isin(list(allowed)).fillna(False).to_numpy(dtype=bool)
        if self.statuses is not None:
            status = frame["status"] if "status" in frame else pd.Series(pd.NA, index=frame.index, dtype="string")
            keep &= status.fillna("unverified").isin(list(self.statuses)).to_numpy(dtype=bool)
        if self.actors is not None:
            wanted = {str(a).strip().casefold() for a in self.actors}
            any_actor = np.zeros(len(frame), dtype=bool)
            for column in _ACTOR_COLUMNS:
                any_actor |= _texts(frame, column).isin(wanted).fillna(False).to_numpy(dtype=bool)
            keep &= any_actor
        if self.bbox is not None:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            lon = pd.to_numeric(frame["longitude"], errors="coerce").to_numpy(dtype=float)
            lat = pd.to_numeric(frame["latitude"], errors="coerce").to_numpy(dtype=float)
            keep &= (lon >= min_lon) & (lon <= max_lon) & (lat >= min_lat) & (lat <= max_lat)
        return keep

    def _date_mask(self, frame: pd.DataFrame) -> np.ndarray:
        if self.date_from is None and self.date_to is None and self.include_undated:
            return np.ones(len(frame), dtype=bool)
        days = pd.to_datetime(frame["event_date"], errors="coerce").dt.normalize()
        undated = days.isna().to_numpy()
        ok = np.ones(len(frame), dtype=bool)
        if self.date_from is not None:
            ok &= (days >= pd.Timestamp(self.date_from)).fillna(False).to_numpy(dtype=bool)
        if self.date_to is not None:
            ok &= (days <= pd.Timestamp(self.date_to)).fillna(False).to_numpy(dtype=bool)
        return np.where(undated, self.include_undated, ok)

    def apply(self, frame: pd.DataFrame) -> Any:
        """The rows of ``frame`` that pass (row order and type kept)."""
        return frame[self.mask(frame)]
