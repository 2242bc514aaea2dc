"""Every Vietnamese word the generated pages show, in one place.

Page generation never spells out reader-facing text itself: it looks it up
here, so a wording change (or a second language) touches one file. Templates
in ``theme/`` hold the few strings MkDocs renders around the pages (header
search box, 404 page).
"""

from __future__ import annotations

from typing import Final

PAGE_TITLES: Final = {
    "home": "Tin mới",
    "provinces": "Tỉnh/thành",
    "people": "Nhân vật",
    "organisations": "Tổ chức",
    "countries": "Quốc gia",
    "years": "Theo năm",
    "search": "Tìm kiếm",
    "report": "Báo cáo kiểm tra",
}

TEXT: Final = {
    "report_intro": (
        "Kết quả kiểm tra các tệp trong thư mục bài viết, như lệnh {command} in ra. "
        "Lỗi cần sửa; cảnh báo là chỗ nên xem lại. Ý nghĩa từng thông báo có trong hướng dẫn biên tập."
    ),
    "report_command": "diplonews check",
    "report_summary": "{files} tệp: {published} bài được đăng, {rejected} tệp không đăng được, {errors} lỗi, {warnings} cảnh báo.",
    "report_errors": "Lỗi",
    "report_warnings": "Cảnh báo",
    "report_none": "Không có vấn đề nào.",
    "report_file": "Tệp",
    "report_line": "Dòng",
    "report_message": "Thông báo",
    "report_article": "trang bài",
    # home and lists
    "home_intro": "Lưu trữ tin về công tác đối ngoại nhân dân, bài mới nhất trước.",
    "page_title": "{title} – trang {n}/{total}",
    "newer": "← Trang trước",
    "older": "Trang sau →",
    "count": "{n} bài",
    "no_articles": "Chưa có bài nào.",
    # provinces
    "provinces_intro": (
        "Số bài theo tỉnh/thành, xếp theo 34 đơn vị hành chính từ ngày 1/7/2025. "
        "Các bài ghi tên tỉnh/thành trước khi sáp nhập; bấm vào tên để xem các bài."
    ),
    "province_merged": "nay thuộc {unit}",
    "province_renamed": "nay là {unit}",
    "province_page_merged": "Từ ngày 1/7/2025, {name} thuộc {kind} {unit}.",
    "province_page_renamed": "Từ ngày 1/7/2025, {name} đổi tên thành {kind} {unit}.",
    "unit_heading": "{kind} {name}",
    "unit_column": "Đơn vị hiện nay",
    "provinces_column": "Gồm các tỉnh/thành trước 1/7/2025 (số bài)",
    "count_column": "Số bài",
    "no_province": "Chưa xác định tỉnh/thành",
    "no_province_intro": "Những bài chưa tìm thấy tỉnh/thành nào.",
    "other_places": "Địa danh khác",
    # people, organisations, countries
    "people_intro": "Những người được nêu tên trong các bài, cùng chức vụ ghi trong bài.",
    "organisations_intro": "Các tổ chức được nhắc đến trong các bài.",
    "countries_intro": "Các quốc gia được nhắc đến trong các bài.",
    "roles": "chức vụ: {roles}",
    "roles_seen": "Chức vụ ghi trong bài: {roles}",
    "entity_count": "{n} bài, mới nhất trước.",
    "all_people": "← Tất cả nhân vật",
    "all_organisations": "← Tất cả tổ chức",
    "all_countries": "← Tất cả quốc gia",
    "letters_intro": "Chọn chữ cái đầu của tên:",
    "letter_count": "{letter} ({n})",
    "letter_title": "{title}: {letter}",
    "back_to": "← {title}",
    # years
    "years_intro": "Các bài theo năm và tháng diễn ra sự kiện (hoặc năm đăng bài khi không rõ ngày sự kiện).",
    "year_title": "Năm {year}",
    "month": "Tháng {month}",
    "month_unknown": "Không rõ tháng",
    "unknown_year": "Không rõ năm",
    "unknown_year_intro": (
        "Những bài không xác định được năm diễn ra sự kiện và cũng không có ngày đăng. "
        "Khi biết ngày và tháng, ngày tháng được ghi bên cạnh."
    ),
    "by_published": "theo ngày đăng",
    # dates
    "date_full": "{day}/{month}/{year}",
    "date_month": "tháng {month}/{year}",
    "date_year": "năm {year}",
    "date_partial": "{day}/{month} (không rõ năm)",
    "date_unknown": "không rõ ngày",
    "published_at": "{time} {date}",
    # search page
    "search_intro": "Gõ từ cần tìm, có dấu hoặc không dấu (ví dụ: can tho, doi ngoai nhan dan).",
}

# Metadata block on an article page: label of each row.
ARTICLE: Final = {
    "date": "Ngày diễn ra",
    "provinces": "Tỉnh/thành",
    "people": "Nhân vật",
    "organisations": "Tổ chức",
    "countries": "Quốc gia",
    "source": "Nguồn",
    "author": "Tác giả",
    "published": "Ngày đăng",
}

# Pagefind filter and metadata names; the search UI shows them as they are.
SEARCH_FILTERS: Final = {
    "province": "Tỉnh/thành",
    "year": "Năm",
    "country": "Quốc gia",
}
SEARCH_META_DATE: Final = "Ngày"

# Strings of Pagefind's Default UI (its `translations` option).
SEARCH_UI: Final = {
    "placeholder": "Tìm trong lưu trữ",
    "clear_search": "Xóa",
    "load_more": "Xem thêm kết quả",
    "search_label": "Tìm trong lưu trữ",
    "filters_label": "Bộ lọc",
    "zero_results": "Không có kết quả cho [SEARCH_TERM]",
    "many_results": "[COUNT] kết quả cho [SEARCH_TERM]",
    "one_result": "[COUNT] kết quả cho [SEARCH_TERM]",
    "alt_search": "Không có kết quả cho [SEARCH_TERM]. Đang hiện kết quả cho [DIFFERENT_TERM]",
    "search_suggestion": "Không có kết quả cho [SEARCH_TERM]. Hãy thử:",
    "searching": "Đang tìm [SEARCH_TERM]...",
}
