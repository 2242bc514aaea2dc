import random
import re
from importlib import resources

import pytest

from diplonews.core import ExtractError, load_gazetteer
from diplonews.core.gazetteer import alternation, trie_alternation, word_search


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


class TestProvinces:
    def test_63_before_and_34_after_the_merger(self, gaz):
        assert len(gaz.provinces) == 63
        assert len(gaz.units) == 34

    def test_every_province_belongs_to_one_unit(self, gaz):
        members = [m for unit in gaz.units.values() for m in unit.merged_from]
        assert sorted(members) == sorted(gaz.provinces)

    @pytest.mark.parametrize(
        "old,new",
        [("Trà Vinh", "Vĩnh Long"), ("Tiền Giang", "Đồng Tháp"), ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"), ("Quảng Nam", "Đà Nẵng"),
         ("Thừa Thiên Huế", "Huế"), ("Hà Giang", "Tuyên Quang"), ("Kiên Giang", "An Giang"), ("Hà Nội", "Hà Nội")],
    )
    def test_merger_facts(self, gaz, old, new):
        assert gaz.provinces[old].now == new

    def test_no_country_is_spelled_like_a_province(self, gaz):
        assert not set(gaz.countries) & set(gaz.place_aliases)


class TestBadData:
    def _copy(self, tmp_path):
        source = resources.files("diplonews.data")
        for name in ("provinces.yaml", "countries.yaml", "surnames.txt", "titles.yaml", "organisations.yaml", "boilerplate.yaml", "language.yaml"):
            (tmp_path / name).write_text(source.joinpath(name).read_text(encoding="utf-8"), encoding="utf-8")
        return tmp_path

    def test_a_province_in_no_unit_names_the_file_and_line(self, tmp_path):
        folder = self._copy(tmp_path)
        text = (folder / "provinces.yaml").read_text(encoding="utf-8")
        text = text.replace("merged_from: [Vĩnh Long, Bến Tre, Trà Vinh]", "merged_from: [Vĩnh Long, Bến Tre]")
        (folder / "provinces.yaml").write_text(text, encoding="utf-8")
        with pytest.raises(ExtractError) as err:
            load_gazetteer(str(folder))
        assert err.value.path.endswith("provinces.yaml") and err.value.line and "Trà Vinh" in err.value.message

    def test_a_copied_folder_loads(self, tmp_path):
        assert len(load_gazetteer(str(self._copy(tmp_path))).provinces) == 63

    def test_broken_yaml_names_the_line(self, tmp_path):
        folder = self._copy(tmp_path)
        (folder / "countries.yaml").write_text("home: [Việt Nam\ncountries: x\n", encoding="utf-8")
        with pytest.raises(ExtractError) as err:
            load_gazetteer(str(folder))
        assert err.value.path.endswith("countries.yaml") and err.value.line is not None

    def test_a_noise_pattern_with_a_capital_is_refused(self, tmp_path):
        folder = self._copy(tmp_path)
        text = (folder / "boilerplate.yaml").read_text(encoding="utf-8")
        (folder / "boilerplate.yaml").write_text(text.replace("  - 'bản in'", "  - 'Bản in'"), encoding="utf-8")
        with pytest.raises(ExtractError) as err:
            load_gazetteer(str(folder))
        assert err.value.path.endswith("boilerplate.yaml") and "Bản in" in err.value.message and "viết thường" in err.value.message


class TestTrieAlternation:
    """The trie that position checks use must accept exactly what the plain
    alternation of the same names accepts, gaps and case included."""

    NAMES = ["Chủ tịch", "Phó Chủ tịch", "Chủ tịch nước", "Bà Rịa - Vũng Tàu", "TP.HCM", "Tổng Thư ký", "Thư ký"]

    @pytest.mark.parametrize(
        "text",
        ["Chủ tịch UBND", "chủ tịch nước", "Chủ  tịch", "Chủ tịch-nước", "Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu",
         "TP. HCM", "TP.HCM.", "Tổng Thư ký", "Thư kýx", "Chủ tịchnước", "xChủ tịch", "Chủ", "Phó  Chủ tịch nước"],
    )
    def test_same_matches_as_the_plain_alternation(self, text):
        plain, trie = alternation(self.NAMES, re.IGNORECASE), trie_alternation(self.NAMES, re.IGNORECASE)
        for position in range(len(text) + 1):
            assert (plain.match(text, position) is None) == (trie.match(text, position) is None), (text, position)

    def test_role_titles_in_the_gazetteer(self, gaz):
        text = " ".join(f"{title}, {title.upper()} và{title}x" for title in gaz.role_heads)
        plain, trie = alternation(gaz.role_heads, re.IGNORECASE), trie_alternation(gaz.role_heads, re.IGNORECASE)
        accepted = [p for p in range(len(text)) if trie.match(text, p)]
        assert accepted == [p for p in range(len(text)) if plain.match(text, p)]
        assert len(accepted) >= 2 * len(gaz.role_heads)


class TestWordSearchAfterGap:
    """Read as its docstring says, the form that starts at the gap before a
    word finds the words the plain form finds, from any position but 0."""

    NAMES = ["ông", "bà", "quý bà", "đồng chí", "Mr.", "ký", "cho biết", "Tổng Giám mục"]
    WORDS = ["ông", "Ông", "ÔNG", "bà", "quý", "Quý bà", "đồng", "chí", "Đồng chí", "Mr", "Mr.", "ký", "kýx", "cho", "biết",
             "Tổng", "Giám", "mục", "𝐀", "_", "x", "9"]
    GAPS = [" ", " ", "  ", " - ", "-", ", ", "_", "𝐀", "", "\n"]

    @staticmethod
    def _after_gap(pattern, text, pos, endpos):
        found, position = [], pos - 1
        while (match := pattern.search(text, position, endpos)) is not None:
            at = match.start() + 1
            if text[at - 1].isalnum():
                position = at
                continue
            found.append(at)
            position = match.end()
        return found

    @pytest.mark.parametrize("ignorecase", [False, True])
    def test_same_words_as_the_plain_form(self, ignorecase):
        plain = word_search(self.NAMES, ignorecase=ignorecase)
        gapped = word_search(self.NAMES, ignorecase=ignorecase, after_gap=True)
        rng = random.Random(3)
        found = 0
        for _ in range(1500):
            text = "".join(rng.choice(self.WORDS) + rng.choice(self.GAPS) for _ in range(rng.randint(1, 10)))
            for _ in range(3):
                pos = rng.randint(1, len(text))
                endpos = rng.randint(pos, len(text))
                expected = [m.start() for m in plain.finditer(text, pos, endpos)]
                assert self._after_gap(gapped, text, pos, endpos) == expected, (text, pos, endpos)
                found += len(expected)
        assert found > 500
