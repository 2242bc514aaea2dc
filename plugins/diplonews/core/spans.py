"""Where gazetteer names occur in each text: the shared first pass.

Provinces, countries and named organisations are found once per paragraph
and kept on the Document. People use these spans to see where a name
starts ("… tỉnh Đồng Nai Lê Văn A"), and the province and country steps
drop the spans that fall inside a person's name ("Nguyễn Phương Nga" is not
Russia).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .document import Document
from .gazetteer import Gazetteer
from .matcher import Match


class Span(NamedTuple):
    """A tuple, not a dataclass: paragraphs hold many (built with
    tuple.__new__ in loops, as matcher.Match is)."""

    start: int
    end: int
    kind: str  # "place" | "country" | "home" | "org" | "person"
    name: str  # canonical name


class Annotation:
    """The gazetteer names of one text of a Document.

    A plain class with slots, not a frozen dataclass: a build makes one per
    paragraph, and a frozen dataclass costs four times as much to create."""

    __slots__ = ("places", "countries", "orgs")

    def __init__(self, places: list[Span], countries: list[Span], orgs: list[Span]) -> None:
        self.places = places
        self.countries = countries  # foreign ("country") and Vietnam itself ("home")
        self.orgs = orgs

    @property
    def all(self) -> list[Span]:
        return self.places + self.countries + self.orgs


def _places(text: str, found: list[Match], gaz: Gazetteer) -> list[Span]:
    spans = [tuple.__new__(Span, (start, end, "place", name)) for start, end, name in found]
    ambiguous = gaz.ambiguous_places
    for span in spans:
        if span.name in ambiguous:  # rare: a loop costs less than the filter below on every text
            return [s for s in spans if s.name not in ambiguous or _clearly_place(text, s, spans, gaz)]
    return spans


def _clearly_place(text: str, span: Span, spans: list[Span], gaz: Gazetteer) -> bool:
    """An ambiguous name after a prefix, or listed beside another province."""
    if gaz.prefix_before_regex.search(text, max(0, span.start - 20), span.start):
        return True
    for other in spans:
        if other is span or other.name in gaz.ambiguous_places:
            continue
        if other.end <= span.start and _listed(text[other.end: span.start], gaz):
            return True
        if span.end <= other.start and _listed(text[span.end: other.start], gaz):
            return True
    return False


def _listed(gap: str, gaz: Gazetteer) -> bool:
    """What stands between two items of a list: a comma, a dash, "và"."""
    gap = gap.strip()
    return len(gap) <= 3 and (gap in {",", ";", "-", "\u2013"} or gap in gaz.language.and_words)


def _countries(found: list[Match], gaz: Gazetteer) -> list[Span]:
    return [
        tuple.__new__(Span, (start, end, "home", gaz.home[0]) if name is None else (start, end, "country", name))
        for start, end, name in found
    ]


def annotate(text: str, gaz: Gazetteer) -> Annotation:
    """An empty list of names is kept as it is, as the empty list of spans:
    most texts name no organisation and no country, and a list
    comprehension is a call."""
    places, countries, orgs = gaz.annotation_union.find(text)
    if text.isupper():  # an all-capitals title: match its title-cased form too
        places = places + gaz.place_matcher.find(text.title())
    return Annotation(
        _places(text, places, gaz) if places else places,
        _countries(countries, gaz) if countries else countries,
        [tuple.__new__(Span, (start, end, "org", name)) for start, end, name in orgs] if orgs else orgs,
    )


def annotations(doc: Document, gaz: Gazetteer) -> list[Annotation]:
    """One Annotation per text of ``doc.texts()``, computed once per Document."""
    if doc.annotations is None:
        doc.annotations = [annotate(text, gaz) for text in doc.texts()]
    return doc.annotations


_LETTERS = re.compile(r"[^\W\d_]+")


def is_single_word(text: str) -> bool:
    return _LETTERS.fullmatch(text) is not None
