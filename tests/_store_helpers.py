"""Incidents for the store, alert and watch tests, built from the real gazetteer's landmarks."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geoincidents.gazetteer.load import load_gazetteer
from geoincidents.schema import coerce_incidents

__all__ = ["landmark_incidents", "landmark_points", "write_report_folder"]

_ACTORS = ("Protesters (Iraq)", "Police Forces of Iraq (2020-)", "Sadrist Movement")


def landmark_points(gazetteer: gpd.GeoDataFrame | None = None) -> pd.DataFrame:
    """One row per landmark: id, lon, lat (representative point) and position uncertainty."""
    gaz = load_gazetteer() if gazetteer is None else gazetteer
    pts = gaz.geometry.representative_point()
    return pd.DataFrame(
        {
            "landmark_id": gaz["landmark_id"].to_numpy(),
            "kind": gaz["kind"].to_numpy(),
            "name": gaz["name"].to_numpy(),
            "longitude": pts.x.to_numpy(),
            "latitude": pts.y.to_numpy(),
            "uncertainty_m": gaz["position_uncertainty_m"].to_numpy(dtype=float),
        }
    )


def landmark_incidents(
    n: int,
    *,
    start: str = "2024-01-01",
    source: str = "Test Agency",
    event_type: str = "Protests",
    report_id: str | None = None,
    event_ids: bool = True,
    prefix: str = "ev",
) -> gpd.GeoDataFrame:
    """``n`` incidents on consecutive days, cycling over the gazetteer's non-perimeter landmarks."""
    pts = landmark_points()
    pts = pts[pts["kind"] != "perimeter"].reset_index(drop=True)
    rows = []
    for i in range(n):
        lm = pts.iloc[i % len(pts)]
        rows.append(
            {
                "event_id": f"{prefix}{i:05d}" if event_ids else None,
                "event_date": pd.Timestamp(start) + pd.Timedelta(days=i),
                "time_precision": 1,
                "event_type": event_type,
                "sub_event_type": None,
                "actor1": _ACTORS[i % len(_ACTORS)],
                "location": lm["name"],
                "latitude": lm["latitude"],
                "longitude": lm["longitude"],
                "geo_precision": 1,
                "source": source,
                "landmark_id": lm["landmark_id"],
                "relation": "at",
                "uncertainty_m": lm["uncertainty_m"],
                "confidence": 0.6,
                "published": pd.Timestamp(start) + pd.Timedelta(days=i + 1),
                "report_id": report_id,
                "sentence": f"Incident {i} at {lm['name']}.",
            }
        )
    return coerce_incidents(pd.DataFrame(rows))


def write_report_folder(folder: Path, n: int) -> None:
    """``n`` short protest reports (``.txt`` with a ``.json`` sidecar) at the gazetteer's places, one a day."""
    gaz = load_gazetteer()
    names = gaz[gaz["kind"].isin(["building", "square", "gate"])]["name"].tolist()
    folder.mkdir(parents=True)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for i in range(n):
        published = (pd.Timestamp("2024-01-01") + pd.Timedelta(days=i)).date().isoformat()
        text = f"On {days[i % 7]}, hundreds of protesters gathered at {names[i % len(names)]} in Baghdad."
        (folder / f"r{i:03d}.txt").write_text(text, encoding="utf-8")
        (folder / f"r{i:03d}.json").write_text(json.dumps({"published": published, "source": "Wire"}), encoding="utf-8")
