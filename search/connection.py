"""The Elasticsearch connection, present only when ELASTICSEARCH_URL is set (SPEC §6)."""

from functools import lru_cache

from django.conf import settings
from elasticsearch import Elasticsearch


def elasticsearch_enabled():
    return bool(settings.ELASTICSEARCH_URL)


# Seconds a search waits for a node before asking another (a node that hangs rather than refuses).
REQUEST_TIMEOUT = 30


@lru_cache(maxsize=1)
def get_client():
    if not elasticsearch_enabled():
        raise RuntimeError("ELASTICSEARCH_URL is not set: the embedded database search is in use.")
    # The client spreads requests over the nodes; a node that refuses or drops a connection is put
    # aside (1 s, doubling up to 30 s) and the request is retried on another one, up to 3 times.
    return Elasticsearch(hosts(), request_timeout=REQUEST_TIMEOUT, retry_on_timeout=True)


def hosts():
    """The cluster's nodes: ELASTICSEARCH_URL, one URL or several, comma-separated."""
    return [host.strip() for host in settings.ELASTICSEARCH_URL.split(",") if host.strip()]


def cluster_is_healthy(timeout="5s"):
    """The integ-test-zip server has no ``GET /``, so ``info()`` and ``ping()`` fail: ask health."""
    health = get_client().cluster.health(wait_for_status="yellow", timeout=timeout)
    return health["status"] in ("green", "yellow")


def index_name(kind):
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{kind}"
