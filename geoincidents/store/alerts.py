"""Alert rules on incidents near a perimeter, honest about location uncertainty.

A rule names a perimeter of the gazetteer, a zone around it (a distance band, or a maximum distance
outside the boundary; by default the inside only), the event types it watches and the minimum
certainty it reports. An incident raises an alert when its location may lie in the zone:

- ``certain`` when every position its uncertainty allows lies in the zone (the far edge of the
  distance range from :func:`geoincidents.proximity.measure.check_proximity` is within the threshold);
- ``possible`` when only some do (the near edge is within the threshold, the far edge is not).

A vague location therefore never raises a certain alert that only its centroid supports. An
incident whose uncertainty is unknown gets the radius implied by its ``geo_precision``; when that is
unknown too, it can raise a possible alert at most.

Rules are plain JSON (:func:`load_rules`), e.g.::

    {"rules": [
      {"rule_id": "gz-breach", "perimeter": "green_zone", "band": "inside", "min_certainty": "certain"},
      {"rule_id": "gz-protests-250", "max_distance_m": 250, "event_types": ["Protests", "Riots"]}
    ]}
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from numpy.typing import NDArray

from geoincidents import ids
from geoincidents._crs import WGS84
from geoincidents.gazetteer.load import perimeter_feature
from geoincidents.gazetteer.model import GazetteerLike
from geoincidents.labels import landmark_name, landmark_phrase
from geoincidents.proximity.certainty import (
    CERTAIN,
    DEFAULT_BANDS_M,
    POSSIBLE,
    band_labels,
    certainty_codes,
    location_uncertainty,
)
from geoincidents.proximity.measure import check_proximity
from geoincidents.schema import EVENT_TYPES, coerce_incidents

__all__ = [
    "ALERT_COLUMNS",
    "CERTAINTIES",
    "AlertRule",
    "empty_alerts",
    "evaluate_alerts",
    "format_alert",
    "load_rules",
    "rules_from_items",
]

CERTAINTIES: tuple[str, ...] = ("certain", "possible")
ALERT_COLUMNS: tuple[str, ...] = (
    "alert_id",
    "rule_id",
    "event_id",
    "certainty",
    "perimeter_id",
    "threshold_m",
    "distance_m",
    "distance_min_m",
    "distance_max_m",
    "event_type",
    "event_date",
    "location",
    "latitude",
    "longitude",
    "message",
)
_RULE_KEYS = frozenset({"rule_id", "perimeter", "band", "max_distance_m", "event_types", "min_certainty", "bands_m"})


@dataclass(frozen=True)
class AlertRule:
    """One alert rule.

    Parameters
    ----------
    rule_id
        Identifier, unique among the rules in use.
    perimeter
        Perimeter id, name or alias in the gazetteer.
    band
        A band label of :func:`geoincidents.proximity.measure.band_labels` (``"inside"``, ``"0-250 m"``, ...):
        the zone is that band and everything nearer. Exclusive with ``max_distance_m``.
    max_distance_m
        The zone is the perimeter and up to this many metres outside it. Exclusive with ``band``.
        With neither, the zone is the inside of the perimeter.
    event_types
        ACLED event types watched; empty means every type.
    min_certainty
        ``"possible"`` (report possible and certain alerts) or ``"certain"`` (certain ones only).
    bands_m
        Band edges used to interpret ``band``.
    """

    rule_id: str
    perimeter: str = "green_zone"
    band: str | None = None
    max_distance_m: float | None = None
    event_types: tuple[str, ...] = ()
    min_certainty: str = "possible"
    bands_m: tuple[float, ...] = field(default=DEFAULT_BANDS_M)

    def __post_init__(self) -> None:
        where = f"alert rule {self.rule_id!r}"
        if not isinstance(self.rule_id, str) or not self.rule_id.strip():
            raise ValueError(f"alert rule: rule_id must be a non-empty string, got {self.rule_id!r}")
        if not isinstance(self.perimeter, str) or not self.perimeter.strip():
            raise ValueError(f"{where}: perimeter must be a gazetteer id or name")
        if self.band is not None and self.max_distance_m is not None:
            raise ValueError(f"{where}: give band or max_distance_m, not both")
        if self.band is not None:
            labels = band_labels(self.bands_m)
            if self.band not in labels[:-1]:
                raise ValueError(f"{where}: band {self.band!r} is not one of {labels[:-1]}")
        if self.max_distance_m is not None:
            dist = float(self.max_distance_m)
            if not math.isfinite(dist) or dist < 0:
                raise ValueError(
                    f"{where}: max_distance_m must be a distance >= 0 in metres, got {self.max_distance_m!r}"
                )
        unknown = [t for t in self.event_types if t not in EVENT_TYPES]
        if unknown:
            raise ValueError(f"{where}: unknown event type(s) {unknown}; ACLED types are {list(EVENT_TYPES)}")
        if self.min_certainty not in CERTAINTIES:
            raise ValueError(f"{where}: min_certainty must be one of {list(CERTAINTIES)}, got {self.min_certainty!r}")

    @property
    def threshold_m(self) -> float:
        """Signed distance (metres, negative inside) below which a position is in the rule's zone."""
        if self.max_distance_m is not None:
            return float(self.max_distance_m)
        if self.band is None or self.band == "inside":
            return 0.0
        labels = band_labels(self.bands_m)
        return float(self.bands_m[labels.index(self.band) - 1])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "alert rule") -> AlertRule:
        """Build a rule from a JSON object, rejecting unknown keys with a message naming ``where``."""
        if not isinstance(data, Mapping):
            raise ValueError(f"{where}: a rule must be a JSON object, got {type(data).__name__}")
        unknown = sorted(set(data) - _RULE_KEYS)
        if unknown:
            raise ValueError(f"{where}: unknown key(s) {unknown}; allowed: {sorted(_RULE_KEYS)}")
        if "rule_id" not in data:
            raise ValueError(f"{where}: rule_id is missing")
        kwargs: dict[str, Any] = dict(data)
        types = kwargs.get("event_types", ())
        if isinstance(types, str):
            types = [types]
        if not isinstance(types, (list, tuple)):
            raise ValueError(f"{where}: event_types must be a list of ACLED event types")
        kwargs["event_types"] = tuple(types)
        if "bands_m" in kwargs:
            kwargs["bands_m"] = tuple(float(b) for b in kwargs["bands_m"])
        if kwargs.get("max_distance_m") is not None:
            if isinstance(kwargs["max_distance_m"], bool) or not isinstance(kwargs["max_distance_m"], (int, float)):
                raise ValueError(f"{where}: max_distance_m must be a number of metres")
            kwargs["max_distance_m"] = float(kwargs["max_distance_m"])
        try:
            return cls(**kwargs)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from exc

    def to_dict(self) -> dict[str, Any]:
        """Return the rule as a JSON-ready dict (the inverse of :meth:`from_dict`)."""
        return {
            "rule_id": self.rule_id,
            "perimeter": self.perimeter,
            "band": self.band,
            "max_distance_m": self.max_distance_m,
            "event_types": list(self.event_types),
            "min_certainty": self.min_certainty,
            "bands_m": list(self.bands_m),
        }


def load_rules(path: str | Path, *, gazetteer: GazetteerLike = None) -> list[AlertRule]:
    """Read alert rules from a JSON file: a list of rule objects, or ``{"rules": [...]}``.

    Each rule's perimeter is looked up in ``gazetteer`` (default the bundled one), so a misspelt
    perimeter fails here rather than on the first incident.

    Raises
    ------
    FileNotFoundError
        When the file does not exist.
    ValueError
        When the file is not valid JSON or a rule is invalid; the message names the file and rule.
    """
    src = Path(path)
    if not src.is_file():
        raise FileNotFoundError(f"alert rules file not found: {src}")
    try:
        doc = json.loads(src.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{src}: not valid JSON: {exc}") from exc
    items = doc.get("rules") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise ValueError(f'{src}: expected a list of rules or an object {{"rules": [...]}}')
    return rules_from_items(items, where=str(src), gazetteer=gazetteer)


def rules_from_items(items: list[Any], *, where: str, gazetteer: GazetteerLike = None) -> list[AlertRule]:
    """Build and check rules from plain objects (a JSON rules file's list, or a configuration file's tables).

    Rule ids must be unique and every perimeter must be in ``gazetteer``; a ValueError names
    ``where`` and the rule's position.
    """
    rules = [AlertRule.from_dict(item, where=f"{where}: rule {i}") for i, item in enumerate(items)]
    seen: set[str] = set()
    for i, rule in enumerate(rules):
        if rule.rule_id in seen:
            raise ValueError(f"{where}: rule_id {rule.rule_id!r} is used twice")
        seen.add(rule.rule_id)
        try:
            perimeter_feature(rule.perimeter, gazetteer=gazetteer)
        except KeyError as exc:
            raise ValueError(f"{where}: rule {i}: {exc.args[0]}") from exc
    return rules


def _fmt_date(value: Any) -> str:
    return "unknown date" if value is None or pd.isna(value) else pd.Timestamp(value).date().isoformat()


def _message(
    rule: AlertRule, certainty: str, row: Mapping[str, Any], perimeter_name: str, gazetteer: GazetteerLike
) -> str:
    """The alert as a person reads it: the perimeter and landmarks by name, distances in metres."""
    dist = float(row["distance_m"])
    where = f"{abs(dist):.0f} m inside" if dist < 0 else f"{dist:.0f} m outside"
    zone = "inside" if rule.threshold_m == 0 else f"within {rule.threshold_m:g} m of"
    what = row["event_type"] if not pd.isna(row["event_type"]) else "incident"
    reported = "" if pd.isna(row["location"]) else f', reported as "{row["location"]}"'
    landmark = landmark_phrase(row.get("relation"), row.get("landmark_id"), gazetteer=gazetteer)
    name = landmark_name(row.get("landmark_id"), gazetteer=gazetteer) or ""
    landmark = f" ({landmark})" if landmark and name.casefold() not in reported.casefold() else ""
    low, high = float(row["distance_min_m"]), float(row["distance_max_m"])
    return (
        f"{certainty} alert [{rule.rule_id}]: {what} on {_fmt_date(row['event_date'])}{reported}{landmark}, "
        f"{where} {perimeter_name} (range {low:.0f} to {high:.0f} m); rule: {zone} the perimeter"
    )


def _alert_row(
    rule: AlertRule,
    row: pd.Series,
    certainty: str,
    distances: tuple[float, float, float],
    perimeter_name: str,
    gazetteer: GazetteerLike,
) -> dict[str, Any]:
    """One alert: the rule, the incident it fired on, how certain and how far."""
    event_id = str(row["event_id"])
    dist, dmin, dmax = distances
    return {
        "alert_id": ids.alert_id(rule.rule_id, event_id),
        "rule_id": rule.rule_id,
        "event_id": event_id,
        "certainty": certainty,
        "perimeter_id": str(row["perimeter_id"]),
        "threshold_m": rule.threshold_m,
        "distance_m": dist,
        "distance_min_m": dmin,
        "distance_max_m": dmax,
        "event_type": None if pd.isna(row["event_type"]) else str(row["event_type"]),
        "event_date": row["event_date"],
        "location": None if pd.isna(row["location"]) else str(row["location"]),
        "latitude": float(row["latitude"]),
        "longitude": float(row["longitude"]),
        "message": _message(rule, certainty, row, perimeter_name, gazetteer),
    }


def _rule_alerts(
    rule: AlertRule, prox: pd.DataFrame, radius: NDArray[np.float64], gazetteer: GazetteerLike
) -> list[dict[str, Any]]:
    """The alerts one rule raises on incidents measured against its perimeter (``prox``)."""
    dist = prox["distance_m"].to_numpy(dtype=float)
    feature = perimeter_feature(rule.perimeter, gazetteer=gazetteer)
    per_unc = float(feature["position_uncertainty_m"])
    dmin, dmax, codes = certainty_codes(dist, radius, per_unc, rule.threshold_m)
    certain = codes == CERTAIN
    possible = codes == POSSIBLE
    wanted = np.ones(len(prox), dtype=bool)
    if rule.event_types:
        wanted = prox["event_type"].isin(rule.event_types).to_numpy(dtype=bool, na_value=False)
    fire = wanted & (certain if rule.min_certainty == "certain" else certain | possible)
    return [
        _alert_row(
            rule,
            prox.iloc[int(pos)],
            "certain" if certain[pos] else "possible",
            (float(dist[pos]), float(dmin[pos]), float(dmax[pos])),
            str(feature["name"]),
            gazetteer,
        )
        for pos in np.flatnonzero(fire)
    ]


@functools.cache
def _empty_alerts() -> gpd.GeoDataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in ALERT_COLUMNS})
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([], crs=WGS84), crs=WGS84)


def empty_alerts() -> gpd.GeoDataFrame:
    """Return an empty alerts frame with the columns of :data:`ALERT_COLUMNS` (a new copy each call)."""
    return _empty_alerts().copy()


def evaluate_alerts(
    incidents: pd.DataFrame,
    rules: Iterable[AlertRule],
    *,
    gazetteer: GazetteerLike = None,
) -> gpd.GeoDataFrame:
    """Evaluate every rule on every incident; return one row per alert raised.

    Parameters
    ----------
    incidents
        Incidents with the schema's columns (``event_id``, ``event_type``, ``latitude``,
        ``longitude``, ``uncertainty_m``, ``geo_precision`` ...); coerced with
        :func:`geoincidents.schema.coerce_incidents`. Every incident needs an ``event_id``.
    rules
        The rules to apply.
    gazetteer
        Gazetteer GeoDataFrame or path holding the rules' perimeters (default the bundled one).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns :data:`ALERT_COLUMNS` and point geometry (EPSG:4326), ordered by rule then input
        order. ``alert_id`` is derived from the rule and event ids, so evaluating twice gives the
        same ids. Incidents without a position raise no alert.
    """
    rules = list(rules)
    frame = coerce_incidents(pd.DataFrame(incidents))
    if frame["event_id"].isna().any():
        first = list(frame.index[frame["event_id"].isna()][:3])
        raise ValueError(f"evaluate_alerts: incidents need an event_id (missing at index {first})")
    if not rules or frame.empty:
        return empty_alerts()
    radius = location_uncertainty(frame["uncertainty_m"], frame["geo_precision"])
    rows: list[dict[str, Any]] = []
    by_perimeter: dict[str, pd.DataFrame] = {}
    for rule in rules:
        if rule.perimeter not in by_perimeter:
            by_perimeter[rule.perimeter] = check_proximity(frame, rule.perimeter, gazetteer=gazetteer)
        rows += _rule_alerts(rule, by_perimeter[rule.perimeter], radius, gazetteer)
    if not rows:
        return empty_alerts()
    out = pd.DataFrame(rows, columns=list(ALERT_COLUMNS))
    out["event_date"] = pd.to_datetime(out["event_date"]).astype("datetime64[ns]")
    return gpd.GeoDataFrame(out, geometry=gpd.points_from_xy(out["longitude"], out["latitude"]), crs=WGS84)


def format_alert(alert: Mapping[str, Any]) -> str:
    """Return the one-line terminal form of an alert (a row of :func:`evaluate_alerts`)."""
    return f"ALERT {alert['alert_id']} {alert['message']} [event {alert['event_id']}]"
