"""Language the rules did not read on English reports nobody tuned on (round 7 diagnosis of reports 901-916).

Every sentence here is written for these tests, not taken from the reports, with cases that must not fire:

- a negative quantifier as the subject of a verb of impact, with no "of" and in any tense ("Neither shell hit
  the palace", "none strike U.S. Embassy" in a headline): the place is negated;
- a restrictive relative clause with no comma between a counted subject and its verb ("two boys who were selling
  tea on the bridge were wounded"): the subject is the count;
- a count of none said of every place ("No one was killed at either site"): none at each event told before it.
"""

from __future__ import annotations

import pandas as pd
import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.place_roles import EVENT, NEGATED, place_role
from tests._rows import count_pairs as _counts


def _role(text: str, name: str) -> str:
    start = text.index(name)
    return place_role(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a negative determiner or pronoun, no "of"
        ("Neither shell hit the Republican Palace, the army said.", "Republican", NEGATED),
        ("Three mortars fall in Green Zone, none reaches the U.S. Embassy", "U.S. Embassy", NEGATED),
        ("Neither drone made it to the prime minister's residence.", "prime minister", NEGATED),
        ("No missile will land on the embassy, the militia claimed.", "embassy", NEGATED),
        ("Neither projectile strikes the Rasheed Hotel", "Rasheed", NEGATED),
        # must not fire: the quantifier belongs to another clause, or is not the subject of the impact
        ("Neither side gave ground as shells struck the Republican Palace.", "Republican", EVENT),
        ("No one was hurt when two rockets hit the U.S. Embassy.", "U.S. Embassy", EVENT),
        ("None were injured after a drone struck the Rasheed Hotel.", "Rasheed", EVENT),
        ("No claim was made; two rockets landed near the U.S. Embassy.", "U.S. Embassy", EVENT),
        ("Noone expected it, but a rocket hit the Republican Palace.", "Republican", EVENT),
    ],
)
def test_a_negative_quantifier_subject_negates_the_place(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Two boys who were selling tea on the bridge were wounded by rubber bullets.", [(None, 2)]),
        ("a man and his son who had come to watch the march were injured", [(None, 2)]),
        ("Four guards that were posted at the gate were killed.", [(4, None)]),
        # must not fire: the verb of the main clause is no casualty; the relative clause holds a comma or a stop
        ("Three men who were arrested at the gate were released on bail.", []),
        ("Two rockets that were fired at the base were intercepted.", []),
        ("Five students who were marching, police said, were dispersed.", []),
    ],
)
def test_a_relative_clause_between_a_count_and_its_verb(text: str, counts: list[tuple[int | None, int | None]]) -> None:
    assert _counts(text) == counts


def _n(value: object) -> int | None:
    return None if pd.isna(value) else int(value)  # type: ignore[call-overload]


def _rows(text: str, published: str) -> list[tuple[str, int | None, int | None]]:
    got = extract_incidents(text, published=published)
    return sorted((str(r["landmark_id"]), _n(r["fatalities"]), _n(r["injuries"])) for _, r in got.iterrows())


def test_a_count_of_none_said_of_every_site_goes_to_each_event() -> None:
    rows = _rows(
        "BAGHDAD, June 2 - Police fired tear gas at protesters on the Ahrar Bridge and in Tahrir Square on Tuesday. "
        "Three students were hurt on the bridge. No one was killed at either site, a medic said.",
        "2026-06-02",
    )
    assert [(lid, dead) for lid, dead, _ in rows] == [("bridge_ahrar", 0), ("tahrir_square", 0)]


def test_a_count_of_none_without_every_site_stays_with_the_nearest_event() -> None:
    # must not fire: no "either/both/each/any" place, so the count goes to one event as before
    rows = _rows(
        "BAGHDAD, June 2 - Police fired tear gas at protesters on the Ahrar Bridge and in Tahrir Square on Tuesday. "
        "Three students were hurt on the bridge. No one was killed, a medic said.",
        "2026-06-02",
    )
    assert sum(1 for _, dead, _ in rows if dead == 0) <= 1


@pytest.mark.parametrize(
    ("text", "riot"),
    [
        ("Hundreds of supporters smashed their way into the Ministry of Planning on Monday.", True),
        ("Angry youths smashed the windows of the party office in Karrada on Monday.", True),
        # the present of a timeline: "pull down", "throw stones"
        ("2 pm: Protesters pull down the barriers at the Ministry of Planning and pour inside.", True),
        ("Noon: Students throw stones at police at the Ministry of Planning.", True),
        # must not fire: what police broke is no crowd's violence; "smashed" with no object of the list
        ("2 pm: Police pull down the tents at the Ministry of Planning.", False),
        ("Noon: Students pull the flag of the Ministry of Planning back up and chant.", False),
        ("Riot police smashed the tents of the sit-in near the bridge on Monday.", False),
        ("A rocket smashed into a car park near the embassy on Monday.", False),
    ],
)
def test_a_crowd_forcing_its_way_in_is_a_riot(text: str, riot: bool) -> None:
    got = extract_incidents(text, published="2026-06-01")
    types = set(got["event_type"])
    assert ("Riots" in types) is riot
