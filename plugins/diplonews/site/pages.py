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

import html
import json
import math
import re
from collections import Counter, defaultdict
from typing import Any, Iterable


from ..core.archive import Archive, Entry
from ..core.frontmatter import to_markdown
from ..core.gazetteer import Gazetteer
from ..core.model import Article
from . import md, paths
from .catalog import Catalog, Named, build_catalog
from .collate import initial
from .dates import format_event
from .labels import PAGE_TITLES, SEARCH_FILTERS, SEARCH_UI, TEXT
from .page import Options, Page, PageBuilder, page
from .report import report_pages

SUMMARY_LENGTH = 220


# --- pieces shared by the lists -------------------------------------------

_ESCAPE = re.compile(r"\\(.)")


def summary(body: str, limit: int = SUMMARY_LENGTH) -> str:
    """Plain text of the first paragraph that is not a photo caption, cut at a word."""
    for block in body.split("\n\n"):
        block = block.strip()
        if not block or (block.startswith("*") and block.endswith("*")):
            continue
        plain = html.unescape(_ESCAPE.sub(r"\1", block))
        if len(plain) <= limit:
            return plain
        return plain[:limit].rsplit(" ", 1)[0].rstrip(",;:.-–") + "…"
    return ""


def _count(n: int) -> str:
    return TEXT["count"].format(n=n)


def _item(entry: Entry, catalog: Catalog, source: str, with_summary: bool = True) -> str:
    """One article in a list: linked title, date and places, then a summary."""
    article = entry.article
    facts = [format_event(article)]
    if catalog.when[article.slug].from_published:
        facts[0] = f"{md.text(facts[0])} ({TEXT['by_published']})"
    else:
        facts[0] = md.text(facts[0])
    if article.provinces:
        facts.append(", ".join(md.text(p) for p in article.provinces))
    lines = [f"- **{md.link(article.title, catalog.article_path(entry), source)}**  ", f"  {' · '.join(facts)}"]
    text = summary(article.body) if with_summary else ""
    if text:
        lines[-1] += "  "
        lines.append(f"  {md.text(text)}")
    return "\n".join(lines)


def _list(entries: Iterable[Entry], catalog: Catalog, source: str, with_summary: bool = True) -> str:
    items = [_item(e, catalog, source, with_summary) for e in entries]
    return "\n".join(items) if items else TEXT["no_articles"]


# --- home ------------------------------------------------------------------


def home_pages(catalog: Catalog, options: Options) -> list[Page]:
    """Newest first, `per_page` a page; page 1 is the site's home."""
    per_page = max(1, options.per_page)
    total = max(1, math.ceil(len(catalog.entries) / per_page))
    pages = []
    for number in range(1, total + 1):
        source = paths.home_page(number)
        chunk = catalog.entries[(number - 1) * per_page : number * per_page]
        parts = [TEXT["home_intro"] if number == 1 else "", _list(chunk, catalog, source), _pager(number, total, source)]
        title = PAGE_TITLES["home"] if number == 1 else f"{PAGE_TITLES['home']} – {TEXT['page_n'].format(n=number, total=total)}"
        pages.append(page(source, title, "\n\n".join(p for p in parts if p), nav=number == 1))
    return pages


def _pager(number: int, total: int, source: str) -> str:
    if total == 1:
        return ""
    links = []
    if number > 1:
        links.append(f"[{md.text(TEXT['newer'])}]({md.relative(paths.home_page(number - 1), source)})")
    links.append(md.text(TEXT["page_n"].format(n=number, total=total)))
    if number < total:
        links.append(f"[{md.text(TEXT['older'])}]({md.relative(paths.home_page(number + 1), source)})")
    return " · ".join(links)


# --- provinces -------------------------------------------------------------


def province_pages(catalog: Catalog, options: Options) -> list[Page]:
    """Overview grouped by the 34 current units, and a page per province."""
    source = paths.PROVINCES
    header = [f"| {TEXT['unit_column']} | {TEXT['provinces_column']} | {TEXT['count_column']} |", "|---|---|--:|"]
    rows = []
    for unit in catalog.units():
        count = len({e.path for p in unit.provinces for e in catalog.by_province.get(p, ())})
        name = md.text(TEXT["unit_heading"].format(kind=unit.kind.capitalize(), name=unit.name))
        members = ", ".join(_province_cell(p, catalog, source) for p in unit.provinces)
        rows.append(f"| {f'**{name}**' if count else name} | {members} | {count} |")
    sections = [TEXT["provinces_intro"], "\n".join(header + rows)]
    others = [f"- {_province_cell(name, catalog, source)}" for name in catalog.unknown_provinces()]
    if catalog.no_province:
        others.append(f"- {md.link(TEXT['no_province'], paths.NO_PROVINCE, source)} ({len(catalog.no_province)})")
    if others:
        sections.append(f"## {md.text(TEXT['other_places'])}\n\n" + "\n".join(others))
    pages = [page(source, PAGE_TITLES["provinces"], "\n\n".join(sections), nav=True)]
    for name, entries in sorted(catalog.by_province.items()):
        target = paths.province(name)
        note = _change_note(name, catalog)
        pages.append(page(target, name, "\n\n".join(p for p in (note, _list(entries, catalog, target)) if p)))
    if catalog.no_province:
        body = "\n\n".join((TEXT["no_province_intro"], _list(catalog.no_province, catalog, paths.NO_PROVINCE)))
        pages.append(page(paths.NO_PROVINCE, TEXT["no_province"], body))
    return pages


def _province_cell(name: str, catalog: Catalog, source: str) -> str:
    """'[Trà Vinh](tra-vinh.md) (2)' or, with no article, the plain name."""
    entries = catalog.by_province.get(name, [])
    return f"{md.link(name, paths.province(name), source)} ({len(entries)})" if entries else md.text(name)


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
    note = TEXT[f"province_page_{kind}"].format(name=name, kind=unit_kind, unit=unit)
    return md.text(" ".join(note.split()))


# --- people, organisations, countries ---------------------------------------


def _named_page(path: str, title: str, intro: str, items: dict[str, Named], catalog: Catalog, by_letter: bool) -> Page:
    sections = [intro]
    groups: dict[str, list[Named]] = defaultdict(list)
    for item in items.values():
        groups[initial(item.name) if by_letter else ""].append(item)
    for letter, members in groups.items():
        lines = [f"## {md.text(letter)}", ""] if letter else []
        for item in members:
            roles = f" — {md.text(TEXT['roles'].format(roles='; '.join(item.roles)))}" if item.roles else ""
            lines.append(f'- <a id="{item.anchor}"></a>**{md.text(item.name)}**{roles} ({_count(len(item.entries))})')
            for entry in item.entries:
                link = md.link(entry.article.title, catalog.article_path(entry), path)
                lines.append(f"    - {link} — {md.text(format_event(entry.article))}")
        sections.append("\n".join(lines))
    if not items:
        sections.append(TEXT["no_articles"])
    return page(path, title, "\n\n".join(sections), nav=True)


def people_pages(catalog: Catalog, options: Options) -> list[Page]:
    return [_named_page(paths.PEOPLE, PAGE_TITLES["people"], TEXT["people_intro"], catalog.people, catalog, True)]


def organisation_pages(catalog: Catalog, options: Options) -> list[Page]:
    return [
        _named_page(
            paths.ORGANISATIONS, PAGE_TITLES["organisations"], TEXT["organisations_intro"], catalog.organisations, catalog, True
        )
    ]


def country_pages(catalog: Catalog, options: Options) -> list[Page]:
    return [_named_page(paths.COUNTRIES, PAGE_TITLES["countries"], TEXT["countries_intro"], catalog.countries, catalog, False)]


# --- years -----------------------------------------------------------------


def _by_month(entries: list[Entry], catalog: Catalog) -> dict[int | None, list[Entry]]:
    months: dict[int | None, list[Entry]] = defaultdict(list)
    for entry in entries:
        months[catalog.when[entry.article.slug].month].append(entry)
    return dict(sorted(months.items(), key=lambda kv: kv[0] or 0, reverse=True))


def _month_heading(month: int | None) -> str:
    return TEXT["month"].format(month=month) if month else TEXT["month_unknown"]


def year_pages(catalog: Catalog, options: Options) -> list[Page]:
    """Overview of years and months, a page per year, and the unknown-year group."""
    source = paths.YEARS
    lines = []
    for year, entries in catalog.by_year.items():
        months = _by_month(entries, catalog)
        month_links = ", ".join(
            f"[{md.text(_month_heading(m))}]({md.relative(paths.year(year) + '#' + paths.anchor(_month_heading(m)), source)}) ({len(es)})"
            for m, es in months.items()
        )
        lines.append(f"- **{md.link(str(year), paths.year(year), source)}** — {_count(len(entries))}: {month_links}")
    lines.append(f"- **{md.link(TEXT['unknown_year'], paths.UNKNOWN_YEAR, source)}** — {_count(len(catalog.unknown_year))}")
    pages = [page(source, PAGE_TITLES["years"], "\n\n".join((TEXT["years_intro"], "\n".join(lines))), nav=True)]
    for year, entries in catalog.by_year.items():
        target = paths.year(year)
        sections = [
            f"## {md.text(_month_heading(m))}\n\n{_list(es, catalog, target, with_summary=False)}"
            for m, es in _by_month(entries, catalog).items()
        ]
        pages.append(page(target, TEXT["year_title"].format(year=year), "\n\n".join(sections)))
    target = paths.UNKNOWN_YEAR
    sections = [TEXT["unknown_year_intro"]]
    if catalog.unknown_year:
        sections += [
            f"## {md.text(_month_heading(m))}\n\n{_list(es, catalog, target, with_summary=False)}"
            for m, es in _by_month(catalog.unknown_year, catalog).items()
        ]
    else:
        sections.append(TEXT["no_articles"])
    pages.append(page(target, TEXT["unknown_year"], "\n\n".join(sections)))
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
    return [page(paths.SEARCH, PAGE_TITLES["search"], body, nav=True, template="search.html")]


# --- articles --------------------------------------------------------------


def article_pages(catalog: Catalog, options: Options) -> list[Page]:
    """Each article as the core writes it: every field in the front matter."""
    pages = []
    for entry in catalog.entries:
        text = to_markdown(entry.article, extra={"source_file": entry.path})
        pages.append(Page(catalog.article_path(entry), text, entry.article.title, article=entry.article))
    return pages


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
