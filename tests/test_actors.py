"""The curated actor list and actor mentions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoincidents.extraction.actors import ROLES, find_actors, load_actors


def test_bundled_list_is_valid_and_covers_the_issue_actors() -> None:
    actors = load_actors()
    names = {a.name for a in actors}
    for wanted in (
        "Sadrist Movement",
        "Fatah Alliance",
        "Popular Mobilization Forces",
        "Kataib Hezbollah",
        "Asaib Ahl al-Haq",
        "Protesters (Iraq)",
        "Police Forces of Iraq",
        "Government of the United States (US Embassy in Baghdad)",
    ):
        assert wanted in names
    assert all(a.role in ROLES for a in actors)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("supporters of al-Hashd al-Shaabi", "Popular Mobilization Forces"),
        ("Al-Hashd Al-Sha'abi", "Popular Mobilization Forces"),
        ("Kata'ib Hezbollah", "Kataib Hezbollah"),
        ("أنصار التيار الصدري", "Sadrist Movement"),
        ("والمتظاهرون", "Protesters (Iraq)"),
        ("عصائب أهل الحق", "Asaib Ahl al-Haq"),
        ("the U.S. embassy", "Government of the United States (US Embassy in Baghdad)"),
    ],
)
def test_aliases_match_spelling_variants(text: str, expected: str) -> None:
    assert [m.actor.name for m in find_actors(text)] == [expected]


def test_spans_point_into_the_text() -> None:
    text = "Hadi al-Ameri, leader of al-Fatah, spoke."
    (first, second) = find_actors(text)
    assert text[first.start : first.end] == "Hadi al-Ameri"
    assert text[second.start : second.end] == "Fatah"


def test_a_bad_list_names_actor_and_field(tmp_path: Path) -> None:
    path = tmp_path / "actors.json"
    path.write_text(json.dumps({"actors": [{"name": "X", "role": "wizard", "aliases": []}]}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"actor 0 \(X\): field role 'wizard'"):
        load_actors(path)
    with pytest.raises(FileNotFoundError):
        load_actors(tmp_path / "missing.json")


def test_a_user_list_is_used(tmp_path: Path) -> None:
    path = tmp_path / "actors.json"
    path.write_text(
        json.dumps({"actors": [{"name": "Tishreen activists", "role": "protesters", "aliases": ["Tishreen"]}]}),
        encoding="utf-8",
    )
    assert [m.actor.name for m in find_actors("the Tishreen movement", actors=path)] == ["Tishreen activists"]
