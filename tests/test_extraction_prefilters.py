"""The cheap pre-tests of the extraction answer exactly what the patterns they stand in front of answer.

Each fast path (a substring test on a lower-cased passage, a pattern searched by the half of its cues whose
script the passage holds, a sentence with no clause-break word kept whole) is compared with the pattern it
saves, on generated text mixing English and Arabic cue words with the letters that case-insensitive
matching folds apart from ``str.lower`` ("İ", "ı", "ſ", the Kelvin sign).
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geoincidents.extraction import dates, events, geocoding, place_roles
from geoincidents.extraction._phrases import (
    UNGUARDED,
    AnchorCache,
    ByFirstChar,
    ByScript,
    CueHalves,
    Token,
    _passage_reading,
    first_char_guard,
    holds_any,
    match_at_anchors,
    minimal_pieces,
    plain_lower,
    proves_hints,
    required_pieces,
    tokenize,
)
from geoincidents.extraction.rules import actors, background, mentions, places, segment

REPORTS = Path(__file__).parent / "reports"
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of the cues of the patterns under test, in both scripts and cases, with separators and folded letters.
PIECES = [
    "kill", "KILLED", "dead", "Died", "wound", "injur", "hurt", "casualt", "lives", "treated", "harmed", "murder",
    "called for", "urged", "threatened to", "will", "no", "not", "never", "found", "seized", "defused",
    "protest against", "condemned", "in solidarity with", "after", "while", "whereas", "meanwhile", "hours after",
    "قتل", "قتيل", "جريح", "أصيب", "فارق الحياة", "لم يصب أحد", "دعا", "لا", "لم", "هدد", "ضبط", "عثر",
    "احتجاجاً على", "تنديداً", "بعد", "فيما", "بينما", "في حين", "عقب",
    "according to the", "sources in", "claimed by", "attacks by", "targeting", "on", "at the", "قال", "أطلقت",
    "على", "مقر", "بحسب", "tear gas", "were dispersed", "arrested", "live fire", "snipers", "canisters hit heads",
    "صدت", "الغاز المسيل للدموع", "قناص", "İ", "ı", "ſ", "\u212a", "wıll", "ſeized", "\u212aill", "İnjur", "rockets",
    "marched from the", "fled into", "انطلقوا من", "لجؤوا إلى", "صواريخ",
    " ", "  ", ", ", ". ", ";", "،", "\n", "-", "a", "the", "Baghdad", "بغداد",
]  # fmt: skip
PASSAGE = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


def _ascii_words(pattern: str) -> list[str]:
    return [w for w in pattern.split("|") if re.fullmatch("[a-z]+", w)]


@SETTINGS
@given(PASSAGE)
def test_plain_lower_finds_an_ascii_word_exactly_when_a_case_insensitive_pattern_does(text: str) -> None:
    low = plain_lower(text)
    if low is None:  # a folded-apart letter: the callers fall back to the pattern
        assert re.search("[\u0130\u0131\u017f\u212a]", text)
        return
    for word in ("kill", "injur", "casualt", "after", "while", "seized", "will", "k", "s", "i"):
        assert (word in low) == (re.search(word, text, re.IGNORECASE) is not None), word


@SETTINGS
@given(PASSAGE, PASSAGE)
@example("", "Rockets hit the zone")  # ASCII alone: the fast path
@example("", "Rockets hit ſome")
def test_the_passage_readings_are_those_of_their_patterns(before: str, text: str) -> None:
    # ``plain_lower`` and ``_passage_reading`` skip the searches of a passage of ASCII alone (a flag the string keeps):
    # the same answers as the searches.
    whole = before + text
    special = re.search("[\u0130\u0131\u017f\u212a]", text) is not None
    assert plain_lower(whole, len(before)) == (None if special else text.lower())
    reading = _passage_reading(whole, len(before), len(whole))
    assert reading == (
        re.search("[\u0600-\u06ff]", text) is not None,
        re.search("[A-Za-z]", text) is not None,
        None if special else text.lower(),
    )


def test_only_the_kelvin_sign_lowers_from_beyond_ascii_into_it() -> None:
    # ``events._hinted`` reads "no Arabic letter" from a plain lower case of ASCII alone: no letter beyond ASCII lowers
    # into ASCII but the Kelvin sign, which ``plain_lower`` never lowers (it answers None).
    into_ascii = [c for c in map(chr, range(0x80, sys.maxunicode + 1)) if c.lower().isascii()]
    assert into_ascii == ["\u212a"]
    assert plain_lower("\u212a") is None


@SETTINGS
@given(PASSAGE, PASSAGE)
def test_the_casualty_hint_agrees_with_its_pattern(before: str, text: str) -> None:
    whole = before + text
    hinted = events._hinted(whole, len(before), len(whole))
    assert (hinted is not None) == (events._CASUALTY_HINT.search(whole, len(before), len(whole)) is not None)
    if hinted is not None:
        assert hinted[0] == (re.search("[\u0621-\u064a]", text) is not None)
        assert hinted[1] == text.lower()


def test_the_hint_words_are_plain_lower_case_ascii() -> None:
    assert all(re.fullmatch("[a-z]+", word) for word in events._HINT_LATIN)
    assert _ascii_words(events._CASUALTY_HINT.pattern.split(")|(?P<ar>")[0].removeprefix("(?P<lat>")) == list(
        events._HINT_LATIN
    )


@SETTINGS
@given(PASSAGE, PASSAGE)
def test_clauses_are_cut_as_the_pattern_cuts_them(before: str, text: str) -> None:
    whole = before + text
    # the pre-test of cue words skips no cut the clause breaks, the fronted clause and the day of its own would make
    assert segment.split_clauses(whole, len(before), len(whole)) == segment._clauses_unfiltered(
        whole, len(before), len(whole)
    )


@SETTINGS
@given(PASSAGE, PASSAGE, PASSAGE)
def test_cue_halves_find_what_their_whole_pattern_finds(before: str, text: str, after: str) -> None:
    whole, pos, endpos = before + text + after, len(before), len(before) + len(text)
    for cues in (
        events._UNREAL_CUES,
        events._CAUSE_CUES,
        events._SEIZED_CUES,
        actors._SAYS_BEFORE,
        actors._AGENT_BEFORE,
        actors._TARGET_BEFORE,
        mentions._MOVED,
    ):
        assert cues.found(text) == (cues.pattern.search(text) is not None), cues.pattern.pattern[:40]
        assert cues.found(whole, pos, endpos) == (cues.pattern.search(whole, pos, endpos) is not None)


def test_tokens_are_tokens() -> None:
    tokens = tokenize("Rockets hit the Green Zone, صواريخ على المنطقة الخضراء")
    assert all(type(t) is Token for t in tokens)
    assert tokens[0] == Token("rockets", "rockets", 0, 7) and tokens[0].key == "rockets"


BY_SCRIPT = [
    events._EXCESSIVE_WORDS,
    events._INTERVENTION_WORDS,
    mentions._CROWD_FORCE_WORDS,
    background._REFERENTIAL_WORDS,
    background._WEEKS_AFTER_WORDS,
    background._CAUSE_WORDS,
    background._POSSESSION_WORDS,
    background._MARKED_OR_INTENDED_WORDS,
    background._CALL_WORDS,
]


def _untested(words: ByScript) -> ByScript:
    """The same parts searched without the tests of what their matches hold."""
    bare = copy.copy(words)
    bare.arabic_pieces = bare.latin_pieces = None
    return bare


@SETTINGS
@given(PASSAGE, PASSAGE)
@example("صدت the crowd", "")  # the Arabic "صد" is written with a class: an alternative of both scripts
@example("They were diſpersed", "")  # a folded-apart letter: both parts are searched whatever they hold
@example("صدت", " the crowd")
def test_the_words_read_from_each_by_script_pattern_skip_no_match(before: str, text: str) -> None:
    whole = before + text
    for words in BY_SCRIPT:
        bare = _untested(words)
        assert [m.span() for m in words.finditer(text)] == [m.span() for m in bare.finditer(text)], words.pattern
        assert [m.span() for m in words.finditer(whole, len(before))] == [
            m.span() for m in bare.finditer(whole, len(before))
        ]
        found, plain = words.search(whole, len(before)), bare.search(whole, len(before))
        assert (found and found.span()) == (plain and plain.span())


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join))
@example("صدت the crowd")
@example("They were diſpersed")
def test_force_and_background_words_by_script_find_what_their_whole_pattern_finds(text: str) -> None:
    """(Words of both scripts written together with no space, "arrestedصدت", may give a match of each part where
    the whole pattern gives one: ByScript's own limit, not its tests'.)"""
    for words in BY_SCRIPT:
        pattern = words.pattern
        assert [m.span() for m in words.finditer(text)] == [m.span() for m in pattern.finditer(text)], pattern.pattern
        assert events._search_words(words, text) == events._search_words(pattern, text)


# Words that begin date expressions and event words, in both scripts and cases, digits and folded-apart letters.
STARTS = [
    "on", "On", "in", "In", "October", "oct.", "10", "٣", "۳", "2021-10-10", "3/11/2019", "1st", "two", "a", "Tuesday",
    "yesterday", "Rockets", "rocket", "Katyusha", "C-RAM", "c-ram", "drone", "IED", "sticky", "Kidnapped", "protest",
    "sit-in", "tents", "stormed", "arrested", "fired", "set", "weeks", "days", "ago", "earlier", "mid-October",
    "يوم", "مساء", "الثلاثاء", "أمس", "قبل", "أسبوعين", "تشرين", "الأول", "عام", "صواريخ", "وصواريخ", "بالصواريخ",
    "كاتيوشا", "طائرة", "مسيرة", "تظاهرة", "اعتصام", "اقتحم", "قنبلة", "سي", "رام", "الخضراء",
    "İ", "ı", "ſ", "\u212a", "İn", "ſit-in", "\u212aatyusha", "é", "’", "«", "_",
]  # fmt: skip
STARTED = st.lists(st.sampled_from([*STARTS, " ", "  ", ", ", ". ", "\n", "-", "،"]), max_size=12).map("".join)


def test_alternatives_by_first_character_are_read_from_the_pattern() -> None:
    for by_first in (dates._BY_FIRST_CHAR, events._TRIGGER_BY_FIRST_CHAR):
        assert by_first._enabled and not by_first._anywhere  # every alternative begins with known characters
    digits = ByFirstChar(re.compile(r"(?P<a>\d+ days)|(?P<b>(?:the\s+)?week)|(?P<c>(?<![a-z])[A-Z]\w*)"))
    assert set(digits._by_char["7"]) == {0} and set(digits._by_char["٧"]) == {0}  # \d: ASCII and Arabic-Indic digits
    assert set(digits._by_char["t"]) == {1, 2} and set(digits._by_char["w"]) == {
        1,
        2,
    }  # an optional word looked through
    assert "é" not in digits._by_char and digits.match("é") is None  # beyond ASCII and Arabic: the whole pattern
    referring = ByFirstChar(re.compile(r"(a)\1|b"))  # group numbers would change: every alternative tried
    assert not referring._enabled and referring.match("aa") is not None


def test_alternatives_by_first_character_match_at_every_position_of_the_test_reports() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(REPORTS.glob("*.txt"))]
    assert len(texts) > 10
    for by_first in (dates._BY_FIRST_CHAR, events._TRIGGER_BY_FIRST_CHAR):
        found = 0
        for text in texts:
            for pos in range(len(text)):
                expected, match = by_first.pattern.match(text, pos), by_first.match(text, pos)
                assert (None if expected is None else (expected.span(), expected.lastgroup)) == (
                    None if match is None else (match.span(), match.lastgroup)
                ), text[pos : pos + 40]
                found += match is not None
        assert found > 100


def test_a_family_of_alternatives_is_tried_with_its_own_alternatives_that_can_begin_there() -> None:
    families = ByFirstChar(
        re.compile(r"(?P<a>\bcar\s+bombs?|\brockets?|(?:heavy\s+)?shelling)|(?P<b>riot\w*|rally)", re.I)
    )
    assert set(families._inner) == {0, 1}
    assert families.for_char("r").pattern == r"(?P<a>\brockets?)|(?P<b>riot\w*|rally)"  # type: ignore[union-attr]
    assert families.for_char("h").pattern == r"(?P<a>(?:heavy\s+)?shelling)"  # type: ignore[union-attr]
    assert families.for_char("x") is None
    for text in ("Rally at noon", "riots broke out", "heavy shelling", "car bomb", "rocket"):
        expected, found = families.pattern.match(text), families.match(text)
        assert expected is not None and found is not None
        assert (found.span(), found.lastgroup) == (expected.span(), expected.lastgroup)
    for by_first in (dates._BY_FIRST_CHAR, events._TRIGGER_BY_FIRST_CHAR):
        assert by_first._inner  # the trigger families and the dates' periods are cut by character


def test_anchor_words_are_those_the_test_accepts_whatever_was_read_before() -> None:
    asked: list[str] = []

    def hit(word: str) -> bool:
        asked.append(word)
        return word.startswith("rock")

    cache = AnchorCache(hit)
    first = tokenize("Rockets hit the zone; rockets again")
    assert [t.start for t in cache.anchors(first)] == [0, 22]
    second = tokenize("the rocket and the zone")
    assert [t.key for t in cache.anchors(second)] == ["rocket"] and sorted(asked) == sorted(
        {"rockets", "hit", "zone", "again", "rocket", "and"}
    )  # each distinct word asked once ("the" is dropped), across texts
    cache.KNOWN_MAX = 1  # past the limit the answers are read again, and still right
    assert [t.key for t in cache.anchors(tokenize("zone rockets"))] == ["rockets"]
    assert [t.key for t in cache.anchors(tokenize("rocketry rock"))] == ["rocketry", "rock"]


def test_anchored_matches_by_first_character_are_those_of_the_whole_pattern() -> None:
    """``match_at_anchors`` tries a ByFirstChar with its table of patterns by character: same matches as the
    whole pattern tried at the same words (every word, every clitic offset, passages cut anywhere)."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(REPORTS.glob("*.txt"))]
    found = 0
    for by_first in (dates._BY_FIRST_CHAR, events._TRIGGER_BY_FIRST_CHAR):
        for text in texts:
            tokens = tokenize(text)
            for start, end in ((0, None), (len(text) // 3, len(text) // 2), (5, 7)):
                fast = match_at_anchors(by_first, text, tokens, lambda tok: True, start=start, end=end)
                whole = match_at_anchors(by_first.pattern, text, tokens, lambda tok: True, start=start, end=end)
                assert [(m.span(), m.lastgroup) for m in fast] == [(m.span(), m.lastgroup) for m in whole]
                found += len(fast)
    assert found > 100


@SETTINGS
@given(STARTED, STARTED)
@example("", "ſit-in \u212aatyusha İn October")
@example("", "On Tuesday, October 10, 2021-10-10 3/11/2019 two days ago, Katyusha rockets, يوم الثلاثاء قبل أسبوعين")
def test_alternatives_by_first_character_match_what_the_whole_pattern_matches(before: str, text: str) -> None:
    whole = before + text
    for by_first in (dates._BY_FIRST_CHAR, events._TRIGGER_BY_FIRST_CHAR):
        for pos in range(len(before), len(whole) + 1):
            for stop in (len(whole), min(len(whole), pos + 5)):
                expected, found = by_first.pattern.match(whole, pos, stop), by_first.match(whole, pos, stop)
                assert (expected is None) == (found is None), (whole, pos)
                if expected is not None and found is not None:
                    assert (found.span(), found.lastgroup) == (expected.span(), expected.lastgroup)


def _extraction_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern of the extraction modules (those searched behind a look-ahead too)."""
    names = [name for name in sys.modules if name.startswith("geoincidents.extraction")]
    values = [value for name in names for value in vars(sys.modules[name]).values()]
    halves = [
        half
        for value in values
        if isinstance(value, (ByScript, CueHalves))
        for half in vars(value).values()
        if isinstance(half, re.Pattern)
    ]
    found = [value for value in values if isinstance(value, re.Pattern)] + halves
    assert len(halves) > 40
    return [pattern for pattern in found if isinstance(pattern.pattern, str)]


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return UNGUARDED.get(pattern, pattern)


def test_look_ahead_guards_are_read_from_the_pattern() -> None:
    guarded = first_char_guard(re.compile(r"\b(?:no|none)\s+injur\w*|(?<!\w)لم\s+يصب|\d+\s+wounded", re.IGNORECASE))
    assert (
        guarded.pattern.startswith("(?=[")
        and r"\d" in guarded.pattern.split("])")[0]
        and UNGUARDED[guarded].pattern.startswith(r"\b(?:no")
    )
    for anything in (r"\w+ was hurt", r"[^a]b", r"(?:the\s+)?", r"(?i)no"):  # any character, an empty match, flags
        assert first_char_guard(re.compile(anything)).pattern == anything
    assert events._NONE_HURT in UNGUARDED and place_roles._NEGATION in UNGUARDED
    verbose = re.compile("no  # a comment", re.VERBOSE)  # a comment would swallow the guard's closing bracket
    assert first_char_guard(verbose) is verbose and not ByFirstChar(verbose)._enabled


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])  # (every pattern, each time)
@given(PASSAGE, STARTED)
@example("No injuries. ſince \u212ailled İ", "")
def test_look_ahead_guards_find_what_their_patterns_find(words: str, starts: str) -> None:
    text = words + " " + starts
    for pattern in _extraction_patterns():
        plain = _unguarded(pattern)
        guarded = first_char_guard(plain)
        for checked in {id(pattern): pattern, id(guarded): guarded}.values():
            assert [(m.span(), m.groupdict()) for m in checked.finditer(text)] == [
                (m.span(), m.groupdict()) for m in plain.finditer(text)
            ], plain.pattern[:60]


@SETTINGS
@given(PASSAGE, STARTED)
@example("near", " towards")
@example("(near the", "'at\nنحو")
def test_a_word_of_place_starts_where_it_began_or_after_a_space_comma_bracket_or_quote(words: str, starts: str) -> None:
    text = words + starts
    rest = geocoding._REL_PATTERN.pattern.removeprefix(r"(?<![^\s,(\"'])")
    written_out = re.compile(r"(?:^|(?<=[\s,(\"']))" + rest, geocoding._REL_PATTERN.flags)
    for pos in (0, len(words)):
        assert [(m.span(), m.lastgroup) for m in geocoding._REL_PATTERN.finditer(text, pos)] == [
            (m.span(), m.lastgroup) for m in written_out.finditer(text, pos)
        ]


_REL_WRITTEN = re.compile(
    r"(?<![^\s,(\"'])(?:[وف](?=[\u0621-\u064a]{2}))?(?:"
    + "|".join(f"(?P<{rel}>{pat})" for rel, pat in geocoding._REL_WORDS)
    + r")(?=\s|$)",
    re.IGNORECASE,
)


@SETTINGS
@given(PASSAGE, STARTED)
@example("", "made its way to 500 metres from the, near")
@example("", "على بعد ٣ أمتار من قرب")
def test_words_of_place_behind_their_look_aheads_match_as_written(words: str, starts: str) -> None:
    text = words + starts
    for pos in (0, len(words)):
        assert [(m.span(), m.lastgroup) for m in geocoding._REL_PATTERN.finditer(text, pos)] == [
            (m.span(), m.lastgroup) for m in _REL_WRITTEN.finditer(text, pos)
        ]


def test_words_of_place_behind_their_look_aheads_match_as_written_on_the_corpus() -> None:
    found = 0
    for line in _lines():
        fast = [(m.span(), m.lastgroup) for m in geocoding._REL_PATTERN.finditer(line)]
        assert fast == [(m.span(), m.lastgroup) for m in _REL_WRITTEN.finditer(line)]
        found += len(fast)
    assert found > 1000


def test_required_pieces_are_read_from_the_parse() -> None:
    assert required_pieces(re.compile(r"\bcalled\s+on\b")) == ("called",)
    plan = re.compile(r"\bplan(?:s|ned|ning)?\s+to\b", re.IGNORECASE)
    assert required_pieces(plan) == ("plan", "planned", "planning", "plans")
    assert required_pieces(re.compile("Tear Gas", re.IGNORECASE)) == ("tear gas",)
    threat = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:هدد|توعد)(?![\u0621-\u064a])")
    assert set(required_pieces(threat) or ()) == {f"{c}{w}" for c in ("", "و", "ف") for w in ("هدد", "توعد")}
    assert required_pieces(re.compile(r"\barrest\w*")) == ("arrest",)
    # a prefix the parser takes out of the alternatives ("a" of "a second" and "another") is read back into each
    assert required_pieces(re.compile(r"\b(?:a\s+(?:second|third)|another)")) == ("another", "second", "third")
    # every alternative must hold something, else nothing is known
    assert required_pieces(re.compile(r"\bkilled\b|\w+ died")) == (" died", "killed")
    assert required_pieces(re.compile(r"\bkilled\b|\w+")) is None
    assert required_pieces(re.compile(r"(?:abc)?x?")) is None
    # a letter that case-insensitive matching folds beyond str.lower is read as unknown
    assert required_pieces(re.compile("É", re.IGNORECASE)) is None


def _lines() -> list[str]:
    root = Path(__file__).resolve().parent.parent
    files = sorted((root / "eval" / "reports").glob("*.txt")) + sorted(REPORTS.glob("*.txt"))
    return [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_match_of_every_guarded_pattern_holds_what_is_read_from_it() -> None:
    """The reading is checked on the package's own patterns (every one first_char_guard guards and the parts of
    every ByScript) against every match on the corpus lines."""
    lines = _lines()
    patterns = list(UNGUARDED.values()) + [p for w in BY_SCRIPT for p in (w._arabic, w._latin) if p is not None]
    patterns += [pattern for _, _, read, pattern in events._COUNT_READ if read is not None] + [events._NONE_HURT]
    checked = 0
    for pattern in patterns:
        pieces = required_pieces(pattern)
        for line in lines:
            for match in pattern.finditer(line):
                low = match.group().lower()
                if pieces is not None:
                    assert any(piece in low for piece in pieces), (pattern.pattern[:60], match.group())
                checked += 1
    assert checked > 1000


# Hand-written substring pre-tests and the patterns they stand in front of (the passage is lower-cased first).
HINTED = [
    (events._ANOTHER_WORDS, events._ANOTHER),
    (events._UPDATE_WORDS, events._UPDATE),
    (events._OF_ANOTHER_WORDS, events._OF_ANOTHER),
    (events._INITIAL_WORDS, events._INITIAL_BEFORE),
    (events._INITIAL_WORDS, events._INITIAL_AFTER),
    (events._ALSO_WORDS, events._ALSO_BEFORE),
    (events._ALSO_WORDS, events._ALSO_INSIDE),
    ((*segment._CLAUSE_CUES, ";"), segment._CLAUSE_BREAK),  # a semicolon is looked for on its own
    (place_roles._NEGATION_HINTS, place_roles._NEGATION),
    (place_roles._ORIGIN_HINTS, place_roles._ORIGIN),
    (place_roles._FAR_HINTS, place_roles._FAR_FROM),
    (place_roles._FAR_AWAY_HINTS, place_roles._FAR_AWAY),
    (place_roles._ACROSS_HINTS, place_roles._ACROSS),
    (place_roles._FACING_HINTS, place_roles._FACING),
    (places._DISTANCE_HINTS, places._DISTANCE_APPOSITION),
    (place_roles._TREATED_HINTS, place_roles._TREATED),
    (place_roles._SOURCE_HINTS, place_roles._SOURCE_BEFORE),
    (place_roles._AIM_HINTS, place_roles._AIM),
    (place_roles._LIKE_HINTS, place_roles._LIKE),
    (place_roles._TITLE_HINTS, place_roles._TITLE_BEFORE),
    (tuple(h.lower() for h in geocoding._RESIDENCE_HINTS), geocoding._RESIDENCE),
    (segment._DATELINE_MARKS, segment._DATELINE),
    (place_roles._NEGATION_READ, place_roles._NEGATION),
    (mentions._HEADED_ON_HINTS, mentions._HEADED_ON_AFTER),  # (where a crowd gathered before heading on)
    (events._TOLL_WORDS, events._TOLL_OF_DAYS_BEFORE),
    (events._DAY_WORDS, events._TOLL_OF_DAYS_BEFORE),
    (events._ORGANISER_HINTS, events._ORGANISERS_BEFORE),
    (events._PARTY_TOLL_WORDS, events._PARTY_TOLL),
    (events._PARTY_WORDS, events._PARTY_TOLL),
]


@pytest.mark.parametrize(("hints", "pattern"), HINTED, ids=lambda x: "" if isinstance(x, tuple) else x.pattern[:24])
def test_every_hand_written_hint_list_is_proved_from_its_pattern(
    hints: tuple[str, ...], pattern: re.Pattern[str]
) -> None:
    """A word added to one of these patterns without its hint fails here (the hint list would skip its matches)."""
    assert proves_hints(UNGUARDED.get(pattern, pattern), hints)


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [(p, n) for p, n in events._COUNT_PATTERNS if n],
    ids=lambda x: "" if isinstance(x, tuple) else x.pattern[:24],
)
def test_every_count_pattern_needs_list_is_proved_from_its_pattern(
    pattern: re.Pattern[str], needs: tuple[str, ...]
) -> None:
    """A count pattern is not scanned in a passage without one of its words: each of its matches must hold one."""
    assert proves_hints(UNGUARDED.get(pattern, pattern), needs)


def test_the_pieces_read_from_the_count_patterns_are_proved_from_them() -> None:
    """The casualty patterns without hand-written words are skipped by what is read from their own parse."""
    read = [(pattern, pieces) for _, _, pieces, pattern in events._COUNT_READ if pieces is not None]
    assert len(read) >= 3
    for pattern, pieces in [*read, (events._NONE_HURT, events._NONE_HURT_NEEDS)]:
        assert pieces is not None and proves_hints(UNGUARDED.get(pattern, pattern), pieces)


@SETTINGS
@given(PASSAGE, PASSAGE)
@example("", "BAGHDAD, Nov 28 (Reuters) - Rockets hit")
@example("", "بغداد – 12 آذار (رويترز) - سقطت")
@example("", "بغداد/ سقطت")
def test_a_dateline_is_found_as_the_pattern_finds_it(before: str, text: str) -> None:
    whole = before + text
    match = segment._DATELINE.match(whole, len(before), min(len(whole), len(before) + segment._DATELINE_MAX))
    assert segment.dateline_end(whole, len(before), len(whole)) == (match.end() if match else len(before))


def test_minimal_pieces_leave_out_the_pieces_that_hold_another() -> None:
    assert minimal_pieces(("beating", "beat", "beaten", "baton", "batons")) == ("beat", "baton")
    assert minimal_pieces(("no", "none", "not", "n't")) == ("no", "n't")
    assert minimal_pieces(("قتل", "وقتل", "قتيل")) == ("قتل", "قتيل")
    assert minimal_pieces(("", "kill")) == ("",) and minimal_pieces(()) == ()


@SETTINGS
@given(PASSAGE)
def test_minimal_pieces_answer_what_all_the_pieces_answer(text: str) -> None:
    low = text.lower()
    lists = [events._HINT_LATIN, place_roles._NEGATION_HINTS, ("kill", "killed", "ki", "قتل", "وقتل", "no", "not")]
    lists += [w.latin_pieces for w in BY_SCRIPT if w.latin_pieces] + [
        w.arabic_pieces for w in BY_SCRIPT if w.arabic_pieces
    ]
    for pieces in lists:
        assert holds_any(low, minimal_pieces(pieces)) == holds_any(low, pieces)


def test_a_hint_list_that_misses_a_word_is_not_proved() -> None:
    assert proves_hints(re.compile(r"\b(?:did\s+not|didn['’]t)\b"), ("not", "n't", "n’t"))
    assert not proves_hints(re.compile(r"\b(?:did\s+not|didn['’]t)\b"), ("not", "n't"))  # "didn’t"
    assert not proves_hints(re.compile(r"\bnumber\s+of\b"), ("number of",))  # "number\nof"
    assert not proves_hints(re.compile(r"[إا]طلاق"), ("طلق",))
