"""The ``geoincidents extract`` sub-command on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geoincidents.cli import main
from geoincidents.extraction.reports import read_reports

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "000_a1c6e357c0dae756.txt"


def test_extract_txt_to_geojson(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.geojson"
    assert main(["extract", str(SEED), "--published", "2021-10-23", "--source", "Shafaq News", "-o", str(out)]) == 0
    frame = gpd.read_file(out)
    assert set(frame["landmark_id"]) == {"sit_in_2021_jadriya", "gate_14_july_bridge", "us_embassy"}
    assert (frame["source"] == "Shafaq News").all()
    assert "3 incident(s) from 1 report(s)" in capsys.readouterr().out


def test_extract_jsonl_batch_to_csv_with_progress_bar(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [
        {"text": SEED.read_text(encoding="utf-8"), "published": "2021-10-23", "source": "Shafaq News"},
        {"text": "Rockets struck near the U.S. embassy on Sunday.", "published": "2020-01-27", "report_id": "r2"},
    ]
    batch.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    proc = subprocess.run(
        [sys.executable, "-m", "geoincidents", "extract", str(batch), "--source", "fallback", "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "extracting" in proc.stderr  # tqdm writes its bar to stderr
    table = pd.read_csv(out)
    assert len(table) == 4
    assert set(table["report_id"]) == {"batch:1", "r2"}
    assert set(table["source"]) == {"Shafaq News", "fallback"}


def test_extract_gpkg(tmp_path: Path) -> None:
    out = tmp_path / "out.gpkg"
    assert main(["extract", str(SEED), "--published", "2021-10-23", "-q", "-o", str(out)]) == 0
    assert len(gpd.read_file(out, layer="incidents")) == 3


def test_bad_jsonl_line_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "bad.jsonl"
    batch.write_text('{"text": "ok"}\n{"text": 5}\n', encoding="utf-8")
    assert main(["extract", str(batch), "-o", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert "bad.jsonl: line 2: field 'text'" in err
    with pytest.raises(ValueError, match="line 1: not valid JSON"):
        (tmp_path / "worse.jsonl").write_text("{nope\n", encoding="utf-8")
        read_reports([tmp_path / "worse.jsonl"])


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "r.docx").write_bytes(b"x")
    with pytest.raises(ValueError, match="unsupported report file"):
        read_reports([tmp_path / "r.docx"])
    with pytest.raises(FileNotFoundError):
        read_reports([tmp_path / "none.txt"])
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(ValueError, match="not UTF-8"):
        read_reports([tmp_path / "latin1.txt"])
