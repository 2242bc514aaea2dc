"""Where each generated page lives, relative to the docs root.

Every address is built from ``core.text.slugify`` (đ kept as d), the same
function the toc extension uses for heading anchors, so a province reads
``tinh-thanh/dong-thap/`` and its heading ``#dong-thap``. Addresses are part
of the archive's promise: once published they should not move.

The scheme, with MkDocs' directory URLs in brackets:

- a list split into pages keeps page 1 at the list's own address and puts
  page N in ``trang/N`` under it: ``index.md`` (``/``) continues at
  ``trang/2.md`` (``/trang/2/``), ``tinh-thanh/dong-thap.md``
  (``/tinh-thanh/dong-thap/``) at ``tinh-thanh/dong-thap/trang/2.md``
  (``/tinh-thanh/dong-thap/trang/2/``); see :func:`paged`;
- a person, organisation or country has a page in its overview's folder:
  ``nhan-vat/nguyen-van-an.md``, ``to-chuc/...``, ``quoc-gia/lao.md``; two
  names that slugify alike get ``-2``, ``-3`` in Vietnamese order;
- an overview too long for one page is split by initial letter:
  ``nhan-vat/chu-cai/a.md``, ``nhan-vat/chu-cai/dd.md`` (Đ).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..core.text import slugify

HOME = "index.md"
SEARCH = "tim-kiem.md"
PROVINCES = "tinh-thanh/index.md"
NO_PROVINCE = "tinh-thanh/chua-xac-dinh.md"
PEOPLE = "nhan-vat.md"
ORGANISATIONS = "to-chuc.md"
COUNTRIES = "quoc-gia.md"
YEARS = "theo-nam/index.md"
UNKNOWN_YEAR = "theo-nam/khong-ro-nam.md"
REPORT = "bao-cao-kiem-tra.md"

PAGE_FOLDER = "trang"  # page N of a list: <list folder>/trang/N.md
LETTER_FOLDER = "chu-cai"  # letter pages of a split overview: <overview folder>/chu-cai/<letter>.md
OTHER_INITIAL = "khac"  # the letter page of names that start with no letter ("#")


@dataclass(frozen=True)
class Layout:
    """Folder names that a site may change (articles_dir in the plugin config)."""

    articles_dir: str = "bai-viet"

    def article(self, slug: str) -> str:
        return f"{self.articles_dir.strip('/')}/{slug}.md" if self.articles_dir.strip("/") else f"{slug}.md"


def folder(page: str) -> str:
    """The folder a page's URL stands for: '' for index.md, 'tinh-thanh/x/' for tinh-thanh/x.md."""
    if page == "index.md" or page.endswith("/index.md"):
        return page[: -len("index.md")]
    return page[: -len(".md")] + "/"


def paged(first: str, number: int) -> str:
    """Page `number` of the list whose page 1 is `first`."""
    return first if number == 1 else f"{folder(first)}{PAGE_FOLDER}/{number}.md"


def province(name: str) -> str:
    return f"tinh-thanh/{slugify(name)}.md"


def year(value: int) -> str:
    return f"theo-nam/{value}.md"


def entity(overview: str, slug: str) -> str:
    """The page of one person, organisation or country, in its overview's folder."""
    return f"{folder(overview)}{slug}.md"


# Letters of the Vietnamese alphabet that slugify would fold into another one,
# spelt as Vietnamese keyboards (Telex) type them.
_LETTER_SLUGS = {"Ă": "aw", "Â": "aa", "Đ": "dd", "Ê": "ee", "Ô": "oo", "Ơ": "ow", "Ư": "uw"}


def letter_slug(letter: str) -> str:
    """A stable address part for an initial: 'a', 'dd' for Đ, 'khac' for '#'."""
    if letter in _LETTER_SLUGS:
        return _LETTER_SLUGS[letter]
    if letter.isascii() and letter.isalpha():
        return letter.lower()
    if letter.isalpha():  # a foreign letter: its code point, never folded into a Vietnamese one
        return f"u{ord(unicodedata.normalize('NFC', letter)[0]):04x}"
    return OTHER_INITIAL


def letter_page(overview: str, letter: str) -> str:
    return f"{folder(overview)}{LETTER_FOLDER}/{letter_slug(letter)}.md"


def anchor(name: str) -> str:
    """Heading anchor for a name, as the toc extension would make it."""
    return slugify(name, max_length=200)
