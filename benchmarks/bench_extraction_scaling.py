"""Benchmark: extraction time per megabyte of text, from 10 KB to 5 MB (it must stay flat).

Two kinds of text, each cut to 10 KB, 100 KB, 1 MB and 5 MB (UTF-8 bytes) and read as **one** report
by :func:`geoincidents.extract_incidents`:

- ``reports``: the realistic English and Arabic reports of ``bench_extraction.py`` one after another;
- ``repeated``: one short event sentence and one casualty sentence repeated (the hostile input of issue
  14: before the fix its time grew with the square of the sentence count, and 5.4 MB did not finish).

For each size the CPU time (best of several runs for the small sizes, so each size is timed for about as
long) is divided by the size in MB. Printed: the seconds per MB at each size and the ratio of the largest
to the smallest per-MB time; a text whose time grows with its length gives a ratio near 1, one whose time
grows with the square gives about 500. Every call also has a fixed cost (building the result's
GeoDataFrame, about 15 ms, measured on a one-word text): it weighs on the 10 KB text only, so the per-MB
time without it, and its ratio, are printed too.

Run: ``python benchmarks/bench_extraction_scaling.py [--sizes 10e3 100e3 1e6 5e6]``
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable

from _common import machine
from bench_extraction import _corpus

from geoincidents import extract_incidents


def _cut(text: str, n_bytes: int) -> str:
    """The first ``n_bytes`` bytes of ``text`` (repeated as needed), ending at a white space."""
    while len(text.encode("utf-8")) < n_bytes:
        text = text + "\n\n" + text
    data = text.encode("utf-8")[:n_bytes].decode("utf-8", "ignore")
    cut = data.rfind(" ")
    return data[:cut] if cut > 0 else data


def _texts() -> dict[str, Callable[[int], str]]:
    reports = "\n\n".join(r.text for r in _corpus(400))
    repeated = "Two rockets hit the Green Zone on Sunday. Three people were wounded. " * 100
    return {"reports": lambda n: _cut(reports, n), "repeated": lambda n: _cut(repeated, n)}


def _cpu_per_run(text: str, budget_s: float) -> float:
    """Best CPU time of one extraction, repeating until about ``budget_s`` seconds were spent."""
    best = float("inf")
    spent = 0.0
    while spent < budget_s or best == float("inf"):
        start = time.process_time()
        extract_incidents(text, published="2021-10-23")
        took = time.process_time() - start
        best, spent = min(best, took), spent + took
    return best


def main() -> None:
    """Time each text at each size; print seconds per MB and the ratio largest / smallest."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[10e3, 100e3, 1e6, 5e6], help="bytes")
    parser.add_argument("--budget", type=float, default=3.0, help="seconds of repeated runs per small size")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    print(machine())
    extract_incidents("Protesters gathered in Tahrir Square on Friday.", published="2021-10-23")  # warm caches
    fixed = _cpu_per_run("word", args.budget)
    print(f"fixed cost of a call (a one-word text): {fixed * 1000:.1f} ms CPU")
    for name, make in _texts().items():
        per_mb: list[float] = []
        net_per_mb: list[float] = []
        for size in args.sizes:
            text = make(int(size))
            mb = len(text.encode("utf-8")) / 1e6
            seconds = _cpu_per_run(text, args.budget)
            per_mb.append(seconds / mb)
            net_per_mb.append(max(seconds - fixed, 0.0) / mb)
            print(
                f"{name:9} {mb:8.3f} MB  {len(text):>9,} chars  {seconds:8.3f} s CPU  {seconds / mb:6.2f} s/MB"
                f"  ({net_per_mb[-1]:5.2f} s/MB without the fixed cost)"
            )
        print(
            f"{name:9} ratio of the largest to the smallest s/MB: {max(per_mb) / min(per_mb):.2f}"
            f" (without the fixed cost: {max(net_per_mb) / min(net_per_mb):.2f})"
        )


if __name__ == "__main__":
    main()
