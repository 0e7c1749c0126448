"""The parties of an event and their ACLED roles (rules ``actors.*``).

An actor named as the source of the news ("police said", "according to the army", "وقالت الشرطة") is
not a party to the event (``actors.source_not_party``). Of the parties, ACLED's actor1 is the one who
acts: protesters or rioters for a protest or riot (the political movement behind them as
``assoc_actor_1``, the security forces that intervened as ``actor2``); the armed group (or an
unidentified one) for an attack; the security forces for arrests.
"""

from __future__ import annotations

import re

from geoincidents.extraction._phrases import CueHalves
from geoincidents.extraction.actors import ActorMention
from geoincidents.extraction.rules.candidate import Candidate

__all__ = ["actors_for", "parties"]

# A pattern matched just after a mention looks at most this many characters ahead: the words it looks
# for follow within a few words, and a long run of spaces or commas after a mention costs nothing.
_LOOK_AHEAD = 60

_SAYS_AFTER = re.compile(
    r"\s+(?:said|says|told|reported|announced|added|stated|confirmed|spokes(?:man|woman|person)|sources?|"
    r"officials?\s+said)\b",
    re.IGNORECASE,
)
_SAYS_BEFORE = CueHalves(
    r"according\s+to(?:\s+the)?|sources?\s+(?:in|at|from)(?:\s+the)?",
    r"(?:و)?(?:قال|قالت|أعلن|أعلنت|ذكر|ذكرت|أفاد|أفادت|"
    r"بحسب|حسب|وفق|وفقا\s+ل|أكد|أكدت)\S*",
    r"\s*$",
    re.IGNORECASE,
)
_PROTEST_FAMILY = ("Protests", "Riots")
_ATTACKS = ("Explosions/Remote violence", "Violence against civilians")
_UNIDENTIFIED = "Unidentified Armed Group (Iraq)"
_POLICE = "Police Forces of Iraq"
# Who carried the event out: the actor followed by what it did ("Kataib Hezbollah fired", "US forces had carried
# out the strike", "أطلقت كتائب ... صواريخ" has the verb first), or named after "by" ("claimed by").
_AGENT_AFTER = re.compile(
    r"\s*(?:,[^,.;]{0,50},\s*)?(?:(?:also|had|has|have|reportedly|allegedly|later|then|it|they|which|who|said\s+(?:it|they)"
    r"(?:\s+had)?)\s+){0,3}(?:fired|launched|carried\s+out|claimed|attacked|shelled|targeted|struck|detonated|planted|"
    r"opened\s+fire|shot|killed|gunned\s+down|kidnapped|abducted|stormed|took\s+responsibility|(?:drone|air)\s*strikes?|attacks?)\b"
    r"(?!\s+by\b)"
    r"|\s*(?:\S+\s+){0,3}?(?:أطلق|نفذ|تبنى|تبنت|استهدف|هاجم|قصف|اغتال|خطف|اختطف|أعلن\S*\s+مسؤولي)\S*",
    re.IGNORECASE,
)
_AGENT_BEFORE = CueHalves(
    r"\b(?:(?:claimed|carried\s+out|launched|fired|conducted)\s+by|(?:attack|strike|bombing|shelling)s?\s+by)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}",
    r"(?:^|\s)[وف]?(?:أطلق|أطلقت|نفذ|نفذت|تبنى|تبنت|هاجم|اغتال|قصف|قصفت|شن|شنت|خطف|اختطف|قتلت)\S*\s+(?:\S+\s+)?",
    "$",
    re.IGNORECASE,
)
# At whom it was aimed: "a strike on a headquarters of", "rockets fired at", "targeting", "members of".
_TARGET_BEFORE = CueHalves(
    r"\b(?:on|at|against|targeting|targeted|toward|towards|hit|struck|near|into|of|killing|wounding|killed|"
    r"wounded)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}",
    r"(?:^|\s)(?:على|ضد|قرب|نحو|باتجاه|استهدف\S*|مقر\S*|لمقر\S*|عناصر|قائد\S*|من|في|مقتل|إصابة)\s+(?:\S+\s+)?",
    "$",
    re.IGNORECASE,
)


def _agency(text: str, mention: ActorMention) -> str:
    before = text[max(0, mention.start - 40) : mention.start]
    if _TARGET_BEFORE.found(before):
        return "target"
    if _AGENT_BEFORE.found(before) or _AGENT_AFTER.match(text, mention.end, mention.end + _LOOK_AHEAD):
        return "agent"
    return ""


def parties(text: str, mentions: list[ActorMention]) -> tuple[list[ActorMention], bool]:
    """The actors of a sentence that take part in it (each with its agency), and whether a cited source was left out."""
    kept = [
        ActorMention(m.actor, m.start, m.end, _agency(text, m))
        for m in mentions
        if not _SAYS_AFTER.match(text, m.end, m.end + _LOOK_AHEAD)
        and not _SAYS_BEFORE.found(text[max(0, m.start - 25) : m.start])
    ]
    return kept, len(kept) < len(mentions)


def _attacker(cand: Candidate) -> str:
    """ACLED actor1 of an attack: the actor the text says carried it out, else the unnamed gunmen, else unidentified.

    A group named only as the target ("a strike on a Nujaba headquarters"), a suspect or a defender (the US
    forces whose C-RAM fired) is not the attacker.
    """
    for mention in cand.actors:
        if mention.agency == "agent" and mention.actor.role in ("armed", "security"):
            return mention.actor.name
    return _UNIDENTIFIED


def actors_for(cand: Candidate) -> tuple[str | None, str | None, str | None]:
    """ACLED actor1 / assoc_actor_1 / actor2 from the clause's actors and the event type."""
    by_role: dict[str, list[str]] = {}
    for mention in cand.actors:
        names = by_role.setdefault(mention.actor.role, [])
        if mention.actor.name not in names:
            names.append(mention.actor.name)
    political = by_role.get("political", []) + by_role.get("armed", [])
    security = by_role.get("security", [])
    if cand.sub_event_type == "Excessive force against protesters":  # the forces that used lethal force acted
        return security[0] if security else _POLICE, None, "Protesters (Iraq)"
    if cand.event_type in _PROTEST_FAMILY:
        actor1 = "Rioters (Iraq)" if cand.event_type == "Riots" else "Protesters (Iraq)"
        assoc = political[0] if political else None
        actor2 = security[0] if security and cand.sub_event_type != "Peaceful protest" else None
        return actor1, assoc, actor2
    ordered: list[str] = []
    for mention in cand.actors:
        if mention.actor.name not in ordered and mention.actor.role != "protesters":
            ordered.append(mention.actor.name)
    if cand.event_type == "Strategic developments" and cand.sub_event_type == "Arrests":
        actor1 = security[0] if security else _POLICE
        rest = [n for n in ordered if n != actor1]
        return actor1, None, rest[0] if rest else None
    if cand.event_type in _ATTACKS or cand.sub_event_type == "Disrupted weapons use":
        actor1 = _attacker(cand)
        found = any(r.startswith("trigger(disrupted") for r in cand.rules)
        if cand.sub_event_type == "Disrupted weapons use" and found:
            actor1 = security[0] if security else _POLICE  # weapons found or defused: the forces that found them
        rest = [n for n in ordered if n != actor1]
        return actor1, None, rest[0] if rest else None
    if not ordered:
        return None, None, None
    return ordered[0], None, ordered[1] if len(ordered) > 1 else None
