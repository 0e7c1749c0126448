"""CSV files in: the header found, the records read, each with the line it starts on.

Two readers give the same table. The **fast** one hands the records to Arrow's multi-threaded CSV
parser and gets every column as Arrow text without a Python object per cell; it is used when every
record has the header's number of fields and the line of each record can be worked out from the
number of line breaks inside its quoted values. Anything else (a record with too many or too few
fields, blank lines between records, a parse error) goes to the **exact** reader, Python's ``csv``
module record by record, which keeps the rules below for every irregular record.

- The delimiter is the one of ``,``, ``;``, tab and ``|`` whose reading of the first lines gives the most
  rows of one width; an Excel ``sep=;`` first line names it.
- The header is the first of the first 20 records naming a position (latitude/longitude, WKT, a
  "lat, lon" column, GDELT's action geography); title lines above it are skipped (and reported). A
  tab-separated file whose first record has GDELT 2.0's 61 fields, an event id and an 8-digit date
  has no header: GDELT's column names are used.
- An HXL hashtag row right below the header (files from the Humanitarian Data Exchange) is skipped.
- A record with more fields than the header is rejected (unless the extra fields are empty); one with
  fewer is padded with empty fields. Empty cells are missing values.
- Cells written formula-safe by :func:`csv_cell` get their original text back (:func:`from_csv_cell`).
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from geoincidents.errors import IncidentReadError
from geoincidents.io.columns import is_hxl_row, unique_headers
from geoincidents.io.formats import GDELT_COLUMNS, has_position_columns
from geoincidents.io.limits import MAX_FEATURES, MAX_INPUT_BYTES, FileLimitError
from geoincidents.io.raw import RawTable
from geoincidents.io.sniff import HEAD_CHARS, Sniffed

__all__ = ["SPREADSHEET_DELIMITERS", "csv_cell", "from_csv_cell", "read_csv"]

# A report pasted into one cell can exceed the csv module's default 128 KiB field limit; allow a cell as
# large as an upload. (The limit is process-wide; this only ever raises it.)
csv.field_size_limit(max(csv.field_size_limit(), MAX_INPUT_BYTES))

SPREADSHEET_DELIMITERS = ",;\t|"
"""Characters a spreadsheet may split a CSV line on (its list separator depends on the locale)."""
# A spreadsheet opening a CSV runs a cell that starts with one of these as a formula (CSV injection):
# such text is written with a leading apostrophe, which the spreadsheet shows as text and hides, and
# which this module's reader takes off again. Text that already starts with apostrophes before one of
# these gets one more, so writing and reading back gives every value unchanged. A spreadsheet whose
# list separator is ";" (or a tab, "|") splits a line on it even inside quotes, so the same is done
# after every spreadsheet delimiter inside a cell ("x;=cmd" is written "x;'=cmd").
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_INNER_FORMULA = re.compile(r"(?<=[,;\t|])(?='*[=+\-@\t\r])")
_INNER_UNDO = re.compile(r"(?<=[,;\t|])'(?='*[=+\-@\t\r])")
# Cells that may hold an escape (Arrow's RE2 has no look-around: those cells are undone in Python).
_ARROW_ESCAPED = r"(^'+[=+\-@\t\r])|([,;\t|]'+[=+\-@\t\r])"
_ESCAPE_BYTES = re.compile(rb"'[=+\-@\t\r]")
_HEADER_SEARCH = 20
_MAX_RECORD_LINES = 50
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_GDELT_FIELDS = len(GDELT_COLUMNS)
_MARKS = bytes([*range(0, 9), 10, 11, 12, 13, *range(14, 32), 127])  # line breaks and control characters
_NOT_MARKS = bytes(b for b in range(256) if b not in _MARKS)


def csv_cell(value: str) -> str:
    """``value`` as written to a CSV cell, safe in a spreadsheet whatever its list separator: an apostrophe
    before any part a spreadsheet would run as a formula, i.e. before ``=``, ``+``, ``-``, ``@``, a tab or a
    carriage return (after any apostrophes) at the start of the cell or right after a ``,``, ``;``, tab
    or ``|`` inside it. :func:`from_csv_cell` takes exactly these apostrophes off again."""
    value = _INNER_FORMULA.sub("'", value)
    return "'" + value if _FORMULA_START.match(value) else value


def from_csv_cell(value: str) -> str:
    """Undo :func:`csv_cell` on a cell read from a CSV file."""
    if value.startswith("'") and _FORMULA_START.match(value, 1):
        value = value[1:]
    unescaped: str = _INNER_UNDO.sub("", value)
    return unescaped


def _delimiter(head: str) -> str:
    """The delimiter whose CSV reading of the first records is most consistent: the largest share of
    records of one width above 1, then the most such records, then the widest (records, not lines: a
    quoted value may hold a line break or another delimiter, which a wrong delimiter splits)."""
    best, best_score = ",", (0.0, 0, 0)
    for delim in SPREADSHEET_DELIMITERS:
        widths: list[int] = []
        try:
            for row in csv.reader(io.StringIO(head, newline=""), delimiter=delim):
                if row:
                    widths.append(len(row))
                if len(widths) >= _HEADER_SEARCH * 2:
                    break
        except csv.Error:
            continue
        wide = [w for w in widths if w > 1]
        if not wide:
            continue
        modal = max(set(wide), key=wide.count)
        score = (wide.count(modal) / len(widths), wide.count(modal), modal)
        if score > best_score:
            best, best_score = delim, score
    return best


def _records(text: str, delim: str, label: str) -> list[tuple[int, int, list[str]]]:
    """(first line, last line, fields) of each non-blank record of ``text``."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    found: list[tuple[int, int, list[str]]] = []
    last_line = 0
    try:
        for fields in reader:
            start, last_line = last_line + 1, reader.line_num
            if fields and any(f.strip() for f in fields):
                found.append((start, last_line, fields))
                if len(found) > MAX_FEATURES + _HEADER_SEARCH:
                    raise FileLimitError(label, f"has more than {MAX_FEATURES} rows (the limit per file)")
    except csv.Error as exc:
        raise IncidentReadError(label, f"is not readable CSV near line {reader.line_num}: {exc}") from None
    return found


def _gdelt_headerless(fields: list[str], delim: str) -> bool:
    return (
        delim == "\t"
        and len(fields) == _GDELT_FIELDS
        and fields[0].strip().isdigit()
        and re.fullmatch(r"\d{8}", fields[1].strip()) is not None
    )


def _no_header(header: list[str], label: str) -> IncidentReadError:
    from geoincidents.io.columns import canonical_names

    names = canonical_names(header)
    has_lat, has_lon = "latitude" in names, "longitude" in names
    shown = ", ".join(repr(h) for h in header[:12]) + (" ..." if len(header) > 12 else "")
    if has_lat or has_lon:
        missing = "longitude" if has_lat else "latitude"
        reason = f"has a {'latitude' if has_lat else 'longitude'} column but no {missing} column"
    else:
        reason = "has no latitude/longitude columns (looked for lat/lon/lng, x/y and Arabic names) and no WKT column"
    return IncidentReadError(label, f"{reason}; columns found: {shown}")


class _Layout:
    """Where the table starts in a CSV text: delimiter, header, first data line, notes."""

    def __init__(self, text: str, label: str, *, whole: bool) -> None:
        head = text[:HEAD_CHARS]
        if not whole or len(text) > HEAD_CHARS:  # do not cut the last record of the head in two
            head = head[: max(head.rfind("\n"), head.rfind("\r")) + 1] or head
        head_lines = [line for line in head.splitlines()[: _HEADER_SEARCH * 2] if line.strip()]
        excel_sep = re.fullmatch(r"sep=(.)", head_lines[0].strip()) if head_lines else None  # Excel's "sep=;"
        self.delim = excel_sep.group(1) if excel_sep else _delimiter(head)
        self.notes: list[str] = []
        found = _records(head, self.delim, label)
        if found and excel_sep and self.delim.join(found[0][2]).strip() == f"sep={self.delim}":
            found = found[1:]
        if not found:
            raise IncidentReadError(label, "has no header row")
        self.hxl = False
        if _gdelt_headerless(found[0][2], self.delim):
            self.header = list(GDELT_COLUMNS)
            self.header_line = 0
            self.data_line = found[0][0]
            self.notes.append("GDELT 2.0 event file without a header: GDELT's 61 column names used")
            return
        at = next((i for i, (_, _, f) in enumerate(found[:_HEADER_SEARCH]) if has_position_columns(f)), None)
        if at is None:
            raise _no_header([from_csv_cell(h) for h in found[0][2]], label)
        if at:
            self.notes.append(f"skipped {at} line(s) above the header at line {found[at][0]}")
        self.header = [from_csv_cell(h) for h in found[at][2]]
        self.header_line = found[at][0]
        self.data_line = found[at][1] + 1
        if len(found) > at + 1 and is_hxl_row(found[at + 1][2]):
            self.hxl = True
            self.data_line = found[at + 1][1] + 1
            self.notes.append(f"skipped the HXL hashtag row at line {found[at + 1][0]}")


def _offset_of_line(text: str, line: int) -> int:
    """Character offset where 1-based ``line`` starts (the text's length when it has fewer lines)."""
    if line <= 1:
        return 0
    for n, m in enumerate(_LINE_BREAK.finditer(text), start=2):
        if n == line:
            return m.end()
    return len(text)


def _end_without_blank_tail(text: str) -> int:
    """Where ``text`` ends without its trailing lines of white space only (a spreadsheet often adds
    some): after the line break that ends the last line with content, if it has one."""
    end = len(text)
    while end and text[end - 1] in " \t\r\n":
        end -= 1
    while end < len(text) and text[end] not in "\r\n":
        end += 1
    if text.startswith("\r\n", end):
        return end + 2
    return end + 1 if end < len(text) else end


def _bytes_end_without_blank_tail(data: bytes) -> int:
    """:func:`_end_without_blank_tail` for UTF-8 bytes (the characters involved are ASCII)."""
    end = len(data)
    while end and data[end - 1] in b" \t\r\n":
        end -= 1
    while end < len(data) and data[end] not in b"\r\n":
        end += 1
    if data.startswith(b"\r\n", end):
        return end + 2
    return end + 1 if end < len(data) else end


class _Scan:
    """Line breaks and control characters of UTF-8 bytes, from one pass over them.

    ``bytes.translate`` deletes every byte but line breaks and control characters (a pass that writes
    almost nothing), and the short remainder is counted; only a file holding carriage returns needs a
    second pass, counting its CRLF pairs exactly.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        marks = data.translate(None, _NOT_MARKS)
        self.lf = marks.count(b"\n")
        self.cr = marks.count(b"\r")
        self.controls = len(marks) - self.lf - self.cr
        self.crlf = data.count(b"\r\n") if self.cr else 0

    def breaks(self, begin: int, end: int) -> tuple[int, bool]:
        """Line breaks in ``data[begin:end]`` as the csv module counts them (``\r\n``, ``\n`` or a
        lone ``\r``), and whether any is a lone ``\r``; ``begin`` and ``end`` are at line ends."""
        head, tail = self.data[:begin], self.data[end:]
        lf = self.lf - head.count(b"\n") - tail.count(b"\n")
        cr = self.cr - head.count(b"\r") - tail.count(b"\r")
        crlf = self.crlf - head.count(b"\r\n") - tail.count(b"\r\n")
        return lf + cr - crlf, cr > crlf


def _arrow_read(data: bytes, begin: int, end: int, width: int, delim: str, newlines: bool) -> pa.Table | None:
    """Arrow's reading of ``data[begin:end]``; None on any irregular record (or a parse error)."""
    invalid: list[Any] = []

    def _invalid(row: Any) -> str:
        invalid.append(row)
        return "skip"

    names = [f"c{i}" for i in range(width)]
    try:
        table = pacsv.read_csv(
            pa.BufferReader(pa.py_buffer(memoryview(data)[begin:end])),
            # one thread: on a busy machine Arrow's threads only compete with the other work (measured:
            # 1.9 s alone against 2.5-6.3 s with threads for 500,000 ACLED rows on 2 loaded cores)
            read_options=pacsv.ReadOptions(column_names=names, use_threads=False),
            parse_options=pacsv.ParseOptions(
                delimiter=delim,
                newlines_in_values=newlines,
                ignore_empty_lines=False,  # a blank line is an irregular record: the exact reader numbers it
                invalid_row_handler=_invalid,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.large_string()),  # pandas keeps large_string: no cast
                null_values=[""],  # an empty cell, quoted or not, is missing; "NA", "null" ... are text
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowException):
        return None
    return None if invalid else table


def _fast(
    scan: _Scan, begin: int, end: int, width: int, delim: str, first_line: int
) -> tuple[pa.Table, np.ndarray] | None:
    """Arrow's reading of the data lines ``data[begin:end]``, and each record's line; None when the exact
    reader is needed.

    Arrow first reads in blocks cut at line breaks; a quoted value holding a line break that a cut
    splits leaves an irregular record, or a count of records and breaks that does not add up, and the
    reading is done again with values allowed to hold line breaks. Every record is then
    on the lines its own breaks span, so its first line follows from the breaks in the records before it.
    """
    data = scan.data
    if end <= begin or width < 2:
        return None  # a one-column file: blank lines would be records for Arrow
    breaks, lone_cr = scan.breaks(begin, end)
    lines = breaks + (0 if data[end - 1 : end] in (b"\n", b"\r") else 1)
    for newlines in (False, True):
        table = _arrow_read(data, begin, end, width, delim, newlines)
        if table is None:
            continue
        n = table.num_rows
        if n == lines:  # no value holds a line break
            return table, first_line + np.arange(n, dtype=np.int64)
        inside = _breaks_per_record(table, lone_cr)
        if n + int(inside.sum()) == lines:
            before = np.concatenate(([0], np.cumsum(inside)[:-1])) if n else inside
            return table, first_line + np.arange(n, dtype=np.int64) + before
    return None


def _breaks_per_record(table: pa.Table, lone_cr: bool) -> np.ndarray:
    """Line breaks inside each record's values."""
    total = np.zeros(table.num_rows, dtype=np.int64)
    for col in table.columns:
        if not pc.any(pc.match_substring_regex(col, "[\r\n]")).as_py():
            continue
        counts = [pc.count_substring(col, "\n")]
        if lone_cr:
            counts += [pc.count_substring(col, "\r"), pc.count_substring(col, "\r\n")]
        values = [pc.fill_null(c, 0).to_numpy(zero_copy_only=False).astype(np.int64) for c in counts]
        total += values[0] if not lone_cr else values[0] + values[1] - values[2]
    return total


def _arrow_frame(table: pa.Table, header: list[str], data: bytes | None = None) -> pd.DataFrame:
    """The Arrow table as pandas Arrow-backed text columns, formula escapes undone (:func:`from_csv_cell`,
    in Python for the few cells that hold one). ``data``, the CSV bytes, is searched once for an
    apostrophe before a formula character, which every escape has: without one, no cell is looked at."""
    frame = table.to_pandas()
    if data is not None and not _ESCAPE_BYTES.search(data):
        frame.columns = header
        return frame
    for i in range(table.num_columns):
        escaped = pc.fill_null(pc.match_substring_regex(table.column(i), _ARROW_ESCAPED), False)
        rows = np.flatnonzero(escaped.to_numpy(zero_copy_only=False))
        if len(rows):
            column = frame.iloc[:, i].copy()
            column.iloc[rows] = [from_csv_cell(v) for v in column.iloc[rows].tolist()]
            frame.isetitem(i, column)
    frame.columns = header
    return frame


def _exact(text: str, header: list[str], delim: str, first_line: int, label: str) -> RawTable:
    """The records of the data lines by Python's csv module, with the rules for irregular records."""
    notes: list[str] = []
    records: list[list[str | None]] = []
    rows: list[int] = []
    pre: list[dict[str, Any]] = []
    for start, end, fields in _records(text, delim, label):
        start, end = start + first_line - 1, end + first_line - 1
        if end - start >= _MAX_RECORD_LINES:
            notes.append(f"the record at line {start} spans {end - start + 1} lines (an unbalanced quote?)")
        if len(fields) > len(header):
            if all(not f.strip() for f in fields[len(header) :]):
                fields = fields[: len(header)]
            else:
                pre.append(
                    {
                        "row": start,
                        "field": "(row)",
                        "reason": f"has {len(fields)} fields, the header has {len(header)}",
                        "value": delim.join(fields)[:200],
                        "_record": {header[i]: v for i, v in enumerate(fields[: len(header)])},
                    }
                )
                continue
        elif len(fields) < len(header):
            fields = fields + [""] * (len(header) - len(fields))
        records.append([None if f == "" else from_csv_cell(f) for f in fields])
        rows.append(start)
    table = pd.DataFrame(records, columns=header, dtype=object)
    return RawTable(table, np.asarray(rows, dtype=np.int64), None, pre, None, "csv", notes)


def _from_layout(layout: _Layout, text: str, scan: _Scan | None, label: str, *, exact: bool) -> RawTable | None:
    """The records after the header: from ``scan.data`` (the UTF-8 bytes of ``text``, or of the file
    whose head ``text`` is) by Arrow, else (``exact``) from ``text`` by the csv module."""
    header = unique_headers(layout.header)
    start = _offset_of_line(text[: HEAD_CHARS * 2], layout.data_line) if layout.data_line > 1 else 0
    if scan is None:
        stop = max(start, _end_without_blank_tail(text))
        scan = _Scan(text[start:stop].encode("utf-8"))
        begin, end = 0, len(scan.data)
    else:
        begin = len(text[:start].encode("utf-8"))
        end = max(begin, _bytes_end_without_blank_tail(scan.data))
    fast = _fast(scan, begin, end, len(header), layout.delim, layout.data_line)
    if fast is not None:
        table, rows = fast
        if len(rows) > MAX_FEATURES:
            raise FileLimitError(label, f"has {len(rows)} rows, above the limit of {MAX_FEATURES} per file")
        return RawTable(_arrow_frame(table, header, scan.data), rows, None, [], None, "csv", list(layout.notes))
    if not exact:
        return None
    stop = max(start, _end_without_blank_tail(text))
    raw = _exact(text[start:stop], header, layout.delim, layout.data_line, label)
    raw.notes = layout.notes + raw.notes
    return raw


def read_csv(sniffed: Sniffed) -> RawTable:
    """Read a CSV source into a :class:`RawTable` (rules in the module docstring).

    A plain UTF-8 file is read from its bytes, with only its head decoded; when Arrow cannot read it
    (an irregular record, or bytes that are not UTF-8 after all) or it holds stray control characters,
    the whole text is decoded (and cleaned) and read.
    """
    label = sniffed.label
    if sniffed.utf8 is not None and not sniffed.decoded:
        scan = _Scan(sniffed.utf8)
        if not scan.controls:
            raw = _from_layout(_Layout(sniffed.head, label, whole=False), sniffed.head, scan, label, exact=False)
            if raw is not None:
                return raw
    text = sniffed.text()
    raw = _from_layout(_Layout(text, label, whole=True), text, None, label, exact=True)
    assert raw is not None
    return raw
