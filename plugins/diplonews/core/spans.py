"""Where gazetteer names occur in one text: the shared first pass.

Provinces, countries and named organisations are matched once per
paragraph. People use these spans to see where a name starts ("… tỉnh Đồng
Tháp Lê Xuân Hải"), and the province and country steps drop the spans that
fall inside a person's name ("Nguyễn Phương Nga" is not Russia).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Gazetteer, canonical_key

_SINGLE_WORD = re.compile(r"[^\W\d_]+\Z")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # "place" | "country" | "home" | "org"
    name: str  # canonical name

    def inside(self, start: int, end: int) -> bool:
        return start <= self.start and self.end <= end


def _blocked(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)]


def _covered(start: int, end: int, blocks: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in blocks)


def _variants(text: str) -> list[str]:
    """The text, and for an all-capitals line also its title-cased form."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return [text, text.title()]
    return [text]


_LIST_GLUE = re.compile(r"\s*(?:,|;|và|-|\u2013)\s*\Z")


def place_spans(text: str, gaz: Gazetteer) -> list[Span]:
    spans: list[Span] = []
    for variant in _variants(text):
        blocks = _blocked(gaz.not_place_regex, variant)
        for match in gaz.place_regex.finditer(variant):
            if _covered(*match.span(), blocks):
                continue
            name = gaz.place_aliases.get(canonical_key(match.group()))
            if name:
                spans.append(Span(match.start(), match.end(), "place", name))
    return [s for s in spans if s.name not in gaz.ambiguous_places or _clearly_place(text, s, spans, gaz)]


def _clearly_place(text: str, span: Span, spans: list[Span], gaz: Gazetteer) -> bool:
    """An ambiguous name after a prefix, or listed beside another province."""
    if gaz.prefix_before_regex.search(text, 0, span.start):
        return True
    for other in spans:
        if other is span or other.name in gaz.ambiguous_places:
            continue
        if other.end <= span.start and _LIST_GLUE.fullmatch(text, other.end, span.start):
            return True
        if span.end <= other.start and _LIST_GLUE.fullmatch(text[span.end: other.start] + ""):
            return True
    return False


def country_spans(text: str, gaz: Gazetteer) -> list[Span]:
    """Country names, and Vietnam's own (kind "home") so people can skip it."""
    spans: list[Span] = []
    blocks = _blocked(gaz.not_country_regex, text)
    for match in gaz.country_regex.finditer(text):
        if _covered(*match.span(), blocks):
            continue
        key = canonical_key(match.group())
        if key in gaz.countries:
            spans.append(Span(match.start(), match.end(), "country", gaz.countries[key]))
        else:
            spans.append(Span(match.start(), match.end(), "home", "Việt Nam"))
    return spans


def org_spans(text: str, gaz: Gazetteer) -> list[Span]:
    return [
        Span(m.start(), m.end(), "org", gaz.named_orgs[canonical_key(m.group())])
        for m in gaz.named_org_regex.finditer(text)
        if canonical_key(m.group()) in gaz.named_orgs
    ]


def is_single_word(text: str) -> bool:
    return _SINGLE_WORD.match(text) is not None
