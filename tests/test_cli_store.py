"""``geoincidents review`` and ``alerts`` on a real incident store: listings for people, exports as data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geoincidents.cli import main
from geoincidents.schema import STATUSES
from geoincidents.store.alerts import AlertRule
from geoincidents.store.incident_store import IncidentStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _store_helpers import landmark_incidents

RULES = [AlertRule("gz"), AlertRule("gz-1km", max_distance_m=1000)]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "analysts.gpkg"
    incidents = landmark_incidents(6)
    incidents.loc[0, "location"] = "\x1b[31mred\x1b[0m street"  # a report's text with a terminal escape sequence
    with IncidentStore(path) as db:
        db.add_incidents(incidents, rules=RULES)
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_an_unknown_status_is_refused_with_the_statuses(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("--store", str(store), "--analyst", "a", "--reason", "r")
    status, _, err = _run(capsys, "review", "set", "ev00001", "approved", *argv)
    assert status == 2 and "'approved' is not one of" in err and all(s in err for s in STATUSES)
    status, _, err = _run(capsys, "review", "list", "--store", str(store), "--status", "approved")
    assert status == 2 and "unknown status(es) ['approved']" in err


def test_review_list_is_for_people(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "review", "list", "--store", str(store))
    assert status == 0
    header = out.splitlines()[0]
    for title in ("Event id", "Date", "Event type", "Place (as reported)", "Landmark", "Distance (m)", "Review status"):
        assert title in header
    assert "distance_m" not in out and "landmark_id" not in out
    with IncidentStore(store) as db:
        stored = db.query()
        names = dict(zip(db.query()["landmark_id"], stored["location"], strict=True))
    assert all(eid in out for eid in stored["event_id"])
    first_landmark = str(stored["landmark_id"].iloc[1])
    assert first_landmark not in out.replace(str(stored["event_id"].iloc[1]), "")  # the id is never shown...
    assert str(names[first_landmark]) in out  # ...the landmark's name is
    assert "\x1b" not in out and "\\x1b[31mred" in out  # the escape sequence is shown, not obeyed
    assert out.rstrip().endswith("6 of 6 incident(s) shown")


def test_review_set_goes_through_the_state_machine_and_the_audit_trail(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ("review", "set", "ev00002", "verified", "--store", str(store))
    status, out, _ = _run(capsys, *argv, "--analyst", " amal ", "--reason", "two outlets agree")
    assert status == 0 and out.strip() == "ev00002: unverified -> verified, by amal (two outlets agree)."
    status, out, _ = _run(capsys, *argv, "--analyst", "amal", "--reason", "again")
    assert status == 0 and "already verified; nothing changed" in out
    # verified -> rejected is not a move of the state machine: refused, with the moves allowed
    status, _, err = _run(
        capsys, "review", "set", "ev00002", "rejected", "--store", str(store), "--analyst", "b", "--reason", "r"
    )
    assert status == 2 and "verified -> rejected is not allowed" in err and "can go to disputed" in err
    status, _, err = _run(capsys, *argv, "--analyst", "  ", "--reason", "x")
    assert status == 2 and "a named analyst is required" in err
    status, _, err = _run(
        capsys, "review", "set", "nope", "verified", "--store", str(store), "--analyst", "a", "--reason", "r"
    )
    assert status == 2 and err.strip().endswith(f"no incident 'nope' in {store}")
    with IncidentStore(store) as db:
        assert db.get("ev00002")["status"] == "verified"
        trail = db.audit("ev00002")
    assert list(
        trail[trail["action"] == "status"][["analyst", "before", "after", "reason"]].itertuples(index=False, name=None)
    ) == [("amal", "unverified", "verified", "two outlets agree")]
    status, out, _ = _run(capsys, "review", "history", "ev00002", "--store", str(store))
    assert status == 0 and "Analyst" in out.splitlines()[0] and "two outlets agree" in out
    status, out, _ = _run(capsys, "review", "list", "--store", str(store), "--status", "verified")
    assert "ev00002" in out and "ev00001" not in out and "1 of 1 incident(s) shown" in out


def test_review_export_keeps_machine_columns(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_csv = tmp_path / "incidents.csv"
    status, out, _ = _run(
        capsys, "review", "export", "--store", str(store), "-o", str(out_csv), "--since", "2024-01-03"
    )
    assert status == 0 and out.strip() == f"4 incident(s) written to {out_csv}"
    back = pd.read_csv(out_csv)
    assert list(back["event_id"]) == ["ev00002", "ev00003", "ev00004", "ev00005"]
    assert {"event_id", "distance_m", "status", "landmark_id"} <= set(back.columns)
    out_gpkg = tmp_path / "incidents.gpkg"
    assert main(["review", "export", "--store", str(store), "-o", str(out_gpkg)]) == 0
    assert len(gpd.read_file(out_gpkg)) == 6
    status, _, err = _run(capsys, "review", "export", "--store", str(store), "-o", str(tmp_path / "x.xlsx"))
    assert status == 2 and "unsupported output type '.xlsx'" in err


def test_alerts_list_and_export(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with IncidentStore(store) as db:
        stored = db.alerts()
    assert len(stored) > 0
    status, out, _ = _run(capsys, "alerts", "list", "--store", str(store), "--limit", "0")
    assert status == 0
    lines = out.strip().splitlines()
    assert lines[-1] == f"{len(stored)} alert(s)" and len(lines) == len(stored) + 1
    assert "Green Zone (International Zone)" in out and " green_zone " not in out  # the perimeter by name
    status, out, _ = _run(capsys, "alerts", "list", "--store", str(store), "--pending")
    assert f"{len(stored)} alert(s)" in out  # nothing emitted yet: every alert is pending
    jsonl = tmp_path / "alerts.jsonl"
    assert main(["alerts", "export", "--store", str(store), "-o", str(jsonl)]) == 0
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["alert_id"] for r in records) == sorted(stored["alert_id"])
    geojson = tmp_path / "alerts.geojson"
    assert main(["alerts", "export", "--store", str(store), "-o", str(geojson)]) == 0
    assert len(gpd.read_file(geojson)) == len(stored)
    csv = tmp_path / "alerts.csv"
    assert main(["alerts", "export", "--store", str(store), "-o", str(csv)]) == 0
    assert list(pd.read_csv(csv)["alert_id"]) == list(stored["alert_id"])


def test_listing_never_creates_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.gpkg"
    for argv in (["review", "list"], ["alerts", "list"], ["review", "history", "x"]):
        status, _, err = _run(capsys, *argv, "--store", str(missing))
        assert status == 2 and "not found" in err and err.count("\n") == 1
    assert not missing.exists()
