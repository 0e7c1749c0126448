"""The store under hostile conditions (issue 14): a full disk, a rewritten audit trail, review shortcuts,
and files the store did not create. Real files, real SQLite, a real (tiny) filesystem where possible."""

from __future__ import annotations

import contextlib
import hashlib
import io
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

from geoincidents.errors import StoreBusyError, StoreError, StoreFullError
from geoincidents.schema import load_sample_incidents
from geoincidents.store._audit import audit_row_hash
from geoincidents.store.incident_store import AUDIT_COLUMNS, STATUS_TRANSITIONS, IncidentStore
from geoincidents.ui.review import change_status, load_store_incidents

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _store_helpers import landmark_incidents

LEGACY = Path(__file__).resolve().parent / "data" / "legacy_store_v1.gpkg"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path}


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "s.gpkg"
    with IncidentStore(path) as store:
        store.add_report("Report behind the incidents.", "2024-01-02", "Wire", "r1")
        store.add_incidents(landmark_incidents(5, report_id="r1"))
    return path


# -- a full disk is reported as a full disk ---------------------------------------------------


def test_a_full_database_is_reported_as_full_not_locked(store_path: Path) -> None:
    with IncidentStore(store_path) as store:
        before = store.counts()
        with store.transaction() as conn:  # the database may not grow any more: SQLITE_FULL on the next page
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreFullError, match="full") as info:
            store.add_incidents(landmark_incidents(400, start="2030-01-01", prefix="big"))
        assert "locked" not in str(info.value) and not isinstance(info.value, StoreBusyError)
        assert "nothing was written" in str(info.value)
        assert store.counts() == before  # nothing half written
        with store.transaction() as conn:
            conn.execute("PRAGMA max_page_count = 1073741823")
        store.add_incidents(landmark_incidents(2, start="2031-01-01", prefix="after"))  # usable again
        assert store.counts()["incidents"] == before["incidents"] + 2


@contextlib.contextmanager
def _tiny_filesystem(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {proc.stderr.decode(errors='replace').strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.mark.skipif(shutil.which("mount") is None, reason="no mount command")
def test_a_full_disk_is_reported_as_full_on_a_real_filesystem(tmp_path: Path) -> None:
    with _tiny_filesystem(tmp_path / "tiny", "1m") as tiny:
        path = tiny / "s.gpkg"
        store = IncidentStore(path)
        try:
            store.add_incidents(landmark_incidents(3))
            filler = tiny / "filler"
            with contextlib.suppress(OSError), filler.open("wb") as fh:  # fill the disk to the last block
                while True:
                    fh.write(b"\0" * 4096)
                    fh.flush()
            with pytest.raises(StoreFullError, match="full") as info:
                for i in range(50):  # until a write needs a block the disk no longer has
                    store.add_incidents(landmark_incidents(50, start=f"{2030 + i}-01-01", prefix=f"f{i}_"))
            assert "locked" not in str(info.value)
            filler.unlink()
            assert store.counts()["incidents"] >= 3
            store.add_incidents(landmark_incidents(1, start="2090-01-01", prefix="room"))  # space again: it writes
        finally:
            store.close()


# -- the audit trail is append-only and tamper-evident ----------------------------------------


def test_the_audit_trail_cannot_be_rewritten_through_the_api(store_path: Path) -> None:
    with IncidentStore(store_path) as store:
        store.set_status("ev00001", "disputed", "amal", "two accounts")
        before = store.audit()
        for sql in (
            "UPDATE audit SET analyst = 'someone else'",
            "DELETE FROM audit WHERE action = 'status'",
            "INSERT INTO audit (at, analyst, event_id, action, reason) "
            "VALUES ('2020-01-01', 'x', 'ev00001', 'status', 'forged')",
        ):
            with pytest.raises(StoreError, match="audit trail"), store.transaction() as conn:
                conn.execute(sql)
        pd.testing.assert_frame_equal(store.audit(), before)
        with pytest.raises(StoreError, match="cannot be deleted"), store.transaction() as conn:
            conn.execute("DELETE FROM incidents")  # nothing is deleted: rejecting is a status
        assert store.verify_audit().ok


def _raw(path: Path, *sql: str) -> None:
    con = sqlite3.connect(path)
    for statement in sql:
        con.execute(statement)
    con.commit()
    con.close()


def _triggers(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'")]
    con.close()
    return names


def test_raw_sqlite_tampering_is_found_at_the_first_broken_link(store_path: Path, tmp_path: Path) -> None:
    with IncidentStore(store_path) as store:
        store.set_status("ev00001", "disputed", "amal", "two accounts")
        store.set_status("ev00001", "rejected", "omar", "no second source")
        store.set_status("ev00002", "verified", "amal", "seen on video")
        check = store.verify_audit()
        assert check.ok and check.rows == 8 and check.first_broken is None and len(check.head) == 64
        anchor = check.head  # kept outside the store (printed by geoincidents audit)
    con = sqlite3.connect(store_path)
    trail = pd.read_sql("SELECT fid, analyst FROM audit ORDER BY fid", con)
    con.close()
    omar = int(trail.loc[trail["analyst"] == "omar", "fid"].iloc[0])
    drop = [f"DROP TRIGGER {name}" for name in _triggers(store_path)]
    # 1. a row's content rewritten behind the store's back
    edited = tmp_path / "edited.gpkg"
    shutil.copy(store_path, edited)
    _raw(edited, *drop, f"UPDATE audit SET analyst = 'amal' WHERE fid = {omar}")
    with IncidentStore(edited) as store:
        check = store.verify_audit()
        last = store.audit().iloc[-1]
    assert not check.ok and check.first_broken == omar
    assert any(f"row {omar}" in p and "content" in p for p in check.problems)
    # opening it put the triggers back, and said so in the trail
    assert last["action"] == "integrity" and "trigger" in last["reason"] and len(_triggers(edited)) == 3
    # 2. a row deleted from the middle: the next row no longer links
    deleted = tmp_path / "deleted.gpkg"
    shutil.copy(store_path, deleted)
    _raw(deleted, *drop, f"DELETE FROM audit WHERE fid = {omar}")
    with IncidentStore(deleted) as store:
        check = store.verify_audit()
    assert not check.ok and check.first_broken == omar + 1
    # 3. a status changed in the incidents table with no audit row
    status = tmp_path / "status.gpkg"
    shutil.copy(store_path, status)
    _raw(status, "UPDATE incidents SET status = 'verified' WHERE event_id = 'ev00001'")
    with IncidentStore(status) as store:
        check = store.verify_audit()
    assert not check.ok and check.first_broken is None  # the chain is whole; the replay is not
    assert any("ev00001" in p and "'verified'" in p and "'rejected'" in p for p in check.problems)
    # 4. an edit with the whole chain recomputed after it: consistent, so only the anchor kept elsewhere shows it
    forged = tmp_path / "forged.gpkg"
    shutil.copy(edited, forged)
    con = sqlite3.connect(forged)
    for statement in drop:
        con.execute(statement)
    rows = con.execute(f"SELECT fid, {', '.join(AUDIT_COLUMNS)} FROM audit WHERE fid >= {omar} ORDER BY fid").fetchall()
    prev = con.execute(f"SELECT row_hash FROM audit WHERE fid < {omar} ORDER BY fid DESC LIMIT 1").fetchone()[0]
    for fid, *values in rows:
        row_hash = audit_row_hash(prev, values)
        con.execute("UPDATE audit SET prev_hash = ?, row_hash = ? WHERE fid = ?", (prev, row_hash, fid))
        prev = row_hash
    con.commit()
    con.close()
    with IncidentStore(forged) as store:
        check = store.verify_audit()
    assert check.ok and check.head != anchor


# -- review follows a state machine, with a named analyst ------------------------------------


def test_review_transitions_follow_the_state_machine(store_path: Path) -> None:
    assert STATUS_TRANSITIONS == {
        "unverified": ("verified", "disputed", "rejected"),
        "verified": ("disputed",),
        "disputed": ("verified", "rejected", "unverified"),
        "rejected": ("unverified",),
    }
    with IncidentStore(store_path) as store:
        assert store.set_status("ev00001", "rejected", "amal", "fabricated")
        with pytest.raises(ValueError, match=r"rejected -> verified is not allowed.*unverified"):
            store.set_status("ev00001", "verified", "amal", "changed my mind")
        assert store.set_status("ev00001", "unverified", "omar", "new evidence: reopened")
        assert store.set_status("ev00001", "verified", "omar", "two outlets")
        with pytest.raises(ValueError, match="verified -> rejected is not allowed"):
            store.set_status("ev00001", "rejected", "omar", "x")
        assert store.set_status("ev00001", "disputed", "amal", "a third outlet disagrees")
        assert store.set_status("ev00001", "rejected", "amal", "the third outlet was right")
        for analyst in ("", "   ", "\t", "a\nb", "x" * 200, None):
            with pytest.raises(ValueError, match="analyst"):
                store.set_status("ev00002", "verified", analyst, "reason")  # type: ignore[arg-type]
        trail = store.audit("ev00001")
    status = trail[trail["action"] == "status"]
    assert list(status["after"]) == ["rejected", "unverified", "verified", "disputed", "rejected"]
    assert list(status["before"])[1:] == list(status["after"])[:-1]


def test_incidents_enter_unverified_whatever_the_input_claims(tmp_path: Path) -> None:
    claimed = landmark_incidents(3).assign(status=["verified", "rejected", None])
    with IncidentStore(tmp_path / "s.gpkg") as store:
        with pytest.raises(ValueError, match="analyst"):
            store.add_incidents(claimed, analyst="  ")
        assert store.counts()["incidents"] == 0
        store.add_incidents(claimed, analyst=" importer ")
        got = store.query()
        trail = store.audit()
    assert list(got["status"]) == ["unverified"] * 3
    created = trail[trail["action"] == "create"].set_index("event_id")
    assert (created["analyst"] == "importer").all() and (created["after"] == "unverified").all()
    assert "claimed status 'verified'" in created.at["ev00000", "reason"]
    assert "claimed status 'rejected'" in created.at["ev00001", "reason"]
    assert "claimed" not in created.at["ev00002", "reason"]


# -- the store opens only files it created (or empty ones), and leaves others untouched ------


def _gdal_geopackage(path: Path) -> Path:
    load_sample_incidents().to_file(path, layer="my_layer", driver="GPKG")
    return path


def _plain_sqlite(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (a TEXT)")
    con.execute("INSERT INTO notes VALUES ('keep me')")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("make", [_gdal_geopackage, _plain_sqlite])
@pytest.mark.parametrize("create", [True, False])
def test_a_file_the_store_did_not_create_is_refused_and_left_byte_for_byte(
    tmp_path: Path, make: object, create: bool
) -> None:
    path = make(tmp_path / "theirs.gpkg")  # type: ignore[operator]
    digest, listing = _digest(path), sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StoreError, match="not an incident store") as info:
        IncidentStore(path, create=create)
    assert "nothing was changed" in str(info.value)
    assert _digest(path) == digest and sorted(p.name for p in tmp_path.iterdir()) == listing  # no -wal, -shm
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()


def test_the_app_path_refuses_a_foreign_geopackage_untouched(tmp_path: Path) -> None:
    path = _gdal_geopackage(tmp_path / "project.gpkg")
    digest = _digest(path)
    with pytest.raises(StoreError, match="not an incident store"):
        load_store_incidents(path)
    with pytest.raises(StoreError, match="not an incident store"):
        change_status(path, "e87b5d833d54", "verified", "amal", "x")
    assert _digest(path) == digest and _siblings(path) == set()
    assert [name for name, _ in pyogrio.list_layers(path)] == ["my_layer"]


def test_an_empty_file_becomes_a_store_but_only_when_creating(tmp_path: Path) -> None:
    empty = tmp_path / "empty.gpkg"
    empty.touch()
    with pytest.raises(StoreError, match="empty"):
        IncidentStore(empty, create=False)  # the app never turns a file into a store
    assert empty.stat().st_size == 0 and _siblings(empty) == set()
    with IncidentStore(empty) as store:
        store.add_incidents(landmark_incidents(2))
    with IncidentStore(empty, create=False) as store:
        assert store.counts()["incidents"] == 2


def test_a_store_made_by_the_previous_version_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.gpkg"
    shutil.copy(LEGACY, path)
    with IncidentStore(path, create=False) as store:
        check = store.verify_audit()
        assert check.ok and check.rows == 7 + 1  # and the upgrade itself
        upgrade = store.audit().iloc[-1]
        assert upgrade["action"] == "upgrade" and "7 earlier audit row(s)" in upgrade["reason"]
        assert store.query().set_index("event_id").at["old00001", "status"] == "rejected"
        assert store.pending_alerts().empty  # alerts from before were delivered by the old watcher
        with pytest.raises(ValueError, match="rejected -> verified is not allowed"):
            store.set_status("old00001", "verified", "amal", "x")
        store.set_status("old00001", "unverified", "amal", "reopened")
        assert store.verify_audit().ok
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert {"incidents", "audit", "alerts"} <= layers
    assert len(gpd.read_file(path, layer="incidents")) == 4


def test_geoincidents_audit_prints_the_head_and_fails_on_a_broken_chain(store_path: Path, tmp_path: Path) -> None:
    from geoincidents.cli import main

    with IncidentStore(store_path) as store:
        store.set_status("ev00001", "disputed", "amal", "two accounts")
        head = store.verify_audit().head
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["audit", str(store_path)]) == 0
    assert f"head {head}" in out.getvalue() and "audit trail intact" in out.getvalue()
    broken = tmp_path / "broken.gpkg"
    shutil.copy(store_path, broken)
    _raw(broken, *(f"DROP TRIGGER {name}" for name in _triggers(broken)), "UPDATE audit SET reason = 'x'")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["audit", str(broken)]) == 1
    assert "NOT intact" in out.getvalue() and "content does not match its hash" in out.getvalue()
    with contextlib.redirect_stderr(err):
        assert main(["audit", str(tmp_path / "none.gpkg")]) == 2  # never creates a store
    assert "incident store not found" in err.getvalue() and not (tmp_path / "none.gpkg").exists()
