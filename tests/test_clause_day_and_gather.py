"""Two events of one sentence on two days: a coordinated clause opening with a day of its own is a clause of its own
("Two rockets hit the Green Zone on Saturday, and on Sunday a drone was shot down near Baghdad airport", "سقط صاروخان
في المنطقة الخضراء يوم السبت، وفي يوم الأحد أسقطت الدفاعات طائرة مسيرة"; the day stays in it). And the present of a
digest's line or a headline, "gather" with its place after it, is a gathering ("09:10: Graduates gather outside the
Ministry of Planning"), not "gathering evidence"."""

from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extraction.pipeline import extract_incidents
from geoincidents.extraction.rules.segment import split_clauses


def _rows(text: str) -> list[tuple[str, str, str]]:
    frame = extract_incidents(text, published=date(2023, 1, 15), source="test")
    return [(r.event_type, r.landmark_id, str(r.event_date)[:10]) for r in frame.itertuples()]


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD - Two rockets hit the Green Zone on Saturday, and on Sunday a drone was shot down near Baghdad "
        "airport, security sources said.",
        "بغداد - سقط صاروخان في المنطقة الخضراء يوم السبت، وفي يوم الأحد أسقطت الدفاعات طائرة مسيرة قرب مطار بغداد.",
    ],
)
def test_a_clause_with_a_day_of_its_own(text: str) -> None:
    assert _rows(text) == [
        ("Explosions/Remote violence", "green_zone", "2023-01-14"),
        ("Strategic developments", "baghdad", "2023-01-15"),
    ]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("Rockets hit the zone on Saturday, and on Sunday a drone fell.", 2),
        ("Rockets hit the zone on Saturday, and later on Sunday a drone fell.", 2),
        ("سقط صاروخان يوم السبت، وفي يوم الأحد أسقطت الدفاعات طائرة.", 2),
        ("سقط صاروخان يوم السبت، ومساء الأحد أسقطت الدفاعات طائرة.", 2),
        ("Protesters marched, and police fired tear gas on Sunday.", 1),
        ("Rockets hit the zone, and a drone fell on Sunday.", 1),
    ],
)
def test_where_the_clause_is_cut(text: str, clauses: int) -> None:
    assert len(split_clauses(text, 0, len(text))) == clauses


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Sunday's incidents in Baghdad:\n- 09:10: Graduates gather outside the Ministry of Planning.", 1),
        ("BAGHDAD - Protesters gathering near the Jumhuriya Bridge on Sunday, witnesses said.", 1),
        ("BAGHDAD - Investigators are gathering evidence at the site on Sunday.", 0),
    ],
)
def test_gather_in_the_present(text: str, rows: int) -> None:
    assert len(_rows(text)) == rows
