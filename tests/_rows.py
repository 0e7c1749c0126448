"""The rows of a report as the extraction tests compare them: what kind of event, where, and both counts."""

from __future__ import annotations

import pandas as pd

from geoincidents import extract_incidents
from geoincidents.extraction.events import find_casualties

Row = tuple[str, str, int | None, int | None]


def event_rows(text: str, published: str) -> list[Row]:
    """``(sub_event_type, landmark_id, fatalities, injuries)`` of each incident of ``text``, sorted; a count the
    extraction left unknown is None."""
    frame = extract_incidents(text, published=published)
    return sorted(
        (
            str(r.sub_event_type),
            str(r.landmark_id),
            None if pd.isna(r.fatalities) else int(r.fatalities),
            None if pd.isna(r.injuries) else int(r.injuries),
        )
        for r in frame.itertuples()
    )


def count_pairs(text: str) -> list[tuple[int | None, int | None]]:
    """``(fatalities, injuries)`` of each casualty count :func:`find_casualties` reads in ``text``, in order."""
    return [(c.fatalities, c.injuries) for c in find_casualties(text)]
