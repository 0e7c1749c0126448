"""JSON files in: GeoJSON (a FeatureCollection, one Feature or geometry, or a text sequence of Features)
and tabular JSON (the ACLED API's ``{"success": ..., "data": [{...}, ...]}``, or a list of records).

A feature that cannot be read (not a Feature, properties that are not an object, an unreadable or too
deeply nested geometry) is rejected with its reason and its properties; the others are read. Feature
ids become ``event_id`` when the properties have none. Nested property values (lists, objects) become
their JSON text.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd
import shapely
from pyproj import CRS
from pyproj.exceptions import CRSError
from shapely.geometry import shape

from geoincidents.errors import IncidentReadError
from geoincidents.io.columns import unique_headers
from geoincidents.io.limits import MAX_FEATURES, MAX_NESTING, FileLimitError
from geoincidents.io.raw import RawTable

__all__ = ["read_json_text"]

_GEOMETRY_TYPES = (
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
)


def _geojson_crs(doc: dict[str, Any], label: str) -> CRS | None:
    member = doc.get("crs")
    if member is None:
        return None
    name = member.get("properties", {}).get("name") if isinstance(member, dict) else None
    if not isinstance(name, str):
        raise IncidentReadError(label, f"has a 'crs' member that names no CRS: {str(member)[:120]}")
    try:
        return CRS.from_user_input(name)
    except (CRSError, TypeError, ValueError):
        raise IncidentReadError(label, f"declares an unknown CRS {name[:120]!r}") from None


class _BadLine(str):
    """A line of a GeoJSON text sequence that is not JSON (rejected as a feature, with its text)."""


def _geojson_sequence(text: str, label: str) -> list[Any]:
    """Features of a GeoJSON text sequence (RFC 8142, or one Feature per line); bad lines are kept."""
    features: list[Any] = []
    for line in text.replace("\x1e", "\n").splitlines():
        item = line.strip()
        if not item:
            continue
        try:
            features.append(json.loads(item))
        except json.JSONDecodeError:
            features.append(_BadLine(item[:200]))
        except RecursionError:
            raise IncidentReadError(label, "is JSON nested too deeply to be GeoJSON") from None
        if len(features) > MAX_FEATURES:
            raise FileLimitError(label, f"has more than {MAX_FEATURES} features (the limit per file)")
    return features


def _snippet(value: Any) -> str:
    """The start of a JSON value's text, for the rejected table (never fails)."""
    try:
        return json.dumps(value, ensure_ascii=False)[:200]
    except (RecursionError, TypeError, ValueError):
        return f"<{type(value).__name__} too deeply nested to show>"


def _scalar(value: Any) -> Any:
    """A property value for one table cell: nested JSON (lists, objects) becomes its JSON text."""
    if isinstance(value, (list, dict)):
        return _snippet(value) if _too_deep(value) else json.dumps(value, ensure_ascii=False)
    return value


def _too_deep(value: Any, limit: int = 100) -> bool:
    """Whether nested lists/objects go deeper than ``limit`` (checked without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False


def _collection_depth(geometry: Any) -> int:
    """How deep GeometryCollections nest in a GeoJSON geometry object (without recursion)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(geometry, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(item, dict) and isinstance(item.get("geometries"), list):
            stack.extend((g, depth + 1) for g in item["geometries"])
    return deepest


def _feature(feat: Any) -> tuple[dict[str, Any], shapely.Geometry | None]:
    """Properties and geometry of one feature; raise ValueError naming what is wrong with it."""
    if isinstance(feat, _BadLine):
        raise ValueError("is not valid JSON")
    if not isinstance(feat, dict) or feat.get("type") != "Feature":
        raise ValueError("is not a GeoJSON Feature")
    p = feat.get("properties")
    if p is not None and not isinstance(p, dict):
        raise ValueError("has properties that are not an object")
    record = {str(k): _scalar(v) for k, v in (p or {}).items()}
    if "id" in feat and "event_id" not in record and "id" not in record:
        record["event_id"] = feat["id"]
    g = feat.get("geometry")
    if g is not None and _collection_depth(g) > MAX_NESTING:
        raise ValueError(f"has a geometry nested more than {MAX_NESTING} deep")
    geom = None if g is None else shape(g)
    if geom is not None and not isinstance(geom, shapely.Geometry):
        raise ValueError("has an unreadable geometry")
    return record, geom


def _features_of(doc: Any, label: str) -> list[Any]:
    kind = doc.get("type") if isinstance(doc, dict) else None
    if kind == "FeatureCollection":
        features = doc.get("features")
        if not isinstance(features, list):
            raise IncidentReadError(label, "is a FeatureCollection whose 'features' is not a list")
        return features
    if kind == "Feature":
        return [doc]
    if kind in _GEOMETRY_TYPES:
        return [{"type": "Feature", "geometry": doc, "properties": {}}]
    top = f"an object with type {kind!r}" if isinstance(doc, dict) else f"a JSON {type(doc).__name__}"
    raise IncidentReadError(
        label,
        f"is JSON but not GeoJSON or a table of records (top level is {top}, not a FeatureCollection "
        "or an ACLED API answer)",
    )


def _geojson(doc: Any, features: list[Any], label: str) -> RawTable:
    if len(features) > MAX_FEATURES:
        raise FileLimitError(label, f"has {len(features)} features, above the limit of {MAX_FEATURES} per file")
    crs = _geojson_crs(doc, label) if isinstance(doc, dict) else None
    props: list[dict[str, Any]] = []
    geoms: list[shapely.Geometry | None] = []
    rows: list[int] = []
    pre: list[dict[str, Any]] = []
    for i, feat in enumerate(features, start=1):
        try:
            record, geom = _feature(feat)
        except (
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
            IndexError,
            RecursionError,
            shapely.errors.ShapelyError,
        ) as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if isinstance(exc, RecursionError):
                reason = "has a geometry nested too deeply"
            elif not reason.startswith(("is ", "has ")):
                reason = f"has an unreadable geometry ({reason})"
            raw_props = feat.get("properties") if isinstance(feat, dict) else None
            record = {str(k): _scalar(v) for k, v in raw_props.items()} if isinstance(raw_props, dict) else {}
            pre.append(
                {
                    "row": i,
                    "field": "geometry" if "geometry" in reason else "(feature)",
                    "reason": f"feature {reason}",
                    "value": _snippet(feat),
                    "_record": record,
                }
            )
            continue
        props.append(record)
        geoms.append(geom)
        rows.append(i)
    return RawTable(_records_frame(props), np.asarray(rows, dtype=np.int64), geoms, pre, crs, "geojson")


def _records_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per record, one column per key (in order of first appearance, names made unique)."""
    keys: list[str] = []
    seen: set[str] = set()
    for record in records:
        for k in record:
            if k not in seen:
                seen.add(k)
                keys.append(k)
    names = unique_headers(keys)
    data = {name: [r.get(k) for r in records] for k, name in zip(keys, names, strict=True)}
    return pd.DataFrame(data, columns=names, dtype=object) if keys else pd.DataFrame(index=range(len(records)))


def _records(doc: Any, label: str) -> RawTable | None:
    """A table of records: the ACLED API's answer or a list of flat objects; None when ``doc`` is neither."""
    if isinstance(doc, dict) and doc.get("success") is False and "type" not in doc:
        message = doc.get("error") or doc.get("messages") or doc.get("message") or "no reason given"
        raise IncidentReadError(label, f"is an API answer reporting failure: {_snippet(message)}")
    if isinstance(doc, dict) and isinstance(doc.get("data"), list) and ("success" in doc or "status" in doc):
        items = doc["data"]
        fmt = "json"
    elif isinstance(doc, list) and doc and all(isinstance(r, dict) and r.get("type") != "Feature" for r in doc):
        items = doc
        fmt = "json"
    else:
        return None
    if len(items) > MAX_FEATURES:
        raise FileLimitError(label, f"has {len(items)} records, above the limit of {MAX_FEATURES} per file")
    pre: list[dict[str, Any]] = []
    good: list[dict[str, Any]] = []
    rows: list[int] = []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            pre.append(
                {
                    "row": i,
                    "field": "(record)",
                    "reason": "record is not an object",
                    "value": _snippet(item),
                    "_record": {},
                }
            )
            continue
        good.append({str(k): _scalar(v) for k, v in item.items()})
        rows.append(i)
    return RawTable(_records_frame(good), np.asarray(rows, dtype=np.int64), None, pre, None, fmt)


def read_json_text(text: str, label: str) -> RawTable:
    """Read GeoJSON or tabular JSON text into a :class:`RawTable` (rules in the module docstring)."""
    try:
        if text.lstrip(" \t\r\n").startswith("\x1e"):  # RFC 8142: a record separator before each feature
            raise json.JSONDecodeError("Extra data", text, 0)
        doc: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            raise IncidentReadError(
                label, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
            ) from None
        doc = {"type": "FeatureCollection", "features": _geojson_sequence(text, label)}
    except RecursionError:
        raise IncidentReadError(label, "is JSON nested too deeply to be GeoJSON") from None
    records = _records(doc, label)
    if records is not None:
        return records
    return _geojson(doc, _features_of(doc, label), label)
