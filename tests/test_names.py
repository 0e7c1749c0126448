from __future__ import annotations

import pytest

from geoincidents.gazetteer.names import name_keys, normalize_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Al-Jisr al-Mu'allaq", "al jisr al muallaq"),
        ("al-Jumhuriya Bridge", "Jumhuriya bridge"),
        ("The Green Zone", "green zone"),
        ("Tahrir  Square", "tahrir-square"),
        ("ʿAlawi", "Alawi"),
        ("الجسر المعلّق", "الجسر المعلق"),
        ("ساحة التحرير", "ساحه التحرير"),
        ("إبراهيم", "ابراهيم"),
        ("\u200fالمنطقة الخضراء\u200f", "المنطقه الخضراء"),
    ],
)
def test_variants_share_a_key(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize(("a", "b"), [("Sinak Bridge", "Ahrar Bridge"), ("Karrada", "Karradat Mariam")])
def test_different_places_differ(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


def test_article_only_dropped_as_a_word() -> None:
    assert normalize_name("Alawi") == "alawi"
    assert normalize_name("al-Alawi") == "alawi"
    assert normalize_name("Al-Fatah", drop_article=False) == "al fatah"


def test_name_keys_drops_empty_and_rejects_non_strings() -> None:
    assert name_keys("", "---", "Tahrir") == {"tahrir"}
    with pytest.raises(TypeError):
        normalize_name(None)  # type: ignore[arg-type]
