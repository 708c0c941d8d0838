"""seed_demo gives a realistic, complete and repeatable demo world."""

import pytest
from django.core.management import call_command

from cms.demo import DEMO_LOGINS, DEMO_PASSWORD
from curriculum.models import Major, TrainingLevel
from directory.models import Organisation, OrganisationKind
from review.models import Expert, ExpertCategory
from selection.models import SelectionCommittee
from selection.rules import missing_committee_member_types

pytestmark = pytest.mark.django_db


def counts():
    return (
        Major.objects.count(),
        Organisation.objects.count(),
        Expert.objects.count(),
        SelectionCommittee.objects.count(),
    )


def test_seed_demo_is_complete_idempotent_and_prints_logins(capsys):
    call_command("seed_demo")
    first = counts()
    output = capsys.readouterr().out
    call_command("seed_demo")
    assert counts() == first

    assert Major.objects.count() >= 12
    assert Major.objects.values("industry").distinct().count() >= 4
    assert TrainingLevel.objects.count() == 3
    assert Organisation.objects.filter(kind=OrganisationKind.PUBLISHER).count() == 3
    compiling_kinds = [OrganisationKind.SCHOOL, OrganisationKind.ENTERPRISE, OrganisationKind.INSTITUTE]
    assert Organisation.objects.filter(kind__in=compiling_kinds).count() >= 5
    assert Expert.objects.count() >= 40
    for category in ExpertCategory:
        assert Expert.objects.filter(category=category).count() >= 10
    schools = Organisation.objects.filter(kind=OrganisationKind.SCHOOL)
    assert schools.count() >= 6
    for school in schools:
        members = school.selection_committee.members.values_list("member_type", flat=True)
        assert missing_committee_member_types(members) == []

    # Panel members write differently, and HRSS has a change request to decide (Art. 14).
    from review.models import Opinion
    from textbooks.models import ChangeRequest, ChangeRequestStatus

    assert Opinion.objects.values("science_comment").distinct().count() >= 3
    assert Opinion.objects.values("recommendation").distinct().count() >= 2
    assert ChangeRequest.objects.filter(status=ChangeRequestStatus.PENDING).count() == 1

    assert DEMO_PASSWORD in output
    for login in DEMO_LOGINS:
        assert login.username in output


def test_every_demo_login_works(client):
    call_command("seed_demo")
    for login in DEMO_LOGINS:
        assert client.login(username=login.username, password=DEMO_PASSWORD), login.username
        client.logout()
