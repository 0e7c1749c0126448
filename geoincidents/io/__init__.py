"""Incident files in and out: CSV (ACLED exports included), GeoJSON, GeoPackage; GeoJSON layers.

- :mod:`~geoincidents.io.incidents`: :func:`read_incidents` (accepted rows plus rejected rows with
  reasons), :func:`write_incidents`
- :mod:`~geoincidents.io.validation`: the per-row checks behind the readers
- :mod:`~geoincidents.io.geojson`: RFC 7946 GeoJSON layers, written atomically
"""

from geoincidents.io.geojson import COORD_DECIMALS, LAYER_NAMES, export_layers, to_feature_collection, write_geojson
from geoincidents.io.incidents import (
    MAX_INPUT_BYTES,
    IncidentReadError,
    ReadResult,
    read_incidents,
    write_incidents,
    write_rejected,
)

__all__ = [
    "COORD_DECIMALS",
    "LAYER_NAMES",
    "MAX_INPUT_BYTES",
    "IncidentReadError",
    "ReadResult",
    "export_layers",
    "read_incidents",
    "to_feature_collection",
    "write_geojson",
    "write_incidents",
    "write_rejected",
]
