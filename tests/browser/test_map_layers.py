"""The map's layer order in a real headless Chromium, network blocked: the perimeter stays above the
incidents and the density layer (clicking its edge where incidents crowd it opens the perimeter's popup),
yet an incident inside the perimeter can still be clicked; the density hexagons draw and explain themselves.

Screenshots go to ``artifacts/`` (look at them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from geoincidents.gazetteer.load import perimeter_feature
from geoincidents.maps.build import build_map, save_map
from geoincidents.maps.style import PANES
from geoincidents.ui.views import prepare_incidents

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
LOCAL = ("file:", "data:", "blob:", "about:")


def _crowded_perimeter(n_edge: int, n_spread: int) -> tuple[gpd.GeoDataFrame, tuple[float, float], tuple[float, float]]:
    """Incidents on the perimeter's edge and spread around it, plus one deep inside.

    Returns the incidents, a (lon, lat) on the edge where an incident sits, and the inside one's (lon, lat).
    """
    zone = perimeter_feature("green_zone").geometry
    ring = zone.exterior
    edge = [ring.interpolate(f, normalized=True) for f in np.linspace(0, 1, n_edge, endpoint=False)]
    rng = np.random.default_rng(12)
    inside = zone.buffer(-0.004).representative_point()  # ~400 m from the edge
    spread = [
        shapely.Point(x, y)
        for x, y in zip(
            44.39 + rng.normal(0, 0.01, 3 * n_spread), 33.305 + rng.normal(0, 0.01, 3 * n_spread), strict=True
        )
    ]
    spread = [p for p in spread if ring.distance(p) > 0.001][:n_spread]  # none on the edge (~100 m off)
    lon = [p.x for p in edge] + [p.x for p in spread] + [inside.x]
    lat = [p.y for p in edge] + [p.y for p in spread] + [inside.y]
    n = len(lon)
    frame = gpd.GeoDataFrame(
        {
            "event_id": [f"edge-{i}" for i in range(n_edge)] + [f"spread-{i}" for i in range(n_spread)] + ["deep"],
            "event_type": rng.choice(["Protests", "Riots", "Battles"], n),
            "event_date": pd.Timestamp("2022-08-01") + pd.to_timedelta(rng.integers(0, 3, n), unit="D"),
            "uncertainty_m": 10.0,
        },
        geometry=gpd.points_from_xy(lon, lat),
        crs=4326,
    )
    return prepare_incidents(frame), (edge[5].x, edge[5].y), (inside.x, inside.y)


def _set_view(page: Any, map_name: str, lonlat: tuple[float, float], zoom: int) -> None:
    """Centre the Leaflet map ``map_name`` on (lon, lat) at ``zoom``, without animation.

    The page fits the map to its incidents once it has loaded; the view is set again until it holds on
    two checks in a row, so that fit cannot undo it after the test has set it.
    """
    page.wait_for_function(
        """([name, lat, lon, zoom]) => {
            const map = window[name];
            const held = map.getZoom() === zoom && map.getCenter().distanceTo([lat, lon]) < 1;
            if (held && window.__giViewHeld) { return true; }
            window.__giViewHeld = held;
            if (!held) { map.setView([lat, lon], zoom, {animate: false}); }
            return false;
        }""",
        arg=[map_name, lonlat[1], lonlat[0], zoom],
        polling=100,
    )


def _screen_point(page: Any, map_name: str, lon: float, lat: float) -> tuple[float, float]:
    """Page coordinates of (lon, lat) on the Leaflet map ``map_name``, every popup closed and gone.

    Leaflet fades a closed popup out and takes it off the page 200 ms later: wait for that, so the next
    popup found is the next click's.
    """
    x, y = page.evaluate(
        """([name, lat, lon]) => {
            const map = window[name];
            map.closePopup();
            const p = map.latLngToContainerPoint([lat, lon]);
            const box = map.getContainer().getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        [map_name, lat, lon],
    )
    page.wait_for_function("() => document.querySelector('.leaflet-popup') === null")
    return float(x), float(y)


def test_perimeter_is_above_incidents_and_density_yet_incidents_inside_stay_clickable(
    browser: Any, tmp_path: Path, offline_page: Any
) -> None:
    frame, on_edge, deep = _crowded_perimeter(n_edge=120, n_spread=150)  # alerts drawn one by one
    fmap = build_map(frame, tiles=None, density=True, time_slider=False)
    path = save_map(fmap, tmp_path / "layers.html")
    context, page, blocked, dialogs = offline_page(browser, LOCAL)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    name = fmap.get_name()
    page.wait_for_function(f"() => window['{name}'] !== undefined")
    _set_view(page, name, on_edge, 15)
    page.wait_for_selector("canvas.leaflet-zoom-animated")

    # the panes, as the page has them: fills, hexagons < overlays < landmarks < incidents < outlines < gates < alerts
    z = page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('.leaflet-pane')].map(
            p => [p.className.split(' ').find(c => c !== 'leaflet-pane'), Number(getComputedStyle(p).zIndex)]))"""
    )
    order = ["giAreas", "giDensity", "overlay", "giLandmarks", "giIncidents", "giOutlines", "marker", "giAlerts"]
    drawn = [z[f"leaflet-{pane}-pane"] for pane in order]
    assert drawn == sorted(drawn) and len(set(drawn)) == len(drawn), dict(zip(order, drawn, strict=True))
    assert z["leaflet-giOutlines-pane"] == PANES["giOutlines"] and z["leaflet-giDensity-pane"] == PANES["giDensity"]

    # an alert incident sits on the perimeter's edge here: it is on top, its own popup opens
    x, y = _screen_point(page, name, *on_edge)
    page.mouse.click(x, y)
    page.wait_for_selector(".gi-popup")
    assert "Incident edge-5" in page.locator(".gi-popup").inner_text()
    # with the alert incidents switched off in the layer control, the density hexagons they fall in cover
    # the edge there: the perimeter's outline is above them, and the click reaches the perimeter
    page.locator(".leaflet-control-layers-overlays label", has_text="Alert incidents").click()
    page.wait_for_function("() => document.querySelectorAll('path.gi-alert').length === 0")
    x, y = _screen_point(page, name, *on_edge)
    hit = page.evaluate("([x, y]) => document.elementFromPoint(x, y).getAttribute('stroke')", [x, y])
    assert hit == "#b03a2e"  # the perimeter's outline is the topmost thing there
    under = page.evaluate(
        "([x, y]) => document.elementsFromPoint(x, y).map(e => e.closest('.leaflet-pane')?.className || '')", [x, y]
    )
    assert any("giDensity" in c for c in under)  # the density layer's canvas is under it
    page.mouse.click(x, y)
    page.wait_for_selector(".leaflet-popup-content")
    assert "Green Zone" in page.locator(".leaflet-popup-content").inner_text()
    assert page.locator(".gi-popup").count() == 0
    page.screenshot(path=str(ARTIFACTS / "map_perimeter_above_incidents.png"))
    page.locator(".leaflet-control-layers-overlays label", has_text="Alert incidents").click()

    # deep inside the perimeter (its fill lies under the incidents), the incident's own popup opens
    _set_view(page, name, deep, 16)
    x, y = _screen_point(page, name, *deep)
    page.mouse.click(x, y)
    page.wait_for_selector(".gi-popup")
    assert "Incident deep" in page.locator(".gi-popup").inner_text()
    assert errors == [] and dialogs == [] and blocked == []
    context.close()


def test_density_layer_draws_hexagons_with_counts_offline(browser: Any, tmp_path: Path, offline_page: Any) -> None:
    rng = np.random.default_rng(4)
    n = 8000
    lon = 44.43 + rng.normal(0, 0.012, n)  # a crowd east of the perimeter, in Rusafa
    lat = 33.33 + rng.normal(0, 0.012, n)
    frame = gpd.GeoDataFrame(
        {"event_type": rng.choice(["Protests", "Riots"], n), "geo_precision": 1},
        geometry=gpd.points_from_xy(lon, lat),
        crs=4326,
    )
    fmap = build_map(prepare_incidents(frame), tiles=None)  # beyond CLUSTER_MAX: density by default
    layer = next(c.get_name() for c in fmap._children.values() if type(c).__name__ == "DensityLayer")
    path = save_map(fmap, tmp_path / "density.html")
    context, page, blocked, dialogs = offline_page(browser, LOCAL)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    page.wait_for_function(f"() => window['{layer}'] && window['{layer}'].giDrawn === true")
    cells = page.evaluate(
        f"""() => {{
            const group = window['{layer}'];
            const level = group.getLayers()[0];
            return level.getLayers().map(c => [c.getBounds().getCenter().lat, c.getBounds().getCenter().lng]);
        }}"""
    )
    assert len(cells) > 5
    # the densest hexagon's tooltip counts its incidents by type
    x, y = page.evaluate(
        f"""() => {{
            const group = window['{layer}'], map = group._map;
            const cells = group.getLayers()[0].getLayers();
            const best = cells.reduce((a, b) => (a.options.fillOpacity >= b.options.fillOpacity ? a : b));
            const p = map.latLngToContainerPoint(best.getBounds().getCenter());
            const box = map.getContainer().getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }}"""
    )
    page.mouse.move(x, y)
    page.wait_for_selector(".gi-density-tip")
    tip = page.locator(".gi-density-tip").inner_text()
    assert "incidents in this" in tip and "per km" in tip and ("Protests" in tip or "Riots" in tip)
    assert page.locator("path.gi-incident").count() == 0  # the points are off in the layer control
    page.screenshot(path=str(ARTIFACTS / "map_density.png"))
    assert errors == [] and dialogs == [] and blocked == []
    context.close()
