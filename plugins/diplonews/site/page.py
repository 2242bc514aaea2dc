"""One generated page and the settings every page builder receives."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

import frontmatter
import yaml

from ..core.model import Article
from . import paths
from .catalog import Catalog


@dataclass(frozen=True)
class Page:
    """One generated page: where it goes and its full Markdown text."""

    path: str
    markdown: str
    title: str
    nav: bool = False  # a top-level index page, linked from the site navigation
    article: Article | None = None  # set on article pages only


@dataclass(frozen=True)
class Options:
    layout: paths.Layout = field(default_factory=paths.Layout)
    per_page: int = 20


PageBuilder = Callable[[Catalog, Options], list[Page]]


def _document(title: str, body: str, **meta: Any) -> str:
    post = frontmatter.Post(body.strip() + "\n", title=title, **meta)
    return frontmatter.dumps(post, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True) + "\n"


def page(path: str, title: str, body: str, nav: bool = False, **meta: Any) -> Page:
    """An index page: a title and a Markdown body, nav=True to link it from the navigation."""
    return Page(path, _document(title, body, **meta), title, nav)
