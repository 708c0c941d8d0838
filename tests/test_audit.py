"""State changes are refused whole when a rule forbids them, and logged with who and what when allowed."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

from selection.models import MemberType, SelectionCommittee
from selection.services import announce_committee

pytestmark = pytest.mark.django_db


def test_announcing_a_complete_committee_is_logged_with_user_and_data(demo_world, django_user_model):
    committee = SelectionCommittee.objects.first()
    user = django_user_model.objects.get(username="committee")
    announce_committee(committee, user, on=datetime.date(2026, 9, 1))

    entry = ModelLogEntry.objects.get(action="selection.committee.announce", object_id=str(committee.pk))
    assert entry.user == user
    assert entry.data == {"announced_on": "2026-09-01"}


def test_s1_refuses_to_announce_a_committee_without_industry_experts(demo_world, django_user_model):
    committee = SelectionCommittee.objects.first()
    committee.members.filter(member_type=MemberType.INDUSTRY_EXPERT).delete()
    before = committee.announced_on
    with pytest.raises(ValidationError) as refused:
        announce_committee(committee, django_user_model.objects.get(username="committee"))
    assert "S1" in str(refused.value) and "行业企业专家" in str(refused.value)
    committee.refresh_from_db()
    assert committee.announced_on == before
    assert not ModelLogEntry.objects.filter(action="selection.committee.announce").exists()
