"""The index definition works on the integ-test-zip server (core Elasticsearch, no analysis plugins),
and a cluster's own Chinese analyzer is used when an operator names one.

These ask the server what it does with our mapping instead of restating the mapping."""

import pytest

from search import elastic
from search.connection import get_client
from search.understanding import understand


def analysed(index, field, text):
    return [t["token"] for t in get_client().indices.analyze(index=index, field=field, text=text)["tokens"]]


@pytest.mark.elasticsearch
def test_a_plugin_free_server_accepts_the_index_and_analyses_chinese_as_designed(es, settings):
    settings.SEARCH_CHINESE_ANALYZER = ""
    index = elastic.create_index()  # a server lacking an analyzer we named would refuse this
    # Word fields get jieba's segmentation from Python and only split on the spaces it put in.
    assert analysed(index, "title_words", "数控 车削 编程") == ["数控", "车削", "编程"]
    # Character fields match any substring of a title, one token per Chinese character.
    assert analysed(index, "title", "数控车削") == ["数", "控", "车", "削"]
    # Facets are matched exactly, never analysed.
    assert analysed(index, "publisher", "中国劳动社会保障出版社") == ["中国劳动社会保障出版社"]


@pytest.mark.elasticsearch
def test_an_analyzer_the_server_lacks_is_refused_when_the_index_is_created(es, settings):
    from elasticsearch import BadRequestError

    settings.SEARCH_CHINESE_ANALYZER = "smartcn"  # a plugin the integ-test-zip server does not have
    with pytest.raises(BadRequestError, match="smartcn"):
        elastic.create_index()


@pytest.mark.django_db  # understanding a query reads the synonym table (kept once read: alone, this test reads it)
def test_a_named_server_analyzer_is_also_queried(settings):
    settings.SEARCH_CHINESE_ANALYZER = "smartcn"
    assert "title.native^3" in str(elastic.text_query(understand("数控车削")).to_dict())


def test_suggestions_also_start_inside_the_title():
    inputs = elastic.suggest_inputs("数控车削编程与加工")
    assert inputs[0] == "数控车削编程与加工"
    assert "车削编程与加工" in inputs and "加工" in inputs
