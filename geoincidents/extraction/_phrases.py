"""Fast phrase look-up over normalised word tokens (private: shared by geocoding and actors).

A text is tokenised once into words with their character spans; each word is folded with
:func:`geoincidents.gazetteer.names.normalize_name` (cached per distinct word), and standalone articles ("al",
"the", ...) are dropped exactly as ``normalize_name`` drops them from names. A token trie built
once over every alias key then finds all names in one left-to-right pass (leftmost, longest match).
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, NamedTuple, TypeVar

from geoincidents.gazetteer.names import normalize_name

__all__: list[str] = []

T = TypeVar("T")

# A word: letters and digits, with the Arabic vowel marks (harakat, shadda, dagger alef) written inside it
# ("الخلّاني" is one word, not "الخل" and "اني"; the marks are folded away by ``normalize_name``).
_WORD = re.compile(r"(?:[^\W_]++[\u064b-\u065f\u0670]*+)++(?:['’ʼ`][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’ʼ`]s$", re.IGNORECASE)
_DROPPED = frozenset({"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "the", "ال"})
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_AR_CLITIC = re.compile(r"^[وبلفك](?=[\u0621-\u064a]{3,})")
_END = ""  # trie key of a terminal node


class Token(NamedTuple):
    """A word of the text: its folded form, an alternative (Arabic clitic removed), and its span."""

    key: str
    alt: str
    start: int
    end: int


@lru_cache(maxsize=65536)
def _fold(word: str) -> tuple[str, str]:
    word = _POSSESSIVE.sub("", word.translate(_AR_DIGITS))
    key = normalize_name(word)
    stripped = _AR_CLITIC.sub("", word)
    alt = normalize_name(stripped) if stripped != word else key
    return key, alt


def fold_word(word: str) -> str:
    """The folded key of one word, as :func:`tokenize` computes it."""
    return _fold(word)[0]


def tokenize(text: str) -> list[Token]:
    """Return the words of ``text`` (articles dropped) with folded keys and character spans."""
    out: list[Token] = []
    # ``tuple.__new__`` makes the same Token as ``Token(...)`` without the Python-level constructor (half the time).
    append, fold, dropped, make = out.append, _fold, _DROPPED, tuple.__new__
    for match in _WORD.finditer(text):
        key, alt = fold(match.group())
        if key and key not in dropped:
            start, end = match.span()
            append(make(Token, (key, alt, start, end)))
    return out


_last_words: tuple[list[Token], frozenset[str]] | None = None


def token_words(tokens: list[Token]) -> frozenset[str]:
    """Every folded word of ``tokens`` (keys and alternatives): "does the text name any of these words?" in one
    set operation. The answer for the last token list asked is kept (the rules ask it of a report's tokens several
    times; one entry, replaced atomically, so concurrent threads stay correct, at worst they recompute)."""
    global _last_words
    last = _last_words
    if last is not None and last[0] is tokens:
        return last[1]
    words = frozenset({tok.key for tok in tokens} | {tok.alt for tok in tokens})
    _last_words = (tokens, words)
    return words


def anchor_ranges(
    text: str,
    tokens: list[Token],
    hit: Callable[[Token], bool],
    *,
    start: int = 0,
    end: int | None = None,
    before: int = 30,
    after: int = 60,
) -> list[tuple[int, int]]:
    """Merged character ranges around the tokens for which ``hit`` is true, within ``[start, end)``.

    A big regular expression is then run only over these short ranges instead of the whole text:
    scanning every position of a report with dozens of alternatives costs ten times more than
    finding the words that can begin a match.
    """
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for i in range(bisect_left(tokens, start, key=lambda t: t.start), len(tokens)):
        tok = tokens[i]
        if tok.start >= stop:
            break
        if not hit(tok):
            continue
        a, b = max(start, tok.start - before), min(stop, tok.end + after)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


class AnchorCache:
    """The anchor words of the last token list seen (one entry, so a report's words are tested once).

    ``hit`` tests a folded word (a token's ``key`` or ``alt``): each distinct word of a text is tested
    once, however often it occurs. Reading and replacing one tuple attribute is atomic, and so is adding a word to
    a set of strings, so concurrent threads stay correct (at worst they recompute).
    """

    # Words whose answer is kept across texts (most words recur from report to report); past this many, the answers
    # are dropped and read again.
    KNOWN_MAX = 200_000

    def __init__(self, hit: Callable[[str], bool]) -> None:
        self._hit = hit
        self._last: tuple[list[Token], list[Token], list[int]] | None = None
        # The words answered so far: (accepted, rejected), so a text's words are sorted out by two set operations and
        # only its new words are asked of ``hit``. The new words are added in place (a copy of both sets for each text
        # with a word not seen before cost more than the rest of the look-up once they held thousands of words).
        self._known: tuple[set[str], set[str]] = (set(), set())

    def anchors(self, tokens: list[Token]) -> list[Token]:
        """The tokens of ``tokens`` that ``hit`` accepts, in order."""
        return self.anchors_and_starts(tokens)[0]

    def anchors_and_starts(self, tokens: list[Token]) -> tuple[list[Token], list[int]]:
        """The anchors and their start offsets (for look-ups by position without a key function)."""
        last = self._last
        if last is not None and last[0] is tokens:
            return last[1], last[2]
        words = token_words(tokens)
        yes, no = self._known
        if len(yes) + len(no) > self.KNOWN_MAX:
            yes, no = set(), set()
            self._known = (yes, no)
        new = words - yes - no
        if new:
            hit = self._hit
            for word in new:
                (yes if hit(word) else no).add(word)
        hits = words & yes
        found = [tok for tok in tokens if tok.key in hits or tok.alt in hits]
        starts = [tok.start for tok in found]
        self._last = (tokens, found, starts)
        return found, starts


# The standard library's own parser of regular expressions (what ``re.compile`` runs), to read which characters each
# alternative of a pattern can begin with. Private to ``re``: without it, :class:`ByFirstChar` tries every alternative.
try:
    _SRE_PARSER: Any = importlib.import_module("re._parser")
    _SRE: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python's layout
    _SRE_PARSER = _SRE = None

# The characters matched with only the alternatives that can begin with them: ASCII and the Arabic block (U+0600 to
# U+06FF), whose lower case decides what a case-insensitive pattern matches there (no folds beyond ``str.lower``
# among them); any other character gets the whole pattern.
_DISPATCHED_CHARS = [chr(code) for code in [*range(0x80), *range(0x600, 0x700)]]
# The categories of a character class, by their name in the parse, and what each matches (read on those characters).
_CATEGORIES = {
    f"CATEGORY_{name}": re.compile(escape)
    for name, escape in (
        ("DIGIT", r"\d"), ("NOT_DIGIT", r"\D"), ("SPACE", r"\s"), ("NOT_SPACE", r"\S"),
        ("WORD", r"\w"), ("NOT_WORD", r"\W"),
    )
}  # fmt: skip
# The lower-case characters a pattern piece can begin with (and, unless read on the characters above, the escapes of
# the categories it can begin with: "\\d"); None: any character.
_FirstChars = frozenset[str] | None
_WIDE_CATEGORIES = frozenset({r"\w", r"\W", r"\S", r"\D"})


def _first_of_class(items: list[tuple[Any, Any]], categories: bool = True) -> _FirstChars:
    """The lower-case characters a character class can match (None when it is negated or has a big range); its
    categories read on ASCII and the Arabic block (``categories``) or kept as their escapes."""
    out: set[str] = set()
    for op, av in items:
        if op is _SRE.LITERAL:
            chars = [chr(av)]
        elif op is _SRE.RANGE and av[1] - av[0] <= 1000:
            chars = [chr(code) for code in range(av[0], av[1] + 1)]
        elif op is _SRE.CATEGORY and str(av) in _CATEGORIES and not categories:  # \d, \w, \s... kept as written
            out.add(_CATEGORIES[str(av)].pattern)
            continue
        elif op is _SRE.CATEGORY and str(av) in _CATEGORIES:  # \d, \w, \s...: the characters it matches here
            chars = [char for char in _DISPATCHED_CHARS if _CATEGORIES[str(av)].match(char)]
        else:  # NEGATE, a big range
            return None
        for char in chars:
            if not char.isascii() and char.lower() != char.upper():  # a cased letter beyond ASCII: folds are many
                return None
            out.add(char.lower())
    return frozenset(out)


def _first_chars(items: Any, categories: bool = True) -> tuple[_FirstChars, bool]:
    """The lower-case characters a parsed pattern piece can begin with, and whether it can match nothing."""
    out: set[str] = set()
    for op, av in items:
        if op in (_SRE.AT, _SRE.ASSERT, _SRE.ASSERT_NOT):  # zero-width: the next piece begins the match
            continue
        if op is _SRE.LITERAL or op is _SRE.IN:
            first = _first_of_class([(op, av)] if op is _SRE.LITERAL else av, categories)
            return (None, False) if first is None else (frozenset(out | first), False)
        if op is _SRE.BRANCH:
            nullable = False
            for branch in av[1]:
                first, empty = _first_chars(branch, categories)
                if first is None:
                    return None, False
                out |= first
                nullable = nullable or empty
            if not nullable:
                return frozenset(out), False
        elif op is _SRE.SUBPATTERN or op is _SRE.ATOMIC_GROUP:
            first, empty = _first_chars(av[-1] if op is _SRE.SUBPATTERN else av, categories)
            if first is None:
                return None, False
            out |= first
            if not empty:
                return frozenset(out), False
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT, _SRE.POSSESSIVE_REPEAT):
            first, empty = _first_chars(av[2], categories)
            if first is None:
                return None, False
            out |= first
            if av[0] > 0 and not empty:
                return frozenset(out), False
        else:  # ANY, NOT_LITERAL, a category, a group reference, a conditional: any character
            return None, False
    return frozenset(out), True


def _has_group_reference(items: Any) -> bool:
    for op, av in items:
        if op in (_SRE.GROUPREF, _SRE.GROUPREF_EXISTS):
            return True
        subs = (
            av[1]
            if op is _SRE.BRANCH
            else [av[-1]]
            if op in (_SRE.SUBPATTERN, _SRE.ASSERT, _SRE.ASSERT_NOT)
            else [av[2]]
            if op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT, _SRE.POSSESSIVE_REPEAT)
            else [av]
            if op is _SRE.ATOMIC_GROUP
            else []
        )
        if any(_has_group_reference(sub) for sub in subs):
            return True
    return False


# --- What every match of a pattern must hold (read from its parse) --------------------------------------------------
_MAX_EXACT = 256  # a piece matching more strings than this is read as "many" (its required pieces are still read)
_NeedMode = Callable[[frozenset[str]], "frozenset[str] | None"]


def _as_pieces(strings: frozenset[str]) -> frozenset[str] | None:
    """Strings a match holds, as substrings of its lower case (None when one of them is empty)."""
    return None if "" in strings else strings


def _class_chars(items: Any, icase: bool) -> frozenset[str] | None:
    """The few characters (lower case) a class matches, or None (negated, a category, a range of more than 8)."""
    out: set[str] = set()
    for op, av in items:
        if op is _SRE.LITERAL:
            chars = [chr(av)]
        elif op is _SRE.RANGE and av[1] - av[0] < 8:
            chars = [chr(code) for code in range(av[0], av[1] + 1)]
        else:
            return None
        for char in chars:
            if not char.isascii() and char.lower() != char.upper():  # a cased letter beyond ASCII: folds are many
                return None
            out.add(char.lower())
    return frozenset(out)


def _needs_of(
    items: Any, icase: bool, mode: _NeedMode, lead: frozenset[str] = frozenset([""])
) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """The strings a parsed piece matches (lower case; None: many or unknown),
    and strings one of which every match holds (as ``mode`` turns a set of such strings into its test; None: none
    known). ``lead``: the strings just before the piece (a prefix that the parser took out of the alternatives of
    a group, "a(?:\\s+second|nother)" for "a\\s+second|another", is read back into each)."""
    exact: frozenset[str] | None = lead  # what the pieces read since the last gap match
    whole = True  # no gap yet: ``exact`` is all the piece can match
    best: frozenset[str] | None = None

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, av in items:
        piece, inner = _piece_needs(op, av, icase, mode)
        if piece is not None and exact is not None and len(exact) * len(piece) <= _MAX_EXACT:
            exact = frozenset(a + b for a in exact for b in piece)
            continue
        whole = False
        if exact is not None:
            better(mode(exact))
            if piece is None and exact != lead and op in (_SRE.SUBPATTERN, _SRE.BRANCH):
                better(_led_needs(op, av, icase, mode, exact))
        better(inner if piece is None else mode(piece))
        exact = piece if piece is not None and len(piece) <= _MAX_EXACT else frozenset([""])
    if exact is not None:
        better(mode(exact))
    return (exact if whole else None), best


def _led_needs(op: Any, av: Any, icase: bool, mode: _NeedMode, lead: frozenset[str]) -> frozenset[str] | None:
    """What every match of a group or of alternatives holds, read with the strings just before them."""
    if op is _SRE.SUBPATTERN:
        add, remove = av[1], av[2]
        sub_icase = (icase or bool(add & _SRE.SRE_FLAG_IGNORECASE)) and not remove & _SRE.SRE_FLAG_IGNORECASE
        return _needs_of(av[-1], sub_icase, mode, lead)[1]
    needs = [_needs_of(branch, icase, mode, lead)[1] for branch in av[1]]
    return None if any(n is None for n in needs) else frozenset().union(*(n for n in needs if n is not None))


def _piece_needs(op: Any, av: Any, icase: bool, mode: _NeedMode) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """:func:`_needs_of` of one parsed piece."""
    if op is _SRE.LITERAL:
        char = chr(av)
        cased = not char.isascii() and char.lower() != char.upper()  # beyond ASCII: folds are many
        return (None if cased else frozenset([char.lower()])), None
    if op is _SRE.IN:
        return _class_chars(av, icase), None
    if op in (_SRE.AT, _SRE.ASSERT, _SRE.ASSERT_NOT):  # zero-width: nothing taken
        return frozenset([""]), None
    if op is _SRE.SUBPATTERN:
        add, remove = av[1], av[2]
        sub_icase = (icase or bool(add & _SRE.SRE_FLAG_IGNORECASE)) and not remove & _SRE.SRE_FLAG_IGNORECASE
        return _needs_of(av[-1], sub_icase, mode)
    if op is _SRE.ATOMIC_GROUP:
        return _needs_of(av, icase, mode)
    if op is _SRE.BRANCH:
        found = [_needs_of(branch, icase, mode) for branch in av[1]]
        exacts, needs = [e for e, _ in found], [n for _, n in found]
        piece = None if any(e is None for e in exacts) else frozenset().union(*(e for e in exacts if e is not None))
        inner = None if any(n is None for n in needs) else frozenset().union(*(n for n in needs if n is not None))
        return piece, inner
    if op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT, _SRE.POSSESSIVE_REPEAT):
        low, high, sub = av
        sub_exact, sub_needs = _needs_of(sub, icase, mode)
        if high == 1 and sub_exact is not None:
            return sub_exact | (frozenset([""]) if low == 0 else frozenset()), None
        if low > 0:
            return None, (sub_needs if sub_exact is None else mode(sub_exact))
    return None, None  # any character, a category, a group reference...


def _required(pattern: re.Pattern[str], mode: _NeedMode) -> frozenset[str] | None:
    if _SRE_PARSER is None:
        return None  # pragma: no cover - another Python's layout
    parsed = _SRE_PARSER.parse(pattern.pattern, pattern.flags)
    return _needs_of(parsed, bool(parsed.state.flags & re.IGNORECASE), mode)[1]


def required_pieces(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which the lower case of every match of ``pattern`` holds (None: none known).

    Read from the pattern's own parse (literal runs, small classes and optional pieces spelled out, the best run of
    each alternative kept), so a word added to the pattern is in the answer: a passage whose lower case holds none
    of them has no match (when :func:`plain_lower` is not None: a letter that case-insensitive matching folds apart
    defeats the test).
    """
    pieces = _required(pattern, _as_pieces)
    return None if pieces is None else tuple(sorted(pieces))


def minimal_pieces(pieces: Iterable[str]) -> tuple[str, ...]:
    """``pieces`` without those that hold another of them ("beat" stands for "beaten" and "beating"), shortest first.

    ``holds_any(passage, minimal_pieces(pieces))`` answers what ``holds_any(passage, pieces)`` answers (a passage
    holding a piece holds every piece within it) with fewer substring tests: most passages hold none, and each
    piece is then looked for in vain.
    """
    out: list[str] = []
    for piece in sorted(set(pieces), key=lambda p: (len(p), p)):
        if not any(kept in piece for kept in out):
            out.append(piece)
    return tuple(out)


def proves_hints(pattern: re.Pattern[str], hints: Iterable[str]) -> bool:
    """Whether every match of ``pattern`` holds (in lower case) one of ``hints`` (lower case), as read from its
    parse: the proof that a hand-written pre-test ``holds_any(passage.lower(), hints)`` skips no match."""
    hints = tuple(hints)

    def covered(strings: frozenset[str]) -> frozenset[str] | None:
        pieces = _as_pieces(strings)
        if pieces is None or not all(holds_any(piece, hints) for piece in pieces):
            return None
        return frozenset(["held"])

    return _required(pattern, covered) is not None


# Global inline flags ("(?i)") must begin a pattern: one made of some of the alternatives could not keep them there.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


UNGUARDED: dict[re.Pattern[str], re.Pattern[str]] = {}
"""Each pattern :func:`first_char_guard` made, with the pattern it guards (for the tests that compare them)."""


def first_char_guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead for the characters its matches can begin with (read from its parse).

    A search tries the whole pattern at every position of the text; behind the look-ahead, a position whose
    character begins no alternative is passed over at the cost of one class test. The matches, their spans and
    groups are those of ``pattern`` (a look-ahead takes no characters and no group number). ``pattern`` itself is
    returned when any character may begin a match (a class like ``\\w``, a negated class, an empty match).
    """
    if _SRE_PARSER is None or _GLOBAL_FLAGS.match(pattern.pattern) or pattern.flags & re.VERBOSE:
        return pattern  # (a verbose pattern may end in a comment that would swallow the closing bracket)
    first, empty = _first_chars(_SRE_PARSER.parse(pattern.pattern, pattern.flags), categories=False)
    if first is None or empty or not first.isdisjoint(_WIDE_CATEGORIES):  # (a word or any non-space: no gain)
        return pattern
    chars = sorted({case for char in first if len(char) == 1 for case in (char, char.upper()) if len(case) == 1})
    escaped = "".join(_escaped(char) for char in chars)
    escaped += "".join(sorted(escape for escape in first if len(escape) > 1))  # "\\d": a category
    guarded = re.compile(f"(?=[{escaped}])(?:{pattern.pattern})", pattern.flags)
    UNGUARDED[guarded] = pattern
    return guarded


def _escaped(char: str) -> str:
    return f"\\u{ord(char):04x}" if ord(char) < 0x10000 else f"\\U{ord(char):08x}"


class ByFirstChar:
    """A pattern of many top-level alternatives matched at a position with only those that can begin there.

    The characters each alternative can begin with are read from the pattern itself (the parse ``re.compile``
    runs; zero-width assertions skipped, optional pieces looked through, any doubt read as "any character"), so an
    alternative added to the pattern is tried wherever it can match: ``match(text, pos)`` answers what
    ``pattern.match(text, pos)`` answers, with the same group names, at a fraction of the cost on a pattern of
    dozens of alternatives. A character beyond ASCII and Arabic (or the end of the text) gets the whole pattern.

    An alternative that is one named group of alternatives (a family of words, ``(?P<t3>rioting|stormed)``) is
    tried with the group's own alternatives that can begin there, in their order, under the same name: the first
    that matches is the one the whole pattern would take (the others cannot begin at that character).
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._alternatives = _top_level_alternatives(pattern.pattern)
        self._by_char: dict[str, tuple[int, ...]] = {}
        self._anywhere: tuple[int, ...] = ()
        self._compiled: dict[tuple[tuple[int, tuple[int, ...] | None], ...], re.Pattern[str] | None] = {}
        # alternative -> the opening of its named group, the group's alternatives and what each can begin with
        self._inner: dict[int, tuple[str, list[str], list[_FirstChars]]] = {}
        # The pattern to try at each character seen (ASCII and Arabic only; filled when first needed).
        self.by_char: dict[str, re.Pattern[str] | None] = {}
        self._enabled = False
        if (
            _SRE_PARSER is None
            or "|".join(self._alternatives) != pattern.pattern
            or _GLOBAL_FLAGS.match(pattern.pattern)
            or pattern.flags & (re.ASCII | re.VERBOSE)
        ):
            return  # (global flags "(?i)" must stay at the start of any pattern made of some alternatives)
        firsts: list[_FirstChars] = []
        for alternative in self._alternatives:
            parsed = _SRE_PARSER.parse(alternative, pattern.flags)
            if _has_group_reference(parsed):
                return  # group numbers would change in a pattern of some alternatives only
            first, empty = _first_chars(parsed)
            firsts.append(None if empty else first)
            inner = _group_branches(alternative, parsed, pattern.flags)
            if inner is not None:
                self._inner[len(firsts) - 1] = inner
        self._anywhere = tuple(i for i, first in enumerate(firsts) if first is None)
        chars = {char for first in firsts if first is not None for char in first}
        for char in chars:
            self._by_char[char] = tuple(i for i, first in enumerate(firsts) if first is None or char in first)
        self._enabled = True

    def _branches(self, i: int, char: str) -> tuple[int, ...] | None:
        """The alternatives of the named group that alternative ``i`` is which can begin with ``char`` (None: the
        alternative is no such group, or all of them can)."""
        inner = self._inner.get(i)
        if inner is None:
            return None
        chosen = tuple(j for j, first in enumerate(inner[2]) if first is None or char in first)
        return None if len(chosen) == len(inner[1]) else chosen

    def _source(self, i: int, branches: tuple[int, ...] | None) -> str:
        if branches is None:
            return self._alternatives[i]
        opening, inner, _ = self._inner[i]
        return opening + "|".join(inner[j] for j in branches) + ")"

    def _pattern_of(self, alternatives: tuple[int, ...], char: str = "") -> re.Pattern[str] | None:
        key = tuple((i, self._branches(i, char)) for i in alternatives)
        if key not in self._compiled:  # compiled when first needed (a few characters begin most words)
            whole = len(alternatives) == len(self._alternatives) and all(b is None for _, b in key)
            joined = "|".join(self._source(i, branches) for i, branches in key)
            self._compiled[key] = self.pattern if whole else re.compile(joined, self.pattern.flags) if key else None
        return self._compiled[key]

    def for_char(self, char: str) -> re.Pattern[str] | None:
        """The pattern of the alternatives that can begin with ``char`` (None: none can); the whole pattern for a
        character beyond ASCII and Arabic. Kept in :attr:`by_char` (ASCII and Arabic only: a few hundred)."""
        if not (self._enabled and (char < "\x80" or "\u0600" <= char <= "\u06ff")):
            return self.pattern
        low = char.lower()
        pattern = self._pattern_of(self._by_char.get(low, self._anywhere), low)
        self.by_char[char] = pattern  # (one key's assignment: atomic, concurrent threads stay correct)
        return pattern

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``pattern.match(text, pos, endpos)``, trying only the alternatives that can begin at ``text[pos]``."""
        stop = len(text) if endpos is None else endpos
        if pos >= stop:
            return self.pattern.match(text, pos, stop)
        char = text[pos]
        pattern = self.by_char[char] if char in self.by_char else self.for_char(char)
        return None if pattern is None else pattern.match(text, pos, stop)


_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>(.*)\)", re.DOTALL)


def _group_branches(alternative: str, parsed: Any, flags: int) -> tuple[str, list[str], list[_FirstChars]] | None:
    """``alternative`` as one named group of alternatives: the group's opening, its alternatives and the characters
    each can begin with (None: the alternative is something else)."""
    whole = _NAMED_GROUP.fullmatch(alternative)
    if whole is None or len(parsed) != 1 or parsed[0][0] is not _SRE.SUBPATTERN:  # (one group: its bracket closes it)
        return None
    body = whole.group(2)
    branches = _top_level_alternatives(body)
    if len(branches) < 2 or "|".join(branches) != body:
        return None
    firsts: list[_FirstChars] = []
    for branch in branches:
        first, empty = _first_chars(_SRE_PARSER.parse(branch, flags))
        firsts.append(None if empty else first)
    return f"(?P<{whole.group(1)}>", branches, firsts


def match_at_anchors(
    pattern: re.Pattern[str] | ByFirstChar,
    text: str,
    tokens: list[Token],
    hit: Callable[[Token], bool] | AnchorCache,
    *,
    start: int = 0,
    end: int | None = None,
) -> list[re.Match[str]]:
    """Matches of ``pattern`` beginning at the words for which ``hit`` is true (non-overlapping).

    Every alternative of ``pattern`` must begin at a word that ``hit`` accepts; an Arabic word is also
    tried after up to three letters of clitics ("و", "بال" ...). Trying a big pattern at a few word
    starts costs a small fraction of scanning every position of the text.
    """
    stop = len(text) if end is None else end
    out: list[re.Match[str]] = []
    done = start
    # A pattern of many alternatives is tried with those that can begin at the position's character (the answer of
    # ``ByFirstChar.match``, without its call at every word).
    by_char = pattern.by_char if isinstance(pattern, ByFirstChar) else None
    if isinstance(hit, AnchorCache):
        tokens, starts = hit.anchors_and_starts(tokens)
        first = bisect_left(starts, start)
        test: Callable[[Token], bool] | None = None
    else:
        test = hit
        first = bisect_left(tokens, start, key=lambda t: t.start)
    for i in range(first, len(tokens)):  # by index: no copy of the list's tail
        tok = tokens[i]
        if tok.start >= stop:
            break
        if tok.start < done or (test is not None and not test(tok)):
            continue
        offsets = range(min(4, tok.end - tok.start)) if "\u0621" <= text[tok.start] <= "\u064a" else (0,)
        for offset in offsets:
            pos = tok.start + offset
            if by_char is None or pos >= stop:
                found = pattern.match(text, pos, stop)
            else:
                char = text[pos]
                part = by_char[char] if char in by_char else pattern.for_char(char)  # type: ignore[union-attr]
                found = None if part is None else part.match(text, pos, stop)
            if found is not None and found.end() > found.start():
                out.append(found)
                done = found.end()
                break
    return out


def phrase_key(name: str) -> tuple[str, ...]:
    """Return the token sequence a name matches (same folding as :func:`tokenize`)."""
    return tuple(tok.key for tok in tokenize(name))


@dataclass(frozen=True)
class Match(Generic[T]):
    """A phrase found in a text: token range, character span and the payloads of its key."""

    first: int
    last: int
    start: int
    end: int
    payloads: tuple[T, ...]


class PhraseIndex(Generic[T]):
    """A token trie mapping phrases (names, aliases) to payloads, built once and reused."""

    def __init__(self) -> None:
        self._root: dict[str, object] = {}

    def add(self, name: str, payload: T) -> None:
        """Index ``name`` (folded into tokens) so that it yields ``payload`` when found."""
        key = phrase_key(name)
        if not key:
            return
        node = self._root
        for tok in key:
            child = node.get(tok)
            if child is None:
                child = {}
                node[tok] = child
            assert isinstance(child, dict)
            node = child
        found = node.setdefault(_END, [])
        assert isinstance(found, list)
        if payload not in found:
            found.append(payload)

    def _walk(self, tokens: list[Token], i: int, first_key: str) -> tuple[int, list[T]] | None:
        node = self._root.get(first_key)
        best: tuple[int, list[T]] | None = None
        j = i
        while isinstance(node, dict):
            end = node.get(_END)
            if end:
                best = (j, end)
            j += 1
            if j >= len(tokens):
                break
            nxt = node.get(tokens[j].key)
            if nxt is None and tokens[j].alt != tokens[j].key:
                nxt = node.get(tokens[j].alt)
            node = nxt
        return best

    def find(self, tokens: list[Token]) -> list[Match[T]]:
        """Return the leftmost-longest, non-overlapping matches in a token list."""
        out: list[Match[T]] = []
        root = self._root
        i = 0  # the first token not yet inside a match
        # (the tokens that can begin a phrase, found in one comprehension: most words begin none)
        for j in [k for k, tok in enumerate(tokens) if tok.key in root or tok.alt in root]:
            if j < i:
                continue
            tok = tokens[j]
            best = self._walk(tokens, j, tok.key)
            if best is None and tok.alt != tok.key:
                best = self._walk(tokens, j, tok.alt)
            if best is None:
                continue
            last, payloads = best
            out.append(Match(j, last, tok.start, tokens[last].end, tuple(payloads)))
            i = last + 1
        return out


_ARABIC_CHAR = re.compile(r"[\u0600-\u06ff]")
_LATIN_CHAR = re.compile(r"[A-Za-z]")


def _top_level_alternatives(pattern: str) -> list[str]:
    """The top-level ``|`` alternatives of a regular expression (groups, classes and escapes kept whole)."""
    out: list[str] = []
    current: list[str] = []
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append("".join(current))
            current = []
            continue
        current.append(ch)
    out.append("".join(current))
    return out


# The only characters that a case-insensitive pattern of ASCII words matches and ``str.lower`` does not fold to that
# ASCII letter ("İ" lowers to two characters, "ı", "ſ" and the Kelvin sign match "i", "s", "k" under IGNORECASE).
_FOLD_SPECIAL = re.compile("[\u0130\u0131\u017f\u212a]")


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether one of ``words`` is a substring of ``text``: ``any(word in text for word in words)`` without a
    generator stepped in Python for each word (the pre-tests ask it of every sentence)."""
    return any(map(text.__contains__, words))


def plain_lower(text: str, pos: int = 0, endpos: int | None = None) -> str | None:
    """``text[pos:endpos]`` in lower case, or None when it holds a letter that case-insensitive matching folds apart.

    When it is not None, a case-insensitive regular expression made of ASCII words matches the passage exactly when
    one of its words is a substring of the answer: a cheap test of whether the pattern can match at all.
    """
    passage = text[pos:endpos]
    # (the four letters are beyond ASCII: a passage of ASCII alone, told by a flag the string keeps, has none)
    return passage.lower() if passage.isascii() or not _FOLD_SPECIAL.search(passage) else None


_Reading = tuple[bool, bool, str | None]
_last_reading: tuple[str, int, int, _Reading] | None = None


def _passage_reading(text: str, pos: int, endpos: int) -> _Reading:
    """Whether ``text[pos:endpos]`` holds Arabic and Latin letters, and the passage in lower case as
    :func:`plain_lower` gives it (None when it holds a letter that case-insensitive matching folds apart).

    The rules ask this of the same sentence for several patterns in a row: the last passage's reading is kept
    (one entry; replacing the tuple is atomic, so concurrent threads stay correct, at worst they recompute).
    """
    global _last_reading
    last = _last_reading
    if last is not None and last[0] is text and last[1] == pos and last[2] == endpos:
        return last[3]
    passage = text[pos:endpos]
    reading: _Reading
    if passage.isascii():  # (a flag the string keeps: no Arabic letter, none of the letters folded apart)
        reading = (False, bool(_LATIN_CHAR.search(passage)), passage.lower())
    else:
        low = None if _FOLD_SPECIAL.search(passage) else passage.lower()
        reading = (bool(_ARABIC_CHAR.search(passage)), bool(_LATIN_CHAR.search(passage)), low)
    _last_reading = (text, pos, endpos, reading)
    return reading


# Every character a case-insensitive pattern can match to an ASCII letter ("İ", "ı", "ſ" and the Kelvin sign too).
_LATIN_OR_FOLDED = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")


_MARKS = "[\u064b-\u0652\u0670]*"
_QUANTIFIER_START = "?*+{"


def _lookbehind_end(pattern: str, i: int) -> int:
    """The index just after the group opening at ``pattern[i]`` (a look-behind: copied as written)."""
    depth = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
            continue
        depth += (char == "(") - (char == ")")
        i += 1
        if depth == 0:
            return i
    return i


def _class_end(pattern: str, i: int) -> int:
    """The index just after the character class opening at ``pattern[i]``."""
    i += 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _quantifier_end(pattern: str, i: int) -> int:
    """The index after a quantifier (and its lazy or possessive mark) starting at ``pattern[i]``, or ``i``."""
    if i >= len(pattern) or pattern[i] not in _QUANTIFIER_START:
        return i
    if pattern[i] == "{":
        close = pattern.find("}", i)
        if close < 0:
            return i
        i = close + 1
    else:
        i += 1
    return i + 1 if i < len(pattern) and pattern[i] in "?+" else i


def with_vowel_marks(pattern: str) -> str:
    """``pattern`` with Arabic vowel marks (harakat, shadda, dagger alef) allowed after each Arabic letter.

    "تجمّع" and "تظاهَر" are "تجمع" and "تظاهر" written with marks: the pattern's Arabic words match them. Letters in
    character classes and look-behinds (which must keep a fixed width) are left as written; a letter's quantifier
    stays with it ("ة?" becomes "ة?[marks]*").
    """
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif char == "[":
            end = _class_end(pattern, i)
            out.append(pattern[i:end])
            i = end
        elif pattern.startswith(("(?<!", "(?<="), i):
            end = _lookbehind_end(pattern, i)
            out.append(pattern[i:end])
            i = end
        elif "\u0621" <= char <= "\u064a":
            end = _quantifier_end(pattern, i + 1)
            out.append(pattern[i:end] + _MARKS)
            i = end
        else:
            out.append(char)
            i += 1
    return "".join(out)


class CueHalves:
    """A pattern ``(?:ENGLISH|ARABIC)TAIL`` whose English cues all need a Latin letter and Arabic cues an Arabic one.

    ``found(passage)`` answers what ``pattern.search(passage) is not None`` answers, trying only the half (cues
    with the tail) whose script the passage holds: a short window before a word ("called for" ... "protests")
    is searched by the tens of English or the tens of Arabic cues, not both, at each position.
    """

    def __init__(self, english: str, arabic: str, tail: str, flags: int = 0) -> None:
        self.pattern = re.compile(f"(?:{english}|{arabic}){tail}", flags)
        self._english = first_char_guard(re.compile(f"(?:{english}){tail}", flags))
        self._arabic = first_char_guard(re.compile(f"(?:{arabic}){tail}", flags))

    def found(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether :attr:`pattern` matches somewhere in ``text[pos:endpos]`` (searched as ``pattern.search`` does)."""
        stop = len(text) if endpos is None else endpos
        if _LATIN_OR_FOLDED.search(text, pos, stop) and self._english.search(text, pos, stop):
            return True
        return bool(_ARABIC_CHAR.search(text, pos, stop)) and self._arabic.search(text, pos, stop) is not None


def _passes(pieces: tuple[str, ...] | None, low: str | None) -> bool:
    """Whether a passage (its lower case from :func:`_passage_reading`) may hold a match of a part every match of
    which holds one of ``pieces`` (None: nothing known)."""
    return pieces is None or low is None or holds_any(low, pieces)


def _minimal(pieces: tuple[str, ...] | None) -> tuple[str, ...] | None:
    return None if pieces is None else minimal_pieces(pieces)


def _joined(alternatives: list[re.Pattern[str]], flags: int) -> re.Pattern[str] | None:
    """The alternatives as one pattern (behind :func:`first_char_guard`), or None when there are none."""
    return first_char_guard(re.compile("|".join(alt.pattern for alt in alternatives), flags)) if alternatives else None


class ByScript:
    """A big English-and-Arabic pattern split into its English and its Arabic alternatives.

    A sentence is searched only with the alternatives of the scripts it holds: an English sentence never
    tries the Arabic words at each position, nor the reverse (several times faster on long word lists).
    Everything is read from the pattern's own parse (:func:`required_pieces`), so a word a rule writer adds cannot
    make a test wrong: an alternative every match of which holds an Arabic letter goes with the Arabic part, one
    every match of which holds a Latin letter with the Latin part, any other with both. A passage is searched with a
    part only when its lower case holds one of the strings every match of that part holds.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        arabic: list[re.Pattern[str]] = []
        latin: list[re.Pattern[str]] = []
        for alt in _top_level_alternatives(pattern.pattern):
            compiled = re.compile(alt, pattern.flags)
            pieces = required_pieces(compiled)
            is_arabic = pieces is not None and all(_ARABIC_CHAR.search(piece) for piece in pieces)
            is_latin = pieces is not None and all(_LATIN_CHAR.search(piece) for piece in pieces)
            if not is_latin:  # Arabic or either: the Arabic part
                arabic.append(compiled)
            if not is_arabic:  # Latin or either: the Latin part
                latin.append(compiled)
        self.pattern = pattern
        self._arabic = _joined(arabic, pattern.flags)
        self._latin = _joined(latin, pattern.flags)
        # What every match of a part holds: a passage holding none of it is not searched with that part.
        self.arabic_pieces = _minimal(None if self._arabic is None else required_pieces(self._arabic))
        self.latin_pieces = _minimal(None if self._latin is None else required_pieces(self._latin))

    def _parts(self, text: str, pos: int, endpos: int) -> list[re.Pattern[str]]:
        has_arabic, has_latin, low = _passage_reading(text, pos, endpos)
        parts = []
        if self._arabic is not None and has_arabic and _passes(self.arabic_pieces, low):
            parts.append(self._arabic)
        if self._latin is not None and (not has_arabic or has_latin) and _passes(self.latin_pieces, low):
            parts.append(self._latin)
        return parts

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        """Every match in ``text[pos:endpos]``, by start (the alternatives of the scripts that passage holds)."""
        stop = len(text) if endpos is None else endpos
        parts = self._parts(text, pos, stop)
        if not parts:  # (most passages: nothing to search)
            return []
        if len(parts) == 1:
            return list(parts[0].finditer(text, pos, stop))
        return sorted((m for part in parts for m in part.finditer(text, pos, stop)), key=lambda m: m.start())

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]`` (the one starting first), or None."""
        stop = len(text) if endpos is None else endpos
        parts = self._parts(text, pos, stop)
        if len(parts) < 2:
            return parts[0].search(text, pos, stop) if parts else None
        found = [m for part in parts if (m := part.search(text, pos, stop)) is not None]
        return min(found, key=lambda m: m.start()) if found else None
