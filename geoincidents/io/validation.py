"""Validation of incident rows read from a file: accept, fix on purpose, flag a doubt, or reject with a reason.

:mod:`geoincidents.io.incidents` turns a file into a raw table (text or parsed values, one row per
record, plus a geometry per row when the format has one); :func:`validate_table` turns that table into
accepted incidents (the incident schema, extra columns kept) and rejected rows (row number, field,
reason, the offending value and the row's original data). Every row ends in exactly one of the two.

**Fast path.** Whole columns are checked at once (Arrow regular expressions and casts, numpy range
checks, dates parsed once per distinct text): a row whose fields all pass those checks is accepted
without any Python code running for it. Only the rows a column check does not accept go through the
row-by-row rules below, which either accept them (a decimal comma, degrees-minutes-seconds, a swap
fixed) or reject them with the reason. The column checks accept exactly a subset of what the row rules
accept, with the same values, so the result does not depend on which path a row took.

Policies (on purpose, documented here once; ``docs/input-formats.md`` has the formats and dates):

- Coordinates: numbers with a dot or a single decimal comma, Arabic-Indic digits, a degree sign and a
  hemisphere letter, or degrees-minutes-seconds, are read; anything else, NaN, infinities, and values
  outside latitude [-90, 90] / longitude [-180, 180] are rejected. ``(0, 0)`` is rejected as a
  placeholder, not a place. Coordinates in another CRS (``crs=``, or the file's own) are projected to
  WGS84.
- A single "lat, lon" column (``coordinates``, ``latlon``, ...) is read latitude first, as online
  maps copy it; a reversed pair is then caught by the swap rule below.
- Swapped latitude/longitude are **flagged and fixed**: when the latitude is impossible (above 90)
  and the swapped point is valid (and inside ``region`` when one is given), or when the point lies
  outside the expected ``region`` (default: Iraq's bounding box) while the swapped point lies
  inside (Baghdad's 33 N / 44 E read as 44 N / 33 E), the two are exchanged and the ``fixes``
  column says so. A row whose ``country`` column names another country than the region's (a UCDP or
  ACLED file covering several countries: Ankara's 39.9 N / 32.9 E swapped would fall in Iraq) is
  only swapped when its latitude is impossible.
- Geometries: see :mod:`geoincidents.io.geometry` (points as they are, other shapes reduced to a
  representative point with their radius as ``uncertainty_m``, WKT nesting and size limited).
- Duplicate ``event_id``: the first accepted row keeps the id, later rows with the same id
  (compared after trimming spaces) are rejected, naming the row that kept it.
- Dates (``event_date``, ``published``): see :mod:`geoincidents.io.dates`; the day/month order is
  decided per column, an undecidable row is flagged. An empty date is null; an unreadable one rejects
  the row.
- Counts and codes (``fatalities``, ``injuries``, ``geo_precision``, ``time_precision``,
  ``confidence``, ``uncertainty_m``, ``span_start``, ``span_end``): empty is null (unknown); a value
  that is not a number in the allowed range rejects the row rather than being silently nulled.
- Notes on rows (``fixes``): see :mod:`geoincidents.io.notes` (fixed versus flagged).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely
from pyproj import CRS

from geoincidents._crs import WGS84, transformer
from geoincidents.io.columns import INVISIBLE, canonical_columns, canonical_names
from geoincidents.io.dates import parse_date, parse_date_column
from geoincidents.io.geometry import FieldError, Position, parse_wkt, reduce_geometry, to_wgs84
from geoincidents.io.limits import MAX_NESTING, MAX_VERTICES
from geoincidents.io.notes import FIXES_COLUMN, join_notes
from geoincidents.schema import coerce_incidents, empty_incidents

__all__ = [
    "FIXES_COLUMN",
    "IRAQ_BBOX",
    "REJECTED_COLUMNS",
    "Validated",
    "canonical_columns",
    "canonical_names",
    "parse_coordinate",
    "parse_date",
    "validate_rows",
    "validate_table",
]

# (min_lon, min_lat, max_lon, max_lat) of Iraq, rounded outwards: used to detect swapped lat/lon.
IRAQ_BBOX: tuple[float, float, float, float] = (38.7, 29.0, 48.7, 37.4)
REJECTED_COLUMNS: tuple[str, ...] = ("row", "field", "reason", "value")
# How files name Iraq in a country column: ACLED/UCDP "Iraq", ISO 3166 alpha-3 "IRQ" and numeric 368,
# GDELT's FIPS 10-4 "IZ", UCDP's Gleditsch-Ward 645.
_REGION_COUNTRIES: dict[tuple[float, float, float, float], frozenset[str]] = {
    IRAQ_BBOX: frozenset({"iraq", "irq", "368", "iz", "645"}),
}

_PAIR = re.compile(r"^\(?\s*([+-]?\d+(?:\.\d+)?)\s*[,;\s]\s*([+-]?\d+(?:\.\d+)?)\s*\)?$")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬−\u00a0", "01234567890123456789.,- ")
_SIMPLE_NUMBER = re.compile(r"-?\d{1,3}(?:\.\d+)?")
# The same texts, for Arrow (ASCII digits only: Python's \d also matches Arabic-Indic digits, which
# the row rules read after translating them).
_ARROW_COORDINATE = r"^-?[0-9]{1,3}(?:\.[0-9]+)?$"
_ARROW_COORDINATE_COMMA = (
    r"^-?[0-9]{1,3},[0-9]+$"  # a decimal comma: "33,3128" (a spreadsheet in Arabic/European settings)
)
_ARROW_COUNT = r"^[0-9]+(?:\.[0-9]+)?$"
_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
_DECIMAL = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*°?\s*([NSEWnsew])?$")
_DMS = re.compile(
    r"""^([+-]?\d{1,3})\s*[°\s]\s*(\d{1,2}(?:\.\d+)?)\s*['′\s]?\s*(?:(\d{1,2}(?:\.\d+)?)\s*(?:["″]|'')?)?\s*([NSEWnsew])?$"""
)
_DATE_COLUMNS = ("event_date", "published", "event_date_end")
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
    "fatalities_low": (0, 1e7, True),  # UCDP GED's low and high estimates (geoincidents.io.formats)
    "fatalities_high": (0, 1e7, True),
}
_MAX_VALUE_CHARS = 200
_SCHEMA_DTYPES: dict[str, Any] = {c: d for c, d in empty_incidents().dtypes.items() if c != "geometry"}
_INVISIBLE_CLASS = "[" + "".join(chr(c) for c in INVISIBLE) + "]"
_FieldError = FieldError  # the name older code used


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, (float, np.floating)) and math.isnan(value):
        return True  # a null in a typed column (GeoPackage, pandas); the text "NaN" is not missing
    return isinstance(value, str) and not value.translate(INVISIBLE).strip()


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
        raise FieldError(f"{axis} {value!r} is not a number")
    if isinstance(value, (int, float, np.integer, np.floating)):
        out = float(value)
    else:
        text = str(value).translate(INVISIBLE).translate(_DIGITS).strip()
        if len(text) > 64:
            raise FieldError(f"{axis} is not a number ({len(text)} characters of text)")
        if "," in text and "." not in text and text.count(",") == 1:
            text = text.replace(",", ".")
        m = _DECIMAL.match(text)
        if m and _NUMBER.match(m.group(1)):
            out = float(m.group(1))
            hemi = (m.group(2) or "").upper()
        else:
            d = _DMS.match(text)
            if not d:
                raise FieldError(f"{axis} {_show(value)!r} is not a number")
            deg, minutes, seconds = float(d.group(1)), float(d.group(2)), float(d.group(3) or 0)
            if minutes >= 60 or seconds >= 60:
                raise FieldError(f"{axis} {_show(value)!r} has minutes or seconds of 60 or more")
            out = math.copysign(abs(deg) + minutes / 60 + seconds / 3600, -1.0 if text.startswith("-") else 1.0)
            hemi = (d.group(4) or "").upper()
        if hemi in ("S", "W"):
            out = -abs(out)
    if not math.isfinite(out):
        raise FieldError(f"{axis} {_show(value)!r} is not a finite number")
    return out


def _parse_number(value: Any, col: str) -> float:
    low, high, whole = _NUMERIC_RULES[col]
    try:
        num = parse_coordinate(value, axis=col) if not isinstance(value, str) else None
    except FieldError:
        num = None
    if num is None:
        text = str(value).translate(INVISIBLE).translate(_DIGITS).strip()
        if whole and re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
            text = text.replace(",", "")  # thousands separators: "1,200"
        elif "," in text and "." not in text and text.count(",") == 1 and not whole:
            text = text.replace(",", ".")
        if not _NUMBER.match(text):
            raise FieldError(f"{col} {_show(value)!r} is not a number")
        num = float(text)
    if not math.isfinite(num) or not low <= num <= high:
        raise FieldError(f"{col} {_show(value)!r} is outside {low:g}-{high:g}")
    if whole and num != round(num):
        raise FieldError(f"{col} {_show(value)!r} is not a whole number")
    return num


def _in_box(lon: float, lat: float, box: tuple[float, float, float, float]) -> bool:
    return box[0] <= lon <= box[2] and box[1] <= lat <= box[3]


def _check_lonlat(lon: float, lat: float, region: tuple[float, float, float, float] | None) -> Position:
    """Range-check a WGS84 position, fixing a detectable lat/lon swap (see the module docstring)."""
    fixes: list[str] = []
    if abs(lat) > 90 or abs(lon) > 180:
        if abs(lon) <= 90 and abs(lat) <= 180 and (region is None or _in_box(lat, lon, region)):
            fixes.append(f"latitude and longitude swapped (read latitude {lat:g}, longitude {lon:g}: latitude > 90)")
            lon, lat = lat, lon
        else:
            name = "latitude" if abs(lat) > 90 else "longitude"
            value = lat if name == "latitude" else lon
            limit = 90 if name == "latitude" else 180
            raise FieldError(
                f"{name} {value:g} is outside [-{limit}, {limit}]; if these are projected coordinates, "
                "pass the file's CRS (crs=..., or --crs on the command line)"
            )
    elif region is not None and not _in_box(lon, lat, region) and _in_box(lat, lon, region):
        fixes.append(f"latitude and longitude swapped (read latitude {lat:g}, longitude {lon:g}: outside the region)")
        lon, lat = lat, lon
    if lon == 0 and lat == 0:
        raise FieldError("position (0, 0) is a placeholder, not a place")
    return Position(lon, lat, fixes)


def _position(
    record: dict[str, Any], geom: shapely.Geometry | None, src: CRS, region: tuple[float, float, float, float] | None
) -> Position:
    """Work out one row's WGS84 position from its geometry, WKT or latitude/longitude fields."""
    if geom is None and not _is_missing(record.get("wkt")):
        geom = parse_wkt(str(record["wkt"]).strip())
    if geom is not None:
        row = reduce_geometry(to_wgs84(geom, src))
        if src.is_geographic:
            checked = _check_lonlat(row.lon, row.lat, region)
            row.lon, row.lat, row.fixes = checked.lon, checked.lat, checked.fixes + row.fixes
        return row
    lat_raw, lon_raw = record.get("latitude"), record.get("longitude")
    pair = record.get("coordinates")
    if _is_missing(lat_raw) and _is_missing(lon_raw) and not _is_missing(pair):
        m = _PAIR.match(str(pair).translate(INVISIBLE).translate(_DIGITS).strip())
        if not m:
            raise FieldError(f"coordinates {_show(pair)!r} is not 'latitude, longitude'")
        lat_raw, lon_raw = m.group(1), m.group(2)
    if _is_missing(lat_raw) and _is_missing(lon_raw):
        raise FieldError("geometry is missing (no geometry, WKT or latitude/longitude)")
    for name, raw in (("latitude", lat_raw), ("longitude", lon_raw)):
        if _is_missing(raw):
            raise FieldError(f"{name} is missing")
    lat = parse_coordinate(lat_raw, axis="latitude")
    lon = parse_coordinate(lon_raw, axis="longitude")
    if src.equals(WGS84):
        return _check_lonlat(lon, lat, region)
    x, y = transformer(src, WGS84).transform(lon, lat)
    if not (math.isfinite(x) and math.isfinite(y)):
        raise FieldError(f"x {lon:g} / y {lat:g} cannot be projected from {src.name} to WGS84")
    return _check_lonlat(float(x), float(y), region if src.is_geographic else None)


def _field_of(reason: str) -> str:
    head = reason.split(" ", 1)[0]
    if head in ("latitude", "longitude", "wkt", "geometry", "coordinates", *_DATE_COLUMNS, *_NUMERIC_RULES):
        return head
    if reason.startswith("position") or reason.startswith("x "):
        return "latitude/longitude"
    return "geometry"


# ---------------------------------------------------------------------------------------------------
# Whole-column checks


def _arrow_text(series: pd.Series) -> pa.ChunkedArray | None:
    """The column as an Arrow string array when every value is text or missing, else None."""
    if _is_arrow_text(series):
        arr = pa.array(series)
        return arr if isinstance(arr, pa.ChunkedArray) else pa.chunked_array([arr])
    if not pd.api.types.is_object_dtype(series.dtype):
        return None
    try:
        return pa.chunked_array([pa.array(series.to_numpy(), type=pa.string(), from_pandas=True)])
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None


def _is_number_dtype(series: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype)


def _missing(series: pd.Series) -> np.ndarray:
    """Cells that are certainly missing: null, or text of white space only (the row rules decide the rest)."""
    out: np.ndarray = np.array(series.isna().to_numpy(dtype=bool), dtype=bool)
    text = _arrow_text(series)
    if text is not None:
        blank = pc.equal(pc.utf8_trim_whitespace(text), "")
        out = out | pc.fill_null(blank, False).to_numpy(zero_copy_only=False)
    return out


def _simple_floats(series: pd.Series, pattern: str, comma: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(values, ok): ``ok`` where the cell is a finite number, or text fully matching ``pattern`` (or
    ``comma``, a pattern of numbers with one decimal comma)."""
    n = len(series)
    if _is_number_dtype(series):
        values = series.to_numpy(dtype=float, na_value=np.nan)
        return values, np.isfinite(values)
    text = _arrow_text(series)
    if text is None:
        return np.full(n, np.nan), np.zeros(n, dtype=bool)
    match = pc.fill_null(pc.match_substring_regex(text, pattern), False)
    if comma is not None and not pc.all(match).as_py():
        with_comma = pc.fill_null(pc.match_substring_regex(text, comma), False)
        if pc.any(with_comma).as_py():
            text = pc.if_else(with_comma, pc.replace_substring(text, ",", "."), text)
            match = pc.or_(match, with_comma)
    numbers = pc.cast(pc.if_else(match, text, pa.scalar(None, pa.string())), pa.float64())
    values = numbers.to_numpy(zero_copy_only=False).astype(float, copy=False)
    return values, match.to_numpy(zero_copy_only=False) & np.isfinite(values)


def _take(data: pd.DataFrame | pd.Series, idx: np.ndarray) -> Any:
    """Rows ``idx`` (sorted positions) of a table or column, with a boolean mask: Arrow filters a table
    of text columns in one call, chunk by chunk, where a positional take would gather each column."""
    mask = np.zeros(len(data), dtype=bool)
    mask[idx] = True
    if isinstance(data, pd.Series):
        return data[mask].reset_index(drop=True)
    arrow = data.shape[1] > 0 and data.columns.is_unique
    if arrow and all(_is_arrow_text(data.iloc[:, i]) for i in range(data.shape[1])):
        table = pa.Table.from_pandas(data, preserve_index=False)
        return table.filter(pa.array(mask)).to_pandas()
    columns = {i: data.iloc[:, i][mask].reset_index(drop=True) for i in range(data.shape[1])}
    out = pd.DataFrame(columns, index=pd.RangeIndex(len(idx)))
    out.columns = data.columns
    return out


def _is_arrow_text(series: pd.Series) -> bool:
    return isinstance(series.dtype, pd.StringDtype) and series.dtype.storage == "pyarrow"


def _cells(series: pd.Series, idx: np.ndarray) -> list[Any]:
    """The raw cells at positions ``idx`` (Python objects, missing as None)."""
    part = _take(series, idx)
    return [None if _is_missing_scalar(v) else v for v in part.astype(object).tolist()]


def _is_missing_scalar(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _region_applies(table: pd.DataFrame, region: tuple[float, float, float, float] | None) -> np.ndarray:
    """Rows the region-based swap rule applies to: all, unless a ``country`` column names another country."""
    n = len(table)
    names = _REGION_COUNTRIES.get(region) if region is not None else None
    if names is None or "country" not in table:
        return np.ones(n, dtype=bool)
    country = table["country"].astype("string").str.strip().str.lower()
    applies: np.ndarray = (country.isna() | (country == "") | country.isin(list(names))).to_numpy(
        dtype=bool, na_value=True
    )
    return applies


@dataclass
class _State:
    """Per-row results while a table is validated: the first reason a row fails, and its position."""

    n: int
    reason: np.ndarray = field(init=False)
    column: np.ndarray = field(init=False)
    value: np.ndarray = field(init=False)
    lon: np.ndarray = field(init=False)
    lat: np.ndarray = field(init=False)
    unc: np.ndarray = field(init=False)
    fixes: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.reason = np.full(self.n, None, dtype=object)
        self.column = np.full(self.n, None, dtype=object)
        self.value = np.full(self.n, None, dtype=object)
        self.lon = np.full(self.n, np.nan)
        self.lat = np.full(self.n, np.nan)
        self.unc = np.full(self.n, np.nan)
        self.fixes = np.full(self.n, None, dtype=object)

    @property
    def ok(self) -> np.ndarray:
        result: np.ndarray = pd.isna(self.reason)
        return result

    def reject(self, i: int, name: str, reason: str, value: Any) -> None:
        if self.reason[i] is None:
            self.reason[i], self.column[i], self.value[i] = reason, name, value


def _geometry_points(geoms: np.ndarray, state: _State, todo: np.ndarray) -> np.ndarray:
    """Take the plain points among ``geoms``; return the rows that need the row rules."""
    has = ~shapely.is_missing(geoms)
    kinds = shapely.get_type_id(geoms)
    point = has & (kinds == 0)
    point[point] &= ~shapely.is_empty(geoms[point])
    state.lon[point] = shapely.get_x(geoms[point])
    state.lat[point] = shapely.get_y(geoms[point])
    todo &= ~has
    slow: np.ndarray = has & ~point
    return slow


def _wkt_points(series: pd.Series, state: _State, todo: np.ndarray) -> np.ndarray:
    """Parse the WKT column where it is safe to do so at once; return the rows that need the row rules."""
    rows: np.ndarray = todo & ~_missing(series)
    text = _arrow_text(series)
    slow = np.zeros(len(series), dtype=bool)
    if text is None:
        todo &= ~rows
        return rows
    parens = pc.fill_null(pc.count_substring(text, "("), 0).to_numpy(zero_copy_only=False)
    commas = pc.fill_null(pc.count_substring(text, ","), 0).to_numpy(zero_copy_only=False)
    safe = rows & (parens <= MAX_NESTING) & (commas <= 2 * MAX_VERTICES)
    idx = np.flatnonzero(safe)
    geoms = shapely.from_wkt(text.take(pa.array(idx)).to_numpy(zero_copy_only=False), on_invalid="ignore")
    kinds = shapely.get_type_id(geoms)
    point = kinds == 0
    point[point] &= ~shapely.is_empty(geoms[point])
    state.lon[idx[point]] = shapely.get_x(geoms[point])
    state.lat[idx[point]] = shapely.get_y(geoms[point])
    slow[idx[~point]] = True
    slow |= rows & ~safe
    todo &= ~rows
    return slow


def _latlon_points(table: pd.DataFrame, state: _State, todo: np.ndarray) -> np.ndarray:
    """Read simple latitude/longitude texts at once; return the rows that need the row rules."""
    if "latitude" not in table or "longitude" not in table:
        return todo.copy()
    lat, lat_ok = _simple_floats(table["latitude"], _ARROW_COORDINATE, _ARROW_COORDINATE_COMMA)
    lon, lon_ok = _simple_floats(table["longitude"], _ARROW_COORDINATE, _ARROW_COORDINATE_COMMA)
    both = todo & lat_ok & lon_ok
    state.lat[both], state.lon[both] = lat[both], lon[both]
    slow: np.ndarray = todo & ~both
    return slow


def _settle_positions(
    table: pd.DataFrame,
    geometries: Sequence[shapely.Geometry | None] | None,
    src: CRS,
    region: tuple[float, float, float, float] | None,
    state: _State,
) -> None:
    """Every row's position: at once where the column checks accept it, else by the row rules."""
    n = len(table)
    todo = np.ones(n, dtype=bool)
    slow = np.zeros(n, dtype=bool)
    geoms = None
    if geometries is not None:
        geoms = np.empty(n, dtype=object)
        geoms[:] = list(geometries)
        slow |= _geometry_points(geoms, state, todo)
    if "wkt" in table:
        slow |= _wkt_points(table["wkt"], state, todo)
    slow |= _latlon_points(table, state, todo)
    fast = ~slow & np.isfinite(state.lon) & np.isfinite(state.lat)
    slow |= ~slow & ~fast
    applies = _region_applies(table, region)
    if not src.equals(WGS84) and fast.any():
        x, y = transformer(src, WGS84).transform(state.lon[fast], state.lat[fast])
        state.lon[fast], state.lat[fast] = x, y
    lon, lat = state.lon, state.lat
    with np.errstate(invalid="ignore"):
        good = fast & np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
        good &= ~((lon == 0) & (lat == 0))
        if region is not None and src.is_geographic:
            x0, y0, x1, y1 = region
            inside = (lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1)
            swapped_inside = (lat >= x0) & (lat <= x1) & (lon >= y0) & (lon <= y1)
            good &= inside | ~swapped_inside | ~applies
    slow |= fast & ~good
    _rows_by_rules(table, geoms, src, region, applies, np.flatnonzero(slow), state)


def _rows_by_rules(
    table: pd.DataFrame,
    geoms: np.ndarray | None,
    src: CRS,
    region: tuple[float, float, float, float] | None,
    applies: np.ndarray,
    idx: np.ndarray,
    state: _State,
) -> None:
    if not len(idx):
        return
    columns = [str(c) for c in table.columns]
    part = _take(table, idx).astype(object)
    for k, values in enumerate(part.itertuples(index=False, name=None)):
        i = int(idx[k])
        record = dict(zip(columns, values, strict=True))
        geom = None if geoms is None else geoms[i]
        try:
            pos = _position(record, geom, src, region if applies[i] else None)
        except FieldError as exc:
            reason = str(exc)
            name = _field_of(reason)
            state.reject(i, name, reason, _value_text(record.get(name), geom))
            continue
        state.lon[i], state.lat[i] = pos.lon, pos.lat
        if pos.uncertainty_m is not None:
            state.unc[i] = pos.uncertainty_m
        if pos.fixes:
            state.fixes[i] = "; ".join(pos.fixes)


def _settle_dates(table: pd.DataFrame, state: _State, notes: list[str]) -> dict[str, np.ndarray]:
    values: dict[str, np.ndarray] = {}
    for col in _DATE_COLUMNS:
        if col not in table:
            continue
        parsed = parse_date_column(table[col], col)
        if parsed.errors:
            idx = np.fromiter(parsed.errors, dtype=np.int64)
            for i, cell in zip(idx, _cells(table[col], idx), strict=True):
                state.reject(int(i), col, parsed.errors[int(i)], _value_text(cell, None))
        state.fixes = join_notes(state.fixes, parsed.flags)
        notes.extend(parsed.notes)
        values[col] = parsed.values
    return values


def _settle_numbers(table: pd.DataFrame, state: _State) -> dict[str, np.ndarray]:
    values: dict[str, np.ndarray] = {}
    for col, (low, high, whole) in _NUMERIC_RULES.items():
        if col not in table:
            continue
        series = table[col]
        nums, ok = _simple_floats(series, _ARROW_COUNT)
        with np.errstate(invalid="ignore"):
            ok &= (nums >= low) & (nums <= high)
            if whole:
                ok &= nums == np.round(nums)
        missing = _missing(series) & ~ok
        out = np.where(ok, nums, np.nan)
        idx = np.flatnonzero(~ok & ~missing)
        for i, cell in zip(idx, _cells(series, idx), strict=True):
            if cell is None or _is_missing(cell):
                continue
            try:
                out[i] = _parse_number(cell, col)
            except FieldError as exc:
                state.reject(int(i), col, str(exc), _value_text(cell, None))
        values[col] = out
    return values


def _id_keys(series: pd.Series) -> pd.Series:
    """``event_id`` values as compared: text without invisible marks and surrounding spaces, <NA> if empty."""
    text = _arrow_text(series)
    if text is None:  # numbers (a GeoPackage field) or mixed values: their text, as str() gives it
        text = pa.chunked_array([pa.array(series.astype("string").to_numpy(na_value=None), type=pa.string())])
    ascii_only = pc.all(pc.fill_null(pc.string_is_ascii(text), True)).as_py()  # the marks are not ASCII
    if not ascii_only and pc.any(pc.match_substring_regex(text, _INVISIBLE_CLASS)).as_py():
        text = pc.replace_substring_regex(text, _INVISIBLE_CLASS, "")
    text = pc.utf8_trim_whitespace(text)
    text = pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)
    return pd.Series(pd.array(text, dtype="string"))


def _settle_ids(table: pd.DataFrame, rows: np.ndarray, state: _State) -> None:
    """Reject later rows repeating an accepted row's ``event_id``."""
    if "event_id" not in table:
        return
    keys = _id_keys(table["event_id"])
    idx = np.flatnonzero(state.ok & keys.notna().to_numpy(dtype=bool))
    counts = pc.value_counts(pa.array(keys.iloc[idx] if len(idx) < len(keys) else keys, type=pa.string()))
    if not len(counts) or pc.max(counts.field("counts")).as_py() < 2:
        return  # every id once: the common case, one hash pass in Arrow
    sub = keys.iloc[idx].reset_index(drop=True)
    repeated = sub.duplicated(keep="first").to_numpy(dtype=bool)
    repeated_keys = set(sub[repeated].tolist())
    kept = np.flatnonzero(~repeated & sub.isin(repeated_keys).to_numpy(dtype=bool))
    first_row = {str(sub.iloc[pos]): int(rows[idx[pos]]) for pos in kept}
    for pos in np.flatnonzero(repeated):
        i = int(idx[pos])
        key = str(sub.iloc[pos])
        state.reject(i, "event_id", f"duplicate event_id {_show(key)!r}: row {first_row[key]} kept it", _show(key))


@dataclass
class Validated:
    """The outcome of :func:`validate_rows`: accepted incidents, rejected rows, and notes for the summary."""

    accepted: gpd.GeoDataFrame
    rejected: pd.DataFrame
    notes: list[str]


def validate_rows(
    table: pd.DataFrame,
    *,
    rows: Sequence[int] | np.ndarray,
    geometries: Sequence[shapely.Geometry | None] | None = None,
    crs: Any = WGS84,
    region: tuple[float, float, float, float] | None = IRAQ_BBOX,
) -> Validated:
    """Split a raw table into accepted incidents and rejected rows; see :func:`validate_table`."""
    rows_arr = np.asarray(rows, dtype=np.int64)
    if len(rows_arr) != len(table) or (geometries is not None and len(geometries) != len(table)):
        raise ValueError("rows and geometries must have one entry per table row")
    table = table.reset_index(drop=True)
    src = CRS.from_user_input(crs)
    state = _State(len(table))
    notes: list[str] = []
    _settle_positions(table, geometries, src, region, state)
    dates = _settle_dates(table, state, notes)
    numbers = _settle_numbers(table, state)
    _settle_ids(table, rows_arr, state)
    if FIXES_COLUMN in table:
        earlier = table[FIXES_COLUMN].astype(object).where(~_missing(table[FIXES_COLUMN]), None).to_numpy()
        state.fixes = join_notes(earlier.astype(object), state.fixes)
    accepted = _accepted_frame(table, rows_arr, state, dates, numbers)
    rejected = _rejected_frame(table, rows_arr, geometries, state)
    return Validated(accepted, rejected, notes)


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
        points, extra columns kept, a ``fixes`` column (null when nothing was changed or doubted) and
        the source ``row``-number as ``source_row``. ``rejected``: ``row``, ``field``, ``reason``,
        ``value`` and then the row's original fields (a clashing name gets an ``input_`` prefix).
    """
    out = validate_rows(table, rows=rows, geometries=geometries, crs=crs, region=region)
    return out.accepted, out.rejected


def _value_text(value: Any, geom: shapely.Geometry | None) -> str | None:
    if value is None and geom is not None:
        try:
            return _show(shapely.to_wkt(geom, rounding_precision=7))
        except (shapely.errors.GEOSException, ValueError):
            return None
    return None if value is None else _show(value)


def _typed_nulls(dtype: Any, n: int) -> Any:
    """An all-missing column of ``dtype`` (a schema dtype) built without a Python object per row."""
    if isinstance(dtype, pd.StringDtype):
        return pd.array(pa.nulls(n, pa.large_string()), dtype=dtype)
    if isinstance(dtype, pd.api.extensions.ExtensionDtype):  # Int8, Int64
        return pd.arrays.IntegerArray(np.zeros(n, dtype=dtype.numpy_dtype), np.ones(n, dtype=bool))
    return np.full(n, np.datetime64("NaT") if np.dtype(dtype).kind == "M" else np.nan, dtype=dtype)


def _accepted_frame(
    table: pd.DataFrame,
    rows: np.ndarray,
    state: _State,
    dates: dict[str, np.ndarray],
    numbers: dict[str, np.ndarray],
) -> gpd.GeoDataFrame:
    idx = np.flatnonzero(state.ok)
    # columns replaced below (or dropped) are not copied with the accepted rows
    replaced = {"wkt", "geometry", "longitude", "latitude", "uncertainty_m", FIXES_COLUMN, *dates, *numbers}
    kept = table.drop(columns=[c for c in table.columns if c in replaced])
    frame = (kept if len(idx) == len(table) else _take(kept, idx)).reset_index(drop=True)
    for col, values in dates.items():
        frame[col] = values[idx]
    for col, values in numbers.items():
        whole_extra = _NUMERIC_RULES[col][2] and col not in _SCHEMA_DTYPES
        frame[col] = pd.array(values[idx], dtype="Int64") if whole_extra else values[idx]
    unc = numbers.get("uncertainty_m", np.full(len(table), np.nan))
    frame["uncertainty_m"] = np.where(np.isnan(unc), state.unc, unc)[idx]
    frame["longitude"], frame["latitude"] = state.lon[idx], state.lat[idx]
    frame[FIXES_COLUMN] = pd.array(state.fixes[idx], dtype="string")
    frame["source_row"] = pd.array(rows[idx], dtype="Int64")
    # schema columns the file lacks, already typed: coerce_incidents then converts nothing row by row
    missing = {c: _typed_nulls(d, len(frame)) for c, d in _SCHEMA_DTYPES.items() if c not in frame.columns}
    if missing:
        frame = pd.concat([frame, pd.DataFrame(missing, index=frame.index)], axis=1)
    out = coerce_incidents(frame)
    out[FIXES_COLUMN] = out[FIXES_COLUMN].astype("string")
    return out


def _rejected_frame(
    table: pd.DataFrame,
    rows: np.ndarray,
    geometries: Sequence[shapely.Geometry | None] | None,
    state: _State,
) -> pd.DataFrame:
    idx = np.flatnonzero(~state.ok)
    base = pd.DataFrame(
        {
            "row": rows[idx].astype("int64"),
            "field": pd.array(state.column[idx], dtype="string"),
            "reason": pd.array(state.reason[idx], dtype="string"),
            "value": pd.array(state.value[idx], dtype="string"),
        }
    )
    if not len(idx):
        return base
    extra = _take(table, idx)
    extra = extra.astype("string")
    extra.columns = [f"input_{c}" if c in REJECTED_COLUMNS else c for c in extra.columns]
    return pd.concat([base, extra], axis=1)
