"""Watch a folder for report files and ingest them into an incident store, raising alerts.

Report files, as they arrive in the folder:

- ``NAME.txt``: one report (UTF-8). An optional sidecar ``NAME.json`` gives its metadata:
  ``{"published": "2021-10-23", "source": "Shafaq News", "report_id": "..."}`` (all optional).
- ``NAME.jsonl``: a batch, one JSON object a line with ``text`` and optional ``published``,
  ``source``, ``report_id``.

Each file is ingested in one store transaction (its reports, their incidents, the alerts the rules
raise on new incidents and the record that the file was ingested), so a crash never leaves a file
half ingested, and a restart does not ingest a file again (the store remembers path and SHA-256).
Hidden files and ``*.tmp`` / ``*.part`` files are ignored; while polling, a file is only read once
its size and modification time stayed the same between two polls (still being written otherwise).
A file that cannot be read is recorded with its error and reported; it is tried again when its
content changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import geopandas as gpd
import pandas as pd

from geoincidents import ids
from geoincidents.extraction.dates import as_date
from geoincidents.extraction.pipeline import extract_incidents
from geoincidents.extraction.reports import read_reports
from geoincidents.gazetteer.model import GazetteerLike
from geoincidents.store.alerts import AlertRule, format_alert
from geoincidents.store.incident_store import IncidentStore, StoreBusyError

__all__ = ["IngestResult", "ReportInput", "ingest_file", "read_report_file", "scan_once", "watch"]

Extractor = Callable[..., pd.DataFrame]
_REPORT_SUFFIXES = (".txt", ".jsonl")
_IGNORED_SUFFIXES = (".tmp", ".part", ".partial", ".swp")
_META_KEYS = frozenset({"published", "source", "report_id"})


@dataclass(frozen=True)
class ReportInput:
    """One report read from a file: text, metadata and where it came from."""

    text: str
    published: date | None
    source: str | None
    report_id: str | None
    origin: str
    explicit_id: bool = False


@dataclass
class IngestResult:
    """What ingesting one file did."""

    path: Path
    report_ids: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    alerts: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


def _sidecar(path: Path) -> tuple[date | None, str | None, str | None]:
    """Published date, source and report id from ``NAME.json`` beside ``NAME.txt`` (all optional)."""
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        return None, None, None
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{sidecar}: not valid JSON: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ValueError(f"{sidecar}: not UTF-8 text (byte {exc.start})") from exc
    if not isinstance(meta, dict):
        raise ValueError(f"{sidecar}: expected a JSON object with published, source, report_id")
    unknown = sorted(set(meta) - _META_KEYS)
    if unknown:
        raise ValueError(f"{sidecar}: unknown key(s) {unknown}; allowed: {sorted(_META_KEYS)}")
    published = as_date(meta.get("published"), f"{sidecar}: published")
    texts = {k: meta.get(k) for k in ("source", "report_id")}
    for key, value in texts.items():
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{sidecar}: {key} must be a string, got {type(value).__name__}")
    return published, texts["source"] or None, texts["report_id"] or None


def read_report_file(path: str | Path) -> list[ReportInput]:
    """Read the reports in a ``.txt`` (with optional ``NAME.json`` sidecar) or ``.jsonl`` file.

    The files are read by :func:`geoincidents.extraction.reports.read_reports`; a ``.txt`` report's sidecar
    supplies its publication date, source and id (default: the file name).

    Raises
    ------
    ValueError
        When the file (or its sidecar) cannot be read; the message names the file and line.
    """
    src = Path(path)
    if src.suffix.lower() == ".txt":
        published, source, report_id = _sidecar(src)
        (rep,) = read_reports([src], published=published, source=source)
        if not rep.text.strip():
            raise ValueError(f"{src}: the report is empty")
        rid = report_id or rep.report_id
        return [ReportInput(rep.text, rep.published, rep.source, rid, str(src), explicit_id=report_id is not None)]
    if src.suffix.lower() == ".jsonl":
        positional = re.compile(re.escape(src.stem) + r":\d+")
        return [
            ReportInput(
                rep.text,
                rep.published,
                rep.source,
                rep.report_id,
                f"{src} ({rep.report_id})",
                explicit_id=rep.report_id is not None and positional.fullmatch(rep.report_id) is None,
            )
            for rep in read_reports([src])
        ]
    raise ValueError(f"{src}: not a report file (expected {', '.join(_REPORT_SUFFIXES)})")


def _report_id(store: IncidentStore, rep: ReportInput) -> str:
    """The id to store a report under, decided before extraction (event ids derive from it).

    An id taken from a file name or a line position (``NAME`` / ``NAME:LINE``) names a place, not a
    text: when a file is reused for another report, the new text gets that id plus a hash of its
    content instead of clashing with the report stored under it. An explicit id that clashes is
    an error.
    """
    rid = rep.report_id or ids.report_id(rep.text)
    stored = store.report_sha256(rid)
    sha = ids.content_digest(rep.text)
    if stored is None or stored == sha:
        return rid
    if not rep.explicit_id:
        return f"{rid}~{sha[:8]}"
    raise ValueError(f"{rep.origin}: report_id {rid!r} already holds a different text in {store.path}")


def _sha256(path: Path) -> tuple[str, int]:
    data = path.read_bytes()
    sidecar = path.with_suffix(".json")
    digest = hashlib.sha256(data)
    if path.suffix.lower() == ".txt" and sidecar.is_file():
        digest.update(b"\x00sidecar\x00" + sidecar.read_bytes())
    return digest.hexdigest(), len(data)


def ingest_file(
    path: str | Path,
    store: IncidentStore,
    *,
    rules: Sequence[AlertRule] = (),
    extract: Extractor | None = None,
    gazetteer: GazetteerLike = None,
) -> IngestResult:
    """Ingest one report file into ``store`` in one transaction; return what was done.

    Parameters
    ----------
    path
        A ``.txt`` or ``.jsonl`` report file.
    store
        The incident store.
    rules
        Alert rules evaluated on the incidents new to the store.
    extract
        ``extract(text, *, published, source, gazetteer, report_id)`` returning incidents; default
        :func:`geoincidents.extraction.pipeline.extract_incidents`.
    gazetteer
        Passed to the extractor (default: the bundled gazetteer).

    Returns
    -------
    IngestResult
        With ``error`` set (and nothing but the error stored) when the file could not be read or
        its incidents could not be stored. A file already ingested with the same content gives an
        empty result.
    """
    src = Path(path)
    sha, size = _sha256(src)
    result = IngestResult(src)
    if store.is_ingested(src, sha):
        return result
    extractor: Extractor = extract if extract is not None else extract_incidents
    try:
        reports = read_report_file(src)
        frames = []
        for rep in reports:
            rid = _report_id(store, rep)
            try:
                found = extractor(
                    rep.text, published=rep.published, source=rep.source, gazetteer=gazetteer, report_id=rid
                )
            except Exception as exc:  # one bad report must not stop the watcher; it is recorded
                raise ValueError(f"extraction failed on {rep.origin}: {type(exc).__name__}: {exc}") from exc
            frames.append((rep, rid, found))
        with store.transaction():
            if store.is_ingested(src, sha):  # another watcher took it meanwhile
                return result
            for rep, wanted, found in frames:
                rid = store.add_report(rep.text, rep.published, rep.source, wanted, origin=rep.origin)
                result.report_ids.append(rid)
                if found is None or len(found) == 0:
                    continue
                found = found.copy()
                found["report_id"] = rid
                added = store.add_incidents(found, rules=rules, reason=f"ingested from {rep.origin}")
                result.added += added.added
                result.merged += added.merged
                if added.alerts is not None and len(added.alerts):
                    result.alerts += _alert_records(added.alerts)
            store.record_ingest(
                src,
                sha,
                size=size,
                n_reports=len(result.report_ids),
                n_incidents=len(result.added) + len(result.merged),
                n_alerts=len(result.alerts),
            )
    except StoreBusyError as exc:  # transient: not recorded, so the file is tried again on the next poll
        result = IngestResult(src, error=f"{type(exc).__name__}: {exc}")
    except (ValueError, TypeError, KeyError, OSError) as exc:
        result = IngestResult(src, error=f"{type(exc).__name__}: {exc}")
        store.record_ingest(src, sha, size=size, error=result.error)
    return result


def _alert_records(alerts: pd.DataFrame) -> list[dict[str, Any]]:
    frame = pd.DataFrame(alerts.drop(columns=alerts.geometry.name) if isinstance(alerts, gpd.GeoDataFrame) else alerts)
    records = []
    for rec in frame.to_dict(orient="records"):
        out: dict[str, Any] = {}
        for key, value in rec.items():
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                out[str(key)] = None
            elif isinstance(value, pd.Timestamp):
                out[str(key)] = value.date().isoformat() if key == "event_date" else value.isoformat()
            else:
                out[str(key)] = value
        records.append(out)
    return records


def _candidates(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.iterdir()):
        name = path.name
        if name.startswith(".") or name.lower().endswith(_IGNORED_SUFFIXES) or not path.is_file():
            continue
        if path.suffix.lower() in _REPORT_SUFFIXES:
            yield path


def scan_once(
    directory: str | Path,
    store: IncidentStore,
    *,
    rules: Sequence[AlertRule] = (),
    extract: Extractor | None = None,
    gazetteer: GazetteerLike = None,
    stable: dict[Path, tuple[int, int]] | None = None,
) -> list[IngestResult]:
    """Ingest every report file of ``directory`` not ingested yet; return one result per file read.

    With ``stable`` (a dict kept between calls), a file is only read when its size and modification
    time equal those seen on the previous call, so a file still being written waits a poll.
    """
    folder = Path(directory)
    if not folder.is_dir():
        raise FileNotFoundError(f"watch folder not found: {folder}")
    results = []
    for path in _candidates(folder):
        if stable is not None:
            st = path.stat()
            now = (st.st_size, st.st_mtime_ns)
            previous = stable.get(path)
            stable[path] = now
            if previous != now:
                continue
        res = ingest_file(path, store, rules=rules, extract=extract, gazetteer=gazetteer)
        if res.error or res.report_ids:
            results.append(res)
    return results


def _append_jsonl(path: Path, records: Sequence[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, allow_nan=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def watch(
    directory: str | Path,
    store: IncidentStore | str | Path,
    *,
    rules: Sequence[AlertRule] = (),
    alerts_out: str | Path | None = None,
    once: bool = False,
    interval_s: float = 2.0,
    max_polls: int | None = None,
    extract: Extractor | None = None,
    gazetteer: GazetteerLike = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> list[IngestResult]:
    """Poll ``directory`` and ingest report files into the store as they arrive.

    Parameters
    ----------
    directory
        The folder watched.
    store
        An :class:`~geoincidents.store.incident_store.IncidentStore` or the path of its GeoPackage.
    rules
        Alert rules evaluated on every new incident.
    alerts_out
        JSON Lines file that each alert is appended to (as well as printed).
    once
        Ingest what is there now and return (no stability wait).
    interval_s
        Seconds between polls.
    max_polls
        Stop after this many polls (default: run until interrupted).
    extract
        The extractor (default :func:`geoincidents.extraction.pipeline.extract_incidents`).
    gazetteer
        Passed to the extractor.
    out, err
        Where alerts and progress (``out``) and file errors (``err``) are printed; default
        stdout/stderr.

    Returns
    -------
    list of IngestResult
        Every file ingested (or failed) during the run.
    """
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    own = not isinstance(store, IncidentStore)
    db = IncidentStore(store) if not isinstance(store, IncidentStore) else store
    if extract is None:
        extract = extract_incidents
    stable: dict[Path, tuple[int, int]] | None = None if once else {}
    done: list[IngestResult] = []
    polls = 0
    try:
        while True:
            results = scan_once(directory, db, rules=rules, extract=extract, gazetteer=gazetteer, stable=stable)
            for res in results:
                if res.error:
                    print(f"geoincidents watch: {res.path}: {res.error}", file=err, flush=True)
                    continue
                print(
                    f"{res.path.name}: {len(res.report_ids)} report(s), {len(res.added)} new incident(s), "
                    f"{len(res.merged)} merged, {len(res.alerts)} alert(s)",
                    file=out,
                    flush=True,
                )
                for alert in res.alerts:
                    print(format_alert(alert), file=out, flush=True)
                if alerts_out is not None and res.alerts:
                    _append_jsonl(Path(alerts_out), res.alerts)
            if results:
                db.checkpoint()
            done += results
            polls += 1
            if once or (max_polls is not None and polls >= max_polls):
                return done
            time.sleep(interval_s)
    finally:
        if own:
            db.close()
