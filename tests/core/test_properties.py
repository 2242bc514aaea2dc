"""Whatever an editor saves, extraction gives an Article or our one error."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplonews.core import Article, ExtractError, extract_article, extract_text
from diplonews.core.frontmatter import from_markdown, to_markdown
from diplonews.core.model import Level, Notice, Person
from diplonews.core.text import clean_unicode
from tests.conftest import NEWS

SEED = (sorted(NEWS.glob("*.txt"))[2]).read_text(encoding="utf-8")
PIECES = SEED.split() + ["\n", "\n\n", "---", "Tin mới nhất", "Nguồn:", "<script>", "ông", "Chủ tịch", "-", ":", "28/03/2013"]

vietnamese_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
seed_mutations = st.lists(st.sampled_from(PIECES), max_size=120).map(" ".join)


def _holds(result_or_error) -> None:
    if isinstance(result_or_error, ExtractError):
        assert result_or_error.path and str(result_or_error).startswith(result_or_error.path)
        return
    assert isinstance(result_or_error, Article) and result_or_error.heading and result_or_error.slug


def _extract(text: str):
    try:
        return extract_text(text, "news/x.txt")
    except ExtractError as err:
        return err


@settings(max_examples=150, deadline=None)
@given(vietnamese_text)
def test_any_text(text):
    _holds(_extract(text))


@settings(max_examples=150, deadline=None)
@given(seed_mutations)
def test_mutated_articles(text):
    _holds(_extract(text))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600))
def test_any_bytes(tmp_path, data):
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    try:
        result = extract_article(path, "news/x.txt")
    except ExtractError as err:
        result = err
    _holds(result)


names = st.text(min_size=1, max_size=60).map(str.strip).filter(bool)


@settings(max_examples=150, deadline=None)
@given(
    title=names,
    people=st.lists(st.builds(Person, names, st.none() | names), max_size=3),
    provinces=st.lists(names, max_size=3).map(tuple),
    body=st.text(max_size=200).map(clean_unicode),  # bodies come out of the core cleaned
    line=st.none() | st.integers(1, 10_000),
)
def test_front_matter_round_trips(title, people, provinces, body, line):
    article = Article(
        title=title,
        slug="x",
        provinces=provinces,
        people=tuple(people),
        body=body.strip(),
        warnings=(Notice(Level.WARNING, line, title),),
    )
    assert from_markdown(to_markdown(article)) == article
