"""The archive regrouped the ways readers browse it.

Built once per build from the core's Archive; index pages and article
headers both read it, so a person's page or a province's page address is
decided in one place and links always agree with the pages they point to.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..core.archive import Archive, Entry
from ..core.gazetteer import Gazetteer
from . import paths
from .collate import sort_key
from .dates import When, when


@dataclass
class Named:
    """A person, organisation or country and the articles that name it."""

    name: str
    slug: str  # unique among its kind: the address of its own page
    path: str  # its own page (page 1 of its articles)
    entries: list[Entry] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class UnitGroup:
    """One of the 34 post-2025 units and the old provinces it took in."""

    name: str
    kind: str
    provinces: tuple[str, ...]


@dataclass
class Catalog:
    archive: Archive  # as the core loaded it, rejected files included
    entries: list[Entry]  # newest first
    layout: paths.Layout
    gaz: Gazetteer
    when: dict[str, When]  # by slug
    by_province: dict[str, list[Entry]]
    no_province: list[Entry]
    people: dict[str, Named]
    organisations: dict[str, Named]
    countries: dict[str, Named]
    by_year: dict[int, list[Entry]]
    unknown_year: list[Entry]
    # How each article reads in a list, made once and shared by every list (see lists.item).
    items: dict[tuple[str, bool], tuple] = field(default_factory=dict, repr=False)

    def article_path(self, entry: Entry) -> str:
        return self.layout.article(entry.article.slug)

    def units(self) -> list[UnitGroup]:
        """The 34 units in Vietnamese order, plus names the gazetteer lacks."""
        groups = [
            UnitGroup(unit.name, unit.kind, tuple(sorted(unit.merged_from, key=sort_key)))
            for unit in self.gaz.units.values()
        ]
        return sorted(groups, key=lambda g: sort_key(g.name))

    def unknown_provinces(self) -> list[str]:
        """Province names in articles that the gazetteer does not know (from corrections)."""
        return sorted((name for name in self.by_province if name not in self.gaz.provinces), key=sort_key)

    def province_change(self, name: str) -> tuple[str, str] | None:
        """('merged' | 'renamed', unit) when the 2025 reform changed this province."""
        province = self.gaz.provinces.get(name)
        if province is None or province.now == name:
            return None
        unit = self.gaz.units.get(province.now)
        merged = unit is None or len(unit.merged_from) > 1
        return ("merged" if merged else "renamed", province.now)


def _newest_first(entries: list[Entry], dates: dict[str, When]) -> list[Entry]:
    by_title = sorted(entries, key=lambda e: (sort_key(e.article.heading), e.path))
    return sorted(by_title, key=lambda e: dates[e.article.slug].sort_key, reverse=True)


def _unique_slug(name: str, taken: set[str]) -> str:
    base = paths.anchor(name) or "muc"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate


def _named(found: dict[str, list[tuple[Entry, str | None]]], overview: str) -> dict[str, Named]:
    """Names in Vietnamese order, each with a page of its own (unique slug) and its roles.

    Names that slugify alike are told apart in that order: "Lê Hùng" gets
    ``le-hung``, "Lê Hưng" ``le-hung-2``.
    """
    taken: set[str] = set()
    out: dict[str, Named] = {}
    for name in sorted(found, key=sort_key):
        slug = _unique_slug(name, taken)
        item = Named(name, slug, paths.entity(overview, slug))
        for entry, role in found[name]:
            if not item.entries or item.entries[-1] is not entry:
                item.entries.append(entry)
            if role and role not in item.roles:
                item.roles.append(role)
        out[name] = item
    return out


def build_catalog(archive: Archive, gaz: Gazetteer, layout: paths.Layout | None = None) -> Catalog:
    dates = {e.article.slug: when(e.article) for e in archive.entries}
    entries = _newest_first(list(archive.entries), dates)
    by_province: dict[str, list[Entry]] = defaultdict(list)
    people: dict[str, list[tuple[Entry, str | None]]] = defaultdict(list)
    organisations: dict[str, list[tuple[Entry, str | None]]] = defaultdict(list)
    countries: dict[str, list[tuple[Entry, str | None]]] = defaultdict(list)
    by_year: dict[int, list[Entry]] = defaultdict(list)
    no_province: list[Entry] = []
    unknown_year: list[Entry] = []
    for entry in entries:
        article = entry.article
        for name in dict.fromkeys(article.provinces):
            by_province[name].append(entry)
        if not article.provinces:
            no_province.append(entry)
        for person in article.people:
            people[person.name].append((entry, person.role))
        for name in dict.fromkeys(article.organisations):
            organisations[name].append((entry, None))
        for name in dict.fromkeys(article.countries):
            countries[name].append((entry, None))
        year = dates[article.slug].year
        (by_year[year] if year is not None else unknown_year).append(entry)
    return Catalog(
        archive=archive,
        entries=entries,
        layout=layout or paths.Layout(),
        gaz=gaz,
        when=dates,
        by_province=dict(by_province),
        no_province=no_province,
        people=_named(people, paths.PEOPLE),
        organisations=_named(organisations, paths.ORGANISATIONS),
        countries=_named(countries, paths.COUNTRIES),
        by_year=dict(sorted(by_year.items(), reverse=True)),
        unknown_year=unknown_year,
    )
