"""Index maintenance against the real Elasticsearch: outages lose nothing, reindexing never goes dark."""

import pytest
from django.core.management import call_command

from search import elastic, service
from search.connection import get_client
from search.models import PendingIndexUpdate
from search.results import SearchQuery
from tests.search.conftest import ES_URL, reindex

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]

CLOSED_PORT_URL = "http://127.0.0.1:9"  # discard port: nothing listens, connections are refused


def titles(text):
    return [hit.title for hit in service.search(SearchQuery(text=text, filters={"kind": ["教材"]})).hits]


def point_at(settings, url):
    settings.ELASTICSEARCH_URL = url
    get_client.cache_clear()


def test_changes_made_during_an_outage_are_applied_when_the_server_is_back(
    es, settings, catalogue, django_capture_on_commit_callbacks
):
    reindex()
    point_at(settings, CLOSED_PORT_URL)
    with django_capture_on_commit_callbacks(execute=True):
        book = catalogue["mill"].textbook
        book.title = "数控铣削加工（第二版）"
        book.save()
        catalogue["lathe"].textbook.delete()

    waiting = PendingIndexUpdate.objects.order_by("kind", "object_pk")
    assert waiting.count() >= 2
    assert all(row.attempts == 1 and row.last_error for row in waiting)

    point_at(settings, ES_URL)
    service.backend().refresh()
    assert "数控车削编程与加工" in titles("车削")  # stale until the queue drains

    call_command("search_sync", "--now")
    service.backend().refresh()
    assert PendingIndexUpdate.objects.count() == 0
    assert titles("铣削") == ["数控铣削加工（第二版）"]
    assert "数控车削编程与加工" not in titles("车削")


def test_a_commit_after_the_outage_also_drains_the_backlog(es, settings, catalogue, django_capture_on_commit_callbacks):
    reindex()
    point_at(settings, CLOSED_PORT_URL)
    with django_capture_on_commit_callbacks(execute=True):
        book = catalogue["mill"].textbook
        book.title = "数控铣削工艺"
        book.save()
    point_at(settings, ES_URL)
    PendingIndexUpdate.objects.update(next_attempt_at=PendingIndexUpdate.objects.first().created_at)  # retry is due

    with django_capture_on_commit_callbacks(execute=True):
        battery = catalogue["battery"].textbook
        battery.title = "动力电池管理系统检修"
        battery.save()
    service.backend().refresh()
    assert PendingIndexUpdate.objects.count() == 0
    assert titles("铣削") == ["数控铣削工艺"]
    assert titles("动力电池") == ["动力电池管理系统检修"]


def test_reindex_swaps_the_alias_atomically_and_removes_the_old_index(es, catalogue):
    client = get_client()
    first, _ = service.reindex()
    second, count = service.reindex()
    assert first != second
    assert list(client.indices.get_alias(name=elastic.alias_name())) == [second]
    assert not client.indices.exists(index=first)
    assert count == service.document_count()
    service.backend().refresh()
    assert "数控车削编程与加工" in titles("数控")


def test_live_updates_reach_the_index_being_rebuilt(es, catalogue, django_capture_on_commit_callbacks):
    client = get_client()
    live, _ = service.reindex()
    building = elastic.create_index(alias=elastic.next_alias_name())
    with django_capture_on_commit_callbacks(execute=True):
        book = catalogue["mill"].textbook
        book.title = "数控铣削工艺"
        book.save()
    client.indices.refresh(index=[live, building])
    doc_id = f"textbook-{catalogue['mill'].pk}"
    assert client.get(index=live, id=doc_id)["_source"]["title"] == "数控铣削工艺"
    assert client.get(index=building, id=doc_id)["_source"]["title"] == "数控铣削工艺"


def test_reindex_command_shows_progress(es, catalogue, capsys):
    call_command("search_reindex")
    out = capsys.readouterr().out
    assert "重建索引（Elasticsearch）" in out and "100%" in out


def test_the_schedulers_catch_up_task_applies_the_backlog_once_it_is_due(es, settings, catalogue, django_capture_on_commit_callbacks):
    """Issue 18: updates queued while the search server was away are applied by the task queue's
    periodic ``search.sync_pending`` (every five minutes, CELERY_BEAT_SCHEDULE), not by hand."""
    from search import tasks

    reindex()
    point_at(settings, CLOSED_PORT_URL)
    with django_capture_on_commit_callbacks(execute=True):
        book = catalogue["mill"].textbook
        book.title = "数控铣削编程实训"
        book.save()
    point_at(settings, ES_URL)
    assert tasks.sync_pending() == 0  # not due yet: the retry waits for its back-off
    PendingIndexUpdate.objects.update(next_attempt_at=PendingIndexUpdate.objects.first().created_at)
    assert tasks.sync_pending() >= 1
    service.backend().refresh()
    assert PendingIndexUpdate.objects.count() == 0
    assert titles("铣削") == ["数控铣削编程实训"]
