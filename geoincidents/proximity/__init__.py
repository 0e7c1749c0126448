"""Proximity of incidents to a perimeter: signed distance, inside/outside, band, nearest gate, breach.

- :mod:`~geoincidents.proximity.measure`: :func:`check_proximity`, :func:`proximity_arrays`,
  :func:`check_proximity_many` (vectorised, one process)
- :mod:`~geoincidents.proximity._nearest`, :mod:`~geoincidents.proximity._fastproj`: the grid index
  and the local projection behind it
- :mod:`~geoincidents.proximity.dask`: the only way into Dask (GeoParquet in and out, clusters)
"""

from geoincidents.proximity.measure import (
    DEFAULT_BANDS_M,
    PERIMETER_LIKE_KINDS,
    PROXIMITY_COLUMNS,
    band_labels,
    check_proximity,
    check_proximity_many,
    proximity_arrays,
)

__all__ = [
    "DEFAULT_BANDS_M",
    "PERIMETER_LIKE_KINDS",
    "PROXIMITY_COLUMNS",
    "band_labels",
    "check_proximity",
    "check_proximity_many",
    "proximity_arrays",
]
