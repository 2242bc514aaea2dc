"""Name matching: the same names are found however the text spaces them,
and never where the words only look alike."""

import random

import pytest

from diplonews.core.matcher import LookBack, NameMatcher, NameUnion

PLACES = NameMatcher(
    {"Hà Nội": "Hà Nội", "Hà Nam": "Hà Nam", "Nam Định": "Nam Định", "Bà Rịa - Vũng Tàu": "BRVT", "TP.HCM": "HCM", "Việt Nam": None}
)


def found(matcher: NameMatcher, text: str) -> list[tuple[str, object]]:
    return [(text[m.start: m.end], m.value) for m in matcher.find(text)]


@pytest.mark.parametrize(
    "text,name",
    [
        ("tỉnh Bà Rịa - Vũng Tàu.", "Bà Rịa - Vũng Tàu"),
        ("tỉnh Bà Rịa-Vũng Tàu.", "Bà Rịa-Vũng Tàu"),
        ("tỉnh Bà Rịa– Vũng Tàu.", "Bà Rịa– Vũng Tàu"),
        ("tỉnh Bà Rịa\nVũng Tàu.", "Bà Rịa\nVũng Tàu"),
        ("Liên hiệp TP. HCM", "TP. HCM"),
        ("Liên hiệp TP.HCM", "TP.HCM"),
    ],
)
def test_a_name_is_found_whatever_its_gaps(text, name):
    assert found(PLACES, text) == [(name, "BRVT" if "Bà" in name else "HCM")]


@pytest.mark.parametrize("text", ["Bà Rịa, Vũng Tàu", "Bà Rịa; Vũng Tàu", "Bà Rịa . - Vũng Tàu", "Bà Rịa_Vũng Tàu"])
def test_punctuation_that_no_name_holds_splits_it(text):
    assert found(PLACES, text) == []


def test_the_longest_name_wins_and_matches_do_not_overlap():
    assert found(PLACES, "từ Hà Nam Định đến Hà Nội") == [("Hà Nam", "Hà Nam"), ("Hà Nội", "Hà Nội")]


def test_a_shorter_name_is_kept_when_the_longer_one_runs_into_a_word():
    # "Hà Namx" is not Hà Nam; nothing else starts there.
    assert found(PLACES, "Hà Namx và Hà Nội") == [("Hà Nội", "Hà Nội")]
    vietnam = NameMatcher({"Việt": "V", "Việt Nam": "VN"})
    assert found(vietnam, "người Việt Namese, người Việt Nam") == [("Việt", "V"), ("Việt Nam", "VN")]


def test_names_inside_longer_words_are_not_names():
    assert found(PLACES, "XHà Nội, Hà Nộii, Hà Nội2") == []


def test_a_value_may_be_none():
    assert found(PLACES, "nước Việt Nam") == [("Việt Nam", None)]


def test_a_blocked_name_hides_the_names_it_holds():
    places = NameMatcher({"Hồ Chí Minh": "HCM", "Hòa Bình": "HB"}, blocked=["Đường Hồ Chí Minh", "Ủy ban Hòa Bình"])
    text = "Đường Hồ Chí Minh qua Hồ Chí Minh; Ủy ban Hòa Bình tỉnh Hòa Bình"
    assert found(places, text) == [("Hồ Chí Minh", "HCM"), ("Hòa Bình", "HB")]
    assert [m.start for m in places.find(text)] == [text.index("qua") + 4, text.rindex("Hòa")]
    assert places.ending_at("Đường Hồ Chí Minh", len("Đường Hồ Chí Minh")) == len("Đường ")


def test_a_blocked_name_led_by_lower_case_words_hides_the_names_it_holds():
    # Such names are checked around the names they hold, not in the regex.
    names = NameMatcher(
        {"Anh": "Anh", "Triều Tiên": "Triều Tiên", "Thái Bình": "Thái Bình"},
        blocked=["tiếng Anh", "bán đảo Triều Tiên", "châu Á - Thái Bình Dương"],
    )
    text = "học tiếng Anh ở Anh; bán đảo Triều Tiên, Triều Tiên; châu Á - Thái Bình Dương và Thái Bình; tiếng, Anh"
    assert found(names, text) == [("Anh", "Anh"), ("Triều Tiên", "Triều Tiên"), ("Thái Bình", "Thái Bình"), ("Anh", "Anh")]
    assert [m.start for m in names.find(text)] == [
        text.index("ở Anh") + 2, text.index(", Triều") + 2, text.index("và Thái") + 3, text.rindex("Anh")
    ]


def test_casefold_matching_reads_any_case():
    heads = NameMatcher({"Liên hiệp": "LH", "UBND": "UBND"}, casefold=True)
    assert found(heads, "LIÊN HIỆP, liên hiệp, Liên Hiệp và ubnd") == [
        ("LIÊN HIỆP", "LH"), ("liên hiệp", "LH"), ("Liên Hiệp", "LH"), ("ubnd", "UBND")
    ]
    # A letter whose lower case is two characters keeps positions right,
    # and a dotless "ı" read as "i" there is no name.
    assert found(heads, "İİ Liên hiệp") == [("Liên hiệp", "LH")]
    assert found(heads, "İ Lıên hıệp, Liên hiệp") == [("Liên hiệp", "LH")]


def test_casefold_names_follow_any_character_but_a_letter_or_digit():
    heads = NameMatcher({"chủ tịch": "CT"}, casefold=True)
    text = "Chủ tịch, (chủ tịch) “Chủ tịch” _chủ tịch 🙂chủ tịch"
    assert len(heads.find(text)) == 5
    # After a letter or a digit, of the first plane or beyond, it is no name.
    assert heads.find("xchủ tịch 2chủ tịch ĐChủ tịch 𝐀chủ tịch") == []


def test_the_longest_name_at_a_position():
    text = "Hội hữu nghị Việt Nam - Lào, Việt Nam-Hà Nội"
    assert PLACES.longest_at(text, text.index("Việt")) == text.index(" - Lào")
    assert PLACES.longest_at(text, text.index("Hà")) == len(text)
    assert PLACES.longest_at(text, text.index("Lào")) is None


def test_looking_back_from_a_position():
    titles = NameMatcher(["Chủ tịch", "Phó Chủ tịch", "ông"], casefold=True)
    text = "Phó Chủ tịch Nguyễn Văn A và ông. Lê B, chủ-tịch C"
    assert titles.ending_at(text, text.index("Nguyễn")) == 0
    assert titles.ending_at(text, text.index("Lê")) == text.index("ông")
    assert titles.ending_at(text, len(text) - 1) == text.index("chủ-tịch")
    assert titles.ending_at(text, text.index("và")) is None
    dotted = "ông .. . Lê B"  # spaces and dots, in any order, stand between the title and the name
    assert titles.ending_at(dotted, dotted.index("Lê")) == 0


HEADS = NameMatcher(["UBND", "Ủy ban nhân dân", "Liên hiệp", "Hội hữu nghị", "hữu nghị"], casefold=True)


def looked_back(look_back: LookBack, text: str, word: str) -> str | None:
    found = look_back.before(text, [text.index(word)])
    return text[found[0].start: found[0].end] if found else None


def test_looking_back_from_a_name_over_a_skipped_word():
    back = LookBack(HEADS, skipped=["tỉnh", "TP.", "T.P"])
    text = "UBND tỉnh K1, Ủy ban Nhân dân TP.K2, liên hiệp  K3, LIÊN HIỆP T. P K4, xUBND K5, Hội, hữu nghị K6, Hội hữu nghị\nK7"
    assert looked_back(back, text, "K1") == "UBND"
    assert looked_back(back, text, "K2") == "Ủy ban Nhân dân"
    assert looked_back(back, text, "K3") == "liên hiệp"
    assert looked_back(back, text, "K4") == "LIÊN HIỆP"
    assert looked_back(back, text, "K5") is None  # inside a word
    assert looked_back(back, text, "K6") == "hữu nghị"  # "Hội, hữu nghị" has a gap no name has
    assert looked_back(back, text, "K7") == "Hội hữu nghị"
    assert back.before(text, [text.index("UBND tỉnh")]) == []
    points = [text.index("K7"), text.index("K1"), text.index("tỉnh K1")]  # UBND twice: found once, leftmost first
    assert [m.start for m in back.before(text, points)] == [0, text.index("Hội hữu nghị\n")]


def test_looking_back_finds_what_walking_back_word_by_word_finds():
    back = LookBack(HEADS, skipped=["tỉnh"])
    skipped = NameMatcher(["tỉnh"], casefold=True)
    words = ["UBND", "ubnd", "Ủy", "ban", "Nhân", "nhân", "dân", "Liên", "hiệp", "Hội", "hữu", "nghị", "tỉnh", "Tỉnh", "A", "xUBND"]
    gaps = [" ", " ", " ", "  ", " - ", "-", ", ", "\n", "_"]
    rng = random.Random(11)
    compared = 0
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(1, 8))) + "A"
        for end in (i for i in range(1, len(text)) if text[i - 1].isspace() and not text[i].isspace()):
            skip = skipped.ending_at(text, end)
            start = None if skip is None else HEADS.ending_at(text, skip)
            expected = HEADS.ending_at(text, end) if start is None else start
            found = back.before(text, [end])
            assert (found[0].start if found else None) == expected, (text, end)
            compared += expected is not None
    assert compared > 1000


def test_a_stretch_said_to_hold_no_name_holds_none():
    words = ["UBND", "ubnd", "Ủy", "ban", "Nhân", "nhân", "dân", "Liên", "hiệp", "Hội", "hữu", "nghị", "Hà", "Nội", "xUBND"]
    gaps = [" ", " ", "  ", " - ", ", ", ". ", "_"]
    places = NameMatcher(["Hà Nội", "Ủy ban"])
    rng = random.Random(5)
    refused = 0
    for _ in range(1500):
        text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(1, 8))).strip()
        for matcher in (HEADS, places):
            names = matcher.find(text)
            assert all(matcher.may_hold(text, m.start, m.end) for m in names), text
            for _ in range(4):
                start = rng.randint(0, len(text))
                end = rng.randint(start, len(text))
                if not matcher.may_hold(text, start, end):
                    refused += 1
                    assert not any(start <= m.start and m.end <= end for m in names), (text, start, end)
    assert refused > 1000
    text = "Ông Nguyễn Văn A, chủ tịch LIÊN HIỆP"
    assert not HEADS.may_hold(text, 0, text.index("LIÊN") + 4)
    assert HEADS.may_hold(text, text.index("LIÊN"), len(text))


def test_a_look_back_refuses_a_matcher_that_reads_case():
    with pytest.raises(ValueError):
        LookBack(NameMatcher(["Hà Nội"]))


def test_a_union_finds_what_each_of_its_matchers_finds():
    places = NameMatcher(
        {"Hà Nội": "HN", "Hà Nam": "HNa", "Nam Định": "NĐ", "Hồ Chí Minh": "HCM", "Lào Cai": "LC"},
        blocked=["Đường Hồ Chí Minh", "tư tưởng Hồ Chí Minh"],
    )
    countries = NameMatcher({"Việt Nam": None, "Lào": "Lào", "Anh": "Anh", "Nam Phi": "NP", "bá": "x"}, blocked=["tiếng Anh", "bán Anh"])
    orgs = NameMatcher({"Hội hữu nghị Việt Nam - Lào": "HHN", "Hà Nội Group": "HNG", "bán": "y"})
    union = NameUnion([places, countries, orgs])
    words = ["Hà", "Nội", "Nam", "Namx", "Định", "Phi", "Việt", "Lào", "Cai", "Anh", "tiếng", "Hội", "hữu", "nghị",
             "Hồ", "Chí", "Minh", "Đường", "tư", "tưởng", "Group", "bán", "bá", "X"]
    gaps = [" ", " ", " ", " - ", "-", ", ", ". ", "\n", "_"]
    rng = random.Random(7)
    # In "bán Anh" the countries' own search refuses "bá" (a word goes on),
    # so it looks for "Anh" from past "b" and the guard "bán Anh", which
    # starts before that, does not hide it: the union must agree.
    texts = ["Hội hữu nghị Việt Nam - Lào Cai", "bán tiếng Anh ở Anh", "tư tưởng Hồ Chí Minh, Hồ Chí Minh", "bán Anh"]
    for _ in range(3000):
        count = rng.randint(1, 9)
        texts.append("".join(rng.choice(words) + rng.choice(gaps) for _ in range(count)).strip())
    for text in texts:
        assert union.find(text) == [places.find(text), countries.find(text), orgs.find(text)], text


def test_a_union_refuses_a_matcher_that_folds_case():
    with pytest.raises(ValueError):
        NameUnion([NameMatcher(["Hà Nội"]), NameMatcher(["chủ tịch"], casefold=True)])
