"""Where each generated page lives, relative to the docs root.

Every address is built from ``core.text.slugify`` (đ kept as d), the same
function the toc extension uses for heading anchors, so a province reads
``tinh-thanh/dong-thap/`` and its heading ``#dong-thap``. Addresses are part
of the archive's promise: once published they should not move.
"""

from __future__ import annotations

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


@dataclass(frozen=True)
class Layout:
    """Folder names that a site may change (articles_dir in the plugin config)."""

    articles_dir: str = "bai-viet"

    def article(self, slug: str) -> str:
        return f"{self.articles_dir.strip('/')}/{slug}.md" if self.articles_dir.strip("/") else f"{slug}.md"


def home_page(number: int) -> str:
    """Page 1 of the newest-first list is the home page; the rest follow."""
    return HOME if number == 1 else f"trang/{number}.md"


def province(name: str) -> str:
    return f"tinh-thanh/{slugify(name)}.md"


def year(value: int) -> str:
    return f"theo-nam/{value}.md"


def anchor(name: str) -> str:
    """Heading anchor for a name, as the toc extension would make it."""
    return slugify(name, max_length=200)
