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
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import geopandas as gpd
import pandas as pd

from geoincidents.alerts import AlertRule, format_alert
from geoincidents.store import IncidentStore, default_report_id

__all__ = ["IngestResult", "ReportInput", "ingest_file", "read_report_file", "scan_once", "watch"]

Extractor = Callable[..., pd.DataFrame]
_REPORT_SUFFIXES = (".txt", ".jsonl")
_IGNORED_SUFFIXES = (".tmp", ".part", ".partial", ".swp")
_META_KEYS = frozenset({"published", "source", "report_id"})


@dataclass(frozen=True)
class ReportInput:
    """One report read from a file: text, metadata and where it came from."""

    text: str
    published: str | None
    source: str | None
    report_id: str | None
    origin: str


@dataclass
class IngestResult:
    """What ingesting one file did."""

    path: Path
    report_ids: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    alerts: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


def _meta(obj: Any, where: str) -> dict[str, str | None]:
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    out: dict[str, str | None] = {}
    for key in _META_KEYS:
        value = obj.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            raise ValueError(f"{where}: {key} must be a string, got {type(value).__name__}")
        out[key] = None if value is None or str(value).strip() == "" else str(value)
    if out["published"] is not None:
        try:
            pd.Timestamp(out["published"])
        except (ValueError, TypeError) as exc:
            raise ValueError(f"{where}: published {out['published']!r} is not a date") from exc
    return out


def read_report_file(path: str | Path) -> list[ReportInput]:
    """Read the reports in a ``.txt`` (with optional ``.json`` sidecar) or ``.jsonl`` file.

    Raises
    ------
    ValueError
        When the file (or its sidecar) cannot be read; the message names the file and line.
    """
    src = Path(path)
    try:
        raw = src.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{src}: not UTF-8 text ({exc})") from exc
    if src.suffix.lower() == ".txt":
        sidecar = src.with_suffix(".json")
        meta: dict[str, str | None] = {"published": None, "source": None, "report_id": None}
        if sidecar.is_file():
            try:
                meta = _meta(json.loads(sidecar.read_text(encoding="utf-8-sig")), str(sidecar))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{sidecar}: not valid JSON: {exc}") from exc
        if not raw.strip():
            raise ValueError(f"{src}: the report is empty")
        report_id = meta["report_id"] or src.stem
        return [ReportInput(raw, meta["published"], meta["source"], report_id, str(src))]
    if src.suffix.lower() == ".jsonl":
        reports = []
        for lineno, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{src}: line {lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{where}: not valid JSON: {exc}") from exc
            meta = _meta(obj, where)
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ValueError(f"{where}: 'text' must be a non-empty string")
            reports.append(ReportInput(text, meta["published"], meta["source"], meta["report_id"], f"{src}:{lineno}"))
        return reports
    raise ValueError(f"{src}: not a report file (expected {', '.join(_REPORT_SUFFIXES)})")


def _default_extractor() -> Extractor:
    try:
        from geoincidents.extraction import extract_incidents
    except ImportError as exc:  # the extraction module lands on its own branch
        raise RuntimeError(f"incident extraction is not available: {exc}") from exc
    extractor: Extractor = extract_incidents
    return extractor


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
    gazetteer: gpd.GeoDataFrame | str | Path | None = None,
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
        :func:`geoincidents.extraction.extract_incidents`.
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
    extractor = extract if extract is not None else _default_extractor()
    try:
        reports = read_report_file(src)
        frames = []
        for rep in reports:
            rid = rep.report_id or default_report_id(rep.text)
            try:
                found = extractor(
                    rep.text, published=rep.published, source=rep.source, gazetteer=gazetteer, report_id=rid
                )
            except Exception as exc:  # one bad report must not stop the watcher; it is recorded
                raise ValueError(f"extraction failed on {rep.origin}: {type(exc).__name__}: {exc}") from exc
            frames.append((rep, found))
        with store.transaction():
            if store.is_ingested(src, sha):  # another watcher took it meanwhile
                return result
            for rep, found in frames:
                rid = store.add_report(rep.text, rep.published, rep.source, rep.report_id, origin=rep.origin)
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
    gazetteer: gpd.GeoDataFrame | str | Path | None = None,
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
    gazetteer: gpd.GeoDataFrame | str | Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> list[IngestResult]:
    """Poll ``directory`` and ingest report files into the store as they arrive.

    Parameters
    ----------
    directory
        The folder watched.
    store
        An :class:`~geoincidents.store.IncidentStore` or the path of its GeoPackage.
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
        The extractor (default :func:`geoincidents.extraction.extract_incidents`).
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
        extract = _default_extractor()
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
