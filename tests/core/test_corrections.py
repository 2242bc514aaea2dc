from diplonews.core import Level, Person, extract_text

ARTICLE = (
    "Liên hiệp các tổ chức hữu nghị tỉnh Trà Vinh tiếp đoàn Lào\n"
    "Ngày 4/11, ông Trần Văn Vẹn, Chủ tịch Liên hiệp tỉnh Trà Vinh tiếp đoàn đại biểu tỉnh Champasak (Lào) "
    "đến thăm và làm việc; hai bên trao đổi về hợp tác giáo dục, y tế và giao lưu nhân dân trong thời gian tới.\n"
)


def corrected(block: str):
    return extract_text(f"---\n{block}\n---\n{ARTICLE}", "news/a.txt")


def test_a_given_field_wins_and_the_rest_is_still_extracted():
    found = corrected("date: 2019-11-04\nauthor: Trọng Nghĩa")
    assert (found.date, found.author) == ("2019-11-04", "Trọng Nghĩa")
    assert found.provinces == ("Trà Vinh",) and found.countries == ("Lào",)
    assert found.title.startswith("Liên hiệp các tổ chức")


def test_lists_can_be_replaced_extended_and_trimmed():
    found = corrected(
        "countries: [Lào, Campuchia]\n"
        "people+:\n  - {name: Nguyễn Văn An, role: Giám đốc Sở Ngoại vụ}\n  - {name: Trần Văn Vẹn, role: Chủ tịch Liên hiệp}\n"
        "provinces-: [Trà Vinh]\n"
        "provinces+: [Bến Tre]"
    )
    assert found.countries == ("Lào", "Campuchia")
    assert found.people == (Person("Trần Văn Vẹn", "Chủ tịch Liên hiệp"), Person("Nguyễn Văn An", "Giám đốc Sở Ngoại vụ"))
    assert found.provinces == ("Bến Tre",)
    assert found.provinces_current == ("Vĩnh Long",)  # follows the corrected provinces


def test_a_corrected_title_moves_the_slug():
    found = corrected('title: "Tiêu đề: đã sửa"')
    assert (found.title, found.slug) == ("Tiêu đề: đã sửa", "tieu-de-da-sua")


def test_broken_yaml_is_an_error_naming_the_line_and_the_article_is_kept():
    found = extract_text(f"---\ndate: 2019-11-04\npeople: [Nguyễn Văn An\ntitle: x\n---\n{ARTICLE}", "news/a.txt")
    errors = [w for w in found.warnings if w.level is Level.ERROR]
    assert len(errors) == 1 and errors[0].line in (3, 4, 5) and "khối sửa" in errors[0].message
    assert found.title.startswith("Liên hiệp các tổ chức") and found.date is None


def test_unknown_field_and_bad_value_are_reported_with_their_line():
    found = corrected("ngay: 2019-11-04\ndate: hôm qua")
    messages = {(w.level, w.line): w.message for w in found.warnings}
    assert "'ngay'" in messages[(Level.WARNING, 2)]
    assert "date" in messages[(Level.ERROR, 3)]


def test_a_block_without_its_closing_line_is_an_error_and_nothing_is_lost():
    found = extract_text(f"---\ndate: 2019-11-04\n{ARTICLE}", "news/a.txt")
    assert any(w.level is Level.ERROR and w.line == 1 for w in found.warnings)
    assert "Champasak" in found.body


UNTITLED = ARTICLE.split("\n", 1)[1]


def test_an_untitled_article_takes_a_title_or_heading_from_the_editor():
    titled = extract_text(f'---\ntitle: "Tiếp đoàn Champasak"\n---\n{UNTITLED}', "news/b.txt")
    assert (titled.title, titled.heading, titled.slug) == ("Tiếp đoàn Champasak", "Tiếp đoàn Champasak", "tiep-doan-champasak")
    headed = extract_text(f'---\nheadline: "Trà Vinh tiếp đoàn Champasak"\n---\n{UNTITLED}', "news/b.txt")
    assert (headed.title, headed.heading, headed.slug) == (None, "Trà Vinh tiếp đoàn Champasak", "tra-vinh-tiep-doan-champasak")
