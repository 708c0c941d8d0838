"""Art. 18: the publisher's political gatekeeping body (出版单位政治把关) runs the 专题自查 before
formal submission. It is the gatekeeper's act, on their own publisher's versions only; the
compiling unit can neither record nor forge it, and submission waits for it."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

from curriculum.models import Course, CourseCategory
from directory.models import Organisation
from review import rules, services
from review.models import PreReviewChecks
from tests.review.conftest import SELF_CHECK_NOTE

ADMIN = "/admin/review/"
OWN_PUBLISHER = "中国劳动社会保障出版社"  # the demo gatekeeper's publisher (cms.demo)


@pytest.fixture
def versions(review_world):
    """One version published by the demo gatekeeper's publisher, one by another publisher."""
    from textbooks import services as textbook_services
    from textbooks.models import PublisherProfile

    own = Organisation.objects.get(name=OWN_PUBLISHER)
    textbook_services.verify_publisher_qualification(
        PublisherProfile.objects.create(
            organisation=own, has_qualified_editors=True, has_service_capacity=True, has_adequate_capital=True
        ),
        None,
    )
    other_course = Course.objects.create(code="ZYGK0002", name="数控铣床零件加工", category=CourseCategory.PROFESSIONAL)
    ours = review_world.textbook_version("数控车床编程与操作", publisher=own)
    theirs = review_world.textbook_version("数控铣床编程与操作", course=other_course)
    for version in (ours, theirs):
        if textbook_services.team_structure_problems(version):  # Art. 15, relaxed as in ReviewWorld.gates
            textbook_services.relax_team_requirement(version, None, kind="structure", reason="企业专家参与了审读，编写团队暂无企业人员。")
        services.record_checks(version, None, authors_announced_on=datetime.date(2025, 9, 1))
    return ours, theirs


def _checks(version):
    return PreReviewChecks.objects.get(content_type=ContentType.objects.get_for_model(version), object_id=version.pk)


def _messages(response, level):
    return [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == level]


def _self_check_logs(version):
    return ModelLogEntry.objects.filter(action="review.self_check.record", object_id=str(_checks(version).pk))


def test_gatekeeper_records_the_self_check_of_their_publishers_version(client, login, versions):
    ours, theirs = versions
    gatekeeper = login("gatekeeper")
    assert f"{ADMIN}self-check/" in client.get("/admin/").content.decode()  # their menu entry
    page = client.get(f"{ADMIN}self-check/").content.decode()
    assert ours.review_title() in page and "尚未进行专题自查" in page
    assert theirs.review_title() not in page  # another publisher's manuscript is not theirs to see

    response = client.post(f"{ADMIN}self-check/{ours.pk}/", {"self_check_on": "2025-09-10", "self_check_note": SELF_CHECK_NOTE})
    assert response.status_code == 302 and not _messages(response, "error")
    checks = _checks(ours)
    assert checks.self_check_on == datetime.date(2025, 9, 10) and checks.self_check_note == SELF_CHECK_NOTE
    entry = _self_check_logs(ours).get()
    assert entry.user == gatekeeper and entry.data["publisher"] == OWN_PUBLISHER
    assert not any("第十八条" in p for p in rules.gate_problems(services.gate_facts(ours)))
    assert "2025-09-10" in client.get(f"{ADMIN}self-check/").content.decode()


def test_another_publishers_version_answers_404_and_nothing_changes(client, login, versions):
    _, theirs = versions
    login("gatekeeper")
    response = client.post(f"{ADMIN}self-check/{theirs.pk}/", {"self_check_on": "2025-09-10", "self_check_note": SELF_CHECK_NOTE})
    assert response.status_code == 404
    assert _checks(theirs).self_check_on is None and _checks(theirs).self_check_note == ""
    assert not _self_check_logs(theirs).exists()


def test_the_service_refuses_anyone_but_the_publishers_gatekeeper(versions, review_world):
    ours, theirs = versions
    for user in (review_world.author_user, review_world.gatekeeper):  # an author; another publisher's body
        with pytest.raises(ValidationError, match="第十八条：只有该稿件出版单位的政治把关机构"):
            services.record_self_check(ours, user, datetime.date(2025, 9, 10), SELF_CHECK_NOTE)
    assert _checks(ours).self_check_on is None
    services.record_self_check(theirs, review_world.gatekeeper, datetime.date(2025, 9, 10), SELF_CHECK_NOTE)
    assert _checks(theirs).self_check_on == datetime.date(2025, 9, 10)


def test_an_author_cannot_record_the_self_check_by_a_forged_post(client, versions, review_world):
    ours, _ = versions
    ct = ContentType.objects.get_for_model(ours).pk
    client.force_login(review_world.author_user)
    assert 'name="self_check_on"' not in client.get(f"{ADMIN}submit/").content.decode()
    forged = {"authors_announced_on": "2025-09-02", "self_check_on": "2025-09-10", "self_check_note": "作者自行填写的自查结论"}
    assert client.post(f"{ADMIN}submit/{ct}/{ours.pk}/checks/", forged).status_code == 302
    checks = _checks(ours)
    assert checks.authors_announced_on == datetime.date(2025, 9, 2)  # the author's own gate is recorded
    assert checks.self_check_on is None and checks.self_check_note == ""
    # The gatekeeper's page and action are not the author's role.
    assert f"{ADMIN}self-check/" not in client.get("/admin/").content.decode()
    assert client.get(f"{ADMIN}self-check/").status_code in (302, 403)  # Wagtail redirects a refusal
    assert client.post(f"{ADMIN}self-check/{ours.pk}/", forged).status_code in (302, 403)
    assert _checks(ours).self_check_on is None
    with pytest.raises(TypeError):
        services.record_checks(ours, review_world.author_user, self_check_on=datetime.date(2025, 9, 10))


def test_submission_is_refused_without_the_self_check_and_allowed_after(client, login, versions, review_world):
    ours, _ = versions
    ct = ContentType.objects.get_for_model(ours).pk
    client.force_login(review_world.author_user)
    response = client.post(f"{ADMIN}submit/{ct}/{ours.pk}/submit/")
    assert any("第十八条：出版单位政治把关机构须在正式送审前完成专题自查" in m for m in _messages(response, "error"))
    assert services.submission_for(ours) is None

    login("gatekeeper")
    client.post(f"{ADMIN}self-check/{ours.pk}/", {"self_check_on": "2025-09-10", "self_check_note": SELF_CHECK_NOTE})
    client.force_login(review_world.author_user)
    response = client.post(f"{ADMIN}submit/{ct}/{ours.pk}/submit/")
    submission = services.submission_for(ours)
    assert submission is not None and response["Location"] == f"{ADMIN}{submission.pk}/"

    # Once submitted, the version leaves the gatekeeper's list and a late self-check is refused.
    login("gatekeeper")
    assert ours.review_title() not in client.get(f"{ADMIN}self-check/").content.decode()
    assert client.post(f"{ADMIN}self-check/{ours.pk}/", {"self_check_on": "2025-09-11", "self_check_note": "补查"}).status_code == 404
    with pytest.raises(ValidationError, match="正式送审前"):
        services.record_self_check(ours, None, datetime.date(2025, 9, 11), "补查")
    assert _checks(ours).self_check_on == datetime.date(2025, 9, 10)


@pytest.mark.parametrize(
    "checked_on, note, message",
    [
        (None, SELF_CHECK_NOTE, "请填写专题自查日期"),
        ("tomorrow", SELF_CHECK_NOTE, "不能晚于今天"),
        (datetime.date(2025, 9, 10), "  ", "请填写专题自查结论"),
    ],
)
def test_a_self_check_needs_a_past_date_and_a_conclusion(client, login, versions, checked_on, note, message):
    from django.utils import timezone

    ours, _ = versions
    if checked_on == "tomorrow":
        checked_on = timezone.localdate() + datetime.timedelta(days=1)
    gatekeeper = login("gatekeeper")
    with pytest.raises(ValidationError, match=message):
        services.record_self_check(ours, gatekeeper, checked_on, note)
    assert _checks(ours).self_check_on is None and not _self_check_logs(ours).exists()
