"""The pipeline end to end through the admin and the reviewer workspace, and the rules that need
the database (R1, R2, R5 override log, R6, R9, political review, illegal transitions)."""

import datetime
import io
import zipfile

import docx
import pytest
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail.models import ModelLogEntry

from review import anonymise, services
from review.models import AssignmentStatus, Expert, Stage, Submission
from tests.review import hostile_files as hf
from tests.review.conftest import SELF_CHECK_NOTE, all_review, clear_and_confirm, mask_everything, opinion_data

ADMIN = "/admin/review/"


def _post_ok(client, url, data=None):
    response = client.post(url, data or {})
    assert response.status_code == 302, response.content[:500]
    errors = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "error"]
    assert not errors, (url, errors)
    return response


def through_admin(client, world, item, *, with_publisher=True):
    """The publisher's gatekeeper self-checks, the author submits in the admin; organiser clears,
    draws, releases; the demo reviewer reviews in the workspace (the other experts through the
    services); organiser closes, decides, approves."""
    from textbooks import services as textbook_services
    from textbooks.models import TextbookVersion

    ct = ContentType.objects.get_for_model(item).pk
    if isinstance(item, TextbookVersion):  # the test team has no enterprise member (Art. 15)
        textbook_services.relax_team_requirement(item, None, kind="structure", reason="企业专家参与了审读。")
    if with_publisher:
        client.force_login(world.gatekeeper)
        assert item.review_title() in client.get(f"{ADMIN}self-check/").content.decode()
        _post_ok(client, f"{ADMIN}self-check/{item.pk}/", {"self_check_on": "2025-09-10", "self_check_note": SELF_CHECK_NOTE})
    client.force_login(world.author_user)
    assert item.review_title() in client.get(f"{ADMIN}submit/").content.decode()
    _post_ok(client, f"{ADMIN}submit/{ct}/{item.pk}/checks/", {"authors_announced_on": "2025-09-01"})
    _post_ok(client, f"{ADMIN}submit/{ct}/{item.pk}/submit/")
    submission = services.submission_for(item)
    assert submission is not None and submission.stage == Stage.PREPARING

    client.force_login(world.organiser)
    page = client.get(f"{ADMIN}{submission.pk}/").content.decode()
    assert "遮盖清单" in page
    for copy in submission.current_round.copies.filter(cleared_at=None):
        decisions = {f"decision-{i}": action for i, (action, _) in mask_everything(copy).items()}
        reasons = {f"reason-{i}": reason for i, (_, reason) in mask_everything(copy).items()}
        _post_ok(client, f"{ADMIN}{submission.pk}/resolve/", {"copy": copy.pk, "extra": hf.NAME_LATIN, **decisions, **reasons})
        preview = client.get(f"{ADMIN}{submission.pk}/copies/{copy.pk}/preview/").content.decode()
        assert "评审专家将收到以上内容" in preview
        _post_ok(client, f"{ADMIN}{submission.pk}/confirm/", {"copy": copy.pk})
    assert not submission.current_round.copies.filter(cleared_at=None).exists()
    assert "受理：内容属性" in client.get(f"{ADMIN}{submission.pk}/").content.decode()
    _post_ok(client, f"{ADMIN}{submission.pk}/intake/", {})  # the unit's proposal confirmed as it stands
    _post_ok(client, f"{ADMIN}{submission.pk}/draw/")
    _post_ok(client, f"{ADMIN}{submission.pk}/release/")
    submission.refresh_from_db()
    assert submission.stage == Stage.IN_REVIEW

    client.force_login(world.reviewer)
    mine = submission.current_round.assignments.get(expert=world.reviewer_expert)
    _post_ok(client, f"/review-workspace/a/{mine.pk}/declare/", {"no_conflict": "1"})
    _post_ok(client, f"/review-workspace/a/{mine.pk}/opinion/", opinion_data())
    all_review(submission)

    client.force_login(world.organiser)
    _post_ok(client, f"{ADMIN}{submission.pk}/close_round/")
    _post_ok(client, f"{ADMIN}{submission.pk}/decide/", {"decision": "pass", "comment": "同意通过。"})
    submission.refresh_from_db()
    assert submission.stage == Stage.PASSED
    _post_ok(client, f"{ADMIN}{submission.pk}/approve/")
    submission.refresh_from_db()
    assert submission.stage == Stage.APPROVED
    return submission


def test_a_textbook_goes_from_submission_to_the_catalogue(client, review_world):
    from textbooks.models import CatalogueEntry, VersionStatus

    world = review_world
    world.small_pool()
    version = world.textbook_version()
    submission = through_admin(client, world, version)
    version.refresh_from_db()
    assert version.status == VersionStatus.APPROVED and version.is_frozen
    assert CatalogueEntry.objects.filter(version=version).exists()
    assert submission.organiser.is_national  # Art. 18: national planned → MOHRSS

    # The author sees the outcome and the opinions, anonymised, and a letter naming no reviewer.
    client.force_login(world.author_user)
    page = client.get(f"{ADMIN}{submission.pk}/").content.decode()
    assert "专家一" in page and "政治方向正确" in page
    reviewer_names = [a.expert.person.name for a in submission.current_round.assignments.select_related("expert__person")]
    assert not any(name in page for name in reviewer_names)
    letter = client.get(f"{ADMIN}{submission.pk}/letter/")
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(letter.content)).paragraphs)
    assert "审核结论：通过" in text
    with zipfile.ZipFile(io.BytesIO(letter.content)) as archive:
        parts = b"".join(archive.read(n) for n in archive.namelist()).decode("utf-8", "replace")
    assert not any(name in parts for name in reviewer_names)
    author_mail = [m for m in mail.outbox if hf.EMAIL in m.to]
    assert author_mail and not any(name in author_mail[-1].body for name in reviewer_names)

    client.force_login(world.organiser)
    assert submission.code in client.get(ADMIN).content.decode()


def test_r7_r8_hold_for_what_the_pipeline_approved(client, review_world):
    """R7 (Art. 14) and R8 (Art. 13) are the textbooks app's rules; the pipeline's approval is
    what makes R7 bite, so check them on a version approved through review."""
    from textbooks import services as textbook_services

    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    all_review(submission)
    services.close_round(submission, world.organiser)
    services.decide(submission, world.organiser, "pass")
    services.approve(submission, world.organiser)
    version = submission.item
    version.refresh_from_db()
    version.chief_editor = world.member
    with pytest.raises(ValidationError, match="R7"):
        textbook_services.save_version(version, None)
    with pytest.raises(ValidationError, match="R8"):
        world.textbook_version("数控车床编程与操作（另一版本）")  # same course, same chief editor


def _standard_in_review(world):
    from curriculum import services as curriculum_services
    from curriculum.demo import build_document
    from curriculum.models import AuthorRole, CourseStandard, Major, StandardAuthorship

    major = Major.objects.get(code="0103")
    standard = CourseStandard(compiling_unit=world.unit)
    standard.apply_document(build_document(major, "intermediate"))
    standard.live = False
    standard.save()
    standard.authorships.add(StandardAuthorship(person=world.chief, role=AuthorRole.CHIEF_EDITOR, sort_order=0))
    standard.authorships.add(StandardAuthorship(person=world.member, role=AuthorRole.AUTHOR, sort_order=1))
    curriculum_services.save_draft(standard, None)
    return curriculum_services.submit_for_review(standard, None)


def test_a_course_standard_goes_from_submission_to_publication(client, review_world):
    from curriculum.models import VersionStatus

    world = review_world
    world.small_pool()
    version = _standard_in_review(world)
    through_admin(client, world, version, with_publisher=False)
    version.refresh_from_db()
    assert version.status == VersionStatus.PUBLISHED


def _submitted(world, **kwargs):
    """Submitted and accepted at intake with the unit's proposal as it stands."""
    version = world.textbook_version(**kwargs)
    world.gates(version)
    submission = services.submit(version, world.author_user)
    return services.confirm_intake(submission, world.organiser, submission.proposed_flags)


def test_r1_compiling_unit_staff_are_listed_as_excluded_and_never_drawn(client, review_world):
    from directory.models import Person, TitleLevel
    from review.models import ExpertCategory

    world = review_world
    colleague = Person.objects.create(
        name="同校专家甲", employer=world.unit, title_level=TitleLevel.SENIOR, party_org_approved=True
    )
    expert = Expert.objects.create(person=colleague, category=ExpertCategory.TEACHER)
    submission = _submitted(world)
    row = next(r for r in services.exclusion_table(submission) if r["expert"] == expert)
    assert not row["eligible"] and row["exclusions"][0].rule.startswith("R1")
    with pytest.raises(ValidationError, match="R1"):
        services.override_exclusion(submission, expert, world.organiser, "急需")
    client.force_login(world.organiser)
    page = client.get(f"{ADMIN}{submission.pk}/").content.decode()
    assert "同校专家甲" in page and "所在单位为该送审稿的编写单位（编审分离）" in page
    for n in range(8):
        drawn = services.draw_panel(submission, world.organiser)
        assert expert.pk not in {a.expert_id for a in drawn}
        submission.current_round.assignments.all().delete()


def test_r2_an_override_needs_a_reason_and_is_logged(review_world):
    from directory.models import Person, TitleLevel
    from review.models import ExpertCategory

    world = review_world
    world.small_pool()
    publisher_staff = Person.objects.create(
        name="出版社审读专家", employer=world.publisher, title_level=TitleLevel.SENIOR, party_org_approved=True
    )
    expert = Expert.objects.create(person=publisher_staff, category=ExpertCategory.RESEARCH)
    submission = _submitted(world)
    with pytest.raises(ValidationError, match="理由"):
        services.override_exclusion(submission, expert, world.organiser, "")
    services.override_exclusion(submission, expert, world.organiser, "该专家已退休，不再参与出版工作")
    entry = ModelLogEntry.objects.get(action="review.override", object_id=str(submission.pk))
    assert entry.data["reason"] == "该专家已退休，不再参与出版工作" and entry.user == world.organiser
    row = next(r for r in services.exclusion_table(submission) if r["expert"] == expert)
    assert row["eligible"] and row["overridden"]


def test_r2_a_declared_conflict_removes_the_reviewer_and_a_redraw_fills_the_gap(client, review_world):
    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    spare = Expert.objects.filter(category="research", person__title_level__in=["senior", "associate_senior"]).exclude(
        person__employer=world.unit
    )[:2]
    Expert.objects.filter(pk__in=[e.pk for e in spare]).update(active=True)
    client.force_login(world.reviewer)
    mine = submission.current_round.assignments.get(expert=world.reviewer_expert)
    _post_ok(client, f"/review-workspace/a/{mine.pk}/declare/", {"no_conflict": "0", "note": "曾指导该书编写"})
    assert client.get(f"/review-workspace/a/{mine.pk}/").status_code == 404
    row = next(r for r in services.exclusion_table(submission) if r["expert"] == world.reviewer_expert)
    assert [e.message for e in row["exclusions"]] == ["R2（第十九条）：本人已声明存在利益冲突"]
    with pytest.raises(ValidationError, match="补抽专家须填写理由"):
        services.draw_panel(submission, world.organiser, reason="  ")
    services.draw_panel(submission, world.organiser, reason="专家声明曾指导该书编写，回避后补抽")
    active = submission.current_round.assignments.exclude(status=AssignmentStatus.CONFLICT)
    assert active.count() == 3 and world.reviewer_expert.pk not in active.values_list("expert_id", flat=True)


def test_r6_a_political_error_fails_and_replacements_must_come_first(review_world):
    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    first = submission.current_round.assignments.first()
    services.declare(first, None, True)
    with pytest.raises(ValidationError, match="R6"):
        services.submit_opinion(first, None, **opinion_data(political_error="found"))
    all_review(submission, texts_to_replace="第三章引用的选文导向不正确", recommendation="revise")
    services.close_round(submission, world.organiser)
    with pytest.raises(ValidationError, match="R6"):
        services.decide(submission, world.organiser, "pass")
    submission.refresh_from_db()
    assert submission.stage == Stage.ROUND_CLOSED and not submission.decision
    services.decide(submission, world.organiser, "revise", "更换选文后再审")
    submission.refresh_from_db()
    assert submission.stage == Stage.REVISION


def test_r6_political_error_only_allows_fail(review_world):
    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    all_review(submission, political_error="found", recommendation="fail")
    services.close_round(submission, world.organiser)
    with pytest.raises(ValidationError, match="R6"):
        services.decide(submission, world.organiser, "revise")
    services.decide(submission, world.organiser, "fail", "存在政治性错误")
    submission.refresh_from_db()
    assert submission.stage == Stage.FAILED
    # The failed textbook itself is recorded as not passed and can never be selected (S6).
    from textbooks.models import VersionStatus
    from textbooks.rules import is_selectable

    version = submission.item
    version.refresh_from_db()
    assert version.status == VersionStatus.REJECTED and not is_selectable(version)
    assert not version.approval_records.get().passed


def test_a_failed_course_standard_version_stays_unpublished_and_is_marked(review_world):
    from curriculum.models import VersionStatus

    world = review_world
    world.small_pool()
    version = _standard_in_review(world)
    world.gates(version)
    submission = world.into_review(version)
    all_review(submission, political_error="found", recommendation="fail")
    services.close_round(submission, world.organiser)
    services.decide(submission, world.organiser, "fail", "存在政治性错误")
    version.refresh_from_db()
    assert version.status == VersionStatus.REJECTED
    assert not version.standard.live


def test_a_course_standard_revised_after_revise_decision_is_what_the_next_round_reviews(review_world):
    """修改后通过 (Art. 21): the author's new revision, not the first one, goes to round 2 and is published."""
    from curriculum import services as curriculum_services
    from curriculum.models import CourseStandard, VersionStatus

    world = review_world
    world.small_pool()
    version = _standard_in_review(world)
    first_revision = version.revision_id
    world.gates(version)
    submission = world.into_review(version)
    all_review(submission, recommendation="revise")
    services.close_round(submission, world.organiser)
    services.decide(submission, world.organiser, "revise", "请补充实施条件。")

    standard = CourseStandard.objects.get(pk=version.standard_id)
    standard.implementation_advice = f"{standard.implementation_advice}\n按专家意见补充：校企共建实训基地不少于两个。"
    revised = curriculum_services.save_draft(standard, world.author_user)
    services.resubmit(submission, world.author_user, "已按专家意见补充实施条件。")

    version.refresh_from_db()
    submission.refresh_from_db()
    assert version.revision_id == revised.pk != first_revision
    assert submission.round_number == 2 and submission.submitted_fingerprint == f"revision:{revised.pk}"
    assert "校企共建实训基地不少于两个" in version.snapshot().implementation_advice
    copy = submission.current_round.copies.get()
    copy_text = "\n".join(p.text for p in docx.Document(copy.file.open("rb")).paragraphs)
    assert "校企共建实训基地不少于两个" in copy_text
    if copy.cleared_at is None:
        clear_and_confirm(copy, world.organiser, [hf.NAME_LATIN])
    services.release(submission, world.organiser)
    all_review(submission)
    services.close_round(submission, world.organiser)
    services.decide(submission, world.organiser, "pass")
    services.approve(submission, world.organiser)
    version.refresh_from_db()
    standard.refresh_from_db()
    assert version.status == VersionStatus.PUBLISHED and standard.live_revision_id == revised.pk
    assert "校企共建实训基地不少于两个" in standard.implementation_advice


def test_r9_major_topic_filing_before_review_and_political_review_art_18(client, review_world, django_user_model):
    from textbooks import services as textbook_services
    from textbooks.models import CompilingUnitProfile

    world = review_world
    world.small_pool()
    CompilingUnitProfile.objects.filter(organisation=world.unit).update(unified_route_authorised=True)
    textbook_services.verify_unit_qualification(CompilingUnitProfile.objects.get(organisation=world.unit), None)
    world.unit = type(world.unit).objects.get(pk=world.unit.pk)
    version = world.textbook_version("思想政治（统编）", category="unified")
    assert version.is_ideologically_strong()
    world.gates(version)
    with pytest.raises(ValidationError, match="R9"):
        services.submit(version, world.author_user)
    assert services.submission_for(version) is None
    submission = world.into_review(version, filing=True)
    all_review(submission)
    services.close_round(submission, world.organiser)
    services.decide(submission, world.organiser, "pass")
    submission.refresh_from_db()
    assert submission.stage == Stage.POLITICAL_REVIEW
    political = django_user_model.objects.get(username="political")
    client.force_login(political)
    assert submission.code in client.get("/review-workspace/political/").content.decode()
    _post_ok(client, f"/review-workspace/political/{submission.pk}/", {"passed": "1", "comment": "政治把关通过。"})
    submission.refresh_from_db()
    assert submission.stage == Stage.PASSED


def test_practical_skills_take_the_shorter_route(review_world):
    world = review_world
    world.small_pool()
    version = world.textbook_version("电工职业技能培训", category="vocational_training", practical=True, planning_level="non_planned")
    world.gates(version)
    submission = services.submit(version, world.author_user)
    assert submission.practical_skills and not submission.organiser.is_national  # competent department
    services.confirm_intake(submission, world.organiser, submission.proposed_flags)
    assert len(services.draw_panel(submission, world.organiser)) == 2


def test_illegal_and_forged_transitions_change_nothing(client, review_world):
    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    client.force_login(world.organiser)
    response = client.post(f"{ADMIN}{submission.pk}/approve/", follow=True)
    assert "不能批准入库" in response.content.decode()
    client.post(f"{ADMIN}{submission.pk}/decide/", {"decision": "pass"})
    submission.refresh_from_db()
    assert submission.stage == Stage.IN_REVIEW and not submission.decision
    assert client.post(f"{ADMIN}{submission.pk}/no_such_action/").status_code == 404
    client.force_login(world.author_user)  # an author forging the organiser's action
    assert client.post(f"{ADMIN}{submission.pk}/approve/").url == "/admin/"  # refused by Wagtail
    submission.refresh_from_db()
    assert submission.stage == Stage.IN_REVIEW


def test_another_departments_organiser_and_strangers_get_404(client, review_world, django_user_model):
    world = review_world
    submission = _submitted(world)
    client.force_login(django_user_model.objects.get(username="organiser_cq"))  # provincial, not MOHRSS
    assert client.get(f"{ADMIN}{submission.pk}/").status_code == 404
    assert submission.code not in client.get(ADMIN).content.decode()
    client.force_login(django_user_model.objects.get(username="author"))  # another unit's author
    assert client.get(f"{ADMIN}{submission.pk}/").status_code == 404


def test_a_response_letter_naming_a_reviewer_is_refused(review_world):
    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    all_review(submission, recommendation="revise")
    services.close_round(submission, world.organiser)
    services.decide(submission, world.organiser, "revise")
    reviewer_name = world.reviewer_expert.person.name
    with pytest.raises(ValidationError, match="R3"):
        services.resubmit(submission, world.author_user, f"感谢{reviewer_name}老师的意见，已修改。")
    with pytest.raises(ValidationError, match="R3"):
        services.resubmit(submission, world.author_user, f"修改人：{hf.NAME}")
    submission.refresh_from_db()
    assert submission.stage == Stage.REVISION and submission.round_number == 1
    services.resubmit(submission, world.author_user, "已按专家意见逐条修改。")
    submission.refresh_from_db()
    assert submission.round_number == 2 and submission.stage == Stage.PREPARING


def test_a_signed_opinion_is_refused(review_world):
    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    assignment = submission.current_round.assignments.get(expert=world.reviewer_expert)
    services.declare(assignment, world.reviewer, True)
    name = world.reviewer_expert.person.name
    with pytest.raises(ValidationError, match="R3"):
        services.submit_opinion(assignment, world.reviewer, **opinion_data(adaptability_comment=f"评审人：{name}"))
    # People the book's lessons name are the reviewer's to discuss: the language model's suspicions refuse nothing.
    comment = "第三章引用陈鹤琴的观点恰当；出席：胡靖川、彭黛筠、聂卫国一页的会议纪要与教学无关，建议删去。"
    assert any(f.kind in anonymise.SUSPECTED_KINDS for f in anonymise.scan_text(comment))
    services.submit_opinion(assignment, world.reviewer, **opinion_data(adaptability_comment=comment))


def test_gates_refuse_a_submission_without_announcement(review_world):
    world = review_world
    version = world.textbook_version()
    with pytest.raises(ValidationError, match="第十三条"):
        services.submit(version, world.author_user)
    assert not Submission.objects.exists()


def test_reminders_command_mails_reviewers_near_the_deadline_once(review_world):
    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    round_ = submission.current_round
    round_.deadline = datetime.date.today() + datetime.timedelta(days=1)
    round_.save()
    before = len(mail.outbox)
    call_command("send_review_reminders", stdout=io.StringIO())
    reminders = mail.outbox[before:]
    assert len(reminders) == sum(1 for a in round_.assignments.all() if a.expert.person.email)
    assert all("即将到期" in m.subject and len(m.to) == 1 and not m.bcc and not m.reply_to for m in reminders)
    call_command("send_review_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == before + len(reminders)


def test_a_textbook_under_review_is_locked_until_a_revision_is_asked_for(review_world):
    """Art. 18 (凡编必审): what the experts review is what gets approved."""
    from textbooks import services as textbook_services
    from textbooks.models import TextbookVersion, VersionStatus

    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    version = TextbookVersion.objects.get(pk=submission.object_id)
    assert version.status == VersionStatus.SUBMITTED
    version.description = "送审后补写的内容简介。"
    with pytest.raises(ValidationError, match="教材正在审核中，送审内容不得更改"):
        textbook_services.save_version(version, world.author_user)
    assert TextbookVersion.objects.get(pk=version.pk).description != "送审后补写的内容简介。"

    all_review(submission, recommendation="revise")
    services.close_round(submission, world.organiser)
    services.decide(submission, world.organiser, "revise", "请按专家意见修改后再审。")
    version = TextbookVersion.objects.get(pk=version.pk)
    assert version.status == VersionStatus.DRAFT
    version.description = "按专家意见修订后的内容简介。"
    textbook_services.save_version(version, world.author_user)  # now allowed

    services.resubmit(submission, world.author_user, "已按专家意见补充安全操作内容，核对全部切削参数。")
    assert TextbookVersion.objects.get(pk=version.pk).status == VersionStatus.SUBMITTED
    submission.refresh_from_db()
    assert submission.submitted_fingerprint == version.review_fingerprint()


def test_approval_refuses_content_changed_behind_the_reviews_back(review_world):
    from textbooks.models import TextbookVersion, VersionStatus

    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    all_review(submission)
    services.close_round(submission, world.organiser)
    services.decide(submission, world.organiser, "pass")
    TextbookVersion.objects.filter(pk=submission.object_id).update(price="88.00")  # not through any service
    with pytest.raises(ValidationError, match="送审后稿件内容已被更改"):
        services.approve(submission, world.organiser)
    submission.refresh_from_db()
    assert submission.stage == Stage.PASSED and submission.approved_at is None
    assert TextbookVersion.objects.get(pk=submission.object_id).status == VersionStatus.SUBMITTED


def test_s11_a_listed_unit_cannot_submit_until_lifted(review_world):
    """S11 (Art. 35): units on the negative list cannot submit textbooks."""
    from selection import services as selection_services

    world = review_world
    version = world.textbook_version()
    world.gates(version)
    entry = selection_services.list_on_negative_list(None, "编写的教材存在严重政治性错误。", organisation=world.unit)
    with pytest.raises(ValidationError, match="S11（第三十五条）：编写单位已列入负面清单"):
        services.submit(version, world.author_user)
    assert services.submission_for(version) is None
    selection_services.lift_negative_listing(entry, None, "整改完成，经复核移出。")
    assert services.submit(version, world.author_user).stage == Stage.PREPARING


def test_s11_a_listed_author_is_replaced_before_submitting_and_before_passing(review_world):
    """S11 (Art. 35) and R6 (Art. 21): listed authors are replaced before review starts or passes."""
    from selection import services as selection_services

    world = review_world
    world.small_pool()
    version = world.textbook_version()
    world.gates(version)
    entry = selection_services.list_on_negative_list(None, "学术不端。", person=world.member)
    with pytest.raises(ValidationError, match=f"编写人员{world.member.name}已列入负面清单"):
        services.submit(version, world.author_user)
    selection_services.lift_negative_listing(entry, None, "经复核不属实。")
    submission = world.into_review(version)
    all_review(submission)
    services.close_round(submission, world.organiser)
    selection_services.list_on_negative_list(None, "查实存在师德失范行为。", person=world.member)
    with pytest.raises(ValidationError, match="须更换后才能送审或通过审核"):
        services.decide(submission, world.organiser, "pass")
    submission.refresh_from_db()
    assert submission.stage == Stage.ROUND_CLOSED and not submission.decision
    services.decide(submission, world.organiser, "revise", "请更换列入负面清单的编写人员后再审。")


def test_an_approved_extension_moves_the_reviewers_reminder(review_world):
    """A reviewer whose request for more time was granted is reminded near the new date, not the
    round's; the others on the panel still are."""
    from review import reviewer_services

    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    round_ = submission.current_round
    today = datetime.date.today()
    round_.deadline = today + datetime.timedelta(days=5)
    round_.save()
    extended, *others = list(round_.assignments.order_by("position"))
    asked = reviewer_services.request_extension(
        extended, extended.expert.person.user, today + datetime.timedelta(days=20), "第六章数控铣削部分需对照实训设备逐项核对，申请延期两周。"
    )
    reviewer_services.decide_extension(asked, world.organiser, grant=True)
    near_round_deadline = today + datetime.timedelta(days=3)
    due = services.assignments_needing_reminder(today=near_round_deadline)
    assert extended.pk not in {a.pk for a in due}
    assert {a.pk for a in others} <= {a.pk for a in due}
    near_extension = today + datetime.timedelta(days=18)
    assert extended.pk in {a.pk for a in services.assignments_needing_reminder(today=near_extension)}


def test_people_and_units_the_author_names_in_the_description_are_masked_in_what_reviewers_see(review_world):
    """R3 (Art. 21): a metadata finding is reported cleaned, so the reviewer's metadata has it masked, whoever
    found it (the profile, a rule after a cue, the language model)."""
    from textbooks import services as textbook_services

    world = review_world
    version = world.textbook_version()
    version.description = "主编：吕梓萌。参编：祁海燕、韩德胜（贵德县高原渔业技工学校）。出席审稿会的有汪治国、彭黛筠、聂卫国。"
    textbook_services.save_version(version, world.author_user)
    world.gates(version)
    submission = services.submit(version, world.author_user)
    shown = submission.safe_metadata["内容简介"]
    for identity in ("吕梓萌", "祁海燕", "韩德胜", "贵德县高原渔业技工学校", "汪治国", "彭黛筠", "聂卫国"):
        assert identity not in shown, identity
    assert "■■■" in shown and "审稿会" in shown
