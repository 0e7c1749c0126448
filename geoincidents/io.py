"""Reading and writing incident tables (CSV, GeoJSON, GeoPackage).

Readers never drop a row silently: :func:`read_incidents` returns the accepted incidents and a table
of rejected rows (row number, field, reason); accepted + rejected = rows read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from geoincidents._crs import WGS84
from geoincidents.export import _atomic_write_text, write_geojson

__all__ = ["ReadResult", "read_incidents", "write_incidents"]

_LAT_NAMES = ("latitude", "lat", "y")
_LON_NAMES = ("longitude", "lon", "lng", "long", "x")
REJECTED_COLUMNS = ("row", "field", "reason")


@dataclass
class ReadResult:
    """Accepted incidents (EPSG:4326 points) and rejected rows with the reason for each."""

    accepted: gpd.GeoDataFrame
    rejected: pd.DataFrame
    rows_read: int


def _find(columns: list[str], names: tuple[str, ...]) -> str | None:
    lower = {c.lower().strip(): c for c in columns}
    return next((lower[n] for n in names if n in lower), None)


def _read_csv(path: Path) -> ReadResult:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8-sig")
    lat_col, lon_col = _find(list(frame.columns), _LAT_NAMES), _find(list(frame.columns), _LON_NAMES)
    if lat_col is None or lon_col is None:
        raise ValueError(f"{path}: no latitude/longitude columns (looked for {_LAT_NAMES} and {_LON_NAMES})")
    lat = pd.to_numeric(frame[lat_col], errors="coerce").to_numpy(dtype=float)
    lon = pd.to_numeric(frame[lon_col], errors="coerce").to_numpy(dtype=float)
    bad_lat = ~np.isfinite(lat) | (np.abs(lat) > 90)
    bad_lon = ~np.isfinite(lon) | (np.abs(lon) > 180)
    rejected = []
    for i in np.flatnonzero(bad_lat | bad_lon):
        field = lat_col if bad_lat[i] else lon_col
        rejected.append(
            {"row": i + 2, "field": field, "reason": f"{field} {frame.iloc[i][field]!r} is not a valid coordinate"}
        )
    ok = ~(bad_lat | bad_lon)
    accepted = gpd.GeoDataFrame(
        frame[ok].reset_index(drop=True), geometry=gpd.points_from_xy(lon[ok], lat[ok]), crs=WGS84
    )
    return ReadResult(accepted, pd.DataFrame(rejected, columns=list(REJECTED_COLUMNS)), len(frame))


def _read_vector(path: Path) -> ReadResult:
    frame = gpd.read_file(path)
    if frame.crs is None:
        raise ValueError(f"{path}: the file declares no CRS")
    frame = frame.to_crs(WGS84)
    geoms = frame.geometry
    bad = geoms.isna() | geoms.is_empty | (geoms.geom_type != "Point")
    rejected = [
        {
            "row": int(i) + 1,
            "field": "geometry",
            "reason": "no geometry"
            if geoms.iloc[i] is None or geoms.iloc[i].is_empty
            else f"{geoms.iloc[i].geom_type} is not a Point",
        }
        for i in np.flatnonzero(bad.to_numpy())
    ]
    return ReadResult(
        frame[~bad.to_numpy()].reset_index(drop=True),
        pd.DataFrame(rejected, columns=list(REJECTED_COLUMNS)),
        len(frame),
    )


def read_incidents(source: str | Path) -> ReadResult:
    """Read incidents from CSV (latitude/longitude columns), GeoJSON or GeoPackage.

    Raises
    ------
    FileNotFoundError
        When the file does not exist.
    ValueError
        When the file cannot be read as incidents at all (the message names the file and why).
    """
    path = Path(source)
    if not path.is_file():
        raise FileNotFoundError(f"incident file not found: {path}")
    if path.suffix.lower() == ".csv":
        return _read_csv(path)
    if path.suffix.lower() in (".geojson", ".json", ".gpkg"):
        return _read_vector(path)
    raise ValueError(f"{path}: unsupported file type {path.suffix!r}; use .csv, .geojson or .gpkg")


def write_incidents(frame: gpd.GeoDataFrame, path: str | Path) -> Path:
    """Write incidents by the output's extension: ``.geojson``, ``.csv`` or ``.gpkg`` (atomically)."""
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix in (".geojson", ".json"):
        return write_geojson(frame, out, id_column="event_id" if "event_id" in frame else None)
    if suffix == ".csv":
        table = pd.DataFrame(frame.drop(columns=frame.geometry.name))
        wgs = frame.to_crs(WGS84).geometry
        table["longitude"] = wgs.x.round(7)
        table["latitude"] = wgs.y.round(7)
        _atomic_write_text(out, table.to_csv(index=False))
        return out
    if suffix == ".gpkg":
        tmp = out.with_name(f".{out.name}.tmp.gpkg")
        tmp.unlink(missing_ok=True)
        layer = frame.copy()
        for col in layer.columns:
            if isinstance(layer[col].dtype, pd.CategoricalDtype):
                layer[col] = layer[col].astype("string")
        layer.to_file(tmp, driver="GPKG", layer="incidents")
        tmp.replace(out)
        return out
    raise ValueError(f"{out}: unsupported output type {suffix!r}; use .geojson, .csv or .gpkg")
