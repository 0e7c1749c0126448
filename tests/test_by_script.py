"""ByScript: a big English-and-Arabic pattern searched with the alternatives of the text's own scripts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from geoincidents.extraction._phrases import ByScript, _top_level_alternatives
from geoincidents.extraction.events import _EXCESSIVE_WORDS, _INTERVENTION_WORDS
from geoincidents.extraction.rules.background import (
    _CALL_WORDS,
    _CAUSE_WORDS,
    _MARKED_OR_INTENDED_WORDS,
    _POSSESSION_WORDS,
    _REFERENTIAL_WORDS,
    _WEEKS_AFTER_WORDS,
)
from geoincidents.extraction.rules.mentions import _CROWD_FORCE_WORDS

ROOT = Path(__file__).resolve().parent.parent


def test_top_level_alternatives_keep_groups_classes_and_escapes_whole() -> None:
    assert _top_level_alternatives(r"a(?:b|c)|[|x]|\||d") == ["a(?:b|c)", "[|x]", r"\|", "d"]


def test_words_read_from_the_pattern_skip_passages_without_them_and_only_those() -> None:
    words = ByScript(re.compile(r"\bcalled\s+on\s+\w+\s+to\b|دعا", re.IGNORECASE))
    assert words.latin_pieces == ("called",)
    assert [m.group(0) for m in words.finditer("He CALLED on them to march; دعا")] == ["CALLED on them to", "دعا"]
    assert words.finditer("a call on them to march") == []
    assert words.search("nothing here") is None


def test_a_word_added_to_a_pattern_is_searched_for() -> None:
    """The tests of each part are read from the pattern: a new alternative brings its own word (no list to edit)."""
    for base in IN_USE:
        grown = ByScript(re.compile(base.pattern.pattern + r"|\bsandbagged\b|متراس\S*", base.pattern.flags))
        assert [m.group(0) for m in grown.finditer("Police sandbagged the gate.")] == ["sandbagged"]
        assert [m.group(0) for m in grown.finditer("أقامت الشرطة متراسا")] == ["متراسا"]


def test_an_alternative_goes_with_the_script_every_match_of_it_holds() -> None:
    words = ByScript(re.compile(r"(?<![\u0621-\u064a])غاز|\btear\s+gas\b|(?:gas|غاز)\s+\d+|\d+%", re.IGNORECASE))
    assert words._arabic is not None and words._latin is not None
    arabic, latin = words._arabic.pattern, words._latin.pattern
    lone = r"(?<![\u0621-\u064a])غاز"
    assert lone in arabic and lone not in latin  # its look-behind's "\u064a" is no Latin letter
    assert "tear" in latin and "tear" not in arabic
    assert "(?:gas|غاز)" in arabic and "(?:gas|غاز)" in latin and r"\d+%" in arabic and r"\d+%" in latin


def test_mixed_and_neutral_alternatives_go_with_both_scripts() -> None:
    words = ByScript(re.compile(r"\btear\s+gas\b|الغاز|(?:gas|غاز)\s+\d+|\d+%", re.IGNORECASE))
    assert [m.group(0) for m in words.finditer("tear gas and gas 12 and 40%")] == ["tear gas", "gas 12", "40%"]
    assert [m.group(0) for m in words.finditer("الغاز ثم غاز 3 و 5%")] == ["الغاز", "غاز 3", "5%"]
    assert [m.group(0) for m in words.finditer("Reuters: الغاز and tear gas")] == ["الغاز", "tear gas"]


def _texts() -> list[str]:
    files = sorted((ROOT / "eval" / "reports").glob("*.txt")) + sorted((ROOT / "tests" / "reports").glob("*.txt"))
    return [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


IN_USE = [
    _INTERVENTION_WORDS,
    _EXCESSIVE_WORDS,
    _CROWD_FORCE_WORDS,
    _REFERENTIAL_WORDS,
    _WEEKS_AFTER_WORDS,
    _CAUSE_WORDS,
    _POSSESSION_WORDS,
    _CALL_WORDS,
    _MARKED_OR_INTENDED_WORDS,
]


@pytest.mark.parametrize("words", IN_USE)
def test_same_matches_as_the_whole_pattern_on_every_corpus_paragraph(words: ByScript) -> None:
    pattern = words.pattern
    texts = _texts()
    assert len(texts) > 300
    for text in texts:
        assert [m.span() for m in words.finditer(text)] == [m.span() for m in pattern.finditer(text)], text
        # within a passage, as the rules read sentences
        pos, endpos = len(text) // 4, 3 * len(text) // 4
        assert [m.span() for m in words.finditer(text, pos, endpos)] == [
            m.span() for m in pattern.finditer(text, pos, endpos)
        ]
        first, whole = words.search(text, pos, endpos), pattern.search(text, pos, endpos)
        assert (first and first.span()) == (whole and whole.span())
