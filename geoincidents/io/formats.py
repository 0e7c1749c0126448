"""The incident files analysts have, recognised by their columns (never by file name) and mapped to the schema.

- **ACLED** (export tool CSV, spreadsheet re-saves, the API's JSON, old upper-case exports):
  ``event_id_cnty`` becomes ``event_id``; pre-2019 event types ("Riots/Protests", "Remote violence",
  "Battle-No change of territory", "Strategic development", ...) are mapped to the current six, the
  original kept in ``source_event_type``.
- **UCDP GED** (CSV, and the HDX copy with its HXL hashtag row): ``date_start`` is the date,
  ``date_end`` is kept as ``event_date_end``, ``time_precision`` follows the span and ``date_prec``;
  ``best`` is ``fatalities`` with ``low``/``high`` kept as ``fatalities_low``/``fatalities_high``;
  ``where_prec`` gives ``geo_precision`` (and ``uncertainty_m`` where the codebook states a radius);
  ``type_of_violence`` gives an ACLED-like ``event_type``.
- **GDELT 2.0 events** (tab-separated, no header, 61 columns; or the same columns with a header):
  ``SQLDATE`` (else ``DATEADDED``) is the date, ``DATEADDED`` the ``published`` time, the action
  geography the position, ``ActionGeo_Type`` the precision, CAMEO codes an ACLED-like type.

Every mapping and its source (the ACLED, UCDP GED and GDELT codebooks) is in ``docs/input-formats.md``.
A format's reader only renames and derives columns; the row rules of
:mod:`geoincidents.io.validation` then apply to every format alike. Readers never invent an
``uncertainty_m`` from a precision code: that is the certainty policy's job
(:mod:`geoincidents.proximity.certainty`), applied where the radius is used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

import numpy as np
import pandas as pd

from geoincidents.io.columns import canonical_names, header_key
from geoincidents.io.dates import parse_date_column
from geoincidents.io.notes import FIXES_COLUMN, FLAG_PREFIX, join_notes

__all__ = [
    "ACLED_OLD_EVENT_TYPES",
    "CAMEO_ROOT_TYPES",
    "GDELT_COLUMNS",
    "UCDP_TYPES",
    "Recognised",
    "cameo_type",
    "has_position_columns",
    "recognise",
]

GDELT_COLUMNS: Final[tuple[str, ...]] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
)  # fmt: skip
"""The 61 columns of a GDELT 2.0 event file, in order (GDELT Event Codebook V2.0)."""

# ACLED before its 2019 revision: event type -> (current event type, sub-event type or None).
# "Riots/Protests" is split by the actors (see _riots_or_protests).
ACLED_OLD_EVENT_TYPES: Final[dict[str, tuple[str, str | None]]] = {
    "battle-no change of territory": ("Battles", "Armed clash"),
    "battle-government regains territory": ("Battles", "Government regains territory"),
    "battle-non-state actor overtakes territory": ("Battles", "Non-state actor overtakes territory"),
    "battle": ("Battles", None),
    "remote violence": ("Explosions/Remote violence", None),
    "violence against civilians": ("Violence against civilians", None),
    "headquarters or base established": ("Strategic developments", "Headquarters or base established"),
    "non-violent transfer of territory": ("Strategic developments", "Non-violent transfer of territory"),
    "strategic development": ("Strategic developments", None),
    "non-violent activity by a conflict actor": ("Strategic developments", None),
    # today's six, in the spellings files use
    "battles": ("Battles", None),
    "explosions/remote violence": ("Explosions/Remote violence", None),
    "protests": ("Protests", None),
    "riots": ("Riots", None),
    "strategic developments": ("Strategic developments", None),
}
_RIOTS_PROTESTS = "riots/protests"
# ACLED's actor type codes ("inter" codes): 5 rioters, 6 protesters.
_RIOTERS, _PROTESTERS = "5", "6"

# CAMEO root code -> ACLED-like event type (CAMEO Event and Actor Codebook 1.1b3, as used by GDELT).
CAMEO_ROOT_TYPES: Final[dict[str, str]] = {
    **dict.fromkeys(("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "15", "16", "17"),
                    "Strategic developments"),
    "14": "Protests",
    "18": "Violence against civilians",
    "19": "Battles",
    "20": "Violence against civilians",
}  # fmt: skip
# More specific CAMEO codes (longest prefix wins) -> (event type, sub-event type).
_CAMEO_CODES: Final[dict[str, tuple[str, str]]] = {
    "141": ("Protests", "Peaceful protest"),
    "145": ("Riots", "Violent demonstration"),
    "173": ("Strategic developments", "Arrests"),
    "1712": ("Strategic developments", "Looting/property destruction"),
    "175": ("Violence against civilians", "Attack"),
    "181": ("Violence against civilians", "Abduction/forced disappearance"),
    "1821": ("Violence against civilians", "Sexual violence"),
    "182": ("Violence against civilians", "Attack"),
    "1831": ("Explosions/Remote violence", "Suicide bomb"),
    "183": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "185": ("Violence against civilians", "Attack"),
    "186": ("Violence against civilians", "Attack"),
    "193": ("Battles", "Armed clash"),
    "194": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "195": ("Explosions/Remote violence", "Air/drone strike"),
    "2041": ("Explosions/Remote violence", "Chemical weapon"),
    "202": ("Violence against civilians", "Attack"),
}
# UCDP GED where_prec -> ACLED-like geo_precision (1 exact; 2 within ca. 25 km of a known point;
# 3 ADM2; 4 ADM1; 5 part of a country / between places; 6 country; 7 water or airspace).
_WHERE_PREC: Final[dict[str, int]] = {"1": 1, "2": 2, "3": 3, "4": 3, "5": 3, "6": 3, "7": 3}
_WHERE_PREC_RADIUS_M: Final[dict[str, float]] = {"2": 25_000.0}
_WHERE_PREC_DOUBT: Final[dict[str, str]] = {
    "4": "only the province (first-order administrative division) is known: the point is its centroid",
    "5": "only a part of the country is known: the point is an estimate",
    "6": "only the country is known: the point is its centroid",
    "7": "the event is over water or in airspace: the point is an estimate",
}
# UCDP GED date_prec -> ACLED-like time_precision (1 exact day; 2 within 2-6 days; 3 a week; 4 a month; 5 a year).
_DATE_PREC: Final[dict[str, int]] = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 3}
# UCDP GED type_of_violence: 1 state-based conflict, 2 non-state conflict, 3 one-sided violence.
UCDP_TYPES: Final[dict[str, str]] = {"1": "Battles", "2": "Battles", "3": "Violence against civilians"}
# GDELT ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. GDELT places an
# event at best at a city's or landmark's point: never more precise than geo_precision 3 ("only a
# larger area, e.g. the city, is known").
_GDELT_GEO_DOUBT: Final[dict[str, str]] = {
    "1": "GDELT placed the event only in a country (ActionGeo_Type 1): the point is its centroid",
    "2": "GDELT placed the event only in a state (ActionGeo_Type 2): the point is its centroid",
    "5": "GDELT placed the event only in a province (ActionGeo_Type 5): the point is its centroid",
}


@dataclass
class Recognised:
    """A raw table with schema column names, the format it was recognised as, and notes for the summary."""

    table: pd.DataFrame
    fmt: str
    notes: list[str] = field(default_factory=list)


def _keys(columns: pd.Index) -> dict[str, str]:
    """Matching key (lower case, see :func:`header_key`) -> the column's name, first occurrence kept."""
    out: dict[str, str] = {}
    for col in columns:
        out.setdefault(header_key(col), str(col))
    return out


def has_position_columns(headers: list[str]) -> bool:
    """Whether a header row names a position: latitude/longitude, WKT, a "lat, lon" column, or GDELT's
    action geography."""
    names = canonical_names(headers)
    keys = {header_key(h) for h in headers}
    return (
        "wkt" in names
        or "coordinates" in names
        or ("latitude" in names and "longitude" in names)
        or {"actiongeo_lat", "actiongeo_long"} <= keys
    )


def _text(series: pd.Series) -> pd.Series:
    """A column as trimmed text with missing values as <NA>."""
    out = series.astype("string").str.strip()
    return out.mask(out == "")


def _code(series: pd.Series) -> pd.Series:
    """A column of numeric codes as text of whole numbers ("6", "6.0" and " 6 " are all "6"); <NA> where
    the cell is empty or no whole number (such a value then maps to nothing)."""
    numbers = pd.to_numeric(_text(series), errors="coerce")
    whole = numbers.notna() & (numbers == numbers.round())
    out = numbers.where(whole).astype("Int64").astype("string")
    return out


def _add_flags(table: pd.DataFrame, flags: pd.Series) -> None:
    """Append doubt notes (text per row, <NA> for none) to the table's ``fixes`` column."""
    new = flags.astype(object).where(flags.notna(), None).to_numpy()
    if FIXES_COLUMN in table:
        old = table[FIXES_COLUMN].astype(object).where(table[FIXES_COLUMN].notna(), None).to_numpy()
        new = join_notes(old, new)
    table[FIXES_COLUMN] = pd.array(new, dtype="string")


def _with_schema_names(table: pd.DataFrame, renames: dict[str, str]) -> pd.DataFrame:
    """Rename format columns to schema columns (an existing schema-named column wins), then map the rest
    with :func:`canonical_names`."""
    keys = _keys(table.columns)
    mapping: dict[str, str] = {}
    for source, target in renames.items():
        col = keys.get(header_key(source))
        if col is not None and target not in table.columns and target not in mapping.values():
            mapping[col] = target
    out = table.rename(columns=mapping)
    out.columns = canonical_names(list(out.columns))
    return out


# ------------------------------------------------------------------------------------------------- ACLED


def _is_acled(keys: dict[str, str]) -> bool:
    return "event_id_cnty" in keys or {"event_type", "actor1", "geo_precision", "fatalities"} <= set(keys)


def _riots_or_protests(table: pd.DataFrame, rows: np.ndarray) -> tuple[pd.Series, pd.Series]:
    """For old "Riots/Protests" rows: the new type from the actors, and a doubt note where they say neither."""
    keys = _keys(table.columns)
    inter = [_code(table[keys[k]]).iloc[rows] for k in ("inter1", "inter2") if k in keys]
    actors = [_text(table[keys[k]]).iloc[rows].str.lower() for k in ("actor1", "actor2") if k in keys]
    rioters = pd.Series(False, index=rows)
    protesters = pd.Series(False, index=rows)
    for codes in inter:
        rioters |= (codes == _RIOTERS).fillna(False).to_numpy()
        protesters |= (codes == _PROTESTERS).fillna(False).to_numpy()
    for names in actors:
        rioters |= names.str.startswith("rioters").fillna(False).to_numpy()
        protesters |= names.str.startswith("protesters").fillna(False).to_numpy()
    kind = pd.Series(np.where(rioters & ~protesters, "Riots", "Protests"), index=rows, dtype="string")
    doubt = pd.Series(pd.NA, index=rows, dtype="string")
    undecided = (rioters == protesters).to_numpy()
    doubt[undecided] = (
        f"{FLAG_PREFIX}event_type 'Riots/Protests' (ACLED before 2019) read as Protests: its actors are "
        "neither only rioters (inter code 5) nor only protesters (inter code 6)"
    )
    return kind, doubt


def _acled(table: pd.DataFrame) -> Recognised:
    table = _with_schema_names(table, {"event_id_cnty": "event_id", "ally_actor_1": "assoc_actor_1"})
    notes: list[str] = []
    if "event_type" not in table:
        return Recognised(table, "acled", notes)
    original = _text(table["event_type"])
    codes, uniques = pd.factorize(original)
    lowered = [" ".join(str(u).lower().split()) for u in uniques]
    mapped = [ACLED_OLD_EVENT_TYPES.get(t, (None, None)) for t in lowered]
    new_type = pd.Series(
        np.array([m[0] for m in mapped] + [None], dtype=object)[codes], index=table.index, dtype="string"
    )
    sub = pd.Series(np.array([m[1] for m in mapped] + [None], dtype=object)[codes], index=table.index, dtype="string")
    is_mixed = np.array([t == _RIOTS_PROTESTS for t in lowered] + [False], dtype=bool)[codes]
    mixed = np.flatnonzero(is_mixed)
    doubts = pd.Series(pd.NA, index=table.index, dtype="string")
    if len(mixed):
        kind, doubt = _riots_or_protests(table, mixed)
        new_type.iloc[mixed] = kind.to_numpy()
        doubts.iloc[mixed] = doubt.to_numpy()
    known = new_type.notna()
    changed = known & (new_type != original)
    if changed.any():
        table["source_event_type"] = original.where(changed)
        table["event_type"] = new_type.where(known, original)
        notes.append(f"event_type: {int(changed.sum())} row(s) of ACLED's pre-2019 taxonomy mapped to today's types")
    fill_sub = sub.notna() & changed
    if fill_sub.any():
        current = _text(table["sub_event_type"]) if "sub_event_type" in table else pd.Series(pd.NA, index=table.index)
        table["sub_event_type"] = current.where(~(fill_sub & current.isna()), sub)
    if doubts.notna().any():
        _add_flags(table, doubts)
    return Recognised(table, "acled", notes)


# -------------------------------------------------------------------------------------------------- UCDP


def _is_ucdp(keys: dict[str, str]) -> bool:
    return {"date_start", "date_end", "where_prec", "best"} <= set(keys)


def _time_precision(start: pd.Series, end: pd.Series, date_prec: pd.Series | None) -> pd.Series:
    """ACLED-like time precision from the span of ``date_start``..``date_end`` and UCDP's ``date_prec``."""
    first = parse_date_column(start, "date_start").values
    last = parse_date_column(end, "date_end").values
    days = (last - first).astype("timedelta64[D]").astype("float64")
    by_span = np.select([days <= 0, days < 7], [1.0, 2.0], 3.0)
    by_span[np.isnan(days)] = np.nan
    by_code = np.full(len(start), np.nan)
    if date_prec is not None:
        by_code = _code(date_prec).map(_DATE_PREC).astype("float64").to_numpy()
    both = np.fmax(by_span, by_code)  # the coarser of the two; NaN only when both are unknown
    return pd.Series(pd.array(np.where(np.isnan(both), np.nan, both)), index=start.index).astype("Int8")


def _ucdp(table: pd.DataFrame) -> Recognised:
    keys = _keys(table.columns)
    derived: dict[str, pd.Series] = {}
    derived["time_precision"] = _time_precision(
        table[keys["date_start"]], table[keys["date_end"]], table[keys["date_prec"]] if "date_prec" in keys else None
    )
    where = _code(table[keys["where_prec"]])
    derived["geo_precision"] = where.map(_WHERE_PREC).astype("Int8")
    derived["uncertainty_m"] = where.map(_WHERE_PREC_RADIUS_M).astype("Float64")
    if "type_of_violence" in keys:
        derived["event_type"] = _code(table[keys["type_of_violence"]]).map(UCDP_TYPES).astype("string")
    doubts = where.map({code: f"{FLAG_PREFIX}UCDP where_prec {code}: {why}" for code, why in _WHERE_PREC_DOUBT.items()})
    renames = {
        "date_start": "event_date",
        "date_end": "event_date_end",
        "best": "fatalities",
        "low": "fatalities_low",
        "high": "fatalities_high",
        "side_a": "actor1",
        "side_b": "actor2",
        "where_coordinates": "location",
        "source_headline": "notes",
        "source_office": "source",
    }
    table = table.drop(columns=[c for c in derived if c in table.columns])
    table = _with_schema_names(table, renames)
    for col, values in derived.items():
        table[col] = values.array
    if doubts.notna().any():
        _add_flags(table, doubts.astype("string"))
    note = "UCDP GED: date_start/date_end, best (low/high kept), where_prec and type_of_violence mapped"
    return Recognised(table, "ucdp-ged", [note])


# ------------------------------------------------------------------------------------------------- GDELT


def _is_gdelt(keys: dict[str, str]) -> bool:
    return {"globaleventid", "sqldate", "actiongeo_lat", "actiongeo_long", "eventrootcode"} <= set(keys)


def cameo_type(code: str | None, root: str | None) -> tuple[str | None, str | None]:
    """ACLED-like (event type, sub-event type) of a CAMEO ``EventCode`` and ``EventRootCode`` (None when unknown)."""
    for n in (4, 3):
        if code and code[:n] in _CAMEO_CODES:
            return _CAMEO_CODES[code[:n]]
    key = (root or (code or "")[:2]).zfill(2) if (root or code) else ""
    return CAMEO_ROOT_TYPES.get(key), None


def _cameo_columns(code: pd.Series, root: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Event and sub-event types for every row, worked out once per distinct (EventCode, EventRootCode)."""
    pair = code.fillna("") + "|" + root.fillna("")
    codes, uniques = pd.factorize(pair)
    types = []
    for unique in uniques:
        event_code, root_code = str(unique).split("|", 1)
        types.append(cameo_type(event_code or None, root_code or None))
    kind = np.array([t[0] for t in types] + [None], dtype=object)[codes]
    sub = np.array([t[1] for t in types] + [None], dtype=object)[codes]
    return pd.Series(kind, index=code.index, dtype="string"), pd.Series(sub, index=code.index, dtype="string")


def _gdelt(table: pd.DataFrame) -> Recognised:
    keys = _keys(table.columns)
    col: Callable[[str], pd.Series] = lambda name: _text(table[keys[name.lower()]])  # noqa: E731
    event_type, sub_event_type = _cameo_columns(col("EventCode"), col("EventRootCode"))
    date = col("SQLDATE").fillna(col("DATEADDED").str.slice(0, 8))
    geo_type = _code(table[keys["actiongeo_type"]])
    derived = {
        "event_date": date,
        "published": col("DATEADDED"),
        "latitude": col("ActionGeo_Lat"),
        "longitude": col("ActionGeo_Long"),
        "geo_precision": pd.Series(np.where(geo_type.isin(["1", "2", "3", "4", "5"]), 3.0, np.nan), index=table.index),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "country": col("ActionGeo_CountryCode"),
    }
    renames = {
        "GLOBALEVENTID": "event_id",
        "Actor1Name": "actor1",
        "Actor2Name": "actor2",
        "ActionGeo_FullName": "location",
        "SOURCEURL": "source",
    }
    # keep the original columns; the derived ones take schema names no GDELT column has
    table = _with_schema_names(table, renames)
    for name, values in derived.items():
        table[name] = values.array
    doubts = geo_type.map({code: FLAG_PREFIX + doubt for code, doubt in _GDELT_GEO_DOUBT.items()})
    if doubts.notna().any():
        _add_flags(table, doubts.astype("string"))
    return Recognised(table, "gdelt", ["GDELT 2.0 events: SQLDATE, action geography and CAMEO codes mapped"])


def recognise(table: pd.DataFrame) -> Recognised:
    """Recognise a raw table (original headers) by its columns and map it to schema names.

    Parameters
    ----------
    table
        One row per record, headers as in the file (repeated headers already made unique).

    Returns
    -------
    Recognised
        The table with schema column names (every original column kept, some renamed, some derived),
        ``fmt`` one of ``acled``, ``ucdp-ged``, ``gdelt``, ``table`` (anything else), and notes.
    """
    keys = _keys(table.columns)
    if _is_gdelt(keys):
        return _gdelt(table)
    if _is_ucdp(keys):
        return _ucdp(table)
    if _is_acled(keys):
        return _acled(table)
    out = table.copy()
    out.columns = canonical_names(list(table.columns))
    return Recognised(out, "table")
