"""The extraction core: pasted article text in, a checked Article out.

Pure Python (stdlib, PyYAML, python-frontmatter); it never imports MkDocs,
so the archive can outlive any one site generator. Each step is a module
named after what it finds; this module only runs them in order.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, Mapping

from .byline import find_byline
from .clean import clean
from .corrections import apply_corrections, split_corrections
from .countries import find_countries
from .dates import find_date, find_published
from .decode import decode
from .errors import ExtractError
from .gazetteer import Gazetteer, load_gazetteer
from .markdown import render_body
from .matcher import forget_texts
from .model import ARTICLE_FIELDS, Article, Level, Notice, Person
from .orgs import find_organisations
from .people import find_people
from .places import current_units, find_provinces
from .text import clean_unicode, slugify

__all__ = [
    "ARTICLE_FIELDS",
    "Article",
    "ExtractError",
    "Level",
    "Notice",
    "Person",
    "extract_article",
    "extract_text",
    "load_gazetteer",
]


def extract_text(text: str, path: str = "<text>", gaz: Gazetteer | None = None) -> Article:
    """Extract an Article from already-decoded text (file contents)."""
    gaz = gaz or load_gazetteer()
    forget_texts()  # what the matchers remember by text serves one document only
    text = clean_unicode(text)
    corrections, text, first_line, notices = split_corrections(text)
    doc = clean(text, path, gaz, first_line)
    people = find_people(doc, gaz)
    provinces = find_provinces(doc, gaz, people.spans)
    event = find_date(doc, gaz)
    byline = find_byline(doc, gaz)
    fields = dict(
        title=None if doc.untitled else doc.title,
        headline=doc.title if doc.untitled else None,
        slug=slugify(doc.title) or "bai-viet",
        date=event.date,
        date_partial=event.date_partial,
        published=find_published(doc, gaz),
        provinces=provinces,
        provinces_current=current_units(provinces, gaz),
        countries=find_countries(doc, gaz, people.spans),
        people=tuple(p for p in people.people if p.name != byline.author),
        organisations=find_organisations(doc, gaz),
        source=byline.source,
        source_url=byline.source_url,
        author=byline.author,
        body=render_body(doc.paragraphs),
    )
    if not corrections.values:  # the usual case: one Article built, not three
        return Article(**fields, warnings=(*notices, *doc.notices, *_gaps(fields, len(text))))
    article, correction_notices = apply_corrections(Article(**fields), corrections)
    if "provinces" in _changed_fields(corrections) and "provinces_current" not in corrections.values:
        article = dataclasses.replace(article, provinces_current=current_units(article.provinces, gaz))
    if {"title", "headline"} & set(corrections.values) and "slug" not in corrections.values:
        article = dataclasses.replace(article, slug=slugify(article.heading) or "bai-viet")
    found = [*notices, *doc.notices, *correction_notices, *_gaps(vars(article), len(text))]
    return dataclasses.replace(article, warnings=tuple(found))


def extract_article(path: str | Path, display_path: str | None = None, gaz: Gazetteer | None = None) -> Article:
    """Read, decode and extract one article file.

    Raises ExtractError for a file that holds no article at all (empty,
    whitespace, binary, undecodable); anything softer becomes a notice.
    """
    shown = display_path or str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise ExtractError(shown, None, f"không đọc được tệp: {err.strerror or err}") from err
    text, decode_notices = decode(data, shown)
    article = extract_text(text, shown, gaz)
    if not decode_notices:
        return article
    return dataclasses.replace(article, warnings=(*decode_notices, *article.warnings))


def _changed_fields(corrections) -> set[str]:
    return {key.rstrip("+-") for key in corrections.values}


LARGE_FILE = 1_000_000  # characters; a news article is a few thousand


def _gaps(fields: Mapping[str, Any], size: int) -> list[Notice]:
    """Soft gaps worth an editor's look; none stops publication."""
    gaps = []
    if size > LARGE_FILE:
        gaps.append(Notice(Level.WARNING, None, f"tệp rất lớn ({size // 1000:,} nghìn ký tự); có thể đã dán nhiều bài vào một tệp"))
    if fields["date"] is None and fields["date_partial"] is None:
        gaps.append(Notice(Level.WARNING, None, "không tìm thấy ngày diễn ra sự kiện"))
    elif fields["date"] is None:
        gaps.append(Notice(Level.WARNING, None, f"ngày sự kiện không có năm ({fields['date_partial']})"))
    if not fields["provinces"]:
        gaps.append(Notice(Level.WARNING, None, "không tìm thấy tỉnh/thành nào"))
    return gaps
