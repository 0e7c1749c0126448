"""The parties of an event and their ACLED roles (rules ``actors.*``).

An actor named as the source of the news ("police said", "according to the army", "وقالت الشرطة") is
not a party to the event (``actors.source_not_party``). Of the parties, ACLED's actor1 is the one who
acts: protesters or rioters for a protest or riot (the political movement behind them as
``assoc_actor_1``, the security forces that intervened as ``actor2``); the armed group (or an
unidentified one) for an attack; the security forces for arrests.
"""

from __future__ import annotations

import re

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
_SAYS_BEFORE = re.compile(
    r"(?:according\s+to(?:\s+the)?|sources?\s+(?:in|at|from)(?:\s+the)?|(?:و)?(?:قال|قالت|أعلن|أعلنت|ذكر|ذكرت|أفاد|أفادت|"
    r"بحسب|حسب|وفق|وفقا\s+ل|أكد|أكدت)\S*)\s*$",
    re.IGNORECASE,
)
_PROTEST_FAMILY = ("Protests", "Riots")


def parties(text: str, mentions: list[ActorMention]) -> tuple[list[ActorMention], bool]:
    """The actors of a sentence that take part in it, and whether a cited source was left out."""
    kept = [
        m
        for m in mentions
        if not _SAYS_AFTER.match(text, m.end, m.end + _LOOK_AHEAD)
        and not _SAYS_BEFORE.search(text[max(0, m.start - 25) : m.start])
    ]
    return kept, len(kept) < len(mentions)


def actors_for(cand: Candidate) -> tuple[str | None, str | None, str | None]:
    """ACLED actor1 / assoc_actor_1 / actor2 from the clause's actors and the event type."""
    by_role: dict[str, list[str]] = {}
    for mention in cand.actors:
        names = by_role.setdefault(mention.actor.role, [])
        if mention.actor.name not in names:
            names.append(mention.actor.name)
    political = by_role.get("political", []) + by_role.get("armed", [])
    security = by_role.get("security", [])
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
        actor1 = security[0] if security else "Police Forces of Iraq"
        rest = [n for n in ordered if n != actor1]
        return actor1, None, rest[0] if rest else None
    if cand.event_type in ("Explosions/Remote violence", "Violence against civilians"):
        armed = by_role.get("armed", [])
        actor1 = armed[0] if armed else "Unidentified Armed Group (Iraq)"
        rest = [n for n in ordered if n != actor1]
        return actor1, None, rest[0] if rest else None
    if not ordered:
        return None, None, None
    return ordered[0], None, ordered[1] if len(ordered) > 1 else None
