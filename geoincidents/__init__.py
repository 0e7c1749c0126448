"""geoincidents: reports of incidents in Baghdad turned into mapped, measured, shareable evidence.

The public API, re-exported here:

- gazetteer: :func:`load_gazetteer`, :func:`validate_gazetteer`, :func:`perimeter`
- proximity: :func:`check_proximity`, :func:`check_proximity_many`, :func:`proximity_arrays`,
  :func:`band_labels`
- scale (Dask, GeoParquet): :func:`check_proximity_dask`, :func:`run_proximity`
- export: :func:`export_layers`, :func:`write_geojson`, :func:`distance_bands`
- incidents: :func:`empty_incidents`, :func:`load_sample_incidents`
- OpenStreetMap: :func:`refresh_from_osm`
- store: :class:`IncidentStore` (GeoPackage with review status, audit trail and alerts)
- alerts: :class:`AlertRule`, :func:`evaluate_alerts`, :func:`load_rules`
- extraction: :func:`extract_incidents`, :func:`extract_many`
- maps: :func:`build_map`, :func:`save_map` (offline Leaflet maps), :func:`fetch_assets`
- reading files: :func:`read_incidents` (-> :class:`ReadResult`, raises :class:`IncidentReadError`),
  :func:`write_incidents`
"""

import importlib
from typing import Any

from geoincidents.alerts import AlertRule, evaluate_alerts, load_rules
from geoincidents.export import distance_bands, export_layers, write_geojson
from geoincidents.extraction import extract_incidents, extract_many
from geoincidents.gazetteer import GazetteerError, load_gazetteer, perimeter, validate_gazetteer
from geoincidents.io import IncidentReadError, ReadResult, read_incidents, write_incidents
from geoincidents.names import normalize_name
from geoincidents.osm import refresh_from_osm
from geoincidents.proximity import band_labels, check_proximity, check_proximity_many, proximity_arrays
from geoincidents.scale import check_proximity_dask, run_proximity
from geoincidents.schema import INCIDENT_COLUMNS, coerce_incidents, empty_incidents, load_sample_incidents
from geoincidents.store import IncidentStore

__version__ = "0.1.0"

# The map functions import folium and the asset module on first use only: importing geoincidents stays
# light, and ``python -m geoincidents.assets`` does not find its module already imported.
_LAZY: dict[str, str] = {
    "build_map": "geoincidents.mapping",
    "save_map": "geoincidents.mapping",
    "fetch_assets": "geoincidents.assets",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'geoincidents' has no attribute {name!r}")


__all__ = [
    "INCIDENT_COLUMNS",
    "AlertRule",
    "GazetteerError",
    "IncidentReadError",
    "IncidentStore",
    "ReadResult",
    "band_labels",
    "build_map",
    "check_proximity",
    "check_proximity_dask",
    "check_proximity_many",
    "coerce_incidents",
    "distance_bands",
    "empty_incidents",
    "evaluate_alerts",
    "export_layers",
    "extract_incidents",
    "extract_many",
    "fetch_assets",
    "load_gazetteer",
    "load_rules",
    "load_sample_incidents",
    "normalize_name",
    "perimeter",
    "proximity_arrays",
    "read_incidents",
    "refresh_from_osm",
    "run_proximity",
    "save_map",
    "validate_gazetteer",
    "write_geojson",
    "write_incidents",
]
