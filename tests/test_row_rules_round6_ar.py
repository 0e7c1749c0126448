"""Arabic row decisions of round 6 (reports 861-872): a denial with asides between its verb and the force denied,
a place told again as "the same" road after a sentence of another city, a sit-in at a landmark of its own while
other camps stand elsewhere, and the sit-in words in all their forms.

Each case is a sentence or a short report written for this test, with near misses that must keep their reading.
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.dates import find_dates
from geoincidents.extraction.events import find_casualties, find_force, find_triggers
from geoincidents.extraction.geocoding import find_places


def _rows(text: str, published: str) -> list[tuple[str, str, str]]:
    frame = extract_incidents(text, published=published)
    return [(str(r.event_date.date()), str(r.landmark_id), str(r.sub_event_type)) for _, r in frame.iterrows()]


# --- a denial reaches over the asides of its verb --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ونفت الشرطة، في بيان رسمي صدر مساء اليوم، استخدام الرصاص الحي ضد المحتجين.",
        "نفى المتحدث، اليوم، إطلاق النار على المتظاهرين.",
        "The ministry denied, in a statement on Sunday, that its forces had used live ammunition.",
    ],
)
def test_force_denied_across_asides_is_no_force(text: str) -> None:
    assert not find_force(text).excessive, text


@pytest.mark.parametrize(
    "text",
    [
        # a comma that opens a clause of its own ends the denial's reach
        "ونفت الوزارة وقوع إصابات، فيما أطلقت قوات مكافحة الشغب الرصاص الحي على المحتجين.",
        "ونفى الناطق أي تقصير، وأكد أن القناصين أطلقوا الرصاص الحي من أسطح المباني.",
        "أطلقت قوات الأمن الرصاص الحي على المحتجين في ساحة الخلاني.",
    ],
)
def test_force_after_the_denial_clause_is_told(text: str) -> None:
    assert find_force(text).excessive, text


def test_protest_with_a_denied_shooting_stays_an_intervention() -> None:
    text = (
        "استخدمت قوات مكافحة الشغب الغاز المسيل للدموع، ظهر اليوم الخميس، لتفريق عشرات المعلمين الذين تظاهروا"
        " في ساحة التحرير.\nونفت قيادة الشرطة، في بيان، إطلاق الرصاص الحي على المتظاهرين."
    )
    assert _rows(text, "2024-03-14") == [("2024-03-14", "tahrir_square", "Protest with intervention")]


# --- "the same road" after a sentence of another city ------------------------------------------------------------

_BAGHDAD = "انفجرت عبوة ناسفة على شارع فلسطين في بغداد صباح اليوم الأربعاء.\n"
_BASRA = "وفي البصرة، قتل شخص بهجوم مسلح على محل تجاري.\n"


def test_same_street_refers_back_to_the_baghdad_street() -> None:
    text = _BAGHDAD + _BASRA + "وكانت عبوة أخرى قد انفجرت في الشارع نفسه يوم الاثنين الماضي."
    assert ("2023-05-08", "baghdad", "Remote explosive/landmine/IED") in _rows(text, "2023-05-10")


def test_same_street_in_english_refers_back_too() -> None:
    text = (
        "A roadside bomb exploded on Palestine Street in Baghdad on Wednesday morning.\n"
        "In Basra, gunmen killed a shop owner.\nAnother bomb had gone off on the same street on Monday."
    )
    assert ("2023-05-08", "baghdad", "Remote explosive/landmine/IED") in _rows(text, "2023-05-10")


@pytest.mark.parametrize(
    "last",
    [
        # the street was the other city's: still elsewhere
        "وفي البصرة، قتل شخص بهجوم مسلح على محل تجاري في شارع الجزائر.\n"
        "وكانت عبوة أخرى قد انفجرت في الشارع نفسه يوم الاثنين الماضي.",
        # "the same day" is a date, no place: the streak of the other city holds
        _BASRA + "وانفجرت عبوة ثانية في اليوم ذاته.",
        # no street told before: nothing to refer back to
        _BASRA + "وكانت عبوة أخرى قد انفجرت في نفس المنطقة يوم الاثنين الماضي.",
    ],
)
def test_same_place_of_the_other_city_stays_elsewhere(last: str) -> None:
    assert _rows(_BAGHDAD + last, "2023-05-10") == [("2023-05-10", "baghdad", "Remote explosive/landmine/IED")]


# --- a sit-in at a landmark of its own ----------------------------------------------------------------------------


def test_sit_in_at_a_landmark_no_camp_stands_at_is_placed_there() -> None:
    text = (
        "بدأ العشرات من أنصار التيار الصدري اعتصاماً مفتوحاً في ساحة التحرير، اليوم السبت.\n"
        "ونصب المعتصمون خياماً وسط الساحة."
    )
    assert _rows(text, "2022-08-20") == [("2022-08-20", "tahrir_square", "Peaceful protest")]


@pytest.mark.parametrize(
    "text",
    [
        # at the place a camp of that day stands at, or next to it, or in an area: the camp
        "بدأ العشرات اعتصاماً مفتوحاً عند بوابة الجسر المعلق، اليوم السبت.",
        "اعتصم العشرات من أنصار الإطار التنسيقي، اليوم السبت، قرب المنطقة الخضراء.",
    ],
)
def test_sit_in_at_a_camp_or_an_area_keeps_the_camp(text: str) -> None:
    assert [r[1] for r in _rows(text, "2022-08-20")] == ["sit_in_2022_framework_suspension_bridge"]


def test_sit_in_before_any_camp_existed_is_at_its_place() -> None:
    assert _rows("اعتصم العشرات في ساحة التحرير، اليوم السبت.", "2019-11-09") == [
        ("2019-11-09", "tahrir_square", "Peaceful protest")
    ]


# --- the sit-in words in their forms --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "بدأوا اعتصاماً مفتوحاً أمام الوزارة",
        "نظموا اعتصامهم أمام الوزارة",
        "وصل المعتصمون إلى الوزارة",
        "واعتصم العشرات أمام الوزارة",
        "يعتصم العشرات أمام الوزارة",
        "واعتصموا أمام الوزارة",
        "نصبوا خياماً أمام الوزارة",
    ],
)
def test_sit_in_word_forms_are_sit_in_triggers(text: str) -> None:
    triggers = find_triggers(text)
    assert triggers and all(t.sit_in for t in triggers), text


@pytest.mark.parametrize("text", ["تظاهر العشرات أمام الوزارة", "احتشد المئات في الساحة"])
def test_other_protest_words_are_no_sit_in(text: str) -> None:
    triggers = find_triggers(text)
    assert triggers and not any(t.sit_in for t in triggers), text


# --- stabbing, by the blade named ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "شهدت الساحة عمليات طعن بالسكاكين طالت عدداً من المحتجين.",
        "طعن مجهول ناشطاً بسكين قرب ساحة التحرير.",
        "A stabbing near the square left one activist wounded.",
    ],
)
def test_stabbing_is_an_attack(text: str) -> None:
    assert [t.family for t in find_triggers(text)][:1] == ["civilians"], text


@pytest.mark.parametrize("text", ["قدمت الكتلة طعناً بنتائج الانتخابات.", "طعن النائب في قرار المحكمة."])
def test_an_appeal_is_no_stabbing(text: str) -> None:
    assert not any(t.family == "civilians" for t in find_triggers(text)), text


# --- "the same square": the news' square, not the last one named ------------------------------------------------

_SQUARES = (
    "هاجم مسلحون مجهولون المعتصمين في ساحة الخلاني ليلة أمس.\n"
    "ودعا ناشطون إلى تظاهرة يوم الأحد المقبل في ساحة التحرير.\n"
)


def test_the_same_square_is_the_first_square_told() -> None:
    text = _SQUARES + "وكانت الساحة نفسها قد شهدت عمليات طعن."
    start = text.index("الساحة نفسها")
    found = [p.landmark.landmark_id for p in find_places(text) if p.start == start]
    assert found == ["khilani_square"]


def test_the_square_without_same_is_the_last_square_told() -> None:
    text = _SQUARES + "وكانت الساحة قد شهدت عمليات طعن."
    start = text.index("الساحة قد")
    found = [p.landmark.landmark_id for p in find_places(text) if p.start == start]
    assert found == ["tahrir_square"]


# --- an aircraft that fired: its strike ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["وأفاد شهود بأن الطائرة أطلقت صاروخين على السيارة.", "The aircraft fired two missiles at the car."]
)
def test_missiles_an_aircraft_fired_are_its_strike(text: str) -> None:
    assert find_triggers(text)[0].sub_event_type == "Air/drone strike", text


@pytest.mark.parametrize("text", ["هبطت الطائرة في المطار بعد ساعة من التأخير.", "The aircraft landed safely."])
def test_an_aircraft_that_fired_nothing_is_no_event(text: str) -> None:
    assert find_triggers(text) == [], text


# --- "اليوم" in a construct is the day told of ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وتابع مراسلنا مجريات اليوم على النحو الآتي", "same_day"),
        ("وانتهت فعاليات اليوم بهدوء", "same_day"),
        ("أعلنت الوزارة اليوم الأحد", "today"),
        ("خرجت التظاهرات اليوم في ساحة التحرير", "today"),
        ("قالت الشرطة صباح اليوم", "today"),
    ],
)
def test_today_in_a_construct_is_the_day_told_of(text: str, kind: str) -> None:
    assert [m.kind for m in find_dates(text)][:1] == [kind], text


def test_a_timeline_after_the_days_events_keeps_the_days_date() -> None:
    text = (
        "خرج المئات من المعلمين، يوم أمس السبت، في تظاهرة عند جسر الجمهورية.\n"
        "وتابع مراسلنا مجريات اليوم على النحو الآتي:\n"
        "- العاشرة صباحاً: أطلقت قوات مكافحة الشغب الغاز المسيل للدموع لتفريق المحتجين عند جسر الجمهورية."
    )
    assert {r[0] for r in _rows(text, "2026-01-18")} == {"2026-01-17"}


# --- counts: a child with her possessive, a number of others, losses of no kind -----------------------------------


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("ما أسفر عن إصابة امرأة وطفلها بجروح", None, 2),
        ("قُتل قيادي بارز في فصيل مسلح واثنان من مرافقيه", 3, None),
        ("وانفجرت العبوة دون أن تسفر عن خسائر.", 0, 0),
        ("وسقط الحطام من دون أن يسفر عن أي خسائر.", 0, 0),
        ("ولم يسفر الهجوم عن أي خسائر في الأرواح.", 0, None),
    ],
)
def test_arabic_counts_of_round6(text: str, dead: int | None, hurt: int | None) -> None:
    assert [(c.fatalities, c.injuries) for c in find_casualties(text)] == [(dead, hurt)], text


@pytest.mark.parametrize("text", ["وانفجرت العبوة دون أن تسفر عن خسائر مادية.", "من دون أن يتم الإعلان عن خسائر."])
def test_material_or_unannounced_losses_are_no_count(text: str) -> None:
    assert find_casualties(text) == [], text


# --- "open-ended" is no end ---------------------------------------------------------------------------------------


def test_an_open_ended_sit_in_is_a_sit_in() -> None:
    assert find_triggers("Hundreds of Sadr supporters began an open-ended sit-in at Tahrir Square on Saturday.")


def test_ending_a_sit_in_is_still_no_event() -> None:
    assert find_triggers("ending a month-long sit-in in Tahrir Square") == []


# --- cues read without vowel marks; "قد" before the imperfect; the pluperfect "قد" inside a clause ---------------


@pytest.mark.parametrize(
    "text",
    [
        "وتوعّد قيادي في الفصائل بقصف السفارة الأمريكية إذا لم تنسحب القوات الأجنبية.",
        "وهدّد المحتجون باقتحام المنطقة الخضراء.",
        "قد يخرج المحتجون في تظاهرة حاشدة أمام الوزارة.",
        "وقد تتجدد الاحتجاجات في ساحة التحرير.",
    ],
)
def test_threats_with_marks_and_may_are_no_event(text: str) -> None:
    assert find_triggers(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "وكان المحتجون قد تظاهروا أمام الوزارة يوم الاثنين.",
        "وكانت القوات قد نفذت حملة اعتقالات في المنطقة.",
        "وقد خرج المئات في تظاهرة أمام الوزارة.",
    ],
)
def test_qad_before_the_past_keeps_the_event(text: str) -> None:
    assert find_triggers(text), text


def test_gunmen_who_had_opened_fire_on_a_tent_attacked_civilians() -> None:
    text = "وكان مسلحون مجهولون قد أطلقوا النار على خيمة للمعتصمين في ساحة التحرير يوم الاثنين الماضي."
    assert _rows(text, "2024-03-14") == [("2024-03-11", "tahrir_square", "Attack")]


# --- an inquiry demanded into an attack names it -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["وطالبت الكتلة بالتحقيق في قصف السفارة الأمريكية.", "ودعا النائب إلى فتح تحقيق في تفجير الكرادة."],
)
def test_attack_an_inquiry_is_demanded_into_is_no_event(text: str) -> None:
    assert not any(t.family == "explosion" for t in find_triggers(text)), text


def test_attack_told_beside_an_inquiry_stays() -> None:
    assert any(t.family == "explosion" for t in find_triggers("فتحت الشرطة تحقيقاً بعد انفجار عبوة ناسفة في الكرادة."))


# --- an event named to date the present, with a number of days -----------------------------------------------------


def test_days_after_an_event_counted_by_a_number_word_is_a_reference() -> None:
    text = "وبعد ثلاثة أيام من اقتحام المحتجين مبنى البرلمان، عاد الهدوء إلى المنطقة الخضراء."
    assert _rows(text, "2024-03-14") == []


def test_hours_later_stays_the_days_news() -> None:
    text = "وبعد ثلاث ساعات، سقط صاروخ آخر قرب ساحة النسور اليوم الخميس."
    assert _rows(text, "2024-03-14") == [("2024-03-14", "nisour_square", "Shelling/artillery/missile attack")]
