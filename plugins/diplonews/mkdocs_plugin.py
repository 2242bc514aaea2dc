"""The MkDocs adapter: news/*.txt in, archive pages and a Pagefind index out.

Only hooks live here. The core extracts articles, ``diplonews.site`` turns
them into pages; this module hands those pages to MkDocs as generated files,
keeps articles and all but the top index pages out of the navigation (2,000
articles in the nav made every page 760 KB), writes index pages and plain
article bodies straight to HTML instead of through Markdown, wraps each
article body in its header, renders the tabs and side bars once per folder
for the thousands of pages that share them, and runs Pagefind once the
HTML is written.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page as MkDocsPage
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

from .core.archive import load_archive
from .core.errors import ExtractError
from .core.gazetteer import Gazetteer, load_gazetteer
from .core.model import Article, Level
from .mkdocs_config import DiplonewsConfig
from .site import paths
from .site.article import article_html
from .site.blocks import Block, Href, to_html
from .site.body import body_html
from .site.catalog import Catalog
from .site.page import document
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
        self._blocks: dict[str, tuple[Block, ...]] = {}  # index pages, written as HTML directly
        self._links: _Links | None = None
        self._reused: dict[tuple[str, str, tuple[str, ...]], str] = {}  # see reuse()
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
        self._articles, self._generated, self._blocks, self._links = {}, set(), {}, None
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
        files.append(File.generated(config, page.path, content=_source(page), inclusion=inclusion))
        self._generated.add(page.path)
        if page.article is not None:
            self._articles[page.path] = page.article
        if page.blocks is not None:
            self._blocks[page.path] = page.blocks

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

        An article body in the core's plain form (paragraphs and captions),
        and every index page, are turned into HTML directly (in
        on_page_content); `site.body` and `site.blocks` are tested to match
        Markdown. Their Markdown is skipped here: it was a third of the build.
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
            if page.file.src_uri in self._blocks:
                return ""
        return markdown

    def on_page_content(self, html: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str | None:
        """Write an index page's HTML; put an article's title and facts above its body.

        Links are made relative to this page, as MkDocs would make them.
        """
        blocks = self._blocks.get(page.file.src_uri)
        if blocks is not None:
            html, toc = to_html(blocks, self._links_for(files).href(page))
            page.toc = get_toc(toc)  # type: ignore[arg-type]
            page.present_anchor_ids = {token["id"] for token in toc}
            return html
        article = self._articles.get(page.file.src_uri)
        if article is None or self._catalog is None:
            return html
        html = self._bodies.pop(page.file.src_uri, html)
        return article_html(article, html, self._catalog, self._links_for(files).href(page))

    def _links_for(self, files: Files) -> _Links:
        if self._links is None:  # made once the files are final, at the first page
            self._links = _Links(files)
        return self._links

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment | None:
        self._reused = {}
        env.globals["diplonews_reuse"] = self.reuse
        return env

    def reuse(self, block: str, page: MkDocsPage | None, render: Callable[[], str]) -> str:
        """A template block (tabs, side bars) rendered once for all the pages it reads the same on.

        Those are generated pages outside the navigation with no table of
        contents: their tabs and side bars depend only on the folder they
        are in (links are relative) and on what they hide. Any other page
        renders its own.
        """
        if not isinstance(page, MkDocsPage) or page.file.src_uri not in self._generated:
            return render()
        if page.file.inclusion.is_in_nav() or page.toc:
            return render()
        key = (block, page.url.rstrip("/").rpartition("/")[0], tuple(page.meta.get("hide", ())))
        if key not in self._reused:
            self._reused[key] = render()
        return self._reused[key]

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled or not self.config.search:
            return
        started = time.perf_counter()
        try:
            indexed = run_pagefind(config.site_dir, self.config.archive_dir)
        except Exception as err:  # the binary or its service failed: the site is still usable
            raise PluginError(f"diplonews: Pagefind failed: {err}") from err
        log.info(f"Pagefind indexed {indexed} article pages in {time.perf_counter() - started:.1f} s")
        if indexed < len(self._articles):
            log.warning(f"Pagefind indexed {indexed} pages but the site has {len(self._articles)} articles")

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer | None:
        if self.config.enabled:
            server.watch(self.config.news_dir)
        return server


def _source(page: Page) -> str:
    """What MkDocs reads of a generated page: the front matter its templates
    use, and a body only where MkDocs may still have to convert it.

    The full page (every article field, the index page as Markdown) is what
    `diplonews render` writes; MkDocs would parse it only to throw it away.
    """
    if page.article is not None:
        author = {"author": page.article.author} if page.article.author else {}
        return document(page.title, page.article.body, **author)
    if page.blocks is not None:
        return document(page.title, "", **page.meta)
    return page.markdown


class _Links:
    """Links from one page to others, as MkDocs makes them, for HTML written here.

    Tens of thousands of links a build: the URL of each page is looked up in
    a plain dict, and the way from a page to a folder is worked out once.
    """

    def __init__(self, files: Files) -> None:
        self._urls = {file.src_uri: file.url for file in files.documentation_pages()}
        self._folders: dict[tuple[str, str], str] = {}

    def href(self, page: MkDocsPage) -> Href:
        """Links from `page` to docs-relative page paths ("tinh-thanh/hue.md#x")."""
        here = page.file.url

        def href(target: str) -> str:
            path, _, anchor = target.partition("#")
            url = self._urls.get(path)
            if url is None:
                log.warning(f"diplonews: {page.file.src_uri} links to {path}, which is not a page")
                link = path
            elif url == here and anchor:
                link = ""
            else:
                link = self._relative(url, here)
            return f"{link}#{anchor}" if anchor else link

        return href

    def _relative(self, url: str, here: str) -> str:
        bare = url.rstrip("/")
        folder, slash, name = bare.rpartition("/")
        if not slash:  # a page at the top: no folder to reuse
            return get_relative_url(url, here)
        key = (folder, here)
        way = self._folders.get(key)
        if way is None:
            way = self._folders[key] = get_relative_url(folder + "/", here).removeprefix("./")
        return way + name + url[len(bare) :]
