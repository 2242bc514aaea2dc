import pytest

from .helpers import article


class TestProvinces:
    @pytest.mark.parametrize(
        "written,province",
        [
            ("Liên hiệp các tổ chức hữu nghị TP.HCM", "Hồ Chí Minh"),
            ("Liên hiệp TPHCM", "Hồ Chí Minh"),
            ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
            ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
            ("Sài Gòn", "Hồ Chí Minh"),
            ("tỉnh Bà Rịa- Vũng Tàu", "Bà Rịa - Vũng Tàu"),
            ("tỉnh Thừa Thiên - Huế", "Thừa Thiên Huế"),
            ("tỉnh Đắc Lắc", "Đắk Lắk"),
            ("tỉnh Khánh Hoà", "Khánh Hòa"),
            ("Sở Ngoại vụ Tiền Giang", "Tiền Giang"),
            ("Liên hiệp Cần Thơ", "Cần Thơ"),
        ],
    )
    def test_aliases_and_prefixes(self, written, province):
        assert article(f"Đại diện {written} đã phát biểu tại hội nghị.").provinces == (province,)

    def test_post_merger_units(self):
        found = article("Đoàn đại biểu các tỉnh Trà Vinh, Tiền Giang và Bà Rịa - Vũng Tàu đã tham dự.")
        assert found.provinces == ("Trà Vinh", "Tiền Giang", "Bà Rịa - Vũng Tàu")
        assert found.provinces_current == ("Vĩnh Long", "Đồng Tháp", "Hồ Chí Minh")

    def test_names_that_are_not_the_province(self):
        found = article(
            "Chủ tịch Hồ Chí Minh đã gửi thư; khu vực châu Á - Thái Bình Dương phát triển; "
            "các hoạt động hòa bình, hữu nghị; chương trình Chiếc nơ Hòa Bình."
        )
        assert found.provinces == ()

    def test_ambiguous_name_with_a_prefix_or_in_a_list(self):
        assert article("Đoàn công tác đến thăm tỉnh Hòa Bình.").provinces == ("Hòa Bình",)
        assert article("Đại biểu các tỉnh Sơn La, Hòa Bình dự hội nghị.").provinces == ("Sơn La", "Hòa Bình")

    def test_a_person_named_after_a_province_is_not_the_province(self):
        found = article("Tham dự có ông Nguyễn Thái Bình, Giám đốc Sở Ngoại vụ tỉnh Nghệ An.")
        assert found.provinces == ("Nghệ An",)

    def test_foreign_provinces_are_not_provinces(self):
        found = article("Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) và tỉnh Kampong Cham (Campuchia) thăm bang Kerala.")
        assert found.provinces == ()

    def test_a_commune_or_a_hotel_named_like_a_province_is_not_it(self):
        found = article("Đoàn thăm xã Long An, huyện Châu Thành, nghỉ tại khách sạn Sài Gòn ở thành phố Cần Thơ.")
        assert found.provinces == ("Cần Thơ",)
