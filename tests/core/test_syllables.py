import pytest

from diplonews.core.syllables import is_syllable, split_glued


@pytest.mark.parametrize("word", ["nghị", "thuyền", "khuỷu", "giữa", "quốc", "Ngời", "Nguyễn", "người", "oanh"])
def test_real_syllables(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["phủc", "ngoàic", "nghịb", "Champasak"])
def test_not_syllables(word):
    assert not is_syllable(word)


@pytest.mark.parametrize(
    "glued,parts",
    [
        ("nghịbằng", ("nghị", "bằng")),
        ("ngoàicần", ("ngoài", "cần")),
        ("phủcó", ("phủ", "có")),
        ("dânNgày", ("dân", "Ngày")),
        ("hoạtđộng", ("hoạt", "động")),
    ],
)
def test_glued_words_split(glued, parts):
    assert split_glued(glued) == parts


@pytest.mark.parametrize("word", ["Champasak", "ActionAid", "Đắk", "HĐND", "anhem"])
def test_foreign_words_and_acronyms_stay_whole(word):
    assert split_glued(word) == (word,)
