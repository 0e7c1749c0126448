"""``geoincidents watch`` against a hostile folder (issue 14): unreadable files, links out of the folder,
the same text twice, late sidecars, an alerts file that cannot be written, oversized files, a full store.
Real files, the real extractor, the real CLI in a subprocess."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geoincidents.store.alerts import AlertRule
from geoincidents.store.incident_store import IncidentStore
from geoincidents.store.watch import ScanState, ingest_file, scan_once, watch

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "Hundreds of protesters stormed the parliament building inside the Green Zone on Wednesday.",
    "On Monday, demonstrators gathered in Tahrir Square in central Baghdad.",
    "A rocket struck near the US embassy in Baghdad on Sunday night, causing no casualties.",
]
RULES = [AlertRule("gz-breach"), AlertRule("gz-1km", max_distance_m=1000)]


def _write(folder: Path, name: str, text: str, meta: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if meta is not None:
        (folder / name).with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _cli(*args: str, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the CLI; ``unprivileged``: without the right to read files whatever their permissions.

    As root that means dropping CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (setpriv), so a mode-000
    file is really unreadable, as it is for any other user.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "geoincidents", *args]
    if unprivileged and os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot make a file unreadable")
        cmd = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *cmd]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def _texts(store_path: Path) -> list[str]:
    with IncidentStore(store_path) as store:
        return list(store.reports()["text"])


# -- one unreadable file or sidecar never stops the watcher ------------------------------------


@pytest.mark.slow
def test_an_unreadable_file_or_sidecar_is_skipped_reported_and_retried(tmp_path: Path) -> None:
    inbox, store = tmp_path / "inbox", tmp_path / "s.gpkg"
    locked = _write(inbox, "a_locked.txt", TEXTS[0])
    _write(inbox, "b_ok.txt", TEXTS[1], {"source": "Wire B"})
    _write(inbox, "c_side.txt", TEXTS[2], {"published": "2024-05-01", "source": "Wire C"})
    side = inbox / "c_side.json"
    locked.chmod(0)
    side.chmod(0)
    try:
        proc = _cli("watch", str(inbox), "--store", str(store), "--once", unprivileged=True)
    finally:
        locked.chmod(0o644)
        side.chmod(0o644)
    assert proc.returncode == 1, proc.stderr  # some files were not ingested: said, not a crash (2)
    assert "Traceback" not in proc.stderr
    assert "a_locked.txt: cannot open the file: Permission denied (skipped; tried again on the next run)" in proc.stderr
    assert "c_side.txt: cannot open its sidecar c_side.json: Permission denied" in proc.stderr
    assert _texts(store) == [TEXTS[1]]  # the file after the unreadable one was ingested
    again = _cli("watch", str(inbox), "--store", str(store), "--once")  # readable now: retried
    assert again.returncode == 0, again.stderr
    assert sorted(_texts(store)) == sorted(TEXTS)
    with IncidentStore(store) as db:
        reports = db.reports().set_index("text")
    assert reports.at[TEXTS[2], "source"] == "Wire C"  # held until its sidecar could be read


# -- never leave the folder ---------------------------------------------------------------------


def test_links_and_special_files_are_never_followed_or_read(tmp_path: Path) -> None:
    inbox, outside = tmp_path / "inbox", tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("SECRET-MARKER protesters gathered at Tahrir Square on Monday.", encoding="utf-8")
    (outside / "meta.json").write_text(json.dumps({"source": "SECRET-SOURCE"}), encoding="utf-8")
    _write(inbox, "ok.txt", TEXTS[1])
    (inbox / "environ.txt").symlink_to("/proc/self/environ")
    (inbox / "secret.txt").symlink_to(secret)
    (inbox / "relative.jsonl").symlink_to(Path("..") / "outside" / "secret.txt")
    _write(inbox, "withlink.txt", TEXTS[2])
    (inbox / "withlink.json").symlink_to(outside / "meta.json")
    os.link(secret, inbox / "hardlink.txt")
    os.mkfifo(inbox / "pipe.txt")  # reading it would block for ever
    (inbox / "folder.txt").mkdir()
    (inbox / "folder.txt" / "inner.txt").write_text(TEXTS[0], encoding="utf-8")
    err = io.StringIO()
    started = time.monotonic()
    results = watch(inbox, tmp_path / "s.gpkg", once=True, out=io.StringIO(), err=err)
    assert time.monotonic() - started < 120  # the FIFO did not block it
    skipped = {r.path.name: r.error for r in results if r.skipped}
    links = {"environ.txt", "secret.txt", "relative.jsonl", "withlink.txt", "hardlink.txt"}
    assert set(skipped) == links | {"pipe.txt", "folder.txt"}
    assert "symbolic link" in skipped["environ.txt"] and "symbolic link" in skipped["secret.txt"]
    assert "sidecar withlink.json is a symbolic link" in skipped["withlink.txt"]
    assert "hard links" in skipped["hardlink.txt"] and "not a regular file" in skipped["pipe.txt"]
    stored = _texts(tmp_path / "s.gpkg")
    assert stored == [TEXTS[1]]
    with IncidentStore(tmp_path / "s.gpkg") as store:
        dump = store.reports().to_csv() + store.query().to_csv()
    assert "SECRET" not in dump and "PATH=" not in dump
    assert "watch never follows links" in err.getvalue()


def test_read_report_file_and_ingest_file_do_not_follow_links_either(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-MARKER", encoding="utf-8")
    link = tmp_path / "inbox" / "link.txt"
    link.parent.mkdir()
    link.symlink_to(secret)
    from geoincidents.store.watch import read_report_file

    with pytest.raises(ValueError, match="symbolic link"):
        read_report_file(link)
    with IncidentStore(tmp_path / "s.gpkg") as store:
        res = ingest_file(link, store)
        assert res.skipped and "symbolic link" in str(res.error)
        assert store.counts()["reports"] == 0 and store.counts()["ingested_files"] == 0


# -- one report per text: no doubled incidents --------------------------------------------------


def test_the_same_text_under_two_names_or_twice_in_a_batch_is_one_report(tmp_path: Path) -> None:
    single, double = tmp_path / "single", tmp_path / "double"
    _write(single, "a.txt", TEXTS[0], {"published": "2024-05-01"})
    _write(double, "a.txt", TEXTS[0], {"published": "2024-05-01"})
    _write(double, "copy_of_a.txt", TEXTS[0], {"published": "2024-05-01", "source": "Mirror"})
    (double / "batch.jsonl").write_text(
        "\n".join(json.dumps({"text": t, "published": "2024-05-02"}) for t in (TEXTS[1], TEXTS[1], TEXTS[0])) + "\n",
        encoding="utf-8",
    )
    (single / "batch.jsonl").write_text(json.dumps({"text": TEXTS[1], "published": "2024-05-02"}) + "\n")
    watch(single, tmp_path / "single.gpkg", once=True, out=io.StringIO(), err=io.StringIO())
    out = io.StringIO()
    results = watch(double, tmp_path / "double.gpkg", once=True, out=out, err=io.StringIO())
    with IncidentStore(tmp_path / "single.gpkg") as a, IncidentStore(tmp_path / "double.gpkg") as b:
        assert a.counts()["incidents"] > 0
        assert b.counts()["incidents"] == a.counts()["incidents"]
        assert sorted(b.reports()["text"]) == sorted(a.reports()["text"])
        assert set(b.query()["event_id"]) == set(a.query()["event_id"])
    by_name = {r.path.name: r for r in results}
    assert by_name["copy_of_a.txt"].duplicates == ["a"] and by_name["copy_of_a.txt"].added == []
    assert len(by_name["batch.jsonl"].duplicates) == 2  # its repeated line and the text of a.txt
    assert "already stored (as a): not extracted again" in out.getvalue()


def test_a_sidecar_arriving_after_its_report_never_doubles_it(tmp_path: Path) -> None:
    inbox, path = tmp_path / "inbox", tmp_path / "s.gpkg"
    _write(inbox, "late.txt", TEXTS[1])
    watch(inbox, path, once=True, out=io.StringIO(), err=io.StringIO())
    with IncidentStore(path) as store:
        before = store.counts()
    (inbox / "late.json").write_text(json.dumps({"published": "2024-05-06", "source": "Wire"}), encoding="utf-8")
    out = io.StringIO()
    again = watch(inbox, path, once=True, out=out, err=io.StringIO())
    assert [r.duplicates for r in again] == [["late"]]
    with IncidentStore(path) as store:
        after = store.counts()
    assert after["incidents"] == before["incidents"] and after["reports"] == before["reports"] == 1
    assert "not extracted again" in out.getvalue()


def test_while_polling_a_report_waits_for_its_sidecar_to_settle(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    report = _write(inbox, "r.txt", TEXTS[1])
    state = ScanState()
    with IncidentStore(tmp_path / "s.gpkg") as store:
        assert scan_once(inbox, store, state=state, settle_s=30) == []  # first sight
        assert scan_once(inbox, store, state=state, settle_s=30) == []  # unchanged, but no sidecar yet: wait
        (inbox / "r.json").write_text(json.dumps({"published": "2024-05-06", "source": "Late Wire"}), encoding="utf-8")
        assert scan_once(inbox, store, state=state, settle_s=30) == []  # its sidecar came: wait until both settle
        done = scan_once(inbox, store, state=state, settle_s=30)
        assert [r.path for r in done] == [report]
        reports = store.reports()
        assert list(reports["source"]) == ["Late Wire"] and str(reports["published"].iloc[0].date()) == "2024-05-06"
        alone = _write(inbox, "alone.txt", TEXTS[2])
        future = time.time() + 10 * 365 * 86400
        os.utime(alone, (future, future))  # a modification time in the future cannot hold it for ever
        assert scan_once(inbox, store, state=state, settle_s=0.3) == []  # first sight
        assert scan_once(inbox, store, state=state, settle_s=0.3) == []  # unchanged for less than 0.3 s
        time.sleep(0.4)
        assert [r.path for r in scan_once(inbox, store, state=state, settle_s=0.3)] == [alone]
        assert scan_once(inbox, store, state=state, settle_s=0.3) == []  # not again


# -- alerts are written before they count as emitted ---------------------------------------------


@pytest.mark.slow
def test_alerts_that_cannot_be_written_stay_in_the_outbox_and_are_written_next_time(tmp_path: Path) -> None:
    inbox, path = tmp_path / "inbox", tmp_path / "s.gpkg"
    for i, text in enumerate(TEXTS):
        _write(inbox, f"r{i}.txt", text, {"published": "2024-05-01", "source": "Wire"})
    blocked = tmp_path / "alerts.jsonl"
    blocked.mkdir()  # the alerts "file" is a folder: it cannot be written
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps([r.to_dict() for r in RULES]), encoding="utf-8")
    proc = _cli("watch", str(inbox), "--store", str(path), "--rules", str(rules), "--alerts", str(blocked), "--once")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "could not be written to" in proc.stderr and "written on the next run" in proc.stderr
    with IncidentStore(path) as store:
        stored = set(store.alerts()["alert_id"])
        assert len(stored) > 0 and set(store.pending_alerts()["alert_id"]) == stored
        assert store.counts()["ingested_files"] == 3  # the files are ingested; the alerts are not lost
    blocked.rmdir()
    again = _cli("watch", str(inbox), "--store", str(path), "--rules", str(rules), "--alerts", str(blocked), "--once")
    assert again.returncode == 0, again.stderr
    lines = [json.loads(line) for line in blocked.read_text(encoding="utf-8").splitlines()]
    assert {rec["alert_id"] for rec in lines} == stored and len(lines) == len(stored)
    assert again.stdout.count("ALERT ") == len(stored)
    with IncidentStore(path) as store:
        assert store.pending_alerts().empty
    third = _cli("watch", str(inbox), "--store", str(path), "--rules", str(rules), "--alerts", str(blocked), "--once")
    assert third.returncode == 0 and len(blocked.read_text(encoding="utf-8").splitlines()) == len(stored)


# -- a size limit, and a full store -------------------------------------------------------------


def test_an_oversized_file_is_skipped_at_once_with_a_clear_message(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    big = _write(inbox, "big.txt", ("Protesters gathered at Tahrir Square on Monday. " * 30_000))
    _write(inbox, "small.txt", TEXTS[1])
    assert big.stat().st_size > 1_000_000
    err = io.StringIO()
    started = time.monotonic()
    results = watch(inbox, tmp_path / "s.gpkg", once=True, out=io.StringIO(), err=err)
    assert time.monotonic() - started < 60
    big_result = next(r for r in results if r.path.name == "big.txt")
    assert big_result.skipped and f"{big.stat().st_size:,} bytes, over the limit of 1,000,000 bytes" in str(
        big_result.error
    )
    assert "big.txt" in err.getvalue() and "over the limit" in err.getvalue()
    assert _texts(tmp_path / "s.gpkg") == [TEXTS[1]]
    with IncidentStore(tmp_path / "s.gpkg") as store:
        assert ingest_file(big, store, max_bytes=100).skipped


def test_a_full_store_is_reported_and_the_file_ingested_once_there_is_room(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    long_report = TEXTS[1] + " Witnesses described the crowd in detail." * 500  # needs new pages in the store
    report = _write(inbox, "r.txt", long_report, {"published": "2024-05-06"})
    with IncidentStore(tmp_path / "s.gpkg") as store:
        with store.transaction() as conn:
            conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        (res,) = scan_once(inbox, store)
        assert res.skipped and "StoreFullError" in str(res.error) and "locked" not in str(res.error)
        assert store.counts()["ingested_files"] == 0  # not recorded as done: tried again
        with store.transaction() as conn:
            conn.execute("PRAGMA max_page_count = 1073741823")
        (res,) = scan_once(inbox, store)
        assert res.error is None and res.path == report and store.counts()["reports"] == 1


def test_a_batch_of_too_many_reports_is_refused_before_extraction(tmp_path: Path) -> None:
    from geoincidents.store.watch import MAX_BATCH_REPORTS

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    lines = [
        json.dumps({"text": f"Protesters gathered at Tahrir Square, report {i}."}) for i in range(MAX_BATCH_REPORTS + 1)
    ]
    (inbox / "huge.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.monotonic()
    (res,) = watch(inbox, tmp_path / "s.gpkg", once=True, out=io.StringIO(), err=io.StringIO())
    assert time.monotonic() - started < 60  # nothing was extracted
    assert not res.skipped and "1,001 reports, over the limit of 1,000 per batch file; split it" in str(res.error)
    with IncidentStore(tmp_path / "s.gpkg") as store:
        assert store.counts()["reports"] == 0 and store.ingested_files()["error"].notna().all()


def test_a_file_name_cannot_send_escape_sequences_to_the_terminal(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    _write(inbox, "evil\x1b[2J\x07.txt", TEXTS[1])
    (inbox / "bad\x1b]0;title\x07.jsonl").write_text("{oops\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    watch(inbox, tmp_path / "s.gpkg", once=True, out=out, err=err)
    assert "\x1b" not in out.getvalue() + err.getvalue() and "\x07" not in out.getvalue() + err.getvalue()
    assert "evil\\x1b[2J\\x07.txt: 1 report(s)" in out.getvalue()
    assert "bad\\x1b]0;title\\x07.jsonl" in err.getvalue()
