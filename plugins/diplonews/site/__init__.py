"""The site side of the archive, free of MkDocs.

``pages`` turns an Archive into pages (articles and index pages; ``lists``
pages through long lists of articles, ``entities`` makes the people,
organisation and country pages), ``blocks`` writes an index page as Markdown
or straight as HTML, ``article`` renders an article's header, ``search``
prepares pages for Pagefind and runs it, ``render`` writes the front-matter
Markdown tree to disk. The MkDocs plugin and ``diplonews render`` are both
thin callers of this package.
"""

from .pages import INDEX_BUILDERS, Options, Page, build_pages

__all__ = ["INDEX_BUILDERS", "Options", "Page", "build_pages"]
