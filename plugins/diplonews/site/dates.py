"""When an article happened, as readers see it and as lists sort it.

The core gives an event date ("YYYY-MM-DD", "YYYY-MM", or "YYYY" from an
editor's correction), sometimes only a day and month ("--MM-DD"), and
sometimes a publication stamp. Lists go newest first by the event date, or
by the publication date when the event date is unknown; an article with
neither is never dropped but filed under "Không rõ năm".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.model import Article
from .labels import TEXT

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PARTIAL = re.compile(r"--(\d{2})-(\d{2})")
_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?")


@dataclass(frozen=True)
class When:
    """The date an article is filed under."""

    year: int | None
    month: int | None
    day: int | None
    from_published: bool = False

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Bigger is newer; unknown parts sort before known ones of the same period."""
        return (self.year or 0, self.month or 0, self.day or 0)


def _parts(value: str | None) -> tuple[int | None, int | None, int | None]:
    match = _ISO.fullmatch(value or "")
    if not match:
        return None, None, None
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def when(article: Article) -> When:
    """Event date if known, else the publication date, else nothing."""
    year, month, day = _parts(article.date)
    if year is not None:
        return When(year, month, day)
    stamp = _STAMP.match(article.published or "")
    if stamp:
        year, month, day = _parts(stamp.group(1))
        return When(year, month, day, from_published=True)
    partial = _PARTIAL.fullmatch(article.date_partial or "")
    if partial:
        return When(None, int(partial.group(1)), int(partial.group(2)))
    return When(None, None, None)


def format_date(value: str | None) -> str | None:
    """'2013-03-28' -> '28/03/2013'; '2013-03' -> 'tháng 03/2013'; '2019' -> 'năm 2019'."""
    year, month, day = _parts(value)
    if year is None:
        return None
    if month is None:
        return TEXT["date_year"].format(year=year)
    if day is None:
        return TEXT["date_month"].format(month=f"{month:02d}", year=year)
    return TEXT["date_full"].format(day=f"{day:02d}", month=f"{month:02d}", year=year)


def format_partial(value: str | None) -> str | None:
    """'--07-29' -> '29/07 (không rõ năm)'."""
    match = _PARTIAL.fullmatch(value or "")
    if not match:
        return None
    return TEXT["date_partial"].format(day=match.group(2), month=match.group(1))


def format_event(article: Article) -> str:
    """The event date as shown in the metadata block and in lists."""
    return format_date(article.date) or format_partial(article.date_partial) or TEXT["date_unknown"]


def format_published(value: str | None) -> str | None:
    """'2017-06-28T09:07' -> '09:07 28/06/2017'."""
    match = _STAMP.fullmatch(value or "") or _ISO.fullmatch(value or "")
    if not match:
        return None
    if match.re is _STAMP:
        date = format_date(match.group(1))
        return TEXT["published_at"].format(time=match.group(2), date=date) if match.group(2) else date
    return format_date(value)


def iso_date(article: Article) -> str | None:
    """Machine-readable date for <time datetime>: the event date, or None."""
    return article.date if article.date and _ISO.fullmatch(article.date) else None
