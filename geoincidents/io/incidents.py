"""Reading and writing incident tables (CSV, ACLED-export CSV, GeoJSON, GeoPackage).

Readers never drop a row silently: :func:`read_incidents` returns the accepted incidents and a table
of rejected rows (row number, field, reason, value and the row's original fields); accepted +
rejected = rows read, always. A file that cannot be read as incidents at all (binary data, a ZIP
renamed ``.csv``, JSON that is not GeoJSON, no coordinate columns) raises
:class:`IncidentReadError`, a :class:`ValueError` naming the file and the reason. The row-level
rules (coordinates, swapped latitude/longitude, geometries, dates, duplicate ids) live in
:mod:`geoincidents.io.validation`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from pyproj import CRS
from pyproj.exceptions import CRSError
from shapely.geometry import shape

from geoincidents._crs import WGS84, require_crs
from geoincidents.errors import IncidentReadError
from geoincidents.io.geojson import _atomic_write_text, write_geojson
from geoincidents.io.validation import IRAQ_BBOX, REJECTED_COLUMNS, canonical_columns, canonical_names, validate_table

__all__ = [
    "MAX_INPUT_BYTES",
    "IncidentReadError",
    "ReadResult",
    "read_incidents",
    "write_incidents",
    "write_rejected",
]

# Largest file-like input (an upload) read, in bytes; matches server.maxUploadSize in .streamlit/config.toml.
MAX_INPUT_BYTES = 50 * 1024 * 1024
_SNIFF_BYTES = 65536
# Largest file read from a path (a local file is trusted more than an upload, but not without bound).
_MAX_PATH_BYTES = 2 * 1024**3
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (an .xlsx workbook or a zipped shapefile renamed?); save it as CSV first"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data; decompress it first"),
    (b"%PDF", "a PDF document, not a table"),
    (b"\x89PNG", "a PNG image, not a table"),
    (b"\xff\xd8\xff", "a JPEG image, not a table"),
    (b"GIF8", "a GIF image, not a table"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office file (.xls?); save it as CSV first"),
    (b"\x7fELF", "an executable, not a table"),
    (b"MZ", "a Windows executable, not a table"),
)
_MAX_RECORD_LINES = 50
# A report pasted into one cell can exceed the csv module's default 128 KiB field limit; allow a cell as
# large as an upload. (The limit is process-wide; this only ever raises it.)
csv.field_size_limit(max(csv.field_size_limit(), MAX_INPUT_BYTES))
_HEADER_SEARCH_LINES = 20
# A spreadsheet opening a CSV runs a cell that starts with one of these as a formula (CSV injection):
# such text is written with a leading apostrophe, which the spreadsheet shows as text and hides, and
# which this module's reader takes off again. Text that already starts with apostrophes before one of
# these gets one more, so writing and reading back gives every value unchanged.
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")


@dataclass
class ReadResult:
    """Accepted incidents (EPSG:4326 points) and rejected rows with the reason for each.

    ``len(accepted) + len(rejected) == rows_read`` always holds (checked on construction).
    """

    accepted: gpd.GeoDataFrame
    rejected: pd.DataFrame
    rows_read: int
    source: str = ""
    format: str = ""
    encoding: str | None = None
    crs: str | None = None
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.accepted) + len(self.rejected) != self.rows_read:
            raise RuntimeError(
                f"{self.source}: {len(self.accepted)} accepted + {len(self.rejected)} rejected != "
                f"{self.rows_read} rows read (a reader bug: please report it)"
            )

    def summary(self) -> str:
        """Return one line: rows read, accepted, rejected and fixed."""
        fixed = int(self.accepted["fixes"].notna().sum()) if "fixes" in self.accepted else 0
        return (
            f"{self.source}: {self.rows_read} row(s) read, {len(self.accepted)} accepted"
            f" ({fixed} fixed), {len(self.rejected)} rejected"
        )


@dataclass
class _Raw:
    table: pd.DataFrame
    rows: list[int]
    geometries: list[shapely.Geometry | None] | None
    pre_rejected: list[dict[str, Any]]
    crs: CRS | None
    fmt: str
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


def _load(source: Any, name: str | None, max_bytes: int) -> tuple[bytes | str, str]:
    """Return the content (bytes, or str for a text stream) and a label naming the source."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        label = name or str(path)
        if not path.exists():
            raise FileNotFoundError(f"incident file not found: {path}")
        if path.is_dir():
            raise IncidentReadError(label, "is a folder, not a file")
        if not path.is_file():
            raise IncidentReadError(label, "is not a regular file (a device or a pipe?)")
        on_disk = path.stat().st_size
        if on_disk > _MAX_PATH_BYTES:
            raise IncidentReadError(label, f"is {on_disk} bytes, above the {_MAX_PATH_BYTES}-byte limit for files")
        return path.read_bytes(), label
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        label = name or "<bytes>"
    elif hasattr(source, "read"):
        label = name or str(getattr(source, "name", "") or "<upload>")
        declared = getattr(source, "size", None)
        if isinstance(declared, int) and declared > max_bytes:
            raise IncidentReadError(label, f"is {declared} bytes, above the {max_bytes}-byte limit")
        stream: BinaryIO | TextIO = source
        if getattr(stream, "seekable", lambda: False)():
            stream.seek(0)
        content = stream.read(max_bytes + 1)
        if not isinstance(content, (bytes, bytearray, str)):
            raise TypeError(f"{label}: read() returned {type(content).__name__}, not bytes or text")
        if len(content) > max_bytes:
            raise IncidentReadError(label, f"is larger than the {max_bytes}-byte limit for uploads")
        return (content if isinstance(content, str) else bytes(content)), label
    else:
        raise TypeError(f"source must be a path, bytes or a file-like object, got {type(source).__name__}")
    if len(data) > max_bytes:
        raise IncidentReadError(label, f"is larger than the {max_bytes}-byte limit")
    return data, label


def _utf16_zeros(data: bytes, high: int) -> bool:
    """Whether ``data`` looks like UTF-16 without a BOM, high byte at offset ``high`` of each pair."""
    sample = data[:_SNIFF_BYTES]
    if len(sample) < 8 or len(sample) % 2:
        return False
    half = len(sample) // 2
    return sample[high::2].count(0) > 0.3 * half and sample[1 - high :: 2].count(0) < 0.02 * half


def _decode(data: bytes, label: str) -> tuple[str, str]:
    """Decode text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1256 when Arabic results."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    elif _utf16_zeros(data, 1):
        encodings = ("utf-16-le",)  # UTF-16 without a BOM: the high byte of ASCII characters is zero
    elif _utf16_zeros(data, 0):
        encodings = ("utf-16-be",)
    else:
        encodings = ("utf-8", "cp1256", "cp1252", "latin-1")
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "cp1256" and not _ARABIC.search(text):
            continue  # cp1256 decodes almost anything; keep it only when it yields Arabic letters
        return text, enc
    raise IncidentReadError(label, f"cannot be decoded as text (tried {', '.join(encodings)})")


def _check_text(text: str, label: str) -> tuple[str, list[str]]:
    """Refuse binary data decoded as text; strip a few stray control characters with a warning."""
    sample = text[:_SNIFF_BYTES]
    bad = len(_CONTROL.findall(sample))
    if bad and bad > max(2, len(sample) // 200):
        raise IncidentReadError(
            label,
            f"looks like binary data, not text ({bad} control or undecodable characters in the first "
            f"{len(sample)} characters)",
        )
    notes: list[str] = []
    stray = len(_CONTROL.findall(text))
    if stray:
        text = _CONTROL.sub("", text)
        notes.append(f"removed {stray} stray control character(s)")
    return text, notes


def _sniff(content: bytes | str, label: str) -> tuple[str, str | None, str]:
    """Return (format, encoding, text) with format one of csv, geojson, gpkg."""
    if isinstance(content, bytes):
        if not content.strip():
            raise IncidentReadError(label, "is empty" if not content else "contains only whitespace")
        if content.startswith(b"SQLite format 3\x00"):
            return "gpkg", None, ""
        for magic, what in _MAGIC:
            if content.startswith(magic):
                raise IncidentReadError(label, f"is {what}")
        text, enc = _decode(content, label)
    else:
        text, enc = content, None
    if not text.strip("\ufeff \t\r\n"):
        raise IncidentReadError(label, "is empty" if not text else "contains only whitespace")
    text = text.lstrip("\ufeff")
    first = text.lstrip()[:1]
    if label.lower().endswith(".gpkg"):
        raise IncidentReadError(label, "is named .gpkg but is not a GeoPackage (no SQLite header)")
    if first == "<":
        raise IncidentReadError(label, "is XML or HTML (KML? a web page?), not CSV or GeoJSON")
    return ("geojson" if first in "{[" else "csv"), enc, text


def _delimiter(lines: list[str]) -> str:
    """The delimiter whose CSV reading of the first lines gives the most rows of one width above 1."""
    sample = "\n".join(lines)
    best, best_score = ",", (0, 0)
    for delim in (",", ";", "\t", "|"):
        try:
            widths = [len(row) for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delim) if row]
        except csv.Error:
            continue
        wide = [w for w in widths if w > 1]
        if not wide:
            continue
        modal = max(set(wide), key=wide.count)
        score = (wide.count(modal), modal)
        if score > best_score:
            best, best_score = delim, score
    return best


def _has_position_columns(names: list[str]) -> bool:
    return "wkt" in names or "coordinates" in names or ("latitude" in names and "longitude" in names)


def _parse_csv(text: str, label: str) -> _Raw:
    text, notes = _check_text(text, label)
    head_lines = [line for line in text.splitlines()[: _HEADER_SEARCH_LINES * 2] if line.strip()]
    excel_sep = re.fullmatch(r"sep=(.)", head_lines[0].strip()) if head_lines else None  # Excel's "sep=;"
    delim = excel_sep.group(1) if excel_sep else _delimiter(head_lines)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    found: list[tuple[int, int, list[str]]] = []  # (first line, last line, fields) of each non-blank record
    last_line = 0
    try:
        for fields in reader:
            start, last_line = last_line + 1, reader.line_num
            if fields and any(f.strip() for f in fields):
                found.append((start, last_line, fields))
    except csv.Error as exc:
        raise IncidentReadError(label, f"is not readable CSV near line {reader.line_num}: {exc}") from None
    if found and excel_sep and delim.join(found[0][2]).strip() == f"sep={delim}":
        found = found[1:]
    if not found:
        raise IncidentReadError(label, "has no header row")
    # The header is the first record naming position columns among the first few (a title line or two
    # above the table is common in exported sheets); when none does, the first record, for the message.
    at = next(
        (
            i
            for i, (_, _, fields) in enumerate(found[:_HEADER_SEARCH_LINES])
            if _has_position_columns(canonical_names(fields))
        ),
        0,
    )
    if at:
        notes.append(f"skipped {at} line(s) above the header at line {found[at][0]}")
    header = [_from_csv_cell(h) for h in found[at][2]]
    names = canonical_names(header)
    if not _has_position_columns(names):
        has_lat, has_lon = "latitude" in names, "longitude" in names
        shown = ", ".join(repr(h) for h in header[:12]) + (" ..." if len(header) > 12 else "")
        if has_lat or has_lon:
            missing = "longitude" if has_lat else "latitude"
            reason = f"has a {'latitude' if has_lat else 'longitude'} column but no {missing} column"
        else:
            reason = (
                "has no latitude/longitude columns (looked for lat/lon/lng, x/y and Arabic names) and no WKT column"
            )
        raise IncidentReadError(label, f"{reason}; columns found: {shown}")
    records: list[list[str | None]] = []
    rows: list[int] = []
    pre: list[dict[str, Any]] = []
    for start, end, fields in found[at + 1 :]:
        if end - start >= _MAX_RECORD_LINES:
            notes.append(f"the record at line {start} spans {end - start + 1} lines (an unbalanced quote?)")
        if len(fields) > len(header):
            if all(not f.strip() for f in fields[len(header) :]):
                fields = fields[: len(header)]
            else:
                pre.append(
                    {
                        "row": start,
                        "field": "(row)",
                        "reason": f"has {len(fields)} fields, the header has {len(header)}",
                        "value": delim.join(fields)[:200],
                        "_record": {names[i]: v for i, v in enumerate(fields[: len(header)])},
                    }
                )
                continue
        elif len(fields) < len(header):
            fields = fields + [""] * (len(header) - len(fields))
        records.append([None if f == "" else _from_csv_cell(f) for f in fields])
        rows.append(start)
    table = pd.DataFrame(records, columns=names, dtype=object)
    fmt = "acled-csv" if {"event_id_cnty", "disorder_type"} & {h.strip().lower() for h in header} else "csv"
    return _Raw(table, rows, None, pre, None, fmt, warnings=notes)


def _geojson_crs(doc: dict[str, Any], label: str) -> CRS | None:
    member = doc.get("crs")
    if member is None:
        return None
    name = member.get("properties", {}).get("name") if isinstance(member, dict) else None
    if not isinstance(name, str):
        raise IncidentReadError(label, f"has a 'crs' member that names no CRS: {str(member)[:120]}")
    try:
        return CRS.from_user_input(name)
    except CRSError:
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


def _parse_geojson(text: str, label: str) -> _Raw:
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
    kind = doc.get("type") if isinstance(doc, dict) else None
    if kind == "FeatureCollection":
        features = doc.get("features")
        if not isinstance(features, list):
            raise IncidentReadError(label, "is a FeatureCollection whose 'features' is not a list")
    elif kind == "Feature":
        features = [doc]
    elif kind in (
        "Point",
        "MultiPoint",
        "LineString",
        "MultiLineString",
        "Polygon",
        "MultiPolygon",
        "GeometryCollection",
    ):
        features = [{"type": "Feature", "geometry": doc, "properties": {}}]
    else:
        top = f"an object with type {kind!r}" if isinstance(doc, dict) else f"a JSON {type(doc).__name__}"
        raise IncidentReadError(label, f"is JSON but not GeoJSON (top level is {top}, not a FeatureCollection)")
    crs = _geojson_crs(doc, label)
    props: list[dict[str, Any]] = []
    geoms: list[shapely.Geometry | None] = []
    rows: list[int] = []
    pre: list[dict[str, Any]] = []
    for i, feat in enumerate(features, start=1):
        record: dict[str, Any] = {}
        try:
            if isinstance(feat, _BadLine):
                raise ValueError("is not valid JSON")
            if not isinstance(feat, dict) or feat.get("type") != "Feature":
                raise ValueError("is not a GeoJSON Feature")
            p = feat.get("properties")
            if p is not None and not isinstance(p, dict):
                raise ValueError("has properties that are not an object")
            record = {k: _scalar(v) for k, v in (p or {}).items()}
            if "id" in feat and "event_id" not in record and "id" not in record:
                record["event_id"] = feat["id"]
            g = feat.get("geometry")
            geom = None if g is None else shape(g)
            if geom is not None and not isinstance(geom, shapely.Geometry):
                raise ValueError("has an unreadable geometry")
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
    keys: list[str] = []
    for record in props:
        keys.extend(k for k in record if k not in keys)
    mapping = canonical_columns(keys)
    table = pd.DataFrame(
        [{mapping[k]: _scalar(v) for k, v in r.items()} for r in props],
        columns=[mapping[k] for k in keys],
        dtype=object,
    )
    for item in pre:
        item["_record"] = {str(k): v for k, v in item["_record"].items()}
    return _Raw(table, rows, geoms, pre, crs, "geojson")


def _parse_gpkg(content: bytes, label: str) -> _Raw:
    buffer = io.BytesIO(content)
    try:
        with warnings.catch_warnings():
            # GDAL notes that an in-memory buffer has no .gpkg extension; that is expected here.
            warnings.filterwarnings("ignore", message=".*non conformant file extension", category=RuntimeWarning)
            listed = [(str(row[0]), str(row[1] or "")) for row in pyogrio.list_layers(buffer)]
            buffer.seek(0)
            if not listed:
                raise IncidentReadError(label, "is a GeoPackage with no layers")
            layers = [name for name, _ in listed]
            # "incidents", else the first point layer, else the first layer with any geometry, else the first
            points = [name for name, kind in listed if "point" in kind.lower()]
            spatial = [name for name, kind in listed if kind and kind.lower() != "none"]
            layer = "incidents" if "incidents" in layers else (points + spatial + layers)[0]
            frame = pyogrio.read_dataframe(buffer, layer=layer)
    except IncidentReadError:
        raise
    except Exception as exc:  # GDAL reports a broken SQLite/GeoPackage in many exception types
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise IncidentReadError(label, f"is not a readable GeoPackage ({reason[:200]})") from None
    notes = [f"read layer {layer!r} of {len(layers)}: {', '.join(layers)}"] if len(layers) > 1 else []
    crs: CRS | None = None
    geoms: list[shapely.Geometry | None] | None = None
    if isinstance(frame, gpd.GeoDataFrame):
        crs = None if frame.crs is None else CRS.from_user_input(frame.crs)
        geoms = [None if g is None else g for g in frame.geometry]
        frame = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    if crs is None:
        notes.append("the layer declares no CRS: EPSG:4326 (lon/lat) assumed")
    mapping = canonical_columns(list(frame.columns))
    table = frame.rename(columns=mapping).astype(object)
    return _Raw(table, list(range(1, len(table) + 1)), geoms, [], crs, "gpkg", warnings=notes)


def _rejected(pre: list[dict[str, Any]], later: pd.DataFrame) -> pd.DataFrame:
    if not pre:
        return later
    base = pd.DataFrame([{k: r[k] for k in REJECTED_COLUMNS} for r in pre], columns=list(REJECTED_COLUMNS))
    originals = pd.DataFrame([r["_record"] for r in pre]).astype("string")
    originals.columns = [f"input_{c}" if c in REJECTED_COLUMNS else str(c) for c in originals.columns]
    early = pd.concat([base.astype({"row": "int64"}), originals], axis=1)
    out = pd.concat([early, later], ignore_index=True) if len(later) else early
    out = out.astype({c: "string" for c in out.columns if c != "row"})
    return out.sort_values("row", kind="stable").reset_index(drop=True)


def read_incidents(
    source: str | os.PathLike[str] | bytes | BinaryIO | TextIO,
    *,
    name: str | None = None,
    crs: Any = None,
    region: tuple[float, float, float, float] | None = IRAQ_BBOX,
    max_bytes: int = MAX_INPUT_BYTES,
) -> ReadResult:
    """Read incidents from CSV, ACLED-export CSV, GeoJSON or GeoPackage; never drop a row silently.

    The format is recognised from the content, not the name: a SQLite header is a GeoPackage, text
    starting with ``{`` or ``[`` is GeoJSON, other text is CSV (delimiter ``,``, ``;``, tab or ``|``).
    CSV positions come from latitude/longitude columns under their common names (``lat``, ``lon``,
    ``lng``, ``x``, ``y``, Arabic ``خط العرض``/``خط الطول``), a WKT column (``wkt``, ``geometry``) or
    one "lat, lon" column (``coordinates``, ``latlon``, ``الإحداثيات``);
    ACLED exports are read as they are (``event_id_cnty`` becomes ``event_id``; dates such as
    "25 October 2019"). Text is UTF-8 (a BOM is fine) or UTF-16 with BOM; otherwise Windows Arabic
    (cp1256) when that yields Arabic letters, else cp1252. A GeoJSON legacy ``crs`` member, a
    GeoPackage's CRS or ``crs=`` for CSV is honoured: positions are reprojected to EPSG:4326.

    Rows are validated by :func:`geoincidents.io.validation.validate_table`, whose docstring gives the
    policies: latitude/longitude swaps are flagged and fixed (``fixes`` column), duplicate
    ``event_id`` rows after the first accepted one are rejected, non-point geometries are reduced to
    a representative point with their radius as ``uncertainty_m``.

    Parameters
    ----------
    source
        A path, bytes, or a file-like object in binary or text mode (e.g. a Streamlit
        ``UploadedFile``; its ``.name`` labels messages).
    name
        Label for messages (default: the path or the object's ``name``).
    crs
        CRS of CSV coordinates (x = longitude column, y = latitude column) and of files that declare
        none; default EPSG:4326.
    region
        (min_lon, min_lat, max_lon, max_lat) where incidents are expected, for swap detection;
        default Iraq; None to detect only impossible latitudes.
    max_bytes
        Size limit for bytes and file-like inputs (uploads); paths are not limited.

    Returns
    -------
    ReadResult
        ``accepted`` (incident schema, EPSG:4326, extra columns kept, plus ``fixes`` and
        ``source_row``), ``rejected`` (``row``, ``field``, ``reason``, ``value`` and the original
        fields), ``rows_read``, and ``format``, ``encoding``, ``crs``, ``warnings``. ``row`` is the
        line where a CSV record starts (the header is line 1) or the 1-based feature number.
        A header-only CSV or an empty FeatureCollection gives an empty result, not an error.

    Raises
    ------
    FileNotFoundError
        When a path does not exist.
    IncidentReadError
        (a ValueError) When the content cannot be read as incidents at all: empty, binary, an
        archive or image, invalid JSON, JSON that is not GeoJSON, a broken GeoPackage, no coordinate
        columns, an unknown CRS, or larger than ``max_bytes``. The message names the source.
    """
    content, label = _load(source, name, max_bytes)
    fmt, encoding, text = _sniff(content, label)
    if fmt == "gpkg":
        assert isinstance(content, bytes)
        raw = _parse_gpkg(content, label)
    elif fmt == "geojson":
        raw = _parse_geojson(text, label)
    else:
        raw = _parse_csv(text, label)
    raw.encoding = encoding
    if encoding == "cp1256":
        raw.warnings.append("decoded as Windows Arabic (cp1256)")
    try:
        src = raw.crs if raw.crs is not None else (WGS84 if crs is None else CRS.from_user_input(crs))
    except CRSError:
        raise ValueError(f"crs {crs!r} is not a known CRS") from None
    try:
        accepted, rejected = validate_table(raw.table, rows=raw.rows, geometries=raw.geometries, crs=src, region=region)
    except RecursionError:
        raise IncidentReadError(label, "has geometries nested too deeply") from None
    rejected = _rejected(raw.pre_rejected, rejected)
    return ReadResult(
        accepted=accepted,
        rejected=rejected,
        rows_read=len(raw.table) + len(raw.pre_rejected),
        source=label,
        format=raw.fmt,
        encoding=encoding,
        crs=src.to_string(),
        warnings=raw.warnings,
    )


def csv_cell(value: str) -> str:
    """``value`` as written to a CSV cell: with a leading apostrophe when a spreadsheet would run it as a
    formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, after any apostrophes)."""
    return "'" + value if _FORMULA_START.match(value) else value


def _from_csv_cell(value: str) -> str:
    """Undo :func:`csv_cell` on a cell read from a CSV file."""
    return value[1:] if value.startswith("'") and _FORMULA_START.match(value, 1) else value


def _csv_text(table: pd.DataFrame) -> str:
    """The table as CSV text (RFC 4180) with every text cell and column name passed through :func:`csv_cell`."""
    safe = table.rename(columns=lambda c: csv_cell(c) if isinstance(c, str) else c)
    for i in range(safe.shape[1]):
        column = safe.iloc[:, i]
        if (
            isinstance(column.dtype, pd.CategoricalDtype)
            or pd.api.types.is_object_dtype(column.dtype)
            or (pd.api.types.is_string_dtype(column.dtype))
        ):
            safe.isetitem(i, column.map(lambda v: csv_cell(v) if isinstance(v, str) else v))
    # CRLF line ends (RFC 4180): the csv module then also quotes a value holding a lone carriage return,
    # which it leaves bare under "\n" endings (splitting the row when read back)
    return str(safe.to_csv(index=False, lineterminator="\r\n"))


def write_rejected(rejected: pd.DataFrame, path: str | Path) -> Path:
    """Write a rejected-rows table as UTF-8 CSV (formula-safe, see :func:`csv_cell`), atomically."""
    out = Path(path)
    _atomic_write_text(out, _csv_text(rejected))
    return out


def _gpkg_ready(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    layer = frame.copy()
    for col in layer.columns:
        if col == layer.geometry.name:
            continue
        dtype = layer[col].dtype
        if isinstance(dtype, pd.CategoricalDtype):
            layer[col] = layer[col].astype("string")
        elif dtype == np.dtype(object):
            layer[col] = layer[col].map(lambda v: v if v is None or isinstance(v, (str, int, float)) else str(v))
    return layer


def write_incidents(frame: gpd.GeoDataFrame, path: str | Path) -> Path:
    """Write incidents by the output's extension: ``.geojson``, ``.csv`` or ``.gpkg``, atomically.

    A failure mid-write (an exception, or the process killed) leaves any previous file at ``path``
    intact: the data goes to a temporary file in the same folder, renamed over ``path`` at the end.

    Raises
    ------
    ValueError
        When ``frame`` has no CRS, or the extension is not one of the three.
    """
    out = Path(path)
    suffix = out.suffix.lower()
    require_crs(frame, what=f"incidents to write to {out}")
    if suffix in (".geojson", ".json"):
        return write_geojson(frame, out, id_column="event_id" if "event_id" in frame else None)
    if suffix == ".csv":
        table = pd.DataFrame(frame.drop(columns=frame.geometry.name))
        wgs = frame.to_crs(WGS84).geometry
        table["longitude"] = wgs.x.round(7)
        table["latitude"] = wgs.y.round(7)
        _atomic_write_text(out, _csv_text(table))
        return out
    if suffix == ".gpkg":
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp.gpkg", dir=out.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            tmp.unlink()
            _gpkg_ready(frame).to_file(tmp, driver="GPKG", layer="incidents")
            with tmp.open("rb") as fh:
                os.fsync(fh.fileno())
            tmp.replace(out)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return out
    raise ValueError(f"{out}: unsupported output type {suffix!r}; use .geojson, .csv or .gpkg")
