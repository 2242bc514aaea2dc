"""Find any of thousands of names in a text in one pass over its words.

A regex alternation of every province, country and organisation alias tries
each alternative at each character and made extraction twenty times too
slow. Instead names are indexed by their words; the text is split into
words once and each word that can start a name is extended while the gaps
between words are ones a name may contain (a space, a dash, a dot, an
apostrophe), so "Bà Rịa - Vũng Tàu" also matches "Bà Rịa- Vũng Tàu" and
"TP.HCM" also matches "TP. HCM".
"""

from __future__ import annotations

import re
from itertools import accumulate
from dataclasses import dataclass
from typing import Generic, Iterable, Mapping, TypeVar

_WORD = re.compile(r"[^\W_]+")
_WORD_SPLIT = re.compile(r"([^\W_]+)")
_LAST_WORD = re.compile(r"([^\W_]+)[\s.]*\Z")
_JOIN = re.compile(r"\s+|\s*[-\u2010-\u2015]\s*|\.\s*|['’]")

T = TypeVar("T")


@dataclass(frozen=True)
class Match(Generic[T]):
    start: int
    end: int
    value: T


class Words:
    """The words of a text and where each starts and ends.

    Built from C loops only (a split and running sums of lengths): a text
    has hundreds of words and names start at a handful of them.
    """

    __slots__ = ("strings", "_offsets")

    def __init__(self, text: str) -> None:
        parts = _WORD_SPLIT.split(text)  # separator, word, separator, word, …, separator
        self.strings: list[str] = parts[1::2]
        self._offsets = list(accumulate(map(len, parts)))

    def start(self, index: int) -> int:
        return self._offsets[2 * index]

    def end(self, index: int) -> int:
        return self._offsets[2 * index + 1]


def words(text: str) -> Words:
    return Words(text)


def casefold_all(strings: list[str]) -> list[str]:
    """Every word casefolded, in one pass of C (words hold no NUL)."""
    return "\x00".join(strings).casefold().split("\x00") if strings else []


class NameMatcher(Generic[T]):
    """Longest-first, non-overlapping matches of known names in a text."""

    def __init__(self, names: Mapping[str, T] | Iterable[str], *, casefold: bool = False) -> None:
        self.casefold = casefold
        values = names if isinstance(names, Mapping) else {name: name for name in names}
        self.index: dict[tuple[str, ...], T] = {}
        for name, value in values.items():
            key = tuple(self._fold(w) for w in _WORD.findall(name))
            if key:
                self.index.setdefault(key, value)
        self.prefixes = {key[:n] for key in self.index for n in range(1, len(key) + 1)}
        self.firsts = {key[0] for key in self.index}
        self.lasts = {key[-1] for key in self.index}
        self.longest = max((len(k) for k in self.index), default=0)

    def _fold(self, word: str) -> str:
        return word.casefold() if self.casefold else word

    def find(self, text: str, tokens: Words | None = None, folded: list[str] | None = None) -> list[Match[T]]:
        """Matches in `text`. Several matchers reading one text share its
        `words()` (and, for a casefold matcher, the casefolded strings)."""
        spans = words(text) if tokens is None else tokens
        plain = spans.strings
        if folded is None:
            folded = casefold_all(plain) if self.casefold else plain
        firsts, prefixes, index, longest = self.firsts, self.prefixes, self.index, self.longest
        found: list[Match[T]] = []
        if firsts.isdisjoint(folded):
            return found
        count = len(folded)
        resume = 0
        for i in [i for i, w in enumerate(folded) if w in firsts]:
            if i < resume:
                continue
            key: tuple[str, ...] = (folded[i],)
            best, best_key = (i, key) if key in index else (None, key)
            j = i
            while key in prefixes and j + 1 < count and len(key) < longest:
                if not _JOIN.fullmatch(text, spans.end(j), spans.start(j + 1)):
                    break
                j += 1
                key = (*key, folded[j])
                if key in index:
                    best, best_key = j, key
            if best is not None:
                found.append(Match(spans.start(i), spans.end(best), index[best_key]))
                resume = best + 1
        return found

    def ending_at(self, text: str, end: int, window: int = 64) -> int | None:
        """Start of the longest name that ends right before `end` (spaces
        and a final dot aside), or None."""
        last = _LAST_WORD.search(text, max(0, end - 24), end)
        if last is None or self._fold(last.group(1)) not in self.lasts:
            return None  # the usual case, found without splitting words
        stop = last.end(1)
        base = max(0, stop - window)
        spans = list(_WORD.finditer(text, base, stop))
        if not spans or spans[-1].end() != stop:
            return None
        folded = [m.group().casefold() if self.casefold else m.group() for m in spans[-self.longest:]]
        found = None
        last = len(folded) - 1
        for size in range(1, len(folded) + 1):
            first = last - size + 1
            if size > 1 and not _JOIN.fullmatch(text, spans[first - len(folded)].end(), spans[first + 1 - len(folded)].start()):
                break
            if tuple(folded[first:]) in self.index:
                found = spans[first - len(folded)].start()
        return found
