"""CRS checks and cached coordinate transformers (``docs/conventions.md``, "Coordinates and CRS")."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS, Transformer

from geoincidents.errors import CRSMissingError

__all__: list[str] = []

WGS84 = CRS.from_epsg(4326)
BAGHDAD_UTM = CRS.from_epsg(32638)


def require_crs(frame: gpd.GeoDataFrame | gpd.GeoSeries, *, what: str = "input") -> CRS:
    """Return the CRS of ``frame`` or raise :class:`CRSMissingError` naming ``what``."""
    if frame.crs is None:
        raise CRSMissingError(f"{what} has no CRS: set one first, e.g. gdf.set_crs('EPSG:4326') for lon/lat degrees")
    return CRS.from_user_input(frame.crs)


@lru_cache(maxsize=64)
def _transformer(src_wkt: str, dst_wkt: str) -> Transformer:
    return Transformer.from_crs(CRS.from_wkt(src_wkt), CRS.from_wkt(dst_wkt), always_xy=True)


def transformer(src: Any, dst: Any) -> Transformer:
    """Return a cached ``always_xy`` transformer between two CRS-like values."""
    return _transformer(CRS.from_user_input(src).to_wkt(), CRS.from_user_input(dst).to_wkt())


def metric_crs_for(lon: float, lat: float) -> CRS:
    """Return the UTM CRS of the zone holding (lon, lat); EPSG:32638 around Baghdad."""
    zone = int(np.floor((lon + 180.0) / 6.0)) % 60 + 1
    epsg = (32600 if lat >= 0 else 32700) + zone
    return CRS.from_epsg(epsg)


def metric_crs_of(geom: shapely.Geometry) -> CRS:
    """The metric CRS to measure a geometry in: the UTM zone of its centroid (EPSG:32638 around Baghdad)."""
    c = geom.centroid
    crs = metric_crs_for(c.x, c.y)
    return BAGHDAD_UTM if crs.to_epsg() == 32638 else crs


def project_geometry(geom: shapely.Geometry, src: Any, dst: Any) -> shapely.Geometry:
    """Project one shapely geometry between CRSs with a cached transformer."""
    tr = transformer(src, dst)
    return shapely.transform(geom, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
