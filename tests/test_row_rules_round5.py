"""Row decisions of round 5 (reports 701-714): expected events, a day in apposition to a week, a stand, slogans
against an institution, a source after a count, a toll named by its event.

Each case is a sentence or a short report written for this test (English and Arabic), with near misses that must
keep their reading.
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.events import find_casualties, find_triggers
from geoincidents.extraction.place_roles import NOT_PLACE, place_role

PUB = "2024-03-14"  # a Thursday


def _rows(text: str, published: str = PUB) -> list[tuple[str, str]]:
    frame = extract_incidents(text, published=published)
    return [(str(row.event_date.date()), str(row.landmark_id)) for _, row in frame.iterrows()]


# --- an event noun followed by a future or modal verb is only expected ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Baghdad Operations Command said it had identified the car and that arrests would follow.",
        "A rally will be held in Tahrir Square to mark the anniversary.",
        "Protests are expected to resume near the Jumhuriya Bridge.",
        "Organisers said the march is going to begin at the Nisour Square.",
        "وأكد المصدر أن الاعتقالات ستتبع خلال الساعات المقبلة.",
        "وقال المنظمون إن التظاهرة سوف تنطلق من ساحة التحرير.",
    ],
)
def test_event_noun_then_future_verb_is_no_trigger(text: str) -> None:
    assert find_triggers(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters who would not leave the square were beaten by riot police.",  # a relative clause between
        "Police arrested two men, who will be tried next month.",  # the verb's own event, told
        "Arrests followed within hours.",
        "Protesters stormed the building and will stay there.",
        "تظاهر المئات أمام الوزارة.",
    ],
)
def test_near_misses_of_the_future_verb_keep_their_trigger(text: str) -> None:
    assert find_triggers(text), text


# --- a day in apposition to a week dates the sentence --------------------------------------------------------


def test_earlier_this_week_on_monday_is_that_monday() -> None:
    text = "Earlier this week, on Monday, hundreds of graduates protested outside the Ministry of Oil in Baghdad."
    assert [d for d, _ in _rows(text)] == ["2024-03-11"]


def test_a_week_earlier_on_an_old_day_is_background() -> None:
    text = "A week earlier, on March 3, a sound bomb went off outside a liquor store in Karrada."
    assert _rows(text) == []


def test_arabic_last_week_then_weekday() -> None:
    text = "وفي الأسبوع الماضي، يوم الاثنين، تظاهر المئات في ساحة التحرير."
    assert _rows(text) == [("2024-03-11", "tahrir_square")]


def test_week_without_an_apposed_day_keeps_week_precision() -> None:
    frame = extract_incidents("Last week, protesters rallied in Tahrir Square.", published=PUB)
    assert list(frame["time_precision"]) == [2]
    # a day later in the sentence, not in apposition, does not date the week's event
    frame = extract_incidents(
        "Last week, protesters rallied in Tahrir Square, the ministry said on Monday.", published=PUB
    )
    assert list(frame["time_precision"]) == [2]


# --- "وقفة": a stand held somewhere or of a kind --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("وكان الخريجون قد نظموا وقفة مماثلة يوم الاثنين الماضي في ساحة التحرير.", [("2024-03-11", "tahrir_square")]),
        ("نظم ناشطون، اليوم الخميس، وقفة أمام مبنى وزارة التخطيط.", [("2024-03-14", "ministry_of_planning")]),
        ("ونظمت عائلات الضحايا وقفة صامتة في ساحة التحرير اليوم.", [("2024-03-14", "tahrir_square")]),
    ],
)
def test_arabic_stand_is_a_protest(text: str, rows: list[tuple[str, str]]) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الفصائل وقف إطلاق النار قرب ساحة التحرير اليوم.",  # a ceasefire
        "ودعا إلى وقف التصعيد في محيط المنطقة الخضراء.",
        "وقفت السيارة أمام مبنى وزارة التخطيط.",
        "ودعا ناشطون إلى وقفة احتجاجية في ساحة التحرير يوم الجمعة المقبل.",  # called for
    ],
)
def test_near_misses_of_the_stand_make_no_row(text: str) -> None:
    assert _rows(text) == [], text


# --- what slogans are against is no place ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The protesters chanted slogans against the Ministry of Planning and marched on.", "Ministry"),
        ("They carried banners denouncing the U.S. Embassy as they marched.", "U.S."),
        ("ورددوا هتافات ضد وزارة التخطيط.", "وزارة"),
    ],
)
def test_slogans_against_a_place_is_no_place(text: str, name: str) -> None:
    start = text.index(name)
    assert place_role(text, start, start + len(name)) == NOT_PLACE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Protesters chanted slogans outside the Ministry of Planning.", "Ministry"),
        ("A rocket attack against the U.S. Embassy was repelled.", "U.S."),  # an attack's target is its place
        ("ورددوا هتافات أمام وزارة التخطيط.", "وزارة"),
    ],
)
def test_near_misses_of_slogans_against_keep_the_place(text: str, name: str) -> None:
    start = text.index(name)
    assert place_role(text, start, start + len(name)) != NOT_PLACE


def test_slogans_against_a_ministry_make_no_second_row() -> None:
    text = (
        "Riot police used water cannon on Thursday to disperse lecturers rallying in Tahrir Square. "
        "The protesters chanted slogans against the Ministry of Higher Education and tried to march towards the "
        "Jumhuriya Bridge before being pushed back."
    )
    assert _rows(text) == [("2024-03-14", "tahrir_square")]


# --- a source named after a count is not one more victim -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "injuries"),
    [
        ("A bomb exploded, wounding more than 50, a police officer said.", 50),
        ("Gunmen opened fire, wounding 12, a doctor told AFP.", 12),
        ("A grenade exploded, wounding the owner and two passers-by, a security source said on Sunday.", 3),
        # near misses: a last part that says nothing is a victim
        ("The blast wounded two protesters, a policeman and a journalist.", 4),
        ("The blast wounded two protesters and a policeman, officials said.", 3),
    ],
)
def test_source_after_a_count_is_no_victim(text: str, injuries: int) -> None:
    assert [c.injuries for c in find_casualties(text) if c.injuries is not None] == [injuries], text


# --- a toll named by its event ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dead", "update"),
    [
        ("A medical source said the death toll from the shooting had risen to four.", 4, True),
        ("The death toll of the Karrada bombing rose to 12.", 12, True),
        ("The death toll of five was confirmed by the ministry.", 5, False),  # "of" a count, no event
    ],
)
def test_toll_named_by_its_event(text: str, dead: int, update: bool) -> None:
    found = [(c.fatalities, c.update) for c in find_casualties(text)]
    assert found == [(dead, update)], text


def test_toll_of_an_event_with_no_verb_is_no_count() -> None:
    assert find_casualties("The death toll from the clashes in Basra is unclear.") == []


def test_toll_update_of_the_shooting_replaces_the_first_count() -> None:
    text = (
        "Security forces opened fire on protesters near al-Ahrar Bridge on Thursday, killing three people. "
        "Later on Thursday, a medical source said the death toll from the shooting had risen to four."
    )
    frame = extract_incidents(text, published=PUB)
    assert list(frame["fatalities"]) == [4]
