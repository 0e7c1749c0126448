"""ByScript: a big English-and-Arabic pattern searched with the alternatives of the text's own scripts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from geoincidents.extraction._phrases import ByScript, _top_level_alternatives
from geoincidents.extraction.events import _EXCESSIVE, _INTERVENTION

ROOT = Path(__file__).resolve().parent.parent


def test_top_level_alternatives_keep_groups_classes_and_escapes_whole() -> None:
    assert _top_level_alternatives(r"a(?:b|c)|[|x]|\||d") == ["a(?:b|c)", "[|x]", r"\|", "d"]


def test_mixed_and_neutral_alternatives_go_with_both_scripts() -> None:
    words = ByScript(re.compile(r"\btear\s+gas\b|الغاز|(?:gas|غاز)\s+\d+|\d+%", re.IGNORECASE))
    assert [m.group(0) for m in words.finditer("tear gas and gas 12 and 40%")] == ["tear gas", "gas 12", "40%"]
    assert [m.group(0) for m in words.finditer("الغاز ثم غاز 3 و 5%")] == ["الغاز", "غاز 3", "5%"]
    assert [m.group(0) for m in words.finditer("Reuters: الغاز and tear gas")] == ["الغاز", "tear gas"]


def _texts() -> list[str]:
    files = sorted((ROOT / "eval" / "reports").glob("*.txt")) + sorted((ROOT / "tests" / "reports").glob("*.txt"))
    return [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("pattern", [_INTERVENTION, _EXCESSIVE], ids=["intervention", "excessive"])
def test_same_matches_as_the_whole_pattern_on_every_corpus_paragraph(pattern: re.Pattern[str]) -> None:
    words = ByScript(pattern)
    texts = _texts()
    assert len(texts) > 300
    for text in texts:
        assert [m.span() for m in words.finditer(text)] == [m.span() for m in pattern.finditer(text)], text
