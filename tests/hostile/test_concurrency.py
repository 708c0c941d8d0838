"""Double submits: two clicks on the same button, two people doing the same thing at once.

Each case runs twice: "one after the other" (the second click reaches a world the first one
changed; runs everywhere) and "at once" (two threads with their own database connections start
together; marked postgres, since SQLite serialises writers). Either way exactly one succeeds,
the other gets a clear Chinese refusal, and no row or audit entry is duplicated.
"""

import datetime
import threading

import pytest
from django.db import connection
from django.urls import reverse

from tests.hostile.conftest import assert_chinese, client_for, flash_errors, panel_logins, refusal_messages
from tests.review.conftest import opinion_data
from tests.selection.test_flow import chosen_round

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MODES = ["one after the other", pytest.param("at once", marks=pytest.mark.postgres)]


def twice(mode, *calls):
    """Run ``calls`` (two of them) one after the other or together in threads; their results."""
    if mode == "one after the other":
        return [call() for call in calls]
    results = [None] * len(calls)
    start = threading.Barrier(len(calls))

    def run(index, call):
        try:
            start.wait()
            results[index] = call()
        except BaseException as error:  # noqa: BLE001 - reported to the test below
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results


def posted(client, url, data=None):
    def call():
        response = client.post(url, data or {})
        return response.status_code, refusal_messages(response)

    return call


def form_posted(client, url, data):
    """A create form posted: saved (a redirect), or shown again with its refusal."""

    def call():
        response = client.post(url, data)
        if response.status_code == 302:
            return 302, []
        return 200, [str(e) for e in response.context["form"].non_field_errors()] or ["（表单未通过）"]

    return call


def one_succeeded(results, hostile, category):
    """Exactly one post went through; the other was refused with a Chinese message (or 404)."""
    ok = [r for r in results if r[0] == 302 and not r[1]]
    refused = [r for r in results if r not in ok]
    assert len(ok) == 1 and len(refused) == 1, results
    status, errors = refused[0]
    assert status == 404 or (errors and all(assert_chinese(e) for e in errors)), refused
    hostile(category, n=1, refused=False)
    hostile(category, n=1)
    return errors


def log_entries(action):
    from wagtail.models import ModelLogEntry

    return ModelLogEntry.objects.filter(action=action).count()


# --------------------------------------------------------------------------------- review


@pytest.fixture
def in_review(review_world):
    review_world.small_pool()
    submission = review_world.into_review(review_world.textbook_version())
    return review_world, submission, panel_logins(submission)


@pytest.mark.parametrize("mode", MODES)
def test_two_clicks_on_submit_opinion_make_one_opinion(hostile, in_review, mode):
    from review import services
    from review.models import Opinion

    world, submission, panel = in_review
    mine = next(a for a in panel if a.expert_id == world.reviewer_expert.pk)
    services.declare(mine, world.reviewer, True)
    url = f"/review-workspace/a/{mine.pk}/opinion/"
    errors = one_succeeded(
        twice(mode, posted(client_for(world.reviewer), url, opinion_data()), posted(client_for(world.reviewer), url, opinion_data())),
        hostile, "double submit: two clicks on 提交评审意见",
    )
    assert "每位专家只提交一次意见" in errors[0]
    assert Opinion.objects.filter(assignment=mine).count() == 1 and log_entries("review.opinion") == 1


@pytest.mark.parametrize("mode", MODES)
def test_two_clicks_on_submit_for_review_make_one_submission(hostile, review_world, mode):
    from django.contrib.contenttypes.models import ContentType

    from review.models import ReviewRound, Submission

    version = review_world.textbook_version()
    review_world.gates(version)
    url = f"/admin/review/submit/{ContentType.objects.get_for_model(version).pk}/{version.pk}/submit/"
    author = review_world.author_user
    results = twice(mode, posted(client_for(author), url), posted(client_for(author), url))
    errors = one_succeeded(results, hostile, "double submit: two clicks on 送审")
    assert not errors or "该稿件已送审，不能重复送审。" in errors[0]
    assert Submission.objects.count() == 1 and ReviewRound.objects.count() == 1 and log_entries("review.submit") == 1


@pytest.mark.parametrize("mode", MODES)
def test_two_organisers_filling_the_last_panel_slot_draw_one_expert(hostile, in_review, mode):
    """After a declared conflict (R2) one slot is open; two redraws at once fill it once."""
    from review import services
    from review.models import AssignmentStatus, Expert

    world, submission, panel = in_review
    spare = Expert.objects.filter(category="research").exclude(person__employer=world.unit).exclude(
        pk__in=[a.expert_id for a in panel]
    )[:2]
    Expert.objects.filter(pk__in=[e.pk for e in spare]).update(active=True)
    services.declare(next(iter(panel)), None, False, "曾参与该书编写讨论")
    url = f"/admin/review/{submission.pk}/draw/"
    reason = {"reason": "专家1声明曾参与该书编写讨论，回避后补抽"}  # R5: a redraw gives its reason
    twice(mode, posted(client_for(world.organiser), url, reason), posted(client_for(world.organiser), url, reason))
    active = list(submission.current_round.assignments.exclude(status=AssignmentStatus.CONFLICT).values_list("expert_id", flat=True))
    assert len(active) == 3 and len(set(active)) == 3  # the panel is full once, nobody twice
    assert submission.current_round.assignments.count() == 4  # three active and the recused one
    hostile("double submit: two redraws of the last panel slot", n=2, refused=False)


@pytest.mark.parametrize("mode", MODES)
def test_two_decisions_at_once_make_one_decision(hostile, in_review, mode):
    from review import services
    from tests.review.conftest import all_review

    world, submission, panel = in_review
    all_review(submission)
    services.close_round(submission, world.organiser)
    url = f"/admin/review/{submission.pk}/decide/"
    organiser = world.organiser
    errors = one_succeeded(
        twice(mode, posted(client_for(organiser), url, {"decision": "pass"}), posted(client_for(organiser), url, {"decision": "revise"})),
        hostile, "double submit: two decisions on one round",
    )
    assert "第十八条（凡编必审）：送审稿当前处于" in errors[0]
    assert log_entries("review.decide_pass") + log_entries("review.decide_revise") == 1


# ------------------------------------------------------------------------------ selection


@pytest.fixture
def committee(sworld):
    from cms import roles

    sworld.user.groups.add(roles.role_group(roles.SELECTION_COMMITTEE))
    sworld.hrss.groups.add(roles.role_group(roles.HRSS_ADMIN))
    return sworld


def workspace(selection_round):
    return reverse("selection_rounds:workspace", args=[selection_round.pk])


def resolved_round(sworld, textbooks):
    from selection import services

    selection_round = chosen_round(sworld, textbooks)
    services.publish_notice(selection_round, sworld.user, start=datetime.date(2026, 8, 31))
    services.close_notice(selection_round, sworld.user, today=datetime.date(2026, 9, 7))
    return selection_round


@pytest.mark.parametrize("mode", MODES)
def test_two_clicks_on_finalise_and_on_file_finalise_and_file_once(hostile, committee, textbooks, mode):
    from selection.models import RoundStatus, SchoolFiling

    selection_round = resolved_round(committee, textbooks)
    url, user = workspace(selection_round), committee.user
    for action, category in (("finalise", "double submit: two clicks on 确定选用结果"), ("file", "double submit: two clicks on 备案")):
        errors = one_succeeded(
            twice(mode, posted(client_for(user), url, {"action": action}), posted(client_for(user), url, {"action": action})),
            hostile, category,
        )
        assert errors[0].startswith("当前状态为“")
    selection_round.refresh_from_db()
    assert selection_round.status == RoundStatus.FILED and SchoolFiling.objects.count() == 1
    assert log_entries("selection.round.finalise") == 1 and log_entries("selection.round.file") == 1


@pytest.mark.parametrize("mode", MODES)
def test_two_clicks_on_resolve_record_one_resolution(hostile, committee, textbooks, mode):
    from selection import services

    selection_round = chosen_round(committee, textbooks)
    services.publish_notice(selection_round, committee.user)
    objection = services.raise_objection(selection_round, kind="general", content="难度偏高", raised_by="家长", contact="13800001234")
    url, user = workspace(selection_round), committee.user
    data = {"action": "resolve", "objection": objection.pk, "resolution": "经委员会复议，维持选用。"}
    errors = one_succeeded(twice(mode, posted(client_for(user), url, data), posted(client_for(user), url, data)),
                           hostile, "double submit: two clicks on 处理异议")
    assert "该异议已处理。" in errors[0]
    assert log_entries("selection.objection.resolve") == 1


@pytest.mark.parametrize("mode", MODES)
def test_two_clicks_on_new_round_create_one_round(hostile, committee, mode):
    from selection.models import SelectionRound

    url = reverse("selection_rounds:add")
    data = {"school": committee.school.pk, "school_year": 2027, "semester": 1, "major": committee.major.pk, "level": committee.level.pk}

    user = committee.user
    errors = one_succeeded(twice(mode, form_posted(client_for(user), url, data), form_posted(client_for(user), url, data)),
                           hostile, "double submit: two clicks on 新建选用")
    assert "已存在" in errors[0] or "已经存在" in errors[0]  # the service's refusal or the form's unique check
    assert SelectionRound.objects.filter(school_year=2027).count() == 1 and log_entries("selection.round.create") == 1


@pytest.mark.parametrize("mode", MODES)
def test_two_supervisors_stopping_one_textbook_issue_one_order(hostile, committee, textbooks, mode):
    from selection.models import StopUseNotice, StopUseOrder

    chosen_round(committee, textbooks)
    version = textbooks["turning_library"]
    url = reverse("selection_stop_use:add")
    data = {"version": version.pk, "reason": StopUseOrder._meta.get_field("reason").choices[0][0], "detail": "内容存在科学性错误"}

    hrss = committee.hrss
    errors = one_succeeded(twice(mode, form_posted(client_for(hrss), url, data), form_posted(client_for(hrss), url, data)),
                           hostile, "double submit: two supervisors issuing one stop-use order")
    assert "已有生效的停用通知" in errors[0]
    assert StopUseOrder.objects.filter(version=version).count() == 1 and StopUseNotice.objects.count() == 1
    assert log_entries("selection.stop_use.issue") == 1


# ----------------------------------------------------------------------------- curriculum


@pytest.mark.parametrize("mode", MODES)
def test_two_clicks_on_confirm_import_save_one_standard(hostile, demo_world, django_user_model, mode):
    from curriculum.models import CourseStandard
    from directory.models import Organisation
    from tests.hostile.test_documents import IMPORT_URL, course_standard_docx, mapping_as_offered

    from django.core.files.uploadedfile import SimpleUploadedFile

    author = client_for(django_user_model.objects.get(username="author"))
    unit = Organisation.objects.get(name="重庆市工业技师学院")
    preview = author.post(IMPORT_URL, {"file": SimpleUploadedFile("课程标准.docx", course_standard_docx()), "compiling_unit": unit.pk})
    token = preview.context["token"]
    choices = mapping_as_offered(preview)
    second = client_for(django_user_model.objects.get(username="author"))
    second.cookies = author.cookies  # the same browser: one session, one preview, two clicks

    def confirm(client):
        def call():
            response = client.post(IMPORT_URL, {"token": token, **choices})
            if response.status_code == 302:
                return (302, []) if "/edit/" in response["Location"] else (302, flash_errors(response) or ["（未导入）"])
            # The click that lost the race sees the preview again, saying why nothing was imported.
            return (response.status_code, list(response.context["problems"]) or ["（未导入）"])

        return call

    errors = one_succeeded(twice(mode, confirm(author), confirm(second)), hostile, "double submit: two clicks on 保存为草稿")
    assert_chinese(errors[0])
    standard = CourseStandard.objects.get()
    assert standard.revisions.count() == 1 and log_entries("curriculum.standard.import") == 1
