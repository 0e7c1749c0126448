"""The judged scenario in a real browser: ``watch`` fills a store while an analyst reviews in the app.

Afterwards the store is opened with GDAL: every report and incident is there, the analyst's status
changes are in the audit table, and the alerts are those the geometry gives.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyogrio
import pytest

from geoincidents.store.alerts import AlertRule, evaluate_alerts
from geoincidents.store.incident_store import IncidentStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _store_helpers import landmark_incidents, write_report_folder

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
RULES = [AlertRule("gz-breach"), AlertRule("gz-1km", max_distance_m=1000)]


def _idle(page: Any) -> None:
    """Wait until the app has finished its current run (Streamlit's 'Running...' widget is gone)."""
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=180000)


def _review(page: Any, status: str, analyst: str, reason: str) -> str:
    """Change the status of the incident preselected in the review form; return the confirmation."""
    _idle(page)
    page.get_by_label("New status").click()
    page.get_by_role("option", name=status, exact=True).click()
    page.get_by_role("textbox", name="Analyst").fill(analyst)
    page.get_by_role("textbox", name="Reason").fill(reason)
    page.get_by_role("button", name="Change status").click()
    done = page.get_by_text(f"{status}, by {analyst}")  # Streamlit draws "->" as an arrow
    try:
        done.wait_for(timeout=120000)
    except Exception:
        page.screenshot(path=str(ARTIFACTS / "app_store_review_failed.png"), full_page=True)
        raise
    _idle(page)
    return str(done.inner_text())


@pytest.mark.slow
def test_watch_fills_the_store_while_an_analyst_reviews_in_the_browser(
    browser: Any, app_url: str, tmp_path: Path
) -> None:
    n_files = 16
    inbox, store_path, rules = tmp_path / "inbox", tmp_path / "shared.gpkg", tmp_path / "rules.json"
    staging = tmp_path / "staging"
    write_report_folder(staging, n_files)
    inbox.mkdir()

    def deliver(first: int, last: int) -> None:
        """Reports arrive: sidecar first, then the text, each renamed into the inbox at once."""
        for i in range(first, last):
            for suffix in (".json", ".txt"):
                os.replace(staging / f"r{i:03d}{suffix}", inbox / f"r{i:03d}{suffix}")

    deliver(0, n_files // 2)
    rules.write_text(json.dumps([r.to_dict() for r in RULES]), encoding="utf-8")
    with IncidentStore(store_path) as store:  # what the analysts already had
        store.add_incidents(landmark_incidents(4, start="2023-06-01", prefix="pre"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    watcher = subprocess.Popen(
        [
            *(sys.executable, "-m", "geoincidents", "watch", str(inbox), "--store", str(store_path)),
            *("--rules", str(rules), "--alerts", str(tmp_path / "alerts.jsonl"), "--interval", "0.2"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 1800})
        page.goto(app_url)
        page.get_by_text("Incident store", exact=True).click()
        path_input = page.get_by_role("textbox", name="Store file (GeoPackage)")
        path_input.fill(str(store_path))
        path_input.press("Enter")
        page.get_by_text("Recent alerts from the store").wait_for(timeout=180000)
        first = _review(page, "verified", "browser-analyst", "seen on two channels")
        deliver(n_files // 2, n_files)  # more reports arrive while the analyst is at work
        confirmations = [first, _review(page, "disputed", "browser-analyst", "a third outlet disagrees")]
        page.screenshot(path=str(ARTIFACTS / "app_store_review.png"), full_page=True)
        # watch keeps going; wait until it has recorded every file (ingested or failed)
        deadline = time.monotonic() + 180
        while len(pyogrio.read_dataframe(store_path, layer="ingested_files", read_geometry=False)) < n_files:
            assert time.monotonic() < deadline, "watch did not ingest every file"
            with contextlib.suppress(subprocess.TimeoutExpired):  # returns at once if watch died
                watcher.wait(timeout=0.25)
            assert watcher.poll() is None, watcher.communicate()[1]
    finally:
        watcher.send_signal(signal.SIGINT)  # Ctrl-C: watch closes the store and exits cleanly
        _, watch_err = watcher.communicate(timeout=60)
    assert watcher.returncode == 0, watch_err

    # opened in GDAL, as is
    reports = pyogrio.read_dataframe(store_path, layer="reports")
    assert len(reports) == n_files
    incidents = pyogrio.read_dataframe(store_path, layer="incidents")
    files = pyogrio.read_dataframe(store_path, layer="ingested_files")
    assert len(files) == n_files and files["error"].isna().all(), files[["path", "error"]].to_string()
    assert len(incidents) == 4 + files["n_incidents"].sum(), files[["path", "n_incidents"]].to_string()
    audit = pyogrio.read_dataframe(store_path, layer="audit")
    changes = audit[(audit["action"] == "status") & (audit["analyst"] == "browser-analyst")]
    assert list(changes["after"]) == ["verified", "disputed"], confirmations
    assert list(changes["reason"]) == ["seen on two channels", "a third outlet disagrees"]
    reviewed = changes["event_id"].iloc[-1]
    assert incidents.set_index("event_id").at[reviewed, "status"] == "disputed"
    new = incidents[~incidents["event_id"].str.startswith("pre")]
    expected = evaluate_alerts(new, RULES)
    alerts = pyogrio.read_dataframe(store_path, layer="alerts")
    assert len(expected) > 0 and set(alerts["alert_id"]) == set(expected["alert_id"])
    page.close()
