"""A period counted in months or years ("over the past two years", "خلال العامين الماضيين", "خلال الأشهر الثلاثة
الماضية") is a period like "over the past months": no day, and a sentence that tells its events over it tells
background, not the day's news (``background.year``)."""

from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extraction.dates import find_dates
from geoincidents.extraction.pipeline import extract_incidents


@pytest.mark.parametrize(
    "words",
    [
        "over the past two years",
        "in the past 12 months",
        "during the last three months",
        "over the previous two weeks",
        "خلال العامين الماضيين",
        "في الشهرين الأخيرين",
        "خلال الأسبوعين الماضيين",
        "خلال الأشهر الثلاثة الماضية",
        "طيلة السنوات الخمس الماضية",
    ],
)
def test_a_counted_period_is_a_period(words: str) -> None:
    found = find_dates(f"Attacks {words} hit the zone." if words.isascii() else f"وقعت هجمات {words} على المنطقة.")
    assert [(d.kind, d.text) for d in found] == [("period", words)]


@pytest.mark.parametrize(("words"), ["over the past two days", "in the last 24 hours"])
def test_days_are_not_such_a_period(words: str) -> None:
    """A roundup of the last days or hours tells news, not background."""
    assert all(d.kind != "period" for d in find_dates(f"Rockets hit the zone {words}."))


EVENT_EN = (
    "BAGHDAD (Reuters) - Iraqi security forces fired tear gas on Sunday at hundreds of graduates protesting outside "
    "the Ministry of Planning, wounding four, medics said."
)
EVENT_AR = (
    "بغداد - شفق نيوز: أطلقت القوات الأمنية، اليوم الأحد، الغاز المسيل للدموع لتفريق مئات الخريجين المتظاهرين أمام "
    "وزارة التخطيط، ما أدى إلى إصابة أربعة منهم."
)


@pytest.mark.parametrize(
    ("event", "background"),
    [
        (EVENT_EN, "Rocket attacks over the past two years have mostly targeted the U.S. Embassy and Baghdad airport."),
        (EVENT_EN, "In the past three years, drones and rockets struck the U.S. Embassy dozens of times."),
        (EVENT_AR, "وكانت الهجمات الصاروخية خلال العامين الماضيين تتركز على السفارة الأمريكية ومطار بغداد."),
        (EVENT_AR, "واستهدفت عشرات الصواريخ السفارة الأمريكية خلال الأشهر الثلاثة الماضية."),
    ],
)
def test_events_over_a_counted_period_make_no_row(event: str, background: str) -> None:
    frame = extract_incidents(event + "\n\n" + background, published=date(2023, 1, 15), source="test")
    assert list(frame["landmark_id"]) == ["ministry_of_planning"]
