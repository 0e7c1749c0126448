"""RFC 7946 GeoJSON export of the gazetteer layers, distance bands and incidents.

The rules are in ``docs/conventions.md`` ("GeoJSON layers").

The writer is our own rather than GDAL's so that the output is exactly what RFC 7946 asks and what
analysts' tools expect: WGS84 lon/lat, no ``crs`` member, counter-clockwise exterior rings, 7
decimals, ISO-8601 dates, Arabic kept as UTF-8, ``null`` for missing values (never NaN), and a
deterministic byte-for-byte output so that a stale layer in ``layers/`` can be detected. Every
write is atomic: a temporary file in the target folder, flushed to disk, then renamed over the target.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import mapping

from geoincidents._crs import WGS84, metric_crs_of, project_geometry, require_crs
from geoincidents.gazetteer.load import perimeter_feature
from geoincidents.gazetteer.model import GazetteerLike, as_gazetteer
from geoincidents.proximity.certainty import DEFAULT_BANDS_M, band_labels, check_bands
from geoincidents.proximity.measure import check_proximity

__all__ = ["COORD_DECIMALS", "LAYER_NAMES", "distance_bands", "export_layers", "to_feature_collection", "write_geojson"]

COORD_DECIMALS = 7
LAYER_NAMES: tuple[str, ...] = ("perimeter", "gates", "bridges", "landmarks", "bands", "incidents")


def _json_value(value: Any) -> Any:
    """Convert one property value to a JSON-safe value (missing -> None)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        f = float(value)
        return f if math.isfinite(f) else None
    if isinstance(value, (pd.Timestamp, datetime)):
        if isinstance(value, pd.Timestamp) and pd.isna(value):
            return None
        ts = pd.Timestamp(value)
        if ts.tzinfo is None and ts == ts.normalize():
            return ts.date().isoformat()
        return ts.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, str):
        return value
    return str(value)


def _rounded(geom: shapely.Geometry) -> shapely.Geometry:
    geom = shapely.transform(geom, lambda xy: np.round(xy, COORD_DECIMALS))
    return shapely.orient_polygons(geom, exterior_cw=False)


def to_feature_collection(frame: gpd.GeoDataFrame, *, id_column: str | None = None) -> dict[str, Any]:
    """Return an RFC 7946 FeatureCollection dict for a GeoDataFrame (reprojected to EPSG:4326).

    Parameters
    ----------
    frame
        Features with a CRS. Rows with no geometry are written with ``"geometry": null``.
    id_column
        Column whose value becomes each Feature's ``id`` (it stays in the properties too).
    """
    require_crs(frame, what="layer")
    frame = frame.to_crs(WGS84)
    geom_col = frame.geometry.name
    props_cols = [c for c in frame.columns if c != geom_col]
    features = []
    for row, geom in zip(frame[props_cols].itertuples(index=False, name=None), frame.geometry, strict=True):
        props = {col: _json_value(val) for col, val in zip(props_cols, row, strict=True)}
        feat: dict[str, Any] = {"type": "Feature"}
        if id_column is not None and props.get(id_column) is not None:
            feat["id"] = props[id_column]
        empty = geom is None or shapely.is_empty(geom)
        feat["geometry"] = None if empty else mapping(_rounded(geom))
        feat["properties"] = props
        features.append(feat)
    return {"type": "FeatureCollection", "features": features}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp creates the file 0600; a shared layer or map gets the usual permissions.
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_geojson(frame: gpd.GeoDataFrame, path: str | Path, *, id_column: str | None = None) -> Path:
    """Write a GeoDataFrame as an RFC 7946 GeoJSON file, atomically; return the path."""
    doc = to_feature_collection(frame, id_column=id_column)
    text = json.dumps(doc, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":"))
    # One feature per line keeps diffs of the committed layers readable.
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    out = Path(path)
    _atomic_write_text(out, text + "\n")
    return out


def distance_bands(
    perimeter: str = "green_zone",
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    *,
    gazetteer: GazetteerLike = None,
) -> gpd.GeoDataFrame:
    """Return the distance bands around a perimeter as rings (EPSG:4326).

    Each band is the area at a distance between its inner and outer edge outside the perimeter,
    buffered in metres in the perimeter's UTM zone; the last band ends at the largest edge.
    """
    feature = perimeter_feature(perimeter, gazetteer=gazetteer)
    edges = check_bands(bands_m)
    crs = metric_crs_of(feature.geometry)
    poly = project_geometry(feature.geometry, WGS84, crs)
    labels = band_labels(edges)[1:-1]
    rows = []
    inner = poly
    low = 0.0
    for edge, label in zip(edges, labels, strict=True):
        outer = shapely.buffer(poly, float(edge), quad_segs=16)
        ring = shapely.difference(outer, inner)
        rows.append(
            {
                "perimeter_id": str(feature["landmark_id"]),
                "band": label,
                "min_m": low,
                "max_m": float(edge),
                "geometry": project_geometry(ring, crs, WGS84),
            }
        )
        inner, low = outer, float(edge)
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=WGS84)


def _gazetteer_layer(gaz: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    out = gaz.copy()
    out["aliases"] = out["aliases"].map(list)
    return out


def export_layers(
    out_dir: str | Path,
    incidents: gpd.GeoDataFrame | None = None,
    *,
    gazetteer: GazetteerLike = None,
    perimeter: str = "green_zone",
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
) -> dict[str, Path]:
    """Write the map layers as RFC 7946 GeoJSON files into ``out_dir``.

    Layers: ``perimeter`` (perimeter polygons), ``gates``, ``bridges`` (bridges and their ends),
    ``landmarks`` (buildings, squares, districts, sit-in sites), ``bands`` (distance rings around
    ``perimeter``) and, when ``incidents`` is given, ``incidents`` with their proximity columns.

    Returns
    -------
    dict
        Layer name to written path.
    """
    gaz = _gazetteer_layer(as_gazetteer(gazetteer).frame)
    out = Path(out_dir)
    groups = {
        "perimeter": ["perimeter"],
        "gates": ["gate"],
        "bridges": ["bridge", "bridge_end"],
        "landmarks": ["building", "square", "district", "sit_in"],
    }
    written: dict[str, Path] = {}
    for layer, kinds in groups.items():
        subset = gaz[gaz["kind"].isin(kinds)].sort_values("landmark_id", kind="stable")
        written[layer] = write_geojson(subset, out / f"{layer}.geojson", id_column="landmark_id")
    bands = distance_bands(perimeter, bands_m, gazetteer=gaz)
    written["bands"] = write_geojson(bands, out / "bands.geojson")
    if incidents is not None:
        layer = incidents
        if not set(["distance_m", "inside", "band"]).issubset(incidents.columns):
            layer = check_proximity(incidents, perimeter, bands_m, gazetteer=gaz)
        id_col = "event_id" if "event_id" in layer.columns else None
        written["incidents"] = write_geojson(layer, out / "incidents.geojson", id_column=id_col)
    return written
