"""Watch a folder for report files and ingest them into an incident store, raising alerts.

Report files, as they arrive in the folder (not its sub-folders):

- ``NAME.txt``: one report (UTF-8). An optional sidecar ``NAME.json`` gives its metadata:
  ``{"published": "2021-10-23", "source": "Shafaq News", "report_id": "..."}`` (all optional).
- ``NAME.jsonl``: a batch, one JSON object a line with ``text`` and optional ``published``,
  ``source``, ``report_id``.

The rules (``docs/store.md``):

- **Never leave the folder.** Only regular files directly in it are read, opened relative to the
  folder without following links (:mod:`geoincidents.store._folder`); a symbolic link, a file with
  other hard links, a FIFO, a device or a sub-folder is skipped and reported, whatever it points to.
- **Never stop on a file.** A file that cannot be read (permissions, a link, over the size limit) is
  skipped, reported once, and tried again on every poll; a file whose content is bad (not UTF-8, bad
  JSON, a bad sidecar) is recorded with its error and tried again when its content changes.
- **Size limits.** Report files over :data:`~geoincidents.store._folder.MAX_FILE_BYTES` (1 MB) and
  sidecars over 64 KB are skipped with a message (``--max-size`` raises the limit); a ``.jsonl`` batch
  of more than :data:`MAX_BATCH_REPORTS` (1,000) reports is recorded as failed ("split it").
- **Settle.** While polling, a file is read only once its size, modification time and inode (and
  its sidecar's) are the same on two polls in a row; a ``.txt`` without a sidecar also waits until it
  has not changed for ``settle_s`` (default 10 s, timed by the watcher's clock, not the file's
  modification time), so a sidecar written just after its report is not missed.
  ``--once`` takes the folder as complete and waits for nothing.
- **One report per text.** A text already in the store (same SHA-256, :func:`geoincidents.ids.content_digest`)
  is not extracted again, whatever its file name, so the same text under two names, a batch line
  repeated, or a report whose sidecar arrives after it was ingested never doubles incidents (a late
  sidecar's metadata is not applied; it is reported).
- **One transaction per file**: its reports, their incidents, the alerts raised on new incidents and
  the record that the file was ingested; a crash never leaves a file half ingested and a restart
  does not ingest it again (the store remembers path and SHA-256).
- **No alert lost.** Alerts are stored in that transaction, in the store's outbox; after each poll
  every alert not yet emitted is printed and appended to the ``--alerts`` file, then marked emitted.
  When the file cannot be written the alerts stay in the outbox and are written on the next poll
  (or run); an alert may be written twice after a crash, never lost (its ``alert_id`` is stable).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import geopandas as gpd
import pandas as pd

from geoincidents import ids
from geoincidents.errors import StoreBusyError, StoreFullError, StoreIOError
from geoincidents.extraction.dates import as_date
from geoincidents.extraction.pipeline import extract_incidents
from geoincidents.extraction.reports import parse_reports
from geoincidents.gazetteer.model import GazetteerLike
from geoincidents.labels import terminal_text
from geoincidents.store import _folder
from geoincidents.store._folder import MAX_FILE_BYTES, MAX_SIDECAR_BYTES, SETTLE_S, FileData, SkipFile
from geoincidents.store.alerts import ALERT_COLUMNS, AlertRule, format_alert
from geoincidents.store.incident_store import IncidentStore

__all__ = [
    "MAX_BATCH_REPORTS",
    "MAX_FILE_BYTES",
    "MAX_SIDECAR_BYTES",
    "SETTLE_S",
    "IngestResult",
    "ReportInput",
    "ScanState",
    "WatchResults",
    "emit_alerts",
    "ingest_file",
    "read_report_file",
    "scan_once",
    "watch",
]

Extractor = Callable[..., pd.DataFrame]
MAX_BATCH_REPORTS = 1000
"""Most reports one ``.jsonl`` batch may hold (each costs one extraction): split larger batches."""
_REPORT_SUFFIXES = (".txt", ".jsonl")
_IGNORED_SUFFIXES = (".tmp", ".part", ".partial", ".swp")
Signatures = tuple[_folder.Signature, _folder.Signature | None]
"""A report file's signature and its sidecar's (None: no sidecar)."""
_META_KEYS = frozenset({"published", "source", "report_id"})
_TRANSIENT = (StoreBusyError, StoreFullError, StoreIOError)  # not recorded: the file is tried again


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
    """What ingesting (or trying to ingest) one file did.

    Attributes
    ----------
    path
        The file.
    report_ids
        Ids of the reports stored from it (texts new to the store).
    added, merged
        Incidents added, and stored incidents that its incidents were merged into.
    alerts
        Alerts raised on its new incidents (emitted through the store's outbox).
    duplicates
        Ids of stored reports that hold the same text as one of its reports (not extracted again).
    error
        Why it failed or was skipped (None: it was ingested).
    skipped
        True when nothing was recorded (the file was a link, unreadable or too large, or the store
        was busy or full): it is tried again on the next poll or run.
    """

    path: Path
    report_ids: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    alerts: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    error: str | None = None
    skipped: bool = False


class WatchResults(list[IngestResult]):
    """The files :func:`watch` ingested, failed or skipped, plus what happened to the alerts.

    ``alert_error`` is the last reason alerts could not be written (None: every alert was written);
    ``unwritten_alerts`` how many were still in the store's outbox when the watch ended.
    """

    alert_error: str | None = None
    unwritten_alerts: int = 0


@dataclass
class ScanState:
    """What :func:`scan_once` remembers between polls (one per watched folder).

    ``seen``: each file's signatures on the previous poll and since when (``time.monotonic``) they
    have not changed (read once they stop changing); ``done``:
    the signatures a file had when it was ingested or recorded (not read again while unchanged);
    ``reported``: the last skip message shown for each file (shown again only when it changes).
    """

    seen: dict[str, tuple[Signatures, float]] = field(default_factory=dict)
    done: dict[str, Signatures] = field(default_factory=dict)
    reported: dict[str, str] = field(default_factory=dict)

    def forget_all_but(self, names: set[str]) -> None:
        """Drop what is remembered of files no longer in the folder."""
        for memory in (self.seen, self.done, self.reported):
            for name in set(memory) - names:
                del memory[name]


# -- reading report files ----------------------------------------------------------------------


def _sidecar(name: str, data: bytes | None) -> tuple[date | None, str | None, str | None]:
    """Published date, source and report id from a ``NAME.json`` sidecar (all optional)."""
    if data is None:
        return None, None, None
    try:
        meta = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"{name}: not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"{name}: not valid JSON: {exc}") from exc
    if not isinstance(meta, dict):
        raise ValueError(f"{name}: expected a JSON object with published, source, report_id")
    unknown = sorted(set(meta) - _META_KEYS)
    if unknown:
        raise ValueError(f"{name}: unknown key(s) {unknown}; allowed: {sorted(_META_KEYS)}")
    published = as_date(meta.get("published"), f"{name}: published")
    texts = {k: meta.get(k) for k in ("source", "report_id")}
    for key, value in texts.items():
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{name}: {key} must be a string, got {type(value).__name__}")
    return published, texts["source"] or None, texts["report_id"] or None


def _reports(src: Path, snap: FileData) -> list[ReportInput]:
    """The reports of a file read by :func:`geoincidents.store._folder.read_report`."""
    if src.suffix.lower() == ".txt":
        side = _folder.sidecar_name(snap.name)
        published, source, report_id = _sidecar(str(src.with_name(side or "")), snap.sidecar)
        (rep,) = parse_reports(src, snap.data, published=published, source=source)
        if not rep.text.strip():
            raise ValueError(f"{src}: the report is empty")
        rid = report_id or rep.report_id
        return [ReportInput(rep.text, rep.published, rep.source, rid, str(src), explicit_id=report_id is not None)]
    if src.suffix.lower() == ".jsonl":
        positional = re.compile(re.escape(src.stem) + r":\d+")
        n_lines = sum(1 for line in snap.data.splitlines() if line.strip())
        if n_lines > MAX_BATCH_REPORTS:
            raise ValueError(
                f"{src}: {n_lines:,} reports, over the limit of {MAX_BATCH_REPORTS:,} per batch file; split it"
            )
        return [
            ReportInput(
                rep.text,
                rep.published,
                rep.source,
                rep.report_id,
                f"{src} ({rep.report_id})",
                explicit_id=rep.report_id is not None and positional.fullmatch(rep.report_id) is None,
            )
            for rep in parse_reports(src, snap.data)
        ]
    raise ValueError(f"{src}: not a report file (expected {', '.join(_REPORT_SUFFIXES)})")


def read_report_file(path: str | Path, *, max_bytes: int = MAX_FILE_BYTES) -> list[ReportInput]:
    """Read the reports in a ``.txt`` (with optional ``NAME.json`` sidecar) or ``.jsonl`` file.

    The file is read as the watcher reads it (no link followed, at most ``max_bytes``) and parsed by
    :func:`geoincidents.extraction.reports.parse_reports`; a ``.txt`` report's sidecar supplies its
    publication date, source and id (default: the file name).

    Raises
    ------
    FileNotFoundError
        When the file does not exist.
    ValueError
        When the file (or its sidecar) cannot be read or parsed; the message names the file and line.
    """
    src = Path(path)
    try:
        with _folder.open_folder(src.parent) as dir_fd:
            snap = _folder.read_report(dir_fd, src.name, max_bytes)
    except SkipFile as exc:
        raise ValueError(f"{src}: {exc}") from exc
    if snap is None:
        raise FileNotFoundError(f"report file not found: {src}")
    return _reports(src, snap)


# -- ingesting one file ------------------------------------------------------------------------


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


def _file_digest(snap: FileData) -> str:
    """The SHA-256 of a file's bytes (and its sidecar's) that ``ingested_files`` remembers it by."""
    digest = hashlib.sha256(snap.data)
    if snap.sidecar is not None:
        digest.update(b"\x00sidecar\x00" + snap.sidecar)
    return digest.hexdigest()


@dataclass
class _Extracted:
    report: ReportInput
    report_id: str
    digest: str
    incidents: pd.DataFrame | None


def _extract_new(
    store: IncidentStore, reports: list[ReportInput], extract: Extractor, gazetteer: GazetteerLike
) -> tuple[list[_Extracted], list[str]]:
    """Extract the reports whose text is new to the store; return them and the ids of the texts already there."""
    out: list[_Extracted] = []
    duplicates: list[str] = []
    for rep in reports:
        digest = ids.content_digest(rep.text)
        stored = store.report_by_digest(digest)
        earlier = next((e.report_id for e in out if e.digest == digest), None)  # the same text twice in a file
        if stored is not None or earlier is not None:
            duplicates.append(stored or str(earlier))
            continue
        rid = _report_id(store, rep)
        try:
            found = extract(rep.text, published=rep.published, source=rep.source, gazetteer=gazetteer, report_id=rid)
        except Exception as exc:  # one bad report must not stop the watcher; it is recorded
            raise ValueError(f"extraction failed on {rep.origin}: {type(exc).__name__}: {exc}") from exc
        out.append(_Extracted(rep, rid, digest, found))
    return out, duplicates


def _store_file(
    store: IncidentStore, src: Path, sha: str, size: int, extracted: list[_Extracted], rules: Sequence[AlertRule]
) -> IngestResult | None:
    """Store a file's new reports, incidents and alerts and record it, in one transaction (None: done already).

    The incidents of all its reports go to the store in one :meth:`IncidentStore.add_incidents` call
    (duplicates among them merge as they would one by one), so a batch costs one measurement, not one
    per line.
    """
    result = IngestResult(src)
    with store.transaction():
        if store.is_ingested(src, sha):  # another watcher took it meanwhile
            return None
        frames = []
        for item in extracted:
            stored = store.report_by_digest(item.digest)
            if stored is not None:  # another watcher stored the same text meanwhile
                result.duplicates.append(stored)
                continue
            rep = item.report
            rid = store.add_report(rep.text, rep.published, rep.source, item.report_id, origin=rep.origin)
            result.report_ids.append(rid)
            if item.incidents is not None and len(item.incidents):
                frames.append(item.incidents.assign(report_id=rid))
        if frames:
            added = store.add_incidents(
                pd.concat(frames, ignore_index=True), rules=rules, reason=f"ingested from {terminal_text(src)}"
            )
            result.added, result.merged = added.added, added.merged
            if added.alerts is not None and len(added.alerts):
                result.alerts = alert_records(added.alerts)
        store.record_ingest(
            src,
            sha,
            size=size,
            n_reports=len(result.report_ids),
            n_incidents=len(result.added) + len(result.merged),
            n_alerts=len(result.alerts),
        )
    return result


def _ingest(
    src: Path,
    snap: FileData,
    store: IncidentStore,
    rules: Sequence[AlertRule],
    extract: Extractor,
    gazetteer: GazetteerLike,
) -> IngestResult:
    """Ingest the bytes read from one file (see :func:`ingest_file`)."""
    sha, size = _file_digest(snap), len(snap.data)
    try:
        if store.is_ingested(src, sha):
            return IngestResult(src)
        extracted, duplicates = _extract_new(store, _reports(src, snap), extract, gazetteer)
        result = _store_file(store, src, sha, size, extracted, rules)
        if result is None:
            return IngestResult(src)
        result.duplicates[:0] = duplicates
        return result
    except _TRANSIENT as exc:  # not recorded: the file is tried again on the next poll
        return IngestResult(src, error=f"{type(exc).__name__}: {exc}", skipped=True)
    except (ValueError, TypeError, KeyError, OSError) as exc:
        result = IngestResult(src, error=f"{type(exc).__name__}: {exc}")
    try:
        store.record_ingest(src, sha, size=size, error=result.error)
    except _TRANSIENT as exc:
        result.error = f"{result.error} (not recorded: {exc})"
        result.skipped = True
    return result


def ingest_file(
    path: str | Path,
    store: IncidentStore,
    *,
    rules: Sequence[AlertRule] = (),
    extract: Extractor | None = None,
    gazetteer: GazetteerLike = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> IngestResult:
    """Ingest one report file into ``store`` in one transaction; return what was done.

    Parameters
    ----------
    path
        A ``.txt`` or ``.jsonl`` report file, read as the watcher reads it (no link followed).
    store
        The incident store.
    rules
        Alert rules evaluated on the incidents new to the store.
    extract
        ``extract(text, *, published, source, gazetteer, report_id)`` returning incidents; default
        :func:`geoincidents.extraction.pipeline.extract_incidents`.
    gazetteer
        Passed to the extractor (default: the bundled gazetteer).
    max_bytes
        Largest file read.

    Returns
    -------
    IngestResult
        With ``error`` set when the file could not be read (``skipped``, nothing stored) or its
        content could not be ingested (the error recorded in ``ingested_files``). A file already
        ingested with the same content gives an empty result.
    """
    src = Path(path)
    try:
        with _folder.open_folder(src.parent) as dir_fd:
            snap = _folder.read_report(dir_fd, src.name, max_bytes)
    except SkipFile as exc:
        return IngestResult(src, error=str(exc), skipped=True)
    if snap is None:
        return IngestResult(src, error="the file is gone", skipped=True)
    return _ingest(src, snap, store, rules, extract if extract is not None else extract_incidents, gazetteer)


def alert_records(alerts: pd.DataFrame) -> list[dict[str, Any]]:
    """Alerts as JSON-ready records with the columns of :data:`~geoincidents.store.alerts.ALERT_COLUMNS`."""
    frame = pd.DataFrame(alerts.drop(columns=alerts.geometry.name) if isinstance(alerts, gpd.GeoDataFrame) else alerts)
    records = []
    for rec in frame[[c for c in ALERT_COLUMNS if c in frame]].to_dict(orient="records"):
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


# -- scanning the folder -------------------------------------------------------------------------


def _is_report_name(name: str) -> bool:
    lower = name.lower()
    return not name.startswith(".") and not lower.endswith(_IGNORED_SUFFIXES) and lower.endswith(_REPORT_SUFFIXES)


def _ready(dir_fd: int, name: str, state: ScanState | None, settle_s: float, max_bytes: int) -> bool:
    """Whether a file should be read on this scan (settled and not already handled); SkipFile if unreadable."""
    sig = _folder.current_signature(dir_fd, name, max_bytes)
    if sig is None:
        return False  # gone meanwhile
    if state is None:
        return True  # --once: the folder is taken as complete
    previous, since = state.seen.get(name, (None, 0.0))
    if previous != sig:
        state.seen[name] = (sig, time.monotonic())
        return False  # first sight, or changed since the last poll: wait
    if state.done.get(name) == sig:
        return False  # already ingested (or recorded) as it is
    if name.lower().endswith(".txt") and sig[1] is None:
        return time.monotonic() - since >= settle_s  # no sidecar yet: one may still come
    return True


def _skip(src: Path, name: str, message: str, state: ScanState | None) -> IngestResult | None:
    """A skipped file's result, or None when the same message was already reported while polling."""
    if state is not None:
        if state.reported.get(name) == message:
            return None
        state.reported[name] = message
    return IngestResult(src, error=message, skipped=True)


def _scan_file(
    folder: Path, dir_fd: int, name: str, store: IncidentStore, options: dict[str, Any], state: ScanState | None
) -> IngestResult | None:
    src = folder / name
    try:
        if not _ready(dir_fd, name, state, options["settle_s"], options["max_bytes"]):
            return None
        snap = _folder.read_report(dir_fd, name, options["max_bytes"])
    except SkipFile as exc:
        return _skip(src, name, str(exc), state)
    if snap is None:
        return None
    read_as = (snap.signature, snap.sidecar_signature)
    if state is not None and state.seen[name][0] != read_as:
        return None  # it changed while being read: next poll
    res = _ingest(src, snap, store, options["rules"], options["extract"], options["gazetteer"])
    if res.skipped:  # the store was busy or full: nothing recorded, tried again
        return _skip(src, name, str(res.error), state)
    if state is not None:
        state.reported.pop(name, None)
        state.done[name] = read_as  # ingested or recorded: not read again while it stays the same
    return res if (res.error or res.report_ids or res.duplicates) else None


def scan_once(
    directory: str | Path,
    store: IncidentStore,
    *,
    rules: Sequence[AlertRule] = (),
    extract: Extractor | None = None,
    gazetteer: GazetteerLike = None,
    state: ScanState | None = None,
    settle_s: float = SETTLE_S,
    max_bytes: int = MAX_FILE_BYTES,
) -> list[IngestResult]:
    """Ingest every report file of ``directory`` not ingested yet; return one result per file handled.

    With ``state`` (kept between calls, as :func:`watch` does) files wait until they settle (see the
    module docstring) and a skipped file is reported once while it stays the same; without it every
    file is read now. Files that cannot be read are skipped (``skipped=True`` results), never raised.

    Raises
    ------
    FileNotFoundError
        When ``directory`` is not a folder.
    """
    folder = Path(directory)
    if not folder.is_dir():
        raise FileNotFoundError(f"watch folder not found: {folder}")
    options = {
        "rules": rules,
        "extract": extract if extract is not None else extract_incidents,
        "gazetteer": gazetteer,
        "settle_s": settle_s,
        "max_bytes": max_bytes,
    }
    results = []
    with _folder.open_folder(folder) as dir_fd:
        present = [name for name in _folder.names(dir_fd) if _is_report_name(name)]
        if state is not None:
            state.forget_all_but(set(present))
        for name in present:
            res = _scan_file(folder, dir_fd, name, store, options, state)
            if res is not None:
                results.append(res)
    return results


# -- emitting alerts and the polling loop --------------------------------------------------------


def _append_jsonl(path: Path, records: Sequence[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, allow_nan=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def emit_alerts(store: IncidentStore, out: TextIO, alerts_out: str | Path | None = None) -> int:
    """Print and append to ``alerts_out`` every alert in the store's outbox, then mark them emitted.

    The outbox is read and marked in one store transaction, after the file was written: when writing
    fails nothing is marked and the alerts stay for the next call. Returns how many were emitted.

    Raises
    ------
    OSError
        When ``alerts_out`` cannot be written (nothing marked).
    """
    if store.pending_alerts().empty:
        return 0  # the usual case: no write lock taken
    with store.transaction():
        pending = store.pending_alerts()
        records = alert_records(pending)
        if alerts_out is not None and records:
            _append_jsonl(Path(alerts_out), records)
        for rec in records:
            print(format_alert(rec), file=out, flush=True)
        store.mark_alerts_emitted([str(rec["alert_id"]) for rec in records])
    return len(records)


def _report(res: IngestResult, out: TextIO, err: TextIO, retry: str) -> None:
    if res.error:
        hint = f" (skipped; tried again {retry})" if res.skipped else ""
        print(terminal_text(f"geoincidents watch: {res.path}: {res.error}{hint}"), file=err, flush=True)
        return
    line = (
        f"{terminal_text(res.path.name)}: {len(res.report_ids)} report(s), {len(res.added)} new incident(s), "
        f"{len(res.merged)} merged, {len(res.alerts)} alert(s)"
    )
    if res.duplicates:
        line += (
            f"; {len(res.duplicates)} text(s) already stored (as {', '.join(res.duplicates[:3])}): not extracted again"
        )
    print(line, file=out, flush=True)


def _emit(
    db: IncidentStore, out: TextIO, err: TextIO, alerts_out: str | Path | None, done: WatchResults, retry: str
) -> None:
    try:
        emit_alerts(db, out, alerts_out)
        done.alert_error = None
    except (OSError, *_TRANSIENT) as exc:
        message = f"{type(exc).__name__}: {exc}"
        if message != done.alert_error:
            n = len(db.pending_alerts())
            print(
                f"geoincidents watch: {n} alert(s) could not be written to {alerts_out} ({message}); "
                f"they stay in the store's outbox and are written {retry}",
                file=err,
                flush=True,
            )
        done.alert_error = message


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
    settle_s: float = SETTLE_S,
    max_bytes: int = MAX_FILE_BYTES,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> WatchResults:
    """Poll ``directory`` and ingest report files into the store as they arrive (rules: module docstring).

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
        Ingest what is there now and return (no settle wait).
    interval_s
        Seconds between polls.
    max_polls
        Stop after this many polls (default: run until interrupted).
    extract
        The extractor (default :func:`geoincidents.extraction.pipeline.extract_incidents`).
    gazetteer
        Passed to the extractor.
    settle_s
        Seconds a ``.txt`` without a sidecar waits after its last change (polling only).
    max_bytes
        Largest report file read; larger ones are skipped with a message.
    out, err
        Where alerts and progress (``out``) and file problems (``err``) are printed; default
        stdout/stderr.

    Returns
    -------
    WatchResults
        Every file ingested, failed or skipped during the run (a list), with ``unwritten_alerts``.
    """
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    own = not isinstance(store, IncidentStore)
    db = IncidentStore(store) if not isinstance(store, IncidentStore) else store
    state = None if once else ScanState()
    retry = "on the next run" if once else "on the next poll"
    done = WatchResults()
    polls = 0
    try:
        while True:
            results = scan_once(
                directory, db, rules=rules, extract=extract, gazetteer=gazetteer, state=state,
                settle_s=settle_s, max_bytes=max_bytes,
            )  # fmt: skip
            for res in results:
                _report(res, out, err, retry)
            _emit(db, out, err, alerts_out, done, retry)
            if results:
                db.checkpoint()
            done += results
            polls += 1
            if once or (max_polls is not None and polls >= max_polls):
                done.unwritten_alerts = len(db.pending_alerts()) if done.alert_error else 0
                return done
            time.sleep(interval_s)
    finally:
        if own:
            db.close()
