"""Date expressions in report text, found and resolved against the publication date.

Finding and resolving are separate steps. :func:`find_dates` scans a text once with compiled
patterns for the expressions news reports use (weekdays, "yesterday", "earlier this evening",
"last week", "on October 10", "10 October 2021", Arabic weekdays and relative words, Iraqi/Levantine
and Egyptian month names) and returns each with its character span. :func:`resolve_date` turns one
expression into a calendar date and an ACLED ``time_precision`` (1 day, 2 week, 3 month) relative to
the publication date.

News convention: a weekday is the most recent such day on or before publication, so "on Saturday" in a
report published on a Saturday is that very day (a parser preferring past dates would return the
week before). Without a publication date, relative expressions stay unresolved and
the returned note says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from geoincidents.extraction._phrases import (
    AnchorCache,
    ByFirstChar,
    Token,
    first_char_guard,
    fold_word,
    match_at_anchors,
    tokenize,
)
from geoincidents.extraction.words import literal_alternation

__all__ = ["MONTHS_AR", "WEEKDAYS_AR", "WEEKDAYS_EN", "DateMention", "as_date", "find_dates", "resolve_date"]

# A pattern matched just after a mention looks at most this many characters ahead: the words it looks
# for follow within a few words, and a long run of spaces or commas after a mention costs nothing.
_LOOK_AHEAD = 60

_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# Arabic weekday names (alef/hamza variants folded by the pattern) -> Python weekday number.
_WEEKDAYS_AR = {
    "الاثنين": 0, "الإثنين": 0, "الأثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2,
    "الخميس": 3, "الجمعة": 4, "الجمعه": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}  # fmt: skip
# Iraqi/Levantine (Syriac-derived) and Egyptian (Latin-derived) month names, two-word Levantine ones
# ("تشرين الأول") included.
_MONTHS_AR = {
    "كانون الثاني": 1, "يناير": 1, "شباط": 2, "فبراير": 2, "آذار": 3, "اذار": 3, "مارس": 3,
    "نيسان": 4, "أبريل": 4, "ابريل": 4, "نيسان أبريل": 4, "أيار": 5, "ايار": 5, "مايو": 5,
    "حزيران": 6, "يونيو": 6, "تموز": 7, "يوليو": 7, "آب": 8, "اب": 8, "أغسطس": 8, "اغسطس": 8,
    "أيلول": 9, "ايلول": 9, "سبتمبر": 9, "تشرين الأول": 10, "تشرين الاول": 10, "أكتوبر": 10,
    "اكتوبر": 10, "تشرين الثاني": 11, "نوفمبر": 11, "كانون الأول": 12, "كانون الاول": 12, "ديسمبر": 12,
}  # fmt: skip
MONTHS_AR: frozenset[str] = frozenset(_MONTHS_AR)
"""The Arabic month names dates are read with (Levantine and Egyptian forms, with and without hamza)."""
WEEKDAYS_EN: tuple[str, ...] = _WEEKDAYS_EN
"""English weekday names, lower case, Monday first."""
WEEKDAYS_AR: tuple[str, ...] = tuple(_WEEKDAYS_AR)
"""Arabic weekday names with their article, in the spellings the date patterns read."""
WEEKDAY_NUMBERS_AR: dict[str, int] = dict(_WEEKDAYS_AR)
"""Arabic weekday names (as :data:`WEEKDAYS_AR`) -> Python weekday number."""
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1}
# Arabic "قبل يومين" (two days ago), "قبل ثلاثة أيام": the first word of the count.
_NUMBER_WORDS_AR = {
    "يوم": 1, "يومين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7,
    "أسبوع": 1, "اسبوع": 1, "أسبوعين": 2, "اسبوعين": 2,
}  # fmt: skip


_DIG = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
# The count of days or weeks ago, later or earlier, in digits or in the words the maps above resolve (a word the
# patterns read is always one the maps hold): English up to four digits (a larger count is no date of the news),
# Arabic three to seven in words (one and two are the nouns "يوم", "يومين") or up to two digits.
_COUNT_EN = rf"\d{{1,4}}|{literal_alternation(_NUMBER_WORDS)}"
_COUNT_AR = rf"{literal_alternation(w for w, n in _NUMBER_WORDS_AR.items() if n >= 3)}|{_DIG}{{1,2}}"
_EN_MONTH = rf"(?P<month>{literal_alternation(_MONTHS_EN)})\.?"
_PATTERNS_EN: list[tuple[str, str]] = [
    # "on the 5th of this month", "the 3rd of last month": a day of this month or the last
    (
        "day_of_month",
        r"(?:(?<=\bthe\s)|^)(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?P<mod>this|last|the\s+same|the)\s+month\b",
    ),
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    ("numeric", r"\b\d{1,2}/\d{1,2}/\d{4}\b"),
    (
        "day_month",
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH}(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    ),
    ("month_day", rf"\b{_EN_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"),
    ("month_year", rf"\b{_EN_MONTH}\s+(?P<year>(?:19|20)\d\d)\b"),
    (
        "in_month",
        rf"\b(?:(?:in|during|since|early|late)\s+|mid-?\s*){_EN_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?\b",
    ),
    ("year", r"\b(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b"),
    # "in the summer of 2022", "last spring": a season names no day
    ("year", r"\b(?:summer|winter|spring|autumn|fall)\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b"),
    # "during the 2003 invasion", "in the 1980s": a year naming an era or an earlier event (``\Z``: the expression read
    # alone again by :func:`resolve_date`, "in the 2023" of "in the 2023 budget", has nothing after it)
    ("year", r"\b(?:in|during|since)\s+the\s+(?P<year>(?:19|20)\d\d)(?:s\b|(?=\s+[a-z])|\Z)"),
    # "at the end of August", "the beginning of March 2020": a month, no day
    ("in_month", rf"\b(?:end|beginning|start|middle)\s+of\s+{_EN_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?\b"),
    (
        "same_day",
        r"\b(?:on\s+)?the\s+same\s+day\b|\b(?:earlier|later)\s+that\s+(?:day|evening|night|morning|afternoon)\b"
        # "the same evening", "that night" (not "that day" alone: "since that day", "on that day in 2019" is older)
        r"|(?:(?<=\bthe\s)|^)same\s+(?:day|evening|night|morning|afternoon)\b|\bthat\s+(?:evening|night|afternoon)\b",
    ),
    # "the next day", "the following morning": the day after the story's date (resolved against the sentence before's)
    ("day_after", r"(?:(?<=\bthe\s)|^)(?:next|following)\s+(?:day|morning|evening|night|afternoon)\b"),
    # "A week ago", "two weeks earlier": a week's precision, n weeks back
    ("weeks_ago", r"\b(?P<n>\d{1,4}|one|two|three|four|a)\s+weeks?\s+(?:ago|earlier|before|prior)\b"),
    # "tomorrow", "the day after tomorrow": a planned event, not news
    ("day_after_tomorrow", r"\bday\s+after\s+tomorrow\b"),
    ("tomorrow", r"\btomorrow\b"),
    (
        "period",
        r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last|previous)\s+(?:few\s+|several\s+|(?:two|three|four|five|six|"
        r"seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2})\s+)?(?:months|years|weeks)\b|\bin\s+recent\s+(?:months|years|weeks|days)\b|\bfor\s+(?:months|years)\b"
        # a vague past ("days earlier", "at the beginning of the month"): no day to date an event by
        r"|\b(?:(?:a\s+few|several|some)\s+)?(?:days|weeks|months)\s+(?:earlier|before|ago)\b|\brecently\b"
        r"|\b(?:(?:beginning|start|end)\s+of|early|earlier\s+in|late|later\s+in)\s+(?:this|the|last)\s+"
        r"(?:month|year)\b"
        # "12 times this year", "so far this year": a running count, no day
        r"|\b(?:so\s+far\s+)?this\s+(?:year|month)\b(?!['’]s)|\b(?:in\s+)?mid-?\s*month\b"
        r"|\b(?:the\s+)?middle\s+of\s+(?:the|this|last)\s+month\b"
        # "last year", "a year ago", "over the following months": an older or a vague time, no day ("since last
        # year" dates nothing: it measures the day's event against an older one)
        r"|(?<!since\s)\b(?:last|previous|past)\s+year\b|\b(?:a|one|two|three|four|five|several|some|a\s+few)\s+years?"
        r"\s+(?:ago|earlier|before)\b|\b(?:in|over|during)\s+the\s+(?:following|next|subsequent|ensuing)\s+"
        r"(?:few\s+|several\s+)?(?:weeks|months|years)\b|\bin\s+the\s+(?:weeks|months|years)\s+that\s+followed\b",
    ),
    # "Two days later, ...", "a day later", "three days on": days after the story's date (not "two days later than
    # planned")
    (
        "days_later",
        rf"\b(?P<n>{_COUNT_EN})\s+days?\s+(?:later|afterwards?|on)\b(?!\s+(?:than|from)\b)",
    ),
    # "Two days earlier, ...", "three days before,": days before the story's date (not "two days before the vote", an
    # occasion's, nor "two days ago", publication's)
    (
        "days_earlier",
        rf"\b(?P<n>{_COUNT_EN})\s+days\s+(?:earlier|before|prior)\b(?=\s*[,.;،]|\s*$)",
    ),
    ("days_ago", rf"\b(?P<n>{_COUNT_EN})\s+days?\s+(?:ago|earlier|before|prior)\b"),
    (
        "days_after",
        rf"\b(?:came|comes|happened|occurred|took\s+place)\s+(?P<n>{_COUNT_EN})\s+days?"
        r"\s+after\b",
    ),
    ("day_before_yesterday", r"\b(?:the\s+)?day\s+before\s+yesterday\b|(?:(?<=\bthe\s)|^)night\s+before\s+last\b"),
    # "The night before, a rocket slammed into ...": the day before the story's date (not "the night before
    # the vote", which dates by another event; nor a time of the day itself, then "before" doing something: "gathered
    # in the morning before heading for the bridge", "during the afternoon before")
    (
        "day_before",
        r"(?:(?<=\bthe\s)(?<!\bin\sthe\s)(?<!\bduring\sthe\s)|^)(?:night|day|evening|afternoon|morning)\s+before\b"
        r"(?!\s+(?:the|a|an|his|her|their|its|this|that|last|he|she|they|it|\w+['’]s|\w+ing)\b)"
        r"|\bprevious\s+(?:night|day|evening|afternoon|morning)\b",
    ),
    # ("overnight on Monday", "overnight from Monday to Tuesday": the weekday's night, read by the weekday)
    (
        "yesterday",
        rf"\b(?:yesterday|last\s+night|overnight(?!\s+(?:(?:on|from|into)\s+)?(?:{'|'.join(_WEEKDAYS_EN)})\b))\b",
    ),
    (
        "today",
        r"\b(?:earlier\s+|late\s+|early\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b",
    ),
    ("last_week", r"\b(?:last|past|previous)\s+week(?:end)?\b|\bearlier\s+this\s+week\b"),
    ("last_month", r"\b(?:last|past|previous)\s+month\b|\bearlier\s+this\s+month\b"),
    # "a rally in Tahrir Square for Friday", "scheduled for Monday": the coming day of that name (a plan), not
    # "for Friday prayers" nor "for Monday's attack"
    (
        "weekday",
        rf"\b(?P<mod>for)\s+(?P<wd>{'|'.join(_WEEKDAYS_EN)})\b(?!['’]s|\s+(?:prayers?|sermons?)\b|\s+\w+['’]s)",
    ),
    (
        "weekday",
        rf"\b(?:(?P<mod>last|this|next|coming|past)\s+)?(?P<wd>{'|'.join(_WEEKDAYS_EN)})(?:'s)?\b",
    ),
]
_AR_MONTH = rf"(?P<month>{literal_alternation(_MONTHS_AR)})"
_AR_WEEKDAY = rf"(?P<wd>{literal_alternation(_WEEKDAYS_AR)})"
# no Arabic letter before, or only the conjunction "و" / "ف" opening the word ("والأسبوع الماضي", "وأول أمس")
_AR_B = r"(?:(?<![\u0621-\u064a])|(?<=(?<![\u0621-\u064a])[وف]))"
_AR_E = r"(?![\u0621-\u064a])"  # no Arabic letter after
# "الخامس من آذار", "الحادي والعشرين من تشرين الأول": a day written as an ordinal word
_AR_ORDINAL_UNITS = {
    "اول": 1, "أول": 1, "حادي": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8,
    "تاسع": 9, "عاشر": 10,
}  # fmt: skip
_AR_ORDINAL_DAY = (
    rf"(?:ال)?(?:{literal_alternation(_AR_ORDINAL_UNITS)})(?:\s+عشر|\s+و(?:ال)?(?:عشرين|ثلاثين))?"
    r"|(?:ال)?(?:عشرين|ثلاثين)"
)
_PATTERNS_AR: list[tuple[str, str]] = [
    # "في الخامس من الشهر الجاري", "يوم 5 من الشهر الحالي", "الثالث من الشهر الماضي": a day of this month or the last
    (
        "day_of_month",
        rf"{_AR_B}(?P<day>{_AR_ORDINAL_DAY}|{_DIG}{{1,2}})\s+من\s+(?:هذا\s+)?(?:ال)?شهر\s+(?:ال)?"
        rf"(?P<mod>جاري|حالي|ماضي|منصرم|فائت|سابق){_AR_E}",
    ),
    (
        "day_month",
        rf"{_AR_B}(?P<day>{_AR_ORDINAL_DAY})\s+من\s+(?:شهر\s+)?{_AR_MONTH}{_AR_E}"
        rf"(?:\s+(?:من\s+)?(?:عام|سنة|العام)?\s*(?P<year>{_DIG}{{4}}))?",
    ),
    # "في تموز الماضي", "أواخر آب", "شباط الماضي", "خلال شهر أيار 2023": a month, no day
    (
        "in_month",
        rf"{_AR_B}[وف]?(?:(?:في|خلال|مطلع|بداية|أوائل|اوائل|منتصف|أواخر|اواخر|نهاية)\s+|(?=(?:شهر\s+)?(?:{literal_alternation(_MONTHS_AR)})"
        rf"\s+(?:الماضي|المنصرم|الفائت){_AR_E}))(?:شهر\s+)?{_AR_MONTH}{_AR_E}(?:\s+(?:الماضي|المنصرم|الفائت|الجاري|الحالي))?"
        rf"(?:\s+(?:من\s+)?(?:عام|سنة|العام)?\s*(?P<year>{_DIG}{{4}}))?",
    ),
    (
        "day_month",
        rf"(?P<day>{_DIG}{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?{_AR_MONTH}{_AR_E}"
        rf"(?:\s+(?:من\s+)?(?:عام|سنة|العام)?\s*(?P<year>{_DIG}{{4}}))?",
    ),
    ("month_year", rf"{_AR_B}(?:شهر\s+)?{_AR_MONTH}\s+(?:من\s+)?(?:عام|سنة|العام)?\s*(?P<year>{_DIG}{{4}})"),
    (
        "same_day",
        rf"{_AR_B}(?:(?:من\s+|في\s+)?(?:(?:مساء|صباح|ظهر|فجر|عصر|ليلة|ظهيرة)\s+)?(?:ال)?يوم\s+(?:ذاته|نفسه)|نفس\s+اليوم"
        # "مساء اليوم نفسه", "في مساء ذلك اليوم", "الليلة نفسها": a time of the day already told
        rf"|ذات\s+اليوم|(?:في\s+)?(?:(?:مساء|صباح|ظهر|فجر|عصر|ليلة|ظهيرة)\s+)?ذلك\s+اليوم|(?:في\s+)?(?:ال)?ليلة\s+(?:نفسها|ذاتها)){_AR_E}",
    ),
    # "في اليوم التالي", "صباح اليوم التالي", "في الليلة التالية": the day after the story's date
    (
        "day_after",
        rf"{_AR_B}(?:(?:في|مساء|صباح|ظهر|فجر|عصر|ليلة)\s+)?(?:(?:ال)?يوم\s+(?:ال)?تالي|(?:ال)?ليلة\s+(?:ال)?تالية){_AR_E}",
    ),
    (
        "period",
        rf"{_AR_B}(?:خلال|في|طيلة|طوال)\s+(?:ال)?(?:أشهر|اشهر|شهور|أسابيع|اسابيع|سنوات|أعوام|اعوام|فترة)\s+"
        rf"(?:ال)?(?:ماضية|أخيرة|اخيرة|الماضية|الأخيرة|السابقة){_AR_E}"
        # a count of them: "خلال العامين الماضيين", "في الشهرين الأخيرين", "خلال الأشهر الثلاثة الماضية", "طيلة
        # السنوات الخمس الماضية"
        rf"|{_AR_B}(?:خلال|في|طيلة|طوال)\s+(?:ال)?(?:عامين|سنتين|شهرين|أسبوعين|اسبوعين)\s+"
        rf"(?:ال)?(?:ماضيين|أخيرين|اخيرين|ماضيتين|أخيرتين|اخيرتين|سابقين|سابقتين){_AR_E}"
        rf"|{_AR_B}(?:خلال|في|طيلة|طوال)\s+(?:ال)?(?:أشهر|اشهر|شهور|أسابيع|اسابيع|سنوات|أعوام|اعوام)\s+(?:ال)?"
        rf"(?:ثلاث|ثلاثة|أربع|أربعة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة|عشر|عشرة)\s+"
        rf"(?:ال)?(?:ماضية|أخيرة|اخيرة|سابقة){_AR_E}"
        rf"|{_AR_B}(?:قبل\s+(?:أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|شهور)|مؤخر(?:اً|ا)|في\s+(?:الآونة|الاونة)\s+(?:الأخيرة|الاخيرة)"
        rf"|(?:مطلع|بداية|أوائل|اوائل|منتصف|أواخر|اواخر)\s+(?:ال)?(?:شهر|عام|سنة)(?:\s+(?:ال)?(?:حالي|جاري|ماضي))?"
        rf"|(?:هذا|هذه)\s+(?:العام|السنة)|(?:العام|السنة)\s+(?:الحالي|الحالية|الجاري|الجارية)"
        # "العام الماضي", "في السنة الفائتة", "قبل عامين": an older year, no day
        rf"|(?<!منذ\s)(?:العام|السنة|عام|سنة)\s+(?:ال)?(?:ماضي|ماضية|فائت|فائتة|منصرم|منصرمة|سابق|سابقة)"
        rf"|قبل\s+(?:(?:نحو|قرابة|حوالي)\s+)?(?:عام|سنة|عامين|سنتين|أعوام|اعوام|سنوات)){_AR_E}",
    ),
    (
        "day_before_yesterday",
        rf"{_AR_B}(?:(?:مساء|صباح|ليلة|فجر|ظهر|عصر)\s+)?(?:(?:أمس|امس)\s+(?:الأول|الاول)|(?:أول|اول)\s+(?:من\s+)?(?:أمس|امس))"
        rf"{_AR_E}",
    ),
    # "في اليوم السابق", "مساء اليوم السابق", "الليلة السابقة", "قبل ذلك بيوم": the day before the story's date
    (
        "day_before",
        rf"{_AR_B}(?:(?:في|مساء|صباح|ليلة|فجر|عصر)\s+)?(?:(?:ال)?يوم\s+(?:ال)?سابق|(?:ال)?ليلة\s+(?:ال)?سابقة|"
        rf"قبل\s+ذلك\s+بيوم){_AR_E}",
    ),
    # "صيف 2022", "في شتاء عام 2020", "خلال عام 2019", "خلال عامي 2020 و2021": a season or a year, no day
    (
        "year",
        rf"{_AR_B}[وف]?(?:(?:في|خلال)\s+)?(?:(?:صيف|شتاء|ربيع|خريف)\s+(?:(?:عام|سنة|العام)\s+)?|(?:(?:في|خلال)\s+)?"
        rf"(?:عام|سنة|العام|عامي|سنتي|العامين)\s+)(?P<year>{_DIG}{{4}})",
    ),
    (
        "weeks_ago",
        rf"{_AR_B}[وف]?قبل\s+(?P<n>أسبوعين|اسبوعين|أسبوع|اسبوع|(?:ثلاثة|ثلاث|أربعة|اربعة|{_DIG})\s+(?:أسابيع|اسابيع))"
        rf"{_AR_E}(?!\s+(?:من|على))",
    ),
    # "غداً", "يوم غد الجمعة", "بعد غد": a planned event, not news
    ("day_after_tomorrow", rf"{_AR_B}بعد\s+(?:غد|الغد){_AR_E}"),
    ("tomorrow", rf"{_AR_B}(?:(?:يوم|صباح|مساء|ظهر|عصر|ليلة|ظهيرة)\s+(?:غد|الغد)|غداً|غدًا|غدا){_AR_E}"),
    (
        "days_ago",
        rf"{_AR_B}[وف]?(?:قبل|منذ)\s+(?P<n>يومين|يوم|(?:{_COUNT_AR})\s+(?:أيام|ايام))"
        rf"{_AR_E}(?!\s+(?:من|على))",
    ),
    # "وبعد يومين"، "بعد ذلك بيوم"، "بعد ثلاثة أيام": days after the story's date (not "بعد يومين من ..." nor "على ...",
    # an event named as the reference)
    (
        "days_later",
        rf"{_AR_B}[وف]?بعد\s+(?:ذلك\s+ب|ب)?(?P<n>يومين|يوم(?:\s+واحد|(?<=بيوم))|(?:{_COUNT_AR})\s+(?:أيام|ايام))"
        rf"{_AR_E}(?!\s+(?:من|على){_AR_E})",
    ),
    # "وقبل ذلك بيومين": days before the story's date
    (
        "days_earlier",
        rf"{_AR_B}[وف]?قبل\s+ذلك\s+ب(?P<n>يومين|(?:{_COUNT_AR})\s+(?:أيام|ايام)){_AR_E}",
    ),
    (
        "yesterday",
        rf"{_AR_B}(?:[وب]?(?:ال)?(?:أمس|امس)(?!\s+(?:الأول|الاول){_AR_E})|البارحة|(?:في\s+)?(?:ال)?ليلة\s+الماضية"
        rf"|(?:ليلة|مساء|صباح)\s+(?:ال)?(?:أمس|امس)){_AR_E}",
    ),
    (
        "today",
        # (not "في مثل هذا اليوم من عام 2019": the same day of another year)
        rf"{_AR_B}(?<!مثل\sهذا\s)(?:(?:مساء|صباح|ظهر|فجر|عصر|ليلة|ظهيرة|مساءَ)\s+)?(?:اليوم|الليلة){_AR_E}"
        rf"(?!\s+(?:نفسه|ذاته|التالي|السابق|نفسها|ذاتها|التالية|السابقة){_AR_E})",
    ),
    ("last_week", rf"{_AR_B}(?:ال)?(?:أسبوع|اسبوع)\s+(?:ال)?(?:ماضي|فائت|المنصرم){_AR_E}"),
    ("last_month", rf"{_AR_B}(?:ال)?شهر\s+(?:ال)?(?:ماضي|فائت|المنصرم){_AR_E}"),
    (
        "weekday",
        rf"(?:(?:يوم|مساء|صباح|ليلة|فجر|ظهر)\s+)?[وب]?{_AR_WEEKDAY}{_AR_E}(?:\s+(?P<mod>الماضي|المقبل|القادم))?",
    ),
]
_PATTERN = re.compile(
    "|".join(f"(?P<{kind}_{i}>{pat})" for i, (kind, pat) in enumerate(_PATTERNS_EN + _PATTERNS_AR))
    .replace("(?P<month>", "(?:")
    .replace("(?P<day>", "(?:")
    .replace("(?P<year>", "(?:")
    .replace("(?P<wd>", "(?:")
    .replace("(?P<mod>", "(?:")
    .replace("(?P<n>", "(?:")
    .replace("(?P<y>", "(?:")
    .replace("(?P<m>", "(?:")
    .replace("(?P<d>", "(?:"),
    re.IGNORECASE,
)
# Tried at a word with only the kinds that can begin with its first letter (same matches as ``_PATTERN``).
_BY_FIRST_CHAR = ByFirstChar(_PATTERN)
# One compiled pattern per kind, to read the groups of the expression the combined pattern found.
_DETAIL = {f"{kind}_{i}": re.compile(pat, re.IGNORECASE) for i, (kind, pat) in enumerate(_PATTERNS_EN + _PATTERNS_AR)}
# An absolute date used as a name ("the October 10 elections", "the 2019 protests") dates no event.
# A date in the possessive that qualifies no event ("last month's elections", "Sunday's session") dates no event.
_ATTRIBUTIVE_POSSESSIVE = re.compile(
    r"(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:elections?|vote|polls?|session|meeting|decision|statement|speech|announcement|"
    r"agreement|deadline|ruling|results?|sermon|address|talks)\b",
    re.IGNORECASE,
)
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s*(?:parliamentary\s+|general\s+|early\s+)?(?:elections?|vote|polls?|uprising|revolution|protest\s+movement|"
    r"movement|demonstrations|protests|anniversary|agreement|deadline|invasion|war)\b|"
    r"\s*(?:الانتخابات|انتخابات|انتفاضة|ثورة|احتجاجات|تظاهرات)",
    re.IGNORECASE,
)


# A bare Arabic year after the noun it qualifies ("انتخابات عام 2021", "ثورة عام 1958") names that noun.
_AR_NAMED_YEAR = first_char_guard(re.compile(
    r"(?<![\u0621-\u064a])(?:ال)?(?:انتخابات|احتجاجات|تظاهرات|انتفاضة|ثورة|حرب|موازنة|دستور|اتفاقية|اتفاق)\s+$"
))  # fmt: skip


# A day and month right after the noun it names ("حراك 14 تموز", "ثورة 14 تموز", "شارع 14 رمضان", "ذكرى 25 تشرين",
# "جمعة 25 شباط"... not "يوم 5 آذار", "في 5 آذار"): the name of a movement, a street, a memory, no date of the sentence.
_AR_NAMED_DAY = first_char_guard(re.compile(
    r"(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:حراك|ثورة|انتفاضة|حركة|شارع|ساحة|جسر|ذكرى|مجزرة|تيار|تظاهرات|احتجاجات)\s+$"
))  # fmt: skip
_DIGIT_CHARS = frozenset("0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")


# A period that closes a construct whose head is a thing, no event ("موازنة العام الحالي", "ضمن خطة السنة المقبلة",
# "قانون العام الماضي"): the period tells which budget or plan, and dates nothing the sentence tells.
_AR_THING_OF_PERIOD = first_char_guard(re.compile(
    r"(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:موازنة|ميزانية|موازنات|دستور|اتفاقية|اتفاق|خطة|خطط|برنامج|موسم|قانون|منهاج"
    r"|مناهج|عقود|عقد|تعيينات|درجات)\s+$"
))  # fmt: skip


def _period_names_thing(text: str, start: int) -> bool:
    """Whether the period at ``start`` closes an Arabic construct whose head is a thing (``_AR_THING_OF_PERIOD``)."""
    return _AR_THING_OF_PERIOD.search(text, max(0, start - 20), start) is not None


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text.

    Attributes
    ----------
    start, end
        Character offsets of the expression in the text.
    text
        The expression as written.
    kind
        ``weekday``, ``yesterday``, ``today``, ``day_before_yesterday``, ``day_before`` (the day before the
        story's date), ``tomorrow``, ``day_after_tomorrow``, ``days_ago``, ``weeks_ago``, ``last_week``,
        ``last_month``, ``day_month``, ``month_day``, ``month_year``, ``in_month``, ``year``, ``iso``
        or ``numeric``.
    attributive
        True when the expression names something ("the October 10 elections") rather than dating it.
    """

    start: int
    end: int
    text: str
    kind: str
    attributive: bool = False


_ANCHOR_WORDS = (
    list(_WEEKDAYS_EN)
    + list(_MONTHS_EN)
    + ["yesterday", "today", "tonight", "overnight", "ago", "week", "weekend", "month", "night", "evening"]
    + ["morning", "afternoon", "day", "on", "earlier", "late", "early", "last", "this", "next", "coming", "past"]
    + [
        "previous",
        "in",
        "during",
        "since",
        "mid",
        "came",
        "comes",
        "happened",
        "occurred",
        "took",
        "a",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
    ]
    + ["يوم", "مساء", "صباح", "ليلة", "فجر", "ظهر", "عصر", "ظهيرة", "نفس", "ذات", "خلال", "في", "طيلة", "طوال", "من"]
    + list(_WEEKDAYS_AR)
    + [w for name in _MONTHS_AR for w in name.split()]
    + ["منذ", "قبل", "أمس", "امس", "البارحة", "اليوم", "الليلة", "أسبوع", "الأسبوع", "اسبوع", "الشهر", "شهر"]
    + ["أول", "اول", "يوم", "ليلة", "صيف", "شتاء", "ربيع", "خريف", "summer", "winter", "spring", "autumn", "fall"]
    + ["previous", "وفي", "وخلال", "وصيف", "وشتاء", "tomorrow", "غدا", "غداً", "غدًا", "بعد", "وقبل"]
    + ["عام", "سنة", "العام", "السنة", "هذا", "هذه", "so", "this", "same", "that", "following", "الليلة"]
    + ["days", "weeks", "months", "several", "some", "few", "recently", "beginning", "start", "end", "later"]
    + ["مؤخرا", "مؤخراً", "الآونة", "مطلع", "بداية", "أوائل", "اوائل", "منتصف", "أواخر", "اواخر"]
    + ["over", "for", "والعام", "والسنة", "بالعام", "نهاية", "وخلال", "ومطلع", "وأواخر", "ومنتصف", "وبداية"]
    + [f"ال{w}" for w in _AR_ORDINAL_UNITS]
    + ["العشرين", "الثلاثين", "عشرين", "ثلاثين"]
)
_ANCHORS = frozenset(fold_word(w) for w in _ANCHOR_WORDS) - {""}


@lru_cache(maxsize=65536)  # (asked of every distinct word of every report: most words recur)
def _is_anchor(word: str) -> bool:
    """Whether a folded word can begin a date expression (a digit, "mid", or one of the anchor words)."""
    return word in _ANCHORS or word[:1] in _DIGITS or word.startswith("mid")


_DIGITS = frozenset("0123456789")
_DATE_ANCHORS = AnchorCache(_is_anchor)


# A date word closing a short quoted or bracketed name ('"Baghdad Today"', "(بغداد اليوم)", "«العراق اليوم»")
# is part of the name of an outlet or a programme.
_NAME_OPEN = re.compile(r"[\"“«(]\s*(?:[^\s\"“”«»()]+\s+){1,2}$")
_NAME_CLOSE = re.compile(r"\s*[\"”»)]")


# The first term of a construct with "اليوم" ("مجريات اليوم", "تطورات اليوم", "فعاليات اليوم"): a plural noun in -ات
# without the article, right before it: "the day's events", the day the text is telling, not the day of publication.
_CONSTRUCT_BEFORE = re.compile(r"(?<![\u0621-\u064a])(?!ال)[\u0621-\u064a]{2,}ات\s+$")


def _in_name(text: str, start: int, end: int) -> bool:
    return bool(_NAME_CLOSE.match(text, end, end + 3) and _NAME_OPEN.search(text, max(0, start - 30), start))


# An indefinite or possessive determiner before a weekday: "a Friday prayer", "every Friday", "any Friday", "at its
# Tuesday session" name no day (a weekday modifying a noun).
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|every|any|each|its|their|his|her|our)\s+$", re.IGNORECASE)


def find_dates(text: str, *, tokens: list[Token] | None = None) -> list[DateMention]:
    """Return the date expressions in ``text``, in order, with their character spans.

    Parameters
    ----------
    text
        Report text in English or Arabic.

    Examples
    --------
    >>> [m.kind for m in find_dates("On Tuesday, and earlier this evening, on October 10")]
    ['weekday', 'today', 'month_day']
    """
    toks = tokenize(text) if tokens is None else tokens
    out: list[DateMention] = []
    for match in match_at_anchors(_BY_FIRST_CHAR, text, toks, _DATE_ANCHORS):
        group = match.lastgroup
        if group is None:
            continue
        kind = group.rsplit("_", 1)[0]
        if _in_name(text, match.start(), match.end()):
            continue  # 'a source told "Baghdad Today"', "لـ(بغداد اليوم)": an outlet's name, not a date
        if (
            kind == "today"
            and match.group(0) == "اليوم"
            and _CONSTRUCT_BEFORE.search(text, max(0, match.start() - 20), match.start())
        ):
            kind = "same_day"  # "مجريات اليوم", "فعاليات اليوم": the day told of (a construct), not today
        # "since Oct. 25" / "منذ" dates the start of something ongoing, not this sentence's event.
        before = text[max(0, match.start() - 8) : match.start()].lower().rstrip()
        attributive = before.endswith(("since", "منذ")) or match.group(0).lower().startswith("since")
        era = kind == "year" and match.group(0).lower().startswith(("in the", "during the"))  # dates its clause
        # An Arabic year qualifies the noun before it ("انتخابات عام 2021"), not the one after ("شهدت عام 2019
        # احتجاجات": the year dates the verb).
        # So does an Arabic month ("وشهدت ساحة التحرير في تشرين الأول 2019 احتجاجات واسعة": the month dates the verb,
        # not the protests after it, which Arabic would qualify after the noun: "احتجاجات تشرين 2019").
        era = era or (kind in ("year", "in_month", "month_year") and not match.group(0)[:1].isascii())
        if kind in ("day_month", "month_day", "month_year", "year", "in_month") and not era:
            attributive = attributive or bool(_ATTRIBUTIVE_AFTER.match(text, match.end(), match.end() + _LOOK_AHEAD))
        named = _AR_NAMED_YEAR.search(text, max(0, match.start() - 20), match.start())
        if kind == "day_month" and not attributive and match.group(0)[:1] in _DIGIT_CHARS:
            # "حراك 14 تموز", "شارع 14 رمضان", "ذكرى 25 تشرين": a day and month naming a movement, a street, a memory
            attributive = _AR_NAMED_DAY.search(text, max(0, match.start() - 12), match.start()) is not None
        if kind == "year" and not attributive and named:
            attributive = True  # "انتخابات عام 2021", "احتجاجات تشرين عام 2019": the year names them
        if kind == "period" and not attributive and _period_names_thing(text, match.start()):
            attributive = True  # "موازنة العام الحالي": the budget of this year, no date of the sentence
        if kind == "weekday" and _INDEFINITE_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            attributive = True  # "for a Friday prayer", "every Friday": some Friday, no date of the sentence
        possessive = match.group(0).endswith(("'s", "’s")) or text.startswith(("'s", "’s"), match.end())
        if possessive and _ATTRIBUTIVE_POSSESSIVE.match(text, match.end(), match.end() + _LOOK_AHEAD):
            attributive = True
        out.append(DateMention(match.start(), match.end(), match.group(0), kind, attributive))
    return out


def _weekday_of(detail: re.Match[str], arabic: bool) -> int:
    word = detail.group("wd")
    if arabic:
        return _WEEKDAYS_AR[word]
    return _WEEKDAYS_EN.index(word.lower())


def _month_of(word: str, arabic: bool) -> int:
    return _MONTHS_AR[word] if arabic else _MONTHS_EN[word.lower().rstrip(".")]


def _day_number(text: str) -> int:
    """The day of a date: digits ("23", "٢٣") or an Arabic ordinal ("الخامس", "الحادي والعشرين", "الثالث عشر")."""
    digits = text.translate(_AR_DIGITS)
    if digits.isdigit():
        return int(digits)
    day = 0
    for word in digits.split():
        word = word.removeprefix("و").removeprefix("ال")
        if word == "عشر":
            day += 10
        elif word in ("عشرين", "ثلاثين"):
            day += 20 if word == "عشرين" else 30
        else:
            day += _AR_ORDINAL_UNITS.get(word, 0)
    return day


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: date) -> int:
    """The year of a day/month without a year: that of publication, or the one before when later."""
    candidate = _safe_date(published.year, month, day)
    if candidate is not None and candidate > published + timedelta(days=7):
        return published.year - 1
    return published.year


def _numeric_date(expression: str) -> date | None:
    """A numeric ``D/M/YYYY`` date: day first, as Iraqi outlets write, else month first when only that is a date.

    ``23/10/2021`` is 23 October; ``10/23/2021`` (no 23rd month) is read month first, 23 October; ``31/02/2021``
    is no date in either order (None).
    """
    first, second, year = (int(part) for part in expression.split("/"))
    return _safe_date(year, second, first) or _safe_date(year, first, second)


_Resolved = tuple[date | None, int | None, str]
_ABSOLUTE_KINDS = frozenset({"iso", "numeric", "day_month", "month_day", "month_year", "in_month", "year"})


def _resolve_absolute(
    expression: str, kind: str, detail: re.Match[str], arabic: bool, published: date | None
) -> _Resolved:
    """A calendar date written out (a missing year is taken from the publication date)."""
    bad = f"{expression!r} is not a calendar date"
    if kind == "iso":
        got = _safe_date(int(detail.group("y")), int(detail.group("m")), int(detail.group("d")))
        return got, 1 if got else None, "" if got else bad
    if kind == "numeric":
        got = _numeric_date(expression.translate(_AR_DIGITS))
        return got, 1 if got else None, "" if got else bad
    if kind == "year":
        return date(int(detail.group("year")), 1, 1), 3, ""
    month = _month_of(detail.group("month"), arabic)
    year_text = detail.group("year")
    if kind in ("month_year", "in_month"):
        if year_text:
            year = int(year_text.translate(_AR_DIGITS))
        elif published is None:
            return None, None, f"month {expression!r} has no year and there is no publication date"
        else:
            year = published.year if month <= published.month else published.year - 1
        return date(year, month, 1), 3, ""
    day = _day_number(detail.group("day"))
    if year_text:
        year = int(year_text.translate(_AR_DIGITS))
    elif published is None:
        return None, None, f"date {expression!r} has no year and there is no publication date"
    else:
        year = _year_for(month, day, published)
    got = _safe_date(year, month, day)
    return got, 1 if got else None, "" if got else bad


_DAYS_BACK = {"day_after_tomorrow": (-2, 1), "tomorrow": (-1, 1), "today": (0, 1), "same_day": (0, 1),
              "day_after": (-1, 1), "day_before": (1, 1), "yesterday": (1, 1),
              "day_before_yesterday": (2, 1), "last_week": (7, 2), "last_month": (30, 3),
              "period": (90, 3)}  # fmt: skip


def _resolve_relative(kind: str, detail: re.Match[str], arabic: bool, published: date) -> _Resolved:
    """A date relative to the publication date ("same_day" is resolved against the sentence before's)."""
    if kind in _DAYS_BACK:
        back, precision = _DAYS_BACK[kind]
        return published - timedelta(days=back), precision, ""
    if kind == "days_after":  # "the attack came two days after X": X is two days before the reference
        n_text = detail.group("n").lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS[n_text]
        return published - timedelta(days=n), 1, ""
    if kind in ("days_later", "days_earlier"):  # "two days later": from the story's date (the caller's base)
        n_text = detail.group("n").lower().split()[0].translate(_AR_DIGITS)
        n = int(n_text) if n_text.isdigit() else (_NUMBER_WORDS_AR if arabic else _NUMBER_WORDS)[n_text]
        return published + timedelta(days=n if kind == "days_later" else -n), 1, ""
    if kind == "day_of_month":
        day = _day_number(detail.group("day"))
        month_start = published.replace(day=1)
        if detail.group("mod").lower() in ("last", "ماضي", "منصرم", "فائت", "سابق"):
            month_start = (month_start - timedelta(days=1)).replace(day=1)
        got = _safe_date(month_start.year, month_start.month, day)
        return got, 1 if got else None, "" if got else f"{detail.group(0)!r} is not a calendar date"
    if kind == "weeks_ago":
        n_text = detail.group("n").lower().split()[0].translate(_AR_DIGITS)
        n = int(n_text) if n_text.isdigit() else (_NUMBER_WORDS_AR if arabic else _NUMBER_WORDS)[n_text]
        return published - timedelta(days=7 * n), 2, ""
    if kind == "days_ago":
        n_text = detail.group("n").lower().split()[0].translate(_AR_DIGITS)
        n = int(n_text) if n_text.isdigit() else (_NUMBER_WORDS_AR if arabic else _NUMBER_WORDS)[n_text]
        return published - timedelta(days=n), 1, ""
    if kind == "weekday":
        weekday = _weekday_of(detail, arabic)
        back = (published.weekday() - weekday) % 7
        mod = (detail.group("mod") or "").lower()
        if mod in ("next", "coming", "المقبل", "القادم"):
            forward = (weekday - published.weekday()) % 7 or 7
            return published + timedelta(days=forward), 1, ""
        if mod == "for":  # "scheduled for Friday": that day or the next of its name
            return published + timedelta(days=(weekday - published.weekday()) % 7), 1, ""
        if mod in ("last", "past", "الماضي") and back == 0:
            back = 7
        return published - timedelta(days=back), 1, ""
    raise ValueError(f"unknown date expression kind {kind!r}")


@lru_cache(maxsize=8192)
def _resolve_cached(expression: str, kind: str, published: date | None) -> _Resolved:
    key = next(
        (k for k, (kd, _) in enumerate(_PATTERNS_EN + _PATTERNS_AR) if kd == kind and _matches(k, expression)), None
    )
    if key is None and kind == "same_day":  # "مجريات اليوم" (find_dates): the day told of, the base itself
        return published, (1 if published is not None else None), ""
    if key is None:
        raise ValueError(f"date expression {expression!r} is not of kind {kind!r}")
    detail = _DETAIL[f"{kind}_{key}"].fullmatch(expression)
    assert detail is not None
    arabic = key >= len(_PATTERNS_EN)
    if kind in _ABSOLUTE_KINDS:
        return _resolve_absolute(expression, kind, detail, arabic, published)
    if published is None:
        return None, None, f"relative date {expression!r} unresolved: no publication date"
    try:
        return _resolve_relative(kind, detail, arabic, published)
    except OverflowError:  # a count of days or weeks that leaves the calendar ("9999 weeks ago" in 0001)
        return None, None, f"relative date {expression!r} unresolved: out of the calendar's range"


def _matches(index: int, expression: str) -> bool:
    kind, _ = (_PATTERNS_EN + _PATTERNS_AR)[index]
    return _DETAIL[f"{kind}_{index}"].fullmatch(expression) is not None


def resolve_date(mention: DateMention | str, published: date | None) -> tuple[date | None, int | None, str]:
    """Resolve a date expression against the publication date.

    Parameters
    ----------
    mention
        A :class:`DateMention` from :func:`find_dates`, or an expression as a string (it is found
        with :func:`find_dates` first).
    published
        The publication date of the report, or None when unknown.

    Returns
    -------
    tuple
        ``(date or None, time_precision or None, note)``; the note explains an unresolved date and
        is empty otherwise. Results are cached per (expression, publication date).

    Raises
    ------
    ValueError
        When ``mention`` is a string holding no date expression.

    Examples
    --------
    >>> resolve_date("on Saturday", date(2021, 10, 23))
    (datetime.date(2021, 10, 23), 1, '')
    >>> resolve_date("يوم الثلاثاء", date(2021, 10, 23))[0]
    datetime.date(2021, 10, 19)
    """
    if isinstance(mention, str):
        found = find_dates(mention)
        if not found:
            raise ValueError(f"no date expression in {mention!r}")
        mention = found[0]
    return _resolve_cached(mention.text, mention.kind, published)


def as_date(value: Any, what: str = "date") -> date | None:
    """Return a date given as a date, datetime, ISO-8601 string or None (empty string and NaN give None).

    Raises
    ------
    ValueError
        When a string is not an ISO date; the message starts with ``what``.
    TypeError
        When the value is of another type.
    """
    if value is None or (isinstance(value, float) and value != value) or str(value) == "NaT":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text[:10])
        except ValueError as exc:
            raise ValueError(f"{what}: {value!r} is not an ISO date (YYYY-MM-DD)") from exc
    raise TypeError(f"{what}: expected a date, datetime, ISO string or None, got {type(value).__name__}")
