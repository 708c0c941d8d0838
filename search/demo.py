"""Demo search data: the policy texts of the seed corpus, then a full rebuild of the public index."""

import logging

from search import service
from search.policy import load_policy_articles

logger = logging.getLogger(__name__)


def seed_search():
    load_policy_articles()
    try:
        service.reindex()
    except Exception as error:  # the search server is down: the retry queue keeps every change
        logger.warning("search index not rebuilt (run manage.py search_reindex later): %s", error)
