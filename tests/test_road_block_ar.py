"""A road, street or bridge blocked by a crowd is a protest in Arabic as in English ("blocked the road"): the verb with
a human plural suffix ("قطعوا طريقاً", "يقطعون الشارع") or verb-first with the crowd as its subject ("أغلق محتجون جسر
الجمهورية", "قطع العشرات من الخريجين شارع فلسطين"). Not the forces' closure ("أغلقت القوات الأمنية الجسر"), the idiom
"قطع الطريق على" (to preempt), or what else is cut ("قطعوا الكهرباء")."""

from __future__ import annotations

from datetime import date

import pytest

from geoincidents.extraction.pipeline import extract_incidents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بغداد - قطع العشرات من الخريجين شارع فلسطين، اليوم الأحد، للمطالبة بالتعيين.", [("Protests", "baghdad")]),
        ("بغداد - أغلق محتجون جسر الجمهورية اليوم الأحد.", [("Protests", "bridge_jumhuriya")]),
        ("بغداد - قال شهود إن شباناً غاضبين قطعوا جسر السنك مساء الأحد.", [("Protests", "bridge_sinak")]),
        ("بغداد - أغلقت القوات الأمنية جسر الجمهورية اليوم الأحد.", []),
        ("بغداد - قال النائب إنهم قطعوا الطريق على محاولات التمديد للحكومة اليوم الأحد.", []),
        ("بغداد - قطعوا الكهرباء عن حي الكرادة اليوم الأحد.", []),
    ],
)
def test_road_blocked_by_a_crowd(text: str, expected: list[tuple[str, str]]) -> None:
    frame = extract_incidents(text, published=date(2023, 1, 15), source="test")
    assert list(zip(frame["event_type"], frame["landmark_id"], strict=True)) == expected
