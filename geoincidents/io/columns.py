"""Column names in incident files: the spellings recognised for each schema column.

A file's headers are mapped to the incident schema's names (``lat`` -> ``latitude``,
``event_id_cnty`` -> ``event_id``, ``التاريخ`` -> ``event_date``) without losing any column: a header
that is not recognised keeps its name, a repeated one gets a ``.1`` suffix. Format-specific columns
(UCDP's ``date_start``, GDELT's ``ActionGeo_Lat``) are mapped by the format's reader in
:mod:`geoincidents.io.formats` first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from geoincidents.schema import INCIDENT_COLUMNS

__all__ = [
    "INVISIBLE",
    "PAIR_NAMES",
    "WKT_NAMES",
    "canonical_columns",
    "canonical_names",
    "clean_text",
    "header_key",
    "is_hxl_row",
    "unique_headers",
]

INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c"),
    None,
)
"""``str.translate`` table removing zero-width and bidirectional marks (common around Arabic text)."""

# Header spellings (after header_key) mapped to schema columns. ACLED exports use the schema's own
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
WKT_NAMES: tuple[str, ...] = ("wkt", "geometry", "geom", "the_geom", "wkt_geom", "shape")
"""Headers of a column holding WKT geometries."""
PAIR_NAMES: tuple[str, ...] = (
    "coordinates", "coords", "latlon", "lat_lon", "lat/lon", "latlng", "lat_lng", "lat,lon", "gps",
    "الإحداثيات", "الاحداثيات",
)  # fmt: skip
"""Headers of one column holding "lat, lon" (as copied from an online map)."""
# An HXL hashtag (Humanitarian Exchange Language): "#date+start", "#geo +lat", "#affected+killed".
_HXL = re.compile(r"#[a-z][a-z0-9_]*(?:\s*\+\s*[a-z][a-z0-9_]*)*", re.IGNORECASE)


def clean_text(value: str) -> str:
    """``value`` without invisible marks and surrounding white space."""
    return value.translate(INVISIBLE).strip()


def header_key(name: Any) -> str:
    """A header reduced for matching: no marks, lower case, units in brackets and trailing dots dropped."""
    text = str(name).translate(INVISIBLE).strip().lower()
    text = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*", " ", text).strip()  # "Latitude (deg)", "lon [WGS84]"
    text = text.rstrip(".:").strip()  # "Lat.", "Longitude:"
    return re.sub(r"[\s\-]+", "_", text)


def is_hxl_row(fields: Sequence[Any]) -> bool:
    """Whether a row is an HXL hashtag row (the second row of files published on HDX): every non-empty
    cell is a hashtag such as ``#date+start``, and at least one is."""
    cells = [str(f).strip() for f in fields if f is not None and str(f).strip()]
    return bool(cells) and all(_HXL.fullmatch(c) for c in cells)


def unique_headers(columns: Sequence[Any]) -> list[str]:
    """Headers as text, trimmed of marks and spaces, ``column_N`` when empty, repeated ones suffixed ``.1``."""
    return _suffixed([_trimmed_header(col, i) for i, col in enumerate(columns)])


def _trimmed_header(col: Any, i: int) -> str:
    """A header as text, trimmed of invisible marks and spaces; ``column_N`` (1-based) when empty."""
    return str(col).translate(INVISIBLE).strip() or f"column_{i + 1}"


def _suffixed(names: Sequence[str]) -> list[str]:
    """The names in order, a repeated one suffixed ``.1``, ``.2`` ... so that no two are the same."""
    used: set[str] = set()
    out: list[str] = []
    for name in names:
        base, n = name, 0
        while name in used:
            n += 1
            name = f"{base}.{n}"
        used.add(name)
        out.append(name)
    return out


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
    keys = [header_key(c) for c in columns]
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
        if wanted[i] is None and key in WKT_NAMES and "wkt" not in taken:
            wanted[i] = "wkt"
            taken.add("wkt")
        elif wanted[i] is None and key in PAIR_NAMES and "coordinates" not in taken:
            wanted[i] = "coordinates"
            taken.add("coordinates")
    return _suffixed([wanted[i] or _trimmed_header(col, i) for i, col in enumerate(columns)])


def canonical_columns(columns: Sequence[Any]) -> dict[str, str]:
    """Map headers to the names of :func:`canonical_names` (unique headers; for repeated headers use
    :func:`canonical_names`, which keeps one name per position)."""
    return dict(zip((str(c) for c in columns), canonical_names(columns), strict=True))
