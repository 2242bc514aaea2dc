"""The extraction core must outlive the site generator: it never imports MkDocs."""

import ast
from pathlib import Path

import diplonews.core

CORE = Path(diplonews.core.__file__).parent
FORBIDDEN = ("mkdocs", "material", "pagefind")


def test_core_imports_no_site_generator():
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_core_vietnamese_facts_live_in_data():
    """Step modules name no province: those facts are data."""
    for path in CORE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for province in ("Trà Vinh", "Đồng Tháp", "Cần Thơ", "Vĩnh Long"):
            assert province not in source, f"{path.name} spells out {province}"
