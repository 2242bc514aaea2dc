"""Dates: when the reported event happened, and when the page was posted.

The event date is the one a lede gives ("Sáng 28/03/2013", "Ngày 4/11",
"từ 20 - 26/10/2018", "ngày 28 tháng 3 năm 2013"). A year is only ever read
from the same date expression: "Ngày 4/11" stays a day and month
(``date_partial`` "--11-04") even when a later sentence mentions a year.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Iterator

from .document import Document
from .gazetteer import Gazetteer
from .text import regex_fold
from .vocabulary import Vocabulary, vocabulary

_DAY_MONTH = re.compile(
    r"(?P<d>\d(?<![\d/.-]\d)\d?)\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<y>\d{4}))?(?![\d]|[/.-]\d|\s*%)"
)
# The digit comes first (and the check that none precedes it after): a
# pattern opening with a look-behind is tried at every character.
_ISO = re.compile(r"(?P<y>\d(?<!\d\d)\d{3})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<min>\d{2}))?")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d\d*")  # not \d+: a pattern opening with a repeat is tried at every character
# How a pattern that matches only where a number starts opens: its first
# digit, then the check that no digit came before it.
_AT_NUMBER = r"(?P<d>\d(?<![\d"
# A document's code right before its date: "Kế hoạch số 12/KH-LHHN ngày
# 10/01/2020", "Quyết định 123/QĐ-TTg ngày …". The day word comes between.
_DOCUMENT_CODE = re.compile(r"\d+/[\w.-]*[A-ZĐ][\w.-]*\s+\S+\s+\Z")
_SENTENCE = re.compile(r"[.!?](?:\s+[^\W\d_])")

_Parts = tuple[int, int, int, int | None, int | None]  # a stamp's year, month, day, hour, minute

_FIRST_PARAGRAPHS = 3
_LEDE_CHARS = 1200


@dataclass(frozen=True)
class EventDate:
    date: str | None
    date_partial: str | None


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if year is not None and not 1900 <= year <= 2100:
        return False
    if day is None:
        return True
    try:
        _dt.date(year or 2000, month, day)  # 2000 is a leap year: 29/2 passes
    except ValueError:
        return False
    return True


def _iso(year: int | None, month: int, day: int | None) -> EventDate:
    if year is None:
        return EventDate(None, f"--{month:02d}-{day:02d}" if day else None)
    if day is None:
        return EventDate(f"{year:04d}-{month:02d}", None)
    return EventDate(f"{year:04d}-{month:02d}-{day:02d}", None)


_Candidate = tuple[int, int, int | None, int, int | None]  # position, rank, year, month, day


def _candidates(text: str, v: Vocabulary, month_word: str = "") -> list[_Candidate]:
    """(position, rank, year, month, day) of every date expression in `text`.

    Rank 0 is a date after a time-of-day or "ngày" cue, 1 a date with a year
    and no cue, 2 a bare day/month, 3 a month and year. The date of a
    document the lede cites is never the event's ("Thực hiện Kế hoạch số
    12/KH-LHHN ngày 10/01/2020 …, sáng 15/3/2020 …"). Dates spelled
    out are looked for only where `month_word` stands before a number.
    """
    return [c for c in _all_candidates(text, v, month_word) if _kept(text, c)]


def _kept(text: str, candidate: _Candidate) -> bool:
    """A real date, and not that of a document the lede cites."""
    position, _, year, month, day = candidate
    return _valid(year, month, day) and not _DOCUMENT_CODE.search(text, max(0, position - 40), position)


def _all_candidates(text: str, v: Vocabulary, month_word: str) -> list[_Candidate]:
    found = []
    numbers = [match.start() for match in _NUMBER.finditer(text)]
    spelled = not month_word or _before_number(text, numbers, month_word)
    for match in _matches_at(v.date_range, text, numbers):
        found.append(_range_date(text, match, v))
    for match in v.words_date.finditer(text) if spelled else ():
        found.append(_spelled_date(match))
    for match in _matches_at(_DAY_MONTH, text, numbers):
        candidate = _day_month_date(text, match, v)
        if candidate is not None:
            found.append(candidate)
    for match in v.month_year.finditer(text) if spelled else ():
        found.append((match.start(), 3, int(match["y"]), int(match["m"]), None))
    return found


def _range_date(text: str, match: re.Match[str], v: Vocabulary) -> _Candidate:
    """The first day of a range ("20 - 26/10/2018")."""
    cue = v.cue_before_date.search(text, max(0, match.start() - 40), match.start()) is not None
    year = int(match["y"]) if match["y"] else None
    return match.start(), 0 if cue else 1, year, int(match["m"]), int(match["d"])


def _spelled_date(match: re.Match[str]) -> _Candidate:
    """A date spelled out ("ngày 28 tháng 3 năm 2013")."""
    year = int(match["y"]) if match["y"] else None
    return match.start(), 0, year, int(match["m"]), int(match["d"])


def _day_month_date(text: str, match: re.Match[str], v: Vocabulary) -> _Candidate | None:
    """A day and month ("28/03/2013", "4/11"), or None where they are no date."""
    before = text[max(0, match.start() - 40): match.start()]
    if v.document_number.search(before):
        return None
    cue = v.cue_before_date.search(before) is not None
    year = int(match["y"]) if match["y"] else None
    if match["sep"] != "/" and year is None and not cue:
        return None  # "30.5" or "29-7" is a date only after a cue word
    if year is None:
        end = v.range_end.match(text, match.end())
        if end:
            year = int(end["y"]) - (1 if int(match["m"]) > int(end["m"]) else 0)
    rank = 0 if cue else (1 if year else 2)
    return match.start(), rank, year, int(match["m"]), int(match["d"])


def _opening_date(text: str, v: Vocabulary, day_word: str) -> _Candidate | None:
    """The lede's date when its first number opens a date after a cue
    ("Sáng 28/03/2013, …", "Ngày 4/11, …", "ngày 28 tháng 3 năm 2013"),
    found without reading the rest of the lede; None when it opens none.

    No date ranks before one after a cue, and every date holds a number:
    only a date spelled out may start before the first number, its day
    word and spaces right before it. At one position, candidates rank in
    _all_candidates' order (a range before a day and month).
    """
    number = _NUMBER.search(text)
    if number is None:
        return None
    spelled_at = len(text[: number.start()].rstrip()) - len(day_word)
    match = v.words_date.match(text, spelled_at) if spelled_at >= 0 else None
    if match is not None and _kept(text, candidate := _spelled_date(match)):
        return candidate
    match = v.date_range.match(text, number.start())
    if match is not None and _cued(text, candidate := _range_date(text, match, v)):
        return candidate
    match = _DAY_MONTH.match(text, number.start())
    day_month = _day_month_date(text, match, v) if match is not None else None
    return day_month if day_month is not None and _cued(text, day_month) else None


def _cued(text: str, candidate: _Candidate) -> bool:
    return candidate[1] == 0 and _kept(text, candidate)


def _matches_at(pattern: re.Pattern[str], text: str, numbers: list[int]) -> Iterator[re.Match[str]]:
    """What pattern.finditer(text) yields, for a pattern that can match only
    where a number starts: tried at `numbers`, where the numbers start.

    Scanning for a digit costs as much as the tries: the two day-first
    patterns share one scan for the numbers instead of one scan each.
    """
    if not pattern.pattern.startswith(_AT_NUMBER):
        yield from pattern.finditer(text)  # it may start elsewhere
        return
    end = 0
    for start in numbers:
        if start >= end and (match := pattern.match(text, start)) is not None:
            end = match.end()
            yield match


def _before_number(text: str, numbers: list[int], word: str) -> bool:
    """Whether `word`, in any case, may stand before one of the `numbers`
    (where they start), spaces between: the month word does in every date
    spelled out ("ngày 28 tháng 3", "tháng 12/2018"), whose patterns open
    with a common letter and cost a scan each.
    """
    folded = regex_fold(word)
    for start in numbers:
        before = text[:start].rstrip()
        if len(before) < start and regex_fold(before[-len(word):]) == folded:
            return True
    return False


def find_date(doc: Document, gaz: Gazetteer) -> EventDate:
    """The date of the reported event, from the lede paragraphs."""
    paragraphs = [p.text for p in doc.paragraphs if not p.caption and len(p.text) >= 60][:_FIRST_PARAGRAPHS]
    lede = "\n".join(paragraphs)[:_LEDE_CHARS]
    v = vocabulary(gaz)
    best = _opening_date(lede, v, gaz.language.day_word)
    if best is None:
        candidates = _candidates(lede, v, gaz.language.month_word)
        if not candidates:
            return EventDate(None, None)
        best = min(candidates, key=lambda c: (c[1], c[0]))
    position, rank, year, month, day = best
    return _iso(year, month, day)


def _stamp_parts(text: str, v: Vocabulary) -> _Parts | None:
    """(year, month, day, hour, minute) of the first full date in `text`."""
    iso = _ISO.search(text)
    return _iso_parts(iso) if iso else _written_parts(text, v)


def _iso_parts(iso: re.Match[str]) -> _Parts | None:
    year, month, day = int(iso["y"]), int(iso["m"]), int(iso["d"])
    hour, minute = (int(iso["h"]), int(iso["min"])) if iso["h"] else (None, None)
    return (year, month, day, hour, minute) if _valid(year, month, day) else None


def _written_parts(text: str, v: Vocabulary) -> _Parts | None:
    """The parts of a date written day first ("28/06/2017 09:07", "ngày
    28 tháng 6 năm 2017"), in a text that holds no ISO date."""
    match = next((m for m in _DAY_MONTH.finditer(text) if m["y"]), None)
    if match is None:
        match = v.words_date.search(text)
        if match is None or not match["y"]:
            return None
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not _valid(year, month, day):
        return None
    blanked = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    time = v.time.search(blanked)
    if not time:
        return year, month, day, None, None
    hour, minute, ampm = int(time["h"]), int(time["min"]), (time["ampm"] or "").upper()
    if ampm in v.pm and hour < 12:
        hour += 12
    if ampm in v.am and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return year, month, day, None, None
    return year, month, day, hour, minute


def parse_timestamp(text: str, gaz: Gazetteer) -> str | None:
    """ISO date-time of a page's posting stamp ("09:07 AM,28/06/2017").

    Only a stamp with a time counts: a bare date at the top of a page is as
    often the site's "today" as the article's posting time.
    """
    return _timestamp(_stamp_parts(text, vocabulary(gaz)))


def _timestamp(parts: _Parts | None) -> str | None:
    if parts is None or parts[3] is None:
        return None
    year, month, day, hour, minute = parts
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}"


def dateline(text: str, gaz: Gazetteer) -> str | None:
    """What a date-stamp line holds besides the stamp (maybe a byline), or
    None when the line is not a date stamp.

    A stamp line is short and has a full date plus a time or a stamp word
    ("Cập nhật", "Thứ Hai", "GMT+7"); what is left must be a few words, such
    as a category or the author's initials ("V.A 14/07/2013 14:41").
    """
    stamp = _read_stamp(text, vocabulary(gaz))
    return None if stamp is None else stamp[0]


def _read_stamp(text: str, v: Vocabulary) -> tuple[str, _Parts] | None:
    """What a date-stamp line holds besides the stamp, and the stamp's
    parts; None when the line is not a date stamp. One reading serves both
    questions about a line: is it a stamp, and what time does it give."""
    if len(text) > 120 or not _DIGIT.search(text):
        return None  # a stamp holds a full date: most lines go no further
    iso = _ISO.search(text)
    parts = _iso_parts(iso) if iso else _written_parts(text, v)
    if parts is None:
        return None
    rest = _ISO.sub(" ", text) if iso else text
    rest = _DAY_MONTH.sub(" ", rest)
    rest = v.words_date.sub(" ", rest)
    has_time = parts[3] is not None
    rest = v.time.sub(" ", rest)
    stamp_words = has_time or v.stamp_words.search(rest) is not None
    rest = v.stamp_furniture.sub(" ", rest)
    words = rest.split()
    if _SENTENCE.search(rest) or len(words) > 6:
        return None
    if not (stamp_words or not words):
        return None
    return " ".join(words), parts


def is_dateline(text: str, gaz: Gazetteer) -> bool:
    return _read_stamp(text, vocabulary(gaz)) is not None


def find_published(doc: Document, gaz: Gazetteer) -> str | None:
    """Posting time from the page's date-stamp lines, header first."""
    v = vocabulary(gaz)
    for line in (*doc.header, *doc.footer, *doc.tail[:5]):
        stamp = _read_stamp(line.text, v)
        if stamp is not None and stamp[1][3] is not None:
            return _timestamp(stamp[1])
    return None
