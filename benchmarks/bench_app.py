"""A filter change in the analyst app with 20,000 incidents loaded (Streamlit AppTest, in process).

The 20,000 incidents are loaded the way pasted reports are (session state ``pasted``), on top of the
bundled sample. Timed, best of ``--repeat``: the re-run of the whole page after a filter change (event
type narrowed to one type, then cleared again). Baseline in the same run: the same filter change with
only the bundled sample loaded. Target: under 1 s with 20,000 incidents.

    python benchmarks/bench_app.py [--n 20000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time

import _common
import pandas as pd
from streamlit.testing.v1 import AppTest

APP = str(_common.ROOT / "app.py")


def filter_change_seconds(pasted: list[pd.DataFrame], repeat: int) -> tuple[float, float, int]:
    """Best time of narrowing the event-type filter and of clearing it; and the incidents loaded."""
    at = AppTest.from_file(APP, default_timeout=600)
    at.session_state["pasted"] = pasted
    at.run()
    if at.exception:
        raise RuntimeError(f"the app failed: {at.exception}")
    box = at.multiselect(key="filter_types")
    one_type = box.options[0]
    narrow = clear = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        at.multiselect(key="filter_types").set_value([one_type]).run()
        narrow = min(narrow, time.perf_counter() - t0)
        t0 = time.perf_counter()
        at.multiselect(key="filter_types").set_value([]).run()
        clear = min(clear, time.perf_counter() - t0)
    if at.exception:
        raise RuntimeError(f"the app failed: {at.exception}")
    loaded = at.metric[0].value
    return narrow, clear, loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {_common.machine()}")
    base_narrow, base_clear, base_loaded = filter_change_seconds([], args.repeat)
    narrow, clear, loaded = filter_change_seconds(
        [pd.DataFrame(_common.synthetic_incidents(args.n, seed=1).drop(columns="geometry"))], args.repeat
    )
    print(f"baseline (bundled sample, shown {base_loaded}): narrow {base_narrow:.2f} s, clear {base_clear:.2f} s")
    print(
        f"{args.n:,} incidents (shown {loaded}): narrow to one event type {narrow:.2f} s "
        f"({narrow / base_narrow:.1f}x baseline), clear the filter {clear:.2f} s ({clear / base_clear:.1f}x); "
        "target under 1 s"
    )


if __name__ == "__main__":
    main()
