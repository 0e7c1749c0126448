"""The paradigm of how journalists date an event, English and Arabic, read through ``extract_incidents``.

A generator crosses the word classes of dating (weekdays with their modifiers and times of day, today / yesterday
and their Arabic forms, counts of days back, days relative to another event of the text, weeks, months, explicit
dates in every written form and month naming) with realistic report sentences (a dateline, an event, a place),
published on different weekdays and across month and year boundaries, and computes the expected row date and
``time_precision`` by the annotation rules of ``eval/README.md`` ("Dates": resolved against the publication date,
precision 1 a day, 2 a week; "last week" is published - 7 days, precision 2; an event dated only by a month or a
vague period, "at the beginning of the month", "this month", makes no row: its date resolves to no day or week).
The must-not side: the date of a statement, of a court hearing, of a planned march, of an anniversary, a year of
background, a time of day alone, numbers that are no dates.

Conventions chosen where the rules are silent: "ليلة الاثنين على الثلاثاء" / "overnight from Monday to Tuesday" is
the first night's day (Monday), as "on Monday night" and "ليلة الاثنين" are Monday in the corpus; "earlier this
week" is a week (published - 7, precision 2) like "last week"; a time after midnight in a chronological live blog
under a day heading is of the next day.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from geoincidents import extract_incidents

# Publication days: a Wednesday, a Friday the 1st after a leap day, a Tuesday the 2nd of January, a Sunday, a Monday,
# a Saturday the 1st of October.
PUBS = (
    date(2024, 3, 6),
    date(2024, 3, 1),
    date(2024, 1, 2),
    date(2023, 11, 5),
    date(2025, 6, 9),
    date(2022, 10, 1),
)
WD_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# (two spellings for the hamza-variable names: the second used on odd cases)
WD_AR = (
    ("الاثنين", "الإثنين"),
    ("الثلاثاء", "الثلاثاء"),
    ("الأربعاء", "الاربعاء"),
    ("الخميس", "الخميس"),
    ("الجمعة", "الجمعة"),
    ("السبت", "السبت"),
    ("الأحد", "الاحد"),
)
MONTH_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December")  # fmt: skip
MONTH_EN_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
MONTH_IQ = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
            "تشرين الثاني", "كانون الأول")  # fmt: skip
MONTH_EG = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
            "ديسمبر")  # fmt: skip
_AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_UNITS = ("", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر")


def ordinal_ar(day: int) -> str:
    """The day of the month as an Arabic ordinal ("الخامس", "الحادي عشر", "الثالث والعشرين")."""
    if day <= 10:
        return _UNITS[day]
    unit = "الحادي" if day % 10 == 1 else _UNITS[day % 10]
    if day < 20:
        return f"{unit} عشر"
    tens = "العشرين" if day < 30 else "الثلاثين"
    return tens if day % 10 == 0 else f"{unit} و{tens}"


# Event sentences: (template with {d} for the date phrase at its place, landmark), {D} when the phrase opens it.
EVENTS_EN = (
    ("BAGHDAD - A Katyusha rocket struck near the Green Zone {d}, police said.", "green_zone"),
    ("BAGHDAD (Reuters) - {D}, hundreds of protesters gathered in Tahrir Square.", "tahrir_square"),
    ("BAGHDAD - Security forces fired tear gas at protesters on al-Jumhuriya Bridge {d}.", "bridge_jumhuriya"),
    ("BAGHDAD (AP) - Gunmen shot dead an activist in Khallani Square {d}, witnesses said.", "khilani_square"),
)
EVENTS_AR = (
    ("بغداد - سقط صاروخ كاتيوشا قرب المنطقة الخضراء {d}، بحسب مصدر أمني.", "green_zone"),
    ("بغداد - {D}، تظاهر المئات في ساحة التحرير وسط العاصمة.", "tahrir_square"),
    ("بغداد - أطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين فوق جسر الجمهورية {d}.", "bridge_jumhuriya"),
    ("بغداد - اغتال مسلحون مجهولون ناشطاً في ساحة الخلاني {d}، وفق شهود عيان.", "khilani_square"),
)


@dataclass(frozen=True)
class Case:
    """One generated report: its family, text, publication day and the expected dated rows.

    ``expected`` maps a landmark to its row's (event_date, time_precision); an empty mapping means no row at all;
    a precision of 0 accepts any precision (the date alone is judged); a date of None forbids a row at the landmark.
    """

    family: str
    lang: str
    text: str
    published: date
    expected: tuple[tuple[str, date | None, int], ...]

    @property
    def id(self) -> str:
        return f"{self.family}-{self.lang}-{self.published}-{abs(hash(self.text)) % 10**6}"


def _fill(template: str, phrase: str, arabic: bool) -> str:
    if "{D}" in template:
        lead = phrase if arabic else phrase[:1].upper() + phrase[1:]
        return template.replace("{D}", ("و" + lead) if arabic and not lead.startswith("و") else lead)
    return template.replace("{d}", phrase)


def _events(arabic: bool) -> tuple[tuple[str, str], ...]:
    return EVENTS_AR if arabic else EVENTS_EN


def _one(family: str, lang: str, k: int, phrase: str, pub: date, day: date | None, precision: int) -> Case:
    template, landmark = _events(lang == "ar")[k % 4]
    text = _fill(template, phrase, lang == "ar")
    return Case(family, lang, text, pub, () if day is None else ((landmark, day, precision),))


# English weekday forms: (phrase with {w} the weekday and {p} the day before it, days back added to the weekday's
# own offset, the lowest offset of the weekday the form allows).
WEEKDAY_FORMS_EN = (
    ("on {w}", 0, 0),
    ("{w}", 0, 0),
    ("late on {w}", 0, 0),
    ("late {w}", 0, 0),
    ("early on {w}", 0, 0),
    ("early {w}", 0, 0),
    ("on {w} night", 0, 1),
    ("{w} night", 0, 1),
    ("late {w} night", 0, 1),
    ("on {w} morning", 0, 0),
    ("{w} morning", 0, 0),
    ("on {w} evening", 0, 1),
    ("on {w} afternoon", 0, 0),
    ("overnight on {w}", 0, 1),
    ("overnight {w}", 0, 1),
    ("before dawn on {w}", 0, 0),
    ("before dawn {w}", 0, 0),
    ("in the early hours of {w}", 0, 0),
    ("last {w}", 0, 1),
    ("on the night of {w}", 0, 1),
    ("overnight from {p} to {w}", 1, 0),
    ("on {p} night into {w}", 1, 0),
    ("earlier on {w}", 0, 0),
    ("later on {w}", 0, 1),
    ("earlier {w}", 0, 0),
    ("at dawn on {w}", 0, 0),
    ("at dawn {w}", 0, 0),
    ("shortly after midnight on {w}", 0, 0),
    ("shortly before midnight on {w}", 0, 1),
    ("in the small hours of {w}", 0, 0),
    ("in the pre-dawn hours of {w}", 0, 0),
    ("on the evening of {w}", 0, 1),
    ("on the morning of {w}", 0, 0),
    ("on {w}, local time", 0, 0),
    ("in the early hours of {w} morning", 0, 0),
    ("during the night of {p} to {w}", 1, 0),
)
WEEKDAY_FORMS_AR = (
    ("يوم {w}", 0, 0),
    ("{w}", 0, 0),
    ("{w} الماضي", 0, 1),
    ("يوم {w} الماضي", 0, 1),
    ("ليلة {w}", 0, 1),
    ("ليل {w}", 0, 1),
    ("فجر {w}", 0, 0),
    ("فجر يوم {w}", 0, 0),
    ("مساء {w}", 0, 1),
    ("مساء يوم {w}", 0, 1),
    ("ظهر {w}", 0, 0),
    ("ظهر يوم {w}", 0, 0),
    ("صباح {w}", 0, 0),
    ("صباح يوم {w}", 0, 0),
    ("عصر {w}", 0, 0),
    ("عصر يوم {w}", 0, 0),
    ("ظهيرة {w}", 0, 0),
    ("في وقت متأخر من ليل {w}", 0, 1),
    ("في ساعة متأخرة من مساء {w}", 0, 1),
    ("في الساعات الأولى من صباح {w}", 0, 0),
    ("ليلة {p} على {w}", 1, 0),
    ("ليلة {p} - {w}", 1, 0),
    ("ليل {p}/{w}", 1, 0),
    ("ليلة {p} {w}", 1, 0),
    ("{w} المنصرم", 0, 1),
    ("يوم {w} الفائت", 0, 1),
    ("صبيحة {w}", 0, 0),
    ("صبيحة يوم {w}", 0, 0),
    ("نهار {w}", 0, 0),
    ("منتصف ليل {w}", 0, 1),
    ("قبيل منتصف ليل {w}", 0, 1),
    ("في وقت مبكر من صباح {w}", 0, 0),
    ("مع ساعات الفجر الأولى من يوم {w}", 0, 0),
    ("في الساعات الأولى من فجر {w}", 0, 0),
    ("بعد منتصف ليل {w}", 0, 1),
    ("عند الساعة العاشرة من مساء {w}", 0, 1),
    ("عند الساعة 10:30 من مساء يوم {w}", 0, 1),
)
OFFSETS = (0, 1, 2, 4, 6)


def weekday_cases() -> Iterator[Case]:
    """Weekdays with their modifiers, each publication day, offsets 0 (the day itself) to 6."""
    n = 0
    for lang, forms in (("en", WEEKDAY_FORMS_EN), ("ar", WEEKDAY_FORMS_AR)):
        for form, extra, lowest in forms:
            for pub in PUBS:
                for offset in OFFSETS:
                    if offset < lowest or offset + extra > 6:
                        continue
                    n += 1
                    if n % 3:  # a third of the grid: every form on most publication days and offsets
                        continue
                    day = pub - timedelta(days=offset)
                    first = day - timedelta(days=extra)
                    if lang == "en":
                        phrase = form.format(w=WD_EN[day.weekday()], p=WD_EN[first.weekday()])
                    else:
                        phrase = form.format(w=WD_AR[day.weekday()][n % 2 == 0], p=WD_AR[first.weekday()][0])
                    yield _one("weekday", lang, n // 3, phrase, pub, first, 1)


# Today, yesterday and days back: (phrase, days back, precision); {w} the weekday of the day named.
RELATIVE_EN = (
    ("yesterday", 1), ("yesterday morning", 1), ("yesterday evening", 1), ("late yesterday", 1),
    ("early yesterday", 1), ("today", 0), ("earlier today", 0), ("this morning", 0), ("early this morning", 0),
    ("this afternoon", 0), ("earlier this evening", 0), ("last night", 1), ("late last night", 1),
    ("overnight", 1), ("two days ago", 2), ("three days ago", 3), ("2 days ago", 2),
    ("the day before yesterday", 2), ("yesterday ({w})", 1), ("today ({w})", 0),
    ("earlier on Sunday".replace("Sunday", "{w}"), 0), ("late on {w}", 0), ("overnight into {w}", 0),
    ("before dawn today", 0), ("at dawn today", 0),
    ("in the early hours of today", 0), ("yesterday afternoon", 1), ("late yesterday afternoon", 1),
    ("a day ago", 1),
)  # fmt: skip
RELATIVE_AR = (
    ("أمس", 1), ("يوم أمس", 1), ("امس", 1), ("أمس {w}", 1), ("يوم أمس {w}", 1), ("مساء أمس {w}", 1),
    ("ليل أمس {w}", 1), ("ليلة أمس {w}", 1), ("فجر أمس {w}", 1), ("صباح أمس {w}", 1), ("اليوم {w}", 0),
    ("فجر اليوم {w}", 0), ("صباح اليوم {w}", 0), ("مساء اليوم {w}", 0), ("ظهر اليوم {w}", 0), ("عصر اليوم {w}", 0),
    ("أمس الأول", 2), ("أول أمس", 2), ("أول من أمس", 2), ("البارحة", 1), ("ليلة البارحة", 1), ("مساء البارحة", 1),
    ("اليوم", 0), ("فجر اليوم", 0), ("مساء اليوم", 0), ("مساء أمس", 1), ("ليل أمس", 1), ("الليلة الماضية", 1),
    ("قبل يومين", 2), ("قبل ثلاثة أيام", 3), ("قبل 3 أيام", 3), ("منذ يومين", 2),
    ("في وقت سابق اليوم", 0), ("في وقت سابق من اليوم", 0), ("في وقت متأخر من مساء أمس", 1),
    ("في وقت متأخر من ليل أمس", 1), ("في ساعة متأخرة من ليلة أمس", 1), ("اليوم ({w})", 0),
    ("يوم أمس الأول", 2), ("ليلة أمس الأول", 2), ("فجر أمس الأول", 2), ("صبيحة اليوم", 0), ("صبيحة اليوم {w}", 0),
    ("ظهيرة اليوم", 0), ("في ساعة مبكرة من صباح اليوم", 0), ("في الساعات الأولى من فجر اليوم", 0),
    ("منتصف ليلة أمس", 1), ("نهار اليوم", 0), ("نهار أمس", 1), ("ليلة الأمس", 1), ("بالأمس", 1),
    ("قبل يوم", 1), ("قبل ٣ أيام", 3),
)  # fmt: skip


def relative_cases() -> Iterator[Case]:
    """Today, yesterday, days back, with and without the weekday named."""
    n = 0
    for lang, forms in (("en", RELATIVE_EN), ("ar", RELATIVE_AR)):
        for form, back in forms:
            for pub in PUBS[(n % 3) :: 2]:
                n += 1
                day = pub - timedelta(days=back)
                w = WD_EN[day.weekday()] if lang == "en" else WD_AR[day.weekday()][0]
                yield _one("relative", lang, n, form.format(w=w), pub, day, 1)


# Weeks and months: (phrase, days back or None for no row, precision).
WEEK_MONTH = (
    ("en", "last week", 7, 2), ("en", "earlier this week", 7, 2), ("en", "a week ago", 7, 2),
    ("en", "this month", None, 0), ("en", "earlier this month", None, 0),
    ("en", "at the beginning of the month", None, 0),
    ("en", "in mid-month", None, 0), ("en", "last month", None, 0),
    ("ar", "الأسبوع الماضي", 7, 2), ("ar", "خلال الأسبوع الماضي", 7, 2), ("ar", "قبل أسبوع", 7, 2),
    ("ar", "الأسبوع الفائت", 7, 2), ("ar", "مطلع الشهر", None, 0), ("ar", "مطلع الشهر الجاري", None, 0),
    ("ar", "منتصف الشهر", None, 0), ("ar", "منتصف الشهر الماضي", None, 0), ("ar", "الشهر الماضي", None, 0),
    ("ar", "في بداية الشهر الحالي", None, 0),
)  # fmt: skip


def week_month_cases() -> Iterator[Case]:
    """A week back (a row of week precision) and month-only times (no row)."""
    n = 0
    for lang, phrase, back, precision in WEEK_MONTH:
        for pub in PUBS[n % 2 :: 2]:
            n += 1
            day = None if back is None else pub - timedelta(days=back)
            yield _one("week_month", lang, n, phrase, pub, day, precision)


def _explicit_forms(day: date, pub: date) -> Iterator[tuple[str, str]]:
    m, d, y = day.month - 1, day.day, day.year
    wd = WD_EN[day.weekday()]
    yield "en", f"on {MONTH_EN[m]} {d}"
    yield "en", f"on {d} {MONTH_EN[m]}"
    yield "en", f"on {MONTH_EN[m]} {d}, {y}"
    yield "en", f"on {d}/{day.month}/{y}"
    yield "en", f"on {wd}, {MONTH_EN[m]} {d}"
    yield "en", f"on {wd} ({MONTH_EN[m]} {d})"
    yield "en", f"on {MONTH_EN_ABBR[m]} {d}"
    yield "en", f"on the {d}{'th' if 10 < d < 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')} of {MONTH_EN[m]}"
    wa = WD_AR[day.weekday()][0]
    yield "ar", f"في {ordinal_ar(d)} من {MONTH_IQ[m]}"
    yield "ar", f"في {d} {MONTH_IQ[m]}"
    yield "ar", f"في {d} {MONTH_IQ[m]}/{MONTH_EG[m]}"
    yield "ar", f"يوم {d} {MONTH_EG[m]}"
    yield "ar", f"في {ordinal_ar(d)} من {MONTH_EG[m]}"
    yield "ar", f"في {d} {MONTH_IQ[m]} {y}"
    yield "ar", f"في {d}/{day.month}/{y}"
    yield "ar", f"يوم {wa} {d} {MONTH_IQ[m]}"
    yield "ar", f"يوم {wa} الموافق {d} {MONTH_IQ[m]}"
    yield "ar", f"في {ordinal_ar(d)} من شهر {MONTH_IQ[m]}"
    yield "ar", f"({d} {MONTH_EG[m]})"
    yield "ar", f"بتاريخ {d}/{day.month}/{y}"
    yield "ar", f"بتاريخ {ordinal_ar(d)} من {MONTH_IQ[m]}"
    yield "ar", f"في {str(d).translate(_AR_DIGITS)} {MONTH_IQ[m]}"
    yield "ar", f"يوم {wa} ({d} {MONTH_IQ[m]})"
    yield "ar", f"في {d} من شهر {MONTH_EG[m]}"
    yield "en", f"on {d} {MONTH_EN[m]} {y}"
    yield "en", f"on {wd} {d} {MONTH_EN[m]}"
    yield "en", f"on {day.isoformat()}"
    yield "en", f"early on {MONTH_EN[m]} {d}"
    yield "en", f"on the night of {MONTH_EN[m]} {d}"
    if day.month == pub.month:
        yield "ar", f"في {ordinal_ar(d)} من الشهر الجاري"
        yield "ar", f"في {ordinal_ar(d)} من الشهر الحالي"
        yield "en", f"on the {d}{'th' if 10 < d < 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')} of this month"


def explicit_cases() -> Iterator[Case]:
    """Explicit dates in every form, every month name, published the same day to three days later."""
    n = 0
    for month in range(1, 13):
        for day_of_month, back in ((5 + month, 0), (28 - month, 1), (2 + 2 * month, 3)):
            day = date(2024, month, min(day_of_month, 28))
            pub = day + timedelta(days=back)
            for lang, phrase in _explicit_forms(day, pub):
                n += 1
                if n % 3:
                    continue
                yield _one("explicit", lang, n // 3, phrase, pub, day, 1)
    # year boundary: December 31 read in a January 2 report
    pub = date(2024, 1, 2)
    for lang, phrase in _explicit_forms(date(2023, 12, 31), pub):
        n += 1
        yield _one("explicit", lang, n, phrase, pub, date(2023, 12, 31), 1)


# Two sentences: a first event on a weekday, a second dated relative to it. (phrase, days after the first)
SEQUENCE_EN = (
    ("The next day", 1), ("The following day", 1), ("A day later", 1), ("Two days later", 2),
    ("The following morning", 1), ("Later that day", 0), ("On the same day", 0), ("That night", 0),
    ("The day before", -1), ("Two days earlier", -2), ("The previous night", -1), ("Three days later", 3),
    ("Later in the day", 0), ("Earlier in the day", 0),
)  # fmt: skip
SEQUENCE_AR = (
    ("وفي اليوم التالي", 1), ("وفي صباح اليوم التالي", 1), ("وبعد يومين", 2), ("وبعد يوم واحد", 1),
    ("وبعد ثلاثة أيام", 3), ("وفي اليوم نفسه", 0), ("ومساء اليوم ذاته", 0), ("وفي اليوم السابق", -1),
    ("وقبل ذلك بيومين", -2), ("وفي الليلة التالية", 1), ("وبعد ذلك بيوم", 1), ("وفي مساء اليوم التالي", 1),
)  # fmt: skip


def sequence_cases() -> Iterator[Case]:
    """A day relative to another event's day in the text, not to publication."""
    n = 0
    for lang, forms in (("en", SEQUENCE_EN), ("ar", SEQUENCE_AR)):
        for phrase, after in forms:
            for pub in PUBS[n % 2 :: 2]:
                n += 1
                first = pub - timedelta(days=max(after, 0) + 1 + n % 2)
                second = first + timedelta(days=after)
                if lang == "en":
                    text = (
                        f"BAGHDAD - Hundreds of protesters gathered in Tahrir Square on {WD_EN[first.weekday()]}. "
                        f"{phrase}, security forces fired tear gas at protesters on al-Jumhuriya Bridge."
                    )
                else:
                    text = (
                        f"بغداد - تظاهر المئات في ساحة التحرير يوم {WD_AR[first.weekday()][0]}. "
                        f"{phrase} أطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين فوق جسر الجمهورية."
                    )
                yield Case("sequence", lang, text, pub, (("tahrir_square", first, 1), ("bridge_jumhuriya", second, 1)))


def form_cases() -> Iterator[Case]:
    """Live blogs with times under a day heading, datelines with a date, updated stories, weekly digests."""
    for i, pub in enumerate(PUBS):
        day = pub - timedelta(days=1)
        nxt = day + timedelta(days=1)
        wd, m = WD_EN[day.weekday()], MONTH_EN[day.month - 1]
        wa, ma = WD_AR[day.weekday()][0], MONTH_IQ[day.month - 1]
        d = day.day
        yield Case(
            "form", "en",
            f"LIVE: Protests in Baghdad\n\n{wd}, {m} {d}\n\n"
            f"21:10 | Hundreds of protesters gathered in Tahrir Square.\n\n"
            f"23:50 | Security forces fired tear gas at protesters on al-Jumhuriya Bridge.\n\n"
            f"01:47 | Gunmen shot dead an activist in Khallani Square.",
            nxt,
            (("tahrir_square", day, 1), ("bridge_jumhuriya", day, 1), ("khilani_square", nxt, 1)),
        )  # fmt: skip
        yield Case(
            "form", "ar",
            f"تغطية مباشرة\n\n{wa} {d} {ma}\n\n[21:10] تظاهر المئات في ساحة التحرير وسط العاصمة.\n\n"
            f"[23:50 - تحديث] أطلقت القوات الأمنية الغاز المسيل للدموع على المتظاهرين فوق جسر الجمهورية.\n\n"
            f"[01:47] اغتال مسلحون مجهولون ناشطاً في ساحة الخلاني.",
            nxt,
            (("tahrir_square", day, 1), ("bridge_jumhuriya", day, 1), ("khilani_square", nxt, 1)),
        )  # fmt: skip
        yield Case(
            "form", "ar",
            f"نشرة الرصد الصباحية | {WD_AR[pub.weekday()][0]} {pub.day} {MONTH_IQ[pub.month - 1]} {pub.year}\n"
            f"ملخص ما تداولته قنوات تلغرام خلال الليلة الماضية وفجر اليوم.\n\n"
            f"01:47 | مصدر أمني: \"سقط صاروخ كاتيوشا قرب المنطقة الخضراء\".\n\n"
            f"03:15 | تظاهر العشرات في ساحة التحرير وسط العاصمة.",
            pub, (("green_zone", pub, 1), ("tahrir_square", pub, 1)),
        )  # fmt: skip
        yield Case(
            "form", "en",
            f"Overnight monitor | {WD_EN[pub.weekday()]} {pub.day} {MONTH_EN[pub.month - 1]}\n"
            f"What channels posted last night and this morning.\n\n"
            f"23:40 | Hundreds of protesters gathered in Tahrir Square.\n\n"
            f"01:47 | A Katyusha rocket struck near the Green Zone, a security source said.",
            pub, (("tahrir_square", day, 1), ("green_zone", pub, 1)),
        )  # fmt: skip
        yield Case(
            "form", "en",
            f"Overnight monitor | {WD_EN[pub.weekday()]} {pub.day} {MONTH_EN[pub.month - 1]}\n"
            f"What channels posted overnight.\n\n"
            f"02:10 | A Katyusha rocket struck near the Green Zone, a security source said.",
            pub, (("green_zone", pub, 1),),
        )  # fmt: skip
        yield Case(
            "form", "en",
            f"{wd} {d} {m}\n\n10:15 GMT - A Katyusha rocket struck near the Green Zone, police said.",
            pub, (("green_zone", day, 1),),
        )  # fmt: skip
        yield Case(
            "form", "en",
            f"BAGHDAD, {MONTH_EN[pub.month - 1]} {pub.day} (Reuters) - A Katyusha rocket struck near the Green Zone "
            f"on {WD_EN[day.weekday()]}, police said.",
            pub, (("green_zone", day, 1),),
        )  # fmt: skip
        yield Case(
            "form", "en",
            f"UPDATE 2-Rocket hits near Baghdad's Green Zone\n\n(Adds police comment in paragraph 3)\n\n"
            f"BAGHDAD, {MONTH_EN[pub.month - 1]} {pub.day} (Reuters) - A Katyusha rocket struck near the Green Zone "
            f"late on {WD_EN[day.weekday()]}, police said.",
            pub, (("green_zone", day, 1),),
        )  # fmt: skip
        yield Case(
            "form", "ar",
            f"بغداد {pub.day} {MONTH_EG[pub.month - 1]}/{MONTH_IQ[pub.month - 1]} (شينخوا) "
            f"سقط صاروخ كاتيوشا قرب المنطقة "
            f"الخضراء مساء {wa}، بحسب مصدر أمني.",
            pub, (("green_zone", day, 1),),
        )  # fmt: skip
        two = day - timedelta(days=1)
        yield Case(
            "form", "en",
            f"Baghdad security digest\n\n{WD_EN[two.weekday()]} {two.day} {MONTH_EN[two.month - 1]}: Hundreds of "
            f"protesters gathered in Tahrir Square.\n{wd} {d} {m}: A Katyusha rocket struck near the Green Zone.",
            pub, (("tahrir_square", two, 1), ("green_zone", day, 1)),
        )  # fmt: skip
        yield Case(
            "form", "ar",
            f"حصاد الأسبوع الأمني في بغداد\n\n"
            f"- {WD_AR[two.weekday()][0]} {two.day} {MONTH_IQ[two.month - 1]}: تظاهر المئات "
            f"في ساحة التحرير.\n- {wa} {d} {ma}: سقط صاروخ كاتيوشا قرب المنطقة الخضراء.",
            pub, (("tahrir_square", two, 1), ("green_zone", day, 1)),
        )  # fmt: skip
        if i % 2:
            yield Case(
                "form", "en",
                f"BAGHDAD - Protesters gathered in Tahrir Square on {wd}, three days after security forces fired "
                f"tear gas at protesters on al-Jumhuriya Bridge.",
                pub, (("tahrir_square", day, 1),),
            )  # fmt: skip
            yield Case(
                "form", "ar",
                f"بغداد - تظاهر المئات في ساحة التحرير يوم {wa}، بعد ثلاثة أيام من إطلاق القوات الأمنية الغاز "
                f"المسيل للدموع على المتظاهرين فوق جسر الجمهورية.",
                pub, (("tahrir_square", day, 1),),
            )  # fmt: skip


def must_not_cases() -> Iterator[Case]:
    """Dates that are not the event's: a statement, a hearing, a plan, an anniversary, an old year, no day, numbers."""
    for i, pub in enumerate(PUBS):
        day = pub - timedelta(days=2)
        wd, wa = WD_EN[day.weekday()], WD_AR[day.weekday()][0]
        pw, pa = WD_EN[pub.weekday()], WD_AR[pub.weekday()][0]
        fut = pub + timedelta(days=3)
        fw, fa = WD_EN[fut.weekday()], WD_AR[fut.weekday()][0]
        gz, ta = "green_zone", "tahrir_square"
        yday = pub - timedelta(days=1)
        yw, ya = WD_EN[yday.weekday()], WD_AR[yday.weekday()][0]
        yield from (
            Case("must_not", "en", f"BAGHDAD - A Katyusha rocket struck near the Green Zone on {wd}, the interior "
                 f"ministry said on {pw}.", pub, ((gz, day, 1),)),
            Case("must_not", "en", f"BAGHDAD - The interior ministry said on {pw} that a Katyusha rocket struck near "
                 f"the Green Zone on {wd}.", pub, ((gz, day, 1),)),
            Case("must_not", "ar", f"بغداد - أعلنت وزارة الداخلية، اليوم {pa}، أن صاروخ كاتيوشا سقط قرب المنطقة "
                 f"الخضراء مساء {wa}.", pub, ((gz, day, 1),)),
            Case("must_not", "ar", f"بغداد - أفاد مصدر أمني يوم {pa} بسقوط صاروخ كاتيوشا قرب المنطقة الخضراء "
                 f"ليلة {wa}.",
                 pub, ((gz, day, 1),)),
            # the lede dated only by when it was told, the event's day in the next sentence
            Case("must_not", "ar", f"بغداد - أفاد مصدر أمني في بغداد، اليوم {pa}، بمقتل ناشط بهجوم مسلح في ساحة "
                 f"الخلاني وسط العاصمة. وقال المصدر إن مسلحين اثنين أطلقا النار على الناشط مساء أمس {ya} قبل أن "
                 f"يلوذا بالفرار.",
                 pub, (("khilani_square", yday, 1),)),
            Case("must_not", "ar", f"بغداد - أعلنت خلية الإعلام الأمني، اليوم {pa}، سقوط صاروخ كاتيوشا قرب المنطقة "
                 f"الخضراء. وقالت الخلية إن الصاروخ سقط ليلة {wa} دون أن يسفر عن إصابات.", pub, ((gz, day, 1),)),
            Case("must_not", "en", f"BAGHDAD - An activist was shot dead in Khallani Square, a security source said on "
                 f"{pw}. Two gunmen opened fire on him late on {yw} before fleeing, the source said.", pub,
                 (("khilani_square", yday, 1),)),
            Case("must_not", "en", f"BAGHDAD - A security source said on {pw} that a Katyusha rocket struck near the "
                 f"Green Zone. The rocket landed on {wd} night, the source said.", pub, ((gz, day, 1),)),
            Case("must_not", "en", f"BAGHDAD - Police arrested three suspects, the interior ministry said on {pw}. "
                 f"On {wd}, a bomb exploded near the Green Zone.", pub, ((gz, day, 1),)),
            Case("must_not", "en", f"BAGHDAD - Gunmen shot dead an activist in Khallani Square on {wd}. A court will "
                 f"hear the case of two suspects on {fw}.", pub, (("khilani_square", day, 1),)),
            Case("must_not", "ar", f"بغداد - اغتال مسلحون مجهولون ناشطاً في ساحة الخلاني يوم {wa}. وقررت المحكمة تأجيل "
                 f"جلسة محاكمة المتهمين إلى يوم {fa} المقبل.", pub, (("khilani_square", day, 1),)),
            Case("must_not", "en", f"BAGHDAD - Activists called for a march to Tahrir Square on {fw}.", pub, ()),
            Case("must_not", "ar", f"بغداد - دعا ناشطون إلى تظاهرة كبرى في ساحة التحرير يوم {fa} المقبل.", pub, ()),
            Case("must_not", "en", f"BAGHDAD - Hundreds of protesters gathered in Tahrir Square on {wd} to mark the "
                 f"anniversary of the October 2019 uprising.", pub, ((ta, day, 1),)),
            Case("must_not", "ar", f"بغداد - تظاهر المئات في ساحة التحرير يوم {wa} إحياءً للذكرى الخامسة لانتفاضة "
                 f"تشرين 2019.", pub, ((ta, day, 1),)),
            Case("must_not", "ar", f"بغداد - تظاهر المئات في ساحة التحرير يوم {wa}. ويعيد ذلك إلى الأذهان موجة "
                 f"الهجمات بالصواريخ التي استهدفت المنطقة الخضراء خلال عامي 2020 و2021.", pub,
                 ((ta, day, 1), (gz, None, 0))),
            Case("must_not", "en", f"BAGHDAD - Hundreds of protesters gathered in Tahrir Square on {wd}. Rockets "
                 f"struck the Green Zone dozens of times in 2020 and 2021.", pub, ((ta, day, 1), (gz, None, 0))),
            Case("must_not", "en", "BAGHDAD - In 2019, security forces killed dozens of protesters on al-Jumhuriya "
                 "Bridge.", pub, ()),
            Case("must_not", "ar", "بغداد - في عام 2019، قتلت القوات الأمنية العشرات من المتظاهرين فوق جسر الجمهورية.",
                 pub, ()),
            Case("must_not", "en", f"BAGHDAD - Hundreds of protesters gathered in Tahrir Square on {wd}, where "
                 f"security forces killed dozens in 2019.", pub, ((ta, day, 1),)),
            Case("must_not", "en", "BAGHDAD - At 10 p.m., a Katyusha rocket struck near the Green Zone, police said.",
                 pub, ((gz, pub, 0),)),
            Case("must_not", "en", "BAGHDAD - Shortly after midnight, a Katyusha rocket struck near the Green Zone.",
                 pub, ((gz, pub, 0),)),
            Case("must_not", "en", "BAGHDAD - Gunmen shot dead an activist in Khallani Square just after midnight.",
                 pub, (("khilani_square", pub, 0),)),
            Case("must_not", "ar", "بغداد - في تمام الساعة العاشرة مساءً، سقط صاروخ كاتيوشا قرب المنطقة الخضراء.",
                 pub, ((gz, pub, 0),)),
            Case("must_not", "ar", "بغداد - سقط صاروخ كاتيوشا قرب المنطقة الخضراء عند الساعة 10:30 مساءً.",
                 pub, ((gz, pub, 0),)),
            Case("must_not", "en", f"BAGHDAD - Two rockets struck near the Green Zone on {wd}, wounding 5 of the 12 "
                 f"guards at Gate 3.", pub, ((gz, day, 1),)),
            Case("must_not", "ar", f"بغداد - سقط 3 صواريخ قرب المنطقة الخضراء يوم {wa}، ما أسفر عن إصابة 5 من أصل 12 "
                 f"حارساً عند البوابة 4.", pub, ((gz, day, 1),)),
            Case("must_not", "en", f"BAGHDAD - Protesters gathered in Tahrir Square on {wd}, chanting slogans of the "
                 f"{['March 14', 'October 25', 'July 14'][i % 3]} movement.", pub, ((ta, day, 1),)),
            Case("must_not", "ar", f"بغداد - تظاهر المئات في ساحة التحرير يوم {wa} رافعين شعارات حراك "
                 f"{['25 تشرين', '14 تموز', '1 أكتوبر'][i % 3]}.", pub, ((ta, day, 1),)),
        )  # fmt: skip


def all_cases() -> list[Case]:
    """Every generated case."""
    return [
        *weekday_cases(),
        *relative_cases(),
        *week_month_cases(),
        *explicit_cases(),
        *sequence_cases(),
        *form_cases(),
        *must_not_cases(),
    ]


CASES = all_cases()


def check(case: Case) -> str:
    """An empty string when the extraction dates the case's rows as expected, else what went wrong."""
    got = extract_incidents(case.text, published=case.published)
    if not case.expected:
        return "" if got.empty else f"expected no row, got {list(zip(got.landmark_id, got.event_date, strict=True))}"
    problems = []
    for landmark, day, precision in case.expected:
        rows = got[got.landmark_id == landmark]
        if day is None:
            if not rows.empty:
                problems.append(f"expected no row at {landmark}, got {list(rows.event_date)}")
            continue
        if rows.empty:
            problems.append(f"no row at {landmark} (rows {list(got.landmark_id)})")
            continue
        found = {(r.event_date.date() if hasattr(r.event_date, "date") else r.event_date, int(r.time_precision))
                 for r in rows.itertuples()}  # fmt: skip
        if not any(d == day and (precision == 0 or p == precision) for d, p in found):
            problems.append(f"{landmark}: expected {day} p{precision}, got {sorted(found)}")
    return "; ".join(problems)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_paradigm_date(case: Case) -> None:
    problem = check(case)
    assert not problem, f"{case.text!r} published {case.published} ({case.published:%A}): {problem}"


if __name__ == "__main__":  # pass rate per family and language: python tests/test_paradigm_dates.py [-v]
    import sys
    from collections import Counter

    total: Counter[tuple[str, str]] = Counter()
    passed: Counter[tuple[str, str]] = Counter()
    for c in CASES:
        total[c.family, c.lang] += 1
        problem = check(c)
        if problem:
            if "-v" in sys.argv:
                print(f"FAIL {c.family} {c.lang} {c.published:%a %Y-%m-%d} | {c.text!r}\n     {problem}")
        else:
            passed[c.family, c.lang] += 1
    for key in sorted(total):
        print(f"{key[0]:12} {key[1]} {passed[key]:4}/{total[key]:4} {100 * passed[key] / total[key]:5.1f}%")
    print(f"all {sum(passed.values())}/{len(CASES)} {100 * sum(passed.values()) / len(CASES):.1f}%")
