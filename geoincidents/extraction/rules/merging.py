"""Passages that tell one event become one row (rules ``merge.*``).

ACLED codes one event per day, place and kind. Candidates of the same day and kind whose places are the
same, contain one another or are next to one another (the gazetteer's ``related_id``), or of which one
is only an area, are one event, placed at the most specific place (``merge.same_event``); rockets of one
day named at several places of one report are one salvo, unless counted out one by one at distinct places
("one near the park and the other near the square": ``segment.distributive``). Arrests at a protest, and
closures and curfews around an event, are folded into it (``merge.fold_arrests``, ``merge.fold_closure``).
The headline's events are the body's (``merge.headline``), or dropped when the body tells other events
(``merge.headline_dropped``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date

from geoincidents.extraction.events import Casualties
from geoincidents.extraction.geocoding import Landmark, specificity
from geoincidents.extraction.place_roles import ORIGIN, is_aim
from geoincidents.extraction.rules import rule
from geoincidents.extraction.rules.candidate import CROWD_HARMED, FORCE_ON_CROWD, Candidate
from geoincidents.extraction.rules.places import OWN_PREMISES, landmark_chain

__all__ = [
    "SUB_RANK",
    "compatible",
    "drop_lone_measures",
    "fold_aimed",
    "fold_attempts",
    "fold_clash_fire",
    "fold_clashes",
    "fold_context",
    "fold_crowd_killings",
    "merge_candidates",
    "merge_headline",
    "merge_into",
    "same_day",
    "settle_riots",
]

SUB_RANK = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2}
"""Protest sub-event types by severity: merged passages keep the most severe."""


def related(a: Landmark, b: Landmark, landmarks: Mapping[str, Landmark]) -> bool:
    """Whether two landmarks are the same place or one is part of / next to the other."""
    if a.landmark_id == b.landmark_id:
        return True
    return bool(landmark_chain(a, landmarks) & landmark_chain(b, landmarks))


def _kind(event_type: str) -> str:
    """Protests that turn violent are one event, coded as a riot (ACLED): one kind for merging."""
    return "Protests" if event_type == "Riots" else event_type


def same_day(a: Candidate, b: Candidate) -> bool:
    """Same day: equal dates; unresolved dates may be the same day unless two different weekdays."""
    if a.day is not None or b.day is not None:
        return a.day == b.day
    return not (a.date_key.startswith("w:") and b.date_key.startswith("w:") and a.date_key != b.date_key)


def compatible(a: Candidate, b: Candidate, landmarks: Mapping[str, Landmark], *, any_day: bool = False) -> bool:
    """Whether two candidates may be one event (same kind and day, places that can be one)."""
    if _kind(a.event_type) != _kind(b.event_type) or not (any_day or same_day(a, b)):
        return False
    if a.event_type == "Explosions/Remote violence":
        # A drone and a rocket are two attacks; rockets of one day named at several places of one report
        # (aimed at the embassy, intercepted by the C-RAM, fell near a square) are one salvo; "a loud
        # explosion was heard" is the blast of that day's attack, whatever it was.
        if ((a.distinct and b.distinct) or a.separate or b.separate) and (
            _apart(a.landmark, b.landmark, landmarks) or _named_apart(a, b)
        ):
            return False  # "one near the park and the other near the square", "Hours later, ...": one event per place
        if _fell_apart(a, b) or _fell_outside(a, b) or _fell_in_and_out(a, b):
            return False  # "four fell inside the Green Zone" | "two fell on houses in al-Amin": two places hit
        if _cut_apart(a, b, landmarks):
            return False  # "سقوط قذائف قرب مبنى البرلمان وفي محيط فندق الرشيد": two places told, two impacts
        if _fell_at_siblings(a, b, landmarks):
            return False  # "سقطت ثلاثة صواريخ داخل مجمع السفارة ... فيما سقط صاروخان في ساحة الاحتفالات": two impacts
        return a.sub_event_type == b.sub_event_type or a.generic_blast or b.generic_blast
    if a.aside != b.aside and not _same_place(a, b, landmarks):
        return False  # "Separately, residents of al-Shaab blocked the road with burning tyres": not the story's event
    if (a.separate or b.separate) and (_apart(a.landmark, b.landmark, landmarks) or _named_apart(a, b)):
        # "A second group staged a separate sit-in outside the ministry", "Separately, residents of al-Shaab block the
        # main road": another crowd or event, another place
        return False
    if a.sub_event_type == b.sub_event_type == "Disrupted weapons use" and _intercepted(a) != _intercepted(b):
        return False  # a launcher found where the rockets came from is not the rockets brought down at their target
    if (
        "Arrests" in (a.sub_event_type, b.sub_event_type)
        and a.sub_event_type != b.sub_event_type
        and a.sentence_index != b.sentence_index
        and (_named_apart(a, b) or _apart(a.landmark, b.landmark, landmarks))
    ):
        return False  # "found a rocket launcher in Jadriya" | "police arrested a suspect in Dora": two events
    if a.landmark is None or b.landmark is None:
        return True
    if a.sit_in != b.sit_in and "sit_in" in (a.landmark.kind, b.landmark.kind) and not _sit_in_begun(a, b, landmarks):
        return False
    ra, rb = specificity(a.landmark)[0], specificity(b.landmark)[0]
    if _other_named_place(a, b, ra, rb):
        return False
    if _cut_apart(a, b, landmarks):
        return False  # "blocking traffic in Karrada | and near Firdos Square": two places told, two events
    if ra >= 2 or rb >= 2:
        # an area holds the other place; not a district of the city that lies apart from it ("fired tear gas near
        # Tahrir Square, and gunmen shot dead an activist in Mansour"): two places, two events
        return not _district_apart(a, b, landmarks)
    if _kind(a.event_type) == "Protests" and (_went(a) or _went(b)):
        # "pushed the protesters back into Khilani Square", "marched from Tahrir": the same crowd; but "gathered in
        # Tahrir Square | went on to the bridge, where police fired tear gas": two places, two events
        return not (_force_where_it_went(a, b, landmarks) or _force_where_it_went(b, a, landmarks))
    return related(a.landmark, b.landmark, landmarks)


def _force_where_it_went(force: Candidate, gathering: Candidate, landmarks: Mapping[str, Landmark]) -> bool:
    """Whether ``force`` is force used on a crowd at the place it went to ("a group of them headed for the Jumhuriya
    Bridge, where the forces stopped them from crossing") and ``gathering`` a peaceful gathering at a landmark of its
    own, another place ("gathered in Tahrir Square"): ACLED's one event per day and place makes them two events
    (``merge.same_event``; eval/README.md, conventions decided 2026-12-04). Where the crowd only came from
    ("set off from Tahrir Square") or was driven to is no gathering of its own."""
    if force.sub_event_type not in CROWD_HARMED or gathering.sub_event_type != "Peaceful protest":
        return False
    if force.landmark is None or gathering.landmark is None or _went(gathering) or force.moved:
        return False
    if force.place is None or force.place.role == ORIGIN or not (force.relation == "towards" or force.place.arrived):
        return False
    if specificity(gathering.landmark)[0] >= 2 or specificity(force.landmark)[0] >= 2:
        return False
    return not related(force.landmark, gathering.landmark, landmarks)


def _struck_beside_interception(
    a: Candidate, b: Candidate, intercepted_at: set[tuple[date | None, str]], landmarks: Mapping[str, Landmark]
) -> bool:
    """Whether one candidate is an impact at a place of its own and the other an attack told only at a building where
    a munition was brought down that day: the interception there and the rocket that landed elsewhere are two events
    (convention (a) of eval/README.md: "Rockets targeted the US embassy ... The C-RAM intercepts two rockets over the
    compound ... A third rocket lands on a house in the Qadisiya district"; ``merge.same_event``)."""
    if a.event_type != "Explosions/Remote violence" or not intercepted_at or a.sentence == b.sentence:
        return False
    for aimed, struck in ((a, b), (b, a)):
        if (
            struck.impact
            and not aimed.impact
            and aimed.landmark is not None
            and aimed.landmark.kind == "building"
            and (aimed.day, aimed.landmark.landmark_id) in intercepted_at
            and struck.landmark is not None
            and (
                (struck.place is not None and struck.place.unknown)
                or not related(aimed.landmark, struck.landmark, landmarks)
            )
        ):
            return True
    return False


def _sit_in_begun(a: Candidate, b: Candidate, landmarks: Mapping[str, Landmark]) -> bool:
    """Whether one candidate is a sit-in on the first day of its site and the other the day's riot or protest met
    with force at the place the site is at: the crowd that stormed the place began the sit-in there ("اقتحموا البرلمان
    ... أعلن المتظاهرون اعتصاماً مفتوحاً"), one event (ACLED: one per day and place) (``merge.same_event``). A peaceful
    gathering where a sit-in began stays apart: it is the sit-in, placed at its site."""
    sit, other = (a, b) if a.landmark is not None and a.landmark.kind == "sit_in" else (b, a)
    site, place = sit.landmark, other.landmark
    if site is None or place is None or site.kind != "sit_in" or place.kind == "sit_in" or other.sit_in:
        return False
    if other.event_type != "Riots" and other.sub_event_type not in FORCE_ON_CROWD:
        return False
    return site.valid_from is not None and site.valid_from == sit.day and related(site, place, landmarks)


def _cut_apart(a: Candidate, b: Candidate, landmarks: Mapping[str, Landmark]) -> bool:
    """Whether two munitions' passages are the pieces of one clause cut between two places of their own
    (``place.two_places``) at unrelated landmarks: the clause told two impacts, not one salvo's places."""
    cut = rule("place.two_places")
    return (
        a.sentence == b.sentence
        and cut in a.rules
        and cut in b.rules
        and a.landmark is not None
        and b.landmark is not None
        and not related(a.landmark, b.landmark, landmarks)
    )


def _fell_at_siblings(a: Candidate, b: Candidate, landmarks: Mapping[str, Landmark]) -> bool:
    """Whether munitions are told falling in two clauses of one sentence at two landmarks of their own, neither part
    of or next to the other, though both lie in one area ("three rockets fell inside the embassy compound, while two
    fell in the Grand Festivities Square", both in the Green Zone): two places hit, two events (``merge.same_event``;
    ACLED's one event per day and place)."""
    if a.sentence != b.sentence or not (a.impact and b.impact) or a.landmark is None or b.landmark is None:
        return False
    if a.landmark.landmark_id == b.landmark.landmark_id:
        return False
    if specificity(a.landmark)[0] >= 2 or specificity(b.landmark)[0] >= 2:
        return False  # an area (the zone, a district, the city) holds the other place
    if "perimeter" in (a.landmark.kind, b.landmark.kind):
        return False
    return a.landmark.landmark_id not in landmark_chain(b.landmark, landmarks) and (
        b.landmark.landmark_id not in landmark_chain(a.landmark, landmarks)
    )


def _fell_apart(a: Candidate, b: Candidate) -> bool:
    """Whether munitions are told falling, in sentences of their own, at a named place the gazetteer lacks (a
    district placed on the city-wide area) and at a landmark short of the city: two places hit, two events
    (``merge.fell_apart``)."""
    if a.sentence == b.sentence or not (a.impact and b.impact):
        return False
    if a.sub_event_type == b.sub_event_type == "Remote explosive/landmine/IED":
        return False  # a planted device goes off at one place: a statement placing it by its district retells it

    def unknown(c: Candidate) -> bool:
        return c.place is not None and c.place.unknown and not c.fallback

    def landmark(c: Candidate) -> bool:
        return c.landmark is not None and not unknown(c) and specificity(c.landmark)[0] < 3

    return (unknown(a) and landmark(b)) or (unknown(b) and landmark(a))


def _fell_outside(a: Candidate, b: Candidate) -> bool:
    """Whether munitions are told falling, in sentences of their own, inside the perimeter and outside it ("at least
    four landing inside the Green Zone" | "Two rockets fell on residential streets in al-Karkh outside the zone's
    walls"): two places hit, two events (``merge.same_event``)."""
    if a.sentence == b.sentence or not (a.impact and b.impact) or a.outside_zone == b.outside_zone:
        return False
    inside = b if a.outside_zone else a
    outside = a if a.outside_zone else b
    if inside.landmark is None or outside.landmark is None:
        return False
    in_zone = inside.landmark.kind == "perimeter" and inside.relation in ("inside", "at")
    return in_zone and outside.landmark.kind != "perimeter"


_CITY_SIDES = frozenset({"baghdad", "karkh", "rusafa"})


def _fell_in_and_out(a: Candidate, b: Candidate) -> bool:
    """Whether munitions are told falling inside the perimeter and in a district outside it ("Four rockets landed
    inside the Green Zone, ..., while others fell on houses in al-Mansour district"): two places hit, two events
    (``merge.same_event``); not the city or its sides, which hold the zone."""
    if not (a.impact and b.impact) or a.landmark is None or b.landmark is None:
        return False
    for zone, other in ((a, b), (b, a)):
        assert zone.landmark is not None and other.landmark is not None
        if zone.landmark.kind != "perimeter" or zone.relation not in ("inside", "at"):
            continue
        if other.landmark.kind == "district" and other.landmark.landmark_id not in _CITY_SIDES:
            return not _within_perimeter(other.landmark, zone.landmark)
    return False


def _other_named_place(a: Candidate, b: Candidate, ra: int, rb: int) -> bool:
    """Whether one candidate is told in a sentence of its own at a named place the gazetteer lacks ("outside the
    Ministry of Higher Education") and the other at a landmark of its own ("in Tahrir Square"): two places, two
    events (ACLED: one event per day and place), though the first is placed on the city-wide area."""
    if a.sentence == b.sentence:
        return False

    def unknown(c: Candidate) -> bool:
        return c.place is not None and c.place.unknown and not c.fallback

    def own(c: Candidate, rank: int) -> bool:  # not only where the crowd headed or came from
        return rank < 2 and c.relation != "towards" and not c.moved

    return (unknown(a) and own(b, rb)) or (unknown(b) and own(a, ra))


def _district_apart(a: Candidate, b: Candidate, landmarks: Mapping[str, Landmark]) -> bool:
    """Whether one candidate is at a district of the city (no wider, ``specificity`` rank 2, not the zone) and the
    other at a landmark or another district, the two apart (``_apart``: neither holds the other, farther apart than
    either could stretch), in one sentence: the district does not hold the other place, and neither place is where a
    crowd only went."""
    if a.sentence != b.sentence or a.landmark is None or b.landmark is None or _went(a) or _went(b):
        return False  # (a sentence of its own may place the event told before by its district: the same event)
    areas = [lm for lm in (a.landmark, b.landmark) if specificity(lm)[0] >= 2]
    if any(specificity(lm)[0] > 2 or lm.kind != "district" for lm in areas):
        return False
    return _apart(a.landmark, b.landmark, landmarks)


def _same_place(a: Candidate, b: Candidate, landmarks: Mapping[str, Landmark]) -> bool:
    return a.landmark is not None and b.landmark is not None and related(a.landmark, b.landmark, landmarks)


def _apart(a: Landmark | None, b: Landmark | None, landmarks: Mapping[str, Landmark]) -> bool:
    """Whether two places are distinct: unrelated, and farther apart than either could stretch."""
    if a is None or b is None or related(a, b, landmarks):
        return False
    dx = (a.lon - b.lon) * 111_320.0 * math.cos(math.radians((a.lat + b.lat) / 2))
    dy = (a.lat - b.lat) * 110_540.0
    return math.hypot(dx, dy) > a.position_uncertainty_m + b.position_uncertainty_m


def _named_apart(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates are at two named places, one of which the gazetteer lacks ("in the Shaab district" and
    "in the Bayaa district", both placed on the city-wide area; or "the Bayaa district" and Karrada): distinct places,
    though the city-wide area of the unknown one contains the other."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or a.fallback or b.fallback or not (pa.unknown or pb.unknown):
        return False
    if pa.unknown and pb.unknown:
        na, nb = pa.source[pa.start : pa.end].casefold(), pb.source[pb.start : pb.end].casefold()
        if na == nb:
            return False
        # "في سوق الملابس المستعملة قرب ساحة الطيران" | "في ساحة الطيران": the one told by the other, not apart
        sa = pa.source[a.sentence[0] : a.sentence[1]].casefold()
        sb = pb.source[b.sentence[0] : b.sentence[1]].casefold()
        return _bare_name(nb) not in sa and _bare_name(na) not in sb
    known = pb if pa.unknown else pa
    return specificity(known.landmark)[0] < 3


def _bare_name(name: str) -> str:
    """A place's name without the Arabic prepositions and conjunction clitics before it ("بساحة" -> "ساحة")."""
    return re.sub(r"^(?:و?(?:في\s+|ب|ل)|و)(?=[\u0621-\u064a])", "", name)


def _went(cand: Candidate) -> bool:
    """Whether the candidate is placed where its crowd headed, went or set out from ("towards", "marched ... to X,
    where", ``place.origin_only``)."""
    if cand.relation == "towards" or cand.moved:
        return True
    return cand.place is not None and (cand.place.arrived or cand.place.role == ORIGIN)


def _place_rank(cand: Candidate) -> tuple[int, int, int, int, float]:
    """Smaller is a better place for the event: where it was, not where it headed; then the most specific."""
    assert cand.landmark is not None
    rank, unc = specificity(cand.landmark)
    return (
        int(_went(cand)),
        rank,
        int(not cand.impact),
        int(cand.relation in ("near", "outside")),
        unc,
    )


def _clash_riot(cand: Candidate) -> bool:
    """A riot only because a crowd was named in "clashes" (no stones, arson or other violence by the crowd told)."""
    return cand.event_type == "Riots" and not cand.violent_crowd


def _merge_kind(keep: Candidate, other: Candidate) -> None:
    if keep.generic_blast and not other.generic_blast and other.event_type == keep.event_type:
        keep.sub_event_type, keep.generic_blast = other.sub_event_type, False
    # "wounded in the clashes on the bridge" of a protest met with tear gas or live fire: the same confrontation, told
    # by the force the state used, not a riot (no violence by the crowd is told).
    if _clash_riot(other) and keep.sub_event_type in FORCE_ON_CROWD:
        keep.rules.append(rule("merge.clash_is_force"))
    elif _clash_riot(keep) and other.sub_event_type in FORCE_ON_CROWD:
        keep.event_type, keep.sub_event_type = other.event_type, other.sub_event_type
        keep.rules.append(rule("merge.clash_is_force"))
    elif other.event_type == "Riots" and keep.event_type != "Riots":
        keep.event_type, keep.sub_event_type = other.event_type, other.sub_event_type
    elif keep.event_type == other.event_type and SUB_RANK.get(other.sub_event_type, -1) > SUB_RANK.get(
        keep.sub_event_type, -1
    ):
        keep.sub_event_type = other.sub_event_type


def _riot_placed(cand: Candidate) -> bool:
    """Whether the candidate is a riot (or clashes a protest takes in, ``merge.fold_clash``) told at a landmark of its
    own (not a city, an area or no place)."""
    if cand.riot_placed is not None:
        return cand.riot_placed
    riot = cand.event_type == "Riots" or cand.clash_only
    return riot and cand.landmark is not None and specificity(cand.landmark)[0] < 2


def _calm_kind(cand: Candidate) -> tuple[str, str] | None:
    """The protest type of the candidate's passages that are no riot (the most severe), or None."""
    if cand.calm_kind is not None or cand.riot_placed is not None:
        return cand.calm_kind
    return (cand.event_type, cand.sub_event_type) if cand.event_type == "Protests" else None


def _riot_trace(keep: Candidate, other: Candidate) -> None:
    """Keep, across a merge, whether a riot was told at a landmark of its own and the protest type besides it."""
    if _kind(keep.event_type) != "Protests" or (_kind(other.event_type) != "Protests" and not other.clash_only):
        return
    calm = [k for k in (_calm_kind(keep), _calm_kind(other)) if k is not None]
    keep.calm_kind = max(calm, key=lambda k: SUB_RANK.get(k[1], -1)) if calm else None
    keep.riot_placed = _riot_placed(keep) or _riot_placed(other)


def settle_riots(merged: list[Candidate]) -> list[Candidate]:
    """Give a riot told only in a summary back to the event where it was (rule ``merge.riot_where_told``).

    "Thousands marked the anniversary in Baghdad, in demonstrations marred by clashes with the security forces. In
    Tahrir Square, thousands gathered ... In the afternoon, young men pelted the forces on the Jumhuriya Bridge": the
    summary's clashes, told in the city or with no place, merged into the square's gathering, are the bridge's riot,
    told at its own landmark; the square keeps its own protest type. Only when that day has such a riot elsewhere.
    """
    placed_days = {c.day for c in merged if c.event_type == "Riots" and _riot_placed(c)}
    for cand in merged:
        if (
            cand.event_type == "Riots"
            and cand.day in placed_days
            and cand.riot_placed is False
            and cand.calm_kind is not None
            and not cand.violent_crowd
        ):
            cand.event_type, cand.sub_event_type = cand.calm_kind
            cand.rules.append(rule("merge.riot_where_told"))
    return merged


def _aim_over_own(other: Candidate, keep: Candidate) -> bool:
    """Whether ``other`` is placed only at what a munition was aimed at (``place_roles.is_aim``) and ``keep`` at a
    place of its own: a landmark narrower than the city, or a named place the gazetteer lacks."""
    if other.place is None or keep.place is None or keep.landmark is None:
        return False
    own = keep.place.unknown or specificity(keep.landmark)[0] < 3
    return own and is_aim(other.place.source, other.place.start)


def _named_over_near(keep: Candidate, other: Candidate) -> bool:
    """Whether ``keep`` is at a named place the gazetteer lacks ("في ساحة الطيران") and ``other`` only near a
    landmark ("في السوق القريبة من ساحة التحرير"): the named place is where the event was, the landmark only says
    where that is (eval/README's fall-back: the city-wide area)."""
    return (
        keep.place is not None
        and keep.place.unknown
        and not keep.fallback
        and other.relation == "near"
        and other.place is not None
        and not other.place.unknown
    )


def merge_into(
    keep: Candidate, other: Candidate, *, evidence: bool = True, city: bool = True, place: bool = True
) -> None:
    """Fold ``other`` into ``keep``: the more specific place wins, counts take the largest stated.

    With ``city`` false, a city-wide place of ``other`` does not replace a landmark of ``keep`` (a headline's "in
    Baghdad" beside the body's "marched towards Tahrir Square, where ..."). With ``place`` false, ``keep`` keeps its
    place whatever ``other``'s.
    """
    _riot_trace(keep, other)  # (before the place changes: where each passage told its riot)
    # Where the defence system stands (the C-RAM at the embassy) is not where the attack was.
    # Nor is what a munition was only aimed at ("Rockets aimed at the Green Zone hit residential street") where the
    # event was, beside a place of its own (a landmark, or a named place the gazetteer lacks).
    takes_place = other.landmark is not None and (
        keep.landmark is None
        or (keep.defence and not other.defence)
        or (not other.defence and _place_rank(other) < _place_rank(keep) and not _aim_over_own(other, keep))
        # what the munitions were aimed at gives way to where one came down, however wide ("fired at the U.S. Embassy
        # ... one came down in Jadriya": the district, a place of the gazetteer, eval/README "Annotation rules")
        or (not other.defence and other.impact and _aim_over_own(keep, other))
    )
    takes_place = takes_place and place and not _named_over_near(keep, other)
    if takes_place and not city and keep.landmark is not None and other.landmark is not None:
        takes_place = specificity(other.landmark)[0] < 3
    if takes_place:
        keep.place, keep.landmark, keep.relation, keep.location = (
            other.place,
            other.landmark,
            other.relation,
            other.location,
        )
        if evidence:
            keep.sentence = other.sentence
        keep.sit_in, keep.moved = other.sit_in, other.moved
        # a passage that names the salvo only ("the rocket attack on the Green Zone") placed at one munition counted out
        # ("the first was intercepted over the embassy"): that munition's event, apart from the next one's place
        keep.distinct = keep.distinct or (other.distinct and not keep.separate)
        keep.rules.extend(r for r in other.rules if r.startswith("place.") and r not in keep.rules)
    if rule("merge.retold") in other.rules and rule("merge.retold") not in keep.rules:
        keep.rules.append(rule("merge.retold"))
    keep.impact = keep.impact or other.impact
    # (a launcher found, then told again with the rocket still in it: the find is of loaded weapons)
    keep.loaded_find = keep.loaded_find or other.loaded_find
    keep.defence = keep.defence and other.defence
    keep.clash_only = keep.clash_only and other.clash_only
    keep.attempt = keep.attempt and other.attempt
    keep.continuing = keep.continuing and other.continuing
    _merge_kind(keep, other)
    keep.violent_crowd = keep.violent_crowd or other.violent_crowd
    keep.take_counts_of(other)
    known = {m.actor.name for m in keep.actors}
    keep.actors.extend(m for m in other.actors if m.actor.name not in known)
    keep.n_evidence += other.n_evidence
    keep.date_in_sentence = keep.date_in_sentence or other.date_in_sentence
    if keep.date_note != other.date_note and "explicit" in other.date_note and "explicit" not in keep.date_note:
        keep.date_note, keep.precision = other.date_note, other.precision


def _bucket(cand: Candidate) -> tuple[str, object]:
    """Candidates that can be one event share a bucket: the same kind and the same day (or both undated)."""
    return _kind(cand.event_type), cand.day


def merge_candidates(candidates: list[Candidate], landmarks: Mapping[str, Landmark]) -> list[Candidate]:
    """One candidate per event: each joins the first earlier event it is compatible with.

    Only events of its bucket (same kind and day) are tried: the events of one bucket are pairwise
    incompatible, so there are at most a few per landmark of the gazetteer, and merging costs time in
    proportion to the number of candidates, not its square.
    """
    merged: list[Candidate] = []
    buckets: dict[tuple[str, object], list[Candidate]] = {}
    # where a munition was brought down each day ("the C-RAM intercepts two rockets over the compound")
    intercepted_at = {(c.day, c.landmark.landmark_id) for c in candidates if c.landmark is not None and _intercepted(c)}
    told: dict[int, int] = {}  # id of an event -> the last sentence that told it so far
    for cand in candidates:
        bucket = buckets.setdefault(_bucket(cand), [])
        fits = [
            m
            for m in bucket
            if compatible(m, cand, landmarks) and not _struck_beside_interception(m, cand, intercepted_at, landmarks)
        ]
        # An event at the candidate's own place first ("the rocket that landed near the square" joins the
        # square's rocket, not the park's), else the first it can be; a candidate with no place of its own joins
        # the event told last before it ("Later, hundreds gathered at the bridge ... Seven demonstrators were
        # injured": the story's current event), not the day's first.
        target = next((m for m in fits if _same_place(m, cand, landmarks)), None)
        if target is None and fits:
            target = fits[0] if cand.landmark is not None else max(fits, key=lambda m: told.get(id(m), -1))
        if target is None:
            merged.append(cand)
            bucket.append(cand)
            told[id(cand)] = cand.sentence_index
        else:
            merge_into(target, cand)
            told[id(target)] = max(told.get(id(target), -1), cand.sentence_index)
    return merged


def _near_enough(a: Landmark, b: Landmark, landmarks: Mapping[str, Landmark]) -> bool:
    return specificity(a)[0] >= 2 or specificity(b)[0] >= 2 or related(a, b, landmarks)


def _host(cand: Candidate, same_days: list[Candidate], landmarks: Mapping[str, Landmark]) -> Candidate | None:
    wanted = ("Protests", "Riots") if cand.sub_event_type == "Arrests" else None
    if _intercepted(cand):  # rockets brought down are part of the salvo that struck there, not of one elsewhere
        return next(
            (
                m
                for m in same_days
                if m.event_type == "Explosions/Remote violence"
                and same_day(m, cand)
                and _same_weapon(m, cand)
                and m.landmark is not None
                and cand.landmark is not None
                and (related(m.landmark, cand.landmark, landmarks) or _within_perimeter(m.landmark, cand.landmark))
            ),
            None,
        )
    return next(
        (
            m
            for m in same_days
            if m is not cand
            and m.event_type != "Strategic developments"
            and (wanted is None or m.event_type in wanted)
            and same_day(m, cand)
            and (
                wanted is None  # closures and curfews around an event are its context wherever they are
                or m.landmark is None
                or cand.landmark is None
                or _near_enough(m.landmark, cand.landmark, landmarks)
            )
        ),
        None,
    )


def _within_perimeter(place: Landmark, area: Landmark) -> bool:
    """Whether ``area`` is a perimeter (the Green Zone) and ``place`` another landmark inside its radius: munitions
    brought down "before they reached the zone" are of the salvo that struck a building in it."""
    if area.kind != "perimeter" or place.kind == "perimeter":
        return False
    dx = (place.lon - area.lon) * 111_320.0 * math.cos(math.radians((place.lat + area.lat) / 2))
    dy = (place.lat - area.lat) * 110_540.0
    return math.hypot(dx, dy) <= area.radius_m


def _by_day(events: Iterable[Candidate]) -> dict[object, list[Candidate]]:
    out: dict[object, list[Candidate]] = {}
    for event in events:
        out.setdefault(event.day, []).append(event)
    return out


def _near_or_unplaced(landmarks: Mapping[str, Landmark]) -> Callable[[Candidate, Candidate], bool]:
    """The ``fits`` of a fold by day: host and guest near enough (``_near_enough``), or either with no landmark."""
    return lambda m, cand: (
        m.landmark is None or cand.landmark is None or _near_enough(m.landmark, cand.landmark, landmarks)
    )


def _fold_same_day(
    merged: list[Candidate],
    hosts: Iterable[Candidate],
    guest: Callable[[Candidate], bool],
    fits: Callable[[Candidate, Candidate], bool],
    rule_id: str,
) -> list[Candidate]:
    """Fold each ``guest`` candidate into the first host of its day that ``fits`` it (trail ``rule_id``).

    Hosts are looked up among the events of the same day only, so the fold stays linear in the report.
    Returns the candidates left (the hosts now hold the guests' evidence-free readings).
    """
    by_day = _by_day(hosts)
    out: list[Candidate] = []
    for cand in merged:
        host = None
        if guest(cand):
            fitting = [m for m in by_day.get(cand.day, []) if same_day(m, cand) and fits(m, cand)]
            # a guest told at a landmark of its own joins the host at that landmark before one only near it ("young
            # men clashed with security forces on the Republic Bridge": the bridge's riot, not the square's rally)
            own = cand.landmark.landmark_id if cand.landmark is not None else None
            host = next(
                (m for m in fitting if own is not None and m.landmark is not None and m.landmark.landmark_id == own),
                fitting[0] if fitting else None,
            )
        if host is None:
            out.append(cand)
            continue
        merge_into(host, cand, evidence=False)
        host.rules.append(rule(rule_id))
    return out


def fold_attempts(merged: list[Candidate], landmarks: Mapping[str, Landmark]) -> list[Candidate]:
    """Fold an assassination attempt into the same day's explosion at its place (rule ``merge.fold_attempt``).

    "The prime minister survived an assassination attempt ... after a drone struck his home": the drone strike
    is the event, the attempt its purpose. An attempt with no explosion of that day at a related place (a
    shooting, an attack with no weapon named) stays an event.
    """
    return _fold_same_day(
        merged,
        (m for m in merged if m.event_type == "Explosions/Remote violence"),
        lambda cand: cand.attempt,
        lambda m, cand: (
            m.landmark is not None and cand.landmark is not None and _near_enough(m.landmark, cand.landmark, landmarks)
        ),
        "merge.fold_attempt",
    )


_DRONE_WORDS = ("drone", "uav", "طائر", "مسير", "مسيّر")


def _weapon(cand: Candidate) -> str:
    """``drone`` or ``projectile``: the weapon of an attack (its sub-event type) or of an interception (its words);
    ``any`` for an interception whose words name no munition, only a pronoun or a count of the salvo told before
    ("Two were shot down", "اعترضتهما")."""
    if cand.event_type == "Explosions/Remote violence":
        return "drone" if cand.sub_event_type == "Air/drone strike" else "projectile"
    words = " ".join(entry for entry in cand.rules if entry.startswith("trigger(intercepted:")).lower()
    if any(w in words for w in _DRONE_WORDS):
        return "drone"
    return "projectile" if any(w in words for w in _PROJECTILE_WORDS) else "any"


_PROJECTILE_WORDS = (
    "rocket",
    "missile",
    "mortar",
    "shell",
    "katyusha",
    "projectile",
    "صاروخ",
    "صواريخ",
    "قذيف",
    "قذائف",
    "هاون",
    "كاتيوشا",
    "سي رام",
    "c-ram",
)


def _same_weapon(host: Candidate, cand: Candidate) -> bool:
    """Whether two candidates are of one weapon (:func:`_weapon`; ``any`` is of every weapon)."""
    a, b = _weapon(host), _weapon(cand)
    return a == b or "any" in (a, b)


def fold_aimed(merged: list[Candidate], landmarks: Mapping[str, Landmark]) -> list[Candidate]:
    """Fold an attack told only by where it was aimed into that day's interception of its weapon (``merge.fold_aimed``).

    "Air defences intercepted a drone over the Green Zone early Tuesday. The drone had been heading for the U.S.
    Embassy": the second sentence names the target of the attack the first says was brought down, no attack of
    its own. Only an attack with no word of impact (fell, hit, struck, سقط) and no casualties is folded, and only
    into an interception of the same weapon (drones, or rockets and shells); its place, when more specific,
    becomes the interception's, near it (the target, not where the weapon came down).
    """
    hosts = [m for m in merged if _intercepted(m) and not m.impact]  # not "intercepted two, while one landed"
    if not hosts:
        return merged

    def guest(cand: Candidate) -> bool:
        return (
            cand.event_type == "Explosions/Remote violence"
            and not cand.impact
            and not cand.distinct
            and not cand.fatalities
            and not cand.injuries
        )

    def fits_weapon(host: Candidate, cand: Candidate) -> bool:
        return _same_weapon(host, cand)

    def fits(host: Candidate, cand: Candidate) -> bool:
        # a blast only heard ("an explosion was heard", "دوي انفجار") names no weapon: it is any interception's
        return fits_weapon(host, cand) or cand.generic_blast

    by_day = _by_day(hosts)
    out: list[Candidate] = []
    for cand in merged:
        host = next((m for m in by_day.get(cand.day, []) if same_day(m, cand) and fits(m, cand)), None)
        if host is None or not guest(cand):
            out.append(cand)
            continue
        target = cand.landmark if fits_weapon(host, cand) else None
        more_specific = target is not None and (
            host.landmark is None or specificity(target)[0] < specificity(host.landmark)[0]
        )
        if more_specific:
            host.place, host.landmark, host.location, host.relation = cand.place, target, cand.location, "near"
        # a blast only heard says nothing of where the weapon was headed: the interception keeps its place
        merge_into(host, cand, evidence=False, place=fits_weapon(host, cand))
        host.rules.append(rule("merge.fold_aimed"))
    return out


def fold_clashes(merged: list[Candidate], landmarks: Mapping[str, Landmark]) -> list[Candidate]:
    """Fold "clashes" with no weapon named into the same day's protest or riot nearby (``merge.fold_clash``).

    "Clashes broke out at the entrances to the Green Zone between security forces and contract workers" in a
    report whose protesters "hurled stones at riot police at the Planning gate" that day tells one event told
    twice: the crowd's clash with the police, a riot (ACLED codes a demonstration that turns violent as a
    riot). Only clashes with the security forces are: their counts go to the riot. Clashes with weapons named
    or an armed group among their parties stay battles; clashes of unnamed "rival groups" stay what they were.
    """

    def guest(cand: Candidate) -> bool:
        # (a clash with no party named at all, "with clashes erupting on a bridge", on the day and at the place of a
        # protest is that protest's too)
        roles = {m.actor.role for m in cand.actors}
        unnamed = not roles and not cand.clash_echo and cand.landmark is not None  # (told at a place of its own)
        return cand.clash_only and ("security" in roles or unnamed) and "armed" not in roles

    hosts = [m for m in merged if _kind(m.event_type) == "Protests"]
    out = _fold_same_day(
        merged,
        hosts,
        guest,
        _near_or_unplaced(landmarks),
        "merge.fold_clash",
    )
    for host in hosts:  # a protest that took in a clash with the police turned violent
        if rule("merge.fold_clash") in host.rules:
            host.event_type, host.sub_event_type = "Riots", "Violent demonstration"
    # "The clashes near the bridge left 15 injured" after "Police fired tear gas at protesters near the bridge":
    # the confrontation told before, named again with its article and no party: its counts go to the protest,
    # whose type stays (the force it was met with says what it was).
    # (the confrontation's event first: a riot or a protest met with force of that day, before a peaceful gathering
    # elsewhere: "Clashes erupted on the bridge, where young men threw stones ... 20 were injured in the clashes")
    return _fold_same_day(
        out,
        sorted(
            (m for m in out if _kind(m.event_type) == "Protests"),
            key=lambda m: m.event_type != "Riots" and m.sub_event_type not in FORCE_ON_CROWD,
        ),
        lambda cand: cand.clash_echo,
        _near_or_unplaced(landmarks),
        "merge.clash_echo",
    )


def fold_clash_fire(merged: list[Candidate], landmarks: Mapping[str, Landmark]) -> list[Candidate]:
    """Fold the mortars, rockets or RPGs of an armed clash that fall at the clash's own place into it
    (``merge.clash_fire``; eval/README.md, conventions decided 2026-12-04).

    "Gunmen exchanged fire with the security forces inside the Green Zone ... Mortar rounds also landed in the zone":
    the fire of the clash's sides is the clash (one Battles row, which takes its counts). Told falling at another
    landmark ("the clashes at the gate | shells landed inside the palace") it is a shelling of its own; so are
    munitions counted out at places of their own (``segment.distributive``) and an attack told apart ("In a separate
    attack"). A shelling with no place of its own is placed by the clash.
    """
    clashes = [m for m in merged if m.event_type == "Battles"]
    if not clashes:
        return merged
    by_day = _by_day(clashes)
    out: list[Candidate] = []
    for cand in merged:
        host = None
        if cand.sub_event_type == "Shelling/artillery/missile attack" and not (
            cand.distinct or cand.separate or cand.generic_blast
        ):
            host = next(
                (
                    m
                    for m in by_day.get(cand.day, [])
                    if same_day(m, cand)
                    and (
                        cand.landmark is None
                        or (m.landmark is not None and related(m.landmark, cand.landmark, landmarks))
                    )
                ),
                None,
            )
        if host is None:
            out.append(cand)
            continue
        merge_into(host, cand, evidence=False, place=False)
        host.rules.append(rule("merge.clash_fire"))
    return out


# Event words that name who attacked (gunmen, an armed group): an attack of its own, not the force on a crowd.
_PERPETRATOR_WORDS = ("gunmen", "armed", "masked", "assailant", "attacker", "unidentified", "unknown", "مسلح", "مجهول")


def fold_crowd_killings(merged: list[Candidate], landmarks: Mapping[str, Landmark]) -> list[Candidate]:
    """Fold a killing or wounding of the crowd told with no one who did it into the day's protest met with force
    (``merge.fold_crowd_killed``).

    "Security forces fired tear gas, then live ammunition ... Medics said 12 protesters were shot dead around the
    palace": a passive with no agent whose victims are the crowd, on a day the report tells that crowd met with the
    state's force at a place that can be the same, is that force's toll, not an attack of its own (ACLED: lethal force
    on protesters is part of the protest event). Gunmen or an armed group named ("Gunmen shot dead two protesters"),
    an agent the sentence names, a day with no protest met with force, and a place apart keep the attack.
    """

    def guest(cand: Candidate) -> bool:
        if cand.event_type != "Violence against civilians" or cand.sub_event_type != "Attack":
            return False
        if "crowd" not in cand.sides.values() or any(m.agency == "agent" for m in cand.actors):
            return False
        words = cand.rules[0].lower() if cand.rules else ""
        return not any(w in words for w in _PERPETRATOR_WORDS)

    if not any(c.event_type == "Violence against civilians" and guest(c) for c in merged):
        return merged  # (most reports: no killing of a crowd by no one named)
    hosts = [
        m
        for m in merged
        if _kind(m.event_type) == "Protests"
        and (m.sub_event_type in FORCE_ON_CROWD or any(a.actor.role == "security" for a in m.actors))
    ]
    if not hosts:
        return merged
    out = _fold_same_day(
        merged,
        hosts,
        guest,
        _near_or_unplaced(landmarks),
        "merge.fold_crowd_killed",
    )
    for host in hosts:  # the crowd's dead are the state's lethal force on it, unless the crowd rioted
        if rule("merge.fold_crowd_killed") in host.rules and host.event_type == "Protests" and host.fatalities:
            host.sub_event_type = "Excessive force against protesters"
    return out


def _intercepted(cand: Candidate) -> bool:
    """An attack brought down before it struck (``events``' interception rule): part of an attack of that day nearby."""
    return any(entry.startswith("trigger(intercepted:") for entry in cand.rules)


def fold_context(merged: list[Candidate], landmarks: Mapping[str, Landmark]) -> list[Candidate]:
    """Fold arrests and closures that accompany another event of the same day into it.

    ACLED codes arrests at a demonstration as a protest with intervention, and does not code the
    closure of roads or a curfew around an event as an event of its own. Alerts at an actor's own
    premises (the US Embassy preparing for an emergency) stay events. Hosts are looked for among the
    events of the same day only.
    """
    by_day: dict[object, list[Candidate]] = {}
    for cand in merged:
        if cand.event_type != "Strategic developments":
            by_day.setdefault(cand.day, []).append(cand)
    out: list[Candidate] = []
    brought_down: list[Candidate] = []
    for cand in merged:
        if cand.event_type != "Strategic developments" or cand.sub_event_type == OWN_PREMISES or cand.loaded_find:
            # (weapons found still loaded are a disrupted attack of their own, no context of another event)
            out.append(cand)
            continue
        host = _host(cand, by_day.get(cand.day, []), landmarks)
        if host is None:
            out.append(cand)
            continue
        host.count(Casualties(0, 0, cand.fatalities, cand.injuries))
        if _intercepted(cand) and not host.impact and (not cand.landed_beside or _landed_apart(cand, merged)):
            # (what landed beside it, told at a place of its own, is that place's event: "intercepted one of them,
            # and two others fell in Mansour" leaves the salvo aimed at the embassy brought down there)
            brought_down.append(host)
        if cand.sub_event_type == "Arrests" and host.sub_event_type == "Peaceful protest":
            host.sub_event_type = "Protest with intervention"
        known = {m.actor.name for m in host.actors}
        host.actors.extend(m for m in cand.actors if m.actor.name not in known)
        host.extra_notes.append(f"with {cand.sub_event_type.lower()}: {cand.location or 'same day'}")
        host.rules.append(rule("merge.fold_arrests" if cand.sub_event_type == "Arrests" else "merge.fold_closure"))
    for host in brought_down:  # no clause says where anything fell or hit: the attack told is the one brought down
        host.event_type, host.sub_event_type = "Strategic developments", "Disrupted weapons use"
        if rule("merge.all_intercepted") not in host.rules:
            host.rules.append(rule("merge.all_intercepted"))
    return out


def _landed_apart(cand: Candidate, merged: list[Candidate]) -> bool:
    """Whether the munitions that landed beside an interception are an attack of their own sentence at another place
    (``merge.all_intercepted``): the interception's landing is told apart, not where it was brought down."""
    here = cand.landmark.landmark_id if cand.landmark is not None else None
    return any(
        other is not cand
        and other.sentence_index == cand.sentence_index
        and other.event_type == "Explosions/Remote violence"
        and other.landmark is not None
        and other.landmark.landmark_id != here
        for other in merged
    )


def drop_lone_measures(merged: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """``(kept, dropped)``: a closure, curfew or lockdown with no event of its own (rule ``merge.measure_alone``).

    What :func:`fold_context` found no host for is a security measure taken ahead of or around nothing the
    report tells ("closed the Jumhuriya and Sinak bridges ahead of calls for protests"): ACLED codes no
    event. Alerts at an actor's own premises and arrests stay events.
    """
    kept: list[Candidate] = []
    dropped: list[Candidate] = []
    for cand in merged:
        lone = cand.event_type == "Strategic developments" and cand.sub_event_type == "Other"
        lone = lone and not any(r.startswith("merge.fold") for r in cand.rules)
        (dropped if lone else kept).append(cand)
    return kept, dropped


def _count_kind(cand: Candidate) -> str:
    """The kind of event a headline's count may be told of: the parts of one salvo (a munition that landed, one brought
    down) are one kind ("صاروخ يقتل طفلة في الكرادة و"سي رام" السفارة الأمريكية تعترض صاروخين": the girl is the
    house's, not the interception's the headline merges into)."""
    if cand.sub_event_type == "Disrupted weapons use":
        return "Explosions/Remote violence"
    return cand.event_type


def _counts_told_of_another(cand: Candidate, target: Candidate, merged: list[Candidate]) -> None:
    """Leave out of a headline's candidate the counts another body event of its day tells as its own.

    "صواريخ على المنطقة الخضراء ومقتل طفلة بسقوط صاروخ على منزل": the girl is the body's house event's dead (its
    clause counts one), not the Green Zone's the headline's rockets merge into (``casualties.headline_of_another``);
    an interception of the salvo is of its kind (``_count_kind``).
    """
    for attr in ("fatalities", "injuries"):
        value = getattr(cand, attr)
        if not value:
            continue
        if (
            any(
                m is not target
                # (a headline's day is the report's, the body event's its own: of the target's day, a count of its own
                # words, not one a headline piece merged into it gave it)
                and (m.day == cand.day or (m.day == target.day and rule("merge.headline") not in m.rules))
                and getattr(m, attr) == value
                and _count_kind(m) == _count_kind(target)
                for m in merged
            )
            and getattr(target, attr) != value
        ):
            setattr(cand, attr, None)
            if rule("casualties.headline_of_another") not in target.rules:
                target.rules.append(rule("casualties.headline_of_another"))


def merge_headline(
    merged: list[Candidate],
    headline: list[Candidate],
    landmarks: Mapping[str, Landmark],
    text: str,
    *,
    body_told: bool = False,
) -> list[tuple[str, str]]:
    """Merge the headline's candidates into the body's events; returns ``(rule, reason)`` of those dropped.

    A headline summarises the body: its events are the body's when they agree in kind and place. A
    report that is only a headline keeps the headline's events; one whose body told events that were all
    found to be none (``body_told``: mentions of a crowd, security measures) drops them as well.
    """
    dropped: list[tuple[str, str]] = []
    body = bool(merged) or body_told
    for cand in headline:
        target = next((m for m in merged if compatible(m, cand, landmarks, any_day=True)), None)
        if target is None and body:
            passage = text[cand.sentence[0] : cand.sentence[1]][:80]
            dropped.append((rule("merge.headline_dropped"), f"headline of the body's events: {passage!r}"))
        elif target is None:
            merged.append(cand)
        else:
            continuing = target.continuing
            # a place the body names that the gazetteer lacks ("منزل في منطقة القادسية") is the event's own: the
            # headline's landmark does not replace it
            own = target.place is not None and target.place.unknown and not target.fallback
            _counts_told_of_another(cand, target, merged)
            merge_into(target, cand, evidence=False, city=False, place=not own)
            # a headline naming what the body tells as ongoing ("العراق بين اعتصامين" over "واستمرار اعتصامين
            # متقابلين") tells nothing new either: the state stays a state (``background.continuing``)
            target.continuing = continuing
            target.rules.append(rule("merge.headline"))
    return dropped
