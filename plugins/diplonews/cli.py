"""The `diplonews` command: a thin shell over the extraction core.

The core raises ExtractError; this module only turns it into messages and
exit codes. It never imports MkDocs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .core import Article, ExtractError, Level, extract_article, load_gazetteer
from .core.check import collect, problems
from .core.frontmatter import article_to_dict
from .site.render import render_archive


def _summary(path: str, article: Article) -> str:
    """One readable Vietnamese line about an article."""
    when = article.date or (f"ngày {article.date_partial[5:]}/{article.date_partial[2:4]} (không rõ năm)" if article.date_partial else "không rõ ngày")
    parts = [
        f"{path}: «{article.heading}»",
        when,
        "tỉnh: " + (", ".join(article.provinces) or "—"),
        "nước: " + (", ".join(article.countries) or "—"),
        f"{len(article.people)} người",
    ]
    if article.warnings:
        parts.append(f"{len(article.warnings)} cảnh báo")
    return " | ".join(parts)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data", "data_dir", type=click.Path(file_okay=False, exists=True), help="Thư mục dữ liệu thay cho dữ liệu đi kèm gói.")
@click.pass_context
def main(ctx: click.Context, data_dir: str | None) -> None:
    """diplonews: lưu trữ tin đối ngoại nhân dân."""
    ctx.ensure_object(dict)
    ctx.obj["data_dir"] = data_dir


def _gazetteer(ctx: click.Context):
    try:
        return load_gazetteer(ctx.obj.get("data_dir"))
    except ExtractError as err:
        raise click.ClickException(str(err)) from err


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.pass_context
def check(ctx: click.Context, paths: tuple[Path, ...]) -> None:
    """Kiểm tra các tệp bài viết (mặc định: thư mục news/).

    In mỗi vấn đề một dòng "TỆP:DÒNG: mức độ: thông điệp"; chỉ thoát với mã
    khác 0 khi có lỗi (cảnh báo không làm hỏng bản dựng).
    """
    archive = collect(paths or [Path("news")], _gazetteer(ctx))
    found = problems(archive)
    for problem in found:
        click.echo(str(problem))
    errors = sum(p.level is Level.ERROR for p in found)
    files = len(archive.entries) + len(archive.rejected)
    click.echo(f"Đã kiểm tra {files} tệp: {len(archive.entries)} bài được đăng, {errors} lỗi, {len(found) - errors} cảnh báo.")
    if errors:
        sys.exit(1)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Mỗi bài một dòng JSON với mọi trường và khóa \"file\".")
@click.pass_context
def extract(ctx: click.Context, files: tuple[Path, ...], as_json: bool) -> None:
    """Trích xuất thông tin từ các tệp bài viết FILE."""
    gaz = _gazetteer(ctx)
    failed = False
    for path in files:
        shown = str(path)
        try:
            article = extract_article(path, shown, gaz)
        except ExtractError as err:
            failed = True
            click.echo(f"{err}", err=True)
            if as_json:
                click.echo(json.dumps({"file": shown, "error": err.message, "line": err.line}, ensure_ascii=False))
            continue
        if as_json:
            record = {"file": shown, **article_to_dict(article), "body": article.body}
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(_summary(shown, article))
    if failed:
        sys.exit(1)


@main.command()
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option("--news", "news_dir", default="news", show_default=True, type=click.Path(file_okay=False, exists=True, path_type=Path), help="Thư mục bài viết (*.txt).")
@click.pass_context
def render(ctx: click.Context, out: Path, news_dir: Path) -> None:
    """Ghi toàn bộ trang (bài viết và trang mục lục) dạng Markdown có front matter vào thư mục OUT."""
    archive, written = render_archive(news_dir, out, _gazetteer(ctx))
    for error in archive.rejected:
        click.echo(str(error), err=True)
    click.echo(f"{len(written)} trang ({len(archive.entries)} bài) -> {out}")
    if archive.rejected:
        sys.exit(1)
