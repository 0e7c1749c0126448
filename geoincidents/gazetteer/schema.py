"""The gazetteer schema: which fields a landmark has, and reading and validating a gazetteer file.

A gazetteer is a data file (GeoJSON, or any vector format GDAL reads with the same columns) with one
feature per landmark; ``docs/conventions.md`` describes the schema and :data:`REQUIRED_COLUMNS` and
:data:`OPTIONAL_COLUMNS` list it. Validation lists every problem with its feature and field.
"""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import shape

from geoincidents._crs import WGS84
from geoincidents.errors import GazetteerError

__all__ = [
    "DEFAULT_GAZETTEER",
    "KINDS",
    "OPTIONAL_COLUMNS",
    "REQUIRED_COLUMNS",
    "read_gazetteer_file",
    "validate_gazetteer",
]

KINDS: tuple[str, ...] = (
    "perimeter",
    "gate",
    "bridge",
    "bridge_end",
    "square",
    "building",
    "district",
    "sit_in",
)
REQUIRED_COLUMNS: tuple[str, ...] = (
    "landmark_id",
    "name",
    "name_ar",
    "aliases",
    "kind",
    "source",
    "position_uncertainty_m",
)
OPTIONAL_COLUMNS: tuple[str, ...] = (
    "derivation",
    "valid_from",
    "valid_to",
    "related_id",
    "side",
    "notes",
)
_GEOMETRY_TYPES: dict[str, frozenset[str]] = {
    "perimeter": frozenset({"Polygon", "MultiPolygon"}),
    "bridge": frozenset({"LineString", "MultiLineString"}),
    "gate": frozenset({"Point"}),
    "bridge_end": frozenset({"Point"}),
    "square": frozenset({"Point", "Polygon", "MultiPolygon"}),
    "building": frozenset({"Point", "Polygon", "MultiPolygon"}),
    "district": frozenset({"Point", "Polygon", "MultiPolygon"}),
    "sit_in": frozenset({"Point", "Polygon", "MultiPolygon"}),
}
DEFAULT_GAZETTEER = "gazetteer.geojson"


def _is_missing(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _parse_aliases(value: Any) -> tuple[str, ...] | None:
    """Aliases as stored: a JSON array, a JSON-encoded array string, or a '|'-separated string."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ()
    if isinstance(value, (list, tuple, np.ndarray)):
        items = list(value)
    elif isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                items = json.loads(text)
            except json.JSONDecodeError:
                return None
            if not isinstance(items, list):
                return None
        else:
            items = [part.strip() for part in text.split("|")] if text else []
    else:
        return None
    if not all(isinstance(item, str) for item in items):
        return None
    return tuple(item for item in items if item.strip())


def _parse_date(value: Any) -> date | str | None:
    """A date property: None when empty, a date when ISO-8601, else the offending string."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        day: date = value.date()
        return day
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)


def _read_features(path: Path) -> tuple[list[dict[str, Any]], list[Any]]:
    """Read property dicts and shapely geometries from a file."""
    if path.suffix.lower() in {".geojson", ".json"}:
        with path.open(encoding="utf-8-sig") as fh:
            doc = json.load(fh)
        if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
            raise GazetteerError(str(path), ["top level is not a GeoJSON FeatureCollection"])
        props: list[dict[str, Any]] = []
        geoms: list[Any] = []
        for i, feat in enumerate(doc.get("features", [])):
            if not isinstance(feat, dict) or not isinstance(feat.get("properties"), dict):
                raise GazetteerError(str(path), [f"feature {i}: not a Feature with properties"])
            props.append(dict(feat["properties"]))
            try:
                geoms.append(shape(feat["geometry"]) if feat.get("geometry") else None)
            except (ValueError, TypeError, KeyError, AttributeError, shapely.errors.GEOSException) as exc:
                raise GazetteerError(str(path), [f"feature {i}: unreadable geometry ({exc})"]) from exc
        return props, geoms
    frame = gpd.read_file(path)
    if frame.crs is None:
        raise GazetteerError(str(path), ["the file declares no CRS"])
    frame = frame.to_crs(WGS84)
    records = frame.drop(columns="geometry").to_dict("records")
    return records, list(frame.geometry)


def _validate_records(props: list[dict[str, Any]], geoms: list[Any], source: str) -> gpd.GeoDataFrame:
    problems: list[str] = []
    rows: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for i, (p, geom) in enumerate(zip(props, geoms, strict=True)):
        lid = p.get("landmark_id")
        where = f"feature {i} ({lid!r})" if lid else f"feature {i}"
        missing = [c for c in REQUIRED_COLUMNS if c not in p]
        if missing:
            problems.append(f"{where}: missing field(s) {', '.join(missing)}")
            continue
        # Files read through GDAL give NaN for a missing value: treat it as null.
        p = {k: (None if _is_missing(v) else v) for k, v in p.items()}
        row: dict[str, Any] = {c: p.get(c) for c in REQUIRED_COLUMNS + OPTIONAL_COLUMNS}
        if not isinstance(lid, str) or not lid.strip():
            problems.append(f"{where}: field landmark_id must be a non-empty string")
        elif lid in seen:
            problems.append(f"{where}: field landmark_id duplicates feature {seen[lid]}")
        else:
            seen[lid] = i
        for col in ("name", "kind", "source"):
            if not isinstance(p.get(col), str) or not p[col].strip():
                problems.append(f"{where}: field {col} must be a non-empty string")
        if p.get("name_ar") is not None and not isinstance(p.get("name_ar"), str):
            problems.append(f"{where}: field name_ar must be a string or null")
        kind = p.get("kind")
        if isinstance(kind, str) and kind not in KINDS:
            problems.append(f"{where}: field kind {kind!r} is not one of {', '.join(KINDS)}")
        aliases = _parse_aliases(p.get("aliases"))
        if aliases is None:
            problems.append(f"{where}: field aliases must be a list of strings")
        row["aliases"] = aliases or ()
        unc = p.get("position_uncertainty_m")
        try:
            unc_f = float(unc)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            unc_f = float("nan")
        if not math.isfinite(unc_f) or unc_f < 0:
            problems.append(f"{where}: field position_uncertainty_m must be a number >= 0, got {unc!r}")
        row["position_uncertainty_m"] = unc_f
        for col in ("valid_from", "valid_to"):
            parsed = _parse_date(p.get(col))
            if isinstance(parsed, str):
                problems.append(f"{where}: field {col} {parsed!r} is not an ISO date (YYYY-MM-DD)")
                parsed = None
            row[col] = parsed
        if row["valid_from"] and row["valid_to"] and row["valid_from"] > row["valid_to"]:
            problems.append(f"{where}: valid_from is after valid_to")
        side = p.get("side")
        if side not in (None, "green_zone", "outside", "inside"):
            problems.append(f"{where}: field side must be 'green_zone', 'outside' or null")
        if geom is None or shapely.is_empty(geom):
            problems.append(f"{where}: no geometry")
        else:
            if isinstance(kind, str) and kind in _GEOMETRY_TYPES and geom.geom_type not in _GEOMETRY_TYPES[kind]:
                allowed = ", ".join(sorted(_GEOMETRY_TYPES[kind]))
                problems.append(f"{where}: geometry {geom.geom_type} not allowed for kind {kind} ({allowed})")
            if not shapely.is_valid(geom):
                problems.append(f"{where}: invalid geometry ({shapely.is_valid_reason(geom)})")
            coords = shapely.get_coordinates(geom)
            if not np.isfinite(coords).all():
                problems.append(f"{where}: geometry has non-finite coordinates")
            elif (np.abs(coords[:, 0]) > 180).any() or (np.abs(coords[:, 1]) > 90).any():
                problems.append(f"{where}: coordinates outside lon [-180, 180] / lat [-90, 90]")
        row["geometry"] = geom
        rows.append(row)
    known = set(seen)
    for row in rows:
        rel = row.get("related_id")
        if rel is not None and (not isinstance(rel, str) or rel not in known):
            problems.append(f"feature {row['landmark_id']!r}: related_id {rel!r} names no landmark")
    if not rows and not problems:
        problems.append("no features")
    if problems:
        raise GazetteerError(source, problems)
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=WGS84)
    return frame


def validate_gazetteer(frame: gpd.GeoDataFrame, *, source: str = "GeoDataFrame") -> gpd.GeoDataFrame:
    """Validate a gazetteer held in memory and return it normalised (EPSG:4326, parsed fields).

    Raises
    ------
    GazetteerError
        Listing every schema problem with the feature and field it concerns.
    """
    if not isinstance(frame, gpd.GeoDataFrame):
        raise TypeError(f"expected a GeoDataFrame, got {type(frame).__name__}")
    if frame.crs is None:
        raise GazetteerError(source, ["the GeoDataFrame has no CRS"])
    frame = frame.to_crs(WGS84)
    records = frame.drop(columns=frame.geometry.name).to_dict("records")
    return _validate_records(records, list(frame.geometry), source)


def read_gazetteer_file(path: Path) -> gpd.GeoDataFrame:
    """Read and validate the gazetteer file at ``path`` (no caching: see :class:`~geoincidents.gazetteer.Gazetteer`)."""
    props, geoms = _read_features(path)
    return _validate_records(props, geoms, str(path))
