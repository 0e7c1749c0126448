"""Whether a passage makes a row, and its date: older times, reporting dates, datelines, states since an event.

Each case is a sentence or a short report written for this test (English and Arabic), with near misses that
must keep their row.
"""

from __future__ import annotations

import pytest

from geoincidents import extract_incidents
from geoincidents.extraction.dates import find_dates

PUB = "2024-03-12"  # a Tuesday


def _rows(text: str, published: str = PUB) -> list[tuple[str, str]]:
    frame = extract_incidents(text, published=published)
    return [(str(row.event_date.date()), str(row.landmark_id)) for _, row in frame.iterrows()]


@pytest.mark.parametrize(
    "text",
    [
        "Last year's protest at Tahrir Square ended in clashes with police.",
        "A similar rally outside parliament last year was broken up with tear gas.",
        "More than 600 people were killed near the Jumhuriya Bridge over the following months.",
        "Two years ago, rockets fell near the U.S. Embassy.",
        "وفي العام الماضي، أطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين في ساحة التحرير.",
        "وشهدت ساحة التحرير العام الماضي تظاهرات مماثلة تخللتها مواجهات.",
        "ونظم المحاضرون تظاهرة مماثلة في السنة الفائتة أمام مبنى مجلس النواب.",
        "وسقط صاروخ قرب السفارة الأمريكية قبل عامين.",
    ],
)
def test_last_year_and_the_following_months_date_no_row(text: str) -> None:
    assert _rows(text) == [], text


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the day's event, with an older time beside it that only measures it
        ("Police fired tear gas at protesters in Tahrir Square on Monday, the worst violence since last year.", 1),
        ("A rocket fell near the U.S. Embassy on Monday, the first attack since last year.", 1),
        ("أطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين في ساحة التحرير أمس، الأعنف منذ العام الماضي.", 1),
    ],
)
def test_an_older_year_beside_the_day_s_date_keeps_the_row(text: str, rows: int) -> None:
    assert len(_rows(text)) == rows, text


def test_last_year_is_a_period() -> None:
    assert [d.kind for d in find_dates("Last year's commemoration ended in scuffles.")] == ["period"]
    assert [d.kind for d in find_dates("وشهدت الساحة العام الماضي تظاهرات")] == ["period"]
    assert [d.kind for d in find_dates("قبل عامين")] == ["period"]
    assert [d.kind for d in find_dates("the worst violence since last year")] == []


def test_a_sentence_dated_only_by_when_it_was_told_keeps_the_story_s_date() -> None:
    published = "2024-03-11"  # a Monday
    text = (
        "Two rockets landed near the U.S. Embassy late on Sunday, security sources said. "
        "The rockets wounded two guards at the embassy, the health ministry said on Monday."
    )
    frame = extract_incidents(text, published=published)
    assert [(str(r.event_date.date()), r.landmark_id, r.injuries) for _, r in frame.iterrows()] == [
        ("2024-03-10", "us_embassy", 2)
    ]
    arabic = (
        "سقط صاروخا كاتيوشا داخل المنطقة الخضراء ليل الأحد. "
        "وذكرت خلية الإعلام الأمني في بيان، اليوم الاثنين، أن الصاروخين سقطا قرب مبنى السفارة الأمريكية."
    )
    assert _rows(arabic, published) == [("2024-03-10", "us_embassy")]


def test_a_reporting_date_with_no_story_date_before_it_dates_its_sentence() -> None:
    told = "Police said on Monday that a rocket hit the Jumhuriya Bridge."
    assert _rows(told) == [("2024-03-11", "bridge_jumhuriya")]
    assert _rows("أعلنت الشرطة اليوم أن صاروخاً سقط قرب جسر الجمهورية.") == [("2024-03-12", "bridge_jumhuriya")]


def test_the_said_closing_the_sentence_before_is_not_the_next_date_s_verb() -> None:
    text = (
        "Police fired tear gas at protesters in Tahrir Square on Monday, a security source said.\n\n"
        "On Sunday, a rocket hit the Jumhuriya Bridge."
    )
    assert sorted(_rows(text)) == [("2024-03-10", "bridge_jumhuriya"), ("2024-03-11", "tahrir_square")]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("بغداد 9 ديسمبر/كانون الأول (شينخوا) أعلن مصدر أمني", "بغداد 9 ديسمبر/كانون الأول (شينخوا) "),
        ("بغداد ٩ كانون الأول (شينخوا) - أعلن مصدر أمني", "بغداد ٩ كانون الأول (شينخوا) - "),
        ("BAGHDAD, Feb. 13 (Xinhua) -- Two bomb blasts", "BAGHDAD, Feb. 13 (Xinhua) -- "),
        ("بغداد – 12 آذار (رويترز) - سقط صاروخ", "بغداد – 12 آذار (رويترز) - "),
        ("بغداد (أ ف ب) - سقط صاروخ", "بغداد (أ ف ب) - "),
        ("بغداد 12 مارس 2024 (شينخوا) سقط صاروخ", "بغداد 12 مارس 2024 (شينخوا) "),
        ("Baghdad, March 11 (dpa) - A rocket", "Baghdad, March 11 (dpa) - "),
        ("أطلقت القوات (وفق مصدر) الغاز", ""),
        ("Protesters in Baghdad (mostly students) - rallied", ""),
        # near misses: a count and a bracket, no month; no bracket after the month
        ("سقط صاروخ 3 صواريخ (كاتيوشا) قرب الجسر", ""),
        ("سقطت 3 صواريخ 9 ديسمبر قرب الجسر", ""),
    ],
)
def test_a_xinhua_arabic_dateline_has_no_dash(text: str, dateline: str) -> None:
    from geoincidents.extraction.rules.segment import dateline_end

    assert text[: dateline_end(text, 0, len(text))] == dateline


def test_the_dateline_date_and_a_bracketed_weekday_of_telling_do_not_date_the_event() -> None:
    text = (
        "بغداد 9 ديسمبر/كانون الأول (شينخوا) أعلن مصدر أمني عراقي اليوم (السبت) أن منظومة سي رام اعترضت فجر أمس "
        "الجمعة صواريخ أطلقت باتجاه السفارة الأمريكية."
    )
    assert _rows(text, "2023-12-09") == [("2023-12-08", "us_embassy")]


@pytest.mark.parametrize(
    "text",
    [
        "Tensions have soared since the drone strike near Baghdad airport, which Iran has threatened to avenge.",
        "Security has been tight around the Green Zone since the storming of parliament.",
        "Shops near Tahrir Square have stayed shut since Friday's bombing.",
        "وتشهد المنطقة الخضراء إجراءات أمنية مشددة منذ اقتحام البرلمان.",
        "وتصاعد التوتر في بغداد منذ اغتيال سليماني بغارة أمريكية قرب مطار بغداد.",
    ],
)
def test_the_event_a_state_runs_since_makes_no_row(text: str) -> None:
    assert _rows(text) == [], text


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the day's event before "since", or told inside the phrase with its own day
        ("Police fired tear gas at protesters in Tahrir Square on Monday, the worst since parliament's storming.", 1),
        ("Security has been tightened since a rocket hit the U.S. Embassy early on Tuesday.", 1),
        ("وتشهد المنطقة الخضراء استنفاراً منذ سقوط صاروخين قرب السفارة الأمريكية فجر اليوم.", 1),
    ],
)
def test_a_day_s_event_beside_or_inside_a_since_phrase_keeps_its_row(text: str, rows: int) -> None:
    assert len(_rows(text)) == rows, text


@pytest.mark.parametrize(
    "text",
    [
        "The coordination committee announced a rally in Tahrir Square for Friday.",
        "Lecturers announced a new sit-in outside the Ministry of Planning.",
        "A march to the Jumhuriya Bridge is scheduled for Thursday.",
        "وأعلنت التنسيقيات عن تنظيم تظاهرة في ساحة التحرير.",
        "Protest leaders threatened on Monday to storm Tahrir Square unless the government resigns.",
        "Protest organisers in Tahrir Square said on Monday they would not give up.",
    ],
)
def test_announced_and_scheduled_protests_and_their_leaders_make_no_row(text: str) -> None:
    assert _rows(text) == [], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thousands gathered in Tahrir Square for Friday prayers.", "2024-03-08"),
        ("Police arrested two men at the Jumhuriya Bridge on Monday for Sunday's attack.", "2024-03-11"),
        ("Protesters rallied in Tahrir Square on Monday; protest groups had called for the rally.", "2024-03-11"),
        ("The rally announced by the committee took place in Tahrir Square on Monday.", "2024-03-11"),
    ],
)
def test_for_friday_prayers_and_told_protests_keep_their_day(text: str, day: str) -> None:
    assert [d for d, _ in _rows(text)] == [day], text


def test_for_a_weekday_is_the_coming_day_of_that_name() -> None:
    from datetime import date

    from geoincidents.extraction.dates import resolve_date

    found = find_dates("a rally in Tahrir Square for Friday")
    assert [(d.kind, resolve_date(d, date(2024, 3, 12))[0]) for d in found] == [("weekday", date(2024, 3, 15))]
    assert [d.text for d in find_dates("arrested for Friday's attack")] == ["Friday's"]


def _types(text: str) -> list[tuple[str, str]]:
    frame = extract_incidents(text, published=PUB)
    return sorted((str(row.sub_event_type), str(row.landmark_id)) for _, row in frame.iterrows())


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi air defences intercepted a drone over the Green Zone early Tuesday. "
        "The drone had been heading for the U.S. Embassy, a security source said.",
        "اعترضت منظومة سي رام صاروخين فوق المنطقة الخضراء فجر اليوم. "
        "وأوضح المصدر أن الصاروخين أطلقا باتجاه السفارة الأمريكية.",
    ],
)
def test_an_attack_told_only_by_its_target_is_the_interception_of_that_day(text: str) -> None:
    assert _types(text) == [("Disrupted weapons use", "us_embassy")], text
    assert "merge.fold_aimed" in extract_incidents(text, published=PUB).iloc[0]["extraction_rules"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # part of the salvo landed: an attack
        (
            "The C-RAM intercepted two rockets over the Green Zone on Tuesday, while others landed near the embassy. "
            "The rockets targeted the U.S. Embassy.",
            "Shelling/artillery/missile attack",
        ),
        # another weapon: another attack
        (
            "Air defences shot down a drone over the Green Zone early Tuesday. "
            "Hours later, Katyusha rockets targeted the U.S. Embassy.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_a_partial_interception_or_another_weapon_keeps_the_attack(text: str, expected: str) -> None:
    assert expected in [sub for sub, _ in _types(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "Rockets are frequently fired at the Green Zone, which houses the U.S. Embassy.",
        "Protesters gather every Friday in Tahrir Square.",
        "Militias routinely target the U.S. Embassy with Katyusha rockets.",
        "وتتعرض المنطقة الخضراء بين الحين والآخر لهجمات بالصواريخ.",
        "ويتجمع المحتجون كل جمعة في ساحة التحرير.",
        "وغالباً ما تطلق قوات الأمن الغاز المسيل للدموع على المتظاهرين عند جسر الجمهورية.",
        "Any attack on the U.S. Embassy will be met with a firm response, the ministry said.",
        "قالت وزارة الداخلية إن قواتها ستتعامل بحزم مع أي محاولة لاقتحام المنطقة الخضراء.",
    ],
)
def test_habits_and_any_attack_make_no_row(text: str) -> None:
    assert _rows(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The Green Zone, frequently targeted by rockets, was hit again on Monday.",
        "Police repeatedly fired tear gas at protesters on the Jumhuriya Bridge on Monday.",
        "أطلقت قوات الأمن الغاز المسيل للدموع مراراً على المتظاهرين عند جسر الجمهورية أمس.",
        "Two rockets hit the U.S. Embassy on Monday without causing any casualties.",
    ],
)
def test_a_dated_event_told_with_a_habit_word_keeps_its_row(text: str) -> None:
    assert len(_rows(text)) == 1, text


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        ("تجمّع المئات في ساحة التحرير صباح اليوم للمطالبة بالتعيين.", "Peaceful protest"),
        ("تظاهَرَ المئات في ساحة التحرير صباح اليوم.", "Peaceful protest"),
        ("حطّم محتجون بوابة وزارة التخطيط ظهر اليوم.", "Violent demonstration"),
        ("انفجرَت عبوةٌ ناسفة قرب ساحة الفردوس فجر اليوم.", "Remote explosive/landmine/IED"),
    ],
)
def test_arabic_event_words_with_vowel_marks_inside_make_their_row(text: str, sub_event: str) -> None:
    frame = extract_incidents(text, published=PUB)
    assert list(frame["sub_event_type"]) == [sub_event], text


def test_vowel_marks_are_allowed_after_arabic_letters_only_outside_classes_and_look_behinds() -> None:
    import re

    from geoincidents.extraction._phrases import with_vowel_marks

    pattern = re.compile(with_vowel_marks(r"(?<!طائرة\s)مسير(?:ة|ات)?|[\u0621-\u064a]ب|\bclash\b"))
    assert pattern.fullmatch("مسيّرة") and pattern.fullmatch("مسير") and pattern.fullmatch("clash")
    assert pattern.fullmatch("ابَ") and not pattern.fullmatch("اَب")  # a class stays one letter, marks after ب only
    assert with_vowel_marks(r"\bclash(?:es)?\b") == r"\bclash(?:es)?\b"


@pytest.mark.parametrize(
    "text",
    [
        "Calm returned to Tahrir Square on Tuesday after days of protests.",
        "Shops reopened around Tahrir Square on Tuesday following weeks of demonstrations.",
        "Traffic flowed normally over the Sinak Bridge on Tuesday, days after the clashes.",
        "عاد الهدوء إلى ساحة التحرير اليوم بعد أيام من الاحتجاجات.",
        "A court on Tuesday sentenced a man to death for the 2021 bombing in Tayaran Square.",
        "A court on Tuesday sentenced three men for firing rockets at the Green Zone last year.",
    ],
)
def test_periods_of_events_earlier_days_and_what_a_court_tried_make_no_row(text: str) -> None:
    assert _rows(text) == [], text


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        (
            "Hundreds of protesters gathered in Tahrir Square on Tuesday, days after police killed two demonstrators.",
            ["Peaceful protest"],
        ),
        ("Days after the clashes, police fired tear gas at protesters on the Sinak Bridge on Tuesday.", None),
        (
            "وبعد أيام من الاحتجاجات، أطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين في ساحة التحرير اليوم.",
            None,
        ),
        ("Hours after rockets hit the U.S. Embassy on Tuesday, the government condemned the attack.", None),
    ],
)
def test_the_day_s_event_beside_an_earlier_day_keeps_its_row(text: str, sub_event: list[str] | None) -> None:
    frame = extract_incidents(text, published=PUB)
    assert len(frame) == 1, text
    if sub_event is not None:
        assert list(frame["sub_event_type"]) == sub_event


@pytest.mark.parametrize(
    ("expression", "day"),
    [
        ("في الخامس من آذار الجاري", "2024-03-05"),
        ("في الحادي والعشرين من تشرين الأول 2023", "2023-10-21"),
        ("الثالث عشر من شباط", "2024-02-13"),
        ("في الثلاثين من تموز", "2023-07-30"),
        ("الأول من كانون الثاني", "2024-01-01"),
    ],
)
def test_arabic_days_written_as_ordinal_words(expression: str, day: str) -> None:
    from datetime import date

    from geoincidents.extraction.dates import resolve_date

    found = find_dates(expression)
    assert [(d.kind, str(resolve_date(d, date(2024, 3, 12))[0])) for d in found] == [("day_month", day)]


def test_an_ordinal_that_is_no_day_is_no_date() -> None:
    assert find_dates("وهو الهجوم الثاني من نوعه") == []
    assert _rows("سقط صاروخ قرب السفارة الأمريكية في العاشر من آذار الجاري.") == [("2024-03-10", "us_embassy")]


def test_a_day_beside_a_month_dates_the_sentence() -> None:
    text = "In early March, police fired tear gas at protesters in Tahrir Square on Monday."
    assert _rows(text) == [("2024-03-11", "tahrir_square")]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters stormed the parliament building in Erbil on Monday.",
        "Hundreds protested outside the Iraqi parliament's office in Basra on Monday.",
        "Iraqi protesters rallied outside the U.S. Embassy in Beirut on Monday.",
        "اقتحم محتجون مبنى البرلمان في أربيل أمس.",
        "تظاهر المئات أمام السفارة الأمريكية في بيروت أمس.",
        "تجمع المحتجون في ساحة التحرير بالناصرية أمس.",
    ],
)
def test_a_landmark_named_as_standing_in_another_city_is_a_namesake(text: str) -> None:
    frame = extract_incidents(text, published=PUB)
    assert frame.empty, text
    assert any(s.startswith("place.elsewhere") for s in frame.attrs["skipped"]), text


@pytest.mark.parametrize(
    ("text", "landmarks"),
    [
        ("Protesters stormed the parliament building in Baghdad on Monday.", ["baghdad_convention_center"]),
        ("تظاهر المئات في ساحة التحرير وفي الناصرية أمس.", ["tahrir_square"]),
        ("Protests were held in Tahrir Square, Basra and Nasiriyah on Monday.", ["tahrir_square"]),
    ],
)
def test_a_landmark_beside_other_cities_in_a_list_stays(text: str, landmarks: list[str]) -> None:
    assert [lm for _, lm in _rows(text)] == landmarks, text


@pytest.mark.parametrize(
    "text",
    [
        "A rocket hit near the Jumhuriya Bridge on Monday. Hours later, a second rocket struck close to Zawraa Park.",
        "A rocket hit near the Jumhuriya Bridge on Monday. In a separate attack, a rocket landed near Zawraa Park.",
        "سقط صاروخ قرب جسر الجمهورية أمس. وبعد ساعات، سقط صاروخ آخر قرب متنزه الزوراء.",
    ],
)
def test_an_attack_told_apart_at_a_distant_place_is_its_own_row(text: str) -> None:
    assert sorted(lm for _, lm in _rows(text)) == ["bridge_jumhuriya", "zawra_park"], text


def test_rockets_of_one_salvo_told_in_two_sentences_stay_one_row() -> None:
    text = "Two rockets were fired at the U.S. Embassy on Monday. One of them landed near the Jumhuriya Bridge."
    assert len(_rows(text)) == 1
    near = "A rocket hit the Green Zone on Monday. Hours later, a second rocket struck near the U.S. Embassy."
    assert len(_rows(near)) == 1  # the embassy is inside the zone: no place apart


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry condemned the storming of the Swedish embassy in Baghdad.",
        "The United Nations denounced Monday's attack on protesters in Tahrir Square.",
        "أدانت وزارة الخارجية اقتحام السفارة السويدية في بغداد.",
        "ندد رئيس الوزراء بالهجوم الصاروخي على السفارة الأمريكية.",
        "The cleric warned of a bloodbath if security forces storm the sit-in outside parliament.",
        "Officials said it was unclear whether protesters would return to Tahrir Square.",
        "يخشى مسؤولون من تجدد الاحتجاجات في ساحة التحرير يوم الجمعة.",
        "وهدد المحتجون بالعودة إلى ساحة التحرير في حال لم تنفذ مطالبهم.",
    ],
)
def test_condemned_conditional_and_feared_events_make_no_row(text: str) -> None:
    assert _rows(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters stormed the Swedish embassy in Baghdad on Tuesday; the foreign ministry condemned it.",
        "اقتحم محتجون السفارة السويدية في بغداد اليوم، وأدانت وزارة الخارجية الحادث.",
        "Police fired tear gas at protesters in Tahrir Square on Monday, as if to end the sit-in.",
    ],
)
def test_the_condemned_event_told_by_itself_keeps_its_row(text: str) -> None:
    assert len(_rows(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "ويشار إلى أن متظاهرين اقتحموا البرلمان في تموز الماضي.",
        "ويذكر أن المنطقة الخضراء تعرضت لقصف صاروخي في شباط الماضي.",
        "وسقطت صواريخ على المنطقة الخضراء في شهر شباط الماضي.",
        "وفي أواخر آب، اندلعت اشتباكات داخل المنطقة الخضراء.",
        "وتعرضت السفارة الأمريكية لهجوم صاروخي كانون الثاني الماضي.",
    ],
)
def test_an_arabic_month_dates_background(text: str) -> None:
    assert _rows(text) == [], text


def test_the_news_of_a_sentence_with_an_older_charge_keeps_its_row() -> None:
    # the charge's month comes before the news date: the old clause opens at the charge, not before the arrest
    arabic = (
        "داهمت القوات الأمنية منزلاً في الكرادة واعتقلت ثلاثة متهمين بإطلاق صواريخ على السفارة الأمريكية في "
        "كانون الأول الماضي، خلال عملية يوم الأحد الماضي."
    )
    assert _rows(arabic) == [("2024-03-10", "karrada")]
    english = (
        "Police raided a house in Karrada and arrested three men accused of firing rockets at the U.S. Embassy in "
        "December, in an operation on Sunday."
    )
    assert _rows(english) == [("2024-03-10", "karrada")]
    assert [d.kind for d in find_dates("في تموز الماضي")] == ["in_month"]
    assert [d.kind for d in find_dates("تموز الماضي")] == ["in_month"]
    assert find_dates("تموز") == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands are set to rally in Tahrir Square.",
        "Protesters are due to march to the Jumhuriya Bridge.",
        "ستنطلق تظاهرة حاشدة في ساحة التحرير للمطالبة بالتعيين.",
        "ستخرج تظاهرات في ساحة التحرير بعد صلاة الجمعة.",
        "يستعد المحتجون لتنظيم اعتصام مفتوح أمام البرلمان.",
        "ويُتوقع أن تشهد ساحة التحرير تظاهرات واسعة.",
    ],
)
def test_events_set_due_or_expected_to_happen_make_no_row(text: str) -> None:
    assert _rows(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters set fire to tyres near the Jumhuriya Bridge on Monday.",
        "Protesters going to the Green Zone clashed with police on the Jumhuriya Bridge on Monday.",
        "تظاهر المئات في ساحة التحرير أمس، ويتوقع المنظمون عودتهم.",
    ],
)
def test_near_misses_of_future_cues_keep_their_row(text: str) -> None:
    assert len(_rows(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "A mass rally is slated for Tahrir Square.",
        "The march, scheduled for noon, will start in Tahrir Square.",
        "وتستعد القوى المدنية للتظاهرة المقررة في ساحة التحرير.",
        "The protest set for Friday in Tahrir Square was called off.",
    ],
)
def test_a_protest_said_to_be_planned_after_its_name_makes_no_row(text: str) -> None:
    assert _rows(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Dozens were injured due to clashes at the Jumhuriya Bridge on Monday.",
        "Protesters fled due to tear gas fired on the Sinak Bridge on Monday.",
        "Protesters set up tents in Tahrir Square on Monday.",
        "Hundreds protested in Tahrir Square on Monday, set to demand jobs.",
    ],
)
def test_due_to_and_set_up_are_no_plans(text: str) -> None:
    assert len(_rows(text)) == 1, text
