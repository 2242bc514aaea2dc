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
