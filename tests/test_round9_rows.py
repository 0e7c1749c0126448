"""Round 9, rows: false rows and missed incidents, each rule with cases that must and must not fire.

The sentences are written for these tests (not the reports' own): each rule reads a grammar or vocabulary
class (a cue with an aside after it, a future prefix, a time to come, a lapse of time after "after", a
summary over several days, a crowd converging on a place, an arrest of an event's participants ...).
"""

from __future__ import annotations

import pandas as pd
import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.events import find_triggers
from geoincidents.extraction.rules.segment import split_clauses, split_sentences


def _rows(text: str, published: str = "2025-05-20") -> pd.DataFrame:
    return extract_incidents(text, published=published)


def _families(text: str) -> list[str]:
    return [t.family for t in find_triggers(text)]


# --- plans, threats and calls (events._UNREAL_CUES, events._PERPETRATORS) ---


@pytest.mark.parametrize(
    "text",
    [
        # a call with an aside between commas right after its verb
        "وكانت نقابات عمالية قد دعت، في بيانات منفصلة، إلى التظاهر أمام وزارة النفط",
        "Youth groups had called, in separate statements, for protests in Tahrir Square.",
        # a threat brandished, with what is threatened after "ب"
        "ملوحين بالاعتصام أمام مجلس الوزراء",
        # the future prefix "ست" on any imperfect
        "وأكدت الوزارة أنها ستضمن سلامة المحتجين في الساحة",
        # who did an event, named to say they are sought
        "Police are hunting the perpetrators of Friday's shooting and Saturday's bombing.",
        "وشكلت القيادة لجنة لملاحقة منفذي الهجوم والتفجير",
    ],
)
def test_unreal_cues_make_no_trigger(text: str) -> None:
    assert _families(text) == []


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # flags waved are no threat: the gathering stays an event
        ("خرج الطلبة ملوحين بالأعلام وتجمعوا أمام الوزارة", "protest"),
        # "ستة" (six) is a number, no future prefix
        ("أصيب ستة محتجين قرب الجسر", "protest"),
        # "سترة ناسفة" (a suicide vest) is no future either
        ("فجر انتحاري يرتدي سترة ناسفة نفسه في السوق", "explosion"),
        # a call with no aside still needs its cue words right before the event word
        ("Students rallied outside the ministry, called by their union.", "protest"),
        ("Police, called to the scene, fired tear gas at protesters.", "protest"),
    ],
)
def test_unreal_cues_leave_events(text: str, family: str) -> None:
    assert family in _families(text)


# --- a time to come in a sentence of the day's news (background.future_clause) ---


def test_future_clause_drops_the_planned_march() -> None:
    text = "The teachers' union gave parliament a week on Tuesday, announcing a march on parliament next week."
    assert _rows(text).empty


def test_future_clause_drops_arabic_plan() -> None:
    text = "أمهلت نقابة المعلمين، اليوم الثلاثاء، الحكومة أسبوعاً، مع اعتصام أمام مجلس الوزراء الأسبوع المقبل."
    assert _rows(text).empty


def test_future_clause_keeps_the_day_news_and_its_place() -> None:
    text = (
        "Hundreds of engineers protested outside the Ministry of Planning on Tuesday, and organisers promised a "
        "bigger rally in Tahrir Square next week."
    )
    rows = _rows(text)
    assert len(rows) == 1
    assert rows.iloc[0]["landmark_id"] == "ministry_of_planning"
    assert str(rows.iloc[0]["event_date"])[:10] == "2025-05-20"


# --- segmenting: times after "after", full stops of abbreviations ---


def test_after_a_clock_time_is_no_clause() -> None:
    text = "Officials said four rockets were launched shortly after 2 a.m. and that two fell near the bridge."
    assert len(split_sentences(text)) == 1
    assert len(split_clauses(text, 0, len(text))) == 1


@pytest.mark.parametrize(
    "text", ["Police arrived after midnight and fired tear gas", "بدأ التجمع بعد صلاة الجمعة في الساحة"]
)
def test_after_a_time_of_day_is_no_clause(text: str) -> None:
    assert len(split_clauses(text, 0, len(text))) == 1


def test_after_a_lapse_of_time_is_no_clause() -> None:
    text = "عثرت الشرطة على السيارة بعد نحو ساعة، وبداخلها صاروخ لم ينطلق"
    assert len(split_clauses(text, 0, len(text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered after police killed a student",
        "Rockets hit the zone hours after the funeral ended",
        "سقط صاروخ قرب الجسر بعد انتهاء التشييع",
        "تجمع المحتجون بعد مقتل ناشط",
    ],
)
def test_after_an_event_still_cuts(text: str) -> None:
    assert len(split_clauses(text, 0, len(text))) == 2


def test_a_sentence_still_ends_before_a_capital() -> None:
    assert len(split_sentences("The blast came at 4 a.m. Police sealed the area.")) == 2


# --- event words: a bare strike, a tribal fight, an interception met in the air ---


def test_bare_strike_with_verb_of_impact_is_an_attack() -> None:
    rows = _rows(
        "The strike, late on Monday, hit a pickup in the Dora district of south Baghdad and killed two men.",
        published="2025-05-20",
    )
    assert list(rows["event_type"]) == ["Explosions/Remote violence"]
    assert str(rows.iloc[0]["event_date"])[:10] == "2025-05-19"


@pytest.mark.parametrize(
    "text",
    [
        "The general strike hit oil exports in the south.",
        "Workers on strike were killed in the collapse.",
        "the funeral of a commander killed in a US strike the night before",
    ],
)
def test_strike_of_workers_or_named_is_no_attack(text: str) -> None:
    assert "explosion" not in _families(text)


def test_tribal_fight_is_a_clash() -> None:
    assert _families("قتل شخصان بنزاع عشائري في منطقة الشعب") == ["battle"]
    assert "battle" in _families("A tribal dispute in the Shula area turned deadly, leaving two dead.")


def test_tribal_dispute_without_harm_is_no_clash() -> None:
    assert "battle" not in _families("Elders met to settle a tribal dispute over farmland.")


def test_engaged_over_a_place_is_an_interception() -> None:
    text = "The embassy's C-RAM engaged two drones over the river early on Friday."
    assert [t.family for t in find_triggers(text)] == ["intercepted"]


@pytest.mark.parametrize(
    "text",
    [
        "The C-RAM engaged two rockets, one of which hit a car park.",
        "Officials engaged in talks over the rocket attacks.",
    ],
)
def test_engaged_alone_is_no_interception(text: str) -> None:
    assert "intercepted" not in [t.family for t in find_triggers(text)]


# --- arrests of an event's participants (events._ARRESTED_PARTICIPANTS) ---


@pytest.mark.parametrize(
    "text",
    [
        "وأكدت الشرطة اعتقال عدد من المشاركين فيه",
        "Police arrested several people involved in the clash.",
    ],
)
def test_arrest_of_participants_is_no_event_of_its_own(text: str) -> None:
    assert "arrest" not in _families(text)


def test_arrest_of_suspects_stays_an_arrest() -> None:
    assert "arrest" in _families("Police arrested three suspects in the Dora district.")


# --- weapons found loaded, told with an ordinal between ---


def test_unfired_rocket_after_ordinal_is_a_disrupted_attack() -> None:
    assert _families("وبداخلها صاروخ رابع لم ينطلق") == ["disrupted"]


# --- places: an apposition of nearness, an event abroad, a crowd converging ---


def test_apposition_of_nearness_gives_no_place() -> None:
    text = (
        "Police fired tear gas at students on the Sinak bridge on Monday. Later, part of the crowd headed for "
        "the bridge, the closest crossing to the US embassy."
    )
    rows = _rows(text)
    assert "us_embassy" not in set(rows["landmark_id"])


def test_event_at_a_place_abroad_is_elsewhere() -> None:
    text = (
        "Hundreds rallied in Tahrir Square on Tuesday, hours after an air strike at Gaza's main hospital killed dozens."
    )
    rows = _rows(text)
    assert list(rows["event_type"]) == ["Protests"]


def test_crowd_converging_on_a_square_is_there() -> None:
    text = (
        "14:00 - آلاف الطلبة يتوافدون إلى ساحة التحرير رافعين الأعلام.\n"
        "16:00 - القوات الأمنية تطلق الغاز المسيل للدموع على المتظاهرين عند مدخل جسر السنك."
    )
    rows = _rows(text)
    assert {"tahrir_square"} <= set(rows["landmark_id"])
    assert len(rows) == 2


# --- a past-week event told with its own day inside a reference (background.retold_reference) ---


def test_reference_with_its_own_day_is_retold() -> None:
    text = (
        "A bomb exploded outside a shop in Karrada early Wednesday, wounding a guard. The blast came two days "
        "after a mob stormed a restaurant on Palestine Street late Monday, smashing its windows."
    )
    rows = _rows(text, published="2024-06-05")
    assert sorted(rows["event_type"]) == ["Explosions/Remote violence", "Riots"]


def test_reference_without_a_day_stays_a_reference() -> None:
    text = (
        "A bomb exploded outside a shop in Karrada early Wednesday, wounding a guard. The blast came two days "
        "after a mob stormed a restaurant on Palestine Street."
    )
    rows = _rows(text, published="2024-06-05")
    assert list(rows["event_type"]) == ["Explosions/Remote violence"]


# --- a lede summing up several days (segment.summary) ---


def test_summary_of_days_merges_into_the_body() -> None:
    text = (
        "A shop owner was shot dead and a roadside bomb wounded three people in Baghdad over the past two days, "
        "police said on Monday.\n"
        "- Dora, Saturday: Gunmen shot dead the owner of a shop in the Dora district.\n"
        "- Karrada, Sunday: A roadside bomb exploded in the Karrada district, wounding three people."
    )
    rows = _rows(text, published="2026-01-12")
    assert len(rows) == 2
    assert sorted(str(d)[:10] for d in rows["event_date"]) == ["2026-01-10", "2026-01-11"]


def test_without_a_period_a_sentence_is_its_own_news() -> None:
    text = "A roadside bomb wounded three people near Tahrir Square on Monday, police said."
    rows = _rows(text, published="2026-01-12")
    assert len(rows) == 1


# --- the body that speaks for a crowd, habits told by their number of times, the day of an ongoing event ---


@pytest.mark.parametrize(
    "text",
    [
        "The coordination committee of the protesters warned on Sunday of escalation near the Green Zone.",
        "The spokesman for the demonstrators said on Sunday that talks had failed.",
    ],
)
def test_body_of_the_crowd_is_no_protest(text: str) -> None:
    assert "protest" not in _families(text)


def test_crowd_itself_stays_a_protest() -> None:
    assert "protest" in _families("Hundreds of protesters gathered in Tahrir Square on Sunday.")


def test_protest_told_by_its_number_of_times_is_a_habit() -> None:
    assert _rows("وقال أحد المعلمين إن المعلمين تظاهروا مرات عدة أمام وزارة التربية.").empty
    assert _rows("One teacher said they had protested several times outside the Ministry of Education.").empty


def test_times_with_a_day_stay_an_event() -> None:
    rows = _rows("Rockets hit the Green Zone several times on Monday, police said.", published="2025-05-20")
    assert len(rows) == 1


def test_news_on_a_day_of_an_ongoing_wave_refers_to_it() -> None:
    text = (
        "أصيب عشرة متظاهرين قرب جسر الجمهورية اليوم الأحد. ويأتي ذلك في اليوم الثاني من موجة الاحتجاجات التي "
        "انطلقت يوم الجمعة في ساحة التحرير."
    )
    rows = _rows(text, published="2025-05-18")
    assert list(rows["landmark_id"]) == ["bridge_jumhuriya"]


# --- a launch site found, a bearing that measures a place from a landmark ---


def test_launch_site_found_is_a_find() -> None:
    found = "Police found the launch position hours later, with a rocket still in its tube."
    assert set(_families(found)) == {"disrupted"}
    assert _families("وعثرت القوات على موقع الإطلاق في منطقة زراعية") == ["disrupted"]


def test_launch_site_named_alone_is_no_find() -> None:
    assert "disrupted" not in _families("The rockets were fired from a launch site in the south of the city.")


def test_bearing_after_a_comma_measures_from_the_landmark() -> None:
    text = (
        "Three rockets landed inside the Green Zone on Tuesday night. Another rocket came down on a house in the "
        "Dora neighbourhood, just south of the zone's perimeter, wounding two people."
    )
    rows = _rows(text, published="2020-11-18")
    assert sorted(rows["landmark_id"]) == ["baghdad", "green_zone"]


def test_bearing_without_comma_stays_the_place() -> None:
    rows = _rows("A rocket landed north of the Green Zone on Tuesday night.", published="2020-11-18")
    assert list(rows["landmark_id"]) == ["green_zone"]
