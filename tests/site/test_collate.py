from diplonews.site.collate import initial, sort_key


def test_names_follow_the_vietnamese_alphabet_not_code_points():
    names = ["Đinh Tiến Dũng", "Dương Văn Minh", "Ánh", "Ân", "Bùi", "Anh", "Ă"]
    assert sorted(names, key=sort_key) == ["Anh", "Ánh", "Ă", "Ân", "Bùi", "Dương Văn Minh", "Đinh Tiến Dũng"]


def test_tone_marks_only_break_ties():
    assert sorted(["Lý", "Lê", "Lâm"], key=sort_key) == ["Lâm", "Lê", "Lý"]
    assert sorted(["Hà", "Ha"], key=sort_key) == ["Ha", "Hà"]


def test_initial_keeps_letters_of_their_own():
    assert [initial(n) for n in ["Đinh", "Ánh", "Ông", "ActionAid", "3M"]] == ["Đ", "A", "Ô", "A", "M"]
