"""The Elasticsearch connection, present only when ELASTICSEARCH_URL is set (SPEC §6)."""

from functools import lru_cache

from django.conf import settings
from elasticsearch import Elasticsearch


def elasticsearch_enabled():
    return bool(settings.ELASTICSEARCH_URL)


@lru_cache(maxsize=1)
def get_client():
    if not elasticsearch_enabled():
        raise RuntimeError("ELASTICSEARCH_URL is not set: the embedded database search is in use.")
    # A cluster's nodes, comma-separated: the client spreads requests and survives a node's loss.
    hosts = [host.strip() for host in settings.ELASTICSEARCH_URL.split(",") if host.strip()]
    return Elasticsearch(hosts, request_timeout=30, retry_on_timeout=True)


def cluster_is_healthy(timeout="5s"):
    """The integ-test-zip server has no ``GET /``, so ``info()`` and ``ping()`` fail: ask health."""
    health = get_client().cluster.health(wait_for_status="yellow", timeout=timeout)
    return health["status"] in ("green", "yellow")


def index_name(kind):
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{kind}"
