"""Lists of articles, split into pages of ``Options.per_page``.

Every list a reader pages through (the home page, a province, a year, a
person...) is built here the same way: page 1 at the list's own address,
page N at ``paths.paged(first, N)``, a pager under each page. An article
reads the same in every list: linked title, date and provinces, and
(optionally) the start of its text; that item is made once per article and
shared by all the lists it is in.
"""

from __future__ import annotations

import html
import re
from typing import Callable, Iterable, Sequence, TypeVar

from ..core.archive import Entry
from . import paths
from .blocks import Block, Bullets, Heading, Line, Link, Para, Strong, para
from .catalog import Catalog
from .dates import format_event
from .labels import TEXT
from .page import Options, Page, page

SUMMARY_LENGTH = 220

_ESCAPE = re.compile(r"\\(.)")
_WORD = re.compile(r"\w")

T = TypeVar("T")


def summary(body: str, limit: int = SUMMARY_LENGTH) -> str:
    """Plain text of the first paragraph with words that is not a photo caption, cut at a word."""
    for block in body.split("\n\n"):
        block = block.strip()
        if not block or (block.startswith("*") and block.endswith("*")):
            continue
        plain = " ".join(html.unescape(_ESCAPE.sub(r"\1", block)).split())
        if not _WORD.search(plain):
            continue
        if len(plain) <= limit:
            return plain
        return plain[:limit].rsplit(" ", 1)[0].rstrip(",;:.-–") + "…"
    return ""


def count(n: int) -> str:
    return TEXT["count"].format(n=n)


def item(entry: Entry, catalog: Catalog, with_summary: bool = True) -> tuple[Line, ...]:
    """One article in a list: linked title, date and places, then a summary."""
    key = (entry.path, with_summary)
    found = catalog.items.get(key)
    if found is not None:
        return found
    article = entry.article
    facts = format_event(article)
    if catalog.when[article.slug].from_published:
        facts = f"{facts} ({TEXT['by_published']})"
    if article.provinces:
        facts += " · " + ", ".join(article.provinces)
    lines: tuple[Line, ...] = ((Strong(Link(article.heading, catalog.article_path(entry))),), (facts,))
    text = summary(article.body) if with_summary else ""
    if text:
        lines += ((text,),)
    catalog.items[key] = lines
    return lines


def chunks(rows: Sequence[T], size: int) -> list[Sequence[T]]:
    """`rows` cut into pages of `size`; an empty list is one empty page."""
    size = max(1, size)
    return [rows[start : start + size] for start in range(0, len(rows), size)] or [rows[:0]]


def first_page(rows: Sequence[T], size: int, key: Callable[[T], object]) -> dict[object, int]:
    """The page number on which each key first shows up."""
    found: dict[object, int] = {}
    for index, row in enumerate(rows):
        found.setdefault(key(row), index // max(1, size) + 1)
    return found


def pager(number: int, total: int, first: str) -> Para | None:
    """'← Trang trước · 1 … 3 4 **5** 6 7 … 20 · Trang sau →' under page `number` of `total`."""
    if total == 1:
        return None
    parts: list = []
    if number > 1:
        parts += [Link(TEXT["newer"], paths.paged(first, number - 1)), " · "]
    shown = sorted({1, total, *range(max(1, number - 2), min(total, number + 2) + 1)})
    for index, n in enumerate(shown):
        if index:
            parts.append(" … " if n > shown[index - 1] + 1 else " ")
        parts.append(Strong(str(n)) if n == number else Link(str(n), paths.paged(first, n)))
    if number < total:
        parts += [" · ", Link(TEXT["older"], paths.paged(first, number + 1))]
    return para(*parts)


def paged_pages(
    first: str, title: str, bodies: list[list[Block]], nav: bool = False, top: Iterable[Block] = ()
) -> list[Page]:
    """A page for each body, `top` above and the pager below each; page 1 at `first`."""
    total = len(bodies)
    top = list(top)
    pages = []
    for number, body in enumerate(bodies, start=1):
        path = paths.paged(first, number)
        below = pager(number, total, first)
        heading = title if number == 1 else TEXT["page_title"].format(title=title, n=number, total=total)
        pages.append(page(path, heading, [*top, *body, *([below] if below else [])], nav=nav and number == 1))
    return pages


def list_pages(
    first: str,
    title: str,
    entries: Sequence[Entry],
    catalog: Catalog,
    options: Options,
    *,
    intro: Iterable[Block] = (),
    top: Iterable[Block] = (),
    with_summary: bool = True,
    group: Callable[[Entry], str] | None = None,
    nav: bool = False,
) -> list[Page]:
    """A list of articles as pages of `options.per_page`.

    `intro` opens page 1 only, `top` every page; with `group`, a heading
    starts each run of articles of one group (a month) on every page.
    """
    bodies: list[list[Block]] = []
    for number, chunk in enumerate(chunks(entries, options.per_page), start=1):
        body: list[Block] = list(intro) if number == 1 else []
        if not chunk:
            body.append(para(TEXT["no_articles"]))
        elif group is None:
            body.append(Bullets(tuple(item(e, catalog, with_summary) for e in chunk)))
        else:
            runs: list[tuple[str, list[Entry]]] = []
            for entry in chunk:
                label = group(entry)
                if not runs or runs[-1][0] != label:
                    runs.append((label, []))
                runs[-1][1].append(entry)
            for label, run in runs:
                body += [Heading(label), Bullets(tuple(item(e, catalog, with_summary) for e in run))]
        bodies.append(body)
    return paged_pages(first, title, bodies, nav=nav, top=top)
