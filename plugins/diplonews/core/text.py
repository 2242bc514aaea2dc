"""Unicode hygiene for Vietnamese text: one canonical form, one folded form.

Every string the core compares goes through :func:`normalize` first, so the
data files, the articles and the tests agree on NFC with the tone mark on the
first vowel of open ``oa``/``oe``/``uy`` (``Thủy``, ``Hòa``), whatever the
editor's keyboard produced.
"""

from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ODD_SPACE_CHARS = r"\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v"
_CONTROL_CHARS = r"\x00-\x08\x0e-\x1f\x7f"
_ODD_SPACES = re.compile(f"[{_ODD_SPACE_CHARS}]")
_ANY_ODD = re.compile(f"[{_ZERO_WIDTH_CHARS}{_ODD_SPACE_CHARS}{_CONTROL_CHARS}]")

# In NFD a tone mark follows its vowel. For the open rhymes oa, oe and uy the
# "old" placement (hoà, thuỷ) puts it on the second vowel; we move it to the
# first (hòa, thủy). "qu" + y keeps it (quý), and a following letter means
# the rhyme is closed (hoàn, thuyền) and both styles agree.
_TONES = "\u0300\u0301\u0303\u0309\u0323"

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def _moved_pairs() -> dict[str, str]:
    """"oà" -> "òa" and the like, for every tone and case, in NFC."""
    pairs = {}
    for first, seconds in (("oO", "aAeE"), ("uU", "yY")):
        for f in first:
            for second in seconds:
                for tone in _TONES:
                    old = unicodedata.normalize("NFC", f + second + tone)
                    new = unicodedata.normalize("NFC", f + tone + second)
                    pairs[old] = new
    return pairs


_MOVED = _moved_pairs()


def _old_tone_regex() -> re.Pattern[str]:
    """An oa/oe/uy pair with the tone on its second vowel, at the end of a
    word and not after "q" (quý keeps its mark): only pairs that move.

    It opens with the class of first vowels, so a search skips ahead to
    them; the second vowel is checked against the first one behind it.
    Pairs that stay ("quả", "uà") are no match: a text holding them is
    returned as it is after one scan, with no substitution pass.
    """
    seconds = {first: "".join(sorted({pair[1] for pair in _MOVED if pair[0] in first})) for first in ("oO", "uU")}
    pairs = "|".join(f"(?<=[{first}])[{second}]" for first, second in seconds.items())
    return re.compile(rf"[oOuU](?:{pairs})(?<![qQ]..)(?![^\W\d_])")


_OLD_TONE_NFC = _old_tone_regex()


def _odd_replacement(match: re.Match[str]) -> str:
    return " " if _ODD_SPACES.match(match.group()) else ""


def _holds_odd(text: str) -> bool:
    """Whether `text` holds a character clean_unicode removes or replaces.

    Every one of them (controls, format characters, spaces other than the
    plain one) is unprintable to str.isprintable, which tests a text in C
    at a fraction of the cost of a regex scan for a class of characters;
    only the line breaks have to be made spaces first (a copy of the text
    with one character put for another costs less than one without them).
    """
    return not text.replace("\n", " ").isprintable() and _ANY_ODD.search(text) is not None


def clean_unicode(text: str) -> str:
    """NFC text with plain spaces and no invisible characters, as written.

    Line structure is kept: only horizontal whitespace and invisible
    characters change, so line numbers stay valid for messages. Tone
    placement is left as the writer chose it (titles and bodies are shown
    as written).
    """
    # A no-break space is the odd character news pages hold most: a plain
    # replace is five times cheaper than a regex substitution. A search for
    # the two characters "\r\n" costs ten times one for "\r": most texts
    # have none.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ")
    if _holds_odd(text):
        text = _ANY_ODD.sub(_odd_replacement, text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def modern_tones(text: str) -> str:
    """Move old-style tone marks (hoà, thuỷ) to the first vowel (hòa, thủy).

    Keeps the length of NFC text, so positions found in the result are
    positions in the input too: entity steps match on this form and slice
    the text as written. Works on NFC directly: most texts have nothing to
    move, and finding that out must be cheap.
    """
    if not _OLD_TONE_NFC.search(text):
        return text
    return _OLD_TONE_NFC.sub(_move_tone, text)


def _move_tone(match: re.Match[str]) -> str:
    return _MOVED[match.group()]


def normalize(text: str) -> str:
    """The canonical form for matching: clean Unicode, modern tone marks."""
    return modern_tones(clean_unicode(text))


def _decomposed(text: str) -> str:
    """NFD with đ written d: each mark a character of its own, after its letter."""
    return unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))


def fold(text: str) -> str:
    """Lowercase ASCII-ish form for matching and search: no marks, đ as d."""
    return "".join(ch for ch in _decomposed(text) if not unicodedata.combining(ch)).lower()


def regex_fold(text: str) -> str:
    """`text` as a case-blind regex sees it: two texts of one length that
    such a regex takes for each other fold the same. casefold() equates
    every two letters the engine does but the dotted and dotless i, which
    are folded to i here."""
    return text.casefold().replace("i\u0307", "i").replace("ı", "i")


def _ascii_fold(text: str) -> str:
    """fold(text) with every character beyond ASCII dropped. Marks are
    beyond ASCII, so the ASCII filter drops them with the rest and no
    Python loop over the characters is needed to take them out first."""
    return _decomposed(text).lower().encode("ascii", "ignore").decode()


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 80) -> str:
    """ASCII slug that keeps đ as d (Python-Markdown's default drops it).

    Used for article URLs and heading anchors alike, so both read the same.
    """
    ascii_text = _ascii_fold(_DASHES.sub("-", text))
    slug = _NOT_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


def markdown_slugify(value: str, separator: str = "-") -> str:
    """Signature Python-Markdown's toc extension expects for `slugify`."""
    return slugify(value, max_length=200).replace("-", separator)


# Character classes for regexes: Python's `re` has no \p{Lu}, and the
# ranges À-Ỹ / à-ỹ interleave upper and lower case Vietnamese letters.
_VIET_LOWER = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
LOWER = "a-z" + _VIET_LOWER
UPPER = "A-Z" + _VIET_LOWER.upper()
