"""The day/month order of a date column (geoincidents.io.dates): property tests and the styles files use.

The central property: whatever order a column was written in, every row is either read as the date it
was written for, or flagged (and then the flag names both readings, the written date among them). No
date is ever silently wrong.
"""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoincidents.io.dates import TWO_DIGIT_PIVOT, parse_date_column

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FOUR_DIGIT = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
TWO_DIGIT = st.dates(min_value=date(1969, 1, 1), max_value=date(2068, 12, 31))  # the pivot's window
ORDERS = st.sampled_from(["day-first", "month-first"])
SEPARATORS = st.sampled_from(["/", "-", ".", " "])


def _write(d: date, order: str, sep: str, two_digit: bool, pad: bool) -> str:
    day, month = (f"{d.day:02d}", f"{d.month:02d}") if pad else (str(d.day), str(d.month))
    year = f"{d.year % 100:02d}" if two_digit else str(d.year)
    first, second = (day, month) if order == "day-first" else (month, day)
    return f"{first}{sep}{second}{sep}{year}"


def _read(texts: list[str]) -> tuple[list[date | None], list[str | None], str]:
    column = parse_date_column(pd.Series(texts, dtype=object), "event_date")
    assert not column.errors, column.errors
    days = [None if np.isnat(v) else pd.Timestamp(v).date() for v in column.values]
    return days, list(column.flags), column.order


def _column(draw: st.DrawFn) -> tuple[list[date], list[str], str]:
    two_digit = draw(st.booleans())
    dates = draw(st.lists(TWO_DIGIT if two_digit else FOUR_DIGIT, min_size=1, max_size=40))
    order, sep, pad = draw(ORDERS), draw(SEPARATORS), draw(st.booleans())
    return dates, [_write(d, order, sep, two_digit, pad) for d in dates], order


columns = st.composite(_column)


@SETTINGS
@given(columns())
def test_no_date_is_silently_wrong(column: tuple[list[date], list[str], str]) -> None:
    dates, texts, _ = column
    read, flags, _ = _read(texts)
    for truth, got, flag in zip(dates, read, flags, strict=True):
        if flag is None:
            assert got == truth
        else:  # flagged: the written date is one of the two readings the flag names
            assert f"{truth:%d %B %Y}" in flag and f"{got:%d %B %Y}" in flag


@SETTINGS
@given(columns())
def test_a_value_over_twelve_decides_the_whole_column(column: tuple[list[date], list[str], str]) -> None:
    dates, texts, order = column
    if not any(d.day > 12 for d in dates):
        return
    read, flags, decided = _read(texts)
    assert decided == order
    assert read == dates and all(f is None for f in flags)


@SETTINGS
@given(columns())
def test_an_undecided_column_reads_day_first_and_flags_exactly_the_rows_that_depend_on_it(
    column: tuple[list[date], list[str], str],
) -> None:
    dates, texts, order = column
    if any(d.day > 12 for d in dates):
        return
    read, flags, decided = _read(texts)
    depends = [d.day != d.month for d in dates]
    assert decided == ("undecided" if any(depends) else "not needed")
    assert [f is not None for f in flags] == depends
    written_day_first = order == "day-first"
    for truth, got, dep in zip(dates, read, depends, strict=True):
        if not dep or written_day_first:
            assert got == truth
        else:
            assert got == date(truth.year, truth.day, truth.month)


@SETTINGS
@given(columns(), st.randoms(use_true_random=False))
def test_row_order_does_not_change_any_reading(column: tuple[list[date], list[str], str], rnd: object) -> None:
    _, texts, _ = column
    shuffled = list(range(len(texts)))
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    read, flags, _ = _read(texts)
    read2, flags2, _ = _read([texts[i] for i in shuffled])
    assert [read[i] for i in shuffled] == read2
    assert [flags[i] for i in shuffled] == flags2


@SETTINGS
@given(st.integers(min_value=0, max_value=99))
def test_two_digit_years_follow_the_stated_pivot(yy: int) -> None:
    read, _, _ = _read([f"15/6/{yy:02d}"])
    assert read[0] is not None
    assert read[0].year == (2000 + yy if yy < TWO_DIGIT_PIVOT else 1900 + yy)


@SETTINGS
@given(
    st.lists(FOUR_DIGIT, min_size=1, max_size=20), st.sampled_from(["%d %B %Y", "%d-%b-%y", "%Y-%m-%d", "%B %d, %Y"])
)
def test_styles_naming_the_month_are_never_in_doubt(dates: list[date], style: str) -> None:
    if "%y" in style:
        dates = [d for d in dates if 1969 <= d.year <= 2068] or [date(2020, 5, 9)]
    read, flags, _ = _read([d.strftime(style) for d in dates])
    assert read == dates and all(f is None for f in flags)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9-May-20", datetime(2020, 5, 9)),  # a spreadsheet's re-save of ACLED
        ("09 May 2020", datetime(2020, 5, 9)),
        ("01-January-2015", datetime(2015, 1, 1)),  # old ACLED exports
        ("2020-05-09", datetime(2020, 5, 9)),
        ("2014-06-10 00:00:00.000", datetime(2014, 6, 10)),  # UCDP GED
        ("20200509", datetime(2020, 5, 9)),  # GDELT SQLDATE
        ("20200509143000", datetime(2020, 5, 9, 14, 30)),  # GDELT DATEADDED
        ("5/9/2020 2:30 PM", datetime(2020, 9, 5, 14, 30)),  # alone: day first
        ("Sept. 9, 2020", datetime(2020, 9, 9)),
    ],
)
def test_styles(text: str, expected: datetime) -> None:
    column = parse_date_column(pd.Series([text]), "event_date")
    assert pd.Timestamp(column.values[0]).to_pydatetime() == expected


def test_unreadable_values_are_errors_naming_the_column_the_rest_read() -> None:
    column = parse_date_column(
        pd.Series(["28/4/2020", "31/02/2020", "yesterday", None, "  ", "5/9/2020"]), "event_date"
    )
    assert set(column.errors) == {1, 2}
    assert all(reason.startswith("event_date ") for reason in column.errors.values())
    assert np.isnat(column.values[3]) and np.isnat(column.values[4])
    assert pd.Timestamp(column.values[5]) == pd.Timestamp("2020-09-05")  # 28/4 proved day first
