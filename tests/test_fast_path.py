"""The fast path gives what the row-by-row rules give: Arrow's CSV reading against Python's csv module,
and the whole-column checks against the per-row rules, on generated files (hypothesis)."""

from __future__ import annotations

import csv
import io
import math
from typing import Any

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyproj import CRS

from geoincidents.io import csvfile
from geoincidents.io.geometry import FieldError
from geoincidents.io.incidents import read_incidents
from geoincidents.io.sniff import sniff
from geoincidents.io.validation import IRAQ_BBOX, _position

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CELL = st.one_of(
    st.text(alphabet=st.sampled_from("ab ,;\"'=\n\r\t-+@ساحة٣"), max_size=12),
    st.sampled_from(["", "33.3", "'=1+1", "x\r\ny", "lone\rcr", '"quoted"']),
)


def _csv_bytes(rows: list[list[str]], newline: str) -> bytes:
    """A well-formed CSV: every line break inside a value quoted (the csv module quotes a lone CR only
    when it is part of the line terminator, so "\n" files quote everything)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=newline, quoting=csv.QUOTE_MINIMAL if newline == "\r\n" else csv.QUOTE_ALL)
    writer.writerow(["id", "lat", "lon", "notes"])
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _both(data: bytes) -> tuple[Any, Any]:
    """The fast reading (None when it declines) and the exact reading of the same CSV bytes."""
    sniffed = sniff(data, "gen.csv")
    text = sniffed.text()
    layout = csvfile._Layout(text, "gen.csv", whole=True)
    fast = csvfile._from_layout(layout, text, csvfile._Scan(data), "gen.csv", exact=False)
    start = csvfile._offset_of_line(text, layout.data_line)
    stop = max(start, csvfile._end_without_blank_tail(text))
    exact = csvfile._exact(text[start:stop], list(layout.header), layout.delim, layout.data_line, "gen.csv")
    return fast, exact


@SETTINGS
@given(st.lists(st.lists(CELL, min_size=4, max_size=4), min_size=1, max_size=25), st.sampled_from(["\n", "\r\n"]))
def test_arrow_and_the_csv_module_read_the_same_records_on_the_same_lines(rows: list[list[str]], newline: str) -> None:
    rows = [r for r in rows if any(c.strip() for c in r)] or [["1", "33.3", "44.4", "x"]]
    fast, exact = _both(_csv_bytes(rows, newline))
    assert fast is not None, "a regular file must take the fast path"
    assert fast.rows.tolist() == exact.rows.tolist()
    left = fast.table.astype(object).where(fast.table.notna(), None)
    right = exact.table.astype(object).where(exact.table.notna(), None)
    assert left.to_numpy().tolist() == right.to_numpy().tolist()


def test_irregular_files_take_the_exact_reader_and_keep_their_line_numbers() -> None:
    data = b"id,lat,lon\n1,33.3,44.4\n\n2,33.3,44.4\n3,33.3,44.4,extra\n4,33.3\n"
    fast, _ = _both(data)
    assert fast is None
    result = read_incidents(data, name="ragged.csv")
    assert result.accepted["source_row"].tolist() == [2, 4]
    assert result.rejected["row"].tolist() == [5, 6]  # too many fields; padded, so no longitude
    assert result.rejected["reason"].tolist()[1] == "longitude is missing"


COORD = st.one_of(
    st.floats(min_value=-200, max_value=200, allow_nan=False).map(lambda v: f"{v:.4f}"),
    st.floats(min_value=29, max_value=48, allow_nan=False).map(lambda v: f"{v:.5f}"),
    st.sampled_from(
        ["33,3128", "٣٣٫٣١", "33.31° N", "44.36E", "33°18'46\" N", "0", "-0.0", "abc", "", " ", "NaN", "1e3",
         "33.", ".5", "+33.3", " 33.3", "33.3 ", "\u200f33.3", "91", "-33.3"]
    ),
)  # fmt: skip


@SETTINGS
@given(st.lists(st.tuples(COORD, COORD), min_size=1, max_size=30))
def test_column_checks_accept_exactly_what_the_row_rules_accept(pairs: list[tuple[str, str]]) -> None:
    frame = pd.DataFrame(
        {"event_id": [f"E{i}" for i in range(len(pairs))], "lat": [p[0] for p in pairs], "lon": [p[1] for p in pairs]}
    )
    result = read_incidents(frame.to_csv(index=False).encode("utf-8"), name="coords.csv")
    accepted = result.accepted.set_index("event_id")
    rejected = set(result.rejected["event_id"]) if len(result.rejected) else set()
    wgs = CRS.from_epsg(4326)
    for i, (lat, lon) in enumerate(pairs):
        record: dict[str, Any] = {"latitude": lat or None, "longitude": lon or None}
        try:
            expected = _position(record, None, wgs, IRAQ_BBOX)
        except FieldError:
            assert f"E{i}" in rejected, (lat, lon)
            continue
        row = accepted.loc[f"E{i}"]
        assert math.isclose(row["latitude"], expected.lat, abs_tol=1e-12), (lat, lon)
        assert math.isclose(row["longitude"], expected.lon, abs_tol=1e-12), (lat, lon)
        assert (row["fixes"] if pd.notna(row["fixes"]) else None) == ("; ".join(expected.fixes) or None)


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["3", "0", "12", "1,200", "٣", "2.0", "2.5", "-1", "x", "", "1e2", " 4"]),
        min_size=1,
        max_size=20,
    )
)
def test_counts_read_at_once_and_row_by_row_agree(values: list[str]) -> None:
    from geoincidents.io.validation import _parse_number

    frame = pd.DataFrame({"lat": ["33.3"] * len(values), "lon": ["44.4"] * len(values), "fatalities": values})
    result = read_incidents(frame.to_csv(index=False).encode("utf-8"), name="counts.csv")
    rows = result.accepted.set_index("source_row")
    rejected = set(result.rejected["row"].tolist())
    for i, value in enumerate(values):
        line = i + 2
        if not value.strip():
            assert pd.isna(rows.loc[line, "fatalities"])
            continue
        try:
            expected = _parse_number(value, "fatalities")
        except FieldError:
            assert line in rejected, value
            continue
        assert rows.loc[line, "fatalities"] == expected, value
    assert np.isin(result.rejected["field"], ["fatalities"]).all()
