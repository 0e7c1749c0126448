"""Benchmark: building and rendering the incident map for growing numbers of incidents.

Prints, for each size, the time of ``build_map`` + rendering the HTML as a ratio against a baseline
measured in the same run (the same map with no incidents), the HTML size, and the ratio against
``check_proximity`` on the same points. Run: ``python benchmarks/bench_mapping.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

from geoincidents.maps.build import build_map
from geoincidents.proximity.measure import check_proximity


def main() -> None:
    base_t, base_html = _common.best_of(3, lambda: build_map(None, tiles=None).get_root().render())
    print(f"baseline (map without incidents): {base_t * 1000:.0f} ms, {len(str(base_html)) / 1e6:.2f} MB")
    for n in (300, 3000, 30000):
        inc = _common.synthetic_incidents(n)
        prox_t, _ = _common.best_of(3, lambda inc=inc: check_proximity(inc))
        t, html = _common.best_of(2, lambda inc=inc: build_map(inc, tiles=None).get_root().render())
        extra_mb = (len(str(html)) - len(str(base_html))) / 1e6
        print(
            f"{n:>6} incidents: build+render {t / base_t:5.1f}x baseline, {t / prox_t:6.1f}x check_proximity; "
            f"+{extra_mb:.2f} MB of HTML ({extra_mb * 1e6 / n:.0f} bytes per incident)"
        )


if __name__ == "__main__":
    main()
