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
from .spans import annotations
from .vocabulary import vocabulary

_SPACES = re.compile(r"\s*")


@functools.lru_cache(maxsize=4)
def _patterns(gaz: Gazetteer) -> tuple[re.Pattern[str], re.Pattern[str]]:
    prefixes = re.compile(rf"\s*(?:(?:{alternation(gaz.place_prefixes).pattern})\s*)?")
    others = alternation([*gaz.countries, *gaz.pair_forms]).pattern
    pair = re.compile(rf"\s*{vocabulary(gaz).pair_lead}\s*[-\u2010-\u2015]\s*(?P<other>{others})")
    return prefixes, pair


def _place_name(name: str, head: OrgHead, gaz: Gazetteer) -> str:
    if not head.place_prefix:
        return name
    return f"{gaz.provinces[name].kind} {name}"


def _country(written: str, gaz: Gazetteer) -> str:
    return gaz.pair_forms.get(written) or gaz.countries.get(canonical_key(written), written)


def find_organisations(doc: Document, gaz: Gazetteer) -> tuple[str, ...]:
    prefixes, pair_regex = _patterns(gaz)
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
            pair = pair_regex.match(text, after)
            if pair:
                label = f"{label} {gaz.home[0]} - {_country(pair['other'], gaz)}"
                after = pair.end()
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
