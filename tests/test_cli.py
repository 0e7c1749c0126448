from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geoincidents.cli import EXIT_NONE_ACCEPTED, EXIT_SOME_REJECTED, main

ROOT = Path(__file__).resolve().parent.parent
FORMATS = Path(__file__).parent / "data" / "formats"


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
    assert main(["proximity", str(src), "-o", str(out)]) == EXIT_SOME_REJECTED
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


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geoincidents", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def test_exit_status_and_one_line_summary_on_stderr(tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text("event_id,lat,lon,event_date\na,33.30,44.39,3/4/2020\nb,33.31,44.40,5/6/2020\n")
    out = tmp_path / "out.geojson"
    proc = _run("proximity", str(good), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    summary = [line for line in proc.stderr.splitlines() if "row(s) read" in line]
    assert summary == [f"{good}: 2 row(s) read, 2 accepted (0 fixed, 2 flagged), 0 rejected"]
    assert "no value proves the day/month order" in proc.stderr  # the undecided date order is reported too

    bad = tmp_path / "bad.csv"
    bad.write_text("event_id,lat,lon\na,x,44.39\nb,33.31,\n")
    out_bad = tmp_path / "bad_out.geojson"
    proc = _run("proximity", str(bad), "-o", str(out_bad))
    assert proc.returncode == EXIT_NONE_ACCEPTED, proc.stderr
    assert "2 row(s) read, 0 accepted (0 fixed, 0 flagged), 2 rejected" in proc.stderr
    assert not out_bad.exists() and (tmp_path / "bad_out_rejected.csv").exists()
    assert "Traceback" not in proc.stderr


def test_all_rows_rejected_writes_no_map(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("event_id,lat,lon\na,x,44.39\n")
    out = tmp_path / "map.html"
    assert main(["map", str(bad), "-o", str(out), "--tiles", "none"]) == EXIT_NONE_ACCEPTED
    assert not out.exists() and (tmp_path / "map_rejected.csv").exists()


def test_crs_option_reads_projected_coordinates(tmp_path: Path) -> None:
    src = tmp_path / "utm.csv"  # UTM 38N x/y of a point in the Green Zone
    src.write_text("event_id,x,y\nu1,441130.0,3685968.0\n")
    out = tmp_path / "utm.geojson"
    assert main(["proximity", str(src), "-o", str(out), "--crs", "EPSG:32638"]) == 0
    back = gpd.read_file(out)
    assert abs(back.geometry.x.iloc[0] - 44.3615) < 0.01 and abs(back.geometry.y.iloc[0] - 33.3128) < 0.01
    # without it the x/y are rejected with a reason that names the option
    assert main(["proximity", str(src), "-o", str(out)]) == EXIT_NONE_ACCEPTED
    assert "--crs" in pd.read_csv(tmp_path / "utm_rejected.csv")["reason"].iloc[0]
    assert main(["proximity", str(src), "-o", str(out), "--crs", "EPSG:999999"]) == 2


def test_help_documents_the_exit_status() -> None:
    for command in ("proximity", "map"):
        proc = _run(command, "--help")
        assert proc.returncode == 0
        assert "exit status:" in proc.stdout and "3  some rows were rejected" in proc.stdout
        assert "4  no row was accepted" in proc.stdout and "--crs" in proc.stdout


def test_ucdp_and_gdelt_files_through_the_cli(tmp_path: Path) -> None:
    out = tmp_path / "ucdp.geojson"
    assert main(["proximity", str(FORMATS / "ucdp_ged_hdx.csv"), "-o", str(out)]) == 0
    assert len(gpd.read_file(out)) == 4
    out = tmp_path / "gdelt.csv"
    assert main(["proximity", str(FORMATS / "gdelt_20200509150000.export.CSV"), "-o", str(out)]) == EXIT_SOME_REJECTED


def test_map_is_offline_unless_a_tile_source_is_configured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in.csv"
    pd.DataFrame({"event_id": ["a"], "latitude": [33.2979], "longitude": [44.3901]}).to_csv(src, index=False)
    monkeypatch.delenv("GEOINCIDENTS_TILES", raising=False)
    assert main(["map", str(src), "-o", str(tmp_path / "offline.html")]) == 0
    html = (tmp_path / "offline.html").read_text(encoding="utf-8")
    assert "tile.openstreetmap.org" not in html and "tileLayer(" not in html
    monkeypatch.setenv("GEOINCIDENTS_TILES", "https://tiles.example.org/{z}/{x}/{y}.png")
    assert main(["map", str(src), "-o", str(tmp_path / "tiles.html")]) == 0
    assert "tiles.example.org/{z}/{x}/{y}.png" in (tmp_path / "tiles.html").read_text(encoding="utf-8")
    # --tiles none wins over the environment
    assert main(["map", str(src), "-o", str(tmp_path / "none.html"), "--tiles", "none"]) == 0
    assert "tiles.example.org" not in (tmp_path / "none.html").read_text(encoding="utf-8")


def test_map_without_the_offline_assets_is_one_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from geoincidents.maps import assets

    src = tmp_path / "in.csv"
    pd.DataFrame({"event_id": ["a"], "latitude": [33.2979], "longitude": [44.3901]}).to_csv(src, index=False)
    empty = tmp_path / "vendor"
    empty.mkdir()
    monkeypatch.setattr(assets, "vendor_dir", lambda: empty)  # a wheel built before the assets were fetched
    assets.asset_data_uri.cache_clear()  # as in a fresh process: nothing read from the assets yet
    assert main(["map", str(src), "-o", str(tmp_path / "m.html")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "1 row(s) read, 1 accepted" in err[0], err  # the summary, then one line of error
    assert err[1].startswith("geoincidents map: error: offline map assets are not fetched"), err
    assert "python -m geoincidents.maps.assets fetch" in err[1] and not (tmp_path / "m.html").exists()
