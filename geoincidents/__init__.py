"""geoincidents: reports of incidents in Baghdad turned into mapped, measured, shareable evidence.

The package has five parts, one subpackage each, and a few shared core modules:

- :mod:`geoincidents.gazetteer`: the landmarks (:func:`load_gazetteer`, :func:`perimeter`,
  :func:`refresh_from_osm`)
- :mod:`geoincidents.proximity`: :func:`check_proximity`, :func:`check_proximity_many`,
  :func:`proximity_arrays`, :func:`band_labels`; Dask in :mod:`geoincidents.proximity.dask`
  (:func:`check_proximity_dask`, :func:`run_proximity`)
- :mod:`geoincidents.extraction`: :func:`extract_incidents`, :func:`extract_many`
- :mod:`geoincidents.io`: :func:`read_incidents` (-> :class:`ReadResult`), :func:`write_incidents`,
  :func:`export_layers`, :func:`write_geojson`
- :mod:`geoincidents.store`: :class:`IncidentStore`, :class:`AlertRule`, :func:`evaluate_alerts`,
  :func:`load_rules`
- :mod:`geoincidents.maps`: :func:`build_map`, :func:`save_map`, :func:`fetch_assets`
- core: :mod:`geoincidents.schema` (the incident record and its ``Literal`` types),
  :mod:`geoincidents.errors` (every error, under :class:`GeoincidentsError`), :mod:`geoincidents.cli`; the app's view
  code is in :mod:`geoincidents.ui`.

Every public name is re-exported here; modules of the old flat layout (``geoincidents.mapping`` ...)
still import, with a :class:`DeprecationWarning` naming the new path (:mod:`geoincidents._compat`).
"""

import importlib
from typing import TYPE_CHECKING, Any

from geoincidents import _compat
from geoincidents.errors import (
    AssetError,
    BasemapError,
    ConfigError,
    CRSMissingError,
    EventTypeMappingError,
    GazetteerError,
    GeoincidentsError,
    IncidentReadError,
    InputLimitError,
    MissingExtraError,
    OSMExtractError,
    StoreBusyError,
    StoreError,
    StoreFullError,
    StoreIOError,
    TileSourceError,
)

if TYPE_CHECKING:  # the same names as _LAZY, for type checkers and editors
    from geoincidents.extraction.pipeline import extract_incidents, extract_many
    from geoincidents.gazetteer.load import load_gazetteer, perimeter, validate_gazetteer
    from geoincidents.gazetteer.names import normalize_name
    from geoincidents.gazetteer.osm import refresh_from_osm
    from geoincidents.io.geojson import distance_bands, export_layers, write_geojson
    from geoincidents.io.incidents import ReadResult, read_incidents, write_incidents
    from geoincidents.maps.assets import fetch_assets
    from geoincidents.maps.build import build_map, save_map
    from geoincidents.proximity.dask import check_proximity_dask, run_proximity
    from geoincidents.proximity.measure import band_labels, check_proximity, check_proximity_many, proximity_arrays
    from geoincidents.schema import (
        INCIDENT_COLUMNS,
        Certainty,
        EventType,
        Relation,
        Status,
        coerce_incidents,
        empty_incidents,
        load_sample_incidents,
    )
    from geoincidents.store.alerts import AlertRule, evaluate_alerts, load_rules
    from geoincidents.store.incident_store import IncidentStore

__version__ = "0.1.0"

_compat.install()

# Public name -> the module that defines it. Each is imported on first use only (PEP 562), so
# ``import geoincidents`` (and the command line's ``--help``) loads neither pandas, geopandas nor
# folium; the maps need the [maps] extra and raise MissingExtraError without it.
_LAZY: dict[str, str] = {
    "extract_incidents": "geoincidents.extraction.pipeline",
    "extract_many": "geoincidents.extraction.pipeline",
    "load_gazetteer": "geoincidents.gazetteer.load",
    "perimeter": "geoincidents.gazetteer.load",
    "validate_gazetteer": "geoincidents.gazetteer.load",
    "normalize_name": "geoincidents.gazetteer.names",
    "refresh_from_osm": "geoincidents.gazetteer.osm",
    "distance_bands": "geoincidents.io.geojson",
    "export_layers": "geoincidents.io.geojson",
    "write_geojson": "geoincidents.io.geojson",
    "ReadResult": "geoincidents.io.incidents",
    "read_incidents": "geoincidents.io.incidents",
    "write_incidents": "geoincidents.io.incidents",
    "fetch_assets": "geoincidents.maps.assets",
    "build_map": "geoincidents.maps.build",
    "save_map": "geoincidents.maps.build",
    "check_proximity_dask": "geoincidents.proximity.dask",
    "run_proximity": "geoincidents.proximity.dask",
    "band_labels": "geoincidents.proximity.measure",
    "check_proximity": "geoincidents.proximity.measure",
    "check_proximity_many": "geoincidents.proximity.measure",
    "proximity_arrays": "geoincidents.proximity.measure",
    "INCIDENT_COLUMNS": "geoincidents.schema",
    "Certainty": "geoincidents.schema",
    "EventType": "geoincidents.schema",
    "Relation": "geoincidents.schema",
    "Status": "geoincidents.schema",
    "coerce_incidents": "geoincidents.schema",
    "empty_incidents": "geoincidents.schema",
    "load_sample_incidents": "geoincidents.schema",
    "AlertRule": "geoincidents.store.alerts",
    "evaluate_alerts": "geoincidents.store.alerts",
    "load_rules": "geoincidents.store.alerts",
    "IncidentStore": "geoincidents.store.incident_store",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geoincidents' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "INCIDENT_COLUMNS",
    "AlertRule",
    "AssetError",
    "BasemapError",
    "CRSMissingError",
    "Certainty",
    "ConfigError",
    "EventType",
    "EventTypeMappingError",
    "GazetteerError",
    "GeoincidentsError",
    "IncidentReadError",
    "IncidentStore",
    "InputLimitError",
    "MissingExtraError",
    "OSMExtractError",
    "ReadResult",
    "Relation",
    "Status",
    "StoreBusyError",
    "StoreError",
    "StoreFullError",
    "StoreIOError",
    "TileSourceError",
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
