"""The stated limits on incident files (the README's "Input limits" lists the same numbers).

A file beyond a file-wide limit is refused whole with :class:`~geoincidents.errors.InputLimitError`
(an :class:`~geoincidents.errors.IncidentReadError`: callers that catch that keep working), naming the
file, the limit and the value found; a row beyond a per-row limit is rejected with the reason, the
others are read. Every limit is checked *before* the expensive step it protects (parsing WKT, reading
a GeoPackage layer), so no input can crash the process, exhaust memory or run for minutes.
"""

from __future__ import annotations

import re
from typing import Final

from geoincidents.errors import IncidentReadError, InputLimitError

__all__ = [
    "MAX_FEATURES",
    "MAX_FILE_BYTES",
    "MAX_INPUT_BYTES",
    "MAX_NESTING",
    "MAX_REPAIR_VERTICES",
    "MAX_VERTICES",
    "FileLimitError",
    "paren_depth",
]

MAX_INPUT_BYTES: Final = 50 * 1024 * 1024
"""Largest upload (bytes or a file-like object) read; matches ``server.maxUploadSize`` in
``.streamlit/config.toml``."""
MAX_FILE_BYTES: Final = 2 * 1024**3
"""Largest file read from a path (a local file is trusted more than an upload, but not without bound)."""
MAX_FEATURES: Final = 5_000_000
"""Most rows (CSV records, GeoJSON features, GeoPackage features) read from one file."""
MAX_NESTING: Final = 32
"""Deepest nesting of a geometry: parentheses in WKT, GeometryCollections in GeoJSON. Real incident
geometries nest at most 4 deep (``GEOMETRYCOLLECTION (MULTIPOLYGON (((...)))``)."""
MAX_VERTICES: Final = 100_000
"""Most vertices in one geometry (a detailed district boundary has a few thousand)."""
MAX_REPAIR_VERTICES: Final = 100
"""Largest invalid polygon repaired with ``shapely.make_valid(method="structure")``; a larger invalid one
is represented by its convex hull, whose cost does not grow with its self-intersections."""


_NOT_PAREN = re.compile(r"[^()]+")


class FileLimitError(InputLimitError, IncidentReadError):
    """A file-wide limit is exceeded: the whole file is refused (``source`` and ``reason`` as for
    :class:`~geoincidents.errors.IncidentReadError`)."""

    def __init__(self, source: str, reason: str) -> None:
        IncidentReadError.__init__(self, source, reason)


def paren_depth(text: str) -> int:
    """Deepest parenthesis nesting in ``text`` (linear time, no recursion)."""
    depth = deepest = 0
    for ch in _NOT_PAREN.sub("", text):
        if ch == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif ch == ")":
            depth -= 1
    return deepest
