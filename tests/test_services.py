"""The real servers the integration tests talk to are the ones configured, and they work in Chinese."""

import uuid

import pytest
from django.db import connection

from directory.models import Organisation, OrganisationKind


@pytest.mark.postgres
@pytest.mark.django_db
def test_suite_runs_on_postgresql_and_stores_chinese():
    assert connection.vendor == "postgresql"
    Organisation.objects.create(name="测试技师学院", kind=OrganisationKind.SCHOOL, province="重庆市")
    assert Organisation.objects.get(name__startswith="测试技").province == "重庆市"


@pytest.mark.elasticsearch
def test_elasticsearch_indexes_and_finds_chinese_text():
    from search.connection import cluster_is_healthy, get_client, index_name

    client = get_client()
    assert cluster_is_healthy()
    name = index_name(f"probe-{uuid.uuid4().hex[:8]}")
    client.indices.create(index=name, mappings={"properties": {"title": {"type": "text", "analyzer": "standard"}}})
    try:
        client.index(index=name, id="1", document={"title": "数控车削编程与加工"}, refresh=True)
        client.index(index=name, id="2", document={"title": "汽车发动机构造与维修"}, refresh=True)
        hits = client.search(index=name, query={"match_phrase": {"title": "数控"}})["hits"]["hits"]
        assert [hit["_id"] for hit in hits] == ["1"]
    finally:
        client.indices.delete(index=name)
