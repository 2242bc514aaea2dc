from diplonews.site.dates import format_event, format_published, when

from .conftest import article


def test_event_dates_read_the_vietnamese_way():
    assert format_event(article("a", date="2013-03-28")) == "28/03/2013"
    assert format_event(article("a", date="2013-03")) == "tháng 03/2013"
    assert format_event(article("a", date="2019")) == "năm 2019"
    assert format_event(article("a", date_partial="--07-29")) == "29/07 (không rõ năm)"
    assert format_event(article("a")) == "không rõ ngày"


def test_publication_stamp_shows_time_then_date():
    assert format_published("2017-06-28T09:07") == "09:07 28/06/2017"
    assert format_published("2017-06-28") == "28/06/2017"
    assert format_published(None) is None


def test_filing_date_falls_back_to_publication_and_says_so():
    filed = when(article("a", published="2017-06-28T09:07"))
    assert (filed.year, filed.month, filed.from_published) == (2017, 6, True)
    assert when(article("a", date="2013-03-28", published="2017-06-28")).year == 2013
    assert when(article("a", date_partial="--07-29")).year is None
    assert when(article("a", date_partial="--07-29")).month == 7
