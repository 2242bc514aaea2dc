"""The site side of the archive, free of MkDocs.

``pages`` turns an Archive into front-matter Markdown pages (articles and
index pages), ``article`` renders an article's header, ``search`` prepares
pages for Pagefind and runs it, ``render`` writes the tree to disk. The
MkDocs plugin and ``diplonews render`` are both thin callers of this package.
"""

from .pages import INDEX_BUILDERS, Options, Page, build_pages

__all__ = ["INDEX_BUILDERS", "Options", "Page", "build_pages"]
