from .helpers import article


class TestCountries:
    def test_canonical_short_names_from_aliases(self):
        found = article("Đại diện Hoa Kỳ, Cu Ba, Ô-xtrây-li-a và Liên bang Nga dự hội nghị.")
        assert found.countries == ("Hoa Kỳ", "Cuba", "Australia", "Nga")

    def test_vietnam_is_not_foreign(self):
        assert article("Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức hội nghị.").countries == ()

    def test_names_that_contain_a_country_word(self):
        found = article(
            "Tham dự có bà Nguyễn Phương Nga, ông Lê Hưng Quốc, bà Phan Thị Mỹ Hạnh và ông Nguyễn Đức Chung; "
            "bà Nga cho biết các ý kiến đều được ghi nhận theo pháp luật."
        )
        assert found.countries == ()

    def test_one_word_names_that_stand_alone(self):
        found = article("Hai nước Việt Nam và Lào, cùng nhân dân Pháp và Đức, tăng cường hợp tác.")
        assert found.countries == ("Lào", "Pháp", "Đức")

    def test_pair_forms(self):
        found = article("Hội hữu nghị Việt - Nhật và Hội hữu nghị Việt Nam - Hàn tỉnh tổ chức giao lưu.")
        assert set(found.countries) == {"Nhật Bản", "Hàn Quốc"}

    def test_lao_cai_is_a_province_not_laos(self):
        found = article("Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai tổ chức đại hội.")
        assert found.countries == () and found.provinces == ("Lào Cai",)

    def test_a_one_word_name_before_a_persons_name(self):
        found = article("Tổng thống Pháp Emmanuel Macron và Đại sứ Nga Ghen-na-đi Bê-dơ-đét-cô dự lễ.")
        assert found.countries == ("Pháp", "Nga")

    def test_a_one_word_name_after_a_party_or_an_acronym(self):
        found = article("Ngài Bounthong Chitmany, Thường trực Ban Bí thư Trung ương Đảng NDCM Lào và Bí thư TƯ Đảng Nga dự.")
        assert found.countries == ("Lào", "Nga")
