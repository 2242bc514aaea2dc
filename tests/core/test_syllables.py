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


@pytest.mark.parametrize(
    "glued, parts",
    [("Zealandvà", ("Zealand", "và")), ("Mozambiqueđã", ("Mozambique", "đã")), ("Parisnhân", ("Paris", "nhân"))],
)
def test_a_latin_name_glued_to_a_vietnamese_word_is_split(glued, parts):
    assert split_glued(glued) == parts


@pytest.mark.parametrize("name", ["Champasak", "Luangprabang", "Bôlykhămxay", "Sihanoukville"])
def test_names_written_as_one_word_stay_whole(name):
    assert split_glued(name) == (name,)
