from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geoincidents.cli import main


def test_layers_command_writes_every_layer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["layers", "--out", str(tmp_path)]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(f"{n}.geojson" for n in ("perimeter", "gates", "bridges", "landmarks", "bands", "incidents"))
    assert "incidents:" in capsys.readouterr().out


def test_proximity_command_on_csv(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    pd.DataFrame(
        {"event_id": ["a", "b", "c"], "latitude": [33.2979, 33.3333, "x"], "longitude": [44.3901, 44.4186, 44.4]}
    ).to_csv(src, index=False)
    out = tmp_path / "out.geojson"
    assert main(["proximity", str(src), "-o", str(out)]) == 0
    result = gpd.read_file(out)
    assert list(result["event_id"]) == ["a", "b"]
    assert bool(result["inside"].iloc[0]) and not bool(result["inside"].iloc[1])
    rejected = pd.read_csv(tmp_path / "out_rejected.csv")
    assert len(rejected) == 1 and rejected["row"].iloc[0] == 4


def test_bad_input_exits_2_with_one_line(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "geoincidents", "proximity", str(tmp_path / "none.csv")],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "not found" in proc.stderr
    assert "Traceback" not in proc.stderr
