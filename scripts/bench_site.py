"""Site build figures for an archive of N generated articles.

    python scripts/bench_site.py [--articles 2000] [--keep DIR]

Articles are generated from the sample articles' paragraphs with a title,
an event date, provinces, a person and a country drawn from the gazetteer,
so pages have realistic length and metadata. The script builds the site
with MkDocs (the plugin's Pagefind step off), runs Pagefind on the result,
then serves it on 127.0.0.1 and makes one search in headless Chromium,
counting the bytes the server sends. It prints:

- build time (MkDocs, extraction included) and Pagefind time;
- bytes of an average article page, and the number and largest of the
  other pages (index pages, the pages of each list, person, province...);
- bytes a first search downloads (search UI and engine, then index data).

Targets from the client: 2,000 articles in about 4 s at about 14 KB/page.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

from diplonews.core import load_gazetteer
from diplonews.site.search import run_pagefind

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
GIVEN = ["Văn An", "Thị Bình", "Minh Châu", "Quang Dũng", "Thu Hà", "Đức Hải", "Ngọc Lan", "Thành Long", "Thị Mai", "Hữu Nghĩa"]
ROLES = ["Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Giám đốc Sở Ngoại vụ tỉnh"]


def _paragraphs() -> list[str]:
    found = []
    for path in sorted((ROOT / "news").glob("*.txt")):
        found += [line.strip() for line in path.read_text(encoding="utf-8").split("\n") if len(line) > 150]
    return found


def generate(folder: Path, count: int, rng: random.Random) -> None:
    gaz = load_gazetteer()
    provinces = sorted(gaz.provinces)
    countries = sorted(set(gaz.countries.values()))
    surnames = sorted(gaz.surnames)
    filler = _paragraphs()
    folder.mkdir(parents=True)
    for number in range(count):
        place, other = rng.sample(provinces, 2)
        country = rng.choice(countries)
        person = f"{rng.choice(surnames)} {rng.choice(GIVEN)}"
        year, month, day = rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28)
        date = f"Ngày {day}/{month}/{year}, " if number % 10 else ""
        lines = [
            f"Tin {number}: Liên hiệp các tổ chức hữu nghị tỉnh {place} giao lưu hữu nghị với nhân dân {country}",
            "",
            f"{date}tại tỉnh {place}, Liên hiệp các tổ chức hữu nghị tỉnh {place} phối hợp với tỉnh {other} "
            f"tổ chức chương trình giao lưu hữu nghị với đoàn đại biểu {country}.",
            "",
            f"Tham dự có ông {person} – {rng.choice(ROLES)} {place}.",
        ]
        for paragraph in rng.sample(filler, min(4, len(filler))):
            lines += ["", paragraph]
        lines += ["", rng.choice(["Thu Hà", "Minh Anh", "Trọng Nghĩa"])]
        (folder / f"{number:05d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(workdir: Path) -> float:
    shutil.copytree(ROOT / "docs", workdir / "docs")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("news_dir: news", "news_dir: news\n      search: false")
    (workdir / "mkdocs.yml").write_text(config, encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q"], cwd=workdir, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    )
    return time.perf_counter() - started


def first_search_bytes(site: Path, query: str) -> dict[str, int] | None:
    """Bytes served while the search page loads and answers one query."""
    if not Path(CHROMIUM).exists():
        return None
    from playwright.sync_api import sync_playwright

    sent: dict[str, int] = defaultdict(int)

    class Counting(http.server.SimpleHTTPRequestHandler):
        def copyfile(self, source, outputfile) -> None:  # type: ignore[override]
            data = source.read()
            outputfile.write(data)
            sent[self.path.split("?")[0]] += len(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Counting, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/tim-kiem/"
    try:
        with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
            context = playwright.chromium.launch_persistent_context(
                profile, executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True
            )
            page = context.new_page()
            page.goto(url)
            page.wait_for_load_state("networkidle")
            page.locator(".pagefind-ui__search-input").fill(query)
            page.wait_for_selector(".pagefind-ui__result-link")
            page.wait_for_load_state("networkidle")
            context.close()
    finally:
        server.shutdown()
    pagefind = {path: n for path, n in sent.items() if "/pagefind/" in path}
    index = sum(n for path, n in pagefind.items() if path.endswith(("_index", "_fragment", "_filter", "_meta")))
    return {"page": sum(sent.values()) - sum(pagefind.values()), "engine": sum(pagefind.values()) - index, "index": index}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--query", default="doi ngoai nhan dan")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="bench-site-"))
    try:
        generate(workdir / "news", args.articles, random.Random(args.seed))
        build_s = build(workdir)
        site = workdir / "site"
        started = time.perf_counter()
        run_pagefind(site, "bai-viet")
        pagefind_s = time.perf_counter() - started
        pages = list((site / "bai-viet").glob("*/index.html"))
        average = sum(p.stat().st_size for p in pages) / len(pages)
        others = [p for p in site.rglob("*.html") if "bai-viet" not in p.relative_to(site).parts]
        largest = max(others, key=lambda p: p.stat().st_size)
        search = first_search_bytes(site, args.query)
        print(f"articles:              {len(pages)} pages of {args.articles} generated")
        print(f"build time:            {build_s:.1f} s (mkdocs build, extraction included)")
        print(f"pagefind time:         {pagefind_s:.1f} s")
        print(f"average article page:  {average / 1024:.1f} KB ({average:.0f} bytes)")
        print(
            f"other pages:           {len(others)}, the largest {largest.stat().st_size / 1024:.0f} KB "
            f"({largest.parent.relative_to(site).as_posix()}/)"
        )
        if search is None:
            print("first search:          not measured (no /usr/bin/chromium)")
        else:
            total = search["engine"] + search["index"]
            print(
                f"first search download: {total / 1024:.0f} KB = {search['engine'] / 1024:.0f} KB UI and engine "
                f"+ {search['index'] / 1024:.0f} KB index and results for {args.query!r}"
                f" (the search page and theme besides: {search['page'] / 1024:.0f} KB)"
            )
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
