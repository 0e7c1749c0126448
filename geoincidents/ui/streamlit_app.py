"""geoincidents analyst app: incidents near the Baghdad Green Zone, on a map that works offline.

Thin by design: reading, filtering, alerts, timeline and downloads live in ``geoincidents.ui.views``,
the map in ``geoincidents.maps.build``; this file reads widgets, calls the library and draws.
Start it with ``python3 dev.py app`` from a checkout (the root ``app.py`` runs this file).
"""

from __future__ import annotations

from datetime import date
from functools import partial

import geopandas as gpd
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geoincidents.config import Config, ConfigError, load_config
from geoincidents.errors import BasemapError, TileSourceError
from geoincidents.io.incidents import ReadResult
from geoincidents.labels import for_display, landmark_phrase
from geoincidents.maps.assets import AssetError
from geoincidents.maps.build import DEFAULT_TILES, build_map, event_color
from geoincidents.proximity.measure import band_labels
from geoincidents.schema import STATUSES, load_sample_incidents
from geoincidents.store.filters import IncidentFilter
from geoincidents.store.incident_store import StoreError
from geoincidents.ui import review
from geoincidents.ui import views as analysis
from geoincidents.ui.isolated import extract_isolated
from geoincidents.ui.text import plain

st.set_page_config(page_title="geoincidents: incidents near the Green Zone", layout="wide")
MAP_KEY = "incident_map"
try:  # geoincidents.toml and GEOINCIDENTS_* (docs/configuration.md), read again on every rerun
    cfg = load_config()
    config_problem = ""
except ConfigError as exc:
    cfg, config_problem = Config(), str(exc)
# what the incidents are measured against: part of every cached table's key
Measure = tuple[str, tuple[float, ...], str]
measure: Measure = (cfg.perimeter, cfg.bands, "" if cfg.gazetteer is None else str(cfg.gazetteer))


def _prepared(frame: gpd.GeoDataFrame, id_prefix: str, measure: Measure) -> pd.DataFrame:
    """Incidents with proximity columns to the configured perimeter, as a plain table."""
    perimeter, bands, gazetteer = measure
    out = analysis.prepare_incidents(
        frame, id_prefix=id_prefix, perimeter=perimeter, bands_m=bands, gazetteer=gazetteer or None
    )
    return pd.DataFrame(out.drop(columns="geometry"))


@st.cache_data(show_spinner=False)
def _sample_table(path: str, measure: Measure) -> pd.DataFrame:
    """The bundled sample with proximity columns, as a plain table (keyed by its path and the measure)."""
    return _prepared(load_sample_incidents(path or None), "sample", measure)


@st.cache_data(show_spinner=False, max_entries=8)
def _upload_table(name: str, data: bytes, measure: Measure) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    result: ReadResult = analysis.read_upload(name, data)
    return _prepared(result.accepted, "upload", measure), result.rejected, result.rows_read


def _store_table(path: str) -> pd.DataFrame:
    """The store's incidents with proximity columns (not cached: watch and other analysts write to it)."""
    return _prepared(review.load_store_incidents(path), "store", measure)


def _to_gdf(table: pd.DataFrame) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(table, geometry=gpd.points_from_xy(table["longitude"], table["latitude"]), crs=4326)


def _extract(text: str, published: date, source: str) -> gpd.GeoDataFrame:
    # in a child process with a time limit: a huge or hostile paste never freezes the other sessions
    found = extract_isolated(text, published, source)
    return analysis.prepare_incidents(
        found, id_prefix="pasted", perimeter=cfg.perimeter, bands_m=cfg.bands, gazetteer=cfg.gazetteer
    )


st.title("Incidents near the Green Zone")
st.caption(
    "Where, how close to the perimeter, when, who, how bad and from which source. "
    "Locations carry their uncertainty; an alert says 'possibly' when only part of that area is close."
)
if config_problem:
    st.error(f"The configuration is not valid, the app uses the defaults: {plain(config_problem)}")

# ---- data ---------------------------------------------------------------------------------------
with st.sidebar:
    st.header("Data")
    env_store = "" if cfg.store is None else str(cfg.store)
    sources = ["Bundled sample", "Upload a file", "Incident store"]
    source_kind = st.radio("Incidents from", sources, index=2 if env_store else 0, key="source_kind")
    upload = None
    store_path = ""
    if source_kind == "Upload a file":
        upload = st.file_uploader("CSV, GeoJSON or GeoPackage", type=["csv", "geojson", "json", "gpkg"], key="upload")
    elif source_kind == "Incident store":
        store_path = st.text_input(
            "Store file (GeoPackage)",
            value=env_store,
            key="store_path",
            help=f"default: ${review.STORE_ENV}, else store in geoincidents.toml",
        ).strip()
    with st.expander("Paste a report", expanded=False):
        report_text = st.text_area("Report text", key="report_text", height=180)
        report_date = st.date_input("Published on", value=date.today(), key="report_date")
        report_source = st.text_input("Source", key="report_source", placeholder="e.g. Shafaq News")
        if st.button("Extract incidents", key="extract_button"):
            if not report_text.strip():
                st.warning("Paste the text of a report first.")
            else:
                try:
                    found = _extract(report_text, report_date, report_source.strip() or "pasted report")
                except Exception as exc:  # no traceback reaches the analyst
                    st.error(f"Could not extract incidents from the report: {plain(exc)}")
                else:
                    pasted = st.session_state.setdefault("pasted", [])
                    pasted.append(pd.DataFrame(found.drop(columns="geometry")))
                    st.success(f"{len(found)} incident(s) extracted and added to the map.")
        if st.session_state.get("pasted") and st.button("Forget pasted reports", key="clear_pasted"):
            st.session_state["pasted"] = []

tables: list[pd.DataFrame] = []
if source_kind == "Bundled sample":
    try:
        tables.append(_sample_table("", measure))
    except Exception as exc:
        st.error(f"Could not load the bundled sample incidents: {plain(exc)}")
elif source_kind == "Incident store":
    if not store_path:
        st.info(f"Give the incident store's file in the sidebar (or set ${review.STORE_ENV} or geoincidents.toml).")
    else:
        try:
            tables.append(_store_table(store_path))
        except (FileNotFoundError, StoreError) as exc:
            st.error(plain(str(exc)))
        except Exception as exc:  # no traceback reaches the analyst
            st.error(f"Could not read the incident store {plain(store_path)}: {plain(exc)}")
elif upload is not None:
    try:
        accepted, rejected, rows_read = _upload_table(upload.name, upload.getvalue(), measure)
    except Exception as exc:
        st.error(f"Could not read {plain(upload.name)}: {plain(exc)}")
    else:
        tables.append(accepted)
        if len(rejected):
            st.error(
                f"{plain(upload.name)}: {len(rejected)} of {rows_read} row(s) rejected; "
                f"{len(accepted)} accepted. The rejected rows and why:"
            )
            st.dataframe(for_display(rejected), hide_index=True, key="rejected_rows")
        else:
            st.info(f"{plain(upload.name)}: all {rows_read} row(s) accepted.")
else:
    st.info("Choose a CSV, GeoJSON or GeoPackage file of incidents in the sidebar.")
tables.extend(st.session_state.get("pasted", []))
nonempty = [t for t in tables if len(t)]
incidents = _to_gdf(pd.concat(nonempty, ignore_index=True)) if nonempty else None

# ---- filters ------------------------------------------------------------------------------------
if incidents is not None:
    options = analysis.filter_options(incidents)
    # A date range picked for other data (before an upload, or the sample) would hide these incidents.
    bounds = (options["date_min"], options["date_max"])
    if st.session_state.get("date_bounds") != bounds:
        st.session_state.pop("date_range", None)
        st.session_state["date_bounds"] = bounds
    with st.sidebar:
        st.header("Filters")
        if options["date_min"] is not None:
            # keyed by the data's range, so that new data (an upload, a pasted report) widens the filter
            picked = st.date_input(
                "Date range",
                value=(options["date_min"], options["date_max"]),
                key=f"date_range_{options['date_min']}_{options['date_max']}",
            )
            start, end = (picked[0], picked[-1]) if isinstance(picked, tuple) and picked else (None, None)
        else:
            start = end = None
        types = st.multiselect("Event type", options["event_types"], key="filter_types")
        actors = st.multiselect("Actor", options["actors"], key="filter_actors")
        bands = st.multiselect("Distance band", options["bands"], key="filter_bands")
        precisions = st.multiselect(
            "Location precision (ACLED geo_precision)",
            options["precisions"],
            format_func=lambda p: {1: "1: the place itself", 2: "2: near it", 3: "3: only the region"}.get(p, str(p)),
            key="filter_precision",
        )
        statuses = st.multiselect("Review status", list(STATUSES), key="filter_status")
    # an empty pick in a multiselect means "no restriction" (IncidentFilter: None), not "match nothing"
    flt = IncidentFilter(
        date_from=start,
        date_to=end,
        event_types=types or None,
        actors=actors or None,
        bands=bands or None,
        precisions=precisions or None,
        statuses=statuses or None,
    )
    shown = analysis.filter_incidents(incidents, flt)
else:
    shown = None

with st.sidebar:
    st.header("Map")
    configured = cfg.tiles  # offline unless GEOINCIDENTS_TILES or geoincidents.toml names a tile server or folder
    use_tiles = st.checkbox("Base map tiles (needs the tile server)", value=configured is not None, key="use_tiles")
    tile_url = st.text_input(
        "Tile URL template", value=configured or DEFAULT_TILES, key="tile_url", disabled=not use_tiles
    )
    tiles: str | None = None
    attribution = ""
    if use_tiles and tile_url.strip():
        try:
            tiles, attribution = analysis.map_tiles(tile_url, cfg.attribution)
        except TileSourceError as exc:
            st.error(f"{plain(exc)}. The map is drawn without base tiles.")
    basemap = st.text_input(
        "Local base map file (PMTiles or MBTiles)",
        value=str(cfg.basemap or ""),  # GEOINCIDENTS_BASEMAP or geoincidents.toml
        key="basemap_file",
        help="A tile archive on this computer, drawn under the map and saved inside it; no network needed",
    ).strip()
    if basemap and tiles:
        st.caption("The base map file is drawn; the tile server is not used.")
        tiles = None

# ---- summary, map and details -------------------------------------------------------------------
n_all = 0 if incidents is None else len(incidents)
n_shown = 0 if shown is None else len(shown)
first_band = band_labels(cfg.bands)[1]  # "0-250 m"
alert_table = (
    analysis.alerts(shown, cfg.bands, perimeter=cfg.perimeter, gazetteer=cfg.gazetteer)
    if shown is not None and len(shown)
    else pd.DataFrame()
)
c1, c2, c3 = st.columns(3)
c1.metric("Incidents shown", f"{n_shown} of {n_all}")
n_possible = int(alert_table["alert"].str.startswith("possibly").sum()) if len(alert_table) else 0
c2.metric(f"Alerts: inside or within {first_band}", f"{len(alert_table) - n_possible} certain, {n_possible} possible")
c3.metric("Days covered", 0 if shown is None else int(pd.to_datetime(shown["event_date"]).dt.normalize().nunique()))

map_col, side_col = st.columns([5, 2])
with map_col:
    try:
        draw = partial(
            build_map,
            shown,
            gazetteer=cfg.gazetteer,
            perimeter=cfg.perimeter,
            bands_m=cfg.bands,
            tiles=tiles,
            attribution=attribution or "base tiles",
            height="620px",
            collapsed_layers=True,
        )
        try:
            fmap = draw(basemap=basemap or None)
        except BasemapError as exc:
            st.error(f"{plain(exc)}. The map is drawn without it.")
            fmap = draw()
        # render=False: st_folium renders the map's own parts; its extra whole-page render is thrown away
        state = st_folium(
            fmap,
            key=MAP_KEY,
            height=620,
            use_container_width=True,
            returned_objects=["last_object_clicked_tooltip"],
            render=False,
        )
    except AssetError as exc:
        st.error(f"The map cannot be drawn offline: {plain(exc)}")
        clicked = None
    except Exception as exc:  # no traceback reaches the analyst
        st.error(f"The map cannot be drawn: {plain(exc)}")
        clicked = None
    else:
        clicked = analysis.event_id_from_tooltip((state or {}).get("last_object_clicked_tooltip"))

with side_col:
    st.subheader("Selected incident")
    row = None
    if clicked and shown is not None:
        match = shown[shown["event_id"] == clicked]
        row = match.iloc[0] if len(match) else None
    if row is None:
        st.caption("Click an incident on the map to see its details and the evidence from the report.")
    else:
        day = pd.Timestamp(row["event_date"]).date().isoformat() if pd.notna(row["event_date"]) else "unknown date"
        kind = " / ".join(str(v) for v in (row["event_type"], row["sub_event_type"]) if pd.notna(v)) or "unknown type"
        st.text(f"{kind}, {day}")  # report-derived text shown as text, never as markdown or HTML
        details = {
            "Event id": row["event_id"],
            "Place": row["location"],
            "Landmark": landmark_phrase(row["relation"], row["landmark_id"], gazetteer=cfg.gazetteer),
            "Actors": " / ".join(str(v) for v in (row["actor1"], row["assoc_actor_1"], row["actor2"]) if pd.notna(v)),
            "Fatalities": row["fatalities"],
            "Injuries": row["injuries"],
            "Distance to perimeter (m)": round(float(row["distance_m"]), 0),
            "Location uncertainty (m)": row["uncertainty_m"],
            "Inside the perimeter": row.get("breach"),
            "Source": row["source"],
            "Status": row["status"],
        }
        st.dataframe(
            pd.DataFrame({"Field": list(details), "Value": [str(v) if pd.notna(v) else "" for v in details.values()]}),
            hide_index=True,
            key="selected_details",
        )
        st.markdown("**Evidence**")
        st.text(str(row["sentence"]) if pd.notna(row["sentence"]) else "no evidence sentence recorded")
        if store_path and source_kind == "Incident store":
            st.markdown("**Review history**")
            try:
                trail, _ = review.incident_history(store_path, str(row["event_id"]))
            except Exception as exc:  # the store changed or went away since it was read
                st.error(f"Could not read the review history: {plain(exc)}")
            else:
                cols = ["at", "analyst", "action", "before", "after", "reason"]
                st.dataframe(for_display(trail[cols]), hide_index=True, key="trail")


st.subheader("Alerts")
if alert_table.empty:
    st.success(f"No incident inside the perimeter or within {first_band} of it.")
else:
    st.caption("'possibly' = the location is too uncertain to say; only part of its uncertainty area is that close.")
    st.dataframe(for_display(alert_table), hide_index=True, key="alerts_table")

if store_path and source_kind == "Incident store" and incidents is not None:
    st.subheader("Review")
    if "review_message" in st.session_state:
        st.success(plain(st.session_state.pop("review_message")))  # names an analyst and a reason: text
    st.dataframe(for_display(review.status_counts(incidents).to_frame().T), hide_index=True, key="status_counts")
    ids = list(incidents["event_id"])
    with st.form("review_form", clear_on_submit=True):
        event_id = st.selectbox("Incident", ids, index=ids.index(clicked) if clicked in ids else 0, key="review_event")
        new_status = st.selectbox("New status", list(STATUSES), key="review_status")
        analyst = st.text_input("Analyst", key="review_analyst")
        reason = st.text_input("Reason", key="review_reason")
        if st.form_submit_button("Change status"):
            try:
                st.session_state["review_message"] = review.change_status(
                    store_path, str(event_id), new_status, analyst, reason
                )
            except (ValueError, KeyError, FileNotFoundError, StoreError) as exc:
                st.error(plain(str(exc).strip("'\"")))
            except Exception as exc:  # a full disk, a file gone: say so, keep the page
                st.error(f"The status could not be changed: {plain(exc)}")
            else:
                st.rerun()  # redraw the map and tables with the new status
    st.subheader("Recent alerts from the store")
    try:
        recent = review.recent_alerts(store_path, limit=20)
    except Exception as exc:  # the store changed or went away since it was read
        st.error(f"Could not read the store's alerts: {plain(exc)}")
    else:
        if recent.empty:
            st.caption("No alert stored yet (geoincidents watch --rules stores them).")
        else:
            st.dataframe(for_display(recent), hide_index=True, key="recent_alerts")

# ---- table, timeline, downloads -----------------------------------------------------------------
if shown is not None and len(shown):
    st.subheader("Incidents by distance to the perimeter")
    st.dataframe(for_display(analysis.distance_table(shown)), hide_index=True, key="distance_table")
    st.subheader("Incidents per day by type")
    counts = analysis.timeline_counts(shown)
    if counts.empty:
        st.caption("No dated incidents.")
    else:
        counts.index = counts.index.strftime("%Y-%m-%d")  # one bar per day, labelled by date
        st.bar_chart(
            counts, stack=True, color=[event_color(t) for t in counts.columns], x_label="Day", y_label="Incidents"
        )
    st.subheader("Downloads")
    d1, d2, d3 = st.columns(3)
    d1.download_button(
        "GeoJSON layers (zip)",
        partial(  # built when clicked, not on every re-run
            analysis.layers_zip_bytes, shown, perimeter=cfg.perimeter, bands_m=cfg.bands, gazetteer=cfg.gazetteer
        ),
        file_name="geoincidents_layers.zip",
        mime="application/zip",
        key="dl_layers",
    )
    d2.download_button(
        "Incidents (CSV)",
        partial(analysis.incidents_file_bytes, shown, "csv"),
        file_name="incidents.csv",
        mime="text/csv",
        key="dl_csv",
    )
    d3.download_button(
        "Incidents (GeoPackage)",
        partial(analysis.incidents_file_bytes, shown, "gpkg"),
        file_name="incidents.gpkg",
        mime="application/geopackage+sqlite3",
        key="dl_gpkg",
    )
elif incidents is not None:
    st.warning("No incident passes the filters.")
