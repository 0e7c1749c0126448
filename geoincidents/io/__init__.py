"""Incident files in and out: ACLED, UCDP GED, GDELT and any table (CSV, JSON, GeoJSON, GeoPackage); GeoJSON layers.

- :mod:`~geoincidents.io.incidents`: :func:`read_incidents` (accepted rows plus rejected rows with
  reasons), :func:`write_incidents`
- reading, one step each: :mod:`~geoincidents.io.sniff` (bytes to text), :mod:`~geoincidents.io.csvfile`,
  :mod:`~geoincidents.io.jsonfile`, :mod:`~geoincidents.io.gpkgfile` (records),
  :mod:`~geoincidents.io.formats` (ACLED, UCDP GED, GDELT recognised by their columns),
  :mod:`~geoincidents.io.validation` (the row rules, whole columns at a time), with
  :mod:`~geoincidents.io.columns`, :mod:`~geoincidents.io.dates`, :mod:`~geoincidents.io.geometry`,
  :mod:`~geoincidents.io.notes` and :mod:`~geoincidents.io.limits` (the stated input limits)
- :mod:`~geoincidents.io.geojson`: RFC 7946 GeoJSON layers, written atomically

``docs/input-formats.md`` describes the formats, the date rules and the mappings.
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
from geoincidents.io.limits import FileLimitError

__all__ = [
    "COORD_DECIMALS",
    "LAYER_NAMES",
    "MAX_INPUT_BYTES",
    "FileLimitError",
    "IncidentReadError",
    "ReadResult",
    "export_layers",
    "read_incidents",
    "to_feature_collection",
    "write_geojson",
    "write_incidents",
    "write_rejected",
]
