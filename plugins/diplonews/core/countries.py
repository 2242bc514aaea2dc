"""Foreign countries named in an article.

A one-word name (Nga, Mỹ, Pháp, Lào, Đức…) is also a common given name or
word, so it counts only where it stands alone: not inside a run of
capitalised words (a name such as "Nguyễn Phương Nga"), not after an
honorific ("bà Nga"). Beside another name it does count ("Tổng thống Pháp
Emmanuel Macron", "Lào - Campuchia"), and so it does after an acronym or a
word of ``country_after`` ("Trung ương Đảng NDCM Lào"). Pairs such as
"Việt - Nhật" use the short forms of ``pair_forms``.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .document import Document
from .gazetteer import Gazetteer, alternation
from .places import inside_names
from .spans import Span, annotations, is_single_word
from .text import UPPER, regex_fold
from .vocabulary import vocabulary

_CAPITALISED_NEIGHBOUR_BEFORE = re.compile(rf"(?<![^\W\d_])[{UPPER}][^\W\d_]*[ ]\Z")
_CAPITALISED_NEIGHBOUR_AFTER = re.compile(rf"[ ][{UPPER}]")


_LAST_PART = re.compile(r"[^\W_]+[^\w\s]*\Z")  # "mục" of "Tổng Giám mục", "mr." of "Mr."


class _Honorifics(NamedTuple):
    pattern: re.Pattern[str]  # an honorific ending a text, then spaces
    endings: tuple[str, ...]  # how each ends, folded (see text.regex_fold): "ông", "mục", "mr."


@functools.lru_cache(maxsize=4)
def _patterns(gaz: Gazetteer) -> tuple[re.Pattern[str], _Honorifics]:
    shorts = alternation(gaz.pair_forms).pattern
    pairs = re.compile(rf"{vocabulary(gaz).pair_lead}\s*[-\u2010-\u2015]\s*({shorts})")
    honorifics = re.compile(rf"(?<![^\W\d_])(?:{alternation(gaz.honorifics).pattern})\s+\Z", re.IGNORECASE)
    endings = {regex_fold(end.group()) if (end := _LAST_PART.search(name.strip())) else "" for name in gaz.honorifics}
    return pairs, _Honorifics(honorifics, tuple(sorted(endings)))


def _after_honorific(before: str, last: str, honorifics: _Honorifics) -> bool:
    """Whether `before`, whose last word is `last`, ends with an honorific
    and spaces ("bà "). The pattern is tried at every character, and each
    try runs through every honorific: only where the last word ends as an
    honorific does."""
    return regex_fold(last).endswith(honorifics.endings) and honorifics.pattern.search(before) is not None


def _institution(word: str, gaz: Gazetteer) -> bool:
    """"Đảng" of "Trung ương Đảng Lào", "NDCM" of "Đảng NDCM Lào": a word
    before a country that no name holds."""
    return word in gaz.country_after or len(word) > 1 and word.isupper()


def _stands_alone(text: str, span: Span, others: list[Span], honorifics: _Honorifics, gaz: Gazetteer) -> bool:
    before = text[max(0, span.start - 40): span.start]
    # Both look-backs end with a space: without one, neither can match.
    words = before.rsplit(None, 1) if before[-1:].isspace() else []
    if words and _after_honorific(before, words[-1], honorifics):
        return False
    # A capitalised word right before starts where the last word does, or later.
    word = _CAPITALISED_NEIGHBOUR_BEFORE.search(before, len(before.rstrip()) - len(words[-1])) if words else None
    if word and not _institution(word.group().strip(), gaz) and not any(
        s.end in (span.start - 1, span.start) for s in others if s is not span
    ):
        return False
    if _CAPITALISED_NEIGHBOUR_AFTER.match(text, span.end) and not any(
        s.start in (span.end + 1, span.end) for s in others if s is not span
    ):
        return False
    return True


def find_countries(doc: Document, gaz: Gazetteer, names: list[list[Span]]) -> tuple[str, ...]:
    pairs, honorifics = _patterns(gaz)
    found: dict[str, None] = {}
    for text, notes, people in zip(doc.texts(), annotations(doc, gaz), names):
        hits: list[tuple[int, str]] = []
        if notes.countries:  # most texts name none
            spans = [s for s in notes.countries if not inside_names(s, people)] if people else notes.countries
            for span in spans:
                if span.kind != "country":
                    continue
                if is_single_word(text[span.start: span.end]) and not _stands_alone(text, span, spans + people, honorifics, gaz):
                    continue
                hits.append((span.start, span.name))
        if _may_hold_pair(text, gaz):
            for match in pairs.finditer(text):
                hits.append((match.start(1), gaz.pair_forms[match.group(1)]))
        for _, name in sorted(hits):
            found.setdefault(name)
    return tuple(found)


def _may_hold_pair(text: str, gaz: Gazetteer) -> bool:
    """Whether a pair's lead stands in the text: few texts hold one, and a
    look for a word costs less than the regex's scan of the text."""
    for stem in gaz.pair_lead_stems:
        if stem in text:
            return True
    return False
