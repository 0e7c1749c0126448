"""The extraction's named rules, one module per kind of decision.

Every incident row the pipeline emits carries, in its ``extraction_rules`` column, the trail of the rules
that made and shaped it (:data:`RULES` ids, ``"; "``-separated, some with an argument in brackets:
``trigger(protest); date.explicit; place.most_specific(tahrir_square); casualties.clause``); every
passage with event words that made no row is listed in ``frame.attrs["skipped"]`` with the rule that
dropped it. ``docs/extraction.md`` describes each rule; a test checks that every id here is documented.

- :mod:`.segment`: sentences, clauses, dateline, headline
- :mod:`.timing`: the date of each sentence
- :mod:`.background`: background, ongoing, planned and recalled events
- :mod:`.scope`: what a date or an event word of a subordinate phrase scopes over
- :mod:`.places`: where the event of a clause happened (and other cities)
- :mod:`.casualties`: which event a count belongs to
- :mod:`.actors`: the parties of an event and their ACLED roles
- :mod:`.mentions`: passages naming only a protest's participants or camp
- :mod:`.merging`: passages of one event become one row
- :mod:`.confidence`: how sure a row is, and what is emitted
"""

from __future__ import annotations

__all__ = ["RULES", "rule"]

RULES: dict[str, str] = {
    # segment
    "segment.sentence": "sentence boundaries (full stop, ! ? ؟, line break; abbreviations kept)",
    "segment.clause": "clause boundaries (after, while, meanwhile, ; بعد فيما بينما عقب)",
    "segment.family": "a clause cut where its event words change kind, each piece with a place of its own",
    "segment.distributive": "munitions counted out at their places ('one near X, the other near Y'): one piece each",
    "segment.separate": "an attack told apart ('Hours later, ...', 'In a separate attack'): its own event where apart",
    "segment.dateline": "the dateline's place and date are the filing's, not the event's",
    "segment.headline": "a headline summarises the body: merged into the body's events",
    "segment.summary": "a sentence summing up the events of several days: merged into the body's events",
    # triggers
    "trigger": "event words of an ACLED family found in the clause (argument: the family)",
    "trigger.force": "no event word, but force used on a crowd (tear gas, water cannon): a protest met with force",
    # timing
    "date.explicit": "the clause's sentence names the event's date",
    "date.relative": "a date relative to the previous sentence's ('the same day', 'two days after')",
    "date.event_not_report": "of two dates, the one saying when something was said is left out",
    "date.subordinate": "an old date inside a phrase describing a noun ('where ... in 2019') dates only that phrase",
    "date.clause": "a clause naming its own day in a sentence dated by another clause: its own date",
    "date.aside": "a side event ('Meanwhile ...') keeps its own date; the story's date carries on after it",
    "date.timeline": "a timeline's entry past midnight after one of the evening: the next day",
    "date.reported": "a lede dated only by when it was told takes the day a later sentence gives its event",
    "date.inherited": "no date in the sentence: the date of the last dated sentence",
    "date.publication": "no date in the report before it: the publication date, week precision",
    "date.unresolved": "no date and no publication date",
    # background and statements
    "background.year": "dated by a year or a period only: background",
    "background.pluperfect_ar": "Arabic 'وكان ... قد' recalls an earlier event",
    "background.pluperfect_en": "English pluperfect with a date of its own before the news",
    "background.prior": "events named as earlier ones ('previous rockets', 'الهجمات السابقة') with no date: background",
    "background.ongoing": "a state since an earlier date, or a running total: no new event",
    "background.habitual": "a sentence with no date saying how often something happens ('frequently'): a habit",
    "background.at_the_time": "'at the time' after a sentence recalling background: that background's event",
    "background.referential": "an event referred to ('came two days after', 'the third attack') or called for: no row",
    "background.retold_reference": (
        "an event named to date another ('came two days after ...') and told again with its own day in the next "
        "sentences: kept; the referring subject is dropped"
    ),
    "background.cause": "a cause ('in anger over', 'احتجاجاً على') or a confessed attack ('confessed to'): no row",
    "background.old": "dated more than BACKGROUND_DAYS before publication",
    "background.old_clause": "a clause dated by an older calendar date in a sentence of the day's news: no row",
    "background.future_clause": "a clause dated by a time to come in a sentence of the day's news: planned, no row",
    "background.future": "dated after publication: planned",
    "background.continuing": "only an ongoing protest ('the sit-in continues'): no event of its own",
    # places
    "place.elsewhere": "the clause names another city and no landmark: out of the gazetteer's city",
    "place.two_places": "a clause naming two places of their own joined by 'and' is two events, one at each",
    "place.most_specific": "the most specific landmark of the clause (argument: landmark id)",
    "place.conjunct_skipped": "places of a coordinated clause of its own that tells no event are not the event's",
    "place.went_there": "a crowd's unplaced event told right after it headed for a place: at that place",
    "place.told_next": "an attack at an area, told in the next sentence by 'It landed near X': at that landmark",
    "place.referred": "an unlocated event told right after a sentence named it as a reference: the reference's place",
    "place.crowd_attacked": "an unplaced attack on 'the protesters' told before: at the place of their protest",
    "place.descriptive_skipped": "places only named to describe another ('which leads to') are left out",
    "place.negated_skipped": "a place the event did not reach ('none of the rockets landed on ...') is left out",
    "place.origin_skipped": "where rockets were fired or a march set off from is not where the event was",
    "place.moved_on": "a crowd that gathered at one place and moved on to another ('and tried to cross'): the second",
    "place.headed_only": "a crowd's clause names only where it headed: the sentence's place where it was",
    "place.origin_only": "a crowd's starting point is its place when the sentence names no other ('set out from ...')",
    "place.aim_skipped": "what a munition was aimed at gives way to another place of the clause, where it fell",
    "place.facing_skipped": (
        "what a place faces or overlooks ('Firdaws Square, facing the Palestine Hotel') gives way to that place"
    ),
    "place.not_a_place": "a landmark's name standing for an institution, a title or an outlet is left out",
    "place.reference_skipped": (
        "a place named only to say how far away the event was ('kilometres from ...') or to compare it "
        "('similar to those in ...')"
    ),
    "place.fuzzy_name": "a transliteration variant of a square's or bridge's name (argument: the words)",
    "place.charge_skipped": "where an arrested person's alleged acts happened is not the arrest's place",
    "place.intercepted_over": (
        "a munition brought down over a place the clause names ('intercepted a rocket over Jadriya') is there, not at "
        "the building that owns the defence; the Green Zone holding the embassy is no such place"
    ),
    "place.intercepted_near": "a munition brought down is near the building it was aimed at or defended by, not at it",
    "place.sit_in_site": "a sit-in placed at the gazetteer's sit-in site of that day",
    "place.sit_in_own_place": "a sit-in at a landmark no sit-in site of that day is at or next to: placed there",
    "place.sit_in_march": "people of a sit-in marching towards a place: the march, placed where it went",
    "place.sit_in_inactive": "a named sit-in site that did not exist that day: the next place named",
    "place.own_premises": "an alert at an actor's own premises (the US Embassy) placed there",
    "place.sentence": "the clause names no place: the sentence's place",
    "place.city_fallback": "no place of the event known: the widest area the report names (10 km)",
    "place.find_own": "weapons found, told beside where munitions landed or were brought down: not that place",
    "place.unlocated_detail": "no place and no date of its own beside located events: comment, dropped",
    "place.none": "no place the gazetteer knows: dropped",
    # casualties
    "casualties.clause": "counts stated in the clause",
    "casualties.sentence": "counts of the sentence outside any event clause",
    "casualties.nearby": "counts of a sentence with no event words given to the nearest event",
    "casualties.named_event": (
        "counts of a toll that names its event ('its toll for Monday's fighting') go to that day's event of that kind"
    ),
    "casualties.every_site": "a count of none said of every place ('at either site'): none at each event told there",
    "casualties.salvo_none": (
        "a count of none after a salvo counted out at two places ('two were brought down, the other crashed ...'): "
        "none at each piece"
    ),
    "casualties.salvo_toll": (
        "a toll after a salvo's parts told in one sentence: shared by two places where munitions landed, given to "
        "none; with one landing beside an interception, the landing's"
    ),
    "casualties.whole_attack": (
        "a count of none said of the whole attack ('the attack caused no casualties'): none at each of its parts told "
        "within two sentences before it"
    ),
    "casualties.day_total": "the sum of the day's events ('In all', 'the day's toll'): none's at several places",
    "casualties.far": "a toll told sentences after its event, only sentences saying no more of the harm between",
    "casualties.harm_where_force": "a toll near a peaceful gathering goes where force or violence was used nearby",
    "casualties.shared_places": "a count said of the events of several places together: none's (a none: each one's)",
    "casualties.named_place": (
        "a count of a sentence with no event words that names a place goes to the event at that place within reach"
    ),
    "casualties.headline_of_another": (
        "a headline's count that another body event of its day tells as its own is that event's, not the one the "
        "headline merges into"
    ),
    "casualties.summary_of_part": (
        "a salvo's summary toll that one part of it, at another place, tells again as its own is that part's"
    ),
    "casualties.by_weapon": "a count told by its weapon ('hurt by the mortar round'): that weapon's attack",
    "casualties.update": "a later toll ('the death toll rose to five') replaces the event's earlier count",
    "casualties.one_more": "'a second died of his wounds' adds one to the event's count",
    "casualties.also": "another group struck besides ('كما أصيب', 'were also hurt') adds to the event's count",
    "casualties.sides": "the people of the other side (security forces, the crowd) add to the event's count",
    "casualties.official": "an official body's count (a ministry, a statement) outranks a medical or security source's",
    "casualties.crowd_victim": (
        "victims told in the passive with no attacker named, at a protest met with force that day: that force"
    ),
    "casualties.excessive_force": "security forces and deaths at a protest: excessive force",
    "casualties.initial": "a first, provisional toll ('according to an initial toll') outranked by any other count",
    # merging
    "merge.clash_fire": "mortars, rockets or RPGs of an armed clash falling at the clash's own place are the clash",
    "merge.same_event": "passages of one event (same day, kind, related places) merged (argument: count)",
    "merge.retold": "an attack told again in the passive by what it hit ('The car was hit by a missile'): one event",
    "merge.fold_arrests": "arrests at a protest folded into it (protest with intervention)",
    "merge.fold_crowd_killed": "the crowd killed or hurt by no one named: the day's protest met with force",
    "merge.fold_clash": "clashes with no weapon named folded into that day's protest nearby: a riot",
    "merge.clash_echo": "'the clashes' with no party named folded into that day's protest nearby: its type stays",
    "merge.fold_aimed": "an attack told only by its target, on a day its weapon was intercepted: that interception",
    "merge.fold_attempt": "an assassination attempt folded into that day's explosion at its place (the weapon)",
    "merge.measure_alone": "a closure, curfew or lockdown around no event of the report: no row",
    "merge.fold_closure": "closures and curfews around an event folded into it",
    "merge.riot_where_told": "a summary's clashes merged into a gathering go to the riot told at its own landmark",
    "merge.clash_is_force": "'clashes' with a crowd merged with a protest met with force: that protest's type, no riot",
    "merge.all_intercepted": "an attack told with no impact, on the day one was brought down there: disrupted",
    "merge.headline": "the headline's event is the body's",
    "merge.headline_dropped": "a headline that names none of the body's events",
    "merge.reports": "rows of several reports with the same day, landmark and event type (argument: count)",
    # mentions
    "mention.moved": "a protest placed where its crowd came from or was driven to: a place of the day's protest",
    "mention.folded": "a passage only naming a protest's participants or camp folded into that day's protest",
    "mention.located": "a passage only naming participants, with its own date and place, and no protest that day",
    "mention.dropped": "a passage only naming a protest's participants or camp, no event that day: no row",
    # actors
    "actors.source_not_party": "an actor cited as the source of the news is not a party",
    # confidence
    "confidence": "the row's confidence (argument: the value)",
}


def rule(rule_id: str, arg: object = None) -> str:
    """One trail entry: a rule id of :data:`RULES`, with its argument when given.

    Raises
    ------
    KeyError
        When ``rule_id`` is not a known rule (a typo would leave a row without an explanation).
    """
    if rule_id not in RULES:
        raise KeyError(f"unknown extraction rule {rule_id!r}")
    return rule_id if arg is None else f"{rule_id}({arg})"
