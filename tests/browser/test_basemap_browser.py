"""Local base maps and the context layer in a real headless Chromium with every non-local request blocked:
the tiles of a PMTiles or MBTiles file the test made itself are drawn (the colour of a screen pixel), and an
offline map without tiles shows the Tigris and the district names.

Screenshots go to ``artifacts/`` (look at them).
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from _tiles import write_raster_mbtiles, write_raster_pmtiles, write_vector_pmtiles

from geoincidents.maps.build import build_map, save_map
from geoincidents.schema import load_sample_incidents
from geoincidents.ui.views import prepare_incidents

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
LOCAL = ("file:", "data:", "blob:", "about:")

# True when a loaded base-map tile image covers the spot (tiles take no pointer events: found by their boxes).
_TILE_AT = """([x, y]) => Array.from(document.querySelectorAll(".leaflet-tile-pane .leaflet-tile-loaded"))
  .some((el) => {
    const r = el.getBoundingClientRect();
    const drawn = el.tagName === "CANVAS" || (el.complete && el.naturalWidth > 0);
    return drawn && r.left <= x && x < r.right && r.top <= y && y < r.bottom;
  })"""


def _spot(page: Any) -> tuple[int, int]:
    """A screen point near the map's left edge, below the zoom buttons and above the time slider: outside the
    perimeter's distance bands (nothing is drawn over the base map there) and inside the test archives."""
    point = page.evaluate(
        """() => {
          const map = Object.values(window).find((v) => v instanceof L.Map);
          const box = map.getContainer().getBoundingClientRect();
          return [Math.round(box.left + 30), Math.round(box.top + box.height * 0.6)];
        }"""
    )
    return int(point[0]), int(point[1])


def _pixel(page: Any, x: int, y: int) -> tuple[int, int, int]:
    """The colour of one screen pixel (a 1x1 PNG screenshot: its one row is the pixel, whatever the filter)."""
    png = page.screenshot(clip={"x": x, "y": y, "width": 1, "height": 1})
    pos, idat = 8, b""
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind = png[pos + 4 : pos + 8]
        if kind == b"IHDR":
            colour_type = png[pos + 8 + 9]
        if kind == b"IDAT":
            idat += png[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    assert colour_type in (2, 6), colour_type
    return raw[1], raw[2], raw[3]


def _open(browser: Any, offline_page: Any, path: Path) -> tuple[Any, Any, list[str], list[str]]:
    context, page, blocked, _dialogs = offline_page(browser, LOCAL)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(path.as_uri())
    page.wait_for_selector(".leaflet-control-layers")
    return context, page, blocked, errors


@pytest.mark.parametrize(
    ("kind", "rgb"),
    # protomaps-leaflet's "light" style paints the Protomaps "water" layer #80deea
    [("pmtiles", (255, 0, 255)), ("mbtiles", (0, 170, 0)), ("vector", (0x80, 0xDE, 0xEA))],
)
def test_a_saved_map_draws_its_local_base_map_offline(
    browser: Any, tmp_path: Path, offline_page: Any, kind: str, rgb: tuple[int, int, int]
) -> None:
    if kind == "vector":
        src = write_vector_pmtiles(tmp_path / "base.pmtiles", "water", attribution="Test tiles by geoincidents")
    else:
        writer = write_raster_pmtiles if kind == "pmtiles" else write_raster_mbtiles
        src = writer(tmp_path / f"base.{kind}", rgb, attribution="Test tiles by geoincidents")
    incidents = prepare_incidents(load_sample_incidents(), id_prefix="sample")
    path = save_map(build_map(incidents, tiles=None, basemap=src), tmp_path / "map.html")
    context, page, blocked, errors = _open(browser, offline_page, path)
    x, y = _spot(page)
    page.wait_for_function(_TILE_AT, arg=[x, y])
    page.screenshot(path=str(ARTIFACTS / f"basemap_{kind}_offline.png"))
    r, g, b = _pixel(page, x, y)
    assert abs(r - rgb[0]) <= 8 and abs(g - rgb[1]) <= 8 and abs(b - rgb[2]) <= 8, (r, g, b)
    # the layers are drawn over it, and its credit is the archive's own
    assert page.locator("path.gi-incident").count() == len(incidents)
    assert "Test tiles by geoincidents" in page.locator(".leaflet-control-attribution").inner_text()
    assert page.locator(".leaflet-control-layers-base label", has_text="Base map").count() == 1
    assert page.locator(".gi-context-label").count() == 0  # the context layer starts off over a base map
    assert blocked == [] and errors == []
    context.close()


def test_an_offline_map_without_tiles_shows_the_river_and_district_names(
    browser: Any, tmp_path: Path, offline_page: Any
) -> None:
    incidents = prepare_incidents(load_sample_incidents(), id_prefix="sample")
    path = save_map(build_map(incidents, tiles=None), tmp_path / "map.html")
    context, page, blocked, errors = _open(browser, offline_page, path)
    page.wait_for_selector("path.gi-context-water")
    labels = page.locator(".gi-context-label").all_inner_texts()
    assert any("Karrada" in t and "الكرادة" in t for t in labels)
    assert any("Tigris" in t for t in labels)
    # the water is below the perimeter and the incidents: its pane sits under the overlay pane
    z = page.evaluate(
        """() => ["giContext", "giContextLabels", "overlayPane", "giIncidents"].map((name) => {
          const pane = Object.values(window).find((v) => v instanceof L.Map).getPane(name);
          return pane ? parseInt(getComputedStyle(pane).zIndex, 10) : null;
        })"""
    )
    assert z[0] < z[1] < z[2] < z[3], z
    # labels take no clicks: an incident under a label still opens its popup
    assert page.evaluate("() => getComputedStyle(document.querySelector('.leaflet-giContextLabels-pane'))"
                         ".pointerEvents") == "none"  # fmt: skip
    credit = page.locator(".leaflet-control-attribution").inner_text()
    assert "Context" in credit and "OpenStreetMap" not in credit
    page.screenshot(path=str(ARTIFACTS / "context_layer_offline.png"))
    # switching the layer off in the layer control removes the water and the labels
    page.locator(".leaflet-control-layers-overlays label", has_text="Context").locator("input").uncheck()
    assert page.locator("path.gi-context-water").count() == 0 and page.locator(".gi-context-label").count() == 0
    assert blocked == [] and errors == []
    context.close()


# The map component's frame (the only one), once a loaded base-map tile covers the point 30 px from its left
# edge at 60% of its height; returns that point in page coordinates, else null.
_APP_TILE_SPOT = """(sel) => {
  const frames = document.querySelectorAll(sel);
  if (frames.length !== 1 || !frames[0].contentDocument) return null;
  const doc = frames[0].contentDocument, outer = frames[0].getBoundingClientRect();
  const map = doc.querySelector(".leaflet-container");
  if (!map) return null;
  const box = map.getBoundingClientRect(), x = box.left + 30, y = box.top + box.height * 0.6;
  const covered = Array.from(doc.querySelectorAll(".leaflet-tile-pane img.leaflet-tile-loaded")).some((el) => {
    const r = el.getBoundingClientRect();
    return el.complete && el.naturalWidth > 0 && r.left <= x && x < r.right && r.top <= y && y < r.bottom;
  });
  return covered ? [Math.round(outer.left + x), Math.round(outer.top + y)] : null;
}"""


def test_the_app_draws_a_base_map_file_named_in_its_sidebar(
    browser: Any, app_url: str, tmp_path: Path, offline_page: Any
) -> None:
    src = write_raster_pmtiles(tmp_path / "app.pmtiles", (255, 0, 255), attribution="App test tiles")
    context, page, blocked, _dialogs = offline_page(browser, (app_url, "data:", "blob:", "about:"))
    page.goto(app_url)
    field = page.get_by_role("textbox", name="Local base map file (PMTiles or MBTiles)")
    field.fill(str(src))
    field.press("Enter")
    spot = page.wait_for_function(_APP_TILE_SPOT, arg='iframe[title="streamlit_folium.st_folium"]', timeout=90000)
    x, y = spot.json_value()
    page.screenshot(path=str(ARTIFACTS / "app_basemap_offline.png"))
    r, g, b = _pixel(page, int(x), int(y))
    assert abs(r - 255) <= 8 and g <= 8 and abs(b - 255) <= 8, (r, g, b)
    assert not [u for u in blocked if not u.startswith(app_url)], blocked[:5]
    context.close()
