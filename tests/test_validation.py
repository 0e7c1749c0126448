"""Row-level rules of geoincidents.io.validation: coordinates, dates, headers."""

from __future__ import annotations

from datetime import datetime

import pytest

from geoincidents.io.validation import canonical_columns, canonical_names, parse_coordinate, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("33.3128", 33.3128),
        (" 33,3128 ", 33.3128),
        ("٣٣٫٣١٢٨", 33.3128),
        ("33.3128° N", 33.3128),
        ("44.3615E", 44.3615),
        ("33.5 S", -33.5),
        ("33°18'46\" N", 33 + 18 / 60 + 46 / 3600),
        ("33°18′46″N", 33 + 18 / 60 + 46 / 3600),
        ("\u200f33.3128\u200f", 33.3128),
        (44, 44.0),
    ],
)
def test_coordinates_read(text: object, expected: float) -> None:
    assert parse_coordinate(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["NaN", "inf", "-inf", "abc", "1_000", "33.3.3", "", "33°75'", True, "1e999"])
def test_coordinates_refused(text: object) -> None:
    with pytest.raises(ValueError):
        parse_coordinate(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-10-25", datetime(2019, 10, 25)),
        ("25 October 2019", datetime(2019, 10, 25)),
        ("Friday, 25 October 2019", datetime(2019, 10, 25)),
        ("25/10/2019", datetime(2019, 10, 25)),
        ("03/04/2019", datetime(2019, 4, 3)),  # day first, the Iraqi convention
        ("10/25/2019", datetime(2019, 10, 25)),  # month first only when day first is impossible
        ("25/10/2019 14:30", datetime(2019, 10, 25, 14, 30)),
        ("2019-10-25T14:30:00+03:00", datetime(2019, 10, 25, 14, 30)),  # local wall time kept
        ("٢٥ تشرين الأول ٢٠١٩", datetime(2019, 10, 25)),
        ("25 أكتوبر 2019", datetime(2019, 10, 25)),
        ("1 كانون الثاني 2020", datetime(2020, 1, 1)),
    ],
)
def test_dates_read(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["yesterday", "31 February 2019", "2019-13-01", "25/10/1850", "x" * 500, "<script>"])
def test_dates_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_headers_mapped_without_losing_any() -> None:
    headers = ["\ufeffLat.", "Longitude (deg)", "event_id_cnty", "EVENT_ID", "", "notes", "notes", "خط العرض"]
    names = canonical_names(headers)
    assert names == [
        "latitude", "longitude", "event_id_cnty", "event_id", "column_5", "notes", "notes.1", "خط العرض",
    ]  # fmt: skip
    assert canonical_columns(["lat", "lng", "id"]) == {"lat": "latitude", "lng": "longitude", "id": "event_id"}


def test_repeated_headers_keep_both_columns() -> None:
    from geoincidents.io.incidents import read_incidents

    result = read_incidents(b"lat,lon,notes,notes\n33.3,44.4,first,second\n", name="dup.csv")
    row = result.accepted.iloc[0]
    assert (row["notes"], row["notes.1"]) == ("first", "second")
