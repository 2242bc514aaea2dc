"""People named in an article, each with the position the text gives them.

News names people in a handful of shapes: "đồng chí X, role;", "Ông/Bà X -
role", "role - X", "role X", "X (role)", and lists of these separated by
";" or ",". We find names first — a run of capitalised words that starts
with a Vietnamese surname, or a foreign name where an honorific or a
position announces it — then read the position on either side, stopping at
the verbs and linking words of ``titles.yaml``. A run that is exactly a
province or country ("Hồ Chí Minh" after "Thành phố") is a place.

Matching runs on text with modern tone marks; positions are the same in
the text as written, from which roles are sliced ("in the text's words").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

from .document import Document
from .gazetteer import Gazetteer, alternation, canonical_key, trie_alternation, word_search
from .matcher import NameMatcher
from .model import Person
from .spans import Annotation, Span, annotations
from .syllables import has_letter_only_vietnamese_writes, has_vietnamese_letter, is_syllable
from .text import LOWER, UPPER, modern_tones
from .vocabulary import vocabulary

_ACRONYM = re.compile(rf"(?=(?:[^{UPPER}]*[{UPPER}]){{2}})[{UPPER}0-9.&'-]+")
# Letters, and a dot only before a letter. Possessive: what follows a word
# in a run (a space, a hyphen, a dot) is never a letter, so giving letters
# back could not help and only costs time at every capitalised word.
_WORD_REST = r"[\w']*+(?:\.(?=[^\W\d_])[\w']*+)*+"
# Capitalised words separated by a space or a hyphen, with no letter, dot
# or apostrophe before. A foreign name spelled the Vietnamese way joins its
# syllables with hyphens, the later ones in lower case ("Thong-lun
# Xi-xu-lít", "Pu-tin"): one such word is a run too. The look-behind comes
# after the first capital so that the engine skips straight from capital
# to capital.
_RUN = re.compile(rf"[{UPPER}](?<![\w.'].){_WORD_REST}(?:[ -][{UPPER}]{_WORD_REST}|-(?=[{LOWER}])[\w']++)+")
_WORD_GAP = re.compile(rf" |-(?=[{UPPER}])")  # between the words of a run: a hyphen before a syllable joins it
_INITIALS = re.compile(rf"(?:[{UPPER}]\.)+")
_WORD = re.compile(r"[^\W_]+")
_MAX_JOINED_SYLLABLE = 6
_CLAUSE_MARK = re.compile(r"[;:!?()\[\]\n“”\"….]")  # see _ends_clause
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015"
_DASH = r"[-\u2010-\u2015]"
_DASH_GAP = re.compile(rf"\s*{_DASH}\s*")
_DASH_CHAR = re.compile(_DASH)
_ABBREVIATION = re.compile(r"(?:\b[A-ZĐ]{1,5}|\b[A-Z][a-z]?|\b[A-ZĐ](?:\.[A-ZĐ])+)\Z")
_SPACES = re.compile(r"\s*")
_ROLE_LEAD = " ,;:(" + _DASHES  # what a role text cannot start with (spaces are single there)
_ROLE_TRAIL = _ROLE_LEAD + "."
_REPEATED_WORDS = re.compile(r"(?<!\S)((?:\S+ ){2,6})\1")
_PARENTHESES = re.compile(r"\([^()]*\)")
_HOUSE_NUMBER = re.compile(r"\d+[A-Za-z]?\s*\Z")
_MAX_ROLE_WORDS = 30
_CLAUSE_WINDOW = 250  # characters looked back over for the clause before a name
_MAX_NAME_TOKENS = 5
_MAX_FOREIGN_TOKENS = 6  # Lao names in Vietnamese spelling run long: "Phôm Ma Phăn Thạ Lăng Si"


class Token(NamedTuple):
    start: int
    end: int
    text: str


@dataclass
class People:
    """What the people step found: the people, and per text their name spans."""

    people: tuple[Person, ...]
    spans: list[list[Span]] = field(default_factory=list)


class _Candidate(NamedTuple):
    start: int
    end: int
    name: str
    vietnamese: bool  # starts with a Vietnamese surname
    tokens: int
    foreign: bool  # a foreign name: in Latin script, or syllables joined the Vietnamese way
    after_place: bool = False  # follows "tỉnh <foreign place>"


class _Grammar:
    """The gazetteer's person words compiled into the matchers we need."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        heads = rf"(?:(?:{_alt(gaz.role_prefixes)})\s+)?(?:{trie_alternation(gaz.role_heads).pattern})"
        self.head_at_start = re.compile(rf"\s*{heads}(?![^\W\d_])", re.IGNORECASE)
        self.role_end = word_search(gaz.role_end)
        self.honorific_word = word_search(gaz.honorifics, ignorecase=True)
        # What ends a position: a verb, or an honorific that starts the next person.
        self.role_stops = (word_search(gaz.role_end, after_gap=True), word_search(gaz.honorifics, ignorecase=True, after_gap=True))
        self.opener = re.compile(rf"\s*(?:,|{_DASH}|:|\(|\s(?:{_alt(gaz.role_openers)}))\s*")
        # Looking back from a name is done on words, not with regexes
        # anchored at the end, which would try every position of the text.
        self.honorifics = NameMatcher(gaz.honorifics, casefold=True)
        self.ranks = NameMatcher(gaz.ranks)
        self.groups = NameMatcher(gaz.group_words, casefold=True)
        self.heads = NameMatcher(
            [*gaz.role_heads, *(f"{p} {h}" for p in gaz.role_prefixes for h in gaz.role_heads)], casefold=True
        )
        self.head_words = frozenset(word for key in self.heads.index for word in key)  # casefolded
        self.not_person_before = NameMatcher(gaz.not_person_before)
        self.place_prefixes = NameMatcher(gaz.place_prefixes)
        self.title_words = {w.casefold() for w in gaz.honorifics if " " not in w} | {
            r.rstrip(".") for r in gaz.ranks if " " not in r
        }
        self.and_word = vocabulary(gaz).and_word
        self.heads_cache: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}
        self.place_prefix_words = frozenset(gaz.place_prefixes)
        self.surnames = gaz.surnames
        self.two_word_surnames = {s for s in gaz.surnames if " " in s}

    def after_ranks(self, text: str, end: int) -> int:
        """Where the ranks right before `end` ("PGS.TS", "Đại tá") start."""
        while (start := self.ranks.ending_at(text, end)) is not None:
            end = start
        return end

    def honorific_at(self, text: str, ranks: int) -> int | None:
        """Start of an honorific right before the ranks that start at
        `ranks` (see after_ranks), before a name; a group ("các đồng chí",
        "bà con") is not one."""
        start = self.honorifics.ending_at(text, ranks)
        if start is None or self.groups.ending_at(text, start) is not None:
            return None
        return start


def _alt(items: tuple[str, ...] | list[str]) -> str:
    return alternation(items).pattern


@functools.lru_cache(maxsize=4)
def _grammar(gaz: Gazetteer) -> _Grammar:
    return _Grammar(gaz)


# ----------------------------------------------------------------- names


class _Coverage:
    """Which characters fall inside a known name, answered by bisection."""

    def __init__(self, spans: list[Span]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        last = -1  # the end of the last merged name
        for start, end, _, _ in sorted(spans):
            if start <= last:
                if end > last:
                    ends[-1] = last = end
            else:
                starts.append(start)
                ends.append(end)
                last = end
        self.starts = starts
        self.ends = ends

    def covers(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, start) - 1
        return index >= 0 and self.ends[index] >= end

    def covered(self, tokens: list[Token]) -> list[bool]:
        """For each token, whether it falls inside a known name."""
        # The merged names are sorted and apart, so their ends are sorted
        # too: when the last name starting before the run's end ends before
        # the run starts, no token is covered (most runs).
        index = bisect_right(self.starts, tokens[-1].start) - 1
        if index < 0 or self.ends[index] < tokens[0].end:
            return [False] * len(tokens)
        return [self.covers(token.start, token.end) for token in tokens]


def _runs(text: str, g: _Grammar, coverage: _Coverage) -> list[list[Token]]:
    """Maximal runs of capitalised words separated by a space or a hyphen,
    but for runs that are one known name ("Việt Nam", "Bà Rịa - Vũng Tàu").

    A hyphen joins names ("Jean-Pierre") but not a name and the position
    glued after it ("Lâm Thế Tổng-Chủ tịch").
    """
    runs: list[list[Token]] = []
    starts, ends = coverage.starts, coverage.ends
    for run in _RUN.finditer(text):
        start, end = run.span()
        index = bisect_right(starts, start)
        if index and ends[index - 1] >= end:
            continue  # coverage.covers, without a call for each of the many runs
        written = run.group()
        if "-" not in written:  # the usual case: words separated by single spaces
            current = []
            for word in written.split(" "):
                end = start + len(word)
                current.append(tuple.__new__(Token, (start, end, word)))  # see matcher.Match
                start = end + 1
            runs.append(current)
            continue
        current = []
        for word in _WORD_GAP.split(written):
            if current and text[start - 1] == "-" and g.head_at_start.match(text, start):
                runs.append(current)
                current = []
            current.append(tuple.__new__(Token, (start, start + len(word), word)))  # see matcher.Match
            start += len(word) + 1
        runs.append(current)
    return runs


def _is_acronym(token: Token) -> bool:
    text = token.text
    if len(text) < 2 or text[1].islower():
        return False  # most words of a run: no lower-case letter is in _ACRONYM's class
    return _ACRONYM.fullmatch(text) is not None


def _surname_at(tokens: list[Token], index: int, g: _Grammar) -> int:
    """Length of the surname starting at `index` (0 when there is none)."""
    if index + 1 < len(tokens) and f"{tokens[index].text} {tokens[index + 1].text}" in g.two_word_surnames:
        return 2
    return 1 if tokens[index].text in g.surnames else 0


def _given_names(tokens: list[Token]) -> bool:
    """Given names after a surname: capitalised words, not acronyms.

    Not only Vietnamese syllables: names of the Ê Đê, Jrai or Khmer ("H'
    Yim Kđoh") and Korean names written in Vietnamese ("Kim Deok Geun")
    follow a surname too.
    """
    if not tokens:
        return False
    for token in tokens:  # a loop, not all() over a generator: most runs are names
        if len(token.text) > 10 or _is_acronym(token):
            return False
    return True


def _vietnamese_shape(tokens: list[Token]) -> bool:
    return all(is_syllable(t.text) and not _is_acronym(t) for t in tokens)


def _foreign_name(tokens: list[Token]) -> bool:
    """Latin-script name: no letter only Vietnamese writes, and a word no
    Vietnamese syllable when accents are shared ("Carlos Alberto Pérez");
    a family name in capitals may lead ("ITO Naoki")."""
    if not 2 <= len(tokens) <= 4 or any(has_letter_only_vietnamese_writes(t.text) for t in tokens):
        return False
    if any(has_vietnamese_letter(t.text) for t in tokens) and all(is_syllable(t.text) for t in tokens):
        return False  # Vietnamese words ("Hà Giang" were it no province)
    if any(_is_acronym(t) for t in tokens[1:]) or all(_is_acronym(t) for t in tokens):
        return False
    return any(len(t.text) > 2 for t in tokens)


def _joined_syllables(tokens: list[Token]) -> bool:
    """A foreign name spelled the Vietnamese way: "Thong-lun Xi-xu-lít",
    "Pu-tin", "A.Cóc-xơ". Each word joins short pieces, most of them
    Vietnamese syllables ("Vla-đi-mia" has one that is not); in "Oa-sinh-tơn
    Hà Kim Ngọc" a place so spelled comes before a Vietnamese name."""
    if len(tokens) > 4 or not all("-" in t.text for t in tokens):
        return False
    parts = [part for t in tokens for part in _INITIALS.sub("", t.text, count=1).split("-")]
    if any(not part or len(part) > _MAX_JOINED_SYLLABLE for part in parts):
        return False
    return 2 * sum(map(is_syllable, parts)) > len(parts)


def _is_gazetteer_name(text: str, g: _Grammar) -> bool:
    key = canonical_key(text)
    return key in g.gaz.place_aliases or key in g.gaz.countries or text in g.gaz.home


def _skip_titles(run: list[Token], g: _Grammar) -> int:
    """Capitalised honorifics and ranks at the head of a run are not the name."""
    first = 0
    titles = g.title_words
    for token in run:
        if token.text.casefold() not in titles and token.text.rstrip(".") not in titles:
            break
        first += 1
    return first


def _explained(token: Token, covered: bool, g: _Grammar) -> bool:
    """A word a name may follow in a run: a known name's, an acronym, "tỉnh",
    a foreign word spelled the Vietnamese way ("tại Oa-sinh-tơn Hà Kim Ngọc")."""
    return covered or _is_acronym(token) or token.text in g.place_prefix_words or "-" in token.text


def _candidates(text: str, spans: list[Span], g: _Grammar) -> list[_Candidate]:
    found: list[_Candidate] = []
    coverage = _Coverage(spans)
    titles = g.title_words
    for run in _runs(text, g, coverage):
        lead = run[0].text
        first = _skip_titles(run, g) if lead.casefold() in titles or lead.rstrip(".") in titles else 0
        leading = _surname_at(run, 0, g) if first == 0 else 0  # asked once: the loop below starts there
        if first == 0 and not leading and g.place_prefixes.ending_at(text, run[0].start) is not None:
            first = 2  # "tỉnh Svay Rieng Men Vibol": a foreign place, then the name
        covered = coverage.covered(run)
        last = len(run) if "-" in run[-1].text else len(run) - 1  # one word is a name only if it joins syllables
        for index in range(first, last):
            if index > first and not _explained(run[index - 1], covered[index - 1], g):
                break
            if covered[index]:
                continue  # "Hà" of "Hà Nội", "Thái" of "Thái Lan"
            rest = run[index:]
            joined = "-" in rest[0].text and _joined_syllables(rest)
            if len(rest) == 1 and not joined:
                break
            size = leading if index == 0 else _surname_at(run, index, g)
            if size and len(rest) <= _MAX_NAME_TOKENS and _given_names(rest[size:]):
                name = text[rest[0].start: rest[-1].end]
                found.append(tuple.__new__(_Candidate, (rest[0].start, rest[-1].end, name, True, len(rest), False, False)))  # see matcher.Match
                break
            if not size and len(rest) <= _MAX_FOREIGN_TOKENS and not any(covered[index:]) and not any(_is_acronym(t) for t in rest[1:]):
                foreign = joined or _foreign_name(rest)
                if foreign or _vietnamese_shape(rest):
                    name = text[rest[0].start: rest[-1].end]
                    found.append(tuple.__new__(_Candidate, (rest[0].start, rest[-1].end, name, False, len(rest), foreign, first == 2)))
                    break
    return found


# ----------------------------------------------------------------- roles


def _is_sentence_end(text: str, dot: int) -> bool:
    """A '.' that ends a sentence, not one of "TP. Hồ Chí Minh" or "Th.S"."""
    chunk = text[max(0, dot - 12): dot]
    word = chunk.rsplit(None, 1)[-1] if chunk and not chunk[-1].isspace() else ""  # what stands right before the dot
    return not _ABBREVIATION.search(word)


def _ends_clause(text: str, mark: re.Match[str]) -> bool:
    """Any clause mark but a dot; a dot when it ends a sentence: a space or
    the end of the text follows, and no abbreviation comes before."""
    if mark.group() != ".":
        return True
    following = text[mark.end(): mark.end() + 1]
    return (not following or following.isspace()) and _is_sentence_end(text, mark.start())


def _clause_start(text: str, end: int, window: int = _CLAUSE_WINDOW) -> int:
    """Where the clause holding `end` starts; a bracketed note is no boundary."""
    base = max(0, end - window)
    piece = text[base:end]
    if "(" in piece:
        piece = _PARENTHESES.sub(lambda m: " " * len(m.group()), piece)
    start = 0
    for match in _CLAUSE_MARK.finditer(piece):
        if _ends_clause(piece, match):
            start = match.end()
    return base + start


def _head_spans(text: str, start: int, end: int, g: _Grammar) -> list[tuple[int, int]]:
    """Where position titles stand in text[start:end].

    Titles are found once per text, by one case-blind scan (_heads_of),
    and kept on the grammar for the many questions asked about one
    paragraph; _head_within asks NameMatcher.may_hold first, so most
    paragraphs need no scan at all.
    """
    starts, spans = _heads_of(text, g)
    return [span for span in spans[bisect_left(starts, start): bisect_left(starts, end)] if span[1] <= end]


def _heads_of(text: str, g: _Grammar) -> tuple[list[int], list[tuple[int, int]]]:
    """Where the position titles of a text start, and their spans."""
    found = g.heads_cache.get(text)
    if found is None:
        if len(g.heads_cache) > 64:
            g.heads_cache.clear()
        matches = g.heads.find(text)
        found = g.heads_cache[text] = ([m.start for m in matches], [(m.start, m.end) for m in matches])
    return found


def _head_within(text: str, start: int, end: int, g: _Grammar) -> bool:
    """Whether a position title stands in text[start:end] (_head_spans, no list)."""
    if not g.heads.may_hold(text, start, end):
        return False  # most windows: the text's titles need not be found at all
    starts, spans = _heads_of(text, g)
    for index in range(bisect_left(starts, start), bisect_left(starts, end)):
        if spans[index][1] <= end:
            return True
    return False


class _Starts:
    """Where names start in a text: membership, and the next one after a point."""

    def __init__(self, starts: Iterable[int]) -> None:
        self.ordered = sorted(set(starts))
        self.members = frozenset(self.ordered)

    def __contains__(self, position: object) -> bool:
        return position in self.members

    def after(self, position: int) -> int | None:
        index = bisect_right(self.ordered, position)
        return self.ordered[index] if index < len(self.ordered) else None


def _role_stop(text: str, start: int, g: _Grammar, name_starts: _Starts) -> int:
    """End of a position phrase starting at `start` (exclusive). `start` is
    never 0: a position follows a name (see word_search's `after_gap`)."""
    limit = len(text)
    for match in _CLAUSE_MARK.finditer(text, start):
        if _ends_clause(text, match):
            limit = match.start()
            break
    following = name_starts.after(start)  # the next name ends the position: search no further for its end
    if following is not None and following < limit:
        limit = following
    heads = None  # needed only when a verb or an honorific that a title holds stands there
    for pattern in g.role_stops:
        position = start - 1  # the match starts at the character before the word
        while (match := pattern.search(text, position, limit)) is not None:
            at = match.start() + 1
            if text[at - 1].isalnum():
                position = at  # a letter beyond the first plane: no word starts here
                continue
            word = _WORD.match(text, at)
            if word is None or word.group().casefold() in g.head_words:
                if heads is None:
                    heads = _head_spans(text, start, limit, g)
                if any(s <= at < e for s, e in heads):
                    position = match.end()
                    continue  # "ký" inside "Tổng Thư ký"
            limit = at
            break
    # "… và Phó Đại sứ …": another person's position starts; "… và bà X",
    # "… và Nguyễn Văn A": another person.
    for match in g.and_word.finditer(text, start, limit):
        if match.end() == limit or g.head_at_start.match(text, match.end()) and text[match.end():match.end() + 1].isupper():
            limit = match.start()
            break
    # A dash followed by a name or an honorific hands over to the next person.
    # _DASH_GAP may start with spaces, so the engine would try it at every
    # character: look for a dash first.
    if _DASH_CHAR.search(text, start, limit) is None:
        return limit
    for match in _DASH_GAP.finditer(text[start:limit]):
        after = start + match.end()
        if after in name_starts or g.honorific_word.match(text, after):
            limit = start + match.start()
            break
    return limit


def _role_after(text: str, end: int, g: _Grammar, name_starts: _Starts) -> tuple[tuple[int, int] | None, int]:
    """Position written after a name: ", role", " - role", " (role)",
    " tái đắc cử chức role". A note in brackets that is no position
    ("(thứ sáu, từ trái sang)", "(phải)") is stepped over.
    """
    opener = g.opener.match(text, end)
    while opener and opener.group().strip() == "(":
        close = text.find(")", opener.end())
        if close == -1:
            return None, end
        if g.head_at_start.match(text[opener.end(): close]):
            return (opener.end(), close), close + 1
        opener = g.opener.match(text, close + 1)
    if not opener:
        return None, end
    start = position = opener.end()
    if not g.head_at_start.match(text, position):
        return None, end
    while True:
        stop = _role_stop(text, position, g, name_starts)
        comma = text.find(",", position, stop)
        if comma == -1:
            if stop in name_starts or text[stop:stop + 1] == " " and stop + 1 in name_starts:
                return None, end  # "X, role Y": the position introduces Y
            return (start, stop), stop
        following = _SPACES.match(text, comma + 1).end()
        if text[following:following + 1].isupper() and g.head_at_start.match(text, following):
            position = comma + 1
            continue
        return (start, comma), comma


def _role_in_segment(text: str, start: int, end: int, g: _Grammar, must_start: bool = False) -> int | None:
    """Start of a position inside text[start:end], a comma-separated piece
    before a name."""
    heads = _head_spans(text, start, end, g)
    for head_start, _ in heads:
        if not text[head_start].isupper():
            continue
        before = text[start:head_start].split()
        if must_start and before and not before[-1].islower():
            return None  # the head belongs to a longer capitalised name
        ends = [m.start() for m in g.role_end.finditer(text, head_start, end)]
        if any(not any(s <= e < t for s, t in heads) for e in ends):
            continue
        return head_start
    return None


def _role_before(
    text: str, start: int, g: _Grammar, taken: list[tuple[int, int]], honorific: int | None
) -> tuple[int, int] | None:
    """Position written before a name: "role - X", "role X", "role, ông X".
    `honorific` is where an honorific right before the name starts, if any."""
    earliest = max(0, start - _CLAUSE_WINDOW)  # where the clause may start at the earliest
    if taken and earliest < taken[-1][1] <= start:
        earliest = taken[-1][1]  # a role already given to the previous name: this one's starts after
    if not _head_within(text, earliest, start, g):
        return None  # no position title anywhere near: the usual case
    clause = max(_clause_start(text, start), earliest)
    prefix = text[clause:start]
    if honorific is not None and honorific >= clause:
        prefix = text[clause:honorific]
    end = clause + len(prefix.rstrip(" ," + _DASHES))
    prefix = text[clause:end]
    pieces: list[tuple[int, str]] = []
    offset = clause
    for piece in prefix.split(","):
        pieces.append((offset, piece))
        offset += len(piece) + 1
    begin = _role_in_segment(text, pieces[-1][0], pieces[-1][0] + len(pieces[-1][1]), g)
    if begin is None:
        begin = _role_across_commas(text, pieces, g)
        if begin is None:
            return None
        pieces = [p for p in pieces if p[0] <= begin]
    for piece_start, piece in reversed(pieces[:-1]):
        earlier = _role_in_segment(text, piece_start, piece_start + len(piece), g, must_start=True)
        if earlier is None:
            break
        begin = earlier
    return begin, end


def _role_across_commas(text: str, pieces: list[tuple[int, str]], g: _Grammar) -> int | None:
    """A position whose organisation holds a comma: "Giám đốc Sở Văn hóa,
    Thể thao và Du lịch X", "Trưởng Đoàn cấp cao Đảng, Nhà nước Cuba X"."""
    for back in (2, 3):
        if len(pieces) < back:
            return None
        if not all(_continues(text, start, piece, g) for start, piece in pieces[-back + 1:]):
            return None
        start, piece = pieces[-back]
        begin = _role_in_segment(text, start, start + len(piece), g)
        if begin is not None:
            return begin
    return None


def _continues(text: str, start: int, piece: str, g: _Grammar) -> bool:
    words = piece.split()
    return (
        0 < len(words) <= 6
        and words[0][:1].isupper()
        and not g.role_end.search(piece)
        and not _head_within(text, start, start + len(piece), g)
    )


def _role_text(written: str, span: tuple[int, int] | None, gaz: Gazetteer) -> str | None:
    if span is None:
        return None
    role = " ".join(written[span[0]: span[1]].split()).lstrip(_ROLE_LEAD).rstrip(_ROLE_TRAIL)
    if role.count(" ") >= _MAX_ROLE_WORDS:  # single spaces between words, none around them
        # Keep whole positions: cut at the last comma within the limit.
        clipped = " ".join(role.split()[:_MAX_ROLE_WORDS])
        role = clipped.rsplit(",", 1)[0] if "," in clipped else clipped
    if not role:
        return None
    for wrong, right in gaz.role_spelling.items():
        role = role.replace(wrong, right)
    words = role.split(" ")
    if len(set(words)) == len(words) or len(set(zip(words, words[1:]))) == len(words) - 1:
        return role  # no word, or no two words, come twice: nothing is repeated
    return _REPEATED_WORDS.sub(r"\1", role + " ").strip()  # a place written twice in a row, said once


# ---------------------------------------------------------------- people


@dataclass
class _Mention:
    name: str
    start: int
    end: int
    role: str | None


def _is_person(cand: _Candidate, text: str, honorific: bool, place: bool, ranks: int, g: _Grammar) -> bool | None:
    """Whether a candidate names a person; None when that depends on a
    position written beside it (see _confirmed_by_roles). Asked before the
    positions are read, as most candidates are settled without them.
    `place`: the candidate is a gazetteer name; `ranks`: where the ranks
    before it start (see _Grammar.after_ranks)."""
    if not (honorific or place or cand.vietnamese or cand.foreign or cand.tokens == 1 or cand.after_place and cand.tokens >= 3):
        return False  # "Phó Bí" of "Phó Bí thư": whatever stands before it, nothing below says yes
    head = g.heads.ending_at(text, ranks)  # a position title right before the name ("Chủ tịch X")
    blocked = _named_after(text, cand, g) or (head is not None and g.not_person_before.ending_at(text, head) is not None)
    if blocked or _HOUSE_NUMBER.search(text, max(0, cand.start - 8), cand.start):
        return False
    titled = head is not None
    if place:
        return (honorific or titled) and g.place_prefixes.ending_at(text, cand.start) is None
    if honorific or (cand.vietnamese and cand.tokens >= 3):
        return True
    if cand.tokens == 1:
        # "Tổng thống Pu-tin"; "Đại sứ Ô-xtrây-li-a tại Việt Nam A.Cóc-xơ"
        # if a position comes before; "tại Oa-sinh-tơn" is a place.
        return True if titled else None if _after_capitalised_word(text, cand.start) else False
    # A two-word name with a Vietnamese surname, or a foreign name, needs a
    # position beside it; anything else ("Hội Hữu" of "Hội Hữu
    # nghị") needs an honorific, but for "… Tỉnh ủy tỉnh Khăm Muộn Phôm Ma
    # Phăn Thạ Lăng Si": a position, a foreign place, then a name spelled
    # the Vietnamese way.
    if cand.vietnamese or cand.foreign:
        return None
    return None if cand.after_place and cand.tokens >= 3 else False


def _named_after(text: str, cand: _Candidate, g: _Grammar) -> bool:
    """Whether a word before the run makes it a street, a school or a
    smaller unit named after a person ("phố Lê Thánh Tông", "huyện Trần
    Văn Thời"). Not so when that word only ends a province-level prefix:
    "phố" of "thành phố" is the city, and a full name of three words or
    more after it is the person a position names ("Chủ tịch UBND thành
    phố Nguyễn Văn A"); a city's own name is two words."""
    start = g.not_person_before.ending_at(text, cand.start)
    if start is None:
        return False
    if not (cand.vietnamese and cand.tokens >= 3):
        return True
    unit = g.place_prefixes.ending_at(text, cand.start)
    return unit is None or unit >= start


def _after_capitalised_word(text: str, start: int) -> bool:
    before = text[max(0, start - 30): start].split()
    return bool(before) and before[-1][:1].isupper()


def _confirmed_by_roles(cand: _Candidate, left: tuple[int, int] | None, right: tuple[int, int] | None) -> bool:
    """For an undecided candidate: a position before it, or after it for a
    name with a Vietnamese surname or a foreign one."""
    if cand.vietnamese or cand.foreign:
        return left is not None or right is not None
    return left is not None


def _mentions(text: str, written: str, notes: Annotation, gaz: Gazetteer, g: _Grammar) -> list[_Mention]:
    spans = notes.all
    candidates = _candidates(text, spans, g)
    if not candidates:
        return []
    ranks, honorifics, places, starts = [], [], [], []
    for cand in candidates:
        rank_start = g.after_ranks(text, cand.start)
        honorific = g.honorific_at(text, rank_start)
        place = _is_gazetteer_name(cand.name, g)
        ranks.append(rank_start)
        honorifics.append(honorific)
        places.append(place)
        if not place and (cand.vietnamese or cand.foreign or honorific is not None):
            starts.append(cand.start)
    name_starts = _Starts(starts)
    mentions: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    for cand, rank_start, honorific, place in zip(candidates, ranks, honorifics, places):
        verdict = _is_person(cand, text, honorific is not None, place, rank_start, g)
        if verdict is False:
            continue
        left = _role_before(text, cand.start, g, taken, honorific)
        right, right_end = _role_after(text, cand.end, g, name_starts)
        if verdict is None and not _confirmed_by_roles(cand, left, right):
            continue
        roles = [r for r in (_role_text(written, left, gaz), _role_text(written, right, gaz)) if r]
        # As written, modern tone marks: the matched text is that, but for
        # its apostrophes (see Document.texts).
        name = cand.name if "'" not in cand.name else modern_tones(written[cand.start: cand.end])
        mentions.append(_Mention(name, cand.start, cand.end, ", ".join(roles) or None))
        taken.append((cand.start, max(cand.end, right_end)))
    return mentions


def _merge_roles(roles: list[str]) -> str | None:
    """Every distinct position the text gives, first mention first."""
    if len(roles) < 2:
        return roles[0] if roles else None  # the usual case; roles are never empty strings
    distinct: list[str] = []
    for role in roles:
        folded = role.casefold()
        if any(folded in other.casefold() for other in distinct):
            continue
        distinct = [r for r in distinct if r.casefold() not in folded]
        distinct.append(role)
    return "; ".join(distinct) or None


def find_people(doc: Document, gaz: Gazetteer) -> People:
    g = _grammar(gaz)
    g.heads_cache.clear()  # what is remembered by text serves this document only
    roles: dict[str, list[str]] = {}
    spans: list[list[Span]] = []
    for text, written, notes in zip(doc.texts(), doc.written_texts(), annotations(doc, gaz)):
        mentions = _mentions(text, written, notes, gaz, g)
        spans.append([Span(m.start, m.end, "person", m.name) for m in mentions])
        for mention in mentions:
            roles.setdefault(mention.name, [])
            if mention.role:
                roles[mention.name].append(mention.role)
    people = tuple(Person(name, _merge_roles(found)) for name, found in roles.items())
    return People(people=people, spans=spans)
