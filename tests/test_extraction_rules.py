"""Each named rule of the extraction pipeline on its own (geoincidents.extraction.rules)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction._phrases import tokenize
from geoincidents.extraction.actors import find_actors
from geoincidents.extraction.dates import find_dates
from geoincidents.extraction.events import Casualties, find_casualties, find_triggers
from geoincidents.extraction.geocoding import find_elsewhere, find_places, landmark_index
from geoincidents.extraction.pipeline import RULES_COLUMN
from geoincidents.extraction.rules import RULES, rule
from geoincidents.extraction.rules.actors import actors_for, parties
from geoincidents.extraction.rules.background import background_reason, is_continuing, ongoing_spans, sentence_flags
from geoincidents.extraction.rules.candidate import Candidate, Scan
from geoincidents.extraction.rules.casualties import LooseCounts, clause_counts, excessive_force, sentence_counts
from geoincidents.extraction.rules.confidence import confidence
from geoincidents.extraction.rules.merging import compatible, fold_context, merge_candidates, merge_headline
from geoincidents.extraction.rules.places import (
    ElsewhereTracker,
    SentencePlaces,
    clause_places,
    descriptive_spans,
    pick_place,
    resolve_place,
    settle_place,
    widest_place,
)
from geoincidents.extraction.rules.segment import (
    dateline_end,
    is_headline,
    split_by_family,
    split_clauses,
    split_sentences,
)
from geoincidents.extraction.rules.timing import DateCarry, reporting_date

ROOT = Path(__file__).resolve().parent.parent
PUB = date(2021, 10, 23)  # a Saturday


def _scan(text: str, published: date | None = PUB) -> Scan:
    tokens = tokenize(text)
    return Scan(
        text,
        published,
        landmark_index(None),
        find_places(text, tokens=tokens),
        find_actors(text, tokens=tokens),
        find_dates(text, tokens=tokens),
        find_elsewhere(text, tokens=tokens),
    )


def _cand(
    event_type: str = "Protests", sub: str = "Peaceful protest", landmark: str | None = None, **kw: object
) -> Candidate:
    lm = landmark_index(None).landmarks[landmark] if landmark else None
    base: dict[str, object] = dict(
        event_type=event_type, sub_event_type=sub, day=PUB, precision=1, date_note="explicit", place=None,
        landmark=lm, relation="at" if lm else None, location=None, actors=[], sentence=(0, 10), sit_in=False,
        date_in_sentence=True, date_key=f"d:{PUB}",
    )  # fmt: skip
    base.update(kw)
    return Candidate(**base)  # type: ignore[arg-type]


def _text(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


# --- segment ---------------------------------------------------------------------------------------------


def test_sentences_end_at_stops_and_line_breaks_not_after_abbreviations() -> None:
    text = 'Gen. Ali said "rockets fell." Police arrived on Oct. 25 at dawn!\nما الذي حدث؟ لا شيء'
    got = [_text(text, s) for s in split_sentences(text)]
    assert got == ['Gen. Ali said "rockets fell."', "Police arrived on Oct. 25 at dawn!", "ما الذي حدث؟", "لا شيء"]


def test_clauses_cut_at_after_while_semicolons_and_arabic_links() -> None:
    text = "Rockets hit the zone after protesters gathered; police fired tear gas"
    assert [_text(text, c) for c in split_clauses(text, 0, len(text))] == [
        "Rockets hit the zone",
        "protesters gathered",
        "police fired tear gas",
    ]
    ar = "سقط صاروخ قرب السفارة بعد تجمع المحتجين"
    assert len(split_clauses(ar, 0, len(ar))) == 2


def test_dateline_and_headline() -> None:
    text = "BAGHDAD, March 15 (Reuters) - Rockets hit the zone."
    assert text[dateline_end(text, 0, len(text)) :] == "Rockets hit the zone."
    assert dateline_end("Rockets hit the zone.", 0, 21) == 0
    report = "Rockets hit Green Zone\nThree rockets hit the zone on Sunday."
    assert is_headline(report, split_sentences(report)[0])
    assert not is_headline("Three rockets hit the zone on Sunday.\nMore.", (0, 37))


def test_a_clause_is_cut_by_event_kind_only_when_each_piece_has_a_place() -> None:
    text = "A rocket fell near the Jumhuriya Bridge and a protest gathered in Tahrir Square"
    triggers = find_triggers(text)
    places = find_places(text)
    pieces = split_by_family((0, len(text)), triggers, [p.start for p in places])
    assert [{t.family for t in trig} for _, trig in pieces] == [{"explosion"}, {"protest"}]
    lone = "A rocket fell and a protest gathered in Tahrir Square"
    assert len(split_by_family((0, len(lone)), find_triggers(lone), [p.start for p in find_places(lone)])) == 1


# --- timing ----------------------------------------------------------------------------------------------


def test_dates_explicit_inherited_and_from_publication() -> None:
    text = "Protesters gathered. Rockets fell on Friday. Police came."
    carry = DateCarry(PUB)
    s1, s2, s3 = split_sentences(text)
    dates = find_dates(text)
    first, _ = carry.read(text, [d for d in dates if s1[0] <= d.start < s1[1]], s1[0], s1[1])
    assert (first.day, first.precision, first.rules) == (PUB, 2, ("date.publication",))
    second, dating = carry.read(text, [d for d in dates if s2[0] <= d.start < s2[1]], s2[0], s2[1])
    assert (second.day, second.in_sentence, second.rules, len(dating)) == (
        date(2021, 10, 22),
        True,
        ("date.explicit",),
        1,
    )
    third, _ = carry.read(text, [], s3[0], s3[1])
    assert (third.day, third.in_sentence, third.rules) == (date(2021, 10, 22), False, ("date.inherited",))
    assert DateCarry(None).read(text, [], 0, 5)[0].rules == ("date.unresolved",)


def test_an_aside_keeps_its_date_and_the_story_goes_on_with_its_own() -> None:
    text = "Rockets fell on Friday. Meanwhile, a drone hit the airport on Wednesday. Police came."
    carry, dates = DateCarry(PUB), find_dates(text)
    spans = split_sentences(text)
    got = [carry.read(text, [d for d in dates if a <= d.start < b], a, b)[0] for a, b in spans]
    assert [g.day for g in got] == [date(2021, 10, 22), date(2021, 10, 20), date(2021, 10, 22)]
    assert "date.aside" in got[1].rules


def test_the_date_a_source_spoke_is_not_the_events() -> None:
    text = "A source said on Sunday that a rocket fell last night near the bridge."
    dates = find_dates(text)
    assert [reporting_date(text, d) for d in dates] == [True, False]
    when, _ = DateCarry(date(2022, 3, 6)).read(text, dates, 0, len(text))
    assert when.day == date(2022, 3, 5) and "date.event_not_report" in when.rules


def test_the_date_of_a_statement_is_not_the_events() -> None:
    text = "In a statement on Thursday, the ministry said a drone attack on the Green Zone was foiled on Tuesday night."
    dates = find_dates(text)
    when, _ = DateCarry(date(2025, 1, 9)).read(text, dates, 0, len(text))
    assert when.day == date(2025, 1, 7) and "date.event_not_report" in when.rules
    ar = "وقالت الوزارة في بيان اليوم الخميس إن القوات أسقطت طائرة مسيرة فوق المنطقة الخضراء مساء الثلاثاء."
    when, _ = DateCarry(date(2025, 1, 9)).read(ar, find_dates(ar), 0, len(ar))
    assert when.day == date(2025, 1, 7)
    # Negative: a sentence with one date keeps it, statement or not.
    text = "In a statement on Thursday, the ministry condemned the attack."
    when, _ = DateCarry(date(2025, 1, 9)).read(text, find_dates(text), 0, len(text))
    assert when.day == date(2025, 1, 9)


# --- background ------------------------------------------------------------------------------------------


def _reason(text: str, published: date = PUB) -> str | None:
    dates = find_dates(text)
    s_dates = [d for d in dates if not d.attributive]
    flags = sentence_flags(text, 0, len(text), s_dates, dates)
    when, dating = DateCarry(published).read(text, s_dates, 0, len(text))
    found = background_reason(flags, dating, when, published)
    return None if found is None else found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2019, hundreds of protesters were killed on the bridge.", "background.year"),
        ("وكان أنصار الصدر قد اقتحموا البرلمان.", "background.pluperfect_ar"),
        ("Supporters had stormed the embassy last week.", "background.pluperfect_en"),
        ("Protesters who have held a sit-in since mid-August.", "background.ongoing"),
        ("Protesters will march on 30 October.", "background.future"),
        ("The embassy was hit on 1 October.", "background.old"),
        ("Protesters gathered in Tahrir Square on Friday.", None),
    ],
)
def test_background_rules(text: str, expected: str | None) -> None:
    assert _reason(text) == expected


def test_a_running_total_or_state_since_an_earlier_time_is_an_ongoing_span() -> None:
    text = "300 people have been killed since the protests began."
    assert ongoing_spans(text, 0, len(text)) == [(0, text.index(" the protests"))]
    # "since" opening a clause of its own takes the clause: the storming is when the sit-in began
    text = "Protesters have been staging a sit-in since they stormed the building on July 30, officials said."
    assert ongoing_spans(text, 0, len(text)) == [(0, text.index(", officials"))]
    text = "Protesters have been staging a sit-in since July 30, when police fired tear gas."
    (span,) = ongoing_spans(text, 0, len(text))
    assert span[1] <= text.index("July 30") + len("July 30")


def test_a_continuing_sit_in_is_a_state_unless_someone_was_hurt() -> None:
    text = "The sit-in continues at the gate"
    assert is_continuing(text, (0, len(text)), "Peaceful protest", [])
    assert not is_continuing(text, (0, len(text)), "Peaceful protest", [Casualties(4, 10, 1, None)])
    assert not is_continuing(text, (0, len(text)), "Violent demonstration", [])


# --- places ----------------------------------------------------------------------------------------------


def test_the_most_specific_place_wins_and_descriptions_are_left_out() -> None:
    text = "Protesters gathered on the Jumhuriya Bridge in the Green Zone area"
    place, skipped = pick_place(find_places(text), descriptive_spans(text, 0, len(text)))
    assert place is not None and place.landmark.landmark_id == "bridge_jumhuriya" and not skipped
    text = "Protesters gathered in Khilani Square, which leads to Tahrir Square and the Jumhuriya Bridge"
    place, skipped = pick_place(find_places(text), descriptive_spans(text, 0, len(text)))
    assert place is not None and place.landmark.landmark_id == "khilani_square" and skipped


def test_the_place_of_what_an_arrested_cell_is_accused_of_is_not_the_arrests() -> None:
    text = "Police arrested a cell responsible for rocket attacks on the Green Zone"
    places, rules = clause_places(text, (0, len(text)), find_places(text), "Arrests")
    assert places == [] and rules == ["place.charge_skipped"]
    places, rules = clause_places(text, (0, 10), find_places(text), "Peaceful protest")
    assert [p.landmark.landmark_id for p in places] == ["green_zone"] and rules == ["place.sentence"]


def test_other_cities_are_elsewhere_unless_the_clause_names_a_landmark() -> None:
    text = "In the southern city of Nasiriya, protesters burned tyres. In Tahrir Square, crowds gathered."
    scan = _scan(text)
    tracker = ElsewhereTracker(scan)
    (a, b), (c, d) = split_sentences(text)
    first = [p for p in scan.places if a <= p.start < b]
    tracker.sentence((a, b), a, first, split_clauses(text, a, b))
    assert tracker.elsewhere((a, b), a, first)
    second = [p for p in scan.places if c <= p.start < d]
    tracker.sentence((c, d), c, second, split_clauses(text, c, d))
    assert not tracker.elsewhere((c, d), c, second)


def test_a_sit_in_goes_to_the_site_of_that_day() -> None:
    text = "Supporters set up sit-in tents near the Jadriya gate"
    scan = _scan(text)
    triggers = find_triggers(text)
    where = SentencePlaces(scan, (0, len(text)), scan.places)
    choice = resolve_place(where, scan.places, triggers, ("Protests", "Peaceful protest"), date(2021, 10, 19), [])
    assert choice.landmark is not None and choice.landmark.landmark_id == "sit_in_2021_jadriya"
    assert any(r.startswith("place.sit_in_site") for r in choice.rules)


def test_an_alert_at_the_embassy_is_placed_at_its_premises() -> None:
    text = "The US Embassy raised its alert level"
    scan = _scan(text)
    where = SentencePlaces(scan, (0, len(text)), [])
    choice = resolve_place(where, [], find_triggers(text), ("Strategic developments", "Other"), PUB, scan.actors)
    assert choice.landmark is not None and choice.landmark.landmark_id == "us_embassy"
    assert choice.rules == ["place.own_premises(us_embassy)"]


def test_unlocated_events_fall_back_to_the_city_or_are_dropped() -> None:
    text = "Clashes broke out in Baghdad."
    widest = widest_place(find_places(text))
    assert widest is not None and widest.landmark.landmark_id == "baghdad"
    alone = _cand("Battles", "Armed clash")
    assert settle_place(alone, False, widest, text) is None
    assert alone.fallback and alone.rules == ["place.city_fallback(baghdad)"]
    beside = _cand("Battles", "Armed clash", date_in_sentence=False)
    assert settle_place(beside, True, widest, text) is not None
    assert settle_place(_cand(), False, None, text) == ("place.none", "no place the gazetteer knows")


# --- casualties ------------------------------------------------------------------------------------------


def test_counts_of_the_clause_and_of_the_sentence() -> None:
    text = "Police fired tear gas at protesters, and later two people were killed and 12 wounded"
    counts = find_casualties(text)
    cand = _cand()
    clause_counts(cand, counts, (0, 40))
    assert (cand.fatalities, cand.injuries) == (None, None)
    sentence_counts(cand, counts, [(0, 40)])
    assert (cand.fatalities, cand.injuries) == (2, 12) and cand.rules == ["casualties.sentence"]


@pytest.mark.parametrize(
    ("text", "first_event_counts"),
    [
        ("The first rocket hit a car park, wounding a guard, while the other one caused no casualties", (None, 1)),
        ("سقط الصاروخ الأول على مرآب وأصاب حارساً، فيما تسبب الثاني بإصابة امرأتين", (None, None)),
        # Not about another one: the sentence's counts are its first event's.
        ("A rocket hit a car park, and two guards were wounded", (None, 2)),
        ("سقط صاروخ على مرآب، فيما أصيب حارسان بجروح", (None, 2)),
    ],
)
def test_a_count_told_of_the_other_one_is_not_the_first_event_s(
    text: str, first_event_counts: tuple[int | None, int | None]
) -> None:
    trigger_end = max(t.end for t in find_triggers(text)[:1])
    cand = _cand("Explosions/Remote violence", "Shelling/artillery/missile attack")
    sentence_counts(cand, find_casualties(text), [(0, trigger_end)])
    assert (cand.fatalities, cand.injuries) == first_event_counts


def test_a_loose_count_goes_to_the_nearest_event_before_it_that_can_have_victims() -> None:
    protest, alert = _cand(sentence_index=0), _cand("Strategic developments", "Other", sentence_index=1)
    far = _cand(sentence_index=5)
    loose = LooseCounts()
    loose.add(2, [Casualties(0, 1, 3, None)], None)
    loose.apply([protest, alert, far])
    assert (protest.fatalities, alert.fatalities, far.fatalities) == (3, None, None)
    assert protest.rules == ["casualties.nearby"]
    other_day = LooseCounts()
    other_day.add(1, [Casualties(0, 1, 3, None)], date(2021, 10, 1))
    fresh = _cand(sentence_index=0)
    other_day.apply([fresh])
    assert fresh.fatalities is None


def test_a_loose_count_after_an_interception_is_its() -> None:
    intercepted = _cand("Strategic developments", "Disrupted weapons use", sentence_index=0)
    attack = _cand("Explosions/Remote violence", "Shelling/artillery/missile attack", sentence_index=2)
    alert = _cand("Strategic developments", "Other", sentence_index=0)
    loose = LooseCounts()
    loose.add(1, [Casualties(0, 1, 0, 0)], None)  # "There were no casualties."
    loose.apply([alert, intercepted, attack])
    assert (intercepted.fatalities, intercepted.injuries) == (0, 0)
    assert (alert.fatalities, attack.fatalities) == (None, None)


def test_deaths_at_a_protest_with_security_forces_named_are_excessive_force() -> None:
    text = "Security forces fired at protesters"
    cand = _cand(fatalities=2)
    excessive_force([cand], find_actors(text))
    assert cand.sub_event_type == "Excessive force against protesters"
    calm = _cand()
    excessive_force([calm], find_actors(text))
    assert calm.sub_event_type == "Peaceful protest"


# --- merging ---------------------------------------------------------------------------------------------


def test_passages_of_one_event_merge_at_the_most_specific_place() -> None:
    landmarks = landmark_index(None).landmarks
    zone = _cand(landmark="green_zone", relation="towards", injuries=3)
    gate = _cand(landmark="gate_14_july_bridge", fatalities=1)
    other_day = _cand(landmark="tahrir_square", day=date(2021, 10, 20), date_key="d:2021-10-20")
    merged = merge_candidates([zone, gate, other_day], landmarks)
    assert len(merged) == 2
    assert merged[0].landmark is not None and merged[0].landmark.landmark_id == "gate_14_july_bridge"
    assert (merged[0].fatalities, merged[0].injuries, merged[0].n_evidence) == (1, 3, 2)
    assert not compatible(_cand(landmark="tahrir_square"), _cand(landmark="bridge_sinak"), landmarks)
    rocket, drone = (
        _cand("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        _cand("Explosions/Remote violence", "Air/drone strike"),
    )
    assert not compatible(rocket, drone, landmarks)


def test_arrests_at_a_protest_fold_into_it() -> None:
    landmarks = landmark_index(None).landmarks
    protest = _cand(landmark="tahrir_square")
    arrests = _cand("Strategic developments", "Arrests", landmark="tahrir_square")
    out = fold_context([protest, arrests], landmarks)
    assert out == [protest] and protest.sub_event_type == "Protest with intervention"
    assert protest.rules == ["merge.fold_arrests"]


def test_an_interception_is_part_of_the_salvo_that_struck_there_only() -> None:
    landmarks = landmark_index(None).landmarks

    def intercepted(landmark: str) -> Candidate:
        cand = _cand("Strategic developments", "Disrupted weapons use", landmark=landmark)
        cand.rules = ["trigger(intercepted:rockets)"]
        return cand

    struck = _cand("Explosions/Remote violence", "Shelling/artillery/missile attack", landmark="us_embassy")
    here = intercepted("us_embassy")
    assert fold_context([struck, here], landmarks) == [struck]  # same salvo, same place: one attack
    elsewhere = _cand("Explosions/Remote violence", "Shelling/artillery/missile attack", landmark="jadriya")
    alone = intercepted("us_embassy")
    assert fold_context([elsewhere, alone], landmarks) == [elsewhere, alone]  # a rocket on a house across the river
    unplaced = _cand("Explosions/Remote violence", "Air/drone strike")
    kept = intercepted("republican_palace")
    assert fold_context([unplaced, kept], landmarks) == [unplaced, kept]


def test_the_headline_merges_into_the_body_or_is_dropped() -> None:
    landmarks = landmark_index(None).landmarks
    body = [_cand(landmark="bridge_sinak")]
    same = _cand(landmark="green_zone")
    assert merge_headline(body, [same], landmarks, "x" * 20) == [] and body[0].rules == ["merge.headline"]
    other = _cand("Explosions/Remote violence", "Air/drone strike", landmark="us_embassy")
    dropped = merge_headline(body, [other], landmarks, "x" * 20)
    assert [r for r, _ in dropped] == ["merge.headline_dropped"] and len(body) == 1
    alone: list[Candidate] = []
    assert merge_headline(alone, [other], landmarks, "x" * 20) == [] and alone == [other]


# --- actors and confidence -------------------------------------------------------------------------------


def test_a_cited_source_is_no_party_and_roles_follow_acled() -> None:
    text = "Police said protesters and Kataib Hezbollah fighters clashed"
    kept, cited = parties(text, find_actors(text))
    assert cited and "Police Forces of Iraq" not in {m.actor.name for m in kept}
    riot = _cand("Riots", "Violent demonstration", actors=kept)
    assert actors_for(riot)[0] == "Rioters (Iraq)"
    attack = _cand("Explosions/Remote violence", "Air/drone strike", actors=[])
    assert actors_for(attack)[0] == "Unidentified Armed Group (Iraq)"


def _attack_actor1(
    text: str, event_type: str = "Explosions/Remote violence", sub: str = "Air/drone strike"
) -> str | None:
    kept, _ = parties(text, find_actors(text))
    return actors_for(_cand(event_type, sub, actors=kept))[0]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # The actor the sentence says carried the attack out.
        ("Kataib Hezbollah fired four rockets at the US embassy", "Kataib Hezbollah"),
        ("The strike was carried out by US forces, a spokesman said", "Military Forces of the United States"),
        ("Islamic State claimed responsibility for the bombing", "Islamic State (Iraq)"),
        ("وأطلقت كتائب حزب الله ثلاثة صواريخ على القاعدة", "Kataib Hezbollah"),
        ("وتبنى تنظيم داعش التفجير", "Islamic State (Iraq)"),
        # A target, a suspect or a defender is not the attacker: an unidentified group is.
        ("Rockets were fired at US forces near the airport", "Unidentified Armed Group (Iraq)"),
        ("The US embassy was targeted by a rocket attack", "Unidentified Armed Group (Iraq)"),
        ("A drone strike hit a headquarters of Kataib Hezbollah", "Unidentified Armed Group (Iraq)"),
        ("Two drones were shot down by security forces", "Unidentified Armed Group (Iraq)"),
        ("US officials blamed Kataib Hezbollah for the rockets", "Unidentified Armed Group (Iraq)"),
        ("سقط صاروخ قرب مقر الحشد الشعبي", "Unidentified Armed Group (Iraq)"),
        ("قتل قيادي في كتائب حزب الله بضربة جوية", "Unidentified Armed Group (Iraq)"),
        ("استهدفت صواريخ القوات الأمريكية في المطار", "Unidentified Armed Group (Iraq)"),
    ],
)
def test_actor1_of_an_attack_is_who_carried_it_out(text: str, actor1: str) -> None:
    assert _attack_actor1(text) == actor1


def test_actor1_of_excessive_force_is_the_force_and_of_a_find_the_finders() -> None:
    text = "Riot police opened fire on protesters, killing two"
    kept, _ = parties(text, find_actors(text))
    force = _cand("Protests", "Excessive force against protesters", actors=kept)
    assert actors_for(force) == ("Police Forces of Iraq", None, "Protesters (Iraq)")
    unnamed = _cand("Protests", "Excessive force against protesters", actors=[])
    assert actors_for(unnamed)[0] == "Police Forces of Iraq"
    ar = "وعثر الجيش العراقي على منصة إطلاق صواريخ"
    kept_ar, _ = parties(ar, find_actors(ar))
    found = _cand("Strategic developments", "Disrupted weapons use", actors=kept_ar, rules=["trigger(disrupted:عثر)"])
    assert actors_for(found)[0] == "Military Forces of Iraq"
    # An intercepted rocket: the launcher acted (unidentified), not the forces whose C-RAM fired.
    cram = "The C-RAM of US forces intercepted a rocket"
    kept_c, _ = parties(cram, find_actors(cram))
    intercepted = _cand(
        "Strategic developments", "Disrupted weapons use", actors=kept_c, rules=["trigger(explosion:C-RAM)"]
    )
    assert actors_for(intercepted)[0] == "Unidentified Armed Group (Iraq)"


def test_a_protest_s_movement_is_the_associated_actor() -> None:
    for text in ("Sadrist supporters protested outside parliament", "تظاهر أنصار التيار الصدري أمام البرلمان"):
        kept, _ = parties(text, find_actors(text))
        assert actors_for(_cand(actors=kept))[:2] == ("Protesters (Iraq)", "Sadrist Movement")


def test_confidence_follows_what_is_known() -> None:
    sure, _ = confidence(_cand(landmark="tahrir_square", n_evidence=2), 1)
    vague, entry = confidence(_cand(landmark="baghdad", day=None, date_in_sentence=False), 3)
    assert 0.05 <= vague < sure <= 0.95
    assert entry == f"confidence({vague})"


# --- the trail -------------------------------------------------------------------------------------------


def test_unknown_rule_ids_are_refused() -> None:
    assert rule("place.most_specific", "x") == "place.most_specific(x)"
    with pytest.raises(KeyError, match="unknown extraction rule"):
        rule("place.guess")


def test_every_rule_is_documented() -> None:
    doc = (ROOT / "docs" / "extraction.md").read_text(encoding="utf-8")
    missing = [rid for rid in RULES if f"`{rid}`" not in doc]
    assert not missing, f"rules not described in docs/extraction.md: {missing}"


def test_every_row_carries_a_trail_of_known_rules_and_a_confidence() -> None:
    text = (ROOT / "data" / "reports" / "000_a1c6e357c0dae756.txt").read_text(encoding="utf-8")
    got = extract_incidents(text, published=PUB)
    assert len(got) >= 1
    for trail, value in zip(got[RULES_COLUMN], got["confidence"], strict=True):
        ids = [re.sub(r"\(.*\)$", "", entry) for entry in trail.split("; ")]
        assert ids[0] == "trigger" and "confidence" in ids and set(ids) <= set(RULES), trail
        assert 0 < value <= 1
    assert all(s.split(":")[0] in RULES for s in got.attrs["skipped"])
