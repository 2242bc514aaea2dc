"""Settings of the diplonews MkDocs plugin (the schema only; hooks live in mkdocs_plugin)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class DiplonewsConfig(base.Config):
    enabled = c.Type(bool, default=True)
    """Turn the plugin off (no article or index pages, no search index)."""

    news_dir = c.Dir(exists=True, default="news")
    """Folder of pasted articles (`*.txt`), relative to mkdocs.yml."""

    data_dir = c.Optional(c.Dir(exists=True))
    """Folder of data files replacing the ones shipped with the package."""

    archive_dir = c.Type(str, default="bai-viet")
    """Folder (inside the site) that holds one page per article."""

    per_page = c.Type(int, default=20)
    """Articles per page of every article list: the newest-first home pages, and
    the pages of a province, a year, a person, an organisation or a country."""

    search = c.Type(bool, default=True)
    """Run Pagefind after the build (turn off for quick previews)."""
