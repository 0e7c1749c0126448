"""Victims told without who struck them, at a protest met with force (rule ``casualties.crowd_victim``).

"A young man was shot dead on al-Sinak bridge" in a report whose day's protest on that bridge was met with live fire,
"in Khallani square a paramedic and a volunteer were wounded by a stun grenade": a killing or a wounding told in the
passive with no attacker named is the force used on the crowd (ACLED: *Excessive force against protesters* or
*Protest with intervention*), not an attack on civilians by an unnamed group. It is so when the report tells, that
day, a protest met with force at the same or a related place, or when its own clause names a crowd-control weapon or
force on a crowd (a stun grenade, tear gas, rubber bullets: `events.find_force`) and the day has a protest anywhere.
Gunmen, assailants, attackers or an armed group named in the clause keep it an attack.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from geoincidents.extraction.events import Trigger, find_force
from geoincidents.extraction.geocoding import Landmark
from geoincidents.extraction.rules import rule
from geoincidents.extraction.rules.candidate import Candidate
from geoincidents.extraction.rules.merging import related

__all__ = ["crowd_victims", "loaded_weapons", "victim_force", "without_crowd_victims"]

# The passive right before the casualty words ("was shot dead", "were fatally wounded", "had been killed").
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A piece with no event words of its own: its own passive casualty verb ("and in Khallani square two medics were
# wounded by a stun grenade").
_PASSIVE_HURT = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|shot(?:\s+dead)?)\b", re.IGNORECASE
)
# An attacker named in the clause: the attack stays one ("was shot dead by gunmen", "masked men", "an armed group").
_ATTACKER = re.compile(
    r"\b(?:gunm[ae]n|assailants?|attackers?|masked|unidentified|unknown|militants?|militiam[ae]n|armed\s+(?:men|group)"
    r"|kidnappers?|abductors?|hitm[ae]n|assassins?|bomb(?:er|ing)s?|explosi\w+|drones?|rockets?)\b",
    re.IGNORECASE,
)
_CROWD_SUBS = frozenset({"Protest with intervention", "Excessive force against protesters", "Violent demonstration"})
# Between a crowd's noun and the casualty words of its passive: the noun is only the victims ("three protesters were
# shot dead"), no event of the crowd's own.
_VICTIMS_GAP = re.compile(r"\s+(?:was|were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?", re.IGNORECASE)


def _names_victims(text: str, word: Trigger, victims: Sequence[Trigger]) -> bool:
    """Whether the protest word ``word`` is only the subject of the victims' passive ("three protesters were shot")."""
    return any(0 <= v.start - word.end <= 30 and _VICTIMS_GAP.fullmatch(text, word.end, v.start) for v in victims)


def without_crowd_victims(text: str, clause: tuple[int, int], triggers: list[Trigger]) -> list[Trigger]:
    """The clause's triggers without the casualty words of victims told in the passive with no attacker named, when
    the clause tells a crowd's own event ("demonstrators threw stones and set tyres alight, and one protester was shot
    dead"): the victim is the crowd's, told as the force on it, not an attack on civilians of its own."""
    victims = [t for t in triggers if t.family == "civilians"]
    crowd = [t for t in triggers if t.family in ("protest", "riot") and not _names_victims(text, t, victims)]
    if not crowd or not victims:
        return triggers
    if victim_force(text, clause, victims) is None:
        return triggers
    return [t for t in triggers if t.family != "civilians"]


def victim_force(text: str, clause: tuple[int, int], triggers: Sequence[Trigger]) -> str | None:
    """How a clause of an attack on civilians tells its victims: None when not in the passive with no attacker named;
    else "excessive" or "intervention" for force on a crowd told in it (live fire; a stun grenade, tear gas), "" for
    none."""
    start, end = clause
    if not triggers or any(t.family != "civilians" for t in triggers):
        return None
    own = [t for t in triggers if start <= t.start < end]
    if own and not all(_PASSIVE_BEFORE.search(text, max(start, t.start - 30), t.start) for t in own):
        return None
    if not own and not _PASSIVE_HURT.search(text, start, end):
        return None  # a piece cut from its clause (``place.two_places``) is read by its own words
    if _ATTACKER.search(text, start, end):
        return None
    force = find_force(text[start:end])
    if force.excessive:
        return "excessive"
    return "intervention" if force.intervention else ""


def crowd_victims(candidates: list[Candidate], landmarks: Mapping[str, Landmark]) -> None:
    """Retype the passive victims (``Candidate.victim_force``) of a day's protest met with force as that force."""
    met = [c for c in candidates if c.event_type in ("Protests", "Riots") and c.sub_event_type in _CROWD_SUBS]
    protest_days = {c.day for c in candidates if c.event_type in ("Protests", "Riots") and not c.mention_only}
    for cand in candidates:
        if cand.victim_force is None or cand.event_type != "Violence against civilians":
            continue
        host = next(
            (
                m
                for m in met
                if m.day == cand.day
                and m.landmark is not None
                and cand.landmark is not None
                and related(m.landmark, cand.landmark, landmarks)
            ),
            None,
        )
        if host is None and not (cand.victim_force and cand.day in protest_days):
            continue
        if cand.victim_force == "excessive" or cand.fatalities:
            kind = ("Protests", "Excessive force against protesters")
        elif cand.victim_force == "intervention" or host is None:
            kind = ("Protests", "Protest with intervention")
        else:
            kind = (host.event_type, host.sub_event_type)
        cand.event_type, cand.sub_event_type = kind
        cand.rules.append(rule("casualties.crowd_victim"))


# Weapons found still holding their munitions: "a rocket launcher loaded with two rockets", "with two more rockets still
# in their tubes", "a rocket primed for launch", "unfired", "ready to fire", "two rockets that had not been fired",
# "meant to be fired", "منصة الإطلاق وعليها صاروخان لم ينطلقا" (not an empty or burnt launcher: the attack's trace).
_LOADED = re.compile(
    r"\b(?:loaded|unfired|unlaunched|primed|ready\s+(?:to\s+(?:fire|launch|be\s+fired)|for\s+(?:firing|launch))"
    r"|still\s+(?:loaded|in\s+(?:its|their)\s+tubes?|mounted|on\s+(?:its|the|a)\s+launch)|meant\s+to\s+be\s+fired"
    r"|not\s+(?:yet\s+)?(?:been\s+)?(?:fired|launched)|with\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|several|[0-9]+)\s+)?(?:more\s+)?(?:rockets?|missiles?|shells?|mortars?)\b"
    # (munitions that "failed to fire", "still on it")
    r"|failed\s+to\s+(?:fire|launch|go\s+off)|still\s+(?:on|in|inside)\s+(?:it|them)\b)"
    r"|(?<![\u0621-\u064a])لم\s+(?:[يت]نطلق|[يت]طلق|تُطلق|يُطلق)[\u0621-\u064a]*",
    re.IGNORECASE,
)


def loaded_weapons(text: str, clause: tuple[int, int], triggers: Sequence[Trigger]) -> bool:
    """Whether a clause of weapons found or seized (not brought down) tells them still loaded (rule
    ``merge.fold_closure`` then leaves them an event of their own: ACLED's disrupted weapons use, not the context of
    another event of the day, as a closure or an empty launcher is)."""
    if not any(t.family == "disrupted" for t in triggers):
        return False
    return _LOADED.search(text, *clause) is not None
