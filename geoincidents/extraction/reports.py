"""Reading report files for batch extraction: plain-text reports and JSON Lines batches.

A ``.txt`` file is one report (its file name, without extension, is the report id). A ``.jsonl`` file
holds one report per line, a JSON object with ``text`` and optional ``published``, ``source`` and
``report_id``. A bad file or line is an error naming the file and line; nothing is skipped silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from geoincidents.errors import InputLimitError
from geoincidents.extraction.dates import as_date
from geoincidents.extraction.pipeline import MAX_TEXT_CHARS, Report, check_text_length

__all__ = ["read_reports"]


def _read_jsonl(path: Path, published: date | None, source: str | None) -> list[Report]:
    out: list[Report] = []
    with path.open(encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path}: line {lineno}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{where}: not valid JSON ({exc.msg})") from exc
            if not isinstance(item, dict):
                raise ValueError(f"{where}: expected a JSON object")
            text = item.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ValueError(f"{where}: field 'text' must be a non-empty string")
            check_text_length(text, where)
            day = as_date(item.get("published"), f"{where}: field published") or published
            src = item.get("source")
            rid = item.get("report_id")
            out.append(
                Report(
                    text,
                    day,
                    str(src) if src is not None else source,
                    str(rid) if rid is not None else f"{path.stem}:{lineno}",
                )
            )
    return out


_MAX_BYTES_PER_CHAR = 4  # UTF-8


def _read_text(path: Path) -> str:
    """A ``.txt`` report, refused before it is read when even 4 bytes a character would exceed the limit."""
    size = path.stat().st_size
    if size > _MAX_BYTES_PER_CHAR * MAX_TEXT_CHARS:
        raise InputLimitError(
            f"{path}: {size:,} bytes is more than any report of at most {MAX_TEXT_CHARS:,} characters can take"
        )
    text = path.read_text(encoding="utf-8-sig")
    check_text_length(text, str(path))
    return text


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
        suffix = path.suffix.lower()
        try:
            if suffix == ".txt":
                out.append(Report(_read_text(path), day, source, path.stem))
            elif suffix == ".jsonl":
                out.extend(_read_jsonl(path, day, source))
            else:
                raise ValueError(f"{path}: unsupported report file {suffix!r}; use .txt or .jsonl")
        except UnicodeDecodeError as exc:
            raise ValueError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    return out
