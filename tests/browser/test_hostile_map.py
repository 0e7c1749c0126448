"""A map built from hostile incidents AND a hostile gazetteer, opened in headless Chromium: every popup and
tooltip is opened, no dialog appears, no payload runs, and the payloads are shown as text.

Uses the ``browser`` fixture of tests/browser/conftest.py (Debian chromium via Playwright; fails in CI
when chromium is missing).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import folium
import pandas as pd
import pytest

from geoincidents.gazetteer.load import load_gazetteer
from geoincidents.maps.assets import localize_map
from geoincidents.maps.build import build_map, save_map
from geoincidents.schema import load_sample_incidents
from geoincidents.ui.views import prepare_incidents

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Each payload, if it ever ran, would both open a dialog and bump window.__pwned.
PAYLOADS = [
    '<img src=x onerror="window.__pwned=(window.__pwned||0)+1;alert(1)">',
    "<script>window.__pwned=(window.__pwned||0)+1;alert(2)</script>",
    "`;window.__pwned=(window.__pwned||0)+1;alert(3);`",
    "${(window.__pwned=(window.__pwned||0)+1,alert(4))}",
    "\\`${alert(5)}\\`",
    '"><svg onload="window.__pwned=(window.__pwned||0)+1;alert(6)">',
    "</script><script>window.__pwned=(window.__pwned||0)+1;alert(7)</script>",
    "'-alert(8)-'",
    "\u2028alert(9)\u2029",
    '<a href="javascript:alert(10)">ساحة التحرير</a>',
]
_TEXT_COLUMNS = ("event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "location", "source",
                 "sentence", "notes", "status", "relation", "event_id")  # fmt: skip
# Opens every popup and tooltip of every layer on every Leaflet map of the page; returns what they show.
_OPEN_ALL = """() => {
  const maps = Object.values(window).filter((v) => v instanceof L.Map);
  const shown = [];
  for (const map of maps) {
    const layers = [];
    map.eachLayer((layer) => layers.push(layer));
    for (const layer of layers) {
      if (layer.getPopup && layer.getPopup()) {
        layer.openPopup(layer.getLatLng ? layer.getLatLng() : undefined);
        document.querySelectorAll(".leaflet-popup-content").forEach((el) => shown.push(el.innerHTML));
        map.closePopup();
      }
      if (layer.getTooltip && layer.getTooltip()) {
        layer.openTooltip(layer.getLatLng ? layer.getLatLng() : undefined);
        document.querySelectorAll(".leaflet-tooltip").forEach((el) => shown.push(el.innerHTML));
        layer.closeTooltip();
      }
    }
  }
  return {maps: maps.length, shown: shown};
}"""


def _hostile_incidents() -> Any:
    inc = prepare_incidents(load_sample_incidents(), id_prefix="sample")
    for j, col in enumerate(_TEXT_COLUMNS):
        inc[col] = pd.array([PAYLOADS[(i + j) % len(PAYLOADS)] for i in range(len(inc))], dtype="string")
    return inc


def _hostile_gazetteer() -> Any:
    gaz = load_gazetteer().copy()
    n = len(gaz)
    for j, col in enumerate(("name", "name_ar", "notes", "source", "derivation")):
        gaz[col] = [PAYLOADS[(i + j) % len(PAYLOADS)] for i in range(n)]
    gaz["aliases"] = [tuple(PAYLOADS[:3]) for _ in range(n)]
    return gaz


def _open_page(browser: Any, path: Path) -> tuple[Any, Any, list[str], list[str]]:
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    context.set_default_timeout(90000)  # a loaded machine; every step waits on a condition
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    page.on("dialog", on_dialog)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    return context, page, dialogs, errors


def test_the_check_catches_an_unescaped_popup(browser: Any, tmp_path: Path) -> None:
    """Control: the same check on a map that puts a payload in a popup raw does see it run."""
    fmap = folium.Map(location=[33.31, 44.39], zoom_start=14, tiles=None)
    folium.Marker([33.31, 44.39], popup=folium.Popup(PAYLOADS[0]), tooltip=folium.Tooltip("ok")).add_to(fmap)
    localize_map(fmap).save(str(tmp_path / "unsafe.html"))
    context, page, dialogs, _errors = _open_page(browser, tmp_path / "unsafe.html")
    page.wait_for_selector(".leaflet-marker-icon")
    page.evaluate(_OPEN_ALL)
    page.wait_for_function("() => window.__pwned >= 1")
    assert dialogs == ["1"]
    context.close()


def test_no_payload_runs_in_any_popup_or_tooltip(browser: Any, tmp_path: Path) -> None:
    gaz = _hostile_gazetteer()
    path = save_map(build_map(_hostile_incidents(), gazetteer=gaz, tiles=None), tmp_path / "hostile_map.html")
    context, page, dialogs, errors = _open_page(browser, path)
    page.wait_for_selector("path.gi-incident")
    result = page.evaluate(_OPEN_ALL)
    assert result["maps"] == 1
    shown: list[str] = result["shown"]
    assert len(shown) > 20, "the popups and tooltips were opened"
    text = " ".join(shown)
    # the payloads are there, as text ...
    assert "onerror=" in text and "alert(2)" in text and "ساحة التحرير" in text
    # ... never as elements or running code
    assert page.locator(".leaflet-popup-pane img, .leaflet-popup-pane svg, .leaflet-popup-pane script").count() == 0
    assert page.locator(".leaflet-tooltip-pane img, .leaflet-tooltip-pane svg, .leaflet-tooltip-pane a").count() == 0
    assert page.evaluate("() => window.__pwned === undefined")
    assert dialogs == [], dialogs
    assert errors == [], errors
    context.close()
