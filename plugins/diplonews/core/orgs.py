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
from .spans import annotations
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
    prefixes, pair_lead, pair_countries = _patterns(gaz)
    found: dict[str, None] = {}
    for text, notes in zip(doc.texts(), annotations(doc, gaz)):
        hits: list[tuple[int, str]] = [(s.start, s.name) for s in notes.orgs]
        heads = gaz.org_head_matcher.find(text)
        places = {s.start: s for s in notes.places} if heads else {}
        countries = {s.start: s for s in notes.countries if s.kind == "country"} if heads else {}
        for match in heads:
            head = match.value
            after = match.end
            label = head.name
            lead = pair_lead.match(text, after)
            other_end = pair_countries.longest_at(text, lead.end()) if lead else None
            pair = other_end is not None
            if pair:
                label = f"{label} {gaz.home[0]} - {_country(text[lead.end():other_end], gaz)}"
                after = other_end
            gap = _SPACES.match(text, after).end()
            place = places.get(gap) or places.get(prefixes.match(text, after).end())
            country = None if pair else countries.get(gap)
            if place is not None:
                hits.append((match.start, f"{label} {_place_name(place.name, head, gaz)}"))
            elif country is not None:
                hits.append((match.start, f"{label} {country.name}"))  # "Đại sứ quán Hoa Kỳ"
            elif pair:
                hits.append((match.start, label))
        for _, name in sorted(hits):
            found.setdefault(name)
    return tuple(found)
