"""The demo selections: every state at several schools, an open objection, a stop-use order that
reached several schools, supervision records; repeatable; the demo committee sees its school."""

import pytest
from django.urls import reverse

from selection import checking
from selection.demo import seed_selections
from selection.models import Objection, ProvincialFiling, QualityCheck, RoundStatus, SelectionRound, StopUseOrder
from tests.conftest import world_layer
from textbooks.demo import seed_textbooks

pytestmark = pytest.mark.django_db


demo_selections = world_layer("demo_selections", "The demo catalogue and selections over the demo world.", seed_textbooks, seed_selections)


def test_demo_has_every_state_at_several_schools_and_a_stop_use_order(demo_selections):
    assert set(SelectionRound.objects.values_list("status", flat=True)) == set(RoundStatus.values)
    assert SelectionRound.objects.values("school").distinct().count() >= 5
    assert Objection.objects.filter(resolved_at__isnull=True, round__status=RoundStatus.NOTICE).exists()
    order = StopUseOrder.objects.get()
    assert order.notices.values("round__school").distinct().count() >= 3
    assert ProvincialFiling.objects.exists() and QualityCheck.objects.get().items.exists()
    for selection_round in SelectionRound.objects.exclude(status=RoundStatus.DRAFT):
        # Every published result obeyed S3–S8 when it was published; only the stop-use order
        # has since made one textbook unselectable.
        failing = [c for c in checking.check_round(selection_round) if not c.passes]
        assert all(c.line.version == order.version for c in failing)
    count = SelectionRound.objects.count()
    seed_selections()
    assert SelectionRound.objects.count() == count


def test_demo_committee_login_works_in_its_schools_rounds(demo_selections, client, login):
    login("committee")
    listing = client.get(reverse("selection_rounds:index")).content.decode()
    assert "广州市工贸技师学院" in listing and "重庆市工业技师学院" not in listing
    chongqing = SelectionRound.objects.filter(school__name="重庆市工业技师学院").first()
    assert client.get(reverse("selection_rounds:workspace", args=[chongqing.pk])).status_code == 404
