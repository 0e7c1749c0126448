"""Actors named in report text, from a curated, data-driven list (``data/actors.json``).

Each actor has an ACLED-style name, a role (protesters, security, armed, political, government,
civilians), aliases in English and Arabic, and optionally the gazetteer landmark that is its own
premises (the US Embassy). Aliases match through :func:`geoincidents.gazetteer.names.normalize_name`, so case,
hyphens, the article and Arabic letter variants do not matter. Users can load their own list.
"""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geoincidents._paths import data_path
from geoincidents.extraction._phrases import PhraseIndex, Token, tokenize

__all__ = ["ROLES", "Actor", "ActorMention", "find_actors", "load_actors"]

ROLES: tuple[str, ...] = ("protesters", "security", "armed", "political", "government", "civilians")


@dataclass(frozen=True)
class Actor:
    """One actor of the list: ACLED-style ``name``, ``role``, aliases and own landmark (or None)."""

    name: str
    role: str
    aliases: tuple[str, ...]
    landmark_id: str | None = None


@dataclass(frozen=True)
class ActorMention:
    """An actor found in a text, with the character span of the words that named it.

    ``agency`` is what the sentence says the actor did (set by ``rules.actors.parties``): ``"agent"`` when it
    carried the event out ("Kataib Hezbollah fired", "claimed by"), ``"target"`` when the event was aimed at
    it ("a strike on a headquarters of"), ``""`` when the sentence does not say.
    """

    actor: Actor
    start: int
    end: int
    agency: str = ""


def _parse(doc: object, source: str) -> tuple[Actor, ...]:
    if not isinstance(doc, dict) or not isinstance(doc.get("actors"), list):
        raise ValueError(f"{source}: expected an object with an 'actors' list")
    actors: list[Actor] = []
    for i, item in enumerate(doc["actors"]):
        where = f"{source}: actor {i}"
        if not isinstance(item, dict):
            raise ValueError(f"{where}: not an object")
        name, role, aliases = item.get("name"), item.get("role"), item.get("aliases", [])
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"{where}: field name must be a non-empty string")
        if role not in ROLES:
            raise ValueError(f"{where} ({name}): field role {role!r} is not one of {', '.join(ROLES)}")
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ValueError(f"{where} ({name}): field aliases must be a list of strings")
        landmark = item.get("landmark_id")
        if landmark is not None and not isinstance(landmark, str):
            raise ValueError(f"{where} ({name}): field landmark_id must be a string or null")
        actors.append(Actor(name, role, tuple(aliases), landmark))
    return tuple(actors)


@lru_cache(maxsize=8)
def _load_cached(path_str: str, mtime_ns: int) -> tuple[tuple[Actor, ...], PhraseIndex[Actor]]:
    path = Path(path_str)
    with path.open(encoding="utf-8") as fh:
        try:
            doc = json.load(fh)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not valid JSON ({exc})") from exc
    actors = _parse(doc, str(path))
    index: PhraseIndex[Actor] = PhraseIndex()
    for actor in actors:
        for alias in (actor.name, *actor.aliases):
            index.add(alias, actor)
    return actors, index


@lru_cache(maxsize=1)
def _bundled() -> Path:
    return data_path("actors.json").resolve()


def _resolve(path: str | Path | None) -> tuple[Path, int]:
    """The actor list's file and its modification time (one ``stat``: edits are seen, calls stay cheap)."""
    resolved = _bundled() if path is None else Path(path).resolve()
    try:
        info = resolved.stat()
    except OSError:
        info = None
    if info is None or not stat.S_ISREG(info.st_mode):
        raise FileNotFoundError(f"actor list not found: {resolved}")
    return resolved, info.st_mtime_ns


def load_actors(path: str | Path | None = None) -> tuple[Actor, ...]:
    """Load an actor list (JSON, see ``data/actors.json``); ``None`` loads the bundled Iraqi list.

    Raises
    ------
    FileNotFoundError
        When the file does not exist.
    ValueError
        When the file breaks the schema; the message names the actor and field.
    """
    resolved, mtime = _resolve(path)
    return _load_cached(str(resolved), mtime)[0]


def _index(path: str | Path | None) -> PhraseIndex[Actor]:
    resolved, mtime = _resolve(path)
    return _load_cached(str(resolved), mtime)[1]


def find_actors(
    text: str, *, tokens: list[Token] | None = None, actors: str | Path | None = None
) -> list[ActorMention]:
    """Return the actors named in ``text``, in order of appearance.

    Parameters
    ----------
    text
        Report text (English or Arabic).
    tokens
        The text's tokens when the caller has them already (from the same text).
    actors
        An actor-list file; ``None`` uses the bundled one.

    Examples
    --------
    >>> [m.actor.name for m in find_actors("Supporters of al-Hashd al-Shaabi and the US Embassy")]
    ['Popular Mobilization Forces', 'Government of the United States (US Embassy in Baghdad)']
    """
    toks = tokenize(text) if tokens is None else tokens
    out: list[ActorMention] = []
    for match in _index(actors).find(toks):
        out.append(ActorMention(match.payloads[0], match.start, match.end))
    return out
