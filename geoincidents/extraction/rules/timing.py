"""The date of each sentence's events (rules ``date.*``).

A sentence that names a date gets it (``date.explicit``), resolved against the publication date, or
against the date of the sentence before for "the same day" / "two days after" / "the night before" /
"في اليوم السابق" (``date.relative``); of
two dates, one that only says when something was said ("a source said on Sunday that ...") is left out
(``date.event_not_report``). A sentence without a date inherits the last one (``date.inherited``), or the
publication date at week precision when the report has named none yet (``date.publication``). A side
event ("Meanwhile, ... on Wednesday") keeps its own date without changing the story's (``date.aside``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from geoincidents.extraction._phrases import first_char_guard
from geoincidents.extraction.dates import DateMention, resolve_date
from geoincidents.extraction.rules import rule
from geoincidents.extraction.rules.background import BACKGROUND_DAYS
from geoincidents.extraction.rules.candidate import Candidate, SentenceDate

__all__ = ["DateCarry", "date_key", "is_aside", "of_elsewhere_relative", "redate_reported", "reporting_date"]

# A pattern matched just after a mention looks at most this many characters ahead: the words it looks
# for follow within a few words, and a long run of spaces or commas after a mention costs nothing.
_LOOK_AHEAD = 60

_REPORT_BEFORE = first_char_guard(  # (searched before every dated mention: only where a verb can begin)
    re.compile(
        r"(?:said|says|told|reported|announced|stated|added|confirmed|statement|بيان|أفاد|أفادت|قال|قالت|ذكر|ذكرت|أعلن|أعلنت|أكد|أكدت|"
        r"صرح|صرحت)\S*(?:\s+\S+){0,3}?[\s،,]*$"
        # an Arabic verb first, its subject longer, set off by a comma before the date ("أفاد مصدر أمني في العاصمة
        # بغداد، اليوم الأحد"): no "that" between (the date after "أن" is the news's)
        r"|(?<![\u0621-\u064a])[وف]?(?:أفاد|أفادت|قال|قالت|ذكر|ذكرت|أعلن|أعلنت|أكد|أكدت|صرح|صرحت)"
        r"(?:\s+(?![وب]?[أإا]ن(?![\u0621-\u064a]))[\u0621-\u064a]+){4,6}\s*[،,]\s*$",
        re.IGNORECASE,
    )
)
# (a closing quote between is the end of what was said: "... last night," said Ali: the quote's date)
_REPORT_AFTER = re.compile(r"[\s,،]*(?:[^\s\"”»]+\s+)?(?:said|told|announced|reported)\b", re.IGNORECASE)
_ASIDE = re.compile(
    # (after a timeline's time: "17:40 - Separately, residents of al-Shaab block the road")
    r"\s*(?:[0-9\u0660-\u0669]{1,2}[:.][0-9\u0660-\u0669]{2}\s*[-–—:|]\s*)?(?:meanwhile|separately|elsewhere|in\s+a\s+separate\s+(?:incident|development|attack)|in\s+another\s+"
    r"(?:incident|development)|وفي\s+سياق\s+(?:آخر|اخر|منفصل)|من\s+جهة\s+(?:أخرى|اخرى)|وفي\s+حادث(?:ة)?\s+(?:منفصل|آخر|اخر)\S*)\b",
    re.IGNORECASE,
)


# A live blog's or a timeline's entry opening with its time: "01:47 |", "[23:50 - تحديث]", "10:15 GMT -", "(21:10)".
_CLOCK = re.compile(
    r"\s*[\[(]?\s*(?P<h>[0-2]?[0-9\u0660-\u0669])[:.](?P<m>[0-5\u0660-\u0665][0-9\u0660-\u0669])\s*"
    r"(?:GMT|UTC|[AaPp]\.?[Mm]\.?|بتوقيت\s+\S+)?\s*(?:[|\]\-–—:)]|-\s*\S+\])"
)
_CLOCK_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_LATE, _EARLY = 18 * 60, 6 * 60  # an entry after one of the evening, in the small hours: past midnight
# A date naming a night ("last night", "overnight", "on Monday night", "الليلة الماضية", "ليلة الثلاثاء", "ليل أمس"):
# the small hours after it are of the next day.
_NIGHT = re.compile(
    r"\b(?:night|overnight)\b|(?<![\u0621-\u064a])(?:ال)?(?:ليلة|ليل)(?![\u0621-\u064a])", re.IGNORECASE
)


def _clock_minutes(text: str, start: int, end: int) -> int | None:
    """The time (minutes after midnight) a timeline entry opens with, None when the sentence opens with none."""
    if start >= end or not (text[start].isdigit() or text[start] in " \n\t[("):
        return None
    found = _CLOCK.match(text, start, min(end, start + 40))
    if found is None:
        return None
    hours = int(found.group("h").translate(_CLOCK_DIGITS))
    minutes = int(found.group("m").translate(_CLOCK_DIGITS))
    return hours * 60 + minutes if hours < 24 else None


def reporting_date(text: str, mention: DateMention, start: int = 0, end: int | None = None) -> bool:
    """Whether a date tells when something was said ("said on Sunday"), not when it happened.

    Only the words of its sentence ``text[start:end]`` count: the "said." closing the sentence before is not
    this date's verb.
    """
    stop = len(text) if end is None else end
    return bool(
        _REPORT_BEFORE.search(text[max(start, mention.start - 40) : mention.start])
        or _REPORT_AFTER.match(text, mention.end, min(stop, mention.end + _LOOK_AHEAD))
    )


_MONTH_ONLY = frozenset({"in_month", "month_year"})
_WEEK_ONLY = frozenset({"last_week", "weeks_ago"})
# Dates counted from the story's date (the sentence before's), not from publication (rule ``date.relative``).
_STORY_RELATIVE = frozenset({"days_after", "same_day", "day_before", "day_after", "days_later", "days_earlier"})
_CLAUSE_RELATIVE = _STORY_RELATIVE | {"period", "year"}
# "Earlier this week, on Monday", "A week earlier, on May 5", "الأسبوع الماضي، يوم الخميس": the day that follows a
# week in apposition says which day of it.
_APPOSED_DAY = re.compile(r"[\s,،]*(?:(?:on|في|يوم)\s+)?$", re.IGNORECASE)
_JOINERS = " \t\n()[]،,-–—"  # "اليوم (السبت)", "Sunday, evening": one expression


def _reporting(text: str, dating: list[DateMention], start: int, end: int, *, before_only: bool = False) -> list[bool]:
    """:func:`reporting_date` of each mention; one written right after another ("اليوم الثلاثاء", "Sunday
    evening") is part of the same expression and shares its answer. ``before_only``: only a verb of saying before
    the date counts ("a source said on Sunday", "أفاد مصدر، اليوم"), not one after it ("on Sunday, witnesses said")."""
    out: list[bool] = []
    for i, mention in enumerate(dating):
        previous = dating[i - 1] if i else None
        joined = previous is not None and not text[previous.end : mention.start].strip(_JOINERS)
        if joined:
            out.append(out[-1])
        elif before_only:
            out.append(_REPORT_BEFORE.search(text[max(start, mention.start - 40) : mention.start]) is not None)
        else:
            out.append(reporting_date(text, mention, start, end))
    return out


# A relative clause about an event elsewhere, its date in it ("... بعد تشييع مقاتلي كتائب حزب الله الذين قتلوا بالغارات
# الأمريكية على مقارهم في قضاء القائم غربي الأنبار مساء الأحد", "fighters who were killed in strikes in al-Qaim on
# Sunday"): the date is that event's, not the sentence's (rule ``date.explicit``).
_RELATIVE = re.compile(
    r"\b(?:who|which)\b|(?<![\u0621-\u064a])(?:الذين|الذي|التي|اللذين|اللتين|اللواتي|اللاتي)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,،;؛:.\n]")


def of_elsewhere_relative(text: str, start: int, at: int, elsewhere: list[tuple[int, int]]) -> bool:
    """Whether the date at ``at`` closes a relative clause (begun after ``start``, no comma between) that names
    another city before it: the date of that city's event."""
    relative = None
    for found in _RELATIVE.finditer(text, start, at):
        relative = found
    if relative is None or _CLAUSE_END.search(text, relative.end(), at):
        return False
    return any(relative.end() <= a and b <= at for a, b in elsewhere)


def redate_reported(candidates: list[Candidate], own_dates: dict[int, SentenceDate]) -> None:
    """Give an event dated only by when its lede was told the day the next dated sentence tells it happened (rule
    ``date.reported``).

    "أفاد مصدر أمني، اليوم الاثنين، بمقتل صاحب محل في الكرادة. وقال المصدر إن مسلحين أطلقوا النار على المحل مساء أمس
    الأحد": the killing is of Sunday. The next sentence naming a day of its own (``own_dates``: sentence index -> its
    date) gives it when that day is within the week before the lede's and the sentence tells no event of another type.
    """
    reported = rule("date.reported")
    told_in = {c.sentence_index: c.event_type for c in candidates}
    for cand in candidates:
        if cand.day is None or reported not in cand.rules:
            continue
        after = min((k for k in own_dates if k > cand.sentence_index), default=None)
        if after is None or reported in own_dates[after].rules:
            continue
        told = own_dates[after]
        if told_in.get(after, cand.event_type) != cand.event_type or told.day is None:
            continue  # the next dated sentence tells another event
        if cand.day - timedelta(days=BACKGROUND_DAYS) <= told.day < cand.day:
            cand.day, cand.precision, cand.date_key = told.day, told.precision, told.key
            cand.date_note = f"{told.note} (the event's day, told after the lede's date of telling)"


def date_key(mention: DateMention, day: date | None) -> str:
    """A key telling dates apart: the date, or for an unresolved weekday its name."""
    if day is not None:
        return f"d:{day.isoformat()}"
    if mention.kind == "weekday":
        probe = resolve_date(mention, date(2000, 1, 9))[0]  # a Sunday: the result's weekday is the one named
        return f"w:{probe.weekday() if probe else mention.text.casefold()}"
    return f"r:{mention.text.casefold()}"


def is_aside(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` opens as a side event ("Meanwhile", "وفي سياق آخر")."""
    return bool(_ASIDE.match(text, start, end))


def _apposed_day(text: str, week: DateMention, dating: list[DateMention]) -> DateMention:
    """The day named right after a week expression in apposition ("Earlier this week, on Monday"), else the week."""
    for mention in dating:
        if (
            mention.start >= week.end
            and mention.kind not in _WEEK_ONLY | _MONTH_ONLY
            and mention.start - week.end <= 8
            and _APPOSED_DAY.fullmatch(text, week.end, mention.start)
        ):
            return mention
    return week


class DateCarry:
    """The date carried from sentence to sentence through one report."""

    def __init__(self, published: date | None) -> None:
        self.published = published
        if published:
            note = "date assumed: the publication date (no date expression before this sentence)"
            self._carry: tuple[date | None, int | None, str, str] = (published, 2, note, rule("date.publication"))
        else:
            note = "date unresolved: no date expression and no publication date"
            self._carry = (None, None, note, rule("date.unresolved"))
        self._key = str(published)
        self._carried = False  # a date named by an earlier sentence is carried (not the publication's)
        self._last_inherited: SentenceDate | None = None
        # The story's date: the last carried date that is not background (older than a week). A side event
        # told without a date ("Separately, a policeman was wounded ...") is of the story's time, not of the
        # background the sentence before it recalled ("... the protests that erupted in October").
        self._story: tuple[tuple[date | None, int | None, str, str], str] = (self._carry, self._key)
        self._story_read = False
        self._clock: int | None = None  # the time of the last timeline entry under the carried day
        self._night = False  # the carried day was named as a night ("last night", "ليلة الثلاثاء")

    def _past_midnight(self, text: str, start: int, end: int, dated: bool) -> None:
        """Move the carried day on by one when a timeline's entry comes past midnight (rule ``date.timeline``).

        Under a day heading ("Tuesday, March 5", "الثلاثاء 5 آذار"), entries in the order of the clock ("21:10 |",
        "23:50 |", "01:47 |"): an entry of the small hours after one of the evening is of the next day; so is the
        first entry under a night ("what was posted last night and at dawn today: 01:47 | ...").
        """
        clock = _clock_minutes(text, start, end)
        if dated:
            self._clock = clock
            return
        if clock is None:
            return
        last, self._clock = self._clock, clock
        day, precision, note, _how = self._carry
        night, self._night = self._night, False
        if clock >= _EARLY or (last is None and not night) or (last is not None and last < _LATE):
            return
        if not self._carried or day is None or precision != 1:
            return
        day += timedelta(days=1)
        self._carry = (day, 1, f"{note}, an entry past midnight: the next day", rule("date.timeline"))
        self._key = f"d:{day.isoformat()}"
        self._last_inherited = None

    def _of_the_story(self, day: date | None) -> bool:
        """Whether ``day`` can be the story's: within a week before publication, not after it."""
        if day is None or self.published is None:
            return True
        return self.published - timedelta(days=BACKGROUND_DAYS) <= day <= self.published

    def _inherited(self) -> SentenceDate:
        """The date of a sentence that names none (one object per carried date)."""
        if self._last_inherited is None:
            day, precision, note, how = self._carry
            if not any(word in note for word in ("inherit", "assumed", "unresolved")):
                note = f"date inherited from an earlier sentence ({note})"
            self._last_inherited = SentenceDate(day, precision, note, False, self._key, (how,))
        return self._last_inherited

    def clause_date(
        self, clause: tuple[int, int], dating: list[DateMention], when: SentenceDate
    ) -> SentenceDate | None:
        """The date a clause names of its own, when its sentence is dated by another clause (rule ``date.clause``).

        "Security authorities on Tuesday closed the road after a roadside bomb struck a convoy late on Monday":
        the bomb's clause is of Monday. Only a day (not a month, a week or a date relative to the sentence
        before) counts, and only when the date that dated the sentence lies outside the clause; None otherwise.
        """
        if len(dating) < 2 or not when.in_sentence:
            return None
        own = [d for d in dating if clause[0] <= d.start < clause[1]]
        if not own or len(own) == len(dating):
            return None
        first = own[0]
        if first.kind in _MONTH_ONLY | _WEEK_ONLY | _CLAUSE_RELATIVE:
            return None
        day, precision, note = resolve_date(first, self.published)
        if day is None or day == when.day:
            return None
        date_note = note or f"explicit date from {first.text!r}" + (
            f" (published {self.published})" if self.published else ""
        )
        return SentenceDate(
            day, precision, date_note, True, date_key(first, day), (rule("date.explicit"), rule("date.clause"))
        )

    def carried_day(self) -> date | None:
        """The day carried from an earlier sentence's own date (None when only the publication date is assumed)."""
        return self._carry[0] if self._carried else None

    def follow(self, when: SentenceDate) -> None:
        """Carry a clause's own date on (the sentence's event was told in it, its other clauses only measures)."""
        self._carry = (when.day, when.precision, when.note, rule("date.inherited"))
        self._key = when.key
        self._last_inherited = None

    def read(
        self, text: str, s_dates: list[DateMention], after_dateline: int, end: int
    ) -> tuple[SentenceDate, list[DateMention]]:
        """The date of the sentence ending at ``end`` and its dating expressions (year-only ones left out).

        ``s_dates`` are the sentence's non-attributive date expressions after its dateline.
        """
        dating = [d for d in s_dates if d.kind not in ("year", "period")] if s_dates else s_dates
        self._past_midnight(text, after_dateline, end, bool(dating))
        if not dating:
            if self._story[1] != self._key and is_aside(text, after_dateline, end):
                (day, precision, note, _how), key = self._story
                return SentenceDate(day, precision, note, False, key, (rule("date.aside"),)), dating
            return self._inherited(), dating
        told = _reporting(text, dating, after_dateline, end) if len(dating) > 1 or self._carried else []
        if self._carried and all(told):
            # "..., the health ministry said on Saturday": the sentence says only when its news was told; its
            # event is the story's, dated by the sentence before (rule date.event_not_report)
            story = self._inherited()
            return SentenceDate(
                story.day, story.precision, story.note, False, story.key, (*story.rules, rule("date.event_not_report"))
            ), []
        rules: list[str] = []
        if not self._carried and all(_reporting(text, dating, after_dateline, end, before_only=True)):
            # "أفاد مصدر أمني، اليوم الاثنين، بمقتل ...", "..., a source said on Wednesday": the lede's only date is
            # when it was told; a later sentence may give the event's own day (``redate_reported``)
            rules.append(rule("date.reported"))
        if len(dating) > 1:  # "a source said on Sunday that a rocket fell last night": the event's date
            kept = [d for d, said in zip(dating, told, strict=True) if not said]
            if kept and len(kept) < len(dating):
                rules.append(rule("date.event_not_report"))
            dating = kept or dating
        # "accused of firing rockets in December, in an operation on Sunday": a month names when an older clause
        # happened; a day beside it dates the sentence's news
        first = dating[0]
        if first.kind in _MONTH_ONLY:
            first = next((d for d in dating if d.kind not in _MONTH_ONLY), first)
        elif first.kind in _WEEK_ONLY:
            first = _apposed_day(text, first, dating)
        relative = first.kind in _STORY_RELATIVE
        base = self._carry[0] if relative and self._carry[0] is not None else self.published
        day, precision, note = resolve_date(first, base)
        date_note = note or f"date from {first.text!r}" + (f" (published {self.published})" if self.published else "")
        date_note = "explicit " + date_note if not note else date_note
        rules.insert(0, rule("date.relative" if relative else "date.explicit"))
        # "Meanwhile, a drone hit ... on Wednesday": a side event's date is its own; the sentences after it
        # go on with the report's story and its date.
        if is_aside(text, after_dateline, end):
            rules.append(rule("date.aside"))
        else:
            self._carry = (day, precision, date_note, rule("date.inherited"))
            self._carried = True
            self._night = _NIGHT.search(text, first.start, min(end, first.end + 8)) is not None
            self._key = date_key(first, day)
            self._last_inherited = None
            if not self._story_read and self._of_the_story(day):  # the lede's date is the story's
                self._story = (self._carry, self._key)
                self._story_read = True
        return SentenceDate(day, precision, date_note, True, self._key, tuple(rules)), dating
