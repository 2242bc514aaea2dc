"""Small Markdown and HTML writing helpers for generated pages.

Names, titles and roles come from pasted news text, so anything written into
a page goes through :func:`text` (Markdown) or :func:`html_text` (HTML): a
``<script>`` in a title must reach the reader as characters, and a ``*`` or
``[`` must not turn into emphasis or a link.
"""

from __future__ import annotations

import html
import posixpath
import re

# Inline markup only: list items and headings never start with the text, and
# with "[" escaped no "(" or "!" can start a link or an image. Fewer escapes
# also keep Python-Markdown fast on index pages with thousands of entries.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|])")
_SPACE = re.compile(r"\s+")


def text(value: str) -> str:
    """Inline Markdown that shows `value` literally, on one line."""
    value = _SPACE.sub(" ", value).strip()
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", value)


def html_text(value: str) -> str:
    """HTML text or attribute value that shows `value` literally."""
    return html.escape(_SPACE.sub(" ", value).strip(), quote=True)


def relative(target: str, source: str) -> str:
    """Link from page `source` to page `target`, both docs-relative .md paths.

    Relative links to ``.md`` files are what MkDocs (and most Markdown site
    generators) resolve, so the rendered tree works outside MkDocs too.
    """
    target_path, _, anchor = target.partition("#")
    link = posixpath.relpath(target_path, posixpath.dirname(source) or ".")
    return f"{link}#{anchor}" if anchor else link


def link(label: str, target: str, source: str) -> str:
    """A Markdown link with escaped label."""
    return f"[{text(label)}]({relative(target, source)})"
