"""Fixtures for the page-generation tests: articles made by hand, archives of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from diplonews.core.archive import Archive, Entry, load_archive
from diplonews.core.gazetteer import Gazetteer, load_gazetteer
from diplonews.core.model import Article, Person
from diplonews.core.text import slugify

NEWS = Path(__file__).resolve().parents[2] / "news"


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def news_archive(gaz: Gazetteer) -> Archive:
    return load_archive(NEWS, gaz)


def article(title: str, **fields: Any) -> Article:
    """An Article as the core would give it; people may be given as (name, role)."""
    people = tuple(p if isinstance(p, Person) else Person(*p) for p in fields.pop("people", ()))
    fields.setdefault("body", f"Nội dung bài {title}.")
    return Article(title=title, slug=fields.pop("slug", slugify(title)), people=people, **fields)


def archive_of(*articles: Article) -> Archive:
    return Archive(tuple(Entry(f"news/{i:03d}.txt", a) for i, a in enumerate(articles)), ())


@pytest.fixture
def make_archive() -> Callable[..., Archive]:
    return archive_of
