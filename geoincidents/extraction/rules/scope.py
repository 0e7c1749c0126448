"""The scope of a date or an event word: the main clause or a phrase subordinate to it (rules ``date.subordinate``,
``background.cause``).

A sentence's date is the date of its main clause. A date written inside a phrase that only describes one of its
nouns dates that phrase, not the sentence: "Another crowd gathered at nearby Khallani square, where demonstrators
were shot dead in December 2019" (a relative clause on a place), "carrying pictures of protesters killed over the
past year" (a reduced relative on the victims), "The square, which was the heart of the sit-ins a year ago, was
packed by midday". Likewise the cause a crowd answers ("gathered in Tahrir Square following the funeral of a
commander killed in a drone strike", "للتضامن مع غزة بعد قصف المستشفى مساء أمس") is an earlier event named, not the
crowd's type nor its date.

A phrase on a noun of an event ("the protests that erupted in October 2019", "the crackdown on the protests
which ...") dates that event, which the main clause is about: it is no subordinate scope here, and a sentence
whose main clause names an old date stays background.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from geoincidents.extraction._phrases import ByScript, first_char_guard
from geoincidents.extraction.dates import DateMention, resolve_date
from geoincidents.extraction.events import Trigger
from geoincidents.extraction.rules import rule
from geoincidents.extraction.rules.background import BACKGROUND_DAYS
from geoincidents.extraction.rules.candidate import SentenceDate

__all__ = [
    "cause_after_spans",
    "joined",
    "old_event_date",
    "old_named_events",
    "refers_back",
    "subordinate_dates",
    "subordinate_spans",
]

# A relative pronoun or adverb opening a clause that describes the noun before it.
_RELATIVE = first_char_guard(re.compile(
    r"\b(?:who|whom|whose|which|where|that)\b"
    r"|(?<![\u0621-\u064a])(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي|حيث)(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip
# "said that", "so that", "now that": "that" opening a complement or an adverbial clause, not a relative one.
_THAT_COMPLEMENT = re.compile(
    r"(?:said|says|say|told|tell|reported|announced|stated|added|confirmed|claimed|noted|warned|insisted|argued|"
    r"believe[sd]?|think|thought|know|knew|known|clear|sure|so|such|now|given|fact|news|hope[sd]?|feared?|fears|"
    r"expected|denied|admitted|acknowledged|suggest(?:s|ed)?|show(?:s|ed|n)?|indicat(?:es|ed)|means|meant|is|was|"
    r"are|were)$",
    re.IGNORECASE,
)
_DEMONSTRATIVE_AFTER = re.compile(
    r"\s+(?:day|night|morning|evening|afternoon|week|month|year|time|anniversary|period|era|moment|date|spot|place|"
    r"area|point|city|town|country|incident|attack|event|protest)\b",
    re.IGNORECASE,
)
# A verb of telling a few words before "that", its object between: "told Rudaw English that", "informed reporters that".
_TOLD_BEFORE = re.compile(
    r"\b(?:told|tell|tells|telling|informed|inform|informs|assured|assures|reminded|warned|briefed|notified|"
    r"convinced|persuaded)\b",
    re.IGNORECASE,
)
# Nouns of events: a phrase describing one dates that event, about which the main clause speaks.
_EVENT_NOUN = re.compile(
    r"(?:protests?|demonstrations?|rall(?:y|ies)|marche?s|uprising|movement|revolution|revolt|crackdown|attacks?|"
    r"bombings?|blasts?|explosions?|strikes?|airstrikes?|raids?|war|wars|clashes|sit-ins?|campaign|killings?|"
    r"massacres?|assaults?|incidents?|violence|unrest|invasion|occupation|siege|storming|offensive|operations?|"
    r"waves?|events?|fighting|battles?|conflict|crisis|elections?|fire|riots?|assassinations?|shelling|salvos?|"
    r"barrages?|intifada|insurgency)$"
    r"|[وبلف]?(?:ال|لل)?(?:احتجاجات|احتجاج|تظاهرات|تظاهرة|مظاهرات|مظاهرة|انتفاضة|ثورة|حراك|هجوم|هجمات|تفجير|تفجيرات|انفجار|"
    r"قصف|غارة|غارات|ضربة|ضربات|حرب|اشتباكات|مواجهات|اعتصام|اعتصامات|مجزرة|حادثة|حادث|اقتحام|عملية|أحداث|احداث|"
    r"اغتيال|استهداف|قمع|حملة|موجة|انتخابات|حريق|اعتداء|اعتداءات)$",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([^\s,،;؛:()\"“”«»]+)[\s,،]*$")
_CLAUSE_END = re.compile(r"[,;:،؛]|\s[-–—]\s")
# A reduced relative on the victims or the detained: "pictures of protesters killed over the past year", "for those
# arrested in 2019", "mourning the victims shot dead by snipers". The noun is governed by a preposition or by a verb
# before it (never the sentence's subject: "Protesters killed a policeman in 2019" tells the main event).
_REDUCED = first_char_guard(re.compile(
    r"\b(?:of|for|to|with|at|on|among|including|about|carrying|holding|raising|mourning|honou?ring|remembering|"
    r"commemorating)\s+(?:(?:the|their|his|her|its|those|some|many|dozens|hundreds|thousands|fellow|young|"
    r"[0-9]+)\s+)?(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+s|people|men|women|children|those|youth)\s+"
    r"(?:who\s+(?:were|was|had\s+been)\s+)?(?:killed|wounded|injured|shot|slain|martyred|arrested|detained|"
    r"abducted|kidnapped|disappeared|executed|hanged|jailed|imprisoned|lost|fallen)\b",
    re.IGNORECASE,
))  # fmt: skip
_OLD_KINDS = frozenset({"year", "period"})
# A view, not an event: "analysts believe that ...", "ويرى الباحث أن ...". A sentence telling an opinion is dated by
# nothing of its own; its old date is left as it was (the sentence stays background).
_OPINION = first_char_guard(re.compile(
    r"\b(?:believes?|believed|thinks?|thought|argues?|argued|reckons?|reckoned|contends?|contended|suggests?|"
    r"suggested|sees|saw|views?|viewed|considers?|considered|warns?|warned|fears?|feared)\s+(?:[\w'’-]+\s+){0,2}?that\b"
    r"|(?<![\u0621-\u064a])[وف]?(?:يرى|ترى|يعتقد|تعتقد|يعتبر|تعتبر|يرجح|ترجح|يحذر|تحذر|يخشى|تخشى)(?![\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip


def _antecedent_is_event(text: str, floor: int, opener: int) -> bool:
    """Whether the word before the relative pronoun at ``opener`` is a noun of an event (an Arabic definite noun with
    its definite adjectives after it, "الهجوم الصاروخي الذي", "التفجير الإرهابي الأخير الذي", is the noun)."""
    found = _WORD_BEFORE.search(text, max(floor, opener - 40), opener)
    if found is None:
        return False
    if _EVENT_NOUN.fullmatch(found.group(1)) is not None:
        return True
    for pattern in _AR_ADJECTIVES_BEFORE:
        adjectives = pattern.search(text, max(floor, opener - 60), found.end())
        if adjectives is not None and _EVENT_NOUN.fullmatch(adjectives.group(1)) is not None:
            return True
    return False


# An Arabic definite noun followed by one definite adjective, or two, before a relative pronoun (the noun captured).
_AR_ADJECTIVES_BEFORE = tuple(
    re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]+)" + r"\s+ال[\u0621-\u064a]+" * n + r"[\s,،]*$") for n in (1, 2)
)


def subordinate_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The phrases of the sentence ``text[start:end]`` that describe one of its nouns, each from its opener to the
    end of its clause (a comma, a semicolon or the sentence's end).

    A relative clause ("where ...", "which ...", "who ...", "الذي", "التي", "حيث") counts when at least two words
    stand before it (the main clause's) and the noun it describes is no event; a reduced relative on people killed,
    hurt or held ("pictures of protesters killed over the past year") counts likewise. Innermost first does not
    matter: the spans are returned sorted, nested ones kept apart (each ends at its clause's end). "that" after a verb
    of saying or telling ("told Rudaw that") or before a noun of time or place ("marking that anniversary") opens no
    relative clause.
    """
    out: list[tuple[int, int]] = []
    for found in _RELATIVE.finditer(text, start, end):
        before = text[start : found.start()].split()
        if len(before) < 2:
            continue
        word = before[-1].strip(",،")
        if found.group(0).lower() == "that" and _DEMONSTRATIVE_AFTER.match(text, found.end()):
            continue  # "marking that anniversary", "on that day": a demonstrative, no relative clause
        if found.group(0).lower() == "that" and (
            _THAT_COMPLEMENT.fullmatch(word) or word != before[-1] or _TOLD_BEFORE.search(" ".join(before[-5:]))
        ):
            continue
        if (
            found.group(0).lower() != "where"
            and found.group(0) != "حيث"
            and _antecedent_is_event(text, start, found.start())
        ):
            continue
        stop = _CLAUSE_END.search(text, found.end(), end)
        out.append((found.start(), stop.start() if stop else end))
    if "ed " in text[start:end] or "ed," in text[start:end] or "ed." in text[start:end] or " sho" in text[start:end]:
        for found in _REDUCED.finditer(text, start, end):
            stop = _CLAUSE_END.search(text, found.end(), end)
            out.append((found.start("noun"), stop.start() if stop else end))
    return sorted(out)


def _old(mention: DateMention, published: date | None) -> bool:
    """Whether a date names a time over a week before publication (or only a year or a period)."""
    if mention.kind in _OLD_KINDS:
        return True
    if published is None:
        return False
    day = _resolved(mention, published)[0]
    return day is not None and day < published - timedelta(days=BACKGROUND_DAYS)


def _resolved(mention: DateMention, published: date | None) -> tuple[date | None, int | None, str]:
    """:func:`resolve_date`, or nothing for an expression read only in its context ("in the 2019 protests")."""
    try:
        return resolve_date(mention, published)
    except ValueError:
        return None, None, ""


def subordinate_dates(
    text: str,
    start: int,
    end: int,
    dates: list[DateMention],
    published: date | None,
    causes: list[tuple[int, int]],
    carried: date | None,
) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """The dates of the sentence ``text[start:end]`` that date its main clause, and the old subordinate phrases.

    An old date (over a week before publication, a year, a period) inside a phrase describing a noun
    (:func:`subordinate_spans`) dates that phrase only (rule ``date.subordinate``): the main clause keeps the date
    carried from the sentences before, and the carry is not changed. A date inside the cause a crowd answers
    (``causes``: "للتضامن مع غزة بعد قصف المستشفى مساء أمس") is the cause's, when a date earlier than it is carried
    already. Returns ``(dates kept, old phrases)``; a sentence all of whose dates are subordinate to nothing stays
    as it was (its main clause is old: background).
    """
    if not dates:
        return dates, []
    old_dates = any(_old(d, published) for d in dates)
    spans = subordinate_spans(text, start, end) if old_dates and not _OPINION.search(text, start, end) else []
    kept: list[DateMention] = []
    old: list[tuple[int, int]] = []
    for mention in dates:
        inner = [s for s in spans if s[0] <= mention.start < s[1]]
        if inner and _old(mention, published):
            old.append(max(inner))  # the innermost phrase: "the spot where ... in December 2019"
            continue
        if carried is not None and mention.kind not in _OLD_KINDS and any(a <= mention.start < b for a, b in causes):
            day = _resolved(mention, published)[0]
            if day is not None and day < carried:
                continue
        kept.append(mention)
    return kept, joined(old)


# "gathered in Tahrir Square following the funeral of a commander killed in a US drone strike", "احتشدوا بعد قصف
# المستشفى": an event named after a preposition of time or cause (with a noun: "بعد" before a verbal noun, not "بعد
# أن"), behind a crowd's gathering, is what the crowd answers. The phrase runs to its comma or to a clause of its
# own ("before part of the crowd ...").
_AFTER_NOUN = first_char_guard(re.compile(
    # (not "after", which opens a clause of its own too: "fired tear gas on Wednesday, after a rocket hit Jadriya")
    r"\b(?:following|in\s+the\s+wake\s+of|in\s+the\s+aftermath\s+of)\s+(?=(?:the|a|an|his|her|their|its)\s)"
    r"|(?<![\u0621-\u064a])(?:[وف]?بعد|إثر|اثر|عقب|غداة|في\s+أعقاب|في\s+اعقاب)\s+(?!(?:أن|ان|ما|ذلك|ساعات|ساعة|"
    r"دقائق)(?![\u0621-\u064a]))(?=[\u0621-\u064a])",
    re.IGNORECASE,
))  # fmt: skip
_AFTER_NOUN_WORDS = ByScript(_AFTER_NOUN)
_PHRASE_END = re.compile(
    r"[,;:.!?،؛]|\b(?:before|when|but|until|while|and\s+then)\b|(?<![\u0621-\u064a])(?:قبل\s+(?:أن|ان)|عندما|لكن|فيما|"
    r"بينما|ثم)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
_GATHERING = frozenset({"protest"})
# The crowd named, no gathering told: "fired tear gas at protesters ... بعد سقوط صاروخ" is no crowd answering it.
_PARTICIPANT = re.compile(
    r"protest(?:ers?|ors?)|demonstrators?|crowds?|marchers|[وفبل]?(?:ال)?(?:متظاهر|محتج|معتصم)\S*", re.IGNORECASE
)
# What a crowd answers: an attack or a killing (clashes, riots and arrests after a gathering are the crowd's own day).
_ANSWERED = frozenset({"explosion", "civilians"})


def cause_after_spans(
    text: str, start: int, end: int, triggers: list[Trigger], dates: Sequence[DateMention] = ()
) -> list[tuple[int, int]]:
    """The phrases "after/following/بعد/إثر + an event" behind a gathering in the sentence ``text[start:end]``.

    A crowd's gathering told first, then "following the funeral of a commander killed in a US drone strike": the
    strike is what the crowd answers, told to explain it (rule ``background.cause``). Only when a protest word
    stands before the phrase (a gathering told, not only the crowd named: "fired tear gas at protesters") and every
    event word of the phrase names an attack or a killing (a march "after a rally", a storming "عقب مواجهات" with
    the police are the crowd's own day), and the phrase names no date of its own (told with its own day, it is an
    event of its own).
    """
    protests = [
        t.start for t in triggers if t.family in _GATHERING and not _PARTICIPANT.fullmatch(text, t.start, t.end)
    ]
    if not protests:
        return []
    out: list[tuple[int, int]] = []
    for found in _AFTER_NOUN_WORDS.finditer(text, min(protests), end):
        stop_match = _PHRASE_END.search(text, found.end(), end)
        stop = stop_match.start() if stop_match else end
        inside = [t for t in triggers if found.end() <= t.start < stop]
        if any(found.end() <= d.start < stop for d in dates):
            continue  # "بعد سقوط صاروخ على الجادرية يوم الاثنين": told with its own day, an event of its own
        if inside and all(t.family in _ANSWERED for t in inside):
            out.append((found.end(), stop))
    return out


def joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, the overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# An event named by its year, the year a modifier of the noun: "the 2016 Karrada truck bombing", "the 2019 protests",
# "تفجير الكرادة عام 2016", "احتجاجات تشرين 2019". The event is an old one named (the victims "of" it, its anniversary),
# not an event of the sentence.
_EVENT_WORDS_EN = (
    r"protests?|demonstrations?|rall(?:y|ies)|marche?s|uprising|revolution|revolt|crackdown|attacks?|bombings?|blasts?|"
    r"explosions?|strikes?|airstrikes?|raids?|war|clashes|sit-ins?|killings?|massacres?|assaults?|invasion|storming|"
    r"assassinations?|shelling|riots?|movement"
)
_EVENT_WORDS_AR = (
    r"احتجاجات|احتجاج|تظاهرات|تظاهرة|مظاهرات|انتفاضة|ثورة|حراك|هجوم|هجمات|تفجير|تفجيرات|انفجار|قصف|غارة|حرب|اشتباكات|"
    r"مواجهات|اعتصام|اعتصامات|مجزرة|اقتحام|اغتيال|حادثة"
)
_NAMED_BY_YEAR = first_char_guard(re.compile(
    rf"\b(?:the|a|an|its|their)\s+(?P<year>(?:19|20)[0-9]{{2}})\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_EVENT_WORDS_EN})\b"
    rf"|(?<![\u0621-\u064a])[وبل]?(?:ال)?(?P<noun_ar>{_EVENT_WORDS_AR})(?![\u0621-\u064a])(?:\s+[^\s،,.]+){{0,3}}?"
    rf"\s+(?:(?:عام|سنة|العام)\s+)?(?P<year_ar>(?:19|20)[0-9]{{2}})(?![0-9])",
    re.IGNORECASE,
))  # fmt: skip
_FOUR_DIGITS = re.compile(r"(?:19|20)[0-9]{2}")


def old_named_events(text: str, start: int, end: int, published: date | None) -> list[tuple[int, int]]:
    """The event nouns of the sentence ``text[start:end]`` named by a year before the publication's ("relatives of the
    victims of the 2016 Karrada truck bombing gathered on Saturday"): an old event named, no event of the sentence nor
    its type (rule ``date.subordinate``), nor the clause an old date dates (``background.old_clause``). Each span runs
    from the year to the noun ("the 2016 Karrada truck bombing") or from the noun to the year ("تفجير الكرادة عام
    2016")."""
    if published is None or not _FOUR_DIGITS.search(text, start, end):
        return []
    out: list[tuple[int, int]] = []
    for found in _NAMED_BY_YEAR.finditer(text, start, end):
        year = int(found.group("year") or found.group("year_ar"))
        if year < published.year:
            out.append(found.span())
    return out


# A sentence opening on a definite event noun ("The attack, claimed by the Islamic State group, killed 323 people",
# "The blast", "وأسفر الهجوم عن"): it goes on about the event told last.
_REFERS_BACK = re.compile(
    r"[\"“'‘]?(?:The|This|That)\s+(?:[\w'’-]+\s+){0,2}?(?:attack|bombing|blast|explosion|strike|massacre|killing|"
    r"shooting|assault|incident|assassination)s?\b"
    r"|[\"“«]?[وف]?(?:[\u0621-\u064a]+\s+)?(?:ال)(?:هجوم|تفجير|انفجار|اعتداء|مجزرة|حادث|حادثة|اغتيال|قصف)(?![\u0621-\u064a])",
)


def refers_back(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` opens on a definite event noun (the event told last)."""
    return _REFERS_BACK.match(text, start, end) is not None


def old_event_date(mention: DateMention, published: date | None) -> SentenceDate | None:
    """The date of an old event told in a phrase describing a noun, for the sentence after it that goes on about it
    ("... where a truck packed with explosives blew up on July 3, 2016. The attack killed at least 323 people": the
    attack is of 2016, background; rule ``date.subordinate``). The carry is not changed."""
    day, precision, note = _resolved(mention, published)
    if day is None:
        return None
    note = note or f"date of the old event told in the sentence before ({mention.text!r})"
    return SentenceDate(day, precision, note, True, date_key_of(mention, day), (rule("date.subordinate"),))


def date_key_of(mention: DateMention, day: date | None) -> str:
    """A key telling dates apart (as ``timing.date_key``)."""
    return f"d:{day.isoformat()}" if day is not None else f"r:{mention.text.casefold()}"
