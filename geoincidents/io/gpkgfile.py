"""GeoPackage files in: one table of features (or attributes) read, never a view.

The layers are listed from the file's own ``gpkg_contents`` and ``sqlite_master`` tables (SQLite, not
GDAL, and without running any view): only layers of data type ``features`` or ``attributes`` that are
plain tables are read. A view (whose query could recurse and produce rows without end), a virtual
table, tiles, or a layer named in ``gpkg_contents`` but missing is refused and named in the notes. The
layer read is ``incidents`` when there is one, else the first point layer, else the first features
layer, else the first attributes table; its rows are counted before it is read and a layer beyond
:data:`~geoincidents.io.limits.MAX_FEATURES` refuses the file.
"""

from __future__ import annotations

import io
import sqlite3
import warnings
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from pyproj import CRS

from geoincidents.errors import IncidentReadError
from geoincidents.io.columns import unique_headers
from geoincidents.io.limits import MAX_FEATURES, FileLimitError
from geoincidents.io.raw import RawTable

__all__ = ["read_gpkg"]

_READABLE = ("features", "attributes")


@dataclass(frozen=True)
class _Layer:
    name: str
    data_type: str
    geometry_type: str


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _catalogue(content: bytes, label: str) -> tuple[list[_Layer], list[str], dict[str, int]]:
    """Readable layers, refused layers (with why), and each readable layer's row count."""
    con = sqlite3.connect(":memory:")
    try:
        con.deserialize(content)
        kinds = {str(n): (str(t), str(s or "")) for n, t, s in con.execute("SELECT name, type, sql FROM sqlite_master")}
        if "gpkg_contents" not in kinds:
            raise IncidentReadError(label, "is an SQLite database but not a GeoPackage (no gpkg_contents table)")
        listed = con.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall()
        geometry = {}
        if "gpkg_geometry_columns" in kinds:
            geometry = dict(con.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns").fetchall())
        layers: list[_Layer] = []
        refused: list[str] = []
        for name, data_type in listed:
            name, data_type = str(name), str(data_type or "")
            kind, sql = kinds.get(name, ("missing", ""))
            if data_type not in _READABLE:
                refused.append(f"{name!r} ({data_type or 'no data type'})")
            elif kind != "table" or sql.lstrip().upper().startswith("CREATE VIRTUAL"):
                refused.append(f"{name!r} (a {'virtual table' if kind == 'table' else kind}, not a table)")
            else:
                layers.append(_Layer(name, data_type, str(geometry.get(name) or "")))
        counts = {
            layer.name: int(con.execute(f"SELECT COUNT(*) FROM {_quoted(layer.name)}").fetchone()[0])
            for layer in layers
        }
    except sqlite3.DatabaseError as exc:
        raise IncidentReadError(label, f"is not a readable GeoPackage ({str(exc)[:200]})") from None
    finally:
        con.close()
    return layers, refused, counts


def _choose(layers: list[_Layer]) -> _Layer:
    by_name = {layer.name: layer for layer in layers}
    if "incidents" in by_name:
        return by_name["incidents"]
    points = [layer for layer in layers if "POINT" in layer.geometry_type.upper()]
    features = [layer for layer in layers if layer.data_type == "features"]
    return (points + features + layers)[0]


def read_gpkg(content: bytes, label: str) -> RawTable:
    """Read one table of a GeoPackage into a :class:`RawTable` (rules in the module docstring)."""
    layers, refused, counts = _catalogue(content, label)
    notes = [f"not read (only feature and attribute tables are): {', '.join(refused)}"] if refused else []
    if not layers:
        what = f"; it has {', '.join(refused)}" if refused else ""
        raise IncidentReadError(label, f"is a GeoPackage with no feature or attribute table{what}")
    layer = _choose(layers)
    if counts[layer.name] > MAX_FEATURES:
        raise FileLimitError(
            label, f"layer {layer.name!r} has {counts[layer.name]} rows, above the limit of {MAX_FEATURES} per file"
        )
    if len(layers) > 1:
        notes.append(f"read layer {layer.name!r} of {len(layers)}: {', '.join(x.name for x in layers)}")
    try:
        with warnings.catch_warnings():
            # GDAL notes that an in-memory buffer has no .gpkg extension; that is expected here.
            warnings.filterwarnings("ignore", message=".*non conformant file extension", category=RuntimeWarning)
            frame = pyogrio.read_dataframe(io.BytesIO(content), layer=layer.name, max_features=MAX_FEATURES)
    except Exception as exc:  # GDAL reports a broken SQLite/GeoPackage in many exception types
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise IncidentReadError(label, f"is not a readable GeoPackage ({reason[:200]})") from None
    crs: CRS | None = None
    geoms: list[shapely.Geometry | None] | None = None
    if isinstance(frame, gpd.GeoDataFrame):
        crs = None if frame.crs is None else CRS.from_user_input(frame.crs)
        geoms = list(frame.geometry.array)
        frame = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    if crs is None:
        notes.append("the layer declares no CRS: EPSG:4326 (lon/lat) assumed")
    frame.columns = unique_headers(list(frame.columns))
    rows = np.arange(1, len(frame) + 1, dtype=np.int64)
    return RawTable(frame.reset_index(drop=True), rows, geoms, [], crs, "gpkg", notes)
