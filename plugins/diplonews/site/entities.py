"""People, organisations and countries: an overview of names, and a page each.

The overview (in the navigation, at its old address) lists every name once,
in Vietnamese order and, for people and organisations, under its initial
letter: a link to the name's page, the roles seen (people) and the number of
articles, one line a name, so it stays small however many articles there
are. Past ``Options.overview_limit`` names the overview only lists the
initials, and each initial gets its own page(s) (``paths.letter_page``).

Each name's page (``catalog.people[name].path``) gives its roles and its
articles, newest first, in pages of ``Options.per_page`` like every list.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from . import paths
from .blocks import Block, Bullets, Heading, Line, Link, Strong, heading_ids, joined, para
from .catalog import Catalog, Named
from .collate import initial, sort_key
from .labels import PAGE_TITLES, TEXT
from .lists import chunks, count, list_pages, paged_pages
from .page import Options, Page, page


@dataclass(frozen=True)
class _Kind:
    key: str  # "people": PAGE_TITLES, the catalog's field, and the TEXT keys "<key>_intro", "all_<key>"
    overview: str
    by_letter: bool


PEOPLE = _Kind("people", paths.PEOPLE, by_letter=True)
ORGANISATIONS = _Kind("organisations", paths.ORGANISATIONS, by_letter=True)
COUNTRIES = _Kind("countries", paths.COUNTRIES, by_letter=False)


def _line(item: Named) -> Line:
    """'[Nguyễn Văn An](nhan-vat/nguyen-van-an.md) — chức vụ: …; … (3 bài)'."""
    roles = f" — {TEXT['roles'].format(roles='; '.join(item.roles))}" if item.roles else ""
    return (Link(item.name, item.path), f"{roles} ({count(len(item.entries))})")


def _by_initial(items: list[Named]) -> dict[str, list[Named]]:
    groups: dict[str, list[Named]] = defaultdict(list)
    for item in items:
        groups[initial(item.name)].append(item)
    return dict(sorted(groups.items(), key=lambda kv: sort_key(kv[0])))


def _overview(kind: _Kind, items: list[Named], options: Options) -> tuple[list[Page], dict[str, Link]]:
    """The overview page(s), and for each name its way back: a link to the page that lists it."""
    title = PAGE_TITLES[kind.key]
    intro = para(TEXT[f"{kind.key}_intro"])
    everyone = TEXT[f"all_{kind.key}"]
    if not items:
        return [page(kind.overview, title, [intro, para(TEXT["no_articles"])], nav=True)], {}
    if not kind.by_letter:
        return [page(kind.overview, title, [intro, Bullets(tuple((_line(i),) for i in items))], nav=True)], {
            item.name: Link(everyone, kind.overview) for item in items
        }
    groups = _by_initial(items)
    back: dict[str, Link] = {}
    if len(items) <= options.overview_limit:
        anchors = heading_ids(list(groups))
        blocks: list[Block] = [intro, para(*joined(((Link(l, f"{kind.overview}#{a}"),) for l, a in zip(groups, anchors)), " · "))]
        for (letter, members), anchor in zip(groups.items(), anchors):
            blocks += [Heading(letter), Bullets(tuple((_line(m),) for m in members))]
            back.update((m.name, Link(everyone, f"{kind.overview}#{anchor}")) for m in members)
        return [page(kind.overview, title, blocks, nav=True)], back
    letters = ((Link(TEXT["letter_count"].format(letter=l, n=len(m)), paths.letter_page(kind.overview, l)),) for l, m in groups.items())
    pages = [page(kind.overview, title, [intro, para(TEXT["letters_intro"]), para(*joined(letters, " · "))], nav=True)]
    up = para(Link(everyone, kind.overview))
    for letter, members in groups.items():
        first = paths.letter_page(kind.overview, letter)
        heading = TEXT["letter_title"].format(title=title, letter=letter)
        others = ((Strong(l) if l == letter else Link(l, paths.letter_page(kind.overview, l)),) for l in groups)
        parts = chunks(members, options.overview_limit)
        bodies: list[list[Block]] = [[Bullets(tuple((_line(m),) for m in part))] for part in parts]
        pages += paged_pages(first, heading, bodies, top=[up, para(*joined(others, " · "))])
        for number, part in enumerate(parts, start=1):
            back.update((m.name, Link(TEXT["back_to"].format(title=heading), paths.paged(first, number))) for m in part)
    return pages, back


def _named_pages(kind: _Kind, catalog: Catalog, options: Options) -> list[Page]:
    items = list(getattr(catalog, kind.key).values())
    pages, back = _overview(kind, items, options)
    for item in items:
        intro = [para(TEXT["roles_seen"].format(roles="; ".join(item.roles)))] if item.roles else []
        intro.append(para(TEXT["entity_count"].format(n=len(item.entries))))
        top = [para(back[item.name])]
        pages += list_pages(item.path, item.name, item.entries, catalog, options, intro=intro, top=top)
    return pages


def people_pages(catalog: Catalog, options: Options) -> list[Page]:
    return _named_pages(PEOPLE, catalog, options)


def organisation_pages(catalog: Catalog, options: Options) -> list[Page]:
    return _named_pages(ORGANISATIONS, catalog, options)


def country_pages(catalog: Catalog, options: Options) -> list[Page]:
    return _named_pages(COUNTRIES, catalog, options)
