"""Index pages as a few plain blocks, written as Markdown or straight as HTML.

An index page holds paragraphs, headings, bullet lists and tables of text,
bold and links: nothing else. :func:`to_markdown` writes those blocks for the
front-matter tree (``diplonews render``, and the file MkDocs reads);
:func:`to_html` writes the HTML Python-Markdown (with the tables and toc
extensions) makes of that Markdown, without parsing it. The plugin serves
the latter: Markdown's inline processor over thousands of links and
escapes was a third of a 2,000-article build. A test checks that both
give the same HTML for every generated page and for odd text.

Text parts are plain strings (a name, a title) and are escaped here, once:
``<script>`` or ``*`` in a title reaches the reader as those characters.
Link targets are docs-relative page paths (``tinh-thanh/hue.md#x``); the
Markdown writer makes them relative to the page, the HTML writer asks the
caller's ``href``.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, NamedTuple, Union

from markdown.extensions.toc import unique

from . import md, paths


class Link(NamedTuple):
    label: str
    target: str  # docs-relative page path, optionally "#anchor"


class Strong(NamedTuple):
    content: Union[str, Link]


class Code(NamedTuple):
    text: str  # a command or file name; never holds a backtick


Inline = Union[str, Link, Strong, Code]
Line = tuple[Inline, ...]  # one line of text; lines of a block are joined by hard breaks


class Para(NamedTuple):
    lines: tuple[Line, ...]


class Heading(NamedTuple):
    text: str  # a level-2 heading; its anchor is made as the toc extension makes it


class Bullets(NamedTuple):
    """A list; never put two side by side (Markdown would read them as one)."""

    items: tuple[tuple[Line, ...], ...]  # each item: one or more lines


class Table(NamedTuple):
    head: tuple[str, ...]
    right: tuple[bool, ...]  # right-aligned columns
    rows: tuple[tuple[Line, ...], ...]  # each row: one single-line cell per column


Block = Union[Para, Heading, Bullets, Table]
Href = Callable[[str], str]  # a docs-relative page path ("tinh-thanh/hue.md#x") -> the link from the current page


def para(*parts: Inline) -> Para:
    """A one-line paragraph."""
    return Para((parts,))


def joined(groups: Iterable[Iterable[Inline]], separator: str) -> tuple[Inline, ...]:
    """The parts of each group, `separator` between groups: ('A', ' · ', 'B')."""
    out: list[Inline] = []
    for group in groups:
        if out:
            out.append(separator)
        out.extend(group)
    return tuple(out)


def heading_ids(texts: list[str]) -> list[str]:
    """Anchors of a page's headings in order, as the toc extension numbers them."""
    used: set[str] = set()
    return [unique(paths.anchor(text), used) for text in texts]


# --- Markdown ----------------------------------------------------------------

# What would begin a block at the start of a line: a heading, a list item
# ("-", "+", "1.") or, for a line of "=" alone, the line above as a heading.
_LINE_START = re.compile(r"[#+-]|\d+(?=\.)")
_UNDERLINE = re.compile(r"=+")
# "]:" in a link's label at the start of a line would make it a reference definition.
_REFERENCE = "]&#58;"


def _md_inline(part: Inline, source: str) -> str:
    if type(part) is str:
        return md.escape(part)
    if type(part) is Link:
        return f"[{md.text(part.label).replace(']:', _REFERENCE)}]({md.relative(part.target, source)})"
    if type(part) is Code:
        return f"`{md.plain(part.text)}`"
    content = part.content
    return f"**{md.text(content) if type(content) is str else _md_inline(content, source)}**"


def _md_line(line: Line, source: str) -> str:
    text = ""
    for part in line:
        if type(part) is Link and text.endswith("!"):  # never escaped so far; "![" would start an image
            text = text[:-1] + "\\!"
        text += _md_inline(part, source)
    text = text.strip(" ")
    start = _LINE_START.match(text)
    if start:
        text = text[: start.end()] + "\\" + text[start.end() :] if text[0].isdigit() else "\\" + text
    elif _UNDERLINE.fullmatch(text):
        text = "&#61;" + text[1:]
    return text


def _md_block(block: Block, source: str) -> str:
    kind = type(block)
    if kind is Para:
        return "  \n".join([_md_line(line, source) for line in block.lines])
    if kind is Heading:
        return "## " + md.text(block.text).replace("#", "\\#")
    if kind is Bullets:
        return "\n".join(["- " + "  \n  ".join([_md_line(line, source) for line in item]) for item in block.items])
    header = "| " + " | ".join(md.text(h) for h in block.head) + " |"
    rule = "|" + "|".join("--:" if right else "---" for right in block.right) + "|"
    rows = ["| " + " | ".join([_md_line(cell, source) for cell in row]) + " |" for row in block.rows]
    return "\n".join([header, rule, *rows])


def to_markdown(blocks: tuple[Block, ...] | list[Block], source: str) -> str:
    """The Markdown body of page `source` (docs-relative path)."""
    return "\n\n".join([_md_block(block, source) for block in blocks])


# --- HTML --------------------------------------------------------------------


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _html_inline(part: Inline, href: Href) -> str:
    if type(part) is str:
        return _esc(md.one_line(part))
    if type(part) is Link:
        label = _esc(md.plain(part.label)).replace("]:", _REFERENCE)
        return f'<a href="{_esc(href(part.target)).replace(chr(34), "&quot;")}">{label}</a>'
    if type(part) is Code:
        return f"<code>{_esc(md.plain(part.text))}</code>"
    content = part.content
    return f"<strong>{_esc(md.plain(content)) if type(content) is str else _html_inline(content, href)}</strong>"


def _html_line(line: Line, href: Href) -> str:
    text = "".join([_html_inline(part, href) for part in line]).strip(" ")
    return "&#61;" + text[1:] if _UNDERLINE.fullmatch(text) else text


def _html_item(lines: tuple[Line, ...], href: Href) -> str:
    """A list item; Markdown keeps a continuation line's indent only before text."""
    first, *rest = [_html_line(line, href) for line in lines]
    return "<li>" + first + "".join(["<br />\n" + ("" if text[:1] == "<" else "  ") + text for text in rest]) + "</li>"


def _cell(tag: str, right: bool, content: str) -> str:
    style = ' style="text-align: right;"' if right else ""
    return f"<{tag}{style}>{content}</{tag}>"


def to_html(blocks: tuple[Block, ...] | list[Block], href: Href) -> tuple[str, list[dict]]:
    """The HTML Python-Markdown makes of :func:`to_markdown`, and its toc tokens.

    `href` maps a docs-relative target to the link written in the page.
    """
    out = []
    toc = []
    ids = iter(heading_ids([block.text for block in blocks if type(block) is Heading]))
    for block in blocks:
        kind = type(block)
        if kind is Para:
            out.append("<p>" + "<br />\n".join([_html_line(line, href) for line in block.lines]) + "</p>")
        elif kind is Heading:
            anchor, name = next(ids), _esc(md.plain(block.text))
            out.append(f'<h2 id="{anchor}">{name}</h2>')
            toc.append({"level": 2, "id": anchor, "name": name, "html": name, "data-toc-label": "", "children": []})
        elif kind is Bullets:
            out.append("<ul>\n" + "\n".join([_html_item(item, href) for item in block.items]) + "\n</ul>")
        else:
            head = "\n".join(_cell("th", right, _esc(md.plain(h))) for h, right in zip(block.head, block.right))
            rows = [
                "<tr>\n" + "\n".join(_cell("td", r, _html_line(c, href)) for c, r in zip(row, block.right)) + "\n</tr>"
                for row in block.rows
            ]
            out.append(f"<table>\n<thead>\n<tr>\n{head}\n</tr>\n</thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>")
    return "\n".join(out), toc
