"""Validation of incident rows read from a file: accept, fix on purpose, or reject with a reason.

:mod:`geoincidents.io.incidents` turns a file into a raw table (text or parsed values, one row per record,
plus a geometry per row when the format has one); :func:`validate_table` turns that table into
accepted incidents (the incident schema, extra columns kept) and rejected rows (row number, field,
reason, the offending value and the row's original data). Every row ends in exactly one of the two.

Policies (on purpose, documented here once):

- Coordinates: numbers with a dot or a single decimal comma, Arabic-Indic digits, a degree sign and a
  hemisphere letter, or degrees-minutes-seconds, are read; anything else, NaN, infinities, and values
  outside latitude [-90, 90] / longitude [-180, 180] are rejected. ``(0, 0)`` is rejected as a
  placeholder, not a place.
- A single "lat, lon" column (``coordinates``, ``latlon``, ...) is read latitude first, as online
  maps copy it; a reversed pair is then caught by the swap rule below.
- Swapped latitude/longitude are **flagged and fixed**: when the latitude is impossible (above 90)
  and the swapped point is valid (and inside ``region`` when one is given), or when the point lies
  outside the expected ``region`` (default: Iraq's bounding box) while the swapped point lies
  inside (Baghdad's 33 N / 44 E read as 44 N / 33 E), the two are exchanged and the ``fixes``
  column says so.
- Geometries: Points are used as they are; other geometries are reduced to their representative
  point, and when ``uncertainty_m`` is empty it is set to the geometry's radius around that point
  (metres), so that a district never reads as a precise spot; invalid polygons are repaired first
  (``shapely.make_valid``); each of these is recorded in ``fixes``. Empty geometries, non-finite
  coordinates and mixed GeometryCollections are rejected.
- Duplicate ``event_id``: the first accepted row keeps the id, later rows with the same id
  (compared after trimming spaces) are rejected, naming the row that kept it.
- Dates (``event_date``, ``published``): ISO 8601, ACLED's ``%d %B %Y`` ("25 October 2019"),
  ``25-Oct-2019``, ``October 25, 2019``, ``25/10/2019`` (day first, the Iraqi convention; month
  first only when the day-first reading is impossible), ``2019/10/25``, ``25.10.2019``, and Arabic
  month names (Iraqi/Levantine "تشرين الأول" and Egyptian "أكتوبر") with Arabic-Indic digits. An empty
  date is null; an unreadable one rejects the row. Time zones are dropped, keeping the local wall time.
- Counts and codes (``fatalities``, ``injuries``, ``geo_precision``, ``time_precision``,
  ``confidence``, ``uncertainty_m``, ``span_start``, ``span_end``): empty is null (unknown); a value
  that is not a number in the allowed range rejects the row rather than being silently nulled.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

from geoincidents._crs import WGS84, metric_crs_for, project_geometry, transformer
from geoincidents.schema import INCIDENT_COLUMNS, coerce_incidents

__all__ = [
    "FIXES_COLUMN",
    "IRAQ_BBOX",
    "REJECTED_COLUMNS",
    "canonical_columns",
    "canonical_names",
    "parse_coordinate",
    "parse_date",
    "validate_table",
]

# (min_lon, min_lat, max_lon, max_lat) of Iraq, rounded outwards: used to detect swapped lat/lon.
IRAQ_BBOX: tuple[float, float, float, float] = (38.7, 29.0, 48.7, 37.4)
REJECTED_COLUMNS: tuple[str, ...] = ("row", "field", "reason", "value")
FIXES_COLUMN = "fixes"

# Header spellings (after _header_key) mapped to schema columns. ACLED exports use the schema's own
# names (upper case in old exports) plus event_id_cnty.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "latitude": ("latitude", "lat", "y", "lat_dd", "decimal_latitude", "خط_العرض", "العرض", "دائرة_العرض"),
    "longitude": ("longitude", "lon", "lng", "long", "x", "lon_dd", "decimal_longitude", "خط_الطول", "الطول"),
    "event_id": ("event_id", "event_id_cnty", "id", "incident_id", "المعرف", "الرقم"),
    "event_date": ("event_date", "date", "incident_date", "التاريخ", "تاريخ_الحادث"),
    "location": ("location", "place", "الموقع", "المكان"),
    "notes": ("notes", "description", "ملاحظات", "الوصف"),
    "fatalities": ("fatalities", "deaths", "killed", "القتلى"),
    "injuries": ("injuries", "injured", "wounded", "الجرحى"),
    "event_type": ("event_type", "type", "نوع_الحادث"),
    "source": ("source", "المصدر"),
}
_WKT_NAMES: tuple[str, ...] = ("wkt", "geometry", "geom", "the_geom", "wkt_geom", "shape")
# One column holding "lat, lon" (as copied from an online map).
_PAIR_NAMES: tuple[str, ...] = (
    "coordinates", "coords", "latlon", "lat_lon", "lat/lon", "latlng", "lat_lng", "lat,lon", "gps",
    "الإحداثيات", "الاحداثيات",
)  # fmt: skip
_PAIR = re.compile(r"^\(?\s*([+-]?\d+(?:\.\d+)?)\s*[,;\s]\s*([+-]?\d+(?:\.\d+)?)\s*\)?$")

_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c"),
    None,
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬−\u00a0", "01234567890123456789.,- ")
_SIMPLE_NUMBER = re.compile(r"-?\d{1,3}(?:\.\d+)?")
_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
_DECIMAL = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*°?\s*([NSEWnsew])?$")
_DMS = re.compile(
    r"""^([+-]?\d{1,3})\s*[°\s]\s*(\d{1,2}(?:\.\d+)?)\s*['′\s]?\s*(?:(\d{1,2}(?:\.\d+)?)\s*(?:["″]|'')?)?\s*([NSEWnsew])?$"""
)

_MONTHS_AR: dict[str, int] = {
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "اذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "اب": 8,
    "أيلول": 9,
    "ايلول": 9,
    "تشرين الأول": 10,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
    "كانون الاول": 12,
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "ابريل": 4,
    "إبريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يوليو": 7,
    "أغسطس": 8,
    "اغسطس": 8,
    "سبتمبر": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
}
# Longest names first, so that "تشرين الأول" is replaced before a shorter name inside it could be.
_MONTHS_AR_RE = re.compile("|".join(sorted(map(re.escape, _MONTHS_AR), key=len, reverse=True)))
_DATE_FORMATS: tuple[str, ...] = (
    "%Y-%m-%d",
    "%d %B %Y",
    "%d %b %Y",
    "%d-%b-%Y",
    "%d-%B-%Y",
    "%d %b. %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%d/%m/%y",
    "%m/%d/%Y",
    "%Y%m%d",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d-%m-%Y %H:%M",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M %p",
    "%d %B %Y %H:%M",
)
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_DATE_COLUMNS = ("event_date", "published")
# column -> (lowest, highest, whole number?)
_NUMERIC_RULES: dict[str, tuple[float, float, bool]] = {
    "fatalities": (0, 1e7, True),
    "injuries": (0, 1e7, True),
    "geo_precision": (1, 3, True),
    "time_precision": (1, 3, True),
    "confidence": (0, 1, False),
    "uncertainty_m": (0, 2e7, False),
    "span_start": (0, 1e12, True),
    "span_end": (0, 1e12, True),
}
_MAX_VALUE_CHARS = 200


class _FieldError(ValueError):
    """One field of one row is unusable; the message is the reason shown to the user."""


def _header_key(name: Any) -> str:
    text = str(name).translate(_INVISIBLE).strip().lower()
    text = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*", " ", text).strip()  # "Latitude (deg)", "lon [WGS84]"
    text = text.rstrip(".:").strip()  # "Lat.", "Longitude:"
    return re.sub(r"[\s\-]+", "_", text)


def canonical_names(columns: Sequence[Any]) -> list[str]:
    """Map a file's column headers to schema names where a known spelling is recognised.

    Parameters
    ----------
    columns
        Headers as read (any case, with stray spaces, invisible bidi marks or a BOM).

    Returns
    -------
    list
        One name per header, in order. Recognised spellings get the schema name (``lat`` ->
        ``latitude``, ``event_id_cnty`` -> ``event_id``, ``التاريخ`` -> ``event_date``); headers equal
        to a schema name or WKT name after trimming get that name; others keep their header (trimmed,
        ``column_N`` when empty). The first header claiming a schema name wins; duplicates get
        ``.1``, ``.2`` suffixes, so no column is lost.
    """
    taken: set[str] = set()
    keys = [_header_key(c) for c in columns]
    # Exact schema names first, so an exact "event_id" beats "event_id_cnty" or "id".
    wanted: list[str | None] = [None] * len(keys)
    for i, key in enumerate(keys):
        if key in INCIDENT_COLUMNS and key not in taken:
            wanted[i] = key
            taken.add(key)
    for target, names in _SYNONYMS.items():
        if target in taken:
            continue
        for name in names:
            hits = [i for i, key in enumerate(keys) if key == name and wanted[i] is None]
            if hits:
                wanted[hits[0]] = target
                taken.add(target)
                break
    for i, key in enumerate(keys):
        if wanted[i] is None and key in _WKT_NAMES and "wkt" not in taken:
            wanted[i] = "wkt"
            taken.add("wkt")
        elif wanted[i] is None and key in _PAIR_NAMES and "coordinates" not in taken:
            wanted[i] = "coordinates"
            taken.add("coordinates")
    used: set[str] = set()
    out: list[str] = []
    for i, col in enumerate(columns):
        name = wanted[i] or (str(col).translate(_INVISIBLE).strip() or f"column_{i + 1}")
        base, n = name, 0
        while name in used:
            n += 1
            name = f"{base}.{n}"
        used.add(name)
        out.append(name)
    return out


def canonical_columns(columns: Sequence[Any]) -> dict[str, str]:
    """Map headers to the names of :func:`canonical_names` (unique headers; for repeated headers use
    :func:`canonical_names`, which keeps one name per position)."""
    return dict(zip((str(c) for c in columns), canonical_names(columns), strict=True))


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, (float, np.floating)) and math.isnan(value):
        return True  # a null in a typed column (GeoPackage, pandas); the text "NaN" is not missing
    return isinstance(value, str) and not value.translate(_INVISIBLE).strip()


def _show(value: Any) -> str:
    text = str(value)
    return text if len(text) <= _MAX_VALUE_CHARS else text[:_MAX_VALUE_CHARS] + "..."


def parse_coordinate(value: Any, *, axis: str = "coordinate") -> float:
    """Return one coordinate as a float, or raise ``ValueError`` saying why it is unreadable.

    Accepts numbers, ``"33.31"``, ``"33,31"``, Arabic-Indic digits (``"٣٣٫٣١"``), ``"33.31° N"``,
    ``"44.39E"`` and degrees-minutes-seconds (``"33°18'44\\" N"``). South and West negate. NaN and
    infinities are rejected.
    """
    if isinstance(value, str) and _SIMPLE_NUMBER.fullmatch(value):
        return float(value)  # the common case, "33.3128", without the slower normalisation below
    if isinstance(value, (bool, np.bool_)):
        raise _FieldError(f"{axis} {value!r} is not a number")
    if isinstance(value, (int, float, np.integer, np.floating)):
        out = float(value)
    else:
        text = str(value).translate(_INVISIBLE).translate(_DIGITS).strip()
        if len(text) > 64:
            raise _FieldError(f"{axis} is not a number ({len(text)} characters of text)")
        if "," in text and "." not in text and text.count(",") == 1:
            text = text.replace(",", ".")
        m = _DECIMAL.match(text)
        if m and _NUMBER.match(m.group(1)):
            out = float(m.group(1))
            hemi = (m.group(2) or "").upper()
        else:
            d = _DMS.match(text)
            if not d:
                raise _FieldError(f"{axis} {_show(value)!r} is not a number")
            deg, minutes, seconds = float(d.group(1)), float(d.group(2)), float(d.group(3) or 0)
            if minutes >= 60 or seconds >= 60:
                raise _FieldError(f"{axis} {_show(value)!r} has minutes or seconds of 60 or more")
            out = math.copysign(abs(deg) + minutes / 60 + seconds / 3600, -1.0 if text.startswith("-") else 1.0)
            hemi = (d.group(4) or "").upper()
        if hemi in ("S", "W"):
            out = -abs(out)
    if not math.isfinite(out):
        raise _FieldError(f"{axis} {_show(value)!r} is not a finite number")
    return out


def parse_date(value: Any) -> datetime:
    """Return a date (or date and time) from one of the accepted formats; raise ``ValueError`` else.

    See the module docstring for the formats. Time zones are dropped (local wall time kept).
    """
    if isinstance(value, pd.Timestamp):
        if pd.isna(value):
            raise _FieldError("date is missing")
        stamp = value.tz_localize(None) if value.tzinfo else value
        out: datetime = stamp.to_pydatetime()
        return out
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return _parse_date_text(str(value))


@lru_cache(maxsize=4096)
def _parse_date_text(value: str) -> datetime:
    """Parse one date string (cached: a file repeats the same few dates; errors are not cached)."""
    text = value.translate(_INVISIBLE).translate(_DIGITS).strip()
    if not text or len(text) > 64:
        raise _FieldError(f"{_show(value)!r} is not a date")
    text = re.sub(r"\s+", " ", text)
    text = _WEEKDAY.sub("", text)  # "Friday, 25 October 2019"
    text = _MONTHS_AR_RE.sub(lambda m: f" {_MONTHS_AR[m.group(0)]} ", text)
    text = re.sub(r"\s+", " ", text).strip()
    candidates: list[datetime] = []
    with contextlib.suppress(ValueError):
        candidates.append(datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None))
    if not candidates:
        if re.fullmatch(r"\d{1,2} \d{1,2} \d{4}", text):
            with contextlib.suppress(ValueError):
                candidates.append(datetime.strptime(text, "%d %m %Y"))
        for fmt in _DATE_FORMATS:
            try:
                candidates.append(datetime.strptime(text, fmt))
                break
            except ValueError:
                continue
    if not candidates:
        raise _FieldError(f"{_show(value)!r} is not a date in a known format (e.g. 2019-10-25 or 25 October 2019)")
    out = candidates[0]
    if not 1900 <= out.year <= 2100:
        raise _FieldError(f"{_show(value)!r} has year {out.year}, outside 1900-2100")
    return out


def _parse_number(value: Any, col: str) -> float:
    low, high, whole = _NUMERIC_RULES[col]
    try:
        num = parse_coordinate(value, axis=col) if not isinstance(value, str) else None
    except _FieldError:
        num = None
    if num is None:
        text = str(value).translate(_INVISIBLE).translate(_DIGITS).strip()
        if whole and re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
            text = text.replace(",", "")  # thousands separators: "1,200"
        elif "," in text and "." not in text and text.count(",") == 1 and not whole:
            text = text.replace(",", ".")
        if not _NUMBER.match(text):
            raise _FieldError(f"{col} {_show(value)!r} is not a number")
        num = float(text)
    if not math.isfinite(num) or not low <= num <= high:
        raise _FieldError(f"{col} {_show(value)!r} is outside {low:g}-{high:g}")
    if whole and num != round(num):
        raise _FieldError(f"{col} {_show(value)!r} is not a whole number")
    return num


@dataclass
class _Row:
    lon: float
    lat: float
    fixes: list[str]
    uncertainty_m: float | None = None


def _in_box(lon: float, lat: float, box: tuple[float, float, float, float]) -> bool:
    return box[0] <= lon <= box[2] and box[1] <= lat <= box[3]


def _check_lonlat(lon: float, lat: float, region: tuple[float, float, float, float] | None) -> _Row:
    """Range-check a WGS84 position, fixing a detectable lat/lon swap (see the module docstring)."""
    fixes: list[str] = []
    if abs(lat) > 90 or abs(lon) > 180:
        if abs(lon) <= 90 and abs(lat) <= 180 and (region is None or _in_box(lat, lon, region)):
            fixes.append(f"latitude and longitude swapped (read latitude {lat:g}, longitude {lon:g}: latitude > 90)")
            lon, lat = lat, lon
        else:
            field = "latitude" if abs(lat) > 90 else "longitude"
            value = lat if field == "latitude" else lon
            limit = 90 if field == "latitude" else 180
            raise _FieldError(
                f"{field} {value:g} is outside [-{limit}, {limit}]; if these are projected coordinates, "
                "pass the file's CRS (crs=...)"
            )
    elif region is not None and not _in_box(lon, lat, region) and _in_box(lat, lon, region):
        fixes.append(f"latitude and longitude swapped (read latitude {lat:g}, longitude {lon:g}: outside the region)")
        lon, lat = lat, lon
    if lon == 0 and lat == 0:
        raise _FieldError("position (0, 0) is a placeholder, not a place")
    return _Row(lon, lat, fixes)


def _reduce_geometry(geom: shapely.Geometry) -> _Row:
    """Return the position of a non-empty WGS84 geometry: the point itself or a representative point."""
    if shapely.is_empty(geom):
        raise _FieldError("geometry is empty")
    coords = shapely.get_coordinates(geom)
    if not np.isfinite(coords).all():
        raise _FieldError("geometry has NaN or infinite coordinates")
    geom = shapely.force_2d(geom)
    kind = geom.geom_type
    if kind == "Point":
        return _Row(float(geom.x), float(geom.y), [])
    if kind == "GeometryCollection":
        kinds = sorted({g.geom_type for g in shapely.get_parts(geom)})
        if len(kinds) != 1:
            raise _FieldError(f"GeometryCollection of mixed types ({', '.join(kinds)}) is not one incident location")
    if (np.abs(coords[:, 1]) > 90).any() or (np.abs(coords[:, 0]) > 180).any():
        raise _FieldError(f"{kind} has coordinates outside lon [-180, 180] / lat [-90, 90]")
    fixes: list[str] = []
    if not shapely.is_valid(geom):
        reason = shapely.is_valid_reason(geom)
        geom = shapely.make_valid(geom)
        fixes.append(f"invalid {kind} repaired ({reason})")
    point = shapely.point_on_surface(geom)
    if point is None or shapely.is_empty(point):
        raise _FieldError(f"{kind} has no representative point")
    crs = metric_crs_for(float(point.x), float(point.y))
    radius = float(shapely.hausdorff_distance(project_geometry(point, WGS84, crs), project_geometry(geom, WGS84, crs)))
    fixes.append(f"{kind} reduced to its representative point (radius {radius:.0f} m)")
    return _Row(float(point.x), float(point.y), fixes, uncertainty_m=radius)


def _position(
    record: dict[str, Any], geom: shapely.Geometry | None, src: CRS, region: tuple[float, float, float, float] | None
) -> _Row:
    """Work out one row's WGS84 position from its geometry, WKT or latitude/longitude fields."""
    if geom is None and not _is_missing(record.get("wkt")):
        text = str(record["wkt"]).strip()
        try:
            geom = shapely.from_wkt(text)
        except (shapely.errors.GEOSException, ValueError, TypeError) as exc:
            raise _FieldError(f"wkt {_show(text)!r} is not valid WKT ({str(exc).splitlines()[0]})") from None
    if geom is not None:
        if not src.equals(WGS84):
            coords = shapely.get_coordinates(geom)
            if not np.isfinite(coords).all():
                raise _FieldError("geometry has NaN or infinite coordinates")
            geom = project_geometry(geom, src, WGS84)
        row = _reduce_geometry(geom)
        if src.is_geographic or src.equals(WGS84):
            checked = _check_lonlat(row.lon, row.lat, region)
            row.lon, row.lat, row.fixes = checked.lon, checked.lat, checked.fixes + row.fixes
        return row
    lat_raw, lon_raw = record.get("latitude"), record.get("longitude")
    pair = record.get("coordinates")
    if _is_missing(lat_raw) and _is_missing(lon_raw) and not _is_missing(pair):
        m = _PAIR.match(str(pair).translate(_INVISIBLE).translate(_DIGITS).strip())
        if not m:
            raise _FieldError(f"coordinates {_show(pair)!r} is not 'latitude, longitude'")
        lat_raw, lon_raw = m.group(1), m.group(2)
    if _is_missing(lat_raw) and _is_missing(lon_raw):
        raise _FieldError("geometry is missing (no geometry, WKT or latitude/longitude)")
    for name, raw in (("latitude", lat_raw), ("longitude", lon_raw)):
        if _is_missing(raw):
            raise _FieldError(f"{name} is missing")
    lat = parse_coordinate(lat_raw, axis="latitude")
    lon = parse_coordinate(lon_raw, axis="longitude")
    if src.is_geographic:
        return _check_lonlat(lon, lat, region)
    x, y = transformer(src, WGS84).transform(lon, lat)
    if not (math.isfinite(x) and math.isfinite(y)):
        raise _FieldError(f"x {lon:g} / y {lat:g} cannot be projected from {src.name} to WGS84")
    return _check_lonlat(float(x), float(y), None)


def _field_of(reason: str) -> str:
    head = reason.split(" ", 1)[0]
    if head in ("latitude", "longitude", "wkt", "geometry", "coordinates", *_DATE_COLUMNS, *_NUMERIC_RULES):
        return head
    if reason.startswith("position") or reason.startswith("x "):
        return "latitude/longitude"
    return "geometry"


def validate_table(
    table: pd.DataFrame,
    *,
    rows: Sequence[int],
    geometries: Sequence[shapely.Geometry | None] | None = None,
    crs: Any = WGS84,
    region: tuple[float, float, float, float] | None = IRAQ_BBOX,
) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """Split a raw table into accepted incidents and rejected rows.

    Parameters
    ----------
    table
        One row per record, with headers already mapped by :func:`canonical_columns`; values as read
        (text from CSV, parsed values from GeoJSON/GeoPackage).
    rows
        The row number to report for each record (for CSV the line in a spreadsheet, header = 1).
    geometries
        One geometry (or None) per record, in ``crs``; when None for a row, its ``wkt`` or
        ``latitude``/``longitude`` fields give the position.
    crs
        CRS of the geometries and of the latitude/longitude (y/x) fields; reprojected to EPSG:4326.
    region
        (min_lon, min_lat, max_lon, max_lat) where the incidents are expected, used to detect
        swapped latitude/longitude; None to detect only impossible latitudes.

    Returns
    -------
    accepted, rejected
        ``accepted``: the incident schema (:func:`geoincidents.schema.coerce_incidents`), EPSG:4326
        points, extra columns kept, a ``fixes`` column (null when nothing was changed) and the
        source ``row``-number as ``source_row``. ``rejected``: ``row``, ``field``, ``reason``,
        ``value`` and then the row's original fields (a clashing name gets an ``input_`` prefix).
    """
    if len(rows) != len(table) or (geometries is not None and len(geometries) != len(table)):
        raise ValueError("rows and geometries must have one entry per table row")
    src = CRS.from_user_input(crs)
    columns = [str(c) for c in table.columns]
    records = [dict(zip(columns, row, strict=True)) for row in table.to_numpy(dtype=object).tolist()]
    accepted_idx: list[int] = []
    out_values: list[dict[str, Any]] = []
    rejected: list[dict[str, Any]] = []
    first_id: dict[str, int] = {}
    date_cols = [c for c in _DATE_COLUMNS if c in table.columns]
    number_cols = [c for c in _NUMERIC_RULES if c in table.columns]
    for i, record in enumerate(records):
        geom = None if geometries is None else geometries[i]
        values: dict[str, Any] = {}
        try:
            pos = _position(record, geom, src, region)
            for col in date_cols:
                raw = record.get(col)
                values[col] = None if _is_missing(raw) else _parse_or_raise(raw, col)
            for col in number_cols:
                raw = record.get(col)
                values[col] = None if _is_missing(raw) else _parse_number(raw, col)
            raw_id = record.get("event_id")
            if not _is_missing(raw_id):
                key = str(raw_id).translate(_INVISIBLE).strip()
                if key in first_id:
                    raise _FieldError(f"event_id duplicate event_id {_show(key)!r}: row {first_id[key]} kept it")
        except _FieldError as exc:
            reason = str(exc)
            field = _field_of(reason)
            if reason.startswith("event_id "):
                field, reason = "event_id", reason[len("event_id ") :]
            value = record.get(field) if field in record else None
            rejected.append({"row": int(rows[i]), "field": field, "reason": reason, "value": _value_text(value, geom)})
            rejected[-1]["_record"] = record
            continue
        if not _is_missing(record.get("event_id")):
            first_id[str(record["event_id"]).translate(_INVISIBLE).strip()] = int(rows[i])
        if pos.uncertainty_m is not None and values.get("uncertainty_m") is None:
            values["uncertainty_m"] = pos.uncertainty_m
        values["longitude"], values["latitude"] = pos.lon, pos.lat
        earlier = record.get(FIXES_COLUMN)  # fixes recorded when the file was first read are kept
        fixes = ([] if _is_missing(earlier) else [str(earlier)]) + pos.fixes
        values[FIXES_COLUMN] = "; ".join(fixes) if fixes else None
        values["source_row"] = int(rows[i])
        accepted_idx.append(i)
        out_values.append(values)
    return _accepted_frame(table, accepted_idx, out_values), _rejected_frame(rejected)


def _parse_or_raise(raw: Any, col: str) -> datetime:
    try:
        return parse_date(raw)
    except _FieldError as exc:
        raise _FieldError(f"{col} {exc}") from None


def _value_text(value: Any, geom: shapely.Geometry | None) -> str | None:
    if value is None and geom is not None:
        try:
            return _show(shapely.to_wkt(geom, rounding_precision=7))
        except (shapely.errors.GEOSException, ValueError):
            return None
    return None if value is None else _show(value)


def _accepted_frame(table: pd.DataFrame, idx: list[int], values: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    frame = table.iloc[idx].reset_index(drop=True).copy()
    frame = frame.drop(columns=[c for c in ("wkt", "geometry") if c in frame.columns])
    parsed = pd.DataFrame(values, index=frame.index)
    for col in parsed.columns:
        if col in _DATE_COLUMNS:
            frame[col] = pd.to_datetime(parsed[col], errors="raise").astype("datetime64[ns]")
        elif col in (FIXES_COLUMN,):
            frame[col] = parsed[col].astype("string")
        elif col == "source_row":
            frame[col] = parsed[col].astype("Int64")
        else:
            frame[col] = pd.to_numeric(parsed[col]).astype("float64")
    if not len(values):
        for col in ("longitude", "latitude", FIXES_COLUMN, "source_row"):
            frame[col] = pd.Series(dtype="float64" if col in ("longitude", "latitude") else "string")
        frame["source_row"] = frame["source_row"].astype("Int64")
    out = coerce_incidents(frame)
    out[FIXES_COLUMN] = out[FIXES_COLUMN].astype("string")
    return out


def _rejected_frame(rejected: list[dict[str, Any]]) -> pd.DataFrame:
    base = pd.DataFrame([{k: r[k] for k in REJECTED_COLUMNS} for r in rejected], columns=list(REJECTED_COLUMNS)).astype(
        {"row": "int64", "field": "string", "reason": "string", "value": "string"}
    )
    originals = [r["_record"] for r in rejected]
    if not originals:
        return base
    extra = pd.DataFrame(originals).astype("string")
    extra.columns = [f"input_{c}" if c in REJECTED_COLUMNS else c for c in extra.columns]
    return pd.concat([base, extra.reset_index(drop=True)], axis=1)
