"""Reading and writing incident tables: CSV (ACLED, UCDP GED, GDELT, any table), JSON, GeoPackage.

Readers never drop a row silently: :func:`read_incidents` returns the accepted incidents and a table
of rejected rows (row number, field, reason, value and the row's original fields); accepted +
rejected = rows read, always. A file that cannot be read as incidents at all (binary data, a ZIP
renamed ``.csv``, JSON that is neither GeoJSON nor a table of records, no coordinate columns, a CRS
that cannot be converted to WGS84) raises :class:`IncidentReadError`, a :class:`ValueError` naming the
file and the reason; a file beyond a stated limit (:mod:`geoincidents.io.limits`) raises
:class:`~geoincidents.io.limits.FileLimitError`, an :class:`~geoincidents.errors.InputLimitError` that is
also an :class:`IncidentReadError`.

The steps, one module each: :mod:`~geoincidents.io.sniff` (bytes to text, container recognised),
:mod:`~geoincidents.io.csvfile` / :mod:`~geoincidents.io.jsonfile` / :mod:`~geoincidents.io.gpkgfile`
(records), :mod:`~geoincidents.io.formats` (ACLED, UCDP GED, GDELT recognised by their columns),
:mod:`~geoincidents.io.validation` (the row rules, whole columns at a time).
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import geopandas as gpd
import numpy as np
import pandas as pd
from pyproj import CRS
from pyproj.exceptions import CRSError, ProjError

from geoincidents._crs import WGS84, require_crs, transformer
from geoincidents.errors import IncidentReadError
from geoincidents.io.csvfile import csv_cell, read_csv
from geoincidents.io.formats import recognise
from geoincidents.io.geojson import _atomic_write_text, write_geojson
from geoincidents.io.gpkgfile import read_gpkg
from geoincidents.io.jsonfile import read_json_text
from geoincidents.io.limits import MAX_INPUT_BYTES
from geoincidents.io.notes import FIXES_COLUMN, count_fixed_flagged
from geoincidents.io.raw import RawTable
from geoincidents.io.sniff import load_source, sniff
from geoincidents.io.validation import IRAQ_BBOX, REJECTED_COLUMNS, validate_rows

__all__ = [
    "MAX_INPUT_BYTES",
    "IncidentReadError",
    "ReadResult",
    "csv_cell",
    "read_incidents",
    "write_incidents",
    "write_rejected",
]


@dataclass
class ReadResult:
    """Accepted incidents (EPSG:4326 points) and rejected rows with the reason for each.

    ``len(accepted) + len(rejected) == rows_read`` always holds (checked on construction). Accepted
    rows may be **fixed** (changed on purpose, e.g. a latitude/longitude swap) or **flagged** (a doubt
    the file could not settle, e.g. a date whose day/month order no value proves); their ``fixes``
    column says which and why (:mod:`geoincidents.io.notes`).
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

    @property
    def fixed(self) -> int:
        """Accepted rows changed on purpose."""
        return count_fixed_flagged(self.accepted[FIXES_COLUMN])[0] if FIXES_COLUMN in self.accepted else 0

    @property
    def flagged(self) -> int:
        """Accepted rows carrying a doubt (``check:`` note)."""
        return count_fixed_flagged(self.accepted[FIXES_COLUMN])[1] if FIXES_COLUMN in self.accepted else 0

    def summary(self) -> str:
        """Return one line: rows read, accepted, rejected, fixed and flagged."""
        fixed, flagged = count_fixed_flagged(self.accepted[FIXES_COLUMN]) if FIXES_COLUMN in self.accepted else (0, 0)
        return (
            f"{self.source}: {self.rows_read} row(s) read, {len(self.accepted)} accepted"
            f" ({fixed} fixed, {flagged} flagged), {len(self.rejected)} rejected"
        )


def _source_crs(declared: CRS | None, crs: Any, label: str) -> CRS:
    """The CRS of the file's coordinates, checked to convert to WGS84 (any failure is a clear error)."""
    try:
        src = declared if declared is not None else (WGS84 if crs is None else CRS.from_user_input(crs))
    except (CRSError, TypeError, ValueError):
        raise IncidentReadError(label, f"crs {str(crs)[:120]!r} is not a known CRS") from None
    try:
        transformer(src, WGS84)
    except (CRSError, ProjError, TypeError, ValueError) as exc:
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise IncidentReadError(
            label, f"has coordinates in a CRS that cannot be converted to WGS84 ({reason})"
        ) from None
    return src


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


def _records(content: bytes | str, label: str) -> tuple[RawTable, str | None, list[str]]:
    """The file's records, the encoding its text was decoded from, and notes."""
    sniffed = sniff(content, label)
    if sniffed.fmt == "gpkg":
        assert isinstance(content, bytes)
        return read_gpkg(content, label), None, []
    raw = read_json_text(sniffed.text(), label) if sniffed.fmt == "json" else read_csv(sniffed)
    return raw, sniffed.encoding, sniffed.notes


def read_incidents(
    source: str | os.PathLike[str] | bytes | BinaryIO | TextIO,
    *,
    name: str | None = None,
    crs: Any = None,
    region: tuple[float, float, float, float] | None = IRAQ_BBOX,
    max_bytes: int = MAX_INPUT_BYTES,
) -> ReadResult:
    """Read incidents from any incident file; never drop a row silently.

    The container is recognised from the content, not the name (a SQLite header is a GeoPackage, text
    starting with ``{`` or ``[`` is JSON, other text is CSV with delimiter ``,``, ``;``, tab or ``|``),
    and the format from its columns: ACLED exports (CSV, spreadsheet re-saves, the API's JSON, old
    and new taxonomies), UCDP GED (CSV, and the HDX copy with its HXL row), GDELT 2.0 event files, or
    any table with positions (``docs/input-formats.md``). CSV positions come from latitude/longitude
    columns under their common names (``lat``, ``lon``, ``lng``, ``x``, ``y``, Arabic ``خط العرض``/
    ``خط الطول``), a WKT column (``wkt``, ``geometry``) or one "lat, lon" column (``coordinates``,
    ``latlon``, ``الإحداثيات``). Text is UTF-8 (a BOM is fine) or UTF-16; otherwise Windows Arabic
    (cp1256) when that yields Arabic letters, else cp1252. A GeoJSON legacy ``crs`` member, a
    GeoPackage's CRS or ``crs=`` for CSV is honoured: positions are reprojected to EPSG:4326.

    Rows are validated by :func:`geoincidents.io.validation.validate_table`, whose docstring gives the
    policies: latitude/longitude swaps are flagged and fixed (``fixes`` column), dates are read with a
    day/month order decided per column (undecidable rows flagged), duplicate ``event_id`` rows after
    the first accepted one are rejected, non-point geometries are reduced to a representative point
    with their radius as ``uncertainty_m``.

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
        Size limit for bytes and file-like inputs (uploads); paths have their own limit
        (:data:`~geoincidents.io.limits.MAX_FILE_BYTES`).

    Returns
    -------
    ReadResult
        ``accepted`` (incident schema, EPSG:4326, extra columns kept, plus ``fixes`` and
        ``source_row``), ``rejected`` (``row``, ``field``, ``reason``, ``value`` and the original
        fields), ``rows_read``, and ``format`` (``acled-csv``, ``ucdp-ged-csv``, ``gdelt-csv``,
        ``acled-json``, ``csv``, ``geojson``, ``gpkg``, ...), ``encoding``, ``crs``, ``warnings``.
        ``row`` is the line where a CSV record starts (the header is line 1) or the 1-based feature
        or record number. A header-only CSV or an empty FeatureCollection gives an empty result.

    Raises
    ------
    FileNotFoundError
        When a path does not exist.
    IncidentReadError
        (a ValueError) When the content cannot be read as incidents at all: empty, binary, an
        archive or image, invalid JSON, JSON that is not GeoJSON or records, a broken GeoPackage or
        one with no table to read, no coordinate columns, an unknown or unusable CRS, or beyond a
        stated limit (then a :class:`~geoincidents.io.limits.FileLimitError`). The message names the
        source.
    """
    content, label = load_source(source, name, max_bytes)
    raw, encoding, notes = _records(content, label)
    src = _source_crs(raw.crs, crs, label)
    recognised = recognise(raw.table)
    try:
        validated = validate_rows(recognised.table, rows=raw.rows, geometries=raw.geometries, crs=src, region=region)
    except RecursionError:
        raise IncidentReadError(label, "has geometries nested too deeply") from None
    fmt = raw.fmt if recognised.fmt == "table" else f"{recognised.fmt}-{raw.fmt}"
    return ReadResult(
        accepted=validated.accepted,
        rejected=_rejected(raw.pre_rejected, validated.rejected),
        rows_read=len(raw.table) + len(raw.pre_rejected),
        source=label,
        format=fmt,
        encoding=encoding,
        crs=src.to_string(),
        warnings=notes + raw.notes + recognised.notes + validated.notes,
    )


def _csv_text(table: pd.DataFrame) -> str:
    """The table as CSV text (RFC 4180): every text cell and column name passed through :func:`csv_cell`
    and quoted, numbers bare."""
    safe = table.rename(columns=lambda c: csv_cell(c) if isinstance(c, str) else c)
    for i in range(safe.shape[1]):
        column = safe.iloc[:, i]
        if (
            isinstance(column.dtype, pd.CategoricalDtype)
            or pd.api.types.is_object_dtype(column.dtype)
            or (pd.api.types.is_string_dtype(column.dtype))
        ):
            safe.isetitem(i, column.map(lambda v: csv_cell(v) if isinstance(v, str) else v))
    # Every text cell is quoted: a cell holding ";" (or a tab, "|") would otherwise be split by a
    # spreadsheet whose list separator that is, and its second half run as a formula ("x;=cmd").
    # CRLF line ends (RFC 4180): a lone carriage return in a value stays inside its quoted cell.
    return str(safe.to_csv(index=False, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC))


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
