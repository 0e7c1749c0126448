"""Which event a casualty count belongs to (rules ``casualties.*``).

:func:`geoincidents.extraction.events.find_casualties` reads the counts of a sentence; these rules give
each to an event: a count stated in an event's clause is that event's (``casualties.clause``); a count of
the sentence outside any event clause goes to the sentence's first event (``casualties.sentence``); a count
stated in a sentence with no event words goes to the nearest event at most two sentences before it (or
after), of the same day, preferring one that can have victims (``casualties.nearby``). Counts of
background, recalled, ongoing or cumulative passages belong to no event of the day. Deaths at a protest
where security forces are named make it excessive force (``casualties.excessive_force``, ACLED).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from geoincidents.extraction._phrases import holds_any
from geoincidents.extraction.actors import ActorMention
from geoincidents.extraction.events import Casualties
from geoincidents.extraction.rules import rule
from geoincidents.extraction.rules.candidate import CROWD_HARMED, Candidate, inside_any, within
from geoincidents.extraction.rules.segment import opens_apart

__all__ = [
    "LooseCounts",
    "clause_counts",
    "excessive_force",
    "hand_over",
    "of_whole_attack",
    "other_one_counts",
    "sentence_counts",
    "shared_nones",
    "summary_of_part",
    "told_elsewhere",
    "whole_attack",
]

_NEAR_SENTENCES = 2  # a loose count goes to an event at most this many sentences away
# a later toll ("the death toll had risen to five") revises an event told at most this many sentences before it
# (far beyond any report's length; the bound keeps a text of many tolls and many events linear)
_REVISION_REACH = 60
# a count whose nearest passages only name a protest's participants goes to the event of their day told at most this
# many sentences before it
_STORY_REACH = 8
_SALVO_REACH = 3  # a count of none goes to each part of a salvo told at most this many sentences before it


def _give(cand: Candidate, count: Casualties, rule_id: str) -> None:
    if count.update or count.one_more:
        _revise(cand, count)
    else:
        taken = cand.count(count)
        if count.total:
            cand.total = True  # (handed over with it: casualties.day_total)
        if count.initial and rule("casualties.initial") not in cand.rules:
            cand.rules.append(rule("casualties.initial"))  # taken until another count comes, or outranked by one
        if not taken:
            return
        if count.also and rule("casualties.also") not in cand.rules:
            cand.rules.append(rule("casualties.also"))  # another group besides: added to the event's count
    entry = rule(rule_id)
    if entry not in cand.rules:
        cand.rules.append(entry)


def _revise(cand: Candidate, count: Casualties) -> None:
    """A later toll replaces the event's count of its kind (``casualties.update``); "a second died" adds one."""
    for attr in ("fatalities", "injuries"):
        value = getattr(count, attr)
        if value is None:
            continue
        mine = getattr(cand, attr)
        setattr(cand, attr, value if count.update or mine is None else mine + value)
        cand.initial.discard(attr)
        cand.vague.discard(attr)
        cand.also.discard(attr)
        cand.sources.pop(attr, None)
    entry = rule("casualties.update" if count.update else "casualties.one_more")
    if entry not in cand.rules:
        cand.rules.append(entry)


_VICTIM_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians", "Battles", "Protests", "Riots"})


def hand_over(cand: Candidate, events: Sequence[Candidate]) -> None:
    """The counts of a passage dropped as detail ("Six members of his protection detail were wounded in the
    blast", no place and no date of its own) go to the located event of its day told at most two sentences
    before it that can have victims (``casualties.nearby``): the passage tells that event's toll. An attack brought
    down can have victims too ("The sources said the drone was brought down by the base's defence system. No
    casualties were reported."), as for a loose count.
    """
    if cand.fatalities is None and cand.injuries is None:
        return
    if cand.total and len(_day_places(events, cand.day, Casualties(0, 0, cand.fatalities, cand.injuries))) > 1:
        return  # "The two attacks wounded five people": the sum of events at several places (casualties.day_total)
    near = [
        e
        for e in events
        if e is not cand
        and e.landmark is not None
        and e.day == cand.day
        and (e.event_type in _VICTIM_TYPES or e.sub_event_type == "Disrupted weapons use")
        and 0 <= cand.sentence_index - e.sentence_index <= _NEAR_SENTENCES
    ]
    if near:
        target = max(near, key=lambda e: e.sentence_index)
        _give(target, Casualties(*cand.sentence, cand.fatalities, cand.injuries), "casualties.nearby")


# The phrase after a count, up to the first clause break: "one demonstrator was killed in clashes with police in
# Nasiriyah, officials said", "وقتل متظاهر في اشتباكات مع الشرطة في الناصرية".
_COUNT_PHRASE_END = re.compile(r"[,;:.،؛]|\s(?:and|while|whereas|but|as)\s|\s(?:فيما|بينما|في\s+حين)\s")
_COUNT_PHRASE_REACH = 80


def told_elsewhere(text: str, count: Casualties, elsewhere: list[tuple[int, int]], place_starts: list[int]) -> bool:
    """Whether the phrase right after ``count`` places its harm in another city ("... protested in Baghdad and
    several southern cities, and one demonstrator was killed in clashes with police in Nasiriyah"): that city's toll,
    not the toll of the sentence's event in the city (rule ``place.elsewhere``). A place of the city named
    between the count and the other city keeps it ("killed in Tahrir Square, as in Basra").
    """
    if _opened_elsewhere(text, count, elsewhere, place_starts):
        return True
    stop = count.end + _COUNT_PHRASE_REACH
    brk = _COUNT_PHRASE_END.search(text, count.end, stop)
    stop = brk.start() if brk else stop
    i = bisect_left(elsewhere, (count.end, count.end))
    if i >= len(elsewhere) or elsewhere[i][0] >= stop:
        return False
    city = elsewhere[i][0]
    return not any(count.end <= p < city for p in place_starts)


# Where the clause of a count opens, before it: a clause break ("،", ",", "while", "فيما", "و" opening a clause).
_COUNT_PHRASE_START = re.compile(
    r"[,;:.،؛]|\b(?:and|while|whereas|but)\s|(?<![\u0621-\u064a])(?:فيما|بينما|في\s+حين|وفي)\s"
)


def _opened_elsewhere(text: str, count: Casualties, elsewhere: list[tuple[int, int]], place_starts: list[int]) -> bool:
    """Whether the clause of ``count`` opens in another city, before the count ("..., وفي ديالى قتل ثلاثة جنود بهجوم
    مماثل", "killing two, while in Basra a similar blast killed five"): that city's toll (rule ``place.elsewhere``).
    A place of the city named between the other city and the count keeps it."""
    lo = max(0, count.start - _COUNT_PHRASE_REACH)
    begin = lo
    for brk in _COUNT_PHRASE_START.finditer(text, lo, count.start):
        begin = brk.start()
    i = bisect_left(elsewhere, (begin, begin))
    if i >= len(elsewhere) or elsewhere[i][0] >= count.start:
        return False
    opens = _IN_OPEN.match(text, elsewhere[i][0]) is not None  # (the span may hold its preposition: "وفي ديالى")
    if not opens and _IN_BEFORE.search(text, max(0, elsewhere[i][0] - 12), elsewhere[i][0]) is None:
        return False  # (a dateline's city, "ERBIL, Kurdistan Region - Gunmen ... shot dead", is where it was filed)
    city = elsewhere[i][1]
    return not any(city <= p < count.start for p in place_starts)


# The other city told as where, right before its name: "in Basra", "وفي ديالى", "بمحافظة ديالى".
_IN_OPEN = re.compile(r"(?:in|at)\s|و?في\s|و?ب(?:محافظة|مدينة)")
_IN_BEFORE = re.compile(r"(?:\b(?:in|at)\s+(?:the\s+)?|(?<![\u0621-\u064a])(?:و?في\s+|و?ب)(?:محافظة\s+|مدينة\s+)?)$")


def clause_counts(cand: Candidate, counts: list[Casualties], clause: tuple[int, int]) -> None:
    """Give the counts stated inside ``clause`` to its event."""
    for count in within(counts, *clause):
        _give(cand, count, "casualties.clause")


def shared_nones(cand: Candidate, nones: list[Casualties]) -> None:
    """Give the counts of none of a sentence whose count of harm is shared by its places ("إصابة 23 متظاهراً ... في
    ساحة الخلاني ومحيط جسر السنك، مؤكدة أنه لم تسجل أي حالة وفاة") to each of its events (``casualties.shared_places``):
    the none is said of every place the sentence told."""
    for count in nones:
        _give(cand, count, "casualties.shared_places")


def excessive_force(made: list[Candidate], actors: list[ActorMention]) -> None:
    """Lethal force by the state against a crowd (ACLED: excessive force against protesters).

    An attack on civilians carried out by the security forces on protesters ("Troops shot dead two protesters",
    "قتلت القوات الأمنية متظاهرين") is that force too, not violence against civilians: the state's agents acted.
    """
    if not any(m.actor.role == "security" for m in actors):
        return
    state_on_crowd = any(m.actor.role == "security" and m.agency == "agent" for m in actors) and any(
        m.actor.role == "protesters" and m.agency != "agent" for m in actors
    )
    for cand in made:
        if state_on_crowd and cand.event_type == "Violence against civilians" and cand.sub_event_type == "Attack":
            cand.event_type = "Protests"
            cand.sub_event_type = "Excessive force against protesters"
            cand.rules.append(rule("casualties.excessive_force"))
            continue
        if cand.event_type == "Protests" and cand.fatalities:
            if cand.sub_event_type != "Excessive force against protesters":
                cand.rules.append(rule("casualties.excessive_force"))
            cand.sub_event_type = "Excessive force against protesters"


def sentence_counts(first: Candidate, counts: list[Casualties], event_clauses: list[tuple[int, int]]) -> None:
    """Give the counts of a sentence stated outside every event clause to its first event.

    A count told of "the other one" ("while the second wounded two", "فيما تسبب الثاني بإصابة") is not the
    first event's: it is left out.
    """
    for count in counts:
        if not inside_any(event_clauses, count.start) and not count.of_another:
            _give(first, count, "casualties.sentence")


def other_one_counts(
    events: Sequence[Candidate],
    counts: list[Casualties],
    clauses: list[tuple[tuple[int, int], list[str]]],
    day: date | None,
) -> None:
    """Give the count of "the other one" told in a clause with no event words of its own to the event at the place that
    clause names ("وقد سقط أحدهما في أرض فارغة، فيما سقط الآخر قرب سياج القصر الحكومي، ما أدى إلى إصابة أحد عناصر
    الحماية": the guard is hurt at the palace, where the report's rocket attack is), rule ``casualties.named_place``.

    ``clauses``: each clause of the sentence with no event words and the landmarks it names; ``events``: those told so
    far, the latest of a named place and of the day (when the sentence names one) taking the count.
    """
    for count in counts:
        if not count.of_another:
            continue
        named = next((ids for (a, b), ids in clauses if a <= count.start < b), None)
        if not named:
            continue
        target = None
        for cand in events:
            if (
                cand.landmark is not None
                and cand.landmark.landmark_id in named
                and (day is None or cand.day == day)
                and (cand.event_type in _VICTIM_TYPES or cand.sub_event_type == "Disrupted weapons use")
            ):
                target = cand
        if target is not None:
            _give(target, replace(count, of_another=False), "casualties.named_place")


def _only_event(candidates: list[Candidate]) -> int | None:
    """The index of the first located candidate, when every candidate that can have victims is of one day and one
    place (the report tells one event), else None."""
    victims = [
        i
        for i, c in enumerate(candidates)
        if not (c.event_type == "Strategic developments" and c.sub_event_type != "Disrupted weapons use")
    ]
    located = [i for i in victims if candidates[i].landmark is not None]
    days = {candidates[i].day for i in victims}
    places = {candidates[i].landmark for i in located}
    return located[0] if located and len(days) == 1 and len(places) == 1 else None


def _unless_none(cand: Candidate, count: Casualties) -> Casualties:
    """A loose count without the kinds its event was told to have none of ("ولم تسجل أي إصابات" in its sentence).

    A later toll or one more who died is a revision, and is kept whole.
    """
    if count.update or count.one_more:
        return count
    dead = None if cand.fatalities == 0 else count.fatalities
    hurt = None if cand.injuries == 0 else count.injuries
    if (dead, hurt) == (count.fatalities, count.injuries):
        return count
    return replace(count, fatalities=dead, injuries=hurt)


def _revised(
    candidates: list[Candidate], order: list[int], keys: list[int], here: int, count: Casualties
) -> int | None:
    """The event a later toll of sentence ``here`` revises: the nearest that already has a count of its kind.

    "By Tuesday morning, the death toll had climbed to three" revises the toll of the attack that killed two, not
    that of the march told just before it with no dead: a revision presupposes the figure it revises. The nearest
    such event before the toll (at most ``_REVISION_REACH`` sentences back), else just after it (within two
    sentences); None when no event has one.
    """
    kinds = [k for k in ("fatalities", "injuries") if getattr(count, k) is not None]
    best: tuple[int, int] | None = None
    # ``order``: the candidates' positions by sentence, ``keys`` their sentences; only those within reach are looked at
    for j in range(bisect_left(keys, here - _REVISION_REACH), len(order)):
        i = order[j]
        cand = candidates[i]
        distance = here - cand.sentence_index
        if distance < -_NEAR_SENTENCES:
            break
        if cand.event_type not in _VICTIM_TYPES:
            continue
        if not any(getattr(cand, k) for k in kinds):  # (a count of none, "no one was hurt", is no figure to revise)
            continue
        rank = (distance if distance >= 0 else 1000 - distance, i)
        best = rank if best is None or rank < best else best
    return None if best is None else best[1]


# A count of none said of every place the report told ("No deaths were reported at either site", "no one was hurt in
# any of the three protests"): none at each.
_EVERY_SITE = re.compile(
    r"[^.;:!?\n]{0,40}?\b(?:at|in|on|from)\s+(?:either|both|each|all|any)\s+(?:of\s+(?:the|these|those)\s+(?:\w+\s+)?)?"
    r"(?:sites?|places?|locations?|scenes?|bridges?|squares?|gates?|protests?|rallies|demonstrations?|incidents?|"
    r"attacks?|strikes?|blasts?|days?|nights?)\b",
    re.IGNORECASE,
)
_EVERY_HINTS = ("either", "both", "each", "all", "any")


_EVERY_DAY = re.compile(
    r"[^.;:!?\n]{0,40}?\b(?:on|in)\s+(?:either|both|each|all|any)\s+(?:of\s+the\s+)?(?:two\s+)?(?:days?|nights?)\b",
    re.IGNORECASE,
)


def _every_day(text: str, count: Casualties) -> bool:
    """Whether a count of none said of every place is said of every day ("on either day", "on both days")."""
    return _EVERY_DAY.match(text, count.end, count.end + 100) is not None


def _every_site(text: str, count: Casualties) -> bool:
    """Whether ``count`` is a count of none that the words after it say of every place told."""
    if count.fatalities or count.injuries or count.update or count.one_more:
        return False
    after = text[count.end : count.end + 100]
    return holds_any(after.lower(), _EVERY_HINTS) and _EVERY_SITE.match(after) is not None


# A toll told as that of an event named by its kind ("revises its toll for Monday's fighting to 15 dead", "the toll
# from Tuesday's blast", "the death toll of the clashes"): the event types the noun names.
_NAMED_TOLL = re.compile(
    r"\b(?:toll|casualties|dead|wounded)\s+(?:(?:of|from|for|in)\s+)(?:the\s+|this\s+|that\s+|[A-Z][a-z]+['’]s\s+)"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>fighting|clashes|gunfire|gun\s+battles?|firefights?|battles?|exchanges\s+of\s+fire"
    r"|blasts?|explosions?|bombings?|rocket\s+attacks?|rockets|shelling|strikes?|drone\s+attacks?|protests?"
    r"|demonstrations?|rall(?:y|ies)|marches|riots?|unrest)\b",
)
_NAMED_KINDS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"fighting", "gunfire", "battle", "battles", "firefight", "firefights", "fire"}),
     frozenset({"Battles"})),
    (frozenset({"clashes"}), frozenset({"Battles", "Riots", "Protests"})),
    (frozenset({"protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "marches", "riot",
                "riots", "unrest"}), frozenset({"Riots", "Protests"})),
)  # fmt: skip
_NAMED_HINTS = ("toll", "casualties", "dead", "wounded")


def named_toll(text: str, count_start: int) -> frozenset[str]:
    """The event types a toll names as its event in its sentence before the count ("revises its toll for Monday's
    fighting to 15 dead": battles), or an empty set (rule ``casualties.named_event``)."""
    window = text[max(0, count_start - 80) : count_start]
    if not holds_any(window.lower(), _NAMED_HINTS):
        return frozenset()
    found = _NAMED_TOLL.search(window)
    if found is None:
        return frozenset()
    noun = found.group("noun").split()[-1]  # "gun battles": battles; "exchanges of fire": fire
    for nouns, kinds in _NAMED_KINDS:
        if noun in nouns:
            return kinds
    return frozenset({"Explosions/Remote violence"})


def _none(count: Casualties) -> bool:
    """A count of none ("There were no casualties"), not a revision."""
    return not (count.fatalities or count.injuries or count.update or count.one_more)


def _salvo(candidates: list[Candidate], host: Candidate) -> list[Candidate]:
    """The pieces of one salvo counted out in the host's sentence (``segment.distributive``: an interception and the
    munition that landed, or munitions at two places), the host among them; ``[host]`` when it is no such piece.
    ``candidates`` are those of the host's sentence (or more)."""
    if host.event_type != "Explosions/Remote violence" and host.sub_event_type != "Disrupted weapons use":
        return [host]
    pieces = [
        c
        for c in candidates
        if c.sentence_index == host.sentence_index
        and c.day == host.day
        and (c.event_type == "Explosions/Remote violence" or c.sub_event_type == "Disrupted weapons use")
    ]
    if any(rule("segment.distributive") in c.rules for c in pieces):
        return pieces
    # an interception and a landing told in one sentence ("the C-RAM intercepted a rocket over the embassy, while two
    # others fell in Mansour"): the parts of one salvo too, at places of their own
    brought_down = [c for c in pieces if c.sub_event_type == "Disrupted weapons use"]
    if brought_down and len(brought_down) < len(pieces) and len({_landmark_id(c) for c in pieces}) > 1:
        return pieces
    return [host]


def _landmark_id(cand: Candidate) -> str | None:
    return cand.landmark.landmark_id if cand.landmark is not None else None


def _salvo_landings(candidates: list[Candidate], host: Candidate) -> list[Candidate] | None:
    """The parts of the host's salvo that landed (not brought down), when the host is part of a salvo (``_salvo``)."""
    salvo = _salvo(candidates, host)
    if len(salvo) < 2:
        return None
    return [c for c in salvo if c.sub_event_type != "Disrupted weapons use"]


# The weapon a count's harm is told by, right after it: the passive's agent or the cause ("No one was hurt by the
# mortar round", "two were wounded in the rocket attack", "killed by the drone"): which attack the count is of.
_BY_WEAPON = re.compile(
    # (the verb of a count of none between: "No casualties were reported from the rocket attack")
    r"(?:\s+(?:were|was)\s+(?:reported|recorded|caused|registered))?"
    r"\s+(?:by|in|from)\s+(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}?(?P<weapon>mortars?|rockets?|katyushas?|drones?|"
    r"missiles?|shells?|bombs?|grenades?)\b",
    re.IGNORECASE,
)
_SAME_WEAPON = {"katyusha": "rocket"}
_BY_WEAPON_HINTS = (" by ", " in ", " from ")


def _weapon(word: str) -> str:
    stem = word.lower().rstrip("s")
    return _SAME_WEAPON.get(stem, stem)


def _by_weapon(text: str, count: Casualties) -> str | None:
    """The weapon the words right after ``count`` say its harm was done by ("by the mortar round"), or None."""
    if not text:
        return None
    after = text[count.end : count.end + 60]
    if not holds_any(after.lower(), _BY_WEAPON_HINTS):
        return None
    match = _BY_WEAPON.match(after)
    return _weapon(match.group("weapon")) if match else None


def _trigger_weapon(cand: Candidate) -> str | None:
    """The weapon an explosion's event words name (``trigger(explosion:mortar)``), or None."""
    if cand.event_type != "Explosions/Remote violence" or not cand.rules:
        return None
    match = _BY_WEAPON.match(" by the " + cand.rules[0].partition(":")[2].rstrip(")"))
    return _weapon(match.group("weapon")) if match else None


# A count of none whose clause names the whole attack as the one that harmed no one ("the attack caused no casualties",
# "none of the rockets hurt anyone", "مؤكداً أن الهجوم لم يسفر عن خسائر بشرية"): a definite noun of the whole, not one
# of its munitions ("One rocket struck a cafeteria, causing no casualties" is that rocket's).
_WHOLE_ATTACK = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Nn]one\s+of\s+the|[Aa]ny\s+of\s+the|[A-Z][a-z]+['’]s)\s+(?:(?:rocket|drone|mortar|missile)\s+)?"
    r"(?:attacks?|salvo|barrage|bombardment|rockets|missiles|projectiles|shells)\b(?!\s+(?:that|which|of)\b)"
    r"|(?<![\u0621-\u064a])[وف]?(?:ال)(?:هجوم|هجمات|قصف|استهداف|صواريخ|قذائف|ضربة)(?![\u0621-\u064a])(?!\s+(?:الذي|التي))",
)
_WHOLE_HINTS = ("attack", "salvo", "barrage", "bombardment", "rockets", "missiles", "projectiles", "shells", "هجوم",
                "هجمات", "قصف", "استهداف", "صواريخ", "قذائف", "ضربة")  # fmt: skip
_WHOLE_REACH = 70  # the noun of the whole at most this many characters before the count, in its sentence


def of_whole_attack(text: str, start: int, count: Casualties) -> bool:
    """Whether ``count`` is a count of none said of the whole attack (rule ``casualties.whole_attack``).

    ``start`` is where its sentence begins.
    """
    if not _none(count) or count.of_another:
        return False
    begin = max(start, count.start - _WHOLE_REACH)
    window = text[begin : count.start]
    if not holds_any(window.lower(), _WHOLE_HINTS):
        return False
    return _WHOLE_ATTACK.search(text, begin, count.start) is not None


# The parts one salvo is told in: munitions fired from afar that landed or were brought down (a bomb planted is no part
# of a rocket attack told beside it).
_SALVO_SUBS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike", "Disrupted weapons use"})


def whole_attack(candidates: list[Candidate], wholes: list[tuple[int, Casualties]]) -> None:
    """Give a count of none said of the whole attack to every part of it told within reach before it.

    "Three rockets were intercepted near the embassy. Two more fell near the monument. The attack caused no
    casualties.": none at both places; the parts are the shellings, strikes and attacks brought down of the day of the
    nearest event at most two sentences before the count (or in its sentence), told up to eight sentences before it
    (``casualties.whole_attack``).
    """
    for here, count in wholes:
        parts = [
            c for c in candidates if 0 <= here - c.sentence_index <= _NEAR_SENTENCES and c.sub_event_type in _SALVO_SUBS
        ]
        if not parts:
            continue
        day = max(parts, key=lambda c: c.sentence_index).day
        # the whole attack of that day, however many entries a live page told it in before ("04:40 - ... تصدت لثلاثة
        # صواريخ ... فيما سقط صاروخان آخران قرب فندق الرشيد. 05:05 ... 05:30 ... 06:10 - الهجوم لم يسفر عن خسائر بشرية")
        parts = [
            c
            for c in candidates
            if 0 <= here - c.sentence_index <= _STORY_REACH and c.sub_event_type in _SALVO_SUBS and c.day == day
        ]
        if len(parts) < 2:
            continue
        for cand in parts:
            if cand.day == day:
                _give(cand, _unless_none(cand, count), "casualties.whole_attack")


def summary_of_part(events: list[Candidate]) -> None:
    """Leave out of a salvo's summary the toll one part of it tells again as its own.

    "A barrage of rockets was fired at the Green Zone, killing a girl and wounding five civilians in a nearby
    neighbourhood. ... Another rocket struck a house in al-Qadisiya, killing a girl and wounding five other people.":
    the girl and the five are the house's; the zone, told first with the same toll, keeps none of it (none where its own
    words said so: "there were no casualties inside the zone"). Two parts of one day's salvo (shellings, strikes,
    attacks brought down) at two places with the same counts, some not none, or the same count of a kind the earlier's
    own words told none of: the earlier told is the summary (``casualties.summary_of_part``).
    """
    parts = [e for e in events if e.sub_event_type in _SALVO_SUBS and e.landmark is not None]
    if len(parts) < 2:
        return
    for summary in parts:
        counts = (summary.fatalities, summary.injuries)
        if not any(counts):
            continue
        later = [
            other
            for other in parts
            if other is not summary
            and other.day == summary.day
            and other.landmark is not None
            and other.landmark.landmark_id != summary.landmark.landmark_id  # type: ignore[union-attr]
            and other.sentence_index > summary.sentence_index
        ]
        # the same toll whole, or one kind of it where the summary's own words told none of that kind ("no casualties
        # inside the zone")
        whole = any((o.fatalities, o.injuries) == counts for o in later)
        kinds = [
            attr
            for attr in ("fatalities", "injuries")
            if getattr(summary, attr)
            and (whole or (attr in summary.nones and any(getattr(o, attr) == getattr(summary, attr) for o in later)))
        ]
        for attr in kinds:
            setattr(summary, attr, 0 if attr in summary.nones else None)
        if kinds:
            summary.rules.append(rule("casualties.summary_of_part"))


# Events that harm people: force or violence on a crowd, attacks, fighting (a peaceful gathering does not).
_HARMFUL_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians", "Battles", "Riots"})


def _harmful(cand: Candidate) -> bool:
    return cand.event_type in _HARMFUL_TYPES or cand.sub_event_type in CROWD_HARMED


def _harmful_instead(
    candidates: list[Candidate], told: int, rank: int, counting: list[int], day: date | None
) -> int | None:
    """The event a toll goes to instead of the peaceful gathering ``told`` it was near: the nearest located event
    within reach (by rank, before the toll first) of the gathering's day where force or violence was used; None when
    ``told`` is no peaceful gathering or there is none such (a toll of a peaceful gathering stays its own)."""
    gathering = candidates[told]
    if gathering.sub_event_type != "Peaceful protest":
        return None
    best: tuple[int, int] | None = None
    for i, c in enumerate(candidates):
        if c.landmark is None or c.mention_only or not _harmful(c) or c.day != gathering.day:
            continue
        if day is not None and c.day != day:
            continue
        distance = rank - (c.sentence_index - bisect_left(counting, c.sentence_index))
        if distance <= 0 and c.sentence_index > gathering.sentence_index:
            continue  # (an event told after the toll is another story's)
        if abs(distance) > _NEAR_SENTENCES:
            continue
        cost = (abs(distance) + (0 if distance > 0 else 3), i)
        best = cost if best is None or cost < best else best
    return None if best is None else best[1]


def _story_event(candidates: list[Candidate], here: int, day: date | None, eventful: list[int]) -> int | None:
    """The located event told last before sentence ``here``, at most ``_STORY_REACH`` sentences back, that can have
    victims (not a mention, not an alert), of ``day`` when the count's sentence names one, with no sentence of event
    words between them (``eventful``: a background passage, another event dropped); None when there is none."""
    best: int | None = None
    for i, c in enumerate(candidates):
        if not 0 < here - c.sentence_index <= _STORY_REACH or c.landmark is None or c.mention_only:
            continue
        if c.event_type not in _VICTIM_TYPES or (day is not None and c.day != day):
            continue
        if best is None or c.sentence_index >= candidates[best].sentence_index:
            best = i
    if best is None:
        return None
    told = candidates[best].sentence_index
    k = bisect_left(eventful, told + 1)
    return best if k >= len(eventful) or eventful[k] >= here else None


def _day_places(candidates: Sequence[Candidate], day: date | None, count: Casualties) -> set[str]:
    """The places of the located events of ``day`` that can have victims (not mentions) of the kinds ``count`` tells:
    not those told to have none of them ("فيما سقط صاروخ ... دون وقوع إصابات بشرية": the day's wounded are not its)."""
    kinds = [k for k in ("fatalities", "injuries") if getattr(count, k)]
    return {
        c.landmark.landmark_id
        for c in candidates
        if c.landmark is not None
        and not c.mention_only
        and c.event_type in _VICTIM_TYPES
        and c.day == day
        and not all(getattr(c, k) == 0 for k in kinds)
    }


def _shared_places(
    candidates: list[Candidate], named: frozenset[str], day: date | None, told_day: date | None
) -> list[Candidate]:
    """The events, one per place, at the places a count's sentence names (of its day, or of the nearest event's):
    more than one when the count is said of several places together."""
    by_place: dict[str, Candidate] = {}
    for c in candidates:
        if c.landmark is None or c.mention_only:
            continue
        if c.landmark.landmark_id not in named and c.landmark.related_id not in named:
            continue  # (an end of a bridge named is at the bridge)
        if c.event_type not in _VICTIM_TYPES or c.day != (day if day is not None else told_day):
            continue
        # (keyed by the place named: the bridge and an end of it are one)
        key = c.landmark.landmark_id if c.landmark.landmark_id in named else str(c.landmark.related_id)
        by_place.setdefault(key, c)
    return list(by_place.values())


class LooseCounts:
    """Counts stated in sentences with no event words, given to a nearby event once all are known."""

    def __init__(self) -> None:
        self._items: list[tuple[int, Casualties, date | None]] = []
        self._every: set[int] = set()  # ids of counts of none said of every place ("at either site")
        self._weapon: dict[int, str] = {}  # id of a count -> the weapon its harm is told by ("by the mortar round")
        self._every_day: set[int] = set()  # ids of those said of every day told ("No one was killed on either day")
        self._named: dict[int, frozenset[str]] = {}  # sentence -> event types its toll names ("Monday's fighting")
        self._places: dict[int, frozenset[str]] = {}  # sentence -> the landmarks it names (``casualties.named_place``)
        self._talk: set[int] = set()  # sentences that speak of the toll with no count ("Accounts ... differed.")
        self._text = ""  # the report's text (where an event told after a count is read for "In a separate ...")
        self._eventful: list[int] = []  # sentences with event words, in order (``casualties.far``)
        self._far: set[int] = set()  # ids of counts given to the story's event beyond reach (``casualties.far``)
        self._force: set[int] = set()  # ids of counts given where force was used (``casualties.harm_where_force``)

    def eventful(self, sentence_index: int) -> None:
        """Note a sentence with event words (kept as an event or dropped as background, another city's, a statement):
        a toll told after it does not reach past it to an earlier event (``casualties.far``)."""
        self._eventful.append(sentence_index)

    def talk(self, sentence_index: int) -> None:
        """Note a sentence that speaks of the toll with no count and no event words: it continues the toll's story, and
        is not counted in the distance from a count to its event, like a sentence of counts."""
        self._talk.add(sentence_index)

    def add(
        self,
        sentence_index: int,
        counts: list[Casualties],
        day: date | None,
        text: str = "",
        places: frozenset[str] = frozenset(),
        coarse: bool = False,
    ) -> None:
        """Keep the counts of sentence ``sentence_index`` (``day``: its own date, None when it names none).

        ``text`` is the report's text, where a count of none is read for "at either site" (``casualties.every_site``);
        ``places`` the landmarks the sentence names (not the city or a district: no place of one event). ``coarse``:
        the sentence's own date is a month or wider ("No one was hurt in the attack, the third on the embassy this
        month"): no day of an event, so its counts of none go to the nearest event whatever its day (a number keeps
        the month's day: it may be the month's tally).
        """
        if places and counts:
            self._places[sentence_index] = places
        if text:
            self._text = text
        # A later toll ("by Wednesday the death toll had risen to five") is of an earlier day's event.
        for c in counts:
            none = not (c.fatalities or c.injuries)
            self._items.append((sentence_index, c, None if c.update or c.one_more or (coarse and none) else day))
        if text:
            self._every.update(id(c) for c in counts if _every_site(text, c))
            for c in counts:
                weapon = _by_weapon(text, c)
                if weapon is not None:
                    self._weapon[id(c)] = weapon
            self._every_day.update(id(c) for c in counts if id(c) in self._every and _every_day(text, c))
            if day is not None and counts and (kinds := named_toll(text, counts[0].start)):
                self._named[sentence_index] = kinds

    def _separate(self, candidates: list[Candidate], firsts: list[int | None]) -> bool:
        """Whether the sentence of these first events opens as another story ("In a separate protest on Monday")."""
        first = next((i for i in firsts if i is not None), None)
        if first is None or not self._text:
            return False
        # (an event told as another story: a count told before it is not its toll)
        return opens_apart(self._text, candidates[first].sentence[0])

    def apply(self, candidates: list[Candidate]) -> None:
        """Give each kept count to the event of the nearest sentence before it (or just after).

        Only events at most two sentences away, and of the same day when the count's sentence is dated;
        an event that can have victims is preferred to an alert or an arrest. A later toll with no event that
        near goes to the nearest earlier event that can have victims, however far back (``casualties.update``).
        """
        if not self._items:
            return
        # Per sentence, the first event that can have victims and the first that cannot, of any day and of
        # each day: the only candidates a count can go to (each count then costs a few look-ups).
        firsts: dict[tuple[int, date | None], list[int | None]] = {}
        for i, cand in enumerate(candidates):
            # An alert or an arrest has no victims; an attack brought down may ("no casualties" after it). A passage
            # that only names a protest's participants ("fired at protesters who had been occupying a garage", a
            # mention) comes after an event told as one: it may be dropped, its counts with it (casualties.nearby).
            alert = int(cand.event_type == "Strategic developments" and cand.sub_event_type != "Disrupted weapons use")
            alert = 2 * alert
            alert = 1 if cand.mention_only and not alert else alert
            for key in ((cand.sentence_index, None), (cand.sentence_index, cand.day)):
                slots = firsts.setdefault(key, [None, None, None])
                if slots[alert] is None:
                    slots[alert] = i
        # Sentences that only tell counts ("One person was lightly hurt. There were no fatalities.") go on telling the
        # same event: they are not counted in the distance to it. A sentence's rank skips them, so the events at most
        # _NEAR_SENTENCES away are found by rank (linear in the report, whatever the number of such sentences).
        counting = sorted({i for i, _, _ in self._items} | self._talk)
        only = _only_event(candidates)
        by_rank = {i - bisect_left(counting, i): i for i, _ in firsts}
        # sentences whose first event can have victims, in order: where a later toll looks back for its event
        victim_sentences = sorted(i for (i, d), slots in firsts.items() if d is None and slots[0] is not None)
        revised_kinds: set[tuple[int, str]] = set()
        order = sorted(range(len(candidates)), key=lambda i: candidates[i].sentence_index)
        by_sentence: dict[int, list[Candidate]] = {}  # the events of each sentence (``_salvo``)
        for cand in candidates:
            by_sentence.setdefault(cand.sentence_index, []).append(cand)
        keys = [candidates[i].sentence_index for i in order]
        for here, count, day in self._items:
            best: tuple[int, int, int] | None = None
            if count.update:
                # the first toll of a kind in a sentence is its revision; a later count of that kind says how it came
                # about ("rose to five dead ..., after two of the wounded died"): not a second revision
                kinds = {(here, k) for k in ("fatalities", "injuries") if getattr(count, k) is not None}
                if kinds & revised_kinds:
                    continue
                revised_kinds |= kinds
                revised = _revised(candidates, order, keys, here, count)
                if revised is not None:
                    if not (count.total and len(_day_places(candidates, candidates[revised].day, count)) > 1):
                        _give(candidates[revised], count, "casualties.nearby")
                    continue  # ("The day's toll now stands at nine wounded": several places' sum, casualties.day_total)
            weapon = self._weapon.get(id(count))
            if weapon is not None:
                # "No one was hurt by the mortar round": the nearest attack within reach whose own words name that
                # weapon (before it first), not the nearest attack of any weapon (``casualties.by_weapon``)
                armed = [
                    (abs(here - c.sentence_index) + (0 if c.sentence_index <= here else 3), i)
                    for i, c in enumerate(candidates)
                    if abs(here - c.sentence_index) <= _NEAR_SENTENCES
                    and (day is None or c.day == day)
                    and _trigger_weapon(c) == weapon
                ]
                if armed:
                    target = candidates[min(armed)[1]]
                    _give(target, _unless_none(target, count), "casualties.by_weapon")
                    continue
            rank = here - bisect_left(counting, here)
            for step in range(1, _NEAR_SENTENCES + 1):
                for distance, there in ((step, by_rank.get(rank - step)), (-step, by_rank.get(rank + step - 1))):
                    found = firsts.get((there, day)) if there is not None else None
                    if found and distance < 0 and self._separate(candidates, found):
                        continue  # "In a separate protest, ...": another story, not the count's event
                    for alert, first in enumerate(found or ()):
                        if first is not None:
                            cost = (alert, abs(distance) + (0 if distance > 0 else 3), first)
                            best = cost if best is None or cost < best else best
            if best is None and count.update:
                # "the number of wounded had risen to three", paragraphs after the attack: a revision names its
                # event as one already told, however far back (within _REVISION_REACH sentences); the nearest
                # before it that can have victims
                k = bisect_left(victim_sentences, here - _NEAR_SENTENCES)
                if k and victim_sentences[k - 1] >= here - _REVISION_REACH:
                    first = firsts[(victim_sentences[k - 1], None)][0]
                    best = None if first is None else (0, 0, first)
            if best is None and (count.fatalities or count.injuries) and here not in self._places:
                # "A bomb exploded near the square. No group claimed responsibility. Police cordoned off the area.
                # Six guards were wounded.": a toll told after sentences that say no more of the harm goes on telling
                # the story of the event before them, up to eight sentences back (``casualties.far``)
                far = _story_event(candidates, here, day, self._eventful)
                if far is not None and all(
                    getattr(candidates[far], k) is None for k in ("fatalities", "injuries") if getattr(count, k)
                ):
                    # (not when the event already has a count of that kind: "..., wounding two. ... Five people were
                    # wounded." is no toll told later of it but another figure, too far to be set against it)
                    best = (0, 0, far)
                    self._far.add(id(count))
            if best is None and here in self._places and not count.total:
                # "ولم تسجل أي حالة وفاة بين متظاهري وزارة التخطيط" closing a report, paragraphs of quotes and
                # statements after the dispersal at the ministry: the event told before at the one place the count
                # names, up to eight sentences back (``casualties.named_place``; not when it has a count of that kind)
                at_named = [
                    i
                    for i, c in enumerate(candidates)
                    if c.landmark is not None
                    and c.landmark.landmark_id in self._places[here]
                    and c.event_type in _VICTIM_TYPES
                    and not c.mention_only
                    and (day is None or c.day == day)
                    and 0 < here - c.sentence_index <= _STORY_REACH
                ]
                if len({candidates[i].landmark.landmark_id for i in at_named}) == 1 and all(  # type: ignore[union-attr]
                    getattr(candidates[at_named[-1]], k) is None
                    for k in ("fatalities", "injuries")
                    if getattr(count, k) is not None
                ):
                    target = candidates[max(at_named, key=lambda i: candidates[i].sentence_index)]
                    _give(target, _unless_none(target, count), "casualties.named_place")
                    continue
            if best is None and not (count.fatalities or count.injuries) and only is not None:
                best = (0, 0, only)  # "No injuries were reported." closing a report of one event: that event's
            if best is None and day is not None and here in self._named:
                # "revises its toll for Monday's fighting to 15 dead": the event the toll names, of its day and kind,
                # wherever the report tells it (a live page tells the fighting paragraphs later)
                named = self._named[here]
                first = next((i for i in order if candidates[i].day == day and candidates[i].event_type in named), None)
                if first is not None:
                    _give(candidates[first], _unless_none(candidates[first], count), "casualties.named_event")
                    continue
            if best is not None and count.total and len(_day_places(candidates, candidates[best[2]].day, count)) > 1:
                # "In all, nine people were wounded", "125 people were injured in the day's unrest": the sum of a day
                # whose events are at several places is none's; of a day of one place, that event's
                # (``casualties.day_total``)
                continue
            if best is not None and id(count) in self._every_day:
                # "No one was killed on either day": none at the last event told before it of each of the last two
                # days told (the days of a story told day by day, however many sentences each took)
                latest: dict[object, Candidate] = {}
                for cand in candidates:
                    if cand.sentence_index < here and cand.event_type in _VICTIM_TYPES:
                        latest[cand.day] = cand
                days = sorted(latest, key=lambda d: latest[d].sentence_index)[-2:]
                for d in days:
                    _give(latest[d], _unless_none(latest[d], count), "casualties.every_site")
                continue
            if best is not None and id(count) in self._every:
                # "No deaths were reported at either site": none at every event told in the sentences before it
                # within reach (of its day), not only the nearest
                for cand in candidates:
                    back = rank - (cand.sentence_index - bisect_left(counting, cand.sentence_index))
                    if 0 < back <= _NEAR_SENTENCES and (day is None or cand.day == day):
                        _give(cand, _unless_none(cand, count), "casualties.every_site")
                continue
            told_at = candidates[best[2]].landmark if best is not None else None
            if (
                best is not None
                and best[0] == 1
                # (not when the count's own sentence names the passage's place: "By late afternoon the protesters had
                # reached parliament ... No injuries were reported inside parliament": that event's toll)
                and not (told_at is not None and told_at.landmark_id in self._places.get(here, ()))
            ):
                # only passages naming a protest's participants within reach ("Protesters accused Iran-backed
                # militias"): the count continues the story of the event of their day told before them, however
                # long the paragraph (``casualties.nearby``), when there is one
                told = candidates[best[2]]
                earlier = [
                    (here - c.sentence_index, i)
                    for i, c in enumerate(candidates)
                    if not c.mention_only
                    and c.event_type in _VICTIM_TYPES
                    and c.day == told.day
                    and 0 < here - c.sentence_index <= _STORY_REACH
                ]
                if earlier:
                    best = (0, 0, min(earlier)[1])
            if best is not None and (count.fatalities or count.injuries):
                # "Security forces fired tear gas on the bridge. Elsewhere, hundreds gathered peacefully in Tahrir
                # Square. Three people were wounded.": harm is where force was used, not at the peaceful gathering
                # told in between (``casualties.harm_where_force``)
                harmed = _harmful_instead(candidates, best[2], rank, counting, day)
                gathering = candidates[best[2]].landmark
                if harmed is not None and not (
                    gathering is not None and gathering.landmark_id in self._places.get(here, ())
                ):
                    best = (0, 0, harmed)
                    self._force.add(id(count))
            if best is not None and _none(count):
                # "Three rockets were launched ..., two of which were brought down ... while the other crashed near the
                # park. There were no casualties.": none of the salvo counted out in that sentence hurt anyone
                salvo = _salvo(by_sentence[candidates[best[2]].sentence_index], candidates[best[2]])
                if len(salvo) < 2:
                    # told across sentences: "At least two of the rockets were intercepted over the embassy ... Three
                    # others landed inside the Green Zone ... No one was hurt": an interception and a landing of the
                    # day within reach before the count, in the paragraph of the event it is nearest to, are one
                    # salvo, none at each (an interception told in a paragraph before the landing's is not the
                    # count's: "One rocket fell in the parking lot ... No one was hurt.")
                    host = candidates[best[2]]
                    near = [
                        c
                        for i in range(here - 4 * _SALVO_REACH, here)
                        for c in by_sentence.get(i, ())
                        if c.day == host.day
                        and self._text.find(
                            "\n", min(c.sentence[0], host.sentence[0]), max(c.sentence[0], host.sentence[0])
                        )
                        < 0
                        and (
                            c.event_type == "Explosions/Remote violence" or c.sub_event_type == "Disrupted weapons use"
                        )
                        and 0 < rank - (c.sentence_index - bisect_left(counting, c.sentence_index)) <= _SALVO_REACH
                    ]
                    brought = {c.sub_event_type == "Disrupted weapons use" for c in near}
                    salvo = near if len(brought) == 2 and candidates[best[2]] in near else salvo
                if len(salvo) > 1:
                    for cand in salvo:
                        _give(cand, _unless_none(cand, count), "casualties.salvo_none")
                    continue
            if best is not None and here in self._places:
                # "... fired tear gas at the middle of the bridge, wounding seven": the event at the place the count's
                # sentence names, of those within reach, rather than the nearest (``casualties.named_place``)
                named = self._places[here]
                shared = _shared_places(candidates, named, day, candidates[best[2]].day)
                if len(shared) > 1:
                    # "Five people were wounded near the palace and the hotel": a count shared by the events of two
                    # places is none's; a count of none said of both is each one's (``casualties.shared_places``)
                    if _none(count):
                        for target in shared:
                            _give(target, _unless_none(target, count), "casualties.shared_places")
                    continue
                at_place = [
                    (abs(rank - (c.sentence_index - bisect_left(counting, c.sentence_index))), i)
                    for i, c in enumerate(candidates)
                    if c.landmark is not None
                    and c.landmark.landmark_id in named
                    and c.event_type in _VICTIM_TYPES
                    and not c.mention_only
                    and (day is None or c.day == day)
                    and c.day == candidates[best[2]].day
                    and abs(rank - (c.sentence_index - bisect_left(counting, c.sentence_index))) <= _NEAR_SENTENCES
                ]
                told = candidates[best[2]]
                if at_place and (told.landmark is None or told.landmark.landmark_id not in named):
                    target = candidates[min(at_place)[1]]
                    _give(target, _unless_none(target, count), "casualties.named_place")
                    continue
            if (
                best is not None
                and not count.update
                and (landed := _salvo_landings(by_sentence[candidates[best[2]].sentence_index], candidates[best[2]]))
            ):
                # a toll after the sentence that told a salvo's parts: "One fell in Karrada and another in Jadriya.
                # Three civilians were wounded." is shared by the places where munitions landed, given to none of
                # them (a cumulative toll); with one landing beside an interception, that landing's
                # (``casualties.salvo_toll``)
                if len({_landmark_id(c) for c in landed}) > 1:
                    continue
                if len(landed) == 1:
                    _give(landed[0], _unless_none(landed[0], count), "casualties.salvo_toll")
                    continue
            if best is not None:
                rule_id = "casualties.nearby"
                if id(count) in self._far:
                    rule_id = "casualties.far"
                elif id(count) in self._force:
                    rule_id = "casualties.harm_where_force"
                _give(candidates[best[2]], _unless_none(candidates[best[2]], count), rule_id)
