"""Find any of thousands of names in a text in one pass of C.

A regex alternation of every province, country and organisation alias tries
each alternative at each character and made extraction twenty times too
slow; a Python loop over the words of each text was the next bottleneck.
Instead the names are compiled into one regex shaped as a trie: words
branch on their letters, so at each position the engine follows one path,
and the first letters let it skip every position no name can start at.
Between words a name may hold a space, a dash, a dot or an apostrophe, so
"Bà Rịa - Vũng Tàu" also matches "Bà Rịa- Vũng Tàu" and "TP.HCM" also
matches "TP. HCM". The trie prefers going on to stopping, which gives the
longest name at each start.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Generic, Iterable, Mapping, NamedTuple, Sequence, TypeVar

_WORD = re.compile(r"[^\W_]+")
_TRAIL_AND_WORD = re.compile(r"[\s.]*+([^\W_]+)")  # matched on reversed text: spaces and dots, then the word before them
_GAP_AND_WORD = re.compile(r"(\W*)([^\W_]+)")  # matched on reversed text: the gap, then the word before it
_JOIN = re.compile(r"\s+|\s*[-\u2010-\u2015]\s*|\.\s*|['’]")
# The names compile to a loose regex: anything that is not a letter may
# stand between words, and where the last word ends is not checked. It
# compiles to a quarter of the code of one that checks (95 KB against 348 KB
# for the countries) and runs faster. The few loose matches whose gaps or
# end fail ("Việt, Nam": a comma is no _JOIN; "Hà Namx": a letter follows)
# are walked again word by word.
_LOOSE_JOIN = r"\W++"  # possessive: a word follows, and it cannot start with a non-word character
_WORD_SPLIT = re.compile(r"([^\W_]+)")


def _separator_class() -> str:
    """A regex class of what a name may follow: every character that is no
    letter or digit (not str.isalnum), as ranges of the first plane, and
    all of the others (find() checks those few itself). Listed, not \\W:
    the engine tests a listed class from a table, a category by a lookup
    of each character's properties."""
    ranges: list[str] = []
    first = None
    for code in range(0x10001):
        inside = code < 0x10000 and not chr(code).isalnum() and not 0xD800 <= code < 0xE000
        if inside and first is None:
            first = code
        elif not inside and first is not None:
            ranges.append(re.escape(chr(first)) + ("-" + re.escape(chr(code - 1)) if code - 1 > first else ""))
            first = None
    return f"[{''.join(ranges)}\U00010000-\U0010ffff]"


SEPARATOR = _separator_class()

T = TypeVar("T")


class Match(NamedTuple, Generic[T]):
    """A tuple, not a dataclass: a build makes millions and a frozen
    dataclass costs three times as much to create. Hot loops build it with
    tuple.__new__: the generated __new__ is a Python function that costs
    three times as much again."""

    start: int
    end: int
    value: T


_Trie = dict  # word -> _Trie; the key None marks the end of a name
_UNSEEN, _REFUSED, _BLOCKED = object(), object(), object()


def _names_regex(trie: _Trie) -> str:
    """The names of a trie as a regex; one that never matches for none."""
    return _trie_pattern(trie) if trie else r"(?!x)x"


def _trie_pattern(trie: _Trie) -> str:
    """The words of one trie level as a regex, each followed by the rest."""
    branches = []
    for word, child in trie.items():
        if word is None:
            continue
        rest = ""
        if any(key is not None for key in child):
            optional = "?" if None in child else ""
            rest = f"(?:{_LOOSE_JOIN}{_trie_pattern(child)}){optional}"
        branches.append((word, rest))
    return _letter_trie(branches)


def _letter_trie(branches: list[tuple[str, str]]) -> str:
    """An alternation of (word, what follows it) that branches letter by
    letter, so the engine never tries two words with different letters."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for word, rest in branches:
        groups.setdefault(word[:1], []).append((word[1:], rest))
    alternatives = []
    for letter in sorted(groups, key=lambda letter: (letter == "", letter)):  # a word ending here goes last
        group = groups[letter]
        if letter == "":
            alternatives.append(group[0][1])
        elif len(group) == 1:
            alternatives.append(re.escape(letter + group[0][0]) + group[0][1])
        else:
            alternatives.append(re.escape(letter) + _letter_trie(group))
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"


@functools.lru_cache(maxsize=512)
def _last_word(text: str, end: int) -> tuple[str, str, int, int] | None:
    """The word right before `end` (spaces and dots aside), within 24
    characters: as written, casefolded, where it starts and where it ends.

    Kept for the next question: one name is looked back from by several
    matchers (honorifics, ranks, titles, places) at the same position.
    """
    base = max(0, end - 24)
    last = _TRAIL_AND_WORD.match(text[base:end][::-1])  # read backwards: a regex anchored at the end tries every position
    if last is None:
        return None
    start, stop = end - last.end(1), end - last.start(1)
    word = text[start:stop]
    return word, word.casefold(), start, stop


@functools.lru_cache(maxsize=256)
def _spaced(text: str) -> str:
    """The lowered text after a space: what a casefold matcher's regex reads,
    each name after the character before it (see NameMatcher._loose)."""
    return " " + _lowered(text)


_LOWERED: dict[str, str] = {}  # text -> _lower(text), for the texts of one document


def _lowered(text: str) -> str:
    """_lower(text), kept: the position titles are looked for in the same
    paragraphs many times. A dict, not an lru_cache: a LookBack asks
    whether a text is kept (see _read_back)."""
    lowered = _LOWERED.get(text)
    if lowered is None:
        if len(_LOWERED) >= 256:
            _LOWERED.clear()
        lowered = _LOWERED[text] = _lower(text)
    return lowered


def _lower(text: str) -> str:
    """The text in lower case, letter for letter: a letter whose lower case
    is longer ("İ") stays as it is, so positions stay the same."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(letter if len(letter.lower()) != 1 else letter.lower() for letter in text)


def _read_back(text: str, size: int) -> str:
    """text[:size] lowered, read backwards: what a LookBack reads, up to
    the last point it reads back from. Half the paragraphs it reads were
    never lowered for titles; for them only that part is lowered. Which
    is the same letters: a letter's lower case depends on what follows it
    only for "Σ" (final "ς")."""
    lowered = _LOWERED.get(text)
    if lowered is None:
        head = text[:size]
        lowered = _lowered(text) if "Σ" in head else _lower(head)
    return lowered[size - 1::-1] if size else ""


def forget_texts() -> None:
    """Drop the words remembered by text and position. The memory serves the
    many questions asked about one document; an answer must never come from
    another document's text (repeated paragraphs would flatter a benchmark)."""
    _last_word.cache_clear()
    _LOWERED.clear()
    _spaced.cache_clear()


def _word_before(text: str, start: int) -> tuple[str, str, int] | None:
    """The word before the one starting at `start`, if a name's gap
    (_JOIN) separates them: as written, casefolded, and where it starts."""
    base = max(0, start - 24)
    previous = _GAP_AND_WORD.match(text[base:start][::-1])  # read backwards, as in _last_word
    if previous is None or not _JOIN.fullmatch(previous.group(1)[::-1]):
        return None
    word = previous.group(2)[::-1]
    return word, word.casefold(), start - previous.end()


class NameMatcher(Generic[T]):
    """Longest-first, non-overlapping matches of known names in a text.

    `blocked` names hold a name but are none ("Đường Hồ Chí Minh", "Anh
    em"): they are matched like the others, in the same pass, and dropped,
    and so is whatever they hold.
    """

    def __init__(
        self, names: Mapping[str, T] | Iterable[str], *, casefold: bool = False, blocked: Iterable[str] = ()
    ) -> None:
        self.casefold = casefold
        values: dict[str, object] = dict(names) if isinstance(names, Mapping) else {name: name for name in names}
        # A blocked name led by lower-case words ("tiếng Anh", "đường Hồ Chí
        # Minh") stays out of the regex: its first letters would send the
        # engine into the trie at most words of a text. It is checked
        # only around a name found inside it; see _guard_end.
        guards = [] if casefold else [name for name in blocked if name[:1].islower()]
        self._guards: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for name in guards:
            key = tuple(_WORD.findall(name))
            for index, word in enumerate(key[1:], 1):
                self._guards.setdefault(word, []).append((index, key))
        self._guard_names = NameMatcher(guards) if guards else None
        self.index: dict[tuple[str, ...], T | object] = {}
        trie: _Trie = {}
        unguarded = [name for name in blocked if name not in guards]
        for name, value in [*((name, _BLOCKED) for name in unguarded), *values.items()]:
            written = _WORD.findall(name.lower() if casefold else name)
            key = tuple(self._fold(w) for w in written)
            if key and key not in self.index:
                self.index[key] = value
                node = trie
                for word in written:
                    node = node.setdefault(word, {})
                node[None] = True
        self.lasts = {key[-1] for key in self.index}
        self.prefixes = {key[:n] for key in self.index for n in range(1, len(key) + 1)}
        self.suffixes = {key[n:] for key in self.index for n in range(1, len(key))}
        self.longest = max((len(k) for k in self.index), default=0)
        self._trie = trie
        self._seen: dict[str, T | object] = {}
        self._guarded: set[str] = set()  # names as written whose first word a guard holds

    def _fold(self, word: str) -> str:
        return word.casefold() if self.casefold else word

    @functools.cached_property
    def _loose(self) -> re.Pattern[str]:
        # A casefold matcher reads the lowercased text: a regex with
        # IGNORECASE cannot skip ahead on the names' first letters. Lower-case
        # first letters stand inside most words, and the engine would start
        # on each: the regex starts at the character before a name instead.
        pattern = _names_regex(self._trie)
        return re.compile(f"{SEPARATOR}(?:{pattern})" if self.casefold else pattern)

    def find(self, text: str) -> list[Match[T]]:
        """Every name in `text`, leftmost first, each as long as it goes."""
        if self.casefold:  # the regex reads a space and the lowered text
            haystack, searched, shift = _lowered(text), _spaced(text), 1
        else:
            haystack = searched = text
            shift = 0
        found: list[Match[T]] = []
        search = self._loose.search
        position = 0
        while (match := search(searched, position)) is not None:
            start = match.start()  # the name's start in haystack, the separator's in searched
            end = match.end() - shift
            if start and haystack[start - 1].isalnum():
                position = start + 1  # inside a longer word
                continue
            position = self._take(text, haystack, start, end, position, found)
        return found

    def may_hold(self, text: str, start: int, end: int) -> bool:
        """False when no name stands in text[start:end]; True when one may.
        One search of the slice: an answer without find()'s scan of the
        whole text, for a caller that asks about a few short stretches."""
        if self.casefold:  # the separator before text[start] is _spaced(text)[start]
            return self._loose.search(_spaced(text), start, end + 1) is not None
        return self._loose.search(text, start, end) is not None

    def _take(
        self, text: str, haystack: str, start: int, end: int, position: int, found: list[Match[T]], replay: bool = False
    ) -> int:
        """Settle the loose match text[start:end]: append the name it is, if
        any, to `found`, and return where the search goes on. `position` is
        where the search that found it started; `replay` says it is only a
        lower bound (see NameUnion)."""
        written = text[start:end]
        value = self._seen.get(written, _UNSEEN)
        if value is _UNSEEN:
            value = self._value_of(written)
        if value is _REFUSED or haystack[end:end + 1].isalnum():
            exact_end = self.longest_at(text, start)
            if exact_end is None:
                return start + 1
            written = text[start:exact_end]
            value = self._value_of(written)
            if value is _REFUSED:
                return start + 1
            end = exact_end
        if value is not _BLOCKED:
            if written in self._guarded and (guard_end := self._guard_end(text, start, position, replay)) is not None:
                return guard_end  # the name, and whatever follows within the guard, is dropped
            found.append(tuple.__new__(Match, (start, end, value)))
        return end

    def _guard_end(self, text: str, start: int, floor: int, replay: bool = False) -> int | None:
        """End of a blocked name led by lower-case words that starts at or
        after `floor` and holds the name found at `start`, or None: what the
        regex would have matched first had the guard been in it. With
        `replay`, `floor` is a lower bound, made exact only when it matters."""
        word = _WORD.match(text, start)
        for index, key in self._guards.get(word.group() if word else "", ()):
            begin = start
            for expected in reversed(key[:index]):
                previous = _word_before(text, begin)
                if previous is None or previous[0] != expected:
                    break
                begin = previous[2]
            else:
                if replay and begin >= floor:
                    floor, replay = self._search_start(text, floor, start), False
                end = self._guard_names.longest_at(text, begin) if begin >= floor else None
                if end is not None and end > start:
                    return end
        return None

    def _search_start(self, text: str, floor: int, start: int) -> int:
        """Where this matcher's own search would have started when it found
        `start`, had it been searching from `floor`: past every loose match
        it refused in between (none was taken, or it would be past it).
        Case-sensitive matchers only: only they have guards."""
        while (match := self._loose.search(text, floor)) is not None and match.start() < start:
            floor = match.start() + 1
        return floor

    def longest_at(self, text: str, start: int) -> int | None:
        """End of the longest name (blocked ones too) that starts at `start`,
        its gaps all _JOIN's, or None. Word by word: for one position, and
        for the few loose matches refused."""
        best, key, previous_end = None, (), None
        for word in _WORD.finditer(text, start):
            if previous_end is None and word.start() != start:
                return None
            if previous_end is not None and not _JOIN.fullmatch(text, previous_end, word.start()):
                break
            key = (*key, self._fold(word.group()))
            if key not in self.prefixes:
                break
            if key in self.index:
                best = word.end()
            previous_end = word.end()
        return best

    def _value_of(self, written: str) -> T | object:
        """The value of a name as the text wrote it, or _REFUSED when its
        gaps are no name's. Remembered: a text names the same few
        organisations and places again and again."""
        value = self._seen.get(written, _UNSEEN)
        if value is _UNSEEN:
            if len(self._seen) > 4096:
                self._seen.clear()
                self._guarded.clear()
            parts = _WORD_SPLIT.split(written)  # '', word, gap, word, …, ''
            if all(_JOIN.fullmatch(gap) for gap in parts[2:-1:2]):
                # Lowercase and casefold part ways on a few letters ("ß").
                value = self.index.get(tuple(self._fold(w) for w in parts[1::2]), _REFUSED)
            else:
                value = _REFUSED
            self._seen[written] = value
            if len(parts) > 1 and parts[1] in self._guards:
                self._guarded.add(written)  # a guard may hold it: see _guard_end
        return value

    def ending_at(self, text: str, end: int) -> int | None:
        """Start of the longest name that ends right before `end` (spaces
        and a final dot aside), or None."""
        last = _last_word(text, end)
        form = 1 if self.casefold else 0  # the word as written, or casefolded
        if last is None or last[form] not in self.lasts:
            return None  # the usual case
        start = last[2]
        key: tuple[str, ...] = (last[form],)
        found = start if self.index.get(key, _BLOCKED) is not _BLOCKED else None
        while key in self.suffixes and len(key) < self.longest:
            previous = _word_before(text, start)
            if previous is None:
                break
            start = previous[2]
            key = (previous[form], *key)
            if self.index.get(key, _BLOCKED) is not _BLOCKED:
                found = start
        return found


class LookBack(Generic[T]):
    """The longest name of a case-blind matcher that ends right before a
    point, spaces aside, and after one of the `skipped` words if any stands
    there (the organisation head before "tỉnh <province>").

    One regex match on the lowered text read backwards, from the point:
    the names' words, reversed, compile to a trie as loose as NameMatcher's.
    Asked from each place of a paragraph, ending_at's walk back over words
    in Python cost more than a case-blind scan of the whole paragraph;
    this costs less than either. A name is found as ending_at finds it.
    """

    def __init__(self, matcher: NameMatcher[T], skipped: Iterable[str] = ()) -> None:
        if not matcher.casefold:
            raise ValueError("a look-back reads the lowered text: a case-blind matcher only")
        self.matcher = matcher
        trie: _Trie = {}
        for words in _names_of(matcher._trie):
            node = trie
            for word in reversed(words):
                node = node.setdefault(word[::-1], {})
            node[None] = True
        names = _names_regex(trie)
        skips = "|".join(_backward_words(w) for w in sorted({w.lower() for w in skipped}, key=len, reverse=True))
        skip = rf"(?:(?:{skips})\s*+)?" if skips else ""
        # Read backwards, "not after a letter or digit" comes last.
        self._pattern = re.compile(rf"\s*+{skip}({names})(?![^\W_])")

    def before(self, text: str, ends: Sequence[int]) -> list[Match[T]]:
        """The name right before each of `ends` that has one, leftmost
        first, each once. A name the matcher has seen is taken without a
        call: most are the few heads a text repeats."""
        size = max(ends, default=0)  # the text after the last point is never read
        read, match = _read_back(text, size), self._pattern.match
        seen = self.matcher._seen
        found: dict[int, Match[T]] = {}
        for end in ends:
            loose = match(read, size - end)
            if loose is None:
                continue
            after, before = loose.span(1)  # in the text read backwards
            start, stop = size - before, size - after
            value = seen.get(text[start:stop], _UNSEEN)
            if value is _UNSEEN or value is _REFUSED or value is _BLOCKED:
                name = self._name(text, start, stop)
                if name is None:  # gaps no name has ("ủy ban, nhân dân"): a shorter name may end there
                    start = self.matcher.ending_at(text, stop)
                    name = None if start is None else self._name(text, start, stop)
                if name is not None and name.start not in found:
                    found[name.start] = name
            elif start not in found:
                found[start] = tuple.__new__(Match, (start, stop, value))
        return [found[start] for start in sorted(found)]

    def _name(self, text: str, start: int, end: int) -> Match[T] | None:
        value = self.matcher._value_of(text[start:end])
        if value is _REFUSED or value is _BLOCKED:
            return None
        return tuple.__new__(Match, (start, end, value))


def _names_of(trie: _Trie, words: tuple[str, ...] = ()) -> Iterable[tuple[str, ...]]:
    """The word sequences of a trie's names."""
    for word, child in trie.items():
        if word is None:
            yield words
        else:
            yield from _names_of(child, (*words, word))


def _backward_words(words: str) -> str:
    """Words ("thành phố", "t.p") as a regex of their text read backwards,
    with the gaps gazetteer.name_pattern allows: spaces, a dot and spaces
    after it."""
    return "".join(r"\s+" if c == " " else r"\s*\." if c == "." else re.escape(c) for c in words[::-1])


class NameUnion:
    """The names of several case-sensitive matchers found in one pass.

    Each scan of a text costs a test of every character against the names'
    first letters; places, countries and named organisations were three
    scans of every paragraph. One regex of all their names finds every
    position where a name of any of them starts, and the longest union
    name there; each matcher's own longest name at that position is the
    longest of its names the union name's words begin with. Each matcher
    keeps its own place in the text, so the answers are those of its own
    find(): a country inside an organisation's name is still found.
    """

    def __init__(self, matchers: Sequence[NameMatcher]) -> None:
        if any(matcher.casefold for matcher in matchers):
            raise ValueError("a union reads the text as written: no casefold matcher")
        self.matchers = tuple(matchers)
        trie: _Trie = {}
        for matcher in self.matchers:
            _merge_trie(trie, matcher._trie)
        self._loose = re.compile(_names_regex(trie))
        # A name led by a lower-case word ("saigonchildren") would have the
        # engine try a match at most letters of a text, for a name that
        # few texts hold: the scan leaves such names out unless their first
        # word is in the text.
        self._rare_firsts = tuple(word for word in trie if word is not None and not word[:1].isupper())
        common = {word: child for word, child in trie.items() if word not in self._rare_firsts}
        self._common = re.compile(_names_regex(common))
        self._cuts: dict[str, tuple[tuple[int, int], ...]] = {}

    def find(self, text: str) -> list[list[Match]]:
        """Per matcher, what its find(text) returns."""
        found: list[list[Match]] = [[] for _ in self.matchers]
        resume = [0] * len(self.matchers)
        search, cuts, matchers = self._common.search, self._cuts, self.matchers
        for word in self._rare_firsts:
            if word in text:
                search = self._loose.search
                break
        position = 0
        while (match := search(text, position)) is not None:
            start = match.start()
            position = start + 1  # a name of another matcher may start inside this one
            if start and text[start - 1].isalnum():
                continue  # inside a longer word
            written = match.group()
            # resume[index] may lag behind where the matcher's own search
            # would be: it may have refused a word the union read as a longer
            # one ("bá" of "bán"). Only a guard asks for the exact place.
            for index, cut, value in cuts.get(written) or self._cut(written):
                if start < resume[index]:
                    continue
                end = start + cut
                if value is _UNSEEN or text[end:end + 1].isalnum():
                    resume[index] = matchers[index]._take(text, text, start, end, resume[index], found[index], True)
                else:  # what _take does with a plain name, without the call
                    found[index].append(tuple.__new__(Match, (start, end, value)))
                    resume[index] = end
        return found

    def _cut(self, written: str) -> tuple[tuple[int, int, object], ...]:
        """(matcher, length, value) for each matcher with a name that the
        words of `written` begin with: the longest such name's length in
        `written`, and its value, or _UNSEEN when _take must settle it (a
        name refused, blocked or that a guard may hold). Remembered, as
        NameMatcher._value_of remembers: most matches are plain names,
        which find() takes without a call."""
        parts = _WORD_SPLIT.split(written)  # '', word, gap, word, …, ''
        ends = list(itertools.accumulate(map(len, parts)))[1::2]
        cuts = []
        for index, matcher in enumerate(self.matchers):
            node, best = matcher._trie, None
            for word, end in zip(parts[1::2], ends):
                node = node.get(word)
                if node is None:
                    break
                if None in node:
                    best = end
            if best is not None:
                cuts.append((index, best, _plain_value(matcher, written[:best])))
        if len(self._cuts) > 4096:
            self._cuts.clear()
        self._cuts[written] = found = tuple(cuts)
        return found


def _plain_value(matcher: NameMatcher, written: str) -> object:
    """The value of a name as written, when _take would only append it
    (followed by no letter or digit), else _UNSEEN."""
    value = matcher._value_of(written)
    if value is _REFUSED or value is _BLOCKED or written in matcher._guarded:
        return _UNSEEN
    return value


def _merge_trie(into: _Trie, trie: _Trie) -> None:
    for word, child in trie.items():
        if word is None:
            into[None] = True
        else:
            _merge_trie(into.setdefault(word, {}), child)
