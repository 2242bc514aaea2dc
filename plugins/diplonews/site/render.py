"""Write the generated pages to disk as a plain front-matter Markdown tree.

This is the archive's way out of MkDocs: the tree holds exactly the pages
the plugin feeds to MkDocs (articles and index pages), with relative ``.md``
links between them, so any Markdown site generator can take it from here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from ..core.archive import Archive, load_archive
from ..core.gazetteer import Gazetteer
from .pages import Options, Page, build_pages


def write_tree(pages: Iterable[Page], out_dir: str | Path) -> list[Path]:
    """Write each page under `out_dir`; returns the files written."""
    root = Path(out_dir)
    written = []
    for page in pages:
        target = root / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, encoding="utf-8")
        written.append(target)
    return written


def render_archive(news_dir: str | Path, out_dir: str | Path, gaz: Gazetteer, options: Options | None = None) -> tuple[Archive, list[Path]]:
    """Load `news_dir` with the core and write every page under `out_dir`."""
    archive = load_archive(news_dir, gaz)
    _, pages = build_pages(archive, gaz, options)
    return archive, write_tree(pages, out_dir)
