"""Streamlit app for analysts (placeholder until the app issue lands): draws the bundled gazetteer."""

from __future__ import annotations

import streamlit as st

from geoincidents import check_proximity, load_gazetteer, load_sample_incidents

st.set_page_config(page_title="geoincidents", layout="wide")
st.title("geoincidents: Baghdad Green Zone")
try:
    gazetteer = load_gazetteer()
except Exception as exc:  # no traceback reaches the user
    st.error(f"Could not load the gazetteer: {exc}")
    st.stop()
st.caption(f"{len(gazetteer)} landmarks in the bundled gazetteer")
points = gazetteer.copy()
points["geometry"] = points.geometry.representative_point()
st.map(points.assign(lat=points.geometry.y, lon=points.geometry.x)[["lat", "lon"]])
st.dataframe(
    points.drop(columns="geometry").assign(aliases=points["aliases"].map(", ".join)),
    hide_index=True,
)
incidents = check_proximity(load_sample_incidents())
st.subheader("Sample incidents")
st.dataframe(incidents.drop(columns="geometry"), hide_index=True)
