"""Nothing lost on failure: a write killed (SIGKILL) or failing mid-way leaves the previous layer whole."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import Point

from geoincidents.io.incidents import read_incidents, write_incidents

ROOT = Path(__file__).resolve().parent.parent
N_ROWS = 60_000

# The child writes versions 0, 1, 2, ... of a large layer to the same path, forever; the parent kills it
# while a later version is being written.
_CHILD = textwrap.dedent(
    """
    import sys
    import numpy as np
    import geopandas as gpd
    from geoincidents.io.incidents import write_incidents

    out, n = sys.argv[1], int(sys.argv[2])
    rng = np.random.default_rng(0)
    lon = 44.36 + rng.normal(0, 0.02, n)
    lat = 33.31 + rng.normal(0, 0.02, n)
    frame = gpd.GeoDataFrame(
        {"event_id": [f"E{i}" for i in range(n)], "notes": ["ساحة التحرير <b>x</b>"] * n},
        geometry=gpd.points_from_xy(lon, lat), crs=4326,
    )
    version = 0
    while True:
        frame["version"] = version
        write_incidents(frame, out)
        print(version, flush=True)
        version += 1
    """
)


def _complete_versions(path: Path) -> set[int]:
    if path.suffix == ".geojson":
        doc = json.loads(path.read_text(encoding="utf-8"))  # raises on a truncated file
        assert len(doc["features"]) == N_ROWS
        return {f["properties"]["version"] for f in doc["features"]}
    frame = gpd.read_file(path)
    assert len(frame) == N_ROWS
    return set(frame["version"].astype(int))


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv"])
def test_sigkill_mid_write_keeps_previous_layer(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"incidents{suffix}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(out), str(N_ROWS)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # version 0 is complete and in place
        assert first.strip() == "0", first
        deadline = time.monotonic() + 120
        while not [p for p in tmp_path.iterdir() if p.name.startswith(".")]:  # version 1 is being written
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.002)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    if suffix == ".csv":
        result = read_incidents(out)
        assert result.rows_read == N_ROWS and len(result.rejected) == 0
        versions = set(result.accepted["version"].astype(int))
    else:
        versions = _complete_versions(out)
    assert len(versions) == 1, "one whole version, never a mix or a truncated file"


def test_exception_inside_serialisation_keeps_previous_layer(tmp_path: Path) -> None:
    class Exploding:
        def __str__(self) -> str:
            raise RuntimeError("serialisation failed")

    good = gpd.GeoDataFrame({"event_id": ["A"], "notes": ["first"]}, geometry=[Point(44.36, 33.31)], crs=4326)
    for suffix in (".geojson", ".csv", ".gpkg"):
        out = write_incidents(good, tmp_path / f"layer{suffix}")
        before = out.read_bytes()
        bad = good.copy()
        bad["notes"] = [Exploding()]
        with pytest.raises(RuntimeError, match="serialisation failed"):
            write_incidents(bad, out)
        assert out.read_bytes() == before
        assert read_incidents(out).accepted["notes"].tolist() == ["first"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["layer.csv", "layer.geojson", "layer.gpkg"]
