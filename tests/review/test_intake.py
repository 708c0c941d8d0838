"""Intake (受理): the unit proposes its content facts, the organiser confirms or corrects them
(logged, with a reason) and routing follows the confirmed facts (SPEC R9, R10; Art. 4, 18, 21, 22)."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

from review import services
from review.models import Stage
from tests.review.conftest import clear_and_confirm
from textbooks.models import VersionStatus

pytestmark = pytest.mark.django_db
ADMIN = "/admin/review/"


def submitted(world, title, filing=False, **kwargs):
    version = world.textbook_version(title, **kwargs)
    world.gates(version, filing=filing)
    return services.submit(version, world.author_user)


def test_no_draw_or_release_before_the_organiser_confirmed_the_content_facts_art_18(review_world):
    world = review_world
    world.small_pool()
    submission = submitted(world, "数控车床编程与操作")
    for call in (lambda: services.draw_panel(submission, world.organiser), lambda: services.release(submission, world.organiser)):
        with pytest.raises(ValidationError, match="须先受理并确认内容属性"):
            call()
    assert not submission.current_round.assignments.exists()
    services.confirm_intake(submission, world.organiser, submission.proposed_flags)
    assert len(services.draw_panel(submission, world.organiser)) == 3


def test_r10_catches_a_provincial_title_on_ethnicity_and_religion_the_unit_left_unticked(client, review_world):
    """《民族宗教政策与职业道德》 was proposed with no sensitive topic; the title suggests two, the
    organiser confirms them, and R10 (Art. 4, 36(5)) refuses the item at intake."""
    world = review_world
    submission = submitted(world, "民族宗教政策与职业道德", planning_level="provincial", province="重庆市")
    assert not any(submission.proposed_flags.values())
    suggestion = services.intake_suggestion(submission)
    assert suggestion["ethnicity"] and suggestion["religion"] and not suggestion["security"]
    client.force_login(world.organiser)
    # Confirming the suggestion departs from the unit's proposal: a reason is required first.
    with pytest.raises(ValidationError, match="须填写理由"):
        services.confirm_intake(submission, world.organiser, suggestion)
    submission.refresh_from_db()
    assert submission.intake_at is None and submission.stage == Stage.PREPARING
    services.confirm_intake(submission, world.organiser, suggestion, "书名及目录涉及民族宗教政策，按涉及民族、宗教内容确认。")
    submission.refresh_from_db()
    assert submission.stage == Stage.FAILED and submission.decision_comment.startswith("R10（第四条、第三十六条第（五）项）")
    assert submission.item.status == VersionStatus.REJECTED
    entry = ModelLogEntry.objects.get(action="review.intake", object_id=str(submission.pk))
    assert entry.data["proposed"]["religion"] is False and entry.data["confirmed"]["religion"] is True
    assert "民族宗教政策" in entry.data["reason"]


def test_the_organiser_corrects_a_misleading_title_hint_with_a_reason_and_review_goes_on(review_world):
    world = review_world
    world.small_pool()
    submission = submitted(world, "民族乐器制作工艺", planning_level="provincial", province="重庆市")
    assert services.intake_suggestion(submission)["ethnicity"]
    services.confirm_intake(submission, world.organiser, submission.proposed_flags)  # same as proposed: no reason needed
    submission.refresh_from_db()
    assert submission.stage == Stage.PREPARING and not submission.ideologically_strong
    assert len(services.draw_panel(submission, world.organiser)) == 3


def test_routing_follows_the_confirmed_practical_skills_fact_not_the_units_tick_art_22(review_world):
    world = review_world
    world.small_pool()
    submission = submitted(world, "电工职业技能培训", category="vocational_training", practical=True, planning_level="non_planned")
    assert submission.proposed_flags["practical_skills"]
    corrected = {**submission.proposed_flags, "practical_skills": False}
    with pytest.raises(ValidationError, match="实用技能类（第二十二条）"):
        services.confirm_intake(submission, world.organiser, corrected, "  ")
    services.confirm_intake(submission, world.organiser, corrected, "内容为完整的电工理论与实训体系，不属于实用技能类，按常规流程审核。")
    submission.refresh_from_db()
    assert not submission.practical_skills
    assert len(services.draw_panel(submission, world.organiser)) == 3  # the standard route's panel
    with pytest.raises(ValidationError, match="已受理"):
        services.confirm_intake(submission, world.organiser, submission.proposed_flags)


def test_a_confirmed_major_topic_needs_its_filing_before_release_r9(review_world):
    world = review_world
    world.small_pool()
    submission = submitted(world, "数控车床编程与操作")
    flags = {**submission.proposed_flags, "major_topic": True}
    services.confirm_intake(submission, world.organiser, flags, "涉及重大选题目录所列内容，须备案。")
    for copy in submission.current_round.copies.filter(cleared_at=None):
        clear_and_confirm(copy, world.organiser, ["Zhang Sanfeng"])
    services.draw_panel(submission, world.organiser)
    with pytest.raises(ValidationError, match="R9"):
        services.release(submission, world.organiser)
    submission.refresh_from_db()
    assert submission.stage == Stage.PREPARING


def test_the_organiser_confirms_through_the_admin_page_and_a_unit_cannot(client, review_world):
    world = review_world
    submission = submitted(world, "民族宗教政策与职业道德", planning_level="provincial", province="重庆市")
    client.force_login(world.author_user)
    response = client.post(f"{ADMIN}{submission.pk}/intake/", {"ethnicity": "on", "reason": "单位自行确认"})
    assert response.status_code == 403 or response.get("Location") == "/admin/"
    submission.refresh_from_db()
    assert submission.intake_at is None


def test_national_items_go_to_the_national_political_review_never_the_units_province_art_18(review_world, django_user_model):
    from directory.models import Organisation, Person
    from textbooks import services as textbook_services
    from textbooks.models import CompilingUnitProfile

    world = review_world
    CompilingUnitProfile.objects.filter(organisation=world.unit).update(unified_route_authorised=True)
    textbook_services.verify_unit_qualification(CompilingUnitProfile.objects.get(organisation=world.unit), None)
    world.unit = type(world.unit).objects.get(pk=world.unit.pk)
    submission = submitted(world, "思想政治（统编）", category="unified", filing=True)
    services.confirm_intake(submission, world.organiser, submission.proposed_flags)
    submission.refresh_from_db()
    assert submission.ideologically_strong and submission.unit_province == "重庆市"

    def reviewer_of(organisation_name):
        user = django_user_model.objects.create_user(f"political-{Organisation.objects.get(name=organisation_name).pk}")
        Person.objects.create(name=f"{organisation_name[:4]}审读员", employer=Organisation.objects.get(name=organisation_name), user=user)
        return user

    chongqing = reviewer_of("中共重庆市委宣传部")
    national = reviewer_of("全国技工院校教材政治审核组（人力资源社会保障部组织）")
    assert not services.political_queue(chongqing).filter(pk=submission.pk).exists()
    assert services.political_queue(national).filter(pk=submission.pk).exists()


def test_each_organiser_sets_its_own_practical_skills_procedure_and_the_route_uses_it_art_22(client, review_world):
    import datetime

    from django.utils import timezone

    from directory.models import Organisation

    world = review_world
    world.small_pool()
    chongqing = Organisation.objects.get(name="重庆市人力资源和社会保障局")
    national = Organisation.objects.get(name="人力资源社会保障部")
    for refused in ({"panel_size": 1, "min_categories": 2, "review_days": 7}, {"panel_size": 2, "min_categories": 2, "review_days": 30}):
        with pytest.raises(ValidationError, match="第二十二条"):
            services.set_review_procedure(chongqing, world.organiser, **refused)
    services.set_review_procedure(national, world.organiser, panel_size=3, min_categories=3, review_days=14)
    services.set_review_procedure(chongqing, None, panel_size=2, min_categories=2, review_days=7)
    submission = submitted(world, "电工职业技能培训", category="vocational_training", practical=True, planning_level="non_planned")
    assert submission.organiser == chongqing
    services.confirm_intake(submission, world.organiser, submission.proposed_flags)
    route = services.route_of(submission)
    assert (route.panel_size, route.review_days) == (2, 7) and "重庆市人力资源和社会保障局制定" in route.label
    for copy in submission.current_round.copies.filter(cleared_at=None):
        clear_and_confirm(copy, world.organiser, ["Zhang Sanfeng"])
    assert len(services.draw_panel(submission, world.organiser)) == 2
    services.release(submission, world.organiser)
    submission.refresh_from_db()
    assert submission.current_round.deadline == timezone.localdate() + datetime.timedelta(days=7)


def test_the_procedure_page_is_the_organisers_own_and_refused_to_a_unit(client, review_world):
    from review.models import ReviewProcedure

    world = review_world
    client.force_login(world.organiser)
    page = client.get("/admin/review/procedure/")
    assert page.status_code == 200 and "第二十二条" in page.content.decode()
    client.post("/admin/review/procedure/", {"panel_size": "2", "min_categories": "2", "review_days": "12"})
    procedure = ReviewProcedure.objects.get()
    assert procedure.organiser.name == "人力资源社会保障部" and procedure.review_days == 12
    client.force_login(world.author_user)
    refused = client.post("/admin/review/procedure/", {"panel_size": "2", "min_categories": "2", "review_days": "1"})
    assert refused.status_code == 403 or refused.get("Location") == "/admin/"
    procedure.refresh_from_db()
    assert procedure.review_days == 12


def test_trial_reading_and_use_are_recorded_before_submission_where_the_organiser_requires_it_art_16(review_world):
    import datetime

    from textbooks.models import TrialKind, TrialRecord

    world = review_world
    version = world.textbook_version()
    world.gates(version)
    services.set_review_procedure(
        services.organiser_for(version), None, panel_size=2, min_categories=2, review_days=10, trial_records_required=True
    )
    with pytest.raises(ValidationError, match="第十六条：审核组织单位要求送审前完成审读"):
        services.submit(version, world.author_user)
    reading = TrialRecord.objects.create(
        version=version, kind=TrialKind.READING, participant="王海涛", participant_role="一线任课教师，重庆市渝北职业技术学校",
        held_on=datetime.date(2026, 2, 10), opinion="第三章对刀示例与 FANUC 0i-TF 系统界面不一致。",
    )
    TrialRecord.objects.create(
        version=version, kind=TrialKind.USE, participant="数控专业 2025 级 1 班", participant_role="试用班级，重庆市工业技师学院",
        held_on=datetime.date(2026, 3, 20), opinion="学习任务 2 学时偏紧。", unit_response="学习任务 2 增加 4 学时综合训练。",
    )
    with pytest.raises(ValidationError, match="有 1 条审读或试用意见尚未登记编写单位的处理"):
        services.submit(version, world.author_user)
    assert services.submission_for(version) is None
    reading.unit_response = "已按系统界面重新截图并修改第三章。"
    reading.save()
    assert services.submit(version, world.author_user).stage == Stage.PREPARING


def test_without_the_requirement_a_textbook_is_submitted_without_trial_records_art_16(review_world):
    world = review_world
    version = world.textbook_version()
    world.gates(version)
    assert services.submit(version, world.author_user).stage == Stage.PREPARING
