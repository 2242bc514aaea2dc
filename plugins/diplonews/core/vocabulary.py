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

from .gazetteer import WORD_CHAR, Gazetteer, alternation, name_pattern
from .text import LOWER, UPPER


def _words(items: tuple[str, ...] | list[str]) -> str:
    return alternation(items).pattern


def _starting_with_word(word: str, rest: str) -> re.Pattern[str]:
    """`word` where no letter precedes it, then `rest`, all case-blind.

    Written so that a search skips ahead to the word: the engine does that
    only for a pattern whose first character is a class or a literal
    outside IGNORECASE, so the word's first letter is spelled in every case
    (_cases) and the rest is case-blind; the look-behind comes after the
    word. A pattern that starts with an assertion, or is compiled
    IGNORECASE, is tried at every character.
    """
    first = "".join(re.escape(letter) for letter in _cases(word[0]))
    return re.compile(rf"[{first}](?i:{re.escape(word[1:])}(?<![^\W\d_].{{{len(word)}}}){rest})")


@functools.cache
def _plane() -> str:
    """Every character of Unicode's first plane (surrogates aside)."""
    return "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))


@functools.cache
def _cases(letter: str) -> tuple[str, ...]:
    """Every character a case-blind regex takes for `letter`: "s", "S" and
    the long s "ſ" for "s". Found by asking the engine itself, so a pattern
    that spells them out matches what the case-blind one did; no character
    beyond the first plane is case-equal to one in it (nor the reverse)."""
    if letter >= "\U00010000":
        return (letter,)
    return tuple(re.findall(re.escape(letter), _plane(), re.IGNORECASE))


_Piece = tuple[str, str]  # a case-blind branch: its first character, and the regex after it


def _by_first_letter(pieces: list[_Piece]) -> str:
    """The alternation of `pieces`, written so that a search skips ahead
    to where one may start.

    The engine skips ahead only when every branch opens with a literal
    outside IGNORECASE: each piece's first character is spelled in every
    case it has, one branch per spelling, which holds every piece opening
    with it in their order (the pieces that open with another character
    cannot match there, so the engine picks the branch it picked before).
    """
    branches: dict[str, list[str]] = {}
    for first, after in pieces:
        for letter in _cases(first):
            branches.setdefault(letter, []).append(after)
    return "|".join(f"{re.escape(letter)}(?:{'|'.join(afters)})" for letter, afters in branches.items())


# A group referred to by number or name, which reordering a union changes.
_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _line_union(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """What the gazetteer's case-blind union of `patterns` (each compiled
    as "(?:…)\\Z" around what a data file wrote) matches at a line's start,
    written so that only the patterns opening with the line's first letter
    are tried; None where that cannot be written.

    Case-blind, every pattern costs the engine a jump into it, even where
    its first letter is not the line's. Here the patterns that open with a
    letter are grouped behind a class of its cases, which the engine tests
    without a jump; the others follow as they are. Whether a line matches
    does not hang on the order, but what a group number refers to does:
    a pattern that refers to a group leaves the union as it was.
    """
    written = [p.pattern for p in patterns]
    if any(_REFERENCE.search(w) for w in written):
        return None
    by_letter: dict[tuple[str, ...], list[str]] = {}
    others = []
    for whole in written:
        inner = whole.removeprefix("(?:").removesuffix(r")\Z")
        letter = _opening_letter(inner) if len(inner) == len(whole) - 6 else None
        if letter is None:
            others.append(f"(?i:{whole})")
        else:
            by_letter.setdefault(_cases(letter), []).append(rf"(?i:{inner[1:]})\Z")
    grouped = [f"[{''.join(map(re.escape, cases))}](?:{'|'.join(rests)})" for cases, rests in by_letter.items()]
    return re.compile("|".join(grouped + others))


def _opening_letter(pattern: str) -> str | None:
    """The letter every match of `pattern` opens with, in one of its cases;
    None when the pattern may open otherwise: a quantifier may drop the
    letter, an alternation outside brackets may offer another, and a
    comment ("#") may hide either from this reading."""
    if not pattern[:1].isalpha() or pattern[1:2] in ("*", "+", "?", "{") or "#" in pattern:
        return None
    return None if _outer_alternation(pattern) else pattern[0]


def _outer_alternation(pattern: str) -> bool:
    """Whether `pattern` has a "|" outside its brackets and parentheses,
    or leaves a parenthesis open, or closes one it never opened."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1  # the character after a backslash is no syntax
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += pattern.startswith("^", index + 1)
            index += pattern.startswith("]", index + 1)  # a "]" first in a class is one of its characters
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth < 0:
                return True
        elif char == "|" and depth == 0:
            return True
        index += 1
    return depth != 0


def _word_pieces(words: tuple[str, ...] | list[str], then: str = "") -> list[_Piece]:
    """The pieces of `alternation(words)`: whole words (no WORD_CHAR before
    or after them), longest first, case-blind, each followed by `then`.
    The check before a word comes after its first letter."""
    pieces = []
    for word in sorted(set(words), key=len, reverse=True):
        pattern, first = name_pattern(_opening_with_letter(word)), re.escape(word[:1])
        pieces.append((word[0], rf"(?<!{WORD_CHAR}.)(?i:{pattern[len(first):]})(?!{WORD_CHAR}){then}"))
    return pieces


def _opening_with_letter(word: str) -> str:
    """`word`, which must start with a letter or a digit (name_pattern()
    then starts with that character as written)."""
    if not word[:1].isalnum():
        raise ValueError(f"a word of data/language.yaml must start with a letter or a digit: {word!r}")
    return word


def _between_spaces(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of `words` (as alternation() writes them, case kept) with spaces
    before and after it: " và ", " cùng ".

    Opens with one space, so that a search skips from space to space; the
    rest of the spaces before the word are taken possessively: a word
    starts with a letter or a digit, so giving a space back never helps.
    """
    return re.compile(rf"\s\s*+(?:{_words([_opening_with_letter(w) for w in words])})\s+")


def _plain_pieces(words: tuple[str, ...] | list[str] | str, then: str = "") -> list[_Piece]:
    """The pieces of `word1|word2|…` (as written, case-blind), each followed by `then`."""
    return [(word[0], (f"(?i:{re.escape(word[1:])})" if word[1:] else "") + then) for word in words]


def _letter_word(word: str, then: str = "") -> _Piece:
    """The piece of `word` as written, case-blind, with no letter before it."""
    return word[0], rf"(?<![^\W\d_].)(?i:{re.escape(word[1:])}){then}"


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
    tail_start: re.Pattern[str]  # a line that starts the page's tail ("Tin mới nhất"), as gaz.tail_regex


@functools.lru_cache(maxsize=4)
def vocabulary(gaz: Gazetteer) -> Vocabulary:
    lang = gaz.language
    day, month, year = (re.escape(w) for w in (lang.day_word, lang.month_word, lang.year_word))
    weekdays, ranges, hours = _words(lang.weekdays), _words(lang.range_words), _words(lang.hour_words)
    meridiem = _words([*lang.meridiem_am, *lang.meridiem_pm])
    photo, illustration = _words(lang.photo_words), _words(lang.illustration_words)
    byline = _words(lang.byline_words)
    # What else a stamp line may hold. The words bounded by WORD_CHAR
    # (letters and digits) are bounded by letters too, as the day word is.
    furniture = _by_first_letter([
        *_plain_pieces(["gmt", "utc"], r"\s*[+-]\s*\d+"),
        *_word_pieces(lang.weekdays),
        *_word_pieces(lang.stamp_words),
        _letter_word(lang.day_word, r"(?![^\W\d_])"),
        *_word_pieces(lang.time_cues),
        *_word_pieces(lang.hour_words),
        *_word_pieces([*lang.meridiem_am, *lang.meridiem_pm]),
        *_plain_pieces("|/,:()[]-–—+·•"),
    ])
    return Vocabulary(
        cue_before_date=re.compile(
            rf"(?:{_by_first_letter(_word_pieces([*lang.day_parts, *lang.date_cues]))})"
            rf"(?i:\s*(?:\(?(?:{weekdays})\)?,?\s*)?(?:{day}\s*)?\Z)"
        ),
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
        document_number=re.compile(rf"(?:{_by_first_letter([_letter_word(lang.number_word), *_plain_pieces('/-')])})\s*\Z"),
        stamp_words=re.compile(_by_first_letter([*_word_pieces(lang.weekdays), *_word_pieces(lang.stamp_words)])),
        stamp_furniture=re.compile(furniture),
        stamp_end=re.compile(rf"(?:{furniture})\s*\Z"),
        am=frozenset(w.upper() for w in lang.meridiem_am),
        pm=frozenset(w.upper() for w in lang.meridiem_pm),
        # Whether a line holds a photo credit (not where: the last form is
        # found from its dash). Each form holds "(", ":" or "-" (clean._has_photo_credit).
        photo_credit=re.compile(_by_first_letter([
            ("(", rf"(?i:\s*(?:{photo})\s*:)"),
            *_word_pieces(lang.photo_words, r"\s*:\s*\S"),
            ("(", rf"(?i:(?:{illustration})\))"),
            ("-", rf"(?<=\s-)(?i:\s*(?:{photo})\s*\d*\s*$)"),
        ])),
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
        and_word=_between_spaces(lang.and_words),
        and_words=frozenset(lang.and_words),
        pair_lead="(?:" + "|".join(re.escape(w) for w in sorted(lang.pair_leads, key=len, reverse=True)) + ")",
        tail_start=_line_union(gaz.tail_markers) or gaz.tail_regex,
    )
