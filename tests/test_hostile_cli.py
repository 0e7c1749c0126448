"""``geoincidents proximity FILE -o OUT`` on the malformed-file battery: a result or a one-line error."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from geoincidents.cli import EXIT_NONE_ACCEPTED, EXIT_SOME_REJECTED, main
from geoincidents.io.incidents import read_incidents

DATA = Path(__file__).parent / "data"
BAD = DATA / "bad"
EXPECTED: dict[str, dict[str, object]] = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))
GAZ = ["--gazetteer", str(DATA / "synthetic_gazetteer.geojson"), "--perimeter", "test_zone"]
ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["proximity", *args, *GAZ])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cli_on_battery(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.geojson"
    code, stdout, stderr = _run([str(BAD / name), "-o", str(out)], capsys)
    expected = EXPECTED[name]
    if "error" in expected:
        assert code == 2
        lines = [line for line in stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("geoincidents proximity: error:"), stderr
        assert name in lines[0] and "Traceback" not in stderr
        assert not out.exists()
        return
    if not expected["accepted"]:  # nothing accepted: exit 4, no output
        assert code == EXIT_NONE_ACCEPTED, stderr
        assert not out.exists()
        return
    assert code == (EXIT_SOME_REJECTED if expected["rejected"] else 0), stderr
    assert f"{expected['accepted']} accepted" in stderr and f"{expected['rejected']} rejected" in stderr
    written = read_incidents(out)
    assert len(written.accepted) == expected["accepted"] and len(written.rejected) == 0
    if len(written.accepted):  # an empty GeoJSON has no features to carry the columns
        assert {"distance_m", "inside", "band", "perimeter_id"} <= set(written.accepted.columns)
        assert (written.accepted["perimeter_id"] == "test_zone").all()
    rejected = out.with_name("out_rejected.csv")
    if expected["rejected"]:
        table = pd.read_csv(rejected, dtype=str, keep_default_na=False)
        assert len(table) == expected["rejected"]
        assert list(table.columns[:3]) == ["row", "field", "reason"]
        assert f"{expected['rejected']} row(s) rejected" in stdout
    else:
        assert not rejected.exists()


@pytest.mark.parametrize("suffix", [".geojson", ".csv", ".gpkg"])
def test_cli_output_formats(suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"checked{suffix}"
    code, _, stderr = _run([str(BAD / "mixed_rows.csv"), "-o", str(out)], capsys)
    assert code == EXIT_SOME_REJECTED, stderr
    back = read_incidents(out).accepted.set_index("event_id")
    assert sorted(back.index) == ["M1", "M11", "M2", "M3", "M9"]
    inside = back["inside"].astype(str).str.lower() == "true"
    assert ((back["distance_m"].astype(float) < 0) == inside).all()
    assert (tmp_path / "checked_rejected.csv").exists()


def test_cli_refuses_bad_output_before_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr = _run([str(BAD / "mixed_rows.csv"), "-o", str(tmp_path / "out.xlsx")], capsys)
    assert code == 2 and "unsupported output type" in stderr
    copy = tmp_path / "in.csv"
    shutil.copy(BAD / "mixed_rows.csv", copy)
    code, _, stderr = _run([str(copy), "-o", str(copy)], capsys)
    assert code == 2 and "overwrite the input" in stderr
    assert copy.read_bytes() == (BAD / "mixed_rows.csv").read_bytes()


def test_cli_failure_keeps_previous_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.geojson"
    assert _run([str(BAD / "mixed_rows.csv"), "-o", str(out)], capsys)[0] == EXIT_SOME_REJECTED
    before = out.read_bytes()
    code = main(
        [
            "proximity",
            str(BAD / "mixed_rows.csv"),
            "-o",
            str(out),
            "--gazetteer",
            str(DATA / "synthetic_gazetteer.geojson"),
            "--perimeter",
            "no_such_perimeter",
        ]
    )
    assert code == 2
    assert out.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no temporary file left behind"


def test_cli_bad_bands_and_arabic_file_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "حوادث بغداد.csv"
    shutil.copy(BAD / "bom_utf8.csv", src)
    code, stdout, _ = _run([str(src), "--bands", "100", "500"], capsys)
    assert code == 0
    out = tmp_path / "حوادث بغداد_proximity.geojson"
    assert out.exists() and "1 incident(s)" in stdout
    code, _, stderr = _run([str(src), "--bands", "500", "-1"], capsys)
    assert code == 2 and "bands" in stderr


def test_cli_subprocess_exit_status_and_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "geoincidents",
            "proximity",
            str(BAD / "zip_renamed.csv"),
            "-o",
            str(tmp_path / "o.geojson"),
            *GAZ,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "ZIP archive" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("name", ["mixed_rows.csv", "mixed_geometries.geojson", "binary.csv", "deep_nesting.json"])
def test_map_cli_on_battery(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from geoincidents.maps.assets import assets_ready

    if not assets_ready():
        pytest.skip("offline map assets not fetched (python -m geoincidents.maps.assets fetch)")
    out = tmp_path / "map.html"
    code = main(["map", str(BAD / name), "-o", str(out), "--tiles", "none"])
    err = capsys.readouterr().err
    if "error" in EXPECTED[name]:
        assert code == 2 and err.strip().count("\n") == 0 and name in err and not out.exists()
        return
    assert code == EXIT_SOME_REJECTED, err
    page = out.read_text(encoding="utf-8")
    for live in ("<script>alert", "<img src=x", "${alert"):
        assert live not in page
