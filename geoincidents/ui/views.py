"""What the analyst app shows, computed here so that it is tested without Streamlit.

Normalising incident tables from any source (sample, uploads, pasted reports) to the incident schema
with proximity columns, filtering, the alert selection (honest about location uncertainty), the
table sorted by distance, the per-day timeline and the download packages.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import geopandas as gpd
import numpy as np
import pandas as pd

from geoincidents import ids
from geoincidents._crs import WGS84, require_crs
from geoincidents.gazetteer.load import perimeter_feature
from geoincidents.gazetteer.model import GazetteerLike
from geoincidents.io.geojson import export_layers
from geoincidents.io.incidents import ReadResult, read_incidents, write_incidents
from geoincidents.proximity.certainty import (
    DEFAULT_BANDS_M,
    alert_levels,
    band_labels,
    location_uncertainty,
)
from geoincidents.proximity.measure import check_proximity
from geoincidents.schema import INCIDENT_COLUMNS, coerce_incidents
from geoincidents.store.filters import IncidentFilter

__all__ = [
    "ALERT_COLUMNS",
    "TABLE_COLUMNS",
    "IncidentFilter",
    "alerts",
    "distance_table",
    "event_id_from_tooltip",
    "filter_incidents",
    "filter_options",
    "incidents_file_bytes",
    "layers_zip_bytes",
    "map_tiles",
    "prepare_incidents",
    "read_upload",
    "timeline_counts",
]

TABLE_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "location",
    "distance_m",
    "band",
    "breach",
    "uncertainty_m",
    "geo_precision",
    "fatalities",
    "injuries",
    "source",
    "status",
)
ALERT_COLUMNS: tuple[str, ...] = (
    "alert",
    "event_id",
    "event_date",
    "event_type",
    "location",
    "distance_m",
    "distance_min_m",
    "distance_max_m",
    "uncertainty_m",
    "source",
)
_PROXIMITY = ("distance_m", "inside", "band")


def prepare_incidents(
    frame: gpd.GeoDataFrame,
    *,
    perimeter: str = "green_zone",
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    gazetteer: GazetteerLike = None,
    id_prefix: str = "row",
) -> gpd.GeoDataFrame:
    """Return incidents from any source in the incident schema, with proximity columns.

    Coordinates come from the geometry (any CRS, reprojected to EPSG:4326); a missing ``event_id`` is
    made by :func:`geoincidents.ids.fill_event_ids` (``{id_prefix}-`` and the incident's content id).
    The distance range and breach certainty come from the one certainty policy (a missing
    ``uncertainty_m`` is implied by ``geo_precision``), exactly as in
    :func:`~geoincidents.check_proximity` and the store's alert rules. Extra columns are kept.
    """
    require_crs(frame, what="incidents")
    wgs = frame.to_crs(WGS84)
    table = pd.DataFrame(wgs.drop(columns=wgs.geometry.name))
    table = table.drop(columns=[c for c in ("distance_min_m", "distance_max_m", "breach", *_PROXIMITY) if c in table])
    geoms = wgs.geometry
    has = ~(geoms.isna() | geoms.is_empty).to_numpy()
    table["longitude"] = np.where(has, geoms.x.where(has), np.nan) if len(table) else []
    table["latitude"] = np.where(has, geoms.y.where(has), np.nan) if len(table) else []
    out = coerce_incidents(table.reset_index(drop=True))
    out["event_id"] = ids.fill_event_ids(out, prefix=f"{id_prefix}-")
    return check_proximity(out, perimeter, bands_m, gazetteer=gazetteer)


def _actor_columns(frame: pd.DataFrame) -> list[pd.Series]:
    """Each actor column as stripped strings, missing or blank values as NA."""
    out = []
    for col in ("actor1", "assoc_actor_1", "actor2"):
        if col in frame:
            text = frame[col].astype("string").str.strip()
            out.append(text.mask(text == ""))
    return out


def filter_options(frame: pd.DataFrame) -> dict[str, Any]:
    """The values the filters offer: event types, actors, bands, precisions and the date range."""
    dates = pd.to_datetime(frame["event_date"], errors="coerce").dropna()
    columns = _actor_columns(frame)
    actors = sorted(set(pd.concat(columns).dropna().unique().tolist())) if columns and len(frame) else []
    bands = list(frame["band"].cat.categories) if isinstance(frame["band"].dtype, pd.CategoricalDtype) else []
    return {
        "event_types": sorted({str(t) for t in frame["event_type"].dropna()}),
        "actors": actors,
        "bands": bands,
        "precisions": sorted({int(p) for p in frame["geo_precision"].dropna()}),
        "date_min": dates.min().date() if len(dates) else None,
        "date_max": dates.max().date() if len(dates) else None,
    }


def filter_incidents(frame: gpd.GeoDataFrame, flt: IncidentFilter) -> gpd.GeoDataFrame:
    """Return the incidents that pass every filter (row order kept); the rules are :class:`IncidentFilter`'s."""
    return cast(gpd.GeoDataFrame, flt.apply(frame))


def alerts(
    frame: pd.DataFrame,
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    *,
    perimeter: str = "green_zone",
    gazetteer: GazetteerLike = None,
) -> pd.DataFrame:
    """Incidents inside the perimeter or within the first band, with an honest alert level.

    Levels come from the one certainty policy (:mod:`geoincidents.proximity.certainty`), the same
    that decides ``check_proximity``'s ``breach`` and the store's alert rules: ``inside`` (certainly
    inside), ``possibly inside``, ``within {first band}`` (certainly within it) and ``possibly within
    {first band}``. Sorted by level, then by distance. ``frame`` holds the columns of
    :func:`prepare_incidents`.
    """
    label = band_labels(bands_m)[1]
    dist = frame["distance_m"].to_numpy(dtype=float)
    radius = location_uncertainty(frame.get("uncertainty_m"), frame.get("geo_precision"), n=len(frame))
    per_unc = float(perimeter_feature(perimeter, gazetteer=gazetteer)["position_uncertainty_m"])
    levels = alert_levels(dist, radius, per_unc, bands_m)
    order = {"inside": 0, "possibly inside": 1, f"within {label}": 2, f"possibly within {label}": 3}
    out = pd.DataFrame(frame.drop(columns=frame.geometry.name) if isinstance(frame, gpd.GeoDataFrame) else frame)
    out["alert"] = levels
    out = out[out["alert"] != ""]
    out = out.assign(_rank=out["alert"].map(order)).sort_values(["_rank", "distance_m"], kind="stable")
    cols = [c for c in ALERT_COLUMNS if c in out]
    return _dates_as_days(out[cols].reset_index(drop=True))


def distance_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The incident table for display: the main columns, sorted by signed distance to the perimeter."""
    table = pd.DataFrame(frame.drop(columns=frame.geometry.name) if isinstance(frame, gpd.GeoDataFrame) else frame)
    cols = [c for c in TABLE_COLUMNS if c in table]
    return _dates_as_days(
        table.sort_values("distance_m", kind="stable", na_position="last")[cols].reset_index(drop=True)
    )


def _dates_as_days(table: pd.DataFrame) -> pd.DataFrame:
    """For display: day-precision dates as dates (no midnight time), distances in whole metres."""
    for col in ("distance_m", "distance_min_m", "distance_max_m", "gate_distance_m"):
        if col in table:
            table = table.assign(**{col: table[col].astype(float).round(0)})
    if "event_date" in table:
        dates = pd.to_datetime(table["event_date"], errors="coerce")
        if (dates.dropna() == dates.dropna().dt.normalize()).all():
            table = table.assign(event_date=dates.dt.date)
    return table


def timeline_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """Incidents per day by event type: one row per day (no gaps), one column per type.

    The types are the map's: ACLED's, with UCDP, GDELT and older ACLED types mapped to them
    (:func:`geoincidents.maps.taxonomy.acled_types`), and "Other type" for what nothing maps, so the
    chart's colours and the map legend's agree.
    """
    from geoincidents.maps.style import OTHER_LABEL
    from geoincidents.maps.taxonomy import acled_types

    dates = pd.to_datetime(frame["event_date"], errors="coerce").dt.normalize()
    types = pd.Series(acled_types(frame).acled, index=frame.index, dtype=object).fillna(OTHER_LABEL)
    counts = pd.crosstab(dates.rename("day"), types.rename("event_type"))
    if counts.empty:
        return counts
    days = pd.date_range(counts.index.min(), counts.index.max(), freq="D", name="day")
    return counts.reindex(days, fill_value=0)


def event_id_from_tooltip(tooltip: str | None) -> str | None:
    """The event id at the start of an incident tooltip text (as the map's tooltips are built)."""
    if not tooltip:
        return None
    head = str(tooltip).split("·", 1)[0].strip()
    return head or None


def map_tiles(url: str | None, attribution: str | None = None, *, where: str = "") -> tuple[str | None, str]:
    """The base tiles of a map (the app's and ``geoincidents map``'s): the checked template and its credit.

    ``url`` None, blank or ``"none"`` means no tiles (offline): ``(None, "")``. A template is checked
    by :func:`geoincidents.maps.build.check_tile_url`; its attribution is ``attribution`` when given,
    else OpenStreetMap's for OpenStreetMap's own server, else ``"base tiles"``.

    Raises
    ------
    geoincidents.errors.TileSourceError
        When ``url`` is not a tile template; the message starts with ``where`` (where it was set).
    """
    from geoincidents.errors import TileSourceError
    from geoincidents.maps.build import DEFAULT_ATTRIBUTION, DEFAULT_TILES, check_tile_url

    if url is None or url.strip().lower() in ("", "none", "off"):
        return None, ""
    try:
        tiles = check_tile_url(url)
    except TileSourceError as exc:
        raise TileSourceError(f"{where}: {exc}" if where else str(exc)) from exc
    credit = attribution.strip() if attribution and attribution.strip() else ""
    return tiles, credit or (DEFAULT_ATTRIBUTION if tiles == DEFAULT_TILES else "base tiles")


def read_upload(name: str, data: bytes) -> ReadResult:
    """Read an uploaded incident file (CSV, GeoJSON or GeoPackage) given its name and bytes.

    Raises
    ------
    ValueError
        When the file cannot be read as incidents (the message names the file and why).
    """
    suffix = Path(name).suffix.lower()
    if suffix not in (".csv", ".geojson", ".json", ".gpkg"):
        raise ValueError(f"{name}: unsupported file type {suffix or '(none)'!r}; use .csv, .geojson or .gpkg")
    try:
        # bytes with the upload's name: the library's size limit (MAX_INPUT_BYTES) applies
        result = read_incidents(data, name=name)
    except ValueError:
        raise
    except Exception as exc:  # GDAL and parser errors of many kinds: one clear message
        raise ValueError(f"{name}: cannot be read as incidents ({type(exc).__name__}: {exc})") from exc
    return result


def incidents_file_bytes(frame: gpd.GeoDataFrame, fmt: str) -> bytes:
    """The incidents as a file in ``fmt`` (``csv``, ``geojson`` or ``gpkg``), via :func:`write_incidents`."""
    with tempfile.TemporaryDirectory(prefix="geoincidents-dl-") as tmp:
        path = write_incidents(_exportable(frame), Path(tmp) / f"incidents.{fmt}")
        return path.read_bytes()


def layers_zip_bytes(
    frame: gpd.GeoDataFrame | None,
    *,
    perimeter: str = "green_zone",
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
    gazetteer: GazetteerLike = None,
) -> bytes:
    """A zip of the GeoJSON layers (:func:`export_layers`): perimeter, gates, bridges, landmarks, bands, incidents."""
    with tempfile.TemporaryDirectory(prefix="geoincidents-layers-") as tmp:
        written = export_layers(
            tmp,
            _exportable(frame) if frame is not None else None,
            perimeter=perimeter,
            bands_m=bands_m,
            gazetteer=gazetteer,
        )
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, path in sorted(written.items()):
                zf.write(path, arcname=f"{name}.geojson")
        return buf.getvalue()


def _exportable(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Incidents with the schema columns first; categorical columns as strings for the writers."""
    out = frame.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype):
            out[col] = out[col].astype("string")
    first = [c for c in INCIDENT_COLUMNS if c in out]
    rest = [c for c in out.columns if c not in first]
    return out[first + rest]
