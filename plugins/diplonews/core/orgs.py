"""Organisations named in an article, under one name each.

Two kinds: organisations with a fixed name (PACCOM, ActionAid, Liên hiệp các
tổ chức hữu nghị Việt Nam), and heads that take a place or a country after
them ("Liên hiệp TP.HCM", "UBND tỉnh Trà Vinh", "Hội hữu nghị Việt Nam -
Lào tỉnh Nghệ An"), which we name with the canonical province.
"""

from __future__ import annotations

import functools
import re

from .document import Document
from .gazetteer import Gazetteer, OrgHead, alternation
from .spans import org_spans, place_spans
from .text import UPPER

_PAIR = re.compile(rf"\s*Việt(?:\s+Nam)?\s*[-\u2010-\u2015]\s*(?P<other>[{UPPER}][^\W\d_]*(?:[ -][{UPPER}][^\W\d_]*)*)")


@functools.lru_cache(maxsize=4)
def _heads(gaz: Gazetteer) -> tuple[re.Pattern[str], dict[str, OrgHead], re.Pattern[str]]:
    by_alias: dict[str, OrgHead] = {}
    for head in gaz.org_heads:
        for alias in (head.name, *head.aliases):
            by_alias[alias.casefold()] = head
    prefixes = re.compile(rf"\s*(?:(?:{alternation(gaz.place_prefixes).pattern})\s*)?")
    return alternation(by_alias, re.IGNORECASE), by_alias, prefixes


def _place_name(name: str, head: OrgHead, gaz: Gazetteer) -> str:
    if not head.place_prefix:
        return name
    kind = gaz.provinces[name].kind
    return f"{kind} {name}"


def find_organisations(doc: Document, gaz: Gazetteer) -> tuple[str, ...]:
    heads, by_alias, prefixes = _heads(gaz)
    found: dict[str, None] = {}
    for text in doc.texts():
        hits: list[tuple[int, str]] = [(s.start, s.name) for s in org_spans(text, gaz)]
        places = {s.start: s for s in place_spans(text, gaz)}
        for match in heads.finditer(text):
            head = by_alias[match.group().casefold()]
            after = match.end()
            pair = _PAIR.match(text, after)
            label = head.name
            if pair:
                label = f"{label} Việt Nam - {pair['other']}"
                after = pair.end()
            prefix = prefixes.match(text, after)
            place = places.get(prefix.end()) if prefix else None
            if place is not None:
                hits.append((match.start(), f"{label} {_place_name(place.name, head, gaz)}"))
            elif pair:
                hits.append((match.start(), label))
        for _, name in sorted(hits):
            found.setdefault(name)
    return tuple(found)
