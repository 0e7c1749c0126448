"""Maps of 3, 300, 20,000 and 200,000 incidents: build time, HTML size, and a screenshot of each (offline).

The incidents are :func:`_common.clustered_incidents` (hot spots around Baghdad's squares, bridges and
districts, and a spread-out fifth). Build time is ``build_map`` + saving the file, printed as a ratio
against the 3-incident map built in the same run. Each saved map is opened in Debian's chromium with every
request that is not a local file blocked, and photographed once every layer shown on opening is drawn.
With ``--docs`` the screenshots are written to ``docs/map_<n>.png`` (the pictures in ``docs/maps.md``),
else to ``artifacts/``.

    python benchmarks/bench_big_maps.py [--sizes 3 300 20000 200000] [--docs]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import _common

from geoincidents.maps._elements import DensityLayer, IncidentLayer
from geoincidents.maps.build import build_map, save_map


def _ready_condition(fmap: object) -> str:
    """JavaScript that is true once every incident or density layer shown on opening has drawn."""
    names = [
        c.get_name()
        for c in fmap._children.values()  # type: ignore[attr-defined]
        if isinstance(c, IncidentLayer | DensityLayer) and c.show
    ]
    return "() => " + " && ".join([f"window['{n}'] && window['{n}'].giDrawn === true" for n in names] or ["true"])


def photograph(browser: object, path: Path, ready: str, out: Path) -> list[str]:
    """Open ``path`` offline, wait for ``ready``, save a screenshot to ``out``; return the blocked URLs."""
    context = browser.new_context(viewport={"width": 1280, "height": 860})  # type: ignore[attr-defined]
    blocked: list[str] = []

    def route(r: object) -> None:
        url = r.request.url  # type: ignore[attr-defined]
        if url.startswith(("file:", "data:", "blob:", "about:")):
            r.continue_()  # type: ignore[attr-defined]
        else:
            blocked.append(url)
            r.abort()  # type: ignore[attr-defined]

    context.route("**/*", route)
    page = context.new_page()
    page.goto(path.as_uri(), wait_until="load", timeout=300_000)
    page.wait_for_function(ready, polling="raf", timeout=300_000)
    page.screenshot(path=str(out))
    context.close()
    return blocked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[3, 300, 20_000, 200_000])
    parser.add_argument("--docs", action="store_true", help="write the screenshots to docs/")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    print(f"machine: {_common.machine()}")
    work = Path(tempfile.mkdtemp(prefix="geoincidents-big-maps-"))
    shots = _common.ROOT / ("docs" if args.docs else "artifacts")
    shots.mkdir(exist_ok=True)
    built = []
    base = None
    build_map(_common.clustered_incidents(args.sizes[0]), tiles=None)  # warm up: imports, gazetteer, assets
    for n in args.sizes:
        inc = _common.clustered_incidents(n)
        t0 = time.perf_counter()
        fmap = build_map(inc, tiles=None)
        path = save_map(fmap, work / f"map_{n}.html")
        took = time.perf_counter() - t0
        base = base or took
        built.append((n, path, _ready_condition(fmap)))
        print(f"{n:>8,} incidents: build+save {took / base:6.1f}x the {args.sizes[0]:,}-incident map, "
              f"HTML {path.stat().st_size / 1e6:.1f} MB")  # fmt: skip
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_common.CHROMIUM, args=_common.CHROMIUM_ARGS, headless=True)
        try:
            for n, path, ready in built:
                blocked = photograph(browser, path, ready, shots / f"map_{n}.png")
                print(f"{n:>8,} incidents: screenshot {shots / f'map_{n}.png'}; blocked requests: {len(blocked)}")
        finally:
            browser.close()


if __name__ == "__main__":
    main()
