"""Maps: offline Folium/Leaflet maps of the gazetteer and incidents.

- :mod:`~geoincidents.maps.build`: :func:`build_map`, :func:`save_map`
- :mod:`~geoincidents.maps.assets`: Leaflet and plugins from their npm packages, inlined
  (``python -m geoincidents.maps.assets fetch``)
- :mod:`~geoincidents.maps.escape`: the one escaping helper for report-derived text

Importing this package is light: folium is imported with :mod:`~geoincidents.maps.build` only.
"""

import importlib
from typing import Any

from geoincidents.maps.escape import escape_text

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
