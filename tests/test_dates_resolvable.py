"""Every date expression the finder returns can be resolved (a report must never fail on one of its dates).

:func:`geoincidents.extraction.dates.resolve_date` reads a mention again on its own text, without the words around
it; a pattern whose match depends on what follows (a lookahead) must still match the expression alone. "in the 2023
budget" once made extraction fail with ``ValueError: date expression 'in the 2023' is not of kind 'year'``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.dates import find_dates, resolve_date

PUBLISHED = date(2023, 7, 11)
REPORTS = sorted((Path(__file__).resolve().parents[1] / "eval" / "reports").glob("*.txt"))

# Expressions whose pattern looks at the words around them, in the contexts that make it match.
CONTEXTS = (
    "Graduates rallied in Tahrir Square on Monday, demanding the posts promised in the 2023 budget.",
    "The bridge was bombed during the 2003 invasion and rebuilt in the 1980s style.",
    "Militias have fired rockets since the 2019 protests began.",
    "The protest came two days earlier, police said.",
    "Two days earlier. Rockets fell near the embassy.",
    "On the 5th of this month, rockets fell near the embassy.",
    "The next day, protesters returned to the bridge; the night before, police had cleared the square.",
    "The day before yesterday, a bomb went off in Karrada.",
    "وفي اليوم التالي عاد المحتجون إلى الجسر، وكانت القوات قد فرقتهم في اليوم السابق.",
    "تظاهر الخريجون في الخامس من الشهر الجاري قرب ساحة التحرير، وفي عام 2023 تظاهروا أيضاً.",
    "وقبل ذلك بيومين سقط صاروخ قرب السفارة، وبعد يومين عاد المحتجون.",
)


@pytest.mark.parametrize("text", CONTEXTS)
def test_every_mention_in_context_resolves(text: str) -> None:
    mentions = find_dates(text)
    assert mentions, text
    for mention in mentions:
        resolve_date(mention, PUBLISHED)  # raises ValueError when the expression alone matches no pattern


@pytest.mark.parametrize("text", CONTEXTS)
def test_a_report_with_the_expression_is_extracted(text: str) -> None:
    extract_incidents("BAGHDAD - " + text, published=PUBLISHED)


def test_every_mention_of_the_development_reports_resolves() -> None:
    assert len(REPORTS) > 500
    failures = []
    for path in REPORTS:
        for mention in find_dates(path.read_text(encoding="utf-8")):
            try:
                resolve_date(mention, PUBLISHED)
            except ValueError as error:
                failures.append(f"{path.name}: {error}")
    assert not failures, failures[:10]


@pytest.mark.parametrize(
    "text",
    [
        "Rockets fell near the US embassy on Monday. 3000000 days later, protesters gathered in Tahrir Square.",
        "Protesters gathered in Tahrir Square. 800000 days earlier, rockets fell near the US embassy.",
        "Rockets fell near the US embassy 1000000 days ago.",
        "Rockets fell near the US embassy 9999 weeks ago.",
        "Rockets fell near the US embassy " + "9" * 5000 + " days ago.",
    ],
)
def test_a_count_of_days_beyond_the_calendar_is_no_date(text: str) -> None:
    frame = extract_incidents("BAGHDAD - " + text, published=PUBLISHED)
    assert all(d is None or d.year > 1900 for d in frame["event_date"])
    for mention in find_dates(text):
        day, _, note = resolve_date(mention, date(1, 1, 5))  # near the calendar's start: every count leaves it
        assert day is None or day.year >= 1, note


@pytest.mark.parametrize(
    ("expression", "days_back"),
    [
        ("two days ago", 2),
        ("seven days ago", 7),
        ("a day ago", 1),
        ("12 days ago", 12),
        ("قبل سبعة أيام", 7),
        ("منذ ثلاث أيام", 3),
        ("قبل 10 أيام", 10),
        ("قبل ١٢ أيام", 12),
    ],
)
def test_a_count_of_days_in_words_or_digits_is_read(expression: str, days_back: int) -> None:
    (mention,) = find_dates(expression)
    assert resolve_date(mention, PUBLISHED)[0] == date.fromordinal(PUBLISHED.toordinal() - days_back)
