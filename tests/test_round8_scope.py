"""The scope of dates and event words (round 8): the main clause dates and types a sentence, not a phrase inside it.

Every sentence here is written for these tests, not taken from the reports, with cases that must not fire:

- an old date inside a phrase describing a noun (a relative clause on a place or a person, a reduced relative on
  the victims: "where activists were shot dead in November 2019", "photos of students killed over the past year",
  "which was the heart of the sit-ins a year ago") dates that phrase only: the gathering keeps the date carried
  before, and the sentences after it keep it too (rule ``date.subordinate``); a sentence whose main clause is old,
  or whose relative clause describes an event ("the protests that erupted in October 2019"), stays background;
- an event named after "following", "after", "بعد" behind a gathering is what the crowd answers, not the row's type
  (rule ``background.cause``); without a gathering before it, both events stay;
- solidarity with the victims of an event ("للتضامن مع غزة بعد قصف مستشفى") is a cause: its date does not date the
  sentence, nor the ones after it.
"""

from __future__ import annotations

from datetime import date

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.dates import find_dates
from geoincidents.extraction.events import find_triggers
from geoincidents.extraction.rules.scope import subordinate_dates, subordinate_spans
from geoincidents.extraction.rules.timing import DateCarry


def _rows(text: str, published: str = "2024-03-11") -> list[tuple[str, str, str]]:
    frame = extract_incidents(text, published=published)
    return [(str(r.event_date)[:10], r.event_type, r.landmark_id) for r in frame.itertuples()]


def _skipped(text: str, published: str = "2024-03-11") -> list[str]:
    return list(extract_incidents(text, published=published).attrs.get("skipped", []))


def test_an_old_date_in_a_relative_clause_on_a_place_dates_the_clause_only() -> None:
    text = (
        "Thousands of people marched in Baghdad on Sunday to demand jobs. Another crowd gathered at Tahrir Square, "
        "where several activists were shot dead in November 2019. Police later fired tear gas at the crowd on the "
        "Jumhuriya Bridge."
    )
    rows = _rows(text)
    assert ("2024-03-10", "Protests", "tahrir_square") in rows
    assert all(day == "2024-03-10" for day, _, _ in rows)  # the carry is not changed
    assert not any(s.startswith("background.old:") for s in _skipped(text))
    assert [kind for _, kind, _ in rows] == ["Protests", "Protests"]  # the shooting of 2019 makes no row


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, hundreds rallied in Firdos Square holding photos of students killed over the past year.",
        "On Sunday, hundreds rallied in Firdos Square, carrying pictures of friends shot by snipers in 2019.",
    ],
)
def test_an_old_date_in_a_reduced_relative_on_the_victims_dates_it_only(text: str) -> None:
    assert _rows(text) == [("2024-03-10", "Protests", "firdos_square")]


def test_a_non_restrictive_relative_on_a_place_leaves_the_main_clause_to_the_carry() -> None:
    text = (
        "Graduates rallied in Baghdad on Sunday. The square, which was the heart of the sit-ins a year ago, "
        "was filled by the protesters again."
    )
    assert not any(s.startswith("background.year") for s in _skipped(text))


@pytest.mark.parametrize(
    "text",
    [
        # must not fire: the main clause is old
        "Protesters gathered in Tahrir Square in November 2019.",
        "Hundreds rallied in Firdos Square over the past year.",
        "Thousands of students, who were at the square on Sunday, marched on the bridge in October 2019.",
        # must not fire: the relative clause describes an event, which the main clause is about
        "Nearly 300 people were killed in the crackdown on the protests that erupted in October 2019.",
        "More than 500 people died in the uprising which began in Tahrir Square in October 2019.",
    ],
)
def test_a_sentence_whose_main_clause_is_old_stays_background(text: str) -> None:
    assert _rows(text) == []


def test_the_subordinate_spans_read_clause_structure() -> None:
    text = "Police said that protesters gathered at the gate where a man was killed in 2019."
    spans = [text[a:b] for a, b in subordinate_spans(text, 0, len(text))]
    assert spans == ["where a man was killed in 2019."]  # not "that" after "said"
    event = "Hundreds died in the protests that erupted in 2019."
    assert subordinate_spans(event, 0, len(event)) == []
    opening = "Those who were killed in 2019 were remembered."
    assert subordinate_spans(opening, 0, len(opening)) == []  # one word before: no main clause before it


def test_the_event_a_gathering_follows_is_its_cause_not_its_type() -> None:
    text = (
        "Hundreds of mourners gathered in Tahrir Square on Sunday following the burial of a fighter killed in an "
        "air strike."
    )
    assert _rows(text) == [("2024-03-10", "Protests", "tahrir_square")]
    arabic = "احتشد المئات في ساحة التحرير يوم الأحد بعد تشييع قيادي قتل بغارة جوية."
    assert [row[1] for row in _rows(arabic)] == ["Protests"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # must not fire: no gathering before the phrase, or the phrase tells a gathering itself
        (
            "A rocket struck the Green Zone on Sunday following a drone attack on Baghdad airport.",
            "Explosions/Remote violence",
        ),
        ("Students marched to Tahrir Square on Sunday after a rally at the university.", "Protests"),
    ],
)
def test_after_a_phrase_without_a_gathering_before_it_both_stay(text: str, kind: str) -> None:
    assert kind in [row[1] for row in _rows(text)]


def test_solidarity_with_the_victims_of_an_event_is_a_cause_and_keeps_the_carry() -> None:
    text = (
        "تجمع المئات في ساحة التحرير يوم الأحد 10 آذار. وتوافد المتظاهرون إلى الساحة للتضامن مع غزة بعد قصف مستشفى "
        "فيها مساء السبت. وأطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين عند جسر الجمهورية."
    )
    rows = _rows(text)
    assert all(day == "2024-03-10" for day, _, _ in rows)
    assert all(kind == "Protests" for _, kind, _ in rows)


def test_clashes_after_a_storming_are_the_crowds_own_day() -> None:
    # must not fire: a clash after the crowd's gathering is no attack it answers
    text = "اقتحم المحتجون مبنى البرلمان يوم الأحد، عقب مواجهات مع القوات الأمنية عند مدخل المنطقة الخضراء."
    assert [row[1] for row in _rows(text)] == ["Riots"]


def test_an_opinion_keeps_its_old_date() -> None:
    # must not fire: a view told with an old date in a relative clause is no event of the day
    text = (
        "اعتصم الخريجون في ساحة التحرير يوم الأحد. ويرى الباحث أن الاعتصام أداة ضغط أقوى من الكتلة التي تخلى عنها "
        "في حزيران."
    )
    assert any(s.startswith("background.old") for s in _skipped(text))
    english = (
        "Analysts believe that the sit-in is a tool stronger than the bloc which the cleric abandoned in June 2023."
    )
    dates = find_dates(english)
    assert subordinate_dates(english, 0, len(english), dates, date(2024, 3, 11), [], None) == (dates, [])
    told = "Students gathered at the bridge, where the cleric spoke in June 2023."
    dates = find_dates(told)
    assert subordinate_dates(told, 0, len(told), dates, date(2024, 3, 11), [], None)[0] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a symbol burnt is a peaceful protest
        ("تجمع العشرات أمام بوابة المنطقة الخضراء يوم الأحد، ورددوا هتافات وأحرقوا العلم الإسرائيلي.", "Protests"),
        ("Hundreds rallied in Tahrir Square on Sunday and set fire to American and Israeli flags.", "Protests"),
        ("تظاهر المئات في ساحة التحرير يوم الأحد وأحرقوا صور المسؤولين.", "Protests"),
        # must not fire: a building, a car or tyres burnt are violence
        ("تظاهر المئات في ساحة التحرير يوم الأحد وأحرقوا سيارة للشرطة.", "Riots"),
        ("Hundreds rallied in Tahrir Square on Sunday and set fire to a police car.", "Riots"),
        ("تظاهر المئات في ساحة التحرير يوم الأحد وأحرقوا الإطارات.", "Riots"),
    ],
)
def test_a_symbol_burnt_is_no_riot(text: str, kind: str) -> None:
    assert [row[1] for row in _rows(text)] == [kind]


def test_the_riot_where_part_of_the_crowd_went_is_an_event_of_its_own() -> None:
    text = (
        "تظاهر آلاف العراقيين يوم الأحد في ساحة التحرير وسط بغداد. وبقيت التظاهرة في الساحة سلمية. لكن مجموعات "
        "من الشبان توجهت بعد الظهر إلى جسر الجمهورية، ورشقت القوات الأمنية بالحجارة."
    )
    assert sorted((kind, place) for _, kind, place in _rows(text)) == [
        ("Protests", "tahrir_square"),
        ("Riots", "bridge_jumhuriya"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # must not fire: the crowd only named (force on it), or the event after "بعد" told with a day of its own
        "أطلقت الشرطة الغاز المسيل للدموع على المحتجين في ساحة التحرير يوم الأربعاء بعد سقوط صاروخ على الجادرية.",
        "تجمع المئات في ساحة التحرير يوم الأربعاء بعد سقوط صاروخ على الجادرية يوم الاثنين.",
    ],
)
def test_an_event_after_force_or_with_its_own_day_stays(text: str) -> None:
    assert "Explosions/Remote violence" in [row[1] for row in _rows(text, "2024-03-14")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the pluperfect of a relative clause describes a noun: the main clause is the news
        (
            "Last week, a sticky bomb attached to the car of a blogger who had criticised the factions exploded in "
            "Karrada, wounding him.",
            1,
        ),
        # must not fire: the main clause in the pluperfect, with an old date, recalls an earlier event
        ("Last month, a sticky bomb had exploded in Karrada, wounding a blogger.", 0),
    ],
)
def test_a_pluperfect_in_a_relative_clause_recalls_nothing(text: str, rows: int) -> None:
    assert len(_rows(text, "2024-03-14")) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Thousands of Iraqis waving flags packed Baghdad's Tahrir Square on Friday.", 1),
        ("On Friday, tens of thousands of people filled Tahrir Square.", 1),
        # must not fire: no crowd filled the place
        ("On Friday, the ministry filled the vacant posts.", 0),
    ],
)
def test_a_crowd_filling_a_square_is_a_protest(text: str, rows: int) -> None:
    assert len(_rows(text, "2024-03-14")) == rows


def test_a_weekday_after_an_indefinite_determiner_names_no_day() -> None:
    # "a Friday prayer" is some Friday: the sentence is dated by its own time adverbial (here an old one)
    text = (
        "At the beginning of the month, hundreds of thousands packed the Grand Festivities Square for a Friday prayer."
    )
    assert _rows(text, "2022-08-20") == []
    assert [m.attributive for m in find_dates("On Friday, a crowd gathered for a Friday prayer.")] == [False, True]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        # a time of a day already told, or the day after it: relative to the sentence before, not to publication
        ("وفي مساء اليوم نفسه، اقتحم العشرات المطعم", "same_day", date(2024, 3, 8)),
        ("وفي مساء ذلك اليوم، اقتحم العشرات المطعم", "same_day", date(2024, 3, 8)),
        ("وفي صباح اليوم التالي، عاد المحتجون", "day_after", date(2024, 3, 9)),
        ("Later that evening, dozens stormed the restaurant.", "same_day", date(2024, 3, 8)),
        ("The next day, the protesters returned.", "day_after", date(2024, 3, 9)),
        # must not fire: today's evening is today
        ("مساء اليوم، تجمع العشرات", "today", date(2024, 3, 10)),
    ],
)
def test_a_time_of_the_day_told_before_is_relative(text: str, kind: str, day: date) -> None:
    mention = find_dates(text)[0]
    assert mention.kind == kind
    carry = DateCarry(date(2024, 3, 10))
    carry.read("On Friday, a bomb exploded.", find_dates("On Friday, a bomb exploded."), 0, 27)
    when, _ = carry.read(text, [mention], 0, len(text))
    assert when.day == day


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # an event named by an older year is an old event named, not the sentence's
        (
            "Relatives of the victims of the 2016 Karrada truck bombing gathered in Tahrir Square on Sunday.",
            ["Protests"],
        ),
        ("تجمع ذوو ضحايا تفجير الكرادة عام 2016 في ساحة التحرير يوم الأحد.", ["Protests"]),
        # must not fire: a year of the publication's, or no year
        ("Relatives of the victims of the 2024 Karrada bombing gathered in Tahrir Square on Sunday.", None),
    ],
)
def test_an_event_named_by_an_older_year_types_nothing(text: str, kinds: list[str] | None) -> None:
    got = sorted(row[1] for row in _rows(text))
    if kinds is None:
        assert "Explosions/Remote violence" in got
    else:
        assert got == kinds


def test_a_definite_event_after_an_old_subordinate_event_is_that_old_event() -> None:
    text = (
        "Families held a vigil in Karrada on Sunday. They stood in front of the mall, where a truck packed with "
        "explosives blew up on July 3, 2016. The attack killed at least 300 people."
    )
    rows = _rows(text, "2024-03-11")
    assert [(kind, dead) for _, kind, _ in rows for dead in [None]] == [("Protests", None)]
    frame = extract_incidents(text, published="2024-03-11")
    assert frame["fatalities"].isna().all()
    # must not fire: a definite event told after a sentence with no old subordinate event
    fresh = "Families held a vigil in Tahrir Square on Sunday. The blast wounded two people in Karrada."
    assert ("2024-03-10", "Explosions/Remote violence", "karrada") in _rows(fresh)


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("A car packed with explosives blew up near the square.", ["explosion"]),
        ("The protesters chanted against the fake bomb detectors.", ["protest"]),
        ("Police called in the bomb squad.", []),
    ],
)
def test_blew_up_is_a_blast_and_a_bomb_squad_is_none(text: str, families: list[str]) -> None:
    assert [t.family for t in find_triggers(text, 0, len(text))] == families


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a verbal noun of finding with the article: weapons found, no attack
        (
            "تمكنت قوة أمنية فجر اليوم من العثور على منصة إطلاق محملة بأربعة صواريخ في منطقة الجادرية.",
            "Strategic developments",
        ),
    ],
)
def test_the_verbal_noun_of_finding_is_a_find(text: str, kind: str) -> None:
    assert [row[1] for row in _rows(text)] == [kind]


def test_a_running_total_since_an_earlier_date_reads_through_an_abbreviation() -> None:
    text = (
        "Rockets hit the U.S. Embassy on Friday. The group has claimed dozens of drone and rocket attacks on U.S. "
        "forces since Oct. 17."
    )
    assert [row[1] for row in _rows(text, "2023-12-08")] == ["Explosions/Remote violence"]


def test_a_summary_riot_goes_to_the_riot_told_at_its_own_place() -> None:
    text = (
        "أحيا آلاف العراقيين يوم الأحد ذكرى الاحتجاجات بتظاهرات في بغداد، تخللتها مواجهات مع قوات الأمن في العاصمة. "
        "ففي ساحة التحرير، احتشد آلاف المتظاهرين منذ الصباح رافعين الأعلام. وعند العصر، رشق شبان القوات الأمنية "
        "بالحجارة على جسر الجمهورية."
    )
    assert sorted((kind, place) for _, kind, place in _rows(text)) == [
        ("Protests", "tahrir_square"),
        ("Riots", "bridge_jumhuriya"),
    ]
    # must not fire: no riot told at a landmark of its own that day, the summary's clashes stay the gathering's
    alone = (
        "أحيا آلاف العراقيين يوم الأحد ذكرى الاحتجاجات بتظاهرات في بغداد، تخللتها مواجهات مع قوات الأمن في العاصمة. "
        "ففي ساحة التحرير، احتشد آلاف المتظاهرين منذ الصباح رافعين الأعلام."
    )
    assert [(kind, place) for _, kind, place in _rows(alone)] == [("Riots", "tahrir_square")]


def test_a_side_event_is_not_the_storys_event() -> None:
    text = (
        "10:30 - Hundreds of contract workers gather at the Planning gate. 11:00 - Security forces turn water cannon "
        "on the crowd at the Planning gate. 17:40 - Separately, residents of al-Shaab in northern Baghdad block the "
        "main road with burning tyres."
    )
    kinds = sorted(kind for _, kind, _ in _rows(text, "2024-07-14"))
    assert kinds == ["Protests", "Riots"]
    # must not fire: a side event at the same place is the same event
    same = (
        "Hundreds of contract workers gathered at the Planning gate on Sunday. Meanwhile, police fired tear gas at "
        "the crowd at the Planning gate."
    )
    assert [kind for _, kind, _ in _rows(same, "2024-07-14")] == ["Protests"]


def test_a_crowd_arriving_at_a_square_is_a_protest() -> None:
    text = "Protesters marched on the bridge on Sunday. Demonstrators began arriving at Tahrir Square from the morning."
    assert ("2024-03-10", "Protests", "tahrir_square") in _rows(text)


def test_that_after_a_verb_of_telling_opens_what_was_told() -> None:
    text = "Organisers told Rudaw English that they would march to the ministry where ten were killed in 2019."
    spans = [text[a:b] for a, b in subordinate_spans(text, 0, len(text))]
    assert spans == ["where ten were killed in 2019."]
    assert [m.attributive for m in find_dates("The cabinet will decide at its Tuesday session.")] == [True]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a relative clause on a place: its own phrase
        ("تجمع المحتجون في الساحة التي شهدت مقتل العشرات عام 2019", ["التي شهدت مقتل العشرات عام 2019"]),
        # must not fire: on an event noun, with a preposition or the article
        ("قتل 600 شخص خلال قمع للاحتجاجات التي اندلعت عام 2019", []),
        ("قتل أكثر من 600 شخص في قمع الاحتجاجات التي اندلعت في تشرين الأول 2019", []),
    ],
)
def test_arabic_relative_clauses_on_places_and_events(text: str, spans: list[str]) -> None:
    assert [text[a:b] for a, b in subordinate_spans(text, 0, len(text))] == spans
