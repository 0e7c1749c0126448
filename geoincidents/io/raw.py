"""The raw table a file reader hands to format recognition and validation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

__all__ = ["RawTable"]


@dataclass
class RawTable:
    """One file read into rows, before any row is judged.

    ``table`` has the file's headers (made unique) and the values as read (text from CSV and JSON
    exports, typed values from GeoJSON properties and GeoPackage fields); ``rows`` is the row number to
    report for each record; ``geometries`` one geometry (or None) per record for formats that carry
    them; ``pre_rejected`` rows the container itself could not read (a CSV record with too many fields,
    a GeoJSON feature that is not a Feature), each a dict with ``row``, ``field``, ``reason``,
    ``value`` and ``_record`` (its fields); ``crs`` the CRS the file declares; ``fmt`` the container
    (``csv``, ``geojson``, ``json``, ``gpkg``); ``notes`` lines for the read summary.
    """

    table: pd.DataFrame
    rows: np.ndarray
    geometries: list[shapely.Geometry | None] | None
    pre_rejected: list[dict[str, Any]]
    crs: CRS | None
    fmt: str
    notes: list[str] = field(default_factory=list)
