"""Every text the map shows about an incident or a landmark, escaped for HTML and JavaScript.

Each function takes report-, file- or gazetteer-derived values and returns text that went through
:func:`geoincidents.maps.escape.escape_text` (the one escaping rule); the map's elements put these
strings into the page as data. Column-wise functions escape each distinct value once, which keeps
them fast for tens of thousands of incidents.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from geoincidents.maps.escape import escape_text
from geoincidents.proximity.certainty import location_uncertainty

__all__ = [
    "OTHER_TYPE",
    "column",
    "day",
    "distance_texts",
    "format_date",
    "format_int",
    "landmark_popup",
    "landmark_tooltip",
    "location_radius",
    "numbers",
    "per_unique",
    "perimeter_popup",
    "popup_columns",
    "present",
    "track_tooltip",
    "type_texts",
]


OTHER_TYPE = "Other type"
"""How the map names an incident whose type maps to none of ACLED's six (or that has no type)."""


def present(value: Any) -> bool:
    """False for None, NaN, pandas' missing markers and blank strings (an unknown value); True otherwise."""
    if value is None or value is pd.NA or value is pd.NaT:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return not (isinstance(value, str) and not value.strip())


def column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column of ``frame``, all missing when the column is absent."""
    if name in frame.columns:
        return frame[name]
    return pd.Series([None] * len(frame), index=frame.index, dtype=object)


def per_unique(values: pd.Series, func: Callable[[Any], Any]) -> np.ndarray:
    """``func`` applied once per distinct value (and once to None for missing ones), spread to every row."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    mapped = np.empty(len(uniques) + 1, dtype=object)
    mapped[:] = [*(func(u) for u in uniques), func(None)]
    out: np.ndarray = mapped[codes]
    return out


def numbers(frame: pd.DataFrame, name: str) -> np.ndarray:
    """A column as floats (NaN where missing or not a number; all NaN when the column is absent)."""
    if name not in frame.columns:
        return np.full(len(frame), np.nan)
    out: np.ndarray = pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    return out


def location_radius(frame: pd.DataFrame) -> np.ndarray:
    """Each row's location radius by the one certainty policy (stated, else from geo_precision; NaN unknown)."""
    return location_uncertainty(numbers(frame, "uncertainty_m"), numbers(frame, "geo_precision"), n=len(frame))


def format_int(value: Any) -> str:
    """A count as text; ``"not reported"`` when unknown (unknown is never shown as 0)."""
    return str(int(value)) if present(value) else "not reported"


def format_date(value: Any) -> str:
    """A date (``YYYY-MM-DD``) or, when it has a time of day, date and time to the minute; "" when unknown."""
    if not present(value):
        return ""
    ts = pd.Timestamp(value)
    return str(ts.date().isoformat() if ts == ts.normalize() else ts.isoformat(sep=" ", timespec="minutes"))


def day(value: Any) -> str | None:
    """The ISO day of a date (what the time slider filters on), None when unknown."""
    if not present(value):
        return None
    ts = pd.Timestamp(value)
    return None if pd.isna(ts) else ts.date().isoformat()


def distance_texts(frame: pd.DataFrame) -> list[str]:
    """The popup's distance line of every row: signed distance, location radius, breach certainty."""
    dist, unc = numbers(frame, "distance_m"), location_radius(frame)
    breach_text = per_unique(
        column(frame, "breach"), lambda v: f"; inside the perimeter: {escape_text(v)}" if present(v) else ""
    )
    out = []
    for d, u, b in zip(dist.tolist(), unc.tolist(), breach_text.tolist(), strict=True):
        if not math.isfinite(d):
            out.append("unknown (no location)")
            continue
        text = f"inside, {abs(d):,.0f} m from the edge" if d < 0 else f"{d:,.0f} m outside"
        if u > 0:  # NaN compares False
            text += f" (location ± {u:,.0f} m)"
        out.append(text + b)
    return out


def type_texts(acled: np.ndarray, original: np.ndarray, sub: np.ndarray, sub_ok: np.ndarray) -> list[str]:
    """The popup's type line of every row (already escaped parts): ACLED type (sub-event type), and the
    original type when the source used another taxonomy, e.g. "Battles, from UCDP type of violence 2 (...)"."""
    out = []
    for a, o, s, ok in zip(acled.tolist(), original.tolist(), sub.tolist(), sub_ok.tolist(), strict=True):
        if a == OTHER_TYPE:
            out.append(f"{OTHER_TYPE}: {o}" if o else "unknown type")
            continue
        text = f"{a} ({s})" if ok else a
        out.append(f"{text}, from {o}" if o else text)
    return out


def popup_columns(
    frame: pd.DataFrame,
    *,
    acled: np.ndarray | None = None,
    original: np.ndarray | None = None,
    landmark_names: Mapping[str, str] | None = None,
) -> dict[str, list[Any]]:
    """The popup and tooltip of every incident as escaped text, column by column.

    Keys ``p0`` (event id) to ``p9`` (evidence sentence), in the order of
    :data:`geoincidents.maps.style.POPUP_LABELS` between them, and ``tt``, the tooltip after the
    event id. The map's script assembles the popup from these when it is opened.

    ``acled`` and ``original`` are each row's ACLED type (None: other) and original type
    (:func:`geoincidents.maps.taxonomy.acled_types`); without them the ``event_type`` column is shown as
    it is. ``landmark_names`` turns landmark ids into the gazetteer's names (an id not in it is shown as it is).
    """
    names = landmark_names or {}

    def esc(name: str, missing: str = "") -> np.ndarray:
        return per_unique(column(frame, name), lambda v: escape_text(v, missing=missing))

    def known(name: str) -> np.ndarray:
        return per_unique(column(frame, name), present).astype(bool)

    date_text = per_unique(column(frame, "event_date"), lambda v: escape_text(format_date(v)))
    actors = [esc(c) for c in ("actor1", "assoc_actor_1", "actor2")]
    actors_ok = [known(c) for c in ("actor1", "assoc_actor_1", "actor2")]
    sub, sub_ok = esc("sub_event_type"), known("sub_event_type")
    if acled is None or original is None:
        etype = esc("event_type", "unknown type")
        types = [f"{t} ({s})" if ok else t for t, s, ok in zip(etype, sub, sub_ok, strict=True)]
    else:
        etype = _escape_each(acled, missing=OTHER_TYPE)
        types = type_texts(etype, _escape_each(original, missing=""), sub, sub_ok)
    lm = per_unique(column(frame, "landmark_id"), lambda v: escape_text(names.get(str(v), v) if present(v) else v))
    place, lm_ok, rel = esc("location"), known("landmark_id"), esc("relation", "at")
    fat = per_unique(column(frame, "fatalities"), format_int)
    inj = per_unique(column(frame, "injuries"), format_int)
    p_actor, p_type, p_place, p_cas, tooltips = [], [], [], [], []
    for i in range(len(frame)):
        p_actor.append(" / ".join(a[i] for a, ok in zip(actors, actors_ok, strict=True) if ok[i]) or "not reported")
        p_type.append(types[i])
        landmark = f"{rel[i]} {lm[i]}" if lm_ok[i] else ""
        p_place.append((f"{place[i]} [{landmark}]" if landmark else place[i]) or "not reported")
        p_cas.append(f"{fat[i]} killed, {inj[i]} injured")
        tooltip = f"{etype[i]} · {date_text[i] or 'no date'}"
        tooltips.append(f"{tooltip} · {landmark}" if landmark else tooltip)
    return {
        "p0": esc("event_id").tolist(),
        "p1": [d or "unknown" for d in date_text.tolist()],
        "p2": p_type,
        "p3": p_actor,
        "p4": p_cas,
        "p5": p_place,
        "p6": distance_texts(frame),
        "p7": esc("source", "not reported").tolist(),
        "p8": esc("status", "unverified").tolist(),
        "p9": esc("sentence").tolist(),
        "tt": tooltips,
    }


def _escape_each(values: np.ndarray, *, missing: str) -> np.ndarray:
    """Every value escaped once per distinct value (``missing`` for None)."""
    return per_unique(pd.Series(values, dtype=object), lambda v: escape_text(v, missing=missing))


def track_tooltip(row: Mapping[str, Any], where_from: str, when: str | None) -> str:
    """The tooltip of a movement track (``where_from`` is already escaped)."""
    e = escape_text
    return (
        f"Movement of {e(row.get('actor1'), missing='a crowd')} from {where_from} "
        f"{e(row.get('relation'), missing='towards')} {e(row.get('location'), missing='this place')} "
        f"({e(when, missing='no date')})"
    )


_KIND_NAMES = {"sit_in": "sit-in site", "bridge_end": "bridge end"}


def landmark_popup(row: Mapping[str, Any], kind: str) -> str:
    """The popup HTML of a gazetteer landmark: names, kind, position uncertainty, source (and dates of a sit-in)."""
    e = escape_text
    popup = (
        f"<b>{e(row['name'])}</b> <span dir='rtl'>{e(row['name_ar'])}</span><br>"
        f"{e(_KIND_NAMES.get(kind, kind.replace('_', ' ')))}<br>"
        f"position ± {float(row['position_uncertainty_m']):,.0f} m<br>"
        f"source: {e(row['source'])}"
    )
    if kind == "sit_in":
        popup += f"<br>existed {e(row.get('valid_from'), missing='?')} to {e(row.get('valid_to'), missing='?')}"
    return popup


def perimeter_popup(row: Mapping[str, Any]) -> str:
    """The popup HTML of the perimeter: its names, position uncertainty and source."""
    return landmark_popup(row, "perimeter")


def landmark_tooltip(layer_name: str, row: Mapping[str, Any]) -> str:
    """The tooltip of a landmark marker: its layer's name in the singular and its name."""
    return f"{escape_text(layer_name[:-1])}: {escape_text(row['name'])}"
