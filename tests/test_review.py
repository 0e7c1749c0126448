"""The app-facing review helpers, on a real store file."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pyogrio
import pytest

from geoincidents.store.alerts import AlertRule
from geoincidents.store.incident_store import IncidentStore
from geoincidents.ui.review import (
    change_status,
    filter_by_status,
    incident_history,
    load_store_incidents,
    recent_alerts,
    status_counts,
    store_path_from_env,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _store_helpers import landmark_incidents


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "review.gpkg"
    with IncidentStore(path) as store:
        store.add_report("Report behind the incidents.", "2024-01-02", "Wire", "r1")
        store.add_incidents(landmark_incidents(8, report_id="r1"), rules=[AlertRule("gz")])
    return path


def test_review_round_trip(store_path: Path) -> None:
    frame = load_store_incidents(store_path)
    assert len(frame) == 8 and list(status_counts(frame)) == [8, 0, 0, 0]
    msg = change_status(store_path, "ev00002", "disputed", " amal ", "conflicting accounts")
    assert msg == "ev00002: unverified -> disputed, by amal (conflicting accounts)."
    assert (
        change_status(store_path, "ev00002", "disputed", "amal", "again")
        == "ev00002 is already disputed; nothing changed."
    )
    frame = load_store_incidents(store_path)
    assert list(filter_by_status(frame, ["disputed"])["event_id"]) == ["ev00002"]
    assert len(filter_by_status(frame, [])) == 8
    assert status_counts(frame)["disputed"] == 1
    audit, evidence = incident_history(store_path, "ev00002")
    assert list(audit["action"]) == ["create", "status"] and audit["analyst"].iloc[-1] == "amal"
    assert list(evidence["report_id"]) == ["r1"] and evidence["text"].iloc[0] == "Report behind the incidents."
    on_disk = pyogrio.read_dataframe(store_path, layer="audit")
    assert (on_disk["action"] == "status").sum() == 1


def test_recent_alerts_newest_first(store_path: Path) -> None:
    table = recent_alerts(store_path, limit=50)
    with IncidentStore(store_path) as store:
        stored = store.alerts()
    assert len(table) == len(stored) > 0
    assert list(table["event_id"]) == list(stored["event_id"])
    assert len(recent_alerts(store_path, limit=1)) == 1


def test_missing_store_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "typo.gpkg"
    with pytest.raises(FileNotFoundError, match="incident store not found"):
        load_store_incidents(missing)
    assert not missing.exists()
    with pytest.raises(ValueError, match="unknown status"):
        filter_by_status(landmark_incidents(1), ["maybe"])


def test_store_path_from_env() -> None:
    assert store_path_from_env({"GEOINCIDENTS_STORE": " /data/s.gpkg "}) == "/data/s.gpkg"
    assert store_path_from_env({}) == ""


def test_status_is_drawn_on_the_map(store_path: Path) -> None:
    from geoincidents.maps.assets import assets_ready
    from geoincidents.maps.build import build_map
    from geoincidents.ui.views import prepare_incidents

    if not assets_ready():
        pytest.skip("offline map assets not fetched (python -m geoincidents.maps.assets fetch)")
    change_status(store_path, "ev00001", "rejected", "amal", "duplicate of another report")
    change_status(store_path, "ev00002", "disputed", "amal", "dates disagree")
    frame = prepare_incidents(load_store_incidents(store_path))
    html = build_map(frame, tiles=None).get_root().render()
    # the incident layer's columns: each marker's status, drawn with the style of that status
    # (the incidents and the alert incidents are two layers, each with its columns)
    drawn = []
    for found in re.finditer(r"var cols = (\{.*?\});\n", html):
        status = json.loads(found.group(1))["status"]
        drawn += [status["u"][i] for i in status["i"]] if isinstance(status, dict) else status
    assert sorted(drawn) == ["disputed", "rejected", *["unverified"] * 6]
    styles = json.loads(re.search(r"var styles = (\{.*?\});\n", html).group(1))  # type: ignore[union-attr]
    assert styles["rejected"] == ["#777777", "2 4", 0.3]  # rejected: faded, dotted
    assert styles["disputed"][:2] == ["#111111", "3 3"]  # disputed: dashed
    assert styles["unverified"][:2] == ["#ffffff", ""]  # still unverified
    assert "faded rejected" in html  # the legend says so


def test_a_move_the_state_machine_forbids_is_refused_with_the_allowed_ones(store_path: Path) -> None:
    assert change_status(store_path, "ev00003", "rejected", "amal", "fabricated").endswith("(fabricated).")
    with pytest.raises(ValueError, match=r"rejected -> verified is not allowed; from rejected .* unverified"):
        change_status(store_path, "ev00003", "verified", "amal", "on second thought")
    audit, _ = incident_history(store_path, "ev00003")
    assert list(audit["after"]) == ["unverified", "rejected"]
