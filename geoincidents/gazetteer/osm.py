"""Build or refresh gazetteer features from an OpenStreetMap extract the user supplies.

Input: an ``.osm.pbf`` or ``.osm`` extract (read through GDAL's OSM driver) or GeoJSON exported from
OSM (overpass-turbo / osmtogeojson style: tags as flat properties or under ``tags``). Landmarks of
the base gazetteer are matched to OSM features by name (English, Arabic, ``alt_name``/``old_name``
and the other name tags, compared through :func:`geoincidents.gazetteer.names.normalize_name`) and by a
geometry that fits their kind; matched landmarks get OSM's geometry, a ``source`` naming the OSM
objects and a ``derivation`` saying how the geometry was made from them. With ``add_new`` the
extract's named bridges, squares, embassies/government buildings, checkpoints and neighbourhoods
that the base lacks are added.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from shapely.geometry import shape

from geoincidents._crs import WGS84, metric_crs_of, project_geometry
from geoincidents.gazetteer.model import as_gazetteer
from geoincidents.gazetteer.names import name_keys, normalize_name
from geoincidents.gazetteer.schema import validate_gazetteer

__all__ = ["OSMFeature", "OSMRefreshReport", "read_osm_extract", "refresh_from_osm"]

_NAME_TAGS = (
    "name",
    "name:en",
    "name:ar",
    "alt_name",
    "alt_name:en",
    "alt_name:ar",
    "old_name",
    "official_name",
    "official_name:en",
    "int_name",
    "short_name",
    "loc_name",
)
_OSM_LAYERS = ("points", "lines", "multilinestrings", "multipolygons")
_HSTORE = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')
_COMPATIBLE: dict[str, frozenset[str]] = {
    "bridge": frozenset({"LineString", "MultiLineString", "Polygon", "MultiPolygon"}),
    "perimeter": frozenset({"Polygon", "MultiPolygon"}),
    "district": frozenset({"Polygon", "MultiPolygon", "Point"}),
    "gate": frozenset({"Point"}),
}
_AREA_OR_POINT = frozenset({"Point", "Polygon", "MultiPolygon", "LineString"})
_ODBL = "© OpenStreetMap contributors, ODbL"


@dataclass
class OSMFeature:
    """One named OSM object: its id (``node/1``, ``way/2``, ``relation/3``), tags and geometry."""

    osm_id: str
    tags: dict[str, str]
    geometry: shapely.Geometry

    def names(self) -> list[str]:
        """Every name the object's name tags give (``;``-separated values split)."""
        out: list[str] = []
        for tag in _NAME_TAGS:
            value = self.tags.get(tag)
            if value:
                out.extend(v.strip() for v in value.split(";") if v.strip())
        return out


@dataclass
class OSMRefreshReport:
    """What :func:`refresh_from_osm` did: landmark ids updated and added, and landmarks left as they were."""

    updated: dict[str, list[str]] = field(default_factory=dict)
    added: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    features_read: int = 0

    def summary(self) -> str:
        """One line for the terminal."""
        return (
            f"{self.features_read} named OSM features read; {len(self.updated)} landmarks updated, "
            f"{len(self.added)} added, {len(self.unmatched)} left unchanged"
        )


def _parse_hstore(text: Any) -> dict[str, str]:
    if not isinstance(text, str) or not text:
        return {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in _HSTORE.findall(text)}


def _read_pbf(path: Path) -> list[OSMFeature]:
    feats: list[OSMFeature] = []
    available = {name for name, _ in pyogrio.list_layers(path)}
    for layer in _OSM_LAYERS:
        if layer not in available:
            continue
        frame = pyogrio.read_dataframe(path, layer=layer)
        if frame.empty:
            continue
        for rec, geom in zip(frame.drop(columns="geometry").to_dict("records"), frame.geometry, strict=True):
            tags = _parse_hstore(rec.pop("other_tags", None))
            for key, value in rec.items():
                if key in ("osm_id", "osm_way_id") or value is None or (isinstance(value, float) and np.isnan(value)):
                    continue
                tags[key] = str(value)
            if rec.get("osm_way_id"):
                oid = f"way/{rec['osm_way_id']}"
            elif layer == "points":
                oid = f"node/{rec.get('osm_id')}"
            elif layer == "lines":
                oid = f"way/{rec.get('osm_id')}"
            else:
                oid = f"relation/{rec.get('osm_id')}"
            if geom is not None and not geom.is_empty:
                feats.append(OSMFeature(oid, tags, geom))
    return feats


def _read_geojson(path: Path) -> list[OSMFeature]:
    with path.open(encoding="utf-8-sig") as fh:
        doc = json.load(fh)
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise ValueError(f"{path}: not a GeoJSON FeatureCollection")
    feats = []
    for i, feat in enumerate(doc.get("features", [])):
        props = feat.get("properties") or {}
        tags = {str(k): str(v) for k, v in (props.get("tags") or props).items() if not isinstance(v, (dict, list))}
        oid = str(feat.get("id") or props.get("@id") or props.get("id") or f"feature/{i}")
        if not feat.get("geometry"):
            continue
        try:
            geom = shape(feat["geometry"])
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise ValueError(f"{path}: feature {i} ({oid}): unreadable geometry: {exc}") from exc
        feats.append(OSMFeature(oid, tags, geom))
    return feats


def read_osm_extract(path: str | Path) -> list[OSMFeature]:
    """Read the named objects of an OSM extract (``.osm.pbf``, ``.osm`` or OSM GeoJSON)."""
    src = Path(path)
    if not src.is_file():
        raise FileNotFoundError(f"OSM extract not found: {src}")
    name = src.name.lower()
    if name.endswith((".pbf", ".osm")):
        feats = _read_pbf(src)
    elif name.endswith((".geojson", ".json")):
        feats = _read_geojson(src)
    else:
        raise ValueError(f"{src}: unsupported OSM extract; use .osm.pbf, .osm or GeoJSON exported from OSM")
    return [f for f in feats if f.names()]


def _bridge_line(geoms: list[shapely.Geometry], crs: Any) -> tuple[shapely.LineString, float]:
    """The bridge axis: a line between the two farthest-apart ends of its ways; and half the spread."""
    ends = []
    for g in geoms:
        for part in shapely.get_parts(g.boundary if g.geom_type.endswith("Polygon") else g):
            xy = shapely.get_coordinates(part)
            ends.extend([xy[0], xy[-1]])
    pts = np.array(ends)
    proj = shapely.get_coordinates(project_geometry(shapely.multipoints(pts), WGS84, crs))
    d = np.linalg.norm(proj[:, None, :] - proj[None, :, :], axis=-1)
    i, j = np.unravel_index(int(np.argmax(d)), d.shape)
    line = shapely.LineString([pts[i], pts[j]])
    # How far the ways stray from that axis (e.g. two carriageways): the honest uncertainty.
    axis = project_geometry(line, WGS84, crs)
    spread = max(float(shapely.hausdorff_distance(project_geometry(g, WGS84, crs), axis)) for g in geoms)
    return line, spread


def _point_and_radius(geoms: list[shapely.Geometry], crs: Any) -> tuple[shapely.Point, float]:
    """A representative point of the matched objects and the radius that covers all of them."""
    union = shapely.union_all(geoms)
    point = union.representative_point() if union.geom_type != "Point" else union
    proj_union = project_geometry(union, WGS84, crs)
    proj_point = project_geometry(point, WGS84, crs)
    radius = float(shapely.hausdorff_distance(proj_union, proj_point)) if union.geom_type != "Point" else 0.0
    return point, radius


def _source(ids: Iterable[str], extract: Path) -> str:
    return f"OpenStreetMap extract {extract.name}: {', '.join(sorted(ids))} ({_ODBL})"


def _new_kind(tags: dict[str, str], geom_type: str) -> str | None:
    if tags.get("bridge") not in (None, "no") or tags.get("man_made") == "bridge":
        return "bridge" if geom_type in _COMPATIBLE["bridge"] else None
    if tags.get("place") == "square" or (
        tags.get("highway") == "pedestrian" and "square" in tags.get("name:en", "").lower()
    ):
        return "square"
    if (
        tags.get("amenity") in ("embassy", "townhall")
        or tags.get("office") in ("diplomatic", "government")
        or tags.get("government")
        or tags.get("building") in ("government", "parliament")
    ):
        return "building"
    if geom_type == "Point" and (
        tags.get("military") == "checkpoint" or tags.get("barrier") in ("checkpoint", "gate", "border_control")
    ):
        return "gate"
    if tags.get("place") in ("suburb", "neighbourhood", "quarter", "city_block"):
        return "district"
    return None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", normalize_name(text, drop_article=False).lower()).strip("_") or "osm"


def refresh_from_osm(
    extract: str | Path,
    *,
    base: gpd.GeoDataFrame | str | Path | None = None,
    add_new: bool = False,
) -> tuple[gpd.GeoDataFrame, OSMRefreshReport]:
    """Refresh a gazetteer's landmarks from an OSM extract, optionally adding the extract's new ones.

    Parameters
    ----------
    extract
        ``.osm.pbf``, ``.osm`` or OSM GeoJSON file.
    base
        The gazetteer to refresh (GeoDataFrame or path); default the bundled one.
    add_new
        Also add named bridges, squares, government/diplomatic buildings, checkpoints and
        neighbourhoods that match no base landmark.

    Returns
    -------
    tuple
        The refreshed, validated gazetteer and an :class:`OSMRefreshReport`.
    """
    src = Path(extract)
    feats = read_osm_extract(src)
    gaz = as_gazetteer(base).frame.copy()
    report = OSMRefreshReport(features_read=len(feats))
    feat_keys = [name_keys(*f.names()) for f in feats]
    crs = metric_crs_of(shapely.union_all(list(gaz.geometry)).centroid)
    matched_feats: set[int] = set()
    rows = gaz.to_dict("records")
    by_id = {r["landmark_id"]: r for r in rows}
    for row in rows:
        if row["kind"] == "bridge_end":
            continue
        keys = name_keys(row["name"], row["name_ar"] or "", *row["aliases"])
        allowed = _COMPATIBLE.get(row["kind"], _AREA_OR_POINT)
        hits = [i for i, fk in enumerate(feat_keys) if fk & keys and feats[i].geometry.geom_type in allowed]
        if not hits:
            report.unmatched.append(row["landmark_id"])
            continue
        matched_feats.update(hits)
        geoms = [feats[i].geometry for i in hits]
        ids = [feats[i].osm_id for i in hits]
        if row["kind"] == "bridge":
            line, spread = _bridge_line(geoms, crs)
            row["geometry"], row["position_uncertainty_m"] = line, round(max(spread, 5.0), 1)
            row["derivation"] = "line between the two farthest-apart ends of the OSM bridge way(s)"
        elif row["geometry"].geom_type in ("Polygon", "MultiPolygon"):
            areas = [g for g in geoms if g.geom_type.endswith("Polygon")]
            if not areas:
                report.unmatched.append(row["landmark_id"])
                continue
            row["geometry"] = shapely.union_all(areas)
            row["position_uncertainty_m"] = 10.0
            row["derivation"] = "outline of the OSM area(s)"
        else:
            point, radius = _point_and_radius(geoms, crs)
            row["geometry"], row["position_uncertainty_m"] = point, round(max(radius, 5.0), 1)
            row["derivation"] = (
                "OSM node position"
                if radius == 0
                else "representative point of the OSM object(s); uncertainty is their extent"
            )
        row["source"] = _source(ids, src)
        report.updated[row["landmark_id"]] = ids
    # Bridge ends follow their refreshed bridge: each end moves to the nearer end of the new axis.
    for row in rows:
        bridge = by_id.get(row.get("related_id") or "")
        if row["kind"] != "bridge_end" or bridge is None or bridge["landmark_id"] not in report.updated:
            continue
        ends = [shapely.Point(c) for c in shapely.get_coordinates(bridge["geometry"])[[0, -1]]]
        near = min(ends, key=lambda p: float(shapely.distance(p, row["geometry"])))
        row["geometry"] = near
        row["position_uncertainty_m"] = bridge["position_uncertainty_m"]
        row["source"] = bridge["source"]
        row["derivation"] = f"end of the refreshed {bridge['name']} axis nearer the previous position"
        report.updated[row["landmark_id"]] = report.updated[bridge["landmark_id"]]
    if add_new:
        taken = {r["landmark_id"] for r in rows}
        for i, feat in enumerate(feats):
            kind = _new_kind(feat.tags, feat.geometry.geom_type)
            if i in matched_feats or kind is None:
                continue
            english = feat.tags.get("name:en") or feat.tags.get("int_name") or feat.tags.get("name", "")
            lid = f"osm_{_slug(english)}"
            if lid in taken:
                lid = f"{lid}_{_slug(feat.osm_id)}"
            if lid in taken:
                continue
            if kind == "bridge":
                geom, unc = _bridge_line([feat.geometry], crs)
            else:
                geom, unc = _point_and_radius([feat.geometry], crs)
            names = feat.names()
            rows.append(
                {
                    "landmark_id": lid,
                    "name": english,
                    "name_ar": feat.tags.get("name:ar"),
                    "aliases": tuple(n for n in names if n not in (english, feat.tags.get("name:ar"))),
                    "kind": kind,
                    "source": _source([feat.osm_id], src),
                    "position_uncertainty_m": round(max(unc, 5.0), 1),
                    "derivation": "added from the OSM extract by its tags",
                    "valid_from": None,
                    "valid_to": None,
                    "related_id": None,
                    "side": None,
                    "notes": None,
                    "geometry": geom,
                }
            )
            taken.add(lid)
            report.added.append(lid)
    frame = gpd.GeoDataFrame(pd.DataFrame(rows), geometry="geometry", crs=WGS84)
    return validate_gazetteer(frame, source=f"gazetteer refreshed from {src.name}"), report
