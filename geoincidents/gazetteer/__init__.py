"""The gazetteer: Baghdad landmarks (or any city's, in the same schema) as validated GeoDataFrames.

- :mod:`~geoincidents.gazetteer.load`: reading and validating a gazetteer file, perimeter lookup
- :mod:`~geoincidents.gazetteer.names`: name normalisation shared by every name lookup
- :mod:`~geoincidents.gazetteer.osm`: refreshing features from an OpenStreetMap extract
"""

from geoincidents.gazetteer.load import (
    KINDS,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    GazetteerError,
    active_on,
    landmarks_of_kind,
    load_gazetteer,
    perimeter,
    perimeter_feature,
    validate_gazetteer,
)
from geoincidents.gazetteer.names import name_keys, normalize_name
from geoincidents.gazetteer.osm import OSMFeature, OSMRefreshReport, read_osm_extract, refresh_from_osm

__all__ = [
    "KINDS",
    "OPTIONAL_COLUMNS",
    "REQUIRED_COLUMNS",
    "GazetteerError",
    "OSMFeature",
    "OSMRefreshReport",
    "active_on",
    "landmarks_of_kind",
    "load_gazetteer",
    "name_keys",
    "normalize_name",
    "perimeter",
    "perimeter_feature",
    "read_osm_extract",
    "refresh_from_osm",
    "validate_gazetteer",
]
