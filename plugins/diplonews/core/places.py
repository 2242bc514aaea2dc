"""Provinces named in an article, before and after the 2025 merger."""

from __future__ import annotations

from .document import Document
from .gazetteer import Gazetteer
from .spans import Span, annotations


def find_provinces(doc: Document, gaz: Gazetteer, names: list[list[Span]]) -> tuple[str, ...]:
    """Canonical pre-2025 names in order of first mention.

    `names` holds, per text of ``doc.texts()``, the spans of people's names:
    a province word inside a name ("Nguyễn Thái Bình") is not a province.
    """
    found: dict[str, None] = {}
    letters, endings = gaz.not_place_last_letters, gaz.not_place_endings
    for text, notes, people in zip(doc.texts(), annotations(doc, gaz), names):
        for span in notes.places:
            if people and inside_names(span, people):
                continue
            if _after_smaller_unit(text, span.start, letters, endings):
                continue  # "xã Long An", "khách sạn Sài Gòn"
            found.setdefault(span.name)
    return tuple(found)


def inside_names(span: Span, people: list[Span]) -> bool:
    """Whether `span` lies inside one of the `people`'s names ("Nga" of
    "Nguyễn Phương Nga"). A loop, not any() over a generator: this runs for
    every name a text holds."""
    for person in people:
        if span.start >= person.start and span.end <= person.end:
            return True
    return False


def current_units(provinces: tuple[str, ...], gaz: Gazetteer) -> tuple[str, ...]:
    """The post-merger units (1 July 2025) the provinces now belong to."""
    units: dict[str, None] = {}
    for name in provinces:
        province = gaz.provinces.get(name)
        if province is not None:
            units.setdefault(province.now)
    return tuple(units)


def _after_smaller_unit(text: str, start: int, letters: frozenset[str], endings: tuple[str, ...]) -> bool:
    """Whether a smaller unit's word ("xã", "khách sạn") stands right
    before `start`: `letters` end such words, `endings` are the words."""
    if start < 2 or text[start - 2] not in letters:
        return False  # the usual case, "tỉnh Long An": no such word ends in "h"
    return f" {text[max(0, start - 16): start].rstrip()}".endswith(endings)
