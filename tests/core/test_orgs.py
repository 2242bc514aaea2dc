from .helpers import article


def test_heads_are_named_with_the_canonical_province():
    found = article("Liên hiệp TP.HCM và UBND tỉnh Trà Vinh ký kết; Sở Ngoại vụ Tiền Giang cùng dự.")
    assert found.organisations == (
        "Liên hiệp các tổ chức hữu nghị thành phố Hồ Chí Minh",
        "Ủy ban nhân dân tỉnh Trà Vinh",
        "Sở Ngoại vụ tỉnh Tiền Giang",
    )


def test_fixed_names_and_acronyms():
    found = article("Đại diện Ban điều phối viện trợ nhân dân (PACCOM) và tổ chức Action Aid tham dự.")
    assert "Ban Điều phối viện trợ nhân dân" in found.organisations
    assert "ActionAid" in found.organisations


def test_friendship_associations_take_their_pair():
    found = article("Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An tổ chức gặp mặt.")
    assert "Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An" in found.organisations


def test_a_person_after_an_organisation_is_not_its_pair():
    found = article("Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam - Nguyễn Phương Nga phát biểu.")
    assert not any("Nguyễn" in org for org in found.organisations)
