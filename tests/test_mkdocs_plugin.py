"""The MkDocs plugin building a tiny archive in a temporary folder."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CAN_THO = ROOT / "news" / "003_5db485d180703a01.txt"
TRA_VINH = ROOT / "news" / "000_e3ffbab8062ea471.txt"
XSS = ROOT / "tests" / "browser" / "xss_article.txt"

CONFIG = """\
site_name: Thử
site_url: http://127.0.0.1:8000/
theme: {{name: material, language: vi}}
plugins:
  - diplonews:
      search: {search}
{extra}
markdown_extensions:
  - toc:
      slugify: !!python/name:diplonews.core.text.markdown_slugify
"""


def make_site(root: Path, *, rejected: bool = False, search: bool = True, extra: str = "") -> Path:
    (root / "news").mkdir(parents=True)
    (root / "docs").mkdir()
    for source in (CAN_THO, TRA_VINH, XSS):
        shutil.copy(source, root / "news" / source.name)
    if rejected:
        (root / "news" / "trong.txt").write_text("  \n\n", encoding="utf-8")
    (root / "docs" / "gioi-thieu.md").write_text("# Giới thiệu\n\n## Đối ngoại nhân dân\n\nVăn bản.\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(CONFIG.format(search=str(search).lower(), extra=extra), encoding="utf-8")
    return root


def mkdocs(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", *args], cwd=root, capture_output=True, text=True, timeout=300,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_site(tmp_path_factory.mktemp("tiny"))
    result = mkdocs(root)
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_one_page_per_article_and_every_index_page(site: Path):
    articles = sorted(p.parent.name for p in (site / "bai-viet").glob("*/index.html"))
    assert len(articles) == 3
    assert "lien-hiep-can-tho-ky-ket-phoi-hop-voi-ubmttqvn-thanh-pho-trong-cong-tac-doi" in articles
    for page in ("index.html", "tinh-thanh/index.html", "tinh-thanh/tra-vinh/index.html", "nhan-vat/index.html",
                 "nhan-vat/le-thi-thanh-giang/index.html", "to-chuc/index.html", "quoc-gia/index.html",
                 "theo-nam/index.html", "theo-nam/khong-ro-nam/index.html", "tim-kiem/index.html",
                 "gioi-thieu/index.html", "404.html", "sitemap.xml"):
        assert (site / page).is_file(), page


def _content(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    return html[html.index('class="md-content"'):html.index("</article>")]


def test_a_person_page_lists_their_article_and_the_overview_links_to_it(site: Path):
    overview = _content(site / "nhan-vat" / "index.html")
    assert '<a href="le-thi-thanh-giang/">Lê Thị Thanh Giang</a> — chức vụ: Chủ tịch Liên hiệp Cần Thơ (1 bài)' in overview
    assert "bai-viet/" not in overview
    person = _content(site / "nhan-vat" / "le-thi-thanh-giang" / "index.html")
    assert "<h1>Lê Thị Thanh Giang</h1>" in person
    assert 'href="../../bai-viet/lien-hiep-can-tho-ky-ket-phoi-hop-voi-ubmttqvn-thanh-pho-trong-cong-tac-doi/"' in person
    assert 'href="../#l"' in person  # back to the name's letter on the overview


def test_letters_of_an_overview_are_in_its_table_of_contents(site: Path):
    html = (site / "nhan-vat" / "index.html").read_text(encoding="utf-8")
    toc = html[html.index('md-nav--secondary'):]
    assert '<a href="#l" class="md-nav__link">' in toc and '<h2 id="l">L</h2>' in html


def test_every_link_between_pages_of_a_paged_site_leads_to_a_page(tmp_path: Path):
    root = make_site(tmp_path, search=False, extra="      per_page: 1")
    result = mkdocs(root, "--strict")
    assert result.returncode == 0, result.stderr
    built = root / "site"
    assert (built / "trang" / "3" / "index.html").is_file()
    assert (built / "tinh-thanh" / "can-tho" / "trang" / "2" / "index.html").is_file()
    reached = set()
    for page in built.rglob("index.html"):
        for href in re.findall(r'href="([^"#]*)(?:#[^"]*)?"', _content(page)):
            if href.startswith(("http:", "https:")) or not href:
                continue
            target = (page.parent / href).resolve()
            assert (target / "index.html").is_file() or target.is_file(), f"{page.relative_to(built)} links to {href}"
            reached.add(target.relative_to(built.resolve()).as_posix())
    assert {"trang/2", "tinh-thanh/can-tho/trang/2", "nhan-vat/le-thi-thanh-giang", "quoc-gia"} <= reached


def test_articles_are_never_in_the_navigation(site: Path):
    home = (site / "index.html").read_text(encoding="utf-8")
    nav = home[home.index('<nav class="md-nav md-nav--primary"'):home.index("</nav>", home.index('md-nav--primary'))]
    assert "bai-viet/" not in nav
    for label in ("Tỉnh/thành", "Nhân vật", "Tổ chức", "Quốc gia", "Theo năm", "Tìm kiếm", "Giới thiệu"):
        assert label in nav
    assert "bai-viet/" in home[home.index('class="md-content"'):]  # but the home page lists them


def test_article_page_has_its_facts_and_search_data(site: Path):
    page = (site / "bai-viet/le-ky-ket-quy-che-phoi-hop-cong-tac-doi-ngoai-nhan-dan-giua-lien-hiep-cac-to/index.html")
    html = page.read_text(encoding="utf-8")
    assert "Trà Vinh" in html and "nay thuộc Vĩnh Long" in html
    assert 'href="../../tinh-thanh/tra-vinh/"' in html
    assert html.count("data-pagefind-body") == 1 and "data-pagefind-filter" in html


def test_markup_in_an_article_never_becomes_markup(site: Path):
    page = next((site / "bai-viet").glob("script-window-pwned*/index.html"))
    html = page.read_text(encoding="utf-8")
    assert "__pwned" in html
    assert not re.search(r"<script>window\.__pwned", html)
    assert not re.search(r"<img src=x", html)
    assert not re.search(r"""(href|src)=["']?javascript:""", html)


def _built_html(root: Path, folder: str) -> dict[str, str]:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(root / "mkdocs.yml"), site_dir=str(root / folder)))
    return {p.relative_to(root / folder).as_posix(): p.read_text(encoding="utf-8") for p in (root / folder).rglob("*.html")}


def test_tabs_and_side_bars_rendered_once_per_folder_read_as_if_rendered_for_each_page(tmp_path: Path, monkeypatch):
    from diplonews.mkdocs_plugin import DiplonewsPlugin

    root = make_site(tmp_path, search=False, extra="      per_page: 1")
    reused = _built_html(root, "reused")
    monkeypatch.setattr(DiplonewsPlugin, "reuse", lambda self, block, page, render: render())
    rendered = _built_html(root, "rendered")
    assert len(reused) > 30 and reused == rendered


def test_pagefind_index_and_sitemap(site: Path):
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    assert (site / "pagefind" / "pagefind-ui.js").stat().st_size > 10_000
    assert len(list((site / "pagefind" / "fragment").iterdir())) == 3  # one per article, no index page
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "http://127.0.0.1:8000/bai-viet/lien-hiep-can-tho" in sitemap


def test_heading_anchors_keep_d_bar_as_d(site: Path):
    assert 'id="doi-ngoai-nhan-dan"' in (site / "gioi-thieu" / "index.html").read_text(encoding="utf-8")


def test_404_page_is_in_vietnamese(site: Path):
    assert "Không tìm thấy trang" in (site / "404.html").read_text(encoding="utf-8")


def test_rejected_file_is_named_and_fails_strict_builds_only(tmp_path: Path):
    root = make_site(tmp_path, rejected=True, search=False)
    relaxed = mkdocs(root)
    assert relaxed.returncode == 0
    assert "news/trong.txt" in relaxed.stderr and "ERROR" in relaxed.stderr
    assert len(list((root / "site" / "bai-viet").glob("*/index.html"))) == 3  # the rest still builds
    strict = mkdocs(root, "--strict")
    assert strict.returncode != 0


def test_bad_data_folder_stops_the_build_before_any_page(tmp_path: Path):
    root = make_site(tmp_path, search=False)
    (root / "data").mkdir()
    text = (root / "mkdocs.yml").read_text(encoding="utf-8").replace("search: false", "search: false\n      data_dir: data")
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")
    result = mkdocs(root)
    assert result.returncode != 0
    assert "data" in result.stderr and not (root / "site" / "index.html").exists()
