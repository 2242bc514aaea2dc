"""What extraction produces. Field names match the front-matter keys."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import Enum


class Level(str, Enum):
    """How bad a notice is: errors fail `check` and `mkdocs build --strict`."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Notice:
    """Something the extractor was unsure of, or could not use, in one file."""

    level: Level
    line: int | None
    message: str

    def format(self, path: str) -> str:
        where = f"{path}:{self.line}" if self.line else path
        label = "lỗi" if self.level is Level.ERROR else "cảnh báo"
        return f"{where}: {label}: {self.message}"


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None = None


@dataclass(frozen=True)
class Article:
    title: str | None  # None when the text has no title line: a title is never made up
    slug: str
    date: str | None = None
    date_partial: str | None = None
    published: str | None = None
    provinces: tuple[str, ...] = ()
    provinces_current: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    people: tuple[Person, ...] = ()
    organisations: tuple[str, ...] = ()
    source: str | None = None
    source_url: str | None = None
    author: str | None = None
    body: str = ""
    headline: str | None = None  # an untitled article's first sentence, to show as its heading
    warnings: tuple[Notice, ...] = field(default=())

    @property
    def heading(self) -> str:
        """What pages show as the article's title."""
        return self.title or self.headline or self.slug


ARTICLE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Article))
