"""What the rules share: a report scanned once, one sentence's reading, and an event candidate."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, Protocol, TypeVar

from geoincidents.extraction.actors import ActorMention
from geoincidents.extraction.dates import DateMention
from geoincidents.extraction.events import Casualties
from geoincidents.extraction.geocoding import Landmark, LandmarkIndex, PlaceMention
from geoincidents.extraction.rules import rule

__all__ = [
    "CROWD_HARMED",
    "FORCE_ON_CROWD",
    "Candidate",
    "Scan",
    "SentenceDate",
    "Spans",
    "inside_any",
    "spans_within",
    "within",
]


def spans_within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``spans`` (sorted) lies inside ``[start, end)``."""
    i = bisect_left(spans, (start, start))
    return i < len(spans) and spans[i][1] <= end


# Sub-event types of a crowd met with force, and of a crowd harmed or harming: the rows a crowd's toll or force told
# at another place goes to (``merge``, ``casualties``).
FORCE_ON_CROWD: frozenset[str] = frozenset({"Protest with intervention", "Excessive force against protesters"})
CROWD_HARMED: frozenset[str] = FORCE_ON_CROWD | {"Violent demonstration"}

_FAR = 1 << 62


def inside_any(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, not overlapping)."""
    i = bisect_right(spans, (pos, _FAR)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def within(items: list[Any], start: int, end: int) -> list[Any]:
    """The items (sorted by ``start``) lying inside ``[start, end)``."""
    lo = bisect_left(items, start, key=lambda it: it.start)
    hi = bisect_left(items, end, lo=lo, key=lambda it: it.start)
    return [it for it in items[lo:hi] if it.end <= end]


class _HasSpan(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_HasSpan)


class Spans(Generic[T]):
    """Items of a text (sorted by ``start``) with their starts kept apart, for fast range look-ups."""

    def __init__(self, items: list[T]) -> None:
        self.items = items
        self.starts = [it.start for it in items]

    def between(self, start: int, end: int) -> list[T]:
        """The items lying inside ``[start, end)``."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end, lo)
        return [it for it in self.items[lo:hi] if it.end <= end]


@dataclass
class Scan:
    """A report read once: its places, actors, dates and other-city names, with the gazetteer index."""

    text: str
    published: date | None
    index: LandmarkIndex
    places: list[PlaceMention]
    actors: list[ActorMention]
    dates: list[DateMention]
    elsewhere: list[tuple[int, int]]
    gazetteer: Any = None

    def __post_init__(self) -> None:
        self.place_spans = Spans(self.places)
        self.actor_spans = Spans(self.actors)
        self.date_spans = Spans(self.dates)
        # sit-ins told at a landmark of their own, by day (rule place.sit_in_own_place): the camp told again
        # with no place is that one
        self.own_sit_ins: dict[date, Landmark] = {}


@dataclass(frozen=True)
class SentenceDate:
    """The date a sentence's events get, how it was found, and the key that tells dates apart."""

    day: date | None
    precision: int | None
    note: str
    in_sentence: bool
    key: str
    rules: tuple[str, ...]


@dataclass
class Candidate:
    """An event read from one clause, before merging; ``rules`` is its rule trail."""

    event_type: str
    sub_event_type: str
    day: date | None
    precision: int | None
    date_note: str
    place: PlaceMention | None
    landmark: Landmark | None
    relation: str | None
    location: str | None
    actors: list[ActorMention]
    sentence: tuple[int, int]
    sit_in: bool
    date_in_sentence: bool
    date_key: str
    fatalities: int | None = None
    injuries: int | None = None
    n_evidence: int = 1
    extra_notes: list[str] = field(default_factory=list)
    impact: bool = False  # the clause says where a munition fell or hit (it outranks where it was aimed)
    violent_crowd: bool = False  # a riot word told it (stones, arson): not only "clashes" with a crowd named
    landed_beside: bool = False  # an attack brought down whose sentence says others fell or hit ("while others landed")
    generic_blast: bool = False  # only "an explosion was heard": the blast of whatever attack that day
    continuing: bool = False  # only an ongoing state ("the sit-in continues"): no event on its own
    fallback: bool = False  # placed at the report's widest area: the event's own place is unknown
    sentence_index: int = -1  # position of its sentence in the report
    mention_only: bool = False  # only a protest's participants or camp named: no event of its own (rules.mentions)
    defence: bool = False  # only an air-defence system named (the C-RAM): its place is the defender's, not the event's
    clash_only: bool = False  # only "clashes" named, no weapon: at a protest of the day, that protest's riot (merging)
    clash_echo: bool = False  # only "the clashes", no party named: the confrontation of a protest told before (merging)
    attempt: bool = False  # only "an assassination attempt" named: the purpose of that day's attack (merging)
    distinct: bool = False  # one munition of several counted out ("the other", "الثاني"): its own place, its own event
    separate: bool = False  # told apart from what came before ("Hours later, ...", "وفي هجوم آخر"): its own event
    moved: bool = False  # its place is where the crowd came from or was driven to (rules.mentions)
    victim_force: str | None = None  # victims told in the passive, no attacker named (rules.crowd_victims)
    outside_zone: bool = False  # munitions told falling outside the perimeter ("outside the zone's walls")
    loaded_find: bool = False  # weapons found still holding their munitions ("a launcher loaded with two rockets")
    own_ground: bool = False  # its sentence names its date and its clause its own landmark
    # a riot told at its own landmark among its passages (not only "clashes" summarised in the city or unplaced), and
    # the most severe protest type of its passages that are no riot (rules.merging.settle_riots)
    riot_placed: bool | None = None
    aside: bool = False  # told as a side event ("Separately, ...", "وفي سياق منفصل"): another event than the story's
    calm_kind: tuple[str, str] | None = None
    rules: list[str] = field(default_factory=list)
    initial: set[str] = field(default_factory=set)  # kinds ("fatalities") whose count is a first, provisional figure
    also: set[str] = field(default_factory=set)  # kinds whose count is only of a group struck besides ("كما أصيب")
    vague: set[str] = field(default_factory=set)  # kinds counted only by a vague word ("العشرات", "dozens")
    sides: dict[str, str] = field(default_factory=dict)  # kind -> "security" / "crowd" / "both": whose people it counts
    sources: dict[str, str] = field(default_factory=dict)  # kind -> "official" / "unofficial": who told its count
    nones: set[str] = field(default_factory=set)  # kinds told as none ("without human losses"), whatever was kept
    # its counts were told as the sum of several events ("The two attacks wounded five"; casualties.day_total)
    total: bool = False

    def count(self, count: Casualties) -> bool:
        """Take the larger of each stated count; True when a count was taken.

        A first, provisional figure ("according to an initial toll", "حصيلة أولية") gives way to any other count of
        its kind, larger or not, and never replaces one (``casualties.initial``).
        """
        taken = False
        for attr in ("fatalities", "injuries"):
            value = getattr(count, attr)
            if value is not None and self.take(
                attr,
                value,
                initial=count.initial,
                also=count.also,
                vague=count.vague,
                side=count.group,
                source=count.source,
                single=count.single,
            ):
                taken = True
        return taken

    def take_counts_of(self, other: Candidate, *, with_source: bool = True) -> None:
        """Take each stated count of another candidate folded into this one, with how it was told (provisional,
        besides, vague, whose people) and, with ``with_source``, who told it (``casualties.official``)."""
        self.nones |= other.nones
        for attr in ("fatalities", "injuries"):
            value = getattr(other, attr)
            if value is not None:
                self.take(
                    attr,
                    value,
                    initial=attr in other.initial,
                    also=attr in other.also,
                    vague=attr in other.vague,
                    side=other.sides.get(attr),
                    source=other.sources.get(attr) if with_source else None,
                )

    def take(
        self,
        attr: str,
        value: int,
        *,
        initial: bool = False,
        also: bool = False,
        vague: bool = False,
        side: str | None = None,
        source: str | None = None,
        single: bool = False,
    ) -> bool:
        """Take ``value`` for the count ``attr`` when it is larger, or the first confirmed one after a provisional.

        A count of another group struck besides (``also``: "كما أصيب بضعة من عناصر الأمن", "six policemen were also
        hurt") adds to the confirmed count of its kind instead (``casualties.also``), whichever of the two comes first.
        A vague word ("العشرات", "dozens") does not replace a larger stated number, even a claimed one ("a medic,
        speaking on condition of anonymity, said 45 were wounded" stands against "dozens were hurt"). The people of
        the other side add up (``casualties.sides``): "إصابة ١٢ منتسباً" and "١٧ محتجاً أصيبوا" are 29, where two counts
        of the same side, or of people in general, are one told twice.
        """
        if value == 0:
            self.nones.add(attr)
        mine = getattr(self, attr)
        if mine is not None and not initial and attr not in self.initial and (also or attr in self.also):
            setattr(self, attr, mine + value)
            if not also:
                self.also.discard(attr)  # the main count has come: the sum is the event's
            return True
        theirs = self.sides.get(attr)
        # the attackers are never among their victims: their count adds to one of anyone else, side named or not
        attackers = (side == "attackers") != (theirs == "attackers") and mine is not None
        if (
            mine is not None
            and (attackers or (side is not None and theirs is not None and theirs != "both" and side != theirs))
            and not initial
            and attr not in self.initial
        ):
            setattr(self, attr, mine + value)
            self.sides[attr] = "both"
            self.sources.pop(attr, None)  # told by several: no one source's count
            if rule("casualties.sides") not in self.rules:
                self.rules.append(rule("casualties.sides"))
            return True
        told_by = self.sources.get(attr)
        # the same people: the same side, or people in general against the crowd (the security forces' or the
        # attackers' own count is of other people)
        same_people = side == theirs or (
            None in (side, theirs) and not {side, theirs} & {"security", "attackers", "both"}
        )
        if (
            mine is not None
            and not initial
            and attr not in self.initial
            and {source, told_by} == {"official", "unofficial"}
            and same_people
        ):
            # conflicting tolls of one kind, of the same people: the official one stands (``casualties.official``)
            if source == "unofficial" or (single and value < mine):
                # (one person the statement names, "killing a Kataib Hezbollah commander", is one of a larger toll
                # told of the event, "three people were killed, including ...": no conflicting toll)
                return False
            setattr(self, attr, value)
            self.sources[attr] = "official"
            self.vague.discard(attr)
            if rule("casualties.official") not in self.rules:
                self.rules.append(rule("casualties.official"))
            return True
        if vague and mine is not None and attr not in self.vague and value < mine:
            return False
        if also and (mine is None or attr in self.initial):
            self.also.add(attr)
        elif not also:
            self.also.discard(attr)
        if mine is not None:
            mine_initial = attr in self.initial
            if initial and not mine_initial and not (attr in self.vague and not vague and value > mine):
                return False
            if initial == mine_initial and value <= mine:
                return False
        setattr(self, attr, value)
        if initial:
            self.initial.add(attr)
        else:
            self.initial.discard(attr)
        if vague:
            self.vague.add(attr)
        else:
            self.vague.discard(attr)
        if side is not None:
            self.sides[attr] = side
        else:
            self.sides.pop(attr, None)
        if source is not None:
            self.sources[attr] = source
        else:
            self.sources.pop(attr, None)
        return True
