"""Per-row notes of a read: the ``fixes`` column, holding what was changed and what is in doubt.

Each accepted row's ``fixes`` cell is null when the row was read as it stands; otherwise it holds one or
more notes joined by ``"; "``. A note starting with :data:`FLAG_PREFIX` (``"check: "``) records a doubt
the reader could not settle from the file (a date whose day/month order no value of its column proves;
an old ACLED "Riots/Protests" event whose actors say neither): the row is **flagged**, its value is the
documented default. Any other note records a change made on purpose (latitude and longitude swapped
back, an invalid polygon repaired): the row is **fixed**. A note never contains ``"; "`` itself. Notes
from an earlier read are kept, so a file written by :func:`~geoincidents.io.incidents.write_incidents`
and read again keeps them.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

__all__ = ["FIXES_COLUMN", "FLAG_PREFIX", "count_fixed_flagged", "join_notes"]

FIXES_COLUMN: Final = "fixes"
FLAG_PREFIX: Final = "check: "
_SEP = "; "


def join_notes(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Per row, the notes of ``first`` then ``second`` (object arrays of str or None), joined by ``"; "``."""
    out = first.copy()
    has_first = pd.notna(first)
    has_second = pd.notna(second)
    only_second = has_second & ~has_first
    out[only_second] = second[only_second]
    for i in np.flatnonzero(has_first & has_second):
        out[i] = f"{first[i]}{_SEP}{second[i]}"
    return out


def count_fixed_flagged(fixes: pd.Series) -> tuple[int, int]:
    """Rows with at least one change note, and rows with at least one doubt (``check:``) note."""
    text = fixes.dropna().astype(str)
    if text.empty:
        return 0, 0
    parts = text.str.split(_SEP, regex=False).explode()
    is_flag = parts.str.startswith(FLAG_PREFIX)
    flagged = int(is_flag.groupby(level=0).any().sum())
    fixed = int((~is_flag).groupby(level=0).any().sum())
    return fixed, flagged
