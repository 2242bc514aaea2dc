"""Regexes built from data/language.yaml: the words around the facts.

Date, stamp, byline and caption grammar is data like the gazetteer; this
module turns its word lists into the patterns the step modules use, once
per gazetteer.

Patterns that scan whole paragraphs start with what they match (a digit, a
word's first letter) and look behind only after it: a pattern that starts
with a look-behind is tried at every character, one that starts with a
digit lets the engine skip to the digits.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .gazetteer import Gazetteer, alternation
from .text import LOWER, UPPER


def _words(items: tuple[str, ...] | list[str]) -> str:
    return alternation(items).pattern


def _starting_with_word(word: str, rest: str) -> re.Pattern[str]:
    """`word` where no letter precedes it, then `rest`, all case-blind.

    Written so that a search skips ahead to the word: the engine does that
    only for a pattern whose first character is a class or a literal
    outside IGNORECASE, so the word's first letter is spelled in both cases
    and the rest is case-blind; the look-behind comes after the word. A
    pattern that starts with an assertion, or is compiled IGNORECASE, is
    tried at every character.
    """
    first = "".join(dict.fromkeys(word[0].lower() + word[0].upper()))
    return re.compile(rf"[{re.escape(first)}](?i:{re.escape(word[1:])}(?<![^\W\d_].{{{len(word)}}}){rest})")


@dataclass(frozen=True)
class Vocabulary:
    cue_before_date: re.Pattern[str]  # ends right before a lede's date
    words_date: re.Pattern[str]  # "ngày 28 tháng 3 năm 2013"
    date_range: re.Pattern[str]  # "20 - 26/10", "14 và 15/3/2019"
    range_end: re.Pattern[str]  # "… đến 3/3/2019" after a start
    month_year: re.Pattern[str]  # "tháng 12/2018"
    time: re.Pattern[str]  # "09:07 AM", "10h30", "10 giờ 30"
    document_number: re.Pattern[str]  # "số " right before a number
    stamp_words: re.Pattern[str]  # a line with these is a posting stamp
    stamp_furniture: re.Pattern[str]  # what else a stamp line may hold
    stamp_end: re.Pattern[str]  # a stamp word ending a text: "Thứ ba, ngày"
    am: frozenset[str]
    pm: frozenset[str]
    photo_credit: re.Pattern[str]
    image_marker: re.Pattern[str]  # "- ảnh 1" a copy leaves after a repeated title
    credit_end: re.Pattern[str]  # "Ảnh: THỤY VŨ", "(Ảnh: TTXVN phát)" ending a caption
    caption_source: re.Pattern[str]  # "(Nguồn: TTXVN)" ending a caption
    cited_outlet: re.Pattern[str]  # "Theo báo Gia Lai, " opening a lede
    lede_start: re.Pattern[str]  # a dated time of day opening a lede
    byline_label: re.Pattern[str]  # "Bài và ảnh: "
    signature: re.Pattern[str]  # "(H.V., Sở Ngoại vụ TPHCM, ngày 25-1-2008)" closing an article
    and_word: re.Pattern[str]  # " và ", " cùng "
    and_words: frozenset[str]
    pair_lead: str  # regex: "Việt Nam", "Việt"


@functools.lru_cache(maxsize=4)
def vocabulary(gaz: Gazetteer) -> Vocabulary:
    lang = gaz.language
    day, month, year = (re.escape(w) for w in (lang.day_word, lang.month_word, lang.year_word))
    weekdays, stamps = _words(lang.weekdays), _words(lang.stamp_words)
    ranges, hours, number = _words(lang.range_words), _words(lang.hour_words), re.escape(lang.number_word)
    meridiem = _words([*lang.meridiem_am, *lang.meridiem_pm])
    cues = _words([*lang.day_parts, *lang.date_cues])
    photo, illustration = _words(lang.photo_words), _words(lang.illustration_words)
    byline = _words(lang.byline_words)
    furniture = (
        r"(?:gmt|utc)\s*[+-]\s*\d+|"
        rf"{weekdays}|{stamps}|(?<![^\W\d_])(?:{day}|{_words(lang.time_cues)}|{hours}|{meridiem})(?![^\W\d_])"
        r"|[|/,:()\[\]\-–—+·•]"
    )
    return Vocabulary(
        cue_before_date=re.compile(rf"(?:{cues})\s*(?:\(?(?:{weekdays})\)?,?\s*)?(?:{day}\s*)?\Z", re.IGNORECASE),
        words_date=_starting_with_word(
            lang.day_word, rf"\s+(?P<d>\d{{1,2}})\s+{month}\s+(?P<m>\d{{1,2}})(?:\s*(?:{year}|,)\s*(?P<y>\d{{4}}))?"
        ),
        date_range=re.compile(
            rf"(?P<d>\d(?<![\d/.]\d)\d?)\s*(?:-|–|—|{ranges}|,)\s*(?:{day}\s*)?\d{{1,2}}\s*/\s*(?P<m>\d{{1,2}})"
            rf"(?:\s*/\s*(?P<y>\d{{4}}))?(?![\d])",
            re.IGNORECASE,
        ),
        range_end=re.compile(
            rf"\s*(?:-|–|—|{ranges})\s*(?:{day}\s*)?\d{{1,2}}\s*/\s*(?P<m>\d{{1,2}})\s*/\s*(?P<y>\d{{4}})", re.IGNORECASE
        ),
        month_year=_starting_with_word(lang.month_word, rf"\s+(?P<m>\d{{1,2}})\s*(?:/|-|{year})\s*(?P<y>\d{{4}})\b"),
        time=re.compile(
            rf"(?P<h>\d(?<!\d\d)\d?)\s*(?::|h|{hours})\s*(?P<min>\d{{2}})(?:\s*:\s*\d{{2}})?\s*(?P<ampm>{meridiem})?(?![\d])",
            re.IGNORECASE,
        ),
        document_number=re.compile(rf"(?:(?<![^\W\d_]){number}|[/-])\s*\Z", re.IGNORECASE),
        stamp_words=re.compile(rf"{weekdays}|{stamps}", re.IGNORECASE),
        stamp_furniture=re.compile(furniture, re.IGNORECASE),
        stamp_end=re.compile(rf"(?:{furniture})\s*\Z", re.IGNORECASE),
        am=frozenset(w.upper() for w in lang.meridiem_am),
        pm=frozenset(w.upper() for w in lang.meridiem_pm),
        photo_credit=re.compile(  # each form holds "(", ":" or "-" (clean._has_photo_credit)
            rf"\(\s*(?:{photo})\s*:|(?<![^\W\d_])(?:{photo})\s*:\s*\S|\((?:{illustration})\)|\s-\s*(?:{photo})\s*\d*\s*$",
            re.IGNORECASE,
        ),
        image_marker=re.compile(rf"^\s*(?:[-\u2013]\s*)?(?:{photo})\s*\d+\s*", re.IGNORECASE),
        credit_end=re.compile(
            rf"\s*(?:[-\u2013]\s*)?(?:\(\s*(?:{photo})\s*:[^()]*\)|(?<![^\W\d_])(?:{photo})\s*:\s*(?P<who>[^()]+?))\s*\.?\s*$",
            re.IGNORECASE,
        ),
        caption_source=re.compile(rf"\((?i:\s*(?:{_words(lang.caption_source_words)})\s*:[^()]{{1,40}}\)\s*$)"),  # "(" first: skipped to
        cited_outlet=re.compile(
            rf"(?:{_words(lang.according_words)})\s+(?P<outlet>(?:{_words(lang.outlet_words)})(?:\s+(?-i:[{UPPER}])[^,.;:()]{{0,40}}?)?)\s*,",
            re.IGNORECASE,
        ),
        lede_start=re.compile(
            rf"^(?:{_words(lang.day_parts)})(?:\s+{day})?\s+\d{{1,2}}\s*[/.-]\s*\d{{1,2}}[^:]*,", re.IGNORECASE
        ),
        byline_label=re.compile(rf"^(?:{byline})(?:\s*(?:{_words(lang.and_words)}|,)\s*(?:{byline}))*\s*:\s*", re.IGNORECASE),
        signature=re.compile(
            rf"^\((?P<who>(?:[{UPPER}][{LOWER}]?\.\s?){{1,3}}[{UPPER}]?\.?)"
            rf"\s*(?:[,\-\u2013]\s*(?P<office>[^,()]+?))?\s*(?:,\s*(?:{day}\s*)?\d[\d/.-]*)?\s*\)$"
        ),
        and_word=re.compile(rf"\s+(?:{_words(lang.and_words)})\s+"),
        and_words=frozenset(lang.and_words),
        pair_lead="(?:" + "|".join(re.escape(w) for w in sorted(lang.pair_leads, key=len, reverse=True)) + ")",
    )
