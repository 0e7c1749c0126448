"""50,000 incidents on the map: HTML size and time until Leaflet has drawn them in headless Chromium.

Baseline, measured in the same run: the naive map, one ``folium.Marker`` (with popup and tooltip)
per incident, at a size it can still handle (``--naive``, default 2,000). Both maps are offline
(assets inlined with :func:`geoincidents.maps.assets.localize_map` / ``build_map``) and opened from a file
in Debian's chromium driven by Playwright; the clock runs from navigation to the moment the page
reports every incident added to its layer and drawn (no sleeps; one canvas for very large sets).
Printed: time and size per map, and per incident, with the ratios.

    python benchmarks/bench_maps.py [--n 50000] [--naive 2000]

Needs ``/usr/bin/chromium`` and the offline assets (``python -m geoincidents.maps.assets fetch``).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import _common
import folium
import geopandas as gpd

from geoincidents.maps._elements import IncidentLayer
from geoincidents.maps.assets import localize_map
from geoincidents.maps.build import build_map
from geoincidents.maps.escape import escape_text


def naive_map(frame: gpd.GeoDataFrame) -> folium.Map:
    """What a folium user writes first: one Marker per incident."""
    fmap = folium.Map(location=[33.305, 44.39], zoom_start=13, tiles=None)
    for row in frame.itertuples():
        text = escape_text(f"{row.event_type}: {row.sentence}")
        folium.Marker([row.geometry.y, row.geometry.x], popup=folium.Popup(text), tooltip=text).add_to(fmap)
    return localize_map(fmap)


def time_to_draw(browser: object, path: Path, condition: str) -> float:
    page = browser.new_page(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    try:
        t0 = time.perf_counter()
        page.goto(path.as_uri(), wait_until="commit", timeout=300_000)
        page.wait_for_function(condition, polling="raf", timeout=300_000)
        return time.perf_counter() - t0
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--naive", type=int, default=2_000)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    print(f"machine: {_common.machine()}")
    work = Path(tempfile.mkdtemp(prefix="geoincidents-maps-"))
    big = _common.synthetic_incidents(args.n)
    t0 = time.perf_counter()
    fmap = build_map(big, tiles=None, density=False)  # every incident drawn (no density layer)
    ours = work / "ours.html"
    fmap.save(str(ours))
    t_build = time.perf_counter() - t0
    layers = [c.get_name() for c in fmap._children.values() if isinstance(c, IncidentLayer)]
    # every incident in its layer (the incidents, the alert incidents), each layer on the map and drawn
    # (giDrawn: a frame after the renderer's own draw request), on the incidents' canvas (very large sets)
    # or as clusters / SVG markers
    counted = " + ".join(f"window['{name}'].getLayers().length" for name in layers)
    drawn = " && ".join(f"window['{name}'] && window['{name}'].giDrawn === true" for name in layers)
    ours_ready = (
        f"() => {drawn} && ({counted}) === {args.n} && "
        "(document.querySelector('canvas.gi-incident-canvas') !== null || "
        "document.querySelectorAll('.marker-cluster, .gi-incident').length > 0)"
    )

    small = big.iloc[: args.naive]
    t0 = time.perf_counter()
    naive = work / "naive.html"
    naive_map(small).save(str(naive))
    t_naive_build = time.perf_counter() - t0
    naive_ready = f"() => document.querySelectorAll('.leaflet-marker-icon').length === {args.naive}"

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_common.CHROMIUM, args=_common.CHROMIUM_ARGS, headless=True)
        try:
            time_to_draw(browser, naive, naive_ready)  # warm the browser's caches once
            t_naive = min(time_to_draw(browser, naive, naive_ready) for _ in range(2))
            t_ours = min(time_to_draw(browser, ours, ours_ready) for _ in range(2))
        finally:
            browser.close()

    mb_ours, mb_naive = ours.stat().st_size / 1e6, naive.stat().st_size / 1e6
    print(
        f"naive folium.Marker map, {args.naive:,} incidents: build+save {t_naive_build:.1f} s, "
        f"HTML {mb_naive:.1f} MB, drawn in {t_naive:.2f} s"
    )
    print(
        f"geoincidents build_map, {args.n:,} incidents: build+save {t_build:.1f} s, "
        f"HTML {mb_ours:.1f} MB (target < 15 MB), drawn in {t_ours:.2f} s (target < 3 s)"
    )
    per_naive, per_ours = t_naive / args.naive, t_ours / args.n
    print(
        f"per incident: drawn {per_naive * 1e6:.0f} us vs {per_ours * 1e6:.0f} us "
        f"(ratio {per_naive / per_ours:.1f}x); "
        f"HTML {mb_naive * 1e6 / args.naive:.0f} B vs {mb_ours * 1e6 / args.n:.0f} B "
        f"(ratio {(mb_naive / args.naive) / (mb_ours / args.n):.1f}x)"
    )


if __name__ == "__main__":
    main()
