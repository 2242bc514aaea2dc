"""Every class of bad input: a clear message naming the file, never a lost article."""

import pytest

from diplonews.core import ExtractError, Level, extract_article
from diplonews.core.archive import load_archive
from diplonews.core.frontmatter import from_markdown, to_markdown

from .bad_inputs import CASES, YAML_TITLE, write_cases


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return write_cases(tmp_path_factory.mktemp("news") / "news")


@pytest.fixture(scope="module")
def archive(folder):
    return load_archive(folder)


def article(archive, name):
    return next(e.article for e in archive.entries if e.path.endswith("/" + name))


def messages(archive, name):
    return [w.message for w in article(archive, name).warnings]


def test_no_article_is_lost(folder, archive):
    files = [p for p in folder.iterdir() if p.is_file()]
    assert len(files) == len(archive.entries) + len(archive.rejected)
    published = {e.path.rsplit("/", 1)[1] for e in archive.entries}
    assert published == {name for name, (_, ok) in CASES.items() if ok}


@pytest.mark.parametrize(
    "name,words",
    [("empty.txt", "rỗng"), ("blank.txt", "khoảng trắng"), ("binary.txt", "nhị phân"), ("image.jpg", ".txt")],
)
def test_rejected_files_are_named_with_a_reason(archive, name, words):
    error = next(e for e in archive.rejected if e.path.endswith(name))
    assert str(error).startswith(f"news/{name}") and words in error.message


@pytest.mark.parametrize("name,label", [("utf16.txt", "UTF-16"), ("cp1258.txt", "Windows-1258"), ("cp1252.txt", "Windows-1252")])
def test_other_encodings_are_converted_with_a_warning(archive, name, label):
    assert any(label in m for m in messages(archive, name))


@pytest.mark.parametrize("name", ["utf16.txt", "cp1258.txt", "bom.txt", "crlf.txt", "cr.txt", "zero_width.txt"])
def test_converted_text_reads_like_the_utf8_original(archive, name):
    found = article(archive, name)
    assert found.title == "Liên hiệp các tổ chức hữu nghị tỉnh Trà Vinh tiếp đoàn Champasak"
    assert found.provinces == ("Trà Vinh",) and found.date == "2013-03-28" and found.author == "Trọng Nghĩa"


def test_nfd_and_old_tone_marks_give_modern_nfc_names(archive):
    assert "Trần Thị Thu Thủy" in {p.name for p in article(archive, "nfd.txt").people}


def test_no_title_and_long_title_warn(archive):
    assert any("tiêu đề" in m for m in messages(archive, "no_title.txt"))
    assert any("quá 300" in m for m in messages(archive, "long_title.txt"))


def test_html_stays_text(archive):
    found = article(archive, "html.txt")
    assert "<script>" not in found.body and "&lt;img" in found.body
    assert found.title.startswith("<b>Tin</b>")  # the title is data; pages escape it


def test_yaml_breaking_title_round_trips(archive):
    found = article(archive, "yaml_title.txt")
    assert found.title == YAML_TITLE
    assert from_markdown(to_markdown(found)).title == YAML_TITLE


def test_duplicate_titles_get_distinct_stable_slugs_and_a_warning(folder, archive):
    slugs = {article(archive, n).slug for n in ("dup_a.txt", "dup_b.txt", "tên có dấu cách.txt")}
    assert len(slugs) == 3
    assert any("trùng tiêu đề" in m for m in messages(archive, "dup_b.txt"))
    again = load_archive(folder)
    assert {e.path: e.article.slug for e in again.entries} == {e.path: e.article.slug for e in archive.entries}


def test_broken_corrections_are_an_error_but_the_article_is_published(archive):
    found = article(archive, "broken_corrections.txt")
    assert any(w.level is Level.ERROR and w.line == 2 for w in found.warnings)
    assert found.title.startswith("Liên hiệp") and found.date == "2013-03-28"


def test_vietnamese_file_names_give_ascii_slugs(archive):
    assert article(archive, "Bài viết Đồng Tháp.txt").slug == "lien-hiep-cac-to-chuc-huu-nghi-tinh-dong-thap-tiep-doan-champasak"


def test_a_ten_megabyte_file_is_published_with_a_warning(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Tiêu đề một bài viết rất dài\n\n" + (CASES["dup_a.txt"][0].decode() * 60000)[:10_000_000], encoding="utf-8")
    found = extract_article(path)
    assert any("rất lớn" in w.message for w in found.warnings) and len(found.body) > 5_000_000


def test_an_unreadable_path_is_an_extract_error(tmp_path):
    with pytest.raises(ExtractError) as err:
        extract_article(tmp_path / "missing.txt")
    assert "missing.txt" in str(err.value)


def test_many_files_are_read_on_every_core_with_the_same_result(tmp_path):
    from diplonews.core import archive as archive_module

    folder = write_cases(tmp_path / "news")
    for number in range(archive_module.PARALLEL_FROM):
        (folder / f"copy{number:03d}.txt").write_bytes(CASES["dup_a.txt"][0])
    alone = load_archive(folder, workers=1)
    pooled = load_archive(folder, workers=2)
    assert [(e.path, e.article) for e in pooled.entries] == [(e.path, e.article) for e in alone.entries]
    assert [str(e) for e in pooled.rejected] == [str(e) for e in alone.rejected]
