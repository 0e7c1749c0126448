"""Dates in incident files: every style analysts' files use, and a day/month order decided per column.

A date such as ``5/9/2020`` cannot be read on its own: it is 5 September (day first, the Iraqi and
ACLED convention) or 9 May (month first, the US convention a spreadsheet re-save produces). The
order is a property of the file, not of one value, so :func:`parse_date_column` decides it from the
whole column (the rules are written out in ``docs/input-formats.md``):

- a value whose first number is above 12 (``13/5/2020``) proves day first, one whose second number is
  above 12 (``5/13/2020``) proves month first; the column is read in the order its values prove;
- a column where no value proves either order is read day first, and **every row whose reading
  depends on that choice is flagged** (``5/5/2020`` does not depend on it); the column is reported;
- a column holding proof of both orders (two conventions mixed) is reported as contradictory: each
  value that proves an order is read in that order, the others day first and flagged;
- a two-digit year ``yy`` is ``20yy`` when ``yy < 69`` and ``19yy`` otherwise (the POSIX rule used by
  ``strptime``'s ``%y``: ``9-May-20`` is 2020, ``1-Jan-89`` is 1989);
- styles that name the month or put a four-digit year first (``9-May-20``, ``09 May 2020``,
  ``01-January-2015``, ``May 9, 2020``, ``2020-05-09``, ``2020/05/09``, ``20200509``,
  ``20200509143000``) have one reading and never need a decision;
- Arabic month names (Iraqi/Levantine ``تشرين الأول`` and Egyptian ``أكتوبر``) and Arabic-Indic digits
  are read; a weekday in front (``Friday, 25 October 2019``) is ignored; a time of day is kept, a time
  zone dropped (the local wall time is kept); years outside 1900-2100 are refused.

Each distinct text is parsed once (a column of 500,000 dates has a few thousand distinct values), and
the results are spread back over the rows with numpy, so a column costs one pass in C plus Python work
per distinct value only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any, Final, Literal

import numpy as np
import pandas as pd

from geoincidents.io.columns import INVISIBLE, clean_text
from geoincidents.io.notes import FLAG_PREFIX

__all__ = [
    "DAY_FIRST",
    "MONTH_FIRST",
    "TWO_DIGIT_PIVOT",
    "DateColumn",
    "parse_date",
    "parse_date_column",
]

TWO_DIGIT_PIVOT: Final = 69
"""A two-digit year below this is in the 2000s, from it on in the 1900s (POSIX ``%y``)."""
DAY_FIRST: Final = "day-first"
MONTH_FIRST: Final = "month-first"
Order = Literal["day-first", "month-first", "undecided", "contradictory", "not needed"]

_MIN_YEAR, _MAX_YEAR = 1900, 2100
_MAX_CHARS = 64
_MONTHS_EN: dict[str, int] = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTHS_AR: dict[str, int] = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip
_EN_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Longest names first, so that "تشرين الأول" is replaced before a shorter name inside it could be.
_MONTHS_AR_RE = re.compile("|".join(sorted(map(re.escape, _MONTHS_AR), key=len, reverse=True)))
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_TIME = (
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?"
)
_YMD = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME + "$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$")
_NUMERIC = re.compile(r"^(\d{1,2})([-/. ])(\d{1,2})\2(\d{4}|\d{2})" + _TIME + "$")
_DAY_NAME = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+([A-Za-z]+)\.?,?[\s\-/.]+(\d{4}|\d{2})" + _TIME + "$", re.IGNORECASE
)
_NAME_DAY = re.compile(
    r"^([A-Za-z]+)\.?[\s\-/.]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.]+(\d{4}|\d{2})" + _TIME + "$", re.IGNORECASE
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


class DateError(ValueError):
    """A date text that cannot be read; the message says why (shown to the user)."""


@dataclass(frozen=True)
class _Fixed:
    """A text with one reading."""

    value: datetime


@dataclass(frozen=True)
class _Numeric:
    """``first/second/year``: day and month in an order the column decides."""

    first: int
    second: int
    year: int
    time: tuple[int, int, int]
    text: str

    def reading(self, day_first: bool) -> datetime | None:
        day, month = (self.first, self.second) if day_first else (self.second, self.first)
        try:
            return datetime(self.year, month, day, *self.time)
        except ValueError:
            return None

    @property
    def proves(self) -> str | None:
        """The order this value proves (the only one giving a real date), or None."""
        day_first, month_first = self.reading(True), self.reading(False)
        if day_first is not None and month_first is None:
            return DAY_FIRST
        if month_first is not None and day_first is None:
            return MONTH_FIRST
        return None

    @property
    def depends_on_order(self) -> bool:
        a, b = self.reading(True), self.reading(False)
        return a is not None and b is not None and a != b


_Parsed = _Fixed | _Numeric


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
    return year


def _time(groups: tuple[str | None, ...]) -> tuple[int, int, int]:
    hour_s, minute_s, second_s, half = groups
    if hour_s is None:
        return (0, 0, 0)
    hour, minute, second = int(hour_s), int(minute_s or 0), int(second_s or 0)
    if half:
        if not 1 <= hour <= 12:
            raise DateError(f"hour {hour} with {half}")
        hour = hour % 12 + (12 if half[0] in "pP" else 0)
    return (hour, minute, second)


def _checked(year: int, month: int, day: int, time: tuple[int, int, int], text: str) -> datetime:
    try:
        return datetime(year, month, day, *time)
    except ValueError as exc:
        raise DateError(f"{text!r} is not a real date ({exc})") from None


def _normalise(value: str) -> str:
    text = clean_text(value).translate(_DIGITS)
    text = re.sub(r"\s+", " ", text)
    text = _WEEKDAY.sub("", text)  # "Friday, 25 October 2019"
    text = _MONTHS_AR_RE.sub(lambda m: f" {_EN_ABBR[_MONTHS_AR[m.group(0)]]} ", text)
    text = text.replace("،", ",")
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=65536)
def _classify(value: str) -> _Parsed:
    """Parse one date text as far as it can be without the rest of its column (cached)."""
    if len(value) > _MAX_CHARS * 4:
        raise DateError(f"is not a date ({len(value)} characters of text)")
    text = _normalise(value)
    if not text or len(text) > _MAX_CHARS:
        raise DateError(f"{value[:_MAX_CHARS]!r} is not a date")
    m = _YMD.match(text)
    if m:
        parsed: _Parsed = _Fixed(_checked(int(m[1]), int(m[3]), int(m[4]), _time(m.groups()[4:8]), value))
    elif m := _COMPACT.match(text):
        time = (int(m[4]), int(m[5]), int(m[6])) if m[4] else (0, 0, 0)
        parsed = _Fixed(_checked(int(m[1]), int(m[2]), int(m[3]), time, value))
    elif m := _NUMERIC.match(text):
        parsed = _Numeric(int(m[1]), int(m[3]), _year(m[4]), _time(m.groups()[4:8]), value)
        if parsed.reading(True) is None and parsed.reading(False) is None:
            raise DateError(f"{value!r} is not a real date in either day/month order")
    elif (m := _DAY_NAME.match(text)) and m[2].lower() in _MONTHS_EN:
        parsed = _Fixed(_checked(_year(m[3]), _MONTHS_EN[m[2].lower()], int(m[1]), _time(m.groups()[3:7]), value))
    elif (m := _NAME_DAY.match(text)) and m[1].lower() in _MONTHS_EN:
        parsed = _Fixed(_checked(_year(m[3]), _MONTHS_EN[m[1].lower()], int(m[2]), _time(m.groups()[3:7]), value))
    else:
        raise DateError(f"{value[:_MAX_CHARS]!r} is not a date in a known format (e.g. 2019-10-25 or 25 October 2019)")
    year = parsed.year if isinstance(parsed, _Numeric) else parsed.value.year
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise DateError(f"{value!r} has year {year}, outside {_MIN_YEAR}-{_MAX_YEAR}")
    return parsed


def parse_date(value: Any) -> datetime:
    """Return one date (or date and time); raise :class:`ValueError` saying why when it is unreadable.

    A value alone cannot prove its day/month order: ``03/04/2019`` is read day first (3 April), the
    Iraqi and ACLED convention, and month first only when day first is impossible (``10/25/2019``).
    Reading a whole column with :func:`parse_date_column` decides the order from the column instead.
    """
    if isinstance(value, pd.Timestamp):
        if pd.isna(value):
            raise DateError("date is missing")
        stamp = value.tz_localize(None) if value.tzinfo else value
        out: datetime = stamp.to_pydatetime()
        return out
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    parsed = _classify(str(value))
    if isinstance(parsed, _Fixed):
        return parsed.value
    reading = parsed.reading(True) or parsed.reading(False)
    assert reading is not None  # _classify refuses a text with no reading
    return reading


@dataclass
class DateColumn:
    """One column of dates read together.

    ``values`` is ``datetime64[ns]`` (NaT where missing or unreadable); ``errors`` maps the position
    of each unreadable value to the reason; ``flags`` holds, per position, the doubt to record on the
    row (or None); ``order`` is the decision; ``notes`` are lines for the read summary.
    """

    values: np.ndarray
    errors: dict[int, str]
    flags: np.ndarray
    order: Order
    notes: list[str] = field(default_factory=list)


def _decide(numeric: list[_Numeric]) -> tuple[Order, _Numeric | None, _Numeric | None]:
    """The column's order and an example value proving each order (None when there is none)."""
    proof_day = next((n for n in numeric if n.proves == DAY_FIRST), None)
    proof_month = next((n for n in numeric if n.proves == MONTH_FIRST), None)
    if proof_day and proof_month:
        return "contradictory", proof_day, proof_month
    if proof_day:
        return DAY_FIRST, proof_day, None
    if proof_month:
        return MONTH_FIRST, None, proof_month
    return ("undecided" if any(n.depends_on_order for n in numeric) else "not needed"), None, None


def _flag(name: str, parsed: _Numeric, order: Order) -> str:
    day_first, month_first = parsed.reading(True), parsed.reading(False)
    assert day_first is not None and month_first is not None
    why = (
        "the column mixes day-first and month-first dates"
        if order == "contradictory"
        else "no value in the column proves the day/month order"
    )
    return (
        f"{FLAG_PREFIX}{name} {parsed.text!r} read day first as {day_first:%d %B %Y}, month first it would "
        f"be {month_first:%d %B %Y} ({why})"
    )


def _typed(series: pd.Series) -> DateColumn | None:
    """A column that already holds dates (a GeoPackage DATETIME field)."""
    if not pd.api.types.is_datetime64_any_dtype(series.dtype):
        return None
    values = series
    if getattr(series.dt, "tz", None) is not None:
        values = series.dt.tz_localize(None)
    out = values.to_numpy(dtype="datetime64[ns]")
    return DateColumn(out, {}, np.full(len(series), None, dtype=object), "not needed")


def parse_date_column(series: pd.Series, name: str) -> DateColumn:
    """Read a column of dates, deciding the day/month order from the whole column (module docstring).

    Parameters
    ----------
    series
        The column as read: text (any of the styles above), missing values (None, NaN, empty or
        blank text), ``datetime``/``Timestamp`` objects, or a datetime64 column.
    name
        The column's name, for reasons and flags (``event_date``).

    Returns
    -------
    DateColumn
    """
    typed = _typed(series)
    if typed is not None:
        return typed
    n = len(series)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    parsed: list[_Parsed | None] = []  # None: missing
    errors_u: dict[int, str] = {}
    for i, raw in enumerate(uniques.tolist() if hasattr(uniques, "tolist") else list(uniques)):
        if isinstance(raw, (pd.Timestamp, datetime)):
            parsed.append(_Fixed(parse_date(raw)))
            continue
        text = str(raw)
        if not text.translate(INVISIBLE).strip():
            parsed.append(None)
            continue
        try:
            parsed.append(_classify(text))
        except DateError as exc:
            errors_u[i] = f"{name} {exc}"
            parsed.append(None)
    numeric = [p for p in parsed if isinstance(p, _Numeric)]
    order, proof_day, proof_month = _decide(numeric)
    values_u = np.full(len(parsed) + 1, np.datetime64("NaT"), dtype="datetime64[ns]")  # last: missing
    flags_u = np.full(len(parsed) + 1, None, dtype=object)
    for i, p in enumerate(parsed):
        if isinstance(p, _Fixed):
            values_u[i] = np.datetime64(p.value, "ns")
        elif isinstance(p, _Numeric):
            reading = _read_numeric(p, order)
            if reading is not None:
                values_u[i] = np.datetime64(reading, "ns")
                if p.depends_on_order and order in ("undecided", "contradictory") and p.proves is None:
                    flags_u[i] = _flag(name, p, order)
    index = np.where(codes < 0, len(parsed), codes)
    values = values_u[index]
    flags = flags_u[index]
    errors = _spread_errors(codes, errors_u)
    notes = _notes(name, order, proof_day, proof_month, int(np.count_nonzero(flags != None)))  # noqa: E711
    return DateColumn(values, errors, flags, order, notes) if n else DateColumn(values, {}, flags, order, [])


def _read_numeric(p: _Numeric, order: Order) -> datetime | None:
    """The reading of one numeric value: the only one it has, else the column's order (day first unless
    the column proves month first)."""
    proves = p.proves
    if proves is not None:
        return p.reading(proves == DAY_FIRST)
    return p.reading(order != MONTH_FIRST)


def _spread_errors(codes: np.ndarray, errors_u: dict[int, str]) -> dict[int, str]:
    if not errors_u:
        return {}
    bad = np.isin(codes, np.fromiter(errors_u, dtype=codes.dtype))
    return {int(pos): errors_u[int(codes[pos])] for pos in np.flatnonzero(bad)}


def _notes(name: str, order: Order, day: _Numeric | None, month: _Numeric | None, flagged: int) -> list[str]:
    if order == DAY_FIRST and day is not None:
        return [f"{name}: day/month order day first, proved by {day.text!r}"]
    if order == MONTH_FIRST and month is not None:
        return [f"{name}: day/month order month first, proved by {month.text!r}"]
    if order == "undecided":
        return [
            f"{name}: no value proves the day/month order; read day first and {flagged} row(s) flagged "
            "whose date depends on it"
        ]
    if order == "contradictory" and day is not None and month is not None:
        return [
            f"{name}: contradictory day/month order ({day.text!r} is day first, {month.text!r} month first); "
            f"each such value read in its only order, {flagged} ambiguous row(s) read day first and flagged"
        ]
    return []
