"""Numbers written in words, English and Arabic, and the count they stand for.

:data:`NUMBER` matches a number written in digits (Western or Arabic-Indic) or in words: English
"seven", "twenty-five", "a dozen"; Arabic "سبعة", "خمسة عشر" (15), "اثنين وثلاثين" (32), "مئة وخمسة
وعشرين" (125); and the vague counts of ACLED's convention (:data:`VAGUE`: "a few" 3, "several" 10,
"dozens" / "عشرات" 12, "hundreds" / "مئات" 100). :func:`parse_count` gives the value of such words.
This is the one place the project reads a number from words; every count path goes through it.
"""

from __future__ import annotations

import re

from geoincidents.extraction.words import literal_alternation

__all__ = ["NUMBER", "VAGUE", "parse_count"]

_EN_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_EN_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_OTHER = {
    "a": 1, "an": 1, "a dozen": 12, "dozen": 12, "half a dozen": 6, "a couple of": 2, "a pair of": 2, "a hundred": 100,
    "one hundred": 100,
}  # fmt: skip
# Arabic cardinals (both genders, the cases written without vowels) and their value.
_AR_UNITS = {
    "واحد": 1, "واحدة": 1, "أحد": 1, "احد": 1, "إحدى": 1, "احدى": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2,
    "اثنتين": 2, "اثنا": 2, "اثني": 2, "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "اربع": 4, "اربعة": 4,
    "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8,
    "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
}  # fmt: skip
_AR_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "اربعون": 40,
    "اربعين": 40, "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80,
    "ثمانين": 80, "تسعون": 90, "تسعين": 90, "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مئتي": 200,
    "مائتان": 200, "مائتين": 200, "مائتي": 200, "ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400, "اربعمئة": 400,
    "أربعمائة": 400, "اربعمائة": 400, "خمسمئة": 500, "خمسمائة": 500, "ستمئة": 600, "ستمائة": 600, "سبعمئة": 700,
    "سبعمائة": 700, "ثمانمئة": 800, "ثمانمائة": 800, "ثمانيمئة": 800, "تسعمئة": 900, "تسعمائة": 900,
}  # fmt: skip
# Thousands: "ألف" 1000 alone, "ألفين" 2000 (the dual), and after a number ("ثلاثة آلاف" 3000, "٢٠ ألفاً" 20000).
_AR_THOUSAND = {"ألف": 1000, "الف": 1000, "ألفي": 2000, "الفي": 2000, "ألفين": 2000, "الفين": 2000, "ألفان": 2000}
_AR_TIMES_THOUSAND = ("آلاف", "الاف", "ألف", "الف", "ألفاً", "ألفا", "الفا", "الفاً")
# Shorthand of ACLED's convention for vague counts (used for injuries too, for consistency).
VAGUE: dict[str, int] = {
    "a few": 3, "few": 3, "several": 10, "many": 10, "multiple": 10, "numerous": 10, "scores of": 20, "scores": 20,
    "a number of": 10, "some": 10, "dozens of": 12, "dozens": 12, "hundreds of": 100, "hundreds": 100,
    "tens of": 12, "a handful of": 3, "a handful": 3, "handful of": 3, "عدد من": 10, "العديد من": 10, "عشرات": 12,
    "العشرات": 12, "مئات": 100, "المئات": 100, "بضعة": 3, "بضع": 3,
    # the accusative, an object of its verb ("استقبلت المستشفيات عدداً من المصابين", "أصابت عدداً من"): the case
    # ending (tanwīn with its alif, either order, or the alif alone) is the same vague count
    "عدداً من": 10, "عددًا من": 10, "عددا من": 10,
}  # fmt: skip
"""Vague counts by ACLED's convention: "a few" / "a handful" / "بضعة" 3, "several" 10, "dozens" 12, "scores of" 20,
"hundreds" 100."""


_EN_BELOW_100 = (
    rf"(?:{literal_alternation(_EN_TENS)})(?:[\s-]+(?:{literal_alternation(_EN_UNITS)}))?|{literal_alternation(_EN_TEENS)}"
    rf"|{literal_alternation(_EN_UNITS)}"
)
# "two hundred", "a hundred and twenty", "three hundred and twelve".
_EN_HUNDREDS = rf"(?:{literal_alternation(_EN_UNITS)}|a)[\s-]+hundred(?:\s+(?:and\s+)?(?:{_EN_BELOW_100})(?![\w-]))?"
# "two dozen" 24, "three dozen" 36 (a number of dozens; "a dozen" and "half a dozen" are words of their own).
_EN_DOZENS = rf"(?:{literal_alternation(_EN_UNITS)})[\s-]+dozen(?![\w-])"
_EN = rf"{_EN_HUNDREDS}|{_EN_DOZENS}|{literal_alternation(_EN_OTHER)}|{_EN_BELOW_100}"
_AR_WORD = rf"(?:{literal_alternation(list(_AR_TENS) + list(_AR_UNITS))})(?:\s+عشرة?)?(?![\u0621-\u064a])"
# "مئة وخمسة وعشرين": number words joined by "و" (written on the next word; on the first too, "قتيل ومئة").
_AR = rf"و?{_AR_WORD}(?>(?:\s+و\s?{_AR_WORD}){{0,4}})"
_THOUSANDS = rf"(?:\s+(?:{literal_alternation(_AR_TIMES_THOUSAND)})(?![\u0621-\u064a]))?"
_DIGIT_RUN = r"[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9\u0660-\u0669\u06f0-\u06f9]+"
# Digits may carry the article ("أكثر من الـ٥٠", "ال٤٠").
NUMBER = (
    rf"(?:(?:و?(?:الـ?\s?)?(?:{_DIGIT_RUN})|{_AR}){_THOUSANDS}|و?(?:{literal_alternation(_AR_THOUSAND)})(?![\u0621-\u064a])"
    rf"|[وب]?(?:{literal_alternation(VAGUE)})|{_EN})"
)
"""A number in digits or words, or a vague count (a regular expression, no groups; needs word bounds)."""

_ARTICLE_DIGITS = re.compile(r"^(و?)الـ?\s?(?=[0-9])")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_AR_TEEN = re.compile(r"^(\S+)\s+عشرة?$")


def _arabic(words: str) -> int | None:
    total = 0
    for part in re.split(r"\s+و\s?", words.removeprefix("و")):
        teen = _AR_TEEN.match(part)
        head = teen.group(1) if teen else part
        value = _AR_UNITS.get(head, _AR_TENS.get(head))
        if value is None:
            return None
        total += value + (10 if teen else 0)
    return total


def _thousands(key: str) -> tuple[str, int]:
    """Split a trailing "آلاف" / "ألفاً" off a count: the rest and its multiplier (1 when none)."""
    head, _, last = key.rpartition(" ")
    if head and last in _AR_TIMES_THOUSAND:
        return head, 1000
    return key, 1


_EN_HUNDRED_KEY = re.compile(r"^(\S+)[\s-]+hundred(?:\s+(?:and\s+)?(.+))?$")


def _english_hundreds(key: str) -> int | None:
    """ "two hundred" 200, "a hundred and twenty" 120, "three hundred and twelve" 312; None for other words."""
    found = _EN_HUNDRED_KEY.match(key)
    if found is None:
        return None
    head = 1 if found.group(1) in ("a", "one") else _EN_UNITS.get(found.group(1))
    rest = parse_count(found.group(2)) if found.group(2) else 0
    if head is None or rest is None or rest >= 100:
        return None
    return head * 100 + rest


def parse_count(words: str) -> int | None:
    """Return the number a count expression stands for (digits, number words, vague words), or None.

    Examples
    --------
    >>> parse_count("dozens of"), parse_count("twenty-five"), parse_count("١٢"), parse_count("مئة وخمسة وعشرين")
    (12, 25, 12, 125)
    >>> parse_count("ستمئة"), parse_count("ثلاثة آلاف"), parse_count("٢٠ ألفاً"), parse_count("2,500")
    (600, 3000, 20000, 2500)
    >>> parse_count("three hundred and twelve"), parse_count("a handful of"), parse_count("بضعة")
    (312, 3, 3)
    >>> parse_count("الـ٥٠"), parse_count("وال٤٠"), parse_count("two dozen")
    (50, 40, 24)
    """
    key = " ".join(words.strip().lower().translate(_DIGITS).split())
    key = _ARTICLE_DIGITS.sub(r"\1", key)  # "الـ٥٠": 50
    key, times = _thousands(key)
    if times != 1:
        value = parse_count(key)
        return None if value is None else value * times
    if key.removeprefix("و") in _AR_THOUSAND:
        return _AR_THOUSAND[key.removeprefix("و")]
    key = re.sub(r"(?<=[0-9]),(?=[0-9]{3})", "", key)  # "2,500"
    if key.removeprefix("و").isdigit():  # "و25": "and 25"
        return int(key.removeprefix("و"))
    if key in VAGUE or (key[1:] in VAGUE and key[:1] in ("و", "ب")):
        # "وعشرات": "and dozens"; "تسبب بعشرات حالات الاختناق": "caused dozens of choking cases"
        return VAGUE.get(key, VAGUE.get(key[1:]))
    if key in _EN_OTHER:
        return _EN_OTHER[key]
    if "hundred" in key:
        return _english_hundreds(key)
    if key.endswith(" dozen") or key.endswith("-dozen"):
        head = _EN_UNITS.get(key[: -len(" dozen")])
        return None if head is None else head * 12
    parts = re.split(r"[\s-]+", key)
    if len(parts) <= 2 and all(p in _EN_UNITS or p in _EN_TEENS or p in _EN_TENS for p in parts):
        if len(parts) == 1:
            return _EN_UNITS.get(key, _EN_TEENS.get(key, _EN_TENS.get(key)))
        if parts[0] in _EN_TENS and parts[1] in _EN_UNITS:
            return _EN_TENS[parts[0]] + _EN_UNITS[parts[1]]
        return None
    return _arabic(key)
