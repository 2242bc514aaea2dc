"""The MkDocs adapter: news/*.txt in, archive pages and a Pagefind index out.

Only hooks live here. The core extracts articles, ``diplonews.site`` turns
them into pages; this module hands those pages to MkDocs as generated files,
keeps articles out of the navigation (2,000 articles in the nav made every
page 760 KB), wraps each article body in its header, and runs Pagefind once
the HTML is written.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page as MkDocsPage

from .core.archive import load_archive
from .core.errors import ExtractError
from .core.gazetteer import Gazetteer, load_gazetteer
from .core.model import Article, Level
from .mkdocs_config import DiplonewsConfig
from .site import paths
from .site.article import article_html
from .site.body import body_html
from .site.catalog import Catalog
from .site.pages import Options, Page, build_pages
from .site.search import run_pagefind

log = get_plugin_logger(__name__)

THEME_DIR = Path(__file__).parent / "theme"


class DiplonewsPlugin(BasePlugin[DiplonewsConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self._gaz: Gazetteer | None = None
        self._catalog: Catalog | None = None
        self._articles: dict[str, Article] = {}
        self._generated: set[str] = set()
        self._bodies: dict[str, str] = {}  # article bodies already rendered to HTML

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Load the data files first, so bad data stops the build before any page."""
        if not self.config.enabled:
            return config
        try:
            self._gaz = load_gazetteer(self.config.data_dir)
        except ExtractError as err:
            raise PluginError(str(err)) from err
        if config.theme.name != "material":
            raise PluginError("diplonews: the archive's templates need theme 'material'")
        # Our templates go right after the site's own custom_dir, before Material's.
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
        return config

    @event_priority(-50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        """Extract every article and add article and index pages as generated files."""
        if not self.config.enabled or self._gaz is None:
            return files
        root = Path(config.config_file_path).parent if config.config_file_path else None
        archive = load_archive(self.config.news_dir, self._gaz, root=root)
        for error in archive.rejected:
            log.error(str(error))
        for entry in archive.entries:
            for notice in entry.article.warnings:
                if notice.level is Level.ERROR:
                    log.error(notice.format(entry.path))
        options = Options(paths.Layout(self.config.archive_dir), self.config.per_page)
        try:
            self._catalog, pages = build_pages(archive, self._gaz, options)
        except ValueError as err:
            raise PluginError(f"diplonews: {err}") from err
        self._articles, self._generated = {}, set()
        for page in pages:
            self._add_page(files, page, config)
        if config.nav is None:
            config.nav = self._default_nav(pages, files)
        search = files.get_file_from_path(paths.SEARCH)
        config.extra["diplonews"] = {"search_url": search.url if search else ""}
        log.info(f"{len(archive.entries)} articles, {len(pages) - len(archive.entries)} index pages")
        return files

    def _add_page(self, files: Files, page: Page, config: MkDocsConfig) -> None:
        if files.get_file_from_path(page.path) is not None:
            raise PluginError(f"diplonews: docs/{page.path} clashes with a generated page of the same path; rename it")
        inclusion = InclusionLevel.UNDEFINED if page.nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, page.path, content=page.markdown, inclusion=inclusion))
        self._generated.add(page.path)
        if page.article is not None:
            self._articles[page.path] = page.article

    @staticmethod
    def _default_nav(pages: list[Page], files: Files) -> list[Any]:
        """Index pages in their fixed order, then the hand-written pages of docs/."""
        nav: list[Any] = [{page.title: page.path} for page in pages if page.nav]
        generated = {page.path for page in pages}
        nav += sorted(f.src_uri for f in files.documentation_pages() if f.src_uri not in generated)
        return nav

    def on_page_markdown(self, markdown: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str | None:
        """Generated pages drop the left side bar (the tabs already navigate);
        articles also drop the table of contents (they have no headings).

        An article body in the core's plain form (paragraphs and captions) is
        turned into HTML directly; `site.body` is tested to match Markdown.
        """
        article = self._articles.get(page.file.src_uri)
        if article is not None:
            page.meta.setdefault("hide", ["navigation", "toc"])
            html = body_html(article.body)
            if html is not None:  # plain paragraphs: skip Markdown, a third of the build time
                self._bodies[page.file.src_uri] = html
                return ""
        elif page.file.src_uri in self._generated:
            page.meta.setdefault("hide", ["navigation"])
        return markdown

    def on_page_content(self, html: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str | None:
        """Put the article's title and facts above its body, with links relative to this page."""
        article = self._articles.get(page.file.src_uri)
        if article is None or self._catalog is None:
            return html

        def href(target: str) -> str:
            path, _, anchor = target.partition("#")
            file = files.get_file_from_path(path)
            url = file.url_relative_to(page.file) if file is not None else path
            return f"{url}#{anchor}" if anchor else url

        html = self._bodies.pop(page.file.src_uri, html)
        return article_html(article, html, self._catalog, href)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled or not self.config.search:
            return
        started = time.perf_counter()
        try:
            indexed = run_pagefind(config.site_dir)
        except Exception as err:  # the binary or its service failed: the site is still usable
            raise PluginError(f"diplonews: Pagefind failed: {err}") from err
        log.info(f"Pagefind indexed {indexed} article pages in {time.perf_counter() - started:.1f} s")
        if indexed < len(self._articles):
            log.warning(f"Pagefind indexed {indexed} pages but the site has {len(self._articles)} articles")

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer | None:
        if self.config.enabled:
            server.watch(self.config.news_dir)
        return server
