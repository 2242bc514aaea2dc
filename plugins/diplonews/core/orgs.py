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
# A text whose last place or country is in its last quarter is scanned
# whole: finding where the heads end would cost more than it saves.
_CUT_RATIO = 3


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
    for text, notes in zip(doc.texts(), annotations(doc, gaz)):
        hits: list[tuple[int, str]] = [(s.start, s.name) for s in notes.orgs]
        countries = [s for s in notes.countries if s.kind == "country"]
        scope = _head_scope(text, notes.places, countries, gaz)
        if scope:
            hits += _head_hits(text, scope, notes.places, countries, gaz)
        for _, name in sorted(hits):
            found.setdefault(name)
    return tuple(found)


def _head_scope(text: str, places: list[Span], countries: list[Span], gaz: Gazetteer) -> int:
    """Where the heads that count end at the latest: after the last place,
    country or pair (a head counts only right before one) as many words as
    the longest head has; 0 when there is none.

    A head that ends by that point is matched the same whether the scan
    stops there or not: its match cannot read so many words beyond it.
    """
    if places or countries:
        last = max((*places, *countries))[0]  # spans are tuples led by their start
        if (len(text) - last) * _CUT_RATIO < last:
            return len(text)
        end = _words_end(text, last, gaz)
        if end == len(text):
            return end
        pair = _last_pair(text, last + 1, gaz)
    else:
        pair = _last_pair(text, 0, gaz)
        if pair is None:
            return 0
    return end if pair is None else _words_end(text, pair, gaz)


def _words_end(text: str, start: int, gaz: Gazetteer) -> int:
    words = _words_after(gaz).match(text, start)
    return len(text) if words is None else words.end()


def _last_pair(text: str, start: int, gaz: Gazetteer) -> int | None:
    """Where the last pair at or after `start` starts ("Việt Nam - Lào"): a
    lead, a dash and a country, as _head_hits reads one. A text is searched
    for the leads that no shorter lead opens ("Việt" stands for "Việt Nam")."""
    _, pair_lead, pair_countries = _patterns(gaz)
    last = None
    for lead in _lead_stems(gaz):
        at = text.find(lead, start)
        while at >= 0:
            found = pair_lead.match(text, at)
            if found is not None and pair_countries.longest_at(text, found.end()) is not None:
                last = at if last is None else max(last, at)
            at = text.find(lead, at + 1)
    return last


@functools.lru_cache(maxsize=4)
def _lead_stems(gaz: Gazetteer) -> tuple[str, ...]:
    leads = gaz.language.pair_leads
    return tuple(lead for lead in leads if not any(other != lead and lead.startswith(other) for other in leads))


@functools.lru_cache(maxsize=4)
def _words_after(gaz: Gazetteer) -> re.Pattern[str]:
    """As many words as the longest head has (see _head_scope)."""
    return re.compile(rf"(?:[\W_]*+[^\W_]++){{{gaz.org_head_matcher.longest}}}")


def _head_hits(text: str, scope: int, places: list[Span], countries: list[Span], gaz: Gazetteer) -> list[tuple[int, str]]:
    """(position, name) of each head named by the place, the country or the
    pair right after it; the heads are looked for before `scope`, where
    _head_scope says they end at the latest."""
    heads = gaz.org_head_matcher.find(text, scope)
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
