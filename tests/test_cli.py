import json

from click.testing import CliRunner

from diplonews.cli import main
from tests.conftest import NEWS


def test_extract_json_one_object_per_file_with_every_field():
    files = sorted(str(p) for p in NEWS.glob("*.txt"))
    result = CliRunner().invoke(main, ["extract", "--json", *files])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["file"] for r in records] == files
    for field in ("title", "slug", "date", "date_partial", "published", "provinces", "provinces_current", "countries",
                  "people", "organisations", "source", "source_url", "author", "body", "warnings"):
        assert all(field in r for r in records), field
    assert records[0]["people"][0] == {"name": "Trần Thị Thu Thủy", "role": records[0]["people"][0]["role"]}


def test_extract_summary_is_readable_vietnamese():
    result = CliRunner().invoke(main, ["extract", str(sorted(NEWS.glob("*.txt"))[0])])
    assert "«Lễ ký kết Quy chế" in result.output and "tỉnh: Hồ Chí Minh, Trà Vinh" in result.output


def test_an_unreadable_file_is_named_and_the_others_still_print(tmp_path):
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    good = str(sorted(NEWS.glob("*.txt"))[0])
    result = CliRunner().invoke(main, ["extract", "--json", str(empty), good])
    assert result.exit_code == 1
    assert f"{empty}: tệp rỗng" in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["file"] == str(empty) and "error" in lines[0]
    assert lines[1]["file"] == good and lines[1]["title"].startswith("Lễ ký kết")


def test_check_lists_problems_and_fails_only_on_errors(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "tot.txt").write_text((NEWS / sorted(p.name for p in NEWS.glob("*.txt"))[0]).read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(main, ["check", str(news)])
    assert ok.exit_code == 0 and "0 lỗi" in ok.output
    (news / "rong.txt").write_bytes(b"")
    (news / "sua.txt").write_text("---\ndate: [2019\n---\nTiêu đề bài viết thử nghiệm\nNội dung.\n", encoding="utf-8")
    bad = runner.invoke(main, ["check", str(news)])
    assert bad.exit_code == 1
    lines = bad.output.splitlines()
    assert any(line.endswith("rong.txt: lỗi: tệp rỗng, không có bài viết nào") for line in lines)
    assert any("sua.txt:2: lỗi: khối sửa" in line for line in lines)
    assert lines[-1].startswith("Đã kiểm tra 3 tệp: 2 bài được đăng, 2 lỗi")
