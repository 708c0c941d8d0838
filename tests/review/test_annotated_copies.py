"""A reviewer's annotated copy after the round: the organiser reads it on the decision page, the
submitting author once the decision is made, both through the private store's checked address
and under its neutral name. Nobody else opens it, and the author never learns whose it is (R3 is
two-way)."""

from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from review import reviewer_services, services
from review.models import AnnotatedCopy
from tests.review.conftest import all_review
from tests.review.test_workspace_flow import _annotated_docx

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed_round(review_world):
    """The demo reviewer annotated the manuscript, every panel member gave an opinion, and the
    organiser closed the round: the decision is next."""
    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    assignment = submission.current_round.assignments.get(expert=world.reviewer_expert)
    services.declare(assignment, world.reviewer, True)
    reviewer_name = world.reviewer_expert.person.name
    upload = SimpleUploadedFile(f"{reviewer_name}批注-数控车床编程.docx", _annotated_docx(reviewer_name))
    annotated = reviewer_services.upload_annotated_copy(assignment, world.reviewer, upload)
    all_review(submission)
    services.close_round(submission, world.organiser)
    submission.refresh_from_db()
    return world, submission, annotated


def _detail(client, user, submission):
    client.force_login(user)
    return client.get(f"/admin/review/{submission.pk}/").content.decode()


def test_the_organiser_reads_the_annotated_copy_from_the_decision_page(client, closed_round):
    world, submission, annotated = closed_round
    page = _detail(client, world.organiser, submission)
    assert annotated.file.url in page and annotated.neutral_name in page
    response = client.get(annotated.file.url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == f"attachment; filename*=utf-8''{quote(annotated.neutral_name)}"
    assert annotated.neutral_name.startswith(submission.code)
    assert world.reviewer_expert.person.name not in annotated.neutral_name


def test_the_author_reads_it_only_after_the_decision_and_never_whose_it_is(client, closed_round):
    world, submission, annotated = closed_round
    before = _detail(client, world.author_user, submission)
    assert annotated.file.url not in before
    assert client.get(annotated.file.url).status_code == 404

    services.decide(submission, world.organiser, "pass")
    after = _detail(client, world.author_user, submission)
    assert annotated.file.url in after and annotated.neutral_name in after
    # Labelled like the opinion it belongs to (专家A…), never by the reviewer's name or employer.
    reviewer = world.reviewer_expert.person
    assert reviewer.name not in after and reviewer.employer.name not in after
    response = client.get(annotated.file.url)
    assert response.status_code == 200 and reviewer.name not in response["Content-Disposition"]


def _account_of(person):
    if person.user is None:
        person.user = get_user_model().objects.create_user(f"expert_{person.pk}")
        person.save(update_fields=["user"])
    return person.user


def test_other_reviewers_other_units_and_strangers_are_refused(client, closed_round):
    world, submission, annotated = closed_round
    services.decide(submission, world.organiser, "pass")
    url = annotated.file.url
    other_reviewer = _account_of(submission.current_round.assignments.exclude(pk=annotated.assignment_id).first().expert.person)
    other_unit_author = get_user_model().objects.get(username="author")  # 重庆市工业技师学院, not the submitter
    other_department = get_user_model().objects.get(username="organiser_cq")  # organises Chongqing's reviews only
    for user in (other_reviewer, other_unit_author, other_department, world.reviewer, world.gatekeeper):
        client.force_login(user)
        assert client.get(url).status_code == 404, user.username
    client.logout()
    assert client.get(url).status_code in (302, 404)
    assert AnnotatedCopy.objects.filter(pk=annotated.pk).exists()
