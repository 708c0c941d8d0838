import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from search.analysis import to_simplified, chars_field, normalise, query_words, segment, words_field


def test_full_width_text_is_normalised_to_half_width_lower_case():
    assert normalise("ＰＬＣ　控制（第２版）") == "plc 控制(第2版)"


def test_search_mode_keeps_sub_words_of_long_words():
    tokens = segment("数控车削编程与加工")
    assert {"数控", "车削", "编程", "加工"} <= set(tokens)
    assert "与" not in tokens  # a function word on its own matches everything


def test_domain_terms_stay_whole():
    assert "工学一体化" in query_words("工学一体化课程标准")
    assert "活页式" in segment("活页式教材")


def test_query_and_index_analysis_agree():
    assert set(query_words("数控车削")) <= set(segment("数控车削编程与加工"))
    assert words_field("ＡＢＣ数控") == "abc 数控"
    assert chars_field(" 数控　车削 ") == "数控 车削"


@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from("ＡＢｃ１２，。（）　﹏㈱①ｶﾞ\u0301\u3000"))))
@example("㍘\ud800")  # a lone surrogate beside a CJK character (OpenCC cannot encode it)
@settings(max_examples=500, deadline=None)
def test_normalise_is_nfkc_lower_case_with_collapsed_spaces_for_any_text(text):
    """The fast path (full-width ASCII mapped first, NFKC only when still needed) changes nothing."""
    assert normalise(text) == " ".join(to_simplified(unicodedata.normalize("NFKC", text)).lower().split())
