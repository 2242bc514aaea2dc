"""Vietnamese alphabetical order for index pages.

Python's default string order puts "Đ" after "Z" and "Â" after "Z" too, so a
list of names would read wrongly to a Vietnamese reader. Here letters follow
the Vietnamese alphabet (a ă â b c d đ e ê ...), and tone marks only break
ties, as in a dictionary.
"""

from __future__ import annotations

import unicodedata

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
# Combining marks that make a letter of its own (ă â ê ô ơ ư) stay with the
# letter; the five tone marks are compared only after the letters.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _split(char: str) -> tuple[str, int]:
    """A character's letter (marks that make a letter kept) and its tone."""
    decomposed = unicodedata.normalize("NFD", char.lower())
    letter = "".join(c for c in decomposed if c not in _TONES)
    tone = sum(_TONES.get(c, 0) for c in decomposed)
    return unicodedata.normalize("NFC", letter), tone


def sort_key(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...], str]:
    """Key that sorts strings in Vietnamese dictionary order."""
    letters: list[tuple[int, int]] = []
    tones: list[int] = []
    for char in text:
        letter, tone = _split(char)
        if letter in _RANK:
            letters.append((1, _RANK[letter]))
        elif char.isdigit():
            letters.append((1, ord(char) - 100))  # digits before letters
        elif letter[:1].isalpha():
            letters.append((1, 1000 + ord(letter[0])))  # foreign letters after z
        else:
            letters.append((0, ord(char)))  # spaces and punctuation first
        tones.append(tone)
    return tuple(letters), tuple(tones), text


def initial(text: str) -> str:
    """The letter a name is filed under: "Đ" for "Đinh", "A" for "Ánh"."""
    for char in text:
        letter, _ = _split(char)
        if letter.isalpha():
            return letter.upper()
    return "#"
