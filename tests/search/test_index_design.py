"""The index definition uses only what the integ-test-zip server has; a cluster's own Chinese
analyzer is used when an operator names one."""

from search import elastic
from search.understanding import understand


def test_mapping_uses_built_in_analyzers_only(settings):
    settings.SEARCH_CHINESE_ANALYZER = ""
    properties = elastic.build_index("x").to_dict()["mappings"]["properties"]
    assert properties["title_words"]["analyzer"] == "whitespace"
    assert properties["title"]["analyzer"] == "standard"
    assert "fields" not in properties["title"]
    assert properties["suggest"]["type"] == "completion"
    assert {properties[f]["type"] for f in ("major", "level", "publisher", "catalogue", "status")} == {"keyword"}


def test_a_named_server_analyzer_adds_native_sub_fields_and_query_clauses(settings):
    settings.SEARCH_CHINESE_ANALYZER = "smartcn"
    properties = elastic.build_index("x").to_dict()["mappings"]["properties"]
    assert properties["body"]["fields"]["native"]["analyzer"] == "smartcn"
    assert "title.native^3" in str(elastic.text_query(understand("数控车削")).to_dict())


def test_suggestions_also_start_inside_the_title():
    inputs = elastic.suggest_inputs("数控车削编程与加工")
    assert inputs[0] == "数控车削编程与加工"
    assert "车削编程与加工" in inputs and "加工" in inputs
