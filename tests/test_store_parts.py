"""Each part of the incident store on its own, on a real store file (no IncidentStore around it)."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from geoincidents.errors import StoreError
from geoincidents.proximity.measure import check_proximity
from geoincidents.store import _incidents, _open, _schema
from geoincidents.store._alert_log import AlertLog
from geoincidents.store._audit import AuditTrail
from geoincidents.store._db import Database
from geoincidents.store._ingest_log import IngestLog
from geoincidents.store._query import prefilter_sql, query_incidents
from geoincidents.store._reports import ReportTable
from geoincidents.store._review import Review
from geoincidents.store.alerts import AlertRule, evaluate_alerts
from geoincidents.store.filters import IncidentFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _store_helpers import landmark_incidents


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = _open.open_database(tmp_path / "parts.gpkg", 5.0)
    yield database
    database.close()


def _add(db: Database, frame: pd.DataFrame, analyst: str = "system") -> _incidents.Outcome:
    audit = AuditTrail(db)
    table = _incidents.IncidentTable(ReportTable(db), audit)
    recs = _incidents.records(_incidents.prepare(frame, check_proximity))
    with db.transaction() as conn:
        return table.add(conn, recs, analyst, None)


def test_database_transactions_nest_and_roll_back_whole(db: Database) -> None:
    with db.transaction() as conn:
        conn.execute("INSERT INTO reports (report_id, text, sha256) VALUES ('a', 'x', 'h1')")
        with db.transaction() as inner:  # joins the outer transaction
            assert inner is conn and db.in_transaction
            inner.execute("INSERT INTO reports (report_id, text, sha256) VALUES ('b', 'y', 'h2')")
    with pytest.raises(RuntimeError, match="boom"), db.transaction() as conn:
        conn.execute("INSERT INTO reports (report_id, text, sha256) VALUES ('c', 'z', 'h3')")
        raise RuntimeError("boom")
    assert not db.in_transaction
    assert [r[0] for r in db.read("SELECT report_id FROM reports ORDER BY fid")] == ["a", "b"]


def test_opening_creates_every_table_index_and_trigger_and_knows_its_files(db: Database, tmp_path: Path) -> None:
    objects = {r[0] for r in db.read("SELECT name FROM sqlite_master")}
    ddl = (*_schema.INDEXES, *_schema.TRIGGERS)
    assert {*_schema.TABLES, _schema.MARKER_TABLE} <= objects and {_schema.object_name(d) for d in ddl} <= objects
    assert _schema.counts(db) == dict.fromkeys(_schema.TABLES, 0)
    db.close()
    assert _open.inspect_file(tmp_path / "parts.gpkg") == "store"
    assert _open.inspect_file(tmp_path / "missing.gpkg") == "missing"
    (tmp_path / "empty.gpkg").touch()
    assert _open.inspect_file(tmp_path / "empty.gpkg") == "empty"
    with pytest.raises(FileNotFoundError, match="incident store not found"):
        _open.open_database(tmp_path / "missing.gpkg", 5.0, create=False)
    assert not (tmp_path / "missing.gpkg").exists()


def test_reports_are_stored_once_by_content_and_linked(db: Database) -> None:
    reports = ReportTable(db)
    rid = reports.add("Protesters gathered at Tahrir Square.", date(2024, 1, 2), "Wire")
    assert reports.add("Protesters gathered at Tahrir Square.", source="Other", report_id="named") == rid
    with pytest.raises(ValueError, match="different text"):
        reports.add("Another text.", report_id=rid)
    assert reports.sha256(rid) is not None and reports.sha256("nope") is None
    rec = {"report_id": rid, "source": "Wire", "event_id": "in1", "sentence": "s", "span_start": 0, "span_end": 5}
    with db.transaction() as conn:
        assert not reports.linked(conn, "ev1", rec)
        reports.link(conn, "ev1", rec)
        reports.link(conn, "ev1", rec)  # once
        assert reports.linked(conn, "ev1", rec)
    evidence = reports.evidence("ev1")
    assert list(evidence["report_id"]) == [rid] and evidence["text"].iloc[0].startswith("Protesters")
    assert list(reports.all()["report_id"]) == [rid]


def test_audit_trail_appends_rows_per_changed_field(db: Database) -> None:
    audit = AuditTrail(db)
    with db.transaction() as conn:
        audit.append(conn, "ev1", "create", "system", "added", [("status", None, "unverified")])
        audit.append(conn, "ev1", "merge", "system", "dup", [("fatalities", None, 2), ("sources", "[]", '["A"]')])
    trail = audit.read("ev1")
    assert list(trail["action"]) == ["create", "merge", "merge"]
    assert list(trail["field"]) == ["status", "fatalities", "sources"]
    assert list(trail["after"]) == ["unverified", "2", '["A"]']
    assert trail["at"].dt.tz is not None
    assert audit.read("other").empty


def test_merge_updates_fill_missing_values_and_add_the_source() -> None:
    stored = {c: None for c in _incidents.INCIDENT_COLUMNS} | {"sources": '["A"]', "n_sources": 1}
    stored |= {"source": "A", "latitude": 33.3, "longitude": 44.4, "confidence": 0.5, "fatalities": 1}
    rec = dict.fromkeys(_incidents.INCIDENT_COLUMNS) | {"confidence": 0.9, "fatalities": 3, "injuries": 2}
    rec |= {"source": "B", "latitude": 33.0, "longitude": 44.0}
    updates = _incidents.merge_updates(stored, rec)
    assert updates == {"injuries": 2, "confidence": 0.9, "sources": json.dumps(["A", "B"]), "n_sources": 2}
    assert _incidents.merge_updates(stored | {"sources": '["B"]'}, rec | {"confidence": 0.1, "injuries": None}) == {}


def test_incident_table_inserts_then_merges_duplicates(db: Database) -> None:
    first = landmark_incidents(3)
    outcome = _add(db, first)
    assert outcome.added == ["ev00000", "ev00001", "ev00002"]
    again = first.assign(event_id=None, source="Second Outlet")  # same day, place and type
    outcome = _add(db, again)
    assert outcome.added == [] and outcome.merged == ["ev00000", "ev00001", "ev00002"]
    assert _add(db, again).unchanged == ["ev00000", "ev00001", "ev00002"]  # the same evidence again
    with pytest.raises(ValueError, match="row 0: event_type 'Picnic'"):
        _incidents.prepare(first.assign(event_type="Picnic"), check_proximity)


def test_query_prefilter_never_drops_what_the_filter_keeps() -> None:
    where, params = prefilter_sql(IncidentFilter(event_types=["Riots"], date_from="2024-01-01"))
    assert where == ['"event_type" IN (?)', '("event_date" >= ? OR "event_date" IS NULL)'] and params[0] == "Riots"
    assert prefilter_sql(IncidentFilter(event_ids=[]))[0] == ["0"]
    assert prefilter_sql(IncidentFilter(event_ids=[str(i) for i in range(501)]))[0] == []  # left to the filter


def test_review_changes_a_status_and_audits_it(db: Database) -> None:
    _add(db, landmark_incidents(2))
    audit = AuditTrail(db)
    review = Review(db, audit)
    assert review.set_status("ev00001", "disputed", " amal ", " two accounts ")
    assert not review.set_status("ev00001", "disputed", "amal", "again")
    with pytest.raises(KeyError, match="nope"):
        review.set_status("nope", "verified", "amal", "x")
    trail = audit.read("ev00001")
    assert trail.iloc[-1][["analyst", "before", "after", "reason"]].tolist() == [
        "amal",
        "unverified",
        "disputed",
        "two accounts",
    ]
    assert list(query_incidents(db, IncidentFilter(statuses=["disputed"]))["event_id"]) == ["ev00001"]


def test_alert_log_stores_each_rule_and_incident_once(db: Database) -> None:
    _add(db, landmark_incidents(6))
    alerts = evaluate_alerts(query_incidents(db, IncidentFilter()), [AlertRule("near", max_distance_m=1000)])
    assert len(alerts) > 0
    log = AlertLog(db)
    assert len(log.add(alerts)) == len(alerts)
    assert len(log.add(alerts)) == 0
    stored = log.read()
    assert sorted(stored["alert_id"]) == sorted(alerts["alert_id"]) and len(log.read(limit=1)) == 1


def test_ingest_log_remembers_path_and_content(db: Database) -> None:
    log = IngestLog(db)
    assert not log.is_ingested("a.txt", "h1")
    log.record("a.txt", "h1", size=10, n_reports=1)
    log.record("b.txt", "h2", size=3, error="ValueError: bad")
    assert log.is_ingested("a.txt", "h1") and not log.is_ingested("a.txt", "h2")
    files = log.files()
    assert list(files["path"]) == ["a.txt", "b.txt"] and files["error"].iloc[1] == "ValueError: bad"


def test_a_foreign_database_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (a)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match=r"not an incident store: an SQLite database made by another program"):
        _open.open_database(path, 1.0)
