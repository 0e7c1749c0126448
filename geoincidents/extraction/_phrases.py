"""Fast phrase look-up over normalised word tokens (private: shared by geocoding and actors).

A text is tokenised once into words with their character spans; each word is folded with
:func:`geoincidents.gazetteer.names.normalize_name` (cached per distinct word), and standalone articles ("al",
"the", ...) are dropped exactly as ``normalize_name`` drops them from names. A token trie built
once over every alias key then finds all names in one left-to-right pass (leftmost, longest match).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

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


_AR_FIRST = re.compile("[\u0621-\u064a]")


class AnchorCache:
    """The anchor words of the last token list seen (one entry, so a report's words are tested once).

    ``hit`` tests a folded word (a token's ``key`` or ``alt``): each distinct word of a text is tested
    once, however often it occurs. Reading and replacing one tuple attribute is atomic, so concurrent
    threads stay correct (at worst they recompute).
    """

    def __init__(self, hit: Callable[[str], bool]) -> None:
        self._hit = hit
        self._last: tuple[list[Token], list[Token], list[int]] | None = None

    def anchors(self, tokens: list[Token]) -> list[Token]:
        """The tokens of ``tokens`` that ``hit`` accepts, in order."""
        return self.anchors_and_starts(tokens)[0]

    def anchors_and_starts(self, tokens: list[Token]) -> tuple[list[Token], list[int]]:
        """The anchors and their start offsets (for look-ups by position without a key function)."""
        last = self._last
        if last is not None and last[0] is tokens:
            return last[1], last[2]
        hits = {word for word in token_words(tokens) if self._hit(word)}
        found = [tok for tok in tokens if tok.key in hits or tok.alt in hits]
        starts = [tok.start for tok in found]
        self._last = (tokens, found, starts)
        return found, starts


def match_at_anchors(
    pattern: re.Pattern[str],
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
        offsets = range(min(4, tok.end - tok.start)) if _AR_FIRST.match(text, tok.start) else (0,)
        for offset in offsets:
            found = pattern.match(text, tok.start + offset, stop)
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
        i = 0
        n = len(tokens)
        while i < n:
            tok = tokens[i]
            if tok.key not in self._root and tok.alt not in self._root:
                i += 1
                continue
            best = self._walk(tokens, i, tok.key)
            if best is None and tok.alt != tok.key:
                best = self._walk(tokens, i, tok.alt)
            if best is None:
                i += 1
                continue
            last, payloads = best
            out.append(Match(i, last, tok.start, tokens[last].end, tuple(payloads)))
            i = last + 1
        return out


_ARABIC_CHAR = re.compile(r"[\u0600-\u06ff]")
_LATIN_CHAR = re.compile(r"[A-Za-z]")
_LATIN_WORD = re.compile(r"[a-z]+")
_ESCAPE_OR_FLAGS = re.compile(r"\\.|\(\?[a-zA-Z-]*[:)]|\(\?P<\w+>|\(\?<?[=!]")


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


def plain_lower(text: str, pos: int = 0, endpos: int | None = None) -> str | None:
    """``text[pos:endpos]`` in lower case, or None when it holds a letter that case-insensitive matching folds apart.

    When it is not None, a case-insensitive regular expression made of ASCII words matches the passage exactly when
    one of its words is a substring of the answer: a cheap test of whether the pattern can match at all.
    """
    passage = text[pos:endpos]
    return None if _FOLD_SPECIAL.search(passage) else passage.lower()


_Reading = tuple[bool, bool, frozenset[str], str | None]
_last_reading: tuple[str, int, int, _Reading] | None = None


def _passage_reading(text: str, pos: int, endpos: int) -> _Reading:
    """Whether ``text[pos:endpos]`` holds Arabic and Latin letters, its Latin words in lower case, and the passage
    in lower case as :func:`plain_lower` gives it (``""`` for a passage without Latin letters, None when it holds
    a letter that case-insensitive matching folds apart).

    The rules ask this of the same sentence for several patterns in a row: the last passage's reading is kept
    (one entry; replacing the tuple is atomic, so concurrent threads stay correct, at worst they recompute).
    """
    global _last_reading
    last = _last_reading
    if last is not None and last[0] is text and last[1] == pos and last[2] == endpos:
        return last[3]
    has_latin = bool(_LATIN_CHAR.search(text, pos, endpos))
    plain = _FOLD_SPECIAL.search(text, pos, endpos) is None
    low = text[pos:endpos].lower() if has_latin else ""
    words = frozenset(_LATIN_WORD.findall(low)) if has_latin else frozenset()
    reading = (bool(_ARABIC_CHAR.search(text, pos, endpos)), has_latin, words, low if plain else None)
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
        self._english = re.compile(f"(?:{english}){tail}", flags)
        self._arabic = re.compile(f"(?:{arabic}){tail}", flags)

    def found(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether :attr:`pattern` matches somewhere in ``text[pos:endpos]`` (searched as ``pattern.search`` does)."""
        stop = len(text) if endpos is None else endpos
        if _LATIN_OR_FOLDED.search(text, pos, stop) and self._english.search(text, pos, stop):
            return True
        return bool(_ARABIC_CHAR.search(text, pos, stop)) and self._arabic.search(text, pos, stop) is not None


class ByScript:
    """A big English-and-Arabic pattern split into its English and its Arabic alternatives.

    A sentence is searched only with the alternatives of the scripts it holds: an English sentence never
    tries the Arabic words at each position, nor the reverse (several times faster on long word lists).
    Every top-level alternative must be written in one script (or in none: such an alternative goes with
    both parts). ``latin_cues``, when given, are words one of which every match of a Latin alternative holds
    (its first words, or a word it cannot do without): a passage with none of them skips those alternatives.
    ``latin_hints``, when given, are lower-case ASCII strings one of which every match of the Latin part holds
    (case-insensitively, anywhere: "arrest" for "arrest\\w*"): a passage whose lower case holds none of them skips
    those alternatives too (unless it holds a letter that case-insensitive matching folds apart).
    """

    def __init__(
        self,
        pattern: re.Pattern[str],
        latin_cues: frozenset[str] | None = None,
        latin_hints: tuple[str, ...] | None = None,
    ) -> None:
        arabic: list[str] = []
        latin: list[str] = []
        for alt in _top_level_alternatives(pattern.pattern):
            letters = _ESCAPE_OR_FLAGS.sub("", alt)  # "\\b", "\\S", "(?-i:" are no words of either script
            is_arabic, is_latin = bool(_ARABIC_CHAR.search(letters)), bool(_LATIN_CHAR.search(letters))
            if is_arabic or not is_latin:  # Arabic, mixed or neither: the Arabic part
                arabic.append(alt)
            if is_latin or not is_arabic:  # Latin, mixed or neither: the Latin part
                latin.append(alt)
        self.pattern = pattern
        # Words (lower case) one of which every match of a Latin alternative holds: a passage holding none of
        # them is not searched with the Latin alternatives at all (a set look-up instead of a scan).
        self.latin_cues = latin_cues
        self.latin_hints = latin_hints
        self._arabic = re.compile("|".join(arabic), pattern.flags) if arabic else None
        self._latin = re.compile("|".join(latin), pattern.flags) if latin else None

    def _parts(self, text: str, pos: int, endpos: int) -> list[re.Pattern[str]]:
        has_arabic, has_latin, words, low = _passage_reading(text, pos, endpos)
        parts = []
        if self._arabic is not None and has_arabic:
            parts.append(self._arabic)
        if self._latin is not None and (not parts or has_latin):
            cues, hints = self.latin_cues, self.latin_hints
            if (cues is None or not cues.isdisjoint(words)) and (
                hints is None or low is None or any(hint in low for hint in hints)
            ):
                parts.append(self._latin)
        return parts

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        """Every match in ``text[pos:endpos]``, by start (the alternatives of the scripts that passage holds)."""
        stop = len(text) if endpos is None else endpos
        parts = self._parts(text, pos, stop)
        if len(parts) == 1:
            return list(parts[0].finditer(text, pos, stop))
        return sorted((m for part in parts for m in part.finditer(text, pos, stop)), key=lambda m: m.start())

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]`` (the one starting first), or None."""
        stop = len(text) if endpos is None else endpos
        found = [m for part in self._parts(text, pos, stop) if (m := part.search(text, pos, stop)) is not None]
        return min(found, key=lambda m: m.start()) if found else None
