"""Date expressions: finding them in English and Arabic, resolving against the publication date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from geoincidents.extraction.dates import as_date, find_dates, resolve_date

SAT = date(2021, 10, 23)  # a Saturday


@pytest.mark.parametrize(
    ("expression", "expected", "precision"),
    [
        ("On Saturday", date(2021, 10, 23), 1),  # same weekday as publication = that day
        ("On Tuesday", date(2021, 10, 19), 1),
        ("last Saturday", date(2021, 10, 16), 1),
        ("yesterday", date(2021, 10, 22), 1),
        ("Earlier this evening", date(2021, 10, 23), 1),
        ("last night", date(2021, 10, 22), 1),
        ("two days ago", date(2021, 10, 21), 1),
        ("last week", date(2021, 10, 16), 2),
        ("on October 10", date(2021, 10, 10), 1),
        ("on 10 October 2021", date(2021, 10, 10), 1),
        ("October 10, 2019", date(2019, 10, 10), 1),
        ("on Dec. 28", date(2020, 12, 28), 1),  # a day later in the year than publication: the year before
        ("in October 2019", date(2019, 10, 1), 3),
        ("23/10/2021", date(2021, 10, 23), 1),
        ("يوم الثلاثاء", date(2021, 10, 19), 1),
        ("السبت", date(2021, 10, 23), 1),
        ("مساء السبت", date(2021, 10, 23), 1),
        ("أمس", date(2021, 10, 22), 1),
        ("مساء اليوم", date(2021, 10, 23), 1),
        ("الأسبوع الماضي", date(2021, 10, 16), 2),
        ("في 25 تشرين الأول 2019", date(2019, 10, 25), 1),
        ("١٠ تشرين الاول", date(2021, 10, 10), 1),
        ("3 كانون الثاني 2020", date(2020, 1, 3), 1),
        ("5 آب", date(2021, 8, 5), 1),
    ],
)
def test_resolves_against_publication(expression: str, expected: date, precision: int) -> None:
    day, prec, note = resolve_date(expression, SAT)
    assert (day, prec, note) == (expected, precision, "")


def test_other_saturday_moves_everything_by_a_week() -> None:
    later = date(2021, 10, 30)
    assert resolve_date("On Tuesday", later)[0] == date(2021, 10, 26)
    assert resolve_date("يوم الثلاثاء", later)[0] == date(2021, 10, 26)
    assert resolve_date("On Saturday", later)[0] == later


def test_without_publication_relative_dates_are_unresolved_and_say_so() -> None:
    for expression in ("On Saturday", "yesterday", "يوم الثلاثاء", "on October 10"):
        day, prec, note = resolve_date(expression, None)
        assert day is None and prec is None
        assert "no publication date" in note
    assert resolve_date("10 October 2021", None) == (date(2021, 10, 10), 1, "")


def test_finds_spans_and_skips_false_friends() -> None:
    text = "On Saturday, a source said the turnout of 41% was low. We do not accept the October 10 elections results."
    found = find_dates(text)
    assert [(m.text, m.kind) for m in found] == [("Saturday", "weekday"), ("October 10", "month_day")]
    assert text[found[0].start : found[0].end] == "Saturday"
    assert found[1].attributive  # "the October 10 elections" names the vote, it does not date an event
    assert not found[0].attributive


def test_since_dates_the_start_of_something_ongoing() -> None:
    (mention,) = find_dates("camped in Tahrir Square since Oct. 25, demanding")
    assert mention.attributive


def test_string_without_expression_is_an_error() -> None:
    with pytest.raises(ValueError, match="no date expression"):
        resolve_date("the bridge", SAT)


def test_as_date() -> None:
    assert as_date("2021-10-23") == SAT
    assert as_date(datetime(2021, 10, 23, 18, 0)) == SAT
    assert as_date(None) is None and as_date("") is None
    with pytest.raises(ValueError, match="published"):
        as_date("23 Oct", "published")
    with pytest.raises(TypeError):
        as_date(20211023)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قبل يومين", date(2022, 8, 29)),
        ("قبل ثلاثة أيام", date(2022, 8, 28)),
        ("قبل 3 أيام", date(2022, 8, 28)),
        ("الليلة الماضية", date(2022, 8, 30)),
    ],
)
def test_arabic_days_ago_and_last_night(text: str, expected: date) -> None:
    assert resolve_date(text, date(2022, 8, 31))[:2] == (expected, 1)


def test_arabic_days_before_an_occasion_is_no_date() -> None:
    assert find_dates("قبل يومين من الانتخابات") == []


def test_a_date_word_in_a_quoted_or_bracketed_name_is_no_date() -> None:
    assert find_dates('وقال مصدر أمني لـ"بغداد اليوم"، إن') == []
    assert find_dates("وقال المصدر لـ(بغداد اليوم) إن") == []
    assert [d.text for d in find_dates('a source told "Iraq Today" on Monday')] == ["Monday"]
    # The same words outside a name are a date.
    assert [d.text for d in find_dates("شهدت بغداد اليوم تظاهرات")] == ["اليوم"]
    assert [d.text for d in find_dates("Baghdad today saw protests (again)")] == ["today"]


def test_an_era_or_the_end_of_a_month_is_a_year_or_a_month() -> None:
    kinds = [(d.text, d.kind, d.attributive) for d in find_dates("Built in the 1970s and bombed during the 1991 war")]
    assert kinds == [("in the 1970s", "year", False), ("during the 1991", "year", False)]
    assert [(d.text, d.kind) for d in find_dates("They left at the end of July after clashes")] == [
        ("end of July", "in_month")
    ]
    # "since the 2003 invasion" dates the start of a state: attributive, as every "since" date.
    assert [d.attributive for d in find_dates("since the 2003 invasion")] == [True]
    # A year not introduced as an era is no date of this kind.
    assert find_dates("the 2003 invasion was a turning point") == []


def test_an_old_air_strike_in_a_description_makes_no_row() -> None:
    from geoincidents import extract_incidents

    text = (
        "Police fired tear gas at protesters in Tahrir Square on Thursday. "
        "Built in the 1960s and hit by air strikes during the 1991 war, the tower overlooks the square."
    )
    got = extract_incidents(text, published="2019-11-01")
    assert list(got["event_type"]) == ["Protests"]
    assert any(s.startswith("background.year") for s in got.attrs["skipped"])


@pytest.mark.parametrize(
    "text",
    ["مساء أول أمس", "أول من أمس", "فجر أول أمس", "أمس الأول", "the day before yesterday", "the night before last"],
)
def test_the_day_before_yesterday_in_both_languages(text: str) -> None:
    # A Wednesday report: Monday, not yesterday.
    found = find_dates(f"وقع الانفجار {text} قرب الساحة" if "أ" in text else f"It exploded {text} near the square")
    assert [d.kind for d in found] == ["day_before_yesterday"]
    assert resolve_date(found[0], date(2025, 3, 12))[:2] == (date(2025, 3, 10), 1)


def test_the_day_before_dates_by_the_story_not_by_a_named_occasion() -> None:
    day_before = ("The night before, a rocket hit a lot.", "on the previous evening")
    day_before += ("في اليوم السابق", "الليلة السابقة")
    for text in day_before:
        assert [d.kind for d in find_dates(text)] == ["day_before"], text
    # "the night before the vote" / "his" / "Sadr's speech": dated by another event, no date of its own.
    for text in ("the night before the vote", "the day before his arrest", "the evening before Sadr's speech"):
        assert find_dates(text) == [], text
    # "أول" alone is the ordinal "first".
    assert find_dates("أول تظاهرة في الساحة") == []


def test_a_season_or_an_arabic_year_is_a_year() -> None:
    assert [(d.text, d.kind) for d in find_dates("كانت في صيف 2022، حين اقتحم")] == [("في صيف 2022", "year")]
    assert [(d.text, d.kind) for d in find_dates("It happened in the summer of 2022.")] == [("summer of 2022", "year")]
    assert [(d.text, d.kind) for d in find_dates("وفي عام 2019 خرج الآلاف")] == [("وفي عام 2019", "year")]
    # "منذ عام 2019" is a state since then (background.ongoing), not a year that dates an event.
    assert [d.attributive for d in find_dates("منذ عام 2019")] == [True]
    # A season naming something ("the fall 2021 elections") is attributive.
    assert [d.attributive for d in find_dates("the fall 2021 elections")] == [True]


def test_the_night_before_is_the_day_before_the_story_s_date() -> None:
    from geoincidents import extract_incidents

    text = (
        "Rioters set fire to a party office in Baghdad's Karrada district early Saturday. "
        "The night before, a crowd had gathered outside the same building chanting slogans, before police "
        "dispersed it."
    )
    got = extract_incidents(text, published="2020-10-17")
    assert sorted(str(d)[:10] for d in got["event_date"]) == ["2020-10-16", "2020-10-17"]


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("tomorrow", date(2025, 1, 10), 1),
        ("the day after tomorrow", date(2025, 1, 11), 1),
        ("غداً", date(2025, 1, 10), 1),
        ("يوم غد", date(2025, 1, 10), 1),
        ("بعد غد", date(2025, 1, 11), 1),
        ("a week ago", date(2025, 1, 2), 2),
        ("two weeks earlier", date(2024, 12, 26), 2),
        ("وقبل أسبوعين", date(2024, 12, 26), 2),
        ("قبل 3 أسابيع", date(2024, 12, 19), 2),
    ],
)
def test_tomorrow_and_weeks_ago(text: str, expected: date, precision: int) -> None:
    assert resolve_date(text, date(2025, 1, 9))[:2] == (expected, precision)


def test_a_week_before_an_occasion_is_no_date() -> None:
    assert find_dates("قبل أسبوع من الانتخابات") == []


@pytest.mark.parametrize(
    "text",
    [
        "A rally will be held in Tahrir Square tomorrow, organizers said.",
        "ستنطلق تظاهرة غداً في ساحة التحرير.",
        "تنظم التنسيقيات تظاهرة يوم غد الجمعة في ساحة التحرير.",
        "وقبل أسبوعين، سقط صاروخ قرب السفارة الأمريكية.",
        "Two weeks ago, rockets hit near the U.S. Embassy in Baghdad.",
    ],
)
def test_tomorrow_is_planned_and_weeks_ago_is_background(text: str) -> None:
    from geoincidents import extract_incidents

    assert extract_incidents(text, published="2025-01-09").empty


def test_an_event_a_week_ago_is_the_past_week_s_news() -> None:
    from geoincidents import extract_incidents

    got = extract_incidents("A week ago, a rocket fell near the Green Zone.", published="2025-01-09")
    assert [str(d)[:10] for d in got["event_date"]] == ["2025-01-02"]
    assert list(got["time_precision"]) == [2]


def test_a_bare_arabic_year_dates_its_verb_unless_it_names_a_noun() -> None:
    assert [(d.kind, d.attributive) for d in find_dates("شهدت الساحة عام 2019 احتجاجات")] == [("year", False)]
    # "انتخابات عام 2021" names the elections; "منذ عام 2019" is the start of a state.
    assert [d.attributive for d in find_dates("نتائج انتخابات عام 2021")] == [True]
    assert [d.attributive for d in find_dates("منذ عام 2019")] == [True]


def test_this_year_is_a_period_not_a_day() -> None:
    assert [d.kind for d in find_dates("Rockets have hit the zone 12 times this year.")] == ["period"]
    assert [d.kind for d in find_dates("سقطت صواريخ عدة هذا العام")] == ["period"]
    assert [d.kind for d in find_dates("منذ بداية العام الحالي")] == ["period"]
    assert find_dates("They rejected this year's budget.") == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("يذكر أن ساحة التحرير شهدت عام 2019 احتجاجات واسعة قتل فيها المئات.", 0),
        ("Rockets have targeted the Green Zone 12 times this year.", 0),
        ("Since the uprising began, more than 600 protesters have been killed in Baghdad.", 0),
        # Negatives: the day's event with its own date stays.
        ("A rocket fell inside the Green Zone on Thursday, the fifth attack this year.", 1),
        ("شهدت ساحة التحرير اليوم تظاهرة، هي الأكبر هذا العام.", 1),
        ("Since Monday, police have arrested 20 people; on Thursday they fired tear gas at protesters in Tahrir.", 1),
    ],
)
def test_totals_and_years_make_no_row_the_day_s_event_does(text: str, rows: int) -> None:
    from geoincidents import extract_incidents

    assert len(extract_incidents(text, published="2025-01-09")) == rows, text


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("23/10/2021", date(2021, 10, 23)),  # day first, as Iraqi outlets write
        ("1/2/2021", date(2021, 2, 1)),  # both orders are dates: day first wins
        ("10/23/2021", date(2021, 10, 23)),  # no 23rd month: read month first
        ("29/02/2020", date(2020, 2, 29)),  # leap day
        ("٢٣/١٠/٢٠٢١", date(2021, 10, 23)),  # Arabic-Indic digits
    ],
)
def test_numeric_dates_day_first_then_month_first(expression: str, expected: date) -> None:
    assert resolve_date(expression, SAT) == (expected, 1, "")


@pytest.mark.parametrize("expression", ["31/02/2021", "29/02/2021", "13/13/2021", "00/10/2021", "1/1/0000"])
def test_impossible_numeric_dates_are_no_date(expression: str) -> None:
    day, precision, note = resolve_date(expression, SAT)
    assert (day, precision) == (None, None)
    assert "is not a calendar date" in note
