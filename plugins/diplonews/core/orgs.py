"""Organisations named in an article, under one name each.

Two kinds: organisations with a fixed name (PACCOM, ActionAid, Liên hiệp các
tổ chức hữu nghị Việt Nam), and heads that take a place or a country after
them ("Liên hiệp TP.HCM", "UBND tỉnh X", "Hội hữu nghị Việt Nam -
Lào tỉnh Nghệ An"), which we name with the canonical province.
"""

from __future__ import annotations

import functools
import re

from .document import Document
from .gazetteer import Gazetteer, OrgHead, alternation, canonical_key
from .matcher import Match, NameMatcher
from .spans import Span, annotations
from .vocabulary import vocabulary

@functools.lru_cache(maxsize=4)
def _patterns(gaz: Gazetteer) -> tuple[re.Pattern[str], re.Pattern[str], NameMatcher[str]]:
    """The spaces (group 1) and the place prefix after a head, in one
    match; the "Việt Nam -" of a pair; and the country names that end a
    pair (looked up word by word where a pair starts, not tried one by
    one as a regex alternation would)."""
    prefixes = re.compile(rf"(\s*)(?:(?:{alternation(gaz.place_prefixes).pattern})\s*)?")
    pair_lead = re.compile(rf"\s*{vocabulary(gaz).pair_lead}\s*[-\u2010-\u2015]\s*")
    return prefixes, pair_lead, NameMatcher([*gaz.countries, *gaz.pair_forms])


def _place_name(name: str, head: OrgHead, gaz: Gazetteer) -> str:
    if not head.place_prefix:
        return name
    return f"{gaz.provinces[name].kind} {name}"


def _country(written: str, gaz: Gazetteer) -> str:
    return gaz.pair_forms.get(written) or gaz.countries.get(canonical_key(written), written)


def find_organisations(doc: Document, gaz: Gazetteer) -> tuple[str, ...]:
    """Named organisations, then heads named by what follows them, in
    order of first mention. Most texts name no organisation and no
    country: for them no list is built."""
    found: dict[str, None] = {}
    for text, notes in zip(doc.texts(), annotations(doc, gaz)):
        countries = [s for s in notes.countries if s.kind == "country"] if notes.countries else notes.countries
        heads = _heads_before(text, notes.places, countries, gaz)
        if not heads and not notes.orgs:
            continue
        hits: list[tuple[int, str]] = [(s.start, s.name) for s in notes.orgs]
        if heads:
            hits += _head_hits(text, heads, notes.places, countries, gaz)
        for _, name in sorted(hits):
            found.setdefault(name)
    return tuple(found)


def _heads_before(text: str, places: list[Span], countries: list[Span], gaz: Gazetteer) -> list[Match[OrgHead]]:
    """The heads that may name an organisation: each one that ends right
    before a place (or its prefix: "UBND tỉnh"), a country or a pair,
    leftmost first. _head_hits reads what follows each.

    Looked back for from those few names (matcher.LookBack): a scan of
    the whole text for every head, case-blind, tries a match at every
    word."""
    _, pair_lead, pair_countries = _patterns(gaz)
    ends = [span.start for span in (*places, *countries)]
    for lead in gaz.pair_lead_stems:
        at = text.find(lead)
        while at >= 0:
            found = pair_lead.match(text, at)
            if found is not None and pair_countries.longest_at(text, found.end()) is not None:
                ends.append(at)
            at = text.find(lead, at + 1)
    return gaz.org_head_look_back.before(text, ends) if ends else []


def _head_hits(
    text: str, heads: list[Match[OrgHead]], places: list[Span], countries: list[Span], gaz: Gazetteer
) -> list[tuple[int, str]]:
    """(position, name) of each head named by the place, the country or the
    pair right after it."""
    prefixes, pair_lead, pair_countries = _patterns(gaz)
    leads = gaz.language.pair_leads
    place_at = {s.start: s for s in places}
    country_at = {s.start: s for s in countries}
    hits = []
    for match in heads:
        head = match.value
        label = head.name
        spaced = prefixes.match(text, match.end)  # never fails: all of it may be empty
        gap = spaced.end(1)  # where the spaces end
        pair = False
        if text.startswith(leads, gap):
            lead = pair_lead.match(text, match.end)
            other_end = pair_countries.longest_at(text, lead.end()) if lead else None
            if other_end is not None:
                pair = True
                label = f"{label} {gaz.home[0]} - {_country(text[lead.end():other_end], gaz)}"
                spaced = prefixes.match(text, other_end)
                gap = spaced.end(1)
        place = place_at.get(gap)
        if place is None and place_at:
            place = place_at.get(spaced.end())
        if place is not None:
            hits.append((match.start, f"{label} {_place_name(place.name, head, gaz)}"))
        elif not pair and gap in country_at:
            hits.append((match.start, f"{label} {country_at[gap].name}"))  # "Đại sứ quán Hoa Kỳ"
        elif pair:
            hits.append((match.start, label))
    return hits
