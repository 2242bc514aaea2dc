from diplonews.core.text import clean_unicode, fold, markdown_slugify, modern_tones, normalize, slugify


class TestNormalize:
    def test_old_tone_placement_moves_to_the_first_vowel(self):
        assert normalize("Thuỷ, hoà bình, Uỷ ban, khoẻ") == "Thủy, hòa bình, Ủy ban, khỏe"

    def test_closed_rhymes_and_qu_are_left_alone(self):
        assert normalize("hoàn thành, thuyền, quý, khuỷu") == "hoàn thành, thuyền, quý, khuỷu"

    def test_decomposed_text_becomes_nfc(self):
        import unicodedata

        assert normalize(unicodedata.normalize("NFD", "Đồng Tháp")) == "Đồng Tháp"

    def test_invisible_and_odd_spaces_are_cleaned(self):
        assert clean_unicode("Cần\u200bThơ\u00a0và\ufeff Huế\r\nx\ry") == "CầnThơ và Huế\nx\ny"

    def test_tone_move_keeps_positions(self):
        text = "Hoà Bình, Thuỷ"
        assert len(modern_tones(text)) == len(text)


class TestSlug:
    def test_d_with_stroke_becomes_d(self):
        assert slugify("Đoàn đại biểu tỉnh Đồng Nai") == "doan-dai-bieu-tinh-dong-nai"

    def test_punctuation_and_dashes_collapse(self):
        assert slugify("Việt Nam – Lào: “hữu nghị” [2025]") == "viet-nam-lao-huu-nghi-2025"

    def test_long_titles_are_cut_at_a_word(self):
        slug = slugify("Liên hiệp các tổ chức hữu nghị " * 10)
        assert len(slug) <= 80 and not slug.endswith("-")

    def test_heading_anchors_use_the_same_rule(self):
        assert markdown_slugify("Đối ngoại nhân dân", "_") == "doi_ngoai_nhan_dan"

    def test_fold_is_for_matching(self):
        assert fold("ĐỐI NGOẠI Nhân Dân") == "doi ngoai nhan dan"
