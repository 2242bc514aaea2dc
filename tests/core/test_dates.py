import pytest

from diplonews.core import load_gazetteer
from diplonews.core.dates import dateline, parse_timestamp

GAZ = load_gazetteer()

from .helpers import article


class TestEventDate:
    @pytest.mark.parametrize(
        "lede,date",
        [
            ("Sáng 28/03/2013 tại thành phố Hồ Chí Minh, Liên hiệp đã tổ chức lễ ký kết.", "2013-03-28"),
            ("Ngày 28-3-2013, Liên hiệp tỉnh tổ chức hội nghị tổng kết.", "2013-03-28"),
            ("Ngày 28 tháng 3 năm 2013, Liên hiệp tỉnh tổ chức hội nghị.", "2013-03-28"),
            ("Từ ngày 20 đến 26/10/2018, đoàn đại biểu tỉnh thăm nước bạn Lào.", "2018-10-20"),
            ("Từ 28/2 đến 3/3/2019, đoàn công tác làm việc tại tỉnh Champasak.", "2019-02-28"),
            ("Trong tháng 12/2018, Liên hiệp tỉnh đã tiếp 5 đoàn khách nước ngoài.", "2018-12"),
        ],
    )
    def test_dates_with_a_year(self, lede, date):
        found = article(lede)
        assert (found.date, found.date_partial) == (date, None)

    @pytest.mark.parametrize(
        "lede,partial",
        [
            ("Ngày 4/11, Bà Nguyễn Phương Nga cùng đoàn công tác đến thăm tỉnh.", "--11-04"),
            ("Chiều 30.5, Hội hữu nghị Việt Nam - Lào tỉnh tổ chức gặp mặt.", "--05-30"),
            ("Từ 20 - 26/10, đoàn đại biểu tỉnh thăm và làm việc tại Campuchia.", "--10-20"),
        ],
    )
    def test_a_year_is_never_invented(self, lede, partial):
        found = article(lede + " Năm 2019 là năm bản lề của nhiệm kỳ.")
        assert (found.date, found.date_partial) == (None, partial)

    def test_document_numbers_and_year_ranges_are_not_dates(self):
        found = article("Thực hiện Quyết định số 41/QĐ/TTg, Liên hiệp ký quy chế giai đoạn 2022-2025.")
        assert (found.date, found.date_partial) == (None, None)

    def test_the_lede_date_wins_over_an_anniversary_later(self):
        found = article("Ngày 17/11/2020, Liên hiệp tỉnh gặp mặt kỷ niệm 70 năm (17/11/1950 - 17/11/2020).")
        assert found.date == "2020-11-17"


class TestPublished:
    @pytest.mark.parametrize(
        "line,stamp",
        [
            ("Cở chữ: 09:07 AM,28/06/2017", "2017-06-28T09:07"),
            ("08:16 | 05/11/2021 GMT+7", "2021-11-05T08:16"),
            ("Thứ Hai, 28/12/2020, 18:46 [GMT+7]", "2020-12-28T18:46"),
            ("Cập nhật lúc: 12:30 PM, ngày 26/03/2019", "2019-03-26T12:30"),
            ("Chính trị - Ngày đăng : 06:34, 25/05/2017", "2017-05-25T06:34"),
        ],
    )
    def test_stamp_lines(self, line, stamp):
        assert parse_timestamp(line, GAZ) == stamp and dateline(line, GAZ) is not None

    def test_a_bare_date_is_no_posting_time(self):
        assert parse_timestamp("Thứ năm, 30/06/2022", GAZ) is None

    def test_a_sentence_with_a_date_is_no_stamp(self):
        assert dateline("Ngày 28/3/2019, ông Nguyễn Văn An phát biểu tại hội nghị.", GAZ) is None

    def test_header_stamp_becomes_published_not_the_event_date(self):
        found = article("Ngày 4/11, đoàn công tác đến thăm tỉnh.", header="10:30 | 05/11/2021 GMT+7")
        assert found.published == "2021-11-05T10:30"
        assert found.date is None and found.date_partial == "--11-04"
        assert "10:30" not in found.body


def test_the_date_of_a_document_the_lede_cites_is_not_the_events():
    found = article("Thực hiện Kế hoạch số 12/KH-LHHN ngày 10/01/2020 của Liên hiệp, sáng 15/3/2020, đoàn công tác thăm tỉnh Lào Cai.")
    assert found.date == "2020-03-15"
    alone = article("Thực hiện Kế hoạch số 12/KH-LHHN ngày 10/01/2020 của Liên hiệp, đoàn công tác thăm tỉnh Lào Cai.")
    assert alone.date is None
