"""Look-ups in a gazetteer: a perimeter by id, name or alias; landmarks by kind; those active on a day.

Every function takes the gazetteer as a :class:`~geoincidents.gazetteer.Gazetteer`, a GeoDataFrame,
a path, or None for the bundled Baghdad one, and resolves it with
:func:`~geoincidents.gazetteer.model.as_gazetteer`, so they all see the same, current landmarks.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from geoincidents.errors import GazetteerError
from geoincidents.gazetteer.model import GazetteerLike, as_gazetteer
from geoincidents.gazetteer.names import name_keys
from geoincidents.gazetteer.schema import KINDS, OPTIONAL_COLUMNS, REQUIRED_COLUMNS, validate_gazetteer

__all__ = [
    "KINDS",
    "OPTIONAL_COLUMNS",
    "REQUIRED_COLUMNS",
    "GazetteerError",
    "active_on",
    "landmarks_of_kind",
    "load_gazetteer",
    "perimeter",
    "perimeter_feature",
    "validate_gazetteer",
]


def load_gazetteer(path: str | Path | None = None) -> gpd.GeoDataFrame:
    """Load and validate a gazetteer; return a copy of its landmarks.

    Parameters
    ----------
    path
        A GeoJSON file (or any vector file GDAL reads, with a CRS) following the schema of
        ``docs/conventions.md`` ("The gazetteer"). ``None`` loads the bundled Baghdad gazetteer.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per landmark in EPSG:4326 with the columns of :data:`REQUIRED_COLUMNS` and
        :data:`OPTIONAL_COLUMNS`; ``aliases`` holds tuples of strings, ``valid_from`` and
        ``valid_to`` hold :class:`datetime.date` or None.

    Raises
    ------
    FileNotFoundError
        When the file does not exist.
    GazetteerError
        When the file breaks the schema; the message lists every problem with its feature and field.

    Notes
    -----
    The file is read again when its modification time or size changes (see
    :class:`~geoincidents.gazetteer.Gazetteer`), so an edited gazetteer is seen at once, by this
    function and by every index derived from it.
    """
    return as_gazetteer(path).frame.copy()


def perimeter_feature(name: str = "green_zone", *, gazetteer: GazetteerLike = None) -> pd.Series:
    """Return the gazetteer row of a perimeter, found by id, English or Arabic name, or alias.

    Raises
    ------
    KeyError
        When no perimeter of that name exists; the message lists the known perimeters.
    """
    gaz = as_gazetteer(gazetteer).frame
    perims = gaz[gaz["kind"] == "perimeter"]
    by_id = perims[perims["landmark_id"] == name]
    if len(by_id):
        return by_id.iloc[0]
    wanted = name_keys(name)
    for _, row in perims.iterrows():
        if wanted & name_keys(row["landmark_id"], row["name"], row["name_ar"] or "", *row["aliases"]):
            return row
    known = ", ".join(perims["landmark_id"]) or "none"
    raise KeyError(f"no perimeter named {name!r} in the gazetteer (known perimeters: {known})")


def perimeter(name: str = "green_zone", *, gazetteer: GazetteerLike = None) -> shapely.Polygon | shapely.MultiPolygon:
    """Return a perimeter polygon in EPSG:4326 (lon, lat), by id, name or alias.

    Examples
    --------
    >>> zone = perimeter("green_zone")
    >>> zone.geom_type
    'Polygon'
    """
    geom = perimeter_feature(name, gazetteer=gazetteer).geometry
    assert isinstance(geom, (shapely.Polygon, shapely.MultiPolygon))
    return geom


def landmarks_of_kind(kinds: str | Iterable[str], *, gazetteer: GazetteerLike = None) -> gpd.GeoDataFrame:
    """Return the landmarks of one or several kinds."""
    wanted = {kinds} if isinstance(kinds, str) else set(kinds)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kind(s) {sorted(unknown)}; kinds are {', '.join(KINDS)}")
    gaz = as_gazetteer(gazetteer).frame
    return gaz[gaz["kind"].isin(sorted(wanted))]


def active_on(gazetteer: gpd.GeoDataFrame, day: date | None) -> pd.Series:
    """Boolean Series: which landmarks existed on ``day`` (temporary sites carry their dates).

    Landmarks without dates always exist. With ``day`` None, only undated landmarks count as active.
    """
    start = gazetteer["valid_from"]
    end = gazetteer["valid_to"]
    undated = start.isna() & end.isna()
    if day is None:
        return undated
    after_start = start.map(lambda d: d is None or d <= day)
    before_end = end.map(lambda d: d is None or d >= day)
    return undated | (after_start & before_end)
