"""The incident record (``docs/conventions.md``, "The incident record"): column names, types and an empty frame.

Columns follow the ACLED codebook where ACLED has the column, so analysts can join with ACLED
exports; geoincidents adds the evidence, landmark and uncertainty columns. Unknown is null, not zero.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

import geopandas as gpd
import numpy as np
import pandas as pd

from geoincidents._crs import WGS84
from geoincidents._paths import data_path
from geoincidents.gazetteer.model import as_gazetteer

__all__ = [
    "ACLED_COLUMNS",
    "CERTAINTIES",
    "EVENT_TYPES",
    "EXTRA_COLUMNS",
    "INCIDENT_COLUMNS",
    "RELATIONS",
    "STATUSES",
    "Certainty",
    "EventType",
    "Relation",
    "Status",
    "empty_incidents",
    "load_sample_incidents",
]

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "source",
    "notes",
)
EXTRA_COLUMNS: tuple[str, ...] = (
    "injuries",
    "landmark_id",
    "relation",
    "uncertainty_m",
    "confidence",
    "published",
    "report_id",
    "sentence",
    "span_start",
    "span_end",
    "status",
)
INCIDENT_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + EXTRA_COLUMNS

# ACLED's event types and their sub-event types (ACLED codebook).
EventType = Literal[
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
]
"""ACLED's six event types."""
Relation = Literal["at", "near", "towards", "inside", "outside"]
"""How an incident stands to the landmark it is located by."""
Status = Literal["unverified", "verified", "disputed", "rejected"]
"""Review status of an incident."""
Certainty = Literal["certain", "possible", "excluded"]
"""Whether every (``certain``), some (``possible``) or no (``excluded``) position a location's
uncertainty allows lies in a zone (see :mod:`geoincidents.proximity.certainty`)."""

EVENT_TYPES: dict[EventType, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
RELATIONS: tuple[Relation, ...] = get_args(Relation)
STATUSES: tuple[Status, ...] = get_args(Status)
CERTAINTIES: tuple[Certainty, ...] = get_args(Certainty)

_DTYPES: dict[str, str] = {
    "event_id": "string",
    "event_date": "datetime64[ns]",
    "time_precision": "Int8",
    "event_type": "string",
    "sub_event_type": "string",
    "actor1": "string",
    "assoc_actor_1": "string",
    "actor2": "string",
    "location": "string",
    "latitude": "float64",
    "longitude": "float64",
    "geo_precision": "Int8",
    "fatalities": "Int64",
    "source": "string",
    "notes": "string",
    "injuries": "Int64",
    "landmark_id": "string",
    "relation": "string",
    "uncertainty_m": "float64",
    "confidence": "float64",
    "published": "datetime64[ns]",
    "report_id": "string",
    "sentence": "string",
    "span_start": "Int64",
    "span_end": "Int64",
    "status": "string",
}


def empty_incidents() -> gpd.GeoDataFrame:
    """Return an empty incident GeoDataFrame with every column of :data:`INCIDENT_COLUMNS` typed."""
    frame = pd.DataFrame({c: pd.Series(dtype=_DTYPES[c]) for c in INCIDENT_COLUMNS})
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([], crs=WGS84), crs=WGS84)


def coerce_incidents(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    """Return ``frame`` with every incident column present and typed, and Point geometry from lon/lat.

    Missing columns are added as nulls; extra columns are kept after the schema's columns.
    """
    out = frame.copy()
    for col in INCIDENT_COLUMNS:
        if col not in out:
            out[col] = pd.Series([pd.NA] * len(out), index=out.index, dtype=object)
    for col in INCIDENT_COLUMNS:
        dtype = _DTYPES[col]
        if dtype.startswith("datetime"):
            out[col] = pd.to_datetime(out[col], errors="coerce").astype("datetime64[ns]")
        elif dtype == "float64":
            out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
        elif dtype in ("Int8", "Int64"):
            out[col] = pd.to_numeric(out[col], errors="coerce").round().astype(dtype)
        else:
            out[col] = out[col].astype("string")
    extra = [c for c in out.columns if c not in INCIDENT_COLUMNS and c != "geometry"]
    lon = out["longitude"].to_numpy(dtype=float)
    lat = out["latitude"].to_numpy(dtype=float)
    geometry = gpd.points_from_xy(lon, lat, crs=WGS84)
    missing = ~(np.isfinite(lon) & np.isfinite(lat))
    geoms = np.asarray(geometry, dtype=object)
    geoms[missing] = None
    return gpd.GeoDataFrame(
        out[list(INCIDENT_COLUMNS) + extra], geometry=gpd.GeoSeries(geoms, index=out.index, crs=WGS84), crs=WGS84
    )


def load_sample_incidents(path: str | Path | None = None) -> gpd.GeoDataFrame:
    """Return the bundled sample incidents, hand-annotated from the sample reports.

    The sample file names each incident's landmark and carries its coordinates and uncertainty
    (copied from the gazetteer; a test fails when they go stale). Rows that leave them blank get
    them from the gazetteer.
    """
    src = data_path("sample_incidents.csv") if path is None else Path(path)
    frame = pd.read_csv(src, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    gaz = as_gazetteer().frame.set_index("landmark_id")
    pts = gaz.geometry.representative_point()
    for i, lid in frame["landmark_id"].items():
        if pd.isna(lid) or lid not in gaz.index:
            raise ValueError(f"{src}: row {int(str(i)) + 2}: landmark_id {lid!r} is not in the gazetteer")
        if pd.isna(frame.at[i, "latitude"]) or pd.isna(frame.at[i, "longitude"]):
            frame.at[i, "longitude"] = repr(float(pts[lid].x))
            frame.at[i, "latitude"] = repr(float(pts[lid].y))
        if pd.isna(frame.at[i, "uncertainty_m"]):
            frame.at[i, "uncertainty_m"] = repr(float(gaz.at[lid, "position_uncertainty_m"]))
    return coerce_incidents(frame)
