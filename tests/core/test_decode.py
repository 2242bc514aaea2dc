import codecs
import unicodedata

import pytest

from diplonews.core.decode import decode
from diplonews.core.errors import ExtractError

from .bad_inputs import cp1258


def test_utf8_with_bom_reads_silently():
    text, notices = decode(codecs.BOM_UTF8 + "Tiêu đề".encode(), "a.txt")
    assert text == "Tiêu đề" and notices == ()


def test_utf16_is_converted_with_a_warning():
    text, notices = decode("Cần Thơ".encode("utf-16"), "a.txt")
    assert text == "Cần Thơ"
    assert "UTF-16" in notices[0].message


def test_windows_1258_is_converted_with_a_warning_naming_the_line():
    data = cp1258("Tin tức\nĐồng Tháp, Bình Dương")
    text, notices = decode(data, "a.txt")
    assert unicodedata.normalize("NFC", text) == "Tin tức\nĐồng Tháp, Bình Dương"
    assert "Windows-1258" in notices[0].message and notices[0].line == 1


def test_empty_file_is_refused_by_name():
    with pytest.raises(ExtractError) as err:
        decode(b"", "news/rong.txt")
    assert str(err.value).startswith("news/rong.txt: ") and "rỗng" in err.value.message


def test_binary_file_is_refused():
    with pytest.raises(ExtractError) as err:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "anh.txt")
    assert "nhị phân" in err.value.message
