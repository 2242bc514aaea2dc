"""The top of an article page: title and the facts a reader wants at a glance.

The article's Markdown stays exactly what the core wrote (front matter plus
body), so the rendered tree stays portable; this header is added around the
converted body by the MkDocs plugin. Everything here is escaped HTML: a
name or title holding ``<script>`` shows as text.

The same block carries Pagefind's instructions (which part to index, the
title, date and filters), because only article pages are searchable.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..core.model import Article
from . import paths
from .blocks import Href
from .catalog import Catalog, Named
from .dates import format_event, format_published, iso_date
from .labels import ARTICLE, SEARCH_FILTERS, SEARCH_META_DATE, TEXT
from .md import html_text as esc
from .pages import change_label
from .search import add_search_folds


def safe_url(url: str | None) -> str | None:
    """Only web links become links; `javascript:` and the like stay text."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def _row(label: str, value: str, css: str) -> str:
    return f'<div class="dn-meta__row dn-meta__{css}"><dt>{esc(label)}</dt><dd>{value}</dd></div>'


def _a(href: str, text: str, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return f'<a href="{esc(href)}"{cls}>{esc(text)}</a>'


def _when_text(article: Article, catalog: Catalog) -> str:
    """Event date, or the publication date marked as such, for search results."""
    if catalog.when[article.slug].from_published:
        return f"{format_published(article.published)} ({TEXT['by_published']})"
    return format_event(article)


def _provinces(article: Article, catalog: Catalog, href: Href) -> str:
    chips = []
    for name in article.provinces:
        change = change_label(name, catalog)
        note = f' <span class="dn-chip__now">({esc(change)})</span>' if change else ""
        target = href(paths.province(name))
        chips.append(f'<a class="dn-chip" href="{esc(target)}">{esc(name)}{note}</a>')
    return " ".join(chips)


def _people(article: Article, catalog: Catalog, href: Href) -> str:
    items = []
    for person in article.people:
        named = catalog.people.get(person.name)
        name = _a(href(named.path), person.name) if named else esc(person.name)
        role = f', <span class="dn-role">{esc(person.role)}</span>' if person.role else ""
        items.append(f"<li>{name}{role}</li>")
    return f'<ul class="dn-list">{"".join(items)}</ul>'


def _named_links(names: tuple[str, ...], index: dict[str, Named], href: Href, css: str = "") -> list[str]:
    """Each name linked to its own page (plain text if it has none)."""
    out = []
    for name in names:
        named = index.get(name)
        if named:
            out.append(_a(href(named.path), name, css))
        else:
            out.append(f'<span class="{css}">{esc(name)}</span>' if css else esc(name))
    return out


def _source(article: Article) -> str | None:
    url = safe_url(article.source_url)
    label = article.source or (urlsplit(url).netloc if url else None)
    if not label:
        return None
    if url:
        return f'<a href="{esc(url)}" rel="noopener nofollow" class="dn-source">{esc(label)}</a>'
    return esc(label)


def meta_block(article: Article, catalog: Catalog, href: Href) -> str:
    """The <dl> of facts under the title; rows without a value are left out."""
    rows = []
    date = esc(format_event(article))
    iso = iso_date(article)
    rows.append(_row(ARTICLE["date"], f'<time datetime="{esc(iso)}">{date}</time>' if iso else date, "date"))
    if article.provinces:
        rows.append(_row(ARTICLE["provinces"], _provinces(article, catalog, href), "provinces"))
    if article.people:
        rows.append(_row(ARTICLE["people"], _people(article, catalog, href), "people"))
    if article.organisations:
        links = _named_links(article.organisations, catalog.organisations, href)
        value = f'<ul class="dn-list">{"".join(f"<li>{x}</li>" for x in links)}</ul>'
        rows.append(_row(ARTICLE["organisations"], value, "organisations"))
    if article.countries:
        value = " ".join(_named_links(article.countries, catalog.countries, href, "dn-chip"))
        rows.append(_row(ARTICLE["countries"], value, "countries"))
    source = _source(article)
    if source:
        rows.append(_row(ARTICLE["source"], source, "source"))
    if article.author:
        rows.append(_row(ARTICLE["author"], esc(article.author), "author"))
    published = format_published(article.published)
    if published:
        rows.append(_row(ARTICLE["published"], esc(published), "published"))
    return f'<dl class="dn-meta" data-pagefind-ignore>{"".join(rows)}</dl>'


def search_tags(article: Article, catalog: Catalog) -> str:
    """Invisible Pagefind title, date and filters (values in attributes, never split)."""
    tags = [("meta", "title", article.heading), ("meta", SEARCH_META_DATE, _when_text(article, catalog))]
    year = catalog.when[article.slug].year
    tags.append(("filter", SEARCH_FILTERS["year"], str(year) if year else TEXT["unknown_year"]))
    tags += [("filter", SEARCH_FILTERS["province"], name) for name in article.provinces]
    tags += [("filter", SEARCH_FILTERS["country"], name) for name in article.countries]
    return "".join(
        f'<span data-pagefind-{kind}="{esc(key)}[data-value]" data-value="{esc(value)}"></span>' for kind, key, value in tags
    )


def article_html(article: Article, body_html: str, catalog: Catalog, href: Href) -> str:
    """The whole content area of an article page: header, body, search data."""
    title = add_search_folds(f"<h1>{esc(article.heading)}</h1>")
    body = add_search_folds(body_html)
    return (
        f'<div class="dn-article" data-pagefind-body>{search_tags(article, catalog)}{title}'
        f'{meta_block(article, catalog, href)}<div class="dn-body">{body}</div></div>'
    )
