"""The gazetteer: Baghdad landmarks (or any city's, in the same schema) as validated GeoDataFrames.

- :mod:`~geoincidents.gazetteer.schema`: the fields of a landmark; reading and validating a file
- :mod:`~geoincidents.gazetteer.model`: :class:`Gazetteer`, one loaded gazetteer owning the indexes
  derived from it (noticing when its file changes); :func:`as_gazetteer` resolves any argument
- :mod:`~geoincidents.gazetteer.load`: :func:`load_gazetteer` and look-ups (a perimeter by name ...)
- :mod:`~geoincidents.gazetteer.names`: name normalisation shared by every name lookup
- :mod:`~geoincidents.gazetteer.osm`: refreshing features from an OpenStreetMap extract
"""

from geoincidents.errors import GazetteerError
from geoincidents.gazetteer.load import (
    active_on,
    landmarks_of_kind,
    load_gazetteer,
    perimeter,
    perimeter_feature,
)
from geoincidents.gazetteer.model import Gazetteer, GazetteerLike, as_gazetteer
from geoincidents.gazetteer.names import name_keys, normalize_name
from geoincidents.gazetteer.osm import OSMFeature, OSMRefreshReport, read_osm_extract, refresh_from_osm
from geoincidents.gazetteer.schema import KINDS, OPTIONAL_COLUMNS, REQUIRED_COLUMNS, validate_gazetteer

__all__ = [
    "KINDS",
    "OPTIONAL_COLUMNS",
    "REQUIRED_COLUMNS",
    "Gazetteer",
    "GazetteerError",
    "GazetteerLike",
    "OSMFeature",
    "OSMRefreshReport",
    "active_on",
    "as_gazetteer",
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
