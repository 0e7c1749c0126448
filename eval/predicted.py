"""Turning the extractor's incident table into comparable :class:`eval.scoring.Incident` records.

The extractor returns a GeoDataFrame in the incident schema (``docs/conventions.md``, "The incident record") without the
proximity columns; whether each predicted incident is inside the Green Zone is computed here with
:func:`geoincidents.check_proximity`, by the same rules as the annotations
(:func:`eval.corpus.expected_inside`).
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from eval.corpus import CITY_LEVEL_IDS
from eval.scoring import Incident
from geoincidents.proximity.measure import check_proximity

__all__ = ["incidents_from_frame"]


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _opt_str(value: Any) -> str | None:
    return None if _missing(value) else str(value)


def _opt_int(value: Any) -> int | None:
    return None if _missing(value) else int(value)


def _opt_date(value: Any, where: str) -> date | None:
    if _missing(value):
        return None
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{where}: event_date {value!r} is not a date") from exc
    return None if pd.isna(stamp) else stamp.date()


def _geometry_inside(frame: gpd.GeoDataFrame, gazetteer: gpd.GeoDataFrame) -> list[bool | None]:
    """check_proximity's ``inside`` for each row with a point (None where there is no position)."""
    if frame.crs is None:
        raise ValueError("the extractor returned a GeoDataFrame without a CRS")
    geoms = frame.geometry
    usable = np.asarray(~(geoms.isna() | geoms.is_empty)) & np.asarray(geoms.geom_type == "Point")
    result: list[bool | None] = [None] * len(frame)
    if usable.any():
        points = gpd.GeoDataFrame(geometry=geoms[usable].to_numpy(), crs=frame.crs)
        inside = check_proximity(points, gazetteer=gazetteer, uncertainty_m=None)["inside"]
        for pos, value in zip(np.flatnonzero(usable), inside, strict=True):
            result[int(pos)] = None if pd.isna(value) else bool(value)
    return result


def incidents_from_frame(
    frame: gpd.GeoDataFrame, gazetteer: gpd.GeoDataFrame, *, text: str | None = None
) -> list[Incident]:
    """Convert an extractor's incident table to :class:`~eval.scoring.Incident` records.

    Parameters
    ----------
    frame
        Incidents in the schema of ``docs/conventions.md`` ("The incident record"); columns missing
        from it count as null. Point geometries and a CRS.
    gazetteer
        The gazetteer (landmark kinds, the ``green_zone`` perimeter).
    text
        The report text, used to find the evidence span from ``sentence`` when ``span_start`` /
        ``span_end`` are absent.

    Returns
    -------
    list of Incident
        In row order. ``inside``: for the perimeter landmark, True when the relation is ``inside``
        or ``at`` and False otherwise; False for the relation ``outside``; None for a city-level
        landmark or ``geo_precision`` 3 (only a wide area is known); otherwise check_proximity on the
        row's point.
    """
    if not isinstance(frame, gpd.GeoDataFrame):
        raise TypeError(f"expected a GeoDataFrame from the extractor, got {type(frame).__name__}")
    geo_inside = _geometry_inside(frame, gazetteer) if len(frame) else []
    kinds = dict(zip(gazetteer["landmark_id"], gazetteer["kind"], strict=True))
    records = frame.to_dict("records")
    out: list[Incident] = []
    for pos, row in enumerate(records):
        where = f"predicted row {pos}"
        landmark = _opt_str(row.get("landmark_id"))
        relation = _opt_str(row.get("relation"))
        precision = _opt_int(row.get("geo_precision"))
        inside: bool | None
        if landmark is not None and kinds.get(landmark) == "perimeter":
            inside = relation in ("inside", "at")
        elif relation == "outside":
            inside = False
        elif landmark in CITY_LEVEL_IDS or precision == 3:
            inside = None
        else:
            inside = geo_inside[pos]
        span: tuple[int, int] | None = None
        start, end = _opt_int(row.get("span_start")), _opt_int(row.get("span_end"))
        if start is not None and end is not None:
            span = (start, end)
        elif text is not None and _opt_str(row.get("sentence")):
            found = text.find(str(row["sentence"]))
            if found >= 0:
                span = (found, found + len(str(row["sentence"])))
        out.append(
            Incident(
                event_date=_opt_date(row.get("event_date"), where),
                time_precision=_opt_int(row.get("time_precision")),
                event_type=_opt_str(row.get("event_type")),
                sub_event_type=_opt_str(row.get("sub_event_type")),
                landmark_id=landmark,
                relation=relation,
                inside=inside,
                fatalities=_opt_int(row.get("fatalities")),
                injuries=_opt_int(row.get("injuries")),
                actor1=_opt_str(row.get("actor1")),
                span=span,
            )
        )
    return out
