"""From pasted page text to a Document: title, paragraphs and furniture.

Editors paste whole pages: menus, counters, a date stamp, the title, the
article, then "Tin mới nhất" and comment boxes. What is not the article is
recognised by shape and by the patterns in ``data/boilerplate.yaml``. The
title is the first title-shaped line that an article paragraph follows; a
caption glued to a repeat of the title ("…nhân dânPhó Bí thư…") is split
off and kept, marked as a caption. Nothing of the article itself is dropped.
"""

from __future__ import annotations

import functools
import re
from itertools import takewhile

from .dates import is_dateline
from .document import Document, Line, Paragraph
from .errors import ExtractError
from .gazetteer import WORD_CHAR, Gazetteer
from .model import Level, Notice
from .syllables import has_vietnamese_letter, is_syllable, split_glued
from .text import LOWER, UPPER, fold, regex_fold
from .vocabulary import vocabulary

MAX_TITLE = 300
_TITLE_SCAN = 40
_ARTICLE_FOLLOWS = 4
_BREADCRUMB_SEP = re.compile(r"\s+(?:/|>|»|›|\|)\s+")
_BREADCRUMB_MARKS = "/>»›|"
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
_GLUED_PUNCT = re.compile(rf"[.;:!?…,](?=[{UPPER}][{LOWER}])")
# _GLUED_PUNCT found with one literal: with the other marks replaced by full
# stops, a search skips ahead to the stops, where a search for the class of
# marks tests every character against the class.
_GLUE_MARKS = ";:!?…,"
_GLUED_STOP = re.compile(rf"\.(?=[{UPPER}][{LOWER}])")
_LOWER_PAIR = re.compile(rf"[{LOWER}]{{2}}")
_CAPITAL = re.compile(rf"[{UPPER}]")
_CASE_GLUE = re.compile(rf"(?<=[{LOWER}])(?=[{UPPER}][{LOWER}])")
_VOWEL = "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
# One syllable has one run of vowels; a vowel, consonants, a vowel inside a
# word means two syllables glued together (or a foreign word).
_VOWELS = _VOWEL + _VOWEL.upper()  # both cases spelled out: IGNORECASE would check every character slowly
# Only Vietnamese consonants: a word with any other letter splits into no
# two syllables, and a class of letters is checked faster than \w.
_CONSONANTS = "bcdđghklmnpqrstvx" + "bcdđghklmnpqrstvx".upper()
_TWO_VOWEL_RUNS = re.compile(rf"[{_VOWELS}][{_CONSONANTS}]+[{_VOWELS}]")
_CONSONANT_SET = frozenset(_CONSONANTS)
_LETTERS = re.compile(r"[^\W\d_]+")
_LETTERS_BEFORE = re.compile(r"[^\W\d_]+\Z")
# An outlet tag on a line of its own, before the lede ("ĐNA -").
_TAG_DASHES = ("-", "\u2013")
LONE_TAG = re.compile(rf"\(?(?P<tag>[{UPPER}][{UPPER}0-9&]{{1,8}})\)?\s*[{''.join(_TAG_DASHES)}]\Z")
_HAS_WORD = re.compile(r"[^\W_]")
_BULLET = re.compile(r"^[•·▪►◦\-*+]\s")
# An outlet tag opening a lede (not a title): "(QNO) ", "VTV.vn - ".
_TAG_START = re.compile(rf"^(?:\(?[{UPPER}][\w.&]{{1,14}}\)\s|[{UPPER}][{UPPER}0-9&.]{{1,9}}\s+[-\u2013]\s)")
# "Chính trị Đưa quan hệ … ĐNO - Chiều 19/8, …": category, title, tag, lede.
_TAG_IN_LINE = re.compile(rf"\s\(?([{UPPER}][{UPPER}0-9&]{{1,7}})\)?\s+[-\u2013]\s+(?=[{UPPER}])")
_ABBREVIATION_BEFORE = re.compile(r"(?:^|[\s(])(?:[A-ZĐ][A-ZĐ]{0,2}|[A-ZĐ][a-zđ]|[A-Za-z]\.[A-Za-z])\Z")
# "Theo Ban Tổ chức, chương trình …" goes on as a sentence: it names no source.
_CLAUSE_AFTER_COMMA = re.compile(rf",\s+[{LOWER}]")
_LONG_PARAGRAPH = 150
_FOOTER_SCAN = 6


def clean(text: str, path: str, gaz: Gazetteer, first_line: int = 1) -> Document:
    """Split text (Unicode already cleaned) into the article and its wrapping."""
    _ARTICLE_LIKE.clear()
    lines = [Line(first_line + i, stripped) for i, raw in enumerate(text.split("\n")) if (stripped := raw.strip())]
    if not lines:
        raise ExtractError(path, None, "tệp chỉ có khoảng trắng, không có nội dung bài viết")

    first = lines[0].number
    lines = _join_wrapped(lines, gaz)
    lines, tail = _cut_tail(lines, gaz)
    lines = _drop_repeats(lines)
    content, furniture, breadcrumb_title = _drop_furniture(lines, gaz)
    if not content:
        raise ExtractError(path, first, "không có nội dung bài viết (chỉ có dòng trang trí của trang web)")

    notices: list[Notice] = []
    index = _choose_title(content, gaz)
    before, content = content[:index], content[index:]
    title, title_line, lede, rest = _split_title(content, breadcrumb_title, gaz, notices)
    untitled = title is None
    if title is None:
        title = _first_sentence(content[0].text)  # the heading an untitled article is shown under
    titled = rest is not content  # False when the title came from the first sentence or a breadcrumb
    paragraphs = _paragraphs(title if titled else None, lede, rest, gaz)
    paragraphs, footer = _split_footer(paragraphs, gaz)
    paragraphs, top_byline = _split_top_byline(paragraphs, gaz)
    header = sorted(furniture + before + top_byline, key=lambda line: line.number)
    return Document(
        path=path,
        title=title,
        title_line=title_line,
        paragraphs=paragraphs,
        untitled=untitled,
        header=[line for line in header if line.number < title_line] + _byline_after_title(paragraphs, header, title_line),
        footer=footer,
        tail=tail,
        notices=notices,
    )


# ------------------------------------------------------------ furniture


_FURNITURE_MARKS = " •·▪►◦*-–<>«»|"


_NOISE_LENGTH = 160  # widget lines are short; a long line is text
_SLUG_START = re.compile(r"(?:[a-z0-9]+ ){4,}")  # four words or more without a mark
_SLUG_WORDS = 8  # so many words without a mark are an address, headline or not
_WORD_CHARS = re.compile(rf"{WORD_CHAR}+")


def _is_noise(text: str, gaz: Gazetteer) -> bool:
    if _is_link_teaser(text):
        return True
    if len(text) > _NOISE_LENGTH and not text.startswith("!["):
        return False
    key = text.strip(_FURNITURE_MARKS)
    folded = key.casefold()
    if not _HAS_WORD.search(key) or gaz.noise_regex.match(folded) is not None:
        return True
    return folded in gaz.category_keys or folded.endswith(gaz.noise_endings)


def _is_link_teaser(text: str) -> bool:
    """A related article's link: its address words, then its headline
    ("53 nam quan he viet nam campuchia … 53 năm quan hệ Việt Nam –
    Campuchia: …"), or a long address alone or before another headline.
    Article text never opens with words stripped of marks."""
    first = text[:1]
    if not (first.isascii() and (first.islower() or first.isdigit())):
        return False  # _SLUG_START opens with [a-z0-9]: most lines open otherwise, and a regex call costs more
    slug = _SLUG_START.match(text)
    if slug is None:
        return False
    address = slug.group().split()
    if len(address) >= _SLUG_WORDS and 2 * sum(map(is_syllable, address)) > len(address):
        return True  # Vietnamese written without marks, not English in lower case
    words = _WORD_CHARS.findall(fold(text))  # the headline read without marks repeats the address
    return any(words[:size] == words[size: 2 * size] for size in range(4, len(slug.group().split()) + 1))


def _breadcrumb_tail(text: str) -> str | None:
    """The last part of a breadcrumb line ("Tin tức / Hoạt động / Title")."""
    if not any(f" {mark} " in text for mark in _BREADCRUMB_MARKS if mark in text):
        return None  # substring tests run at memory speed, faster than a regex scan
    parts = _BREADCRUMB_SEP.split(text)
    if len(parts) >= 3 and all(len(p.split()) <= 5 for p in parts[:-1]):
        return parts[-1]
    return None


def _is_lone_tag(text: str) -> bool:
    """An outlet's tag alone on a line ("TTXVN -").
    LONE_TAG ends with a dash: a line that does not is passed over without
    a regex call, which costs more than the match."""
    return text.endswith(_TAG_DASHES) and LONE_TAG.match(text) is not None


def _drop_furniture(lines: list[Line], gaz: Gazetteer) -> tuple[list[Line], list[Line], str | None]:
    """Split widget lines, breadcrumbs and date stamps from content lines."""
    content: list[Line] = []
    furniture: list[Line] = []
    breadcrumb_title = None
    for line in _split_stamps(lines, gaz):
        crumb = _breadcrumb_tail(line.text)
        if crumb is not None or _is_noise(line.text, gaz) or is_dateline(line.text, gaz) or _is_lone_tag(line.text):
            furniture.append(line)
            if crumb is not None and not content and len(crumb.split()) >= 5:
                breadcrumb_title = crumb
            continue
        content.append(line)
    return content, furniture, breadcrumb_title


_TRAILING_STAMP = re.compile(r"[\s|,-]+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}[\s|,-]+\d{1,2}:\d{2}|\d{1,2}:\d{2}[\s|,-]+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?:\s*\(?GMT\s*\+\s*7\)?)?\s*\Z")


_OPEN_END = re.compile(r"[^.!?…:;\"”’)\]]\Z")
_LOWER_START = re.compile(rf"[{LOWER}]")


def _join_wrapped(lines: list[Line], gaz: Gazetteer) -> list[Line]:
    """Join hard-wrapped lines (a copy from a PDF or a narrow column): a line
    that stops mid-sentence and a next line that starts in lower case are
    one paragraph; so are a line ending with a bracket and a lower-case
    line ("… nước ngoài (PCPNN)" / "trên địa bàn huyện")."""
    out: list[Line] = []
    for line in lines:
        lower_start = _LOWER_START.match(line.text) is not None
        if (
            out
            and (lower_start or out[-1].text.endswith(","))
            and (_OPEN_END.search(out[-1].text) or lower_start and out[-1].text.endswith(")"))
            and not is_url(line.text)
            and not any(p.match(out[-1].text) for p in gaz.source_prefixes)
            and not _is_noise(out[-1].text, gaz)
            and not _is_noise(line.text, gaz)
        ):
            out[-1] = Line(out[-1].number, f"{out[-1].text} {line.text}")
        else:
            out.append(line)
    return out


def _split_stamps(lines: list[Line], gaz: Gazetteer) -> list[Line]:
    """"Title 02/04/2024 16:50": the title, and the stamp as a line of its own.

    A head that ends in the stamp's own words ("Người Việt bốn phương-Thứ
    ba, ngày 05/04/2016 11:10") is a category and the stamp: one line.
    """
    out: list[Line] = []
    for line in lines:
        text = line.text
        stamp = _TRAILING_STAMP.search(text, max(0, len(text) - 48)) if text[-1:].isdigit() or text.endswith(")") else None
        head = line.text[: stamp.start()].strip() if stamp else ""
        if stamp and len(head.split()) >= 4 and not _has_sentence_end(head) and not vocabulary(gaz).stamp_end.search(head):
            out += [Line(line.number, head), Line(line.number, stamp.group().strip(" |,-"))]
        else:
            out.append(line)
    return out


def _cut_tail(lines: list[Line], gaz: Gazetteer) -> tuple[list[Line], list[Line]]:
    """Drop the page's tail from the first tail marker after the article.

    A marker before any long paragraph is a sidebar above the article and
    is skipped; a "Tin liên quan" box in the middle of the article (a few
    short link lines followed by more long paragraphs) is dropped alone.
    """
    tail_start = vocabulary(gaz).tail_start
    kept: list[Line] = []
    seen_long = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if tail_start.match(line.text.strip(_FURNITURE_MARKS)):
            if not seen_long:
                index += 1
                continue
            box_end = _related_box_end(lines, index + 1)
            if box_end is None:
                return kept, lines[index + 1:]
            index = box_end
            continue
        seen_long = seen_long or len(line.text) >= _LONG_PARAGRAPH
        kept.append(line)
        index += 1
    return kept, []


def _related_box_end(lines: list[Line], start: int) -> int | None:
    """Index where the article resumes after an inline related-links box."""
    for index in range(start, min(start + 10, len(lines))):
        text = lines[index].text
        if len(text) >= 200 and _SENTENCE_END.search(text):
            return index if index > start else None
        if len(text) > 160 or text.endswith("."):
            return None
    return None


def _doubled(text: str) -> bool:
    """A link teaser: the same headline twice on one line (alt text + link).

    A headline is short and has no final period; a sentence said twice is
    text and stays.
    """
    half = (len(text) - 1) // 2
    return (
        41 <= len(text) <= 301
        and len(text) % 2 == 1
        and text[half] == " "
        and text[:half] == text[half + 1:]
        and not text.endswith((".", "!", "?", "…"))
    )


def _drop_repeats(lines: list[Line]) -> list[Line]:
    """Drop a line repeated right below itself, and related-article teasers.

    A teaser is a doubled headline met after the article has begun; the
    line after it is the teaser's summary unless it is long article text.
    """
    out: list[Line] = []
    skip_next = False
    started = False
    for line in lines:
        if skip_next:
            skip_next = False
            if len(line.text) <= 300 and not _doubled(line.text):
                continue
        if started and _doubled(line.text):
            skip_next = True
            continue
        if out and out[-1].text == line.text:
            continue
        started = started or _article_like(line.text)
        out.append(line)
    return out


# ---------------------------------------------------------------- title


def _glue_point(text: str, start: int = 20) -> int | None:
    """Where a caption or lede was glued to the title without a space."""
    for match in _CASE_GLUE.finditer(text, start):
        left = _LETTERS_BEFORE.search(text, max(0, match.start() - 12), match.start())
        right = _LETTERS.match(text, match.start())
        if left and right and is_syllable(left.group()) and is_syllable(right.group()):
            if has_vietnamese_letter(left.group() + right.group()):
                return match.start()
    return None


def _has_sentence_end(text: str) -> bool:
    """Whether a sentence-ending mark is in `text`, abbreviation dots not
    counting ("TP. Hồ Chí Minh"). The scan stops at the first one: every
    caller asks only whether there is one."""
    for end in _SENTENCE_END.finditer(text):
        if not (end.group()[0] == "." and _abbreviation_before(text, end.start())):
            return True
    return False


def _abbreviation_before(text: str, dot: int) -> bool:
    """Whether the word before a dot is an abbreviation ("TP", "Th.S").
    Searched in the few characters before it, not in all the text."""
    return _ABBREVIATION_BEFORE.search(text, max(0, dot - 8), dot) is not None


# What _article_like found for each text of the document being cleaned:
# the title and lede search and the paragraph steps ask about the same lines.
_ARTICLE_LIKE: dict[str, bool] = {}


def _article_like(text: str) -> bool:
    """Long, with a sentence end (or very long), and not a quarter capitals:
    a banner of slogans ("CHÀO MỪNG KỶ NIỆM …") is as long as a paragraph."""
    known = _ARTICLE_LIKE.get(text)
    if known is None:
        known = _ARTICLE_LIKE[text] = _article_shape(text)
    return known


def _article_shape(text: str) -> bool:
    if not (len(text) >= 320 or (len(text) >= 120 and _has_sentence_end(text))):
        return False
    return len(_CAPITAL.findall(text)) * 4 < len(text)


def _title_shape(text: str, gaz: Gazetteer) -> bool:
    words = text.split()
    if not 4 <= len(words) <= 60 or len(text) > MAX_TITLE:
        return False
    letters = list(filter(str.isalpha, text))  # filtered in C, not one Python step a character
    if not letters:
        return False
    if text.endswith((":", ";", ",")) or _LOWER_START.match(text) or _BULLET.match(text) or "http" in text:
        return False  # a clause or the rest of a sentence, not a headline
    if _lede_start(text, gaz):
        return False
    if len(list(filter(str.isdigit, text))) > len(letters) / 3:  # no int added up for each character
        return False
    if len(words) < 6 and all(c.isupper() for c in letters):
        return False  # menu items
    return not _has_sentence_end(text[:-1])


def _lede_start(text: str, gaz: Gazetteer) -> bool:
    """How a lede opens, never a title: an outlet tag, a dated time of day."""
    return bool(_TAG_START.match(text) or vocabulary(gaz).lede_start.match(text))


def _choose_title(content: list[Line], gaz: Gazetteer) -> int:
    """Index of the title line.

    The title stands right above the article: the nearest title-shaped line
    before the first paragraph of article text (skipping a byline or a
    photo caption in between, and preferring one without a final period),
    or the first line when the title is glued to the lede. Menus and site
    names above it are furniture.
    """
    lede = next(
        (i for i, line in enumerate(content[:_TITLE_SCAN]) if _article_like(line.text) or _lede_start(line.text, gaz)), None
    )
    if lede is None:
        return next((i for i, line in enumerate(content[:_TITLE_SCAN]) if _title_shape(line.text, gaz)), 0)
    window = range(lede - 1, max(-1, lede - 1 - _ARTICLE_FOLLOWS), -1)
    candidates = [
        i for i in window
        if _title_shape(content[i].text, gaz)
        and not _has_photo_credit(content[i].text, gaz)
        and not looks_like_author(content[i].text, gaz)
    ]
    unpunctuated = [i for i in candidates if not content[i].text.endswith(".")]
    if unpunctuated or candidates:
        return (unpunctuated or candidates)[0]
    above = content[lede - 1].text if lede > 0 else ""
    if above and not _article_like(above) and not _has_sentence_end(above[:-1]) and not looks_like_author(above, gaz):
        return lede - 1  # an odd title (markup, symbols) is still the title; a byline is none
    return lede


def _split_title(
    content: list[Line], breadcrumb_title: str | None, gaz: Gazetteer, notices: list[Notice]
) -> tuple[str | None, int, Paragraph | None, list[Line]]:
    """The title, its line, a lede glued to it, and the lines after it. The
    title is None when the first line is already article text."""
    first, rest = content[0], content[1:]
    glue = _glue_point(first.text)
    if glue is not None:
        title = mend_spacing(first.text[:glue].strip())
        return title, first.number, Paragraph(first.number, first.text[glue:].strip()), rest
    tagged = _TAG_IN_LINE.search(first.text)
    if tagged and _article_like(first.text[tagged.start():]):
        title = _strip_category(first.text[: tagged.start()].strip(), gaz)
        if _title_shape(title, gaz):
            return title, first.number, Paragraph(first.number, first.text[tagged.start():].strip()), rest

    text = first.text
    sentences = len(_SENTENCE_END.findall(text))
    if sentences >= 2 or (len(text) > MAX_TITLE and sentences >= 1) or _lede_start(text, gaz):
        if breadcrumb_title:
            return breadcrumb_title, first.number, None, content
        notices.append(Notice(Level.WARNING, first.number, "không thấy dòng tiêu đề; trang bài hiện câu đầu của bài làm tiêu đề"))
        return None, first.number, None, content
    if len(text) > MAX_TITLE:
        notices.append(
            Notice(Level.WARNING, first.number, f"tiêu đề dài {len(text)} ký tự (quá {MAX_TITLE}); có thể dòng đầu không phải tiêu đề")
        )
    return mend_spacing(text), first.number, None, rest


def _strip_category(text: str, gaz: Gazetteer) -> str:
    """Drop a section name a copy put before the title ("Chính trị Đưa …")."""
    for category in sorted(gaz.categories, key=len, reverse=True):
        if text.startswith(category + " ") and text[len(category) + 1: len(category) + 2].isupper():
            return text[len(category) + 1:]
    return text


def _first_sentence(text: str, limit: int = 160) -> str:
    ends = [m for m in _SENTENCE_END.finditer(text) if not (m.group()[0] == "." and _abbreviation_before(text, m.start()))]
    sentence = text[: ends[0].start() + 1] if ends else text
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + "…"
    return sentence.strip()


# ----------------------------------------------------------- paragraphs


def _glued_mark(text: str) -> bool:
    """Whether a mark is glued to the next sentence ("năm.Ông")."""
    for mark in _GLUE_MARKS:
        text = text.replace(mark, ".")  # a mark the text lacks costs a memchr
    return _GLUED_STOP.search(text) is not None


def _byte_classes() -> bytes:
    """UTF-8 byte -> 1 for the first byte of a vowel, 0xFF for a consonant
    (ASCII once đ is written d), 0 for any other byte. A letter that is no
    vowel but shares a vowel's first byte counts as one: _two_vowel_runs
    checks each place found with the regex itself."""
    table = bytearray(256)
    for vowel in _VOWELS:
        table[vowel.encode()[0]] = 0x01
    for consonant in _CONSONANTS.replace("đ", "").replace("Đ", ""):
        table[ord(consonant)] = 0xFF
    return bytes(table)


_BYTE_CLASSES = _byte_classes()
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))  # deleted: one byte is left per character


@functools.lru_cache(maxsize=None)
def _byte_ones(size: int) -> int:
    """0x0101…01 over `size` bytes (a power of two, so that few are made)."""
    return int.from_bytes(b"\x01" * size, "little")


def _two_vowel_runs(text: str) -> list[int]:
    """Every place where _TWO_VOWEL_RUNS matches (a vowel, consonants, a
    vowel), in order; found without a regex scan, which costs a class test
    at every character and a match attempt at every vowel.

    Each character becomes one byte of an integer: its UTF-8 first byte
    classed 0x01 (vowel) or 0xFF (consonant). Adding 1 at the first
    consonant after each vowel carries through the run of 0xFF bytes into
    the byte after it: a vowel that gets the carry ends a vowel,
    consonants, vowel run. Big-integer arithmetic does that in C, thirty
    bits at a time; the regex checks each run found, from the vowel before
    its consonants.
    """
    utf8 = text.replace("đ", "d").replace("Đ", "D").encode("utf-8", "surrogatepass")
    classes = utf8.translate(_BYTE_CLASSES, _CONTINUATION_BYTES)
    packed = int.from_bytes(classes, "little")
    vowels = (packed ^ (packed >> 1)) & _byte_ones(1 << len(classes).bit_length())  # 0x01 stays, 0xFF goes
    consonants = packed - vowels
    ends = (consonants + ((vowels << 8) & consonants)) & vowels
    starts = []
    while ends:
        lowest = ends & -ends
        ends ^= lowest
        start = ((lowest.bit_length() - 1) >> 3) - 1  # the consonant before the vowel
        while text[start] in _CONSONANT_SET:
            start -= 1
        if _TWO_VOWEL_RUNS.match(text, start):
            starts.append(start)
    return starts


def mend_spacing(text: str) -> str:
    """Put back spaces a copy lost between sentences and glued words."""
    if _glued_mark(text):
        text = _GLUED_PUNCT.sub(lambda m: m.group() + " " if _LOWER_PAIR.fullmatch(text, m.start() - 2, m.start()) else m.group(), text)
    pieces: list[str] = []
    last = 0
    for start in _two_vowel_runs(text):
        if start < last:
            continue
        while start > 0 and (text[start - 1].isalpha()):
            start -= 1
        word = _LETTERS.match(text, start)
        parts = split_glued(word.group())
        if len(parts) > 1:
            pieces += [text[last:start], " ".join(parts)]
        else:
            pieces.append(text[last: word.end()])
        last = word.end()
    if pieces:
        text = "".join(pieces) + text[last:]
    return text


def _has_photo_credit(text: str, gaz: Gazetteer) -> bool:
    """A photo credit ("(Ảnh: TTXVN)", "Ảnh: Minh Anh", "- Ảnh 2"). Each
    form vocabulary.py writes holds "(", ":" or "-": a line with none is
    passed over without the case-insensitive search; so is a line without
    the photo word every form holds."""
    if "(" not in text and ":" not in text and "-" not in text:
        return False
    folded = regex_fold(text)
    if not any(word in folded for word in _credit_words(gaz)):
        return False
    return vocabulary(gaz).photo_credit.search(text) is not None


@functools.lru_cache(maxsize=4)
def _credit_words(gaz: Gazetteer) -> tuple[str, ...]:
    """The words (folded as the case-blind search sees them) one of which
    every photo credit holds: the first part of each photo and illustration
    word. The credit search is case-blind and tried at every character; a
    substring test on the folded text is a C loop."""
    lang = gaz.language
    return tuple({regex_fold(re.split(r"[\s.\-\u2010-\u2015]", word.strip())[0]) for word in (*lang.photo_words, *lang.illustration_words)})


def _paragraphs(title: str | None, lede: Paragraph | None, lines: list[Line], gaz: Gazetteer) -> list[Paragraph]:
    """Body paragraphs, with captions that repeat the title split off."""
    out: list[Paragraph] = []
    if lede is not None and lede.text:
        out.append(Paragraph(lede.line, mend_spacing(lede.text)))
    related = _related_links(lines, title, gaz)
    for index, line in enumerate(lines):
        text = line.text
        if index in related or _image_label(lines, index):
            continue
        if _credit_alone(text, gaz) and any(_article_like(later.text) for later in lines[index + 1:]):
            continue  # a photo's credit on a line of its own ("Ảnh: TV"); at the end it may sign the article
        if title and "  " in text and text.startswith(title[:4]):
            text = " ".join(text.split())  # a photo's alt text repeats the title, its spaces not always
        if title and text.startswith(title):
            rest = text
            while rest.startswith(title):
                rest = rest[len(title):]
            rest = vocabulary(gaz).image_marker.sub("", rest, count=1)  # the image's alt text: title, "- ảnh 1"
            if not rest.strip():
                continue  # the title again, e.g. under a breadcrumb
            caption = _without_credit(rest.strip() if rest[0].isalpha() else text, gaz)
            if caption:
                out.append(Paragraph(line.number, mend_spacing(caption), caption=True))
            continue
        caption = _without_source(text, gaz) if index + 1 < len(lines) else None  # at the end, it names the article's
        if caption:
            out.append(Paragraph(line.number, mend_spacing(caption), caption=True))
            continue
        is_caption = len(text) < 300 and _has_photo_credit(text, gaz) and not looks_like_author(text, gaz)
        if is_caption:
            text = _without_credit(text, gaz)
            if not text:
                continue  # a credit alone ("Ảnh: TV")
        text = mend_spacing(text)
        if is_caption and out and out[-1].caption and out[-1].text == text:
            continue  # the photo's alt text and its caption, one under the other
        out.append(Paragraph(line.number, text, caption=is_caption))
    return out


_MAX_HEADLINE_WORDS = 25
_MAX_SOURCED_CAPTION = 200  # longer, "(Nguồn: …)" cites a fact, not a photo
_LIST_MARKS = "-–•+*·0123456789"


def _without_source(text: str, gaz: Gazetteer) -> str | None:
    """A caption without the source of its photo after its last sentence
    ("Quang cảnh Hội nghị. (Nguồn: TTXVN)"), or None for any other line."""
    if len(text) >= _MAX_SOURCED_CAPTION or "(" not in text:
        return None
    source = vocabulary(gaz).caption_source.search(text)
    caption = text[: source.start()].rstrip() if source else ""
    return caption if caption.endswith((".", "!", "?", "…")) else None


def _related_links(lines: list[Line], title: str | None, gaz: Gazetteer) -> set[int]:
    """Indices of the headlines of other articles that a site lists right
    below a paragraph (Thời Đại puts them under the lede): two headlines or
    more that end a block of lines, right after an article paragraph. A
    paragraph ending with ":" announces a list of its own (the guests, the
    gifts), which stays; so do the title's repeats, which carry the photos'
    captions."""
    found: set[int] = set()
    for block in _blocks(lines):
        if len(block) < 3:
            continue
        run = list(takewhile(lambda index: _headline(lines[index].text, title, gaz), reversed(block)))
        before = lines[block[-len(run) - 1]].text if 2 <= len(run) < len(block) else ":"
        if not before.endswith(":") and _article_like(before):
            found.update(run)
    return found


def _blocks(lines: list[Line]) -> list[list[int]]:
    """Indices of the lines, grouped as the file's blank lines part them."""
    blocks: list[list[int]] = []
    for index, line in enumerate(lines):
        if index and line.number == lines[index - 1].number + 1:
            blocks[-1].append(index)
        else:
            blocks.append([index])
    return blocks


def _headline(text: str, title: str | None, gaz: Gazetteer) -> bool:
    """A line shaped as another article's headline: short, no final stop,
    not an item of a list, not this article's title again."""
    return (
        not (title and text.startswith(title))
        and not text.endswith((".", "!", "?", "…", ":", ";"))
        and not text.startswith(tuple(_LIST_MARKS))
        and len(text.split()) <= _MAX_HEADLINE_WORDS
        and _title_shape(text, gaz)
    )


# A photo's file name or alt text left on a line of its own: a few words
# in lower case and a number ("4253 tls 1", "toa đam 1").
_IMAGE_LABEL = re.compile(rf"[{LOWER}0-9][{LOWER}0-9_-]*(?:\s+[{LOWER}0-9_-]+){{0,3}}\s+\d{{1,3}}")


def _image_label(lines: list[Line], index: int) -> bool:
    """Only between sentences: a line that goes on a sentence is text."""
    return (
        index > 0
        and lines[index].text[-1:].isdecimal()  # the label's number ends it
        and lines[index - 1].text.endswith((".", "!", "?", "…", "\"", "”"))
        and _IMAGE_LABEL.fullmatch(lines[index].text) is not None
    )


_MAX_CREDIT = 60  # a credit names a photographer or an agency


def _credit_alone(text: str, gaz: Gazetteer) -> bool:
    """A line that is only a photographer's credit: "Ảnh: TV", "(Ảnh: TTXVN)"."""
    return len(text) <= _MAX_CREDIT and _has_photo_credit(text, gaz) and not _without_credit(text, gaz)


def _without_credit(caption: str, gaz: Gazetteer) -> str:
    """A caption without the photographer's credit that ends it ("… buổi
    lễ. Ảnh: THỤY VŨ", "(Ảnh: TTXVN phát)"). After "Ảnh:" only a name is a
    credit: "Ảnh: Các đại biểu chụp ảnh lưu niệm" is the caption itself."""
    credit = vocabulary(gaz).credit_end.search(caption)
    if credit is None:
        return caption
    who = credit["who"]
    if who is not None and not (who.isupper() or looks_like_author(who, gaz)):
        return caption
    return caption[: credit.start()].rstrip()


# --------------------------------------------------------------- byline

_URL = re.compile(r"(?:https?://|www\.)\S+\Z", re.IGNORECASE)
_AUTHOR_WORD = re.compile(rf"^(?:[{UPPER}][\w.'’-]*|\(?[{UPPER}][\w.&]*\)?|-|–|/|&|\([{UPPER}].*\))$")


def is_url(text: str) -> bool:
    return _URL.match(text) is not None


def author_text(text: str, gaz: Gazetteer) -> str:
    """A byline without its "Bài và ảnh:" label or the brackets around it."""
    text = text.strip()
    label = vocabulary(gaz).byline_label.match(text)
    text = text[label.end():].strip() if label else text
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    return text


_MAX_OUTLET = 60
_DIGIT = re.compile(r"\d")
# The outlet after a byline's name: "Minh Anh (TTXVN)", "Thu Hà/VOV",
# "Kim Liên - Sở Ngoại vụ".
BYLINE_OUTLET = re.compile(r"\s*(?:\(([^)]+)\)|/\s*(\S.*)|\s[-\u2013]\s+(\S.*))\s*\Z")


def byline_outlet(text: str) -> re.Match[str] | None:
    """Where BYLINE_OUTLET finds a byline's outlet, if anywhere. The regex
    is tried at every character; each way it writes an outlet holds a
    bracket, a slash or a dash, and a name with none of them ("Trọng
    Nghĩa") is passed over with four substring tests."""
    if "(" not in text and "/" not in text and "-" not in text and "\u2013" not in text:
        return None
    return BYLINE_OUTLET.search(text)


def looks_like_author(text: str, gaz: Gazetteer) -> bool:
    """A byline: a few capitalised words, no sentence punctuation, and an
    outlet after them no longer than a name ("Kim Liên - Sở Ngoại vụ Đồng
    Tháp"; "Trần Văn Vẹn - Chủ tịch … phát biểu tại hội nghị …" is text)."""
    named = author_text(text, gaz)
    outlet = byline_outlet(named)
    if outlet is not None and len(named) - outlet.start() > _MAX_OUTLET:
        return False
    text = named[: outlet.start()] if outlet else named
    and_words = vocabulary(gaz).and_words
    if not text or len(text) > 60 or text[-1] in ".:;!?," or _DIGIT.search(text):
        return False
    words = text.replace("/", " / ").split()
    if len(words) > 8 or not all(_AUTHOR_WORD.match(w) or w in and_words for w in words):
        return False
    return not (len(words) > 4 and all(w.isupper() for w in words))


def _is_footer_line(text: str, gaz: Gazetteer) -> bool:
    if is_url(text) or is_dateline(text, gaz):
        return True
    prefix = next((m for m in (p.match(text) for p in gaz.source_prefixes) if m), None) if len(text) <= 120 else None
    if prefix and not _SENTENCE_END.search(text[:-1]) and not _CLAUSE_AFTER_COMMA.search(text, prefix.end()):
        return True
    return vocabulary(gaz).signature.match(text) is not None or looks_like_author(text, gaz)


def _split_footer(paragraphs: list[Paragraph], gaz: Gazetteer) -> tuple[list[Paragraph], list[Line]]:
    """Trailing byline, source and URL lines, scanned from the end."""
    cut = len(paragraphs)
    while cut > 1 and len(paragraphs) - cut < _FOOTER_SCAN:
        candidate = paragraphs[cut - 1]
        if candidate.caption or not _is_footer_line(candidate.text, gaz):
            break
        cut -= 1
    return paragraphs[:cut], [Line(p.line, p.text) for p in paragraphs[cut:]]


def _split_top_byline(paragraphs: list[Paragraph], gaz: Gazetteer) -> tuple[list[Paragraph], list[Line]]:
    """A byline line between the title and the lede ("Phương Đỗ")."""
    for index, paragraph in enumerate(paragraphs[:3]):
        if _article_like(paragraph.text):
            break
        if not paragraph.caption and looks_like_author(paragraph.text, gaz) and index + 1 < len(paragraphs):
            return paragraphs[:index] + paragraphs[index + 1:], [Line(paragraph.line, paragraph.text)]
    return paragraphs, []


def _byline_after_title(paragraphs: list[Paragraph], header: list[Line], title_line: int) -> list[Line]:
    """Furniture between the title and the lede (a date stamp, a byline)."""
    first_body = paragraphs[0].line if paragraphs else title_line + 1
    return [line for line in header if title_line <= line.number < first_body]


