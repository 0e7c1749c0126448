"""Whether a passage makes a row, and its date: older times, reporting dates, datelines, states since an event.

Each case is a sentence or a short report written for this test (English and Arabic), with near misses that
must keep their row.
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.dates import find_dates

PUB = "2024-03-12"  # a Tuesday


def _rows(text: str, published: str = PUB) -> list[tuple[str, str]]:
    frame = extract_incidents(text, published=published)
    return [(str(row.event_date.date()), str(row.landmark_id)) for _, row in frame.iterrows()]


@pytest.mark.parametrize(
    "text",
    [
        "Last year's protest at Tahrir Square ended in clashes with police.",
        "A similar rally outside parliament last year was broken up with tear gas.",
        "More than 600 people were killed near the Jumhuriya Bridge over the following months.",
        "Two years ago, rockets fell near the U.S. Embassy.",
        "وفي العام الماضي، أطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين في ساحة التحرير.",
        "وشهدت ساحة التحرير العام الماضي تظاهرات مماثلة تخللتها مواجهات.",
        "ونظم المحاضرون تظاهرة مماثلة في السنة الفائتة أمام مبنى مجلس النواب.",
        "وسقط صاروخ قرب السفارة الأمريكية قبل عامين.",
    ],
)
def test_last_year_and_the_following_months_date_no_row(text: str) -> None:
    assert _rows(text) == [], text


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the day's event, with an older time beside it that only measures it
        ("Police fired tear gas at protesters in Tahrir Square on Monday, the worst violence since last year.", 1),
        ("A rocket fell near the U.S. Embassy on Monday, the first attack since last year.", 1),
        (
            "أطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين في ساحة التحرير أمس، في أعنف مواجهات منذ العام الماضي.",
            1,
        ),  # noqa: E501
    ],
)
def test_an_older_year_beside_the_day_s_date_keeps_the_row(text: str, rows: int) -> None:
    assert len(_rows(text)) == rows, text


def test_last_year_is_a_period() -> None:
    assert [d.kind for d in find_dates("Last year's commemoration ended in scuffles.")] == ["period"]
    assert [d.kind for d in find_dates("وشهدت الساحة العام الماضي تظاهرات")] == ["period"]
    assert [d.kind for d in find_dates("قبل عامين")] == ["period"]
    assert [d.kind for d in find_dates("the worst violence since last year")] == []
