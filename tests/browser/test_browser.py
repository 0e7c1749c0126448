"""The map and the app in a real headless Chromium, with every non-local request blocked.

Screenshots go to ``artifacts/`` (look at them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from geoincidents.io.incidents import write_incidents
from geoincidents.maps.build import build_map, save_map
from geoincidents.schema import load_sample_incidents
from geoincidents.ui.views import alerts, prepare_incidents

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
SEED = ROOT / "data" / "reports" / "000_a1c6e357c0dae756.txt"
HOSTILE = ["<img src=x onerror=alert(1)>", "`${alert(1)}`", "\\x3cscript\\x3ealert(2)", "\"'><svg onload=alert(3)>"]
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
# tooltips name landmarks by their gazetteer name (gate_14_july_bridge)
GATE_14_JULY = "Green Zone entrance at the 14th of July (Suspension) Bridge"


def _sample_with_track() -> Any:
    inc = prepare_incidents(load_sample_incidents(), id_prefix="sample")
    inc["origin_landmark_id"] = pd.array([None] * len(inc), dtype="string")
    at_gate = inc.index[inc["landmark_id"] == "gate_14_july_bridge"][0]
    inc.loc[at_gate, "relation"] = "towards"
    inc.loc[at_gate, "origin_landmark_id"] = "sit_in_2021_jadriya"
    return inc


def test_saved_map_draws_every_layer_with_network_blocked(browser: Any, tmp_path: Path, offline_page: Any) -> None:
    inc = _sample_with_track()
    path = save_map(build_map(inc), tmp_path / "map.html")
    context, page, blocked, dialogs = offline_page(browser, ("file:", "data:", "blob:", "about:"))
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    page.wait_for_selector("path.gi-incident")
    assert page.locator("path.gi-incident").count() == len(inc)
    assert page.locator("path.gi-uncertainty").count() == int((inc["uncertainty_m"] >= 500).sum())
    assert page.locator("path.gi-track").count() == 1
    assert page.locator("path.gi-bridge").count() >= 5
    assert page.locator('path[stroke="#b03a2e"][stroke-width="3"]').count() == 1  # the perimeter
    assert page.locator(".awesome-marker").count() >= 20  # gates, sit-ins, buildings, squares
    assert page.locator(".leaflet-control-layers-overlays label").count() >= 9
    assert page.locator(".leaflet-control-minimap").count() == 1
    assert page.locator(".gi-timeslider").count() == 1
    # the only blocked requests are base tiles, which are optional
    assert all("{z}" not in u and "tile." in u for u in blocked), blocked[:5]
    # Font Awesome icons are drawn from the inlined font (a glyph has width)
    assert page.locator(".awesome-marker i.fa").first.bounding_box()["width"] > 0
    # popups open with escaped evidence
    page.locator("path.gi-incident").first.click(force=True)
    page.wait_for_selector(".gi-popup")
    assert "Distance to perimeter" in page.locator(".gi-popup").inner_text()
    page.screenshot(path=str(ARTIFACTS / "saved_map_offline.png"))
    # the time slider filters the incidents: first day only
    page.locator(".gi-time-range").fill("0")
    page.locator(".gi-time-range").dispatch_event("input")
    assert page.locator("path.gi-incident").count() == 1
    assert errors == [] and dialogs == []
    context.close()


def _map_frame(page: Any, n_incidents: int) -> Any:
    """The map component's frame once it is the only one and draws ``n_incidents`` incident markers.

    A Streamlit rerun that changes the map briefly shows the old and the new component together.
    """
    page.wait_for_function(
        """([sel, n]) => {
            const frames = document.querySelectorAll(sel);
            if (frames.length !== 1) return false;
            const doc = frames[0].contentDocument;
            return !!doc && doc.querySelectorAll("path.gi-incident").length === n;
        }""",
        arg=[MAP_IFRAME, n_incidents],
        timeout=60000,
    )
    return page.frame_locator(MAP_IFRAME)


def _incident_tooltips(page: Any) -> list[str]:
    """Tooltip texts of the incident markers drawn in the app's map."""
    handle = page.locator(MAP_IFRAME).element_handle()
    frame = handle.content_frame()
    return list(
        frame.evaluate(
            """() => Object.values(window.map._layers)
                .filter(l => l.options && String(l.options.className).split(" ").includes("gi-incident")
                    && l.getTooltip())
                .map(l => String(l.getTooltip().getContent()))"""
        )
    )


def test_large_saved_map_clusters_without_errors(browser: Any, tmp_path: Path, offline_page: Any) -> None:
    rng = np.random.default_rng(3)
    n = 1500
    frame = gpd.GeoDataFrame(
        {
            "event_type": rng.choice(["Protests", "Riots", "Battles"], n),
            "event_date": pd.Timestamp("2022-08-01") + pd.to_timedelta(rng.integers(0, 10, n), unit="D"),
            "geo_precision": rng.integers(1, 3, n),
        },
        geometry=gpd.points_from_xy(44.39 + rng.normal(0, 0.02, n), 33.305 + rng.normal(0, 0.02, n)),
        crs=4326,
    )
    path = save_map(build_map(prepare_incidents(frame), tiles=None, max_markers=300), tmp_path / "large.html")
    context, page, blocked, dialogs = offline_page(browser, ("file:", "data:", "blob:", "about:"))
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    page.wait_for_selector(".marker-cluster")
    counts = page.locator(".marker-cluster span").all_inner_texts()
    singles = page.locator("path.gi-incident").count()
    assert sum(int(c) for c in counts) + singles == n  # every incident is in a cluster or drawn alone
    assert page.locator("path.gi-uncertainty").count() == 0  # off by default for large sets
    # the heat map is in the layer control, off by default (it hid the perimeter and the markers)
    assert page.locator(".gi-timeslider").count() == 1 and page.locator(".leaflet-heatmap-layer").count() == 0
    page.screenshot(path=str(ARTIFACTS / "large_map_offline.png"))
    assert errors == [] and dialogs == [] and blocked == []
    context.close()


def _open_app(page: Any, url: str, n_incidents: int) -> Any:
    page.goto(url)
    return _map_frame(page, n_incidents)


def test_app_map_renders_offline_with_perimeter_and_markers(browser: Any, app_url: str, offline_page: Any) -> None:
    context, page, blocked, dialogs = offline_page(browser, (app_url, "data:", "blob:", "about:"))
    expected = len(load_sample_incidents())
    frame = _open_app(page, app_url, expected)
    assert frame.locator("path.gi-incident").count() == expected
    assert frame.locator('path[stroke="#b03a2e"][stroke-width="3"]').count() == 1
    assert frame.locator(".awesome-marker").count() >= 20
    assert frame.locator(".leaflet-control-layers").count() == 1
    tips = _incident_tooltips(page)
    assert sum(GATE_14_JULY in t for t in tips) == 1, tips
    # clicking an incident shows its details and evidence next to the map
    frame.locator("path.gi-incident").first.click(force=True)
    page.get_by_text("Evidence", exact=True).wait_for(timeout=30000)
    page.screenshot(path=str(ARTIFACTS / "app.png"), full_page=True)
    # offline by default: the app asks nothing of any other server, base tiles included
    assert not [u for u in blocked if not u.startswith(app_url)], blocked[:5]
    assert dialogs == []
    context.close()


def test_app_hostile_upload_stays_text(browser: Any, app_url: str, tmp_path: Path, offline_page: Any) -> None:
    inc = prepare_incidents(load_sample_incidents(), id_prefix="sample")
    inc["sentence"] = pd.array([f"evidence {h}" for h in HOSTILE[: len(inc)]], dtype="string")
    inc["source"] = pd.array([HOSTILE[-1]] * len(inc), dtype="string")
    inc["actor1"] = pd.array([HOSTILE[0]] * len(inc), dtype="string")
    upload = write_incidents(inc.drop(columns=["band", "breach", "inside"]), tmp_path / "hostile.csv")
    context, page, _blocked, dialogs = offline_page(browser, (app_url, "data:", "blob:", "about:"))
    _open_app(page, app_url, len(inc))
    old_map = page.locator(MAP_IFRAME).element_handle()
    page.get_by_text("Upload a file").click()
    page.locator('input[type="file"]').set_input_files(str(upload))
    page.get_by_text("all 3 row(s) accepted").wait_for(timeout=30000)
    page.wait_for_function("e => !e.isConnected", arg=old_map, timeout=60000)  # the sample's map is gone
    frame = _map_frame(page, len(inc))
    marker = frame.locator("path.gi-incident").first
    marker.wait_for(state="visible", timeout=30000)
    marker.click(force=True)
    popup = frame.locator(".gi-popup")
    popup.wait_for()
    text = popup.inner_text()
    assert "<img src=x onerror=alert(1)>" in text  # shown as text
    assert popup.locator("img, svg, script").count() == 0
    page.screenshot(path=str(ARTIFACTS / "app_hostile.png"), full_page=True)
    assert dialogs == []
    context.close()


def test_app_paste_seed_report_lands_at_the_suspension_bridge_gate(
    browser: Any, app_url: str, offline_page: Any
) -> None:
    context, page, _blocked, dialogs = offline_page(browser, (app_url, "data:", "blob:", "about:"))
    before = len(load_sample_incidents())
    _open_app(page, app_url, before)
    old_map = page.locator(MAP_IFRAME).element_handle()
    page.get_by_text("Paste a report").click()
    page.get_by_label("Report text").fill(SEED.read_text(encoding="utf-8"))
    page.get_by_label("Source").fill("Shafaq News")
    page.get_by_role("button", name="Extract incidents").click()
    page.get_by_text("incident(s) extracted").wait_for(timeout=60000)
    page.wait_for_function("e => !e.isConnected", arg=old_map, timeout=60000)
    page.wait_for_function(
        """([sel, n]) => {
            const frames = document.querySelectorAll(sel);
            return frames.length === 1 && !!frames[0].contentDocument &&
                frames[0].contentDocument.querySelectorAll("path.gi-incident").length > n;
        }""",
        arg=[MAP_IFRAME, before],
        timeout=60000,
    )
    after = _incident_tooltips(page)
    assert len(after) > before
    # the seed report's march lands at the suspension-bridge (14 July bridge) gate
    assert sum(GATE_14_JULY in t for t in after) >= 2, after
    page.screenshot(path=str(ARTIFACTS / "app_pasted.png"), full_page=True)
    assert dialogs == []
    context.close()


HOSTILE_REPORT = (
    "Protesters <img src=x onerror=alert(1)> storm gate\n"
    "On Saturday, demonstrators shouting `${alert(1)}` and <script>alert(2)</script> reached the first wall "
    "of the suspension bridge, one of the entrances to the Green Zone, a security source told Shafaq News. "
    '\\"quoted\\" \\x3cimg src=x onerror=alert(5)\\x3e'
)


def test_app_pasted_report_with_script_payloads_stays_text(browser: Any, app_url: str, offline_page: Any) -> None:
    context, page, _blocked, dialogs = offline_page(browser, (app_url, "data:", "blob:", "about:"))
    _open_app(page, app_url, len(load_sample_incidents()))
    page.get_by_text("Upload a file").click()  # no file: only the pasted report's incidents are shown
    page.get_by_text("Choose a CSV, GeoJSON or GeoPackage file").wait_for()
    page.get_by_text("Paste a report").click()
    page.get_by_label("Report text").fill(HOSTILE_REPORT)
    page.get_by_label("Source").fill("<img src=x onerror=alert(3)> `${alert(4)}`")
    page.get_by_role("button", name="Extract incidents").click()
    page.get_by_text("1 incident(s) extracted").wait_for(timeout=60000)
    frame = _map_frame(page, 1)
    marker = frame.locator("path.gi-incident")
    marker.wait_for(state="visible", timeout=30000)
    marker.click(force=True)
    popup = frame.locator(".gi-popup")
    popup.wait_for()
    text = popup.inner_text()
    assert "`${alert(1)}` and <script>alert(2)</script> reached the first wall" in text
    assert "<img src=x onerror=alert(3)> `${alert(4)}`" in text
    assert popup.locator("img, script").count() == 0
    # the details panel next to the map shows the evidence as text too
    page.get_by_text("Evidence", exact=True).wait_for(timeout=30000)
    evidence = page.locator('[data-testid="stText"]', has_text="<script>alert(2)</script>")
    evidence.wait_for(timeout=30000)
    assert "`${alert(1)}`" in evidence.inner_text()
    assert page.locator('img[src="x"]').count() == 0
    assert frame.locator('img[src="x"]').count() == 0
    page.screenshot(path=str(ARTIFACTS / "app_hostile_paste.png"), full_page=True)
    assert dialogs == []
    context.close()


def test_very_large_saved_map_draws_on_canvas_with_escaped_popups(
    browser: Any, tmp_path: Path, offline_page: Any
) -> None:
    rng = np.random.default_rng(5)
    n = 3000
    frame = gpd.GeoDataFrame(
        {
            "event_type": rng.choice(["Protests", "Riots", "Battles"], n),
            "event_date": pd.Timestamp("2022-08-01") + pd.to_timedelta(rng.integers(0, 10, n), unit="D"),
            "sentence": [" ".join(HOSTILE)] * n,
        },
        geometry=gpd.points_from_xy(44.39 + rng.normal(0, 0.02, n), 33.305 + rng.normal(0, 0.02, n)),
        crs=4326,
    )
    frame = prepare_incidents(frame, id_prefix="big")
    # every incident drawn (no density layer); the alert incidents (near the perimeter) are their own layer
    fmap = build_map(frame, tiles=None, max_markers=300, cluster_max=1000, density=False)
    layer = next(c.get_name() for c in fmap._children.values() if type(c).__name__ == "IncidentLayer" and not c.alert)
    not_alert = ~frame["event_id"].isin(alerts(frame)["event_id"])
    n = int(not_alert.sum())
    far = int(np.argmax(frame.loc[not_alert, "distance_m"].to_numpy()))  # clear of alert markers and outlines
    path = save_map(fmap, tmp_path / "canvas.html")
    context, page, _blocked, dialogs = offline_page(browser, ("file:", "data:", "blob:", "about:"))
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    page.wait_for_function(f"() => window['{layer}'] && window['{layer}'].giDrawn === true", timeout=60000)
    assert page.locator("canvas.gi-incident-canvas").count() == 1
    assert page.locator("path.gi-incident").count() == 0  # no DOM element per incident
    assert page.evaluate(f"() => window['{layer}'].getLayers().length") == n
    # a click on a marker of the canvas opens its popup, built from the columns, hostile text as text
    x, y = page.evaluate(
        f"""() => {{
            const m = window['{layer}'].getLayers()[{far}];
            const p = m._map.latLngToContainerPoint(m.getLatLng());
            const box = m._map.getContainer().getBoundingClientRect();
            m._map.closePopup();
            return [box.left + p.x, box.top + p.y];
        }}"""
    )
    page.mouse.click(x, y)
    page.wait_for_selector(".gi-popup")
    text = page.locator(".gi-popup").inner_text()
    assert "Distance to perimeter" in text and HOSTILE[0] in text and HOSTILE[1] in text
    page.screenshot(path=str(ARTIFACTS / "canvas_map.png"))
    # the time slider filters the canvas markers too: first day only
    dates = pd.to_datetime(frame["event_date"])
    first_day = int(((dates == dates.min()) & not_alert).sum())
    page.locator(".gi-time-range").fill("0")
    page.locator(".gi-time-range").dispatch_event("input")
    assert page.evaluate(f"() => window['{layer}'].getLayers().length") == first_day
    assert errors == [] and dialogs == []
    context.close()
