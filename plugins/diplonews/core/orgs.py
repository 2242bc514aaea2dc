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
from .matcher import NameMatcher
from .spans import Span, annotations
from .vocabulary import vocabulary

_SPACES = re.compile(r"\s*")


@functools.lru_cache(maxsize=4)
def _patterns(gaz: Gazetteer) -> tuple[re.Pattern[str], re.Pattern[str], NameMatcher[str]]:
    """The place prefix after a head, the "Việt Nam -" of a pair, and the
    country names that end a pair (looked up word by word where a pair
    starts, not tried one by one as a regex alternation would)."""
    prefixes = re.compile(rf"\s*(?:(?:{alternation(gaz.place_prefixes).pattern})\s*)?")
    pair_lead = re.compile(rf"\s*{vocabulary(gaz).pair_lead}\s*[-\u2010-\u2015]\s*")
    return prefixes, pair_lead, NameMatcher([*gaz.countries, *gaz.pair_forms])


def _place_name(name: str, head: OrgHead, gaz: Gazetteer) -> str:
    if not head.place_prefix:
        return name
    return f"{gaz.provinces[name].kind} {name}"


def _country(written: str, gaz: Gazetteer) -> str:
    return gaz.pair_forms.get(written) or gaz.countries.get(canonical_key(written), written)


def find_organisations(doc: Document, gaz: Gazetteer) -> tuple[str, ...]:
    found: dict[str, None] = {}
    leads = gaz.language.pair_leads
    for text, notes in zip(doc.texts(), annotations(doc, gaz)):
        hits: list[tuple[int, str]] = [(s.start, s.name) for s in notes.orgs]
        countries = [s for s in notes.countries if s.kind == "country"]
        if notes.places or countries or any(lead in text for lead in leads):
            hits += _head_hits(text, notes.places, countries, gaz)
        for _, name in sorted(hits):
            found.setdefault(name)
    return tuple(found)


def _head_hits(text: str, places: list[Span], countries: list[Span], gaz: Gazetteer) -> list[tuple[int, str]]:
    """(position, name) of each head named by the place, the country or the
    pair right after it.

    Called only for a text that holds a place, a country or a pair's lead:
    a head counts only before one of them, and looking for heads is a scan
    of the whole text lowered.
    """
    heads = gaz.org_head_matcher.find(text)
    if not heads:
        return []
    prefixes, pair_lead, pair_countries = _patterns(gaz)
    leads = gaz.language.pair_leads
    place_at = {s.start: s for s in places}
    country_at = {s.start: s for s in countries}
    hits = []
    for match in heads:
        head = match.value
        after = match.end
        label = head.name
        gap = _SPACES.match(text, after).end()
        pair = False
        if text.startswith(leads, gap):  # where the pattern's leading spaces end
            lead = pair_lead.match(text, after)
            other_end = pair_countries.longest_at(text, lead.end()) if lead else None
            if other_end is not None:
                pair = True
                label = f"{label} {gaz.home[0]} - {_country(text[lead.end():other_end], gaz)}"
                after = other_end
                gap = _SPACES.match(text, after).end()
        place = place_at.get(gap)
        if place is None and place_at:
            place = place_at.get(prefixes.match(text, after).end())
        if place is not None:
            hits.append((match.start, f"{label} {_place_name(place.name, head, gaz)}"))
        elif not pair and gap in country_at:
            hits.append((match.start, f"{label} {country_at[gap].name}"))  # "Đại sứ quán Hoa Kỳ"
        elif pair:
            hits.append((match.start, label))
    return hits
