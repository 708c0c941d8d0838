"""The public policy texts ship with the product: a checkout with nothing beside it serves them."""

from pathlib import Path

import pytest

from search.models import PolicyArticle
from search.policy import DOCUMENTS, POLICY_TEXTS_DIR, load_policy_articles

ROOT = Path(__file__).resolve().parents[2]


def test_policy_texts_live_inside_the_project_tree():
    assert POLICY_TEXTS_DIR.resolve().is_relative_to(ROOT)
    for filename, _title, _issued in DOCUMENTS:
        assert (POLICY_TEXTS_DIR / filename).is_file(), filename


@pytest.mark.django_db
def test_every_policy_document_is_loaded_as_articles():
    total = load_policy_articles()
    assert total == PolicyArticle.objects.count()
    for filename, title, _issued in DOCUMENTS:
        assert PolicyArticle.objects.filter(source=filename, document=title).exists(), title
    # Art. 19 of the textbook rules (编审分离) is what the review pipeline's R1 cites.
    article = PolicyArticle.objects.get(source="textbook-management-rules-mohrss-2021-12.txt", heading__contains="第十九条")
    assert "回避" in article.text
