from diplonews.site.search import add_search_folds, fold_d


def test_words_with_d_bar_get_a_hidden_copy_with_d():
    html = add_search_folds("<p>Tỉnh Đồng Tháp đối ngoại</p>")
    assert html == (
        "<p>Tỉnh Đồng<span hidden> ⟦Dồng⟧</span> Tháp đối<span hidden> ⟦dối⟧</span> ngoại</p>"
    )


def test_tags_attributes_and_scripts_are_left_alone():
    html = '<a href="/đ" title="Đà Nẵng">x</a><script>var đ = 1;</script><style>.đ{}</style>'
    assert add_search_folds(html) == html


def test_text_after_a_script_is_still_folded():
    assert "⟦dó⟧" in add_search_folds("<script>1</script><p>đó</p>")


def test_words_without_d_bar_are_unchanged():
    assert add_search_folds("<p>Cần Thơ, Trà Vinh</p>") == "<p>Cần Thơ, Trà Vinh</p>"


def test_fold_keeps_tone_marks_so_exact_queries_rank_first():
    assert fold_d("Đồng đối") == "Dồng dối"
