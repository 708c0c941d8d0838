"""seed_demo gives a realistic, complete and repeatable demo world."""

import pytest
from django.core.management import call_command

from cms.demo import DEMO_LOGINS, DEMO_PASSWORD
from curriculum.models import Major, TrainingLevel
from directory.models import Organisation, OrganisationKind
from review.models import Expert, ExpertCategory
from selection.models import SelectionCommittee
from selection.rules import missing_committee_member_types
from tests.test_permission_matrix import world  # noqa: F401  (fixture: the shared seed_demo world)

pytestmark = [pytest.mark.django_db, pytest.mark.libreoffice]  # seed_demo confirms review copies (reviewer PDFs)


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
    _shows_verified_facts_and_the_calendar()


def _shows_verified_facts_and_the_calendar():
    """Issue 14: a verification by HRSS (Art. 12), a unit's proposal awaiting it, a flag the
    organiser corrected at intake (logged with a reason) and a notice across National Day (S2)."""
    from wagtail.models import ModelLogEntry

    from review.models import Submission
    from selection.models import Objection, SelectionRound
    from selection.rules import is_working_day, notice_end
    from textbooks.demo import AWAITING_VERIFICATION_DEMO, VERIFIED_BY_HRSS_DEMO
    from textbooks.models import CompilingUnitProfile

    verified = CompilingUnitProfile.objects.get(organisation__name=VERIFIED_BY_HRSS_DEMO)
    assert verified.verified_by.username == "hrss" and not verified.awaiting_verification
    assert ModelLogEntry.objects.filter(action="textbooks.unit.verify", user__username="hrss").exists()
    pending = CompilingUnitProfile.objects.get(organisation__name=AWAITING_VERIFICATION_DEMO)
    assert pending.awaiting_verification and not pending.verified_unified_route
    corrected = [s for s in Submission.objects.exclude(intake_reason="") if s.confirmed_flags != s.proposed_flags]
    assert corrected and ModelLogEntry.objects.filter(action="review.intake", object_id=str(corrected[0].pk)).exists()
    rounds = SelectionRound.objects.exclude(notice_starts_on=None)
    assert rounds and all(is_working_day(r.notice_starts_on) for r in rounds)
    assert all(r.notice_ends_on == notice_end(r.notice_starts_on, r.notice_working_days) for r in rounds)
    assert any(r.notice_starts_on.month == 9 and r.notice_ends_on.month == 10 for r in rounds)  # across National Day
    assert Objection.objects.filter(outcome="duplicate").exists()
    from curriculum.models import ResourceItem
    from textbooks.models import TrialRecord

    assert TrialRecord.objects.filter(kind="reading").exclude(unit_response="").exists()
    assert ResourceItem.objects.public().exists()
    # Art. 37, 22: the micro-lecture was approved by its organiser's login, under the procedure
    # that organiser set, with a panel of that size from that many categories, none of its unit.
    from curriculum.demo import MICRO_LECTURE
    from review.models import ReviewProcedure

    lecture = ResourceItem.objects.public().get(title=MICRO_LECTURE["title"])
    procedure = ReviewProcedure.objects.get(organiser=lecture.review_organiser)
    assert lecture.reviewed_by.username == "organiser_cq" and lecture.review_organiser.name == "重庆市人力资源和社会保障局"
    panel = list(lecture.review_panel.select_related("person"))
    assert len(panel) == procedure.panel_size and len({e.category for e in panel}) >= procedure.min_categories
    assert all(e.person.employer_id != lecture.compiling_unit_id for e in panel)
    assert not ResourceItem.objects.public().filter(review_organiser=None).exists()


def test_every_demo_login_works(client, world):
    """On the seed_demo world the permission matrix's modules share (seeded once per session)."""
    for login in DEMO_LOGINS:
        # Through the sign-in page, as a person signs in (django-axes counts real requests only).
        response = client.post("/admin/login/", {"username": login.username, "password": DEMO_PASSWORD})
        assert response.status_code == 302 and "_auth_user_id" in client.session, login.username
        client.logout()
