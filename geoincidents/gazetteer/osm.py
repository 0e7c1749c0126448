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
from xml.parsers import expat

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from shapely.geometry import shape

from geoincidents._crs import WGS84, metric_crs_of, project_geometry
from geoincidents.errors import OSMExtractError
from geoincidents.gazetteer.model import as_gazetteer
from geoincidents.gazetteer.names import name_keys, normalize_name
from geoincidents.gazetteer.schema import validate_gazetteer

__all__ = ["OSMExtractError", "OSMFeature", "OSMRefreshReport", "read_osm_extract", "refresh_from_osm"]

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


def _pbf_tags(rec: dict[str, Any]) -> dict[str, str]:
    """The OSM tags of one GDAL record: its ``other_tags`` hstore and its own tag columns."""
    tags = _parse_hstore(rec.pop("other_tags", None))
    for key, value in rec.items():
        if key in ("osm_id", "osm_way_id") or value is None or (isinstance(value, float) and np.isnan(value)):
            continue
        tags[key] = str(value)
    return tags


def _pbf_osm_id(rec: dict[str, Any], layer: str) -> str:
    """``node/N``, ``way/N`` or ``relation/N`` of a record of GDAL's OSM layer ``layer``."""
    if rec.get("osm_way_id"):
        return f"way/{rec['osm_way_id']}"
    kind = {"points": "node", "lines": "way"}.get(layer, "relation")
    return f"{kind}/{rec.get('osm_id')}"


def _read_pbf(path: Path) -> list[OSMFeature]:
    """Named and unnamed objects of an ``.osm.pbf`` or ``.osm`` file, through GDAL's OSM driver."""
    feats: list[OSMFeature] = []
    try:
        available = {name for name, _ in pyogrio.list_layers(path)}
        frames = [(layer, pyogrio.read_dataframe(path, layer=layer)) for layer in _OSM_LAYERS if layer in available]
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FeatureError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise OSMExtractError(f"{path}: cannot be read as an OSM extract ({reason})") from exc
    for layer, frame in frames:
        if frame.empty:
            continue
        for rec, geom in zip(frame.drop(columns="geometry").to_dict("records"), frame.geometry, strict=True):
            oid = _pbf_osm_id(rec, layer)
            tags = _pbf_tags(rec)
            if geom is not None and not geom.is_empty:
                feats.append(OSMFeature(oid, tags, geom))
    return feats


class _RootReachedError(Exception):
    """The scan of an OSM XML file's prolog reached the root element: no DTD before it."""


def _refuse_dtd(path: Path) -> None:
    """Refuse an OSM XML file that declares a document type (entities that expand or read other files).

    OSM XML never needs one. Only the prolog is read, with the standard library's expat (parameter
    entities never parsed, no handler that loads anything): a DOCTYPE can only stand before the root
    element, so the scan stops there and GDAL reads the file.
    """
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_: Any) -> None:
        raise OSMExtractError(
            f"{path}: the XML declares a document type (<!DOCTYPE ...>); OSM extracts have none, "
            "and entity declarations can expand without bound or read other files: refused"
        )

    def root(*_: Any) -> None:
        raise _RootReachedError

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.StartElementHandler = root
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 16):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _RootReachedError:
        return
    except expat.ExpatError as exc:
        raise OSMExtractError(
            f"{path}: not an OSM XML file ({expat.ErrorString(exc.code)}, line {exc.lineno})"
        ) from exc
    raise OSMExtractError(f"{path}: not an OSM XML file (no root element)")


def _read_geojson(path: Path) -> list[OSMFeature]:
    try:
        with path.open(encoding="utf-8-sig") as fh:
            doc = json.load(fh)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise OSMExtractError(f"{path}: not valid JSON ({reason})") from exc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise OSMExtractError(f"{path}: not a GeoJSON FeatureCollection")
    features = doc.get("features", [])
    if not isinstance(features, list):
        raise OSMExtractError(f"{path}: 'features' is not a list")
    return [f for i, feat in enumerate(features) if (f := _geojson_feature(path, i, feat)) is not None]


def _geojson_feature(path: Path, i: int, feat: Any) -> OSMFeature | None:
    """One feature of an OSM GeoJSON export (None when it has no geometry)."""
    if not isinstance(feat, dict):
        raise OSMExtractError(f"{path}: feature {i} is not a GeoJSON Feature")
    props = feat.get("properties") or {}
    if not isinstance(props, dict):
        props = {}
    raw = props.get("tags") or props
    tags = {str(k): str(v) for k, v in raw.items() if not isinstance(v, (dict, list))} if isinstance(raw, dict) else {}
    oid = str(feat.get("id") or props.get("@id") or props.get("id") or f"feature/{i}")
    if not feat.get("geometry"):
        return None
    try:
        geom = shape(feat["geometry"])
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, shapely.errors.GEOSException) as exc:
        raise OSMExtractError(f"{path}: feature {i} ({oid}): unreadable geometry: {exc}") from exc
    return OSMFeature(oid, tags, geom)


def read_osm_extract(path: str | Path) -> list[OSMFeature]:
    """Read the named objects of an OSM extract (``.osm.pbf``, ``.osm`` or OSM GeoJSON).

    Raises
    ------
    FileNotFoundError
        When there is no such file.
    geoincidents.errors.OSMExtractError
        When the file is not what its name says, is broken, or is an XML file with a DTD.
    """
    src = Path(path)
    if not src.is_file():
        raise FileNotFoundError(f"OSM extract not found: {src}")
    name = src.name.lower()
    if name.endswith(".osm"):
        _refuse_dtd(src)
    if name.endswith((".pbf", ".osm")):
        feats = _read_pbf(src)
    elif name.endswith((".geojson", ".json")):
        feats = _read_geojson(src)
    else:
        raise OSMExtractError(f"{src}: unsupported OSM extract; use .osm.pbf, .osm or GeoJSON exported from OSM")
    return [f for f in feats if f.names()]


def _bridge_ends(geom: shapely.Geometry, crs: Any) -> list[np.ndarray]:
    """Candidate ends of a bridge object, as (lon, lat): each way's first and last node; for an area
    (``man_made=bridge`` outlines), the middles of the short sides of its minimum rotated rectangle."""
    if not geom.geom_type.endswith("Polygon"):
        out = []
        for part in shapely.get_parts(geom):
            xy = shapely.get_coordinates(part)
            out.extend([xy[0], xy[-1]])
        return out
    rect = shapely.get_coordinates(shapely.minimum_rotated_rectangle(project_geometry(geom, WGS84, crs)))[:4]
    sides = [(rect[k], rect[(k + 1) % 4]) for k in range(4)]
    short = sorted(sides, key=lambda side: float(np.hypot(*(side[1] - side[0]))))[:2]
    middles = shapely.multipoints([(a + b) / 2 for a, b in short])
    return list(shapely.get_coordinates(project_geometry(middles, crs, WGS84)))


def _bridge_line(geoms: list[shapely.Geometry], crs: Any) -> tuple[shapely.LineString, float]:
    """The bridge axis: a line between the two farthest-apart ends of its ways or areas; and half the spread."""
    pts = np.array([end for g in geoms for end in _bridge_ends(g, crs)])
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

    The steps: read the extract's named objects (:func:`read_osm_extract`); give every base landmark
    that an object matches by name and kind the object's geometry (:func:`_refresh_matched`); move
    the ends of each refreshed bridge onto its new axis (:func:`_follow_bridge_ends`); with
    ``add_new``, add the unmatched objects whose tags give a landmark kind (:func:`_new_landmarks`);
    validate the result against the gazetteer schema.

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
    crs = metric_crs_of(shapely.union_all(list(gaz.geometry)).centroid)
    rows = gaz.to_dict("records")
    matched = _refresh_matched(rows, feats, crs, src, report)
    _follow_bridge_ends(rows, report)
    if add_new:
        rows.extend(_new_landmarks(feats, matched, {r["landmark_id"] for r in rows}, crs, src, report))
    frame = gpd.GeoDataFrame(pd.DataFrame(rows), geometry="geometry", crs=WGS84)
    return validate_gazetteer(frame, source=f"gazetteer refreshed from {src.name}"), report


def _matching_features(row: dict[str, Any], feats: list[OSMFeature], feat_keys: list[set[str]]) -> list[int]:
    """Indexes of the features that share a name key with the landmark and have a geometry fit for its kind."""
    keys = name_keys(row["name"], row["name_ar"] or "", *row["aliases"])
    allowed = _COMPATIBLE.get(row["kind"], _AREA_OR_POINT)
    return [i for i, fk in enumerate(feat_keys) if fk & keys and feats[i].geometry.geom_type in allowed]


def _refreshed_geometry(
    row: dict[str, Any], geoms: list[shapely.Geometry], crs: Any
) -> tuple[shapely.Geometry, float, str] | None:
    """The landmark's new geometry, position uncertainty (m) and derivation, from its matched OSM geometries.

    A bridge becomes the axis between the farthest-apart ends; an area landmark the outline of the
    matched areas (None when only points or lines matched); anything else a representative point
    whose uncertainty covers every matched object.
    """
    if row["kind"] == "bridge":
        line, spread = _bridge_line(geoms, crs)
        return (
            line,
            round(max(spread, 5.0), 1),
            "line between the two farthest-apart ends of the OSM bridge way(s)",
        )
    if row["geometry"].geom_type in ("Polygon", "MultiPolygon"):
        areas = [g for g in geoms if g.geom_type.endswith("Polygon")]
        if not areas:
            return None
        return shapely.union_all(areas), 10.0, "outline of the OSM area(s)"
    point, radius = _point_and_radius(geoms, crs)
    derivation = (
        "OSM node position" if radius == 0 else "representative point of the OSM object(s); uncertainty is their extent"
    )
    return point, round(max(radius, 5.0), 1), derivation


def _refresh_matched(
    rows: list[dict[str, Any]], feats: list[OSMFeature], crs: Any, src: Path, report: OSMRefreshReport
) -> set[int]:
    """Give each matched landmark (bridge ends aside) its OSM geometry; return the features used."""
    feat_keys = [name_keys(*f.names()) for f in feats]
    used: set[int] = set()
    for row in rows:
        if row["kind"] == "bridge_end":
            continue
        hits = _matching_features(row, feats, feat_keys)
        refreshed = _refreshed_geometry(row, [feats[i].geometry for i in hits], crs) if hits else None
        used.update(hits)
        if refreshed is None:
            report.unmatched.append(row["landmark_id"])
            continue
        ids = [feats[i].osm_id for i in hits]
        row["geometry"], row["position_uncertainty_m"], row["derivation"] = refreshed
        row["source"] = _source(ids, src)
        report.updated[row["landmark_id"]] = ids
    return used


def _follow_bridge_ends(rows: list[dict[str, Any]], report: OSMRefreshReport) -> None:
    """Move each end of a refreshed bridge to the nearer end of the bridge's new axis."""
    by_id = {r["landmark_id"]: r for r in rows}
    for row in rows:
        bridge = by_id.get(row.get("related_id") or "")
        if row["kind"] != "bridge_end" or bridge is None or bridge["landmark_id"] not in report.updated:
            continue
        ends = [shapely.Point(c) for c in shapely.get_coordinates(bridge["geometry"])[[0, -1]]]
        row["geometry"] = min(ends, key=lambda p: float(shapely.distance(p, row["geometry"])))
        row["position_uncertainty_m"] = bridge["position_uncertainty_m"]
        row["source"] = bridge["source"]
        row["derivation"] = f"end of the refreshed {bridge['name']} axis nearer the previous position"
        report.updated[row["landmark_id"]] = report.updated[bridge["landmark_id"]]


def _new_landmark_id(feat: OSMFeature, taken: set[str]) -> str | None:
    """``osm_<english name>``, or with the OSM id appended when that is taken; None when both are."""
    lid = f"osm_{_slug(_english_name(feat))}"
    if lid in taken:
        lid = f"{lid}_{_slug(feat.osm_id)}"
    return None if lid in taken else lid


def _english_name(feat: OSMFeature) -> str:
    return feat.tags.get("name:en") or feat.tags.get("int_name") or feat.tags.get("name", "")


def _new_landmark(feat: OSMFeature, kind: str, lid: str, crs: Any, src: Path) -> dict[str, Any]:
    """A gazetteer row for an OSM object that matches no base landmark."""
    if kind == "bridge":
        geom, unc = _bridge_line([feat.geometry], crs)
    else:
        geom, unc = _point_and_radius([feat.geometry], crs)
    english, arabic = _english_name(feat), feat.tags.get("name:ar")
    return {
        "landmark_id": lid,
        "name": english,
        "name_ar": arabic,
        "aliases": tuple(n for n in feat.names() if n not in (english, arabic)),
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


def _new_landmarks(
    feats: list[OSMFeature], matched: set[int], taken: set[str], crs: Any, src: Path, report: OSMRefreshReport
) -> list[dict[str, Any]]:
    """Rows for the unmatched features whose tags give a landmark kind (:func:`_new_kind`), ids unique."""
    added = []
    for i, feat in enumerate(feats):
        kind = _new_kind(feat.tags, feat.geometry.geom_type)
        if i in matched or kind is None:
            continue
        lid = _new_landmark_id(feat, taken)
        if lid is None:
            continue
        added.append(_new_landmark(feat, kind, lid, crs, src))
        taken.add(lid)
        report.added.append(lid)
    return added
