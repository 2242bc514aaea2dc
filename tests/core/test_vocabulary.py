"""The regexes vocabulary.py rewrites for speed match what the plain ones do."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.core import load_gazetteer
from diplonews.core.gazetteer import _union
from diplonews.core.vocabulary import _line_union, _opening_letter, vocabulary

GAZ = load_gazetteer()


@pytest.mark.parametrize(
    ("pattern", "letter"),
    [
        ("tin mới nhất", "t"),
        (r"tin (khác|cùng chuyên mục)( đã đăng)?\s*:?", "t"),
        ("ab[]|)(]c", "a"),
        (r"a\|b", "a"),
        (r"(ảnh|video)\s*:?", None),
        (r"\(?\d+\)?\s*bình luận", None),
        ("tin|bài", None),
        ("t?in", None),
        ("a)|(b", None),
        ("a(?#|)b", None),
    ],
)
def test_a_pattern_opens_with_a_letter_only_when_every_match_does(pattern, letter):
    assert _opening_letter(pattern) == letter


# Whole lines and pieces of lines that the patterns below, or the tail
# markers, match in one case or another.
LINE_PIECES = ["tin mới", "Tin mới", "TIN MỚI", "Tin cũ:", "ý kiến", "Ý KIẾN", "12 bình luận", "(3) bình luận", "bài", "Bài viết", "xin"]
PATTERN_POOL = ["tin mới", r"Tin (mới|cũ)\s*:?", "t?in", "x|bài", r"(ý|Ý) kiến", r"\(?\d+\)?\s*bình luận", "bài.*", "kſ", "k", "ý kiến"]
lines = st.lists(st.sampled_from(LINE_PIECES + [" ", ":", "K", "\u212a", "ſ", "S", "x"]), min_size=1, max_size=3).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PATTERN_POOL), min_size=1, max_size=6), lines)
def test_the_union_by_first_letter_matches_the_lines_the_union_does(patterns, line):
    compiled = tuple(re.compile(rf"(?:{p})\Z", re.IGNORECASE) for p in patterns)
    assert (_line_union(compiled).match(line) is None) == (_union(compiled).match(line) is None)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_the_tail_starts_where_the_gazetteer_says_it_does(line):
    assert (vocabulary(GAZ).tail_start.match(line) is None) == (GAZ.tail_regex.match(line) is None)


def test_a_pattern_that_refers_to_a_group_leaves_the_union_as_it_was():
    assert _line_union((re.compile(r"(?:(a)b\1)\Z", re.IGNORECASE),)) is None
