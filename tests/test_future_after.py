"""An Arabic event noun with an adjective or two before its future verb is only expected ("وقفة مماثلة ستنظم أمام
البرلمان", "تظاهرة حاشدة ستنطلق"), like the noun right before it ("التظاهرة ستنطلق") and the English "a similar rally
would be held" (``events._FUTURE_AFTER``); the past verb tells one."""

from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extraction.pipeline import extract_incidents


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("وقال المنظمون إن وقفة مماثلة ستنظم أمام البرلمان يوم الثلاثاء.", 0),
        ("وأعلن ناشطون أن تظاهرة حاشدة ستنطلق من ساحة التحرير يوم الجمعة.", 0),
        ("وقال المنظمون إن تظاهرات كبيرة ستخرج في ساحة التحرير يوم الجمعة.", 0),
        ("وقال المنظمون إن التظاهرة ستنطلق من ساحة التحرير يوم الجمعة.", 0),
        ("خرجت تظاهرة حاشدة في ساحة التحرير اليوم الأحد.", 1),
        ("نظمت وقفة مماثلة أمام البرلمان يوم الأحد.", 1),
    ],
)
def test_expected_not_told(text: str, rows: int) -> None:
    assert len(extract_incidents(text, published=date(2023, 1, 15), source="test")) == rows
