"""Maps: offline Folium/Leaflet maps of the gazetteer and incidents.

- :mod:`~geoincidents.maps.build`: :func:`build_map`, :func:`save_map`
- :mod:`~geoincidents.maps.assets`: Leaflet and plugins vendored from their npm packages, inlined
  (maintainers refresh them with ``python -m geoincidents.maps.assets fetch``)
- :mod:`~geoincidents.maps.escape`: the one escaping helper for report-derived text

The maps need the ``[maps]`` extra (folium): importing this package without it raises
:class:`~geoincidents.errors.MissingExtraError` naming ``pip install 'geoincidents[maps]'``.
"""

import importlib
from typing import Any

from geoincidents._optional import require
from geoincidents.maps.escape import escape_text

require("maps", "drawing maps")

_LAZY = {
    "build_map": "geoincidents.maps.build",
    "save_map": "geoincidents.maps.build",
    "fetch_assets": "geoincidents.maps.assets",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'geoincidents.maps' has no attribute {name!r}")


__all__ = ["build_map", "escape_text", "fetch_assets", "save_map"]
