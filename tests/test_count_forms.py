"""Count forms of wire English read by ``find_casualties``: a number of dozens ("two dozen" 24, not two) and one more
told with its auxiliary left out ("One person was killed and another injured"); the adjective is not one more
("another injured protester")."""

from __future__ import annotations

import pytest

from geoincidents.extraction.events import find_casualties
from geoincidents.extraction.numbers import parse_count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About two dozen people were hurt.", [(None, 24)]),
        ("Three dozen protesters were treated for tear gas inhalation.", [(None, 36)]),
        ("A dozen protesters were injured.", [(None, 12)]),
        ("Half a dozen guards were wounded.", [(None, 6)]),
        ("One person was killed and another injured.", [(1, None), (None, 1)]),
        ("One was killed and another wounded by shrapnel.", [(1, None), (None, 1)]),
        ("Two guards were wounded and a third was hurt.", [(None, 3)]),
        ("A policeman was wounded and another killed, police said.", [(None, 1), (1, None)]),
        ("He said another injured protester was in a critical condition.", []),
    ],
)
def test_count_forms(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert [(c.fatalities, c.injuries) for c in find_casualties(text)] == expected


@pytest.mark.parametrize(("words", "value"), [("two dozen", 24), ("nine dozen", 108), ("a dozen", 12), ("dozens", 12)])
def test_dozens(words: str, value: int) -> None:
    assert parse_count(words) == value
