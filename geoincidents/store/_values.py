"""Values as the store's GeoPackage columns hold them: one conversion for every table.

Dates are ISO days (``DATE``), times ISO UTC seconds (``DATETIME``), booleans and integers plain
integers, non-finite floats and every kind of missing value SQL NULL, anything else text.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__: list[str] = []

DATE_COLUMNS = ("event_date",)
DATETIME_COLUMNS = ("published",)
INT_COLUMNS = ("time_precision", "geo_precision", "fatalities", "injuries", "span_start", "span_end")
REAL_COLUMNS = ("latitude", "longitude", "uncertainty_m", "confidence")


def sql_type(column: str) -> str:
    """The GeoPackage column type of an incident-schema column."""
    if column in DATE_COLUMNS:
        return "DATE"
    if column in DATETIME_COLUMNS:
        return "DATETIME"
    if column in INT_COLUMNS:
        return "INTEGER"
    if column in REAL_COLUMNS:
        return "DOUBLE"
    return "TEXT"


def is_missing(value: Any) -> bool:
    """Whether ``value`` is None, ``pd.NA``, ``pd.NaT`` or a float NaN."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, (float, np.floating)) and bool(np.isnan(value))


def text_or_none(value: Any) -> str | None:
    """``value`` as text, None when missing."""
    return None if is_missing(value) else str(value)


def day_or_none(value: Any) -> str | None:
    """``value`` as an ISO day (``YYYY-MM-DD``), None when missing."""
    if value is None or value is pd.NaT or (not isinstance(value, str) and pd.isna(value)):
        return None
    return str(pd.Timestamp(value).date().isoformat())


def sql_value(column: str, value: Any) -> Any:
    """Convert one incident value to what the GeoPackage column stores (None for missing)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if column in DATE_COLUMNS:
        return str(pd.Timestamp(value).date().isoformat())
    if column in DATETIME_COLUMNS:
        ts = pd.Timestamp(value)
        if ts.tzinfo is not None:
            ts = ts.tz_convert("UTC").tz_localize(None)
        return ts.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, (bool, np.bool_)):
        return int(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if not np.isfinite(value) else float(value)
    return str(value)
