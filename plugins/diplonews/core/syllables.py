"""Vietnamese syllable shape, to mend words a web page glued together.

Copying from a page whose paragraphs or links were separate HTML elements
often drops the space between them: "hữu nghịbằng cách", "nhân dânNgày
4/11". Every Vietnamese syllable has one onset, one vowel group and at most
one final, so a token that is no syllable but splits into two is two words.
This is orthography, not vocabulary, so it lives in code.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_ONSET = r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
# Vowel groups by whether a final consonant may, must or must not follow.
_MUST_CLOSE = "ă â iê uô ươ yê uyê oă uâ".split()
_MAY_CLOSE = "a e ê i o ô ơ u ư y oa oe uê uy".split()
_OPEN = "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu oai oay oao oeo uây uôi uya uyu ươi ươu yêu".split()


def _group(items: list[str]) -> str:
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


_FINAL = r"(?:ch|ng|nh|[cmnpt])"
_SYLLABLE = re.compile(
    rf"{_ONSET}(?:{_group(_MUST_CLOSE)}{_FINAL}|{_group(_MAY_CLOSE)}{_FINAL}?|{_group(_OPEN)})"
)
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_VIETNAMESE_ONLY = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


def _toneless(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))


_CHECKED = re.compile(r"(?:ch|[cpt])\Z")
_CHECKED_TONES = {"\u0301", "\u0323"}


def _tone(word: str) -> str | None:
    return next((c for c in unicodedata.normalize("NFD", word) if c in _TONE_MARKS), None)


@functools.lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """True when `word` has the shape of one Vietnamese syllable.

    Besides onset, vowel group and final, a syllable closed by c, ch, p or t
    only takes the sắc or nặng tone ("phúc", never "phủc").
    """
    bare = _toneless(word)
    if not word or _SYLLABLE.fullmatch(bare) is None:
        return False
    tone = _tone(word)
    return not (_CHECKED.search(bare) and tone is not None and tone not in _CHECKED_TONES)


def has_vietnamese_letter(word: str) -> bool:
    return not _VIETNAMESE_ONLY.isdisjoint(word.lower())  # a set test runs in C, a loop over letters does not


# Spanish, French and Portuguese names share these with Vietnamese: "Pérez",
# "José Martí", "Conceição".
_ONLY_VIETNAMESE_WRITES = _VIETNAMESE_ONLY - set("àáãèéìíòóõùúý")


def has_letter_only_vietnamese_writes(word: str) -> bool:
    return not _ONLY_VIETNAMESE_WRITES.isdisjoint(word.lower())


def _foreign_then_syllable(word: str) -> tuple[str, str] | None:
    """A capitalised word in plain Latin letters glued to a Vietnamese word
    that carries a mark: "Zealandvà", "Mozambiqueđã". The longest such word
    wins: "Parisnhân" is "Paris nhân", not "Parisnh ân"."""
    if not word[:1].isupper():
        return None
    for cut in range(3, len(word)):
        left, right = word[:cut], word[cut:]
        if not (left.isascii() and left[1:].islower()):
            return None
        if has_vietnamese_letter(right) and is_syllable(right):
            return left, right
    return None


@functools.lru_cache(maxsize=65536)
def split_glued(word: str) -> tuple[str, ...]:
    """Split a token of two glued syllables; else return it whole.

    Only tokens that carry a Vietnamese letter and are not one syllable are
    touched, so foreign names (Champasak, ActionAid) stay as written. A
    capitalised word is split only where the case changes ("dânNgày"):
    "Bôlykhămxay" is a Lao name written as one word, not a copy error.
    """
    if len(word) < 4 or not word.isalpha() or not has_vietnamese_letter(word) or is_syllable(word):
        return (word,)
    foreign = _foreign_then_syllable(word)
    if foreign is not None:
        return foreign
    splits = []
    for cut in range(len(word) - 1, 0, -1):
        left, right = word[:cut], word[cut:]
        if not (is_syllable(left) and is_syllable(right) and left[1:].islower()):
            continue
        if left[0].isupper() and not right[0].isupper():
            continue
        splits.append((left, right))
    if not splits:
        return (word,)
    # Prefer parts that each start with a consonant: most syllables do.
    return max(splits, key=lambda parts: sum(not _toneless(p[0]) in "aăâeêioôơuưy" for p in parts))
