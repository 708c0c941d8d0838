"""The labelled relevance set over the demo curriculum and the seed policy corpus (SPEC §6)."""

import pytest

from search import service
from search.policy import load_policy_articles
from search.relevance import JUDGMENTS, by_type, evaluate, load_v2, mean, score
from tests.search.conftest import reindex


def test_ndcg_and_recall_of_a_ranking():
    expected = {"甲": 3, "乙": 1}
    assert score(["甲", "乙", "丙"], expected)[:2] == (1.0, 1.0)
    ndcg, recall, found = score(["丙", "乙", "甲", "甲"], expected)
    assert 0 < ndcg < 1 and recall == 1.0 and found == ["乙", "甲"]
    assert score(["丙"], expected)[:2] == (0.0, 0.0)


def test_the_labelled_set_has_at_least_thirty_chinese_queries():
    assert len(JUDGMENTS) >= 30
    assert all(expected and all(grade in (1, 2, 3) for grade in expected.values()) for _, expected in JUDGMENTS)


def test_the_second_set_has_every_query_type_typed_by_teachers():
    judgements = load_v2()
    assert len(judgements) >= 120
    assert {j.kind for j in judgements} >= {"人名", "单位", "编码", "ISBN", "错别字", "繁体", "问句", "缩写", "英文", "单字", "筛选"}
    assert all(j.expected and set(j.expected.values()) <= {1, 2, 3} for j in judgements)


@pytest.mark.django_db
def test_relevance_targets_on_the_demo_corpus(engine):
    from curriculum.demo import seed_majors, seed_public_courses, seed_standards
    from directory.demo import seed_organisations
    from review.demo import seed_experts
    from textbooks.demo import seed_textbooks

    seed_majors()
    seed_public_courses()
    seed_organisations()
    seed_textbooks()
    seed_experts()  # the demo resources are reviewed by their organiser's expert panel (Art. 37, 22)
    seed_standards()
    load_policy_articles()
    reindex()
    results = evaluate(service.search)
    # What a user checks first: every labelled query finds something it should in the first page
    # (a requirement, not a measurement).
    assert [r.query for r in results if r.recall == 0] == []
    # The averages are the product's targets (README: search, issue 17), set for users, not values
    # just under a measurement (manage.py search_relevance reports the measured values).
    target = 0.9 if engine == "elasticsearch" else 0.85
    assert mean(r.ndcg for r in results) >= 0.85
    assert mean(r.recall for r in results) >= 0.85
    second = evaluate(service.search, load_v2())
    assert mean(r.ndcg for r in second) >= target
    assert mean(r.best_in_top for r in second) >= 0.95
    if engine == "elasticsearch":
        assert min(mean(r.ndcg for r in rows) for rows in by_type(second).values()) >= 0.8
