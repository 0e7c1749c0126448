"""Reading report files for batch extraction: plain-text reports and JSON Lines batches.

A ``.txt`` file is one report (its file name, without extension, is the report id). A ``.jsonl`` file
holds one report per line, a JSON object with ``text`` and optional ``published``, ``source`` and
``report_id``. A bad file or line is an error naming the file and line; nothing is skipped silently.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from geoincidents.errors import InputLimitError
from geoincidents.extraction.dates import as_date
from geoincidents.extraction.pipeline import MAX_TEXT_CHARS, Report, check_text_length

__all__ = ["parse_reports", "read_reports"]


def _jsonl_reports(path: Path, text: str, published: date | None, source: str | None) -> list[Report]:
    out: list[Report] = []
    for lineno, line in enumerate(io.StringIO(text, newline=None), start=1):  # universal newlines, as open()
        if not line.strip():
            continue
        where = f"{path}: line {lineno}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(item, dict):
            raise ValueError(f"{where}: expected a JSON object")
        body = item.get("text")
        if not isinstance(body, str) or not body.strip():
            raise ValueError(f"{where}: field 'text' must be a non-empty string")
        check_text_length(body, where)
        day = as_date(item.get("published"), f"{where}: field published") or published
        src = item.get("source")
        rid = item.get("report_id")
        out.append(
            Report(
                body,
                day,
                str(src) if src is not None else source,
                str(rid) if rid is not None else f"{path.stem}:{lineno}",
            )
        )
    return out


def parse_reports(
    path: str | Path,
    data: bytes,
    *,
    published: date | str | None = None,
    source: str | None = None,
) -> list[Report]:
    """The reports in the bytes of one ``.txt`` or ``.jsonl`` file named ``path``, read by the caller.

    What :func:`read_reports` does with each file once it has read it; for callers that read files
    themselves (the folder watcher reads without following links). Parameters and errors as
    :func:`read_reports`.
    """
    path = Path(path)
    day = as_date(published, "published")
    suffix = path.suffix.lower()
    if suffix not in (".txt", ".jsonl"):
        raise ValueError(f"{path}: unsupported report file {suffix!r}; use .txt or .jsonl")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    if suffix == ".txt":
        body = io.StringIO(text, newline=None).read()
        check_text_length(body, str(path))
        return [Report(body, day, source, path.stem)]
    return _jsonl_reports(path, text, day, source)


_MAX_BYTES_PER_CHAR = 4  # UTF-8: a .txt report larger than this many bytes a character is refused unread


def read_reports(
    paths: Iterable[str | Path],
    *,
    published: date | str | None = None,
    source: str | None = None,
) -> list[Report]:
    """Read reports from ``.txt`` files (one report each) and ``.jsonl`` batches.

    Parameters
    ----------
    paths
        Report files.
    published, source
        Publication date and outlet of the ``.txt`` reports, and the default for ``.jsonl`` lines
        that give none.

    Raises
    ------
    FileNotFoundError
        When a file does not exist.
    ValueError
        When a file has an unsupported extension, is not UTF-8, or a JSON line is malformed (the
        message names the file and line).
    InputLimitError
        When a report is longer than :data:`geoincidents.extraction.pipeline.MAX_TEXT_CHARS`.
    """
    day = as_date(published, "published")
    out: list[Report] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            raise FileNotFoundError(f"report file not found: {path}")
        if path.suffix.lower() not in (".txt", ".jsonl"):
            raise ValueError(f"{path}: unsupported report file {path.suffix.lower()!r}; use .txt or .jsonl")
        size = path.stat().st_size
        if path.suffix.lower() == ".txt" and size > _MAX_BYTES_PER_CHAR * MAX_TEXT_CHARS:
            raise InputLimitError(
                f"{path}: {size:,} bytes is more than any report of at most {MAX_TEXT_CHARS:,} characters can take"
            )
        out.extend(parse_reports(path, path.read_bytes(), published=day, source=source))
    return out
