"""Event types of other taxonomies as ACLED's six, for the map's colours and legend.

The map colours incidents by ACLED event type (:data:`geoincidents.maps.style.EVENT_COLORS`). Rows
typed otherwise are mapped to one of the six, and their original type is kept for the popup:

- **ACLED** itself, in any spelling (case, spaces), its types before the 2019 revision ("Remote
  violence", "Battle-No change of territory", ...) and its sub-event types ("Peaceful protest" is a
  Protests row). The readers already map ACLED files (:mod:`geoincidents.io.formats`); a pre-2019 type
  they mapped is shown from ``source_event_type``.
- **UCDP GED** ``type_of_violence``: 1 state-based conflict and 2 non-state conflict are Battles, 3
  one-sided violence is Violence against civilians (the readers' table,
  :data:`geoincidents.io.formats.UCDP_TYPES`); the names ("one-sided violence") work in ``event_type`` too.
- **GDELT** CAMEO codes (``EventCode``, ``EventRootCode``): the readers' table
  (:func:`geoincidents.io.formats.cameo_type`; 14 protest, 18 assault, 19 fight, 20 mass violence ...).
- **Custom**: a mapping ``{your type: ACLED type}``, as a dict or a JSON / CSV file
  (:func:`load_type_mapping`); it is checked, and it wins over the built-in names.

``event_types="ucdp"`` or ``"cameo"`` says that the ``event_type`` column itself holds UCDP codes or CAMEO
codes. A type nothing maps stays "Other type", and the legend names the most frequent of them, so that
the user sees what a mapping should cover (``docs/maps.md``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TypeAlias

import numpy as np
import pandas as pd

from geoincidents.errors import EventTypeMappingError
from geoincidents.io.formats import ACLED_OLD_EVENT_TYPES, UCDP_TYPES, cameo_type
from geoincidents.schema import EVENT_TYPES

__all__ = [
    "ACLED_TYPES",
    "CAMEO_ROOT_NAMES",
    "UCDP_NAMES",
    "EventTypes",
    "EventTypesLike",
    "acled_types",
    "check_type_mapping",
    "load_type_mapping",
]

ACLED_TYPES: Final[tuple[str, ...]] = tuple(EVENT_TYPES)
"""ACLED's six event types, in the legend's order."""

UCDP_NAMES: Final[dict[str, str]] = {"1": "state-based conflict", "2": "non-state conflict", "3": "one-sided violence"}
"""UCDP GED ``type_of_violence`` codes and their names (UCDP GED codebook)."""

CAMEO_ROOT_NAMES: Final[dict[str, str]] = {
    "01": "make public statement", "02": "appeal", "03": "express intent to cooperate", "04": "consult",
    "05": "engage in diplomatic cooperation", "06": "engage in material cooperation", "07": "provide aid",
    "08": "yield", "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten",
    "14": "protest", "15": "exhibit force posture", "16": "reduce relations", "17": "coerce", "18": "assault",
    "19": "fight", "20": "use unconventional mass violence",
}  # fmt: skip
"""CAMEO root codes and their names (CAMEO Event and Actor Codebook 1.1b3), shown in popups."""

_MAX_MAPPING_BYTES = 1_000_000
EventTypesLike: TypeAlias = "str | Path | Mapping[str, str] | None"
"""What ``build_map(event_types=...)`` takes: None (automatic), ``"ucdp"``, ``"cameo"``, a mapping or a file."""


def _key(value: object) -> str:
    """The matching form of a type name: lower case, single spaces, no space around '/' or '-'."""
    text = " ".join(str(value).lower().split())
    return text.replace(" /", "/").replace("/ ", "/").replace(" -", "-").replace("- ", "-")


def _builtin_names() -> dict[str, str]:
    """Type names the map knows without help: ACLED's (current, pre-2019, sub-event types) and UCDP's."""
    names: dict[str, str] = {}
    for acled, subs in EVENT_TYPES.items():
        names.update({_key(s): acled for s in subs if s != "Other"})
    names.update({_key(old): new for old, (new, _sub) in ACLED_OLD_EVENT_TYPES.items()})
    for code, name in UCDP_NAMES.items():
        names[_key(name)] = UCDP_TYPES[code]
    names.update({_key(t): t for t in ACLED_TYPES})
    return names


_BUILTIN: Final[dict[str, str]] = _builtin_names()


@dataclass(frozen=True)
class EventTypes:
    """Per row: the ACLED type the map colours it by (None: other), and its original type (None: was ACLED)."""

    acled: np.ndarray
    original: np.ndarray


def check_type_mapping(mapping: Mapping[Any, Any], *, where: str = "event type mapping") -> dict[str, str]:
    """Return a mapping ``{matching key of a type: ACLED type}``; raise :class:`EventTypeMappingError` if unusable.

    Keys are any non-empty type names; values must name one of ACLED's six types (in any case or spacing).

    Examples
    --------
    >>> check_type_mapping({"IED": "explosions / remote violence"})
    {'ied': 'Explosions/Remote violence'}
    """
    acled = {_key(t): t for t in ACLED_TYPES}
    out: dict[str, str] = {}
    for raw_key, raw_value in mapping.items():
        key = _key(raw_key) if isinstance(raw_key, str | int) else ""
        if not key:
            raise EventTypeMappingError(f"{where}: a type name is empty or not text ({raw_key!r})")
        target = acled.get(_key(raw_value)) if isinstance(raw_value, str) else None
        if target is None:
            raise EventTypeMappingError(
                f"{where}: {str(raw_key)[:80]!r} maps to {str(raw_value)[:80]!r}, which is not an ACLED event type "
                f"(one of: {', '.join(ACLED_TYPES)})"
            )
        out[key] = target
    return out


def load_type_mapping(path: str | Path) -> dict[str, str]:
    """Read a custom event-type mapping from a JSON object or a two-column CSV (your type, ACLED type).

    A CSV may start with a header row naming its columns (any first row whose second cell is not an ACLED
    type is taken as a header). Raises :class:`EventTypeMappingError` naming the file and the entry.
    """
    src = Path(path)
    try:
        if src.stat().st_size > _MAX_MAPPING_BYTES:
            raise EventTypeMappingError(f"{src}: an event type mapping is limited to {_MAX_MAPPING_BYTES:,} bytes")
        text = src.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise EventTypeMappingError(f"{src}: cannot read the event type mapping ({exc})") from exc
    if src.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise EventTypeMappingError(f"{src}: not JSON (line {exc.lineno}: {exc.msg})") from exc
        if not isinstance(data, dict):
            raise EventTypeMappingError(f"{src}: expected a JSON object {{your type: ACLED type}}")
        return check_type_mapping(data, where=str(src))
    rows = [r for r in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in r)]
    acled = {_key(t) for t in ACLED_TYPES}
    if rows and len(rows[0]) >= 2 and _key(rows[0][1]) not in acled:
        rows = rows[1:]  # a header row
    mapping: dict[str, str] = {}
    for number, row in enumerate(rows, start=1):
        if len(row) != 2:
            raise EventTypeMappingError(f"{src}: row {number} has {len(row)} cells; expected 2 (your type, ACLED type)")
        mapping[row[0]] = row[1]
    return check_type_mapping(mapping, where=str(src))


def _as_mapping(event_types: EventTypesLike) -> tuple[str | None, dict[str, str]]:
    """(code taxonomy of the event_type column or None, the checked custom mapping)."""
    if event_types is None:
        return None, {}
    if isinstance(event_types, Mapping):
        return None, check_type_mapping(event_types)
    if isinstance(event_types, str) and _key(event_types) in ("ucdp", "cameo", "gdelt", "acled"):
        name = _key(event_types)
        return ("cameo" if name == "gdelt" else name), {}
    if isinstance(event_types, str | Path):
        return None, load_type_mapping(event_types)
    raise EventTypeMappingError(
        f"event_types: expected None, 'ucdp', 'cameo', a mapping or a file, not {event_types!r}"
    )


def _text_column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column as stripped text with <NA> for missing or blank; all <NA> when absent (matched case-insensitively)."""
    match = next((c for c in frame.columns if str(c).lower() == name.lower()), None)
    if match is None:
        return pd.Series(pd.NA, index=frame.index, dtype="string")
    out = frame[match].astype("string").str.strip()
    return out.mask(out == "")


def _code_text(value: str | None) -> str | None:
    """A numeric code as text without a trailing '.0' ("2.0" -> "2")."""
    if value is None:
        return None
    return value[:-2] if value.endswith(".0") else value


def _classify_one(etype: str | None, tov: str | None, code: str | None, root: str | None, *, codes: str | None,
                  custom: Mapping[str, str]) -> tuple[str | None, str | None]:  # fmt: skip
    """(ACLED type or None, original type text or None) of one distinct combination of a row's type columns."""
    tov, code, root = _code_text(tov), _code_text(code), _code_text(root)
    if tov is not None and tov in UCDP_TYPES:
        return UCDP_TYPES[tov], f"UCDP type of violence {tov} ({UCDP_NAMES[tov]})"
    if code is not None or root is not None:
        acled, _sub = cameo_type(code, root)
        key = (root or code or "")[:2].zfill(2)
        label = f"CAMEO {code or root}" + (f" ({CAMEO_ROOT_NAMES[key]})" if key in CAMEO_ROOT_NAMES else "")
        return acled or (_BUILTIN.get(_key(etype)) if etype else None), label
    if etype is None:
        return None, None
    key = _key(etype)
    if codes == "ucdp" and _code_text(etype) in UCDP_TYPES:
        tov = str(_code_text(etype))
        return UCDP_TYPES[tov], f"UCDP type of violence {tov} ({UCDP_NAMES[tov]})"
    if codes == "cameo" and etype.replace(".", "").isdigit():
        code = _code_text(etype)
        acled, _sub = cameo_type(code, None)
        root = str(code).zfill(2)[:2] if code and len(code) <= 2 else str(code)[:2]
        return acled, f"CAMEO {code}" + (f" ({CAMEO_ROOT_NAMES[root]})" if root in CAMEO_ROOT_NAMES else "")
    if key in {_key(t) for t in ACLED_TYPES} and etype in ACLED_TYPES:
        return etype, None
    found = custom.get(key) or _BUILTIN.get(key)
    same = found is not None and _key(found) == key  # an ACLED type in another spelling
    return found, None if same else etype


def acled_types(frame: pd.DataFrame, event_types: EventTypesLike = None) -> EventTypes:
    """The ACLED type and the original type of every row of ``frame``.

    Parameters
    ----------
    frame
        Incidents with ``event_type`` and, when they came from UCDP or GDELT files, the columns the
        readers keep (``type_of_violence``; ``EventCode``, ``EventRootCode``); ``source_event_type``
        (ACLED's pre-2019 type) is shown as the original when present.
    event_types
        None (automatic); ``"ucdp"`` or ``"cameo"`` when ``event_type`` holds those codes; or a custom
        mapping ``{your type: ACLED type}`` (a dict, or a JSON / CSV file, see :func:`load_type_mapping`).

    Returns
    -------
    EventTypes
        ``acled``: one of :data:`ACLED_TYPES` or None (nothing maps the row); ``original``: the type as
        the source gave it, or None when the row was typed in ACLED's current taxonomy.
    """
    codes, custom = _as_mapping(event_types)
    cols = [_text_column(frame, n) for n in ("event_type", "type_of_violence", "EventCode", "EventRootCode")]
    combined = pd.MultiIndex.from_arrays([c.astype(object).where(c.notna(), None) for c in cols])
    index, uniques = pd.factorize(combined)
    acled = np.empty(len(uniques) + 1, dtype=object)
    original = np.empty(len(uniques) + 1, dtype=object)
    for i, (etype, tov, code, root) in enumerate(uniques.tolist()):
        acled[i], original[i] = _classify_one(
            _present(etype), _present(tov), _present(code), _present(root), codes=codes, custom=custom
        )
    acled[-1], original[-1] = None, None
    rows_acled, rows_original = acled[index], original[index]
    source = _text_column(frame, "source_event_type")
    if source.notna().any():
        rows_original = np.where(source.notna().to_numpy(), source.astype(object).to_numpy(), rows_original)
    return EventTypes(acled=rows_acled, original=rows_original)


def _present(value: object) -> str | None:
    """A cell of the factorized type columns as text (None for missing)."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    return str(value)
