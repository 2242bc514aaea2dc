import pytest

from diplonews.core import extract_text

LEDE = (
    "Ngày 4/11, Bà Nguyễn Phương Nga - Bí thư Đảng đoàn, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam "
    "cùng Đoàn công tác đã đến thăm và làm việc với Tỉnh ủy Đồng Tháp về công tác đối ngoại nhân dân."
)
TITLE = "Liên hiệp các tổ chức hữu nghị tỉnh Đồng Tháp chủ động, linh hoạt, sáng tạo"


def test_title_glued_to_the_lede_is_split():
    found = extract_text(f"{TITLE}{LEDE}\n\nĐoạn hai của bài viết về hoạt động đối ngoại nhân dân của tỉnh trong năm qua.")
    assert found.title == TITLE
    assert found.body.startswith("Ngày 4/11, Bà Nguyễn Phương Nga")


def test_captions_glued_to_a_repeat_of_the_title_are_split_and_marked():
    text = f"{TITLE}\n\n{LEDE}\n\n{TITLE}{TITLE}Phó Bí thư Tỉnh ủy phát biểu tại buổi làm việc.\n\nĐoạn cuối."
    found = extract_text(text)
    assert "*Phó Bí thư Tỉnh ủy phát biểu tại buổi làm việc.*" in found.body
    assert f"dân{TITLE[:3]}" not in found.body and "sáng tạoPhó" not in found.body


def test_breadcrumbs_widgets_and_tails_are_removed():
    text = "\n".join(
        [
            "Cở chữ: 09:07 AM,28/06/2017",
            "Home / Tin tức / " + TITLE,
            TITLE,
            LEDE,
            "In bài viết",
            "Trọng Nghĩa",
            "BẠN CÓ THỂ QUAN TÂM",
            "Tin khác về Đồng Tháp",
            "Tin mới nhất",
        ]
    )
    found = extract_text(text)
    assert found.title == TITLE
    for noise in ("Cở chữ", "Home / Tin tức", "In bài viết", "BẠN CÓ THỂ QUAN TÂM", "Tin mới nhất", "Tin khác"):
        assert noise not in found.body
    assert found.author == "Trọng Nghĩa" and "Trọng Nghĩa" not in found.body


@pytest.mark.parametrize(
    "widget", ["Chia sẻ :", "Thể loại: Đời sống", "Bạn còn 500/500 ký tự", "Bạn vui lòng nhập từ 5 ký tự trở lên !!!", "create"]
)
def test_share_buttons_categories_and_comment_boxes_are_removed(widget):
    found = extract_text(f"{TITLE}\n{widget}\n{LEDE}\n{widget}\n{LEDE.replace('Sáng', 'Chiều')}")
    assert widget not in found.body and found.title == TITLE


@pytest.mark.parametrize(
    "caption,kept",
    [
        ("Quang cảnh buổi tiếp. Ảnh: THỤY VŨ", "Quang cảnh buổi tiếp."),
        ("Đại biểu tham quan triển lãm - Ảnh: Doãn Tấn/TTXVN", "Đại biểu tham quan triển lãm"),
        ("Các đại biểu tại buổi gặp mặt. (Ảnh: TTXVN phát)", "Các đại biểu tại buổi gặp mặt."),
        ("Ảnh: Các đại biểu chụp ảnh lưu niệm", "Ảnh: Các đại biểu chụp ảnh lưu niệm"),
    ],
)
def test_a_caption_keeps_its_words_but_not_the_photo_credit(caption, kept):
    found = extract_text(f"{TITLE}\n{LEDE}\n{caption}\n{LEDE.replace('Sáng', 'Chiều')}")
    assert f"*{kept}*" in found.body
    assert caption == kept or caption not in found.body


def test_an_image_number_after_the_repeated_title_is_dropped():
    found = extract_text(f"{TITLE}\n{LEDE}\n{TITLE} - ảnh 1\n{TITLE} - ảnh 2Ông Ko Jae Seung phát biểu\n{TITLE}Ảnh: TV\n")
    assert "ảnh 1" not in found.body and "ảnh 2" not in found.body and "Ảnh: TV" not in found.body
    assert "*Ông Ko Jae Seung phát biểu*" in found.body and "**" not in found.body


@pytest.mark.parametrize("dash", ["-", "\u2013"])
def test_an_outlet_tag_on_a_line_of_its_own_is_not_text(dash):
    found = extract_text(f"{TITLE}\n\n{LEDE}\n\nTTXVN {dash}\n\n{MORE}")
    assert "TTXVN" not in found.body and MORE in found.body


def test_a_related_link_with_its_address_words_is_dropped():
    teaser = (
        "53 nam quan he viet nam campuchia phat trien vung chac 53 năm quan hệ Việt Nam – Campuchia: "
        "Phát triển vững chắc"
    )
    english = "friendship and peace for all the people of the world, the motto of the festival, opened the evening."
    found = extract_text(f"{TITLE}\n{LEDE}\n{teaser}\n{english}\n{LEDE.replace('Sáng', 'Chiều')}")
    assert "53 nam quan he" not in found.body and "Phát triển vững chắc" not in found.body
    assert english in found.body


def test_menus_above_the_title_are_not_the_title():
    text = "GIỚI THIỆU\nTIN TỨC - SỰ KIỆN\nSố người đang online:\n42\nTrang chủ Hữu nghị\n" + f"{TITLE}\n{LEDE}"
    found = extract_text(text)
    assert found.title == TITLE and "GIỚI THIỆU" not in found.body


def test_lost_spaces_between_sentences_and_words_come_back():
    found = extract_text(f"{TITLE}\n{LEDE} Hội thảo thành công tốt đẹp.Các đại biểu tăng cường hữu nghịbằng cách giao lưu.")
    assert "tốt đẹp. Các đại biểu" in found.body and "hữu nghị bằng cách" in found.body


def test_related_teasers_are_dropped():
    teaser = "Đưa quan hệ hữu nghị Việt Nam - Bồ Đào Nha phát triển mạnh mẽ"
    text = f"{TITLE}\n{LEDE}\n{teaser} {teaser}\nBộ trưởng Augusto Santos Silva đánh giá cao quan hệ hai nước.\nĐoạn tiếp theo của bài."
    found = extract_text(text)
    assert "Bồ Đào Nha" not in found.body and "Augusto" not in found.body and found.countries == ()


def test_no_title_line_gives_a_warning_and_keeps_the_text():
    text = LEDE + " Hội nghị kết thúc tốt đẹp. Các đại biểu thống nhất nhiều nội dung."
    found = extract_text(text)
    assert any("không thấy dòng tiêu đề" in w.message for w in found.warnings)
    assert "Hội nghị kết thúc tốt đẹp" in found.body


def test_no_title_line_means_no_title_but_a_heading_for_the_page():
    text = LEDE + " Hội nghị kết thúc tốt đẹp. Các đại biểu thống nhất nhiều nội dung."
    found = extract_text(text)
    assert found.title is None  # a title is never made up from the text
    assert found.heading == found.headline and LEDE.startswith(found.headline.rstrip("…"))
    assert found.slug and found.slug != "bai-viet"


def test_hard_wrapped_lines_are_one_paragraph():
    text = (
        f"{TITLE}\n"
        "Sáng\nngày 01/3/2024, Đoàn cán bộ Sở Ngoại vụ tỉnh Nghệ An do đồng chí Phạm Văn Toàn,\n"
        "Phó Giám đốc Sở, làm trưởng đoàn đến thăm và làm việc tại Sở Ngoại vụ tỉnh Thanh Hóa; hai đoàn trao\n"
        "đổi kinh nghiệm về công tác đối ngoại và vận động viện trợ phi chính phủ nước ngoài.\n"
    )
    found = extract_text(text)
    assert found.date == "2024-03-01"
    assert "Sáng ngày 01/3/2024" in found.body and "hai đoàn trao đổi kinh nghiệm" in found.body
    assert {p.name: p.role for p in found.people}["Phạm Văn Toàn"] == "Phó Giám đốc Sở"


def test_a_wrapped_lede_without_a_title_loses_no_line():
    # Copied from a PDF: no title line, the lede wrapped after a bracket and
    # a clause ending in ";" before the first long paragraph.
    text = (
        "Sáng ngày 12/10/2023, Liên hiệp các Tổ chức Hữu nghị tỉnh Đồng Nai phối hợp cùng UBND huyện\n"
        "Tân Phú tổ chức buổi tập huấn về công tác phi chính phủ nước ngoài (PCPNN)\n"
        "trên địa bàn huyện Tân Phú.\n"
        "Tham dự buổi tập huấn có đồng chí Phạm Ngọc Hưng - Phó Chủ tịch UBND huyện;\n"
        "đại diện lãnh đạo các cơ quan ban ngành, đoàn thể của huyện, lãnh đạo UBND các xã, thị trấn và "
        "đại diện các trường học trên địa bàn huyện.\n"
    )
    found = extract_text(text)
    assert found.date == "2023-10-12" and found.provinces == ("Đồng Nai",)
    for words in ("Sáng ngày 12/10/2023", "(PCPNN) trên địa bàn huyện Tân Phú.", "Phó Chủ tịch UBND huyện;"):
        assert words in found.body
    assert found.title is None and not found.heading.endswith(";")
    assert any("không thấy dòng tiêu đề" in w.message for w in found.warnings)


def test_a_stamp_after_the_title_is_the_posting_time():
    found = extract_text(f"{TITLE} 02/04/2024 16:50\n{LEDE}")
    assert found.title == TITLE and found.published == "2024-04-02T16:50"


@pytest.mark.parametrize(
    "stamp", ["Người Việt bốn phương-Thứ ba, ngày 05/04/2016 11:10 GMT+7", "Chính trị - Ngày đăng : 11:10, 05/04/2016"]
)
def test_a_category_before_the_stamp_stays_with_it(stamp):
    found = extract_text(f"{TITLE}\n{stamp}\n{LEDE}")
    assert found.title == TITLE and found.published == "2016-04-05T11:10"
    assert stamp.split()[0] not in found.body


def test_a_banner_of_slogans_above_the_title_is_not_the_article():
    banner = (
        "Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024)- "
        "CHÀO MỪNG KỶ NIỆM 83 NĂM NGÀY BÁC HỒ VỀ NƯỚC, TRỰC TIẾP LÃNH ĐẠO CÁCH MẠNG VIỆT NAM (28/01/1941 - 28/01/2024). "
        "CHÀO MỪNG ĐẠI HỘI CÔNG ĐOÀN TỈNH KHÁNH HÒA LẦN THỨ XI, NHIỆM KỲ 2023-2028."
    )
    title = "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ KHÁNH HÒA GIAO LƯU VỚI HAI ĐOÀN KHÁCH ĐẾN TỪ NHẬT BẢN"
    found = extract_text(f"{banner}\n{title}\n{LEDE}")
    assert found.title == title and "CHÀO MỪNG" not in found.body


def test_lao_names_written_as_one_word_are_not_split():
    found = extract_text(f"Lãnh đạo tỉnh Bôlykhămxay thăm tỉnh Hà Tĩnh\n{LEDE}")
    assert found.title == "Lãnh đạo tỉnh Bôlykhămxay thăm tỉnh Hà Tĩnh"


MORE = "Hội nghị thống nhất kế hoạch năm 2025, trong đó có các chương trình giao lưu hữu nghị với nhân dân các nước láng giềng."


def test_a_photo_credit_on_its_own_line_inside_the_article_is_dropped():
    found = extract_text(f"{TITLE}\n{LEDE}\nẢnh: Trần Dung\n{MORE}\n(Ảnh: TTXVN)\n{MORE} Đoàn cũng thăm các gia đình.")
    assert "Trần Dung" not in found.body and "TTXVN" not in found.body
    assert MORE in found.body and found.author is None


def test_a_photo_credit_closing_the_article_still_signs_it():
    found = extract_text(f"{TITLE}\n{LEDE}\n{MORE}\nẢnh: Trần Dung")
    assert found.author == "Trần Dung" and "Trần Dung" not in found.body


def test_headlines_of_other_articles_listed_under_the_lede_are_dropped():
    related = [
        "Chú trọng vận động người Việt Nam ở nước ngoài hướng về đất Tổ",
        "Liên hiệp Hữu nghị tỉnh Bắc Giang: “Chủ động, linh hoạt, sáng tạo, hiệu quả”",
    ]
    found = extract_text(f"{TITLE}\n\n{LEDE}\n" + "\n".join(related) + f"\n\n{MORE}")
    assert not any(headline in found.body for headline in related)
    assert found.provinces == ("Đồng Tháp",)  # Bắc Giang was only in another article's headline
    assert LEDE in found.body and MORE in found.body


def test_a_list_announced_by_its_paragraph_is_kept():
    guests = ["Ông Nguyễn Văn Hùng - Chủ tịch UBND tỉnh Trà Vinh", "Bà Lê Thị Lan - Giám đốc Sở Ngoại vụ tỉnh Trà Vinh"]
    found = extract_text(f"{TITLE}\n\n{LEDE} Tham dự buổi làm việc có các đồng chí:\n" + "\n".join(guests) + f"\n\n{MORE}")
    assert all(guest in found.body for guest in guests)
    assert {p.name for p in found.people} >= {"Nguyễn Văn Hùng", "Lê Thị Lan"}


def test_headlines_within_the_text_stay():
    heading = "Nhiều sáng kiến mở rộng quan hệ hợp tác, hữu nghị"
    found = extract_text(f"{TITLE}\n\n{LEDE}\n\n{heading}\n\n{MORE}")
    assert heading in found.body


def test_a_photo_file_name_between_paragraphs_is_dropped():
    found = extract_text(f"{TITLE}\n\n{LEDE}\n\n4253 tls 1\n\n{MORE}\n\ntoa đàm 2\n\n{MORE}")
    assert "tls" not in found.body and "toa đàm" not in found.body


def test_an_address_without_marks_before_other_headlines_is_dropped():
    slug = "huan chuong huu nghi ghi nhan 30 nam giup viet nam giam ngheo"
    found = extract_text(f"{TITLE}\n\n{LEDE}\n{slug} Chủ tịch Hội Bỉ - Việt kêu gọi hòa bình\n{slug}\n\n{MORE}")
    assert "huan chuong" not in found.body and "Hội Bỉ" not in found.body


def test_the_source_of_a_photo_leaves_its_caption():
    found = extract_text(f"{TITLE}\n\n{LEDE}\n\nQuang cảnh Hội nghị. (Nguồn: TTXVN)\n\n{MORE}")
    assert "*Quang cảnh Hội nghị.*" in found.body and "Nguồn" not in found.body


def test_an_embedded_video_title_is_dropped():
    found = extract_text(f"{TITLE}\n\n{LEDE}\n\nĐại hội Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ lần thứ III - YouTube\n\n{MORE}")
    assert "YouTube" not in found.body and "Phú Thọ" not in found.body


WIDGETS = [
    "Gửi bài viết cho bạn bè", "In trang", "Về trang trước", "Trở lại đầu trang", "Họ và tên", "Mã xác nhận",
    "Giấy phép số 123/GP-BTTTT", "Tổng biên tập: Nguyễn Văn A", "Ghi rõ nguồn khi phát hành lại thông tin từ website này",
    "Nghe đọc tin", "00:00", "Tải ứng dụng", "Ảnh minh họa", "Cập nhật lúc 10:20", "Đăng nhập để bình luận", "Tiêu điểm",
]


@pytest.mark.parametrize("widget", WIDGETS)
@pytest.mark.parametrize("where", ["under the title", "between paragraphs", "at the end"])
def test_other_outlets_widgets_leave_no_trace(widget, where):
    lines = [TITLE, LEDE, MORE]
    lines.insert({"under the title": 1, "between paragraphs": 2, "at the end": 3}[where], widget)
    found = extract_text("\n".join(lines))
    assert found.title == TITLE and LEDE in found.body and MORE in found.body
    assert widget not in found.body


@pytest.mark.parametrize("marker", ["Bài viết liên quan", "Ý kiến bình luận", "Thông tin tòa soạn"])
def test_other_outlets_tails_are_cut(marker):
    found = extract_text(f"{TITLE}\n{LEDE}\n{MORE}\n{marker}\nLiên hiệp tỉnh Bắc Giang tổ chức đại hội nhiệm kỳ mới")
    assert "Bắc Giang" not in found.body and found.provinces == ("Đồng Tháp",)


def test_a_credit_closed_by_a_period_leaves_its_caption():
    caption = "Quang cảnh đại hội tại hội trường Ủy ban nhân dân tỉnh."
    found = extract_text(f"{TITLE}\n{LEDE}\n{caption} (Ảnh: Báo Nhân dân).\n(Ảnh: baolaocai.vn).\n{MORE}")
    assert f"*{caption}*" in found.body and "Ảnh" not in found.body


def test_a_caption_repeated_under_itself_is_shown_once():
    caption = "Ông Hồ Xuân Lâm (phải) chúc mừng ông Đường Lập tại buổi gặp mặt."
    found = extract_text(f"{TITLE}\n{LEDE}\n{caption} (Ảnh: TTXVN)\n{caption} (Ảnh: TTXVN).\n{MORE}")
    assert found.body.count("Hồ Xuân Lâm") == 1


def test_a_market_box_above_an_untitled_article_is_no_title_and_its_byline_still_signs():
    found = extract_text(f"Giá vàng trong nước và thế giới\nThứ Tư, 26/11/2025\nNhư Nguyệt\n26/11/2025, 08:22\n{LEDE}\n{MORE}")
    assert found.title is None and found.author == "Như Nguyệt" and "Giá vàng" not in found.body
    assert found.published == "2025-11-26T08:22"
