"""The incident store: a real GeoPackage, reopened and read back with GDAL (pyogrio) and geopandas."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from geopandas.testing import assert_geoseries_equal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoincidents.io.incidents import read_incidents
from geoincidents.proximity.measure import check_proximity
from geoincidents.schema import INCIDENT_COLUMNS, coerce_incidents, load_sample_incidents
from geoincidents.store import _gpkg
from geoincidents.store.incident_store import IncidentStore, StoreBusyError, StoreError

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _store_helpers import landmark_incidents

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "000_a1c6e357c0dae756.txt"
LAYERS = {
    "incidents": "Point",
    "alerts": "Point",
    "reports": None,
    "incident_reports": None,
    "audit": None,
    "ingested_files": None,
}


def _gdal_layers(path: Path) -> dict[str, str | None]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a GDAL complaint about the file fails the test
        return {str(name): (None if kind is None else str(kind)) for name, kind in pyogrio.list_layers(path)}


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, gpd.GeoDataFrame]:
    path = tmp_path / "store.gpkg"
    incidents = load_sample_incidents()
    with IncidentStore(path) as store:
        store.add_report(SEED.read_text(encoding="utf-8"), "2021-10-23", "Shafaq News", SEED.stem)
        store.add_incidents(incidents)
    return path, incidents


def test_new_store_is_a_geopackage_gdal_opens(seeded: tuple[Path, gpd.GeoDataFrame]) -> None:
    path, incidents = seeded
    assert _gdal_layers(path) == LAYERS
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert con.execute("PRAGMA user_version").fetchone()[0] == 10400
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        contents = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
        assert contents == {t: ("features" if kind else "attributes") for t, kind in LAYERS.items()}
    finally:
        con.close()
    assert not Path(f"{path}-wal").exists()  # closed by its last user: one self-contained file
    layer = gpd.read_file(path, layer="incidents")
    assert layer.crs.to_epsg() == 4326
    assert list(layer["event_id"]) == list(incidents["event_id"])
    assert np.allclose(shapely.get_coordinates(layer.geometry), shapely.get_coordinates(incidents.geometry))
    assert (layer["status"] == "unverified").all()
    assert (layer["n_sources"] == 1).all()
    reports = pyogrio.read_dataframe(path, layer="reports")
    assert list(reports["report_id"]) == [SEED.stem]
    assert reports["text"].iloc[0] == SEED.read_text(encoding="utf-8")
    links = pyogrio.read_dataframe(path, layer="incident_reports")
    assert sorted(links["event_id"]) == sorted(incidents["event_id"])


def test_query_gives_back_what_was_added(seeded: tuple[Path, gpd.GeoDataFrame]) -> None:
    path, incidents = seeded
    with IncidentStore(path) as store:
        got = store.query()
    cols = [c for c in INCIDENT_COLUMNS if c != "status"]
    pd.testing.assert_frame_equal(
        pd.DataFrame(got[cols]).reset_index(drop=True), pd.DataFrame(incidents[cols]).reset_index(drop=True)
    )
    expected = check_proximity(incidents)
    assert np.allclose(got["distance_m"], expected["distance_m"])
    assert list(got["band"]) == [str(b) for b in expected["band"]]
    assert_geoseries_equal(got.geometry, incidents.geometry.reset_index(drop=True), check_less_precise=True)


def test_duplicates_merge_and_keep_every_source(seeded: tuple[Path, gpd.GeoDataFrame]) -> None:
    path, incidents = seeded
    again = incidents.copy()
    again["event_id"] = None  # another outlet's extraction: new ids, same day, landmark and type
    again["source"] = "Rudaw"
    again["report_id"] = "rudaw-1"
    again["fatalities"] = [0, 2, pd.NA]
    with IncidentStore(path) as store:
        store.add_report("Another outlet's account of the march.", "2021-10-24", "Rudaw", "rudaw-1")
        result = store.add_incidents(again)
        assert result.added == []
        assert result.merged == list(incidents["event_id"])
        got = store.query()
        evidence = store.evidence(incidents["event_id"].iloc[1])
        trail = store.audit(incidents["event_id"].iloc[1])
    assert len(got) == 3
    assert list(got["n_sources"]) == [2, 2, 2]
    assert [json.loads(s) for s in got["sources"]] == [["Shafaq News", "Rudaw"]] * 3
    assert list(evidence["report_id"]) == [SEED.stem, "rudaw-1"]
    assert evidence["text"].iloc[1] == "Another outlet's account of the march."
    # a missing value is filled from the duplicate, and the fill is audited with before/after
    assert got["fatalities"].iloc[1] == 2
    fill = trail[(trail["action"] == "merge") & (trail["field"] == "fatalities")]
    assert len(fill) == 1 and fill["before"].isna().all() and list(fill["after"]) == ["2"]
    # read back by GDAL: still three incidents, six links
    assert len(pyogrio.read_dataframe(path, layer="incidents")) == 3
    assert len(pyogrio.read_dataframe(path, layer="incident_reports")) == 6


def test_duplicates_in_one_batch_merge(tmp_path: Path) -> None:
    one = landmark_incidents(4, event_ids=False)
    twice = pd.concat([one, one.assign(source="Second Outlet")], ignore_index=True)
    with IncidentStore(tmp_path / "s.gpkg") as store:
        result = store.add_incidents(twice)
        assert len(result.added) == 4 and len(result.merged) == 4
        assert list(store.query()["n_sources"]) == [2, 2, 2, 2]


def test_status_changes_are_audited_and_nothing_is_deleted(seeded: tuple[Path, gpd.GeoDataFrame]) -> None:
    path, incidents = seeded
    eid = str(incidents["event_id"].iloc[0])
    with IncidentStore(path) as store:
        assert store.set_status(eid, "disputed", "amal", "the date is contested")
        assert store.set_status(eid, "rejected", "omar", "no second source")
        assert not store.set_status(eid, "rejected", "omar", "again")  # no change, nothing written
        with pytest.raises(ValueError, match="status 'deleted'"):
            store.set_status(eid, "deleted", "omar", "x")
        with pytest.raises(ValueError, match="analyst"):
            store.set_status(eid, "verified", "  ", "x")
        with pytest.raises(ValueError, match="reason"):
            store.set_status(eid, "verified", "omar", "")
        with pytest.raises(KeyError, match="nope"):
            store.set_status("nope", "verified", "omar", "x")
        assert set(store.query(statuses=["rejected"])["event_id"]) == {eid}
        assert len(store.query()) == 3
    audit = pyogrio.read_dataframe(path, layer="audit")
    changes = audit[audit["action"] == "status"]
    assert list(changes["analyst"]) == ["amal", "omar"]
    assert list(changes["before"]) == ["unverified", "disputed"]
    assert list(changes["after"]) == ["disputed", "rejected"]
    assert list(changes["reason"]) == ["the date is contested", "no second source"]
    assert (changes["event_id"] == eid).all()
    assert pd.to_datetime(changes["at"], utc=True).notna().all()
    layer = gpd.read_file(path, layer="incidents")
    assert len(layer) == 3 and layer.set_index("event_id").at[eid, "status"] == "rejected"


def test_readers_open_and_close_while_a_writer_holds_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "s.gpkg"
    with IncidentStore(path) as writer:
        writer.add_incidents(landmark_incidents(3))
        with writer.transaction():
            writer.add_incidents(landmark_incidents(2, start="2030-01-01", prefix="pending"))
            reader = IncidentStore(path, timeout_s=0.2)  # would fail if opening took the write lock
            assert sorted(reader.query()["event_id"]) == ["ev00000", "ev00001", "ev00002"]  # last commit
            reader.close()  # and closing does not wait for the writer either
            other = IncidentStore(path, timeout_s=0.2)
            with pytest.raises(StoreBusyError, match="locked by another program"):
                other.set_status("ev00000", "verified", "a", "b")
            other.close()
        assert writer.counts()["incidents"] == 5


def test_a_reader_holding_the_file_makes_a_clear_busy_error_then_writes_go_through(tmp_path: Path) -> None:
    path = tmp_path / "s.gpkg"
    with IncidentStore(path) as store:
        store.add_incidents(landmark_incidents(2))
    reader = sqlite3.connect(path)  # another program reading, e.g. a GIS, before the store reopens
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM incidents").fetchone()[0] == 2
    store = IncidentStore(path, timeout_s=0.2)
    try:
        with pytest.raises(StoreBusyError, match="nothing was written"):
            store.add_incidents(landmark_incidents(1, start="2030-01-01", prefix="late"))
        reader.rollback()
        store.add_incidents(landmark_incidents(1, start="2030-01-01", prefix="late"))  # the store is usable
        assert store.counts()["incidents"] == 3
    finally:
        store.close()
        reader.close()


def test_query_filters(tmp_path: Path) -> None:
    incidents = landmark_incidents(30)
    incidents.loc[incidents.index % 3 == 0, "event_type"] = "Riots"
    with IncidentStore(tmp_path / "s.gpkg") as store:
        store.add_incidents(incidents)
        store.set_status("ev00004", "verified", "amal", "seen on video")
        prox = check_proximity(incidents).set_index("event_id")

        def ids(frame: pd.DataFrame) -> set[str]:
            return set(frame["event_id"])

        got = store.query(date_from="2024-01-05", date_to="2024-01-10")
        assert ids(got) == {f"ev{i:05d}" for i in range(4, 10)}
        assert ids(store.query(event_types=["Riots"])) == set(incidents.loc[incidents.index % 3 == 0, "event_id"])
        sadr = incidents["actor1"].str.contains("sadrist", case=False)
        name = incidents.loc[sadr, "actor1"].iloc[0]
        # the app's rule: exact names, case and surrounding spaces ignored (not substrings)
        assert ids(store.query(actors=[f"  {name.upper()} "])) == set(
            incidents.loc[incidents["actor1"] == name, "event_id"]
        )
        assert ids(store.query(actors=["SADRIST"])) == set()
        inside = set(prox.index[prox["band"] == "inside"])
        assert inside and ids(store.query(bands=["inside"])) == inside
        assert ids(store.query(statuses=["verified"])) == {"ev00004"}
        bbox = (44.38, 33.29, 44.41, 33.31)
        in_box = incidents["longitude"].between(44.38, 44.41) & incidents["latitude"].between(33.29, 33.31)
        assert 0 < in_box.sum() < 30
        assert ids(store.query(bbox=bbox)) == set(incidents.loc[in_box, "event_id"])
        both = store.query(event_types=["Riots"], bbox=bbox)
        assert ids(both) == set(incidents.loc[in_box & (incidents["event_type"] == "Riots"), "event_id"])
        assert store.query(event_types=[]).empty
        with pytest.raises(ValueError, match="bbox"):
            store.query(bbox=(44.5, 33.3, 44.4, 33.4))
        with pytest.raises(ValueError, match="unknown status"):
            store.query(statuses=["bogus"])


def test_reports_are_kept_once(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    with IncidentStore(tmp_path / "s.gpkg") as store:
        rid = store.add_report(text, "2021-10-23", "Shafaq News")
        assert store.add_report(text, "2021-10-23", "Shafaq News") == rid  # same text: same report
        assert store.add_report(text, source="copy", report_id="other") == rid
        store.add_report("A different text.", report_id="r2")
        with pytest.raises(ValueError, match="different text"):
            store.add_report("Yet another text.", report_id="r2")
        with pytest.raises(ValueError, match="non-empty"):
            store.add_report("   ")
        reports = store.reports()
    assert list(reports["report_id"]) == [rid, "r2"]
    assert reports["published"].iloc[0] == pd.Timestamp("2021-10-23")


def test_bad_incidents_are_refused_whole_with_the_row_named(tmp_path: Path) -> None:
    incidents = landmark_incidents(3)
    incidents.loc[1, "event_type"] = "Picnic"
    with IncidentStore(tmp_path / "s.gpkg") as store:
        with pytest.raises(ValueError, match=r"row 1: event_type 'Picnic'"):
            store.add_incidents(incidents)
        assert store.counts()["incidents"] == 0
        one = landmark_incidents(1)
        no_crs = gpd.GeoDataFrame(
            pd.DataFrame(one).drop(columns="geometry"), geometry=gpd.points_from_xy(one["longitude"], one["latitude"])
        )
        assert no_crs.crs is None
        with pytest.raises(ValueError, match="no CRS"):
            store.add_incidents(no_crs)
        areas = landmark_incidents(2)
        areas.loc[1, "geometry"] = areas.geometry.iloc[1].buffer(0.001)
        with pytest.raises(ValueError, match="row 1: geometry is a Polygon, not a Point"):
            store.add_incidents(areas)
        assert store.counts()["incidents"] == 0


def test_projected_input_is_stored_in_wgs84(tmp_path: Path) -> None:
    incidents = landmark_incidents(3)
    projected = incidents.drop(columns=["latitude", "longitude"]).to_crs(32638)
    with IncidentStore(tmp_path / "s.gpkg") as store:
        store.add_incidents(projected)
        got = store.query()
    assert np.allclose(got["longitude"], incidents["longitude"]) and np.allclose(got["latitude"], incidents["latitude"])


def test_refuses_files_that_are_not_stores(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (a)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a GeoPackage"):
        IncidentStore(other)
    text = tmp_path / "notes.gpkg"
    text.write_text("not a database at all, just some words " * 50)
    with pytest.raises(StoreError, match="cannot open"):
        IncidentStore(text)
    gdal = tmp_path / "gdal.gpkg"
    load_sample_incidents().to_file(gdal, layer="incidents", driver="GPKG")  # a plain incident layer
    with pytest.raises(StoreError, match="'incidents' exists but is not an incident-store table"):
        IncidentStore(gdal)


def test_store_tables_added_to_an_existing_geopackage(tmp_path: Path) -> None:
    path = tmp_path / "project.gpkg"
    load_sample_incidents().to_file(path, layer="my_notes", driver="GPKG")
    with IncidentStore(path) as store:
        store.add_incidents(load_sample_incidents())
    layers = _gdal_layers(path)
    assert "my_notes" in layers and set(LAYERS) <= set(layers)
    assert len(gpd.read_file(path, layer="incidents")) == 3


def test_export_layers_and_csv(seeded: tuple[Path, gpd.GeoDataFrame], tmp_path: Path) -> None:
    path, incidents = seeded
    with IncidentStore(path) as store:
        store.set_status(str(incidents["event_id"].iloc[2]), "verified", "amal", "embassy statement")
        written = store.export_layers(tmp_path / "layers")
        csv = store.to_csv(tmp_path / "incidents.csv")
        verified = store.to_csv(tmp_path / "verified.csv", statuses=["verified"])
    layer = gpd.read_file(written["incidents"])
    assert sorted(layer["event_id"]) == sorted(incidents["event_id"])
    assert set(layer["status"]) == {"unverified", "verified"}
    assert {"perimeter", "gates", "bands", "alerts"} <= set(written)
    back = read_incidents(csv)
    assert back.rows_read == 3 and back.rejected.empty
    assert sorted(back.accepted["event_id"]) == sorted(incidents["event_id"])
    assert list(read_incidents(verified).accepted["event_id"]) == [incidents["event_id"].iloc[2]]


def test_geometry_codec_round_trips() -> None:
    lon = np.array([44.39, np.nan, -0.5])
    lat = np.array([33.30, 33.0, 51.5])
    blobs = _gpkg.encode_points(lon, lat)
    assert blobs[1] is None
    assert blobs[0] is not None and blobs[0][:2] == b"GP"
    assert _gpkg.decode_geometry(blobs[0]).equals(shapely.Point(44.39, 33.30))
    assert _gpkg.decode_geometry(blobs[2]).equals(shapely.Point(-0.5, 51.5))
    with pytest.raises(ValueError, match="magic"):
        _gpkg.decode_geometry(b"XX\x00\x01\x00\x00\x00\x00")


# -- real concurrent processes and a killed writer ---------------------------------------------

_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from _store_helpers import landmark_incidents
    from geoincidents.proximity.measure import check_proximity
    from geoincidents.store.incident_store import IncidentStore
    store = IncidentStore({path!r})
    frame = landmark_incidents({n}, start="2025-01-01", prefix="new")
    check_proximity(frame.iloc[:1])  # warm up before the start signal
    Path({ready!r}).touch()
    while not Path({go!r}).exists():
        time.sleep(0.005)
    for i in range({n}):
        rid = store.add_report(f"watch report {{i}}", "2025-01-01", "Wire")
        store.add_incidents(frame.iloc[[i]].assign(report_id=rid))
    Path({done!r}).touch()
    store.close()
    """
)
_REVIEWER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from geoincidents.store.incident_store import IncidentStore
    store = IncidentStore({path!r})
    Path({ready!r}).touch()
    while not Path({go!r}).exists():
        time.sleep(0.005)
    cycle = ["verified", "disputed", "unverified"]
    k = changed = 0
    while not Path({done!r}).exists() or k < {min_changes}:  # review for as long as the writer writes
        eid = f"old{{{offset} + k % {n_old}:05d}}"
        changed += store.set_status(eid, cycle[(k // {n_old}) % 3], "{analyst}", f"change {{k}}")
        k += 1
        time.sleep(0.01)  # an analyst's pace, not a tight loop that keeps the lock
    store.close()
    print(changed)
    """
)


@pytest.mark.slow
def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path, go, done = tmp_path / "shared.gpkg", tmp_path / "go", tmp_path / "writer_done"
    n_old, n_new, min_changes = 20, 40, 20
    with IncidentStore(path) as store:
        store.add_incidents(landmark_incidents(n_old, prefix="old"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    tests_dir = str(Path(__file__).resolve().parent)
    half = n_old // 2
    ready = [tmp_path / f"ready{i}" for i in range(3)]
    common = {"go": str(go), "done": str(done), "path": str(path)}
    scripts = [
        _WRITER.format(tests=tests_dir, n=n_new, ready=str(ready[0]), **common),
        *(
            _REVIEWER.format(
                n_old=half, offset=offset, analyst=name, min_changes=min_changes, ready=str(flag), **common
            )
            for offset, name, flag in ((0, "reviewer_a", ready[1]), (half, "reviewer_b", ready[2]))
        ),
    ]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", s], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for s in scripts
    ]
    while not all(f.exists() for f in ready):  # every process set up: start them together
        assert all(p.poll() is None for p in procs), [p.communicate()[1] for p in procs if p.poll() is not None]
        time.sleep(0.01)
    go.touch()
    reads = 0
    while any(p.poll() is None for p in procs):  # GDAL reads the file while the processes write
        frame = pyogrio.read_dataframe(path, layer="incidents")
        assert n_old <= len(frame) <= n_old + n_new
        reads += 1
    outputs = [p.communicate() for p in procs]
    for p, (_, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
    changes = {"reviewer_a": int(outputs[1][0]), "reviewer_b": int(outputs[2][0])}
    assert reads > 0
    with IncidentStore(path) as store:
        counts = store.counts()
        audit = store.audit()
    assert counts["incidents"] == n_old + n_new
    assert counts["reports"] == n_new
    assert counts["incident_reports"] == n_old + n_new
    status = audit[audit["action"] == "status"]
    # the processes really interleaved: status changes were committed between the writer's inserts
    new_rows = np.flatnonzero((audit["action"] == "create") & audit["event_id"].str.startswith("new"))
    between = status.index[(status.index > new_rows.min()) & (status.index < new_rows.max())]
    print(f"{len(between)} of {len(status)} status changes committed between the writer's first and last insert")
    assert len(between) > 0
    assert (status["analyst"] == "reviewer_a").sum() == changes["reviewer_a"] >= min_changes
    assert (status["analyst"] == "reviewer_b").sum() == changes["reviewer_b"] >= min_changes
    assert (audit["action"] == "create").sum() == n_old + n_new
    # the audit replays to the stored statuses: every change before/after chains up
    layer = gpd.read_file(path, layer="incidents").set_index("event_id")
    for eid, trail in status.groupby("event_id"):
        assert list(trail["before"])[1:] == list(trail["after"])[:-1]
        assert layer.at[eid, "status"] == trail["after"].iloc[-1]
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


_KILLED = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from _store_helpers import landmark_incidents
    from geoincidents.store.incident_store import IncidentStore
    store = IncidentStore({path!r})
    store.add_incidents(landmark_incidents(5, prefix="committed"))
    print("committed", flush=True)
    frame = landmark_incidents(200, start="2030-01-01", prefix="lost")
    with store.transaction():
        store.add_report("report written in the transaction that never commits", "2030-01-01", "X")
        store.add_incidents(frame)
        print("mid-write", flush=True)
        sys.stdin.readline()
    """
)
_LOOPING = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from _store_helpers import landmark_incidents
    from geoincidents.store.incident_store import IncidentStore
    store = IncidentStore({path!r})
    frame = landmark_incidents(5000, start="1990-01-01", prefix="loop")
    for i in range(len(frame)):
        store.add_incidents(frame.iloc[[i]])
        print(i + 1, flush=True)
    """
)


def _spawn(script: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )


@pytest.mark.slow
def test_killed_mid_transaction_leaves_last_committed_state(tmp_path: Path) -> None:
    path = tmp_path / "killed.gpkg"
    tests_dir = str(Path(__file__).resolve().parent)
    proc = _spawn(_KILLED.format(tests=tests_dir, path=str(path)))
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "committed"
    assert proc.stdout.readline().strip() == "mid-write"
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL
    layer = pyogrio.read_dataframe(path, layer="incidents")  # GDAL opens it as left
    assert sorted(layer["event_id"]) == [f"committed{i:05d}" for i in range(5)]
    assert len(pyogrio.read_dataframe(path, layer="reports")) == 0
    with IncidentStore(path) as store:
        assert store.counts()["incidents"] == 5
        store.add_incidents(landmark_incidents(2, start="2031-01-01", prefix="after"))  # and writable
        assert store.counts()["incidents"] == 7


@pytest.mark.slow
def test_killed_while_writing_in_a_loop(tmp_path: Path) -> None:
    path = tmp_path / "loop.gpkg"
    proc = _spawn(_LOOPING.format(tests=str(Path(__file__).resolve().parent), path=str(path)))
    assert proc.stdout is not None
    last = 0
    while last < 25:
        last = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    frame = gpd.read_file(path, layer="incidents")
    # every commit reported before the kill is there; at most the ones after it too
    assert len(frame) >= last
    assert list(frame["event_id"]) == [f"loop{i:05d}" for i in range(len(frame))]
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM audit").fetchone()[0] == len(frame)
    con.close()


def test_coerced_incidents_without_ids_get_stable_ids(tmp_path: Path) -> None:
    frame = coerce_incidents(pd.DataFrame(landmark_incidents(3, event_ids=False)))
    with IncidentStore(tmp_path / "a.gpkg") as a, IncidentStore(tmp_path / "b.gpkg") as b:
        ids_a = a.add_incidents(frame).added
        ids_b = b.add_incidents(frame).added
    assert ids_a == ids_b and len(set(ids_a)) == 3


_SOURCES = ("Shafaq News", "Rudaw", "Reuters")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(st.integers(0, 2), st.integers(0, 3), st.booleans(), st.integers(0, 2)), min_size=1, max_size=12
    ),
    cut=st.integers(0, 12),
)
def test_merging_is_one_row_per_day_place_and_type(rows: list[tuple[int, int, bool, int]], cut: int) -> None:
    base = landmark_incidents(4, event_ids=False)
    frame = pd.DataFrame(
        [
            {
                **base.drop(columns="geometry").iloc[place].to_dict(),
                "event_date": pd.Timestamp("2024-06-01") + pd.Timedelta(days=day),
                "event_type": "Riots" if riot else "Protests",
                "source": _SOURCES[src],
                "sentence": f"row {i}",
            }
            for i, (day, place, riot, src) in enumerate(rows)
        ]
    )
    keys = list(zip(frame["event_date"], frame["landmark_id"], frame["event_type"], strict=True))
    with tempfile.TemporaryDirectory() as tmp, IncidentStore(Path(tmp) / "h.gpkg") as store:
        store.add_incidents(frame.iloc[:cut])  # in two batches: merging works across and within batches
        store.add_incidents(frame.iloc[cut:])
        got = store.query()
        links = store.counts()["incident_reports"]
    assert len(got) == len(set(keys))
    assert links == len(frame)
    expected_sources = {k: {s for kk, s in zip(keys, frame["source"], strict=True) if kk == k} for k in set(keys)}
    for _, row in got.iterrows():
        key = (row["event_date"], row["landmark_id"], row["event_type"])
        assert set(json.loads(row["sources"])) == expected_sources[key]
        assert row["n_sources"] == len(expected_sources[key])
