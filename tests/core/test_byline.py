import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.core import extract_text
from diplonews.core.clean import BYLINE_OUTLET, byline_outlet

from .helpers import article

LEDE = "Ngày 29/7, Liên hiệp các tổ chức hữu nghị TP Cần Thơ đã tổ chức ký kết chương trình phối hợp."


def test_source_line_and_url():
    found = article(LEDE, footer="Theo Tạp chí Thời đại\n\nhttps://thoidai.com.vn/bai-viet-173039.html\n\nChưa có bình luận nào")
    assert (found.source, found.source_url, found.author) == ("Tạp chí Thời đại", "https://thoidai.com.vn/bai-viet-173039.html", None)


@pytest.mark.parametrize("line", ["Nguồn: vietpeace.org.vn", "Nguồn tin: vietpeace.org.vn"])
def test_nguon_prefix(line):
    found = article(LEDE, footer=line)
    assert found.source == "vietpeace.org.vn" and "Nguồn" not in found.body


def test_author_with_outlet_in_brackets():
    found = article(LEDE, footer="Minh Anh (TTXVN)")
    assert (found.author, found.source) == ("Minh Anh", "TTXVN")


def test_initials_are_an_author():
    assert article(LEDE, footer="TT").author == "TT"


def test_a_short_last_sentence_is_not_an_author():
    found = article(LEDE, "Hội nghị thành công tốt đẹp.")
    assert found.author is None and "Hội nghị thành công tốt đẹp." in found.body


def test_outlet_tag_opening_the_lede():
    assert article("(QNO) - " + LEDE).source == "QNO"
    assert article("VTV.vn - " + LEDE).source == "VTV.vn"


def test_byline_beside_the_date_stamp():
    found = article(LEDE, header="V.A 14/07/2013 14:41")
    assert found.author == "V.A" and found.published == "2013-07-14T14:41"


def test_author_dash_outlet_and_author_in_brackets():
    assert (article(LEDE, footer="Kim Liên - Sở Ngoại vụ").author, article(LEDE, footer="Kim Liên - Sở Ngoại vụ").source) == (
        "Kim Liên",
        "Sở Ngoại vụ",
    )
    assert article(LEDE, footer="( Lê Lan)").author == "Lê Lan"
    assert article(LEDE, footer="Thu Hà - Minh Anh").author == "Thu Hà - Minh Anh"


def test_outlet_tag_on_its_own_line_or_with_a_dot():
    assert article(LEDE, header="ĐNA -").source == "ĐNA"
    assert article("TGVN. " + LEDE).source == "TGVN"
    assert article("TP. Cần Thơ, " + LEDE).source is None


@pytest.mark.parametrize(
    "last", ["Theo đó, hai bên thống nhất tăng cường hợp tác", "Theo Ban Tổ chức, chương trình có sự tham gia của đại biểu hai nước"]
)
def test_a_last_sentence_opening_with_theo_is_text_not_a_source(last):
    found = article(LEDE, footer=f"{last}\n\nTheo Tạp chí Thời đại")
    assert last in found.body and found.source == "Tạp chí Thời đại"


@pytest.mark.parametrize(
    "signature,author,source",
    [("(H.V., Sở Ngoại vụ TPHCM, ngày 25-1-2008)", "H.V.", "Sở Ngoại vụ TPHCM"), ("(P.V)", "P.V", None)],
)
def test_a_signature_in_brackets_names_the_author_and_the_office(signature, author, source):
    found = article(LEDE, footer=signature)
    assert (found.author, found.source) == (author, source) and signature not in found.body


@pytest.mark.parametrize(
    "last",
    [
        "Trần Văn Vẹn - Chủ tịch Liên hiệp tỉnh phát biểu tại hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ",
        "Nguyễn Văn An (Chủ tịch UBND tỉnh Đồng Tháp phát biểu chỉ đạo tại hội nghị tổng kết công tác đối ngoại nhân dân)",
    ],
)
def test_a_last_paragraph_naming_someone_and_going_on_is_text_not_a_byline(last):
    found = article(LEDE, footer=last)
    assert last in found.body and found.author is None


def test_an_address_after_nguon_is_the_articles_and_its_site_the_source():
    found = article(LEDE, footer="Nguồn: https://baoquocte.vn/lien-hiep-can-tho-123.html")
    assert (found.source, found.source_url) == ("baoquocte.vn", "https://baoquocte.vn/lien-hiep-can-tho-123.html")


def test_a_compiled_piece_names_no_outlet():
    found = article(LEDE, footer="Hồng Nhung (tổng hợp)")
    assert (found.author, found.source) == ("Hồng Nhung", None)


@pytest.mark.parametrize("line", ["Phóng viên: Trần Minh", "Tác giả: Trần Minh"])
def test_a_reporter_label_before_the_name(line):
    found = article(LEDE, footer=line)
    assert found.author == "Trần Minh" and "Trần Minh" not in found.body


def test_two_authors_in_capitals():
    found = article(LEDE, footer="HẢI YẾN - MINH KHANG")
    assert (found.author, found.source) == ("HẢI YẾN - MINH KHANG", None)


def test_an_empty_author_label_is_dropped():
    found = article(LEDE, footer="Tác giả:\n\nNguồn tin: VOV5")
    assert found.source == "VOV5" and found.author is None and "Tác giả" not in found.body


def test_an_outlet_cited_by_the_lede_is_the_source():
    assert article("Theo báo Gia Lai, tại buổi tọa đàm, ông Lâm Thế Tổng phát biểu về công tác năm nay.").source == "báo Gia Lai"


@pytest.mark.parametrize("opening", ["Theo báo cáo của UBND tỉnh,", "Theo kế hoạch,", "Theo đài truyền hình tỉnh,"])
def test_a_lede_citing_no_outlet_gives_no_source(opening):
    assert article(f"{opening} Liên hiệp các tổ chức hữu nghị tỉnh tổ chức nhiều hoạt động trong năm.").source is None


def test_an_outlet_tag_opens_the_lede_not_a_short_line_above_it():
    lede = "(ĐS&PL) - Chiều ngày 8/7, Trung tâm Giao lưu Văn hóa Việt – Hàn đã có buổi hoạt động thiện nguyện tại trường."
    assert extract_text(f"Sinh viên Hàn Quốc sơn sửa bàn ghế ở trường miền núi\n\n• DSPL\n\n{lede}").source == "ĐS&PL"


def _found(match):
    return None if match is None else (match.span(), match.groups())


byline_pieces = ["Minh", "Anh", "TTXVN", "vụ", "(", ")", "/", "-", "\u2013", " ", "\t", " - ", " \u2013 ", "."]
byline_texts = st.lists(st.sampled_from(byline_pieces), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(byline_texts)
def test_the_outlet_is_found_where_the_regex_finds_it(text):
    assert _found(byline_outlet(text)) == _found(BYLINE_OUTLET.search(text))
