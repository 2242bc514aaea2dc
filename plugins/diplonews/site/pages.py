"""Every page of the site as front-matter Markdown, given an Archive.

This module knows nothing of MkDocs: the plugin hands these pages to MkDocs
as generated files, and ``diplonews render OUT/`` writes the very same
pages to disk, so another Markdown site generator can build the archive.
Links between pages are relative ``.md`` paths, which both resolve.

Each index is one small builder ``(catalog, options) -> [Page]`` listed in
``INDEX_BUILDERS``; a new index page (such as the editors' check report) is a
new builder added to that tuple, or passed as ``extra_builders``.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Iterable

from ..core.archive import Archive, Entry
from ..core.gazetteer import Gazetteer
from . import md, paths
from .blocks import Block, Bullets, Heading, Link, Strong, Table, joined, para
from .catalog import Catalog, build_catalog
from .entities import country_pages, organisation_pages, people_pages
from .labels import PAGE_TITLES, SEARCH_FILTERS, SEARCH_UI, TEXT
from .lists import count, first_page, list_pages, summary
from .page import Options, Page, PageBuilder, page
from .report import report_pages

__all__ = ["INDEX_BUILDERS", "Options", "Page", "build_pages", "change_label", "summary"]


# --- home ------------------------------------------------------------------


def home_pages(catalog: Catalog, options: Options) -> list[Page]:
    """Newest first, `per_page` a page; page 1 is the site's home."""
    return list_pages(
        paths.HOME, PAGE_TITLES["home"], catalog.entries, catalog, options, intro=[para(TEXT["home_intro"])], nav=True
    )


# --- provinces -------------------------------------------------------------


def province_pages(catalog: Catalog, options: Options) -> list[Page]:
    """Overview grouped by the 34 current units, and the pages of each province."""
    rows = []
    for unit in catalog.units():
        count = len({e.path for p in unit.provinces for e in catalog.by_province.get(p, ())})
        name = TEXT["unit_heading"].format(kind=unit.kind.capitalize(), name=unit.name)
        members = joined((_province_cell(province, catalog) for province in unit.provinces), ", ")
        rows.append(((Strong(name) if count else name,), members, (str(count),)))
    blocks: list[Block] = [
        para(TEXT["provinces_intro"]),
        Table((TEXT["unit_column"], TEXT["provinces_column"], TEXT["count_column"]), (False, False, True), tuple(rows)),
    ]
    others = [tuple(_province_cell(name, catalog)) for name in catalog.unknown_provinces()]
    if catalog.no_province:
        others.append((Link(TEXT["no_province"], paths.NO_PROVINCE), f" ({len(catalog.no_province)})"))
    if others:
        blocks += [Heading(TEXT["other_places"]), Bullets(tuple((line,) for line in others))]
    pages = [page(paths.PROVINCES, PAGE_TITLES["provinces"], blocks, nav=True)]
    for name, entries in sorted(catalog.by_province.items()):
        note = _change_note(name, catalog)
        pages += list_pages(paths.province(name), name, entries, catalog, options, top=[para(note)] if note else [])
    if catalog.no_province:
        intro = [para(TEXT["no_province_intro"])]
        pages += list_pages(paths.NO_PROVINCE, TEXT["no_province"], catalog.no_province, catalog, options, intro=intro)
    return pages


def _province_cell(name: str, catalog: Catalog) -> list:
    """'[Trà Vinh](tra-vinh.md) (2)' or, with no article, the plain name."""
    entries = catalog.by_province.get(name, [])
    return [Link(name, paths.province(name)), f" ({len(entries)})"] if entries else [name]


def change_label(name: str, catalog: Catalog) -> str | None:
    """'nay thuộc Vĩnh Long' for a merged province, 'nay là Huế' for a renamed one."""
    change = catalog.province_change(name)
    if change is None:
        return None
    kind, unit = change
    return TEXT["province_merged" if kind == "merged" else "province_renamed"].format(unit=unit)


def _change_note(name: str, catalog: Catalog) -> str:
    change = catalog.province_change(name)
    if change is None:
        return ""
    kind, unit = change
    unit_kind = catalog.gaz.units[unit].kind if unit in catalog.gaz.units else ""
    return " ".join(TEXT[f"province_page_{kind}"].format(name=name, kind=unit_kind, unit=unit).split())


# --- years -----------------------------------------------------------------


def year_pages(catalog: Catalog, options: Options) -> list[Page]:
    """Overview of years and months, the pages of each year, and the unknown-year group."""

    def month(entry: Entry) -> str:
        number = catalog.when[entry.article.slug].month
        return TEXT["month"].format(month=number) if number else TEXT["month_unknown"]

    lines = []
    for year, entries in catalog.by_year.items():
        first = paths.year(year)
        starts = first_page(entries, options.per_page, month)
        sizes = Counter(month(e) for e in entries)
        links = ((Link(label, f"{paths.paged(first, n)}#{paths.anchor(label)}"), f" ({sizes[label]})") for label, n in starts.items())
        lines.append((Strong(Link(str(year), first)), f" — {count(len(entries))}: ", *joined(links, ", ")))
    lines.append((Strong(Link(TEXT["unknown_year"], paths.UNKNOWN_YEAR)), f" — {count(len(catalog.unknown_year))}"))
    overview = [para(TEXT["years_intro"]), Bullets(tuple((line,) for line in lines))]
    pages = [page(paths.YEARS, PAGE_TITLES["years"], overview, nav=True)]
    for year, entries in catalog.by_year.items():
        title = TEXT["year_title"].format(year=year)
        pages += list_pages(paths.year(year), title, entries, catalog, options, with_summary=False, group=month)
    intro = [para(TEXT["unknown_year_intro"])]
    unknown = catalog.unknown_year
    pages += list_pages(paths.UNKNOWN_YEAR, TEXT["unknown_year"], unknown, catalog, options, intro=intro, with_summary=False, group=month)
    return pages


# --- search ----------------------------------------------------------------


def search_pages(catalog: Catalog, options: Options) -> list[Page]:
    """The page that hosts Pagefind's UI; its settings travel as JSON in the page."""
    config = {"translations": SEARCH_UI, "openFilters": [SEARCH_FILTERS["province"]]}
    payload = json.dumps(config, ensure_ascii=False).replace("</", "<\\/")
    body = "\n\n".join(
        (
            md.text(TEXT["search_intro"]),
            '<div id="dn-search" class="dn-search"></div>',
            f'<script type="application/json" id="dn-search-config">{payload}</script>',
        )
    )
    # Raw HTML, so no blocks: MkDocs converts this one small page from Markdown.
    return [Page(paths.SEARCH, PAGE_TITLES["search"], nav=True, text=body, meta={"template": "search.html"})]


# --- articles --------------------------------------------------------------


def article_pages(catalog: Catalog, options: Options) -> list[Page]:
    """Each article as the core writes it: every field in the front matter."""
    return [
        Page(catalog.article_path(e), e.article.heading, article=e.article, meta={"source_file": e.path}) for e in catalog.entries
    ]


INDEX_BUILDERS: tuple[PageBuilder, ...] = (
    home_pages,
    province_pages,
    people_pages,
    organisation_pages,
    country_pages,
    year_pages,
    search_pages,
    report_pages,
)


def build_pages(
    archive: Archive,
    gaz: Gazetteer,
    options: Options | None = None,
    extra_builders: Iterable[PageBuilder] = (),
) -> tuple[Catalog, list[Page]]:
    """The catalog and every page: index pages (nav order) first, then articles."""
    options = options or Options()
    catalog = build_catalog(archive, gaz, options.layout)
    pages: list[Page] = []
    for builder in (*INDEX_BUILDERS, *extra_builders):
        pages.extend(builder(catalog, options))
    pages.extend(article_pages(catalog, options))
    _check_unique(pages)
    return catalog, pages


def _check_unique(pages: list[Page]) -> None:
    clashes = [path for path, n in Counter(p.path for p in pages).items() if n > 1]
    if clashes:
        raise ValueError(f"two generated pages share a path: {', '.join(sorted(clashes))}")
