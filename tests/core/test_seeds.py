"""The client's hand labels for the five sample articles, field by field."""

from __future__ import annotations

import json

import pytest

from diplonews.core import extract_article
from tests.conftest import NEWS, SEEDS

EXPECTED = SEEDS / "expected.json"
LABELS = json.loads(EXPECTED.read_text(encoding="utf-8")) if EXPECTED.exists() else {}
CASES = [(name, label) for name, label in LABELS.items() if not name.startswith("_")]
SINGLE = ("title", "date", "published", "date_partial", "source", "source_url", "author")
LISTS = ("provinces", "provinces_current", "countries")

pytestmark = pytest.mark.skipif(not LABELS, reason=f"{EXPECTED} is not beside the checkout")


@pytest.fixture(scope="module")
def extracted():
    return {name: extract_article(NEWS / name) for name, _ in CASES}


def test_news_holds_the_seeds_byte_for_byte():
    for name, _ in CASES:
        assert (NEWS / name).read_bytes() == (SEEDS / name).read_bytes(), name


SINGLE_CASES = [(name, field, label[field]) for name, label in CASES for field in SINGLE if field in label]


@pytest.mark.parametrize("name,field,want", SINGLE_CASES, ids=[f"{c[0][:3]}-{c[1]}" for c in SINGLE_CASES])
def test_single_fields(extracted, name, field, want):
    assert getattr(extracted[name], field) == want


@pytest.mark.parametrize("name,label", CASES, ids=[c[0][:3] for c in CASES])
@pytest.mark.parametrize("field", LISTS)
def test_list_fields(extracted, name, label, field):
    assert set(getattr(extracted[name], field)) == set(label[field])


@pytest.mark.parametrize("name,label", CASES, ids=[c[0][:3] for c in CASES])
def test_people_and_roles(extracted, name, label):
    found = {p.name: p.role for p in extracted[name].people}
    assert set(found) == {p["name"] for p in label["people"]}
    for person in label["people"]:
        if person["role"] is None:
            continue
        assert found[person["name"]] and person["role"] in found[person["name"]], person["name"]


@pytest.mark.parametrize("name,label", CASES, ids=[c[0][:3] for c in CASES])
def test_noise_is_not_in_the_body(extracted, name, label):
    for noise in label["must_not_appear_in_body"]:
        assert noise not in extracted[name].body
