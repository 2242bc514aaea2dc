"""One generated page and the settings every page builder receives."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Iterable, Mapping

import yaml

from ..core.frontmatter import to_markdown as article_markdown
from ..core.model import Article
from . import paths
from .blocks import Block, to_markdown
from .catalog import Catalog

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when present: thousands of index pages


@dataclass(frozen=True)
class Page:
    """One generated page: where it goes, its title and what it holds.

    Its full front-matter Markdown (``markdown``, what ``diplonews render``
    writes) is made on first use: the MkDocs plugin writes index pages and
    plain article bodies as HTML and never needs most of it.
    """

    path: str
    title: str
    nav: bool = False  # a top-level index page, linked from the site navigation
    article: Article | None = None  # article pages: the article, every field in the front matter
    blocks: tuple[Block, ...] | None = None  # index pages: the body
    text: str = ""  # any other page: its Markdown body
    meta: Mapping[str, Any] = field(default_factory=dict)  # front matter after the title (or the article's fields)

    @cached_property
    def markdown(self) -> str:
        if self.article is not None:
            return article_markdown(self.article, extra=dict(self.meta))
        body = to_markdown(self.blocks, self.path) if self.blocks is not None else self.text
        return document(self.title, body, **self.meta)


@dataclass(frozen=True)
class Options:
    layout: paths.Layout = field(default_factory=paths.Layout)
    per_page: int = 20  # articles per page of every list
    overview_limit: int = 1000  # names on one overview page; more are split by initial letter


PageBuilder = Callable[[Catalog, Options], list[Page]]


def document(title: str, body: str, **meta: Any) -> str:
    """Front-matter Markdown: the title (and any other keys), then the body."""
    head = yaml.dump({"title": title, **meta}, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10**9)
    return f"---\n{head}---\n\n{body.strip()}\n"


def page(path: str, title: str, blocks: Iterable[Block], nav: bool = False) -> Page:
    """An index page: a title and its body as blocks, nav=True to link it from the navigation."""
    return Page(path, title, nav, blocks=tuple(blocks))
