"""The steps build_map is made of, each on its own: the data every layer draws and the legend."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from geoincidents._crs import BAGHDAD_UTM, WGS84, project_geometry
from geoincidents.maps import _text
from geoincidents.maps.build import (
    IMPRECISE_M,
    IncidentPoints,
    incident_columns,
    legend_parts,
    movement_tracks,
    uncertainty_circles,
)
from geoincidents.maps.style import EVENT_COLORS, OTHER_COLOR, OTHER_LABEL, POPUP_LABELS
from geoincidents.proximity.certainty import GEO_PRECISION_UNCERTAINTY_M


def _points(**columns: list[object]) -> IncidentPoints:
    n = len(next(iter(columns.values())))
    frame = gpd.GeoDataFrame(
        columns, geometry=gpd.points_from_xy([44.38 + 0.001 * i for i in range(n)], [33.30] * n), crs=4326
    )
    return IncidentPoints.of(frame)


def test_points_carry_colour_and_day_per_row() -> None:
    pts = _points(
        event_type=["Protests", "Nonsense", None],
        event_date=[pd.Timestamp("2022-08-29 14:30"), None, pd.Timestamp("2022-08-30")],
    )
    assert len(pts) == 3
    assert pts.colors.tolist() == [EVENT_COLORS["Protests"], OTHER_COLOR, OTHER_COLOR]
    assert pts.days.tolist() == ["2022-08-29", None, "2022-08-30"]
    assert pts.lon[1] == pytest.approx(44.381) and pts.lat[1] == pytest.approx(33.30)


def test_incident_columns_escape_and_label_every_popup_row() -> None:
    pts = _points(
        event_id=["e1", "e2"],
        event_type=["Riots", None],
        actor1=["<b>crowd</b>", None],
        fatalities=[2, None],
        injuries=[0, None],
        status=["verified", "made-up"],
        sentence=["said `${x}`", None],
    )
    cols = incident_columns(pts)
    # one column per popup row between the title (p0) and the evidence (last)
    assert {f"p{k}" for k in range(len(POPUP_LABELS) + 2)} <= set(cols)
    assert cols["p0"] == ["e1", "e2"]
    assert cols["p3"] == ["&lt;b&gt;crowd&lt;/b&gt;", "not reported"]
    assert cols["p4"] == ["2 killed, 0 injured", "not reported killed, not reported injured"]
    assert cols["p9"] == ["said &#96;&#36;&#123;x&#125;&#96;", ""]
    assert cols["status"] == ["verified", "unverified"]  # an unknown status is drawn as unverified
    assert cols["p2"] == ["Riots", "unknown type"]


def test_uncertainty_circles_only_for_imprecise_locations() -> None:
    pts = _points(
        uncertainty_m=[50.0, IMPRECISE_M, 100.0, np.nan, 0.0],
        geo_precision=[1, 1, 2, 3, 3],
        event_date=[pd.Timestamp("2022-08-29")] * 5,
    )
    circles = uncertainty_circles(pts)
    # precise and small: none; at the threshold: drawn; small but vague (geo_precision 2): drawn; no
    # stated radius: the one from geo_precision (the certainty policy); a stated zero: nothing to draw
    assert [c["radius"] for c in circles] == [IMPRECISE_M, 100.0, GEO_PRECISION_UNCERTAINTY_M[3]]
    assert all(c["kind"] == "circle" and c["day"] == "2022-08-29" for c in circles)
    assert circles[0]["lon"] == pytest.approx(44.381)


def test_movement_tracks_from_landmark_or_coordinates(gazetteer: gpd.GeoDataFrame) -> None:
    pts = _points(
        origin_landmark_id=["sit_in_2021_jadriya", None, "no_such_landmark", None],
        origin_longitude=[None, 44.37, None, None],
        origin_latitude=[None, 33.29, None, None],
        actor1=["<i>Fatah</i>", None, None, None],
    )
    tracks = movement_tracks(pts, gazetteer)
    assert len(tracks) == 2  # an unknown origin landmark and no origin at all draw nothing
    sit_in = gazetteer.set_index("landmark_id").loc["sit_in_2021_jadriya"].geometry.representative_point()
    first, second = tracks
    assert first["line"][0] == [round(sit_in.y, 7), round(sit_in.x, 7)]  # [lat, lon]
    assert first["line"][1] == [33.30, 44.38]
    # the origin by its gazetteer name, not its id
    assert first["tooltip"].startswith("Movement of &lt;i&gt;Fatah&lt;/i&gt; from Election-results sit-in, Jadriya")
    assert second["line"][0] == [33.29, 44.37]
    assert "from the reported origin" in second["tooltip"]
    # the arrow head: two barbs at the incident, each within 150 m of it
    head = second["head"]
    assert len(head) == 3 and head[1] == second["line"][1]
    tip = project_geometry(shapely.Point(head[1][1], head[1][0]), WGS84, BAGHDAD_UTM)
    for lat, lon in (head[0], head[2]):
        assert 0 < project_geometry(shapely.Point(lon, lat), WGS84, BAGHDAD_UTM).distance(tip) <= 150.5


def test_legend_counts_types_and_explains_symbols() -> None:
    frame = gpd.GeoDataFrame(
        {"event_type": ["Riots", "Protests", "Riots", "odd", None], "status": ["verified"] + ["unverified"] * 4},
        geometry=gpd.points_from_xy([44.38] * 5, [33.30] * 5),
        crs=4326,
    )
    entries, extra = legend_parts(frame, (250.0, 1000.0))
    # ACLED's order, then the other types together, naming the type nothing maps
    assert entries == [
        ("Protests", EVENT_COLORS["Protests"], 1),
        ("Riots", EVENT_COLORS["Riots"], 2),
        (f"{OTHER_LABEL}: odd", OTHER_COLOR, 2),
    ]
    assert "rings at 250, 1000 m" in extra[0]
    assert any("outline" in x for x in extra)
    entries, extra = legend_parts(frame.assign(status="unverified"), (250.0,))
    assert not any("outline" in x for x in extra)
    entries, extra = legend_parts(None, (250.0,))
    assert entries == [] and extra[-1] == "no incidents to show" and "rings at 250 m" in extra[0]


def test_text_helpers_treat_blank_as_unknown() -> None:
    assert not _text.present("  ") and not _text.present(pd.NA) and not _text.present(float("nan"))
    assert _text.present(0) and _text.present("x")
    assert _text.format_int(None) == "not reported" and _text.format_int(3.0) == "3"
    assert _text.format_date(pd.Timestamp("2022-08-29 14:30:10")) == "2022-08-29 14:30"
    assert _text.format_date(pd.Timestamp("2022-08-29")) == "2022-08-29"
    frame = pd.DataFrame(
        {"distance_m": [-12.0, 300.4, np.nan], "uncertainty_m": [0, 250, 10], "breach": ["possible", None, None]}
    )
    assert _text.distance_texts(frame) == [
        "inside, 12 m from the edge; inside the perimeter: possible",
        "300 m outside (location ± 250 m)",
        "unknown (no location)",
    ]
