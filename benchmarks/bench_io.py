"""Benchmark read_incidents on a realistic ACLED export against pandas in the same process.

Run from the repository root: ``python benchmarks/bench_io.py [ROWS]`` (default 500,000). Writes an
ACLED export CSV (the export tool's 31 columns, dates like "09 May 2020", quoted notes with commas)
into a temporary folder, one row in 50 broken in one of six ways, one in 1,000 with latitude and
longitude swapped. Times, best of three each:

- baseline: ``pandas.read_csv`` + ``to_datetime`` + ``to_numeric`` on latitude/longitude (the broken
  rows make them text) + ``geopandas.points_from_xy``: a table with no row checked;
- ``read_incidents``: every row validated, every broken row rejected with its reason.

Prints both times, the ratio and rows per second, and checks the answer: every good row accepted with
its date, position and fatalities, every swap fixed, every broken row rejected on the right line with
the right field. The issue's target is a ratio of at most 3.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from _common import best_of, machine

from geoincidents.io.incidents import read_incidents

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
TYPES = [  # (disorder_type, event_type, sub_event_type, actor1, inter1, actor2, inter2, interaction)
    ("Demonstrations", "Protests", "Peaceful protest", "Protesters (Iraq)", "6", "", "", "60"),
    ("Demonstrations", "Protests", "Protest with intervention", "Protesters (Iraq)", "6",
     "Police Forces of Iraq", "1", "16"),
    ("Political violence", "Riots", "Violent demonstration", "Rioters (Iraq)", "5", "Police Forces of Iraq", "1", "15"),
    ("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED",
     "Unidentified Armed Group (Iraq)", "3", "Civilians (Iraq)", "7", "37"),
    ("Political violence", "Violence against civilians", "Attack", "Unidentified Armed Group (Iraq)", "3",
     "Civilians (Iraq)", "7", "37"),
    ("Political violence", "Battles", "Armed clash", "Military Forces of Iraq", "1", "Islamic State (Iraq)", "2", "12"),
    ("Strategic developments", "Strategic developments", "Arrests", "Police Forces of Iraq", "1", "Civilians (Iraq)",
     "7", "17"),
]  # fmt: skip
PLACES = [
    ("Baghdad", "Al Resafa", "Baghdad - Tahrir Square", 33.3128, 44.3615),
    ("Baghdad", "Al Karkh", "Baghdad - Green Zone", 33.3050, 44.3870),
    ("Baghdad", "Al Karkh", "Baghdad - Al Mansour", 33.3160, 44.3340),
    ("Basra", "Al Basrah", "Basrah", 30.5085, 47.7804),
    ("Ninewa", "Al Mosul", "Mosul", 36.3400, 43.1300),
]
SOURCES = ["Shafaq News", "Rudaw", "Xinhua", "Al Sumaria; Shafaq News", "Kurdistan 24", "NINA"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
BROKEN = ("latitude", "event_date", "event_id", "geo_precision", "geometry", "fatalities")


def write_acled(path: Path, n: int, seed: int = 0) -> dict[str, Any]:
    """Write an ``n``-row ACLED export to ``path``; return what a correct reader must find."""
    rng = np.random.default_rng(seed)
    days = np.datetime64("2016-01-01") + rng.integers(0, 3000, n).astype("timedelta64[D]")
    years = days.astype("datetime64[Y]").astype(int) + 1970
    months = days.astype("datetime64[M]").astype(int) % 12
    mday = (days - days.astype("datetime64[M]")).astype(int) + 1
    kind = rng.integers(0, len(TYPES), n)
    place = rng.integers(0, len(PLACES), n)
    lat = np.array([p[3] for p in PLACES])[place] + np.round(rng.normal(0, 0.01, n), 4)
    lon = np.array([p[4] for p in PLACES])[place] + np.round(rng.normal(0, 0.01, n), 4)
    fatalities = np.where(rng.random(n) < 0.8, 0, rng.integers(1, 30, n))
    broken = np.full(n, -1)
    broken[rng.choice(np.arange(100, n), n // 50, replace=False)] = rng.integers(0, len(BROKEN), n // 50)
    swapped = (rng.random(n) < 0.001) & (broken < 0)
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(COLUMNS)
        for i in range(n):
            disorder, etype, sub, actor1, inter1, actor2, inter2, inter = TYPES[kind[i]]
            admin1, admin2, location, _, _ = PLACES[place[i]]
            date = f"{mday[i]:02d} {MONTHS[months[i]]} {years[i]}"
            la, lo = f"{lat[i]:.4f}", f"{lon[i]:.4f}"
            if swapped[i]:
                la, lo = lo, la
            event_id, geo, dead = f"IRQ{i + 1}", "1" if place[i] < 3 else "2", str(fatalities[i])
            what = BROKEN[broken[i]] if broken[i] >= 0 else ""
            if what == "latitude":
                la = "33.3x"
            elif what == "event_date":
                date = f"31 February {years[i]}"
            elif what == "event_id":
                event_id = f"IRQ{rng.integers(1, 90) + 1}"  # a row well before it kept this id
            elif what == "geo_precision":
                geo = "7"
            elif what == "geometry":
                la = lo = ""
            elif what == "fatalities":
                dead = "-3"
            notes = (
                f"On {date}, {actor1.split(' (')[0].lower()} gathered in {location.split(' - ')[-1]}, "
                f"{admin1}, over jobs, services and corruption; {rng.integers(10, 2000)} people took part. "
                + "Security forces closed the roads nearby, and no injuries were reported. "
                * int(rng.integers(0, 3))
            )
            out.writerow([
                event_id, date, years[i], 1, disorder, etype, sub, actor1, "", inter1, actor2, "", inter2, inter,
                "", 368, "Middle East", "Iraq", admin1, admin2, "", location, la, lo, geo,
                SOURCES[i % len(SOURCES)], "National", notes, dead, "", 1600000000 + i,
            ])  # fmt: skip
    good = broken < 0
    return {
        "good_ids": [f"IRQ{i + 1}" for i in np.flatnonzero(good)],
        "dates": days[good].astype("datetime64[ns]"),
        "lat": lat[good],
        "lon": lon[good],
        "fatalities": fatalities[good],
        "swapped": int(swapped.sum()),
        "broken_lines": np.flatnonzero(~good) + 2,  # the header is line 1
        "broken_fields": [BROKEN[b] for b in broken[~good]],
    }


def baseline(path: Path) -> gpd.GeoDataFrame:
    """pandas.read_csv + to_datetime + points_from_xy (with to_numeric, as the broken rows are text)."""
    frame = pd.read_csv(path)
    frame["event_date"] = pd.to_datetime(frame["event_date"], format="%d %B %Y", errors="coerce")
    lon = pd.to_numeric(frame["longitude"], errors="coerce")
    lat = pd.to_numeric(frame["latitude"], errors="coerce")
    return gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(lon, lat), crs=4326)


def check(result: Any, expected: dict[str, Any]) -> None:
    """Raise AssertionError unless every good row is accepted right and every broken row rejected right."""
    acc = result.accepted
    assert acc["event_id"].tolist() == expected["good_ids"], "accepted rows differ from the good rows"
    assert (acc["event_date"].to_numpy() == expected["dates"]).all(), "a date was read wrong"
    np.testing.assert_allclose(acc["latitude"].to_numpy(), expected["lat"], atol=1e-9)
    np.testing.assert_allclose(acc["longitude"].to_numpy(), expected["lon"], atol=1e-9)
    assert (acc["fatalities"].to_numpy(dtype=float) == expected["fatalities"]).all(), "fatalities read wrong"
    assert result.fixed == expected["swapped"], f"{result.fixed} fixed, {expected['swapped']} swaps written"
    rej = result.rejected
    assert rej["row"].tolist() == expected["broken_lines"].tolist(), "rejected rows differ from the broken rows"
    fields = [f if f != "geometry" else "geometry" for f in expected["broken_fields"]]
    assert rej["field"].tolist() == fields, "a broken row was rejected for the wrong field"
    assert rej["reason"].str.len().min() > 0


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "acled_export.csv"
        expected = write_acled(path, n)
        size = path.stat().st_size
        t_base, _ = best_of(3, lambda: baseline(path))
        t_ours, result = best_of(3, lambda: read_incidents(path))
    check(result, expected)
    print(machine())
    print(f"rows: {n:,}  file: {size / 1e6:.0f} MB  broken rows: {len(expected['broken_lines']):,}")
    print(f"baseline (read_csv + to_datetime + points_from_xy): {t_base:.2f} s  ({n / t_base:,.0f} rows/s)")
    print(f"read_incidents:                                     {t_ours:.2f} s  ({n / t_ours:,.0f} rows/s)")
    print(f"ratio read_incidents / baseline: {t_ours / t_base:.2f}x")
    print(f"checked: {len(result.accepted):,} accepted ({result.fixed} swaps fixed), {len(result.rejected):,} rejected")
    print(result.summary())


if __name__ == "__main__":
    main()
