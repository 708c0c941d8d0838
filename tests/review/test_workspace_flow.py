"""The reviewer's own flow in the workspace: invitation (accept, decline with a reason), the opinion
form that never loses input (inline errors, min/max, drafts saved by button and by autosave), the
annotated copy through the anonymiser (R3), requests for more time, and the submitted state."""

import datetime
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document

from review import reviewer_services, services
from review.models import AnnotatedCopy, Assignment, AssignmentStatus, ExtensionStatus, OpinionDraft
from tests.review.conftest import opinion_data

START = "/review-workspace/"


@pytest.fixture
def invited(review_world):
    world = review_world
    world.small_pool()
    submission = world.into_review(world.textbook_version())
    assignment = submission.current_round.assignments.get(expert=world.reviewer_expert)
    return world, submission, assignment


@pytest.fixture
def reviewing(invited, client):
    world, submission, assignment = invited
    client.force_login(world.reviewer)
    client.post(f"{START}a/{assignment.pk}/declare/", {"no_conflict": "1"})
    return world, submission, assignment


def _typed(**overrides):
    """What a reviewer typed: long, real opinions in their own words."""
    typed = {
        "ideology_comment": "第三章案例选取贴近企业生产实际，体现了精益求精的工匠精神，价值导向正确。",
        "science_comment": "第五章G71循环指令参数说明有误（退刀量单位应为mm），表5-2切削用量偏大，建议核对。",
        "adaptability_comment": "学习任务按工作过程六步法组织，但任务三的评价表缺少企业评价维度。",
        "texts_to_replace": "附录二阅读材料《某品牌机床发展史》带有商业宣传色彩，建议更换。",
        "recommendation": "revise",
    }
    typed.update(overrides)
    return opinion_data(**typed)


def _page(client, assignment):
    return client.get(f"{START}a/{assignment.pk}/").content.decode()


def test_score_inputs_carry_min_and_max(client, reviewing):
    _, _, assignment = reviewing
    page = _page(client, assignment)
    for name in ("ideology_score", "science_score", "adaptability_score"):
        tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', page).group(0)
        assert 'min="0"' in tag and 'max="100"' in tag


def test_a_refused_score_keeps_every_field_and_says_why_next_to_the_field(client, reviewing):
    _, _, assignment = reviewing
    typed = _typed(science_score=150)
    response = client.post(f"{START}a/{assignment.pk}/opinion/", typed)
    assert response.status_code == 200
    page = response.content.decode()
    for name in ("ideology_comment", "science_comment", "adaptability_comment", "texts_to_replace"):
        assert typed[name] in page
    assert 'value="150"' in page and 'value="90"' in page and 'value="88"' in page
    assert re.search(r'<option value="revise"[^>]*selected', page)
    # The error sits in the science score's own field block, not in a list at the top.
    science_block = page[page.index('for="id_science_score"'):]
    science_block = science_block[: science_block.index("</div>")]
    assert "评分须在 0–100 之间。" in science_block
    assert Assignment.objects.get(pk=assignment.pk).status == AssignmentStatus.DECLARED


def test_a_rule_refusal_from_the_service_keeps_every_field(client, reviewing):
    _, _, assignment = reviewing
    typed = _typed(political_error="found", recommendation="pass")
    response = client.post(f"{START}a/{assignment.pk}/opinion/", typed)
    page = response.content.decode()
    assert response.status_code == 200
    assert "R6（第二十一条）" in page
    assert typed["science_comment"] in page and typed["texts_to_replace"] in page
    assert re.search(r'value="found"[^>]*checked', page) and re.search(r'<option value="pass"[^>]*selected', page)


def test_a_saved_draft_survives_a_reload_and_goes_with_the_submission(client, reviewing):
    _, _, assignment = reviewing
    partial = {"science_score": "72", "science_comment": "G71指令参数说明有误，需核对。", "action": "draft"}
    response = client.post(f"{START}a/{assignment.pk}/opinion/", partial)
    assert response.status_code == 302
    page = _page(client, assignment)
    assert "G71指令参数说明有误，需核对。" in page and 'value="72"' in page and "保存的草稿" in page
    client.post(f"{START}a/{assignment.pk}/opinion/", _typed())
    assert Assignment.objects.get(pk=assignment.pk).status == AssignmentStatus.SUBMITTED
    assert not OpinionDraft.objects.filter(assignment=assignment).exists()


def test_autosave_keeps_the_text_for_the_next_visit(client, reviewing):
    _, _, assignment = reviewing
    response = client.post(f"{START}a/{assignment.pk}/draft/", {"adaptability_comment": "任务三评价表缺企业评价。"})
    assert response.status_code == 200 and response.json()["saved"] is True
    assert "任务三评价表缺企业评价。" in _page(client, assignment)
    page = _page(client, assignment)
    assert "review/autosave" in page and "<script>" not in page  # static file, no inline script


def test_an_erroneous_submission_is_kept_as_a_draft_too(client, reviewing):
    _, _, assignment = reviewing
    client.post(f"{START}a/{assignment.pk}/opinion/", _typed(ideology_score=-5))
    assert OpinionDraft.objects.get(assignment=assignment).data["ideology_comment"].startswith("第三章案例")


def test_a_draft_holds_only_the_form_fields(reviewing):
    world, _, assignment = reviewing
    draft = reviewer_services.save_draft(assignment, world.reviewer, {"science_comment": "x" * 30_000, "stage": "approved"})
    assert set(draft.data) == set(reviewer_services.DRAFT_FIELDS)
    assert len(draft.data["science_comment"]) == reviewer_services.DRAFT_FIELD_MAX_CHARS


def test_the_submitted_state_is_plain(client, reviewing):
    _, _, assignment = reviewing
    client.post(f"{START}a/{assignment.pk}/opinion/", _typed())
    page = _page(client, assignment)
    assert "评审意见已提交" in page and "提交评审意见</button>" not in page
    index = client.get(START).content.decode()
    assert "已提交意见" in index and "等待本轮评审结束" in index


def test_the_assignment_list_shows_kind_deadline_state_and_next_step(client, invited):
    world, submission, assignment = invited
    client.force_login(world.reviewer)
    page = client.get(START).content.decode()
    assert submission.code in page and submission.kind_label in page
    assert assignment.round.deadline.strftime("%Y-%m-%d") in page
    assert "接受或谢绝邀请" in page
    assert submission.safe_title not in page  # nothing of the manuscript before the declaration (R2)
    client.post(f"{START}a/{assignment.pk}/declare/", {"no_conflict": "1"})
    page = client.get(START).content.decode()
    assert submission.safe_title in page and "填写并提交评审意见" in page


def test_declining_needs_a_reason_and_the_decliner_is_not_drawn_again(client, invited):
    world, submission, assignment = invited
    client.force_login(world.reviewer)
    refused = client.post(f"{START}a/{assignment.pk}/decline/", {"reason": "  "})
    assert refused.status_code == 200 and "请填写谢绝理由" in refused.content.decode()
    client.post(f"{START}a/{assignment.pk}/decline/", {"reason": "十一月下旬赴企业驻点实践，无法按期完成评审。"})
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.DECLINED and "驻点实践" in assignment.declined_reason
    assert client.get(f"{START}a/{assignment.pk}/").status_code == 404
    from review.models import Expert

    spare = Expert.objects.filter(active=False, category=world.reviewer_expert.category).exclude(
        person__employer=world.unit).order_by("pk").first()
    Expert.objects.filter(pk=spare.pk).update(active=True)
    services.draw_panel(submission, world.organiser, reason="专家谢绝邀请（企业驻点实践），补抽一名")
    panel = submission.current_round.assignments.exclude(status=AssignmentStatus.DECLINED)
    assert world.reviewer_expert.pk not in set(panel.values_list("expert_id", flat=True))
    assert panel.count() == 3


def test_declining_after_accepting_is_refused(client, reviewing):
    _, _, assignment = reviewing
    response = client.post(f"{START}a/{assignment.pk}/decline/", {"reason": "临时出差"}, follow=True)
    assert "已作出声明，不能重复声明" in response.content.decode()
    assert Assignment.objects.get(pk=assignment.pk).status == AssignmentStatus.DECLARED


def test_more_time_is_asked_for_and_granted_by_the_organiser_only(client, reviewing):
    world, _, assignment = reviewing
    deadline = assignment.round.deadline
    too_far = client.post(f"{START}a/{assignment.pk}/extension/", {
        "requested_until": (deadline + datetime.timedelta(days=45)).isoformat(), "reason": "学期末教学任务重",
    })
    assert too_far.status_code == 200 and "最多申请延期 30 天" in too_far.content.decode()
    wanted = deadline + datetime.timedelta(days=10)
    client.post(f"{START}a/{assignment.pk}/extension/", {"requested_until": wanted.isoformat(), "reason": "学期末教学任务重"})
    request = assignment.extension_requests.get()
    again = client.post(f"{START}a/{assignment.pk}/extension/", {"requested_until": wanted.isoformat(), "reason": "再次申请"})
    assert "请勿重复申请" in again.content.decode()
    with pytest.raises(Exception, match="审核组织单位"):
        reviewer_services.decide_extension(request, world.reviewer, True)
    reviewer_services.decide_extension(request, world.organiser, True)
    assignment.refresh_from_db()
    assert assignment.deadline == wanted and request.__class__.objects.get(pk=request.pk).status == ExtensionStatus.GRANTED
    assert wanted.strftime("%Y-%m-%d") in client.get(START).content.decode()


def _annotated_docx(author, body="第五章第2节：G71退刀量单位有误，已用批注标出。"):
    document = Document()
    document.add_paragraph(body)
    document.core_properties.author = author
    document.core_properties.last_modified_by = author
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_an_annotated_copy_is_anonymised_before_it_is_kept(client, reviewing):
    world, submission, assignment = reviewing
    reviewer_name = world.reviewer_expert.person.name
    upload = SimpleUploadedFile(f"{reviewer_name}的批注.docx", _annotated_docx(reviewer_name))
    response = client.post(f"{START}a/{assignment.pk}/annotated/", {"file": upload})
    assert response.status_code == 302
    copy = AnnotatedCopy.objects.get(assignment=assignment)
    assert copy.neutral_name.startswith(submission.code) and reviewer_name not in copy.neutral_name
    with copy.file.open("rb") as handle:
        stored = handle.read()
    import zipfile

    with zipfile.ZipFile(io.BytesIO(stored)) as archive:
        assert all(reviewer_name not in archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    download = client.get(f"{START}a/{assignment.pk}/annotated/file/")
    assert download.status_code == 200


def test_an_annotated_copy_signed_in_its_text_is_refused(client, reviewing):
    world, _, assignment = reviewing
    reviewer_name = world.reviewer_expert.person.name
    upload = SimpleUploadedFile("批注.docx", _annotated_docx("审核稿", body=f"批注人：{reviewer_name}"))
    response = client.post(f"{START}a/{assignment.pk}/annotated/", {"file": upload})
    assert response.status_code == 200 and "署名或联系方式" in response.content.decode()
    assert not AnnotatedCopy.objects.filter(assignment=assignment).exists()


def test_an_annotated_copy_that_is_not_a_document_is_refused(client, reviewing):
    _, _, assignment = reviewing
    upload = SimpleUploadedFile("批注.docx", b"MZ\x90\x00 not a document")
    response = client.post(f"{START}a/{assignment.pk}/annotated/", {"file": upload})
    assert response.status_code == 200 and "无法匿名化" in response.content.decode()


def test_another_reviewers_annotated_copy_is_404(client, reviewing, django_user_model):
    world, submission, assignment = reviewing
    reviewer_name = world.reviewer_expert.person.name
    reviewer_services.upload_annotated_copy(
        assignment, world.reviewer, SimpleUploadedFile("a.docx", _annotated_docx(reviewer_name))
    )
    other = submission.current_round.assignments.exclude(pk=assignment.pk).first()
    client.force_login(other.expert.person.user or django_user_model.objects.create_user("other_reviewer_x"))
    assert client.get(f"{START}a/{assignment.pk}/annotated/file/").status_code == 404


def test_guidelines_are_served(client, invited):
    world, _, assignment = invited
    client.force_login(world.reviewer)
    assert "评审须知" in client.get(f"{START}guidelines/").content.decode()
    assert f"{START}guidelines/" in _page(client, assignment)
