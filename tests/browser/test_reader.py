"""What a reader does: browse, open an article, search without diacritics, filter."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

CAN_THO_TITLE = "Liên hiệp Cần Thơ ký kết phối hợp với UBMTTQVN thành phố trong công tác đối ngoại nhân dân"
TRA_VINH_TITLE = re.compile(r"^Lễ ký kết Quy chế phối hợp .* tỉnh Trà Vinh$")
DONG_THAP_TITLE = re.compile(r"^Liên hiệp các tổ chức hữu nghị tỉnh Đồng Tháp")


def search(page: Page, base_url: str, query: str) -> None:
    page.goto(base_url + "tim-kiem/")
    page.locator(".pagefind-ui__search-input").fill(query)
    expect(page.locator(".pagefind-ui__message")).to_contain_text(f"kết quả cho {query}")


def result_titles(page: Page) -> list[str]:
    return [t.strip() for t in page.locator(".pagefind-ui__result-link").all_inner_texts()]


def test_home_pages_through_to_an_article_that_shows_its_facts(page: Page, base_url: str, artifacts: Path):
    page.goto(base_url)
    expect(page.locator("h1")).to_have_text("Tin mới")
    page.screenshot(path=str(artifacts / "home.png"), full_page=True)
    page.get_by_role("link", name="Trang sau →").click()
    expect(page).to_have_url(re.compile(r"/trang/2/$"))
    expect(page.locator("h1")).to_have_text(re.compile(r"^Tin mới – trang 2/\d+$"))
    page.get_by_role("link", name=CAN_THO_TITLE).click()
    expect(page).to_have_url(re.compile(r"/bai-viet/lien-hiep-can-tho-ky-ket-phoi-hop-voi-ubmttqvn"))
    expect(page.locator("h1")).to_have_text(CAN_THO_TITLE, use_inner_text=True)
    facts = page.locator("dl.dn-meta")
    expect(facts).to_contain_text("Ngày diễn ra")
    expect(facts).to_contain_text("29/07 (không rõ năm)")
    expect(facts.get_by_role("link", name="Cần Thơ", exact=True)).to_have_attribute("href", "../../tinh-thanh/can-tho/")
    expect(facts.get_by_role("link", name="Lê Thị Thanh Giang", exact=True)).to_have_attribute(
        "href", "../../nhan-vat/le-thi-thanh-giang/"
    )
    expect(facts.get_by_role("link", name="Tạp chí Thời đại")).to_have_attribute("href", re.compile(r"^https://thoidai\.com\.vn/"))
    assert "⟦" not in page.locator("body").inner_text()  # search-only copies stay hidden
    page.screenshot(path=str(artifacts / "article.png"), full_page=True)
    facts.get_by_role("link", name="Lê Thị Thanh Giang", exact=True).click()
    expect(page.locator("h1")).to_have_text("Lê Thị Thanh Giang")
    expect(page.get_by_role("link", name=CAN_THO_TITLE)).to_be_visible()


def test_people_overview_leads_to_each_persons_articles(page: Page, base_url: str, artifacts: Path):
    page.goto(base_url + "nhan-vat/")
    expect(page.locator("h1")).to_have_text("Nhân vật")
    content = page.locator("article")
    expect(content.locator("h2", has_text=re.compile(r"^T$"))).to_be_visible()
    expect(content.locator("li", has_text="Trần Thị Thu Thủy")).to_contain_text("(2 bài)")
    expect(content.get_by_role("link", name=TRA_VINH_TITLE)).to_have_count(0)  # names only, no article lists
    page.screenshot(path=str(artifacts / "people.png"), full_page=True)
    content.get_by_role("link", name="Trần Thị Thu Thủy").click()
    expect(page).to_have_url(re.compile(r"/nhan-vat/tran-thi-thu-thuy/$"))
    expect(page.locator("h1")).to_have_text("Trần Thị Thu Thủy")
    expect(page.locator("article")).to_contain_text("Chức vụ ghi trong bài:")
    expect(page.locator("article li strong a")).to_have_count(2)
    page.screenshot(path=str(artifacts / "person.png"), full_page=True)
    page.get_by_role("link", name=TRA_VINH_TITLE).click()
    expect(page.locator("h1")).to_have_text(TRA_VINH_TITLE, use_inner_text=True)


def test_a_province_with_more_articles_than_a_page_pages_through_them(page: Page, base_url: str, artifacts: Path):
    page.goto(base_url + "tinh-thanh/")
    page.locator("tr", has_text="Thành phố Hồ Chí Minh").get_by_role("link", name="Hồ Chí Minh").click()
    expect(page.locator("h1")).to_have_text("Hồ Chí Minh")
    first = page.locator("article li strong a").all_inner_texts()
    assert len(first) == 2
    page.screenshot(path=str(artifacts / "province-paged.png"), full_page=True)
    page.get_by_role("link", name="Trang sau →").click()
    expect(page).to_have_url(re.compile(r"/tinh-thanh/ho-chi-minh/trang/2/$"))
    expect(page.locator("h1")).to_have_text("Hồ Chí Minh – trang 2/2")
    second = page.locator("article li strong a").all_inner_texts()
    assert second and not set(first) & set(second)
    page.get_by_role("link", name="← Trang trước").click()
    expect(page).to_have_url(re.compile(r"/tinh-thanh/ho-chi-minh/$"))


def test_merged_province_chip_and_province_page(page: Page, base_url: str, artifacts: Path):
    page.goto(base_url + "tinh-thanh/")
    row = page.locator("tr", has_text="Tỉnh Vĩnh Long")
    expect(row).to_contain_text("Trà Vinh (1)")
    row.get_by_role("link", name="Trà Vinh").click()
    expect(page.locator("h1")).to_have_text("Trà Vinh")
    expect(page.locator("article")).to_contain_text("thuộc tỉnh Vĩnh Long")
    page.screenshot(path=str(artifacts / "province.png"), full_page=True)
    page.get_by_role("link", name=TRA_VINH_TITLE).click()
    expect(page.locator("a.dn-chip", has_text="Trà Vinh")).to_have_text("Trà Vinh (nay thuộc Vĩnh Long)")


def test_search_without_diacritics_finds_the_can_tho_article(page: Page, base_url: str, artifacts: Path):
    search(page, base_url, "can tho")
    first = page.locator(".pagefind-ui__result").first
    expect(first.locator(".pagefind-ui__result-link")).to_contain_text("Cần Thơ")
    expect(first.locator(".pagefind-ui__result-excerpt mark").first).to_have_text("Cần")
    expect(first.locator(".pagefind-ui__result-tag")).to_contain_text("Ngày:")
    assert CAN_THO_TITLE in result_titles(page)
    expect(page.locator(".pagefind-ui__results")).not_to_contain_text("⟦")
    page.screenshot(path=str(artifacts / "search-can-tho.png"), full_page=True)


@pytest.mark.parametrize(
    ("query", "expected"),
    [("tra vinh", TRA_VINH_TITLE), ("dong thap", DONG_THAP_TITLE), ("đồng tháp", DONG_THAP_TITLE)],
)
def test_place_names_are_found_with_or_without_diacritics(page: Page, base_url: str, query: str, expected):
    search(page, base_url, query)
    expect(page.locator(".pagefind-ui__result-link").first).to_have_text(expected)
    expect(page.locator(".pagefind-ui__results")).not_to_contain_text("⟦")


def test_doi_ngoai_nhan_dan_finds_every_article(page: Page, base_url: str):
    search(page, base_url, "doi ngoai nhan dan")
    expect(page.locator(".pagefind-ui__message")).to_contain_text("6 kết quả")
    expect(page.locator(".pagefind-ui__result-excerpt mark", has_text="đối").first).to_be_visible()


def test_province_filter_narrows_the_results(page: Page, base_url: str, artifacts: Path):
    search(page, base_url, "doi ngoai nhan dan")
    page.locator(".pagefind-ui__filter-checkbox + label", has_text=re.compile(r"^Cần Thơ")).click()
    expect(page.locator(".pagefind-ui__message")).to_contain_text("2 kết quả")
    for title in result_titles(page):
        assert "Cần Thơ" in title
    page.screenshot(path=str(artifacts / "search-filter.png"), full_page=True)


def test_header_search_box_opens_results(page: Page, base_url: str):
    page.goto(base_url + "nhan-vat/")
    box = page.get_by_role("searchbox", name="Tìm trong lưu trữ").first
    box.fill("can tho")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/tim-kiem/\?q=can\+tho"))
    expect(page.locator(".pagefind-ui__result-link").first).to_contain_text("Cần Thơ")


def test_markup_in_an_article_is_shown_as_text_and_never_runs(page: Page, base_url: str):
    page.goto(base_url + "bai-viet/script-window-pwned-title-script-tin-thu-nghiem-doi-ngoai-nhan-dan-tai-can-tho/")
    expect(page.locator("h1")).to_contain_text('<script>window.__pwned = "title"</script> Tin thử nghiệm', use_inner_text=True)
    expect(page.locator(".dn-body")).to_contain_text('<script>window.__pwned = "body"</script>', use_inner_text=True)
    expect(page.locator(".dn-meta__author dd")).to_have_text('"><script>window.__pwned = "author"</script>')
    expect(page.locator(".dn-meta__source a")).to_have_count(0)  # a javascript: link stays text
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('.md-content script, .md-content img').length") == 0
    search(page, base_url, "thu nghiem")
    expect(page.locator(".pagefind-ui__result-link").first).to_contain_text("<script>")
    assert page.evaluate("window.__pwned") is None
