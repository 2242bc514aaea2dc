"""Small Markdown and HTML writing helpers for generated pages.

Names, titles and roles come from pasted news text, so anything written into
a page goes through :func:`text` (Markdown) or :func:`html_text` (HTML): a
``<script>`` in a title must reach the reader as characters, and a ``*`` or
``[`` must not turn into emphasis or a link.
"""

from __future__ import annotations

import functools
import html
import posixpath
import re

from ..core.markdown import escape_inline

_ODD_SPACE = re.compile(r"[^\S ]\s*| \s+")  # white space other than one plain space: rare, so cheap to look for


def one_line(value: str) -> str:
    """`value` with each run of white space as one space."""
    return _ODD_SPACE.sub(" ", value)


def plain(value: str) -> str:
    """`value` on one line: runs of white space as one space, none at the ends."""
    return _ODD_SPACE.sub(" ", value).strip()


def escape(value: str) -> str:
    """Inline Markdown that shows `value` literally, on one line (spaces at the
    ends kept). The core's inline escape (``blocks`` guards the start of a
    line), plus "|", which index pages' tables would read as a cell edge."""
    return escape_inline(_ODD_SPACE.sub(" ", value)).replace("|", "\\|")


def text(value: str) -> str:
    """Inline Markdown that shows `value` literally, on one line."""
    return escape(plain(value))


def html_text(value: str) -> str:
    """HTML text or attribute value that shows `value` literally."""
    return html.escape(plain(value), quote=True)


def relative(target: str, source: str) -> str:
    """Link from page `source` to page `target`, both docs-relative .md paths.

    Relative links to ``.md`` files are what MkDocs (and most Markdown site
    generators) resolve, so the rendered tree works outside MkDocs too.
    """
    target_path, _, anchor = target.partition("#")
    folder, _, name = target_path.rpartition("/")
    up = _relative_folder(folder, posixpath.dirname(source))
    link = f"{up}{name}"
    return f"{link}#{anchor}" if anchor else link


@functools.lru_cache(maxsize=4096)
def _relative_folder(folder: str, start: str) -> str:
    """'../x/' from folder `start` to folder `folder` ('' for the same folder)."""
    relative = posixpath.relpath(folder or ".", start or ".")
    return "" if relative == "." else relative + "/"


def link(label: str, target: str, source: str) -> str:
    """A Markdown link with escaped label."""
    return f"[{text(label)}]({relative(target, source)})"
