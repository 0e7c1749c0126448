"""``geoincidents watch``: report files in a folder go into the store with the real extractor."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import numpy as np
import pyogrio
import pytest

from geoincidents.extraction.pipeline import extract_incidents
from geoincidents.store.alerts import AlertRule, evaluate_alerts
from geoincidents.store.incident_store import IncidentStore
from geoincidents.store.watch import ScanState, read_report_file, scan_once, watch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _store_helpers import landmark_incidents, write_report_folder

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "000_a1c6e357c0dae756.txt"
BATCH = [
    {
        "text": "Hundreds of protesters stormed the parliament building inside the Green Zone on Wednesday.",
        "published": "2024-05-01",
        "source": "Wire A",
    },
    {
        "text": "On Monday, demonstrators gathered in Tahrir Square in central Baghdad.",
        "published": "2024-05-01",
        "source": "Wire B",
    },
    {
        "text": "A rocket struck near the US embassy in Baghdad on Sunday night, causing no casualties.",
        "published": "2024-05-01",
        "source": "Wire C",
    },
]
RULES = [AlertRule("gz-breach"), AlertRule("gz-1km", max_distance_m=1000)]


def _fill(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, folder / SEED.name)
    (folder / f"{SEED.stem}.json").write_text(
        json.dumps({"published": "2021-10-23", "source": "Shafaq News"}), encoding="utf-8"
    )
    (folder / "batch.jsonl").write_text("\n".join(json.dumps(r) for r in BATCH) + "\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Protesters gathered at Tahrir Square on Monday.", encoding="utf-8")
    (folder / "half.txt.part").write_text("Protesters gathered at", encoding="utf-8")
    (folder / "notes.md").write_text("not a report", encoding="utf-8")
    (folder / "broken.jsonl").write_text(json.dumps(BATCH[0]) + "\n{oops\n", encoding="utf-8")


def _expected_events() -> set[str]:
    ids = set(
        extract_incidents(
            SEED.read_text(encoding="utf-8"), published="2021-10-23", source="Shafaq News", report_id=SEED.stem
        )["event_id"]
    )
    for lineno, rep in enumerate(BATCH, start=1):
        rid = f"batch:{lineno}"  # read_reports names a line of a batch without an id after file and line
        ids |= set(
            extract_incidents(rep["text"], published=rep["published"], source=rep["source"], report_id=rid)["event_id"]
        )
    return ids


def test_watch_once_ingests_reports_incidents_and_alerts(tmp_path: Path) -> None:
    folder, path, alerts_out = tmp_path / "inbox", tmp_path / "store.gpkg", tmp_path / "alerts.jsonl"
    _fill(folder)
    out, err = io.StringIO(), io.StringIO()
    results = watch(folder, path, rules=RULES, alerts_out=alerts_out, once=True, out=out, err=err)
    assert sorted(r.path.name for r in results) == ["000_a1c6e357c0dae756.txt", "batch.jsonl", "broken.jsonl"]
    broken = next(r for r in results if r.path.name == "broken.jsonl")
    assert broken.error is not None and "line 2" in broken.error
    assert "broken.jsonl" in err.getvalue() and "line 2" in err.getvalue()

    reports = pyogrio.read_dataframe(path, layer="reports")
    assert sorted(reports["text"]) == sorted([SEED.read_text(encoding="utf-8")] + [r["text"] for r in BATCH])
    assert reports.set_index("report_id").at[SEED.stem, "source"] == "Shafaq News"
    links = pyogrio.read_dataframe(path, layer="incident_reports")
    assert set(links["incoming_event_id"]) == _expected_events()  # every extracted incident is kept
    incidents = pyogrio.read_dataframe(path, layer="incidents")
    assert len(incidents) > 0 and set(incidents["event_id"]) <= set(links["incoming_event_id"])
    assert set(links["event_id"]) == set(incidents["event_id"])

    with IncidentStore(path) as store:
        stored_alerts = store.alerts()
        expected = evaluate_alerts(store.query(), RULES)
        files = store.ingested_files()
    assert len(expected) > 0
    assert sorted(stored_alerts["alert_id"]) == sorted(expected["alert_id"])
    lines = [json.loads(line) for line in alerts_out.read_text(encoding="utf-8").splitlines()]
    assert sorted(rec["alert_id"] for rec in lines) == sorted(expected["alert_id"])
    for rec in lines:
        assert rec["alert_id"] in out.getvalue()
    assert set(files["path"].map(lambda p: Path(p).name)) == {SEED.name, "batch.jsonl", "broken.jsonl"}
    assert files.set_index(files["path"].map(lambda p: Path(p).name)).at["broken.jsonl", "error"]


def test_restart_does_not_ingest_again_but_a_changed_file_is(tmp_path: Path) -> None:
    folder, path, alerts_out = tmp_path / "inbox", tmp_path / "store.gpkg", tmp_path / "alerts.jsonl"
    _fill(folder)
    watch(folder, path, rules=RULES, alerts_out=alerts_out, once=True, out=io.StringIO(), err=io.StringIO())
    with IncidentStore(path) as store:
        before = store.counts()
    jsonl_before = alerts_out.read_text(encoding="utf-8")
    again = watch(folder, path, rules=RULES, alerts_out=alerts_out, once=True, out=io.StringIO(), err=io.StringIO())
    assert again == []
    with IncidentStore(path) as store:
        assert store.counts() == before
    assert alerts_out.read_text(encoding="utf-8") == jsonl_before

    extra = {"text": "Protesters blocked a road in Mansour district on Tuesday.", "published": "2024-05-01"}
    with (folder / "batch.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(extra) + "\n")
    changed = watch(folder, path, rules=RULES, once=True, out=io.StringIO(), err=io.StringIO())
    assert [r.path.name for r in changed] == ["batch.jsonl"]
    with IncidentStore(path) as store:
        after = store.counts()
        assert after["reports"] == before["reports"] + 1  # the three old lines are not stored twice
        assert after["incidents"] == before["incidents"] + len(changed[0].added)
        assert changed[0].merged == []  # the old lines' incidents brought nothing new
        assert after["audit"] == before["audit"] + len(changed[0].added)


def test_a_reused_file_name_keeps_both_reports(tmp_path: Path) -> None:
    folder, path = tmp_path / "inbox", tmp_path / "s.gpkg"
    folder.mkdir()
    latest = folder / "latest.txt"
    latest.write_text(BATCH[0]["text"], encoding="utf-8")
    watch(folder, path, once=True, out=io.StringIO(), err=io.StringIO())
    latest.write_text(BATCH[1]["text"], encoding="utf-8")  # the feed overwrites its file with the next report
    again = watch(folder, path, once=True, out=io.StringIO(), err=io.StringIO())
    assert again[0].error is None and again[0].report_ids[0].startswith("latest~")
    with IncidentStore(path) as store:
        reports = store.reports()
    assert list(reports["text"]) == [BATCH[0]["text"], BATCH[1]["text"]]
    assert reports["report_id"].iloc[0] == "latest"
    # an id given explicitly that clashes is an error, recorded and reported, not a silent rename
    (folder / "latest.json").write_text(json.dumps({"report_id": "latest"}), encoding="utf-8")
    latest.write_text(BATCH[2]["text"], encoding="utf-8")
    err = io.StringIO()
    clash = watch(folder, path, once=True, out=io.StringIO(), err=err)
    assert clash[0].error is not None and "already holds a different text" in err.getvalue()


def test_scan_waits_until_a_file_stops_changing(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    report = folder / "r.txt"
    report.write_text("On Monday, demonstrators gathered in Tahrir Square", encoding="utf-8")
    state = ScanState()
    with IncidentStore(tmp_path / "s.gpkg") as store:
        assert scan_once(folder, store, state=state, settle_s=0) == []  # first sight: maybe still being written
        with report.open("a", encoding="utf-8") as fh:
            fh.write(" in central Baghdad.")
        assert scan_once(folder, store, state=state, settle_s=0) == []  # it grew: wait again
        done = scan_once(folder, store, state=state, settle_s=0)
        assert [r.path for r in done] == [report]
        assert store.reports()["text"].tolist() == [report.read_text(encoding="utf-8")]


def test_polling_loop_ingests_a_file_once_it_is_stable(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "r.txt").write_text(BATCH[1]["text"], encoding="utf-8")
    out = io.StringIO()
    (folder / "r.json").write_text(json.dumps({"source": "Wire B"}), encoding="utf-8")  # with its sidecar: no settle
    results = watch(folder, tmp_path / "s.gpkg", once=False, interval_s=0.01, max_polls=3, out=out, err=io.StringIO())
    assert [r.path.name for r in results] == ["r.txt"]  # seen on poll 1, stable on poll 2, not again on poll 3
    assert "r.txt: 1 report(s)" in out.getvalue()


def test_report_files_are_read_with_clear_errors(tmp_path: Path) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text("Text of the report.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2024-02-03", "source": "X"}), encoding="utf-8")
    (rep,) = read_report_file(txt)
    assert (rep.text, rep.published, rep.source, rep.report_id) == ("Text of the report.", date(2024, 2, 3), "X", "a")
    (tmp_path / "a.json").write_text(json.dumps({"published": "not a date"}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"a\.json: published: 'not a date' is not an ISO date"):
        read_report_file(txt)
    bad = tmp_path / "b.jsonl"
    bad.write_text(json.dumps({"text": "ok"}) + "\n" + json.dumps({"source": "no text"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"b\.jsonl: line 2: field 'text'"):
        read_report_file(bad)
    latin = tmp_path / "c.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(ValueError, match="not UTF-8"):
        read_report_file(latin)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "geoincidents", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.mark.slow
def test_cli_watch_once(tmp_path: Path) -> None:
    folder, path, alerts_out = tmp_path / "inbox", tmp_path / "store.gpkg", tmp_path / "out" / "alerts.jsonl"
    _fill(folder)
    (folder / "broken.jsonl").unlink()
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"rules": [r.to_dict() for r in RULES]}), encoding="utf-8")
    proc = _cli(
        "watch",
        str(folder),
        "--store",
        str(path),
        "--rules",
        str(rules),
        "--alerts",
        str(alerts_out),
        "--once",
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    lines = alerts_out.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 0 and proc.stdout.count("ALERT ") == len(lines)
    assert len(pyogrio.read_dataframe(path, layer="alerts")) == len(lines)
    assert len(pyogrio.read_dataframe(path, layer="reports")) == 1 + len(BATCH)

    rules.write_text(json.dumps([{"rule_id": "x", "band": "nowhere"}]), encoding="utf-8")
    bad = _cli("watch", str(folder), "--store", str(path), "--rules", str(rules), "--once", cwd=tmp_path)
    assert bad.returncode == 2 and "rules.json: rule 0" in bad.stderr and "Traceback" not in bad.stderr
    missing = _cli("watch", str(tmp_path / "nope"), "--store", str(path), "--once", cwd=tmp_path)
    assert missing.returncode == 2 and "watch folder not found" in missing.stderr


_REVIEWER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from geoincidents.store.incident_store import IncidentStore
    store = IncidentStore({path!r})
    Path({ready!r}).touch()
    while not Path({go!r}).exists():
        time.sleep(0.005)
    cycle = ["verified", "disputed", "rejected", "unverified"]
    k = changed = 0
    while not Path({done!r}).exists() or k < {min_changes}:  # review for as long as watch ingests
        changed += store.set_status(f"pre{{k % {n_pre}:05d}}", cycle[(k // {n_pre}) % 4], "analyst", f"review {{k}}")
        k += 1
        time.sleep(0.01)  # an analyst's pace
    store.close()
    print(changed)
    """
)
_WATCHER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from geoincidents.cli import main
    from geoincidents.extraction.pipeline import extract_incidents
    extract_incidents("Protesters gathered at Tahrir Square on Monday.", published="2024-01-01")  # warm up
    Path({ready!r}).touch()
    while not Path({go!r}).exists():
        time.sleep(0.005)
    status = main(["watch", {inbox!r}, "--store", {path!r}, "--rules", {rules!r}, "--once"])
    Path({done!r}).touch()
    sys.exit(status)
    """
)


@pytest.mark.slow
def test_watch_and_an_analyst_writing_at_once(tmp_path: Path) -> None:
    n_files, n_pre, min_changes = 24, 6, 12
    inbox = tmp_path / "inbox"
    write_report_folder(inbox, n_files)
    # the reference: the same folder ingested alone
    reference = tmp_path / "reference.gpkg"
    watch(inbox, reference, rules=RULES, once=True, out=io.StringIO(), err=io.StringIO())
    with IncidentStore(reference) as ref:
        ref_ids = set(ref.query()["event_id"])
        ref_alerts = set(ref.alerts()["alert_id"])
    assert len(ref_ids) > n_files // 2

    path, go, done = tmp_path / "shared.gpkg", tmp_path / "go", tmp_path / "watch_done"
    ready = [tmp_path / "ready_watch", tmp_path / "ready_review"]
    with IncidentStore(path) as store:
        store.add_incidents(landmark_incidents(n_pre, start="2023-01-01", prefix="pre"))
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps([r.to_dict() for r in RULES]), encoding="utf-8")
    common = {"go": str(go), "done": str(done), "path": str(path)}
    scripts = [
        _WATCHER.format(inbox=str(inbox), rules=str(rules), ready=str(ready[0]), **common),
        _REVIEWER.format(n_pre=n_pre, min_changes=min_changes, ready=str(ready[1]), **common),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen([sys.executable, "-c", s], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for s in scripts
    ]
    while not all(f.exists() for f in ready):  # both set up: start them together
        assert all(p.poll() is None for p in procs), [p.communicate()[1] for p in procs if p.poll() is not None]
        time.sleep(0.01)
    go.touch()
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    changes = int(outputs[1][0])

    # opened in GDAL: every report, every incident, every status change, the alerts the geometry gives
    reports = pyogrio.read_dataframe(path, layer="reports")
    assert len(reports) == n_files
    incidents = pyogrio.read_dataframe(path, layer="incidents")
    assert set(incidents["event_id"]) == ref_ids | {f"pre{i:05d}" for i in range(n_pre)}
    audit = pyogrio.read_dataframe(path, layer="audit")
    status = audit[audit["action"] == "status"]
    assert len(status) == changes >= min_changes and (status["analyst"] == "analyst").all()
    # they really wrote at once: the analyst committed both before watch's last new incident and after its
    # first (SQLite has no fair queue: watch may ingest a burst of files while the analyst's retry waits)
    created = np.flatnonzero((audit["action"] == "create") & ~audit["event_id"].str.startswith("pre"))
    assert (status.index < created.max()).any() and (status.index > created.min()).any()
    final = incidents.set_index("event_id")["status"]
    for eid, trail in status.groupby("event_id"):
        assert final[eid] == trail["after"].iloc[-1]
    alerts = pyogrio.read_dataframe(path, layer="alerts")
    assert set(alerts["alert_id"]) == ref_alerts
    files = pyogrio.read_dataframe(path, layer="ingested_files")
    assert len(files) == n_files and files["error"].isna().all()
    with IncidentStore(path) as store:
        assert store.verify_audit().ok  # the hash chain held with watch and an analyst writing at once
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


@pytest.mark.slow
def test_watch_killed_then_restarted_ingests_everything_once(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    write_report_folder(inbox, 12)
    reference = tmp_path / "reference.gpkg"
    watch(inbox, reference, once=True, out=io.StringIO(), err=io.StringIO())
    with IncidentStore(reference) as ref:
        ref_ids = set(ref.query()["event_id"])
        ref_counts = ref.counts()

    path = tmp_path / "store.gpkg"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "geoincidents", "watch", str(inbox), "--store", str(path), "--interval", "0.05"],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # one file ingested and committed; the watcher is busy with the next
    assert "report(s)" in first
    proc.kill()
    proc.wait()
    partial = pyogrio.read_dataframe(path, layer="ingested_files")
    assert 1 <= len(partial) <= 12
    watch(inbox, path, once=True, out=io.StringIO(), err=io.StringIO())  # the restart
    with IncidentStore(path) as store:
        assert set(store.query()["event_id"]) == ref_ids
        counts = store.counts()
    assert counts == ref_counts  # nothing lost, nothing twice
